"""Reading values as people write them: one parser per kind of value, for every way in.

Flags, the ``--input`` file, the questions and the cells of a spreadsheet all
go through these functions, so ``三年`` means three years everywhere and a
value the tool cannot read is refused everywhere in the same words.

What is accepted (see ``tests/test_values.py`` for the whole table):

* **years**: ``3``, ``3.5``, ``3年``, ``三年``, ``两年``, ``3年半``, ``半年``,
  ``3年6个月``, ``18个月``, ``3 years``, ``two years``, ``one and a half years``; full-width
  digits (``３``), and ``。`` between digits as a decimal point (``3。5``);
* **levels**: ``4``, ``四级``, ``四級``, ``中级工``, ``L4``, ``level4``, ``IV``,
  ``四级/中级工``; a certificate may say ``四级证书``, a training ``四级培训``;
* **dates**: ``2024-01-10``, ``2024/1/10``, ``2024.1.10``, ``2024年1月10日``,
  ``20240110``, ``二〇二四年一月十日``;
* **diplomas**: ids and Chinese names with the words people add
  (``大学本科``, ``全日制本科``, ``硕士研究生``, ``专科(高职)``);
* **relevance, yes/no, school classes, title levels, directions**.

Values are parsed, never cleaned into something else: ``-1``, ``/3``,
``1_0`` or a date with stray characters are errors, not another valid value.
An ambiguous word (``大学``: 大专 or 本科?) is an error that names the
choices; the questionnaire asks which. Every error is an
:class:`~mediaops.errors.InputError` whose message names the field, shows the
value (shortened, control characters made visible) and lists what is accepted.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from typing import Any, NamedTuple, TypeVar

from .dates import EARLIEST_DATE, LATEST_DATE
from .errors import ContradictionError, InputError
from .messages import (
    CLASS_NAMES,
    DIRECTION_NAMES,
    EDUCATION_NAMES,
    MAJOR_NAMES,
    TITLE_NAMES,
    Both,
    Msg,
    as_typed,
    shown,
)
from .terms import TECHNICAL_SCHOOLS, Direction, Education, Major, SchoolClass, TitleLevel

T = TypeVar("T")

#: A Chinese input method's full stop (。, or its half-width ｡) between digits: the decimal
#: point a candidate typed without leaving Chinese input (``3。5`` is 3.5 years).
_IME_POINT = r"(?<=\d)[。｡](?=\d)"

#: Upper bound on any number of years a person may give.
MAX_YEARS = 80.0

#: Characters that show nothing (zero-width spaces and joiners, the word joiner, a byte-order
#: mark, a soft hyphen, direction marks and overrides), which text copied from a web page,
#: a chat or a document brings along: ``大专\u200b`` looks like 大专 and is read as it.
_INVISIBLE_CHARS = [
    chr(c)
    for a, b in (
        (0x00AD, 0x00AD),
        (0x061C, 0x061C),
        (0x180E, 0x180E),
        (0x200B, 0x200F),
        (0x202A, 0x202E),
        (0x2060, 0x2064),
        (0x2066, 0x2069),
        (0xFEFF, 0xFEFF),
    )
    for c in range(a, b + 1)
]

#: Full-width forms (Ｕ+FF01…FF5E) and the ideographic space, as typed by a Chinese
#: input method, read as their ASCII twins; the characters that show nothing are dropped.
#: Nothing else is folded: a superscript ``⁴`` is not a 4.
_FULLWIDTH = str.maketrans(
    {chr(0xFF01 + i): chr(0x21 + i) for i in range(94)}
    | {"\u3000": " "}
    | dict.fromkeys(_INVISIBLE_CHARS)
)


def fold(text: str) -> str:
    """Full-width characters as ASCII, characters that show nothing dropped, surrounding
    spaces removed; an argument Python decoded as ASCII read as the UTF-8 typed
    (:func:`~mediaops.messages.as_typed`)."""
    return as_typed(text).translate(_FULLWIDTH).strip()


def key(text: str) -> str:
    """The form values are looked up by: folded, without any space, lower-case."""
    return "".join(fold(text).split()).lower()  # str.split() splits on what \s matches


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def strict_key(text: str) -> str:
    """The form a JSON document's value is looked up by: trimmed, ASCII letters lower-case.

    Stricter than :func:`key` (no folding of full-width characters or inner
    spaces, no words stripped), so that a JSON Schema can say exactly what is
    accepted (:func:`schema_pattern`).
    """
    return text.strip().translate(_ASCII_LOWER)


#: Characters with a meaning in a regular expression (escaped alike in Python and ECMA-262).
_REGEX_SYNTAX = frozenset("\\^$.|?*+()[]{}")


def schema_pattern(spellings: Iterable[str]) -> str:
    """A JSON Schema (ECMA-262) pattern matching exactly what :func:`strict_key` finds.

    Each spelling is matched whole, ASCII letters in either case, with
    surrounding white space.
    """

    def either_case(word: str) -> str:
        return "".join(
            f"[{c}{c.upper()}]" if "a" <= c <= "z" else "\\" + c if c in _REGEX_SYNTAX else c
            for c in word
        )

    words = sorted(set(spellings), key=lambda w: (-len(w), w))
    return r"^\s*(?:" + "|".join(either_case(w) for w in words) + r")\s*$"


def _fail(field: str, value: object, accepted: Both) -> InputError:
    return InputError(
        field, Msg.of("err.value", field=field, value=shown(value), accepted=accepted)
    )


def _table(entries: Mapping[T, Iterable[str]]) -> dict[str, T]:
    """An alias table: every spelling (and the value's own id) → the value; a spelling
    with ``_`` also without it, as a person types the words (``junior high`` for
    ``junior_high``, ``senior technical school`` for ``senior_technical_school``)."""
    out: dict[str, T] = {}
    for value, words in entries.items():
        for word in (str(value), *words):
            out[key(word)] = value
    for word, value in list(out.items()):
        out.setdefault(word.replace("_", ""), value)
    return out


def chinese_spelling(table: Mapping[str, Any], ident: str) -> str:
    """The first Chinese spelling ``table`` reads as the value ``ident`` (``高级技工学校`` for
    ``senior_technical_school``), for a value a Chinese text writes as an option's value;
    the id if it has none."""
    for word, value in table.items():
        if str(getattr(value, "value", value)) == ident and re.search(r"[\u4e00-\u9fff]", word):
            return word
    return ident


def _named(table: dict[str, T], names: Mapping[str, tuple[str, str]]) -> dict[str, T]:
    """``table`` reading the names shown on screen too (``senior high school``, ``a related
    major``, ``直播运营``): what the questions list may be typed back as it reads."""
    by_id = {str(getattr(v, "value", v)): v for v in table.values()}
    for ident, (zh, en) in names.items():
        plain = re.sub(r"\s*\(.*?\)", "", en)
        for word in (zh, *zh.split("/"), en, plain, re.sub(r"^(a|an|the) ", "", plain)):
            table.setdefault(key(word), by_id[ident])
    return table


def _look_up(table: Mapping[str, T], accepted: Both, value: object, field: str) -> T:
    """The value a word stands for in ``table``, or the error that lists what is accepted."""
    found = table.get(typed := key(str(value)))
    if found is None and typed.endswith("的"):  # 相关的, 本专业的: the word as it is said
        found = table.get(typed.removesuffix("的"))
    if found is None:
        raise _fail(field, value, accepted)
    return found


def _accepted(names: Mapping[Any, tuple[str, str]], *, ids: bool = True) -> Both:
    """What a name table accepts, worded per language (ids only in English)."""
    zh = "、".join(zh for zh, _ in names.values())
    en = ", ".join(f"{v} ({zh})" if ids else en for v, (zh, en) in names.items())
    return Both(zh, en)


# --- numbers of years ------------------------------------------------------------------

_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN = "零〇一二两兩三四五六七八九"
#: English numbers written as words (``two``, ``twenty-five``), as years are said in English.
_EN_DIGITS = {
    word: n
    for n, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
_EN_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
# The regular expressions of this module are kept as text and compiled by the re module
# the first time one is used (its cache keeps them): a run compiles only those it needs.
_CN_NUMBER = rf"(?:([{_CN[2:]}])?十([{_CN[2:]}])?|([{_CN}]))"
_EN_NUMBER = (
    rf"(?:({'|'.join(_EN_TENS)})-?({'|'.join(list(_EN_DIGITS)[1:10])})?"
    rf"|({'|'.join(_EN_DIGITS)}))"
)
_DECIMAL = r"\d+(?:\.\d+)?|\.\d+"
# ``a`` (``an``) is one only before a unit written out: ``a year``, ``a month``
_NUMBER = rf"(?:{_DECIMAL}|[{_CN}十]+|{_EN_NUMBER}|an?(?=year|month))"
_YEAR_UNIT = r"(?:年|years?|yrs?|y)"
_MONTH_UNIT = r"(?:个月|個月|月|months?|mos?|m)"
#: "and a half", before the unit (``one and a half years``) or after it (``a year and a half``)
_AND_A_HALF = r"and(?:a|one)?half"
_YEARS_RE = (
    rf"(?P<years>{_NUMBER})(?:(?P<half_before>{_AND_A_HALF})?{_YEAR_UNIT}"
    rf"(?:(?P<half>半|{_AND_A_HALF})|,?(?:零|又|and)?(?P<months>{_NUMBER}){_MONTH_UNIT})?)?"
    rf"|(?P<only_months>{_NUMBER}){_MONTH_UNIT}"
    r"|(?P<half_year>半年|(?:a|one)?half(?:an?)?(?:years?|yrs?))"
)


def _number(text: str) -> float | None:
    """A decimal number, a Chinese numeral up to 九十九 (``十二``, ``两``), or an English one
    up to ninety-nine (``two``, ``twenty-five``, ``a`` before a unit)."""
    if re.fullmatch(_DECIMAL, text):
        return float(text)
    if text in ("a", "an"):
        return 1.0
    m = re.fullmatch(_EN_NUMBER, text)
    if m is not None:
        if m[3] is not None:
            return float(_EN_DIGITS[m[3]])
        return float(_EN_TENS[m[1]] + (_EN_DIGITS[m[2]] if m[2] else 0))
    m = re.fullmatch(_CN_NUMBER, text)
    if m is None:
        return None
    if m[3] is not None:
        return float(_DIGITS[m[3]])
    tens = _DIGITS[m[1]] if m[1] else 1
    return float(tens * 10 + (_DIGITS[m[2]] if m[2] else 0))


#: A decimal written in Chinese numerals, 点 as its point (三点五, 两点五, 十二点五, 零点五),
#: or in digits with 点 (3点5): read as the decimal it says (3.5).
_POINT_DECIMAL = rf"(?<![{_CN}十\d.])([{_CN}十]+|\d+)点([{_CN}]+|\d+)(?![{_CN}十\d])"


def _point_decimals(text: str) -> str:
    """``text`` (:func:`key`'s form) with each decimal said with 点 written in digits
    (``三点五年`` → ``3.5年``); a whole part that is no number (``十十点五``) left as typed."""

    def digits(m: re.Match[str]) -> str:
        whole = _number(m[1])
        if whole is None:
            return m.group()
        fraction = "".join(str(_DIGITS.get(c, c)) for c in m[2])
        return f"{int(whole)}.{fraction}"

    return re.sub(_POINT_DECIMAL, digits, text)


def parse_years(value: object, field: str = "experience", *, dated: Msg | str = "") -> float:
    """A number of years from 0 to :data:`MAX_YEARS`, as people write it.

    ``3``, ``3.5``, ``三年``, ``3年半``, ``3年6个月``, ``18个月``, ``半年``.

    ``dated``: where a value that looks like a year or a date (``2020年5月``) should go
    instead, said after the refusal (a flag's message names the flag that takes dates).

    Raises:
        InputError: not a number of years, negative, or out of range; a year or a date.
    """
    if isinstance(value, bool):
        raise InputError(field, Msg.of("err.number", field=field, value=shown(value)))
    if isinstance(value, int) and not -1 < value <= MAX_YEARS:  # (huge ints: no float overflow)
        if _dated(str(value)):
            raise _dated_error(field, value, dated)
        key_ = "err.number" if value < 0 else "err.number_range"
        raise InputError(field, Msg.of(key_, field=field, value=shown(value), max=int(MAX_YEARS)))
    text = re.sub(_IME_POINT, ".", key(str(value)))  # 3。5: a decimal point typed in Chinese
    text = _of_work(_point_decimals(text))  # 三点五年: 3.5年; 工作5年: 5年
    exact = re.fullmatch(_EXACT, text)  # 3年整, 整整三年: exactly the years
    if exact is not None:
        text = exact["a"] or exact["b"] or exact["c"] + exact["d"]
    if isinstance(value, int | float):
        years = float(value)
    elif text in _NO_YEARS:  # 无, 没有经验: none at all
        years = 0.0
    else:
        try:
            years = _years_text(text, field, value)
        except InputError:
            if _dated(text) or re.search(_A_YEAR_IN, text) or re.search(_UP_TO_NOW, text):
                # 2020-2023, 四级 2024-01-10, 2019.7-至今
                raise _dated_error(field, value, dated) from None
            if _approximate(text):  # 三年多, 3年以上, 约3年: a bound, not the years
                raise InputError(
                    field, Msg.of("err.years_approximate", field=field, value=shown(value))
                ) from None
            raise
    if years != years or years < 0 or years == float("inf"):  # NaN, negative, infinite
        raise InputError(field, Msg.of("err.number", field=field, value=shown(value)))
    if years > MAX_YEARS:
        if _dated(text):
            raise _dated_error(field, value, dated)
        raise InputError(
            field,
            Msg.of("err.number_range", field=field, value=shown(value), max=int(MAX_YEARS)),
        )
    return years


#: 整 after the unit (``3年整``, ``18个月整``), 整 or 整整 before the years (``整3年``,
#: ``整整三年``), or in English ``exactly 3 years``, ``3 full years``: the years are exact,
#: as without the word.
_EXACT = (
    r"(?:整整?(?=[\d〇零一二两三四五六七八九十半])|exactly)(?P<a>.+)|(?P<b>.+(?:年|月))整"
    r"|(?P<c>.+?)full(?P<d>years?|yrs?|months?)"  # 3 full years
)

#: Words that make a number of years a bound or a guess (三年多, 3年以上, 约3年, 不到1年,
#: over 3 years, 3+ years): the years are not known from it, and more years may well
#: decide otherwise (the years after a certificate are capped by the experience).
_APPROXIMATE = (
    r"(?:约|大约|大概|将近|接近|近|不到|不足|未满|满|超过|多于|少于|大于|小于|高于|低于|至少|最少"
    r"|起码)\S*\d"
    r"|\S*[\d年月个半](?:及|或)?(?:多|以上|以下|以内|之内|内|左右|上下|有余|余|不到|不足|出头|\+)"
    r"|^(?:over|about|around|morethan|lessthan|atleast|almost|nearly|under|approximately)"
    r"|(?:ormore|orless|orso|plus)$|(?:years?|yrs?|months?)\+$|^[≥≤≧≦><~≈]"
    r"|^(?:约|大约|大概|将近|接近|不到|不足|未满|满|超过|至少|不少于|不低于|不小于|快|差不多|差不离)"
    r"|[一二两三四五六七八九十]年?[多余]|几"
    r"|[\d〇零一二两三四五六七八九十半](?:年|个?月|years?|months?)?(?:~|〜|-|—|–|至|到|to)+"
    r"[\d一二两三四五六七八九十半]"  # 3-5年, 3年到5年, 3 to 5 years, 3年半-5年: a range
)


def _approximate(text: str) -> bool:
    """Whether typed years (:func:`key`'s form) say a bound or a guess, not the years."""
    return re.search(_APPROXIMATE, text) is not None


#: Words of a bound or a guess that say nothing of the fewest years (约3年, 近3年, 不到3年,
#: 3年以下, 不满3年, almost 3 years, ~3): a range's ``~`` is no such word (``3~5年``), nor
#: is 少于 after 不 (``不少于3年``: at least 3).
_NOT_AT_LEAST = (
    r"约|大概|左右|上下|将近|接近|近|不到|不足|未满|不满|(?<!不)(?:少于|小于|低于)|以下|以内|之内"
    r"|内|几|^快|^差不"
    r"|almost|nearly|under|about|around|approximately|lessthan|orless|orso|[≈≤≦<]|^~"
)

#: Words before the years of a bound from below (至少3年, 不少于3年, over 3 years).
_FROM_BELOW_WORDS = r"超过|多于|大于|高于|至少|最少|起码|不少于|不低于|不小于|over|morethan|atleast"
#: Words saying the years are at least those written (3年以上, 满3年, 三年多, 至少3年,
#: 不少于3年, over 3 years, 3+, 3 yrs+): dropped, what is left is the fewest years.
_AT_LEAST_WORDS = (
    rf"^(?:满|{_FROM_BELOW_WORDS}|>=|[≥≧>])"
    r"|(?:及|或)?以上|有余|出头|ormore|plus$"
    r"|(?<=[\d一二两三四五六七八九十年个])[多余](?=[年个月]|$)|(?<=年半)[多余]$"
    r"|(?<=[\d年])\+(?=$|年|个?月|years?|months?)"  # 3+, 3年+: not 1+1年, a sum
    r"|(?<=[a-z])\+$"  # 3 yrs+, 3 years+
)

#: A range of years (3-5年, 3到5年, 3年-5年, 3 to 5 years): its low end, with the unit of
#: the high end when it has none of its own.
_RANGE = (
    r"(?P<low>[\d.〇零一二两三四五六七八九十半]+(?:年半?|个?月|years?|months?)?)"
    r"(?:~|〜|-|—|–|至|到|to)+(?P<high>[\d.一二两三四五六七八九十半]+)(?P<unit>.*)"
)

#: 十几 (十几年, 二十几年, 十几个月, 10几年, 20几年): ten-odd, at least ten (twenty), as 十多
#: is; 几 anywhere else (几年, 几十年, 十几二十年) says no fewest number.
_TENS_ODD = (
    r"(?<![几〇零一二两兩三四五六七八九十\d.])([一二两三四五六七八九]?十|[1-9]0)几(?=年|个?月|$)"
)

#: Whole years and some months (3年几个月, 3年多几个月, 3年零几个月): at least the years,
#: and fewer than a year more (the months fewer than twelve: at most eleven).
_SOME_MONTHS = r"(?P<years>.+?年)(?:多|零|又)?几(?:个|個)?月"


def years_at_least(value: str) -> tuple[float, str] | None:
    """The fewest years that typed years saying a bound give (``3年以上``, ``满3年``,
    ``三年多``, ``至少3年``, ``3-5年``, ``over 3 years``: 3; ``不到3年``, a bound from
    above: 0), with the text of the years left once the words of the bound are dropped;
    None where the text is no such bound (exact years, a guess such as ``约3年``) or a
    bound of none (``0年以上``).

    A sheet's cell may say no more than that; the years are then known to be at least
    these, which settles every condition asking for no more (SPEC, three-valued
    evaluation), and no other.
    """
    bound = years_bound(value)
    return None if bound is None else (bound.fewest, bound.text)


def range_high(value: str) -> float | None:
    """The most years that typed years giving a range say (``3-5年``, ``3年到5年``,
    ``3 to 5 years``: 5), or "and some" (``2年多``: 3; ``十几年``: 20), where
    :func:`years_at_least` reads them as a bound; None for any other text. Exact years
    above it are not those the cell gives."""
    bound = years_bound(value)
    return None if bound is None else bound.most


#: The unit a range's high end is written with, which its low end shares (3-5年半: 年).
_RANGE_UNIT = r"年|个?月|years?|months?"


class YearsBound(NamedTuple):
    """Typed years that say a bound (:func:`years_bound`)."""

    #: the fewest years (:func:`years_at_least`)
    fewest: float
    #: the text of the years, the words of the bound dropped
    text: str
    #: a range's high end (:func:`range_high`), or None
    most: float | None
    #: whether the most years themselves are excluded: 不到2年 and 2年多 are fewer than 2
    #: and 3 (以下, 以内, a range's high end count them)
    below: bool = False


#: The longest text a bound of years is read from (``at least 3 years and fewer than 5
#: years``, ``3年(含)以上相关工作经验`` are far shorter): a longer cell says no bound, and is
#: not searched (the search of its every place for both ends grows with its square).
_LONGEST_BOUND = 64


def years_bound(value: str) -> YearsBound | None:
    """:func:`years_at_least` and :func:`range_high` at once, for a caller needing both."""
    text = _point_decimals(re.sub(_IME_POINT, ".", key(value)).replace("(含)", ""))  # 3年(含)以上
    if len(text) > _LONGEST_BOUND:
        return None
    text = _of_work(text)  # 三年以上工作经验
    above = re.fullmatch(_AT_MOST, text)
    if above is not None:  # 不到1年, 3年以内: from none up to those years
        core = above["a"] or above["b"]
        try:
            top = parse_years(core)
        except InputError:
            return None
        # 不到, 还不到: not those years
        fewer = (above["before"] or above["after"]).removeprefix("还") in _FEWER_THAN
        return YearsBound(0.0, core, top, fewer) if top else None
    both = _two_sided(text)
    if both is not None:  # 1年以上2年以下, 大于1年小于2年: both ends said
        return both
    text = re.sub(_TENS_ODD, r"\1多", text)  # 十几年: 十多年
    some = re.fullmatch(_SOME_MONTHS, text)
    if some is not None:  # 3年几个月: 3 years and 1 to 11 months
        try:
            whole = parse_years(some["years"])
        except InputError:
            return None
        if not whole.is_integer():
            return None  # 2.5年几个月 is no number
        # 0年几个月: some months, fewer than a year (as 不到1年), which settles 1 year unmet
        return YearsBound(whole, some["years"], whole + 11 / 12)
    if not _approximate(text) or re.search(_NOT_AT_LEAST, text):
        return None
    core = re.sub(_AT_LEAST_WORDS, "", text)
    words = core != text  # 以上, 多, 满 … besides a range's sign
    span = re.fullmatch(_RANGE, core)
    high = None
    if span is not None:
        low = span["low"]
        if not re.search(r"[^\d.〇零一二两三四五六七八九十半]", low):
            # the high end's unit, not what follows it (1-2年半: 1年, not 1年半)
            unit = re.match(_RANGE_UNIT, span["unit"])
            low += unit.group() if unit is not None else span["unit"]
        core = low
        high = span["high"] + span["unit"]
    try:
        years = parse_years(core)
        most = None if high is None else parse_years(high)
        if most is not None and most < years:
            return None  # 5-3年: which end is the low one is not known
    except InputError:
        return None
    odd = False  # 2年多: fewer than 3
    if words:  # 3-4年多, 3-5年以上: the high end is no end; so is 至少2年多's
        most = (
            None
            if span is not None or re.match(_FROM_BELOW_WORDS, text)
            else _odd_high(text, years)
        )
        odd = most is not None
    if not years:  # 0年以上: no fewer than none says nothing; 0-2年 says at most 2, as 不到2年
        return YearsBound(0.0, core, most) if span is not None and most else None
    return YearsBound(years, core, most, odd)


def _two_sided(text: str) -> YearsBound | None:
    """A bound from below followed by one from above (``1年以上2年以下``, ``1年以上不到2年``,
    ``大于1年小于2年``, ``超过1年、不满2年``): the fewest years of the first, the most of the
    second; None for any other text, or ends the wrong way round. Tried at each place the
    text may part (a cell is short, and read once)."""
    for i in range(2, len(text) - 1):
        if text[i] in _TWO_SIDED_JOINS or re.fullmatch(_AT_MOST, text[i:]) is None:
            continue
        low = years_bound(text[:i].rstrip("".join(_TWO_SIDED_JOINS)))
        if low is None or low.most is not None or not low.fewest:
            continue
        high = years_bound(text[i:])
        if high is None or high.most is None:
            continue
        if high.most < low.fewest:
            return None  # 3年以上不到2年: which is meant is not known
        return YearsBound(low.fewest, low.text, high.most, high.below)
    return None


#: What may stand between the two ends of :func:`_two_sided` (``1年以上、2年以下``).
_TWO_SIDED_JOINS = frozenset("、,,;;")


#: The words before years that say fewer than them (不到2年, 还没有满2年): with 还 too.
_FEWER_WORDS = ("不到", "没到", "未到", "不足", "不够", "不及", "未满", "不满", "没满", "没有满")


#: Words saying the years are at most those written (不到1年, 不满2年, 3年以下, 1年以内,
#: 最多2年, less than 2 years, under 1 year, up to 2 years, ≤2): dropped, what is left is
#: the most years (以下 and 以内 count them; 不到 does not: :data:`_FEWER_THAN`). A guess
#: (约3年, 将近3年, almost 3 years) is no such bound, and is not read.
_AT_MOST = (
    rf"(?P<before>还?(?:{'|'.join(_FEWER_WORDS)})|少于|小于|低于|不超过"
    r"|不超|不多于|不大于|最多|至多|顶多|最长|lessthan|fewerthan|under|upto|atmost|nomorethan"
    r"|notmorethan|notover|maximum|max|below|<=|[<≤≦])(?P<a>[^约近几多余上下]+)"
    r"|(?P<b>[^约近几多余上下]+?)(?:及|或)?"
    r"(?P<after>以下|以内|之内|内|不到|没到|未到|不足|不够|未满|不满|没满|orless|orfewer|orunder"
    r"|atmost|max)"
)
#: The words of :data:`_AT_MOST` that leave the years themselves out: 不到2年 is fewer than
#: 2 (2年以下, 最多2年, ≤2 may be 2).
_FEWER_THAN = frozenset(
    {*_FEWER_WORDS, "少于", "小于", "低于", "lessthan", "fewerthan", "under", "below", "<"}
)


#: 多 or 余 after a number says "and some" (:func:`_odd_high`): after a year or a month
#: (2年多, 3年半多, 3个多月), or after tens (20多年, 十多年, 20多个月, and a bare 20多).
_ODD_UNIT = r"[^年月]+(?:年半?|个)[多余](?:个?月)?"
_ODD_TENS = r"(?:[1-9]0|[一二两三四五六七八九]?十)[多余](?P<unit>年|个?月)?"


def _odd_high(text: str, years: float) -> float | None:
    """The high end "and some" gives, as everyday Chinese means it: ``2年多`` is two years
    and part of a third (at most 3), ``3年半多`` at most 4, ``3个多月`` at most 4 months;
    ``20多年``, ``十多年`` (十几年) are at most 30 and 20, ``20多个月`` at most 30 months.
    None for a bound with no end (``3年以上``, ``满3年``)."""
    if re.fullmatch(_ODD_UNIT, text):
        step = 1 / 12 if text.endswith("月") else 1.0
        return (int(years / step + 1e-9) + 1) * step
    tens = re.fullmatch(_ODD_TENS, text)
    if tens is not None:
        return years + (10 / 12 if (tens["unit"] or "").endswith("月") else 10)
    return None


#: A year from 1900 on among other words (``2020-2023``, ``四级 2024-01-10``, a period):
#: four digits, or eight (``20240110``), that no other digit or decimal point touches.
_A_YEAR_IN = r"(?<![\d.])(?:19\d\d|[2-8]\d{3}|(?:19|20)\d{6})(?![\d]|\.\d*[^\d.])"


#: A period up to now (``2019.7-至今``, ``2019年至今``): dates, not years.
_UP_TO_NOW = r"(?:19|20)\d\d.*(?:至今|到今|迄今|至现在|到现在|now|present|today)"

#: Words saying what the years are of, before them (工作5年, 从业三年, 工作经验5年) or after
#: them (5年工作经验, 2年半的工作经验, 3年以上相关经验, 1年以下工作经验): the years as without them.
_OF_WORK_BEFORE = (
    r"^(?:累计|累計|共)?(?:从事本职业|從事本職業|从事相关工作|從事相關工作|相关工作经验|相關工作經驗"
    r"|相关经验|相關經驗|相关工作|相關工作|本职业工作|本職業工作|工作经验|工作經驗|从业经验|從業經驗"
    r"|工作|从业|從業)了?[:：]?"
    r"(?=[\d〇零一二两三四五六七八九十半])"
)
#: The last character of years as typed, with a bound's or a guess's word after them (3年,
#: 3个月, 两年半, 3年整, 3年多, 3年余, 3年左右, 3年以上, 3年出头, 3年以下, 1年以内): what
#: words after the years (:data:`_OF_WORK_AFTER`, :data:`_SAID_AROUND`) follow.
_YEARS_END = "[年月半整多余右上头頭下内]"
_OF_WORK_AFTER = rf"(?<={_YEARS_END})的?(?:相关|相關)?(?:工作|从业|從業)?(?:经验|经历|經驗|經歷)$"


#: Everyday words around years that change nothing of them: 有 before them (有三年), 了
#: after them (两年了, 三年左右了), 刚 before 满 (刚满两年: 满两年, at least two).
_SAID_AROUND = (
    rf"^(?:已经|已經|已)?有(?=[\d〇零一二两三四五六七八九十半])|(?<={_YEARS_END})了$"
    r"|^(?:刚|剛|才)(?=满|滿)"
)


def _of_work(text: str) -> str:
    """``text`` (:func:`key`'s form) without words saying what its years are of."""
    text = re.sub(_SAID_AROUND, "", text) or text
    bare = re.sub(_OF_WORK_AFTER, "", re.sub(_OF_WORK_BEFORE, "", text, count=1), count=1)
    return bare or text


def _dated(text: str) -> bool:
    """Whether a number of years as typed (:func:`key`'s form) is rather a year from 1900 on,
    a month or a day: ``2020``, ``2019年``, ``2020年5月``, ``2020.5``, ``2020-05-01``."""
    year = re.fullmatch(r"(\d{4})年?", text)
    if year is not None:
        return int(year[1]) >= EARLIEST_DATE.year
    return month_only(text) is not None or _is_date(text)


def _dated_error(field: str, value: object, dated: Msg | str) -> InputError:
    """The refusal of a year or a date given as a number of years."""
    return InputError(field, Msg.of("err.years_date", field=field, value=shown(value), dated=dated))


#: Years typed as "none" (a candidate or a clerk with no experience to count): 0.
_NO_YEARS = frozenset(
    key(word)
    for word in (
        "无",
        "無",
        "没有",
        "沒有",
        "暂无",
        "零",
        "无经验",
        "没有经验",
        "无工作经验",
        "没有工作经验",
        "none",
        "no experience",
    )
)


def _years_text(text: str, field: str, value: object) -> float:
    if re.fullmatch(_DECIMAL, text):  # a plain number, the common case
        return float(text)
    m = re.fullmatch(_YEARS_RE, text)
    if m is not None:
        if m["half_year"]:
            return 0.5
        if m["only_months"] is not None:
            months = _number(m["only_months"])
            if months is not None:
                return months / 12
        else:
            years = _number(m["years"])
            extra: float | None = 0.5 if m["half"] or m["half_before"] else 0.0
            if m["months"] is not None:  # (never after a half: one and a half years six months)
                months = _number(m["months"])
                whole = months is not None and months < 12 and not m["half_before"]
                extra = months / 12 if whole and months is not None else None
            if "." in m["years"] and (m["half"] or m["half_before"] or m["months"]):
                extra = None  # 3.5年半, 2.5年6个月: a decimal's fraction is its half or months
            if years is not None and extra is not None:
                return years + extra
    raise InputError(field, Msg.of("err.number", field=field, value=shown(value)))


# --- levels ------------------------------------------------------------------------------

LEVEL_NAMES: dict[int, tuple[str, str]] = {
    4: ("四级/中级工", "level 4 (Intermediate)"),
    3: ("三级/高级工", "level 3 (Advanced)"),
    2: ("二级/技师", "level 2 (Technician)"),
    1: ("一级/高级技师", "level 1 (Senior technician)"),
}
_ROMAN = {4: "iv", 3: "iii", 2: "ii", 1: "i"}
_CN_LEVEL = {4: ("四级", "四級"), 3: ("三级", "三級"), 2: ("二级", "二級"), 1: ("一级", "一級")}
_GRADE = {
    4: ("中级工", "中級工", "中级", "中級"),
    3: ("高级工", "高級工"),
    2: ("技师", "技師"),
    1: ("高级技师", "高級技師"),
}


def _level_words(level: int) -> list[str]:
    n = str(level)
    words = [n, f"l{n}", f"lv{n}", f"level{n}", f"level-{n}", f"level_{n}", f"{n}级", f"{n}級"]
    words.append(_ROMAN[level])
    for cn in _CN_LEVEL[level]:
        words.append(cn)
        for grade in _GRADE[level]:
            words += [f"{cn}/{grade}", f"{cn}({grade})", f"{grade}({cn})", f"{grade}/{cn}"]
    words += list(_GRADE[level])
    # the English names the English output shows (4 · Intermediate), and level four
    words += [_EN_GRADE[level], f"level{_EN_LEVEL[level]}"]
    return words


#: The English names of the levels (as LEVEL_NAMES and the English tables show them).
_EN_GRADE = {4: "intermediate", 3: "advanced", 2: "technician", 1: "senior_technician"}
_EN_LEVEL = {4: "four", 3: "three", 2: "two", 1: "one"}


LEVEL_ALIASES: dict[str, int] = _table({lv: _level_words(lv) for lv in (4, 3, 2, 1)})
LEVEL_ACCEPTED = Both(
    "4/四级/中级工、3/三级/高级工、2/二级/技师、1/一级/高级技师",
    "4/四级/中级工/L4, 3/三级/高级工/L3, 2/二级/技师/L2, 1/一级/高级技师/L1",
)
#: Words that name two levels: refused naming both, never guessed. 中级 is 中级工 (四级), but
#: 高级 may be 高级工 (三级) or 高级技师 (一级).
LEVEL_AMBIGUOUS: dict[str, tuple[int, ...]] = {key(w): (3, 1) for w in ("高级", "高級")}
#: What may follow a level naming a certificate, or a training.
_CERT_SUFFIX = (
    r"(?:职业资格|職業資格|职业技能等级|職業技能等級|技能等级|技能等級)?(?:证书|證書|证|證)$"
)
#: 四级培训, 四级正规培训结业证书, or the 结业证书 alone (四级结业证书, 四级结业).
_TRAINING_WORDS_RE = r"(?:(?:正规|正規)?(?:培训|培訓)(?:结业|結業)?|结业|結業)(?:证书|證書)?"
_TRAINING_SUFFIX = _TRAINING_WORDS_RE + "$"


def parse_level(value: object, field: str = "level") -> int:
    """A level 1–4 from any accepted spelling (``四级``, ``L4``, ``4``, ``中级工``).

    Raises:
        InputError: not a level.
    """
    if isinstance(value, int) and not isinstance(value, bool):
        if 1 <= value <= 4:
            return value
        raise _fail(field, value, LEVEL_ACCEPTED)
    found = LEVEL_ALIASES.get(key(str(value)))
    if found is None:
        found = _glossed_level(key(str(value)))
    if found is None:
        raise level_error(key(str(value)), field, value)
    return found


def _glossed_level(word: str) -> int | None:
    """The level of ``四级(中级工,L4)`` (:func:`key`'s form): a level followed in brackets by
    several other names of it, parted by a comma, 、 or a slash; None where the bracket
    names another level, or anything else."""
    m = re.fullmatch(r"([^()]+)\(([^()]+)\)", word)
    if m is None:
        return None
    names = [m[1], *re.split(r"[,、/;]", m[2])]
    levels = {LEVEL_ALIASES.get(n) for n in names}
    return levels.pop() if len(levels) == 1 and None not in levels else None


def level_error(word: str, field: str, value: object) -> InputError:
    """Why ``word`` (the level part of ``value``) is not a level: it names two (高级), or none."""
    choices = LEVEL_AMBIGUOUS.get(word)
    if choices is None:
        return _fail(field, value, LEVEL_ACCEPTED)
    options = Both(
        " 或 ".join(LEVEL_NAMES[n][0] for n in choices),
        " or ".join(f"level {n} ({LEVEL_NAMES[n][0]})" for n in choices),
    )
    return InputError(
        field, Msg.of("err.ambiguous", field=field, value=shown(value), options=options)
    )


def says_nothing_among(value: object, field: str, *, corresponding: bool = False) -> None:
    """Refuse ``value`` (an item of a list, or one of several flags) that says there is none
    (``无``, ``没有``): beside other items it contradicts them (``无、四级``, ``--cert 无
    --cert 四级``), which reading it as no level, or ignoring it, would hide. So does one
    starting with such a word, a level after a space or a slash (``无 四级``, ``无/四级``),
    and one ending with it after a level (``四级 无``, ``四级:无``: the 无 read as its date).

    ``corresponding``: ``value`` is a title's, where a last ``否`` or ``no`` says whether
    it corresponds (``中级:否``), not that there is none.

    Raises:
        InputError: it does.
    """
    if not isinstance(value, str):
        return
    if key(fold(value)) in NOTHING:
        raise InputError(field, Msg.of("err.nothing_among", field=field, value=shown(value)))
    # 无 四级, 无/四级: a space or a slash between them (where a comma was meant), the 无
    # read as the level
    parts = re.split(r"\s*[\s:：/]\s*", fold(value).strip(), maxsplit=1)
    if len(parts) == 2 and key(parts[0]) in NOTHING and _names_a_level(parts[1]):
        raise InputError(field, Msg.of("err.nothing_among", field=field, value=shown(parts[0])))
    # 四级 无, 四级:无: the other way round (四级无 too: 无 after a level is no part of it)
    last = re.fullmatch(r"(.+?)\s*[\s:：/]\s*(\S+)", fold(value).strip()) or re.fullmatch(
        r"(.+?)(无|無|没有|沒有|暂无)", fold(value).strip()
    )
    if (
        last is not None
        and key(last[2]) in NOTHING
        and re.search(r"\w", last[2]) is not None  # a word: 四级 - is a date left out
        and not (corresponding and key(last[2]) in _CORRESPONDING)
        and _names_a_level(last[1])
    ):
        raise InputError(field, Msg.of("err.nothing_among", field=field, value=shown(last[2])))


def nothing_beside_items(texts: Sequence[str], field: str) -> None:
    """Refuse several values of one list flag where one says there is none and another
    gives items (``--cert 无 --cert 四级``), as :func:`says_nothing_among` does in one value.

    Raises:
        InputError: they do.
    """
    if len(texts) > 1 and any(split_list(t) for t in texts):
        for text in texts:
            if split_list(text):
                continue  # its items are read one by one, a 无 among them refused there
            folded = fold(text).rstrip().removesuffix("。")
            for word in (folded, *re.split(LIST_SPLIT, folded)):  # 无, or 无、 and 无,无
                says_nothing_among(word, field)


def parse_training(value: object, field: str = "training") -> int:
    """The level of a formal training: ``四级``, ``四级培训``, ``四级正规培训``, ``4``; after
    the occupation's name too (``全媒体运营师四级培训``)."""
    says_nothing_among(value, field)
    if isinstance(value, str):
        decimal = re.fullmatch(_LEVEL_DECIMAL, key(value))
        if decimal is not None:  # 4.0: a level Excel stored as a number; 4.5: no level
            if decimal[2].strip("0"):
                raise InputError(
                    field, Msg.of("err.training_decimal", field=field, value=shown(value))
                )
            try:
                return _level_named(decimal[1], field, _TRAINING_SUFFIX)
            except InputError:
                raise _fail(field, value, LEVEL_ACCEPTED) from None
        if re.search(_A_CERTIFICATE, key(value)) and _certificate_level(value) is not None:
            # 有四级证书 2024-06-01, 国家职业资格四级: a certificate, asked for on its own
            raise InputError(field, Msg.of("err.training_is_cert", field=field, value=shown(value)))
        try:
            return _level_named(value, field, _TRAINING_SUFFIX, _without_occupation(value))
        except InputError:
            done = _completed(_without_occupation(value))
            if done is not None:  # 四级培训已结业, 参加并完成四级培训
                try:
                    return _level_named(value, field, _TRAINING_SUFFIX, done)
                except InputError:
                    pass  # said of the cell as typed, below
            _levels_apart(value, field, parse_training)
            said = key(value)
            if re.search(_NOT_DONE, said):  # 未参加四级培训, 四级培训未结业, 准备参加四级培训
                raise InputError(
                    field, Msg.of("err.training_not_done", field=field, value=shown(value))
                ) from None
            if re.search(_ATTENDED, said) and not re.search(_DONE_WORD, said):
                # 参加过四级培训: attended, not said completed (参加电商四级培训并结业 is said
                # completed, of what is not read: the usual message)
                raise InputError(
                    field, Msg.of("err.training_attended", field=field, value=shown(value))
                ) from None
            found = dated_level(value, field)
            if found is not None and found[1]:  # 四级 2024-01-10: a certificate's form
                level = Msg.of(f"level.{found[0]}")
                raise InputError(
                    field,
                    Msg.of("err.training_dated", field=field, value=shown(value), level=level),
                ) from None
            raise
    return _level_named(value, field, _TRAINING_SUFFIX)


#: The words after a training saying it was completed: 结业, 完成, 合格, or its 结业证书
#: obtained (取得结业证书, 已取得结业证书: the certificate the requirements ask for).
_DONE_WORDS = (
    r"结业|結業|完成|合格"
    r"|(?:取得|获得|獲得|拿到|领取|領取|领到|領到)(?:了)?(?:结业|結業)(?:证书|證書|证|證)"
)
#: Words saying a training was completed, around its level: 完成四级培训, 参加并完成四级培训,
#: 四级培训已结业, 四级培训合格, 参加四级培训并结业 (the 结业 the requirements ask for), also
#: after a comma (参加了四级培训，已结业), after 报名 (报名参加四级培训并已结业: enrolled, then
#: completed), or its 结业证书 obtained (四级培训 已取得结业证书).
_DONE_BEFORE = r"^(?:已经?|已)?(?:参加并|参加且)?完成"
_DONE_AFTER = (
    r"^(?:(?:已经?|已)?(?:报名|報名)?(?:参加|參加)(?:过|過|了)?)?(?P<level>.+?(?:培训|培訓))"
    r"[,、;]?(?:并|並|且)?(?:已经?|已)?(?:" + _DONE_WORDS + ")$"
)
#: A level said ended without the word 培训 (``四级已结业``, as a 培训结业情况 cell writes it):
#: only 结业, the training's own end (``四级合格`` may be an examination's).
_ENDED = r"(?P<level>[^培訓训,、;]+?)[,、;]?(?:已经?)(?:结业|結業)"
#: Words saying a training was attended, which says nothing of its end (参加过四级培训).
_ATTENDED = r"参加|參加|attend|上过|上過"
#: Words saying a training was completed, which attending alone is not.
_DONE_WORD = r"结业|結業|完成|合格|complet"
#: Words saying a training was not (yet) completed: not attended, not finished, failed or
#: only planned (未参加四级培训, 四级培训未结业, 四级培训不合格, 准备参加四级培训): neither a level
#: completed nor one attended (:func:`key`'s form: no spaces).
_NOT_DONE = (
    r"(?:未|没有?|沒有?|尚未|暂未|暫未|未能|不|无|無)(?:参加|參加|完成|结业|結業|合格|通过|通過)"
    r"|(?:未|没有?|沒有?|尚未|暂未|暫未|未能)(?:取得|获得|獲得|拿到|领到|領到)(?:结业|結業)"
    r"|(?:准备|準備|计划|計劃|打算|拟|擬|即将|即將|将|將|预计|預計|报名|報名|正在|待)"
    r"(?:参加|參加|完成|结业|結業)"
    r"|在读|在讀|在学|在學|培训中|培訓中|进行中|進行中|学习中|學習中"  # 四级培训(在读): not yet ended
    r"|not(?:yet)?(?:attended|completed|finished)|didnot|didn't|planto|goingto"
)


#: A level followed by the words saying its training was completed in brackets, as a cell
#: notes it (``四级(已结业)``, ``四级培训（结业）``, ``四级【已取得结业证书】``).
_DONE_IN_BRACKETS = (
    r"(?P<level>[^(\[【]+)[(\[【]"
    r"(?P<said>(?:培训|培訓)?(?:已经?)?(?:" + _DONE_WORDS + r"))[)\]】]"
)


def _completed(text: str) -> str | None:
    """``text`` without the words saying a training was completed (``完成四级培训`` →
    ``四级培训``), or None where it has none."""
    folded = key(text)
    # 四级(已结业), 四级培训【已取得结业证书】: the words in brackets after the level
    remark = re.fullmatch(_DONE_IN_BRACKETS, folded)
    plain = folded if remark is None else remark["level"] + remark["said"]
    before = re.sub(_DONE_BEFORE, "", plain, count=1)
    after = re.fullmatch(_DONE_AFTER, before) or re.fullmatch(_ENDED, before)
    found = before if after is None else after["level"]
    return None if found == folded or not found else found


#: The word of a certificate, not of a training's (结业证书 is the training's own).
_A_CERTIFICATE = r"(?<!结业|結業)(?:证书|證書)|职业资格|職業資格"


def _certificate_level(value: str) -> int | None:
    """The level of the certificate ``value`` reads as (with its date, if any), or None where
    it reads as no such thing (a training, another occupation's, not read)."""
    try:
        return split_certificate(value, "")[0]
    except InputError:
        return None


def dated_level(item: str, field: str) -> tuple[int, bool] | None:
    """The level of an item written as a certificate is, and whether a date follows it
    (``四级 2024-01-10``, ``四级:2024-01-10``, ``四级 2024年1月``: (4, True); ``四级``:
    (4, False)); None where the item is no such thing. A training is given by its level
    alone, so one typed in a certificate's form is said to be that (the rules ask only
    which levels were completed)."""
    for text in (item, re.sub(_TRAINING_WORDS_RE, "", item, count=1)):  # 四级培训 2024-01-10 too
        try:
            level, when = split_certificate(text, field)
        except InputError:
            month = certificate_month(text, field)  # 四级 2024年1月: a date too
            if month is not None:
                return month[0], True
            continue
        return level, when is not None
    return None


def _levels_apart(value: str, field: str, parse: Callable[[str, str], object]) -> None:
    """Where ``value`` names several levels with only spaces between (``四级 三级``), which
    ``parse`` reads one by one but not together: raise that they are to be parted with a
    、 or a comma. (Not parted for the user: ``高级 技师`` would be two levels, 三级 or 一级
    and 二级, where 高级技师 is one.)

    Raises:
        InputError: ``value`` is such a list.
    """
    words = fold(value).split()
    if len(words) < 2:
        return
    for word in words:
        try:
            parse(word, field)
        except InputError:
            return
    raise InputError(field, Msg.of("err.levels_apart", field=field, value=shown(value)))


def parse_certificate_level(value: object, field: str = "cert") -> int:
    """The level of a certificate: ``四级``, ``四级证书``, ``四级职业技能等级证书``, ``4``;
    after the occupation's name too (``全媒体运营师四级``, ``全媒体运营师(四级)``)."""
    if isinstance(value, str):
        try:
            return _level_named(value, field, _CERT_SUFFIX, _without_occupation(_held(value)))
        except InputError:
            _exam_passed(value, field)  # 考过四级: an examination, not a certificate held
            raise
    return _level_named(value, field, _CERT_SUFFIX)


#: The occupation's name written before the level of a certificate or a training: every rule
#: reads a certificate as of this occupation or a related one, so the name changes nothing;
#: so does the certificate's kind as it is titled (国家职业资格四级, 职业技能等级证书（四级）).
_OCCUPATION = (
    r"^(?:(?:全媒体运营师|全媒體運營師)\s*[-·:：]?\s*)?(?:国家|國家)?"
    r"(?:职业资格|職業資格|职业技能等级|職業技能等級|技能等级|技能等級)?(?:证书|證書)?"
    r"(?:(?<=[师師家格级級书書])\s*[-·:：]?\s*)?"  # a separator after those words only (-1)
)


def _without_occupation(text: str) -> str:
    """``text`` (folded) without the occupation's name before the level, and the level out of
    the brackets it is then put in: ``全媒体运营师（四级） 2024-01-10`` → ``四级 2024-01-10``.
    Unchanged when nothing follows the name."""
    folded = fold(text)
    rest = re.sub(_OCCUPATION, "", folded)
    if rest == folded or not rest:
        return folded
    rest = re.sub(r"^\(([^()]+)\)(?=\d)", r"\1 ", rest)  # (四级)2024-01-10: a space before it
    return re.sub(r"^\(([^()]+)\)", r"\1", rest)


def _level_named(value: object, field: str, suffix: str, read: str | None = None) -> int:
    """A level followed by the word of what it is a level of (``四级培训``, ``四级证书``).

    ``read``: the part of ``value`` that is read, where not all of it is (a message shows
    ``value`` as typed).
    """
    text = (
        re.sub(suffix, "", key(value if read is None else read))
        if isinstance(value, str)
        else value
    )
    if text == "":
        raise _fail(field, value, LEVEL_ACCEPTED)
    try:
        return parse_level(text, field)
    except InputError:
        raise level_error(str(text), field, value) from None


# --- dates ------------------------------------------------------------------------------

_DATE_PATTERNS = (
    # spaces around the marks (2019. 7. 1), a dash as a form's (2019—07—01), a last
    # full stop (2019.7.1. or 。), as dates are typed into forms
    r"(\d{4})\s*([-/.—–])\s*(\d{1,2})\s*\2\s*(\d{1,2})[.。]?"
    r"(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?",
    r"(\d{4})\s*(年)\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?",
    r"(\d{4})()(\d{2})(\d{2})",
)


#: A year written digit by digit in Chinese numerals (二〇一九, 二零一九, 二○一九), and a month or
#: a day in them (七, 十, 十二, 二十, 三十一): the date a Chinese certificate or form prints.
_CN_YEAR_DIGITS = {"〇": "0", "零": "0", "○": "0"} | {
    c: str(n) for n, c in enumerate("一二三四五六七八九", 1)
}
_CN_DATE = (
    r"(?<![\d〇零○一二三四五六七八九])([\d〇零○一二三四五六七八九]{4})(\s*年\s*)"
    r"([\d一二三四五六七八九十]{1,3}|元)(\s*月)"
    r"(?:(\s*)([\d一二三四五六七八九十廿卅]{1,3})(?=\s*[日号號]|$))?"
)
#: A month or a day in Chinese numerals: 十二, 三十一, 七; 廿一 and 卅一 as forms write 21, 31.
_CN_DAY_OR_MONTH = (
    r"(?:([二三])?十([一二三四五六七八九])?|([一二三四五六七八九])|([廿卅])([一二三四五六七八九])?)"
)


def _cn_small(text: str) -> int | None:
    """A month or a day in digits or in Chinese numerals (``7``, ``七``, ``十二``, ``三十一``,
    ``廿一``); ``元`` of 元月, January (正月, the first month of the lunar year, is not read)."""
    if text.isdigit():
        return int(text)
    if text == "元":
        return 1
    m = re.fullmatch(_CN_DAY_OR_MONTH, text)
    if m is None:
        return None
    if m[3] is not None:
        return _DIGITS[m[3]]
    if m[4] is not None:  # 廿 20, 卅 30
        return (20 if m[4] == "廿" else 30) + (_DIGITS[m[5]] if m[5] else 0)
    return (_DIGITS[m[1]] if m[1] else 1) * 10 + (_DIGITS[m[2]] if m[2] else 0)


def _arabic_dates(text: str) -> str:
    """``text`` with each date written in Chinese numerals written in digits instead
    (``二〇一九年七月一日`` → ``2019年7月1日``, ``2019年十二月`` → ``2019年12月``), to be read
    as the digits are; any other text as it is."""

    def digits(m: re.Match[str]) -> str:
        year = "".join(_CN_YEAR_DIGITS.get(c, c) for c in m[1])
        month = _cn_small(m[3])
        day = None if m[6] is None else _cn_small(m[6])
        if month is None or (m[6] is not None and day is None):
            return m[0]
        return f"{year}{m[2]}{month}{m[4]}" + ("" if day is None else f"{m[5]}{day}")

    if not re.search(r"[〇零○一二三四五六七八九十元廿卅]", text):
        return text
    return re.sub(_CN_DATE, digits, text)


def parse_as_of(value: object, field: str = "as_of") -> date:
    """An evaluation date: :func:`parse_date`'s, or a word for the day of the run
    (:data:`TODAY`: ``today``, ``今天``), as ``--as-of`` and a sheet's 评估日期 take it."""
    if isinstance(value, str) and key(value) in TODAY:
        return date.today()
    return parse_date(value, field)


def parse_date(value: object, field: str = "date") -> date:
    """A date: ``2024-01-10``, ``2024/1/10``, ``2024.1.10``, ``2024年1月10日``, ``20240110``;
    in Chinese numerals too (``二〇二四年一月十日``, ``2024年一月十日``).

    A spreadsheet's time of day after the date (``2024/1/10 0:00``) is ignored.

    Raises:
        InputError: not a date, or before 1900 or after 9000.
    """
    if isinstance(value, date):
        when = value if type(value) is date else date(value.year, value.month, value.day)
    else:
        when = _date_text(_arabic_dates(fold(str(value))).lower(), field, value)
    if not EARLIEST_DATE <= when <= LATEST_DATE:
        raise InputError(
            field,
            Msg.of(
                "err.date_range",
                field=field,
                value=shown(value),
                earliest=EARLIEST_DATE.isoformat(),
                latest=LATEST_DATE.isoformat(),
            ),
        )
    return when


def _date_text(text: str, field: str, value: object) -> date:
    text = _english_date(text)
    for pattern in _DATE_PATTERNS:
        m = re.fullmatch(pattern, text)
        if m is not None:
            year, month, day = int(m[1]), int(m[3]), int(m[4])
            try:
                return date(year, month, day)
            except ValueError:
                pass
            # written as a date is, its parts apart, but no day of the calendar (2月30日,
            # 6月31日, 13月): said so, not asked to write the year, month and day it has
            # written (eight digits in a row, 99999999, may be no date at all: asked)
            if not m[2]:
                break
            if not 1 <= month <= 12:
                msg = Msg.of("err.no_such_month", field=field, value=shown(value), month=month)
            elif year >= 1:
                days = calendar.monthrange(year, month)[1]  # December 9999 has no "after"
                msg = Msg.of(
                    "err.no_such_day",
                    field=field,
                    value=shown(value),
                    month=Both(f"{year} 年 {month} 月", f"{_MONTH_NAMES[month - 1]} {year}"),
                    days=days,
                )
            else:
                break
            raise InputError(field, msg)
    raise InputError(field, Msg.of("err.date_forms", field=field, value=shown(value)))


_MONTH_NAMES = tuple(calendar.month_name[1:])  # English, whatever the locale: no setlocale

#: An English month's name or its abbreviation (``june``, ``jun``, ``sept``) → its number.
_MONTH_WORDS = (
    {name.lower(): n for n, name in enumerate(_MONTH_NAMES, 1)}
    | {name.lower()[:3]: n for n, name in enumerate(_MONTH_NAMES, 1)}
    | {"sept": 9}
)
#: A date written in English words: ``15 June 2022``, ``June 15, 2022``, ``15th Jun 2022``.
_ENGLISH_DATES = (
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s*(?P<month>[a-z]+)\.?,?\s*(?P<year>\d{4})",
    r"(?P<month>[a-z]+)\.?\s*(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s*(?P<year>\d{4})",
)


def _english_date(text: str) -> str:
    """A date written with an English month's name as ``YYYY-M-D`` (``15 June 2022`` →
    ``2022-6-15``), read then as the numbers are; any other text as it is."""
    for pattern in _ENGLISH_DATES:
        m = re.fullmatch(pattern, text)
        if m is not None and m["month"] in _MONTH_WORDS:
            return f"{m['year']}-{_MONTH_WORDS[m['month']]}-{m['day']}"
    return text


#: A month written without its day: 2019.7, 2019-07, 2019/7, 2019年7月(份), 201907 (as HR
#: systems write a year and month, 20190701 being a day).
_MONTH_PATTERNS = (
    r"(\d{4})\s*[-/.]\s*(\d{1,2})",
    r"(\d{4})\s*年\s*(\d{1,2})\s*月份?",
    r"(\d{4})(\d{2})",
)


def month_only(value: str) -> tuple[date, date] | None:
    """The first and the last day of a month written without its day (``2019.7``,
    ``2019年7月``), or None when ``value`` is not such a month (a whole date included)."""
    text = _arabic_dates(fold(value)).lower().strip()
    for pattern in _MONTH_PATTERNS:
        m = re.fullmatch(pattern, text)
        if m is not None and 1 <= int(m[2]) <= 12:
            year, month = int(m[1]), int(m[2])
            first = date(year, month, 1)
            after = date(year + month // 12, month % 12 + 1, 1)
            last = date.fromordinal(after.toordinal() - 1)
            if first >= EARLIEST_DATE and last <= LATEST_DATE:
                return first, last
    return None


#: A month written ``2022.1``: January, or October as Excel stores ``2022.10`` typed into a
#: cell (the number 2022.1, shown so, and so saved to CSV).
_JANUARY_OR_OCTOBER = r"(\d{4})\.1"


def month_span(value: str) -> tuple[date, date] | None:
    """The days a month written without its day may be (:func:`month_only`); for
    ``2022.1``, which may be January or October (``2022.10`` stored by Excel as a number),
    from 1 January to 31 October."""
    m = re.fullmatch(_JANUARY_OR_OCTOBER, fold(value))
    if m is not None and EARLIEST_DATE.year <= int(m[1]) <= LATEST_DATE.year:
        return date(int(m[1]), 1, 1), date(int(m[1]), 10, 31)
    return month_only(value)


def january_or_october(value: str) -> bool:
    """Whether a month is written as January or October may be (``2022.1``)."""
    return re.fullmatch(_JANUARY_OR_OCTOBER, fold(value)) is not None


def year_only(value: str) -> tuple[date, date] | None:
    """The first and the last day of a year written alone (``2019``, ``2019年``,
    ``二〇一九年``), or None when ``value`` is not such a year."""
    text = fold(value).strip()
    m = re.fullmatch(r"([〇零○一二三四五六七八九]{4})\s*(年度?)", text)
    if m is not None:  # 二〇一九年: a year in Chinese numerals, which needs its 年
        text = "".join(_CN_YEAR_DIGITS.get(c, c) for c in m[1]) + m[2]
    m = re.fullmatch(r"(\d{4})\s*(?:年度?)?", text)
    if m is None:
        return None
    first, last = date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
    return (first, last) if first >= EARLIEST_DATE and last <= LATEST_DATE else None


# --- diplomas -----------------------------------------------------------------------------

E = Education
EDUCATION_ALIASES: dict[str, Education] = _table(
    {
        E.below_junior: [
            "小学",
            "小學",
            "小学及以下",
            "小學及以下",
            "小学以下",  # below 小学, or 小学 itself (以下 may count it): no diploma either way
            "小學以下",
            "无学历",
            "無學歷",
            "文盲",
            "primary",
            "primary_school",
        ],
        E.junior_middle: [
            "初中",
            "初级中学",
            "初級中學",
            "junior",
            "junior_high",
            "junior_high_school",
            "junior_middle_school",
            "middle_school",
        ],
        E.senior_high: [
            "高中",
            "普通高中",
            "普高",
            "high_school",
            "high school",
            "senior_high_school",
        ],
        E.secondary_vocational: [
            "中专",
            "中專",
            "中职",
            "中職",
            "职高",
            "職高",
            "职业高中",
            "職業高中",
            "职中",
            "職中",
            "中专/中职/职高",
            "中专/中职",
            "中等职业学校",
            "中等職業學校",
            "中等专业学校",
            "中等專業學校",
            "secondary_vocational_school",
            "vocational",
        ],
        E.technical_school: [
            "技工学校",
            "技工學校",
            "技校",
            "技工",
            "中技",
            "技工院校",
            "technical",
            "technical_school",
        ],
        E.senior_technical_school: [
            "高级技工学校",
            "高級技工學校",
            "高级技校",
            "高級技校",
            "高技",
            "高级工班",
            "高級工班",
            "senior_technical",
        ],
        E.technician_college: [
            "技师学院",
            "技師學院",
            "预备技师班",
            "預備技師班",
            "预备技师",
            "預備技師",
            "技师班",
            "技師班",
            "technician",
            "technician_college",
        ],
        E.associate: [
            "大专",
            "大專",
            "专科",
            "專科",
            "高职",
            "高職",
            "高职高专",
            "高職高專",
            "高专",
            "高專",
            "大专/高职",
            "专科/高职",
            "高职/专科",
            "college",
            "junior_college",
            "associate_degree",
            "associates_degree",
            "associate's_degree",
        ],
        E.bachelor: [
            "本科",
            "学士",
            "學士",
            "大本",
            "bachelor's",
            "bachelors",
            "bachelor_degree",
            "bachelors_degree",
            "undergraduate",
            "ba",
            "bs",
            "bsc",
        ],
        E.master: [
            "硕士",
            "碩士",
            "研究生",
            "硕士研究生",
            "碩士研究生",
            "master's",
            "masters",
            "master_degree",
            "masters_degree",
            "msc",
            "ma",
            "postgraduate",
        ],
        E.doctorate: [
            "博士",
            "博士研究生",
            "phd",
            "doctor",
            "doctoral",
            "doctoral_degree",
            "doctorate_degree",
            "doctor's_degree",
        ],
    }
)
_named(EDUCATION_ALIASES, EDUCATION_NAMES)
#: Words that name two diplomas: asked about (or refused), never guessed.
EDUCATION_AMBIGUOUS: dict[str, tuple[Education, ...]] = {
    **{key(w): (E.associate, E.bachelor) for w in ("大学", "大學", "university")},
    # a form's choice "junior middle school or below": 小学 fails G1, 初中 meets it; 以下
    # alone may count 初中 too, as "3年以下" counts 3 years
    **{
        key(w): (E.below_junior, E.junior_middle)
        for w in ("初中及以下", "初中以下", "初中以下学历")
    },
}
_EDU_PREFIX = (
    r"^(?:全日制|非全日制|统招|統招|普通|成人|成教|自考|自学考试|自學考試|函授|网络教育|網絡教育"
    r"|远程教育|遠程教育|电大|電大|开放大学|開放大學|在职|在職|国家|國家"
    r"|985|211|双一流|雙一流)+"  # the school's list (985本科): the diploma is as without it
)
_EDU_SUFFIX = r"(?:学历|學歷|毕业证书|畢業證書|毕业证|畢業證|毕业|畢業|文凭|文憑|学位|學位)+$"
EDUCATION_ACCEPTED = _accepted(EDUCATION_NAMES)


def _education_word(text: str) -> Education | tuple[Education, ...] | None:
    """The diploma a word names (a tuple when it could be several), or None."""
    if text in EDUCATION_ALIASES:
        return EDUCATION_ALIASES[text]
    if text in EDUCATION_AMBIGUOUS:
        return EDUCATION_AMBIGUOUS[text]
    return None


def education_options(choices: Sequence[Education]) -> Both:
    """The diplomas a word may name, as a message lists them (``大专/高职 或 本科``)."""
    return Both(
        " 或 ".join(EDUCATION_NAMES[e.value][0] for e in choices),
        " or ".join(f"{e.value} ({EDUCATION_NAMES[e.value][0]})" for e in choices),
    )


def parse_education(
    value: object, field: str = "education", *, part: bool = False, as_of: date | None = None
) -> Education:
    """A diploma type from its id, Chinese name or a common way of writing it.

    ``大专``, ``大專``, ``专科(高职)``, ``大学本科``, ``全日制本科``, ``硕士研究生``;
    ``本科 2015年毕业``, a year of graduation before ``as_of``'s (the evaluation date;
    None: today).

    Raises:
        InputError: not a diploma, or a word naming two (``大学``: the message
            names both; see :func:`education_choices`).
    """
    if isinstance(value, Education):
        return value
    education_class(value, field)  # 高中(高级工班), 高中:预备技师班: a class is refused as such
    found = education_choices(value, as_of)
    if isinstance(found, Education):
        return found
    if found:
        options = education_options(found)
        raise InputError(
            field, Msg.of("err.ambiguous", field=field, value=shown(value), options=options)
        )
    ahead = graduated_in(value, date.max)  # 本科 2027年毕业: a graduation to come?
    if ahead is not None and isinstance(education_choices(ahead[0]), Education):
        raise InputError(
            field,
            Msg.of(
                "err.graduation_ahead",
                field=field,
                value=shown(value),
                year=ahead[1],
                as_of=(as_of or date.today()).isoformat(),
                diploma=ahead[0].strip(),
            ),
        )
    remark = _remark_of(value)
    if remark is not None and key(remark) in MAJOR_ALIASES and not _yes_no(remark):
        # 本科(相关专业): the major's relevance, which has its own place
        word = _bare(key(str(value)))[: -len(key(remark)) - 2] or str(value)
        key_ = "err.diploma_major_remark" if part else "err.education_major_remark"
        raise InputError(
            field,
            Msg.of(
                key_, field=field, value=shown(value), remark=remark, example=f"{word}:{remark}"
            ),
        )
    if remark is not None:  # 大专(在读): the remark is why, not the word
        # ``part``: the type of a diploma written TYPE[:PART…], where 在读 is one of its parts
        key_ = "err.diploma_remark" if part else "err.education_remark"
        raise InputError(field, Msg.of(key_, field=field, value=shown(value), remark=remark))
    raise _fail(field, value, EDUCATION_ACCEPTED)


def _yes_no(text: str) -> bool:
    """Whether ``text`` is a bare yes or no (是, 否, √, ×, y, n), which reads as a major's
    relevance only in its own column."""
    return key(text) in ("是", "否", "√", "×", "✓", "✔", "✗", "✘", "y", "n", "yes", "no")


def _remark_of(value: object) -> str | None:
    """The remark of a known diploma word followed by one in brackets (``在读`` of
    ``大专(在读)``), or None."""
    bare = _bare(key(str(value)))
    found = _bracketed(bare) or _suffixed(bare)
    if found is None or not (
        isinstance(_education_word(found[0]), Education) or found[0] in _UPGRADE  # 专升本在读
    ):
        return None
    return found[1]


def _suffixed(text: str) -> tuple[str, str] | None:
    """``本科在读`` → (the word, the remark after it); None without such a remark."""
    m = re.fullmatch(r"(.+?)(在读|在讀|在校|肄业|肄業|结业|結業|未毕业|未畢業)", text)
    return None if m is None else (m[1], m[2])


def _bare(text: str) -> str:
    """A looked-up diploma without the words around it (全日制, 统招 …, 学历, 毕业 …)."""
    return re.sub(_EDU_SUFFIX, "", re.sub(_EDU_PREFIX, "", text))


def _bracketed(text: str) -> tuple[str, str] | None:
    """``专科(高职)`` → (the word, the remark in brackets); None without brackets."""
    m = re.fullmatch(r"(.+?)\((.+)\)", text)
    return None if m is None else (m[1], m[2])


#: What is left of a plain remark once 全日制, 统招, 学历, 毕业 … are taken off.
_PLAIN_LEFT = frozenset(
    {
        "",
        "已",
        "最高",
        "教育",
        "一本",
        "二本",
        "三本",
        "full-time",
        "fulltime",
        "completed",
        "graduated",
    }
)


def _plain_gloss(text: str, outer: Education | tuple[Education, ...]) -> bool:
    """A remark in brackets that says nothing more of the diploma ``outer``: 全日制, 统招,
    已毕业, 最高学历, 学士学位, 全日制本科, 全日制、统招 (each part of a list).

    Any other (在读, 未毕业, 肄业, 第一学历 …) may change what is held, so the
    value is not read rather than read without it.
    """
    return all(
        _bare(part) in _PLAIN_LEFT or education_choices(part) == outer  # 学士学位, 大学专科
        for part in re.split(r"[,，、;；/]", text)
    )


#: 专升本: a 本科 studied for after a 大专. Said received (专升本毕业, 专升本学历) it is the
#: 本科; alone it may be that or the 大专 held while studying for it: both are named.
_UPGRADE = frozenset({"专升本", "專升本"})

#: A diploma said received in a year (本科 2015年毕业, 2015年本科毕业): the diploma, the year
#: of a past graduation saying nothing more of it.
_GRADUATED_IN = (
    r"(?P<a>\D+?)(?P<y>(?:19|20)\d\d)年?(?:毕业|畢業)"
    r"|(?P<y2>(?:19|20)\d\d)年?(?P<b>\D+?)(?:毕业|畢業)"
)


def graduated_in(value: object, as_of: date | None = None) -> tuple[str, int] | None:
    """The diploma word and the year of a diploma said received in a year before that of
    ``as_of`` (the evaluation date; None: today) (``本科 2015年毕业``, ``2015年本科毕业``:
    (``本科``, 2015)); None for any other text. A year from that one on may be a graduation
    still to come on that date (``本科 2027年毕业``): not read."""
    m = re.fullmatch(_GRADUATED_IN, key(str(value)))
    if m is None:
        return None
    year = int(m["y"] or m["y2"])
    if year >= (as_of or date.today()).year:
        return None
    return m["a"] or m["b"], year


def education_choices(
    value: object, as_of: date | None = None
) -> Education | tuple[Education, ...]:
    """What a written diploma may mean: one type, the types it could be, or ``()``; a
    graduation year is compared with ``as_of``'s (:func:`graduated_in`)."""
    graduated = graduated_in(value, as_of)
    if graduated is not None:  # 本科 2015年毕业: 本科, received
        return education_choices(graduated[0])
    text = key(str(value))
    if _bare(text) in _UPGRADE:  # 专升本毕业: the 本科; 专升本: the 本科, or the 大专 before it?
        return E.bachelor if text != _bare(text) else (E.associate, E.bachelor)
    candidates = [text]
    bare = _bare(text)
    candidates.append(bare)
    if bare.startswith(("大学", "大學")) and len(bare) > 2:
        candidates.append(bare[2:])  # 大学本科, 大学专科
    if bare.endswith("研究生") and len(bare) > 3:
        candidates.append(bare[:-3])  # 硕士研究生
    glossed = _bracketed(bare)
    if glossed is not None:  # 专科(高职): the word and its gloss must not disagree
        outer, inner = _education_word(glossed[0]), _education_word(glossed[1])
        if outer is not None and (inner == outer or _plain_gloss(glossed[1], outer)):
            return outer
        if outer is None and inner is not None:
            return inner
        # 大专(在读), 本科(肄业), 大专(第一学历): a remark that may change what is held
        return ()
    for text in candidates:
        found = _education_word(text)
        if found is not None:
            return found
    return _one_of(bare)


def _one_of(text: str) -> Education | tuple[Education, ...]:
    """The types of a form's option naming several (``高中/中专``, ``中专/技校``, ``高中或中专``):
    each type it may be, lowest first, or the one where they are one (``专科/高职``); ``()``
    where a part names no type."""
    parts = [p for p in re.split(r"/|或", text) if p]
    if len(parts) < 2:
        return ()
    found: set[Education] = set()
    for part in parts:
        one = education_choices(part)
        if not one:
            return ()
        found.update((one,) if isinstance(one, Education) else one)
    order = tuple(e for e in Education if e in found)
    return order[0] if len(order) == 1 else order


MAJOR_ALIASES: dict[str, Major] = _table(
    {
        Major.same: [
            "本专业",
            "本專業",
            "相同",
            "相同专业",
            "相同專業",
            "同专业",
            "同專業",
            "对口",
            "對口",
            "专业对口",
            "專業對口",
            "same_major",
            "this",
        ],
        Major.related: [
            "相关",
            "相关专业",
            "相關",
            "相關專業",
            "相近",
            "相近专业",
            "相近專業",
            "related_major",
            "是",
            "yes",
            "y",
            "true",  # a logical cell (a checkbox, a TRUE/FALSE list), as Excel shows it
            "√",
            "✓",
            "✔",
        ],
        Major.unrelated: [
            "不相关",
            "不相關",
            "不对口",
            "不對口",
            "专业不对口",
            "專業不對口",
            "无关",
            "無關",
            "不相关专业",
            "不相關專業",
            "非相关",
            "非相關",
            "其他",
            "其它",
            "其他专业",
            "other",
            "none",
            "no",
            "n",
            "false",
            "否",
            "×",
            "✘",
            "✗",
        ],
    }
)
_named(MAJOR_ALIASES, MAJOR_NAMES)
MAJOR_ACCEPTED = _accepted(MAJOR_NAMES)


def parse_major(value: object, field: str = "major") -> Major:
    """How a diploma's major relates: 本专业 / 相关 / 不相关 (also same/related/unrelated).

    A yes/no answer (是否相关专业: 是 / 否, √ / ×) reads as related / unrelated: every
    clause that asks for a relevant major accepts this major and a related one alike.
    """
    if isinstance(value, Major):
        return value
    return _look_up(MAJOR_ALIASES, MAJOR_ACCEPTED, value, field)


#: What ``plan --assume-major`` accepts: assuming an unrelated major would open nothing.
ASSUMED_MAJOR_ACCEPTED = _accepted({m: n for m, n in MAJOR_NAMES.items() if m != Major.unrelated})


def parse_assumed_major(value: object, field: str) -> Major:
    """A relevance to plan as if it held: 本专业 or 相关 (same or related), not 不相关."""
    found = MAJOR_ALIASES.get(key(str(value)))
    if found is Major.unrelated:
        raise InputError(
            field,
            Msg.of(
                "err.assume_unrelated",
                field=field,
                value=shown(value),
                accepted=ASSUMED_MAJOR_ACCEPTED,
            ),
        )
    if found is None:
        raise _fail(field, value, ASSUMED_MAJOR_ACCEPTED)
    return found


CLASS_ALIASES: dict[str, SchoolClass] = _table(
    {
        SchoolClass.intermediate: ["中级工班", "中級工班", "中级班", "中級班"],
        SchoolClass.senior: ["高级工班", "高級工班", "高级班", "高級班"],
        SchoolClass.technician: [
            "预备技师班",
            "預備技師班",
            "技师班",
            "技師班",
            "预备技师",
            "預備技師",
            "预备技师班/技师班",
        ],
    }
)
_named(CLASS_ALIASES, CLASS_NAMES)
CLASS_ACCEPTED = _accepted(CLASS_NAMES)


def parse_school_class(value: object, field: str = "school_class") -> SchoolClass:
    """The class of a technical-school diploma: 中级工班, 高级工班, 预备技师班/技师班."""
    if isinstance(value, SchoolClass):
        return value
    return _look_up(CLASS_ALIASES, CLASS_ACCEPTED, value, field)


BOOL_ALIASES: dict[str, bool] = _table(
    {
        True: ["yes", "y", "true", "t", "1", "是", "是的", "对", "對", "有", "√", "✓", "✔"],
        False: [
            "no",
            "n",
            "false",
            "f",
            "0",
            "否",
            "不是",
            "不",
            "无",
            "無",
            "没有",
            "沒有",
            "没",
            "沒",
            "不是的",
            "×",
            "✘",
            "✗",
        ],
    }
)
BOOL_ACCEPTED = Both("是/否", "yes/no, 是/否, true/false, 1/0")
#: The yes/no answers of 是否相关专业 (是 / 否, √ / ×): the words of both tables, which say
#: nothing as a diploma's part (大专:是).
_YES_NO = frozenset(MAJOR_ALIASES).intersection(BOOL_ALIASES)


def parse_bool(value: object, field: str = "graduating") -> bool:
    """Yes or no: yes/no, 是/否, true/false, 1/0."""
    if isinstance(value, bool):
        return value
    return _look_up(BOOL_ALIASES, BOOL_ACCEPTED, value, field)


#: The words of whether a diploma is still studied for (在校应届毕业生), as a clerk writes
#: them in an 应届 column or after a diploma (``大专:在读``): read for that fact only, never
#: as yes or no to another question.
#: "Not graduated yet" (还没毕业): still studying for the diploma, not said to be the final year.
NOT_YET_GRADUATED = (
    "还没毕业",
    "還沒畢業",
    "还没有毕业",
    "還沒有畢業",
    "还未毕业",
    "還未畢業",
    "尚未毕业",
    "尚未畢業",
)
GRADUATING_WORDS: dict[str, bool] = {
    key(word): value
    for value, words in (
        (
            True,
            (
                "graduating",
                "student",
                "final-year",
                "final year",
                "final-year student",
                "应届",
                "應屆",
                "应届生",
                "應屆生",
                "应届毕业生",
                "應屆畢業生",
                "在读",
                "在讀",
                "在读生",
                "在讀生",
                "在校",
                "在校生",
                "在校应届",
                "在校應屆",
                "在校应届毕业生",
                "在校應屆畢業生",
                "还在读",
                "還在讀",
                # not yet graduated: still studying (未毕业 alone may be 肄业, left without it)
                *NOT_YET_GRADUATED,
            ),
        ),
        (
            False,
            (
                "graduated",
                "not graduating",
                "往届",
                "往屆",
                "往届生",
                "往屆生",
                "往届毕业生",
                "往屆畢業生",
                "非应届",
                "非應屆",
                "非应届生",
                "非應屆生",
                "非应届毕业生",
                "非應屆畢業生",
                "已毕业",
                "已畢業",
                "毕业",
                "畢業",
                "毕业了",
                "畢業了",
                "已经毕业",
                "已經畢業",
                "已经毕业了",
                "已經畢業了",
                "不是应届",
                "不是應屆",
                "不是应届生",
                "不是應屆生",
            ),
        ),
    )
    for word in words
}
GRADUATING_ACCEPTED = Both(
    "是/否、应届/往届、在读/已毕业",
    "yes/no, 是/否, 应届/往届 (final-year or graduated), true/false, 1/0",
)


#: Of those, the words that say a diploma is still studied for, but not that this is the
#: final year (在读, 在校 — 应届 says both): read as a final-year student all the same, which
#: a list says where a verdict rests on it.
STUDYING_WORDS = frozenset(
    key(w)
    for w in (
        *("在读", "在讀", "在读生", "在讀生", "在校", "在校生", "还在读", "還在讀"),
        *NOT_YET_GRADUATED,
        "student",
    )
)


def says_studying(text: str) -> bool:
    """Whether ``text`` says a diploma is still studied for without saying it is the final
    year (``在读``, ``在校``; not ``应届``)."""
    return key(text) in STUDYING_WORDS


def parse_graduating(value: object, field: str = "graduating") -> bool:
    """Whether the candidate is a final-year student who has not yet received the diploma:
    a yes or a no (:func:`parse_bool`), or the words for it (应届 / 往届, 在读 / 已毕业)."""
    if isinstance(value, bool):
        return value
    found = GRADUATING_WORDS.get(key(str(value)))
    if found is not None:
        return found
    return _look_up(BOOL_ALIASES, GRADUATING_ACCEPTED, value, field)


# --- titles and directions --------------------------------------------------------------

TITLE_ALIASES: dict[str, TitleLevel] = _table(
    {
        TitleLevel.junior: [
            "初级",
            "初級",
            "初级职称",
            "初級職稱",
            "助理级",
            "助理級",
            "员级",
            "員級",
            "primary",
        ],
        TitleLevel.intermediate: ["中级", "中級", "中级职称", "中級職稱", "middle"],
        TitleLevel.senior: [
            "高级",
            "高級",
            "高级职称",
            "高級職稱",
            "副高",
            "副高级",
            "副高級",
            "正高",
            "正高级",
            "正高級",
        ],
    }
)
#: The engineering series' titles, named as people write their title (助理工程师 is of the
#: 助理级, read as 初级 as 助理级 is; 工程师 of the 中级; 高级工程师 of the 副高级 and 正高级工程师
#: of the 正高级, both 高级 as 副高 and 正高 are). The level of every one is fixed by the
#: series; titles of other series are not read by name (:data:`_TITLE_NAME`).
TITLE_ALIASES |= _table(
    {
        TitleLevel.junior: ["助理工程师", "助理工程師", "初级工程师", "初級工程師"],
        TitleLevel.intermediate: ["工程师", "工程師", "中级工程师", "中級工程師"],
        TitleLevel.senior: [
            "高级工程师",
            "高級工程師",
            "副高级工程师",
            "副高級工程師",
            "正高级工程师",
            "正高級工程師",
        ],
    }
)
_named(TITLE_ALIASES, TITLE_NAMES)
TITLE_ACCEPTED = _accepted(TITLE_NAMES)
#: A title named by its name in another series than the engineering one (经济师, 编辑, 讲师,
#: 技术员): its level is not read from the name (the same word is a job, or of another
#: level, in another series: 医师 is 初级), and the message asks for it.
_TITLE_NAME = r"^\S{0,8}(?:师|師|员|員|编辑|編輯|记者|記者|编审|編審|教授|助教)$"
#: A professional title of a series named with its level before the series' name
#: (中级会计师, 高级经济师, 助理统计师, 高级记者): the level is typed, so it is read, whatever
#: the series; the name says nothing of whether its speciality corresponds to this
#: occupation (left not known). Only the series' names: 高级软件工程师 or 高级设计师 is a
#: job's name, and 一级教师 names no level of these (a teachers' 一级 is 中级).
_LEVELLED_TITLE = (
    r"^(初级|初級|助理|中级|中級|高级|高級|副高级?|副高級|正高级?|正高級)"
    r"(会计师|會計師|经济师|經濟師|审计师|審計師|统计师|統計師|工程师|工程師|政工师|政工師"
    r"|农艺师|農藝師|畜牧师|畜牧師|兽医师|獸醫師|工艺美术师|工藝美術師|编辑|編輯|记者|記者"
    r"|翻译|翻譯|播音员|播音員|教师|教師|讲师|講師)$"
)
#: 高工: a 高级工程师 as people say it, or 高级工, the 三级 certificate's level.
_TITLE_AMBIGUOUS = frozenset({"高工"})


def parse_title_level(value: object, field: str = "title") -> TitleLevel:
    """A professional title's level: 初级 / 中级 / 高级 (also junior / intermediate / senior),
    or the engineering series' title that has it (助理工程师, 工程师, 高级工程师).

    Raises:
        InputError: no title's level; a vocational skill level (技师, 四级: a certificate's),
            a title of another series named by its name (经济师), or 高工 (高级工程师 or
            高级工), each said so.
    """
    if isinstance(value, TitleLevel):
        return value
    try:
        return _look_up(TITLE_ALIASES, TITLE_ACCEPTED, value, field)
    except InputError:
        word = key(str(value))
        if word in _TITLE_AMBIGUOUS:
            options = Both(
                "高级工程师(高级职称)或 高级工(三级证书)",
                "高级工程师 (a 高级 title) or 高级工 (a level-3 certificate)",
            )
            raise InputError(
                field, Msg.of("err.ambiguous", field=field, value=shown(value), options=options)
            ) from None
        # 技师, 高级工, 四级: a certificate's level, named in words (a bare 1 or L1 in a
        # title's place may be anything: the usual message)
        level = LEVEL_ALIASES.get(word) if re.search(r"[\u4e00-\u9fff]", word) else None
        if level is not None:
            raise InputError(
                field,
                Msg.of(
                    "err.title_is_level",
                    field=field,
                    value=shown(value),
                    level=Msg.of(f"level.{level}"),
                ),
            ) from None
        levelled = _levelled_title(word)
        if levelled is not None:  # 中级会计师, 高级经济师: the level typed before the name
            return levelled
        if re.fullmatch(_TITLE_NAME, word):
            raise InputError(
                field, Msg.of("err.title_name", field=field, value=shown(value))
            ) from None
        raise


def _levelled_title(word: str) -> TitleLevel | None:
    """The level of a title named with its level first (``中级会计师``: 中级), in
    :func:`key`'s form; None for any other word."""
    m = re.fullmatch(_LEVELLED_TITLE, word)
    if m is None:
        return None
    return TITLE_ALIASES.get(m[1]) or TITLE_ALIASES.get(m[1] + "级")  # 助理: 助理级


DIRECTION_ALIASES: dict[str, Direction] = _table(
    {
        Direction.creative_planning: [
            "创意策划",
            "創意策劃",
            "创意",
            "創意",
            "creative",
            "creative-planning",
        ],
        Direction.audiovisual: [
            "视听运营",
            "視聽運營",
            "音视频运营",
            "音視頻運營",
            "视听",
            "視聽",
            "audio-visual",
            "audiovisual_operation",
        ],
        Direction.live_streaming: ["直播运营", "直播運營", "直播", "live", "live-streaming"],
        Direction.traffic: ["流量运营", "流量運營", "流量", "traffic_operation"],
        Direction.data_analysis: ["数据分析", "數據分析", "数据", "數據", "data", "data-analysis"],
    }
)
_named(DIRECTION_ALIASES, DIRECTION_NAMES)
DIRECTION_ACCEPTED = _accepted(DIRECTION_NAMES)


def parse_direction(value: object, field: str = "direction") -> Direction:
    """A direction of the occupation: 创意策划, 视听运营, 直播运营, 流量运营, 数据分析."""
    if isinstance(value, Direction):
        return value
    # the word 方向 after the name, as the question and the 职业方向 column name it
    bare = re.sub(r"\s*方向$", "", str(value).strip())
    if bare and key(bare) in DIRECTION_ALIASES:
        return DIRECTION_ALIASES[key(bare)]
    return _look_up(DIRECTION_ALIASES, DIRECTION_ACCEPTED, value, field)


# --- compound values: certificates, titles, diplomas, periods ---------------------------

#: Separators between the items of a list typed in one field or cell.
LIST_SPLIT = r"\s*[;；、,，\n]\s*"
_PARTS = r"\s*[:：]\s*"
#: A date's year, where a date starts: four digits, or four Chinese numerals before 年
#: (二〇一九年七月一日).
_DATE_START = r"(?:\d{4}|[〇零○一二三四五六七八九]{4}(?=\s*年))"


_LEVEL_WORD = r"(?i)\blevel[\s-]*([1-4])\b"
#: English level names of two words, kept whole (the space between them parts no level
#: from a date): ``senior technician 2024-01-10``, ``level four: 2024-01-10``.
_LEVEL_WORDS = (
    r"(?i)\s*(senior\s+technician|level[\s-]+(?:one|two|three|four))"
    r"(?:\s*[:：,、/]\s*|\s+|$)(.*)"
)


_DATE_IN_BRACKETS = rf"\s*(\S+?)\s*\(({_DATE_START}\D[^()]*|\d{{8}})\)\s*"


#: Words naming the date of a certificate before it (``发证日期2022-03-01``, ``取证:2022年3月``)
#: or after it (``2022-03-01取得``): the date as written without them.
_DATE_WORD_BEFORE = (
    r"[\s,，、]*(?:发证|發證|取证|取證|获证|獲證|颁证|頒證|取得|获得|獲得)(?:日期|时间|時間)?"
    r"[\s:：]*(?=\d{4})"
)
_DATE_WORD_AFTER = r"(?<=[\d日号號])\s*(?:取得|获得|獲得|颁发|頒發|发证|發證|取证|取證)$"


def _level_and_date(text: str) -> tuple[str, str]:
    """``四级:2024-01-10``, ``四级 2024-01-10``, ``四级2024年1月10日`` → the two parts.

    ``level 4 2024-01-10`` (as English output writes it) reads like ``L4 2024-01-10``.
    """
    text = re.sub(_LEVEL_WORD, r"L\1", fold(text))
    first = re.fullmatch(_DATE_THEN_LEVEL, text.strip())
    if first and re.search(_ANOTHER_LEVEL, first[2]) and not re.search(r"\d{4}", first[2]):
        return first[2].strip(), first[1]  # 2020-01-01 三级, 2020年6月取得四级: date first
    text = re.sub(_DATE_WORD_BEFORE, " ", text).strip()  # 四级 发证日期2022-03-01
    text = text.replace("( ", "(")  # 四级(取证时间:2022-03-01)
    text = re.sub(_DATE_WORD_AFTER, "", text)  # 四级,2022-03-01取得
    m = re.fullmatch(_LEVEL_WORDS, text, re.DOTALL)
    if m:  # (a date in brackets after it: senior technician (2024-01-10))
        inner = re.fullmatch(r"\((.*)\)", m[2].strip(), re.DOTALL)
        return m[1], (inner[1] if inner else m[2]).strip()
    text = re.sub(_LEVEL_COMMA_DATE, " ", text)
    m = re.fullmatch(_DATE_IN_BRACKETS, text)  # 四级(2024.1.10), 四级（2024年1月10日）
    if m:
        return m[1], m[2]
    parts = re.split(_PARTS, text, maxsplit=1)
    if len(parts) == 2:
        return parts[0], parts[1]
    m = re.fullmatch(r"(\S+?)\s+(\S.*)", text)
    if m:
        return m[1], m[2]
    # 四级2024年1月10日, 3级20240110, 四级2020 (a year, or a month: 202003)
    m = re.fullmatch(rf"(\d?\D+?)({_DATE_START}\D.*|\d{{8}}|(?:19|20)\d\d(?:\d\d)?)", text)
    if m:
        return m[1], m[2]
    return text, ""


#: A date written before the level it is of (``2020-01-01 三级``, ``2020年6月取得四级``): the
#: date, and the rest.
_DATE_THEN_LEVEL = (
    r"((?:19|20)\d\d(?:[-./年]\d{1,2}(?:[-./月]\d{1,2}日?)?月?)?年?|(?:19|20)\d{6})"
    r"\s*(?:取得|获得|獲得|取证|取證|考取)?\s*[:：,，]?\s*(\D.*)"
)


#: Words saying a certificate is held, before its level (有四级证书, 只有四级, 一个四级, 拿了四级,
#: 考取了四级) or after the last of several (四级和三级都有): dropped, the level is read as held.
#: Only at the start: 没有四级, 还没拿到四级 say it is not held, and stay unread. 考过四级 says
#: an examination passed, not the certificate held (:data:`_EXAM_PASSED`).
_HELD_BEFORE = (
    r"^(?:我)?(?:只有|仅有|僅有|已有|已经有|已經有|有|持有|拿了|拿到了?|考到了?"
    r"|(?:已经?|已經)?(?:考取|取得|获得|獲得)了?)?(?:一个|一個|一张|一張|一本)?(?=\S)"
)
#: (四级已取证, 四级（已取证）: the certificate issued, so held)
_HELD_AFTER = (
    r"(?<=\S)(?:都有|都有了|都拿了|都拿到了?"
    r"|\s*[(（\[【]?(?:已经?|已經)(?:取证|取證|拿证|拿證|发证|發證)[)）\]】]?)$"
)
#: Words saying the examination of a level was passed (考过四级, 四级考试已通过, 通过四级考试,
#: 四级考试合格, 四级已考过), in :func:`key`'s form: the certificate is issued after it, and its
#: date is the date of issue, so a level so said is not read as a certificate held (a date
#: beside it would be the examination's). Not where it is said not passed (:data:`_EXAM_FAILED`).
_EXAM_PASSED = (
    r"(?:考过|考過)"
    r"|(?:考试|考試|鉴定|鑒定|认定|認定)(?:已经?|已)?(?:通过|通過|合格|及格)"
    r"|(?:通过|通過)(?:了)?\S*(?:考试|考試|鉴定|鑒定|认定|認定)"
    r"|^(?:已经?|已)?(?:通过|通過)了?(?=\S)|(?<![没沒未])(?:已经?|已)(?:通过|通過)"  # 通过四级, 四级已通过
)
#: Words saying an examination was not passed (没考过, 未通过四级考试, 没有通过, 考试不合格): no
#: certificate is held, and no examination passed either.
_EXAM_FAILED = r"(?:未|没有?|沒有?|不|尚未|未能|没能|沒能)(?:通过|通過|考过|考過|合格|及格)"


def _held(value: str) -> str:
    """``value`` (folded) without the words saying its certificate is held (:data:`_HELD_BEFORE`),
    or as it is where nothing is left."""
    folded = fold(value).strip()
    bare = re.sub(_HELD_AFTER, "", re.sub(_HELD_BEFORE, "", folded, count=1), count=1)
    return bare.strip() or folded


def split_certificate(value: str, field: str = "cert") -> tuple[int, date | None]:
    """``LEVEL[:DATE]`` (``四级:2022-06-15``, ``四级证书 2024年1月10日``, ``L3``).

    Raises:
        InputError: the level or the date cannot be read (the message names which).
    """
    says_nothing_among(value, field)
    decimal = re.fullmatch(_LEVEL_DECIMAL, key(value))
    if decimal is not None:  # 4.0: a level Excel stored as a number; 4.5: no level
        if decimal[2].strip("0"):
            raise InputError(field, Msg.of("err.cert_decimal", field=field, value=shown(value)))
        try:
            return parse_certificate_level(decimal[1], field), None
        except InputError:
            raise _fail(field, value, LEVEL_ACCEPTED) from None
    level_text, date_text = _level_and_date(_without_occupation(_held(value)))
    decimal = re.fullmatch(_LEVEL_DECIMAL, key(level_text))
    if decimal is not None:  # 4.0:2024-01-10, 3.0 2024-01-10: the level as a number, dated
        if decimal[2].strip("0"):
            raise InputError(field, Msg.of("err.cert_decimal", field=field, value=shown(value)))
        level_text = decimal[1] if decimal[1] in "1234" else level_text  # 5.0: as typed
    try:
        level = parse_certificate_level(level_text, field)
        when = _held_date(date_text, field, Both("四级", "4")) if date_text else None
    except InputError:
        _levels_apart(value, field, parse_certificate_level)
        _other_occupation(value, field)
        _training_at_certificate(value, field)
        _not_held(value, field)
        _title_at_certificate(value, field)
        _exam_failed(value, field)
        _exam_passed(value, field)
        _date_alone(value, field)
        raise
    return level, when


def _title_at_certificate(value: str, field: str) -> None:
    """Where ``value``, given as a certificate, is a professional title named with its level
    (``中级会计师``, ``高级经济师``, ``高级工程师``): raise that it is a title, no vocational
    certificate, which the title's question or column takes (the rules that count titles
    count one of a corresponding speciality; those of the summary count none).

    Raises:
        InputError: it is.
    """
    word = key(_level_and_date(fold(value).strip())[0])
    level = _levelled_title(word)
    if level is None and re.fullmatch(_TITLE_NAME, word):
        level = TITLE_ALIASES.get(word)  # 高级工程师, 工程师: the engineering series'
    if level is None:
        return
    raise InputError(
        field,
        Msg.of(
            "err.cert_is_title",
            field=field,
            value=shown(value),
            title=Msg.of(f"title.{level.value}"),
        ),
    )


#: A number with a decimal point where a certificate's level is typed: ``4.0`` is the level
#: 4 as Excel shows a number stored from a cell typed 4 (the level, no date), ``4.5`` no level.
_LEVEL_DECIMAL = r"(\d)\.(\d+)"

#: The words of an examination (考试, 鉴定, 认定), at the end of a level once the words saying
#: it was not passed are taken off (四级考试未通过 → 四级).
_EXAM_WORDS = r"(?:考试|考試|鉴定|鑒定|认定|認定)$"


def _exam_failed(value: str, field: str) -> None:
    """Where ``value``, given as a certificate, says a level's examination was not passed
    (``四级考试未通过``, ``未通过四级考试``, ``四级考试不合格``): raise that no certificate is
    held then, and that only those held are given (the usual refusal lists ``四级`` among
    the accepted values, inviting the very opposite of what was said).

    Raises:
        InputError: it does.
    """
    text = key(value)
    failed = re.search(rf"(?:还|還|暂|暫)?(?:{_EXAM_FAILED})了?", text)
    if failed is None:
        return
    rest = re.sub(_EXAM_WORDS, "", text[: failed.start()] + text[failed.end() :])
    level = _certificate_level(rest) if rest else None
    if level is None:
        return
    raise InputError(
        field,
        Msg.of(
            "err.cert_exam_failed", field=field, value=shown(value), level=Msg.of(f"level.{level}")
        ),
    )


def _exam_passed(value: str, field: str) -> None:
    """Where ``value``, given as a certificate, says a level's examination was passed
    (``考过四级``, ``四级考试已通过``): raise that the requirements ask for the certificate
    held, which is issued after the examination (dated by its issue), and how to give it.

    Raises:
        InputError: it does.
    """
    text = key(value)
    passed = re.search(_EXAM_PASSED, text) and not re.search(_EXAM_FAILED, text)
    if passed and re.search(_ANOTHER_LEVEL, text):
        raise InputError(field, Msg.of("err.cert_exam_passed", field=field, value=shown(value)))


#: The words of a training (培训, 结业): a certificate's item with them names a training.
_TRAINING_WORD = r"培训|培訓|结业|結業"


def _training_at_certificate(value: str, field: str) -> None:
    """Where ``value``, given as a certificate, reads as a completed training (``四级培训已结业``,
    ``四级结业证书``): raise that it is one, which the training's question or column takes
    (a training is no certificate, so not read as one).

    Raises:
        InputError: it does.
    """
    if not re.search(_TRAINING_WORD, key(value)):
        return
    bare = _without_occupation(_held(value))
    level = None
    for text in (bare, _completed(bare)):  # 四级培训, 四级结业证书; 四级培训已结业
        try:
            level = _level_named(value, field, _TRAINING_SUFFIX, text) if text else None
        except InputError:
            continue
        break
    if level is None:
        return
    raise InputError(
        field,
        Msg.of(
            "err.cert_is_training", field=field, value=shown(value), level=Msg.of(f"level.{level}")
        ),
    )


#: Another occupation's name before a level (``电子商务师四级``, ``互联网营销师（三级）``,
#: ``电工四级``): a name ending as an occupation's does (师, 员, 工), not a level's own name
#: (技师, 高级工: :func:`other_occupation_certificate`).
_OTHER_OCCUPATION = r"(?P<name>[\u4e00-\u9fff]{1,12}?(?:师|師|员|員|工))[\s\-·:：]*(?P<rest>.+)"
#: This occupation's own name, never another's.
_OWN_NAMES = ("全媒体运营师", "全媒體運營師")


#: A certificate said not held (yet): 没有四级, 还没拿到四级, 尚未取得三级证书, 没考四级 before
#: the level, 四级在考, 四级还没拿到 after it (:func:`key`'s form).
_NOT_HELD_BEFORE = r"^(?:还|還|尚|暂|暫)?(?:没有?|沒有?|未|没能|沒能)(?:拿到|拿|取得|获得|獲得|考取|考过|考過|考|通过|通過)?"
_NOT_HELD_AFTER = (
    r"[(\[【]?(?:在考|正在考|备考|備考|待考|考试中|考試中|还没拿到|還沒拿到|未取得|没拿到"
    r"|未通过|未通過|没通过|沒通過|报考中|報考中|待发证|待發證|未发证|未發證|未取证|未取證|待取证|待取證)[)\]】]?$"
)


def _not_held(value: str, field: str) -> None:
    """Where ``value`` says a certificate is not held (``没有四级``, ``四级在考``): raise that
    only those held are given (the usual refusal lists ``四级`` among the accepted values,
    inviting the very opposite of what was said)."""
    text = key(value)
    rest = re.sub(_NOT_HELD_AFTER, "", re.sub(_NOT_HELD_BEFORE, "", text, count=1), count=1)
    level = None if rest == text or not rest else _certificate_level(rest)
    if level is None:
        return
    raise InputError(
        field,
        Msg.of(
            "err.cert_not_held", field=field, value=shown(value), level=Msg.of(f"level.{level}")
        ),
    )


def other_occupation_certificate(
    value: str, field: str = "cert"
) -> tuple[str, int, date | None] | None:
    """Where ``value`` is a certificate of another occupation (``电子商务师四级``, ``电工四级
    2023-01-01``): that occupation's name, the level and its date (None: not given); None
    for any other text, a level's own name before a level (``技师``, ``高级工``) or this
    occupation's name included."""
    m = re.fullmatch(_OTHER_OCCUPATION, fold(value).strip())
    if m is None or m["name"] in _OWN_NAMES or m["name"].endswith(("技师", "技師")):
        return None  # 高级技师: a level's name
    try:
        parse_certificate_level(m["name"], field)
    except InputError as exc:
        if exc.msg.key == "err.ambiguous":
            return None  # (a level's name, of more than one level)
    else:
        return None  # 中级工, 高级工: a level's name, not an occupation's
    # (the level out of its brackets: 互联网营销师（三级）2022-03-01)
    try:
        level, when = split_certificate(re.sub(r"^\(([^()]+)\)", r"\1 ", m["rest"]), field)
    except InputError:
        return None
    return m["name"], level, when


def _other_occupation(value: str, field: str) -> None:
    """Where ``value`` is a certificate of another occupation (``电子商务师四级``): raise that
    the rules count those of this occupation or a related one, which the assessment body
    decides (read as a level, it would count as related)."""
    found = other_occupation_certificate(value, field)
    if found is None:
        return
    name, level, _ = found
    raise InputError(
        field,
        Msg.of(
            "err.cert_other_occupation",
            field=field,
            value=shown(value),
            occupation=name,
            level=Msg.of(f"level.{level}"),
        ),
    )


def _held_date(text: str, field: str, example: Both) -> date:
    """The date of a certificate or a title (:func:`parse_date`). One that gives the month
    or the year alone is refused saying to give the day, or, not remembering it, to leave
    the date out, ``example`` the level alone (held, its date not known): a date read as
    some day of the month could move a verdict."""
    try:
        return parse_date(text, field)
    except InputError:
        if month_span(text) or year_only(text):
            raise InputError(
                field, Msg.of("err.held_month", field=field, value=shown(text), example=example)
            ) from None
        raise


def certificate_month(value: str, field: str = "cert") -> tuple[int, date, date, str] | None:
    """A certificate whose date gives the month without the day (``四级:201907``,
    ``四级 2019.07``, ``三级(2019年7月)``, ``四级201907``), or the year alone (``四级 2019年``,
    ``四级(2019)``):
    its level, the first and the last day of that month or year (:func:`month_only`,
    :func:`year_only`) and the date as written; None for any other text (a whole date, or
    a level that cannot be read)."""
    level_text, date_text = _level_and_date(_without_occupation(_held(value)))
    month = (month_span(date_text) or year_only(date_text)) if date_text else None
    if month is None and (m := re.fullmatch(r"(\D+?)\s*\(?(\d{6}|\d{4})\)?", fold(value))):
        # 四级201907, 四级(201907), 四级2019, 四级(2019): six digits or a year glued on
        level_text, date_text = m[1], m[2]
        month = month_span(date_text) or year_only(date_text)
    if month is None:
        return None
    try:
        level = parse_certificate_level(level_text, field)
    except InputError:
        return None
    return level, *month, date_text.strip()


#: What follows a certificate's level when a date was meant (a digit, a date's word).
_MEANT_DATE = r"[\d〇零○一二三四五六七八九十年月日]"
#: A level named in what follows a certificate (``四级（三级在考）``, another certificate
#: after a date that does not read): no date, and not to be lost as one.
_ANOTHER_LEVEL = r"(?i)[一二三四五1-5]\s*[级級]|[中高]级工|[中高]級工|技师|技師|L[1-5]"


def certificate_without_date(value: str, field: str = "cert") -> tuple[int, str] | None:
    """A certificate whose level reads but whose date does not (``四级 2019年夏``,
    ``四级（约2019年）``): its level, and the text the date was meant to be; None if the
    level does not read either, or nothing like a date follows it.

    The certificate is held whatever its date, so a list reads it as held with its date
    not known, rather than leaving every certificate of the cell unknown."""
    if re.fullmatch(_LEVEL_DECIMAL, key(value)):  # 4.5: a number, not a level and a date
        return None
    text = _without_occupation(_held(value))
    level_text, date_text = _level_and_date(text)
    try:
        level = parse_certificate_level(level_text, field)
    except InputError:
        # a level run into a date it could not part from (四级(约2019年)): its longest
        # beginning that reads as a level, followed by what looks like a date
        for end in range(len(text) - 1, 0, -1):
            rest = text[end:]
            if not re.search(_MEANT_DATE, rest) or _splits_a_number(text, end):
                continue  # 2023-06-30 is no 二级 ("2") of a date "023-06-30"
            try:
                level = parse_certificate_level(text[:end], field)
            except InputError:
                continue
            if re.search(_ANOTHER_LEVEL, rest):
                return None
            return level, rest.strip(" :：()（）")
        return None
    if (
        not date_text
        or not re.search(_MEANT_DATE, date_text)
        or re.search(_ANOTHER_LEVEL, date_text)
    ):
        return None
    return level, date_text


def _splits_a_number(text: str, end: int) -> bool:
    """Whether ``text`` parted at ``end`` cuts a number in two (``2|023-06-30``)."""
    return text[end - 1].isdigit() and text[end].isdigit()


def _date_alone(value: str, field: str) -> None:
    """Where ``value``, given as a certificate, is a date with no level (``2023-06-30``,
    ``2023年6月``: the date column's, typed in the certificate's): raise that it is one, and
    how to give the level with it.

    Raises:
        InputError: it is.
    """
    text = key(value)
    if re.fullmatch(_A_DATE_ALONE, text) and not re.search(_ANOTHER_LEVEL, text):
        raise InputError(field, Msg.of("err.cert_is_date", field=field, value=shown(value)))


#: A date and nothing else: digits and the marks and words of a date (2023-06-30, 2023年6月,
#: 2023.6, 20230630), with a year of four digits.
_A_DATE_ALONE = r"(?:19|20)\d\d(?:[-./年\s]*\d{1,2}(?:[-./月\s]*\d{1,2}日?)?月?)?年?|(?:19|20)\d{6}"


def split_title(value: str, field: str = "title") -> tuple[TitleLevel, date | None, bool | None]:
    """``LEVEL[:DATE][:corresponding]`` (``初级:2020-06-01:对应``, ``中级``).

    Raises:
        InputError: a part cannot be read.
    """
    says_nothing_among(value, field, corresponding=True)
    # one title: a comma or 、 between its parts parts them as a space does
    text = _title_level_first(re.sub(r"\s*[,、]\s*", " ", fold(value)))
    parts = [p for p in re.split(_PARTS, text) if p]
    if not parts:
        raise _fail(field, value, TITLE_ACCEPTED)
    level_text, date_text = _level_and_date(parts[0])
    rest = [
        piece
        for part in ([date_text] if date_text else []) + parts[1:]
        for piece in _date_then_word(part)
    ]
    if re.match(_DATE_START, level_text) and rest:
        raise _fail(field, value, TITLE_ACCEPTED)  # 2020-06-01 会计: all of it said, not the date
    level = parse_title_level(level_text, field)
    when: date | None = None
    corresponding: bool | None = None
    for part in rest:
        word = key(part)
        if word in _CORRESPONDING:
            corresponding = _CORRESPONDING[word]
        elif when is None and re.match(_DATE_START, part):
            when = _held_date(part, field, Both("中级", "intermediate"))
        else:
            raise _fail(
                field,
                value,
                Both(
                    "初级|中级|高级[:YYYY-MM-DD][:对应|不对应]",
                    "LEVEL[:YYYY-MM-DD][:corresponding|not-corresponding]",
                ),
            )
    return level, when, corresponding


def _title_level_first(text: str) -> str:
    """A title written date first (``2020-06-01 中级``, ``2020.6.1 中级 对应``, ``2020年6月
    取得中级``) as its level first (``中级 2020-06-01``), as :func:`split_title` reads it;
    any other ``text`` as it is."""
    m = re.fullmatch(_DATE_THEN_LEVEL, text.strip())
    if m is None or re.match(_DATE_START, text.strip()) is None:
        return text
    level, *rest = re.split(rf"\s+|{_PARTS}", m[2].strip(), maxsplit=1)
    try:
        parse_title_level(level, "")
    except InputError:
        return text
    return " ".join([level, m[1], *rest])


def title_month(
    value: str, field: str = "title"
) -> tuple[TitleLevel, date, date, str, bool | None] | None:
    """A title whose date gives the month without the day (``中级 2019.07``,
    ``中级:2019年7月:对应``), or the year alone (``中级 2019``): its level, the first and
    the last day of that month or year (:func:`month_span`, :func:`year_only`), the date as
    written and whether it corresponds (as :func:`split_title` reads it); None for any
    other text."""
    text = _title_level_first(re.sub(r"\s*[,、]\s*", " ", fold(value)))
    parts = [p for p in re.split(_PARTS, text) if p]
    if not parts:
        return None
    _, date_text = _level_and_date(parts[0])
    rest = [  # as split_title parts them: the date, then a word after it
        piece
        for part in ([date_text] if date_text else []) + parts[1:]
        for piece in _date_then_word(part)
    ]
    for part in rest:
        span = month_span(part) or year_only(part)
        if span is None:
            continue
        try:  # the title read with the month's first day in its place
            level, _, corresponding = split_title(text.replace(part, span[0].isoformat(), 1), field)
        except InputError:
            return None
        return level, span[0], span[1], part.strip(), corresponding
    return None


_CORRESPONDING: dict[str, bool] = _table(
    {
        True: [
            "corresponding",
            "对应",
            "對應",
            "专业对应",
            "專業對應",
            "对口",
            "對口",
            "專業對口",
            "专业对口",
            "符合",
            "yes",
            "是",
        ],
        False: [
            "not-corresponding",
            "noncorresponding",
            "not_corresponding",
            "不对应",
            "不對應",
            "not corresponding",
            "不对口",
            "不對口",
            "专业不对口",
            "專業不對口",
            "专业不对应",
            "專業不對應",
            "不符合",
            "no",
            "否",
        ],
    }
)
#: The words for whether a title corresponds, longest first (不对应 before 对应).
_CORRESPONDING_WORDS = sorted(_CORRESPONDING, key=len, reverse=True)


def _date_then_word(part: str) -> list[str]:
    """A date followed by whether the title corresponds, without a colon between them
    (``2020-06-01 对应``, ``2020年6月1日对应``, as the question's example writes it) → the
    two (a date then another word: the two, so that the word is refused as not one of them);
    any other part as it is."""
    folded = key(part)
    if re.match(_DATE_START, folded):
        for word in _CORRESPONDING_WORDS:
            if folded.endswith(word) and len(folded) > len(word):
                return [folded[: -len(word)], word]
        if _is_date(part):  # 2020 年 6 月 1 日: spaces inside a date
            return [part]
        m = re.fullmatch(r"(.+?)\s+(\D+)", fold(part))
        if m:
            return [m[1], m[2]]
    return [part]


def _is_date(text: str) -> bool:
    """Whether ``text`` reads as a date."""
    try:
        parse_date(text, "")
    except InputError:
        return False
    return True


_EVALUATED: dict[str, bool] = _table(
    {
        True: ["evaluated", "经评估论证", "經評估論證", "评估论证", "評估論證", "已评估", "已評估"],
        False: [
            "not-evaluated",
            "not_evaluated",
            "未评估",
            "未評估",
            "未经评估论证",
            "未經評估論證",
        ],
    }
)


def split_diploma(
    value: str, field: str = "diploma", *, as_of: date | None = None
) -> dict[str, Any]:
    """``TYPE[:part…]``: the type, then in any order the major's relevance, ``graduating``,
    the school class and ``evaluated`` (``技师学院:related``, ``大专:unrelated:graduating``,
    ``技工学校:相关:高级工班``).

    Returns:
        The diploma's fields (``education`` and those given), as a mapping.

    Raises:
        InputError: a part cannot be read.
    """
    parts = [p for p in re.split(_PARTS, fold(value)) if p]
    if not parts:
        raise _fail(field, value, EDUCATION_ACCEPTED)
    typed: dict[str, str] = {}  # the part each value was read from
    classed = education_class(parts[0], field)  # 技师学院(高级工班): the class kept
    if classed is None:
        out: dict[str, Any] = {
            "education": parse_education(parts[0], field, part=True, as_of=as_of)
        }
        graduated = graduated_in(parts[0], as_of)
        if graduated is not None:  # 本科 2015年毕业: received, as 已毕业 says
            out["graduating"], typed["graduating"] = False, parts[0].strip()
    else:
        out = {"education": classed[0], "school_class": classed[1]}
        typed["school_class"] = re.split(r"[(（]", parts[0].strip().rstrip(")）"), maxsplit=1)[-1]
    for part in parts[1:]:
        word = key(part)
        read: Any
        if word in GRADUATING_WORDS:  # 在读, 应届; 往届, 已毕业
            name, read = "graduating", GRADUATING_WORDS[word]
        elif word in _EVALUATED:
            name, read = "evaluated", _EVALUATED[word]
        elif word in CLASS_ALIASES:
            name, read = "school_class", CLASS_ALIASES[word]
        elif word in MAJOR_ALIASES and word not in _YES_NO:
            name, read = "major", MAJOR_ALIASES[word]
        else:
            name = ""
        if name:
            if name in out and out[name] != read:  # 大专:相关:不相关: which one is it?
                raise InputError(
                    field,
                    Msg.of(
                        "err.parts_contradict",
                        field=field,
                        value=shown(value),
                        first=typed[name],
                        second=part.strip(),
                    ),
                )
            out[name], typed[name] = read, part.strip()
        else:
            raise _fail(
                field,
                part,
                Both(
                    "专业相关性(本专业/相关/不相关)、在读、班级(中级工班/高级工班/预备技师班)、经评估论证",
                    "same/related/unrelated, graduating, intermediate/senior/technician (class), "
                    "evaluated/not-evaluated",
                ),
            )
    mismatch = class_without_school(
        out["education"], out.get("school_class"), field, typed.get("school_class")
    )
    if mismatch is not None:
        raise InputError(field, mismatch)
    return out


def class_without_school(
    education: Education | None,
    school_class: SchoolClass | None,
    field: str,
    typed: str | None = None,
) -> Msg | None:
    """Why a diploma of type ``education`` cannot be of ``school_class`` (a class is a
    technical school's: a 高中 has none, and the class would be dropped without a word, the
    verdict then asking for the 预备技师班 given), or None where it can.

    ``typed``: the class as the person typed it (``技师班``), named rather than the class's
    every name (``预备技师班/技师班``); its id (``technician``) is named by its names.
    """
    if school_class is None or education is None or education in TECHNICAL_SCHOOLS:
        return None
    said = typed is not None and key(typed) not in ("", school_class.value)
    return Msg.of(
        "err.class_school",
        field=field,
        school_class=fold(typed)
        if said and typed is not None
        else Both(*CLASS_NAMES[school_class.value]),
        education=Both(*EDUCATION_NAMES[education.value]),
    )


def education_class(value: object, field: str) -> tuple[Education, SchoolClass] | None:
    """A technical school's diploma and its class in brackets after it (``技师学院(高级工班)``,
    ``技工学校（预备技师班）``, ``全日制技师学院(高级工班)``): read, the class kept, as every class
    goes with every type of 技工院校; None for any other text.

    A class after a diploma of no technical school, in brackets or after a colon
    (``高中(高级工班)``, ``高中:预备技师班``), is refused naming the class typed
    (:func:`class_without_school`).

    Raises:
        InputError: such a class on a diploma of no technical school.
    """
    if not isinstance(value, str):
        return None
    m = re.fullmatch(r"(.+?)(?:\((.+)\)|[:：](.+))", _bare(key(value)))
    if m is None:
        return None
    inner = m[2] if m[2] is not None else m[3]
    school_class = CLASS_ALIASES.get(inner)
    outer = education_choices(m[1])
    if school_class is None or not isinstance(outer, Education):
        return None
    typed = re.split(r"[(（:：]", fold(value).rstrip(")） "), maxsplit=1)[-1].strip()
    mismatch = class_without_school(outer, school_class, field, typed)
    if mismatch is not None:
        raise InputError(field, mismatch)
    if m[3] is not None:
        return None  # 技师学院:高级工班: a diploma's parts, as --diploma and a 学历列表 cell take
    return outer, school_class


def split_period(
    value: str, field: str = "work", *, months: bool = False
) -> tuple[date, date | None]:
    """``START..END`` or ``START..`` (a period still going on); END is the last day worked.

    As periods are written on Chinese forms too: ``至``, ``到``, ``~`` or a dash between the
    dates (``2020-01-01至2021-06-30``, ``2020.1.1-2021.6.30``: a hyphen where the dates have
    none, or with spaces around it), and ``至今`` / ``今`` / ``现在`` / ``now`` for an end
    not come yet (``2023-03-01至今``).

    ``months``: an end may give the month without the day (``2020.1-2021.6``,
    ``202001-202106``), read so as never to count more than was worked: a start month as
    its last day, an end month as its first (the same month at both ends: its last day).

    Raises:
        InputError: not a period, a date that cannot be read, or an end before the start.
    """
    folded = fold(value)
    parts = re.split(_PERIOD_SPLIT, folded, maxsplit=1)
    if len(parts) == 1 and "-" in folded:  # 2020.1.1-2021.6.30, 2020-01-01-2021-06-30
        parts = _at_a_hyphen(folded, months=months)
    if len(parts) == 1 and (m := re.fullmatch(_PERIOD_OPEN, folded)):  # 2023-03-01至今
        parts = [m[1], "至今"]
    start_text, end_text = (parts[0], parts[1]) if len(parts) == 2 else ("", "")
    start_text, end_text = start_text.rstrip(" -"), end_text.lstrip(" -")  # 2023.3.1-至今
    # no start (..2020-01-01), or no period: said as typed; and an end left blank after 至,
    # 到 or a dash (2020-01-01至), which may be a form's blank, not a period going on
    # (written 至今, or START..)
    if not start_text.strip() or not (end_text.strip() or folded.endswith("..")):
        raise InputError(field, Msg.of("err.period", field=field, value=shown(value)))
    end_text = "" if key(end_text) in _PERIOD_NOW else end_text
    start_month = month_only(start_text) if months else None
    end_month = month_only(end_text) if months and end_text.strip() else None
    start = start_month[1] if start_month else parse_date(start_text, field)
    end = end_month[0] if end_month else parse_date(end_text, field) if end_text.strip() else None
    if end_month and end_month[0] <= start <= end_month[1]:
        end = start  # 2021.6-2021.6: a day of that month, at least
    if end is not None and end < start:
        raise ContradictionError(field, Msg.of("err.period_order", field=field, value=shown(value)))
    return start, end


#: What parts a period's dates (:func:`split_period`): ``..``, 至, 到, a tilde or dash (doubled
#: too: a Chinese input method types the dash ``——``), or a hyphen with spaces around it (a
#: hyphen alone may be inside a date).
_PERIOD_SPLIT = r"\s*(?:\.{2,3}|…|至|到|[~〜—–―]+)\s*|\s+(?:-|to|until|till)\s+"
#: A period whose end is written as "up to now" with no separator before it (2023-03-01至今).
_PERIOD_OPEN = r"(.+?)\s*(?:至今|迄今|至现在|到现在|到今)"
#: Words for the day of the run as an evaluation date (``--as-of today``, ``"as_of": "今天"``
#: in a candidate file), as no date given is.
TODAY = frozenset({"today", "今天", "今日", "现在"})

#: An end written as "now": the period is still going on.
_PERIOD_NOW = frozenset({"今", "至今", "现在", "现今", "目前", "now", "present", "today", "今天"})


def _at_a_hyphen(text: str, *, months: bool = False) -> list[str]:
    """A period's two dates parted at the one hyphen that leaves a date on either side, if
    exactly one does (``2020-01-01-2021-06-30``); else the text whole. Hyphens typed twice
    part them as one (``2020.1.1--2021.6.30``), and an end written as "now" counts as a
    date (``2023.3.1-现在``); with ``months``, so does a month (``2020-01-2021-06``)."""
    found = []
    for run in re.finditer(r"-+", text):
        before, after = text[: run.start()], text[run.end() :]
        try:
            if not (months and month_only(before)):
                parse_date(before)
            if key(after) not in _PERIOD_NOW and not (months and month_only(after)):
                parse_date(after)
        except InputError:
            continue
        found.append([before, after])
    return found[0] if len(found) == 1 else [text]


#: A list typed as "nothing": no training, no certificate (a cell a clerk filled in).
NOTHING = frozenset(
    key(word)
    for word in (
        *("无", "無", "没有", "沒有", "暂无", "否", "none", "no", "nil", "-", "—", "/"),
        # what a clerk writes in a column of certificates, trainings or titles
        *("无证", "无证书", "無證書", "没有证书", "暂无证书", "未取得", "未取證", "未取证"),
        *("暂未取得", "未获得", "无培训", "未培训", "未参加", "未参加培训", "无职称"),
        # and in English (the space dropped by key(): nocertificate too)
        *("no certificate", "no certificates", "no cert", "no certs", "not any", "nothing"),
        *("no training", "no trainings", "no title", "no titles"),
    )
)
#: A value typed as "not known" (a cell or an answer): the fact stays unknown, without a word.
DONT_KNOW = frozenset(
    key(word)
    for word in (
        "不知道",
        "我不知道",
        "不清楚",
        "不太清楚",
        "不记得",
        "不记得了",
        "记不清",
        "记不清了",
        "忘了",
        "忘记了",
        "不详",
        "不詳",
        "未知",
        "不确定",
        "待定",
        # as people say it besides (不晓得 in much of the south)
        "不晓得",
        "不曉得",
        "不太记得",
        "不太记得了",
        "记不太清",
        "记不太清了",
        "说不清",
        "说不好",
        "不好说",
        "没印象",
        "沒印象",
        "不知道诶",
        "不知道耶",
        "n/a",
        "unknown",
        "not known",
        "not sure",
        "unsure",
        "don't know",
        "don’t know",  # the apostrophe a word processor or a phone types
        "dont know",
        "do not know",
        "i don't know",
        "i don’t know",
        "i dont know",
        "i do not know",
        "i'm not sure",
        "i’m not sure",
        "idk",
        "no idea",
        "?",
        "？",
    )
)


def says_not_known(text: str) -> bool:
    """Whether ``text`` (a cell or an answer) says a fact is not known (:data:`DONT_KNOW`),
    perhaps asked back (不知道？, not sure?)."""
    word = key(text)
    return word in DONT_KNOW or word.rstrip("?") in DONT_KNOW


#: "四级,2025年5月20日", "初级,2020-06-01", "四级/2024.1.10": a comma or a slash typed
#: between a level and its date; not the last slash of a date written with its year last
#: (``7/1/2019``, refused whole: whether 7 is the month or the day is not known).
_LEVEL_COMMA_DATE = rf"(?<!/\d)(?<!/\d\d)\s*[,、/]\s*(?={_DATE_START})"


def split_dated(text: str) -> list[str]:
    """The items of a list of certificates or titles: like :func:`split_list`, but an item
    that is only a date, or only whether a title corresponds, belongs to the item before it
    (``四级,2025年5月20日``, ``四级证书、2024-01-10``, ``中级，2021年3月1日，不对应``), and a
    level after a date starts another (``四级 2024-01-10 三级 2025-01-01``), as a date after
    a level does where each date is written before its level (``2019-01-01 四级 2020-01-01
    三级``); a date and a level after it, and nothing else, are one (``2020.1.1，三级``). A
    training said completed after a comma stays whole, as :func:`split_trainings` parts it
    (``参加了四级培训，已结业``: refused as one training, not half of one)."""
    items: list[str] = []
    for part in split_trainings(text):
        for n, item in enumerate(split_at_levels(part)):
            # (an item parted from the one before at a level, 2019-01-01 四级 2020-01-01 三级,
            # is whole: only one after a comma may be the date of the one before it)
            if (
                n == 0
                and items
                and (re.match(_DATE_START, item) or key(item) in _CORRESPONDING)
                and not _another_dated(items[-1], item)
            ):
                items[-1] += " " + item
            else:
                items.append(item)
    if (
        len(items) == 2
        and re.fullmatch(_A_DATE_ALONE, key(items[0]))
        and not key(items[1]).isdigit()  # 2020.1.1,3: the 3 may be no level
        and _is_level(items[1])
    ):
        return [" ".join(items)]  # 2020.1.1，三级: one certificate, its date written first
    return items


#: A day after a month, not a level's number (七月 三级: 三 is the 三级's, no day of July;
#: 7月 3级 too); 廿一, 卅 as forms write 21, 30.
_DAY = r"[一二三四五六七八九十廿卅\d]{1,3}(?![一二三四五六七八九十廿卅\d])(?!\s*[级級])"
_ARABIC_DAY = r"\d{1,2}(?!\d)(?!\s*[级級])"
#: A month in Chinese numerals or digits after a year in either (七, 十二, 元 of 元月, 7).
_ANY_MONTH = r"(?:[一二三四五六七八九十\d]{1,3}|元)"
_ANY_YEAR = r"(?:\d{4}|[〇零○一二三四五六七八九]{4})"
#: A whole date inside an item, and the bracket that may close it: where a certificate typed
#: with its date may end.
_DATE_ENDS = (
    r"(?<!\d)(?:\d{4}([-/.])\d{1,2}\1\d{1,2}|\d{4}\s*年\s*\d{1,2}\s*月\s*"
    + _ARABIC_DAY
    + r"\s*[日号號]?"
    # a date in Chinese numerals, or partly (2019年七月一日, 2019年元月廿一日)
    r"|\d{8}|" + _ANY_YEAR + r"\s*年\s*" + _ANY_MONTH + r"\s*月"
    r"\s*" + _DAY + r"\s*[日号號]?"
    # a month or a year without its day (四级 2019.07 三级 2020.01), read as such after
    r"|\d{4}[-/.]\d{1,2}(?![-/.]?\d)|\d{6}|\d{4}\s*年\s*\d{1,2}\s*月(?!\s*" + _ARABIC_DAY + r")"
    # … in Chinese numerals (四级 二〇一九年七月 三级 二〇二〇年一月, 2019年元月)
    r"|" + _ANY_YEAR + r"\s*年\s*" + _ANY_MONTH + r"\s*月(?!\s*" + _DAY + r")"
    r"|\d{4}\s*年?"
    r"|[〇零○一二三四五六七八九]{4}\s*年(?!\s*" + _DAY + r")"
    r")(?!\d)\)?"
)
#: A time of day after a date (a spreadsheet's ``2024/1/10 0:00``): part of the date.
_TIME_AFTER = r"[ t]?\d{1,2}:\d{2}"


def split_at_levels(text: str) -> list[str]:
    """Certificates or titles typed one after another without a comma, each with its date:
    parted where a level follows a date (``四级 2024-01-10 三级 2025-01-01`` → ``四级
    2024-01-10``, ``三级 2025-01-01``); any other text as one item."""
    folded = fold(text)
    items: list[str] = []
    start = 0
    for m in re.finditer(_DATE_ENDS, folded):
        rest = folded[m.end() :]
        if _dated_first(folded[start : m.start()].strip()) and _starts_a_level(
            re.sub(_DATE_THEN_WORD, "", rest)
        ):
            # 2019-01-01 四级 2020-01-01 三级: each date before its level, as the first is
            items.append(folded[start : m.start()].strip())
            start = m.start()
            continue
        if re.search(r"(?:^|[、,，;；])\s*$", folded[: m.start()]):
            # a date first, or first after a 、 (三级、2019-01-01 四级): it may be the 四级's,
            # written before it; not parted there (the whole is then refused)
            continue
        if rest.strip() and not re.match(_TIME_AFTER, rest.lower()) and _starts_a_level(rest):
            items.append(folded[start : m.end()].strip())
            start = m.end()
    items.append(folded[start:].strip())
    return [item for item in items if item]


#: The words between a date and the level after it (2019-01-01 取得四级): none needed.
_DATE_THEN_WORD = r"^\s*(?:取得|获得|獲得|取证|取證|考取)?\s*[:：,，]?\s*"


def _another_dated(before: str, item: str) -> bool:
    """Whether ``item``, after a comma, is a certificate (or title) of its own written date
    first (``2020-01-01 三级``) where the one ``before`` it has its date already
    (``2019-01-01 四级``, ``四级 2019-01-01``): its date cannot be that one's. After an undated
    one (``三级、2019-01-01 四级``) the date may be either's."""
    item = fold(item).strip()
    before = fold(before).strip()
    return _dated_first(item) and (
        _dated_first(before) or re.search(_DATE_ENDS, before) is not None
    )


def _dated_first(text: str) -> bool:
    """Whether ``text`` is one certificate (or title) written date first, ``2019-01-01 四级``,
    ``2019年1月1日取得四级``: a date, then a level and nothing more."""
    m = re.fullmatch(_DATE_THEN_LEVEL, text)
    return m is not None and re.match(_DATE_START, text) is not None and _is_level(m[2])


def _is_level(text: str) -> bool:
    """Whether ``text`` is a level of a certificate or a title and nothing more."""
    if key(text) in TITLE_ALIASES:
        return True
    try:
        parse_certificate_level(text, "")
    except InputError:
        return False
    return True


def _starts_a_level(text: str) -> bool:
    """Whether ``text`` starts with a level of a certificate or a title (``三级 2025-01-01``,
    ``高级``, ``全媒体运营师（三级）``), not a word that goes with the date before it (对应)."""
    level_text, _ = _level_and_date(_without_occupation(text))
    if glued := re.match(r"(\D+?)\s*\(\d{4,6}\)", fold(text)):
        level_text = glued[1]  # 三级(2020): a year or a month in brackets glued to it
    if key(level_text).isdigit():  # 四级 2024-01-10 3: a number there is no level said so
        return False
    if key(level_text) in TITLE_ALIASES:
        return True
    try:
        parse_certificate_level(level_text, "")
    except InputError as exc:
        return exc.msg.key == "err.ambiguous"  # 高级: a level, if not which one
    return True


def split_list(text: str) -> list[str]:
    """The items of a list typed in one field (``四级;三级``, ``四级、三级``, ``4,3``), and
    levels joined by a word for "and" (``四级和三级``, ``四级与三级``, ``L4 and L3``).

    A field that says there is nothing (``无``, ``没有``, ``none``, ``-``) is an
    empty list, as an empty field is; so is one saying it alone however often, with a
    separator left after it (``无、``, ``无,无``). A full stop closing the list, as a sentence typed
    with a Chinese input method ends (``四级,三级。``), is no part of its last item.
    """
    folded = fold(text).rstrip().removesuffix("。")
    if key(folded) in NOTHING:
        return []
    folded = re.sub(_HELD_AFTER, "", folded).rstrip() or folded  # 四级和三级都有: each held
    items = [
        piece
        for item in _outside_brackets(folded, LIST_SPLIT)
        for piece in _at_conjunctions(item)
        if piece
    ]
    # 无、 or 无,无 (a separator left after it, the word twice) says nothing as 无 does:
    # no item beside it for it to contradict
    if all(key(item) in NOTHING for item in items):
        return []
    return items


#: Brackets a list's separators inside which part nothing (``四级(中级工,L4)``): opening
#: and closing, once :func:`fold` has made full-width round brackets ASCII.
_OPENING = "([【〔"
_CLOSING = ")]】〕"


def _outside_brackets(text: str, separator: str) -> list[str]:
    """``text`` split at ``separator`` where it stands outside brackets: a comma inside
    them is part of the item (``四级(中级工,L4)``, ``全媒体运营师（四级，中级工）``: one item,
    shown whole where it cannot be read, not ``四级(中级工`` and ``L4)``). Brackets that do
    not pair up part nothing: ``text`` is then split at every separator."""
    depth, places = 0, []
    for char in text:
        if char in _OPENING:
            depth += 1
        elif char in _CLOSING:
            depth -= 1
            if depth < 0:
                return re.split(separator, text)
        places.append(depth)
    if depth:
        return re.split(separator, text)
    items, start = [], 0
    for m in re.finditer(separator, text):
        if m.start() < len(places) and places[m.start()] == 0 and m.end() > m.start():
            items.append(text[start : m.start()])
            start = m.end()
    items.append(text[start:])
    return items


#: An item of a list of trainings that only says the training before it was completed
#: (``参加了四级培训，已结业``: one training with a comma inside it, not two items).
_DONE_REMARK = r"(?:并|並|且)?(?:已经?|已)?(?:" + _DONE_WORDS + ")了?"


def split_trainings(text: str) -> list[str]:
    """The items of a list of trainings typed in one field (``四级、三级``, ``四级,三级``,
    ``四级和三级``), as :func:`split_list` parts them, but an item that only says the
    training before it was completed (``已结业``, ``已取得结业证书``) belongs to it:
    ``参加了四级培训，已结业`` is one training, the 四级 completed."""
    items: list[str] = []
    for item in split_list(text):
        if items and re.fullmatch(_DONE_REMARK, key(item)):
            items[-1] += "，" + item
        else:
            items.append(item)
    return items


#: A word for "and" between two items of a list (以及 before 及: the longer word first).
_AND = r"\s*(?:以及|和|与|與|及)\s*|\s+(?:and|&)\s+"


def _at_conjunctions(item: str) -> list[str]:
    """``item`` parted at each word for "and" that a level follows (``四级和三级``, ``四级
    2024-01-10 及 三级 2025-01-01``, ``四级培训与三级培训``); anything else (``小学及以下``,
    ``四级及以上``) is left whole."""
    pieces: list[str] = []
    start = 0
    for m in re.finditer(_AND, item, flags=re.IGNORECASE):
        after = re.split(_AND, item[m.end() :], maxsplit=1, flags=re.IGNORECASE)[0]
        if m.start() > start and after and _names_a_level(after):
            pieces.append(item[start : m.start()])
            start = m.end()
    pieces.append(item[start:])
    return pieces


def _names_a_level(text: str) -> bool:
    """Whether ``text`` is, or starts with, the level of a certificate, a title or a
    training (``三级``, ``三级 2025-01-01``, ``中级``, ``三级培训``)."""
    if _starts_a_level(text):
        return True
    try:
        parse_training(text, "")
    except InputError:
        return False
    return True


def parse_list(text: str, parse: Callable[[str, str], T], field: str) -> list[T]:
    """Every item of a typed list, each read by ``parse``."""
    return [parse(item, field) for item in split_list(text)]
