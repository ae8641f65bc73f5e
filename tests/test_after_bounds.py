"""The years worked since a certificate known only as a bound (a sheet's 取证后年限
``5年以上``, ``1-3年``, ``不到2年``), clause by clause: the fewest years settle the conditions
asking for no more, the most years those asking for more, and every condition in between
stays unknown (SPEC, three-valued evaluation) — never the continuous work since the date
that the facts assume when no years are given. Each expected value is worked out from the
requirements (rules/*.toml):

- 3-2: a 四级 certificate, 大专 or above in a related major, ≥ 2 years of work after it;
- 2-1: a 三级 certificate and ≥ 4 years of work after it (the summary's 一定年限, taken as 4);
- T2-5 (template-2023): a technician-class student of a technician college who has held a
  三级 certificate for ≥ 2 years.

Durations count in complete months (SPEC): a condition short by part of a month is met a
whole month on. The evaluation date is 2026-11-27 throughout.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

import pytest

from mediaops.engine.decide import Verdict
from mediaops.engine.evaluator import Evaluator
from mediaops.engine.facts import Bound, prepare_facts
from mediaops.engine.outcome import Need
from mediaops.errors import InputError
from mediaops.models import Certificate, Diploma, WorkPeriod
from mediaops.report import Report
from mediaops.report.relevance import given_facts, readings, scope
from mediaops.rules import load_edition

AS_OF = date(2026, 11, 27)
SUMMARY = load_edition("summary")
TEMPLATE = load_edition("template-2023")
E, N, U = Verdict.eligible, Verdict.not_eligible, Verdict.undetermined

ASSOCIATE = (Diploma(education="大专", major="相关"),)
LONG_AGO = date(2015, 1, 1)


def report(bound: Bound, *, edition: str = "summary", **facts: Any) -> Report:
    facts.setdefault("diplomas", ASSOCIATE)
    prepared = prepare_facts(AS_OF, years_after_bounds={0: bound}, **facts)
    return Report(Evaluator(SUMMARY if edition == "summary" else TEMPLATE).evaluate(prepared))


@pytest.mark.parametrize(
    ("bound", "status", "reachable_on"),
    [
        # 3-2 asks for 2 years after the 四级. At least exactly 2 meet it; at least 1.99 do
        # not settle it (met a month on whatever they are: 23.88 + 1 ≥ 24)
        (Bound(2.0), E, None),
        (Bound(1.99), U, date(2026, 12, 27)),
        # at most exactly 2 may meet it (and from 0 up, time alone meets it two years on);
        # at most 1.99, or fewer than 2 (不到2年), cannot: a month on at the earliest
        (Bound(0.0, 2.0), U, date(2028, 11, 27)),
        (Bound(0.0, 1.99), N, date(2026, 12, 27)),
        (Bound(0.0, 2.0, below=True), N, date(2026, 12, 27)),
        # 1-3年: unknown, met a year on whatever they are; 2年多 (2 up to 3): met
        (Bound(1.0, 3.0), U, date(2027, 11, 27)),
        (Bound(2.0, 3.0, below=True), E, None),
        # both ends one (2-2年): the years exactly
        (Bound(2.0, 2.0), E, None),
        (Bound(1.5, 1.5), N, date(2027, 5, 27)),
    ],
)
def test_a_dated_level_4_certificate_and_ten_years(
    bound: Bound, status: Verdict, reachable_on: date | None
) -> None:
    """Ten years of experience and a 四级 of 2015: without the bound, continuous work since the
    date would give ten years after it (3-2 met); the bound says otherwise."""
    certificate = Certificate(level=4, date=LONG_AGO)
    result = report(bound, experience=10.0, certificates=[certificate]).level(3)
    assert (result.status, result.reachable_on) == (status, reachable_on)


@pytest.mark.parametrize(
    ("bound", "experience", "status"),
    [
        # 2-1 asks for 4 years after the 三级, given with no date
        (Bound(4.0), 10.0, E),
        (Bound(3.99), 10.0, U),
        (Bound(0.0, 3.99), 10.0, N),
        (Bound(0.0, 4.0, below=True), 10.0, N),  # 不到4年
        (Bound(3.0, 5.0), 10.0, U),
        # with the experience not given, at least 5 years after it are at least 5 in all
        (Bound(5.0), None, E),
        (Bound(0.0, 3.0), None, N),
    ],
)
def test_an_undated_level_3_certificate(
    bound: Bound, experience: float | None, status: Verdict
) -> None:
    result = report(bound, experience=experience, certificates=[Certificate(level=3)]).level(2)
    assert status == result.status


@pytest.mark.parametrize(
    ("bound", "status"),
    [
        # 3-2 asks for 2 years after the 四级: at most 1.99 cannot meet it, 1 to 3 may or may
        # not, and so may at least 1; at least 2 do
        (Bound(0.0, 1.99), N),
        (Bound(1.0, 3.0), U),
        (Bound(1.0), U),
        (Bound(2.0), E),
    ],
)
def test_the_experience_said_to_be_at_least_some_years_counts_no_work_since(
    bound: Bound, status: Verdict
) -> None:
    """A 四级 of 2015 and at least 5 years of experience (a sheet's 工作年限 5年以上): with no
    years since the 四级 said, continuous work since its date would give at least 5 after it;
    the bound says how many there are (3-2 was met by 1-3年 and by 不到2年)."""
    certificate = Certificate(level=4, date=LONG_AGO)
    found = report(bound, experience_at_least=5.0, certificates=[certificate])
    assert status == found.level(3).status


@pytest.mark.parametrize(
    "certificate",
    [Certificate(level=3), Certificate(level=3, date=LONG_AGO)],
    ids=["undated", "dated"],
)
def test_an_unknown_bound_asks_for_the_exact_years_since(certificate: Certificate) -> None:
    """A 三级 whose years since it are 3 to 5, beside 10 years of experience: what settles
    2-1 is those years exactly, not its date nor the experience in all (neither replaces the
    bound), which the request named ("请提供累计从业年限(或取得三级证书后的从业年限)")."""
    found = report(Bound(3.0, 5.0), experience=10.0, certificates=[certificate])
    needs = [m for m in found.missing_facts if 2 in m.levels]
    assert ["exact_years_after_certificate"] == [m.need.id for m in needs]
    assert "请提供取得三级证书后的确切从业年限" == needs[0].msg.format("zh")


def test_a_bound_that_meets_a_condition_says_so() -> None:
    """Met by the bound's fewest (2-1's 4 years by 5年以上), the verdict rests on the sheet's
    bound, not on years given: the report says so, as it does for the experience's bound."""
    found = report(Bound(5.0, text="5年以上"), experience=10.0, certificates=[Certificate(level=3)])
    assert E == found.level(2).status
    said = [n for n in found.notes if n.key == "note.said_least_certificate"]
    assert ["三级证书取证后从业年限只给出下限:至少 5 年"] == [n.format("zh") for n in said]


def test_a_bound_cut_short_says_the_date_is_the_earliest() -> None:
    """Unmet by the bound's most: the note says the years are given as a bound, and the date
    is the earliest possible."""
    found = report(Bound(0.0, 1.0), experience=10.0, certificates=[Certificate(level=4)])
    notes = [n.key for n in found.notes]
    assert "note.said_certificate" in notes
    assert found.level(3).reachable_on_earliest


@pytest.mark.parametrize(
    ("facts", "note"),
    [
        # no experience: at most the 1.83 years since 2025-01-01 (the bound has no most)
        ({"certificates": [Certificate(level=3, date=date(2025, 1, 1))]}, "time_since"),
        # no date: at most the 3 years of experience in all
        ({"certificates": [Certificate(level=3)], "experience": 3.0}, "experience"),
    ],
    ids=["time since the date", "experience"],
)
def test_a_bound_with_no_most_does_not_say_it_cut_the_years(
    facts: dict[str, Any], note: str
) -> None:
    """2-1's 4 years after a 三级 said to be at least 1 (1年以上) fall short of what else
    bounds them: the note says what does (the time since its date, the experience in all),
    not that the years are given as a bound "at most 1.83 years", which 1年以上 never says."""
    found = report(Bound(1.0), **facts)
    assert N == found.level(2).status
    notes = [n.key for n in found.notes]
    assert f"note.{note}_certificate" in notes
    assert "note.said_certificate" not in notes


@pytest.mark.parametrize(
    ("bound", "facts", "text"),
    [
        # 不到2年: fewer than 2, not "at most 2" (the date counts from 1 year 11 months)
        (Bound(0.0, 2.0, below=True), {"experience": 10.0}, "只给出范围:不到 2 年,日期为最早可能"),
        (Bound(1.0, 3.0), {"experience": 10.0}, "只给出范围:1 至 3 年,日期为最早可能"),
        # a 三级 of 2025-03-01 beside 10 years in all and 1年以上: the years since it are at
        # most the time since its date (2025-03-01 to 2026-11-27: 20 whole months, 1.67
        # years), never "given as a bound: at most 1.67 years"
        (
            Bound(1.0),
            {"experience": 10.0, "date": date(2025, 3, 1)},
            "只给出范围(至少 1 年),至多为自取证日 2025-03-01 以来的 1.67 年,日期为最早可能",
        ),
        # a 三级 of 2020 beside 1.5 years in all and 1年以上: at most the 1.5 years in all
        (
            Bound(1.0),
            {"experience": 1.5, "date": date(2020, 3, 1)},
            "只给出范围(至少 1 年),至多为累计从业 1.5 年,日期为最早可能",
        ),
    ],
    ids=["below", "range", "time since the date", "experience in all"],
)
def test_a_bound_that_falls_short_says_what_caps_the_years(
    bound: Bound, facts: dict[str, Any], text: str
) -> None:
    """2-1's 4 years after a 三级 fall short: the note gives the bound as it was said and
    what caps the years (its most, the time since the date, the experience in all)."""
    day = facts.pop("date", None)
    found = report(bound, certificates=[Certificate(level=3, date=day)], **facts)
    assert N == found.level(2).status
    said = [n.format("zh") for n in found.notes if n.key.startswith("note.said_")]
    assert ["三级证书取证后从业年限" + text] == said


@pytest.mark.parametrize(
    ("bound", "status"),
    [(Bound(2.0), E), (Bound(1.99), U), (Bound(0.0, 1.5), U)],
)
def test_held_for_two_years_by_the_years_worked_since(bound: Bound, status: Verdict) -> None:
    """T2-5 (held a 三级 for 2 years) with no date: at least 2 years of work since it prove
    it held that long; at most 1.5 do not say it was not (held longer than worked since)."""
    student = (Diploma(education="technician_college", school_class="technician", graduating=True),)
    found = report(bound, edition="template", diplomas=student, certificates=[Certificate(level=3)])
    assert status == found.level(2).status


@pytest.mark.parametrize(
    ("facts", "bound", "key"),
    [
        # at least 2 years of work since a certificate of a year ago
        ({"certificates": [Certificate(level=3, date=date(2025, 11, 27))]}, Bound(2.0), "elapsed"),
        # at least 5 years since it, 3 in all
        ({"certificates": [Certificate(level=3)], "experience": 3.0}, Bound(5.0), "total"),
        # at least 3 years since it, a work history of 2 years in all (no date to count from)
        (
            {
                "certificates": [Certificate(level=3)],
                "work_history": [WorkPeriod(start=date(2024, 1, 1), end=date(2025, 12, 31))],
            },
            Bound(3.0),
            "total",
        ),
        # at least 5 years since it, at most 3 in all (a sheet's 工作年限 3年以下)
        ({"certificates": [Certificate(level=3)], "experience_at_most": 3.0}, Bound(5.0), "most"),
        # at least 3 years since it, fewer than 3 in all (a sheet's 工作年限 不到3年)
        (
            {
                "certificates": [Certificate(level=4)],
                "experience_at_most": 3.0,
                "experience_most_excluded": True,
            },
            Bound(3.0),
            "below",
        ),
        # a work history of 4 years since the certificate's date, said to be at most 2
        (
            {
                "certificates": [Certificate(level=3, date=date(2022, 11, 27))],
                "work_history": [WorkPeriod(start=date(2020, 1, 1))],
            },
            Bound(0.0, 2.0),
            "history",
        ),
    ],
)
def test_a_bound_that_contradicts_the_facts(facts: dict[str, Any], bound: Bound, key: str) -> None:
    with pytest.raises(InputError) as caught:
        report(bound, **facts)
    expected = {
        "elapsed": "err.after_exceeds_elapsed",
        "total": "err.after_exceeds_total",
        "most": "err.after_exceeds_most",
        "below": "err.after_exceeds_below",
        "history": "err.after_bound_history",
    }[key]
    assert expected == caught.value.msg.key


def test_a_work_history_within_the_bound_counts_exactly() -> None:
    """A work history giving 4 years since the 三级's date, said to be 3 to 5: the history's
    4 years count (2-1 met), the bound agreeing with them."""
    found = report(
        Bound(3.0, 5.0),
        certificates=[Certificate(level=3, date=date(2022, 11, 27))],
        work_history=[WorkPeriod(start=date(2020, 1, 1))],
    )
    assert E == found.level(2).status


@pytest.mark.parametrize(
    ("certificates", "bounds"),
    [
        ([Certificate(level=3)], {1: Bound(2.0)}),  # no such certificate
        ([Certificate(level=3, years_after=2.0)], {0: Bound(2.0)}),  # its years given
        ([Certificate(level=3)], {0: Bound(-1.0)}),
        ([Certificate(level=3)], {0: Bound(math.nan)}),
        ([Certificate(level=3)], {0: Bound(0.0, math.inf)}),
        ([Certificate(level=3)], {0: Bound(3.0, 2.0)}),
        ([Certificate(level=3)], {0: Bound(2.0, 2.0, below=True)}),  # fewer than 2, at least 2
        # more years than anyone works (a certificate's years_after is at most 80)
        ([Certificate(level=3)], {0: Bound(81.0)}),
        ([Certificate(level=3)], {0: Bound(0.0, 1e308)}),
        ([Certificate(level=3)], {0: Bound(1000.0, 1000.0)}),
    ],
)
def test_a_bound_that_is_no_bound(
    certificates: list[Certificate], bounds: dict[int, Bound]
) -> None:
    with pytest.raises(ValueError, match="years_after_bounds"):
        prepare_facts(AS_OF, certificates=certificates, years_after_bounds=bounds)


def test_the_years_since_are_tried_within_the_bound() -> None:
    """Which missing facts could change a verdict is found by trying values of each: the
    years since a certificate said to be 1 to 3 are tried at 1 to 3 only."""
    found = report(Bound(1.0, 3.0), experience=10.0, certificates=[Certificate(level=4)])
    given = given_facts(found.facts)
    tried = []
    for reading in readings(
        Need.of("years_after_certificate", level=4), scope(found.evaluation, 1)
    ):
        filled = reading.fill(given)
        assert filled.certificates is not None
        tried.append(filled.certificates[0].years_after)
        assert () == filled.years_after_bounds  # given exactly now
    assert tried
    assert all(1.0 <= t <= 3.0 for t in tried), tried


def test_years_after_over_the_work_history_say_both_numbers_in_both_languages() -> None:
    """3.6 years typed after a 三级 of 2019-01-01, where the work history gives 24 months
    (2019-01 to 2021-01) and 17 more (2025-06-01 to 2026-11-27): 41 months, 3.42 years, by
    hand. Refused, each language naming the years typed, the date, the history's years and
    that the two contradict."""
    work = [
        WorkPeriod(start=date(2016, 1, 1), end=date(2021, 1, 1)),
        WorkPeriod(start=date(2025, 6, 1)),
    ]
    cert = Certificate(level=3, date=date(2019, 1, 1), years_after=3.6)
    with pytest.raises(InputError) as caught:
        prepare_facts(AS_OF, work_history=work, certificates=[cert])
    zh, en = (caught.value.msg.format(lang) for lang in ("zh", "en"))
    for text in (zh, en):
        assert all(word in text for word in ("3.6", "2019-01-01", "3.42"))
    assert "两者矛盾" in zh
    assert "the two contradict" in en
