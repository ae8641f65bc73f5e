"""Row conservation for ``mediaops batch`` (issue #3), by property.

Generated lists mix valid and invalid cells in random columns, in random
order, under English or Chinese names, with blank lines and an optional
passed-through column (commas, quotes, line breaks, formula-looking text).
Whatever the mix: one output row per input row, in input order, each with
the physical line of its record; and each row that can be read has the level
statuses that the library gives for the same candidate, built here through
the pydantic model that ``check --input`` uses, not through the batch reader.
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
from typer.testing import CliRunner

from mediaops.batch import summary
from mediaops.cli import app
from mediaops.engine import evaluate
from mediaops.models import Candidate
from mediaops.report import Report
from mediaops.rules import load_ruleset

AS_OF = date(2026, 11, 27)
RULESET = load_ruleset()
LEVELS = ("level_4", "level_3", "level_2", "level_1")
runner = CliRunner()

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
                  "技师学院", "associate", "bachelor", "硕士"],
    "major": ["", "本专业", "相关专业", "相关", "不相关", "无关", "same", "related", "unrelated"],
    "graduating": ["", "是", "否", "yes", "no", "true", "false", "1", "0"],
    "experience": ["", "0", "1", "2", "2.5", "3", "4", "6.5", "10"],
    "training": ["", "四级", "L4", "三级", "四级;三级", "四级、三级", "4,3"],
    "certs": ["", "四级", "四级:2024-01-10", "三级:2020-06-01", "二级:2015-03-03;四级",
              "三级、四级:2018-05-05", "L2", "四级:2025-06-01"],
    "years_after_cert": ["", "", "", "", "0", "1", "2", "4.5"],
    "as_of": ["", "", "", "2026-11-27", "2025-01-10", "2030-01-01"],
}  # fmt: skip
INVALID = {
    "education": ["博士后", "幼儿园", "x"],
    "major": ["九级", "maybe"],
    "graduating": ["maybe", "2"],
    "experience": ["abc", "-1", "三年"],
    "training": ["L9", "五级"],
    "certs": ["九级", "四级:2024-13-01", "L4:someday"],
    "years_after_cert": ["x", "-2"],
    "as_of": ["2026-02-30", "tomorrow"],
}
PASSTHROUGH = ["", "备注", "a,b", 'say "hi"', "two\nlines", "13800138000", "=1", "+86", "-", "@x"]
LEVEL_OF = {"四级": 4, "L4": 4, "三级": 3, "二级": 2, "L2": 2}
SPLIT = re.compile(r"[;；、,，]")


def cell(column: str) -> st.SearchStrategy[str]:
    """A cell of ``column``: mostly valid, sometimes invalid (about one in twelve)."""
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
            values["备注"] = draw(st.sampled_from(PASSTHROUGH))
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


def reference(values: dict[str, str]) -> Report | None:
    """The report the library gives for a row's facts, or None if they are not valid.

    The candidate is built as ``check --input`` builds one: a JSON-like object
    through the pydantic model, with the years since the certificate on the
    highest certificate, as ``--years-after-cert`` puts them.
    """
    doc: dict[str, Any] = {}
    for key in ("education", "major", "graduating", "experience"):
        if values.get(key):
            doc[key] = values[key]
    if values.get("training"):
        doc["trainings"] = [t.strip() for t in SPLIT.split(values["training"]) if t.strip()]
    certs = []
    for part in SPLIT.split(values.get("certs", "")):
        if part.strip():
            level, _, when = part.partition(":")
            certs.append({"level": level.strip(), "date": when.strip() or None})
    if values.get("years_after_cert"):
        if not certs or any(c["level"] not in LEVEL_OF for c in certs):
            return None
        top = min(certs, key=lambda c: LEVEL_OF[c["level"]])
        top["years_after"] = values["years_after_cert"]
    if certs:
        doc["certificates"] = certs
    try:
        as_of = date.fromisoformat(values["as_of"]) if values.get("as_of") else AS_OF
        candidate = Candidate.model_validate(doc)
        report = evaluate(candidate, RULESET, as_of=as_of)
    except ValueError:  # pydantic's ValidationError and InputError are ValueErrors
        return None
    return report


def expected_cell(value: str) -> str:
    """A passed-through cell as the output writes it: formula-looking text gets a leading '."""
    return "'" + value if value.startswith(("=", "+", "-", "@")) else value


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory for the generated input files."""
    return tmp_path_factory.mktemp("batch-properties")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=screening_lists())
def test_one_output_row_per_input_row_with_the_check_verdict(
    workdir: Path, data: dict[str, Any]
) -> None:
    """Every input row gives one output row, in order, at its line, with check's statuses or an error."""
    text, starts = render(data)
    src = workdir / "in.csv"
    src.write_bytes(text.encode("utf-8-sig"))
    result = runner.invoke(
        app,
        ["batch", str(src), "-o", "-", "--as-of", AS_OF.isoformat()],
        env={"MEDIAOPS_LANG": "zh"},
    )
    assert type(result.exception) in (type(None), SystemExit), result.exception  # no crash
    out = list(csv.DictReader(io.StringIO(result.stdout)))
    rows = data["rows"]
    assert len(rows) == len(out)
    assert starts == [int(r["line"]) for r in out]
    assert [v["id"] for v in rows] == [r["id"] for r in out]
    errors = 0
    for values, row in zip(rows, out, strict=True):
        report = reference(values)
        if report is None:
            errors += 1
            assert ("", "", "", "") == tuple(row[c] for c in LEVELS)
            assert "" != row["error"]
        else:
            expected = tuple(lv.status.value for lv in report.levels)
            assert (expected, "") == (tuple(row[c] for c in LEVELS), row["error"])
            assert summary(report, "zh") == row["summary"]
        if "备注" in values:
            assert expected_cell(values["备注"]) == row["备注"]
    assert (1 if errors else 0) == result.exit_code


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=screening_lists())
def test_jsonl_output_conserves_rows_too(workdir: Path, data: dict[str, Any]) -> None:
    """JSON Lines output: one parseable line per input row, in order, with line, id and statuses or error."""
    text, starts = render(data)
    src = workdir / "in-jsonl.csv"
    src.write_bytes(text.encode("utf-8"))
    result = runner.invoke(
        app,
        ["batch", str(src), "-o", "-", "--format", "jsonl", "--as-of", AS_OF.isoformat()],
        env={"MEDIAOPS_LANG": "zh"},
    )
    assert type(result.exception) in (type(None), SystemExit), result.exception  # no crash
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(line, v["id"]) for line, v in zip(starts, data["rows"], strict=True)] == [
        (o["line"], o["id"]) for o in out
    ]
    for values, obj in zip(data["rows"], out, strict=True):
        report = reference(values)
        if report is None:
            assert {"line", "id", "error"} <= set(obj)
            assert "levels" not in obj
        else:
            # the whole report, as check --format json gives it
            body = {k: v for k, v in obj.items() if k not in ("line", "id", "columns")}
            assert json.loads(json.dumps(report.to_dict("zh"))) == body


@settings(max_examples=300, deadline=None)
@given(
    names=st.lists(st.sampled_from(["姓名", "电话", "note", 'a"b', "x\\y", "\t"]), max_size=4),
    cells=st.lists(st.text(max_size=6), max_size=5),
)
def test_passed_through_cells_in_json_are_the_plain_dump(
    names: list[str], cells: list[str]
) -> None:
    """The hand-joined ``columns`` object is ``json.dumps(dict(zip(names, cells)))``, compact.

    Names may repeat (a dict keeps the last cell) and cells may hold quotes,
    backslashes, control characters and any other text.
    """
    from mediaops.batch import _columns_json

    columns = dict(zip(names, cells, strict=False))
    expected = json.dumps(columns, ensure_ascii=False, separators=(",", ":")) if columns else ""
    assert expected == _columns_json(cells, names).decode()
    assert expected == _columns_json(columns, []).decode()  # a JSON Lines input's extra keys


#: Text a spreadsheet cell may hold: the characters csv quotes for, and any other.
CELL_TEXT = st.text(
    alphabet=st.sampled_from(",\"\r\n\t =+-@'\\ab中文\0") | st.characters(), max_size=8
)


@settings(max_examples=500, deadline=None)
@given(
    line=st.integers(2, 10**7),
    ident=CELL_TEXT,
    cells=st.lists(CELL_TEXT, min_size=7, max_size=7),
    extra=st.lists(CELL_TEXT, max_size=3) | st.dictionaries(st.text(max_size=3), CELL_TEXT),
)
def test_csv_line_is_what_csv_writer_writes(
    line: int, ident: str, cells: list[str], extra: list[str] | dict[str, Any]
) -> None:
    """A CSV output line joined by hand is byte for byte ``csv.writer``'s line of the same cells."""
    from mediaops.batch import Outcome, Row, csv_line, csv_row, csv_text

    row = Row(line, ident, (), extra, None)
    out = Outcome(None, None, None, tuple(cells), (), csv_text(cells))
    expected = io.StringIO(newline="")
    csv.writer(expected).writerow(csv_row(row, out))
    assert expected.getvalue() == csv_line(row, out)
