"""``mediaops batch`` on the sheets people really have (issue #11, "Tests" and "Done when").

A clerk's sheet: exported from Chinese Excel (GBK), headers with units and
the names each office uses, values typed as people type them, a column of
major *names*, a certificate date in its own column. Nothing may be lost
(every input column comes back, in order) and nothing ignored without a
word (the column mapping on stderr, warnings per row).

Every expected verdict is worked out by hand from SPEC §1 and
rules/all-media-operator.toml for the evaluation date 2026-11-27 (the
reasoning sits beside each row), never copied from the program's output.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import re
import signal
import subprocess
import time
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.chart import BarChart
from openpyxl.utils import get_column_letter, range_boundaries

import goldens
from mediaops import values
from test_batch import (
    AS_OF,
    EN_COLUMNS,
    EN_WORDS,
    SCRIPT,
    ZH_COLUMNS,
    E,
    H,
    N,
    U,
    by_id,
    csv_text,
    invoke,
    json_statuses,
    read_cells,
    read_jsonl,
    read_kept,
    read_rows,
    read_xlsx,
    run_file,
    stderr_of,
    tally,
    verdicts,
    workbook,
)
from test_values import AMBIGUOUS, CELL_CASES, MONTH, REJECTED, Outcome

GOLDEN_DIR = Path(__file__).parent / "golden" / "batch"


def jsonl_facts(path: Path) -> list[dict[str, Any]]:
    """The JSON Lines output rows (each with its ``facts``, ``warnings``, ``columns``)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def mapping(result: Any, lang: str = "zh") -> str:
    """The column mapping a run printed on stderr (what comes before the closing summary)."""
    title = "筛查汇总" if lang == "zh" else "Screening summary"
    return stderr_of(result).split(title)[0]


def nows(text: str) -> str:
    """``text`` without any white space (the mapping wraps lines anywhere, even inside words)."""
    return re.sub(r"\s+", "", text)


def read_and_ignored(result: Any, lang: str = "zh") -> tuple[str, str]:
    """The "read" and the "not read" parts of the column mapping, without white space."""
    word = "未读取" if lang == "zh" else "Notread"
    read, _, ignored = nows(mapping(result, lang)).partition(word)
    return read, ignored


# --- header spellings → facts --------------------------------------------------------------

#: fact → (other columns the row needs, the cell, JSON path in ``facts``, expected value)
FACT_PROBES: dict[str, tuple[dict[str, str], str, tuple[str | int, ...], Any]] = {
    "education": ({}, "大学本科", ("education",), "bachelor"),
    "experience": ({}, "3年半", ("experience_years",), 3.5),
    "certs": ({}, "四级证书", ("certificates", 0, "level"), 4),
    "cert_date": ({"证书": "四级"}, "2024年1月10日", ("certificates", 0, "date"), "2024-01-10"),
    "major": ({"学历": "大专"}, "相关", ("major",), "related"),
}
#: fact → its name in the Chinese column mapping
FACT_ZH = {
    "education": "学历",
    "experience": "从业年限",
    "certs": "证书",
    "cert_date": "取证日期",
    "major": "专业相关性",
}
#: header as a spreadsheet writes it → fact (issue #11's list, and its variants)
HEADERS: list[tuple[str, str]] = [
    ("工作年限(年)", "experience"),
    ("工作年限（年）", "experience"),
    ("年限/年", "experience"),
    ("累计工作年限", "experience"),
    ("从业年限", "experience"),
    ("相关工作年限", "experience"),
    (" 工作年限 ", "experience"),
    ("工作年限 (年)", "experience"),
    ("从业年限（单位：年）", "experience"),
    ("工作年数", "experience"),  # 年数 as 年限: it was not read, nor said to look like it
    ("从业年数（年）", "experience"),
    ("文化程度", "education"),
    ("最高学历", "education"),
    (" 文化程度 ", "education"),
    ("证书等级", "certs"),
    ("已有证书", "certs"),
    ("取证时间", "cert_date"),
    ("取证日期", "cert_date"),
    ("发证日期", "cert_date"),
    ("取证时间（日期）", "cert_date"),
    ("专业相关性", "major"),
    ("是否相关专业", "major"),
    ("专业是否对口", "major"),
    # a known name followed by a remark in brackets
    ("学历(最高学历)", "education"),
    ("学历(最高)", "education"),
    ("文化程度（必填）", "education"),
    ("证书(如有)", "certs"),
    ("已有证书【如有】", "certs"),
    ("是否相关专业(是/否)", "major"),
    # a template's marks of a required field or a label, and remarks on how to write it
    ("学历*", "education"),
    ("※学历", "education"),
    ("是否相关专业*", "major"),
    ("工作年限（年）*", "experience"),
    ("取证时间：", "cert_date"),
    ("取证时间(年月日)", "cert_date"),
    ("取证时间（格式：2024-01-01）", "cert_date"),
    ("学历(如：大专)", "education"),
    ("工作年限(如：3.5)", "experience"),
    ("证书(如：四级)", "certs"),
    ("专业相关性(如：相关)", "major"),
]
#: headers whose remark is not only a remark: a unit or a time (years or months is not
#: sure), or the name of another column — not read, and said so
NOT_HEADERS = [
    # a remark that may change what the column holds
    "工作年限(取证后)",
    "证书(报考等级)",
    "学历(第一学历)",
    "工作年限(年,含实习)",
    "工作年限(含实习月数)",
    "证书(取证日期)",
    "学历(专业)",
    # a unit of months, then a remark: read as the name, the months would be years
    "工作年限(月)(必填)",
    "年限/月(必填)",
    "工作年限(单位:月)(含实习)",
    # an example or format of a column that is not a date may give its unit or meaning
    "工作年限（格式：月数）",
    "工作年限(如：18个月)",
    "工作年限(如：取证后年限)",
    "工作年限(取证后)*",
]


def dig(obj: Any, path: tuple[str | int, ...]) -> Any:
    """The value at ``path`` in nested JSON (None where the path ends early)."""
    for step in path:
        if obj is None:
            return None
        obj = obj[step]
    return obj


@pytest.mark.parametrize(("header", "fact"), HEADERS, ids=[h.strip() for h, _ in HEADERS])
def test_header_spelling_is_read_as_its_fact(tmp_path: Path, header: str, fact: str) -> None:
    """Each header spelling is read as its fact: the typed cell reaches the row's facts, said on stderr."""
    others, cell, path, expected = FACT_PROBES[fact]
    content = csv_text(["编号", *others, header], [["h1", *others.values(), cell]])
    result, dest = run_file(tmp_path, content, out="out.jsonl")
    assert 0 == result.exit_code, stderr_of(result)
    [row] = jsonl_facts(dest)
    assert [] == row["warnings"]
    assert expected == dig(row["facts"], path)
    read, ignored = read_and_ignored(result)
    assert nows(f"{header} → {FACT_ZH[fact]}") in read
    assert "" == ignored


@pytest.mark.parametrize("header", NOT_HEADERS)
def test_a_remark_that_says_more_is_not_dropped(tmp_path: Path, header: str) -> None:
    """A header whose bracketed remark gives a unit, a time or another column is not read as
    the name before it: the column is listed as not read, and the row is screened without it
    (学历 大专 from its own column: 四级 undetermined, the experience unknown)."""
    content = csv_text(["编号", "学历", header], [["r1", "大专", "3"]])
    result, dest = run_file(tmp_path, content)
    assert 0 == result.exit_code, stderr_of(result)
    read, ignored = read_and_ignored(result)
    assert nows(header) in ignored
    assert nows(header) not in read
    assert "括号中的备注可能改变此列的含义" in nows(ignored)  # and says why
    assert {"r1": (U, N, N, N, "")} == by_id(read_rows(dest))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_header_with_no_fact_column_is_refused_naming_what_a_fact_is(
    tmp_path: Path, lang: str
) -> None:
    """A header with an id and no fact (编号, 备注) ends with exit 2: the message lists the
    header and says which columns are facts, without calling the id unrecognised."""
    result, dest = run_file(tmp_path, "编号,备注\n1,x\n", lang=lang)
    message = stderr_of(result)
    assert (2, False) == (result.exit_code, dest.exists())
    assert "编号, 备注" in message
    assert ("学历" if lang == "zh" else "education,") in message
    assert ("无法识别" if lang == "zh" else "recognis") not in message
    assert "--column" in message


def test_yes_no_relevance_column(tmp_path: Path) -> None:
    """是否相关专业 holds 是/否: 是 reads as related, 否 as unrelated (4-3 for a 技工学校)."""
    content = "编号,学历,是否相关专业,工作年限\ny,技工学校,是,0\nn,技工学校,否,0\n"
    result, dest = run_file(tmp_path, content)
    assert 0 == result.exit_code
    assert {"y": (E, N, N, N, "4"), "n": (N, N, N, N, "")} == by_id(read_rows(dest))


@pytest.mark.parametrize(
    "header",
    [
        "所学专业\n(是否相关)",
        "专业（是否对口）",
        "专业\n(相关/不相关)",
        "所学专业(本专业/相关/不相关)",
    ],
)
def test_a_major_column_asking_for_relevance_in_brackets_is_read(
    tmp_path: Path, header: str
) -> None:
    """专业 or 所学专业 with a bracket asking whether it is related (on a line of its own after
    Alt+Enter, as a form writes it) is the relevance column, read whatever its values: a
    技工学校 said 相关 with no experience is eligible for 四级 by 4-3, one said 不相关 is not
    (nor by 4-1 or 4-2 with 0 years and no training)."""
    path = tmp_path / "in.xlsx"
    workbook(
        path,
        {
            "报名表": [
                ["编号", "学历", header, "工作年限"],
                ["y", "技工学校", "相关", 0],
                ["n", "技工学校", "不相关", 0],
            ]
        },
    )
    dest = tmp_path / "out.csv"
    result = invoke([str(path), "-o", str(dest)])
    assert 0 == result.exit_code, stderr_of(result)
    read, ignored = read_and_ignored(result)
    assert nows(f"{header} → 专业相关性") in read
    assert nows(header) not in ignored
    assert {"y": (E, N, N, N, "4"), "n": (N, N, N, N, "")} == by_id(read_rows(dest))


def test_tick_and_cross_relevance_column(tmp_path: Path) -> None:
    """A form's 是否相关专业 ticked (√, ✓) or crossed (×) as its 应届 column is: a tick reads
    as related, a cross as unrelated (4-3 for a 技工学校: eligible, not eligible), without
    a warning."""
    content = "编号,学历,是否相关专业,工作年限\nv,技工学校,√,0\nc,技工学校,✓,0\nx,技工学校,×,0\n"
    result, dest = run_file(tmp_path, content)
    assert 0 == result.exit_code, stderr_of(result)
    rows = read_rows(dest)
    assert {"v": (E, N, N, N, "4"), "c": (E, N, N, N, "4"), "x": (N, N, N, N, "")} == by_id(rows)
    assert ["", "", ""] == [r["warnings"] for r in rows]


def test_junior_middle_or_below_is_not_junior_middle(tmp_path: Path) -> None:
    """文化程度 picked from a form's list as 初中及以下 may be 小学 (G1 refuses it) or 初中 (G1
    holds): with 5 years, 四级 is undetermined (4-1 met, G1 unknown), not eligible as it was
    (read as 初中); the warning names both. 小学及以下 is below 初中 whichever it is: not
    eligible."""
    content = "编号,文化程度,工作年限\na,初中及以下,5\nb,小学及以下,5\n"
    result, dest = run_file(tmp_path, content)
    assert 1 == result.exit_code, stderr_of(result)
    rows = read_rows(dest)
    assert {"a": (U, N, N, N, ""), "b": (N, N, N, N, "")} == by_id(rows)
    assert "小学及以下 或 初中" in rows[0]["warnings"]
    assert "" == rows[1]["warnings"]


@pytest.mark.parametrize("strict", [False, True])
def test_a_diploma_that_may_be_either_of_two_is_read_where_both_decide_alike(
    tmp_path: Path, strict: bool
) -> None:
    """大学 (大专 or 本科) is screened as each: where the verdicts agree they stand, those of
    the lower diploma, with a warning saying so (with --strict too: nothing is unknown).

    a: 大学, related (√), 3.5 years, 四级 of 2022-03-05: held; 3-2 wants 大专 or above in a
    relevant major and 2 years after the 四级 (56 months since, capped by the 3.5 years):
    三级 eligible as 大专 and as 本科. b: the same with the 四级 dated 2022.3 (a month only):
    every reading agrees. c: 初中及以下 (小学 or 初中), 5 years: 小学 fails G1, 初中 meets it
    and 4-1: the diploma stays unknown, 四级 undetermined (an error row with --strict)."""
    content = (
        "编号,学历,是否相关专业,工作年限,证书,取证日期\n"
        "a,大学,√,3.5,四级,2022-03-05\nb,大学,√,3.5,四级,2022.3\nc,初中及以下,,5,,\n"
    )
    args = ("--strict", "--format", "jsonl") if strict else ("--format", "jsonl")
    # (JSON Lines under a .jsonl name: under run_file's out.csv, --format jsonl is refused)
    result, dest = run_file(tmp_path, content, out="out.jsonl", args=args)
    assert 1 == result.exit_code, stderr_of(result)
    rows = [json.loads(line) for line in dest.read_text(encoding="utf-8").splitlines()]
    for row in rows[:2]:
        assert ["held", "eligible", "not_eligible", "not_eligible"] == [
            lv["status"] for lv in row["levels"]
        ]
        assert "associate" == row["facts"]["education"]
        assert any(
            "“大学” 可能是大专/高职 或 本科:两者结论相同,按大专/高职筛查" in w
            for w in row["warnings"]
        )
    if strict:
        assert "小学及以下 或 初中" in rows[2]["error"]
    else:
        assert "undetermined" == rows[2]["levels"][0]["status"]
        assert rows[2]["facts"]["education"] is None
        assert any("小学及以下 或 初中" in w for w in rows[2]["warnings"])


@pytest.mark.parametrize("cell", ["无证书", "暂无证书", "未取得", "无证", "未取证"])
def test_a_certificate_cell_saying_none_is_held_is_none(tmp_path: Path, cell: str) -> None:
    """已有证书 filled in as clerks write "none" there (无证书, 未取得 …) holds no certificate,
    as 无 does: 大专 related with 5 years is eligible for 四级 (4-1) and not for 三级 (no 四级
    certificate), without a warning (it was "无法识别", and 三级 undetermined)."""
    content = f"编号,学历,是否相关专业,工作年限,已有证书,培训\na,大专,是,5,{cell},未参加培训\n"
    result, dest = run_file(tmp_path, content)
    assert 0 == result.exit_code, stderr_of(result)
    [row] = read_rows(dest)
    assert ((E, N, N, N, "4"), "") == (verdicts(row), row["warnings"])


def test_heavy_tick_and_cross_in_relevance_and_final_year_columns(tmp_path: Path) -> None:
    """The heavy tick and crosses (✔, ✘, ✗: those of Excel's and WPS's symbol menus, and of
    this tool's tables) read as √ and × do, in 是否相关专业 and in 是否应届 (a 初中 final-year
    student holds 小学: G1 unmet), without a warning; they were refused."""
    content = (
        "编号,学历,是否相关专业,是否应届,工作年限\n"
        "a,技工学校,✔,✘,0\nb,技工学校,✘,✗,0\nc,技工学校,✗,,0\n"
        "d,初中,,✔,5\ne,初中,,√,5\nf,初中,,✘,5\n"
    )
    result, dest = run_file(tmp_path, content)
    assert 0 == result.exit_code, stderr_of(result)
    rows = read_rows(dest)
    no = (N, N, N, N, "")
    expected = {"a": (E, N, N, N, "4"), "b": no, "c": no, "d": no, "e": no, "f": (E, N, N, N, "4")}
    assert expected == by_id(rows)
    assert [""] * 6 == [r["warnings"] for r in rows]


@pytest.mark.parametrize(
    "header",
    ["工作年限(月)", "工作年限{月}", "工作年限<月>", "工作年限(月)(必填)", "年限/月(必填)"],
)
def test_months_in_the_header_are_not_read_as_years(tmp_path: Path, header: str) -> None:
    """A header whose unit is months (工作年限(月), in any brackets, with a remark after it)
    is never read as years.

    大专 with 18 months (1.5 years) and no training: 4-1 needs 3 years, so
    四级 is not eligible (or undetermined, if the column is not read); 18
    *years* would make it eligible.
    """
    result, dest = run_file(tmp_path, f"编号,学历,{header}\nm,大专,18\n")
    [row] = read_rows(dest)
    assert row["level_4"] in (N, U)
    assert 0 == result.exit_code or row["warnings"]


# --- cells as people type them (the table of tests/test_values.py) ----------------------------

#: parser of the table → (the column its cell is typed in, other columns of the row,
#: JSON path of the value in ``facts``, the value's JSON form)
CELL_COLUMNS: dict[str, tuple[str, dict[str, str], tuple[str | int, ...]]] = {
    "years": ("工作年限", {"学历": "大专"}, ("experience_years",)),
    "level": ("证书", {"学历": "大专"}, ("certificates", 0, "level")),
    "certificate_level": ("证书", {"学历": "大专"}, ("certificates", 0, "level")),
    "training": ("培训", {"学历": "高中"}, ("trainings", 0)),
    "certificate": ("证书", {"学历": "大专"}, ("certificates", 0)),
    "date": ("取证时间", {"证书": "四级"}, ("certificates", 0, "date")),
    "education": ("学历", {}, ("education",)),
    "major": ("专业相关性", {"学历": "大专"}, ("major",)),
    "title": ("职称", {"学历": "高中"}, ("titles", 0)),
    "bool": ("经评估论证", {"学历": "本科"}, ("diplomas", 0, "evaluated")),
    "graduating": ("应届", {"学历": "本科"}, ("graduating",)),
    "period": ("工作经历", {"学历": "大专"}, ("work_periods", 0)),
}
#: The readings an ambiguous cell's warning names (大学: 大专 or 本科; 高级: 高级工 or 高级技师).
AMBIGUOUS_READINGS: dict[Any, tuple[str, ...]] = {
    ("education", "大学"): ("大专", "本科"),
    ("education", "专升本"): ("大专", "本科"),
    ("education", "初中以下"): ("小学及以下", "初中"),
    ("education", "高中/中专"): ("高中", "中专/中职/职高"),
    ("education", "高中／中专／中技"): ("高中", "中专/中职/职高", "技工学校"),
    ("education", "高中或中专"): ("高中", "中专/中职/职高"),
    ("title", "高工"): ("高级工程师", "高级工"),
    **dict.fromkeys(
        ("level", "certificate_level", "training", "certificate"), ("三级/高级工", "一级/高级技师")
    ),
}
#: The 学历 cells naming several diplomas whose verdicts agree alone: the lowest is read.
AGREED = {
    "大学": "associate",
    "专升本": "associate",
    "高中/中专": "senior_high",
    "高中／中专／中技": "senior_high",
    "高中或中专": "senior_high",
}
#: Where an unreadable cell's fact is found unknown in ``facts`` (the whole fact, or
#: for a date column, the date of the certificate it pairs with).
UNKNOWN_AT = {
    "years": ("experience_years",),
    "date": ("certificates", 0, "date"),
    "education": ("education",),
    "major": ("major",),
    "bool": ("diplomas", 0, "evaluated"),
}


def as_json(parser: str, value: Any) -> Any:
    """A parsed value of the table as it shows in the JSON ``facts``."""
    if parser == "certificate":
        level, when = value
        return {"level": level, "date": when.isoformat() if when else None}
    if parser == "title":
        level, when, corresponding = value
        date_text = when.isoformat() if when else None
        return {"level": level.value, "date": date_text, "corresponding": corresponding}
    if parser == "period":  # as worked: an open period up to the day before the evaluation
        start, end = value
        last = end or date.fromisoformat(AS_OF) - timedelta(days=1)
        return [start.isoformat(), last.isoformat()]
    if isinstance(value, date):
        return value.isoformat()
    return getattr(value, "value", value)


@pytest.fixture(scope="module")
def cell_runs(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """A function: parser → the JSON Lines rows of one batch run with every cell of that parser.

    One run per parser, one row per typed text, in the order of the table.
    """
    folder = tmp_path_factory.mktemp("cells")

    @cache
    def run(parser: str) -> tuple[int, list[dict[str, Any]]]:
        column, others, _ = CELL_COLUMNS[parser]
        texts = [text for p, text, _ in CELL_CASES if p == parser]
        header = ["编号", *others, column]
        rows = [[f"c{i}", *others.values(), text] for i, text in enumerate(texts)]
        src, dest = folder / f"{parser}.csv", folder / f"{parser}.jsonl"
        src.write_text(csv_text(header, rows), encoding="utf-8")
        result = invoke([str(src), "-o", str(dest), "-q"])
        return result.exit_code, jsonl_facts(dest)

    return run


@pytest.mark.parametrize("case", CELL_CASES, ids=[f"{c[0]}-{c[1]}" for c in CELL_CASES])
def test_typed_cell_reaches_the_facts(cell_runs: Any, case: tuple[str, str, Any]) -> None:
    """A cell typed as people type it is read as check reads it; one it cannot read is a warning."""
    parser, text, expected = case
    column, _, path = CELL_COLUMNS[parser]
    code, rows = cell_runs(parser)
    index = [t for p, t, _ in CELL_CASES if p == parser].index(text)
    row = rows[index]
    assert f"c{index}" == row["id"]
    assert "error" not in row, row.get("error")
    if expected is MONTH and parser == "period":  # read cautiously (see the tests below)
        assert 1 == code
        [warning] = row["warnings"]
        assert f"{column} 列的时段 “{text}” 只写到月" in warning
        start, end = values.split_period(text, months=True)
        assert [start.isoformat(), end and end.isoformat()] == dig(row["facts"], path)
    elif expected is MONTH:  # a month: read as its days (see the tests of months below)
        assert 1 == code
        [warning] = row["warnings"]
        assert f"{column} 列只写到月" in warning
        if parser == "certificate":  # the month of the certificate's date
            month = values.certificate_month(text)
            assert month is not None
            days = month[1:3]
            got = dig(row["facts"], path)["date"]
        else:
            found = values.month_span(text)  # 2024.1: January, or October (2024.10)
            assert found is not None
            days, got = found, dig(row["facts"], path)
        assert got in (None, days[1].isoformat())
    elif isinstance(expected, Outcome):
        assert 1 == code
        [warning] = row["warnings"]
        assert column in warning
        readings = AMBIGUOUS_READINGS.get((parser, text), AMBIGUOUS_READINGS.get(parser))
        if expected is AMBIGUOUS:  # the warning names both readings, as readings
            assert readings is not None
            for reading in readings:
                assert reading in warning
        if expected is AMBIGUOUS and text in AGREED:
            # 大学 alone (no other column): as 大专 and as 本科 every level is decided alike
            # (四级 4-1 and 三级 3-2 unknown, 4-3 and 3-1 unmet; 二级, 一级 unknown), so the
            # verdicts stand and the lower diploma is read, with the warning saying so; so
            # too 高中/中专 (四级 4-1 unknown, 4-3 unmet or unknown; 三级 and up unmet)
            assert "可能是" in warning
            assert AGREED[text] == dig(row["facts"], path)
        elif expected is AMBIGUOUS:
            # 初中以下 alone: as 小学 G1 fails (every level not eligible), as 初中 四级 is
            # undetermined: the diploma stays unknown
            assert "可以指" in warning
        if expected is AMBIGUOUS and text in AGREED:
            pass  # read, above
        elif parser in UNKNOWN_AT:
            assert dig(row["facts"], UNKNOWN_AT[parser]) is None
        elif parser == "certificate" and (held := values.certificate_without_date(text)):
            # the level reads, the date does not (四级:2024-13-01): held, its date not known
            assert [
                {"level": held[0], "date": None, "years_after": None, "years_after_bound": None}
            ] == dig(row["facts"], path[:1])
            assert "无法识别:证书按已持有、取证日期未知计" in warning
        else:  # certificates and trainings: see test_unreadable_cell_is_unknown_not_none
            assert dig(row["facts"], path[:1]) in (None, [])
    else:
        assert [] == row["warnings"]
        got = dig(row["facts"], path)
        if parser == "certificate":
            got = {"level": got["level"], "date": got["date"]}
        if parser == "title":
            got = {k: got[k] for k in ("level", "date", "corresponding")}
        assert as_json(parser, expected) == got


@pytest.mark.parametrize(
    "word",
    [
        "not sure",
        "Don't know",
        "dont know",
        "don’t know",
        "不清楚",
        "不清楚？",
        "not sure?",
        "?",
        "？",
    ],
)
def test_a_cell_saying_not_known_in_english_leaves_the_fact_unknown(
    tmp_path: Path, word: str
) -> None:
    """A 工作年限 cell that says it is not known, in English as in Chinese, leaves the
    experience unknown without a warning (the row is screened); so does one asked back
    (不清楚？), as at the questions, and a question mark alone (at a question it asks for
    help; a cell cannot ask)."""
    src, dest = tmp_path / "in.csv", tmp_path / "out.jsonl"
    src.write_text(csv_text(["编号", "学历", "工作年限"], [["a", "大专", word]]), encoding="utf-8")
    invoke([str(src), "-o", str(dest), "-q"])
    [row] = jsonl_facts(dest)
    assert ([], None) == (row["warnings"], row["facts"]["experience_years"])


@pytest.mark.parametrize("text", ["2020年5月", "2020.5", "2019年"])
def test_a_date_in_the_years_column_is_said_to_look_like_one(tmp_path: Path, text: str) -> None:
    """A 工作年限 cell holding a year or a month is unread (the experience unknown), and the
    warning says it looks like a date and asks for the years, naming no flag."""
    src, dest = tmp_path / "in.csv", tmp_path / "out.jsonl"
    src.write_text(csv_text(["编号", "学历", "工作年限"], [["a", "大专", text]]), encoding="utf-8")
    invoke([str(src), "-o", str(dest), "-q"])
    [row] = jsonl_facts(dest)
    [warning] = row["warnings"]
    assert None is row["facts"]["experience_years"]
    assert "像是年份或日期" in warning
    assert "--" not in warning


def test_certificates_in_one_cell_without_a_comma_are_each_read(tmp_path: Path) -> None:
    """A 证书 cell “四级 2024-01-10 三级 2025-01-01” holds two certificates, each with its
    date, read without a warning."""
    src, dest = tmp_path / "in.csv", tmp_path / "out.jsonl"
    cell = "四级 2024-01-10 三级 2025-01-01"
    src.write_text(csv_text(["编号", "学历", "证书"], [["a", "大专", cell]]), encoding="utf-8")
    invoke([str(src), "-o", str(dest), "-q"])
    [row] = jsonl_facts(dest)
    assert [] == row["warnings"]
    given = [(c["level"], c["date"]) for c in row["facts"]["certificates"]]
    assert [(4, "2024-01-10"), (3, "2025-01-01")] == sorted(given, reverse=True)


#: The spellings issue #11 lists, each with its value worked out by hand.
ISSUE_SPELLINGS: dict[tuple[str, str], Any] = {
    ("years", "三年"): 3.0,
    ("years", "3年半"): 3.5,
    ("years", "3年6个月"): 3.5,
    ("years", "两年"): 2.0,
    ("years", "3.5年"): 3.5,
    ("years", "三年十三个月"): REJECTED,
    ("certificate_level", "四级证书"): 4,
    ("certificate", "四级 2024-01-10"): (4, date(2024, 1, 10)),
    ("date", "2024年1月10日"): date(2024, 1, 10),
    ("date", "2024.1.10"): date(2024, 1, 10),
    ("date", "2024/1/10"): date(2024, 1, 10),
    ("training", "四级培训"): 4,
    ("training", "四级正规培训"): 4,
    ("education", "大学本科"): "bachelor",
    ("education", "全日制本科"): "bachelor",
    ("education", "硕士研究生"): "master",
    ("education", "专科(高职)"): "associate",
    ("education", "大学"): AMBIGUOUS,
}


def test_cell_cases_cover_the_issue() -> None:
    """The shared table holds every spelling issue #11 lists, with the value worked out by hand."""
    table = {(p, t): e for p, t, e in CELL_CASES}
    assert ISSUE_SPELLINGS == {k: getattr(table[k], "value", table[k]) for k in ISSUE_SPELLINGS}


# --- a column of major names -----------------------------------------------------------------


@pytest.mark.parametrize("header", ["专业", "专业名称"])
def test_major_names_are_not_read_and_never_errors(tmp_path: Path, header: str) -> None:
    """A column of major names is reported as not read, and no row becomes an error or a warning.

    a: 大专, 3 years → 四级 via 4-1, whatever the major. b: 技工学校, 0 years:
    4-3 needs the major's relevance, unknown here, so 四级 is undetermined.
    """
    content = f"编号,学历,{header},工作年限\na,大专,市场营销,3\nb,技工学校,新闻学,0\n"
    result, dest = run_file(tmp_path, content)
    assert 0 == result.exit_code
    rows = read_rows(dest)
    assert {"a": (E, N, N, N, "4"), "b": (U, N, N, N, "")} == by_id(rows)
    assert [("", ""), ("", "")] == [(r["warnings"], r["error"]) for r in rows]
    assert ["市场营销", "新闻学"] == [k[header] for k in read_kept(dest)]
    read, ignored = read_and_ignored(result)
    assert header not in read.replace("专业相关性", "")
    assert header in ignored
    assert "专业名称,不是相关性" in ignored


# --- a column of the date work started ---------------------------------------------------------

WORK_START_HEADERS = [
    "参加工作时间",
    "参加工作日期",
    "入职时间",
    "入职日期",
    "工作开始时间",
    "开始工作时间",
    "参加工作时间(年月)",
    "参加工作时间[年月]",
    "参加工作时间【年月】",
    "Start of work",
    "Employment date",
]


@pytest.mark.parametrize("header", WORK_START_HEADERS)
def test_the_date_work_started_is_not_read_as_experience_and_said(
    tmp_path: Path, header: str
) -> None:
    """A column of the date work started is not read as the years of experience (the time
    since a first job need not be years in the occupation): the mapping says why, and with no
    column of those years a line after the summary says how to give them (the column was
    listed as not read, without a reason, and nothing more was said). a: 大专, relevant,
    experience unknown → 四级 undetermined."""
    content = f"编号,学历,专业相关性,{header}\na,大专,相关,2015-03-01\n"
    result, dest = run_file(tmp_path, content)
    assert 0 == result.exit_code, stderr_of(result)
    assert {"a": (U, N, N, N, "")} == by_id(read_rows(dest))
    assert [("", "")] == [(r["warnings"], r["error"]) for r in read_rows(dest)]
    _, ignored = read_and_ignored(result)
    assert nows(f"{header}(参加工作或入职的日期,不是从事本职业的年限,不读取)") in ignored
    said = nows(stderr_of(result).split("已写入")[1])
    assert nows(f"列{header}是参加工作或入职的日期,没有读取") in said
    assert "名单中没有工作年限列,各行的工作年限按未知处理" in said
    assert "请加一列“工作年限”" in said
    assert "--column列名=从业年限" in said
    english, _ = run_file(tmp_path, content, lang="en")
    text = re.sub(r"\s+", " ", stderr_of(english))
    assert f"the column {header} gives the date work or the job started and was not read" in text
    assert "Add a column 工作年限" in text
    assert "--column HEADER=experience" in text
    assert "not the years in the occupation: not read" in text
    quiet, _ = run_file(tmp_path, content, args=("-q",))
    assert "" == stderr_of(quiet)


def test_the_date_work_started_beside_the_years_is_only_named_in_the_mapping(
    tmp_path: Path,
) -> None:
    """With a 工作年限 column the years are read from it (a: 3 years → 四级 via 4-1): the date
    column is not read, named so in the mapping, and no line asks for the years."""
    content = "编号,学历,专业相关性,工作年限,参加工作时间\na,大专,相关,3,2010-03-01\n"
    result, dest = run_file(tmp_path, content)
    assert 0 == result.exit_code, stderr_of(result)
    assert {"a": (E, N, N, N, "4")} == by_id(read_rows(dest))
    _, ignored = read_and_ignored(result)
    assert "参加工作时间(参加工作或入职的日期,不是从事本职业的年限,不读取)" in ignored
    assert "没有读取:" not in stderr_of(result)


def test_the_date_work_started_beside_a_work_history_asks_for_nothing(tmp_path: Path) -> None:
    """A work history gives the years in the occupation: no line asks for a 工作年限 column."""
    content = "编号,学历,工作经历,入职日期\na,大专,,2010-03-01\n"
    result, _ = run_file(tmp_path, content)
    assert 0 == result.exit_code, stderr_of(result)
    assert "入职日期(参加工作或入职的日期" in nows(mapping(result))
    assert "没有读取:" not in stderr_of(result)


def test_the_date_work_started_in_an_xlsx_sheet_is_said(tmp_path: Path) -> None:
    """An .xlsx with a date cell under 入职日期 and no years: said as in CSV, not read."""
    src = tmp_path / "in.xlsx"
    workbook(
        src, {"报名表": [["姓名", "学历", "入职日期"], ["张三", "大专", datetime(2016, 1, 4)]]}
    )
    dest = tmp_path / "out.csv"
    result = invoke([str(src), "-o", str(dest)])
    assert 0 == result.exit_code, stderr_of(result)
    assert {"张三": (U, N, N, N, "")} == by_id(read_rows(dest))
    assert "列入职日期是参加工作或入职的日期,没有读取" in nows(stderr_of(result))


def test_major_column_of_relevance_words_is_read_as_relevance(tmp_path: Path) -> None:
    """A column named 专业 that holds relevance words (相关 / 不相关) is read as the relevance."""
    content = (
        "编号,学历,专业,工作年限\na,技工学校,相关,0\nb,技工学校,不相关,0\nc,技工学校,本专业,0\n"
    )
    result, dest = run_file(tmp_path, content)
    assert 0 == result.exit_code
    assert {"a": (E, N, N, N, "4"), "b": (N, N, N, N, ""), "c": (E, N, N, N, "4")} == by_id(
        read_rows(dest)
    )
    read, _ = read_and_ignored(result)
    assert nows("专业 → 专业相关性") in read


# --- a certificate date in its own column -----------------------------------------------------


def test_date_column_pairs_with_the_certificate_column(tmp_path: Path) -> None:
    """取证时间 gives its date to the row's undated certificate; a contradiction is an error row.

    d1: 大专, related, 3 years, 四级 of 2024-01-10: 34 months since (2.83 years,
        under the 3-year cap) ≥ 2, so 三级 via 3-2.
    d2: the same without a date: the years since the certificate are unknown
        (at most 3), so 三级 is undetermined.
    d3: the date given twice, the same: as d1.
    d4: two different dates for one certificate: an error row naming 取证时间.
    d5: a date but no certificate: an error row naming 取证时间.
    d6: 8 years, 三级 undated and 四级 of 2018-01-01, date 2020-06-01: it goes to
        the 三级 certificate, 77 months since ≥ 4 years, so 二级 via 2-1.
    """
    content = csv_text(
        ["编号", "学历", "专业相关性", "工作年限", "证书", "取证时间"],
        [
            ["d1", "大专", "相关", "3", "四级", "2024年1月10日"],
            ["d2", "大专", "相关", "3", "四级", ""],
            ["d3", "大专", "相关", "3", "四级:2024-01-10", "2024/1/10"],
            ["d4", "大专", "相关", "3", "四级:2024-01-10", "2023-05-01"],
            ["d5", "大专", "相关", "3", "", "2024-01-10"],
            ["d6", "大专", "相关", "8", "三级;四级:2018-01-01", "2020.6.1"],
        ],
    )
    result, dest = run_file(tmp_path, content)
    assert 1 == result.exit_code
    rows = {r["id"]: r for r in read_rows(dest)}
    assert {
        "d1": (H, E, N, N, "3"),
        "d2": (H, U, N, N, ""),
        "d3": (H, E, N, N, "3"),
        "d4": ("", "", "", "", ""),
        "d5": ("", "", "", "", ""),
        "d6": (H, H, E, N, "2"),
    } == {k: verdicts(r) for k, r in rows.items()}
    assert "取证时间" in rows["d4"]["error"]
    assert "取证时间" in rows["d5"]["error"]
    assert ["", "", "", "", "", ""] == [r["warnings"] for r in rows.values()]


# --- --column -----------------------------------------------------------------------------------


def test_column_option_maps_a_header_explicitly(tmp_path: Path) -> None:
    """--column 最后学历=学历 reads a header no list names; without it, the column is not
    read, and said to look like the education, with how to read it (exit 1: the verdicts
    may be wrong).

    大专 with 3 years: 四级 via 4-1; with the education unread, G1 is unknown
    and 四级 undetermined.
    """
    content = "编号,最后学历,工作年限\na,大专,3\n"
    result, dest = run_file(tmp_path, content)
    assert 1 == result.exit_code
    assert {"a": (U, N, N, N, "")} == by_id(read_rows(dest))
    assert "最后学历(像是学历" in nows(read_and_ignored(result)[1])
    assert "--column最后学历=学历" in nows(stderr_of(result))
    result, dest = run_file(tmp_path, content, args=("--column", "最后学历=学历"))
    assert 0 == result.exit_code
    assert {"a": (E, N, N, N, "4")} == by_id(read_rows(dest))
    assert nows("最后学历 → 学历") in read_and_ignored(result)[0]


def test_headers_clerks_write_for_final_year_and_certificates(tmp_path: Path) -> None:
    """是否为应届毕业生 and 持有证书 were not read (a final-year student taken as not one,
    the 四级 as none held), silently. 1: a 大专 still studied for (3-2 of the summary does
    not count final-year students; the 高中 held is of no type 3-2 asks), 3 years, 四级 of
    2024-01-10 → 四级 held, 三级 not eligible (it was eligible by 3-2)."""
    content = "序号,学历,是否相关专业,是否为应届毕业生,工作年限,持有证书,证书取得时间\n"
    result, dest = run_file(tmp_path, content + "1,大专,是,是,3,四级,2024-01-10\n")
    assert 0 == result.exit_code, stderr_of(result)
    assert {"1": (H, N, N, N, "")} == by_id(read_rows(dest))


@pytest.mark.parametrize("header", ["已取得证书等级", "已有证书等级", "持有证书等级"])
def test_a_certificate_level_column_as_forms_name_it_is_read(tmp_path: Path, header: str) -> None:
    """已取得证书等级 (a registration form's) was only said to look like 证书, the run exiting
    1 and the 三级 taken as none held. 大专 of a related major, 5 years, 三级 of 2020-01-01:
    四级 and 三级 held; 二级 by 2-1 (4 years after 三级: continuous work since 2020-01-01,
    6.9 years, capped by the 5 in all) → eligible, highest 2."""
    content = f"编号,学历,专业相关性,工作年限,{header}\na,大专,相关,5,三级:2020-01-01\n"
    result, dest = run_file(tmp_path, content)
    assert 0 == result.exit_code, stderr_of(result)
    assert {"a": (H, H, E, N, "2")} == by_id(read_rows(dest))


@pytest.mark.parametrize(
    ("header", "fact"),
    [
        ("持证类别", "证书"),
        ("技能等级", "证书"),
        ("现从业时长年限", "从业年限"),
        ("应届/往届情况", "应届在读"),
        ("认证时间", "取证日期"),
        # a training's certificate (结业证书) is the training, not a certificate held: it
        # was said to look like 证书, whose --column would have read 四级 as held
        ("培训结业证书", "正规培训"),
        ("培训证书等级", "正规培训"),
        # a length of work in years or months, though 时间 may name a date: it was only
        # listed as not read, exit 0, with the experience unknown on every row
        ("工作时间（年）", "从业年限"),
        ("相关工作经历（年）", "从业年限"),
        ("从业时间(月)", "从业年限"),
    ],
)
def test_a_column_that_looks_like_a_fact_is_said_not_read(
    tmp_path: Path, header: str, fact: str
) -> None:
    """A header not recognised with a word of a fact in it (持证类别) was listed as not read
    and nothing more, exit 0, while the verdicts took its fact as not there (no certificate
    column: none held). It is said, also with -q, with the --column that reads it, and the
    run exits 1; once --column names it, it is read and nothing is said."""
    content = f"编号,学历,{header}\na,大专,x\n"
    result, _ = run_file(tmp_path, content, args=("-q",))
    assert 1 == result.exit_code
    said = nows(stderr_of(result))
    assert f"未读取的列{header}" in said
    assert f"--column{header}={fact}" in said
    result, _ = run_file(tmp_path, content, args=("-q", "--column", f"{header}={fact}"))
    assert 2 != result.exit_code, stderr_of(result)  # the option suggested is one it reads
    assert "未读取的列" not in stderr_of(result)


@pytest.mark.parametrize(
    ("header", "cells", "fact", "expected"),
    [
        # 本科 with 4 years, 三级 of 2020-06-01: 2-1's 4 years after it (6.5 since the
        # date, capped by the 4 in all) are met → 二级
        ("证书等级/取证时间", ["三级/2020-06-01"], "证书", (H, H, E, N, "2")),
        ("证书及取证时间", ["三级 2020年6月1日", "无"], "证书", (H, H, E, N, "2")),
        # a column of dates alone is the certificate's date, as before
        ("认证时间", ["2020-06-01"], "取证日期", None),
    ],
)
def test_a_column_of_levels_with_their_dates_is_suggested_as_certificates(
    tmp_path: Path, header: str, cells: list[str], fact: str, expected: tuple[str, ...] | None
) -> None:
    """A header with a certificate and a date in it (证书等级/取证时间) whose cells give a
    level and its date (三级/2020-06-01) was said to look like the certificate's date and
    offered --column …=取证日期, which reads no such cell: it is offered =证书, which does."""
    rows = "".join(f"{n},本科,4,{c}\n" for n, c in enumerate(cells, 1))
    content = f"编号,学历,工作年限,{header}\n{rows}"
    result, _ = run_file(tmp_path, content, args=("-q",))
    assert f"--column{header}={fact}" in nows(stderr_of(result))
    if expected is not None:
        result, dest = run_file(tmp_path, content, args=("-q", "--column", f"{header}={fact}"))
        assert 0 == result.exit_code, stderr_of(result)
        assert expected == by_id(read_rows(dest))["1"]


@pytest.mark.parametrize(
    "header",
    [
        *("证书编号", "报考等级", '"备注(证书,培训)"', "参加工作时间", "鉴定等级", "报名等级"),
        *("培训费", "培训学时", "在读学校", "应届毕业院校"),
        "培训结业证书取得时间",  # a training's date, no certificate's
    ],
)
def test_a_column_about_something_else_is_not_said_to_look_like_a_fact(
    tmp_path: Path, header: str
) -> None:
    """A certificate's number, the level applied for, a remark, the date work began: not
    read, and not said to look like a fact (exit 0)."""
    result, _ = run_file(tmp_path, f"编号,学历,工作年限,{header}\na,大专,3,x\n", args=("-q",))
    assert (0, "") == (result.exit_code, stderr_of(result))


def test_column_option_wins_over_a_recognised_header(tmp_path: Path) -> None:
    """--column 文化程度=education reads 文化程度, and the 学历 column is named as not read.

    文化程度 大专 with 3 years: 四级 via 4-1 (学历 小学 would fail G1).
    """
    content = "编号,学历,文化程度,工作年限\na,小学,大专,3\n"
    result, dest = run_file(tmp_path, content, args=("--column", "文化程度=education"))
    assert 0 == result.exit_code
    assert {"a": (E, N, N, N, "4")} == by_id(read_rows(dest))
    read, ignored = read_and_ignored(result)
    assert nows("文化程度 → 学历") in read
    assert nows("学历 (已由另一列读取)") in ignored


def test_column_option_dash_ignores_a_column(tmp_path: Path) -> None:
    """--column 学历=- leaves a recognised column unread (G1 unknown: 四级 undetermined)."""
    content = "编号,学历,工作年限\na,大专,3\n"
    result, dest = run_file(tmp_path, content, args=("--column", "学历=-"))
    assert 0 == result.exit_code
    assert {"a": (U, N, N, N, "")} == by_id(read_rows(dest))
    assert nows("学历 (按 --column 不读取)") in read_and_ignored(result)[1]


@pytest.mark.parametrize(
    ("option", "words"),
    [
        ("文化程度", ["--column", "文化程度"]),
        ("没有这列=学历", ["没有这列"]),
        ("学历=身高", ["身高"]),
    ],
    ids=["no-equals", "no-such-column", "no-such-fact"],
)
def test_bad_column_option_exit_2(tmp_path: Path, option: str, words: list[str]) -> None:
    """A --column that is malformed, names no column or no fact: exit 2 naming it, nothing written."""
    result, dest = run_file(tmp_path, "编号,学历,工作年限\na,大专,3\n", args=("--column", option))
    assert 2 == result.exit_code
    message = stderr_of(result)
    assert [w for w in words if w in message] == words
    assert not dest.exists()


# --- every input column kept, in order ----------------------------------------------------------

KEEP_HEADER = ["编号", "电话", "学历", "备注", "工作年限", "身份证号"]
KEEP_ROWS = [["k1", "13800000001", "大专", "第一批", "3", "11010119900101123X"]]


@pytest.mark.parametrize(
    ("mode", "kept"),
    [
        ("all", KEEP_HEADER),
        ("unused", ["电话", "备注", "身份证号"]),
        ("none", []),
    ],
)
def test_keep_columns(tmp_path: Path, mode: str, kept: list[str]) -> None:
    """--keep-columns all (the default) | unused | none: the input columns after the verdicts, in order."""
    content = csv_text(KEEP_HEADER, KEEP_ROWS)
    args = () if mode == "all" else ("--keep-columns", mode)
    result, dest = run_file(tmp_path, content, args=args)
    assert 0 == result.exit_code
    header, row = read_cells(dest)
    # the input's 编号 told apart from the result's id column
    assert [*ZH_COLUMNS, *("编号 (2)" if k == "编号" else k for k in kept)] == header
    by_name = dict(zip(KEEP_HEADER, KEEP_ROWS[0], strict=True))
    assert [by_name[k] for k in kept] == row[len(ZH_COLUMNS) :]
    assert (E, N, N, N, "4") == verdicts(read_rows(dest)[0])


def test_keep_unused_keeps_the_names(tmp_path: Path) -> None:
    """With 编号 as the id, --keep-columns unused still keeps 姓名: the name is not used, nor shown."""
    content = "编号,姓名,学历,工作年限\nk1,张三,大专,3\n"
    result, dest = run_file(tmp_path, content, args=("--keep-columns", "unused"))
    assert 0 == result.exit_code
    assert [{"姓名": "张三"}] == read_kept(dest)


@pytest.mark.parametrize("mode", ["all", "unused", "none"])
def test_keep_columns_for_jsonl_in_and_out(tmp_path: Path, mode: str) -> None:
    """JSON Lines in and out: a line's keys that are not facts are passed through under
    "columns", except with --keep-columns none."""
    line = '{"id": "a", "education": "大专", "experience": 3, "tel": "138", "note": [1]}\n'
    result, dest = run_file(
        tmp_path, line, name="in.jsonl", out="out.jsonl", args=("--keep-columns", mode)
    )
    assert 0 == result.exit_code, result.output
    (obj,) = [json.loads(x) for x in dest.read_text(encoding="utf-8").splitlines()]
    if mode == "none":
        assert "columns" not in obj
    else:
        assert {"tel": "138", "note": [1]} == obj["columns"]


@pytest.mark.parametrize("mode", ["all", "unused"])
def test_unnamed_columns_are_named_by_their_place_in_the_input(tmp_path: Path, mode: str) -> None:
    """A kept column with no name is "#N" by its place in the input, whichever columns are
    kept: the same column has the same name with --keep-columns all and unused."""
    content = "学历,,工作年限,\n大专,x,3,y\n"
    result, dest = run_file(tmp_path, content, out="out.jsonl", args=("--keep-columns", mode))
    assert 0 == result.exit_code, result.output
    (obj,) = [json.loads(x) for x in dest.read_text(encoding="utf-8").splitlines()]
    assert {"#2": "x", "#4": "y"} == {k: v for k, v in obj["columns"].items() if k[0] == "#"}


def test_bad_keep_columns_exit_2(tmp_path: Path) -> None:
    """--keep-columns with another word: exit 2 naming the option and the value."""
    content = csv_text(KEEP_HEADER, KEEP_ROWS)
    result, dest = run_file(tmp_path, content, args=("--keep-columns", "some"))
    assert 2 == result.exit_code
    assert "--keep-columns" in stderr_of(result)
    assert "some" in stderr_of(result)
    assert not dest.exists()


# --- unreadable cells: screened with the fact unknown; --strict ----------------------------------

#: (name, header, row, the column with the unreadable cell, verdicts worked out by hand)
WARNINGS: list[tuple[str, list[str], list[str], str, tuple[str, ...]]] = [
    # experience unknown: 4-1 and 4-2 unknown; G1 met by 大专
    ("years", ["学历", "工作年限"], ["大专", "三年十三个月"], "工作年限", (U, N, N, N, "")),
    # 初中及以下 names 小学 or 初中, which decide 四级 otherwise (G1 unmet: not eligible; met:
    # 4-1's 3 years eligible): education unknown, so G1 unknown, 4-1 met → undetermined
    ("ambiguous", ["学历", "工作年限"], ["初中及以下", "3"], "学历", (U, N, N, N, "")),
    # 4-3 with the major's relevance unknown
    ("relevance", ["学历", "专业相关性", "工作年限"], ["技工学校", "maybe", "0"], "专业相关性",
     (U, N, N, N, "")),
    # the certificate's date unknown: years since it unknown (at most 3), so 3-2 unknown
    ("date", ["学历", "专业相关性", "工作年限", "证书", "取证时间"],
     ["大专", "相关", "3", "四级", "2024-13-01"], "取证时间", (H, U, N, N, "")),
    # the years since the certificate unknown: 3-2 unknown
    ("years-after", ["学历", "专业相关性", "工作年限", "证书", "取证后年限"],
     ["大专", "相关", "3", "四级", "x"], "取证后年限", (H, U, N, N, "")),
]  # fmt: skip
#: The same for the cells the batch takes as "none" or "no" instead of unknown.
WARNINGS_AS_NONE: list[tuple[str, list[str], list[str], str, tuple[str, ...]]] = [
    # 高中, 1 year, training unknown: 4-2 unknown → 四级 undetermined
    ("training", ["学历", "工作年限", "培训"], ["高中", "1", "五级培训"], "培训", (U, N, N, N, "")),
    # 大专 related 3 years, certificates unknown: 3-2 unknown (3-1 needs a senior technical
    # school); 2-1 and 1-1 ask 4 years of work after a certificate, more than the 3 years
    # worked in all: unmet whatever is held (SPEC: unmet as soon as one part is unmet)
    ("certificates", ["学历", "专业相关性", "工作年限", "证书"], ["大专", "相关", "3", "五级"],
     "证书", (E, U, N, N, "4")),
    # final-year student or not unknown: the 大专 diploma may not be held yet, 3-2 unknown
    ("graduating", ["学历", "专业相关性", "应届", "工作年限", "证书"],
     ["大专", "相关", "maybe", "3", "四级:2024-01-10"], "应届", (H, U, N, N, "")),
]  # fmt: skip


def warned_row(tmp_path: Path, header: list[str], row: list[str], strict: bool) -> Any:
    """Screen one row (the id w1), with or without --strict: (result, verdict row)."""
    result, dest = run_file(
        tmp_path, csv_text(["编号", *header], [["w1", *row]]), args=("--strict",) * strict
    )
    [out] = read_rows(dest)
    return result, out


@pytest.mark.parametrize("case", WARNINGS, ids=[c[0] for c in WARNINGS])
def test_unreadable_cell_is_screened_as_unknown(tmp_path: Path, case: tuple[Any, ...]) -> None:
    """An unreadable cell: the row is screened with that fact unknown, 提示 names the column; exit 1."""
    _, header, row, column, expected = case
    result, out = warned_row(tmp_path, header, row, strict=False)
    assert 1 == result.exit_code
    assert expected == verdicts(out)
    assert column in out["warnings"]
    assert row[header.index(column)] in out["warnings"]
    assert "" == out["error"]
    assert 1 == tally(stderr_of(result))["带提示的行"]


@pytest.mark.parametrize("case", WARNINGS_AS_NONE, ids=[c[0] for c in WARNINGS_AS_NONE])
def test_unreadable_cell_is_unknown_not_none(tmp_path: Path, case: tuple[Any, ...]) -> None:
    """An unreadable training, certificate or final-year cell is unknown too, never "none" or "no"."""
    _, header, row, column, expected = case
    result, out = warned_row(tmp_path, header, row, strict=False)
    assert 1 == result.exit_code
    assert column in out["warnings"]
    assert expected == verdicts(out)


@pytest.mark.parametrize(
    "case", WARNINGS + WARNINGS_AS_NONE, ids=[c[0] for c in WARNINGS + WARNINGS_AS_NONE]
)
def test_strict_makes_it_an_error_row(tmp_path: Path, case: tuple[Any, ...]) -> None:
    """--strict: the same row is an error row naming the column and the value; exit 1."""
    _, header, row, column, _ = case
    result, out = warned_row(tmp_path, header, row, strict=True)
    assert 1 == result.exit_code
    assert ("", "", "", "", "") == verdicts(out)
    assert column in out["error"]
    assert row[header.index(column)] in out["error"]
    assert "" == out["warnings"]
    assert 1 == tally(stderr_of(result))["有误的行"]


# --- the user's language ------------------------------------------------------------------------

LANG_CSV = csv_text(
    ["编号", "学历", "专业相关性", "工作年限", "证书", "职业方向"],
    [
        ["l1", "大专", "相关", "3", "", ""],  # 四级 via 4-1
        ["l2", "大专", "相关", "3", "四级:2024-01-10", ""],  # 四级 held, 三级 via 3-2
        ["l3", "大专", "", "", "", ""],  # experience unknown: 四级 undetermined
        ["l4", "大专", "相关", "3", "", "数据分析"],  # 数据分析 has no 四级
    ],
)


@pytest.mark.parametrize(
    ("lang", "columns", "words"),
    [
        ("zh", ZH_COLUMNS, {"l1": ["可以报考", "暂不可报考", "暂不可报考", "暂不可报考"],
                            "l2": ["已持有", "可以报考", "暂不可报考", "暂不可报考"],
                            "l3": ["无法判断", "暂不可报考", "暂不可报考", "暂不可报考"],
                            "l4": ["不设此等级", "暂不可报考", "暂不可报考", "暂不可报考"]}),
        ("en", EN_COLUMNS, {"l1": ["eligible", "not_eligible", "not_eligible", "not_eligible"],
                            "l2": ["held", "eligible", "not_eligible", "not_eligible"],
                            "l3": ["undetermined", "not_eligible", "not_eligible", "not_eligible"],
                            "l4": ["not_offered", "not_eligible", "not_eligible",
                                   "not_eligible"]}),
    ],
)  # fmt: skip
def test_headers_and_verdict_words_in_the_users_language(
    tmp_path: Path, lang: str, columns: list[str], words: dict[str, list[str]]
) -> None:
    """--lang zh (the default): Chinese headers and verdict words; --lang en: the ids."""
    args = ("--lang", "en") if lang == "en" else ()
    result, dest = run_file(tmp_path, LANG_CSV, args=args, lang="zh")
    assert 0 == result.exit_code
    header, *rows = read_cells(dest)
    assert columns == header[:10]
    assert words == {r[1]: r[2:6] for r in rows}
    summary = {r[1]: r[7] for r in rows}
    if lang == "zh":
        assert "可报考" in summary["l1"]
        assert not re.search(r"[A-Za-z]{3,}", "".join(summary.values()))
    else:
        assert "eligible" in summary["l1"]
        assert not re.search(r"[\u4e00-\u9fff]", summary["l1"])
        assert "读取" not in stderr_of(result)


# --- the clerk's sheet (issue #11, "Done when") ----------------------------------------------------

CLERK_HEADER = ["序号", "姓名", "性别", "身份证号", "文化程度", "专业", "是否相关专业", "工作年限(年)",
                "已有证书", "取证时间", "培训情况", "联系电话", "备注"]  # fmt: skip
#: The rows as a clerk types them (CSV: all text).
CLERK_ROWS = [
    ["1", "张伟", "男", "110101199001011234", "大学本科", "市场营销", "是", "3年半",
     "", "", "", "13800000001", ""],
    ["2", "李娜", "女", "11010119920202234X", "高中", "", "否", "两年",
     "", "", "四级正规培训", "13800000002", "已缴费"],
    ["3", "王芳", "女", "110101199303033456", "专科（高职）", "新闻学", "是", "三年",
     "四级证书", "2024年1月10日", "", "13800000003", ""],
    ["4", "刘强", "男", "110101198804044567", "硕士研究生", "计算机科学与技术", "否", "3年6个月",
     "三级", "2020/6/1", "", "13800000004", ""],
    ["5", "陈静", "女", "110101199505055678", "全日制本科", "电子商务", "是", "18个月",
     "", "", "四级培训", "13800000005", ""],
    ["6", "杨帆", "男", "110101199006066789", "大学", "汉语言文学", "否", "5",
     "", "", "", "13800000006", "学历待核实"],
    ["7", "赵磊", "男", "110101200007077890", "中专", "视觉传达设计", "否", "半年",
     "", "", "", "13800000007", ""],
    ["8", "黄敏", "女", "110101200508088901", "技工学校", "电子商务", "是", "0",
     "", "", "", "13800000008", "应届"],
]  # fmt: skip
#: 序号 → verdicts, worked out by hand:
#: 1 本科, related, 3.5 years: 4-1 (≥ 3).
#: 2 高中, 2 years and 四级 formal training: 4-2 (≥ 1 year + training); 4-1 needs 3.
#: 3 大专, related, 3 years, 四级 of 2024-01-10: held; 34 months since (2.83 ≤ the
#:   3-year cap) ≥ 2 and 大专 related: 三级 via 3-2.
#: 4 硕士, unrelated, 3.5 years, 三级 of 2020-06-01: 四级 and 三级 held; the years
#:   since 三级 are capped by the 3.5 years of experience < 4: 二级 not yet, reached
#:   after 0.5 more years on 2027-05-27; 一级 needs a 二级 certificate.
#: 5 本科, related, 1.5 years and 四级 training: 4-2.
#: 6 大学 is 大专 or 本科: 5 years meet 4-1 (G1 met) either way, and 三级 and up need
#:   certificates (not eligible) either way: the verdicts stand, with a warning saying
#:   大学 was screened as 大专 or 本科 alike.
#: 7 中专, 0.5 years: 4-1 and 4-2 need more years, 4-3 a technical school: none.
#: 8 技工学校, related, 0 years: 4-3.
CLERK_EXPECTED = {
    "1": (E, N, N, N, "4"),
    "2": (E, N, N, N, "4"),
    "3": (H, E, N, N, "3"),
    "4": (H, H, N, N, ""),
    "5": (E, N, N, N, "4"),
    "6": (E, N, N, N, "4"),
    "7": (N, N, N, N, ""),
    "8": (E, N, N, N, "4"),
}
CLERK_CLAUSES = {"1": "4-1", "2": "4-2", "3": "3-2", "5": "4-2", "6": "4-1", "8": "4-3"}
#: header → the fact it is read as (its name in the Chinese mapping), or None: not read
CLERK_MAP = {
    "序号": "编号", "姓名": "姓名", "性别": None, "身份证号": None, "文化程度": "学历",
    "专业": None, "是否相关专业": "专业相关性", "工作年限(年)": "从业年限", "已有证书": "证书",
    "取证时间": "取证日期", "培训情况": "正规培训", "联系电话": None, "备注": None,
}  # fmt: skip
#: The closing summary's counts, worked out from the verdicts above.
CLERK_TALLY = {
    "读取行数": 8,
    "最高可报考四级": 5,
    "最高可报考三级": 1,
    "暂无可报考等级": 2,
    "无法判断": 0,
    "带提示的行": 1,
    "有误的行": 0,
}


def clerk_xlsx(path: Path) -> None:
    """The clerk's sheet as Chinese Excel keeps it: numbers as numbers, dates as dates."""
    rows: list[list[Any]] = []
    for row in CLERK_ROWS:
        typed: list[Any] = list(row)
        typed[0] = int(row[0])
        typed[7] = int(row[7]) if row[7].isdigit() else row[7]
        typed[9] = {"2024年1月10日": datetime(2024, 1, 10), "2020/6/1": datetime(2020, 6, 1)}.get(
            row[9], row[9] or None
        )
        typed[11] = int(row[11])
        rows.append([None if v == "" else v for v in typed])
    workbook(path, {"报名表": [CLERK_HEADER, *rows]})


def check_clerk_mapping(result: Any) -> None:
    """Every column of the clerk's sheet is named on stderr: read as its fact, or not read."""
    read, ignored = read_and_ignored(result)
    for header, fact in CLERK_MAP.items():
        if fact is None:
            assert header in ignored, header
        else:
            assert nows(f"{header} → {fact}") in read, header
    assert nows("专业 (专业名称,不是相关性") in ignored


def test_clerk_gbk_sheet_end_to_end(tmp_path: Path) -> None:
    """A clerk's GBK CSV: screened right, every column kept in order, nothing ignored without a word."""
    content = csv_text(CLERK_HEADER, CLERK_ROWS).encode("gbk")
    result, dest = run_file(tmp_path, content, name="报名表.csv", out="筛查结果.csv")
    assert 1 == result.exit_code  # 杨帆's 大学 is a warning
    rows = read_rows(dest)
    assert CLERK_EXPECTED == by_id(rows)
    for ident, clause in CLERK_CLAUSES.items():
        assert clause in rows[int(ident) - 1]["summary"]
    assert "2027-05-27" in rows[3]["summary"]
    assert [bool(r["warnings"]) for r in rows] == [i == 5 for i in range(8)]
    assert "文化程度" in rows[5]["warnings"]  # the column as the sheet names it
    assert "大学" in rows[5]["warnings"]
    assert [""] * 8 == [r["error"] for r in rows]
    header, *cells = read_cells(dest)
    assert [*ZH_COLUMNS, *CLERK_HEADER] == header
    assert CLERK_ROWS == [c[len(ZH_COLUMNS) :] for c in cells]
    assert [str(n) for n in range(2, 10)] == [r["line"] for r in rows]
    check_clerk_mapping(result)
    counts = tally(stderr_of(result))
    assert CLERK_TALLY == {k: counts[k] for k in CLERK_TALLY}


def tab_text(header: list[str], rows: list[list[str]]) -> str:
    """A sheet as Excel saves "Text (Tab delimited)" / "Unicode Text": cells between tabs,
    quoted only where they hold a tab, a quote or a line end (a comma is left as it is)."""
    buf = io.StringIO()
    csv.writer(buf, delimiter="\t", lineterminator="\r\n").writerows([header, *rows])
    return buf.getvalue()


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("报名表.txt", "utf-16"),  # Excel "Unicode Text": UTF-16 with its BOM
        ("报名表.txt", "gbk"),  # Excel "Text (Tab delimited)" on a Chinese system
        ("报名表.tsv", "utf-8-sig"),
    ],
)
def test_clerk_tab_delimited_sheet(tmp_path: Path, name: str, encoding: str) -> None:
    """The clerk's sheet saved as tab-delimited text: read with its tabs, the same verdicts as
    the CSV, every column kept."""
    rows = [r[:] for r in CLERK_ROWS]
    rows[2][8] = "四级证书,三级"  # a comma inside a cell of a tab-delimited file is text
    rows[2][9] = ""  # two certificates: the date column cannot pair with one of them
    content = tab_text(CLERK_HEADER, rows).encode(encoding)
    result, dest = run_file(tmp_path, content, name=name, out="筛查结果.csv")
    assert 1 == result.exit_code, stderr_of(result)  # 杨帆's 大学 is a warning
    got = by_id(read_rows(dest))
    # 3: 四级 and 三级 held, no dates: 二级 (2-1) needs 4 years since the 三级, which
    # are at most the 3 years of experience: not eligible
    assert {**CLERK_EXPECTED, "3": (H, H, N, N, "")} == got
    header, *cells = read_cells(dest)
    assert [*ZH_COLUMNS, *CLERK_HEADER] == header
    assert rows == [c[len(ZH_COLUMNS) :] for c in cells]
    check_clerk_mapping(result)


def test_a_tab_delimited_record_with_an_open_quote_costs_one_row(tmp_path: Path) -> None:
    """An unbalanced quote in a tab-delimited file is that row's error, in words, and the
    rows after it are read. The error row keeps what its line shows (its id 1 and its cells),
    so that whoever reads the result knows whose row to mend."""
    content = '编号\t学历\t工作年限\r\n1\t"本科\t3\r\n2\t本科\t3\r\n'
    result, dest = run_file(tmp_path, content.encode("gbk"), name="in.txt")
    rows = read_rows(dest)
    assert ["2", "3"] == [r["line"] for r in rows]
    assert "引号" in rows[0]["error"]
    assert "1" == rows[0]["id"]
    # the open quote runs to the line's end: 学历 holds the rest of the line
    assert {"编号 (2)": "1", "学历": "本科\t3", "工作年限": ""} == read_kept(dest)[0]
    assert (E, N, N, N, "4") == verdicts(rows[1])
    assert 1 == result.exit_code


def test_a_title_with_a_comma_above_a_tab_separated_header(tmp_path: Path) -> None:
    """The title's comma does not make a tab-separated sheet comma-separated: the header
    below it names known columns when split at its tabs. 1: 大专, 5 years → 4-1."""
    content = "2026年第二批, 全媒体运营师\n编号\t学历\t工作年限\n1\t大专\t5\n"
    result, dest = run_file(tmp_path, content.encode("gbk"), name="in.txt")
    assert 0 == result.exit_code, stderr_of(result)
    assert {"1": (E, N, N, N, "4")} == by_id(read_rows(dest))


def test_a_comma_in_a_header_name_of_a_tab_separated_sheet(tmp_path: Path) -> None:
    """A remark column named 备注(证书,培训,其他) holds commas: the sheet is still split at its
    tabs, and the remark is no fact (no training read from "四级,三级").

    2: 大专, 5 years → 4-1; 3: 本科, 3 years → 4-1 (nothing else given)."""
    content = "学历\t工作年限\t备注(证书,培训,其他)\n大专\t5\t无\n本科\t3\t四级,三级\n"
    result, dest = run_file(tmp_path, content.encode("utf-8"), name="in.tsv")
    assert 0 == result.exit_code, stderr_of(result)
    rows = read_rows(dest)
    assert [(E, N, N, N, "4")] * 2 == [verdicts(r) for r in rows]
    assert ["", ""] == [r["warnings"] for r in rows]
    assert "备注(证书,培训,其他)" in read_cells(dest)[0]


def test_a_long_run_of_spaces_in_the_first_lines_is_read_at_once(tmp_path: Path) -> None:
    """A header cell (or a cell of the first rows) holding 20,000 spaces is read like any
    other: no pattern is tried on it at a cost that grows with its square. 1: 大专, 3 years
    → 4-1."""
    content = "编号,学历,工作年限,备注x" + " " * 20_000 + "y\n1,大专,3,\n"
    result, dest = run_file(tmp_path, content)
    assert 0 == result.exit_code, stderr_of(result)
    assert {"1": (E, N, N, N, "4")} == by_id(read_rows(dest))


def test_a_quoted_title_over_several_lines_above_a_tab_separated_header(tmp_path: Path) -> None:
    """A title cell quoted over six lines, a blank line inside it kept as it is: the header
    below is still found and split at its tabs. 1: 大专, 3 years → 4-1."""
    content = '"2026年报名表\r\n   \r\n说明\r\n说明\r\n说明\r\n"\r\n编号\t学历\t工作年限\r\n1\t大专\t3\r\n'
    result, dest = run_file(tmp_path, content.encode("gbk"), name="in.tsv")
    assert 0 == result.exit_code, stderr_of(result)
    rows = read_rows(dest)
    assert ["8"] == [r["line"] for r in rows]
    assert {"1": (E, N, N, N, "4")} == by_id(rows)


def test_blank_lines_above_a_tab_separated_header_keep_the_line_numbers(tmp_path: Path) -> None:
    """Blank lines (or rows of empty cells, Excel's tabs only) above the header are no
    applicants and keep every line number: the applicant on line 3,002 is reported there."""
    content = "\n" * 2000 + "\t\t\n" * 1000 + "编号\t学历\t工作年限\n1\t本科\t3\n"
    result, dest = run_file(tmp_path, content.encode("gbk"), name="in.txt")
    assert 0 == result.exit_code, stderr_of(result)
    rows = read_rows(dest)
    assert ["3002"] == [r["line"] for r in rows]
    assert {"1": (E, N, N, N, "4")} == by_id(rows)


def test_utf16_line_ends_split_across_reads_keep_the_line_numbers(tmp_path: Path) -> None:
    """A CRLF whose CR ends one 64 KiB read and whose LF starts the next is one line end:
    every row keeps its line number (Excel's "Unicode Text" of a long sheet)."""
    from mediaops.batch.read import CHUNK

    head = "编号\t学历\t工作年限\t备注\r\n"
    text, n = head, 0
    chars = (CHUNK - 2) // 2  # UTF-16 code units in the first read, after the BOM
    while len(text) + 40 < chars:
        n += 1
        text += f"{n}\t大专\t3\t{'x' * 20}\r\n"
    n += 1
    pad = chars - len(text) - len(f"{n}\t大专\t3\t\r")  # its CR the last unit of the read
    text += f"{n}\t大专\t3\t{'x' * pad}\r\n"
    assert "\r" == text[chars - 1]
    assert "\n" == text[chars]
    for m in range(n + 1, n + 4):
        text += f"{m}\t大专\t3\t\r\n"
    content = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    result, dest = run_file(tmp_path, content, name="in.txt")
    assert 0 == result.exit_code, stderr_of(result)
    rows = read_rows(dest)
    assert n + 3 == len(rows)
    assert [str(int(r["id"]) + 1) for r in rows] == [r["line"] for r in rows]


@pytest.mark.parametrize(
    ("bom", "args", "said"),
    [
        (True, (), "第 3001 行的编码与文件其余部分不一致(已尝试 UTF-16)"),
        (True, ("--encoding", "utf-16"), "第 3001 行不是 --encoding 指定的 UTF-16 编码"),
        (False, ("--encoding", "utf-16-le"), "第 3001 行不是 --encoding 指定的 UTF-16-LE 编码"),
    ],
)
def test_a_bad_utf16_line_is_named_where_it_is(
    tmp_path: Path, bom: bool, args: tuple[str, ...], said: str
) -> None:
    """A lone surrogate on line 3,001 of a UTF-16 file (well past the first read) is named on
    that line (it was named at the first line of the read it fell in); with ``--encoding``,
    as a line not in the encoding given, not as a file of mixed encodings."""
    lines = ["编号,学历,工作年限\n"] + [f"{i},大专,3\n" for i in range(1, 6000)]
    before = "".join(lines[:3000]).encode("utf-16-le")
    content = before + b"\x00\xdc" + "".join(lines[3000:]).encode("utf-16-le")
    result, dest = run_file(
        tmp_path, (codecs.BOM_UTF16_LE if bom else b"") + content, name="in.csv", args=args
    )
    assert (2, False) == (result.exit_code, dest.exists())
    assert said in stderr_of(result)


def test_encoding_gb18030_given_for_a_utf8_file_says_the_line_is_not_in_it(tmp_path: Path) -> None:
    """``--encoding gb18030`` on a UTF-8 file: line 1 is not in GB18030 (not "the file mixes
    encodings … or give --encoding", the flag given)."""
    result, dest = run_file(
        tmp_path, "编号,学历\n1,大专\n".encode(), args=("--encoding", "gb18030")
    )
    assert (2, False) == (result.exit_code, dest.exists())
    assert "第 1 行不是 --encoding 指定的 GB18030 编码" in stderr_of(result)


def test_input_format_tsv_reads_a_tab_separated_stdin(tmp_path: Path) -> None:
    """--input-format tsv is csv (the separator is found either way). 1: 本科, 3 years → 4-1."""
    result = invoke(
        ["-", "--input-format", "tsv", "-q"], input="编号\t学历\t工作年限\n1\t本科\t3\n"
    )
    assert 0 == result.exit_code, stderr_of(result)
    assert {"1": (E, N, N, N, "4")} == by_id(read_rows(result.stdout))


def test_tsv_output_is_separated_by_tabs(tmp_path: Path) -> None:
    """-o NAME.tsv and --format tsv write tabs between the cells (a comma inside a cell stays
    text). 1: 本科, 3 years → 4-1."""
    content = '编号,学历,工作年限,备注\n1,本科,3,"甲,乙"\n'
    expected_tail = ["1", "本科", "3", "甲,乙"]
    result, dest = run_file(tmp_path, content, out="结果.tsv")
    assert 0 == result.exit_code, stderr_of(result)
    lines = dest.read_text(encoding="utf-8-sig").splitlines()
    assert ["行号", "编号", "四级"] == lines[0].split("\t")[:3]
    assert ["2", "1", "可以报考"] == lines[1].split("\t")[:3]
    assert expected_tail == lines[1].split("\t")[-4:]
    piped = invoke([str(tmp_path / "in.csv"), "--format", "tsv", "-q"])
    assert ["2", "1", "可以报考"] == piped.stdout.splitlines()[1].split("\t")[:3]


def test_clerk_xlsx_sheet_end_to_end(tmp_path: Path) -> None:
    """The same sheet as an .xlsx (numbers and dates typed): the same verdicts, every cell kept."""
    src = tmp_path / "报名表.xlsx"
    clerk_xlsx(src)
    dest = tmp_path / "筛查结果.xlsx"
    result = invoke([str(src), "-o", str(dest)])
    assert 1 == result.exit_code, stderr_of(result)
    book = openpyxl.load_workbook(dest)
    ws = book["筛查结果"]
    values = [list(r) for r in ws.iter_rows(values_only=True)]
    assert [*ZH_COLUMNS, *CLERK_HEADER] == values[0]
    got = {str(r[1]): tuple("" if c is None else str(c) for c in r[2:7]) for r in values[1:]}
    assert CLERK_EXPECTED == got
    source = openpyxl.load_workbook(src)
    assert [list(r) for r in source.worksheets[0].iter_rows(min_row=2, values_only=True)] == [
        r[len(ZH_COLUMNS) :] for r in values[1:]
    ]
    check_clerk_mapping(result)


# --- the .xlsx output ----------------------------------------------------------------------------


def hue(rgb: str) -> str:
    """The colour family of an ARGB fill: green, grey, amber or red."""
    six = rgb[-6:]
    r, g, b = (int(six[i : i + 2], 16) for i in (0, 2, 4))
    if max(r, g, b) - min(r, g, b) < 24:
        return "grey"
    if g > r and g > b:
        return "green"
    if r > b + 60 and g > b + 60:
        return "amber"
    if r > g and r > b:
        return "red"
    return "other"


def wide(text: str) -> int:
    """How many columns a text takes in a spreadsheet (a Chinese character takes two)."""
    return sum(2 if ord(c) > 0x2E80 else 1 for c in text)


@pytest.fixture(scope="module")
def clerk_book(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The .xlsx results of the clerk's .xlsx sheet, opened with openpyxl."""
    folder = tmp_path_factory.mktemp("xlsx")
    src = folder / "报名表.xlsx"
    clerk_xlsx(src)
    dest = folder / "筛查结果.xlsx"
    result = invoke([str(src), "-o", str(dest), "-q"])
    assert 1 == result.exit_code
    book = openpyxl.load_workbook(dest)
    yield book
    book.close()


def test_xlsx_sheets_header_panes_and_filter(clerk_book: Any) -> None:
    """Sheets 筛查结果 and 汇总; a bold header frozen below A1; an autofilter over every row."""
    assert ["筛查结果", "汇总"] == clerk_book.sheetnames
    ws = clerk_book["筛查结果"]
    width = len(ZH_COLUMNS) + len(CLERK_HEADER)
    assert [True] * width == [ws.cell(row=1, column=c).font.b for c in range(1, width + 1)]
    assert [False] * width == [bool(ws.cell(row=2, column=c).font.b) for c in range(1, width + 1)]
    assert "A2" == ws.freeze_panes
    assert f"A1:{get_column_letter(width)}9" == ws.auto_filter.ref


def test_xlsx_verdict_fills(clerk_book: Any) -> None:
    """Verdict cells are coloured: eligible green, held grey, undetermined amber, not eligible red."""
    ws = clerk_book["筛查结果"]
    colour = {E: "green", H: "grey", U: "amber", N: "red"}
    for row in ws.iter_rows(min_row=2, min_col=3, max_col=6):
        for cell in row:
            assert ("solid", colour[cell.value]) == (
                cell.fill.fill_type,
                hue(cell.fill.fgColor.rgb),
            )
    assert ws.cell(row=2, column=8).fill.fill_type in (None, "none")  # the summary is not coloured


def test_xlsx_numbers_and_dates_are_typed(clerk_book: Any) -> None:
    """Line numbers and levels are numbers; kept numbers stay numbers, dates stay dates."""
    ws = clerk_book["筛查结果"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert list(range(2, 10)) == [r[0] for r in rows]
    assert [4, 4, 3, None, 4, 4, None, 4] == [r[6] for r in rows]
    assert all(type(r[6]) is int for r in rows if r[6] is not None)
    first = len(ZH_COLUMNS)
    assert list(range(1, 9)) == [r[first] for r in rows]  # 序号
    assert 13800000001 == rows[0][first + 11]  # 联系电话
    assert 5 == rows[5][first + 7]  # 工作年限(年) of 杨帆
    assert "11010119920202234X" == rows[1][first + 3]  # 身份证号 stays text
    date_cell = ws.cell(row=4, column=first + 10)  # 取证时间 of 王芳
    assert (datetime(2024, 1, 10), True) == (date_cell.value, date_cell.is_date)


def test_xlsx_summary_sheet_and_chart(clerk_book: Any) -> None:
    """汇总: the run's counts and the common reasons; a bar chart of candidates by highest level."""
    ws = clerk_book["汇总"]
    counts = {r[0]: r[1] for r in ws.iter_rows(values_only=True) if r[0]}
    assert {**CLERK_TALLY, "最高可报考二级": 0, "最高可报考一级": 0, "可报考四级": 5,
            "可报考三级": 1, "可报考二级": 0, "可报考一级": 0} == {
        k: counts[k] for k in [*CLERK_TALLY, "最高可报考二级", "最高可报考一级", "可报考四级",
                               "可报考三级", "可报考二级", "可报考一级"]
    }  # fmt: skip
    # 三级 is reached by 王芳 and held by 刘强; the 6 others have no 四级 certificate
    assert [6] == [v for k, v in counts.items() if k.startswith("三级") and "四级" in k]
    [chart] = ws._charts
    assert isinstance(chart, BarChart)
    [series] = chart.series

    def cells(formula: str) -> list[Any]:
        """The values of a one-column range such as 'sheet'!$B$4:$B$9."""
        col, first, _, last = range_boundaries(formula.split("!")[1].replace("$", ""))
        return [ws.cell(row=r, column=col).value for r in range(first, last + 1)]

    values = cells(series.val.numRef.f)
    ref = series.cat.numRef or series.cat.strRef
    labels = [str(v) for v in cells(ref.f)]
    assert len(values) == len(labels)
    assert [5, 1, 0, 0] == values[:4]
    assert ["四级", "三级", "二级", "一级"] == [
        next(w for w in ("四级", "三级", "二级", "一级") if w in label) for label in labels[:4]
    ]
    assert 8 == sum(values)  # every candidate counted once


def test_xlsx_column_widths_fit_the_headers(clerk_book: Any) -> None:
    """Every column is at least as wide as its header (a Chinese character counts two)."""
    ws = clerk_book["筛查结果"]
    narrow = [
        cell.value
        for cell in ws[1]
        if ws.column_dimensions[cell.column_letter].width < min(40, wide(str(cell.value)))
    ]
    assert [] == narrow


# --- the column mapping on stderr: a golden file ------------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_column_mapping_golden(tmp_path: Path, lang: str) -> None:
    """The stderr column mapping of the clerk's sheet, as reviewed in tests/golden/batch/.

    To rewrite after an intended change: MEDIAOPS_UPDATE_GOLDEN=1 (the run then
    fails on purpose, naming the file; review ``git diff tests/golden`` and run again).
    """
    content = csv_text(CLERK_HEADER, CLERK_ROWS).encode("gbk")
    result, _ = run_file(tmp_path, content, lang=lang)
    assert 1 == result.exit_code
    text = "\n".join(line.rstrip() for line in mapping(result, lang).splitlines()) + "\n"
    goldens.check_golden(GOLDEN_DIR / f"column-map.{lang}.txt", text)


def test_dry_run_prints_the_mapping_and_writes_nothing(tmp_path: Path) -> None:
    """--dry-run: the mapping and the first rows as read on stderr; no output file; exit 0."""
    content = csv_text(CLERK_HEADER, CLERK_ROWS[5:] + CLERK_ROWS[:5]).encode("gbk")
    result, dest = run_file(tmp_path, content, args=("--dry-run",))
    assert 0 == result.exit_code
    assert not dest.exists()
    assert {"in.csv"} == {p.name for p in tmp_path.iterdir()}
    text = stderr_of(result)
    assert nows("专业 (专业名称,不是相关性") in nows(text)
    assert "未写出任何" in text
    # 大学, which the row's verdicts may or may not settle
    assert "大专/高职 或 本科?" in text
    assert "" == result.stdout


def test_dry_run_shows_a_record_that_cannot_be_read(tmp_path: Path) -> None:
    """--dry-run names a record that cannot be read (an unbalanced quote) among the first
    rows, as the run will write it as an error row."""
    content = '编号,学历,工作年限\n1,"大专,3\n2,本科,1\n'
    result, _ = run_file(tmp_path, content, args=("--dry-run",))
    assert 0 == result.exit_code
    lines = [" ".join(line.split()) for line in stderr_of(result).splitlines()]
    assert any(line.startswith("2 ✘") and "引号" in line for line in lines)
    assert any(line.startswith("3 本科") for line in lines)


def test_dry_run_shows_rows_that_hold_no_applicant_as_such(tmp_path: Path) -> None:
    """--dry-run showed a form's unused numbered lines, a totals row and a footer line among
    the first rows as applicants whose every fact is missing (—): it says what each is, as
    the run writes it."""
    content = "序号,学历,工作年限\n1,大专,3\n合计,,3\n填表人:张三,,\n4,,\n"
    result, _ = run_file(tmp_path, content, args=("--dry-run",))
    assert 0 == result.exit_code
    lines = [" ".join(line.split()) for line in stderr_of(result).splitlines()]
    assert any(line.startswith("2 大专/高职") for line in lines)
    assert any(line.startswith("3 合计行") for line in lines)
    assert any(line.startswith("4 表尾行") for line in lines)
    assert any(line.startswith("5 表格预先编好序号") for line in lines)


def test_dry_run_wraps_what_a_row_without_an_applicant_is_in_a_narrow_column(
    tmp_path: Path,
) -> None:
    """With eight facts to show, 100 columns wide, the 学历 column is narrow: an unused
    numbered line was shown as ``表格预先编好序号、未 …`` and a footer line as ``表尾行(填表
    人、注等),…``, cut where they say that the row is not screened. Chinese wraps between
    characters: each label is shown whole, over several lines."""
    header = "序号,学历,专业相关性,应届,工作年限,培训,证书,职称,报考方向"
    content = f"{header}\n1,大专,相关,否,3,四级,,,\n2,,,,,,,,\n合计,,,,3,,,,\n填表人:张三,,,,,,,,\n"
    result, _ = run_file(tmp_path, content, args=("--dry-run",))
    assert 0 == result.exit_code
    text = stderr_of(result)
    assert "…" not in text
    shown = "".join(text.split())
    assert "表格预先编好序号、未填写的空行,不是考生,未筛查" in shown
    assert "表尾行(填表人、注等),不是考生,未筛查" in shown


def test_dry_run_of_json_lines_shows_each_rows_facts_or_why_not(tmp_path: Path) -> None:
    """--dry-run on JSON Lines: each of the first rows with its id and the facts it gives,
    or why it cannot be read (bad JSON, a bad value); nothing written; exit 0."""
    content = (
        '{"id": "a1", "education": "本科", "experience": 3}\n'
        '{"id": "b2", "education": "高中", "experience": "很久"}\n'
        "not json\n"
    )
    result, dest = run_file(tmp_path, content, name="in.jsonl", args=("--dry-run",))
    assert 0 == result.exit_code
    assert not dest.exists()
    lines = [" ".join(line.split()) for line in stderr_of(result).splitlines()]
    assert "1 a1 education, experience" in lines
    assert any(line.startswith("2 b2 ✘") and "很久" in line for line in lines)
    assert any(line.startswith("3 ✘") and "JSON" in line for line in lines)
    assert "错误行" in stderr_of(result)


def test_dry_run_of_json_lines_says_a_key_named_as_a_column_is_not_read(tmp_path: Path) -> None:
    """--dry-run on a JSON Lines row whose certificates are under ``certs`` (a sheet's header,
    no key of a candidate file) showed only the facts read, saying nothing of the key that
    the run passes through unread: it says so, as the row's warnings will."""
    content = '{"id": "c1", "education": "大专", "experience": 5, "certs": ["四级"]}\n'
    result, dest = run_file(tmp_path, content, name="in.jsonl", args=("--dry-run",))
    assert 0 == result.exit_code
    assert not dest.exists()
    said = "".join(stderr_of(result).split())
    assert "education,experience" in said
    assert "“certs”" in said
    assert "certificates" in said


# --- Ctrl-C on a real run ------------------------------------------------------------------------


@pytest.mark.slow
def test_ctrl_c_on_a_real_run_keeps_the_earlier_output(tmp_path: Path) -> None:
    """SIGINT mid-run on a 300,000-row list: exit 130, the earlier output byte-identical, no temp file."""
    educations = ["大专", "高中", "本科", "技工学校", "初中"]
    lines = ["编号,姓名,学历,专业相关性,工作年限,培训,证书,备注"]
    lines += [
        f"id{i},名{i},{educations[i % 5]},{'相关' if i % 3 else '不相关'},{(i * 7) % 11 / 2},"
        f"{'四级' if i % 4 == 0 else ''},{'四级:2024-01-10' if i % 5 == 1 else ''},备注{i}"
        for i in range(300_000)
    ]
    big = tmp_path / "big.csv"
    big.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    earlier = "行号,编号\n2,earlier\n".encode() * 10
    out.write_bytes(earlier)
    env = {**os.environ, "MEDIAOPS_LANG": "zh", "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.Popen(
        [str(SCRIPT), "batch", str(big), "-o", str(out), "--as-of", AS_OF],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        # the run is under way once its temporary output appears beside the target
        while {p.name for p in tmp_path.iterdir()} == {"big.csv", "out.csv"}:
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
            assert time.monotonic() < deadline
            time.sleep(0.01)
        time.sleep(0.5)
        assert proc.poll() is None  # still screening: the signal comes mid-run
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert 130 == proc.returncode, stderr.decode()
    assert earlier == out.read_bytes()
    assert {"big.csv", "out.csv"} == {p.name for p in tmp_path.iterdir()}
    message = stderr.decode()
    assert "已取消" in message
    assert "Traceback" not in message


# --- helpers used above, checked ------------------------------------------------------------------


def test_hue_classifies_the_issue_colours() -> None:
    """The colour test itself: pure green, grey, amber and red fills are told apart."""
    assert ["green", "grey", "amber", "red"] == [
        hue(c) for c in ("FF00B050", "FFBFBFBF", "FFFFC000", "FFFF0000")
    ]


def test_io_helpers_read_what_csv_writes() -> None:
    """csv_text and read_cells round-trip cells with commas, quotes and line breaks."""
    cells = [["a,b", 'say "hi"', "two\nlines", "\rx"]]
    assert [["h1", "h2", "h3", "h4"], *cells] == read_cells(
        csv_text(["h1", "h2", "h3", "h4"], cells)
    )


def test_a_formula_without_a_saved_result_is_unknown_not_empty(tmp_path: Path) -> None:
    """An .xlsx written by a program keeps a formula but not its result (openpyxl saves none):
    the cell is flagged and the certificate unknown, never read as "no certificate".

    f1: 高中, 2 years, 证书 =IF(TRUE,"三级",""): certificates unknown → 四级 not eligible
    (4-1 2 < 3, 4-2 no training, 4-3 高中), 三级 not eligible (its pathways also ask for a
    technical school or an associate degree), 二级 and 一级 not eligible (4 years of work
    after a certificate, more than the 2 worked in all). f2: 大专 related, 3 years, 四级
    held → 四级 held.
    """
    src = tmp_path / "名单.xlsx"
    workbook(
        src,
        {
            "报名": [
                ["编号", "学历", "是否相关专业", "工作年限", "证书", "备注"],
                ["f1", "高中", "", 2, '=IF(TRUE,"三级","")', "=A2+1"],
                ["f2", "大专", "是", 3, "四级", "ok"],
            ]
        },
    )
    dest = tmp_path / "out.csv"
    result = invoke([str(src), "-o", str(dest)])
    assert 1 == result.exit_code
    rows = by_id(read_rows(dest))
    assert (N, N, N, N) == rows["f1"][:4]
    assert H == rows["f2"][0]
    warnings = {r["id"]: r["warnings"] for r in read_rows(dest)}
    assert "证书 是公式" in warnings["f1"]
    assert "" == warnings["f2"]


def _rewritten(path: Path, member: str, edit: Any) -> None:
    """Rewrite one member of an .xlsx (as another program than openpyxl would have saved it)."""
    import zipfile

    raw = path.read_bytes()
    with zipfile.ZipFile(io.BytesIO(raw)) as zin, zipfile.ZipFile(path, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == member:
                data = edit(data.decode("utf-8")).encode("utf-8")
            zout.writestr(item, data)


def test_a_formula_whose_saved_result_is_empty_text_is_an_empty_cell(tmp_path: Path) -> None:
    """A template's =IF(B3="","",ROW()-1) in 序号, saved by Excel as empty text
    (<c t="str"><f>…</f><v></v></c>), is a blank cell as Excel shows it: rows that hold
    nothing else are no applicants (they were screened, with the formula as the id). The row
    filled in (甲, 大专, 5 years → 四级 by 4-1) is the only one."""
    src = tmp_path / "模板.xlsx"
    rows: list[list[Any]] = [["序号", "姓名", "学历", "工作年限(年)"]]
    rows.append(['=IF(B2="","",ROW()-1)', "甲", "大专", 5])
    rows += [[f'=IF(B{r}="","",ROW()-1)', None, None, None] for r in range(3, 8)]
    workbook(src, {"报名": rows})

    def saved(xml: str) -> str:  # Excel's saved results: 1 for row 2, empty text below
        xml = re.sub(r'<c r="A2"><f>(.*?)</f><v\s*/>', r'<c r="A2"><f>\1</f><v>1</v>', xml)
        return re.sub(
            r'<c r="(A[3-7])"><f>(.*?)</f><v\s*/>', r'<c r="\1" t="str"><f>\2</f><v></v>', xml
        )

    _rewritten(src, "xl/worksheets/sheet1.xml", saved)
    dest = tmp_path / "out.csv"
    result = invoke([str(src), "-o", str(dest), "-q"])
    assert 0 == result.exit_code, stderr_of(result)
    assert [("1", E, "")] == [(r["id"], verdicts(r)[0], r["warnings"]) for r in read_rows(dest)]


def test_a_logical_cell_reads_as_excel_shows_it(tmp_path: Path) -> None:
    """An .xlsx logical cell is TRUE or FALSE, as Excel shows it: 应届 TRUE is a final-year
    student, and a warning about one quotes TRUE (it quoted Python's True)."""
    src = tmp_path / "名单.xlsx"
    rows: list[list[Any]] = [["编号", "学历", "应届", "工作年限"], ["b1", "本科", True, True]]
    workbook(src, {"报名": rows})
    dest = tmp_path / "out.jsonl"
    invoke([str(src), "-o", str(dest), "-q"])
    [row] = jsonl_facts(dest)
    assert row["facts"]["graduating"] is True
    [warning] = row["warnings"]
    assert warning.startswith("工作年限的值 “TRUE” 不是有效的年数")


def test_a_logical_cell_answers_whether_the_major_is_related(tmp_path: Path) -> None:
    """是否相关专业 ticked as a checkbox or a TRUE/FALSE list holds logical cells: TRUE is a
    related major and FALSE an unrelated one, as 是 and 否 are (TRUE was refused as no
    relevance, the major left unknown). 大专, 5 years, 四级 of 2020: 三级 by 3-2 only where
    the major is related."""
    src = tmp_path / "名单.xlsx"
    rows: list[list[Any]] = [["编号", "学历", "是否相关专业", "工作年限", "证书", "取证时间"]]
    rows.append(["t1", "大专", True, 5, "四级", "2020-01-01"])
    rows.append(["f1", "大专", False, 5, "四级", "2020-01-01"])
    workbook(src, {"报名": rows})
    dest = tmp_path / "out.csv"
    result = invoke([str(src), "-o", str(dest), "-q"])
    assert 0 == result.exit_code, stderr_of(result)
    got = {r["id"]: (verdicts(r)[1], r["warnings"]) for r in read_rows(dest)}
    assert {"t1": (E, ""), "f1": (N, "")} == got


def _cjk_dated_sheet(path: Path, dates: list[Any]) -> None:
    """An .xlsx of applicants (大专 related, 5 years, 四级), one per value of ``dates`` in
    取证时间, styled yyyy"年"m"月"d"日" by the built-in format 31 that Chinese Excel and WPS
    use without defining it in the file (openpyxl would define it as a custom format)."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["编号", "学历", "是否相关专业", "工作年限", "证书等级", "取证时间"])
    for n, when in enumerate(dates, 1):
        ws.append([f"d{n}", "大专", "是", 5, "四级", when])
        ws[f"F{n + 1}"].number_format = 'yyyy"年"m"月"d"日"'
    book.save(path)

    def builtin(xml: str) -> str:  # the format by its built-in id, not defined in the file
        custom = re.search(r'<numFmt numFmtId="(\d+)" formatCode="yyyy&quot;年', xml)
        assert custom is not None
        xml = re.sub(rf'<numFmt numFmtId="{custom[1]}"[^>]*/>', "", xml)
        return xml.replace(f'numFmtId="{custom[1]}"', 'numFmtId="31"')

    _rewritten(path, "xl/styles.xml", builtin)


def test_a_date_in_a_format_chinese_excel_builds_in_is_a_date(tmp_path: Path) -> None:
    """Chinese Excel and WPS style a date yyyy"年"m"月"d"日" by the built-in format 31, which
    the file does not define: the cell holds the day number 45301, which is 2024-01-10 (it
    was read as the number, not a date). 大专 related, 5 years, 四级 of 2024-01-10: on
    2026-11-27, 34 months after it, 三级 by 3-2 (2 years after the certificate)."""
    src = tmp_path / "名单.xlsx"
    _cjk_dated_sheet(src, [datetime(2024, 1, 10)])
    dest = tmp_path / "out.jsonl"
    result = invoke([str(src), "-o", str(dest), "-q"])
    assert 0 == result.exit_code, stderr_of(result)
    [row] = jsonl_facts(dest)
    assert ("2024-01-10", []) == (row["facts"]["certificates"][0]["date"], row["warnings"])
    assert ["held", "eligible"] == [lv["status"] for lv in row["levels"][:2]]


def test_a_number_no_date_can_be_in_a_date_format_is_that_rows_warning(tmp_path: Path) -> None:
    """99999999 styled by the built-in date format 31 is no day Excel can show: that row's
    date cell is unreadable (a warning, the date unknown), and the list is screened (the run
    stopped, "date value out of range"). d1's 2024-01-10 is read as before."""
    src = tmp_path / "名单.xlsx"
    _cjk_dated_sheet(src, [datetime(2024, 1, 10), 99999999])
    dest = tmp_path / "out.jsonl"
    result = invoke([str(src), "-o", str(dest), "-q"])
    assert 1 == result.exit_code, stderr_of(result)
    first, second = jsonl_facts(dest)
    assert "2024-01-10" == first["facts"]["certificates"][0]["date"]
    assert "取证时间的值 “99999999” 不是有效日期" in second["warnings"][0]


def test_a_formula_typed_into_a_csv_asks_for_the_value(tmp_path: Path) -> None:
    """`=2+3` in a CSV cell is text, not a number: the fact is unknown and the warning asks
    for the value. c1: 高中 with the experience unknown → 四级 undetermined."""
    result, dest = run_file(tmp_path, "编号,学历,工作年限\nc1,高中, =2+3\n")
    assert 1 == result.exit_code
    row = read_rows(dest)[0]
    assert U == verdicts(row)[0]
    assert "工作年限 是公式 =2+3" in row["warnings"]
    assert "请填写数值" in row["warnings"]


def test_a_title_row_above_the_header_is_not_an_applicant(tmp_path: Path) -> None:
    """A GBK sheet whose first line is a title: the header is the next line, the title is
    named on stderr as no applicant, and the one applicant is screened.

    t1: 大专, 3 years, 四级 held → 四级 held; 三级 3-2 needs the major's relevance and the
    years since the 四级 (not given) → undetermined; 二级/一级: no 三级/二级 → not eligible.
    """
    content = "2026年第四季度报名表,,,\n编号,学历,工作年限,证书\nt1,大专,3,四级\n"
    result, dest = run_file(tmp_path, content.encode("gbk"))
    assert 0 == result.exit_code, stderr_of(result)
    rows = read_rows(dest)
    assert ["3"] == [r["line"] for r in rows]
    assert (H, U, N, N, "") == by_id(rows)["t1"]
    assert "第1行不是考生" in "".join(stderr_of(result).split())


def test_names_merged_down_over_a_two_line_header_are_kept(tmp_path: Path) -> None:
    """序号 and 姓名 merged down over two header lines (Excel writes them in the first line,
    above the sub-headers): they name their columns, so the id is read and kept.

    1: 大专, 3 years, 四级 of 2024-01-10 → 四级 held; 三级 3-2 waits on the major (unknown).
    """
    content = (
        "序号,姓名,基本情况,,证书情况,\n"
        ",,学历,工作年限,已有证书,取证时间\n"
        "1,张三,大专,3,四级,2024-01-10\n"
    )
    result, dest = run_file(tmp_path, content)
    assert 0 == result.exit_code, stderr_of(result)
    read, ignored = read_and_ignored(result)
    assert (True, True, "") == ("序号→编号" in read, "姓名→姓名" in read, ignored)
    assert {"1": (H, U, N, N, "")} == by_id(read_rows(dest))
    header = read_cells(dest)[0]
    assert ["序号", "姓名", "学历"] == header[len(ZH_COLUMNS) : len(ZH_COLUMNS) + 3]


@pytest.mark.parametrize(
    ("content", "ids"),
    [
        # a form number past the header's end: 姓名 stays the id
        ("报名表,,,,,编号,BM-01\n姓名,学历,工作年限,证书\n张三,大专,5,四级\n", ["张三"]),
        # a column's name in a title row over an empty header cell: it names nothing
        ("报名表,,,培训,\n姓名,学历,工作年限,,证书\n张三,大专,5,,四级\n", ["张三"]),
        # a heading that is a column's name (工作经历) over sub-headers: 序号 still names
        (
            "序号,姓名,学历信息,,工作经历,证书情况,\n"
            ",,学历,专业是否对口,工作年限,已有证书,取证时间\n"
            "1,张三,大专,是,3,四级,2024-01-10\n",
            ["1"],
        ),
    ],
    ids=["form-number", "title-word", "heading-is-a-name"],
)
def test_names_above_the_header_only_where_merged_down(
    tmp_path: Path, content: str, ids: list[str]
) -> None:
    """Only the header's leading empty cells take the names above them (序号, 姓名 merged down);
    a title row's words elsewhere name no column."""
    result, dest = run_file(tmp_path, content)
    assert ids == [r["id"] for r in read_rows(dest)], stderr_of(result)
    kept = read_cells(dest)[0][len(ZH_COLUMNS) :]
    assert [] == [c for c in kept if c in ("编号", "培训")]


def test_a_column_merged_down_right_of_the_groups_keeps_its_name(tmp_path: Path) -> None:
    """姓名 and 已有证书 merged down over a two-line header, 基本情况 over four sub-headers
    that name more columns than the line above: 已有证书 (in the line above, right of the
    group) was dropped with 姓名 kept, its certificates unread and 四级 "eligible" though
    held.

    甲: 大专 related, 6 years, 四级 of 2019-07-01 → 四级 held, 三级 3-2 (6 ≥ 2 years after
    the certificate); 乙: 本科, 3 years, none → 四级 4-1.
    """
    src = tmp_path / "报名表.xlsx"
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["姓名", "基本情况", None, None, None, "已有证书"])
    ws.append([None, "学历", "专业相关性", "是否应届", "从业年限", None])
    for ref in ("A1:A2", "B1:E1", "F1:F2"):
        ws.merge_cells(ref)
    ws.append(["甲", "大专", "相关", "否", 6, "四级:2019-07-01"])
    ws.append(["乙", "本科", "本专业", "否", 3, None])
    book.save(src)
    dest = tmp_path / "out.csv"
    result = invoke([str(src), "-o", str(dest)])
    assert 0 == result.exit_code, stderr_of(result)
    assert {"甲": (H, E, N, N, "3"), "乙": (E, N, N, N, "4")} == by_id(read_rows(dest))
    assert "已有证书" in read_cells(dest)[0]


@pytest.mark.parametrize(
    "content",
    [
        "姓名,学历,专业相关,从业年限,证书情况,\n,,,,级别,取得年月\n甲,大专,相关,6,四级,2019-07-01\n",
        "姓名,学历,专业相关,从业年限,持证情况,\n,,,,等级,时间\n甲,大专,相关,6,四级,2019-07-01\n",
        "姓名,学历,专业相关,从业年限,证书级别,获证年月\n甲,大专,相关,6,四级,2019-07-01\n",
        # as the application form asks the level held (原职业资格/职业技能等级)
        "姓名,学历,专业相关,从业年限,原职业资格等级,发证日期\n甲,大专,相关,6,四级,2019-07-01\n",
        "姓名,学历,专业相关,从业年限,现有职业技能等级,取证时间\n甲,大专,相关,6,四级,2019-07-01\n",
        # the certificate held now (现持证书等级: read as none held, 四级 "eligible")
        "姓名,学历,专业相关,从业年限,现持证书等级,发证时间\n甲,大专,相关,6,四级,2019-07-01\n",
        "姓名,学历,专业相关,从业年限,所持证书,发证时间\n甲,大专,相关,6,四级,2019-07-01\n",
        "姓名,学历,专业相关,从业年限,持证等级,发证时间\n甲,大专,相关,6,四级,2019-07-01\n",
    ],
    ids=[
        *("level-month", "level-time", "one-line", "form-held", "form-skill"),
        *("held-now", "held", "held-level"),
    ],
)
def test_certificate_headers_as_clerks_write_them(tmp_path: Path, content: str) -> None:
    """证书级别, 证书取得年月, 证书时间, 获证年月 and 专业相关 are the columns they name, alone
    or under a group heading (证书情况 over 级别 / 取得年月): the sub-header line was screened
    as an applicant and the certificate went unread, 四级 "eligible" though held.

    甲: 大专 related, 6 years, 四级 of 2019-07-01 → 四级 held, 三级 3-2.
    """
    result, dest = run_file(tmp_path, content)
    assert 0 == result.exit_code, stderr_of(result)
    assert {"甲": (H, E, N, N, "3")} == by_id(read_rows(dest))


def test_the_headers_of_the_national_application_form(tmp_path: Path) -> None:
    """A sheet laid out as the national application form (申报表) asks: 从事本职业（工种）年限,
    原职业资格等级, 原证书发证日期, 毕业专业是否相关, 培训结业情况. None was read (the
    certificate as none held, 四级 "eligible" though held); 申报等级 (the level applied for)
    and 参加工作时间 (a date) are still not.

    张三: 大专 related, 4 years, 四级 training, a 四级 of 2022-03-01 → 四级 held; 3-2 asks
    for 2 years of work after the 四级 (continuous work since its date, capped by the 4
    years in all: 4) → 三级 eligible; 二级 and 一级 need a 三级 and a 二级.
    """
    result, dest = run_file(
        tmp_path,
        "姓名,文化程度,毕业专业是否相关,从事本职业（工种）年限,参加工作时间,原职业资格等级,"
        "原证书发证日期,申报等级,培训结业情况\n"
        "张三,大专,是,4,2020-01-01,四级,2022-03-01,三级,四级结业\n",
    )
    assert 0 == result.exit_code, stderr_of(result)
    assert {"张三": (H, E, N, N, "3")} == by_id(read_rows(dest))
    header = read_cells(dest)[0]
    assert {"申报等级", "参加工作时间"} <= set(header)  # copied, not read


def test_a_certificate_of_the_occupation_the_form_names_beside_it(tmp_path: Path) -> None:
    """The application form asks the occupation of the certificate held (原职业（工种）)
    beside its level (原职业资格等级): 电子商务师 beside 四级 was read as this occupation's
    四级 (held), which the tool refuses to say of 电子商务师四级 in one cell (whether it is
    related is the assessment body's call). It is said so, the certificate unknown.

    甲: 大专 related, 5 years, 电子商务师 四级 of 2020 → the certificate unknown (a warning):
    四级 by 4-1 (5 ≥ 3), 三级 … 一级 wait on it; 乙: the same of 全媒体运营师 → 四级 held,
    三级 by 3-2 (5 years since 2020, capped by the 5 in all, ≥ 2).
    """
    result, dest = run_file(
        tmp_path,
        "姓名,文化程度,毕业专业是否相关,从事本职业（工种）年限,原职业（工种）,原职业资格等级,"
        "原证书发证日期\n"
        "甲,大专,是,5,电子商务师,四级,2020-01-01\n"
        "乙,大专,是,5,全媒体运营师,四级,2020-01-01\n",
    )
    assert 1 == result.exit_code, stderr_of(result)
    rows = read_rows(dest)
    assert {"甲": (E, U, U, U, "4"), "乙": (H, E, N, N, "3")} == by_id(rows)
    assert "是电子商务师的证书" in rows[0]["warnings"]
    assert rows[1]["warnings"] == ""


@pytest.mark.parametrize(
    "occupation",
    [
        "全媒体运营师四级",
        "全媒体运营师 四级",
        "全媒体运营师-四级",
        "All-Media Operator",
        "全媒体运营师(4-13-01-05)",
    ],
)
def test_this_occupation_named_with_more_beside_its_certificate(
    tmp_path: Path, occupation: str
) -> None:
    """原职业（工种） naming this occupation with its level after it (全媒体运营师四级, as
    the certificate is titled), or in English: the certificate beside it is this one's (it
    was said to be "全媒体运营师四级 四级", several levels, and not read). 甲: 大专 related, 5
    years, 四级 of 2020 → 四级 held, 三级 by 3-2 (5 years since 2020, capped by 5, ≥ 2)."""
    result, dest = run_file(
        tmp_path,
        "姓名,文化程度,毕业专业是否相关,从事本职业（工种）年限,原职业（工种）,原职业资格等级,"
        f"原证书发证日期\n甲,大专,是,5,{occupation},四级,2020-01-01\n",
    )
    assert 0 == result.exit_code, stderr_of(result)
    rows = read_rows(dest)
    assert {"甲": (H, E, N, N, "3")} == by_id(rows)
    assert rows[0]["warnings"] == ""


def test_a_previous_job_beside_certificates_says_nothing_of_them(tmp_path: Path) -> None:
    """原职业 beside 证书 (not 原职业资格等级) may be the job held before: the certificate
    is read. 甲: 大专 related, 5 years, a 四级 of 2020 → 四级 held, 三级 by 3-2."""
    result, dest = run_file(
        tmp_path,
        "姓名,学历,专业相关,工作年限,原职业,证书,取证日期\n甲,大专,是,5,营业员,四级,2020-01-01\n",
    )
    assert 0 == result.exit_code, stderr_of(result)
    assert {"甲": (H, E, N, N, "3")} == by_id(read_rows(dest))


def test_levels_under_a_yes_no_heading_are_its_columns(tmp_path: Path) -> None:
    """是否完成培训 and 是否取得证书, each over 四级 / 三级: the columns 是否完成四级培训 …
    是否取得三级证书, as the one-line headers are read; the line of levels was screened as
    an applicant and the columns unread.

    甲: 大专 related, 6 years, a 四级 (no date) → 四级 held, 三级 waits on the 四级's date;
    乙: 高中, 1.5 years, 四级 training → 四级 by 4-2.
    """
    content = (
        "姓名,学历,专业相关性,从业年限,是否完成培训,,是否取得证书,\n"
        ",,,,四级,三级,四级,三级\n"
        "甲,大专,相关,6,否,否,是,否\n"
        "乙,高中,,1.5,是,否,否,否\n"
    )
    result, dest = run_file(tmp_path, content)
    assert 0 == result.exit_code, stderr_of(result)
    assert {"甲": (H, U, N, N, ""), "乙": (E, N, N, N, "4")} == by_id(read_rows(dest))


def test_a_two_line_header_is_read_as_one(tmp_path: Path) -> None:
    """A group heading (证书情况, merged over two columns) with 已有证书 / 取证时间 below it:
    the two lines make one header, the second line is no applicant, the certificate is read.

    a1: 大专, 3 years, 四级 of 2024-01-10 → 四级 held (it would be 'eligible' if the
    certificate columns were lost); a2: 高中, 2 years → 四级 not eligible (2 < 3, no training).
    """
    src = tmp_path / "报名表.xlsx"
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["编号", "学历", "工作年限", "证书情况", None, "备注"])
    ws.merge_cells("D1:E1")
    ws.append([None, None, None, "已有证书", "取证时间", None])
    ws.append(["a1", "大专", 3, "四级", "2024-01-10", "x"])
    ws.append(["a2", "高中", 2, None, None, "y"])
    book.save(src)
    dest = tmp_path / "out.csv"
    result = invoke([str(src), "-o", str(dest)])
    assert 0 == result.exit_code, stderr_of(result)
    rows = by_id(read_rows(dest))
    assert ["a1", "a2"] == list(rows)
    assert H == rows["a1"][0]
    assert N == rows["a2"][0]


@pytest.mark.parametrize(
    "content",
    [
        # 工作年限 over 年 and 月 (a form's "__ 年 __ 个月"), the heading merged across both
        "序号,姓名,学历,工作年限,,培训\n,,,年,月,\n1,赵一,高中,2,12,无\n",
        # the units as forms also write them
        "序号,姓名,学历,工作年限,,培训\n,,,年数,个月,\n1,赵一,高中,2,12,无\n",
    ],
    ids=["years-months", "words"],
)
def test_units_under_a_heading_complete_the_header(tmp_path: Path, content: str) -> None:
    """年 and 月 under 工作年限 are its two columns, 工作年限(年) and 工作年限(月): the line
    of units was screened as an applicant ("工作年限的值 “年”…") and the months column was
    not read, so 2 years 12 months were 2 years. 赵一: 高中, 3 years: 4-1 (3 years) met."""
    result, dest = run_file(tmp_path, content)
    assert 0 == result.exit_code, stderr_of(result)
    assert {"1": (E, N, N, N, "4")} == by_id(read_rows(dest))
    assert ["工作年限(年)", "工作年限(月)"] == read_cells(dest)[0][len(ZH_COLUMNS) + 3 :][:2]


def _form(path: Path, *, applies: bool) -> None:
    """The registration form of a training institution: 序号 and 姓名 (and 是否应届, with
    ``applies``) merged down over two header lines; 学历情况, 工作年限 and 证书情况 merged
    across over 学历 / 是否相关专业, 年 / 月 and 已有证书 / 取证时间."""
    book = openpyxl.Workbook()
    ws = book.active
    top = ["序号", "姓名", "学历情况", None, "工作年限", None, "证书情况", None]
    sub = [None, None, "学历", "是否相关专业", "年", "月", "已有证书", "取证时间"]
    row = [1, "赵一", "大专", "是", 2, 11, "四级", "2024-01-10"]
    ws.append([*top, "是否应届"] if applies else top)
    ws.append([*sub, None] if applies else sub)
    ws.append([*row, "否"] if applies else row)
    for cells in ("A1:A2", "B1:B2", "C1:D1", "E1:F1", "G1:H1", *(["I1:I2"] if applies else [])):
        ws.merge_cells(cells)
    book.save(path)


@pytest.mark.parametrize("applies", [True, False], ids=["heading-row-wins", "sub-row-wins"])
def test_a_registration_form_with_units_and_groups_is_read(tmp_path: Path, applies: bool) -> None:
    """Either line of the two may name more columns (是否应届 merged down tips it to the
    first): read alike. It lost 学历, 是否相关专业, 已有证书 and 取证时间 (every row
    undetermined, 三级 not eligible for want of a certificate column), or the 年 / 月.
    赵一: 大专 related, 2 years 11 months, 四级 of 2024-01-10 → 四级 held; 三级 by 3-2 (34
    months since the certificate, capped by 35 worked: 2 years after it)."""
    src = tmp_path / "报名表.xlsx"
    _form(src, applies=applies)
    dest = tmp_path / "out.csv"
    result = invoke([str(src), "-o", str(dest)])
    assert 0 == result.exit_code, stderr_of(result)
    assert {"1": (H, E, N, N, "3")} == by_id(read_rows(dest))


@pytest.mark.parametrize(
    "content",
    [
        "姓名,是否应届,工作年限,\n张三,应届生,0,年\n李四,往届生,3,年\n",
        "姓名,学历,是否应届,工作年限,\n张三,,应届生,0,年\n李四,大专,往届生,3,年\n",
        "Name,Education,Final year,Experience,,\n张三,,No,3,years\n李四,associate,No,4,years\n",
    ],
    ids=["values", "sparse", "english"],
)
def test_a_first_applicant_with_words_like_names_is_no_sub_header(
    tmp_path: Path, content: str
) -> None:
    """A first applicant whose cells read like names or units (应届生 under 是否应届, 年 in a
    column left without a name, No, years) is an applicant, not a line of sub-headers: it
    was dropped ("第 2 行不是考生") and the header renamed by its values."""
    result, dest = run_file(tmp_path, content)
    assert ["张三", "李四"] == [r["id"] for r in read_rows(dest)], stderr_of(result)
    assert "不是考生" not in stderr_of(result)


def test_a_sub_header_named_with_its_heading_does_not_undo_the_others(tmp_path: Path) -> None:
    """已有证书 over 等级 / 取得时间, beside 工作年限 over 年 / 月: 等级 and 取得时间 name no
    column alone, and the whole line of sub-headers was dropped (screened as an applicant,
    the months and the date unread); later 取得时间 was left unread, with a --column to read
    it. With its heading they name columns (已有证书等级, 证书取得时间), so all are read.
    1: 大专 related, 2 years 11 months, 四级 of 2023-06-01: held; 三级 by 3-2 (41 months
    since it on 2026-11-27, capped by the 35 worked: 2 years 11 months after it ≥ 2)."""
    content = (
        "序号,学历,是否相关专业,工作年限,,已有证书,\n"
        ",,,年,月,等级,取得时间\n"
        "1,大专,是,2,11,四级,2023-06-01\n"
    )
    result, dest = run_file(tmp_path, content)
    assert 0 == result.exit_code, stderr_of(result)
    assert {"1": (H, E, N, N, "3")} == by_id(read_rows(dest))
    said = nows(stderr_of(result))
    assert "已有证书等级→证书" in said
    assert "证书取得时间→取证日期" in said


@pytest.mark.parametrize(
    ("heading", "subs", "names"),
    [
        # a heading that names no column, over sub-headers that name none alone
        ("证书情况", ("等级", "取得时间"), ("证书等级", "证书取得时间")),
        ("持证情况", ("证书等级", "取证时间"), ("证书等级", "取证时间")),
        ("已取得证书", ("等级", "取得日期"), ("已取得证书等级", "证书取得日期")),
    ],
    ids=["words-of-the-heading", "names-alone", "heading-is-a-name"],
)
def test_a_certificate_heading_over_level_and_date(
    tmp_path: Path, heading: str, subs: tuple[str, str], names: tuple[str, str]
) -> None:
    """A group heading over a certificate's level and its date, the only sub-headers (a
    clerk's 证书情况 merged over 等级 / 取得时间): the line below was screened as an
    applicant with nothing in it, and the certificate columns were not read (every 四级
    'eligible' though held, exit 1). On 2026-11-27: 1: 本科, 5 years, 四级 of 2020-07-01 →
    四级 held; 三级 3-2 waits on the major (not given): undetermined. 2: 大专, 2 years, no
    certificate → 四级 not eligible (2 < 3, no training)."""
    content = (
        f"序号,姓名,学历,工作年限,{heading},\n"
        f",,,,{subs[0]},{subs[1]}\n"
        "1,张三,本科,5,四级,2020-07-01\n"
        "2,李四,大专,2,,\n"
    )
    result, dest = run_file(tmp_path, content)
    assert 0 == result.exit_code, stderr_of(result)
    assert {"1": (H, U, N, N, ""), "2": (N, N, N, N, "")} == by_id(read_rows(dest))
    said = nows(stderr_of(result))
    assert f"{names[0]}→证书" in said
    assert f"{names[1]}→取证日期" in said
    assert "未读取" not in said


# --- a date given to the month only ---------------------------------------------------------

#: 大专 in a related major, 6 years of work, a 四级 dated in the 取证日期 column as written.
MONTH_HEADER = ["编号", "学历", "专业", "工作年限(年)", "证书等级", "取证日期"]


@pytest.mark.parametrize(
    ("written", "expected", "said"),
    [
        # 3-2 asks 2 years of work after the 四级 (capped by the 6 worked in all). On
        # 2026-11-27: from 2019-07-01 or 2019-07-31, 6 years: 三级 either way
        pytest.param("2019.7", (H, E, N, N, "3"), "日期按 2019-07-31 计算", id="years-before"),
        pytest.param("2020年5月", (H, E, N, N, "3"), "日期按 2020-05-31 计算", id="chinese"),
        # six digits, as HR systems write a year and month (取证年月 201907)
        pytest.param("201907", (H, E, N, N, "3"), "日期按 2019-07-31 计算", id="six-digits"),
        # from 2024-10-31: 24 complete months on 2026-10-31, before the 27th: met on every day
        pytest.param("2024-10", (H, E, N, N, "3"), "日期按 2024-10-31 计算", id="last-day-meets"),
        # from 2024-11-01: 24 months on 2026-11-01, met; from 2024-11-30: 23 months, not met
        pytest.param("2024/11", (H, U, N, N, ""), "结论取决于具体哪一天", id="day-decides"),
        # this month: from its 1st or from today, less than 2 years either way (as of the
        # 27th, not the 30th, which is to come)
        pytest.param("2026.11", (H, N, N, N, ""), "日期按 2026-11-27 计算", id="this-month"),
    ],
)
def test_a_date_column_giving_the_month_only(
    tmp_path: Path, written: str, expected: tuple[str, ...], said: str
) -> None:
    """A date column that gives the month without the day (2019.7, as clerks type it) was an
    unreadable cell, the date unknown: every rule asks for time since a date, so a row is
    screened on the first and the last day of the month; when they agree, the verdicts hold
    (the date taken as the last day, the cautious one, and said so); else the date is not
    known, and the warning says the day decides."""
    row = _warned_date_row(tmp_path, written, expected, said)
    assert "列只写到月" in row["warnings"]


def _warned_date_row(
    tmp_path: Path, written: str, expected: tuple[str, ...], said: str
) -> dict[str, str]:
    """The row of a sheet (大专 related, 6 years, 四级) whose 取证日期 cell is ``written``:
    screened with a warning holding ``said``, to the verdicts ``expected``."""
    result, dest = run_file(
        tmp_path, csv_text(MONTH_HEADER, [["m1", "大专", "相关", "6", "四级", written]])
    )
    assert 1 == result.exit_code  # a row with a warning
    [row] = read_rows(dest)
    assert expected == verdicts(row)
    assert said in row["warnings"]
    return row


@pytest.mark.parametrize(
    ("written", "expected", "said"),
    [
        # 3-2 asks 2 years of work after the 四级, capped by the 6 worked in all. On
        # 2026-11-27: from 2019-01-01 or 2019-12-31, more than 2 years either way: 三级
        pytest.param("2019年", (H, E, N, N, "3"), "日期按 2019-12-31 计算", id="year"),
        pytest.param("二〇一九年", (H, E, N, N, "3"), "只写到年(“二〇一九年”)", id="chinese"),
        # from 2024-01-01, 34 months: met; from 2024-12-31, 22: not met — the day decides
        pytest.param("2024", (H, U, N, N, ""), "结论取决于具体哪一天", id="day-decides"),
        # from 2025-01-01, 22 months; from 2025-12-31, 10: not met either way
        pytest.param("2025年", (H, N, N, N, ""), "日期按 2025-12-31 计算", id="short-either-way"),
    ],
)
def test_a_date_column_giving_the_year_only(
    tmp_path: Path, written: str, expected: tuple[str, ...], said: str
) -> None:
    """A date column that gives the year alone (2019, 2019年) was no date, the date unknown:
    it is screened on the year's first and last day, as a month is, and said so."""
    row = _warned_date_row(tmp_path, written, expected, said)
    assert "只写到年" in row["warnings"]


#: The sheet of MONTH_HEADER without its date column: the date is typed in the certificate's
#: own cell.
CERT_MONTH_HEADER = ["编号", "学历", "专业", "工作年限(年)", "证书等级"]


@pytest.mark.parametrize(
    ("written", "expected", "said"),
    [
        # the cases above, the date inside the cell: 3-2 asks 2 years after the 四级, capped
        # by the 6 worked; from 2019-07-01 or 2019-07-31, 6 years: 三级 either way
        pytest.param("四级:201907", (H, E, N, N, "3"), ["2019-07-31"], id="colon-six-digits"),
        pytest.param("四级 2019.07", (H, E, N, N, "3"), ["2019-07-31"], id="space-dot"),
        pytest.param("四级(2020年5月)", (H, E, N, N, "3"), ["2020-05-31"], id="brackets"),
        pytest.param("四级201907", (H, E, N, N, "3"), ["2019-07-31"], id="glued-six-digits"),
        # from 2024-10-31: 24 complete months on 2026-10-31, met on every day of the month
        pytest.param("四级2024-10", (H, E, N, N, "3"), ["2024-10-31"], id="last-day-meets"),
        # from 2024-11-01: 24 months on 2026-11-01, met; from 2024-11-30: 23, not met
        pytest.param("四级 2024/11", (H, U, N, N, ""), ["结论取决于具体哪一天"], id="day-decides"),
        # a year alone: from 2019-01-01 or 2019-12-31, more than 2 years either way: 三级
        pytest.param("四级 二〇一九年", (H, E, N, N, "3"), ["2019-12-31"], id="year"),
        # from 2024-01-01, 34 months: met; from 2024-12-31, 22: not — the day decides
        pytest.param("四级:2024年", (H, U, N, N, ""), ["结论取决于具体哪一天"], id="year-decides"),
        # a year glued on, or in brackets without its 年: read so too, not "cannot be read"
        pytest.param("四级（2019）", (H, E, N, N, "3"), ["2019-12-31"], id="year-bracketed"),
        pytest.param("四级2019", (H, E, N, N, "3"), ["2019-12-31"], id="year-glued"),
        # two certificates: 二级 asks 4 years after the 三级, 2 at most either way
        pytest.param(
            "四级 2019.07、三级 2024.11",
            (H, H, N, N, ""),
            ["2019-07-31", "2024-11-30"],
            id="two-months",
        ),
        # the same without a comma: a level after a month starts another certificate
        pytest.param(
            "四级 2019.07 三级 2024.11",
            (H, H, N, N, ""),
            ["2019-07-31", "2024-11-30"],
            id="two-months-no-comma",
        ),
        # years in brackets glued to their levels: two certificates, each of its year; the
        # 三级 of 2024 is under 4 years old on any of its days: 二级 not eligible
        pytest.param(
            "四级（2019）三级（2024）",
            (H, H, N, N, ""),
            ["2019-12-31", "2024-12-31"],
            id="two-bracketed-years-glued",
        ),
        # months in Chinese numerals, as 四级2019年7月三级2020年1月 below: 二级 by 2-1
        pytest.param(
            "四级 二〇一九年七月 三级 二〇二〇年一月",
            (H, H, E, N, "2"),
            ["2019-07-31", "2020-01-31"],
            id="two-months-in-chinese-numerals",
        ),
        # a 三级 of January 2020: 4 years after it by 2024-01-31, within the 6 worked: 二级
        pytest.param(
            "四级2019年7月三级2020年1月",
            (H, H, E, N, "2"),
            ["2019-07-31", "2020-01-31"],
            id="two-months-glued",
        ),
    ],
)
def test_a_certificate_cell_giving_the_month_only(
    tmp_path: Path, written: str, expected: tuple[str, ...], said: list[str]
) -> None:
    """A certificate cell whose date gives the month without the day (四级:201907) was not
    read (the day asked for), the certificates unknown: it is read as the date column's
    month is, on the first and the last day of the month, with the same warning naming the
    certificate column."""
    content = csv_text(CERT_MONTH_HEADER, [["m1", "大专", "相关", "6", written]])
    result, dest = run_file(tmp_path, content)
    assert 1 == result.exit_code  # a row with a warning
    [row] = read_rows(dest)
    assert expected == verdicts(row)
    # a year alone: 2019年, 二〇一九年, 四级（2019）
    unit = "年" if re.search(r"(年|\D\d{4})）?$", written) else "月"
    assert f"证书等级 列只写到{unit}" in row["warnings"]
    for text in said:
        assert text in row["warnings"]


@pytest.mark.parametrize(
    ("written", "blamed"),
    [
        # 高级 is 三级/高级工 or 一级/高级技师: that is what cannot be read, as with whole
        # dates (四级 2019-01-01 高级 2021-01-01); the year 2019 reads as a year
        ("四级 2019 高级 2021", "“高级” 可以指 三级/高级工 或 一级/高级技师"),
        ("四级 2019.07 高级 2021.01", "“高级” 可以指 三级/高级工 或 一级/高级技师"),
        ("四级2019年高级2021年", "“高级” 可以指 三级/高级工 或 一级/高级技师"),
    ],
)
def test_a_certificate_cell_with_a_month_names_what_cannot_be_read(
    tmp_path: Path, written: str, blamed: str
) -> None:
    """A cell of several certificates dated by a month or a year, one of whose levels cannot
    be read, was refused as if the first month or year were no date (`“2019” 不是有效日期`),
    which a month or a year in the cell is not: fixing it would change nothing. The refusal
    names the level that cannot be read, as it does where the dates are whole."""
    content = csv_text(CERT_MONTH_HEADER, [["m1", "大专", "相关", "6", written]])
    result, dest = run_file(tmp_path, content)
    assert 1 == result.exit_code
    [row] = read_rows(dest)
    assert blamed in row["warnings"]
    assert "不是有效日期" not in row["warnings"]


@pytest.mark.parametrize(
    ("written", "expected", "said"),
    [
        # 2023 template, 大专 in a related major, 10 years: 四级 by T4-1 (5 years), 三级 by
        # T3-1 (10 years), 二级 by T2-3: a corresponding 中级 with 1 year after it, from
        # 2019-07-01 or 2019-07-31 alike; 一级 asks a 二级 certificate or a 高级 title
        pytest.param("中级 2019.07 对应", (E, E, E, N, "2"), "日期按 2019-07-31 计算", id="month"),
        pytest.param("中级:2019年7月:对应", (E, E, E, N, "2"), "2019-07-31", id="colons"),
        pytest.param("中级 2019 对应", (E, E, E, N, "2"), "只写到年", id="year"),
        # from 2025-11-01, a year on 2026-11-01: met; from 2025-11-30, not until 2026-11-30:
        # the day decides, the date is not known, 二级 undetermined
        pytest.param(
            "中级 2025.11 对应", (E, E, U, N, "3"), "结论取决于具体哪一天", id="day-decides"
        ),
    ],
)
def test_a_title_cell_giving_the_month_only(
    tmp_path: Path, written: str, expected: tuple[str, ...], said: str
) -> None:
    """A 职称 cell whose date gives the month or the year without the day (中级 2019.07) was
    refused (“不是有效日期”), the titles not known, while a 证书 cell reads one: it is read
    as a certificate's month is, on the month's first and last day, with the warning naming
    the 职称 column."""
    content = csv_text(
        ["编号", "学历", "专业", "工作年限(年)", "职称"], [["t1", "大专", "相关", "10", written]]
    )
    result, dest = run_file(tmp_path, content, args=("--edition", "template-2023"))
    assert 1 == result.exit_code  # a row with a warning
    [row] = read_rows(dest)
    assert expected == verdicts(row), row["warnings"]
    assert row["warnings"].startswith("职称 列只写到"), row["warnings"]
    assert said in row["warnings"]


def test_a_title_cell_giving_a_month_to_come_is_an_error(tmp_path: Path) -> None:
    """A month after the evaluation date in a 职称 cell is an error row naming 职称, as it is
    in a certificate's cell."""
    content = csv_text(["编号", "学历", "工作年限", "职称"], [["t1", "大专", "10", "中级 2027.01"]])
    _, dest = run_file(tmp_path, content, args=("--edition", "template-2023"))
    [row] = read_rows(dest)
    assert ("", "", "", "", "") == verdicts(row)
    assert row["error"].startswith("职称 列"), row["error"]


def test_a_month_on_whose_day_the_verdict_depends_says_what_each_end_comes_to(
    tmp_path: Path,
) -> None:
    """三级 2022.11 on 2026-11-27, 10 years: 2-1 asks 4 years after the 三级, met from
    2022-11-01 on 2026-11-01 (eligible for 二级 today), not from 2022-11-30 until
    2026-11-30. The row is undetermined, and its date by time alone was the loose bound of
    an undated certificate (2030-11-27) with nothing nearer: the warnings say what each
    end comes to, the last day's date the latest (2026-11-30). A JSON Lines line carries
    the report alone."""
    content = csv_text(CERT_MONTH_HEADER, [["m1", "大专", "相关", "10", "三级 2022.11"]])
    _, dest = run_file(tmp_path, content)
    [row] = read_rows(dest)
    assert (H, H, U, N, "") == verdicts(row)
    assert "若按所写月份(或年份)的第一天:可报考:二级(2-1)。" in row["warnings"]
    assert "若按最后一天:暂不可报考;仅靠时间:2026-11-30 起可报考二级" in row["warnings"]
    _, dest = run_file(tmp_path, content, out="out.jsonl")
    [line] = read_jsonl(dest)
    assert "若按" not in " ".join(line["warnings"])
    assert ("held", "held", "undetermined", "not_eligible") == json_statuses(line)


def test_a_certificate_cell_giving_a_month_to_come_is_an_error(tmp_path: Path) -> None:
    """A month after the evaluation date in a certificate's cell is an error row, as in the
    date column (and as a day to come is)."""
    content = csv_text(CERT_MONTH_HEADER, [["m1", "大专", "相关", "6", "四级 2027.01"]])
    _, dest = run_file(tmp_path, content)
    [row] = read_rows(dest)
    assert ("", "", "", "", "") == verdicts(row)
    assert "证书等级" in row["error"]
    assert "2027.01" in row["error"]


@pytest.mark.parametrize(
    ("written", "error"), [("2019.7", False), ("2024/11", True)], ids=["read", "day-decides"]
)
def test_strict_makes_a_month_whose_day_decides_an_error_row(
    tmp_path: Path, written: str, error: bool
) -> None:
    """--strict: a month whose day decides a verdict leaves the date not known, as a cell
    that cannot be read does, so the row is an error row; a month read whatever the day is
    not (its verdicts stand, with the warning)."""
    content = csv_text(MONTH_HEADER, [["m1", "大专", "相关", "6", "四级", written]])
    _, dest = run_file(tmp_path, content, args=("--strict",))
    [row] = read_rows(dest)
    assert error == bool(row["error"])
    assert ("结论取决于具体哪一天" in row["error"]) == error
    assert (verdicts(row) == ("", "", "", "", "")) == error


# --- an Excel day number in a date column ----------------------------------------------------


@pytest.mark.parametrize(
    ("written", "expected", "said"),
    [
        # 大专 related, 6 years, 四级: 43466 is 2019-01-01 (Excel counts from 1899-12-30),
        # 7 years before 2026-11-27, capped by the 6 in all: 3-2's 2 years met → 三级
        pytest.param("43466", (H, E, N, N, "3"), "按 2019-01-01 读取", id="serial"),
        # 46000 is 2025-12-09 (45292 is 2024-01-01, +708 days): 11 months, under 3-2's 2 years → 三级 not eligible
        pytest.param("46000", (H, N, N, N, ""), "按 2025-12-09 读取", id="serial-recent"),
        # with a time of day (noon) after it, as a date-and-time cell saved as a number
        pytest.param("43466.5", (H, E, N, N, "3"), "按 2019-01-01 读取", id="serial-time"),
        # a year alone is screened on its first and last day, as a month is: from
        # 2019-01-01 or 2019-12-31, more than 2 years before 2026-11-27 either way → 三级
        pytest.param("2019", (H, E, N, N, "3"), "只写到年(“2019”)", id="year"),
        # a number past 2099 is no day: not read, as before
        pytest.param("99999", (H, U, N, N, ""), "不是有效日期", id="too-large"),
    ],
)
def test_an_excel_day_number_in_a_date_column(
    tmp_path: Path, written: str, expected: tuple[str, ...], said: str
) -> None:
    """A date column's cell holding a bare five-digit number (43466: a date whose cell lost
    its format, or a program's export) was refused as no date, the date unknown: it is the
    Excel day number of that date, read as it with a warning that says so."""
    _warned_date_row(tmp_path, written, expected, said)


def test_an_excel_day_number_in_an_xlsx_number_cell(tmp_path: Path) -> None:
    """The same in an .xlsx whose 取证时间 cell is a number in the General format, as Excel
    shows 43466 after its date format is cleared."""
    src = tmp_path / "名单.xlsx"
    book = openpyxl.Workbook()
    book.active.append(MONTH_HEADER)
    book.active.append(["x1", "大专", "相关", 6, "四级", 43466])
    book.save(src)
    dest = tmp_path / "out.jsonl"
    result = invoke([str(src), "-o", str(dest), "-q"])
    assert 1 == result.exit_code, stderr_of(result)
    [row] = jsonl_facts(dest)
    assert "2019-01-01" == row["facts"]["certificates"][0]["date"]
    assert "eligible" == row["levels"][1]["status"]


def test_a_month_to_come_is_a_date_to_come(tmp_path: Path) -> None:
    """2026.12, after the evaluation date 2026-11-27 whatever the day: the row's error, as
    for a whole date to come (not a date merely not known), naming the month as written (it
    named 2026-12-01, a day the cell does not give)."""
    result, dest = run_file(
        tmp_path, csv_text(MONTH_HEADER, [["m1", "大专", "相关", "6", "四级", "2026.12"]])
    )
    assert 1 == result.exit_code  # an error row
    [row] = read_rows(dest)
    assert "的日期 2026.12 晚于评估日期 2026-11-27" in row["error"]
    assert "2026-12-01" not in row["error"]
    assert ("", "", "", "", "") == verdicts(row)


def test_a_month_one_of_whose_days_contradicts_is_not_known(tmp_path: Path) -> None:
    """5 years after a 四级 of 2021.11: from 2021-11-30 only 4 years 11 months have passed
    (more years since it than since its date: a contradiction), from 2021-11-01 five. The
    date is not known, and said so without claiming the verdicts depend on it; the 5 years
    given make 三级 (3-2) either way."""
    header = [*MONTH_HEADER, "取证后年限"]
    result, dest = run_file(
        tmp_path, csv_text(header, [["m1", "大专", "相关", "6", "四级", "2021.11", "5"]])
    )
    assert 1 == result.exit_code  # a row with a warning
    [row] = read_rows(dest)
    assert (H, E, N, N, "3") == verdicts(row)
    assert "本行按日期未知判断" in row["warnings"]
    assert "取决于" not in row["warnings"]


def _month_styled_sheet(path: Path, when: datetime, code: str, builtin: int | None) -> None:
    """An .xlsx of one applicant whose 取证日期 holds ``when`` shown by the format ``code``;
    with ``builtin``, by that built-in id, not defined in the file (as Chinese Excel saves
    ``2019年7月`` typed into a cell)."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(MONTH_HEADER)
    ws.append(["x1", "大专", "相关", 6, "四级", when])
    ws["F2"].number_format = code
    book.save(path)
    if builtin is not None:

        def to_builtin(xml: str) -> str:
            custom = re.search(r'<numFmt numFmtId="(\d+)" formatCode="[^"]*"\s*/>', xml)
            assert custom is not None
            xml = xml.replace(custom[0], "")
            return xml.replace(f'numFmtId="{custom[1]}"', f'numFmtId="{builtin}"')

        _rewritten(path, "xl/styles.xml", to_builtin)


@pytest.mark.parametrize(
    ("code", "builtin"),
    [
        pytest.param('yyyy"年"m"月"', None, id="custom-chinese"),
        pytest.param("yyyy.m", None, id="custom-dotted"),
        pytest.param('yyyy"年"m"月"', 27, id="builtin-27"),
        pytest.param("mmm-yy", 17, id="builtin-17"),
    ],
)
def test_an_excel_date_shown_as_a_month_is_the_month(
    tmp_path: Path, code: str, builtin: int | None
) -> None:
    """`2024年11月` typed into Chinese Excel holds 2024-11-01, shown as the month: it was read
    as that day, which makes 三级 (3-2: 24 months to 2026-11-01) eligible, though the
    applicant may have obtained it on the 30th (23 months). Read as the month it shows:
    三级 undetermined, and the kept column shows 2024-11, not a day nobody typed."""
    src = tmp_path / "名单.xlsx"
    _month_styled_sheet(src, datetime(2024, 11, 1), code, builtin)
    dest = tmp_path / "out.csv"
    invoke([str(src), "-o", str(dest), "-q"])
    [row] = read_rows(dest)
    assert (H, U, N, N, "") == verdicts(row)
    assert "结论取决于具体哪一天" in row["warnings"]
    assert "2024-11" == read_kept(dest)[0]["取证日期"]


def test_an_excel_date_shown_as_a_month_stays_a_date_in_an_xlsx_output(tmp_path: Path) -> None:
    """The kept cell of a date shown as a month is a date in the result workbook, shown as
    the month (it was written as the text 2024-11: the column no longer sorted or filtered
    as dates, against the input's cells kept as they were)."""
    src = tmp_path / "名单.xlsx"
    _month_styled_sheet(src, datetime(2024, 11, 1), 'yyyy"年"m"月"', None)
    dest = tmp_path / "out.xlsx"
    invoke([str(src), "-o", str(dest), "-q"])
    ws = openpyxl.load_workbook(dest)["筛查结果"]
    names = [c.value for c in ws[1]]
    cell = ws.cell(row=2, column=names.index("取证日期") + 1)
    assert (datetime(2024, 11, 1), True, "yyyy-mm") == (
        cell.value,
        cell.is_date,
        cell.number_format,
    )


@pytest.mark.parametrize(
    ("when", "code"),
    [
        # 2024-11-15 shown as a month: a day was typed (Excel keeps the 1st for a month
        # typed), so it is that day, not the month (三级 was undetermined); 24 months from
        # 2024-11-15 to 2026-11-15, before the 27th
        pytest.param(datetime(2024, 11, 15), 'yyyy"年"m"月"', id="another-day-as-a-month"),
        # 2024-11-01 shown yyyy"年"m"月"d"日" (a day typed): read as that day, as before
        pytest.param(datetime(2024, 11, 1), 'yyyy"年"m"月"d"日"', id="shown-with-its-day"),
    ],
)
def test_an_excel_date_whose_day_was_typed_is_that_day(
    tmp_path: Path, when: datetime, code: str
) -> None:
    """A day typed into a date cell is that day, with no warning: 三级 by 3-2."""
    src = tmp_path / "名单.xlsx"
    _month_styled_sheet(src, when, code, None)
    dest = tmp_path / "out.csv"
    invoke([str(src), "-o", str(dest), "-q"])
    [row] = read_rows(dest)
    assert ((H, E, N, N, "3"), "") == (verdicts(row), row["warnings"])


def test_a_header_written_on_two_lines_is_named_on_one(tmp_path: Path) -> None:
    """Headers typed with Alt+Enter (取证\\n时间, 持证\\n类别) are read as their names; the
    messages put the line break into the 提示 cell ("取证\\n时间 已填写…") and the
    suggested --column across two lines. They name the header on one line, and that
    --column reads it."""
    header = ["编号", "学历", "工作年限\n（年）", "持证\n类别", "取证\n时间"]
    content = csv_text(header, [["a", "本科", "3", "四级", "2020-01-01"]])
    result, dest = run_file(tmp_path, content)
    assert 1 == result.exit_code  # 持证类别 looks like the certificates and is not read
    [row] = read_rows(dest)
    assert row["warnings"].startswith("取证时间 已填写")
    assert "\n" not in row["warnings"]
    assert "--column 持证类别=证书" in stderr_of(result)
    assert "工作年限（年）→从业年限" in read_and_ignored(result)[0]
    result, dest = run_file(tmp_path, content, args=("--column", "持证类别=证书"))
    assert 0 == result.exit_code, stderr_of(result)
    assert H == verdicts(read_rows(dest)[0])[0]


def test_every_fact_of_a_sheet_has_a_name_and_a_reader() -> None:
    """Each fact a header may name has its name in messages and the column map, and a reader
    of its cells; a date fact is a date for both (an Excel day number in its cells, a date
    header's remark): a fact left out of one of them would fail only once a sheet has it."""
    from mediaops.batch import columns, screen

    assert set(columns.FACTS) == set(columns.FACT_NAMES)
    assert set(columns.FACT_IDS) == set(screen.READERS)
    assert columns._DATE_FACTS == screen._DATES


# --- an ID card's number stored as a number by Excel -----------------------------------------

#: 大专 in a related major, 3 years: 四级 by 4-1 (≥ 3 years, inclusive); the other levels ask
#: for a certificate. The ID card's number does not change a verdict.
ID_HEADER = ["序号", "姓名", "身份证号", "学历", "是否相关专业", "工作年限（年）"]
#: The warning's words in each language (the column, then what it says).
LOST = {
    "zh": "是被 Excel 存成数字的长号码(如身份证号)",
    "en": "a long number (such as an ID-card number) Excel stored as a number",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_an_id_card_number_excel_stored_as_a_number_is_warned_of(tmp_path: Path, lang: str) -> None:
    """An 18-digit ID card's number typed into a cell Excel formats as a number keeps 15
    digits: the .xlsx holds 1.10105199001011e+17, a CSV saved by Excel 1.10105E+17, and
    the last digits cannot be recovered. The row is screened as before, the cell kept as
    given, with a warning naming the column and asking for a column formatted as text; a
    number typed as text, a 序号 and the years are no such number."""
    rows = [
        ["1", "张三", "1.10105E+17", "大专", "是", "3"],
        ["2", "李四", "110105199001011234", "大专", "是", "3"],  # typed as text: all 18
        ["3", "王五", "", "大专", "是", "3"],
    ]
    src = tmp_path / "in.csv"
    src.write_bytes(csv_text(ID_HEADER, rows).encode("gb18030"))
    xlsx = tmp_path / "in.xlsx"
    typed: list[list[Any]] = [[int(r[0]), r[1], r[2], *r[3:5], int(r[5])] for r in rows]
    typed[0][2] = 1.10105199001011e17  # as Excel stores the number it keeps
    workbook(xlsx, {"名单": [ID_HEADER, *typed]})
    out = tmp_path / "out.xlsx"
    assert 1 == invoke([str(xlsx), "-o", str(out), "-q"]).exit_code
    assert 1.10105199001011e17 == read_xlsx(out)[1][12]  # the number kept, a number
    for path, shown_as in ((src, "1.10105E+17"), (xlsx, "110105199001011000")):
        dest = tmp_path / f"out-{path.suffix[1:]}.csv"
        result = invoke([str(path), "-o", str(dest)], lang=lang)
        assert 1 == result.exit_code, stderr_of(result)  # a row with a warning
        written = read_rows(dest, lang)
        assert ["4", "4", "4"] == [r["highest_eligible"] for r in written]
        if lang == "zh":
            assert dict.fromkeys(("1", "2", "3"), (E, N, N, N, "4")) == by_id(written)
        warning = written[0]["warnings"]
        assert warning.startswith("身份证号")
        assert LOST[lang] in warning
        assert f"“{shown_as}”" in warning
        assert ("", "") == (written[1]["warnings"], written[2]["warnings"])
        # kept as given: as the CSV wrote it, as Excel shows the .xlsx's number (its 15
        # digits, not the …1008 of the binary number nearest)
        assert shown_as == read_kept(dest)[0]["身份证号"]


def test_an_id_column_in_scientific_notation_is_warned_of_and_a_number_is_not(
    tmp_path: Path,
) -> None:
    """The id column (编号) holding an ID card's number as Excel's CSV shows a long number
    (1.10105E+17) is warned of as a 身份证号 column is; ordinary numbers there (a 序号, 12)
    and large numbers in other columns are not."""
    header = ["编号", "学历", "是否相关专业", "工作年限（年）", "备注"]
    rows = [["1.10105E+17", "大专", "是", "3", ""], ["12", "大专", "是", "3", "1.2E+17"]]
    result, dest = run_file(tmp_path, csv_text(header, rows))
    assert 1 == result.exit_code
    first, second = read_rows(dest)
    assert "编号 列的 “1.10105E+17” 是被 Excel 存成数字的长号码" in first["warnings"]
    assert "" == second["warnings"]


# --- a work period given in months ------------------------------------------------------------

#: 高中 and a work history only: 四级 by 4-1 asks 36 complete months (SPEC §1), the other
#: levels a certificate.
PERIOD_HEADER = ["编号", "学历", "工作经历"]


@pytest.mark.parametrize(
    ("written", "expected", "said"),
    [
        # read from 2020-01-31 to 2023-02-01 (the first day not worked 2023-02-02): 36
        # complete months from 2020-01-31 (2023-01-31), met
        pytest.param("2020.1-2023.2", (E, N, N, N, "4"), "按 2020-01-31 至 2023-02-01", id="dots"),
        pytest.param(
            "202001-202302", (E, N, N, N, "4"), "按 2020-01-31 至 2023-02-01", id="digits"
        ),
        # 2020-01-31 to 2023-01-01: 35 months, short of 36 (from 2020-01-01 to 2023-01-31, 37,
        # would count months that may not have been worked)
        pytest.param(
            "2020年1月-2023年1月", (N, N, N, N, ""), "按 2020-01-31 至 2023-01-01", id="chinese"
        ),
        # open, to the evaluation date: from 2023-11-30, 35 months on 2026-11-27 (from the 1st,
        # 36 would be met)
        pytest.param(
            "2023.11-至今", (N, N, N, N, ""), "按 2023-11-30 至 2026-11-27(评估日期)", id="open"
        ),
        # one end a day: that day; a month at both ends the same: one day of it (0 months)
        pytest.param(
            "2019.12.1-2023.1;2024.5-2024.5",
            (E, N, N, N, "4"),
            "按 2019-12-01 至 2023-01-01",
            id="day-and-month",
        ),
    ],
)
def test_a_work_period_given_in_months(
    tmp_path: Path, written: str, expected: tuple[str, ...], said: str
) -> None:
    """A work history's period written with months only (2020.1-2021.6, as forms ask
    "起止年月") was refused, the history unknown: it is read as the fewest complete months
    it can be, from the start month's last day to the end month's first (never more
    experience than was worked), with a warning saying so."""
    result, dest = run_file(tmp_path, csv_text(PERIOD_HEADER, [["p1", "高中", written]]))
    assert 1 == result.exit_code  # a row with a warning
    [row] = read_rows(dest)
    assert expected == verdicts(row)
    assert "工作经历 列的时段" in row["warnings"]
    assert said in row["warnings"]


def test_a_work_period_in_months_that_ends_before_it_starts_is_an_error(tmp_path: Path) -> None:
    """2021.6-2020.1 read from months ends before it starts: an error row, as with days."""
    _, dest = run_file(tmp_path, csv_text(PERIOD_HEADER, [["p1", "高中", "2021.6-2020.1"]]))
    [row] = read_rows(dest)
    assert ("", "", "", "", "") == verdicts(row)
    assert "2021.6-2020.1" in row["error"]


def test_a_period_column_saying_how_it_is_written_is_read(tmp_path: Path) -> None:
    """工作经历（起止年月）, as forms head it, was left unread (a remark that may change what
    the column holds): it says how the periods are written, so it is 工作经历. 高中,
    2020-01-31 to 2023-02-01: 36 months, 四级 by 4-1."""
    header = ["编号", "学历", "工作经历（起止年月）"]
    result, dest = run_file(tmp_path, csv_text(header, [["p1", "高中", "2020.1-2023.2"]]))
    assert "工作经历（起止年月） → 工作经历" in mapping(result)
    [row] = read_rows(dest)
    assert (E, N, N, N, "4") == verdicts(row)


# --- a yes/no column naming a level -----------------------------------------------------------

FLAG_HEADER = ["序号", "学历", "是否相关专业", "工作年限（年）", "是否取得四级证书", "取证时间"]
FLAG_HEADER += ["是否取得四级培训结业证书"]
FLAG_ROWS = [
    ["1", "大专", "是", "5", "是", "2023-06-01", ""],
    ["2", "高中", "", "1", "否", "", "√"],
    ["3", "高中", "", "1", "×", "", "×"],
    ["4", "大专", "是", "5", "不清楚", "", ""],
]
FLAG_EXPECTED = {
    # a 四级 of 2023-06-01: 41 months since it (capped by the 60 worked) ≥ 24, 三级 by 3-2
    "1": (H, E, N, N, "3"),
    # 1 year and 四级 training completed: 四级 by 4-2
    "2": (E, N, N, N, "4"),
    # 1 year, no training, no certificate: nothing
    "3": (N, N, N, N, ""),
    # the certificate not known: 四级 by 4-1 (5 years), the others ask for certificates
    "4": (E, U, U, U, "4"),
}


def test_yes_no_columns_of_a_level_are_read(tmp_path: Path) -> None:
    """是否取得四级证书 and 是否取得四级培训结业证书 holding 是/否 or √/× were not read (like
    a certificate's column, but no name known: screened as if absent, none held): they are
    the 四级 certificate held or not (its date from 取证时间) and the 四级 training
    completed or not; 不清楚 leaves the certificate unknown."""
    src = tmp_path / "in.csv"
    src.write_bytes(csv_text(FLAG_HEADER, FLAG_ROWS).encode("gb18030"))
    xlsx = tmp_path / "in.xlsx"
    typed: list[list[Any]] = [[int(r[0]), *r[1:3], int(r[3]), *r[4:]] for r in FLAG_ROWS]
    workbook(xlsx, {"名单": [FLAG_HEADER, *typed]})
    for path in (src, xlsx):
        dest = tmp_path / f"out-{path.suffix[1:]}.csv"
        result = invoke([str(path), "-o", str(dest)])
        assert 0 == result.exit_code, stderr_of(result)
        assert FLAG_EXPECTED == by_id(read_rows(dest))
        assert "是否取得四级证书→证书" in nows(mapping(result))
        assert "是否取得四级培训结业证书→正规培训" in nows(mapping(result))


def test_a_yes_no_column_of_a_level_beside_a_certificate_column(tmp_path: Path) -> None:
    """Beside a general 已有证书 column, 四级证书(是/否) adds the 四级 where it says 是 (once,
    where 已有证书 names it already); 否 where 已有证书 names a 四级 disagrees: the
    certificates are unknown with a warning (an error row with --strict)."""
    header = ["序号", "学历", "是否相关专业", "工作年限（年）", "已有证书", "四级证书(是/否)"]
    rows = [
        ["1", "大专", "是", "5", "四级:2023-06-01", "否"],
        ["2", "大专", "是", "5", "三级:2020-01-01", "是"],
        ["3", "大专", "是", "5", "无", "是"],
        ["4", "大专", "是", "5", "四级:2023-06-01", "是"],
    ]
    result, dest = run_file(tmp_path, csv_text(header, rows))
    assert 1 == result.exit_code  # row 1's warning
    written = read_rows(dest)
    expected = {
        # disagreeing: the certificates unknown; 四级 by 4-1 (5 years)
        "1": (E, U, U, U, "4"),
        # a 三级 of 2020-01-01: 82 months since it, capped by the 60 worked, ≥ 48: 二级 by 2-1
        "2": (H, H, E, N, "2"),
        # a 四级 without its date: the years since it not known
        "3": (H, U, N, N, ""),
        # the 四级 of 2023-06-01 once: 三级 by 3-2, as in the first test
        "4": (H, E, N, N, "3"),
    }
    assert expected == by_id(written)
    assert "已有证书 有多列,值不一致:四级:2023-06-01 / 四级证书(是/否):否" == written[0]["warnings"]
    assert ["", "", ""] == [r["warnings"] for r in written[1:]]
    result, dest = run_file(tmp_path, csv_text(header, rows), args=("--strict",))
    assert "值不一致" in read_rows(dest)[0]["error"]


@pytest.mark.parametrize(
    ("column", "expected", "read"),
    [
        # attended is not completed: not read (1 year, no training: nothing), and said why
        ("是否参加四级培训", (N, N, N, N, ""), False),
        # completed: 1 year and 四级 training, 四级 by 4-2
        ("四级培训结业", (E, N, N, N, "4"), True),
        ("是否完成四级培训", (E, N, N, N, "4"), True),
    ],
)
def test_a_training_column_says_completed_or_is_not_read(
    tmp_path: Path, column: str, expected: tuple[str, ...], read: bool
) -> None:
    """A yes/no column of a level's training is read only where its heading says the
    training was completed (结业, 完成); 是否参加四级培训 says it was attended: it stays not
    read as a column not known, and the mapping and a note after the summary say why."""
    header = ["序号", "学历", "工作年限（年）", column]
    result, dest = run_file(tmp_path, csv_text(header, [["1", "高中", "1", "是"]]))
    assert expected == verdicts(read_rows(dest)[0])
    said = nows(stderr_of(result))
    assert read == (f"{column}→正规培训" in nows(mapping(result)))
    assert (not read) == ("参加培训不等于完成培训" in said)
    assert (not read) == ("只说是否参加培训,没说是否结业" in said)
    assert (1 if not read else 0) == result.exit_code  # a column that looks like a fact


def test_a_yes_no_column_of_a_level_holding_neither_is_said_so(tmp_path: Path) -> None:
    """是否取得四级证书 holding 也许 was read as a certificate's cell, and the warning named the
    certificate column (or the general one beside it) and listed the levels as the values
    accepted: it names the yes/no column and asks for 是 or 否; the certificates are not
    known (四级 by 4-1 on 5 years, the others undetermined); --strict makes it an error row."""
    header = ["序号", "学历", "是否相关专业", "工作年限（年）", "已有证书", "是否取得四级证书"]
    rows = [
        ["1", "大专", "是", "5", "三级:2020-01-01", "也许"],
        ["2", "大专", "是", "5", "", "也许"],
    ]
    said = "是否取得四级证书 列的值 “也许” 无法识别,请填 是 或 否(√ 或 ×);本行按此项未知判断"
    for content in (
        csv_text(header, rows),
        csv_text(header[:4] + header[5:], [r[:4] + r[5:] for r in rows]),
    ):
        result, dest = run_file(tmp_path, content)
        assert 1 == result.exit_code
        written = read_rows(dest)
        assert {"1": (E, U, U, U, "4"), "2": (E, U, U, U, "4")} == by_id(written)
        assert [said, said] == [r["warnings"] for r in written]
        _, dest = run_file(tmp_path, content, args=("--strict",))
        assert [said, said] == [r["error"] for r in read_rows(dest)]


@pytest.mark.parametrize(
    ("written", "expected", "said"),
    [
        # 2-1 asks 4 years of work after the 三级 (capped by the 6 in all), on 2026-06-15:
        # from 2022-01-31, 52 months: met; from 2022-10-31 (2022.10, as Excel stores it),
        # 43: not met — the month decides, so the date is not known
        pytest.param("2022.1", (H, H, U, N, ""), "结论取决于具体哪一天", id="decides"),
        # 2021: from 2021-01-31 or 2021-10-31, 64 or 55 months: met either way
        pytest.param("2021.1", (H, H, E, N, "2"), "日期按 2021-10-31 计算", id="either"),
        # 2022.10 says October
        pytest.param("2022.10", (H, H, N, N, ""), "日期按 2022-10-31 计算", id="october"),
    ],
)
def test_a_month_excel_may_have_stored_as_a_number(
    tmp_path: Path, written: str, expected: tuple[str, ...], said: str
) -> None:
    """2022.10 typed into Excel becomes the number 2022.1, shown and saved to CSV so: it was
    read as January (二级 eligible by 2-1 where October leaves it short). 2022.1 is now
    screened from January to October, and the warning says why."""
    header = [*MONTH_HEADER, "评估日期"]
    content = csv_text(header, [["m1", "大专", "相关", "6", "三级", written, "2026-06-15"]])
    _, dest = run_file(tmp_path, content)
    [row] = read_rows(dest)
    assert expected == verdicts(row)
    assert said in row["warnings"]
    assert ("也可能是 10 月" in row["warnings"]) == written.endswith(".1")


@pytest.mark.parametrize(
    "content",
    [
        "姓名,学历,工作年限,四级取证时间,三级证书取得日期\n",
        "姓名,学历,工作年限,证书情况,\n,,,四级,三级\n",
        "姓名,学历,工作年限,取证时间,\n,,,四级,三级\n",
    ],
    ids=["one-line", "under-证书情况", "under-取证时间"],
)
def test_a_column_of_one_levels_certificate_date(tmp_path: Path, content: str) -> None:
    """A column of one level's certificate date, on one header line or as a level under a
    certificate heading, was not read (the line of levels screened as an applicant, every
    四级 'eligible'). On 2026-11-27, 大专 (major not given): 甲 (6 years, 四级 2019-07-01,
    三级 2022-06-01): 四级, 三级 held; 二级 by 2-1 (53 months since the 三级, capped by the
    72 worked: ≥ 48). 乙 (2 years, 无): no certificate, 四级 not eligible (2 < 3). 丙 (6
    years, √ for 四级): held, undated; 三级 waits on the major and the date: undetermined."""
    rows = "甲,大专,6,2019-07-01,2022-06-01\n乙,大专,2,无,\n丙,大专,6,√,\n"
    result, dest = run_file(tmp_path, content + rows)
    assert 0 == result.exit_code, stderr_of(result)
    assert {
        "甲": (H, H, E, N, "2"),
        "乙": (N, N, N, N, ""),
        "丙": (H, U, N, N, ""),
    } == by_id(read_rows(dest))
    assert "未读取" not in stderr_of(result)


@pytest.mark.parametrize(
    ("header", "level"),
    [
        ("四级取证时间", 4),
        ("三级证书取得日期", 3),
        ("取得二级证书时间", 2),
        ("高级技师取证年月", 1),
        ("四级证书", None),  # a certificate's column: its level or its date, not this
        ("取证时间", None),  # no level: the date column of the certificates given
        ("报考四级时间", None),
    ],
)
def test_which_headers_name_one_levels_certificate_date(header: str, level: int | None) -> None:
    """The headers of one level's certificate date."""
    from mediaops.batch import columns

    assert level == columns.level_date(header)


@pytest.mark.parametrize(
    "content",
    [
        "姓名,学历,专业相关性,工作年限,证书,四级取证时间\n甲,大专,相关,5,四级,2025-06-01\n",
        "姓名,学历,专业相关性,工作年限,证书,四级取证时间\n甲,大专,相关,5,四级、三级,2025-06-01\n",
        "姓名,学历,专业相关性,工作年限,是否取得四级证书,四级取证时间\n甲,大专,相关,5,是,2025-06-01\n",
        "姓名,学历,专业相关性,工作年限,是否取得四级证书,四级取证时间\n甲,大专,相关,5,是,2025.6\n",
    ],
    ids=["证书-四级", "证书-四级三级", "是否取得-是", "是否取得-month"],
)
def test_a_level_named_elsewhere_takes_its_date_column(tmp_path: Path, content: str) -> None:
    """A 四级 named without a date in the 证书 column or a yes/no column, beside a column
    of the 四级's date, was the 四级 twice with different details: an error row. The date
    is that 四级's. On 2026-11-27, 大专 in a related major, 5 years, 四级 since 2025-06
    (17 months): 三级 not eligible yet by 3-2 (2 years after it); with a 三级 also named
    (undated), 四级 and 三级 held and 二级 waits on the 三级's date."""
    result, dest = run_file(tmp_path, content)
    (row,) = read_rows(dest)
    assert "" == row["error"], stderr_of(result)
    expected = (H, H, U, N, "") if "三级" in content else (H, N, N, N, "")
    assert expected == verdicts(row)


def test_a_level_date_columns_warnings_name_that_column(tmp_path: Path) -> None:
    """The warnings on a month, a year or an unreadable date in a level's certificate-date
    column named the first certificate column instead (a 三级 date said of 四级取证时间).
    On 2026-11-27: 甲, 本科 in a related major, 9 years, 四级 of 2019, 三级 of 2022.1
    (January to October: 49 months at least, capped by 108 worked) → 二级 by 2-1; 乙's
    三级 of 2019年夏 is held, its date not known."""
    content = (
        "姓名,学历,专业相关性,工作年限,四级取证时间,三级证书取得日期\n"
        "甲,本科,相关,9,2019,2022.1\n"
        "乙,本科,相关,9,,2019年夏\n"
    )
    result, dest = run_file(tmp_path, content)
    rows = {r["id"]: r for r in read_rows(dest)}
    assert (H, H, E, N, "2") == verdicts(rows["甲"]), stderr_of(result)
    assert "四级取证时间 列只写到年(“2019”)" in rows["甲"]["warnings"]
    assert "三级证书取得日期 列只写到月(“2022.1”)" in rows["甲"]["warnings"]
    assert "三级证书取得日期的值 “2019年夏”" in rows["乙"]["warnings"]
    assert "四级取证时间" not in rows["乙"]["warnings"]


def test_a_level_said_not_held_beside_its_date_disagrees(tmp_path: Path) -> None:
    """是否取得四级证书 否 beside 四级取证时间 2020-01-01 was read as the 四级 held since then
    without a word, the 否 given way as an empty cell's → the two columns disagree: the
    certificates not known, with a warning naming both (an error row with --strict). On
    2026-11-27, 大专 in a related major, 5 years: 四级 by 4-1, 三级 undetermined."""
    content = "姓名,学历,专业相关性,工作年限,是否取得四级证书,四级取证时间\n甲,大专,相关,5,否,2020-01-01\n"
    result, dest = run_file(tmp_path, content)
    (row,) = read_rows(dest)
    assert (E, U, U, U, "4") == verdicts(row), stderr_of(result)
    assert "四级取证时间:2020-01-01 / 是否取得四级证书:否" in row["warnings"]
    result, dest = run_file(tmp_path, content, args=("--strict",))
    (row,) = read_rows(dest)
    assert "是否取得四级证书:否" in row["error"]


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("2019/7/1 0:00", ""),  # a spreadsheet's date with its time of day
        ("43647", "Excel 的日期序号"),  # Excel's day number, the cell not formatted as a date
    ],
)
def test_a_level_date_column_reads_a_date_as_a_date_column_does(
    tmp_path: Path, written: str, said: str
) -> None:
    """A date column reads 2019/7/1 0:00 and 43647 (2019-07-01, said so); a level's
    certificate-date column said "the date cannot be read", its certificate undated. On
    2026-11-27, 大专 in a related major, 5 years, 四级 of 2019-07-01: 三级 by 3-2."""
    content = f"姓名,学历,专业相关性,工作年限,四级取证时间\n甲,大专,相关,5,{written}\n"
    result, dest = run_file(tmp_path, content)
    (row,) = read_rows(dest)
    assert (H, E, N, N, "3") == verdicts(row), stderr_of(result)
    assert "无法识别" not in row["warnings"]
    assert said in row["warnings"]
    if said:
        assert "四级取证时间" in row["warnings"]
        assert "2019-07-01" in row["warnings"]


def test_a_date_to_come_in_a_level_date_column_names_that_column(tmp_path: Path) -> None:
    """A date after the evaluation date in the second of two level certificate-date
    columns named the first (三级取证时间's 2030-01-01 blamed on 四级取证时间)."""
    content = "姓名,学历,工作年限,四级取证时间,三级取证时间\n甲,大专,5,2019-01-01,2030-01-01\n"
    result, dest = run_file(tmp_path, content)
    (row,) = read_rows(dest)
    assert row["error"].startswith("三级取证时间 列"), stderr_of(result)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_cell_of_a_level_date_column_that_is_no_date_names_that_column(
    tmp_path: Path, lang: str
) -> None:
    """``abc`` in 四级取证时间 beside a 证书 column was said of 证书 (“证书的值 “abc” 不是有效
    日期”), a column that holds nothing. It names 四级取证时间; the certificates are then
    not known. On 2026-11-27, 大专 in a related major, 5 years: 四级 by 4-1, the others
    undetermined."""
    content = "姓名,学历,专业相关性,工作年限,证书,四级取证时间\n甲,大专,相关,5,,abc\n"
    result, dest = run_file(tmp_path, content, lang=lang)
    (row,) = read_rows(dest, lang)
    words = {E: E, U: U} if lang == "zh" else EN_WORDS
    assert (words[E], words[U], words[U], words[U], "4") == verdicts(row), stderr_of(result)
    assert row["warnings"].startswith("四级取证时间"), row["warnings"]
    assert "“abc”" in row["warnings"]
    assert "证书的值" not in row["warnings"]


def test_dates_that_disagree_in_two_columns_name_both(tmp_path: Path) -> None:
    """证书 ``四级:2020-01-01`` beside 四级取证时间 ``2021-05-01``: an error row that named
    only 证书, leaving the clerk to find the other date. It names both columns."""
    content = "姓名,学历,专业相关性,工作年限,证书,四级取证时间\n甲,大专,相关,5,四级:2020-01-01,2021-05-01\n"
    _, dest = run_file(tmp_path, content)
    (row,) = read_rows(dest)
    assert row["error"].startswith("证书、四级取证时间 列:四级证书出现了两次"), row["error"]
    _, dest = run_file(tmp_path, content, lang="en")
    (row,) = read_rows(dest, "en")
    assert row["error"].startswith("columns 证书, 四级取证时间: "), row["error"]


@pytest.mark.parametrize(
    ("certificate", "day"),
    [
        ("四级 2020年", "2020-06-01"),
        ("四级:2020.06", "2020-06-15"),
        ("四级（2020年6月）", "2020/6/15"),
    ],
)
def test_a_month_in_the_certificate_cell_agrees_with_a_day_in_that_month(
    tmp_path: Path, certificate: str, day: str
) -> None:
    """证书 ``四级 2020年`` beside 四级取证时间 ``2020-06-01`` say the same certificate, the
    date column more precisely: it was an error row (`四级证书出现了两次且信息不同`), the row
    not screened. The date column's day is the certificate's. On 2026-11-27, 大专 in a
    related major, 5 years in all, the 四级 held 6 years: 5 years after it (capped by the 5
    worked) meet 3-2's 2, so 三级 is eligible; no 三级 is held, so 二级 and 一级 are not."""
    header = "姓名,学历,专业相关性,工作年限,证书,四级取证时间\n"
    content = header + f"甲,大专,相关,5,{certificate},{day}\n"
    result, dest = run_file(tmp_path, content)
    (row,) = read_rows(dest)
    assert "" == row["error"], row["error"]
    assert (H, E, N, N, "3") == verdicts(row), stderr_of(result)


def test_a_month_in_the_certificate_cell_outside_the_date_columns_day_disagrees(
    tmp_path: Path,
) -> None:
    """证书 ``四级 2020.01`` beside 四级取证时间 ``2021-05-01``: no day of January 2020 is
    2021-05-01, so the two disagree, an error row naming both columns."""
    content = (
        "姓名,学历,专业相关性,工作年限,证书,四级取证时间\n甲,大专,相关,5,四级 2020.01,2021-05-01\n"
    )
    _, dest = run_file(tmp_path, content)
    (row,) = read_rows(dest)
    assert row["error"].startswith("证书、四级取证时间 列:四级证书出现了两次"), row["error"]


@pytest.mark.parametrize(
    ("header", "held"),
    [("证书", "四级"), ("是否取得四级证书", "是")],
)
def test_a_level_held_keeps_its_certificate_when_its_date_column_is_no_date(
    tmp_path: Path, header: str, held: str
) -> None:
    """证书 ``四级`` (or 是否取得四级证书 ``是``) beside 四级取证时间 ``见附件``: the date
    column holds no date, but the 四级 is said to be held. Every certificate was taken as
    not known, so 四级 read 可以报考 (by 4-1's 10 years) for someone holding it. It is held,
    its date not known, with a warning naming 四级取证时间, as a date that cannot be read
    (2019年夏) is. On 2026-11-27, 大专 in a related major, 10 years: 四级 held; 三级 by 3-2
    depends on the years after the 四级, not known (undetermined); no 三级 or 二级 is held,
    so 二级 and 一级 are not eligible."""
    content = (
        f"姓名,学历,专业相关性,工作年限,{header},四级取证时间\n甲,大专,相关,10,{held},见附件\n"
    )
    result, dest = run_file(tmp_path, content)
    assert 1 == result.exit_code  # a row with a warning
    (row,) = read_rows(dest)
    assert (H, U, N, N, "") == verdicts(row), stderr_of(result)
    assert row["warnings"].startswith("四级取证时间"), row["warnings"]
    assert "“见附件”" in row["warnings"]
    assert "证书按已持有、取证日期未知计" in row["warnings"]
    _, dest = run_file(tmp_path, content, args=("--strict",))
    (row,) = read_rows(dest)
    assert row["error"].startswith("四级取证时间"), row["error"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_date_column_that_is_no_date_beside_a_dated_certificate_keeps_that_date(
    tmp_path: Path, lang: str
) -> None:
    """证书 ``四级:2020-01-01`` beside 四级取证时间 ``见附件``: the date column holds no
    date, and 证书 gives the certificate and its date. Every certificate was taken as not
    known, so 四级 read 可以报考 for someone holding it since 2020. The date column's cell is
    not read, said so naming both columns, and 证书's date stands. On 2026-11-27, 大专 in a
    related major, 10 years: 四级 held; 6.9 years after it (within the 10 worked) meet 3-2's
    2, so 三级 is eligible; no 三级 is held, so 二级 and 一级 are not."""
    content = (
        "姓名,学历,专业相关性,工作年限,证书,四级取证时间\n甲,大专,相关,10,四级:2020-01-01,见附件\n"
    )
    result, dest = run_file(tmp_path, content, lang=lang)
    assert 1 == result.exit_code  # a row with a warning
    (row,) = read_rows(dest, lang)
    words = {H: H, E: E, N: N} if lang == "zh" else EN_WORDS
    assert (words[H], words[E], words[N], words[N], "3") == verdicts(row), stderr_of(result)
    assert row["warnings"].startswith("四级取证时间"), row["warnings"]
    assert "“见附件”" in row["warnings"]
    assert "证书" in row["warnings"].removeprefix("四级取证时间")


@pytest.mark.parametrize(
    ("written", "expected", "said"),
    [
        # 大专 related, 6 years: a 四级 of 2019 (its first or its last day, more than 2
        # years before 2026-11-27 either way, capped by the 6 in all): 3-2 met → 三级
        ("四级2019", (H, E, N, N, "3"), "只写到年(“2019”)"),
        ("四级201907", (H, E, N, N, "3"), "只写到月(“201907”)"),
        # a 三级 of 2019: 2-1's 4 years after it met from 2019-12-31 too (6 in all) → 二级
        ("3级2019", (H, H, E, N, "2"), "只写到年(“2019”)"),
    ],
)
def test_a_year_or_month_glued_to_the_level_is_read_as_one_apart(
    tmp_path: Path, written: str, expected: tuple[str, ...], said: str
) -> None:
    """A year run into a level written with a digit, with no space (3级2019), was a date that
    did not read ("中的日期 “2019” 无法识别"), though `3级 2019` and `四级2019` are read: read
    alike (the other two rows guard the reading that already held)."""
    result, dest = run_file(
        tmp_path, f"姓名,学历,专业相关,从业年限,证书\n甲,大专,相关,6,{written}\n"
    )
    assert 1 == result.exit_code, stderr_of(result)
    [row] = read_rows(dest)
    assert {"甲": expected} == by_id([row])
    assert said in row["warnings"]
