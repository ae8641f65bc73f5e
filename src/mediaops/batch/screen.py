"""Screening one row: its cells read as facts, the engine's verdicts, and the words for them.

Cells are read with the same parsers as ``check``'s flags
(:mod:`mediaops.values`), each distinct text of a column once. A cell that
cannot be read makes its fact unknown for the row, which is still screened,
and says so in the row's warnings (``--strict``: the row is an error row
instead). Facts that contradict each other make an error row.

A row's result is a function of its fact cells (and the run's ruleset, date
and language), so rows with the same cells share one result
(:mod:`mediaops.memo`); the engine's steps and the report's wording are
remembered on their whole inputs as well.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from functools import partial
from typing import Any, NamedTuple, TypeVar

from mediaops import values
from mediaops.engine.decide import Decision, Opens, Verdict
from mediaops.engine.evaluator import Evaluation, Evaluator
from mediaops.engine.facts import Bound, Facts, diploma_facts, prepare, prepare_facts
from mediaops.engine.outcome import Outcome, Status
from mediaops.errors import ContradictionError, InputError
from mediaops.memo import memoized
from mediaops.messages import (
    CLASS_NAMES,
    DIRECTION_NAMES,
    EDUCATION_NAMES,
    LANGS,
    Both,
    Lang,
    Msg,
    aside,
    clauses,
    listing,
    localize,
    name,
    shown,
    tr,
    without_flags,
)
from mediaops.models import (
    Certificate,
    Diploma,
    Title,
    WorkPeriod,
    check_after_within_total,
    check_consistency,
)
from mediaops.report.json import ReportJson
from mediaops.report.result import (
    Wording,
    action_training,
    level_missing,
    route_words,
    verdict_assumptions,
)
from mediaops.rules import Ruleset
from mediaops.terms import Direction, Education, SchoolClass, TitleLevel

from .columns import ColumnMap, names_certificates_occupation

_MET = Status.met
#: A number without a unit, in figures or in Chinese (``36``, ``三十六``): under a header in
#: months (``工作年限(月)``), months.
_BARE = re.compile(r"\d+(?:\.\d+)?|[〇零一二两兩三四五六七八九十]+")


class CellError(InputError):
    """A cell that cannot be read (its fact becomes unknown, with a warning).

    ``contradiction``: the cell says something that cannot be (a period that
    ends before it starts): the row is an error row, never screened as unknown.
    """

    def __init__(self, field: str, msg: Msg, *, contradiction: bool = False) -> None:
        super().__init__(field, msg)
        self.contradiction = contradiction


@dataclass(frozen=True, slots=True)
class Result:
    """What one row comes to.

    Attributes:
        statuses: the level verdicts in ruleset order (4, 3, 2, 1), None for an error row.
        highest: the highest eligible level, or None.
        summary: in words, what the candidate may apply for, or the way to the next level
            ("" for JSON Lines, whose line carries the report instead).
        warnings: cells that could not be read (their facts taken as unknown).
        error: why the row could not be screened, or None.
        report: the JSON report (JSON Lines output), without its braces.
        reasons: for each level not reached, the condition it falls on (for the run's summary).
        not_screened: the row holds no applicant (a totals row): written with ``summary``
            saying so, its verdicts empty, and not counted.
        assumptions: the ids of the ruleset's assumptions its verdicts rest on (as ``check``
            states them), for the run's summary.
    """

    statuses: tuple[str, ...] | None
    highest: int | None
    summary: str
    warnings: tuple[str, ...] = ()
    error: str | None = None
    report: str = ""
    reasons: tuple[tuple[int, str], ...] = ()
    not_screened: bool = False
    assumptions: tuple[str, ...] = ()


class MonthOnly(NamedTuple):
    """A date cell that gives the month but not the day (2019.7), or the year alone (2019):
    the days it may be."""

    first: date
    last: date
    text: str


class DateList(NamedTuple):
    """A certificate's or a title's date column that lists two or more whole dates
    (``2019-07-01、2021-03-01``), for the certificates (or titles) of the row without a
    date of their own, in the order both cells give them."""

    dates: tuple[date, ...]
    text: str


def _date_list(text: str, field: str) -> DateList | None:
    """The dates of a date cell that lists several whole dates, or None."""
    items = values.split_list(text)
    if len(items) < 2:
        return None
    try:
        return DateList(tuple(values.parse_date(i, field) for i in items), text)
    except InputError:
        return None


def _month_in_list(text: str, field: str) -> str | None:
    """The first item giving a month or a year alone of a date cell that lists several
    dates, each a whole date, a month or a year (``2019-07、2021-03``), or None."""
    items = values.split_list(text)
    if len(items) < 2:
        return None
    months = []
    for item in items:
        try:
            values.parse_date(item, field)
        except InputError:
            if not (values.month_span(item) or values.year_only(item)):
                return None
            months.append(item)
    return months[0] if months else None


def _given_dates(value: Any) -> tuple[date, ...]:
    """The dates a certificate's or a title's date column gave (none, one or a list)."""
    if isinstance(value, DateList):
        return value.dates
    return (value,) if isinstance(value, date) else ()


class DateColumn(NamedTuple):
    """A level's certificate-date column filled in on a row (``四级取证时间``), for the
    warnings on its date."""

    level: int
    #: the column's name
    column: str
    #: the Excel day number the cell held (``43647``), or empty
    serial: str
    #: the cell as written
    cell: str
    #: where the cell is no date beside the level said held in another column: that
    #: column's name where it gives the date, else empty (the date not known); else None
    undated: str | None = None


class ClassedDiploma(NamedTuple):
    """A 学历 cell giving a technical school's diploma with its class (``技师学院(高级工班)``)."""

    education: Education
    school_class: SchoolClass


def _education(text: str, field: str, as_of: date | None = None) -> Education | ClassedDiploma:
    """A 学历 cell, its class kept where one is given in brackets
    (:func:`~mediaops.values.education_class`); a year of graduation in it
    (``本科 2015年毕业``) compared with the evaluation date ``as_of``'s."""
    classed = values.education_class(text, field)
    if classed is not None:
        return ClassedDiploma(*classed)
    return values.parse_education(text, field, as_of=as_of)


class EitherDiploma(NamedTuple):
    """A 学历 cell naming two diplomas (``大学``: 大专 or 本科; ``初中及以下``), lowest first."""

    choices: tuple[Education, ...]
    text: str
    #: why the cell alone does not say which (its warning when the verdicts depend on it)
    msg: Msg


#: The date columns whose cell may give a month only (a certificate's, a title's).
_MONTH_DATES = ("cert_date", "title_date")
#: The facts whose cell may give a month without its day: those columns, and a
#: certificate's or a title's own date in its column (四级:201907, 中级 2019.07).
_MONTH_FACTS = ("certs", "titles", *_MONTH_DATES)


#: A certificate of a cell read by month (:class:`MonthCerts`): its level, the first and the
#: last day its date may be, and its month as written.
_CertMonth = tuple[int, date | None, date | None, str]


class MonthCerts(NamedTuple):
    """A certificate cell in which some date gives the month but not the day (``四级:201907``,
    ``三级(2019年7月)``): each certificate's level, the first and the last day its date may
    be (the same day for a whole date, None for none) and its month as written (empty for a
    whole date or none)."""

    items: tuple[_CertMonth, ...]

    def on(self, pick: str, as_of: date) -> tuple[Certificate, ...]:
        """The certificates with each month taken as its ``first`` or ``last`` day (not
        after ``as_of``), or, ``none``, with the date of such a month not known."""
        return tuple(
            Certificate.model_construct(
                level=level, date=_on_day(first, last, month, pick, as_of), years_after=None
            )
            for level, first, last, month in self.items
        )


def _on_day(
    first: date | None, last: date | None, month: str, pick: str, as_of: date
) -> date | None:
    """The date of an item of :class:`MonthCerts` or :class:`MonthTitles` (its first and
    last day, its month as written, empty for a whole date) as ``pick`` takes a month:
    ``first`` or ``last`` day (not after ``as_of``), or ``none``, not known."""
    if not month:
        return first
    if pick == "first":
        return first
    return min(last, as_of) if pick == "last" and last is not None else None


class MonthTitles(NamedTuple):
    """A 职称 cell in which some date gives the month but not the day (``中级 2019.07``), as
    :class:`MonthCerts` is for certificates: each title's level, the first and the last day
    its date may be (the same day for a whole date, None for none), its month as written
    (empty for a whole date or none) and whether it corresponds."""

    items: tuple[tuple[TitleLevel, date | None, date | None, str, bool | None], ...]

    def on(self, pick: str, as_of: date) -> tuple[Title, ...]:
        """The titles with each month taken as its ``first`` or ``last`` day (not after
        ``as_of``), or, ``none``, with the date of such a month not known."""
        return tuple(
            Title.model_construct(
                level=level,
                date=_on_day(first, last, month, pick, as_of),
                years_after=None,
                corresponding=corresponding,
            )
            for level, first, last, month, corresponding in self.items
        )


class SerialDay(NamedTuple):
    """A date column's cell holding a bare number that is an Excel day number (43466, where
    the cell lost its date format or a program exported the number): the day it is."""

    day: date
    text: str


class AtLeast(NamedTuple):
    """A cell of years (the experience, the years since a certificate) giving a bound
    (``3年以上``, ``满3年``, ``三年多``, ``3-5年``, ``不到2年``): the fewest years it says, and
    the most. The years are then not known, but within these
    (:func:`~mediaops.values.years_bound`)."""

    years: float
    text: str
    #: a range's high end (``3-5年``: 5), which exact years beside it may not pass
    most: float | None = None
    #: whether the experience is fewer than ``most`` (``不到2年``, ``2年多``), not those too
    below: bool = False


#: The facts whose cells may give their years as a bound (3年以上, 1-3年, 不到2年).
_BOUNDED = ("experience", "years_after_cert")


def _counted(fact: str, got: dict[str, Any]) -> bool:
    """Whether a work history beside it gives the years a bound in ``fact``'s cell says: the
    experience always; the years after the highest certificate where it is dated (in its
    cell, or by the date column: given to it as the only one without a date, or listing a
    date for each of them), by a day or a month."""
    if fact == "experience":
        return True
    certs = got.get("certs") or ()
    if isinstance(certs, MonthCerts):  # 三级:2020-01: dated, on some day of the month
        certs = certs.on("first", date.max)
    if not certs or not all(hasattr(c, "level") and hasattr(c, "date") for c in certs):
        return False
    top = min(certs, key=lambda c: c.level)
    if top.date is not None:
        return True
    undated = [c for c in certs if c.date is None]
    given = got.get("cert_date")
    if isinstance(given, DateList):  # each date to one without, in order, as many as they
        return len(given.dates) == len(undated)
    return isinstance(given, date | MonthOnly) and undated == [top]


#: What a clerk writes in a date column for no date (a placeholder mark, or 无): as blank.
_NO_DATE = frozenset(values.key(m) for m in ("-", "--", "—", "/", "无", "無"))


#: The columns that hold a date.
_DATES = frozenset({"cert_date", "title_date", "as_of"})
#: Excel's day numbers of 1970-01-01 and 2099-12-31: a five-digit number between them in a
#: date column is read as that day (a year such as 2019, or 20190110, is no such number).
_SERIALS = (25569, 73050)
_EXCEL_EPOCH = date(1899, 12, 30)


def excel_day(text: str) -> date | None:
    """The day an Excel day number in a date cell names (``43466`` → 2019-01-01), or None.
    A fraction after it is a time of that day (``43466.5``: noon), ignored as a date's
    ``0:00`` is."""
    m = re.fullmatch(r"(\d{5})(?:\.\d*)?", values.fold(text))
    if m is None or not _SERIALS[0] <= int(m[1]) <= _SERIALS[1]:
        return None
    return _EXCEL_EPOCH + timedelta(days=int(m[1]))


#: A header naming a column of ID-card numbers (身份证号, 证件号码, ID card no.), after
#: :func:`values.key`.
_ID_CARD_HEADER = re.compile(
    r".*(?:身份证|身份證|证件号|證件號|身份号码|身份號碼|idcard|id_card|id-card|idno|idnumber"
    r"|identitycard|identitynumber|nationalid).*"
)
#: A number as Excel writes it in scientific notation (``1.10105E+17``), as a CSV saved by
#: Excel holds a long number shown so: the digits past those shown are gone.
_SCIENTIFIC = re.compile(r"[-+]?\d+(?:\.\d+)?e\+?\d+")
#: From 10^15 a number has more digits than the 15 Excel keeps (an 18-digit ID card's last
#: three are zeros once Excel has stored it as a number).
_EXCEL_DIGITS = 10.0**15


def lost_digits(text: str, value: Any = None) -> str | None:
    """A long number (an ID card's, say) that Excel stored as a number, its last digits
    lost: the number as Excel shows it (``1.10105E+17``; ``110105199001011000``, for an .xlsx cell that holds
    the number), or None. A short number (a 序号) and a number typed as text are none."""
    if isinstance(value, float) and abs(value) >= _EXCEL_DIGITS:
        return format(Decimal(f"{value:.15g}"), "f")  # the 15 digits Excel keeps
    stripped = values.key(text)
    if _SCIENTIFIC.fullmatch(stripped) and float(stripped) >= 1:
        return text.strip()
    return None


@dataclass(slots=True)
class RowFacts:
    """The facts of one row as read from its cells, before they meet the date."""

    diplomas: list[Diploma] = field(default_factory=list)
    experience: float | None = None
    work: tuple[WorkPeriod, ...] = ()
    trainings: frozenset[int] | None = frozenset()
    certificates: tuple[Certificate, ...] | None = ()
    titles: tuple[Title, ...] | None = ()
    direction: Any = None
    as_of: date | None = None
    experience_at_least: float | None = None
    experience_at_most: float | None = None
    experience_most_excluded: bool = False
    #: the years since one of ``certificates`` (its place) given as a bound (取证后年限 5年以上)
    after_bound: tuple[int, Bound] | None = None


def _diploma_of_cells(
    education: Any, major: Any, graduating: Any, school_class: Any, evaluated: Any
) -> Diploma | None:
    """The diploma the education columns of a row give (None: they give nothing). Never
    changed once made, so rows with the same cells share one."""
    if (
        education is None
        and major is None
        and graduating is False
        and school_class is None
        and evaluated is None
    ):
        return None
    return Diploma.model_construct(
        education=education,
        major=major,
        graduating=graduating,
        school_class=school_class,
        evaluated=evaluated,
    )


_diploma_cells = memoized(_diploma_of_cells, "cells")


def _held_since(level: int, when: date | None) -> Certificate:
    """A certificate of ``level`` held since ``when`` (None: its date not known)."""
    return Certificate.model_construct(level=level, date=when, years_after=None)


def _certificates(text: str, field: str) -> tuple[Certificate, ...]:
    return tuple(_held_since(*values.split_certificate(i, field)) for i in values.split_dated(text))


_Item = TypeVar("_Item")


def _certificates_or(
    text: str,
    field: str,
    whole: Callable[..., _Item],
    fallback: Callable[[str, str], _Item | None],
    split: Callable[[str, str], tuple[Any, ...]] = values.split_certificate,
) -> tuple[tuple[_Item, ...], bool] | None:
    """The certificates (``split``: :func:`~mediaops.values.split_title`, the titles) of a
    cell, each read as :func:`_certificates` reads it (made by ``whole`` of what ``split``
    reads) or, where that refuses it, by ``fallback``; and whether ``fallback`` read any.
    None where ``fallback`` cannot read one either."""
    out: list[_Item] = []
    fell_back = False
    for item in values.split_dated(text):
        try:
            out.append(whole(*split(item, field)))
        except InputError:
            found = fallback(item, field)
            if found is None:
                return None
            out.append(found)
            fell_back = True
    return tuple(out), fell_back


def _month_certificates(text: str, field: str) -> MonthCerts | None:
    """A certificate cell that :func:`_certificates` refuses only because some date in it
    gives the month without the day (``四级 2019.07``), as :class:`MonthCerts`; else None."""
    read = _certificates_or(
        text, field, lambda level, when: (level, when, when, ""), values.certificate_month
    )
    return MonthCerts(read[0]) if read is not None and read[1] else None


def _month_titles(text: str, field: str) -> MonthTitles | None:
    """A 职称 cell that :func:`_titles` refuses only because some date in it gives the month
    without the day (``中级 2019.07``), as :class:`MonthTitles`; else None."""
    read = _certificates_or(
        text,
        field,
        lambda level, when, corresponding: (level, when, when, "", corresponding),
        values.title_month,
        values.split_title,
    )
    return MonthTitles(read[0]) if read is not None and read[1] else None


def _certificate_error(text: str, field: str, exc: InputError) -> InputError:
    """Why a certificate cell none of the readings take cannot be read: the error of its
    first item that neither a whole date nor a month or a year reads (高级 in ``四级 2019
    高级 2021``, not the year ``2019``, which reads as a year); ``exc`` where none is."""
    for item in values.split_dated(text):
        try:
            values.split_certificate(item, field)
        except InputError as found:
            if values.certificate_month(item, field) is None:
                return found
    return exc


#: The refusals of a certificate cell's item that say what it is instead, no certificate of
#: this occupation held: a professional title (中级会计师), a training (四级培训已结业), an
#: examination not passed (四级考试未通过), a level said not held (没有四级).
_NO_CERTIFICATE = frozenset(
    {"err.cert_is_title", "err.cert_is_training", "err.cert_exam_failed", "err.cert_not_held"}
)
#: The most items of other occupations one cell may hold to be screened on each way they
#: may count (2 ** n screens).
_MOST_OTHERS = 3


class PartCerts(NamedTuple):
    """A 证书 cell some of whose items are certificates and some, said what they are, not
    certificates of this occupation (``四级 2019-01-01、中级会计师``): the certificates read,
    those items as typed, the items that are none (as typed, and what the refusal says of
    each), and the certificates of other occupations (``电工三级``: as typed, and read as
    counted), which count where the assessment body finds that occupation related."""

    certificates: tuple[Certificate, ...]
    read: tuple[str, ...]
    dropped: tuple[tuple[str, Msg], ...]
    others: tuple[tuple[str, Certificate, Msg], ...]


def _said_level(msg: Msg) -> str | None:
    """The key of the level a refusal of a certificate says not held (``level.4`` of
    ``四级考试未通过``); None where it says none."""
    level = dict(msg.params).get("level")
    return level.key if msg.key in _NOT_HELD and isinstance(level, Msg) else None


#: The refusals that say a level is not held (not passed, not yet obtained).
_NOT_HELD = frozenset({"err.cert_exam_failed", "err.cert_not_held"})


def _part_certificates(text: str, field: str) -> PartCerts | None:
    """A 证书 cell that does not read as a whole (:func:`_certificates`) as the certificates
    that read and the items that are said to be no certificate of this occupation (a title,
    a training, an examination not passed, a level not held) or another occupation's;
    None where no certificate reads, or where an item simply does not read.

    An item that does not read is not set aside as a 培训 cell's is
    (:func:`_part_trainings`): that screens the row on the levels read and on every level
    besides, which bounds the verdicts because a training more never lowers one. A
    certificate more may: it turns the levels up to its own into ``held``, not eligible
    (with 四级 read, a 三级 not read makes 三级 held and may open 二级), so the verdicts
    are not ordered between none and every level, and each level would have to be screened
    alone; its date is not known either, from which the years of 2-1 and 1-1 count; and a
    date column beside the cell gives its dates to the certificates in order, which an
    item not read would shift. The whole cell then stays unknown, as before.

    A cell that only says what is not held (``四级考试未通过``, ``没有四级``) says nothing of
    what is (a certificate of a related occupation may be): unknown too, not ``无``."""
    certificates: list[Certificate] = []
    read: list[str] = []
    dropped: list[tuple[str, Msg]] = []
    others: list[tuple[str, Certificate, Msg]] = []
    for item in values.split_dated(text):
        try:
            level, when = values.split_certificate(item, field)
        except InputError as exc:
            if isinstance(exc, ContradictionError) or values.key(item) in values.NOTHING:
                return None  # 无 beside a level: the whole cell says two things
            if exc.msg.key in _NO_CERTIFICATE:
                dropped.append((item.strip(), exc.msg))
                continue
            other = values.other_occupation_certificate(item, field)
            if other is None:
                return None  # an item that does not read: see above
            others.append((item.strip(), _held_since(other[1], other[2]), exc.msg))
        else:
            certificates.append(_held_since(level, when))
            read.append(item.strip())
    if not certificates or not (dropped or others) or len(others) > _MOST_OTHERS:
        return None
    held = {f"level.{c.level}" for c in certificates}
    if any(_said_level(msg) in held for _, msg in dropped):
        return None  # 四级 2019-01-01、四级在考: the 四级 said held and not: refused whole
    return PartCerts(tuple(certificates), tuple(read), tuple(dropped), tuple(others))


def _merged(certificates: Iterable[Certificate]) -> tuple[Certificate, ...]:
    """``certificates`` with one of each level: two of a level (this occupation's 四级 and a
    related one's) are one, held since the earlier date (not known where either is not)."""
    out: dict[int, Certificate] = {}
    for c in certificates:
        if c.level in out:
            held = out[c.level].date
            c = _held_since(c.level, None if held is None or c.date is None else min(held, c.date))
        out[c.level] = c
    return tuple(out.values())


class UndatedCerts(NamedTuple):
    """A certificate cell whose levels read but some date does not (``四级 2019年夏``): the
    certificates (as :class:`MonthCerts` reads them: a date that gives a month or a year
    alone is kept as such, one that cannot be read is not known), and the dates that
    cannot be read as written (for the warning)."""

    items: MonthCerts
    unread: tuple[tuple[int, str], ...]  # (the level, its date as written)

    @property
    def certificates(self) -> MonthCerts | tuple[Certificate, ...]:
        """The certificates; as :class:`MonthCerts` where some date gives a month or a year
        without its day (``四级 2019-2020 三级 2021``: the 三级's year kept)."""
        if any(month for *_, month in self.items.items):
            return self.items
        return tuple(_held_since(level, first) for level, first, _, _ in self.items.items)


def _undated_certificates(text: str, field: str) -> UndatedCerts | None:
    """A certificate cell that :func:`_certificates` refuses only because some date in it
    cannot be read, its levels read (:func:`values.certificate_without_date`); else None.
    The other dates are read as :func:`_month_certificates` reads them."""

    def other(item: str, field: str) -> tuple[_CertMonth, tuple[int, str] | None] | None:
        if (month := values.certificate_month(item, field)) is not None:
            return month, None
        found = values.certificate_without_date(item, field)
        return None if found is None else ((found[0], None, None, ""), found)

    read = _certificates_or(text, field, lambda level, when: ((level, when, when, ""), None), other)
    if read is None or all(u is None for _, u in read[0]):
        return None
    items, unread = zip(*read[0], strict=True)
    return UndatedCerts(MonthCerts(items), tuple(u for u in unread if u is not None))


def _titles(text: str, field: str) -> tuple[Title, ...]:
    out = []
    for item in values.split_dated(text):
        level, when, corresponding = values.split_title(item, field)
        out.append(
            Title.model_construct(
                level=level, date=when, years_after=None, corresponding=corresponding
            )
        )
    return tuple(out)


def _diplomas(text: str, field: str, as_of: date | None = None) -> tuple[Diploma, ...]:
    out = []
    for item in values.split_list(text.replace(",", ";").replace(",", ";")):
        parts = values.split_diploma(item, field, as_of=as_of)
        out.append(
            Diploma.model_construct(
                education=parts["education"],
                major=parts.get("major"),
                graduating=parts.get("graduating", False),
                school_class=parts.get("school_class"),
                evaluated=parts.get("evaluated"),
            )
        )
    return tuple(out)


def _periods(text: str, field: str) -> tuple[WorkPeriod, ...]:
    out = []
    for item in values.split_list(text):
        start, end = values.split_period(item, field)
        out.append(WorkPeriod.model_construct(start=start, end=end))
    return tuple(out)


class MonthPeriods(NamedTuple):
    """A work history in which some period gives a month without its day (``2020.1-2021.6``,
    ``202001-202106``), read cautiously (:func:`values.split_period` with ``months``): the
    periods, and each period so read as written with the days it was read as."""

    periods: tuple[WorkPeriod, ...]
    read: tuple[tuple[str, date, date | None], ...]


def _month_periods(text: str, field: str) -> MonthPeriods | None:
    """A work history that :func:`_periods` refuses only because some period gives months
    without their days, as :class:`MonthPeriods`; else None.

    A month is read so as never to count more complete months of work than were worked
    (SPEC counts complete calendar months from the first day worked to the day after the
    last): a start month as its last day, an end month as its first. ``2020.1-2021.6`` is
    2020-01-31 to 2021-06-01, 16 months, though it may have been 17 (2020-01-01 to
    2021-06-01) or all but 18 (to 2021-06-30).

    Raises:
        InputError: a period so read ends before it starts (``2021.6-2020.1``).
    """
    out, read = [], []
    for item in values.split_list(text):
        try:
            start, end = values.split_period(item, field)
        except ContradictionError:
            return None  # said as it is
        except InputError:
            try:
                start, end = values.split_period(item, field, months=True)
            except ContradictionError:
                raise
            except InputError:
                return None
            read.append((item.strip(), start, end))
        out.append(WorkPeriod.model_construct(start=start, end=end))
    return MonthPeriods(tuple(out), tuple(read)) if read else None


def _trainings(text: str, field: str) -> frozenset[int]:
    return frozenset(values.parse_training(t, field) for t in values.split_trainings(text))


class PartTrainings(NamedTuple):
    """A 培训 cell some of whose items read and some do not (``四级，五级``): the levels read,
    those items as typed, the items that do not read, and why the first does not."""

    levels: frozenset[int]
    read: tuple[str, ...]
    unread: tuple[str, ...]
    msg: Msg


def _part_trainings(text: str, field: str) -> PartTrainings | None:
    """A 培训 cell that does not read as a whole (:func:`_trainings`) as the items that do and
    those that do not; None where no item reads, or none fails alone (the whole is then
    refused as it is)."""
    levels: set[int] = set()
    read: list[str] = []
    unread: list[str] = []
    msg: Msg | None = None
    for item in values.split_trainings(text):
        try:
            levels.add(values.parse_training(item, field))
        except InputError as exc:
            if values.key(item) in values.NOTHING or isinstance(exc, ContradictionError):
                return None  # 无 beside a level: the whole cell says two things
            unread.append(item.strip())
            msg = msg or exc.msg
        else:
            read.append(item.strip())
    if not levels or msg is None:
        return None
    return PartTrainings(frozenset(levels), tuple(read), tuple(unread), msg)


#: A level as a yes/no column of it is read: its name, as a certificate's or a training's
#: column would hold it.
_LEVEL_NAMES = {4: "四级", 3: "三级", 2: "二级", 1: "一级"}
#: What a yes/no column of a level holds besides 是/否, √/× (:func:`values.parse_bool`).
_HELD_WORDS = {
    **dict.fromkeys(("已取得", "已获得", "取得", "已结业", "结业", "已完成", "完成"), True),
    **dict.fromkeys(("未取得", "未获得", "未结业", "未完成", "没有"), False),
}


def _yes_or_no(text: str) -> bool | None:
    """A yes/no column's cell of a level: yes, no, or None (empty, not known, or neither)."""
    if not text or values.says_not_known(text):
        return None
    word = values.key(text)
    if word in _HELD_WORDS:
        return _HELD_WORDS[word]
    try:
        return values.parse_bool(text, "")
    except InputError:
        return None


def _levels_named(fact: str, text: str) -> set[int]:
    """The levels a certificate's or a training's cell names (none where it cannot be read)."""
    if not text or values.says_not_known(text):
        return set()
    try:
        if fact == "training":
            return set(_trainings(text, ""))
        return {c.level for c in _certificates(text, "")}
    except InputError:
        return set()


def _without_undated(text: str, level: int, day: date | None = None) -> str:
    """A certificate cell without its items naming ``level`` with no date (``四级、三级:
    2020-06-01`` → ``三级:2020-06-01``), or, a level's date column giving ``day``, with
    the month or the year that day is in (``四级 2020`` beside 2020-06-01: that column
    says the same more precisely); the cell as it is where it names no such item or
    cannot be read, each item as a whole date, a month or a year."""
    items = values.split_dated(text)
    kept = []
    for item in items:
        try:
            found, when = values.split_certificate(item, "")
        except InputError:
            month = values.certificate_month(item, "")
            if month is None:
                return text  # not read: said of the cell as it is
            found, first, last, _ = month
            if found == level and day is not None and first <= day <= last:
                continue
            kept.append(item)
            continue
        if found != level or when is not None:
            kept.append(item)
    return text if len(kept) == len(items) else ";".join(kept)


def _of_occupation(cells: list[str], occupation: int, certs: int) -> list[str]:
    """``cells`` with the certificates' cell named by the occupation its column beside gives
    (``电子商务师 四级``), where that is another's than this one: read, it is said to be
    another occupation's certificate, as typed in one cell (``电子商务师四级``)."""
    if max(occupation, certs) >= len(cells):
        return cells
    name, held = cells[occupation].strip(), cells[certs].strip()
    if (
        not name
        or not held
        or _says_nothing(name, True)
        or _says_nothing(held, True)
        or re.match(_THIS_OCCUPATION, values.key(name))
    ):
        return cells
    cells = list(cells)
    cells[certs] = f"{name} {held}"
    return cells


#: This occupation's name, as a certificates' occupation cell begins with it (全媒体运营师,
#: with its code or level after it, in brackets or not: 全媒体运营师四级; in English;
#: 全媒体运营 alone or before brackets, not before another word: 全媒体运营员).
_THIS_OCCUPATION = (
    r"(?:全媒体运营师|全媒體運營師|all-?mediaoperator|4-13-01-05)"
    r"|(?:全媒体运营|全媒體運營)(?:\(|$)"
)


#: How each fact's cell is read (the same parsers as the flags), and its value when empty.
READERS: dict[str, tuple[Callable[[str, str], Any], Any]] = {
    "education": (_education, None),
    "major": (values.parse_major, None),
    "graduating": (values.parse_graduating, False),
    "experience": (values.parse_years, None),
    "training": (_trainings, frozenset()),
    "certs": (_certificates, ()),
    "cert_date": (values.parse_date, None),
    "years_after_cert": (values.parse_years, None),
    "as_of": (values.parse_as_of, None),
    "work": (_periods, ()),
    "diplomas": (_diplomas, ()),
    "school_class": (values.parse_school_class, None),
    "evaluated": (values.parse_bool, None),
    "titles": (_titles, ()),
    "title_date": (values.parse_date, None),
    "direction": (values.parse_direction, None),
}


#: The facts whose cells are read against the evaluation date (a diploma said received in a
#: year, ``本科 2015年毕业``: received if that year is before the evaluation date's): their
#: readers, which take it as ``as_of``.
_READ_ON_DATE: dict[str, Callable[..., Any]] = {"education": _education, "diplomas": _diplomas}


#: The facts whose cells hold lists: given in two columns, their items are joined.
LIST_FACTS = frozenset({"training", "certs", "work", "diplomas", "titles"})


def _says_nothing(text: str, is_list: bool) -> bool:
    """A cell that says the fact is not known (不清楚), or, of a list, that there is none (无)."""
    return values.says_not_known(text) or (is_list and values.key(text) in values.NOTHING)


#: Exact years a hair below a bound are no fewer than it: one number computed two ways
#: (2年11个月 beside 35个月以上).
_HAIR = 1e-9


def years_and_months(years: str, months: str) -> str | None:
    """One text for a number of years given as whole years in one column and months in
    another (工作年限(年) ``2``, 工作年限(月) ``11`` → ``2年11个月``), as the cell reader reads
    it; None where the two cannot be one number (``2.5`` and ``6``, ``3`` and ``14``).

    Each cell is read with its column's unit unless it writes its own (``二`` is 2 years,
    ``十一`` 11 months, ``11个月`` months in either). A blank cell, or 0 years, gives nothing
    (the other column gives it all); a cell that says the years are not known (不清楚)
    says it for both; two numbers within about half a month of each other (``2.92`` and
    ``35``) are the same number twice, in years and in months. A cell that cannot be read
    beside the other makes the pair one that cannot be one number (a warning names both
    columns and the cells as typed); alone, it is returned as typed.

    A lower bound in either (``3年以上``; ``36以上``, at least 36 months) beside exact years
    in the other that cannot be a remainder (more than 12 months, or beside at least more
    than 12 months) is the same years twice: the exact years where they are no fewer than
    the bound (``48`` beside ``3年以上``) and, for a range, no more than its high end (``96``
    beside ``3-5年`` is not), else None; alone, or beside 0, it is the bound, in its
    column's unit, and so is the same bound twice (``3年以上`` and ``36以上``). Whole years
    beside a bound of the months that is what is left over a year (``2`` and ``不到12``)
    are one bound of both (:func:`_years_and_bound`).
    """
    y, m = years.strip(), months.strip()
    if not m or values.says_not_known(y):
        return y
    if values.says_not_known(m):  # the months not known: the years not known
        return m
    if values.key(m) in values.NOTHING:  # 无 months: the whole years
        return y
    if values.key(y) in values.NOTHING:
        y = ""
    if y and (some := _some_months(y, m)) is not None:  # 2 beside 几个月: 2年几个月
        return some
    y_text, m_text = _with_units(y, m)
    try:
        in_months = values.parse_years(m_text) * 12
    except InputError:
        fewest = values.years_bound(m_text)  # 36以上 in months: at least 36 months
        if fewest is None:
            return None if y else m  # said as typed: beside years, naming both columns
        if not y:
            return m_text  # (36以上 alone was read as at least 36 years)
        try:
            in_years = values.parse_years(y_text)
        except InputError:
            # two bounds: the same years twice where they are one (3年以上 and 36以上)
            both = values.years_bound(y_text)
            same = both is not None and _agree(
                AtLeast(both.fewest, "", both.most), AtLeast(fewest.fewest, "", fewest.most)
            )
            return y_text if same else None  # else two bounds, or a cell not read
        if in_years == 0:
            return m_text
        # whole years beside more than 12 months at least (no remainder of a year): the
        # same years twice, the exact ones kept where they are no fewer (4 beside 36以上),
        # nor more than a range's high end (4 beside 30-40: 48 months are not among them)
        joined = _years_and_bound(in_years, fewest)
        if joined is not None:  # 2 beside 不到12: 2 years and fewer than 12 months more
            return joined
        within = _within(in_years, fewest.fewest, fewest.most, fewest.below)
        return y_text if fewest.fewest > 1 and within else None
    if not y:
        return m_text
    try:
        in_years = values.parse_years(y_text)
    except InputError:
        fewest = values.years_bound(y_text)  # 3年以上
        if fewest is None:
            return None
        if in_months == 0:  # 3年以上 and 0 months: the bound
            return y_text
        # more than 12 months (no remainder of a year) beside a bound in years: the same
        # years twice, the exact ones kept where they are no fewer (48 beside 3年以上)
        # (nor more than a range's high end: 96 months beside 3-5年 disagree)
        within = _within(in_months / 12, fewest.fewest, fewest.most, fewest.below)
        return m_text if in_months > 12 and within else None
    if in_years == 0 or abs(in_years * 12 - in_months) < 0.6:
        return m_text
    if in_months == 0:
        return y_text
    if in_years.is_integer() and in_months <= 12:  # 2 and 12: 3 years, as a form may add up
        if in_months.is_integer() and in_months < 12:
            return f"{int(in_years)}年{int(in_months)}个月"
        return f"{in_years * 12 + in_months:g}个月"
    return None


def _with_units(years: str, months: str) -> tuple[str, str]:
    """The two cells as the cell reader reads them: each in its column's unit unless it
    writes its own (``2`` → ``2年``, ``11`` → 11 months, ``11个月`` as it is)."""
    m_text = months if _UNIT.search(values.fold(months)) else _in_months(months)
    y_text = years if _UNIT.search(values.fold(years)) else f"{years}年"
    return y_text, m_text


def _years_and_bound(years: float, months: values.YearsBound) -> str | None:
    """Whole years beside a bound of the months that can only be what is left over a year
    (工作年限(年) ``2``, 工作年限(月) ``不到12``, ``6个月以上``, ``3-6``), as a form's "__ 年
    __ 个月" asks: one bound of both, written as one cell would say it (``2年以上不到3年``,
    ``2年6个月以上``, ``2年3个月以上2年6个月以内``), which the cell reader reads as such;
    None where the months may be more than a year (``不到24``, ``20多``: the same years
    twice, or not one number), or either is no whole number (``2.5``, ``6.5个月以上``).

    The bound of both is the months' bound moved up by the years: no end is added that
    neither cell says (``6个月以上`` beside 2 is at least 2.5 years, as ``2年6个月以上`` is)."""
    low, high = months.fewest * 12, None if months.most is None else months.most * 12
    if not years.is_integer() or years <= 0 or abs(low - round(low)) > 1e-6:
        return None
    if high is None:
        if round(low) >= 12:
            return None
    elif high > 12 + 1e-6 or abs(high - round(high)) > 1e-6:
        return None

    def said(total: int) -> str:
        whole, left = divmod(total, 12)
        return f"{whole}年{left}个月" if left else f"{whole}年"

    base = int(years) * 12
    text = f"{said(base + round(low))}以上"
    if high is None:
        return text
    top = said(base + round(high))
    return f"{text}不到{top}" if months.below else f"{text}{top}以内"


#: A months cell that says some months without how many (几个月, 几, 数月, 好几个月).
_SOME_MONTHS_CELL = re.compile(r"(?:零|又|多)?好?(?:几|幾|数|數)(?:个|個)?月?")


def _some_months(years: str, months: str) -> str | None:
    """Whole years beside a months cell saying some months (工作年限(年) ``2``, 工作年限(月)
    ``几个月``): one text for both, ``2年几个月``, which the cell reader reads as at least 2
    years and fewer than 3 (2 years and 11 months at most), ``1-11个月`` beside ``0``;
    None for any other cells, or years that are no whole number (``2.5``, ``3年以上``)."""
    if not _SOME_MONTHS_CELL.fullmatch(values.key(months)):
        return None
    y_text = years if _UNIT.search(values.fold(years)) else f"{years}年"
    joined = f"{y_text}几个月"
    if values.years_bound(joined) is not None:
        return joined
    try:
        none = values.parse_years(y_text) == 0
    except InputError:
        return None
    # 0 beside 几个月: some months and no year, 1 to 11 months (几个月 says some months,
    # at least one; fewer than twelve, or the years would say a year)
    return "1-11个月" if none else None


def _joined_bound(years: str, months: str) -> bool:
    """Whether :func:`years_and_months` reads the two cells as one bound of both (whole
    years beside a bound of the months that is what is left over a year, or beside some
    months: ``2`` and ``几个月``)."""
    y, m = years.strip(), months.strip()
    if not y or not m:
        return False
    if _some_months(y, m) is not None:
        return True
    y_text, m_text = _with_units(y, m)
    try:
        values.parse_years(m_text)
    except InputError:
        bound = values.years_bound(m_text)
        try:
            in_years = values.parse_years(y_text)
        except InputError:
            return False
        return bound is not None and _years_and_bound(in_years, bound) is not None
    return False  # exact months


#: Words of a bound from above after the number (24以内, 12及以下, 24不到): a unit goes
#: before them, not after (24以内个月 says nothing).
_AT_MOST_AFTER = re.compile(
    r"\s*(?:及|或)?(?:以下|以内|之内|内|不到|没到|未到|不足|不够|未满|不满|没满)\s*$"
)


def _in_months(cell: str) -> str:
    """A months column's cell with no unit, with its unit: ``18`` → ``18个月``, and before
    the words of a bound from above (``24以内`` → ``24个月以内``, at most 24 months; it was
    read as at most 24 years)."""
    end = _AT_MOST_AFTER.search(cell)
    if end is None or not end.start():
        return f"{cell}个月"
    return f"{cell[: end.start()]}个月{cell[end.start() :]}"


def _blank_years(cell: str) -> bool:
    """Whether the years cell of whole years and months gives nothing (blank, 无 or 0), so
    the months column gives the years alone."""
    if not cell.strip() or values.key(cell) in values.NOTHING:
        return True
    try:
        return values.parse_years(cell) == 0
    except InputError:
        return False


def _agree(a: Any, b: Any) -> bool:
    """Whether two cells' values are one: equal, or numbers of years within about half a
    month (2.92 and 2年11个月, as a sheet rounds them)."""
    if isinstance(a, float) and isinstance(b, float):
        return abs(a - b) * 12 < 0.6
    if isinstance(a, AtLeast) and isinstance(b, AtLeast):  # 3年以上 and 满3年: one bound
        # with the same fewest years, a high end and none agree (3年以上 and 3-5年: both
        # hold of 3 to 5 years); two high ends must be one (3-5年 and 3-8年 disagree)
        return _agree(a.years, b.years) and (None in (a.most, b.most) or _agree(a.most, b.most))
    return bool(a == b)


def _exact_within_bounds(said: list[str], read: list[Any]) -> str | None:
    """Of an experience given in several columns, some as a lower bound (工作年限 ``3年以上``)
    and the others as exact years that agree (从业年限(年) ``4``): the first exact cell,
    where its years are no fewer than every bound (4 is at least 3, so both columns hold);
    None where a column gives neither, or exact years fall below a bound (2 beside
    ``3年以上``: they disagree) or above a range's high end (8 beside ``3-5年``)."""
    exact = [(text, r) for text, r in zip(said, read, strict=True) if isinstance(r, float)]
    bounds = [r for r in read if isinstance(r, AtLeast)]
    if not exact or not bounds or len(exact) + len(bounds) != len(read):
        return None
    first = exact[0][1]
    if any(not _agree(r, first) for _, r in exact[1:]):
        return None
    if all(_within(r, b.years, b.most, b.below) for _, r in exact for b in bounds):
        return exact[0][0]
    return None


def _within(years: float, fewest: float, most: float | None, below: bool = False) -> bool:
    """Whether exact years are among those a bound gives: no fewer than its fewest, and
    for a range (``3-5年``) no more than its high end (8 beside 3-5年 disagree), or fewer
    where the bound leaves it out (``below``: 3 beside 2年多 or 不到3年 disagree)."""
    if most is not None and below and years >= most - _HAIR:
        return False
    return years >= fewest - _HAIR and (most is None or years <= most + _HAIR)


#: A unit written in a cell of years or months (2年, 11个月, 三年半, 18 months).
_UNIT = re.compile(r"年|月|years?|months?", re.I)


#: A fact whose cell cannot be read is unknown: for a list, not "none" (None, not empty).
UNREAD: dict[str, Any] = {
    "graduating": None,
    "training": None,
    "certs": None,
    "titles": None,
    # no period nor diploma read: the experience and the education stay as other cells say
    "work": (),
    "diplomas": (),
}


class Screener:
    """Screens rows against one ruleset, in one language, with a default evaluation date.

    Args:
        ruleset: the requirements.
        columns: the map of a CSV or .xlsx header (None for JSON Lines).
        as_of: the date to evaluate for when a row gives none.
        lang: the language of summaries, warnings and errors.
        strict: a cell that cannot be read makes an error row (not a warning).
        json: rows are reported as JSON (JSON Lines output).
    """

    def __init__(
        self,
        ruleset: Ruleset,
        columns: ColumnMap | None,
        *,
        as_of: date,
        lang: Lang,
        strict: bool = False,
        json: bool = False,
    ) -> None:
        self.ruleset = ruleset
        self.columns = columns
        self.as_of = as_of
        self.lang = lang
        self.strict = strict
        self.json = json
        self.evaluator = Evaluator(ruleset, memo=True)
        self.words = Wording(self.evaluator, memo=True)
        self.reports = ReportJson(self.evaluator, lang, self.words) if json else None
        facts = list(READERS) if columns is None else [f for f in READERS if f in columns.facts]
        self.fact_ids = tuple(facts)
        self.labels = {f: (columns.label(f) if columns else f) for f in facts}
        self._indices = tuple(columns.facts[f] for f in facts) if columns else ()
        # facts given in more than one column: (place in fact_ids, every column, a list?)
        self._several = tuple(
            (k, (columns.facts[f], *columns.also[f]), f in LIST_FACTS)
            for k, f in enumerate(facts)
            if columns and f in columns.also
        )
        # facts given as whole years in one column and months in another: (place, column)
        self._split = tuple(
            (k, columns.facts[f], columns.months[f])
            for k, f in enumerate(facts)
            if columns and f in columns.months
        )
        self._widest = max((max(y, m) + 1 for _, y, m in self._split), default=0)
        # the certificates' occupation (原职业（工种）) and the certificates' column it names
        # the occupation of: (occupation's column, certificates' column)
        self._occupation = (
            next(
                (
                    (i, columns.facts["certs"])
                    for i, why in sorted(columns.ignored.items())
                    if why == "cert_occupation"
                    and "certs" in columns.facts
                    and columns.facts["certs"] not in columns.levels
                    and names_certificates_occupation(
                        columns.header[i], columns.header[columns.facts["certs"]]
                    )
                ),
                None,
            )
            if columns
            else None
        )
        # yes/no columns of a level (是否取得四级证书): index → (place of the fact, level, the
        # fact's other columns that are no such column)
        self._flags = {
            i: (k, level, tuple(j for j in self._columns_of(f) if j not in columns.levels))
            for k, f in enumerate(facts)
            if columns
            for i in self._columns_of(f)
            if (level := columns.levels.get(i)) is not None
        }
        # the months column of each such fact, named in a warning when the two do not make one
        # number (a fact also given in more columns of its own unit is warned of as those are)
        self.months_label = {
            f: columns.name(i)
            for f, i in (columns.months.items() if columns else ())
            if columns and f not in columns.also
        }
        self.in_months = set() if columns is None else columns.in_months
        # the columns that may hold ID-card numbers: the id column, and any headed 身份证号
        self._id_cards = tuple(
            i
            for i, h in enumerate(columns.header if columns else ())
            if columns
            and (i == columns.facts.get("id") or _ID_CARD_HEADER.fullmatch(values.key(h)))
        )
        self._cell = memoized(self._read_cell, "cells")
        self._diplomas = memoized(diploma_facts, "cells")
        # what each condition asks for, in words: a level not reached "falls on" one
        self._falls_on = tuple(m.format(lang) for m in self.evaluator.requirements)
        self._result = memoized(self._cells_result, "reports" if json else "rows")
        self._summary = memoized(self._summary_of, "wording")
        self._rested = memoized(self._rested_of, "wording")

    def _columns_of(self, fact: str) -> tuple[int, ...]:
        """Every column read for ``fact``."""
        if self.columns is None:
            return ()
        return (self.columns.facts[fact], *self.columns.also.get(fact, ()))

    def id_number_warnings(self, cells: list[str], typed: list[Any] | None) -> tuple[str, ...]:
        """Warnings for the long numbers in a row's id column or a column headed 身份证号 (ID
        cards', say) that Excel stored as numbers, their last digits lost (:func:`lost_digits`)."""
        out = []
        for i in self._id_cards:
            if i < len(cells):
                shown_as = lost_digits(cells[i], typed[i] if typed and i < len(typed) else None)
                if shown_as is not None:
                    column = self.columns.name(i) if self.columns else ""
                    out.append(tr("batch.id_number_lost", self.lang, column=column, value=shown_as))
        return tuple(out)

    # --- cells -----------------------------------------------------------------------

    def _read_cell(self, fact: str, text: str, as_of: date | None = None) -> Any:
        """A cell's value, or the :class:`CellError` that says why it cannot be read; read
        against the evaluation date ``as_of`` (the row's; None: the run's)."""
        read, empty = READERS[fact]
        on = as_of or self.as_of
        if fact in _READ_ON_DATE:  # 本科 2015年毕业: received before the evaluation date?
            read = partial(_READ_ON_DATE[fact], as_of=on)
        stripped = text.strip()
        if not stripped:
            return empty
        if values.says_not_known(stripped):  # 不清楚, 不详, N/A: said to be unknown
            return UNREAD.get(fact)
        if fact in _DATES and values.key(stripped) in _NO_DATE:  # -, /: no date written
            return empty
        if stripped.startswith("=") and len(stripped) > 1:
            # a formula whose result the file did not save (written by a program, not Excel)
            column = self.labels[fact]
            return CellError(column, Msg.of("batch.formula", column=column, value=shown(stripped)))
        try:
            if fact in self.in_months and _BARE.fullmatch(values.fold(stripped)):
                # the header says months, and the cell gives a bare number: months (120
                # months are 10 years, within the years' range though 120 years are not)
                try:
                    return read(stripped + "个月", self.labels[fact])
                except InputError:
                    pass  # said of the cell as written, below
            return read(stripped, self.labels[fact])
        except InputError as exc:
            if fact in _BOUNDED:
                bound = values.years_bound(stripped)
                if bound is not None:  # 3年以上, 3年(含)以上: no fewer years than these
                    years, core, most, below = bound  # 3-5年: no more than 5 either
                    if fact in self.in_months and _BARE.fullmatch(values.fold(core)):
                        years /= 12  # 36以上 under a header in months
                        most = None if most is None else most / 12  # 30-40: both months
                    if most is not None and most - years < _HAIR:
                        return years  # 2-2年: its ends are one, the years exactly
                    return AtLeast(years, stripped, most, below)
            if fact == "education" and exc.msg.key == "err.ambiguous":
                choices = values.education_choices(stripped, on)
                assert isinstance(choices, tuple), "a diploma named ambiguous names several"
                lowest_first = tuple(sorted(choices, key=tuple(Education).index))
                return EitherDiploma(lowest_first, stripped, exc.msg)
            if fact in _MONTH_DATES and (
                month := values.month_span(stripped) or values.year_only(stripped)
            ):
                return MonthOnly(*month, stripped)
            if fact in _MONTH_DATES and (listed := _date_list(stripped, self.labels[fact])):
                return listed  # a date for each certificate (title) of the row, in order
            label = self.labels[fact]
            if fact in _MONTH_DATES and (in_list := _month_in_list(stripped, label)):
                detail = Msg.of("batch.date_list_month", value=shown(stripped), month=in_list)
                return CellError(exc.field, Msg.of("batch.in_column", column=label, detail=detail))
            if fact == "certs" and (dated := _month_certificates(stripped, self.labels[fact])):
                return dated  # a certificate dated by its month only: read as the column's
            if fact == "certs" and (held := _undated_certificates(stripped, self.labels[fact])):
                return held  # held, whatever the date that cannot be read
            if fact == "certs" and (some := _part_certificates(stripped, self.labels[fact])):
                return some  # 四级 2019-01-01、中级会计师: the 四级; the title set aside
            if fact == "titles" and (by_month := _month_titles(stripped, self.labels[fact])):
                return by_month  # a title dated by its month only, read as a certificate's is
            if fact == "training" and (part := _part_trainings(stripped, self.labels[fact])):
                return part  # 四级，五级: the 四级 read; whether 五级 matters is seen after
            if fact == "certs" and not isinstance(exc, ContradictionError):
                exc = _certificate_error(stripped, self.labels[fact], exc)
            if fact == "work":
                try:
                    periods = _month_periods(stripped, self.labels[fact])
                except InputError as reversed_:  # 2021.6-2020.1: an end before its start
                    exc = reversed_
                else:
                    if periods is not None:
                        return periods  # months without their days: read cautiously
            if fact in _DATES and (day := excel_day(stripped)) is not None:
                return SerialDay(day, stripped)
            return CellError(exc.field, exc.msg, contradiction=isinstance(exc, ContradictionError))

    def fact_cells(self, cells: list[str]) -> tuple[str, ...]:
        """The texts of a row's fact cells, in :attr:`fact_ids` order (a fact given in
        several columns: their cells joined, for a list; else the one value they give, or
        empty where they disagree)."""
        return self._fact_cells(cells)[0]

    def _fact_cells(
        self, cells: list[str]
    ) -> tuple[
        tuple[str, ...],
        tuple[int, ...],
        tuple[tuple[int, str], ...],
        tuple[DateColumn, ...],
        tuple[tuple[str, str, str, str], ...],
    ]:
        """:meth:`fact_cells`, the places (in :attr:`fact_ids`) of facts whose columns give
        different values, the yes/no columns of a level whose cell reads as neither (their
        index and the cell), the certificate-date columns of a level filled in
        (:class:`DateColumn`), and the years a column other than its first gives (a
        months column alone, its years column blank; the range of two bounds that agree;
        whole years beside a bound of the months, read together): the fact, the text read,
        that column's name (or both columns'), its cell (or both cells) as typed."""
        disagree: list[int] = []
        unread: tuple[tuple[int, str], ...] = ()
        dated: tuple[DateColumn, ...] = ()
        alone: list[tuple[str, str, str, str]] = []
        if self._occupation is not None:  # 原职业（工种） 电子商务师 beside 四级
            cells = _of_occupation(cells, *self._occupation)
        if self._flags:  # 是否取得四级证书: yes or no, as the level's name or 无
            cells, disagree, unread, dated = self._flagged(cells)
        n = len(cells)
        if self._split:  # whole years and months: one text, before other columns are compared
            cells = [*cells, *[""] * (self._widest - n)]
            n = len(cells)
            for k, years, months in self._split:
                together = years_and_months(cells[years], cells[months])
                if together is None:
                    together = f"{cells[years].strip()} / {cells[months].strip()}"
                    disagree.append(k)
                elif self.fact_ids[k] == "experience" and _blank_years(cells[years]):
                    # 20多 in 工作年限(月) alone: a warning names that column and cell
                    name = self.columns.name(months) if self.columns else ""
                    alone.append(("experience", together.strip(), name, cells[months].strip()))
                elif self.columns and _joined_bound(cells[years], cells[months]):
                    # 2 beside 不到12: one bound of both cells, its warning naming both
                    name = tr(
                        "batch.two_columns",
                        self.lang,
                        years=self.columns.name(years),
                        months=self.columns.name(months),
                    )
                    typed = f"{cells[years].strip()} / {cells[months].strip()}"
                    alone.append((self.fact_ids[k], together.strip(), name, typed))
                cells[years] = together
        texts = [cells[i] if i < n else "" for i in self._indices]
        for k, indices, is_list in self._several:
            if k in disagree:
                continue
            given = [cells[i].strip() for i in indices if i < n and cells[i].strip()]
            # a cell that says it is not known (不清楚), or for a list that there is none (无),
            # gives way to one that says what is held; the same cell twice is said once
            said = list(dict.fromkeys(g for g in given if not _says_nothing(g, is_list)))
            if not said:  # 不清楚 beside 无: not known, in whichever order
                unknown = [g for g in given if values.says_not_known(g)]
                texts[k] = (unknown or given or [""])[0]
                continue
            if is_list:
                texts[k] = ";".join(said)
                continue
            fact = self.fact_ids[k]
            read = [self._cell(fact, g) for g in said]  # 5 and 5.0 agree
            if any(not _agree(r, read[0]) for r in read[1:]):
                # 3年以上 beside 4: the exact years, which the bound holds of
                within = _exact_within_bounds(said, read) if fact == "experience" else None
                if within is None:
                    texts[k] = " / ".join(said)
                    disagree.append(k)
                else:
                    texts[k] = within
            else:  # of bounds that agree, the one that says a high end (3-5年, not 3年以上),
                # leaving it out if one does (不到2年, not 2年以下: both hold of fewer than 2)
                pairs = zip(said, read, strict=True)
                ended = [(g, r) for g, r in pairs if isinstance(r, AtLeast) and r.most is not None]
                ended.sort(key=lambda gr: not gr[1].below)  # stable: else the first
                texts[k] = ended[0][0] if ended else said[0]
                if self.columns:  # its warning names its column (also the only one filled)
                    column = next(i for i in indices if i < n and cells[i].strip() == texts[k])
                    name = self.columns.name(column)
                    if name != self.labels[fact]:
                        alone.append((fact, texts[k], name, texts[k]))
        return tuple(texts), tuple(disagree), unread, dated, tuple(alone)

    def screen_cells(self, cells: list[str]) -> Result:
        """Screen one CSV or .xlsx row (its cells as text)."""
        if not self._several and not self._split and not self._flags and not self._occupation:
            n = len(cells)
            return self._result(tuple([cells[i] if i < n else "" for i in self._indices]))
        return self._result(*self._fact_cells(cells))

    def _flagged(
        self, cells: list[str]
    ) -> tuple[
        list[str],
        list[int],
        tuple[tuple[int, str], ...],
        tuple[DateColumn, ...],
    ]:
        """A row's cells with those of its yes/no columns of a level (是否取得四级证书,
        四级培训结业) written as the fact's column would hold them: yes as the level
        (``四级``), no as none (``无``); a cell that reads as neither as typed (its fact's
        reader says why). A no beside another column of the fact naming that level
        (证书 ``四级``, 是否取得四级证书 ``否``) is a disagreement: the places of such facts (in
        :attr:`fact_ids`), their column's cell then holding both, as written; and the
        columns whose cell is neither yes nor no (nor empty, nor not known), with the cell."""
        out = list(cells)
        disagree: list[int] = []
        unread: list[tuple[int, str]] = []
        dated = self.columns.dated if self.columns else set()
        # (column, place of the fact, level, the Excel day number it held or "", its day)
        given_dates: list[tuple[int, int, int, str, date | None]] = []
        # those holding no date, the level held by another column: the column giving its
        # date, or empty
        undated: dict[int, str] = {}
        for i, (k, level, others) in self._flags.items():
            text = cells[i].strip() if i < len(cells) else ""
            said = _yes_or_no(text)
            if said is None and i in dated and text and not values.says_not_known(text):
                # 四级取证时间: the certificate, dated (its date read as a date column's is:
                # 2019/7/1 0:00, or 43647, Excel's day number, said so in the warnings)
                serial = ""
                day: date | None = None
                try:
                    day = values.parse_date(text, "")
                    text = day.isoformat()
                except InputError:
                    if (day := excel_day(text)) is not None:
                        serial, text = text, day.isoformat()
                out[i] = f"{_LEVEL_NAMES[level]} {text}"
                given_dates.append((i, k, level, serial, day))
                continue
            if said is None:
                if text and not values.says_not_known(text):
                    unread.append((i, text))
                    out[i] = ""  # said in the row's warnings, and the fact then not known
                continue
            out[i] = _LEVEL_NAMES[level] if said else "无"
            if k in disagree:
                continue
            fact = self.fact_ids[k]
            for j in others:
                other = cells[j].strip() if j < len(cells) else ""
                if level not in _levels_named(fact, other):
                    continue
                if said:  # named there already (perhaps with its date): nothing to add
                    out[i] = ""
                else:
                    name = self.columns.name(i) if self.columns else ""
                    out[self._indices[k]] = f"{other} / {name}:{text}"
                    disagree.append(k)
                break
        for i, k, level, _, day in given_dates:
            if k in disagree:
                continue
            names = self.columns.name if self.columns else str
            said_no = [
                j
                for j, (kj, lj, _) in self._flags.items()
                if kj == k and lj == level and j not in dated
                if _yes_or_no(cells[j].strip() if j < len(cells) else "") is False
            ]
            if said_no:  # 是否取得四级证书 否 beside 四级取证时间 2020-01-01: they disagree
                j = said_no[0]
                out[self._indices[k]] = (
                    f"{names(i)}:{cells[i].strip()} / {names(j)}:{cells[j].strip()}"
                )
                disagree.append(k)
                continue
            written = cells[i].strip()
            if (
                day is None
                and values.month_span(written) is None
                and values.year_only(written) is None
            ):  # 见附件: no date, no month, no year
                fact = self.fact_ids[k]
                near = [j for j in self._columns_of(fact) if j != i and j < len(out)]
                if any(_without_undated(out[j], level) != out[j] for j in near):
                    # 证书 四级, or 是否取得四级证书 是, undated: held, its date not known
                    out[i], undated[i] = "", ""
                elif giving := [j for j in near if level in _levels_named(fact, out[j])]:
                    # 证书 四级:2020-01-01: held since then, as that column says
                    out[i], undated[i] = "", names(giving[0])
                continue
            # the level named without its date in another column of the fact (证书 四级, or
            # 是否取得四级证书 是), or with the month or the year of this column's day (证书
            # 四级 2020): this column's date is its date, not a second certificate
            for j in self._columns_of(self.fact_ids[k]):
                if j != i and j < len(out):
                    out[j] = _without_undated(out[j], level, day)
        names = self.columns.name if self.columns else str
        return (
            out,
            disagree,
            tuple(unread),
            tuple(
                DateColumn(lv, names(i), serial, cells[i].strip(), undated.get(i))
                for i, _, lv, serial, _ in given_dates
            ),
        )

    def _cells_result(
        self,
        texts: tuple[str, ...],
        disagree: tuple[int, ...] = (),
        unread: tuple[tuple[int, str], ...] = (),
        dated: tuple[DateColumn, ...] = (),
        alone: tuple[tuple[str, str, str, str], ...] = (),
    ) -> Result:
        warnings: list[str] = []
        unknown: set[str] = set()
        for i, text in unread:  # a yes/no column of a level holding neither: not known
            k = self._flags[i][0]
            column = self.columns.name(i) if self.columns else ""
            message = tr("batch.flag_unread", self.lang, column=column, value=shown(text))
            if self.strict:
                return self.error(message)
            warnings.append(message)
            unknown.add(self.fact_ids[k])
        if texts and not any(t.strip() for t in texts):
            # a numbered row left empty: screened (every fact unknown), and said so
            warnings.append(tr("batch.no_facts", self.lang))
        got: dict[str, Any] = {}
        if dated:  # 四级取证时间 filled in: its certificate's date is said of that column
            got[_DATED] = {d.level: d.column for d in dated}
            for _, column, serial, cell, undated in dated:
                if day := excel_day(serial):  # 43647: read as the day it is, and said so
                    warnings.append(
                        tr("batch.serial_read", self.lang, column=column, value=serial, day=day)
                    )
                if undated is not None:  # 见附件 beside 证书 四级: not read, and said so
                    message = (
                        tr(
                            "batch.cert_date_ignored",
                            self.lang,
                            column=column,
                            value=shown(cell),
                            other=undated,
                        )
                        if undated  # 证书 四级:2020-01-01: its date stands
                        else tr(  # held, its date not known
                            "batch.cert_date_unread",
                            self.lang,
                            column=column,
                            value=shown(cell),
                            dates=f"“{shown(cell)}”",
                        )
                    )
                    if self.strict:
                        return self.error(message)
                    warnings.append(message)
        disagreeing = {self.fact_ids[k] for k in disagree}
        on = self._row_as_of(texts, disagreeing)
        for fact, text in zip(self.fact_ids, texts, strict=True):
            if disagreeing and fact in disagreeing:  # its columns give different values
                column = self.labels[fact]
                message = tr("batch.columns_disagree", self.lang, column=column, values=text)
                if fact in self.months_label:
                    message = tr(
                        "batch.years_months_unclear",
                        self.lang,
                        years=column,
                        months=self.months_label[fact],
                        values=text,
                    )
                if self.strict:
                    return self.error(message)
                warnings.append(message)
                got[fact] = UNREAD.get(fact)
                continue
            if unknown and fact in unknown:  # a yes/no column of it unread: not known
                got[fact] = UNREAD.get(fact)
                continue
            value = self._cell(fact, text, on if fact in _READ_ON_DATE else None)
            if isinstance(value, CellError):
                msg = self._blamed(value.msg, dated)
                if fact == "experience":
                    msg = self._from_months(msg, text, alone)
                message = msg.format(self.lang)
                if self.strict or value.contradiction:
                    return self.error(message)
                warnings.append(message)
                value = UNREAD.get(fact)
            elif isinstance(value, MonthPeriods):  # read from months, and said so
                column = self.labels[fact]
                for text, start, end in value.read:
                    # (至今: counted up to the evaluation date, not the day of the run)
                    evaluated = (on or self.as_of).isoformat()
                    until: Both | str = (
                        Both(f"{evaluated}(评估日期)", f"{evaluated} (the evaluation date)")
                        if end is None
                        else end.isoformat()
                    )
                    msg = Msg.of(
                        "batch.period_months",
                        column=column,
                        value=shown(text),
                        start=start,
                        end=until,
                    )
                    warnings.append(msg.format(self.lang))
                value = value.periods
            elif isinstance(value, UndatedCerts):  # held, their dates not known: said so
                column, cell = self.labels[fact], text.strip()
                of_level = {got.get(_DATED, {}).get(level) for level, _ in value.unread}
                if len(of_level) == 1 and None not in of_level:  # 四级取证时间 2019年夏
                    column, cell = of_level.pop() or column, value.unread[0][1]
                message = tr(
                    "batch.cert_date_unread",
                    self.lang,
                    column=column,
                    value=shown(cell),
                    dates=listing([f"“{shown(d)}”" for _, d in value.unread], self.lang),
                )
                if self.strict:
                    return self.error(message)
                warnings.append(message)
                value = value.certificates
            elif isinstance(value, PartCerts):  # the items no certificate set aside, said so
                column = self.labels[fact]
                read = listing([f"“{shown(t)}”" for t in value.read], self.lang)
                for item, msg in value.dropped:
                    warnings.append(
                        tr(
                            "batch.cert_part_dropped",
                            self.lang,
                            column=column,
                            value=shown(item),
                            read=read,
                            detail=msg.format(self.lang),
                        )
                    )
                if value.others:  # whether they count is seen after
                    got[_OTHER_CERTS] = value
                value = value.certificates
            elif isinstance(value, SerialDay):  # read as that day, and said so
                column = self.labels[fact]
                warnings.append(
                    tr(
                        "batch.serial_read",
                        self.lang,
                        column=column,
                        value=value.text,
                        day=value.day,
                    )
                )
                value = value.day
            if isinstance(value, ClassedDiploma):  # the class kept apart, as its column's
                got[_CLASSED] = value.school_class
                value = value.education
            got[fact] = value
            if fact == "graduating" and value is True and values.says_studying(text):
                got[_STUDYING] = text.strip()  # 在读: read as final-year, said if it decides
        for fact in _BOUNDED:
            bound = got.get(fact)
            if not isinstance(bound, AtLeast) or (got.get("work") and _counted(fact, got)):
                # (beside a work history, the history gives the experience, and the years
                # after a dated certificate; the bound only checked against them)
                continue
            # the bound screens the row: said so
            column, typed = self.labels[fact], bound.text
            for of, text, months, cell in alone:
                if of == fact and text == bound.text.strip():  # given by another column
                    column, typed = months, cell
            kind = "at_least" if bound.most is None else "between" if bound.years else "at_most"
            message = tr(
                f"batch.years_{kind}{'_below' if bound.below else ''}",
                self.lang,
                column=column,
                value=shown(typed),
                years=bound.years,
                most=bound.most,
            )
            if self.strict:  # the years not known: an error row, as a cell unread
                return self.error(message)
            warnings.append(message)
        others = got.pop(_OTHER_CERTS, None)
        if isinstance(others, PartCerts):
            return self._other_certs_result(got, warnings, others)
        return self._certs_result(got, warnings)

    def _certs_result(self, got: dict[str, Any], warnings: list[str]) -> Result:
        part = got.get("training")
        if isinstance(part, PartTrainings):
            return self._part_training_result(got, warnings, part)
        return self._diploma_result(got, warnings)

    def _other_certs_result(
        self, got: dict[str, Any], warnings: list[str], part: PartCerts
    ) -> Result:
        """A row whose 证书 cell holds, besides the certificates read, some of other
        occupations (``四级 2019-01-01、电工三级 2023-01-01``), which count where the
        assessment body finds the occupation related, not this tool: screened with each
        set of them counted (none, each, all). Where the verdicts agree, whether they count
        changes nothing: the certificates read, with a warning naming them; else the
        certificates are not known, as a cell not read (an error row with ``--strict``)."""
        others = [c for _, c, _ in part.others]
        screened = [
            self._certs_result({**got, "certs": _merged((*got["certs"], *counted))}, list(warnings))
            for n in range(len(others) + 1)
            for counted in itertools.combinations(others, n)
        ]
        column = self.labels["certs"]
        params = {
            "column": column,
            "others": listing([f"“{shown(t)}”" for t, _, _ in part.others], self.lang),
            "read": listing([f"“{shown(t)}”" for t in part.read], self.lang),
            "detail": part.others[0][2].format(self.lang),
        }
        return self._agreed(
            screened,
            ("batch.cert_other_same", "batch.cert_other_decides"),
            params,
            lambda message: self._certs_result(
                {**got, "certs": UNREAD["certs"]}, [*warnings, message]
            ),
        )

    def _agreed(
        self,
        screened: Sequence[Result],
        keys: tuple[str, str],
        params: dict[str, Any],
        unknown: Callable[[str], Result],
    ) -> Result:
        """The first of the screenings of a row whose cell read but for some items, where the
        verdicts of all agree (those items change nothing), with the warning ``keys[0]``
        says; else the row screened by ``unknown`` with that fact not known, warned with
        ``keys[1]`` (an error row with ``--strict``)."""
        first = screened[0]
        if all(r.error is None and r.statuses == first.statuses for r in screened):
            said = tr(keys[0], self.lang, **params)
            return dataclasses.replace(first, warnings=(*first.warnings, said))
        message = tr(keys[1], self.lang, **params)
        if self.strict:
            return self.error(message)
        return unknown(message)

    def _diploma_result(self, got: dict[str, Any], warnings: list[str]) -> Result:
        either = got.get("education")
        if isinstance(either, EitherDiploma):
            return self._either_result(got, warnings, either)
        return self._dated_result(got, warnings)

    def _part_training_result(
        self, got: dict[str, Any], warnings: list[str], part: PartTrainings
    ) -> Result:
        """A row whose 培训 cell reads but for some items (``四级，五级``): screened on the
        levels read, and on those and every level besides (an item not read may be a
        training of any level, and a training more never lowers a verdict). Where the two
        agree the item changes nothing: the levels read, with a warning naming it; else the
        trainings are not known, as a cell not read (an error row with ``--strict``)."""
        fewest, most = (
            self._diploma_result({**got, "training": levels}, list(warnings))
            for levels in (part.levels, frozenset(_LEVEL_NAMES) | part.levels)
        )
        column = self.labels["training"]
        params = {
            "column": column,
            "unread": listing([f"“{shown(t)}”" for t in part.unread], self.lang),
            "read": listing([f"“{shown(t)}”" for t in part.read], self.lang),
            "detail": part.msg.format(self.lang),
        }
        return self._agreed(
            (fewest, most),
            ("batch.training_part_read", "batch.training_part_unknown"),
            params,
            lambda message: self._diploma_result(
                {**got, "training": UNREAD["training"]}, [*warnings, message]
            ),
        )

    def _row_as_of(self, texts: tuple[str, ...], disagreeing: set[str]) -> date | None:
        """The evaluation date a row's own 评估日期 cell gives, where it reads as one (None:
        the run's): the date other cells are read against (``本科 2015年毕业``)."""
        if "as_of" not in self.fact_ids or "as_of" in disagreeing:
            return None
        value = self._cell("as_of", texts[self.fact_ids.index("as_of")])
        if isinstance(value, SerialDay):  # 46358: read as the day it is
            return value.day
        return value if isinstance(value, date) else None

    def _dated_result(self, got: dict[str, Any], warnings: list[str]) -> Result:
        months = [
            f for f in _MONTH_FACTS if isinstance(got.get(f), MonthOnly | MonthCerts | MonthTitles)
        ]
        if months:
            return self._month_result(got, warnings, months)
        return self._finish(got, warnings)

    def _either_result(
        self, got: dict[str, Any], warnings: list[str], either: EitherDiploma
    ) -> Result:
        """A row whose 学历 cell names two diplomas (大学: 大专 or 本科): screened on each.
        The candidate holds one of them, so where the verdicts agree they are known: those
        of the lower (its dates and shortfalls, the cautious ones), with a warning saying
        so; else the diploma is not known, as a cell not read (an error row with
        ``--strict``)."""
        results = [
            self._dated_result({**got, "education": e}, list(warnings)) for e in either.choices
        ]
        column = self.labels["education"]
        if all(r.error is None for r in results) and len({r.statuses for r in results}) == 1:
            said = tr(
                "batch.either_read",
                self.lang,
                column=column,
                value=shown(either.text),
                options=values.education_options(either.choices),
                lowest=name(EDUCATION_NAMES, either.choices[0].value),
            )
            return dataclasses.replace(results[0], warnings=(*results[0].warnings, said))
        message = either.msg.format(self.lang)
        if self.strict:
            return self.error(message)
        return self._dated_result(
            {**got, "education": UNREAD.get("education")}, [*warnings, message]
        )

    def _finish(self, got: dict[str, Any], warnings: list[str]) -> Result:
        try:
            row = self._row_facts(got, warnings)
            facts = self._prepare(row)
        except InputError as exc:
            return self.error(self._relabel(exc, got).format(self.lang))
        return self.result(facts, tuple(warnings), studying=got.get(_STUDYING))

    def _month_result(self, got: dict[str, Any], warnings: list[str], months: list[str]) -> Result:
        """A row whose date column, or a certificate's or a title's date in its cell, gives a
        month without its day (2019.7): screened on the first and on the last day of the month (not
        after the evaluation date). Every rule asks for time since a date, so a day between
        decides no level otherwise than both ends: when they agree, the verdicts are those of
        the last day (the dates and the shortfalls shown are the cautious ones); else the
        date is not known, as before."""
        as_of = got.get("as_of") or self.as_of
        early, late, unknown = dict(got), dict(got), dict(got)
        # (its column, the month or year as written, its last day, and which of the two)
        told: list[tuple[str, str, date, str]] = []
        for f in months:
            value = got[f]
            columns = got.get(_DATED, {})
            spans = (
                [(value.first, value.last, value.text, self.labels[f])]
                if isinstance(value, MonthOnly)
                else [
                    (
                        a,
                        b,
                        m,
                        columns.get(level, self.labels[f]) if f == "certs" else self.labels[f],
                    )
                    for level, a, b, m, *_ in value.items
                    if m and a and b
                ]
            )
            for first, last, text, column in spans:
                if first > as_of:  # a month to come: said as written, not as its first day
                    titled = f in ("title_date", "titles")
                    field = Msg.of("field.title" if titled else "field.cert")
                    msg = Msg.of("err.future_date", field=field, value=text, as_of=as_of)
                    detail = Msg.of("batch.in_column", column=column, detail=without_flags(msg))
                    return self.error(detail.format(self.lang))
                whole_year = (first.month, first.day, last.month, last.day) == (1, 1, 12, 31)
                unit = "batch.unit_year" if whole_year else "batch.unit_month"
                told.append((column, text, min(last, as_of), unit))
            if isinstance(value, MonthOnly):
                early[f], late[f], unknown[f] = value.first, min(value.last, as_of), None
            else:
                early[f], late[f] = value.on("first", as_of), value.on("last", as_of)
                unknown[f] = value.on("none", as_of)
        first = self._finish(early, list(warnings))
        last = self._finish(late, list(warnings))
        if first.error is not None and last.error is not None:
            return last  # whatever the day: the row's error, as for a day
        both = first.error is None and last.error is None
        same = both and first.statuses == last.statuses
        # one day of the month contradicts another cell (more years since it than since that
        # day): the date is not known, and the verdicts need not depend on it
        key = (
            "batch.month_read" if same else "batch.month_unclear" if both else "batch.month_unknown"
        )
        said: list[str] = []
        for column, text, day, unit in told:
            message = tr(key, self.lang, column=column, value=text, day=day, unit=Msg.of(unit))
            if values.january_or_october(text):  # 2022.1: screened from January to October
                message += tr("batch.january_or_october", self.lang, value=text)
            if self.strict and not same:  # the date not known: an error row, as a cell unread
                return self.error(message)
            said.append(message)
        if same:  # the last day's result, with the warnings saying how it was read
            return dataclasses.replace(last, warnings=(*last.warnings, *said))
        if both and first.summary and last.summary:
            # the day decides: what each end comes to, the last day's the latest dates (a
            # sheet's row; a JSON Lines line carries the report with the date not known)
            said.append(tr("batch.month_ends", self.lang, early=first.summary, late=last.summary))
        return self._finish(unknown, [*warnings, *said])

    def _row_facts(self, got: dict[str, Any], warnings: list[str]) -> RowFacts:
        """Join the cells of a row into its facts (a date column pairs with its certificate);
        what cannot be joined is said in ``warnings``."""
        label = self.labels
        row = RowFacts()
        school_class = got.get("school_class")
        in_cell = got.get(_CLASSED)  # 技师学院(高级工班)
        if in_cell is not None and school_class is not None and in_cell != school_class:
            # two classes: which is not known, and said
            warnings.append(
                tr(
                    "batch.class_disagrees",
                    self.lang,
                    education=label["education"],
                    column=label["school_class"],
                    first=Both(*CLASS_NAMES[in_cell.value]),
                    second=Both(*CLASS_NAMES[school_class.value]),
                )
            )
            school_class = None
        elif in_cell is not None:
            school_class = in_cell
        education = got.get("education")
        if isinstance(education, Education) and school_class is not None:
            # 高中 beside 班级类型 高级工班: a class is a technical school's, so one of the
            # two is wrong (the class alone dropped, the verdict would ask for the class
            # given): the diploma not known, as a 学历 cell 高中(高级工班) leaves it
            wrong = values.class_without_school(
                education, school_class, label.get("school_class", "")
            )
            if wrong is not None:
                warnings.append(wrong.format(self.lang))
                education = school_class = None
        shorthand = _diploma_cells(
            education,
            got.get("major"),
            got.get("graduating", False),  # no such column: not a student
            school_class,
            got.get("evaluated"),
        )
        row.diplomas = ([shorthand] if shorthand else []) + list(got.get("diplomas", ()))
        experience = got.get("experience")
        if isinstance(experience, AtLeast):
            row.experience_at_least = experience.years
            row.experience_at_most = experience.most
            row.experience_most_excluded = experience.below
        else:
            row.experience = experience
        row.work = got.get("work", ())
        row.trainings = got.get("training", frozenset())
        row.certificates = self._dated(
            self._held(got, "certs", ("cert_date", "years_after_cert"), warnings),
            got.get("cert_date"),
            label.get("cert_date", ""),
            warnings,
        )
        after = got.get("years_after_cert")
        if after is not None and row.certificates is not None:
            if not row.certificates:
                raise InputError(
                    label["years_after_cert"],
                    Msg.of("batch.after_without_cert", column=label["years_after_cert"]),
                )
            held = row.certificates
            top = min(range(len(held)), key=lambda i: held[i].level)
            if isinstance(after, AtLeast):  # 5年以上, 1-3年: the years since it are a bound
                row.after_bound = (top, Bound(after.years, after.most, after.below, after.text))
            else:
                c = held[top]
                given = Certificate.model_construct(level=c.level, date=c.date, years_after=after)
                row.certificates = (*held[:top], given, *held[top + 1 :])
        row.titles = self._dated(
            self._held(got, "titles", ("title_date",), warnings),
            got.get("title_date"),
            label.get("title_date", ""),
            warnings,
        )
        row.direction = got.get("direction")
        if row.direction is not None:  # (a column gives it)
            self._say_unlisted(row.direction, label["direction"], warnings)
        row.as_of = got.get("as_of")
        return row

    def _say_unlisted(self, direction: Any, column: str, warnings: list[str]) -> None:
        """Say in ``warnings`` that the ruleset does not list ``direction`` (a ``--rules`` file
        of other directions), where it does not: the verdicts are then those of no direction
        (the engine offers every level), as ``evaluate`` gives them (``check`` refuses it).
        A warning with ``--strict`` too: the cell is read as written, and the verdicts are
        the library's."""
        if direction is None or self.ruleset.direction(direction) is not None:
            return
        value = name(DIRECTION_NAMES, direction.value)
        listed = [name(DIRECTION_NAMES, d.id.value) for d in self.ruleset.directions]
        if not listed:
            msg = Msg.of("batch.direction_none_listed", column=column, value=value)
        else:
            directions = Both(*(listing([localize(n, lg) for n in listed], lg) for lg in LANGS))
            msg = Msg.of(
                "batch.direction_not_in_rules", column=column, value=value, directions=directions
            )
        warnings.append(msg.format(self.lang))

    def _held(
        self, got: dict[str, Any], fact: str, about: tuple[str, ...], warnings: list[str]
    ) -> tuple[Any, ...] | None:
        """The certificates (or titles) of a row: none where the sheet has no column for them,
        unless a column about them (取证时间, 取证后年限) is filled in: then some are held,
        of a level not known (unknown, and said so), rather than none."""
        if fact in got:
            items: tuple[Any, ...] | None = got[fact]
            return items
        filled = [f for f in about if got.get(f) is not None]
        if not filled:
            return ()
        column = self.labels[filled[0]]
        when = got.get(about[0])
        as_of = got.get("as_of") or self.as_of
        if isinstance(when, date) and when > as_of:  # a date to come: an error, as beside one
            future = Msg.of(
                "err.future_date", field=Msg.of(f"field.{fact[:-1]}"), value=when, as_of=as_of
            )
            raise InputError(about[0], Msg.of("batch.in_column", column=column, detail=future))
        after, total = got.get("years_after_cert"), got.get("experience")
        if isinstance(after, AtLeast):
            after = after.years  # 5年以上: at least 5
        if fact == "certs" and after is not None and isinstance(total, float | int):
            # more years since it than in all contradict, as beside a certificate column
            check_after_within_total(Msg.of("field.cert"), after, total * 12)
        warnings.append(tr(f"batch.no_{fact}_column", self.lang, column=column))
        return None

    def _dated(
        self, items: tuple[Any, ...] | None, when: date | None, label: str, warnings: list[str]
    ) -> tuple[Any, ...] | None:
        """:func:`_dated`, saying so when the date column cannot be given to one of several."""
        if isinstance(when, DateList):
            return self._paired(items, when, label, warnings)
        out = _dated(items, when, label)
        if when is not None and out is items and items:
            undated = [c for c in items if c.date is None]
            if len(undated) > 1:
                warnings.append(tr("batch.date_unpaired", self.lang, column=label))
            elif not undated and when not in [c.date for c in items]:
                warnings.append(
                    tr("batch.date_unused", self.lang, column=label, value=when.isoformat())
                )
        return out

    def _paired(
        self, items: tuple[Any, ...] | None, given: DateList, label: str, warnings: list[str]
    ) -> tuple[Any, ...] | None:
        """A date column that lists several dates (``2019-07-01、2021-03-01``) beside a list
        cell (``四级、三级``): each date given, in order, to the certificate (or title) of
        the row without a date of its own, where there are as many; said in a warning,
        naming each pair. Where the counts differ, the column is not used (said so)."""
        if items is None:  # no certificate column: said by :meth:`_held`
            return items
        if not items:
            raise InputError(label, Msg.of("batch.date_without_item", column=label))
        undated = [i for i, c in enumerate(items) if c.date is None]
        if len(undated) != len(given.dates):
            warnings.append(
                tr(
                    "batch.dates_uncounted",
                    self.lang,
                    column=label,
                    value=shown(given.text),
                    dates=len(given.dates),
                    items=len(undated),
                )
            )
            return items
        when = dict(zip(undated, given.dates, strict=True))
        out = tuple(
            c.model_copy(update={"date": when[i]}) if i in when else c for i, c in enumerate(items)
        )
        pairs = [
            tr(
                f"certificate.{c.level}" if isinstance(c.level, int) else f"title.{c.level.value}",
                self.lang,
            )
            + " "
            + when[i].isoformat()
            for i, c in enumerate(out)
            if i in when
        ]
        warnings.append(
            tr("batch.dates_paired", self.lang, column=label, pairs=listing(pairs, self.lang))
        )
        return out

    def _prepare(self, row: RowFacts) -> Facts:
        check_consistency(row.certificates or (), row.titles or (), row.experience)
        return prepare_facts(
            row.as_of or self.as_of,
            diplomas=row.diplomas,
            experience=row.experience,
            work_history=row.work,
            trainings=row.trainings,
            certificates=row.certificates,
            titles=row.titles,
            direction=row.direction,
            experience_at_least=row.experience_at_least,
            experience_at_most=row.experience_at_most,
            experience_most_excluded=row.experience_most_excluded,
            years_after_bounds=None if row.after_bound is None else dict([row.after_bound]),
            implied=self._diplomas,
        )

    @staticmethod
    def _blamed(msg: Msg, dated: tuple[DateColumn, ...]) -> Msg:
        """A certificate cell's error, naming the level's certificate-date column where the
        value it quotes is that column's (四级取证时间 ``abc``, read with the certificates)."""
        if not dated or "value" not in (params := dict(msg.params)):
            return msg
        for d in dated:
            if params["value"] == shown(d.cell):
                key = "field" if "field" in params else "column"
                return Msg(msg.key, tuple((k, d.column if k == key else v) for k, v in msg.params))
        return msg

    def _from_months(
        self, msg: Msg, text: str, alone: tuple[tuple[str, str, str, str], ...]
    ) -> Msg:
        """An experience cell's error, naming the months column where the value is that
        column's alone, its years column blank (工作年限(月) ``abc``): not the years column,
        which the experience is labelled with."""
        label = self.labels["experience"]
        for of, read, months, _ in alone:
            if of == "experience" and read == text.strip() and months:
                return Msg(msg.key, tuple((k, months if v == label else v) for k, v in msg.params))
        return msg

    def _relabel(self, exc: InputError, got: dict[str, Any]) -> Msg:
        """An error found across cells, naming the column as the header writes it: a date after
        the evaluation date that a date column gave (取证时间) names that column."""
        column = {
            "cert": "certs",
            "certificates": "certs",
            "years_after": "years_after_cert",
            "title": "titles",
            "titles": "titles",
            "work": "work",
            "work_history": "work",
            "experience": "experience",
        }.get(exc.field)
        dated = {"certs": "cert_date", "titles": "title_date"}.get(column or "")
        if dated is not None and exc.msg.key == "err.future_date":
            when = dict(exc.msg.params).get("value")
            own = [c.date for c in got.get(column or "") or ()]  # dated in their own cell
            if when in _given_dates(got.get(dated)) and when not in own:
                column = dated
        msg = without_flags(exc.msg)  # a sheet has columns, not flags
        if column is None or column not in self.labels:
            return msg
        label = self.labels[column]
        if column == "certs" and exc.msg.key == "err.duplicate":
            # 证书 四级:2020-01-01 beside 四级取证时间 2021-05-01: both columns are named
            item = dict(exc.msg.params).get("item")
            level = item.key.removeprefix("certificate.") if isinstance(item, Msg) else ""
            own = got.get(_DATED, {}).get(int(level) if level.isdigit() else None)
            if own is not None and own != label:
                return Msg.of(
                    "batch.in_columns", columns=listing([label, own], self.lang), detail=msg
                )
        if column == "certs" and exc.msg.key == "err.future_date":
            # a date to come in a level's certificate-date column (三级取证时间): that column
            when = dict(exc.msg.params).get("value")
            levels = [c.level for c in got.get("certs") or () if c.date == when]
            label = got.get(_DATED, {}).get(levels[0], label) if levels else label
        return Msg.of("batch.in_column", column=label, detail=msg)

    # --- JSON Lines rows -----------------------------------------------------------------

    def screen_document(self, document: dict[str, Any]) -> Result:
        """Screen one JSON Lines row (a candidate object, as ``check --input`` reads it)."""
        from pydantic import ValidationError

        from mediaops.models import (
            DOCUMENT_KEYS,
            CandidateDocument,
            describe_validation_error,
            placed_message,
        )

        try:
            # the row's id and its other keys are the row's own (passed through), not facts
            facts_only = {k: v for k, v in document.items() if k in DOCUMENT_KEYS}
            doc = CandidateDocument.model_validate(facts_only)
            facts = prepare(doc.candidate(), doc.as_of or self.as_of)
            warnings: list[str] = []
            self._say_unlisted(facts.direction, "direction", warnings)
        except ValidationError as exc:
            return self.error(describe_validation_error(exc, self.lang))
        except InputError as exc:  # a date after as_of: named where it sits (work_history.1)
            return self.error(without_flags(placed_message(exc)).format(self.lang))
        return self.result(facts, (*warnings, *self._keys_like_facts(document)))

    def _keys_like_facts(self, document: dict[str, Any]) -> tuple[str, ...]:
        """A warning for each key passed through that a sheet would read as a fact (``certs``,
        ``学历``): the row is screened without it, which the clerk did not mean."""
        from mediaops.models import DOCUMENT_KEYS

        from .columns import DOCUMENT_KEY_OF, FACT_NAMES, fact_of_key, starts_work

        said = []
        # the date work started (参加工作时间) where no key gives the years: why they are unknown
        counted = any(document.get(k) not in (None, []) for k in ("experience", "work_history"))
        for key in document:
            if key in DOCUMENT_KEYS or key == "id":
                continue
            if starts_work(key) and not counted:
                said.append(Msg.of("batch.key_work_start", key=shown(key, 60)).format(self.lang))
                continue
            if (fact := fact_of_key(key)) is None:
                continue
            msg = Msg.of(
                "batch.key_like_fact",
                key=shown(key, 60),
                fact=FACT_NAMES[fact],
                written=DOCUMENT_KEY_OF[fact],
            )
            said.append(msg.format(self.lang))
        return tuple(said)

    # --- results ---------------------------------------------------------------------

    def error(self, message: str) -> Result:
        """The result of a row that cannot be screened."""
        return Result(None, None, "", (), message)

    def result(
        self, facts: Facts, warnings: tuple[str, ...], *, studying: str | None = None
    ) -> Result:
        """The verdicts, the words for them (a sheet) or the report (JSON Lines), and what
        each level not reached falls on, for facts of a row; ``studying``: the word of the
        应届 cell that said a diploma is studied for, not that it is the final year (在读)."""
        evaluation = self.evaluator.evaluate(facts)
        decisions = evaluation.decisions
        if studying is not None:
            warnings = (*warnings, *self._studying_said(evaluation, studying))
        statuses = tuple(d.status.value for d in decisions)
        eligible = [d.level for d in decisions if d.status is Verdict.eligible]
        highest = min(eligible) if eligible else None
        reasons = tuple(
            (d.level, reason)
            for i, d in enumerate(decisions)
            if d.status in _WAITING and (reason := self._reason(i, evaluation)) is not None
        )
        rested = self._rested_on(evaluation)
        if self.reports is not None:  # a JSON Lines line carries the report, not a summary
            report = self.reports.dumps(evaluation)[1:-1]
            return Result(statuses, highest, "", warnings, None, report, reasons, False, rested)
        summary = self._summary_text(evaluation)
        return Result(statuses, highest, summary, warnings, None, "", reasons, False, rested)

    def _rested_on(self, evaluation: Evaluation) -> tuple[str, ...]:
        """The ruleset's assumptions the verdicts of a row rest on, each once: from what
        :func:`verdict_assumptions` reads of each level (its verdict, the pathways it
        relies on and the general conditions that block it, each condition's status and
        assumptions, the direction), remembered on that."""
        return self._rested(
            tuple((d.status, d.relied, d.blocked_by) for d in evaluation.decisions),
            tuple((o.status, o.assumptions) for o in evaluation.outcomes),
            evaluation.facts.direction,
        )

    def _rested_of(
        self,
        decided: tuple[tuple[Verdict, tuple[int, ...], tuple[int, ...]], ...],
        assumed: tuple[tuple[Status, tuple[str, ...]], ...],
        direction: Direction | None,
    ) -> tuple[str, ...]:
        ev = self.evaluator
        outcomes = tuple(Outcome(status, assumptions=a) for status, a in assumed)
        gate = ev.pick_gate(outcomes)
        nonblocking = ev.pick_nonblocking(outcomes)
        return tuple(
            dict.fromkeys(
                a
                for k, (status, relied, blocked_by) in enumerate(decided)
                for a in verdict_assumptions(
                    self.ruleset,
                    k,
                    Decision(
                        self.ruleset.levels[k].level, status, blocked_by=blocked_by, relied=relied
                    ),
                    gate,
                    tuple(pick(outcomes) for pick in ev.pick_pathways[k]),
                    direction,
                    nonblocking,
                )
            )
        )

    def _studying_said(self, evaluation: Evaluation, text: str) -> tuple[str, ...]:
        """Where an eligible level rests on a diploma studied for counted as a final-year
        student's (every pathway that qualifies it does, by a clause that counts final-year
        students only), that the 应届 cell's ``text`` (在读) was read so."""
        ev = self.evaluator
        outcomes = evaluation.outcomes

        def as_final_year(i: int) -> bool:
            o = outcomes[i]
            return (
                o.status is _MET
                and ev.units[i].kind == "education"
                and dict(o.actual or ()).get("graduating") is True
                and not getattr(ev.conditions[i], "students_only", False)
            )

        resting = [
            self.ruleset.levels[k].level
            for k, d in enumerate(evaluation.decisions)
            if d.status is Verdict.eligible
            and all(any(as_final_year(i) for i in ev.layout[k][p]) for p in d.qualifying)
        ]
        if not resting:
            return ()
        levels = listing([tr(f"level.{n}", self.lang) for n in resting], self.lang)
        column = self.labels["graduating"]
        return (
            tr("batch.studying_read", self.lang, column=column, value=shown(text), levels=levels),
        )

    def _summary_text(self, evaluation: Evaluation) -> str:
        """The summary of a row: the levels eligible, or what the first level not reached
        lacks and the routes that open it."""
        decisions = evaluation.decisions
        waiting = [i for i, d in enumerate(decisions) if d.status in _WAITING]
        if any(d.status is Verdict.eligible for d in decisions) or not waiting:
            statuses = tuple(d.status for d in decisions)
            return self._summary(statuses, tuple(d.qualifying for d in decisions))
        first = waiting[0]
        decision = decisions[first]
        ev = self.evaluator
        blocked = tuple(ev.ruleset.general[ev.gate[g]].id for g in decision.blocked_by)
        missing = (
            ()
            if blocked
            else level_missing(
                ev,
                first,
                decision,
                evaluation.gate(),
                evaluation.pathways(first),
                self.words.shortfall,
            )
        )
        return level_summary(
            self.ruleset.levels[first].level,
            decision.status,
            self._route_sentences(first, evaluation),
            blocked,
            missing,
            self.lang,
        )

    def _route_sentences(self, index: int, evaluation: Evaluation) -> list[str]:
        """The sentences of a level's first routes that one action or time alone opens, for
        :func:`level_summary` (as ``check``'s table words them, :func:`route_sentence`)."""
        ev = self.evaluator
        rule = self.ruleset.levels[index]
        outcomes = evaluation.outcomes
        out = []
        for r in evaluation.decisions[index].routes[:3]:
            if r.opens not in (Opens.action, Opens.time):
                continue
            training = None
            if r.opens is Opens.action:
                indices = ev.layout[index][r.pathway]
                training = action_training(ev, indices, [outcomes[i] for i in indices], rule.level)
            sentence = route_words(
                rule.level,
                rule.pathways[r.pathway].id,
                r.opens,
                r.on,
                training,
                self.lang,
                earliest=r.earliest,
                working=r.working,
                latest=r.latest,
            )
            if sentence:
                out.append(sentence)
        return out

    def _summary_of(
        self, statuses: tuple[Verdict, ...], qualifying: tuple[tuple[int, ...], ...]
    ) -> str:
        """The summary where the verdicts alone say it: the levels eligible (with the
        pathways that qualify, by index), or all held."""
        parts = [
            tr(f"level.{rule.level}", self.lang)
            + aside(listing([rule.pathways[p].id for p in met], self.lang), self.lang)
            for rule, status, met in zip(self.ruleset.levels, statuses, qualifying, strict=True)
            if status is Verdict.eligible
        ]
        if parts:
            return tr("batch.summary_eligible", self.lang, levels=listing(parts, self.lang))
        offered = [s for s in statuses if s is not Verdict.not_offered]
        if offered and all(s is Verdict.held for s in offered):
            return tr("batch.summary_all_held", self.lang)
        return ""

    def _reason(self, index: int, evaluation: Evaluation) -> str | None:
        """What a level not reached falls on: the first condition its closest pathway lacks."""
        decision = evaluation.decisions[index]
        ev = self.evaluator
        if decision.blocked_by:  # a general condition: its id and words, as the table says it
            clause = ev.ruleset.general[ev.gate[decision.blocked_by[0]]]
            return f"{clause.id} {localize(clause.text, self.lang)}"
        if decision.closest is None:
            return None
        outcomes = evaluation.outcomes
        for i in ev.layout[index][decision.closest]:
            if outcomes[i].status is not _MET:
                return self._falls_on[i]
        return None


#: The verdicts of a level not reached: what it falls on is counted, and summed up.
_WAITING = (Verdict.not_eligible, Verdict.undetermined)
#: Where a row's facts keep the 应届 cell's word that said a diploma is studied for (在读).
_STUDYING = "_studying"
#: Where a row's facts keep the class a 学历 cell gives in brackets (技师学院(高级工班)).
_CLASSED = "_classed"
#: (a 证书 cell's certificates of other occupations, besides those read: :class:`PartCerts`)
_OTHER_CERTS = "_other_certs"
#: Where a row's facts keep the certificate-date columns of a level filled in (level → name).
_DATED = "_dated"


def _dated(items: tuple[Any, ...] | None, when: date | None, label: str) -> tuple[Any, ...] | None:
    """A separate date column given to the one certificate (or title) of the row without a date."""
    if when is None or items is None:
        return items
    undated = [c for c in items if c.date is None]
    if len(items) == 1 and undated:
        return (items[0].model_copy(update={"date": when}),)
    if len(items) == 1 and items[0].date != when:
        raise InputError(
            label,
            Msg.of(
                "batch.two_dates",
                column=label,
                value=when.isoformat(),
                other=items[0].date.isoformat(),
            ),
        )
    if not items:
        raise InputError(label, Msg.of("batch.date_without_item", column=label))
    if len(undated) == 1:
        return tuple(c.model_copy(update={"date": when}) if c is undated[0] else c for c in items)
    return items


def level_summary(
    level: int,
    status: Verdict,
    sentences: Sequence[str],
    blocked_by: Sequence[str],
    missing: Iterable[Msg],
    lang: Lang,
) -> str:
    """The summary of a level not reached: the routes one action or time alone opens
    (``sentences``, nearest first); else what holds it back — the general conditions it is
    blocked by, or what its nearest route lacks (``missing``: the words of ``check``'s table)
    — followed by those routes."""
    key = "batch.summary_undetermined" if status is Verdict.undetermined else "batch.summary_not"
    if blocked_by:
        lacking = tr("table.blocked", lang, clause=listing(blocked_by, lang))
    elif sentences and status is Verdict.not_eligible:
        return tr("batch.summary_routes", lang, routes=clauses(sentences, lang))
    else:
        lacking = clauses((m.format(lang) for m in missing), lang)
    text = tr(key, lang, level=Msg.of(f"level.{level}"), missing=lacking)
    if sentences:
        text += (";" if lang == "zh" else "; ") + clauses(sentences, lang)
    return text


__all__ = ["Result", "Screener", "level_summary", "shown"]
