"""The real programs: the installed ``mediaops`` console script and ``python -m mediaops`` (SPEC §2).

These run in a child process with stdout and stdin not a terminal, as a
script or a pipe would, so they see what CliRunner cannot: the entry point,
real stdin/stdout/stderr, and that nothing waits for input.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mediaops.__about__ import __version__

AS_OF = "2026-11-27"
SCRIPT = Path(sys.executable).parent / ("mediaops.exe" if os.name == "nt" else "mediaops")
TIMEOUT = 30

PROGRAMS = {
    "script": [str(SCRIPT)],
    "module": [sys.executable, "-m", "mediaops"],
}


def env(lang: str = "zh") -> dict[str, str]:
    """The environment of the child: a fixed language and width, colour not forced."""
    out = {
        k: v
        for k, v in os.environ.items()
        if k not in {"FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "MEDIAOPS_LANG"}
    }
    out.update({"MEDIAOPS_LANG": lang, "COLUMNS": "100", "PYTHONIOENCODING": "utf-8"})
    out.pop("MEDIAOPS_DEBUG", None)
    return out


def run(
    program: str, *args: str, lang: str = "zh", stdin: int | None = subprocess.DEVNULL
) -> subprocess.CompletedProcess[str]:
    """Run one of the programs to completion (or fail after TIMEOUT seconds)."""
    return subprocess.run(
        [*PROGRAMS[program], *args],
        stdin=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env(lang),
        timeout=TIMEOUT,
        check=False,
    )


#: Both programs run every test; ``python -m mediaops`` is the same code by another entry,
#: so its runs are among the slow tests (``.ci/run`` runs them; the quick command does not).
@pytest.fixture(params=["script", pytest.param("module", marks=pytest.mark.slow)])
def program(request: pytest.FixtureRequest) -> str:
    """Each way of starting mediaops: the console script and ``python -m``."""
    if request.param == "script" and not SCRIPT.exists():
        pytest.fail(f"console script not installed next to the interpreter: {SCRIPT}")
    name: str = request.param
    return name


def test_version(program: str) -> None:
    """`--version` prints "mediaops <version>" and exits 0."""
    done = run(program, "--version")
    assert (0, f"mediaops {__version__}") == (done.returncode, done.stdout.strip())
    assert "" == done.stderr


def test_json_check_and_exit_code(program: str) -> None:
    """大专/related/3 y/四级 2024-01-10 → JSON: 四级 held, 三级 eligible via 3-2; exit 0."""
    done = run(
        program,
        "check",
        *("-e", "大专", "--major", "related", "-x", "3", "--cert", "四级:2024-01-10"),
        *("--as-of", AS_OF, "--format", "json"),
    )
    assert 0 == done.returncode, done.stderr
    report = json.loads(done.stdout)
    verdicts = {lv["level"]: lv["status"] for lv in report["levels"]}
    assert {4: "held", 3: "eligible", 2: "not_eligible", 1: "not_eligible"} == verdicts
    assert (3, [3]) == (report["highest_eligible"], report["eligible_levels"])


def test_json_check_not_eligible_exit_1(program: str) -> None:
    """初中 and half a year: not eligible for anything, exit 1, still valid JSON."""
    done = run(program, "check", "-e", "初中", "-x", "0.5", "--as-of", AS_OF, "--format", "json")
    assert 1 == done.returncode, done.stderr
    assert json.loads(done.stdout)["highest_eligible"] is None


@pytest.mark.slow  # (a real program in a pipe or a C locale: in .ci/run)
@pytest.mark.parametrize(
    ("lang", "words"),
    [("zh", ("已持有", "可以报考", "暂不可报考")), ("en", ("held", "eligible", "not eligible"))],
)
def test_table_in_a_pipe_has_no_colour(program: str, lang: str, words: tuple[str, ...]) -> None:
    """The table written to a pipe carries no ANSI codes and reads in both languages."""
    done = run(
        program,
        "check",
        *("-e", "大专", "--major", "related", "-x", "3", "--cert", "四级:2024-01-10"),
        *("--as-of", AS_OF),
        lang=lang,
    )
    assert 0 == done.returncode, done.stderr
    assert "\x1b[" not in done.stdout + done.stderr
    for word in (*words, "3-2"):
        assert word in done.stdout


@pytest.mark.parametrize(
    ("lang", "title"), [("en", "mediaops: Invalid input: "), ("zh", "mediaops: 输入有误:")]
)
def test_bad_input_exit_2_without_traceback(program: str, lang: str, title: str) -> None:
    """An unknown diploma exits 2 with one message on stderr naming the field and value."""
    done = run(program, "check", "-e", "幼儿园", "--as-of", AS_OF, lang=lang)
    assert 2 == done.returncode
    assert done.stderr.startswith(title)
    assert 1 == len(done.stderr.strip().splitlines())
    assert "Traceback" not in done.stderr
    assert "--education" in done.stderr
    assert "幼儿园" in done.stderr
    assert "" == done.stdout


def test_bad_input_file_exit_2_without_traceback(program: str, tmp_path: Path) -> None:
    """An --input file that is not JSON exits 2 with no traceback."""
    path = tmp_path / "bad.json"
    path.write_text("{not json", encoding="utf-8")
    done = run(program, "check", "--input", str(path), lang="en")
    assert 2 == done.returncode
    assert "Traceback" not in done.stderr
    assert "--input" in done.stderr


def test_no_facts_with_stdin_not_a_terminal_does_not_ask(program: str) -> None:
    """stdin from /dev/null and no facts: no questions, everything unknown, exit 1."""
    done = run(program, "check", "--as-of", AS_OF, "--format", "json")
    assert 1 == done.returncode, done.stderr
    report = json.loads(done.stdout)
    assert "undetermined" == report["levels"][0]["status"]
    assert [] == report["eligible_levels"]
    assert "Traceback" not in done.stderr


def test_no_facts_table_with_stdin_not_a_terminal_does_not_ask(program: str) -> None:
    """The same in table form prints no question, only the verdict table."""
    done = run(program, "check", "--as-of", AS_OF)
    assert 1 == done.returncode, done.stderr
    assert "回答几个问题" not in done.stdout  # the questionnaire's introduction
    assert "›" not in done.stdout  # its prompt
    assert "无法判断" in done.stdout


def test_input_from_stdin_pipe(program: str) -> None:
    """`--input -` reads the candidate from a real pipe."""
    candidate = {
        "education": "senior_high",
        "experience": 5,
        "as_of": AS_OF,
    }
    done = subprocess.run(
        [*PROGRAMS[program], "check", "--input", "-", "--format", "json"],
        input=json.dumps(candidate),
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env(),
        timeout=TIMEOUT,
        check=False,
    )
    assert 0 == done.returncode, done.stderr
    assert [4] == json.loads(done.stdout)["eligible_levels"]


EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "applicants.csv"


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_batch_to_stdout_writes_every_row_and_the_exit_status(program: str, fmt: str) -> None:
    """A batch run piped to stdout: one result per row, all of it flushed before the
    process ends (it ends without freeing its memos), and the exit status of SPEC §2."""
    done = run(program, "batch", str(EXAMPLE), "-o", "-", "--format", fmt, "--as-of", AS_OF)
    rows = EXAMPLE.read_text(encoding="utf-8-sig").strip().splitlines()[1:]
    if fmt == "jsonl":
        out = [json.loads(line) for line in done.stdout.splitlines()]
        assert [o["line"] for o in out] == list(range(2, len(rows) + 2))
        flagged = sum(bool(o.get("error") or o.get("warnings")) for o in out)
    else:
        # redesign: the headers are in the user's language (zh by default)
        table = list(csv.reader(io.StringIO(done.stdout.lstrip("\ufeff"))))
        assert ["行号", "编号", "四级", "三级", "二级", "一级"] == table[0][:6]
        assert len(table) == len(rows) + 1
        warnings, error = table[0].index("提示"), table[0].index("错误")
        flagged = sum(bool(r[warnings] or r[error]) for r in table[1:])
    # exit 1 when some row has a warning (an unreadable cell) or an error, else 0
    assert (1 if flagged else 0) == done.returncode
    assert "Traceback" not in done.stderr


def test_batch_to_a_file_is_complete_when_the_process_ends(program: str, tmp_path: Path) -> None:
    """The output file is whole and the summary is on stderr when the program has exited."""
    dest = tmp_path / "out.csv"
    done = run(program, "batch", str(EXAMPLE), "-o", str(dest), "--as-of", AS_OF, lang="en")
    rows = EXAMPLE.read_text(encoding="utf-8-sig").strip().splitlines()[1:]
    assert len(dest.read_text(encoding="utf-8-sig").splitlines()) == len(rows) + 1
    assert str(len(rows)) in done.stderr
    assert done.returncode in (0, 1)


@pytest.mark.parametrize(
    ("name", "fmt", "said"),
    [
        ("结果.pdf", "csv", "/out/结果.csv。"),  # the name, with its directory
        ("结果.xlsx\u3000", "xlsx", "末尾有全角空格"),
        ("结果.csv\r", None, "末尾有回车符"),
        (".csv", None, "只有扩展名"),
    ],
)
def test_batch_refuses_a_misleading_output_name_as_typed(
    program: str, tmp_path: Path, name: str, fmt: str | None, said: str
) -> None:
    """An output name as a shell passes it (a full-width space, a carriage return from a
    CRLF list of names) is refused, exit 2, naming what is wrong, and nothing is written."""
    out = tmp_path / "out"
    out.mkdir()
    args = ["batch", str(EXAMPLE), "-o", str(out / name), "--as-of", AS_OF, "-q"]
    done = run(program, *args, *(["--format", fmt] if fmt else []))
    assert (2, "") == (done.returncode, done.stdout)
    assert said in " ".join(done.stderr.split())
    assert "Traceback" not in done.stderr
    assert [] == list(out.iterdir())


# --- how a run ends when its output cannot be written (redesign (8)) ----------------


def run_into_closed_pipe(program: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    """Run with stdout a pipe whose reader is already gone (as in ``mediaops … | true``)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run(
            [*PROGRAMS[program], *args],
            stdin=subprocess.DEVNULL,
            stdout=write_end,
            stderr=subprocess.PIPE,
            env=env(),
            timeout=TIMEOUT,
            check=False,
        )
    finally:
        os.close(write_end)


CHECK_A = ("check", "-e", "高中", "-x", "5", "--as-of", AS_OF)


@pytest.mark.slow  # (a real program in a pipe or a C locale: in .ci/run)
def test_closed_pipe_json_exits_141_quietly(program: str) -> None:
    """A reader that closed stdout ends the run with 141 (128 + SIGPIPE) and nothing said."""
    done = run_into_closed_pipe(program, *CHECK_A, "--format", "json")
    assert (141, b"") == (done.returncode, done.stderr)


@pytest.mark.slow  # (a real program in a pipe or a C locale: in .ci/run)
def test_closed_pipe_table_exits_141_quietly() -> None:
    """The same for the table, the default output."""
    done = run_into_closed_pipe("module", *CHECK_A)
    assert (141, b"") == (done.returncode, done.stderr)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize(
    ("lang", "fmt", "title"),
    [("zh", "json", "mediaops: 输入/输出错误"), ("en", "table", "mediaops: I/O error")],
)
def test_output_write_failure_exits_74(lang: str, fmt: str, title: str) -> None:
    """stdout on a full device: exit 74 (EX_IOERR) with one message in the user's language."""
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [*PROGRAMS["module"], *CHECK_A, "--format", fmt],
            stdin=subprocess.DEVNULL,
            stdout=full,
            stderr=subprocess.PIPE,
            env=env(lang),
            timeout=TIMEOUT,
            check=False,
        )
    err = done.stderr.decode("utf-8")
    assert 74 == done.returncode, err
    assert err.startswith(title)
    assert 1 == len(err.strip().splitlines())
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("chek",), "没有命令 “chek”。是不是想用 check?"),
        (("--lang", "en", "plna"), "there is no command “plna”. Did you mean plan?"),
        (("check", "--bogus"), "没有选项 --bogus。运行 mediaops check --help 查看用法。"),
    ],
)
def test_usage_errors_from_the_installed_program(
    program: str, args: tuple[str, ...], expected: str
) -> None:
    """A mistyped command or option, as the installed program is run (which builds only the
    command named), is a usage error in the user's language, exit 2, no traceback."""
    done = run(program, *args)
    assert 2 == done.returncode
    assert expected in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.slow  # (a real program in a pipe or a C locale: in .ci/run)
def test_an_unsupported_mediaops_lang_is_said_once_on_stderr(program: str) -> None:
    """``MEDIAOPS_LANG=fr mediaops check``: the Chinese table on stdout, as with zh, and one
    line on stderr naming fr and the languages accepted."""
    args = ("check", "-e", "大专", "--major", "related", "-x", "3", "--as-of", AS_OF)
    chinese, french = run(program, *args), run(program, *args, lang="fr")
    assert (chinese.returncode, chinese.stdout) == (french.returncode, french.stdout)
    assert "可以报考" in french.stdout
    warning = "mediaops: 环境变量 MEDIAOPS_LANG 的值 “fr” 不是支持的语言(可用 zh、en),按中文显示。"
    assert [warning] == french.stderr.splitlines()
    assert "" == chinese.stderr


def c_locale_env() -> dict[str, str]:
    """A child under ``LC_ALL=C`` with Python's UTF-8 mode off: arguments typed in UTF-8
    arrive decoded as ASCII (四级 as ``\\udce5\\udc9b…``), and the output is ASCII."""
    out = env()
    for name in ("LANG", "LC_CTYPE", "PYTHONIOENCODING"):
        out.pop(name, None)
    out.update(LC_ALL="C", PYTHONUTF8="0")
    return out


def run_c_locale(program: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    """Run one of the programs under ``LC_ALL=C PYTHONUTF8=0`` (:func:`c_locale_env`), its
    output as bytes."""
    return subprocess.run(
        [*PROGRAMS[program], *args],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        env=c_locale_env(),
        timeout=TIMEOUT,
        check=False,
    )


@pytest.mark.slow  # (a real program in a pipe or a C locale: in .ci/run)
def test_chinese_arguments_under_the_c_locale_are_read(program: str) -> None:
    """``LC_ALL=C PYTHONUTF8=0 mediaops check -e 大专 …``: the Chinese values are read as
    typed. 大专 related, 3 years and a 四级 of 2024-01-10 (2.83 years before 2026-11-27):
    四级 held; 三级 by 3-2 needs 2 years after the 四级, met; 二级 and 一级 need a 三级
    and a 二级 not held."""
    args = ["check", "-e", "大专", "--major", "相关", "-x", "三年", "--cert", "四级:2024-01-10"]
    done = run_c_locale(program, *args, "--format", "json", "--as-of", AS_OF)
    assert 0 == done.returncode, done.stderr
    report = json.loads(done.stdout)
    facts = report["facts"]
    assert ("associate", "related", 3.0) == (
        facts["education"],
        facts["major"],
        facts["experience_years"],
    )
    assert [(4, "2024-01-10")] == [(c["level"], c["date"]) for c in facts["certificates"]]
    statuses = [level["status"] for level in report["levels"]]
    assert ["held", "eligible", "not_eligible", "not_eligible"] == statuses


@pytest.mark.slow  # (a real program in a pipe or a C locale: in .ci/run)
def test_a_chinese_argument_refused_under_the_c_locale_is_shown_as_typed(program: str) -> None:
    """``--cert 五级`` under ``LC_ALL=C``: exit 2, the value shown as 五级 (escaped, as the
    ASCII output writes every Chinese character), never as the bytes Python could not
    decode (``\\udce4…``)."""
    done = run_c_locale(program, "check", "--cert", "五级", "-x", "3", "--as-of", AS_OF)
    stderr = done.stderr.decode("ascii")
    assert 2 == done.returncode
    assert "\\u4e94\\u7ea7" in stderr  # 五级
    assert "\\udc" not in stderr


@pytest.mark.slow  # (a real program in a pipe or a C locale: in .ci/run)
@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_batch_data_to_a_pipe_under_the_c_locale_is_utf8(
    program: str, fmt: str, tmp_path: Path
) -> None:
    """``LC_ALL=C PYTHONUTF8=0 mediaops batch in.csv -o - > out.csv``: the CSV (or JSON
    Lines) a program reads is UTF-8, as the output files are; it was ASCII with every
    Chinese character escaped (``\\u5f20\\u4e09``), its names and verdicts lost to the reader.
    张三: 大专, 5 years → 四级 by 4-1."""
    source = tmp_path / "in.csv"
    source.write_text("姓名,学历,从业年限\n张三,大专,5\n", encoding="utf-8")
    args = ("batch", str(source), "-o", "-", "--format", fmt, "-q", "--as-of", AS_OF)
    done = run_c_locale(program, *args)
    assert 0 == done.returncode, done.stderr
    text = done.stdout.decode("utf-8")
    assert "\\u" not in text
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        assert [("张三", "可以报考", "大专")] == [(r["编号"], r["四级"], r["学历"]) for r in rows]
    else:
        (row,) = [json.loads(line) for line in text.splitlines()]
        assert ("张三", "eligible") == (row["id"], row["levels"][0]["status"])
