"""The engine: ``evaluate(candidate, ruleset, as_of=…) -> Report``. Pure; no I/O.

It implements the three-valued evaluation of SPEC §1:

* each condition is ``met``, ``unmet`` or ``unknown`` (a fact not given is
  unknown, never false or zero);
* a pathway is unmet if any condition is unmet, else unknown if any is
  unknown, else met;
* a level is eligible if any pathway is met, else undetermined if any is
  unknown, else not eligible; a blocking general condition (G1) joins every
  level with a three-valued AND; a level for which a certificate of that
  level or higher is held is ``held``.

It also works out, for every level not yet reached, the pathway closest to
being met, what it lacks, and the date time alone would close the gap (if
the candidate keeps working in the occupation), and the missing facts that
would settle an undetermined level.

The engine takes ``as_of`` rather than reading the clock, never prints, and
imports neither rich nor typer.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Protocol

from . import dates
from .messages import EDUCATION_NAMES, MAJOR_NAMES, Both, Msg, name
from .models import (
    ENROLMENT_PREREQUISITE,
    Candidate,
    Certificate,
    Education,
    InputError,
    level_short,
)
from .report import (
    ConditionResult,
    Fact,
    GeneralResult,
    LevelResult,
    MissingFact,
    PathwayResult,
    Report,
    Status,
    Verdict,
    all_of,
    any_of,
)
from .rules import (
    AdvisoryCondition,
    CertificateCondition,
    Condition,
    EducationCondition,
    ExperienceCondition,
    ExperienceSinceCertificateCondition,
    LevelRule,
    Pathway,
    Ruleset,
    TrainingCondition,
)

#: Tolerance for comparing years given as decimals (3.0 ≥ 3 must hold exactly).
EPS = 1e-9
#: How far ahead "time alone" is searched for a date.
HORIZON_YEARS = 100


# --- months over time ----------------------------------------------------------
# A "series" gives a number of months worked at any date from as_of on,
# assuming the candidate keeps working in the occupation from as_of; reach()
# is the first date it attains a target. Closed forms where they exist.


class _Series(Protocol):
    def now(self) -> float: ...
    def reach(self, months: float) -> date | None: ...


@dataclass(frozen=True, slots=True)
class _Linear:
    """``base`` months at ``start``, growing one month per calendar month."""

    base: float
    start: date

    def now(self) -> float:
        return self.base

    def reach(self, months: float) -> date:
        return dates.add_months(self.start, max(0, math.ceil(months - self.base - EPS)))


@dataclass(frozen=True, slots=True)
class _Since:
    """Complete months since ``since`` (continuous work since a date)."""

    since: date
    as_of: date

    def now(self) -> float:
        return dates.months_between(self.since, self.as_of)

    def reach(self, months: float) -> date:
        return max(self.as_of, dates.add_months(self.since, math.ceil(months - EPS)))


@dataclass(frozen=True, slots=True)
class _Capped:
    """The smaller of two series (years since a date, capped by experience in total)."""

    a: _Series
    b: _Series

    def now(self) -> float:
        return min(self.a.now(), self.b.now())

    def reach(self, months: float) -> date | None:
        ra, rb = self.a.reach(months), self.b.reach(months)
        return None if ra is None or rb is None else max(ra, rb)


@dataclass(frozen=True, slots=True)
class _History:
    """Months in the union of dated work periods (optionally only those after ``since``)."""

    stretches: tuple[dates.Stretch, ...]
    as_of: date
    since: date | None = None

    def at(self, when: date) -> int:
        stretches = list(self.stretches)
        if when > self.as_of:
            stretches.append(dates.Stretch(self.as_of, when - timedelta(days=1)))
        if self.since is not None:
            stretches = dates.clip(stretches, self.since)
        return dates.worked_months(stretches)[0]

    def now(self) -> float:
        return self.at(self.as_of)

    def reach(self, months: float) -> date | None:
        if self.now() + EPS >= months:
            return self.as_of
        lo, hi = self.as_of, dates.add_months(self.as_of, 12 * HORIZON_YEARS)
        if self.at(hi) + EPS < months:
            return None
        while (hi - lo).days > 1:
            mid = lo + (hi - lo) / 2
            if self.at(mid) + EPS >= months:
                hi = mid
            else:
                lo = mid
        return hi


# --- the facts, checked against the evaluation date ------------------------------


@dataclass(frozen=True, slots=True)
class _CertFacts:
    cert: Certificate
    series: _Series | None
    note: Msg | None

    @property
    def years(self) -> float | None:
        return None if self.series is None else self.series.now() / 12


@dataclass(frozen=True, slots=True)
class Facts:
    """The candidate's facts as the engine uses them on one date."""

    candidate: Candidate
    as_of: date
    experience: _Series | None
    experience_note: Msg | None
    stretches: tuple[dates.Stretch, ...]
    certs: tuple[_CertFacts, ...]
    trainings: frozenset[int]
    highest: int | None

    @property
    def experience_years(self) -> float | None:
        """Cumulative years of experience, or None when unknown."""
        return None if self.experience is None else self.experience.now() / 12

    def summary(self) -> dict[str, Any]:
        """The facts as used, for the JSON output."""
        c = self.candidate
        years = self.experience_years
        return {
            "education": c.education.value if c.education else None,
            "major": c.major.value if c.major else None,
            "graduating": c.graduating,
            "experience_years": None if years is None else round(years, 4),
            "work_periods": [[s.start.isoformat(), s.end.isoformat()] for s in self.stretches],
            "trainings": sorted(self.trainings, reverse=True),
            "certificates": [
                {
                    "level": cf.cert.level,
                    "date": cf.cert.date.isoformat() if cf.cert.date else None,
                    "years_after": None if cf.years is None else round(cf.years, 4),
                }
                for cf in self.certs
            ],
        }


def _field(key: str) -> Msg:
    return Msg.of(f"field.{key}")


def prepare(candidate: Candidate, as_of: date) -> Facts:
    """Check the candidate against ``as_of`` and derive the facts the rules use.

    Raises:
        InputError: a date after ``as_of``, or facts that contradict each other.
    """
    for cert in candidate.certificates:
        if cert.date is not None and cert.date > as_of:
            raise InputError(
                "cert",
                Msg.of("err.future_date", field=_field("cert"), value=cert.date, as_of=as_of),
            )
    stretches: list[dates.Stretch] = []
    for period in candidate.work_history:
        for when in (period.start, period.end):
            if when is not None and when > as_of:
                raise InputError(
                    "work",
                    Msg.of("err.future_date", field=_field("work"), value=when, as_of=as_of),
                )
        # An open period runs up to the evaluation date, counted like the time
        # since a certificate: 2022-06-15 → 2024-06-15 is 24 months.
        end = period.end if period.end is not None else as_of - timedelta(days=1)
        if end >= period.start:
            stretches.append(dates.Stretch(period.start, end))
    merged = tuple(dates.merge(stretches))

    experience: _Series | None = None
    experience_note: Msg | None = None
    if candidate.work_history:
        months, _complete, _left = dates.worked_months(merged)
        if candidate.experience is not None and abs(candidate.experience * 12 - months) > 1 + EPS:
            raise InputError(
                "experience",
                Msg.of("err.history_disagrees", given=candidate.experience, computed=months / 12),
            )
        experience = _History(merged, as_of)
        experience_note = Msg.of(
            "assume.experience_from_history",
            periods=", ".join(f"{s.start}..{s.end}" for s in merged) or "—",
            months=months,
            years=months / 12,
        )
    elif candidate.experience is not None:
        experience = _Linear(candidate.experience * 12, as_of)

    certs = []
    for cert in candidate.certificates:
        series: _Series | None = None
        note: Msg | None = None
        level = level_short(cert.level)
        if cert.years_after is not None:
            if cert.date is not None:
                elapsed = dates.months_between(cert.date, as_of)
                if cert.years_after * 12 > elapsed + 1 + EPS:
                    raise InputError(
                        "years_after_cert",
                        Msg.of(
                            "err.after_exceeds_elapsed",
                            level=level,
                            after=cert.years_after,
                            date=cert.date,
                            elapsed=elapsed / 12,
                        ),
                    )
            series = _Linear(cert.years_after * 12, as_of)
        elif cert.date is not None:
            if candidate.work_history:
                series = _History(merged, as_of, since=cert.date)
                note = Msg.of("assume.from_history", level=level, date=cert.date, years=0.0)
            elif experience is not None:
                series = _Capped(_Since(cert.date, as_of), experience)
                note = Msg.of(
                    "assume.continuous_capped",
                    level=level,
                    date=cert.date,
                    cap=experience.now() / 12,
                    years=0.0,
                )
            else:
                series = _Since(cert.date, as_of)
                note = Msg.of(
                    "assume.continuous_since_date", level=level, date=cert.date, years=0.0
                )
            if note is not None:
                # the years themselves are known only now that the series exists
                params = dict(note.params)
                params["years"] = series.now() / 12
                note = Msg.of(note.key, **params)
        if series is not None and experience is not None:
            total = experience.now()
            if series.now() > total + 1 + EPS:
                raise InputError(
                    "years_after_cert",
                    Msg.of("err.after_exceeds_total", after=series.now() / 12, total=total / 12),
                )
        certs.append(_CertFacts(cert, series, note))
    return Facts(
        candidate=candidate,
        as_of=as_of,
        experience=experience,
        experience_note=experience_note,
        stretches=merged,
        certs=tuple(certs),
        trainings=frozenset(candidate.trainings),
        highest=min((c.level for c in candidate.certificates), default=None),
    )


# --- conditions ----------------------------------------------------------------


def _num(years: float) -> float | int:
    """Whole numbers of years as ints in JSON (``"required": 3``)."""
    return int(years) if float(years).is_integer() else years


def _years(months: float) -> float:
    return round(months / 12, 4)


def _education_names(options: Iterable[Education]) -> Msg:
    parts = [name(EDUCATION_NAMES, e.value) for e in options]
    return Msg.of("cond.education_min", options=_joined(parts))


def _joined(parts: list[Both]) -> Both:
    return Both("、".join(p.zh for p in parts), ", ".join(p.en for p in parts))


def _majors_text(majors: tuple[Any, ...]) -> Msg:
    if set(majors) == {"same", "related"}:
        return Msg.of("majors.same_or_related")
    return Msg.of("majors.list", majors=_joined([name(MAJOR_NAMES, m.value) for m in majors]))


def _education(cond: EducationCondition, facts: Facts) -> ConditionResult:
    c = facts.candidate
    options = _education_names(cond.any_of)
    text = (
        Msg.of("cond.education_major", options=options, majors=_majors_text(cond.majors))
        if cond.majors is not None
        else Msg.of("cond.education", options=options)
    )
    required = {
        "any_of": [e.value for e in cond.any_of],
        "majors": None if cond.majors is None else [m.value for m in cond.majors],
    }
    if c.education is None:
        fact = Fact("education", Msg.of("fact.education"))
        return ConditionResult(
            "education", Status.unknown, required, None, text,
            Msg.of("short.unknown", fact=fact.msg), fact,
        )  # fmt: skip
    actual = {
        "education": c.education.value,
        "major": None if c.major is None else c.major.value,
        "graduating": c.graduating,
    }
    held = c.education
    assumptions: tuple[str, ...] = ()
    notes: tuple[Msg, ...] = ()
    if c.graduating and held in cond.any_of:
        if cond.final_year_students:
            assumptions = (cond.assumption,) if cond.assumption else ()
        else:
            held = ENROLMENT_PREREQUISITE[held]
            if held not in cond.any_of:
                return ConditionResult(
                    "education", Status.unmet, required, actual, text,
                    Msg.of("short.final_year", education=name(EDUCATION_NAMES, c.education.value)),
                )  # fmt: skip
            notes = (
                Msg.of(
                    "assume.final_year_prereq",
                    education=name(EDUCATION_NAMES, c.education.value),
                    held=name(EDUCATION_NAMES, held.value),
                ),
            )
    if held not in cond.any_of:
        return ConditionResult(
            "education", Status.unmet, required, actual, text,
            Msg.of("short.education", required=options),
        )  # fmt: skip
    if cond.majors is not None:
        if c.major is None:
            fact = Fact("major", Msg.of("fact.major"))
            return ConditionResult(
                "education", Status.unknown, required, actual, text,
                Msg.of("short.unknown", fact=fact.msg), fact, assumptions=assumptions,
            )  # fmt: skip
        if c.major not in cond.majors:
            return ConditionResult(
                "education", Status.unmet, required, actual, text,
                Msg.of("short.major", required=_majors_text(cond.majors)),
            )  # fmt: skip
    return ConditionResult(
        "education", Status.met, required, actual, text, assumptions=assumptions, notes=notes
    )


def _experience(cond: ExperienceCondition, facts: Facts) -> ConditionResult:
    text = Msg.of("cond.experience", years=_num(cond.years))
    required = _num(cond.years)
    assumptions = (cond.assumption,) if cond.assumption else ()
    if facts.experience is None:
        fact = Fact("experience", Msg.of("fact.experience"))
        return ConditionResult(
            "experience", Status.unknown, required, None, text,
            Msg.of("short.unknown", fact=fact.msg), fact, assumptions=assumptions,
        )  # fmt: skip
    months = facts.experience.now()
    target = cond.years * 12
    notes = (facts.experience_note,) if facts.experience_note else ()
    if months + EPS >= target:
        return ConditionResult(
            "experience", Status.met, required, _years(months), text,
            assumptions=assumptions, notes=notes,
        )  # fmt: skip
    return ConditionResult(
        "experience", Status.unmet, required, _years(months), text,
        Msg.of("short.experience", years=(target - months) / 12),
        reachable_on=facts.experience.reach(target), assumptions=assumptions, notes=notes,
    )  # fmt: skip


def _training(cond: TrainingCondition, facts: Facts) -> ConditionResult:
    level = level_short(cond.level)
    text = Msg.of("cond.training", level=level)
    actual = sorted(facts.trainings, reverse=True)
    if cond.level in facts.trainings:
        return ConditionResult("training", Status.met, cond.level, actual, text)
    return ConditionResult(
        "training", Status.unmet, cond.level, actual, text, Msg.of("short.training", level=level)
    )


def _certificate(cond: CertificateCondition, facts: Facts) -> ConditionResult:
    level = level_short(cond.level)
    text = Msg.of("cond.certificate", level=level)
    highest = facts.highest
    if highest is not None and highest <= cond.level:
        return ConditionResult("certificate", Status.met, cond.level, highest, text)
    return ConditionResult(
        "certificate", Status.unmet, cond.level, highest, text,
        Msg.of("short.certificate", level=level),
    )  # fmt: skip


def _experience_since_certificate(
    cond: ExperienceSinceCertificateCondition, facts: Facts
) -> ConditionResult:
    level = level_short(cond.level)
    text = Msg.of("cond.experience_since_certificate", level=level, years=_num(cond.years))
    required = _num(cond.years)
    assumptions = (cond.assumption,) if cond.assumption else ()
    kind = "experience_since_certificate"
    qualifying = [c for c in facts.certs if c.cert.level <= cond.level]
    if not qualifying:
        return ConditionResult(
            kind, Status.unmet, required, None, text,
            Msg.of("short.years_after_new", years=_num(cond.years)), assumptions=assumptions,
        )  # fmt: skip
    target = cond.years * 12
    known = [c for c in qualifying if c.series is not None]
    best = max(known, key=lambda c: c.series.now() if c.series else 0.0, default=None)
    if best is not None and best.series is not None:
        months = best.series.now()
        notes = (best.note,) if best.note else ()
        if months + EPS >= target:
            return ConditionResult(
                kind, Status.met, required, _years(months), text,
                assumptions=assumptions, notes=notes,
            )  # fmt: skip
        if len(known) == len(qualifying):
            return ConditionResult(
                kind, Status.unmet, required, _years(months), text,
                Msg.of(
                    "short.experience_since_certificate",
                    level=level_short(best.cert.level),
                    years=(target - months) / 12,
                ),
                reachable_on=best.series.reach(target), assumptions=assumptions, notes=notes,
            )  # fmt: skip
    # Some qualifying certificate has neither a date nor years since: ask for the
    # one closest to the level asked for (the earliest obtained, usually).
    unknown = max((c for c in qualifying if c.series is None), key=lambda c: c.cert.level)
    fact = Fact(
        "certificate_date",
        Msg.of("fact.certificate_date", level=level_short(unknown.cert.level)),
        unknown.cert.level,
    )
    return ConditionResult(
        kind, Status.unknown, required, None, text,
        Msg.of("short.unknown", fact=fact.msg), fact, assumptions=assumptions,
    )  # fmt: skip


def _advisory(cond: AdvisoryCondition, facts: Facts) -> ConditionResult:
    return ConditionResult("advisory", Status.unknown, None, None, Msg.of("cond.advisory"))


_CONDITION_EVALUATORS: dict[str, Callable[[Any, Facts], ConditionResult]] = {
    "education": _education,
    "experience": _experience,
    "training": _training,
    "certificate": _certificate,
    "experience_since_certificate": _experience_since_certificate,
    "advisory": _advisory,
}


def evaluate_condition(cond: Condition, facts: Facts) -> ConditionResult:
    """Evaluate one condition of any kind against prepared facts."""
    return _CONDITION_EVALUATORS[cond.kind](cond, facts)


# --- pathways and levels ---------------------------------------------------------


def _signature(cond: Condition, facts: Facts) -> Hashable:
    """The facts a condition reads: equal signatures give equal results."""
    kind = cond.kind
    if kind == "education":
        c = facts.candidate
        return (c.education, c.major, c.graduating)
    if kind == "experience":
        return (facts.experience,)
    if kind == "training":
        return facts.trainings
    if kind == "certificate":
        return facts.highest
    if kind == "experience_since_certificate":
        level = cond.level  # type: ignore[union-attr]
        return tuple(
            (cf.cert.level, cf.cert.date, cf.series) for cf in facts.certs if cf.cert.level <= level
        )
    return None


def _closeness(index: int, p: PathwayResult) -> tuple[int, int, int, date, int]:
    """Sort key: the pathway nearest to being met comes first."""
    unmet = p.unmet
    stuck = sum(1 for c in unmet if c.reachable_on is None)
    unknown = sum(1 for c in p.conditions if c.status is Status.unknown)
    when = max((c.reachable_on for c in unmet if c.reachable_on), default=date.min)
    return (stuck, len(unmet), unknown, when, index)


def _relied_on(results: Iterable[ConditionResult]) -> tuple[tuple[str, ...], tuple[Msg, ...]]:
    ids: list[str] = []
    notes: list[Msg] = []
    for r in results:
        ids.extend(a for a in r.assumptions if a not in ids)
        notes.extend(n for n in r.notes if n not in notes)
    return tuple(ids), tuple(notes)


def _pathway(p: Pathway, results: tuple[ConditionResult, ...]) -> PathwayResult:
    status = all_of([r.status for r in results])
    reachable: date | None = None
    if status is Status.unmet:
        unmet = [r for r in results if r.status is not Status.met]
        if all(r.status is Status.unmet and r.reachable_on is not None for r in unmet):
            reachable = max(r.reachable_on for r in unmet if r.reachable_on is not None)
    return PathwayResult(p.id, status, p.text, results, reachable)


def _level(
    rule: LevelRule,
    pathways: tuple[PathwayResult, ...],
    blocking: tuple[GeneralResult, ...],
    held: bool,
) -> LevelResult:
    """The verdict for one level from its evaluated pathways and the blocking clauses."""
    if held:
        return LevelResult(rule.level, rule.name, Verdict.held, (), pathways)
    gate = all_of([g.status for g in blocking])
    overall = all_of([gate, any_of([p.status for p in pathways])])
    if overall is Status.met:
        chosen = [p for p in pathways if p.status is Status.met]
        ids, notes = _relied_on(
            [c for p in chosen for c in p.conditions] + [g.condition for g in blocking]
        )
        return LevelResult(
            rule.level, rule.name, Verdict.eligible, tuple(p.id for p in chosen), pathways,
            assumptions=ids, notes=notes,
        )  # fmt: skip
    closest = min(enumerate(pathways), key=lambda ip: _closeness(*ip))[1]
    blocked_by = tuple(g.id for g in blocking if g.status is Status.unmet)
    verdict = Verdict.undetermined if overall is Status.unknown else Verdict.not_eligible
    reachable = None
    if gate is Status.met:
        reachable = min((p.reachable_on for p in pathways if p.reachable_on), default=None)
    # A verdict blocked by a general condition rests on that condition alone.
    relied = [g.condition for g in blocking]
    if not blocked_by:
        relied = [*closest.conditions, *relied]
    ids, notes = _relied_on(relied)
    # An unknown general condition is worth asking about only where the level
    # could otherwise be reached: not where every pathway is unmet anyway.
    unsettled = verdict is Verdict.undetermined
    return LevelResult(
        rule.level, rule.name, verdict, (), pathways,
        closest=closest.id, blocked_by=blocked_by,
        general_unknown=tuple(g for g in blocking if g.status is Status.unknown) if unsettled else (),
        reachable_on=reachable, assumptions=ids, notes=notes,
    )  # fmt: skip


def _summary(
    ruleset: Ruleset, levels: tuple[LevelResult, ...]
) -> tuple[tuple[MissingFact, ...], tuple[tuple[str, Any], ...], tuple[Msg, ...]]:
    """Facts that would settle the undetermined levels, and the assumptions used."""
    wanted: dict[Fact, list[int]] = {}
    for lv in levels:
        if lv.status is not Verdict.undetermined:
            continue
        sources = [g.condition for g in lv.general_unknown]
        sources += [c for p in lv.pathways if p.status is Status.unknown for c in p.conditions]
        for c in sources:
            if c.fact is not None and lv.level not in wanted.setdefault(c.fact, []):
                wanted[c.fact].append(lv.level)
    ids: list[str] = []
    notes: list[Msg] = []
    for lv in levels:
        ids.extend(a for a in lv.assumptions if a not in ids)
        notes.extend(n for n in lv.notes if n not in notes)
    return (
        tuple(MissingFact(f, tuple(lv)) for f, lv in wanted.items()),
        tuple((a, ruleset.assumption(a).text) for a in ids),
        tuple(notes),
    )


class Evaluator:
    """A ruleset ready for evaluation, with its results interned.

    Evaluation is a pure function, and its results are immutable, so equal
    inputs can share one result object. Each condition's result is memoised
    on the few facts that condition reads (its *signature*: the diploma for
    an education condition, the certificates for a certificate condition…);
    each pathway's, level's and report summary's on the identities of the
    parts it is made of. A spreadsheet of thousands of applicants therefore
    evaluates most rows from a handful of dictionary look-ups, while every
    report is exactly what a fresh evaluation would give.

    Memory is bounded: past ``max_entries`` memoised results the memo is
    emptied whole (never in part, so that a key made of identities only ever
    names objects the memo itself keeps alive).
    """

    def __init__(self, ruleset: Ruleset, *, max_entries: int = 200_000) -> None:
        self.ruleset = ruleset
        self.max_entries = max_entries
        self._memo: dict[Hashable, Any] = {}
        self._plan = [
            (rule, tuple((p, p.conditions) for p in rule.pathways)) for rule in ruleset.levels
        ]

    def _condition(self, cond: Condition, facts: Facts) -> ConditionResult:
        key = (id(cond), _signature(cond, facts))
        result: ConditionResult | None = self._memo.get(key)
        if result is None:
            result = self._memo[key] = evaluate_condition(cond, facts)
        return result

    def evaluate(self, candidate: Candidate, as_of: date) -> Report:
        """Judge every level for ``candidate`` on ``as_of`` (see :func:`evaluate`)."""
        memo = self._memo
        if len(memo) > self.max_entries:
            memo.clear()
        facts = prepare(candidate, as_of)
        general = []
        for g in self.ruleset.general:
            r = self._condition(g.condition, facts)
            key = (id(g), id(r))
            gr = memo.get(key)
            if gr is None:
                gr = memo[key] = GeneralResult(g.id, r.status, g.blocking, g.text, r)
            general.append(gr)
        blocking = tuple(g for g in general if g.blocking)
        highest = facts.highest
        levels = []
        for rule, pathways in self._plan:
            results = []
            for p, conditions in pathways:
                conds = tuple(self._condition(c, facts) for c in conditions)
                pkey: Hashable = (id(p), *map(id, conds))
                pr = memo.get(pkey)
                if pr is None:
                    pr = memo[pkey] = _pathway(p, conds)
                results.append(pr)
            held = highest is not None and highest <= rule.level
            lkey: Hashable = (id(rule), held, *map(id, blocking), *map(id, results))
            lv = memo.get(lkey)
            if lv is None:
                lv = memo[lkey] = _level(rule, tuple(results), blocking, held)
            levels.append(lv)
        skey: Hashable = ("summary", *map(id, levels))
        summary = memo.get(skey)
        if summary is None:
            summary = memo[skey] = _summary(self.ruleset, tuple(levels))
        missing, assumptions, notes = summary
        return Report(
            ruleset_id=self.ruleset.id,
            edition=self.ruleset.edition,
            edition_name=self.ruleset.edition_name,
            as_of=as_of,
            general=tuple(general),
            levels=tuple(levels),
            missing_facts=missing,
            assumptions=assumptions,
            notes=notes,
            source=facts,
        )


_EVALUATORS: dict[int, tuple[Ruleset, Evaluator]] = {}


def evaluator_for(ruleset: Ruleset) -> Evaluator:
    """The shared :class:`Evaluator` of a ruleset (a few rulesets are kept)."""
    entry = _EVALUATORS.get(id(ruleset))
    if entry is None or entry[0] is not ruleset:
        if len(_EVALUATORS) >= 8:
            _EVALUATORS.clear()
        entry = _EVALUATORS[id(ruleset)] = (ruleset, Evaluator(ruleset))
    return entry[1]


def evaluate(candidate: Candidate, ruleset: Ruleset, *, as_of: date) -> Report:
    """Judge every level of ``ruleset`` for ``candidate`` on ``as_of``.

    Args:
        candidate: the facts given (unknowns as None).
        ruleset: the requirements.
        as_of: the date the evaluation is made for.

    Returns:
        The report: a verdict per level (4, 3, 2, 1) with its reasons.

    Raises:
        InputError: a date after ``as_of``, or contradictory facts.
    """
    return evaluator_for(ruleset).evaluate(candidate, as_of)
