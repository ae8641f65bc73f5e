"""Screening a spreadsheet of applicants: one result per input row, nothing lost.

The rows go through the same engine and ruleset as ``mediaops check``. This
module is the library half of ``mediaops batch``:

* :class:`ColumnMap` recognises the header (English or Chinese names, any
  order); unknown columns are kept and passed through;
* :class:`Screener` turns one row into an :class:`Outcome` (the verdicts and
  their output cells or JSON report, or an error naming the column and why),
  which :func:`csv_row` and :func:`json_line` format with the row's own cells;
* readers stream CSV (UTF-8, UTF-8 with BOM, GB18030/GBK, detected as the
  file is read), JSON Lines and ``.xlsx``; writers produce the same three and
  never leave a half-written file (:func:`atomic_output`).

Rows with the same facts give the same outcome, so the screener remembers it
on the fact cells (bounded, cleared whole): spreadsheets repeat profiles
often, and a repeated row then costs only its reading and writing.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import json
import os
import re
import sys
import tempfile
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import IO, Any, NamedTuple

from .engine import Evaluator, Facts, prepare, prepare_facts
from .messages import Lang, Msg, tr
from .models import (
    Certificate,
    InputError,
    WorkPeriod,
    check_consistency,
    parse_bool,
    parse_cert,
    parse_date,
    parse_education,
    parse_level,
    parse_major,
    parse_period,
    parse_years,
)
from .report import Decision, LevelResult, Report, Verdict
from .report_json import ReportJson, json_text
from .rules import Ruleset

#: The recognised columns and the header names that mean them (compared after
#: lower-casing and removing spaces, underscores and hyphens).
COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("id", "编号", "序号", "姓名", "name"),  # in order of preference
    "education": ("education", "学历", "學歷", "最高学历"),
    "major": ("major", "专业相关性", "專業相關性", "专业", "專業"),
    "graduating": ("graduating", "应届", "應屆", "在校应届毕业生", "在校應屆畢業生"),
    "experience": ("experience", "工作年限", "从业年限", "從業年限", "years"),
    "training": ("training", "trainings", "培训", "培訓"),
    "certs": ("certs", "certificates", "cert", "证书", "證書"),
    "years_after_cert": ("years_after_cert", "取证后年限", "取證後年限"),
    "as_of": ("as_of", "评估日期", "評估日期"),
    "work": ("work", "work_history", "工作经历", "工作經歷"),
}
COLUMN_LABELS = {c: c for c in COLUMNS}
#: The facts of a row, in the order used for its memo key.
FACT_COLUMNS = tuple(c for c in COLUMNS if c != "id")
OUTPUT_COLUMNS = (
    "line",
    "id",
    "level_4",
    "level_3",
    "level_2",
    "level_1",
    "highest_eligible",
    "summary",
    "error",
)
FORMATS = ("csv", "jsonl", "xlsx")
_SPLIT = re.compile(r"\s*[;；、,，]\s*")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _norm_header(text: str) -> str:
    return re.sub(r"[\s_\-]+", "", str(text).strip().lstrip("\ufeff").lower())


_HEADER_LOOKUP = {_norm_header(name): col for col, names in COLUMNS.items() for name in names}


class BatchError(Exception):
    """An input that cannot be used at all (exit 2): the message says why."""

    def __init__(self, msg: Msg) -> None:
        super().__init__(msg.format("en"))
        self.msg = msg


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """Which input column holds which fact, and which are passed through."""

    header: tuple[str, ...]
    index: dict[str, int]
    passthrough: tuple[int, ...]

    @classmethod
    def from_header(cls, header: Iterable[Any]) -> ColumnMap:
        """Recognise a header row.

        Raises:
            BatchError: no column is recognised (no header, or not a screening list).
        """
        names = tuple("" if h is None else str(h) for h in header)
        index: dict[str, int] = {}
        rank: dict[str, int] = {}
        for i, name in enumerate(names):
            key = _norm_header(name)
            col = _HEADER_LOOKUP.get(key)
            if col is None:
                continue
            # of two columns naming the same fact, the earlier alias wins
            # (编号 is the id, 姓名 then passes through, whatever their order)
            preference = [_norm_header(n) for n in COLUMNS[col]].index(key)
            if col in index and col != "id":
                # two columns for one fact: which one counts is anybody's guess
                both = f"{names[index[col]]}, {name}"
                raise BatchError(Msg.of("batch.duplicate_column", column=col, headers=both))
            if col not in index or preference < rank[col]:
                index[col], rank[col] = i, preference
        taken = set(index.values())
        passthrough = [i for i in range(len(names)) if i not in taken]
        if not set(index) - {"id"}:
            accepted = ", ".join(f"{c} ({'/'.join(n[1:3])})" for c, n in COLUMNS.items())
            raise BatchError(
                Msg.of("batch.no_columns", header=", ".join(names)[:200], accepted=accepted)
            )
        return cls(names, index, tuple(passthrough))

    @property
    def passthrough_names(self) -> list[str]:
        """The header names of the passed-through columns."""
        return [self.header[i] or f"column_{i + 1}" for i in self.passthrough]


class _RowError(Exception):
    """A row that cannot be read, with the message already in the user's language."""


#: InputError fields raised across cells (engine, consistency checks) → batch column
_ERROR_FIELDS = {
    "cert": "certs",
    "certificates": "certs",
    "years_after_cert": "years_after_cert",
    "work": "work",
    "work_history": "work",
    "experience": "experience",
}


class _Verdicts(NamedTuple):
    """What one combination of level decisions says (see ``Screener._verdicts``)."""

    decisions: tuple[Decision, ...]
    statuses: tuple[str, ...]
    highest: int | None
    #: the first level not held: what the summary speaks of when none is eligible
    waiting: int | None
    #: the outcome, when the verdicts alone make it (a level eligible, or every level held)
    outcome: Outcome | None


class Outcome(NamedTuple):
    """What a row's facts come to: shared by every row with the same facts.

    Attributes:
        verdicts: the level statuses in the order 4, 3, 2, 1 (None for an error row).
        highest: the highest eligible level, or None.
        error: why the row could not be read, or None.
        cells: the level, highest, summary and error cells (CSV, xlsx), formula-safe.
        body: the report as compact JSON (UTF-8) in pieces, without the braces
            around its members (JSON Lines output: a line puts the row's own
            keys beside them).
        csv: ``cells`` as a piece of a CSV line (see :func:`csv_text`).
    """

    verdicts: tuple[str, ...] | None
    highest: int | None
    error: str | None
    cells: tuple[str, ...]
    body: tuple[bytes, ...]
    csv: str = ""


def _cell(value: Any) -> str:
    """A spreadsheet cell as the text a person typed (numbers without a spurious .0)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _levels(text: str, field: str) -> frozenset[int]:
    return frozenset(parse_level(t, field) for t in _SPLIT.split(text) if t)


def _certs(text: str, field: str) -> tuple[Certificate, ...]:
    text = re.sub(r"\s*[:：]\s*", ":", text)
    return tuple(parse_cert(c, field) for c in _SPLIT.split(text) if c)


def _periods(text: str, field: str) -> tuple[WorkPeriod, ...]:
    return tuple(parse_period(p, field) for p in _SPLIT.split(text) if p)


#: How each recognised column's cell is read (the same parsers as the flags).
CELL_PARSERS: dict[str, Callable[[str, str], Any]] = {
    "education": parse_education,
    "major": parse_major,
    "graduating": parse_bool,
    "experience": parse_years,
    "training": _levels,
    "certs": _certs,
    "years_after_cert": parse_years,
    "as_of": parse_date,
    "work": _periods,
}
_UNSEEN: Any = object()  # a cell text not read yet
#: The value of an empty cell: unknown (a single fact) or none (a list), as in SPEC §1.
_EMPTY: dict[str, Any] = {"graduating": False, "training": frozenset(), "certs": (), "work": ()}


class CellReader:
    """Reads the fact cells of a row, remembering each distinct cell's value.

    A column of a screening list holds few distinct texts (大专, 本科, 3, 2.5 …),
    so each is parsed once (a column's memory is emptied past ``max_entries``).
    Values are immutable; errors are not remembered.
    """

    def __init__(self, names: dict[str, str] | None = None, max_entries: int = 20_000) -> None:
        self.labels = dict(COLUMN_LABELS, **(names or {}))
        self.max_entries = max_entries
        self._seen: list[dict[str, Any]] = [{"": _EMPTY.get(c)} for c in FACT_COLUMNS]

    def __call__(self, cells: tuple[str, ...]) -> list[Any]:
        """The values of a row's fact cells (in :data:`FACT_COLUMNS` order, as read).

        Raises:
            InputError: a cell cannot be read; the message names the column as written.
        """
        seen = self._seen
        if len(cells) != len(seen):
            raise ValueError(f"expected {len(seen)} fact cells, got {len(cells)}")
        # (indexed rather than zipped: this runs for every distinct row)
        values = [seen[i].get(cells[i], _UNSEEN) for i in range(len(seen))]
        if _UNSEEN in values:
            values = [
                self._read(i, cells[i]) if values[i] is _UNSEEN else values[i]
                for i in range(len(seen))
            ]
        return values

    def _read(self, i: int, text: str) -> Any:
        column = FACT_COLUMNS[i]
        stripped = text.strip()
        value = (
            CELL_PARSERS[column](stripped, self.labels[column]) if stripped else _EMPTY.get(column)
        )
        seen = self._seen[i]
        if len(seen) >= self.max_entries:
            seen.clear()
            seen[""] = _EMPTY.get(column)
        seen[text] = value
        return value


def _raw_cell(value: Any) -> str:
    """A passed-through cell exactly as it was (only spreadsheet types become text)."""
    if isinstance(value, str):
        return value
    return _cell(value)


def parse_facts(cells: tuple[str, ...], default_as_of: date, read: CellReader) -> Facts:
    """The engine's facts from the fact cells of one row (:data:`FACT_COLUMNS` order).

    An empty cell is unknown (a single fact) or none (a list), as in SPEC §1.
    The cells go through the same parsers and checks as ``check``'s flags.

    Raises:
        InputError: a cell that cannot be read, naming its column as written,
            or facts that contradict each other.
    """
    education, major, graduating, experience, trainings, certs, after, as_of, work = read(cells)
    if after is not None:
        if not certs:
            raise InputError(read.labels["years_after_cert"], Msg.of("err.after_without_cert"))
        top = min(certs, key=lambda c: c.level)
        certs = tuple(
            Certificate.model_construct(level=c.level, date=c.date, years_after=after)
            if c is top
            else c
            for c in certs
        )
    if len(certs) > 1:  # two of one level (the rest is checked with the dates)
        check_consistency(certs, experience)
    return prepare_facts(
        as_of or default_as_of,
        education=education,
        major=major,
        graduating=graduating,
        experience=experience,
        work_history=work,
        trainings=trainings,
        certificates=certs,
    )


def summary(report: Report, lang: Lang) -> str:
    """One line for the ``summary`` column: what the candidate may apply for, or what is next."""
    lv = next((lv for lv in report.levels if lv.status is not Verdict.held), None)
    if lv is None or report.eligible_levels:
        return summary_of_verdicts([lv.decision for lv in report.levels], lang)
    return shortfall_text(lv, lang) + reachable_text(lv, lang)


def shortfall_text(lv: LevelResult, lang: Lang) -> str:
    """:func:`summary` of a level not reached, up to the date it may be: what it lacks."""
    missing = "; ".join(m.format(lang) for m in lv.missing)
    if lv.blocked_by:
        missing = tr("table.blocked", lang, clause="、".join(lv.blocked_by))
    key = "batch.summary_undetermined" if lv.status is Verdict.undetermined else "batch.summary_not"
    return tr(key, lang, level=Msg.of(f"level.{lv.level}"), missing=missing)


def reachable_text(lv: LevelResult, lang: Lang) -> str:
    """The end of :func:`summary` of a level not reached: from when, if time alone reaches it."""
    if lv.reachable_on is None:
        return ""
    return tr("batch.summary_from", lang, date=lv.reachable_on.isoformat())


def summary_of_verdicts(decisions: Sequence[Decision], lang: Lang) -> str:
    """:func:`summary` where the verdicts alone say it: levels eligible, or every level held."""
    eligible = [d for d in decisions if d.status is Verdict.eligible]
    if not eligible:
        return tr("batch.summary_all_held", lang)
    parts = [
        f"{tr(f'level.{d.level}', lang)}({'、'.join(d.qualifying_pathways)})" for d in eligible
    ]
    return tr("batch.summary_eligible", lang, levels="、".join(parts))


def error_cells(error: str) -> tuple[str, ...]:
    """The level, highest, summary and error cells of a row that could not be read."""
    return ("", "", "", "", "", "", safe_cell(error))


def safe_cell(value: str) -> str:
    """A cell a spreadsheet will show as text, never run as a formula (OWASP CSV injection)."""
    if value and value.startswith(_FORMULA_START):
        return "'" + value
    return value


class Screener:
    """Screens rows against one ruleset, in one language, with a default evaluation date.

    Rows with the same fact cells come to the same :class:`Outcome`, which is
    remembered (bounded, emptied whole): spreadsheets repeat profiles often,
    and a repeated row then costs only its reading and writing.
    """

    def __init__(
        self,
        ruleset: Ruleset,
        *,
        as_of: date,
        lang: Lang,
        json: bool = False,
        max_memo: int | None = None,
    ) -> None:
        """Args: ``json`` formats results as JSON lines (full reports) instead of CSV cells."""
        self.evaluator = Evaluator(ruleset)
        self.json = json
        self._reports = ReportJson(self.evaluator, lang)
        self.read = CellReader()
        self.as_of = as_of
        self.lang = lang
        # (a JSON report is remembered as pieces, most of them shared: 50,000
        # reports hold about 50 MiB of their own)
        self.max_memo = max_memo or 50_000
        self._memo: dict[Hashable, Outcome] = {}
        self._by_decisions: dict[int, _Verdicts] = {}

    def use_header(self, columns: ColumnMap | None) -> None:
        """Name columns in error messages as the input's header writes them."""
        if columns is not None:
            self.read = CellReader({col: columns.header[i] for col, i in columns.index.items()})

    def screen(self, row: Row) -> Outcome:
        """What one row comes to: its verdicts and output cells, or why it cannot be read."""
        if row.error is not None:
            error = row.error if isinstance(row.error, str) else row.error.format(self.lang)
            return self._error(error)
        key: Hashable = row.cells
        if row.document is not None:
            key = ("\0json", json.dumps(row.document, sort_keys=True, default=str))
        out = self._memo.get(key)
        if out is None:
            if len(self._memo) >= self.max_memo:
                self._memo.clear()
            out = self._memo[key] = self._outcome(row)
        return out

    def facts(self, row: Row) -> Facts:
        """The engine's facts for one row (what ``mediaops check`` would be given).

        Raises:
            InputError: a cell cannot be read, or the facts contradict each other.
            _RowError: a JSON Lines object does not have the candidate schema.
        """
        if row.document is None:
            return parse_facts(row.cells, self.as_of, self.read)
        from pydantic import ValidationError

        from .models import CandidateDocument, describe_validation_error

        try:
            doc = CandidateDocument.model_validate(row.document)
        except ValidationError as exc:
            raise _RowError(describe_validation_error(exc, self.lang)) from None
        return prepare(doc.candidate(), doc.as_of or self.as_of)

    def _outcome(self, row: Row) -> Outcome:
        lang = self.lang
        evaluator = self.evaluator
        try:
            facts = self.facts(row)
            decisions = evaluator.decide(facts)
        except InputError as exc:
            return self._error(self._relabel(exc).format(lang))
        except _RowError as exc:
            return self._error(str(exc))
        verdicts = self._verdicts(decisions)
        if self.json:
            body = self._reports.pieces(evaluator.report(facts, decisions))
            return Outcome(verdicts.statuses, verdicts.highest, None, (), body)
        if verdicts.outcome is not None:
            return verdicts.outcome
        # short of eligibility, the summary speaks of what the first level not
        # held lacks (one text per what that depends on) and, if time alone
        # reaches it, from when (a date for each row, as a rule)
        waiting = verdicts.waiting
        assert waiting is not None  # else the verdicts alone would say it
        decision = decisions[waiting]
        key = ("summary", lang, evaluator.shortfall_key(facts, decision, waiting, with_date=False))
        text = evaluator.remember(
            key, lambda: shortfall_text(evaluator.level(facts, decision, waiting), lang)
        )
        if decision.timely:
            text += reachable_text(evaluator.level(facts, decision, waiting), lang)
        cells = (*verdicts.statuses, "", safe_cell(text), "")
        return Outcome(verdicts.statuses, None, None, cells, (), csv_text(cells))

    def _verdicts(self, decisions: tuple[Decision, ...]) -> _Verdicts:
        """What a combination of decisions says, worked out once per combination."""
        found = self._by_decisions.get(id(decisions))
        if found is not None and found.decisions is decisions:
            return found
        statuses = tuple(d.status.value for d in decisions)
        eligible = [d.level for d in decisions if d.status is Verdict.eligible]
        highest = min(eligible) if eligible else None
        waiting = next((i for i, d in enumerate(decisions) if d.status is not Verdict.held), None)
        outcome = None
        if eligible or waiting is None:  # the verdicts alone say it all
            text = summary_of_verdicts(decisions, self.lang)
            cells = (*statuses, "" if highest is None else str(highest), safe_cell(text), "")
            outcome = Outcome(statuses, highest, None, cells, (), csv_text(cells))
        if len(self._by_decisions) >= self.max_memo:
            self._by_decisions.clear()
        found = self._by_decisions[id(decisions)] = _Verdicts(
            decisions, statuses, highest, waiting, outcome
        )
        return found

    def _error(self, error: str) -> Outcome:
        body = (_compact({"error": error})[1:-1],) if self.json else ()
        cells = error_cells(error)
        return Outcome(None, None, error, cells, body, csv_text(cells))

    def _relabel(self, exc: InputError) -> Msg:
        """An error about a row, naming its column as the header wrote it.

        Errors found across fields (by the engine, or comparing two cells) name
        a fact, or a ``check`` flag; here they name the column instead.
        """
        column = _ERROR_FIELDS.get(exc.field)
        if column is None:
            return exc.msg  # a cell's own error: it names the column already
        label = self.read.labels[column]
        params = dict(exc.msg.params)
        if "field" in params:
            params["field"] = label
            return Msg.of(exc.msg.key, **params)
        return Msg.of("batch.error", column=label, detail=exc.msg)


# --- reading -----------------------------------------------------------------------


@dataclass(slots=True)
class Row:
    """One input row: its line number, id, fact cells and passed-through cells.

    Attributes:
        line: the input line (CSV, JSON Lines) or row (xlsx) number.
        id: the ``id`` cell, echoed.
        cells: the fact cells in :data:`FACT_COLUMNS` order, as read ("" where absent).
        passthrough: passed-through cells, as text (CSV, xlsx), or extra keys (JSON Lines).
        error: why the row cannot be screened at all, or None.
        document: a JSON Lines row: the candidate object itself.
    """

    line: int
    id: str
    cells: tuple[str, ...]
    passthrough: list[str] | dict[str, Any]
    error: str | Msg | None = None
    document: dict[str, Any] | None = None


def detect_format(path: str, override: str | None, option: str = "--input-format") -> str:
    """``csv``, ``jsonl`` or ``xlsx`` from an option (``--input-format``) or the file's extension."""
    if override:
        fmt = override.strip().lower().lstrip(".")
        fmt = {"ndjson": "jsonl", "json": "jsonl", "xls": "xlsx"}.get(fmt, fmt)
        if fmt not in FORMATS:
            raise BatchError(
                Msg.of("err.value", field=option, value=override, accepted=", ".join(FORMATS))
            )
        return fmt
    suffix = Path(path).suffix.lower()
    found = {".csv": "csv", ".txt": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl",
           ".json": "jsonl", ".xlsx": "xlsx", ".xlsm": "xlsx"}.get(suffix)  # fmt: skip
    if found is None:
        accepted = ", ".join(FORMATS)
        raise BatchError(
            Msg.of("batch.unknown_format", path=path, option=option, accepted=accepted)
        )
    return found


#: Bytes read at a time: large enough to decode at C speed, small enough to stream.
CHUNK = 1 << 20
#: Non-ASCII bytes that must decode as UTF-8 before a file is taken to be UTF-8
#: (a GBK name such as 郑伟 can be valid UTF-8 by chance; a page of text cannot).
EVIDENCE = 4096
#: Past this many bytes held back while deciding, decide with what was seen.
HOLD_LIMIT = 8 << 20
_NON_ASCII = bytes(range(128))


def decoded_lines(raw: IO[bytes], encoding: str | None) -> Iterator[str]:
    """The lines of a byte stream as text, each with its line end.

    Line ends may be ``\\r\\n``, ``\\n`` or a bare ``\\r`` (old Mac files).
    Without ``encoding`` the encoding is detected (see :func:`_detect`);
    memory stays flat however long the input is.

    Raises:
        BatchError: the bytes are not in the encoding given (or detected).
    """
    pieces = _decode(raw, encoding) if encoding else _detect(raw)
    carry = ""
    for piece in pieces:
        # split as a file opened with newline="" reads: at \r\n, \n or \r, the
        # ends kept, so that the csv module sees a \r inside a quoted cell as it is
        lines = io.StringIO(carry + piece, newline="").readlines()
        # the last line may go on in the next read (a \r\n may straddle two)
        carry = lines.pop() if lines and not lines[-1].endswith("\n") else ""
        yield from lines
    if carry:
        yield carry


def _decode(raw: IO[bytes], encoding: str, head: bytes = b"") -> Iterator[str]:
    """Decode the rest of a stream in ``encoding`` (after ``head``, already read)."""
    try:
        decoder = codecs.getincrementaldecoder(encoding)()
    except LookupError:
        accepted = "utf-8, utf-8-sig, gb18030, gbk"
        raise BatchError(
            Msg.of("err.value", field="--encoding", value=encoding, accepted=accepted)
        ) from None
    bom = True  # a BOM may open the text whatever the encoding named
    reads = ((chunk, False) for chunk in iter(lambda: raw.read(CHUNK), b""))
    # streamed: the head already read, each read as it comes, then the end
    for chunk, final in itertools.chain([(head, False)], reads, [(b"", True)]):
        try:
            text = decoder.decode(chunk, final)
        except UnicodeDecodeError as exc:
            raise BatchError(Msg.of("batch.encoding", encoding=encoding, detail=str(exc))) from None
        if bom and text:
            text = text.removeprefix("\ufeff")
            bom = False
        if text:
            yield text


def _detect(raw: IO[bytes]) -> Iterator[str]:
    """Decode a stream as UTF-8 (with or without BOM) or GB18030, whichever it is.

    ASCII reads alike in both, so it is passed on as it comes. From the first
    non-ASCII byte on, the bytes are held back until they settle it: invalid
    UTF-8 means GB18030 (a superset of GBK and GB2312, what Chinese Excel
    writes as plain "CSV"); :data:`EVIDENCE` non-ASCII bytes of valid UTF-8
    (or the end of the input) mean UTF-8. A file whose first Chinese character
    is on its 50,000th row is read right without reading it twice.
    """
    held = b""
    first = True
    while True:
        chunk = raw.read(CHUNK)
        if first and chunk.startswith(codecs.BOM_UTF8):
            yield from _decode(raw, "utf-8-sig", chunk)
            return
        first = False
        if not held and chunk.isascii():
            if not chunk:
                return
            yield chunk.decode("ascii")
            continue
        held += chunk
        try:
            codecs.utf_8_decode(held, "strict", not chunk)
        except UnicodeDecodeError:
            yield from _decode(raw, "gb18030", held)
            return
        settled = len(held.translate(None, _NON_ASCII)) >= EVIDENCE
        if settled or not chunk or len(held) >= HOLD_LIMIT:
            yield from _decode(raw, "utf-8", held)
            return


def _bad_csv(reader: Any, exc: csv.Error) -> BatchError:
    """The CSV cannot be parsed at all (the csv module's own error, at its line)."""
    return BatchError(Msg.of("batch.bad_csv", line=reader.line_num, detail=str(exc)))


#: The keys of a candidate object (``check --input``); others pass through.
_DOCUMENT_KEYS = frozenset(
    {"education", "major", "graduating", "experience", "work_history", "trainings",
     "certificates", "as_of"}
)  # fmt: skip


def _jsonl_rows(lines: Iterator[str]) -> Iterator[Row]:
    """Rows from JSON Lines: each line a candidate object, read as ``check --input`` reads it."""
    for line, text in enumerate(lines, 1):
        if not text.strip():
            continue  # a blank line holds no applicant
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            yield Row(line, "", (), {}, Msg.of("batch.bad_json", detail=exc.msg, column=exc.colno))
            continue
        if not isinstance(obj, dict):
            yield Row(line, "", (), {}, Msg.of("batch.not_object"))
            continue
        ident = obj.get("id")
        document = {k: v for k, v in obj.items() if k in _DOCUMENT_KEYS}
        extra = {k: v for k, v in obj.items() if k not in _DOCUMENT_KEYS and k != "id"}
        yield Row(line, "" if ident is None else _cell(ident), (), extra, None, document)


def open_input(
    source: str,
    fmt: str,
    *,
    encoding: str | None = None,
    sheet: str | None = None,
    stdin: IO[bytes] | None = None,
) -> tuple[ColumnMap | None, Iterator[Row], Callable[[], Any]]:
    """Open ``source`` (``-`` = stdin) and return its header, its rows and a closer.

    For JSON Lines there is no header (``None``).

    Raises:
        BatchError: the file cannot be opened or has no usable header.
    """
    if fmt == "xlsx":
        return _open_xlsx(source, sheet)
    try:
        raw: IO[bytes] = (stdin or sys.stdin.buffer) if source == "-" else open(source, "rb")  # noqa: SIM115
    except OSError as exc:
        raise BatchError(
            Msg.of("batch.cannot_open", path=source, detail=exc.strerror or str(exc))
        ) from None
    close = raw.close if source != "-" else (lambda: None)
    lines = decoded_lines(raw, encoding)
    if fmt == "jsonl":
        return None, _jsonl_rows(lines), close
    reader = csv.reader(lines)
    try:
        try:
            header = next(reader, None)
        except csv.Error as exc:
            raise _bad_csv(reader, exc) from None
        if header is None:
            raise BatchError(Msg.of("batch.empty"))
        columns = ColumnMap.from_header(header)
    except BaseException:
        close()  # an unusable input is closed before saying why
        raise
    return columns, _csv_rows(columns, reader), close


def _picker(indices: Iterable[int]) -> Callable[[list[Any]], tuple[Any, ...]]:
    """``lambda cells: tuple(cells[i] for i in indices)``, at C speed."""
    indices = tuple(indices)
    if len(indices) > 1:
        return itemgetter(*indices)
    if indices:
        (i,) = indices
        return lambda cells: (cells[i],)
    return lambda cells: ()


def _csv_rows(columns: ColumnMap, reader: Any) -> Iterator[Row]:
    """The rows after the header, each with the physical line its record starts on.

    Raises:
        BatchError: the CSV cannot be parsed at all.
    """
    width = len(columns.header)
    # a column the header lacks reads the empty cell appended at index `width`
    facts = _picker(columns.index.get(c, width) for c in FACT_COLUMNS)
    ident = columns.index.get("id", width)
    passthrough = _picker(columns.passthrough)
    blank = [""]
    last = reader.line_num  # the header's last line
    try:
        for cells in reader:
            line, last = last + 1, reader.line_num
            if not "".join(cells).strip():
                continue  # a blank line (or Excel's ",,,") holds no applicant
            n = len(cells)
            error = None
            if n > width:
                if "".join(cells[width:]).strip():
                    # more cells than the header names: where they belong is a
                    # guess, so the row is reported (with the cells), not screened
                    extra = cells[width:]
                    error = Msg.of("batch.too_many_cells", cells=n, width=width, extra=extra)
                del cells[width:]
            cells += blank * (width + 1 - n) if n < width else blank
            yield Row(line, cells[ident].strip(), facts(cells), list(passthrough(cells)), error)
    except csv.Error as exc:
        raise _bad_csv(reader, exc) from None


def _open_xlsx(
    source: str, sheet: str | None
) -> tuple[ColumnMap, Iterator[Row], Callable[[], Any]]:
    try:
        import openpyxl
    except ImportError:  # pragma: no cover - openpyxl is a declared extra
        raise BatchError(Msg.of("batch.needs_openpyxl")) from None
    try:
        book = openpyxl.load_workbook(source, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a bad file
        raise BatchError(
            Msg.of("batch.cannot_open", path=source, detail=str(exc) or type(exc).__name__)
        ) from None
    if sheet is not None and sheet not in book.sheetnames:
        book.close()
        raise BatchError(
            Msg.of("err.value", field="--sheet", value=sheet, accepted=", ".join(book.sheetnames))
        )
    ws = book[sheet] if sheet is not None else book.worksheets[0]
    records = ((n, list(cells)) for n, cells in enumerate(ws.iter_rows(values_only=True), 1))
    first = next(records, None)
    if first is None:
        book.close()
        raise BatchError(Msg.of("batch.empty"))
    columns = ColumnMap.from_header(first[1])

    def rows() -> Iterator[Row]:
        width = len(columns.header)
        facts = [columns.index.get(c) for c in FACT_COLUMNS]
        ident = columns.index.get("id")
        for line, cells in records:
            if not any(_cell(c) for c in cells):
                continue
            if len(cells) < width:
                cells = [*cells, *([None] * (width - len(cells)))]
            surplus = [_cell(c) for c in cells[width:] if _cell(c)]
            error = (
                Msg.of("batch.too_many_cells", cells=len(cells), width=width, extra=surplus)
                if surplus
                else None
            )
            yield Row(
                line,
                "" if ident is None else _cell(cells[ident]),
                tuple("" if i is None else _cell(cells[i]) for i in facts),
                [_raw_cell(cells[i]) for i in columns.passthrough],
                error,
            )

    return columns, rows(), book.close


# --- writing -----------------------------------------------------------------------


def same_file(source: str, output: str) -> bool:
    """Whether writing ``output`` would overwrite ``source``: the same path, a symlink
    to it, or a hard link (the same file on disk). ``-`` is never a file here."""
    if source == "-" or output == "-":
        return False
    try:
        return os.path.samefile(source, output)
    except OSError:  # one of them does not exist (yet): not the same file
        return os.path.abspath(source) == os.path.abspath(output)


@contextmanager
def atomic_output(path: str) -> Iterator[Path]:
    """A temporary path beside ``path``, renamed onto it only if the block completes.

    An interrupted run (an exception, Ctrl-C) removes the temporary file and
    leaves any earlier ``path`` untouched. A path that is not a regular file
    (``/dev/null``, a named pipe) is written as it is: renaming onto it would
    replace the device or pipe with a file.
    """
    target = Path(path)
    if target.is_dir():
        raise BatchError(Msg.of("batch.cannot_write", path=path, detail="it is a directory"))
    if target.exists() and not target.is_file():
        yield target
        return
    try:
        fd, tmp = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or "."
        )
    except OSError as exc:
        detail = exc.strerror or str(exc)
        raise BatchError(Msg.of("batch.cannot_write", path=path, detail=detail)) from None
    os.close(fd)
    try:
        yield Path(tmp)
        # mkstemp makes the file private (0600); give it the mode a plain open()
        # would: the earlier file's, or what the umask allows
        try:
            mode = target.stat().st_mode & 0o777
        except FileNotFoundError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@dataclass(slots=True)
class Tally:
    """What a run did: rows read, errors, and rows by highest eligible level."""

    rows: int = 0
    errors: int = 0
    undetermined: int = 0
    none_eligible: int = 0
    by_highest: dict[int, int] = field(default_factory=lambda: {4: 0, 3: 0, 2: 0, 1: 0})

    def add(self, out: Outcome) -> None:
        """Count one row's outcome."""
        self.rows += 1
        if out.verdicts is None:
            self.errors += 1
        elif out.highest is not None:
            self.by_highest[out.highest] += 1
        elif Verdict.undetermined.value in out.verdicts:
            self.undetermined += 1
        else:
            self.none_eligible += 1

    def merge(self, other: Tally) -> None:
        """Add another tally's counts to this one."""
        self.rows += other.rows
        self.errors += other.errors
        self.undetermined += other.undetermined
        self.none_eligible += other.none_eligible
        for level, n in other.by_highest.items():
            self.by_highest[level] += n


def output_format(path: str, override: str | None) -> str:
    """``csv``, ``jsonl`` or ``xlsx`` from ``--format`` or the output file's extension."""
    if override is None and path == "-":
        return "csv"
    return detect_format(path, override, option="--format")


def csv_row(row: Row, out: Outcome) -> list[Any]:
    """The output CSV/xlsx cells of one row, formula-safe.

    Passed-through cells follow; a JSON Lines input's extra keys become one
    cell holding them as JSON.
    """
    return [row.line, safe_cell(row.id), *out.cells, *_passed_through(row)]


def _passed_through(row: Row) -> list[str]:
    extra = row.passthrough
    if isinstance(extra, dict):  # JSON Lines: one "columns" cell
        return [safe_cell(json.dumps(extra, ensure_ascii=False)) if extra else ""]
    return [safe_cell(v) for v in extra]


def csv_field(value: str) -> str:
    """A cell as ``csv.writer`` (the excel dialect) writes it.

    Quoted, its quotes doubled, when it holds a quote, a comma or a line break.
    """
    if '"' in value:
        return '"' + value.replace('"', '""') + '"'
    if "," in value or "\n" in value or "\r" in value:
        return '"' + value + '"'
    return value


def csv_text(cells: Iterable[str]) -> str:
    """Cells as ``csv.writer`` joins them in a line (without the line's end)."""
    return ",".join(map(csv_field, cells))


def csv_line(row: Row, out: Outcome) -> str:
    """The output CSV line of one row: :func:`csv_row` as ``csv.writer`` writes it.

    The outcome's cells are joined once per outcome (``Outcome.csv``), the
    row's own cells each time; ``tests/test_batch_properties.py`` compares
    the line with ``csv.writer``'s.
    """
    tail = _passed_through(row)
    own = f"{row.line},{csv_field(safe_cell(row.id))},{out.csv}"
    return f"{own},{csv_text(tail)}\r\n" if tail else own + "\r\n"


_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _compact(value: Any) -> bytes:
    return _COMPACT.encode(value).encode()


@lru_cache(maxsize=16)
def _json_keys(names: tuple[str, ...]) -> tuple[str, ...] | None:
    """Column names as JSON object keys (None if two are the same: a dict keeps one)."""
    if len(set(names)) < len(names):
        return None
    return tuple(json_text(name) + ":" for name in names)


def _columns_json(extra: list[str] | dict[str, Any], names: list[str]) -> bytes:
    """Passed-through cells as a compact JSON object, as ``dict(zip(names, cells))`` dumped."""
    if isinstance(extra, dict):  # a JSON Lines input's extra keys
        return _compact(extra) if extra else b""
    keys = _json_keys(tuple(names))
    if keys is None:
        columns = dict(zip(names, extra, strict=False))
        return _compact(columns) if columns else b""
    if not extra or not keys:
        return b""
    # (indexed rather than zipped with a keyword: this runs for every row)
    pairs = ",".join([keys[i] + json_text(extra[i]) for i in range(min(len(keys), len(extra)))])
    return ("{" + pairs + "}").encode()


def json_line(row: Row, out: Outcome, passthrough_names: list[str]) -> bytes:
    """The output JSON line of one row: ``line``, ``id``, then the report (or ``error``).

    Compact UTF-8, ending in a newline. Passed-through cells (or a JSON Lines
    input's extra keys) go under ``columns``.
    """
    head = f'{{"line":{row.line},"id":{json_text(row.id)},'.encode()
    columns = _columns_json(row.passthrough, passthrough_names)
    tail = b',"columns":%s}\n' % columns if columns else b"}\n"
    return b"".join((head, *out.body, tail))


def format_result(
    fmt: str, row: Row, out: Outcome, passthrough_names: list[str]
) -> list[Any] | bytes | str:
    """One row's result as output of ``fmt``: a CSV line, a JSON line (bytes), or cells (xlsx)."""
    if fmt == "jsonl":
        return json_line(row, out, passthrough_names)
    if fmt == "csv":
        return csv_line(row, out)
    return csv_row(row, out)


#: bytes gathered before each write to an output file: a list of 200,000 JSON
#: reports is over a gigabyte, and the kernel takes it in far fewer, larger
#: writes (about half its time on this machine) than in the default 8 KiB
WRITE_BUFFER = 1 << 20


class Writer:
    """Writes results as CSV (UTF-8 with BOM), JSON Lines or .xlsx to a path or stdout."""

    def __init__(self, fmt: str, stream: IO[str] | None, path: Path | None, passthrough: list[str]):
        """Write to ``stream`` (a text stream; JSON Lines go to its binary buffer) or ``path``."""
        self.fmt = fmt
        self.passthrough = passthrough
        self._book: Any = None
        self._file: IO[Any] | None = None
        if fmt == "xlsx":
            import openpyxl

            self._book = openpyxl.Workbook(write_only=True)
            self._sheet = self._book.create_sheet("mediaops")
            self._path = path
            self._sheet.append([*OUTPUT_COLUMNS, *map(safe_cell, passthrough)])
            return
        if fmt == "jsonl":  # lines are joined from UTF-8 pieces: written as bytes
            if stream is None:
                assert path is not None
                self._binary: IO[bytes] = open(path, "wb", buffering=WRITE_BUFFER)  # noqa: SIM115
                self._file = self._binary
            else:
                stream.flush()
                self._binary = stream.buffer  # type: ignore[attr-defined]
            return
        if stream is None:
            assert path is not None
            stream = self._file = open(  # noqa: SIM115
                path, "w", encoding="utf-8", newline="", buffering=WRITE_BUFFER
            )
            if fmt == "csv":
                # Excel reads Chinese CSV correctly only with a BOM (written here
                # rather than by the utf-8-sig codec, which encodes in Python)
                stream.write("\ufeff")
        self._stream = stream
        if fmt == "csv":  # lines joined here as csv.writer would (see csv_line)
            stream.write(csv_text([*OUTPUT_COLUMNS, *map(safe_cell, passthrough)]) + "\r\n")

    def format(self, row: Row, out: Outcome) -> list[Any] | bytes | str:
        """One row's result as this writer's output (see :func:`format_result`)."""
        return format_result(self.fmt, row, out, self.passthrough)

    def write(self, item: list[Any] | bytes | str) -> None:
        """Write one formatted result (see :meth:`format`)."""
        if isinstance(item, bytes):
            self._binary.write(item)
        elif isinstance(item, str):
            self._stream.write(item)
        else:
            self._sheet.append(item)

    def writer_for_rows(self) -> Callable[[Row, Outcome], Any]:
        """``lambda row, out: self.write(self.format(row, out))``, with less in between."""
        if self.fmt == "csv":
            write_text = self._stream.write
            return lambda row, out: write_text(csv_line(row, out))
        if self.fmt == "jsonl":
            write, names = self._binary.write, self.passthrough
            return lambda row, out: write(json_line(row, out, names))
        return lambda row, out: self.write(self.format(row, out))

    def close(self) -> None:
        """Finish the output (the xlsx file is written here)."""
        if self._book is not None:
            self._book.save(self._path)
        elif self._file is not None:
            self._file.close()
        elif self.fmt == "jsonl":
            self._binary.flush()
        else:
            self._stream.flush()


def screen_rows(
    rows: Iterable[Row],
    screener: Screener,
    writer: Writer,
    tally: Tally,
    *,
    jobs: int = 1,
    rules_path: str | None = None,
    chunk: int = 2000,
) -> None:
    """Screen every row in input order, writing one result per row.

    With ``jobs`` > 1 the rows are screened in that many processes, a chunk at
    a time, and written back in input order.
    """
    if jobs <= 1:
        screen, count, write = screener.screen, tally.add, writer.writer_for_rows()
        with _no_cyclic_gc():
            for row in rows:
                out = screen(row)
                count(out)
                write(row, out)
        return
    import multiprocessing

    setup = (
        rules_path,
        screener.as_of,
        screener.lang,
        screener.json,
        writer.fmt,
        writer.passthrough,
        screener.read.labels,
    )
    with multiprocessing.get_context().Pool(jobs, _init_worker, setup) as pool:
        for items, part in pool.imap(_work, _chunks(rows, chunk)):
            tally.merge(part)
            for item in items:
                writer.write(item)


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector for the length of a run.

    Screening allocates many small, acyclic objects that reference counting
    frees at once; the memos keep many long-lived ones. The cyclic collector
    would otherwise re-scan those again and again (it halves throughput). The
    few cycles a run makes (an exception's traceback per bad row) are left to
    the collector's later passes.
    """
    import gc

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            # what the run left alive (the memos) is long-lived: straight to the
            # oldest generation, rather than all scanned at the next allocation
            gc.freeze()
            gc.unfreeze()
            gc.enable()


def _chunks(rows: Iterable[Row], size: int) -> Iterator[list[Row]]:
    batch: list[Row] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


_WORKER: dict[str, Any] = {}


def _init_worker(
    rules_path: str | None,
    as_of: date,
    lang: Lang,
    as_json: bool,
    fmt: str,
    passthrough: list[str],
    labels: dict[str, str],
) -> None:
    from .rules import load_ruleset

    screener = Screener(load_ruleset(rules_path), as_of=as_of, lang=lang, json=as_json)
    screener.read = CellReader(labels)  # columns named as the header wrote them
    _WORKER["screener"] = screener
    _WORKER["format"] = (fmt, passthrough)


def _work(rows: list[Row]) -> tuple[list[list[Any] | bytes | str], Tally]:
    screener: Screener = _WORKER["screener"]
    fmt, passthrough = _WORKER["format"]
    tally = Tally()
    items: list[list[Any] | bytes | str] = []
    for row in rows:  # a worker's chunk is small: the collector may run as usual
        out = screener.screen(row)
        tally.add(out)
        items.append(format_result(fmt, row, out, passthrough))
    return items, tally
