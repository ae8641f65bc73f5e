"""Each condition kind is one unit that reads only the facts it declares (issue #10).

A memo keyed on the declared facts of a unit is keyed on its whole input
only if the unit reads nothing else. These tests run every unit of both
editions on generated candidates with a facts object that records every
attribute read, and compare the reads with the declaration. They also check
that the units, the ruleset schema and the catalogue name the same kinds.
"""

from __future__ import annotations

import typing
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, find, settings
from hypothesis.errors import NoSuchExample

from mediaops.engine.conditions import UNITS, need_msg, unit_of
from mediaops.engine.facts import Facts, prepare
from mediaops.engine.outcome import Closer, Need
from mediaops.errors import InputError
from mediaops.models import Candidate
from mediaops.rules import EDITIONS, ConditionKind, load_edition, load_ruleset
from shared_examples import given_shared
from strategies import AS_OF, TEST_RULESETS, candidates

RULESETS = [load_edition(e) for e in EDITIONS] + [load_ruleset(p) for p in TEST_RULESETS]
#: Attributes of Facts that are computed from others: reading one reads these.
DERIVED = {"highest_certificate": ("certificate_levels",)}


class RecordingFacts:
    """Facts that remember which of their attributes were read."""

    def __init__(self, facts: Facts) -> None:
        object.__setattr__(self, "_facts", facts)
        object.__setattr__(self, "reads", set())

    def __getattr__(self, name: str) -> Any:
        facts = object.__getattribute__(self, "_facts")
        reads: set[str] = object.__getattribute__(self, "reads")
        derived = getattr(type(facts), name, None)
        if isinstance(derived, property):
            reads.update(DERIVED[name])
            return derived.fget(facts)  # type: ignore[misc]
        reads.add(name)
        return getattr(facts, name)


def _facts(candidate: Candidate) -> Facts | None:
    try:
        return prepare(candidate, AS_OF)
    except InputError:
        return None


class TestDeclaredReads:
    """A unit's outcome depends on the facts it declares and on nothing else."""

    @given_shared(
        settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]),
        candidates(),
    )
    def test_every_unit_reads_only_what_it_declares(self, candidate: Candidate) -> None:
        """Over generated candidates, every condition of every ruleset (both editions, the test
        rulesets) reads a subset of its unit's `reads`."""
        facts = _facts(candidate)
        if facts is None:
            return
        for ruleset in RULESETS:
            for cond in ruleset.conditions():
                unit = unit_of(cond)
                recording = RecordingFacts(facts)
                outcome = unit.outcome(cond, recording)  # type: ignore[arg-type]
                undeclared = recording.reads - set(unit.reads)
                assert set() == undeclared, f"{cond.kind} read {undeclared}"
                if outcome.closer is Closer.action:  # the one action is training: of which level
                    assert unit.training(cond) is not None, cond.kind

    @pytest.mark.parametrize("kind", sorted(UNITS))
    def test_generated_candidates_reach_every_outcome_of_a_kind(self, kind: str) -> None:
        """Some generated candidate meets each kind, some fails it and some leaves it unknown
        (a unit reading no fact: its one outcome), in a ruleset the tests run: the checks of
        reads and wording here, and the differential test, see only the outcomes that
        `tests/strategies.py` reaches, and a fact it never gives leaves a kind unknown."""
        unit = UNITS[kind]
        conditions = [c for r in RULESETS for c in r.conditions() if c.kind == kind]
        wanted = ("met", "unmet", "unknown") if unit.reads else ("unknown",)
        quick = settings(
            max_examples=3000, database=None, derandomize=True, phases=[Phase.generate]
        )
        for status in wanted:

            def reaches(candidate: Candidate, status: str = status) -> bool:
                facts = _facts(candidate)
                return facts is not None and any(
                    unit.outcome(c, facts).status.value == status for c in conditions
                )

            try:
                find(candidates(), reaches, settings=quick)
            except NoSuchExample:
                pytest.fail(
                    f"no generated candidate leaves {kind} {status}: give its facts in "
                    "candidates() (tests/strategies.py)"
                )

    def test_a_unit_that_reads_more_than_it_declares_is_caught(self) -> None:
        """The recording facts see a read outside the declaration (the check above can fail)."""
        facts = prepare(Candidate(experience=3.0, trainings=(4,)), date(2026, 11, 27))
        recording = RecordingFacts(facts)
        _ = recording.experience
        _ = recording.highest_certificate
        assert {"experience", "certificate_levels"} == recording.reads


class TestOneUnitPerKind:
    """The ruleset schema, the units and the catalogue know the same kinds."""

    def test_every_kind_of_the_schema_has_a_unit(self) -> None:
        """Each `kind` a ruleset may name has exactly one unit, and no unit is unreachable."""
        kinds = set(typing.get_args(ConditionKind))
        assert kinds == set(UNITS)

    def test_every_kind_is_used_by_a_ruleset_the_tests_run(self) -> None:
        """Each kind appears in a built-in edition or a test ruleset (tests/cases/rulesets/), so
        that the checks of reads and wording here, the differential test and the cases all
        reach it: a kind no ruleset uses would be checked by none of them. A kind that reads
        facts appears where it decides (a pathway, a blocking general condition), which some
        case must then reach (`tests/test_cases.py`): a note decides nothing a case can check."""
        used = {c.kind for r in RULESETS for c in r.conditions()}
        assert set(UNITS) == used, f"add a pathway using {set(UNITS) - used} to a test ruleset"
        deciding = {
            c.kind
            for r in RULESETS
            for c in [
                *(g.condition for g in r.general if g.blocking),
                *(c for _, p in r.pathways() for c in p.conditions),
            ]
        }
        reading = {kind for kind, unit in UNITS.items() if unit.reads}
        assert set() == reading - deciding, "add a pathway using it to a test ruleset"

    def test_rules_validation_knows_the_kinds_that_ask_for_a_certificate(self) -> None:
        """`rules validate` refuses a pathway asking for a certificate of its own level or
        higher (never met) among the kinds it lists; they are the kinds whose unit says which
        certificate it asks for (a new such kind is checked there too)."""
        from mediaops.engine.conditions import Unit
        from mediaops.rules import _CERTIFICATE_KINDS

        asking = {
            kind
            for kind, unit in UNITS.items()
            if type(unit).certificate_level is not Unit.certificate_level
        }
        assert asking == set(_CERTIFICATE_KINDS)

    def test_each_unit_declares_facts_that_exist(self) -> None:
        """A unit declares only attributes of Facts."""
        fields = set(Facts.__dataclass_fields__)
        for unit in UNITS.values():
            assert set(unit.reads) <= fields, unit.kind

    @given_shared(
        settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]),
        candidates(),
    )
    def test_every_condition_is_worded_in_both_languages(self, candidate: Candidate) -> None:
        """What a condition requires and what it lacks have words in zh and en for any outcome,
        in every ruleset (each candidate meets every one, the test rulesets too)."""
        facts = _facts(candidate)
        if facts is None:
            return
        for cond in (c for ruleset in RULESETS for c in ruleset.conditions()):
            unit = unit_of(cond)
            outcome = unit.outcome(cond, facts)
            for lang in ("zh", "en"):
                assert unit.requirement(cond).format(lang)
                shortfall = unit.shortfall(cond, outcome)
                if outcome.status.value != "met" and cond.kind != "advisory":
                    assert shortfall is not None
                    assert shortfall.format(lang)


@pytest.mark.parametrize(
    ("need", "zh", "en"),
    [
        (
            Need.of("major", education=None),
            "请提供所学专业与本职业的相关性",
            "give how the major of your diploma relates to the occupation",
        ),
        (
            Need.of("major", education="associate"),
            "请提供大专/高职所学专业与本职业的相关性",
            "give how the major of your associate degree (college) relates to the occupation",
        ),
        (
            Need.of("graduating", education=None),
            "请说明毕业证书是否已经取得(还是在读)",
            "say whether you have received your diploma (or are still studying)",
        ),
    ],
)
def test_a_fact_about_a_diploma_of_no_known_type_reads_whole(need: Need, zh: str, en: str) -> None:
    """A fact to give about a diploma whose type is not known names "your diploma" (it read
    "your  relates" in English, the type left blank)."""
    assert (zh, en) == (need_msg(need).format("zh"), need_msg(need).format("en"))
