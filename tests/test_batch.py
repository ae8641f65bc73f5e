"""``mediaops batch``: many applicants from CSV / JSON Lines / Excel, one result per row (issues #3, #11).

Every expected verdict below was worked out by hand from SPEC §1 for the
evaluation date 2026-11-27, never copied from the program's output:

* 大专 + related major + 3 years: 四级 eligible via 4-1 (≥ 3 years, inclusive);
  三级 needs a 四级 certificate, 二级 a 三级 one, 一级 a 二级 one: not eligible.
* 高中 + 1 year + 四级 formal training: 四级 eligible via 4-2.
* 大专 + related + 3 years + 四级 certificate of 2024-01-10: 四级 held; 34
  complete months (2.83 years, under the 3-year cap) since the certificate ≥ 2,
  so 三级 eligible via 3-2.
* 高中 + 2.5 years: not eligible; 4-1 needs 0.5 more years, reached on 2027-05-27.
* 技工学校 + same major, final-year student or not: 四级 eligible via 4-3.

Since issue #11 the output speaks the user's language (Chinese headers and
verdict words by default), keeps every input column after the verdict
columns, and reads a cell it cannot understand as an unknown fact with a
warning (``提示``; exit 1) instead of an error row, unless ``--strict``.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import os
import random
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from typer.testing import CliRunner, Result

import mediaops.batch.run
import mediaops.batch.screen
from mediaops.batch.read import CHUNK
from mediaops.cli import app
from plain import plain_env

AS_OF = "2026-11-27"
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "applicants.csv"
SCRIPT = Path(sys.executable).parent / ("mediaops.exe" if os.name == "nt" else "mediaops")

#: The verdict words of the output cells under --lang zh (the default).
E, N, U, H = "可以报考", "暂不可报考", "无法判断", "已持有"
#: The same verdicts as ids (--lang en, and JSON everywhere).
EN_WORDS = {E: "eligible", N: "not_eligible", U: "undetermined", H: "held", "": ""}
#: The verdict columns, in the order of the output, by language (issue #11).
ZH_COLUMNS = [
    "行号",
    "编号",
    "四级",
    "三级",
    "二级",
    "一级",
    "最高可报考等级",
    "说明",
    "提示",
    "错误",
]
EN_COLUMNS = [
    "line", "id", "level_4", "level_3", "level_2", "level_1",
    "highest_eligible", "summary", "warnings", "error",
]  # fmt: skip
COLUMNS = {"zh": ZH_COLUMNS, "en": EN_COLUMNS}
LEVELS = ("level_4", "level_3", "level_2", "level_1")

runner = CliRunner()

#: The same four applicants under a Chinese header and an English one.
ROWS = [
    ("p1", "大专", "相关", "3", "", ""),
    ("p2", "高中", "", "1", "四级", ""),
    ("p3", "大专", "相关", "3", "", "四级:2024-01-10"),
    ("p4", "高中", "", "2.5", "", ""),
]
HEADER_ZH = ("编号", "学历", "专业相关性", "工作年限", "培训", "证书")
HEADER_EN = ("id", "education", "major", "experience", "training", "certs")
#: id → (level 4, level 3, level 2, level 1, highest eligible), worked out by hand
EXPECTED = {
    "p1": (E, N, N, N, "4"),
    "p2": (E, N, N, N, "4"),
    "p3": (H, E, N, N, "3"),
    "p4": (N, N, N, N, ""),
}


# --- helpers -----------------------------------------------------------------------


def open_paths() -> set[str]:
    """The files this process has open (Linux: /proc/self/fd)."""
    paths = set()
    for fd in Path("/proc/self/fd").iterdir():
        try:
            paths.add(os.readlink(fd))
        except OSError:
            continue  # the directory's own descriptor, gone already
    return paths


def invoke(args: list[str], *, input: bytes | str | None = None, lang: str = "zh") -> Result:
    """``mediaops batch ARGS --as-of 2026-11-27`` with a fixed language and width."""
    result = runner.invoke(
        app, ["batch", *args, "--as-of", AS_OF], input=input, env=plain_env(lang)
    )
    assert "Traceback" not in result.output
    assert "Traceback" not in stderr_of(result)
    return result


def stderr_of(result: Result) -> str:
    """The separately captured stderr ("" where CliRunner merges it into the output)."""
    try:
        return result.stderr or ""
    except ValueError:
        return ""


def csv_text(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A CSV document (header first) as text, quoted where needed, with Excel's CRLF line ends."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue()


def run_file(
    tmp_path: Path,
    content: str | bytes,
    *,
    name: str = "in.csv",
    out: str = "out.csv",
    args: tuple[str, ...] = (),
    lang: str = "zh",
) -> tuple[Result, Path]:
    """Write ``content`` (text as UTF-8) to ``tmp_path/name`` and screen it into ``tmp_path/out``."""
    src = tmp_path / name
    src.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    dest = tmp_path / out
    return invoke([str(src), "-o", str(dest), *args], lang=lang), dest


def read_cells(source: Path | str) -> list[list[str]]:
    """The rows of an output CSV (a file, UTF-8 with BOM, or stdout's text), header included."""
    if isinstance(source, Path):
        with source.open(encoding="utf-8-sig", newline="") as f:
            return list(csv.reader(f))
    return list(csv.reader(io.StringIO(source, newline="")))


def read_rows(source: Path | str, lang: str = "zh") -> list[dict[str, str]]:
    """The verdict columns of each output row, keyed by their English ids whatever the language.

    The header's verdict columns are checked to be those of ``lang``.
    """
    header, *rows = read_cells(source)
    assert COLUMNS[lang] == header[: len(EN_COLUMNS)]
    return [dict(zip(EN_COLUMNS, row, strict=False)) for row in rows]


def read_kept(source: Path | str) -> list[dict[str, str]]:
    """The input columns kept after the verdict columns of each output row, by their header."""
    header, *rows = read_cells(source)
    names = header[len(EN_COLUMNS) :]
    return [dict(zip(names, row[len(EN_COLUMNS) :], strict=True)) for row in rows]


def verdicts(row: dict[str, str]) -> tuple[str, ...]:
    """The four level verdicts and the highest eligible level of an output row."""
    return (*(row[c] for c in LEVELS), row["highest_eligible"])


def by_id(rows: list[dict[str, str]]) -> dict[str, tuple[str, ...]]:
    """id → verdicts of every output row."""
    return {row["id"]: verdicts(row) for row in rows}


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The objects of an output JSON Lines file, one per line."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def json_statuses(obj: dict[str, Any]) -> tuple[str, ...]:
    """The four level statuses of a JSON report, in the order 4, 3, 2, 1."""
    return tuple(lv["status"] for lv in obj["levels"])


def standard_csv(header: tuple[str, ...] = HEADER_ZH) -> str:
    """The four standard applicants under ``header``."""
    return csv_text(header, ROWS)


def tally(text: str) -> dict[str, int]:
    """The numbers of the stderr summary table, by label."""
    return {
        m[1].strip(): int(m[2].replace(",", ""))
        for m in re.finditer(r"^\s*(\S.*?)\s{2,}([\d,]+)\s*$", text, re.M)
    }


def workbook(path: Path, sheets: dict[str, list[list[Any]]]) -> None:
    """Write an .xlsx file with the given sheets (name → rows, header first)."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        ws = book.create_sheet(name)
        for row in rows:
            ws.append(row)
    book.save(path)


def read_xlsx(path: Path) -> list[list[Any]]:
    """The cell values of the first sheet of an .xlsx file."""
    book = openpyxl.load_workbook(path)
    try:
        return [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()


# --- encodings -----------------------------------------------------------------------

NAMED = csv_text(
    ("编号", "姓名", *HEADER_ZH[1:]),
    [(r[0], name, *r[1:]) for r, name in zip(ROWS, ("张三", "李四", "王五", "赵六"), strict=True)],
)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk"])
def test_csv_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    """The same list saved as UTF-8, UTF-8 with BOM, GB18030 or GBK reads the same, names intact."""
    result, dest = run_file(tmp_path, NAMED.encode(encoding))
    assert 0 == result.exit_code, stderr_of(result)
    assert EXPECTED == by_id(read_rows(dest))
    assert ["张三", "李四", "王五", "赵六"] == [r["姓名"] for r in read_kept(dest)]


def ascii_then_chinese(name: str, education: str, major: str) -> str:
    """An English-headed list whose first Chinese character is on line 50."""
    lines = ["id,name,education,major,experience"]
    lines += [f"r{n},Zhang,associate,related,3" for n in range(2, 50)]
    lines += [f"r50,{name},{education},{major},3", "r51,李四,大专,相关,1"]
    return "\n".join(lines) + "\n"


def test_gbk_detected_when_first_chinese_is_on_row_50(tmp_path: Path) -> None:
    """A GBK file that is plain ASCII for 49 lines is still read as GBK from line 50 on."""
    result, dest = run_file(tmp_path, ascii_then_chinese("张三", "本科", "相关").encode("gbk"))
    assert 0 == result.exit_code, stderr_of(result)
    rows, kept = read_rows(dest), read_kept(dest)
    assert 50 == len(rows)
    assert ("50", "r50", "张三", E) == (
        rows[-2]["line"],
        rows[-2]["id"],
        kept[-2]["name"],
        rows[-2]["level_4"],
    )
    # 大专, 1 year, no training: 4-1 and 4-2 unmet, and 4-3 needs a technical school
    assert ("51", "李四", N) == (rows[-1]["line"], kept[-1]["name"], rows[-1]["level_4"])


def test_gbk_detected_when_first_chinese_line_is_also_valid_utf8(tmp_path: Path) -> None:
    """A GBK line whose bytes happen to be valid UTF-8 (郑伟, 硕士) is still read as GBK."""
    # GBK 郑伟 = D6 A3 CE B0 and 硕士 = CB B6 CA BF are also well-formed UTF-8 (֣ΰ, ˶ʿ):
    # the whole of line 50 decodes as UTF-8; line 51 (李四, 大专, 相关) does not
    result, dest = run_file(tmp_path, ascii_then_chinese("郑伟", "硕士", "").encode("gbk"))
    assert 0 == result.exit_code, stderr_of(result)
    rows, kept = read_rows(dest), read_kept(dest)
    assert ("郑伟", E) == (kept[-2]["name"], rows[-2]["level_4"])
    assert "李四" == kept[-1]["name"]


def first_chinese_at(offset: int, row: str) -> bytes:
    """A GBK list: ASCII rows, then ``row`` placed so that its name starts at byte ``offset``, then 李四."""
    lines = ["id,name,education,major,experience"]
    size = len(lines[0]) + 1
    while size < offset - 200:
        lines.append(f"r{len(lines) + 1},Zhang,associate,related,3")
        size += len(lines[-1]) + 1
    fixed = len("pad,,associate,related,3\n") + len("c1,")
    lines.append(f"pad,{'x' * (offset - size - fixed)},associate,related,3")
    data = ("\n".join(lines) + "\n").encode("ascii")
    data += f"c1,{row}\nc2,李四,大专,相关,1\n".encode("gbk")
    assert offset == data.index(row.split(",")[0].encode("gbk"))
    return data


@pytest.mark.parametrize(
    ("offset", "row"),
    [
        (CHUNK - 1, "张三,本科,相关,3"),  # the first byte of 张 ends the first read
        (CHUNK - 12, "郑伟,硕士,,3"),  # valid UTF-8 by chance, all in the first read
    ],
    ids=["split-character", "valid-utf8-before-the-cut"],
)
def test_gbk_detected_wherever_a_read_ends(tmp_path: Path, offset: int, row: str) -> None:
    """A GBK file whose first Chinese text lies near the end of the first 1 MiB read is still GBK."""
    result, dest = run_file(tmp_path, first_chinese_at(offset, row), args=("-q",))
    assert 0 == result.exit_code, stderr_of(result)
    rows, kept = read_rows(dest), read_kept(dest)
    assert [row.split(",")[0], "李四"] == [r["name"] for r in kept[-2:]]
    assert [E, N] == [r["level_4"] for r in rows[-2:]]


def test_encoding_override(tmp_path: Path) -> None:
    """--encoding gbk reads a GBK file, even one that detection alone could misread."""
    result, dest = run_file(
        tmp_path, ascii_then_chinese("郑伟", "硕士", "").encode("gbk"), args=("--encoding", "gbk")
    )
    assert 0 == result.exit_code, stderr_of(result)
    rows, kept = read_rows(dest), read_kept(dest)
    assert ("郑伟", E) == (kept[-2]["name"], rows[-2]["level_4"])
    assert ("李四", N) == (kept[-1]["name"], rows[-1]["level_4"])


def test_wrong_encoding_override_is_unusable(tmp_path: Path) -> None:
    """--encoding utf-8 on a GBK file: exit 2, a message pointing at --encoding, no output file."""
    result, dest = run_file(tmp_path, NAMED.encode("gbk"), args=("--encoding", "utf-8"))
    assert 2 == result.exit_code
    # the file is in one encoding, not the one given: not "mixed", nor "tried GB18030"
    assert "不是 --encoding 指定的 UTF-8 编码" in stderr_of(result)
    assert "不一致" not in stderr_of(result)
    assert "GB18030" not in stderr_of(result)
    assert not dest.exists()


def test_big5_file_read_as_gb18030_names_encoding_big5(tmp_path: Path) -> None:
    """A Big5 CSV (traditional-Chinese Excel) is read as GB18030 and its header is garbled:
    exit 2 showing the header as Big5 reads it and asking for --encoding big5, which reads
    it. A header with no fact column in either reading gets no such advice."""
    content = "學歷,工作年限,姓名\n大專,3,張三\n".encode("big5")
    result, dest = run_file(tmp_path, content)
    assert (2, False) == (result.exit_code, dest.exists())
    err = stderr_of(result)
    assert "學歷, 工作年限, 姓名" in err
    assert "--encoding big5" in err
    assert "--column" not in err
    result, dest = run_file(tmp_path, content, args=("--encoding", "big5"))
    assert 0 == result.exit_code, stderr_of(result)
    assert E == read_rows(dest)[0]["level_4"]
    result, _ = run_file(tmp_path, "名字,电话\n张三,1\n".encode("gbk"))
    assert 2 == result.exit_code
    assert "big5" not in stderr_of(result)


def test_no_fact_column_for_their_remarks_says_so_with_the_column_option(tmp_path: Path) -> None:
    """A header whose fact columns all carry a remark that may change what they hold: exit 2
    naming them as unread for their remarks, with the --column that reads the first; with
    that --column it is read."""
    content = "学历（在读或毕业）,工作年限(不含实习)\n大专,3\n"
    result, dest = run_file(tmp_path, content)
    assert (2, False) == (result.exit_code, dest.exists())
    err = stderr_of(result)
    assert "因括号中的备注未被读取" in err
    assert '--column "学历（在读或毕业）=学历"' in err
    assert "文化程度=学历" not in err  # the general advice gives way to the reason
    args = ("--column", "学历（在读或毕业）=学历", "--column", "工作年限(不含实习)=从业年限")
    result, dest = run_file(tmp_path, content, args=args)
    assert 0 == result.exit_code, stderr_of(result)
    assert E == read_rows(dest)[0]["level_4"]


def test_the_column_hint_for_a_remark_can_be_pasted_into_a_shell(tmp_path: Path) -> None:
    """A header holding a double quote: the --column the hint suggests is quoted so that a
    shell gives it back whole, and pasted as it is it reads the column."""
    import shlex

    content = csv_text(["编号", '学历("在读")'], [["A1", "大专"]])
    result, _ = run_file(tmp_path, content)
    assert 2 == result.exit_code
    *_, suggested = re.findall(r"如 (--column [^。]+)。", stderr_of(result))
    args = shlex.split(suggested)
    assert ["--column", '学历("在读")=学历'] == args
    result, _ = run_file(tmp_path, content, args=tuple(args))
    assert 0 == result.exit_code, stderr_of(result)


@pytest.mark.parametrize("header", ["工作年限(月)(不含实习)", "工作年限(月,不含实习)"])
def test_a_months_column_with_a_remark_mapped_by_column_is_months(
    tmp_path: Path, header: str
) -> None:
    """A unit of months before a remark, or first in its bracket, still makes a bare number
    months once --column maps the column: 6 is half a year, not six years."""
    content = csv_text(["学历", header], [["高中", "6"]])
    result, dest = run_file(tmp_path, content, args=("--column", f"{header}=从业年限"))
    assert 0 == result.exit_code, stderr_of(result)
    assert N == read_rows(dest)[0]["level_4"]


def test_unknown_encoding_name_is_unusable(tmp_path: Path) -> None:
    """--encoding with a name Python does not know: exit 2 naming the value."""
    result, dest = run_file(tmp_path, NAMED, args=("--encoding", "klingon-8"))
    assert 2 == result.exit_code
    assert "klingon-8" in stderr_of(result)
    assert not dest.exists()


# --- header ---------------------------------------------------------------------------


@pytest.mark.parametrize("header", [HEADER_ZH, HEADER_EN], ids=["zh", "en"])
def test_header_in_either_language(tmp_path: Path, header: tuple[str, ...]) -> None:
    """Chinese and English column names give the same verdicts."""
    result, dest = run_file(tmp_path, standard_csv(header))
    assert 0 == result.exit_code, stderr_of(result)
    rows = read_rows(dest)
    assert EXPECTED == by_id(rows)
    assert ["2", "3", "4", "5"] == [r["line"] for r in rows]


def test_level_columns_are_keyed_by_level(tmp_path: Path) -> None:
    """A ruleset listing its levels 1, 2, 3, 4 still gives each level's verdict under its own name."""
    rules = (Path(__file__).resolve().parents[1] / "rules" / "all-media-operator.toml").read_text(
        encoding="utf-8"
    )
    head, rest = rules.split("# --- 四级/中级工", 1)
    levels, tail = ("# --- 四级/中级工" + rest).split("# --- What to bring", 1)
    blocks = [b for b in re.split(r"(?=# --- [一二三四]级/)", levels) if b.strip()]
    assert 4 == len(blocks)
    reordered = tmp_path / "reversed.toml"
    reordered.write_text(
        head + "".join(reversed(blocks)) + "# --- What to bring" + tail, encoding="utf-8"
    )
    result, dest = run_file(tmp_path, standard_csv(), args=("--rules", str(reordered)))
    assert 0 == result.exit_code, stderr_of(result)
    header = read_cells(dest)[0]
    assert {"四级", "三级", "二级", "一级"} == set(header[2:6])
    by_name = [dict(zip(header[:10], row[:10], strict=True)) for row in read_cells(dest)[1:]]
    assert EXPECTED == {
        r["编号"]: (r["四级"], r["三级"], r["二级"], r["一级"], r["最高可报考等级"])
        for r in by_name
    }


def test_summary_names_the_clause(tmp_path: Path) -> None:
    """The summary gives the clause each eligible level rests on, or the routes to the next one.

    p4 (高中, 2.5 years) has the year 4-2 asks for: completing 四级 formal
    training would make it eligible now, so that route comes first, before the
    date time alone brings (4-1 on 2027-05-27).
    """
    result, dest = run_file(tmp_path, standard_csv())
    assert 0 == result.exit_code
    summaries = {r["id"]: r["summary"] for r in read_rows(dest)}
    assert "4-1" in summaries["p1"]
    assert "4-2" in summaries["p2"]
    assert "3-2" in summaries["p3"]
    p4 = summaries["p4"]
    assert "完成四级正规培训" in p4
    assert "即可报考四级(4-2)" in p4  # now, not on some date
    assert "2027-05-27" in p4
    assert p4.index("4-2") < p4.index("2027-05-27")
    assert [] == re.findall(r"\d{4}-\d{2}-\d{2}", p4.replace("2027-05-27", ""))


def test_summary_promises_no_route_an_unknown_fact_still_blocks(tmp_path: Path) -> None:
    """No education, 3 years: 4-1 is met already and G1 is unknown, so training opens nothing.

    The summary must ask for the education (学历), not claim that completing
    formal training makes the candidate eligible for 四级 (4-2 would still
    rest on the unknown G1).
    """
    result, dest = run_file(tmp_path, "编号,学历,工作年限\nx,,3\n")
    assert 0 == result.exit_code
    [row] = read_rows(dest)
    assert (U, N, N, N, "") == verdicts(row)
    assert "学历" in row["summary"]
    assert "即可报考" not in row["summary"]


def test_columns_in_any_order(tmp_path: Path) -> None:
    """Columns may come in any order."""
    order = [5, 3, 0, 4, 1, 2]
    header = [HEADER_ZH[i] for i in order]
    rows = [[r[i] for i in order] for r in ROWS]
    result, dest = run_file(tmp_path, csv_text(header, rows))
    assert 0 == result.exit_code
    assert EXPECTED == by_id(read_rows(dest))


@pytest.mark.parametrize(
    "header",
    [
        ("姓名", "最高学历", "专业", "从业年限", "培訓", "證書"),
        ("序号", "學歷", "專業相關性", "從業年限", "trainings", "certificates"),
        ("Name", "Education", "Major", "Years", "Training", "Cert"),
    ],
    ids=["zh-synonyms", "traditional", "capitalised"],
)
def test_header_synonyms(tmp_path: Path, header: tuple[str, ...]) -> None:
    """Synonyms, traditional characters and capitalised English names are recognised."""
    result, dest = run_file(tmp_path, standard_csv(header))
    assert 0 == result.exit_code, stderr_of(result)
    assert EXPECTED == by_id(read_rows(dest))


def test_bianhao_is_the_id_and_xingming_is_kept(tmp_path: Path) -> None:
    """With 编号 before 姓名, 编号 is the id and 姓名 is kept in the output."""
    content = "编号,姓名,学历,专业相关性,工作年限\nA1,张三,大专,相关,3\n"
    result, dest = run_file(tmp_path, content)
    assert 0 == result.exit_code
    [row], [kept] = read_rows(dest), read_kept(dest)
    assert ("A1", "张三", E) == (row["id"], kept["姓名"], row["level_4"])


def test_bianhao_is_the_id_even_after_xingming(tmp_path: Path) -> None:
    """With 姓名 before 编号 (order is free), 编号 is still the id and 姓名 is kept."""
    content = "姓名,编号,学历,专业相关性,工作年限\n张三,A1,大专,相关,3\n"
    result, dest = run_file(tmp_path, content)
    assert 0 == result.exit_code
    [row], [kept] = read_rows(dest), read_kept(dest)
    assert ("A1", "张三") == (row["id"], kept["姓名"])


# --- cell values -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("major", "expected"),
    [
        ("本专业", E),
        ("相关专业", E),
        ("相关", E),
        ("same", E),
        ("不相关", N),
        ("无关", N),
        ("unrelated", N),
    ],
)
def test_major_values(tmp_path: Path, major: str, expected: str) -> None:
    """A technical-school diploma with no experience: 四级 via 4-3 only in this or a related major."""
    result, dest = run_file(tmp_path, f"编号,学历,专业相关性,工作年限\nm,技工学校,{major},0\n")
    assert 0 == result.exit_code
    [row] = read_rows(dest)
    assert expected == row["level_4"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("是", N), ("yes", N), ("true", N), ("1", N),
        ("否", E), ("no", E), ("false", E), ("0", E), ("", E),
    ],
)  # fmt: skip
def test_graduating_values(tmp_path: Path, value: str, expected: str) -> None:
    """3-2 does not count final-year students: a 大专 final-year student is not eligible for 三级."""
    content = f"编号,学历,专业相关性,应届,工作年限,证书\ng,大专,相关,{value},3,四级:2024-01-10\n"
    result, dest = run_file(tmp_path, content)
    assert 0 == result.exit_code
    [row] = read_rows(dest)
    assert (H, expected) == (row["level_4"], row["level_3"])


@pytest.mark.parametrize("value", ["是", "yes", "否", ""])
def test_graduating_technical_school_counts_for_4_3(tmp_path: Path, value: str) -> None:
    """4-3 counts final-year students (template): 技工学校, same major, eligible either way."""
    content = f"编号,学历,专业相关性,在校应届毕业生,工作年限\nt,技工学校,本专业,{value},0\n"
    result, dest = run_file(tmp_path, content)
    assert 0 == result.exit_code
    [row] = read_rows(dest)
    assert (E, "4") == (row["level_4"], row["highest_eligible"])
    assert "4-3" in row["summary"]


@pytest.mark.parametrize(
    "trainings", ["四级;三级", "四级、三级", "四级,三级", "L4 ; L3", "四级；三级", "四级培训"]
)
def test_training_separators(tmp_path: Path, trainings: str) -> None:
    """Training levels may be separated by ; 、 or , (高中 + 1 year + 四级 training: 4-2)."""
    content = csv_text(("编号", "学历", "工作年限", "培训"), [("t", "高中", "1", trainings)])
    result, dest = run_file(tmp_path, content)
    assert 0 == result.exit_code, stderr_of(result)
    [row] = read_rows(dest)
    assert (E, N, N, N, "4") == verdicts(row)
    assert "4-2" in row["summary"]


@pytest.mark.parametrize(
    "certs",
    [
        "三级:2020-06-01;四级:2018-01-01",
        "三级:2020-06-01、四级",
        "四级,三级:2020-06-01",
        "三级 : 2020-06-01",
        "三级证书 2020年6月1日",
    ],
)
def test_certificate_separators(tmp_path: Path, certs: str) -> None:
    """Certificates (LEVEL[:DATE]) may be separated by ; 、 or ,."""
    # 本科 + 8 years + 三级 of 2020-06-01: 77 months (6.4 years) since it ≥ 4, so
    # 四级 and 三级 held, 二级 eligible via 2-1, 一级 needs a 二级 certificate
    content = csv_text(("编号", "学历", "工作年限", "证书"), [("c", "本科", "8", certs)])
    result, dest = run_file(tmp_path, content)
    assert 0 == result.exit_code, stderr_of(result)
    [row] = read_rows(dest)
    assert (H, H, E, N, "2") == verdicts(row)


def test_years_after_cert_column(tmp_path: Path) -> None:
    """取证后年限 sets the years since the highest certificate: 1.5 → 3-2 unmet, 2 → met."""
    content = "编号,学历,专业相关性,工作年限,证书,取证后年限\na,大专,相关,3,四级,1.5\nb,大专,相关,3,四级,两年\n"
    result, dest = run_file(tmp_path, content)
    assert 0 == result.exit_code
    assert {"a": (H, N, N, N, ""), "b": (H, E, N, N, "3")} == by_id(read_rows(dest))


def test_empty_cells_are_unknown_or_none(tmp_path: Path) -> None:
    """Only 学历 given: experience unknown (四级 undetermined); no certificate means none held."""
    content = "编号,学历,专业相关性,应届,工作年限,培训,证书,取证后年限,评估日期\nx,大专,,,,,,,\n"
    result, dest = run_file(tmp_path, content)
    assert 0 == result.exit_code
    [row] = read_rows(dest)
    assert (U, N, N, N, "") == verdicts(row)
    assert ("", "") == (row["warnings"], row["error"])


def test_as_of_column(tmp_path: Path) -> None:
    """评估日期 per row; empty means --as-of; a certificate dated after it is an error."""
    content = (
        "编号,学历,专业相关性,工作年限,证书,评估日期\n"
        "now,大专,相关,3,四级:2024-01-10,\n"
        "early,大专,相关,3,四级:2024-01-10,2025-01-10\n"
        "before,大专,相关,3,四级:2024-01-10,2023-12-31\n"
    )
    result, dest = run_file(tmp_path, content)
    assert 1 == result.exit_code
    rows = {r["id"]: r for r in read_rows(dest)}
    assert (H, E, N, N, "3") == verdicts(rows["now"])
    # 12 months since the certificate on 2025-01-10: 1.0 < 2 years
    assert (H, N, N, N, "") == verdicts(rows["early"])
    assert "2024-01-10" in rows["before"]["error"]
    assert ("", "", "", "", "") == verdicts(rows["before"])


# --- kept input columns ----------------------------------------------------------------

PASS_CSV = "编号,电话,学历,专业相关性,工作年限,备注\np1,13800138000,大专,相关,3,第一批\np4,0571-1234,高中,,2.5,\n"
PASS_HEADER = ["编号", "电话", "学历", "专业相关性", "工作年限", "备注"]
#: PASS_HEADER as the output keeps it: its 编号 told apart from the result's id column
PASS_KEPT = ["编号 (2)", *PASS_HEADER[1:]]


def test_kept_columns_in_csv_output(tmp_path: Path) -> None:
    """Every input column follows the verdict columns, in input order, values unchanged."""
    result, dest = run_file(tmp_path, PASS_CSV)
    assert 0 == result.exit_code
    cells = read_cells(dest)
    assert [*ZH_COLUMNS, *PASS_KEPT] == cells[0]
    assert ["p1", "13800138000", "大专", "相关", "3", "第一批"] == cells[1][10:]
    assert ["p4", "0571-1234", "高中", "", "2.5", ""] == cells[2][10:]


def test_kept_columns_in_jsonl_output(tmp_path: Path) -> None:
    """Every input column goes under "columns" in the JSON Lines output."""
    result, dest = run_file(tmp_path, PASS_CSV, out="out.jsonl")
    assert 0 == result.exit_code
    first, second = read_jsonl(dest)
    assert {
        "编号": "p1",
        "电话": "13800138000",
        "学历": "大专",
        "专业相关性": "相关",
        "工作年限": "3",
        "备注": "第一批",
    } == first["columns"]
    assert PASS_HEADER == list(first["columns"])
    assert {"编号": "p4", "电话": "0571-1234", "学历": "高中", "专业相关性": "",
            "工作年限": "2.5", "备注": ""} == second["columns"]  # fmt: skip


def test_repeated_column_names_each_keep_their_cell_in_jsonl(tmp_path: Path) -> None:
    """A header naming a column twice, next to one already called "备注 (2)": every cell is
    kept under a name of its own (the second 备注 becomes "备注 (3)")."""
    text = csv_text(["学历", "备注", "备注 (2)", "备注"], [["大专", "甲", "乙", "丙"]])
    result, dest = run_file(tmp_path, text, out="out.jsonl")
    assert 0 == result.exit_code, result.output
    (line,) = read_jsonl(dest)
    assert {"学历": "大专", "备注": "甲", "备注 (2)": "乙", "备注 (3)": "丙"} == line["columns"]


def test_repeated_keys_of_a_jsonl_row_are_numbered_as_a_header_is(tmp_path: Path) -> None:
    """A JSON Lines row giving ``备注`` twice and ``备注 (2)`` once: the key written once keeps
    its name, the second 备注 is ``备注 (3)`` (as a CSV header would give)."""
    src = tmp_path / "in.jsonl"
    src.write_text(
        '{"id": "A1", "education": "本科", "experience": 3, "备注": "甲", "备注": "乙",'
        ' "备注 (2)": "丙"}\n',
        encoding="utf-8",
    )
    dest = tmp_path / "out.jsonl"
    result = invoke([str(src), "-o", str(dest)])
    assert 0 == result.exit_code, result.output
    (line,) = read_jsonl(dest)
    assert {"备注": "甲", "备注 (3)": "乙", "备注 (2)": "丙"} == line["columns"]


def test_kept_columns_in_xlsx_output(tmp_path: Path) -> None:
    """Every input column follows the verdict columns in the .xlsx output."""
    result, dest = run_file(tmp_path, PASS_CSV, out="out.xlsx")
    assert 0 == result.exit_code
    rows = read_xlsx(dest)
    assert [*ZH_COLUMNS, *PASS_KEPT] == rows[0]
    assert ["13800138000", "第一批"] == [rows[1][11], rows[1][15]]
    assert "p1" == rows[1][1]
    assert E == rows[1][2]


# --- unreadable cells and error rows ---------------------------------------------------


def test_unreadable_cell_is_a_warning_and_the_row_is_screened(tmp_path: Path) -> None:
    """An unreadable cell makes its fact unknown, the row is still screened, a warning names it; exit 1.

    p2 (博士后, 1 year, 四级 training): 4-2 is met but G1 is unknown without
    the education, so 四级 is undetermined; 三级 and up need certificates.
    """
    content = standard_csv().replace("p2,高中,", "p2,博士后,")
    result, dest = run_file(tmp_path, content)
    assert 1 == result.exit_code
    rows = read_rows(dest)
    assert ["p1", "p2", "p3", "p4"] == [r["id"] for r in rows]
    bad = rows[1]
    assert "学历" in bad["warnings"]
    assert "博士后" in bad["warnings"]
    assert "" == bad["error"]
    assert (U, N, N, N, "") == verdicts(bad)
    assert {k: v for k, v in EXPECTED.items() if k != "p2"} == {
        r["id"]: verdicts(r) for r in rows if r["id"] != "p2"
    }
    assert all(("", "") == (r["warnings"], r["error"]) for r in rows if r["id"] != "p2")


def test_strict_makes_an_unreadable_cell_an_error_row(tmp_path: Path) -> None:
    """--strict: the row with an unreadable cell is an error row naming column and value; exit 1."""
    content = standard_csv().replace("p2,高中,", "p2,博士后,")
    result, dest = run_file(tmp_path, content, args=("--strict",))
    assert 1 == result.exit_code
    rows = read_rows(dest)
    bad = rows[1]
    assert ("p2", "", "", "", "", "") == (bad["id"], *verdicts(bad))
    assert "学历" in bad["error"]
    assert "博士后" in bad["error"]
    assert {k: v for k, v in EXPECTED.items() if k != "p2"} == {
        r["id"]: verdicts(r) for r in rows if r["id"] != "p2"
    }


@pytest.mark.parametrize("strict", [False, True], ids=["warning", "strict"])
@pytest.mark.parametrize(
    ("header", "cell", "value"),
    [
        ("工作年限", "三年十三个月", "三年十三个月"),
        ("experience", "-1", "-1"),
        ("证书", "五级", "五级"),
        ("certs", "L4:2024-13-01", "2024-13-01"),
    ],
)
def test_unreadable_cell_names_the_column_as_written(
    tmp_path: Path, header: str, cell: str, value: str, strict: bool
) -> None:
    """The warning (or, with --strict, the error) names the column as the header wrote it, and the value."""
    content = csv_text(("id", "学历", header), [("e", "大专", cell)])
    result, dest = run_file(tmp_path, content, args=("--strict",) if strict else ())
    assert 1 == result.exit_code
    [row] = read_rows(dest)
    said, other = (row["error"], row["warnings"]) if strict else (row["warnings"], row["error"])
    assert header in said
    assert value in said
    assert "" == other


@pytest.mark.parametrize(
    ("row", "column"),
    [
        (("a", "associate", "2", "L4", "3"), "years_after_cert"),  # 3 years since > 2 in total
        pytest.param(
            ("b", "associate", "2", "", "1"),
            "years_after_cert",  # years since, but no certificate
        ),
        (("c", "associate", "2", "L4:2027-01-01", ""), "certs"),  # dated after the evaluation date
    ],
    ids=["after-exceeds-total", "after-without-cert", "future-cert-date"],
)
def test_cross_field_error_names_the_column_as_written(
    tmp_path: Path, row: tuple[str, ...], column: str
) -> None:
    """A contradiction across columns or with the date is an error row naming the column as written."""
    content = csv_text(("id", "education", "experience", "certs", "years_after_cert"), [row])
    result, dest = run_file(tmp_path, content, lang="en")
    assert 1 == result.exit_code
    [out] = read_rows(dest, "en")
    assert "" != out["error"]
    assert column in out["error"]
    assert ("", "", "", "", "") == verdicts(out)


def test_a_date_column_no_certificate_takes_is_said_to_be_unused(tmp_path: Path) -> None:
    """Every certificate of the row dated in its own cell and 取证时间 another date: the
    date is not used, and a warning says so (it was dropped silently); a date one of them
    carries needs no word."""
    header = ("编号", "学历", "工作年限", "已有证书", "取证时间")
    rows = [
        ("a", "大专", "5", "四级:2024-01-01,三级:2025-01-01", "2026-01-01"),
        ("b", "大专", "5", "四级:2024-01-01,三级:2025-01-01", "2025-01-01"),
    ]
    result, dest = run_file(tmp_path, csv_text(header, rows))
    assert 1 == result.exit_code, result.output
    warnings = [r["warnings"] for r in read_rows(dest)]
    assert [
        "取证时间 列的日期 2026-01-01 没有使用:本行的证书(或职称)都已写明各自的日期",
        "",
    ] == warnings


def test_a_date_column_listing_a_date_per_certificate_pairs_them_in_order(
    tmp_path: Path,
) -> None:
    """取证时间 ``2019-07-01、2021-03-01`` beside 证书 ``四级、三级``, as a clerk writes two
    certificates' dates, was refused as not a date (二级 undetermined). Each date now goes,
    in order, to a certificate of the row without a date of its own, where there are as
    many, and a warning names each pair. By hand, 2026-11-27, 大专 in a related major,
    6 years, 四级 and 三级 held; 2-1 asks for 4 years of work after the 三级:
    a: 三级 of 2021-03-01, 5.7 years ago (within the 6 worked): 二级 eligible;
    b: 三级 of 2023-06-01, 3.5 years: not yet (the dates were not swapped: 2019-07-01
       would open it);
    c: three dates for two certificates: not used, said so; 二级 undetermined (the 三级's
       date not known, 6 years may hold 4 after it);
    d: a date in the list after the evaluation date: an error naming 取证时间;
    e: 初级、中级 with two dates in 职称取得时间: paired alike."""
    header = ("编号", "学历", "专业", "工作年限", "证书", "取证时间", "职称", "职称取得时间")
    rows = [
        ("a", "大专", "相关", "6", "四级、三级", "2019-07-01、2021-03-01", "", ""),
        ("b", "大专", "相关", "6", "四级、三级", "2019-07-01，2023-06-01", "", ""),
        ("c", "大专", "相关", "6", "四级、三级", "2019-07-01;2021-03-01;2022-01-01", "", ""),
        ("d", "大专", "相关", "6", "四级、三级", "2019-07-01、2027-03-01", "", ""),
        ("e", "大专", "相关", "6", "", "", "初级、中级", "2015-01-01、2019-01-01"),
    ]
    result, dest = run_file(tmp_path, csv_text(header, rows))
    assert 1 == result.exit_code, result.output
    a, b, c, d, e = read_rows(dest)
    assert (H, H, E, N, "2") == verdicts(a)
    assert (
        "取证时间 列的日期按顺序对应本行未写日期的证书(或职称):"
        "四级证书 2019-07-01、三级证书 2021-03-01;请核对"
    ) == a["warnings"]
    assert (H, H, N, N, "") == verdicts(b)
    assert (H, H, U, N, "") == verdicts(c)
    assert "有 3 个日期,而本行未写日期的证书(或职称)有 2 个" in c["warnings"]
    assert d["error"].startswith("取证时间 列:")
    assert "2027-03-01 晚于评估日期 2026-11-27" in d["error"]
    assert "初级职称 2015-01-01、中级职称 2019-01-01" in e["warnings"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_date_column_listing_months_says_the_list_needs_whole_dates(
    tmp_path: Path, lang: str
) -> None:
    """取证时间 ``2019-07、2021-03`` (or ``2019年7月、2021-03-01``) beside 证书 ``四级、三级``
    was told "不是有效日期,请写出年、月、日", as a malformed date, though the column alone
    takes ``2019-07``. The warning names the month and says how to give the dates."""
    header = ("编号", "学历", "专业", "工作年限", "证书", "取证时间")
    rows = [
        ("a", "大专", "相关", "6", "四级、三级", "2019-07、2021-03"),
        ("b", "大专", "相关", "6", "四级、三级", "2019-07-01、2021年3月"),
    ]
    result, dest = run_file(tmp_path, csv_text(header, rows), lang=lang)
    assert 1 == result.exit_code, result.output
    a, b = read_rows(dest, lang)
    if lang == "zh":
        assert (H, H, U, N, "") == verdicts(a)
        assert "“2019-07” 只写到月(或年)" in a["warnings"]
        assert "不是有效日期" not in a["warnings"]
        assert "“2021年3月” 只写到月(或年)" in b["warnings"]
    else:
        assert "“2019-07” gives the month or the year alone" in a["warnings"]


def test_a_date_after_the_evaluation_date_names_the_column_it_came_from(tmp_path: Path) -> None:
    """A certificate dated after the evaluation date by a date column (取证时间) is blamed on
    that column; dated in its own cell, on the certificate column; a title's alike."""
    header = ("编号", "学历", "工作年限", "已有证书", "取证时间", "职称", "职称取得时间")
    rows = [
        ("a", "大专", "5", "四级", "2027-01-10", "", ""),
        ("b", "大专", "5", "四级:2027-01-10", "", "", ""),
        ("c", "大专", "5", "", "", "初级", "2027-02-01"),
        # every certificate dated in its own cell: the date column is not used, not blamed
        ("d", "大专", "5", "四级:2027-01-10,三级:2025-01-01", "2027-01-10", "", ""),
    ]
    result, dest = run_file(tmp_path, csv_text(header, rows))
    assert 1 == result.exit_code, result.output
    errors = [r["error"] for r in read_rows(dest)]
    assert [e.split(" 列:")[0] for e in errors] == [
        "取证时间",
        "已有证书",
        "职称取得时间",
        "已有证书",
    ]
    assert all("晚于评估日期 2026-11-27" in e for e in errors)


# --- spreadsheet safety ----------------------------------------------------------------

FORMULAS = ["=SUM(A1)", "+1", "-1", "@x", "\tx", "\rx"]


@pytest.mark.parametrize("value", FORMULAS, ids=["eq", "plus", "minus", "at", "tab", "cr"])
def test_formula_looking_kept_cell_gets_a_quote(tmp_path: Path, value: str) -> None:
    """A kept input cell starting with = + - @ tab or CR is written with a leading '."""
    content = csv_text(("编号", "学历", "工作年限", "备注"), [("f", "大专", "3", value)])
    result, dest = run_file(tmp_path, content)
    assert 0 == result.exit_code
    assert "'" + value == read_kept(dest)[0]["备注"]


@pytest.mark.parametrize("value", FORMULAS[:4], ids=["eq", "plus", "minus", "at"])
def test_formula_looking_id_gets_a_quote(tmp_path: Path, value: str) -> None:
    """An id starting with = + - or @ is written with a leading ' in CSV; in .xlsx as it is,
    as text in a cell styled "quote prefix"."""
    content = csv_text(("编号", "学历", "工作年限"), [(value, "大专", "3")])
    result, dest = run_file(tmp_path, content)
    assert 0 == result.exit_code
    assert "'" + value == read_rows(dest)[0]["id"]
    assert "'" + value == read_kept(dest)[0]["编号 (2)"]
    result, dest = run_file(tmp_path, content, out="out.xlsx")
    assert 0 == result.exit_code
    book = openpyxl.load_workbook(dest)
    for column in (2, 11):  # the id, and the kept 编号 column
        cell = book.worksheets[0].cell(row=2, column=column)
        assert (value, "s", True) == (cell.value, cell.data_type, cell.quotePrefix)
    book.close()
    assert {"B2": True, "K2": True} == xlsx_cells_quoted(dest, {"B2", "K2"})


def test_formula_looking_header_gets_a_quote(tmp_path: Path) -> None:
    """A kept column whose name starts with = is written with a leading ' in the header."""
    content = csv_text(("编号", "学历", "工作年限", "=HYPERLINK(A1)"), [("h", "大专", "3", "x")])
    result, dest = run_file(tmp_path, content)
    assert 0 == result.exit_code
    assert "'=HYPERLINK(A1)" == read_cells(dest)[0][-1]


@pytest.mark.parametrize("out", ["out.tsv", "-"])
def test_formula_looking_cell_gets_a_quote_in_tsv_and_on_stdout(tmp_path: Path, out: str) -> None:
    """TSV and stdout are CSV: a formula-looking cell is written with a leading '."""
    content = csv_text(("编号", "学历", "工作年限", "电话"), [("=x", "大专", "3", "+86 138")])
    (tmp_path / "in.csv").write_text(content, encoding="utf-8")
    result = invoke([str(tmp_path / "in.csv"), "-o", out if out == "-" else str(tmp_path / out)])
    assert 0 == result.exit_code, stderr_of(result)
    text = result.stdout if out == "-" else (tmp_path / out).read_text(encoding="utf-8-sig")
    cells = text.splitlines()[1].split("\t" if out.endswith(".tsv") else ",")
    assert ["'=x", "'+86 138"] == [cells[1], cells[-1]]


def xlsx_cells_quoted(path: Path, refs: set[str], sheet: str = "sheet1") -> dict[str, bool]:
    """Whether each cell ``refs`` names is, in the sheet's XML, text (an inline or shared
    string, no formula element) styled "quote prefix" (its xf has ``quotePrefix="1"``)."""
    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    with zipfile.ZipFile(path) as archive:
        xml = archive.read(f"xl/worksheets/{sheet}.xml")
        styles = ET.fromstring(archive.read("xl/styles.xml"))
    assert re.search(rb"<f[\s>/]", xml) is None  # no formula in the sheet
    cells = {c.get("r"): c for c in ET.fromstring(xml).iter(main + "c")}
    xfs = styles.findall(f"{main}cellXfs/{main}xf")
    found = {}
    for ref in refs:
        cell = cells[ref]
        assert cell.find(main + "f") is None, ref
        assert cell.get("t") in ("inlineStr", "s"), ref
        found[ref] = xfs[int(cell.get("s") or 0)].get("quotePrefix") in ("1", "true")
    return found


def test_xlsx_keeps_formula_looking_cells_as_they_were(tmp_path: Path) -> None:
    """.xlsx in, .xlsx out: a kept text cell a spreadsheet could run as a formula (a phone
    number +86…, a dash, =SUM(…) typed as text) is written as it was, without a ', as text
    (no formula), in a cell styled "quote prefix", as Excel marks such text; other cells are
    not so styled. The same cells from a CSV input, too."""
    from openpyxl.utils import get_column_letter

    texts = ["+8613800000000", "-", "=SUM(A1)", "@x", "-1", "\tx"]
    src = tmp_path / "in.xlsx"
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["编号", "学历", "工作年限", *(f"备注{i}" for i in range(len(texts))), "其他"])
    ws.append(["a", "大专", 3, *texts, "'q"])
    for column in range(4, 4 + len(texts)):
        ws.cell(row=2, column=column).data_type = "s"  # text, as Excel keeps '=SUM(A1)
    book.save(src)
    kept = len(ZH_COLUMNS) + 3
    letters = [get_column_letter(kept + 1 + i) for i in range(len(texts) + 1)]
    for name in ("in.xlsx", "in.csv"):
        if name == "in.csv":
            rows = [["编号", "学历", "工作年限", *(f"备注{i}" for i in range(len(texts))), "其他"],
                    ["a", "大专", "3", *texts, "'q"]]  # fmt: skip
            (tmp_path / name).write_text(csv_text(rows[0], rows[1:]), encoding="utf-8")
        dest = tmp_path / "out.xlsx"
        result = invoke([str(tmp_path / name), "-o", str(dest)])
        assert 0 == result.exit_code, stderr_of(result)
        out = openpyxl.load_workbook(dest)
        cells = [out.worksheets[0][f"{letter}2"] for letter in letters]
        assert [*texts, "'q"] == [c.value for c in cells]
        assert ["s"] * len(cells) == [c.data_type for c in cells]
        assert [True] * len(texts) + [False] == [c.quotePrefix for c in cells]
        assert ("a", False) == (out.worksheets[0]["B2"].value, out.worksheets[0]["B2"].quotePrefix)
        out.close()
        refs = {f"{letter}2" for letter in letters}
        quoted = xlsx_cells_quoted(dest, refs)
        assert {f"{letter}2": letter != letters[-1] for letter in letters} == quoted


# --- JSON Lines input -------------------------------------------------------------------

JSONL = "\n".join(
    [
        '{"id": "j1", "education": "associate", "major": "related", "experience": 3, "phone": "13800138000", "tags": ["a"]}',
        "",
        '{"id": "j2", "education": "senior_high", "experience": 1, "trainings": [4]}',
        '{"id": "j3", "education": "大专", "major": "same", "experience": 3, "certificates": [{"level": 4, "date": "2024-01-10"}]}',
        '{"id": "j4", "education": "associate",',
        '{"id": "j5", "education": "senior_high", "experience": 2.5, "graduating": false}',
        "[1, 2]",
        '{"id": "j7", "education": "associate", "major": "related", "experience": 3, "certificates": [{"level": "四级", "date": "2024-01-10"}], "as_of": "2025-01-10"}',
    ]
)


def test_jsonl_input(tmp_path: Path) -> None:
    """JSON Lines in: physical line numbers, blank lines skipped, bad lines become error rows."""
    result, dest = run_file(tmp_path, JSONL + "\n", name="in.jsonl")
    assert 1 == result.exit_code
    rows = read_rows(dest)
    assert ["1", "3", "4", "5", "6", "7", "8"] == [r["line"] for r in rows]
    got = {r["line"]: verdicts(r) for r in rows}
    assert (E, N, N, N, "4") == got["1"]
    assert (E, N, N, N, "4") == got["3"]
    assert (H, E, N, N, "3") == got["4"]
    assert (N, N, N, N, "") == got["6"]
    # as_of per line: 12 months since the certificate
    assert (H, N, N, N, "") == got["8"]
    errors = {r["line"]: r["error"] for r in rows if r["error"]}
    assert ["5", "7"] == sorted(errors)
    assert "JSON" in errors["5"]


def test_jsonl_input_of_facts_only(tmp_path: Path) -> None:
    """JSON Lines whose objects hold only facts: line numbers, verdicts, and bad lines as error rows."""
    lines = []
    for text in JSONL.splitlines():
        try:
            obj = json.loads(text)
        except ValueError:
            lines.append(text)
            continue
        if isinstance(obj, dict):
            obj = {k: v for k, v in obj.items() if k not in ("id", "phone", "tags")}
        lines.append(json.dumps(obj, ensure_ascii=False))
    result, dest = run_file(tmp_path, "\n".join(lines) + "\n", name="in.jsonl")
    assert 1 == result.exit_code
    rows = read_rows(dest)
    assert ["1", "3", "4", "5", "6", "7", "8"] == [r["line"] for r in rows]
    got = {r["line"]: verdicts(r) for r in rows}
    assert {
        "1": (E, N, N, N, "4"),
        "3": (E, N, N, N, "4"),
        "4": (H, E, N, N, "3"),
        "5": ("", "", "", "", ""),
        "6": (N, N, N, N, ""),
        "7": ("", "", "", "", ""),
        "8": (H, N, N, N, ""),  # as_of per line: 12 months since the certificate
    } == got
    errors = {r["line"]: r["error"] for r in rows if r["error"]}
    assert ["5", "7"] == sorted(errors)
    assert "JSON" in errors["5"]


def test_jsonl_extra_keys_kept(tmp_path: Path) -> None:
    """Keys that are not candidate facts come back under "columns" of the JSON output."""
    result, dest = run_file(tmp_path, JSONL, name="in.jsonl", out="out.jsonl")
    assert 1 == result.exit_code
    first = read_jsonl(dest)[0]
    assert ("j1", 1) == (first["id"], first["line"])
    assert {"phone": "13800138000", "tags": ["a"]} == first["columns"]


def test_jsonl_extra_keys_in_csv_output_have_a_header(tmp_path: Path) -> None:
    """In CSV output every row has as many cells as the header (a JSON input's extras are named)."""
    result, dest = run_file(tmp_path, JSONL, name="in.jsonl")
    assert 1 == result.exit_code
    cells = read_cells(dest)
    assert [len(cells[0])] * len(cells) == [len(c) for c in cells]


def test_jsonl_cert_years_after_stays_on_its_certificate(tmp_path: Path) -> None:
    """years_after belongs to its own certificate, as in ``check --input``."""
    # The 四级 certificate has years_after 2; the 三级 one has neither date nor
    # years, so the years since 三级 are unknown and 二级 (2-1) is undetermined.
    obj = {
        "education": "associate",
        "major": "related",
        "experience": 6,
        "certificates": [{"level": 4, "date": "2020-01-10", "years_after": 2}, {"level": 3}],
    }
    result, dest = run_file(tmp_path, json.dumps(obj) + "\n", name="in.jsonl", out="out.jsonl")
    assert 0 == result.exit_code
    [line] = read_jsonl(dest)
    assert ("held", "held", "undetermined", "not_eligible") == json_statuses(line)


@pytest.mark.parametrize(
    ("key", "value", "written"),
    [
        ("certs", [{"level": 4, "date": "2020-01-01"}], "certificates"),
        ("证书", "四级", "certificates"),
        ("工作年限(年)", 5, "experience"),
        ("学历", "大专", "education"),
        ("cert_date", "2020-01-01", "certificates"),
    ],
)
def test_jsonl_key_named_as_a_column_of_a_fact_is_said(
    tmp_path: Path, key: str, value: Any, written: str
) -> None:
    """A JSON Lines key a sheet's header would read as a fact (``certs``, ``学历``), but that is
    no key of a candidate file, is passed through, not read: the row's warnings say so, with
    the key that gives the fact, and the run exits 1 rather than 0 as if all were read."""
    obj = {"id": "k1", "education": "associate", "major": "same", "experience": 5, key: value}
    result, dest = run_file(tmp_path, json.dumps(obj, ensure_ascii=False) + "\n", name="in.jsonl")
    assert 1 == result.exit_code
    [row] = read_rows(dest)
    assert key in row["warnings"]
    assert written in row["warnings"]
    result, dest = run_file(
        tmp_path, json.dumps(obj) + "\n", name="in.jsonl", out="out.jsonl", lang="en"
    )
    assert 1 == result.exit_code
    [line] = read_jsonl(dest)
    assert any(key in w and written in w for w in line["warnings"])
    assert value == line["columns"][key]  # still passed through, as it was


@pytest.mark.parametrize("key", ["参加工作时间", "入职日期(年月)", "employment date"])
def test_jsonl_key_of_the_date_work_started_is_said_without_the_years(
    tmp_path: Path, key: str
) -> None:
    """A JSON Lines key of the date work started (``参加工作时间``), where no key gives the
    years of experience: the row's warnings say it was not read and why (the row was screened
    with the experience unknown and not a word, where a sheet's column of it is said), the
    run exits 1. Beside ``experience`` it is passed through without a word, as a sheet's
    column beside 工作年限 is only named in the mapping."""
    obj: dict[str, Any] = {"id": "k1", "education": "高中", "major": "相关", key: "2015-03"}
    result, dest = run_file(tmp_path, json.dumps(obj, ensure_ascii=False) + "\n", name="in.jsonl")
    assert 1 == result.exit_code, stderr_of(result)
    [row] = read_rows(dest)
    said = re.sub(r"\s+", "", row["warnings"])
    assert f"键“{key.replace(' ', '')}”是参加工作或入职的日期,未读取" in said
    assert "请用experience给出这些年数" in said
    result, dest = run_file(
        tmp_path, json.dumps(obj) + "\n", name="in.jsonl", out="out.jsonl", lang="en"
    )
    [line] = read_jsonl(dest)
    assert [f"key “{key}” gives the date work or the job started"] == [
        w[: len(key) + 45] for w in line["warnings"]
    ]
    assert "2015-03" == line["columns"][key]  # still passed through, as it was
    obj["experience"] = 3
    result, dest = run_file(tmp_path, json.dumps(obj, ensure_ascii=False) + "\n", name="in.jsonl")
    assert 0 == result.exit_code, stderr_of(result)
    assert "" == read_rows(dest)[0]["warnings"]


@pytest.mark.parametrize(
    ("obj", "key", "value"),
    [
        ({"education": "associate", "certificates": [{"level": "九级"}]}, "certificates", "九级"),
        ({"education": "associate", "trainings": ["L9"]}, "trainings", "L9"),
        ({"education": "postdoc"}, "education", "postdoc"),
    ],
)
def test_jsonl_error_names_the_key_as_written(
    tmp_path: Path, obj: dict[str, Any], key: str, value: str
) -> None:
    """An unreadable value in a JSON line names the key as the line wrote it, and the value."""
    result, dest = run_file(tmp_path, json.dumps(obj) + "\n", name="in.jsonl")
    assert 1 == result.exit_code
    [row] = read_rows(dest)
    assert key in row["error"]
    assert value in row["error"]


# --- JSON Lines output ----------------------------------------------------------------


def test_jsonl_output_is_the_check_report_plus_line_and_id(tmp_path: Path) -> None:
    """Each output line parses; it is ``check --format json`` plus line, id, warnings and columns."""
    content = standard_csv().replace("p2,高中,", "p2,博士后,")
    result, dest = run_file(tmp_path, content, out="out.jsonl", args=("--strict",))
    assert 1 == result.exit_code
    lines = read_jsonl(dest)
    assert [(2, "p1"), (3, "p2"), (4, "p3"), (5, "p4")] == [(o["line"], o["id"]) for o in lines]
    assert {"line", "id", "error"} <= set(lines[1])
    assert "levels" not in lines[1]
    assert "学历" in lines[1]["error"]
    assert ("held", "eligible", "not_eligible", "not_eligible") == json_statuses(lines[2])
    assert 3 == lines[2]["highest_eligible"]
    assert ["3-2"] == lines[2]["levels"][1]["qualifying_pathways"]
    assert [] == lines[2]["warnings"]
    assert dict(zip(HEADER_ZH, ROWS[2], strict=True)) == lines[2]["columns"]
    check = runner.invoke(
        app,
        ["check", "-e", "大专", "--major", "related", "-x", "3", "--cert", "四级:2024-01-10",
         "--as-of", AS_OF, "--format", "json"],
        env={"MEDIAOPS_LANG": "zh"},
    )  # fmt: skip
    expected = json.loads(check.stdout)
    actual = {k: v for k, v in lines[2].items() if k not in ("line", "id", "warnings", "columns")}
    assert expected == actual


def test_jsonl_input_ids_that_are_not_text_are_written_as_json(tmp_path: Path) -> None:
    """A JSON Lines row's id that is a number, true or an object is written as the row wrote
    it (12, true, {"no":3}), not as Python would print it (True, {'no': 3})."""
    lines = [
        '{"id": 12, "education": "大专"}',
        '{"id": true, "education": "大专"}',
        '{"id": {"no": 3}, "education": "大专"}',
        '{"id": "p1", "education": "大专"}',
        '{"education": "大专"}',
    ]
    result, dest = run_file(tmp_path, "\n".join(lines) + "\n", name="in.jsonl", out="out.jsonl")
    assert 0 == result.exit_code, result.output
    assert ["12", "true", '{"no":3}', "p1", ""] == [r["id"] for r in read_jsonl(dest)]


def test_jsonl_output_keeps_ids_under_chinese(tmp_path: Path) -> None:
    """JSON Lines is for programs: statuses stay ids under the default Chinese."""
    result, dest = run_file(tmp_path, standard_csv(), out="out.jsonl")
    assert 0 == result.exit_code
    statuses = {o["id"]: json_statuses(o) for o in read_jsonl(dest)}
    assert {k: tuple(EN_WORDS[w] for w in v[:4]) for k, v in EXPECTED.items()} == statuses


# --- Excel ------------------------------------------------------------------------------

XLSX_HEADER = ["编号", "学历", "专业相关性", "工作年限", "证书", "评估日期", "电话"]


def test_xlsx_input_first_sheet(tmp_path: Path) -> None:
    """The first sheet is read; numbers, dates and blank rows are handled; line = sheet row.
    The other sheet holds applicants too: named after the summary, and the exit status is 1."""
    src = tmp_path / "in.xlsx"
    workbook(
        src,
        {
            "名单": [
                XLSX_HEADER,
                ["x1", "大专", "相关", 3, "四级:2024-01-10", None, 13800138000],
                [None] * 7,
                ["x3", "大专", "相关", 3.0, "四级:2024-01-10", datetime(2025, 1, 10), "备用"],
                ["x4", "高中", None, 2.5, None, None, None],
            ],
            "其他": [XLSX_HEADER, ["o1", "高中", None, 1, None, None, None]],
        },
    )
    dest = tmp_path / "out.csv"
    result = invoke([str(src), "-o", str(dest)])
    assert 1 == result.exit_code, stderr_of(result)
    assert "工作表其他也有报名名单" in re.sub(r"\s+", "", stderr_of(result))
    rows = read_rows(dest)
    assert [("2", "x1"), ("4", "x3"), ("5", "x4")] == [(r["line"], r["id"]) for r in rows]
    assert {"x1": (H, E, N, N, "3"), "x3": (H, N, N, N, ""), "x4": (N, N, N, N, "")} == by_id(rows)
    assert ["13800138000", "备用", ""] == [r["电话"] for r in read_kept(dest)]


def test_xlsx_input_named_sheet(tmp_path: Path) -> None:
    """--sheet NAME reads that sheet."""
    src = tmp_path / "in.xlsx"
    workbook(
        src,
        {
            "名单": [XLSX_HEADER, ["x1", "大专", "相关", 3, None, None, None]],
            "其他": [XLSX_HEADER, ["o1", "高中", None, 1, None, None, None]],
        },
    )
    dest = tmp_path / "out.csv"
    result = invoke([str(src), "-o", str(dest), "--sheet", "其他"])
    assert 0 == result.exit_code
    assert {"o1": (N, N, N, N, "")} == by_id(read_rows(dest))


def test_xlsx_note_right_of_the_header_keeps_the_row_screened(tmp_path: Path) -> None:
    """A note typed right of the table (G3: 材料已交, under no header) sits in a column of
    its own (an .xlsx has no separator to misplace a cell): the row is screened (大专 related,
    3 years: 四级 by 4-1), and its warning holds the note whole with its column (the row was
    an error row, the note cut to 80 characters in the error)."""
    src = tmp_path / "in.xlsx"
    note = "材料已交," + "身份证复印件待补" * 12
    workbook(
        src,
        {
            "名单": [
                XLSX_HEADER[:4],
                ["x1", "大专", "相关", 3],
                ["x2", "大专", "相关", 3, None, None, note],
            ]
        },
    )
    dest = tmp_path / "out.csv"
    result = invoke([str(src), "-o", str(dest), "-q"])
    assert 1 == result.exit_code, stderr_of(result)
    rows = read_rows(dest)
    assert {"x1": (E, N, N, N, "4"), "x2": (E, N, N, N, "4")} == by_id(rows)
    assert ["", ""] == [r["error"] for r in rows]
    assert "" == rows[0]["warnings"]
    assert f"G: {note}" in rows[1]["warnings"]


def test_xlsx_hidden_first_sheet_is_not_the_list(tmp_path: Path) -> None:
    """A template's drop-down lists on a hidden first sheet (学历: 初中, 高中 … under a fact's
    name) are no applicants: the first sheet Excel shows is screened (the hidden one was, and
    its options came out as five applicants, the list only named after the summary). With
    --sheet, a hidden sheet is read as asked."""
    src = tmp_path / "in.xlsx"
    options = [["学历", "证书等级"], ["初中", "四级"], ["高中", "三级"], ["大专", None]]
    workbook(
        src,
        {
            "选项": options,
            "报名表": [XLSX_HEADER, ["x1", "大专", "相关", 3, None, None, None]],
        },
    )
    book = openpyxl.load_workbook(src)
    book["选项"].sheet_state = "hidden"
    book.active = 1
    book.save(src)
    dest = tmp_path / "out.csv"
    result = invoke([str(src), "-o", str(dest)])
    assert 0 == result.exit_code, stderr_of(result)
    assert {"x1": (E, N, N, N, "4")} == by_id(read_rows(dest))
    result = invoke([str(src), "-o", str(dest), "--sheet", "选项", "-q"])
    assert 3 == len(read_rows(dest))


def hidden_rows_book(path: Path, hidden: Sequence[int], filtered: bool = True) -> None:
    """A sheet of 12 applicants under a header (lines 2–13, ids x2–x13, all 四级 eligible),
    a totals row (line 14) and a note under the list (line 15), the ``hidden`` lines hidden
    as a filter (or Hide Rows) leaves them."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "报名表"
    ws.append(XLSX_HEADER)
    for n in range(2, 14):
        ws.append([f"x{n}", "大专", "相关", 3, None, None, None])
    ws.append(["合计", None, None, 36, None, None, None])
    ws.append(["填表人:王五"])
    if filtered:
        ws.auto_filter.ref = "A1:G13"
    for n in hidden:
        ws.row_dimensions[n].hidden = True
    book.save(path)


def test_xlsx_rows_hidden_in_excel_are_screened_and_said(tmp_path: Path) -> None:
    """Rows a filter hides are screened as every row (none is dropped), and said after the
    summary in either language, naming their lines (they were screened without a word);
    a hidden totals row or note is not counted among them."""
    src = tmp_path / "in.xlsx"
    hidden_rows_book(src, [3, 5, 6, 7, 14, 15])
    dest = tmp_path / "out.csv"
    result = invoke([str(src), "-o", str(dest)])
    assert 0 == result.exit_code, stderr_of(result)
    screened = [r["id"] for r in read_rows(dest) if r["level_4"]]
    assert [f"x{n}" for n in range(2, 14)] == screened
    said = re.sub(r"\s+", "", stderr_of(result))
    assert "4行在Excel中是隐藏的(如被筛选隐藏),也已照常筛查并写入结果:第3、5–7行" in said
    english = re.sub(r"\s+", " ", stderr_of(invoke([str(src), "-o", str(dest)], lang="en")))
    assert "rows hidden in Excel (by a filter, or Hide Rows) were screened too" in english
    assert "written to the results: lines 3, 5–7 (4 in all)" in english
    quiet = invoke([str(src), "-o", str(dest), "-q"])
    assert "" == stderr_of(quiet)  # -q: nothing lost, nothing said


def test_xlsx_many_hidden_rows_are_named_by_their_first_lines(tmp_path: Path) -> None:
    """Rows hidden by Hide Rows (no filter): the first ten are named, the rest counted."""
    src = tmp_path / "in.xlsx"
    hidden_rows_book(src, [2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13], filtered=False)
    dest = tmp_path / "out.csv"
    said = re.sub(r"\s+", "", stderr_of(invoke([str(src), "-o", str(dest)])))
    assert "11行在Excel中是隐藏的" in said
    assert "第2、4–12行等" in said
    english = re.sub(r"\s+", " ", stderr_of(invoke([str(src), "-o", str(dest)], lang="en")))
    assert "lines 2, 4–12, … (11 in all)" in english


@pytest.mark.parametrize("count", [1, 2])
def test_lines_counting_things_in_english_agree_with_their_number(
    tmp_path: Path, count: int
) -> None:
    """The English lines about rows and columns of a list that hold no applicant or are not
    read read in the plural for one (``the columns 入职时间 give … and were not read``)
    or in the singular for two (``a totals row …: lines 6–7``). One thing is said in the
    singular, several in the plural; the Chinese is the same for both."""
    titles = [["2026年报名表"], ["第二行"]][:count]
    header = ["序号", "学历", *["是否参加四级培训", "是否参加三级培训"][:count]]
    header += ["参加工作时间", "入职时间"][:count]
    width = len(header)
    rows = [["1", "大专", *["是"] * (width - 2)], ["2", "高中", *["否"] * (width - 2)]]
    rows += [[word, *[""] * (width - 1)] for word in ["合计", "小计"][:count]]
    rows += [[str(n), *[""] * (width - 1)] for n in range(3, 3 + count)]
    rows += [[word, *[""] * (width - 1)] for word in ["填表人:王五", "注:无"][:count]]
    content = csv_text(header, rows)
    content = "".join(",".join(t + [""] * (width - 1)) + "\r\n" for t in titles) + content
    result, _ = run_file(tmp_path, content, lang="en")
    assert 1 == result.exit_code, stderr_of(result)  # (columns that look like a fact)
    said = re.sub(r"\s+", " ", stderr_of(result))
    if count == 1:
        expected = [
            "line 1 holds no applicant (a title above the header",
            "a totals row (合计, Total …), not an applicant, not screened nor counted "
            "(written to the results as it is): line 5",
            "a line under the list (填表人, 审核人, 注 …), not an applicant, not screened "
            "nor counted (written to the results as it is): line 7",
            "a line the form had numbered in advance and nobody used (only a 序号, with no "
            "applicant after it or under 以下空白), not screened nor counted (written to "
            "the results as it is): line 6",
            "the column 是否参加四级培训 was not read, though it looks like a fact (its name "
            "is not known): the list was screened as if it were not there",
            "If it is one, name it with --column, e.g. --column 是否参加四级培训=training",
            "the column 是否参加四级培训 says whether a training was attended, not whether "
            "it was completed",
            "so it was not read.",
            "the column 参加工作时间 gives the date work or the job started and was not read",
        ]
    else:
        expected = [
            "lines 1–2 hold no applicant (titles above the header",
            "totals rows (合计, Total …), not applicants, not screened nor counted "
            "(written to the results as they are): lines 6–7",
            "lines under the list (填表人, 审核人, 注 …), not applicants, not screened nor "
            "counted (written to the results as they are): lines 10–11",
            "lines the form had numbered in advance and nobody used (only a 序号, with no "
            "applicant after them or under 以下空白), not screened nor counted (written to "
            "the results as they are): lines 8–9",
            "the columns 是否参加四级培训, 是否参加三级培训 were not read, though they look "
            "like facts (their names are not known): the list was screened as if they were "
            "not there",
            "If they are, name them with --column",
            "the columns 是否参加四级培训, 是否参加三级培训 say whether a training was attended",
            "so they were not read.",
            "the columns 参加工作时间, 入职时间 give the date work or the job started and "
            "were not read",
        ]
    for text in expected:
        assert text in said
    chinese = re.sub(r"\s+", "", stderr_of(run_file(tmp_path, content)[0]))
    lines = {1: ("5", "7", "6"), 2: ("6–7", "10–11", "8–9")}[count]
    assert f"第{lines[0]}行是合计行(合计、总计……),不是考生" in chinese
    assert f"第{lines[1]}行是表尾(填表人、审核人、注……)" in chinese
    assert f"第{lines[2]}行只有预先编好的序号" in chinese
    assert "第1行不是考生" in chinese or "第1–2行不是考生" in chinese


@pytest.mark.parametrize("count", [1, 2])
def test_xlsx_lines_counting_things_in_english_agree_with_their_number(
    tmp_path: Path, count: int
) -> None:
    """The English lines about hidden rows, hidden sheets, other sheets holding lists and
    cells merged down read in the plural for one (``the workbook holds hidden sheets, 旧
    (Excel does not show them)``): one is said in the singular, several in the plural."""
    src = tmp_path / "in.xlsx"
    rows = [XLSX_HEADER, *([f"x{n}", "大专", "相关", 3, None, None, None] for n in range(2, 8))]
    others = {name: [XLSX_HEADER, ["y1", "高中", "相关", 1, None, None, None]] for name in "甲乙"}
    hidden = {name: [["学历"], ["初中"]] for name in ("选项", "旧")}
    workbook(
        src,
        {
            "名单": rows,
            **dict(list(others.items())[:count]),
            **dict(list(hidden.items())[:count]),
        },
    )
    book = openpyxl.load_workbook(src)
    ws = book["名单"]
    for ref in ["B2:B3", "C5:C6"][:count]:
        ws.merge_cells(ref)
    for n in [4, 7][:count]:
        ws.row_dimensions[n].hidden = True
    for name in list(hidden)[:count]:
        book[name].sheet_state = "hidden"
    book.save(src)
    result = invoke([str(src), "-o", str(tmp_path / "out.csv")], lang="en")
    assert 1 == result.exit_code, stderr_of(result)  # (other sheets hold lists)
    said = re.sub(r"\s+", " ", stderr_of(result))
    if count == 1:
        expected = [
            "B2:B3: the value shown is read for every row the cell spans",
            "1 row hidden in Excel (by a filter, or Hide Rows) was screened too, as every "
            "row is, and written to the results: line 4",
            "the workbook holds a hidden sheet, 选项 (Excel does not show it), which was "
            "not screened; to screen it, name it with --sheet: --sheet 选项",
            "Note: the workbook's sheet 甲 holds an applicant list too, and only the first "
            "sheet was screened; screen it with --sheet 甲",
        ]
        assert "in all" not in said
    else:
        expected = [
            "B2:B3, C5:C6: the value shown is read for every row the cells span",
            "rows hidden in Excel (by a filter, or Hide Rows) were screened too, as every "
            "row is, and written to the results: lines 4, 7 (2 in all)",
            "the workbook holds hidden sheets, 选项, 旧 (Excel does not show them), which "
            "were not screened; to screen one, name it with --sheet, such as --sheet 选项",
            "Note: the workbook's sheets 甲, 乙 hold applicant lists too, and only the first "
            "sheet was screened; screen each with --sheet, such as --sheet 甲",
        ]
    for text in expected:
        assert text in said
    chinese = re.sub(r"\s+", "", stderr_of(invoke([str(src), "-o", str(tmp_path / "o.csv")])))
    assert f"{count}行在Excel中是隐藏的(如被筛选隐藏)" in chinese
    assert "工作簿中有隐藏的工作表选项" in chinese


def test_xlsx_hidden_rows_without_their_numbers_are_said(tmp_path: Path) -> None:
    """A sheet whose row tags leave out their numbers (``<row hidden="1">``, no ``r``, as the
    format allows and some programs write): each is the row after the one before, as the
    rows are read, so its hidden rows are said (they were screened without a word)."""
    src = tmp_path / "in.xlsx"
    hidden_rows_book(src, [3, 5, 6, 7])
    stripped = tmp_path / "stripped.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(stripped, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'<row r="\d+"', b"<row", data)
                data = re.sub(rb'<c r="[A-Z]+\d+"', b"<c", data)
            zout.writestr(item, data)
    dest = tmp_path / "out.csv"
    result = invoke([str(stripped), "-o", str(dest)])
    assert 0 == result.exit_code, stderr_of(result)
    assert [f"x{n}" for n in range(2, 14)] == [r["id"] for r in read_rows(dest) if r["level_4"]]
    said = re.sub(r"\s+", "", stderr_of(result))
    assert "4行在Excel中是隐藏的(如被筛选隐藏),也已照常筛查并写入结果:第3、5–7行" in said


#: A list whose 工作年限 decides 四级: 大专 and related, so 4-1 (≥ 3 years) alone decides.
HIDDEN_COLUMNS_HEADER = ["编号", "姓名", "学历", "专业相关性", "工作年限", "证书", "备注"]


def hidden_columns_book(path: Path, hidden: Sequence[str]) -> None:
    """Two applicants under :data:`HIDDEN_COLUMNS_HEADER`, the columns ``hidden`` (letters)
    hidden as Hide Columns leaves them: x1 with 3 years (四级 by 4-1), x2 with 2 (四级 not
    reached: 4-1 asks for 3)."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(HIDDEN_COLUMNS_HEADER)
    ws.append(["x1", "张三", "大专", "相关", 3, None, "备用"])
    ws.append(["x2", "李四", "大专", "相关", 2, None, None])
    for letter in hidden:
        ws.column_dimensions[letter].hidden = True
    book.save(path)


@pytest.mark.parametrize(
    ("hidden", "zh", "en"),
    [
        (
            ["E"],
            "列工作年限在Excel中是隐藏的(看不到其中的值),也已照常读取并用于筛查",
            "the column 工作年限 is hidden in Excel (its values cannot be seen there), and "
            "was read and screened on as every column is; to check it, unhide it in Excel",
        ),
        (
            ["A", "E", "F", "G"],  # the id and a column not read: not named
            "列工作年限、证书在Excel中是隐藏的(看不到其中的值),也已照常读取并用于筛查",
            "the columns 工作年限, 证书 are hidden in Excel (their values cannot be seen "
            "there), and were read and screened on as every column is; to check them, "
            "unhide them in Excel",
        ),
    ],
)
def test_xlsx_hidden_columns_read_are_said(
    tmp_path: Path, hidden: list[str], zh: str, en: str
) -> None:
    """A column hidden in Excel (Hide Columns) that is read for a fact was read without a
    word: the verdicts rested on values the clerk cannot see. They are read as ever and
    named after the summary by their header, in either language (not with --quiet)."""
    src = tmp_path / "in.xlsx"
    hidden_columns_book(src, hidden)
    dest = tmp_path / "out.csv"
    result = invoke([str(src), "-o", str(dest)])
    assert 0 == result.exit_code, stderr_of(result)
    assert {"x1": (E, N, N, N, "4"), "x2": (N, N, N, N, "")} == by_id(read_rows(dest))
    assert zh in re.sub(r"\s+", "", stderr_of(result))
    english = re.sub(r"\s+", " ", stderr_of(invoke([str(src), "-o", str(dest)], lang="en")))
    assert en in english
    assert "隐藏" not in stderr_of(invoke([str(src), "-o", str(dest), "-q"]))


def test_xlsx_hidden_columns_read_are_said_by_the_dry_run_too(tmp_path: Path) -> None:
    """--dry-run is the step a clerk takes first: it names a hidden column read as the
    run does (not with --quiet), and writes nothing."""
    src = tmp_path / "in.xlsx"
    hidden_columns_book(src, ["E"])
    dest = tmp_path / "out.csv"
    result = invoke([str(src), "-o", str(dest), "--dry-run"])
    assert 0 == result.exit_code, stderr_of(result)
    assert "列工作年限在Excel中是隐藏的" in re.sub(r"\s+", "", stderr_of(result))
    assert not dest.exists()
    quiet = invoke([str(src), "-o", str(dest), "--dry-run", "-q"])
    assert "隐藏" not in stderr_of(quiet)


def test_xlsx_hidden_columns_not_read_are_not_said(tmp_path: Path) -> None:
    """A hidden id column and a hidden column that is not read (备注) hold no value the
    verdicts use: nothing is said of them."""
    src = tmp_path / "in.xlsx"
    hidden_columns_book(src, ["A", "B", "G"])
    result = invoke([str(src), "-o", str(tmp_path / "out.csv")])
    assert 0 == result.exit_code, stderr_of(result)
    assert "隐藏" not in stderr_of(result)


def test_xlsx_hidden_columns_as_other_programs_write_them_are_said(tmp_path: Path) -> None:
    """Hidden columns written by hand as the format allows: a range over two columns
    (``min="5" max="6"``), its attributes in another order, ``hidden="true"``, and a range
    from past the header to the sheet's last column (as a template hides what it does not
    use): the columns of the header in the ranges are named, the rest is not."""
    src = tmp_path / "in.xlsx"
    hidden_columns_book(src, [])
    cols = (
        b'<cols><col width="0" max="6" hidden="true" min="5"/>'
        b'<col min="8" max="16384" hidden="1"/></cols>'
    )
    edited = tmp_path / "edited.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(edited, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb"<cols>.*?</cols>", b"", data)
                data = data.replace(b"<sheetData", cols + b"<sheetData", 1)
                assert cols in data
            zout.writestr(item, data)
    dest = tmp_path / "out.csv"
    result = invoke([str(edited), "-o", str(dest)])
    assert 0 == result.exit_code, stderr_of(result)
    assert {"x1": (E, N, N, N, "4"), "x2": (N, N, N, N, "")} == by_id(read_rows(dest))
    said = re.sub(r"\s+", "", stderr_of(result))
    assert "列工作年限、证书在Excel中是隐藏的" in said


def test_xlsx_hidden_lines_numbered_in_advance_are_not_said_screened(tmp_path: Path) -> None:
    """A form's lines numbered in advance and left empty, hidden by a filter on blanks, are
    no applicants (said so as ever), and not among the hidden rows said to be screened."""
    src = tmp_path / "in.xlsx"
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["序号", "学历", "专业相关性", "工作年限"])
    for n in range(1, 5):
        ws.append([n, "大专", "相关", 3])
    for n in range(5, 9):
        ws.append([n, None, None, None])
    ws.auto_filter.ref = "A1:D9"
    for line in (3, 7, 8, 9):
        ws.row_dimensions[line].hidden = True
    book.save(src)
    result = invoke([str(src), "-o", str(tmp_path / "out.csv")])
    assert 0 == result.exit_code, stderr_of(result)
    said = re.sub(r"\s+", "", stderr_of(result))
    assert "1行在Excel中是隐藏的(如被筛选隐藏),也已照常筛查并写入结果:第3行" in said
    assert "第6–9行只有预先编好的序号" in said


def test_xlsx_without_hidden_rows_says_nothing_of_them(tmp_path: Path) -> None:
    """A filter that hides nothing: no word of hidden rows."""
    src = tmp_path / "in.xlsx"
    hidden_rows_book(src, [])
    result = invoke([str(src), "-o", str(tmp_path / "out.csv")])
    assert 0 == result.exit_code, stderr_of(result)
    assert "隐藏" not in stderr_of(result)


def test_xlsx_hidden_sheets_are_named_with_the_sheet_option(tmp_path: Path) -> None:
    """Hidden and very hidden sheets are not screened (as Excel does not show them), and are
    named after the summary with the --sheet that screens one (they were skipped without a
    word); --sheet reads a hidden or very hidden sheet as asked, and names no hidden sheet."""
    src = tmp_path / "in.xlsx"
    workbook(
        src,
        {
            "报名表": [XLSX_HEADER, ["x1", "大专", "相关", 3, None, None, None]],
            "旧 名单": [XLSX_HEADER, ["y1", "高中", "相关", 1, None, None, None]],
            "选项": [["学历"], ["初中"], ["高中"]],
        },
    )
    book = openpyxl.load_workbook(src)
    book["选项"].sheet_state = "veryHidden"
    book["旧 名单"].sheet_state = "hidden"
    book.save(src)
    dest = tmp_path / "out.csv"
    result = invoke([str(src), "-o", str(dest)])
    assert 0 == result.exit_code, stderr_of(result)
    assert {"x1": (E, N, N, N, "4")} == by_id(read_rows(dest))
    said = re.sub(r"\s+", " ", stderr_of(result))
    assert "工作簿中有隐藏的工作表 旧 名单、选项(Excel 中看不到),没有筛查" in said
    assert "如 --sheet '旧 名单'" in said
    english = re.sub(r"\s+", " ", stderr_of(invoke([str(src), "-o", str(dest)], lang="en")))
    assert "the workbook holds hidden sheets, 旧 名单, 选项 (Excel does not show them)" in english
    assert "such as --sheet '旧 名单'" in english
    assert "隐藏" not in stderr_of(invoke([str(src), "-o", str(dest), "-q"]))
    chosen = invoke([str(src), "-o", str(dest), "--sheet", "旧 名单"])
    assert 0 == chosen.exit_code, stderr_of(chosen)
    assert {"y1": (N, N, N, N, "")} == by_id(read_rows(dest))
    assert "隐藏" not in stderr_of(chosen)
    very = invoke([str(src), "-o", str(dest), "--sheet", "选项", "-q"])
    assert 2 == len(read_rows(dest)), stderr_of(very)


@pytest.mark.parametrize("shown_sheet", [[], [["请按要求填写"], ["学历填最高学历"]]])
def test_xlsx_hidden_list_behind_a_sheet_of_no_list_is_named(
    tmp_path: Path, shown_sheet: list[list[str]]
) -> None:
    """The only sheet Excel shows is empty or holds instructions, the list is on a hidden
    sheet: the refusal (exit 2) names the hidden sheet with the --sheet that screens it (it
    said only that the input was empty, or had no fact column, and the list was not found).
    A hidden sheet of drop-down lists is no list and is not named so."""
    src = tmp_path / "in.xlsx"
    workbook(
        src,
        {
            "选项": [["学历"], ["初中"], ["高中"]],
            "名单 (旧)": [XLSX_HEADER, ["y1", "高中", "相关", 1, None, None, None]],
            "说明": shown_sheet,
        },
    )
    book = openpyxl.load_workbook(src)
    book["选项"].sheet_state = "veryHidden"
    book["名单 (旧)"].sheet_state = "hidden"
    book.active = 2
    book.save(src)
    result = invoke([str(src), "-o", str(tmp_path / "out.csv")])
    assert 2 == result.exit_code, stderr_of(result)
    said = re.sub(r"\s+", " ", stderr_of(result))
    assert "工作簿中还有隐藏的工作表 名单 (旧)(Excel 中看不到)" in said
    assert "如 --sheet '名单 (旧)'" in said
    english = re.sub(r"\s+", " ", stderr_of(invoke([str(src), "-o", "x.csv"], lang="en")))
    assert "workbook also holds a hidden sheet, 名单 (旧) (Excel does not show it)" in english
    assert "name it with --sheet: --sheet '名单 (旧)'" in english
    assert "选项" not in said + english


def test_xlsx_other_sheets_with_applicants_are_named_and_exit_1(tmp_path: Path) -> None:
    """A workbook with a sheet per class: only the first is screened (as documented), and the
    others that hold applicant lists are named with the --sheet that screens one, exit 1 (it
    was exit 0 and not a word: a class lost). Not named: a sheet of instructions, a template
    with a header and no applicant, a hidden sheet. -q leaves out the summary, not this; with
    --sheet the choice is the user's (exit 0)."""
    src = tmp_path / "in.xlsx"
    row = ["x", "大专", "相关", 3, None, None, None]
    workbook(
        src,
        {
            "一班": [XLSX_HEADER, row],
            "填表说明": [["请按以下要求填写:"], ["学历填最高学历"]],
            "二班": [["2026 年报名表"], XLSX_HEADER, row],
            "模板": [XLSX_HEADER],
            "旧名单": [XLSX_HEADER, row],
            "三 班": [XLSX_HEADER, row],
        },
    )
    book = openpyxl.load_workbook(src)
    book["旧名单"].sheet_state = "hidden"
    book.save(src)
    dest = tmp_path / "out.csv"
    result = invoke([str(src), "-o", str(dest)])
    assert 1 == result.exit_code
    note = re.sub(r"\s+", "", stderr_of(result).split("注意:")[1])
    assert "工作簿中的工作表二班、三班也有报名名单" in note
    assert "--sheet二班" in note
    for sheet in ("填表说明", "模板", "旧名单"):  # (the hidden one is named on a line of its own)
        assert sheet not in note
    english = re.sub(r"\s+", " ", stderr_of(invoke([str(src), "-o", str(dest)], lang="en")))
    assert "sheets 二班, 三 班 hold applicant lists too" in english
    quiet = invoke([str(src), "-o", str(dest), "-q"])
    assert 1 == quiet.exit_code
    assert "也有报名名单" in stderr_of(quiet)  # with -q too: rows not screened are not quiet news
    assert "筛查汇总" not in stderr_of(quiet)
    chosen = invoke([str(src), "-o", str(dest), "--sheet", "二班"])
    assert 0 == chosen.exit_code
    assert "也有报名名单" not in stderr_of(chosen)
    assert 1 == len(read_rows(dest))


@pytest.mark.parametrize(
    "first",
    [
        "合计",
        "合 计",
        "总计:2人",
        "小计",
        "Total",
        "合計",
        "合计3人",
        "合计（3人）",
        "Totals",
        "Sum:",
        "*合计",
        "汇总",  # the label of a table's total row in Chinese Excel (表格 → 汇总行)
        "汇总:2人",
        "彙總",
    ],
)
def test_a_totals_row_is_not_an_applicant(tmp_path: Path, first: str) -> None:
    """A sheet's totals row (合计 in its first filled-in cell, the sum of everyone's years
    beside it) was screened as an applicant with 4.5 years: it is not screened nor counted,
    and is written through in its place (SPEC: batch never loses a row) with empty verdicts
    and a summary saying why; its line is named after the summary; the exit status stays 0.
    In an .xlsx, with the word in the second column and a formula, and in JSON Lines output
    (``not_screened``), the same."""
    src = tmp_path / "in.csv"
    rows = [["1", "大专", "3"], ["2", "高中", "1.5"], [first, "", "4.5"], ["3", "高中", "1"]]
    src.write_text(csv_text(["序号", "学历", "工作年限"], rows), encoding="utf-8")
    result = invoke([str(src), "-o", "-"])
    assert 0 == result.exit_code, stderr_of(result)
    written = read_rows(result.stdout)
    assert ["2", "3", "4", "5"] == [r["line"] for r in written]
    total = written[2]
    assert ("", "", "", "", "") == verdicts(total)
    assert ("合计行,不是考生,未筛查", "", "") == (
        total["summary"],
        total["warnings"],
        total["error"],
    )
    assert 3 == tally(stderr_of(result))["读取行数"]
    assert "第 4 行是合计行" in stderr_of(result)
    jsonl = tmp_path / "out.jsonl"
    assert 0 == invoke([str(src), "-o", str(jsonl), "-q"]).exit_code
    line = read_jsonl(jsonl)[2]
    assert (4, "合计行,不是考生,未筛查", False) == (
        line["line"],
        line["not_screened"],
        "levels" in line,
    )
    xlsx = tmp_path / "in.xlsx"
    header = ["编号", "姓名", "学历", "工作年限"]
    sums = [None, first, None, "=SUM(D2:D3)"]
    workbook(xlsx, {"名单": [header, ["a", "张三", "大专", 3], ["b", "李四", "高中", 1.5], sums]})
    result = invoke([str(xlsx), "-o", "-"], lang="en")
    assert 0 == result.exit_code, stderr_of(result)
    en_rows = read_rows(result.stdout, "en")
    assert ["a", "b", ""] == [r["id"] for r in en_rows]
    assert "a totals row: not an applicant, not screened" == en_rows[2]["summary"]
    assert "nor counted (written to the results as it is): line 4" in re.sub(
        r"\s+", " ", stderr_of(result)
    )


@pytest.mark.parametrize(
    "footer",
    [
        ["填表人：王五", "", "审核人：赵六"],
        ["注：工作年限按整年填写", "", ""],
        ["", "制表人: 张三", ""],
        ["备注:学历以毕业证为准", "", ""],
        ["联系电话：010-12345678", "", ""],
        ["填表人：", "王五", "审核人：赵六"],  # a label's name in the cell after it
        # what else a footer's line holds, not labelled: a date, a second note, a signature
        # (each was screened as an applicant, undetermined, and counted)
        ["填表人：张三", "", "2024年1月10日"],
        ["注：1. 学历以毕业证为准", "2. 年限按实际计算", ""],
        ["填表人：", "王五", "（签字）"],
        ["联系电话：", "010-12345678", "13800000000"],
        # a remark in brackets between the label and its colon
        ["填报单位（盖章）：某某公司", "", "填表日期：2024年1月10日"],
        # the short labels Chinese forms end with (制表：, 审核：, 单位（盖章）：, 日期：): each
        # was screened as an applicant with nothing but an id, warned and counted
        ["制表：张三", "", "审核：李四"],
        ["审核：李四", "", ""],
        ["单位（盖章）：", "", "日期：2026年11月"],
        ["日期：2026年11月27日", "", ""],
        ["制表时间：2026-11-27", "", ""],
        ["单位负责人：", "王五", ""],
        ["填表说明：学历填最高学历", "", ""],
        # the mark a form puts under its last entry (it was an applicant: undetermined)
        ["以下空白", "", ""],
        ["", "（以下空白）", ""],
        ["——以下空白——", "", ""],
        ["以下无正文。", "", ""],
        # the same after a 序号 the form had filled in down the sheet (an applicant with
        # nothing but his id, "以下空白", was screened: undetermined)
        ["3", "以下空白", ""],
        ["3", "", "（以下空白）"],
    ],
)
def test_a_line_under_the_list_is_not_an_applicant(tmp_path: Path, footer: list[str]) -> None:
    """The lines a form ends with (填表人：…, 审核人：…, 注：…) were screened as applicants:
    counted among the rows read, undetermined, with a warning for the cell beside them
    (学历 “审核人：赵六”). They are not screened nor counted, written through in their
    place with a summary saying why, and their lines are named after the summary; in an
    .xlsx too, and in JSON Lines (``not_screened``)."""
    rows = [["1", "大专", "3"], ["2", "高中", "1"], footer]
    src = tmp_path / "in.csv"
    src.write_text(csv_text(["序号", "学历", "工作年限"], rows), encoding="utf-8")
    result = invoke([str(src), "-o", "-"])
    assert 0 == result.exit_code, stderr_of(result)
    written = read_rows(result.stdout)
    assert ["2", "3", "4"] == [r["line"] for r in written]
    assert ("", "", "", "", "") == verdicts(written[2])
    assert ("表尾行(填表人、注等),不是考生,未筛查", "") == (
        written[2]["summary"],
        written[2]["warnings"],
    )
    assert 2 == tally(stderr_of(result))["读取行数"]
    assert "第 4 行是表尾" in stderr_of(result)
    jsonl = tmp_path / "out.jsonl"
    assert 0 == invoke([str(src), "-o", str(jsonl), "-q"]).exit_code
    assert "levels" not in read_jsonl(jsonl)[2]
    xlsx = tmp_path / "in.xlsx"
    workbook(xlsx, {"名单": [["序号", "学历", "工作年限"], ["1", "大专", 3], footer]})
    result = invoke([str(xlsx), "-o", "-"], lang="en")
    assert 0 == result.exit_code, stderr_of(result)
    assert "a line under the list" in read_rows(result.stdout, "en")[1]["summary"]


def test_numbered_rows_below_the_end_mark_are_not_applicants(tmp_path: Path) -> None:
    """A form numbered down the sheet (序号 4, 5 … typed in advance) under its 以下空白 line:
    each such row holding only its 序号 was screened as an applicant with nothing but an id
    (undetermined, warned, counted). Below the mark they are the form's, as the mark is:
    not screened nor counted, written through and named after the summary; a row below it
    that holds more than its 序号 (赵六, 大专, 4 years: 四级 by 4-1) is still screened, and
    a row holding only a number above the mark is still an applicant."""
    header = ["序号", "姓名", "学历", "工作年限（年）"]
    rows = [
        ["1", "张三", "大专", "3"],  # 4-1: 3 years, inclusive
        ["2", "", "", ""],  # above the mark: an applicant with nothing but an id
        ["3", "以下空白", "", ""],
        ["4", "", "", ""],
        ["5", "", "", ""],
        ["6", "赵六", "大专", "4"],
        ["7", "", "", ""],
    ]
    both = {"1": (E, N, N, N, "4"), "2": (U, N, N, N, ""), "6": (E, N, N, N, "4")}
    footer = ("", "", "", "", "")
    src = tmp_path / "in.csv"
    src.write_bytes(csv_text(header, rows).encode("gb18030"))  # Chinese Excel's plain CSV
    xlsx = tmp_path / "in.xlsx"
    typed: list[list[Any]] = [[int(r[0]), *r[1:3], int(r[3]) if r[3] else None] for r in rows]
    workbook(xlsx, {"名单": [header, *typed]})
    for path in (src, xlsx):
        dest = tmp_path / f"out-{path.suffix[1:]}.csv"
        result = invoke([str(path), "-o", str(dest)])
        assert 1 == result.exit_code, stderr_of(result)  # row 2's warning
        written = read_rows(dest)
        assert [str(n) for n in range(2, 9)] == [r["line"] for r in written]
        assert {**both, "3": footer, "4": footer, "5": footer, "7": footer} == by_id(written)
        for row in written:
            said = row["summary"] == "表尾行(填表人、注等),不是考生,未筛查"
            assert (row["id"] == "3") == said
            unused = row["summary"] == "表格预先编好序号、未填写的空行,不是考生,未筛查"
            assert (row["id"] in {"4", "5", "7"}) == unused
        assert "本行没有填写任何报考条件(学历、从业年限、培训、证书等)" == written[1]["warnings"]
        assert "" == written[5]["warnings"]
        assert 3 == tally(stderr_of(result))["读取行数"]
        said = re.sub(r"\s+", "", stderr_of(result))
        assert "第4行是表尾" in said
        assert "第5–6、8行只有预先编好的序号" in said


def test_numbered_rows_after_the_last_applicant_are_not_applicants(tmp_path: Path) -> None:
    """A form numbered down the sheet (序号 1 to 8 typed in advance) with no 以下空白 under
    its last applicant: each row below it holding only its 序号 was screened as an applicant
    with nothing but an id (undetermined, warned, counted, exit 1). A run of such rows with
    no applicant after it, nothing but a footer line (填表人:), is the form's: not screened
    nor counted, written through, named after the summary. A row holding only a number
    between two applicants, or a number in another column than the first, is still
    screened."""
    header = ["序号", "姓名", "学历", "工作年限（年）"]
    rows = [
        ["1", "张三", "大专", "3"],  # 4-1: 3 years, inclusive
        ["2", "", "", ""],  # an applicant follows: an applicant with nothing but an id
        ["3", "李四", "大专", "4"],
        ["", "", "", "5"],  # a number, not in the 序号 column: someone's years
        ["5", "王五", "高中", "3"],  # 4-1 asks no diploma: eligible
        ["6", "", "", ""],
        ["7", "", "", ""],
        ["填表人:赵老师", "", "", ""],
        ["8", "", "", ""],
    ]
    src = tmp_path / "in.csv"
    src.write_bytes(csv_text(header, rows).encode("gb18030"))
    xlsx = tmp_path / "in.xlsx"
    typed = [
        [int(r[0]) if r[0].isdigit() else r[0], *r[1:3], int(r[3]) if r[3] else None] for r in rows
    ]
    workbook(xlsx, {"名单": [header, *typed]})
    unused = "表格预先编好序号、未填写的空行,不是考生,未筛查"
    for path in (src, xlsx):
        dest = tmp_path / f"out-{path.suffix[1:]}.csv"
        result = invoke([str(path), "-o", str(dest)])
        assert 1 == result.exit_code, stderr_of(result)  # rows 2 and 4 say nothing
        written = read_rows(dest)
        assert [str(n) for n in range(2, 11)] == [r["line"] for r in written]
        assert [
            (E, N, N, N, "4"),
            (U, N, N, N, ""),
            (E, N, N, N, "4"),
            (U, N, N, N, ""),
            (E, N, N, N, "4"),
            *[("", "", "", "", "")] * 4,
        ] == [verdicts(r) for r in written]
        assert [7, 8, 10] == [int(r["line"]) for r in written if r["summary"] == unused]
        said = re.sub(r"\s+", "", stderr_of(result))
        assert 5 == tally(stderr_of(result))["读取行数"]
        assert "第7–8、10行只有预先编好的序号" in said
    result = invoke([str(src), "-o", "-"], lang="en")
    english = read_rows(result.stdout, "en")
    assert "a line the form had numbered in advance" in english[6]["summary"]
    assert "nobody used" in stderr_of(result)
    assert "lines 7–8, 10" in stderr_of(result)


@pytest.mark.parametrize(
    "first", ["合计工", "Totalis", "王合计", "Sum", "SUM2024001", "TOTAL2024001", "Total 2"]
)
def test_a_row_beginning_with_other_words_is_an_applicant(tmp_path: Path, first: str) -> None:
    """Only the totals words themselves (alone, or before a colon, or 合计 before a count)
    mark a totals row: an id or a name that merely contains one is an applicant, and so is
    Sum (a surname, 岑) and an id such as SUM2024001 or TOTAL2024001."""
    src = tmp_path / "in.csv"
    src.write_text(csv_text(["编号", "学历", "工作年限"], [[first, "大专", "3"]]), encoding="utf-8")
    result = invoke([str(src), "-o", "-"])
    assert [first] == [r["id"] for r in read_rows(result.stdout)]
    assert "合计行" not in stderr_of(result)


@pytest.mark.parametrize(
    "remark", ["说明：补交材料", "备注:学历待核", "注：", "联系电话：13800000000"]
)
def test_an_applicant_after_a_remark_in_the_first_column_is_screened(
    tmp_path: Path, remark: str
) -> None:
    """A sheet whose first column is a remark (备注) holding 说明:补交材料 beside an applicant's
    name, diploma and years was taken for a line under the list: the applicant not screened
    nor counted, the run exiting 0. Only a row of footer labels (and the value a bare label
    leaves to the next cell) is one. 大专 related with 5 years: 4-1 → 四级."""
    header = ["备注", "姓名", "学历", "专业相关性", "工作年限"]
    rows = [[remark, "张三", "大专", "相关", "5"], ["", "李四", "高中", "", "1"]]
    src = tmp_path / "in.csv"
    src.write_text(csv_text(header, rows), encoding="utf-8")
    result = invoke([str(src), "-o", "-"])
    written = read_rows(result.stdout)
    assert "4" == written[0]["highest_eligible"]
    assert 2 == tally(stderr_of(result))["读取行数"]
    assert "表尾" not in stderr_of(result)


@pytest.mark.parametrize("first", ["注", "说明", "备注2024001", "联系人张三", "王注"])
def test_a_row_beginning_with_a_footer_word_without_its_colon_is_an_applicant(
    tmp_path: Path, first: str
) -> None:
    """Only a footer's label before a colon (注：, 填表人:) marks a line under the list: an id
    or a name that merely holds such a word is an applicant."""
    src = tmp_path / "in.csv"
    src.write_text(csv_text(["编号", "学历", "工作年限"], [[first, "大专", "3"]]), encoding="utf-8")
    result = invoke([str(src), "-o", "-"])
    assert [first] == [r["id"] for r in read_rows(result.stdout)]
    assert "表尾" not in stderr_of(result)


def test_the_template_edition_says_its_notice_after_the_summary(tmp_path: Path) -> None:
    """EDITIONS.md: an edition built from the drafting template says so wherever it is shown;
    batch --edition template-2023 said nothing of it."""
    src = tmp_path / "in.csv"
    src.write_text(standard_csv(), encoding="utf-8")
    notice = "注意:按2023年版国家职业标准编制规程模板推定,以当地认定机构公布的条件为准"
    result = invoke([str(src), "-o", str(tmp_path / "out.csv"), "--edition", "template-2023"])
    assert notice in re.sub(r"\s+", "", stderr_of(result))
    summary = invoke([str(src), "-o", str(tmp_path / "out.csv")])
    assert "以当地认定机构公布的条件为准" not in re.sub(r"\s+", "", stderr_of(summary))


def test_xlsx_bad_sheet_name(tmp_path: Path) -> None:
    """--sheet with a name the workbook lacks: exit 2 naming it and the sheets there are."""
    src = tmp_path / "in.xlsx"
    workbook(src, {"名单": [XLSX_HEADER, ["x1", "大专", "相关", 3, None, None, None]]})
    dest = tmp_path / "out.csv"
    result = invoke([str(src), "-o", str(dest), "--sheet", "Sheet9"])
    assert 2 == result.exit_code
    message = stderr_of(result)
    assert "Sheet9" in message
    assert "名单" in message
    assert not dest.exists()


def test_xlsx_first_sheet_of_instructions_before_one_list_screens_the_list(
    tmp_path: Path,
) -> None:
    """A first sheet with no fact column (填表说明) before the one sheet that holds a list
    ended with exit 2, asking for --sheet: that sheet is screened, and a line says so (with
    -q too); with --sheet it is the user's choice. 2026-11-27, 大专 in a related major,
    3 years: 四级 by 4-1."""
    src = tmp_path / "in.xlsx"
    applicants = [XLSX_HEADER, ["x1", "大专", "相关", 3, None, None, None]]
    workbook(src, {"填表说明": [["请按以下要求填写:"], ["学历填最高学历"]], "报名表": applicants})
    dest = tmp_path / "out.csv"
    for args in ((), ("-q",)):
        result = invoke([str(src), "-o", str(dest), *args])
        assert 0 == result.exit_code, stderr_of(result)
        said = "".join(stderr_of(result).split())
        assert "第一张工作表“填表说明”中没有考生名单;筛查的是唯一有名单的工作表“报名表”" in said
        assert [("x1", (E, N, N, N, "4"))] == [(r["id"], verdicts(r)) for r in read_rows(dest)]
    chosen = invoke([str(src), "-o", str(dest), "--sheet", "报名表"])
    assert (0, "") == (chosen.exit_code, stderr_of(chosen).split("读取")[0])
    assert "填表说明" not in stderr_of(chosen)


def test_xlsx_first_sheet_of_instructions_before_one_list_takes_column_options(
    tmp_path: Path,
) -> None:
    """With a first sheet of instructions before the one list, ``--column`` naming a
    column of the list (``--column 最高学历=education``) was checked against the
    instructions' first line and refused (“不在表头中:请按以下要求填写”, exit 2): the
    list is screened with it. A column in neither sheet is still refused, naming the
    list's header."""
    src = tmp_path / "in.xlsx"
    header = ["编号", "最高学历", "专业", "工作年限"]
    applicants = [header, ["x1", "大专", "相关", 3]]
    workbook(src, {"填表说明": [["请按以下要求填写:"], ["学历填最高学历"]], "报名表": applicants})
    dest = tmp_path / "out.csv"
    result = invoke([str(src), "-o", str(dest), "--column", "最高学历=education"])
    assert 0 == result.exit_code, stderr_of(result)
    assert "报名表" in "".join(stderr_of(result).split())
    assert [("x1", (E, N, N, N, "4"))] == [(r["id"], verdicts(r)) for r in read_rows(dest)]
    missing = invoke([str(src), "-o", str(dest), "--column", "文化程度=education"])
    assert 2 == missing.exit_code
    assert "编号, 最高学历" in stderr_of(missing)


def test_xlsx_first_sheet_of_instructions_names_the_other_sheets(tmp_path: Path) -> None:
    """A first sheet with no fact column (填表说明) before two sheets holding lists ends with
    exit 2 naming the workbook's other sheets and the --sheet that reads one (which of the
    lists is meant is not known); with that --sheet the list is screened."""
    src = tmp_path / "in.xlsx"
    applicants = [XLSX_HEADER, ["x1", "大专", "相关", 3, None, None, None]]
    workbook(
        src,
        {
            "填表说明": [["请按以下要求填写:"], ["学历填最高学历"]],
            "报名表": applicants,
            "二班": applicants,
        },
    )
    dest = tmp_path / "out.csv"
    result = invoke([str(src), "-o", str(dest)])
    assert (2, False) == (result.exit_code, dest.exists())
    assert "--sheet 报名表" in stderr_of(result)
    assert 0 == invoke([str(src), "-o", str(dest), "--sheet", "报名表"]).exit_code


@pytest.mark.parametrize("first", [[], [["请按要求填写"], ["学历填最高学历"]]])
def test_xlsx_first_sheet_of_no_list_names_the_others_as_a_shell_takes_them(
    tmp_path: Path, first: list[list[str]]
) -> None:
    """An empty first sheet, or one of instructions, beside lists on sheets whose names hold a
    space: the --sheet the refusal suggests quotes the name for a shell (it read
    ``--sheet 三 班``, which a shell splits in two), as the other lines naming sheets do."""
    src = tmp_path / "in.xlsx"
    applicants = [XLSX_HEADER, ["x1", "大专", "相关", 3, None, None, None]]
    workbook(src, {"Sheet1": first, "三 班": applicants, "四 班": applicants})
    result = invoke([str(src), "-o", str(tmp_path / "out.csv")])
    assert 2 == result.exit_code, stderr_of(result)
    assert "如 --sheet '三 班'。" in stderr_of(result)
    english = stderr_of(invoke([str(src), "-o", str(tmp_path / "out.csv")], lang="en"))
    assert "e.g. --sheet '三 班'." in re.sub(r"\s+", " ", english)


def test_xlsx_empty_first_sheet_names_the_other_sheets(tmp_path: Path) -> None:
    """An empty first sheet (Sheet1 left blank, the list on a second) ends with exit 2 naming
    the other sheets and the --sheet that reads one; an empty workbook of one sheet says
    only that it is empty."""
    src = tmp_path / "in.xlsx"
    applicants = [XLSX_HEADER, ["x1", "大专", "相关", 3, None, None, None]]
    workbook(src, {"Sheet1": [], "报名表": applicants})
    dest = tmp_path / "out.csv"
    result = invoke([str(src), "-o", str(dest)])
    assert (2, False) == (result.exit_code, dest.exists())
    assert "“Sheet1”是空的" in stderr_of(result)
    assert "--sheet 报名表" in stderr_of(result)
    assert 0 == invoke([str(src), "-o", str(dest), "--sheet", "报名表"]).exit_code
    workbook(src, {"Sheet1": []})
    result = invoke([str(src), "-o", str(dest)])
    assert 2 == result.exit_code
    assert "输入为空" in stderr_of(result)
    assert "--sheet" not in stderr_of(result)


def test_xlsx_blank_first_sheet_does_not_name_a_hidden_one(tmp_path: Path) -> None:
    """A blank first sheet beside a template's hidden drop-down lists only: the hidden sheet
    is not named as the one to screen (it was: "如 --sheet 选项"), as it is not screened
    without --sheet; the workbook shows nothing else, so it is said to be empty."""
    src = tmp_path / "in.xlsx"
    workbook(src, {"Sheet1": [], "选项": [["学历"], ["初中"], ["高中"]]})
    book = openpyxl.load_workbook(src)
    book["选项"].sheet_state = "hidden"
    book.save(src)
    result = invoke([str(src), "-o", "-"])
    assert 2 == result.exit_code
    assert "输入为空" in stderr_of(result)
    assert "选项" not in stderr_of(result)


def test_xlsx_cells_merged_down_count_for_every_row_they_span(tmp_path: Path) -> None:
    """A 学历 and a 培训 merged down over three applicants (Excel keeps the value in the
    first cell only) are read for all three, and said on stderr; a title merged across the
    top, a 序号 merged down over the two header lines and a merge across columns in a row
    change nothing else."""
    src = tmp_path / "in.xlsx"
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["2026年报名表"])
    ws.append(["序号", "学历", "工作年限", "培训"])
    ws.append([None, None, None, None])
    ws.append(["a1", "大专", 3, "四级"])
    ws.append(["a2", None, 1, None])
    ws.append(["a3", None, 0.5, None])
    ws.append(["a4", "高中", None, None])
    ws.append(["a5", "本科", 2, "x"])
    for ref in ("A1:D1", "A2:A3", "B4:B6", "D4:D6", "C8:D8"):
        ws.merge_cells(ref)
    book.save(src)
    dest = tmp_path / "out.csv"
    result = invoke([str(src), "-o", str(dest)])
    assert 0 == result.exit_code, result.output
    kept = {r["序号"]: (r["学历"], r["培训"]) for r in read_kept(dest)}
    assert {
        "a1": ("大专", "四级"),
        "a2": ("大专", "四级"),
        "a3": ("大专", "四级"),
        "a4": ("高中", ""),
        "a5": ("本科", ""),
    } == kept
    # a2: 大专, 1 year and 四级 training: 四级 by 4-2 (as a1 is by 4-1 and 4-2)
    assert E == read_rows(dest)[1]["level_4"]
    assert "B4:B6、D4:D6 为向下合并的单元格" in stderr_of(result)


def merged_book(path: Path, rows: list[list[Any]], merges: Sequence[str]) -> None:
    """An .xlsx of one sheet with ``rows`` and the cells of ``merges`` merged."""
    book = openpyxl.Workbook()
    ws = book.active
    for row in rows:
        ws.append(row)
    for ref in merges:
        ws.merge_cells(ref)
    book.save(path)


@pytest.mark.parametrize(
    ("merges", "column"),
    [(["A2:A3", "B2:B3", "C2:C3", "D2:D3"], "序号"), (["B2:B3"], "姓名")],
    ids=["id-merged", "name-merged"],
)
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_one_id_merged_over_several_lines_is_said(
    tmp_path: Path, merges: list[str], column: str, jobs: str
) -> None:
    """One person written over two lines, a certificate a line, with 序号 and 姓名 merged
    down over both: each line is screened on its own facts, so neither is the person's
    verdict. 2026-11-27, 本科 (major not given), 8 years: with the 四级 of 2019-07-01 alone,
    四级 held and 三级 undetermined (3-2 waits on the major); with the 三级 of 2022-06-01
    alone, 四级 and 三级 held and 二级 by 2-1 (53 months since it, capped by 96 worked:
    4.4 years ≥ 4). Both lines say so; 李四's line, merged with nothing, does not."""
    src = tmp_path / "in.xlsx"
    rows: list[list[Any]] = [
        ["序号", "姓名", "学历", "工作年限（年）", "证书", "取证时间"],
        [1, "张三", "本科", 8, "四级", "2019-07-01"],
        [None if "A2:A3" in merges else 1, None, None, None, "三级", "2022-06-01"],
        [2, "李四", "大专", 2, None, None],
    ]
    if "C2:C3" not in merges:  # only the name merged: the other cells written on both lines
        rows[2][2:4] = ["本科", 8]
    merged_book(src, rows, merges)
    dest = tmp_path / "out.csv"
    result = invoke([str(src), "-o", str(dest), "--jobs", jobs])
    assert 1 == result.exit_code, stderr_of(result)  # rows with a warning: to look at
    got = read_rows(dest)
    assert [(H, U, N, N, ""), (H, H, E, N, "2"), (N, N, N, N, "")] == [verdicts(r) for r in got]
    said = f"第 2–3 行的{column}是一个合并单元格"
    assert [True, True, False] == [said in r["warnings"] for r in got]


def test_an_id_merged_over_one_applicant_and_a_blank_line_is_not_said(tmp_path: Path) -> None:
    """序号 and 姓名 merged down over an applicant's line and a blank one (a tall row): one
    applicant, screened on all the facts, so no warning that several lines were screened
    apart (it made the row one to look at, exit 1). 2026-11-27, 大专, 5 years → 四级 4-1."""
    src = tmp_path / "in.xlsx"
    rows: list[list[Any]] = [
        ["序号", "姓名", "学历", "工作年限"],
        [1, "张三", "大专", 5],
        [None, None, None, None],
        [2, "李四", "大专", 5],
    ]
    merged_book(src, rows, ["A2:A3", "B2:B3"])
    dest = tmp_path / "out.csv"
    result = invoke([str(src), "-o", str(dest)])
    assert 0 == result.exit_code, stderr_of(result)
    got = read_rows(dest)
    assert [(E, N, N, N, "4")] * 2 == [verdicts(r) for r in got]
    assert ["", ""] == [r["warnings"] for r in got]


@pytest.mark.parametrize(("lang", "told"), [("zh", "、…(共 7 处)"), ("en", ", … (7 in all)")])
def test_a_long_list_of_merged_ranges_says_how_many(tmp_path: Path, lang: str, told: str) -> None:
    """Five merged ranges are named on stderr, then how many there are in all."""
    src = tmp_path / "in.xlsx"
    rows: list[list[Any]] = [["编号", "学历", "工作年限"]]
    rows += [[f"a{i}", "大专" if i % 2 else None, 3] for i in range(1, 15)]
    merged_book(src, rows, [f"B{r}:B{r + 1}" for r in range(2, 15, 2)])
    result = invoke([str(src), "-o", str(tmp_path / "out.csv")], lang=lang)
    assert 0 == result.exit_code, result.output
    err = stderr_of(result)
    assert "B10:B11" in err
    assert "B12:B13" not in err
    assert told in err


def test_xlsx_merged_cells_show_what_excel_shows(tmp_path: Path) -> None:
    """Under a merge Excel shows its first cell's value on every row: a value hidden under
    it (kept by LibreOffice or a program) is not read, and a blank row under it, or past the
    last applicant, stays blank (no applicant made of a merged value alone)."""
    src = tmp_path / "in.xlsx"
    rows = [
        ["编号", "学历", "工作年限"],
        ["A1", "本科", 3],
        ["A2", "初中", 3],  # hidden under 本科
        [None, None, None],  # a spacer row under the merge
        ["A4", None, 3],
        [None, None, None],  # past the last applicant, still under the merge
    ]
    merged_book(src, rows, ["B2:B6"])
    dest = tmp_path / "out.csv"
    result = invoke([str(src), "-o", str(dest)])
    assert 0 == result.exit_code, result.output
    assert [("A1", "本科"), ("A2", "本科"), ("A4", "本科")] == [
        (r["编号 (2)"], r["学历"]) for r in read_kept(dest)
    ]
    assert ["2", "3", "5"] == [c[0] for c in read_cells(dest)[1:]]  # lines as in the sheet


def test_xlsx_a_range_merged_down_and_across_shows_its_value_in_its_first_column(
    tmp_path: Path,
) -> None:
    """学历 merged with the 备注 beside it over three applicants (C2:D4) shows 大专 on all three
    rows, read in 学历 as Excel shows it; the range is named on stderr as written."""
    src = tmp_path / "in.xlsx"
    rows = [
        ["编号", "工作年限", "学历", "备注"],
        ["A1", 3, "大专", None],
        ["A2", 3, None, None],
        ["A3", 0.5, None, None],
        ["A4", 3, "初中", "x"],
    ]
    merged_book(src, rows, ["C2:D4"])
    dest = tmp_path / "out.csv"
    result = invoke([str(src), "-o", str(dest)])
    assert 0 == result.exit_code, result.output
    assert [("A1", "大专"), ("A2", "大专"), ("A3", "大专"), ("A4", "初中")] == [
        (r["编号 (2)"], r["学历"]) for r in read_kept(dest)
    ]
    assert [E, E, N, E] == [r["level_4"] for r in read_rows(dest)]
    assert "C2:D4 为向下合并的单元格" in stderr_of(result)


def book_with_merges_written_in(path: Path, rows: list[list[Any]], refs: Sequence[str]) -> None:
    """An .xlsx whose ``refs`` are merged in its XML alone, as another program may write it:
    the cells under a merge keep their values (openpyxl's merge_cells would empty them)."""
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    merges = "".join(f'<mergeCell ref="{ref}"/>' for ref in refs)
    tag = f'</sheetData><mergeCells count="{len(refs)}">{merges}</mergeCells>'.encode()
    with zipfile.ZipFile(path) as z:
        items = [(info, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</sheetData>", tag)
            z.writestr(info, data)


def test_xlsx_values_hidden_under_a_merge_are_not_read(tmp_path: Path) -> None:
    """A 培训 left under a merged 工作年限+培训 block (E2:F4: Excel shows 1 across both) is
    not read, nor a 专业相关性 under a merged 学历+专业相关性 block (C5:D7), and a row whose
    only value is hidden so is no applicant."""
    src = tmp_path / "in.xlsx"
    rows = [
        ["编号", "姓名", "学历", "专业相关性", "工作年限", "培训"],
        ["A1", "张三", "高中", None, 1, None],
        ["A2", "李四", "高中", None, 1, "四级"],  # F3: hidden under E2:F4
        ["A3", "王五", "高中", None, 1, None],
        ["A4", "赵六", "本科", "不相关", 3, None],  # D5: hidden under C5:D7
        [None, None, None, "相关", None, None],  # only D6, hidden: no applicant
        ["A6", "孙八", None, None, 3, None],
    ]
    book_with_merges_written_in(src, rows, ["E2:F4", "C5:D7"])
    dest = tmp_path / "out.csv"
    result = invoke([str(src), "-o", str(dest)])
    assert 0 == result.exit_code, result.output
    kept = [
        (r["编号 (2)"], r["学历"], r["专业相关性"], r["工作年限"], r["培训"])
        for r in read_kept(dest)
    ]
    assert [
        ("A1", "高中", "", "1", ""),
        ("A2", "高中", "", "1", ""),
        ("A3", "高中", "", "1", ""),
        ("A4", "本科", "", "3", ""),
        ("A6", "本科", "", "3", ""),
    ] == kept
    # A2 as A1 and A3: one year, no training shown: 四级 not reached (4-2 would need 四级 training)
    assert [N, N, N, E, E] == [r["level_4"] for r in read_rows(dest)]


@pytest.mark.parametrize("ref", ["c2:c4", "$C$2:$C$4", "C2:c4"])
def test_xlsx_merged_ranges_written_in_lower_case_or_with_dollars_are_read(
    tmp_path: Path, ref: str
) -> None:
    """openpyxl reads ``c2:c4`` and ``$C$2:$C$4`` as merges; so does batch."""
    src = tmp_path / "in.xlsx"
    rows = [["编号", "工作年限", "学历"], ["A1", 3, "本科"], ["A2", 3, None], ["A3", 3, None]]
    book_with_merges_written_in(src, rows, [ref])
    dest = tmp_path / "out.csv"
    result = invoke([str(src), "-o", str(dest)])
    assert 0 == result.exit_code, result.output
    assert ["本科"] * 3 == [r["学历"] for r in read_kept(dest)]
    assert "C2:C4 为向下合并的单元格" in stderr_of(result)


def test_xlsx_a_long_merge_tag_across_the_reading_chunks_is_read(tmp_path: Path) -> None:
    """The sheet's XML is read 1 MiB at a time: a 400-byte ``<mergeCell …>`` that starts 250
    bytes before the first 1 MiB ends is read whole."""
    src = tmp_path / "in.xlsx"
    rows = [["编号", "工作年限", "学历"], ["A1", 3, "本科"], ["A2", 3, None], ["A3", 3, None]]
    book_with_merges_written_in(src, rows, [])
    tag = b'<mergeCell xmlns:p="urn:p" p:pad="' + b"x" * 360 + b'" ref="C2:C4"/>'
    with zipfile.ZipFile(src) as z:
        items = [(info, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(src, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            if info.filename == "xl/worksheets/sheet1.xml":
                head = data[
                    : data.index(b'<mergeCells count="0">') + len(b'<mergeCells count="0">')
                ]
                # short comments of text that does not compress (not a bomb), up to the place
                size = (1 << 20) - 250 - len(head)
                noise = bytes(random.Random(0).choices(b"abcdefghijklmnopqrstuvwxyz", k=size))
                full = range(0, size - 999, 1000)
                pad = b"".join(b"<!--" + noise[i : i + 993] + b"-->" for i in full)
                pad += b" " * (size - len(pad))
                data = head + pad + tag + data[len(head) :]
                assert data.index(tag) == (1 << 20) - 250
            z.writestr(info, data)
    dest = tmp_path / "out.csv"
    result = invoke([str(src), "-o", str(dest)])
    assert 0 == result.exit_code, result.output
    assert ["本科"] * 3 == [r["学历"] for r in read_kept(dest)]


def test_xlsx_merged_cells_count_in_telling_relevance_from_major_names(tmp_path: Path) -> None:
    """A 专业 column showing 相关 on four rows (merged) and major names on three holds
    relevance, as a person reading the sheet sees: the merged rows count as four."""
    src = tmp_path / "in.xlsx"
    values = ["相关", None, None, None, "市场营销", "新闻学", "汉语言"]
    rows = [["编号", "学历", "专业", "工作年限"]]
    rows += [[f"A{i}", "大专", v, 3] for i, v in enumerate(values)]
    merged_book(src, rows, ["C2:C5"])
    result = invoke([str(src), "-o", str(tmp_path / "out.csv")])
    assert 1 == result.exit_code, result.output  # the three major names: cells not read
    assert "专业 → 专业相关性" in stderr_of(result)


def test_xlsx_merges_in_the_header_or_broken_are_no_trouble(tmp_path: Path) -> None:
    """A merge in the header's lines is not named as one read for applicants; a merged
    range the file spells wrong (B3:B2) ends with exit 2 naming the file, not an internal
    error."""
    src = tmp_path / "in.xlsx"
    rows = [["2026年报名表"], ["编号", "学历", "工作年限", "备注"], [None], ["A1", "大专", 3, None]]
    merged_book(src, rows, ["A1:D1", "D2:D3"])
    result = invoke([str(src), "-o", str(tmp_path / "out.csv")])
    assert 0 == result.exit_code, result.output
    assert "向下合并" not in stderr_of(result)
    merged_book(src, [["编号", "学历"], ["A1", "大专"], ["A2", None]], ["B2:B3"])
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(broken, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                data = data.replace(b'ref="B2:B3"', b'ref="B3:B2"')
            zout.writestr(item, data)
    result = invoke([str(broken), "-o", str(tmp_path / "out2.csv")])
    assert 2 == result.exit_code, result.output
    assert "broken.xlsx" in stderr_of(result)


def test_xlsx_chart_sheets_are_not_sheets_of_cells(tmp_path: Path) -> None:
    """A chart sheet is neither read nor offered: --sheet naming it ends with exit 2 listing
    the sheets of cells, and an empty first sheet names only sheets of cells."""
    src = tmp_path / "in.xlsx"
    from openpyxl.chart import BarChart, Reference

    book = openpyxl.Workbook()
    book.active.title = "空"
    charts = book.create_chartsheet("图表", 0)
    ws = book.create_sheet("名单")
    ws.append(["学历", "工作年限"])
    ws.append(["大专", 3])
    chart = BarChart()
    chart.add_data(Reference(ws, min_col=2, min_row=1, max_row=2))
    charts.add_chart(chart)
    book.save(src)
    result = invoke([str(src), "-o", str(tmp_path / "out.csv"), "--sheet", "图表"])
    assert 2 == result.exit_code, result.output
    assert "空, 名单" in stderr_of(result)
    result = invoke([str(src), "-o", str(tmp_path / "out.csv")])
    assert 2 == result.exit_code
    assert "工作簿中还有:名单。" in stderr_of(result)


def test_xlsx_output(tmp_path: Path) -> None:
    """.xlsx out: the header, then one row per input row with the verdicts, warnings and errors."""
    content = standard_csv().replace("p2,高中,", "p2,博士后,").replace("p4,高中,,2.5", "p4,高中,,x")
    result, dest = run_file(tmp_path, content, out="out.xlsx")
    assert 1 == result.exit_code
    rows = read_xlsx(dest)
    assert [*ZH_COLUMNS, "编号 (2)", *HEADER_ZH[1:]] == rows[0]
    assert 5 == len(rows)
    got = {r[1]: tuple("" if c is None else str(c) for c in r[2:7]) for r in rows[1:]}
    assert EXPECTED["p1"] == got["p1"]
    assert EXPECTED["p3"] == got["p3"]
    assert (U, N, N, N, "") == got["p2"]
    assert "学历" in rows[2][8]
    # 高中 with unknown experience: 4-1 and 4-2 unknown, so 四级 undetermined
    assert (U, N, N, N, "") == got["p4"]
    assert "工作年限" in rows[4][8]


def test_xlsx_output_longer_than_a_sheet_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A list with more rows than an .xlsx sheet holds ends with exit 74, naming CSV, and
    leaves an earlier output as it was (the limit made small: Excel's is 1,048,576 rows)."""
    import mediaops.batch.write

    monkeypatch.setattr(mediaops.batch.write, "XLSX_MAX_ROWS", 4)  # the header and 3 rows
    (tmp_path / "out.xlsx").write_bytes(b"earlier")
    result, dest = run_file(tmp_path, standard_csv(), out="out.xlsx")  # 4 rows
    assert 74 == result.exit_code
    assert "CSV" in stderr_of(result)
    assert "最多 4 行" in stderr_of(result)
    assert b"earlier" == dest.read_bytes()
    assert [] == [p.name for p in tmp_path.iterdir() if p.name not in ("in.csv", "out.xlsx")]
    monkeypatch.setattr(mediaops.batch.write, "XLSX_MAX_ROWS", 5)  # exactly fits
    result, dest = run_file(tmp_path, standard_csv(), out="out.xlsx")
    assert (0, 5) == (result.exit_code, len(read_xlsx(dest)))


def test_xlsx_output_cell_longer_than_a_cell_holds_is_refused(tmp_path: Path) -> None:
    """A kept cell longer than an .xlsx cell holds (32,767 characters: openpyxl and Excel
    would cut it) ends with exit 74 naming its line and column, and nothing written; one
    exactly 32,767 long is kept whole."""
    too_long = csv_text(["学历", "工作年限", "备注"], [["大专", "3", "长" * 32_768]])
    (tmp_path / "out.xlsx").write_bytes(b"earlier")
    result, dest = run_file(tmp_path, too_long, out="out.xlsx")
    assert 74 == result.exit_code
    err = stderr_of(result)
    assert "第 2 行的“备注”有 32768 个字符" in err
    assert "CSV" in err
    assert b"earlier" == dest.read_bytes()
    fits = csv_text(["学历", "工作年限", "备注"], [["大专", "3", "长" * 32_767]])
    result, dest = run_file(tmp_path, fits, out="out.xlsx")
    assert 0 == result.exit_code, result.output
    sheet = openpyxl.load_workbook(dest, read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert "长" * 32_767 == rows[1][rows[0].index("备注")]


def test_xlsx_output_cell_counts_as_excel_counts_and_names_a_long_column_name(
    tmp_path: Path,
) -> None:
    """Excel counts a cell in UTF-16 units: 16,384 emoji (32,768 units) do not fit. A column
    name too long for a cell is named as a column name, not as a line."""
    emoji = csv_text(["学历", "工作年限", "备注"], [["大专", "3", "😀" * 16_384]])
    result, _ = run_file(tmp_path, emoji, out="out.xlsx")
    assert 74 == result.exit_code
    assert "第 2 行的“备注”有 32768 个字符" in stderr_of(result)
    long_name = csv_text(["学历", "工作年限", "备" * 32_768], [["大专", "3", "x"]])
    result, dest = run_file(tmp_path, long_name, out="out.xlsx", lang="en")
    assert 74 == result.exit_code
    err = stderr_of(result)
    assert "the column name “备备" in err
    assert "holds 32768 characters" in err
    assert "line" not in err.split("holds")[0]
    assert not dest.exists()


def test_repeated_column_names_told_apart_in_csv_output(tmp_path: Path) -> None:
    """Kept columns named like one another (备注, 备注 (2), 备注) or like a result column
    (说明) each get a name of their own in a CSV header."""
    text = csv_text(["学历", "说明", "备注", "备注 (2)", "备注"], [["大专", "a", "甲", "乙", "丙"]])
    result, dest = run_file(tmp_path, text)
    assert 0 == result.exit_code, result.output
    header = read_cells(dest)[0]
    assert ["学历", "说明 (2)", "备注", "备注 (2)", "备注 (3)"] == header[-5:]
    assert len(header) == len(set(header))


@pytest.mark.parametrize("out", ["out.csv", "out.xlsx", "out.jsonl"])
def test_kept_column_names_are_told_apart_as_the_output_shows_them(
    tmp_path: Path, out: str
) -> None:
    """A column with no name is ``#N`` (its place in the input) in every format; two names
    that only cleaning makes alike (in CSV ``=x`` defused to ``'=x`` beside ``'=x``; in .xlsx,
    ``备注\\x01`` without its control character beside ``备注``) are still told apart."""
    header = ["学历", "", "=x", "'=x", "备注", "备注\x01", "工作年限"]
    result, dest = run_file(
        tmp_path, csv_text(header, [["大专", "a", "b", "c", "d", "e", "3"]]), out=out
    )
    assert 0 == result.exit_code, result.output
    if out == "out.jsonl":
        columns = json.loads(dest.read_text(encoding="utf-8"))["columns"]
        # JSON keys hold any text: nothing to clean, only the empty name to give
        assert {"学历": "大专", "#2": "a", "=x": "b", "'=x": "c", "备注": "d", "备注\x01": "e",
                "工作年限": "3"} == columns  # fmt: skip
        return
    if out == "out.xlsx":
        # =x as it is (styled "quote prefix"), beside '=x: two names
        names = read_xlsx(dest)[0][len(ZH_COLUMNS) :]
        assert ["学历", "#2", "=x", "'=x", "备注", "备注 (2)", "工作年限"] == names
        assert {"M1": True, "N1": False} == xlsx_cells_quoted(dest, {"M1", "N1"})
        return
    names = read_cells(dest)[0][len(ZH_COLUMNS) :]
    assert ["学历", "#2", "'=x", "'=x (2)", "备注", "备注\x01", "工作年限"] == names


def test_xlsx_column_names_differing_only_in_line_ends_are_told_apart(tmp_path: Path) -> None:
    """A reader of an .xlsx reads a CR, alone or before an LF, as an LF: names that differ
    only so are told apart as they will be read."""
    header = ["学历", "备注\r", "备注\n", "a\rb", "a\nb", "a\r\nb", "工作年限"]
    result, dest = run_file(
        tmp_path, csv_text(header, [["大专", "1", "2", "3", "4", "5", "3"]]), out="out.xlsx"
    )
    assert 0 == result.exit_code, result.output
    head, row = read_xlsx(dest)[:2]
    kept = dict(zip(head[len(ZH_COLUMNS) :], row[len(ZH_COLUMNS) :], strict=True))
    assert {"学历": "大专", "备注\n": "1", "备注\n (2)": "2", "a\nb": "3", "a\nb (2)": "4",
            "a\nb (3)": "5", "工作年限": "3"} == kept  # fmt: skip


def test_csv_in_xlsx_out_keeps_the_cells_as_text(tmp_path: Path) -> None:
    """From CSV the kept cells stay the text they were ('5', a date as typed); the line and the
    highest level are numbers (README, *Output*)."""
    header = ["编号", "学历", "工作年限", "备注"]
    text = csv_text(header, [["a", "高中", "5", "2024年1月10日"]])
    result, dest = run_file(tmp_path, text, out="out.xlsx")
    assert 0 == result.exit_code, result.output
    row = read_xlsx(dest)[1]
    assert (2, 4) == (row[0], row[6])  # 高中, 5 ≥ 3 years: 四级 by 4-1
    assert ["a", "高中", "5", "2024年1月10日"] == row[len(ZH_COLUMNS) :]


def test_xlsx_roundtrip(tmp_path: Path) -> None:
    """.xlsx in and .xlsx out together."""
    src = tmp_path / "in.xlsx"
    workbook(src, {"名单": [list(HEADER_ZH), *[list(r) for r in ROWS]]})
    dest = tmp_path / "out.xlsx"
    result = invoke([str(src), "-o", str(dest)])
    assert 0 == result.exit_code
    rows = read_xlsx(dest)
    assert ["p1", "p2", "p3", "p4"] == [r[1] for r in rows[1:]]
    assert [E, E, H, N] == [r[2] for r in rows[1:]]


# --- stdin and stdout -------------------------------------------------------------------


def test_stdin_csv_to_stdout(tmp_path: Path) -> None:
    """``-`` reads CSV from stdin; ``-o -`` writes CSV without a BOM to stdout, the summary to stderr."""
    result = invoke(["-", "-o", "-"], input=standard_csv().encode("utf-8-sig"))
    assert 0 == result.exit_code
    assert result.stdout.startswith("行号,编号,四级,三级,二级,一级,最高可报考等级,说明,提示,错误,")
    assert EXPECTED == by_id(read_rows(result.stdout))
    assert "读取行数" in stderr_of(result)
    assert "读取行数" not in result.stdout


def test_stdin_gbk_csv(tmp_path: Path) -> None:
    """GBK on stdin is detected as in a file."""
    result = invoke(["-", "-o", "-"], input=NAMED.encode("gbk"))
    assert 0 == result.exit_code
    assert EXPECTED == by_id(read_rows(result.stdout))
    assert "张三" == read_kept(result.stdout)[0]["姓名"]


def test_stdin_jsonl(tmp_path: Path) -> None:
    """``-`` with --input-format jsonl reads JSON Lines from stdin."""
    result = invoke(["-", "--input-format", "jsonl", "-o", "-"], input=JSONL)
    assert 1 == result.exit_code
    rows = read_rows(result.stdout)
    # a line cut short still shows its id (j4); one that is not an object has none
    assert ["j1", "j2", "j3", "j4", "j5", "", "j7"] == [r["id"] for r in rows]


def test_stdin_jsonl_sniffed_in_a_pipe(tmp_path: Path) -> None:
    """In a real pipe, JSON Lines on stdin is recognised without --input-format."""
    proc = subprocess.run(
        [str(SCRIPT), "batch", "-", "-o", "-", "--as-of", AS_OF],
        input=JSONL.encode("utf-8"),
        capture_output=True,
        timeout=60,
        env={**os.environ, "MEDIAOPS_LANG": "zh", "PYTHONIOENCODING": "utf-8"},
        check=False,
    )
    assert 1 == proc.returncode, proc.stderr.decode()
    rows = read_rows(proc.stdout.decode("utf-8"))
    assert (H, E, N, N, "3") == verdicts(rows[2])


def test_output_file_csv_has_bom(tmp_path: Path) -> None:
    """A CSV output file is UTF-8 with a BOM, so that Excel reads the Chinese."""
    result, dest = run_file(tmp_path, standard_csv())
    assert 0 == result.exit_code
    assert dest.read_bytes().startswith("\ufeff行号,编号,".encode())


def test_format_option_overrides_extension(tmp_path: Path) -> None:
    """--format jsonl writes JSON Lines whatever the output's name."""
    result, dest = run_file(tmp_path, standard_csv(), out="out.txt", args=("--format", "jsonl"))
    assert 0 == result.exit_code
    assert ["p1", "p2", "p3", "p4"] == [o["id"] for o in read_jsonl(dest)]


@pytest.mark.parametrize(
    ("codec", "order"), [("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be")]
)
@pytest.mark.parametrize("title", ["", "一级考生名单\n"])
def test_utf16_without_a_bom_names_the_option_that_reads_it(
    tmp_path: Path, codec: str, order: str, title: str
) -> None:
    """UTF-16 text without its byte-order mark (the commas and digits have a 0 byte beside
    them, nearly always on one side: 一 is U+4E00) is refused naming --encoding and the byte
    order (it was said to be "of mixed encodings"); with that option it is read."""
    src = tmp_path / "名单.csv"
    src.write_bytes(f"{title}编号,学历,工作年限\n1,大专,3\n".encode(codec))
    result = invoke([str(src), "-o", "-"])
    assert 2 == result.exit_code
    assert f"没有 BOM 的 UTF-16 文本:请加 --encoding {order}" in stderr_of(result)
    read = invoke([str(src), "-o", "-", "--encoding", order, "-q"])
    assert {"1": (E, N, N, N, "4")} == by_id(read_rows(read.stdout))


def test_a_stray_zero_byte_in_a_utf8_sheet_is_not_utf16(tmp_path: Path) -> None:
    """A UTF-8 sheet with 0 bytes in one cell is still screened (it was refused whole as
    UTF-16): row 1 by 4-1, row 2's unreadable 学历 a warning."""
    src = tmp_path / "名单.csv"
    src.write_bytes("编号,学历,工作年限\n1,大专,3\n2,\x00\x01\x00\x02x,3\n".encode())
    result = invoke([str(src), "-o", "-", "-q"])
    assert 1 == result.exit_code, stderr_of(result)
    rows = read_rows(result.stdout)
    assert (E, N, N, N, "4") == verdicts(rows[0])
    assert "学历的值" in rows[1]["warnings"]


@pytest.mark.parametrize("codec", ["utf-8", "gb18030"])
@pytest.mark.parametrize("pad", [0, 1, 2])
def test_stray_zero_bytes_in_a_long_sheet_are_not_utf16(
    tmp_path: Path, codec: str, pad: int
) -> None:
    """Two 0 bytes on the same side in a sheet longer than the part looked at (which then
    ends inside a character, whatever the padding) do not make it UTF-16: it is screened,
    every row written."""
    rows = [["编号", "学历", "工作年限", "备注" + "x" * pad]]
    rows += [[str(i), "大专", "3", "全媒体运营师报名"] for i in range(300)]
    data = csv_text(rows[0], rows[1:]).encode(codec)
    breaks = [i + 1 for i, b in enumerate(data) if b == 10]
    same = [i for i in breaks if i % 2 == breaks[0] % 2][:2]
    for at in reversed(same):  # a 0 byte at the start of two lines, on the same side
        data = data[:at] + b"\x00" + data[at:]
    src = tmp_path / "名单.csv"
    src.write_bytes(data)
    result = invoke([str(src), "-o", "-", "-q"])
    assert 2 != result.exit_code, stderr_of(result)
    assert 300 == len(read_rows(result.stdout))


def test_an_xlsx_under_a_csv_name_says_so(tmp_path: Path) -> None:
    """An .xlsx renamed .csv is a zip archive, not text: refused naming --input-format xlsx."""
    src = tmp_path / "名单.csv"
    workbook(src, {"报名": [["编号", "学历", "工作年限"], ["1", "大专", 3]]})
    result = invoke([str(src), "-o", "-"])
    assert 2 == result.exit_code
    assert "--input-format xlsx" in stderr_of(result)
    read = invoke([str(src), "-o", "-", "--input-format", "xlsx", "-q"])
    assert {"1": (E, N, N, N, "4")} == by_id(read_rows(read.stdout))


@pytest.mark.parametrize("name", ["名单.xls", "名单.et"])
def test_an_old_excel_or_wps_file_is_refused_saying_how_to_save_it(
    tmp_path: Path, name: str
) -> None:
    """An Excel 97-2003 (.xls) or WPS (.et) file cannot be read: exit 2, and the message says
    to save it as .xlsx or CSV (it only listed the formats of --input-format)."""
    src = tmp_path / name
    src.write_bytes(b"\xd0\xcf\x11\xe0")
    result = invoke([str(src), "-o", str(tmp_path / "out.csv")])
    assert 2 == result.exit_code
    assert "另存为” Excel 工作簿(.xlsx)或 CSV" in stderr_of(result)
    assert not (tmp_path / "out.csv").exists()


@pytest.mark.parametrize(
    ("name", "lang"),
    [
        ("结果.xls", "zh"),
        ("结果.et", "zh"),
        ("out.xls", "en"),
        # a plain workbook under a macro-enabled name, which Excel refuses to open
        ("结果.xlsm", "zh"),
        ("out.XLSM", "en"),
    ],
)
def test_an_old_excel_output_is_refused_naming_the_formats_written(
    tmp_path: Path, name: str, lang: str
) -> None:
    """-o 结果.xls was answered as if it were the input ("无法读取 结果.xls … 请在 Excel 中另存
    为"), advice about a file not yet written: it names the output and the formats that are
    written, .xlsx and .csv, and writes nothing."""
    src = tmp_path / "in.csv"
    src.write_text(standard_csv(), encoding="utf-8")
    result = invoke([str(src), "-o", str(tmp_path / name)], lang=lang)
    assert 2 == result.exit_code
    message = stderr_of(result)
    assert ("无法写出" if lang == "zh" else "cannot write") in message
    assert ".xlsx" in message
    assert "另存为" not in message
    assert "Save As" not in message
    assert not (tmp_path / name).exists()


@pytest.mark.parametrize("name", ["结果.xls", "结果.et"])
@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_an_old_excel_name_is_refused_whatever_the_format_option(
    tmp_path: Path, fmt: str, name: str
) -> None:
    """--format xlsx -o 结果.xls wrote a workbook under the old format's name, which Excel
    opens only after warning that the file may be damaged or unsafe: refused, as -o 结果.xls
    alone is, writing nothing."""
    src = tmp_path / "in.csv"
    src.write_text(standard_csv(), encoding="utf-8")
    out = tmp_path / name
    result = invoke([str(src), "-o", str(out), "--format", fmt])
    assert (2, True) == (result.exit_code, ".xlsx" in stderr_of(result))
    assert "无法写出" in stderr_of(result)
    assert not out.exists()


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_an_xlsm_output_is_refused_whatever_the_format_option(tmp_path: Path, fmt: str) -> None:
    """--format xlsx -o 结果.xlsm wrote a plain workbook under the macro-enabled name, which
    Excel refuses to open, as -o 结果.xlsm alone is refused for: refused too, writing
    nothing."""
    src = tmp_path / "in.csv"
    src.write_text(standard_csv(), encoding="utf-8")
    out = tmp_path / "结果.xlsm"
    result = invoke([str(src), "-o", str(out), "--format", fmt])
    assert (2, True) == (result.exit_code, ".xlsx" in stderr_of(result))
    assert not out.exists()


@pytest.mark.parametrize(
    ("fmt", "name", "lang", "said"),
    [
        (
            "csv",
            "结果.xlsx",
            "zh",
            "--format csv 与输出文件名 结果.xlsx 不符:.xlsx 文件应为 xlsx 格式。"
            "请去掉 --format(按扩展名决定格式),或改用相符的文件名。",
        ),
        (
            "xlsx",
            "out.csv",
            "en",
            "--format xlsx does not match the output's name out.csv: a .csv file is csv. "
            "Leave out --format (the extension decides), or give a name that matches it.",
        ),
        ("csv", "out.TSV", "en", "a .tsv file is tsv."),  # commas where tabs are expected
        ("tsv", "out.csv", "en", "a .csv file is csv."),
        ("jsonl", "out.csv", "en", "a .csv file is csv."),
        ("xlsx", "out.txt", "en", "a .txt file is csv, tsv or jsonl."),  # a workbook is no text
        ("csv", "结果.xlsx ", "zh", ".xlsx 文件应为 xlsx 格式"),  # Windows saves 结果.xlsx
        # the format the name says, however --format spells it: written
        ("xls", "out.xlsx", "en", None),
        ("json", "out.jsonl", "en", None),
        ("csv", "out.CSV", "en", None),
        ("tsv", "out.txt", "en", None),  # .txt says no format: --format decides
    ],
)
def test_a_format_option_against_the_output_s_name_is_refused(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fmt: str,
    name: str,
    lang: str,
    said: str | None,
) -> None:
    """--format csv -o 结果.xlsx wrote CSV text under a workbook's name, which Excel fails to
    open (--format xlsx -o 结果.csv a workbook under a CSV's name; --format csv -o out.tsv
    commas under a name read with tabs): refused (exit 2), naming both, writing nothing, as
    ``plan --svg 路线.png`` is. --format is for a name that does not say."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in.csv").write_text(standard_csv(), encoding="utf-8")
    out = tmp_path / name
    result = invoke(["in.csv", "-o", name, "--format", fmt, "-q"], lang=lang)
    if said is None:
        assert 0 == result.exit_code, stderr_of(result)
        assert out.exists()
    else:
        assert 2 == result.exit_code
        assert said in " ".join(stderr_of(result).split())
        assert ["in.csv"] == [p.name for p in tmp_path.iterdir()]


@pytest.mark.parametrize(
    ("name", "lang", "said"),
    [
        ("结果.xlsb", "zh", "不写成 .xlsb"),
        ("结果.xltx", "zh", "不写成 .xltx"),
        ("out.XLAM", "en", "not written as .xlam"),
        ("out.v2.xltm", "en", "not written as .xltm"),
    ],
)
@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_an_excel_binary_template_or_add_in_name_is_refused(
    tmp_path: Path, fmt: str, name: str, lang: str, said: str
) -> None:
    """--format xlsx -o 结果.xlsb wrote a plain workbook (--format csv: text) under the name
    of Excel's binary workbook, a template or an add-in, which Excel refuses to open ("the
    file format or extension is not valid"), as it refuses 结果.xlsm: refused, naming the
    extension and .xlsx, writing nothing."""
    src = tmp_path / "in.csv"
    src.write_text(standard_csv(), encoding="utf-8")
    out = tmp_path / name
    result = invoke([str(src), "-o", str(out), "--format", fmt], lang=lang)
    assert 2 == result.exit_code
    message = " ".join(stderr_of(result).split())
    assert said in message
    assert ".xlsx" in message
    assert not out.exists()


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("结果.xls ", "旧版 Excel"),
        ("结果.xlsm.", "启用宏"),
        ("结果.xlsb . ", "不写成 .xlsb"),
        ("结果.ods", "OpenDocument"),
        ("结果.ODS ", "OpenDocument"),
    ],
)
@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_a_name_windows_saves_under_a_refused_extension_is_refused(
    tmp_path: Path, fmt: str, name: str, said: str
) -> None:
    """--format xlsx -o "结果.xls " wrote a workbook under a name Windows saves as 结果.xls
    (it drops trailing spaces and dots), and -o 结果.ods one that Excel reads as an
    OpenDocument spreadsheet and fails to open: refused as -o 结果.xls is, writing nothing."""
    src = tmp_path / "in.csv"
    src.write_text(standard_csv(), encoding="utf-8")
    out = tmp_path / name
    result = invoke([str(src), "-o", str(out), "--format", fmt])
    assert 2 == result.exit_code
    message = "".join(stderr_of(result).split())
    assert said.replace(" ", "") in message
    assert ".xlsx" in message
    assert not out.exists()


@pytest.mark.parametrize(
    ("name", "fmt", "lang", "said"),
    [
        # a document, a picture… under --format: the name still says the file is one
        ("y.pdf", "csv", "zh", "无法写出 y.pdf:.pdf 是文档的扩展名"),
        ("y.pdf", "csv", "zh", "如 -o y.csv。"),  # the name with the extension written
        ("y.docx", "jsonl", "en", "cannot write y.docx: .docx is the extension of a document"),
        ("y.docx", "jsonl", "en", "e.g. -o y.jsonl."),
        ("结果.PNG", "tsv", "zh", ".png 是图片的扩展名"),
        ("结果.PNG", "tsv", "zh", "如 -o 结果.tsv。"),
        ("名单.pptx", "xlsx", "en", "a presentation"),
        ("名单.html", "csv", "en", "a web page"),
        ("名单.zip", "xlsx", "zh", "压缩包"),
        ("报名 表.ofd", "xlsx", "zh", "如 -o '报名 表.xlsx'。"),  # quoted as a shell needs it
        # and without --format, which the name did not say before (it asked for --format)
        ("y.pdf", None, "zh", "如 -o y.xlsx。"),
        ("y.docx", None, "en", "--format does not change that"),
        ("y.pdf. ", None, "en", ".pdf is the extension of a document"),  # as Windows saves it
    ],
)
def test_an_output_named_as_another_kind_of_file_is_refused(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    fmt: str | None,
    lang: str,
    said: str,
) -> None:
    """--format csv -o y.pdf wrote CSV text into y.pdf, which a double-click opens in a PDF
    viewer that fails (-o y.docx --format jsonl, -o 结果.png --format tsv likewise); and
    -o y.pdf alone answered "cannot tell the format; give --format", which led there.
    Refused (exit 2) with or without --format, naming the extension, what it is, the
    extensions written and the name with the right one, writing nothing."""
    message = _output_refused(tmp_path, monkeypatch, name, fmt, lang)
    assert said in message
    assert ".xlsx, .csv, .tsv or .jsonl" in message or ".xlsx、.csv、.tsv 或 .jsonl" in message


def _output_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, fmt: str | None, lang: str
) -> str:
    """The message of a batch refusing ``-o name`` (exit 2, nothing written beside the
    input), its blanks folded."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in.csv").write_text(standard_csv(), encoding="utf-8")
    args = ["in.csv", "-o", name, "-q"] + (["--format", fmt] if fmt else [])
    result = invoke(args, lang=lang)
    assert 2 == result.exit_code
    assert ["in.csv"] == [p.name for p in tmp_path.iterdir()]
    return " ".join(stderr_of(result).split())


@pytest.mark.parametrize(
    ("name", "fmt", "lang", "said"),
    [
        ("结果.json", None, "zh", "无法写出 结果.json:结果不写成 JSON 文档(.json)"),
        ("结果.json", None, "zh", "请用 .jsonl 结尾的文件名,如 -o 结果.jsonl。"),
        ("out.JSON", "jsonl", "en", "Give a name ending in .jsonl, e.g. -o out.jsonl."),
        # --format naming another format: the name that format takes
        ("out.json", "csv", "en", "Give a name ending in .csv, e.g. -o out.csv."),
        ("out.json ", None, "en", "cannot write out.json : results are not written as a JSON"),
    ],
)
def test_an_output_named_json_is_refused(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    fmt: str | None,
    lang: str,
    said: str,
) -> None:
    """-o 结果.json wrote JSON Lines, one object a line, under the name of a JSON document: a
    script loading it as JSON (json.load) fails on the second row. Refused (exit 2) with a
    name that says what is written, writing nothing."""
    assert said in _output_refused(tmp_path, monkeypatch, name, fmt, lang)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # a list saved by a script: one line, or printed with an indent
        ('[{"education": "大专", "experience": 3}]', "内容是一个 JSON 数组"),
        ('\n[\n  {"education": "大专", "experience": 3}\n]\n', "跨多行的 JSON 文档"),
        ('\ufeff{\n  "education": "大专",\n  "experience": 3\n}\n', "跨多行的 JSON 文档"),
        # an array written an element a line, its first on the line of the bracket
        (
            '[{"education": "大专", "experience": 3},\n {"education": "本科"}]\n',
            "跨多行的 JSON 文档",
        ),
        ('[{"education": "大专",\n  "experience": 3}]\n', "跨多行的 JSON 文档"),
    ],
)
def test_a_json_document_given_as_json_lines_is_refused_whole(
    tmp_path: Path, text: str, said: str
) -> None:
    """JSON Lines are read a line at a time, so an array of candidates (or one object printed
    over several lines) came out as error rows, one a line, none saying the one mistake
    ("第 1 行:应为一个 JSON 对象"). The file is refused (exit 2), saying what it holds, what
    batch reads and how to turn an array into it; nothing is written."""
    src = tmp_path / "名单.json"
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "out.csv"
    result = invoke([str(src), "-o", str(out)])
    assert 2 == result.exit_code
    message = "".join(stderr_of(result).split())
    assert said.replace(" ", "") in message
    assert "batch读取JSONLines:每行一个考生的JSON对象" in message
    assert "jq-c'.[]'" in message
    assert not out.exists()
    piped = invoke(["-", "--input-format", "jsonl", "--lang", "en"], input=text.encode())
    assert 2 == piped.exit_code
    assert "cannot read standard input: it holds a JSON" in " ".join(stderr_of(piped).split())


def test_json_lines_whose_first_line_is_an_array_are_read_as_json_lines() -> None:
    """An array on the first line followed by objects is JSON Lines with one bad row, not a
    JSON document: that row is an error row, the others are screened (nothing lost)."""
    text = '["大专", 3]\n{"id": "A2", "education": "大专", "experience": 3}\n'
    result = invoke(["-", "--input-format", "jsonl", "-q"], input=text.encode())
    rows = list(csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    assert ["1", "2"] == [r["行号"] for r in rows]
    # a first line that is no JSON before its end is a bad row too, not a document's start
    text = '[{"id": "A1", 3},\n{"id": "A2", "education": "大专", "experience": 3}\n'
    result = invoke(["-", "--input-format", "jsonl", "-q"], input=text.encode())
    assert 1 == result.exit_code
    rows = list(csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    assert ["1", "2"] == [r["行号"] for r in rows]
    assert rows[0]["错误"]
    assert "4" == rows[1]["最高可报考等级"]
    assert rows[0]["错误"]
    assert not rows[1]["错误"]
    assert "4" == rows[1]["最高可报考等级"]


def test_json_lines_after_blank_lines_are_read() -> None:
    """The line read ahead to tell a JSON document from JSON Lines is read as a row, blank
    lines before it kept out, with its own line number."""
    text = '\n\n{"id": "A1", "education": "大专", "experience": 3}\n{"id": "A2"}\n'
    result = invoke(["-", "--input-format", "jsonl", "-q"], input=text.encode())
    rows = list(csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    assert [("3", "A1", "4"), ("4", "A2", "")] == [
        (r["行号"], r["编号"], r["最高可报考等级"]) for r in rows
    ]


@pytest.mark.parametrize(
    ("name", "fmt", "lang", "said"),
    [
        (".csv", None, "zh", "输出文件名 .csv 只有扩展名,前面没有名字"),
        (".csv", None, "zh", "如 -o 结果.csv。"),
        (".csv", "xlsx", "en", "e.g. -o results.xlsx."),  # the name --format's format takes
        (".XLSX", None, "en", "the output name .XLSX is an extension with no name before it"),
        ("sub/.jsonl", None, "en", "e.g. -o sub/results.jsonl."),
        (".tsv ", "tsv", "zh", "如 -o 结果.tsv。"),
    ],
)
def test_an_output_name_that_is_an_extension_alone_is_refused(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    fmt: str | None,
    lang: str,
    said: str,
) -> None:
    """-o .csv (-o "$name.csv" with $name empty) said it could not tell the format of .csv,
    and with --format xlsx wrote a workbook into a hidden file named .csv, which a folder on
    Linux or macOS does not show and Windows shows as a CSV: refused (exit 2), saying the
    name is missing and giving one, writing nothing. A hidden name that is no extension of
    ours (.results) is a name like another (see the next test)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in.csv").write_text(standard_csv(), encoding="utf-8")
    (tmp_path / "sub").mkdir()
    args = ["in.csv", "-o", name, "-q"] + (["--format", fmt] if fmt else [])
    result = invoke(args, lang=lang)
    assert 2 == result.exit_code
    assert said in " ".join(stderr_of(result).split())
    assert ["in.csv", "sub"] == sorted(p.name for p in tmp_path.iterdir())
    assert [] == list((tmp_path / "sub").iterdir())


@pytest.mark.parametrize(
    ("name", "fmt", "lang", "said"),
    [
        ("x.xlsx. ", None, "zh", "输出文件名“x.xlsx. ”末尾有句点和空格"),
        ("x.xlsx. ", "xlsx", "en", 'the output name "x.xlsx. " ends in a dot and a space'),
        ("x.xlsx. ", "xlsx", "en", "Leave them out, e.g. -o x.xlsx."),
        ("out.", None, "zh", "末尾有句点"),
        ("out.", None, "zh", "如 -o out.xlsx。"),  # an extension to be told the format by
        ("out.", "tsv", "en", "ends in a dot: "),
        ("out.", "tsv", "en", "e.g. -o out.tsv."),
        ("结果.2026..", "csv", "en", "ends in dots: "),
        ("结果.2026..", "csv", "en", "e.g. -o 结果.2026.csv."),  # .2026 is no extension
        ("结果.csv  ", None, "en", "ends in spaces: "),
        ("结果.xlsx\u3000", None, "zh", "末尾有全角空格"),  # typed with a Chinese input method
        ("out.csv\r", None, "en", 'the output name "out.csv\\r" ends in a carriage return'),
        ("out.csv\r", None, "en", "e.g. -o out.csv."),
        ("out. \t", "jsonl", "en", "ends in a dot, a space and a tab"),
        ("a b.csv ", None, "en", "e.g. -o 'a b.csv'."),
        ("...", "csv", "en", "e.g. -o results.csv."),
    ],
)
def test_an_output_name_ending_in_dots_or_blanks_is_refused(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    fmt: str | None,
    lang: str,
    said: str,
) -> None:
    """-o "x.xlsx. " --format xlsx wrote a file Windows would have named x.xlsx but Linux
    keeps as "x.xlsx. ", which nothing opens by its extension; without --format it, and -o
    "out.", said "cannot tell the format of x.xlsx. " with the blank unseen. A carriage
    return (a name read from a CRLF list) or a full-width space trails a name just as
    unseen. Refused (exit 2), naming what trails and the name without it, writing nothing."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in.csv").write_text(standard_csv(), encoding="utf-8")
    args = ["in.csv", "-o", name, "-q"] + (["--format", fmt] if fmt else [])
    result = invoke(args, lang=lang)
    assert 2 == result.exit_code
    assert said in stderr_of(result).replace("\n", " ")
    assert ["in.csv"] == [p.name for p in tmp_path.iterdir()]


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("结果", "xlsx"),  # no extension: --format says what the name does not
        ("结果.txt", "csv"),  # .txt: any text, as Notepad opens it
        ("结果.txt", "jsonl"),
        ("结果.txt", None),  # CSV
        ("结果.2026.12", "xlsx"),  # a date, no extension any program claims
        (".results", "csv"),  # a hidden file made so on purpose
        ("结果.CSV", None),
        ("结果.ndjson", "jsonl"),
    ],
)
def test_output_names_that_claim_no_other_format_are_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, fmt: str | None
) -> None:
    """What the refusals above leave written: a name with no extension or one no program
    claims (a date), .txt for the text formats, an extension of ours that matches."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in.csv").write_text(standard_csv(), encoding="utf-8")
    args = ["in.csv", "-o", name, "-q"] + (["--format", fmt] if fmt else [])
    result = invoke(args)
    assert 0 == result.exit_code, stderr_of(result)
    written = (tmp_path / name).read_bytes()
    assert written.startswith(
        b"PK" if fmt == "xlsx" else b"\xef\xbb\xbf" if fmt != "jsonl" else b"{"
    )


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("编号,学历,工作年限\na,大专,3\n".encode("gb18030"), "请加 --input-format csv"),
        (b'{"id": "a", "education": "associate"}\n', "请加 --input-format jsonl"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "旧版 Excel(97-2003)"),
        ("<html><table><tr><td>编号</td></tr></table></html>".encode(), "网页(HTML)"),
        (
            (
                '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook '
                'xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="名单">'
                "</Worksheet></Workbook>"
            ).encode(),
            "Excel 2003 的 XML 表格",
        ),
        (bytes(range(256)) * 4, "不是有效的 .xlsx 文件"),
        ("编号\t学历\t工作年限\r\na\t大专\t3\r\n".encode("utf-16"), "请加 --input-format csv"),
        ("编号,学历,工作年限\r\na,大专,3\r\n\x1a".encode("gb18030"), "请加 --input-format csv"),
    ],
    ids=["csv", "jsonl", "xls", "html", "xml-2003", "binary", "utf-16-text", "csv-ctrl-z"],
)
def test_a_file_named_xlsx_that_is_not_one_says_what_it_is(
    tmp_path: Path, content: bytes, said: str
) -> None:
    """A CSV or JSON Lines export, an Excel 97-2003 workbook, an Excel 2003 XML spreadsheet
    (told it was a web page's table before) or a web page's table named .xlsx was told only "不是有效的 .xlsx 文件": it is said what the file looks like, with
    --input-format for text and Save As for the others. Text saved by Excel as "Unicode
    文本" (UTF-16, tabs) or closed by a Ctrl-Z is text too, which --input-format csv reads."""
    result, dest = run_file(tmp_path, content, name="名单.xlsx")
    assert 2 == result.exit_code
    assert said.replace(" ", "") in "".join(stderr_of(result).split())
    assert not dest.exists()


@pytest.mark.parametrize(
    "content",
    [
        '{"id": "a", "education": "associate", "experience": 3}\n',
        '{"id":"a"}\n{"id":"b"}\n',
        '\ufeff  {"id": "a"}\n',
    ],
    ids=["quoted", "short", "bom"],
)
def test_json_lines_named_csv_are_told_to_be_read_as_such(tmp_path: Path, content: str) -> None:
    """JSON Lines saved as 名单.csv were told "引号不配对?" or that no column of the header
    is a fact: they are said to look like JSON Lines, with --input-format jsonl."""
    result, dest = run_file(tmp_path, content, name="名单.csv")
    assert 2 == result.exit_code
    assert "请加--input-formatjsonl" in "".join(stderr_of(result).split())
    assert not dest.exists()


@pytest.mark.parametrize(
    "ending",
    ["\r\n\x1a", "\x1a", "\r\n\x1a\r\n"],
    ids=["own-line", "after-the-last-cell", "own-line-then-newline"],
)
def test_a_ctrl_z_closing_the_file_is_no_row_and_no_part_of_a_cell(
    tmp_path: Path, ending: str
) -> None:
    """A Ctrl-Z closing a file (the end-of-file mark DOS-era programs write) was screened
    as an applicant with no facts, or, after the last cell, made its 3 years unreadable
    (“3\x1a”). It is no part of the text."""
    content = "编号,学历,工作年限\r\na,大专,3" + ending
    result, dest = run_file(tmp_path, content.encode("gb18030"))
    assert 0 == result.exit_code, stderr_of(result)
    assert [(E, N, N, N, "4")] == [verdicts(r) for r in read_rows(dest)]


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16"])
def test_a_line_of_ctrl_z_alone_within_the_file_is_no_row(tmp_path: Path, encoding: str) -> None:
    """A line of Ctrl-Z alone between rows (files joined with ``copy /a``, each closed by
    its mark) was screened as an applicant with no facts and counted: it is no row."""
    content = "编号,学历,工作年限\r\na,大专,3\r\n\x1a\r\nb,大专,3\r\n\x1a\x1a\r\n"
    result, dest = run_file(tmp_path, content.encode(encoding))
    assert 0 == result.exit_code, stderr_of(result)
    assert [(E, N, N, N, "4")] * 2 == [verdicts(r) for r in read_rows(dest)]


@pytest.mark.parametrize("option", ["--format", "--input-format"])
def test_an_unknown_format_lists_every_accepted_one(tmp_path: Path, option: str) -> None:
    """The refusal of --format xml listed csv, jsonl and xlsx, leaving out tsv, which both
    options accept: it lists all four."""
    src = tmp_path / "in.csv"
    src.write_text(standard_csv(), encoding="utf-8")
    result = invoke([str(src), "-o", "-", option, "xml"])
    assert 2 == result.exit_code
    assert "csv, tsv, jsonl, xlsx" in stderr_of(result)


@pytest.mark.parametrize("typed", ["xlsx", "XLS"])
def test_a_workbook_to_stdout_is_refused_naming_what_stdout_takes(
    tmp_path: Path, typed: str
) -> None:
    """-o - with --format xlsx (or xls, read as xlsx) is refused: the message listed csv
    and jsonl as what standard output takes, leaving out tsv, which it writes (tabs), and
    quoted xlsx where xls was typed. It quotes the value given and lists all three, and
    says why (a workbook is a file) rather than that xlsx is not recognised."""
    src = tmp_path / "in.csv"
    src.write_text(standard_csv(), encoding="utf-8")
    result = invoke([str(src), "-o", "-", "--format", typed])
    assert 2 == result.exit_code
    said = " ".join(stderr_of(result).split())
    assert f"“{typed}”" in said
    assert "不能写到标准输出(-o -)" in said
    assert "csv、tsv、jsonl" in said
    assert "无法识别" not in said
    tabbed = invoke([str(src), "-o", "-", "--format", "tsv", "-q"])
    assert 0 == tabbed.exit_code
    assert tabbed.stdout.splitlines()[0].startswith("行号\t编号\t")


def test_numbered_rows_beside_an_empty_margin_column_are_not_applicants(tmp_path: Path) -> None:
    """A sheet laid out from column B, column A an empty margin (no header, no cells): its
    first column is still 序号. The rows under 以下空白 holding only their 序号 (4, 5), and
    those after the last applicant with no one after them (7, 8), are the form's lines, not
    applicants: written through unscreened, named after the summary, not counted. Only 甲
    (大专, 3 years: 四级 by 4-1, inclusive) and 乙 (大专, 5 years: 四级 by 4-1) are read;
    nothing is warned about, so the exit status is 0."""
    header = ["", "序号", "姓名", "学历", "工作年限"]
    ended = [
        ["", "1", "甲", "大专", "3"],
        ["", "2", "以下空白", "", ""],
        ["", "3", "", "", ""],
        ["", "4", "", "", ""],
    ]
    trailing = [
        ["", "1", "甲", "大专", "3"],
        ["", "2", "乙", "大专", "5"],
        ["", "3", "", "", ""],
        ["", "4", "", "", ""],
    ]
    unused = "表格预先编好序号、未填写的空行,不是考生,未筛查"
    for rows, lines, read in ((ended, [4, 5], 1), (trailing, [4, 5], 2)):
        src = tmp_path / "in.csv"
        src.write_bytes(csv_text(header, rows).encode("gb18030"))
        xlsx = tmp_path / "in.xlsx"
        typed = [[None, int(r[1]), *(r[2:4]), int(r[4]) if r[4] else None] for r in rows]
        workbook(xlsx, {"名单": [[None, *header[1:]], *typed]})
        for path in (src, xlsx):
            dest = tmp_path / "out.csv"
            result = invoke([str(path), "-o", str(dest)])
            assert 0 == result.exit_code, stderr_of(result)
            written = read_rows(dest)
            assert lines == [int(r["line"]) for r in written if r["summary"] == unused]
            assert read == tally(stderr_of(result))["读取行数"]
            assert "第4–5行只有预先编好的序号" in re.sub(r"\s+", "", stderr_of(result))


@pytest.mark.parametrize(
    ("rows", "unused_lines", "read"),
    [
        # after the last applicant: a line holding only its 序号, its 编号 and 序号, or its
        # 编号 is the form's
        ([["", "2", "", "", ""], ["3", "3", "", "", ""], ["4", "", "", "", ""]], [3, 4, 5], 1),
        # under 以下空白 typed after both numbers
        ([["2", "2", "以下空白", "", ""], ["3", "3", "", "", ""]], [4], 1),
        # an applicant after it: an applicant with nothing but an id, screened
        ([["", "2", "", "", ""], ["3", "3", "李四", "大专", "4"]], [], 3),
    ],
)
def test_numbered_rows_with_two_id_columns(
    tmp_path: Path, rows: list[list[str]], unused_lines: list[int], read: int
) -> None:
    """A form with 编号 and 序号 numbered in advance: a line left empty but for its 序号 (the
    second column) was screened as an applicant with nothing given (undetermined, warned,
    counted), since only the first column was looked at; a line holding only numbers in
    its id columns is the form's, as one holding only its 编号. 张三 (大专, 3 years: 4-1)
    is read in each."""
    header = ["编号", "序号", "姓名", "学历", "工作年限"]
    content = csv_text(header, [["1", "1", "张三", "大专", "3"], *rows])
    result, dest = run_file(tmp_path, content)
    assert (1 if read == 3 else 0) == result.exit_code, stderr_of(result)  # an empty row: warned
    written = read_rows(dest)
    unused = "表格预先编好序号、未填写的空行,不是考生,未筛查"
    assert unused_lines == [int(r["line"]) for r in written if r["summary"] == unused]
    assert read == tally(stderr_of(result))["读取行数"]


def test_numbered_rows_under_the_end_mark_in_a_column_with_no_header(tmp_path: Path) -> None:
    """A form whose 序号 column has no header (A1 left blank, the numbers typed down column
    A): rows under 以下空白 holding only their number are the form's lines, as where the
    column is headed 序号, not applicants; 甲 (大专, 3 years: 四级 by 4-1) is the only one
    read, and nothing is warned about (exit 0)."""
    header = ["", "姓名", "学历", "工作年限"]
    rows = [
        ["1", "甲", "大专", "3"],
        ["2", "以下空白", "", ""],
        ["3", "", "", ""],
        ["4", "", "", ""],
    ]
    result, dest = run_file(tmp_path, csv_text(header, rows).encode("gb18030"))
    assert 0 == result.exit_code, stderr_of(result)
    written = read_rows(dest)
    unused = "表格预先编好序号、未填写的空行,不是考生,未筛查"
    assert [4, 5] == [int(r["line"]) for r in written if r["summary"] == unused]
    assert 1 == tally(stderr_of(result))["读取行数"]


def test_the_note_on_unused_numbered_lines_wraps_between_characters(tmp_path: Path) -> None:
    """The closing note on a form's unused numbered lines (lines 3–4, 100 columns wide) left
    ``第 3–4`` alone on a line: the sentence after it, having no space, was one word to
    wrap. Chinese wraps between characters: the line numbers stay with 行只有…."""
    content = "序号,姓名,学历,工作年限\n1,甲,大专,3\n2,,,\n3,,,\n"
    result, _ = run_file(tmp_path, content)
    lines = [line.strip() for line in stderr_of(result).splitlines()]
    said = [line for line in lines if line.startswith("第 3–4")]
    assert 1 == len(said)
    assert said[0].startswith("第 3–4 行只有预先编好的序号,其后再无考生")


def test_a_number_alone_at_the_end_under_another_column_is_an_applicant(
    tmp_path: Path,
) -> None:
    """Only a first column that is an id's (序号, 编号) numbers a form's lines: a last row
    holding only 5 under 工作年限 is an applicant's years (5 years: 四级 by 4-1, G1 not
    known without a diploma, so undetermined, and warned about nothing else)."""
    content = "工作年限,学历,姓名\n3,大专,甲\n5,,\n"
    result, dest = run_file(tmp_path, content)
    rows = read_rows(dest)
    assert [(E, N, N, N, "4"), (U, N, N, N, "")] == [verdicts(r) for r in rows]
    assert "只有预先编好的序号" not in stderr_of(result)


def test_input_format_option_overrides_extension(tmp_path: Path) -> None:
    """--input-format csv reads a file whose extension says nothing."""
    result, dest = run_file(
        tmp_path, standard_csv(), name="list.dat", args=("--input-format", "csv")
    )
    assert 0 == result.exit_code
    assert EXPECTED == by_id(read_rows(dest))


# --- line numbers ------------------------------------------------------------------------


def test_csv_line_numbers_are_physical_lines(tmp_path: Path) -> None:
    """Line numbers count physical lines: blank lines skipped, a quoted cell spanning two lines."""
    content = '编号,学历,工作年限,备注\na,大专,3,x\n\nb,大专,3,"two\nlines"\nc,高中,2.5,y\n'
    result, dest = run_file(tmp_path, content)
    assert 0 == result.exit_code
    rows = read_rows(dest)
    assert [("2", "a"), ("4", "b"), ("6", "c")] == [(r["line"], r["id"]) for r in rows]
    assert "two\nlines" == read_kept(dest)[1]["备注"]


@pytest.mark.parametrize(
    "content",
    ["编号,学历,工作年限\ra,大专,3\rb,高中,2.5\r", "编号,学历,工作年限,备注\na,大专,3,x\ry\n"],
    ids=["cr-line-ends", "bare-cr-in-cell"],
)
def test_csv_with_bare_carriage_returns_never_crashes(tmp_path: Path, content: str) -> None:
    """Old-Mac CR line ends or a bare CR in a cell: read, or refused with exit 2, never a crash."""
    result, _ = run_file(tmp_path, content)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.exit_code in (0, 1, 2)


def test_csv_row_of_empty_cells_is_skipped(tmp_path: Path) -> None:
    """A row of empty cells (Excel writes blank rows as ",,,") holds no applicant and is skipped."""
    content = "编号,学历,工作年限,备注\na,大专,3,x\n,,,\nb,大专,3,y\n"
    result, dest = run_file(tmp_path, content)
    assert 0 == result.exit_code
    assert [("2", "a"), ("4", "b")] == [(r["line"], r["id"]) for r in read_rows(dest)]


# --- --jobs -------------------------------------------------------------------------------


def many_rows(n: int, *, with_errors: bool) -> str:
    """``n`` varied applicants under a Chinese header, with a kept free-text column.

    With ``with_errors``, some cells cannot be read (warnings) and some rows
    contradict themselves (a certificate dated after the evaluation date: errors).
    """
    educations = ["大专", "高中", "本科", "技工学校", "", "初中"]
    certs = ["", "四级:2024-01-10", "三级:2020-06-01", "四级", ""]
    rows = []
    for i in range(n):
        education = educations[i % len(educations)]
        experience = str((i * 7) % 11 / 2)
        cert = certs[i % len(certs)]
        if with_errors and i % 17 == 5:
            education = "博士后"
        if with_errors and i % 19 == 7:
            experience = "三年十三个月"
        if with_errors and i % 23 == 9:
            cert = "四级:2030-01-01"
        rows.append((f"id{i}", education, "相关" if i % 3 else "不相关", experience,
                     "四级" if i % 4 == 0 else "", cert, f"note {i}"))  # fmt: skip
    return csv_text((*HEADER_ZH, "备注"), rows)


@pytest.mark.parametrize("out", ["out.csv", "out.jsonl"])
def test_jobs_2_gives_the_same_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, out: str
) -> None:
    """--jobs 2 writes exactly what --jobs 1 writes, in input order (small chunks, many of them)."""
    monkeypatch.setattr(
        mediaops.batch.run,
        "screen_rows",
        functools.partial(mediaops.batch.run.screen_rows, chunk=7),
    )
    content = many_rows(300, with_errors=False)
    one, dest1 = run_file(tmp_path, content, out="1" + out)
    two, dest2 = run_file(tmp_path, content, out="2" + out, args=("--jobs", "2"))
    assert (0, 0) == (one.exit_code, two.exit_code)
    assert dest1.read_bytes() == dest2.read_bytes()
    assert stderr_of(one).replace("1" + out, "") == stderr_of(two).replace("2" + out, "")


def test_jobs_2_gives_the_same_bytes_with_warnings_and_error_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--jobs 2 writes exactly what --jobs 1 writes when some rows have warnings or errors."""
    monkeypatch.setattr(
        mediaops.batch.run,
        "screen_rows",
        functools.partial(mediaops.batch.run.screen_rows, chunk=7),
    )
    content = many_rows(300, with_errors=True)
    one, dest1 = run_file(tmp_path, content, out="1.csv")
    two, dest2 = run_file(tmp_path, content, out="2.csv", args=("--jobs", "2"))
    assert (1, 1) == (one.exit_code, two.exit_code)
    assert dest1.read_bytes() == dest2.read_bytes()
    rows = read_rows(dest1)
    assert 300 == len(rows)
    assert any(r["warnings"] for r in rows)
    assert any(r["error"] for r in rows)


# --- never a half-written file -------------------------------------------------------------


def break_after(monkeypatch: pytest.MonkeyPatch, rows: int, exc: type[BaseException]) -> None:
    """Make ``Screener.screen_cells`` raise ``exc`` once ``rows`` rows have been screened."""
    original = mediaops.batch.screen.Screener.screen_cells
    calls = []

    def screen_cells(self: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) > rows:
            raise exc("stopped")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(mediaops.batch.screen.Screener, "screen_cells", screen_cells)


@pytest.mark.parametrize(("exc", "code"), [(KeyboardInterrupt, 130), (RuntimeError, 70)])
@pytest.mark.parametrize("out", ["out.csv", "out.jsonl", "out.xlsx"])
def test_interrupted_run_keeps_the_earlier_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exc: type[BaseException], code: int, out: str
) -> None:
    """An interrupted run (Ctrl-C: 130; a fault: 70) leaves an earlier output as it was, no temp file."""
    dest = tmp_path / out
    dest.write_bytes(b"earlier results")
    break_after(monkeypatch, 50, exc)
    result, _ = run_file(tmp_path, many_rows(120, with_errors=False), out=out)
    assert code == result.exit_code
    assert b"earlier results" == dest.read_bytes()
    assert {"in.csv", out} == {p.name for p in tmp_path.iterdir()}


def test_ctrl_c_says_the_earlier_file_is_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C prints that the run was cancelled and that an earlier output file is untouched."""
    break_after(monkeypatch, 5, KeyboardInterrupt)
    result, _ = run_file(tmp_path, many_rows(20, with_errors=False))
    assert 130 == result.exit_code
    assert "已取消" in stderr_of(result)
    assert "保持不变" in stderr_of(result)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("out", ["out.csv", "out.jsonl"])
def test_output_to_a_named_pipe_is_written_into_the_pipe(tmp_path: Path, out: str) -> None:
    """-o naming a pipe (or a device such as /dev/null) writes into it, never replaces it.

    Atomic output renames a finished temporary file onto the target: onto a
    pipe or a device that would put a plain file in its place.
    """
    import stat
    import threading

    pipe = tmp_path / out
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    src = tmp_path / "in.csv"
    src.write_text(many_rows(20, with_errors=False), encoding="utf-8")
    result = invoke([str(src), "-o", str(pipe)])
    reader.join(timeout=30)
    assert 0 == result.exit_code, result.output
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert {"in.csv", out} == {p.name for p in tmp_path.iterdir()}
    lines = received[0].decode("utf-8-sig").splitlines()
    assert (21 if out.endswith(".csv") else 20) == len(lines)


@pytest.mark.skipif(not os.path.exists("/dev/stdout"), reason="no /dev/stdout here")
def test_output_to_dev_stdout_in_a_pipe_is_written_into_the_pipe(tmp_path: Path) -> None:
    """-o /dev/stdout, a script's way to name standard output, writes into the pipe it
    names. It was followed as a symbolic link to /proc/…/fd/1, whose target (pipe:[…]) is no
    path, and the run failed with exit 74, saying the file did not exist."""
    src = tmp_path / "in.csv"
    src.write_text(many_rows(20, with_errors=False), encoding="utf-8")
    args = ["batch", str(src), "-o", "/dev/stdout", "--format", "csv", "-q", "--as-of", AS_OF]
    done = subprocess.run(
        [sys.executable, "-m", "mediaops", *args],
        capture_output=True,
        env={**os.environ, "MEDIAOPS_LANG": "zh", "PYTHONIOENCODING": "utf-8"},
        timeout=120,
        check=False,
    )
    assert 0 == done.returncode, done.stderr.decode("utf-8", "replace")
    assert 21 == len(done.stdout.decode("utf-8-sig").splitlines())
    assert {"in.csv"} == {p.name for p in tmp_path.iterdir()}


def test_interrupted_run_creates_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An interrupted run with no earlier output leaves no output and no temporary file."""
    break_after(monkeypatch, 10, KeyboardInterrupt)
    result, _ = run_file(tmp_path, many_rows(40, with_errors=False))
    assert 130 == result.exit_code
    assert {"in.csv"} == {p.name for p in tmp_path.iterdir()}


def test_completed_run_replaces_the_earlier_file(tmp_path: Path) -> None:
    """A completed run replaces an earlier output file and leaves no temporary file."""
    (tmp_path / "out.csv").write_text("earlier results", encoding="utf-8")
    result, dest = run_file(tmp_path, standard_csv())
    assert 0 == result.exit_code
    assert EXPECTED == by_id(read_rows(dest))
    assert {"in.csv", "out.csv"} == {p.name for p in tmp_path.iterdir()}


def test_a_read_only_output_file_is_not_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``-o`` naming a file made read-only (chmod 444) replaced it by a rename, which needs
    only the directory's permission, where ``>`` says "Permission denied": refused (exit 74,
    no permission), the file as it was, no temporary file left. (As root, who may write it,
    as ``>`` may, access is as a user's: by its mode.)"""
    import stat

    if hasattr(os, "geteuid") and os.geteuid() == 0:
        real = os.access

        def as_a_user(path: Any, mode: int, **kwargs: Any) -> bool:
            if mode & os.W_OK and not os.stat(path).st_mode & stat.S_IWUSR:
                return False
            return real(path, mode, **kwargs)

        monkeypatch.setattr(os, "access", as_a_user)
    dest = tmp_path / "out.csv"
    dest.write_text("earlier results", encoding="utf-8")
    dest.chmod(0o444)
    result, _ = run_file(tmp_path, standard_csv())
    assert 74 == result.exit_code
    assert "没有权限" in stderr_of(result)
    assert "earlier results" == dest.read_text(encoding="utf-8")
    assert {"in.csv", "out.csv"} == {p.name for p in tmp_path.iterdir()}
    svg = tmp_path / "out.svg"
    svg.write_text("earlier picture", encoding="utf-8")
    svg.chmod(0o444)
    args = ["plan", "-x", "1", "--as-of", AS_OF, "--svg", str(svg)]
    result = runner.invoke(app, args, env=plain_env("en"))
    assert 74 == result.exit_code
    assert "permission denied" in result.output
    assert "earlier picture" == svg.read_text(encoding="utf-8")


def test_an_output_name_ending_in_a_slash_writes_no_file(tmp_path: Path) -> None:
    """``-o out.csv/`` (and ``--svg out.svg/``) wrote the file out.csv: a name ending in a
    slash names a directory, and ``> out.csv/`` says "Is a directory". Refused so (exit
    74), nothing written."""
    (tmp_path / "in.csv").write_text(standard_csv(), encoding="utf-8")
    result = invoke([str(tmp_path / "in.csv"), "-o", f"{tmp_path}/out.csv/"])
    assert 74 == result.exit_code
    assert "这是一个目录" in stderr_of(result)
    args = ["plan", "-x", "1", "--as-of", AS_OF, "--svg", f"{tmp_path}/out.svg/"]
    result = runner.invoke(app, args, env=plain_env("en"))
    assert 74 == result.exit_code
    assert "it is a directory" in result.output
    assert ["in.csv"] == [p.name for p in tmp_path.iterdir()]


def test_output_file_permissions_follow_umask(tmp_path: Path) -> None:
    """The output file gets the permissions of any new file (umask 022: rw-r--r--), not 0600."""
    old = os.umask(0o022)
    try:
        result, dest = run_file(tmp_path, standard_csv())
    finally:
        os.umask(old)
    assert 0 == result.exit_code
    assert 0o644 == dest.stat().st_mode & 0o777


# --- unusable input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "args", "words"),
    [
        ("missing.csv", None, (), ["missing.csv"]),
        ("in.csv", b"", (), ["表头"]),
        ("in.csv", "foo,bar\n1,2\n", (), ["foo", "学历"]),
        ("in.csv", "张三,大专,相关,3\n李四,高中,,1\n", (), ["学历"]),
        ("in.dat", standard_csv(), (), ["in.dat", "--input-format"]),
        ("in.csv", standard_csv(), ("--input-format", "pdf"), ["--input-format", "pdf"]),
        ("in.xlsx", b"not a workbook", (), ["in.xlsx"]),
        ("in.csv", b"\xef\xbb\xbf", (), ["表头"]),
    ],
    ids=[
        "missing-file", "empty-file", "no-recognisable-columns", "no-header",
        "unknown-extension", "unknown-input-format", "broken-xlsx", "bom-only",
    ],
)  # fmt: skip
def test_unusable_input_exit_2(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    content: str | bytes | None,
    args: tuple[str, ...],
    words: list[str],
) -> None:
    """Input that cannot be used: exit 2, a clear message on stderr, no traceback, no output file."""
    monkeypatch.chdir(tmp_path)
    src = tmp_path / name
    if content is not None:
        src.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    dest = tmp_path / "out.csv"
    result = invoke([name, "-o", "out.csv", *args])
    assert 2 == result.exit_code
    assert isinstance(result.exception, SystemExit)
    message = stderr_of(result)
    assert message.startswith("mediaops: ")
    assert [w for w in words if w in message] == words
    assert not dest.exists()


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("-o", "out.dat"), ["out.dat", "--format"]),
        (("-o", "-", "--format", "xlsx"), ["--format", "xlsx"]),
        (("-o", "{tmp}/out.csv", "--format", "pdf"), ["--format", "pdf"]),
    ],
    ids=["unknown-output-extension", "xlsx-to-stdout", "unknown-format"],
)
def test_unusable_output_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], words: list[str]
) -> None:
    """An output that cannot be written as asked: exit 2, a message naming the output option, no file."""
    monkeypatch.chdir(tmp_path)
    src = tmp_path / "in.csv"
    src.write_text(standard_csv(), encoding="utf-8")
    result = invoke([str(src), *(a.replace("{tmp}", str(tmp_path)) for a in args)])
    assert 2 == result.exit_code
    assert isinstance(result.exception, SystemExit)
    message = stderr_of(result)
    assert message.startswith("mediaops: ")
    assert [w for w in words if w in message] == words
    assert "--input-format" not in message
    assert {"in.csv"} == {p.name for p in tmp_path.iterdir()}


def test_a_long_path_is_named_with_its_file_name(tmp_path: Path) -> None:
    """A file that cannot be opened is named in full: a long path keeps its file name."""
    folder = tmp_path / "2026年第三批报名材料汇总(培训部)" / "已审核"
    folder.mkdir(parents=True)
    result = invoke(
        [str(folder / "全媒体运营师报名表(最终版).csv"), "-o", str(tmp_path / "out.csv")]
    )
    assert 2 == result.exit_code
    assert "全媒体运营师报名表(最终版).csv" in stderr_of(result)


@pytest.mark.parametrize(
    ("content", "args"),
    [
        ("foo,bar\n1,2\n", ()),
        (NAMED.encode("gbk"), ("--encoding", "utf-8")),
        (NAMED, ("--encoding", "klingon-8")),
    ],
    ids=["no-recognisable-columns", "wrong-encoding", "unknown-encoding"],
)
@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="lists open files from /proc")
def test_unusable_input_closes_the_file(
    tmp_path: Path, content: str | bytes, args: tuple[str, ...]
) -> None:
    """An input found unusable is closed again (no file handle left open)."""
    result, _ = run_file(tmp_path, content, args=args)
    assert 2 == result.exit_code
    assert str(tmp_path / "in.csv") not in open_paths()


def test_a_json_lines_row_without_an_id_is_named_as_a_sheet_row_is(tmp_path: Path) -> None:
    """A JSON Lines object with no ``id`` but a key a sheet names its id or name column by
    (``编号``, ``姓名``, ``name``) had an empty 编号 in the output, where a sheet without an
    id column shows the name: it shows that key's text (an id's before a name's); with
    neither, it stays empty."""
    lines = [
        {"姓名": "张三", "education": "associate", "experience": 3},
        {"name": "Li", "编号": "A-7", "education": "associate", "experience": 3},
        {"id": "x1", "姓名": "王五", "education": "associate", "experience": 3},
        {"电话": "13800000000", "education": "associate", "experience": 3},
    ]
    content = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines)
    result, dest = run_file(tmp_path, content, name="in.jsonl")
    assert 0 == result.exit_code, stderr_of(result)
    assert ["张三", "A-7", "x1", ""] == [r["id"] for r in read_rows(dest)]


def test_a_json_lines_row_numbered_under_its_id_key_is_named_by_the_number(
    tmp_path: Path,
) -> None:
    """A JSON Lines object numbered under 编号 (``"编号": 7``, as a script exports an
    integer id) had an empty 编号 in the output and in --dry-run, where ``"id": 7`` shows
    7: the number is shown as the row wrote it."""
    lines = [
        {"编号": 7, "education": "associate", "experience": 3},
        {"序号": 12.5, "姓名": "张三", "education": "associate", "experience": 3},
        {"编号": True, "姓名": "李四", "education": "associate", "experience": 3},
    ]
    content = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines)
    result, dest = run_file(tmp_path, content, name="in.jsonl")
    assert 0 == result.exit_code, stderr_of(result)
    assert ["7", "12.5", "李四"] == [r["id"] for r in read_rows(dest)]
    src = tmp_path / "in.jsonl"
    preview = invoke([str(src), "--dry-run"])
    assert 0 == preview.exit_code, stderr_of(preview)
    assert "7" in preview.output.split()


def test_header_only_is_zero_rows(tmp_path: Path) -> None:
    """A header with no rows is fine: exit 0, a header-only output, 0 rows read; a line
    after the summary says the list holds no applicant (a blank form, the wrong sheet?),
    which the 0 alone left to be noticed; --quiet leaves it out."""
    result, dest = run_file(tmp_path, "编号,学历,工作年限\n")
    assert 0 == result.exit_code
    assert [[*ZH_COLUMNS, "编号 (2)", "学历", "工作年限"]] == read_cells(dest)
    assert 0 == tally(stderr_of(result))["读取行数"]
    assert "名单中没有考生" in stderr_of(result)
    quiet, _ = run_file(tmp_path, "编号,学历,工作年限\n", args=("-q",))
    assert (0, "") == (quiet.exit_code, stderr_of(quiet))


# --- the summary on stderr ------------------------------------------------------------------------


def test_example_file(tmp_path: Path) -> None:
    """examples/applicants.csv: every verdict as worked out by hand, 姓名 and 电话 kept."""
    dest = tmp_path / "out.csv"
    result = invoke([str(EXAMPLE), "-o", str(dest)])
    assert 1 == result.exit_code  # A007's 博士后 is a warning
    assert EXAMPLE.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = read_rows(dest)
    assert [str(n) for n in range(2, 11)] == [r["line"] for r in rows]
    assert {
        "A001": (E, N, N, N, "4"),  # 4-1
        "A002": (E, N, N, N, "4"),  # 4-2
        "A003": (H, E, N, N, "3"),  # 3-2
        "A004": (H, H, E, N, "2"),  # 2-1: 77 months since 2020-06-01
        "A005": (U, N, N, N, ""),  # no education: G1 unknown
        "A006": (N, N, N, N, ""),  # 2.5 years
        "A007": (U, N, N, N, ""),  # 博士后 cannot be read: education unknown, G1 unknown
        "A008": (E, N, N, N, "4"),  # 4-3, final-year student
        "A009": (N, N, N, N, ""),  # 1 year, unrelated major
    } == by_id(rows)
    summary = {r["id"]: r["summary"] for r in rows}
    assert ["4-1", "4-2", "3-2", "2-1", "4-3"] == [
        next(c for c in ("4-1", "4-2", "4-3", "3-2", "2-1") if c in summary[i])
        for i in ("A001", "A002", "A003", "A004", "A008")
    ]
    assert "2027-05-27" in summary["A006"]
    assert "2028-11-27" in summary["A009"]
    assert [] == [r["id"] for r in rows if r["error"]]
    warnings = {r["id"]: r["warnings"] for r in rows if r["warnings"]}
    assert ["A007"] == list(warnings)
    assert "学历" in warnings["A007"]
    assert "博士后" in warnings["A007"]
    kept = read_kept(dest)
    assert ["张伟", "13800000001"] == [kept[0]["姓名"], kept[0]["电话"]]


def test_stderr_summary_counts(tmp_path: Path) -> None:
    """The stderr summary: rows read, counts per highest level, none, undetermined, warnings, errors."""
    result = invoke([str(EXAMPLE), "-o", str(tmp_path / "out.csv")])
    assert 1 == result.exit_code
    counts = tally(stderr_of(result))
    assert {
        "读取行数": 9,
        "最高可报考四级": 3,
        "最高可报考三级": 1,
        "最高可报考二级": 1,
        "暂无可报考等级": 2,
        "无法判断": 2,
        "带提示的行": 1,
        "有误的行": 0,
    } == counts


def test_stderr_summary_in_english(tmp_path: Path) -> None:
    """The stderr summary in English with --lang en."""
    result = invoke([str(EXAMPLE), "-o", str(tmp_path / "out.csv"), "--lang", "en"])
    assert 1 == result.exit_code
    counts = tally(stderr_of(result))
    assert 9 == counts["rows read"]
    assert 0 == counts["rows with errors"]
    assert 1 == counts["rows with warnings"]
    assert 2 == counts["undetermined"]


def test_stderr_summary_names_the_common_reasons(tmp_path: Path) -> None:
    """The closing summary gives the most common reason each level is not reached, with a count.

    In the example, 三级 is reached by A003 (eligible) and passed by A004 (held);
    the 7 others lack a 四级 certificate.
    """
    result = invoke([str(EXAMPLE), "-o", str(tmp_path / "out.csv")])
    text = stderr_of(result)
    assert re.search(r"三级\s+\S*四级\S*证书\s+7 人", text), text


@pytest.mark.parametrize(("lang", "words"), [("zh", "G1 初中及以上学历"), ("en", "G1 Junior")])
def test_a_general_condition_as_a_reason_is_worded(tmp_path: Path, lang: str, words: str) -> None:
    """A level not reached for want of G1 (小学) was counted under a bare "G1"; the other
    reasons are worded: so is it (its id and words, as the table says it)."""
    result, _ = run_file(tmp_path, "编号,学历,工作年限\na,小学,5\n", lang=lang)
    assert re.search(rf"{words}.*\s1( 人)?\n", stderr_of(result)), stderr_of(result)


def test_quiet_prints_nothing_on_stderr(tmp_path: Path) -> None:
    """--quiet: no column mapping, no summary; the output is written as usual."""
    result, dest = run_file(tmp_path, standard_csv(), args=("--quiet",))
    assert 0 == result.exit_code
    assert "" == stderr_of(result)
    assert EXPECTED == by_id(read_rows(dest))


def test_row_with_more_cells_than_the_header_is_an_error_row(tmp_path: Path) -> None:
    """A row with cells beyond the header is reported (with those cells), never a ragged CSV."""
    src = tmp_path / "in.csv"
    src.write_text("education,experience\n大专,3,extra\n本科,2\n", encoding="utf-8")
    result = invoke([str(src), "-o", "-"])
    assert 1 == result.exit_code
    rows = read_cells(result.stdout)
    assert {12} == {len(r) for r in rows}
    assert "extra" in rows[1][9]
    assert "" == rows[2][9]


def test_two_columns_for_one_fact_that_disagree_leave_it_unknown(tmp_path: Path) -> None:
    """A header with both education and 学历: both are read; 小学 and 本科 disagree, so the
    education is unknown (G1 unknown: 四级 undetermined), the row's warning names both values,
    and with --strict the row is an error row."""
    src = tmp_path / "in.csv"
    src.write_text("education,学历,experience\n小学,本科,3\n", encoding="utf-8")
    result = invoke([str(src), "-o", "-"])
    assert 1 == result.exit_code
    read = stderr_of(result).split("筛查汇总")[0]
    assert "education → 学历" in read
    assert "学历 → 学历" in read
    [row] = read_rows(result.stdout)
    assert (U, "education 有多列,值不一致:小学 / 本科") == (row["level_4"], row["warnings"])
    strict = invoke([str(src), "-o", "-", "--strict"])
    [error_row] = read_rows(strict.stdout)
    assert "education 有多列,值不一致:小学 / 本科" == error_row["error"]


@pytest.mark.parametrize(
    ("header", "cells", "expected"),
    [
        # the certificate in the second 证书等级 column (the first left empty): 大专 related,
        # 5 years, 四级 of 2020-01-01 with 5 years after it (capped by the experience) → 3-2
        (("证书等级", "证书等级"), ("", "四级 2020-01-01"), (H, E, N, N, "3")),
        # the experience in the second column (工作年限 empty, 工作年限(年) 5) → 4-1
        (("工作年限", "工作年限(年)"), ("", "5"), (E, N, N, N, "4")),
        # both columns give the same value: read once
        (("工作年限", "工作年限(年)"), ("5", "5.0"), (E, N, N, N, "4")),
        # a list in both: 四级 and 三级 of 2020-01-01 held → 四级, 三级 held; 二级 needs
        # 4 years after 三级 (2-1): 5 years capped → met
        (("证书", "证书等级"), ("四级", "三级 2020-01-01"), (H, H, E, N, "2")),
        # 无 in one gives way to the certificate in the other; the same cell twice is one
        (("证书", "证书等级"), ("无", "四级 2020-01-01"), (H, E, N, N, "3")),
        (("证书", "证书等级"), ("四级 2020-01-01", "四级 2020-01-01"), (H, E, N, N, "3")),
        # 不清楚 in one gives way to the value in the other
        (("学历", "education"), ("不清楚", "大专"), (E, N, N, N, "4")),
        # 不清楚 beside 无, in either order: the certificates are not known (三级 and up
        # undetermined), not "none"
        (("证书", "证书等级"), ("无", "不清楚"), (E, U, U, U, "4")),
        (("证书", "证书等级"), ("不清楚", "无"), (E, U, U, U, "4")),
    ],
)
def test_two_columns_for_one_fact_are_read_together(
    tmp_path: Path, header: tuple[str, str], cells: tuple[str, str], expected: tuple[str, ...]
) -> None:
    """A fact given in two columns (证书等级 twice, 工作年限 and 工作年限(年)) is read from both:
    a value in either is not lost; a list's items are joined. Both are named as read."""
    if "工作年限(年)" in header:
        content = csv_text(["编号", "学历", "是否相关专业", *header], [["a", "大专", "是", *cells]])
    elif "学历" in header:
        content = csv_text(
            ["编号", "是否相关专业", "工作年限", *header], [["a", "是", "5", *cells]]
        )
    else:
        columns = ["编号", "学历", "是否相关专业", "工作年限(年)", *header]
        content = csv_text(columns, [["a", "大专", "是", "5", *cells]])
    src = tmp_path / "in.csv"
    src.write_text(content, encoding="utf-8")
    result = invoke([str(src), "-o", "-"])
    assert 0 == result.exit_code, stderr_of(result)
    assert {"a": expected} == by_id(read_rows(result.stdout))
    assert "未读取" not in stderr_of(result).split("筛查汇总")[0]


#: Whole years and months in two columns; 高中, on 2026-11-27 (AS_OF). 4-1 asks 36 months:
#: 2 years 11 months is 35, reached a month later (2026-12-27); 三级 needs a 四级 certificate.
SOON = "2026-12-27 起可报考四级"


@pytest.mark.parametrize(
    ("header", "cells", "expected", "said"),
    [
        (("工作年限(年)", "工作年限(月)"), ("2", "11"), (N, N, N, N, ""), SOON),
        (("工作年限(年)", "工作年限(月)"), ("3", "0"), (E, N, N, N, "4"), ""),
        (("工作年限(年)", "工作年限(月)"), ("2年", "11个月"), (N, N, N, N, ""), SOON),
        # each cell in its column's unit: 二 years and 十一 months (not 二十一, 21 years)
        (("工作年限(年)", "工作年限(月)"), ("二", "十一"), (N, N, N, N, ""), SOON),
        (("工作年限(年)", "工作年限(月)"), ("２", "１１"), (N, N, N, N, ""), SOON),
        # 0 years: the months give it all
        (("工作年限(年)", "工作年限(月)"), ("0", "36"), (E, N, N, N, "4"), ""),
        # 2 years and 12 months add up to 3 (1 and 12 would be the same year written twice)
        (("工作年限(年)", "工作年限(月)"), ("2", "12"), (E, N, N, N, "4"), ""),
        # the months column first: the same
        (("工作年限(月)", "工作年限(年)"), ("11", "2"), (N, N, N, N, ""), SOON),
        # one of the two left blank: the other gives it all
        (("工作年限(年)", "工作年限(月)"), ("", "36"), (E, N, N, N, "4"), ""),
        (("工作年限(年)", "工作年限(月)"), ("3", ""), (E, N, N, N, "4"), ""),
        # the same years written twice (2.92 years ≈ 35 months): 35 months, not 2.92 + 35
        (("工作年限(年)", "工作年限(月)"), ("2.92", "35"), (N, N, N, N, ""), SOON),
        # neither whole years plus months nor the same years twice: unknown, and said so
        (("工作年限(年)", "工作年限(月)"), ("2.5", "6"), (U, N, N, N, ""), "合不成一个年限"),
        (("工作年限(年)", "工作年限(月)"), ("3", "14"), (U, N, N, N, ""), "合不成一个年限"),
    ],
)
def test_whole_years_and_months_in_two_columns_are_read_together(
    tmp_path: Path,
    header: tuple[str, str],
    cells: tuple[str, str],
    expected: tuple[str, ...],
    said: str,
) -> None:
    """工作年限(年) beside 工作年限(月), as forms ask "工作年限 __ 年 __ 个月": the months column
    was left unread (and named as read by another column), so 2 years 11 months read as 2
    years and a date a year late (2027-11-27) where it is 2026-12-27."""
    content = csv_text(["编号", "学历", *header], [["a", "高中", *cells]])
    src = tmp_path / "in.csv"
    src.write_text(content, encoding="utf-8")
    result = invoke([str(src), "-o", "-"])
    [row] = read_rows(result.stdout)
    assert expected == verdicts(row)
    assert said in (row["warnings"] if U in expected else row["summary"])
    assert (1 if U in expected else 0) == result.exit_code  # a row with a warning: 1
    read = re.sub(r"\s+", "", stderr_of(result).split("筛查汇总")[0])
    assert "未读取" not in read
    assert "工作年限(月)→从业年限" in read
    if U in expected:  # --strict: an error row, saying why
        [error_row] = read_rows(invoke([str(src), "-o", "-", "--strict"]).stdout)
        assert said in error_row["error"]


def test_years_and_months_columns_with_column_options_and_a_third_column(tmp_path: Path) -> None:
    """2 years 11 months (2026-12-27): the same whether --column names the years column (it
    then read the years alone), the months column (the tidied header matched the years
    column first), or neither; a third experience column agreeing within half a month
    (2.92) is one value, one that disagrees (5) leaves the experience unknown."""
    header = ["编号", "学历", "工作年限(年)", "工作年限(月)"]
    src = tmp_path / "in.csv"
    src.write_text(csv_text(header, [["a", "高中", "2", "11"]]), encoding="utf-8")
    for option in (
        [],
        ["--column", "工作年限(年)=从业年限"],
        ["--column", "工作年限(月)=从业年限"],
    ):
        result = invoke([str(src), "-o", "-", *option])
        [row] = read_rows(result.stdout)
        assert ((N, N, N, N, ""), True) == (verdicts(row), SOON in row["summary"]), option
        assert "未读取" not in stderr_of(result).split("筛查汇总")[0]
    dropped = invoke([str(src), "-o", "-", "--column", "工作年限(月)=-"])
    assert "工作年限(月) (按 --column 不读取)" in stderr_of(dropped)
    [row] = read_rows(dropped.stdout)
    assert "2027-11-27 起可报考四级" in row["summary"]  # the years alone: 2 years
    third = tmp_path / "third.csv"
    rows = [["a", "高中", "2", "11", "2.92"], ["b", "高中", "2", "11", "5"]]
    third.write_text(csv_text([*header, "从业年限"], rows), encoding="utf-8")
    read = by_id(read_rows(invoke([str(third), "-o", "-"]).stdout))
    assert {"a": (N, N, N, N, ""), "b": (U, N, N, N, "")} == read


@pytest.mark.parametrize(
    ("headers", "option"),
    [
        (("证书等级", "证书等级"), "证书等级=证书"),
        (("证书等级（如有）", "证书等级（如有）"), "证书等级(如有)=证书"),
        (("Cert", "Cert"), "cert=证书"),
    ],
)
def test_a_column_option_names_every_column_of_that_header(
    tmp_path: Path, headers: tuple[str, str], option: str
) -> None:
    """--column 证书等级=证书 with 证书等级 twice: both columns are read, as without the
    option (the second was left unread, and its 四级 of 2020-01-01 lost: 大专 related with 5
    years and that certificate meets 3-2)."""
    src = tmp_path / "in.csv"
    header = ["编号", "学历", "是否相关专业", "工作年限", *headers]
    src.write_text(csv_text(header, [["a", "大专", "是", "5", "", "四级 2020-01-01"]]))
    for options in ([], ["--column", option]):
        result = invoke([str(src), "-o", "-", *options])
        assert {"a": (H, E, N, N, "3")} == by_id(read_rows(result.stdout)), options
        assert "未读取" not in stderr_of(result).split("筛查汇总")[0]


@pytest.mark.parametrize(
    ("header", "cells", "options", "said"),
    [
        # both columns named by --column: read together, as with no option
        (
            ("工作年限(年)", "工作年限(月)"),
            ("2", "11"),
            ("--column", "工作年限(年)=从业年限", "--column", "工作年限(月)=从业年限"),
            SOON,
        ),
        # a --column written with other brackets, spaces or case names the header all the
        # same, and of headers that read alike the one in the unit written
        (
            ("工作年限（年）", "工作年限（月）"),
            ("2", "11"),
            ("--column", "工作年限(月)=-"),
            "2027-11-27",
        ),
        (
            ("工作年限（年）", "工作年限（月）"),
            ("2", "11"),
            ("--column", "工作年限 (月)=从业年限"),
            SOON,
        ),
        # three columns: the months go with the one that says years, in either order
        (("工作年限", "工作年限(年)", "工作年限(月)"), ("2.92", "2", "11"), (), SOON),
        (("工作年限", "工作年限(年)", "工作年限(月)"), ("", "2", "11"), (), SOON),
        (("工作年限(月)", "工作年限", "工作年限(年)"), ("11", "", "2"), (), SOON),
    ],
)
def test_years_and_months_columns_however_named_or_ordered(
    tmp_path: Path,
    header: tuple[str, ...],
    cells: tuple[str, ...],
    options: tuple[str, ...],
    said: str,
) -> None:
    """高中, 2 years 11 months: eligible from 2026-12-27 (SOON); with the months column left
    out by --column, the years alone: from 2027-11-27."""
    src = tmp_path / "in.csv"
    src.write_text(csv_text(["编号", "学历", *header], [["a", "高中", *cells]]), encoding="utf-8")
    result = invoke([str(src), "-o", "-", *options])
    [row] = read_rows(result.stdout)
    assert ((N, N, N, N, ""), "") == (verdicts(row), row["warnings"]), stderr_of(result)
    assert said in row["summary"]


@pytest.mark.parametrize(
    ("months", "expected", "warning"),
    [
        # the months not known: the experience not known, as 不清楚 in one column says
        ("不清楚", (U, N, N, N, ""), ""),
        # 无 months: the whole years (2: eligible from 2027-11-27, not warned)
        ("无", (N, N, N, N, ""), ""),
        # a cell that cannot be read beside the years: a warning naming both, as typed
        ("约11", (U, N, N, N, ""), "工作年限(年) 与 工作年限(月) 合不成一个年限"),
        ("-3", (U, N, N, N, ""), "2 / -3"),
    ],
)
def test_a_months_cell_that_says_nothing_or_cannot_be_read(
    tmp_path: Path, months: str, expected: tuple[str, ...], warning: str
) -> None:
    """Beside 2 years: 不清楚 months read as 不清楚个月 (an error naming the years column)."""
    src = tmp_path / "in.csv"
    header = ["编号", "学历", "工作年限(年)", "工作年限(月)"]
    src.write_text(csv_text(header, [["a", "高中", "2", months]]), encoding="utf-8")
    [row] = read_rows(invoke([str(src), "-o", "-"]).stdout)
    assert expected == verdicts(row)
    assert "个月" not in row["warnings"] + row["error"]
    assert warning in row["warnings"]
    assert bool(warning) == bool(row["warnings"])


def test_years_after_a_certificate_in_years_and_months_columns(tmp_path: Path) -> None:
    """取证后年限 as whole years and months: 大专 related, 5 years, 四级 held; 3-2 asks 2 years
    after it: 1 year 11 months falls a month short, 2 years 0 months meets it."""
    header = [
        "编号",
        "学历",
        "是否相关专业",
        "工作年限",
        "证书",
        "取证后年限(年)",
        "取证后年限(月)",
    ]
    rows = [["a", "大专", "是", "5", "四级", "1", "11"], ["b", "大专", "是", "5", "四级", "2", "0"]]
    src = tmp_path / "in.csv"
    src.write_text(csv_text(header, rows), encoding="utf-8")
    result = invoke([str(src), "-o", "-"])
    assert 0 == result.exit_code, stderr_of(result)
    assert {"a": (H, N, N, N, ""), "b": (H, E, N, N, "3")} == by_id(read_rows(result.stdout))


@pytest.mark.parametrize(
    ("header", "cell", "warning", "expected"),
    [
        # a certificate's date with no certificate column: some certificate is held, its level
        # not known (三级 and up undetermined: a 三级 or 二级 certificate would decide them);
        # 大专, 5 years → 四级 by 4-1
        ("发证日期", "2024-01-10", "发证日期 已填写,但表中没有证书列", (E, U, U, U, "4")),
        ("取证后年限", "3", "取证后年限 已填写,但表中没有证书列", (E, U, U, U, "4")),
        # nothing in it: no certificate, as with no such column at all
        ("发证日期", "", "", (E, N, N, N, "4")),
    ],
)
def test_a_date_column_without_its_certificate_column_leaves_the_certificates_unknown(
    tmp_path: Path, header: str, cell: str, warning: str, expected: tuple[str, ...]
) -> None:
    """A sheet with 发证日期 (or 取证后年限) and no certificate column: a row that fills it in
    holds some certificate, so its certificates are unknown, with a warning (it was an error
    row, "a date and no certificate", on every such row)."""
    src = tmp_path / "in.csv"
    src.write_text(csv_text(["编号", "学历", "工作年限", header], [["a", "大专", "5", cell]]))
    result = invoke([str(src), "-o", "-"])
    [row] = read_rows(result.stdout)
    assert ("", expected) == (row["error"], verdicts(row))
    assert warning in row["warnings"]
    assert bool(warning) == bool(row["warnings"])
    assert (1 if warning else 0) == result.exit_code


def test_a_date_to_come_without_its_certificate_column_is_an_error_row(tmp_path: Path) -> None:
    """发证日期 2030-01-01 on 2026-11-27 is a date after the evaluation date: an error row
    naming the column, as beside a certificate column (it was only a warning)."""
    src = tmp_path / "in.csv"
    src.write_text(
        csv_text(["编号", "学历", "工作年限", "发证日期"], [["a", "大专", "5", "2030-01-01"]])
    )
    result = invoke([str(src), "-o", "-"])
    [row] = read_rows(result.stdout)
    assert "发证日期 列:证书的日期 2030-01-01 晚于评估日期 2026-11-27。" == row["error"]
    assert 1 == result.exit_code


def test_more_years_since_a_certificate_than_in_all_is_an_error_row_without_its_column(
    tmp_path: Path,
) -> None:
    """取证后年限 6 beside 工作年限 5 contradict each other, with or without a certificate
    column: an error row naming 取证后年限 (without one it was only a warning)."""
    src = tmp_path / "in.csv"
    src.write_text(csv_text(["编号", "学历", "工作年限", "取证后年限"], [["a", "大专", "5", "6"]]))
    [row] = read_rows(invoke([str(src), "-o", "-"]).stdout)
    assert row["error"].startswith("取证后年限 列:取得证书后的从业年限 6 年超过了累计从业年限 5 年")


def test_years_and_months_columns_that_cannot_be_one_number_leave_it_unknown(
    tmp_path: Path,
) -> None:
    """工作年限 3 (years) beside 工作年限(月) 60: neither 3 years plus months (60 is more than
    a year's months) nor the same years twice (36 months): the experience is unknown with a
    warning naming both columns (it was: 60 not read, "read by another column", and 3 years
    taken), and both columns are named as read."""
    src = tmp_path / "in.csv"
    src.write_text("编号,学历,工作年限,工作年限(月)\na,大专,3,60\n", encoding="utf-8")
    result = invoke([str(src), "-o", "-"])
    assert "未读取" not in stderr_of(result).split("筛查汇总")[0]
    [row] = read_rows(result.stdout)
    assert (U, N, N, N, "") == verdicts(row)
    assert "工作年限 与 工作年限(月) 合不成一个年限" in row["warnings"]
    assert "3 / 60" in row["warnings"]


def test_an_output_through_a_symbolic_link_writes_the_file_it_names(tmp_path: Path) -> None:
    """-o LINK, where LINK names results/out.csv: the results are written to that file and the
    link stays (the link was replaced by a file of its own, and the file it named kept the
    old results)."""
    src = tmp_path / "in.csv"
    src.write_text(standard_csv(), encoding="utf-8")
    (tmp_path / "results").mkdir()
    real = tmp_path / "results" / "out.csv"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "out.csv"
    link.symlink_to(real)
    result = invoke([str(src), "-o", str(link)])
    assert 0 == result.exit_code, stderr_of(result)
    assert link.is_symlink()
    assert EXPECTED == by_id(read_rows(real))
    assert {"out.csv"} == {p.name for p in real.parent.iterdir()}  # no temporary file left


@pytest.mark.parametrize("target", ["missing-dir/out.csv", "."])
def test_unwritable_output_exit_74(tmp_path: Path, target: str) -> None:
    """An output in a missing directory, or a directory itself: exit 74 and a message, no traceback."""
    src = tmp_path / "in.csv"
    src.write_text(standard_csv(), encoding="utf-8")
    result = invoke([str(src), "-o", str(tmp_path / target), "--format", "csv"])
    assert 74 == result.exit_code
    assert isinstance(result.exception, SystemExit)
    assert "mediaops: " in stderr_of(result)
    assert {"in.csv"} == {p.name for p in tmp_path.iterdir()}


def test_kept_columns_named_like_results_are_told_apart(tmp_path: Path) -> None:
    """An input column named 说明, 错误 or 四级 (or twice 备注) is kept as 说明 (2) …, so that
    reading the output by column name gives the results; the id column too (编号 (2)): the
    result's id may not be its cell (a blank one gives way to the name)."""
    content = "编号,学历,工作年限,说明,错误,四级,备注,备注\n1,高中,3,老学员,无,有,a,b\n"
    result, dest = run_file(tmp_path, content)
    assert 0 == result.exit_code
    header, *_ = read_cells(dest)
    kept = header[len(ZH_COLUMNS) :]
    assert [
        "编号 (2)",
        "学历",
        "工作年限",
        "说明 (2)",
        "错误 (2)",
        "四级 (2)",
        "备注",
        "备注 (2)",
    ] == kept
    row = next(csv.DictReader(io.StringIO(dest.read_text(encoding="utf-8-sig"))))
    # 高中, 3 years: 4-1 met → 四级 eligible; the input's 四级 (有) and 错误 (无) stay apart
    assert ("可以报考", "", "有", "无") == (
        row["四级"],
        row["错误"],
        row["四级 (2)"],
        row["错误 (2)"],
    )


def test_a_summary_says_keep_working_only_where_work_brings_the_date(tmp_path: Path) -> None:
    """The summary of a 技师学院 technician-class student with a 三级 of 2025-06-01 and no
    work (template-2023, 2026-11-27): T2-5 is met on 2027-06-01, 24 months after the 三级,
    by the days alone; T2-1 on 2031-11-27, after 5 years of work from today. Only the
    second says "if you keep working"."""
    content = (
        "姓名,学历列表,班级类型,证书,工作年限\n甲,技师学院:相关:在读,技师班,三级:2025-06-01,0\n"
    )
    result, dest = run_file(tmp_path, content, args=("--edition", "template-2023"))
    assert 0 == result.exit_code, stderr_of(result)
    (row,) = read_rows(dest)
    assert (H, H, N, N, "") == verdicts(row)
    assert (
        "仅靠时间:2027-06-01 起可报考二级(T2-5,如届时其他条件仍满足)"
        ";仅靠时间:2031-11-27 起可报考二级(T2-1,如持续从业)"
    ) in row["summary"]


@pytest.mark.parametrize("out", ["out.csv", "out.jsonl"])
def test_studying_read_as_final_year_is_said_where_a_verdict_rests_on_it(
    tmp_path: Path, out: str
) -> None:
    """在读 in the 应届 column says the diploma is studied for, not that this is the final
    year; it is read as a final-year student (the clause counts those), and said where an
    eligible level rests on it. 2026-11-27, a 技工学校 in a related major: 甲 (在读, 0
    years) 四级 by 4-3 alone, which counts it only as a final-year student's: said; 乙
    (应届): the cell says final year, nothing said; 丙 (在读, 3 years): 4-1 qualifies
    too, so 四级 does not rest on it; 丁 (大专 在读, 0 years): no level eligible."""
    content = (
        "姓名,学历,专业相关性,应届,工作年限\n"
        "甲,技工学校,相关,在读,0\n"
        "乙,技工学校,相关,应届,0\n"
        "丙,技工学校,相关,在读,3\n"
        "丁,大专,相关,在校,0\n"
    )
    result, dest = run_file(tmp_path, content, out=out)
    assert 1 == result.exit_code, stderr_of(result)
    said = "应届 一栏的 “在读” 按在校应届毕业生(最后一学年)计,四级的结论依此而定"
    if out.endswith(".jsonl"):
        rows = read_jsonl(dest)
        statuses = [r["levels"][0]["status"] for r in rows]
        warned = [any(said in w for w in r.get("warnings", [])) for r in rows]
    else:
        rows_ = read_rows(dest)
        statuses = [r["level_4"] for r in rows_]
        warned = [said in r["warnings"] for r in rows_]
    eligible = "eligible" if out.endswith(".jsonl") else E
    not_eligible = "not_eligible" if out.endswith(".jsonl") else N
    assert [eligible, eligible, eligible, not_eligible] == statuses
    assert [True, False, False, False] == warned


# 2026-11-27. a: 大专 related, 3 years, 四级 of 2023-06-01: 三级 by 3-2, its 2 years counted
# after the 四级 (41 months since it, capped by the 36 worked): rests on
# years-after-certificate; 二级 and 一级 not eligible on 2-1 / 1-1, whose 4 years are
# assumed (four-years). b: 高中, 5 years: 四级 by 4-1 (no assumption); 三级 not eligible on
# 3-1 (none); 二级, 一级 on four-years. So four-years: 2 people, years-after-certificate: 1.
#: On 2026-11-27: a is eligible for 三级 by 3-2, counting its 2 years after the 四级 (an
#: assumption); b holds no certificate, so no level above 四级 rests on an assumption
#: (2-1's "一定年限" of 4 years is not what keeps b from 二级); c's 三级 of 2024-01-01 is
#: 2.9 years old: 二级 is not eligible on the 4 years taken for "一定年限".
BASIS_LIST = (
    "编号,学历,专业相关性,工作年限,证书\n"
    "a,大专,相关,3,四级:2023-06-01\nb,高中,,5,\nc,大专,相关,10,三级:2024-01-01\n"
)
ASSUMED_4_YEARS = "“一定年限”取 4 年:摘要未给出具体年限,按国家职业技能标准模板"
ASSUMED_AFTER = "“从业满 2 年”按取得四级证书之后计算:摘要未写“取证后”,按国家职业技能标准模板"


def test_the_summary_sheet_says_what_the_verdicts_rest_on(tmp_path: Path) -> None:
    """The workbook is read later by someone who did not run it: its summary sheet gives the
    evaluation date, the rules, and each of the rules' assumptions the verdicts rest on
    with how many people's do (as check states them), and none that no verdict used: an
    assumption in a pathway that a certificate not held keeps shut is not one (the 4 years
    of 2-1 were counted for every row, b's too)."""
    result, dest = run_file(tmp_path, BASIS_LIST, out="out.xlsx")
    assert 0 == result.exit_code, stderr_of(result)
    book = openpyxl.load_workbook(dest)
    rows = [r[:2] for r in book["汇总"].iter_rows(values_only=True)]
    assert ("评估日期", "2026-11-27") == rows[1]
    assert ("规则", "报考条件摘要版") == rows[2]
    at = rows.index(("结论所依据的假设(人数)", None))
    assert {ASSUMED_AFTER: 1, ASSUMED_4_YEARS: 1} == dict(rows[at + 1 :])
    # the chart still counts the rows by highest level: 四级 to 一级, none, undetermined
    chart = book["汇总"]._charts[0]
    assert "'汇总'!$B$6:$B$11" == chart.series[0].val.numRef.f
    assert ("最高可报考四级", 1) == rows[5]


def test_the_summary_sheet_counts_the_rows_not_screened(tmp_path: Path) -> None:
    """The workbook's 汇总 sheet counted only the applicants: the totals row, the footer line
    and a form's unused numbered line, written through with the results, were said on
    stderr alone. The sheet gives their number after the rows read, and the chart still
    counts the rows by highest level (four level rows, none, undetermined)."""
    content = "序号,学历,工作年限\n1,大专,3\n2,高中,1\n合计,,4\n3,,\n填表人:张三,,\n"
    _, dest = run_file(tmp_path, content, out="out.xlsx")
    book = openpyxl.load_workbook(dest)
    rows = [r[:2] for r in book["汇总"].iter_rows(values_only=True)]
    at = rows.index(("读取行数", 2))
    assert ("未筛查的行(合计、表尾、预先编号的空行)", 3) == rows[at + 1]
    chart = book["汇总"]._charts[0]
    assert f"'汇总'!$B${at + 4}:$B${at + 9}" == chart.series[0].val.numRef.f
    assert ("最高可报考四级", 1) == rows[at + 3]


@pytest.mark.parametrize(
    ("lang", "date_line", "assumed"),
    [
        ("zh", "评估日期 2026-11-27", "一定年限”取 4 年"),
        ("en", "evaluation date 2026-11-27", "“A certain number of years” is taken as 4"),
    ],
)
def test_the_run_summary_says_what_the_verdicts_rest_on(
    tmp_path: Path, lang: str, date_line: str, assumed: str
) -> None:
    """The closing summary on stderr says the same: the date, and the assumptions relied on."""
    result, _ = run_file(tmp_path, BASIS_LIST, lang=lang)
    said = " ".join(stderr_of(result).split())
    assert date_line in said
    assert assumed in said
    # no verdict rests on the final-year students' reading
    assert "final-year" not in said
    assert "应届" not in said


def test_a_column_of_evaluation_dates_is_said_in_the_summary(tmp_path: Path) -> None:
    """With a 评估日期 column, the date given is for the rows that give none."""
    content = "编号,学历,工作年限,评估日期\na,高中,5,2026-01-01\nb,高中,5,\n"
    result, dest = run_file(tmp_path, content, out="out.xlsx")
    assert 0 == result.exit_code, stderr_of(result)
    rows = [r[:2] for r in openpyxl.load_workbook(dest)["汇总"].iter_rows(values_only=True)]
    assert ("评估日期(未给出的行)", "2026-11-27") == rows[1]


def test_a_date_that_does_not_read_keeps_the_year_of_another_certificate(
    tmp_path: Path,
) -> None:
    """``四级 2019-2020 三级 2021``: the 四级's date cannot be read, and the 三级's year was
    dropped with it (both said not to read, 三级 taken as held on a day not known, 二级
    undetermined). The 三级's year is kept, as ``四级 2019 三级 2021`` keeps it. By hand,
    2026-11-27, 大专 in a related major, 6 years: 四级 and 三级 held; 2-1 asks for 4 years
    of work after the 三级, which on 2021-01-01 or on 2021-12-31 is 4.9 years or more
    (within the 6 worked): 二级 eligible whatever the day; 一级 asks for a 二级."""
    content = "编号,学历,专业,工作年限,证书\na,大专,相关,6,四级 2019-2020 三级 2021\n"
    result, dest = run_file(tmp_path, content)
    assert 1 == result.exit_code, stderr_of(result)  # warnings: to look at
    (row,) = read_rows(dest)
    assert (H, H, E, N, "2") == verdicts(row)
    assert "中的日期 “2019-2020” 无法识别" in row["warnings"]
    assert "“2021” 无法识别" not in row["warnings"]
    assert "只写到年(“2021”)" in row["warnings"]


@pytest.mark.parametrize(
    ("cell", "date_said"),
    [("四级 2019年夏", "“2019年夏”"), ("四级（约2019年）", "“约2019年”")],
)
def test_a_certificate_whose_date_does_not_read_is_held(
    tmp_path: Path, cell: str, date_said: str
) -> None:
    """A certificate cell whose level reads but whose date does not left every certificate
    unknown: 四级 came out 'eligible' (4-1) although the cell says it is held. Now the
    certificate is held, its date not known, and the warning says so. 2026-11-27, 本科
    (major not given), 8 years: 四级 held; 三级 by 3-2 waits on the major and on the
    years since the 四级 (its date unknown, 8 years in all may hold 2 after it):
    undetermined; 二级 asks for a 三级: not eligible."""
    content = f"编号,学历,工作年限,证书\na,本科,8,{cell}\n"
    result, dest = run_file(tmp_path, content)
    assert 1 == result.exit_code, stderr_of(result)  # a warning: to look at
    (row,) = read_rows(dest)
    assert (H, U, N, N, "") == verdicts(row)
    assert f"中的日期 {date_said} 无法识别:证书按已持有、取证日期未知计" in row["warnings"]
    result, dest = run_file(tmp_path, content, args=("--strict",))
    (row,) = read_rows(dest)
    assert row["error"]


#: How a bound is said to be screened: from below only, or a range with its high end.
def _at_least(years: str) -> str:
    return f"只给出下限,按至少 {years} 年筛查"


def _between(years: str, most: str) -> str:
    return f"只给出范围,按 {years} 至 {most} 年筛查"


def _under(years: str, most: str) -> str:  # "and some": fewer than the most
    return f"只给出范围,按 {years} 年以上、不到 {most} 年筛查"


@pytest.mark.parametrize(
    ("cell", "header", "level_4", "warned"),
    [
        # SPEC 4-1: ≥ 3 years, inclusive; at least 3 meets it, whatever the exact years
        ("满3年", "工作年限", "eligible", _at_least("3")),
        ("刚满三年", "工作年限", "eligible", _at_least("3")),  # as said aloud: 满三年
        ("3年以上", "工作年限", "eligible", _at_least("3")),
        ("3年(含)以上", "工作年限", "eligible", _at_least("3")),
        ("三年多", "工作年限", "eligible", _under("3", "4")),  # three-odd: fewer than 4
        ("5-8年", "工作年限", "eligible", _between("5", "8")),
        ("36以上", "工作年限(月)", "eligible", _at_least("3")),  # months under a header in months
        (">=36", "工作年限(月)", "eligible", _at_least("3")),
        ("36 to 48", "工作年限(月)", "eligible", _between("3", "4")),
        (">= 3年", "工作年限(月)", "eligible", _at_least("3")),  # its own unit: years
        ("十几年", "工作年限", "eligible", _under("10", "20")),
        ("3年半多", "工作年限", "eligible", _under("3.5", "4")),
        ("三点五年以上", "工作年限", "eligible", _at_least("3.5")),  # 点 as the point
        ("3 to 5 years", "工作年限", "eligible", _between("3", "5")),
        ("3年-5年", "工作年限", "eligible", _between("3", "5")),
        ("不少于3年", "工作年限", "eligible", _at_least("3")),  # no fewer than 3
        ("不低于3年", "工作年限", "eligible", _at_least("3")),
        ("10几年", "工作年限", "eligible", _under("10", "20")),  # ten-odd, as 十几年
        ("20几年", "工作年限", "eligible", _under("20", "30")),
        # 3 years and some months: 1 to 11, so at most 3 years 11 months (3.92)
        ("3年几个月", "工作年限", "eligible", _between("3", "3.92")),
        ("3年多几个月", "工作年限", "eligible", _between("3", "3.92")),
        ("3 yrs+", "工作年限", "eligible", _at_least("3")),
        ("3年半-5年", "工作年限", "eligible", _between("3.5", "5")),
        # at least 2.5, at most 3: 4-1's 3 years lie within, not settled
        ("两年半到三年", "工作年限", "undetermined", _between("2.5", "3")),
        # at least 2, fewer than 3 (two-odd): 4-1's 3 years are not met whatever they are
        # (it was undetermined while 2年多 was read as at most 3, 3 included)
        ("2年多", "工作年限", "not_eligible", _under("2", "3")),
        # at least 35 months, no high end: 4-1 may or may not be met
        ("35个月以上", "工作年限", "undetermined", _at_least("2.92")),
        (">=35", "工作年限(月)", "undetermined", _at_least("2.92")),
        # ten-odd months: 10 to 20 months (0.83 to 1.67 years), short of 4-1's 3 years
        # whatever they are, and no training for 4-2: not eligible (it was undetermined
        # while the high end was not read)
        ("10几", "工作年限(月)", "not_eligible", _under("0.83", "1.67")),
        ("十几", "工作年限(月)", "not_eligible", _under("0.83", "1.67")),
        # both ends said (an HR form's bracket): at least 1 and at most 2, or fewer than 3,
        # short of 4-1's 3 years; at least 3 and fewer than 5 meet it (they were not read)
        ("1年以上2年以下", "工作年限", "not_eligible", _between("1", "2")),
        ("1年以上、不到3年", "工作年限", "not_eligible", _under("1", "3")),
        ("大于1年小于3年", "工作年限", "not_eligible", _under("1", "3")),
        ("3年以上不满5年", "工作年限", "eligible", _under("3", "5")),
        ("12以上24以下", "工作年限(月)", "not_eligible", _between("1", "2")),
    ],
)
def test_experience_given_as_a_bound_settles_what_it_reaches(
    tmp_path: Path, cell: str, header: str, level_4: str, warned: str
) -> None:
    """A clerk's 3年以上, 满3年, 三年多 (a cell that cannot be asked again) was not read: the
    experience unknown, 四级 undetermined for a 高中 applicant who meets 4-1 (≥ 3 years)
    whatever the exact years. It is read as a bound: a condition asking for no more years
    than its low end is met, one asking for more than its high end (if it has one) is not,
    any other stays unknown; the warning says how it was read."""
    result, dest = run_file(tmp_path, f"姓名,学历,{header}\n张三,高中,{cell}\n")
    (row,) = read_rows(dest)
    assert result.exit_code == 1  # the exact years are not given: a warning, as before
    assert (row["level_4"], row["level_3"]) == (
        {"eligible": "可以报考", "undetermined": "无法判断", "not_eligible": "暂不可报考"}[level_4],
        "暂不可报考",  # 3-1, 3-2 need a certificate: none held
    )
    assert f"“{cell}” {warned}" in row["warnings"]
    if level_4 == "undetermined":
        assert "请提供累计从事本职业或相关职业的工作年限" in row["summary"]


@pytest.mark.parametrize(
    ("cell", "level_4"),
    [
        ("二十", "暂不可报考"),  # 20 months: 4-1's 3 years not met, nor 4-2 (no training)
        # 20 to 30 months (not years): short of 4-1's 3 years whatever they are
        ("二十多", "暂不可报考"),
        ("二十到三十", "暂不可报考"),
        ("三十六", "可以报考"),
        ("120", "可以报考"),  # 10 years: it was refused as more than 80 (years)
    ],
)
def test_a_number_in_chinese_under_a_header_in_months_is_months(
    tmp_path: Path, cell: str, level_4: str
) -> None:
    """Under 工作年限(月) a number written in Chinese (二十, 二十多) is months as 20 is: it was
    read as years, 四级 eligible by 4-1 for 20 months of work."""
    _, dest = run_file(tmp_path, f"姓名,学历,工作年限(月)\n张三,高中,{cell}\n")
    (row,) = read_rows(dest)
    assert row["level_4"] == level_4
    if "多" in cell:  # twenty-odd months: fewer than 30
        assert "按 1.67 年以上、不到 2.5 年筛查" in row["warnings"]
    if "到" in cell:
        assert "按 1.67 至 2.5 年筛查" in row["warnings"]


@pytest.mark.parametrize(
    ("header", "first", "second", "level_4"),
    [
        # SPEC 4-1: ≥ 3 years. Exact years no fewer than the bound: both columns hold, the
        # exact years screen the row
        ("工作年限,从业年限(年)", "3年以上", "4", "可以报考"),
        ("工作年限,从业年限(年)", "4", "3年以上", "可以报考"),
        ("工作年限,从业年限(年)", "3年以上", "3", "可以报考"),  # at least 3, and 3
        # 多 after a number says "and some" of the next unit (2年多: fewer than 3; 十几年:
        # fewer than 20), as everyday Chinese means it: exact years past it disagree
        ("工作年限,从业年限(年)", "三年多", "3.5", "可以报考"),
        ("工作年限,从业年限(年)", "2年多", "5", "无法判断"),
        # fewer than 3, so 3 itself disagrees (it was read: 四级 eligible by 4-1's 3 years)
        ("工作年限,从业年限(年)", "2年多", "3", "无法判断"),
        ("工作年限,从业年限(年)", "不到3年", "3", "无法判断"),
        ("工作年限,从业年限(年)", "三年多", "5", "无法判断"),
        ("工作年限,从业年限(年)", "十几年", "12", "可以报考"),
        ("工作年限,从业年限(年)", "十几年", "25", "无法判断"),
        ("工作年限(月),从业年限(月)", "30多", "38", "可以报考"),  # 30 to 40 months
        ("工作年限(月),从业年限(月)", "30多", "48", "无法判断"),
        ("工作年限(月),从业年限(月)", "36以上", "48", "可以报考"),  # months, both
        # exact years below the bound: the columns disagree, the experience unknown
        ("工作年限,从业年限(年)", "3年以上", "2", "无法判断"),
        ("工作年限,从业年限(年)", "2", "3年以上", "无法判断"),
        ("工作年限(月),从业年限(月)", "36以上", "30", "无法判断"),
        # a range says its high end too: exact years within it are read, above it disagree
        ("工作年限,从业年限(年)", "3-5年", "4", "可以报考"),
        ("工作年限,从业年限(年)", "3-5年", "8", "无法判断"),
        ("工作年限,从业年限(年)", "3-4年多", "4.5", "可以报考"),  # no high end: 4-odd
        ("工作年限,从业年限(年)", "3 to 5 years", "12", "无法判断"),
        ("工作年限(月),从业年限(月)", "30-40", "48", "无法判断"),
    ],
)
def test_exact_years_beside_a_lower_bound_they_meet_screen_the_row(
    tmp_path: Path, header: str, first: str, second: str, level_4: str
) -> None:
    """工作年限 3年以上 beside 从业年限(年) 4 was read as two columns that disagree, the
    experience unknown (四级 undetermined for a 高中 applicant with 4 years). 4 years are at
    least 3: the exact years are read, with no warning (nor an error row with --strict);
    2 years beside 3年以上 still disagree, with the warning naming both cells."""
    content = f"姓名,学历,{header}\n张三,高中,{first},{second}\n"
    for args in ((), ("--strict",)):
        _, dest = run_file(tmp_path, content, args=args)
        (row,) = read_rows(dest)
        if level_4 == "可以报考":
            assert (row["level_4"], row["warnings"], row["error"]) == (level_4, "", "")
        elif args:
            assert row["error"] == f"{header.split(',')[0]} 有多列,值不一致:{first} / {second}"
        else:
            assert row["level_4"] == level_4
            assert f"{header.split(',')[0]} 有多列,值不一致:{first} / {second}" == row["warnings"]


@pytest.mark.parametrize(
    ("years", "months", "level_4", "warned"),
    [
        # a bound in the months column alone is months: 20 to 30 months (20-odd), not 20
        # years; short of 4-1's 3 years whatever they are (and no training for 4-2)
        ("", "20多", "暂不可报考", "只给出范围,按 1.67 年以上、不到 2.5 年筛查"),
        ("", "36以上", "可以报考", "只给出下限,按至少 3 年筛查"),
        # a bound from above there is months too: at most 24 (18) months, short of 4-1's
        # 3 years (they were read as at most 24 years, 四级 undetermined)
        ("", "24以内", "暂不可报考", "“24以内” 只给出上限,按至多 2 年筛查"),
        ("0", "18及以下", "暂不可报考", "“18及以下” 只给出上限,按至多 1.5 年筛查"),
        ("", "24未满", "暂不可报考", "“24未满” 只给出上限,按不到 2 年筛查"),
        # more than 12 months beside a bound (no remainder of a year): the same years
        # twice, the exact ones read where they are no fewer
        ("3年以上", "48", "可以报考", ""),
        ("4", "36以上", "可以报考", ""),
        ("3年以上", "0", "可以报考", "只给出下限,按至少 3 年筛查"),  # no months over
        # exact years below the bound, or months that may be a remainder (3年以上 and 6
        # months: at least 3.5?), or two bounds: not one number
        ("3年以上", "30", "无法判断", "合不成一个年限"),
        ("2", "36以上", "无法判断", "合不成一个年限"),
        ("3年以上", "6", "无法判断", "合不成一个年限"),
        ("3年以上", "48以上", "无法判断", "合不成一个年限"),
        # two bounds of the same years are that bound, written twice
        ("3年以上", "36以上", "可以报考", "只给出下限,按至少 3 年筛查"),
        # exact years beside a range: within it read, above its high end not one number
        ("3-5年", "48", "可以报考", ""),
        ("3-5年", "96", "无法判断", "合不成一个年限"),
        # 2年多 is fewer than 3 years: 36 months are not among them, 30 are
        ("2年多", "36", "无法判断", "合不成一个年限"),
        ("2年多", "30", "暂不可报考", ""),
        ("4", "30-40", "无法判断", "合不成一个年限"),
    ],
)
def test_a_lower_bound_in_a_years_or_a_months_column(
    tmp_path: Path, years: str, months: str, level_4: str, warned: str
) -> None:
    """工作年限 and 工作年限(月), whole years and months: 20多 in the months column alone was
    read as at least 20 years (四级 eligible for some 20 months of work); 3年以上 beside 48
    months did not make one number. A bound in the months column is months, and exact
    years beside a bound they meet are read, as in two columns of one unit."""
    content = f"姓名,学历,工作年限,工作年限(月)\n张三,高中,{years},{months}\n"
    _, dest = run_file(tmp_path, content)
    (row,) = read_rows(dest)
    assert row["level_4"] == level_4
    if warned:
        assert warned in row["warnings"]
    else:
        assert row["warnings"] == ""


@pytest.mark.parametrize(
    ("years", "months", "level_4", "warned"),
    [
        # 2 years and fewer than 12 months more: at least 2, fewer than 3, short of 4-1's 3
        ("2", "不到12", "暂不可报考", "“2 / 不到12” 只给出范围,按 2 年以上、不到 3 年筛查"),
        ("2", "不到12个月", "暂不可报考", "只给出范围,按 2 年以上、不到 3 年筛查"),
        # at most 12 months more: 3 years may be reached, or not
        ("2", "12个月以内", "无法判断", "“2 / 12个月以内” 只给出范围,按 2 至 3 年筛查"),
        # 6 months or more over 2 (or 3) years: at least 2.5 (3.5), no end said
        ("2", "6个月以上", "无法判断", "“2 / 6个月以上” 只给出下限,按至少 2.5 年筛查"),
        ("3", "6个月以上", "可以报考", "只给出下限,按至少 3.5 年筛查"),
        # 3 to 6 months over 2 years: 2.25 to 2.5
        ("2", "3-6", "暂不可报考", "只给出范围,按 2.25 至 2.5 年筛查"),
        # months that may be more than a year's, or years no whole number: not one number
        ("2", "不到24", "无法判断", "合不成一个年限"),
        ("2.5", "不到6", "无法判断", "合不成一个年限"),
    ],
)
def test_whole_years_beside_a_bound_of_the_months_are_one_bound(
    tmp_path: Path, years: str, months: str, level_4: str, warned: str
) -> None:
    """工作年限 2 beside 工作年限(月) 不到12 ("2 年又不到 12 个月", as a form's "__ 年 __ 个月"
    is filled in) was said not to make one number, the experience unknown. The months' bound
    is what is left over the years: one bound of both (2 and 不到12: at least 2 years and
    fewer than 3), screened and said as a bound is, naming both columns and both cells; with
    --strict an error row, as any bound. Verdicts by hand: 高中, no training, so 四级 rests on
    4-1's 3 years alone."""
    content = f"姓名,学历,工作年限,工作年限(月)\n张三,高中,{years},{months}\n"
    _, dest = run_file(tmp_path, content)
    (row,) = read_rows(dest)
    assert row["level_4"] == level_4
    assert warned in row["warnings"]
    if "合不成" not in warned:
        assert row["warnings"].startswith("工作年限 与 工作年限(月) 列的")
        _, dest = run_file(tmp_path, content, args=("--strict",))
        (row,) = read_rows(dest)
        assert warned in row["error"]


def test_years_after_a_certificate_beside_a_bound_of_its_months_are_one_bound(
    tmp_path: Path,
) -> None:
    """取证后年限(年) 2 beside 取证后年限(月) 6个月以上: at least 2.5 years after the 四级
    certificate, which meets 3-2's 2 years (大专, related): 三级 eligible, by hand. It was
    said not to make one number, and 三级 left undetermined."""
    content = (
        "姓名,学历,专业相关性,工作年限,证书,取证后年限(年),取证后年限(月)\n"
        "张三,大专,相关,6,四级:2020-01-01,2,6个月以上\n"
    )
    _, dest = run_file(tmp_path, content)
    (row,) = read_rows(dest)
    assert row["level_3"] == "可以报考"
    assert row["warnings"].startswith(
        "取证后年限(年) 与 取证后年限(月) 列的 “2 / 6个月以上” 只给出下限,按至少 2.5 年筛查"
    )


@pytest.mark.parametrize(
    ("first", "second", "level_4", "warned"),
    [
        ("3年以上", "满3年", "可以报考", "工作年限 列的 “3年以上” 只给出下限,按至少 3 年筛查"),
        ("三年以上", "36个月以上", "可以报考", "工作年限 列的 “三年以上” 只给出下限"),
        ("3-5年", "3年到5年", "可以报考", "工作年限 列的 “3-5年” 只给出范围,按 3 至 5 年筛查"),
        # a range beside an open bound from the same years: both hold of the range
        ("3-5年", "3年以上", "可以报考", "工作年限 列的 “3-5年” 只给出范围"),
        ("3年以上", "3-5年", "可以报考", "从业年限(年) 列的 “3-5年” 只给出范围"),
        # at most 3 and fewer than 3: both hold of fewer than 3, which leaves 4-1's 3 years
        # unmet, in either order (the first was read: 3年以下, 四级 undetermined)
        ("3年以下", "不到3年", "暂不可报考", "从业年限(年) 列的 “不到3年” 只给出上限,按不到 3 年"),
        ("不到3年", "3年以下", "暂不可报考", "工作年限 列的 “不到3年” 只给出上限,按不到 3 年"),
        # the only column filled, not the first: that column named (it said 工作年限)
        ("", "不到2年", "暂不可报考", "从业年限(年) 列的 “不到2年” 只给出上限"),
        ("", "3年以上", "可以报考", "从业年限(年) 列的 “3年以上” 只给出下限"),
        # different bounds, or two ranges with different high ends: they disagree
        ("3年以上", "5年以上", "无法判断", "工作年限 有多列,值不一致:3年以上 / 5年以上"),
        ("3-5年", "3-8年", "无法判断", "工作年限 有多列,值不一致:3-5年 / 3-8年"),
    ],
)
def test_one_lower_bound_written_two_ways_in_two_columns(
    tmp_path: Path, first: str, second: str, level_4: str, warned: str
) -> None:
    """工作年限 3年以上 beside 从业年限(年) 满3年 was said to disagree, the experience
    unknown, though both say at least 3 years (and 4 beside 3年以上 agreed). The same bound
    twice is that bound, and so is a range beside an open bound with its fewest years
    (3-5年 and 3年以上: the range); two different ones still disagree."""
    content = f"姓名,学历,工作年限,从业年限(年)\n张三,高中,{first},{second}\n"
    _, dest = run_file(tmp_path, content)
    (row,) = read_rows(dest)
    assert row["level_4"] == level_4
    assert row["warnings"].startswith(warned)


@pytest.mark.parametrize(
    ("years", "months", "warning"),
    [
        ("", "20多", "工作年限(月) 列的 “20多” 只给出范围,按 1.67 年以上、不到 2.5 年筛查"),
        ("0", "36以上", "工作年限(月) 列的 “36以上” 只给出下限,按至少 3 年筛查"),
        ("无", "3年以上", "工作年限(月) 列的 “3年以上” 只给出下限,按至少 3 年筛查"),
        ("3年以上", "0", "工作年限 列的 “3年以上” 只给出下限,按至少 3 年筛查"),
        # a cell not read at all, in the months column alone: that column is named too
        ("", "abc", "工作年限(月)的值 “abc” 不是有效的年数"),
        ("无", "2020年5月", "工作年限(月)的值 “2020年5月” 像是年份或日期"),
        ("", "约30", "工作年限(月)的值 “约30” 只是大概的年数"),
    ],
)
def test_a_lower_bound_in_the_months_column_alone_is_said_of_that_column(
    tmp_path: Path, years: str, months: str, warning: str
) -> None:
    """20多 in 工作年限(月), 工作年限 blank: the warning named 工作年限 and quoted “20多个月”,
    a cell the clerk finds in neither column. It names the months column and its cell, as
    it does for a cell that cannot be read there (abc: it named 工作年限)."""
    content = f"姓名,学历,工作年限,工作年限(月)\n张三,高中,{years},{months}\n"
    for args in ((), ("--strict",)):
        _, dest = run_file(tmp_path, content, args=args)
        (row,) = read_rows(dest)
        assert row["error" if args else "warnings"].startswith(warning)


def test_experience_as_a_lower_bound_above_the_work_history_is_an_error_row(
    tmp_path: Path,
) -> None:
    """3年以上 beside a work history of 11 months contradict each other, as 3 does: an error
    row naming both, not a row screened on the history with the bound dropped unsaid."""
    _, dest = run_file(
        tmp_path,
        "姓名,学历,工作年限,工作经历\n"
        "张三,高中,3年以上,2025-01-01..2025-12-01\n"
        "李四,高中,3年以上,2020-01-01..2025-12-01\n",
    )
    short, long = read_rows(dest)
    assert short["level_4"] == ""
    assert "累计从业年限至少 3 年,工作经历计算出的却只有 0.92 年" in short["error"]
    assert (long["level_4"], long["error"]) == ("可以报考", "")


def test_experience_as_a_lower_bound_beside_a_work_history_screens_on_the_history(
    tmp_path: Path,
) -> None:
    """Beside a work history the history gives the years: the bound's warning ("screened as
    at least 3 years, a condition asking for more is not known") was untrue there, and
    --strict made the row an error row though its years are known, as with 3 they are."""
    content = "姓名,学历,工作年限,工作经历\n张三,高中,3年以上,2020-01-01..2025-12-01\n"
    for args in ((), ("--strict",)):
        _, dest = run_file(tmp_path, content, args=args)
        (row,) = read_rows(dest)
        assert (row["level_4"], row["warnings"], row["error"]) == ("可以报考", "", "")
    _, dest = run_file(tmp_path, "姓名,学历,工作年限,工作经历\n张三,高中,3年以上,\n")
    (row,) = read_rows(dest)
    assert "只给出下限,按至少 3 年筛查" in row["warnings"]  # no history: the bound screens


def test_experience_as_a_lower_bound_counts_after_a_dated_certificate(tmp_path: Path) -> None:
    """3年以上 and a 四级 of 2020: with any exact years from 3 up, continuous work since the
    date gives at least 3 years after it, and 3-2 (2 years after it) admits the 大专 holder;
    with a bound it was undetermined, asking for the experience. A 三级 of 2018 is 2-1's 4
    years after it by 2027-11-27 at the latest, as with exactly 3 years, not by 2030."""
    _, dest = run_file(
        tmp_path,
        "姓名,学历,专业,工作年限,证书,取证日期\n"
        "张三,大专,相关,3年以上,四级,2020-01-01\n"
        "李四,大专,相关,3年以上,三级,2018-01-01\n"
        "王五,大专,相关,3,三级,2018-01-01\n",
        out="out.jsonl",
    )
    four, three, exact = (json.loads(line) for line in dest.read_text("utf-8").splitlines())
    assert four["levels"][1]["status"] == "eligible"
    texts = [a["text"] for a in four["assumptions"]]
    assert (
        "四级证书取证后年限按自取证日 2020-01-01 起持续从业推算,累计从业至少 3 年,故至少为 3 年"
        in texts
    )
    assert three["levels"][2]["status"] == "undetermined"
    assert three["levels"][2]["reachable_on"] == exact["levels"][2]["reachable_on"] == "2027-11-27"


def test_experience_as_a_lower_bound_dates_the_level_from_it(tmp_path: Path) -> None:
    """2年以上: at least 2 years, so 4-1's 3 years come within a year at the latest (by time
    alone, 2026-11-27 + 1 year), and 4-2 (≥ 1 year and a 四级 training) needs the training
    only. (2年多, fewer than 3, leaves 4-1 not met, a month on at the earliest.)"""
    _, dest = run_file(tmp_path, "姓名,学历,工作年限\n张三,高中,2年以上\n")
    (row,) = read_rows(dest)
    # at the latest: the experience, at least 2 years, may already be 3
    assert "仅靠时间:最迟 2027-11-27 起可报考四级(4-1" in row["summary"]
    assert "完成四级正规培训(取得结业证书)即可报考四级(4-2)" in row["summary"]


@pytest.mark.parametrize(
    "cell",
    [
        "约3年",
        "3年左右",
        "近3年",
        "将近3年",
        "几年",
        "几十年",
        "十几二十年",
        "about 3 years",
        "快三年了",  # as said aloud: almost three
        "差不多三年",
    ],
)
def test_experience_as_a_guess_is_still_not_read(tmp_path: Path, cell: str) -> None:
    """约3年 is a guess: it says neither the fewest years nor the most, so the cell is still
    not read (the experience unknown), with the warning that says why."""
    result, dest = run_file(tmp_path, f"姓名,学历,工作年限\n张三,高中,{cell}\n")
    assert result.exit_code == 1
    (row,) = read_rows(dest)
    assert row["level_4"] == "无法判断"
    assert "只给出" not in row["warnings"]
    assert f"“{cell}” 只是大概的年数" in row["warnings"]


@pytest.mark.parametrize(
    ("cell", "training", "level_4", "route", "screened"),
    [
        # SPEC 4-1: ≥ 3 years. At most 2 (2年以下, ≤2 …): short by at least a year, so 4-1
        # is not met, and opens by time alone a year on at the earliest
        ("2年以下", "", "暂不可报考", "仅靠时间:最早 2027-11-27 起可报考四级(4-1", "至多 2"),
        ("<=2", "", "暂不可报考", "仅靠时间:最早 2027-11-27 起可报考四级(4-1", "至多 2"),
        # a range from none, as an HR form's bracket (0-2年) is: it was not read
        ("0-2年", "", "暂不可报考", "仅靠时间:最早 2027-11-27 起可报考四级(4-1", "至多 2"),
        # fewer than 2 (不到2年 …): durations count in complete months (SPEC), so at most
        # 23, and 36 come 13 months on at the earliest
        ("不到2年", "", "暂不可报考", "仅靠时间:最早 2027-12-27 起可报考四级(4-1", "不到 2"),
        ("未满两年", "", "暂不可报考", "仅靠时间:最早 2027-12-27 起可报考四级(4-1", "不到 2"),
        ("less than 2 years", "", "暂不可报考", "最早 2027-12-27 起可报考四级(4-1", "不到 2"),
        # at most 3: 4-1's 3 years may be met or not; fewer than 3 (at most 35 months):
        # not met, a month on at the earliest (it was undetermined, 3 counted in)
        ("3年以下", "", "无法判断", "请提供累计从事本职业或相关职业的工作年限", "至多 3"),
        ("不到3年", "", "暂不可报考", "仅靠时间:最早 2026-12-27 起可报考四级(4-1", "不到 3"),
        # 4-2: ≥ 1 year and a 四级 training. At most half a year: 4-2 half a year on at the
        # earliest (4-1 2.5 years on); at most 1 year: 4-2 may be met now; fewer than 1
        # year (不满1年, a clerk's usual words): not met, a month on at the earliest
        ("半年以内", "四级", "暂不可报考", "仅靠时间:最早 2027-05-27 起可报考四级(4-2", "至多 0.5"),
        ("1年以内", "四级", "无法判断", "请提供累计从事本职业或相关职业的工作年限", "至多 1"),
        ("不满1年", "四级", "暂不可报考", "仅靠时间:最早 2026-12-27 起可报考四级(4-2", "不到 1"),
    ],
)
def test_experience_as_a_bound_from_above_settles_what_it_falls_short_of(
    tmp_path: Path, cell: str, training: str, level_4: str, route: str, screened: str
) -> None:
    """不到2年 (a bound from above) was not read, 四级 undetermined though 4-1's 3 years
    cannot be met. It is read as at most those years (以下, ≤) or fewer (不到): a condition
    asking for more (or, fewer, for as many) is not met, with its date the earliest it can
    be, and the warning says how it was read."""
    result, dest = run_file(tmp_path, f"姓名,学历,工作年限,培训\n张三,高中,{cell},{training}\n")
    assert result.exit_code == 1
    (row,) = read_rows(dest)
    assert row["level_4"] == level_4
    assert route in row["summary"]
    assert f"“{cell}” 只给出上限,按{screened} 年筛查" in row["warnings"]


@pytest.mark.parametrize(
    ("cert", "after", "level_2", "said"),
    [
        # SPEC 2-1: a 三级 and ≥ 4 years of work after it. Ten years of experience and a 三级
        # of 2015 would give ten years after it (continuous work since the date), 二级
        # eligible; the sheet says fewer than 2 (at most 23 months): not met, and 48 months
        # come 25 months on at the earliest
        ("三级:2015-01-01", "不到2年", "暂不可报考:最早 2028-12-27", "只给出上限,按不到 2 年"),
        # 1-3年: at most 3 years, so 4 come a year on at the earliest
        ("三级:2015-01-01", "1-3年", "暂不可报考:最早 2027-11-27", "只给出范围,按 1 至 3 年"),
        # at least 5: met, with or without a date
        ("三级", "5年以上", "可以报考", "只给出下限,按至少 5 年"),
        ("三级:2015-01-01", "五年多", "可以报考", "只给出范围,按 5 年以上、不到 6 年"),
        # 3 to 5: 4 may be met or not
        ("三级", "3-5年", "无法判断", "只给出范围,按 3 至 5 年"),
    ],
)
def test_years_since_a_certificate_as_a_bound(
    tmp_path: Path, cert: str, after: str, level_2: str, said: str
) -> None:
    """A 取证后年限 cell giving a bound (不到2年, 1-3年, 5年以上) was not read, and the years
    after a dated certificate were taken from its date (continuous work): 二级 eligible
    though the sheet said fewer than 2 years. The bound is read as the experience's is."""
    result, dest = run_file(
        tmp_path, f"姓名,学历,工作年限,证书,取证后年限\n张三,本科,10,{cert},{after}\n"
    )
    assert result.exit_code == 1
    (row,) = read_rows(dest)
    verdict, _, earliest = level_2.partition(":")
    assert row["level_2"] == verdict
    assert earliest in row["summary"]
    assert f"取证后年限 列的 “{after}” {said}筛查" in row["warnings"]


@pytest.mark.parametrize(
    ("experience", "header", "row", "error"),
    [
        # at least 2 years of work since a 三级 of a year ago
        ("3", "证书,取证后年限", "三级:2025-11-27,2年以上", "超过了自取得日 2025-11-27 以来的时间"),
        # at least 5 years since it, 3 in all: with the certificate column, and without
        ("3", "证书,取证后年限", "三级,5年以上", "超过了累计从业年限"),
        ("3", "取证后年限", "5年以上", "超过了累计从业年限"),
        # at least 3 years since an undated 三级, a work history of 2 years in all
        (
            "",
            "证书,取证后年限,工作经历",
            "三级,3年以上,2024-01-01至2025-12-31",
            "超过了累计从业年限 2 年",
        ),
        # at least 3 years since it, fewer than 3 in all (不到3年; 2年多: 2 up to 3): they were
        # screened, 3-2 met by the 3 years after the 四级
        ("不到3年", "证书,取证后年限", "四级,3年以上", "不少于累计从业年限(不到 3 年)"),
        ("2年多", "证书,取证后年限", "四级,3年以上", "不少于累计从业年限(不到 3 年)"),
    ],
)
def test_years_since_a_certificate_as_a_bound_that_contradicts(
    tmp_path: Path, experience: str, header: str, row: str, error: str
) -> None:
    content = f"姓名,学历,工作年限,{header}\n张三,本科,{experience},{row}\n"
    result, dest = run_file(tmp_path, content)
    assert result.exit_code == 1
    (out,) = read_rows(dest)
    assert (out["level_2"], out["warnings"]) == ("", "")
    assert error in out["error"]


@pytest.mark.parametrize("cell", ["-", "/", "—", "－", "无"])
def test_a_placeholder_in_a_date_column_is_no_date(tmp_path: Path, cell: str) -> None:
    """A clerk's mark for "no date" in 取证日期 (-, /, —, 无) was warned as "not a valid date";
    it is blank, as the same mark in the certificates' column is none (the certificate is
    held, its date not known: 3-2 waits on it, as with the cell left empty)."""
    result, dest = run_file(
        tmp_path, f"姓名,学历,专业相关性,工作年限,证书,取证日期\n甲,大专,相关,5,四级,{cell}\n"
    )
    assert result.exit_code == 0  # no warning
    (row,) = read_rows(dest)
    assert (row["level_4"], row["level_3"], row["warnings"]) == ("已持有", "无法判断", "")


@pytest.mark.parametrize("strict", [(), ("--strict",)])
def test_a_bound_after_a_dated_certificate_beside_a_work_history_is_not_said(
    tmp_path: Path, strict: tuple[str, ...]
) -> None:
    """Beside a work history, the years after a dated certificate are counted from it (the
    bound only checked against them), as the experience is: the bound was still said ("按至少
    3 年筛查…"), and an error row with --strict. After an undated one the bound screens the
    row, and is said.

    甲: work since 2018, a 三级 of 2020-01-01: 6 years and 10 months after it by 2026-11-27
    (within 3年以上), 2-1's 4 met → 二级 eligible. 乙: the 三级 undated: at least 3 years
    after it, at most the 8 years worked: 4 unknown → 二级 undetermined, the bound said.
    """
    content = (
        "姓名,学历,工作经历,证书,取证后年限\n"
        "甲,本科,2018-01-01至今,三级:2020-01-01,3年以上\n"
        "乙,本科,2018-01-01至今,三级,3年以上\n"
    )
    result, dest = run_file(tmp_path, content, args=strict)
    assert result.exit_code == 1
    first, second = read_rows(dest)
    assert (first["level_2"], first["warnings"], first["error"]) == ("可以报考", "", "")
    said = "取证后年限 列的 “3年以上” 只给出下限"
    assert said in (second["error"] if strict else second["warnings"])


@pytest.mark.parametrize(
    ("certs", "dates"),
    [
        ("三级:2020-01", ""),  # a month in the certificate's cell
        ("三级", "2020-01"),  # a month in the date column
        ("四级;三级", "2019-01-01;2020-01-01"),  # dates listed for each, in order
    ],
    ids=["month in its cell", "month in the date column", "dates listed"],
)
def test_a_bound_after_a_certificate_dated_otherwise_beside_a_work_history_is_not_said(
    tmp_path: Path, certs: str, dates: str
) -> None:
    """As beside a whole date in its cell, a 三级 dated by a month (in its cell or the date
    column) or by the date column's list has the years after it counted from the work
    history: the bound was said ("按至少 3 年筛查…"; an error row with --strict). Work since
    2018, the 三级 of January 2020: over 6 years after it by 2026-11-27 (within 3年以上),
    2-1's 4 met → 二级 eligible."""
    content = (
        "姓名,学历,工作经历,证书,证书日期,取证后年限\n"
        f"甲,本科,2018-01-01至今,{certs},{dates},3年以上\n"
    )
    _, dest = run_file(tmp_path, content)
    (row,) = read_rows(dest)
    assert (row["level_2"], row["error"]) == ("可以报考", "")
    assert "取证后年限" not in row["warnings"]


def test_years_since_a_certificate_as_a_bound_is_an_error_row_with_strict(tmp_path: Path) -> None:
    result, dest = run_file(
        tmp_path, "姓名,学历,证书,取证后年限\n张三,本科,三级,5年以上\n", args=("--strict",)
    )
    assert result.exit_code == 1
    (row,) = read_rows(dest)
    assert row["level_2"] == ""
    assert "取证后年限 列的 “5年以上” 只给出下限" in row["error"]


@pytest.mark.parametrize(
    ("cell", "years", "level_4", "warning"),
    [
        # SPEC 4-1: 3 years, whatever the diploma (G1 asks for 初中 or above): eligible as
        # 高中 and as 中专 alike, said so
        ("高中/中专", "3", "可以报考", "可能是高中 或 中专/中职/职高:两者结论相同"),
        # 4-3: a technical school, related: met as 技校, not as 中专 (0 years): not known
        ("中专/技校", "0", "无法判断", "可以指 中专/中职/职高 或 技工学校"),
    ],
)
def test_a_forms_option_of_several_diplomas(
    tmp_path: Path, cell: str, years: str, level_4: str, warning: str
) -> None:
    """高中/中专, an application form's option, was not read (the diploma unknown, 四级
    undetermined though 3 years meet 4-1 whatever it is): screened as each, as 大学 is."""
    result, dest = run_file(tmp_path, f"姓名,学历,专业相关性,工作年限\n张三,{cell},相关,{years}\n")
    assert result.exit_code == 1
    (row,) = read_rows(dest)
    assert row["level_4"] == level_4
    assert warning in row["warnings"]


@pytest.mark.parametrize(
    ("cell", "level_4", "warning"),
    [
        # SPEC 4-2: 1 year and the 四级 training completed (结业)
        ("四级培训已结业", "可以报考", ""),
        ("参加四级培训并结业", "可以报考", ""),
        # attended only: the training not known (4-1's 3 years unmet, 4-2 waits on it)
        ("参加过四级培训", "无法判断", "说的是参加过培训:报考条件要的是培训结业"),
        ("已参加四级培训并结业", "可以报考", ""),
        ("四级已结业", "可以报考", ""),  # as a 培训结业情况 column holds it
        # said not completed, or only planned: not said attended
        ("准备参加四级培训", "无法判断", "说的是培训尚未结业"),
    ],
)
def test_a_training_said_completed_or_attended(
    tmp_path: Path, cell: str, level_4: str, warning: str
) -> None:
    result, dest = run_file(tmp_path, f"姓名,学历,工作年限,培训\n张三,高中,1,{cell}\n")
    assert result.exit_code == (1 if warning else 0)
    (row,) = read_rows(dest)
    assert row["level_4"] == level_4
    assert warning in row["warnings"]
    assert bool(warning) == bool(row["warnings"])


def test_experience_as_a_lower_bound_is_an_error_row_with_strict(tmp_path: Path) -> None:
    """--strict: nothing read but what a cell says exactly; a bound makes an error row."""
    result, dest = run_file(tmp_path, "姓名,学历,工作年限\n张三,高中,3年以上\n", args=("--strict",))
    assert result.exit_code == 1
    (row,) = read_rows(dest)
    assert row["level_4"] == ""
    assert "只给出下限" in row["error"]


def test_experience_as_a_lower_bound_in_json_lines_and_english(tmp_path: Path) -> None:
    """JSON Lines out: the bound is an assumption the verdict rests on, and a warning."""
    result, dest = run_file(
        tmp_path,
        "name,education,experience\nA,senior high,over 3 years\n",
        out="out.jsonl",
        lang="en",
    )
    assert result.exit_code == 1
    report = json.loads(dest.read_text(encoding="utf-8"))
    assert report["levels"][0]["status"] == "eligible"
    assert report["facts"]["experience_years"] is None  # not given exactly
    # the bound as said: at least 3, no most
    assert {"fewest": 3.0, "most": None, "below": False} == report["facts"]["experience_bound"]
    texts = [a["text"] for a in report["assumptions"]]
    assert "experience given as a lower bound only: at least 3 years" in texts
    assert any(
        "gives a lower bound only, screened as at least 3 years" in w for w in report["warnings"]
    )


def test_a_range_whose_ends_are_one_is_the_years(tmp_path: Path) -> None:
    """2-2年 was screened as a range "2 至 2 年", its warning saying conditions asking for
    "多于 2 年、不超过 2 年" are not known: it is 2 years (SPEC 4-1: 3 years, a year on)."""
    result, dest = run_file(tmp_path, "姓名,学历,工作年限\n张三,高中,2-2年\n", args=("--strict",))
    assert result.exit_code == 0
    (row,) = read_rows(dest)
    assert (row["level_4"], row["warnings"], row["error"]) == ("暂不可报考", "", "")
    assert "仅靠时间:2027-11-27 起可报考四级(4-1" in row["summary"]


@pytest.mark.parametrize(
    ("lang", "warnings"),
    [
        # which conditions the bound leaves open, said plainly: "要求不超过 2 年的条件" read
        # as conditions asking one to have no more than 2 years, and "其间年限" left out
        # that 1 year (the low end) is met; 不到2年 and 2年多 leave their most out
        (
            "zh",
            [
                "工作年限 列的 “2年以下” 只给出上限,按至多 2 年筛查"
                "(要求年限不超过 2 年的条件无法判断,请写出确切的年数)",
                "工作年限 列的 “1-3年” 只给出范围,按 1 至 3 年筛查"
                "(要求年限多于 1 年、不超过 3 年的条件无法判断,请写出确切的年数)",
                "工作年限 列的 “不到2年” 只给出上限,按不到 2 年筛查"
                "(要求年限少于 2 年的条件无法判断,请写出确切的年数)",
                "工作年限 列的 “2年多” 只给出范围,按 2 年以上、不到 3 年筛查"
                "(要求年限多于 2 年、少于 3 年的条件无法判断,请写出确切的年数)",
            ],
        ),
        (
            "en",
            [
                "工作年限: “2年以下” gives an upper bound only, screened as at most 2 years (a "
                "condition asking for 2 years or fewer is not known; give the exact years)",
                "工作年限: “1-3年” gives a range only, screened as 1 to 3 years (a condition "
                "asking for more than 1 year and no more than 3 is not known; give the exact "
                "years)",
                "工作年限: “不到2年” gives an upper bound only, screened as fewer than 2 years "
                "(a condition asking for fewer than 2 years is not known; give the exact years)",
                "工作年限: “2年多” gives a range only, screened as at least 2 and fewer than 3 "
                "years (a condition asking for more than 2 years and fewer than 3 is not known; "
                "give the exact years)",
            ],
        ),
    ],
)
def test_the_warning_on_a_bound_says_what_it_leaves_open(
    tmp_path: Path, lang: str, warnings: list[str]
) -> None:
    content = "姓名,学历,工作年限\n张三,高中,2年以下\n李四,高中,1-3年\n王五,高中,不到2年\n赵六,高中,2年多\n"
    _, dest = run_file(tmp_path, content, lang=lang)
    assert [row["warnings"] for row in read_rows(dest, lang)] == warnings


def test_experience_as_a_bound_from_above_in_json_lines(tmp_path: Path) -> None:
    """不到2年 (SPEC 4-1: ≥ 3 years): 四级 not eligible, its date 13 months on at the
    earliest (fewer than 24 complete months) and marked so, with the assumption it rests
    on; the years not given exactly."""
    result, dest = run_file(tmp_path, "姓名,学历,工作年限\n张三,高中,不到2年\n", out="out.jsonl")
    assert result.exit_code == 1
    report = json.loads(dest.read_text(encoding="utf-8"))
    level_4 = report["levels"][0]
    assert (level_4["status"], level_4["reachable_on"], level_4["reachable_on_earliest"]) == (
        "not_eligible",
        "2027-12-27",
        True,
    )
    assert report["facts"]["experience_years"] is None
    texts = [a["text"] for a in report["assumptions"]]
    assert "累计从业年限只给出上限:至多 2 年,日期为最早可能" in texts


def test_the_most_years_bound_the_years_after_a_certificate(tmp_path: Path) -> None:
    """SPEC 3-2: a 四级, 大专 related, 2 years of work after the 四级. 半年-1年 beside a 四级
    of 2015: no more than a year of work after it, whatever its date (it was unknown,
    asking for the experience). 取证后年限 3 beside 1-2年 contradict each other: an error
    row. A work history of 6 years (2020 to 2025 whole) beside 3年以下 contradict each other too."""
    _, dest = run_file(
        tmp_path,
        "姓名,学历,专业,工作年限,证书,取证日期,取证后年限,工作经历\n"
        "张三,大专,相关,半年-1年,四级,2015-01-01,,\n"
        "李四,大专,相关,1-2年,四级,2015-01-01,3,\n"
        "王五,大专,相关,3年以下,,,,2020-01-01..2025-12-31\n",
    )
    short, contradicted, history = read_rows(dest)
    assert (short["level_3"], short["error"]) == ("暂不可报考", "")
    assert "请提供" not in short["summary"]
    assert "取得四级证书后的从业年限 3 年超过了累计从业年限的上限 2 年" in contradicted["error"]
    assert "累计从业年限至多 3 年,工作经历计算出的却有 6 年" in history["error"]


def test_dry_run_shows_experience_given_as_a_lower_bound_as_one(tmp_path: Path) -> None:
    """--dry-run showed a lower bound as the pair it is kept as (``3.0、3年以上``)."""
    result, _ = run_file(tmp_path, "姓名,学历,工作年限\n张三,高中,3年以上\n", args=("--dry-run",))
    assert "至少 3 年" in stderr_of(result)
    assert "3.0" not in stderr_of(result)
    result, _ = run_file(
        tmp_path,
        "name,education,experience\nA,senior high,3年以上\n",
        args=("--dry-run",),
        lang="en",
    )
    assert "at least 3 years" in stderr_of(result)
    # a range, and a bound from above: their most years shown too
    result, _ = run_file(
        tmp_path, "姓名,学历,工作年限\n张三,高中,3-5年\n李四,高中,不到2年\n", args=("--dry-run",)
    )
    assert "3 至 5 年" in stderr_of(result)
    assert "不到 2 年" in stderr_of(result)  # fewer than 2: not 至多, which 2年以下 is


@pytest.mark.parametrize(
    ("lang", "shown"),
    [("zh", ["初级职称 2020-06-01", "中级职称"]), ("en", ["junior title (初级职称) 2020-06-01"])],
)
def test_dry_run_names_a_title(tmp_path: Path, lang: str, shown: list[str]) -> None:
    """--dry-run showed a title as its model's fields (level=<TitleLevel.junior: …>)."""
    content = "姓名,职称\n张三,初级职称 2020-06-01\n李四,中级\n"
    result, _ = run_file(tmp_path, content, args=("--dry-run",), lang=lang)
    text = stderr_of(result)
    assert all(s in text for s in shown)
    assert "TitleLevel" not in text


@pytest.mark.parametrize(
    ("lang", "shown"),
    [
        ("zh", ["2019-01-01–2022-06-30", "2023-01-01–至今", "大专/高职(相关专业)", "本科"]),
        ("en", ["2023-01-01–now", "bachelor's degree"]),
    ],
)
def test_dry_run_names_work_periods_and_diplomas(
    tmp_path: Path, lang: str, shown: list[str]
) -> None:
    """--dry-run showed a work period as its model's fields (start=datetime.date(2019, 1, 1)
    end=…) and a 学历列表 as ids (associate、bachelor) in Chinese."""
    content = '姓名,学历列表,工作经历\n甲,"大专:相关;本科",2019-01-01至2022-06-30;2023-01-01至今\n'
    result, _ = run_file(tmp_path, content, args=("--dry-run",), lang=lang)
    text = " ".join(stderr_of(result).split())
    assert all(s in text for s in shown), text
    assert "datetime" not in text
    assert "associate、" not in text  # ids, not names


def test_dry_run_tells_a_list_of_none_from_a_blank_cell(tmp_path: Path) -> None:
    """证书 “无” (none held) and a blank 证书 cell (not known) both showed as “—”: 无 shows
    as 无 (none in English), a blank cell as —."""
    content = "姓名,学历,工作年限,证书,培训\n张三,高中,3,无,\n"
    result, _ = run_file(tmp_path, content, args=("--dry-run",))
    row = next(line for line in stderr_of(result).splitlines() if line.startswith("2 "))
    assert ["2", "高中", "3", "年", "—", "无"] == row.split()  # 培训 shown before 证书
    result, _ = run_file(tmp_path, content, args=("--dry-run",), lang="en")
    row = next(line for line in stderr_of(result).splitlines() if line.startswith("2 "))
    assert ["—", "none"] == row.split()[-2:]


def test_a_json_lines_row_may_give_as_of_as_today(tmp_path: Path) -> None:
    """A JSON Lines row reads ``as_of`` as ``check --input`` does: ``"today"`` or ``"今天"``
    is the day of the run (it was an error on that row)."""
    lines = [
        {"id": "a", "education": "associate", "experience": 3, "as_of": "today"},
        {"id": "b", "education": "associate", "experience": 3, "as_of": "今天"},
    ]
    content = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines)
    result, dest = run_file(tmp_path, content, name="in.jsonl", out="out.jsonl")
    assert 0 == result.exit_code, stderr_of(result)
    rows = read_jsonl(dest)
    today = datetime.now().date().isoformat()
    assert [today, today] == [r["as_of"] for r in rows]
    assert [None, None] == [r.get("error") for r in rows]


def test_a_json_lines_row_with_a_blank_id_is_named_by_its_id_or_name_key(tmp_path: Path) -> None:
    """A JSON Lines object with ``"id": ""`` (or only spaces) had an empty 编号 in the
    output, though its ``编号`` or ``姓名`` key names it as it does without ``id`` (and as a
    blank ``编号`` key gives way to ``姓名``): a blank id is none; with neither, it stays
    empty."""
    lines = [
        {"id": "", "姓名": "张三", "education": "associate", "experience": 3},
        {"id": "  ", "编号": "A-7", "姓名": "李四", "education": "associate", "experience": 3},
        {"id": "\t", "编号": " ", "name": "Wang", "education": "associate", "experience": 3},
        {"id": "", "编号": 8, "education": "associate", "experience": 3},
        {"id": " ", "education": "associate", "experience": 3},
        {"id": "x1", "姓名": "赵六", "education": "associate", "experience": 3},
    ]
    content = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines)
    result, dest = run_file(tmp_path, content, name="in.jsonl")
    assert 0 == result.exit_code, stderr_of(result)
    assert ["张三", "A-7", "Wang", "8", "", "x1"] == [r["id"] for r in read_rows(dest)]


def test_a_sheet_row_with_a_blank_id_cell_is_named_by_its_name(tmp_path: Path) -> None:
    """A row of a list with both 编号 and 姓名 whose 编号 cell is blank had an empty id in
    the output, where a JSON Lines row with a blank ``id`` is named by its 姓名 and a list
    without an id column by the name: the name names it, in CSV and .xlsx alike (the kept
    编号 column stays as the input gave it). An id cell's spaces around it are not written;
    with neither an id nor a name, the id stays empty."""
    rows = [
        ["A01", "张三", "大专", "3"],
        ["", "李四", "大专", "3"],
        ["  ", " 王五 ", "大专", "3"],
        [" A04\u3000", "赵六", "大专", "3"],
        ["", "", "大专", "3"],
    ]
    expected = ["A01", "李四", "王五", "A04", ""]
    header = ["编号", "姓名", "学历", "工作年限"]
    result, dest = run_file(tmp_path, csv_text(header, rows))
    assert 0 == result.exit_code, stderr_of(result)
    assert expected == [r["id"] for r in read_rows(dest)]
    assert ["A01", "", "  ", " A04\u3000", ""] == [r["编号 (2)"] for r in read_kept(dest)]
    src = tmp_path / "in.xlsx"
    workbook(src, {"名单": [header, *([c or None for c in r[:3]] + [3] for r in rows)]})
    result = invoke([str(src), "-o", str(dest)])
    assert 0 == result.exit_code, stderr_of(result)
    assert expected == [r["id"] for r in read_rows(dest)]


def test_a_json_lines_id_is_written_without_the_spaces_around_it(tmp_path: Path) -> None:
    """A JSON Lines ``"id": " x1 "`` was written with its spaces, where a sheet's id cell
    (and a ``编号`` key) is written without them: an id is trimmed in every format, the
    spaces inside kept."""
    lines = [
        {"id": " x1 ", "education": "associate", "experience": 3},
        {"id": "\u3000A 2\t", "education": "associate", "experience": 3},
        {"编号": " B-3 ", "education": "associate", "experience": 3},
    ]
    content = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines)
    result, dest = run_file(tmp_path, content, name="in.jsonl", out="out.jsonl")
    assert 0 == result.exit_code, stderr_of(result)
    assert ["x1", "A 2", "B-3"] == [r["id"] for r in read_jsonl(dest)]


@pytest.mark.parametrize("word", ["今天", "today", "今日"])
def test_an_evaluation_date_column_takes_the_words_for_today(tmp_path: Path, word: str) -> None:
    """A sheet's 评估日期 of 今天 was "not a valid date" (the row screened on the run's date,
    with a warning), though `--as-of 今天` and a file's `"as_of": "今天"` are the day of the
    run. It is that day, as they are."""
    from datetime import date

    before = date.today().isoformat()
    result, dest = run_file(
        tmp_path, f"姓名,学历,工作年限,评估日期\n甲,高中,3,{word}\n", out="out.jsonl"
    )
    days = {before, date.today().isoformat()}  # (a run across midnight: either day)
    assert result.exit_code == 0
    report = json.loads(dest.read_text(encoding="utf-8"))
    assert report["as_of"] in days  # not --as-of 2026-11-27
    assert report["warnings"] == []


def test_a_diploma_list_cell_saying_two_things_of_one_fact_is_not_read(tmp_path: Path) -> None:
    """A 学历列表 cell ``大专:不相关:相关`` was read as its last part (related), and
    ``大专:相关:不相关`` as unrelated: the order decided. Neither is read, with a warning
    naming both parts; the row is kept, its diploma unknown (四级 by 4-1 with 3 years still
    waits on G1, the diploma)."""
    content = "姓名,学历列表,从业年限\n甲,大专:不相关:相关,3\n乙,大专:相关,3\n"
    result, dest = run_file(tmp_path, content)
    assert 1 == result.exit_code, stderr_of(result)  # a row with a warning
    bad, good = read_rows(dest)
    assert "“不相关” 与 “相关” 互相矛盾" in bad["warnings"], bad["warnings"]
    assert (U, N, N, N, "") == verdicts(bad)
    assert ("", (E, N, N, N, "4")) == (good["warnings"], verdicts(good))


def test_a_cell_saying_none_beside_a_level_is_a_warning_saying_so(tmp_path: Path) -> None:
    """证书 “无、四级”: the 无 contradicts the 四级; the certificates are unknown, with a warning
    that says why (it said 无 is no level). 高中 with 3 years: 四级 eligible by 4-1 either way;
    a cell of 无 alone is no certificate, no warning."""
    content = csv_text(
        ("编号", "学历", "工作年限", "证书"),
        [
            ("1", "高中", "3", "无、四级"),
            ("2", "高中", "3", "无"),
            ("3", "高中", "3", "无/四级"),
            ("4", "高中", "3", "无、"),
            ("5", "高中", "3", "四级 无"),
            ("6", "高中", "3", "no certificate"),
        ],
    )
    result, dest = run_file(tmp_path, content)
    assert 1 == result.exit_code
    first, second, third, fourth, fifth, sixth = read_rows(dest)
    # 四级 无 (无 after the level) says the same; it was told “无” is not a valid date
    assert "“无” 表示没有,不能与其他项一起给出" in fifth["warnings"], fifth["warnings"]
    # no certificate is none, as 无 is: it was told “no” is no level
    assert ("", (E, N, N, N, "4")) == (sixth["warnings"], verdicts(sixth))
    assert "表示没有,不能与其他项一起给出" in first["warnings"]
    # 无/四级 (a slash where 、 was meant) says the same; it was told 无/四级 is no level
    assert "“无” 表示没有,不能与其他项一起给出" in third["warnings"], third["warnings"]
    assert (E, N, N, N, "4") == verdicts(third)
    # 无、 (a separator left after it) is none, as 无 is: it was told it stood beside others
    assert ("", (E, N, N, N, "4")) == (fourth["warnings"], verdicts(fourth))
    assert (E, N, N, N, "4") == verdicts(first)
    assert ("", (E, N, N, N, "4")) == (second["warnings"], verdicts(second))


@pytest.mark.parametrize(
    ("header", "row", "args", "expected"),
    [
        # 序号 numbers the form's lines, 编号 names the applicant: 编号 is the id either way
        (
            ("序号", "编号", "姓名", "学历", "工作年限"),
            ("1", "A-001", "张三", "高中", "3"),
            (),
            "A-001",
        ),
        (
            ("编号", "序号", "姓名", "学历", "工作年限"),
            ("A-001", "1", "张三", "高中", "3"),
            (),
            "A-001",
        ),
        (("序号", "报名号", "学历", "工作年限"), ("1", "2026-0042", "高中", "3"), (), "2026-0042"),
        # 序号 alone is the id; --column 序号=id makes it the id beside 编号
        (("序号", "姓名", "学历", "工作年限"), ("1", "张三", "高中", "3"), (), "1"),
        (
            ("序号", "编号", "学历", "工作年限"),
            ("1", "A-001", "高中", "3"),
            ("--column", "序号=id"),
            "1",
        ),
    ],
)
def test_an_applicant_number_is_the_id_over_a_serial_number(
    tmp_path: Path,
    header: tuple[str, ...],
    row: tuple[str, ...],
    args: tuple[str, ...],
    expected: str,
) -> None:
    """With both 序号 and 编号, the first in the header was the id: a list numbered 1, 2, 3
    in its first column had those as ids, and its 编号 was not read."""
    result, dest = run_file(tmp_path, csv_text(header, [row]), args=args)
    assert 0 == result.exit_code, stderr_of(result)
    (out,) = read_rows(dest)
    assert (expected, E) == (out["id"], out["level_4"])


def test_a_class_in_brackets_in_a_education_cell_is_read(tmp_path: Path) -> None:
    """学历 “技师学院(高级工班)” was not read (a remark “高级工班”), though “技师学院(预备技师班)”
    was: the class is kept, as a 班级类型 column gives it (相关, 3 years: 四级 by 4-1 and 4-3);
    the two disagreeing leave it unknown, said; 高中(高级工班) is a class on a diploma of no
    technical school, named as typed."""
    content = csv_text(
        ("编号", "学历", "专业相关性", "工作年限", "班级类型"),
        [
            ("1", "技师学院(高级工班)", "相关", "3", ""),
            ("2", "技师学院(高级工班)", "相关", "3", "预备技师班"),
            ("3", "高中(高级工班)", "", "3", ""),
        ],
    )
    result, dest = run_file(tmp_path, content)
    assert 1 == result.exit_code
    first, second, third = read_rows(dest)
    assert ("", (E, N, N, N, "4")) == (first["warnings"], verdicts(first))
    assert "写明的班级 高级工班 与 班级类型 列的 预备技师班/技师班 不一致" in second["warnings"]
    assert "学历中的 高级工班 是技工院校" in third["warnings"]
    assert U == third["level_4"]


def test_a_class_on_a_diploma_of_no_technical_school_is_a_warning(tmp_path: Path) -> None:
    """学历列表 “高中:预备技师班”: the class was dropped without a word (a 高中, 四级 by 4-1
    on 3 years). It is not read, with a warning, as --diploma refuses it: the education is
    unknown, so G1 is and 四级 is undetermined."""
    content = csv_text(("编号", "学历列表", "工作年限"), [("1", "高中:预备技师班", "3")])
    result, dest = run_file(tmp_path, content)
    assert 1 == result.exit_code
    (row,) = read_rows(dest)
    assert "是技工院校(技工学校、高级技工学校、技师学院)的班级" in row["warnings"]
    assert (U, N, N, N, "") == verdicts(row)


def test_a_class_column_beside_a_diploma_of_no_technical_school_is_a_warning(
    tmp_path: Path,
) -> None:
    """学历 高中 beside 班级类型 预备技师班 (a 四级 since 2020, 6 years): the class was dropped
    without a word, and 三级 said not eligible for want of “高级技工学校/高级工班、技师学院/
    预备技师班”, the class given. One of the two is wrong: the diploma is not known, with a
    warning naming the class column, as 学历 “高中(预备技师班)” leaves it (四级 held; 三级
    undetermined, 3-1 and 3-2 resting on the diploma; 二级 and 一级 want a 三级 certificate).
    技师学院 beside the same class is read (三级 by 3-1)."""
    content = csv_text(
        ("编号", "学历", "班级类型", "证书", "工作年限"),
        [
            ("1", "高中", "预备技师班", "四级 2020-01-01", "6"),
            ("2", "技师学院", "预备技师班", "四级 2020-01-01", "6"),
        ],
    )
    result, dest = run_file(tmp_path, content)
    assert 1 == result.exit_code
    first, second = read_rows(dest)
    assert "班级类型中的 预备技师班/技师班 是技工院校" in first["warnings"]
    assert "高中 毕业证书没有班级" in first["warnings"]
    assert (H, U, N, N, "") == verdicts(first)
    assert ("", (H, E, N, N, "3")) == (second["warnings"], verdicts(second))
    # a class in brackets with no class column: read, not warned of (技师学院, 3 years: 4-3
    # wants the major, 4-1 holds)
    content = csv_text(("编号", "学历", "工作年限"), [("1", "技师学院(高级工班)", "3")])
    result, dest = run_file(tmp_path, content)
    assert 0 == result.exit_code, stderr_of(result)
    ((row),) = read_rows(dest)
    assert ("", (E, N, N, N, "4")) == (row["warnings"], verdicts(row))


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("zh", "工作经历第 2 项(work_history.1)的日期 2027-06-30 晚于评估日期 2026-11-27。"),
        ("en", "work_history.1: the date 2027-06-30 is after the evaluation date 2026-11-27."),
    ],
)
def test_a_json_lines_date_after_as_of_names_its_item(tmp_path: Path, lang: str, said: str) -> None:
    """A JSON Lines row's second work period ending 2027-06-30, screened on 2026-11-27: the
    error named no item (“工作经历的日期 …”, “work history: the date …”) where ``check
    --input`` names it; a row of a list holds several."""
    line = {
        "id": "x",
        "education": "高中",
        "work_history": [
            {"start": "2020-01-01", "end": "2022-01-01"},
            {"start": "2025-01-01", "end": "2027-06-30"},
        ],
    }
    result, dest = run_file(
        tmp_path, json.dumps(line, ensure_ascii=False) + "\n", name="in.jsonl", lang=lang
    )
    assert 1 == result.exit_code
    (row,) = read_rows(dest, lang)
    assert said == row["error"]


def test_a_training_cell_with_a_date_says_training_takes_none(tmp_path: Path) -> None:
    """培训 四级 2024-01-10: not read (a warning, the training unknown), the warning saying
    the date is what is wrong rather than listing the levels accepted."""
    _, dest = run_file(tmp_path, "姓名,学历,工作年限,培训\n张三,高中,2,四级 2024-01-10\n")
    (row,) = read_rows(dest)
    assert row["level_4"] == "无法判断"  # 4-2: 2 years and the training, if completed
    assert "带有日期:正规培训只按等级填写,不带日期,如 四级" in row["warnings"]


def test_a_direction_the_rules_in_use_lack_is_screened_as_none_and_said(tmp_path: Path) -> None:
    """方向 数据分析 with a --rules file of four directions was screened as if no direction had
    been given (the engine offers every level), without a word (check refuses it now). It
    still is, as the library's evaluate does, with a warning naming the file's directions
    (with --strict too); JSON Lines rows alike."""
    from test_cli import _rules_without_directions

    four = _rules_without_directions(tmp_path, {"data_analysis"})
    content = "姓名,学历,工作年限,方向\n甲,高中,3,数据分析\n乙,高中,3,直播运营\n"
    listed = "不在所用规则列出的方向中(可选 创意策划、视听运营、直播运营、流量运营)"
    _, dest = run_file(tmp_path, content, args=("--rules", str(four)))
    unlisted, fine = read_rows(dest)
    assert unlisted["level_4"] == "可以报考"  # SPEC 4-1: 3 years
    assert f"方向 列的 “数据分析” {listed}:按未填写方向筛查" in unlisted["warnings"]
    assert (fine["level_4"], fine["warnings"]) == ("可以报考", "")
    # --strict reads the cell as written: the same verdicts, the same warning
    _, dest = run_file(tmp_path, content, args=("--rules", str(four), "--strict"))
    unlisted, fine = read_rows(dest)
    assert (unlisted["level_4"], unlisted["error"]) == ("可以报考", "")
    assert f"“数据分析” {listed}:按未填写方向筛查" in unlisted["warnings"]
    document = '{"id": 1, "education": "高中", "experience": 3, "direction": "数据分析"}\n'
    _, dest = run_file(
        tmp_path, document, name="in.jsonl", out="out.jsonl", args=("--rules", str(four))
    )
    report = json.loads(dest.read_text(encoding="utf-8"))
    assert report["levels"][0]["status"] == "eligible"
    assert any(listed in w for w in report["warnings"])


@pytest.mark.parametrize(
    ("experience", "after", "experience_bound", "after_bound"),
    [
        # 3-5年 in all, 不到2年 after the 三级: fewer than 2, so "below"
        ("3-5年", "不到2年", {"fewest": 3.0, "most": 5.0, "below": False},
         {"fewest": 0.0, "most": 2.0, "below": True}),
        # exact years in all: no bound of them; 1年以上 after the 三级: at least 1
        ("6", "1年以上", None, {"fewest": 1.0, "most": None, "below": False}),
        # 2年多 in all: more than 2, fewer than 3; exact years after the 三级: no bound
        ("2年多", "1", {"fewest": 2.0, "most": 3.0, "below": True}, None),
    ],
)  # fmt: skip
def test_bounds_said_are_in_the_json_facts(
    tmp_path: Path,
    experience: str,
    after: str,
    experience_bound: dict[str, Any] | None,
    after_bound: dict[str, Any] | None,
) -> None:
    """A bound read from a cell is in the report's facts as said (the experience's and the
    years after the certificate's), beside the exact years, which are null for a bound."""
    result, dest = run_file(
        tmp_path, f"姓名,学历,从业年限,证书,取证后年限\n甲,大专,{experience},三级,{after}\n",
        out="out.jsonl",
    )  # fmt: skip
    assert result.exit_code in (0, 1), result.output
    facts = json.loads(dest.read_text(encoding="utf-8"))["facts"]
    assert experience_bound == facts["experience_bound"]
    assert (experience_bound is None) == (facts["experience_years"] is not None)
    [cert] = facts["certificates"]
    assert after_bound == cert["years_after_bound"]
    assert (after_bound is None) == (cert["years_after"] is not None)


# --- the twenty-second round on issue 10: hand-typed cells -----------------------------


def run_as_of(tmp_path: Path, text: str, as_of: str, *extra: str) -> list[dict[str, str]]:
    """Screen ``text`` (a CSV, saved as GB18030 as a Chinese Excel saves it) for ``as_of``;
    the verdict columns of each row, and the warnings."""
    src = tmp_path / "名单.csv"
    src.write_bytes(text.encode("gb18030"))
    dest = tmp_path / "out.csv"
    result = runner.invoke(
        app, ["batch", str(src), "-o", str(dest), "--as-of", as_of, *extra], env=plain_env("zh")
    )
    assert "Traceback" not in result.output
    assert result.exit_code in (0, 1), result.output
    return read_rows(dest)


def test_a_graduation_year_in_a_diploma_cell_is_compared_with_the_as_of_date(
    tmp_path: Path,
) -> None:
    """本科 2026年毕业 evaluated for 2027-07-01 is a 本科 received: G1 met, and 3 years give
    四级 by 4-1. Evaluated for a row's own 评估日期 of 2014-06-01, 本科 2015年毕业 may be a
    graduation still to come: the diploma is unknown, so G1 and every level undetermined."""
    text = csv_text(
        ["编号", "姓名", "学历", "专业相关性", "工作年限", "评估日期"],
        [
            ["1", "张一", "本科 2026年毕业", "相关", "3", ""],
            ["2", "张二", "本科 2015年毕业", "相关", "3", "2014-06-01"],
        ],
    )
    rows = run_as_of(tmp_path, text, "2027-07-01")
    assert verdicts(rows[0]) == (E, N, N, N, "4")
    assert verdicts(rows[1])[0] == U
    assert "“本科 2015年毕业” 的毕业年份 2015 年不早于评估日期 2014-06-01" in rows[1]["warnings"]


def test_a_graduation_year_in_the_education_flag_is_compared_with_the_as_of_date() -> None:
    """``check -e "本科 2026年毕业" --as-of 2027-07-01``: a 本科 received; G1 met, and 3 years
    of experience give 四级 by 4-1 (exit 0)."""
    result = runner.invoke(
        app,
        [
            *("check", "-e", "本科 2026年毕业", "--major", "related", "-x", "3"),
            *("--as-of", "2027-07-01", "--format", "json"),
        ],
        env=plain_env("zh"),
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["eligible_levels"] == [4]


def test_a_certificate_level_excel_stored_as_a_number_is_read_as_the_level(
    tmp_path: Path,
) -> None:
    """A 证书 cell of 4.0 (a 4 Excel stored as a number) is 四级 held, its date not known:
    四级 held; 三级 by 3-2 needs 2 years after it, not known (undetermined); no warning of a
    date “.0”. 3.0 is 三级 held (四级 too: a higher certificate holds a lower one's place);
    二级 by 2-1 needs 4 years after it, at most the 3 years worked: not eligible. 4.5 is no
    level: the certificates unknown, 四级 by 4-1 (3 years) eligible, 三级 undetermined (a
    四级 and 2 of the 3 years after it may be held), 二级 and 一级 not eligible (4 years after
    a certificate are more than the 3 worked), and a warning that says the number has a
    fraction."""
    text = csv_text(
        ["编号", "姓名", "学历", "专业相关性", "工作年限", "证书"],
        [
            ["1", "张一", "大专", "相关", "3", "4.0"],
            ["2", "张二", "大专", "相关", "3", "3.0"],
            ["3", "张三", "大专", "相关", "3", "4.5"],
        ],
    )
    rows = run_as_of(tmp_path, text, "2026-12-02")
    assert verdicts(rows[0]) == (H, U, N, N, "")
    assert rows[0]["warnings"] == ""
    assert verdicts(rows[1]) == (H, H, N, N, "")
    assert rows[1]["warnings"] == ""
    assert verdicts(rows[2]) == (E, U, N, N, "4")
    assert "带小数" in rows[2]["warnings"]
    assert "“.5”" not in rows[2]["warnings"]


def test_certificates_written_date_first_in_a_cell_are_each_dated(tmp_path: Path) -> None:
    """2019-01-01 四级 2020-01-01 三级 (a comma between them, too) and 2020.1.1，三级 in a 证书
    cell, 8 years worked,
    evaluated 2026-12-02: 四级 and 三级 held; the 三级 of 2020-01-01 has 83 complete months
    (6.9 years, under the 8 worked) after it ≥ 4, so 二级 eligible by 2-1; 一级 needs a
    二级: not eligible. No warning (the dates read)."""
    text = csv_text(
        ["编号", "姓名", "学历", "专业相关性", "工作年限", "证书"],
        [
            ["1", "张一", "大专", "相关", "8", "2019-01-01 四级 2020-01-01 三级"],
            ["2", "张二", "大专", "相关", "8", "2020.1.1，三级"],
            ["3", "张三", "大专", "相关", "8", "2019-01-01 四级，2020-01-01 三级"],
        ],
    )
    for row in run_as_of(tmp_path, text, "2026-12-02"):
        assert verdicts(row) == (H, H, E, N, "2")
        assert row["warnings"] == ""


def test_a_title_of_another_series_with_its_level_typed_is_read(tmp_path: Path) -> None:
    """职称 中级会计师 2020-01-01 对应, 8 years worked, under the 2023 template evaluated
    2026-12-02: a 中级 title of a corresponding speciality with 83 months (6.9 years, under
    the 8 worked) after it, ≥ 1 year: 二级 eligible by T2-3; 一级 needs a 高级 title (T1-3)
    or a 二级 certificate (T1-1, T1-2): not eligible. 高级经济师 2020-01-01 对应 is a 高级
    title with as many years after it: 一级 eligible by T1-3. No warning: the cells read."""
    text = csv_text(
        ["编号", "姓名", "学历", "专业相关性", "工作年限", "职称"],
        [
            ["1", "张一", "大专", "相关", "8", "中级会计师 2020-01-01 对应"],
            ["2", "张二", "大专", "相关", "8", "高级经济师 2020-01-01 对应"],
        ],
    )
    rows = run_as_of(tmp_path, text, "2026-12-02", "--edition", "template-2023")
    assert verdicts(rows[0])[2:] == (E, N, "2")
    assert verdicts(rows[1])[3:] == (E, "1")
    assert [r["warnings"] for r in rows] == ["", ""]


def test_a_training_list_with_an_item_not_read_keeps_the_items_read(tmp_path: Path) -> None:
    """A 培训 cell 四级，五级，三级 (五级 no level of this occupation) was not read at all: the
    trainings unknown, so 四级 undetermined for 大专 and 2 years. The 四级 training read with
    2 years ≥ 1 meets 4-2: 四级 eligible whatever 五级 was meant to be (a training more never
    lowers a verdict), so the items read stand, with a warning naming 五级. 三级，五级: 三级
    alone does not meet 4-2 (a 四级 training), while a 四级 would: the item matters, and the
    trainings stay unknown (四级 undetermined), said so; with --strict, an error row."""
    text = csv_text(
        ["编号", "姓名", "学历", "专业相关性", "工作年限", "培训"],
        [
            ["1", "张一", "大专", "相关", "2", "四级，五级，三级"],
            ["2", "张二", "大专", "相关", "2", "三级，五级"],
        ],
    )
    rows = run_as_of(tmp_path, text, "2026-12-02")
    assert verdicts(rows[0]) == (E, N, N, N, "4")
    assert "4-2" in rows[0]["summary"]
    assert "“五级” 未计入" in rows[0]["warnings"]
    assert "“四级”、“三级” 已读取" in rows[0]["warnings"]
    assert verdicts(rows[1]) == (U, N, N, N, "")
    assert "“五级” 无法识别" in rows[1]["warnings"]
    assert "培训按未知处理" in rows[1]["warnings"]
    strict = run_as_of(tmp_path, text, "2026-12-02", "--strict")
    assert verdicts(strict[0]) == (E, N, N, N, "4")
    assert "培训按未知处理" in strict[1]["error"]


@pytest.mark.parametrize("months", ["几个月", "几", "数月", "好几个月"])
def test_whole_years_beside_some_months_are_one_bound(tmp_path: Path, months: str) -> None:
    """工作年限(年) 2 beside 工作年限(月) 几个月 were two cells that could not be one number:
    the experience unknown, 四级 undetermined. They are 2 years and some months: at least 2
    and at most 2 years 11 months, so 4-1 (3 years) is unmet: 四级 not eligible, reached by
    4-1 at the latest one month on (2027-01-02). With a 四级 training, 4-2 (1 year) is met:
    eligible. The warning names both columns and cells."""
    text = csv_text(
        ["编号", "姓名", "学历", "专业相关性", "工作年限(年)", "工作年限(月)", "培训"],
        [
            ["1", "张一", "大专", "相关", "2", months, ""],
            ["2", "张二", "大专", "相关", "2", months, "四级"],
        ],
    )
    rows = run_as_of(tmp_path, text, "2026-12-02")
    assert verdicts(rows[0]) == (N, N, N, N, "")
    assert "2027-01-02" in rows[0]["summary"]
    assert verdicts(rows[1]) == (E, N, N, N, "4")
    for row in rows:
        assert f"工作年限(年) 与 工作年限(月) 列的 “2 / {months}”" in row["warnings"]


def test_a_title_written_date_first_is_dated(tmp_path: Path) -> None:
    """A 职称 cell 2020.6.1，中级 (or 2020-06-01 中级 对应) was refused quoting the date alone,
    the titles unknown. It is a 中级 of 2020-06-01, as 2020.1.1，三级 is a certificate: under
    the 2023 template evaluated 2026-12-02, with 8 years worked and the speciality
    corresponding, 6 years and 6 months after it, ≥ 1 year: 二级 eligible by T2-3; 一级
    needs a 高级 title (T1-3) or a 二级 certificate: not eligible. Whether 2020.6.1，中级
    corresponds is not said, so T2-3 is not known, but the title is read, with no warning."""
    text = csv_text(
        ["编号", "姓名", "学历", "专业相关性", "工作年限", "职称"],
        [
            ["1", "张一", "大专", "相关", "8", "2020-06-01 中级 对应"],
            ["2", "张二", "大专", "相关", "8", "2020.6.1，中级"],
        ],
    )
    rows = run_as_of(tmp_path, text, "2026-12-02", "--edition", "template-2023")
    assert verdicts(rows[0])[2:] == (E, N, "2")
    assert "T2-3" in rows[0]["summary"]
    assert verdicts(rows[1])[2:4] == (U, N)
    assert [r["warnings"] for r in rows] == ["", ""]


@pytest.mark.parametrize(("years", "months"), [("0", "几个月"), ("0年", "好几个月"), ("0", "数月")])
def test_no_years_beside_some_months_are_fewer_than_a_year(
    tmp_path: Path, years: str, months: str
) -> None:
    """工作年限(年) 0 beside 工作年限(月) 几个月 were two cells that could not be one number:
    the experience unknown. They are some months and no year: at most 11 months (0.92
    years), as 2 beside 几个月 is 2 years and 1 to 11 months. 4-1 (3 years) and 4-2 (1 year,
    with a 四级 training) are unmet: 四级 not eligible, reached by 4-2 at the earliest one
    month on (2027-01-02, were the months 11) and by 4-1 25 months on (2029-01-02)."""
    text = csv_text(
        ["编号", "姓名", "学历", "专业相关性", "工作年限(年)", "工作年限(月)", "培训"],
        [
            ["1", "张一", "大专", "相关", years, months, ""],
            ["2", "张二", "大专", "相关", years, months, "四级"],
        ],
    )
    rows = run_as_of(tmp_path, text, "2026-12-02")
    for row in rows:
        assert verdicts(row) == (N, N, N, N, "")
        assert "最早 2027-01-02 起可报考四级(4-2" in row["summary"]
        assert "最早 2029-01-02 起可报考四级(4-1" in row["summary"]
        assert f"“{months}” 只给出上限,按至多 0.92 年筛查" in row["warnings"]


def test_a_certificate_list_keeps_the_certificates_beside_an_item_no_certificate(
    tmp_path: Path,
) -> None:
    """A 证书 cell with an item said to be no certificate of this occupation held was not
    read at all, the certificates unknown (三级–一级 undetermined). 四级 2019-01-01、中级会计师
    (a title): the 四级 held, with 大专 and 7.9 years after it (≥ 2, 10 years worked) 三级
    is eligible by 3-2; 二级 and 一级 ask for a 三级, 二级 (2-1, 1-1): not eligible. 三级
    2020-01-01，四级考试未通过 (an examination not passed): 四级 and 三级 held, 6.9 years
    after the 三级 (≥ 4): 二级 eligible by 2-1; 一级 not. 四级 2019-01-01，没有三级: as the
    first. Each with a warning naming the item set aside. 四级 2019-01-01，五级 (五级 not read:
    it may be a certificate of any level) stays unknown, and so does 四级考试未通过 alone,
    which says what is not held, not that none is (as 没有四级), and 四级 2019-01-01，
    四级考试未通过, which says the 四级 held and not."""
    text = csv_text(
        ["编号", "姓名", "学历", "专业相关性", "工作年限", "证书"],
        [
            ["1", "张一", "大专", "相关", "10", "四级 2019-01-01、中级会计师"],
            ["2", "张二", "大专", "相关", "10", "三级 2020-01-01，四级考试未通过"],
            ["3", "张三", "大专", "相关", "10", "四级 2019-01-01，没有三级"],
            ["4", "张四", "大专", "相关", "10", "四级 2019-01-01，五级"],
            ["5", "张五", "大专", "相关", "10", "四级考试未通过"],
            ["6", "张六", "大专", "相关", "10", "四级 2019-01-01，四级考试未通过"],
        ],
    )
    for args in ((), ("--strict",)):
        rows = run_as_of(tmp_path, text, "2026-12-02", *args)
        assert verdicts(rows[0]) == (H, E, N, N, "3")
        assert "3-2" in rows[0]["summary"]
        assert "“中级会计师” 不是本职业持有的证书,未计入" in rows[0]["warnings"]
        assert "“四级 2019-01-01” 已读取" in rows[0]["warnings"]
        assert "专业技术职称" in rows[0]["warnings"]
        assert verdicts(rows[1]) == (H, H, E, N, "2")
        assert "“四级考试未通过” 不是本职业持有的证书" in rows[1]["warnings"]
        assert verdicts(rows[2]) == (H, E, N, N, "3")
        assert "“没有三级” 不是本职业持有的证书" in rows[2]["warnings"]
    rows = run_as_of(tmp_path, text, "2026-12-02")
    assert verdicts(rows[3]) == (E, U, U, U, "4")
    assert verdicts(rows[4]) == (E, U, U, U, "4")
    assert verdicts(rows[5]) == (E, U, U, U, "4")  # 四级 said held and not: unknown


def test_a_certificate_of_another_occupation_in_a_list_counts_or_not_as_it_matters(
    tmp_path: Path,
) -> None:
    """A 证书 cell with another occupation's certificate beside this one's was not read at
    all. Whether it counts (a related occupation's) is the assessment body's to say: the
    row is screened both ways. 四级 2019-01-01，电工四级 2023-01-01: 四级 held either way, and
    from 2019 (the earlier): 三级 eligible by 3-2 (大专, 7.9 years after), 二级, 一级 not:
    the same, so the 四级 read stands, with a warning. 四级 2019-01-01，电工二级 2015-01-01:
    counted, 四级 to 二级 are held and 一级 is eligible (11.9 years after, capped by the 10
    worked, ≥ 4: 1-1); not counted, 三级 is eligible: it decides, so the certificates stay
    unknown (三级–一级 undetermined), said so; with --strict an error row."""
    text = csv_text(
        ["编号", "姓名", "学历", "专业相关性", "工作年限", "证书"],
        [
            ["1", "张一", "大专", "相关", "10", "四级 2019-01-01，电工四级 2023-01-01"],
            ["2", "张二", "大专", "相关", "10", "四级 2019-01-01，电工二级 2015-01-01"],
        ],
    )
    rows = run_as_of(tmp_path, text, "2026-12-02")
    assert verdicts(rows[0]) == (H, E, N, N, "3")
    assert "“电工四级 2023-01-01” 是其他职业的证书,未计入" in rows[0]["warnings"]
    assert "结论都相同" in rows[0]["warnings"]
    assert verdicts(rows[1]) == (E, U, U, U, "4")
    assert "会改变结论,所以证书按未知处理" in rows[1]["warnings"]
    strict = run_as_of(tmp_path, text, "2026-12-02", "--strict")
    assert verdicts(strict[0]) == (H, E, N, N, "3")
    assert "所以证书按未知处理" in strict[1]["error"]
