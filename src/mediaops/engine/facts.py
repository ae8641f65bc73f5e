"""The facts as the conditions read them: a candidate checked against the evaluation date.

:func:`prepare` is the one place where a candidate's raw facts become what
the rules read: the diplomas (with the one a student is taken to hold
already), the months worked as a series over time, and for each certificate
and title the months worked since it — given, counted from the work history,
or read from its date on an assumption the explanation states (SPEC §1). It
also refuses facts that contradict each other or the date.

:class:`Facts` is a frozen value; each condition kind declares which of its
attributes it reads (:mod:`mediaops.engine.conditions`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, NamedTuple

from mediaops import dates
from mediaops.errors import InputError
from mediaops.messages import Msg
from mediaops.models import (
    Candidate,
    Certificate,
    Diploma,
    Title,
    WorkPeriod,
    check_after_within_total,
    item_name,
)
from mediaops.terms import ENROLMENT_PREREQUISITE, Direction, Education, Major, SchoolClass
from mediaops.values import MAX_YEARS

from .series import EPS, Capped, History, Linear, Series, Since


class DiplomaFact(NamedTuple):
    """A diploma as the clauses read it.

    Attributes:
        education: its type (None: not given).
        major: its major's relevance (None: not known).
        graduating: still being studied for (None: not known).
        school_class: the class of a technical-school diploma (None: not given).
        evaluated: the programme passed the provincial evaluation (None: not known).
        implied: held because a diploma being studied for needs it to enrol;
            ``enrolled`` is that diploma.
        possible: when the type is not known, the types it may be (None: any).
    """

    education: Education | None
    major: Major | None
    graduating: bool | None
    school_class: SchoolClass | None
    evaluated: bool | None
    enrolled: Education | None = None
    possible: frozenset[Education] | None = None

    @property
    def implied(self) -> bool:
        """Held only as what a diploma being studied for needs to enrol (``enrolled``; for a
        school of a type not given, a diploma of one of the ``possible`` types)."""
        return self.enrolled is not None or self.possible is not None


class Bound(NamedTuple):
    """Years known only as a bound: the years worked since a certificate as a sheet's
    取证后年限 gives them (``5年以上``, ``1-3年``, ``不到2年``).

    Attributes:
        fewest: at least these years (0: no lower bound).
        most: at most these years (None: no upper bound).
        below: fewer than ``most``, not those too (``不到2年``, ``2年多``: fewer than 3).
        text: the bound as written, quoted where it contradicts other facts.
    """

    fewest: float = 0.0
    most: float | None = None
    below: bool = False
    text: str = ""

    @property
    def most_months(self) -> float | None:
        """The most months the bound allows: ``most``'s, or just under them where it is
        ``below`` (None: no upper bound)."""
        return None if self.most is None else self.most * 12 - (_SHY if self.below else 0.0)


class Held(NamedTuple):
    """A certificate or a title, with the months worked since it as far as they are known.

    Attributes:
        level: the certificate's level (4 … 1), or the title's rank (1 初级 … 3 高级).
        date: when it was obtained, if known.
        since: the months worked since it, over time; None when nothing bounds them.
        exact: ``since`` is the months worked; otherwise only an upper bound on them
            (with the experience not given, no more than the time since the date;
            with the date not given, no more than the experience in total).
        basis: how ``since`` was found when not given: ``history``, ``continuous``
            (continuous work since the date, capped by the experience),
            ``time_since``, ``experience`` or ``ceiling`` (bounds: the time since the date,
            the experience in total, the most years it was said to be); None when given.
        given: the years worked since it, as given.
        corresponding: a title's speciality corresponds to the occupation (None: unknown).
        months: ``since`` at the evaluation date (worked out once).
        least: with the experience not given but said to be at least some years (a
            sheet's ``3年以上``), the fewest months worked since its date: continuous work
            since it, capped by those years (as ``continuous`` caps by the experience);
            with ``said``, the fewest it says instead (never the continuous work).
        said: the years worked since it, given only as a bound (a sheet's 取证后年限
            ``5年以上``): ``since`` is then no more than its most (basis ``said`` where that
            bounds it, or the experience would be taken as continuous work since it), and ``least`` no fewer than its fewest; never exact, but from a work
            history, which the bound must agree with.

    With the experience not given but said to be at most some years (a sheet's ``3-5年``,
    ``2年多``, ``不到1年``), ``since`` is no more than those either (basis ``ceiling`` where
    they are fewer than the time since its date, or it has no date).
    """

    level: int
    date: date | None
    since: Series | None
    exact: bool
    basis: str | None
    given: float | None = None
    corresponding: bool | None = None
    months: float | None = None
    least: Series | None = None
    said: Bound | None = None


#: ``Facts.certificate_levels`` not given: taken from the certificates.
_FROM_CERTIFICATES: Any = frozenset({-1})


@dataclass(slots=True)
class Facts:
    """A candidate's facts as the rules read them on one date (never changed once made).

    Attributes:
        as_of: the evaluation date.
        diplomas: the diplomas held or studied for, with those implied; ``()``:
            the education is not given.
        experience: the months worked in this or a related occupation, over time.
        work: the merged periods of a work history (empty without one).
        trainings: levels of formal training completed (None: not known).
        certificates: certificates held (None: not known).
        titles: professional titles held (None: not known).
        direction: the direction applied for, if given.
        certificate_levels: the levels of the certificates held (None: not known), read
            where the level alone matters: the same for candidates whose dates differ.
            Taken from ``certificates`` unless given (a view of the facts that holds the
            levels alone).
        experience_floor: with the experience not given, the fewest months it can be: the
            most years worked since a certificate or title, as given (0 without any), since
            no one has worked longer since something than in all, or the fewest years it
            was said to be (``experience_bound``) if more; None when the experience is known.
        experience_bound: with the experience not given, the fewest months it was said
            to be (a sheet's ``3年以上``), if any.
        experience_ceiling: with the experience not given, the most months it was said to
            be (a sheet's ``3-5年``, ``2年多``, ``不到1年``), if any: a condition asking for
            more is not met, and the date it is met is no earlier than these years and the
            time after them give (a bound, as the years since an undated certificate are).
        experience_said: with the experience not given, the bound it was said to be, as
            said (for the report; the rules read ``experience_bound`` and the ceiling).
    """

    as_of: date
    diplomas: tuple[DiplomaFact, ...] = ()
    experience: Series | None = None
    work: tuple[dates.Stretch, ...] = ()
    trainings: frozenset[int] | None = frozenset()
    certificates: tuple[Held, ...] | None = ()
    titles: tuple[Held, ...] | None = ()
    direction: Direction | None = None
    certificate_levels: frozenset[int] | None = _FROM_CERTIFICATES
    experience_floor: float | None = None
    experience_bound: float | None = None
    experience_ceiling: float | None = None
    experience_said: Bound | None = None

    def __post_init__(self) -> None:
        if self.certificate_levels is _FROM_CERTIFICATES:
            held = self.certificates
            self.certificate_levels = None if held is None else frozenset(c.level for c in held)

    @property
    def highest_certificate(self) -> int | None:
        """The highest certificate level held (numerically smallest), if any is known."""
        return min(self.certificate_levels or (), default=None)


def prepare(candidate: Candidate, as_of: date) -> Facts:
    """Check a candidate against ``as_of`` and derive the facts the rules read.

    Raises:
        InputError: a date after ``as_of``, or facts that contradict each other.
    """
    said = candidate.experience_said
    return prepare_facts(
        as_of,
        diplomas=candidate.all_diplomas,
        experience=candidate.experience,
        work_history=candidate.work_history,
        trainings=candidate.trainings,
        certificates=candidate.certificates,
        titles=candidate.titles,
        direction=candidate.direction,
        # the bound of the years said at the questions (三年多), as a sheet's cell gives it
        experience_at_least=None if said is None else said.fewest,
        experience_at_most=None if said is None else said.most,
        experience_most_excluded=said is not None and said.below,
    )


#: How far under the most years said an experience said to be fewer than them (不到2年) is
#: taken to be: more than the rounding any comparison allows, less than any date shows.
_SHY = 1e-6


def prepare_facts(
    as_of: date,
    *,
    diplomas: Iterable[Diploma] = (),
    experience: float | None = None,
    work_history: Iterable[WorkPeriod] = (),
    trainings: Iterable[int] | None = (),
    certificates: Iterable[Certificate] | None = (),
    titles: Iterable[Title] | None = (),
    direction: Direction | None = None,
    experience_at_least: float | None = None,
    experience_at_most: float | None = None,
    implied: Callable[[tuple[DiplomaFact, ...]], tuple[DiplomaFact, ...]] | None = None,
    experience_most_excluded: bool = False,
    years_after_bounds: Mapping[int, Bound] | Iterable[tuple[int, Bound]] | None = None,
) -> Facts:
    """:func:`prepare` from facts already read (a spreadsheet row builds no model).

    ``None`` for a list: not known (as when a question is skipped). ``implied``
    is :func:`diploma_facts` (which a list of candidates may remember).
    ``experience_at_least``: with the experience not given, the fewest years it was
    said to be (a sheet's ``3年以上``); ignored when the experience or a work history is
    (a work history giving more than a month less contradicts it).
    ``experience_at_most``: likewise the most years it was said to be (``3-5年``: 5;
    ``不到1年``: 1); ignored when the experience or a work history is given (a history
    giving more than a month more contradicts it, as do more years given after a
    certificate or title). Both ends the same (``2-2年``) are the years exactly.
    ``experience_most_excluded``: the experience is fewer than ``experience_at_most``
    (``不到2年``, ``2年多``: fewer than 3), so a condition asking for those years is not met
    either (with its date counted in whole months from just under them).
    ``years_after_bounds``: (pairs of ``i`` and) the years worked since ``certificates[i]``,
    given without them, known only as a bound (a sheet's 取证后年限 ``5年以上``); both ends
    the same (``2-2年``) are the years exactly. A condition asking for more than the most is not met, one asking
    for no more than the fewest is met, and any other is unknown.

    Raises:
        InputError: a date after ``as_of``, or facts that contradict each other.
        ValueError: a bound that is no number of years (negative, NaN, infinite, more
            than ``MAX_YEARS`` years after a certificate), or a most below the fewest.
    """
    for end, years in (("at_least", experience_at_least), ("at_most", experience_at_most)):
        if years is not None and not (math.isfinite(years) and years >= 0):
            raise ValueError(f"experience_{end} is no number of years: {years!r}")
    fewest_said = (experience_at_least or 0.0) * 12
    shy = EPS if experience_most_excluded else -EPS  # 2年多: fewer than 3, more than 2
    if experience_at_most is not None and experience_at_most * 12 < fewest_said + shy:
        raise ValueError("experience_at_most is below experience_at_least")
    work_history = tuple(work_history)
    certs = None if certificates is None else tuple(certificates)
    said = _said_bounds(dict(years_after_bounds or {}), certs or ())
    certs = None if certs is None else _exactly(certs, said)
    ends = None if experience_at_most is None else experience_at_most * 12 - fewest_said
    exact = ends is not None and ends <= EPS and not experience_most_excluded
    if experience is None and not work_history and exact:
        # 2-2年, or at most none: no bound, the years exactly
        experience, experience_at_least, experience_at_most = experience_at_most, None, None
    title_list = None if titles is None else tuple(titles)
    dated: tuple[tuple[str, str, tuple[Certificate | Title, ...]], ...] = (
        ("cert", "certificates", certs or ()),
        ("title", "titles", title_list or ()),
    )
    for field, key, items in dated:
        for index, item in enumerate(items):
            if item.date is not None and item.date > as_of:
                place = (key, str(index))
                raise InputError(field, _future(field, item.date, as_of), place=place)
    work, series, from_history = _experience(as_of, tuple(work_history), experience)
    bound = (experience_at_least or 0.0) * 12
    if from_history and series is not None and bound > series.now() + HISTORY_LEEWAY + EPS:
        # at least 3 years said, 11 months worked: contradictory, as 3 exactly would be
        raise InputError(
            "experience",
            Msg.of("err.history_below_bound", given=bound / 12, computed=series.now() / 12),
        )
    most = None if experience_at_most is None else experience_at_most * 12
    if (
        from_history
        and series is not None
        and most is not None
        and series.now() > most + HISTORY_LEEWAY + EPS
    ):
        # at most 2 years said, 4 years worked: contradictory, as 2 exactly would be
        raise InputError(
            "experience",
            Msg.of("err.history_above_bound", given=most / 12, computed=series.now() / 12),
        )
    history = work if from_history else None
    at_least = bound if series is None and bound else None  # the fewest months said, if any
    fewest = None if at_least is None else Linear(at_least, as_of)
    ceiling = None if series is not None or most is None else Linear(most, as_of)
    if ceiling is not None:  # no more years after anything than in all
        said_of: tuple[Certificate | Title, ...] = (*(certs or ()), *(title_list or ()))
        after = [(item, item.years_after) for item in said_of if item.years_after is not None]
        given = len(after)  # those given exactly come first
        if said:
            assert certs, "a bound is of a certificate given"
            after += [(certs[i], b.fewest) for i, b in said.items()]
        for n, (item, years) in enumerate(after):
            # fewer than the most (不到3年): at least as many after a certificate contradict it
            # too (years given exactly as many are let pass, as typed rounded)
            over = years * 12 - ceiling.base
            if over > EPS or (experience_most_excluded and n >= given and over > -EPS):
                key = "below" if experience_most_excluded else "most"
                raise InputError(
                    "years_after",
                    Msg.of(
                        f"err.after_exceeds_{key}",
                        item=item_name(item),
                        after=years,
                        most=ceiling.base / 12,
                    ),
                )
        if experience_most_excluded:  # 不到2年: just under them, so 2 years are not met
            ceiling = Linear(ceiling.base - _SHY, as_of)
    # the experience's bound as said (for the report): a fewest above 0, or a most
    bounded = bool(experience_at_least) or experience_at_most is not None
    said_experience = (
        Bound(experience_at_least or 0.0, experience_at_most, experience_most_excluded)
        if series is None and bounded
        else None
    )
    held_certs = (
        None
        if certs is None
        else tuple(
            _held(c, series, history, as_of, fewest, ceiling=ceiling, said=said.get(i))
            for i, c in enumerate(certs)
        )
    )
    held_titles = (
        None
        if title_list is None
        else tuple(
            _held(t, series, history, as_of, fewest, t.level.rank, t.corresponding, ceiling)
            for t in title_list
        )
    )
    if trainings is not None and not isinstance(trainings, frozenset):
        trainings = frozenset(trainings)
    return Facts(
        as_of,
        (implied or diploma_facts)(
            tuple(
                DiplomaFact(d.education, d.major, d.graduating, d.school_class, d.evaluated)
                for d in diplomas
            )
        ),
        series,
        work,
        trainings,
        held_certs,
        held_titles,
        direction,
        experience_floor=None
        if series is not None
        else max(_floor(certs, title_list, said.values()), bound),
        experience_bound=at_least,
        experience_ceiling=None if ceiling is None else ceiling.base,
        experience_said=said_experience,
    )


def _floor(
    certificates: tuple[Certificate, ...] | None,
    titles: tuple[Title, ...] | None,
    said: Iterable[Bound] = (),
) -> float:
    """The fewest months of experience the years given after certificates and titles (or
    said to be at least some years, ``said``) allow."""
    given = [c.years_after or 0.0 for c in certificates or ()]
    given += [t.years_after or 0.0 for t in titles or ()]
    given += [b.fewest for b in said]
    return max(given, default=0.0) * 12


def _said_bounds(bounds: Mapping[int, Bound], certs: tuple[Certificate, ...]) -> dict[int, Bound]:
    """``prepare_facts``'s ``years_after_bounds``, checked: each of a certificate given without
    its years, and of some number of years.

    Raises:
        ValueError: a bound of no certificate, or of one given with its years; ends that are no
            number of years (negative, NaN, infinite, more than ``MAX_YEARS``), or a most below
            the fewest.
    """
    for i, b in bounds.items():
        if not 0 <= i < len(certs) or certs[i].years_after is not None:
            raise ValueError(f"years_after_bounds[{i}]: no certificate given without its years")
        for years in (b.fewest, b.most):
            if years is not None and not (math.isfinite(years) and 0 <= years <= MAX_YEARS):
                raise ValueError(f"years_after_bounds[{i}]: no number of years: {years!r}")
        if b.most is not None and (b.most < b.fewest or (b.below and b.most <= b.fewest)):
            raise ValueError(f"years_after_bounds[{i}]: the most is below the fewest")
    return dict(bounds)


def _exactly(certs: tuple[Certificate, ...], said: dict[int, Bound]) -> tuple[Certificate, ...]:
    """The certificates, those whose bound's ends are one (``2-2年``) given those years (the
    bound dropped from ``said``)."""
    exact = [i for i, b in said.items() if b.most is not None and b.most - b.fewest <= EPS]
    if not exact:
        return certs
    out = list(certs)
    for i in exact:
        out[i] = out[i].model_copy(update={"years_after": said.pop(i).fewest})
    return tuple(out)


def _future(field: str, when: date, as_of: date) -> Msg:
    return Msg.of("err.future_date", field=Msg.of(f"field.{field}"), value=when, as_of=as_of)


#: Every type of diploma a school may ask for to enrol.
_PREREQUISITES = frozenset(ENROLMENT_PREREQUISITE.values())


def diploma_facts(given: tuple[DiplomaFact, ...]) -> tuple[DiplomaFact, ...]:
    """The diplomas, and for each one still studied for, the one it needs to enrol.

    A student is taken to hold the diploma usually needed to enrol (a 硕士
    student a bachelor's degree; a 专升本 entrant lists the 大专): it counts as
    held, with its major's relevance unknown unless that diploma is given in its
    own right. So does one who may be a
    student (not known): the diploma is held either way. A student (or one who
    may be) whose school is not given holds one of an unknown type among those
    a school asks for (初中, 高中, 本科 …) and not held already: a diploma held of
    one type says nothing of another (初中 held, a 硕士 student holds a
    bachelor's degree too), but no school asks for a 技工学校 diploma.
    """
    out = list(given)
    held_types = {d.education for d in out if d.graduating is False}
    for d in list(out):
        # a student (or one who may be: not known) holds what the school asked to enrol
        if d.graduating is not False and d.education is not None:
            prerequisite = ENROLMENT_PREREQUISITE[d.education]
            if prerequisite not in held_types:
                held_types.add(prerequisite)
                out.append(DiplomaFact(prerequisite, None, False, None, None, d.education))
    # a student (or one who may be) of an unknown school holds a diploma of an unknown
    # type: of a type a school asks for, and not one held (that one, then)
    possible = _PREREQUISITES - held_types
    studies = any(d.graduating is not False and d.education is None for d in out)
    if studies and possible:
        out.append(DiplomaFact(None, None, False, None, None, possible=possible))
    return tuple(out)


def _experience(
    as_of: date, history: tuple[WorkPeriod, ...], experience: float | None
) -> tuple[tuple[dates.Stretch, ...], Series | None, bool]:
    """The merged work history, the months worked as a series, and whether they come from it.

    Raises:
        InputError: a period after ``as_of``, or a given experience that
            disagrees with the history by more than a month.
    """
    stretches: list[dates.Stretch] = []
    for index, period in enumerate(history):
        for when in (period.start, period.end):
            if when is not None and when > as_of:
                place = ("work_history", str(index))
                raise InputError("work", _future("work", when, as_of), place=place)
        # An open period runs up to the evaluation date, counted like the time
        # since a certificate: 2022-06-15 → 2024-06-15 is 24 months. So does a period
        # whose last day is the evaluation date: counting that day too would give a day
        # more than the same work left open, and more months after a certificate than
        # have passed since its date.
        last = as_of - timedelta(days=1)
        end = last if period.end is None else min(period.end, last)
        if end >= period.start:
            stretches.append(dates.Stretch(period.start, end))
    merged = tuple(dates.merge(stretches))
    if history:
        months = dates.worked_months(merged)[0]
        if experience is not None and abs(experience * 12 - months) > 1 + EPS:
            raise InputError(
                "experience",
                Msg.of("err.history_disagrees", given=experience, computed=months / 12),
            )
        return merged, History(merged, as_of), True
    if experience is not None:
        return merged, Linear(experience * 12, as_of), False
    return merged, None, False


#: Years are typed to two decimals: years since a date typed for the months passed (or
#: for the months a work history gives in all) may be over them by half a hundredth of a
#: year, in months (23 months are 1.9167 years, typed 1.92); they then count as those months.
ROUNDED_MONTHS = 0.005 * 12
#: How far, in months, years said beside a work history may be from what it counts before
#: they contradict it: a month (a bound of the experience or of the years after a
#: certificate, years given after a dated certificate), as a history counts whole months.
HISTORY_LEEWAY = 1.0


def _held(
    item: Certificate | Title,
    experience: Series | None,
    history: tuple[dates.Stretch, ...] | None,
    as_of: date,
    fewest: Series | None = None,
    level: int | None = None,
    corresponding: bool | None = None,
    ceiling: Linear | None = None,
    said: Bound | None = None,
) -> Held:
    """A certificate or title with the months worked since it (SPEC §1, facts).

    ``fewest``: with the experience not given, the fewest months it was said to be;
    ``ceiling`` the most. ``said``: the months since it, given only as a bound.

    Raises:
        InputError: more years since it than have passed since its date, than the
            experience in total, or (by more than a month) than the work history gives
            after its date.
    """
    if said is not None:
        base = _held(item, experience, history, as_of, fewest, level, corresponding, ceiling)
        return _bounded(item, said, base, experience, as_of, counted=history is not None)
    rank = item.level if level is None else level
    assert isinstance(rank, int)
    when = item.date
    if item.years_after is not None:  # given: used as given
        months = item.years_after * 12
        if when is not None:
            whole, days = dates.split_months(when, as_of)
            passed = whole + days / 31  # a part month counts as less than a whole one
            if months > passed + ROUNDED_MONTHS + EPS:
                raise InputError(
                    "years_after",
                    Msg.of(
                        "err.after_exceeds_elapsed",
                        item=item_name(item),
                        after=item.years_after,
                        date=when,
                        elapsed=whole / 12,
                    ),
                )
            months = min(months, passed)  # typed rounded up: no more than has passed
            if history is not None:  # no more than the work history gives after the date
                counted = History(history, as_of, when).now()
                if months > counted + HISTORY_LEEWAY + EPS:
                    raise InputError(
                        "years_after",
                        Msg.of(
                            "err.after_exceeds_history",
                            item=item_name(item),
                            after=item.years_after,
                            date=when,
                            computed=counted / 12,
                        ),
                    )
                months = min(months, counted)
        if experience is not None:
            total = experience.now()
            # a work history's total is months too: typed rounded, as above
            if history is None or months > total + ROUNDED_MONTHS + EPS:
                check_after_within_total(item_name(item), item.years_after, total)
            months = min(months, total)
        given = Linear(months, as_of)
        return Held(rank, when, given, True, None, item.years_after, corresponding, months)
    if when is None:  # neither date nor years: at most the experience in total, if given
        bounded = experience if experience is not None else ceiling
        basis = None if bounded is None else "experience" if experience is not None else "ceiling"
        now = None if bounded is None else bounded.now()
        return Held(rank, None, bounded, False, basis, None, corresponding, now)
    series: Series
    if history is not None:  # from the work history after the date
        series, exact, basis = History(history, as_of, when), True, "history"
    elif experience is not None:  # continuous work since the date, capped by the total
        series, exact, basis = Capped(Since(when, as_of), experience), True, "continuous"
    else:  # the experience is not given: no more than the time since the date
        series, exact, basis = Since(when, as_of), False, "time_since"
        if ceiling is not None and ceiling.now() < series.now():  # nor than the years said
            series, basis = Capped(series, ceiling), "ceiling"
        if fewest is not None:  # 3年以上: continuous work since the date, at least those
            least = Capped(Since(when, as_of), fewest)
            return Held(rank, when, series, False, basis, None, corresponding, series.now(), least)
    return Held(rank, when, series, exact, basis, None, corresponding, series.now())


def _bounded(
    item: Certificate | Title,
    said: Bound,
    base: Held,
    total: Series | None,
    as_of: date,
    *,
    counted: bool = False,
) -> Held:
    """``base`` (the certificate as its date and the experience give it) with the months since
    it known only as the bound ``said``: at most its most (or what bounds them already:
    the time since its date, the experience), at least its fewest. A count from the work
    history stays exact where the bound agrees with it (to a month). ``total``: the
    experience in all, given as a number or (``counted``) counted from a work history.

    Raises:
        InputError: a bound that contradicts the date, the experience or the work history.
    """
    name = item_name(item)
    fewest = said.fewest * 12
    most = said.most_months
    if item.date is not None:
        whole, days = dates.split_months(item.date, as_of)
        if fewest > whole + days / 31 + ROUNDED_MONTHS + EPS:
            raise InputError(
                "years_after",
                Msg.of(
                    "err.after_exceeds_elapsed",
                    item=name,
                    after=said.fewest,
                    date=item.date,
                    elapsed=whole / 12,
                ),
            )
    # no more than the experience in all: a work history's total is months, the fewest typed
    # rounded, as exact years are (the count since a date is checked below, to a month)
    typed = not counted or (total is not None and fewest > total.now() + ROUNDED_MONTHS + EPS)
    if total is not None and base.basis != "history" and typed:
        check_after_within_total(name, said.fewest, total.now())
    if base.basis == "history":  # counted from the work history: the bound must agree
        months = base.months or 0.0
        if fewest > months + HISTORY_LEEWAY + EPS or (
            most is not None and months > most + HISTORY_LEEWAY + EPS
        ):
            text = said.text or f"{said.fewest:g}-{'' if said.most is None else f'{said.most:g}'}"
            raise InputError(
                "years_after",
                Msg.of("err.after_bound_history", item=name, said=text, computed=months / 12),
            )
        return base._replace(said=said)
    since, basis = base.since, base.basis
    if most is not None and (since is None or most < since.now()):  # the bound's most caps them
        top = Linear(most, as_of)
        since = top if since is None else Capped(since, top)
        basis = "said"
    elif basis == "continuous" and since is not None and item.date is not None:
        # the continuous work the experience gives is no longer assumed: they are at most the
        # time since the date, or the experience in all where that is less (said which);
        # otherwise what bounds them (the time since the date, the experience) is said, as
        # without the bound
        passed = Since(item.date, as_of).now()
        basis = "said_time" if passed <= since.now() + EPS else "said_experience"
    # at least the fewest said, never the continuous work since the date that the experience
    # said to be at least some years gives when no years since it are said (base.least):
    # a bound of 1-3年 beside 5年以上 says at most 3
    least: Series | None = Linear(fewest, as_of) if fewest else None
    return base._replace(
        since=since,
        exact=False,
        basis=basis,
        months=None if since is None else since.now(),
        least=least,
        said=said,
    )
