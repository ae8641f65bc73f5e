"""Hypothesis strategies for valid candidates, shared by the property tests.

Everything generated here is *valid* on the evaluation date it was built for
(:data:`AS_OF` unless told otherwise): certificate dates and work periods are
never after it, no two certificates share a level, and a certificate's
``years_after`` is never more than the candidate's experience nor more than
the time since its date. The bounds are computed here, independently of the
engine, and always err on the safe (smaller) side.

Public pieces:

* :func:`candidates` — any valid candidate (the reusable strategy);
* :func:`certificate` — one valid certificate of a given level for a candidate;
* :func:`years`, :func:`past_dates`, :func:`work_periods` — the building blocks;
* :func:`months_lower_bound`, :func:`years_after_cap` — the bounds used.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from hypothesis import strategies as st

from mediaops.models import Candidate, Certificate, Education, Major, WorkPeriod

#: The evaluation date used throughout the property tests.
AS_OF = date(2026, 11, 27)
#: The earliest date generated (certificates, work periods).
EARLIEST = date(1990, 1, 1)

#: Years that sit on or next to the thresholds of the ruleset (1, 2, 3, 4 years).
BOUNDARY_YEARS = (
    0.0, 0.5, 0.9, 0.99, 1.0, 1.01, 1.5, 1.99, 2.0, 2.01, 2.5, 2.99, 3.0, 3.01,
    3.5, 3.99, 4.0, 4.01, 5.0, 6.0, 7.99, 8.0, 10.0,
)  # fmt: skip


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


def years(max_value: float = 40.0) -> st.SearchStrategy[float]:
    """Years in ``[0, max_value]``: whole, threshold-adjacent, decimal, or the bound itself
    (for years since a certificate: continuous work since it)."""
    max_value = max(0.0, max_value)
    return st.one_of(
        st.integers(0, int(max_value)).map(float),
        st.just(max_value),
        st.sampled_from(BOUNDARY_YEARS).filter(lambda y: y <= max_value),
        st.floats(0, max_value, allow_nan=False).map(lambda y: min(round(y, 2), max_value)),
    )


def past_dates(as_of: date = AS_OF, earliest: date = EARLIEST) -> st.SearchStrategy[date]:
    """Dates in ``[earliest, as_of]``, biased towards whole numbers of months before ``as_of``
    (and a day either side), where the month counts change."""
    span = months_lower_bound(earliest, as_of)
    months = st.integers(0, span) | st.integers(0, min(span, 72))  # recent ones more often
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
    """A lower bound on the months a period counts (an open one runs to ``as_of``)."""
    stop = as_of if period.end is None else period.end + timedelta(days=1)
    return months_lower_bound(period.start, stop)


def years_after_cap(
    experience: float | None,
    work_history: tuple[WorkPeriod, ...],
    when: date | None,
    as_of: date = AS_OF,
) -> float | None:
    """The most years since a certificate that can be given without contradiction.

    Bounded by the experience in total (given, or a lower bound computed from
    the work history: the longest single period) and by the time since the
    certificate's date. ``None`` when nothing bounds it.
    """
    bounds: list[float] = []
    if experience is not None:
        bounds.append(experience)
    if work_history:
        bounds.append(max(_period_months_lower_bound(p, as_of) for p in work_history) / 12)
    if when is not None:
        bounds.append(months_lower_bound(when, as_of) / 12)
    return min(bounds) if bounds else None


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
    :func:`years_after_cap`.

    Most often only the date is given (the years since are then derived, SPEC §1);
    otherwise both, only the years, or neither (unknown)."""
    which = draw(st.sampled_from(["date", "date", "both", "years", "neither"]))
    when = draw(past_dates(as_of)) if which in ("date", "both") else None
    cap = years_after_cap(experience, work_history, when, as_of)
    after = draw(years(40.0 if cap is None else cap)) if which in ("both", "years") else None
    return Certificate(level=level, date=when, years_after=after)


E = Education
#: Diplomas that meet G1 (junior middle school or above).
G1_DIPLOMAS = tuple(e for e in Education if e is not E.below_junior)

#: For each focus (a level, or a pathway of it), what a candidate close to it looks like:
#: the certificate levels they may hold and the diplomas they may have. Everything else
#: is drawn freely, so candidates land on either side of every threshold.
FOCUS: dict[str, tuple[tuple[tuple[int, ...], ...], tuple[Education, ...]]] = {
    "4": (((),), G1_DIPLOMAS),
    "4-3": (((),), (E.technical_school, E.senior_technical_school, E.technician_college)),
    "3-1": (((4,),), (E.senior_technical_school, E.technician_college)),
    "3-2": (((4,),), (E.associate, E.bachelor, E.master, E.doctorate)),
    "2": (((3,), (4, 3)), G1_DIPLOMAS),
    "1": (((2,), (3, 2), (4, 3, 2)), G1_DIPLOMAS),
}


#: How experience is given: as years, as a work history, or not at all (unknown).
EXPERIENCE_MODES = ("years", "years", "history", "unknown")


@st.composite
def candidates(
    draw: st.DrawFn, as_of: date = AS_OF, experience_modes: tuple[str, ...] = EXPERIENCE_MODES
) -> Candidate:
    """Any valid candidate for evaluation on ``as_of``.

    Two times out of three the candidate is drawn close to one level or pathway
    (:data:`FOCUS`): holding the certificates just below it and a diploma that
    may count, so that every level is often eligible, often just short, and
    often undetermined. Otherwise every fact is drawn freely.

    Experience is given as a number of years, as a work history (then the
    number is left unknown so the two can never disagree), or not at all, as
    drawn from ``experience_modes`` (``"years"``, ``"history"``, ``"unknown"``).
    """
    focus = draw(st.none() | st.sampled_from(sorted(FOCUS)) | st.sampled_from(sorted(FOCUS)))
    if focus is None:
        cert_levels = st.lists(st.integers(1, 4), unique=True, max_size=4)
        diplomas = st.sampled_from(Education)
    else:
        cert_levels = st.sampled_from(FOCUS[focus][0])
        diplomas = st.sampled_from(FOCUS[focus][1])
    # facts are known two times out of three; experience is given as years most often
    education = draw(st.none() | diplomas | diplomas)
    major = draw(st.none() | st.sampled_from(Major) | st.sampled_from(Major))
    graduating = draw(st.sampled_from([False, False, True]))
    mode = draw(st.sampled_from(experience_modes))
    experience: float | None = None
    history: tuple[WorkPeriod, ...] = ()
    if mode == "years":
        experience = draw(years())
    elif mode == "history":
        history = tuple(draw(st.lists(work_periods(as_of), min_size=1, max_size=3)))
    trainings = tuple(draw(st.lists(st.integers(1, 4), max_size=3)))
    certs = tuple(draw(certificate(lv, experience, history, as_of)) for lv in draw(cert_levels))
    return Candidate(
        education=education,
        major=major,
        graduating=graduating,
        experience=experience,
        work_history=history,
        trainings=trainings,
        certificates=certs,
    )
