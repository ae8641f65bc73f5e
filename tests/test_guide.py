"""``mediaops guide``: the topics, their aliases, the ruleset behind them, golden files.

The guide's own words live in ``mediaops.guide``; every requirement it shows
(pathways, years, general conditions, assumptions, directions) comes from the
ruleset, so the tests below change a copy of the ruleset and watch the guide
follow, and read the template-2023 edition as well as the summary. Assumptions
are shown by their number in the list under ``levels`` (假设1 / assumption 1),
never by their id.

Golden files are in ``tests/golden/guide/`` (a subdirectory, so that
``tests/test_golden.py`` keeps its own directory to itself). To rewrite them
after an intended change of the output::

    MEDIAOPS_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_guide.py

The rewriting run fails on purpose, naming every file it rewrote; review
``git diff tests/golden/guide`` and run again.
"""

from __future__ import annotations

import io
import re
import shlex
import string
import sys
from pathlib import Path

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner, Result

import goldens
from mediaops.cli import app
from mediaops.errors import InputError
from mediaops.guide import ALIASES, TOPIC_IDS, TOPICS, UI, resolve_topic, zh_alias
from mediaops.messages import Lang
from mediaops.rules import Ruleset, load_ruleset
from mediaops.ui.console import export_text
from mediaops.ui.guide import _Pager, guide_renderable
from plain import plain_env

RULES = load_ruleset()
TEMPLATE = load_ruleset(edition="template-2023")
EDITIONS = {"summary": RULES, "template-2023": TEMPLATE}
RULES_FILE = Path(__file__).resolve().parents[1] / "rules" / "all-media-operator.toml"
GOLDEN_DIR = Path(__file__).parent / "golden" / "guide"
LANGS: tuple[Lang, ...] = ("zh", "en")
PATHWAY_IDS = ("4-1", "4-2", "4-3", "3-1", "3-2", "2-1", "1-1")
TEMPLATE_IDS = (
    "T4-1", "T4-2", "T3-1", "T3-2", "T3-3", "T3-4", "T3-5", "T3-6",
    "T2-1", "T2-2", "T2-3", "T2-4", "T2-5", "T1-1", "T1-2", "T1-3",
)  # fmt: skip
#: Every assumption id of both built-in rulesets (rules/*.toml): never shown by the guide.
ASSUMPTION_IDS = (
    "certificate-any-direction", "final-year-students", "years-after-certificate",
    "four-years", "template-values", "four-level-work-years", "school-class-from-type",
    "education-note",
)  # fmt: skip

runner = CliRunner()


def guide(*args: str, lang: str = "zh", columns: int = 200) -> Result:
    """``mediaops guide ARGS`` in a fixed language, plain output, wide enough not to wrap."""
    return runner.invoke(app, ["guide", *args], env=plain_env(lang, columns))


def stderr_of(result: Result) -> str:
    """The separately captured stderr, or "" where this CliRunner merges it into output."""
    try:
        return result.stderr or ""
    except ValueError:
        return ""


def write_rules(tmp_path: Path, *replacements: tuple[str, str]) -> Path:
    """A copy of the built-in ruleset with each (old, new) replaced exactly once."""
    text = RULES_FILE.read_text(encoding="utf-8")
    for old, new in replacements:
        assert 1 == text.count(old), old
        text = text.replace(old, new)
    path = tmp_path / "modified.toml"
    path.write_text(text, encoding="utf-8")
    return path


# 4-1 asks for 5 years instead of 3 and says so in new words; 4-2 asks for 2 years, not 1.
RULE_41_TEXT = (
    'text = { zh = "累计从事本职业或相关职业工作满 3 年", '
    'en = "3 years of experience in this or a related occupation" }'
)
NEW_41_TEXT = (
    'text = { zh = "累计从事本职业或相关职业工作满 5 年(修订)", '
    'en = "5 years of experience in this or a related occupation (revised)" }'
)
RULE_41_YEARS = ('{ kind = "experience", years = 3 }', '{ kind = "experience", years = 5 }')
RULE_42_YEARS = ('{ kind = "experience", years = 1 }', '{ kind = "experience", years = 2 }')


# --- the topics through the CLI --------------------------------------------------------

#: Phrases each topic must show, by language.
KEY_PHRASES: dict[str, dict[str, tuple[str, ...]]] = {
    "roles": {
        "zh": (
            "新媒体运营",
            "全媒体运营师",
            "平台范围",
            "主要工作",
            "方法",
            "所需能力",
            "4-13-01-05",
        ),
        "en": (
            "New-media operator",
            "All-media operator",
            "Scope",
            "Main work",
            "Methods",
            "Skills needed",
            "4-13-01-05",
        ),
    },
    "levels": {
        "zh": (*PATHWAY_IDS, "四级/中级工", "一级/高级技师", "G1", "G2", "G3", "假设1", "假设3"),
        "en": (
            *PATHWAY_IDS,
            "4 · Intermediate",
            "1 · Senior technician",
            "G1",
            "assumption 1",
            "assumption 3",
        ),
    },
    "directions": {
        "zh": (
            "创意策划",
            "视听运营",
            "直播运营",
            "流量运营",
            "数据分析",
            "数据分析方向从三级起设级",
            "mediaops check --direction 数据分析",
        ),
        "en": (
            "creative planning",
            "audio-visual operation",
            "live-streaming operation",
            "traffic operation",
            "data analysis",
            "The data analysis direction starts at level 3",
            "mediaops check --direction data_analysis",
        ),
    },
    "careers": {
        "zh": ("全媒体运营经理", "社交媒体运营", "内容创作者", "品牌推广专员", "数字营销策划"),
        "en": (
            "All-media operations manager",
            "Social-media operator",
            "Content creator",
            "Brand promotion specialist",
            "Digital-marketing planner",
        ),
    },
    "start": {
        "zh": (
            "运营自己的账号",
            "作品集",
            "SEO/SEM",
            "从业满 1 年并完成四级正规培训,即可报考(4-2)",
            "从业满 3 年即可报考(4-1)",
            "mediaops plan",
            "mediaops check",
        ),
        "en": (
            "Build a portfolio",
            "Keep learning",
            "SEO/SEM",
            "Apply after 1 year of work and formal training for level 4 (4-2)",
            "Apply after 3 years of work (4-1)",
            "mediaops plan",
            "mediaops check",
        ),
    },
}


#: The title and the index line of `directions` under the built-in ruleset (five directions,
#: 数据分析 from 三级), where the topic's own words are for a ruleset listing none.
BUILTIN_TITLE = {
    ("directions", "zh"): "职业方向:五个方向及其等级",
    ("directions", "en"): "Directions: the five and their levels",
}
BUILTIN_SUMMARY = {
    (
        "directions",
        "zh",
    ): "创意策划、视听运营、直播运营、流量运营、数据分析各做什么,数据分析从三级起设",
    (
        "directions",
        "en",
    ): "What each of the five directions covers; data analysis starts at level 3",
}


class TestTopics:
    @pytest.mark.parametrize("lang", LANGS)
    @pytest.mark.parametrize("topic", TOPIC_IDS)
    def test_topic_shows_its_key_phrases(self, topic: str, lang: str) -> None:
        """Each topic exits 0 and shows what it is about, in either language."""
        result = guide(topic, lang=lang)
        assert 0 == result.exit_code
        missing = [p for p in KEY_PHRASES[topic][lang] if p not in result.stdout]
        assert [] == missing

    @pytest.mark.parametrize("lang", LANGS)
    def test_no_topic_shows_the_index_then_every_topic_in_order(self, lang: Lang) -> None:
        """Without a topic: the index (every topic with its summary), then each topic's title
        (those of `directions` count and name the built-in ruleset's five)."""
        result = guide(lang=lang)
        assert 0 == result.exit_code
        out = result.stdout
        for t in TOPICS:
            assert BUILTIN_SUMMARY.get((t.id, lang), getattr(t.summary, lang)) in out
        titles = [out.find(BUILTIN_TITLE.get((t.id, lang), getattr(t.title, lang))) for t in TOPICS]
        assert -1 not in titles
        assert sorted(titles) == titles
        assert out.find(getattr(TOPICS[-1].summary, lang)) < titles[0]

    @pytest.mark.parametrize(("alias", "topic"), sorted(ALIASES.items()))
    def test_chinese_names_are_aliases(self, alias: str, topic: str) -> None:
        """岗位/等级/方向/职业发展/入门 (and their traditional forms) show the same as the id."""
        assert guide(topic).stdout == guide(alias).stdout

    def test_topic_ids_ignore_case_and_spaces(self) -> None:
        """`START` and ` start ` name the start topic."""
        expected = guide("start").stdout
        assert (expected, expected) == (guide("START").stdout, guide(" start ").stdout)

    @pytest.mark.parametrize("lang", LANGS)
    def test_unknown_topic_exits_2_listing_the_topics(self, lang: str) -> None:
        """An unknown topic: exit 2, a message naming every topic and its alias, no traceback."""
        result = guide("salary", lang=lang)
        text = result.output + stderr_of(result)
        assert 2 == result.exit_code
        assert "Traceback" not in text
        assert "salary" in text
        for topic_id in TOPIC_IDS:
            assert topic_id in text
            assert zh_alias(topic_id) in text

    def test_unreadable_ruleset_exits_2(self, tmp_path: Path) -> None:
        """A --rules file that does not exist is an input error, not a traceback."""
        result = guide("levels", "--rules", str(tmp_path / "missing.toml"))
        assert 2 == result.exit_code
        assert "Traceback" not in result.output + stderr_of(result)

    def test_help_describes_the_command(self) -> None:
        """`mediaops guide --help` names the topics."""
        result = guide("--help", lang="en")
        assert 0 == result.exit_code
        assert all(t in result.stdout for t in TOPIC_IDS)


# --- what comes from the ruleset -----------------------------------------------------


class TestFromTheRuleset:
    @pytest.mark.parametrize(
        ("lang", "new", "old"),
        [
            ("zh", "累计从事本职业或相关职业工作满 5 年(修订)", "工作满 3 年"),
            ("en", "5 years of experience in this or a related occupation (revised)", "3 years"),
        ],
    )
    def test_levels_shows_the_pathway_text_of_the_ruleset(
        self, tmp_path: Path, lang: str, new: str, old: str
    ) -> None:
        """`levels` with a changed 4-1 shows the new wording and no longer the old."""
        path = write_rules(tmp_path, (RULE_41_TEXT, NEW_41_TEXT), RULE_41_YEARS)
        result = guide("levels", "--rules", str(path), lang=lang)
        assert 0 == result.exit_code
        assert new in result.stdout
        assert old not in result.stdout

    @pytest.mark.parametrize(
        ("lang", "expected"),
        [
            ("zh", ("从业满 5 年即可报考(4-1)", "从业满 2 年并完成四级正规培训,即可报考(4-2)")),
            (
                "en",
                (
                    "Apply after 5 years of work (4-1)",
                    "Apply after 2 years of work and formal training for level 4 (4-2)",
                ),
            ),
        ],
    )
    def test_start_reads_the_years_from_the_ruleset(
        self, tmp_path: Path, lang: str, expected: tuple[str, str]
    ) -> None:
        """`start` with 4-1 at 5 years and 4-2 at 2 years says 5 and 2, not 3 and 1."""
        path = write_rules(tmp_path, RULE_41_YEARS, RULE_42_YEARS)
        result = guide("start", "--rules", str(path), lang=lang)
        assert 0 == result.exit_code
        assert [] == [e for e in expected if e not in result.stdout]

    def test_start_without_a_work_only_pathway_lists_the_others(self) -> None:
        """An entry level with only a diploma pathway shows it, and no route by years."""
        entry = RULES.levels[0]
        only_43 = entry.model_copy(
            update={"pathways": tuple(p for p in entry.pathways if p.id == "4-3")}
        )
        rules = RULES.model_copy(update={"levels": (only_43, *RULES.levels[1:])})
        text = export_text(guide_renderable("start", rules, "en"), width=80)
        assert "4-3" in text
        assert "(4-1)" not in text
        assert "(4-2)" not in text

    def test_only_assumptions_in_use_are_explained(self) -> None:
        """An assumption no pathway rests on is not listed under `levels`."""
        rules = Ruleset.model_validate(
            {
                **RULES.model_dump(),
                "assumptions": [
                    *RULES.model_dump()["assumptions"],
                    {"id": "unused-one", "source": "template", "text": {"zh": "未用", "en": "x"}},
                ],
            }
        )
        text = export_text(guide_renderable("levels", rules, "zh"), width=80)
        # the three the pathways rest on (final-year-students, years-after-certificate,
        # four-years), and neither the unused one nor certificate-any-direction (a direction's)
        assert "假设3" in text
        assert "假设4" not in text
        assert "未用" not in text
        assert "unused-one" not in text

    def test_directions_come_from_the_ruleset(self, tmp_path: Path) -> None:
        """`directions` with 数据分析 from 二级 up, in new words, says so."""
        path = write_rules(
            tmp_path,
            ("levels = [3, 2, 1]", "levels = [2, 1]"),
            ("数据采集与清洗、指标体系、数据分析与报告;仅设三级及以上", "数据相关工作(修订)"),
        )
        result = guide("directions", "--rules", str(path))
        assert 0 == result.exit_code
        assert "数据相关工作(修订)" in result.stdout
        assert "数据分析方向从二级起设级" in result.stdout
        assert "从三级起设级" not in result.stdout

    def test_the_count_and_source_of_directions_come_from_the_ruleset(self, tmp_path: Path) -> None:
        """`guide directions --rules FILE` said "五个方向" and cited the 2023 standard of any
        ruleset. A copy of the built-in one listing three directions (创意策划, 视听运营,
        数据分析), none naming a source: three, and no source cited, in the heading, the
        sentence and the index; 数据分析 still starts at 三级."""
        text = RULES_FILE.read_text(encoding="utf-8")
        for d in ("live_streaming", "traffic"):  # (their blocks end at the next blank line)
            start = text.index(f'[[directions]]\nid = "{d}"')
            text = text[:start] + text[text.index("\n\n", start) + 2 :]
        text = text.replace('source = "standard"\n\n[[directions]]', "\n[[directions]]")
        text = text.replace(
            'from level 3 up only" }\nsource = "standard"\n', 'from level 3 up only" }\n'
        )
        path = tmp_path / "three.toml"
        path.write_text(text, encoding="utf-8")
        directions = guide("directions", "--rules", str(path)).stdout
        assert directions.startswith("职业方向:三个方向及其等级\n")
        assert "本职业分为三个职业方向;报考时选择其中一个方向。" in directions
        assert "2023" not in directions
        assert "五" not in directions
        everything = guide("--rules", str(path)).stdout
        assert "创意策划、视听运营、数据分析各做什么,数据分析从三级起设" in everything
        english = guide("directions", "--rules", str(path), lang="en").stdout
        assert english.startswith("Directions: the three and their levels\n")
        assert "The occupation has three directions; you apply in one of them." in english

    @pytest.mark.parametrize(
        ("lang", "title", "said", "summary"),
        [
            (
                "zh",
                "职业方向:一个方向及其等级",
                "按报考条件摘要,本职业设一个职业方向。",
                "创意策划做什么",
            ),
            (
                "en",
                "Directions: the one and its levels",
                "Under the published summary, the occupation has one direction.",
                "What the creative planning direction covers",
            ),
        ],
    )
    def test_one_direction_citing_its_source_is_said_so(
        self, lang: Lang, title: str, said: str, summary: str
    ) -> None:
        """A ruleset listing one direction, which names the summary as its source: one
        direction, in the singular, after that source (its short name)."""
        data = RULES.model_dump()
        data["directions"] = [{**data["directions"][0], "source": "summary"}]
        rules = Ruleset.model_validate(data)
        text = export_text(guide_renderable(None, rules, lang), width=200)
        assert title in text
        assert said in text
        assert summary in text

    @pytest.mark.parametrize(
        ("lang", "count", "said", "hint"),
        [
            ("zh", 1, "本职业设一个职业方向", "按方向判断:mediaops check --direction 创意策划"),
            ("zh", 2, "本职业分为两个职业方向", "按方向判断:mediaops check --direction 创意策划"),
            (
                "en",
                2,
                "the occupation has two directions",
                "Judge for a direction: mediaops check --direction creative_planning",
            ),
        ],
    )
    def test_directions_are_counted_and_exemplified_from_the_ruleset(
        self, lang: Lang, count: int, said: str, hint: str
    ) -> None:
        """Two directions were "二个" (两个 before 个), and the closing example judged for
        数据分析, which a ruleset of 创意策划 and 视听运营 lacks: it names one of the ruleset's."""
        data = RULES.model_dump()
        data["directions"] = data["directions"][:count]
        rules = Ruleset.model_validate(data)
        text = " ".join(export_text(guide_renderable("directions", rules, lang), width=200).split())
        assert said in text
        assert hint in text
        assert "数据分析" not in text
        assert "data_analysis" not in text
        assert "二个" not in text

    @pytest.mark.parametrize("lang", ["zh", "en"])
    def test_a_ruleset_without_directions_says_so(self, lang: Lang) -> None:
        """A ruleset listing no ``[[directions]]`` (they are optional) was shown as an empty
        table under "five directions", then told to judge for 数据分析, which it lacks."""
        rules = Ruleset.model_validate({**RULES.model_dump(), "directions": []})
        text = export_text(guide_renderable("directions", rules, lang), width=80)
        said = {"zh": "所用的规则没有列出职业方向", "en": "lists no directions"}[lang]
        assert said in " ".join(text.split())
        assert "──" not in text
        assert "--direction" not in text


# --- the guide's data ----------------------------------------------------------------


def _fields(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}


class TestGuideData:
    @pytest.mark.parametrize("key", sorted(UI))
    def test_ui_text_takes_the_same_parameters_in_both_languages(self, key: str) -> None:
        """Every label and sentence of the guide exists in zh and en with the same placeholders."""
        zh, en = UI[key]
        assert zh.strip()
        assert en.strip()
        assert _fields(zh) == _fields(en)

    def test_every_topic_has_a_chinese_name(self) -> None:
        """Each topic has an alias, and every alias names a topic."""
        assert set(TOPIC_IDS) == set(ALIASES.values())
        assert ("岗位", "等级", "方向", "职业发展", "入门") == tuple(zh_alias(t) for t in TOPIC_IDS)

    def test_resolve_topic_raises_an_input_error(self) -> None:
        """An unknown topic raises InputError on field `topic` with the catalogue's err.value."""
        with pytest.raises(InputError) as info:
            resolve_topic("nope")
        assert ("topic", "err.value") == (info.value.field, info.value.msg.key)

    def test_renderable_accepts_an_alias(self) -> None:
        """guide_renderable resolves a Chinese name the same way as the CLI."""
        expected = export_text(guide_renderable("start", RULES, "zh"), width=80)
        assert expected == export_text(guide_renderable("入门", RULES, "zh"), width=80)


# --- editions and assumptions ------------------------------------------------------------


def ui_text(key: str, lang: Lang) -> str:
    """The start of a guide sentence (up to its first comma), as the renderer shows it."""
    return " ".join(re.split("[,\uff0c]", getattr(UI[key], lang))[0].split())


def marks(text: str, label: str) -> dict[str, list[str]]:
    """Pathway id → the assumption marks on the line under it (``假设1``, ``assumption 2``)."""
    out: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        words = line.split()
        if not words:
            current = None
            continue
        if words[0] in (*PATHWAY_IDS, *TEMPLATE_IDS):
            current = words[0]
            out[current] = []
        elif current is not None and line.strip().startswith(label.strip()):
            out[current] = [m.strip() for m in line.strip().split(",")]
            current = None
    return out


class TestEditions:
    @pytest.mark.parametrize(("lang", "label"), [("zh", "假设"), ("en", "assumption ")])
    def test_summary_assumptions_are_numbered_in_file_order(self, lang: Lang, label: str) -> None:
        """Assumptions are numbered in the order of the ruleset's list, counting only those a
        pathway rests on: final-year-students 1, years-after-certificate 2, four-years 3."""
        text = export_text(guide_renderable("levels", RULES, lang), width=200)
        one, two, three = (f"{label}{n}" for n in (1, 2, 3))
        assert {
            "4-1": [],
            "4-2": [],
            "4-3": [one],
            "3-1": [one],
            "3-2": [two],
            "2-1": [three],
            "1-1": [three],
        } == marks(text, label)
        # below, each number once, with the text of the assumption it stands for
        below = " ".join(text[text.index(ui_text("levels.assumptions", lang)) :].split())
        for n, key in enumerate(
            ("final-year-students", "years-after-certificate", "four-years"), 1
        ):
            explained = getattr(RULES.assumption(key).text, lang)[:20]
            assert 1 == below.count(f"{label}{n} {explained}"), key
        assert f"{label}4" not in text

    @pytest.mark.parametrize("edition", sorted(EDITIONS))
    @pytest.mark.parametrize("lang", LANGS)
    @pytest.mark.parametrize("topic", [None, *TOPIC_IDS])
    def test_assumptions_never_shown_by_id(
        self, edition: str, lang: Lang, topic: str | None
    ) -> None:
        """No topic of either edition shows an assumption's id, in either language."""
        text = export_text(guide_renderable(topic, EDITIONS[edition], lang), width=200)
        assert [] == [a for a in ASSUMPTION_IDS if a in text]

    @pytest.mark.parametrize(
        ("lang", "notice"),
        [
            ("zh", "按 2023 年版国家职业标准编制规程模板推定,以当地认定机构公布的条件为准"),
            ("en", "Inferred from the 2023 drafting template of national occupational standards"),
        ],
    )
    def test_template_levels_say_where_they_come_from(self, lang: str, notice: str) -> None:
        """`levels --edition template-2023` shows its clauses T4-1 … T1-3 and the template notice
        that EDITIONS.md asks for wherever the edition is shown."""
        result = guide("levels", "--edition", "template-2023", lang=lang)
        assert 0 == result.exit_code
        assert [] == [t for t in TEMPLATE_IDS if t not in result.stdout]
        assert notice in result.stdout
        assert [] == [p for p in PATHWAY_IDS if f" {p} " in result.stdout]

    def test_summary_levels_have_no_template_notice(self) -> None:
        """The summary edition, the default, does not carry the template's notice."""
        assert "模板推定" not in guide("levels").stdout

    @pytest.mark.parametrize(
        ("lang", "route"),
        [("zh", "从业满 5 年即可报考(T4-1)"), ("en", "Apply after 5 years of work (T4-1)")],
    )
    def test_template_start_reads_its_own_pathways(self, lang: str, route: str) -> None:
        """`start --edition template-2023`: 5 years (T4-1) and the diploma pathway T4-2, and no
        route with training (the template has none)."""
        result = guide("start", "--edition", "template-2023", lang=lang)
        assert 0 == result.exit_code
        assert route in result.stdout
        assert "T4-2" in result.stdout
        assert "4-2)" not in result.stdout.replace("T4-2", "")

    @pytest.mark.parametrize(("lang", "label"), [("zh", "不参加培训"), ("en", "No training")])
    def test_template_start_does_not_speak_of_training(self, lang: str, label: str) -> None:
        """The template has no training pathway: its way in by work is not labelled "no
        training" (the summary's is), and the edition's notice is shown with it."""
        template = guide("start", "--edition", "template-2023", lang=lang).stdout
        assert label not in template
        assert str(getattr(TEMPLATE.notice, lang)).split(",")[0] in " ".join(template.split())
        assert label in guide("start", lang=lang).stdout

    @pytest.mark.parametrize("lang", LANGS)
    def test_template_general_note_is_marked_as_an_assumption(self, lang: Lang) -> None:
        """G1 is only a note in the template edition because of an assumption (EDITIONS.md:
        "shown as such"): its line carries the mark of the numbered assumption explaining it."""
        text = export_text(guide_renderable("levels", TEMPLATE, lang), width=200)
        label = "假设" if lang == "zh" else "assumption "
        explained = getattr(TEMPLATE.assumption("education-note").text, lang)
        numbers = re.findall(rf"{label}(\d+) +{re.escape(explained[:12])}", text)
        assert 1 == len(numbers)
        after_g1 = text.split("G1", 1)[1].split("\n\n")[0]
        assert f"{label}{numbers[0]}" in after_g1

    @pytest.mark.parametrize("lang", LANGS)
    def test_directions_say_the_any_direction_reading_is_an_assumption(self, lang: Lang) -> None:
        """That 数据分析's 三级 accepts a 四级 of any direction is an assumption (EDITIONS.md),
        shown as one in the ruleset's words, not stated as a rule of the standard."""
        for ruleset in EDITIONS.values():
            text = " ".join(export_text(guide_renderable("directions", ruleset, lang), 200).split())
            explained = getattr(ruleset.assumption("certificate-any-direction").text, lang)
            assert ("假设:" if lang == "zh" else "Assumption: ") + explained in text

    @pytest.mark.parametrize("lang", LANGS)
    def test_template_levels_explain_the_class_assumption(self, lang: Lang) -> None:
        """T3-4 and T2-5 rest on reading the class from the school's type when it is not given:
        `levels` explains that assumption too."""
        text = export_text(guide_renderable("levels", TEMPLATE, lang), width=200)
        explained = getattr(TEMPLATE.assumption("school-class-from-type").text, lang)
        assert explained in " ".join(text.split())

    def test_english_directions_use_english_punctuation(self) -> None:
        """In English the levels of a direction are listed with commas, not with 、."""
        text = export_text(guide_renderable("directions", RULES, "en"), width=200)
        assert "4, 3, 2, 1" in text
        assert "、" not in text
        assert "、" not in text.replace("仅设三级及以上", "")

    def test_directions_list_the_levels_of_each(self) -> None:
        """`directions` in Chinese: four directions from 四级, 数据分析 from 三级 (EDITIONS.md)."""
        text = export_text(guide_renderable("directions", RULES, "zh"), width=200)
        rows = {w[0]: w[1] for w in (line.split() for line in text.splitlines()) if len(w) > 1}
        for name in ("创意策划", "视听运营", "直播运营", "流量运营"):
            assert "四级、三级、二级、一级" == rows[name]
        assert "三级、二级、一级" == rows["数据分析"]


# --- golden files and layout -----------------------------------------------------------

CASES = {f"guide-{t}.{lang}.w80": (t, lang) for t in TOPIC_IDS for lang in LANGS}


@pytest.mark.parametrize("stem", sorted(CASES))
def test_golden(stem: str) -> None:
    """The plain-text rendering at 80 columns equals its reviewed golden file."""
    topic, lang = CASES[stem]
    actual = export_text(guide_renderable(topic, RULES, lang), width=80)
    goldens.check_golden(GOLDEN_DIR / f"{stem}.txt", actual)


@pytest.mark.parametrize("stem", sorted(CASES))
def test_cli_prints_the_golden_text(stem: str) -> None:
    """What `mediaops guide TOPIC` prints to a pipe at COLUMNS=80 is the golden text."""
    topic, lang = CASES[stem]
    path = GOLDEN_DIR / f"{stem}.txt"
    if not path.exists():
        pytest.skip("golden file missing (see test_golden)")
    result = guide(topic, lang=lang, columns=80)
    assert path.read_text(encoding="utf-8") == result.stdout


def test_no_orphan_golden_files() -> None:
    """Every file in tests/golden/guide belongs to a case."""
    assert set() == {p.stem for p in GOLDEN_DIR.glob("*.txt")} - set(CASES)


@pytest.mark.parametrize("width", [80, 60])
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("topic", [None, *TOPIC_IDS])
def test_layout(topic: str | None, lang: Lang, width: int) -> None:
    """Every line fits the width and nothing is cut off with an ellipsis (80 and 60 columns)."""
    lines = export_text(guide_renderable(topic, RULES, lang), width=width).splitlines()
    bad = [line for line in lines if cell_len(line) > width or "…" in line]
    assert [] == bad


@pytest.mark.parametrize(
    ("command", "printed"),
    [
        ("false", True),  # exits 1 at once: nothing was shown
        ("exit 3", True),
        ("no-such-pager-here", True),  # the shell cannot run it: 127
        ("cat > /dev/null", False),  # read it all and ended well: the reader saw it
        # ended well without reading a byte: the text was left in the pipe, unseen
        ("true", True),
        (":", True),
        ("exit 0", True),
    ],
)
def test_a_pager_that_fails_leaves_the_text_printed(command: str, printed: bool) -> None:
    """The guide's pager: one that cannot be run or exits with a status other than 0 has
    the text written to stdout instead (rich's pager, through pydoc, ignored the status,
    and ``PAGER=false mediaops guide`` showed nothing); so has one that ends well having
    read none of it (``PAGER=true`` showed nothing and exited 0); one that read it and
    ended well does not."""
    out = io.StringIO()
    _Pager(command, out).show("指南\n")
    assert ("指南\n" if printed else "") == out.getvalue()


@pytest.mark.parametrize(
    ("command", "printed"), [("head -c 10 > /dev/null", False), ("true", True)]
)
def test_a_pager_that_reads_part_of_a_long_text_is_not_followed_by_it(
    command: str, printed: bool
) -> None:
    """A text longer than a pipe holds: a pager that reads a part and ends well (the reader
    quit after the first screen, as ``q`` in less) has nothing printed after it, and one that
    reads none of it has it all printed; neither waits on the pipe."""
    text = "指南\n" * 200_000  # 1.4 MB, beyond any pipe's buffer
    out = io.StringIO()
    _Pager(command, out).show(text)
    assert (text if printed else "") == out.getvalue()


#: A pager killed by SIGINT: one that sets SIGINT's action back to the default first, since
#: a test runner's worker may start its children with SIGINT ignored (a shell's own
#: ``kill -INT $$`` then did nothing, and the test failed now and then in parallel runs).
_KILLED_BY_SIGINT = " ".join(
    shlex.quote(a)
    for a in (
        sys.executable,
        "-c",
        "import os, signal; signal.signal(signal.SIGINT, signal.SIG_DFL); "
        "os.kill(os.getpid(), signal.SIGINT)",
    )
)


@pytest.mark.parametrize("command", [_KILLED_BY_SIGINT, "exit 130"], ids=["sigint", "130"])
def test_a_pager_ended_by_ctrl_c_cancels_without_printing(command: str) -> None:
    """A pager ended by Ctrl-C (killed by SIGINT, or a shell's 130) had the whole guide
    printed after it, as a failed one does, and the guide exited 0: the reader wanted out.
    It is a cancel (KeyboardInterrupt: exit 130), with nothing printed."""
    out = io.StringIO()
    with pytest.raises(KeyboardInterrupt):
        _Pager(command, out).show("指南\n")
    assert "" == out.getvalue()
