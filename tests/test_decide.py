"""Deciding a level on standings: what a decision reads of an outcome, and on the order of
its dates alone (the batch's memo rests on both)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from mediaops.engine.decide import (
    Opens,
    Standing,
    Verdict,
    decide_level,
    on_order,
    restored,
    standing,
)
from mediaops.engine.outcome import Closer, Outcome, Record, Status

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
        Standing, st.just(Status.unmet), st.just(Closer.time), st.none() | dates, st.booleans()
    ),
)
pathways = st.lists(st.lists(standings, min_size=1, max_size=3).map(tuple), min_size=1, max_size=4)
gates = st.lists(standings, max_size=2).map(tuple)


@settings(max_examples=400)
@given(gate=gates, paths=pathways.map(tuple), held=st.booleans(), offered=st.booleans())
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
    # two candidates: 1 and 2 years short of 3-x, in one order; their stand-ins are equal
    early = (Standing(Status.unmet, Closer.time, date(2027, 5, 1)),)
    late = (Standing(Status.unmet, Closer.time, date(2029, 1, 9)),)
    assert on_order(early)[0] == on_order(late)[0]
    decided = decide_level(3, (), (early, late))
    assert decided.status is Verdict.not_eligible
    assert decided.reachable_on == date(2027, 5, 1)
    assert [r.on for r in decided.routes] == [date(2027, 5, 1), date(2029, 1, 9)]
    assert all(r.opens is Opens.time for r in decided.routes)


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
