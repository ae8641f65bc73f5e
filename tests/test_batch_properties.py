"""Row conservation for ``mediaops batch`` (issues #3, #11), by property.

Generated lists mix valid and unreadable cells in random columns, in random
order, under English or Chinese names, with blank lines and an optional
free-text column (commas, quotes, line breaks, formula-looking text). Values
are typed as people type them (``三年``, ``大学本科``, ``四级培训``).
Whatever the mix: one output row per input row, in input order, each with
the physical line of its record and every input column kept after the
verdict columns; each row has the level statuses that the library gives for
the same candidate, built here through the pydantic model that ``check
--input`` uses (not through the batch reader), an unreadable cell counting
as an unknown fact with a warning naming its column (``--strict``: an error
row); facts that contradict each other make an error row.

The typed values are turned into the model's values by tables written here
by hand, so the reference never goes through :mod:`mediaops.values`.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mediaops.batch.read import Row
from mediaops.batch.screen import Result
from mediaops.batch.write import Writer
from mediaops.jsondoc import numbered
from mediaops.models import Candidate
from mediaops.report import Report, evaluate
from mediaops.rules import load_ruleset
from shared_examples import given_shared
from test_batch import EN_COLUMNS, EN_WORDS, ZH_COLUMNS, invoke, read_cells, read_rows

AS_OF = date(2026, 11, 27)
RULESET = load_ruleset()
LEVELS = ("level_4", "level_3", "level_2", "level_1")
#: Verdict ids → the words of the output cells under the default Chinese.
ZH_WORDS = {v: k for k, v in EN_WORDS.items()}

#: column → (English name, Chinese name)
NAMES = {
    "id": ("id", "编号"),
    "education": ("education", "学历"),
    "major": ("major", "专业相关性"),
    "graduating": ("graduating", "在校应届毕业生"),
    "experience": ("experience", "工作年限"),
    "training": ("training", "培训"),
    "certs": ("certs", "证书"),
    "years_after_cert": ("years_after_cert", "取证后年限"),
    "as_of": ("as_of", "评估日期"),
}
FACTS = tuple(c for c in NAMES if c != "id")

VALID = {
    "education": ["", "大专", "本科", "高中", "初中", "小学", "中专", "技工学校", "高级技工学校",
                  "技师学院", "associate", "bachelor", "硕士", "大学本科", "全日制本科",
                  "硕士研究生", "专科(高职)"],
    "major": ["", "本专业", "相关专业", "相关", "不相关", "无关", "same", "related", "unrelated"],
    "graduating": ["", "是", "否", "yes", "no", "true", "false", "1", "0"],
    "experience": ["", "0", "1", "2", "2.5", "3", "4", "6.5", "10", "三年", "3年半", "两年",
                   "18个月", "半年"],
    "training": ["", "四级", "L4", "三级", "四级;三级", "四级、三级", "4,3", "四级培训",
                 "四级正规培训"],
    "certs": ["", "四级", "四级:2024-01-10", "三级:2020-06-01", "二级:2015-03-03;四级",
              "三级、四级:2018-05-05", "L2", "四级:2025-06-01", "四级证书", "四级 2024-01-10",
              "四级:2024年1月10日"],
    "years_after_cert": ["", "", "", "", "0", "1", "2", "4.5", "两年"],
    "as_of": ["", "", "", "2026-11-27", "2025-01-10", "2030-01-01"],
}  # fmt: skip
#: Cells that cannot be read: the fact is unknown for the row, with a warning. Unreadable
#: trainings, certificates and final-year cells are left out here: the batch takes them as
#: "none" / "no" (tests/test_batch_sheets.py holds those cases, marked as bugs).
INVALID = {
    "education": ["博士后", "幼儿园", "x", "大学"],
    "major": ["九级", "maybe", "市场营销"],
    "graduating": [],
    "experience": ["abc", "-1", "三年十三个月", "1e3"],
    "training": [],
    "certs": [],
    "years_after_cert": ["x", "-2"],
    "as_of": ["2026-02-30", "tomorrow"],
}
#: Diplomas a cell may name two of (大学: 大专 or 本科), lower first: also in INVALID, as the
#: row says why in its warnings whether or not the readings agree.
EITHER = {"大学": ("大专", "本科")}
FREE_TEXT = ["", "备注", "a,b", 'say "hi"', "two\nlines", "13800138000", "=1", "+86", "-", "@x"]

# --- the reference's own reading of typed values (by hand, not mediaops.values) ------------

EDUCATION = {"大学本科": "bachelor", "全日制本科": "bachelor", "硕士研究生": "master",
             "专科(高职)": "associate"}  # fmt: skip
YEARS = {"三年": 3.0, "3年半": 3.5, "两年": 2.0, "18个月": 1.5, "半年": 0.5}
YES_NO = {"是": True, "yes": True, "true": True, "1": True,
          "否": False, "no": False, "false": False, "0": False}  # fmt: skip
LEVEL_OF = {"四级": 4, "L4": 4, "4": 4, "三级": 3, "3": 3, "二级": 2, "L2": 2, "L3": 3,
            "四级培训": 4, "四级正规培训": 4, "四级证书": 4}  # fmt: skip
DATES = {"2024年1月10日": "2024-01-10"}
SPLIT = re.compile(r"\s*[;；、,，]\s*")
CERT = re.compile(r"(\S+?)(?:\s*:\s*|\s+)(\S+)")


def years(text: str) -> float:
    """A number of years as typed in VALID."""
    return YEARS[text] if text in YEARS else float(text)


def certificates(text: str) -> list[dict[str, Any]]:
    """The certificates of a cell as typed in VALID: level and date (or None)."""
    out = []
    for item in SPLIT.split(text):
        if not item:
            continue
        m = CERT.fullmatch(item)
        level, when = (m[1], m[2]) if m else (item, None)
        out.append({"level": LEVEL_OF[level], "date": DATES.get(when, when) if when else None})
    return out


def reference(values: dict[str, str], strict: bool = False) -> Report | None:
    """The report the library gives for a row's facts, or None for an error row.

    The candidate is built as ``check --input`` builds one: a JSON-like object
    through the pydantic model, with the years since the certificate on the
    highest certificate, as ``--years-after-cert`` puts them. An unreadable cell
    leaves its fact unknown (``strict``: makes an error row).
    """
    given = {k: v for k, v in values.items() if k in FACTS and v}
    if given.get("education") in EITHER:
        # a diploma that may be either of two: where both give the same verdicts, they
        # stand (those of the lower); else it is not read, as a cell that cannot be
        reports = [
            reference({**values, "education": e}, strict) for e in EITHER[given["education"]]
        ]
        if all(reports) and len({tuple(lv.status for lv in r.levels) for r in reports if r}) == 1:
            return reports[0]
    unreadable = [k for k, v in given.items() if v in INVALID[k]]
    if strict and unreadable:
        return None
    given = {k: v for k, v in given.items() if k not in unreadable}
    doc: dict[str, Any] = {}
    if "education" in given:
        doc["education"] = EDUCATION.get(given["education"], given["education"])
    if "major" in given:
        doc["major"] = given["major"]
    if "graduating" in given:
        doc["graduating"] = YES_NO[given["graduating"]]
    if "experience" in given:
        doc["experience"] = years(given["experience"])
    if "training" in given:
        doc["trainings"] = [LEVEL_OF[t] for t in SPLIT.split(given["training"]) if t]
    certs = certificates(given.get("certs", ""))
    if "years_after_cert" in given and "certs" not in values:
        after = years(given["years_after_cert"])
        if "experience" in doc and after > doc["experience"]:
            return None  # more years since a certificate than in all: a contradiction
        doc["certificates"] = None  # no certificate column: some certificate held, not known
    elif "years_after_cert" in given:
        if not certs:
            return None  # years since a certificate, but no certificate: a contradiction
        top = min(certs, key=lambda c: c["level"])
        top["years_after"] = years(given["years_after_cert"])
    if certs:
        doc["certificates"] = certs
    try:
        as_of = date.fromisoformat(given["as_of"]) if "as_of" in given else AS_OF
        candidate = Candidate.model_validate(doc)
        report = evaluate(candidate, RULESET, as_of=as_of)
    except ValueError:  # pydantic's ValidationError and InputError are ValueErrors
        return None
    return report


def cell(column: str) -> st.SearchStrategy[str]:
    """A cell of ``column``: mostly valid, sometimes unreadable (about one in ten)."""
    return st.sampled_from(VALID[column] * 4 + INVALID[column])


@st.composite
def screening_lists(draw: st.DrawFn) -> dict[str, Any]:
    """A header (random columns, order and language) and rows, with blank lines between some."""
    facts = draw(st.lists(st.sampled_from(FACTS), min_size=1, max_size=len(FACTS), unique=True))
    columns = ["id", *facts]
    if draw(st.booleans()):
        columns.append("备注")
    columns = draw(st.permutations(columns))
    header = [
        c if c == "备注" else NAMES[c][draw(st.integers(0, 1))] for c in columns
    ]  # fmt: skip
    n = draw(st.integers(0, 12))
    rows = []
    for i in range(n):
        values = {c: draw(cell(c)) for c in facts}
        values["id"] = f"r{i}"
        if "备注" in columns:
            values["备注"] = draw(st.sampled_from(FREE_TEXT))
        rows.append(values)
    blanks = draw(st.lists(st.integers(0, 2), min_size=n, max_size=n))
    return {"columns": columns, "header": header, "rows": rows, "blanks": blanks}


def render(data: dict[str, Any]) -> tuple[str, list[int]]:
    """The CSV text of a generated list and the physical line each row starts on."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(data["header"])
    line = 2
    starts = []
    for values, blanks in zip(data["rows"], data["blanks"], strict=True):
        for _ in range(blanks):
            buf.write("\r\n")
        line += blanks
        starts.append(line)
        cells = [values[c] for c in data["columns"]]
        writer.writerow(cells)
        line += 1 + sum(c.count("\n") for c in cells)
    return buf.getvalue(), starts


def expected_cell(value: str) -> str:
    """A kept cell as the output writes it: formula-looking text gets a leading '."""
    return "'" + value if value.startswith(("=", "+", "-", "@", "\t", "\r")) else value


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory for the generated input files."""
    return tmp_path_factory.mktemp("batch-properties")


def check_rows(data: dict[str, Any], stdout: str, starts: list[int], strict: bool) -> int:
    """Assert every output row against the reference; return how many rows warn or fail."""
    rows = data["rows"]
    out = read_rows(stdout)
    kept = [row[len(EN_COLUMNS) :] for row in read_cells(stdout)[1:]]
    assert len(rows) == len(out)
    assert starts == [int(r["line"]) for r in out]
    assert [v["id"] for v in rows] == [r["id"] for r in out]
    flagged = 0
    for values, row, cells in zip(rows, out, kept, strict=True):
        assert [expected_cell(values[c]) for c in data["columns"]] == cells
        report = reference(values, strict)
        if report is None:
            flagged += 1
            assert ("", "", "", "") == tuple(row[c] for c in LEVELS)
            assert "" != row["error"]
            continue
        expected = tuple(ZH_WORDS[lv.status.value] for lv in report.levels)
        assert (expected, "") == (tuple(row[c] for c in LEVELS), row["error"])
        for lv in report.levels:
            for pathway in lv.qualifying_pathways:
                assert pathway in row["summary"]
        unreadable = [c for c in FACTS if values.get(c) and values[c] in INVALID[c]]
        given = [c for c in data["columns"] if c in FACTS]
        # a row whose fact cells are all empty is screened and said to give nothing
        empty = bool(given) and not any(str(values.get(c) or "").strip() for c in given)
        # years since a certificate with no certificate column: certificates unknown, said so
        no_certs = "certs" not in values and bool(values.get("years_after_cert"))
        no_certs = no_certs and "years_after_cert" not in unreadable
        if unreadable or empty or no_certs:
            flagged += 1
            if no_certs:
                assert "表中没有证书列" in row["warnings"]
            for column in unreadable:
                header = data["header"][data["columns"].index(column)]
                assert header in row["warnings"]
            assert empty == (
                "本行没有填写任何报考条件(学历、从业年限、培训、证书等)" in row["warnings"]
            )
        else:
            assert "" == row["warnings"]
    return flagged


@given_shared(
    settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]),
    data=screening_lists(),
    strict=st.booleans(),
)
def test_one_output_row_per_input_row_with_the_check_verdict(
    workdir: Path, data: dict[str, Any], strict: bool
) -> None:
    """Every input row gives one output row, in order, at its line, all columns kept, check's statuses."""
    text, starts = render(data)
    src = workdir / "in.csv"
    src.write_bytes(text.encode("utf-8-sig"))
    result = invoke([str(src), "-o", "-", "-q", *(["--strict"] if strict else [])])
    assert type(result.exception) in (type(None), SystemExit), result.exception  # no crash
    # the input's 编号 is told apart from the result's id column, as 编号 (2)
    kept = ["编号 (2)" if h == "编号" else h for h in data["header"]]
    assert ZH_COLUMNS + kept == read_cells(result.stdout)[0]
    flagged = check_rows(data, result.stdout, starts, strict)
    assert (1 if flagged else 0) == result.exit_code


@given_shared(
    settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow]),
    data=screening_lists(),
)
def test_jsonl_output_conserves_rows_too(workdir: Path, data: dict[str, Any]) -> None:
    """JSON Lines output: one parseable line per input row, in order, with line, id and the report."""
    text, starts = render(data)
    src = workdir / "in-jsonl.csv"
    src.write_bytes(text.encode("utf-8"))
    result = invoke([str(src), "-o", "-", "--format", "jsonl", "-q"])
    assert type(result.exception) in (type(None), SystemExit), result.exception  # no crash
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(line, v["id"]) for line, v in zip(starts, data["rows"], strict=True)] == [
        (o["line"], o["id"]) for o in out
    ]
    for values, obj in zip(data["rows"], out, strict=True):
        assert {h: values[c] for h, c in zip(data["header"], data["columns"], strict=True)} == obj[
            "columns"
        ]
        report = reference(values)
        if report is None:
            assert {"line", "id", "error"} <= set(obj)
            assert "levels" not in obj
        else:
            # the whole report, as check --format json gives it
            body = {k: v for k, v in obj.items() if k not in ("line", "id", "columns", "warnings")}
            assert json.loads(json.dumps(report.to_dict("zh"))) == body


# --- the writer on its own: any cell text, any names ---------------------------------------

#: Text a spreadsheet cell may hold: the characters csv quotes for, and any other.
CELL_TEXT = st.text(
    alphabet=st.sampled_from(",\"\r\n\t =+-@'\\ab中文\0") | st.characters(), max_size=8
)
ERROR_ROW = Result(None, None, "", (), "无法读取")


def unique(names: list[str]) -> list[str]:
    """Names as keys of one JSON object: the second ``note`` is ``note (2)``, an empty one ``#3``."""
    seen: dict[str, int] = {}
    out = []
    for i, name in enumerate(names):
        name = name or f"#{i + 1}"
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out


@given_shared(
    settings(max_examples=300, deadline=None),
    names=st.lists(st.sampled_from(["姓名", "电话", "note", 'a"b', "x\\y", "\t", ""]), max_size=4),
    cells=st.lists(CELL_TEXT, max_size=5),
)
def test_kept_cells_in_json_are_the_plain_dump(names: list[str], cells: list[str]) -> None:
    """The hand-joined ``columns`` object is ``json.dumps`` of the kept cells, a repeated name apart.

    Cells may hold quotes, backslashes, control characters and any other
    text; a row shorter than the header has empty cells for the rest.
    """
    stream = io.StringIO()
    writer = Writer("jsonl", stream, "zh", [4, 3, 2, 1], names, list(range(len(names))))
    writer.write(Row(2, cells), "x", ERROR_ROW)
    writer.close()
    line = stream.getvalue()
    assert line.endswith("\n")
    obj = json.loads(line)
    padded = [*cells, *[""] * len(names)][: len(names)]
    if names:
        assert dict(zip(unique(names), padded, strict=True)) == obj["columns"]
        assert unique(names) == list(obj["columns"])
    else:
        assert "columns" not in obj


@given_shared(
    settings(max_examples=300, deadline=None),
    line=st.integers(2, 10**7),
    ident=CELL_TEXT,
    summary=CELL_TEXT,
    error=CELL_TEXT,
    kept=st.lists(CELL_TEXT, max_size=4),
)
def test_csv_line_reads_back_as_its_cells(
    line: int, ident: str, summary: str, error: str, kept: list[str]
) -> None:
    """Whatever a cell holds, the CSV output reads back with ``csv.reader`` as exactly its cells.

    Quotes, commas, line breaks and NULs survive; formula-looking text gets
    its leading ``'``; an error row's verdict cells are empty.
    """
    names = [f"c{i}" for i in range(len(kept))]
    stream = io.StringIO(newline="")
    writer = Writer("csv", stream, "zh", [4, 3, 2, 1], names, list(range(len(names))))
    writer.write(Row(line, kept), ident, Result(None, None, summary, (), error))
    writer.close()
    header, row = read_cells(stream.getvalue())
    assert [*ZH_COLUMNS, *names] == header
    assert [
        str(line),
        expected_cell(ident),
        "", "", "", "", "",
        expected_cell(summary),
        "",
        expected_cell(error),
        *map(expected_cell, kept),
    ] == row  # fmt: skip


@pytest.mark.parametrize(
    ("names", "told"),
    [
        # a name written once is kept (the README's example)
        (["备注", "备注", "备注 (2)"], ["备注", "备注 (3)", "备注 (2)"]),
        (["a", "a (2)", "a"], ["a", "a (2)", "a (3)"]),
        (["a (2)", "a", "a", "a"], ["a (2)", "a", "a (3)", "a (4)"]),
        (["a", "a", "a (3)", "a"], ["a", "a (2)", "a (3)", "a (4)"]),
    ],
)
def test_repeated_names_are_numbered_without_taking_a_written_name(
    names: list[str], told: list[str]
) -> None:
    assert told == numbered(names)


@given(st.lists(st.sampled_from(["a", "a (2)", "a (3)", "b", "a (2) (2)", ""]), max_size=8))
def test_numbered_names_are_unique_and_a_name_written_once_is_kept(names: list[str]) -> None:
    told = numbered(names, taken=["b"])
    assert len(set(told)) == len(told)
    for name, out in zip(names, told, strict=True):
        if names.count(name) == 1 and name != "b":
            assert out == name
