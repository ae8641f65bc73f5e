"""Experience known only as a bound (a sheet's ``3年以上``, ``3-5年``, ``不到2年``), clause by
clause: the fewest years settle the conditions asking for no more, the most years those
asking for more, and every condition in between stays unknown (SPEC, three-valued
evaluation). Each expected value is worked out from the requirements (rules/*.toml):

- 4-1: ≥ 3 years; 4-2: ≥ 1 year and 四级 training;
- 3-2: a 四级 certificate, 大专 or above in a related major, ≥ 2 years of work after it;
- 2-1: a 三级 certificate and ≥ 4 years of work after it (the summary's 一定年限, taken as 4).

The evaluation date is 2026-11-27 throughout.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from mediaops.engine.decide import Verdict
from mediaops.engine.evaluator import Evaluator
from mediaops.engine.facts import prepare_facts
from mediaops.errors import InputError
from mediaops.models import Certificate, Diploma
from mediaops.report import Report
from mediaops.rules import load_edition

AS_OF = date(2026, 11, 27)
SUMMARY = load_edition("summary")
E, N, U, H = Verdict.eligible, Verdict.not_eligible, Verdict.undetermined, Verdict.held

HIGH_SCHOOL = (Diploma(education="高中"),)
ASSOCIATE = (Diploma(education="大专", major="相关"),)


def report(**facts: Any) -> Report:
    return Report(Evaluator(SUMMARY).evaluate(prepare_facts(AS_OF, **facts)))


@pytest.mark.parametrize(
    ("facts", "level", "status", "reachable_on"),
    [
        # 4-1 (3 years): at most exactly 3 may meet it (and from 0 up, time alone meets it
        # three years on whatever they are); at most 2.99 cannot, and 3 years come no
        # earlier than a month on (35.88 months + 1 ≥ 36)
        ({"experience_at_most": 3.0}, 4, U, date(2029, 11, 27)),
        ({"experience_at_most": 2.99}, 4, N, date(2026, 12, 27)),
        ({"experience_at_least": 2.0, "experience_at_most": 3.0}, 4, U, date(2027, 11, 27)),
        ({"experience_at_least": 3.0, "experience_at_most": 5.0}, 4, E, None),
        # at most 1 year: 3 years two years on at the earliest
        ({"experience_at_most": 1.0}, 4, N, date(2028, 11, 27)),
        # 4-2 (1 year and training): at most exactly 1 may meet it (a year on it is met
        # whatever), 0.99 cannot
        ({"experience_at_most": 1.0, "trainings": {4}}, 4, U, date(2027, 11, 27)),
        ({"experience_at_most": 0.99, "trainings": {4}}, 4, N, date(2026, 12, 27)),
    ],
)
def test_a_high_school_diploma_and_a_bound(
    facts: dict[str, Any], level: int, status: Verdict, reachable_on: date | None
) -> None:
    result = report(diplomas=HIGH_SCHOOL, **facts).level(level)
    assert (result.status, result.reachable_on) == (status, reachable_on)


@pytest.mark.parametrize(
    ("certificate", "facts", "status"),
    [
        # 3-2: 2 years of work after the 四级. With no date, those years are at most the
        # experience: at most 2 may meet it, at most 1.99 cannot
        (Certificate(level=4), {"experience_at_most": 2.0}, U),
        (Certificate(level=4), {"experience_at_most": 1.99}, N),
        # dated long ago: the years after it are at most the experience still
        (Certificate(level=4, date=date(2015, 1, 1)), {"experience_at_most": 1.99}, N),
        (Certificate(level=4, date=date(2015, 1, 1)), {"experience_at_most": 2.0}, U),
        # dated a year ago: at most the year since, whatever the experience's most
        (Certificate(level=4, date=date(2025, 11, 27)), {"experience_at_most": 5.0}, N),
        # at least 3 years, dated long ago: continuous work since gives at least 3 after it
        (
            Certificate(level=4, date=date(2015, 1, 1)),
            {"experience_at_least": 3.0, "experience_at_most": 5.0},
            E,
        ),
    ],
)
def test_years_after_a_certificate_and_a_bound(
    certificate: Certificate, facts: dict[str, Any], status: Verdict
) -> None:
    result = report(diplomas=ASSOCIATE, certificates=(certificate,), **facts).level(3)
    assert result.status is status


def test_a_bound_from_above_dates_a_level_as_the_earliest_it_can_be() -> None:
    """At most 1.5 years, a 四级 of 2015: 3-2's 2 years after it come no earlier than half a
    year on, and the date says it is only the earliest (the exact years may be fewer)."""
    result = report(
        diplomas=ASSOCIATE,
        certificates=(Certificate(level=4, date=date(2015, 1, 1)),),
        experience_at_most=1.5,
    ).level(3)
    assert (result.status, result.reachable_on) == (N, date(2027, 5, 27))
    assert result.reachable_on_earliest
    assert any(n.key == "note.ceiling_certificate" for n in result.notes)


def test_with_what_is_held_not_known_the_most_years_still_settle_years_after_it() -> None:
    """2-1 asks for 4 years of work after a 三级: with the certificates not known and the
    experience at most 3.99 years, no years after anything reach 4."""
    short = report(diplomas=HIGH_SCHOOL, certificates=None, experience_at_most=3.99).level(2)
    maybe = report(diplomas=HIGH_SCHOOL, certificates=None, experience_at_most=4.0).level(2)
    assert (short.status, maybe.status) == (N, U)


def test_more_years_after_a_certificate_than_the_most_in_all_contradict() -> None:
    with pytest.raises(InputError) as caught:
        prepare_facts(
            AS_OF,
            certificates=(Certificate(level=4, years_after=3.0),),
            experience_at_most=2.0,
        )
    assert caught.value.msg.key == "err.after_exceeds_most"
    # it said "exceed the most years of experience in total given (2)"
    assert caught.value.msg.format("en") == (
        "the years since the level-4 certificate (3) exceed the experience in total, given as "
        "at most 2 years."
    )
    # as many as the most: no contradiction
    prepare_facts(
        AS_OF, certificates=(Certificate(level=4, years_after=2.0),), experience_at_most=2.0
    )


def test_a_work_history_of_more_than_the_most_contradicts_it() -> None:
    from mediaops.models import WorkPeriod

    history = (WorkPeriod(start=date(2020, 1, 1), end=date(2025, 12, 31)),)
    with pytest.raises(InputError) as caught:
        prepare_facts(AS_OF, work_history=history, experience_at_most=3.0)
    assert caught.value.msg.key == "err.history_above_bound"
    # beside a history of about as many years, the bound is only checked against it
    facts = prepare_facts(AS_OF, work_history=history, experience_at_most=6.0)
    assert facts.experience_ceiling is None


def test_a_most_below_the_fewest_is_refused() -> None:
    with pytest.raises(ValueError, match="experience_at_most"):
        prepare_facts(AS_OF, experience_at_least=3.0, experience_at_most=2.0)


@pytest.mark.parametrize(
    "bound",
    [
        # NaN at least made 三级 eligible (2 years after a 四级 of 2015 "met"), -1 to -0.5
        # 四级 not eligible on a date past the bound's: no number of years is neither
        {"experience_at_least": float("nan")},
        {"experience_at_most": float("nan")},
        {"experience_at_least": -1.0, "experience_at_most": -0.5},
        {"experience_at_most": -1.0},
        {"experience_at_least": float("inf")},
        {"experience_at_most": float("inf")},
    ],
)
def test_a_bound_that_is_no_number_of_years_is_refused(bound: dict[str, float]) -> None:
    certificates = (Certificate(level=4, date=date(2015, 1, 1)),)
    with pytest.raises(ValueError, match="no number of years"):
        prepare_facts(AS_OF, diplomas=ASSOCIATE, certificates=certificates, **bound)


@pytest.mark.parametrize(
    ("bound", "reachable_on"),
    [
        # at least and at most 2 (2-2年): 2 years exactly, so 4-1's 3 years a year on for
        # sure, not "at the earliest"; at most 0 is none, 3 years on
        ({"experience_at_least": 2.0, "experience_at_most": 2.0}, date(2027, 11, 27)),
        ({"experience_at_most": 0.0}, date(2029, 11, 27)),
    ],
)
def test_a_bound_whose_ends_are_one_gives_the_years(
    bound: dict[str, float], reachable_on: date
) -> None:
    result = report(diplomas=HIGH_SCHOOL, **bound).level(4)
    assert (result.status, result.reachable_on, result.reachable_on_earliest) == (
        N,
        reachable_on,
        False,
    )


@pytest.mark.parametrize(
    ("certificate", "asked"),
    [
        # 3-2's 2 years after a 四级 of 2015, the experience at most 2: what is missing is
        # the years since it (it asked for its date, which was given)
        (Certificate(level=4, date=date(2015, 1, 1)), "或取得四级证书后的从业年限"),
        (Certificate(level=4), "请提供取得四级证书的日期"),  # undated: its date
    ],
)
def test_what_is_asked_of_a_certificate_whose_years_the_most_bounds(
    certificate: Certificate, asked: str
) -> None:
    result = report(diplomas=ASSOCIATE, certificates=(certificate,), experience_at_most=2.0)
    (missing,) = result.level(3).missing
    assert result.level(3).status is U
    assert asked in missing.format("zh")


@pytest.mark.parametrize(
    ("facts", "level", "status", "reachable_on"),
    [
        # fewer than 3 years (不到3年): 4-1's 3 are not met (at most 3 left them open), and
        # in complete months (SPEC) at most 35, so a month on at the earliest
        ({"experience_at_most": 3.0, "experience_most_excluded": True}, 4, N, date(2026, 12, 27)),
        # fewer than 2 (不到2年): at most 23 months, 36 come 13 months on at the earliest
        ({"experience_at_most": 2.0, "experience_most_excluded": True}, 4, N, date(2027, 12, 27)),
        # two-odd (2年多): fewer than 3, more than 2
        (
            {
                "experience_at_least": 2.0,
                "experience_at_most": 3.0,
                "experience_most_excluded": True,
            },
            4,
            N,
            date(2026, 12, 27),
        ),
        # fewer than 1 year (不满1年) and the training: 4-2's 1 year not met
        (
            {"experience_at_most": 1.0, "experience_most_excluded": True, "trainings": {4}},
            4,
            N,
            date(2026, 12, 27),
        ),
    ],
)
def test_a_most_left_out_is_not_reached(
    facts: dict[str, Any], level: int, status: Verdict, reachable_on: date | None
) -> None:
    result = report(diplomas=HIGH_SCHOOL, **facts).level(level)
    assert (result.status, result.reachable_on, result.reachable_on_earliest) == (
        status,
        reachable_on,
        True,
    )


def test_a_most_left_out_bounds_the_years_after_a_certificate() -> None:
    """3-2's 2 years after a 四级 (no date), the experience fewer than 2: not met, a month on
    at the earliest; 2 years given after it are let pass (as many as the most written)."""
    fewer = {"experience_at_most": 2.0, "experience_most_excluded": True}
    short = report(diplomas=ASSOCIATE, certificates=(Certificate(level=4),), **fewer).level(3)
    assert (short.status, short.reachable_on) == (N, date(2026, 12, 27))
    given = (Certificate(level=4, years_after=2.0),)
    assert report(diplomas=ASSOCIATE, certificates=given, **fewer).level(3).status is E
