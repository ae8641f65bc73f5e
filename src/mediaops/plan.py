"""The road ahead (``mediaops plan``): the earliest date each level can be applied for.

If the candidate keeps working in the occupation from the evaluation date,
experience and the years since each certificate grow month by month; each
level's certificate is taken to arrive ``exam_lag_months`` after the
candidate may first apply. Each date is judged by the same engine as
``mediaops check`` (:func:`mediaops.report.evaluate`), on the date in
question, with the certificates obtained by that date — so a level never
comes before its prerequisite certificate, and the horizon of time alone is
the engine's (:data:`mediaops.engine.series.HORIZON_YEARS`).

A level that time alone cannot reach says what would unlock it (a diploma,
formal training, a general condition), and where that is a fact the
candidate could add, the date it would then give. A level that formal
training would open sooner than time alone says so too.

Pure, like the engine: no I/O, no clock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from . import dates
from .engine.conditions import level_name, title_name, unit_of
from .engine.decide import Opens, Verdict
from .engine.facts import prepare
from .engine.outcome import Closer, Status
from .engine.series import HORIZON_YEARS, History, horizon
from .errors import InputError
from .messages import EDUCATION_NAMES, MAJOR_NAMES, Lang, Msg, localize, name
from .models import Candidate, Certificate, Diploma, Title, WorkPeriod
from .report import Judge, Report, checked_as_of
from .report.result import ConditionResult, LevelResult, cut_short, level_number
from .rules import Bilingual, EducationCondition, Ruleset
from .terms import Education, Major

#: The longest wait for a certificate a plan accepts (months).
MAX_EXAM_LAG = 120


class PlanStatus(StrEnum):
    """When a level can be applied for."""

    held = "held"
    now = "now"
    later = "later"
    unreachable = "unreachable"
    not_offered = "not_offered"


#: A level held or reached: the ladder above it is open.
_OPEN = (PlanStatus.held, PlanStatus.now, PlanStatus.later)


@dataclass(frozen=True, slots=True)
class Unlock:
    """Something that would make an unreachable level reachable.

    Attributes:
        pathway: the pathway (or general condition) it would open.
        needs: what is missing, in words.
        what: the facts to add, in words (``取得高级技工学校毕业证书``), if they can be.
        flag: the ``mediaops plan`` options that assume them (for scripts).
        date: the date the level could then be applied for, if it would then be reachable.
        grounds: the level as judged on that date (what the date rests on).
    """

    pathway: str
    needs: tuple[Msg, ...]
    what: tuple[Msg, ...] = ()
    flag: str | None = None
    date: dt.date | None = None
    grounds: tuple[LevelResult, ...] = field(default=(), compare=False, repr=False)

    def to_dict(self, lang: Lang) -> dict[str, Any]:
        """The JSON form."""
        return {
            "pathway": self.pathway,
            "needs": [m.format(lang) for m in self.needs],
            "assume": self.flag,
            "what": [m.format(lang) for m in self.what],
            "date": None if self.date is None else self.date.isoformat(),
        }


@dataclass(frozen=True, slots=True)
class PlannedLevel:
    """One level of a plan.

    Attributes:
        level: 4, 3, 2 or 1.
        name: its bilingual name.
        status: held, now, later, unreachable or not_offered.
        date: the earliest date the candidate may apply (as_of for ``now``).
        pathway: the clause it will rest on.
        certificate_date: when its certificate is taken to be obtained (date + exam lag).
        unlock: for an unreachable level, what would unlock it.
        with_training: the date the level could be applied for with the formal
            training a route asks for done now, when that is sooner than ``date``.
        training: the levels of that training.
        covered_by: a higher level whose certificate the plan expects by ``date``: from
            then on this level is held (a higher certificate meets any condition asking for
            this one), so it need not be applied for; the first such certificate.
        covered_on: when that certificate is expected.
        report: the engine's report on the date (the reasons, in full).
        grounds: the level as judged on each date shown for it (its own, with training,
            an unlock's): what those dates rest on.

    A level the candidate's direction does not offer is ``not_offered``; where the plan takes
    its certificate in another direction (it brings a level above sooner), it has the date,
    pathway and certificate date of that direction.
    """

    level: int
    name: Bilingual
    status: PlanStatus
    date: dt.date | None = None
    pathway: str | None = None
    certificate_date: dt.date | None = None
    unlock: tuple[Unlock, ...] = ()
    with_training: dt.date | None = None
    training: tuple[int, ...] = ()
    covered_by: int | None = None
    covered_on: dt.date | None = None
    report: Report | None = field(default=None, compare=False, repr=False)
    grounds: tuple[LevelResult, ...] = field(default=(), compare=False, repr=False)

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
            "with_training": None if self.with_training is None else self.with_training.isoformat(),
            "training": list(self.training),
            "unlock": [u.to_dict(lang) for u in self.unlock] if self.unlock else None,
            "covered_by": self.covered_by,
            "covered_on": None if self.covered_on is None else self.covered_on.isoformat(),
        }


@dataclass(frozen=True, slots=True)
class Plan:
    """The earliest date for every level, in the order 4, 3, 2, 1."""

    as_of: date
    exam_lag_months: int
    levels: tuple[PlannedLevel, ...]
    notes: tuple[Msg, ...] = ()
    edition_name: Bilingual | None = None
    #: the ruleset's assumptions the dates shown rest on: (id, text)
    assumptions: tuple[tuple[str, Bilingual], ...] = ()

    def level(self, number: int) -> PlannedLevel:
        """The plan for one level.

        Raises:
            TypeError: ``number`` is not an int, or is a bool (as
                :meth:`~mediaops.report.result.Report.level`: ``True == 1``, not a level).
            KeyError: the ruleset has no such level (``7``).
        """
        level_number(number)
        for p in self.levels:
            if p.level == number:
                return p
        # (not a StopIteration from next(), which a generator calling this turns into a
        # RuntimeError)
        raise KeyError(number)

    @property
    def cut_short(self) -> bool:
        """Whether time alone is followed for fewer years than :data:`HORIZON_YEARS`, the
        latest date there is (:data:`~mediaops.dates.LATEST_DATE`) coming first: a level
        time does not reach is then not reached by that date, which is the reason."""
        return cut_short(self.as_of)

    def to_dict(self, lang: Lang = "zh") -> dict[str, Any]:
        """The JSON output of ``mediaops plan --format json``."""
        return {
            "as_of": self.as_of.isoformat(),
            "exam_lag_months": self.exam_lag_months,
            "levels": [p.to_dict(lang) for p in self.levels],
            "notes": [n.format(lang) for n in self.notes],
            "assumptions": [{"id": a, "text": localize(t, lang)} for a, t in self.assumptions],
        }


#: A certificate or a title (what has a date and years since it).
_Dated = TypeVar("_Dated", Certificate, Title)


def _on(candidate: Candidate, as_of: date, when: date, planned: dict[int, date]) -> Candidate:
    """The candidate on a later date ``when``, having worked on since ``as_of``.

    Experience and years since a certificate given as numbers grow with the
    months passed (never past the months of a work history, nor the time since
    the certificate's date); a work history gains a period from ``as_of`` on
    (an open period already runs to the evaluation date); certificates planned
    for dates up to ``when`` are added.
    """
    months = dates.months_between(as_of, when) / 12
    cap = None
    if candidate.work_history:
        # years after a certificate or title grow by calendar months from as_of (as check
        # counts them on), but a history counts months from its own first day: for part
        # of a month they could pass it (26.75 years after a certificate against 26.67
        # years of work), which no candidate can have, so they stop at it
        worked = prepare(candidate, as_of).experience
        assert isinstance(worked, History)
        cap = worked.at(when) / 12

    def grown(item: _Dated) -> _Dated:
        """The years after ``item`` on ``when``: never more than the time since its date
        (months from a 31st and from the evaluation date's end of a shorter month turn over
        on different days) nor than the history."""
        years = (item.years_after or 0.0) + months
        if cap is not None:
            years = min(years, cap)
        if item.date is not None:
            whole, days = dates.split_months(item.date, when)
            years = min(years, (whole + days / 31) / 12)  # as check bounds it
        return item.model_copy(update={"years_after": years})

    experience = candidate.experience
    if experience is not None and not candidate.work_history:
        experience += months
    history = candidate.work_history
    if history and all(p.end is not None for p in history):
        history = (*history, WorkPeriod(start=as_of))
    if history and experience is not None:
        experience = None  # the history speaks for itself from here on
    certs = [c if c.years_after is None else grown(c) for c in candidate.certificates or ()]
    titles = tuple(t if t.years_after is None else grown(t) for t in candidate.titles or ())
    held = {c.level for c in certs}
    for level, obtained in planned.items():
        if obtained <= when and level not in held:
            certs.append(Certificate(level=level, date=obtained))
    return candidate.model_copy(
        update={
            "experience": experience,
            "work_history": history,
            "certificates": tuple(certs),
            "titles": titles,
        }
    )


#: How late a date judged on a day after the evaluation date can be: a month, and the
#: days a month's end may shift it by (see :func:`_earliest`).
_LATE_BY = dt.timedelta(days=62)


def _from_today(
    items: tuple[Certificate, ...] | tuple[Title, ...],
) -> tuple[tuple[Any, ...], list[Any]]:
    """``items`` with those given neither a date nor years since counted from today (0 years
    since), and those items."""
    undated = [c for c in items if c.date is None and c.years_after is None]
    counted = tuple(c.model_copy(update={"years_after": 0.0}) if c in undated else c for c in items)
    return counted, undated


def _earliest(
    candidate: Candidate, judge: Judge, level: int, as_of: date, planned: dict[int, date]
) -> tuple[date | None, Report]:
    """The first date from ``as_of`` on when ``level`` is eligible, and the report then.

    Steps from one date on which something changes to the next (a gap that time
    closes, a condition not known today that time meets, a planned certificate), each judged afresh on the candidate as
    they will be then (:func:`_on`, always counted from ``as_of``). A date
    reported by a judgement made on a day after ``as_of`` counts months from
    that day, which can put it up to a month late (months counted from 30
    April land on the 28th of February where months from 31 January land on
    the 31st), so once a date is eligible after such a day, the days before
    it, back to that day and at most :data:`_LATE_BY` days, are searched for
    the first that is: eligibility only grows with time, so halving finds it.
    No search is needed where the day before is not eligible (the usual case),
    nor after the first step: the judgement on ``as_of`` reports exact dates.
    """
    last = horizon(as_of)

    def judged(when: date) -> Report:
        return judge(_on(candidate, as_of, when, planned), as_of=when)

    def eligible(report: Report) -> bool:
        return report.level(level).status is Verdict.eligible

    when, before = as_of, None
    report = judged(when)
    while not eligible(report):
        result = report.level(level)
        # next moment something changes: time closes a gap, or a planned certificate arrives
        upcoming = [d for d in planned.values() if d > when]
        if result.reachable_on is not None and result.reachable_on > when:
            upcoming.append(result.reachable_on)
        # a condition not known today that time alone meets on a date (whatever is not known)
        upcoming += [
            c.reachable_on
            for p in result.pathways
            for c in p.conditions
            if c.status is Status.unknown and c.reachable_on is not None and c.reachable_on > when
        ]
        upcoming = [d for d in upcoming if d <= last]
        if not upcoming:
            return None, report
        before, when = when, min(upcoming)
        report = judged(when)
    if before is None or before == as_of:
        return when, report  # judged on as_of, or a date from that judgement: exact
    day_before = when - dt.timedelta(days=1)
    if day_before <= before or not eligible(judged(day_before)):
        return when, report  # the usual case: the date is exact
    before = max(before, when - _LATE_BY)
    while (when - before).days > 1:
        middle = before + (when - before) / 2
        middle_report = judged(middle)
        if eligible(middle_report):
            when, report = middle, middle_report
        else:
            before = middle
    return when, report


def _open_gap(c: ConditionResult) -> bool:
    """A gap neither time nor the ladder of certificates closes (nor facts the plan fills in)."""
    return c.status is Status.unknown or (
        c.status is Status.unmet and c.closer not in (Closer.time, Closer.wait, Closer.ladder)
    )


def _on_ladder(c: ConditionResult) -> bool:
    """A gap the certificate of a lower level closes."""
    return c.status is Status.unmet and c.closer is Closer.ladder


def _stuck(result: LevelResult) -> list[tuple[int, str]]:
    """Each pathway with a gap neither time nor the ladder closes: (index, id)."""
    return [
        (i, p.id) for i, p in enumerate(result.pathways) if any(_open_gap(c) for c in p.conditions)
    ]


def _assumption(
    cond: Any, candidate: Candidate
) -> tuple[str, tuple[Msg, ...], dict[str, Any]] | None:
    """The options, words and :func:`assume` arguments that would supply a missing
    condition, if any."""
    level = unit_of(cond).training(cond)
    if level is not None:
        training = (Msg.of("plan.assume.training", level=level_name(level)),)
        return f"--assume-training {level}", training, {"training": [level]}
    if isinstance(cond, EducationCondition):
        if cond.classes is not None or cond.evaluated or cond.students_only:
            return None  # not a fact the plan's options can assume
        education = cond.any_of[0]
        update: dict[str, Any] = {"education": education}
        flag = f"--assume-education {education.value}"
        # "if you obtain" a diploma beyond those given; "if you have" one when none is given
        key = (
            "plan.assume.education" if _diplomas_given(candidate) else "plan.assume.education_held"
        )
        words = [Msg.of(key, education=name(EDUCATION_NAMES, education.value))]
        if cond.majors is not None and candidate.major not in cond.majors:
            major = Major.related if Major.related in cond.majors else cond.majors[0]
            update["major"] = major
            flag += f" --assume-major {major.value}"
            words.append(Msg.of("plan.assume.major", major=name(MAJOR_NAMES, major.value)))
        return flag, tuple(words), update
    return None


def _diplomas_given(candidate: Candidate) -> bool:
    """Whether the candidate's diplomas are given (not whether any of them suffices)."""
    return candidate.education is not None or bool(candidate.diplomas)


def plan(
    candidate: Candidate,
    ruleset: Ruleset,
    *,
    as_of: date,
    exam_lag_months: int = 3,
    assumed: tuple[Msg, ...] = (),
    unused_training: tuple[int, ...] = (),
    _explore: bool = True,
    judge: Judge | None = None,
) -> Plan:
    """The earliest date each level can be applied for, if the candidate keeps working.

    Args:
        candidate: the facts given.
        ruleset: the requirements.
        as_of: today, for the plan.
        exam_lag_months: months between becoming eligible for a level and
            holding its certificate (0 to :data:`MAX_EXAM_LAG`).
        assumed: the facts ``candidate`` holds by :func:`assume`, in words (see
            :func:`assumed_words`), for the plan's notes.
        unused_training: levels of formal training assumed (``--assume-training``) that no
            clause of ``ruleset`` asks for (:func:`training_levels`): a note says they change
            nothing, rather than nothing being said.
        judge: a :class:`~mediaops.report.Judge` made for ``ruleset``, for a caller that
            plans many times under it (the plans made inside share one too).

    Returns:
        The plan: for each level (4, 3, 2, 1) held, now, later, unreachable or
        not offered, with its date, pathway and, when unreachable, what would
        unlock it.

    Raises:
        InputError: bad or contradictory facts (as ``check``), a lag out of range, or
            ``as_of`` out of range (as :func:`~mediaops.report.evaluate`).
        TypeError: an argument of another type (a dict for the candidate, a text for a date,
            a ruleset for the judge).
        ValueError: a judge made for another ruleset.
    """
    if not 0 <= exam_lag_months <= MAX_EXAM_LAG:
        raise InputError(
            "--exam-lag-months",
            Msg.of(
                "err.months", field="--exam-lag-months", value=exam_lag_months, max=MAX_EXAM_LAG
            ),
        )
    as_of = checked_as_of(as_of)  # a datetime is its date; out of range: InputError
    if judge is None:
        judge = Judge(ruleset)
    elif not isinstance(judge, Judge):
        raise TypeError(f"judge: expected a Judge, not {type(judge).__name__}")
    elif judge.ruleset is not ruleset and judge.ruleset != ruleset:  # (the same file read twice)
        raise ValueError("judge: made for another ruleset")
    notice = ruleset.notice_line()  # an edition inferred from a template says so everywhere
    notes: list[Msg] = [] if notice is None else [notice]
    if assumed:
        notes.append(Msg.of("plan.assumed", what=assumed))
    if unused_training:
        levels_ = tuple(level_name(t) for t in dict.fromkeys(unused_training))
        notes.append(Msg.of("plan.assume_training_unused", levels=levels_))
    today = judge(candidate, as_of=as_of)  # bad facts fail here, as in check
    unknown_lists = {
        k: () for k in ("trainings", "certificates", "titles") if getattr(candidate, k) is None
    }
    lists_at = len(notes)  # the note on them, once the plan shows which of them matter
    if unknown_lists:  # (a question skipped): planned as none, which the dates then assume
        candidate = candidate.model_copy(update=unknown_lists)
        # today as planned: trainings not given are none, so one is a route (完成培训后)
        today = judge(candidate, as_of=as_of)
    # Unknown is not zero; but a plan needs a starting point: the least experience the
    # facts allow (0, or the most years given after a certificate or title), whose dates
    # giving the real figure can only bring forward; or, where a certificate or title is
    # dated, work every day since the earliest date, which the note states as an assumption
    # (with breaks the real dates are later).
    experience_note: Msg | None = None
    if candidate.experience is None and not candidate.work_history:
        held: list[Certificate | Title] = [
            *(candidate.certificates or ()),
            *(candidate.titles or ()),
        ]
        floor = max((c.years_after for c in held if c.years_after is not None), default=0.0)
        since = min((c.date for c in held if c.years_after is None and c.date), default=None)
        if since is not None and dates.months_between(since, as_of) / 12 > floor:
            # a work period, counted to the day as check counts the years since the date
            # (a number of years would lose the part month)
            update: dict[str, Any] = {"work_history": (WorkPeriod(start=since),)}
            experience_note = Msg.of("plan.assume_experience_since", date=since.isoformat())
        else:
            update = {"experience": floor}
            experience_note = Msg.of("plan.assume_least_experience", years=f"{floor:g}")
        notes.append(experience_note)
        candidate = candidate.model_copy(update=update)
    # A certificate or title with neither its date nor the years since it: counted from today
    # (the latest it can have been obtained), with a note.
    certs, undated_certs = _from_today(candidate.certificates or ())
    titles, undated_titles = _from_today(candidate.titles or ())
    if undated_certs or undated_titles:
        candidate = candidate.model_copy(update={"certificates": certs, "titles": titles})
    for c in undated_certs:
        notes.append(Msg.of("plan.assume_cert_today", level=level_name(c.level)))
    for t in undated_titles:
        notes.append(Msg.of("plan.assume_title_today", title=title_name(t.level)))
    as_planned = None  # today's report on the facts as planned (for the notes)
    if _explore:  # other facts not given (a major, a title's correspondence): taken as not met
        as_planned = judge(candidate, as_of=as_of)
        unknown = as_planned.missing_facts
        if unknown:
            notes.append(Msg.of("plan.assume_unknown", facts=tuple(f.msg for f in unknown)))
    # a level the direction lacks (数据分析 has no 四级): its certificate may be taken in
    # another direction, where that brings a level above it sooner (certificate-any-direction)
    elsewhere = _elsewhere_helps(candidate, judge, as_of, exam_lag_months, today)
    levels = _plan_levels(
        candidate, judge, as_of, exam_lag_months, today, explore=_explore, elsewhere=elsewhere
    )
    planned_levels = _covered(levels)
    if experience_note is not None and all(
        p.status in (PlanStatus.held, PlanStatus.not_offered) for p in planned_levels
    ):  # every level held: no date rests on the experience assumed
        notes.remove(experience_note)
    if as_planned is not None:
        notes += _derived_years_notes(as_planned, planned_levels)
    # the ruleset's assumptions a date shown (a level's, with training, an unlock's) rests
    # on, each once, as check states those its verdicts rest on (2-1's 4 years, 3-2's years
    # counted after the certificate, a certificate of a level the direction lacks)
    rested = dict.fromkeys(a for p in planned_levels for g in p.grounds for a in g.assumptions)
    assumptions = tuple((a, ruleset.assumption(a).text) for a in rested)
    still = _while_a_student(ruleset, planned_levels, as_of)
    if still:
        notes.append(Msg.of("plan.assume_still_student", pathways=still))
    if unknown_lists and _explore:
        lists = _lists_that_matter(
            set(unknown_lists), candidate, judge, as_of, exam_lag_months, planned_levels
        )
        if lists:
            notes.insert(lists_at, Msg.of("plan.assume_lists", what=lists))
    return Plan(
        as_of, exam_lag_months, planned_levels, tuple(notes), ruleset.edition_name, assumptions
    )


def _while_a_student(
    ruleset: Ruleset, levels: tuple[PlannedLevel, ...], as_of: dt.date
) -> tuple[str, ...]:
    """The pathways open to students only (template T2-5) that a date to come rests on.

    A final-year student is planned as one on every date (the graduation date is not a
    fact); such a pathway no longer applies once the candidate graduates, which the note
    on these says.
    """
    students = {
        p.id
        for _, p in ruleset.pathways()
        if any(isinstance(c, EducationCondition) and c.students_only for c in p.conditions)
    }
    dated = [(p.pathway, p.date) for p in levels if p.status is PlanStatus.later]
    dated += [(u.pathway, u.date) for p in levels for u in p.unlock]
    return tuple(
        dict.fromkeys(pw for pw, when in dated if pw in students and when and when > as_of)
    )


#: check's notes on years since a certificate or title read from its date: continuous work
#: since the date, capped by the experience in total (SPEC §1, an assumption stated).
_CONTINUOUS = ("note.continuous_certificate", "note.continuous_title")


def _derived_years_notes(today: Report, levels: tuple[PlannedLevel, ...]) -> list[Msg]:
    """check's notes on the years since a certificate or title given with its date only,
    read as continuous work since the date capped by the experience, for those a date shown
    rests on: worded as check words them today (one message for both), each once.

    A certificate the plan itself expects is not among them (today it is not held): working
    on from today is the plan's own assumption, which its first note states.
    """

    def about(note: Msg) -> tuple[Any, ...]:
        params = dict(note.params)
        return note.key, params.get("level"), params.get("title"), params.get("date")

    rested = {about(n) for p in levels for g in p.grounds for n in g.notes if n.key in _CONTINUOUS}
    found = (n for lv in today.levels for pw in lv.pathways for c in pw.conditions for n in c.notes)
    return list(dict.fromkeys(n for n in found if n.key in _CONTINUOUS and about(n) in rested))


def _in_direction_with(candidate: Candidate, ruleset: Ruleset, level: int) -> Candidate | None:
    """The candidate applying in a direction that has ``level`` (None: no direction has it)."""
    other = next((d for d in ruleset.directions if level in d.levels), None)
    return None if other is None else candidate.model_copy(update={"direction": other.id})


def _elsewhere_helps(
    candidate: Candidate, judge: Judge, as_of: date, exam_lag_months: int, today: Report
) -> bool:
    """Whether taking the certificate of a level the candidate's direction lacks in another
    direction brings some level of the direction sooner, or at all (else it is not planned:
    an exam that changes nothing is no step of the road)."""
    if not any(lv.status is Verdict.not_offered for lv in today.levels):
        return False
    args = (candidate, judge, as_of, exam_lag_months, today)
    taken = _plan_levels(*args, explore=False, elsewhere=True)
    if not any(_elsewhere(p) for p in taken):
        return False
    without = _plan_levels(*args, explore=False, elsewhere=False)

    def road(levels: tuple[PlannedLevel, ...]) -> list[tuple[PlanStatus, date | None]]:
        return [(p.status, p.date) for p in levels if p.status is not PlanStatus.not_offered]

    return road(taken) != road(without)


def _elsewhere(p: PlannedLevel) -> bool:
    """A level the direction lacks whose certificate the plan takes in another direction."""
    return p.status is PlanStatus.not_offered and p.date is not None


def _plan_levels(
    candidate: Candidate,
    judge: Judge,
    as_of: date,
    exam_lag_months: int,
    today: Report,
    *,
    explore: bool,
    elsewhere: bool,
) -> tuple[PlannedLevel, ...]:
    """Each level's plan, from 4 up, each with the certificates planned below it.

    ``explore``: also the training shortcut and what would unlock a level out of reach.
    ``elsewhere``: a level the direction does not offer is planned in a direction that
    offers it (its status stays ``not_offered``, with the date, pathway and certificate).
    """
    ruleset = judge.ruleset
    highest = min((c.level for c in candidate.certificates or ()), default=None)
    planned: dict[int, date] = {}
    levels: list[PlannedLevel] = []
    for rule in ruleset.levels:
        if highest is not None and highest <= rule.level:
            levels.append(PlannedLevel(rule.level, rule.name, PlanStatus.held))
            continue
        who, base = candidate, today
        if today.level(rule.level).status is Verdict.not_offered:
            other = _in_direction_with(candidate, ruleset, rule.level) if elsewhere else None
            if other is None:
                levels.append(PlannedLevel(rule.level, rule.name, PlanStatus.not_offered))
                continue
            who, base = other, judge(other, as_of=as_of)
        when, report = _earliest(who, judge, rule.level, as_of, planned)
        result = report.level(rule.level)
        training = _training_routes(base.level(rule.level), ruleset, rule.level)
        with_training = None
        grounds: tuple[LevelResult, ...] = ()
        if explore and training and when != as_of:
            with_training, grounds = _date_with(
                who,
                {"training": list(training)},
                judge,
                rule.level,
                as_of,
                exam_lag_months,
            )
            if with_training is not None and when is not None and with_training >= when:
                with_training, grounds = None, ()
        if when is None and who is not candidate:  # out of reach in the other direction too
            levels.append(PlannedLevel(rule.level, rule.name, PlanStatus.not_offered))
            continue
        if when is None:
            unlock = (
                _unlocks(
                    candidate,
                    judge,
                    rule.level,
                    result,
                    as_of,
                    exam_lag_months,
                    lower_open=all(_open(p) for p in levels if p.level == rule.level + 1),
                )
                if explore
                else ()
            )
            levels.append(
                PlannedLevel(
                    rule.level,
                    rule.name,
                    PlanStatus.unreachable,
                    unlock=unlock,
                    with_training=with_training,
                    training=training if with_training else (),
                    report=report,
                    grounds=grounds + tuple(g for u in unlock for g in u.grounds),
                )
            )
            continue
        expected = dates.add_months(when, exam_lag_months)
        # a certificate expected past the dates followed is not planned, and no date shown
        obtained = expected if expected <= horizon(as_of) else None
        if obtained is not None:
            planned[rule.level] = obtained
        if who is not candidate:
            status = PlanStatus.not_offered
        else:
            status = PlanStatus.now if when == as_of else PlanStatus.later
        levels.append(
            PlannedLevel(
                rule.level,
                rule.name,
                status,
                when,
                result.qualifying_pathways[0],
                obtained,
                with_training=with_training,
                training=training if with_training else (),
                report=report,
                grounds=(result, *grounds),
            )
        )
    return tuple(levels)


def _open(p: PlannedLevel) -> bool:
    """A level held or reached (in the direction or, for one it lacks, in another)."""
    return p.status in _OPEN or _elsewhere(p)


def _lists_that_matter(
    keys: set[str],
    candidate: Candidate,
    judge: Judge,
    as_of: date,
    exam_lag_months: int,
    levels: tuple[PlannedLevel, ...],
) -> tuple[Msg, ...]:
    """Of the lists not given (``keys``, planned as none), those whose giving could change the
    plan, in words: certificates always (a higher one holds a level); titles where a clause
    reads them; trainings where completing every training a clause asks for would move a date.

    The questions leave out a question whose answer could change nothing, so a list not given
    may never have been asked for: the note names only the lists that matter.
    """
    ruleset = judge.ruleset
    out = []
    for key in ("trainings", "certificates", "titles"):
        if key not in keys:
            continue
        if key == "trainings":
            trained = training_levels(ruleset)
            if not trained:
                continue
            trained_plan = plan(
                assume(candidate, training=sorted(trained, reverse=True)),
                ruleset,
                as_of=as_of,
                exam_lag_months=exam_lag_months,
                _explore=False,
                judge=judge,
            )
            if [(p.status, p.date) for p in trained_plan.levels] == [
                (p.status, p.date) for p in levels
            ]:
                continue
        if key == "titles" and not any("titles" in unit_of(c).reads for c in ruleset.conditions()):
            continue
        out.append(Msg.of(f"plan.list.{key}"))
    return tuple(out)


def _covered(levels: tuple[PlannedLevel, ...]) -> tuple[PlannedLevel, ...]:
    """The levels with ``covered_by`` set where a higher level's certificate is expected by the
    level's own date (a 三级 opened by a title years before 四级): by then the level is held."""
    out = []
    for p in levels:
        first = None
        if p.date is not None and p.status in (PlanStatus.now, PlanStatus.later):
            first = min(
                (
                    (h.certificate_date, h.level)
                    for h in levels
                    if h.level < p.level
                    and h.certificate_date is not None
                    and h.certificate_date <= p.date
                ),
                default=None,
            )
        out.append(p if first is None else replace(p, covered_by=first[1], covered_on=first[0]))
    return tuple(out)


def _training_routes(result: LevelResult, ruleset: Ruleset, level: int) -> tuple[int, ...]:
    """The levels of formal training the routes one action opens ask for."""
    rule = ruleset.level(level)
    assert rule is not None
    out: list[int] = []
    for r in result.routes:
        if r.opens is not Opens.action:
            continue
        pathway = next(p for p in rule.pathways if p.id == r.pathway)
        out += [t for c in pathway.conditions if (t := unit_of(c).training(c)) is not None]
    return tuple(dict.fromkeys(out))


def _unlocks(
    candidate: Candidate,
    judge: Judge,
    level: int,
    result: LevelResult,
    as_of: date,
    exam_lag_months: int,
    *,
    lower_open: bool = False,
) -> tuple[Unlock, ...]:
    """What would unlock an unreachable level, pathway by pathway. ``lower_open``: the level
    below is held or reached (or there is none)."""
    ruleset = judge.ruleset

    def general(clause: str, needs: tuple[Msg, ...], *, known: bool = True) -> Unlock:
        # a general condition, with the date the level would come if it held. Not known
        # (education not given): only a date is said; "still out of reach with 初中" would
        # be wrong for one who holds more than the lowest diploma that meets it
        rule = next(g for g in ruleset.general if g.id == clause)
        found = _assumption(rule.condition, candidate)
        if found is None:
            return Unlock(clause, needs)
        when, grounds = _date_with(candidate, found[2], judge, level, as_of, exam_lag_months)
        if when is None and not known:
            return Unlock(clause, needs)
        return Unlock(clause, needs, found[1], found[0], when, grounds)

    unknown = [
        general(g.id, (g.condition.shortfall,), known=False)
        for g in result.general_unknown
        if g.condition.shortfall
    ]
    if unknown:  # a general condition nobody knows: that comes first
        return tuple(unknown)
    if result.blocked_by:
        g1 = next(g for g in ruleset.general if g.id in result.blocked_by)
        return (general(g1.id, (Msg.of("plan.general", clause=g1.id, text=g1.text),)),)
    out: list[tuple[int, Unlock]] = []
    rule = ruleset.level(level)
    assert rule is not None
    stuck = _stuck(result)
    beyond = Msg.of("plan.beyond_horizon", years=HORIZON_YEARS, latest=dates.LATEST_DATE)
    if stuck:
        # a pathway with no such gap, beside them, waits for time alone (or a certificate
        # below that is reached): for more than is followed, as the level is not reached
        # (near the last date there is, 4-1's years end past it): said, not left out
        waiting = [
            (i, p.id)
            for i, p in enumerate(result.pathways)
            if p.status is Status.unmet
            and (i, p.id) not in stuck
            and (lower_open or not any(_on_ladder(c) for c in p.conditions))
        ]
        out += [(i, Unlock(pathway_id, (beyond,))) for i, pathway_id in waiting]
    for index, pathway_id in stuck:
        pathway = result.pathways[index]
        gaps = [
            (cond, c)
            for cond, c in zip(rule.pathways[index].conditions, pathway.conditions, strict=True)
            if _open_gap(c)
        ]
        lacking = tuple(c.shortfall or c.text for _, c in gaps)
        update: dict[str, Any] = {}
        flags: list[str] = []
        words: list[Msg] = []
        for cond, _ in gaps:
            found = _assumption(cond, candidate)
            if found is None:
                flags, words = [], []
                break
            flags.append(found[0])
            words.extend(found[1])
            for k, v in found[2].items():  # trainings add up; a diploma and its major are one
                update[k] = [*update.get(k, []), *v] if k == "training" else v
        flag = " ".join(flags) or None
        when, grounds = (
            _date_with(candidate, update, judge, level, as_of, exam_lag_months)
            if flag
            else (None, ())
        )
        out.append((index, Unlock(pathway_id, lacking, tuple(words), flag, when, grounds)))
    if not stuck:
        # every pathway waits for time or for the certificate of the level below: for more
        # time than is followed if that certificate comes, else for one that does not
        needs = beyond if lower_open else Msg.of("plan.needs_lower", level=level_name(level + 1))
        out.append((0, Unlock(rule.pathways[0].id, (needs,))))
    return tuple(u for _, u in sorted(out, key=lambda iu: iu[0]))


def _date_with(
    candidate: Candidate,
    update: dict[str, Any],
    judge: Judge,
    level: int,
    as_of: date,
    exam_lag_months: int,
) -> tuple[date | None, tuple[LevelResult, ...]]:
    """The date ``level`` would be reached with ``update`` (:func:`assume` arguments) assumed,
    and the level as judged then (what the date rests on)."""
    assumed = assume(candidate, **update)
    try:
        result = plan(
            assumed,
            judge.ruleset,
            as_of=as_of,
            exam_lag_months=exam_lag_months,
            _explore=False,
            judge=judge,
        )
    except InputError:
        return None, ()
    step = result.level(level)
    return step.date, step.grounds if step.date is not None else ()


def training_levels(ruleset: Ruleset) -> frozenset[int]:
    """The levels of formal training some clause of ``ruleset`` asks for (none under an
    edition without a training pathway, such as ``template-2023``)."""
    return frozenset(
        level for c in ruleset.conditions() if (level := unit_of(c).training(c)) is not None
    )


def assumed_words(
    *,
    training: list[int] | None = None,
    education: Education | None = None,
    major: Major | None = None,
) -> tuple[Msg, ...]:
    """What :func:`assume` assumes with these arguments, in words (a plan's note)."""
    words = [Msg.of("plan.assume.training", level=level_name(t)) for t in training or ()]
    if education is not None:
        words.append(
            Msg.of("plan.assume.education", education=name(EDUCATION_NAMES, education.value))
        )
    if major is not None:
        words.append(Msg.of("plan.assume.major", major=name(MAJOR_NAMES, major.value)))
    return tuple(words)


def assume(
    candidate: Candidate,
    *,
    training: list[int] | None = None,
    education: Education | None = None,
    major: Major | None = None,
) -> Candidate:
    """The candidate with facts assumed for planning (``--assume-…`` options).

    An assumed diploma is held besides the diplomas given (a clause looks at every diploma:
    assuming 本科 must not take a 技师学院 away), in the major assumed, else in the major
    given; a major assumed alone is taken for every diploma given.
    """
    update: dict[str, Any] = {}
    if training:
        update["trainings"] = tuple(sorted({*(candidate.trainings or ()), *training}, reverse=True))
    if education is not None:
        held = Diploma(
            education=education,
            major=major if major is not None else candidate.major,
            graduating=False,
        )
        update["diplomas"] = (*candidate.diplomas, held)
    elif major is not None:
        update["major"] = major
        update["diplomas"] = tuple(
            d.model_copy(update={"major": major}) for d in candidate.diplomas
        )
    return candidate.model_copy(update=update) if update else candidate
