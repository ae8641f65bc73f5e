"""The road ahead: the earliest date each level can be applied for.

``plan(candidate, ruleset, as_of=…, exam_lag_months=3)`` walks forward in
time on the assumption that the candidate keeps working in this or a related
occupation from ``as_of``: experience (and the years since each certificate)
grow month by month, and each level's certificate is taken to be obtained
``exam_lag_months`` after the candidate may first apply for it (the usual
wait for an exam sitting). Each level is then judged by the same engine as
``mediaops check``, on the date in question, with the certificates obtained
by that date — so a level never comes before its prerequisite certificate.

A level that time alone cannot reach says what would unlock it (a diploma,
formal training, a general condition), and where that is a fact the
candidate could add, the date it would then give (``--assume-training 4``,
``--assume-education associate``).

Pure, like the engine: no I/O, no clock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from . import dates
from .engine import evaluate
from .messages import Lang, Msg, localize
from .models import Candidate, Certificate, Education, InputError, Major, WorkPeriod
from .report import ConditionResult, Report, Status, Verdict
from .rules import EducationCondition, Ruleset, TrainingCondition

#: How far ahead a plan looks before calling a level unreachable.
HORIZON_YEARS = 60


class PlanStatus(StrEnum):
    """When a level can be applied for."""

    held = "held"
    now = "now"
    later = "later"
    unreachable = "unreachable"


@dataclass(frozen=True, slots=True)
class Unlock:
    """Something that would make an unreachable level reachable.

    Attributes:
        pathway: the pathway it would open.
        needs: what is missing, in words.
        flag: the ``mediaops plan`` option that assumes it, if it is a fact one could add.
        date: the date the level could then be applied for, if it would then be reachable.
    """

    pathway: str
    needs: tuple[Msg, ...]
    flag: str | None = None
    date: dt.date | None = None

    def to_dict(self, lang: Lang) -> dict[str, Any]:
        """The JSON form."""
        return {
            "pathway": self.pathway,
            "needs": [m.format(lang) for m in self.needs],
            "assume": self.flag,
            "date": None if self.date is None else self.date.isoformat(),
        }


@dataclass(frozen=True, slots=True)
class PlannedLevel:
    """One level of a plan.

    Attributes:
        level: 4, 3, 2 or 1.
        name: its bilingual name.
        status: held, now, later or unreachable.
        date: the earliest date the candidate may apply (as_of for ``now``).
        pathway: the clause it will rest on.
        certificate_date: when its certificate is taken to be obtained (date + exam lag).
        unlock: for an unreachable level, what would unlock it.
        report: the engine's report on the date (the reasons, in full).
    """

    level: int
    name: Any
    status: PlanStatus
    date: dt.date | None = None
    pathway: str | None = None
    certificate_date: dt.date | None = None
    unlock: tuple[Unlock, ...] = ()
    report: Report | None = field(default=None, compare=False, repr=False)

    def to_dict(self, lang: Lang) -> dict[str, Any]:
        """The JSON form."""
        return {
            "level": self.level,
            "name": localize(self.name, lang),
            "status": self.status.value,
            "date": None if self.date is None else self.date.isoformat(),
            "pathway": self.pathway,
            "certificate_date": (
                None if self.certificate_date is None else self.certificate_date.isoformat()
            ),
            "unlock": [u.to_dict(lang) for u in self.unlock] if self.unlock else None,
        }


@dataclass(frozen=True, slots=True)
class Plan:
    """The earliest date for every level, in the order 4, 3, 2, 1."""

    as_of: date
    exam_lag_months: int
    levels: tuple[PlannedLevel, ...]
    notes: tuple[Msg, ...] = ()

    def level(self, number: int) -> PlannedLevel:
        """The plan for one level."""
        return next(p for p in self.levels if p.level == number)

    def to_dict(self, lang: Lang = "zh") -> dict[str, Any]:
        """The JSON output of ``mediaops plan --format json``."""
        return {
            "as_of": self.as_of.isoformat(),
            "exam_lag_months": self.exam_lag_months,
            "levels": [p.to_dict(lang) for p in self.levels],
            "notes": [n.format(lang) for n in self.notes],
        }


def _on(candidate: Candidate, as_of: date, when: date, planned: dict[int, date]) -> Candidate:
    """The candidate on a later date ``when``, having worked on since ``as_of``.

    Experience and years since a certificate given as numbers grow with the
    months passed; a work history gains a period from ``as_of`` on (an open
    period already runs to the evaluation date); certificates planned for
    dates up to ``when`` are added.
    """
    months = dates.months_between(as_of, when) / 12
    experience = candidate.experience
    if experience is not None and not candidate.work_history:
        experience += months
    history = candidate.work_history
    if history and all(p.end is not None for p in history):
        history = (*history, WorkPeriod(start=as_of))
    if history and experience is not None:
        experience = None  # the history speaks for itself from here on
    certs = [
        c if c.years_after is None else c.model_copy(update={"years_after": c.years_after + months})
        for c in candidate.certificates
    ]
    held = {c.level for c in certs}
    for level, obtained in planned.items():
        if obtained <= when and level not in held:
            certs.append(Certificate(level=level, date=obtained))
    return candidate.model_copy(
        update={"experience": experience, "work_history": history, "certificates": tuple(certs)}
    )


def _earliest(
    candidate: Candidate,
    ruleset: Ruleset,
    level: int,
    as_of: date,
    planned: dict[int, date],
) -> tuple[date, Report] | tuple[None, Report]:
    """The first date from ``as_of`` on when ``level`` is eligible, and the report then."""
    horizon = dates.add_months(as_of, 12 * HORIZON_YEARS)
    when = as_of
    report = evaluate(_on(candidate, as_of, when, planned), ruleset, as_of=when)
    while True:
        result = report.level(level)
        if result.status is Verdict.eligible:
            return when, report
        # next moment something changes: time closes a gap, or a planned certificate arrives
        upcoming = [d for d in planned.values() if d > when]
        if result.reachable_on is not None:
            upcoming.append(result.reachable_on)
        upcoming = [d for d in upcoming if d <= horizon]
        if not upcoming:
            return None, report
        when = min(upcoming)
        report = evaluate(_on(candidate, as_of, when, planned), ruleset, as_of=when)


def _stuck(result: Any) -> list[tuple[str, list[ConditionResult]]]:
    """For each pathway: the unmet or unknown conditions time and the plan will not settle."""
    out = []
    for p in result.pathways:
        gaps = [
            c
            for c in p.conditions
            if c.status is not Status.met
            and c.reachable_on is None
            and c.kind not in ("certificate", "experience_since_certificate")
        ]
        if gaps:
            out.append((p.id, gaps))
    return out


def _assumption(cond: Any, candidate: Candidate) -> tuple[str, dict[str, Any]] | None:
    """The option (and candidate update) that would supply a missing condition, if any."""
    if isinstance(cond, TrainingCondition):
        return f"--assume-training {cond.level}", {
            "trainings": tuple(sorted({*candidate.trainings, cond.level}, reverse=True))
        }
    if isinstance(cond, EducationCondition):
        education = cond.any_of[0]
        update: dict[str, Any] = {"education": education, "graduating": False}
        flag = f"--assume-education {education.value}"
        if cond.majors is not None and candidate.major not in cond.majors:
            update["major"] = Major.related if Major.related in cond.majors else cond.majors[0]
            flag += f" --assume-major {update['major'].value}"
        return flag, update
    return None


def plan(
    candidate: Candidate,
    ruleset: Ruleset,
    *,
    as_of: date,
    exam_lag_months: int = 3,
    _explore: bool = True,
) -> Plan:
    """The earliest date each level can be applied for, if the candidate keeps working.

    Args:
        candidate: the facts given.
        ruleset: the requirements.
        as_of: today, for the plan.
        exam_lag_months: months between becoming eligible for a level and
            holding its certificate (0 or more).

    Returns:
        The plan: for each level (4, 3, 2, 1) held, now, later or unreachable,
        with its date, pathway and, when unreachable, what would unlock it.

    Raises:
        InputError: bad or contradictory facts (as ``check``).
    """
    if exam_lag_months < 0:
        raise InputError(
            "--exam-lag-months",
            Msg.of("err.number", field="--exam-lag-months", value=exam_lag_months),
        )
    notes: list[Msg] = []
    evaluate(candidate, ruleset, as_of=as_of)  # bad facts fail here, as in check
    # Unknown is not zero; but a plan needs a starting point. Counting from zero
    # gives the latest dates; giving the real figure can only bring them forward.
    if candidate.experience is None and not candidate.work_history:
        # at least the years worked since any certificate — as given, or on the
        # continuous-work reading `check` uses for a dated one — so that the plan
        # agrees with `check` today
        floor = max(
            (
                c.years_after
                if c.years_after is not None
                else dates.months_between(c.date, as_of) / 12
                if c.date is not None
                else 0.0
                for c in candidate.certificates
            ),
            default=0.0,
        )
        candidate = candidate.model_copy(update={"experience": floor})
        notes.append(Msg.of("plan.assume_zero_experience"))
    undated = [c for c in candidate.certificates if c.date is None and c.years_after is None]
    if undated:
        certs = tuple(
            c.model_copy(update={"years_after": 0.0}) if c in undated else c
            for c in candidate.certificates
        )
        candidate = candidate.model_copy(update={"certificates": certs})
        for c in undated:
            notes.append(Msg.of("plan.assume_cert_today", level=Msg.of(f"level.{c.level}")))
    highest = candidate.highest_certificate
    planned: dict[int, date] = {}
    levels: list[PlannedLevel] = []
    for rule in ruleset.levels:
        if highest is not None and highest.level <= rule.level:
            levels.append(PlannedLevel(rule.level, rule.name, PlanStatus.held))
            continue
        when, report = _earliest(candidate, ruleset, rule.level, as_of, planned)
        result = report.level(rule.level)
        if when is None:
            unlock = (
                _unlocks(candidate, ruleset, rule.level, result, as_of, exam_lag_months)
                if _explore
                else ()
            )
            levels.append(
                PlannedLevel(
                    rule.level, rule.name, PlanStatus.unreachable, unlock=unlock, report=report
                )
            )
            continue
        obtained = dates.add_months(when, exam_lag_months)
        planned[rule.level] = obtained
        levels.append(
            PlannedLevel(
                rule.level,
                rule.name,
                PlanStatus.now if when == as_of else PlanStatus.later,
                when,
                result.qualifying_pathways[0],
                obtained,
                report=report,
            )
        )
    return Plan(as_of, exam_lag_months, tuple(levels), tuple(notes))


def _unlocks(
    candidate: Candidate,
    ruleset: Ruleset,
    level: int,
    result: Any,
    as_of: date,
    exam_lag_months: int,
) -> tuple[Unlock, ...]:
    """What would unlock an unreachable level, pathway by pathway."""
    unknown = [
        Unlock(g.id, (g.condition.shortfall,))
        for g in result.general_unknown
        if g.condition.shortfall
    ]
    if unknown:  # a general condition nobody knows: that comes first
        return tuple(unknown)
    if result.blocked_by:
        g1 = next(g for g in ruleset.general if g.id in result.blocked_by)
        flag, g1_update = _assumption(g1.condition, candidate) or (None, {})
        when = (
            _date_with(candidate, g1_update, ruleset, level, as_of, exam_lag_months)
            if flag
            else None
        )
        return (Unlock(g1.id, (Msg.of("plan.general", clause=g1.id, text=g1.text),), flag, when),)
    out = []
    rule = ruleset.level(level)
    assert rule is not None
    conditions = {p.id: p.conditions for p in rule.pathways}
    stuck = _stuck(result)
    for pathway_id, gaps in stuck:
        needs = tuple(c.shortfall or c.text for c in gaps)
        update: dict[str, Any] = {}
        flags: list[str] = []
        for cond, gap in zip(
            conditions[pathway_id], result.pathway(pathway_id).conditions, strict=True
        ):
            if gap in gaps:
                found = _assumption(cond, candidate)
                if found is None:
                    flags = []
                    break
                flags.append(found[0])
                update.update(found[1])
        flag = " ".join(flags) or None
        when = (
            _date_with(candidate, update, ruleset, level, as_of, exam_lag_months) if flag else None
        )
        out.append(Unlock(pathway_id, needs, flag, when))
    if not stuck:
        # every pathway waits on a certificate of a level that is itself out of reach
        out.append(
            Unlock(
                rule.pathways[0].id,
                (Msg.of("plan.needs_lower", level=Msg.of(f"level.{level + 1}")),),
            )
        )
    return tuple(out)


def _date_with(
    candidate: Candidate,
    update: dict[str, Any],
    ruleset: Ruleset,
    level: int,
    as_of: date,
    exam_lag_months: int,
) -> date | None:
    """The date ``level`` would be reached with ``update`` assumed."""
    assumed = candidate.model_copy(update=update)
    try:
        result = plan(
            assumed, ruleset, as_of=as_of, exam_lag_months=exam_lag_months, _explore=False
        )
    except InputError:
        return None
    return result.level(level).date


def assume(candidate: Candidate, *, training: list[int] | None = None,
           education: Education | None = None, major: Major | None = None) -> Candidate:  # fmt: skip
    """The candidate with facts assumed for planning (``--assume-…`` options)."""
    update: dict[str, Any] = {}
    if training:
        update["trainings"] = tuple(sorted({*candidate.trainings, *training}, reverse=True))
    if education is not None:
        update["education"] = education
        update["graduating"] = False
    if major is not None:
        update["major"] = major
    return candidate.model_copy(update=update) if update else candidate
