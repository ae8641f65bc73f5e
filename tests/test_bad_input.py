"""Bad input of every kind: exit 2, a message naming the field and the value, never a traceback.

SPEC §2: exit status 2 is "bad input or usage — with a one-paragraph message
naming the field, the value given and what is accepted, and no traceback".
Each case runs in both languages; where the message names the field in words
rather than by its flag, the expected words are given per language.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from mediaops.cli import app

AS_OF = "2026-11-27"
RULES_FILE = Path(__file__).resolve().parents[1] / "rules" / "all-media-operator.toml"

runner = CliRunner()


@dataclass(frozen=True)
class Case:
    """One bad input.

    Attributes:
        args: arguments after ``check``; ``{tmp}`` stands for the test's tmp_path.
        field: the field the message must name, or ``(en, zh)`` when it differs by language.
        value: the bad value the message must show (None when there is none to show).
        files: files to create in tmp_path first (name → text).
        stdin: text to feed on stdin.
        usage: a usage error reported by the command-line parser itself.
    """

    args: tuple[str, ...]
    field: str | tuple[str, str]
    value: str | None
    files: dict[str, str] = field(default_factory=dict)
    stdin: str | None = None
    usage: bool = False


BROKEN_RULES = RULES_FILE.read_text(encoding="utf-8").replace(
    '{ kind = "experience", years = 1 }', '{ kind = "experience", years = -1 }'
)
RULES_WORD = ("ruleset", "规则文件")


CASES: dict[str, Case] = {
    # values that are not recognised
    "unknown-education": Case(("-e", "幼儿园"), "--education", "幼儿园"),
    "unknown-major": Case(("--major", "maybe"), "--major", "maybe"),
    "unknown-cert-level": Case(("--cert", "五级"), "--cert", "五级"),
    "unknown-cert-level-with-date": Case(("--cert", "L9:2020-01-01"), "--cert", "L9"),
    "unknown-training-level": Case(("--training", "L9"), "--training", "L9"),
    "unknown-level": Case(("--level", "7"), "--level", "7"),
    "unknown-level-word": Case(("--level", "五级"), "--level", "五级"),
    # numbers of years
    "negative-years": Case(("--experience=-1",), "--experience", "-1"),
    "negative-years-short-flag": Case(("-x", "-1"), "--experience", "-1"),
    "negative-years-after-cert": Case(
        ("--cert", "4", "--years-after-cert=-2"), "--years-after-cert", "-2"
    ),
    "non-numeric-years": Case(("-x", "abc"), "--experience", "abc"),
    "nan-years": Case(("-x", "NaN"), "--experience", "NaN"),
    "infinite-years": Case(("-x", "inf"), "--experience", "inf"),
    "too-many-years": Case(("-x", "200"), "--experience", "200"),
    "non-numeric-years-after-cert": Case(
        ("--cert", "4", "--years-after-cert", "two"), "--years-after-cert", "two"
    ),
    # dates
    "malformed-as-of": Case(("--as-of", "2026/13/01"), "--as-of", "2026/13/01"),
    "word-as-of": Case(("--as-of", "yesterday"), "--as-of", "yesterday"),
    "impossible-as-of": Case(("--as-of", "2026-02-30"), "--as-of", "2026-02-30"),
    "malformed-cert-date": Case(("--cert", "四级:15.06.2022"), "--cert", "15.06.2022"),
    "impossible-cert-date": Case(("--cert", "四级:2026-02-30"), "--cert", "2026-02-30"),
    "cert-date-after-as-of": Case(("--cert", "四级:2027-01-01"), "--cert", "2027-01-01"),
    "work-after-as-of": Case(("--work", "2026-01-01..2027-01-01"), "--work", "2027-01-01"),
    "work-ends-before-start": Case(
        ("--work", "2024-01-01..2023-01-01"), "--work", "2024-01-01..2023-01-01"
    ),
    "work-not-a-period": Case(("--work", "2020-01-01"), "--work", "2020-01-01"),
    # contradictions
    "years-after-cert-exceeds-experience": Case(
        ("-x", "2", "--cert", "四级", "--years-after-cert", "3"),
        ("years since the certificate", "取证后从业年限"),
        "3",
    ),
    "years-after-cert-exceeds-time-since-date": Case(
        ("-x", "20", "--cert", "四级:2025-01-01", "--years-after-cert", "5"),
        ("since the level 4 certificate", "取证后从业年限"),
        "5",
    ),
    "years-after-cert-without-cert": Case(
        ("-x", "3", "--years-after-cert", "2"), "--years-after-cert", None
    ),
    "experience-disagrees-with-work": Case(
        ("-x", "10", "--work", "2020-01-01..2022-12-31"), ("experience", "累计从业年限"), "10"
    ),
    "same-cert-twice-different-dates": Case(
        ("--cert", "四级:2020-01-01", "--cert", "四级:2021-01-01"),
        ("certificate", "证书"),
        None,
    ),
    # usage
    "unknown-flag": Case(("--colour",), "--colour", "--colour", usage=True),
    "format-xml": Case(("--format", "xml"), "--format", "xml"),
    "lang-fr": Case(("--lang", "fr"), "--lang", "fr"),
    "option-without-value": Case(("-e",), "-e", None, usage=True),
    # ruleset files
    "broken-rules-file": Case(
        ("--rules", "{tmp}/broken.toml"),
        RULES_WORD,
        "levels[level=4].pathways[4-2].conditions[0].years",
        files={"broken.toml": BROKEN_RULES},
    ),
    "rules-file-not-toml": Case(
        ("--rules", "{tmp}/bad.toml"), RULES_WORD, "bad.toml", files={"bad.toml": "x = [\n"}
    ),
    "missing-rules-file": Case(("--rules", "{tmp}/nope.toml"), RULES_WORD, "nope.toml"),
    # --input
    "input-missing-file": Case(("--input", "{tmp}/nope.json"), "--input", "nope.json"),
    "input-invalid-json": Case(
        ("--input", "{tmp}/bad.json"), "--input", "JSON", files={"bad.json": "{bad"}
    ),
    "input-invalid-json-stdin": Case(("--input", "-"), "--input", "JSON", stdin="not json"),
    "input-json-array": Case(
        ("--input", "{tmp}/array.json"),
        "--input",
        "JSON",
        files={"array.json": json.dumps([{"education": "associate"}])},
    ),
    "input-unknown-key": Case(
        ("--input", "{tmp}/unknown.json"),
        "educaton",
        None,
        files={"unknown.json": json.dumps({"educaton": "associate"})},
    ),
    "input-bad-education": Case(
        ("--input", "{tmp}/edu.json"),
        "education",
        "幼儿园",
        files={"edu.json": json.dumps({"education": "幼儿园"}, ensure_ascii=False)},
    ),
    "input-negative-experience": Case(
        ("--input", "{tmp}/exp.json"),
        "experience",
        "-3",
        files={"exp.json": json.dumps({"experience": -3})},
    ),
    "input-nested-cert-level": Case(
        ("--input", "{tmp}/nested.json"),
        "certificates",
        "9",
        files={"nested.json": json.dumps({"certificates": [{"level": 9}]})},
    ),
    "input-nested-cert-date": Case(
        ("--input", "{tmp}/nested.json"),
        "certificates",
        "2022-13-01",
        files={"nested.json": json.dumps({"certificates": [{"level": 4, "date": "2022-13-01"}]})},
    ),
    "input-nested-work-period": Case(
        ("--input", "{tmp}/nested.json"),
        "work",
        "2024-01-01",
        files={
            "nested.json": json.dumps(
                {"work_history": [{"start": "2024-01-01", "end": "2023-01-01"}]}
            )
        },
    ),
    "input-nested-unknown-key": Case(
        ("--input", "{tmp}/nested.json"),
        "certificates",
        "grade",
        files={"nested.json": json.dumps({"certificates": [{"level": 4, "grade": "A"}]})},
    ),
    "input-bad-as-of": Case(
        ("--input", "{tmp}/asof.json"),
        "as_of",
        "2026-02-30",
        files={"asof.json": json.dumps({"as_of": "2026-02-30"})},
    ),
    "input-cert-after-its-as-of": Case(
        ("--input", "{tmp}/future.json"),
        ("cert", "证书"),
        "2026-01-01",
        files={
            "future.json": json.dumps(
                {"as_of": "2025-06-01", "certificates": [{"level": 4, "date": "2026-01-01"}]}
            )
        },
    ),
}


def run(case: Case, tmp_path: Path, lang: str) -> Result:
    """Create the case's files and run `check` with its arguments in ``lang``."""
    for name, text in case.files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    args = [a.replace("{tmp}", str(tmp_path)) for a in case.args]
    if "--as-of" not in args and "--input" not in args:
        args = ["--as-of", AS_OF, *args]
    env = {"MEDIAOPS_LANG": lang, "COLUMNS": "100", "FORCE_COLOR": None}
    return runner.invoke(app, ["check", *args], input=case.stdin, env=env)


def stderr_of(result: Result) -> str:
    """The separately captured stderr, or "" where this CliRunner merges it into output."""
    try:
        return result.stderr or ""
    except ValueError:
        return ""


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("name", list(CASES))
def test_bad_input_exits_2_and_names_field_and_value(name, lang, tmp_path):
    """The bad input exits 2; the message names the field and the value; no traceback."""
    case = CASES[name]
    result = run(case, tmp_path, lang)
    text = result.output + stderr_of(result)
    assert 2 == result.exit_code, text
    assert "Traceback" not in text
    assert result.exception is None or isinstance(result.exception, SystemExit)
    expected_field = (
        case.field
        if isinstance(case.field, str)
        else dict(zip(("en", "zh"), case.field, strict=True))[lang]
    )
    assert expected_field in text, text
    if case.value is not None:
        assert case.value in text, text


@pytest.mark.parametrize("name", [n for n, c in CASES.items() if not c.usage])
def test_bad_input_message_is_one_paragraph_on_stderr(name, tmp_path):
    """The message is one paragraph, and nothing of it is on stdout (where stderr is apart)."""
    case = CASES[name]
    result = run(case, tmp_path, "en")
    err = stderr_of(result)
    message = (err or result.output).strip()
    assert message
    assert "\n\n" not in message
    if err:
        assert "" == result.stdout.strip()


def test_bad_input_says_what_is_accepted_for_education():
    """An unknown diploma lists the accepted values (ids and Chinese names)."""
    result = runner.invoke(
        app, ["check", "-e", "幼儿园", "--as-of", AS_OF], env={"MEDIAOPS_LANG": "en"}
    )
    text = result.output + stderr_of(result)
    for accepted in ("associate", "大专", "bachelor", "technical_school"):
        assert accepted in text


def test_bad_input_says_what_is_accepted_for_levels():
    """An unknown certificate level lists the accepted spellings of levels."""
    result = runner.invoke(
        app, ["check", "--cert", "五级", "--as-of", AS_OF], env={"MEDIAOPS_LANG": "zh"}
    )
    text = result.output + stderr_of(result)
    for accepted in ("四级", "L4", "三级", "一级"):
        assert accepted in text


def test_bad_input_date_says_the_format():
    """A malformed date says which format is accepted."""
    result = runner.invoke(app, ["check", "--as-of", "2026/13/01"], env={"MEDIAOPS_LANG": "en"})
    assert "YYYY-MM-DD" in result.output + stderr_of(result)


def test_bad_input_file_not_utf8(tmp_path):
    """An --input file that is not UTF-8 text exits 2 naming --input."""
    path = tmp_path / "latin1.json"
    path.write_bytes(b'{"education": "\xe9"}')
    result = runner.invoke(
        app, ["check", "--input", str(path), "--as-of", AS_OF], env={"MEDIAOPS_LANG": "en"}
    )
    text = result.output + stderr_of(result)
    assert 2 == result.exit_code
    assert "--input" in text
    assert "Traceback" not in text


def test_bad_rules_for_rules_show(tmp_path):
    """`rules show --rules` with a broken file exits 2 with the problem's location."""
    path = tmp_path / "broken.toml"
    path.write_text(BROKEN_RULES, encoding="utf-8")
    result = runner.invoke(app, ["rules", "show", "--rules", str(path)])
    text = result.output + stderr_of(result)
    assert 2 == result.exit_code
    assert "levels[level=4].pathways[4-2].conditions[0].years" in text
    assert "Traceback" not in text


@pytest.mark.parametrize(
    ("args", "bad"),
    [
        pytest.param(["rules", "show", "--format", "xml"], "xml", id="rules-show-format"),
        pytest.param(["rules", "show", "--lang", "fr"], "fr", id="rules-show-lang"),
        pytest.param(["rules", "validate"], "FILE", id="rules-validate-no-file"),
        pytest.param(["frobnicate"], "frobnicate", id="unknown-command"),
    ],
)
def test_bad_usage_of_other_commands(args, bad):
    """Bad usage of the other commands exits 2 naming the bad value, with no traceback."""
    result = runner.invoke(app, args, env={"MEDIAOPS_LANG": "en"})
    text = result.output + stderr_of(result)
    assert 2 == result.exit_code
    assert bad in text
    assert "Traceback" not in text
