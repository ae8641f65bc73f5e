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
from bisect import bisect_right
from collections.abc import Callable, Hashable, Iterable
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, Protocol, cast

from . import dates
from .messages import EDUCATION_NAMES, MAJOR_NAMES, Both, Msg, Phrase, name
from .models import (
    ENROLMENT_PREREQUISITE,
    Candidate,
    Certificate,
    Education,
    InputError,
    Major,
    WorkPeriod,
    level_short,
)
from .report import (
    ConditionResult,
    Decision,
    Fact,
    GeneralResult,
    LevelResult,
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
    Pathway,
    Ruleset,
    TrainingCondition,
)

#: the conditions that count years
_OnYears = ExperienceCondition | ExperienceSinceCertificateCondition

#: Tolerance for comparing years given as decimals (3.0 ≥ 3 must hold exactly).
EPS = 1e-9
#: How far ahead "time alone" is searched for a date.
HORIZON_YEARS = 100


# --- months over time ----------------------------------------------------------
# A "series" gives a number of months worked at any date from as_of on,
# assuming the candidate keeps working in the occupation from as_of; reach()
# is the first date it attains a target. Closed forms where they exist.
# Series are values: equal when of one type with equal fields, and hashable
# (signatures hold them). Plain classes with slots rather than NamedTuples:
# compiled, they are native classes, made for each distinct row without a
# Python-level ``__new__``.


class _Series(Protocol):
    def now(self) -> float: ...
    def reach(self, months: float) -> date | None: ...


class _Value:
    """Equality and hash from the fields a subclass names in :meth:`_key`."""

    __slots__ = ()

    def _key(self) -> tuple[object, ...]:
        raise NotImplementedError

    def __eq__(self, other: object) -> bool:
        return (
            type(other) is type(self) and isinstance(other, _Value) and self._key() == other._key()
        )

    def __hash__(self) -> int:
        return hash((type(self).__name__, self._key()))

    def __repr__(self) -> str:
        return f"{type(self).__name__}{self._key()!r}"


class _Linear(_Value):
    """``base`` months at ``start``, growing one month per calendar month."""

    __slots__ = ("base", "start")

    def __init__(self, base: float, start: date) -> None:
        self.base = base
        self.start = start

    def _key(self) -> tuple[object, ...]:
        return (self.base, self.start)

    def now(self) -> float:
        return self.base

    def reach(self, months: float) -> date:
        return dates.add_months(self.start, max(0, math.ceil(months - self.base - EPS)))


class _Since(_Value):
    """Complete months since ``since`` (continuous work since a date)."""

    __slots__ = ("as_of", "since")

    def __init__(self, since: date, as_of: date) -> None:
        self.since = since
        self.as_of = as_of

    def _key(self) -> tuple[object, ...]:
        return (self.since, self.as_of)

    def now(self) -> float:
        return dates.months_between(self.since, self.as_of)

    def reach(self, months: float) -> date:
        return max(self.as_of, dates.add_months(self.since, math.ceil(months - EPS)))


class _Capped(_Value):
    """The smaller of two series (years since a date, capped by experience in total)."""

    __slots__ = ("a", "b")

    def __init__(self, a: _Series, b: _Series) -> None:
        self.a = a
        self.b = b

    def _key(self) -> tuple[object, ...]:
        return (self.a, self.b)

    def now(self) -> float:
        return min(self.a.now(), self.b.now())

    def reach(self, months: float) -> date | None:
        ra, rb = self.a.reach(months), self.b.reach(months)
        return None if ra is None or rb is None else max(ra, rb)


class _History(_Value):
    """Months in the union of dated work periods (optionally only those after ``since``)."""

    __slots__ = ("as_of", "since", "stretches")

    def __init__(
        self, stretches: tuple[dates.Stretch, ...], as_of: date, since: date | None = None
    ) -> None:
        self.stretches = stretches
        self.as_of = as_of
        self.since = since

    def _key(self) -> tuple[object, ...]:
        return (self.stretches, self.as_of, self.since)

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


class _CertFacts:
    """A certificate with the months worked since it, as far as they are known.

    ``basis`` names how the months were found when they were not given (the
    key of the note that says so); the note itself is made when asked for.
    ``level`` and ``date`` are the certificate's, read once.

    This and :class:`Facts` are plain classes with slots rather than
    NamedTuples: compiled, they are native classes whose attributes the hot
    path reads directly (a NamedTuple's, or a pydantic model's, go through
    Python's attribute lookup). Neither is compared or hashed.
    """

    __slots__ = ("basis", "cert", "date", "level", "months", "series")

    def __init__(
        self, cert: Certificate, series: _Series | None, basis: str | None, months: float | None
    ) -> None:
        self.cert = cert
        self.series = series
        self.basis = basis
        self.months = months
        self.level: int = cert.level
        self.date: date | None = cert.date

    def __repr__(self) -> str:
        return f"_CertFacts(level={self.level}, date={self.date}, months={self.months})"

    @property
    def years(self) -> float | None:
        return None if self.months is None else self.months / 12

    @property
    def note(self) -> Msg | None:
        """How the months since the certificate were found, when they were not given."""
        if self.basis is None or self.months is None:
            return None
        extra = {"cap": self.series.b.now() / 12} if isinstance(self.series, _Capped) else {}
        level = level_short(self.level)
        return Msg.of(self.basis, level=level, date=self.date, years=self.months / 12, **extra)


class Facts:
    """The candidate's facts as the engine uses them on one date (see :class:`_CertFacts`)."""

    __slots__ = (
        "as_of",
        "certs",
        "education",
        "experience",
        "experience_months",
        "experience_note",
        "graduating",
        "highest",
        "major",
        "stretches",
        "trainings",
    )

    def __init__(
        self,
        education: Education | None,
        major: Major | None,
        graduating: bool,
        as_of: date,
        experience: _Series | None,
        experience_note: Msg | None,
        stretches: tuple[dates.Stretch, ...],
        certs: tuple[_CertFacts, ...],
        trainings: frozenset[int],
        highest: int | None,
        experience_months: float | None,
    ) -> None:
        self.education = education
        self.major = major
        self.graduating = graduating
        self.as_of = as_of
        self.experience = experience
        self.experience_note = experience_note
        self.stretches = stretches
        self.certs = certs
        self.trainings = trainings
        self.highest = highest
        self.experience_months = experience_months

    def __repr__(self) -> str:
        names = [n for n in self.__slots__ if getattr(self, n) not in (None, (), frozenset())]
        return f"Facts({', '.join(f'{n}={getattr(self, n)!r}' for n in names)})"

    @property
    def experience_years(self) -> float | None:
        """Cumulative years of experience, or None when unknown."""
        return None if self.experience_months is None else self.experience_months / 12

    def summary(self) -> dict[str, Any]:
        """The facts as used, for the JSON output (``ReportJson._facts`` writes the same)."""
        years = self.experience_years
        return {
            "education": self.education.value if self.education else None,
            "major": self.major.value if self.major else None,
            "graduating": self.graduating,
            "experience_years": None if years is None else round(years, 4),
            "work_periods": [[s.start.isoformat(), s.end.isoformat()] for s in self.stretches],
            "trainings": sorted(self.trainings, reverse=True),
            "certificates": [
                {
                    "level": cf.level,
                    "date": cf.date.isoformat() if cf.date else None,
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
    return prepare_facts(
        as_of,
        education=candidate.education,
        major=candidate.major,
        graduating=candidate.graduating,
        experience=candidate.experience,
        work_history=candidate.work_history,
        trainings=candidate.trainings,
        certificates=candidate.certificates,
    )


def prepare_facts(
    as_of: date,
    *,
    education: Education | None = None,
    major: Major | None = None,
    graduating: bool = False,
    experience: float | None = None,
    work_history: tuple[WorkPeriod, ...] = (),
    trainings: Iterable[int] = (),
    certificates: tuple[Certificate, ...] = (),
) -> Facts:
    """:func:`prepare` from a candidate's facts already parsed (no model built).

    The facts must have passed the candidate's own checks
    (:func:`~mediaops.models.check_consistency`); the checks against the date
    are made here.

    Raises:
        InputError: a date after ``as_of``, or facts that contradict each other.
    """
    for cert in certificates:
        if cert.date is not None and cert.date > as_of:
            raise InputError(
                "cert",
                Msg.of("err.future_date", field=_field("cert"), value=cert.date, as_of=as_of),
            )
    stretches: list[dates.Stretch] = []
    for period in work_history:
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
    merged = tuple(dates.merge(stretches)) if stretches else ()

    series: _Series | None = None
    note: Msg | None = None
    if work_history:
        months, _complete, _left = dates.worked_months(merged)
        if experience is not None and abs(experience * 12 - months) > 1 + EPS:
            raise InputError(
                "experience",
                Msg.of("err.history_disagrees", given=experience, computed=months / 12),
            )
        series = _History(merged, as_of)
        note = Msg.of(
            "assume.experience_from_history",
            periods=", ".join(f"{s.start}..{s.end}" for s in merged) or "—",
            months=months,
            years=months / 12,
        )
    elif experience is not None:
        series = _Linear(experience * 12, as_of)

    certs: tuple[_CertFacts, ...] = ()
    highest = None
    if certificates:
        history = merged if work_history else None
        certs = tuple(_certificate_facts(cert, series, history, as_of) for cert in certificates)
        highest = min(c.level for c in certificates)
    return Facts(
        education,
        major,
        graduating,
        as_of,
        series,
        note,
        merged,
        certs,
        trainings if isinstance(trainings, frozenset) else frozenset(trainings),
        highest,
        None if series is None else series.now(),
    )


def _certificate_facts(
    cert: Certificate,
    experience: _Series | None,
    history: tuple[dates.Stretch, ...] | None,
    as_of: date,
) -> _CertFacts:
    """The months worked since a certificate, and how they were found (SPEC §1)."""
    if cert.years_after is not None:  # given: used as given
        if cert.date is not None:
            months, days = dates.split_months(cert.date, as_of)
            elapsed = months + days / 31  # a part month counts as less than a whole one
            if cert.years_after * 12 > elapsed + EPS:
                raise InputError(
                    "years_after_cert",
                    Msg.of(
                        "err.after_exceeds_elapsed", level=level_short(cert.level),
                        after=cert.years_after, date=cert.date, elapsed=months / 12,
                    ),
                )  # fmt: skip
        if experience is not None and cert.years_after * 12 > experience.now() + EPS:
            raise InputError(
                "years_after_cert",
                Msg.of(
                    "err.after_exceeds_total", after=cert.years_after, total=experience.now() / 12
                ),
            )
        series: _Series = _Linear(cert.years_after * 12, as_of)
        return _CertFacts(cert, series, None, series.now())
    if cert.date is None:  # neither date nor years: unknown
        return _CertFacts(cert, None, None, None)
    if history is not None:  # from the work history after the date
        series, basis = _History(history, as_of, since=cert.date), "assume.from_history"
    elif experience is not None:  # continuous work since the date, capped by the total
        series, basis = _Capped(_Since(cert.date, as_of), experience), "assume.continuous_capped"
    else:  # continuous work since the date; with the total unknown there is no cap
        series, basis = _Since(cert.date, as_of), "assume.continuous_uncapped"
    return _CertFacts(cert, series, basis, series.now())


# --- conditions ----------------------------------------------------------------


def _num(years: float) -> float | int:
    """Whole numbers of years as ints in JSON (``"required": 3``)."""
    return int(years) if float(years).is_integer() else years


def _years(months: float) -> float:
    """Years for display and JSON: rounded down, so a shortfall never shows as met."""
    return math.floor(months / 12 * 10_000 + EPS) / 10_000


def _short(months: float) -> float:
    """A shortfall in years, rounded up to 0.01: never "还差 0 年" while one remains."""
    return math.ceil(months / 12 * 100 - EPS) / 100


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
    c = facts
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


@lru_cache(maxsize=256)
def _condition_text(key: str, level: int | None, years: float | None) -> Msg:
    """A condition's wording (the same for every candidate: made once)."""
    params: dict[str, Any] = {} if level is None else {"level": level_short(level)}
    if years is not None:
        params["years"] = _num(years)
    return Msg.of(key, **params)


def _experience(cond: ExperienceCondition, facts: Facts) -> ConditionResult:
    text = _condition_text("cond.experience", None, cond.years)
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
        Msg.of("short.experience", years=_short(target - months)),
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
    text = _condition_text("cond.experience_since_certificate", cond.level, cond.years)
    required = _num(cond.years)
    assumptions = (cond.assumption,) if cond.assumption else ()
    kind = "experience_since_certificate"
    qualifying = [c for c in facts.certs if c.level <= cond.level]
    if not qualifying:
        return ConditionResult(
            kind, Status.unmet, required, None, text,
            Msg.of("short.years_after_new", years=_num(cond.years)), assumptions=assumptions,
        )  # fmt: skip
    target = cond.years * 12
    known = [c for c in qualifying if c.months is not None]
    best = _best_known(cond, facts)
    if best is not None and best.months is not None and best.series is not None:
        months = best.months
        note = best.note
        notes = (note,) if note else ()
        if months + EPS >= target:
            return ConditionResult(
                kind, Status.met, required, _years(months), text,
                assumptions=assumptions, notes=notes,
            )  # fmt: skip
        if months + EPS < target and len(known) == len(qualifying):
            return ConditionResult(
                kind, Status.unmet, required, _years(months), text,
                Msg.of(
                    "short.experience_since_certificate",
                    level=level_short(best.level),
                    years=_short(target - months),
                ),
                reachable_on=best.series.reach(target), assumptions=assumptions, notes=notes,
            )  # fmt: skip
    # Some qualifying certificate has neither a date nor years since: ask for the
    # one closest to the level asked for (the earliest obtained, usually).
    unknown = max((c for c in qualifying if c.months is None), key=lambda c: c.level)
    fact = Fact(
        "certificate_date",
        Msg.of("fact.certificate_date", level=level_short(unknown.level)),
        unknown.level,
    )
    return ConditionResult(
        kind, Status.unknown, required, None, text,
        Msg.of("short.unknown", fact=fact.msg), fact, assumptions=assumptions,
    )  # fmt: skip


def condition_notes(
    cond: Condition, facts: Facts, evaluate: Callable[[Condition, Facts], ConditionResult]
) -> tuple[Msg, ...]:
    """The notes ``evaluate(cond, facts)`` gives, without the rest of its result.

    Years are where notes name the candidate's dates, differing from one
    candidate to the next: for them the notes are found directly (as the
    evaluators above find them), for other conditions taken from
    ``evaluate`` (``Evaluator.condition``, remembered): of those, only an
    education condition notes anything, and only a final-year student's
    diploma. Checked against the evaluators in ``tests/test_engine_codes.py``.
    (Conditions are told apart by ``kind``, the union's tag: ``isinstance``
    on a pydantic model class is a Python-level check, slow on this path.)
    """
    kind = cond.kind
    if kind == "experience":
        note = facts.experience_note  # (a work history's: the experience is then known)
        return (note,) if note else ()
    if kind == "experience_since_certificate":
        since = cast(ExperienceSinceCertificateCondition, cond)
        best = _best_known(since, facts)
        if best is None or best.months is None or best.series is None:
            return ()
        level = since.level
        qualifying = [c for c in facts.certs if c.level <= level]
        met = best.months + EPS >= since.years * 12
        if not met and any(c.months is None for c in qualifying):
            return ()  # unknown: some qualifying certificate's years are not known
        note = best.note
        return (note,) if note else ()
    if kind == "education" and facts.graduating:
        return evaluate(cond, facts).notes
    return ()


def may_note(facts: Facts) -> bool:
    """Whether any condition could note anything on ``facts`` (see :func:`condition_notes`).

    Notes say how a number of years was found from a work history or a
    certificate's date, or which diploma a final-year student is judged by:
    most candidates of a list need none, and their reports skip looking.
    """
    return (
        facts.graduating
        or facts.experience_note is not None
        or any(cf.basis is not None for cf in facts.certs)
    )


def _best_known(cond: ExperienceSinceCertificateCondition, facts: Facts) -> _CertFacts | None:
    """Of the certificates that count for ``cond``, the first with the most months known since."""
    best = None
    level = cond.level
    for cf in facts.certs:
        known = cf.level <= level and cf.months is not None
        if known and (best is None or (cf.months or 0.0) > (best.months or 0.0)):
            best = cf
    return best


def _reach(cond: Condition, facts: Facts) -> date | None:
    """The date time alone meets a condition that only time lacks (code TIMELY).

    The ``reachable_on`` its evaluator gives, without the rest of the result.
    """
    series: _Series | None = None
    years = 0.0
    if cond.kind == "experience":
        series, years = facts.experience, cond.years
    elif cond.kind == "experience_since_certificate":
        best = _best_known(cond, facts)
        series, years = (None if best is None else best.series), cond.years
    if series is None:
        raise ValueError(f"time alone does not meet a {cond.kind} condition here")
    return series.reach(years * 12)


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


# --- statuses: the verdict from the facts, before any explanation ---------------------
#
# Deciding a level needs only each condition's status, and whether time alone
# would close an unmet one. Those are computed first, cheaply, as small codes;
# the verdict for a combination of codes is decided once and shared. The
# explanation (texts, shortfalls, dates) is worked out by the condition
# evaluators above only when it is asked for. ``tests/test_engine_codes.py``
# checks that the codes agree with the full evaluators.

MET, STUCK, TIMELY, UNKNOWN = 0, 1, 2, 3
"""Condition codes: met; unmet for good (time alone will not help); unmet
until time passes (the candidate keeps working); unknown."""


def _code_education(cond: EducationCondition, facts: Facts) -> int:
    c = facts
    held = c.education
    if held is None:
        return UNKNOWN
    if c.graduating and held in cond.any_of and not cond.final_year_students:
        held = ENROLMENT_PREREQUISITE[held]
    if held not in cond.any_of:
        return STUCK
    if cond.majors is not None:
        if c.major is None:
            return UNKNOWN
        if c.major not in cond.majors:
            return STUCK
    return MET


def _code_experience(cond: ExperienceCondition, facts: Facts) -> int:
    months = facts.experience_months
    if months is None:
        return UNKNOWN
    return MET if months + EPS >= cond.years * 12 else TIMELY


def _code_training(cond: TrainingCondition, facts: Facts) -> int:
    return MET if cond.level in facts.trainings else STUCK


def _code_certificate(cond: CertificateCondition, facts: Facts) -> int:
    highest = facts.highest
    return MET if highest is not None and highest <= cond.level else STUCK


def _code_experience_since_certificate(
    cond: ExperienceSinceCertificateCondition, facts: Facts
) -> int:
    best = -1.0
    qualifying = unknown = False
    for cf in facts.certs:
        if cf.level <= cond.level:
            qualifying = True
            if cf.months is None:
                unknown = True
            elif cf.months > best:
                best = cf.months
    if not qualifying:
        return STUCK
    if best + EPS >= cond.years * 12:
        return MET
    return UNKNOWN if unknown else TIMELY


def _code_advisory(cond: AdvisoryCondition, facts: Facts) -> int:
    return UNKNOWN


_CODERS: dict[str, Callable[[Any, Facts], int]] = {
    "education": _code_education,
    "experience": _code_experience,
    "training": _code_training,
    "certificate": _code_certificate,
    "experience_since_certificate": _code_experience_since_certificate,
    "advisory": _code_advisory,
}
_CODE_STATUS = (Status.met, Status.unmet, Status.unmet, Status.unknown)
#: Condition kinds the qualification ladder itself satisfies in time (a certificate
#: of the level below, and the years after it).
_LADDER = frozenset({"certificate", "experience_since_certificate"})


def status_of(codes: Iterable[int]) -> Status:
    """The three-valued AND of condition codes (a pathway's status)."""
    return all_of([_CODE_STATUS[c] for c in codes])


# --- explanations ----------------------------------------------------------------------


def _signature(cond: Condition, facts: Facts, *, dated: bool = True) -> Hashable:
    """The facts a condition reads: equal signatures give equal results.

    ``dated=False``: only what its status and shortfall read, not the date
    time would close it nor the notes on how the years were found (which
    name dates): years since a certificate then count, not its date.
    """
    kind = cond.kind
    if kind == "education":
        return (facts.education, facts.major, facts.graduating)
    if kind == "experience":
        return (type(facts.experience), facts.experience) if dated else facts.experience_months
    if kind == "training":
        return facts.trainings
    if kind == "certificate":
        return facts.highest
    if kind == "experience_since_certificate":
        level = cond.level  # type: ignore[union-attr]
        if not dated:
            return tuple((cf.level, cf.months) for cf in facts.certs if cf.level <= level)
        return tuple(
            (cf.level, cf.date, type(cf.series), cf.series)
            for cf in facts.certs
            if cf.level <= level
        )
    return None


def _shown_signature(cond: Condition, facts: Facts) -> Hashable:
    """What a condition's JSON shows: equal signatures give equal JSON.

    As :func:`_signature`, but a met condition on years shows only the months
    it counted (its notes, which name dates, are not part of it): every
    certificate obtained two or more years ago, whatever its date, then
    shows the same condition — most of a screening list.
    """
    kind = cond.kind  # (read once: a pydantic model's attributes are slow to read)
    months: float | None = None
    if kind == "experience":
        months = facts.experience_months
    elif kind == "experience_since_certificate":
        best = _best_known(cast(ExperienceSinceCertificateCondition, cond), facts)
        if best is not None and best.series is not None:
            months = best.months
    else:
        return _signature(cond, facts)
    if months is not None and months + EPS >= cast(_OnYears, cond).years * 12:
        return ("met", months)
    return _signature(cond, facts)


def read_signatures(
    facts: Facts, dated: tuple[Condition, ...], undated: tuple[Condition, ...]
) -> list[Hashable]:
    """The signatures of what :meth:`Evaluator.conditions_read` names, dated and not."""
    return [
        *[_signature(c, facts) for c in dated],
        *[_signature(c, facts, dated=False) for c in undated],
    ]


def keep(memo: dict[Hashable, Any], key: Hashable, value: Any, limit: int) -> Any:
    """``memo[key] = value``, emptying ``memo`` first when it holds ``limit`` values."""
    if len(memo) >= limit:
        memo.clear()
    memo[key] = value
    return value


def assumptions_vary(cond: Condition) -> bool:
    """Whether the assumptions ``cond``'s result names depend on the facts.

    Only an education condition's do (see :func:`_assumptions_signature`).
    """
    return cond.kind == "education"


def _assumptions_signature(cond: Condition, facts: Facts) -> Hashable:
    """What the ruleset assumptions a condition's result names depend on.

    A condition names its own assumption whatever the facts, but for an
    education condition admitting final-year students: only when the
    candidate is one (``tests/test_engine_codes.py`` checks it).
    """
    if assumptions_vary(cond):
        return (facts.education, facts.major, facts.graduating)
    return None


def _pathway(p: Pathway, results: tuple[ConditionResult, ...]) -> PathwayResult:
    status = all_of([r.status for r in results])
    reachable: date | None = None
    if status is Status.unmet:
        unmet = [r for r in results if r.status is not Status.met]
        if all(r.status is Status.unmet and r.reachable_on is not None for r in unmet):
            reachable = max(r.reachable_on for r in unmet if r.reachable_on is not None)
    return PathwayResult(p.id, status, p.text, results, reachable)


class _Explainer:
    """Works out one candidate's explanation on demand (see :class:`LevelResult`)."""

    __slots__ = ("_evaluator", "_facts", "_general")

    def __init__(self, evaluator: Evaluator, facts: Facts) -> None:
        self._evaluator = evaluator
        self._facts = facts
        self._general: tuple[GeneralResult, ...] | None = None

    def general(self) -> tuple[GeneralResult, ...]:
        if self._general is None:
            condition = self._evaluator.condition
            self._general = tuple(
                GeneralResult(g.id, (r := condition(g.condition, self._facts)).status,
                              g.blocking, g.text, r)
                for g in self._evaluator.ruleset.general
            )  # fmt: skip
        return self._general

    def pathway_ids(self, level_index: int) -> tuple[str, ...]:
        return self._evaluator.pathway_ids[level_index]

    def documents(self, level_index: int, index: int) -> tuple[Phrase, ...]:
        """What to bring for one pathway: a document per condition, and for G1 …"""
        ruleset = self._evaluator.ruleset
        conditions = [
            *ruleset.levels[level_index].pathways[index].conditions,
            *(g.condition for g in ruleset.general if g.blocking),
        ]
        out: list[Phrase] = []
        for cond in conditions:
            final_year = (
                isinstance(cond, EducationCondition)
                and cond.final_year_students
                and self._facts.graduating
            )
            doc = ruleset.document(cond.kind, final_year=final_year)
            if doc is None:
                continue
            params: dict[str, Any] = {}
            if isinstance(cond, ExperienceCondition | ExperienceSinceCertificateCondition):
                params["years"] = _num(cond.years)
            if isinstance(
                cond, TrainingCondition | CertificateCondition | ExperienceSinceCertificateCondition
            ):
                params["level"] = level_short(cond.level)
            phrase = Phrase(doc.text.zh, doc.text.en, tuple(params.items()))
            if phrase not in out:
                out.append(phrase)
        return tuple(out)

    def reachable_on(self, level_index: int, index: int) -> date | None:
        """A pathway's ``reachable_on`` when time alone completes it (its unmet conditions
        are all ones time meets), worked out without explaining the pathway."""
        facts = self._facts
        conditions = self._evaluator._levels[level_index][index]
        dates = [_reach(c, facts) for c, code in conditions if code(c, facts) == TIMELY]
        return None if None in dates else max(d for d in dates if d is not None)

    def pathway(self, level_index: int, index: int) -> PathwayResult:
        p = self._evaluator.ruleset.levels[level_index].pathways[index]
        condition = self._evaluator.condition
        return _pathway(p, tuple(condition(c, self._facts) for c in p.conditions))


class Evaluator:
    """A ruleset ready for evaluation.

    Deciding is cheap and shared. The verdicts depend on the facts only
    through their *profile* (:meth:`profile`): the diploma, the training and
    certificate levels held, and on which side of each of the ruleset's year
    thresholds the experience and the years since each certificate fall. The
    four decisions are made once per profile, from small condition codes,
    and a level's decision object is shared by every profile whose codes
    agree. Explaining is deferred: the condition evaluators run only when a
    report is read, and their results are memoised on the few facts each
    condition reads (its *signature*). The memos are bounded and, past
    ``max_entries``, emptied whole.
    """

    def __init__(
        self, ruleset: Ruleset, *, max_entries: int = 100_000, ties_from_codes: bool = True
    ) -> None:
        """``ties_from_codes=False``: keep every tied nearest pathway for
        ``LevelResult.closest`` to compare by date, rather than those the codes
        leave in contention (:func:`_contenders`); the tests compare the two.
        """
        self.ruleset = ruleset
        self.max_entries = max_entries
        self.ties_from_codes = ties_from_codes
        self._general = tuple((g.condition, _CODERS[g.condition.kind]) for g in ruleset.general)
        self._blocking = tuple(i for i, g in enumerate(ruleset.general) if g.blocking)
        self._levels = tuple(
            tuple(tuple((c, _CODERS[c.kind]) for c in p.conditions) for p in rule.pathways)
            for rule in ruleset.levels
        )
        conditions = ruleset.conditions()
        # the thresholds (in months) that a number of years is measured against
        self._experience_marks = sorted(
            {c.years * 12 for c in conditions if isinstance(c, ExperienceCondition)}
        )
        self._since_marks = sorted(
            {c.years * 12 for c in conditions if isinstance(c, ExperienceSinceCertificateCondition)}
        )
        self._training_levels = frozenset(
            c.level for c in conditions if isinstance(c, TrainingCondition)
        )
        #: each level's pathway ids, in ruleset order
        self.pathway_ids = tuple(tuple(p.id for p in rule.pathways) for rule in ruleset.levels)
        self._profiles: dict[Hashable, tuple[Decision, ...]] = {}
        #: per decision (by identity), the conditions its explanation reads
        self._read_by: dict[
            tuple[int, bool, bool], tuple[Decision, tuple[Condition, ...], tuple[Condition, ...]]
        ] = {}
        self._decisions: dict[Hashable, Decision] = {}
        #: counts the times the decisions were forgotten (all at once, between two
        #: calls of decide): a memo elsewhere that names decisions by identity
        #: (ReportJson's) empties itself when it changes
        self.generation = 0
        self._memo: dict[Hashable, ConditionResult] = {}
        self._remembered: dict[Hashable, dict[Hashable, Any]] = {}

    def condition(self, cond: Condition, facts: Facts) -> ConditionResult:
        """One condition evaluated with its reasons (memoised on its signature)."""
        key = (id(cond), _signature(cond, facts))
        result = self._memo.get(key)
        if result is None:
            if len(self._memo) >= self.max_entries // 5:
                self._memo.clear()
            result = self._memo[key] = evaluate_condition(cond, facts)
        return result

    def evaluate(self, candidate: Candidate, as_of: date) -> Report:
        """Judge every level for ``candidate`` on ``as_of`` (see :func:`evaluate`)."""
        return self.report(prepare(candidate, as_of))

    def report(self, facts: Facts, decisions: tuple[Decision, ...] | None = None) -> Report:
        """The report for facts already prepared (see :func:`prepare_facts`).

        ``decisions``: :meth:`decide`'s for these facts, if already at hand.
        """
        explainer = _Explainer(self, facts)
        levels = tuple(
            LevelResult(decision, explainer, index)
            for index, decision in enumerate(decisions or self.decide(facts))
        )
        ruleset = self.ruleset
        return Report(
            ruleset=ruleset, as_of=facts.as_of, levels=levels, explainer=explainer, facts=facts
        )

    def level(self, facts: Facts, decision: Decision, index: int) -> LevelResult:
        """One level's result alone (its explanation worked out when asked for)."""
        return LevelResult(decision, _Explainer(self, facts), index)

    def profile(self, facts: Facts) -> Hashable:
        """All that the verdicts depend on (see the class docstring).

        Equal profiles give equal condition codes, hence equal decisions;
        ``tests/test_engine_codes.py`` checks it.
        """
        months = facts.experience_months
        marks = self._since_marks
        return (
            facts.education,
            facts.major,
            facts.graduating,
            -1 if months is None else bisect_right(self._experience_marks, months + EPS),
            facts.trainings & self._training_levels,
            tuple(
                (cf.level, -1 if cf.months is None else bisect_right(marks, cf.months + EPS))
                for cf in facts.certs
            )
            if facts.certs
            else (),
        )

    def decide(self, facts: Facts) -> tuple[Decision, ...]:
        """The decision for every level (4, 3, 2, 1), made once per :meth:`profile`."""
        key = self.profile(facts)
        decisions = self._profiles.get(key)
        if decisions is None:
            if len(self._profiles) >= self.max_entries:
                self._profiles.clear()
            decisions = self._profiles[key] = self._decide_levels(facts)
        return decisions

    def _decide_levels(self, facts: Facts) -> tuple[Decision, ...]:
        """Every level's decision from the condition codes (shared per combination of codes)."""
        gate = tuple(code(cond, facts) for cond, code in (self._general[i] for i in self._blocking))
        highest = facts.highest
        decisions = self._decisions
        if len(decisions) + len(self._levels) > self.max_entries:
            # Forgotten before, not while, a call makes its decisions: the four
            # it returns all belong to the memos as they are from now on.
            # Other memos name decisions by identity: they go too.
            decisions.clear()
            self._profiles.clear()
            self._read_by.clear()
            self._remembered.clear()
            self.generation += 1
        out = []
        for index, pathways in enumerate(self._levels):
            held = highest is not None and highest <= self.ruleset.levels[index].level
            codes = (
                None
                if held
                else tuple(tuple(code(c, facts) for c, code in conds) for conds in pathways)
            )
            key = (index, gate, codes)
            decision = decisions.get(key)
            if decision is None:
                decision = decisions[key] = self._decide(index, gate, codes)
            out.append(decision)
        return tuple(out)

    def shortfall_key(
        self,
        facts: Facts,
        decision: Decision,
        index: int,
        *,
        with_basis: bool = False,
        with_date: bool = True,
    ) -> Hashable:
        """What fully determines what a level not reached lacks, and when time brings it.

        That is a level's ``closest``, ``missing``, ``blocked_by`` and
        ``reachable_on``: they read its decision, the general conditions left
        unknown, the shortfalls of the closest pathway, and the dates of the
        pathways time alone completes (and of the tied pathways the closest
        is chosen from). With ``with_basis``, also what the verdict rests on
        (its ``assumptions`` and ``notes``): the pathways relied on and the
        blocking general conditions. With ``with_date=False``, all but
        ``reachable_on``. Two levels with equal keys say these in the same
        words, numbers and dates; what is not read does not count, so keys
        are widely shared.
        """
        mode = (with_basis, with_date)
        dated, undated = self.conditions_read(
            decision, index, with_basis=with_basis, with_date=with_date
        )
        return (id(decision), mode, *read_signatures(facts, dated, undated))

    def conditions_read(
        self, decision: Decision, index: int, *, with_basis: bool = False, with_date: bool = True
    ) -> tuple[tuple[Condition, ...], tuple[Condition, ...]]:
        """The conditions whose signatures :meth:`shortfall_key` reads: dated, and not.

        Worked out once per decision (and mode).
        """
        mode = (with_basis, with_date)
        read = self._read_by.get((id(decision), *mode))
        if read is None or read[0] is not decision:
            read = (decision, *self._conditions_read(decision, index, *mode))
            self._read_by[id(decision), *mode] = read
        return read[1], read[2]

    def _conditions_read(
        self, decision: Decision, index: int, with_basis: bool, with_date: bool
    ) -> tuple[tuple[Condition, ...], tuple[Condition, ...]]:
        """The conditions an explanation reads: with their dates, and without."""
        pathways = self.ruleset.levels[index].pathways
        general = self.ruleset.general
        gate = set(decision.unsettled_general)
        dated = set(decision.timely) if with_date else set()
        if len(decision.nearest) > 1:  # a tie settled by dates
            dated.update(decision.nearest)
        undated = ({*decision.nearest, *decision.timely}) - dated
        if with_basis:  # notes name dates
            dated.update(decision.nearest, decision.relied)
            undated = set()
            if decision.status is not Verdict.held:
                gate.update(decision.blocking)
        with_dates = [general[i].condition for i in sorted(gate)]
        for i in sorted(dated):
            with_dates += [c for c in pathways[i].conditions if c not in with_dates]
        without: list[Condition] = []
        for i in sorted(undated):
            without += [c for c in pathways[i].conditions if c not in with_dates + without]
        return tuple(with_dates), tuple(without)

    def remember(self, key: tuple[Hashable, ...], make: Callable[[], Any]) -> Any:
        """A value made once per key (keys may name decisions, see :meth:`shortfall_key`).

        Values are remembered apart by the kind of thing they are (``key[0]``),
        each kind emptied alone when full: a kind made afresh for most keys
        (text with a date in it) does not push out one shared by most reports.
        """
        cache = self._remembered.get(key[0])
        if cache is None:
            cache = self._remembered[key[0]] = {}
        value = cache.get(key)
        if value is None:
            value = keep(cache, key, make(), self.max_entries // 5)
        return value

    def _decide(
        self, index: int, gate: tuple[int, ...], codes: tuple[tuple[int, ...], ...] | None
    ) -> Decision:
        """The verdict for one level from the codes of its conditions and of G1 …"""
        rule = self.ruleset.levels[index]
        if codes is None:
            return Decision(rule.level, rule.name, Verdict.held)
        general = self.ruleset.general
        gate_status = status_of(gate)
        statuses = [status_of(cs) for cs in codes]
        overall = all_of([gate_status, any_of(statuses)])
        ids = [p.id for p in rule.pathways]
        if overall is Status.met:
            met = tuple(i for i, st in enumerate(statuses) if st is Status.met)
            return Decision(
                rule.level, rule.name, Verdict.eligible, tuple(ids[i] for i in met),
                relied=met, blocking=self._blocking,
            )  # fmt: skip

        # The pathways nearest to being met: fewest gaps that only something
        # outside the ladder can close (a diploma, training — not a certificate
        # of the level below, which the ladder itself brings), then fewest gaps
        # time will not close, then fewest gaps, then fewest unknowns. A tie is
        # settled, when asked, by the date time would close the gaps, then by
        # the order of the ruleset (LevelResult.closest): dates are not part of
        # a decision, but the codes often settle the tie without them
        # (see _contenders).
        kinds = [[c.kind for c in p.conditions] for p in rule.pathways]

        def distance(i: int) -> tuple[int, int, int, int]:
            cs = codes[i]
            outside = sum(
                1
                for c, kind in zip(cs, kinds[i], strict=True)
                if c == STUCK and kind not in _LADDER
            )
            stuck = cs.count(STUCK)
            return (outside, stuck, stuck + cs.count(TIMELY), cs.count(UNKNOWN))

        best = min(distance(i) for i in range(len(codes)))
        tied = [i for i in range(len(codes)) if distance(i) == best]
        nearest = _contenders(tied, codes) if self.ties_from_codes else tuple(tied)
        blocked_by = tuple(
            general[i].id for i, c in zip(self._blocking, gate, strict=True) if c in (STUCK, TIMELY)
        )
        verdict = Verdict.undetermined if overall is Status.unknown else Verdict.not_eligible
        timely: tuple[int, ...] = ()
        if gate_status is Status.met:
            timely = tuple(
                i
                for i, cs in enumerate(codes)
                if statuses[i] is Status.unmet and all(c in (MET, TIMELY) for c in cs)
            )
        # An unknown general condition is worth asking about only where the level
        # could otherwise be reached: not where every pathway is unmet anyway.
        unsettled: tuple[int, ...] = ()
        if verdict is Verdict.undetermined:
            unsettled = tuple(i for i, c in zip(self._blocking, gate, strict=True) if c == UNKNOWN)
        return Decision(
            rule.level, rule.name, verdict, (), nearest, blocked_by, unsettled, timely,
            # a verdict blocked by a general condition rests on that condition alone
            relied=() if blocked_by else nearest, blocking=self._blocking,
        )  # fmt: skip


def _contenders(nearest: list[int], codes: tuple[tuple[int, ...], ...]) -> tuple[int, ...]:
    """Of tied pathways, those the date time would complete them could still choose between.

    ``LevelResult.closest`` takes the tied pathway with the earliest such date,
    then the first in ruleset order. The codes tell part of it: a pathway with
    no gap (only unknowns) has no date to wait for and comes first; one with a
    gap time will not close never completes and comes last. Only pathways that
    time alone would complete need their dates compared (with, in case none of
    those dates falls within the horizon, the first of those that never
    complete). One index left means the tie is settled.
    """
    if len(nearest) <= 1:
        return tuple(nearest)
    waiting = [i for i in nearest if TIMELY in codes[i] and STUCK not in codes[i]]
    never = [i for i in nearest if STUCK in codes[i]]
    at_once = [i for i in nearest if i not in waiting and i not in never]
    if at_once:
        return (at_once[0],)
    if not waiting or (len(waiting) == 1 and (not never or waiting[0] < never[0])):
        return (nearest[0],) if not waiting else (waiting[0],)
    return tuple(sorted(waiting + never[:1]))


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
