"""The README is a promise: each test here holds one kind of statement in it to the code.

The README marks what is checked with HTML comments, invisible when rendered:

* ``<!-- command: NAME[, NAME…] -->`` after a heading: the ``--flags`` named in the prose
  until the next ``##`` heading are options of one of those commands (``none``: of any
  command); a ``mediaops CMD …`` line in a code block uses only options of CMD;
* ``<!-- quickstart -->``: the two quick-start commands, exactly;
* ``<!-- runnable -->`` before a ```` ```bash ```` block: its ``mediaops`` lines run (exit 0 or
  1), in a scratch directory holding copies of ``examples/`` and ``rules/``; a
  ```` ```text ```` block after ``<!-- output -->`` is what the last of them prints;
* ``<!-- exit: NAME[, NAME…] -->`` before a table: the command's exit statuses, as its
  ``--help`` lists them (``any``: the statuses of the boundary every command goes through);
* ``<!-- json-keys: WHAT -->`` before a table: key paths (``levels[].documents``) found in
  real output of ``check``, ``check --compare-editions``, ``plan`` or ``batch`` to JSON Lines;
* ``<!-- values: WHAT -->``, ``<!-- batch-headers -->``, ``<!-- batch-columns -->``,
  ``<!-- batch-verdicts -->``, ``<!-- major-names -->``, ``<!-- clauses: EDITION -->``,
  ``<!-- condition-kinds -->``: lists and tables compared with the code's own;
* ``<!-- candidate-keys -->``: the sentence after it names every key of a candidate file.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shlex
import shutil
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from mediaops.batch.columns import FACTS, MAJOR_OR_NAME, WORK_START, map_columns, tidy
from mediaops.batch.write import header, verdict_word
from mediaops.cli import app
from mediaops.cli import common as cli_common
from mediaops.engine.conditions import UNITS
from mediaops.engine.decide import Opens, Verdict
from mediaops.engine.outcome import Status
from mediaops.messages import CATALOGUE, tr
from mediaops.plan import MAX_EXAM_LAG, PlanStatus
from mediaops.rules import Condition, ConditionKind, load_edition

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
LINES = README.splitlines()

QUICK_START = [
    "python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/mediaops check",
    'python3 -m venv .venv && .venv/bin/pip install -e ".[test]" && .venv/bin/pytest -n auto -m "not slow"',
]
#: Options the README names that belong to other tools, and a file that shows they exist.
OTHER_TOOLS = {
    "--quick": "benchmarks/batch.py",
    "--rounds": "benchmarks/batch.py",
    "--check": "Makefile",
}
#: The environment the README's commands run in: a pipe, no language or width chosen.
ENV: dict[str, str | None] = {
    "MEDIAOPS_LANG": None,
    "MEDIAOPS_DEBUG": None,
    "COLUMNS": None,
    "LINES": None,
    "NO_COLOR": None,
    "FORCE_COLOR": None,
    "TTY_COMPATIBLE": None,
    "TTY_INTERACTIVE": None,
}
AS_OF = "2026-11-27"

runner = CliRunner()
ROOT_COMMAND: Any = typer.main.get_command(app)

LONG_FLAG = re.compile(r"(?<![\w-])--[a-z][a-z0-9-]*")
MARKER = re.compile(r"<!--\s*([a-z-]+)(?::\s*(.*?))?\s*-->")
BACKTICKED = re.compile(r"`([^`]+)`")


# --- reading the README ---------------------------------------------------------------------


def commands() -> dict[str, Any]:
    """Every command by its path below ``mediaops`` (``check``, ``rules show``)."""
    found: dict[str, Any] = {}
    for name, cmd in ROOT_COMMAND.commands.items():
        subcommands = getattr(cmd, "commands", None)
        if subcommands:
            found.update({f"{name} {sub}": c for sub, c in subcommands.items()})
        else:
            found[name] = cmd
    return found


COMMANDS = commands()


def options(cmd: Any) -> set[str]:
    """A command's option names, long and short (help included)."""
    names = {"-h", "--help"}
    for param in cmd.params:
        if param.param_type_name == "option":
            names.update(param.opts)
            names.update(param.secondary_opts)
    return names


ALL_OPTIONS = set().union(*(options(c) for c in COMMANDS.values()), options(ROOT_COMMAND))


def markers(kind: str) -> Iterator[tuple[int, str]]:
    """(line index, argument) of every ``<!-- kind: argument -->`` in the README."""
    for i, line in enumerate(LINES):
        for found in MARKER.finditer(line):
            if found[1] == kind:
                yield i, found[2] or ""


def table_after(index: int) -> list[list[str]]:
    """The body rows (cells stripped) of the first Markdown table after line ``index``."""
    rows: list[list[str]] = []
    i = index + 1
    while i < len(LINES) and not LINES[i].startswith("|"):
        i += 1
    for line in LINES[i:]:
        if not line.startswith("|"):
            break
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", line.strip())[1:-1]]
        rows.append(cells)
    assert len(rows) > 2, f"no table after README line {index + 1}"
    return rows[2:]  # the header and its rule


def block_after(index: int, language: str) -> tuple[int, list[str]]:
    """The first fenced block in ``language`` after line ``index``: its end and its lines."""
    i = index + 1
    while not LINES[i].startswith("```"):
        assert not LINES[i].startswith("#"), f"no block after README line {index + 1}"
        i += 1
    assert f"```{language}" == LINES[i], f"README line {i + 1}: expected a {language} block"
    end = LINES.index("```", i + 1)
    return end, LINES[i + 1 : end]


def command_lines(block: list[str]) -> list[str]:
    """The lines of a shell block, continuations joined, comments and blank lines dropped."""
    joined: list[str] = []
    for line in block:
        if joined and joined[-1].endswith("\\"):
            joined[-1] = joined[-1][:-1] + " " + line.strip()
        else:
            joined.append(line.strip())
    return [line for line in joined if line and not line.startswith("#")]


def mediaops_args(line: str) -> list[str]:
    """The arguments of a ``mediaops …`` command line (after the program's name)."""
    words = shlex.split(line, comments=True)
    assert words[0] == "mediaops", line
    return words[1:]


def command_of(args: list[str]) -> str:
    """The command a list of arguments runs (``check``, ``rules diff``)."""
    if args[0] == "rules":
        return f"rules {args[1]}"
    return args[0]


def scopes() -> Iterator[tuple[int, str, set[str] | None]]:
    """Each README line with the commands whose options its prose may name (None: any)."""
    scope: set[str] | None = None
    for i, line in enumerate(LINES):
        if line.startswith("## "):
            scope = None
        for found in MARKER.finditer(line):
            if found[1] == "command":
                names = {n.strip() for n in (found[2] or "").split(",")}
                scope = None if names == {"none"} else names
        yield i, line, scope


def code_lines() -> set[int]:
    """Indices of the README lines inside fenced code blocks."""
    inside, found = False, set()
    for i, line in enumerate(LINES):
        if line.startswith("```"):
            inside = not inside
            continue
        if inside:
            found.add(i)
    return found


def key_paths(cells: list[str]) -> list[str]:
    """The backticked key paths in a table cell."""
    return list(BACKTICKED.findall(cells[0]))


def has_path(value: Any, parts: list[str]) -> bool:
    """Whether a key path (``levels[].documents`` split on dots) is found in ``value``."""
    if not parts:
        return True
    head, many = parts[0].removesuffix("[]"), parts[0].endswith("[]")
    if not isinstance(value, dict) or head not in value:
        return False
    inner = value[head]
    if not many:
        return has_path(inner, parts[1:])
    return isinstance(inner, list) and any(has_path(v, parts[1:]) for v in inner)


def invoke(args: list[str], **kwargs: Any) -> Any:
    """Run the app as the README's reader would, in a pipe."""
    return runner.invoke(app, args, env=ENV, **kwargs)


def json_of(args: list[str]) -> Any:
    """The JSON a command prints (exit 0 or 1)."""
    result = invoke(args)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working directory holding copies of ``examples/`` and ``rules/``, as in a clone."""
    for name in ("examples", "rules"):
        shutil.copytree(ROOT / name, tmp_path / name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- quick start and runnable examples ----------------------------------------------------------


def test_quick_start_is_the_two_commands() -> None:
    """The quick start is exactly the install-and-run command and the install-and-test command."""
    (index, _), *more = list(markers("quickstart"))
    _, block = block_after(index, "bash")
    assert [] == more
    assert QUICK_START == command_lines(block)


def test_quick_start_test_command_is_what_ci_and_make_run() -> None:
    """The quick start's pytest options are the ones ``.ci/run`` and ``make test`` run."""
    pytest_part = QUICK_START[1].split(".venv/bin/")[-1]
    assert pytest_part in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert f".venv/bin/{pytest_part}" in (ROOT / "Makefile").read_text(encoding="utf-8")


def runnable_blocks() -> list[tuple[int, int, list[str]]]:
    """(marker line, end line, command lines) of every block marked runnable."""
    blocks = []
    for index, _ in markers("runnable"):
        end, block = block_after(index, "bash")
        lines = [line for line in command_lines(block) if line.startswith("mediaops ")]
        assert lines, f"README line {index + 1}: a runnable block with no mediaops command"
        blocks.append((index, end, lines))
    return blocks


RUNNABLE = runnable_blocks()


def output_owner(index: int) -> int:
    """The runnable block (its end line) whose output the block at ``index`` shows."""
    before = [end for _, end, _ in RUNNABLE if end < index]
    assert before, f"README line {index + 1}: an output with no runnable block before it"
    between = LINES[before[-1] + 1 : index]
    assert not any(line.startswith("```") for line in between), f"README line {index + 1}"
    return before[-1]


def test_every_output_follows_the_runnable_block_that_prints_it() -> None:
    """An output shown in the README comes right after a runnable block, with no block between."""
    shown = list(markers("output"))
    assert shown, "the README shows no output"
    for index, _ in shown:
        output_owner(index)


def test_runnable_blocks_run_and_print_what_the_readme_shows(scratch: Path) -> None:
    """Every ``mediaops`` line of a runnable block exits 0 or 1 with no traceback, and each
    output the README shows is, line for line, what the last command of its block prints."""
    shown: dict[int, list[str]] = {}
    for index, _ in markers("output"):
        shown.setdefault(output_owner(index), []).extend(block_after(index, "text")[1])
    checked = 0
    for _, end, lines in RUNNABLE:
        printed = ""
        for line in lines:
            result = invoke(mediaops_args(line))
            assert result.exit_code in (0, 1), f"{line}\n{result.output}"
            assert "Traceback" not in result.output, line
            printed = result.stdout
        if end in shown:
            expected = [x.rstrip() for x in shown[end]]
            actual = [x.rstrip() for x in printed.strip("\n").splitlines()]
            assert expected == actual, f"the README shows other output for {lines[-1]!r}"
            checked += 1
    assert len(shown) == checked


def test_files_shown_in_the_readme_are_the_files() -> None:
    """A file the README shows (``<!-- file: PATH -->``) is that file, as JSON."""
    shown = list(markers("file"))
    assert shown
    for index, path in shown:
        _, block = block_after(index, "json")
        assert json.loads((ROOT / path).read_text(encoding="utf-8")) == json.loads("\n".join(block))


# --- flags -------------------------------------------------------------------------------------


def check_command_flags(words: list[str], where: str) -> None:
    """The options in ``mediaops CMD …`` (or ``CMD …``) words are options of CMD."""
    if words and words[0] == "mediaops":
        words = words[1:]
    if not words or words[0].startswith("-"):
        name, cmd = "mediaops", ROOT_COMMAND
    elif words[0] == "rules" and (len(words) == 1 or words[1].startswith("-")):
        name, cmd = "rules", ROOT_COMMAND.commands["rules"]
    else:
        name = command_of(words)
        assert name in COMMANDS, f"{where}: there is no command {name!r}"
        cmd = COMMANDS[name]
    flags = {w.split("=")[0] for w in words if w.startswith("-") and w != "-"}
    assert set() == flags - options(cmd), f"{where}: {name} has no such option"


def test_every_command_line_uses_options_of_its_command() -> None:
    """Each ``mediaops CMD …`` line in a code block names only options CMD has."""
    seen = 0
    for i in sorted(code_lines()):
        line = LINES[i].strip().rstrip("\\")
        if line.startswith("mediaops"):
            check_command_flags(mediaops_args(line), f"README line {i + 1}")
            seen += 1
    assert seen > 20


def test_every_command_in_the_prose_uses_options_of_its_command() -> None:
    """A command written in backticks in the prose (`check --input`) names its own options."""
    top = {name.split()[0] for name in COMMANDS}
    seen = 0
    for i, line in enumerate(LINES):
        for span in BACKTICKED.findall(line):
            words = span.split()
            if len(words) > 1 and (words[0] == "mediaops" or words[0] in top):
                check_command_flags(words, f"README line {i + 1}")
                seen += 1
    assert seen > 5


def test_every_flag_in_the_prose_exists_where_it_is_documented() -> None:
    """A ``--flag`` named under a command's section is one of that command's options."""
    top = {name.split()[0] for name in COMMANDS}
    inside = code_lines()
    for i, line, scope in scopes():
        if i in inside or line.startswith("<!--"):
            continue
        for span in BACKTICKED.findall(line):  # `check --input`: checked against its command
            words = span.split()
            if len(words) > 1 and (words[0] == "mediaops" or words[0] in top):
                line = line.replace(f"`{span}`", "")
        allowed = (
            ALL_OPTIONS | set(OTHER_TOOLS)
            if scope is None
            else set().union(*(options(COMMANDS[n]) for n in scope))
        )
        for flag in LONG_FLAG.findall(line):
            if flag.endswith("-"):  # a family: --assume-…
                assert any(o.startswith(flag) for o in allowed), f"README line {i + 1}: {flag}"
            else:
                assert flag in allowed, f"README line {i + 1}: {flag} is not an option here"


def test_flags_of_other_tools_exist_there() -> None:
    """The few options the README names for other tools are in the files that use them."""
    for flag, path in OTHER_TOOLS.items():
        assert flag in README
        assert flag in (ROOT / path).read_text(encoding="utf-8"), (flag, path)


@pytest.mark.parametrize("name", ["check", "plan", "batch"])
def test_every_option_is_documented_in_its_section(name: str) -> None:
    """Each option of check, plan and batch is named in that command's section."""
    named: set[str] = set()
    for _, line, scope in scopes():
        if scope is not None and name in scope:
            named.update(LONG_FLAG.findall(line))
    missing = {o for o in options(COMMANDS[name]) if o.startswith("--")} - named - {"--help"}
    assert set() == missing


def test_the_sections_name_real_commands() -> None:
    """Every ``command`` marker names commands the program has."""
    for i, argument in markers("command"):
        names = {n.strip() for n in argument.split(",")}
        assert names == {"none"} or names <= set(COMMANDS), f"README line {i + 1}"


# --- exit statuses -----------------------------------------------------------------------------


def help_statuses(name: str) -> set[int]:
    """The exit statuses a command's ``--help`` lists, the same in both languages."""
    key = f"help.exit.{name.split()[-1]}"
    assert key in CATALOGUE, key
    found = [
        {int(n) for n in re.findall(r"(?:^|[;；])\s*(\d+)\s", tr(key, lang))}
        for lang in ("zh", "en")
    ]
    assert found[0] == found[1], key
    return found[0]


def readme_statuses() -> dict[str, set[int]]:
    """The statuses each ``exit`` table lists, by command (``any``: the boundary's)."""
    tables: dict[str, set[int]] = {}
    for index, argument in markers("exit"):
        codes = {int(row[0]) for row in table_after(index)}
        for name in (n.strip() for n in argument.split(",")):
            assert name not in tables, f"two exit tables for {name}"
            tables[name] = codes
    return tables


def test_each_command_lists_the_exit_statuses_its_help_lists() -> None:
    """Every command has an exit table, and it lists exactly what its ``--help`` lists."""
    tables = readme_statuses()
    assert set(COMMANDS) | {"any"} == set(tables)
    for name in COMMANDS:
        assert help_statuses(name) == tables[name], name


def test_the_boundary_statuses_are_the_programs() -> None:
    """The statuses every command shares are the boundary's: usage, I/O, internal, signals."""
    constants = {
        n: v for n, v in vars(cli_common).items() if n.startswith("EXIT_") and isinstance(v, int)
    }
    shared = {v for n, v in constants.items() if n not in ("EXIT_OK", "EXIT_NOT_ELIGIBLE")}
    assert shared == readme_statuses()["any"]
    boundary = (ROOT / "src" / "mediaops" / "cli" / "app.py").read_text(encoding="utf-8")
    for name, value in constants.items():
        if value in shared:
            assert name in boundary, f"{name} is not returned by the boundary"
    for name in COMMANDS:
        assert help_statuses(name) <= set(constants.values()), name


# --- JSON keys ---------------------------------------------------------------------------------

#: Candidates whose reports hold, between them, every key the README lists.
CHECK_RUNS = [
    ["-e", "大专", "--major", "相关", "-x", "3", "--cert", "四级:2024-01-10"],
    ["--input", "examples/candidate.json"],
    ["-e", "高中", "-x", "2.5", "--years-after-cert", "1", "--cert", "四级"],
    ["--diploma", "硕士:related:graduating", "-x", "5", "--cert", "四级:2022-01-01"],
]
PLAN_RUNS = [
    ["-e", "高中", "-x", "2.5"],
    ["-e", "大专", "--major", "related", "--cert", "四级"],
]


def documented_keys(what: str) -> list[str]:
    """The key paths the README lists for ``what``."""
    (index, _), *more = [(i, a) for i, a in markers("json-keys") if a == what]
    assert [] == more, what
    return [k for row in table_after(index) for k in key_paths(row)]


def check_reports(extra: list[str]) -> list[Any]:
    """``check --format json`` for each candidate of :data:`CHECK_RUNS`, plus one from stdin
    with unknown trainings (for the missing facts and the direction note)."""
    base = ["check", "--format", "json", "--as-of", AS_OF, *extra]
    reports = [json_of([*base, *args]) for args in CHECK_RUNS]
    unknown = '{"education": "高中", "experience": 2, "trainings": null}'
    result = invoke([*base, "--input", "-"], input=unknown)
    assert result.exit_code in (0, 1), result.output
    return [*reports, json.loads(result.stdout)]


def test_check_json_has_every_key_the_readme_lists(scratch: Path) -> None:
    """Each key path listed for ``check --format json`` is in a real report."""
    reports = check_reports([])
    for key in documented_keys("check"):
        assert any(has_path(r, key.split(".")) for r in reports), key


def test_the_readme_lists_every_key_of_a_report(scratch: Path) -> None:
    """No key of a report, of a level, or of a route goes unmentioned."""
    listed = set(documented_keys("check"))
    tops = {k.split(".")[0].removesuffix("[]") for k in listed}
    levels = {k.split(".")[1].removesuffix("[]") for k in listed if k.startswith("levels[].")}
    for report in check_reports([]):
        assert set(report) <= tops
        for level in report["levels"]:
            assert set(level) <= levels
            for route in level["routes"]:
                assert {f"levels[].routes[].{k}" for k in route} <= listed


def test_compare_editions_json_has_every_key_the_readme_lists(scratch: Path) -> None:
    """``--compare-editions`` gives ``{"editions": [...]}``, one report per edition."""
    reports = check_reports(["--compare-editions"])
    for report in reports:
        assert ["editions"] == list(report)
        assert ["summary", "template-2023"] == [e["ruleset"]["edition"] for e in report["editions"]]
    for key in documented_keys("check --compare-editions"):
        assert any(has_path(r, key.split(".")) for r in reports), key


def test_plan_json_has_every_key_the_readme_lists() -> None:
    """Each key path listed for ``plan --format json`` is in a real plan, and no key is unlisted."""
    plans = [json_of(["plan", "--format", "json", "--as-of", AS_OF, *a]) for a in PLAN_RUNS]
    listed = documented_keys("plan")
    for key in listed:
        assert any(has_path(p, key.split(".")) for p in plans), key
    tops = {k.split(".")[0].removesuffix("[]") for k in listed}
    levels = {k.split(".")[1].removesuffix("[]") for k in listed if k.startswith("levels[].")}
    for p in plans:
        assert set(p) <= tops
        assert {k for lv in p["levels"] for k in lv} <= levels


def test_batch_json_lines_have_every_key_the_readme_lists(scratch: Path) -> None:
    """A JSON Lines output line is a report plus the keys the README lists (an error row and a
    totals row too)."""
    lines = []
    for source in ("examples/applicants.jsonl", "examples/报名表.csv"):
        result = invoke(["batch", source, "--format", "jsonl", "--as-of", AS_OF, "-q"])
        assert 1 == result.exit_code, result.output
        lines += [json.loads(line) for line in result.stdout.splitlines()]
    totals = "编号,学历,工作年限\nA,大专,3\n合计,,3\n"
    result = invoke(["batch", "-", "--format", "jsonl", "--as-of", AS_OF, "-q"], input=totals)
    assert 0 == result.exit_code, result.output
    lines += [json.loads(line) for line in result.stdout.splitlines()]
    extra = documented_keys("batch")
    report_keys = {k.split(".")[0].removesuffix("[]") for k in documented_keys("check")}
    for key in extra:
        assert any(has_path(line, key.split(".")) for line in lines), key
    for line in lines:
        assert set(line) <= report_keys | set(extra)


def test_a_repeated_header_is_kept_apart_in_json_lines(scratch: Path) -> None:
    """A header given twice keeps both cells, the second as ``note (2)``."""
    assert "`note (2)`" in README
    result = invoke(
        ["batch", "-", "--format", "jsonl", "--as-of", AS_OF, "-q"],
        input="id,education,experience,note,note\nA,大专,3,x,y\n",
    )
    line = json.loads(result.stdout)
    assert {"note": "x", "note (2)": "y"} == {k: line["columns"][k] for k in ("note", "note (2)")}


# --- words, headers and values -----------------------------------------------------------------


def listed_values(what: str) -> list[str]:
    """The backticked words after ``<!-- values: what -->``, up to the end of the line or cell."""
    (index, _), *more = [(i, a) for i, a in markers("values") if a == what]
    assert [] == more, what
    after = LINES[index].split(f"values: {what} -->", 1)[1].split("|")[0]
    return BACKTICKED.findall(after)


@pytest.mark.parametrize(
    ("what", "enum"),
    [("verdict", Verdict), ("status", Status), ("opens", Opens), ("plan", PlanStatus)],
)
def test_listed_values_are_the_codes(what: str, enum: Any) -> None:
    """The values the README gives for a status are exactly the program's, in its order."""
    assert [e.value for e in enum] == listed_values(what)


def test_batch_headers_are_the_writers() -> None:
    """The verdict columns in zh and en are the writer's, in order."""
    (index, _), *_ = markers("batch-columns")
    rows = table_after(index)
    assert header("zh", [4, 3, 2, 1]) == [r[0] for r in rows]
    assert header("en", [4, 3, 2, 1]) == [r[1] for r in rows]


def test_batch_verdict_words_are_the_writers() -> None:
    """The verdict words of each status in zh and en are the ones written in the cells."""
    (index, _), *_ = markers("batch-verdicts")
    rows = table_after(index)
    assert [v.value for v in Verdict] == [r[0] for r in rows]
    for status, zh, en in rows:
        assert (zh, en) == (verdict_word(status, "zh"), verdict_word(status, "en"))


def recognised_as(name: str) -> str | None:
    """The fact a header is read as, alone in a sheet (a name: beside an id column)."""
    columns = map_columns(["编号", name]) if name in FACTS["name"] else map_columns([name])
    index = 1 if name in FACTS["name"] else 0
    return next((f for f, i in columns.facts.items() if i == index), None)


def test_batch_header_names_are_recognised() -> None:
    """Every header the README lists is read as its fact, and every recognised name is listed."""
    (index, _), *_ = markers("batch-headers")
    table = {BACKTICKED.findall(r[0])[0]: BACKTICKED.findall(r[1]) for r in table_after(index)}
    assert list(FACTS) == list(table)
    for fact, names in table.items():
        assert sorted(FACTS[fact]) == sorted(names), fact
        for name in names:
            assert fact == recognised_as(name), name


@pytest.mark.parametrize(
    ("written", "months"),
    [
        ("工作年限(年)", False),
        ("工作年限（年）", False),
        ("年限/年", False),
        ("从业年限(单位:年)", False),
        ("累计工作年限（年）", False),
        ("工作年限(月)", True),
        ("年限/月", True),
        ("experience (months)", True),
    ],
)
def test_headers_with_units_are_read_as_the_readme_says(written: str, months: bool) -> None:
    """A unit in a header is dropped; a unit of months makes a bare number months."""
    assert f"`{written}`" in README
    columns = map_columns([written])
    assert {"experience": 0} == columns.facts
    assert months == ("experience" in columns.in_months)


def test_a_column_of_major_names_is_not_read() -> None:
    """``专业`` holding names is reported as not read; holding relevance, it is read."""
    (index, _), *_ = markers("major-names")
    sentence = " ".join(LINES[index : index + 3]).split("-->", 1)[1].split("holds")[0]
    assert sorted(MAJOR_OR_NAME) == sorted(BACKTICKED.findall(sentence))
    for name in MAJOR_OR_NAME:
        names = map_columns([name], [["市场营销"], ["新闻学"]])
        assert ({}, {0: "name"}) == (names.facts, names.ignored)
        assert {"major": 0} == map_columns([name], [["相关"], ["本专业"]]).facts


def test_the_date_work_started_is_not_read_as_the_readme_says() -> None:
    """The headers listed for the date work started are those of the code, each not read."""
    (index, _), *_ = markers("work-start")
    sentence = " ".join(LINES[index : index + 6]).split("-->", 1)[1].split("; also")[0]
    listed = BACKTICKED.findall(sentence)
    assert sorted(WORK_START) == sorted(tidy(name) for name in listed)
    for name in [*listed, "参加工作时间(年月)"]:
        columns = map_columns(["学历", name])
        assert ({"education": 0}, {1: "work_start"}) == (columns.facts, columns.ignored)


def screen_one(cells: str) -> dict[str, Any]:
    """One CSV row (编号,学历,专业相关性,工作年限,证书,取证时间) screened to JSON Lines."""
    result = invoke(
        ["batch", "-", "--format", "jsonl", "--as-of", AS_OF, "-q"],
        input=f"编号,学历,专业相关性,工作年限,证书,取证时间\n{cells}\n",
    )
    line: dict[str, Any] = json.loads(result.stdout)
    return line


def test_the_date_column_pairs_with_the_certificate_as_the_readme_says() -> None:
    """The date goes to the one undated certificate; with two undated, it is not used."""
    one = screen_one("A,大专,相关,3,四级,2024-01-10")
    assert [{"level": 4, "date": "2024-01-10"}] == [
        {k: c[k] for k in ("level", "date")} for c in one["facts"]["certificates"]
    ]
    one_of_two = screen_one("B,大专,相关,3,四级:2023-01-01;三级,2024-01-10")
    assert {4: "2023-01-01", 3: "2024-01-10"} == {
        c["level"]: c["date"] for c in one_of_two["facts"]["certificates"]
    }
    two = screen_one("C,大专,相关,3,四级;三级,2024-01-10")
    assert {4: None, 3: None} == {c["level"]: c["date"] for c in two["facts"]["certificates"]}
    assert ["取证时间"] == [w[: len("取证时间")] for w in two["warnings"]]
    assert "error" in screen_one("D,大专,相关,3,,2024-01-10")
    assert "error" in screen_one("E,大专,相关,3,四级:2023-01-01,2024-01-10")


def test_numbers_the_readme_states_are_the_codes() -> None:
    """The ranges and limits the README gives are the code's."""
    plan_opts = {p.name: p for p in COMMANDS["plan"].params}
    batch_opts = {p.name: p for p in COMMANDS["batch"].params}
    assert f"(0–{MAX_EXAM_LAG}, default {plan_opts['exam_lag_months'].default})" in README
    jobs = batch_opts["jobs"]
    assert f"`--jobs N` ({jobs.min}–{jobs.max})" in README
    assert 1 << 20 == cli_common.MAX_INPUT_BYTES
    assert "a file over 1 MiB is refused" in README


# --- the requirements --------------------------------------------------------------------------


@pytest.mark.parametrize("edition", ["summary", "template-2023"])
def test_clause_tables_list_every_pathway_of_the_edition(edition: str) -> None:
    """The clause table of an edition has exactly its pathways, in its order."""
    (index, _), *_ = [(i, a) for i, a in markers("clauses") if a == edition]
    listed = [row[1] for row in table_after(index)]
    assert [p.id for _, p in load_edition(edition).pathways()] == listed


def test_condition_kinds_and_their_parameters_are_the_schemas() -> None:
    """The kinds of condition, and each one's parameters, are the ruleset schema's."""
    (index, _), *_ = markers("condition-kinds")
    rows = {BACKTICKED.findall(r[0])[0]: set(BACKTICKED.findall(r[1])) for r in table_after(index)}
    assert list(typing.get_args(ConditionKind)) == list(rows)
    assert set(UNITS) == set(rows)
    models = typing.get_args(typing.get_args(Condition)[0])
    for model in models:
        kind = typing.get_args(model.model_fields["kind"].annotation)[0]
        assert set(model.model_fields) - {"kind", "assumption"} == rows[kind], kind


def test_the_keys_of_a_candidate_file_are_the_models() -> None:
    """The sentence listing the keys of `--input` names each key of a candidate file and of
    the items in its lists, and no other."""
    from mediaops.models import CandidateDocument, Certificate, Diploma, Title, WorkPeriod

    (index, _), *_ = markers("candidate-keys")
    text = "\n".join(LINES[index:]).split("<!-- candidate-keys -->", 1)[1]
    sentence = re.split(r"`\.\s", text, maxsplit=1)[0] + "`"
    models = (CandidateDocument, Diploma, Certificate, Title, WorkPeriod)
    assert {key for model in models for key in model.model_fields} == set(
        BACKTICKED.findall(sentence)
    )


# --- examples/README.md ------------------------------------------------------------------------

EXAMPLES = (ROOT / "examples" / "README.md").read_text(encoding="utf-8")


def test_the_examples_commands_run(scratch: Path) -> None:
    """Every ``mediaops`` line in the examples' README runs, exiting 0 or 1."""
    blocks = re.findall(r"```sh\n(.*?)```", EXAMPLES, re.DOTALL)
    lines = [line for b in blocks for line in command_lines(b.splitlines())]
    assert len(lines) >= 6
    for line in lines:
        result = invoke(mediaops_args(line))
        assert result.exit_code in (0, 1), f"{line}\n{result.output}"


def test_the_examples_results_are_what_batch_writes(scratch: Path) -> None:
    """The verdict tables of the examples' README are the cells ``batch`` writes, row by row."""
    found = re.findall(r"<!-- results: (\S+) -->\n((?:\|.*\n)+)", EXAMPLES)
    assert {"examples/报名表.csv", "examples/applicants.csv", "examples/applicants.jsonl"} == {
        path for path, _ in found
    }
    for path, table in found:
        rows = [[c.strip() for c in r.split("|")[1:-1]] for r in table.splitlines()[2:]]
        result = invoke(["batch", path, "--as-of", AS_OF, "-q", "--keep-columns", "none"])
        assert 1 == result.exit_code, result.output
        written = list(csv.reader(io.StringIO(result.stdout)))[1:]
        assert [r[:5] for r in rows] == [w[1:6] for w in written], path


def test_the_example_candidate_is_told_the_editions_differ(scratch: Path) -> None:
    """``check --input examples/candidate.json`` is eligible for 三级 through 3-1, and its table
    ends by saying that the other edition answers 二级 and 一级 differently."""
    result = invoke(["check", "--input", "examples/candidate.json"])
    assert 0 == result.exit_code
    rows = [line for line in result.stdout.splitlines() if line.startswith("三级/高级工")]
    assert "3-1" in rows[0]
    last = result.stdout.strip().split("\n\n")[-1].replace("\n", "")
    assert "二级、一级的结论不同" in last
    assert "提示:按 2023 年版" in last  # a space before the year, as 满 3 年 is written


# --- unknown is not none -----------------------------------------------------------------------

LISTS = ("trainings", "certificates", "titles")


def check_facts(args: list[str], document: str | None = None) -> dict[str, Any]:
    """The facts of a ``check --format json`` report (``document``: on stdin, ``--input -``)."""
    extra = ["--input", "-"] if document is not None else []
    result = invoke(["check", "--format", "json", "--as-of", AS_OF, *args, *extra], input=document)
    assert result.exit_code in (0, 1), result.output
    facts: dict[str, Any] = json.loads(result.stdout)["facts"]
    return facts


def test_lists_not_given_are_none_and_null_lists_are_unknown() -> None:
    """Trainings, certificates and titles not given (flag or key) are none; ``null`` is unknown;
    the final-year flag not given is "no", and ``null`` unknown."""
    assert "| trainings, certificates, titles | **none** | **none** | unknown |" in README
    flags = check_facts(["-e", "高中", "-x", "2"])
    left_out = check_facts([], '{"education": "高中", "experience": 2}')
    nulls = check_facts(
        [],
        '{"diplomas": [{"education": "高中", "graduating": null}],'
        ' "trainings": null, "certificates": null, "titles": null}',
    )
    assert ([], [], []) == tuple(flags[k] for k in LISTS)
    assert ([], [], []) == tuple(left_out[k] for k in LISTS)
    assert (None, None, None) == tuple(nulls[k] for k in LISTS)
    assert (False, False, None) == (
        flags["graduating"],
        left_out["graduating"],
        nulls["diplomas"][0]["graduating"],
    )


def test_batch_empty_list_cells_are_none_and_unreadable_ones_unknown() -> None:
    """In a sheet an empty list cell means none held; an unreadable one, unknown with a warning."""
    assert "| **none** (`无`, `否` too; `不清楚`: unknown) | unknown, with a warning |" in README
    result = invoke(
        ["batch", "-", "--format", "jsonl", "--as-of", AS_OF, "-q"],
        input="编号,学历,工作年限,培训,证书,应届\nA,高中,2,,,\nB,高中,2,很多,??,也许\n",
    )
    empty, unreadable = (json.loads(line) for line in result.stdout.splitlines())
    assert ([], [], False, []) == (
        empty["facts"]["trainings"],
        empty["facts"]["certificates"],
        empty["facts"]["graduating"],
        empty["warnings"],
    )
    assert (None, None, None, 3) == (
        unreadable["facts"]["trainings"],
        unreadable["facts"]["certificates"],
        unreadable["facts"]["diplomas"][0]["graduating"],
        len(unreadable["warnings"]),
    )
    said = invoke(
        ["batch", "-", "--format", "jsonl", "--as-of", AS_OF, "-q"],
        input="编号,学历,工作年限,培训,证书\nC,高中,2,否,不清楚\n",
    )
    row = json.loads(said.stdout)
    assert ([], None, []) == (
        row["facts"]["trainings"],
        row["facts"]["certificates"],
        row["warnings"],
    )


def test_a_bare_number_under_a_months_header_is_months() -> None:
    """Under ``工作年限(月)`` a bare ``42`` (or ``四十二``) is 3.5 years, and ``三年半`` stays
    years."""
    assert "`42` is 3.5 years (`三年半` stays years), and so is `四十二`" in README
    result = invoke(
        ["batch", "-", "--format", "jsonl", "--as-of", AS_OF, "-q"],
        input="编号,工作年限(月)\nA,42\nB,三年半\nC,四十二\n",
    )
    years = [json.loads(line)["facts"]["experience_years"] for line in result.stdout.splitlines()]
    assert [3.5, 3.5, 3.5] == years


def test_the_summary_quoted_is_what_batch_writes(scratch: Path) -> None:
    """The ``说明`` the README quotes is the cell ``batch`` writes for 高中 and 2.5 years."""
    quoted = re.search(r'would bring: "(.*?)"', " ".join(LINES), re.DOTALL)
    assert quoted is not None
    result = invoke(["batch", "examples/applicants.csv", "--as-of", AS_OF, "-q"])
    rows = {r[1]: r for r in csv.reader(io.StringIO(result.stdout))}
    assert quoted[1] == rows["A006"][7]


def test_the_template_notice_is_the_rulesets() -> None:
    """The notice the README quotes for template-2023 is the one the edition shows."""
    notice = load_edition("template-2023").notice
    assert notice is not None
    assert f'"{notice.zh}"' in " ".join(LINES)
    assert ("summary", "template") == tuple(
        load_edition(e).status for e in ("summary", "template-2023")
    )
