"""The ``mediaops`` command: parse, prompt, call the library, render, exit.

Commands hold no eligibility logic: each builds a :class:`Candidate`, calls
:func:`mediaops.engine.evaluate` and hands the report to
:mod:`mediaops.render`. Heavy modules (pydantic, rich, the ruleset) are
imported inside the commands, so ``mediaops --version`` and ``--help`` stay
fast.

Exit status (SPEC §2): 0 eligible for at least one level (or for
``--level``); 1 not eligible or undetermined; 2 bad input or usage, with a
one-paragraph message and no traceback; 130 cancelled with Ctrl-C.
"""

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from .__about__ import __version__
from .messages import Lang, Msg, default_lang, tr

if TYPE_CHECKING:
    from .models import Candidate
    from .rules import Ruleset

EXIT_ELIGIBLE = 0
EXIT_NOT_ELIGIBLE = 1
EXIT_USAGE = 2
EXIT_IO = 74  # sysexits EX_IOERR: the output could not be written
EXIT_CANCELLED = 130
EXIT_PIPE = 141  # 128 + SIGPIPE: the reader of stdout went away

app = typer.Typer(
    name="mediaops",
    help="全媒体运营师 报考资格检查 · Which levels of the All-Media Operator qualification "
    "can you apply for, and why.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
rules_app = typer.Typer(
    help="Show or validate the encoded requirements. 查看或校验报考条件规则。",
    no_args_is_help=True,
)
app.add_typer(rules_app, name="rules")


def _version(value: bool) -> None:
    if value:
        print(f"mediaops {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", "-V", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """全媒体运营师 报考资格检查 · All-Media Operator eligibility checker."""


# --- options shared by several commands --------------------------------------------

AsOfOpt = Annotated[
    str | None,
    typer.Option("--as-of", metavar="YYYY-MM-DD", help="Evaluate for this date (default: today)."),
]
RulesOpt = Annotated[
    Path | None,
    typer.Option(
        "--rules", metavar="FILE", help="Use this ruleset file instead of the built-in one."
    ),
]
FormatOpt = Annotated[str, typer.Option("--format", metavar="table|json", help="Output format.")]
LangOpt = Annotated[
    str | None,
    typer.Option(
        "--lang",
        metavar="zh|en",
        help="Language of the text (default zh; env MEDIAOPS_LANG).",
        show_default=False,
    ),
]


def _lang(value: str | None) -> Lang:
    if value is None:
        return default_lang()
    v = value.strip().lower()
    if v in ("zh", "cn", "zh-cn", "chinese", "中文"):
        return "zh"
    if v in ("en", "english", "英文"):
        return "en"
    _fail(default_lang(), Msg.of("err.value", field="--lang", value=value, accepted="zh, en"))
    return "zh"  # unreachable: _fail exits


def _format(value: str, lang: Lang, allowed: tuple[str, ...] = ("table", "json")) -> str:
    v = value.strip().lower()
    if v not in allowed:
        _fail(lang, Msg.of("err.value", field="--format", value=value, accepted=", ".join(allowed)))
    return v


def _fail(lang: Lang, msg: Msg | str, code: int = EXIT_USAGE) -> NoReturn:
    """Print a one-paragraph error to stderr and exit with ``code`` (2: bad input)."""
    text = msg if isinstance(msg, str) else msg.format(lang)
    title = "err.title" if code == EXIT_USAGE else "err.io_title"
    prefix = "mediaops: " + tr(title, lang) + (":" if lang == "zh" else ": ")
    print(prefix + text, file=sys.stderr)
    raise typer.Exit(code)


def _closed_pipe() -> NoReturn:
    """stdout was closed by its reader (``| head``): end quietly, as Unix tools do."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())  # nothing more reaches the closed pipe at exit
    raise typer.Exit(EXIT_PIPE)


@contextmanager
def _input_errors(lang: Lang) -> Iterator[None]:
    """Turn every kind of bad input into a message and exit 2."""
    from pydantic import ValidationError

    from .models import InputError
    from .rules import RulesetError

    try:
        yield
    except InputError as exc:
        _fail(lang, exc.msg)
    except ValidationError as exc:
        _fail(lang, _validation_message(exc, lang))
    except RulesetError as exc:
        problems = "; ".join(str(p) for p in exc.problems)
        _fail(lang, tr("err.rules", lang, path=exc.path) + " " + problems)


def _validation_message(exc: Any, lang: Lang) -> str:
    from .models import describe_validation_error

    return describe_validation_error(exc, lang)


def _as_of(value: str | None, lang: Lang) -> date | None:
    from .models import parse_date

    if value is None:
        return None
    with _input_errors(lang):
        return parse_date(value, "--as-of")


def _ruleset(path: Path | None, lang: Lang) -> "Ruleset":
    from .rules import load_ruleset

    with _input_errors(lang):
        return load_ruleset(path)


def _read_json_input(source: str, lang: Lang) -> dict[str, Any]:
    """The candidate object from a JSON file (``-`` = stdin)."""
    field = tr("field.input", lang)
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        _fail(lang, Msg.of("err.file", field=field, value=source, detail=detail))
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        _fail(lang, Msg.of("err.json", field=field, detail=str(exc)))
    if not isinstance(data, dict):
        _fail(lang, Msg.of("err.json", field=field, detail="expected a JSON object {…}"))
    return data


def _exit_code(report: Any, level: int | None) -> int:
    from .report import Verdict

    if level is not None:
        ok = report.level(level).status is Verdict.eligible
    else:
        ok = bool(report.eligible_levels)
    return EXIT_ELIGIBLE if ok else EXIT_NOT_ELIGIBLE


def _emit_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


# --- check ---------------------------------------------------------------------


# The facts of a candidate, as flags: shared by `check` and `plan`.
EducationOpt = Annotated[
    str | None,
    typer.Option(
        "--education",
        "-e",
        help="Highest diploma: 初中, 高中, 中专, 技工学校, 大专, 本科, … or its id.",
    ),
]
MajorOpt = Annotated[
    str | None,
    typer.Option(
        "--major", metavar="same|related|unrelated", help="Relevance of that diploma's major."
    ),
]
GraduatingOpt = Annotated[
    bool,
    typer.Option("--graduating", help="Final-year student; the diploma is not yet received."),
]
ExperienceOpt = Annotated[
    str | None,
    typer.Option(
        "--experience",
        "-x",
        metavar="YEARS",
        help="Cumulative years in this or a related occupation.",
    ),
]
WorkOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--work",
        metavar="START..[END]",
        help="A dated work period (repeatable); END is the last day worked.",
    ),
]
TrainingOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--training", metavar="LEVEL", help="Completed formal training for LEVEL (repeatable)."
    ),
]
CertOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--cert",
        metavar="LEVEL[:YYYY-MM-DD]",
        help="A certificate held, optionally with its date (repeatable).",
    ),
]
YearsAfterOpt = Annotated[
    str | None,
    typer.Option(
        "--years-after-cert",
        metavar="YEARS",
        help="Years worked since obtaining the highest certificate given.",
    ),
]
InputOpt = Annotated[
    str | None,
    typer.Option(
        "--input", metavar="FILE", help="Read the candidate from a JSON file (- = stdin)."
    ),
]
InteractiveOpt = Annotated[
    bool,
    typer.Option(
        "--interactive", "-i", help="Ask the questions even when stdin is not a terminal."
    ),
]


#: The parameters of `check` and `plan` that are facts about the candidate.
FACT_FLAGS = ("education", "major", "graduating", "experience", "work", "training", "cert",
              "years_after_cert")  # fmt: skip


def _fact_flags(params: dict[str, Any]) -> dict[str, Any]:
    """The fact flags among a command's parameters (``False`` for a flag means not given)."""
    return {name: params[name] or None for name in FACT_FLAGS}


def _candidate(
    lang: Lang,
    output: str,
    flags: dict[str, Any],
    input_file: str | None,
    interactive: bool,
) -> "tuple[Candidate, date | None]":
    """The candidate from flags, a JSON file, or the questions (when nothing is given)."""
    given = {k: v for k, v in flags.items() if v}
    document: dict[str, Any] = {}
    if input_file is not None:
        document = _read_json_input(input_file, lang)
    if interactive or (not given and input_file is None and sys.stdin.isatty()):
        from .render import make_console

        # with JSON on stdout, the conversation goes to stderr so stdout stays parseable
        document = _ask(make_console(stderr=output == "json"), lang)
    with _input_errors(lang):
        return _build_candidate(document, given)


@app.command()
def check(
    education: EducationOpt = None,
    major: MajorOpt = None,
    graduating: GraduatingOpt = False,
    experience: ExperienceOpt = None,
    work: WorkOpt = None,
    training: TrainingOpt = None,
    cert: CertOpt = None,
    years_after_cert: YearsAfterOpt = None,
    as_of: AsOfOpt = None,
    level: Annotated[
        str | None,
        typer.Option("--level", metavar="LEVEL", help="Judge only this level for the exit code."),
    ] = None,
    input_file: InputOpt = None,
    rules: RulesOpt = None,
    fmt: FormatOpt = "table",
    lang: LangOpt = None,
    interactive: InteractiveOpt = False,
    schema: Annotated[
        bool, typer.Option("--schema", help="Print the JSON Schema of the --input file and exit.")
    ] = False,
) -> None:
    """Check which levels you may apply for, and why. 检查可报考的等级及依据。

    With no facts given and a terminal, asks the questions interactively.
    """
    language = _lang(lang)
    output = _format(fmt, language)
    if schema:
        from .models import CandidateDocument

        _emit_json(CandidateDocument.model_json_schema())
        return
    when = _as_of(as_of, language)
    ruleset = _ruleset(rules, language)
    level_number: int | None = None
    if level is not None:
        from .models import parse_level

        with _input_errors(language):
            level_number = parse_level(level, "--level")
        if ruleset.level(level_number) is None:
            _fail(language, Msg.of("err.no_level", value=level))
    flags = _fact_flags(locals())
    candidate, file_as_of = _candidate(language, output, flags, input_file, interactive)
    as_of_date = when or file_as_of or date.today()
    report = _evaluate(candidate, ruleset, as_of_date, language)
    if output == "json":
        _emit_json(report.to_dict(language))
    else:
        from .render import make_console, report_renderable

        make_console().print(report_renderable(report, language))
    raise typer.Exit(_exit_code(report, level_number))


@app.command()
def plan(
    education: EducationOpt = None,
    major: MajorOpt = None,
    graduating: GraduatingOpt = False,
    experience: ExperienceOpt = None,
    work: WorkOpt = None,
    training: TrainingOpt = None,
    cert: CertOpt = None,
    years_after_cert: YearsAfterOpt = None,
    as_of: AsOfOpt = None,
    exam_lag_months: Annotated[
        str,
        typer.Option(
            "--exam-lag-months",
            metavar="MONTHS",
            help="Months from becoming eligible for a level to holding its certificate.",
        ),
    ] = "3",
    assume_training: Annotated[
        list[str] | None,
        typer.Option(
            "--assume-training",
            metavar="LEVEL",
            help="Plan as if formal training for LEVEL were done.",
        ),
    ] = None,
    assume_education: Annotated[
        str | None,
        typer.Option(
            "--assume-education", metavar="VALUE", help="Plan as if this were the highest diploma."
        ),
    ] = None,
    assume_major: Annotated[
        str | None,
        typer.Option(
            "--assume-major", metavar="same|related", help="Plan as if the major were this."
        ),
    ] = None,
    input_file: InputOpt = None,
    rules: RulesOpt = None,
    fmt: FormatOpt = "table",
    lang: LangOpt = None,
    interactive: InteractiveOpt = False,
) -> None:
    """When can you apply for each level, if you keep working? 何时可以报考各等级。

    Exit status: 0 when some level is held or can be reached; 1 when none can;
    2 for bad input.
    """
    from .models import parse_education, parse_level, parse_major

    language = _lang(lang)
    output = _format(fmt, language)
    when = _as_of(as_of, language)
    ruleset = _ruleset(rules, language)
    with _input_errors(language):
        lag = _months(exam_lag_months)
        extra_training = [parse_level(t, "--assume-training") for t in assume_training or []]
        extra_education = (
            parse_education(assume_education, "--assume-education") if assume_education else None
        )
        extra_major = parse_major(assume_major, "--assume-major") if assume_major else None
    flags = _fact_flags(locals())
    candidate, file_as_of = _candidate(language, output, flags, input_file, interactive)
    from .plan import assume
    from .plan import plan as make_plan

    candidate = assume(
        candidate, training=extra_training, education=extra_education, major=extra_major
    )
    with _input_errors(language):
        result = make_plan(
            candidate, ruleset, as_of=when or file_as_of or date.today(), exam_lag_months=lag
        )
    if output == "json":
        _emit_json(result.to_dict(language))
    else:
        from .render import make_console, plan_renderable

        make_console().print(plan_renderable(result, ruleset, language))
    reachable = any(p.status.value != "unreachable" for p in result.levels)
    raise typer.Exit(EXIT_ELIGIBLE if reachable else EXIT_NOT_ELIGIBLE)


def _months(text: str) -> int:
    """A whole number of months ≥ 0."""
    from .models import InputError

    value = text.strip()
    if not value.isdigit() or int(value) > 120:
        raise InputError(
            "--exam-lag-months",
            Msg.of("err.months", field="--exam-lag-months", value=text, max=120),
        )
    return int(value)


def _ask(console: Any, lang: Lang) -> dict[str, Any]:
    """Run the questionnaire; leave quietly on Ctrl-C or end of input."""
    from .interactive import Questionnaire
    from .render import summary_renderable

    q = Questionnaire(console, lang)
    try:
        answers = q.run()
    except (KeyboardInterrupt, EOFError):
        console.print()
        console.print(tr("ask.cancelled", lang), style="muted")
        raise typer.Exit(EXIT_CANCELLED) from None
    console.print()
    console.print(summary_renderable(q.summary, lang))
    return answers


def _build_candidate(
    document: dict[str, Any], flags: dict[str, Any]
) -> "tuple[Candidate, date | None]":
    """Merge a JSON document with flags (a flag replaces that field) into a candidate."""
    from .models import (
        CandidateDocument,
        InputError,
        parse_cert,
        parse_education,
        parse_level,
        parse_major,
        parse_period,
        parse_years,
    )

    data = dict(document)
    if "education" in flags:
        data["education"] = parse_education(flags["education"], "--education")
    if "major" in flags:
        data["major"] = parse_major(flags["major"], "--major")
    if "graduating" in flags:
        data["graduating"] = True
    if "experience" in flags:
        data["experience"] = parse_years(flags["experience"], "--experience")
    if "work" in flags:
        data["work_history"] = [parse_period(p, "--work") for p in flags["work"]]
    if "training" in flags:
        data["trainings"] = [parse_level(t, "--training") for t in flags["training"]]
    if "cert" in flags:
        data["certificates"] = [parse_cert(c, "--cert") for c in flags["cert"]]
    if "years_after_cert" in flags:
        years = parse_years(flags["years_after_cert"], "--years-after-cert")
        certs = [
            c.model_dump() if hasattr(c, "model_dump") else dict(c)
            for c in data.get("certificates", [])
        ]
        if not certs:
            raise InputError("--years-after-cert", Msg.of("err.after_without_cert"))
        top = min(certs, key=lambda c: parse_level(c["level"], "certificates"))
        top["years_after"] = years
        data["certificates"] = certs
    doc = CandidateDocument.model_validate(data)
    return doc.candidate(), doc.as_of


def _evaluate(candidate: "Candidate", ruleset: "Ruleset", as_of: date, lang: Lang) -> Any:
    from .engine import evaluate

    with _input_errors(lang):
        return evaluate(candidate, ruleset, as_of=as_of)


# --- rules -------------------------------------------------------------------------


@rules_app.command("show")
def rules_show(rules: RulesOpt = None, fmt: FormatOpt = "table", lang: LangOpt = None) -> None:
    """Show the encoded requirements with clause ids, sources and assumptions."""
    language = _lang(lang)
    output = _format(fmt, language)
    ruleset = _ruleset(rules, language)
    if output == "json":
        _emit_json(ruleset.model_dump(mode="json"))
        return
    from .render import make_console, ruleset_renderable

    make_console().print(ruleset_renderable(ruleset, language))


@rules_app.command("validate")
def rules_validate(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="The ruleset TOML file to check.")],
    lang: LangOpt = None,
) -> None:
    """Check a ruleset file; report every problem with its location (exit 2 if any)."""
    from .rules import RulesetError, load_ruleset

    language = _lang(lang)
    try:
        rs = load_ruleset(file)
    except RulesetError as exc:
        print(tr("rules.invalid", language, path=exc.path, count=len(exc.problems)))
        for p in exc.problems:
            print(f"  - {p}")
        raise typer.Exit(EXIT_USAGE) from None
    pathways = sum(1 for _ in rs.pathways())
    print(tr("rules.valid", language, path=str(file), levels=len(rs.levels), pathways=pathways))


# --- batch -------------------------------------------------------------------------


@app.command()
def batch(
    source: Annotated[
        str, typer.Argument(metavar="INPUT", help="CSV, JSON Lines or .xlsx file (- = stdin).")
    ],
    output: Annotated[
        str,
        typer.Option("--output", "-o", metavar="OUTPUT", help="Where to write (- = stdout)."),
    ] = "-",
    fmt: Annotated[
        str | None,
        typer.Option("--format", metavar="csv|jsonl|xlsx", help="Output format (default: by -o)."),
    ] = None,
    input_format: Annotated[
        str | None,
        typer.Option(
            "--input-format", metavar="csv|jsonl|xlsx", help="Input format (default: by extension)."
        ),
    ] = None,
    encoding: Annotated[
        str | None,
        typer.Option(
            "--encoding", help="CSV encoding (default: detected: UTF-8, UTF-8 BOM, GB18030/GBK)."
        ),
    ] = None,
    sheet: Annotated[
        str | None,
        typer.Option("--sheet", help="Worksheet of an .xlsx input (default: the first)."),
    ] = None,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=1, max=64, help="Processes to screen with.")
    ] = 1,
    as_of: AsOfOpt = None,
    rules: RulesOpt = None,
    lang: LangOpt = None,
) -> None:
    """Screen a spreadsheet of applicants: one verdict per row. 批量筛查报考人员名单。

    Exit status: 0 every row evaluated; 1 some rows had errors (all rows are
    still written); 2 the input cannot be used at all.
    """
    from . import batch as b

    language = _lang(lang)
    if b.same_file(source, output):
        # checked before anything is read or written: the output would replace the list
        _fail(language, Msg.of("batch.output_is_input", output=output, source=source))
    when = _as_of(as_of, language) or date.today()
    ruleset = _ruleset(rules, language)
    try:
        in_fmt = b.detect_format(source, input_format) if source != "-" or input_format else "csv"
        out_fmt = b.output_format(output, fmt)
        if out_fmt == "xlsx" and output == "-":
            _fail(
                language,
                Msg.of(
                    "err.value", field="--format", value="xlsx", accepted="csv, jsonl (for -o -)"
                ),
            )
        if source == "-" and in_fmt == "xlsx":
            _fail(
                language,
                Msg.of(
                    "err.value",
                    field="--input-format",
                    value="xlsx",
                    accepted="csv, jsonl (for stdin)",
                ),
            )
        if source == "-" and input_format is None:
            in_fmt = _sniff_stdin()
        columns, rows, close = b.open_input(source, in_fmt, encoding=encoding, sheet=sheet)
    except b.BatchError as exc:
        _fail(language, exc.msg)
    screener = b.Screener(ruleset, as_of=when, lang=language, json=out_fmt == "jsonl")
    screener.use_header(columns)
    tally = b.Tally()
    # a JSON Lines input's extra keys go, as JSON, into one "columns" column
    names = columns.passthrough_names if columns is not None else ["columns"]
    size = Path(source).stat().st_size if source != "-" else 0
    try:
        rows = _with_progress(rows, size, language)
        if output == "-":
            writer = b.Writer(out_fmt, sys.stdout, None, names)
            b.screen_rows(rows, screener, writer, tally, jobs=jobs, rules_path=_str(rules))
            writer.close()
        else:
            with b.atomic_output(output) as tmp:
                writer = b.Writer(out_fmt, None, tmp, names)
                try:
                    b.screen_rows(rows, screener, writer, tally, jobs=jobs, rules_path=_str(rules))
                finally:
                    writer.close()
    except b.BatchError as exc:
        _fail(language, exc.msg)
    except BrokenPipeError:
        _closed_pipe()
    except OSError as exc:
        # a write, flush or close of the output failed (disk full, file too large):
        # the temporary file is gone and an earlier output untouched (atomic_output)
        detail = exc.strerror or str(exc)
        _fail(language, Msg.of("batch.write_failed", path=output, detail=detail), EXIT_IO)
    finally:
        close()
    from .render import make_console, tally_renderable

    err = make_console(stderr=True)
    err.print(tally_renderable(tally, language))
    if output != "-":
        err.print(tr("batch.written", language, path=output), style="muted")
    global _SKIP_TEARDOWN
    _SKIP_TEARDOWN = True  # everything is written and closed
    raise typer.Exit(EXIT_NOT_ELIGIBLE if tally.errors else EXIT_ELIGIBLE)


def _str(path: Path | None) -> str | None:
    return None if path is None else str(path)


def _sniff_stdin() -> str:
    """``jsonl`` when piped input starts with ``{``, else ``csv``."""
    head = sys.stdin.buffer.peek(64)[:64] if hasattr(sys.stdin.buffer, "peek") else b""
    return "jsonl" if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") else "csv"


def _with_progress(rows: Any, size: int, lang: Lang) -> Any:
    """A progress bar on stderr for a large input when stderr is a terminal."""
    if size < 5_000_000 or not sys.stderr.isatty():
        return rows
    from .render import progress_rows

    return progress_rows(rows, size, lang)


#: Set once a command's output is complete and what it holds in memory is large
#: (a batch run's memos): the console script then ends the process without
#: freeing it all object by object, which can take a second of its own.
_SKIP_TEARDOWN = False


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:
        print(file=sys.stderr)
        sys.exit(EXIT_CANCELLED)
    except SystemExit as exc:
        if not _SKIP_TEARDOWN:
            raise
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 1)


# Commands defined in their own modules register themselves on `app`.
from . import cli_guide as _cli_guide  # noqa: E402, F401
