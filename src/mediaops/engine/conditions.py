"""What each kind of condition means: one unit per kind, defined once.

A unit declares the facts it reads (:attr:`Unit.reads`, attributes of
:class:`~mediaops.engine.facts.Facts`) and turns them into an
:class:`~mediaops.engine.outcome.Outcome` (:meth:`Unit.outcome`). Its wording
is a function of the condition and the outcome alone (:meth:`Unit.requirement`,
:meth:`Unit.shortfall`), and so is its entry in "what to bring"
(:meth:`Unit.document_params`). What the rest of the program asks of a kind, the
unit answers: which training the one action (:attr:`Closer.action`) is
(:meth:`Unit.training`), which certificate it asks for
(:meth:`Unit.certificate_level`), whether its actual value is years
(:attr:`Unit.counts_years`), which facts it reads (the questionnaire asks about
titles only if some condition reads them). Deciding pathways and levels reads
outcomes only (their standings) (:mod:`mediaops.engine.decide`). Two places
describe particular kinds by name, and simply leave a new kind out: the guide's
account of the first level's usual routes (work and training, work alone), and
``plan``'s ``--assume-education`` for a diploma a pathway asks for.

``tests/test_conditions.py`` checks, with a facts object that records what is
read, that each unit reads only what it declares: a memo keyed on the
declared facts is then keyed on the whole input of the unit.

To add a kind, follow CONTRIBUTING.md ("Adding a kind of condition"): its
schema in :mod:`mediaops.rules` (first: the unit imports it), a unit here
(registered in :data:`UNITS`), its wording in :mod:`mediaops.messages` (zh and
en), and cases in ``tests/cases/``; a kind that reads a fact
:class:`~mediaops.engine.facts.Facts` does not have yet needs that fact first
(the candidate, its readings in :mod:`mediaops.report.relevance`, its flag, its
column, its question).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, ClassVar, Generic, TypeVar

from mediaops import dates
from mediaops.messages import CLASS_NAMES, EDUCATION_NAMES, MAJOR_NAMES, Both, Msg, name
from mediaops.rules import (
    AdvisoryCondition,
    CertificateCondition,
    Condition,
    EducationCondition,
    ExperienceCondition,
    ExperienceSinceCertificateCondition,
    ExperienceSinceTitleCondition,
    TimeSinceCertificateCondition,
    TitleCondition,
    TrainingCondition,
)
from mediaops.terms import CLASS_TYPE, IMPLIED_CLASS, TECHNICAL_SCHOOLS, TitleLevel

from .facts import DiplomaFact, Facts, Held
from .outcome import Closer, Need, Note, Outcome, Record, Status
from .series import EPS, Capped, History, Linear, Since, calendar_span

MET, UNMET, UNKNOWN = Status.met, Status.unmet, Status.unknown
TIME = Closer.time

C = TypeVar("C", bound=Condition)


def num(years: float) -> float | int:
    """Whole numbers of years as ints (``"required": 3``)."""
    return int(years) if float(years).is_integer() else years


def shown_years(months: float) -> float:
    """Years for display and JSON: rounded down, so that nothing unmet reads as met."""
    return math.floor(months / 12 * 10_000 + EPS) / 10_000


def span(months: float, until: tuple[int, int] | None = None) -> Msg:
    """A shortfall as a person says it, never less than what remains ("还差 0 年" never shows
    while one remains) and never at odds with the date it is met on.

    ``until``, the calendar months and days from the evaluation date to the date the gap
    closes (with continued work), is what is said when there is such a date: counted in
    complete months, 23 months and 30 days worked fall a month short of 2 years, met the
    next day (``1 天``, not ``1 个月`` beside tomorrow's date; ``3 个月 16 天``); 2.95 years
    of 3 are met a month on, as months are counted whole (``1 个月``). The months (of
    ``until``, else ``months``, the shortfall as counted) are said in years when exact to
    0.01 (``0.5 年``, ``1.25 年``); else in whole months when they are whole (``1 个月``,
    not ``0.09 年``; ``1 年 1 个月``); else in years rounded up to 0.01."""
    if until is not None and until != (0, 0):
        whole, days = until
        if days:
            parts = {"years": whole // 12, "months": whole % 12, "days": days}
            given = {name: n for name, n in parts.items() if n}
            return Msg.of("span." + "_".join(given), **given)
        months = whole
    years = months / 12
    if abs(round(years, 2) - years) < EPS:
        return Msg.of("span.years", years=round(years, 2))
    whole = round(months)
    if abs(whole - months) < EPS:
        if whole < 12:
            return Msg.of("span.months", months=whole)
        return Msg.of("span.years_months", years=whole // 12, months=whole % 12)
    return Msg.of("span.years", years=math.ceil(years * 100 - EPS) / 100)


def level_name(level: int) -> Msg:
    """The short name of a level (四级 / level 4) as a message parameter."""
    return Msg.of(f"level.{level}")


def title_name(level: TitleLevel | int) -> Msg:
    """The name of a title level (初级职称 / junior title)."""
    value = level.value if isinstance(level, TitleLevel) else _TITLE_BY_RANK[level].value
    return Msg.of(f"title.{value}")


_TITLE_BY_RANK = {t.rank: t for t in TitleLevel}


def _joined(parts: Iterable[Both]) -> Both:
    items = list(parts)
    return Both("、".join(p.zh for p in items), ", ".join(p.en for p in items))


class Unit(Generic[C]):
    """What one kind of condition means.

    Attributes:
        kind: the ``kind`` of its conditions in a ruleset.
        reads: the attributes of :class:`Facts` its outcome depends on (all of them).
    """

    kind: ClassVar[str]
    reads: ClassVar[tuple[str, ...]]
    #: its outcome's ``actual`` is a number of years, shown beside the clause (实际 2.5 年)
    counts_years: ClassVar[bool] = False

    def outcome(self, cond: C, facts: Facts) -> Outcome:
        """The condition decided on ``facts`` (reading only :attr:`reads`)."""
        raise NotImplementedError

    def training(self, cond: C) -> int | None:
        """The level of the formal training whose completion meets the condition: the one
        action :attr:`Closer.action` stands for. A unit whose outcomes may give that closer
        names the level here (``tests/test_conditions.py`` checks it); None otherwise."""
        return None

    def certificate_level(self, cond: C) -> int | None:
        """The level of the certificate the condition asks to hold, if it asks for one."""
        return None

    def required(self, cond: C) -> Any:
        """What the clause asks for, JSON-ready (``"required"``)."""
        raise NotImplementedError

    def requirement(self, cond: C) -> Msg:
        """What the clause asks for, in words."""
        raise NotImplementedError

    def shortfall(self, cond: C, outcome: Outcome) -> Msg | None:
        """What is missing (unmet) or which fact is unknown, in words; None when met."""
        raise NotImplementedError

    def document_params(self, cond: C) -> dict[str, Any]:
        """The values a "what to bring" text names (``{years}``, ``{level}``)."""
        return {}

    def final_year_document(self, cond: C, outcome: Outcome) -> bool:
        """Whether the student's variant of the document applies."""
        return False


def _unknown(needs: Sequence[Need]) -> Msg:
    """ "unknown: give …" for the first fact that would settle a condition."""
    return Msg.of("short.unknown", fact=need_msg(needs[0]))


def need_msg(need: Need) -> Msg:
    """A fact to give, in words (``请提供取得四级证书的日期``)."""
    params = dict(need.params)
    if "level" in params and isinstance(params["level"], int):
        params["level"] = level_name(params["level"])
    if "title" in params:
        params["title"] = title_name(params["title"])
    if "education" in params:
        education = params.pop("education")
        if education is None:  # a diploma of no known type: only its major and whether it
            return Msg.of(f"fact.{need.id}_any", **params)  # is received are asked so
        params["education"] = name(EDUCATION_NAMES, education)
    return Msg.of(f"fact.{need.id}", **params)


# --- diplomas ---------------------------------------------------------------------------


#: A diploma's type, and its major's relevance with the type not known either (either could
#: settle a condition asking for both: an unrelated major fails it whatever the diploma).
_EDUCATION_NEED = Need.of("education")
_MAJOR_NEED = Need.of("major", education=None)


class _DiplomaFinding:
    """One diploma measured against an education condition (see :class:`EducationUnit`)."""

    __slots__ = ("assumptions", "diploma", "needs", "notes", "reason", "status")

    #: how far a diploma got before failing: the one that got furthest is shown
    _ORDER: ClassVar[dict[str, int]] = {
        "not_student": 0,  # of a clause for students: said whatever the diploma
        "type": 1,
        "final_year": 2,  # of a type asked for, still studied for (see :meth:`_measure`)
        "final_year_major": 2,  # … and of a major that will not count once received
        "class": 2,
        "major": 2,
        "evaluated": 2,
    }

    def __init__(self, diploma: DiplomaFact) -> None:
        self.diploma = diploma
        self.status = Status.met
        self.reason: str | None = None
        self.needs: list[Need] = []
        self.assumptions: list[str] = []
        self.notes: list[Note] = []

    def fail(self, reason: str) -> None:
        if self.status is not Status.unmet:
            self.status = Status.unmet
            self.reason = reason

    def unknown(self, need: Need) -> None:
        if self.status is Status.met:
            self.status = Status.unknown
        self.needs.append(need)

    def rank(self) -> tuple[int, int, int]:
        """Met before unknown before unmet; then, of those met or unknown, the fewest
        assumptions, then the furthest; of those unmet, the furthest (a 技工学校 still
        studied for, of an unrelated major, is nearer 4-3 than the 初中 it rests on)."""
        status = {Status.met: 0, Status.unknown: 1, Status.unmet: 2}[self.status]
        progress = -self._ORDER.get(self.reason or "", 3)
        resting = len(self.assumptions) + len(self.notes)
        if self.status is Status.unmet:
            return status, progress, resting
        return status, resting, progress


def _of_type(cond: EducationCondition, d: DiplomaFact) -> bool:
    """Whether a diploma may be of a type the condition asks for (its type not known: may)."""
    if d.education is None:
        return d.possible is None or not d.possible.isdisjoint(cond.any_of)
    return _accepted(cond, d)


def _accepted(cond: EducationCondition, d: DiplomaFact) -> bool:
    """Whether a diploma of a known type is of a type the condition asks for: its own, or
    for a technical-school diploma the type its class stands for (a 技工学校 diploma from
    its 高级工班 is a 高级技工学校/高级工班 one, :data:`~mediaops.terms.CLASS_TYPE`)."""
    if d.education in cond.any_of:
        return True
    if d.education in TECHNICAL_SCHOOLS and d.school_class is not None:
        return CLASS_TYPE.get(d.school_class) in cond.any_of
    return False


def _enrolment_needs(implied: DiplomaFact, diplomas: tuple[DiplomaFact, ...]) -> list[Need]:
    """Whether the diploma studied for is received yet, where the diploma ``implied`` (held
    to enrol in it) rests on that alone: received, it is not taken as held."""
    sources = [
        d.graduating
        for d in diplomas
        if not d.implied
        and d.graduating is not False
        and (d.education == implied.enrolled if implied.enrolled else d.education is None)
    ]
    if not sources or True in sources:
        return []
    education = implied.enrolled.value if implied.enrolled else None
    return [Need.of("graduating", education=education)]


class EducationUnit(Unit[EducationCondition]):
    """A diploma of an accepted type whose every other part holds, for the same diploma.

    Every diploma is looked at; the condition is met if one meets all of its
    parts, unknown if none does but one might, else unmet. Within a diploma
    it is unmet as soon as one part is unmet, whatever the unknown parts.
    A diploma still studied for counts only where the clause counts
    final-year students; the diploma such a student already holds (implied by
    :func:`~mediaops.engine.facts.prepare`) counts, its major unknown.
    """

    kind = "education"
    reads = ("diplomas",)

    def outcome(self, cond: EducationCondition, facts: Facts) -> Outcome:
        if not facts.diplomas:
            return Outcome(
                Status.unknown,
                None,
                needs=(_EDUCATION_NEED, _MAJOR_NEED)
                if cond.majors is not None
                else (_EDUCATION_NEED,),
            )
        findings = [self._measure(cond, d) for d in facts.diplomas]
        for f in findings:
            if f.status is Status.unknown and f.diploma.implied:
                f.needs.extend(_enrolment_needs(f.diploma, facts.diplomas))
        best = min(findings, key=_DiplomaFinding.rank)
        d = best.diploma
        actual = Record.of(
            education=None if d.education is None else d.education.value,
            major=None if d.major is None else d.major.value,
            graduating=d.graduating,
        )
        if best.status is Status.unknown:
            needs = tuple(
                dict.fromkeys(n for f in findings if f.status is Status.unknown for n in f.needs)
            )
            return Outcome(Status.unknown, actual, needs=needs, assumptions=tuple(best.assumptions))
        if best.status is Status.unmet:
            detail = Record.of(
                education=None if d.education is None else d.education.value,
                enrolled=None if d.enrolled is None else d.enrolled.value,
            )
            return Outcome(Status.unmet, actual, Closer.outside, reason=best.reason, detail=detail)
        return Outcome(
            Status.met, actual, assumptions=tuple(best.assumptions), notes=tuple(best.notes)
        )

    def _measure(self, cond: EducationCondition, d: DiplomaFact) -> _DiplomaFinding:
        f = _DiplomaFinding(d)
        if d.graduating is None and (cond.students_only or not cond.final_year_students):
            # whether the diploma is received yet decides here, and it is not known
            f.unknown(
                Need.of("graduating", education=None if d.education is None else d.education.value)
            )
        elif d.graduating:
            if not cond.final_year_students:
                # a 大专 still studied for, beside the 高中 it rests on, is the closer of the
                # two to 3-2: it is said not to be received yet, a 中专 to be of another type;
                # and its major, where that will not count once it is received either
                if not _of_type(cond, d):
                    f.fail("type")
                elif cond.majors is not None and d.major is not None and d.major not in cond.majors:
                    f.fail("final_year_major")
                else:
                    f.fail("final_year")
                return f
            if cond.assumption:
                f.assumptions.append(cond.assumption)
        elif cond.students_only:
            f.fail("not_student")  # "needs to be a student at a 技师学院": type and all
            return f
        if d.education is None:
            if d.possible is not None and d.possible.isdisjoint(cond.any_of):
                f.fail("type")  # of none of the types asked for, whichever it is
                return f
            f.unknown(_EDUCATION_NEED)
        elif not _accepted(cond, d):
            f.fail("type")
            return f
        if cond.majors is not None:
            if d.major is None:
                if d.education is not None:
                    f.unknown(Need.of("major", education=d.education.value))
                elif not d.implied:  # a diploma given in part: its major could settle it too
                    f.unknown(_MAJOR_NEED)  # (one held only to enrol has no major to give)
            elif d.major not in cond.majors:
                f.fail("major")
        if cond.classes is not None and (d.education is None or d.education in TECHNICAL_SCHOOLS):
            school_class = d.school_class
            if school_class is None and d.education is not None:
                school_class = IMPLIED_CLASS.get(d.education)
                if school_class is not None and cond.class_assumption:
                    f.assumptions.append(cond.class_assumption)
            if school_class is None:
                if d.education is not None:
                    f.unknown(Need.of("school_class", education=d.education.value))
            elif school_class not in cond.classes:
                f.fail("class")
        if cond.evaluated:
            if d.evaluated is None:
                if d.education is not None:
                    f.unknown(Need.of("evaluated", education=d.education.value))
            elif not d.evaluated:
                f.fail("evaluated")
        if d.enrolled is not None and f.status is Status.met:
            f.notes.append(
                Note.of(
                    "final_year_prereq",
                    education=d.enrolled.value,
                    held=d.education.value if d.education else None,
                )
            )
        return f

    def required(self, cond: EducationCondition) -> Any:
        out: dict[str, Any] = {
            "any_of": [e.value for e in cond.any_of],
            "majors": None if cond.majors is None else [m.value for m in cond.majors],
        }
        if cond.classes is not None:
            out["classes"] = [c.value for c in cond.classes]
        if cond.evaluated:
            out["evaluated"] = True
        if cond.students_only:
            out["students_only"] = True
        return out

    def _options(self, cond: EducationCondition) -> Msg:
        return Msg.of(
            "cond.education_min",
            options=_joined(name(EDUCATION_NAMES, e.value) for e in cond.any_of),
        )

    def _majors(self, cond: EducationCondition) -> Msg:
        majors = cond.majors or ()
        if set(majors) == {"same", "related"}:
            return Msg.of("majors.same_or_related")
        return Msg.of("majors.list", majors=_joined(name(MAJOR_NAMES, m.value) for m in majors))

    def _classes(self, cond: EducationCondition) -> Both:
        return _joined(name(CLASS_NAMES, c.value) for c in cond.classes or ())

    def requirement(self, cond: EducationCondition) -> Msg:
        parts: list[Msg] = []
        if cond.classes is not None:
            parts.append(Msg.of("cond.education_class", classes=self._classes(cond)))
        if cond.majors is not None:
            parts.append(self._majors(cond))
        if cond.evaluated:
            parts.append(Msg.of("cond.education_evaluated"))
        key = "cond.education_student" if cond.students_only else "cond.education"
        if not parts:
            return Msg.of(key, options=self._options(cond))
        return Msg.of(f"{key}_parts", options=self._options(cond), parts=tuple(parts))

    def shortfall(self, cond: EducationCondition, outcome: Outcome) -> Msg | None:
        if outcome.status is Status.met:
            return None
        if outcome.status is Status.unknown:
            return _unknown(outcome.needs)
        detail = dict(outcome.detail)
        reason = outcome.reason
        if reason in ("final_year", "final_year_major"):
            studying = detail.get("education")
            diploma = name(EDUCATION_NAMES, studying) if studying else Msg.of("actual.unknown")
            if reason == "final_year_major":
                return Msg.of(
                    "short.final_year_major", education=diploma, required=self._majors(cond)
                )
            return Msg.of("short.final_year", education=diploma)
        if reason == "not_student":
            return Msg.of("short.not_student", required=self._options(cond))
        if reason == "major":
            return Msg.of("short.major", required=self._majors(cond))
        if reason == "class":
            return Msg.of("short.class", required=self._classes(cond))
        if reason == "evaluated":
            return Msg.of("short.evaluated")
        return Msg.of("short.education", required=self._options(cond))

    def final_year_document(self, cond: EducationCondition, outcome: Outcome) -> bool:
        return outcome.status is Status.met and dict(outcome.actual or ()).get("graduating") is True


# --- experience and training ------------------------------------------------------------


class ExperienceUnit(Unit[ExperienceCondition]):
    """Cumulative experience in this or a related occupation ≥ the years asked (inclusive)."""

    kind = "experience"
    reads = (
        "experience",
        "work",
        "experience_floor",
        "experience_bound",
        "experience_ceiling",
        "as_of",
    )
    counts_years = True

    def outcome(self, cond: ExperienceCondition, facts: Facts) -> Outcome:
        assumptions = (cond.assumption,) if cond.assumption else ()
        series = facts.experience
        target = cond.years * 12
        if series is None:
            # not given, but never less than the years given after a certificate or title
            # (0 without any): met if they reach it, else met by a date whatever it is
            floor = facts.experience_floor or 0.0
            if floor + EPS >= target:
                # the fewest years said (3年以上) or those since a certificate, whichever it is
                said = facts.experience_bound is not None and facts.experience_bound >= floor
                note = Note.of("experience_bound" if said else "experience_floor", years=floor / 12)
                return Outcome(Status.met, None, assumptions=assumptions, notes=(note,))
            ceiling = facts.experience_ceiling
            if ceiling is not None and ceiling + EPS < target:
                # said to be at most fewer years (3-5年, 不到1年): short, by at least the rest
                return _short_of_ceiling(ceiling, target, facts.as_of)._replace(
                    assumptions=assumptions
                )
            return Outcome(
                Status.unknown,
                reachable_on=Linear(floor, facts.as_of).reach(target),
                needs=(Need.of("experience"),),
                assumptions=assumptions,
            )
        months = series.now()
        notes = (history_note(facts.work, months),) if facts.work else ()
        if months + EPS >= target:
            return Outcome(Status.met, shown_years(months), assumptions=assumptions, notes=notes)
        reach = series.reach(target)
        return Outcome(
            Status.unmet,
            shown_years(months),
            Closer.time,
            reach,
            "short",
            Record.of(months=target - months, until=calendar_span(series.evaluated_on(), reach)),
            (),
            assumptions,
            notes,
        )

    def required(self, cond: ExperienceCondition) -> Any:
        return num(cond.years)

    def requirement(self, cond: ExperienceCondition) -> Msg:
        return Msg.of("cond.experience", years=num(cond.years))

    def shortfall(self, cond: ExperienceCondition, outcome: Outcome) -> Msg | None:
        if outcome.status is Status.met:
            return None
        if outcome.status is Status.unknown:
            return _unknown(outcome.needs)
        detail = dict(outcome.detail)
        key = "short.experience_at_least" if detail.get("at_least") else "short.experience"
        return Msg.of(key, span=span(detail["months"], detail["until"]))

    def document_params(self, cond: ExperienceCondition) -> dict[str, Any]:
        return {"years": num(cond.years)}


def _short_of_ceiling(ceiling: float, target: float, as_of: date, **about: Any) -> Outcome:
    """Unmet: the experience, not given, was said to be at most ``ceiling`` months, fewer than
    ``target``; short by at least the rest, met no earlier than working on from the most."""
    most = Linear(ceiling, as_of)
    reach = most.reach(target)
    detail = Record.of(
        months=target - ceiling,
        until=calendar_span(as_of, reach),
        at_least=True,
        **about,
    )
    note = Note.of("experience_ceiling", years=ceiling / 12)
    return Outcome(UNMET, None, TIME, reach, "short", detail, notes=(note,))


def history_note(work: tuple[dates.Stretch, ...], months: float) -> Note:
    """How the experience was computed from a work history (the arithmetic, shown)."""
    periods = ", ".join(f"{s.start}..{s.end}" for s in work) or "—"
    total, complete, days = dates.worked_months(work)
    if total == int(months) and total > complete:  # the days left over pooled: said so
        return Note.of(
            "experience_from_history_pooled",
            periods=periods,
            complete=complete,
            days=days,
            pooled=total - complete,
            months=total,
            years=months / 12,
        )
    return Note.of(
        "experience_from_history", periods=periods, months=int(months), years=months / 12
    )


#: The conditions on something held at a level.
LevelCondition = TypeVar("LevelCondition", TrainingCondition, CertificateCondition)


class _HeldLevelUnit(Unit[LevelCondition]):
    """A condition on something held at a level (training, a certificate): its wording is
    ``cond.<kind>`` and ``short.<kind>`` with the level."""

    def required(self, cond: LevelCondition) -> Any:
        return cond.level

    def requirement(self, cond: LevelCondition) -> Msg:
        return Msg.of(f"cond.{self.kind}", level=level_name(cond.level))

    def shortfall(self, cond: LevelCondition, outcome: Outcome) -> Msg | None:
        if outcome.status is Status.met:
            return None
        if outcome.status is Status.unknown:
            return _unknown(outcome.needs)
        return Msg.of(f"short.{self.kind}", level=level_name(cond.level))

    def document_params(self, cond: LevelCondition) -> dict[str, Any]:
        return {"level": level_name(cond.level)}


class TrainingUnit(_HeldLevelUnit[TrainingCondition]):
    """Formal training (正规培训) completed for exactly the level asked (training for 三级
    does not count for 四级)."""

    kind = "training"
    reads = ("trainings",)

    def training(self, cond: TrainingCondition) -> int | None:
        return cond.level

    def outcome(self, cond: TrainingCondition, facts: Facts) -> Outcome:
        if facts.trainings is None:
            return Outcome(Status.unknown, None, needs=(Need.of("training"),))
        actual = tuple(sorted(facts.trainings, reverse=True))
        if cond.level in facts.trainings:
            return Outcome(Status.met, actual)
        return Outcome(Status.unmet, actual, Closer.action, reason="none")


# --- certificates and titles ------------------------------------------------------------


class CertificateUnit(_HeldLevelUnit[CertificateCondition]):
    """A certificate of the level asked or higher, in this or a related occupation."""

    kind = "certificate"
    reads = ("certificate_levels",)

    def certificate_level(self, cond: CertificateCondition) -> int | None:
        return cond.level

    def outcome(self, cond: CertificateCondition, facts: Facts) -> Outcome:
        if facts.certificate_levels is None:
            return Outcome(Status.unknown, None, needs=(Need.of("certificates"),))
        highest = facts.highest_certificate
        if highest is not None and highest <= cond.level:
            return Outcome(Status.met, highest)
        return Outcome(Status.unmet, highest, Closer.ladder, reason="none")


def years_since(
    held: Sequence[Held],
    target: float,
    as_of: date,
    *,
    date_fact: str,
    years_fact: str,
    about: str,
    said_fact: str | None = None,
) -> Outcome:
    """Whether one of ``held`` has ≥ ``target`` months of work since it (SPEC §1, facts).

    Exact months (given, from the work history, or continuous work since the
    date capped by the experience) decide; so do the fewest months (continuous work
    since the date up to the years the experience was said to be at least, or the fewest
    said after it: 取证后年限 ``5年以上``) when they reach the target; the most months (a
    bound) decide only when they fall short of the target; anything else is unknown, naming the fact to give, with
    the date time alone meets it whatever that fact is: each one held now has at
    least its exact months, or else 0, on ``as_of``, and they grow as the candidate
    keeps working (a 四级 with no date has 2 years of work since it two years on).
    ``about`` names the parameter that says which one (``level``, ``title``); ``said_fact``
    the fact to give for one whose years since it were said as a bound (their exact number:
    neither the experience nor the date replaces the bound).
    """
    best: Held | None = None
    open_: list[Held] = []
    for h in held:
        months = h.months
        if h.exact and months is not None:
            if best is None or months > (best.months or 0.0):
                best = h
        elif months is None or months + EPS >= target:
            open_.append(h)  # not known, or not known to fall short
    if best is not None and (best.months or 0.0) + EPS >= target:
        months = best.months or 0.0
        notes: tuple[Note, ...] = (_basis_note(best, months, about),) if best.basis else ()
        return Outcome(MET, shown_years(months), notes=notes)
    # the experience said to be at least some years (3年以上): continuous work since the
    # date gives at least those since it, or all the time since, as the exact years would
    sure = [h for h in held if h.least is not None and h.least.now() + EPS >= target]
    if sure:
        top = max(sure, key=lambda h: h.least.now() if h.least is not None else 0.0)
        assert top.least is not None, "only one with the fewest months is sure"
        if top.said is not None:  # its least is the fewest said (取证后年限 5年以上): said so
            said = Note.of("said_least_certificate", **{about: top.level}, years=top.said.fewest)
            return Outcome(MET, None, notes=(said,))
        assert top.date is not None, "the fewest months run from its date"
        assert isinstance(top.least, Capped), "continuous work, capped by the years said"
        note = Note.of(
            f"bound_{'title' if about == 'title' else 'certificate'}",
            **{about: top.level},
            date=top.date,
            cap=top.least.b.now() / 12,  # the years the experience was said to be at least
            years=top.least.now() / 12,
        )
        return Outcome(MET, None, notes=(note,))
    if open_:
        needs = tuple(
            dict.fromkeys(
                # said as a bound: their exact number; dated: the years since it (bounded by
                # the time since, or by the most years of experience said); else its date
                Need.of(
                    said_fact
                    if h.said is not None and said_fact
                    else years_fact
                    if h.date is not None
                    else date_fact,
                    **{about: h.level},
                )
                for h in open_
            )
        )
        # at least the exact months of those that fall short (or the fewest, continuous
        # work since the date up to the years said: 3年以上), at least 0 of the others
        least = [h.since for h in held if h.exact and h.since is not None]
        least += [h.least for h in held if h.least is not None]
        sure_on = earliest([*(s.reach(target) for s in least), Linear(0.0, as_of).reach(target)])
        return Outcome(UNKNOWN, None, reachable_on=sure_on, needs=needs)
    # every one falls short, exactly or at most: time alone may close the gap
    timed = [h for h in held if h.since is not None]
    nearest = max(timed, key=lambda h: h.months or 0.0)
    months = nearest.months or 0.0
    reaches = [r for h in timed if h.since is not None and (r := h.since.reach(target))]
    notes = tuple(dict.fromkeys(_basis_note(h, h.months or 0.0, about) for h in timed if h.basis))
    reach = min(reaches, default=None)
    assert nearest.since is not None
    detail = Record.of(
        months=target - months,
        until=calendar_span(nearest.since.evaluated_on(), reach),
        at_least=not nearest.exact,
        **{about: nearest.level},
    )
    return Outcome(
        UNMET,
        shown_years(months) if nearest.exact else None,
        TIME,
        reach,
        "short",
        detail,
        (),
        (),
        notes,
    )


def _basis_note(held: Held, months: float, about: str) -> Note:
    """How the months since a certificate or title were found, as a note."""
    params: dict[str, Any] = {about: held.level, "date": held.date, "years": months / 12}
    if held.basis == "continuous" and held.since is not None:
        cap = getattr(held.since, "b", None)
        params["cap"] = None if cap is None else cap.now() / 12
    if held.said is not None:  # the bound said, whose most (or what else) caps the years
        params.update(fewest=held.said.fewest, most=held.said.most, below=held.said.below)
    kind = "title" if about == "title" else "certificate"
    since = held.since
    if held.basis == "history" and isinstance(since, History) and since.since is not None:
        # the days left over in separate stretches after the date, pooled (README), said
        # where they add a month, as for the experience (``experience_from_history_pooled``)
        total, complete, days = dates.worked_months(dates.clip(since.stretches, since.since))
        if total > complete:
            params.update(complete=complete, days=days, pooled=total - complete)
            pooled = "history_title_pooled" if about == "title" else "history_certificate_pooled"
            return Note(pooled, Record(params.items()))
    return Note(f"{held.basis}_{kind}", Record(params.items()))


#: The conditions on years after something held (a certificate, a title).
YearsCondition = TypeVar(
    "YearsCondition",
    ExperienceSinceCertificateCondition,
    TimeSinceCertificateCondition,
    ExperienceSinceTitleCondition,
)


#: The facts whose request asks for the experience in all (``fact.years_after_certificate``:
#: "give your years of experience in total, or the years worked since the 四级").
_ASK_EXPERIENCE = frozenset({"experience", "years_after_certificate", "years_after_title"})


class _YearsAfterUnit(Unit[YearsCondition]):
    """The wording of a condition on years after something held: ``cond.<kind>`` with the
    thing (:attr:`about`: ``level`` or ``title``) and the years; when it falls short,
    :attr:`none_key` (nothing held yet) or the years still to go (:attr:`short_key`, and
    :attr:`at_least_key` where the years held are known only as a bound)."""

    counts_years = True
    about: ClassVar[str] = "level"
    none_key: ClassVar[str]
    short_key: ClassVar[str]
    at_least_key: ClassVar[str | None] = None
    #: the fact listing what is held (``certificates``, ``titles``): None, not known
    held_fact: ClassVar[str] = "certificates"
    #: what closes "nothing held yet": the ladder (a certificate) or outside (a title)
    none_closer: ClassVar[Closer] = Closer.ladder

    #: whether the years counted are years of work, so never more than the experience in all
    #: (years holding a certificate are time, which work does not bound)
    work_years: ClassVar[bool] = False

    def outcome(self, cond: YearsCondition, facts: Facts) -> Outcome:
        assumptions = (cond.assumption,) if cond.assumption else ()
        items = getattr(facts, self.held_fact)
        if items is None:
            short = self._short_whatever_held(cond, facts) if self.work_years else None
            if short is not None:
                return short._replace(assumptions=assumptions)
            found = Outcome(
                Status.unknown, None, needs=(Need.of(self.held_fact),), assumptions=assumptions
            )
            return self._settled_by_experience(cond, facts, found)
        held = self._held(cond, items)
        if not held:
            return Outcome(
                Status.unmet, None, self.none_closer, reason="none", assumptions=assumptions
            )
        found = self._counted(cond, facts, held)._replace(assumptions=assumptions)
        return self._settled_by_experience(cond, facts, found)

    def _settled_by_experience(self, cond: YearsCondition, facts: Facts, found: Outcome) -> Outcome:
        """An unknown count of years of work, with the experience not given either: the
        experience settles it too where it may be under the years asked (no more years of
        work after anything than in all), so it is asked for beside what the count lacks
        (what is held, a certificate's date)."""
        if found.status is not Status.unknown or not self.work_years:
            return found
        if facts.experience is not None:
            return found
        if (facts.experience_floor or 0.0) + EPS >= cond.years * 12:
            return found  # at least the years asked whatever the experience
        if any(n.id in _ASK_EXPERIENCE for n in found.needs):
            return found
        return found._replace(needs=(*found.needs, Need.of("experience")))

    def _short_whatever_held(self, cond: YearsCondition, facts: Facts) -> Outcome | None:
        """With what is held not known: unmet if the experience in all (or the most it was said
        to be: 3-5年) falls short, since no years of work after anything can be more (0 years
        of work: 2-1's 4 years after a 三级 are not met whatever is held); the date the
        experience reaches them is the earliest the condition can be met. None where the
        experience does not settle it."""
        series = facts.experience
        target = cond.years * 12
        if series is None:
            ceiling = facts.experience_ceiling  # said to be at most (3-5年): as far as it goes
            if ceiling is None or ceiling + EPS >= target:
                return None
            return _short_of_ceiling(ceiling, target, facts.as_of, **{self.about: cond.level})
        if series.now() + EPS >= target:
            return None
        reach = series.reach(target)
        detail = Record.of(
            months=target - series.now(),
            until=calendar_span(series.evaluated_on(), reach),
            at_least=True,
            **{self.about: cond.level},
        )
        return Outcome(UNMET, None, TIME, reach, "short", detail)

    def _held(self, cond: YearsCondition, items: Sequence[Held]) -> list[Held]:
        """What may count for the condition: a certificate of its level or higher (a title's
        unit says what counts of titles)."""
        level = cond.level
        assert isinstance(level, int), "a unit on titles defines its own _held"
        return [c for c in items if c.level <= level]

    def _counted(self, cond: YearsCondition, facts: Facts, held: list[Held]) -> Outcome:
        """The outcome once something that may count is held (its years counted)."""
        raise NotImplementedError

    def _name(self, level: Any) -> Msg:
        return title_name(level) if self.about == "title" else level_name(level)

    def required(self, cond: YearsCondition) -> Any:
        return num(cond.years)

    def requirement(self, cond: YearsCondition) -> Msg:
        return Msg.of(
            f"cond.{self.kind}", **{self.about: self._name(cond.level)}, years=num(cond.years)
        )

    def shortfall(self, cond: YearsCondition, outcome: Outcome) -> Msg | None:
        if outcome.status is Status.met:
            return None
        if outcome.status is Status.unknown:
            return _unknown(outcome.needs)
        if outcome.reason == "none":
            return Msg.of(self.none_key, years=num(cond.years))
        detail = dict(outcome.detail)
        key = self.at_least_key if self.at_least_key and detail.get("at_least") else self.short_key
        return Msg.of(
            key,
            **{self.about: self._name(detail[self.about])},
            span=span(detail["months"], detail["until"]),
        )

    def document_params(self, cond: YearsCondition) -> dict[str, Any]:
        return {"years": num(cond.years), "level": self._name(cond.level)}


class _YearsAfterCertificateUnit(_YearsAfterUnit[YearsCondition]):
    """Years after a certificate of the level asked or higher (work, or time held)."""

    def certificate_level(self, cond: YearsCondition) -> int | None:
        level = cond.level
        assert isinstance(level, int)
        return level


class ExperienceSinceCertificateUnit(
    _YearsAfterCertificateUnit[ExperienceSinceCertificateCondition]
):
    """≥ the years asked of work after obtaining a certificate of the level asked or higher."""

    kind = "experience_since_certificate"
    none_key = "short.years_after_new"
    short_key = "short.since_certificate"
    at_least_key = "short.since_certificate_at_least"
    reads = ("certificates", "experience", "experience_floor", "experience_ceiling", "as_of")
    work_years = True

    def _counted(
        self, cond: ExperienceSinceCertificateCondition, facts: Facts, held: list[Held]
    ) -> Outcome:
        return years_since(
            held,
            cond.years * 12,
            facts.as_of,
            date_fact="certificate_date",
            years_fact="years_after_certificate",
            about="level",
            said_fact="exact_years_after_certificate",
        )


class TimeSinceCertificateUnit(_YearsAfterCertificateUnit[TimeSinceCertificateCondition]):
    """A certificate of the level asked or higher held for ≥ the years asked.

    Time since its date, not work: years of work since it given as at least
    the years asked prove it too (one cannot work longer than one has held it).
    """

    kind = "time_since_certificate"
    none_key = "short.held_for_new"
    short_key = "short.held_for"
    reads = ("certificates", "as_of")

    def _counted(
        self, cond: TimeSinceCertificateCondition, facts: Facts, held: list[Held]
    ) -> Outcome:
        target = cond.years * 12
        dated = [(h, dates.months_between(h.date, facts.as_of)) for h in held if h.date]
        longest = max((m for _, m in dated), default=None)
        worked = [h.given if h.said is None else h.said.fewest for h in held]
        if (longest is not None and longest + EPS >= target) or any(
            w is not None and w * 12 + EPS >= target for w in worked
        ):
            actual = None if longest is None else shown_years(longest)
            return Outcome(Status.met, actual)
        undated = [h for h in held if h.date is None]
        if undated:
            needs = tuple(
                dict.fromkeys(Need.of("certificate_date", level=h.level) for h in undated)
            )
            # held now, so held for the years asked by a date whatever its own date: the
            # years since it (or none) from today on, or a dated one's time since its date
            sure_on = earliest(
                Since(h.date, facts.as_of).reach(target)
                if h.date
                else Linear((w or 0.0) * 12, facts.as_of).reach(target)
                for h, w in zip(held, worked, strict=True)
            )
            return Outcome(Status.unknown, None, reachable_on=sure_on, needs=needs)
        assert longest is not None
        top = max(dated, key=lambda hm: hm[1])[0]
        reach = earliest(Since(h.date, facts.as_of).reach(target) for h, _ in dated if h.date)
        detail = Record.of(
            months=target - longest, until=calendar_span(facts.as_of, reach), level=top.level
        )
        return Outcome(
            Status.unmet,
            shown_years(longest),
            Closer.wait,
            reach,
            "short",
            detail,
        )


class TitleUnit(Unit[TitleCondition]):
    """A professional title (职称) of the level asked or higher, in a corresponding speciality."""

    kind = "title"
    reads = ("titles",)

    def outcome(self, cond: TitleCondition, facts: Facts) -> Outcome:
        if facts.titles is None:
            return Outcome(Status.unknown, None, needs=(Need.of("titles"),))
        held = [t for t in facts.titles if t.level >= cond.level.rank]
        actual = max((t.level for t in facts.titles), default=None)
        shown = None if actual is None else _TITLE_BY_RANK[actual].value
        if not held:
            return Outcome(Status.unmet, shown, Closer.outside, reason="none")
        counting = [t for t in held if t.corresponding or not cond.corresponding]
        if counting:
            if all(t.level > cond.level.rank for t in counting):
                # the clause names one level (取得初级职称后…): a higher one counting for it is
                # a reading, said as such
                higher = min(t.level for t in counting)
                note = Note.of("title_higher", title=cond.level.rank, higher=higher)
                return Outcome(Status.met, shown, notes=(note,))
            return Outcome(Status.met, shown)
        unknown = [t for t in held if t.corresponding is None]
        if unknown:
            needs = tuple(
                dict.fromkeys(Need.of("title_corresponding", title=t.level) for t in unknown)
            )
            return Outcome(Status.unknown, shown, needs=needs)
        return Outcome(Status.unmet, shown, Closer.outside, reason="not_corresponding")

    def required(self, cond: TitleCondition) -> Any:
        return cond.level.value

    def requirement(self, cond: TitleCondition) -> Msg:
        key = "cond.title_corresponding" if cond.corresponding else "cond.title"
        return Msg.of(key, title=title_name(cond.level))

    def shortfall(self, cond: TitleCondition, outcome: Outcome) -> Msg | None:
        if outcome.status is Status.met:
            return None
        if outcome.status is Status.unknown:
            return _unknown(outcome.needs)
        if outcome.reason == "not_corresponding":
            return Msg.of("short.title_not_corresponding", title=title_name(cond.level))
        return Msg.of("short.title", title=title_name(cond.level))


class ExperienceSinceTitleUnit(_YearsAfterUnit[ExperienceSinceTitleCondition]):
    """≥ the years asked of work after obtaining a title of the level asked or higher.

    The years are counted after one title that counts by itself (one in a
    corresponding speciality, where the clause asks for it): a title whose
    correspondence is not known can make the condition unknown, never met.
    """

    kind = "experience_since_title"
    about = "title"
    held_fact = "titles"
    none_closer = Closer.outside
    none_key = "short.years_after_title_new"
    short_key = "short.since_title"
    at_least_key = "short.since_title_at_least"
    reads = ("titles", "experience", "experience_floor", "experience_ceiling", "as_of")
    work_years = True

    def _held(self, cond: ExperienceSinceTitleCondition, items: Sequence[Held]) -> list[Held]:
        """A title of the level asked or higher, not known not to correspond."""
        return [
            t
            for t in items
            if t.level >= cond.level.rank and not (cond.corresponding and t.corresponding is False)
        ]

    def _counted(
        self, cond: ExperienceSinceTitleCondition, facts: Facts, held: list[Held]
    ) -> Outcome:
        sure = [t for t in held if t.corresponding or not cond.corresponding]
        target = cond.years * 12
        found = self._since(sure, target, facts.as_of) if sure else None
        if len(sure) < len(held) and (found is None or found.status is not Status.met):
            # counting the titles whose speciality may not correspond as well
            wide = self._since(held, target, facts.as_of)
            if wide.status is not Status.unmet:
                maybe = [t for t in held if t.corresponding is None]
                needs = wide.needs + tuple(
                    dict.fromkeys(Need.of("title_corresponding", title=t.level) for t in maybe)
                )
                # a title that counts whatever the others are may still be met by time alone:
                # unknown today, but met on that date in any case
                sure_on = None
                if found is not None and found.status is Status.unknown:
                    sure_on = found.reachable_on
                elif found is not None and found.closer is Closer.time:
                    sure_on = None if dict(found.detail).get("at_least") else found.reachable_on
                found = Outcome(
                    Status.unknown, None, reachable_on=sure_on, needs=tuple(dict.fromkeys(needs))
                )
            elif found is None:
                found = wide
        assert found is not None
        return found

    @staticmethod
    def _since(held: Sequence[Held], target: float, as_of: date) -> Outcome:
        return years_since(
            held,
            target,
            as_of,
            date_fact="title_date",
            years_fact="years_after_title",
            about="title",
        )


class AdvisoryUnit(Unit[AdvisoryCondition]):
    """Assessed by the exam itself: always unknown here, and never decides (a note)."""

    kind = "advisory"
    reads = ()

    def outcome(self, cond: AdvisoryCondition, facts: Facts) -> Outcome:
        return Outcome(Status.unknown)

    def required(self, cond: AdvisoryCondition) -> Any:
        return None

    def requirement(self, cond: AdvisoryCondition) -> Msg:
        return Msg.of("cond.advisory")

    def shortfall(self, cond: AdvisoryCondition, outcome: Outcome) -> Msg | None:
        return None


#: Every kind of condition, by its ``kind``.
UNITS: dict[str, Unit[Any]] = {
    unit.kind: unit
    for unit in (
        EducationUnit(),
        ExperienceUnit(),
        TrainingUnit(),
        CertificateUnit(),
        ExperienceSinceCertificateUnit(),
        TimeSinceCertificateUnit(),
        TitleUnit(),
        ExperienceSinceTitleUnit(),
        AdvisoryUnit(),
    )
}


def unit_of(cond: Condition) -> Unit[Any]:
    """The unit that gives a condition its meaning."""
    return UNITS[cond.kind]


def earliest(dates_: Iterable[date | None]) -> date | None:
    """The earliest of some dates (None if there is none)."""
    return min((d for d in dates_ if d is not None), default=None)
