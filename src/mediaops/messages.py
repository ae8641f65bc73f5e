"""Every piece of user-facing text that is not clause wording, in zh and en.

Clause wording lives in the ruleset; everything else a person reads (labels,
verdicts, shortfalls, error messages, prompts, help) lives here, keyed by a
short id, so that no logic module holds a sentence and no sentence exists in
one language only (``tests/test_messages.py`` checks both are present and
take the same parameters).

Code records a :class:`Msg` (a key and its parameters) and the text is made
in the language asked for when it is shown.
"""

from __future__ import annotations

import errno
import os
import re
import string
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, Literal, NamedTuple, TypeAlias

Lang: TypeAlias = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")


class Msg(NamedTuple):
    """A message to be formatted later: a catalogue key and its parameters.

    A parameter may itself be a :class:`Msg`, a :class:`Both` or a
    ``{"zh": …, "en": …}`` mapping; all are formatted in the same language.
    """

    key: str
    params: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def of(cls, key: str, /, **params: Any) -> Msg:
        """Build a message from keyword parameters."""
        return cls(key, tuple(params.items()))

    def format(self, lang: Lang) -> str:
        """The message in ``lang`` (remembered: reports repeat the same sentences)."""
        try:
            return _formatted(self, lang)
        except TypeError:  # a parameter that cannot be hashed: format it afresh
            return tr(self.key, lang, **dict(self.params))


def without_flags(msg: Msg) -> Msg:
    """``msg`` with every field named in words only (``证书``, not ``证书(--cert)``).

    For the questions, where a person typed no flag.
    """
    return msg._replace(params=tuple((k, _unflagged(v)) for k, v in msg.params))


def _unflagged(value: Any) -> Any:
    if not isinstance(value, Msg):
        return value
    if value.key.startswith("field.") and f"name.{value.key[6:]}" in CATALOGUE:
        return Msg(f"name.{value.key[6:]}", value.params)
    return without_flags(value)


@lru_cache(maxsize=1 << 14)
def _formatted(msg: Msg, lang: Lang) -> str:
    return tr(msg.key, lang, **dict(msg.params))


class Phrase(NamedTuple):
    """A text from the ruleset in both languages, with ``{years}``/``{level}`` to fill in.

    Filled in by substitution, never by ``str.format``: a ruleset is data
    (``mediaops.rules.template_problems`` refuses any other placeholder).
    """

    zh: str
    en: str
    params: tuple[tuple[str, Any], ...] = ()

    def format(self, lang: Lang) -> str:
        """The text in ``lang``, its parameters formatted in ``lang`` too."""
        template = self.zh if lang == "zh" else self.en
        values = {k: str(localize(v, lang)) for k, v in self.params}
        out = []
        for literal, field, _, _ in string.Formatter().parse(template):
            out.append(literal)
            if field is not None:
                out.append(values.get(field, "{" + field + "}"))
        text = "".join(out)
        return _english(text) if lang == "en" else text


class Both(NamedTuple):
    """A short text in both languages, usable as a message parameter (hashable)."""

    zh: str
    en: str


def localize(value: Any, lang: Lang) -> Any:
    """Format ``value`` in ``lang`` if it is a message or a bilingual value."""
    if isinstance(value, Msg | Phrase):
        return value.format(lang)
    if isinstance(value, Both):
        return value.zh if lang == "zh" else value.en
    if isinstance(value, dict) and "zh" in value and "en" in value:
        return value[lang]
    if hasattr(value, "zh") and hasattr(value, "en"):
        return getattr(value, lang)
    if isinstance(value, float):
        return fmt_years(value)
    if isinstance(value, list | tuple):
        sep = "、" if lang == "zh" else "; "
        return sep.join(str(localize(v, lang)) for v in value)
    return value


def aside(text: str, lang: Lang) -> str:
    """A remark in brackets after a text: ``(必备)`` in Chinese, `` (required)`` in English."""
    return f"({text})" if lang == "zh" else f" ({text})"


def listing(texts: Iterable[str], lang: Lang) -> str:
    """Items listed: ``四级、三级`` in Chinese, ``level 4, level 3`` in English."""
    return ("、" if lang == "zh" else ", ").join(texts)


def lines_said(lines: Iterable[int], lang: Lang) -> dict[str, str]:
    """The parameter ``lines`` of a message naming line numbers (:func:`line_ranges`): the
    numbers, which Chinese puts in 第 … 行; in English after ``line`` or ``lines``, as
    there are one or more."""
    numbers = set(lines)
    listed = line_ranges(numbers, lang)
    if lang == "zh":
        return {"lines": listed}
    return {"lines": f"{'line' if len(numbers) == 1 else 'lines'} {listed}"}


def line_ranges(lines: Iterable[int], lang: Lang) -> str:
    """Line numbers listed, each run of consecutive ones as a range: ``4–30、35``."""
    runs: list[list[int]] = []
    for n in sorted(set(lines)):
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return listing((f"{a}" if a == b else f"{a}–{b}" for a, b in runs), lang)


def clauses(texts: Iterable[str], lang: Lang) -> str:
    """Texts joined as clauses of one sentence: ``;`` in Chinese, ``; `` in English."""
    return (";" if lang == "zh" else "; ").join(texts)


def tr(key: str, lang: Lang, /, **params: Any) -> str:
    """Format catalogue entry ``key`` in ``lang`` with ``params``."""
    zh, en = CATALOGUE[key]
    template = zh if lang == "zh" else en
    if not params:
        return template
    text = template.format(**{k: localize(v, lang) for k, v in params.items()})
    return _english(text) if lang == "en" else re.sub(_CJK_SPACE, "", text)


#: A space left between a Chinese name filled in and the words after it (学历 的值 → 学历的值,
#: 证书 中的 → 证书中的).
_CJK_SPACE = r"(?<=[\u4e00-\u9fff)\uff09])\s+(?=中?的)"


def _english(text: str) -> str:
    """English once the values are in: "1 year", not "1 years"; "an", not "a", before a vowel."""
    return re.sub(_AN, r"\1n ", re.sub(_ONE_YEAR, r"1 \1\2", text))


#: English numbers of years, months and days are plural but for one: "1 (more) years" →
#: "1 (more) year", "1 months" → "1 month".
_ONE_YEAR = r"(?<![\d.])1 (more )?(year|month|day)s\b"
#: "a" before a filled-in vowel sound is "an" (an associate degree, an intermediate title).
_AN = r"(?<![\w'-])([Aa]) (?=(?:[aeioAEIO]|[uU](?!ni|s))\w)"


def fmt_years(years: float) -> str:
    """Years as a person writes them: ``3``, ``2.5``, ``0.08`` (at most 2 decimals)."""
    text = f"{years:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def years_bound(fewest: float, most: float | None, below: bool = False) -> Msg:
    """Years known as a bound, in words: ``至少 3 年``, ``3 至 5 年``, ``不到 2 年``,
    ``2 年以上、不到 3 年`` (``below``: fewer than ``most``)."""
    if most is None:
        return Msg.of("years_at_least", years=fewest)
    ends = "_below" if below else ""
    if not fewest:
        return Msg.of(f"years_at_most{ends}", most=most)
    return Msg.of(f"years_between{ends}", years=fewest, most=most)


def default_lang() -> Lang:
    """The language from ``MEDIAOPS_LANG`` (``zh`` unless it says ``en``)."""
    value = os.environ.get("MEDIAOPS_LANG", "").strip().lower()
    return "en" if value.startswith("en") else "zh"


def unsupported_lang_env() -> str | None:
    """The value of ``MEDIAOPS_LANG`` when it names no language of the tool (``fr``), which
    :func:`default_lang` reads as Chinese; None when it is unset, blank or names one (``zh``,
    ``en``, ``en_US.UTF-8``, ``中文``)."""
    value = os.environ.get("MEDIAOPS_LANG", "").strip()
    if not value or parse_lang(value) is not None or value.lower().startswith(("en", "zh")):
        return None
    return value


def parse_lang(value: str | None) -> Lang | None:
    """``zh``/``en`` from what a person may write for them, or None if it names neither."""
    if value is None:
        return default_lang()
    v = value.strip().lower()
    if v in ("zh", "cn", "zh-cn", "zh_cn", "zh-hans", "chinese", "中文", "汉语", "简体中文"):
        return "zh"
    if v in ("en", "en-us", "en_us", "en-gb", "english", "英文", "英语"):
        return "en"
    return None


# --- display names of the values a candidate gives --------------------------------------

EDUCATION_NAMES: dict[str, tuple[str, str]] = {
    "below_junior": ("小学及以下", "primary school or less"),
    "junior_middle": ("初中", "junior middle school"),
    "senior_high": ("高中", "senior high school"),
    "secondary_vocational": ("中专/中职/职高", "secondary vocational school"),
    "technical_school": ("技工学校", "technical school"),
    "senior_technical_school": ("高级技工学校/高级工班", "senior technical school"),
    "technician_college": ("技师学院/预备技师班", "technician college"),
    "associate": ("大专/高职", "associate degree (college)"),
    "bachelor": ("本科", "bachelor's degree"),
    "master": ("硕士", "master's degree"),
    "doctorate": ("博士", "doctorate"),
}
MAJOR_NAMES: dict[str, tuple[str, str]] = {
    "same": ("本专业", "this major"),
    "related": ("相关专业", "a related major"),
    "unrelated": ("不相关专业", "an unrelated major"),
}
CLASS_NAMES: dict[str, tuple[str, str]] = {
    "intermediate": ("中级工班", "intermediate class (中级工班)"),
    "senior": ("高级工班", "senior class (高级工班)"),
    "technician": ("预备技师班/技师班", "technician class (预备技师班/技师班)"),
}
TITLE_NAMES: dict[str, tuple[str, str]] = {
    "junior": ("初级职称", "junior title (初级)"),
    "intermediate": ("中级职称", "intermediate title (中级)"),
    "senior": ("高级职称", "senior title (高级)"),
}
DIRECTION_NAMES: dict[str, tuple[str, str]] = {
    "creative_planning": ("创意策划", "creative planning"),
    "audiovisual": ("视听运营", "audio-visual operation"),
    "live_streaming": ("直播运营", "live-streaming operation"),
    "traffic": ("流量运营", "traffic operation"),
    "data_analysis": ("数据分析", "data analysis"),
}


def name(table: dict[Any, tuple[str, str]], value: Any) -> Both:
    """A bilingual name from one of the name tables above."""
    return Both(*table[value])


#: Characters never echoed as they are: control characters (an ESC would reach the
#: terminal), line and paragraph separators, the bidirectional overrides, and characters
#: that show nothing (a zero-width space in “大专\u200b” would make the message say that
#: 大专 is not read).
_INVISIBLE = (
    r"[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028\u2029\u202a-\u202e"
    r"\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]"
)


def shown_path(path: object, limit: int = 80) -> str:
    """A file path as a message may echo it: shortened from the front, so its name stays."""
    text = shown(str(path), limit=10_000)
    if len(text) > limit:
        text = "…" + text[-limit:]
    return text


#: The characters Python stands for bytes it could not decode with (surrogateescape).
_ESCAPED_BYTES = re.compile(r"[\udc80-\udcff]")


def as_typed(text: str) -> str:
    """``text`` from the command line read as the UTF-8 it was typed in, where Python
    decoded it as ASCII (``LC_ALL=C`` or ``POSIX`` with ``PYTHONUTF8=0``: 四级 arrives as
    ``\\udce5\\udc9b…``); as it is otherwise, or when its bytes are no UTF-8."""
    if text.isascii() or _ESCAPED_BYTES.search(text) is None:
        return text
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8")
    except UnicodeError:
        return text


def shown(value: object, limit: int = 60) -> str:
    """A value a person gave, as an error message may echo it.

    Shortened to ``limit`` characters (the length said), control characters
    made visible (``\\x1b``), so that a 100 KB cell or an escape sequence
    cannot flood or repaint the terminal.
    """
    if isinstance(value, str):
        text = as_typed(value)
    else:
        import json  # here: a run that echoes no value (a table) does not load json

        try:
            text = json.dumps(value, ensure_ascii=False, default=str)
        except (TypeError, ValueError, RecursionError):  # a cycle, an int too long to write
            text = type(value).__name__
    text = re.sub(
        _INVISIBLE,
        lambda m: m[0].encode("unicode_escape", "backslashreplace").decode("ascii"),
        text,
    )
    if len(text) > limit:
        text = f"{text[:limit]}…({len(text)})"
    return text


#: Operating-system errors a person meets, in both languages (by errno).
_OS_ERRORS: dict[int, str] = {
    errno.ENOENT: "os.not_found",
    errno.EACCES: "os.permission",
    errno.EPERM: "os.permission",
    errno.ENOSPC: "os.disk_full",
    errno.EFBIG: "os.too_large",
    errno.EISDIR: "os.is_directory",
    errno.ENOTDIR: "os.not_directory",
    errno.EROFS: "os.read_only",
    errno.EPIPE: "os.closed_pipe",
    errno.ENAMETOOLONG: "os.name_too_long",
    errno.ELOOP: "os.loop",
    errno.EIO: "os.io",
    errno.EDQUOT: "os.quota",
    errno.EEXIST: "os.exists",
}


def os_error(exc: BaseException) -> Msg:
    """An operating-system error in words (``文件不存在`` / ``no such file``)."""
    code = getattr(exc, "errno", None)
    key = _OS_ERRORS.get(code) if isinstance(code, int) else None
    if key is not None:
        return Msg.of(key)
    detail = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return Msg.of("os.other", detail=shown(detail, 120))


CATALOGUE: dict[str, tuple[str, str]] = {
    # --- levels, certificates, titles ------------------------------------------------
    "level.4": ("四级", "level 4"),
    "level.3": ("三级", "level 3"),
    "level.2": ("二级", "level 2"),
    "level.1": ("一级", "level 1"),
    "certificate.4": ("四级证书", "level-4 certificate"),
    "certificate.3": ("三级证书", "level-3 certificate"),
    "certificate.2": ("二级证书", "level-2 certificate"),
    "certificate.1": ("一级证书", "level-1 certificate"),
    "title.junior": ("初级职称", "junior title (初级职称)"),
    "title.intermediate": ("中级职称", "intermediate title (中级职称)"),
    "title.senior": ("高级职称", "senior title (高级职称)"),
    # --- verdicts and statuses ---------------------------------------------------------
    "verdict.eligible": ("✔ 可以报考", "✔ eligible"),
    "verdict.not_eligible": ("✘ 暂不可报考", "✘ not eligible"),
    "verdict.undetermined": ("? 无法判断", "? undetermined"),
    "verdict.held": ("已持有", "held"),
    "verdict.not_offered": ("不设此等级", "not offered"),
    "word.eligible": ("可以报考", "eligible"),
    "word.not_eligible": ("暂不可报考", "not eligible"),
    "word.undetermined": ("无法判断", "undetermined"),
    "word.held": ("已持有", "held"),
    "word.not_offered": ("不设此等级", "not offered"),
    "status.met": ("✔", "✔"),
    "status.unmet": ("✘", "✘"),
    "status.unknown": ("?", "?"),
    # --- condition wording (what is required) -----------------------------------------
    "cond.education": ("学历为{options}", "a diploma of: {options}"),
    "cond.education_parts": ("{options}学历,{parts}", "a diploma of: {options}; {parts}"),
    "cond.education_student": ("{options}在读", "studying for: {options}"),
    "cond.education_student_parts": ("{options}在读,{parts}", "studying for: {options}; {parts}"),
    "cond.education_min": ("{options}", "{options}"),
    "cond.education_class": ("{classes}", "class: {classes}"),
    "cond.education_evaluated": (
        "专业经省级评估论证",
        "a programme that passed the provincial evaluation",
    ),
    "cond.experience": (
        "累计从事本职业或相关职业工作满 {years} 年",
        "at least {years} years of experience in this or a related occupation",
    ),
    "cond.training": (
        "经{level}正规培训达规定标准学时数,取得结业证书",
        "completed formal training for {level} (结业证书)",
    ),
    "cond.certificate": (
        "持有本职业或相关职业{level}(或更高等级)证书",
        "holds a {level} (or higher) certificate in this or a related occupation",
    ),
    "cond.experience_since_certificate": (
        "取得{level}证书后,从事本职业或相关职业工作满 {years} 年",
        "at least {years} years of work in the occupation after obtaining the {level} certificate",
    ),
    "cond.time_since_certificate": (
        "取得{level}证书满 {years} 年",
        "has held the {level} certificate for at least {years} years",
    ),
    "cond.title": ("取得{title}(或更高)", "holds a {title} (or higher)"),
    "cond.title_corresponding": (
        "取得符合专业对应关系的{title}(或更高)",
        "holds a {title} (or higher) in a speciality corresponding to the occupation",
    ),
    "cond.experience_since_title": (
        "取得{title}后,从事本职业或相关职业工作满 {years} 年",
        "at least {years} years of work in the occupation after obtaining the {title}",
    ),
    "cond.advisory": ("由考试本身考核", "assessed by the exam itself"),
    "majors.same_or_related": ("本专业或相关专业", "in this or a related major"),
    "majors.list": ("专业:{majors}", "major: {majors}"),
    # --- what is missing ----------------------------------------------------------------
    "span.years": ("{years} 年", "{years} more years"),
    "span.months": ("{months} 个月", "{months} more months"),
    "span.years_months": ("{years} 年 {months} 个月", "{years} more years and {months} months"),
    "span.days": ("{days} 天", "{days} more days"),
    "span.months_days": ("{months} 个月 {days} 天", "{months} more months and {days} days"),
    "span.years_days": ("{years} 年 {days} 天", "{years} more years and {days} days"),
    "span.years_months_days": (
        "{years} 年 {months} 个月 {days} 天",
        "{years} more years, {months} months and {days} days",
    ),
    "short.experience": ("还差 {span}从业经历", "needs {span} of experience"),
    "short.since_certificate": (
        "取得{level}证书后还差 {span}从业经历",
        "needs {span} of work after the {level} certificate",
    ),
    "short.experience_at_least": (
        "至少还差 {span}从业经历",
        "needs at least {span} of experience",
    ),
    "short.since_certificate_at_least": (
        "取得{level}证书后至少还差 {span}从业经历",
        "needs at least {span} of work after the {level} certificate",
    ),
    "short.certificate": ("尚未取得{level}证书", "no {level} certificate yet"),
    "short.years_after_new": (
        "取证后还需从业满 {years} 年",
        "then {years} years of work after obtaining it",
    ),
    "short.held_for": (
        "取得{level}证书还差 {span}",
        "needs to have held the {level} certificate {span}",
    ),
    "short.held_for_new": (
        "取证后还需满 {years} 年",
        "then {years} years of holding it",
    ),
    "short.training": ("尚未完成{level}正规培训", "no formal training for {level} yet"),
    "short.education": ("学历不符:需{required}", "diploma does not qualify: needs {required}"),
    "short.major": ("专业不符:需{required}", "major does not qualify: needs {required}"),
    "short.class": ("班级不符:需{required}", "school class does not qualify: needs {required}"),
    "short.evaluated": (
        "所学专业未经省级评估论证",
        "the programme did not pass the provincial evaluation",
    ),
    "short.final_year": (
        "在校应届毕业生尚未取得{education}毕业证书",
        "a final-year student does not yet hold the {education} diploma",
    ),
    "short.final_year_major": (
        "在校应届毕业生尚未取得{education}毕业证书,且专业不符:需{required}",
        "a final-year student does not yet hold the {education} diploma, and its major does "
        "not qualify: needs {required}",
    ),
    "short.not_student": (
        "需为{required}在读学生",
        "only a student at one of these counts: {required}",
    ),
    "short.title": ("尚未取得{title}", "no {title} yet"),
    "short.title_not_corresponding": (
        "所持职称与本职业专业不对应",
        "the title's speciality does not correspond to the occupation",
    ),
    "short.years_after_title_new": (
        "取得职称后还需从业满 {years} 年",
        "then {years} years of work after obtaining it",
    ),
    "short.since_title": (
        "取得{title}后还差 {span}从业经历",
        "needs {span} of work after the {title}",
    ),
    "short.since_title_at_least": (
        "取得{title}后至少还差 {span}从业经历",
        "needs at least {span} of work after the {title}",
    ),
    "short.unknown": ("未知:{fact}", "unknown: {fact}"),
    # --- facts the user can give -----------------------------------------------------
    "fact.education": ("请提供学历", "give your diploma"),
    "fact.major": (
        "请提供{education}所学专业与本职业的相关性",
        "give how the major of your {education} relates to the occupation",
    ),
    "fact.major_any": (
        "请提供所学专业与本职业的相关性",
        "give how the major of your diploma relates to the occupation",
    ),
    "fact.experience": (
        "请提供累计从事本职业或相关职业的工作年限",
        "give your years of experience in this or a related occupation",
    ),
    "fact.certificate_date": (
        "请提供取得{level}证书的日期(或取证后的从业年限)",
        "give the date you obtained your {level} certificate (or the years worked since)",
    ),
    "fact.exact_years_after_certificate": (
        "请提供取得{level}证书后的确切从业年限",
        "give the exact years worked since the {level} certificate",
    ),
    "fact.years_after_certificate": (
        "请提供累计从业年限(或取得{level}证书后的从业年限)",
        "give your years of experience in total (or the years worked since the {level} certificate)",
    ),
    "fact.title_date": (
        "请提供取得{title}的日期(或取得后的从业年限)",
        "give the date you obtained your {title} (or the years worked since)",
    ),
    "fact.years_after_title": (
        "请提供累计从业年限(或取得{title}后的从业年限)",
        "give your years of experience in total (or the years worked since the {title})",
    ),
    "fact.title_corresponding": (
        "请说明{title}的专业是否与本职业对应",
        "say whether the speciality of your {title} corresponds to the occupation",
    ),
    "fact.school_class": (
        "请提供{education}毕业证书的班级(中级工班/高级工班/预备技师班)",
        "give the class of your {education} diploma (intermediate, senior or technician class)",
    ),
    "fact.evaluated": (
        "请说明{education}所学专业是否经省级评估论证",
        "say whether your {education} programme passed the provincial evaluation",
    ),
    "fact.training": (
        "请说明是否完成过正规培训(及其等级)",
        "say whether you completed formal training (and for which level)",
    ),
    "fact.certificates": (
        "请说明持有哪些本职业或相关职业证书",
        "say which certificates of this or a related occupation you hold",
    ),
    "fact.titles": (
        "请说明是否取得职称(及其等级)",
        "say whether you hold a professional title (and its level)",
    ),
    "fact.graduating": (
        "请说明{education}毕业证书是否已经取得(还是在读)",
        "say whether you have received your {education} diploma (or are still studying)",
    ),
    "fact.graduating_any": (
        "请说明毕业证书是否已经取得(还是在读)",
        "say whether you have received your diploma (or are still studying)",
    ),
    # --- actual values -----------------------------------------------------------------
    "actual.none": ("无", "none"),
    "actual.unknown": ("未提供", "not given"),
    # --- notes: assumptions the engine made on the facts ----------------------------
    "note.final_year_prereq": (
        "在校应届毕业生尚未取得{education}毕业证书,按其入学已具备的{held}学历计",
        "a final-year student does not yet hold the {education} diploma and counts with the "
        "{held} education needed to enrol",
    ),
    "note.experience_from_history_pooled": (
        "累计从业年限由工作经历计算:{periods},各段整月共 {complete} 个月,"
        "各段不足整月的 {days} 天合计折 {pooled} 个月(每 30 天计 1 个月),共 {months} 个月 = {years} 年",
        "experience computed from the work history: {periods}; {complete} whole months in "
        "its stretches, and the {days} days left over in them pooled as {pooled} more (30 "
        "days a month): {months} months = {years} years",
    ),
    "note.experience_from_history": (
        "累计从业年限由工作经历计算:{periods},共 {months} 个月 = {years} 年",
        "experience computed from the work history: {periods}; {months} months = {years} years",
    ),
    "note.experience_bound": (
        "累计从业年限只给出下限:至少 {years} 年",
        "experience given as a lower bound only: at least {years} years",
    ),
    "note.title_higher": (
        "要求{title}的条件按“{title}或更高职称”计:所持{higher}视同满足(原文为“取得…{title}后”)",
        "a clause asking for a {title} is read as a {title} or higher: the {higher} held "
        "counts (the wording is “after obtaining a {title}”)",
    ),
    "note.experience_ceiling": (
        "累计从业年限只给出上限:至多 {years} 年,日期为最早可能",
        "experience given as an upper bound only: at most {years} years, so the date is the "
        "earliest possible",
    ),
    "note.experience_floor": (
        "未提供累计从业年限:取证(或取得职称)后已从业 {years} 年,累计从业至少为 {years} 年",
        "experience not given: {years} years worked since a certificate or title, so at "
        "least {years} years in all",
    ),
    "note.history_certificate": (
        "{level}证书取证后年限按工作经历中 {date} 之后的时段计算,为 {years} 年",
        "years since the {level} certificate counted from the work history after {date}: "
        "{years} years",
    ),
    "note.history_certificate_pooled": (
        "{level}证书取证后年限按工作经历中 {date} 之后的时段计算:各段整月共 {complete} 个月,"
        "各段不足整月的 {days} 天合计折 {pooled} 个月(每 30 天计 1 个月),为 {years} 年",
        "years since the {level} certificate counted from the work history after {date}: "
        "{complete} whole months in its stretches, and the {days} days left over in them "
        "pooled as {pooled} more (30 days a month): {years} years",
    ),
    "note.continuous_certificate": (
        "{level}证书取证后年限按自取证日 {date} 起持续从业推算,不超过累计从业 {cap} 年,为 {years} 年",
        "years since the {level} certificate assume continuous work since {date}, "
        "capped by the {cap} years of experience in total: {years} years",
    ),
    "note.bound_certificate": (
        "{level}证书取证后年限按自取证日 {date} 起持续从业推算,累计从业至少 {cap} 年,"
        "故至少为 {years} 年",
        "years since the {level} certificate assume continuous work since {date}, with at "
        "least {cap} years of experience in total: at least {years} years",
    ),
    "note.time_since_certificate": (
        "未提供累计从业年限:{level}证书取证后从业年限至多为自取证日 {date} 以来的 {years} 年,日期为最早可能",
        "experience not given: the years worked since the {level} certificate are at most the "
        "{years} years since {date}, so the date is the earliest possible",
    ),
    "note.experience_certificate": (
        "未提供{level}证书的取证日期:取证后从业年限至多为累计从业 {years} 年,日期为最早可能",
        "no date for the {level} certificate: the years worked since it are at most the {years} "
        "years of experience in total, so the date is the earliest possible",
    ),
    "note.said_least_certificate": (
        "{level}证书取证后从业年限只给出下限:至少 {years} 年",
        "the years worked since the {level} certificate are given as a lower bound only: at "
        "least {years} years",
    ),
    "note.said_certificate": (
        "{level}证书取证后从业年限只给出范围:{bound},日期为最早可能",
        "the years worked since the {level} certificate are given as a bound only: {bound}, "
        "so the date is the earliest possible",
    ),
    "note.said_time_certificate": (
        "{level}证书取证后从业年限只给出范围({bound}),至多为自取证日 {date} 以来的 {years} 年,"
        "日期为最早可能",
        "the years worked since the {level} certificate are given as a bound only ({bound}): "
        "at most the {years} years since {date}, so the date is the earliest possible",
    ),
    "note.said_experience_certificate": (
        "{level}证书取证后从业年限只给出范围({bound}),至多为累计从业 {years} 年,日期为最早可能",
        "the years worked since the {level} certificate are given as a bound only ({bound}): "
        "at most the {years} years of experience in total, so the date is the earliest possible",
    ),
    "note.ceiling_certificate": (
        "累计从业年限只给出上限(至多 {years} 年):{level}证书取证后从业年限也至多为 {years} 年,"
        "日期为最早可能",
        "experience given as at most {years} years: the years worked since the {level} "
        "certificate are at most as many, so the date is the earliest possible",
    ),
    "note.history_title": (
        "{title}取得后年限按工作经历中 {date} 之后的时段计算,为 {years} 年",
        "years since the {title} counted from the work history after {date}: {years} years",
    ),
    "note.history_title_pooled": (
        "{title}取得后年限按工作经历中 {date} 之后的时段计算:各段整月共 {complete} 个月,"
        "各段不足整月的 {days} 天合计折 {pooled} 个月(每 30 天计 1 个月),为 {years} 年",
        "years since the {title} counted from the work history after {date}: {complete} "
        "whole months in its stretches, and the {days} days left over in them pooled as "
        "{pooled} more (30 days a month): {years} years",
    ),
    "note.continuous_title": (
        "{title}取得后年限按自 {date} 起持续从业推算,不超过累计从业 {cap} 年,为 {years} 年",
        "years since the {title} assume continuous work since {date}, capped by the {cap} years "
        "of experience in total: {years} years",
    ),
    "note.bound_title": (
        "{title}取得后年限按自 {date} 起持续从业推算,累计从业至少 {cap} 年,故至少为 {years} 年",
        "years since the {title} assume continuous work since {date}, with at least {cap} "
        "years of experience in total: at least {years} years",
    ),
    "note.time_since_title": (
        "未提供累计从业年限:{title}取得后从业年限至多为自 {date} 以来的 {years} 年,日期为最早可能",
        "experience not given: the years worked since the {title} are at most the {years} years "
        "since {date}, so the date is the earliest possible",
    ),
    "note.experience_title": (
        "未提供{title}的取得日期:取得后从业年限至多为累计从业 {years} 年,日期为最早可能",
        "no date for the {title}: the years worked since it are at most the {years} years of "
        "experience in total, so the date is the earliest possible",
    ),
    "note.ceiling_title": (
        "累计从业年限只给出上限(至多 {years} 年):{title}取得后从业年限也至多为 {years} 年,"
        "日期为最早可能",
        "experience given as at most {years} years: the years worked since the {title} are at "
        "most as many, so the date is the earliest possible",
    ),
    "note.direction_levels": (
        "{direction}方向从{level}起设级,没有更低的等级",
        "The {direction} direction starts at {level}, with no lower level",
    ),
    # --- table ---------------------------------------------------------------------------
    "table.title": (
        "全媒体运营师 报考资格 · 规则:{edition} · 评估日期 {as_of}",
        "All-Media Operator (全媒体运营师) eligibility · rules: {edition} · as of {as_of}",
    ),
    "table.level": ("等级", "Level"),
    "table.verdict": ("结论", "Verdict"),
    "table.basis": ("依据 / 还差什么", "Basis / what is missing"),
    "table.general": ("基本条件", "General"),
    "table.notes": ("说明", "Notes"),
    "table.assumptions": ("假设", "Assumptions"),
    "table.missing_facts": ("待补充", "To settle"),
    "table.documents": ("报考需准备", "What to bring"),
    "table.experience": ("从业年限", "Experience"),
    "table.advisory": (
        "{clauses} 由考试本身考核,不影响报考资格",
        "{clauses} are assessed by the exam itself and do not affect eligibility",
    ),
    "table.held_basis": (
        "已持有{level}或更高等级证书",
        "already holds a {level} or higher certificate",
    ),
    "table.not_offered_basis": (
        "{direction}方向不设此等级",
        "the {direction} direction has no such level",
    ),
    "table.blocked": (
        "因基本条件 {clause} 不满足",
        "because general condition {clause} is not met",
    ),
    "table.reachable_on": (
        "{date} 起可报考(如持续从业)",
        "eligible from {date} if you keep working",
    ),
    "table.reachable_on_wait": (
        "{date} 起可报考(如届时其他条件仍满足)",
        "eligible from {date} if the other conditions still hold then",
    ),
    "table.hint_plan": (
        "想知道何时能报考?运行 mediaops plan;刚入行?运行 mediaops guide start",
        "When can you apply? Run mediaops plan. New to the field? Run mediaops guide start",
    ),
    "table.actual": ("(实际 {actual})", " (actual {actual})"),
    # --- routes to a level not reached --------------------------------------------------
    "route.action_now": (
        "完成{level}正规培训(取得结业证书)即可报考{target}({pathway})",
        "completing formal training for {level} (结业证书) makes you eligible for {target} now ({pathway})",
    ),
    "route.action_then": (
        "完成{level}正规培训(取得结业证书)后,{date} 起可报考{target}({pathway})",
        "with formal training for {level} (结业证书) done, eligible for {target} from {date} ({pathway})",
    ),
    "route.time": (
        "仅靠时间:{date} 起可报考{target}({pathway},如持续从业)",
        "by time alone: eligible for {target} from {date} ({pathway}, if you keep working)",
    ),
    "route.wait": (
        "仅靠时间:{date} 起可报考{target}({pathway},如届时其他条件仍满足)",
        "by time alone: eligible for {target} from {date} ({pathway}, if the other conditions still hold then)",
    ),
    "route.other": ("{pathway}:{missing}", "{pathway}: {missing}"),
    "route.facts": ("{pathway}:{missing}", "{pathway}: {missing}"),
    # --- rules show, list, diff, validate ---------------------------------------------
    "rules.title": ("{title} · {edition}", "{title} · {edition}"),
    "rules.clause": ("条款", "Clause"),
    "rules.requirement": ("要求", "Requirement"),
    "rules.source": ("来源", "Source"),
    "rules.assumption_mark": ("假设", "assumption "),
    "rules.blocking": ("必备", "blocking"),
    "rules.advisory": ("提示", "advisory"),
    "rules.note_clause": ("仅作说明,不影响报考资格", "a note: does not affect eligibility"),
    "rules.assumptions": ("假设说明", "Assumptions"),
    "rules.directions": ("职业方向", "Directions"),
    "rules.direction_levels": ("设{levels}", "levels {levels}"),
    "rules.valid": (
        "规则文件有效:{path}({levels} 个等级,{pathways} 条途径)",
        "ruleset is valid: {path} ({levels} levels, {pathways} pathways)",
    ),
    "rules.invalid": (
        "规则文件无效:{path},共 {count} 个问题",
        "ruleset is invalid: {path}, {count} problems",
    ),
    "rules.list_title": ("内置规则版本", "Built-in editions"),
    "rules.edition": ("版本", "Edition"),
    "rules.name": ("名称", "Name"),
    "rules.status": ("状态", "Status"),
    "rules.status.summary": ("公开发布的报考条件摘要", "published summary"),
    "rules.status.template": (
        "按 2023 年版编制规程模板推定",
        "inferred from the 2023 drafting template",
    ),
    "rules.default": ("(默认)", " (default)"),
    "rules.diff_title": ("规则对比:{a} ↔ {b}", "Rulesets compared: {a} ↔ {b}"),
    "rules.diff_only": ("仅见于 {side}", "only in {side}"),
    "rules.diff_changed": ("两者不同", "differs"),
    "rules.diff_same": (
        "两个规则在条款上没有差别。",
        "The two rulesets do not differ clause by clause.",
    ),
    "rules.diff_count": ("共 {count} 处差别", "{count} differences"),
    "rules.diff_general": ("基本条件", "general condition"),
    "rules.diff_assumption": ("假设", "assumption"),
    "rules.diff_direction": ("职业方向", "direction"),
    # --- editions compared ----------------------------------------------------------
    "editions.differ": (
        "提示:按{other},{levels}的结论不同;加上 --compare-editions 可并排查看",
        "Note: the other edition ({other}) would decide {levels} differently; add --compare-editions to see both",
    ),
    "editions.title": (
        "两个规则版本并排 · 评估日期 {as_of}",
        "The editions side by side · as of {as_of}",
    ),
    # --- input errors ---------------------------------------------------------------------
    "err.title": ("输入有误", "Invalid input"),
    "err.io_title": ("输入/输出错误", "I/O error"),
    "err.internal_title": ("内部错误", "Internal error"),
    "err.internal": (
        "程序出现意外错误({detail})。这不是您的输入造成的;设置 MEDIAOPS_DEBUG=1 可查看详情,并请报告此问题。",
        "an unexpected error ({detail}). This is not caused by your input; set MEDIAOPS_DEBUG=1 "
        "to see the details, and please report it.",
    ),
    "err.value": (
        "{field} 的值 “{value}” 无法识别。可接受的值:{accepted}。",
        "{field}: “{value}” is not recognised. Accepted values: {accepted}.",
    ),
    "err.nothing_among": (
        "{field} 中的 “{value}” 表示没有,不能与其他项一起给出:没有就只写 “{value}”,有则只列出"
        "有的。",
        "{field}: “{value}” says there is none, and cannot be given with other items: give "
        "“{value}” alone, or only the ones there are.",
    ),
    "err.ambiguous": (
        "{field} 的值 “{value}” 可以指 {options},请写明是哪一个。",
        "{field}: “{value}” could mean {options}; say which.",
    ),
    "err.number": (
        "{field} 的值 “{value}” 不是有效的年数,请输入不小于 0 的数字(可带小数),如 3、3.5、三年、3年半。",
        "{field}: “{value}” is not a number of years; give a number ≥ 0 (decimals allowed), "
        "e.g. 3, 3.5, 3 years 6 months.",
    ),
    "err.years_date": (
        "{field} 的值 “{value}” 像是年份或日期,这里要填的是年数(可带小数),如 3、3.5、3年半。{dated}",
        "{field}: “{value}” looks like a year or a date; give the number of years instead "
        "(decimals allowed), e.g. 3, 3.5, 3 years 6 months.{dated}",
    ),
    "err.years_date.work": (
        "按起止日期记的工作经历请用 --work 开始..结束 给出,如 --work 2020-05-01..(仍在职可省略结束)。",
        " Periods of work by their dates go in --work START..END, e.g. --work 2020-05-01.. "
        "(END left out while still working).",
    ),
    "err.years_date.cert": (
        "证书的取证日期请用 --cert 等级:取证日期 给出,如 --cert 四级:2020-05-01。",
        " A certificate's date goes in --cert LEVEL:DATE, e.g. --cert 四级:2020-05-01.",
    ),
    "err.number_range": (
        "{field} 的值 “{value}” 超出范围,应在 0 到 {max} 之间。",
        "{field}: “{value}” is out of range; it must be between 0 and {max}.",
    ),
    "err.months": (
        "{field} 的值 “{value}” 不是有效的月数,请输入 0 到 {max} 之间的整数。",
        "{field}: “{value}” is not a number of months; give a whole number from 0 to {max}.",
    ),
    "err.date": (
        "{field} 的值 “{value}” 不是有效日期,请使用 YYYY-MM-DD 格式(例如 2024-01-10)。",
        "{field}: “{value}” is not a valid date; use YYYY-MM-DD (e.g. 2024-01-10).",
    ),
    "err.as_of_date": (
        "{field} 的值 “{value}” 不是有效日期,请使用 YYYY-MM-DD 格式(例如 2024-01-10),"
        "或写“今天”表示运行当天。",
        "{field}: “{value}” is not a valid date; use YYYY-MM-DD (e.g. 2024-01-10), "
        "or “today” for the day of the run.",
    ),
    "err.date_range": (
        "{field} 的日期 “{value}” 超出范围,应在 {earliest} 到 {latest} 之间。",
        "{field}: the date “{value}” is out of range; it must be from {earliest} to {latest}.",
    ),
    "err.assume_unrelated": (
        "{field} 的值 “{value}” 不能假设:假设不相关的专业不会打开任何等级。可接受的值:{accepted}。",
        "{field}: “{value}” cannot be assumed: an unrelated major opens no level. Accepted "
        "values: {accepted}.",
    ),
    "err.future_date": (
        "{field} 的日期 {value} 晚于评估日期 {as_of}。",
        "{field}: the date {value} is after the evaluation date {as_of}.",
    ),
    "batch.class_disagrees": (
        "{education} 列写明的班级 {first} 与 {column} 列的 {second} 不一致,班级按未知处理",
        "the {education} column's class {first} and the {column} column's {second} disagree; "
        "the class is taken as not known",
    ),
    "err.class_school": (
        "{field} 中的 {school_class} 是技工院校(技工学校、高级技工学校、技师学院)的班级,"
        "{education} 毕业证书没有班级:请去掉班级,或写明是哪类技工院校。",
        "{field}: the {school_class} is a class of a technical school (技工学校, 高级技工学校, "
        "技师学院); a {education} diploma has none: leave the class out, or give the "
        "technical school.",
    ),
    "err.period_order": (
        "{field} 的时段 “{value}” 结束早于开始。",
        "{field}: the period “{value}” ends before it starts.",
    ),
    "err.period": (
        "{field} 的值 “{value}” 不是有效时段,请写出开始和结束日期,如 2020-01-01..2021-06-30"
        " 或 2020-01-01至2021-06-30(仍在职:2023-03-01..或 2023-03-01至今)。",
        "{field}: “{value}” is not a period; write its first and last day, e.g. "
        "2020-01-01..2021-06-30 (still going on: 2023-03-01..).",
    ),
    "err.after_exceeds_total": (
        "取得{item}后的从业年限 {after} 年超过了累计从业年限 {total} 年,两者矛盾。",
        "the years since the {item} ({after}) exceed the years of experience in total ({total}).",
    ),
    "err.after_exceeds_elapsed": (
        "取得{item}后的从业年限 {after} 年超过了自取得日 {date} 以来的时间({elapsed} 年)。",
        "{after} years since the {item} is more than has passed since {date} ({elapsed} years).",
    ),
    "err.after_without_cert": (
        "给出了取证后年限,但没有给出任何证书。",
        "years since the certificate were given, but no certificate.",
    ),
    "err.history_disagrees": (
        "累计从业年限 {given} 年与工作经历计算出的 {computed} 年相差超过一个月。",
        "the experience given ({given} years) and the work history ({computed} years) "
        "differ by more than a month.",
    ),
    "err.history_below_bound": (
        "累计从业年限至少 {given} 年,工作经历计算出的却只有 {computed} 年(相差超过一个月)。",
        "the experience is given as at least {given} years, but the work history gives "
        "{computed} years (more than a month less).",
    ),
    "err.history_above_bound": (
        "累计从业年限至多 {given} 年,工作经历计算出的却有 {computed} 年(相差超过一个月)。",
        "the experience is given as at most {given} years, but the work history gives "
        "{computed} years (more than a month more).",
    ),
    "err.cert_other_occupation": (
        "{field} 的值 “{value}” 是{occupation}的证书:报考条件认本职业或相关职业的证书,是否属相关"
        "职业由评价机构认定,本工具不作判断。如认定为相关职业,请只写等级(如 {level});否则不填此证书。",
        "{field}: “{value}” is a certificate of {occupation}: the requirements count those of "
        "this occupation or a related one, which the assessment body decides, not this tool. "
        "If it counts as related, give the level alone (e.g. {level}); otherwise leave it out.",
    ),
    "err.cert_not_held": (
        "{field} 的值 “{value}” 说的是尚未取得{level}证书:这里只写已取得的证书等级,"
        "一个也没有请写 无。",
        "{field}: “{value}” says the {level} certificate is not held (yet): give only the "
        "levels of certificates held, or 无 for none.",
    ),
    "err.graduation_ahead": (
        "{field} 的值 “{value}” 的毕业年份 {year} 年不早于评估日期 {as_of} 所在的年份,"
        "可能尚未毕业,不按已取得的学历读取。已毕业请只写学历,如 {diploma};"
        "尚未毕业的在校应届毕业生请写学历并注明应届。",
        "{field}: “{value}” gives a graduation year, {year}, that is not before the year of "
        "the evaluation date {as_of}: the diploma may not be received yet, and is not read "
        "as held. Received: give the diploma alone, e.g. {diploma}; a final-year student "
        "not yet graduated: give the diploma and say so (应届).",
    ),
    "err.cert_is_title": (
        "{field} 的值 “{value}” 是专业技术职称({title}),不是职业技能等级证书,不按证书计算。"
        "职称请填在职称一项:按 2023 年版模板的规则,专业对应的职称可作为申报条件;"
        "默认的报考条件摘要规则不计职称。",
        "{field}: “{value}” is a professional title ({title}), not a vocational skill "
        "certificate, and does not count as one. Give titles where titles are asked for: the "
        "rules of the 2023 template count a title of a corresponding speciality; the default "
        "rules of the published summary count no title.",
    ),
    "err.training_decimal": (
        "{field} 的值 “{value}” 是带小数的数字,不是培训等级:等级是 1 至 4 的整数或其名称。"
        "请写等级,如 四级 或 4(没有培训请写 无);若是表格把该列存成了数字,请设为文本后重写。",
        "{field}: “{value}” is a number with a fraction, not a level of training (a whole "
        "number 1 to 4, or its name). Give the level, e.g. 四级 or 4 (none: 无); if the "
        "sheet stored the column as numbers, make it text and type the levels again.",
    ),
    "err.cert_decimal": (
        "{field} 的值 “{value}” 是带小数的数字,不是证书等级:等级是 1 至 4 的整数或其名称。"
        "请写等级,如 四级 或 4(没有证书请写 无);若是表格把该列存成了数字,请设为文本后重写。",
        "{field}: “{value}” is a number with a fraction, not a level of certificate (a whole "
        "number 1 to 4, or its name). Give the level, e.g. 四级 or 4 (none held: 无); if the "
        "sheet stored the column as numbers, make it text and type the levels again.",
    ),
    "err.cert_exam_failed": (
        "{field} 的值 “{value}” 说的是{level}考试未通过:考试未通过就没有取得{level}证书,不算持有。"
        "这里只写已取得的证书等级,一个也没有请写 无。",
        "{field}: “{value}” says the {level} examination was not passed: with it not passed, "
        "no {level} certificate is held. Give only the levels of certificates held, or 无 "
        "for none.",
    ),
    "err.cert_is_date": (
        "{field} 的值 “{value}” 是日期,没有写证书等级。请写等级和取证日期,如 四级 2024-01-10;没有证书请写 无。",
        "{field}: “{value}” is a date, with no level of certificate. Give the level and the "
        "date it was obtained, e.g. 四级 2024-01-10 (level 4); none held: 无 (none).",
    ),
    "err.cert_exam_passed": (
        "{field} 的值 “{value}” 说的是考试通过:报考条件要的是已取得的证书,证书在考试通过后才颁发,"
        "取证日期以证书上的发证日期为准。已拿到证书请写等级和发证日期,如 四级 2024-01-10;"
        "证书尚未颁发的还不算持有,请写 无。",
        "{field}: “{value}” says an examination was passed; the requirements ask for the "
        "certificate held, which is issued after the examination and dated by its date of "
        "issue. If it has been received, give its level and date of issue, e.g. 四级 "
        "2024-01-10; until it is issued it is not held: give 无.",
    ),
    "err.training_is_cert": (
        "{field} 的值 “{value}” 说的是证书,不是正规培训:这一项只问已结业的培训等级(如 四级,"
        "没有请写 无);证书请填在证书一项。",
        "{field}: “{value}” is a certificate, not a formal training: give here only the levels "
        "of training completed (e.g. 四级, or 无 for none); give certificates where they are "
        "asked for.",
    ),
    "err.cert_is_training": (
        "{field} 的值 “{value}” 说的是{level}的正规培训,不是职业资格或技能等级证书:"
        "培训请填在正规培训一项,如 {level};证书只写取得的证书等级。",
        "{field}: “{value}” is a formal training of {level}, not a certificate: "
        "give it where formal training is asked for (e.g. {level}); give here only the levels "
        "of certificates held.",
    ),
    "err.training_not_done": (
        "{field} 的值 “{value}” 说的是培训尚未结业(未参加、未结业、不合格或只是计划参加):"
        "报考条件要的是培训结业(取得结业证书),请只写已结业的培训等级,如 四级;没有则写 无。",
        "{field}: “{value}” says a training was not completed (not attended, not finished, "
        "failed, or only planned); the requirements ask for it completed (a certificate of "
        "completion): give only the levels completed, e.g. 四级, or 无 if none.",
    ),
    "err.title_is_level": (
        "{field} 的值 “{value}” 是职业技能等级({level}),不是专业技术职称:这一项只问职称的级别"
        "(初级、中级或高级);职业技能等级证书请填在证书一项。",
        "{field}: “{value}” is a vocational skill level ({level}), not a professional title: "
        "give here only a title's level (初级, 中级 or 高级: junior, intermediate, senior); give "
        "certificates where they are asked for.",
    ),
    "err.title_name": (
        "{field} 的值 “{value}” 是职称的名称,不按名称读取级别(同一名称在不同系列中级别不同,"
        "或是岗位名称):请写出职称证书上的级别,初级、中级或高级。",
        "{field}: “{value}” names a title, whose level is not read from its name (one name "
        "has different levels in different series, or is a job's): give the level on the "
        "title's certificate, 初级, 中级 or 高级 (junior, intermediate, senior).",
    ),
    "err.training_attended": (
        "{field} 的值 “{value}” 说的是参加过培训:报考条件要的是培训结业(取得结业证书),"
        "请写出已结业的培训等级,如 四级;是否结业不清楚可写 不清楚。",
        "{field}: “{value}” says a training was attended; the requirements ask for it "
        "completed (a certificate of completion): give the level completed, e.g. 四级, or "
        "不清楚 if that is not known.",
    ),
    "err.after_exceeds_history": (
        "取得{item}后的从业年限 {after} 年超过了工作经历中自取得日 {date} 起的从业时间({computed} 年),两者矛盾。",
        "the years since the {item} ({after}) exceed the work in the work history since its "
        "date, {date} ({computed} years): the two contradict.",
    ),
    "err.after_bound_history": (
        "取得{item}后的从业年限填为 “{said}”,与工作经历不符:经历自取得日起为 {computed} 年。",
        "the years since the {item} are given as “{said}”, but the work history gives "
        "{computed} years since its date.",
    ),
    "err.after_exceeds_most": (
        "取得{item}后的从业年限 {after} 年超过了累计从业年限的上限 {most} 年,两者矛盾。",
        "the years since the {item} ({after}) exceed the experience in total, given as at "
        "most {most} years.",
    ),
    "err.after_exceeds_below": (
        "取得{item}后的从业年限 {after} 年不少于累计从业年限(不到 {most} 年),两者矛盾。",
        "the years since the {item} ({after}) are no fewer than the experience in total, given "
        "as fewer than {most} years.",
    ),
    "err.direction_not_in_rules": (
        "职业方向(--direction)“{value}” 不在所用规则列出的方向中:可选 {directions}。",
        "--direction: “{value}” is not among the directions of the rules in use: {directions}.",
    ),
    "err.direction_none_listed": (
        "职业方向(--direction)“{value}”:所用规则没有列出职业方向,请去掉 --direction。",
        "--direction: “{value}”: the rules in use list no directions; leave --direction out.",
    ),
    "err.training_dated": (
        "{field} 的值 “{value}” 带有日期:正规培训只按等级填写,不带日期,如 {level}。",
        "{field}: “{value}” has a date: formal training is given by its level alone, without a "
        "date, e.g. {level}.",
    ),
    "err.levels_apart": (
        "{field} 的值 “{value}” 写了几个等级,只用空格隔开:请用顿号或逗号分开,如 四级、三级。",
        "{field}: “{value}” names several levels with only spaces between them: separate them "
        "with a comma, e.g. 四级,三级.",
    ),
    "err.parts_contradict": (
        "{field} 的值 “{value}” 中 “{first}” 与 “{second}” 互相矛盾,请只写其中一个。",
        "{field}: in “{value}”, “{first}” and “{second}” contradict each other; give only one.",
    ),
    "err.duplicate": (
        "{item}出现了两次且信息不同。",
        "the {item} is given twice with different details.",
    ),
    "err.json": (
        "{field}:不是有效的 JSON:{reason}(第 {line} 行第 {column} 列附近)",
        "{field}: cannot read JSON: {reason} (line {line}, column {column})",
    ),
    "err.json_duplicate": (
        "{field}:JSON 对象中的键 “{key}” 出现了两次。",
        "{field}: the key “{key}” appears twice in a JSON object.",
    ),
    "err.json_deep": (
        "{field}:JSON 嵌套超过 {depth} 层。",
        "{field}: the JSON is nested more than {depth} levels deep.",
    ),
    "err.json_number": (
        "{field}:JSON 中的数字 “{value}” 过长。",
        "{field}: the number “{value}” in the JSON is too long.",
    ),
    "err.years_approximate": (
        "{field} 的值 “{value}” 只是大概的年数(“多”“以上”“约”等),结论可能取决于确切的年数。"
        "请写出确切的年数,如 3.5 或 3年6个月;不清楚可不填。",
        "{field}: “{value}” is a bound or a guess (“over”, “about”…), not the number of "
        "years, and a verdict may turn on the exact years. Give them, e.g. 3.5 or 3 years "
        "6 months; leave it out if not known.",
    ),
    "err.json_years_number": (
        "{field} 的值 “{value}” 不是有效的年数:JSON 中的年数写作 0 到 {max} 之间不带引号的数字,如 3 或 3.5。",
        "{field}: “{value}” is not a number of years: in JSON, years are a number from 0 to {max} "
        "without quotes, e.g. 3 or 3.5.",
    ),
    "err.json_years_text": (
        "{field} 的值 “{value}” 不是数字:JSON 中的年数写作不带引号的数字,如 3 或 3.5。",
        "{field}: “{value}” is not a number: in JSON, years are a number without quotes, "
        "e.g. 3 or 3.5.",
    ),
    "err.json_empty": (
        "{field}:内容为空,应为一个 JSON 对象 {{…}}。",
        "{field}: the content is empty: expected a JSON object {{…}}.",
    ),
    "err.json_not_object": (
        "{field}:应为一个 JSON 对象 {{…}}。",
        "{field}: expected a JSON object {{…}}.",
    ),
    "err.file": ("{field}:无法读取文件 {value}:{detail}", "{field}: cannot read {value}: {detail}"),
    "err.too_large": (
        "{field}:{value} 超过 {limit} 的上限。",
        "{field}: {value} is larger than the limit of {limit}.",
    ),
    "err.not_regular": (
        "{field}:{value} 不是普通文件。",
        "{field}: {value} is not a regular file.",
    ),
    "err.encoding_bytes": (
        "{field}:无法按 {encodings} 读取(第 {line} 行,第 {byte} 个字节)。",
        "{field}: cannot be read as {encodings} (line {line}, byte {byte}).",
    ),
    "err.expected_list": (
        "{field} 应为列表(例如 {example}),而不是 {value}。",
        "{field} should be a list (e.g. {example}), not {value}.",
    ),
    "err.expected_object": (
        "{field} 应为一个对象 {{…}},而不是 {value}。",
        "{field} should be an object {{…}}, not {value}.",
    ),
    "err.missing_key": ("缺少必填项:{field}。", "Missing required key: {field}."),
    "err.schema_with": (
        "输出候选人文件的架构(--schema)时不评估任何人,不能同时给出:{options}。",
        "--schema prints the candidate file's JSON Schema and judges no one: it cannot be "
        "given with {options}.",
    ),
    "err.schema_value": (
        "$schema 的值 {value} 应为文本:此文件所依据的架构的地址(如 “./candidate.schema.json”)。",
        "$schema: {value} should be text, the address of the schema the file is checked "
        "against (e.g. “./candidate.schema.json”).",
    ),
    "err.unknown_field": (
        "{field} 不是可识别的字段。可接受的字段:{accepted}。",
        "{field} is not a recognised field. Accepted fields: {accepted}.",
    ),
    "err.rules": ("规则文件 {path} 无效:", "The ruleset {path} is invalid:"),
    "err.no_level": ("规则中没有等级 {value}。", "The ruleset has no level {value}."),
    "err.edition": (
        "规则版本 “{value}” 不存在。可用的版本:{accepted}。",
        "there is no edition “{value}”. Editions: {accepted}.",
    ),
    "rules.diff_unknown": (
        "“{value}” 既不是内置的规则版本,也不是存在的规则文件。可用的版本:{accepted}。",
        "“{value}” is neither a built-in edition nor a ruleset file that exists. "
        "Editions: {accepted}.",
    ),
    "err.edition_and_rules": (
        "--edition 与 --rules 只能选一个。",
        "give --edition or --rules, not both.",
    ),
    # --- operating-system errors ------------------------------------------------------
    "os.not_found": ("文件或目录不存在", "no such file or directory"),
    "os.permission": ("没有权限", "permission denied"),
    "os.disk_full": ("磁盘空间已满", "no space left on the disk"),
    "os.too_large": ("文件超过了允许的大小", "the file is larger than allowed"),
    "os.is_directory": ("这是一个目录", "it is a directory"),
    "os.not_directory": ("路径中有一部分不是目录", "a part of the path is not a directory"),
    "os.read_only": ("文件系统为只读", "the file system is read-only"),
    "os.closed_pipe": ("输出管道已关闭", "the output pipe was closed"),
    "os.name_too_long": ("文件名过长", "the file name is too long"),
    "os.loop": ("符号链接循环", "too many levels of symbolic links"),
    "os.io": ("输入/输出错误", "input/output error"),
    "os.quota": ("超出磁盘配额", "disk quota exceeded"),
    "os.exists": ("文件已存在", "the file exists"),
    "os.other": ("系统错误:{detail}", "system error: {detail}"),
    # --- field names, as the user typed them ------------------------------------------
    "field.education": ("学历(--education)", "--education"),
    "field.major": ("专业相关性(--major)", "--major"),
    "field.experience": ("从业年限(--experience)", "--experience"),
    "field.training": ("培训(--training)", "--training"),
    "field.cert": ("证书(--cert)", "--cert"),
    "field.title": ("职称(--title)", "--title"),
    "field.diploma": ("学历(--diploma)", "--diploma"),
    "field.direction": ("职业方向(--direction)", "--direction"),
    "field.level": ("等级(--level)", "--level"),
    "field.years_after_cert": ("取证后年限(--years-after-cert)", "--years-after-cert"),
    "field.as_of": ("评估日期(--as-of)", "--as-of"),
    "field.work": ("工作经历(--work)", "--work"),
    "field.graduating": ("应届毕业生(--graduating)", "--graduating"),
    "field.input": ("输入文件(--input)", "--input"),
    "field.rules": ("规则文件(--rules)", "--rules"),
    "field.edition": ("规则版本(--edition)", "--edition"),
    "field.exam_lag_months": ("取证等待月数(--exam-lag-months)", "--exam-lag-months"),
    "field.compare_editions": ("对比规则版本(--compare-editions)", "--compare-editions"),
    "field.interactive": ("逐项提问(--interactive)", "--interactive"),
    "field.lang": ("语言(--lang)", "--lang"),
    "field.format": ("输出格式(--format)", "--format"),
    # --- fields named in words (the questions: no flag was typed) ----------------------
    "name.education": ("学历", "education"),
    "name.major": ("专业相关性", "major relevance"),
    "name.experience": ("从业年限", "years of experience"),
    "name.training": ("培训", "training"),
    "name.cert": ("证书", "certificate"),
    "name.title": ("职称", "professional title"),
    "name.diploma": ("学历", "diploma"),
    "name.direction": ("职业方向", "direction"),
    "name.level": ("等级", "level"),
    "name.years_after_cert": ("取证后年限", "years since the certificate"),
    "name.as_of": ("评估日期", "evaluation date"),
    "name.work": ("工作经历", "work history"),
    "name.graduating": ("应届毕业生", "final-year student"),
    # --- plan ----------------------------------------------------------------------------
    "plan.title": (
        "全媒体运营师 报考路线 · 规则:{edition} · 自 {as_of} 起持续从业 · 取证等待 {lag} 个月",
        "All-Media Operator (全媒体运营师) road map · rules: {edition} · working on from {as_of} "
        "· {lag} months from eligibility to certificate",
    ),
    "plan.when": ("何时可报考", "When"),
    "plan.basis": ("依据 / 如何解锁", "Basis / how to unlock"),
    "plan.held": ("已持有", "held"),
    "plan.not_offered": ("不设此等级", "not offered"),
    "plan.now": ("现在即可报考", "now"),
    "plan.elsewhere_mark": ("在其他方向报考", "in another direction"),
    "plan.elsewhere": (
        "所报方向不设此等级:在其他方向报考,所得证书用于报考更高等级",
        "not offered in the direction applied for: applied for in another direction, for "
        "the certificate the levels above ask for",
    ),
    "plan.level_elsewhere": ("{level}(其他方向)", "{level} (another direction)"),
    "plan.later": ("{date} 起", "from {date}"),
    "plan.unreachable": ("仅靠时间无法达到", "not by time alone"),
    "plan.unreachable_by": ("{latest} 前仅靠时间无法达到", "not by time alone by {latest}"),
    "plan.certificate": ("预计 {date} 取得证书", "certificate expected {date}"),
    "plan.covered_mark": (
        "✔ {date} 起由{level}证书覆盖",
        "✔ covered by the {level} certificate from {date}",
    ),
    "plan.covered": (
        "预计 {date} 取得{level}证书,此后本级即视为已持有,不必再报考",
        "the {level} certificate expected {date} covers this level: no need to apply for it",
    ),
    "plan.unlock_with": ("若{what},{date} 起可报考", "with {what}: from {date}"),
    "plan.unlock_never": ("即使{what}仍无法达到", "still out of reach with {what}"),
    "plan.unlock_flag": (
        "(脚本用: {flag})",
        "(scripts: {flag})",
    ),
    "plan.with_training": ("完成培训后即可报考", "eligible at once with the training done"),
    "plan.with_training_on": ("完成培训后 {date} 起可报考", "with the training done: from {date}"),
    "plan.time_only": ("仅靠时间:{date}", "by time alone: {date}"),
    "plan.assume.training": ("完成{level}正规培训", "formal training for {level}"),
    "plan.assume.education": ("取得{education}毕业证书", "a {education} diploma"),
    "plan.assume.education_held": ("具有{education}毕业证书", "a {education} diploma"),
    "plan.assume.major": ("所学专业为{major}", "a major that is {major}"),
    "plan.route": ("路线", "Route"),
    "plan.step_now": ("{level} 现在", "{level} now"),
    "plan.step_later": ("{level} {date}({pathway})", "{level} on {date} ({pathway})"),
    "plan.general": ("需满足基本条件 {clause}:{text}", "general condition {clause}: {text}"),
    "plan.beyond_horizon": (
        "所需时间超出可推算的范围(评估日起 {years} 年内,且不晚于 {latest})",
        "needs more time than is followed ({years} years from the evaluation date, and not "
        "past {latest})",
    ),
    "plan.needs_lower": (
        "需先取得{level}证书,而{level}目前无法达到",
        "needs a {level} certificate first, which is out of reach",
    ),
    "plan.assume_least_experience": (
        "未提供从业年限:按 {years} 年起算(已知的最少年限),日期为最晚估计;提供实际年限可提前",
        "experience not given: counted from {years} years (the least the facts allow), so the "
        "dates are the latest; giving it may bring them forward",
    ),
    "plan.assume_experience_since": (
        "未提供从业年限:按自 {date} 起持续从业推算;如其间有中断,日期会推后;提供实际年限可得准确日期",
        "experience not given: taken as work every day since {date}; with breaks the dates come "
        "later; give the experience for exact dates",
    ),
    "edition.notice": ("注意:{notice}", "Note: {notice}"),
    "plan.assumed": (
        "按假设规划(--assume-…,未经核实):{what}",
        "planned as if (--assume-…, not checked): {what}",
    ),
    "plan.assume_training_unused": (
        "此版本没有经{levels}正规培训的报考途径:--assume-training 对规划没有影响",
        "this edition has no pathway through formal training for {levels}: "
        "--assume-training changes nothing in the plan",
    ),
    "plan.assume_unknown": (
        "未提供的事实按不满足计,日期为最晚估计,提供后可能提前:{facts}",
        "facts not given are planned as not met, so the dates are the latest; giving them "
        "may bring them forward: {facts}",
    ),
    "plan.assume_lists": (
        "未提供的{what}按没有计:日期为最晚估计",
        "not given, so planned as none (the dates are the latest): {what}",
    ),
    "plan.list.trainings": ("正规培训", "formal training"),
    "plan.list.certificates": ("证书", "certificates"),
    "plan.list.titles": ("职称", "professional titles"),
    "plan.assume_still_student": (
        "{pathways} 只适用于在读学生:所示日期假设届时仍未毕业,毕业后此条不再适用",
        "{pathways} applies to students only: the date shown assumes you have not graduated "
        "by then; once you graduate it no longer applies",
    ),
    "plan.assume_cert_today": (
        "未提供{level}证书的取证日期或取证后年限:按自评估日起算,日期为最晚估计",
        "neither the date of the {level} certificate nor the years since it are given: counted "
        "from the evaluation date, so the dates are the latest",
    ),
    "plan.assume_title_today": (
        "未提供{title}的取得日期或其后的从业年限:按自评估日起算,日期为最晚估计",
        "neither the date of the {title} nor the years since it are given: counted from the "
        "evaluation date, so the dates are the latest",
    ),
    "plan.notes": ("说明", "Notes"),
    "plan.keep_working": (
        "假设自评估日起持续从事本职业或相关职业;证书在可报考后 {lag} 个月取得",
        "assumes continuous work in this or a related occupation from the evaluation date; "
        "each certificate {lag} months after becoming eligible for it",
    ),
    "plan.axis_years": ("年", "years"),
    "plan.legend": (
        "● 可报考  ◆ 预计取证  ✔ 已持有  ✘ {unreachable}",
        "● may apply  ◆ certificate expected  ✔ held  ✘ {unreachable}",
    ),
    "plan.today": ("今天", "today"),
    # --- the run: ends, usage errors -----------------------------------------------
    "run.lang_env": (
        "环境变量 MEDIAOPS_LANG 的值 “{value}” 不是支持的语言(可用 {accepted}),按中文显示。",
        "MEDIAOPS_LANG is “{value}”, not a language of this tool ({accepted}): Chinese is used.",
    ),
    "run.cancelled": ("已取消。", "Cancelled."),
    "run.terminated": ("已终止。", "Terminated."),
    "run.no_questions": (
        "没有提供任何信息,标准输入也不是终端,所以没有提问:以下结果按什么都未提供得出。"
        "要回答问题,请在终端中运行,或加上 -i 从标准输入逐行读取回答。",
        "No facts given and stdin is not a terminal, so no questions were asked: the result "
        "below is for nothing given. To answer the questions, run in a terminal, or add -i "
        "to read the answers from stdin, one per line.",
    ),
    "err.usage_title": ("用法有误", "Usage error"),
    "err.os": ("{detail}", "{detail}"),
    "err.too_deep": ("输入嵌套过深,无法读取。", "the input is nested too deeply to read."),
    "err.interactive_with": (
        "逐项提问(-i)从头问起,不会用到已给出的条件,不能同时给出:{options}。请去掉 -i,"
        "或去掉这些选项。",
        "-i asks every question from the start and would not use the facts given: it cannot "
        "be given with {options}. Leave out -i, or those options.",
    ),
    "err.no_terminal": (
        "没有可以提问的终端(标准输入已关闭)。",
        "there is no terminal to ask on (stdin is closed).",
    ),
    "usage.no_such_option": ("没有选项 {option}。", "no such option: {option}."),
    "usage.did_you_mean": ("是不是想用 {options}?", " Did you mean {options}?"),
    "usage.missing": ("缺少 {name}。", "{name} is missing."),
    "usage.needs_value": ("选项 {option} 需要一个值。", "the option {option} needs a value."),
    "usage.value_left_out": (
        "选项 {option} 需要一个值,其后的 {following} 是另一个选项。",
        "the option {option} needs a value: {following} after it is another option.",
    ),
    "usage.bad_value": (
        "{name} 的值无效:{detail}。",
        "{name}: invalid value: {detail}.",
    ),
    "usage.no_such_command": ("没有命令 “{name}”。", "there is no command “{name}”."),
    "usage.extra": ("多出了参数:{extra}。", "unexpected extra argument(s): {extra}."),
    "usage.other": ("{detail}", "{detail}"),
    "usage.help": ("运行 {command} --help 查看用法。", "Run {command} --help for how to use it."),
    # --- help ---------------------------------------------------------------------------
    "help.usage": ("用法:", "Usage:"),
    "help.options_word": ("选项", "OPTIONS"),
    "help.command_word": ("命令", "COMMAND"),
    "help.options": ("选项", "Options"),
    "help.arguments": ("参数", "Arguments"),
    "help.commands": ("命令", "Commands"),
    "help.examples": ("示例", "Examples"),
    "help.exit": ("退出状态", "Exit status"),
    "help.app": (
        "全媒体运营师 报考资格检查:逐级判断可以报考的等级(四级/中级工 → 一级/高级技师),说明依据的条款、还差什么、何时可以报考。\n"
        "语言:--lang zh|en 或环境变量 MEDIAOPS_LANG(默认中文)。",
        "Which levels of the All-Media Operator (全媒体运营师) qualification can you apply for, and why: "
        "a verdict per level (4 → 1), the clause it rests on, what is missing and when you get there.\n"
        "Language: --lang zh|en or MEDIAOPS_LANG (default Chinese).",
    ),
    "help.check": (
        "检查一位考生可以报考的等级及依据。在终端里不带任何条件运行时,会逐一提问。",
        "Check which levels one candidate may apply for, and why. Run in a terminal with no facts, "
        "it asks the questions.",
    ),
    "help.plan": (
        "如果持续从业,各等级最早何时可以报考;仅靠时间无法达到的等级,说明如何解锁。",
        "When you may apply for each level if you keep working; for a level time alone will not "
        "reach, what would unlock it.",
    ),
    "help.batch": (
        "批量筛查报考名单(CSV、JSON Lines 或 .xlsx):每行一个结论,原有各列照录,不丢任何一行。",
        "Screen a list of applicants (CSV, JSON Lines or .xlsx): one verdict per row, every input "
        "column kept, no row lost.",
    ),
    "help.guide": (
        "职业介绍:岗位、等级、职业方向、职业发展、入门。主题:roles(岗位)、levels(等级)、directions(方向)、careers(职业发展)、start(入门)。",
        "About the occupation: roles, levels, directions, careers, how to start. Topics: roles, "
        "levels, directions, careers, start (or 岗位 等级 方向 职业发展 入门).",
    ),
    "help.rules": (
        "查看、校验、比较报考条件规则(内置的规则版本或规则文件)。",
        "Show, validate or compare the encoded requirements (built-in editions or ruleset files).",
    ),
    "help.rules.show": (
        "显示规则:每个条款的编号、要求、原文、来源和假设。",
        "The encoded requirements: each clause's id, wording, original text, source and assumptions.",
    ),
    "help.rules.validate": (
        "校验规则文件,列出每个问题及其位置(有问题时退出状态为 2)。",
        "Check a ruleset file and list every problem with its location (exit 2 if any).",
    ),
    "help.rules.list": (
        "列出内置的规则版本及其状态。",
        "List the built-in editions and their status.",
    ),
    "help.rules.diff": (
        "逐条比较两个规则(版本名如 summary、template-2023,或规则文件)。",
        "Compare two rulesets clause by clause (edition ids such as summary, template-2023, or files).",
    ),
    "help.arg.ruleset_file": ("要校验的规则 TOML 文件", "the ruleset TOML file to check"),
    "help.arg.ruleset_a": ("第一个规则:版本名或文件", "the first ruleset: an edition id or a file"),
    "help.arg.ruleset_b": (
        "第二个规则:版本名或文件",
        "the second ruleset: an edition id or a file",
    ),
    "help.arg.topic": (
        "主题:roles、levels、directions、careers、start(或 岗位、等级、方向、职业发展、入门);不写则全部显示",
        "roles, levels, directions, careers or start (or 岗位 等级 方向 职业发展 入门); all when left out",
    ),
    "help.arg.batch_input": (
        "CSV、JSON Lines 或 .xlsx 文件(- 为标准输入)",
        "a CSV, JSON Lines or .xlsx file (- = stdin)",
    ),
    "help.opt.version": ("显示版本号。", "Show the version."),
    "help.opt.help": ("显示本帮助并退出。", "Show this help and exit."),
    "help.opt.install_completion": (
        "为当前 shell 安装命令补全(bash、zsh、fish)。",
        "Install completion for the current shell (bash, zsh, fish).",
    ),
    "help.opt.show_completion": (
        "显示当前 shell 的补全脚本,可复制或自行安装。",
        "Show the completion script for the current shell, to copy or install it yourself.",
    ),
    "help.opt.as_of": (
        "按此日期评估(默认今天,也可写“今天”)。",
        "Evaluate for this date (default: today, which may also be given as 'today').",
    ),
    "help.opt.rules": (
        "使用此规则文件,而不是内置规则。",
        "Use this ruleset file instead of a built-in edition.",
    ),
    "help.opt.edition": (
        "内置规则版本:summary(报考条件摘要,默认)或 template-2023(按 2023 年版模板推定)。",
        "Built-in edition: summary (the published summary, default) or template-2023 (inferred from the 2023 template).",
    ),
    "help.opt.format": ("输出格式:table(表格,默认)或 json。", "Output: table (default) or json."),
    "help.opt.lang": (
        "文字的语言:zh(默认)或 en;也可用环境变量 MEDIAOPS_LANG。",
        "Language of the text: zh (default) or en; also MEDIAOPS_LANG.",
    ),
    "help.opt.education": (
        "学历(一个学历的简写):初中、高中、中专、技工学校、高级技工学校、技师学院、大专、本科、硕士、博士……",
        "A diploma (the one-diploma shorthand): 初中, 高中, 中专, 技工学校, 大专, 本科 … or its id.",
    ),
    "help.opt.major": (
        "该学历所学专业与本职业的相关性:本专业、相关、不相关。",
        "How that diploma's major relates to the occupation: same, related, unrelated.",
    ),
    "help.opt.graduating": (
        "在校应届毕业生,尚未取得该毕业证书。",
        "Final-year student: the diploma is not received yet.",
    ),
    "help.opt.diploma": (
        "一个学历,可重复:类型,其后可加专业相关性、在读、班级、经评估论证,各用冒号隔开,如 技师学院:相关、大专:不相关:在读。",
        "A diploma, repeatable: its TYPE, then if needed its relevance, graduating, class and evaluated parts, each after a colon; e.g. 技师学院:related, 大专:unrelated:graduating.",
    ),
    "help.opt.experience": (
        "累计从事本职业或相关职业的年限,如 3、3.5、三年、3年半。",
        "Cumulative years in this or a related occupation, e.g. 3, 3.5, 3 years 6 months, 三年.",
    ),
    "help.opt.work": (
        "一段工作经历 开始..结束(可重复;结束为最后工作日;也可写 2020-01-01至2021-06-30,"
        "仍在职写 2023-03-01..或 2023-03-01至今)。",
        "A dated period of such work START..END (repeatable; END is the last day worked, left "
        "out for a period still going on: 2023-03-01..).",
    ),
    "help.opt.training": (
        "已完成的正规培训等级(可重复,或列出:四级、三级),如 四级。",
        "Formal training completed for LEVEL (repeatable, or a list: 4,3), e.g. 四级.",
    ),
    "help.opt.cert": (
        "持有的证书 等级[:取证日期](可重复),如 四级:2024-01-10。",
        "A certificate held, LEVEL[:DATE] (repeatable), e.g. 四级:2024-01-10.",
    ),
    "help.opt.years_after_cert": (
        "取得最高证书后从事本职业的年限。",
        "Years worked in the occupation since obtaining the highest certificate given.",
    ),
    "help.opt.title": (
        "职称 等级[:取得日期][:对应](可重复),如 初级:2020-06-01:对应。",
        "A professional title LEVEL[:DATE][:corresponding] (repeatable), e.g. 初级:2020-06-01:corresponding.",
    ),
    "help.opt.direction": (
        "报考的职业方向:创意策划、视听运营、直播运营、流量运营、数据分析。",
        "The direction applied for: 创意策划, 视听运营, 直播运营, 流量运营, 数据分析 (or their English ids).",
    ),
    "help.opt.level": ("退出状态只看这一等级。", "Judge only this level for the exit status."),
    "help.opt.input": (
        "从 JSON 文件读取考生信息(- 为标准输入);同时给出的选项覆盖文件中的字段。",
        "Read the candidate from a JSON file (- = stdin); options given too replace its fields.",
    ),
    "help.opt.interactive": (
        "即使标准输入不是终端也逐一提问。",
        "Ask the questions even when stdin is not a terminal.",
    ),
    "help.opt.schema": (
        "输出 --input 文件的 JSON Schema 后退出。",
        "Print the JSON Schema of the --input file and exit.",
    ),
    "help.opt.compare_editions": (
        "并排显示两个内置规则版本的结论。",
        "Show the verdicts of both built-in editions side by side.",
    ),
    "help.opt.exam_lag_months": (
        "从可以报考到取得证书的月数(0–120,默认 3)。",
        "Months from becoming eligible for a level to holding its certificate (0–120, default 3).",
    ),
    "help.opt.assume_training": (
        "按已完成此等级正规培训来规划。",
        "Plan as if formal training for LEVEL were done.",
    ),
    "help.opt.assume_education": ("按取得此学历来规划。", "Plan as if this diploma were held."),
    "help.opt.assume_major": ("按此专业相关性来规划。", "Plan as if the major were this."),
    "help.opt.svg": ("把路线图另存为 SVG 图片。", "Also save the road map as an SVG picture."),
    "help.opt.output": (
        "写到哪里(- 为标准输出);格式由扩展名决定:.csv、.tsv、.jsonl、.xlsx。",
        "Where to write (- = stdout); the format follows the extension: .csv, .tsv, .jsonl, .xlsx.",
    ),
    "help.opt.batch_format": (
        "输出格式(默认由 -o 的扩展名决定)。",
        "Output format (default: by the extension of -o).",
    ),
    "help.opt.input_format": (
        "输入格式(默认由扩展名决定)。",
        "Input format (default: by the extension).",
    ),
    "help.opt.encoding": (
        "CSV 的编码(默认自动识别 UTF-8、带 BOM 的 UTF-8、UTF-16、GB18030/GBK)。",
        "CSV encoding (default: detected: UTF-8, UTF-8 with BOM, UTF-16, GB18030/GBK).",
    ),
    "help.opt.sheet": (
        ".xlsx 的工作表(默认第一个)。",
        "Worksheet of an .xlsx input (default: the first).",
    ),
    "help.opt.column": (
        "指定某列的含义 表头=事实(可重复),如 文化程度=学历;=- 表示不读此列。",
        "Map a column: HEADER=FACT (repeatable), e.g. 文化程度=education; HEADER=- not to read it.",
    ),
    "help.opt.keep_columns": (
        "输出中保留哪些原有列:all(全部,默认)、unused(未读取的)、none。",
        "Which input columns the output keeps: all (default), unused, none.",
    ),
    "help.opt.strict": (
        "无法识别的单元格按错误行处理(默认:按未知处理并提示)。",
        "A cell that cannot be read makes an error row (default: the fact is unknown, with a warning).",
    ),
    "help.opt.dry_run": (
        "只显示各列的读取方式和前几行的读取结果,不写任何文件。",
        "Only show how the columns are read and the first rows as read; write nothing.",
    ),
    "help.opt.quiet": (
        "标准错误上不显示列映射、进度和汇总。",
        "No column map, progress or summary on stderr.",
    ),
    "help.opt.jobs": ("用几个进程筛查。", "Processes to screen with."),
    "help.examples.check": (
        "mediaops check                    逐一提问\nmediaops check -e 大专 --major 相关 -x 3 --cert 四级:2024-01-10\nmediaops check -e 高中 -x 2.5 --format json\nmediaops check --diploma 技师学院:相关 --compare-editions",
        "mediaops check                    asks the questions\nmediaops check -e associate --major related -x 3 --cert 4:2024-01-10\nmediaops check -e senior_high -x 2.5 --format json\nmediaops check --diploma technician_college:related --compare-editions",
    ),
    "help.exit.check": (
        "0 至少一个等级可以报考(或 --level 所指等级可以报考);1 不能报考或无法判断;2 输入或用法有误;74 输出无法写入;130 已取消",
        "0 eligible for at least one level (or the --level asked about); 1 not eligible or undetermined; 2 bad input or usage; 74 the output cannot be written; 130 cancelled",
    ),
    "help.examples.plan": (
        "mediaops plan -e 大专 --major 相关 -x 3\nmediaops plan -e 高中 -x 0.5 --svg 路线.svg",
        "mediaops plan -e associate --major related -x 3\nmediaops plan -e senior_high -x 0.5 --svg road.svg",
    ),
    "help.exit.plan": (
        "0 至少一个等级已持有或可以达到;1 都无法达到;2 输入或用法有误;74 输出无法写入;130 已取消",
        "0 some level is held or can be reached; 1 none can; 2 bad input or usage; 74 the output cannot be written; 130 cancelled",
    ),
    "help.examples.batch": (
        "mediaops batch 报名表.csv -o 结果.xlsx\nmediaops batch 报名表.xlsx -o 结果.csv --column 文化程度=学历\nmediaops batch 报名表.csv --dry-run",
        "mediaops batch applicants.csv -o results.xlsx\nmediaops batch applicants.xlsx -o results.csv --column level=education\nmediaops batch applicants.csv --dry-run",
    ),
    "help.exit.batch": (
        "0 每一行都顺利读取;1 有错误行或带提示的行(所有行仍会写出);2 输入无法使用;74 输出无法写入;130 已取消(原有输出文件不变)",
        "0 every row read cleanly; 1 some rows are error rows or have warnings (all rows are still "
        "written); 2 the input cannot be used; 74 the output cannot be written; 130 cancelled "
        "(an earlier output file is untouched)",
    ),
    # --- questions ----------------------------------------------------------------------
    "ask.intro": (
        # {help}: ? at a terminal; in answers piped in, where ? says not known, the word
        "回答几个问题即可判断可报考的等级。不知道的直接回车跳过(按未知处理);输入 {help} 查看该题的说明;"
        "输入“返回”回到上一题;Ctrl-C 退出。",
        "Answer a few questions to see which levels you may apply for. Press Enter to skip what "
        "you do not know (it stays unknown); type {help} for a question's help; “back” for the "
        "question before; Ctrl-C to quit.",
    ),
    "ask.help_back": (
        "输入“返回”(或“上一题”)回到上一题,已答的都保留。",
        "Type “back” (or “previous”) to return to the question before; the answers given are kept.",
    ),
    "ask.back_first": (
        "这是第一题,前面没有可返回的题目。",
        "This is the first question: there is none before it to go back to.",
    ),
    "ask.back_default": (
        # a question gone back to (返回): its answer before is Enter's
        "上次的回答:{answer}。直接回车保留,或输入新的回答。",
        "Your answer before: {answer}. Press Enter to keep it, or type another.",
    ),
    "ask.help_skip": (
        "不知道或不想回答:直接回车,或输入“不知道”,跳过此题(按未知处理,不当作“没有”)。",
        "If you do not know or would rather not say, press Enter or type “don't know” to skip "
        "this question (it stays unknown, not “none”).",
    ),
    "ask.help_keep": (
        "不想修改:直接回车,保留原来的回答;其实不知道:输入“不知道”,改为未知。",
        "To leave it as it was, press Enter: the earlier answer is kept; if you do not know "
        "it after all, type “don't know”: it becomes unknown.",
    ),
    "ask.unsure": (
        # an answer said with a doubt (四级？, 三级吧, 好像是四级): asked again, not guessed
        "“{value}”听起来不确定,结论可能取决于它,不按猜测记录:"
        "如确定,请输入 {answer};不确定请输入“不知道”(按未知处理)。",
        "“{value}” sounds unsure, and a verdict may turn on it, so a guess is not recorded: "
        "if you are sure, type {answer}; if not, type “don't know” (it stays unknown).",
    ),
    "ask.unsure_no_unknown": (
        # the same where Enter and 不知道 say no, not unknown (another diploma?)
        "“{value}”听起来不确定,结论可能取决于它,不按猜测记录:如确定,请输入 {answer}。",
        "“{value}” sounds unsure, and a verdict may turn on it, so a guess is not recorded: "
        "if you are sure, type {answer}.",
    ),
    "ask.help_no_other": (
        "没有其他学历:直接回车,或输入“否”。",
        "If you hold no other diploma, press Enter or type “no”.",
    ),
    "ask.level_help": (
        "等级请写名称:四级(中级工)、三级(高级工)、二级(技师)、一级(高级技师),"
        "多个用逗号分隔,如 四级,三级;只写数字(1、4)会再问一次:数字也可能指列出的第几项。",
        "Give levels by name: level 4, level 3, level 2, level 1, separated by commas (level 4, "
        "level 3); a number alone (1, 4) is asked again, as it could also be a place in the list.",
    ),
    "ask.certs_help": (
        "取证日期写在等级后,如 四级 2024-01-10、四级:2024年1月10日;不记得日期可只写等级。",
        "Give the date after the level, e.g. level 4 2024-01-10 or level 4: 10 January 2024; "
        "without it if you do not remember it.",
    ),
    "ask.level_number": (
        "“{value}”只有数字:可能指等级,也可能指列出的第几项。请写出等级的名称:"
        "按等级是 {levels},按列出的位置是 {items}。",
        # several: each list after its reading, which its commas would blur ("level 4, level 3
        # as a level, level 1, level 2 as a place")
        "“{value}” is only numbers: each could mean a level or a place in the list shown. Type "
        "the levels by name: as levels, {levels}; as places in the list, {items}.",
    ),
    "ask.education": ("你的学历(输入编号或名称)", "Your diploma (a number or a name)"),
    "ask.education_more": ("另一个学历(输入编号或名称)", "The other diploma (a number or a name)"),
    "ask.another_diploma": (
        "还有其他学历吗?",
        "Do you hold another diploma?",
    ),
    "ask.diploma_change": ("要修改哪一个学历?", "Which diploma do you want to change?"),
    "ask.diploma_change_hint": (
        "只改选中的一个,其余学历保持不变",
        "only the one chosen changes; the others stay as they are",
    ),
    "ask.diploma_several_of_type": (
        "有 {count} 个学历都是“{value}”,请输入编号({numbers})选择要修改的那一个。",
        "{count} diplomas are “{value}”: type the number ({numbers}) of the one to change.",
    ),
    "ask.diploma_add": ("再加一个学历", "Add another diploma"),
    "ask.diploma_all": ("全部重新填写", "Give all the diplomas again"),
    "ask.education_change": (
        "把“{diploma}”改为(输入编号或名称)",
        "Change “{diploma}” to (a number or a name)",
    ),
    "ask.offered": (
        # a diploma typed again as another type at the review (本科 as 技工学校): the answer
        # given of the diploma before, which Enter takes
        "改之前的“{diploma}”的回答:{answer}。直接回车沿用,或输入新的回答。",
        "Your answer for the “{diploma}” before the change: {answer}. Press Enter to keep it, "
        "or type another.",
    ),
    "ask.help_keep_only_diploma": (
        "不想修改:直接回车,保留原来的回答;其实没有这个学历:输入“删除”;其实不知道:输入“不知道”。"
        "这两种都按未提供学历处理(未知)。",
        "To leave it as it was, press Enter; if you do not hold it after all, type “delete”; "
        "if you do not know, type “don't know”. Either leaves no diploma given (unknown).",
    ),
    "ask.help_keep_diploma": (
        "不想修改:直接回车,保留这个学历;其实没有这个学历:输入“删除”,去掉它。",
        "To leave it as it was, press Enter; if you do not hold it after all, type “delete” to "
        "take it out.",
    ),
    "ask.which": ("“{value}”是指哪一个?", "Which do you mean by “{value}”?"),
    "ask.no_diploma": (
        "没有任何学历证书请选 1(小学及以下);不知道或不想回答请直接回车。",
        "With no diploma at all, choose 1 (primary school or less); to skip, press Enter.",
    ),
    "ask.which_ones": (
        "请写出是哪一级,如 {example};多个用逗号分隔;没有请输入“无”。",
        "Say which, e.g. {example}; separate several with commas; type “none” if none.",
    ),
    "ask.title_word.junior": ("初级", "junior"),
    "ask.title_word.intermediate": ("中级", "intermediate"),
    "ask.title_word.senior": ("高级", "senior"),
    "ask.major": (
        "{education}所学专业与全媒体运营的相关性",
        "How does the major of your {education} relate to all-media operations?",
    ),
    "ask.graduating": (
        "是否为尚未取得该毕业证书({education})的在校应届毕业生?",
        "Are you a final-year student who has not yet received this diploma ({education})?",
    ),
    "ask.school_class": ("技工院校的班级", "The class at the technical school"),
    "ask.evaluated": (
        "所学专业是否经省级评估论证?",
        "Did the programme pass the provincial evaluation?",
    ),
    "ask.yes_no": ("是/否", "yes/no"),
    # what Enter does, said after a question's hint (ask.hint_enter): skip it (the fact stays
    # unknown); say none (another diploma); keep the answer given before (asked again from
    # the review), or the one given before going back (返回)
    "ask.hint_enter": ("{hint};{enter}", "{hint}; {enter}"),
    "ask.enter.skip": ("回车跳过", "Enter to skip"),
    "ask.enter.no": ("回车表示没有", "Enter for no"),
    "ask.enter.keep": ("回车保留原来的回答", "Enter keeps the earlier answer"),
    "ask.enter.before": ("回车保留上次的回答", "Enter keeps your answer before"),
    "ask.studying_read": (
        "按在校应届毕业生(最后一学年)计。如不是最后一学年,该学历尚不能用于报考:"
        "请在最后确认时把学历改为已取得的学历。",
        "Taken as a final-year student. If this is not your final year, that diploma cannot "
        "be used to apply yet: at the final review, change it to the diploma you already hold.",
    ),
    "ask.experience": (
        "累计从事本职业或相关职业多少年?",
        "How many years have you worked in this or a related occupation?",
    ),
    "ask.years_guess": (
        # a guess of the experience's years (约3年, 快三年了): a bound (三年多) is taken
        "“{value}”只是估计的年数,结论可能取决于确切的年数。请写出确切的年数,如 3.5 或 3年6个月,"
        "或能确定的范围,如 3年以上、不到1年;不清楚可直接回车。",
        "“{value}” is a guess, and a verdict may turn on the exact years. Give them, e.g. 3.5 "
        "or 3 years 6 months, or a bound you are sure of, e.g. over 3 years, under 1 year; "
        "press Enter if not known.",
    ),
    "summary.years_said": (
        # the experience said as a bound at the questions: what it reads as, then as typed
        "{bound}(回答:“{said}”)",
        "{bound} (answered “{said}”)",
    ),
    "ask.experience_hint": (
        "如 3、3.5、三年、3年半、3年6个月;没有请输入 0 或“无”",
        "e.g. 3, 3.5, 3 years 6 months; 0 or none if none",
    ),
    "ask.training": (
        "已完成哪些等级的正规培训(取得结业证书)?",
        "Formal training completed (结业证书): for which levels?",
    ),
    "ask.training_dated": (
        "正规培训只按等级回答,不带日期:请输入 {levels}。",
        "Formal training is given by level only, without a date: type {levels}.",
    ),
    "ask.none_hint": (
        "多个用逗号分隔;没有请输入“无”",
        "separate with commas; type “none” if none",
    ),
    "ask.certs": (
        "持有哪些本职业或相关职业的证书?",
        "Which certificates of this or a related occupation do you hold?",
    ),
    "ask.certs_hint": (
        "如 四级 2024-01-10(日期可省略),多个用逗号分隔;没有请输入“无”",
        "e.g. level 4 2024-01-10 (the date may be left out), separated by commas; “none” if none",
    ),
    "ask.years_after": (
        "取得{level}证书后,累计从事本职业或相关职业多少年?",
        "How many years have you worked in this or a related occupation since the {level} certificate?",
    ),
    "ask.titles": ("是否取得职称?", "Do you hold a professional title (职称)?"),
    "ask.titles_hint": (
        "如 初级 2020-06-01 对应;没有请输入“无”",
        "e.g. junior 2020-06-01 corresponding; “none” if none",
    ),
    "ask.corresponding": (
        "你的{title}的专业是否与本职业对应?",
        "Does the speciality of your {title} correspond to this occupation?",
    ),
    "ask.direction": ("报考的职业方向", "The direction you apply in"),
    "ask.out_of_range": (
        "“{value}”不在可选范围内,请输入 {numbers} 之间的编号或名称。",
        "“{value}” is not one of the choices; give a number from {numbers} or a name.",
    ),
    "ask.contradiction": (
        "这个回答与之前的回答矛盾:{detail}",
        "this answer contradicts an earlier one: {detail}",
    ),
    "ask.summary": ("你的回答", "Your answers"),
    "ask.review": (
        "回车确认;输入编号(1–{count})或名称修改该项(修改时直接回车保留原答案,输入“不知道”改为未知)",
        "Enter to confirm; a number (1–{count}) or a name to change that answer (Enter then keeps "
        "it as it was; “don't know” makes it unknown)",
    ),
    "ask.left_out": (
        "未提问(不影响任何结论):{questions}",
        "Not asked (they could change no verdict): {questions}",
    ),
    "summary.education": ("学历", "Diplomas"),
    "summary.major": ("专业相关性", "Major"),
    "summary.graduating": ("在校应届", "Final-year student"),
    "summary.studying": ("在读", "studying"),
    "summary.school_class": ("班级", "School class"),
    "summary.evaluated": ("经评估论证", "evaluated programme"),
    "summary.experience": ("从业年限", "Experience"),
    "summary.training": ("正规培训", "Formal training"),
    "summary.certs": ("证书", "Certificates"),
    "summary.years_after": ("取证后年限", "Years since certificate"),
    "summary.corresponding": ("职称专业是否对应", "whether the title's speciality corresponds"),
    "summary.titles": ("职称", "Titles"),
    "summary.corresponds": ("对应", "corresponding"),
    "summary.not_corresponds": ("不对应", "not corresponding"),
    "summary.direction": ("职业方向", "Direction"),
    # --- batch -----------------------------------------------------------------------------
    "batch.col.line": ("行号", "line"),
    "batch.col.id": ("编号", "id"),
    "batch.col.level_4": ("四级", "level_4"),
    "batch.col.level_3": ("三级", "level_3"),
    "batch.col.level_2": ("二级", "level_2"),
    "batch.col.level_1": ("一级", "level_1"),
    "batch.col.highest": ("最高可报考等级", "highest_eligible"),
    "batch.col.summary": ("说明", "summary"),
    "batch.col.warnings": ("提示", "warnings"),
    "batch.col.error": ("错误", "error"),
    "batch.sheet_results": ("筛查结果", "results"),
    "batch.sheet_summary": ("汇总", "summary"),
    "batch.chart_title": ("按最高可报考等级统计", "Candidates by highest eligible level"),
    "batch.chart_axis": ("人数", "candidates"),
    "batch.map_read": ("读取", "Read"),
    "batch.map_ignored": ("未读取", "Not read"),
    "batch.ignored_name": (
        "专业名称,不是相关性;可用 --column 指定",
        "major names, not relevance; see --column",
    ),
    "batch.ignored_like": (
        "像是{fact},但列名不认识;可用 --column 指定",
        "looks like {fact}, but the name is not known; see --column",
    ),
    "batch.lookalike_columns": (
        "未读取的列 {columns} 像是报考条件,但列名不认识:本次按没有这些列判断(如没有证书列即按未持有证书计),结论可能不对。如是,请用 --column 指定,如 --column {first}={fact};如不是,用 --column {first}=- 表示不读取。",
        "the columns {columns} were not read, though they look like facts (their names are not known): the list was screened as if they were not there (no certificate column: no certificate held), so verdicts may be wrong. If they are, name them with --column, e.g. --column {first}={fact}; if not, --column {first}=- leaves it unread.",
    ),
    "batch.flag_unread": (
        "{column} 列的值 “{value}” 无法识别,请填 是 或 否(√ 或 ×);本行按此项未知判断",
        "{column} holds “{value}”, which is neither yes nor no: write 是 or 否 (√ or ×); the "
        "row is judged with it not known",
    ),
    "batch.ignored_attended": (
        "参加培训不等于完成培训:报考条件要的是培训结业(结业证书),此列不读取;如该列实为是否结业,可用 --column 指定",
        "attending a training is not completing it: the requirements ask for a completed "
        "training (its 结业证书), so this column is not read; if it says whether the training "
        "was completed, map it with --column",
    ),
    "batch.attended_columns": (
        "列 {columns} 只说是否参加培训,没说是否结业:报考条件要的是完成培训(取得结业证书),这些列没有读取。"
        "请改用“是否取得四级培训结业证书”这样的列;如该列实为是否结业,可用 --column 指定。",
        "the columns {columns} say whether a training was attended, not whether it was "
        "completed: the requirements ask for a completed training (its 结业证书), so they were "
        "not read. Give a column such as 是否取得四级培训结业证书 instead; if a column does say "
        "whether the training was completed, map it with --column.",
    ),
    "batch.ignored_cert_occupation": (
        "证书的职业:不是全媒体运营师时,该行的证书按其他职业的证书提示,不按本职业读取",
        "the certificates' occupation: where it is not 全媒体运营师, the row's certificate is "
        "said to be another occupation's, not read as this one's",
    ),
    "batch.ignored_work_start": (
        "参加工作或入职的日期,不是从事本职业的年限,不读取",
        "the date work or the job started, not the years in the occupation: not read",
    ),
    "batch.work_start_columns": (
        "列 {columns} 是参加工作或入职的日期,没有读取:从那时算起的时间不一定是从事本职业或相关职业的年限"
        "(之前或其间的工作可能是别的职业),而报考条件算的是后者。名单中没有工作年限列,各行的工作年限按未知处理。"
        "请加一列“工作年限”,填从事本职业或相关职业的年数;如已有这样一列而列名不同,用 --column 指定,如 --column 列名={fact}。",
        "the columns {columns} give the date work or the job started and were not read: the "
        "time since then need not be the years in this or a related occupation (a job may "
        "have been in another), which the requirements count. The list has no column of those "
        "years, so each row's experience was taken as unknown. Add a column 工作年限 with "
        "the years in this or a related occupation; if a column already gives them under "
        "another name, map it with --column, e.g. --column HEADER={fact}.",
    ),
    "batch.ignored_duplicate": ("已由另一列读取", "another column gives this fact"),
    "batch.old_excel": (
        "无法读取 {path}:这是旧版 Excel(97-2003)或 WPS 格式。请在 Excel 或 WPS 中“另存为” Excel 工作簿(.xlsx)或 CSV 后再试。",
        "cannot read {path}: it is in the old Excel (97-2003) or WPS format. Save it as an Excel workbook (.xlsx) or as CSV (Save As in Excel or WPS), then try again.",
    ),
    "batch.old_excel_output": (
        "无法写出 {path}:不能写成旧版 Excel(97-2003)或 WPS 格式。请改用 .xlsx(如 -o 结果.xlsx)或 .csv。",
        "cannot write {path}: results are not written in the old Excel (97-2003) or WPS "
        "format. Use .xlsx (e.g. -o results.xlsx) or .csv.",
    ),
    "batch.macro_output": (
        "无法写出 {path}:结果不写成启用宏的工作簿(.xlsm),Excel 会拒绝打开。请改用 .xlsx(如 -o 结果.xlsx)或 .csv。",
        "cannot write {path}: results are not written as a macro-enabled workbook (.xlsm), "
        "which Excel would refuse to open. Use .xlsx (e.g. -o results.xlsx) or .csv.",
    ),
    "batch.excel_kind_output": (
        "无法写出 {path}:结果不写成 {suffix}(Excel 的二进制工作簿、模板或加载项),以此为扩展名"
        "写出的文件 Excel 会拒绝打开。请改用 .xlsx(如 -o 结果.xlsx)或 .csv。",
        "cannot write {path}: results are not written as {suffix} (an Excel binary workbook, "
        "template or add-in), and Excel would refuse to open a file of that extension. Use "
        ".xlsx (e.g. -o results.xlsx) or .csv.",
    ),
    "batch.ods_output": (
        "无法写出 {path}:结果不写成 OpenDocument 电子表格(.ods),以此为扩展名写出的文件 Excel "
        "会按该格式读取而无法打开。请改用 .xlsx(如 -o 结果.xlsx)或 .csv。",
        "cannot write {path}: results are not written as an OpenDocument spreadsheet (.ods), "
        "and Excel would read a file of that extension as one and fail to open it. Use .xlsx "
        "(e.g. -o results.xlsx) or .csv.",
    ),
    "batch.other_kind_output": (
        "无法写出 {path}:{suffix} 是{kind}的扩展名,结果不写成这种文件;以此为名写出,双击时会用别的程序打开而失败(--format 也改变不了)。请用以 .xlsx、.csv、.tsv 或 .jsonl 结尾的文件名,如 -o {example}。",
        "cannot write {path}: {suffix} is the extension of {kind}, which results are not "
        "written as; a file of that name would open, by double-click, in another program, "
        "which would fail (--format does not change that). Give a name ending in .xlsx, "
        ".csv, .tsv or .jsonl, e.g. -o {example}.",
    ),
    "batch.json_output": (
        "无法写出 {path}:结果不写成 JSON 文档(.json):JSON 格式的结果按 JSON Lines 写出,每行一个 JSON 对象,多于一行时以 JSON 读取(如 json.load)会出错,扩展名为 .jsonl。请用 {extension} 结尾的文件名,如 -o {example}。",
        "cannot write {path}: results are not written as a JSON document (.json): in JSON they "
        "are written as JSON Lines, one JSON object a line, which beyond one row fails to read "
        "as JSON (json.load), under the extension .jsonl. Give a name ending in {extension}, "
        "e.g. -o {example}.",
    ),
    "batch.json_input_document": (
        '无法读取 {path}:{what},batch 读取 JSON Lines:每行一个考生的 JSON 对象(如 {{"education": "大专", "experience": 3}})。可用 jq -c \'.[]\' 把数组转换成 JSON Lines;一位考生可用 mediaops check --input。',
        "cannot read {path}: {what}; batch reads JSON Lines: one candidate's JSON "
        'object a line (e.g. {{"education": "associate", "experience": 3}}). jq -c \'.[]\' '
        "turns an array into JSON Lines; for one candidate use mediaops check --input.",
    ),
    "batch.json_array": ("内容是一个 JSON 数组", "it holds a JSON array"),
    "batch.json_multiline": (
        "内容是一个跨多行的 JSON 文档",
        "it holds a JSON document over several lines",
    ),
    "batch.output_no_name": (
        "输出文件名 {path} 只有扩展名,前面没有名字(脚本中的变量是否为空?);在 Linux 和 macOS 上它还是隐藏文件,在文件夹中看不到。请写出完整的文件名,如 -o {example}。",
        "the output name {path} is an extension with no name before it (is a variable in "
        "a script empty?); on Linux and macOS it is also a hidden file, not shown in a "
        "folder. Give the whole name, e.g. -o {example}.",
    ),
    "batch.output_trailing": (
        "输出文件名“{path}”末尾有{chars}:Windows 保存时会去掉名字末尾的句点和空格,其他系统则把它们留在名字里,无法凭扩展名认出文件类型,双击打不开。请去掉它们,如 -o {fixed}。",
        'the output name "{path}" ends in {chars}: Windows drops the dots and spaces a '
        "name ends in when it saves the file, other systems keep them, and the type of the "
        "file is then not known from its extension (a double-click does not open it). "
        "Leave them out, e.g. -o {fixed}.",
    ),
    "batch.no_certs_column": (
        "{column} 已填写,但表中没有证书列:持有的证书按未知处理",
        "{column} is filled in, but the sheet has no certificate column: the certificates held are taken as unknown",
    ),
    "batch.no_titles_column": (
        "{column} 已填写,但表中没有职称列:职称按未知处理",
        "{column} is filled in, but the sheet has no title column: the titles held are taken as unknown",
    ),
    "batch.columns_disagree": (
        "{column} 有多列,值不一致:{values}",
        "{column} is given in several columns that disagree: {values}",
    ),
    "batch.totals_row": (
        "合计行,不是考生,未筛查",
        "a totals row: not an applicant, not screened",
    ),
    "batch.totals_rows": (
        "第 {lines} 行是合计行(合计、总计……),不是考生,未筛查、未计数(结果中照原样写出)",
        "totals rows (合计, Total …), not applicants, not screened nor counted (written to "
        "the results as they are): {lines}",
    ),
    "batch.footer_row": (
        "表尾行(填表人、注等),不是考生,未筛查",
        "a line under the list (who filled it in, a note): not an applicant, not screened",
    ),
    "batch.unused_row": (
        "表格预先编好序号、未填写的空行,不是考生,未筛查",
        "a line the form had numbered in advance, left empty: not an applicant, not screened",
    ),
    "batch.unused_rows": (
        "第 {lines} 行只有预先编好的序号,其后再无考生(或在“以下空白”之下),是表格未用的空行,"
        "未筛查、未计数(结果中照原样写出)",
        "lines the form had numbered in advance and nobody used (only a 序号, with no "
        "applicant after them or under 以下空白), not screened nor counted (written to the "
        "results as they are): {lines}",
    ),
    "batch.footer_rows": (
        "第 {lines} 行是表尾(填表人、审核人、注……),不是考生,未筛查、未计数(结果中照原样写出)",
        "lines under the list (填表人, 审核人, 注 …), not applicants, not screened nor "
        "counted (written to the results as they are): {lines}",
    ),
    "batch.hidden_rows": (
        "{count} 行在 Excel 中是隐藏的(如被筛选隐藏),也已照常筛查并写入结果:第 {lines} 行{more}",
        "rows hidden in Excel (by a filter, or Hide Rows) were screened too, as every row is, "
        "and written to the results: {lines}{more} ({count} in all)",
    ),
    "batch.hidden_rows_more": ("等", ", …"),
    "batch.hidden_columns": (
        "列 {columns} 在 Excel 中是隐藏的(看不到其中的值),也已照常读取并用于筛查;如要核对,请在 Excel 中取消隐藏",
        "the columns {columns} are hidden in Excel (their values cannot be seen there), and "
        "were read and screened on as every column is; to check them, unhide them in Excel",
    ),
    "batch.hidden_sheets": (
        "工作簿中有隐藏的工作表 {sheets}(Excel 中看不到),没有筛查;如要筛查,用 --sheet 指定,如 --sheet {first}",
        "the workbook holds hidden sheets, {sheets} (Excel does not show them), which were "
        "not screened; to screen one, name it with --sheet, such as --sheet {first}",
    ),
    "batch.empty_hidden_sheets": (
        "工作表“{sheet}”是空的;工作簿中还有隐藏的工作表 {sheets}(Excel 中看不到)。如要筛查,用 --sheet 指定,如 --sheet {first}。",
        "the sheet “{sheet}” is empty; the workbook also holds hidden sheets, {sheets} (Excel "
        "does not show them). To screen one, name it with --sheet, such as --sheet {first}.",
    ),
    "batch.no_columns_hidden_sheets": (
        "{problem}工作簿中还有隐藏的工作表 {sheets}(Excel 中看不到);如要筛查,用 --sheet 指定,如 --sheet {first}。",
        "{problem} The workbook also holds hidden sheets, {sheets} (Excel does not show them); "
        "to screen one, name it with --sheet, such as --sheet {first}.",
    ),
    "batch.unscreened_sheets": (
        "注意:工作簿中的工作表 {sheets} 也有报名名单,本次只筛查了第一个工作表;"
        "请逐个用 --sheet 筛查,如 --sheet {first}",
        "Note: the workbook's sheets {sheets} hold applicant lists too, and only the first "
        "sheet was screened; screen each with --sheet, such as --sheet {first}",
    ),
    "batch.years_months_unclear": (
        "{years} 与 {months} 合不成一个年限(整年加月数,或同一年限的两种写法):{values}",
        "{years} and {months} do not make one number of years (whole years plus months, or "
        "the same years written twice): {values}",
    ),
    "batch.two_columns": ("{years} 与 {months}", "{years} and {months}"),
    "batch.ignored_option": ("按 --column 不读取", "--column says not to"),
    "batch.dry_run_title": (
        "前几行的读取结果(未写出任何文件)",
        "The first rows as read (nothing written)",
    ),
    "batch.dry_run_done": (
        "✘ 表示无法识别,筛查时该项按未知处理并在“提示”列说明。",
        "✘: cannot be read; when screening, that fact is unknown and the warnings column says so.",
    ),
    "batch.summary_routes": ("暂不可报考;{routes}", "not eligible yet; {routes}"),
    "batch.cert_part_dropped": (
        "{column} 列的 “{value}” 不是本职业持有的证书,未计入:其余各项 {read} 已读取。{detail}",
        "column {column}: “{value}” is no certificate of this occupation held and is not "
        "counted: the other items, {read}, were read. {detail}",
    ),
    "batch.cert_other_same": (
        "{column} 列的 {others} 是其他职业的证书,未计入:其余各项 {read} 已读取,"
        "无论评价机构是否认定为相关职业,结论都相同。{detail}",
        "column {column}: {others} is another occupation's certificate and is not counted: "
        "the other items, {read}, were read, and whether or not the assessment body finds "
        "that occupation related, the verdicts are the same. {detail}",
    ),
    "batch.cert_other_decides": (
        "{column} 列的 {others} 是其他职业的证书:其余各项 {read} 可以识别,但评价机构是否认定为"
        "相关职业会改变结论,所以证书按未知处理。{detail}",
        "column {column}: {others} is another occupation's certificate: the other items, "
        "{read}, read, but whether the assessment body finds that occupation related would "
        "change the verdicts, so the certificates are taken as not known. {detail}",
    ),
    "batch.training_part_read": (
        "{column} 列的 {unread} 未计入:其余各项 {read} 已读取,无论该项是哪一级的培训,结论都相同。"
        "{detail}",
        "column {column}: {unread} is not counted: the other items, {read}, were read, and "
        "whichever level's training it is, the verdicts are the same. {detail}",
    ),
    "batch.training_part_unknown": (
        "{column} 列的 {unread} 无法识别:其余各项 {read} 可以识别,但该项若是某一级的培训,"
        "结论会不同,所以培训按未知处理。{detail}",
        "column {column}: {unread} could not be read: the other items, {read}, read, but "
        "were it some level's training the verdicts would differ, so the trainings are taken "
        "as not known. {detail}",
    ),
    "batch.either_read": (
        "{column} 列的 “{value}” 可能是{options}:两者结论相同,按{lowest}筛查",
        "column {column}: “{value}” may be {options}; the verdicts are the same either way, "
        "screened as {lowest}",
    ),
    "batch.key_like_fact": (
        "键 “{key}” 不是考生文件的键,未读取(照原样写出):它像是{fact},考生文件中写作 {written}",
        "key “{key}” is no key of a candidate file and was not read (it is passed through): "
        "it looks like the {fact}, which a candidate file gives as {written}",
    ),
    "batch.key_work_start": (
        "键 “{key}” 是参加工作或入职的日期,未读取(照原样写出):从那时算起的时间不一定是从事本职业或相关职业的年限,"
        "而报考条件算的是后者;请用 experience 给出这些年数(或用 work_history 给出各段工作经历)",
        "key “{key}” gives the date work or the job started and was not read (it is passed "
        "through): the time since then need not be the years in this or a related occupation, "
        "which the requirements count; give those years as experience (or the periods of work "
        "as work_history)",
    ),
    "batch.in_column": ("{column} 列:{detail}", "column {column}: {detail}"),
    "batch.in_columns": ("{columns} 列:{detail}", "columns {columns}: {detail}"),
    "batch.two_dates": (
        "{column} 列的日期 {value} 与证书自带的日期 {other} 不同",
        "column {column}: the date {value} differs from the certificate's own date {other}",
    ),
    "batch.date_without_item": (
        "{column} 列有日期,但这一行没有对应的证书或职称",
        "column {column} holds a date, but the row has no certificate or title to go with it",
    ),
    "batch.column_option": (
        "--column 的值 “{value}” 应为 表头=事实,如 文化程度=学历。",
        "--column: “{value}” should be HEADER=FACT, e.g. 文化程度=education.",
    ),
    "batch.no_such_column": (
        "--column 指定的列 “{column}” 不在表头中:{header}",
        "--column: there is no column “{column}” in the header: {header}",
    ),
    "batch.no_columns": (
        "表头中没有一列是可用于判断的事实(学历、工作年限、培训、证书等):{header}。请检查表头,或用 --column 指定,如 --column 文化程度=学历。",
        "no column of the header is a fact to screen on (education, experience, training, "
        "certificates …): {header}. Check the header, or map columns with --column, e.g. "
        "--column level=education.",
    ),
    "batch.bad_record": (
        "第 {line} 行起的记录无法读取(引号不配对?):{detail}",
        "the record starting on line {line} cannot be read (an unbalanced quote?): {detail}",
    ),
    "batch.outside_header": (
        "表头右侧(没有列名的列)还有内容,未读取:{cells}",
        "cells right of the header (in columns with no name) were not read: {cells}",
    ),
    "batch.too_many_cells": (
        "这一行有 {cells} 个单元格,表头只有 {width} 列;多出的内容:{extra}",
        "the row has {cells} cells but the header names {width}; the extra cells: {extra}",
    ),
    "batch.empty": ("输入为空:没有表头行。", "the input is empty: there is no header row."),
    "batch.unknown_format": (
        "无法从文件名 {path} 判断格式;请用 {option} 指定:{accepted}。",
        "cannot tell the format of {path} from its name; give {option}: {accepted}.",
    ),
    "batch.cannot_open": ("无法打开 {path}:{detail}", "cannot open {path}: {detail}"),
    "batch.read_failed": ("读取输入时出错:{detail}", "reading the input failed: {detail}"),
    "batch.encoding_line": (
        "第 {line} 行的编码与文件其余部分不一致(已尝试 {encodings}),请统一编码后再试,或用 --encoding 指定。",
        "line {line} is not in the file's encoding (tried {encodings}); save the file in one "
        "encoding, or give --encoding.",
    ),
    "batch.encoding_given": (
        "第 {line} 行不是 --encoding 指定的 {encoding} 编码;请检查 --encoding,或去掉它由程序自动判断。",
        "line {line} is not in {encoding}, the encoding --encoding gives; check it, or leave it "
        "out for the encoding to be found.",
    ),
    "batch.zip_as_text": (
        "这个文件是压缩包(很可能是改了扩展名的 .xlsx),不是文本表格:请把扩展名改回 .xlsx,或加 --input-format xlsx(.xlsx 不能从标准输入读取,请给出文件名)。",
        "this file is a zip archive (most likely an .xlsx renamed), not a text sheet: give it back its .xlsx extension, or add --input-format xlsx (an .xlsx cannot be read from standard input: give the file's name).",
    ),
    "batch.utf16_no_bom": (
        "这个文件看起来是没有 BOM 的 UTF-16 文本:请加 --encoding {encoding},或另存为 UTF-8。",
        "this file looks like UTF-16 text without a byte-order mark: add --encoding {encoding}, or save it as UTF-8.",
    ),
    "batch.utf16_bom": (
        "--encoding utf-16:文件开头没有 BOM;请另存为带 BOM 的 UTF-16 或 UTF-8,或用 --encoding utf-16-le / utf-16-be 指定字节序。",
        "--encoding utf-16: the file does not start with a BOM; save it as UTF-16 with a BOM or as UTF-8, or give --encoding utf-16-le or utf-16-be.",
    ),
    "batch.line_too_long": (
        "输入的第 {line} 行超过 {limit}:这不是一个名单文件。",
        "line {line} of the input is longer than {limit}: this is not a list.",
    ),
    "batch.needs_openpyxl": (
        "读写 .xlsx 需要 openpyxl:pip install 'mediaops[excel]'",
        "reading or writing .xlsx needs openpyxl: pip install 'mediaops[excel]'",
    ),
    "batch.not_xlsx": ("{path} 不是有效的 .xlsx 文件。", "{path} is not a valid .xlsx file."),
    "err.empty_path": (
        "{field} 的文件名为空:请给出文件路径(标准输入或输出写作 -)。",
        "{field}: the file name is empty; give a path (- for standard input or output).",
    ),
    "err.empty_file_name": (
        "{field} 的文件名为空:请给出文件路径。",
        "{field}: the file name is empty; give a path.",
    ),
    "batch.list_sheet": (
        "工作簿的第一张工作表“{first}”中没有考生名单;筛查的是唯一有名单的工作表“{sheet}”。",
        "the workbook's first sheet, “{first}”, holds no applicant list; the one sheet that "
        "does, “{sheet}”, is screened.",
    ),
    "batch.no_applicants": (
        "名单中没有考生:没有可筛查的行(是空白表格、空文件,或选错了工作表?)。",
        "the list holds no applicant: no row was screened (a blank form, an empty file, or "
        "the wrong sheet?).",
    ),
    "batch.csv_is_jsonl": (
        "{path} 看来不是 CSV 表格,而是 JSON Lines(每行一个 {{…}} 对象):如是,请加 "
        "--input-format jsonl,或把文件改名为 .jsonl。",
        "{path} does not look like a CSV table but like JSON Lines (one {{…}} object per "
        "line): if so, add --input-format jsonl, or rename the file to .jsonl.",
    ),
    "batch.xlsx_is_html": (
        "无法读取 {path}:这不是 .xlsx 文件,而是网页(HTML)格式的表格。请在 Excel 或 WPS 中打开,"
        "“另存为” Excel 工作簿(.xlsx)或 CSV 后再试。",
        "cannot read {path}: it is not an .xlsx file but a web page (HTML) table. Open it in "
        "Excel or WPS and save it as an Excel workbook (.xlsx) or as CSV, then try again.",
    ),
    "batch.xlsx_is_xml": (
        "无法读取 {path}:这不是 .xlsx 文件,而是 Excel 2003 的 XML 表格。请在 Excel 或 WPS 中打开,"
        "“另存为” Excel 工作簿(.xlsx)或 CSV 后再试。",
        "cannot read {path}: it is not an .xlsx file but an Excel 2003 XML spreadsheet. Open it "
        "in Excel or WPS and save it as an Excel workbook (.xlsx) or as CSV, then try again.",
    ),
    "batch.xlsx_is_text": (
        "{path} 不是 .xlsx 文件,而是文本(看来是 {fmt}):如是,请加 --input-format {fmt},"
        "或把文件改名为相应的扩展名。",
        "{path} is not an .xlsx file but text (it looks like {fmt}): if so, add "
        "--input-format {fmt}, or rename the file with that extension.",
    ),
    "batch.xlsx_bomb": (
        "{path} 中的 {member} 解压后过大(可能是压缩炸弹),拒绝读取。",
        "{path}: {member} is too large once unpacked (a zip bomb?): refused.",
    ),
    "batch.xlsx_entities": (
        "{path} 中的 {member} 含有 DOCTYPE 或实体声明,表格文件不会含有这些,拒绝读取。",
        "{path}: {member} declares a DOCTYPE or entities, which a spreadsheet never does: refused.",
    ),
    "batch.xlsx_comment": (
        "{path} 中的 {member} 含有过大的注释,拒绝读取。",
        "{path}: {member} holds a comment too large to be a spreadsheet's: refused.",
    ),
    "batch.too_many_rows": ("工作表超过 {limit} 行。", "the sheet has more than {limit} rows."),
    "batch.too_many_columns": (
        "工作表超过 {limit} 列。",
        "the sheet has more than {limit} columns.",
    ),
    "batch.output_is_input": (
        "输出文件 {output} 就是输入文件 {source}(同一路径、符号链接或硬链接):写入会覆盖原名单。请用 -o 指定另一个文件名。",
        "the output {output} is the input {source} (the same path, a symlink or a hard link): "
        "writing it would replace the list. Give another file name with -o.",
    ),
    "batch.write_failed": (
        "写入 {path} 失败:{detail}。没有写出结果;原有的输出文件(如有)保持不变。",
        "writing {path} failed: {detail}. No result was written; an earlier output file, "
        "if any, is untouched.",
    ),
    "batch.stdout": ("标准输出", "standard output"),
    "batch.cancelled": (
        "已取消;原有的输出文件(如有)保持不变。",
        "Cancelled; an earlier output file, if any, is untouched.",
    ),
    "batch.tally_title": ("筛查汇总", "Screening summary"),
    "batch.tally_rows": ("读取行数", "rows read"),
    "batch.tally_not_screened": (
        "未筛查的行(合计、表尾、预先编号的空行)",
        "rows not screened (totals, lines under the list, unused numbered lines)",
    ),
    "batch.tally_by_highest": ("按最高可报考等级", "By highest eligible level"),
    "batch.tally_level": ("最高可报考{level}", "highest eligible: {level}"),
    "batch.tally_none": ("暂无可报考等级", "no level eligible"),
    "batch.tally_undetermined": ("无法判断", "undetermined"),
    "batch.tally_warned": ("带提示的行", "rows with warnings"),
    "batch.tally_errors": ("有误的行", "rows with errors"),
    "batch.tally_eligible_per_level": ("各等级可报考人数", "Eligible, per level"),
    "batch.tally_eligible_for": ("可报考{level}", "eligible for {level}"),
    "batch.tally_reasons": (
        "未达到各等级的主要原因",
        "Why levels are not reached, most common first",
    ),
    "batch.people": ("{count} 人", "{count}"),
    "batch.tally_basis": ("依据", "Basis"),
    "batch.tally_as_of": ("评估日期", "evaluation date"),
    "batch.tally_as_of_default": ("评估日期(未给出的行)", "evaluation date (rows that give none)"),
    "batch.tally_rules": ("规则", "rules"),
    "batch.tally_assumptions": (
        "结论所依据的假设(人数)",
        "Assumptions the verdicts rest on (rows)",
    ),
    "batch.written": ("已写入 {path}", "written to {path}"),
    "batch.progress": ("筛查中", "Screening"),
    "batch.rate": ("{rows} 行 · {rate} 行/秒", "{rows} rows · {rate} rows/s"),
    # --- batch: summaries -------------------------------------------------------------
    "batch.summary_eligible": ("可报考:{levels}", "eligible: {levels}"),
    "batch.summary_all_held": ("已持有全部等级证书", "holds every level already"),
    "batch.summary_not_offered": ("{level}不设此等级", "{level} is not offered"),
    "batch.summary_not": ("暂不可报考;{level}:{missing}", "not eligible; {level}: {missing}"),
    "batch.summary_undetermined": (
        "无法判断;{level}:{missing}",
        "undetermined; {level}: {missing}",
    ),
    "batch.summary_from": (";{date} 起可报考(如持续从业)", "; eligible from {date} if working on"),
    # --- yes/no, years ------------------------------------------------------------------
    "yes": ("是", "yes"),
    "no": ("否", "no"),
    "years": ("{years} 年", "{years} years"),
    "period_open": ("至今", "now"),
    "years_at_least": ("至少 {years} 年", "at least {years} years"),
    "years_at_most": ("至多 {most} 年", "at most {most} years"),
    "years_between": ("{years} 至 {most} 年", "{years} to {most} years"),
    "years_at_most_below": ("不到 {most} 年", "fewer than {most} years"),
    "years_between_below": (
        "{years} 年以上、不到 {most} 年",
        "at least {years}, fewer than {most} years",
    ),
    "batch.stdin_closed": (
        "无法读取标准输入:它已关闭。",
        "cannot read standard input: it is closed.",
    ),
    "batch.xlsx_too_wide": (
        "输出将有 {columns} 列,而 .xlsx 最多 {limit} 列:请改写为 CSV 或 JSON Lines,或用 --keep-columns unused / none。",
        "the output would have {columns} columns and an .xlsx holds at most {limit}: write CSV or JSON Lines, or use --keep-columns unused or none.",
    ),
    "err.stdout_closed": (
        "标准输出已关闭,结果无处可写。",
        "standard output is closed: there is nowhere to write the result.",
    ),
    "batch.after_without_cert": (
        "{column} 列给出了取证后年限,但这一行没有证书。",
        "column {column} gives years since a certificate, but the row has no certificate.",
    ),
    "rules.err.level_twice": (
        "等级 {level} 出现了两次",
        "level {level} appears twice",
    ),
    "rules.err.levels_missing": (
        "缺少等级 {levels}:规则须定义 4、3、2、1 四个等级",
        "level(s) {levels} missing: a ruleset defines 4, 3, 2 and 1",
    ),
    "rules.err.duplicate_id": (
        "编号重复",
        "duplicate id",
    ),
    "rules.err.duplicate_clause": (
        "条款编号 “{clause}” 重复",
        "duplicate clause id '{clause}'",
    ),
    "rules.err.unknown_source": (
        "未定义的来源 “{source}”;已定义:{known}",
        "unknown source “{source}”; defined: {known}",
    ),
    "rules.err.unknown_assumption": (
        "未定义的假设 “{assumption}”",
        "unknown assumption “{assumption}”",
    ),
    "rules.err.no_such_level": (
        "规则中没有等级 {level}(现有:{known})",
        "level {level} does not exist in this ruleset (levels: {known})",
    ),
    "rules.err.certificate_not_lower": (
        "要求持等级 {asked}(或更高等级)的证书:持有该证书即已持有本等级 {level},此途径永远无法满足",
        "asks for a level {asked} (or higher) certificate: whoever holds it holds this level "
        "({level}) already, so the pathway can never be met",
    ),
    "rules.err.advisory_blocks": (
        "仅作提示的条款不能设为必备",
        "an advisory clause cannot block",
    ),
    "rules.err.too_deep": (
        "嵌套超过 {depth} 层,不是可用的规则文件",
        "nested more than {depth} levels deep: not a usable ruleset",
    ),
    "rules.err.long_number": (
        "数字超过 {digits} 位({value}),不是可用的规则文件",
        "a number with more than {digits} digits ({value}): not a usable ruleset",
    ),
    "rules.err.toml": (
        "不是有效的 TOML:{detail}",
        "not valid TOML: {detail}",
    ),
    "rules.err.builtin_missing": (
        "本安装缺少内置规则 {name}(请重新安装 mediaops,或用 --rules 指定文件)",
        "the built-in ruleset {name} is missing from this installation (reinstall mediaops, or pass --rules FILE)",
    ),
    "rules.err.cannot_read": (
        "无法读取:{detail}",
        "cannot read: {detail}",
    ),
    "rules.err.dash": (
        "“-” 在这里不是标准输入:规则须从文件读取(如 my-rules.toml)",
        "“-” is not standard input here: a ruleset is read from a file (e.g. my-rules.toml)",
    ),
    "rules.err.not_regular": (
        "不是普通文件(如管道或设备),不能作为规则文件",
        "not a regular file (a pipe or a device cannot be a ruleset)",
    ),
    "rules.err.too_large": (
        "文件超过 {limit}",
        "larger than {limit}",
    ),
    "rules.err.not_utf8": (
        "不是 UTF-8 文本(第 {byte} 个字节)",
        "not UTF-8 text (byte {byte})",
    ),
    "rules.err.utf16": (
        "是 UTF-16 文本(如记事本存为“Unicode”):规则文件须为 UTF-8,请另存为 UTF-8",
        "UTF-16 text (as Notepad saves “Unicode”): a ruleset is UTF-8; save it as UTF-8",
    ),
    "rules.err.malformed_placeholder": (
        "占位符写法有误({detail});请写 {{years}} 或 {{level}},大括号本身写作 {{{{",
        "malformed placeholder ({detail}); write {{years}} or {{level}}, or {{{{ for a brace",
    ),
    "rules.err.unknown_placeholder": (
        "未知的占位符 {{{name}}};只能用 {{years}} 或 {{level}}",
        "unknown placeholder {{{name}}}; use {{years}} or {{level}}",
    ),
    "rules.err.placeholder_format": (
        "占位符 {{{name}}} 带有格式或转换;请只写 {{{name}}}",
        "placeholder {{{name}}} with a format or conversion; write {{{name}}}",
    ),
    "rules.err.missing": (
        "缺少必填项",
        "a required key is missing",
    ),
    "rules.err.extra_forbidden": (
        "不认识的键(拼写有误?)",
        "unknown key (misspelt?)",
    ),
    "rules.err.greater_than_equal": (
        "应不小于 {ge}(实为 {input})",
        "should be ≥ {ge} (it is {input})",
    ),
    "rules.err.less_than_equal": (
        "应不大于 {le}(实为 {input})",
        "should be ≤ {le} (it is {input})",
    ),
    "rules.err.too_short": (
        "至少需要 {min_length} 项",
        "needs at least {min_length} item(s)",
    ),
    "rules.err.too_long": (
        "至多 {max_length} 项",
        "holds at most {max_length} item(s)",
    ),
    "rules.err.string_too_short": (
        "不能为空",
        "should not be empty",
    ),
    "rules.err.control_character": (
        "含有控制字符 {char}(会改变终端的显示),规则文本中不能有",
        "holds the control character {char} (which would change what a terminal shows); a "
        "ruleset's text cannot",
    ),
    "rules.err.string_too_long": (
        "过长(至多 {max_length} 个字符)",
        "too long (at most {max_length} characters)",
    ),
    "rules.err.string_pattern_mismatch": (
        "格式不符(应匹配 {pattern}):{input}",
        "does not match {pattern}: {input}",
    ),
    "rules.err.literal_error": (
        "应为以下之一:{expected}(实为 {input})",
        "should be one of {expected} (it is {input})",
    ),
    "rules.err.enum": (
        "应为以下之一:{expected}(实为 {input})",
        "should be one of {expected} (it is {input})",
    ),
    "rules.err.union_tag_invalid": (
        "条件种类 “{tag}” 不存在;可用:{expected_tags}",
        "there is no condition kind “{tag}”; kinds: {expected_tags}",
    ),
    "rules.err.union_tag_not_found": (
        "缺少 kind(条件种类)",
        "the condition has no kind",
    ),
    "rules.err.int_type": (
        "应为整数(实为 {input})",
        "should be a whole number (it is {input})",
    ),
    "rules.err.int_parsing": (
        "应为整数(实为 {input})",
        "should be a whole number (it is {input})",
    ),
    "rules.err.int_from_float": (
        "应为整数(实为 {input})",
        "should be a whole number (it is {input})",
    ),
    "rules.err.float_type": (
        "应为数字(实为 {input})",
        "should be a number (it is {input})",
    ),
    "rules.err.float_parsing": (
        "应为数字(实为 {input})",
        "should be a number (it is {input})",
    ),
    "rules.err.bool_type": (
        "应为 true 或 false(实为 {input})",
        "should be true or false (it is {input})",
    ),
    "rules.err.bool_parsing": (
        "应为 true 或 false(实为 {input})",
        "should be true or false (it is {input})",
    ),
    "rules.err.string_type": (
        "应为文字(实为 {input})",
        "should be text (it is {input})",
    ),
    "rules.err.list_type": (
        "应为列表(实为 {input})",
        "should be a list (it is {input})",
    ),
    "rules.err.tuple_type": (
        "应为列表(实为 {input})",
        "should be a list (it is {input})",
    ),
    "rules.err.dict_type": (
        "应为表(实为 {input})",
        "should be a table (it is {input})",
    ),
    "rules.err.model_type": (
        "应为表(实为 {input})",
        "should be a table (it is {input})",
    ),
    "rules.err.model_attributes_type": (
        "应为表(实为 {input})",
        "should be a table (it is {input})",
    ),
    "rules.err.other": (
        "{detail}({input})",
        "{detail} ({input})",
    ),
    "err.json_number_key": (
        "{field}:JSON 中 “{key}” 的数字 “{value}” 过长。",
        "{field}: the number “{value}” given for “{key}” is too long.",
    ),
    "err.json_constant": (
        "{field}:JSON 中不能有 {value}。",
        "{field}: {value} is not JSON.",
    ),
    "err.json_surrogate": (
        "{field}:“{key}” 的文本 {value} 中有无法编码的字符(孤立的代理项)。",
        "{field}: the text {value} given for “{key}” holds a lone surrogate, which is not a character.",
    ),
    "err.json_at": (
        "{field}:不是有效的 JSON:{reason}(第 {column} 个字符附近)",
        "{field}: cannot read JSON: {reason} (column {column})",
    ),
    "batch.other_fields": (
        "其他字段",
        "other_fields",
    ),
    "err.stdout_write": (
        "写入标准输出失败:{detail}",
        "writing to standard output failed: {detail}",
    ),
    "usage.takes_no_value": (
        "选项 {option} 不带值(写 {option} 即可)。",
        "the option {option} takes no value (write just {option}).",
    ),
    "usage.bad_value_of": (
        "{name} 的值 “{value}” 无效。",
        "{name}: “{value}” is not a valid value.",
    ),
    "usage.bad_in_range": (
        "{name} 的值 “{value}” 无效:应为 {low}–{high} 之间的整数。",
        "{name}: “{value}” is not valid: give a whole number from {low} to {high}.",
    ),
    "help.examples.guide": (
        "mediaops guide                    全部主题\nmediaops guide levels             各等级及报考条件\nmediaops guide start --lang en",
        "mediaops guide                    every topic\nmediaops guide levels             the levels and their conditions\nmediaops guide start --lang zh",
    ),
    "help.exit.guide": (
        "0 已显示;2 主题或用法有误;74 输出无法写入",
        "0 shown; 2 unknown topic or bad usage; 74 the output cannot be written",
    ),
    "help.examples.rules": (
        "mediaops rules show\nmediaops rules show --edition template-2023\nmediaops rules validate 我的规则.toml\nmediaops rules diff summary template-2023",
        "mediaops rules show\nmediaops rules show --edition template-2023\nmediaops rules validate my-rules.toml\nmediaops rules diff summary template-2023",
    ),
    "help.examples.show": (
        "mediaops rules show\nmediaops rules show --edition template-2023 --format json",
        "mediaops rules show\nmediaops rules show --edition template-2023 --format json",
    ),
    "help.exit.show": (
        "0 已显示;2 规则或用法有误;74 输出无法写入",
        "0 shown; 2 bad ruleset or usage; 74 the output cannot be written",
    ),
    "help.examples.validate": (
        "mediaops rules validate 我的规则.toml",
        "mediaops rules validate my-rules.toml",
    ),
    "help.exit.validate": (
        "0 规则文件可用;2 有问题(逐条列出及其位置)或用法有误;74 输出无法写入",
        "0 the ruleset is usable; 2 it has problems (each listed with its location) or bad usage; 74 the output cannot be written",
    ),
    "help.examples.list": (
        "mediaops rules list",
        "mediaops rules list",
    ),
    "help.exit.list": (
        "0 已显示;2 用法有误;74 输出无法写入",
        "0 shown; 2 bad usage; 74 the output cannot be written",
    ),
    "help.examples.diff": (
        "mediaops rules diff summary template-2023\nmediaops rules diff summary 我的规则.toml",
        "mediaops rules diff summary template-2023\nmediaops rules diff summary my-rules.toml",
    ),
    "help.exit.diff": (
        "0 已显示;2 规则或用法有误;74 输出无法写入",
        "0 shown; 2 bad ruleset or usage; 74 the output cannot be written",
    ),
    "plan.svg_failed": (
        "写入 {path} 失败:{detail}。",
        "writing {path} failed: {detail}.",
    ),
    "ask.choice_hint": (
        "输入编号或名称",
        "a number or a name",
    ),
    "ask.years_after_hint": (
        "如 2、2.5、两年半",
        "e.g. 2, 2.5",
    ),
    "ask.review_out_of_range": (
        # {name}: the label of a row shown, as an example of a name taken
        "“{value}”不在可选范围内,请输入 {numbers} 之间的编号(如 2、改2、第2项)或项目名称"
        "(如 {name}),或直接回车确认。",
        "“{value}” is not one of the choices; give a number from {numbers} (2, change 2, item 2) "
        "or an answer's name ({name}), or press Enter to confirm.",
    ),
    "ask.answer_field": (
        "这个回答",
        "This answer",  # it opens the message: “This answer: “nope” is not recognised.”
    ),
    "json.item": (
        "第 {index} 项",
        "item {index}",
    ),
    "json.key.education": (
        "学历",
        "education",
    ),
    "json.key.major": (
        "专业相关性",
        "major",
    ),
    "json.key.graduating": (
        "是否在读",
        "graduating",
    ),
    "json.key.experience": (
        "从业年限",
        "experience",
    ),
    "json.key.trainings": (
        "培训",
        "trainings",
    ),
    "json.key.certificates": (
        "证书",
        "certificates",
    ),
    "json.key.titles": (
        "职称",
        "titles",
    ),
    "json.key.direction": (
        "职业方向",
        "direction",
    ),
    "json.key.diplomas": (
        "学历",
        "diplomas",
    ),
    "json.key.work_history": (
        "工作经历",
        "work_history",
    ),
    "json.key.as_of": (
        "评估日期",
        "as_of",
    ),
    "json.key.level": (
        "等级",
        "level",
    ),
    "json.key.date": (
        "日期",
        "date",
    ),
    "json.key.years_after": (
        "取得后从业年限",
        "years_after",
    ),
    "json.key.corresponding": (
        "专业是否对应",
        "corresponding",
    ),
    "json.key.school_class": (
        "班级",
        "school_class",
    ),
    "json.key.evaluated": (
        "是否经评估论证",
        "evaluated",
    ),
    "json.key.start": (
        "开始日期",
        "start",
    ),
    "json.key.end": (
        "结束日期",
        "end",
    ),
    "ask.major_hint": (
        "选相关性,不是专业名称;哪些专业算相关,以当地认定机构公布的为准",
        "choose the relevance, not the major's name; which majors count as related is for the local assessment body to say",
    ),
    "ask.direction_hint": (
        "各方向做什么:mediaops guide directions",
        "what each direction covers: mediaops guide directions",
    ),
    "ask.left_out_plan": (
        "未提问(不影响任何结论或日期):{questions}",
        "Not asked (they could change no verdict or date): {questions}",
    ),
    "batch.date_unpaired": (
        "{column} 列的日期没有使用:本行有多张未写日期的证书(或职称),不知道是哪一张的;请把日期写在证书后,如 四级:2024-01-10",
        "the {column} date was not used: the row names several items without a date, and which one it belongs to is not known; write the date after the item, e.g. 4:2024-01-10",
    ),
    "batch.years_at_least": (
        "{column} 列的 “{value}” 只给出下限,按至少 {years} 年筛查"
        "(要求更多年限的条件无法判断,请写出确切的年数)",
        "{column}: “{value}” gives a lower bound only, screened as at least {years} years (a "
        "condition asking for more years is not known; give the exact years)",
    ),
    "batch.years_at_most": (
        "{column} 列的 “{value}” 只给出上限,按至多 {most} 年筛查"
        "(要求年限不超过 {most} 年的条件无法判断,请写出确切的年数)",
        "{column}: “{value}” gives an upper bound only, screened as at most {most} years (a "
        "condition asking for {most} years or fewer is not known; give the exact years)",
    ),
    "batch.years_between": (
        "{column} 列的 “{value}” 只给出范围,按 {years} 至 {most} 年筛查"
        "(要求年限多于 {years} 年、不超过 {most} 年的条件无法判断,请写出确切的年数)",
        "{column}: “{value}” gives a range only, screened as {years} to {most} years (a "
        "condition asking for more than {years} years and no more than {most} is not known; "
        "give the exact years)",
    ),
    "batch.years_at_most_below": (
        "{column} 列的 “{value}” 只给出上限,按不到 {most} 年筛查"
        "(要求年限少于 {most} 年的条件无法判断,请写出确切的年数)",
        "{column}: “{value}” gives an upper bound only, screened as fewer than {most} years (a "
        "condition asking for fewer than {most} years is not known; give the exact years)",
    ),
    "batch.years_between_below": (
        "{column} 列的 “{value}” 只给出范围,按 {years} 年以上、不到 {most} 年筛查"
        "(要求年限多于 {years} 年、少于 {most} 年的条件无法判断,请写出确切的年数)",
        "{column}: “{value}” gives a range only, screened as at least {years} and fewer than "
        "{most} years (a condition asking for more than {years} years and fewer than {most} is "
        "not known; give the exact years)",
    ),
    "batch.serial_read": (
        "{column} 列的值 “{value}” 是 Excel 的日期序号(单元格不是日期格式),按 {day} 读取;"
        "请核对,或把该列设为日期格式",
        "{column} holds “{value}”, an Excel day number (the cell is not formatted as a date): "
        "read as {day}; check it, or format the column as dates",
    ),
    "batch.id_number_lost": (
        "{column} 列的 “{value}” 是被 Excel 存成数字的长号码(如身份证号):超过 15 位的末几位已经"
        "丢失,无法从本表恢复;请把该列设为“文本”格式后重新填写号码(原样写出,未改动)",
        "{column} holds “{value}”, a long number (such as an ID-card number) Excel stored as a "
        "number: its digits past the 15th are lost and cannot be recovered from this sheet; "
        "format the column as Text and type the numbers again (written out as it was, unchanged)",
    ),
    "batch.period_months": (
        "{column} 列的时段 “{value}” 只写到月:按 {start} 至 {end} 计算(开始月的最后一天至结束月的第一天,"
        "不多算工作时间);请写出年、月、日,如 2020-01-01..2021-06-30",
        "{column} gives the period “{value}” in months only: counted from {start} to {end} (the "
        "start month's last day to the end month's first, never more than was worked); give the "
        "days, e.g. 2020-01-01..2021-06-30",
    ),
    "batch.month_read": (
        "{column} 列只写到{unit}(“{value}”):各等级的结论与该{unit}哪一天无关,日期按 {day} 计算",
        "{column} gives the {unit} only (“{value}”): no verdict depends on the day; the date "
        "is taken as {day}",
    ),
    "batch.month_unclear": (
        "{column} 列只写到{unit}(“{value}”),结论取决于具体哪一天:请写出年、月、日,如 2024-01-10;本行按日期未知判断",
        "{column} gives the {unit} only (“{value}”) and the verdicts depend on the day: give "
        "the year, month and day, e.g. 2024-01-10; the row is judged with the date not known",
    ),
    "batch.month_ends": (
        "若按所写月份(或年份)的第一天:{early}。若按最后一天:{late}",
        "on the first day of the month (or year) written: {early}. On the last day: {late}",
    ),
    "batch.month_unknown": (
        "{column} 列只写到{unit}(“{value}”):本行按日期未知判断;请写出年、月、日,如 2024-01-10",
        "{column} gives the {unit} only (“{value}”): the row is judged with the date not known; "
        "give the year, month and day, e.g. 2024-01-10",
    ),
    "batch.unit_month": ("月", "month"),
    "batch.january_or_october": (
        "(“{value}”也可能是 10 月:Excel 会把 2022.10 存成数字 2022.1;按 1 月至 10 月筛查)",
        " (“{value}” may be October too: Excel stores 2022.10 as the number 2022.1; screened "
        "from January to October)",
    ),
    "batch.unit_year": ("年", "year"),
    "batch.dates_paired": (
        "{column} 列的日期按顺序对应本行未写日期的证书(或职称):{pairs};请核对",
        "the {column} dates were given in order to the row's items without a date: {pairs}; "
        "please check",
    ),
    "batch.date_list_month": (
        "“{value}” 中 “{month}” 只写到月(或年),不能按顺序对应证书(或职称):列出多个日期时,"
        "请每个都写出年、月、日;或把日期写在各证书后,如 四级 2019-07、三级 2021-03-01",
        "in “{value}”, “{month}” gives the month or the year alone, so the dates cannot be "
        "given in order to the row's items: where several dates are listed, give each with "
        "its year, month and day, or write each date after its item, e.g. 4 2019-07, "
        "3 2021-03-01",
    ),
    "batch.dates_uncounted": (
        "{column} 列的日期没有使用:“{value}” 有 {dates} 个日期,而本行未写日期的证书(或职称)"
        "有 {items} 个,无法一一对应;请把日期写在证书后,如 四级:2024-01-10",
        "the {column} dates were not used: “{value}” gives {dates} dates for {items} items of "
        "the row without a date, which do not pair one to one; write each date after its "
        "item, e.g. 4:2024-01-10",
    ),
    "batch.date_unused": (
        "{column} 列的日期 {value} 没有使用:本行的证书(或职称)都已写明各自的日期",
        "the {column} date {value} was not used: every item of the row has a date of its own",
    ),
    "route.action_then_earliest": (
        "完成{level}正规培训(取得结业证书)后,最早 {date} 起可报考{target}({pathway};给出确切的从业年限(累计,或取得证书、职称后)可算准)",
        "with formal training for {level} (结业证书) done, eligible for {target} from {date} at the earliest ({pathway}; the exact years of work, in all or since the certificate or title, would make it exact)",
    ),
    "route.time_earliest": (
        "仅靠时间:最早 {date} 起可报考{target}({pathway},如持续从业;给出确切的从业年限(累计,或取得证书、职称后)可算准)",
        "by time alone: eligible for {target} from {date} at the earliest ({pathway}, if you keep working; the exact years of work, in all or since the certificate or title, would make it exact)",
    ),
    "table.reachable_latest": (
        "最迟 {date} 起可报考(如持续从业;也可能更早,给出从业年限(累计,或取得证书、职称后)可算准)",
        "eligible from {date} at the latest if you keep working (perhaps sooner: the years of work, in all or since the certificate or title, would make it exact)",
    ),
    "route.time_latest": (
        "仅靠时间:最迟 {date} 起可报考{target}({pathway},如持续从业;也可能更早,给出从业年限(累计,或取得证书、职称后)可算准)",
        "by time alone: eligible for {target} from {date} at the latest ({pathway}, if you keep working; perhaps sooner: the years of work, in all or since the certificate or title, would make it exact)",
    ),
    "route.action_then_latest": (
        "完成{level}正规培训(取得结业证书)后,最迟 {date} 起可报考{target}({pathway};也可能更早,给出从业年限(累计,或取得证书、职称后)可算准)",
        "with formal training for {level} (结业证书) done, eligible for {target} from {date} at the latest ({pathway}; perhaps sooner: the years of work, in all or since the certificate or title, would make it exact)",
    ),
    "table.reachable_earliest": (
        "最早 {date} 起可报考(如持续从业;给出确切的从业年限(累计,或取得证书、职称后)可算准)",
        "eligible from {date} at the earliest if you keep working (the exact years of work, in all or since the certificate or title, would make it exact)",
    ),
    "batch.direction_none_listed": (
        "{column} 列的 “{value}”:所用规则没有列出职业方向,按未填写方向筛查",
        "{column}: “{value}”: the rules in use list no directions; screened as if no direction "
        "were given",
    ),
    "batch.direction_not_in_rules": (
        "{column} 列的 “{value}” 不在所用规则列出的方向中(可选 {directions}):按未填写方向筛查",
        "{column}: “{value}” is not among the directions of the rules in use ({directions}): "
        "screened as if no direction were given",
    ),
    "batch.xlsx_stdout": (
        "--format “{value}” 写的是 Excel 工作簿(文件),不能写到标准输出(-o -):请给出文件名,如 -o "
        "结果.xlsx;或在标准输出用 csv、tsv、jsonl。",
        "--format “{value}” writes an Excel workbook, a file, which cannot go to standard output "
        "(-o -): give a file name, e.g. -o results.xlsx, or use csv, tsv or jsonl there.",
    ),
    "batch.stdin": (
        "标准输入",
        "standard input",
    ),
    "batch.formula": (
        "{column} 是公式 {value},文件里没有它的计算结果;请填写数值(.xlsx 可在 Excel 中打开、保存后再筛查)",
        "{column} is the formula {value}, and the file holds no result for it; give the value "
        "(an .xlsx: open and save it in Excel, then screen it again)",
    ),
    "batch.map_header": (
        "表头",
        "Header",
    ),
    "batch.skipped": (
        "第 {lines} 行不是考生(表头上方的标题,或表头的第二行),未筛查",
        "{lines} hold no applicant (titles above the header, or a second header line): not "
        "screened",
    ),
    "batch.no_facts": (
        "本行没有填写任何报考条件(学历、从业年限、培训、证书等)",
        "the row gives none of the facts screened (diploma, experience, training, certificates …)",
    ),
    "usage.repeated": (
        "选项 {option} 只能给一次。",
        "the option {option} may be given once.",
    ),
    "batch.col.keys": (
        "读取的信息",
        "facts given",
    ),
    "batch.dry_run_done_jsonl": (
        "✘ 表示该行无法读取,筛查时作为错误行写出(“错误”列说明原因)。",
        "✘: the row cannot be read; when screening, it is written as an error row (the error column says why).",
    ),
    "plan.svg_stdout": (
        "--svg 的值 “-”:路线图只能另存为文件(标准输出写的是表格或 JSON),请给出文件名,如 --svg 路线.svg。",
        "--svg -: the timeline is saved to a file only (the table or JSON goes to stdout); give "
        "a file name, e.g. --svg plan.svg.",
    ),
    "plan.svg_is_stdout": (
        "--svg 的文件 {path} 正是标准输出所写之处:路线图只能另存为文件(标准输出写的是表格或 JSON),"
        "请给出另一个文件名,如 --svg 路线.svg。",
        "--svg {path} is where standard output goes: the timeline is saved to a file of its own "
        "(the table or JSON goes to stdout); give another file name, e.g. --svg plan.svg.",
    ),
    "plan.svg_no_name": (
        "--svg 的文件名 {path} 只有扩展名,前面没有名字(脚本中的变量是否为空?);在 Linux 和 macOS 上它还是隐藏文件,在文件夹中看不到。请写出完整的文件名,如 --svg 路线.svg。",
        "--svg {path}: the name is an extension with no name before it (is a variable in a "
        "script empty?); on Linux and macOS it is also a hidden file, not shown in a folder. "
        "Give the whole name, e.g. --svg plan.svg.",
    ),
    "plan.svg_trailing": (
        "--svg 的文件名“{path}”末尾有{chars}:Windows 保存时会去掉名字末尾的句点和空格,其他系统则把它们留在名字里,无法凭扩展名认出文件类型,双击打不开。请去掉它们,如 --svg {fixed}。",
        '--svg "{path}": the name ends in {chars}; Windows drops the dots and spaces a name '
        "ends in when it saves the file, other systems keep them, and the type of the file is "
        "then not known from its extension (a double-click does not open it). Leave them "
        "out, e.g. --svg {fixed}.",
    ),
    "plan.svg_suffix": (
        "--svg 的文件名 {path} 以 {suffix} 结尾,但路线图总是存为 SVG 图片:请用以 .svg 结尾的文件名,如 --svg 路线.svg。",
        "--svg {path}: the road map is always saved as an SVG picture, not as {suffix}; give a "
        "name ending in .svg, e.g. --svg plan.svg.",
    ),
    "batch.format_not_name": (
        "--format {format} 与输出文件名 {path} 不符:{suffix} 文件应为 {named} 格式。请去掉 --format(按扩展名决定格式),或改用相符的文件名。",
        "--format {format} does not match the output's name {path}: a {suffix} file is "
        "{named}. Leave out --format (the extension decides), or give a name that matches it.",
    ),
    "plan.svg_is_input": (
        "图片文件 {svg} 就是输入文件 {source}(同一路径、符号链接或硬链接):写入会覆盖考生信息。请用 --svg 指定另一个文件名。",
        "the picture {svg} is the input {source} (the same path, a symlink or a hard link): "
        "writing it would replace the candidate's facts. Give another file name with --svg.",
    ),
    "batch.xlsx_full": (
        "写入 {path} 失败:一个 .xlsx 工作表最多 {rows} 行(含表头),名单更长。没有写出结果;原有的输出文件(如有)保持不变。请输出为 CSV 或 JSON Lines(如 -o 结果.csv)。",
        "writing {path} failed: an .xlsx sheet holds at most {rows} rows (the header "
        "included) and the list is longer. No result was written; an earlier output file, "
        "if any, is untouched. Write CSV or JSON Lines instead (-o results.csv).",
    ),
    "batch.ignored_remark": (
        "括号中的备注可能改变此列的含义;确认无妨可用 --column 指定",
        "the remark in brackets may change what it holds; map it with --column if it does not",
    ),
    "batch.no_columns_sheets": (
        "{problem}这是工作簿的第一张工作表;工作簿中还有:{sheets}。用 --sheet 指定要筛查的一张,如 --sheet {first}。",
        "{problem} That is the workbook's first sheet; it also holds: {sheets}. Choose the "
        "sheet to screen with --sheet, e.g. --sheet {first}.",
    ),
    "err.date_forms": (
        "{field} 的值 “{value}” 不是有效日期,请写出年、月、日,如 2024-01-10、2024/1/10、2024.1.10 或 2024年1月10日。",
        "{field}: “{value}” is not a valid date; give the year, month and day, e.g. "
        "2024-01-10, 2024/1/10, 2024.1.10 or 10 January 2024.",
    ),
    "err.held_month": (
        "{field} 的日期 “{value}” 只写到月份或年份:请写出具体哪一天,如 2024-01-10;记不清哪一天时,"
        "可不写日期、只写等级(如 {example}),日期按未知处理。",
        "{field}: the date “{value}” gives the month or the year but not the day; give the "
        "day, e.g. 2024-01-10, or, not remembering it, leave the date out and give the level "
        "alone (e.g. {example}): the date is then taken as not known.",
    ),
    "err.no_such_month": (
        "{field} 的值 “{value}” 不是日历上的日期:没有 {month} 月。",
        "{field}: “{value}” is no day of the calendar: there is no month {month}.",
    ),
    "err.no_such_day": (
        "{field} 的值 “{value}” 不是日历上的日期:{month}只有 {days} 天。",
        "{field}: “{value}” is no day of the calendar: {month} has {days} days.",
    ),
    "err.diploma_remark": (
        "{field} 的值 “{value}” 带有备注“{remark}”,它可能改变所持的学历,因此未读取。"
        "尚未毕业的在读学历写作 类型:在读,如 大专:在读。",
        "{field}: “{value}” carries the remark “{remark}”, which may change the diploma held, "
        "so it is not read. A diploma still studied for is written TYPE:graduating, e.g. "
        "大专:在读.",
    ),
    "err.education_major_remark": (
        "{field} 的值 “{value}” 在括号中写了专业相关性“{remark}”,因此未读取。请只填学历;专业相关性另行给出(问答中随后会问,表格填在“专业相关性”一栏,命令行用 --major)。",
        "{field}: “{value}” gives the major's relevance “{remark}” in brackets, so it is not "
        "read. Give the diploma alone and the relevance apart (the questions ask it next; in "
        "a sheet, the major relevance (专业相关性) column; on the command line, --major).",
    ),
    "err.diploma_major_remark": (
        "{field} 的值 “{value}” 在括号中写了专业相关性“{remark}”,因此未读取。专业相关性写在冒号之后,如 {example}。",
        "{field}: “{value}” gives the major's relevance “{remark}” in brackets, so it is not "
        "read. The relevance goes after a colon, e.g. {example}.",
    ),
    "err.education_remark": (
        "{field} 的值 “{value}” 带有备注“{remark}”,它可能改变所持的学历,因此未读取。请只填学历;尚未毕业的在校应届毕业生另行注明(问答中随后会问,表格填在“应届”一栏,命令行用 --graduating)。",
        "{field}: “{value}” carries the remark “{remark}”, which may change the diploma held, "
        "so it is not read. Give the diploma alone; a final-year student who has not "
        "graduated says so apart (the questions ask it next; in a sheet, the graduating "
        "(应届) column; on the command line, --graduating).",
    ),
    "batch.xlsx_cell": (
        "写入 {path} 失败:第 {line} 行的“{column}”有 {chars} 个字符,一个 .xlsx 单元格最多 {limit} 个(Excel 会截断其余部分)。没有写出结果;原有的输出文件(如有)保持不变。请输出为 CSV 或 JSON Lines(如 -o 结果.csv)。",
        "writing {path} failed: “{column}” of line {line} holds {chars} characters and an "
        ".xlsx cell holds at most {limit} (Excel would cut the rest). No result was written; "
        "an earlier output file, if any, is untouched. Write CSV or JSON Lines instead "
        "(-o results.csv).",
    ),
    "batch.empty_first_sheet": (
        "工作簿的第一张工作表“{sheet}”是空的;工作簿中还有:{sheets}。用 --sheet 指定要筛查的一张,如 --sheet {first}。",
        "the workbook's first sheet, “{sheet}”, is empty; it also holds: {sheets}. Choose "
        "the sheet to screen with --sheet, e.g. --sheet {first}.",
    ),
    "batch.xlsx_header_cell": (
        "写入 {path} 失败:列名“{column}”有 {chars} 个字符,一个 .xlsx 单元格最多 {limit} 个(Excel 会截断其余部分)。没有写出结果;原有的输出文件(如有)保持不变。请输出为 CSV 或 JSON Lines(如 -o 结果.csv)。",
        "writing {path} failed: the column name “{column}” holds {chars} characters and an "
        ".xlsx cell holds at most {limit} (Excel would cut the rest). No result was written; "
        "an earlier output file, if any, is untouched. Write CSV or JSON Lines instead "
        "(-o results.csv).",
    ),
    "batch.no_columns_big5": (
        "{problem}按繁体中文 Big5 编码读取,表头则是:{header}。请加 --encoding big5 重新运行。",
        "{problem} Read as Big5 (traditional Chinese), the header is: {header}. Run again "
        "with --encoding big5.",
    ),
    "batch.no_columns_remarks": (
        "{problem}其中 {columns} 因括号中的备注未被读取(备注可能改变此列的含义);若无妨,可用 --column 指定,如 --column {example}。",
        "{problem} Not read for the remark in brackets (it may change what a column holds): "
        "{columns}; if it does not, map the column with --column, e.g. --column {example}.",
    ),
    "batch.merged": (
        "{ranges} 为向下合并的单元格,按其显示的值读入所合并的每一行",
        "{ranges}: the value shown is read for every row the cells span",
    ),
    "batch.merged_more": ("…(共 {count} 处)", "… ({count} in all)"),
    "batch.cert_date_ignored": (
        "{column} 的值 “{value}” 不是日期,未读取;证书的日期按 {other} 列所写",
        "{column} “{value}” is no date and was not read; the certificate's date is the one "
        "column {other} gives",
    ),
    "batch.cert_date_unread": (
        "{column} 的值 “{value}” 中的日期 {dates} 无法识别:证书按已持有、取证日期未知计;"
        "请写出年、月、日,如 四级:2024-01-10",
        "{column} “{value}”: the date {dates} cannot be read; the certificate is taken as "
        "held, its date not known; write the year, month and day, as 四级:2024-01-10",
    ),
    "batch.studying_read": (
        "{column} 一栏的 “{value}” 按在校应届毕业生(最后一学年)计,{levels}的结论依此而定;"
        "如不是最后一学年,该学历尚不能用于报考:请在学历一栏填已取得的学历,{column} 一栏填 否",
        "{column} “{value}” is read as a final-year student, and the verdict for {levels} rests "
        "on it; a student not in the final year cannot apply with that diploma yet: give the "
        "diploma already received, and 否 (no) in {column}",
    ),
    "batch.shared_id": (
        "第 {first}–{last} 行的{column}是一个合并单元格:如是同一人写了几行(一行一张证书),"
        "各行只按本行的事实分别筛查,结论可能不对;请一人写在一行(几张证书写在一格,如 "
        "四级:2019-07-01、三级:2022-06-01)",
        "rows {first}–{last} share one merged {column} cell: if they are one person over "
        "several lines (a certificate a line), each line is screened on its own facts only, "
        "and the verdicts may be wrong; write one person on one line (several certificates in "
        "one cell: 四级:2019-07-01、三级:2022-06-01)",
    ),
    "batch.map_merged": (
        "合并",
        "Merged",
    ),
    "batch.no_columns_found": (
        "表头中没有一列是可用于判断的事实(学历、工作年限、培训、证书等):{header}。",
        "no column of the header is a fact to screen on (education, experience, training, "
        "certificates …): {header}.",
    ),
}

#: The English of a message about one thing where the catalogue's counts several (``a
#: hidden sheet``, not ``hidden sheets``), as the catalogue's ``KEY.one``; its Chinese is
#: ``KEY``'s, the same for any number. :func:`counted` picks the key.
_ENGLISH_ONE = {
    "ask.level_number": (
        "“{value}” is only a number: it could mean a level or a place in the list shown. Type the "
        "level by name: {levels} as a level, {items} as a place in the list."
    ),
    "batch.lookalike_columns": (
        "the column {columns} was not read, though it looks like a fact (its name is not "
        "known): the list was screened as if it were not there (no certificate column: no "
        "certificate held), so verdicts may be wrong. If it is one, name it with --column, "
        "e.g. --column {first}={fact}; if not, --column {first}=- leaves it unread."
    ),
    "batch.attended_columns": (
        "the column {columns} says whether a training was attended, not whether it was "
        "completed: the requirements ask for a completed training (its 结业证书), so it was not "
        "read. Give a column such as 是否取得四级培训结业证书 instead; if the column does say "
        "whether the training was completed, map it with --column."
    ),
    "batch.work_start_columns": (
        "the column {columns} gives the date work or the job started and was not read: the "
        "time since then need not be the years in this or a related occupation (a job may "
        "have been in another), which the requirements count. The list has no column of those "
        "years, so each row's experience was taken as unknown. Add a column 工作年限 with "
        "the years in this or a related occupation; if a column already gives them under "
        "another name, map it with --column, e.g. --column HEADER={fact}."
    ),
    "batch.totals_rows": (
        "a totals row (合计, Total …), not an applicant, not screened nor counted (written to "
        "the results as it is): {lines}"
    ),
    "batch.unused_rows": (
        "a line the form had numbered in advance and nobody used (only a 序号, with no "
        "applicant after it or under 以下空白), not screened nor counted (written to the "
        "results as it is): {lines}"
    ),
    "batch.footer_rows": (
        "a line under the list (填表人, 审核人, 注 …), not an applicant, not screened nor "
        "counted (written to the results as it is): {lines}"
    ),
    "batch.hidden_rows": (
        "{count} row hidden in Excel (by a filter, or Hide Rows) was screened too, as every "
        "row is, and written to the results: {lines}{more}"
    ),
    "batch.hidden_columns": (
        "the column {columns} is hidden in Excel (its values cannot be seen there), and was "
        "read and screened on as every column is; to check it, unhide it in Excel"
    ),
    "batch.hidden_sheets": (
        "the workbook holds a hidden sheet, {sheets} (Excel does not show it), which was not "
        "screened; to screen it, name it with --sheet: --sheet {first}"
    ),
    "batch.empty_hidden_sheets": (
        "the sheet “{sheet}” is empty; the workbook also holds a hidden sheet, {sheets} (Excel "
        "does not show it). To screen it, name it with --sheet: --sheet {first}."
    ),
    "batch.no_columns_hidden_sheets": (
        "{problem} The workbook also holds a hidden sheet, {sheets} (Excel does not show it); "
        "to screen it, name it with --sheet: --sheet {first}."
    ),
    "batch.unscreened_sheets": (
        "Note: the workbook's sheet {sheets} holds an applicant list too, and only the first "
        "sheet was screened; screen it with --sheet {first}"
    ),
    "batch.skipped": (
        "{lines} holds no applicant (a title above the header, or a second header line): not "
        "screened"
    ),
    "batch.merged": "{ranges}: the value shown is read for every row the cell spans",
    "rules.invalid": "ruleset is invalid: {path}, {count} problem",
    "rules.diff_count": "{count} difference",
}
CATALOGUE.update({f"{key}.one": (CATALOGUE[key][0], en) for key, en in _ENGLISH_ONE.items()})


def counted(key: str, count: int) -> str:
    """The catalogue key of message ``key`` about ``count`` things: ``KEY.one`` for one,
    whose English is in the singular (the Chinese is the same)."""
    return f"{key}.one" if count == 1 else key
