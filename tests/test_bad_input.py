"""Bad input of every kind: exit 2, a message naming the field and the value, never a traceback.

SPEC §2: exit status 2 is "bad input or usage — with a one-paragraph message
naming the field, the value given and what is accepted, and no traceback".
Each case runs in both languages; where the message names the field in words
rather than by its flag, the expected words are given per language. After the
redesign usage errors are worded in the user's language too (zh by default).
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from mediaops.cli import app

AS_OF = "2026-11-27"
RULES_FILE = Path(__file__).resolve().parents[1] / "rules" / "all-media-operator.toml"

runner = CliRunner()


@dataclasses.dataclass(frozen=True)
class Case:
    """One bad input.

    Attributes:
        args: arguments after ``check``; files are named relative to tmp_path (the cwd).
        field: the field the message must name, or ``(en, zh)`` when it differs by language.
        value: the bad value the message must show (None when there is none to show).
        files: files to create in tmp_path first (name → text, or bytes written as they are).
        stdin: text to feed on stdin.
        usage: a usage error reported by the command-line parser itself.
        also: further words the message must hold in both languages.
        never: what the message must not hold (a raw control character, say).
        bug: a known bug of the source that makes this case fail (the test is then xfail).
    """

    args: tuple[str, ...]
    field: str | tuple[str, str]
    value: str | None
    files: dict[str, str | bytes] = dataclasses.field(default_factory=dict)
    stdin: str | None = None
    usage: bool = False
    also: tuple[str, ...] = ()
    never: tuple[str, ...] = ()
    bug: str | None = None


BROKEN_RULES = RULES_FILE.read_text(encoding="utf-8").replace(
    '{ kind = "experience", years = 1 }', '{ kind = "experience", years = -1 }'
)
RULES_WORD = ("ruleset", "规则文件")
INPUT_WORD = "--input"
YEARS_WORDS = ("--experience", "从业年限")
LEVEL_WORDS = ("四级", "三级", "一级")
#: What typer/click says in English; none of it may reach a zh message.
CLICK_ENGLISH = ("Usage:", "Error:", "No such option", "Try ", "requires an argument")


CASES: dict[str, Case] = {
    # values that are not recognised
    "unknown-education": Case(("-e", "幼儿园"), "--education", "幼儿园"),
    # "None" is what a script writes for a missing value: read as no diploma at all it
    # failed G1 and every level; refused instead (小学及以下 / below_junior say "none")
    "education-none": Case(("-e", "None"), "--education", "None"),
    "unknown-major": Case(("--major", "maybe"), "--major", "maybe"),
    # a date before a level, after a 、: the 三级's or the 四级's? refused, not guessed
    "cert-date-before-level": Case(
        ("--cert", "三级、2019-01-01 四级"), "--cert", "2019-01-01 四级"
    ),
    "unknown-cert-level": Case(("--cert", "五级"), "--cert", "五级"),
    "unknown-cert-level-with-date": Case(("--cert", "L9:2020-01-01"), "--cert", "L9"),
    "unknown-training-level": Case(("--training", "L9"), "--training", "L9"),
    # a certificate's form: the date is what is wrong, said so (it got the list of levels)
    "training-with-a-date": Case(
        ("--training", "四级:2024-01-10"), "--training", "四级:2024-01-10"
    ),
    "unknown-level": Case(("--level", "7"), "--level", "7"),
    "unknown-level-word": Case(("--level", "五级"), "--level", "五级"),
    # new inputs of the redesign
    "ambiguous-education": Case(("-e", "大学"), "--education", "大学", also=("大专", "本科")),
    # 高级: 高级工 or 高级技师? both named as readings, not the list of every level
    "ambiguous-cert-level": Case(
        ("--cert", "高级"),
        "--cert",
        "高级",
        also=("三级/高级工", "一级/高级技师"),
        never=("4/四级",),
    ),
    "ambiguous-level": Case(("--level", "高级"), "--level", "高级", never=("4/四级",)),
    "diploma-unknown-part": Case(("--diploma", "大专:foo"), "--diploma", "foo"),
    "diploma-unknown-type": Case(("--diploma", "幼儿园:related"), "--diploma", "幼儿园"),
    "diploma-extra-parts": Case(("--diploma", "大专:related:bar:baz"), "--diploma", "bar"),
    "unknown-title": Case(("--title", "特级"), "--title", "特级"),
    "title-bad-date": Case(("--title", "初级:2020-13-01"), "--title", "2020-13-01"),
    "unknown-direction": Case(("--direction", "美食"), "--direction", "美食"),
    "unknown-edition": Case(
        ("--edition", "2099"), ("edition", "规则版本"), "2099", also=("summary", "template-2023")
    ),
    "edition-with-rules": Case(
        ("--edition", "summary", "--rules", "rules.toml"),
        "--edition",
        None,
        files={"rules.toml": RULES_FILE.read_text(encoding="utf-8")},
        also=("--rules",),
    ),
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
    # a year or a date given as the years: said to look like one, pointing to the flag that
    # takes dates, not refused as out of range (0–80)
    "years-a-month": Case(
        ("-x", "2020年5月"), "--experience", "2020年5月", also=("--work",), never=("80",)
    ),
    "years-a-year": Case(
        ("-x", "2019年"), "--experience", "2019年", also=("--work",), never=("80",)
    ),
    "years-a-dotted-month": Case(("-x", "2020.5"), "--experience", "2020.5", also=("--work",)),
    "years-after-cert-a-date": Case(
        ("--cert", "4", "--years-after-cert", "2020.5"),
        "--years-after-cert",
        "2020.5",
        also=("--cert 四级:",),
        never=("80",),
    ),
    "non-numeric-years-after-cert": Case(
        ("--cert", "4", "--years-after-cert", "twice"), "--years-after-cert", "twice"
    ),
    # malformed values that must not be cleaned into a valid one (1, 4, 3, 10, 1000, 1)
    "cert-minus-one": Case(("--cert=-1",), "--cert", "-1"),
    "training-minus-four": Case(("--training=-4",), "--training", "-4"),
    "cert-slash-three": Case(("--cert", "/3"), "--cert", "/3"),
    "years-underscore": Case(("-x", "1_0"), "--experience", "1_0"),
    # read as 1000 it would be refused as out of range (0–80): the message must say it is
    # not a number at all, so "80" must not appear
    "years-exponent": Case(("-x", "1e3"), "--experience", "1e3", never=("80",)),
    "years-exponent-in-range": Case(("-x", "1e0"), "--experience", "1e0"),
    "years-nan-lower": Case(("-x", "nan"), "--experience", "nan"),
    # hostile values
    "value-of-100-kb": Case(("-e", "x" * 100_000), "--education", "xxxxxxxxxx"),
    "escape-sequence": Case(("-e", "\x1b[2J"), "--education", "[2J", never=("\x1b",)),
    # JSON years are a number: one below 0 is not told to be written 三年 or 3年半, which a
    # JSON file refuses; the key of years after a certificate reads as words in Chinese
    "json-negative-years": Case(
        ("--input", "neg.json"),
        ("experience", "从业年限(experience)"),
        "-1",
        files={"neg.json": '{"experience": -1}'},
        also=("3.5",),
        never=("三年", "3 years", "3年半"),
    ),
    "json-negative-years-after-cert": Case(
        ("--input", "neg.json"),
        ("certificates.0.years_after", "证书第 1 项的取得后从业年限(certificates.0.years_after)"),
        "-2",
        files={"neg.json": '{"certificates": [{"level": 4, "years_after": -2}]}'},
        never=("三年", "3 years", "之后的"),
    ),
    "json-infinite-years": Case(
        ("--input", "inf.json"),
        "experience",
        None,
        files={"inf.json": '{"experience": 1e400}'},
        never=("三年", "3 years"),
    ),
    # a JSON value is matched whole: a zero-width space copied along is refused, and shown
    # (else the message says that 大专 is not read, listing 大专 as accepted)
    "json-zero-width-space": Case(
        ("--input", "zw.json"),
        "education",
        "大专\\u200b",
        files={"zw.json": json.dumps({"education": "大专\u200b"}, ensure_ascii=False)},
        never=("\u200b",),
    ),
    # dates
    "malformed-as-of": Case(("--as-of", "2026/13/01"), "--as-of", "2026/13/01"),
    "word-as-of": Case(("--as-of", "yesterday"), "--as-of", "yesterday"),
    "impossible-as-of": Case(("--as-of", "2026-02-30"), "--as-of", "2026-02-30"),
    "malformed-cert-date": Case(("--cert", "四级:15.06.2022"), "--cert", "15.06.2022"),
    "impossible-cert-date": Case(("--cert", "四级:2026-02-30"), "--cert", "2026-02-30"),
    "cert-date-after-as-of": Case(("--cert", "四级:2027-01-01"), "--cert", "2027-01-01"),
    "work-after-as-of": Case(("--work", "2026-01-01..2027-01-01"), "--work", "2027-01-01"),
    # a period without its start: the period is shown, not an empty date
    "work-without-start": Case(
        ("--work", "..2020-01-01"), "--work", "“..2020-01-01”", also=("2020-01-01..2021-06-30",)
    ),
    "work-ends-before-start": Case(
        ("--work", "2024-01-01..2023-01-01"), "--work", "2024-01-01..2023-01-01"
    ),
    "work-not-a-period": Case(("--work", "2020-01-01"), "--work", "2020-01-01"),
    # contradictions (the redesign names the certificate: "the level-4 certificate", 四级证书)
    "years-after-cert-exceeds-experience": Case(
        ("-x", "2", "--cert", "四级", "--years-after-cert", "3"),
        ("years since the level-4 certificate", "取得四级证书后的从业年限"),
        "3",
    ),
    "years-after-cert-exceeds-time-since-date": Case(
        ("-x", "20", "--cert", "四级:2025-01-01", "--years-after-cert", "5"),
        ("since the level-4 certificate", "取得四级证书后的从业年限"),
        "5",
        also=("2025-01-01",),
    ),
    # named in words now rather than by the flag
    "years-after-cert-without-cert": Case(
        ("-x", "3", "--years-after-cert", "2"),
        ("years since the certificate", "取证后年限"),
        None,
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
    "extra-argument": Case(
        ("foo",),
        ("unexpected extra argument(s): foo.", "多出了参数:foo。"),
        "foo",
        usage=True,
    ),
    # ruleset files
    "broken-rules-file": Case(
        ("--rules", "broken.toml"),
        RULES_WORD,
        "levels[level=4].pathways[4-2].conditions[0].years",
        files={"broken.toml": BROKEN_RULES},
    ),
    "rules-file-not-toml": Case(
        ("--rules", "bad.toml"), RULES_WORD, "bad.toml", files={"bad.toml": "x = [\n"}
    ),
    "missing-rules-file": Case(("--rules", "nope.toml"), RULES_WORD, "nope.toml"),
    # --input
    "input-missing-file": Case(("--input", "nope.json"), INPUT_WORD, "nope.json"),
    "input-invalid-json": Case(
        ("--input", "bad.json"), INPUT_WORD, "JSON", files={"bad.json": "{bad"}
    ),
    "input-invalid-json-stdin": Case(("--input", "-"), INPUT_WORD, "JSON", stdin="not json"),
    "input-json-array": Case(
        ("--input", "array.json"),
        INPUT_WORD,
        "JSON",
        files={"array.json": json.dumps([{"education": "associate"}])},
    ),
    "input-unknown-key": Case(
        ("--input", "unknown.json"),
        "educaton",
        None,
        files={"unknown.json": json.dumps({"educaton": "associate"})},
    ),
    "input-bad-education": Case(
        ("--input", "edu.json"),
        "education",
        "幼儿园",
        files={"edu.json": json.dumps({"education": "幼儿园"}, ensure_ascii=False)},
    ),
    # 高级 in a document: both readings named, as for --cert (it got the list of every level)
    "input-ambiguous-cert-level": Case(
        ("--input", "cert.json"),
        "certificates.0.level",
        "高级",
        files={"cert.json": json.dumps({"certificates": [{"level": "高级"}]}, ensure_ascii=False)},
        also=("三级/高级工", "一级/高级技师"),
        never=("4/四级",),
    ),
    # a JSON yes/no given as text: true and false listed as the message's language lists
    "input-bool-as-text": Case(
        ("--input", "grad.json"),
        "graduating",
        "yes",
        files={"grad.json": json.dumps({"education": "大专", "graduating": "yes"})},
        also=("true",),
    ),
    "input-negative-experience": Case(
        ("--input", "exp.json"),
        "experience",
        "-3",
        files={"exp.json": json.dumps({"experience": -3})},
    ),
    # redesign: years in a JSON document are JSON numbers
    "input-years-as-string": Case(
        ("--input", "exp.json"),
        "experience",
        "3",
        files={"exp.json": json.dumps({"experience": "3"})},
    ),
    "input-years-as-list": Case(
        ("--input", "exp.json"),
        "experience",
        "[3]",
        files={"exp.json": json.dumps({"experience": [3]})},
    ),
    "input-duplicate-key": Case(
        ("--input", "dup.json"),
        INPUT_WORD,
        "experience",
        files={"dup.json": '{"experience": 3, "experience": 5}'},
    ),
    "input-nested-100000-deep": Case(
        ("--input", "deep.json"),
        INPUT_WORD,
        None,
        files={"deep.json": '{"experience": ' + "[" * 100_000 + "]" * 100_000 + "}"},
    ),
    "input-integer-of-5000-digits": Case(
        ("--input", "big.json"),
        INPUT_WORD,
        "99999",
        files={"big.json": '{"experience": ' + "9" * 5000 + "}"},
    ),
    # a number too long that belongs to no key: the whole file, or a list of them
    "input-is-an-integer-of-5000-digits": Case(
        ("--input", "big.json"),
        INPUT_WORD,
        "99999",
        files={"big.json": "9" * 5000},
        also=("JSON",),
    ),
    "input-is-a-list-of-a-long-number": Case(
        ("--input", "big.json"),
        INPUT_WORD,
        "1234567890123456789012",
        files={"big.json": "[1234567890123456789012]"},
        also=("JSON",),
    ),
    "input-not-utf8-nor-gb18030": Case(
        ("--input", "bytes.json"),
        INPUT_WORD,
        None,
        files={"bytes.json": b'{"education": "\xff\xfe\x81"}'},
        also=("UTF-8", "GB18030"),
    ),
    "input-over-1-mb": Case(
        ("--input", "huge.json"),
        INPUT_WORD,
        "huge.json",
        files={"huge.json": b'{"experience": 3}' + b" " * (1 << 20)},
    ),
    "input-nested-cert-level": Case(
        ("--input", "nested.json"),
        "certificates",
        "9",
        files={"nested.json": json.dumps({"certificates": [{"level": 9}]})},
    ),
    "input-nested-cert-date": Case(
        ("--input", "nested.json"),
        "certificates",
        "2022-13-01",
        files={"nested.json": json.dumps({"certificates": [{"level": 4, "date": "2022-13-01"}]})},
    ),
    "input-nested-work-period": Case(
        ("--input", "nested.json"),
        "work",
        "2024-01-01",
        files={
            "nested.json": json.dumps(
                {"work_history": [{"start": "2024-01-01", "end": "2023-01-01"}]}
            )
        },
    ),
    "input-nested-unknown-key": Case(
        ("--input", "nested.json"),
        "certificates",
        "grade",
        files={"nested.json": json.dumps({"certificates": [{"level": 4, "grade": "A"}]})},
    ),
    "input-bad-as-of": Case(
        ("--input", "asof.json"),
        "as_of",
        "2026-02-30",
        files={"asof.json": json.dumps({"as_of": "2026-02-30"})},
    ),
    "input-cert-after-its-as-of": Case(
        ("--input", "future.json"),
        ("cert", "证书"),
        "2026-01-01",
        files={
            "future.json": json.dumps(
                {"as_of": "2025-06-01", "certificates": [{"level": 4, "date": "2026-01-01"}]}
            )
        },
    ),
}


def env(lang: str) -> dict[str, str | None]:
    """The environment of a run: ``lang``, 100 columns, colour not forced, no debug traceback."""
    return {"MEDIAOPS_LANG": lang, "COLUMNS": "100", "FORCE_COLOR": None, "MEDIAOPS_DEBUG": None}


def run(case: Case, tmp_path: Path, lang: str, monkeypatch: pytest.MonkeyPatch) -> Result:
    """Create the case's files in tmp_path and run `check` there with its arguments in ``lang``."""
    for name, content in case.files.items():
        if isinstance(content, bytes):
            (tmp_path / name).write_bytes(content)
        else:
            (tmp_path / name).write_text(content, encoding="utf-8")
    # relative names: a long tmp path would be shortened in the message (see the xfail below)
    monkeypatch.chdir(tmp_path)
    args = list(case.args)
    if "--as-of" not in args and "--input" not in args:
        args = ["--as-of", AS_OF, *args]
    return runner.invoke(app, ["check", *args], input=case.stdin, env=env(lang))


def stderr_of(result: Result) -> str:
    """The separately captured stderr, or "" where this CliRunner merges it into output."""
    try:
        return result.stderr or ""
    except ValueError:
        return ""


def message_of(result: Result) -> str:
    """What the run said on stderr (or in its output where stderr is not apart)."""
    return (stderr_of(result) or result.output).strip()


def per_lang(words: str | tuple[str, str], lang: str) -> str:
    """``words`` as given for ``lang`` (a pair is (en, zh))."""
    return words if isinstance(words, str) else dict(zip(("en", "zh"), words, strict=True))[lang]


def case_params() -> list[object]:
    """Every case, those a known bug breaks marked xfail (strict)."""
    return [
        pytest.param(
            name,
            marks=[pytest.mark.xfail(strict=True, reason=f"BUG: {c.bug}")] if c.bug else [],
        )
        for name, c in CASES.items()
    ]


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("name", case_params())
def test_bad_input_exits_2_and_names_field_and_value(
    name: str, lang: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bad input exits 2; the message names the field and the value; no traceback."""
    case = CASES[name]
    result = run(case, tmp_path, lang, monkeypatch)
    text = result.output + stderr_of(result)
    assert 2 == result.exit_code, text
    assert "Traceback" not in text
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert per_lang(case.field, lang) in text, text
    if case.value is not None:
        assert case.value in text, text
    for word in case.also:
        assert word in text, word
    for word in case.never:
        assert word not in text, repr(word)
    assert len(message_of(result)) < 2000


@pytest.mark.parametrize("name", [n for n, c in CASES.items() if not c.usage])
def test_bad_input_message_is_one_paragraph_on_stderr(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The message is one paragraph, and nothing of it is on stdout (where stderr is apart)."""
    case = CASES[name]
    result = run(case, tmp_path, "en", monkeypatch)
    err = stderr_of(result)
    message = (err or result.output).strip()
    assert message
    assert "\n\n" not in message
    if err:
        assert "" == result.stdout.strip()


@pytest.mark.parametrize(
    ("lang", "title", "help_hint"),
    [
        ("zh", "mediaops: 用法有误:", "--help 查看用法。"),
        ("en", "mediaops: Usage error: ", "--help for how to use it."),
    ],
)
@pytest.mark.parametrize("name", ["unknown-flag", "option-without-value"])
def test_usage_errors_are_in_the_users_language(
    name: str,
    lang: str,
    title: str,
    help_hint: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A usage error is worded in the run's language, with how to get help; no click English."""
    # redesign (4): usage errors are localized (zh by default), no longer click's English
    result = run(CASES[name], tmp_path, lang, monkeypatch)
    message = message_of(result)
    assert message.startswith(title), message
    assert help_hint in message
    if lang == "zh":
        for english in CLICK_ENGLISH:
            assert english not in message, english


def test_usage_error_default_language_is_chinese(tmp_path: Path) -> None:
    """With MEDIAOPS_LANG unset and no --lang, a usage error is in Chinese."""
    result = runner.invoke(app, ["check", "--colour"], env={"MEDIAOPS_LANG": None})
    assert 2 == result.exit_code
    assert message_of(result).startswith("mediaops: 用法有误:")


@pytest.mark.parametrize(
    ("lang", "accepted", "absent"),
    [
        # value ids are for scripts: only the en message lists them (SPEC §3)
        ("en", ("associate", "大专", "bachelor", "technical_school"), ()),
        ("zh", ("大专", "本科", "技工学校", "初中"), ("associate", "technical_school")),
    ],
)
def test_bad_input_says_what_is_accepted_for_education(
    lang: str, accepted: tuple[str, ...], absent: tuple[str, ...]
) -> None:
    """An unknown diploma lists the accepted values (ids in en, Chinese names in both)."""
    result = runner.invoke(app, ["check", "-e", "幼儿园", "--as-of", AS_OF], env=env(lang))
    text = result.output + stderr_of(result)
    for word in accepted:
        assert word in text, word
    for word in absent:
        assert word not in text, word


@pytest.mark.parametrize(
    ("lang", "accepted"),
    [
        # the redesign lists the L4 spelling in en only; zh lists 4/四级/中级工 …
        ("zh", (*LEVEL_WORDS, "中级工", "高级技师")),
        ("en", (*LEVEL_WORDS, "L4", "L1")),
    ],
)
def test_bad_input_says_what_is_accepted_for_levels(lang: str, accepted: tuple[str, ...]) -> None:
    """An unknown certificate level lists the accepted spellings of levels."""
    result = runner.invoke(app, ["check", "--cert", "五级", "--as-of", AS_OF], env=env(lang))
    text = result.output + stderr_of(result)
    for word in accepted:
        assert word in text, word


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_bad_input_date_says_the_format(lang: str) -> None:
    """A malformed date says which forms are accepted (a flag or a cell takes several); in
    English, one with a month's name, which is read too."""
    result = runner.invoke(app, ["check", "--as-of", "13/01/2026"], env=env(lang))
    text = result.output + stderr_of(result)
    forms = ("2024-01-10", "2024/1/10", "2024年1月10日" if lang == "zh" else "10 January 2024")
    assert [] == [f for f in forms if f not in text]


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("--as-of", "2026-02-29"), ("2026 年 2 月只有 28 天", "February 2026 has 28 days")),
        (("--cert", "四级:2024-06-31"), ("2024 年 6 月只有 30 天", "June 2024 has 30 days")),
        (("--cert", "三级 2024年2月30日"), ("2024 年 2 月只有 29 天", "February 2024 has 29 days")),
        (("--work", "2020-04-31.."), ("2020 年 4 月只有 30 天", "April 2020 has 30 days")),
        # the last month a date can have: its days were counted up to a year 10000, an
        # internal error (exit 70) in place of the message
        (("--cert", "四级:9999-12-32"), ("9999 年 12 月只有 31 天", "December 9999 has 31 days")),
        (("--work", "2020-01-01至9999-12-32"), ("9999 年 12 月只有 31 天", "December 9999")),
    ],
)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_day_the_month_does_not_have_is_said_so(
    args: tuple[str, ...], said: tuple[str, str], lang: str
) -> None:
    """A date written in full whose day the month does not have (2月30日, 6月31日) was
    answered "give the year, month and day", which it had: the message now says how many
    days that month has, and does not ask for the forms again."""
    result = runner.invoke(app, ["check", *args, "-x", "9"], env=env(lang))
    text = message_of(result)
    assert 2 == result.exit_code
    assert said[0 if lang == "zh" else 1] in text, text
    assert "2024/1/10" not in text


@pytest.mark.parametrize(
    ("args", "level"),
    [
        (("--cert", "四级:2020-06"), ("四级", "4")),
        (("--cert", "三级 2020年"), ("四级", "4")),
        (("--cert", "四级(2019年7月)"), ("四级", "4")),
        (("--title", "中级 2020.6"), ("中级", "intermediate")),
    ],
)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_held_date_without_its_day_asks_for_the_day_or_the_level_alone(
    args: tuple[str, ...], level: tuple[str, str], lang: str
) -> None:
    """A certificate's or a title's date giving the month or the year alone was told to
    "give the year, month and day", as a malformed date is, though a person may not
    remember the day: the message now says the date gives no day, and that the level
    alone may be given, its date then not known."""
    result = runner.invoke(app, ["check", *args, "-x", "9"], env=env(lang))
    text = " ".join(message_of(result).split())
    assert 2 == result.exit_code
    said = (
        ("只写到月份或年份", f"只写等级(如 {level[0]})")
        if lang == "zh"
        else ("gives the month or the year but not the day", f"the level alone (e.g. {level[1]})")
    )
    assert [] == [s for s in said if s not in text], text


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("batch", "in.csv", "-o", ""), "--output"),
        (("batch", " ", "-o", "out.csv"), "INPUT"),
        (("check", "--input", ""), "--input"),
        (("check", "-x", "3", "--rules", ""), "--rules"),
        (("plan", "-x", "3", "--svg", ""), "--svg"),
        (("rules", "show", "--rules", ""), "--rules"),
        (("rules", "validate", ""), "FILE"),
        (("rules", "diff", "summary", " "), "B"),
    ],
)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_an_empty_file_name_is_refused_naming_the_option(
    args: tuple[str, ...], field: str, lang: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``-o ""`` (a variable left unset in a script) was told it could not tell the format
    of the file "" (a blank where the name goes); ``--rules ""`` that the ruleset ``.`` was
    no regular file; ``--svg ""`` failed writing ``.`` with exit 74; ``rules validate ""``
    that the ruleset ``.`` was invalid; ``rules diff summary " "`` named ``--rules``, not
    the argument. Each is refused as an empty file name, naming the option, with nothing
    written; ``-`` is offered only where it is accepted (not ``--rules`` nor ``--svg``)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in.csv").write_text("编号,学历,工作年限\na,大专,3\n", encoding="utf-8")
    result = runner.invoke(app, list(args), env=env(lang))
    text = " ".join(message_of(result).split())
    assert 2 == result.exit_code, text
    said = f"{field} 的文件名为空" if lang == "zh" else f"{field}: the file name is empty"
    assert said in text
    dash_accepted = field in ("--output", "INPUT", "--input")
    offered = "写作 -" if lang == "zh" else "- for standard"
    assert dash_accepted == (offered in text), text
    assert ["in.csv"] == sorted(p.name for p in tmp_path.iterdir())


@pytest.mark.parametrize("word", ["today", "TODAY", " 今天 "])
@pytest.mark.parametrize("command", ["check", "plan"])
def test_as_of_today_is_the_day_of_the_run(word: str, command: str) -> None:
    """``--as-of today`` (a script naming the default) was refused as no date: it is the
    day of the run, as no --as-of is."""
    from datetime import date

    args = [command, "-x", "3", "--format", "json"]
    named = runner.invoke(app, [*args, "--as-of", word], env=env("en"))
    assert named.exit_code in (0, 1), named.output
    assert date.today().isoformat() == json.loads(named.stdout)["as_of"]


@pytest.mark.parametrize("word", ["today", "Today", "今天", " 今天 ", "今日", "现在"])
@pytest.mark.parametrize("command", ["check", "plan"])
def test_as_of_today_in_a_candidate_file_is_the_day_of_the_run(
    tmp_path: Path, word: str, command: str
) -> None:
    """``"as_of": "today"`` (or ``"今天"``) in a candidate file was refused as no date, though
    ``--as-of today`` is read: the file takes the same words, as the day of the run."""
    from datetime import date

    path = tmp_path / "candidate.json"
    path.write_text(json.dumps({"experience": 3, "as_of": word}), encoding="utf-8")
    result = runner.invoke(app, [command, "--input", str(path), "--format", "json"], env=env("zh"))
    assert result.exit_code in (0, 1), result.output
    assert date.today().isoformat() == json.loads(result.stdout)["as_of"]


@pytest.mark.parametrize(
    ("lang", "said"),
    [("zh", "或写“今天”表示运行当天"), ("en", "or “today” for the day of the run")],
)
def test_an_as_of_in_a_file_that_is_no_date_is_told_the_word_for_today(
    tmp_path: Path, lang: str, said: str
) -> None:
    """A candidate file's ``as_of`` that is neither a date nor a word for today is refused
    (exit 2) naming the value, and told it may also be today's word."""
    path = tmp_path / "candidate.json"
    path.write_text('{"as_of": "tomorrow"}', encoding="utf-8")
    result = runner.invoke(app, ["check", "--input", str(path)], env=env(lang))
    text = " ".join(message_of(result).split())
    assert 2 == result.exit_code, text
    assert "tomorrow" in text, text
    assert said in text, text
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("zh", "$schema 的值 {} 应为文本:此文件所依据的架构的地址"),
        ("en", "$schema: {} should be text, the address of the schema"),
    ],
)
@pytest.mark.parametrize("value", ["5", "null", "true", "[1]"])
def test_a_schema_key_that_is_not_text_is_told_its_value_is_wrong(
    tmp_path: Path, lang: str, said: str, value: str
) -> None:
    """``"$schema": 5`` was told "$schema is not a recognised field", though the key is read
    (as text, naming a schema); now the message says the value must be text, a schema's
    address (exit 2)."""
    path = tmp_path / "candidate.json"
    path.write_text(f'{{"experience": 3, "$schema": {value}}}', encoding="utf-8")
    result = runner.invoke(app, ["check", "--input", str(path)], env=env(lang))
    text = " ".join(message_of(result).split())
    assert 2 == result.exit_code, text
    assert said.format(value) in text
    assert "not a recognised field" not in text
    assert "不是可识别的字段" not in text
    assert "Traceback" not in result.output


def test_a_json_date_is_not_told_the_forms_json_refuses(tmp_path: Path) -> None:
    """A JSON file's date is YYYY-MM-DD only: a 13th month there was told to write
    2024/1/10 or 2024年1月10日, which the file refuses."""
    path = tmp_path / "candidate.json"
    path.write_text('{"as_of": "2024-13-10"}', encoding="utf-8")
    result = runner.invoke(app, ["check", "--input", str(path)], env=env("zh"))
    text = message_of(result)
    assert (2, True) == (result.exit_code, "没有 13 月" in text), text
    assert "2024/1/10" not in text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_years_as_text_in_json_ask_for_a_number_not_for_words(tmp_path: Path, lang: str) -> None:
    """`{"experience": "三年"}` in --input is refused (JSON years are numbers) with a message
    that asks for a number, not for 三年 or 3年半 as a flag's does."""
    path = tmp_path / "candidate.json"
    path.write_text('{"experience": "三年"}', encoding="utf-8")
    result = runner.invoke(app, ["check", "--input", str(path), "--as-of", AS_OF], env=env(lang))
    text = stderr_of(result)
    assert (2, True) == (result.exit_code, "“三年”" in text)
    assert [] == [w for w in ("三年、", "3年半") if w in text]
    assert "3.5" in text


@pytest.mark.parametrize(("lang", "listed"), [("zh", "true、false"), ("en", "true, false")])
def test_a_json_yes_or_no_lists_true_and_false_as_the_language_lists(
    tmp_path: Path, lang: str, listed: str
) -> None:
    """`"graduating": "yes"` in --input: the values accepted are listed with the message's
    language's separator (a Chinese message listed "true, false")."""
    path = tmp_path / "candidate.json"
    path.write_text('{"education": "大专", "graduating": "yes"}', encoding="utf-8")
    result = runner.invoke(app, ["check", "--input", str(path), "--as-of", AS_OF], env=env(lang))
    assert (2, True) == (result.exit_code, listed in stderr_of(result))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_diploma_with_a_remark_names_the_remark_and_where_a_student_says_so(lang: str) -> None:
    """`-e 大专(在读)` ends with exit 2 naming the remark 在读 and --graduating."""
    argv = ["check", "-e", "大专（在读）", "--as-of", AS_OF]
    result = runner.invoke(app, argv, env=env(lang))
    text = stderr_of(result)
    assert (2, True, True) == (result.exit_code, "“在读”" in text, "--graduating" in text)


def test_a_diploma_part_with_a_remark_is_told_how_to_write_a_student() -> None:
    """`--diploma 大专(在读)` is told to write 大专:在读, never --graduating (which would make
    the 大专 held)."""
    argv = ["check", "--diploma", "大专(在读)", "--as-of", AS_OF]
    text = stderr_of(runner.invoke(app, argv, env=env("zh")))
    assert (True, False) == ("大专:在读" in text, "--graduating" in text)


@pytest.mark.parametrize(
    ("argv", "told", "not_told"),
    [
        (["-e", "本科（相关专业）"], "--major", "--graduating"),
        (["-e", "大专(不相关)"], "--major", "--graduating"),
        (["--diploma", "本科(相关)"], "本科:相关", "在读"),
    ],
)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_diploma_with_its_majors_relevance_in_brackets_is_told_where_that_goes(
    argv: list[str], told: str, not_told: str, lang: str
) -> None:
    """`-e 本科（相关专业）` was told the remark “may change the diploma held” and to say a
    final-year student apart: the remark is the major's relevance, which goes to --major
    (or after a colon in --diploma)."""
    result = runner.invoke(app, ["check", *argv, "--as-of", AS_OF], env=env(lang))
    text = stderr_of(result)
    assert 2 == result.exit_code
    assert told in text, text
    assert not_told not in text
    assert ("可能改变所持的学历" in text, "may change the diploma" in text) == (False, False)


def test_bad_input_file_not_utf8(tmp_path: Path) -> None:
    """An --input file that is not text (neither UTF-8 nor GB18030) exits 2 naming --input."""
    path = tmp_path / "latin1.json"
    path.write_bytes(b'{"education": "\xe9"}')
    result = runner.invoke(app, ["check", "--input", str(path), "--as-of", AS_OF], env=env("en"))
    text = result.output + stderr_of(result)
    assert 2 == result.exit_code
    assert "--input" in text
    assert "Traceback" not in text


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"  \r\n\t\n"])
@pytest.mark.parametrize(
    ("lang", "said"),
    [("zh", "内容为空,应为一个 JSON 对象"), ("en", "is empty: expected a JSON object")],
)
def test_an_empty_input_file_is_said_to_be_empty(
    tmp_path: Path, content: bytes, lang: str, said: str
) -> None:
    """An --input file that is empty (or holds only a BOM or spaces), or an empty stdin, is
    said to be empty; it was told "Expecting value (column 1)", as if a value were wrong."""
    path = tmp_path / "empty.json"
    path.write_bytes(content)
    for argv, stdin in ((["--input", str(path)], None), (["--input", "-"], content)):
        result = runner.invoke(app, ["check", *argv, "--as-of", AS_OF], input=stdin, env=env(lang))
        text = stderr_of(result)
        assert 2 == result.exit_code, text
        assert "--input" in text
        assert said in text, text
        assert "Expecting" not in text
        assert "此处应为一个值" not in text


def test_input_in_gbk_is_read(tmp_path: Path) -> None:
    """An --input file in GBK (a GB18030 subset) is read: 大专 and 3 years meet 4-1."""
    path = tmp_path / "gbk.json"
    path.write_bytes('{"education": "大专", "major": "相关", "experience": 3}'.encode("gbk"))
    result = runner.invoke(
        app,
        ["check", "--input", str(path), "--as-of", AS_OF, "--format", "json"],
        env=env("zh"),
    )
    assert 0 == result.exit_code, result.output
    report = json.loads(result.stdout)
    assert "associate" == report["general"][0]["actual"]["education"]
    assert ["4-1"] == report["levels"][0]["qualifying_pathways"]


@pytest.mark.parametrize("flag", ["--input", "--rules"])
def test_missing_file_with_a_long_path_is_named(flag: str, tmp_path: Path) -> None:
    """The message about a file that does not exist names it, however deep its directory."""
    path = tmp_path / ("a-directory-with-a-rather-long-name-" * 3) / "nope-file.json"
    result = runner.invoke(app, ["check", flag, str(path), "--as-of", AS_OF], env=env("en"))
    assert 2 == result.exit_code
    assert "nope-file.json" in message_of(result)


def test_missing_rules_file_message_is_all_chinese(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SPEC §3: under zh, file errors are in Chinese (only the file name and flags in ASCII)."""
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["check", "--rules", "nope.toml"], env=env("zh"))
    assert 2 == result.exit_code
    words = re.findall(r"[A-Za-z]{3,}", message_of(result).replace("nope.toml", ""))
    assert [] == [w for w in words if w not in ("mediaops", "rules")]


def test_bad_rules_for_rules_show(tmp_path: Path) -> None:
    """`rules show --rules` with a broken file exits 2 with the problem's location."""
    path = tmp_path / "broken.toml"
    path.write_text(BROKEN_RULES, encoding="utf-8")
    result = runner.invoke(app, ["rules", "show", "--rules", str(path)])
    text = result.output + stderr_of(result)
    assert 2 == result.exit_code
    assert "levels[level=4].pathways[4-2].conditions[0].years" in text
    assert "Traceback" not in text


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize(
    ("args", "bad"),
    [
        pytest.param(["rules", "show", "--format", "xml"], "xml", id="rules-show-format"),
        pytest.param(["rules", "show", "--lang", "fr"], "fr", id="rules-show-lang"),
        pytest.param(
            ["rules", "validate"],
            "FILE",
            id="rules-validate-no-file",
        ),
        pytest.param(["frobnicate"], "frobnicate", id="unknown-command"),
    ],
)
def test_bad_usage_of_other_commands(args: list[str], bad: str, lang: str) -> None:
    """Bad usage of the other commands exits 2 naming the bad value, with no traceback."""
    result = runner.invoke(app, args, env=env(lang))
    text = result.output + stderr_of(result)
    assert 2 == result.exit_code
    assert bad in text
    assert "Traceback" not in text


# --- the library -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("after", "total", "zh", "en"),
    [
        (
            3.5,
            3,
            "3.5 年超过了累计从业年限 3 年",
            "(3.5) exceed the years of experience in total (3)",
        ),
        # a difference the usual two decimals hide is written with the decimals that show it
        (3.0000001, 3, "3.0000001 年超过了累计从业年限 3 年", "(3.0000001) exceed"),
        (2.004, 2, "2.004 年超过了累计从业年限 2 年", "(2.004) exceed"),
    ],
)
def test_years_since_a_certificate_over_the_total_say_both_numbers_apart(
    after: float, total: float, zh: str, en: str
) -> None:
    """The contradiction names two different numbers: "3 年超过了 3 年" said nothing."""
    from pydantic import ValidationError

    from mediaops import Candidate

    for lang, text in (("zh", zh), ("en", en)):
        with pytest.raises(ValidationError) as raised:
            Candidate(experience=total, certificates=[{"level": 4, "years_after": after}])
        from mediaops.models import describe_validation_error

        assert text in describe_validation_error(raised.value, lang)


def test_the_library_reads_as_of_as_a_date_and_refuses_what_is_none() -> None:
    """README, *Using the library*: ``evaluate``, a ``Judge`` and ``plan`` take ``as_of``.
    A ``datetime`` (``datetime.now()``) failed inside with "can't compare datetime.datetime
    to datetime.date": it is read as its date, as a candidate's dates are. A text, None, a
    dict for the candidate or a path for the ruleset failed with an AttributeError or a
    TypeError from deep inside: each is a TypeError naming the argument. A date past
    9000-12-31 (the latest ``--as-of`` accepts) made ``plan`` fail with "year 10059 is out
    of range": an InputError, as for ``--as-of``."""
    from datetime import UTC, date, datetime

    from mediaops import Candidate, InputError, load_ruleset
    from mediaops.plan import plan
    from mediaops.report import Judge, evaluate

    rules = load_ruleset()
    one = Candidate(education="大专", major="related", experience=3)
    day = date(2026, 11, 27)
    late = datetime(2026, 11, 27, 23, 30, tzinfo=UTC)
    assert 4 == evaluate(one, rules, as_of=late).highest_eligible
    assert 4 == Judge(rules)(one, as_of=datetime(2026, 11, 27, 8)).highest_eligible
    assert plan(one, rules, as_of=day) == plan(one, rules, as_of=late)
    for call, name in (
        (lambda: evaluate(one, rules, as_of="2026-11-27"), "as_of"),  # type: ignore[arg-type]
        (lambda: plan(one, rules, as_of=None), "as_of"),  # type: ignore[arg-type]
        (lambda: evaluate({"experience": 3}, rules, as_of=day), "candidate"),  # type: ignore[arg-type]
        (lambda: evaluate(one, "rules/all-media-operator.toml", as_of=day), "ruleset"),  # type: ignore[arg-type]
        (lambda: Judge(None), "ruleset"),  # type: ignore[arg-type]
    ):
        with pytest.raises(TypeError, match=f"^{name}: expected"):
            call()
    for far in (date(9999, 12, 31), date(1, 1, 1)):
        with pytest.raises(InputError, match="from 1900-01-01 to 9000-12-31"):
            evaluate(one, rules, as_of=far)
        with pytest.raises(InputError, match="from 1900-01-01 to 9000-12-31"):
            plan(one, rules, as_of=far)


def test_the_library_refuses_contradictions_when_building_and_future_dates_when_evaluating() -> (
    None
):
    """README, *Using the library*: facts that contradict one another whatever the date raise
    pydantic's ValidationError when the Candidate is built; a date after ``as_of`` raises
    InputError from ``evaluate``."""
    from datetime import date

    from pydantic import ValidationError

    from mediaops import Candidate, InputError, evaluate, load_ruleset

    with pytest.raises(ValidationError, match="exceed the years of experience"):
        Candidate(experience=2, certificates=[{"level": 4, "years_after": 3}])
    with pytest.raises(ValidationError, match="ends before it starts"):
        Candidate(work_history=[{"start": "2024-01-01", "end": "2023-01-01"}])
    future = Candidate(experience=5, certificates=[{"level": 4, "date": "2027-01-10"}])
    with pytest.raises(InputError):
        evaluate(future, load_ruleset(), as_of=date(2026, 11, 27))


@pytest.mark.parametrize(
    ("number", "named"),
    [(True, "bool"), (False, "bool"), (3.0, "float"), ("3", "str"), (None, "NoneType")],
)
def test_a_report_s_level_is_asked_by_an_int_only(number: object, named: str) -> None:
    """``report.level(True)`` gave level 1 and ``report.level(3.0)`` level 3 (Python's
    ``True == 1``, ``3.0 == 3``), where a bool or a float is no level number: a TypeError
    naming the type, as ``evaluate`` raises for an argument of another type ("3" was a
    KeyError)."""
    from datetime import date

    from mediaops import Candidate, load_ruleset
    from mediaops.report import evaluate

    report = evaluate(Candidate(experience=3), load_ruleset(), as_of=date(2026, 11, 27))
    with pytest.raises(TypeError, match=f"^number: expected an int, not {named}$"):
        report.level(number)  # type: ignore[arg-type]


@pytest.mark.parametrize(("number", "error"), [(True, TypeError), (3.0, TypeError), (7, KeyError)])
def test_a_plan_s_level_is_asked_as_a_report_s_is(number: object, error: type) -> None:
    """``plan(…).level(True)`` gave level 1, as ``Report.level`` did, and a level the plan
    lacks (7) let a StopIteration out: a TypeError and a KeyError, as ``Report.level``."""
    from datetime import date

    from mediaops import Candidate, load_ruleset
    from mediaops.plan import plan

    planned = plan(Candidate(experience=3), load_ruleset(), as_of=date(2026, 11, 27))
    assert 4 == planned.level(4).level
    with pytest.raises(error):
        planned.level(number)  # type: ignore[arg-type]


def test_a_report_refuses_a_level_it_has_not_and_a_language_it_does_not_speak() -> None:
    """README, *Using the library*: ``report.level(3)``. A level the ruleset lacks (7) let
    a StopIteration out, which a generator calling it turns into a
    RuntimeError; ``to_dict("fr")`` failed with "'Bilingual' object has no attribute 'fr'".
    A KeyError and a ValueError, naming what was asked."""
    from datetime import date

    from mediaops import Candidate, load_ruleset
    from mediaops.report import evaluate

    report = evaluate(Candidate(experience=3), load_ruleset(), as_of=date(2026, 11, 27))
    assert 4 == report.level(4).level
    for number in (7, 0):
        with pytest.raises(KeyError, match=repr(number)):
            report.level(number)
    with pytest.raises(ValueError, match="'fr'"):
        report.to_dict("fr")  # type: ignore[arg-type]
