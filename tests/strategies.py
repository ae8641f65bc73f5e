"""Hypothesis strategies for valid candidates, shared by the property tests.

Everything generated here is *valid* on the evaluation date it was built for
(:data:`AS_OF` unless told otherwise): certificate and title dates and work
periods are never after it, no two certificates (nor two titles) share a
level, and the ``years_after`` of a certificate or a title is never more than
the candidate's experience nor more than the time since its date. The bounds
are computed here, independently of the engine, and always err on the safe
(smaller) side.

Public pieces:

* :func:`candidates` — any valid candidate (the reusable strategy): several
  diplomas (type, major, final year, school class, evaluated programme),
  experience or a work history, trainings, certificates, professional titles
  (职称) and a direction (职业方向);
* :func:`certificate`, :func:`title`, :func:`diploma` — one valid certificate,
  title or diploma for a candidate;
* :func:`years`, :func:`past_dates`, :func:`work_periods` — the building blocks;
* :func:`months_lower_bound`, :func:`years_after_cap` — the bounds used.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from hypothesis import strategies as st

from mediaops.engine.facts import Facts, prepare_facts
from mediaops.models import Candidate, Certificate, Diploma, Title, WorkPeriod
from mediaops.terms import Direction, Education, Major, SchoolClass, TitleLevel

#: The evaluation date used throughout the property tests.
AS_OF = date(2026, 11, 27)
#: Test rulesets (not real requirements) run beside the built-in editions wherever the tests
#: take every ruleset: cases name them with ``rules = "rulesets/…"``.
TEST_RULESETS = tuple(sorted((Path(__file__).parent / "cases" / "rulesets").glob("*.toml")))
#: The earliest date generated (certificates, titles, work periods).
EARLIEST = date(1990, 1, 1)

#: Years on or next to the thresholds of both editions (1, 2, 3, 4, 5 and 10 years).
BOUNDARY_YEARS = (
    0.0, 0.5, 0.9, 0.99, 1.0, 1.01, 1.5, 1.99, 2.0, 2.01, 2.5, 2.99, 3.0, 3.01,
    3.5, 3.99, 4.0, 4.01, 4.99, 5.0, 5.01, 6.0, 7.99, 8.0, 9.99, 10.0, 10.01, 12.0,
)  # fmt: skip

E = Education
#: The 技工院校 (technical schools of any class): the only diplomas with a school class.
TECHNICAL_SCHOOLS = (E.technical_school, E.senior_technical_school, E.technician_college)
#: 高职/专科 and above: the only diplomas whose programme may be "evaluated" (经评估论证).
HIGHER_EDUCATION = (E.associate, E.bachelor, E.master, E.doctorate)


#: Strategies drawn from again and again, built once.
MAJORS = st.none() | st.sampled_from(Major) | st.sampled_from(Major)
GRADUATING = st.sampled_from([False, False, False, True, None])
CLASSES = st.none() | st.sampled_from(SchoolClass)
EVALUATED = st.sampled_from([None, True, False])
CORRESPONDING = st.sampled_from([True, True, False, None])
#: Given, given, given … not known: for the lists that may be unknown (None).
RARELY_UNKNOWN = st.sampled_from([True] * 9 + [False])
DIRECTIONS = st.none() | st.none() | st.sampled_from(Direction)
EXPERIENCE_KINDS = st.sampled_from(["date", "date", "both", "years", "neither"])
FREE_CERTIFICATES = st.lists(st.integers(1, 4), unique=True, max_size=4)
FREE_TITLES = st.lists(st.sampled_from(TitleLevel), unique=True, max_size=2)
TRAININGS = st.lists(st.integers(1, 4), max_size=3)
SHAPES = st.sampled_from(["shorthand", "shorthand", "list", "both", "none"])


def add_months(start: date, months: int) -> date:
    """``start`` moved by ``months`` calendar months, clamping the day to the month's end."""
    index = start.year * 12 + (start.month - 1) + months
    year, month0 = divmod(index, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(start.day, last))


def months_lower_bound(start: date, stop: date) -> int:
    """A lower bound on the complete calendar months from ``start`` to ``stop``.

    The naive count (month difference, minus one when the day of ``stop`` is
    before the day of ``start``) never exceeds the count of SPEC §1, which
    clamps the day at the end of short months.
    """
    if stop <= start:
        return 0
    months = (stop.year - start.year) * 12 + (stop.month - start.month)
    if stop.day < start.day:
        months -= 1
    return max(months, 0)


#: The pieces of a number of years: which kind, a whole number, a boundary, a fraction.
_YEAR_PARTS = st.tuples(
    st.integers(0, 3),
    st.integers(0, 80),
    st.sampled_from(BOUNDARY_YEARS),
    st.integers(0, 10_000),
)


def _pick_years(parts: tuple[int, int, float, int], max_value: float) -> float:
    """One of the four kinds of :func:`years` from the drawn pieces, within the bound."""
    kind, whole, boundary, fraction = parts
    if kind == 0:
        return float(min(whole, int(max_value)))
    if kind == 1:
        return max_value
    if kind == 2 and boundary <= max_value:
        return boundary
    return min(round(max_value * fraction / 10_000, 2), max_value)


def years(max_value: float = 40.0) -> st.SearchStrategy[float]:
    """Years in ``[0, max_value]``: whole, threshold-adjacent, decimal, or the bound itself
    (for years since a certificate: continuous work since it)."""
    bound = max(0.0, max_value)
    return _YEAR_PARTS.map(lambda parts: _pick_years(parts, bound))


@lru_cache(maxsize=512)
def past_dates(as_of: date = AS_OF, earliest: date = EARLIEST) -> st.SearchStrategy[date]:
    """Dates in ``[earliest, as_of]``, biased towards whole numbers of months before ``as_of``
    (and a day either side), where the month counts change."""
    span = months_lower_bound(earliest, as_of)
    months = st.integers(0, span) | st.integers(0, min(span, 132))  # recent ones more often
    anniversaries = st.tuples(months, st.integers(-1, 1)).map(
        lambda mt: add_months(as_of, -mt[0]) + timedelta(days=mt[1])
    )
    return st.one_of(st.dates(earliest, as_of), anniversaries).filter(
        lambda d: earliest <= d <= as_of
    )


@st.composite
def work_periods(draw: st.DrawFn, as_of: date = AS_OF) -> WorkPeriod:
    """One work period within ``[EARLIEST, as_of]``; open (no end) about a third of the time."""
    start = draw(past_dates(as_of))
    if draw(st.integers(0, 2)) == 0:
        return WorkPeriod(start=start, end=None)
    end = draw(past_dates(as_of, earliest=start))
    return WorkPeriod(start=start, end=end)


def _period_months_lower_bound(period: WorkPeriod, as_of: date) -> int:
    """A lower bound on the months a period counts (an open one, or one whose last day is
    ``as_of``, runs to ``as_of``)."""
    stop = as_of if period.end is None else min(period.end + timedelta(days=1), as_of)
    return months_lower_bound(period.start, stop)


def years_after_cap(
    experience: float | None,
    work_history: tuple[WorkPeriod, ...],
    when: date | None,
    as_of: date = AS_OF,
) -> float | None:
    """The most years since a certificate or a title that can be given without contradiction.

    Bounded by the experience in total (given, or a lower bound computed from
    the work history: the longest single period), by the time since the
    date obtained and, with both a work history and a date, by the work after
    the date (a lower bound: the longest single period from the date on).
    ``None`` when nothing bounds it.
    """
    bounds: list[float] = []
    if experience is not None:
        bounds.append(experience)
    if work_history:
        bounds.append(max(_period_months_lower_bound(p, as_of) for p in work_history) / 12)
    if when is not None:
        bounds.append(months_lower_bound(when, as_of) / 12)
    if work_history and when is not None:
        after = [
            _period_months_lower_bound(p.model_copy(update={"start": when}), as_of)
            if p.start < when
            else _period_months_lower_bound(p, as_of)
            for p in work_history
            if p.end is None or p.end >= when
        ]
        bounds.append(max(after, default=0) / 12)
    return min(bounds) if bounds else None


@st.composite
def _date_and_years(
    draw: st.DrawFn,
    experience: float | None,
    work_history: tuple[WorkPeriod, ...],
    as_of: date,
) -> tuple[date | None, float | None]:
    """A date obtained and years worked since, each optional, valid together.

    Most often only the date is given (the years since are then derived, SPEC §1);
    otherwise both, only the years, or neither (unknown)."""
    which = draw(EXPERIENCE_KINDS)
    when = draw(past_dates(as_of)) if which in ("date", "both") else None
    cap = years_after_cap(experience, work_history, when, as_of)
    after = draw(years(40.0 if cap is None else cap)) if which in ("both", "years") else None
    return when, after


@st.composite
def certificate(
    draw: st.DrawFn,
    level: int,
    experience: float | None = None,
    work_history: tuple[WorkPeriod, ...] = (),
    as_of: date = AS_OF,
) -> Certificate:
    """A certificate of ``level`` that is valid for a candidate with that experience/history:
    its date (if any) is on or before ``as_of`` and its ``years_after`` (if any) within
    :func:`years_after_cap`."""
    when, after = draw(_date_and_years(experience, work_history, as_of))
    return Certificate(level=level, date=when, years_after=after)


@st.composite
def title(
    draw: st.DrawFn,
    level: TitleLevel,
    experience: float | None = None,
    work_history: tuple[WorkPeriod, ...] = (),
    as_of: date = AS_OF,
) -> Title:
    """A professional title (职称) of ``level``, valid as :func:`certificate` is; its
    speciality corresponds to the occupation, does not, or is not known."""
    when, after = draw(_date_and_years(experience, work_history, as_of))
    corresponding = draw(CORRESPONDING)
    return Title(level=level, date=when, years_after=after, corresponding=corresponding)


@st.composite
def diploma(
    draw: st.DrawFn, types: tuple[Education, ...] = tuple(Education), known: bool = False
) -> Diploma:
    """A diploma of one of ``types`` (or of a type not given, unless ``known``).

    Its major, whether it is still studied for and, where they apply, its school
    class (技工院校 only) and whether its programme was evaluated (大专 and above
    only) are each given or left unknown.
    """
    kinds = _types(types)
    education = draw(kinds) if known else draw(st.none() | kinds | kinds | kinds)
    major = draw(MAJORS)
    graduating = draw(GRADUATING)
    school_class = draw(CLASSES) if education in TECHNICAL_SCHOOLS else None
    evaluated = draw(EVALUATED) if education in HIGHER_EDUCATION else None
    return Diploma(
        education=education,
        major=major,
        graduating=graduating,
        school_class=school_class,
        evaluated=evaluated,
    )


@lru_cache(maxsize=64)
def _types(types: tuple[Education, ...]) -> st.SearchStrategy[Education]:
    return st.sampled_from(types)


@dataclass(frozen=True)
class Focus:
    """What a candidate close to one level or pathway looks like.

    Attributes:
        certificates: the sets of certificate levels they may hold.
        diplomas: the diploma types they may have.
        titles: the sets of title levels they may hold.
    """

    certificates: tuple[tuple[int, ...], ...] = ((),)
    diplomas: tuple[Education, ...] = tuple(Education)
    titles: tuple[tuple[TitleLevel, ...], ...] = ((),)


J, M, S = TitleLevel.junior, TitleLevel.intermediate, TitleLevel.senior
#: Diplomas that meet G1 (junior middle school or above).
G1_DIPLOMAS = tuple(e for e in Education if e is not E.below_junior)

#: For each focus (a level, or a pathway of either edition), a candidate close to it.
#: Everything else is drawn freely, so candidates land on either side of every threshold.
FOCUS: dict[str, Focus] = {
    "4": Focus(diplomas=G1_DIPLOMAS),
    "4-3": Focus(diplomas=TECHNICAL_SCHOOLS),
    "3-1": Focus(((4,),), (E.senior_technical_school, E.technician_college)),
    "3-2": Focus(((4,),), HIGHER_EDUCATION),
    "2": Focus(((3,), (4, 3)), G1_DIPLOMAS),
    "1": Focus(((2,), (3, 2), (4, 3, 2)), G1_DIPLOMAS),
    "T4-2": Focus(diplomas=(E.secondary_vocational, *TECHNICAL_SCHOOLS, *HIGHER_EDUCATION)),
    "T3-3": Focus(diplomas=G1_DIPLOMAS, titles=((J,), (J, M))),
    "T3-4": Focus(diplomas=TECHNICAL_SCHOOLS),
    "T3-6": Focus(diplomas=HIGHER_EDUCATION),
    "T2-2": Focus(((3,), (4, 3)), G1_DIPLOMAS, ((J,),)),
    "T2-3": Focus(((), (4,)), G1_DIPLOMAS, ((M,), (J, M))),
    "T2-4": Focus(((3,), (4, 3)), (E.senior_technical_school, E.technician_college)),
    "T2-5": Focus(((3,), (4, 3)), (E.technician_college,)),
    "T1-2": Focus(((2,), (3, 2)), G1_DIPLOMAS, ((M,), (J, M))),
    "T1-3": Focus(((), (2,)), G1_DIPLOMAS, ((S,), (M, S))),
}


#: How experience is given: as years, as a work history, or not at all (unknown).
EXPERIENCE_MODES = ("years", "years", "history", "unknown")
#: No focus one time in three.
FOCUS_NAMES = st.none() | st.sampled_from(sorted(FOCUS)) | st.sampled_from(sorted(FOCUS))


@dataclass(frozen=True)
class _Parts:
    """The strategies :func:`candidates` draws from for one focus (built once, then reused)."""

    education: st.SearchStrategy[Education | None]
    diplomas: st.SearchStrategy[list[Diploma]]
    certificates: st.SearchStrategy[list[int]]
    titles: st.SearchStrategy[list[TitleLevel]]
    modes: st.SearchStrategy[str]
    history: st.SearchStrategy[list[WorkPeriod]]


@lru_cache(maxsize=128)
def _parts(name: str | None, as_of: date, experience_modes: tuple[str, ...]) -> _Parts:
    focus = Focus() if name is None else FOCUS[name]
    types = _types(focus.diplomas)
    return _Parts(
        education=st.none() | types | types,
        diplomas=st.lists(diploma(focus.diplomas), min_size=1, max_size=3),
        certificates=FREE_CERTIFICATES
        if name is None
        else st.sampled_from(focus.certificates).map(list),
        titles=FREE_TITLES if name is None else st.sampled_from(focus.titles).map(list),
        modes=st.sampled_from(experience_modes),
        history=st.lists(work_periods(as_of), min_size=1, max_size=3),
    )


@st.composite
def candidates(
    draw: st.DrawFn, as_of: date = AS_OF, experience_modes: tuple[str, ...] = EXPERIENCE_MODES
) -> Candidate:
    """Any valid candidate for evaluation on ``as_of``.

    Two times out of three the candidate is drawn close to one level or pathway
    of either edition (:data:`FOCUS`): holding the certificates and titles just
    below it and diplomas that may count, so that every level is often
    eligible, often just short, and often undetermined. Otherwise every fact
    is drawn freely.

    Diplomas come as the one-diploma shorthand (``education``, ``major``,
    ``graduating``), as a list of one to three, both, or not at all (the
    education unknown). Experience is given as a number of years, as a work
    history (then the number is left unknown so the two can never disagree),
    or not at all, as drawn from ``experience_modes`` (``"years"``,
    ``"history"``, ``"unknown"``). The lists of trainings, certificates and
    titles are now and then unknown (``None``) rather than empty.
    """
    name = draw(FOCUS_NAMES)
    parts = _parts(name, as_of, experience_modes)
    shape = draw(SHAPES)
    education = major = None
    graduating: bool | None = False
    if shape in ("shorthand", "both"):
        education = draw(parts.education)
        major = draw(MAJORS)
        graduating = draw(GRADUATING)
    listed: tuple[Diploma, ...] = ()
    if shape in ("list", "both"):
        listed = tuple(draw(parts.diplomas))
    mode = draw(parts.modes)
    experience: float | None = None
    history: tuple[WorkPeriod, ...] = ()
    if mode == "years":
        experience = draw(years())
    elif mode == "history":
        history = tuple(draw(parts.history))
    trainings = None
    if draw(RARELY_UNKNOWN):
        trainings = tuple(draw(TRAININGS))
    certs = None
    if draw(RARELY_UNKNOWN):
        levels = draw(parts.certificates)
        certs = tuple(draw(certificate(lv, experience, history, as_of)) for lv in levels)
    titles = None
    if draw(RARELY_UNKNOWN):
        ranks = draw(parts.titles)
        titles = tuple(draw(title(lv, experience, history, as_of)) for lv in ranks)
    direction = draw(DIRECTIONS)
    return Candidate(
        education=education,
        major=major,
        graduating=graduating,
        diplomas=listed,
        experience=experience,
        work_history=history,
        trainings=trainings,
        certificates=certs,
        titles=titles,
        direction=direction,
    )


def facts_with_experience(candidate: Candidate, **experience: float | None) -> Facts:
    """``candidate``'s facts on :data:`AS_OF` with its experience given as ``experience``
    says (``experience=3.5``, or ``experience_at_least=3``: a sheet's 3年以上) in place of
    its own and of its work history.

    Raises:
        InputError: the facts so given contradict each other.
    """
    return prepare_facts(
        AS_OF,
        diplomas=candidate.all_diplomas,
        trainings=candidate.trainings,
        certificates=candidate.certificates,
        titles=candidate.titles,
        direction=candidate.direction,
        **experience,  # type: ignore[arg-type]
    )
