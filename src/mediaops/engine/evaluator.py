"""One ruleset wired for evaluation: facts → outcomes → decisions.

:class:`Evaluator` lays a ruleset out once (every condition with its unit,
each pathway's conditions, the gate of blocking general conditions) and
evaluates facts in three pure steps. With ``memo=True`` the outcomes of each
group of conditions that read the same facts are remembered on those facts,
and each level's decision on its outcomes (:mod:`mediaops.memo`): complete
inputs of pure functions, so a remembered result is the result.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from operator import attrgetter
from typing import Any

from mediaops.memo import memoized
from mediaops.rules import Condition, Ruleset

from .conditions import Unit, unit_of
from .decide import Decision, decide_level
from .facts import Facts
from .outcome import Outcome

#: The date a facts view carries when its conditions do not read the date.
_UNREAD = date.min


def _viewer(reads: tuple[str, ...]) -> Callable[[Facts], tuple[Any, ...]]:
    """A function giving the attributes ``reads`` of facts, as a tuple (at C speed)."""
    if not reads:
        return lambda facts: ()
    if len(reads) == 1:
        one = attrgetter(reads[0])
        return lambda facts: (one(facts),)
    return attrgetter(*reads)


@dataclass(frozen=True, slots=True)
class Evaluation:
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
        return tuple(self.outcomes[i] for i in self.evaluator.gate)

    def pathways(self, level_index: int) -> tuple[tuple[Outcome, ...], ...]:
        """The outcomes of each pathway of a level (by its index in the ruleset)."""
        return tuple(
            tuple(self.outcomes[i] for i in conditions)
            for conditions in self.evaluator.layout[level_index]
        )


class Evaluator:
    """A ruleset ready to evaluate.

    Attributes:
        ruleset: the requirements.
        conditions: every condition (the general ones, then each pathway's), in file order.
        units: the unit of each condition.
        gate: indices (in :attr:`conditions`) of the blocking general conditions.
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
        layout: list[tuple[tuple[int, ...], ...]] = []
        index = len(ruleset.general)
        for rule in ruleset.levels:
            pathways = []
            for p in rule.pathways:
                pathways.append(tuple(range(index, index + len(p.conditions))))
                index += len(p.conditions)
            layout.append(tuple(pathways))
        self.layout = tuple(layout)
        # conditions grouped by the facts they read: one view of the facts per group
        groups: dict[tuple[str, ...], list[int]] = {}
        for i, unit in enumerate(self.units):
            groups.setdefault(unit.reads, []).append(i)
        self._groups = tuple((reads, tuple(indices)) for reads, indices in groups.items())
        #: each group's view of the facts: a tuple of the attributes it reads
        self._views = tuple(_viewer(reads) for reads, _ in self._groups)
        self._offered = {d.id: frozenset(d.levels) for d in ruleset.directions}
        self._group_outcomes = self._outcomes_of_group
        self._decide = decide_level
        if memo:
            self._group_outcomes = memoized(self._outcomes_of_group, "outcomes")
            self._decide = memoized(decide_level, "decisions")

    def _outcomes_of_group(self, group: int, view: tuple[Any, ...]) -> tuple[Outcome, ...]:
        """The outcomes of one group's conditions, given the facts they read (``view``)."""
        reads, indices = self._groups[group]
        values = dict(zip(reads, view, strict=True))
        facts = Facts(values.pop("as_of", _UNREAD), **values)
        return tuple(self.units[i].outcome(self.conditions[i], facts) for i in indices)

    def outcomes(self, facts: Facts) -> tuple[Outcome, ...]:
        """Every condition's outcome, in :attr:`conditions` order."""
        out: list[Outcome | None] = [None] * len(self.conditions)
        compute = self._group_outcomes
        for group, ((_, indices), view) in enumerate(zip(self._groups, self._views, strict=True)):
            for i, outcome in zip(indices, compute(group, view(facts)), strict=True):
                out[i] = outcome
        return tuple(out)  # type: ignore[arg-type]

    def decisions(self, facts: Facts, outcomes: tuple[Outcome, ...]) -> tuple[Decision, ...]:
        """Every level's decision from the outcomes (and the certificates held, the direction)."""
        highest = facts.highest_certificate
        offered = self._offered.get(facts.direction) if facts.direction is not None else None
        gate = tuple(outcomes[i] for i in self.gate)
        out = []
        for rule, pathways in zip(self.ruleset.levels, self.layout, strict=True):
            out.append(
                self._decide(
                    rule.level,
                    gate,
                    tuple(tuple(outcomes[i] for i in p) for p in pathways),
                    held=highest is not None and highest <= rule.level,
                    offered=offered is None or rule.level in offered,
                )
            )
        return tuple(out)

    def evaluate(self, facts: Facts) -> Evaluation:
        """Facts → outcomes → decisions."""
        outcomes = self.outcomes(facts)
        return Evaluation(self, facts, outcomes, self.decisions(facts, outcomes))
