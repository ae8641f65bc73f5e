"""Property tests of the engine: monotonicity, settledness and the JSON contract (SPEC §1, §2).

"Monotone" here means: giving the candidate *more* (more experience, another
certificate, a higher diploma, a more relevant major) or turning an unknown
fact into a known one never takes away a level they were eligible for. A
level may move from eligible to ``held`` only when a certificate is added.
"""

from __future__ import annotations

import json
import math
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from mediaops.engine import evaluate
from mediaops.models import EDUCATION_BELOW, Candidate, Education, Major
from mediaops.report import Report, Verdict
from mediaops.rules import load_ruleset
from strategies import (
    AS_OF,
    EARLIEST,
    add_months,
    candidates,
    certificate,
    months_lower_bound,
    past_dates,
    work_periods,
    years,
    years_after_cap,
)

RULES = load_ruleset()
LEVELS = (4, 3, 2, 1)
STATUSES = {v.value for v in Verdict}
#: Relevance of a major, least to most.
MAJOR_RANK = {Major.unrelated: 0, Major.related: 1, Major.same: 2}

SETTINGS = settings(
    max_examples=250,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


def run(candidate: Candidate, as_of: date = AS_OF) -> Report:
    """Evaluate with the built-in ruleset."""
    return evaluate(candidate, RULES, as_of=as_of)


def verdicts(candidate: Candidate) -> dict[int, Verdict]:
    """The verdict of every level."""
    report = run(candidate)
    return {n: report.level(n).status for n in LEVELS}


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


def held_levels(v: dict[int, Verdict]) -> set[int]:
    """The levels reported as held."""
    return {n for n in LEVELS if v[n] is Verdict.held}


# --- 1. more experience ---------------------------------------------------------


@SETTINGS
@given(candidates(), st.data())
def test_more_experience_keeps_eligible(candidate: Candidate, data: st.DataObject) -> None:
    """More experience (more years, or another work period) never takes away an eligible level."""
    if candidate.work_history:
        more = variant(candidate, work_history=(*candidate.work_history, data.draw(work_periods())))
    else:
        assume(candidate.experience is not None)
        assert candidate.experience is not None
        extra = data.draw(st.floats(0.01, 20, allow_nan=False).map(lambda y: round(y, 2)))
        more = variant(candidate, experience=min(80.0, candidate.experience + extra))
        assume(more.experience != candidate.experience)
    before, after = verdicts(candidate), verdicts(more)
    assert_eligible_kept(before, after)
    assert held_levels(after) == held_levels(before), "experience cannot change what is held"


# --- 2. another certificate ------------------------------------------------------


@SETTINGS
@given(candidates(), st.data())
def test_new_certificate_keeps_eligible_or_holds(candidate: Candidate, data: st.DataObject) -> None:
    """A certificate of a level not yet held turns an eligible level into eligible or held."""
    free = [n for n in LEVELS if n not in {c.level for c in candidate.certificates}]
    assume(free)
    level = data.draw(st.sampled_from(free))
    cert = data.draw(certificate(level, candidate.experience, candidate.work_history))
    more = variant(candidate, certificates=(*candidate.certificates, cert))
    before, after = verdicts(candidate), verdicts(more)
    assert_eligible_kept(before, after, frozenset({Verdict.eligible, Verdict.held}))
    assert held_levels(before) <= held_levels(after)


# --- 3. a higher diploma -----------------------------------------------------------


@SETTINGS
@given(candidates(), st.data())
def test_higher_diploma_keeps_eligible(candidate: Candidate, data: st.DataObject) -> None:
    """A higher diploma on the same track (e -> e2 with e below e2) never takes away an
    eligible level."""
    if candidate.education is None:
        candidate = variant(candidate, education=data.draw(st.sampled_from(Education)))
    higher = [e2 for e2 in Education if candidate.education in EDUCATION_BELOW[e2]]
    assume(higher)
    better = variant(candidate, education=data.draw(st.sampled_from(higher)))
    assert_eligible_kept(verdicts(candidate), verdicts(better))


# --- 4. a more relevant major ----------------------------------------------------


@SETTINGS
@given(candidates(), st.data())
def test_more_relevant_major_keeps_eligible(candidate: Candidate, data: st.DataObject) -> None:
    """A more relevant major (unrelated -> related -> same, unknown -> any) never takes away
    an eligible level."""
    now = candidate.major
    options = [m for m in Major if now is None or MAJOR_RANK[m] > MAJOR_RANK[now]]
    assume(options)
    better = variant(candidate, major=data.draw(st.sampled_from(options)))
    assert_eligible_kept(verdicts(candidate), verdicts(better))


# --- 5. unknown -> known -----------------------------------------------------------


#: The facts that can be unknown (SPEC §1).
UNKNOWN_FACTS = ("certificate", "education", "experience", "major")

#: Four variants each: a more modest number of examples.
FACT_SETTINGS = settings(SETTINGS, max_examples=150)


@st.composite
def with_fact_unknown(draw: st.DrawFn, fact: str) -> Candidate | None:
    """A candidate for whom ``fact`` is unknown: any candidate, with that fact forgotten
    (None if there is nothing to forget: no certificate)."""
    c = draw(candidates())
    if fact == "education":
        return variant(c, education=None)
    if fact == "major":
        return variant(c, major=None)
    if fact == "experience":
        return variant(c, experience=None, work_history=())
    if not c.certificates:
        return None
    i = draw(st.integers(0, len(c.certificates) - 1))
    certs = list(c.certificates)
    certs[i] = certs[i].model_copy(update={"date": None, "years_after": None})
    return variant(c, certificates=tuple(certs))


@st.composite
def with_fact_given(draw: st.DrawFn, candidate: Candidate, fact: str) -> Candidate | None:
    """``candidate`` with the unknown ``fact`` given a valid value (None if it is known).

    The facts that can be unknown are: education, major, experience (when there
    is no work history to compute it from), and a certificate's date and years
    since it when neither is given (a date with years given, too). A
    certificate with a date but no years is *not* unknown: its years are
    derived (SPEC §1), and giving them replaces an assumption, not an unknown.
    """
    c = candidate
    if fact == "education":
        return (
            None
            if c.education is not None
            else variant(c, education=draw(st.sampled_from(Education)))
        )
    if fact == "major":
        return None if c.major is not None else variant(c, major=draw(st.sampled_from(Major)))
    if fact == "experience":
        if c.experience is not None or c.work_history:
            return None
        if any(cert.date is not None and cert.years_after is None for cert in c.certificates):
            # Its years since are derived on the continuous-work assumption, capped by
            # the experience only once that is known (SPEC §1): giving the experience
            # replaces an assumption and may rightly lower them, so it is not this property.
            return None
        floor = max((cert.years_after or 0.0 for cert in c.certificates), default=0.0)
        return variant(c, experience=min(80.0, floor + draw(years(40.0))))
    undated = [i for i, cert in enumerate(c.certificates) if cert.date is None]
    if not undated:
        return None
    i = draw(st.sampled_from(undated))
    cert = c.certificates[i]
    if cert.years_after is not None:
        # give the date: early enough for the years already given
        latest = add_months(AS_OF, -math.ceil(cert.years_after * 12) - 1)
        if latest < EARLIEST:
            return None
        when = draw(past_dates(latest, EARLIEST))
        assert months_lower_bound(when, AS_OF) >= cert.years_after * 12
        new = cert.model_copy(update={"date": when})
    else:
        when = draw(st.none() | past_dates())
        cap = years_after_cap(c.experience, c.work_history, when)
        keep_derived = when is not None and draw(st.booleans())
        after = None if keep_derived else draw(years(40.0 if cap is None else cap))
        new = cert.model_copy(update={"date": when, "years_after": after})
        if new == cert:
            return None
    certs = list(c.certificates)
    certs[i] = new
    return variant(c, certificates=tuple(certs))


def draw_before_and_after(fact: str, data: st.DataObject) -> tuple[Candidate, Candidate]:
    """A candidate with ``fact`` unknown, and the same candidate with it given."""
    candidate = data.draw(with_fact_unknown(fact), label="candidate")
    assume(candidate is not None)
    assert candidate is not None
    known = data.draw(with_fact_given(candidate, fact), label="with the fact given")
    assume(known is not None)
    assert known is not None
    return candidate, known


@pytest.mark.parametrize("fact", UNKNOWN_FACTS)
@FACT_SETTINGS
@given(data=st.data())
def test_known_fact_keeps_eligible(fact: str, data: st.DataObject) -> None:
    """Giving an unknown fact never takes away an eligible level: eligible is settled."""
    candidate, known = draw_before_and_after(fact, data)
    # held depends only on the certificate levels, which this never changes: in
    # practice the only allowed outcome is eligible.
    assert_eligible_kept(
        verdicts(candidate), verdicts(known), frozenset({Verdict.eligible, Verdict.held})
    )


def test_giving_the_experience_caps_years_derived_from_a_date() -> None:
    """With the experience unknown, a dated certificate counts continuous work; given, it caps them."""
    # Experience unknown, a level-3 certificate from 2020-01-01: SPEC §1 derives the
    # years since on the assumption of continuous work since the date — 82 months
    # to 2026-11-27, ≥ 48, so level 2 is eligible; with 1 year of experience in
    # total the years since are capped at 1, and level 2 is not eligible.
    candidate = Candidate(
        education=Education.bachelor, certificates=[{"level": 3, "date": date(2020, 1, 1)}]
    )
    assert Verdict.eligible == verdicts(candidate)[2]
    assert Verdict.not_eligible == verdicts(variant(candidate, experience=1.0))[2]


@pytest.mark.parametrize("fact", UNKNOWN_FACTS)
@FACT_SETTINGS
@given(data=st.data())
def test_known_fact_keeps_not_eligible(fact: str, data: st.DataObject) -> None:
    """Giving an unknown fact never makes a not-eligible level eligible or undetermined:
    not eligible is settled too."""
    candidate, known = draw_before_and_after(fact, data)
    before, after = verdicts(candidate), verdicts(known)
    for n in LEVELS:
        if before[n] is Verdict.not_eligible:
            assert after[n] is Verdict.not_eligible, f"level {n}: not_eligible -> {after[n].value}"


# --- 6. the JSON contract ----------------------------------------------------------


@SETTINGS
@given(candidates(), st.sampled_from(["zh", "en"]))
def test_json_shape(candidate: Candidate, lang: str) -> None:
    """The JSON lists levels 4, 3, 2, 1 with valid statuses, and its summary fields agree
    with them."""
    out = run(candidate).to_dict(lang)  # type: ignore[arg-type]
    json.dumps(out, ensure_ascii=False)  # serialisable as it stands
    levels = out["levels"]
    assert [lv["level"] for lv in levels] == list(LEVELS)
    for lv in levels:
        assert lv["status"] in STATUSES
        assert bool(lv["qualifying_pathways"]) == (lv["status"] == "eligible")
    eligible = [lv["level"] for lv in levels if lv["status"] == "eligible"]
    assert out["eligible_levels"] == eligible
    assert out["highest_eligible"] == (min(eligible) if eligible else None)


# --- 7. determinism ------------------------------------------------------------------


@SETTINGS
@given(candidates())
def test_deterministic(candidate: Candidate) -> None:
    """The same candidate evaluated twice gives the same JSON in both languages."""
    first, second = run(candidate), run(candidate)
    for lang in ("zh", "en"):
        assert first.to_dict(lang) == second.to_dict(lang)


# --- 8. held ------------------------------------------------------------------------


@SETTINGS
@given(candidates())
def test_held_iff_certificate_at_or_above(candidate: Candidate) -> None:
    """A level is held exactly when a certificate of that level or higher is held."""
    v = verdicts(candidate)
    for n in LEVELS:
        has = any(c.level <= n for c in candidate.certificates)
        assert (v[n] is Verdict.held) == has, f"level {n}: {v[n].value}, certificate: {has}"


# --- 9. qualifying pathways -----------------------------------------------------------


@SETTINGS
@given(candidates(), st.sampled_from(["zh", "en"]))
def test_qualifying_pathways_fully_met(candidate: Candidate, lang: str) -> None:
    """Every condition of a qualifying pathway in the JSON has status met."""
    out = run(candidate).to_dict(lang)  # type: ignore[arg-type]
    for lv in out["levels"]:
        pathways = {p["id"]: p for p in lv["pathways"]}
        for pid in lv["qualifying_pathways"]:
            assert pid in pathways, f"level {lv['level']}: qualifying {pid} not listed"
            assert pathways[pid]["status"] == "met"
            for cond in pathways[pid]["conditions"]:
                assert cond["status"] == "met", f"{pid}: {cond['kind']} is {cond['status']}"
