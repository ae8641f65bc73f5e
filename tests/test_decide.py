"""Deciding a level on standings: what a decision reads of an outcome, and on the order of
its dates alone (the batch's memo rests on both)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from mediaops.engine.decide import (
    Standing,
    Verdict,
    decide_level,
    on_order,
    restored,
    standing,
)
from mediaops.engine.evaluator import Evaluator
from mediaops.engine.facts import prepare
from mediaops.engine.outcome import Closer, Outcome, Record, Status
from mediaops.errors import InputError
from mediaops.models import Candidate
from mediaops.rules import EDITIONS, load_edition
from mediaops.terms import Education
from shared_examples import given_shared
from strategies import AS_OF, candidates

DAY0 = date(2026, 11, 27)

# a few dates close together, so that ties and equal dates are common
dates = st.integers(0, 6).map(lambda n: DAY0 + timedelta(days=365 * n))
standings = st.one_of(
    st.just(Standing(Status.met)),
    st.just(Standing(Status.unknown)),
    st.builds(
        Standing,
        st.just(Status.unmet),
        st.sampled_from([Closer.ladder, Closer.action, Closer.outside]),
    ),
    st.builds(
        Standing,
        st.just(Status.unmet),
        st.sampled_from([Closer.time, Closer.wait]),
        st.none() | dates,
        st.booleans(),
    ),
)
pathways = st.lists(st.lists(standings, min_size=1, max_size=3).map(tuple), min_size=1, max_size=4)
gates = st.lists(standings, max_size=2).map(tuple)


@given_shared(
    settings(max_examples=400),
    gate=gates,
    paths=pathways.map(tuple),
    held=st.booleans(),
    offered=st.booleans(),
)
def test_a_decision_on_the_order_of_its_dates_is_the_decision_on_the_dates(
    gate: tuple[Standing, ...],
    paths: tuple[tuple[Standing, ...], ...],
    held: bool,
    offered: bool,
) -> None:
    flat = gate + tuple(s for p in paths for s in p)
    ordered, back = on_order(flat)
    cut = len(gate)
    spans = []
    for p in paths:
        spans.append(ordered[cut : cut + len(p)])
        cut += len(p)
    on_stand_ins = decide_level(3, ordered[: len(gate)], tuple(spans), held=held, offered=offered)
    assert restored(on_stand_ins, back) == decide_level(3, gate, paths, held=held, offered=offered)


def test_dates_that_keep_their_order_share_one_decision() -> None:
    """Two candidates 1.5 and 0.5 years short of 4-1's 3 years: the remembering evaluator
    decides 四级 once (the same order of dates), and each gets its own date back."""
    evaluator = Evaluator(load_edition("summary"), memo=True)
    dates_back = []
    for years in (1.5, 2.5):
        facts = prepare(Candidate(education=Education.senior_high, experience=years), DAY0)
        decision = evaluator.evaluate(facts).decisions[0]
        assert Verdict.not_eligible == decision.status
        dates_back.append((decision.reachable_on, [r.on for r in decision.routes if r.on]))
    # 4-1 by time: 18 and 6 more months from 2026-11-27; 4-2 (1 year + training) at once
    assert [
        (date(2028, 5, 27), [date(2028, 5, 27)]),
        (date(2027, 5, 27), [date(2027, 5, 27)]),
    ] == dates_back
    assert 1 <= evaluator._decide.cache_info().hits  # type: ignore[attr-defined]


_REMEMBERING = {e: Evaluator(load_edition(e), memo=True) for e in EDITIONS}


@given_shared(
    settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]),
    candidate=candidates(),
    edition=st.sampled_from(sorted(EDITIONS)),
)
def test_a_remembering_evaluator_decides_as_a_plain_one(candidate: Candidate, edition: str) -> None:
    """Over generated candidates, the batch's evaluator (remembering outcomes, and decisions on
    the order of their dates, across candidates) gives what a plain one gives."""
    try:
        facts = prepare(candidate, AS_OF)
    except InputError:
        return
    plain = Evaluator(load_edition(edition)).evaluate(facts)
    remembered = _REMEMBERING[edition].evaluate(facts)
    assert plain.outcomes == remembered.outcomes
    assert plain.decisions == remembered.decisions


def test_outcomes_that_differ_only_in_their_words_stand_alike() -> None:
    a = Outcome(Status.met, 3.5)
    b = Outcome(Status.met, 7.25, notes=())
    assert standing(a) == standing(b) == Standing(Status.met)
    short = Outcome(Status.unmet, 1.0, Closer.time, date(2028, 1, 1), "short", Record.of(years=2.0))
    shorter = short._replace(actual=2.0, detail=Record.of(years=1.0))
    assert (
        standing(short)
        == standing(shorter)
        == Standing(Status.unmet, Closer.time, date(2028, 1, 1), False)
    )
    bound = short._replace(detail=Record.of(years=2.0, at_least=True))
    assert standing(bound).bound is True
    # what is not closed by time has no date to decide on
    diploma = Outcome(Status.unmet, None, Closer.outside, date(2030, 1, 1), "type")
    assert standing(diploma) == Standing(Status.unmet, Closer.outside)


def _route_working(*gaps: Standing) -> bool:
    """Whether the one route of a level of one pathway with ``gaps`` comes by work."""
    decision = decide_level(2, (), (gaps,))
    assert 1 == len(decision.routes)
    return decision.routes[0].working


def test_a_date_the_days_alone_bring_does_not_ask_for_work() -> None:
    """A certificate held for some years (T2-5) is a wait, not work: the route's date comes
    whether or not the candidate works; with a gap of work beside it, or a part not known
    that waits on a later date, it comes only with work."""
    wait = Standing(Status.unmet, Closer.wait, DAY0 + timedelta(days=180))
    work = Standing(Status.unmet, Closer.time, DAY0 + timedelta(days=90))
    later = Standing(Status.unknown, None, DAY0 + timedelta(days=400))
    assert not _route_working(wait, Standing(Status.met))
    assert _route_working(wait, work)
    assert _route_working(work)
    assert _route_working(wait, later)
    assert Closer.wait == standing(Outcome(Status.unmet, 1.5, Closer.wait, DAY0)).closer


def _route_dates(*parts: Standing) -> tuple[date | None, bool, bool]:
    """The one route of a level of one pathway with ``parts``: its date, and whether that date
    is the earliest or the latest it can be."""
    (route,) = decide_level(3, (), (parts,)).routes
    return route.on, route.earliest, route.latest


def test_a_date_a_part_not_known_pushes_back_is_the_latest() -> None:
    """A part not known that time meets whatever it is on a date (years after a dated 四级, the
    experience not given) may be met sooner: the route's date is the latest it can be when
    that part's date comes after every gap closes, and sure when a gap closes later anyway."""
    soon, late = DAY0 + timedelta(days=90), DAY0 + timedelta(days=700)
    unknown_late = Standing(Status.unknown, None, late)
    unknown_soon = Standing(Status.unknown, None, soon)
    gap_soon = Standing(Status.unmet, Closer.time, soon)
    gap_late = Standing(Status.unmet, Closer.time, late)
    # the part not known alone (the level undetermined), or beside a gap closed sooner
    assert (late, False, True) == _route_dates(unknown_late, Standing(Status.met))
    assert (late, False, True) == _route_dates(gap_soon, unknown_late)
    # a gap closed on the later date anyway: that date is sure
    assert (late, False, False) == _route_dates(gap_late, unknown_soon)
    assert (late, False, False) == _route_dates(gap_late, unknown_late)
    # gaps alone: sure; a gap known only as a bound: the earliest, never the latest
    assert (late, False, False) == _route_dates(gap_late)
    bound = Standing(Status.unmet, Closer.time, soon, True)
    assert (soon, True, False) == _route_dates(bound, unknown_late)
