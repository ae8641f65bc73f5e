"""One ruleset wired for evaluation: facts → outcomes → decisions.

:class:`Evaluator` lays a ruleset out once (every condition with its unit,
each pathway's conditions, the gate of blocking general conditions) and
evaluates facts in three pure steps. With ``memo=True`` the outcomes of each
group of conditions that read the same facts are remembered on those facts,
and the decisions of all levels on the standings of every condition (what a
decision reads of an outcome) with their dates replaced by stand-ins of the same rank
(:func:`~mediaops.engine.decide.on_order`) (:mod:`mediaops.memo`): complete
inputs of pure functions, so a remembered result is the result.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from operator import attrgetter, itemgetter
from typing import Any, NamedTuple

from mediaops.memo import memoized
from mediaops.rules import Condition, Ruleset

from .conditions import Unit, unit_of
from .decide import Decision, Standing, decide_level, on_order, restored, standing
from .facts import Facts
from .outcome import Outcome

#: The date a facts view carries when its conditions do not read the date.
_UNREAD = date.min


def _picker(indices: tuple[int, ...]) -> Callable[[tuple[Any, ...]], tuple[Any, ...]]:
    """A function giving the items at ``indices`` of a tuple, as a tuple (at C speed)."""
    if not indices:
        return lambda items: ()
    if len(indices) == 1:
        one = indices[0]
        return lambda items: (items[one],)
    return itemgetter(*indices)


def _spans(start: int, pathways: tuple[tuple[int, ...], ...]) -> tuple[tuple[int, int], ...]:
    """Where each pathway's conditions lie in a level's standings (after ``start`` of the
    gate)."""
    out = []
    for p in pathways:
        out.append((start, start + len(p)))
        start += len(p)
    return tuple(out)


def _viewer(reads: tuple[str, ...]) -> Callable[[Facts], tuple[Any, ...]]:
    """A function giving the attributes ``reads`` of facts, as a tuple (at C speed)."""
    if not reads:
        return lambda facts: ()
    if len(reads) == 1:
        one = attrgetter(reads[0])
        return lambda facts: (one(facts),)
    return attrgetter(*reads)


class Evaluation(NamedTuple):
    """What the engine found for one candidate on one date: facts, outcomes, decisions.

    Attributes:
        evaluator: the ruleset's layout the indices below refer to.
        facts: the facts as read.
        outcomes: every condition's outcome, in :attr:`Evaluator.conditions` order.
        decisions: every level's decision, in ruleset order (4, 3, 2, 1).
    """

    evaluator: Evaluator
    facts: Facts
    outcomes: tuple[Outcome, ...]
    decisions: tuple[Decision, ...]

    def gate(self) -> tuple[Outcome, ...]:
        """The outcomes of the blocking general conditions."""
        return self.evaluator.pick_gate(self.outcomes)

    def nonblocking(self) -> tuple[Outcome, ...]:
        """The outcomes of the general conditions that do not block (shown as notes)."""
        return self.evaluator.pick_nonblocking(self.outcomes)

    def pathways(self, level_index: int) -> tuple[tuple[Outcome, ...], ...]:
        """The outcomes of each pathway of a level (by its index in the ruleset)."""
        outcomes = self.outcomes
        return tuple(pick(outcomes) for pick in self.evaluator.pick_pathways[level_index])


class Evaluator:
    """A ruleset ready to evaluate.

    Attributes:
        ruleset: the requirements.
        conditions: every condition (the general ones, then each pathway's), in file order.
        units: the unit of each condition.
        gate: indices (in :attr:`conditions`) of the blocking general conditions.
        nonblocking: indices of the others (a note, as the 2023 template's G1 is).
        layout: per level, per pathway, the indices of its conditions.
    """

    def __init__(self, ruleset: Ruleset, *, memo: bool = False) -> None:
        self.ruleset = ruleset
        self.conditions: tuple[Condition, ...] = tuple(ruleset.conditions())
        self.units: tuple[Unit[Any], ...] = tuple(unit_of(c) for c in self.conditions)
        #: what each condition asks for, in words and as JSON (the same for every candidate)
        self.requirements = tuple(
            u.requirement(c) for u, c in zip(self.units, self.conditions, strict=True)
        )
        self.required = tuple(
            u.required(c) for u, c in zip(self.units, self.conditions, strict=True)
        )
        self.gate = tuple(i for i, g in enumerate(ruleset.general) if g.blocking)
        self.nonblocking = tuple(i for i, g in enumerate(ruleset.general) if not g.blocking)
        layout: list[tuple[tuple[int, ...], ...]] = []
        index = len(ruleset.general)
        for rule in ruleset.levels:
            pathways = []
            for p in rule.pathways:
                pathways.append(tuple(range(index, index + len(p.conditions))))
                index += len(p.conditions)
            layout.append(tuple(pathways))
        self.layout = tuple(layout)
        #: the gate's items of a tuple in conditions order, and each pathway's, per level
        self.pick_gate = _picker(self.gate)
        self.pick_nonblocking = _picker(self.nonblocking)
        self.pick_pathways = tuple(tuple(_picker(p) for p in ps) for ps in self.layout)
        # conditions grouped by the facts they read: one view of the facts per group
        groups: dict[tuple[str, ...], list[int]] = {}
        for i, unit in enumerate(self.units):
            groups.setdefault(unit.reads, []).append(i)
        self._groups = tuple((reads, tuple(indices)) for reads, indices in groups.items())
        #: each group's view of the facts: a tuple of the attributes it reads
        self._views = tuple(_viewer(reads) for reads, _ in self._groups)
        grouped = [i for _, indices in self._groups for i in indices]
        self._in_order = _picker(tuple(grouped.index(i) for i in range(len(grouped))))
        self._offered = {d.id: frozenset(d.levels) for d in ruleset.directions}
        # what a level is decided on: its gate's standings, then each pathway's, in one tuple
        self._level_pick = tuple(
            _picker(self.gate + tuple(i for p in pathways for i in p)) for pathways in self.layout
        )
        self._spans = tuple(_spans(len(self.gate), pathways) for pathways in self.layout)
        self._group_outcomes = self._outcomes_of_group
        self._decide = self._decide_levels
        self._memo = memo
        if memo:
            self._group_outcomes = memoized(self._outcomes_of_group, "outcomes")
            self._decide = memoized(self._decide_levels, "decisions")

    @property
    def memo(self) -> bool:
        """Whether outcomes and decisions are remembered (``memo=True``)."""
        return self._memo

    def _decide_level(
        self, index: int, standings: tuple[Standing, ...], held: bool, offered: bool
    ) -> Decision:
        """Level ``index`` decided on its standings (gate first, then each pathway's)."""
        gate = len(self.gate)
        return decide_level(
            self.ruleset.levels[index].level,
            standings[:gate],
            tuple(standings[a:b] for a, b in self._spans[index]),
            held=held,
            offered=offered,
        )

    def _decide_levels(
        self,
        standings: tuple[Standing, ...],
        highest: int | None,
        offered: frozenset[int] | None,
    ) -> tuple[Decision, ...]:
        """Every level decided on the standings of all conditions, the highest certificate
        held and the levels the direction has (None: no direction)."""
        out = []
        for index, (rule, pick) in enumerate(
            zip(self.ruleset.levels, self._level_pick, strict=True)
        ):
            level = rule.level
            held = highest is not None and highest <= level
            out.append(
                self._decide_level(
                    index, pick(standings), held, offered is None or level in offered
                )
            )
        return tuple(out)

    def _outcomes_of_group(
        self, group: int, view: tuple[Any, ...]
    ) -> tuple[tuple[Outcome, ...], tuple[Standing, ...]]:
        """The outcomes of one group's conditions, given the facts they read (``view``), and
        what deciding reads of them."""
        reads, indices = self._groups[group]
        values = dict(zip(reads, view, strict=True))
        facts = Facts(values.pop("as_of", _UNREAD), **values)
        outcomes = tuple(self.units[i].outcome(self.conditions[i], facts) for i in indices)
        return outcomes, tuple(standing(o) for o in outcomes)

    def outcomes(self, facts: Facts) -> tuple[tuple[Outcome, ...], tuple[Standing, ...]]:
        """Every condition's outcome, and its standing, in :attr:`conditions` order."""
        outcomes: tuple[Outcome, ...] = ()
        standings: tuple[Standing, ...] = ()
        compute = self._group_outcomes
        for group, view in enumerate(self._views):
            o, s = compute(group, view(facts))
            outcomes += o
            standings += s
        # the groups' outcomes, one after another, put back in the conditions' order
        return self._in_order(outcomes), self._in_order(standings)

    def decisions(self, facts: Facts, standings: tuple[Standing, ...]) -> tuple[Decision, ...]:
        """Every level's decision from the standings (and the certificates held, the
        direction). Remembered (``memo``) for all levels at once, on the order of the
        dates, not the dates (:func:`~mediaops.engine.decide.on_order`)."""
        highest = facts.highest_certificate
        offered = self._offered.get(facts.direction) if facts.direction is not None else None
        if not self._memo:
            return self._decide(standings, highest, offered)
        ordered, back = on_order(standings)
        decided = self._decide(ordered, highest, offered)
        if back is None:
            return decided
        return tuple(restored(d, back) for d in decided)

    def evaluate(self, facts: Facts) -> Evaluation:
        """Facts → outcomes → decisions."""
        outcomes, standings = self.outcomes(facts)
        return Evaluation(self, facts, outcomes, self.decisions(facts, standings))
