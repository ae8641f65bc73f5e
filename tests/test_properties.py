"""Property tests of the engine: monotonicity, settledness and the JSON contract (SPEC §1, §2).

"Monotone" here means: giving the candidate *more* (more experience, another
diploma, title or certificate, a higher certificate, a higher diploma, a more
relevant major) or turning an unknown fact into a known one never takes away
a level they were eligible for. A level may move from eligible to ``held``
only when a certificate is added. Every property runs under both built-in
editions (``summary`` and ``template-2023``, EDITIONS.md).

"Reachable" is the plan's word (``mediaops plan``): a level is reached when it
is held, or can be applied for now or on a later date if the candidate keeps
working.
"""

from __future__ import annotations

import itertools
import json
import math
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from mediaops.engine.decide import Verdict
from mediaops.engine.evaluator import Evaluator
from mediaops.engine.facts import Bound, prepare_facts
from mediaops.engine.outcome import Need
from mediaops.errors import InputError
from mediaops.models import Candidate, Certificate, Diploma, Title, WorkPeriod
from mediaops.plan import plan
from mediaops.report import Report, evaluate
from mediaops.report.relevance import BUDGET, given_facts, readings, scope, what_if
from mediaops.report.result import asked_facts
from mediaops.rules import Ruleset, load_ruleset
from mediaops.terms import EDUCATION_BELOW, Direction, Education, Major, SchoolClass, TitleLevel
from shared_examples import given_shared
from strategies import (
    AS_OF,
    EARLIEST,
    TECHNICAL_SCHOOLS,
    add_months,
    candidates,
    certificate,
    diploma,
    facts_with_experience,
    months_lower_bound,
    past_dates,
    title,
    work_periods,
    years,
    years_after_cap,
)

EDITIONS = ("summary", "template-2023")
RULES: dict[str, Ruleset] = {e: load_ruleset(edition=e) for e in EDITIONS}
LEVELS = (4, 3, 2, 1)
STATUSES = {v.value for v in Verdict}
#: Relevance of a major, least to most.
MAJOR_RANK = {Major.unrelated: 0, Major.related: 1, Major.same: 2}
#: Plan statuses that count as reached: held, or a date on which it can be applied for.
REACHED = {"held", "now", "later"}
KEPT = frozenset({Verdict.eligible, Verdict.held})

SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
#: For the properties that plan (several evaluations per candidate): fewer examples.
PLAN_SETTINGS = settings(SETTINGS, max_examples=30)


def run(candidate: Candidate, edition: str, as_of: date = AS_OF) -> Report:
    """Evaluate with a built-in edition."""
    return evaluate(candidate, RULES[edition], as_of=as_of)


def verdicts(candidate: Candidate, edition: str) -> dict[int, Verdict]:
    """The verdict of every level."""
    report = run(candidate, edition)
    return {n: report.level(n).status for n in LEVELS}


def reached(candidate: Candidate, edition: str) -> dict[int, bool]:
    """For every level, whether the plan reaches it (held, now or later)."""
    road = plan(candidate, RULES[edition], as_of=AS_OF)
    return {p.level: p.status.value in REACHED for p in road.levels}


def variant(candidate: Candidate, **update: Any) -> Candidate:
    """A copy of ``candidate`` with some facts changed, validated again
    (``model_copy`` would skip the validators)."""
    return Candidate(**{**dict(candidate), **update})


def assert_eligible_kept(
    before: dict[int, Verdict],
    after: dict[int, Verdict],
    allowed: frozenset[Verdict] = frozenset({Verdict.eligible}),
) -> None:
    """Every level eligible before is, after, one of ``allowed``."""
    for n in LEVELS:
        if before[n] is Verdict.eligible:
            assert after[n] in allowed, f"level {n}: eligible -> {after[n].value}"


def assert_kept_or_held(before: dict[int, Verdict], after: dict[int, Verdict]) -> None:
    """Every level eligible or held before is eligible or held after."""
    for n in LEVELS:
        if before[n] in KEPT:
            assert after[n] in KEPT, f"level {n}: {before[n].value} -> {after[n].value}"


def assert_reached_kept(before: dict[int, bool], after: dict[int, bool]) -> None:
    """Every level the plan reached before it reaches after."""
    assert [] == [n for n in LEVELS if before[n] and not after[n]]


def held_levels(v: dict[int, Verdict]) -> set[int]:
    """The levels reported as held."""
    return {n for n in LEVELS if v[n] is Verdict.held}


# --- 1. more experience ---------------------------------------------------------


@st.composite
def with_more_experience(draw: st.DrawFn) -> tuple[Candidate, Candidate]:
    """A candidate whose experience is known, and the same with more of it (more years,
    or another work period)."""
    candidate = draw(candidates(experience_modes=("years", "history")))
    if candidate.work_history:
        extra = draw(work_periods())
        return candidate, variant(candidate, work_history=(*candidate.work_history, extra))
    assert candidate.experience is not None
    extra_years = draw(st.floats(0.01, 20, allow_nan=False).map(lambda y: round(y, 2)))
    return candidate, variant(candidate, experience=min(80.0, candidate.experience + extra_years))


@given_shared(SETTINGS, pair=with_more_experience())
def test_more_experience_keeps_eligible(pair: tuple[Candidate, Candidate]) -> None:
    """More experience (more years, or another work period) never takes away an eligible level."""
    candidate, more = pair
    for edition in EDITIONS:
        before, after = verdicts(candidate, edition), verdicts(more, edition)
        assert_eligible_kept(before, after)
        assert held_levels(after) == held_levels(before), "experience cannot change what is held"


def bound_and_within(
    one: float, other: float | None, where: float, excluded: bool
) -> tuple[float, float | None, bool, float]:
    """A bound of years drawn as two numbers (``other`` None: at least ``one``), and exact
    years within it: its fewest, its most, whether the most is left out (where there is
    room below it), and the years ``where`` puts between its ends (0 the low end, 1 the high
    one; above 1, that many years over an open bound's fewest), to two decimals."""
    fewest, most = (one, None) if other is None else (min(one, other), max(one, other))
    excluded = excluded and most is not None and most - 0.01 >= fewest
    top = fewest + 20 if most is None else most - 0.01 if excluded else most
    exact = min(80.0, round(fewest + (top - fewest) * min(where, 1.0), 2))
    if most is None and where > 1:
        exact = min(80.0, round(fewest + where, 2))
    return fewest, most, excluded, exact


@given_shared(
    SETTINGS,
    candidates(experience_modes=("years",)),
    years(),
    st.one_of(st.none(), years()),
    st.sampled_from([0.0, 1.0]) | st.floats(0, 1) | st.floats(1, 5),
    st.booleans(),
)
def test_experience_as_a_bound_is_sound(
    candidate: Candidate, one: float, other: float | None, where: float, excluded: bool
) -> None:
    """Experience said to be at least some years (a sheet's 3年以上), or between two numbers
    (3-5年; 不到2年: from 0), decides a level only as every exact number of years among
    those decides it: eligible (or held, or not eligible) with the bound is so with any
    such years, its ends included (``where``: 0 the low end, 1 the high one), but for a
    high end said to be left out (``excluded``: 不到2年, 2年多), which no years reach."""
    fewest, most, excluded, exact = bound_and_within(one, other, where, excluded)

    def statuses(edition: str, **experience: float | None) -> dict[int, Verdict]:
        facts = facts_with_experience(candidate, **experience)
        report = Report(Evaluator(RULES[edition]).evaluate(facts))
        return {n: report.level(n).status for n in LEVELS}

    for edition in EDITIONS:
        try:
            known = statuses(edition, experience=exact)
        except InputError:  # more years after a certificate than ``exact`` in all
            continue
        try:
            bounded = statuses(
                edition,
                experience=None,
                experience_at_least=fewest,
                experience_at_most=most,
                experience_most_excluded=excluded,
            )
        except InputError:  # more years after a certificate than ``most`` in all
            continue
        for n in LEVELS:
            if bounded[n] is not Verdict.undetermined:
                assert known[n] is bounded[n], f"level {n}: {bounded[n].value} -> {known[n].value}"


@given_shared(
    SETTINGS,
    candidates(),
    st.data(),
    years(),
    st.one_of(st.none(), years()),
    st.sampled_from([0.0, 1.0]) | st.floats(0, 1) | st.floats(1, 5),
    st.booleans(),
)
def test_years_since_a_certificate_as_a_bound_is_sound(
    candidate: Candidate,
    data: st.DataObject,
    one: float,
    other: float | None,
    where: float,
    excluded: bool,
) -> None:
    """The years since a certificate said to be at least some years (a sheet's 取证后年限
    5年以上), or between two numbers (1-3年; 不到2年: from 0), decide a level only as every
    exact number of years among those decides it, as for the experience above: the same
    candidate with those years given exactly has the same verdict wherever the bound gives
    one (not undetermined)."""
    assume(candidate.certificates)
    assert candidate.certificates is not None
    i = data.draw(st.integers(0, len(candidate.certificates) - 1), label="certificate")
    fewest, most, excluded, exact = bound_and_within(one, other, where, excluded)
    certs = list(candidate.certificates)
    # beside a work history the years after a dated certificate are counted from it, and a
    # bound is checked against them, while exact years typed are taken as typed (not checked
    # against the history): only a bound's own verdicts are comparable there, not exact ones
    assume(not (candidate.work_history and certs[i].date is not None))
    certs[i] = certs[i].model_copy(update={"years_after": None})

    def statuses(edition: str, **after: Any) -> dict[int, Verdict]:
        facts = prepare_facts(
            AS_OF,
            diplomas=candidate.all_diplomas,
            experience=candidate.experience,
            work_history=candidate.work_history,
            trainings=candidate.trainings,
            certificates=after.get("certificates", certs),
            titles=candidate.titles,
            direction=candidate.direction,
            years_after_bounds=after.get("bounds"),
        )
        report = Report(Evaluator(RULES[edition]).evaluate(facts))
        return {n: report.level(n).status for n in LEVELS}

    given_exactly = [*certs]
    given_exactly[i] = certs[i].model_copy(update={"years_after": exact})
    for edition in EDITIONS:
        try:
            known = statuses(edition, certificates=given_exactly)
        except InputError:  # more years since it than since its date, or than in all
            continue
        try:
            bounded = statuses(edition, bounds={i: Bound(fewest, most, excluded)})
        except InputError:  # its fewest more than since its date, or than in all
            continue
        for n in LEVELS:
            if bounded[n] is not Verdict.undetermined:
                assert known[n] is bounded[n], f"level {n}: {bounded[n].value} -> {known[n].value}"


@pytest.mark.slow
@PLAN_SETTINGS
@given(pair=with_more_experience())
def test_more_experience_keeps_reachable(pair: tuple[Candidate, Candidate]) -> None:
    """More experience never makes a level the plan reaches unreachable."""
    candidate, more = pair
    for edition in EDITIONS:
        assert_reached_kept(reached(candidate, edition), reached(more, edition))


# --- 2. a higher certificate -------------------------------------------------------


@st.composite
def with_higher_certificate(draw: st.DrawFn) -> tuple[Candidate, Candidate] | None:
    """A candidate holding a certificate below level 1, and the same with that certificate
    replaced by one of a higher level not held (same date and years since)."""
    candidate = draw(candidates())
    certs = list(candidate.certificates or ())
    held = {c.level for c in certs}
    choices = [(i, n) for i, c in enumerate(certs) for n in range(1, c.level) if n not in held]
    if not choices:
        return None
    i, level = draw(st.sampled_from(choices))
    certs[i] = certs[i].model_copy(update={"level": level})
    return candidate, variant(candidate, certificates=tuple(certs))


@given_shared(SETTINGS, pair=with_higher_certificate())
def test_higher_certificate_keeps_eligible_or_held(
    pair: tuple[Candidate, Candidate] | None,
) -> None:
    """A certificate of a higher level in place of a lower one keeps every eligible or held
    level eligible or held."""
    assume(pair is not None)
    assert pair is not None
    candidate, higher = pair
    for edition in EDITIONS:
        assert_kept_or_held(verdicts(candidate, edition), verdicts(higher, edition))


@pytest.mark.slow
@PLAN_SETTINGS
@given(pair=with_higher_certificate())
def test_higher_certificate_keeps_reachable(pair: tuple[Candidate, Candidate] | None) -> None:
    """A higher certificate never makes a level unreachable (held counts as reached)."""
    assume(pair is not None)
    assert pair is not None
    candidate, higher = pair
    for edition in EDITIONS:
        assert_reached_kept(reached(candidate, edition), reached(higher, edition))


# --- 3. another diploma, title or certificate -------------------------------------------


@given_shared(SETTINGS, candidates(), st.data())
def test_new_diploma_keeps_eligible_or_held(candidate: Candidate, data: st.DataObject) -> None:
    """Another diploma (of any type, finished or not) never takes a level away."""
    more = variant(candidate, diplomas=(*candidate.diplomas, data.draw(diploma())))
    for edition in EDITIONS:
        assert_kept_or_held(verdicts(candidate, edition), verdicts(more, edition))


@given_shared(SETTINGS, candidates(), st.data())
def test_new_title_keeps_eligible_or_held(candidate: Candidate, data: st.DataObject) -> None:
    """A professional title of a level not yet held never takes a level away."""
    titles = candidate.titles or ()  # not known (None): none known, and now one
    free = [t for t in TitleLevel if t not in {x.level for x in titles}]
    assume(free)
    level = data.draw(st.sampled_from(free))
    new = data.draw(title(level, candidate.experience, candidate.work_history))
    more = variant(candidate, titles=(*titles, new))
    for edition in EDITIONS:
        before = verdicts(candidate, edition)
        after = verdicts(more, edition)
        if candidate.titles is None:  # from unknown to known: only what is settled must stay
            assert_never_not_eligible(before, after)
        else:
            assert_kept_or_held(before, after)


@given_shared(SETTINGS, candidates(), st.data())
def test_new_certificate_keeps_eligible_or_held(candidate: Candidate, data: st.DataObject) -> None:
    """A certificate of a level not yet held turns an eligible level into eligible or held,
    and keeps every held level held."""
    assume(candidate.certificates is not None)
    assert candidate.certificates is not None
    free = [n for n in LEVELS if n not in {c.level for c in candidate.certificates}]
    assume(free)
    level = data.draw(st.sampled_from(free))
    cert = data.draw(certificate(level, candidate.experience, candidate.work_history))
    more = variant(candidate, certificates=(*candidate.certificates, cert))
    for edition in EDITIONS:
        before, after = verdicts(candidate, edition), verdicts(more, edition)
        assert_kept_or_held(before, after)
        assert held_levels(before) <= held_levels(after)


# --- 4. a higher diploma, a more relevant major -------------------------------------------


@given_shared(SETTINGS, candidates(), st.data())
def test_higher_diploma_keeps_eligible(candidate: Candidate, data: st.DataObject) -> None:
    """A higher diploma on the same track (e -> e2 with e below e2) in place of the
    one-diploma shorthand never takes away an eligible level."""
    if candidate.education is None:
        candidate = variant(candidate, education=data.draw(st.sampled_from(Education)))
    higher = [e2 for e2 in Education if candidate.education in EDUCATION_BELOW[e2]]
    assume(higher)
    better = variant(candidate, education=data.draw(st.sampled_from(higher)))
    for edition in EDITIONS:
        assert_eligible_kept(verdicts(candidate, edition), verdicts(better, edition))


@given_shared(SETTINGS, candidates(), st.data())
def test_more_relevant_major_keeps_eligible(candidate: Candidate, data: st.DataObject) -> None:
    """A more relevant major of the one-diploma shorthand (unrelated -> related -> same)
    never takes away an eligible level."""
    if candidate.major is None or candidate.major is Major.same:
        major = data.draw(st.sampled_from([Major.unrelated, Major.related]))
        candidate = variant(candidate, major=major)
    assert candidate.major is not None
    now = MAJOR_RANK[candidate.major]
    better = variant(
        candidate, major=data.draw(st.sampled_from([m for m in Major if MAJOR_RANK[m] > now]))
    )
    for edition in EDITIONS:
        assert_eligible_kept(verdicts(candidate, edition), verdicts(better, edition))


# --- 5. unknown -> known -----------------------------------------------------------


#: The facts that can be unknown and are given here (SPEC §1, issue #13); a diploma's
#: type and a title's correspondence have tests of their own below.
UNKNOWN_FACTS = ("experience", "major", "certificate", "title")


def _with_diplomas(c: Candidate, diplomas: list[Diploma]) -> Candidate:
    """``c`` with all its diplomas (the shorthand's first, if any) replaced by ``diplomas``."""
    return variant(c, education=None, major=None, graduating=False, diplomas=tuple(diplomas))


@st.composite
def _dated_or_counted(draw: st.DrawFn, c: Candidate) -> tuple[date | None, float | None]:
    """A date obtained, years worked since, or both (never neither), valid for ``c``."""
    which = draw(st.sampled_from(["date", "years", "both"]))
    when = draw(past_dates()) if which != "years" else None
    cap = years_after_cap(c.experience, c.work_history, when)
    after = draw(years(40.0 if cap is None else cap)) if which != "date" else None
    return when, after


@st.composite
def fact_given(draw: st.DrawFn, fact: str) -> tuple[Candidate, Candidate]:
    """A candidate with ``fact`` unknown, and the same candidate with it given a valid value
    (a candidate with no diploma, certificate or title to forget about is given one).

    * ``experience``: neither years nor a work history, then years (at least the years
      since any certificate or title);
    * ``education``: one diploma's type, then a type;
    * ``major``: one diploma's major, then a relevance;
    * ``certificate``: one certificate with neither a date nor the years since it, then
      a date, the years since it, or both;
    * ``title``: one title with neither a date nor the years since it, then either or both;
    * ``title_corresponding``: whether one title's speciality corresponds, then yes or no.
    """
    c = draw(candidates())
    if fact == "experience":
        unknown = variant(c, experience=None, work_history=())
        held: list[Certificate | Title] = [*(c.certificates or ()), *(c.titles or ())]
        floor = max((h.years_after or 0.0 for h in held), default=0.0)
        return unknown, variant(unknown, experience=min(80.0, floor + draw(years(40.0))))
    if fact in ("education", "major"):
        diplomas = list(c.all_diplomas) or [draw(diploma(known=True))]
        i = draw(st.integers(0, len(diplomas) - 1))
        diplomas[i] = diplomas[i].model_copy(update={fact: None})
        unknown = _with_diplomas(c, diplomas)
        # a diploma with a school class is a technical school's: any other type is refused
        types = TECHNICAL_SCHOOLS if diplomas[i].school_class is not None else tuple(Education)
        value = draw(st.sampled_from(types if fact == "education" else tuple(Major)))
        diplomas[i] = diplomas[i].model_copy(update={fact: value})
        return unknown, _with_diplomas(c, diplomas)
    if fact in ("title", "title_corresponding"):
        items: list[Any] = list(c.titles or ())
        if not items:  # none held (or not known): one, so that there is a fact to give
            level = draw(st.sampled_from(TitleLevel))
            items = [draw(title(level, c.experience, c.work_history))]
    else:
        items = list(c.certificates or ())
        if not items:
            items = [draw(certificate(draw(st.integers(1, 4)), c.experience, c.work_history))]
    field = "certificates" if fact == "certificate" else "titles"
    i = draw(st.integers(0, len(items) - 1))
    if fact == "title_corresponding":
        items[i] = items[i].model_copy(update={"corresponding": None})
        unknown = variant(c, titles=tuple(items))
        items[i] = items[i].model_copy(update={"corresponding": draw(st.booleans())})
        return unknown, variant(c, titles=tuple(items))
    items[i] = items[i].model_copy(update={"date": None, "years_after": None})
    unknown = variant(c, **{field: tuple(items)})
    when, after = draw(_dated_or_counted(unknown))
    items[i] = items[i].model_copy(update={"date": when, "years_after": after})
    return unknown, variant(c, **{field: tuple(items)})


def assert_never_not_eligible(before: dict[int, Verdict], after: dict[int, Verdict]) -> None:
    """No level eligible before is not eligible after (SPEC §1)."""
    for n in LEVELS:
        if before[n] is Verdict.eligible:
            assert after[n] is not Verdict.not_eligible, f"level {n}: eligible -> not_eligible"


def assert_not_eligible_kept(before: dict[int, Verdict], after: dict[int, Verdict]) -> None:
    """Every level not eligible before is not eligible after."""
    for n in LEVELS:
        if before[n] is Verdict.not_eligible:
            assert after[n] is Verdict.not_eligible, f"level {n}: not_eligible -> {after[n].value}"


def assert_settled(before: dict[int, Verdict], after: dict[int, Verdict]) -> None:
    """What giving a fact may not change: eligible never becomes not eligible (SPEC §1);
    more, eligible stays eligible and not eligible stays not eligible."""
    assert_never_not_eligible(before, after)
    # held depends only on the certificate levels, which giving a fact never changes
    assert_eligible_kept(before, after)
    assert_not_eligible_kept(before, after)


@pytest.mark.parametrize("fact", UNKNOWN_FACTS)
@given_shared(SETTINGS, data=st.data())
def test_known_fact_never_turns_eligible_into_not_eligible(fact: str, data: st.DataObject) -> None:
    """Giving a fact that was unknown never turns an eligible level into not eligible; more:
    eligible stays eligible and not eligible stays not eligible (both are settled)."""
    candidate, known = data.draw(fact_given(fact))
    for edition in EDITIONS:
        assert_settled(verdicts(candidate, edition), verdicts(known, edition))


#: A final-year student (--graduating) whose diploma's type is not given, with 3 years:
#: under the summary G1 is reported unmet (a diploma still studied for does not count for
#: it), so 四级 is not eligible and no fact is missing; yet such a student holds the diploma
#: needed to enrol, unknown too — given as a 大专 student (holding 高中), G1 is met, 4-1
#: (36 months ≥ 36) too, and 四级 is eligible.
STUDENT_OF_UNKNOWN_TYPE = (
    Candidate(graduating=True, experience=3.0),
    Candidate(education=Education.associate, graduating=True, experience=3.0),
)


@given_shared(SETTINGS, pair=fact_given("education"))
def test_diploma_type_never_turns_eligible_into_not_eligible(
    pair: tuple[Candidate, Candidate],
) -> None:
    """Giving a diploma's type never turns an eligible level into not eligible, nor takes
    it away at all."""
    candidate, known = pair
    for edition in EDITIONS:
        before, after = verdicts(candidate, edition), verdicts(known, edition)
        assert_never_not_eligible(before, after)
        assert_eligible_kept(before, after)


#: A student of a school not given who holds another diploma: 初中 held says nothing of the
#: 本科 a 硕士 student holds to have enrolled (template T4-2 is unknown either way); nor does
#: a diploma held of a type not given, whichever type it turns out to be.
STUDENT_WHO_HOLDS_ANOTHER = (
    Candidate(
        diplomas=(
            Diploma(major=Major.unrelated, graduating=True),
            Diploma(education=Education.junior_middle),
        ),
        experience=0.0,
    ),
    Candidate(
        diplomas=(
            Diploma(education=Education.master, major=Major.unrelated, graduating=True),
            Diploma(education=Education.junior_middle),
        ),
        experience=0.0,
    ),
)
HOLDS_ONE_OF_A_TYPE_NOT_GIVEN = (
    Candidate(
        diplomas=(
            Diploma(major=Major.unrelated),
            Diploma(major=Major.unrelated, graduating=True),
        ),
        experience=0.0,
    ),
    Candidate(
        diplomas=(
            Diploma(education=Education.below_junior, major=Major.unrelated),
            Diploma(major=Major.unrelated, graduating=True),
        ),
        experience=0.0,
    ),
)


@given_shared(SETTINGS, pair=fact_given("education"))
@example(pair=STUDENT_OF_UNKNOWN_TYPE)
@example(pair=STUDENT_WHO_HOLDS_ANOTHER)
@example(pair=HOLDS_ONE_OF_A_TYPE_NOT_GIVEN)
def test_diploma_type_keeps_not_eligible(pair: tuple[Candidate, Candidate]) -> None:
    """Giving a diploma's type never makes a not-eligible level eligible or undetermined."""
    candidate, known = pair
    for edition in EDITIONS:
        assert_not_eligible_kept(verdicts(candidate, edition), verdicts(known, edition))


#: Issue #13's professional titles: a 初级 title known to correspond with half a year of
#: work since it, and a 中级 title of unknown correspondence with two years since it.
#: Under template-2023, T3-3 (a corresponding 初级 title or higher, and 1 year of work
#: after it) is met only if the 中级 title corresponds — so 三级 should be undetermined;
#: the years after one title never combine with the other's speciality (the other 三级
#: pathways are unmet: 3 years < 10, no certificate, 高中).
MIXED_TITLES = (
    Candidate(
        education=Education.senior_high,
        experience=3.0,
        titles=(
            Title(level=TitleLevel.junior, corresponding=True, years_after=0.5),
            Title(level=TitleLevel.intermediate, corresponding=None, years_after=2.0),
        ),
    ),
    Candidate(
        education=Education.senior_high,
        experience=3.0,
        titles=(
            Title(level=TitleLevel.junior, corresponding=True, years_after=0.5),
            Title(level=TitleLevel.intermediate, corresponding=False, years_after=2.0),
        ),
    ),
)


@given_shared(SETTINGS, pair=fact_given("title_corresponding"))
@example(pair=MIXED_TITLES)
def test_title_correspondence_never_turns_eligible_into_not_eligible(
    pair: tuple[Candidate, Candidate],
) -> None:
    """Saying whether a title's speciality corresponds never turns an eligible level into
    not eligible (nor takes it away at all: eligible is settled)."""
    candidate, known = pair
    for edition in EDITIONS:
        before, after = verdicts(candidate, edition), verdicts(known, edition)
        assert_never_not_eligible(before, after)
        assert_eligible_kept(before, after)


@given_shared(SETTINGS, pair=fact_given("title_corresponding"))
def test_title_correspondence_keeps_not_eligible(pair: tuple[Candidate, Candidate]) -> None:
    """Saying whether a title's speciality corresponds never makes a not-eligible level
    eligible or undetermined."""
    candidate, known = pair
    for edition in EDITIONS:
        assert_not_eligible_kept(verdicts(candidate, edition), verdicts(known, edition))


def test_a_dated_certificate_without_the_experience_is_undetermined() -> None:
    """With the experience unknown, a dated certificate bounds the years since it by the time
    since its date: a threshold within that time is unknown, and the experience settles it."""
    # A 三级 certificate from 2020-01-01: 2026-11-01 is 82 months later and 2026-12-01 is
    # 83, so 82 complete months to 2026-11-27 ≥ the 48 of 2-1 — but the years *worked* are
    # unknown: 二级 is undetermined, and the missing facts ask for the experience (or the
    # years since the certificate). With 1 year of experience in all, the years since are
    # at most 1 < 4: not eligible; with 10 years, continuous work since the date gives
    # min(82, 120) = 82 months ≥ 48: eligible.
    candidate = Candidate(
        education=Education.bachelor, certificates=[{"level": 3, "date": date(2020, 1, 1)}]
    )
    report = run(candidate, "summary")
    assert Verdict.undetermined == report.level(2).status
    assert ["years_after_certificate"] == [m.need.id for m in report.missing_facts if 2 in m.levels]
    assert Verdict.not_eligible == verdicts(variant(candidate, experience=1.0), "summary")[2]
    assert Verdict.eligible == verdicts(variant(candidate, experience=10.0), "summary")[2]


def test_certificates_not_known_are_asked_for_every_undetermined_level() -> None:
    """With the certificates not known, an undetermined level asks for them even where no
    condition of it reads them: a certificate of that level or higher would make it held."""
    # 5 years, the diploma not given: G1 (初中及以上) is unknown for every level, so none is
    # eligible; 四级's pathways read no certificate, yet one of 四级 would make it held.
    candidate = Candidate(experience=5.0, certificates=None)
    report = run(candidate, "summary")
    assert {4, 3, 2, 1} == {
        n for n, v in verdicts(candidate, "summary").items() if v == "undetermined"
    }
    asked = {m.need.id: m.levels for m in report.missing_facts}
    assert (4, 3, 2, 1) == asked["certificates"]
    assert Verdict.held == verdicts(variant(candidate, certificates=[{"level": 4}]), "summary")[4]
    # the certificates given as none: nothing held, so they are not asked for
    none_held = run(variant(candidate, certificates=[]), "summary")
    assert "certificates" not in {m.need.id for m in none_held.missing_facts}
    # a 本科 with 1 year and no training: every level not eligible (4-1 1 < 3, 4-2 no
    # training, 4-3 no technical school; 3-x, 2-1, 1-1 at most 1 year after any
    # certificate): no level undetermined, so nothing is asked
    settled = Candidate(
        education=Education.bachelor, experience=1.0, trainings=[], certificates=None
    )
    assert [] == list(run(settled, "summary").missing_facts)
    assert {Verdict.not_eligible} == set(verdicts(settled, "summary").values())


def test_time_since_a_certificate_that_falls_short_is_unmet() -> None:
    """With the experience unknown, a threshold the time since the date does not reach is
    unmet: a 四级 certificate from 2025-06-01 cannot have 2 years of work after it."""
    # 2025-06-01 → 2026-11-27: 17 complete months < 24, so 3-2 is unmet whatever the
    # experience; 3-1 needs a 高级技工学校/技师学院 diploma (大专 is not): 三级 not eligible.
    candidate = Candidate(
        education=Education.associate,
        major=Major.related,
        certificates=[{"level": 4, "date": date(2025, 6, 1)}],
    )
    assert Verdict.not_eligible == verdicts(candidate, "summary")[3]


# --- 5b. the missing facts: only those that could change a verdict --------------------


def test_a_fact_that_cannot_change_the_verdict_is_not_asked_for() -> None:
    """template-2023: a final-year 技师学院 预备技师班 student (related major) with a 三级
    of unknown date. T2-5 (a student there, the 三级 held 2 years: time, not work) is met
    whenever the date is 2 years back; when it is not, T2-1 (5 years of work after the
    三级) is unmet too, so 二级 turns on the date alone: the experience is not asked for."""
    candidate = Candidate(
        diplomas=[
            Diploma(
                education=Education.technician_college,
                major=Major.related,
                graduating=True,
                school_class=SchoolClass.technician,
            )
        ],
        certificates=[{"level": 3}],
    )
    report = run(candidate, "template-2023")
    assert Verdict.undetermined == report.level(2).status
    assert ["certificate_date"] == [m.need.id for m in report.missing_facts if 2 in m.levels]
    # given at either extreme, the experience leaves 二级 undetermined on the date alone
    for worked in (0.0, 10.0):
        known = run(variant(candidate, experience=worked), "template-2023")
        assert Verdict.undetermined == known.level(2).status
        assert ["certificate_date"] == [m.need.id for m in known.missing_facts if 2 in m.levels]
    # the date decides: 3 years back eligible (T2-5), 1 year back not (T2-5, T2-1 short)
    for years_back, verdict in ((3, Verdict.eligible), (1, Verdict.not_eligible)):
        dated = variant(
            candidate,
            certificates=[{"level": 3, "date": AS_OF.replace(year=AS_OF.year - years_back)}],
        )
        assert verdict == verdicts(dated, "template-2023")[2]


def test_a_fact_that_changes_a_verdict_only_with_another_is_asked_for() -> None:
    """summary: a 本科 graduate, experience and training not known. 4-1 asks for 3 years,
    4-2 for 1 year and the 四级 training: the training changes 四级 only for 1 to 3 years of
    experience, whichever way the training alone is given 四级 stays undetermined. Given
    with the experience it can settle 四级, so both are asked for."""
    candidate = Candidate(education=Education.bachelor, trainings=None, certificates=[])
    report = run(candidate, "summary")
    assert Verdict.undetermined == report.level(4).status
    asked = {m.need.id for m in report.missing_facts if 4 in m.levels}
    assert {"experience", "training"} <= asked
    for trainings in ([], [4]):
        alone = variant(candidate, trainings=trainings)
        assert Verdict.undetermined == verdicts(alone, "summary")[4]
    with_experience = variant(candidate, experience=2.0)
    assert Verdict.eligible == verdicts(variant(with_experience, trainings=[4]), "summary")[4]
    assert Verdict.not_eligible == verdicts(variant(with_experience, trainings=[]), "summary")[4]


def _level_table(
    report: Report, level_index: int, needs: list[Need]
) -> dict[tuple[int, ...], Verdict]:
    """The verdict of a level for every combination of the ``needs`` not given (0) or given
    at one of their readings (i), evaluated afresh; combinations the facts refuse left out."""
    evaluation = report.evaluation
    evaluator = Evaluator(evaluation.evaluator.ruleset)
    given = given_facts(report.facts)
    options = [readings(n, scope(evaluation, level_index)) for n in needs]
    table = {}
    for combo in itertools.product(*(range(len(o) + 1) for o in options)):
        chosen = [o[i - 1] for o, i in zip(options, combo, strict=True) if i]
        try:
            facts = what_if(report.facts, given, chosen)
        except (InputError, ValueError):
            continue
        table[combo] = evaluator.evaluate(facts).decisions[level_index].status
    return table


@pytest.mark.slow
@PLAN_SETTINGS
@given(candidates())
def test_missing_facts_could_each_change_a_verdict(candidate: Candidate) -> None:
    """Every missing fact listed for a level, given at one reading rather than another, gives
    that level another verdict for some way of giving (or not) the level's other facts; and
    every undetermined level has some fact listed (where the bound on the work lets every
    combination be tried)."""
    for edition in EDITIONS:
        try:
            report = run(candidate, edition)
        except InputError:
            continue
        listed = report.missing_facts
        asked = asked_facts(report)
        for index, lv in enumerate(report.levels):
            if lv.status is not Verdict.undetermined:
                assert not any(lv.level in m.levels for m in listed)
                continue
            assert any(lv.level in m.levels for m in listed), lv.level
            needs = [m.need for m in asked if lv.level in m.levels]
            level_scope = scope(report.evaluation, index)
            counts = [len(readings(n, level_scope)) for n in needs]
            if not all(counts) or math.prod(c + 1 for c in counts) > BUDGET:
                continue  # not tried: everything asked is listed
            table = _level_table(report, index, needs)
            for m in listed:
                if lv.level not in m.levels:
                    continue
                k = needs.index(m.need)
                seen: dict[tuple[int, ...], set[Verdict]] = {}
                for combo, verdict in table.items():
                    if combo[k]:
                        seen.setdefault(combo[:k] + combo[k + 1 :], set()).add(verdict)
                assert any(len(v) > 1 for v in seen.values()), (edition, lv.level, m.need)


# --- 6. the JSON contract ----------------------------------------------------------


@given_shared(SETTINGS, candidates(), st.sampled_from(["zh", "en"]))
def test_json_shape(candidate: Candidate, lang: str) -> None:
    """The JSON lists levels 4, 3, 2, 1 with valid statuses and the keys of SPEC §2, and its
    summary fields agree with them."""
    for edition in EDITIONS:
        out = run(candidate, edition).to_dict(lang)  # type: ignore[arg-type]
        json.dumps(out, ensure_ascii=False)  # serialisable as it stands
        assert {
            "ruleset",
            "as_of",
            "general",
            "levels",
            "eligible_levels",
            "highest_eligible",
            "missing_facts",
        } <= set(out)
        assert ("all-media-operator", edition) == (out["ruleset"]["id"], out["ruleset"]["edition"])
        assert AS_OF.isoformat() == out["as_of"]
        for g in out["general"]:
            assert {"id", "status", "blocking", "text"} <= set(g)
            assert g["status"] in {"met", "unmet", "unknown"}
        levels = out["levels"]
        assert list(LEVELS) == [lv["level"] for lv in levels]
        for lv in levels:
            keys = {"level", "name", "status", "qualifying_pathways", "pathways", "documents"}
            assert keys <= set(lv)
            assert lv["status"] in STATUSES
            assert bool(lv["qualifying_pathways"]) == (lv["status"] == "eligible")
            assert bool(lv["documents"]) == (lv["status"] == "eligible")
            for p in lv["pathways"]:
                assert p["status"] in {"met", "unmet", "unknown"}
        eligible = [lv["level"] for lv in levels if lv["status"] == "eligible"]
        assert eligible == out["eligible_levels"]
        assert (min(eligible) if eligible else None) == out["highest_eligible"]


# --- 7. determinism ------------------------------------------------------------------


@pytest.mark.slow
@SETTINGS
@given(candidates())
def test_deterministic(candidate: Candidate) -> None:
    """The same candidate evaluated twice gives the same JSON in both languages."""
    for edition in EDITIONS:
        first, second = run(candidate, edition), run(candidate, edition)
        for lang in ("zh", "en"):
            assert first.to_dict(lang) == second.to_dict(lang)


@given_shared(SETTINGS, candidates(), st.data())
def test_work_up_to_today_reads_as_work_still_going_on(
    candidate: Candidate, data: st.DataObject
) -> None:
    """A work period whose last day is the evaluation date gives the report the same period
    left open gives: both are counted up to that date (the closed one counted a day more)."""
    start = data.draw(past_dates(AS_OF), label="start")
    periods = tuple(candidate.work_history)
    ended, going = (
        candidate.model_copy(update={"experience": None, "work_history": (*periods, last)})
        for last in (WorkPeriod(start=start, end=AS_OF), WorkPeriod(start=start))
    )
    for edition in EDITIONS:
        try:
            closed_report = run(ended, edition)
        except InputError:
            with pytest.raises(InputError):
                run(going, edition)
            continue
        assert closed_report.to_dict("en") == run(going, edition).to_dict("en")


# --- 8. held and not offered ---------------------------------------------------------------


@given_shared(SETTINGS, candidates())
def test_held_and_not_offered_exactly_when_due(candidate: Candidate) -> None:
    """A level is held exactly when a certificate of that level or higher is held; otherwise
    it is not offered exactly when it is 四级 under 数据分析 (EDITIONS.md: that direction has
    三级 to 一级 only)."""
    for edition in EDITIONS:
        v = verdicts(candidate, edition)
        for n in LEVELS:
            has = any(c.level <= n for c in candidate.certificates or ())
            assert has == (v[n] is Verdict.held), f"level {n}: {v[n].value}, certificate: {has}"
            lacking = n == 4 and candidate.direction is Direction.data_analysis and not has
            assert lacking == (v[n] is Verdict.not_offered), f"level {n}: {v[n].value}"


# --- 9. qualifying pathways -----------------------------------------------------------


@given_shared(SETTINGS, candidates(), st.sampled_from(["zh", "en"]))
def test_qualifying_pathways_fully_met(candidate: Candidate, lang: str) -> None:
    """Every condition of a qualifying pathway in the JSON has status met."""
    for edition in EDITIONS:
        out = run(candidate, edition).to_dict(lang)  # type: ignore[arg-type]
        for lv in out["levels"]:
            pathways = {p["id"]: p for p in lv["pathways"]}
            for pid in lv["qualifying_pathways"]:
                assert pid in pathways, f"level {lv['level']}: qualifying {pid} not listed"
                assert "met" == pathways[pid]["status"]
                for cond in pathways[pid]["conditions"]:
                    assert "met" == cond["status"], f"{pid}: {cond['kind']} is {cond['status']}"


# --- the strategies themselves --------------------------------------------------------------


@given_shared(SETTINGS, candidates())
def test_generated_candidates_are_valid_on_the_date(candidate: Candidate) -> None:
    """Every generated candidate is accepted on AS_OF: no date after it, no more years since
    a certificate or title than the time since its date (by the strategies' own bound)."""
    items: list[Certificate | Title] = [*(candidate.certificates or ()), *(candidate.titles or ())]
    for item in items:
        if item.date is not None:
            assert EARLIEST <= item.date <= AS_OF
            if item.years_after is not None:
                assert item.years_after * 12 <= months_lower_bound(item.date, AS_OF) + 1e-9
    for period in candidate.work_history:
        assert period.start <= AS_OF
    for edition in EDITIONS:
        run(candidate, edition)  # raises InputError if the candidate contradicts itself


def test_months_lower_bound_never_exceeds_the_month_count() -> None:
    """The strategies' bound on months, checked at month ends where it matters."""
    # 2024-01-31 → 2024-02-29 is one complete month (the month's last day completes it);
    # the naive bound says 0, which is on the safe side. 2022-06-15 → 2024-06-15 is 24.
    assert 0 == months_lower_bound(date(2024, 1, 31), date(2024, 2, 29))
    assert 24 == months_lower_bound(date(2022, 6, 15), date(2024, 6, 15))
    assert 23 == months_lower_bound(date(2022, 6, 15), date(2024, 6, 14))
    assert date(2024, 2, 29) == add_months(date(2024, 1, 31), 1)
    assert math.isclose(2.0, years_after_cap(5.0, (), date(2024, 11, 27)) or 0.0)
