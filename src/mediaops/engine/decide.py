"""Pathways and levels decided from the conditions' outcomes: the one place verdicts are made.

SPEC §1: a pathway is unmet if any condition is unmet, else unknown if any is
unknown, else met; a level is eligible if any pathway is met, else
undetermined if any is unknown, else not eligible; a blocking general
condition joins every level with a three-valued AND. A level for which a
certificate of that level or higher is held is ``held`` (before anything
else); a level the candidate's direction does not have is ``not_offered``.

For a level not reached this module also says which pathway is closest,
when time alone would make it eligible, and every route to it, nearest first
(:class:`Route`). Only what a decision reads of each outcome is read here
(:class:`Standing`), never facts or wording, so
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
        earliest: ``on`` is the earliest it can be: the years counted are known only as
            a bound (a certificate's date not given), so it may come later.
        working: ``on`` comes only if the candidate keeps working; false where the days
            alone bring it (a certificate held for some years).
        latest: ``on`` is the latest it can be: a part not known (the years since a
            certificate when the experience is not given) is met by then whatever it is,
            and may be met sooner, even now.
    """

    pathway: int
    opens: Opens
    on: date | None = None
    earliest: bool = False
    working: bool = True
    latest: bool = False


class Decision(NamedTuple):
    """A level's verdict and what it rests on, as decided from the standings of its conditions.

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


MET, UNMET, UNKNOWN = Status.met, Status.unmet, Status.unknown
TIME, WAIT, ACTION, OUTSIDE = Closer.time, Closer.wait, Closer.action, Closer.outside
#: What time closes: work going on, or the days themselves.
_BY_TIME = (TIME, WAIT)
_NEVER = date.max
_NOW = date.min


class Standing(NamedTuple):
    """All that deciding reads of a condition's outcome (:func:`standing`).

    Attributes:
        status: met, unmet or unknown.
        closer: for an unmet condition, what closes the gap.
        reachable_on: for a gap time closes, the date it is closed (None: not by time).
        bound: that date is only the earliest it can be (the years are known as a bound).
    """

    status: Status
    closer: Closer | None = None
    reachable_on: date | None = None
    bound: bool = False


_STANDING_MET = Standing(MET)
_STANDING_UNKNOWN = Standing(UNKNOWN)


def standing(outcome: Outcome) -> Standing:
    """The part of an outcome a decision rests on; the same for outcomes that differ only in
    what is worded (the actual value, the numbers of the reason, the notes)."""
    status = outcome.status
    if status is MET:
        return _STANDING_MET
    if status is UNKNOWN:  # with the date time alone meets it whatever is not known, if any
        if outcome.reachable_on is None:
            return _STANDING_UNKNOWN
        return Standing(UNKNOWN, None, outcome.reachable_on)
    if outcome.closer not in _BY_TIME:
        return Standing(UNMET, outcome.closer)
    bound = any(k == "at_least" and v for k, v in outcome.detail)
    return Standing(UNMET, outcome.closer, outcome.reachable_on, bound)


def pathway_status(outcomes: tuple[Outcome, ...]) -> Status:
    """A pathway holds when all of its conditions hold (three-valued AND)."""
    return all_of(o.status for o in outcomes)


def pathway_reach(outcomes: tuple[Outcome, ...]) -> date | None:
    """When time alone completes a pathway: every condition not met is a gap time closes."""
    return _survey(tuple(standing(o) for o in outcomes)).reach


class _Survey(NamedTuple):
    """What one pass over a pathway's standings tells (see :func:`_survey`)."""

    status: Status
    distance: tuple[int, int, int, int, date]
    reach: date | None
    opens: Opens
    on: date | None
    earliest: bool = False
    working: bool = True
    latest: bool = False


def _survey(standings: tuple[Standing, ...]) -> _Survey:
    """A pathway's status, its distance from being met, when time alone completes it, and
    how it opens.

    The distance orders pathways for the closest: fewest gaps only something
    outside the ladder closes (a diploma, training — not a certificate of the
    level below, which the ladder brings), then fewest gaps time will not
    close, then fewest gaps, then fewest unknowns, then the earliest date time
    closes its gaps.
    """
    outside = stuck = gaps = unknowns = 0
    when = _NOW  # for the distance: a gap time does not close counts as never
    timed = _NOW  # the date time closes the gaps it closes, and meets the unknown parts
    gaps_timed = _NOW  # the date time closes the gaps it closes (the unknown parts aside)
    timed_all = True  # every gap is closed by time, on a known date
    action = False
    bound = False  # a gap time closes is known only as a bound: its date is the earliest
    others = False  # a gap neither one action nor time closes
    waits = True  # every gap time closes is closed by the days alone, not by work
    for o in standings:
        status = o.status
        if status is MET:
            continue
        if status is UNKNOWN:
            unknowns += 1
            if o.reachable_on is None:
                timed_all = False
            elif o.reachable_on > timed:  # met by then whatever is not known
                timed = o.reachable_on
            continue
        gaps += 1
        closer = o.closer
        reached = o.reachable_on
        if closer in _BY_TIME:
            waits = waits and closer is WAIT
            bound = bound or o.bound
            if reached is None:
                others = True
                timed_all = False
                reached = _NEVER
            else:
                if reached > timed:
                    timed = reached
                if reached > gaps_timed:
                    gaps_timed = reached
        else:
            stuck += 1
            timed_all = False
            if closer is ACTION:
                action = True
                outside += 1
            else:
                others = True
                if closer is OUTSIDE:
                    outside += 1
            reached = _NEVER
        if reached > when:
            when = reached
    status = UNMET if gaps else UNKNOWN if unknowns else MET
    if bound:
        # a gap closed on a date that is only the earliest: the pathway's date is the earliest
        # too, which an unknown part, perhaps met already, does not push back (the date it is
        # met whatever is not known is a sure one, no bound on the earliest)
        timed = gaps_timed
    distance = (outside, stuck, gaps, unknowns, when)
    # when time alone completes it: every gap, and every unknown, closed by time on a date
    reach = max(when, timed) if status is not MET and timed_all else None
    if status is MET:
        return _Survey(status, distance, None, Opens.met, None)
    if others:  # a gap neither one action nor time closes: whatever the facts not given
        return _Survey(status, distance, None, Opens.other, None)
    if unknowns and not timed_all:  # facts not given stand between it and the level
        return _Survey(status, distance, reach, Opens.facts, None)
    # (every unknown part met by time on a date whatever is not known: a route by time)
    on = None if timed is _NOW else timed
    opens = Opens.action if action else Opens.time
    # "if you keep working": unless every gap is closed by the days alone, and no part
    # not known waits on a date (the years of work it may ask)
    working = not (waits and timed == gaps_timed)
    # a part not known that time meets only on a date after the gaps close: met by then,
    # perhaps sooner (not where the date is only the earliest: then it is the gaps')
    latest = timed > gaps_timed and on is not None
    return _Survey(status, distance, reach, opens, on, bound and on is not None, working, latest)


#: How a route opens whether or not the general conditions are met: a pathway that holds
#: waits on them (``met``); facts not given, or anything else.
_OPENS_WITHOUT_GATE = (Opens.met, Opens.facts, Opens.other)
_OPENS_ORDER = {Opens.met: 0, Opens.action: 1, Opens.time: 2, Opens.facts: 3, Opens.other: 4}


def _routes(surveys: list[_Survey], gate: Status) -> tuple[Route, ...]:
    """Routes nearest first: a route one action opens (formal training) before one that
    waits for time, at once before on a date; then routes time alone opens, soonest first;
    then those facts not given would settle; then the rest by distance. While a general
    condition is not met, no route opens the level by itself: a pathway that holds comes
    first (``met``: it waits on the general condition); the others are listed by distance,
    as facts not given would settle (``facts``) where both the pathway and the general
    condition are not known, else as ``other``."""
    order = []
    for i, s in enumerate(surveys):
        opens = s.opens
        if gate is not MET and opens not in _OPENS_WITHOUT_GATE:
            opens = Opens.facts if gate is UNKNOWN and s.status is UNKNOWN else Opens.other
        on = s.on if opens in (Opens.action, Opens.time) else None
        route = Route(
            i,
            opens,
            on,
            s.earliest and on is not None,
            s.working or on is None,
            s.latest and on is not None,
        )
        order.append((_OPENS_ORDER[opens], on or _NOW, s.distance, i, route))
    order.sort()
    return tuple(item[-1] for item in order)


def decide_level(
    level: int,
    gate: tuple[Standing, ...],
    pathways: tuple[tuple[Standing, ...], ...],
    *,
    held: bool = False,
    offered: bool = True,
) -> Decision:
    """A level's verdict from the standings of its gate and its pathways.

    Dates are only compared and passed on (never counted with): a decision made
    on dates that keep their order, mapped back, is the decision made on the
    dates themselves (:func:`on_order`, :func:`restored`).

    Args:
        level: the level (4 … 1).
        gate: standings of the blocking general conditions.
        pathways: standings of each pathway's conditions, in ruleset order.
        held: a certificate of this level or higher is held.
        offered: the candidate's direction has this level.
    """
    if held:
        return Decision(level, Verdict.held)
    if not offered:
        return Decision(level, Verdict.not_offered)
    gate_status = all_of(o.status for o in gate)
    surveys = [_survey(p) for p in pathways]
    statuses = [s.status for s in surveys]
    overall = all_of((gate_status, any_of(statuses)))
    if overall is MET:
        met = tuple(i for i, s in enumerate(statuses) if s is MET)
        return Decision(level, Verdict.eligible, qualifying=met, relied=met)
    closest = min(range(len(surveys)), key=lambda i: (surveys[i].distance, i))
    blocked_by = tuple(i for i, o in enumerate(gate) if o.status is UNMET)
    verdict = Verdict.undetermined if overall is UNKNOWN else Verdict.not_eligible
    reachable_on = None
    if gate_status is MET:
        reachable_on = min((s.reach for s in surveys if s.reach is not None), default=None)
    # an unknown general condition is worth asking about only where the level
    # could otherwise be reached: not where every pathway is unmet anyway
    unsettled: tuple[int, ...] = ()
    if verdict is Verdict.undetermined:
        unsettled = tuple(i for i, o in enumerate(gate) if o.status is UNKNOWN)
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
        routes=_routes(surveys, gate_status),
    )


#: Stand-in dates, in order, for the dates a level is decided on (see :func:`on_order`).
_ORDER_DATES = tuple(date.fromordinal(2 + k) for k in range(64))


def on_order(
    standings: tuple[Standing, ...],
) -> tuple[tuple[Standing, ...], dict[date, date] | None]:
    """Standings whose dates are replaced by stand-ins of the same rank, and the map back.

    :func:`decide_level` only compares dates and passes them on, so a decision
    made on the stand-ins, with its dates mapped back (:func:`restored`), is the
    decision made on the dates themselves; candidates whose dates differ but
    fall in the same order share one. ``None``: nothing to map (no date).
    """
    when = {o.reachable_on for o in standings if o.reachable_on is not None}
    if not when or len(when) > len(_ORDER_DATES):
        return standings, None
    ranked = sorted(when)
    stand_in = dict(zip(ranked, _ORDER_DATES, strict=False))
    replaced = tuple(
        o._replace(reachable_on=stand_in[o.reachable_on]) if o.reachable_on else o
        for o in standings
    )
    return replaced, dict(zip(_ORDER_DATES, ranked, strict=False))


def restored(decision: Decision, back: dict[date, date] | None) -> Decision:
    """A decision made on stand-in dates (:func:`on_order`) with the dates themselves."""
    if back is None or decision.status is Verdict.eligible:
        return decision
    return decision._replace(
        reachable_on=back.get(decision.reachable_on) if decision.reachable_on else None,
        routes=tuple(r._replace(on=back[r.on]) if r.on else r for r in decision.routes),
    )
