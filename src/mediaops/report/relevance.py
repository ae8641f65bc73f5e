"""Which missing facts could change a verdict, found by evaluating what giving them would do.

SPEC ("Unknown facts: three-valued evaluation"): a missing fact is listed only if
giving it could change some level's verdict. The facts a level waits on (the needs
of its unknown conditions, :func:`~mediaops.report.result.missing_facts`) are the
candidates; :func:`relevant` keeps a candidate for a level where, for some way of
giving (or not giving) each of the level's *other* candidates, two values of it give the
level different verdicts. Leaving the others not given counts: a 硕士 in an unrelated
major, not known to be received, is asked whether it is, for received it alone is judged
(三级 not eligible) — even though, once the bachelor's held to enrol is given as well,
whether the 硕士 is received no longer matters.

Values are tried as a few *readings* per fact (:func:`readings`): the candidate's
facts as given, with that fact filled in, evaluated by an
:class:`~mediaops.engine.evaluator.Evaluator` of the same ruleset (a list's own, which
remembers outcomes on their whole input; else one made for the report) — the rules are
never restated here,
only the years and training levels a level's conditions name are read
(:func:`scope`). For a fact of kinds (a diploma's type or major, a school class,
whether it is received or evaluated, a title's correspondence) every value is a
reading; for the training, every set of the levels the level's conditions ask for;
for the certificates held, none or one of each level; for the titles, none or one
of each rank whose speciality corresponds — undated, or dated as a date is below.
(Two certificates at once are not tried.)

For years and dates, verdicts are monotone: more experience, a certificate or title
held longer, more years since it never make a level unreachable
(``tests/test_properties.py`` checks it), so where two values of such a fact give
different verdicts, its extremes do too — the fewest years the other facts allow
and many (80), a date today and long ago. The extremes alone would not do for the
*other* facts, though: 四级 of the published summary asks for 3 years of work, or
1 year with formal training, and the training changes the verdict only for
experience between the two. So the readings of years and dates are the extremes
and each number of years the level's conditions name: the experience (never fewer
years than the facts allow), the years since a certificate or title (never more than
have passed since its date), and its date (the latest from which those years have
passed, or with a work history been worked). Between two such numbers a verdict
cannot change, the conditions comparing the years with those numbers alone.

A combination of readings that the facts refuse as contradictory (more years
since a certificate than experience in all) is left out. The work is bounded
(:data:`BUDGET` evaluations for a report): a fact not yet found to change a verdict
when they run out is kept, as is every candidate of a level none of whose candidates
would change its verdict (three-valued evaluation may leave a level undetermined that
every way of giving its facts decides), and every candidate of a level one of whose
candidates has no readings (a fact not known here; the type, or a part, of one of
several diplomas given without it): listing too much is the safe side.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import Any, NamedTuple

from mediaops import dates
from mediaops.engine.decide import Verdict
from mediaops.engine.evaluator import Evaluation, Evaluator
from mediaops.engine.facts import (
    Bound,
    DiplomaFact,
    Facts,
    Held,
    diploma_facts,
    prepare_facts,
)
from mediaops.engine.outcome import Need
from mediaops.engine.series import EPS, History
from mediaops.errors import InputError
from mediaops.models import Certificate, Title, WorkPeriod
from mediaops.terms import Education, Major, SchoolClass, TitleLevel
from mediaops.values import MAX_YEARS

#: The most evaluations one report spends on finding which facts could change a verdict.
BUDGET = 256

#: Many years: more than any clause asks for (the most a candidate may give).
_MANY = MAX_YEARS

_TITLES = {t.rank: t for t in TitleLevel}


# --- the facts as given ---------------------------------------------------------------


class Given(NamedTuple):
    """A candidate's facts as given, rebuilt from :class:`Facts` (what
    :func:`~mediaops.engine.facts.prepare_facts` reads).

    Attributes:
        as_of: the evaluation date.
        diplomas: the diplomas given (not those implied).
        experience: years of experience given as a number (None: not, or as a history).
        work: the work history's periods.
        trainings: levels of formal training (None: not known).
        certificates: certificates held (None: not known).
        titles: titles held (None: not known).
        experience_said: with the experience not given, the bound it was said to be (a
            sheet's ``3年以上``, ``不到2年``), if any.
        years_after_bounds: the years since each of ``certificates`` (by its place) known only as
            a bound; none of one given its years, or once ``certificates`` is filled in.
    """

    as_of: date
    diplomas: tuple[DiplomaFact, ...]
    experience: float | None
    work: tuple[WorkPeriod, ...]
    trainings: frozenset[int] | None
    certificates: tuple[Certificate, ...] | None
    titles: tuple[Title, ...] | None
    experience_said: Bound | None = None
    years_after_bounds: tuple[tuple[int, Bound], ...] = ()


def given_facts(facts: Facts) -> Given:
    """What was given, as far as ``facts`` keeps it (all that the rules read)."""
    experience = None
    work: tuple[WorkPeriod, ...] = ()
    if facts.work:
        work = tuple(WorkPeriod.model_construct(start=s.start, end=s.end) for s in facts.work)
    elif isinstance(facts.experience, History):  # a history of no day yet: a period begun today
        work = (WorkPeriod.model_construct(start=facts.as_of, end=None),)
    elif facts.experience is not None:
        experience = facts.experience.now() / 12
    return Given(
        facts.as_of,
        tuple(d for d in facts.diplomas if not d.implied),
        experience,
        work,
        facts.trainings,
        None if facts.certificates is None else tuple(_certificate(h) for h in facts.certificates),
        None if facts.titles is None else tuple(_title(h) for h in facts.titles),
        facts.experience_said,
        tuple((i, h.said) for i, h in enumerate(facts.certificates or ()) if h.said is not None),
    )


def _certificate(h: Held) -> Certificate:
    return Certificate.model_construct(level=h.level, date=h.date, years_after=h.given)


def _title(h: Held) -> Title:
    return Title.model_construct(
        level=_TITLES[h.level], date=h.date, years_after=h.given, corresponding=h.corresponding
    )


def what_if(facts: Facts, given: Given, chosen: Sequence[Reading]) -> Facts:
    """``facts`` with the facts of ``chosen`` given (``given``: :func:`given_facts` of them).

    Raises:
        InputError: the facts so given contradict each other.
    """
    filled = given
    for r in sorted(chosen, key=lambda r: r.stage):
        filled = r.fill(filled)
    diplomas = diploma_facts(filled.diplomas)
    same = (
        filled.experience,
        filled.work,
        filled.certificates,
        filled.titles,
        filled.years_after_bounds,
    ) == (given.experience, given.work, given.certificates, given.titles, given.years_after_bounds)
    if same:  # what is held and the years are as read: only the diplomas or the training
        return replace(facts, diplomas=diplomas, trainings=filled.trainings)
    said = filled.experience_said
    return prepare_facts(
        facts.as_of,
        experience=filled.experience,
        work_history=filled.work,
        trainings=filled.trainings,
        certificates=filled.certificates,
        titles=filled.titles,
        direction=facts.direction,
        experience_at_least=None if said is None else said.fewest,
        experience_at_most=None if said is None else said.most,
        experience_most_excluded=said is not None and said.below,
        years_after_bounds=filled.years_after_bounds,
        implied=lambda _: diplomas,
    )


# --- readings -------------------------------------------------------------------------


#: Gives one value of a missing fact: the facts given, with it filled in.
Fill = Callable[[Given], Given]


class Reading(NamedTuple):
    """One value of a missing fact.

    Attributes:
        need: the fact.
        stage: when it is filled in among a combination's readings: a diploma's parts
            (found by its type) before its type, the experience last (its fewest years
            are those the years after a certificate or title, once given, allow).
        fill: gives it.
    """

    need: Need
    stage: int
    fill: Fill


_PARTS, _TYPE, _HELD, _EXPERIENCE = range(4)


class Scope(NamedTuple):
    """What a level's verdict can turn on, read from its conditions and the gate's.

    Attributes:
        years: the numbers of years they name (of work, or since a certificate or title),
            ascending.
        trainings: each set of the levels of formal training they ask for.
        diplomas: the diplomas given (with none, a type is tried received or studied for).
    """

    years: tuple[float, ...]
    trainings: tuple[frozenset[int], ...]
    diplomas: tuple[DiplomaFact, ...] = ()


def scope(evaluation: Evaluation, level_index: int) -> Scope:
    """What level ``level_index`` (its index in the ruleset) can turn on."""
    evaluator = evaluation.evaluator
    indices = (*evaluator.gate, *(i for p in evaluator.layout[level_index] for i in p))
    conditions = [evaluator.conditions[i] for i in indices]
    years = sorted({float(y) for c in conditions if (y := getattr(c, "years", None)) is not None})
    levels = sorted({int(c.level) for c in conditions if c.kind == "training"})
    subsets = itertools.chain.from_iterable(
        itertools.combinations(levels, n) for n in range(len(levels) + 1)
    )
    given = tuple(d for d in evaluation.facts.diplomas if not d.implied)
    return Scope(tuple(years), tuple(frozenset(s) for s in subsets), given)


def readings(need: Need, scope: Scope) -> tuple[Reading, ...]:
    """The values of a missing fact to try for a level (its :func:`scope`); none for a fact
    not known here, or about one of several diplomas given without it (the level then
    keeps every fact it waits on)."""
    stage, fills = _fills(need, scope)
    return tuple(Reading(need, stage, f) for f in fills)


#: What the facts on one certificate or title are about: the list, and the parameter
#: naming its level (or rank).
_ABOUT = {
    "certificate_date": ("certificates", "level"),
    "years_after_certificate": ("certificates", "level"),
    "exact_years_after_certificate": ("certificates", "level"),
    "title_date": ("titles", "title"),
    "years_after_title": ("titles", "title"),
    "title_corresponding": ("titles", "title"),
}

#: The values of the parts of a diploma.
_PART_VALUES: dict[str, tuple[Any, ...]] = {
    "major": tuple(Major),
    "graduating": (True, False),
    "school_class": tuple(SchoolClass),
    "evaluated": (True, False),
}


def _fills(need: Need, scope: Scope) -> tuple[int, tuple[Fill, ...]]:
    """The stage and the fills of a missing fact's readings."""
    params = dict(need.params)
    kind = need.id
    if kind == "experience":
        # the extremes first (the fewest years allowed, many), then each number the level names
        return _EXPERIENCE, tuple(_experience(y) for y in (0.0, _MANY, *scope.years))
    if kind == "education":
        if sum(d.education is None for d in scope.diplomas) > 1:
            return _TYPE, ()  # which of them is of which type: not tried
        # with no diploma given, one of each type, received or still studied for
        studying = (False,) if scope.diplomas else (False, True)
        return _TYPE, tuple(_diploma_type(e, g) for e in Education for g in studying)
    if kind in _PART_VALUES:
        education = params.get("education")
        of = None if education is None else Education(education)
        if sum(d.education == of and getattr(d, kind) is None for d in scope.diplomas) > 1:
            return _PARTS, ()  # several diplomas it may be about: not tried
        return _PARTS, tuple(_diploma_part(of, kind, v) for v in _PART_VALUES[kind])
    if kind == "training":
        return _HELD, tuple(_replaced(trainings=s) for s in scope.trainings)
    if kind in ("certificates", "titles"):
        # none; or one, of each level (a title in a corresponding speciality), its date not
        # given, or today, long ago, or each number of years the level names ago
        if kind == "certificates":
            items: list[Certificate | Title] = [
                Certificate.model_construct(level=level) for level in (4, 3, 2, 1)
            ]
        else:
            items = [Title.model_construct(level=t, corresponding=True) for t in TitleLevel]
        ages: tuple[float | None, ...] = (0.0, None, *scope.years)
        held = [_holding(kind, item, None, False) for item in items]
        held += [_holding(kind, item, age, True) for item in items for age in ages]
        return _HELD, (_replaced(**{kind: ()}), *held)
    if kind not in _ABOUT or not isinstance(rank := dict(need.params).get(_ABOUT[kind][1]), int):
        return _HELD, ()
    field = _ABOUT[kind][0]
    if kind in ("certificate_date", "title_date"):
        # today, long ago, then the latest date each number of years the level names ago
        return _HELD, tuple(_dated(field, rank, y) for y in (0.0, None, *scope.years))
    if kind in ("years_after_certificate", "exact_years_after_certificate", "years_after_title"):
        # none, all the time since the date, then each number the level names
        return _HELD, tuple(_years_since(field, rank, y) for y in (0.0, None, *scope.years))
    # title_corresponding
    return _HELD, tuple(_titles(rank, _not_said, corresponding=v) for v in (True, False))


def _replaced(**values: Any) -> Fill:
    def fill(given: Given) -> Given:
        return given._replace(**values)

    return fill


def _diploma_part(education: Education | None, part: str, value: Any) -> Fill:
    """A part of the diplomas given of type ``education`` that lack it; where none is given
    (one held only to enrol in another: its major), a diploma of that type, received."""

    def fill(given: Given) -> Given:
        found = [d.education == education and getattr(d, part) is None for d in given.diplomas]
        if any(found):
            out = tuple(
                d._replace(**{part: value}) if hit else d
                for d, hit in zip(given.diplomas, found, strict=True)
            )
        else:
            fresh = DiplomaFact(education, None, False, None, None)._replace(**{part: value})
            out = (*given.diplomas, fresh)
        return given._replace(diplomas=out)

    return fill


def _diploma_type(education: Education, studying: bool) -> Fill:
    """The type of the diplomas given without one; with none given, one of it, still studied
    for or not (given without one, whether it is received is a fact of its own)."""

    def fill(given: Given) -> Given:
        if not given.diplomas:
            fresh = DiplomaFact(education, None, studying, None, None)
            return given._replace(diplomas=(fresh,))
        out = tuple(
            d._replace(education=education) if d.education is None else d for d in given.diplomas
        )
        return given._replace(diplomas=out)

    return fill


def _experience(years: float) -> Fill:
    """``years`` of experience, or the fewest the years given after certificates and titles
    (or said of the experience, ``3年以上``) allow if those are more, or the most said of it
    (``3-5年``) if ``years`` are more than those."""

    def fill(given: Given) -> Given:
        held: tuple[Certificate | Title, ...] = (*(given.certificates or ()), *(given.titles or ()))
        fewest = max((i.years_after or 0.0 for i in held), default=0.0)
        said = given.experience_said
        fewest = max(fewest, 0.0 if said is None else said.fewest)
        fewest = max([fewest, *(b.fewest for _, b in given.years_after_bounds)])
        most = None if said is None or said.most is None else (said.most_months or 0.0) / 12
        tried = years if most is None else min(years, most)
        return given._replace(experience=max(fewest, tried), work=())

    return fill


def _holding(kind: str, item: Certificate | Title, age: float | None, dated: bool) -> Fill:
    """Only ``item`` held (``kind``: ``certificates`` or ``titles``): undated, or dated (as
    :func:`_since` dates ``age``). The bounds of the years since the certificates go with
    them (a title leaves both as given)."""

    def fill(given: Given) -> Given:
        held = item.model_copy(update={"date": _since(given, age)}) if dated else item
        filled = _with_held(given, kind, (held,))
        return filled._replace(years_after_bounds=()) if kind == "certificates" else filled

    return fill


def _rank(item: Certificate | Title) -> int:
    return item.level.rank if isinstance(item, Title) else item.level


def _held(given: Given, field: str) -> tuple[Certificate | Title, ...]:
    return (given.titles if field == "titles" else given.certificates) or ()


def _with_held(given: Given, field: str, items: Sequence[Any]) -> Given:
    if field == "titles":
        return given._replace(titles=tuple(items))
    return given._replace(certificates=tuple(items))


def _undated(item: Certificate | Title) -> bool:
    return item.date is None and item.years_after is None


def _not_said(item: Title) -> bool:
    return item.corresponding is None


def _titles(rank: int, picks: Callable[[Title], bool], **values: Any) -> Fill:
    """The titles of ``rank`` that ``picks`` chooses, with ``values``."""

    def fill(given: Given) -> Given:
        out = tuple(
            t.model_copy(update=values) if t.level.rank == rank and picks(t) else t
            for t in given.titles or ()
        )
        return given._replace(titles=out)

    return fill


def _years_since(field: str, rank: int, years: float | None) -> Fill:
    """Years since the certificates (or titles) of ``rank`` without them, dated or said as a
    bound: ``years``, or as many as have passed since the date if fewer (None: those, or
    many), within the bound (its fewest, or its most if fewer)."""

    def fill(given: Given) -> Given:
        out = []
        bounds = dict(given.years_after_bounds) if field == "certificates" else {}
        for n, i in enumerate(_held(given, field)):
            said = bounds.get(n)
            if _rank(i) == rank and i.years_after is None and (i.date or said) is not None:
                after = _MANY if years is None else years
                if i.date is not None:
                    whole, days = dates.split_months(i.date, given.as_of)
                    after = min(after, (whole + days / 31) / 12)
                if said is not None:
                    bounds.pop(n)
                    most = _MANY if said.most_months is None else said.most_months / 12
                    after = min(max(after, said.fewest), most)
                i = i.model_copy(update={"years_after": after})
            out.append(i)
        return _with_held(given, field, out)._replace(years_after_bounds=tuple(bounds.items()))

    return fill


def _dated(field: str, rank: int, years: float | None) -> Fill:
    """The date of the certificates (or titles) of ``rank`` with neither a date nor years
    since them: the latest from which ``years`` have passed, or with a work history have been
    worked (None: long ago)."""

    def fill(given: Given) -> Given:
        when = _since(given, years)
        out = [
            i.model_copy(update={"date": when}) if _rank(i) == rank and _undated(i) else i
            for i in _held(given, field)
        ]
        return _with_held(given, field, out)

    return fill


def _since(given: Given, years: float | None) -> date:
    """The latest date from which ``years`` have passed (or, with a work history, have been
    worked) by the evaluation date; long ago for None, or where the history has fewer."""
    as_of = given.as_of
    long_ago = date(max(1, as_of.year - int(_MANY)), 1, 1)
    if years is None:
        return long_ago
    months = math.ceil(years * 12 - EPS)
    if not given.work:
        return max(long_ago, dates.add_months(as_of, -months))
    last = as_of - timedelta(days=1)
    stretches = tuple(
        dates.merge(dates.Stretch(p.start, min(p.end or last, last)) for p in given.work)
    )

    def enough(since: date) -> bool:
        return History(stretches, as_of, since).now() + EPS >= months

    if not enough(long_ago):
        return long_ago
    early, late = long_ago, as_of  # enough(early); the latest such date is sought
    while (late - early).days > 1:
        middle = early + (late - early) / 2
        if enough(middle):
            early = middle
        else:
            late = middle
    return late if enough(late) else early


# --- relevance ------------------------------------------------------------------------


def relevant(
    evaluation: Evaluation, asked: Mapping[int, Sequence[Need]]
) -> dict[int, tuple[Need, ...]]:
    """Of the facts ``asked`` for each level (by its index in the ruleset), those that could
    change its verdict (see the module's docstring), in their order.

    Levels asking for the same facts, with the same :func:`scope`, share their evaluations.
    A fact is tried against the other facts not given first, then given at their readings
    in turn, until two of its readings give the level two verdicts; a fact that changes no
    verdict is tried against every combination. The evaluations are made by an evaluator
    of the same ruleset remembering each group of conditions' outcomes on the facts it
    reads (:class:`~mediaops.engine.evaluator.Evaluator`, ``memo``): a list's own, else one
    made for this report (the readings of one fact leave the others' conditions as they
    were). What is remembered is keyed on whole inputs, so the facts listed are the same
    for a candidate checked alone and in a list.
    """
    trial = _Trial(evaluation)
    groups: dict[tuple[tuple[Need, ...], Scope], list[int]] = {}
    for index, needs in asked.items():
        key = (tuple(dict.fromkeys(needs)), scope(evaluation, index))
        groups.setdefault(key, []).append(index)
    out: dict[int, tuple[Need, ...]] = {index: tuple(needs) for index, needs in asked.items()}
    for (needs, level_scope), indices in groups.items():
        options = [readings(n, level_scope) for n in needs]
        if not all(options):
            continue  # a fact not tried could change how the others do: all kept
        tried = list(needs)
        table: _Table = {}
        moot: dict[int, set[Need]] = {index: set() for index in indices}
        for k, need in enumerate(tried):
            changes = _changes(trial, table, options, k, indices)
            if changes is None:
                break  # beyond the bound: this fact and those after it are kept
            for index in indices:
                if index not in changes:
                    moot[index].add(need)
        for index in indices:
            kept = tuple(n for n in out[index] if n not in moot[index])
            if kept:
                out[index] = kept
    return out


#: Each combination of readings (by their positions, 0 for a fact not given) with the verdicts
#: it gives every level, or None where the facts refuse it.
_Table = dict[tuple[int, ...], "tuple[Verdict, ...] | None"]


class _Trial:
    """Evaluates readings of one report's facts, within :data:`BUDGET` evaluations."""

    def __init__(self, evaluation: Evaluation) -> None:
        self.facts = evaluation.facts
        self.given = given_facts(self.facts)
        # a list's evaluator already remembers; for one report, one is made if needed
        self.ruleset = evaluation.evaluator.ruleset
        self.evaluator = evaluation.evaluator if evaluation.evaluator.memo else None
        self.spent = 0

    def verdicts(
        self, table: _Table, options: Sequence[Sequence[Reading]], combo: tuple[int, ...]
    ) -> tuple[Verdict, ...] | None:
        """The verdicts of a combination of readings (None: the facts refuse it).

        Raises:
            _BudgetSpentError: no evaluation is left.
        """
        if combo in table:
            return table[combo]
        if self.spent >= BUDGET:
            raise _BudgetSpentError
        self.spent += 1
        chosen = [o[i - 1] for o, i in zip(options, combo, strict=True) if i]
        try:
            what = what_if(self.facts, self.given, chosen)
        except (InputError, ValueError):
            found = None
        else:
            if self.evaluator is None:
                self.evaluator = Evaluator(self.ruleset, memo=True)
            found = tuple(d.status for d in self.evaluator.evaluate(what).decisions)
        table[combo] = found
        return found


class _BudgetSpentError(Exception):
    """No evaluation is left for this report."""


def _changes(
    trial: _Trial,
    table: _Table,
    options: Sequence[Sequence[Reading]],
    k: int,
    indices: Sequence[int],
) -> set[int] | None:
    """The levels (of ``indices``) whose verdict two readings of the ``k``-th fact change, the
    other facts the same (each not given, or given at one of its readings); None when the
    evaluations run out first."""
    changed: set[int] = set()
    others = [range(len(o) + 1) for j, o in enumerate(options) if j != k]
    try:
        for rest in itertools.product(*others):
            seen: dict[int, Verdict] = {}
            for i in range(1, len(options[k]) + 1):
                combo = (*rest[:k], i, *rest[k:])
                verdicts = trial.verdicts(table, options, combo)
                if verdicts is None:
                    continue
                for index in indices:
                    if seen.setdefault(index, verdicts[index]) != verdicts[index]:
                        changed.add(index)
                if changed.issuperset(indices):
                    return changed
    except _BudgetSpentError:
        return None
    return changed
