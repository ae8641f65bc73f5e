"""The report: what the engine found, worded, as plain data that explains itself.

Every condition result carries its status, the value required, the value the
candidate has, the wording of what is required and, when it falls short, of
what is missing. Rendering (tables, JSON) only formats these fields.

Everything here is a function of the engine's outcomes and decisions and of
the ruleset, never of the candidate's raw facts: the wording of a condition
depends on (condition, outcome) alone. Text is a :class:`~mediaops.messages.Msg`
or a bilingual value, formatted in the language asked for at the end.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date
from functools import cached_property, partial
from typing import Any, NamedTuple

from mediaops import dates
from mediaops.engine.conditions import need_msg, unit_of
from mediaops.engine.decide import Decision, Opens, Verdict, pathway_reach, pathway_status
from mediaops.engine.evaluator import Evaluation, Evaluator
from mediaops.engine.facts import DiplomaFact, Facts, diploma_facts
from mediaops.engine.outcome import Closer, Need, Note, Outcome, Record, Status
from mediaops.engine.series import HORIZON_YEARS, horizon
from mediaops.memo import memoized
from mediaops.messages import EDUCATION_NAMES, Lang, Msg, Phrase, localize, name, tr, years_bound
from mediaops.rules import Bilingual, Condition, Pathway, Ruleset
from mediaops.terms import Direction, Education

from .relevance import relevant


class ConditionResult(NamedTuple):
    """One condition of a clause, decided and worded.

    Attributes:
        kind: the condition kind (``experience`` …).
        status: met, unmet or unknown.
        required: the value the clause asks for (JSON-ready).
        actual: the candidate's value (JSON-ready), None when unknown or none.
        text: what is required, in words.
        shortfall: what is missing (unmet) or which fact is unknown (unknown).
        reachable_on: for a gap time closes, when (if the candidate keeps working); for
            an unknown condition, when time alone meets it whatever is not known, if it does.
        assumptions: ids of the ruleset assumptions it rests on.
        notes: the engine's assumptions on the facts it rests on.
        needs: for unknown, the facts that would settle it.
        closer: for unmet, what closes the gap (time, the ladder, an action, nothing near).
    """

    kind: str
    status: Status
    required: Any
    actual: Any
    text: Msg
    shortfall: Msg | None
    reachable_on: date | None
    assumptions: tuple[str, ...]
    notes: tuple[Msg, ...]
    needs: tuple[Need, ...]
    closer: Closer | None


def condition_result(evaluator: Evaluator, index: int, outcome: Outcome) -> ConditionResult:
    """Condition ``index`` of ``evaluator`` worded for ``outcome`` (a function of both alone)."""
    cond = evaluator.conditions[index]
    unit = evaluator.units[index]
    return ConditionResult(
        cond.kind,
        outcome.status,
        evaluator.required[index],
        json_value(outcome.actual),
        evaluator.requirements[index],
        unit.shortfall(cond, outcome),
        outcome.reachable_on,
        outcome.assumptions,
        tuple(note_msg(n) for n in outcome.notes),
        outcome.needs,
        outcome.closer if outcome.status is Status.unmet else None,
    )


def json_value(value: Any) -> Any:
    """An outcome's value as JSON-ready data (records as objects, tuples as lists)."""
    if isinstance(value, Record):
        return {k: json_value(v) for k, v in value}
    if isinstance(value, tuple):
        return [json_value(v) for v in value]
    return value


def note_msg(note: Note) -> Msg:
    """An engine note in words (its values named as a person reads them)."""
    from mediaops.engine.conditions import level_name, title_name

    params: dict[str, Any] = dict(note.params)
    if "level" in params:
        params["level"] = level_name(params["level"])
    for key in ("title", "higher"):
        if key in params:
            params[key] = title_name(params[key])
    for key in ("education", "held"):
        if params.get(key) is not None:
            params[key] = name(EDUCATION_NAMES, params[key])
    if "fewest" in params:  # years said as a bound (取证后年限 1-3年)
        params["bound"] = years_bound(params.pop("fewest"), params.pop("most"), params.pop("below"))
    return Msg.of(f"note.{note.key}", **params)


class PathwayResult(NamedTuple):
    """One pathway of a level: all of its conditions must hold."""

    id: str
    status: Status
    text: Bilingual
    conditions: tuple[ConditionResult, ...]
    reachable_on: date | None

    @property
    def missing(self) -> tuple[Msg, ...]:
        """What is missing, in order: shortfalls of unmet and unknown conditions (each once:
        two conditions may wait for the same fact)."""
        return _unique(c.shortfall for c in self.conditions if c.shortfall is not None)


class GeneralResult(NamedTuple):
    """A general condition (G1 …), decided and worded."""

    id: str
    status: Status
    blocking: bool
    text: Bilingual
    condition: ConditionResult
    assumption: str | None


class RouteResult(NamedTuple):
    """A way to a level not reached: the pathway, how it opens, and what it lacks."""

    pathway: str
    opens: Opens
    on: date | None
    lacks: tuple[Msg, ...]
    earliest: bool = False  # ``on`` is only the earliest it can be
    training: int | None = None  # an ``action`` route: the level of the training it lacks
    working: bool = True  # ``on`` comes if the candidate keeps working (not the days alone)
    latest: bool = False  # ``on`` is the latest it can be: a part not known may be met sooner


class LevelResult(NamedTuple):
    """The verdict for one level and everything it rests on.

    Attributes:
        level: 4, 3, 2 or 1.
        name: its bilingual name.
        status: eligible, not_eligible, undetermined, held or not_offered.
        qualifying_pathways: ids of the pathways met (eligible).
        pathways: every pathway, decided and worded.
        closest: for a level not reached, the pathway nearest to being met.
        missing: what the closest pathway (and an unknown general condition) lacks.
        blocked_by: ids of blocking general conditions not met.
        reachable_on: when time alone makes it eligible (if the candidate keeps working).
        assumptions: ids of the ruleset assumptions the verdict rests on
            (:func:`verdict_assumptions`).
        notes: the engine's assumptions on the facts the verdict rests on.
        documents: what to bring, for an eligible level.
        routes: for a level not reached, every way there, nearest first.
        general_unknown: blocking general conditions unknown that would settle it.
        uses: ids of the ruleset assumptions its words use, the verdict resting on them or
            not (a shortfall shown, 取证后还需从业满 4 年; :func:`shown_assumptions`).
    """

    level: int
    name: Bilingual
    status: Verdict
    qualifying_pathways: tuple[str, ...]
    pathways: tuple[PathwayResult, ...]
    closest: str | None
    missing: tuple[Msg, ...]
    blocked_by: tuple[str, ...]
    reachable_on: date | None
    assumptions: tuple[str, ...]
    notes: tuple[Msg, ...]
    documents: tuple[Phrase, ...]
    routes: tuple[RouteResult, ...]
    general_unknown: tuple[GeneralResult, ...]
    uses: tuple[str, ...] = ()

    def pathway(self, pathway_id: str) -> PathwayResult:
        """The result of one pathway by id."""
        return next(p for p in self.pathways if p.id == pathway_id)

    @property
    def reachable_on_earliest(self) -> bool:
        """``reachable_on`` is only the earliest it can be: every route that time alone opens
        on that date counts years known only as a bound (a route on the same date whose years
        are known makes the date sure)."""
        on = self.reachable_on
        if on is None:
            return False
        bounds = [r.earliest for r in self.routes if r.opens is Opens.time and r.on == on]
        return bool(bounds) and all(bounds)

    @property
    def reachable_on_latest(self) -> bool:
        """``reachable_on`` is the latest it can be: the date is sure (not only the earliest),
        and the level may be reached sooner, even now: it is undetermined, or a route time
        alone opens rests on a part not known that may be met before its date."""
        if self.reachable_on is None or self.reachable_on_earliest:
            return False
        if self.status is Verdict.undetermined:
            return True
        return any(r.latest for r in self.routes if r.opens is Opens.time)


def pathway_result(
    evaluator: Evaluator,
    level_index: int,
    index: int,
    outcomes: tuple[Outcome, ...],
    condition: Callable[[int, Outcome], ConditionResult] | None = None,
) -> PathwayResult:
    """One pathway worded from its conditions' outcomes (``condition`` words each one:
    :func:`condition_result`, which a batch remembers)."""
    pathway: Pathway = evaluator.ruleset.levels[level_index].pathways[index]
    conditions = evaluator.layout[level_index][index]
    word = condition or partial(condition_result, evaluator)
    results = tuple(word(i, o) for i, o in zip(conditions, outcomes, strict=True))
    status = pathway_status(outcomes)
    reach = pathway_reach(outcomes) if status is Status.unmet else None
    return PathwayResult(pathway.id, status, pathway.text, results, reach)


def general_results(
    evaluator: Evaluator, outcomes: tuple[Outcome, ...]
) -> tuple[GeneralResult, ...]:
    """The general conditions (G1 …) worded from their outcomes (in ruleset order)."""
    return tuple(
        GeneralResult(
            g.id,
            outcomes[i].status,
            g.blocking,
            g.text,
            condition_result(evaluator, i, outcomes[i]),
            g.assumption,
        )
        for i, g in enumerate(evaluator.ruleset.general)
    )


def _unique(items: Any) -> tuple[Any, ...]:
    return tuple(dict.fromkeys(items))


def _rested_on(paths: Sequence[Sequence[Any]], gates: Sequence[Any], what: str) -> tuple[Any, ...]:
    """The assumptions (or notes) a verdict rests on, each once: those of the general
    conditions, and of its pathways those that every one uses. Two pathways met, one with an
    assumption and one without: the verdict does not rest on it (a final-year student with
    3 years of work is eligible by 4-1 whatever 4-3 assumes of students)."""
    per_path = [_unique(x for c in conditions for x in getattr(c, what)) for conditions in paths]
    common = set(per_path[0]).intersection(*per_path[1:]) if per_path else set()
    of_paths = (x for items in per_path for x in items if x in common)
    return _unique((*of_paths, *(x for c in gates for x in getattr(c, what))))


def level_result(
    evaluator: Evaluator,
    level_index: int,
    decision: Decision,
    gate: tuple[Outcome, ...],
    pathways: tuple[tuple[Outcome, ...], ...],
    direction: Direction | None,
    nonblocking: tuple[Outcome, ...] = (),
    words: Wording | None = None,
) -> LevelResult:
    """A level worded from its decision and the outcomes it was decided on (and those of
    the general conditions that do not block, for the assumption that they do not).

    A function of its arguments alone (the evaluator's ruleset is fixed), so a
    batch may remember it on them; ``words`` gives its parts (:func:`pathway_result`,
    :func:`documents`), which a batch remembers on theirs.
    """
    ruleset = evaluator.ruleset
    rule = ruleset.levels[level_index]
    words = words or Wording(evaluator)
    results = tuple(words.pathway(level_index, i, p) for i, p in enumerate(pathways))
    gate_index = evaluator.gate
    general = ruleset.general
    gate_results = tuple(
        GeneralResult(
            general[g].id,
            o.status,
            True,
            general[g].text,
            words.condition(g, o),
            general[g].assumption,
        )
        for g, o in zip(gate_index, gate, strict=True)
    )
    unknown = tuple(gate_results[i] for i in decision.unsettled)
    closest = None if decision.closest is None else results[decision.closest]
    missing = level_missing(evaluator, level_index, decision, gate, pathways, words.shortfall)
    # what the verdict rests on: its pathways (met, or the closest), and the
    # blocking general conditions unless the level is held (or not offered)
    paths = [results[i].conditions for i in decision.relied]
    gated = decision.status not in (Verdict.held, Verdict.not_offered)
    gates = [g.condition for g in gate_results] if gated else []
    assumptions = verdict_assumptions(
        ruleset, level_index, decision, gate, pathways, direction, nonblocking
    )
    routes = tuple(
        RouteResult(
            results[r.pathway].id,
            r.opens,
            r.on,
            results[r.pathway].missing,
            r.earliest,
            action_training(
                evaluator, evaluator.layout[level_index][r.pathway], pathways[r.pathway], rule.level
            )
            if r.opens is Opens.action
            else None,
            r.working,
            r.latest,
        )
        for r in decision.routes
    )
    return LevelResult(
        rule.level,
        rule.name,
        decision.status,
        tuple(results[i].id for i in decision.qualifying),
        results,
        None if closest is None else closest.id,
        missing,
        tuple(gate_results[i].id for i in decision.blocked_by),
        decision.reachable_on,
        tuple(assumptions),
        _rested_on(paths, gates, "notes"),
        words.documents(
            level_index,
            decision.relied[0],
            final_year_variants(
                evaluator, level_index, decision.relied[0], pathways[decision.relied[0]]
            ),
        )
        if decision.status is Verdict.eligible
        else (),
        routes,
        unknown,
        _with_direction(
            shown_assumptions(decision, gate, pathways), ruleset, direction, level_index, decision
        ),
    )


def condition_shortfall(evaluator: Evaluator, index: int, outcome: Outcome) -> Msg | None:
    """What condition ``index`` lacks for ``outcome``, in words (a function of both alone)."""
    return evaluator.units[index].shortfall(evaluator.conditions[index], outcome)


#: What a condition lacks, in words: (condition index, outcome) → message (see
#: :func:`condition_shortfall`; :class:`Wording` may remember it).
Shortfall = Callable[[int, Outcome], "Msg | None"]


def level_missing(
    evaluator: Evaluator,
    level_index: int,
    decision: Decision,
    gate: tuple[Outcome, ...],
    pathways: tuple[tuple[Outcome, ...], ...],
    shortfall: Shortfall | None = None,
) -> tuple[Msg, ...]:
    """What a level not reached lacks: the unknown general conditions that would settle it,
    then what its closest pathway lacks (:attr:`LevelResult.missing`); ``()`` otherwise.
    Each once, in order: two conditions may wait for the same fact."""
    if decision.status not in (Verdict.not_eligible, Verdict.undetermined):
        return ()
    lacking = shortfall or partial(condition_shortfall, evaluator)
    pairs = [(evaluator.gate[i], gate[i]) for i in decision.unsettled]
    if decision.closest is not None:
        closest = decision.closest
        indices = evaluator.layout[level_index][closest]
        pairs += zip(indices, pathways[closest], strict=True)
    return _unique(
        m for i, o in pairs if o.status is not Status.met and (m := lacking(i, o)) is not None
    )


def verdict_assumptions(
    ruleset: Ruleset,
    level_index: int,
    decision: Decision,
    gate: tuple[Outcome, ...],
    pathways: tuple[tuple[Outcome, ...], ...],
    direction: Direction | None,
    nonblocking: tuple[Outcome, ...] = (),
) -> tuple[str, ...]:
    """The ids of the ruleset's assumptions a level's verdict rests on, those that could
    change it if they did not hold:

    * not eligible: of each pathway (or, blocked, of the general conditions) whose unmet
      conditions all rest on one, those. A pathway unmet also by a condition that assumes
      nothing (no 三级 held) stays unmet whatever the others assume: 2-1's "一定年限" of
      4 years is not what keeps a candidate without a 三级 from 二级;
    * otherwise: those of its pathways (met, or the closest) that every one uses, and of
      the blocking general conditions unless the level is held (or not offered); and,
      undetermined with the general conditions met, those of each pathway unmet only on
      conditions that rest on one, all its others met: were they not so, it would be met
      and the level eligible (the 2023 template's years after a 四级);

    and the direction's where the verdict rests on a certificate of a level the direction
    lacks, unless it is not eligible: that a 四级 of any direction counts lets more
    certificates count, so it keeps no level shut; and that of a general condition that
    does not block (the 2023 template's G1, "only a note"; ``nonblocking``: the outcomes of
    those conditions, in ruleset order) where, were it to block, the verdict would differ:
    an eligible level's where it is not met or not known, an undetermined one's where it
    is not met.
    (:func:`shown_assumptions`: those the level's words use.)"""
    if decision.status is Verdict.not_eligible:
        # (not the direction's: that any direction's 四级 counts widens, it opens nothing)
        parts = (gate,) if decision.blocked_by else pathways
        return _unique(a for outcomes in parts for a in _unmet_rests_on(outcomes))
    found = shown_assumptions(decision, gate, pathways)
    if decision.status in (Verdict.eligible, Verdict.undetermined):
        # what would close the level, were the note to block: for an eligible one, a
        # note not met or not known; for an undetermined one, a note not met
        closing = (UNMET, UNKNOWN) if decision.status is Verdict.eligible else (UNMET,)
        notes = (g for g in ruleset.general if not g.blocking)
        held_on = tuple(
            g.assumption
            for g, o in zip(notes, nonblocking, strict=False)
            if g.assumption is not None and o.status in closing
        )
        found = _unique((*found, *held_on))
    if decision.status is Verdict.undetermined and all(o.status is MET for o in gate):
        opening = (
            a
            for outcomes in pathways
            if not any(o.status is UNKNOWN for o in outcomes)
            for a in _unmet_rests_on(outcomes)
        )
        found = _unique((*found, *opening))
    return _with_direction(found, ruleset, direction, level_index, decision)


def _with_direction(
    found: tuple[str, ...],
    ruleset: Ruleset,
    direction: Direction | None,
    level_index: int,
    decision: Decision,
) -> tuple[str, ...]:
    """``found`` and the direction's assumption where the level rests on a certificate of a
    level the direction lacks (:func:`_direction_assumption`)."""
    extra = _direction_assumption(ruleset, direction, level_index, decision)
    return found if extra is None or extra in found else (*found, extra)


def shown_assumptions(
    decision: Decision, gate: Sequence[Outcome], pathways: Sequence[Sequence[Outcome]]
) -> tuple[str, ...]:
    """The ids of the ruleset's assumptions a level's words use: those of its pathways the
    verdict relies on (met, or the closest: its shortfall shown, 取证后还需从业满 4 年),
    that every one uses, and of the blocking general conditions unless the level is held
    (or not offered)."""
    paths = [pathways[i] for i in decision.relied]
    gated = decision.status not in (Verdict.held, Verdict.not_offered)
    return _rested_on(paths, gate if gated else (), "assumptions")


def _unmet_rests_on(outcomes: Sequence[Outcome]) -> tuple[str, ...]:
    """The assumptions an unmet group of conditions (a pathway, the general conditions)
    rests on: those of its unmet conditions, if every one rests on one; else none."""
    unmet = [o for o in outcomes if o.status is UNMET]
    if not unmet or any(not o.assumptions for o in unmet):
        return ()
    return _unique(a for o in unmet for a in o.assumptions)


def _direction_assumption(
    ruleset: Ruleset, direction: Direction | None, level_index: int, decision: Decision
) -> str | None:
    """The direction's assumption, when the verdict rests on a certificate of a level it lacks."""
    rule = ruleset.direction(direction)
    if rule is None or rule.assumption is None or not decision.relied:
        return None
    pathways = ruleset.levels[level_index].pathways
    for i in decision.relied:
        for cond in pathways[i].conditions:
            level = unit_of(cond).certificate_level(cond)
            if level is not None and level not in rule.levels:
                return rule.assumption
    return None


def final_year_variants(
    evaluator: Evaluator, level_index: int, pathway: int, outcomes: tuple[Outcome, ...]
) -> tuple[bool, ...]:
    """For each condition of a pathway, whether its document is the student's variant (the
    outcome says the diploma is still studied for)."""
    indices = evaluator.layout[level_index][pathway]
    return tuple(
        evaluator.units[i].final_year_document(evaluator.conditions[i], o)
        for i, o in zip(indices, outcomes, strict=True)
    )


def documents(
    evaluator: Evaluator, level_index: int, pathway: int, final_year: tuple[bool, ...]
) -> tuple[Phrase, ...]:
    """What to bring for a level eligible by ``pathway``: a document per condition of the
    pathway (the student's variant where ``final_year`` says so, see
    :func:`final_year_variants`), then per blocking general condition; each once."""
    indices = evaluator.layout[level_index][pathway]
    variants = (*final_year, *(False,) * len(evaluator.gate))
    out: list[Phrase] = []
    for i, variant in zip((*indices, *evaluator.gate), variants, strict=True):
        cond: Condition = evaluator.conditions[i]
        doc = evaluator.ruleset.document(cond.kind, final_year=variant)
        if doc is None:
            continue
        params = tuple(evaluator.units[i].document_params(cond).items())
        phrase = Phrase(doc.text.zh, doc.text.en, params)
        if phrase not in out:
            out.append(phrase)
    return tuple(out)


class MissingFact(NamedTuple):
    """A fact to give, and the levels it would help settle."""

    need: Need
    levels: tuple[int, ...]

    @property
    def msg(self) -> Msg:
        """The fact, in words."""
        return need_msg(self.need)


#: The certificates held, when not known: a certificate of a level or higher makes it held.
_CERTIFICATES_NEED = Need.of("certificates")


def missing_facts(
    levels: tuple[LevelResult, ...], *, certificates_known: bool = True
) -> tuple[MissingFact, ...]:
    """Facts not given that undetermined levels wait on: those whose giving could change a
    verdict are among them (:attr:`Report.missing_facts` tries each by evaluation).

    Only from conditions of pathways still unknown (an unmet pathway stays
    unmet whatever is given), and only while no pathway is met (then only the
    general conditions decide), and from unknown general conditions that
    settle a level. With the certificates not known (``certificates_known``
    false), they are asked for every undetermined level too: one of that level
    or higher would make it held, whatever its conditions.
    """
    wanted: dict[Need, list[int]] = {}
    for lv in levels:
        if lv.status is not Verdict.undetermined:
            continue
        sources = [g.condition for g in lv.general_unknown]
        if not any(p.status is Status.met for p in lv.pathways):
            sources += [c for p in lv.pathways if p.status is Status.unknown for c in p.conditions]
        needs = [need for c in sources for need in c.needs]
        if not certificates_known:
            needs.append(_CERTIFICATES_NEED)
        for need in needs:
            if lv.level not in wanted.setdefault(need, []):
                wanted[need].append(lv.level)
    return tuple(MissingFact(n, tuple(ls)) for n, ls in wanted.items())


#: Whether a diploma of a type not given is received yet.
_RECEIVED_NEED = Need.of("graduating", education=None)


def asked_facts(report: Report) -> list[MissingFact]:
    """The facts the undetermined levels wait on, before they are tried for whether they
    could change a verdict (:attr:`Report.missing_facts`): :func:`missing_facts`, whether a
    diploma is received narrowed by :func:`_whether_received`."""
    known = report.facts.certificates is not None
    found = (
        _whether_received(report, m) for m in missing_facts(report.levels, certificates_known=known)
    )
    return [m for m in found if m.levels]


def _whether_received(report: Report, found: MissingFact) -> MissingFact:
    """Whether a diploma of a type not given is received, asked for by a general condition
    alone, only for the levels where it could change the verdict together with the type.

    A general condition (G1) may turn on it for a type whose student holds less (a 初中
    student holds 小学), and a level only where a pathway could then hold: with no
    experience, 四级 rests on 4-3 (a technical school), which no such type meets. Each
    type is tried, received and not, and a level is kept where the two verdicts differ.
    """
    if found.need != _RECEIVED_NEED:
        return found
    facts = report.evaluation.facts
    given = tuple(d for d in facts.diplomas if not d.implied)
    unsure = [i for i, d in enumerate(given) if d.education is None and d.graduating is None]
    if len(unsure) != 1:
        return found
    evaluator = report.evaluation.evaluator
    indices = {lv.level: i for i, lv in enumerate(report.levels)}
    keep: list[int] = []
    for level in found.levels:
        result = report.level(level)
        asked_by_pathway = not any(p.status is Status.met for p in result.pathways) and any(
            found.need in c.needs
            for p in result.pathways
            if p.status is Status.unknown
            for c in p.conditions
        )
        if asked_by_pathway or any(
            _received_decides(evaluator, facts, given, unsure[0], education, indices[level])
            for education in Education
        ):
            keep.append(level)
    return found._replace(levels=tuple(keep))


def _received_decides(
    evaluator: Evaluator,
    facts: Facts,
    given: tuple[DiplomaFact, ...],
    index: int,
    education: Education,
    level_index: int,
) -> bool:
    """Whether the diploma ``given[index]``, of type ``education``, decides level
    ``level_index`` otherwise received than still studied for."""
    verdicts = set()
    for graduating in (True, False):
        diplomas = list(given)
        diplomas[index] = given[index]._replace(education=education, graduating=graduating)
        what_if = replace(facts, diplomas=diploma_facts(tuple(diplomas)))
        verdicts.add(evaluator.evaluate(what_if).decisions[level_index].status)
    return len(verdicts) > 1


def direction_note(
    ruleset: Ruleset, direction: Direction | None, open_levels: Iterable[int]
) -> Msg | None:
    """Without a direction: that a direction starts higher (数据分析 at 三级).

    Said only where it matters: a level the candidate may apply for, or may
    once a fact is given (``open_levels``), is one that direction has not.
    """
    if direction is not None:
        return None
    open_ = set(open_levels)
    for d in ruleset.directions:
        if open_ - set(d.levels):
            return Msg.of(
                "note.direction_levels", direction=d.name, level=Msg.of(f"level.{max(d.levels)}")
            )
    return None


class Wording:
    """The wording functions of one evaluator; with ``memo``, each remembered on its whole input.

    Both :func:`general_results` and :func:`level_result` are functions of the
    outcomes and decisions they are given (the evaluator's ruleset is fixed),
    so a list of candidates can share their results.
    """

    def __init__(self, evaluator: Evaluator, *, memo: bool = False) -> None:
        self.evaluator = evaluator
        condition = partial(condition_result, evaluator)
        #: a condition worded from its outcome (shared by the pathways and levels worded)
        self.condition: Callable[[int, Outcome], ConditionResult] = (
            memoized(condition, "wording") if memo else condition
        )
        general = partial(general_results, evaluator)
        pathway = partial(pathway_result, evaluator, condition=self.condition)
        #: a pathway worded from its outcomes (shared by the levels that are worded)
        self.pathway: Callable[[int, int, tuple[Outcome, ...]], PathwayResult] = (
            memoized(pathway, "wording") if memo else pathway
        )
        #: what to bring for a level eligible by a pathway (see :func:`documents`)
        docs = partial(documents, evaluator)
        self.documents: Callable[[int, int, tuple[bool, ...]], tuple[Phrase, ...]] = (
            memoized(docs, "wording") if memo else docs
        )
        level = partial(level_result, evaluator, words=self)
        self.general: Callable[[tuple[Outcome, ...]], tuple[GeneralResult, ...]] = (
            memoized(general, "wording") if memo else general
        )
        self.level: Callable[..., LevelResult] = memoized(level, "wording") if memo else level
        shortfall = partial(condition_shortfall, evaluator)
        self.shortfall: Shortfall = memoized(shortfall, "wording") if memo else shortfall


class Report:
    """The whole answer for one candidate on one date, worded.

    Attributes:
        ruleset: the requirements used.
        as_of: the evaluation date.
        general: the general conditions (G1 …).
        levels: the four levels, in the order 4, 3, 2, 1 (worded when first asked for).
        evaluation: what the engine found (facts, outcomes, decisions).
    """

    def __init__(
        self,
        evaluation: Evaluation,
        words: Wording | None = None,
        *,
        levels: tuple[LevelResult, ...] | None = None,
    ) -> None:
        """Word what the engine found (``words``: remembering, for a list; plain by default).

        ``levels``: the levels of ``evaluation`` already worded by :func:`level_result`
        (as :class:`~mediaops.report.json.ReportJson` words them with their JSON).
        """
        words = words or Wording(evaluation.evaluator)
        self.evaluation = evaluation
        self.ruleset = evaluation.evaluator.ruleset
        self.as_of = evaluation.facts.as_of
        self.general = words.general(tuple(evaluation.outcomes[: len(self.ruleset.general)]))
        self._words = words
        #: the levels worded so far (a plan asks a report of each day for one level only)
        self._worded: list[LevelResult | None] = (
            [None] * len(evaluation.decisions) if levels is None else list(levels)
        )

    def _level_at(self, i: int) -> LevelResult:
        """The level at index ``i``, worded the first time it is asked for."""
        worded = self._worded[i]
        if worded is None:
            evaluation = self.evaluation
            worded = self._words.level(
                i,
                evaluation.decisions[i],
                evaluation.gate(),
                evaluation.pathways(i),
                evaluation.facts.direction,
                evaluation.nonblocking(),
            )
            self._worded[i] = worded
        return worded

    @cached_property
    def levels(self) -> tuple[LevelResult, ...]:
        """The levels, in the order 4, 3, 2, 1."""
        return tuple(self._level_at(i) for i in range(len(self._worded)))

    def __repr__(self) -> str:
        verdicts = ", ".join(f"{lv.level}={lv.status.value}" for lv in self.levels)
        return f"Report(as_of={self.as_of}, {verdicts})"

    @property
    def facts(self) -> Facts:
        """The facts as the rules read them."""
        return self.evaluation.facts

    @property
    def edition(self) -> str:
        """The ruleset's edition id."""
        return self.ruleset.edition

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
        """The result for one level.

        Raises:
            TypeError: ``number`` is not an int, or is a bool (``"3"``, ``3.0``, ``True``:
                equal to a level number as Python compares them, ``True == 1``, but not one;
                as :func:`evaluate` refuses an argument of another type).
            KeyError: the ruleset has no such level (``7``).
        """
        level_number(number)
        rules = self.ruleset.levels
        for i, rule in enumerate(rules):
            if rule.level == number:
                return self._level_at(i)
        # (not a StopIteration from next(), which a generator calling this turns into a
        # RuntimeError)
        raise KeyError(number)

    def to_dict(self, lang: Lang = "zh") -> dict[str, Any]:
        """The JSON output of ``mediaops check --format json`` (SPEC §2).

        Raises:
            ValueError: ``lang`` is neither ``"zh"`` nor ``"en"``.
        """
        from .json import report_dict

        if lang not in ("zh", "en"):
            raise ValueError(f"lang: expected 'zh' or 'en', not {lang!r}")
        return report_dict(self, lang)

    @cached_property
    def missing_facts(self) -> tuple[MissingFact, ...]:
        """Facts not given whose giving could change the verdict of an undetermined level,
        and those levels (found once per report): the facts the levels wait on
        (:func:`missing_facts`, :func:`_whether_received`), each kept for a level only where
        evaluating some of its values, the level's other such facts given, gives the level
        two verdicts (:func:`~mediaops.report.relevance.relevant`)."""
        found = asked_facts(self)
        indices = {lv.level: i for i, lv in enumerate(self.levels)}
        asked = {
            indices[lv.level]: [m.need for m in found if lv.level in m.levels]
            for lv in self.levels
            if any(lv.level in m.levels for m in found)
        }
        kept = relevant(self.evaluation, asked)
        pruned = (
            m._replace(levels=tuple(n for n in m.levels if m.need in kept[indices[n]]))
            for m in found
        )
        return tuple(m for m in pruned if m.levels)

    @property
    def assumptions(self) -> tuple[tuple[str, Bilingual], ...]:
        """The ruleset assumptions the verdicts rest on, or the words shown use (a
        shortfall that rests on one, 取证后还需从业满 4 年): (id, bilingual text)."""
        ids = _unique(a for lv in self.levels for a in (*lv.assumptions, *lv.uses))
        return tuple((a, self.ruleset.assumption(a).text) for a in ids)

    @property
    def notes(self) -> tuple[Msg, ...]:
        """The engine's assumptions on the facts, as the verdicts used them."""
        return _unique(n for lv in self.levels for n in lv.notes)

    @property
    def direction_note(self) -> Msg | None:
        """Without a direction: that a direction starts at a higher level, if one does."""
        open_ = (
            lv.level for lv in self.levels if lv.status in (Verdict.eligible, Verdict.undetermined)
        )
        return direction_note(self.ruleset, self.facts.direction, open_)


MET, UNMET, UNKNOWN = Status.met, Status.unmet, Status.unknown


def route_sentence(lv: LevelResult, route: RouteResult, lang: Lang) -> str | None:
    """A route one action or time alone opens, as one sentence (shared with ``batch``)."""
    return route_words(
        lv.level,
        route.pathway,
        route.opens,
        route.on,
        route.training,
        lang,
        earliest=route.earliest,
        working=route.working,
        latest=route.latest,
    )


def level_number(number: object) -> None:
    """Refuse a level number that is no int, or a bool (``True == 1``, but no level).

    Raises:
        TypeError: ``number`` is not an int, or is a bool.
    """
    if not isinstance(number, int) or isinstance(number, bool):
        raise TypeError(f"number: expected an int, not {type(number).__name__}")


def cut_short(as_of: date) -> bool:
    """Whether time alone is followed from ``as_of`` for fewer years than
    :data:`~mediaops.engine.series.HORIZON_YEARS`, the latest date there is
    (:data:`~mediaops.dates.LATEST_DATE`) coming first: a level time does not reach is then
    not reached by that date, which is the reason (``check`` and ``plan`` say so alike)."""
    return horizon(as_of) < dates.add_months(as_of, 12 * HORIZON_YEARS)


def out_of_time(pathway: PathwayResult) -> bool:
    """Whether time alone would close every gap of ``pathway`` but some only past the last
    date followed (:func:`~mediaops.engine.series.horizon`): no date is given for it, and
    the reason is the time followed, not a diploma or a certificate it lacks."""
    gaps = [c for c in pathway.conditions if c.status is not MET]
    return (
        bool(gaps)
        and all(c.status is UNMET and c.closer in (Closer.time, Closer.wait) for c in gaps)
        and any(c.reachable_on is None for c in gaps)
    )


def action_training(
    evaluator: Evaluator, indices: Iterable[int], outcomes: Iterable[Outcome], level: int
) -> int:
    """The level of the formal training a route one action opens lacks: the first unmet
    condition's whose unit names one (:meth:`Unit.training`), else the level itself."""
    for i, o in zip(indices, outcomes, strict=True):
        if o.status is UNMET:
            training = evaluator.units[i].training(evaluator.conditions[i])
            if training is not None:
                return training
    return level


def route_words(
    level: int,
    pathway: str,
    opens: Opens,
    on: date | None,
    training: int | None,
    lang: Lang,
    *,
    earliest: bool = False,
    working: bool = True,
    latest: bool = False,
) -> str | None:
    """The sentence of a route: ``完成四级正规培训即可报考四级(4-2)``, ``2027-05-27 起可报考四级(4-1)``.

    ``training``: the level of the formal training an action route lacks; ``working``:
    a date time brings comes only if the candidate keeps working (else the days alone
    bring it, and the sentence does not say "if you keep working"); ``earliest``: the date
    is the earliest it can be; ``latest``: the latest (a part not known may be met sooner).
    None for a route neither one action nor time alone opens.
    """
    target = Msg.of(f"level.{level}")
    if opens is Opens.action:
        what = Msg.of(f"level.{training or level}")
        if on is None:
            return tr("route.action_now", lang, level=what, target=target, pathway=pathway)
        return tr(
            "route.action_then_earliest"
            if earliest
            else "route.action_then_latest"
            if latest
            else "route.action_then",
            lang,
            level=what,
            target=target,
            date=on.isoformat(),
            pathway=pathway,
        )
    if opens is Opens.time and on is not None:
        key = (
            "route.time_earliest"
            if earliest
            else "route.time_latest"
            if latest
            else "route.time"
            if working
            else "route.wait"
        )
        return tr(key, lang, target=target, date=on.isoformat(), pathway=pathway)
    return None


def localized_name(value: Any, lang: Lang) -> str:
    """A bilingual name in ``lang``."""
    return str(localize(value, lang))
