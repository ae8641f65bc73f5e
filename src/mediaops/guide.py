"""The guide (``mediaops guide``): background every candidate asks about, as data.

What the occupation is beside its better-known cousin, what the levels are
for, where the qualification leads and how to begin with no experience, in
Chinese and English. This module holds only the guide's own words; anything
that is a requirement (level names, pathways, years, general conditions,
assumptions) is read from the :class:`~mediaops.rules.Ruleset` when the guide
is rendered (:mod:`mediaops.ui.guide`), so a requirement is never written
twice and another ruleset changes the guide with it.

No rich, no typer: the renderer formats these values, the CLI calls it.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from .errors import InputError
from .messages import Both, Lang, Msg, fmt_years, localize


class Topic(NamedTuple):
    """A topic of the guide: its id (the CLI argument), title and one-line summary."""

    id: str
    title: Both
    summary: Both


TOPICS: tuple[Topic, ...] = (
    Topic(
        "roles",
        Both(
            "岗位:新媒体运营与全媒体运营师有何不同",
            "Roles: new-media operator vs all-media operator",
        ),
        Both(
            "两种岗位在平台范围、主要工作、方法和所需能力上的区别",
            "How the two roles differ in scope, work, methods and skills",
        ),
    ),
    Topic(
        "levels",
        Both("等级:各等级及其报考条件", "Levels: what each level asks of you"),
        Both(
            "从低到高,每个等级的报考途径和基本条件",
            "Each level, lowest first: the ways to qualify and the general conditions",
        ),
    ),
    Topic(
        "directions",
        # (the ruleset's directions, counted and named, where it lists some: :func:`directions_title`)
        Both("职业方向:各方向及其等级", "Directions and their levels"),
        Both(
            "各职业方向做什么、设哪些等级",
            "What each direction covers and the levels it has",
        ),
    ),
    Topic(
        "careers",
        Both("职业发展:这个职业通向哪里", "Careers: where the qualification leads"),
        Both(
            "可以从事的岗位,以及每个岗位做什么",
            "Roles it leads to, and what each one does",
        ),
    ),
    Topic(
        "start",
        Both("入门:零经验如何起步", "Start: how to begin with no experience"),
        Both(
            "从零起步的做法,以及多久可以报考第一个等级",
            "How to begin from nothing, and how soon you can apply for the first level",
        ),
    ),
)
TOPIC_IDS: tuple[str, ...] = tuple(t.id for t in TOPICS)

#: Chinese names accepted for a topic (simplified first: the index shows it).
ALIASES: dict[str, str] = {
    "岗位": "roles",
    "崗位": "roles",
    "等级": "levels",
    "等級": "levels",
    "方向": "directions",
    "职业方向": "directions",
    "職業方向": "directions",
    "职业发展": "careers",
    "職業發展": "careers",
    "入门": "start",
    "入門": "start",
}


def zh_alias(topic_id: str) -> str:
    """The simplified-Chinese name of a topic (its first alias)."""
    return next(alias for alias, target in ALIASES.items() if target == topic_id)


def topic(topic_id: str) -> Topic:
    """The topic with this id."""
    return next(t for t in TOPICS if t.id == topic_id)


def resolve_topic(text: str) -> str:
    """The topic id for what the user typed: an id (any case) or a Chinese name.

    Args:
        text: the TOPIC argument, e.g. ``start``, ``Start`` or ``入门``.

    Returns:
        One of :data:`TOPIC_IDS`.

    Raises:
        InputError: the text names no topic; the message lists the topics.
    """
    key = text.strip()
    if key.lower() in TOPIC_IDS:
        return key.lower()
    if key in ALIASES:
        return ALIASES[key]
    accepted = ", ".join(f"{t} ({zh_alias(t)})" for t in TOPIC_IDS)
    field = Both("主题", "TOPIC")
    raise InputError("topic", Msg.of("err.value", field=field, value=text, accepted=accepted))


# --- roles ---------------------------------------------------------------------------


class Comparison(NamedTuple):
    """One row of the side-by-side table: an aspect and how each role does it."""

    aspect: Both
    new_media: Both
    all_media: Both


NEW_MEDIA = Both("新媒体运营", "New-media operator")
ALL_MEDIA = Both("全媒体运营师", "All-media operator")

ROLES: tuple[Comparison, ...] = (
    Comparison(
        Both("平台范围", "Scope"),
        Both(
            "特定的新媒体平台:短视频、微博、直播、视频等",
            "Particular new-media platforms: short video, microblogs, live streams, video",
        ),
        Both(
            "全媒体、全渠道:各类媒体和传播渠道",
            "All media and all channels",
        ),
    ),
    Comparison(
        Both("主要工作", "Main work"),
        Both(
            "运营平台账号,开展推广活动,制定运营目标",
            "Runs the accounts on those platforms, carries out promotions, sets targets",
        ),
        Both(
            "策划并制作文字、音频、图片、动画、网页等内容,进行精准分发和营销",
            "Plans and produces text, audio, images, animation and web content "
            "for precise distribution and marketing",
        ),
    ),
    Comparison(
        Both("方法", "Methods"),
        Both(
            "通过活动策划和社群运营,提升用户活跃度和互动",
            "Grows engagement through campaigns and communities",
        ),
        Both(
            "运用数据分析和创意策划,对信息进行加工、匹配、分发、传播和反馈",
            "Uses data analysis and creative planning to process, match, distribute "
            "and spread information, and to gather feedback on it",
        ),
    ),
    Comparison(
        Both("所需能力", "Skills needed"),
        Both(
            "市场敏感度;了解用户增长和转化;善于捕捉热点",
            "Market sense; knowledge of user growth and conversion; an eye for trending topics",
        ),
        Both(
            "创意策划、音视频运营、直播运营、流量优化、数据分析",
            "Creative planning, audio-visual operation, live-stream operation, "
            "traffic optimisation, data analysis",
        ),
    ),
)

ROLES_IN_SHORT = Both(
    "简而言之:新媒体运营专注于特定平台;全媒体运营师跨越所有媒体和渠道,用数据驱动内容的策划和分发。",
    "In short: a new-media operator works particular platforms; an all-media operator "
    "works across all media and channels and lets data drive what is planned and where it goes.",
)


# --- levels --------------------------------------------------------------------------

#: What each level is for, in words that hold for any edition of the requirements.
LEVEL_INTROS: dict[int, Both] = {
    4: Both("起步等级:面向刚进入本职业的人员", "The first level: for people starting out"),
    3: Both("面向能独立完成运营工作的熟练人员", "For practitioners who do the work on their own"),
    2: Both(
        "面向能主持项目、解决复杂问题的技术骨干",
        "For technicians who lead projects and solve hard problems",
    ),
    1: Both(
        "最高等级:面向能指导和培训他人的资深专家",
        "The highest level: for experts who guide and train others",
    ),
}


# --- careers -------------------------------------------------------------------------


class Career(NamedTuple):
    """A role the qualification leads to, and what it does."""

    name: Both
    does: Both


CAREERS: tuple[Career, ...] = (
    Career(
        Both("全媒体运营经理", "All-media operations manager"),
        Both(
            "统筹各渠道的运营:制定策略,规划内容和活动,带领团队,对数据结果负责",
            "Runs operations across channels: sets the strategy, plans content and "
            "campaigns, leads the team and answers for the results",
        ),
    ),
    Career(
        Both("社交媒体运营", "Social-media operator"),
        Both(
            "运营社交平台账号:发布内容、回复互动、增长和维护粉丝",
            "Runs accounts on social platforms: posts, replies, and grows and keeps an audience",
        ),
    ),
    Career(
        Both("内容创作者", "Content creator"),
        Both(
            "撰写文案,拍摄和剪辑图文、短视频和直播内容,让用户愿意关注",
            "Writes, shoots and edits posts, short videos and live streams that people follow",
        ),
    ),
    Career(
        Both("品牌推广专员", "Brand promotion specialist"),
        Both(
            "策划和执行品牌推广活动,对接合作方和达人,提升品牌知名度和形象",
            "Plans and runs brand campaigns, works with partners and influencers, "
            "and builds the brand's reach and image",
        ),
    ),
    Career(
        Both("数字营销策划", "Digital-marketing planner"),
        Both(
            "制定线上营销方案:选择渠道、分配预算、投放广告和搜索营销,并评估效果",
            "Designs online marketing plans (channels, budget, ads, search marketing) "
            "and measures what they achieve",
        ),
    ),
)


# --- start ---------------------------------------------------------------------------


class Step(NamedTuple):
    """A step for someone starting from nothing: what to do, and how."""

    what: Both
    how: Both


START_STEPS: tuple[Step, ...] = (
    Step(
        Both("了解平台和工具", "Learn the platforms and tools"),
        Both(
            "熟悉微信公众号、微博、抖音、小红书、B站等主流平台的规则和玩法,以及常用的编辑、设计和数据后台工具",
            "Get to know the main platforms (WeChat, Weibo, Douyin, Xiaohongshu, Bilibili), "
            "their rules, and the editing, design and analytics tools that go with them",
        ),
    ),
    Step(
        Both("学习核心技能", "Learn the core skills"),
        Both(
            "内容创作和文案、图片和视频剪辑、SEO/SEM(搜索优化和搜索营销)、数据分析",
            "Content creation and copywriting, image and video editing, "
            "SEO/SEM (search optimisation and search marketing), data analysis",
        ),
    ),
    Step(
        Both("运营自己的账号", "Run an account of your own"),
        Both(
            "选一个感兴趣的领域开个小账号,坚持更新,看数据、做复盘:这是最直接的练习",
            "Pick a subject you care about, start a small account, post regularly "
            "and read its numbers: the most direct practice there is",
        ),
    ),
    Step(
        Both("积累作品集", "Build a portfolio"),
        Both(
            "把做过的内容、活动方案和数据变化整理成作品集,求职时用事实说话",
            "Collect the content, campaign plans and results you have produced: "
            "it shows an employer what you can do",
        ),
    ),
    Step(
        Both("持续学习", "Keep learning"),
        Both(
            "平台规则和用户习惯变化很快,要持续关注行业动态,尝试新工具",
            "Platforms, their rules and their audiences change fast: "
            "follow the industry and try new tools",
        ),
    ),
    Step(
        Both("利用课程和社群", "Use courses and communities"),
        Both(
            "借助在线课程、行业社群和论坛学习,多向有经验的人请教",
            "Take online courses, join communities and forums, and ask people with experience",
        ),
    ),
    Step(
        Both("找实习或兼职", "Find an internship or part-time work"),
        Both(
            "在真实的团队里做运营,是积累经验最快的方式",
            "Doing the work in a real team is the fastest way to gain experience",
        ),
    ),
    Step(
        Both("建立人脉", "Build a network"),
        Both(
            "参加行业活动,加入同行社群,结识同行和潜在雇主",
            "Go to industry events and join peer groups; meet people in the field "
            "and possible employers",
        ),
    ),
    Step(
        Both("准备简历和面试", "Prepare your CV and interviews"),
        Both(
            "简历突出作品和数据;面试时展示学习意愿和对行业的热情",
            "Lead your CV with your portfolio and results; in interviews, "
            "show that you are eager to learn",
        ),
    ),
)


# --- the guide's own labels and sentences ------------------------------------------------

#: Labels and sentences of the guide; ``{name}`` placeholders are filled by :func:`ui`.
UI: dict[str, Both] = {
    "index.title": Both("全媒体运营师 入门指南", "All-Media Operator (全媒体运营师): a guide"),
    "index.topic": Both("主题", "Topic"),
    "index.alias": Both("中文名", "Chinese"),
    "index.covers": Both("内容", "What it covers"),
    "index.hint": Both(
        "只看一个主题:mediaops guide 主题,例如 mediaops guide 入门",
        "One topic only: mediaops guide TOPIC, e.g. mediaops guide start",
    ),
    "roles.aspect": Both("方面", "Aspect"),
    "roles.occupation_nocode": Both(
        "全媒体运营师是国家职业分类中的一个职业,分为若干技能等级;本工具判断你可以报考哪一级。",
        "全媒体运营师 (All-Media Operator) is an occupation in China's national "
        "classification, with skill levels; this tool tells you which you may apply for.",
    ),
    "roles.occupation": Both(
        "全媒体运营师是国家职业分类中的一个职业(职业编码 {code}),分为若干技能等级;本工具判断你可以报考哪一级。",
        "全媒体运营师 (All-Media Operator) is an occupation in China's national "
        "classification (code {code}), with skill levels; this tool tells you which "
        "you may apply for.",
    ),
    "levels.how": Both(
        "每个等级有一条或几条报考途径,满足其中任意一条即可;一条途径里的各项要求须全部满足。",
        "Each level has one or more pathways: any one of them is enough, "
        "and a pathway asks for all of its requirements.",
    ),
    "levels.general": Both("所有等级的基本条件", "General conditions, for every level"),
    "levels.blocking": Both("必须满足", "required"),
    "levels.advisory": Both(
        "由考试本身考核,不影响报考资格", "assessed by the exam itself; does not affect eligibility"
    ),
    "levels.note": Both("仅作说明,不影响报考资格", "a note; does not affect eligibility"),
    "levels.assumption": Both("假设", "assumption "),
    # the count, and the source where every direction names the same one, from the ruleset;
    # ``.one`` for a ruleset listing one direction
    "directions.title": Both(
        "职业方向:{count}个方向及其等级", "Directions: the {count} and their levels"
    ),
    "directions.title.one": Both(
        "职业方向:{count}个方向及其等级", "Directions: the {count} and its levels"
    ),
    # {directions}: their names in Chinese; in English their count (the one's name)
    "directions.summary": Both(
        "{directions}各做什么", "What each of the {directions} directions covers"
    ),
    "directions.summary.one": Both("{directions}做什么", "What the {directions} direction covers"),
    "directions.summary_starts": Both(
        ",{direction}从{level}起设", "; {direction} starts at {level}"
    ),
    "directions.intro": Both(
        "按{source},本职业分为{count}个职业方向;报考时选择其中一个方向。",
        "Under the {source}, the occupation has {count} directions; you apply in one of them.",
    ),
    "directions.intro.one": Both(
        "按{source},本职业设{count}个职业方向。",
        "Under the {source}, the occupation has {count} direction.",
    ),
    "directions.intro_unsourced": Both(
        "本职业分为{count}个职业方向;报考时选择其中一个方向。",
        "The occupation has {count} directions; you apply in one of them.",
    ),
    "directions.intro_unsourced.one": Both(
        "本职业设{count}个职业方向。",
        "The occupation has {count} direction.",
    ),
    "directions.name": Both("方向", "Direction"),
    "directions.levels": Both("设置等级", "Levels"),
    "directions.covers": Both("主要内容", "What it covers"),
    "directions.starts_higher": Both(
        "{direction}方向从{level}起设级,没有更低的等级。",
        "The {direction} direction starts at {level}, with no lower level.",
    ),
    "directions.assumed": Both("假设:{text}", "Assumption: {text}"),
    "directions.none": Both(
        "所用的规则没有列出职业方向:各等级的报考条件不分方向(见 mediaops guide levels)。",
        "The ruleset in use lists no directions: its levels ask the same in any direction "
        "(see mediaops guide levels).",
    ),
    "directions.hint": Both(
        "按方向判断:mediaops check --direction {direction}",
        "Judge for a direction: mediaops check --direction {direction}",
    ),
    "levels.assumptions": Both(
        "标有“假设”的要求,原文没有写明,由规则按以下理解补充:",
        "Where a requirement is marked “assumption”, the source does not say and the "
        "ruleset reads it as follows:",
    ),
    "levels.hint": Both(
        "看看你能报考哪一级:mediaops check;条款原文和出处:mediaops rules show",
        "Which level can you apply for: mediaops check. Original wording and sources: "
        "mediaops rules show",
    ),
    "careers.role": Both("岗位", "Role"),
    "careers.does": Both("做什么", "What it does"),
    "careers.hint": Both(
        "等级越高,越能证明你的能力。看看你现在能报考哪一级:mediaops check",
        "A higher level is stronger evidence of what you can do. "
        "Which level you can apply for now: mediaops check",
    ),
    "start.step": Both("做什么", "Step"),
    "start.how": Both("怎么做", "How"),
    "start.to_level": Both("从零到{level}", "From nothing to {level}"),
    "start.with_training": Both("参加培训", "With training"),
    "start.without_training": Both("不参加培训", "No training"),
    "start.by_work": Both("从业年限", "By work"),
    "start.other": Both("其他途径", "Other ways"),
    "start.general": Both("基本条件", "Also needed"),
    "start.route_training": Both(
        "从业满 {years}并完成{level}正规培训,即可报考",
        "Apply after {years} of work and formal training for {level}",
    ),
    "start.route_work": Both("从业满 {years}即可报考", "Apply after {years} of work"),
    "start.count": Both(
        "从第一份相关工作开始记下每段工作的起止日期。实习、兼职能否计入从业年限,以认定机构的规定为准。",
        "Note the start and end date of every job, from the first. Whether internships "
        "and part-time work count towards the years is for the assessing body to decide.",
    ),
    "start.hint": Both(
        "算一算何时可以报考:mediaops plan;看看现在能报考哪一级:mediaops check",
        "When can you apply: mediaops plan. Which level you can apply for now: mediaops check",
    ),
}


def ui(key: str, lang: Lang, **params: Any) -> str:
    """The guide's text ``key`` in ``lang``, with ``params`` (messages or :class:`Both`) filled in."""
    text: str = getattr(UI[key], lang)
    if not params:
        return text
    return text.format(**{k: localize(v, lang) for k, v in params.items()})


#: 两, not 二, before 个: 两个方向 (二 counts in a number: 十二, 第二)
_ZH_COUNTS = "一两三四五六七八九十"
_EN_COUNTS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def count_words(n: int) -> Both:
    """A count as a sentence says it: ``五`` / ``five`` up to ten, digits beyond (``12``,
    spaced in Chinese as ``满 3 年`` is)."""
    if 1 <= n <= len(_EN_COUNTS):
        return Both(_ZH_COUNTS[n - 1], _EN_COUNTS[n - 1])
    return Both(f" {n} ", str(n))


def years_phrase(years: float) -> Both:
    """``3 年`` / ``3 years`` (``1 year``), for a number of years read from a ruleset."""
    n = fmt_years(years)
    return Both(f"{n} 年", f"{n} year" if n == "1" else f"{n} years")
