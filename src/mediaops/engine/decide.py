"""Pathways and levels decided from outcomes: the one place verdicts are made.

SPEC §1: a pathway is unmet if any condition is unmet, else unknown if any is
unknown, else met; a level is eligible if any pathway is met, else
undetermined if any is unknown, else not eligible; a blocking general
condition joins every level with a three-valued AND. A level for which a
certificate of that level or higher is held is ``held`` (before anything
else); a level the candidate's direction does not have is ``not_offered``.

For a level not reached this module also says which pathway is closest,
when time alone would make it eligible, and every route to it, nearest first
(:class:`Route`). Only outcomes are read here, never facts or wording, so
``check``, ``plan`` and ``batch`` decide alike.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import NamedTuple

from .outcome import Closer, Outcome, Status, all_of, any_of


class Verdict(StrEnum):
    """The outcome for a level."""

    eligible = "eligible"
    not_eligible = "not_eligible"
    undetermined = "undetermined"
    held = "held"
    not_offered = "not_offered"


class Opens(StrEnum):
    """How a route to a level not reached opens (see :class:`Route`)."""

    met = "met"  # the pathway holds; the level waits on a general condition
    action = "action"  # one action (formal training), then at once or on a date
    time = "time"  # time alone, on a date, if the candidate keeps working
    facts = "facts"  # facts not given would settle it
    other = "other"  # a certificate of the level below, a diploma, a title …


class Route(NamedTuple):
    """One pathway to a level not reached, and how it opens.

    Attributes:
        pathway: its index in the level.
        opens: how it opens.
        on: the date it opens once the action is done (``action``), or by time
            alone (``time``); None for ``action``: at once.
    """

    pathway: int
    opens: Opens
    on: date | None = None


class Decision(NamedTuple):
    """A level's verdict and what it rests on, as decided from outcomes.

    Indices name pathways within the level and conditions within the gate
    (the blocking general conditions, in ruleset order).

    Attributes:
        level: 4, 3, 2 or 1.
        status: the verdict.
        qualifying: the pathways met (eligible).
        closest: for a level not reached, the pathway nearest to being met.
        blocked_by: gate conditions not met.
        unsettled: gate conditions unknown that would settle an undetermined level.
        reachable_on: when time alone makes the level eligible, if it does.
        relied: the pathways the verdict rests on (met ones, or the closest).
        routes: for a level not reached, every pathway and how it opens, nearest first.
    """

    level: int
    status: Verdict
    qualifying: tuple[int, ...] = ()
    closest: int | None = None
    blocked_by: tuple[int, ...] = ()
    unsettled: tuple[int, ...] = ()
    reachable_on: date | None = None
    relied: tuple[int, ...] = ()
    routes: tuple[Route, ...] = ()


def pathway_status(outcomes: tuple[Outcome, ...]) -> Status:
    """A pathway holds when all of its conditions hold (three-valued AND)."""
    return all_of(o.status for o in outcomes)


def pathway_reach(outcomes: tuple[Outcome, ...]) -> date | None:
    """When time alone completes a pathway: every condition not met is a gap time closes."""
    waiting = [o for o in outcomes if o.status is not Status.met]
    if not waiting or any(o.closer is not Closer.time or o.reachable_on is None for o in waiting):
        return None
    return max(o.reachable_on for o in waiting if o.reachable_on is not None)


def _distance(outcomes: tuple[Outcome, ...]) -> tuple[int, int, int, int, date]:
    """How far a pathway is from being met, for choosing the closest.

    Fewest gaps only something outside the ladder closes (a diploma, training —
    not a certificate of the level below, which the ladder brings), then fewest
    gaps time will not close, then fewest gaps, then fewest unknowns, then the
    earliest date time closes its gaps.
    """
    gaps = [o for o in outcomes if o.status is Status.unmet]
    outside = sum(1 for o in gaps if o.closer in (Closer.outside, Closer.action))
    stuck = sum(1 for o in gaps if o.closer is not Closer.time)
    unknowns = sum(1 for o in outcomes if o.status is Status.unknown)
    when = max((o.reachable_on or date.max for o in gaps), default=date.min)
    return outside, stuck, len(gaps), unknowns, when


def route(index: int, outcomes: tuple[Outcome, ...]) -> Route:
    """How one pathway of a level not reached opens."""
    status = pathway_status(outcomes)
    if status is Status.met:
        return Route(index, Opens.met)
    if status is Status.unknown:
        return Route(index, Opens.facts)
    gaps = [o for o in outcomes if o.status is Status.unmet]
    if any(o.closer not in (Closer.action, Closer.time) for o in gaps):
        return Route(index, Opens.other)
    timed = [o.reachable_on for o in gaps if o.closer is Closer.time]
    if any(d is None for d in timed):
        return Route(index, Opens.other)  # time alone never gets there
    on = max((d for d in timed if d is not None), default=None)
    if any(o.closer is Closer.action for o in gaps):
        return Route(index, Opens.action, on)
    return Route(index, Opens.time, on)


_OPENS_ORDER = {Opens.met: 0, Opens.action: 1, Opens.time: 2, Opens.facts: 3, Opens.other: 4}


def routes(pathways: tuple[tuple[Outcome, ...], ...]) -> tuple[Route, ...]:
    """Every pathway of a level not reached, nearest first.

    A route one action opens (formal training) comes before one that waits for
    time, at once before on a date; then routes time alone opens, soonest
    first; then those facts not given would settle; then the rest by distance.
    """
    found = [route(i, outs) for i, outs in enumerate(pathways)]
    return tuple(
        sorted(
            found,
            key=lambda r: (
                _OPENS_ORDER[r.opens],
                r.on or date.min,
                _distance(pathways[r.pathway]),
                r.pathway,
            ),
        )
    )


def decide_level(
    level: int,
    gate: tuple[Outcome, ...],
    pathways: tuple[tuple[Outcome, ...], ...],
    *,
    held: bool = False,
    offered: bool = True,
) -> Decision:
    """A level's verdict from the outcomes of its gate and its pathways.

    Args:
        level: the level (4 … 1).
        gate: outcomes of the blocking general conditions.
        pathways: outcomes of each pathway's conditions, in ruleset order.
        held: a certificate of this level or higher is held.
        offered: the candidate's direction has this level.
    """
    if held:
        return Decision(level, Verdict.held)
    if not offered:
        return Decision(level, Verdict.not_offered)
    gate_status = all_of(o.status for o in gate)
    statuses = [pathway_status(p) for p in pathways]
    overall = all_of((gate_status, any_of(statuses)))
    if overall is Status.met:
        met = tuple(i for i, s in enumerate(statuses) if s is Status.met)
        return Decision(level, Verdict.eligible, qualifying=met, relied=met)
    closest = min(range(len(pathways)), key=lambda i: (_distance(pathways[i]), i))
    blocked_by = tuple(i for i, o in enumerate(gate) if o.status is Status.unmet)
    verdict = Verdict.undetermined if overall is Status.unknown else Verdict.not_eligible
    reachable_on = None
    if gate_status is Status.met:
        reachable_on = min(
            (d for p in pathways if (d := pathway_reach(p)) is not None), default=None
        )
    # an unknown general condition is worth asking about only where the level
    # could otherwise be reached: not where every pathway is unmet anyway
    unsettled: tuple[int, ...] = ()
    if verdict is Verdict.undetermined:
        unsettled = tuple(i for i, o in enumerate(gate) if o.status is Status.unknown)
    return Decision(
        level,
        verdict,
        (),
        closest,
        blocked_by,
        unsettled,
        reachable_on,
        # a verdict blocked by a general condition rests on that condition alone
        relied=() if blocked_by else (closest,),
        routes=routes(pathways),
    )
