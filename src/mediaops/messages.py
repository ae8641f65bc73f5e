"""Every piece of user-facing text that is not clause wording, in zh and en.

Clause wording lives in the ruleset; everything else a person reads (labels,
verdicts, shortfalls, error messages, prompts) lives here, keyed by a short
id, so that no logic module holds a sentence and no sentence exists in one
language only (``tests/test_messages.py`` checks both are present and take
the same parameters).

The engine does not format text: it records a :class:`Msg` (a key and its
parameters) and the renderer formats it in the language asked for. That keeps
the engine cheap in batch runs, where most text is never shown.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import Any, Literal, NamedTuple, TypeAlias

Lang: TypeAlias = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")


class Msg(NamedTuple):
    """A message to be formatted later: a catalogue key and its parameters.

    A parameter may itself be a :class:`Msg` or a ``{"zh": …, "en": …}``
    mapping; both are formatted in the same language.
    """

    key: str
    params: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def of(cls, key: str, **params: Any) -> Msg:
        """Build a message from keyword parameters."""
        return cls(key, tuple(params.items()))

    def format(self, lang: Lang) -> str:
        """The message in ``lang`` (remembered: reports repeat the same sentences)."""
        try:
            return _formatted(self, lang)
        except TypeError:  # a parameter that cannot be hashed: format it afresh
            return tr(self.key, lang, **dict(self.params))


@lru_cache(maxsize=1 << 16)
def _formatted(msg: Msg, lang: Lang) -> str:
    return tr(msg.key, lang, **dict(msg.params))


class Phrase(NamedTuple):
    """A text from the ruleset in both languages, with ``{placeholders}`` to fill in."""

    zh: str
    en: str
    params: tuple[tuple[str, Any], ...] = ()

    def format(self, lang: Lang) -> str:
        """The text in ``lang``, its parameters formatted in ``lang`` too."""
        template = self.zh if lang == "zh" else self.en
        return template.format(**{k: localize(v, lang) for k, v in self.params})


def localize(value: Any, lang: Lang) -> Any:
    """Format ``value`` in ``lang`` if it is a message or a bilingual mapping."""
    if isinstance(value, Msg | Phrase):
        return value.format(lang)
    if isinstance(value, dict) and "zh" in value and "en" in value:
        return value[lang]
    if hasattr(value, "zh") and hasattr(value, "en"):
        return getattr(value, lang)
    if isinstance(value, float):
        return fmt_years(value)
    if isinstance(value, list | tuple):
        sep = "、" if lang == "zh" else ", "
        return sep.join(str(localize(v, lang)) for v in value)
    return value


def tr(key: str, lang: Lang, **params: Any) -> str:
    """Format catalogue entry ``key`` in ``lang`` with ``params``."""
    zh, en = CATALOGUE[key]
    template = zh if lang == "zh" else en
    if not params:
        return template
    text = template.format(**{k: localize(v, lang) for k, v in params.items()})
    return _ONE_YEAR.sub(r"1 \1year", text) if lang == "en" else text


#: English numbers of years are plural but for one: "1 (more) years" → "1 (more) year".
_ONE_YEAR = re.compile(r"(?<![\d.])1 (more )?years\b")


def fmt_years(years: float) -> str:
    """Years as a person writes them: ``3``, ``2.5``, ``0.08`` (at most 2 decimals)."""
    text = f"{years:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def default_lang() -> Lang:
    """The language from ``MEDIAOPS_LANG`` (``zh`` unless it says ``en``)."""
    value = os.environ.get("MEDIAOPS_LANG", "").strip().lower()
    return "en" if value.startswith("en") else "zh"


# Display names of the values a candidate gives.
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


class Both(NamedTuple):
    """A short text in both languages, usable as a message parameter (hashable)."""

    zh: str
    en: str


def name(table: dict[Any, tuple[str, str]], value: Any) -> Both:
    """A bilingual name from one of the name tables above."""
    return Both(*table[value])


CATALOGUE: dict[str, tuple[str, str]] = {
    # --- levels, short ------------------------------------------------------------
    "level.4": ("四级", "level 4"),
    "level.3": ("三级", "level 3"),
    "level.2": ("二级", "level 2"),
    "level.1": ("一级", "level 1"),
    # --- verdicts and statuses -------------------------------------------------
    "verdict.eligible": ("✔ 可以报考", "✔ eligible"),
    "verdict.not_eligible": ("✘ 暂不可报考", "✘ not eligible"),
    "verdict.undetermined": ("? 无法判断", "? undetermined"),
    "verdict.held": ("已持有", "held"),
    "status.met": ("✔", "✔"),
    "status.unmet": ("✘", "✘"),
    "status.unknown": ("?", "?"),
    # --- condition wording (what is required) -------------------------------
    "cond.education": ("学历为{options}", "a diploma of: {options}"),
    "cond.education_major": ("{options}学历,{majors}", "a diploma of: {options}; {majors}"),
    "cond.education_min": ("{options}", "{options}"),
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
    "cond.advisory": ("由考试本身考核", "assessed by the exam itself"),
    "majors.same_or_related": ("本专业或相关专业", "in this or a related major"),
    "majors.list": ("专业:{majors}", "major: {majors}"),
    # --- what is missing ------------------------------------------------------
    "short.experience": ("还差 {years} 年从业经历", "needs {years} more years of experience"),
    "short.experience_since_certificate": (
        "取得{level}证书后还差 {years} 年从业经历",
        "needs {years} more years of work after the {level} certificate",
    ),
    "short.certificate": ("尚未取得{level}证书", "no {level} certificate yet"),
    "short.years_after_new": (
        "取证后还需从业满 {years} 年",
        "then {years} years of work after obtaining it",
    ),
    "short.training": ("尚未完成{level}正规培训", "no formal training for {level} yet"),
    "short.education": ("学历不符:需{required}", "diploma does not qualify: needs {required}"),
    "short.major": ("专业不符:需{required}", "major does not qualify: needs {required}"),
    "short.final_year": (
        "在校应届毕业生尚未取得{education}毕业证书",
        "a final-year student does not yet hold the {education} diploma",
    ),
    "short.unknown": ("未知:{fact}", "unknown: {fact}"),
    # --- facts the user can give -----------------------------------------------
    "fact.education": ("请提供最高学历", "give your highest diploma"),
    "fact.major": (
        "请提供所学专业与本职业的相关性",
        "give how your major relates to the occupation",
    ),
    "fact.experience": (
        "请提供累计从事本职业或相关职业的工作年限",
        "give your years of experience in this or a related occupation",
    ),
    "fact.certificate_date": (
        "请提供取得{level}证书的日期(或取证后的从业年限)",
        "give the date you obtained your {level} certificate (or the years worked since)",
    ),
    # --- actual values --------------------------------------------------------
    "actual.none": ("无", "none"),
    "actual.unknown": ("未提供", "not given"),
    # --- assumptions made by the engine -----------------------------------------
    "assume.continuous_uncapped": (
        "{level}证书取证后年限按自取证日 {date} 起持续从业推算,为 {years} 年(未提供累计从业年限,未按其封顶)",
        "years since the {level} certificate assume continuous work since {date}: {years} years "
        "(the experience in total, which would cap them, is not given)",
    ),
    "assume.continuous_capped": (
        "{level}证书取证后年限按自取证日 {date} 起持续从业推算,不超过累计从业 {cap} 年,为 {years} 年",
        "years since the {level} certificate assume continuous work since {date}, "
        "capped by the {cap} years of experience in total: {years} years",
    ),
    "assume.from_history": (
        "{level}证书取证后年限按工作经历中 {date} 之后的时段计算,为 {years} 年",
        "years since the {level} certificate counted from the work history after {date}: "
        "{years} years",
    ),
    "assume.final_year_prereq": (
        "在校应届毕业生尚未取得{education}毕业证书,按其入学已具备的{held}学历计",
        "a final-year student does not yet hold the {education} diploma and counts with the "
        "{held} education needed to enrol",
    ),
    "assume.experience_from_history": (
        "累计从业年限由工作经历计算:{periods},共 {months} 个月 = {years} 年",
        "experience computed from the work history: {periods}; {months} months = {years} years",
    ),
    # --- table ----------------------------------------------------------------
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
    "table.blocked": (
        "因基本条件 {clause} 不满足",
        "because general condition {clause} is not met",
    ),
    "table.reachable_on": (
        "{date} 起可报考(如持续从业)",
        "eligible from {date} if you keep working",
    ),
    "table.hint_plan": (
        "想知道何时能报考?运行 mediaops plan;刚入行?运行 mediaops guide start",
        "When can you apply? Run mediaops plan. New to the field? Run mediaops guide start",
    ),
    "table.actual": ("(实际 {actual})", " (actual {actual})"),
    # --- rules show -------------------------------------------------------------
    "rules.title": ("{title} · {edition}", "{title} · {edition}"),
    "rules.clause": ("条款", "Clause"),
    "rules.requirement": ("要求", "Requirement"),
    "rules.source": ("来源", "Source"),
    "rules.assumption_mark": ("假设", "assumption"),
    "rules.blocking": ("必备", "blocking"),
    "rules.advisory": ("提示", "advisory"),
    "rules.assumptions": ("假设说明", "Assumptions"),
    "rules.valid": (
        "规则文件有效:{path}({levels} 个等级,{pathways} 条途径)",
        "ruleset is valid: {path} ({levels} levels, {pathways} pathways)",
    ),
    "rules.invalid": (
        "规则文件无效:{path},共 {count} 个问题",
        "ruleset is invalid: {path}, {count} problem(s)",
    ),
    # --- input errors -----------------------------------------------------------
    "err.title": ("输入有误", "Invalid input"),
    "err.io_title": ("写入失败", "Cannot write"),
    "err.value": (
        "{field} 的值 “{value}” 无法识别。可接受的值:{accepted}。",
        "{field}: “{value}” is not recognised. Accepted values: {accepted}.",
    ),
    "err.number": (
        "{field} 的值 “{value}” 不是有效的年数,请输入不小于 0 的数字(可带小数)。",
        "{field}: “{value}” is not a number of years; give a number ≥ 0 (decimals allowed).",
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
    "err.future_date": (
        "{field} 的日期 {value} 晚于评估日期 {as_of}。",
        "{field}: the date {value} is after the evaluation date {as_of}.",
    ),
    "err.period_order": (
        "{field} 的时段 “{value}” 结束早于开始。",
        "{field}: the period “{value}” ends before it starts.",
    ),
    "err.period": (
        "{field} 的值 “{value}” 不是有效时段,请使用 YYYY-MM-DD..YYYY-MM-DD(结束可省略)。",
        "{field}: “{value}” is not a period; use YYYY-MM-DD..YYYY-MM-DD (the end may be left out).",
    ),
    "err.after_exceeds_total": (
        "取证后从业年限 {after} 年超过了累计从业年限 {total} 年,两者矛盾。",
        "years since the certificate ({after}) exceed the years of experience in total ({total}).",
    ),
    "err.after_exceeds_elapsed": (
        "{level}证书取证后从业年限 {after} 年超过了自取证日 {date} 以来的时间({elapsed} 年)。",
        "{after} years since the {level} certificate is more than has passed since "
        "{date} ({elapsed} years).",
    ),
    "err.after_without_cert": (
        "给出了取证后年限(--years-after-cert),但没有给出任何证书(--cert)。",
        "--years-after-cert was given but no certificate (--cert).",
    ),
    "err.history_disagrees": (
        "累计从业年限 {given} 年与工作经历计算出的 {computed} 年相差超过一个月。",
        "the experience given ({given} years) and the work history ({computed} years) "
        "differ by more than a month.",
    ),
    "err.duplicate_cert": (
        "{level}证书出现了两次且信息不同。",
        "the {level} certificate is given twice with different details.",
    ),
    "err.json": ("{field}:无法读取 JSON:{detail}", "{field}: cannot read JSON: {detail}"),
    "err.file": ("{field}:无法读取文件 {value}:{detail}", "{field}: cannot read {value}: {detail}"),
    "err.expected_list": (
        '{field} 应为列表(例如 [4] 或 [{{"level": 4}}]),而不是 {value}。',
        '{field} should be a list (e.g. [4] or [{{"level": 4}}]), not {value}.',
    ),
    "err.expected_object": (
        "{field} 应为一个对象 {{…}},而不是 {value}。",
        "{field} should be an object {{…}}, not {value}.",
    ),
    "err.missing_key": ("{field} 缺少必填项 {name}。", "{field} lacks the required key {name}."),
    "err.unknown_field": (
        "{field} 不是可识别的字段。可接受的字段:{accepted}。",
        "{field} is not a recognised field. Accepted fields: {accepted}.",
    ),
    "err.rules": ("规则文件 {path} 无效:", "The ruleset {path} is invalid:"),
    "err.no_level": ("规则中没有等级 {value}。", "The ruleset has no level {value}."),
    # --- field names, as the user typed them ------------------------------------
    "field.education": ("学历(--education)", "--education"),
    "field.major": ("专业相关性(--major)", "--major"),
    "field.experience": ("从业年限(--experience)", "--experience"),
    "field.training": ("培训(--training)", "--training"),
    "field.cert": ("证书(--cert)", "--cert"),
    "field.level": ("等级(--level)", "--level"),
    "field.years_after_cert": ("取证后年限(--years-after-cert)", "--years-after-cert"),
    "field.as_of": ("评估日期(--as-of)", "--as-of"),
    "field.work": ("工作经历(--work)", "--work"),
    "field.graduating": ("应届毕业生(--graduating)", "--graduating"),
    "field.input": ("输入文件(--input)", "--input"),
    # --- plan ---------------------------------------------------------------------
    "plan.title": (
        "全媒体运营师 报考路线 · 规则:{edition} · 自 {as_of} 起持续从业 · 取证等待 {lag} 个月",
        "All-Media Operator (全媒体运营师) road map · rules: {edition} · working on from {as_of} "
        "· {lag} months from eligibility to certificate",
    ),
    "plan.when": ("何时可报考", "When"),
    "plan.basis": ("依据 / 如何解锁", "Basis / how to unlock"),
    "plan.held": ("已持有", "held"),
    "plan.now": ("现在即可报考", "now"),
    "plan.later": ("{date} 起", "from {date}"),
    "plan.unreachable": ("仅靠时间无法达到", "not by time alone"),
    "plan.certificate": (
        "预计 {date} 取得证书",
        "certificate expected {date}",
    ),
    "plan.unlock_with": ("加上 {flag}:{date} 起可报考", "with {flag}: from {date}"),
    "plan.unlock_never": ("加上 {flag} 仍无法达到", "still out of reach with {flag}"),
    "plan.route": ("路线", "Route"),
    "plan.step_now": ("{level} 现在", "{level} now"),
    "plan.step_later": ("{level} {date}({pathway})", "{level} on {date} ({pathway})"),
    "plan.general": ("需满足基本条件 {clause}:{text}", "general condition {clause}: {text}"),
    "plan.needs_lower": (
        "需先取得{level}证书,而{level}目前无法达到",
        "needs a {level} certificate first, which is out of reach",
    ),
    "plan.assume_zero_experience": (
        "未提供从业年限:按 0 年起算,日期为最晚估计;提供实际年限可提前",
        "experience not given: counted from 0 years, so the dates are the latest; giving it may bring them forward",
    ),
    "plan.assume_cert_today": (
        "未提供{level}证书的取证日期或取证后年限:按自评估日起算,日期为最晚估计",
        "neither the date of the {level} certificate nor the years since it are given: counted "
        "from the evaluation date, so the dates are the latest",
    ),
    "plan.notes": ("说明", "Notes"),
    "plan.keep_working": (
        "假设自评估日起持续从事本职业或相关职业;证书在可报考后 {lag} 个月取得",
        "assumes continuous work in this or a related occupation from the evaluation date; "
        "each certificate {lag} months after becoming eligible for it",
    ),
    # --- batch --------------------------------------------------------------------
    "batch.no_columns": (
        "无法识别表头中的任何列:{header}。可识别的列:{accepted}。",
        "no recognisable column in the header: {header}. Recognised columns: {accepted}.",
    ),
    "batch.bad_csv": (
        "第 {line} 行的 CSV 无法读取:{detail}",
        "the CSV cannot be read at line {line}: {detail}",
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
    "batch.cannot_write": ("无法写入 {path}:{detail}", "cannot write {path}: {detail}"),
    "batch.too_many_cells": (
        "这一行有 {cells} 个单元格,表头只有 {width} 列;多出的内容:{extra}",
        "the row has {cells} cells but the header names {width}; the extra cells: {extra}",
    ),
    "batch.duplicate_column": (
        "有两列都表示 {column}:{headers};请只保留一列",
        "two columns both mean {column}: {headers}; keep one",
    ),
    "batch.bad_json": (
        "这一行不是有效的 JSON:{detail}(第 {column} 个字符)",
        "this line is not valid JSON: {detail} (character {column})",
    ),
    "batch.not_object": (
        "这一行应为一个 JSON 对象 {{…}}",
        "this line should be a JSON object {{…}}",
    ),
    "batch.empty": ("输入为空:没有表头行。", "the input is empty: there is no header row."),
    "batch.unknown_format": (
        "无法从文件名 {path} 判断格式;请用 {option} 指定:{accepted}。",
        "cannot tell the format of {path} from its name; give {option}: {accepted}.",
    ),
    "batch.cannot_open": ("无法打开 {path}:{detail}", "cannot open {path}: {detail}"),
    "batch.encoding": (
        "无法按 {encoding} 编码读取输入:{detail}。请用 --encoding 指定编码。",
        "cannot read the input as {encoding}: {detail}. Give --encoding.",
    ),
    "batch.needs_openpyxl": (
        "读写 .xlsx 需要 openpyxl:pip install 'mediaops[excel]'",
        "reading or writing .xlsx needs openpyxl: pip install 'mediaops[excel]'",
    ),
    "batch.error": ("{column} 列:{detail}", "column {column}: {detail}"),
    "batch.summary_eligible": ("可报考:{levels}", "eligible: {levels}"),
    "batch.summary_all_held": ("已持有全部等级证书", "holds every level already"),
    "batch.summary_not": ("暂不可报考;{level}:{missing}", "not eligible; {level}: {missing}"),
    "batch.summary_undetermined": (
        "无法判断;{level}:{missing}",
        "undetermined; {level}: {missing}",
    ),
    "batch.summary_from": (";{date} 起可报考(如持续从业)", "; eligible from {date} if working on"),
    "batch.tally_title": ("筛查结果", "Screening summary"),
    "batch.tally_rows": ("读取行数", "rows read"),
    "batch.tally_level": ("最高可报考{level}", "highest eligible: {level}"),
    "batch.tally_none": ("暂无可报考等级", "no level eligible"),
    "batch.tally_undetermined": ("无法判断", "undetermined"),
    "batch.tally_errors": ("有误的行", "rows with errors"),
    "batch.written": ("已写入 {path}", "written to {path}"),
    # --- interactive --------------------------------------------------------------
    "ask.intro": (
        "回答几个问题即可判断可报考的等级。不知道的可直接回车跳过;按 Ctrl-C 退出。",
        "Answer a few questions to see which levels you may apply for. "
        "Press Enter to skip what you do not know; Ctrl-C to quit.",
    ),
    "ask.education": ("最高学历", "Highest diploma"),
    "ask.major": (
        "所学专业与全媒体运营的相关性",
        "How does your major relate to all-media operations",
    ),
    "ask.graduating": (
        "是否为尚未取得该毕业证书的在校应届毕业生?(是/否)",
        "Are you a final-year student who has not yet received that diploma? (yes/no)",
    ),
    "ask.experience": (
        "累计从事本职业或相关职业的工作年限(年,可带小数)",
        "Years of experience in this or a related occupation (decimals allowed)",
    ),
    "ask.training": (
        "已完成哪些等级的正规培训(取得结业证书)?多个用逗号分隔,没有则直接回车",
        "Formal training completed (结业证书), for which levels? Separate with commas; Enter for none",
    ),
    "ask.certs": (
        "已持有的本职业或相关职业证书等级及取证日期(如 四级:2022-06-15),多个用逗号分隔,没有则直接回车",
        "Certificates held in this or a related occupation, with dates (e.g. 4:2022-06-15); "
        "separate with commas; Enter for none",
    ),
    "ask.years_after": (
        "取得{level}证书后从事本职业的年限(不知道可回车)",
        "Years worked in the occupation since obtaining the {level} certificate (Enter if unsure)",
    ),
    "ask.invalid": ("无法识别,请重新输入。", "Not recognised; please try again."),
    "ask.summary": ("你的回答", "Your answers"),
    "ask.cancelled": ("已取消。", "Cancelled."),
    "summary.education": ("学历", "Education"),
    "summary.major": ("专业", "Major"),
    "summary.graduating": ("应届毕业生", "Final-year student"),
    "summary.experience": ("从业年限", "Experience"),
    "summary.training": ("正规培训", "Formal training"),
    "summary.certs": ("证书", "Certificates"),
    "summary.years_after": ("取证后年限", "Years since certificate"),
    "yes": ("是", "yes"),
    "no": ("否", "no"),
    "years": ("{years} 年", "{years} years"),
}
