"""The report: what the engine found, as plain data that explains itself.

Every condition result carries its status, the value required, the value the
candidate has, the wording of what is required and, when it falls short, of
what is missing. Rendering (tables, JSON) only formats these fields; the JSON
output is :meth:`Report.to_dict` of the same objects.

Text is stored as :class:`~mediaops.messages.Msg` (a key and parameters) or a
bilingual mapping, and formatted in the language asked for at the end.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from .messages import Lang, Msg, localize


class Status(StrEnum):
    """The three-valued outcome of a condition or pathway."""

    met = "met"
    unmet = "unmet"
    unknown = "unknown"


class Verdict(StrEnum):
    """The outcome for a level."""

    eligible = "eligible"
    not_eligible = "not_eligible"
    undetermined = "undetermined"
    held = "held"


def all_of(statuses: list[Status]) -> Status:
    """Three-valued AND: unmet if any is unmet, else unknown if any is unknown, else met."""
    if Status.unmet in statuses:
        return Status.unmet
    if Status.unknown in statuses:
        return Status.unknown
    return Status.met


def any_of(statuses: list[Status]) -> Status:
    """Three-valued OR: met if any is met, else unknown if any is unknown, else unmet."""
    if Status.met in statuses:
        return Status.met
    if Status.unknown in statuses:
        return Status.unknown
    return Status.unmet


@dataclass(frozen=True, slots=True)
class Fact:
    """A fact the candidate did not give that would settle an undetermined level."""

    id: str
    msg: Msg
    certificate_level: int | None = None


@dataclass(frozen=True, slots=True)
class ConditionResult:
    """One condition of a clause, evaluated.

    Attributes:
        kind: the condition kind from the ruleset (``experience``, …).
        status: met, unmet or unknown.
        required: the value the clause asks for (JSON-ready).
        actual: the candidate's value (JSON-ready), None when unknown or none.
        text: what is required, in words.
        shortfall: what is missing (unmet) or which fact is unknown (unknown).
        fact: for unknown, the fact that would settle it.
        reachable_on: for unmet, the date time alone closes the gap, if it can.
        assumptions: ids of ruleset assumptions this result relied on.
        notes: assumptions the engine made on the candidate's facts.
    """

    kind: str
    status: Status
    required: Any
    actual: Any
    text: Msg
    shortfall: Msg | None = None
    fact: Fact | None = None
    reachable_on: date | None = None
    assumptions: tuple[str, ...] = ()
    notes: tuple[Msg, ...] = ()

    def to_dict(self, lang: Lang) -> dict[str, Any]:
        """The JSON form."""
        out: dict[str, Any] = {
            "kind": self.kind,
            "status": self.status.value,
            "required": self.required,
            "actual": self.actual,
            "text": self.text.format(lang),
        }
        if self.shortfall is not None:
            out["missing"] = self.shortfall.format(lang)
        if self.reachable_on is not None:
            out["reachable_on"] = self.reachable_on.isoformat()
        if self.assumptions:
            out["assumptions"] = list(self.assumptions)
        return out


@dataclass(frozen=True, slots=True)
class PathwayResult:
    """One pathway of a level, evaluated: all of its conditions must hold."""

    id: str
    status: Status
    text: Any
    conditions: tuple[ConditionResult, ...]
    reachable_on: date | None = None

    @property
    def unmet(self) -> tuple[ConditionResult, ...]:
        """The conditions that are not met."""
        return tuple(c for c in self.conditions if c.status is Status.unmet)

    @property
    def missing(self) -> tuple[Msg, ...]:
        """What is missing, in order: shortfalls of unmet and unknown conditions."""
        return tuple(c.shortfall for c in self.conditions if c.shortfall is not None)

    def to_dict(self, lang: Lang) -> dict[str, Any]:
        """The JSON form."""
        out: dict[str, Any] = {
            "id": self.id,
            "status": self.status.value,
            "text": localize(self.text, lang),
            "conditions": [c.to_dict(lang) for c in self.conditions],
        }
        if self.reachable_on is not None:
            out["reachable_on"] = self.reachable_on.isoformat()
        return out


@dataclass(frozen=True, slots=True)
class GeneralResult:
    """A general condition (G1 …), evaluated."""

    id: str
    status: Status
    blocking: bool
    text: Any
    condition: ConditionResult

    def to_dict(self, lang: Lang) -> dict[str, Any]:
        """The JSON form."""
        return {
            "id": self.id,
            "status": self.status.value,
            "blocking": self.blocking,
            "text": localize(self.text, lang),
            "actual": self.condition.actual,
        }


@dataclass(frozen=True, slots=True)
class LevelResult:
    """The verdict for one level and everything it rests on.

    Attributes:
        level: 4, 3, 2 or 1.
        name: its bilingual name.
        status: eligible, not_eligible, undetermined or held.
        qualifying_pathways: ids of the pathways met (when eligible).
        pathways: every pathway, evaluated.
        closest: for a level not eligible: the pathway nearest to being met.
        blocked_by: ids of blocking general conditions that are not met.
        reachable_on: the date time alone makes it eligible, if it can.
        assumptions: ruleset assumption ids the verdict rests on.
        notes: the engine's assumptions on the facts the verdict rests on.
    """

    level: int
    name: Any
    status: Verdict
    qualifying_pathways: tuple[str, ...]
    pathways: tuple[PathwayResult, ...]
    closest: str | None = None
    blocked_by: tuple[str, ...] = ()
    general_unknown: tuple[GeneralResult, ...] = ()
    reachable_on: date | None = None
    assumptions: tuple[str, ...] = ()
    notes: tuple[Msg, ...] = ()

    def pathway(self, pathway_id: str) -> PathwayResult:
        """The result of one pathway by id."""
        return next(p for p in self.pathways if p.id == pathway_id)

    @property
    def missing(self) -> tuple[Msg, ...]:
        """What the closest pathway lacks (empty for eligible and held levels)."""
        if self.status in (Verdict.eligible, Verdict.held):
            return ()
        lacking = [g.condition.shortfall for g in self.general_unknown if g.condition.shortfall]
        if self.closest is not None:
            lacking.extend(m for m in self.pathway(self.closest).missing if m not in lacking)
        return tuple(lacking)

    def to_dict(self, lang: Lang) -> dict[str, Any]:
        """The JSON form."""
        return {
            "level": self.level,
            "name": localize(self.name, lang),
            "status": self.status.value,
            "qualifying_pathways": list(self.qualifying_pathways),
            "pathways": [p.to_dict(lang) for p in self.pathways],
            "closest_pathway": self.closest,
            "missing": [m.format(lang) for m in self.missing],
            "blocked_by": list(self.blocked_by),
            "reachable_on": self.reachable_on.isoformat() if self.reachable_on else None,
            "assumptions": list(self.assumptions),
        }


@dataclass(frozen=True, slots=True)
class MissingFact:
    """A fact to give, and the levels it would help settle."""

    fact: Fact
    levels: tuple[int, ...]

    def to_dict(self, lang: Lang) -> dict[str, Any]:
        """The JSON form."""
        out: dict[str, Any] = {"fact": self.fact.id, "levels": list(self.levels)}
        if self.fact.certificate_level is not None:
            out["certificate_level"] = self.fact.certificate_level
        out["text"] = self.fact.msg.format(lang)
        return out


@dataclass(frozen=True, slots=True)
class Report:
    """The whole answer for one candidate on one date."""

    ruleset_id: str
    edition: str
    edition_name: Any
    as_of: date
    general: tuple[GeneralResult, ...]
    levels: tuple[LevelResult, ...]
    missing_facts: tuple[MissingFact, ...] = ()
    assumptions: tuple[tuple[str, Any], ...] = ()
    notes: tuple[Msg, ...] = ()
    #: the facts as the engine used them (``mediaops.engine.Facts``)
    source: Any = field(default=None, compare=False, repr=False)

    @property
    def facts(self) -> dict[str, Any]:
        """The facts as used (experience from the work history, derived years…)."""
        return {} if self.source is None else dict(self.source.summary())

    @property
    def eligible_levels(self) -> list[int]:
        """Levels the candidate may apply for, in the order 4, 3, 2, 1."""
        return [lv.level for lv in self.levels if lv.status is Verdict.eligible]

    @property
    def highest_eligible(self) -> int | None:
        """The highest (numerically smallest) eligible level, or None."""
        eligible = self.eligible_levels
        return min(eligible) if eligible else None

    def level(self, number: int) -> LevelResult:
        """The result for one level."""
        return next(lv for lv in self.levels if lv.level == number)

    def to_dict(self, lang: Lang = "zh") -> dict[str, Any]:
        """The JSON output of ``mediaops check --format json`` (SPEC §2)."""
        return {
            "ruleset": {
                "id": self.ruleset_id,
                "edition": self.edition,
                "name": localize(self.edition_name, lang),
            },
            "as_of": self.as_of.isoformat(),
            "general": [g.to_dict(lang) for g in self.general],
            "levels": [lv.to_dict(lang) for lv in self.levels],
            "eligible_levels": self.eligible_levels,
            "highest_eligible": self.highest_eligible,
            "missing_facts": [m.to_dict(lang) for m in self.missing_facts],
            "assumptions": [
                {"id": a_id, "text": localize(text, lang)} for a_id, text in self.assumptions
            ]
            + [{"id": None, "text": n.format(lang)} for n in self.notes],
            "facts": self.facts,
        }
