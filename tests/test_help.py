"""``--help`` of every command and click's usage errors, in Chinese and in English (issue 12).

Golden files are in ``tests/golden/help/``: ``help-<command>.<lang>.w80.txt`` is what
``mediaops <command> --help`` prints at COLUMNS=80 with ``MEDIAOPS_LANG=<lang>``, and
``usage-<case>.<lang>.w80.txt`` the message a usage error leaves on stderr. To rewrite them
after an intended change of the output::

    MEDIAOPS_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_help.py

The rewriting run fails on purpose, naming every file it rewrote; review
``git diff tests/golden/help`` and run again. A golden file listed in :data:`KNOWN_BUGS`
holds the output as it *should* be (corrected by hand from the program's output) and is
never rewritten; its test is an expected failure until the bug is fixed.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import typer.main
from rich.cells import cell_len
from typer.testing import CliRunner, Result

import goldens
from mediaops import values
from mediaops.cli import app
from mediaops.errors import InputError
from mediaops.guide import resolve_topic
from mediaops.messages import CATALOGUE, Lang, tr
from plain import plain_env

GOLDEN_DIR = Path(__file__).parent / "golden" / "help"
LANGS: tuple[Lang, ...] = ("zh", "en")
WIDTH = 80

#: The commands whose help is kept as a golden file: name in the file → arguments before --help.
COMMANDS: dict[str, tuple[str, ...]] = {
    "mediaops": (),
    "check": ("check",),
    "plan": ("plan",),
    "batch": ("batch",),
    "guide": ("guide",),
    "rules": ("rules",),
    "rules-show": ("rules", "show"),
    "rules-validate": ("rules", "validate"),
    "rules-list": ("rules", "list"),
    "rules-diff": ("rules", "diff"),
}
#: The commands that do something (not groups): each takes --lang and owes examples and exit codes.
LEAVES = tuple(name for name in COMMANDS if name not in ("mediaops", "rules"))

#: Usage errors: name in the file → the arguments.
USAGE: dict[str, tuple[str, ...]] = {
    "unknown-option": ("check", "--educaton", "x"),
    "missing-value": ("check", "-e"),
    "missing-argument": ("batch",),
    "unknown-command": ("frobnicate",),
    "bad-choice": ("check", "--format", "xml"),
    "extra-arguments": ("check", "extra1", "extra2"),
}
#: More usage errors, checked for their properties only (their right wording is not ours to pick).
USAGE_MORE: dict[str, tuple[str, ...]] = {
    "not-an-integer": ("batch", "in.csv", "--jobs", "abc"),
    "flag-with-value": ("check", "--graduating=yes"),
    "out-of-range": ("batch", "in.csv", "--jobs", "0"),
}

#: Golden files whose output is defective: the file holds the corrected output (none now).
KNOWN_BUGS: dict[str, str] = {}

runner = CliRunner()
CLI: Any = typer.main.get_command(app)


def invoke(args: tuple[str, ...] | list[str], lang: str = "zh", columns: int = WIDTH) -> Result:
    """``mediaops ARGS`` with ``MEDIAOPS_LANG=lang`` at ``columns`` columns, plain output."""
    return runner.invoke(app, list(args), env=plain_env(lang, columns))


@functools.cache
def help_text(name: str, lang: Lang) -> str:
    """What `mediaops COMMAND --help` prints at 80 columns in ``lang`` (run once per test session)."""
    result = invoke((*COMMANDS[name], "--help"), lang)
    assert 0 == result.exit_code
    return result.stdout


def click_command(name: str) -> Any:
    """The click command behind a name of :data:`COMMANDS`."""
    command = CLI
    for word in COMMANDS[name]:
        command = command.commands[word]
    return command


def check_golden(stem: str, actual: str) -> None:
    """Compare ``actual`` with ``tests/golden/help/<stem>.txt`` (or rewrite it, see the module doc)."""
    goldens.check_golden(GOLDEN_DIR / f"{stem}.txt", actual, KNOWN_BUGS)


def cases(stems: list[str]) -> list[Any]:
    """Golden stems as pytest parameters, the known bugs marked as expected failures."""
    return [
        pytest.param(s, marks=pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[s]))
        if s in KNOWN_BUGS
        else s
        for s in stems
    ]


HELP_CASES = {f"help-{n}.{lang}.w{WIDTH}": (n, lang) for n in COMMANDS for lang in LANGS}
USAGE_CASES = {f"usage-{n}.{lang}.w{WIDTH}": (n, lang) for n in USAGE for lang in LANGS}


# --- golden files ----------------------------------------------------------------------


@pytest.mark.parametrize("stem", cases(sorted(HELP_CASES)))
def test_help_golden(stem: str) -> None:
    """`mediaops COMMAND --help` at 80 columns equals its reviewed golden file."""
    name, lang = HELP_CASES[stem]
    check_golden(stem, help_text(name, lang))


@pytest.mark.parametrize("stem", cases(sorted(USAGE_CASES)))
def test_usage_error_golden(stem: str) -> None:
    """A usage error leaves exactly its reviewed golden message on stderr."""
    name, lang = USAGE_CASES[stem]
    result = invoke(USAGE[name], lang)
    check_golden(stem, result.stderr)


def test_no_orphan_golden_files() -> None:
    """Every file in tests/golden/help belongs to a case, and every known bug to a file."""
    stems = set(HELP_CASES) | set(USAGE_CASES)
    assert set() == {p.stem for p in GOLDEN_DIR.glob("*.txt")} - stems
    assert set() == set(KNOWN_BUGS) - stems


# --- the language of the help -----------------------------------------------------------


@pytest.mark.parametrize("name", LEAVES)
@pytest.mark.parametrize("lang", LANGS)
def test_lang_option_chooses_the_help_language(name: str, lang: Lang) -> None:
    """`--lang X --help` (and `--help --lang=X`) give the help of MEDIAOPS_LANG=X, whatever the env."""
    other = "en" if lang == "zh" else "zh"
    expected = help_text(name, lang)
    assert expected == invoke((*COMMANDS[name], "--lang", lang, "--help"), other).stdout
    assert expected == invoke((*COMMANDS[name], "--help", f"--lang={lang}"), other).stdout


@pytest.mark.parametrize(
    "name",
    [
        "mediaops",
        "rules",
    ],
)
def test_lang_option_on_a_group(name: str) -> None:
    """`mediaops --lang en --help` and `mediaops rules --lang en --help` print the English help."""
    result = invoke((*COMMANDS[name], "--lang", "en", "--help"), "zh")
    assert (0, help_text(name, "en")) == (
        result.exit_code,
        result.stdout,
    )


@pytest.mark.parametrize("name", ["check", "rules-show"])
def test_lang_option_before_the_command(name: str) -> None:
    """`mediaops --lang en check --help` prints the English help of check."""
    result = invoke(("--lang", "en", *COMMANDS[name], "--help"), "zh")
    assert (0, help_text(name, "en")) == (result.exit_code, result.stdout)


def allowed_ascii(name: str) -> set[str]:
    """The ASCII words a Chinese help may show: option names, placeholders, commands, values."""
    command = click_command(name)
    words = {"mediaops", "check", "plan", "batch", "guide", "rules", "show", "validate", "list"}
    words |= {"diff", *COMMANDS}
    for param in command.params:
        for text in (*param.opts, param.metavar or "", param.name or ""):
            words |= set(re.findall(r"[A-Za-z][A-Za-z0-9_]*", text))
    # values a user types, file formats and encodings, shells, the environment variable
    words |= {"table", "json", "csv", "jsonl", "xlsx", "svg", "toml", "zh", "en", "all"}
    words |= {"unused", "none"}
    words |= {"summary", "template", "roles", "levels", "directions", "careers", "start"}
    words |= {"JSON", "Lines", "Schema", "CSV", "SVG", "TOML", "UTF", "BOM", "GB18030", "GBK"}
    words |= {"shell", "bash", "zsh", "fish", "MEDIAOPS_LANG", "YYYY", "MM", "DD"}
    return words


@pytest.mark.parametrize("name", list(COMMANDS))
def test_chinese_help_has_no_english_prose(name: str) -> None:
    """The Chinese help shows ASCII only as options, placeholders, commands and typed values."""
    text = help_text(name, "zh")
    found = set(re.findall(r"(?<![\w-])[A-Za-z][A-Za-z0-9_]*", text))
    assert set() == found - allowed_ascii(name)
    for phrase in ("Usage", "Options", "Arguments", "Commands", "Show this", "[default"):
        assert phrase not in text


#: Chinese an English help may show: values a user types (checked below to be accepted
#: values), the Chinese name of the occupation, and a spreadsheet header as an example.
CJK_IN_ENGLISH = {
    "education": ("初中", "高中", "中专", "技工学校", "技师学院", "大专", "本科"),
    "level": ("四级",),
    "direction": ("创意策划", "视听运营", "直播运营", "流量运营", "数据分析"),
    "years": ("三年", "3年半"),
    "topic": ("岗位", "等级", "方向", "职业发展", "入门"),
    "title": ("初级",),
    "names": ("全媒体运营师", "文化程度"),
}


def test_chinese_in_english_help_is_accepted_values() -> None:
    """Every Chinese value the English help shows is one the program accepts."""
    parsers = {
        "education": values.parse_education,
        "level": values.parse_level,
        "direction": values.parse_direction,
        "years": values.parse_years,
        "title": values.parse_title_level,
    }
    refused = []
    for kind, parse in parsers.items():
        for word in CJK_IN_ENGLISH[kind]:
            try:
                parse(word, "test")
            except InputError:
                refused.append(word)
    for word in CJK_IN_ENGLISH["topic"]:
        try:
            resolve_topic(word)
        except InputError:
            refused.append(word)
    assert [] == refused


@pytest.mark.parametrize("name", list(COMMANDS))
def test_english_help_has_no_chinese_prose(name: str) -> None:
    """The English help shows Chinese only as values a user types or the occupation's name."""
    text = help_text(name, "en")
    vocabulary = [w for words in CJK_IN_ENGLISH.values() for w in words]
    runs = set(re.findall(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+", text))
    # a run cut by a line break is checked by test_help_keeps_values_whole, not here
    assert set() == {r for r in runs if not any(r in w for w in vocabulary)}


# --- examples, exit statuses, layout --------------------------------------------------------


@pytest.mark.parametrize("name", LEAVES)
@pytest.mark.parametrize("lang", LANGS)
def test_help_has_examples_and_exit_statuses(name: str, lang: Lang) -> None:
    """The help of every command has an examples section and an exit-status section."""
    lines = help_text(name, lang).splitlines()
    headings = [tr("help.examples", lang), tr("help.exit", lang)]
    assert headings == [line for line in lines if line in headings]
    examples = lines[lines.index(headings[0]) + 1 :]
    assert examples[0].startswith(f"mediaops {' '.join(COMMANDS[name])}")


#: The exit statuses each command returns (every command: 2 for bad usage, 74 for output
#: that cannot be written; the screening commands also 1 and 130).
EXIT_CODES: dict[str, list[str]] = {
    "check": ["0", "1", "2", "74", "130"],
    "plan": ["0", "1", "2", "74", "130"],
    "batch": ["0", "1", "2", "74", "130"],
    "guide": ["0", "2", "74"],
    "rules-show": ["0", "2", "74"],
    "rules-validate": ["0", "2", "74"],
    "rules-list": ["0", "2", "74"],
    "rules-diff": ["0", "2", "74"],
}


@pytest.mark.parametrize(
    "name",
    LEAVES,
)
@pytest.mark.parametrize("lang", LANGS)
def test_exit_statuses_are_listed(name: str, lang: Lang) -> None:
    """The exit-status section names every status the command returns, with what it means."""
    text = help_text(name, lang)
    section = " ".join(text.split(tr("help.exit", lang) + "\n", 1)[1].split())
    assert EXIT_CODES[name] == re.findall(r"(?:^|;) ?(\d+) ", section)


@pytest.mark.parametrize("name", list(COMMANDS))
@pytest.mark.parametrize("lang", LANGS)
def test_help_fits_80_columns(name: str, lang: Lang) -> None:
    """No line of the help is wider than 80 columns, and nothing is cut off with an ellipsis."""
    text = help_text(name, lang)
    assert [] == [line for line in text.splitlines() if cell_len(line) > WIDTH]
    texts, examples = help_sources(name, lang)
    metavars = [p.metavar or "" for p in click_command(name).params]
    assert sum(t.count("…") for t in (*texts, *examples, *metavars)) == text.count("…")


def help_sources(name: str, lang: Lang) -> tuple[list[str], list[str]]:
    """The catalogue texts the help of a command is made of: (descriptions, example lines)."""
    command = click_command(name)
    keys = [command.help, *(getattr(p, "help", None) for p in command.params)]
    if hasattr(command, "commands"):
        keys += [sub.help for sub in command.commands.values()]
    keys.append(f"help.exit.{command.name}")
    texts = [tr(k, lang) for k in keys if k in CATALOGUE]
    examples = f"help.examples.{command.name}"
    example_lines = tr(examples, lang).splitlines() if examples in CATALOGUE else []
    return texts, example_lines


#: What a Chinese help text holds that a line break must not cut (Chinese prose itself
#: may break between any two characters): a bracketed placeholder, anything with a date,
#: a header mapping, a diploma value (kept only if --diploma accepts it), ASCII runs.
ZH_WHOLE = re.compile(
    r"\[:[^\]]+\]"
    r"|[^\s,;、。()()\[\]]*\d{4}-\d{2}-\d{2}[^\s,;、。()()]*"
    r"|[\u4e00-\u9fff]+=[^\s,;、。()()]+"
    r"|(?P<diploma>[\u4e00-\u9fff]+(?::[\u4e00-\u9fff]+)+)"
    r"|\.?[A-Za-z0-9][\w.|/-]*"
)


def whole_tokens(text: str, lang: Lang) -> list[str]:
    """The pieces of a help text that a line break must not cut (English: every word)."""
    if lang == "en":
        words = re.split(r"\s+|(?<=\])(?=\[)", text)
        return [w.strip(".,;:()") for w in words if w.strip(".,;:()")]
    found = []
    for match in ZH_WHOLE.finditer(text):
        if match["diploma"]:
            try:
                values.split_diploma(match[0], "test")
            except InputError:
                continue
        found.append(match[0])
    return found


def cut_tokens(name: str, lang: Lang, lines: list[str]) -> list[str]:
    """The values, words and example flag-value pairs of a command's help that ``lines`` cut."""
    texts, examples = help_sources(name, lang)
    assert texts
    expected = Counter(t for text in texts for t in whole_tokens(text, lang) if cell_len(t) <= 30)
    for example in examples:
        words = example.split()
        expected.update(t for t in whole_tokens(example, lang) if cell_len(t) <= 30)
        expected.update(
            f"{flag} {value}"
            for flag, value in itertools.pairwise(words)
            if flag.startswith("-") and not value.startswith("-")
        )
    return [t for t, n in expected.items() if sum(line.count(t) for line in lines) < n]


def help_cases(bugs: dict[tuple[str, str], str]) -> list[Any]:
    """(command, language) parameters, those in ``bugs`` expected to fail for that reason."""
    return [
        pytest.param(n, lang, marks=[pytest.mark.xfail(strict=True, reason=bugs[n, lang])])
        if (n, lang) in bugs
        else (n, lang)
        for n in COMMANDS
        for lang in LANGS
    ]


#: (command, language) whose help breaks a value, a word or an example.
CUT_VALUES: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize(("name", "lang"), help_cases(CUT_VALUES))
def test_help_keeps_values_whole(name: str, lang: Lang) -> None:
    """At 80 columns no line break falls inside a value, a word, or between a flag and its value."""
    assert [] == cut_tokens(name, lang, help_text(name, lang).splitlines())


#: What no line (nor a description beside its option) may start with: a mark that closes or
#: follows what came before (but `.csv` may start a line, and `:在读`, `:evaluated` too).
CLOSING = re.compile(
    r"(?:^|\S {2,})"
    r"([,;!?)\]}\u3001\u3002\uff0c\uff1b\uff01\uff1f\uff09\u300d\u2026]|\.(?![A-Za-z]))"
)


def lines_starting_with_a_closing_mark(lines: list[str]) -> list[str]:
    """The lines (or option descriptions) that start with punctuation that closes."""
    return [line for line in lines if CLOSING.search(line.lstrip())]


#: (command, language) whose help starts a line with a closing mark.
CLOSING_FIRST: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize(("name", "lang"), help_cases(CLOSING_FIRST))
def test_no_line_starts_with_closing_punctuation(name: str, lang: Lang) -> None:
    """No line of the help (nor an option's description) starts with a comma, a stop, a bracket."""
    assert [] == lines_starting_with_a_closing_mark(help_text(name, lang).splitlines())


@pytest.mark.parametrize("stem", sorted(s for s in KNOWN_BUGS if s.startswith("help-")))
def test_corrected_golden_files_are_clean(stem: str) -> None:
    """The hand-corrected golden files fit 80 columns and cut no value, word or example."""
    name, lang = HELP_CASES[stem]
    lines = (GOLDEN_DIR / f"{stem}.txt").read_text(encoding="utf-8").splitlines()
    assert [] == [line for line in lines if cell_len(line) > WIDTH]
    assert [] == cut_tokens(name, lang, lines)
    assert [] == lines_starting_with_a_closing_mark(lines)


@pytest.mark.parametrize("lang", LANGS)
def test_every_option_that_takes_a_value_shows_a_placeholder(lang: Lang) -> None:
    """In every help, an option that takes a value shows a placeholder (`--as-of YYYY-MM-DD`)."""
    bare = []
    for name in LEAVES:
        labels = [line.split("  ")[0] for line in help_text(name, lang).splitlines()]
        for param in click_command(name).params:
            if param.param_type_name != "option" or param.is_flag:
                continue
            names = ", ".join(sorted(param.opts, key=lambda o: (o.startswith("--"), o)))
            if names in labels:
                bare.append(f"{name} {names}")
    assert [] == bare


# --- usage errors ------------------------------------------------------------------------

CLICK_ENGLISH = (
    "No such option",
    "No such command",
    "Missing argument",
    "Missing option",
    "Usage:",
    "Error:",
    "Got unexpected",
    "requires an argument",
    "does not take a value",
    "Invalid value",
    "is not a valid",
    "Input should be",
    "Try '",
)
ALL_USAGE = {**USAGE, **USAGE_MORE}


@pytest.mark.parametrize(
    ("name", "lang"),
    [pytest.param(n, lang, id=f"{n}-{lang}") for n in ALL_USAGE for lang in LANGS],
)
def test_usage_error_is_one_localized_paragraph(name: str, lang: Lang) -> None:
    """Exit 2, nothing on stdout, one line on stderr in the language, ending with the command's help."""
    args = ALL_USAGE[name]
    result = invoke(args, lang)
    message = result.stderr
    command = " ".join(["mediaops", *[a for a in args[:2] if a in ("check", "batch", "plan")]])
    hint = tr("usage.help", lang, command=command)
    assert (2, "", 1) == (result.exit_code, result.stdout, len(message.splitlines()))
    assert "Traceback" not in message
    titles = (tr("err.usage_title", lang), tr("err.title", lang))
    assert message.startswith(tuple(f"mediaops: {title}" for title in titles))
    if name != "bad-choice":  # an input error (the value of --format), not a usage error
        assert message.rstrip("\n").endswith(hint)
        before = message.rstrip("\n")[: -len(hint)]
        assert re.search(r"[。?!.?!] ?$", before), before
    if lang == "zh":
        assert [] == [phrase for phrase in CLICK_ENGLISH if phrase in message]
        typed = {w for a in args for w in re.findall(r"[A-Za-z0-9]+", a)}
        words = set(re.findall(r"(?<![\w-])[A-Za-z][A-Za-z0-9_]*", message))
        assert set() == words - typed - {"mediaops", "INPUT", "table", "json", "help"}
