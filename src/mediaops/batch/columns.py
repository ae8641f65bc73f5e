"""Which column of a sheet holds which fact: headers as spreadsheets really write them.

A header is matched after it is tidied: surrounding spaces and a BOM
removed, full-width characters read as ASCII, a unit in brackets or after a
slash dropped (``工作年限(年)``, ``工作年限（年）``, ``年限/年``, ``从业年限(单位:年)``),
letters lower-cased, spaces, ``_`` and ``-`` ignored. Each fact has the names
spreadsheets use for it (:data:`FACTS`). A column named only ``专业`` holds
either the major's relevance or the major's *name* (市场营销): its first
values decide, and a column of names is reported as not read. ``--column
HEADER=FACT`` maps any header explicitly.

Every column of the input is kept in the output (unless ``--keep-columns``
says otherwise); the map says which were read as which fact and which were
ignored and why, so nothing is ignored without a word.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from mediaops.errors import InputError
from mediaops.messages import Both, Msg, shown
from mediaops.values import (
    MAJOR_ALIASES,
    fold,
    key,
    parse_date,
    split_certificate,
    split_title,
)

#: The facts a sheet may hold, and the header names that mean each (the first is its id).
FACTS: dict[str, tuple[str, ...]] = {
    "id": (
        "id",
        "编号",
        "序号",
        "报名号",
        "报名序号",
        "考生号",
        "学号",
        "工号",
        "編號",
        "序號",
        "報名號",
        "學號",
        "no",
        "number",
    ),
    "name": ("name", "姓名", "名字"),
    "education": (
        "education",
        "学历",
        "最高学历",
        "文化程度",
        "学历层次",
        "學歷",
        "最高學歷",
        "文化程度(最高)",
    ),
    "major": (
        "major",
        "专业相关性",
        "是否相关专业",
        "专业是否相关",
        "是否本专业或相关专业",
        "专业对口",
        "是否专业对口",
        "专业是否对口",
        "专业相关",
        "是否专业相关",
        "所学专业是否相关",
        "毕业专业是否相关",
        "relevance",
        "專業相關性",
    ),
    "graduating": (
        "graduating",
        "应届",
        "应届生",
        "是否应届",
        "应届毕业生",
        "在校应届毕业生",
        "是否在校应届毕业生",
        "是否应届毕业生",
        "是否为应届毕业生",
        "是否为应届生",
        "是否应届生",
        "应届/往届",
        "应届往届",
        "应往届",
        "應屆",
    ),
    "experience": (
        "experience",
        "工作年限",
        "从业年限",
        "累计工作年限",
        "累计从业年限",
        "相关工作年限",
        "本职业工作年限",
        "从事本职业年限",
        "从事本职业工作年限",
        "从事本职业或相关职业工作年限",
        "从事相关工作年限",
        "工作经验",
        "相关工作经验",
        "年限",
        "工龄",
        "工作年数",
        "从业年数",
        "累计工作年数",
        "years",
        "從業年限",
    ),
    "training": (
        "training",
        "trainings",
        "培训",
        "正规培训",
        "培训等级",
        "培训情况",
        "培训结业情况",
        "正规培训结业情况",
        "培訓",
    ),
    "certs": (
        "certs",
        "certificates",
        "cert",
        "certificate",
        "证书",
        "证书等级",
        "证书级别",
        "已有证书",
        "持有证书",
        "现有证书",
        "已获证书",
        "已取得证书",
        "已有证书等级",
        "持有证书等级",
        "现有证书等级",
        "已获证书等级",
        "已取得证书等级",
        "持证情况",
        # the certificate held now, as forms ask it (现持证书等级, 所持证书)
        "现持证书",
        "现持证书等级",
        "现持有证书",
        "现持有证书等级",
        "所持证书",
        "所持证书等级",
        "已持证书",
        "已持证书等级",
        "持证等级",
        "持证级别",
        "取得证书",
        "获得证书",
        "取得证书等级",
        "获得证书等级",
        "原证书等级",
        "职业资格证书",
        "职业技能等级证书",
        "技能等级证书",
        # the level held, as an application form asks it (原职业资格等级); not the level
        # applied for (申报等级, 职业资格等级 alone: not read)
        "现有职业资格等级",
        "现有职业技能等级",
        "原职业资格等级",
        "原职业技能等级",
        "已取得职业资格等级",
        "已取得职业技能等级",
        "已有职业资格等级",
        "已有职业技能等级",
        "持有职业资格等级",
        "持有职业技能等级",
        "现职业资格等级",
        "现职业技能等级",
        "證書",
    ),
    "cert_date": (
        "cert_date",
        "certificate_date",
        "取证时间",
        "取证日期",
        "发证日期",
        "发证时间",
        "获证时间",
        "获证日期",
        "证书日期",
        "证书时间",
        "取得证书时间",
        "取得证书日期",
        "证书取得时间",
        "证书取得日期",
        "取证年月",
        "发证年月",
        "获证年月",
        "证书取得年月",
        "取得证书年月",
        # as an application form asks the date of the certificate held (原证书发证日期)
        "原证书发证日期",
        "原证书发证时间",
        "原证书取得日期",
        "原证书取得时间",
    ),
    "years_after_cert": (
        "years_after_cert",
        "取证后年限",
        "取证后工作年限",
        "取证后从业年限",
        "取證後年限",
    ),
    "as_of": ("as_of", "评估日期", "評估日期"),
    "work": ("work", "work_history", "工作经历", "工作經歷"),
    "diplomas": ("diplomas", "学历列表", "全部学历", "所有学历", "各学历"),
    "school_class": ("school_class", "班级类型", "技工院校班级", "技校班级"),
    "evaluated": ("evaluated", "经评估论证", "是否经评估论证", "专业是否经评估论证"),
    "titles": ("titles", "title", "职称", "职称等级", "專業技術職稱"),
    "title_date": (
        "title_date",
        "职称取得时间",
        "职称取得日期",
        "取得职称时间",
        "取得职称日期",
        "职称日期",
        "评定时间",
    ),
    "direction": ("direction", "职业方向", "报考方向", "方向"),
}
#: Headers that may hold the major's relevance, or only its name: the values decide.
MAJOR_OR_NAME = ("专业", "所学专业", "专业名称", "专业名", "專業", "major_name")
#: The facts read from cells (everything but the id and the name).
FACT_IDS = tuple(f for f in FACTS if f not in ("id", "name"))
#: Facts that are a number of years, which a sheet may give as whole years in one column and
#: months in another (工作年限(年) beside 工作年限(月)).
SPLIT_YEARS = ("experience", "years_after_cert")

#: Each fact's name in messages and the column mapping.
FACT_NAMES: dict[str, Both] = {
    "id": Both("编号", "id"),
    "name": Both("姓名", "name"),
    "education": Both("学历", "education"),
    "major": Both("专业相关性", "major relevance"),
    "graduating": Both("应届在读", "final-year student"),
    "experience": Both("从业年限", "years of experience"),
    "training": Both("正规培训", "formal training"),
    "certs": Both("证书", "certificates"),
    "cert_date": Both("取证日期", "certificate date"),
    "years_after_cert": Both("取证后年限", "years since the certificate"),
    "as_of": Both("评估日期", "evaluation date"),
    "work": Both("工作经历", "work history"),
    "diplomas": Both("学历列表", "diplomas"),
    "school_class": Both("技工院校班级", "school class"),
    "evaluated": Both("经评估论证", "evaluated programme"),
    "titles": Both("职称", "titles"),
    "title_date": Both("职称取得日期", "title date"),
    "direction": Both("职业方向", "direction"),
}

_UNIT = re.compile(
    r"(?:[(\[{<](?:单位)?[:]?(?:年|岁|个月|月|日期|yyyy-mm-dd|years?|months?)[)\]}>]"
    r"|/(?:年|岁|个月|月|years?|months?)|（单位.*?）)$"
)


#: A header that gives its unit as months: ``工作年限(月)``, ``年限/月``, ``experience (months)``.
_MONTHS = re.compile(
    r"(?:[(\[{<（]\s*(?:单位\s*[:：]?\s*)?(?:个月|月|months?)\s*[)\]}>）]|/\s*(?:个月|月|months?))\s*$",
    re.I,
)


#: What a template marks a header with, saying nothing of its column: a required field
#: (``学历*``, ``※学历``) or a label's colon (``取证时间：``).
_MARKS = re.compile(r"^[*※]+|[*※:]+$")


def _unmarked(text: str) -> str:
    """``text`` (folded) without the marks of :data:`_MARKS`."""
    return _MARKS.sub("", text.strip()).strip()


def tidy(header: str) -> str:
    """A header as it is matched: folded, marks, unit and ``(工种)`` dropped, lower-case,
    without spaces, ``_`` or ``-``."""
    text = _unmarked(fold(str(header).lstrip("\ufeff")))
    text = re.sub(r"\s+", "", text)
    # 从事本职业（工种）年限, as the national application forms write the occupation
    text = text.replace("(工种)", "").replace("(工種)", "")
    previous = None
    while previous != text:  # 从业年限(单位:年) / 年限/年 / 工作年限(年)
        previous = text
        text = _UNIT.sub("", text)
    return re.sub(r"[_\-]+", "", key(text))


_LOOKUP: dict[str, str] = {tidy(n): fact for fact, names in FACTS.items() for n in names}
_FACT_WORDS: dict[str, str] = {
    **{tidy(f): f for f in FACTS},
    **{tidy(n.zh): f for f, n in FACT_NAMES.items()},
}
_AMBIGUOUS = {tidy(n) for n in MAJOR_OR_NAME}

#: Remarks that say nothing of what a column holds: ``证书(如有)``, ``学历(必填)``.
_PLAIN_REMARKS = frozenset(
    tidy(r)
    for r in (
        "如有", "如无", "如无请填无", "没有填无", "无则不填", "有则填写", "必填", "选填", "非必填",
        "可选", "可不填", "请填写", "填写", "是/否", "是或否", "有/无", "单选", "多选", "最高",
        "optional", "required", "if any", "yes/no",
        # how a date is written: 取证时间(年月日)
        "年月日", "年/月/日", "年-月-日", "yyyy-mm-dd", "yyyy/mm/dd", "yyyy.mm.dd", "yyyymmdd",
        # how a period is written: 工作经历(起止年月)
        "起止年月", "起止时间", "起止日期", "起止年月日", "起止时间(年月)",
    )
)  # fmt: skip
#: A remark that shows how to write the cell (``格式：2024-01-01``, ``如：大专``, ``如：3.5``)
#: says nothing of what it holds either, unless the example gives a unit
#: (``工作年限(如：18个月)``: months) or names another column (``如：取证后年限``).
_EXAMPLE_REMARK = re.compile(r"^(?:格式|例如|例|如)[:：]")
_DATE_FACTS = frozenset({"cert_date", "title_date", "as_of"})
_UNIT_WORDS = re.compile(r"月|天|周|日|month|week|day")


def _plain_example(fact: str, remark: str) -> bool:
    """Whether ``remark`` (tidied) is an example of how to write a cell of ``fact`` only."""
    m = _EXAMPLE_REMARK.match(remark)
    if m is None:
        return False
    if fact in _DATE_FACTS:
        return True
    example = remark[m.end() :]
    return not _UNIT_WORDS.search(example) and _LOOKUP.get(example, fact) == fact


#: The longest header a remark is looked for in (a header name is short).
_REMARK_MAX = 60


def header_key(header: str) -> str:
    """The form a header is looked up by: :func:`tidy`, and for a known name followed by a
    remark in brackets that says nothing of what the column holds (``证书(如有)``,
    ``是否相关专业(是/否)``) or names the same fact (``学历(最高学历)``), the name. Any other
    remark may change what the column holds (``工作年限(取证后)``, ``证书(报考等级)``,
    ``学历(第一学历)``): the header is then not read as the name."""
    word = tidy(header)
    if word in _LOOKUP or word in _AMBIGUOUS:
        return word
    relevance = _relevance_remark(header)
    if relevance is not None:
        return relevance
    found = _name_and_remark(header)
    if found is None:
        return word
    text, name, remark = found
    if _MONTHS.search(text):
        return word  # a unit of months before the remark: years or months is not sure
    same = remark in _LOOKUP and _LOOKUP[remark] == _LOOKUP[name]
    plain = remark in _PLAIN_REMARKS or _plain_example(_LOOKUP[name], remark)
    return name if plain or same else word


def _relevance_remark(header: str) -> str | None:
    """For ``专业`` or ``所学专业`` (a major's name or its relevance) followed by a remark in
    brackets asking for the relevance (``所学专业(是否相关)``, ``专业（相关/不相关）``, often
    on a line of its own after Alt+Enter), the name of the relevance column the two make
    (``所学专业是否相关``); None for any other header."""
    parted = _bracketed_remark(header)
    if parted is None or parted[1] not in _AMBIGUOUS:
        return None
    _, name, remark = parted
    for joined in (name + remark, remark):
        if _LOOKUP.get(joined) == "major":
            return joined
    parts = [p for p in re.split(r"[/、,;|或]", remark) if p]
    if len(parts) > 1 and all(key(p) in MAJOR_ALIASES for p in parts):
        return tidy("专业相关性")
    return None


def _name_and_remark(header: str) -> tuple[str, str, str] | None:
    """A known name followed by a remark in brackets: (the text before the remark, the name
    tidied, the remark tidied); None for any other header."""
    parted = _bracketed_remark(header)
    return parted if parted is not None and parted[1] in _LOOKUP else None


def _bracketed_remark(header: str) -> tuple[str, str, str] | None:
    """A header ending in a remark in brackets: (the text before the remark, it tidied, the
    remark tidied); None for any other header, or one too long to be a name and a remark."""
    text = _unmarked(fold(str(header)))
    if len(text) > _REMARK_MAX or not text.endswith((")", "）", "]", "】")):
        return None
    opening = max(text.rfind(c) for c in "(（[【")
    if opening <= 0:
        return None
    return text[:opening], tidy(text[:opening]), tidy(text[opening + 1 : -1])


#: A unit of months first among a bracket's parts: ``工作年限(月,不含实习)``.
_MONTHS_FIRST = re.compile(
    r"[(\[{<（]\s*(?:单位\s*[:：]?\s*)?(?:个月|月|months?)\s*[,，;；、]", re.I
)


#: A header that gives its unit as years: ``工作年限(年)``, ``年限/年``, ``experience (years)``.
_YEARS = re.compile(
    r"(?:[(\[{<（]\s*(?:单位\s*[:：]?\s*)?(?:年|years?)\s*[)\]}>）]|/\s*(?:年|years?))\s*$",
    re.I,
)


def gives_years(header: str) -> bool:
    """Whether a header names its unit as years (``工作年限(年)``; ``工作年限`` does not)."""
    return bool(_YEARS.search(fold(str(header))))


def _plain(header: str) -> str:
    """A header as written, but for width, spaces and case (``证书等级（如有）`` is
    ``证书等级(如有)``, ``Cert`` is ``cert``): how a ``--column`` names one exactly."""
    return "".join(fold(str(header).lstrip("\ufeff")).split()).lower()


def gives_months(header: str) -> bool:
    """Whether a header gives its unit as months: at its end (``工作年限(月)``), before a
    remark (``工作年限(月)(不含实习)``) or first in a bracket (``工作年限(月,不含实习)``)."""
    text = fold(str(header))
    if _MONTHS.search(text) or _MONTHS_FIRST.search(text):
        return True
    found = _name_and_remark(header)
    return found is not None and bool(_MONTHS.search(found[0]))


def remarked_fact(header: str) -> str | None:
    """The fact a header names before a remark in brackets (``工作年限(不含实习)``:
    experience), or None."""
    found = _name_and_remark(header)
    return None if found is None else _LOOKUP[found[1]]


def parse_column_option(text: str, field: str = "--column") -> tuple[str, str]:
    """``--column HEADER=FACT`` (the fact by id or Chinese name; ``-`` to ignore a column).

    Raises:
        InputError: not of that form, or not a known fact.
    """
    header, sep, fact = text.rpartition("=")
    word = tidy(fact)
    if not sep or not header.strip():
        raise InputError(field, Msg.of("batch.column_option", value=shown(text)))
    if fact.strip() == "-":
        return header.strip(), "-"
    if word not in _FACT_WORDS:
        accepted = Both("、".join(n.zh for n in FACT_NAMES.values()), ", ".join(FACT_NAMES))
        raise InputError(
            field, Msg.of("err.value", field=field, value=shown(fact), accepted=accepted)
        )
    return header.strip(), _FACT_WORDS[word]


@dataclass(slots=True)
class ColumnMap:
    """Which input column holds which fact, and what became of the others.

    Attributes:
        header: the header as written (``""`` for a missing name).
        facts: fact → index of the column read for it.
        also: fact → the other columns named for it, read with the first (a sheet with
            证书等级 twice): a list's cells are joined, and cells of one value must agree.
        months: fact → the column giving the months of a number of years whose whole years
            another column gives (工作年限(年) and 工作年限(月) side by side): read together.
        ignored: index → why it was not read (``name``: major names; ``duplicate``:
            another column gives that fact, chosen by ``--column`` or in other units, or
            the id; ``unknown``: no fact by that name; ``option``: ``--column HEADER=-``;
            ``work_start``: the date work started, :func:`starts_work`;
            ``cert_occupation``: the certificates' occupation, :data:`CERT_OCCUPATION`).
    """

    header: tuple[str, ...]
    facts: dict[str, int] = field(default_factory=dict)
    also: dict[str, tuple[int, ...]] = field(default_factory=dict)
    months: dict[str, int] = field(default_factory=dict)
    ignored: dict[int, str] = field(default_factory=dict)
    #: facts whose header gives the unit as months (``工作年限(月)``): a bare number is months
    in_months: set[str] = field(default_factory=set)
    #: index → level of a yes/no column naming one level's certificate or completed training
    #: (``是否取得四级证书``, ``四级培训结业``), read as a column of its fact (:func:`level_flag`)
    levels: dict[int, int] = field(default_factory=dict)
    #: of those, the columns of one level's certificate date (``四级取证时间``, or 四级 under
    #: a heading 证书情况): a date says the certificate is held since then (:func:`level_date`)
    dated: set[int] = field(default_factory=set)

    def read(self) -> set[int]:
        """The columns whose cells are read (the name, when another column is the id, is not)."""
        first = {i for fact, i in self.facts.items() if fact != "name"}
        return first | {i for more in self.also.values() for i in more} | {*self.months.values()}

    def naming(self) -> tuple[int, ...]:
        """The columns naming a row in the output, in turn: the id's, then the name's (a
        blank id cell gives way to the name, as a JSON Lines row's blank ``id`` does)."""
        return tuple(self.facts[f] for f in ("id", "name") if f in self.facts)

    def read_as(self) -> list[tuple[int, str]]:
        """Every column read, with its fact, in the order of the header."""
        pairs = [(i, f) for f, i in self.facts.items()]
        pairs += [(i, f) for f, more in self.also.items() for i in more]
        pairs += [(i, f) for f, i in self.months.items()]
        return sorted(pairs)

    def name(self, index: int) -> str:
        """A column as messages name it: its header on one line (see :func:`one_line`), or
        its number where the header cell is empty (``#3``)."""
        return one_line(self.header[index]) or f"#{index + 1}"

    def label(self, fact: str) -> str:
        """The column of a fact as messages name it (:meth:`name`)."""
        return self.name(self.facts[fact])


def one_line(header: str) -> str:
    """A header cell written on several lines (Excel's Alt+Enter: ``取证\n时间``) as one line,
    the lines joined as the words are: with nothing between Chinese characters
    (``取证时间``), else with a space (``Work\nyears`` → ``Work years``). Its name is read the
    same either way (:func:`header_key` drops the spaces); a message or a cell of the output
    names it on one line."""
    lines = [line.strip() for line in header.splitlines() if line.strip()]
    text = lines[0] if lines else ""
    for line in lines[1:]:
        joined = _CJK.match(text[-1]) and _CJK.match(line[0])
        text += line if joined else " " + line
    return text


_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def is_header_name(cell: object) -> bool:
    """Whether a cell reads as the name of a column this tool knows (学历, 工作年限(年) …)."""
    name = header_key(str(cell)) if cell is not None else ""
    return bool(name) and (name in _LOOKUP or name in _AMBIGUOUS)


def find_header(rows: Sequence[Sequence[str]]) -> tuple[int, list[str], bool]:
    """The header among a sheet's first non-empty rows: the one naming the most known columns
    (a title row above it, such as ``2026年第四季度报名表``, is not the header).

    Returns:
        The header's index in ``rows``; the header, completed by a row of sub-headers
        below it (a group heading such as 证书情况 over 已有证书 / 取证时间); and whether
        that row below was taken as sub-headers (it is then not an applicant).
    """
    counts = [sum(1 for c in row if is_header_name(c)) for row in rows]
    best = max(range(len(rows)), key=lambda i: (counts[i], -i))
    header = list(rows[best])
    if best > 0:
        header = _with_names_above(header, rows[best - 1])
        # the units under a heading of the row above (工作年限 over 年 / 月)
        above = [*rows[best - 1], *[""] * (len(header) - len(rows[best - 1]))]
        for j, cell in enumerate(header):
            if str(cell).strip() and not is_header_name(cell):
                header[j] = _with_unit(above, j, cell) or cell
    if best + 1 >= len(rows):
        return best, header, False
    below = rows[best + 1]
    named = [j for j, c in enumerate(below) if str(c).strip()]
    fills = [j for j in named if j >= len(header) or not is_header_name(header[j])]
    above = [*header, *[""] * (len(below) - len(header))]
    merged = list(above)
    known = 0
    for j in named:
        cell = str(below[j]).strip()
        # under a column's own name (not a heading merged across the next column), a cell
        # is that column's value: 应届生 under 是否应届, 张三 under 姓名 — an applicant
        group = not is_header_name(above[j]) or (j + 1 < len(above) and not above[j + 1].strip())
        if not group and _fact_of(cell) in (None, _fact_of(above[j])):
            return best, header, False
        name = cell if is_header_name(cell) else _with_unit(above, j, cell)
        name = name or _with_heading(above, j, cell) or _with_level(above, j, cell)
        if name is not None:
            known += 1
        elif any(c.isdigit() for c in cell):
            return best, header, False  # a number or a date: an applicant's value
        elif is_header_name(above[j]):
            name = above[j]  # 已有证书 over 等级: the heading names its own column
        else:  # a sub-header not known, with its heading (已有证书取得时间): not read, but
            # a column that looks like a fact is said so, with the --column that reads it
            name = f"{_heading(above, j)}{cell}"
        merged[j] = name
    # sub-headers: names or units, and a few not known among them
    if fills and known >= 2 and known * 2 >= len(named):
        return best, merged, True
    return best, header, False


def _fact_of(name: str) -> str | None:
    """The fact a column name reads as (None: not a name known)."""
    return _LOOKUP.get(header_key(name))


#: Where a candidate file (``check --input``, a JSON Lines row) gives each fact a sheet's
#: column may hold.
DOCUMENT_KEY_OF: dict[str, str] = {
    "education": "education",
    "major": "major",
    "graduating": "graduating",
    "experience": "experience",
    "training": "trainings",
    "certs": "certificates",
    "cert_date": "certificates.date",
    "years_after_cert": "certificates.years_after",
    "as_of": "as_of",
    "work": "work_history",
    "diplomas": "diplomas",
    "school_class": "diplomas.school_class",
    "evaluated": "diplomas.evaluated",
    "titles": "titles",
    "title_date": "titles.date",
    "direction": "direction",
}


@functools.lru_cache(maxsize=1024)
def fact_of_key(key: str) -> str | None:
    """The fact a JSON Lines key would name as a sheet's column (``certs``, ``学历``,
    ``工作年限(年)``), but for the id and the name; None for any other key."""
    fact = _fact_of(key)
    return fact if fact in DOCUMENT_KEY_OF else None


def names_the_id(header: str) -> bool:
    """Whether a column name is an id's (序号, 编号): a form numbers its lines there."""
    return _fact_of(header) == "id"


def id_of_keys(document: Mapping[str, Any]) -> str | int | float | None:
    """The id of a JSON Lines object without an ``id`` key, as a sheet's would be: the text
    (or the number: ``"编号": 7``) of a key named as an id's column (``编号``), else as a
    name's (``姓名``, ``name``: the name serves as the id); None where there is none."""
    found: dict[str, str | int | float] = {}
    for name, value in document.items():
        if (fact := _fact_of(name)) not in ("id", "name"):
            continue
        if isinstance(value, str) and value.strip():
            found.setdefault(fact, value.strip())
        elif isinstance(value, int | float) and not isinstance(value, bool):
            found.setdefault(fact, value)
    return found.get("id", found.get("name"))


#: A sub-header that is only a unit, under a heading (工作年限 over 年 and 月, as a form's
#: "__ 年 __ 个月" is laid out): the unit it names.
_UNITS = {
    **dict.fromkeys(("年", "年数", "(年)", "year", "years"), "年"),
    **dict.fromkeys(("月", "个月", "個月", "月数", "月數", "(月)", "month", "months"), "月"),
}


def _heading(header: Sequence[str], j: int) -> str:
    """The heading over column ``j``: its own, or, merged across, the nearest to its left."""
    return next((str(header[k]).strip() for k in range(j, -1, -1) if str(header[k]).strip()), "")


def _with_unit(header: Sequence[str], j: int, cell: str) -> str | None:
    """The name of column ``j`` whose sub-header is only a unit (年 or 月): the heading over
    it (in its own column, or, merged across, the nearest to its left) with the unit, as a
    one-line header writes it (工作年限(年), 工作年限(月)); None unless that names a column
    in that unit."""
    unit = _UNITS.get("".join(fold(str(cell)).split()).lower())
    heading = _heading(header, j)
    if unit is None or not heading:
        return None
    name = f"{heading}({unit})"
    gives = gives_years if unit == "年" else gives_months
    return name if is_header_name(name) and gives(name) else None


#: The word a group heading's fact is named by, which its sub-headers complete (证书情况
#: over 等级 and 取得时间: 证书等级, 证书取得时间), and the facts such a name may then be.
_GROUP_WORDS = {
    "certs": ("证书", ("certs", "cert_date", "years_after_cert")),
    "titles": ("职称", ("titles", "title_date")),
    "training": ("培训", ("training",)),
}


def _with_heading(header: Sequence[str], j: int, cell: str) -> str | None:
    """The name of column ``j`` whose sub-header names a column only with its heading
    (已有证书 or 证书情况 over 等级 and 取得时间): the heading and the sub-header as one
    name (已有证书等级), or the heading's word and the sub-header (证书取得时间), if that
    names a column of the heading's kind; else None."""
    heading = _heading(header, j)
    group = _GROUP_WORDS.get(_fact_of(heading) or looks_like(heading) or "")
    if group is None:
        return None
    word, kinds = group
    names = (f"{heading}{cell}", f"{word}{cell}")
    return next((n for n in names if _fact_of(n) in kinds), None)


def _with_level(header: Sequence[str], j: int, cell: str) -> str | None:
    """The name of column ``j`` whose sub-header is a level under a yes/no heading
    (是否取得证书 over 四级 and 三级, 是否完成培训 over 四级): the heading with the level
    before its 证书 or 培训 (是否取得四级证书), if that names one level's yes/no column
    (:func:`level_flag`); else None."""
    heading = _heading(header, j)
    level = "".join(fold(str(cell)).split())
    if level not in _HEADER_LEVELS:
        return None
    for word in ("证书", "培训"):
        if word in heading:
            name = heading.replace(word, level + word, 1)
            if level_flag(name) is not None:
                return name
    if (_fact_of(heading) or looks_like(heading)) in ("certs", "cert_date"):
        # 证书情况 or 取证时间 over 四级 and 三级: each level's certificate, by its date
        return f"{level}证书取得时间"
    return None


def _with_names_above(header: list[str], above: Sequence[str]) -> list[str]:
    """A header of sub-headers under a row of group headings, where a column merged over both
    rows (序号, 姓名) keeps its name in the row above, as Excel writes merged cells. Only
    when the header's leading empty cells all have a name above them is the row above
    read so: those cells take the names, and so does any later empty cell under a name (a
    从业年限 or 已有证书 merged down right of the groups); a title row's words (``报名表,,,培训``,
    a form number ``编号,BM-01`` past the header's end) and a heading over sub-headers
    that happens to be a column's name (工作经历 over 工作年限) name nothing."""
    lead = 0
    while lead < len(header) and not str(header[lead]).strip():
        lead += 1
    if lead == 0 or lead > len(above) or not all(is_header_name(c) for c in above[:lead]):
        return header
    rest = [*header[lead:], *[""] * (len(above) - len(header))]
    for j, cell in enumerate(rest, start=lead):
        if not str(cell).strip() and j < len(above) and is_header_name(above[j]):
            rest[j - lead] = above[j]
    while rest and not str(rest[-1]).strip():
        rest.pop()
    return [*above[:lead], *rest]


#: Words in a header that name no known column but say which fact it may hold (持证类别,
#: 应届/往届情况), checked in order; dated columns apart. A training's certificate
#: (培训结业证书) is the training, not a certificate held.
_LIKE = (
    (("职称",), "titles"),
    (("学历", "毕业", "学位", "文化程度"), "education"),
    (("培训",), "training"),
    (("证书", "持证", "等级"), "certs"),
    (("年限", "年数", "工作经验", "工龄"), "experience"),
    (("应届", "往届", "在读"), "graduating"),
)
#: Words of a header naming work, which a unit of years or months makes a length of it.
_WORK = ("工作", "从业", "经历", "经验", "工龄")
#: Words of a header about something else than a fact of its kind: a certificate's number,
#: name or issuer, the level applied for (报考等级), an address.
_OTHER = (
    *("编号", "号码", "名称", "机关", "机构", "单位", "地址", "电话", "学校", "院校"),
    # the level applied for or examined (报考等级, 鉴定等级), not one held
    *("报考", "申报", "报名", "申请", "考试", "鉴定", "认定", "考核"),
    *("费", "学时", "课时", "班次"),  # a training's fee or hours, not the training
    *("备注", "说明", "其他", "其它"),  # a remark column that mentions 证书 among others
)


def looks_like(header: str, cells: Sequence[object] = ()) -> str | None:
    """The fact a header not recognised seems to name, by a word in it (``持证类别``:
    certs), or None. Such a column is not read (its name may mean something else), but
    it is said, as the verdicts may then be wrong (no certificate column: none held).

    A date's column whose first ``cells`` name a level before the date more often than
    they give a date alone (``证书等级/取证时间`` holding ``四级/2024.1.10``) holds
    certificates (or titles) with their dates, which the certificates' column reads."""
    text = fold(str(header))
    if any(w in text for w in _OTHER):
        return None
    if (gives_years(header) or gives_months(header)) and any(w in text for w in _WORK):
        return "experience"  # a length of work in its unit (工作时间(年), 相关工作经历(年))
    if any(w in text for w in ("时间", "日期", "年月")):  # a date: of a certificate or a title
        titles = "职称" in text
        if not titles and ("证" not in text or "培训" in text):  # 培训结业证书日期: no level's
            return None
        given = [str(c) for c in cells if str(c).strip()]
        split = split_title if titles else split_certificate
        dated = sum(1 for c in given if _reads(parse_date, c))
        leveled = sum(1 for c in given if _reads(split, c)) - dated
        if leveled > dated:
            return "titles" if titles else "certs"
        return "title_date" if titles else "cert_date"
    return next((fact for words, fact in _LIKE if any(w in text for w in words)), None)


#: A level's name in a header (全媒体运营师 四级; 中级工 … 高级技师), to its number.
_HEADER_LEVELS = {
    **dict.fromkeys(("四级", "四級", "中级工", "中級工"), 4),
    **dict.fromkeys(("三级", "三級", "高级工", "高級工"), 3),
    **dict.fromkeys(("二级", "二級", "技师", "技師"), 2),
    **dict.fromkeys(("一级", "一級", "高级技师", "高級技師"), 1),
}
_LEVEL = "(?P<level>" + "|".join(sorted(_HEADER_LEVELS, key=len, reverse=True)) + ")"
#: A remark saying a column holds yes or no: ``四级证书(是/否)``.
_YES_NO_REMARK = re.compile(r"\((?:是/否|是或否|有/无|yes/no|√/×|是/否/不清楚)\)$")
#: A header asking whether a level's certificate is held: ``是否取得四级证书``,
#: ``是否持有三级证书``; with a yes/no remark also ``四级证书(是/否)``.
_CERT_FLAG = re.compile(
    rf"(?P<ask>是否)?已?(?:取得|持有|获得|具有|有)?(?:全媒体运营师)?{_LEVEL}"
    r"(?:职业技能等级|职业资格|技能等级)?(?:证书|證書)"
)
#: A header asking whether a level's formal training was completed: ``是否取得四级培训结业证书``,
#: ``四级培训结业``, ``是否完成四级培训``. One asking whether it was attended
#: (``是否参加四级培训``) says nothing of its end: not read (:func:`attended_training`).
_TRAINING_FLAG = re.compile(
    rf"(?:是否)?已?(?:完成|参加并完成)(?:全媒体运营师)?{_LEVEL}(?:正规)?(?:培训|培訓)"
    rf"|(?:是否)?已?(?:取得|获得)?(?:全媒体运营师)?{_LEVEL.replace('level', 'level2')}"
    r"(?:正规)?(?:培训|培訓)已?(?:结业|結業|完成|合格)(?:证书|證書|证明)?"
)


#: A header of the date one level's certificate was obtained: ``四级取证时间``,
#: ``四级证书取得日期``, ``取得四级证书时间``.
_CERT_DATE_OF_LEVEL = re.compile(
    rf"(?:取得|获得)?(?:全媒体运营师)?{_LEVEL}(?:职业技能等级|职业资格|技能等级)?(?:证书|證書)?"
    r"的?(?:取得|取证|获证|发证|获得)?(?:时间|日期|年月)"
)


def level_date(header: str) -> int | None:
    """The level of a column giving the date its certificate was obtained (``四级取证时间``),
    or None."""
    m = _CERT_DATE_OF_LEVEL.fullmatch(tidy(header))
    return None if m is None else _HEADER_LEVELS[m["level"]]


def level_flag(header: str) -> tuple[str, int] | None:
    """The fact and level of a yes/no column naming one level (``是否取得四级证书``: a 四级
    certificate held or not; ``四级培训结业``: 四级 training completed or not), or None.
    A header of a certificate without 是否 or a yes/no remark (``四级证书``) may hold its
    date: not such a column."""
    text = tidy(header)
    remark = _YES_NO_REMARK.search(text) is not None
    text = _YES_NO_REMARK.sub("", text)
    m = _TRAINING_FLAG.fullmatch(text)
    if m is not None:
        return "training", _HEADER_LEVELS[m["level"] or m["level2"]]
    m = _CERT_FLAG.fullmatch(text)
    if m is not None and (m["ask"] or remark):
        return "certs", _HEADER_LEVELS[m["level"]]
    return None


#: Headers of the date work started (参加工作时间, 入职日期). The time since then is not the
#: years in this or a related occupation that the requirements count (a first job may have
#: been another), so such a column is not read as experience, and is said so.
WORK_START = frozenset(
    tidy(n)
    for n in (
        *("参加工作时间", "参加工作日期", "参加工作年月", "首次参加工作时间", "首次参加工作日期"),
        *("入职时间", "入职日期", "入职年月", "工作开始时间", "工作开始日期", "开始工作时间"),
        *("开始工作日期", "參加工作時間", "參加工作日期", "入職時間", "入職日期"),
        *("start of work", "start date of work", "work start date", "employment date"),
        *("date of employment", "employment start date", "hire date", "date of hire"),
    )
)


#: Headers of the occupation of the certificate held, as an application form asks it beside
#: its level (原职业（工种）, 原职业资格等级): a level of another occupation (电子商务师) is
#: not read as this one's (:func:`mediaops.values.split_certificate` says so of
#: ``电子商务师 四级``), as the assessment body decides whether it is related.
CERT_OCCUPATION = frozenset(
    tidy(n)
    for n in (
        *("原职业", "原职业名称", "原证书职业", "原证书职业名称", "原职业资格证书职业"),
        *("证书职业", "证书职业名称", "持证职业", "持证职业名称", "原職業", "原職業名稱"),
    )
)


#: Of those, the ones that may name a previous job rather than the certificate's occupation
#: (原职业): read so only beside the level held as the form asks it (原职业资格等级).
_PREVIOUS_JOB = frozenset(tidy(n) for n in ("原职业", "原职业名称", "原職業", "原職業名稱"))


def names_certificates_occupation(header: str, certs: str) -> bool:
    """Whether ``header`` (a :data:`CERT_OCCUPATION` column) names the occupation of the
    certificates of the column headed ``certs``: 原职业 beside 原职业资格等级, not beside 证书
    (原职业 may then be a previous job)."""
    return tidy(header) not in _PREVIOUS_JOB or tidy(certs).startswith("原")


def starts_work(header: str) -> bool:
    """Whether a header names the date work started (``参加工作时间``, ``入职日期(年月)``,
    ``employment date``), with or without a remark in brackets after it (``(年月)``,
    ``[年月]``, ``【年月】``, as a fact's name takes one)."""
    word = tidy(header)
    return word in WORK_START or re.sub(r"[(\[【].*[)\]】]$", "", word) in WORK_START


def attended_training(header: str) -> bool:
    """Whether a header asks whether a training was attended (``是否参加四级培训``), which
    does not say it was completed (a 结业证书), as the requirements ask."""
    text = tidy(header)
    return (
        "培训" in text
        and any(w in text for w in ("参加", "参训", "接受"))
        and not any(w in text for w in ("结业", "完成", "合格"))
    )


def _reads(parse: Callable[[str, str], object], text: str) -> bool:
    """Whether ``parse`` reads ``text``."""
    try:
        parse(text, "")
    except InputError:
        return False
    return True


def _serial(name: str) -> bool:
    """Whether an id column's name is a serial number's (序号), which numbers a form's
    lines rather than naming an applicant."""
    return header_key(name) in _SERIAL


_SERIAL = frozenset(header_key(n) for n in ("序号", "序號"))


def map_columns(
    header: Sequence[object],
    sample: Iterable[Sequence[str]] = (),
    explicit: Sequence[tuple[str, str]] = (),
) -> ColumnMap:
    """Recognise a header row.

    Args:
        header: the header cells.
        sample: the first rows, to tell a column of major names from one of relevance.
        explicit: ``--column`` mappings, (header as written, fact or ``-``).

    Raises:
        InputError: an explicit mapping names no column of the header.
    """
    names = tuple("" if h is None else str(h) for h in header)
    tidied = [tidy(n) for n in names]
    out = ColumnMap(names)
    forced: dict[int, str] = {}
    for written, wanted in explicit:
        # the header as written wins over one that only reads the same (工作年限(月) and
        # 工作年限(年) are tidied alike: the unit is dropped); every column of that header
        # is named (证书等级 twice), of the ones that only read the same the first
        exact = [i for i, n in enumerate(names) if _plain(n) == _plain(written)]
        alike = [i for i, n in enumerate(names) if tidied[i] == tidy(written)]
        # of the headers that read the same, one in the unit written (工作年限(月)) first
        alike.sort(key=lambda i: gives_months(names[i]) != gives_months(written))
        matches = exact or alike[:1]
        if not matches:
            raise InputError(
                "--column",
                Msg.of(
                    "batch.no_such_column",
                    column=shown(written),
                    header=shown(", ".join(names), 200),
                ),
            )
        for i in matches:
            forced[i] = wanted
    rows = [list(r) for r in sample]
    for i, word in enumerate(header_key(n) for n in names):
        fact: str | None
        if i in forced:
            fact = None if forced[i] == "-" else forced[i]
            if fact is None:
                out.ignored[i] = "option"
                continue
        elif word in _LOOKUP:
            fact = _LOOKUP[word]
        elif (flag := level_flag(names[i])) is not None:
            fact, out.levels[i] = flag  # 是否取得四级证书: yes or no, of that level
        elif (dated := level_date(names[i])) is not None:
            fact, out.levels[i] = "certs", dated  # 四级取证时间: its date, or yes or no
            out.dated.add(i)
        elif word in _AMBIGUOUS:
            values = [r[i] for r in rows if i < len(r) and str(r[i]).strip()]
            readable = [v for v in values if key(str(v)) in MAJOR_ALIASES]
            if values and len(readable) * 2 > len(values):
                fact = "major"
            else:
                out.ignored[i] = "name"
                continue
        elif word in CERT_OCCUPATION:
            out.ignored[i] = "cert_occupation"  # said of the certificates' cells (screen)
            continue
        elif starts_work(names[i]):
            out.ignored[i] = "work_start"  # a date, not the years in the occupation: said
            continue
        else:
            # a known name with a remark that may change what the column holds: say so
            out.ignored[i] = "unknown" if _name_and_remark(names[i]) is None else "remark"
            continue
        if fact in out.facts:
            first = out.facts[fact]
            if (
                fact == "id"
                and not ({i, first} & forced.keys())
                and _serial(names[first])
                and not _serial(names[i])
            ):
                # 序号 numbers the form's lines; another id column (编号, 报名号) names the
                # applicant, wherever it stands: it is the id
                out.ignored[first] = "duplicate"
                out.facts[fact] = i
                continue
            if (
                fact in SPLIT_YEARS
                and fact not in out.months
                and gives_months(names[i]) != gives_months(names[first])
            ):
                # whole years in one column, months in the other: the months column is read
                # with the years column, whichever comes first (and whichever --column names)
                years, months = (first, i) if gives_months(names[i]) else (i, first)
                out.facts[fact], out.months[fact] = years, months
            elif i in forced and first not in forced:
                others = out.also.pop(fact, ())
                if fact in out.months:
                    others = (*others, out.months.pop(fact))
                for j in (first, *others):
                    out.ignored[j] = "duplicate"
                out.facts[fact] = i
            elif (
                (i in forced) == (first in forced)
                and fact in FACT_IDS
                and gives_months(names[i]) == gives_months(names[first])
            ):
                out.also[fact] = (*out.also.get(fact, ()), i)  # read with the first
            else:
                out.ignored[i] = "duplicate"
            continue
        out.facts[fact] = i
    for fact in out.months:  # paired with 工作年限 where 工作年限(年) is there too: that one
        stated = [j for j in (out.facts[fact], *out.also.get(fact, ())) if gives_years(names[j])]
        if stated and stated[0] != out.facts[fact]:
            rest = [j for j in (out.facts[fact], *out.also[fact]) if j != stated[0]]
            out.facts[fact], out.also[fact] = stated[0], tuple(sorted(rest))
    for i, why in list(out.ignored.items()):
        cells = [r[i] for r in rows if i < len(r)]
        like = looks_like(names[i], cells) if why == "unknown" else None
        if like is not None and like not in out.facts:
            out.ignored[i] = f"like_{like}"  # not read, though it may be that fact: said so
    if "id" not in out.facts and "name" in out.facts:
        out.facts["id"] = out.facts.pop("name")  # the name serves as the id
    # else the name is recognised (and kept with the unread columns), never read
    out.in_months = {f for f, i in out.facts.items() if gives_months(names[i])}
    return out


def usable(columns: ColumnMap) -> bool:
    """Whether the map reads at least one fact (else it is not a screening list)."""
    return any(f in columns.facts for f in FACT_IDS)
