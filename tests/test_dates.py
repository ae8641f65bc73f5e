"""Calendar arithmetic in complete months (SPEC §1), checked against hand-counted dates."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mediaops.dates import (
    Stretch,
    add_months,
    clip,
    merge,
    months_between,
    split_months,
    worked_months,
)
from mediaops.engine.series import _within, horizon

D = date.fromisoformat


class TestMonthsBetween:
    @pytest.mark.parametrize(
        ("start", "end", "months"),
        [
            ("2022-06-15", "2024-06-15", 24),  # SPEC §1 example
            ("2022-06-15", "2024-06-14", 23),  # SPEC §1 example
            ("2024-01-31", "2024-02-29", 1),  # month end: the last day completes the month
            ("2024-01-31", "2024-02-28", 0),
            ("2024-02-29", "2026-02-28", 24),  # leap day + 24 months = 2026-02-28
            ("2024-02-29", "2026-02-27", 23),
            ("2023-03-31", "2023-04-30", 1),
            ("2022-01-01", "2022-01-01", 0),
            ("2024-06-15", "2022-06-15", 0),  # end before start
        ],
    )
    def test_complete_calendar_months(self, start: str, end: str, months: int) -> None:
        """The count is of complete calendar months, month ends included."""
        assert months_between(D(start), D(end)) == months


class TestAddMonths:
    @pytest.mark.parametrize(
        ("start", "months", "result"),
        [
            ("2026-11-27", 6, "2027-05-27"),
            ("2024-01-31", 1, "2024-02-29"),
            ("2023-01-31", 1, "2023-02-28"),
            ("2024-02-29", 12, "2025-02-28"),
            ("2024-02-29", 48, "2028-02-29"),
            ("2026-03-31", -1, "2026-02-28"),
        ],
    )
    def test_keeps_the_day_or_takes_the_last_day(
        self, start: str, months: int, result: str
    ) -> None:
        """Adding N months keeps the day of the month, or the month's last day."""
        assert add_months(D(start), months) == D(result)


class TestSplitMonths:
    @pytest.mark.parametrize(
        ("start", "end", "months", "days"),
        [
            ("2022-06-15", "2024-06-14", 23, 30),  # 2024-05-15 + 30 days
            ("2022-06-15", "2024-06-15", 24, 0),
            ("2024-01-31", "2024-03-01", 1, 1),  # 2024-01-31 + 1 month = 2024-02-29, + 1 day
            ("2024-01-31", "2024-02-28", 0, 28),
            ("2024-06-15", "2022-06-15", 0, 0),  # end before start
        ],
    )
    def test_complete_months_and_days_left(
        self, start: str, end: str, months: int, days: int
    ) -> None:
        """The complete months and the days left after them."""
        assert (months, days) == split_months(D(start), D(end))


class TestClip:
    def test_keeps_only_the_part_on_or_after_the_date(self) -> None:
        """Stretches before the date go, one across it is cut there, later ones stay whole."""
        s = [
            Stretch(D("2019-01-01"), D("2019-12-31")),
            Stretch(D("2020-03-01"), D("2020-08-31")),
            Stretch(D("2021-01-01"), D("2021-06-30")),
        ]
        assert [
            Stretch(D("2020-06-15"), D("2020-08-31")),
            Stretch(D("2021-01-01"), D("2021-06-30")),
        ] == clip(s, D("2020-06-15"))

    def test_a_stretch_ending_on_the_date_keeps_that_day(self) -> None:
        """A stretch whose last day is the date keeps one day."""
        assert [Stretch(D("2020-06-15"), D("2020-06-15"))] == clip(
            [Stretch(D("2020-01-01"), D("2020-06-15"))], D("2020-06-15")
        )


class TestWorkedMonths:
    def test_overlapping_periods_count_once(self) -> None:
        """2020-01-01..2020-12-31 and 2020-07-01..2021-06-30 are 18 months, not 24."""
        s = [Stretch(D("2020-01-01"), D("2020-12-31")), Stretch(D("2020-07-01"), D("2021-06-30"))]
        assert worked_months(s) == (18, 18, 0)

    def test_touching_periods_merge(self) -> None:
        """A period starting the day after another ends continues it."""
        s = [Stretch(D("2020-01-15"), D("2020-03-14")), Stretch(D("2020-03-15"), D("2020-05-14"))]
        assert merge(s) == [Stretch(D("2020-01-15"), D("2020-05-14"))]
        assert worked_months(s)[0] == 4

    def test_leftover_days_of_separate_stretches_add_up_in_thirties(self) -> None:
        """Two stretches of 1 month + 15 days each make 3 months (30 leftover days)."""
        # 2020-01-01..2020-02-15: stop 2020-02-16 → 1 month + 15 days
        # 2021-01-01..2021-02-15: the same
        s = [Stretch(D("2020-01-01"), D("2020-02-15")), Stretch(D("2021-01-01"), D("2021-02-15"))]
        assert worked_months(s) == (3, 2, 30)

    def test_leftover_days_short_of_thirty_do_not_count(self) -> None:
        """Leftover days that add up to 29 make no month."""
        # 2020-03-01..2020-03-14 is 14 days; 2021-03-01..2021-03-15 is 15 days
        s = [Stretch(D("2020-03-01"), D("2020-03-14")), Stretch(D("2021-03-01"), D("2021-03-15"))]
        assert worked_months(s) == (0, 0, 29)

    def test_a_single_stretch_counts_complete_months_only(self) -> None:
        """One stretch of 35 months and 30 days is 35 months: only separate stretches pool days."""
        # last day worked 2024-06-13, so the first day not worked is 2024-06-14:
        # 2021-06-15 → 2024-05-15 is 35 months, then 30 days to 2024-06-14
        s = [Stretch(D("2021-06-15"), D("2024-06-13"))]
        assert worked_months(s) == (35, 35, 30)


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(9000, 12, 31)),
    st.integers(min_value=0, max_value=70 * 366),
)
def test_a_date_is_within_the_horizon_as_the_horizon_says(as_of: date, days: int) -> None:
    """The cheap test of a reached date (whole years apart first) agrees with
    :func:`~mediaops.engine.series.horizon`: 60 years ahead, never past 9000-12-31."""
    when = as_of + timedelta(days=days)
    assert (when if when <= horizon(as_of) else None) == _within(as_of, when)


@pytest.mark.parametrize(
    ("as_of", "last"),
    [
        (date(2026, 11, 27), date(2086, 11, 27)),
        (date(2024, 2, 29), date(2084, 2, 29)),
        (date(2023, 2, 28), date(2083, 2, 28)),
        (date(8960, 6, 1), date(9000, 12, 31)),
    ],
)
def test_the_horizon(as_of: date, last: date) -> None:
    """60 years ahead (the day kept, or the month's last), never past 9000-12-31."""
    assert last == horizon(as_of)
