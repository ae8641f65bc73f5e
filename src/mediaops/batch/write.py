"""Writing the results: CSV, JSON Lines or an Excel workbook a clerk would hand on.

* **Columns**: the verdict columns first (``行号, 编号, 四级, 三级, 二级, 一级,
  最高可报考等级, 说明, 提示, 错误`` in Chinese; ``line, id, level_4 … error`` in
  English), then the input's columns in their order and spelling
  (``--keep-columns all``, the default; ``unused``: those not read; ``none``).
  Level columns are keyed by level, never by position.
* **CSV**: UTF-8 with a BOM (Excel shows Chinese), ``csv.writer``'s quoting; tabs between the
  cells for a ``.tsv`` output (or ``--format tsv``).
* **JSON Lines**: ``check --format json``'s report with ``line`` and ``id``
  (or ``error``), ``warnings``, and the kept input columns under ``columns``
  (a header given twice is kept apart: ``note``, ``note (2)``).
* **.xlsx**: a sheet ``筛查结果`` with a bold, frozen header, a filter, widths
  that fit and coloured verdicts, numbers and dates as numbers and dates, and
  a sheet ``汇总`` with the counts and a bar chart.

Every cell a spreadsheet could run as a formula (``=``, ``+``, ``-``, ``@``, a
tab or a carriage return first) is written, in CSV, with a leading ``'`` (OWASP "CSV
injection"); in an .xlsx, as it is, stored as text (never a formula) in a cell styled
"quote prefix" (Excel's hidden ``'``, shown in its formula bar only). Characters an
.xlsx cannot hold are removed there only.
Output goes to a temporary file beside the target, renamed into place when
complete (:func:`mediaops.files.atomic_output`): an interrupted or failed run leaves an
earlier file untouched.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from mediaops.files import atomic_output, same_file
from mediaops.jsondoc import numbered
from mediaops.messages import Lang, Msg, localize, shown, tr

from .read import Row, ShownMonth
from .screen import Result

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: Characters an .xlsx cell cannot hold (XML 1.0 forbids them).
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: Bytes gathered before each write to an output file.
WRITE_BUFFER = 1 << 20

VERDICT_COLUMNS = ("level_4", "level_3", "level_2", "level_1")


def formula_like(value: str) -> bool:
    """Whether a spreadsheet could run ``value`` as a formula (``=``, ``+``, ``-``, ``@``, a
    tab or a carriage return first)."""
    return value.startswith(_FORMULA_START)


def safe_cell(value: str) -> str:
    """A CSV cell a spreadsheet will show as text, never run as a formula (OWASP CSV
    injection): a leading ``'`` (an .xlsx marks such a cell by its style, :func:`text_cell`)."""
    if formula_like(value):
        return "'" + value
    return value


def header(lang: Lang, levels: Sequence[int]) -> list[str]:
    """The verdict columns' names in the user's language (keyed by level)."""
    names = [tr(f"batch.col.{c}", lang) for c in ("line", "id")]
    names += [tr(f"batch.col.level_{n}", lang) for n in levels]
    names += [tr(f"batch.col.{c}", lang) for c in ("highest", "summary", "warnings", "error")]
    return names


def verdict_word(status: str, lang: Lang) -> str:
    """A level's verdict in a cell: 可以报考 … in Chinese, the ids in English (for scripts)."""
    return tr(f"word.{status}", lang) if lang == "zh" else status


@dataclass(frozen=True, slots=True)
class Basis:
    """What a run's verdicts rest on, for its summary: the evaluation date (``given``: a
    column gives some rows their own), the ruleset's name and its assumptions' texts."""

    as_of: date
    given: bool
    rules: Any
    assumptions: dict[str, Any]

    def rows(self, tally: Tally, lang: Lang) -> tuple[list[tuple[str, str]], list[tuple[str, int]]]:
        """The lines of the summary: (label, value) of the date and the rules, and (text,
        rows) of each assumption some verdict rested on, in the ruleset's order."""
        date_key = "batch.tally_as_of_default" if self.given else "batch.tally_as_of"
        heads = [
            (tr(date_key, lang), self.as_of.isoformat()),
            (tr("batch.tally_rules", lang), str(localize(self.rules, lang))),
        ]
        rested = [
            (str(localize(text, lang)), tally.assumptions[a])
            for a, text in self.assumptions.items()
            if tally.assumptions[a]
        ]
        return heads, rested


@dataclass(slots=True)
class Tally:
    """What a run did: rows read, verdicts, warnings, errors, and why levels were not reached."""

    rows: int = 0
    errors: int = 0
    warned: int = 0
    undetermined: int = 0
    none_eligible: int = 0
    by_highest: dict[int, int] = field(default_factory=lambda: {4: 0, 3: 0, 2: 0, 1: 0})
    eligible: dict[int, int] = field(default_factory=lambda: {4: 0, 3: 0, 2: 0, 1: 0})
    reasons: Counter[tuple[int, str]] = field(default_factory=Counter)
    #: the ruleset's assumptions: how many rows' verdicts rest on each
    assumptions: Counter[str] = field(default_factory=Counter)
    #: rows of no applicant (合计, 填表人:…, a form's unused numbered line), not counted above
    not_screened: int = 0

    def add(self, result: Result, levels: Sequence[int]) -> None:
        """Count one row's result (a row of no applicant, such as a totals row, is not one)."""
        if result.not_screened:
            self.not_screened += 1
            return
        self.rows += 1
        if result.warnings:
            self.warned += 1
        if result.statuses is None:
            self.errors += 1
            return
        for level, status in zip(levels, result.statuses, strict=True):
            if status == "eligible":
                self.eligible[level] += 1
        if result.highest is not None:
            self.by_highest[result.highest] += 1
        elif "undetermined" in result.statuses:
            self.undetermined += 1
        else:
            self.none_eligible += 1
        self.reasons.update(result.reasons)
        self.assumptions.update(result.assumptions)

    def merge(self, other: Tally) -> None:
        """Add another tally's counts to this one."""
        self.rows += other.rows
        self.errors += other.errors
        self.warned += other.warned
        self.undetermined += other.undetermined
        self.none_eligible += other.none_eligible
        for level in self.by_highest:
            self.by_highest[level] += other.by_highest[level]
            self.eligible[level] += other.eligible[level]
        self.reasons.update(other.reasons)
        self.assumptions.update(other.assumptions)
        self.not_screened += other.not_screened

    def common_reasons(self, per_level: int = 3) -> list[tuple[int, str, int]]:
        """The most common reasons each level is not reached: (level, reason, rows)."""
        out = []
        for level in (4, 3, 2, 1):
            found = [(r, n) for (lv, r), n in self.reasons.items() if lv == level]
            found.sort(key=lambda rn: (-rn[1], rn[0]))
            out += [(level, r, n) for r, n in found[:per_level]]
        return out


# --- kept input columns --------------------------------------------------------------------


def kept_columns(header_: Sequence[str], read: set[int], mode: str) -> list[int]:
    """The input columns written after the verdicts: all, those not read, or none."""
    if mode == "none":
        return []
    if mode == "unused":
        return [i for i in range(len(header_)) if i not in read]
    return list(range(len(header_)))


def shown_names(
    names: Sequence[str], places: Sequence[int], clean: Callable[[str], str]
) -> list[str]:
    """The kept columns' names as an output shows them: cleaned as its cells are (in CSV a
    formula defused, in .xlsx characters a sheet cannot hold removed), an empty one named
    ``#N`` by its place in the input (counted from 1) in every format. Told apart afterwards,
    so that two names that only cleaning makes alike (in CSV ``=x`` and ``'=x``) are told
    apart too."""
    return [clean(name or "") or f"#{place}" for name, place in zip(names, places, strict=True)]


def _told_apart(results: Sequence[str], kept: Sequence[str]) -> list[str]:
    """The kept columns' names, each told apart (``说明 (2)``) where it repeats a result
    column's (说明, 四级, 编号) or another kept one's, so that whoever reads the sheet by name
    gets the result. The id column too: the result's id may differ from its cell (a blank
    编号 gives way to the 姓名, and an id is trimmed), and a reader by name that took the
    last of two 编号 would get the cell."""
    return numbered(kept, taken=results)


# --- the output file -----------------------------------------------------------------------------


class Writer:
    """Writes results as CSV, JSON Lines or .xlsx (see the module doc)."""

    def __init__(
        self,
        fmt: str,
        target: IO[str] | Path,
        lang: Lang,
        levels: Sequence[int],
        input_header: Sequence[str] | None,
        kept: Sequence[int],
        sample: Sequence[Sequence[str]] = (),
        *,
        documents: bool = False,
        delimiter: str = ",",
        basis: Basis | None = None,
    ) -> None:
        self.fmt = fmt
        self.lang = lang
        self.levels = list(levels)
        self.kept = list(kept)
        self.input_header = list(input_header or [])
        self.names = header(lang, levels)
        self._file: IO[Any] | None = None
        self._book: Any = None
        self._path: Path | None = None
        names = [self.input_header[i] for i in self.kept]
        # JSON Lines in: the keys no fact is read from are passed through (--keep-columns
        # none: not); a sheet out has them as JSON in one column
        self._pass_keys = documents
        self.documents = documents and fmt != "jsonl"
        if self.documents:
            names, self.kept, sample = [tr("batch.other_fields", lang)], [0], ()
        clean = {"csv": safe_cell, "xlsx": xlsx_name}.get(fmt, str)  # a JSON key holds any text
        kept_names = shown_names(names, [i + 1 for i in self.kept], clean)
        if fmt != "jsonl":
            kept_names = _told_apart(self.names, kept_names)
        if fmt == "xlsx":
            assert isinstance(target, Path)
            self._xlsx = XlsxResults(target, lang, self.names, kept_names, sample, self.kept, basis)
            return
        if isinstance(target, Path):
            self._file = open(target, "w", encoding="utf-8", newline="", buffering=WRITE_BUFFER)  # noqa: SIM115
            stream: IO[str] = self._file
            if fmt == "csv":
                stream.write("\ufeff")  # Excel reads Chinese CSV right only with a BOM
        else:
            stream = target
        self._stream = stream
        if fmt == "csv":
            self._csv = csv.writer(stream, delimiter=delimiter)
            self._csv.writerow([*self.names, *kept_names])
        else:
            self._keys = numbered(kept_names)

    def write(self, row: Row, ident: str, result: Result) -> None:
        """Write one row's result, followed by its kept input cells."""
        if self.fmt == "csv":
            self._csv.writerow(self._cells(row, ident, result))
        elif self.fmt == "jsonl":
            self._stream.write(self._json(row, ident, result))
        else:
            self._xlsx.append(self._values(row, ident, result), result)

    def _verdicts(self, result: Result) -> list[str]:
        if result.statuses is None:
            return [""] * len(self.levels)
        return [verdict_word(s, self.lang) for s in result.statuses]

    def _passed_through(self, row: Row) -> str:
        """A JSON Lines row's keys that are not facts, as JSON ("" if none)."""
        if row.document is None:
            return ""
        from mediaops.report.json import dumps

        extra = _extra_keys(row.document)
        return dumps(extra) if extra else ""

    def _cells(self, row: Row, ident: str, result: Result) -> list[Any]:
        warnings = "; ".join(result.warnings)
        cells = [self._passed_through(row)] if self.documents else row.cells or []
        kept = [safe_cell(cells[i]) if i < len(cells) else "" for i in self.kept]
        return [
            row.line,
            safe_cell(ident),
            *self._verdicts(result),
            "" if result.highest is None else result.highest,
            safe_cell(result.summary),
            safe_cell(warnings),
            safe_cell(result.error or ""),
            *kept,
        ]

    def _values(self, row: Row, ident: str, result: Result) -> list[Any]:
        if self.documents:
            values: Sequence[Any] = [self._passed_through(row)]
        else:
            values = row.values if row.values is not None else row.cells or []
        kept = [values[i] if i < len(values) else None for i in self.kept]
        return [
            row.line,
            ident,
            *self._verdicts(result),
            result.highest,
            result.summary,
            "; ".join(result.warnings),
            result.error or "",
            *kept,
        ]

    def _json(self, row: Row, ident: str, result: Result) -> str:
        """A JSON Lines line: line, id, the report (or the error), warnings, kept columns."""
        from mediaops.report.json import dumps

        head: dict[str, Any] = {"line": row.line, "id": ident}
        if result.error is not None:
            head["error"] = result.error
            report = ""
        elif result.not_screened:
            head["not_screened"] = result.summary
            report = ""
        else:
            report = "," + result.report  # the report's members, encoded by the screener
        tail: dict[str, Any] = {"warnings": list(result.warnings)}
        if row.document is not None:
            extra = _extra_keys(row.document) if self._pass_keys else None
            if extra:
                tail["columns"] = extra
        elif self.kept:
            cells = row.cells or []
            tail["columns"] = {
                k: cells[i] if i < len(cells) else ""
                for k, i in zip(self._keys, self.kept, strict=True)
            }
        # {"line":…,"id":…[,"error":…|"not_screened":…]} without its "}", the report's members
        # (never empty, and none of them named like these), then {"warnings":…[,"columns":…]}
        # without its "{"
        return dumps(head)[:-1] + report + "," + dumps(tail)[1:] + "\n"

    def abandon(self) -> None:
        """Let go of an output that failed or was interrupted, quietly."""
        if self.fmt == "xlsx":
            self._xlsx.abandon()
        elif self._file is not None:
            with contextlib.suppress(OSError):
                self._file.close()

    def close(self, tally: Tally | None = None) -> None:
        """Finish the output (the .xlsx file is written here, with its summary sheet)."""
        if self.fmt == "xlsx":
            self._xlsx.save(tally)
        elif self._file is not None:
            self._file.close()
        else:
            self._stream.flush()


def _extra_keys(document: dict[str, Any]) -> dict[str, Any]:
    """The keys of a JSON Lines row that are neither facts nor its id (passed through)."""
    from mediaops.models import DOCUMENT_KEYS

    return {k: v for k, v in document.items() if k not in DOCUMENT_KEYS and k != "id"}


# --- .xlsx ----------------------------------------------------------------------------------------

#: Cell fills of the verdicts (by status): eligible green, held grey, undetermined amber, not red.
FILLS = {
    "eligible": "C6EFCE",
    "held": "D9D9D9",
    "undetermined": "FFEB9C",
    "not_eligible": "FFC7CE",
    "not_offered": "EDEDED",
}


#: The rows one .xlsx sheet holds, its header included (Excel opens no more: it would drop
#: the rest, or call the file damaged).
XLSX_MAX_ROWS = 1_048_576


class SheetFullError(OSError):
    """The results no longer fit in one .xlsx sheet (:data:`XLSX_MAX_ROWS`)."""

    def __init__(self) -> None:
        super().__init__(errno.EFBIG, f"more than {XLSX_MAX_ROWS:,} rows")


#: The characters one .xlsx cell holds (openpyxl cuts the rest on writing; Excel counts in
#: UTF-16 units, so a character beyond the BMP, an emoji, counts twice).
XLSX_MAX_CELL = 32_767


def xlsx_length(text: str) -> int:
    """The length of ``text`` as an .xlsx cell counts it (UTF-16 units)."""
    if len(text) <= XLSX_MAX_CELL // 2:
        return len(text)  # short enough whatever it holds: no need to count
    return len(text.encode("utf-16-le")) // 2


class CellTooLongError(OSError):
    """A cell's text is longer than an .xlsx cell holds (:data:`XLSX_MAX_CELL`).

    Attributes:
        line: the input line of the row (None for a column name: the header).
        column: the name of the column.
        chars: the length of the text (:func:`xlsx_length`).
    """

    def __init__(self, line: int | None, column: str, chars: int) -> None:
        super().__init__(errno.EFBIG, f"{chars:,} characters in one cell")
        self.line = line
        self.column = column
        self.chars = chars


def xlsx_name(text: str) -> str:
    """A text an .xlsx cell can hold: illegal control characters removed, line ends as every
    reader reads them back (CR LF and a lone CR as LF). A formula is not defused here: the
    cell is (:func:`text_cell`)."""
    return _ILLEGAL_XML.sub("", text).replace("\r\n", "\n").replace("\r", "\n")


def xlsx_text(value: Any) -> Any:
    """A cell value an .xlsx can hold: illegal control characters removed."""
    return xlsx_name(value) if isinstance(value, str) else value


def text_cell(sheet: Any, value: Any, *, font: Any = None, fill: Any = None) -> Any:
    """A write-only cell holding ``value``; a text always as text (openpyxl would store one
    starting with ``=`` as a formula), one a spreadsheet could run as a formula styled
    "quote prefix": Excel's own mark of text that only looks like a formula, a hidden ``'``
    (no ``'`` in the text, which reads back as it was)."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"
        if formula_like(value):
            cell.quotePrefix = True
    if font is not None:
        cell.font = font
    if fill is not None:
        cell.fill = fill
    return cell


def _cell_value(sheet: Any, value: Any) -> Any:
    """``value`` as :meth:`append` takes it: a plain value as it is (openpyxl makes its cell),
    a text a spreadsheet could run as a formula as a :func:`text_cell`."""
    if isinstance(value, str) and formula_like(value):
        return text_cell(sheet, value)
    return value


class XlsxResults:
    """The results workbook: the results sheet and, when saved, the summary sheet with a chart."""

    def __init__(
        self,
        path: Path,
        lang: Lang,
        names: list[str],
        kept_names: list[str],
        sample: Sequence[Sequence[str]],
        kept: list[int],
        basis: Basis | None = None,
    ) -> None:
        import openpyxl
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter

        self.path = path
        self.lang = lang
        self.basis = basis
        self.book = openpyxl.Workbook(write_only=True)
        self.sheet = self.book.create_sheet(tr("batch.sheet_results", lang))
        self.width = len(names) + len(kept_names)
        self.rows = 0
        self._fills: dict[str, Any] = {}
        self._verdict_at = range(2, 6)
        self.sheet.freeze_panes = "A2"
        widths = [
            max(w, _cells_wide(n) + 2)
            for w, n in zip((6, 12, 11, 11, 11, 11, 10, 48, 24, 24), names, strict=False)
        ]
        for i, name in enumerate(kept_names):
            values = [str(r[kept[i]]) for r in sample if kept[i] < len(r)]
            widths.append(min(40, max([_cells_wide(name), *map(_cells_wide, values), 6]) + 2))
        for i, w in enumerate(widths, 1):
            self.sheet.column_dimensions[get_column_letter(i)].width = w
        bold = Font(bold=True)
        self.names = [*names, *kept_names]
        header = [self._fits(xlsx_text(n), None, n) for n in self.names]
        self.sheet.append([self._cell(n, font=bold) for n in header])
        self._letter = get_column_letter(max(1, self.width))

    def _cell(
        self, value: Any, *, font: Any = None, fill: Any = None, number_format: str | None = None
    ) -> Any:
        cell = text_cell(self.sheet, value, font=font, fill=fill)
        if number_format is not None:
            cell.number_format = number_format
        return cell

    @staticmethod
    def _fits(value: Any, line: int | None, column: str) -> Any:
        """``value``, if an .xlsx cell holds it whole (``line`` None: a column name)."""
        if isinstance(value, str) and (length := xlsx_length(value)) > XLSX_MAX_CELL:
            raise CellTooLongError(line, column, length)
        return value

    def _fill(self, status: str) -> Any:
        from openpyxl.styles import PatternFill

        found = self._fills.get(status)
        if found is None:
            colour = FILLS.get(status, "FFFFFF")
            found = self._fills[status] = PatternFill("solid", start_color=colour, end_color=colour)
        return found

    def append(self, values: list[Any], result: Result) -> None:
        """One result row (verdict cells coloured, numbers and dates typed).

        Raises:
            SheetFullError: the sheet already holds as many rows as Excel opens.
            CellTooLongError: a cell's text is longer than an .xlsx cell holds.
        """
        if self.rows + 2 > XLSX_MAX_ROWS:  # the header, the rows so far and this one
            raise SheetFullError
        cells: list[Any] = []
        statuses = result.statuses or ()
        for i, value in enumerate(values[: self.width]):
            if i in self._verdict_at and statuses:
                cells.append(self._cell(value, fill=self._fill(statuses[i - 2])))
            elif isinstance(value, datetime | date):
                # a date shown as a month (2019年7月) stays one: its day was not typed
                shows = "yyyy-mm" if isinstance(value, ShownMonth) else "yyyy-mm-dd"
                cells.append(self._cell(value, number_format=shows))
            else:
                text = self._fits(xlsx_text(value), values[0], self.names[i])
                cells.append(_cell_value(self.sheet, text))
        self.sheet.append(cells)
        self.rows += 1

    def save(self, tally: Tally | None) -> None:
        """Write the workbook, with the summary sheet and its chart."""
        self.sheet.auto_filter.ref = f"A1:{self._letter}{self.rows + 1}"
        if tally is not None:
            self._summary(tally)
        # saved in memory first: a failing disk then meets a plain write of bytes, whose
        # failure is reported, rather than a zip archive left half-open (the workbook of
        # a list is tens of megabytes at most)
        import io

        data = io.BytesIO()
        self.book.save(data)
        with open(self.path, "wb") as f:
            f.write(data.getbuffer())

    def abandon(self) -> None:
        """Close the sheets' writers of a workbook that will not be saved.

        openpyxl streams a write-only sheet to a temporary file through a
        generator; left to the garbage collector after a failed write, it
        would report the failure again, as a traceback, on its way out.
        """
        for ws in self.book.worksheets:
            writer = getattr(ws, "_writer", None)
            for part in (getattr(ws, "_rows", None), getattr(writer, "xf", None), writer):
                if part is not None:
                    with contextlib.suppress(Exception):
                        part.close()

    def _summary(self, tally: Tally) -> None:
        from openpyxl.chart import BarChart, Reference
        from openpyxl.styles import Font

        lang = self.lang
        ws = self.book.create_sheet(tr("batch.sheet_summary", lang))
        ws.column_dimensions["A"].width = 60 if self.basis and tally.assumptions else 36
        ws.column_dimensions["B"].width = 12
        bold = Font(bold=True)
        written = [0]  # rows so far (a write-only sheet does not count them)

        def row(label: str, value: Any, *, strong: bool = False) -> None:
            ws.append([text_cell(ws, xlsx_text(label), font=bold if strong else None), value])
            written[0] += 1

        row(tr("batch.tally_title", lang), None, strong=True)
        heads, rested = self.basis.rows(tally, lang) if self.basis else ([], [])
        for label, value in heads:  # what the verdicts rest on: first, as a reader needs it
            row(label, xlsx_text(value))
        row(tr("batch.tally_rows", lang), tally.rows)
        if tally.not_screened:  # written through with the results, said here too
            row(tr("batch.tally_not_screened", lang), tally.not_screened)
        row(tr("batch.tally_by_highest", lang), None, strong=True)
        first_chart_row = written[0] + 1
        for level in (4, 3, 2, 1):
            row(
                tr("batch.tally_level", lang, level=Msg.of(f"level.{level}")),
                tally.by_highest[level],
            )
        row(tr("batch.tally_none", lang), tally.none_eligible)
        row(tr("batch.tally_undetermined", lang), tally.undetermined)
        last_chart_row = first_chart_row + 5
        row(tr("batch.tally_warned", lang), tally.warned)
        row(tr("batch.tally_errors", lang), tally.errors)
        row(tr("batch.tally_eligible_per_level", lang), None, strong=True)
        for level in (4, 3, 2, 1):
            row(
                tr("batch.tally_eligible_for", lang, level=Msg.of(f"level.{level}")),
                tally.eligible[level],
            )
        reasons = tally.common_reasons()
        if reasons:
            row(tr("batch.tally_reasons", lang), None, strong=True)
            for level, reason, n in reasons:
                row(f"{tr(f'level.{level}', lang)}: {reason}", n)
        if rested:
            row(tr("batch.tally_assumptions", lang), None, strong=True)
            for text, n in rested:
                row(text, n)
        chart = BarChart()
        chart.type = "bar"
        chart.title = tr("batch.chart_title", lang)
        chart.legend = None
        data = Reference(ws, min_col=2, min_row=first_chart_row, max_row=last_chart_row)
        labels = Reference(ws, min_col=1, min_row=first_chart_row, max_row=last_chart_row)
        chart.add_data(data, titles_from_data=False)
        chart.set_categories(labels)
        chart.y_axis.title = tr("batch.chart_axis", lang)
        ws.add_chart(chart, "D2")


def _cells_wide(text: str) -> int:
    """Roughly how many columns a text takes (a Chinese character takes two)."""
    return sum(2 if ord(c) > 0x2E80 else 1 for c in text[:60])


__all__ = ["Tally", "Writer", "atomic_output", "header", "same_file", "shown"]
