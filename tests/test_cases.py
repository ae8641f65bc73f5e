"""Scenario tables: every ``[[case]]`` of ``tests/cases/*.toml``, run through the engine.

The expected values in the tables are worked out by hand from SPEC §1 and the
product's decided semantics, never copied from the engine's output.

A case is either

* ``[case.expect]``: ``levels`` (all four, always) and optionally
  ``qualifying``, ``highest_eligible`` (0 = none), ``missing_facts`` (an exact
  set of fact ids), ``closest``, ``reachable_on`` and ``blocked_by``, keyed by
  level; in ``closest`` and ``reachable_on`` the string ``"none"`` means that
  the engine must give no value; or
* ``error = "<field>"``: building the candidate or evaluating it must raise
  :class:`~mediaops.models.InputError` or :class:`pydantic.ValidationError`.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from mediaops.errors import InputError
from mediaops.models import Candidate
from mediaops.report import Report, evaluate
from mediaops.rules import load_ruleset

CASES_DIR = Path(__file__).parent / "cases"
LEVELS = (4, 3, 2, 1)
#: Written in ``closest`` / ``reachable_on`` for "the engine gives no value".
NONE = "none"
EXPECT_KEYS = frozenset(
    {
        "levels",
        "qualifying",
        "highest_eligible",
        "missing_facts",
        "closest",
        "reachable_on",
        "blocked_by",
    }
)
CASE_KEYS = frozenset({"name", "edition", "as_of", "candidate", "expect", "error"})
STATUSES = frozenset({"eligible", "not_eligible", "undetermined", "held", "not_offered"})


def _load_cases() -> list[Any]:
    """Every case of every table, as pytest params with the case name as id."""
    params: list[Any] = []
    seen: dict[str, Path] = {}
    for path in sorted(CASES_DIR.glob("*.toml")):
        with path.open("rb") as f:
            table = tomllib.load(f)
        for case in table.get("case", []):
            name = case["name"]
            if name in seen:
                raise ValueError(f"duplicate case name {name!r} in {path} and {seen[name]}")
            seen[name] = path
            params.append(pytest.param(case, id=name))
    return params


def _by_level(mapping: Mapping[str, Any]) -> dict[int, Any]:
    """A table keyed by level (TOML keys are strings) keyed by int instead."""
    return {int(key): value for key, value in mapping.items()}


def _none(value: Any) -> Any:
    return None if value == NONE else value


def _check_shape(case: Mapping[str, Any]) -> None:
    """Fail loudly on a malformed case rather than silently checking less."""
    assert set(case) <= CASE_KEYS, f"unknown case keys: {set(case) - CASE_KEYS}"
    assert isinstance(case["as_of"], date), "as_of must be a TOML date"
    assert ("expect" in case) != ("error" in case), "a case has exactly one of expect / error"
    if "error" in case:
        assert isinstance(case["error"], str), "error names the field"
        assert case["error"], "error names the field"
        return
    expect = case["expect"]
    assert set(expect) <= EXPECT_KEYS, f"unknown expect keys: {set(expect) - EXPECT_KEYS}"
    levels = _by_level(expect["levels"])
    assert sorted(levels) == sorted(LEVELS), "expect.levels must list all four levels"
    assert set(levels.values()) <= STATUSES, f"unknown status in {levels}"


def _evaluate(case: Mapping[str, Any]) -> Report:
    candidate = Candidate.model_validate(case["candidate"])
    ruleset = load_ruleset(edition=case.get("edition", "summary"))
    return evaluate(candidate, ruleset, as_of=case["as_of"])


def _actual(report: Report, expect: Mapping[str, Any]) -> dict[str, Any]:
    """The report's values for exactly the keys the case names."""
    out: dict[str, Any] = {
        "levels": {lv: report.level(lv).status.value for lv in LEVELS},
    }
    if "qualifying" in expect:
        out["qualifying"] = {
            lv: list(report.level(lv).qualifying_pathways) for lv in _by_level(expect["qualifying"])
        }
    if "highest_eligible" in expect:
        out["highest_eligible"] = report.highest_eligible
    if "missing_facts" in expect:
        out["missing_facts"] = {m.need.id for m in report.missing_facts}
    if "closest" in expect:
        out["closest"] = {lv: report.level(lv).closest for lv in _by_level(expect["closest"])}
    if "reachable_on" in expect:
        out["reachable_on"] = {
            lv: report.level(lv).reachable_on for lv in _by_level(expect["reachable_on"])
        }
    if "blocked_by" in expect:
        out["blocked_by"] = {
            lv: list(report.level(lv).blocked_by) for lv in _by_level(expect["blocked_by"])
        }
    return out


def _expected(expect: Mapping[str, Any]) -> dict[str, Any]:
    """The case's expectations in the shape of :func:`_actual`."""
    out: dict[str, Any] = {"levels": _by_level(expect["levels"])}
    if "qualifying" in expect:
        out["qualifying"] = {lv: list(ids) for lv, ids in _by_level(expect["qualifying"]).items()}
    if "highest_eligible" in expect:
        out["highest_eligible"] = expect["highest_eligible"] or None
    if "missing_facts" in expect:
        out["missing_facts"] = set(expect["missing_facts"])
    if "closest" in expect:
        out["closest"] = {lv: _none(v) for lv, v in _by_level(expect["closest"]).items()}
    if "reachable_on" in expect:
        out["reachable_on"] = {lv: _none(v) for lv, v in _by_level(expect["reachable_on"]).items()}
    if "blocked_by" in expect:
        out["blocked_by"] = {lv: list(ids) for lv, ids in _by_level(expect["blocked_by"]).items()}
    return out


@pytest.mark.parametrize("case", _load_cases())
def test_case(case: dict[str, Any]) -> None:
    """The engine's verdict for the case matches the one worked out by hand from SPEC §1."""
    _check_shape(case)
    if "error" in case:
        with pytest.raises((InputError, ValidationError)):
            _evaluate(case)
        return
    report = _evaluate(case)
    assert _expected(case["expect"]) == _actual(report, case["expect"])
