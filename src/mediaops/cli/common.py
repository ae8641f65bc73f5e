"""What the commands share: options defined once, errors, reading the candidate, writing out.

Every help text is a catalogue key (``help.…``), worded in the user's
language when the help is shown (:mod:`mediaops.cli.help`). Every error a
person can cause ends here as one paragraph on stderr and an exit status
(:func:`fail`); the boundary in :mod:`mediaops.cli.app` catches what escapes.

Annotations here are evaluated when defined (no ``from __future__ import
annotations``), as in the modules that define commands: typer reads the
annotations of every completion function on every run, and strings would be
compiled one by one.
"""

import os
import re
import sys
from collections.abc import Container, Iterator
from contextlib import contextmanager, suppress
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from mediaops.errors import InputError
from mediaops.messages import (
    DIRECTION_NAMES,
    LANGS,
    Both,
    Lang,
    Msg,
    clauses,
    default_lang,
    listing,
    localize,
    name,
    os_error,
    parse_lang,
    shown,
    shown_path,
    tr,
    without_flags,
)

if TYPE_CHECKING:
    from mediaops.models import Candidate
    from mediaops.rules import Ruleset

EXIT_OK = 0
EXIT_NOT_ELIGIBLE = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70  # sysexits EX_SOFTWARE: a fault of the program, never of the input
EXIT_IO = 74  # sysexits EX_IOERR: the output could not be written
EXIT_HUP = 129
EXIT_CANCELLED = 130
EXIT_PIPE = 141  # 128 + SIGPIPE: the reader of stdout went away
EXIT_TERM = 143

#: Largest ``--input`` file read.
MAX_INPUT_BYTES = 1 << 20


class Stop(Exception):  # noqa: N818 - it is how a run ends, not an error of the program
    """A run that ends with a message (already worded) and an exit status."""

    def __init__(self, text: str, code: int, title: str = "err.title") -> None:
        super().__init__(text)
        self.text = text
        self.code = code
        self.title = title


def fail(lang: Lang, msg: Msg | str, code: int = EXIT_USAGE) -> NoReturn:
    """End the run with a one-paragraph message on stderr and ``code`` (2: bad input)."""
    text = msg if isinstance(msg, str) else msg.format(lang)
    title = {EXIT_USAGE: "err.title", EXIT_IO: "err.io_title"}.get(code, "err.internal_title")
    raise Stop(text, code, title)


def say(text: str) -> None:
    """One line on stderr (a message for the person, never part of the result)."""
    stream = sys.stderr
    if stream is None:
        return
    try:
        stream.write(text + "\n")
        stream.flush()
    except (OSError, ValueError):
        pass  # stderr itself is gone: nothing more can be said


def language(value: str | None) -> Lang:
    """The language of a run from ``--lang`` (or ``MEDIAOPS_LANG``): zh unless en."""
    found = parse_lang(value)
    if found is None:
        fail(
            default_lang(),
            Msg.of("err.value", field="--lang", value=shown(value), accepted="zh, en"),
        )
    return found


def output_format(value: str, lang: Lang, allowed: tuple[str, ...] = ("table", "json")) -> str:
    """``--format`` checked against what the command writes."""
    v = value.strip().lower()
    if v not in allowed:
        fail(
            lang,
            Msg.of("err.value", field="--format", value=shown(value), accepted=", ".join(allowed)),
        )
    return v


@contextmanager
def input_errors(lang: Lang, *, document: bool = False) -> Iterator[None]:
    """Turn every kind of bad input met inside the block into a message and exit 2.

    ``document``: the facts came from a file (``--input``), so fields are named in
    words, not by flags the user did not type.
    """
    from pydantic import ValidationError

    from mediaops.models import describe_validation_error, placed_message
    from mediaops.rules import RulesetError

    try:
        yield
    except InputError as exc:
        # a date after as_of found once the document was read: named where it sits
        # (工作经历第 2 项(work_history.1)), as a list's other errors are
        msg = placed_message(exc) if document else exc.msg
        fail(lang, without_flags(msg) if document else msg)
    except ValidationError as exc:
        fail(lang, describe_validation_error(exc, lang))
    except RulesetError as exc:
        problems = clauses((shown(p.text(lang), 200) for p in exc.problems[:10]), lang)
        more = f" (+{len(exc.problems) - 10})" if len(exc.problems) > 10 else ""
        sep = "" if lang == "zh" else " "
        fail(lang, tr("err.rules", lang, path=shown_path(exc.path)) + sep + problems + more)


def as_of_date(value: str | None, lang: Lang) -> date | None:
    """``--as-of``, if given (``today``, ``今天``: the day of the run)."""
    from mediaops.values import parse_as_of

    if value is None:
        return None
    with input_errors(lang):
        return parse_as_of(value, tr("field.as_of", lang))


def file_path(given: str, field: str, lang: Lang, *, dash: bool = True) -> str:
    """A file named on the command line, refused when empty (``-o ""``, ``--rules ""``: a
    variable left unset in a script), which would be told of a file named nothing or of
    the directory ``.``. ``dash``: whether ``-`` (standard input or output) may be given
    instead, which the message then offers (not where ``-`` is refused: ``--rules``)."""
    if not given.strip():
        fail(lang, Msg.of("err.empty_path" if dash else "err.empty_file_name", field=field))
    return given


def ruleset(path: str | None, edition: str | None, lang: Lang) -> "Ruleset":
    """The ruleset of ``--rules FILE`` or ``--edition ID`` (the default edition otherwise)."""
    from mediaops.rules import EDITIONS, load_ruleset

    if path is not None:
        file_path(path, "--rules", lang, dash=False)
    if path is not None and edition is not None:
        fail(lang, Msg.of("err.edition_and_rules"))
    if edition is not None and edition.strip() not in EDITIONS:
        fail(lang, Msg.of("err.edition", value=shown(edition), accepted=", ".join(EDITIONS)))
    with input_errors(lang):
        return load_ruleset(
            None if path is None else Path(path),
            edition=None if edition is None else edition.strip(),
        )


def read_bytes(source: str, field: str, lang: Lang, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of a file given on the command line (``-``: stdin), at most ``limit``.

    A FIFO or a device is read as a stream, never beyond the limit.
    """
    if source == "-":
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:
            fail(lang, Msg.of("err.file", field=field, value="-", detail=tr("os.not_found", lang)))
        try:
            data: bytes = stream.read(limit + 1)
        except (OSError, ValueError) as exc:
            fail(lang, Msg.of("err.file", field=field, value="-", detail=os_error(exc)))
    else:
        try:
            with open(source, "rb") as f:
                if os.path.isdir(source):
                    raise IsADirectoryError(21, "is a directory")
                data = f.read(limit + 1)
        except OSError as exc:
            fail(
                lang,
                Msg.of("err.file", field=field, value=shown_path(source), detail=os_error(exc)),
            )
    if len(data) > limit:
        where = Msg.of("batch.stdin") if source == "-" else shown_path(source)
        fail(lang, Msg.of("err.too_large", field=field, value=where, limit=f"{limit // 1024} KiB"))
    return data


def read_document(source: str, lang: Lang) -> dict[str, Any]:
    """The candidate object of ``--input FILE`` (``-``: stdin)."""
    from mediaops.jsondoc import decode, load_object

    field = tr("field.input", lang)
    data = read_bytes(source, field, lang)
    with input_errors(lang):
        return load_object(decode(data, field), field)


def stdout_or_fail() -> Any:
    """stdout, or the end of the run (exit 74) when it was closed before the run began."""
    if sys.stdout is None:
        raise Stop(tr("err.stdout_closed", RUN_LANG[0]), EXIT_IO, "err.io_title")
    return sys.stdout


#: Encodings that write every character: data written in them needs no other.
_WHOLE_ENCODINGS = ("utf8", "utf16", "utf32", "gb18030")


def data_stream(stream: Any) -> Any:
    """``stream`` (stdout to a file or a pipe) for data a program reads (CSV, JSON Lines):
    as it is where its encoding writes every character, else (``LC_ALL=C`` with
    ``PYTHONUTF8=0``: ASCII, each Chinese character escaped as ``\\u4e09``) the same
    bytes written as UTF-8, as the output files are."""
    encoding = (getattr(stream, "encoding", "") or "").lower().replace("-", "").replace("_", "")
    buffer = getattr(stream, "buffer", None)
    if encoding in _WHOLE_ENCODINGS or buffer is None:
        return stream
    import io

    stream.flush()
    return io.TextIOWrapper(buffer, encoding="utf-8", write_through=True)


class TerminalSafe:
    """A text stream to a terminal whose control characters (but tab and line ends) are
    written visibly (``\\x1b``): a cell of a sheet holding an escape sequence must not clear
    or repaint the screen it is shown on. Files and pipes get the cells as they are."""

    #: control characters but tab, line feed and a carriage return ending a line (the CSV
    #: writer's \r\n); a carriage return alone returns to the start of the line and lets a
    #: cell write over the verdicts; bidirectional marks reorder what is shown
    _CONTROLS = re.compile(
        r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029"
        r"\u202a-\u202e\u2066-\u2069]|\r(?!\n)"
    )

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        visible = self._CONTROLS.sub(lambda m: m[0].encode("unicode_escape").decode("ascii"), text)
        return int(self._stream.write(visible))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


#: The run's language, for messages raised where no language is at hand (set by the boundary).
RUN_LANG: list[Lang] = [default_lang()]


def emit(text: str) -> None:
    """Write the result on stdout (a write that fails is handled by the boundary)."""
    out = stdout_or_fail()
    out.write(text if text.endswith("\n") else text + "\n")
    out.flush()


def emit_json(data: Any) -> None:
    """The result as indented JSON on stdout."""
    import json

    emit(json.dumps(data, ensure_ascii=False, indent=2))


# --- options shared by several commands ----------------------------------------------------

AsOfOpt = Annotated[
    str | None, typer.Option("--as-of", metavar="YYYY-MM-DD", help="help.opt.as_of")
]
#: (text, not a Path: typer makes ``--rules ""`` the Path ``.``; see :func:`file_path`)
RulesOpt = Annotated[str | None, typer.Option("--rules", metavar="FILE", help="help.opt.rules")]
EditionOpt = Annotated[
    str | None,
    typer.Option(
        "--edition",
        metavar="summary|template-2023",
        help="help.opt.edition",
        autocompletion=lambda: ["summary", "template-2023"],
    ),
]
FormatOpt = Annotated[str, typer.Option("--format", metavar="table|json", help="help.opt.format")]
LangOpt = Annotated[
    str | None,
    typer.Option(
        "--lang",
        metavar="zh|en",
        help="help.opt.lang",
        show_default=False,
        autocompletion=lambda: ["zh", "en"],
    ),
]


def _choices(*values_: str) -> Any:
    """A completion function offering ``values_`` that start with what was typed."""

    def complete(incomplete: str) -> list[str]:
        return [v for v in values_ if v.startswith(incomplete)]

    return complete


_LEVELS = ("四级", "三级", "二级", "一级", "4", "3", "2", "1")
#: Completion of a level (--level, --training, --cert).
complete_level = _choices(*_LEVELS)
_EDUCATION = (
    "初中",
    "高中",
    "中专",
    "技工学校",
    "高级技工学校",
    "技师学院",
    "大专",
    "本科",
    "硕士",
    "博士",
    "junior_middle",
    "senior_high",
    "secondary_vocational",
    "technical_school",
    "senior_technical_school",
    "technician_college",
    "associate",
    "bachelor",
    "master",
    "doctorate",
)

EducationOpt = Annotated[
    str | None,
    typer.Option(
        "--education",
        "-e",
        metavar="VALUE",
        help="help.opt.education",
        autocompletion=_choices(*_EDUCATION),
    ),
]
MajorOpt = Annotated[
    str | None,
    typer.Option(
        "--major",
        metavar="same|related|unrelated",
        help="help.opt.major",
        autocompletion=_choices("same", "related", "unrelated", "本专业", "相关", "不相关"),
    ),
]
GraduatingOpt = Annotated[bool, typer.Option("--graduating", help="help.opt.graduating")]
DiplomaOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--diploma",
        metavar="TYPE[:PART…]",
        help="help.opt.diploma",
        autocompletion=_choices(*_EDUCATION),
    ),
]
ExperienceOpt = Annotated[
    str | None, typer.Option("--experience", "-x", metavar="YEARS", help="help.opt.experience")
]
WorkOpt = Annotated[
    list[str] | None, typer.Option("--work", metavar="START..[END]", help="help.opt.work")
]
TrainingOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--training", metavar="LEVEL", help="help.opt.training", autocompletion=complete_level
    ),
]
CertOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--cert", metavar="LEVEL[:DATE]", help="help.opt.cert", autocompletion=complete_level
    ),
]
YearsAfterOpt = Annotated[
    str | None,
    typer.Option("--years-after-cert", metavar="YEARS", help="help.opt.years_after_cert"),
]
TitleOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--title",
        metavar="LEVEL[:DATE][:corresponding]",
        help="help.opt.title",
        autocompletion=_choices("初级", "中级", "高级"),
    ),
]
DirectionOpt = Annotated[
    str | None,
    typer.Option(
        "--direction",
        metavar="VALUE",
        help="help.opt.direction",
        autocompletion=_choices(
            "创意策划",
            "视听运营",
            "直播运营",
            "流量运营",
            "数据分析",
            "creative_planning",
            "audiovisual",
            "live_streaming",
            "traffic",
            "data_analysis",
        ),
    ),
]
InputOpt = Annotated[str | None, typer.Option("--input", metavar="FILE", help="help.opt.input")]
InteractiveOpt = Annotated[bool, typer.Option("--interactive", "-i", help="help.opt.interactive")]
CompareOpt = Annotated[bool, typer.Option("--compare-editions", help="help.opt.compare_editions")]

#: The parameters of ``check`` and ``plan`` that are facts about the candidate.
FACT_FLAGS = (
    "education",
    "major",
    "graduating",
    "diploma",
    "experience",
    "work",
    "training",
    "cert",
    "years_after_cert",
    "title",
    "direction",
)


def fact_flags(params: dict[str, Any]) -> dict[str, Any]:
    """The fact flags given among a command's parameters (a ``False`` flag is not given)."""
    return {name: params[name] for name in FACT_FLAGS if params[name]}


def build_candidate(
    document: dict[str, Any], flags: dict[str, Any], lang: Lang, as_of: date | None = None
) -> "tuple[Candidate, date | None]":
    """A candidate from a JSON document and flags (a flag replaces that field of the document).

    Flags are read as people type them (:mod:`mediaops.values`); the document
    as the JSON schema says (:mod:`mediaops.models`). A flag is read against the evaluation
    date (``--education "本科 2015年毕业"``: received before it?): ``as_of`` (``--as-of``),
    else the document's, else today.
    """
    from mediaops import values
    from mediaops.models import CandidateDocument

    def field(name: str) -> str:
        return tr(f"field.{name}", lang)

    if as_of is None and document.get("as_of") is not None:
        # (one that does not read is refused as the document is validated, below)
        with suppress(InputError):
            as_of = values.parse_as_of(document["as_of"])

    with input_errors(lang):
        data = dict(document)
        if "experience" in flags or "work" in flags:
            # the experience is given by a flag: it replaces the file's, however the file
            # gives it (years, or a work history they are counted from)
            data.pop("experience", None)
            data.pop("work_history", None)
        classed = None
        if "education" in flags:
            # 技师学院(高级工班): the diploma with its class (see below)
            classed = values.education_class(flags["education"], field("education"))
            data["education"] = (
                classed[0]
                if classed is not None
                else values.parse_education(flags["education"], field("education"), as_of=as_of)
            )
        if "major" in flags:
            data["major"] = values.parse_major(flags["major"], field("major"))
        if "graduating" in flags:
            data["graduating"] = True
        if "diploma" in flags:
            data["diplomas"] = [
                values.split_diploma(d, field("diploma"), as_of=as_of) for d in flags["diploma"]
            ]
        if "experience" in flags:
            data["experience"] = values.parse_years(
                flags["experience"], field("experience"), dated=Msg.of("err.years_date.work")
            )
        if "work" in flags:
            periods = [values.split_period(p, field("work")) for p in flags["work"]]
            data["work_history"] = [{"start": s, "end": e} for s, e in periods]
        if "training" in flags:
            values.nothing_beside_items(flags["training"], field("training"))
            data["trainings"] = [
                values.parse_training(t, field("training"))
                for given in flags["training"]
                for t in values.split_trainings(given)  # 四级、三级 or 四级和三级, as a cell
            ]
        if "cert" in flags:
            values.nothing_beside_items(flags["cert"], field("cert"))
            certs = [
                values.split_certificate(c, field("cert"))
                for given in flags["cert"]
                for c in values.split_dated(given)  # 四级 2024-01-10、三级 2025-01-01, as a cell
            ]
            data["certificates"] = [{"level": lv, "date": d} for lv, d in certs]
        if "title" in flags:
            values.nothing_beside_items(flags["title"], field("title"))
            titles = [
                values.split_title(t, field("title"))
                for given in flags["title"]
                for t in values.split_dated(given)
            ]
            data["titles"] = [{"level": lv, "date": d, "corresponding": c} for lv, d, c in titles]
        if classed is not None:
            # the shorthand diploma has no class: given one, it is the first of the diplomas,
            # with the shorthand's major and final year (as the shorthand is, see all_diplomas)
            shorthand = {
                "education": data.pop("education"),
                "major": data.pop("major", None),
                "graduating": data.pop("graduating", False),
                "school_class": classed[1],
            }
            data["diplomas"] = [shorthand, *data.get("diplomas", ())]
        if "direction" in flags:
            data["direction"] = values.parse_direction(flags["direction"], field("direction"))
        if "years_after_cert" in flags:
            years = values.parse_years(
                flags["years_after_cert"],
                field("years_after_cert"),
                dated=Msg.of("err.years_date.cert"),
            )
            given = data.get("certificates")
            if not given:
                raise InputError("--years-after-cert", Msg.of("err.after_without_cert"))
            if isinstance(given, list) and all(isinstance(c, dict) and "level" in c for c in given):
                certs_given = [dict(c) for c in given]
                top = min(certs_given, key=lambda c: values.parse_level(c["level"], "certificates"))
                top["years_after"] = years
                data["certificates"] = certs_given
            # (anything else is malformed: validating the document says how)
        doc = CandidateDocument.model_validate(data)
        return doc.candidate(), doc.as_of


def stdin_is_terminal() -> bool:
    """Whether stdin is a terminal (False when it is closed)."""
    stream = sys.stdin
    try:
        return bool(stream is not None and stream.isatty())
    except (ValueError, OSError):
        return False


def gather_candidate(
    lang: Lang,
    flags: dict[str, Any],
    input_file: str | None,
    interactive: bool,
    as_of: date | None,
    rules: "Ruleset",
    *,
    plan: bool = False,
) -> "tuple[Candidate, date | None]":
    """The candidate from flags, a JSON file, or the questions (when nothing is given on a
    terminal); ``plan``: the questions are for a plan (an answer that moves a date matters)."""
    document: dict[str, Any] = {}
    if interactive and (flags or input_file is not None):
        # the questions start from nothing: the facts given would be dropped without a word
        given = [f"field.{name}" for name in flags]
        given += ["field.input"] if input_file is not None else []
        options = Both(*(listing([tr(k, lg) for k in given], lg) for lg in LANGS))
        fail(lang, Msg.of("err.interactive_with", options=options))
    if input_file is not None:
        document = read_document(file_path(input_file, "--input", lang), lang)
    if interactive or (not flags and input_file is None and stdin_is_terminal()):
        from mediaops.ui.questionnaire import ask

        if sys.stdin is None:
            fail(lang, Msg.of("err.no_terminal"))
        stdout_or_fail()  # no questions whose answer has nowhere to go
        candidate = ask(lang, as_of or date.today(), rules, plan=plan)
        if candidate is None:
            raise KeyboardInterrupt
        return candidate, None
    if not flags and input_file is None:
        # answers piped in without -i are not read: said, lest the result seem to be theirs
        say(tr("run.no_questions", lang))
    candidate, file_as_of = build_candidate(document, flags, lang, as_of)
    _direction_in_rules(candidate, rules, lang)
    return candidate, file_as_of


def _direction_in_rules(candidate: "Candidate", rules: "Ruleset", lang: Lang) -> None:
    """Exit 2 where the direction given is not one the ruleset lists (``--direction 数据分析``
    with a ``--rules`` file of three directions): the verdicts would ignore it, every level
    offered, as if none had been given. (The questions offer only the ruleset's.)"""
    direction = candidate.direction
    if direction is None or rules.direction(direction) is not None:
        return
    value = name(DIRECTION_NAMES, direction.value)
    listed = [name(DIRECTION_NAMES, d.id.value) for d in rules.directions]
    if not listed:
        fail(lang, Msg.of("err.direction_none_listed", value=value))
    directions = Both(*(listing([localize(n, lg) for n in listed], lg) for lg in LANGS))
    fail(lang, Msg.of("err.direction_not_in_rules", value=value, directions=directions))


def evaluate_or_fail(
    candidate: "Candidate", rules: "Ruleset", as_of: date, lang: Lang, *, document: bool = False
) -> Any:
    """The report, or exit 2 naming the contradiction (see :func:`input_errors`)."""
    from mediaops.report import evaluate

    with input_errors(lang, document=document):
        return evaluate(candidate, rules, as_of=as_of)


def other_editions(rules: "Ruleset", rules_path: str | None) -> "list[Ruleset]":
    """The built-in editions other than ``rules`` (none when a ruleset file is used)."""
    from mediaops.rules import EDITIONS, load_edition

    if rules_path is not None:
        return []
    return [load_edition(e) for e in EDITIONS if e != rules.edition]


def print_renderable(renderable: Any) -> None:
    """A table on stdout: colour on a terminal, plain text in a pipe."""
    from mediaops.ui.console import make_console

    stdout_or_fail()
    console = make_console()
    console.print(renderable)
    sys.stdout.flush()


# --- output names ---------------------------------------------------------------------

#: What trails a name that Windows drops from it (and what else may trail one unseen: a
#: carriage return from a CRLF list of names, a full-width space from a Chinese input
#: method), as a message names them.
_TRAILING_NAMES: dict[str, tuple[str, str, str]] = {
    ".": ("句点", "a dot", "dots"),
    " ": ("空格", "a space", "spaces"),
    "\u3000": ("全角空格", "a full-width space", "full-width spaces"),
    "\t": ("制表符", "a tab", "tabs"),
    "\r": ("回车符", "a carriage return", "carriage returns"),
    "\n": ("换行符", "a line break", "line breaks"),
}


def without_trailing(path: str) -> str:
    """``path`` without the dots and blanks it ends in, as Windows saves a file (``-``,
    ``.``, ``..`` as they are: standard output, a directory)."""
    if path == "-" or os.path.basename(path) in (".", ".."):
        return path
    end = len(path)
    while end and (path[end - 1].isspace() or path[end - 1] == "."):
        end -= 1
    return path[:end]


def extension_of(name: str) -> str:
    """The extension of ``name``, lower case, as Windows reads one: also of a name that is
    an extension alone (``.csv``, a hidden file to Python, whose suffix is then "")."""
    base = os.path.basename(name)
    if base.startswith(".") and base.count(".") == 1 and len(base) > 1:
        return base.lower()
    return os.path.splitext(base)[1].lower()


def offered_name(
    name: str, extension: str, stems: tuple[str, str], known: Container[str]
) -> str | Both:
    """The output name to offer for ``name``, quoted for a shell: its extension replaced by
    ``extension`` where it is one of ``known`` (ours, or another kind of file's), else
    ``extension`` added (结果.2026 → 结果.2026.xlsx); a name that is nothing, or an extension
    alone, named by ``stems`` in each language (结果/results for ``batch -o``, 路线/plan
    for ``plan --svg``)."""
    head, base = os.path.split(name)
    suffix = extension_of(base)
    if not base.strip(" .") or suffix == base.lower():
        return Both(*(shell_name(os.path.join(head, stem + extension)) for stem in stems))
    if suffix in known:
        base = base[: -len(suffix)]
    return shell_name(os.path.join(head, base + extension))


def shell_name(name: str) -> str:
    """A file name as typed in a shell (quoted where it needs to be), made visible."""
    from mediaops.batch.read import shell_word

    return shown_path(shell_word(name))


def trailing_words(trailing: str) -> Both:
    """The dots and blanks an output name ends in, named: ``句点和空格`` / ``a dot and a
    space``."""
    kinds: dict[tuple[str, str, str], int] = {}
    for c in trailing:
        named = _TRAILING_NAMES.get(c) or (
            f"空白字符 U+{ord(c):04X}",
            f"a blank (U+{ord(c):04X})",
            f"blanks (U+{ord(c):04X})",
        )
        kinds[named] = kinds.get(named, 0) + 1
    zh = [k[0] for k in kinds]
    en = [k[1] if n == 1 else k[2] for k, n in kinds.items()]
    return Both(_joined(zh, "、", "和"), _joined(en, ", ", " and "))


def _joined(items: list[str], comma: str, last: str) -> str:
    """``a、b和c`` / ``a, b and c``."""
    return items[0] if len(items) == 1 else comma.join(items[:-1]) + last + items[-1]
