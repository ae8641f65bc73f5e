"""The readings of missing facts (``mediaops.report.relevance``) cover every fact.

Which facts could change a verdict is found by giving each missing fact a few values
(:func:`~mediaops.report.relevance.readings`) on top of the facts as given
(:func:`~mediaops.report.relevance.what_if`). A fact with no readings is listed whether
or not it matters, and a fact that :class:`~mediaops.report.relevance.Given` does not
carry is forgotten whenever another is tried, or never takes effect when it is tried
itself: none of these shows in any verdict, so these
tests name the piece to add (CONTRIBUTING.md, "Adding a kind of condition").
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from mediaops.engine.facts import Bound, Facts, prepare, prepare_facts
from mediaops.engine.outcome import Need
from mediaops.engine.series import History
from mediaops.errors import InputError
from mediaops.messages import CATALOGUE
from mediaops.models import Candidate, Certificate
from mediaops.report.relevance import Scope, given_facts, readings, what_if
from shared_examples import given_shared
from strategies import AS_OF, candidates, facts_with_experience

#: Every fact the engine may ask for (``fact.…``; ``…_any`` is the same fact's words for a
#: diploma of no known type).
ASKED = sorted(
    key.removeprefix("fact.")
    for key in CATALOGUE
    if key.startswith("fact.") and not key.endswith("_any")
)
#: What a fact about one diploma, certificate or title names it by.
PARAMS = {"education": "associate", "level": 4, "title": 1}
#: A level that names 1 year and asks for training for 四级.
SCOPE = Scope((1.0,), (frozenset(), frozenset({4})))
#: The facts a reading of each fact may change (the months since a certificate or title
#: follow from the experience).
CHANGES = {
    "experience": {
        "experience",
        "work",
        "experience_floor",
        "experience_bound",
        "certificates",
        "titles",
    },
    "training": {"trainings"},
}


@pytest.mark.parametrize("fact", ASKED)
def test_every_fact_asked_for_has_readings(fact: str) -> None:
    """Each fact the catalogue asks for (`fact.…`) has values to try in `_fills`
    (src/mediaops/report/relevance.py): without them it is listed as missing whether or not
    it could change a verdict."""
    params = {k: v for k, v in PARAMS.items() if "{" + k + "}" in CATALOGUE[f"fact.{fact}"][1]}
    found = readings(Need.of(fact, **params), SCOPE)
    assert found, f"give fact {fact!r} its readings in _fills (src/mediaops/report/relevance.py)"


@given_shared(
    settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow]),
    candidates(),
)
def test_a_reading_keeps_every_other_fact(candidate: Candidate) -> None:
    """Trying values of one fact leaves every other attribute of `Facts` as it was: each is
    carried by `Given`, `given_facts` and both branches of `what_if`."""
    try:
        facts = prepare(candidate, AS_OF)
    except InputError:
        return
    base = given_facts(facts)
    for fact, changed in CHANGES.items():
        for reading in readings(Need.of(fact), SCOPE):
            try:
                tried = what_if(facts, base, [reading])
            except (InputError, ValueError):
                continue
            kept = [f for f in Facts.__dataclass_fields__ if f not in changed]
            lost = [f for f in kept if getattr(tried, f) != getattr(facts, f)]
            assert [] == lost, (
                f"a reading of {fact!r} changes {lost}: carry them in Given, given_facts and "
                "what_if (src/mediaops/report/relevance.py)"
            )


@given_shared(
    settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow]),
    candidates(),
    st.sampled_from(
        [
            (None, None, False),
            (0.5, None, False),
            (2.0, None, False),
            (7.0, None, False),
            (0.0, 1.0, False),
            (2.0, 3.5, False),
            (0.0, 2.0, True),  # 不到2年
            (2.0, 3.0, True),  # 2年多
        ]
    ),
    st.sampled_from([None, Bound(5.0), Bound(1.0, 3.0), Bound(0.0, 2.0, True)]),
)
def test_a_reading_gives_the_facts_as_if_given(
    candidate: Candidate, bound: tuple[float | None, float | None, bool], after: Bound | None
) -> None:
    """Each reading of each fact gives the facts that preparing the facts so given would: what
    it fills in takes effect, the shortcut `what_if` takes where only the diplomas or the
    training change included. So too with the experience known only to be at least some
    years (a sheet's 3年以上), or at most (1年以内, 2-3.5年) or fewer (不到2年, 2年多), where it
    is not given; and with the years since the first certificate known only as a bound
    (``after``: 取证后年限 5年以上, 1-3年, 不到2年)."""
    at_least, at_most, excluded = bound
    certs = candidate.certificates
    bounds: dict[int, Bound] = {}
    if after is not None and certs:
        certs = (certs[0].model_copy(update={"years_after": None}), *certs[1:])
        bounds = {0: after}
    try:
        facts = prepare(candidate.model_copy(update={"certificates": certs}), AS_OF)
        if bounds or (at_least is not None and facts.experience is None):
            facts = facts_with_experience(
                candidate.model_copy(update={"certificates": certs}),
                **(
                    {"experience": candidate.experience, "work_history": candidate.work_history}
                    if at_least is None or facts.experience is not None
                    else {
                        "experience_at_least": at_least,
                        "experience_at_most": at_most,
                        "experience_most_excluded": excluded,
                    }
                ),
                years_after_bounds=bounds,
            )
    except InputError:
        return
    base = given_facts(facts)
    for fact in ASKED:
        params = {k: v for k, v in PARAMS.items() if "{" + k + "}" in CATALOGUE[f"fact.{fact}"][1]}
        for reading in readings(Need.of(fact, **params), SCOPE):
            filled = reading.fill(base)._asdict()
            del filled["as_of"]
            filled["work_history"] = filled.pop("work")
            said = filled.pop("experience_said")
            if said is not None:  # the bound as said, as prepare_facts takes it
                filled.update(
                    experience_at_least=said.fewest,
                    experience_at_most=said.most,
                    experience_most_excluded=said.below,
                )
            try:
                expected = prepare_facts(AS_OF, direction=facts.direction, **filled)
            except (InputError, ValueError):
                continue
            tried = what_if(facts, base, [reading])
            differ = [
                f for f in Facts.__dataclass_fields__ if getattr(tried, f) != getattr(expected, f)
            ]
            assert [] == differ, (
                f"a reading of {fact!r} gives other {differ} than the facts so given: pass them "
                "on in both branches of what_if (src/mediaops/report/relevance.py)"
            )


def test_a_work_history_of_no_day_yet_is_given_as_one() -> None:
    """A work period begun on the evaluation date holds no day yet: its facts keep it a
    history (of 0 months), which a reading gives back as such, not as 0 years typed."""
    candidate = Candidate.model_validate({"work_history": [{"start": AS_OF.isoformat()}]})
    facts = prepare(candidate, AS_OF)
    base = given_facts(facts)
    assert base.experience is None
    assert base.work
    for reading in readings(Need.of("certificate_date", level=4), SCOPE):
        assert isinstance(what_if(facts, base, [reading]).experience, History)


def test_a_title_tried_keeps_the_bound_after_a_certificate() -> None:
    """A title tried as held (the titles not known) leaves the certificates as given, and
    the bound of the years since one of them with them: a 三级 of 2015 with fewer than 1
    year of work since it (取证后年限 不到1年) beside 10 years in all. Dropped, those years
    became the continuous work since its date (10 years) in every reading of a title."""
    facts = prepare_facts(
        AS_OF,
        experience=10.0,
        certificates=[Certificate(level=3, date=date(2015, 1, 1))],
        years_after_bounds={0: Bound(0.0, 1.0, below=True)},
    )
    base = given_facts(facts)
    tried = readings(Need.of("titles"), SCOPE)
    assert tried
    for reading in tried:
        held = what_if(facts, base, [reading]).certificates
        assert held is not None
        assert held[0].months is not None
        assert held[0].months < 12


def test_a_bound_said_is_the_copys_own() -> None:
    """``with_experience_said`` gives a copy: the candidate it is called on keeps its own years
    and bound (clearing a bound cleared it on the original too)."""
    from mediaops import values

    bound = values.years_bound("三年多")
    assert bound is not None
    plain = Candidate.model_validate({"education": "high_school", "experience": 2})
    said = plain.with_experience_said(bound)
    assert (None, bound) == (said.experience, said.experience_said)
    assert (2, None) == (plain.experience, plain.experience_said)
    cleared = said.with_experience_said(None)
    assert cleared.experience_said is None
    assert bound == said.experience_said
