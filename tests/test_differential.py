"""The public ``evaluate()`` and the batch path give the same report, on any ruleset (issue #10).

``evaluate`` remembers nothing; ``mediaops batch`` remembers the outcomes of
conditions, the decisions of levels and the wording of reports on their
whole inputs. One differential test at the public boundary: over generated
candidates and generated rulesets (the built-in editions with thresholds,
diploma lists and pathways changed), the JSON of ``check --format json``
and the JSON line ``batch`` writes carry the same report, and the cells of a
sheet's row the same verdicts. One screener serves many candidates in a row,
so the remembered results are met as well as made. The candidates reach the
screener as JSON Lines objects; reading a sheet's cells into facts is held to
``evaluate`` by the case tables, which run through ``batch`` from CSV too
(``tests/test_cases.py``).
"""

from __future__ import annotations

import copy
import json
import tomllib
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mediaops.batch.screen import Screener
from mediaops.errors import InputError
from mediaops.models import Candidate, Title
from mediaops.report import evaluate
from mediaops.rules import EDITIONS, Ruleset, builtin_ruleset_text, parse_ruleset
from mediaops.terms import Direction, Education, TitleLevel
from shared_examples import given_shared
from strategies import AS_OF, TEST_RULESETS, candidates, diploma, past_dates

RAW = {e: tomllib.loads(builtin_ruleset_text(e)) for e in EDITIONS} | {
    path.stem: tomllib.loads(path.read_text(encoding="utf-8")) for path in TEST_RULESETS
}
YEARS = (0, 0.5, 1, 2, 3, 4, 5, 10)


@st.composite
def rulesets(draw: st.DrawFn) -> Ruleset:
    """A ruleset drawn from a built-in edition or a test ruleset: thresholds, diploma lists and
    pathways changed."""
    raw = copy.deepcopy(RAW[draw(st.sampled_from(sorted(RAW)))])
    for level in raw["levels"]:
        pathways = level["pathways"]
        if len(pathways) > 1 and draw(st.booleans()):
            del pathways[draw(st.integers(0, len(pathways) - 1))]
        for p in pathways:
            for c in p["conditions"]:
                if "years" in c:
                    c["years"] = draw(st.sampled_from(YEARS))
                if "any_of" in c and draw(st.booleans()):
                    c["any_of"] = draw(
                        st.lists(
                            st.sampled_from([e.value for e in Education]),
                            min_size=1,
                            max_size=5,
                            unique=True,
                        )
                    )
                if c.get("kind") == "education" and draw(st.booleans()):
                    c["final_year_students"] = draw(st.booleans())
                if c.get("kind") == "education" and draw(st.booleans()):
                    c["majors"] = draw(
                        st.sampled_from([["same", "related"], ["same"], ["unrelated"]])
                    )
    for g in raw["general"]:
        if g["condition"]["kind"] == "education" and draw(st.booleans()):
            g["blocking"] = draw(st.booleans())
    return parse_ruleset(json_to_toml(raw))


def json_to_toml(raw: dict[str, Any]) -> str:
    """A ruleset dict as TOML text (rulesets are read from text, as files are)."""

    def value(v: Any) -> str:
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, int | float):
            return repr(v)
        if isinstance(v, str):
            return json.dumps(v, ensure_ascii=False)
        if isinstance(v, list):
            return "[" + ", ".join(value(x) for x in v) + "]"
        if isinstance(v, dict):
            return "{ " + ", ".join(f"{k} = {value(x)}" for k, x in v.items()) + " }"
        raise TypeError(v)

    lines = []
    for k, v in raw.items():
        if (
            not isinstance(v, list | dict)
            or v == []  # general = []: a table of no entries, which a ruleset must still name
            or (isinstance(v, list) and v and not isinstance(v[0], dict))
            or (
                isinstance(v, dict)
                and all(not isinstance(x, dict) or "zh" in x for x in v.values())
                and k != "sources"
            )
        ):
            lines.append(f"{k} = {value(v)}")
    for key, source in raw.get("sources", {}).items():
        lines.append(f"[sources.{key}]")
        lines += [f"{k} = {value(x)}" for k, x in source.items()]
    for table in ("assumptions", "general", "directions", "documents"):
        for item in raw.get(table, []):
            lines.append(f"[[{table}]]")
            lines += [f"{k} = {value(x)}" for k, x in item.items()]
    for level in raw["levels"]:
        lines.append("[[levels]]")
        lines += [f"{k} = {value(x)}" for k, x in level.items() if k != "pathways"]
        for p in level["pathways"]:
            lines.append("[[levels.pathways]]")
            lines += [f"{k} = {value(x)}" for k, x in p.items()]
    return "\n".join(lines) + "\n"


@st.composite
def people(draw: st.DrawFn) -> Candidate:
    """Candidates with the facts of both editions: several diplomas, titles, a direction."""
    base = draw(candidates())
    extra = draw(
        st.lists(
            diploma(known=True),  # a class only on a technical school's, as Diploma takes
            max_size=2,
        )
    )
    titles = draw(
        st.lists(
            st.builds(
                Title,
                level=st.sampled_from(TitleLevel),
                date=st.none() | past_dates(),
                corresponding=st.none() | st.booleans(),
            ),
            max_size=2,
            unique_by=lambda t: t.level,
        )
    )
    return base.model_copy(
        update={
            "diplomas": tuple(extra),
            "titles": tuple(titles),
            "direction": draw(st.none() | st.sampled_from(Direction)),
        }
    )


def _document(candidate: Candidate) -> dict[str, Any]:
    """The candidate as a JSON Lines object (what a program would write)."""
    return json.loads(candidate.model_dump_json(exclude_defaults=True))


class TestSameReportEitherWay:
    """`check`'s report and `batch`'s line agree, whatever the ruleset and the order of rows."""

    @given_shared(
        settings(
            max_examples=40,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        ),
        rulesets(),
        st.lists(people(), min_size=1, max_size=12),
    )
    def test_batch_json_lines_carry_the_public_report(
        self, ruleset: Ruleset, candidates_: list[Candidate]
    ) -> None:
        """Each candidate's JSON line (one screener for the list) holds exactly `evaluate`'s report."""
        screener = Screener(ruleset, None, as_of=AS_OF, lang="zh", json=True)
        for candidate in [*candidates_, *candidates_]:  # the second time round, from memory
            try:
                expected = evaluate(candidate, ruleset, as_of=AS_OF).to_dict("zh")
            except InputError:
                assert screener.screen_document(_document(candidate)).error is not None
                continue
            result = screener.screen_document(_document(candidate))
            assert result.error is None
            assert expected == json.loads("{" + result.report + "}")

    @pytest.mark.slow  # (the JSON Lines test above compares whole reports in the quick run)
    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(rulesets(), st.lists(people(), min_size=1, max_size=12), st.sampled_from(["zh", "en"]))
    def test_batch_verdicts_are_the_public_verdicts(
        self, ruleset: Ruleset, candidates_: list[Candidate], lang: str
    ) -> None:
        """The verdict cells and highest level of `batch` are those of `evaluate`."""
        screener = Screener(ruleset, None, as_of=AS_OF, lang=lang)  # type: ignore[arg-type]
        for candidate in [*candidates_, *reversed(candidates_)]:
            try:
                report = evaluate(candidate, ruleset, as_of=AS_OF)
            except InputError:
                continue
            result = screener.screen_document(_document(candidate))
            assert tuple(lv.status.value for lv in report.levels) == result.statuses
            assert report.highest_eligible == result.highest
            # the assumptions the run's summary counts: those the report's verdicts rest on
            rested = {a for lv in report.levels for a in lv.assumptions}
            assert rested == set(result.assumptions)

    def test_the_comparison_sees_a_difference(self) -> None:
        """Two reports of different candidates differ (the comparison above can fail)."""
        ruleset = parse_ruleset(builtin_ruleset_text("summary"))
        a = evaluate(
            Candidate(education="associate", experience=3.0), ruleset, as_of=date(2026, 11, 27)
        )
        screener = Screener(ruleset, None, as_of=date(2026, 11, 27), lang="zh", json=True)
        b = screener.screen_document({"education": "associate", "experience": 2.5})
        assert a.to_dict("zh") != json.loads("{" + b.report + "}")


def _sheet_cells(candidate: Candidate) -> list[str] | None:
    """The candidate as the cells of a sheet's row (``tests/test_cases.py``'s columns), or
    None where a sheet cannot say it: years after a certificate given per certificate, or
    a diploma of a list whose receipt is not known (a list cell says each diploma's
    studying or not, never that it is not known)."""
    from test_cases import _cells

    data = json.loads(candidate.model_dump_json())
    held = [*(data.get("certificates") or ()), *(data.get("titles") or ())]
    if any(h.get("years_after") is not None for h in held):
        return None
    if any(d.get("graduating") is None for d in data.get("diplomas") or ()):
        return None
    unknown = [
        k for k in ("graduating", "trainings", "certificates", "titles") if data.get(k) is None
    ]
    given = {k: v for k, v in data.items() if v is not None}
    case = {"name": "x", "as_of": AS_OF, "candidate": given, "unknown": unknown}
    return _cells(case)


class TestSameVerdictsFromASheet:
    """A sheet's cells, read into facts by the sheet's own reader, give `evaluate`'s verdicts."""

    @pytest.mark.slow  # (the case tables run through sheets in the quick run: test_cases)
    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(rulesets(), st.lists(people(), min_size=1, max_size=12))
    def test_sheet_rows_give_the_public_verdicts(
        self, ruleset: Ruleset, candidates_: list[Candidate]
    ) -> None:
        """Each candidate written as a CSV row's cells (as the case tables write them) and
        screened from those cells gets the verdicts, highest level and assumptions of
        `evaluate`; one that `evaluate` refuses is an error row."""
        from mediaops.batch.columns import map_columns
        from test_cases import HEADER

        rows = [(c, _sheet_cells(c)) for c in candidates_]
        sheet = [(c, cells) for c, cells in rows if cells is not None]
        columns = map_columns(HEADER, [cells for _, cells in sheet])
        screener = Screener(ruleset, columns, as_of=AS_OF, lang="zh", strict=True)
        for candidate, cells in [*sheet, *sheet]:
            try:
                report = evaluate(candidate, ruleset, as_of=AS_OF)
            except InputError:
                assert screener.screen_cells(cells).error is not None
                continue
            result = screener.screen_cells(cells)
            assert result.error is None, (cells, result.error)
            assert tuple(lv.status.value for lv in report.levels) == result.statuses, cells
            assert report.highest_eligible == result.highest
            assert {a for lv in report.levels for a in lv.assumptions} == set(result.assumptions)
