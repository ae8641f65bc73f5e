"""``mediaops batch``: screen a list of applicants, one result per row, nothing lost.

Exit status: 0 every row read cleanly; 1 some rows are error rows or have
warnings (every row is still written); 2 the input cannot be used; 74 the
output could not be written; 130 cancelled.
"""

import sys
import time
from datetime import date
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Annotated, Any

import typer

from mediaops.messages import (
    Both,
    Lang,
    Msg,
    counted,
    lines_said,
    listing,
    localize,
    os_error,
    shown,
    shown_path,
    tr,
)

from .app import Cancelled, command

if TYPE_CHECKING:
    from mediaops.batch.columns import ColumnMap
from .common import (
    EXIT_IO,
    EXIT_NOT_ELIGIBLE,
    EXIT_OK,
    AsOfOpt,
    EditionOpt,
    LangOpt,
    RulesOpt,
    as_of_date,
    extension_of,
    fail,
    file_path,
    input_errors,
    language,
    offered_name,
    ruleset,
    shell_name,
    trailing_words,
    without_trailing,
)

#: The columns a sheet of an .xlsx workbook can hold.
XLSX_COLUMNS = 16_384
#: How many of the lines Excel hides are named (a filter may hide thousands).
HIDDEN_NAMED = 10


@command("batch")
def batch(
    source: Annotated[str, typer.Argument(metavar="INPUT", help="help.arg.batch_input")],
    output: Annotated[
        str, typer.Option("--output", "-o", metavar="OUTPUT", help="help.opt.output")
    ] = "-",
    fmt: Annotated[
        str | None,
        typer.Option("--format", metavar="csv|tsv|jsonl|xlsx", help="help.opt.batch_format"),
    ] = None,
    input_format: Annotated[
        str | None,
        typer.Option("--input-format", metavar="csv|tsv|jsonl|xlsx", help="help.opt.input_format"),
    ] = None,
    encoding: Annotated[
        str | None, typer.Option("--encoding", metavar="NAME", help="help.opt.encoding")
    ] = None,
    sheet: Annotated[
        str | None, typer.Option("--sheet", metavar="NAME", help="help.opt.sheet")
    ] = None,
    column: Annotated[
        list[str] | None, typer.Option("--column", metavar="HEADER=FACT", help="help.opt.column")
    ] = None,
    keep_columns: Annotated[
        str, typer.Option("--keep-columns", metavar="all|unused|none", help="help.opt.keep_columns")
    ] = "all",
    strict: Annotated[bool, typer.Option("--strict", help="help.opt.strict")] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="help.opt.dry_run")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="help.opt.quiet")] = False,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=1, max=64, metavar="N", help="help.opt.jobs")
    ] = 1,
    as_of: AsOfOpt = None,
    rules: RulesOpt = None,
    edition: EditionOpt = None,
    lang: LangOpt = None,
) -> None:
    """Screen a list of applicants: one verdict per row."""
    from mediaops.batch.columns import parse_column_option, usable
    from mediaops.batch.read import (
        BatchError,
        detect_format,
        hidden_sheets_msg,
        open_input,
        shell_word,
    )
    from mediaops.batch.run import make_screener, screen_rows
    from mediaops.batch.write import (
        XLSX_MAX_CELL,
        XLSX_MAX_ROWS,
        Basis,
        CellTooLongError,
        SheetFullError,
        Tally,
        Writer,
        kept_columns,
    )
    from mediaops.files import atomic_output, same_file

    language_ = language(lang)
    file_path(source, "INPUT", language_)
    file_path(output, "--output", language_)
    if same_file(source, output):
        # checked before anything is read or written: the output would replace the list
        fail(
            language_,
            Msg.of(
                "batch.output_is_input",
                output=Msg.of("batch.stdout") if output == "-" else shown_path(output),
                source=Msg.of("batch.stdin") if source == "-" else shown_path(source),
            ),
        )
    mode = keep_columns.strip().lower()
    if mode not in ("all", "unused", "none"):
        fail(
            language_,
            Msg.of(
                "err.value",
                field="--keep-columns",
                value=shown(keep_columns),
                accepted="all, unused, none",
            ),
        )
    when = as_of_date(as_of, language_) or date.today()
    rs = ruleset(rules, edition, language_)
    with input_errors(language_):
        explicit = [parse_column_option(c) for c in column or []]
    try:
        in_fmt = (
            detect_format(source, input_format) if source != "-" or input_format else _sniff_stdin()
        )
        out_fmt = _output_format(output, fmt)
        if out_fmt == "xlsx" and output == "-":
            # a workbook is a file, not text: said so, not "xlsx is not recognised"
            fail(language_, Msg.of("batch.xlsx_stdout", value=shown(fmt or "xlsx")))
        opened = open_input(source, in_fmt, encoding=encoding, sheet=sheet)
    except BatchError as exc:
        fail(language_, exc.msg)
    try:
        columns = None
        if opened.header is not None:
            opened, columns = _list_columns(opened, source, in_fmt, encoding, explicit, language_)
            assert opened.header is not None, "a sheet holding a list has a header"
            if not usable(columns):
                message = Msg.of("batch.no_columns", header=shown(", ".join(opened.header), 200))
                big5 = (
                    _as_big5(opened.header, explicit) if in_fmt == "csv" and not encoding else None
                )
                remarked = [
                    opened.header[i] for i, why in columns.ignored.items() if why == "remark"
                ]
                # where it is known why, that is said instead of the general advice
                found = Msg.of(
                    "batch.no_columns_found", header=shown(", ".join(opened.header), 200)
                )
                if big5 is not None:  # a Big5 file, read as GB18030 (Chinese Excel's own)
                    header_ = shown(", ".join(big5), 200)
                    message = Msg.of("batch.no_columns_big5", problem=found, header=header_)
                elif remarked:  # fact columns with a remark that may change what they hold
                    message = _remarks_unread(found, remarked, language_)
                if opened.other_sheets:  # a first sheet of instructions: name the others
                    sheets = shown(", ".join(opened.other_sheets), 200)
                    first = shown(shell_word(opened.other_sheets[0]), 60)
                    message = Msg.of(
                        "batch.no_columns_sheets", problem=message, sheets=sheets, first=first
                    )
                elif hidden_lists := opened.hidden_lists():  # the list is on a sheet Excel hides
                    message = hidden_sheets_msg(
                        "batch.no_columns_hidden_sheets", hidden_lists, problem=message
                    )
                fail(language_, message)
        from mediaops.ui.batch import column_map_renderable, dry_run_renderable, err_print

        if columns is not None and not quiet:
            err_print(column_map_renderable(columns, language_, opened.skipped, opened.merged))
        screener = make_screener(_setup(rules, edition, when, language_, strict, out_fmt, columns))
        if dry_run:
            err_print(dry_run_renderable(opened, screener, language_))
            if not quiet:  # the step to take first: a value read from a column nobody sees
                _say_hidden_columns(columns, opened.hidden_columns, language_)
            return
        levels = [rule.level for rule in rs.levels]
        header = opened.header or []
        kept = kept_columns(header, columns.read() if columns else set(), mode)
        documents = opened.header is None and mode != "none"  # JSON Lines: keys passed through
        width = len(levels) + 6 + len(kept)
        if out_fmt == "xlsx" and width > XLSX_COLUMNS:
            fail(language_, Msg.of("batch.xlsx_too_wide", columns=width, limit=XLSX_COLUMNS))
        tally = Tally()
        basis = Basis(
            when,
            columns is not None and "as_of" in columns.facts,
            rs.edition_name,
            {a.id: a.text for a in rs.assumptions},
        )
        setup = (
            _setup(rules, edition, when, language_, strict, out_fmt, columns) if jobs > 1 else None
        )
        progress = None if quiet else _progress(opened.progress, language_)
        try:

            def screen_into(target: Any) -> None:
                writer = Writer(
                    out_fmt,
                    target,
                    language_,
                    levels,
                    header,
                    kept,
                    opened.sample,
                    documents=documents,
                    delimiter="\t" if _tab_separated(output, fmt) else ",",
                    basis=basis,
                )
                try:
                    screen_rows(
                        _with_shared_ids(opened, columns),
                        screener,
                        writer,
                        tally,
                        id_columns=columns.naming() if columns else (),
                        jobs=jobs,
                        setup=setup,
                        tick=progress.tick if progress else None,
                    )
                    writer.close(tally)
                except BaseException:
                    writer.abandon()  # a temporary file goes; nothing half-written stays
                    raise

            if output == "-":
                from .common import TerminalSafe, data_stream, stdout_or_fail

                stdout = stdout_or_fail()
                if stdout.isatty():
                    screen_into(TerminalSafe(stdout))
                else:
                    data = data_stream(stdout)
                    try:
                        screen_into(data)
                    finally:
                        if data is not stdout:
                            data.flush()
                            data.detach()  # stdout's bytes stay open for what follows
            else:
                with atomic_output(output) as target:
                    screen_into(target)
        except BatchError as exc:
            fail(language_, exc.msg)
        except KeyboardInterrupt:
            _cancelled(progress, output, language_)
            raise Cancelled(said=True) from None
        except BrokenPipeError:
            raise
        except OSError as exc:
            if exc.errno == 32:
                raise
            # a write, flush or close of the output failed (disk full, file too large):
            # the temporary file is gone and an earlier output untouched (atomic_output)
            where = tr("batch.stdout", language_) if output == "-" else shown(output)
            if isinstance(exc, SheetFullError):
                fail(language_, Msg.of("batch.xlsx_full", path=where, rows=XLSX_MAX_ROWS), EXIT_IO)
            if isinstance(exc, CellTooLongError):
                cell = {"column": shown(exc.column), "chars": exc.chars, "limit": XLSX_MAX_CELL}
                if exc.line is None:  # a column name
                    fail(language_, Msg.of("batch.xlsx_header_cell", path=where, **cell), EXIT_IO)
                fail(
                    language_, Msg.of("batch.xlsx_cell", path=where, line=exc.line, **cell), EXIT_IO
                )
            fail(language_, Msg.of("batch.write_failed", path=where, detail=os_error(exc)), EXIT_IO)
        finally:
            if progress is not None:
                progress.stop()
    finally:
        opened.close()
    unscreened = opened.unscreened
    if not quiet:
        from mediaops.ui.batch import summary_renderable

        err_print(summary_renderable(tally, language_, None if output == "-" else output, basis))
        notice = rs.notice_line()  # an edition inferred from a template says so everywhere
        if notice is not None:
            err_print(notice.format(language_))
        # 合计, 填表人:…, 注:…, 序号 typed down the sheet in advance: not applicants, and not
        # lost without a word either
        for key, lines in (
            (counted("batch.totals_rows", len(set(opened.totals))), opened.totals),
            (counted("batch.footer_rows", len(set(opened.footers))), opened.footers),
            (counted("batch.unused_rows", len(set(opened.unused))), opened.unused),
        ):
            if lines:
                err_print(tr(key, language_, **lines_said(lines, language_)))
        # rows a filter hides: screened all the same, which may surprise (a line numbered in
        # advance and found unused only further down was no applicant after all)
        hidden = sorted(set(opened.hidden) - set(opened.unused))
        if hidden:
            first_ = hidden[:HIDDEN_NAMED]
            more = tr("batch.hidden_rows_more", language_) if len(hidden) > len(first_) else ""
            said = lines_said(first_, language_)
            key = counted("batch.hidden_rows", len(hidden))
            err_print(tr(key, language_, count=len(hidden), more=more, **said))
        _say_hidden_columns(columns, opened.hidden_columns, language_)
        if opened.hidden_sheets and sheet is None:  # not shown in Excel: not screened, named
            sheets = shown(listing(opened.hidden_sheets, language_), 200)
            first = shown(shell_word(opened.hidden_sheets[0]), 60)
            key = counted("batch.hidden_sheets", len(opened.hidden_sheets))
            err_print(tr(key, language_, sheets=sheets, first=first))
    if unscreened:  # a sheet per class: the others are not lost without a word, even with -q
        sheets = shown(listing(unscreened, language_), 200)
        first = shown(shell_word(unscreened[0]), 60)
        key = counted("batch.unscreened_sheets", len(unscreened))
        err_print(tr(key, language_, sheets=sheets, first=first))
    lookalike = [] if columns is None else _lookalike(columns, language_)
    if lookalike:  # not read, though they may hold a fact: said even with -q, and exit 1
        header_, fact = lookalike[0]
        err_print(
            tr(
                counted("batch.lookalike_columns", len(lookalike)),
                language_,
                columns=shown(listing((h for h, _ in lookalike), language_), 200),
                first=shown(header_, 60),
                fact=fact,
            )
        )
    attended = [] if columns is None else _attended(columns)
    if attended and (not quiet or lookalike):  # 是否参加四级培训: why it is not read
        columns_ = shown(listing(attended, language_), 200)
        err_print(tr(counted("batch.attended_columns", len(attended)), language_, columns=columns_))
    started = [] if columns is None else _work_start(columns)
    if started and not quiet:  # 参加工作时间 and no 工作年限: why the years are not read from it
        from mediaops.batch.columns import FACT_NAMES

        # the fact as --column reads it: its Chinese name in Chinese, else its id
        fact = FACT_NAMES["experience"].zh if language_ == "zh" else "experience"
        columns_ = shown(listing(started, language_), 200)
        key = counted("batch.work_start_columns", len(started))
        err_print(tr(key, language_, columns=columns_, fact=fact))
    if not tally.rows and not quiet:
        # a header and no applicant under it (a blank form, the wrong sheet): said after the
        # summary's 0, though nothing failed (a script's list may be empty today): exit 0
        err_print(tr("batch.no_applicants", language_))
    failed = tally.errors or tally.warned or unscreened or lookalike
    raise typer.Exit(EXIT_NOT_ELIGIBLE if failed else EXIT_OK)


def _lookalike(columns: "ColumnMap", lang: Lang) -> list[tuple[str, str]]:
    """The columns not read whose name has a word of a fact in it (``持证等级``), with the
    fact as a ``--column`` names it (a Chinese name of its column in Chinese, else its id)."""
    from mediaops.batch.columns import FACT_NAMES

    def named(fact: str) -> str:  # as --column reads a fact: its Chinese name, or its id
        return str(localize(FACT_NAMES[fact], lang)) if lang == "zh" else fact

    return [
        (columns.name(i), named(why.removeprefix("like_")))
        for i, why in sorted(columns.ignored.items())
        if why.startswith("like_")
    ]


def _say_hidden_columns(columns: "ColumnMap | None", hidden: tuple[int, ...], lang: Lang) -> None:
    """Name the columns Excel hides that are read all the same: a value nobody sees is used."""
    from mediaops.ui.batch import err_print

    hidden_read = [] if columns is None else _hidden_read(columns, hidden)
    if hidden_read:
        key = counted("batch.hidden_columns", len(hidden_read))
        err_print(tr(key, lang, columns=shown(listing(hidden_read, lang), 200)))


def _hidden_read(columns: "ColumnMap", hidden: tuple[int, ...]) -> list[str]:
    """The columns Excel hides (``hidden``, by index) that are read for a fact, in the order
    of the header (the id and the name are no facts: the output shows the id)."""
    from mediaops.batch.columns import FACT_IDS

    read = {i for i, fact in columns.read_as() if fact in FACT_IDS}
    return [columns.name(i) for i in sorted(read.intersection(hidden))]


def _attended(columns: "ColumnMap") -> list[str]:
    """The columns not read that say whether a training was attended (是否参加四级培训)."""
    from mediaops.batch.columns import attended_training

    return [
        columns.name(i)
        for i, why in sorted(columns.ignored.items())
        if why in ("unknown", "like_training") and attended_training(columns.header[i])
    ]


def _work_start(columns: "ColumnMap") -> list[str]:
    """The columns of the date work started (参加工作时间), not read, where no column gives
    the years of experience (nor a work history to count them from); else none."""
    if "experience" in columns.facts or "work" in columns.facts:
        return []
    return [columns.name(i) for i, why in sorted(columns.ignored.items()) if why == "work_start"]


def _remarks_unread(problem: Msg, remarked: list[str], lang: Lang) -> Msg:
    """``problem`` (no fact column) with the columns left unread for their remarks, and the
    --column that would read the first."""
    from mediaops.batch.columns import FACT_NAMES, remarked_fact

    fact = remarked_fact(remarked[0]) or ""
    name = FACT_NAMES[fact].zh if lang == "zh" and fact in FACT_NAMES else fact
    return Msg.of(
        "batch.no_columns_remarks",
        problem=problem,
        columns=shown(", ".join(remarked), 200),
        example=_quoted(shown(f"{remarked[0]}={name}", 200)),
    )


def _quoted(text: str) -> str:
    """``text`` quoted for a shell, as a person would type it (double quotes if they do)."""
    if '"' not in text and "$" not in text and "`" not in text and "\\" not in text:
        return f'"{text}"'
    import shlex

    return shlex.quote(text)


def _as_big5(header: list[str], explicit: list[tuple[str, str]]) -> list[str] | None:
    """The header as Big5 reads its bytes, where a file read as GB18030 has no fact column
    and read as Big5 has one (a traditional-Chinese Excel's CSV); else None."""
    from mediaops.batch.columns import map_columns, usable
    from mediaops.errors import InputError

    try:
        texts = [h.encode("gb18030").decode("big5") for h in header]
        columns = map_columns(texts, (), explicit)
    except (UnicodeError, InputError):
        return None
    return texts if texts != header and usable(columns) else None


def _list_columns(
    opened: Any,
    source: str,
    in_fmt: str,
    encoding: str | None,
    explicit: list[tuple[str, str]],
    lang: Any,
) -> "tuple[Any, ColumnMap]":
    """The input and its columns: those of ``opened``'s header, or, where its first sheet
    holds no fact column (a 填表说明) and exactly one other sheet holds a list, that sheet,
    opened in its place, and its columns (--column naming that sheet's), said even with -q."""
    from mediaops.batch.columns import map_columns, usable
    from mediaops.batch.read import BatchError, open_input
    from mediaops.errors import InputError

    one_list = len(opened.unscreened) == 1
    columns = None
    with input_errors(lang):
        try:
            columns = map_columns(opened.header, opened.sample, explicit)
        except InputError:
            if not one_list or usable(map_columns(opened.header)):
                raise  # (else --column names the list's columns, not the first sheet's lines)
    if not one_list or (columns is not None and usable(columns)):
        assert columns is not None
        return opened, columns
    first_sheet, listed = opened.sheet_name, opened.unscreened[0]
    opened.close()
    try:
        opened = open_input(source, in_fmt, encoding=encoding, sheet=listed)
    except BatchError as exc:
        fail(lang, exc.msg)
    try:
        with input_errors(lang):
            columns = map_columns(opened.header or [], opened.sample, explicit)
    except BaseException:  # (the caller closes the input it holds: this one is not it)
        opened.close()
        raise
    from mediaops.ui.batch import err_print

    err_print(tr("batch.list_sheet", lang, first=shown(first_sheet, 60), sheet=shown(listed, 60)))
    return opened, columns


def _setup(
    rules: str | None,
    edition: str | None,
    when: date,
    lang: Any,
    strict: bool,
    out_fmt: str,
    columns: Any,
) -> Any:
    from mediaops.batch.run import Setup

    return Setup(
        rules,
        edition,
        when,
        lang,
        strict,
        out_fmt == "jsonl",
        columns,
    )


#: Extensions of files of another kind than a list of results (a document, a picture…),
#: with what they are: an output under such a name opens, by double-click, in a program
#: that fails to read it, whatever ``--format`` says.
_OTHER_KINDS: dict[str, Both] = {
    **dict.fromkeys(
        (".pdf", ".doc", ".docx", ".docm", ".dot", ".dotx", ".odt", ".rtf", ".ofd", ".xps"),
        Both("文档", "a document"),
    ),
    **dict.fromkeys(
        (".ppt", ".pptx", ".pps", ".ppsx", ".odp", ".dps", ".key"),
        Both("演示文稿", "a presentation"),
    ),
    **dict.fromkeys((".html", ".htm", ".mht", ".mhtml"), Both("网页", "a web page")),
    **dict.fromkeys(
        (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".svg", ".heic"),
        Both("图片", "a picture"),
    ),
    **dict.fromkeys(
        (".zip", ".rar", ".7z", ".gz", ".tgz", ".tar", ".bz2", ".xz"), Both("压缩包", "an archive")
    ),
    **dict.fromkeys((".mdb", ".accdb", ".dbf"), Both("数据库", "a database")),
    ".numbers": Both("Numbers 表格", "a Numbers spreadsheet"),
}


def _output_format(path: str, override: str | None) -> str:
    """The format of the output ``path`` (its extension, else ``override``, the
    ``--format``), or a :class:`BatchError` where the name would mislead whoever opens the
    file: an extension of a format not written (.xls, .pdf) or of another format than
    ``--format`` names, a name that is an extension alone (.csv), or one that ends in a
    dot or a blank (``"结果.xlsx. "``: Windows saves 结果.xlsx, other systems keep them)."""
    from mediaops.batch.read import SUFFIX_FORMATS, BatchError, detect_format

    if override is None and path == "-":
        return "csv"
    # the name as Windows saves the file: it drops trailing spaces and dots, so "结果.xls "
    # is saved as 结果.xls (and blanks no one sees: a carriage return, a full-width space)
    name = without_trailing(path)
    suffix = extension_of(name)
    if suffix in (".xls", ".et", ".wps"):
        # an output in Excel 97-2003's or WPS's own format: none is written (the advice to
        # re-save an input in Excel would not fit), nor another under its name (--format
        # xlsx -o 结果.xls: Excel warns that the file may be damaged or unsafe)
        raise BatchError(Msg.of("batch.old_excel_output", path=shown_path(path)))
    if suffix == ".xlsm":
        # a workbook (or any other format --format names) written under a macro-enabled
        # name: Excel refuses to open it
        raise BatchError(Msg.of("batch.macro_output", path=shown_path(path)))
    if suffix in (".xlsb", ".xltx", ".xltm", ".xlam"):
        # nor under the name of Excel's binary workbook, a template or an add-in: Excel
        # says the file format or extension is not valid and opens nothing
        raise BatchError(Msg.of("batch.excel_kind_output", path=shown_path(path), suffix=suffix))
    if suffix == ".ods":
        # nor under an OpenDocument spreadsheet's name (--format xlsx -o 结果.ods): Excel,
        # and WPS, read the file as one and fail
        raise BatchError(Msg.of("batch.ods_output", path=shown_path(path)))
    if suffix == ".json":
        # the rows are written as JSON Lines, one object a line, which is no JSON document
        # beyond one row: a script that loads the file as JSON (json.load, JSON.parse)
        # would fail on the second line; the name .jsonl says what the file is
        extension = ".jsonl" if override is None else _extension(override)
        example = _renamed(name, extension)
        raise BatchError(
            Msg.of("batch.json_output", path=shown_path(path), extension=extension, example=example)
        )
    kind = _OTHER_KINDS.get(suffix)
    if kind is not None:
        # nor under a document's, a picture's… (--format csv -o 结果.pdf): a double-click
        # opens it in a program that fails; and -o 结果.pdf alone no longer asks for
        # --format, which led there
        example = _renamed(name, _extension(override))
        raise BatchError(
            Msg.of(
                "batch.other_kind_output",
                path=shown_path(path),
                suffix=shown(suffix),
                kind=kind,
                example=example,
            )
        )
    if suffix in SUFFIX_FORMATS and not PurePath(name).suffix:
        # ".csv" alone: a hidden file on Linux and macOS, whose format Python's suffix does
        # not see either; most likely "$name.csv" with $name empty (a hidden name that is
        # no extension of ours, .results, is a name like another)
        extension = suffix if override is None else _extension(override)
        raise BatchError(
            Msg.of("batch.output_no_name", path=shown_path(path), example=_renamed(name, extension))
        )
    found = None if override is None else detect_format(path, override, option="--format")
    if override is not None:
        _format_against_name(path, suffix, override)
    if path != name:
        raise BatchError(_trailing_msg(path, path[len(name) :], override))
    return found or detect_format(path, None, option="--format")


def _trailing_msg(path: str, trailing: str, override: str | None) -> Msg:
    """The refusal of an output name ending in ``trailing`` (dots and blanks), naming them
    and the name without them (an extension added where none is left)."""
    from mediaops.batch.read import SUFFIX_FORMATS

    chars = trailing_words(trailing)
    name = path[: len(path) - len(trailing)]
    suffix = PurePath(name).suffix.lower()
    if suffix in SUFFIX_FORMATS and PurePath(name).stem:
        fixed: str | Both = shell_name(name)
    else:
        fixed = _renamed(name, _extension(override))
    return Msg.of("batch.output_trailing", path=shown_path(path), chars=chars, fixed=fixed)


def _extension(override: str | None) -> str:
    """The extension of the format ``--format`` names (.xlsx where it names none: the
    format a clerk opens)."""
    if override is None:
        return ".xlsx"
    return {"csv": ".csv", "tsv": ".tsv", "jsonl": ".jsonl"}.get(_named(override), ".xlsx")


def _named(override: str) -> str:
    """The format ``--format`` names, CSV with tabs told apart (``tsv``: a .tsv is read as
    CSV with tabs, and written so)."""
    from mediaops.batch.read import named_format

    fmt = named_format(override)
    return "tsv" if fmt == "csv" and override.strip().lower().lstrip(".") == "tsv" else fmt


def _renamed(name: str, extension: str) -> str | Both:
    """``name`` as it would be written with ``extension`` (:func:`offered_name`: an
    extension of our formats or another kind's replaced, else added; 结果 for no name)."""
    from mediaops.batch.read import SUFFIX_FORMATS

    return offered_name(name, extension, ("结果", "results"), {*SUFFIX_FORMATS, *_OTHER_KINDS})


def _format_against_name(path: str, suffix: str, override: str) -> None:
    """Refuse ``--format`` naming another format than the output's extension says
    (``--format csv -o 结果.xlsx``, ``--format xlsx -o 结果.csv``, ``--format csv -o
    结果.tsv``): the file would be written in one format under another's name, which Excel
    fails to open or opens in one column, as ``plan --svg 路线.png`` is refused. ``--format``
    is for a name that does not say (``-o 结果.txt``, ``-o /dev/stdout``); a workbook is no
    text, so .txt does not take one."""
    from mediaops.batch.read import SUFFIX_FORMATS, BatchError

    fmt = _named(override)
    # the format the name says, if any (.txt says none: any text format), CSV with tabs
    # told apart as for --format
    named = None if suffix == ".txt" else SUFFIX_FORMATS.get(suffix)
    named = "tsv" if named == "csv" and suffix == ".tsv" else named
    if (named is not None and named != fmt) or (suffix == ".txt" and fmt == "xlsx"):
        raise BatchError(
            Msg.of(
                "batch.format_not_name",
                format=shown(override),
                path=shown_path(path),
                suffix=suffix,
                named=named or Both("csv、tsv、jsonl", "csv, tsv or jsonl"),
            )
        )


def _with_shared_ids(opened: Any, columns: "ColumnMap | None") -> Any:
    """The rows of ``opened``, those whose id or name is a cell merged down over several
    lines marked so (said in their warnings)."""
    if not opened.merges or columns is None:
        return opened.rows
    from mediaops.batch.read import with_shared_ids

    named = {columns.facts[f]: columns.label(f) for f in ("id", "name") if f in columns.facts}
    return with_shared_ids(opened.rows, opened.merges, named)


def _tab_separated(path: str, override: str | None) -> bool:
    """CSV output with tabs: ``-o list.tsv`` or ``--format tsv`` (as a .tsv is read)."""
    if override is not None:
        return override.strip().lower().lstrip(".") == "tsv"
    return path != "-" and Path(path).suffix.lower() == ".tsv"


def _sniff_stdin() -> str:
    """``jsonl`` when piped input starts with ``{``, else ``csv``."""
    buffer = getattr(sys.stdin, "buffer", None)
    peek = getattr(buffer, "peek", None)
    head = peek(64)[:64] if peek is not None else b""
    return "jsonl" if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") else "csv"


def _cancelled(progress: Any, output: str, lang: Any) -> None:
    if progress is not None:
        progress.stop()
    from .common import say

    say("")
    say(tr("batch.cancelled", lang) if output != "-" else tr("run.cancelled", lang))


class _Progress:
    """A progress bar on stderr, shown once a run has taken about a second (terminal only)."""

    def __init__(self, read: Any, lang: Any) -> None:
        self.read = read
        self.lang = lang
        self.started = time.monotonic()
        self.bar: Any = None

    def tick(self, rows: int) -> None:
        if self.bar is None:
            if time.monotonic() - self.started < 1.0:
                return
            from mediaops.ui.batch import ProgressBar

            self.bar = ProgressBar(self.lang, self.read)
        self.bar.update(rows)

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None


def _progress(read: Any, lang: Any) -> _Progress | None:
    from mediaops.ui.console import is_terminal

    return _Progress(read, lang) if is_terminal(sys.stderr) else None
