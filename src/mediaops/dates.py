"""Calendar arithmetic in complete months, as SPEC §1 counts durations.

A duration between two dates is the number of complete calendar months
between them: 2022-06-15 → 2024-06-15 is 24 months, → 2024-06-14 is 23.
"Adding N months" keeps the day of the month, or uses the month's last day
where that day does not exist (2024-01-31 + 1 month = 2024-02-29); the
month count is defined through it, as the largest N with start + N months
≤ end, so the two can never disagree.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date, timedelta
from typing import NamedTuple

#: Tolerance for comparing years (or months) given as decimals (3.0 ≥ 3 must hold exactly).
EPS = 1e-9

#: The dates a person may give: after 9000 nothing can be counted forward safely. No date
#: is counted forward past the latest either (:func:`mediaops.engine.series.horizon`).
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(9000, 12, 31)
#: Leftover days of separate work stretches that make one more month.
DAYS_PER_MONTH = 30


def add_months(start: date, months: int) -> date:
    """Return ``start`` moved by ``months`` calendar months (may be negative).

    Args:
        start: the date to move.
        months: how many months to move it.

    Returns:
        The same day of the month, or that month's last day where the day does
        not exist.
    """
    index = start.year * 12 + (start.month - 1) + months
    year, month0 = divmod(index, 12)
    day = start.day
    if day > 28:  # every month has the 28th; past it, the month's length decides
        day = min(day, calendar.monthrange(year, month0 + 1)[1])
    return date(year, month0 + 1, day)


def months_between(start: date, end: date) -> int:
    """Complete calendar months from ``start`` to ``end`` (0 if end ≤ start)."""
    if end <= start:
        return 0
    months = (end.year - start.year) * 12 + (end.month - start.month)
    if add_months(start, months) > end:
        months -= 1
    return months


def split_months(start: date, end: date) -> tuple[int, int]:
    """Complete months from ``start`` to ``end`` and the days left over."""
    months = months_between(start, end)
    return months, (end - add_months(start, months)).days if end > start else 0


class Stretch(NamedTuple):
    """One unbroken stretch of work, ``start`` to ``end`` inclusive."""

    start: date
    end: date

    @property
    def stop(self) -> date:
        """The first day not worked (``end`` is the last day worked)."""
        return self.end + timedelta(days=1)


def merge(stretches: Iterable[Stretch]) -> list[Stretch]:
    """Union of possibly overlapping or touching stretches, sorted by start."""
    merged: list[Stretch] = []
    for s in sorted(stretches, key=lambda s: s.start):
        if merged and s.start <= merged[-1].stop:
            if s.end > merged[-1].end:
                merged[-1] = Stretch(merged[-1].start, s.end)
        else:
            merged.append(s)
    return merged


def worked_months(stretches: Iterable[Stretch]) -> tuple[int, int, int]:
    """Count the months worked in the union of ``stretches``.

    Each separate stretch counts its complete calendar months; the leftover
    days of separate stretches are pooled and every :data:`DAYS_PER_MONTH`
    of them make one more month. A single unbroken stretch counts complete
    calendar months only, as any duration does (SPEC §1: 2022-06-15 →
    2024-06-14 is 23 months, not 23 months and "30 days = 1 month"): pooling
    exists to combine the remainders of several stretches, not to round one up.

    Returns:
        ``(months, complete_months, leftover_days)`` where ``months`` is the
        total that counts.
    """
    complete = 0
    leftover = 0
    merged = merge(stretches)
    for s in merged:
        m, d = split_months(s.start, s.stop)
        complete += m
        leftover += d
    pooled = leftover // DAYS_PER_MONTH if len(merged) > 1 else 0
    return complete + pooled, complete, leftover


def clip(stretches: Iterable[Stretch], since: date) -> list[Stretch]:
    """The parts of ``stretches`` on or after ``since``."""
    out = []
    for s in stretches:
        if s.end >= since:
            out.append(Stretch(max(s.start, since), s.end))
    return out
