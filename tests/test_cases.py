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

``unknown = ["trainings", …]`` names facts given as not known (TOML has no null): null in
the candidate document and in a JSON Lines row, 不清楚 in a sheet's cell.

A case is judged by a built-in ``edition`` (``summary`` unless it says), or by a test
ruleset ``rules`` (a path under ``tests/cases/``, e.g. for a kind of condition that no
edition uses yet).
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
from mediaops.rules import EDITIONS, load_ruleset
from strategies import TEST_RULESETS

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
CASE_KEYS = frozenset(
    {"name", "edition", "rules", "as_of", "candidate", "unknown", "expect", "error"}
)
#: The facts a case may give as not known, and the sheet column that says so.
UNKNOWN_COLUMNS = {
    "education": "education",
    "major": "major",
    "graduating": "graduating",
    "experience": "experience",
    "trainings": "training",
    "certificates": "certs",
    "titles": "titles",
}
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
    assert not ("edition" in case and "rules" in case), "a case has an edition or rules, not both"
    assert set(case.get("unknown", [])) <= set(UNKNOWN_COLUMNS), "unknown names facts"
    assert not set(case.get("unknown", [])) & set(case["candidate"]), "unknown or given, not both"
    if "error" in case:
        assert isinstance(case["error"], str), "error names the field"
        assert case["error"], "error names the field"
        return
    expect = case["expect"]
    assert set(expect) <= EXPECT_KEYS, f"unknown expect keys: {set(expect) - EXPECT_KEYS}"
    levels = _by_level(expect["levels"])
    assert sorted(levels) == sorted(LEVELS), "expect.levels must list all four levels"
    assert set(levels.values()) <= STATUSES, f"unknown status in {levels}"


def _rules_args(case: Mapping[str, Any]) -> tuple[str, str]:
    """The option that picks the case's rules: ``--rules PATH`` or ``--edition ID``."""
    if "rules" in case:
        return "--rules", str(CASES_DIR / case["rules"])
    return "--edition", case.get("edition", "summary")


def _document(case: Mapping[str, Any]) -> dict[str, Any]:
    """The case's candidate as a document: its facts, and null for those it gives as unknown."""
    return {**case["candidate"], **dict.fromkeys(case.get("unknown", []))}


def _evaluate(case: Mapping[str, Any]) -> Report:
    candidate = Candidate.model_validate(_document(case))
    option, value = _rules_args(case)
    ruleset = load_ruleset(value) if option == "--rules" else load_ruleset(edition=value)
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


# --- the same cases through `mediaops batch`, to CSV and to JSON Lines ------------------------

import csv  # noqa: E402
import io  # noqa: E402
import json  # noqa: E402

from typer.testing import CliRunner  # noqa: E402

from mediaops.cli import app  # noqa: E402

ALL_CASES = [p.values[0] for p in _load_cases()]
RULES = sorted({_rules_args(c) for c in ALL_CASES})
HEADER = [
    "id",
    "as_of",
    "education",
    "major",
    "graduating",
    "diplomas",
    "experience",
    "work",
    "training",
    "certs",
    "titles",
    "direction",
]


def _cell_date(value: Any) -> str:
    return "" if value is None else value.isoformat() if hasattr(value, "isoformat") else str(value)


def _cells(case: Mapping[str, Any]) -> list[str]:
    """A case's candidate as the cells of one CSV row (the way a clerk's sheet says it)."""
    c = dict(case["candidate"])
    diplomas = list(c.get("diplomas", []))
    typeless = [d for d in diplomas if not d.get("education")]
    if typeless and not any(k in c for k in ("education", "major", "graduating")):
        # a list cell names each diploma by its type: one without is said in the
        # education columns (学历 left empty, 专业相关性, 应届), as a clerk would
        d = typeless[0]
        diplomas.remove(d)
        c.update(major=d.get("major", ""), graduating=d.get("graduating"))
    parts = []
    for d in diplomas:
        bits = [d.get("education") or ""]
        if d.get("major"):
            bits.append(d["major"])
        if d.get("graduating"):
            bits.append("graduating")
        if d.get("school_class"):
            bits.append(d["school_class"])
        if d.get("evaluated") is True:
            bits.append("evaluated")
        if d.get("evaluated") is False:
            bits.append("not-evaluated")
        parts.append(":".join(bits))
    work = ";".join(
        f"{_cell_date(w['start'])}..{_cell_date(w.get('end'))}" for w in c.get("work_history", [])
    )
    certs = []
    for cert in c.get("certificates", []):
        text = str(cert["level"]) + (f":{_cell_date(cert['date'])}" if cert.get("date") else "")
        certs.append(text)
    titles = []
    for t in c.get("titles", []):
        text = t["level"] + (f":{_cell_date(t['date'])}" if t.get("date") else "")
        if t.get("corresponding") is True:
            text += ":corresponding"
        if t.get("corresponding") is False:
            text += ":not-corresponding"
        titles.append(text)
    experience = c.get("experience")
    cells = [
        case["name"][:40],
        _cell_date(case["as_of"]),
        c.get("education", ""),
        c.get("major", ""),
        {True: "是", False: "否"}.get(c.get("graduating"), ""),  # type: ignore[arg-type]
        ";".join(parts),
        ""
        if experience is None
        else repr(float(experience))
        if isinstance(experience, int | float)
        else str(experience),
        work,
        ";".join(str(t) for t in c.get("trainings", [])),
        ";".join(certs),
        ";".join(titles),
        c.get("direction", ""),
    ]
    for fact in case.get("unknown", []):
        cells[HEADER.index(UNKNOWN_COLUMNS[fact])] = "不清楚"
    return cells


def _listable(case: Mapping[str, Any]) -> bool:
    """Cases a list can hold: a key that is not a fact is passed through by `batch`, not refused."""
    from mediaops.models import DOCUMENT_KEYS

    return set(case.get("candidate", {})) <= DOCUMENT_KEYS


def _batchable(case: Mapping[str, Any]) -> bool:
    """Cases a sheet can say: years after a certificate given per certificate need the JSON form."""
    certs = case.get("candidate", {}).get("certificates", [])
    titles = case.get("candidate", {}).get("titles", [])
    return _listable(case) and not any("years_after" in c for c in [*certs, *titles])


def _expected_statuses(case: Mapping[str, Any]) -> tuple[str, ...] | None:
    if "error" in case:
        return None
    levels = _by_level(case["expect"]["levels"])
    return tuple(levels[lv] for lv in LEVELS)


def _run(args: list[str], data: str) -> str:
    result = CliRunner().invoke(app, ["batch", "-", *args, "--lang", "en", "-q"], input=data)
    assert result.exit_code in (0, 1), result.output
    return result.stdout


class TestCasesThroughBatch:
    """Every case table, read from one sheet per edition, gives the verdicts worked out by hand."""

    @pytest.mark.parametrize("rules", RULES, ids=lambda r: r[1].rsplit("/", 1)[-1])
    def test_csv(self, rules: tuple[str, str]) -> None:
        """Through a CSV sheet (cells as a clerk types them) to CSV output, read strictly."""
        cases = [c for c in ALL_CASES if _rules_args(c) == rules and _batchable(c)]
        out = io.StringIO()
        w = csv.writer(out)
        w.writerow(HEADER)
        for case in cases:
            w.writerow(_cells(case))
        # --strict: a cell that cannot be read is an error row, as bad input is for `check`
        args = [*rules, "--input-format", "csv", "--format", "csv", "--strict"]
        text = _run(args, out.getvalue())
        rows = list(csv.DictReader(io.StringIO(text)))
        assert len(cases) == len(rows)
        for case, row in zip(cases, rows, strict=True):
            got = tuple(row[f"level_{lv}"] for lv in LEVELS) if not row["error"] else None
            assert (case["name"], _expected_statuses(case)) == (case["name"], got)

    @pytest.mark.parametrize("rules", RULES, ids=lambda r: r[1].rsplit("/", 1)[-1])
    def test_json_lines(self, rules: tuple[str, str]) -> None:
        """Through JSON Lines (the schema of `check --input`) to JSON Lines output."""
        cases = [c for c in ALL_CASES if _rules_args(c) == rules and _listable(c)]
        lines = []
        for case in cases:
            doc = json.loads(json.dumps(_document(case), default=str))
            doc["as_of"] = case["as_of"].isoformat()
            lines.append(json.dumps(doc, ensure_ascii=False))
        text = _run(
            [*rules, "--input-format", "jsonl", "--format", "jsonl"],
            "\n".join(lines) + "\n",
        )
        rows = [json.loads(line) for line in text.splitlines()]
        assert len(cases) == len(rows)
        for case, row in zip(cases, rows, strict=True):
            got = None if "error" in row else tuple(lv["status"] for lv in row["levels"])
            assert (case["name"], _expected_statuses(case)) == (case["name"], got)


@pytest.mark.parametrize(
    "rules_args",
    sorted(
        {
            *(("--edition", e) for e in EDITIONS),
            *(("--rules", str(path)) for path in TEST_RULESETS),
            *RULES,
        }
    ),
    ids=lambda r: r[1].rsplit("/", 1)[-1],
)
def test_every_clause_is_reached_by_a_case(rules_args: tuple[str, str]) -> None:
    """Each pathway of both editions and of every test ruleset makes its level eligible in at
    least one case, and each blocking general condition blocks a level in at least one."""
    option, value = rules_args
    rules = load_ruleset(value) if option == "--rules" else load_ruleset(edition=value)
    qualifying: set[str] = set()
    blocking: set[str] = set()
    for case in (c for c in ALL_CASES if _rules_args(c) == rules_args):
        expect = case.get("expect", {})
        for ids in expect.get("qualifying", {}).values():
            qualifying.update(ids)
        for ids in expect.get("blocked_by", {}).values():
            blocking.update(ids if isinstance(ids, list) else [ids])
    pathways = [p.id for rule in rules.levels for p in rule.pathways]
    gates = [g.id for g in rules.general if g.blocking]
    assert [] == [p for p in pathways if p not in qualifying]
    assert [] == [g for g in gates if g not in blocking]
