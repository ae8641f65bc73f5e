"""Hostile input for the ``mediaops`` command, run as a user runs it: a real subprocess each time.

The contract these cases hold the program to:

* exit 0 success (check: eligible; batch: every row read cleanly); 1 not eligible or
  undetermined (check), some rows are error rows or have warnings (batch, all rows still
  written); 2 an input or usage problem; 74 the output could not be written; 70 never;
  130 / 143 / 129 on SIGINT / SIGTERM / SIGHUP; 141 stdout closed by its reader, quietly;
* never a traceback, never a hang, never a lost or invented row;
* a failed run leaves no temporary file and an earlier output byte for byte as it was;
* a message on stderr that names the problem (an option, a file, a field or a line),
  short and with control characters made visible.

Small hostile files live in ``hostile/``; large ones are generated into ``tmp_path``.
"""

from __future__ import annotations

import contextlib
import csv
import importlib.util
import io
import json
import os
import re
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

#: Every case runs the program as a subprocess (about half a second each): the suite runs in
#: .ci/run, not in the README's quick test command.
pytestmark = pytest.mark.slow

HERE = Path(__file__).parent
HOSTILE = HERE / "hostile"
AS_OF = "2026-11-27"
EARLIER = b"earlier output: a failed run must leave these bytes alone\n"
TIME_LIMIT = 10.0  # seconds: every case
QUICK = 5.0  # seconds: inputs that must be refused, not processed
MEMORY_LIMIT = 2 << 30  # address space of each child: a runaway read fails, not the machine
MIB = 1 << 20
RULES_NAME = "all-media-operator.toml"
#: Control characters that must never reach stderr raw (ESC, NUL, BEL, the C1 CSI).
RAW_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f]")
STATUSES = {"eligible", "not_eligible", "undetermined", "held", ""}

Maker = Callable[[Path], None]
Verifier = Callable[["Run"], None]
EnvChange = tuple[tuple[str, str | None], ...]


# --- running the program -----------------------------------------------------------


@dataclass(frozen=True)
class Run:
    """One finished run of the program."""

    args: tuple[str, ...]
    code: int
    stdout: bytes
    stderr: bytes
    seconds: float
    cwd: Path
    output: Path | None
    leftovers: tuple[int, ...]

    @property
    def message(self) -> str:
        """stderr as text."""
        return self.stderr.decode("utf-8", "replace")

    def describe(self) -> str:
        """The run, for an assertion message (a traceback summed up by its last line)."""
        shown = " ".join(a[:60] for a in self.args)
        lines = self.message.strip().splitlines()
        if "Traceback" in self.message and lines:
            return f"mediaops {shown}\nexit {self.code}, TRACEBACK ending in: {lines[-1][:300]}"
        return f"mediaops {shown}\nexit {self.code}, stderr:\n{self.message[-1200:]}"


def _session_members(sid: int) -> list[int]:
    """Live (not zombie) processes of session ``sid``."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        fields = text[text.rfind(")") + 2 :].split()
        if len(fields) > 3 and fields[3] == str(sid) and fields[0] != "Z":
            members.append(int(stat.parent.name))
    return members


def _end_session(sid: int) -> tuple[int, ...]:
    """Wait briefly for what is left of the child's session, then end it; return who was left."""
    deadline = time.monotonic() + 1.5
    members = _session_members(sid)
    while members and time.monotonic() < deadline:
        time.sleep(0.05)
        members = _session_members(sid)
    for pid in members:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    return tuple(members)


#: Sets the child's limits and closes its descriptors, then becomes ``python -m mediaops``
#: (a launcher rather than ``preexec_fn``, which is unsafe beside threads).
LAUNCHER = """
import os, resource, sys
memory, fsize, close = sys.argv[1:4]
resource.setrlimit(resource.RLIMIT_AS, (int(memory), int(memory)))
if fsize:
    resource.setrlimit(resource.RLIMIT_FSIZE, (int(fsize), int(fsize)))
for fd in filter(None, close.split(",")):
    os.close(int(fd))
os.execv(sys.executable, [sys.executable, "-m", "mediaops", *sys.argv[4:]])
"""


def command(
    args: Sequence[str], close_fds: Sequence[int] = (), fsize: int | None = None
) -> list[str]:
    """The command line that runs ``mediaops ARGS`` under the memory limit."""
    limits = [str(MEMORY_LIMIT), "" if fsize is None else str(fsize)]
    return [
        sys.executable,
        "-c",
        LAUNCHER,
        *limits,
        ",".join(map(str, close_fds)),
        *args,
    ]


def _env(changes: EnvChange = ()) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "MEDIAOPS_LANG"}
    for key, value in changes:
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


def run_mediaops(
    args: Sequence[str],
    *,
    cwd: Path,
    stdin: Path | None = None,
    input_bytes: bytes | None = None,
    stdout_to: str | None = None,
    env: EnvChange = (),
    close_fds: Sequence[int] = (),
    fsize: int | None = None,
    timeout: float = TIME_LIMIT,
    output: Path | None = None,
) -> Run:
    """Run ``python -m mediaops ARGS`` in its own session; fail the test on a hang."""
    with contextlib.ExitStack() as stack:
        stdin_arg: IO[bytes] | int = subprocess.DEVNULL
        if stdin is not None:
            stdin_arg = stack.enter_context(stdin.open("rb"))
        elif input_bytes is not None:
            stdin_arg = subprocess.PIPE
        stdout_arg: IO[bytes] | int = subprocess.PIPE
        if stdout_to is not None:
            stdout_arg = stack.enter_context(open(stdout_to, "wb"))
        start = time.monotonic()
        with subprocess.Popen(
            command(args, close_fds, fsize),
            cwd=cwd,
            env=_env(env),
            stdin=stdin_arg,
            stdout=stdout_arg,
            stderr=subprocess.PIPE,
            start_new_session=True,
        ) as proc:
            try:
                out, err = proc.communicate(input_bytes, timeout=timeout)
            except subprocess.TimeoutExpired:
                _end_session(proc.pid)
                proc.kill()
                out, err = proc.communicate()
                shown = " ".join(a[:60] for a in args)
                tail = err.decode("utf-8", "replace")[-800:]
                pytest.fail(f"HANG: mediaops {shown} still running after {timeout:.0f} s\n{tail}")
            seconds = time.monotonic() - start
            leftovers = _end_session(proc.pid)
    return Run(
        tuple(args),
        proc.returncode,
        out or b"",
        err or b"",
        seconds,
        cwd,
        output,
        leftovers,
    )


# --- reading what it wrote ------------------------------------------------------------


def _xlsx_rows(path: Path) -> list[list[str]]:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return [
            ["" if v is None else str(v) for v in row]
            for row in book.worksheets[0].iter_rows(values_only=True)
        ]
    finally:
        book.close()


def output_records(path: Path) -> list[dict[str, Any]]:
    """The output rows as dicts (a repeated header gets ``#2``, ``#3`` … appended)."""
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    if path.suffix == ".xlsx":
        table = _xlsx_rows(path)
    else:
        table = list(csv.reader(io.StringIO(path.read_text("utf-8-sig"), newline="")))
    header: list[str] = []
    for name in table[0] if table else []:
        key, n = name, 1
        while key in header:
            n += 1
            key = f"{name}#{n}"
        header.append(key)
    return [dict(zip(header, row, strict=False)) for row in table[1:] if any(row)]


def output_text(path: Path) -> str:
    """Everything the output holds, as text."""
    if path.suffix == ".xlsx":
        return "\n".join("\t".join(row) for row in _xlsx_rows(path))
    return path.read_bytes().decode("utf-8", "replace")


def _line(record: dict[str, Any]) -> int:
    return int(record.get("line", record.get("行号", 0)))


def _error(record: dict[str, Any]) -> str:
    return str(record.get("error") or record.get("错误") or "")


# --- the cases ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One hostile run and what the contract says of it."""

    id: str
    args: tuple[str, ...]  # {T}: the run's directory (its cwd), {H}: hostile/
    exits: frozenset[int]
    #: regexes (case-insensitive) the message must match when the run fails (exit 2 or 74)
    tokens: tuple[str, ...] = ()
    make: Maker | None = None
    stdin: str | None = None
    output: str | None = None  # the -o target, filled with EARLIER before the run
    stdout_to: str | None = None
    rows: int | None = None  # output rows when the run succeeds (exit 0 or 1)
    env: EnvChange = ()
    close_fds: tuple[int, ...] = ()
    fsize: int | None = None
    limit: float = TIME_LIMIT
    max_stderr: int | None = None
    verify: Verifier | None = None
    message_on_stdout: bool = False  # `rules validate` lists the problems on stdout
    slow: bool = False


def codes(*values: int) -> frozenset[int]:
    """A set of accepted exit statuses."""
    return frozenset(values)


def _fill(text: str, tmp: Path) -> str:
    return text.replace("{T}", str(tmp)).replace("{H}", str(HOSTILE))


def batch_case(
    id: str,
    source: str,
    out: str,
    exits: frozenset[int],
    *extra: str,
    **kw: Any,
) -> Case:
    """``mediaops batch SOURCE -o OUT --lang en`` with an earlier OUT to protect."""
    args = ("batch", source, "-o", out, "--as-of", AS_OF, "--lang", "en", *extra)
    return Case(id, args, exits, output=out, **kw)


def check_args(*args: str) -> tuple[str, ...]:
    """``mediaops check ARGS`` on the fixed evaluation date."""
    return ("check", *args, "--as-of", AS_OF)


# verifiers -------------------------------------------------------------------------------


def screened(errors: Sequence[int] = (), ok: Sequence[int] = ()) -> Verifier:
    """On success, the rows at ``errors`` are error rows and those at ``ok`` were screened."""

    def verify(run: Run) -> None:
        if run.code not in (0, 1) or run.output is None:
            return
        by_line = {_line(r): r for r in output_records(run.output)}
        for line in errors:
            assert line in by_line, f"no output row for input line {line}\n{run.describe()}"
            assert _error(by_line[line]), f"line {line} is not an error row: {by_line[line]}"
        for line in ok:
            assert line in by_line, f"no output row for input line {line}\n{run.describe()}"
            record = by_line[line]
            assert "" == _error(record), f"line {line} is an error row: {_error(record)[:300]}"
            verdict = record.get("level_4") or record.get("levels")
            assert verdict, f"line {line} has no verdict: {str(record)[:300]}"

    return verify


def flagged(lines: Sequence[int], ok: Sequence[int] = ()) -> Verifier:
    """Rows with a value that cannot be read: an error row, or a warning naming the value
    with that fact left unknown (so never a verdict that rests on a value made up)."""

    def verify(run: Run) -> None:
        if run.code not in (0, 1) or run.output is None:
            return
        screened(ok=ok)(run)
        by_line = {_line(r): r for r in output_records(run.output)}
        for line in lines:
            assert line in by_line, f"no output row for input line {line}\n{run.describe()}"
            record = by_line[line]
            warnings = record.get("warnings") or record.get("提示") or ""
            assert _error(record) or warnings, f"line {line} is not flagged: {str(record)[:300]}"
            if not _error(record) and "facts" in record:
                # the unreadable value is not taken for one: no level rests on it
                facts = record["facts"]
                assert None in (
                    facts.get("experience_years"),
                    facts.get("trainings"),
                    facts.get("certificates"),
                    facts.get("education"),
                ), f"line {line}: an unreadable value was read as {facts}"

    return verify


def eligible_by(clause: str) -> Verifier:
    """``check --format json`` read the facts right: 四级 eligible through ``clause``."""

    def verify(run: Run) -> None:
        report = json.loads(run.stdout)
        level_4 = next(lv for lv in report["levels"] if lv["level"] == 4)
        assert ("eligible", [clause]) == (level_4["status"], level_4["qualifying_pathways"])
        assert "associate" == report["facts"]["education"]

    return verify


def problem_at_line(line: int) -> Verifier:
    """Exit 2 naming ``line``, or an error row at ``line``: never a silent success."""

    def verify(run: Run) -> None:
        if run.code == 2:
            assert re.search(rf"(?<![\d.]){line}(?![\d.])", run.message), run.describe()
        else:
            screened(errors=[line])(run)

    return verify


def encoding_problem(line: int, ok: Sequence[int] = ()) -> Verifier:
    """A mis-encoded row: named by its line and the encodings tried, never read as mojibake."""

    def verify(run: Run) -> None:
        seen = run.message
        if run.output is not None and run.output.exists() and run.code in (0, 1):
            seen += output_text(run.output)
        assert "澶" not in seen, f"mojibake\n{run.describe()}"
        assert "涓" not in seen, f"mojibake\n{run.describe()}"
        if run.code == 2:
            assert re.search(rf"(?<![\d.]){line}(?![\d.])", run.message), run.describe()
            text = run.message
        else:
            screened(errors=[line], ok=ok)(run)
            assert run.output is not None
            text = next(_error(r) for r in output_records(run.output) if _line(r) == line)
        assert re.search(r"utf-?8", text, re.I), f"no 'UTF-8' in: {text[:300]}"
        assert re.search(r"gb(k|18030|2312)", text, re.I), f"no 'GBK/GB18030' in: {text[:300]}"

    return verify


def contains_all(*texts: str) -> Verifier:
    """On success, the output holds every one of ``texts``."""

    def verify(run: Run) -> None:
        if run.code in (0, 1) and run.output is not None:
            text = output_text(run.output)
            for t in texts:
                assert t in text, f"{t!r} lost from {run.output.name}\n{text[:500]}"

    return verify


def short_errors(limit: int) -> Verifier:
    """On success, every error and warning cell is shorter than ``limit`` characters."""

    def verify(run: Run) -> None:
        if run.code in (0, 1) and run.output is not None:
            for r in output_records(run.output):
                assert limit > len(_error(r)), f"error cell of {len(_error(r))} characters"
                warnings = str(r.get("warnings") or r.get("提示") or "")
                assert limit > len(warnings), f"warning cell of {len(warnings)} characters"

    return verify


def both(first: Verifier, second: Verifier) -> Verifier:
    """Both verifiers."""

    def verify(run: Run) -> None:
        first(run)
        second(run)

    return verify


def no_output_on_stdout(run: Run) -> None:
    """Nothing was (or could be) written to the closed stdout; the run said so."""
    assert b"" == run.stdout


# makers: large or binary inputs, generated ----------------------------------------------


def _base_rules_text() -> str:
    """The built-in ruleset's TOML, from the repository or the installed package."""
    places = [HERE.parent / "rules" / RULES_NAME]
    spec = importlib.util.find_spec("mediaops")
    if spec is not None and spec.origin is not None:
        pkg = Path(spec.origin).parent
        places += [pkg / "rules" / RULES_NAME, pkg.parents[1] / "rules" / RULES_NAME]
    for place in places:
        if place.is_file():
            return place.read_text("utf-8")
    pytest.skip("the built-in ruleset file is not found")
    return ""  # unreachable


def rules_with(name: str, change: Callable[[str], str]) -> Maker:
    """Write ``name``: the built-in ruleset changed by ``change``."""

    def make(tmp: Path) -> None:
        text = _base_rules_text()
        changed = change(text)
        assert changed != text, "the ruleset change did not apply"
        (tmp / name).write_text(changed, "utf-8")

    return make


def _drop_level_1(text: str) -> str:
    start = re.search(r"^\[\[levels\]\]\s*\nlevel\s*=\s*1\b", text, re.M)
    assert start is not None
    end = re.compile(r"^\[\[(?!levels\.)|^# The documents", re.M).search(text, start.end())
    return text[: start.start()] + (text[end.start() :] if end else "")


def _template(bad: str) -> Callable[[str], str]:
    return lambda text: text.replace("{years}", bad)


def write(name: str, data: bytes | str) -> Maker:
    """Write ``name`` with ``data`` (text as UTF-8)."""

    def make(tmp: Path) -> None:
        (tmp / name).write_bytes(data.encode() if isinstance(data, str) else data)

    return make


def csv_rows(name: str, n: int, header: str = "id,education,experience,note") -> Maker:
    """A CSV of ``n`` plain applicants."""

    def make(tmp: Path) -> None:
        body = "".join(f"P{i},大专,{i % 7}.{i % 100:02d},row {i}\n" for i in range(n))
        (tmp / name).write_text(header + "\n" + body, "utf-8")

    return make


def _three_rows(middle: str, header: str = "id,education,experience,note") -> str:
    return f"{header}\nA,大专,3,first\n{middle}\nC,本科,5,last\n"


def _jsonl_three(middle: str) -> str:
    return (
        '{"id":"A","education":"大专","experience":3}\n'
        + middle
        + '\n{"id":"C","education":"本科","experience":5}\n'
    )


def make_mixed_late(tmp: Path) -> None:
    """2,000 UTF-8 rows (enough to settle the encoding), then one GBK row, then one more."""
    head = "id,education,experience\n" + "".join(f"U{i},大专,3\n" for i in range(2000))
    data = head.encode() + "G,大专,3\n".encode("gbk") + "Z,本科,5\n".encode()
    (tmp / "late_gbk.csv").write_bytes(data)


def make_fifo(name: str) -> Maker:
    """A named pipe nobody writes to."""

    def make(tmp: Path) -> None:
        os.mkfifo(tmp / name)

    return make


def make_dir(name: str) -> Maker:
    """A directory where a file is expected."""

    def make(tmp: Path) -> None:
        (tmp / name).mkdir()

    return make


SHEET = "xl/worksheets/sheet1.xml"
NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _xlsx(
    path: Path, rows: Sequence[Sequence[Any]], sheet: Callable[[bytes, IO[bytes]], None]
) -> None:
    """An .xlsx made by openpyxl whose first sheet's XML is rewritten by ``sheet``."""
    import openpyxl

    plain = path.with_suffix(".plain.xlsx")
    book = openpyxl.Workbook()
    ws = book.active
    for row in rows:
        ws.append(list(row))
    book.save(plain)
    book.close()
    with (
        zipfile.ZipFile(plain) as src,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == SHEET:
                with dst.open(SHEET, "w", force_zip64=True) as out:
                    sheet(data, out)
            else:
                dst.writestr(info.filename, data)
    plain.unlink()


HEADER_ROW = ("id", "education", "experience")


def make_dimension(tmp: Path) -> None:
    """Six data rows under a ``<dimension>`` that claims one."""
    rows = [HEADER_ROW, *[(f"R{i}", "大专", i) for i in range(1, 7)]]

    def sheet(xml: bytes, out: IO[bytes]) -> None:
        new, n = re.subn(rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1:C2"/>', xml)
        assert 1 == n
        out.write(new)

    _xlsx(tmp / "dimension.xlsx", rows, sheet)


def _stuffed(name: str, filler: bytes, total: int, *, comment: bool = False) -> Maker:
    """An .xlsx whose sheet holds ``total`` bytes of ``filler`` after ``<sheetData>``."""

    def make(tmp: Path) -> None:
        def sheet(xml: bytes, out: IO[bytes]) -> None:
            head, sep, tail = xml.partition(b"<sheetData>")
            assert sep
            out.write(head + sep + (b"<!--" if comment else b""))
            block = filler * (MIB // len(filler))
            for _ in range(total // len(block)):
                out.write(block)
            out.write((b"-->" if comment else b"") + tail)

        _xlsx(tmp / name, [HEADER_ROW, ("A", "大专", 3)], sheet)

    return make


def _entity_sheet(name: str, doctype: str, cell: str) -> Maker:
    def make(tmp: Path) -> None:
        def sheet(_xml: bytes, out: IO[bytes]) -> None:
            out.write(
                f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE worksheet [{doctype}]>'
                f'<worksheet xmlns="{NS}"><sheetData>'
                '<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c>'
                '<c r="B1" t="inlineStr"><is><t>education</t></is></c></row>'
                f'<row r="2"><c r="A2" t="inlineStr"><is><t>{cell}</t></is></c>'
                '<c r="B2" t="inlineStr"><is><t>大专</t></is></c></row>'
                "</sheetData></worksheet>".encode()
            )

        _xlsx(tmp / name, [HEADER_ROW], sheet)

    return make


LAUGHS = '<!ENTITY lol0 "lol">' + "".join(
    f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
)
QUADRATIC = f'<!ENTITY a "{"a" * 50_000}">'


def make_big_json_int(name: str, digits: int) -> Maker:
    """A candidate whose experience is an integer of ``digits`` digits."""
    return write(name, '{"education": "大专", "experience": 1' + "0" * (digits - 1) + "}")


DEEP = 100_000
#: The C locale without Python's UTF-8 mode: stdout is ASCII.
C_LOCALE: EnvChange = (
    ("LC_ALL", "C"),
    ("LANG", None),
    ("PYTHONUTF8", "0"),
    ("PYTHONIOENCODING", None),
)

# -----------------------------------------------------------------------------------------

CASES: list[Case] = [
    # rows lost or verdicts wrong with exit 0 ------------------------------------------
    batch_case(
        "csv-unbalanced-quote",
        "{H}/unbalanced_quote.csv",
        "out.jsonl",
        codes(1, 2),
        verify=problem_at_line(2),
    ),
    batch_case(
        "csv-stray-quote-at-row-start",
        "{H}/stray_quote.csv",
        "out.jsonl",
        codes(1, 2),
        verify=problem_at_line(3),
    ),
    batch_case(
        "xlsx-dimension-understates-rows",
        "dimension.xlsx",
        "out.jsonl",
        codes(0, 1),
        make=make_dimension,
        rows=6,
        verify=screened(ok=range(2, 8)),
    ),
    batch_case(
        "ulimit-fsize-jsonl",
        "list.csv",
        "out.jsonl",
        codes(74),
        tokens=(r"out\.jsonl",),
        make=csv_rows("list.csv", 3000),
        fsize=MIB,
    ),
    batch_case(
        "ulimit-fsize-csv",
        "list.csv",
        "out.csv",
        codes(74),
        tokens=(r"out\.csv",),
        make=csv_rows("list.csv", 3000),
        fsize=64 * 1024,
    ),
    batch_case(
        "ulimit-fsize-xlsx",
        "list.csv",
        "out.xlsx",
        codes(74),
        tokens=(r"out\.xlsx",),
        make=csv_rows("list.csv", 3000),
        fsize=16 * 1024,
    ),
    *[
        batch_case(
            f"jsonl-duplicate-passthrough-keys-to-{fmt}",
            "{H}/dup_passthrough_keys.jsonl",
            f"out.{fmt}",
            codes(0, 1),
            rows=2,
            verify=contains_all("first", "second", "third", "fourth"),
        )
        for fmt in ("jsonl", "csv", "xlsx")
    ],
    *[
        batch_case(
            f"csv-duplicate-headers-to-{fmt}",
            "{H}/dup_headers.csv",
            f"out.{fmt}",
            codes(0, 1),
            rows=2,
            verify=contains_all("first", "second", "third", "fourth"),
        )
        for fmt in ("jsonl", "csv", "xlsx")
    ],
    Case(
        "flag-cert-minus-one",
        check_args("-e", "大专", "-x", "3", "--cert=-1"),
        codes(2),
        tokens=("--cert",),
    ),
    Case(
        "flag-training-minus-four",
        check_args("-e", "大专", "-x", "3", "--training=-4"),
        codes(2),
        tokens=("--training",),
    ),
    Case(
        "flag-cert-slash-three",
        check_args("-e", "大专", "-x", "3", "--cert", "/3"),
        codes(2),
        tokens=("--cert",),
    ),
    Case(
        "flag-experience-underscore",
        check_args("-e", "大专", "-x", "1_0"),
        codes(2),
        tokens=(r"--experience|-x\b",),
    ),
    Case(
        "flag-years-after-underscore",
        check_args("-e", "大专", "-x", "30", "--cert", "4", "--years-after-cert", "1_0"),
        codes(2),
        tokens=("--years-after-cert",),
    ),
    Case(
        "flag-experience-infinite",
        check_args("-e", "大专", "-x", "1e309"),
        codes(2),
        tokens=(r"--experience|-x\b",),
    ),
    Case(
        "flag-level-minus-one",
        check_args("-e", "大专", "-x", "3", "--level", "-1"),
        codes(2),
        tokens=("--level",),
    ),
    Case(
        "plan-assume-training-minus-four",
        ("plan", "-e", "大专", "-x", "3", "--assume-training=-4", "--as-of", AS_OF),
        codes(2),
        tokens=("--assume-training",),
    ),
    batch_case(
        "csv-malformed-cells-are-flagged",
        "{H}/bad_cells.csv",
        "out.jsonl",
        codes(1),
        rows=7,
        verify=flagged([3, 4, 5, 6, 7], ok=[2, 8]),
    ),
    batch_case(
        "csv-utf8-with-one-gbk-row",
        "{H}/mixed_gbk_row.csv",
        "out.jsonl",
        codes(1, 2),
        verify=encoding_problem(3, ok=[2, 4]),
    ),
    batch_case(
        "csv-utf8-with-late-gbk-row",
        "late_gbk.csv",
        "out.jsonl",
        codes(1, 2),
        make=make_mixed_late,
        verify=encoding_problem(2002, ok=[2, 2003]),
    ),
    # one bad row must not stop the run --------------------------------------------------
    batch_case(
        "csv-row-as-of-9999-12-31",
        "{H}/as_of_9999.csv",
        "out.jsonl",
        codes(0, 1),
        rows=3,
        verify=screened(ok=[2, 4]),
    ),
    batch_case(
        "jsonl-400-digit-integer",
        "{H}/int_400_digits.jsonl",
        "out.jsonl",
        codes(1),
        rows=3,
        verify=screened(errors=[2], ok=[1, 3]),
    ),
    batch_case(
        "jsonl-5000-digit-integer",
        "big_int.jsonl",
        "out.jsonl",
        codes(1),
        rows=3,
        make=write("big_int.jsonl", _jsonl_three('{"id":"B","experience":1' + "0" * 4999 + "}")),
        verify=screened(errors=[2], ok=[1, 3]),
    ),
    batch_case(
        "jsonl-5000-digit-integer-jobs-2",
        "big_int.jsonl",
        "out.jsonl",
        codes(1),
        "--jobs",
        "2",
        rows=3,
        make=write("big_int.jsonl", _jsonl_three('{"id":"B","note":1' + "0" * 4999 + "}")),
        verify=screened(errors=[2], ok=[1, 3]),
    ),
    batch_case(
        "jsonl-100k-deep-nesting",
        "deep.jsonl",
        "out.jsonl",
        codes(1),
        rows=3,
        make=write(
            "deep.jsonl",
            _jsonl_three('{"id":"B","note":' + "[" * DEEP + "]" * DEEP + "}"),
        ),
        verify=screened(errors=[2], ok=[1, 3]),
    ),
    batch_case(
        "jsonl-lone-surrogate",
        "{H}/lone_surrogate.jsonl",
        "out.jsonl",
        codes(1),
        rows=4,
        verify=screened(errors=[3], ok=[1, 4]),
    ),
    batch_case(
        "jsonl-lone-surrogate-to-csv",
        "{H}/lone_surrogate.jsonl",
        "out.csv",
        codes(1),
        rows=4,
        verify=screened(errors=[3], ok=[1, 4]),
    ),
    batch_case(
        "jsonl-lines-that-are-not-objects",
        "{H}/not_objects.jsonl",
        "out.jsonl",
        codes(1),
        rows=5,
        verify=screened(errors=[2, 3, 4], ok=[1, 5]),
    ),
    batch_case(
        "xlsx-output-nul-bel-esc-cells",
        "{H}/control_chars.csv",
        "out.xlsx",
        codes(0, 1),
        rows=3,
        verify=screened(ok=[2, 3, 4]),
    ),
    batch_case(
        "csv-row-of-17000-cells-to-xlsx",
        "wide_row.csv",
        "out.xlsx",
        codes(1),
        rows=3,
        make=write("wide_row.csv", _three_rows("B,大专,3,x" + ",y" * 17_000)),
        verify=both(flagged([3], ok=[2, 4]), short_errors(2000)),
    ),
    batch_case(
        "csv-17000-columns-to-xlsx",
        "wide.csv",
        "out.xlsx",
        codes(1, 2),
        rows=2,
        tokens=(r"16[ ,.]?384|xlsx|column",),
        make=write(
            "wide.csv",
            "id,education,experience"
            + "".join(f",c{i}" for i in range(17_000))
            + "\nA,大专,3"
            + ",v" * 17_000
            + "\nB,本科,5"
            + ",w" * 17_000
            + "\n",
        ),
    ),
    batch_case(
        "csv-cell-over-128-kib",
        "big_cell.csv",
        "out.jsonl",
        codes(0, 1),
        rows=3,
        make=write("big_cell.csv", _three_rows("B,大专,3," + "n" * (200 * 1024))),
        verify=screened(ok=[2, 4]),
    ),
    batch_case(
        "csv-cell-over-128-kib-to-xlsx",
        "big_cell.csv",
        "out.xlsx",
        codes(1),
        rows=3,
        make=write("big_cell.csv", _three_rows("B,大专,3," + "n" * (200 * 1024))),
        verify=screened(ok=[2, 4]),
    ),
    batch_case(
        "csv-100-kb-value-error-is-short",
        "long_value.csv",
        "out.jsonl",
        codes(1),
        rows=3,
        make=write("long_value.csv", _three_rows("B," + "x" * 100_000 + ",3,n")),
        verify=both(flagged([3], ok=[2, 4]), short_errors(2000)),
    ),
    batch_case(
        "jsonl-duplicate-fact-key",
        "{H}/dup_fact_key.jsonl",
        "out.jsonl",
        codes(1),
        rows=3,
        verify=screened(errors=[2], ok=[1, 3]),
    ),
    # the output cannot be written --------------------------------------------------------
    *[
        Case(
            f"batch-o-dev-full-{fmt}",
            (
                "batch",
                "{H}/small.csv",
                "-o",
                "/dev/full",
                "--format",
                fmt,
                "--as-of",
                AS_OF,
            ),
            codes(74),
            tokens=("/dev/full",),
        )
        for fmt in ("csv", "jsonl", "xlsx")
    ],
    *[
        Case(
            f"stdout-dev-full-{name}",
            args,
            codes(74),
            stdout_to="/dev/full",
            tokens=(r"stdout|standard output|no space left|标准输出",),
        )
        for name, args in [
            ("batch-csv", ("batch", "{H}/small.csv", "--as-of", AS_OF, "--lang", "en")),
            (
                "batch-jsonl",
                (
                    "batch",
                    "{H}/small.csv",
                    "--format",
                    "jsonl",
                    "--as-of",
                    AS_OF,
                    "--lang",
                    "en",
                ),
            ),
            ("check-table", (*check_args("-e", "大专", "-x", "3"), "--lang", "en")),
            (
                "check-json",
                (
                    *check_args("-e", "大专", "-x", "3", "--format", "json"),
                    "--lang",
                    "en",
                ),
            ),
            (
                "plan",
                ("plan", "-e", "大专", "-x", "3", "--as-of", AS_OF, "--lang", "en"),
            ),
            ("guide", ("guide", "--lang", "en")),
            ("rules-show", ("rules", "show", "--lang", "en")),
            ("version", ("--version",)),
            ("help", ("check", "--help")),
        ]
    ],
    batch_case(
        "output-in-missing-directory",
        "{H}/small.csv",
        "nodir/out.csv",
        codes(2, 74),
        tokens=("nodir",),
    ),
    Case(
        "output-is-a-directory",
        ("batch", "{H}/small.csv", "-o", "outdir", "--format", "csv", "--as-of", AS_OF),
        codes(2, 74),
        tokens=("outdir",),
        make=make_dir("outdir"),
    ),
    # stdin or stdout closed --------------------------------------------------------------
    Case("stdin-closed-check", check_args(), codes(1, 2), close_fds=(0,)),
    Case(
        "stdin-closed-check-interactive",
        check_args("-i"),
        codes(2, 130),
        close_fds=(0,),
    ),
    Case(
        "stdin-closed-check-input-dash",
        check_args("--input", "-"),
        codes(2),
        close_fds=(0,),
        tokens=(r"--input|stdin|standard input|标准输入",),
    ),
    Case("stdin-closed-plan", ("plan", "--as-of", AS_OF), codes(0, 1, 2), close_fds=(0,)),
    Case(
        "stdin-closed-batch-dash",
        ("batch", "-", "--as-of", AS_OF),
        codes(2),
        close_fds=(0,),
        tokens=(r"stdin|standard input|标准输入",),
    ),
    *[
        Case(
            f"stdout-closed-{name}",
            args,
            codes(*exits),
            close_fds=(1,),
            tokens=(r"stdout|standard output|标准输出",),
            verify=no_output_on_stdout,
        )
        for name, args, exits in [
            ("check-table", check_args("-e", "大专", "-x", "3"), (74,)),
            (
                "check-json",
                check_args("-e", "大专", "-x", "3", "--format", "json"),
                (74,),
            ),
            ("check-interactive", check_args("-i"), (74, 130)),
            ("batch-to-stdout", ("batch", "{H}/small.csv", "--as-of", AS_OF), (74,)),
            ("guide", ("guide",), (74,)),
        ]
    ],
    Case(
        "stdout-closed-batch-to-file",
        ("batch", "{H}/small.csv", "-o", "out.csv", "--as-of", AS_OF),
        codes(0),
        close_fds=(1,),
        output="out.csv",
        rows=3,
    ),
    # a non-UTF-8 stdout -------------------------------------------------------------------
    *[
        Case(
            f"lc-all-c-{name}",
            args,
            codes(*exits),
            stdin=stdin,
            env=C_LOCALE,
            tokens=(r"stdout|standard output|encod|标准输出|--education",),
        )
        for name, args, exits, stdin in [
            ("check-table", check_args("-e", "associate", "-x", "3"), (0, 74), None),
            (
                "check-json",
                check_args("-e", "associate", "-x", "3", "--format", "json"),
                (0, 74),
                None,
            ),
            (
                "check-chinese-argument",
                check_args("-e", "大专", "-x", "3"),
                (0, 2, 74),
                None,
            ),
            (
                "check-input-stdin",
                check_args("--input", "-", "--format", "json"),
                (0, 74),
                "{H}/candidate_ok.json",
            ),
            (
                "plan",
                ("plan", "-e", "associate", "-x", "3", "--as-of", AS_OF),
                (0, 74),
                None,
            ),
            ("guide", ("guide",), (0, 74), None),
            ("rules-show", ("rules", "show"), (0, 74), None),
            (
                "batch-to-stdout",
                ("batch", "{H}/small.csv", "--as-of", AS_OF),
                (0, 74),
                None,
            ),
        ]
    ],
    Case(
        "lc-all-c-batch-stdin-to-file",
        ("batch", "-", "-o", "out.csv", "--as-of", AS_OF),
        codes(0),
        stdin="{H}/small.csv",
        output="out.csv",
        rows=3,
        env=C_LOCALE,
    ),
    # hostile --input files -----------------------------------------------------------------
    Case(
        "input-deeper-than-recursion-limit",
        check_args("--input", "deep.json", "--lang", "en"),
        codes(2),
        tokens=(r"deep\.json|--input",),
        make=write("deep.json", '{"education": ' + "[" * DEEP + "]" * DEEP + "}"),
    ),
    Case(
        "input-deep-on-stdin",
        check_args("--input", "-", "--lang", "en"),
        codes(2),
        tokens=(r"--input|stdin",),
        stdin="{T}/deep.json",
        make=write("deep.json", "[" * DEEP + "]" * DEEP),
    ),
    Case(
        "input-5000-digit-integer",
        check_args("--input", "big.json", "--lang", "en"),
        codes(2),
        tokens=("experience",),
        make=make_big_json_int("big.json", 5000),
        max_stderr=2000,
    ),
    Case(
        "input-400-digit-integer",
        check_args("--input", "big.json", "--lang", "en"),
        codes(2),
        tokens=("experience",),
        make=make_big_json_int("big.json", 400),
        max_stderr=2000,
    ),
    Case(
        # GBK is what Chinese Windows saves: read as GB18030, like a batch CSV (issue #14),
        # {"education": "大专", "experience": 3} → 4-1 met, 四级 eligible
        "input-gbk-bytes",
        check_args("--input", "{H}/candidate_gbk.json", "--lang", "en", "--format", "json"),
        codes(0),
        verify=eligible_by("4-1"),
    ),
    Case(
        "input-gbk-bytes-on-stdin",
        check_args("--input", "-", "--lang", "en", "--format", "json"),
        codes(0),
        stdin="{H}/candidate_gbk.json",
        verify=eligible_by("4-1"),
    ),
    Case(
        "input-invalid-utf8",
        check_args("--input", "{H}/candidate_invalid_utf8.json", "--lang", "en"),
        codes(2),
        tokens=(r"candidate_invalid_utf8\.json|--input", r"utf-?8"),
    ),
    Case(
        "input-lone-surrogate",
        check_args("--input", "{H}/candidate_surrogate.json", "--lang", "en"),
        codes(2),
        tokens=("education",),
    ),
    Case(
        "input-experience-is-a-list",
        check_args("--input", "{H}/candidate_list_experience.json", "--lang", "en"),
        codes(2),
        tokens=("experience", r"\[3\]|list|array"),
    ),
    Case(
        "input-duplicate-key",
        check_args("--input", "{H}/candidate_dup_key.json", "--lang", "en"),
        codes(2),
        tokens=("experience",),
    ),
    Case(
        "input-is-a-directory",
        check_args("--input", "adir"),
        codes(2),
        tokens=("adir",),
        make=make_dir("adir"),
    ),
    # dates at the end of the calendar ------------------------------------------------------
    Case(
        "check-as-of-9999-12-31-not-eligible",
        ("check", "-e", "大专", "-x", "1", "--as-of", "9999-12-31"),
        codes(1, 2),
        tokens=("--as-of",),
    ),
    Case(
        "check-as-of-9999-12-31-with-cert",
        (
            "check",
            "-e",
            "大专",
            "--major",
            "related",
            "-x",
            "3",
            "--cert",
            "4:9999-01-01",
            "--as-of",
            "9999-12-31",
            "--format",
            "json",
        ),
        codes(0, 1, 2),
        tokens=("--as-of",),
    ),
    Case(
        "plan-as-of-9999-12-31",
        ("plan", "-e", "大专", "-x", "1", "--as-of", "9999-12-31"),
        codes(0, 1, 2),
        tokens=("--as-of",),
    ),
    Case(
        "plan-as-of-9999-12-31-json",
        (
            "plan",
            "-e",
            "大专",
            "--major",
            "related",
            "-x",
            "3",
            "--cert",
            "4:9990-01-01",
            "--as-of",
            "9999-12-31",
            "--format",
            "json",
        ),
        codes(0, 1, 2),
        tokens=("--as-of",),
    ),
    Case(
        "batch-as-of-9999-12-31",
        ("batch", "{H}/small.csv", "-o", "out.jsonl", "--as-of", "9999-12-31"),
        codes(0, 1, 2),
        output="out.jsonl",
        tokens=("--as-of",),
    ),
    Case(
        "plan-exam-lag-20-digits",
        ("plan", "-e", "大专", "-x", "3", "--exam-lag-months", "44444444444444444444"),
        codes(2),
        tokens=("--exam-lag-months",),
    ),
    Case(
        "plan-exam-lag-superscript-four",
        ("plan", "-e", "大专", "-x", "3", "--exam-lag-months", "⁴"),
        codes(2),
        tokens=("--exam-lag-months",),
    ),
    # hostile rulesets ------------------------------------------------------------------------
    *[
        case
        for name, make in [
            (
                "deep-arrays",
                write("rules-deep-arrays.toml", "deep = " + "[" * DEEP + "]" * DEEP + "\n"),
            ),
            (
                "deep-inline-tables",
                write(
                    "rules-deep-inline-tables.toml",
                    "deep = " + "{a = " * DEEP + "1" + "}" * DEEP + "\n",
                ),
            ),
            (
                "5000-digit-integer",
                rules_with(
                    "rules-5000-digit-integer.toml",
                    lambda t: t.replace("years = 3 }", "years = 1" + "0" * 4999 + " }", 1),
                ),
            ),
            (
                "template-unclosed",
                rules_with("rules-template-unclosed.toml", _template("{years")),
            ),
            (
                "template-spaces",
                rules_with("rules-template-spaces.toml", _template("{ years }")),
            ),
            (
                "template-conversion",
                rules_with("rules-template-conversion.toml", _template("{years!z}")),
            ),
            (
                "template-huge-width",
                rules_with("rules-template-huge-width.toml", _template("{years:999999999}")),
            ),
            (
                "gbk-encoded",
                lambda tmp: (tmp / "rules-gbk-encoded.toml").write_bytes(
                    _base_rules_text().encode("gb18030")
                ),
            ),
        ]
        for case in (
            Case(
                f"rules-validate-{name}",
                ("rules", "validate", f"rules-{name}.toml", "--lang", "en"),
                codes(2),
                tokens=(rf"rules-{name}\.toml",) + (("documents",) if "template" in name else ()),
                make=make,
                limit=QUICK,
                message_on_stdout=True,
                max_stderr=4000,
            ),
            Case(
                f"check-rules-{name}",
                (
                    *check_args(
                        "-e",
                        "大专",
                        "--major",
                        "related",
                        "-x",
                        "3",
                        "--rules",
                        f"rules-{name}.toml",
                    ),
                    "--lang",
                    "en",
                ),
                codes(2),
                tokens=(rf"rules-{name}\.toml",),
                make=make,
                limit=QUICK,
            ),
        )
    ],
    # encodings ----------------------------------------------------------------------------
    *[
        batch_case(
            f"encoding-{enc}",
            "{H}/small.csv",
            "out.csv",
            codes(2),
            "--encoding",
            enc,
            tokens=("--encoding",),
        )
        for enc in ("rot13", "hex", "zlib", "base64", "bogus")
    ],
    batch_case(
        "encoding-utf-16-on-utf-8-file",
        "{H}/small.csv",
        "out.csv",
        codes(2),
        "--encoding",
        "utf-16",
        tokens=("--encoding", r"utf-?8"),
    ),
    batch_case(
        "encoding-utf-16-without-bom",
        "{H}/utf16le_no_bom.csv",
        "out.csv",
        codes(2),
        "--encoding",
        "utf-16",
        tokens=("--encoding", r"utf-?8"),
    ),
    batch_case(
        "encoding-utf-16-with-bom",
        "{H}/utf16_bom.csv",
        "out.jsonl",
        codes(0, 1),
        "--encoding",
        "utf-16",
        rows=3,
        verify=screened(ok=[2, 3, 4]),
    ),
    batch_case(
        "encoding-utf-16-with-bom-detected",
        "{H}/utf16_bom.csv",
        "out.jsonl",
        codes(0, 1, 2),
        tokens=(r"utf-?16",),
        rows=3,
        verify=screened(ok=[2, 3, 4]),
    ),
    # hostile .xlsx ----------------------------------------------------------------------
    batch_case(
        "xlsx-billion-laughs",
        "laughs.xlsx",
        "out.csv",
        codes(2),
        tokens=(r"laughs\.xlsx",),
        make=_entity_sheet("laughs.xlsx", LAUGHS, "&lol9;"),
        limit=QUICK,
    ),
    batch_case(
        "xlsx-quadratic-blowup",
        "quadratic.xlsx",
        "out.csv",
        codes(2),
        tokens=(r"quadratic\.xlsx",),
        make=_entity_sheet("quadratic.xlsx", QUADRATIC, "&a;" * 100_000),
        limit=QUICK,
    ),
    batch_case(
        "xlsx-zip-bomb",
        "bomb.xlsx",
        "out.csv",
        codes(2),
        tokens=(r"bomb\.xlsx",),
        make=_stuffed("bomb.xlsx", b" ", 200 * MIB),
        limit=QUICK,
    ),
    batch_case(
        "xlsx-200-mb-comment",
        "comment.xlsx",
        "out.csv",
        codes(0, 1, 2),
        tokens=(r"comment\.xlsx",),
        make=_stuffed("comment.xlsx", b"x", 200 * MIB, comment=True),
    ),
    batch_case(
        "xlsx-that-is-text",
        "text.xlsx",
        "out.csv",
        codes(2),
        tokens=(r"text\.xlsx",),
        make=write("text.xlsx", "id,education\nA,大专\n"),
    ),
    batch_case(
        "xlsx-missing-sheet",
        "dimension.xlsx",
        "out.csv",
        codes(2),
        "--sheet",
        "Nope",
        tokens=("--sheet",),
        make=make_dimension,
    ),
    # unbounded input: FIFOs, endless devices -------------------------------------------------
    Case(
        "check-rules-fifo",
        check_args("-e", "大专", "-x", "3", "--rules", "fifo.toml"),
        codes(2),
        tokens=(r"fifo\.toml",),
        make=make_fifo("fifo.toml"),
        limit=QUICK,
    ),
    Case(
        "rules-validate-fifo",
        ("rules", "validate", "fifo.toml"),
        codes(2),
        tokens=(r"fifo\.toml",),
        make=make_fifo("fifo.toml"),
        limit=QUICK,
        message_on_stdout=True,
    ),
    batch_case(
        "batch-rules-fifo",
        "{H}/small.csv",
        "out.csv",
        codes(2),
        "--rules",
        "fifo.toml",
        tokens=(r"fifo\.toml",),
        make=make_fifo("fifo.toml"),
        limit=QUICK,
    ),
    *[
        case
        for dev in ("/dev/zero", "/dev/urandom")
        for case in (
            Case(
                f"check-rules-{dev[5:]}",
                check_args("-e", "大专", "-x", "3", "--rules", dev),
                codes(2),
                tokens=(re.escape(dev),),
                limit=QUICK,
            ),
            Case(
                f"rules-validate-{dev[5:]}",
                ("rules", "validate", dev),
                codes(2),
                tokens=(re.escape(dev),),
                limit=QUICK,
                message_on_stdout=True,
            ),
            Case(
                f"check-input-{dev[5:]}",
                check_args("--input", dev),
                codes(2),
                tokens=(re.escape(dev),),
                limit=QUICK,
            ),
            *[
                batch_case(
                    f"batch-{dev[5:]}-as-{fmt}",
                    dev,
                    "out.csv",
                    codes(2),
                    "--input-format",
                    fmt,
                    tokens=(rf"{dev}|line\s*\d|第\s*\d+\s*行",),
                    limit=QUICK,
                )
                for fmt in ("csv", "jsonl")
            ],
        )
    ],
    batch_case(
        "batch-input-is-a-directory",
        "adir",
        "out.csv",
        codes(2),
        "--input-format",
        "csv",
        tokens=("adir",),
        make=make_dir("adir"),
    ),
    # messages -------------------------------------------------------------------------------
    *[
        Case(f"100-kb-value-{name}", args, codes(2), tokens=(token,), max_stderr=2000)
        for name, args, token in [
            ("education", check_args("-e", "x" * 100_000), "--education"),
            ("as-of", ("check", "-e", "大专", "--as-of", "9" * 100_000), "--as-of"),
            (
                "cert",
                check_args("-e", "大专", "--cert", "4:" + "9" * 100_000),
                "--cert",
            ),
            ("lang", check_args("-e", "大专", "--lang", "z" * 100_000), "--lang"),
            (
                "encoding",
                ("batch", "{H}/small.csv", "--encoding", "e" * 100_000),
                "--encoding",
            ),
            ("input-path", ("batch", "n" * 100_000 + ".csv"), r"n{10}"),
        ]
    ],
    *[
        Case(f"control-chars-{name}", args, codes(2), tokens=(token,))
        for name, args, token in [
            ("education-esc", check_args("-e", "\x1b[2J"), "--education"),
            ("education-c1-csi", check_args("-e", "\u009b2J"), "--education"),
            ("education-bel-nul-free", check_args("-e", "a\x07b\x08c"), "--education"),
            (
                "major-esc",
                check_args("-e", "大专", "--major", "\x1b]0;pwned\x07"),
                "--major",
            ),
            (
                "as-of-esc",
                ("check", "-e", "大专", "--as-of", "\x1b[31m2026"),
                "--as-of",
            ),
            (
                "encoding-esc",
                ("batch", "{H}/small.csv", "--encoding", "\x1b[2J"),
                "--encoding",
            ),
            ("input-path-esc", ("batch", "\x1b[2Jmissing.csv"), "missing"),
            (
                "rules-path-esc",
                check_args("-e", "大专", "--rules", "\x1b[2Jmissing.toml"),
                "missing",
            ),
        ]
    ],
    Case(
        "control-chars-in-json-value",
        check_args("--input", "esc.json"),
        codes(2),
        tokens=("education",),
        make=write("esc.json", '{"education": "\\u001b[2J\\u009b1m"}'),
    ),
    Case(
        "jobs-zero",
        ("batch", "{H}/small.csv", "--jobs", "0"),
        codes(2),
        tokens=("--jobs",),
    ),
]


def _case_param(case: Case) -> Any:
    marks = [pytest.mark.slow] if case.slow else []
    return pytest.param(case, id=case.id, marks=marks)


def assert_contract(case: Case, run: Run) -> None:
    """What every hostile run must honour."""
    traceback = b"Traceback" in run.stderr or b"Traceback" in run.stdout
    assert not traceback, run.describe()
    documented = run.code in case.exits
    assert documented, f"exit {run.code}, wanted one of {sorted(case.exits)}\n{run.describe()}"
    text = run.message + (run.stdout.decode("utf-8", "replace") if case.message_on_stdout else "")
    if run.code == 141:
        assert b"" == run.stderr, run.describe()
    elif run.code not in (0, 1):
        assert text.strip(), f"exit {run.code} with no message\n{run.describe()}"
    if run.code in (2, 74):
        for token in case.tokens:
            assert re.search(token, text, re.I), (
                f"message does not name {token!r}\n{run.describe()}"
            )
    shown = RAW_CONTROLS.search(run.message)
    assert shown is None, f"raw control character {shown.group()!r} on stderr\n{run.describe()}"
    if case.max_stderr is not None:
        size = len(run.stderr)
        assert case.max_stderr > size, f"stderr of {size} bytes\n{run.describe()[:600]}"
    assert case.limit > run.seconds, f"took {run.seconds:.1f} s\n{run.describe()}"
    assert () == run.leftovers, f"processes left running: {run.leftovers}"
    temps = sorted(p.name for p in run.cwd.rglob(".*.tmp"))
    assert [] == temps, f"temporary files left behind\n{run.describe()}"
    if run.output is not None:
        if run.code in (0, 1):
            assert run.output.is_file(), run.describe()
            assert EARLIER != run.output.read_bytes(), f"output not replaced\n{run.describe()}"
            if case.rows is not None:
                found = len(output_records(run.output))
                assert case.rows == found, f"{found} output rows\n{run.describe()}"
        elif run.output.parent.is_dir() and not run.output.is_dir():
            assert EARLIER == run.output.read_bytes(), f"earlier output changed\n{run.describe()}"
    if case.verify is not None:
        case.verify(run)


def run_case(case: Case, tmp: Path) -> Run:
    """Prepare ``tmp`` for ``case`` and run it there."""
    if case.make is not None:
        case.make(tmp)
    output = None
    if case.output is not None:
        output = tmp / case.output
        if output.parent.is_dir():
            output.write_bytes(EARLIER)
    return run_mediaops(
        [_fill(a, tmp) for a in case.args],
        cwd=tmp,
        stdin=Path(_fill(case.stdin, tmp)) if case.stdin else None,
        stdout_to=case.stdout_to,
        env=case.env,
        close_fds=case.close_fds,
        fsize=case.fsize,
        timeout=case.limit + 3,
        output=output,
    )


@pytest.fixture(scope="module")
def runs(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, Future[Run]]]:
    """Every selected case, started at once on as many workers as there are cores.

    Each run is a separate process in its own directory; running them side by side keeps
    the file's time near a minute on two cores. A test then judges its own case's run.
    """
    selected: list[Case] = []
    for item in request.session.items:
        spec = getattr(item, "callspec", None)
        case = spec.params.get("case") if spec is not None else None
        if isinstance(case, Case):
            selected.append(case)
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        futures = {
            c.id: pool.submit(run_case, c, tmp_path_factory.mktemp(c.id[:40])) for c in selected
        }
        yield futures
        for future in futures.values():
            future.cancel()


@pytest.mark.parametrize("case", [_case_param(c) for c in CASES])
def test_hostile(case: Case, runs: dict[str, Future[Run]], tmp_path: Path) -> None:
    """A hostile run ends with the documented status, a message naming the problem, no debris."""
    future = runs.get(case.id)
    run = future.result() if future is not None else run_case(case, tmp_path)
    assert_contract(case, run)


def test_case_ids_are_unique() -> None:
    """Every case can be selected by its id."""
    ids = [c.id for c in CASES]
    assert sorted(set(ids)) == sorted(ids)


# --- a ruleset without level 1 ---------------------------------------------------------------


def test_ruleset_without_level_1(tmp_path: Path) -> None:
    """Refused naming the missing level, or, if accepted, batch columns stay keyed by level."""
    rules_with("rules-no-level-1.toml", _drop_level_1)(tmp_path)
    validate = run_mediaops(
        ["rules", "validate", "rules-no-level-1.toml", "--lang", "en"], cwd=tmp_path
    )
    case = Case(
        "rules-no-level-1",
        (),
        codes(0, 2),
        tokens=(r"level\D{0,12}1\b|\b1\b",),
        message_on_stdout=True,
    )
    assert_contract(case, validate)
    if 2 == validate.code:
        return
    (tmp_path / "list.csv").write_text(
        "id,education,major,experience,certs\nH,大专,related,9,二级:2010-01-01\n"
        "E,大专,related,3,\nN,高中,,0.5,\n",
        "utf-8",
    )
    done = run_mediaops(
        [
            "batch",
            "list.csv",
            "-o",
            "out.csv",
            "--rules",
            "rules-no-level-1.toml",
            "--as-of",
            AS_OF,
            "--lang",
            "en",
        ],
        cwd=tmp_path,
        output=tmp_path / "out.csv",
    )
    assert_contract(Case("batch-no-level-1", (), codes(0, 1)), done)
    table = list(csv.reader(io.StringIO((tmp_path / "out.csv").read_text("utf-8-sig"))))
    header, rows = table[0], table[1:]
    assert 3 == len(rows)
    for row in rows:
        assert len(header) == len(row), f"{row} does not fit {header}"
        cells = dict(zip(header, row, strict=True))
        for key in ("level_4", "level_3", "level_2", "level_1"):
            assert cells.get(key, "") in STATUSES, f"{key} = {cells.get(key)!r} in {cells}"
        assert re.fullmatch(r"[1-4]?", cells["highest_eligible"]), cells
        assert "" == cells.get("level_1", ""), f"level 1 is not in this ruleset: {cells}"


# --- signals ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def long_list(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 200,000-row applicant list whose rows rarely repeat (a run of several seconds)."""
    path = tmp_path_factory.mktemp("long") / "long.csv"
    csv_rows("long.csv", 200_000)(path.parent)
    return path


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sig", "jobs", "group", "expected"),
    [
        pytest.param(signal.SIGINT, 2, True, 130, id="ctrl-c-jobs-2"),
        pytest.param(signal.SIGINT, 2, False, 130, id="sigint-jobs-2"),
        pytest.param(signal.SIGINT, 1, True, 130, id="ctrl-c-jobs-1"),
        pytest.param(signal.SIGTERM, 2, False, 143, id="sigterm-jobs-2"),
        pytest.param(signal.SIGTERM, 1, False, 143, id="sigterm-jobs-1"),
        pytest.param(signal.SIGHUP, 2, True, 129, id="sighup-jobs-2"),
    ],
)
def test_signal_during_batch(
    long_list: Path,
    tmp_path: Path,
    sig: signal.Signals,
    jobs: int,
    group: bool,
    expected: int,
) -> None:
    """A signal a second into a long run ends it within ~2 s: its status, no traceback, no debris."""
    out = tmp_path / "out.jsonl"
    out.write_bytes(EARLIER)
    args = [
        "batch",
        str(long_list),
        "-o",
        out.name,
        "--jobs",
        str(jobs),
        "--as-of",
        AS_OF,
    ]
    with subprocess.Popen(
        command(args),
        cwd=tmp_path,
        env=_env(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    ) as proc:
        deadline = time.monotonic() + 3.0
        while time.monotonic() < deadline and not list(tmp_path.glob(".out.jsonl.*.tmp")):
            time.sleep(0.05)
        time.sleep(1.0)
        assert proc.poll() is None, "the run ended before the signal: make the list longer"
        sent = time.monotonic()
        if group:
            os.killpg(proc.pid, sig)
        else:
            os.kill(proc.pid, sig)
        try:
            stdout, stderr = proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            _end_session(proc.pid)
            proc.kill()
            proc.communicate()
            pytest.fail(f"HANG: still running 10 s after {sig.name}")
        took = time.monotonic() - sent
        leftovers = _end_session(proc.pid)
    code = proc.returncode
    said = stderr.decode("utf-8", "replace")
    assert code in (expected, -sig), f"exit {code} after {sig.name}: {said[-1500:]}"
    assert "Traceback" not in said, f"exit {code}, TRACEBACK: {said[-1500:]}"
    assert "KeyboardInterrupt" not in said, f"exit {code}: {said[-1500:]}"
    assert b"" == stdout
    assert 3.0 > took, f"exit {code} {took:.1f} s after {sig.name}"
    assert () == leftovers, f"exit {code}, worker processes left running: {leftovers}"
    temps = sorted(p.name for p in tmp_path.glob(".*.tmp"))
    assert [] == temps, f"exit {code}, temporary file left behind"
    assert EARLIER == out.read_bytes(), f"exit {code}, earlier output changed"


# --- stdout closed by its reader --------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(("guide",), id="guide"),
        pytest.param(("rules", "show"), id="rules-show"),
        pytest.param(check_args("-e", "大专", "-x", "3", "--format", "json"), id="check-json"),
        pytest.param(("batch", "{H}/small.csv", "--as-of", AS_OF), id="batch"),
    ],
)
def test_reader_goes_away(args: tuple[str, ...], tmp_path: Path) -> None:
    """``mediaops … | true``: the reader is gone before the first write: 141, quietly."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        with subprocess.Popen(
            command([_fill(a, tmp_path) for a in args]),
            cwd=tmp_path,
            env=_env(),
            stdin=subprocess.DEVNULL,
            stdout=write_end,
            stderr=subprocess.PIPE,
            start_new_session=True,
        ) as proc:
            _, stderr = proc.communicate(timeout=TIME_LIMIT)
    finally:
        os.close(write_end)
    said = stderr.decode("utf-8", "replace")
    code = proc.returncode
    assert b"Traceback" not in stderr, f"exit {code}, TRACEBACK: {said[-1500:]}"
    assert 141 == code, f"exit {code} with stderr {said[-1500:]!r}"
    if args[0] == "batch":
        # the column mapping is shown on stderr before the first row is written; after it,
        # nothing: no message about the closed pipe
        assert "mediaops:" not in said, f"exit {code}, not quiet: {said[-1500:]}"
        assert said.startswith("读取"), f"exit {code}, not quiet: {said[-1500:]}"
    else:
        assert b"" == stderr, f"exit {code}, not quiet: {said[-1500:]}"


# --- arbitrary bytes ---------------------------------------------------------------------------

#: Keys, values and cells that have broken the program before, to build inputs from.
JSON_KEYS = [
    b'"education"', b'"experience"', b'"certificates"', b'"trainings"', b'"work_history"',
    b'"as_of"', b'"major"', b'"graduating"', b'"id"', b'"note"', b'"experience"',
]  # fmt: skip
JSON_VALUES = [
    b'"\\ud800"', '"大专"'.encode(), b'"' + "大专".encode("gbk") + b'"', b"1" + b"0" * 400,
    b"1" + b"0" * 5000, b"[3]", b"-1", b"1e999", b'"9999-12-31"', b'[{"level": -1}]',
    b'[{"start": "9999-12-01"}]', b"null", b"{}", b"[" * 2000 + b"]" * 2000, b'"\\u001b[2J"',
    b'"\x1b"', b"3", b'"1_0"', b'[4, "4", "\\u2074"]', b'[{"level": 4, "date": "0001-01-01"}]',
    b'[{"level": 4, "years_after": 1e308}]', b"true", b'"\xff\xfe"',
]  # fmt: skip
CSV_HEADERS = [
    b"id",
    b"education",
    b"experience",
    b"certs",
    b"training",
    b"as_of",
    b"note",
    b"work",
]
CSV_CELLS = [
    "大专".encode(), "大专".encode("gbk"), b'"', b'"a""b"', b'"open', b"-1", b"1_0", b"nan",
    b"9999-12-31", b"4:9999-12-31", b"\x00", b"\x1b[2J", b"=1+1", b"9" * 400, b"4;3;2;1;0",
    b"1900-01-01..9999-12-31", b"", b"x" * 1000, b"\xff", "⁴".encode(),
]  # fmt: skip
JSON_OBJECT = st.lists(
    st.tuples(st.sampled_from(JSON_KEYS), st.sampled_from(JSON_VALUES)), max_size=6
).map(lambda pairs: b"{" + b",".join(k + b":" + v for k, v in pairs) + b"}")
CSV_LIST = st.tuples(
    st.lists(st.sampled_from(CSV_HEADERS), min_size=1, max_size=6),
    st.lists(st.lists(st.sampled_from(CSV_CELLS), max_size=7), max_size=5),
).map(lambda t: b"\n".join([b",".join(t[0]), *(b",".join(row) for row in t[1])]) + b"\n")
HOSTILE_BYTES = st.one_of(
    st.binary(max_size=300),
    JSON_OBJECT,
    st.lists(st.one_of(JSON_OBJECT, st.binary(max_size=40)), max_size=5).map(b"\n".join),
    CSV_LIST,
)


@pytest.mark.slow
@pytest.mark.parametrize(
    "args",
    [
        pytest.param(check_args("--input", "-", "--format", "json"), id="check-input"),
        pytest.param(("batch", "-", "--input-format", "csv", "--as-of", AS_OF), id="batch-csv"),
        pytest.param(
            ("batch", "-", "--input-format", "jsonl", "--as-of", AS_OF),
            id="batch-jsonl",
        ),
    ],
)
@settings(max_examples=20, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate])
@given(data=HOSTILE_BYTES)
def test_arbitrary_bytes_on_stdin(args: tuple[str, ...], data: bytes) -> None:
    """Whatever bytes arrive on stdin: no traceback, an exit status from the documented set."""
    run = run_mediaops(args, cwd=HERE, input_bytes=data)
    shown = repr(data)[:400]
    assert b"Traceback" not in run.stderr, f"{shown}\n{run.describe()}"
    assert run.code in (0, 1, 2), f"{shown}\n{run.describe()}"
    assert run.code in (0, 1) or run.message.strip(), f"{shown}: exit 2 with no message"
