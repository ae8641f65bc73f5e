"""The report: what the engine found, as plain data that explains itself.

Every condition result carries its status, the value required, the value the
candidate has, the wording of what is required and, when it falls short, of
what is missing. Rendering (tables, JSON) only formats these fields; the JSON
output is :meth:`Report.to_dict` of the same objects.

Text is stored as :class:`~mediaops.messages.Msg` (a key and parameters) or a
bilingual mapping, and formatted in the language asked for at the end.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any, NamedTuple, Protocol

from .messages import Lang, Msg, Phrase, localize


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


class Fact(NamedTuple):
    """A fact the candidate did not give that would settle an undetermined level."""

    id: str
    msg: Msg
    certificate_level: int | None = None


class ConditionResult(NamedTuple):
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


class PathwayResult(NamedTuple):
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

    def to_dict(self, lang: Lang, *, conditions: bool = True) -> dict[str, Any]:
        """The JSON form (``conditions=False``: ``"conditions"`` left empty, to be filled in)."""
        out: dict[str, Any] = {
            "id": self.id,
            "status": self.status.value,
            "text": localize(self.text, lang),
            "conditions": [c.to_dict(lang) for c in self.conditions] if conditions else [],
        }
        if self.reachable_on is not None:
            out["reachable_on"] = self.reachable_on.isoformat()
        return out


class GeneralResult(NamedTuple):
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


class Decision(NamedTuple):
    """A level's verdict as decided from condition statuses alone (no explanation yet).

    Shared by every candidate whose conditions came out the same way.

    Attributes:
        level: 4, 3, 2 or 1.
        name: its bilingual name.
        status: eligible, not_eligible, undetermined or held.
        qualifying_pathways: ids of the pathways met (when eligible).
        nearest: for a level not eligible: indices of the pathways nearest to
            being met, as far as statuses tell (``LevelResult.closest`` picks one).
        blocked_by: ids of blocking general conditions that are not met.
        unsettled_general: indices (in ``Report.general``) of blocking general
            conditions that are unknown and would settle an undetermined level.
        timely: indices of pathways that time alone would complete.
        relied: indices of the pathways the verdict rests on (for its assumptions);
            for a level not eligible, the nearest ones, of which the closest counts.
    """

    level: int
    name: Any
    status: Verdict
    qualifying_pathways: tuple[str, ...] = ()
    nearest: tuple[int, ...] = ()
    blocked_by: tuple[str, ...] = ()
    unsettled_general: tuple[int, ...] = ()
    timely: tuple[int, ...] = ()
    relied: tuple[int, ...] = ()
    blocking: tuple[int, ...] = ()


class Explainer(Protocol):
    """What a report asks of the engine to explain itself, on demand."""

    def general(self) -> tuple[GeneralResult, ...]:
        """The general conditions, evaluated with their reasons."""
        ...

    def pathway_ids(self, level_index: int) -> tuple[str, ...]:
        """The ids of a level's pathways, in ruleset order."""
        ...

    def pathway(self, level_index: int, index: int) -> PathwayResult:
        """One pathway of a level, evaluated with its reasons."""
        ...

    def reachable_on(self, level_index: int, index: int) -> date | None:
        """When time alone completes a pathway that only time lacks."""
        ...

    def documents(self, level_index: int, index: int) -> tuple[Phrase, ...]:
        """The documents that usually prove one pathway (and the general conditions)."""
        ...


class LevelResult:
    """The verdict for one level and everything it rests on.

    The verdict is decided up front; the explanation (every pathway and
    condition with its reasons, the date time alone would reach it, the
    assumptions used) is worked out the first time it is asked for, so that
    screening thousands of rows pays only for what it shows.
    """

    __slots__ = ("_basis", "_decision", "_each", "_explainer", "_index", "_pathways")

    def __init__(self, decision: Decision, explainer: Explainer, index: int) -> None:
        self._decision = decision
        self._explainer = explainer
        self._index = index
        self._pathways: tuple[PathwayResult, ...] | None = None
        self._each: dict[int, PathwayResult] | None = None
        self._basis: tuple[tuple[str, ...], tuple[Msg, ...]] | None = None

    def __repr__(self) -> str:
        return f"LevelResult(level={self.level}, status={self.status.value})"

    @property
    def decision(self) -> Decision:
        """The verdict as decided (shared by every candidate decided alike)."""
        return self._decision

    @property
    def level(self) -> int:
        """4, 3, 2 or 1."""
        return self._decision.level

    @property
    def name(self) -> Any:
        """The level's bilingual name."""
        return self._decision.name

    @property
    def status(self) -> Verdict:
        """eligible, not_eligible, undetermined or held."""
        return self._decision.status

    @property
    def qualifying_pathways(self) -> tuple[str, ...]:
        """Ids of the pathways met (when eligible)."""
        return self._decision.qualifying_pathways

    @property
    def closest(self) -> str | None:
        """For a level not eligible: the pathway nearest to being met.

        Fewest gaps that time will not close, then fewest gaps, then fewest
        unknowns; then the one time would complete soonest; then ruleset order.
        """
        index = self._closest_index()
        return None if index is None else self._explainer.pathway_ids(self._index)[index]

    def _closest_index(self) -> int | None:
        nearest = self._decision.nearest
        if len(nearest) <= 1:
            return nearest[0] if nearest else None
        at = self.pathway_at

        def when(i: int) -> date:
            dates = [c.reachable_on for c in at(i).conditions if c.status is Status.unmet]
            return max((d or date.max for d in dates), default=date.min)

        return min(nearest, key=lambda i: (when(i), i))

    @property
    def blocked_by(self) -> tuple[str, ...]:
        """Ids of blocking general conditions that are not met."""
        return self._decision.blocked_by

    @property
    def pathways(self) -> tuple[PathwayResult, ...]:
        """Every pathway, evaluated with its reasons."""
        if self._pathways is None:
            count = len(self._explainer.pathway_ids(self._index))
            self._pathways = tuple(self.pathway_at(i) for i in range(count))
        return self._pathways

    def pathway_at(self, i: int) -> PathwayResult:
        """One pathway by its index in the ruleset, worked out alone if the others are not needed."""
        if self._pathways is not None:
            return self._pathways[i]
        if self._each is None:
            self._each = {}
        found = self._each.get(i)
        if found is None:
            found = self._each[i] = self._explainer.pathway(self._index, i)
        return found

    @property
    def general_unknown(self) -> tuple[GeneralResult, ...]:
        """Blocking general conditions that are unknown and would settle this level."""
        general = self._explainer.general() if self._decision.unsettled_general else ()
        return tuple(general[i] for i in self._decision.unsettled_general)

    @property
    def reachable_on(self) -> date | None:
        """The date from which time alone (continued work) makes the level eligible."""
        if not self._decision.timely:
            return None
        if self._pathways is not None:
            dates = [self._pathways[i].reachable_on for i in self._decision.timely]
        else:  # the dates alone, without explaining the pathways
            dates = [self._explainer.reachable_on(self._index, i) for i in self._decision.timely]
        return min((d for d in dates if d is not None), default=None)

    def rests_on(self) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """What the verdict rests on: indices of its pathways and of general conditions.

        The pathways met (eligible), or the closest (else); the blocking
        general conditions, unless the level is held. Their conditions give
        the level's ``assumptions`` and ``notes``.
        """
        relied = self._decision.relied
        if len(relied) > 1 and self.status is not Verdict.eligible:
            closest = self._closest_index()
            relied = () if closest is None else (closest,)
        general = self._decision.blocking if self.status is not Verdict.held else ()
        return relied, general

    def _relied(self) -> list[ConditionResult]:
        pathways, blocking = self.rests_on()
        out = [c for i in pathways for c in self.pathway_at(i).conditions]
        if blocking:
            general = self._explainer.general()
            out += [general[i].condition for i in blocking]
        return out

    def _rests_on(self) -> tuple[tuple[str, ...], tuple[Msg, ...]]:
        if self._basis is None:
            ids: list[str] = []
            notes: list[Msg] = []
            for c in self._relied():
                ids.extend(a for a in c.assumptions if a not in ids)
                notes.extend(n for n in c.notes if n not in notes)
            self._basis = (tuple(ids), tuple(notes))
        return self._basis

    @property
    def assumptions(self) -> tuple[str, ...]:
        """Ruleset assumption ids the verdict rests on."""
        return self._rests_on()[0]

    @property
    def notes(self) -> tuple[Msg, ...]:
        """The engine's assumptions on the facts the verdict rests on."""
        return self._rests_on()[1]

    @property
    def documents(self) -> tuple[Phrase, ...]:
        """What to bring to apply: the documents that prove the pathway an eligible level rests on."""
        if self.status is not Verdict.eligible:
            return ()
        return self._explainer.documents(self._index, self._decision.relied[0])

    def pathway(self, pathway_id: str) -> PathwayResult:
        """The result of one pathway by id (worked out alone if the others are not needed)."""
        return self.pathway_at(self._explainer.pathway_ids(self._index).index(pathway_id))

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
        reachable = self.reachable_on
        return {
            "level": self.level,
            "name": localize(self.name, lang),
            "status": self.status.value,
            "qualifying_pathways": list(self.qualifying_pathways),
            "pathways": [p.to_dict(lang) for p in self.pathways],
            "closest_pathway": self.closest,
            "missing": [m.format(lang) for m in self.missing],
            "blocked_by": list(self.blocked_by),
            "reachable_on": reachable.isoformat() if reachable else None,
            "assumptions": list(self.assumptions),
        }


class MissingFact(NamedTuple):
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


class Report:
    """The whole answer for one candidate on one date.

    Verdicts are there from the start; the explanation is worked out when
    first asked for (see :class:`LevelResult`).
    """

    __slots__ = (
        "_explainer",
        "_facts",
        "_ruleset",
        "_summary",
        "as_of",
        "edition",
        "edition_name",
        "levels",
        "ruleset_id",
    )

    def __init__(
        self,
        *,
        ruleset: Any,
        as_of: date,
        levels: tuple[LevelResult, ...],
        explainer: Explainer,
        facts: Any,
    ) -> None:
        self.ruleset_id: str = ruleset.id
        self.edition: str = ruleset.edition
        self.edition_name: Any = ruleset.edition_name
        self.as_of = as_of
        self.levels = levels
        self._explainer = explainer
        self._facts = facts
        self._summary: Any = None
        self._ruleset = ruleset

    def __repr__(self) -> str:
        verdicts = ", ".join(f"{lv.level}={lv.status.value}" for lv in self.levels)
        return f"Report(as_of={self.as_of}, {verdicts})"

    @property
    def general(self) -> tuple[GeneralResult, ...]:
        """The general conditions (G1 …), evaluated."""
        return self._explainer.general()

    @property
    def facts(self) -> dict[str, Any]:
        """The facts as used (experience from the work history, derived years…)."""
        return dict(self._facts.summary())

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

    @property
    def missing_facts(self) -> tuple[MissingFact, ...]:
        """Facts not given that would settle the undetermined levels."""
        wanted: dict[Fact, list[int]] = {}
        for lv in self.levels:
            if lv.status is not Verdict.undetermined:
                continue
            sources = [g.condition for g in lv.general_unknown]
            sources += [c for p in lv.pathways if p.status is Status.unknown for c in p.conditions]
            for c in sources:
                if c.fact is not None and lv.level not in wanted.setdefault(c.fact, []):
                    wanted[c.fact].append(lv.level)
        return tuple(MissingFact(f, tuple(levels)) for f, levels in wanted.items())

    @property
    def assumptions(self) -> tuple[tuple[str, Any], ...]:
        """The ruleset assumptions the verdicts rest on: (id, bilingual text)."""
        ids: list[str] = []
        for lv in self.levels:
            ids.extend(a for a in lv.assumptions if a not in ids)
        return tuple((a, self._ruleset.assumption(a).text) for a in ids)

    @property
    def notes(self) -> tuple[Msg, ...]:
        """The engine's assumptions on the facts, as the verdicts used them."""
        notes: list[Msg] = []
        for lv in self.levels:
            notes.extend(n for n in lv.notes if n not in notes)
        return tuple(notes)

    @property
    def source(self) -> Any:
        """The facts as the engine prepared them (``mediaops.engine.Facts``)."""
        return self._facts

    def assumptions_json(self, lang: Lang) -> list[dict[str, Any]]:
        """The ``assumptions`` of the JSON output: the ruleset's, then the engine's notes."""
        return [{"id": a_id, "text": localize(text, lang)} for a_id, text in self.assumptions] + [
            {"id": None, "text": n.format(lang)} for n in self.notes
        ]

    def to_dict(self, lang: Lang = "zh", *, parts: bool = True) -> dict[str, Any]:
        """The JSON output of ``mediaops check --format json`` (SPEC §2).

        ``parts=False`` leaves out the explained parts (general, levels,
        missing facts, assumptions): the rest is cheap.
        """
        out: dict[str, Any] = {
            "ruleset": {
                "id": self.ruleset_id,
                "edition": self.edition,
                "name": localize(self.edition_name, lang),
            },
            "as_of": self.as_of.isoformat(),
        }
        if parts:
            out["general"] = [g.to_dict(lang) for g in self.general]
            out["levels"] = [lv.to_dict(lang) for lv in self.levels]
        out["eligible_levels"] = self.eligible_levels
        out["highest_eligible"] = self.highest_eligible
        if parts:
            out["missing_facts"] = [m.to_dict(lang) for m in self.missing_facts]
            out["assumptions"] = self.assumptions_json(lang)
        out["facts"] = self.facts
        return out
