"""Months worked, over time: how a number of years grows if the candidate keeps working.

A *series* gives the months worked at the evaluation date (:meth:`now`) and
the first date, from the evaluation date on, on which they reach a target
(:meth:`reach`), assuming the candidate keeps working in the occupation from
the evaluation date. Closed forms where they exist; a work history is
searched. Series are values (named tuples whose first field names their
kind, so that two kinds are never equal), hashed and compared in C, so that
they can be part of a memo key cheaply.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from typing import Literal, NamedTuple

from mediaops import dates

#: Tolerance for comparing years given as decimals (3.0 ≥ 3 must hold exactly).
EPS = dates.EPS
#: How far ahead "time alone" looks for a date: one horizon for check and plan.
HORIZON_YEARS = 60


def horizon(as_of: date) -> date:
    """The last date time alone is followed to, from ``as_of``: :data:`HORIZON_YEARS`
    ahead, but never past the latest date a person may give (a plan then holds no date
    that it could not take as a fact)."""
    return min(dates.add_months(as_of, 12 * HORIZON_YEARS), dates.LATEST_DATE)


def _within(as_of: date, when: date) -> date | None:
    """``when``, if it is within the horizon from ``as_of``. Fewer whole years apart than the
    horizon's are within its years whatever the days (the usual case, decided cheaply)."""
    if when.year - as_of.year < HORIZON_YEARS:
        return when if when <= dates.LATEST_DATE else None
    return when if when <= horizon(as_of) else None


class Linear(NamedTuple):
    """``base`` months at ``start`` (the evaluation date), growing one month per calendar month."""

    base: float
    start: date
    kind: Literal["linear"] = "linear"

    def now(self) -> float:
        """The months at the evaluation date."""
        return self.base

    def evaluated_on(self) -> date:
        """The evaluation date."""
        return self.start

    def reach(self, months: float) -> date | None:
        """The first date the months reach ``months`` (None beyond the horizon)."""
        months_on = max(0, math.ceil(months - self.base - EPS))
        return _within(self.start, dates.add_months(self.start, months_on))


class Since(NamedTuple):
    """Complete months since ``since``: work every day since a date (or time itself)."""

    since: date
    as_of: date
    kind: Literal["since"] = "since"

    def now(self) -> float:
        """The months at the evaluation date."""
        return dates.months_between(self.since, self.as_of)

    def evaluated_on(self) -> date:
        """The evaluation date."""
        return self.as_of

    def reach(self, months: float) -> date | None:
        """The first date the months reach ``months`` (None beyond the horizon)."""
        return _within(
            self.as_of, max(self.as_of, dates.add_months(self.since, math.ceil(months - EPS)))
        )


class Capped(NamedTuple):
    """The smaller of two series (years since a date, capped by the experience in total)."""

    a: Series
    b: Series
    kind: Literal["capped"] = "capped"

    def now(self) -> float:
        """The months at the evaluation date."""
        return min(self.a.now(), self.b.now())

    def evaluated_on(self) -> date:
        """The evaluation date."""
        return self.a.evaluated_on()

    def reach(self, months: float) -> date | None:
        """The first date both reach ``months``."""
        ra, rb = self.a.reach(months), self.b.reach(months)
        return None if ra is None or rb is None else max(ra, rb)


class History(NamedTuple):
    """Months in the union of dated work periods (only the part after ``since``, if given)."""

    stretches: tuple[dates.Stretch, ...]
    as_of: date
    since: date | None = None
    kind: Literal["history"] = "history"

    def at(self, when: date) -> int:
        """Months worked by ``when``, working every day from the evaluation date on."""
        stretches = list(self.stretches)
        if when > self.as_of:
            stretches.append(dates.Stretch(self.as_of, when - timedelta(days=1)))
        if self.since is not None:
            stretches = dates.clip(stretches, self.since)
        return dates.worked_months(stretches)[0]

    def now(self) -> float:
        """The months at the evaluation date."""
        return self.at(self.as_of)

    def evaluated_on(self) -> date:
        """The evaluation date."""
        return self.as_of

    def reach(self, months: float) -> date | None:
        """The first date the months reach ``months`` (None beyond the horizon)."""
        if self.now() + EPS >= months:
            return self.as_of
        lo, hi = self.as_of, horizon(self.as_of)
        if self.at(hi) + EPS < months:
            return None
        while (hi - lo).days > 1:
            mid = lo + (hi - lo) / 2
            if self.at(mid) + EPS >= months:
                hi = mid
            else:
                lo = mid
        return hi


Series = Linear | Since | Capped | History


def calendar_span(start: date, end: date | None) -> tuple[int, int] | None:
    """The time from ``start`` to ``end`` as complete calendar months and the days left over
    (2026-11-27 → 2027-03-15: 3 months and 16 days); None for no date."""
    if end is None:
        return None
    months = dates.months_between(start, end)
    return months, (end - dates.add_months(start, months)).days
