"""Reading a list of applicants: CSV, JSON Lines and .xlsx, as they really come, within bounds.

* **Encodings** (CSV, JSON Lines): UTF-8 (with or without BOM), UTF-16 with a
  BOM, or GB18030/GBK (Chinese Excel's plain "CSV"), detected as the file is
  read, or given with ``--encoding``. A file that mixes encodings is refused
  at the first line that does not fit, naming the line and the encodings
  tried: nothing is read garbled.
* **CSV** is read strictly: a quoted field that runs to the end of the file
  or past the size of a cell (an unbalanced quote) makes one error row naming
  the line where it opened, and reading resumes on the next line; nothing is
  merged silently. Excel's blank rows (``,,,``) hold no applicant.
* **.xlsx** sheets are read without trusting their ``<dimension>`` tag, after
  the sizes in the zip directory are checked (uncompressed size, compression
  ratio) and the XML scanned for what a spreadsheet never holds (a DOCTYPE or
  entity declaration, a huge comment), so a zip bomb or an entity expansion
  is refused in seconds, with a message.

Every problem that makes the whole input unusable is a :class:`BatchError`
(exit 2); a problem with one row makes that row an error row.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import os
import posixpath
import re
import sys
import warnings
import xml.etree.ElementTree as ET
import zipfile
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import IO, Any, NamedTuple, TypeVar

from mediaops.messages import Both, Msg, os_error, shown, shown_path
from mediaops.values import key

#: Bytes read at a time.
CHUNK = 1 << 16  # 64 KiB: the progress bar moves every thousand rows or so
#: The longest line read (a file with no line ends is not a list).
MAX_LINE = 8 << 20
#: Non-ASCII bytes of valid UTF-8 that settle a file as UTF-8.
EVIDENCE = 4096
#: Bytes held back while the encoding is still undecided.
HOLD_LIMIT = 8 << 20
#: The largest cell of a CSV (the csv module's default).
MAX_CELL = 128 * 1024
#: Bounds of an .xlsx input.
MAX_XLSX_MEMBER = 1 << 30
MAX_XLSX_RATIO = 200
MAX_XML_COMMENT = 1 << 16
MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384

#: The encodings ``--encoding`` accepts (and the names they may be given by).
ENCODINGS: dict[str, str] = {
    "utf-8": "utf-8",
    "utf8": "utf-8",
    "utf-8-sig": "utf-8-sig",
    "utf8-sig": "utf-8-sig",
    "gb18030": "gb18030",
    "gbk": "gbk",
    "gb2312": "gb2312",
    "cp936": "gbk",
    "big5": "big5",
    "utf-16": "utf-16",
    "utf16": "utf-16",
    "utf-16-le": "utf-16-le",
    "utf-16le": "utf-16-le",
    "utf-16-be": "utf-16-be",
    "utf-16be": "utf-16-be",
}
FORMATS = ("csv", "jsonl", "xlsx")
#: What ``--format`` and ``--input-format`` accept, as messages list it (tsv is CSV with tabs).
FORMAT_NAMES = ("csv", "tsv", "jsonl", "xlsx")


class BatchError(Exception):
    """An input that cannot be used at all (exit 2): the message says why."""

    def __init__(self, msg: Msg) -> None:
        super().__init__(msg.format("en"))
        self.msg = msg


@dataclass(slots=True)
class Row:
    """One input row.

    Attributes:
        line: the input line (CSV: where the record starts, the header being 1;
            JSON Lines: the line; xlsx: the row).
        cells: the cells as text (CSV, xlsx); None for JSON Lines.
        values: the cells as the sheet holds them (xlsx: numbers and dates), else None.
        document: a JSON Lines row's object, else None.
        error: why the row cannot be read at all, or None.
        totals: a sheet's totals row (合计): no applicant, written through unscreened.
        footer: a line under the list (填表人:…, 注:…): no applicant, written through
            unscreened.
        outside: an .xlsx row's cells right of the header's last column (a note under no
            name), said in the row's warnings, or None.
        shared: an .xlsx row whose id is a cell merged down over other rows too (one
            person over several lines?), said in the row's warnings, or None.
        unused: a line the form had numbered in advance and nobody used: only a 序号 in
            its first cell, below 以下空白 or with no applicant after it (see
            :func:`with_unused_tail`). Written through unscreened.
    """

    line: int
    cells: list[str] | None = None
    values: list[Any] | None = None
    document: dict[str, Any] | None = None
    error: Msg | None = None
    totals: bool = False
    footer: bool = False
    outside: Msg | None = None
    shared: Msg | None = None
    unused: bool = False


#: The formats the extensions of a file's name say (a .tsv is CSV with tabs, as is a .txt).
SUFFIX_FORMATS = {
    ".csv": "csv",
    ".txt": "csv",
    ".tsv": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
}


def named_format(override: str) -> str:
    """The format an option names, as :data:`FORMATS` spells it (``ndjson``: ``jsonl``;
    ``tsv``: ``csv``, with tabs), or as typed where it names none."""
    fmt = override.strip().lower().lstrip(".")
    return {"ndjson": "jsonl", "json": "jsonl", "xls": "xlsx", "txt": "csv", "tsv": "csv"}.get(
        fmt, fmt
    )


def detect_format(path: str, override: str | None, option: str = "--input-format") -> str:
    """``csv``, ``jsonl`` or ``xlsx`` from an option or the file's extension."""
    if override:
        fmt = named_format(override)
        if fmt not in FORMATS:
            raise BatchError(
                Msg.of(
                    "err.value",
                    field=option,
                    value=shown(override),
                    accepted=", ".join(FORMAT_NAMES),
                )
            )
        return fmt
    suffix = Path(path).suffix.lower()
    found = SUFFIX_FORMATS.get(suffix)
    if found is None and suffix in (".xls", ".et", ".wps"):
        # Excel 97-2003 or WPS's own format: openpyxl reads neither
        raise BatchError(Msg.of("batch.old_excel", path=shown(path)))
    if found is None:
        raise BatchError(
            Msg.of(
                "batch.unknown_format",
                path=shown(path),
                option=option,
                accepted=", ".join(FORMAT_NAMES),
            )
        )
    return found


# --- bytes to lines ----------------------------------------------------------------------


class _Source:
    """A byte stream read in chunks, counting what was read (for the progress bar)."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.done = 0
        self._pending: list[bytes] = []

    def unread(self, chunk: bytes) -> None:
        """Give back a chunk: the next read returns it first."""
        self._pending.append(chunk)

    def read(self) -> bytes:
        if self._pending:
            return self._pending.pop()
        chunk = self.raw.read(CHUNK)
        self.done += len(chunk)
        return chunk


def _line_chunks(source: _Source) -> Iterator[list[bytes]]:
    """The stream's lines as bytes, each with its end (``\\r\\n``, ``\\n`` or a bare ``\\r``)."""
    carry = b""
    seen = 0  # lines yielded so far
    while True:
        chunk = source.read()
        if not chunk:
            break
        data = carry + chunk
        lines = data.splitlines(keepends=True)
        last = lines[-1] if lines else b""
        # the last line may go on in the next chunk (and a \r may be half of a \r\n)
        if last and (not last.endswith((b"\n", b"\r")) or last.endswith(b"\r")):
            carry = lines.pop()
        else:
            carry = b""
        if len(carry) > MAX_LINE:
            raise BatchError(
                Msg.of(
                    "batch.line_too_long", line=seen + len(lines) + 1, limit=f"{MAX_LINE >> 20} MiB"
                )
            )
        if lines:
            seen += len(lines)
            yield lines
    if carry:
        yield [carry]


class _Decoder:
    """Decides the encoding of a file from its first non-ASCII lines, then holds it to it."""

    def __init__(self, encoding: str | None) -> None:
        self.encoding = encoding
        self.given = encoding is not None  # by --encoding: a line not in it is not "mixed"
        self.line = 0

    def _mixed(self, line: int, tried: str) -> BatchError:
        return BatchError(Msg.of("batch.encoding_line", line=line, encodings=tried))

    def lines(self, chunks: Iterator[list[bytes]]) -> Iterator[str]:
        """The lines decoded, numbered as they go (``self.line``)."""
        held: list[bytes] = []
        evidence = 0
        held_size = 0
        for lines in chunks:
            for raw in lines:
                if self.encoding is None:
                    if raw.isascii():
                        if not held:
                            self.line += 1
                            yield raw.decode("ascii")
                            continue
                    else:
                        try:
                            raw.decode("utf-8")
                            evidence += len(raw.translate(None, _ASCII))
                        except UnicodeDecodeError:
                            if any(_utf8_line(h, h.decode("gb18030", "replace")) for h in held):
                                # UTF-8 text so far, and this line is not UTF-8: it is the odd one
                                line = self.line + len(held) + 1
                                raise self._mixed(line, "UTF-8, GB18030") from None
                            self.encoding = "gb18030"
                    held.append(raw)
                    held_size += len(raw)
                    if self.encoding is None and (evidence >= EVIDENCE or held_size >= HOLD_LIMIT):
                        self.encoding = "utf-8"
                    if self.encoding is not None:
                        yield from self._decode(held)
                        held = []
                    continue
                yield from self._decode([raw])
        if held:
            self.encoding = self.encoding or "utf-8"
            yield from self._decode(held)

    def _decode(self, lines: list[bytes]) -> Iterator[str]:
        encoding = self.encoding or "utf-8"
        for raw in lines:
            self.line += 1
            if self.line == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8) :]
            if raw.isascii():
                yield raw.decode("ascii")
                continue
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError:
                raise self._not_in(encoding, _tried(encoding)) from None
            if encoding == "gb18030" and _utf8_line(raw, text):
                # a UTF-8 line in a GB18030 file: reading it as GB18030 would garble it
                raise self._not_in(encoding, "GB18030, UTF-8")
            yield text

    def _not_in(self, encoding: str, tried: str) -> BatchError:
        """This line is not in the file's encoding: the one ``--encoding`` gives, or the one
        found (the file then mixes encodings)."""
        if self.given:
            return _not_in_given(self.line, encoding)
        return self._mixed(self.line, tried)


_ASCII = bytes(range(128))


def _common(text: str) -> bool:
    """Whether every character of a text is among the common ones (GB2312's 6,763 and symbols)."""
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _utf8_line(raw: bytes, as_gb18030: str) -> bool:
    """Whether a line of a GB18030 file is really UTF-8: it decodes as UTF-8 to common
    characters, and as GB18030 to rare ones (大专 in UTF-8 read as GB18030 is 澶т笓).

    GBK text is valid UTF-8 now and then by chance, but then reads as rare characters
    in UTF-8 and common ones in GB18030: it is never taken for UTF-8.
    """
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return _common(text) and not _common(as_gb18030)


def _not_in_given(line: int, encoding: str) -> BatchError:
    return BatchError(Msg.of("batch.encoding_given", line=line, encoding=encoding.upper()))


def _tried(encoding: str) -> str:
    return {"utf-8": "UTF-8, GB18030", "gb18030": "GB18030, UTF-8"}.get(encoding, encoding.upper())


def _text_lines(source: _Source, encoding: str, *, given: bool = False) -> Iterator[str]:
    """Lines of a stream in an encoding that is not ASCII-compatible (UTF-16; ``given`` by
    ``--encoding``, or found by the BOM)."""
    decoder = codecs.getincrementaldecoder(encoding)()
    carry = ""
    line = 0
    while True:
        chunk = source.read()
        try:
            text = decoder.decode(chunk, not chunk)
        except UnicodeDecodeError as exc:
            # the line of the bad bytes: those before them in this read, in the byte order found
            before = exc.object[: exc.start].decode(exc.encoding, "replace")
            at = line + carry.count("\n") + before.count("\n") + 1
            if given:
                raise _not_in_given(at, encoding) from None
            raise BatchError(
                Msg.of("batch.encoding_line", line=at, encodings=encoding.upper())
            ) from None
        lines = io.StringIO(carry + text, newline="").readlines()
        last = lines[-1] if lines else ""
        # the last line may go on in the next chunk (and a \r may be half of a \r\n)
        carry = lines.pop() if chunk and last and not last.endswith("\n") else ""
        if len(carry) > MAX_LINE:
            raise BatchError(
                Msg.of(
                    "batch.line_too_long", line=line + len(lines) + 1, limit=f"{MAX_LINE >> 20} MiB"
                )
            )
        for text_line in lines:
            line += 1
            yield text_line.removeprefix("\ufeff") if line == 1 else text_line
        if not chunk:  # the last read keeps nothing back
            break


def _utf16_order(sample: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` for a start of a file that is UTF-16 text without its
    byte-order mark, else None.

    In UTF-16 the commas, digits and line ends of a sheet each have a 0 byte beside them,
    on the same side (a few characters such as 一, U+4E00, have one on the other): many 0
    bytes, nearly all on one side; the bytes are not UTF-8 (a character cut off at the end
    of the sample aside); and read in that order they are text, with no control character
    but tabs and line ends. A UTF-8 or GB18030 file with a few stray 0 bytes is none of
    these."""
    odd, even = sample[1::2].count(0), sample[::2].count(0)
    if max(odd, even) * 20 < len(sample) or min(odd, even) * 10 > odd + even:
        return None
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        return None
    except UnicodeDecodeError:
        pass
    order = "utf-16-le" if odd > even else "utf-16-be"
    text = sample[: len(sample) // 2 * 2].decode(order, "replace")
    if "\ufffd" in text[:-1] or any(ord(c) < 32 and c not in "\t\r\n" for c in text):
        return None
    return order


def decoded_lines(raw: IO[bytes], encoding: str | None) -> tuple[Iterator[str], _Source]:
    """The lines of a byte stream as text, and the source (which counts the bytes read);
    a Ctrl-Z closing the text, the end-of-file mark of DOS-era programs, is no part of it.

    Raises:
        BatchError: an encoding not accepted, UTF-16 without its BOM, or (as
            the lines are read) bytes not in the file's encoding.
    """
    lines, source = _decoded(raw, encoding)
    return _without_eof_mark(lines), source


def _without_eof_mark(lines: Iterator[str]) -> Iterator[str]:
    """``lines``, a Ctrl-Z (``\x1a``) at the end of the last taken off (a line of it alone,
    then empty, is left out): not a row of nothing, nor part of the last cell. A line of
    Ctrl-Z alone within them (files joined, each closed by its mark) is left out too."""
    last: str | None = None
    for line in lines:
        if "\x1a" in line and not line.strip("\r\n\x1a"):
            continue  # a line of end-of-file marks alone: no row
        if last is not None:
            yield last
        last = line
    if last is not None:
        text = last.rstrip("\r\n")
        last = text.rstrip("\x1a") + last[len(text) :] if text.endswith("\x1a") else last
        if last.strip("\r\n"):
            yield last


def _decoded(raw: IO[bytes], encoding: str | None) -> tuple[Iterator[str], _Source]:
    """:func:`decoded_lines`, the Ctrl-Z closing them not yet taken off."""
    source = _Source(raw)
    head = source.read()
    source.unread(head)
    bom16 = head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if encoding is None:
        if bom16:
            return _text_lines(source, "utf-16"), source
        if head.startswith(b"PK\x03\x04"):  # a zip: an .xlsx under another name
            raise BatchError(Msg.of("batch.zip_as_text"))
        order = _utf16_order(head[:EVIDENCE])
        if order is not None:
            raise BatchError(Msg.of("batch.utf16_no_bom", encoding=order))
        return _Decoder(None).lines(_line_chunks(source)), source
    name = ENCODINGS.get(encoding.strip().lower().replace("_", "-"))
    if name is None:
        raise BatchError(
            Msg.of(
                "err.value",
                field="--encoding",
                value=shown(encoding),
                accepted=", ".join(dict.fromkeys(ENCODINGS.values())),
            )
        )
    if name == "utf-16" and not bom16:
        raise BatchError(Msg.of("batch.utf16_bom"))
    if name.startswith("utf-16"):
        return _text_lines(source, name, given=True), source
    return _Decoder(name).lines(_line_chunks(source)), source


# --- CSV -----------------------------------------------------------------------------------


#: Lines at most kept to find the separator, after the blank ones before them.
_PEEK_LIMIT = 10_000
#: Cells of a line at most looked at for a header name, to find the separator.
_SNIFF_CELLS = 256


def sniff_delimiter(lines: Iterator[str]) -> tuple[str, Iterator[str]]:
    """The separator of a CSV, and its lines again: a tab (Excel's "Unicode Text" and "Text
    (Tab delimited)" exports, a .tsv) or a comma.

    The first lines (the header, maybe a title above it) are split both ways, and the way
    whose header names more known columns wins (a header name or a title may hold a
    comma: ``备注(证书,培训)``); if neither does, the way with more separators in the
    first line holding either, a tab on a tie. Blank lines before them are counted, not
    kept (each is given back as an empty line: it holds no applicant either way). At
    most :data:`_PEEK_LIMIT` lines and :data:`_SNIFF_CELLS` cells of each are looked at.
    """
    from .columns import is_header_name

    peeked: list[str] = []
    blank = 0  # blank lines before the first one that is not
    found = 0  # lines that are not blank
    for line in lines:
        if not line.strip() and not peeked:
            blank += 1
            continue
        peeked.append(line)  # as it is: a blank line may be inside a quoted cell
        found += bool(line.strip())
        # lines, not records: a quoted title may span several (and data rows name no column)
        if found > 4 * HEADER_SEARCH or len(peeked) >= _PEEK_LIMIT:
            break

    def named(separator: str) -> int:
        """The most known column names one of the first records holds, split so (in its
        first cells: a header names a few dozen columns)."""
        try:
            rows = list(csv.reader(peeked, delimiter=separator))
        except csv.Error:
            rows = [line.split(separator, _SNIFF_CELLS) for line in peeked]
        return max(
            (sum(1 for c in row[:_SNIFF_CELLS] if c and is_header_name(c)) for row in rows),
            default=0,
        )

    tab, comma = named("\t"), named(",")
    if tab == comma:  # a tab is rare in a comma-separated header, a comma less so in a tab one
        first = next((p for p in peeked if "\t" in p or "," in p), "")
        tab, comma = first.count("\t"), first.count(",")
        if tab and tab == comma:
            tab += 1
    again = itertools.chain(itertools.repeat("\n", blank), peeked, lines)
    return ("\t" if tab > comma else ","), again


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A CSV record that cannot be read: why, and the cells of its first line as far as they
    can be told (so that its error row still shows its id and the cells it kept)."""

    msg: Msg
    cells: list[str]


def _first_line_cells(line: str, delimiter: str) -> list[str]:
    """The cells of one line read leniently (a quote left open runs to the line's end)."""
    try:
        cells = next(csv.reader([line], delimiter=delimiter))
    except (csv.Error, StopIteration):
        return []
    return [c.rstrip("\r\n") for c in cells]


def csv_records(
    lines: Iterator[str], delimiter: str = ","
) -> Iterator[tuple[int, list[str] | Unreadable]]:
    """The records of a CSV, each with the line it starts on, or why it cannot be read.

    Read strictly (a quote must be closed before a delimiter, the line's end
    or the end of the file). A record that cannot be read is reported at its
    first line, and reading resumes on the line after it, so an unbalanced
    quote costs one row, never the rows after it.
    """
    pending: deque[tuple[int, str]] = deque()
    taken: list[tuple[int, str]] = []
    numbered = iter(enumerate(lines, 1))

    def feed() -> Iterator[str]:
        while True:
            if pending:
                item = pending.popleft()
            else:
                found = next(numbered, None)
                if found is None:
                    return
                item = found
            taken.append(item)
            yield item[1]

    while True:
        reader = csv.reader(feed(), strict=True, delimiter=delimiter)
        while True:
            taken.clear()
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                start = taken[0][0] if taken else 0
                reason = str(exc)
                detail = Both(
                    _CSV_REASONS.get(reason.split(" (")[0], "格式有误"), shown(reason, 120)
                )
                cells = _first_line_cells(taken[0][1], delimiter) if taken else []
                yield (
                    start,
                    Unreadable(Msg.of("batch.bad_record", line=start, detail=detail), cells),
                )
                # the lines after the record's first are read again, as records of their own
                pending.extendleft(reversed(taken[1:]))
                break
            yield taken[0][0], cells


#: The csv module's reasons, in Chinese (the English is its own).
_CSV_REASONS = {
    "',' expected after '\"'": "引号之后应为逗号",
    "'\t' expected after '\"'": "引号之后应为制表符",
    "unexpected end of data": "文件在引号内结束",
    "new-line character seen in unquoted field": "未加引号的字段中有换行",
    "field larger than field limit": "字段过长",
}


# --- opening an input ------------------------------------------------------------------------


@dataclass(slots=True)
class Input:
    """An opened input: its header (None for JSON Lines), its rows, and how far it was read.

    Attributes:
        header: the header cells.
        sample: the first rows (to tell what a column holds), also at the head of ``rows``.
        rows: every row, in order.
        progress: bytes (or rows) read so far, and the total (None if unknown).
        close: closes the file.
        skipped: the lines read as no applicant: a title above the header, a second
            header line below it (see :func:`mediaops.batch.columns.find_header`).
    """

    header: list[str] | None
    sample: list[list[str]]
    rows: Iterator[Row]
    progress: Callable[[], tuple[int, int | None]]
    close: Callable[[], None]
    #: lines above the header that are not applicants (a title), and a second header line
    skipped: tuple[int, ...] = ()
    #: an .xlsx read from its first sheet (no ``--sheet``): the names of the other visible ones
    other_sheets: tuple[str, ...] = ()
    #: an .xlsx's cells merged down over applicants (``C3:C5``), each read for every row
    merged: tuple[str, ...] = ()
    #: an .xlsx read from its first sheet: the other visible sheets that hold applicant lists
    #: too (a sheet per class), which were not screened
    unscreened: tuple[str, ...] = ()
    #: the lines of totals rows (合计, 总计, Total …): no applicant, not screened; filled in
    #: as the rows are read
    totals: list[int] = field(default_factory=list)
    #: the lines under the list that are no applicant (填表人:…, 审核人:…, 注:…); filled in
    #: as the rows are read
    footers: list[int] = field(default_factory=list)
    #: the ranges of ``merged``, with their rows and columns
    merges: tuple[Merge, ...] = ()
    #: the lines a form had numbered in advance that nobody used (:attr:`Row.unused`);
    #: filled in as the rows are read
    unused: list[int] = field(default_factory=list)
    #: an .xlsx: the name of the sheet read
    sheet_name: str = ""
    #: an .xlsx: the lines of applicants Excel hides (a filter, Hide Rows), screened as every
    #: other line (and said so); filled in as the rows are read. A line numbered in advance
    #: is among them until the rows after it show it unused (it is then in ``unused`` too)
    hidden: list[int] = field(default_factory=list)
    #: an .xlsx: the sheets Excel does not show (hidden or very hidden), but the one read
    hidden_sheets: tuple[str, ...] = ()
    #: an .xlsx read without ``--sheet``: finds those of ``hidden_sheets`` that hold an
    #: applicant list (named where the sheet read holds none; a template's drop-down lists
    #: are not), reading them only then
    hidden_lists: Callable[[], tuple[str, ...]] = tuple
    #: an .xlsx: the columns of the header Excel hides (``<col hidden="1">``), by index
    hidden_columns: tuple[int, ...] = ()


def open_input(
    source: str,
    fmt: str,
    *,
    encoding: str | None = None,
    sheet: str | None = None,
    sample: int = 20,
) -> Input:
    """Open ``source`` (``-`` = stdin) and read its header.

    Raises:
        BatchError: the file cannot be opened, has no header, or is not usable.
    """
    if fmt == "xlsx":
        return _open_xlsx(source, sheet, sample)
    raw: IO[bytes]
    try:
        if source == "-":
            stdin = getattr(sys.stdin, "buffer", None)
            if stdin is None:
                raise BatchError(Msg.of("batch.stdin_closed"))
            raw = stdin
        else:
            if os.path.isdir(source):
                raise IsADirectoryError(21, "is a directory")
            raw = open(source, "rb")  # noqa: SIM115 - closed by Input.close
    except OSError as exc:
        raise BatchError(
            Msg.of("batch.cannot_open", path=shown_path(source), detail=os_error(exc))
        ) from None
    total = _size(raw)
    close = raw.close if source != "-" else (lambda: None)
    try:
        lines, counter = decoded_lines(raw, encoding)
        if fmt == "jsonl":
            ahead = _json_document_head(lines, source)
            rows = _jsonl_rows(_chain(ahead, lines))
            return Input(None, [], rows, lambda: (counter.done, total), close)
        separator, lines = sniff_delimiter(lines)
        records = csv_records(lines, separator)
        first = _first_record(records)
        if first is None:
            raise BatchError(Msg.of("batch.empty"))
        first_line, header = first
        cells = header if isinstance(header, list) else header.cells
        if cells and cells[0].lstrip().startswith("{"):
            # JSON Lines under a CSV's name (名单.csv holding {"id": …} lines); stdin that
            # starts so is read as JSON Lines already
            raise BatchError(Msg.of("batch.csv_is_jsonl", path=shown_path(source)))
        if not isinstance(header, list):
            raise BatchError(header.msg)
        head: list[tuple[int, list[str] | Unreadable]] = []
        for record in records:
            head.append(record)
            if len(head) >= sample + HEADER_SEARCH:
                break
        header, head, skipped = _header_and_rows(first_line, header, head)
        totals: list[int] = []
        footers: list[int] = []
        unused: list[int] = []
        rows = with_unused_tail(
            _csv_rows(head, records, header, totals, footers, unused), unused, header
        )
        sample_rows = [cells for _, cells in head[:sample] if isinstance(cells, list)]
        progress = lambda: (counter.done, total)  # noqa: E731
        return Input(
            header,
            sample_rows,
            rows,
            progress,
            close,
            skipped,
            totals=totals,
            footers=footers,
            unused=unused,
        )
    except BaseException:
        close()
        raise


def _size(raw: IO[bytes]) -> int | None:
    try:
        info = os.fstat(raw.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        return None
    import stat

    return info.st_size if stat.S_ISREG(info.st_mode) and info.st_size else None


#: How many rows after the first non-empty one may hold the header (a title row above it).
HEADER_SEARCH = 5

_Record = TypeVar("_Record")


def _header_and_rows(
    first_line: int, first: list[str], head: list[tuple[int, _Record]]
) -> tuple[list[str], list[tuple[int, _Record]], tuple[int, ...]]:
    """The header (among the first rows, see :func:`~mediaops.batch.columns.find_header`),
    the rows after it, and the lines that were neither (a title, a second header line)."""
    from .columns import find_header

    candidates: list[tuple[int, list[str]]] = [(first_line, first)]
    for line, cells in head[:HEADER_SEARCH]:
        texts = _texts(cells)
        if texts is None:  # a record that cannot be read: the header is above it
            break
        candidates.append((line, texts))
    index, header, sub = find_header([cells for _, cells in candidates])
    taken = index + (1 if sub else 0)  # rows of ``head`` that are the header, or above it
    skipped = tuple(line for line, _ in candidates[: taken + 1] if line != candidates[index][0])
    return header, head[taken:], skipped


#: How many rows of another sheet are looked at for an applicant list.
_SHEET_LOOK = 100


def _outside(texts: list[str], width: int) -> Msg:
    """What an .xlsx row holds right of the header's ``width`` columns, each cell whole with
    its column's letter (``G: 材料已交``)."""
    from openpyxl.utils import get_column_letter

    cells = "; ".join(
        f"{get_column_letter(i)}: {shown(text.strip(), 2000)}"
        for i, text in enumerate(texts[width:], width + 1)
        if text.strip()
    )
    return Msg.of("batch.outside_header", cells=cells)


def _visible(ws: Any) -> bool:
    """Whether Excel shows the sheet ``ws`` among its tabs (not hidden, nor "very hidden")."""
    return getattr(ws, "sheet_state", "visible") == "visible"


def shell_word(name: str) -> str:
    """A sheet's name as typed after ``--sheet``: quoted for a shell only where a shell needs
    it (一班 is not)."""
    import shlex

    needs_quotes = re.search(r"[\s'\"$`\\!*?&;|<>()\[\]{}#~]", name)
    return shlex.quote(name) if needs_quotes else name


def hidden_sheets_msg(key: str, names: Sequence[str], ws: Any = None, **params: Any) -> Msg:
    """The message ``key`` (its singular form for one sheet) naming the hidden sheets
    ``names`` (``sheets``), the ``--sheet`` that screens the first (``first``) and, given
    ``ws``, the sheet read (``sheet``)."""
    from mediaops.messages import LANGS, counted, listing

    sheets = Both(*(shown(listing(names, lang), 200) for lang in LANGS))
    if ws is not None:
        params["sheet"] = shown(str(ws.title), 60)
    first = shown(shell_word(names[0]), 60)
    return Msg.of(counted(key, len(names)), sheets=sheets, first=first, **params)


def _applicant_sheets(sheets: Iterable[Any], *, visible: bool = True) -> tuple[str, ...]:
    """The names of the visible ``sheets`` (the hidden ones, with ``visible=False``) that hold
    an applicant list: a header that names a fact column among their first rows (and, on a
    hidden sheet, an id or name column), and a row below it. A sheet that cannot be read is
    not one (the sheet screened is the one whose errors matter)."""
    from .columns import find_header, map_columns, usable

    found = []
    for ws in sheets:
        if _visible(ws) != visible:
            continue
        try:
            ws.reset_dimensions()
            rows: list[list[str]] = []
            # the first rows only, blank ones counted (a sheet of formatted empty rows is
            # not read to its end): a list's header is among the first few
            for cells in ws.iter_rows(max_row=_SHEET_LOOK, values_only=True):
                texts = [cell_text(c) for c in cells]
                if "".join(texts).strip():
                    rows.append(texts)
                    if len(rows) > HEADER_SEARCH + 1:
                        break
            index, header, sub = find_header(rows[: HEADER_SEARCH + 1]) if rows else (0, [], False)
        except Exception:  # any failure of openpyxl: not a list to name
            continue
        below = len(rows) - index - (2 if sub else 1)
        mapped = map_columns(header) if below > 0 else None
        # a hidden sheet names its applicants too (编号, 姓名): a template's hidden drop-down
        # lists (学历: 初中, 高中 …) are headed by a fact's name as well, and are no list
        if mapped is not None and usable(mapped) and (visible or "id" in mapped.facts):
            found.append(str(ws.title))
    return tuple(found)


def _texts(cells: object) -> list[str] | None:
    """A record's cells as text (a CSV record, or an .xlsx row), None if it is an error."""
    if isinstance(cells, list):
        return [str(c) for c in cells]
    if isinstance(cells, tuple):
        return [cell_text(c) for c in cells]
    return None


def _first_record(
    records: Iterator[tuple[int, list[str] | Unreadable]],
) -> tuple[int, list[str] | Unreadable] | None:
    for line, cells in records:
        if isinstance(cells, list) and not "".join(cells).strip():
            continue
        return line, cells
    return None


#: The first filled-in cell of a totals row, after a template's mark (``*``, ``※``): 合计,
#: 总计, 小计, 共计, 汇总 (the label of a table's total row in Chinese Excel; traditional
#: too), alone or before a colon, a bracket or a count
#: (``合计:3人``, ``合计(3人)``, ``合计3人``); Total(s), Subtotal, Grand total alone or before
#: a colon; Sum before a colon. Not "Sum" alone (a surname, 岑), nor a word run into an id
#: (TOTAL2024001, SUM2024001).
_TOTALS = re.compile(
    r"[*※#]*(?:(?:合计|总计|小计|共计|汇总|合計|總計|小計|共計|彙總|匯總)(?:[:：(\[（【].*|\d.*)?"
    r"|(?:sub|grand)?totals?(?:[:：].*)?|sum[:：].*)",
    re.I,
)


#: The first characters a totals word may have (full-width ones too): a row whose first cell
#: starts otherwise, as nearly every row does, is not one, with no more looked at.
_TOTALS_START = frozenset("合总小共總計计汇彙匯TtSsGgＴｔＳｓＧｇ*※#＊＃")


def is_totals_row(cells: Iterable[str]) -> bool:
    """Whether a row is a sheet's totals row (its first filled-in cell says 合计, Total …):
    it holds no applicant (its numbers are sums over the others)."""
    first = next((c for c in cells if c.strip()), "").lstrip()
    return first[:1] in _TOTALS_START and _TOTALS.fullmatch(key(first)) is not None


#: The first filled-in cell of a line under the list, as forms end: who filled it in or
#: checked it, when, a phone number, a note (``填表人:张三``, ``审核人：``, ``注:…``), the
#: label before a colon (traditional too), perhaps with a remark in brackets before it
#: (``填报单位(盖章):``). An applicant's id or name has no such colon.
_FOOTER = re.compile(
    r"[*※#]*(?:填表人|制表人|填报人|审核人|审批人|负责人|经办人|联系人|联系电话|填表日期|制表日期"
    r"|填报日期|填报单位|填表单位|製表人|審核人|審批人|負責人|經辦人|聯繫人|聯繫電話|聯絡人"
    r"|注|註|备注|備註|说明|說明|注意"
    # the short labels (制表：张三, 审核：李四, 单位（盖章）：, 日期：…)
    r"|制表|製表|审核|審核|审批|審批|复核|複核|校对|校對|填表|填报|填報|单位|單位|日期"
    r"|制表时间|填表时间|填报时间|单位负责人|單位負責人|部门负责人|部門負責人|填表说明|填表說明"
    r"|签字|簽字|签名|簽名|盖章|蓋章)\d*(?:[(（][^)）]{0,8}[)）])?[:：].*"
)


#: The mark a form puts under its last entry (``以下空白``, ``（以下无正文）``, ``——以下空白——``):
#: the rows below it are blank, and it is no applicant's.
_END_MARK = re.compile(
    r"[-—–─_=~*※#.。…·()\[\]【】<>《》「」]*"
    r"以下(?:空白|为空|為空|无内容|無內容|无正文|無正文|无|無)"
    r"[-—–─_=~*※#.。…·()\[\]【】<>《》「」!]*"
)


#: A column for remarks (备注, 说明, Remarks): a label before a colon in it (说明:补交材料) may
#: be a remark beside an applicant rather than the first cell of a form's footer.
_REMARK_HEADER = re.compile(
    r"[*※#]*(?:备注|備註|说明|說明|附注|附註|注|註)(?:说明|說明|信息|栏|欄)?(?:\(.*\))?"
    r"|remarks?|notes?|comments?"
)


def ends_the_list(cells: Iterable[str]) -> bool:
    """Whether a row holds only the mark of a list's end (以下空白), perhaps after a 序号 the
    form had filled in down the sheet (``12`` | ``以下空白``)."""
    row = list(cells)
    at = next((i for i, c in enumerate(row) if c.strip()), None)
    return at is not None and _ends_at(row, at, key(row[at]))


def _ends_at(row: list[str], at: int, first: str) -> bool:
    """:func:`ends_the_list` of a row whose first filled-in cell is ``row[at]``, read as
    ``first`` (its :func:`~mediaops.values.key`)."""
    mark, rest = first, row[at + 1 :]
    while mark.isdigit():  # a 序号 (编号 and 序号) the form had filled in, before the mark
        after = next((i for i, c in enumerate(rest) if c.strip()), None)
        if after is None:
            break
        if "以" not in rest[after] and not key(rest[after]).isdigit():
            return False  # (key() drops no Chinese character: no 以下)
        mark, rest = key(rest[after]), rest[after + 1 :]
    if "以下" not in mark or _END_MARK.fullmatch(mark) is None:
        return False
    return all(_END_MARK.fullmatch(key(c)) is not None for c in rest if c.strip())


def first_column(header: Sequence[str]) -> int:
    """The place of a sheet's first column: its first with a name, an empty margin column
    before it (a form laid out from column B) being none of the form's."""
    return next((i for i, name in enumerate(header) if name.strip()), 0)


def id_columns(header: Sequence[str]) -> frozenset[int]:
    """The places of a sheet's columns named as an id's (序号, 编号, 报名号), where a form
    numbers its lines in advance (in one of them, or in two: ``编号`` and ``序号``)."""
    from .columns import names_the_id

    return frozenset(i for i, name in enumerate(header) if name.strip() and names_the_id(name))


def numbered_columns(header: Sequence[str]) -> frozenset[int]:
    """Where a form below 以下空白 may number its unused lines: its first column (the
    sheet's, :func:`first_column`, or column A) and those named as an id's."""
    return frozenset({0, first_column(header), *id_columns(header)})


def only_a_number(cells: Sequence[str], columns: Collection[int] = (0,)) -> bool:
    """Whether a row's filled-in cells are all in ``columns`` (its first, :func:`first_column`,
    or those :func:`id_columns` names) and whole numbers: a 序号 (or a 编号 and a 序号) the
    form had filled in down the sheet, perhaps on a line nobody used."""
    filled = [i for i, c in enumerate(cells) if c.strip()]
    return bool(filled) and all(i in columns and key(cells[i]).isdigit() for i in filled)


def with_unused_tail(
    rows: Iterator[Row], unused: list[int], header: Sequence[str]
) -> Iterator[Row]:
    """``rows``, the lines a form had numbered in advance and nobody used marked so
    (:attr:`Row.unused`, their lines added to ``unused``): a run of rows holding only a
    序号 (:func:`only_a_number`), or only numbers in the columns named as an id's (编号 and
    序号), with no applicant after it, only totals or footer lines if anything. Such rows
    are held until the next applicant (they were applicants with nothing but an id, and are
    screened so) or the end of the list (they were the form's). Only in columns named as an
    id's (:func:`id_columns`): a number alone under 培训 is an applicant's. Rows below
    以下空白 are marked by the readers already, applicant or not after them."""
    ids = id_columns(header)
    if not ids:
        yield from rows
        return

    def applicant(row: Row) -> bool:  # as far as the reader knows
        return row.cells is not None and not (row.error or row.totals or row.footer or row.unused)

    held: list[Row] = []
    for row in rows:
        if applicant(row) and not only_a_number(row.cells or (), ids):
            yield from held  # applicants with nothing but an id after all
            held.clear()
            yield row
        elif held or applicant(row):
            held.append(row)  # a 序号 alone, or a totals or footer line after one
        else:
            yield row
    for row in held:
        if applicant(row):
            unused.append(row.line)
            row = replace(row, unused=True)
        yield row


def is_footer_row(cells: Iterable[str], header: Sequence[str] = ()) -> bool:
    """Whether a row is a line under the list: it holds no applicant.

    Its first filled-in cell is such a label (填表人:…, 注:…). Where that cell is in a
    column for remarks (its ``header`` 备注, 说明), every other filled-in cell must be such
    a label too, but for the cell right after a label with nothing after its colon, which
    holds what that label names (``填表人:`` | ``王五`` | ``审核人:`` | ``赵六``): a remark
    (``说明:补交材料``) followed by an applicant's name, diploma and years is an applicant.
    Elsewhere (under 序号, 姓名, as a form's footer starts) the label decides alone: a
    footer's date, its second note or a ``(签字)`` after it are no applicant's. A row that
    holds only the mark of a list's end (以下空白), or a form's 序号 before it, is one too.
    """
    row = list(cells)
    at = next((i for i, c in enumerate(row) if c.strip()), None)
    if at is None:
        return False
    first = key(row[at])
    if _ends_at(row, at, first):  # 以下空白, alone or after its 序号
        return True
    if _FOOTER.fullmatch(first) is None:  # (the usual row: one cell)
        return False
    if at >= len(header) or _REMARK_HEADER.fullmatch(key(header[at])) is None:
        return True
    bare = first.endswith(":")  # 审核人: with its name in the next cell
    for cell in (key(c) for c in row[at + 1 :] if c.strip()):
        if _FOOTER.fullmatch(cell) is not None:
            bare = cell.endswith(":")
        elif bare:
            bare = False
        else:
            return False
    return True


def _csv_rows(
    head: list[tuple[int, list[str] | Unreadable]],
    rest: Iterator[tuple[int, list[str] | Unreadable]],
    header: list[str],
    totals: list[int],
    footers: list[int],
    unused: list[int],
) -> Iterator[Row]:
    width = len(header)
    numbers = numbered_columns(header)
    ended = False  # below 以下空白: a row holding only its 序号 is the form's, no applicant's
    for line, cells in _chain(head, rest):
        if not isinstance(cells, list):
            yield Row(line, cells.cells[:width], error=cells.msg)
            continue
        if not "".join(cells).strip():
            continue  # a blank line (or Excel's ",,,") holds no applicant
        if is_totals_row(cells):
            totals.append(line)  # 合计: no applicant (said after the summary)
            yield Row(line, cells[:width], totals=True)
            continue
        if ended and only_a_number(cells, numbers):
            # a 序号 alone below 以下空白 (in column A, headed or not): the form's
            unused.append(line)
            yield Row(line, cells[:width], unused=True)
            continue
        if is_footer_row(cells, header):  # 填表人:…: no applicant (said after the summary)
            ended = ended or ends_the_list(cells)
            footers.append(line)
            yield Row(line, cells[:width], footer=True)
            continue
        if len(cells) > width and "".join(cells[width:]).strip():
            # more cells than the header names: where they belong is a guess
            extra = shown(", ".join(cells[width:]), 80)
            yield Row(
                line,
                cells[:width],
                error=Msg.of("batch.too_many_cells", cells=len(cells), width=width, extra=extra),
            )
            continue
        yield Row(line, cells[:width] if len(cells) > width else cells)


#: A merged range in a sheet's XML (``<mergeCell ref="B3:B7"/>``, any namespace prefix; the
#: letters in either case and ``$`` signs allowed, as openpyxl reads them).
_MERGE_CELL = re.compile(
    rb"<(?:\w+:)?mergeCell\s[^>]*?ref\s*=\s*[\"']"
    rb"\$?([A-Za-z]{1,3})\$?(\d+):\$?([A-Za-z]{1,3})\$?(\d+)[\"']"
)


class Merge(NamedTuple):
    """A merged range of a sheet: its columns (from 0) and rows (from 1), and how it is written."""

    left: int
    right: int
    top: int
    bottom: int
    ref: str


def with_shared_ids(
    rows: Iterator[Row], merges: Sequence[Merge], columns: dict[int, str]
) -> Iterator[Row]:
    """``rows``, each applicant whose id or name (``columns``: their index → their name) is
    a cell merged down over other rows too marked so (:attr:`Row.shared`): a person written
    over several lines (a certificate a line) is screened line by line, each line with
    part of the facts. A merge over one applicant and blank lines (a tall row) is not said:
    the rows of a merge are held until it ends, and marked only if two are applicants."""
    by_line: dict[int, tuple[Merge, str]] = {}
    for m in merges:
        named = [name for column, name in columns.items() if m.left <= column <= m.right]
        for n in range(m.top, m.bottom + 1) if named else ():
            by_line.setdefault(n, (m, named[0]))
    if not by_line:
        yield from rows
        return
    held: list[Row] = []  # the rows read so far under the merge ``span``
    span: Merge | None = None
    name = ""

    def release() -> list[Row]:
        screened = [r for r in held if not (r.totals or r.footer or r.error)]
        if span is not None and len(screened) > 1:
            for r in screened:
                r.shared = Msg.of("batch.shared_id", column=name, first=span.top, last=span.bottom)
        out = list(held)
        held.clear()
        return out

    for row in rows:
        found = by_line.get(row.line)
        if held and (found is None or found[0] is not span):
            yield from release()
        if found is None:
            yield row
            continue
        (span, name) = found
        held.append(row)
    yield from release()


#: A row's start tag (``<row r="7" hidden="1">``, ``<x:row>``; not ``<rowBreaks>``).
_ROW_START = re.compile(rb"<(?:\w+:)?row(?=[\s/>])[^>]*>")
#: A row Excel hides (a filter, or Hide Rows): in its start tag.
_HIDDEN = re.compile(rb"\shidden\s*=\s*[\"'](?:1|true)[\"']")
#: The number of a row in its start tag (``r="7"``).
_ROW_NUMBER = re.compile(rb"\sr\s*=\s*[\"'](\d+)[\"']")
#: A hidden range of columns (``<col min="3" max="4" width="9" hidden="1"/>``, ``<x:col>``;
#: not ``<cols>``): its first and last columns, counted from 1, in either order of attributes.
_HIDDEN_COLS = re.compile(
    rb"<(?:\w+:)?col(?=\s)(?=[^>]*\shidden\s*=\s*[\"'](?:1|true)[\"'])"
    rb"(?=[^>]*\smin\s*=\s*[\"'](\d+)[\"'])(?=[^>]*\smax\s*=\s*[\"'](\d+)[\"'])[^>]*>"
)


def _merged_and_hidden(
    ws: Any,
) -> tuple[list[Merge], frozenset[int], tuple[tuple[int, int], ...]]:
    """A sheet's merged ranges of more than one cell, by first row, the numbers of the rows
    Excel hides, and the ranges of columns it hides (their first and last index, counted from
    0). A read-only sheet lists none of them, so all are found in its XML, in one streamed
    pass; a sheet that cannot be read so has none. A row whose tag leaves out its number
    (``r``, which the format makes optional) is the one after the row before it, as openpyxl
    numbers it."""
    from openpyxl.utils import column_index_from_string

    source = getattr(ws, "_get_source", None)
    found: set[Merge] = set()
    hidden: set[int] = set()
    columns: list[tuple[int, int]] = []
    if source is not None:
        try:
            with source() as xml:
                tail = b""
                line = 0  # the number of the last row tag read
                while True:
                    chunk = xml.read(1 << 20)
                    data = tail + chunk
                    # a tag cut between two chunks is whole in the next: read up to its "<"
                    cut = data.rfind(b"<", max(0, len(data) - (1 << 16))) if chunk else -1
                    if cut < 0:
                        cut = len(data)
                    whole, tail = data[:cut], data[cut:]
                    last = None if b"hidden" in whole else _last_row_number(whole)
                    if last is None and b"col" in whole:  # <cols>: before the rows
                        for col in _HIDDEN_COLS.finditer(whole):
                            columns.append((int(col.group(1)) - 1, int(col.group(2)) - 1))
                    if last is not None:  # no hidden row: the last row's number is enough
                        line = last
                    else:
                        for tag in _ROW_START.finditer(whole):
                            number = _ROW_NUMBER.search(tag.group())
                            line = int(number.group(1)) if number is not None else line + 1
                            if _HIDDEN.search(tag.group()) is not None:
                                hidden.add(line)
                    if b"mergeCell" in whole:
                        for m in _MERGE_CELL.finditer(whole):
                            left, top, right, bottom = (g.decode().upper() for g in m.groups())
                            merge = Merge(
                                column_index_from_string(left) - 1,
                                column_index_from_string(right) - 1,
                                int(top),
                                int(bottom),
                                f"{left}{top}:{right}{bottom}",
                            )
                            if merge.left != merge.right or merge.top != merge.bottom:
                                found.add(merge)
                    if not chunk:
                        break
        except Exception:  # merged cells are a help, not a need: none rather than an error
            found, hidden, columns = set(), set(), []
    return sorted(found, key=lambda m: (m.top, m.left)), frozenset(hidden), tuple(columns)


def _last_row_number(xml: bytes) -> int | None:
    """The number (``r``) in the last row tag of a piece of a sheet's XML; None if that tag
    has none, or the piece holds no row tag, when the rows are to be counted one by one."""
    at = len(xml)
    while (at := xml.rfind(b"row", 0, at)) > 0:
        tag = _ROW_START.match(xml, xml.rfind(b"<", 0, at))
        if tag is not None and tag.end() > at:
            number = _ROW_NUMBER.search(tag.group())
            return None if number is None else int(number.group(1))
    return None


class _MergedFill:
    """Sheet rows showing what Excel shows under merged ranges: the value of a range's first
    cell, in its first column, on every row the range spans (a 学历 merged over five
    applicants is theirs all), and nothing in the other cells it covers (a value hidden under
    a merge is not read). A row with nothing of its own outside the merges stays blank.
    Called on the rows in order; ``merges`` are clipped to the header's width."""

    def __init__(self, merges: list[Merge]) -> None:
        self.starting: dict[int, list[Merge]] = {}
        for merge in merges:
            self.starting.setdefault(merge.top, []).append(merge)
        self.showing: dict[Merge, Any] = {}  # the ranges over this row → their first value

    def __call__(self, n: int, cells: tuple[Any, ...]) -> tuple[Any, ...]:
        showing = self.showing
        for merge in self.starting.get(n, ()):
            showing[merge] = cells[merge.left] if merge.left < len(cells) else None
        for merge in [m for m in showing if n > m.bottom]:
            del showing[merge]
        if not showing:
            return cells
        width = max(len(cells), *(m.right + 1 for m in showing))
        filled = [*cells, *[None] * (width - len(cells))]
        for merge in showing:
            for column in range(merge.left, merge.right + 1):
                if n > merge.top or column > merge.left:
                    filled[column] = None  # covered: Excel shows the range's first cell only
        if not any(c is not None and cell_text(c).strip() for c in filled):
            return tuple(filled)  # nothing of its own: a blank row
        for merge, value in showing.items():
            if n > merge.top:
                filled[merge.left] = value
        return tuple(filled)


def _chain(head: list[Any], rest: Iterator[Any]) -> Iterator[Any]:
    yield from head
    yield from rest


#: The ``"id"`` of a JSON Lines row that cannot be read as JSON, where it can be seen.
_SEEN_ID = re.compile(r'"id"\s*:\s*"?([^",{}\[\]]{1,64}?)"?\s*[,}]')


def _json_document_head(lines: Iterator[str], source: str) -> list[str]:
    """The lines of JSON Lines up to its first one not blank, read ahead (and the next one
    not blank after a first line that opens an array); or a :class:`BatchError` where the
    file is a JSON document other than lines of objects: an array on one line alone
    (``[{…}, {…}]``, as a script saves a list to .json), or a document printed over several
    lines (``[`` or ``{`` alone on its first line). Read line by line, each of its lines would
    be an error row, saying nothing of the one mistake; an array on one line followed by
    objects is JSON Lines with one bad row, and read as such."""
    head: list[str] = []
    what: str | None = None
    for text in lines:
        head.append(text)
        line = text.strip().lstrip("\ufeff")
        if not line:
            continue
        if what is not None:  # a line after an array on the first: JSON Lines
            return head
        if line in ("[", "{"):
            what = "batch.json_multiline"
            break
        if not line.startswith("["):
            return head
        if _opens_only(line):  # [{…},  with the rest of the array on the lines after it
            what = "batch.json_multiline"
            break
        what = "batch.json_array"  # unless another line follows
    if what is None:
        return head
    path = Both("标准输入", "standard input") if source == "-" else shown_path(source)
    raise BatchError(Msg.of("batch.json_input_document", path=path, what=Msg.of(what)))


def _opens_only(line: str) -> bool:
    """Whether a line opening an array is the start of one that goes on over the next lines
    (``[{"id": "A1"},``, an array written an element a line): JSON that reads up to the
    line's end and wants more there. A line that goes wrong before its end is a bad row."""
    import json

    try:
        json.loads(line)
    except json.JSONDecodeError as exc:
        return exc.pos >= len(line.rstrip())
    return False


def _jsonl_rows(lines: Iterator[str]) -> Iterator[Row]:
    """Rows of JSON Lines: each line one candidate object (``check --input``'s schema, plus ``id``)."""
    from mediaops.errors import InputError
    from mediaops.jsondoc import load_object
    from mediaops.models import DOCUMENT_KEYS

    def passed_through(key: str) -> bool:
        """A key no fact is read from may repeat: each value is kept (``note (2)``)."""
        return key not in DOCUMENT_KEYS and key != "id"

    for line, text in enumerate(lines, 1):
        if not text.strip():
            continue  # a blank line holds no applicant
        try:
            where = Both(f"第 {line} 行", f"line {line}")
            obj = load_object(text.strip(), where, repeatable=passed_through)
        except InputError as exc:
            # the id, if it can be seen, tells the clerk whose row it is
            seen = _SEEN_ID.search(text)
            yield Row(line, document={"id": seen[1]} if seen else None, error=exc.msg)
            continue
        yield Row(line, document=obj)


# --- .xlsx ------------------------------------------------------------------------------------


def _check_xlsx(path: str) -> bool:
    """Refuse an .xlsx that is not a spreadsheet one can read in bounded time and memory.

    Returns:
        Whether a sheet holds a formula (whose result the file may not have saved).
    """
    formulas = False
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            for info in members:
                if info.file_size > MAX_XLSX_MEMBER or (
                    info.compress_size
                    and info.file_size / info.compress_size > MAX_XLSX_RATIO
                    and info.file_size > (1 << 20)
                ):
                    raise BatchError(
                        Msg.of(
                            "batch.xlsx_bomb", path=shown_path(path), member=shown(info.filename)
                        )
                    )
            for info in members:
                if info.filename.endswith(".xml") or info.filename.endswith(".rels"):
                    found = _scan_xml(archive, info.filename, path)
                    formulas = formulas or (found and info.filename.startswith("xl/worksheets/"))
        return formulas
    except zipfile.BadZipFile:
        raise BatchError(_not_xlsx(path)) from None

    except OSError as exc:
        raise BatchError(
            Msg.of("batch.cannot_open", path=shown(path), detail=os_error(exc))
        ) from None


def _not_xlsx(path: str) -> Msg:
    """Why a file named .xlsx is not one, as its first bytes tell: an Excel 97-2003 (or
    WPS) workbook renamed, an Excel 2003 XML spreadsheet, a web page (a table some systems
    export as "Excel"), or text (a CSV or JSON Lines export given the name), which
    ``--input-format`` reads; else that it is no .xlsx."""
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError:
        head = b""
    if head.startswith(b"\xd0\xcf\x11\xe0"):  # the compound-file signature of a .xls
        return Msg.of("batch.old_excel", path=shown_path(path))
    text = None
    # Excel's "Unicode 文本" is UTF-16 with its BOM
    utf16 = head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    for encoding in ("utf-16",) if utf16 else ("utf-8-sig", "gb18030"):
        try:  # (a character cut at the last byte read is no error)
            text = codecs.getincrementaldecoder(encoding)().decode(head, final=False)
            break
        except UnicodeDecodeError:
            continue
    if text:
        text = text.rstrip("\x1a")  # a Ctrl-Z closing the text (DOS-era programs): no part of it
    if not text or not text.strip() or any(c < " " and c not in "\t\r\n" for c in text):
        return Msg.of("batch.not_xlsx", path=shown_path(path))
    if text.lstrip().startswith("<"):
        if "urn:schemas-microsoft-com:office:spreadsheet" in text:  # Excel 2003's XML
            return Msg.of("batch.xlsx_is_xml", path=shown_path(path))
        # a web page's table, as some systems export "Excel"
        return Msg.of("batch.xlsx_is_html", path=shown_path(path))
    fmt = "jsonl" if text.lstrip().startswith("{") else "csv"
    return Msg.of("batch.xlsx_is_text", path=shown_path(path), fmt=fmt)


_DANGER = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)


def _scan_xml(archive: zipfile.ZipFile, name: str, path: str) -> bool:
    """No DOCTYPE or entity declaration, and no comment longer than :data:`MAX_XML_COMMENT`.

    Returns:
        Whether the member holds a formula element (``<f>``).
    """
    tail = b""
    in_comment = 0
    formula = False
    with archive.open(name) as member:
        while True:
            chunk = member.read(CHUNK)
            if not chunk:
                break
            data = tail + chunk
            formula = formula or _FORMULA.search(data) is not None
            if _DANGER.search(data):
                raise BatchError(
                    Msg.of("batch.xlsx_entities", path=shown_path(path), member=shown(name))
                )
            pos = 0
            while True:
                if in_comment:
                    end = data.find(b"-->", pos)
                    if end < 0:
                        in_comment += len(data) - pos
                        break
                    in_comment += end - pos
                    pos = end + 3
                    if in_comment > MAX_XML_COMMENT:
                        raise BatchError(
                            Msg.of("batch.xlsx_comment", path=shown_path(path), member=shown(name))
                        )
                    in_comment = 0
                else:
                    start = data.find(b"<!--", pos)
                    if start < 0:
                        break
                    in_comment = 1
                    pos = start + 4
                if in_comment > MAX_XML_COMMENT:
                    raise BatchError(
                        Msg.of("batch.xlsx_comment", path=shown_path(path), member=shown(name))
                    )
            tail = data[-16:]
    return formula


def _with_unsaved_formulas(
    records: Iterable[tuple[int, tuple[Any, ...]]],
    written: Iterable[tuple[Any, ...]],
    unsaved: set[tuple[int, int]] | None,
) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """Each row's values, a formula without a saved result given as its text (``=IF(…)``):
    such a cell then cannot be read as a fact (a warning, the fact unknown), never as empty.
    ``unsaved``: the cells (row, column, from 1) whose formula has no saved result; a formula
    whose saved result is empty text (``=IF(B3="","",…)`` in a template) is an empty cell.
    None: not known, any formula read as empty is taken to be unsaved."""
    for (n, cells), formulas in zip(records, written, strict=False):
        yield (
            n,
            tuple(
                f
                if c is None
                and isinstance(f, str)
                and f.startswith("=")
                and (unsaved is None or (n, k) in unsaved)
                else c
                for k, (c, f) in enumerate(itertools.zip_longest(cells, formulas), 1)
            ),
        )


#: The built-in number formats of a date that Chinese, Japanese and Korean Excel (and WPS)
#: use without writing them into the file (ECMA-376 §18.8.30: ``yyyy"年"m"月"d"日"`` is 31,
#: ``yyyy"年"m"月"`` 27, ``m"月"d"日"`` 28 …); openpyxl does not know them as dates, and would
#: give the number of days (45301) for 2024-01-10. The ids of times of day are not here.
CJK_DATE_FORMATS = frozenset({27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58})
#: The built-in formats that show a month without its day: ``mmm-yy`` (17) and, in
#: Chinese Excel, ``yyyy"年"m"月"`` (27, 36, 50, 52, 57). Typed ``2019年7月``, a cell holds
#: the first of the month; it is read as the month it shows, not as that day.
MONTH_FORMATS = frozenset({17, 27, 36, 50, 52, 57})
#: What a custom number format shows literally: quoted text, [colours and locales], \x.
_FORMAT_LITERALS = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')


def shows_month_only(code: str) -> bool:
    """Whether a custom number format shows a year and month but no day (nor time):
    ``yyyy"年"m"月"``, ``yyyy.m``, ``mmm-yy``."""
    plain = _FORMAT_LITERALS.sub("", code).lower()
    return "y" in plain and "m" in plain and not any(c in plain for c in "dhs")


_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_RELATION = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_PACKAGE_RELATION = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"


def _date_styles(archive: zipfile.ZipFile) -> tuple[frozenset[int], frozenset[int]]:
    """The cell styles (indices of ``cellXfs``) whose number format is a date of
    :data:`CJK_DATE_FORMATS`, and those whose format shows a month without its day."""
    try:
        root = ET.fromstring(archive.read("xl/styles.xml"))
    except KeyError:
        return frozenset(), frozenset()
    xfs = root.find(_MAIN + "cellXfs")
    if xfs is None:
        return frozenset(), frozenset()
    formats = root.find(_MAIN + "numFmts")
    months = set(MONTH_FORMATS)
    for f in () if formats is None else formats.iter(_MAIN + "numFmt"):
        if shows_month_only(f.get("formatCode") or ""):
            months.add(int(f.get("numFmtId") or 0))
    ids = [int(xf.get("numFmtId") or 0) for xf in xfs.iter(_MAIN + "xf")]
    return (
        frozenset(i for i, n in enumerate(ids) if n in CJK_DATE_FORMATS),
        frozenset(i for i, n in enumerate(ids) if n in months),
    )


def _sheet_member(archive: zipfile.ZipFile, title: str) -> str | None:
    """The archive member that holds the sheet named ``title`` (from the workbook's list)."""
    book = ET.fromstring(archive.read("xl/workbook.xml"))
    ids = [s.get(_RELATION) for s in book.iter(_MAIN + "sheet") if s.get("name") == title]
    rels = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = [r.get("Target") for r in rels.iter(_PACKAGE_RELATION) if r.get("Id") in ids]
    if not targets or not targets[0]:
        return None
    target = targets[0]
    return target.lstrip("/") if target.startswith("/") else posixpath.normpath("xl/" + target)


_REF = re.compile(r"([A-Z]+)(\d+)")
#: The cell types whose saved value is text (an empty one is empty text, not no value).
_TEXT_TYPES = frozenset({"str", "inlineStr", "s"})


class CellNotes(NamedTuple):
    """What a sheet's XML tells of its cells that openpyxl's values do not.

    Attributes:
        unsaved: cells (row, column, from 1) holding a formula with no saved result.
        dates: cells holding a number styled as a date of :data:`CJK_DATE_FORMATS`.
        months: cells holding a number styled as a month without its day.
    """

    unsaved: set[tuple[int, int]]
    dates: set[tuple[int, int]]
    months: set[tuple[int, int]]


def cell_notes(path: str, title: str, formulas: bool) -> CellNotes | None:
    """:class:`CellNotes` of the sheet ``title``, read from its XML (which
    :func:`_check_xlsx` has checked); None where the file says nothing to note (no formula,
    no such date style), or where its parts are not as Excel writes them (openpyxl, which
    read it, has the last word: formulas and numbers are then read as before)."""
    try:
        return _cell_notes(path, title, formulas)
    except (KeyError, ValueError, ET.ParseError, zipfile.BadZipFile):
        return None


def _cell_notes(path: str, title: str, formulas: bool) -> CellNotes | None:
    """:func:`cell_notes`, raising what a part not as Excel writes it raises."""
    from openpyxl.utils import column_index_from_string

    with zipfile.ZipFile(path) as archive:
        styles, months = _date_styles(archive)
        if not formulas and not styles and not months:
            return None
        member = _sheet_member(archive, title)
        if member is None:
            return None
        notes = CellNotes(set(), set(), set())
        row = column = 0
        with archive.open(member) as xml:
            for event, element in ET.iterparse(xml, events=("start", "end")):
                tag = element.tag
                if event == "start":
                    if tag == _MAIN + "row":
                        row = int(element.get("r") or row + 1)
                        column = 0
                    continue
                if tag != _MAIN + "c":
                    if tag == _MAIN + "row":
                        element.clear()
                    continue
                ref = _REF.fullmatch(element.get("r") or "")
                column = column_index_from_string(ref[1]) if ref else column + 1
                value = element.find(_MAIN + "v")
                kind = element.get("t", "n")
                if element.find(_MAIN + "f") is not None and (
                    value is None or (not value.text and kind not in _TEXT_TYPES)
                ):
                    # no result (openpyxl writes an empty <v/>); Excel saves an empty text
                    # result as <c t="str"><f>…</f><v></v></c>: a cell shown blank
                    notes.unsaved.add((row, column))
                elif value is not None and kind == "n":
                    style = int(element.get("s") or 0)
                    if style in styles:
                        notes.dates.add((row, column))
                    if style in months:
                        notes.months.add((row, column))
        return notes


class ShownMonth(datetime):
    """A date cell shown as a month (``2019年7月``) that holds the month's first day: read as
    the month (:func:`cell_text` gives ``2019-07``), and kept a date in an .xlsx output."""

    __slots__ = ()


def _with_dates(
    records: Iterable[tuple[int, tuple[Any, ...]]], notes: CellNotes, epoch: Any
) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """Each row's values, a number styled as a date of :data:`CJK_DATE_FORMATS` as the date
    Excel shows (the day it falls on), and one styled as a month as that month (``2019-07``:
    the day it holds was not typed)."""
    from openpyxl.utils.datetime import from_excel

    def shown(c: Any) -> Any:
        try:
            return from_excel(c, epoch)
        except (ValueError, OverflowError):  # no day Excel can show (99999999): the number
            return c

    def month(c: Any) -> Any:
        """The month shown, where the cell holds its first day (what Excel keeps of a month
        typed); another day was typed (a format shows less than it holds): that day."""
        when = c if isinstance(c, datetime) else shown(c)
        if isinstance(when, datetime) and when.day == 1 and when.time() == time(0):
            return ShownMonth(when.year, when.month, 1)
        return when

    def number(c: Any) -> bool:
        return isinstance(c, int | float) and not isinstance(c, bool)

    dates, months = notes.dates, notes.months
    for n, cells in records:
        yield (
            n,
            tuple(
                month(c)
                if (n, k) in months and (number(c) or isinstance(c, datetime))
                else shown(c)
                if (n, k) in dates and number(c)
                else c
                for k, c in enumerate(cells, 1)
            ),
        )


#: A formula element of a sheet (not <font>).
_FORMULA = re.compile(rb"<f[\s>/]")


def cell_text(value: Any) -> str:
    """A spreadsheet cell as the text a person typed (numbers without a spurious .0)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"  # as Excel shows a logical value
    if isinstance(value, ShownMonth):
        return f"{value.year:04d}-{value.month:02d}"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        if abs(value) >= 1e15:  # past Excel's 15 digits (an ID card's number): as it shows
            return format(Decimal(f"{value:.15g}"), "f")  # 110105199001011000, not …1008
        return str(int(value))
    return str(value)


def _unreadable(source: str, exc: Exception) -> BatchError:
    """A workbook openpyxl could not read, with what it said."""
    detail = shown(str(exc) or type(exc).__name__, 200)
    return BatchError(Msg.of("batch.cannot_open", path=shown_path(source), detail=detail))


def _open_xlsx(source: str, sheet: str | None, sample: int) -> Input:
    try:
        import openpyxl
    except ImportError:  # pragma: no cover - openpyxl is a declared extra
        raise BatchError(Msg.of("batch.needs_openpyxl")) from None
    if source == "-":
        raise BatchError(
            Msg.of("err.value", field="--input-format", value="xlsx", accepted="csv, jsonl (stdin)")
        )
    formulas = _check_xlsx(source)
    # what openpyxl says of a file's styles ("no default style") is no business of the user's
    warnings.filterwarnings("ignore", category=UserWarning, module=r"openpyxl(\.|$)")
    handles: list[IO[bytes]] = []

    def opened() -> IO[bytes]:
        # a file object, not the name: openpyxl refuses a name without an Excel extension
        # (an .xlsx renamed .csv, read with --input-format xlsx)
        handles.append(open(source, "rb"))  # noqa: SIM115 - closed with the input
        return handles[-1]

    def close_handles() -> None:
        for handle in handles:
            handle.close()

    try:
        book = openpyxl.load_workbook(opened(), read_only=True, data_only=True)
        # a formula whose result was never saved (a file written by a program, not by
        # Excel) reads as empty: read the formulas too, and show those as they are written
        texts = openpyxl.load_workbook(opened(), read_only=True) if formulas else None
    except OSError as exc:
        close_handles()
        raise BatchError(
            Msg.of("batch.cannot_open", path=shown(source), detail=os_error(exc))
        ) from None
    except Exception as exc:  # openpyxl raises many kinds for a bad file
        close_handles()
        raise _unreadable(source, exc) from None
    try:
        names = [w.title for w in book.worksheets]  # sheets of cells (not of a chart)
        if sheet is not None and sheet not in names:
            raise BatchError(
                Msg.of("err.value", field="--sheet", value=shown(sheet), accepted=", ".join(names))
            )
        # the first sheet Excel shows: a hidden one (a template's drop-down lists) is none
        shown_first = next((w for w in book.worksheets if _visible(w)), book.worksheets[0])
        ws = book[sheet] if sheet is not None else shown_first
        rest = [w for w in book.worksheets if w is not ws]
        estimate = ws.max_row if isinstance(ws.max_row, int) else None
        ws.reset_dimensions()  # a stale <dimension> must not hide rows
        records: Iterable[tuple[int, tuple[Any, ...]]] = enumerate(
            ws.iter_rows(values_only=True), 1
        )
        notes = cell_notes(source, ws.title, formulas)
        if texts is not None:
            written = texts[ws.title]
            written.reset_dimensions()
            unsaved = None if notes is None else notes.unsaved
            records = _with_unsaved_formulas(records, written.iter_rows(values_only=True), unsaved)
        if notes is not None and (notes.dates or notes.months):
            records = _with_dates(records, notes, book.epoch)
        read = [0]

        def counted() -> Iterator[tuple[int, tuple[Any, ...]]]:
            for n, cells in records:
                read[0] = n
                if n > MAX_ROWS:
                    raise BatchError(Msg.of("batch.too_many_rows", limit=MAX_ROWS))
                yield n, cells

        numbered = counted()
        first = None
        for n, cells in numbered:
            if any(cell_text(c).strip() for c in cells):
                first = (n, cells)
                break
        # the sheets to name, as --sheet may screen them: those Excel shows
        others = () if sheet is not None else tuple(str(w.title) for w in rest if _visible(w))
        if first is None:
            if others:  # a blank first sheet: name the others
                raise BatchError(
                    Msg.of(
                        "batch.empty_first_sheet",
                        sheet=shown(ws.title, 60),
                        sheets=shown(", ".join(others), 200),
                        first=shown(shell_word(others[0]), 60),
                    )
                )
            hidden_lists = () if sheet is not None else _applicant_sheets(rest, visible=False)
            if hidden_lists:  # the list is on a sheet Excel hides
                msg = hidden_sheets_msg("batch.empty_hidden_sheets", hidden_lists, ws)
                raise BatchError(msg)
            raise BatchError(Msg.of("batch.empty"))
        head: list[tuple[int, tuple[Any, ...]]] = []
        for item in numbered:
            head.append(item)
            if len(head) >= sample + HEADER_SEARCH:
                break
        header, head, skipped = _header_and_rows(first[0], [cell_text(c) for c in first[1]], head)
        while header and not header[-1].strip():
            header.pop()
        if len(header) > MAX_COLUMNS:
            raise BatchError(Msg.of("batch.too_many_columns", limit=MAX_COLUMNS))
        width = len(header)
        # merges from the first applicant row on, in the header's columns (the header's own
        # merges are the header's business: find_header)
        start = head[0][0] if head else MAX_ROWS + 1
        found, hidden_rows, hidden_ranges = _merged_and_hidden(ws)
        merges = [
            m._replace(right=min(m.right, width - 1))
            for m in found
            if m.top >= start and m.left < width
        ]
        fill = _MergedFill(merges)
        head = [(n, fill(n, cells)) for n, cells in head]  # the sample sees what Excel shows

        def rows() -> Iterator[Row]:
            ended = False  # below 以下空白: a row holding only its 序号 is no applicant
            numbers = numbered_columns(header)
            try:
                for n, cells in _chain(head, ((n, fill(n, c)) for n, c in numbered)):
                    texts = [cell_text(c) for c in cells]
                    if not "".join(texts).strip():
                        continue
                    typed = list(cells)
                    if is_totals_row(texts):
                        totals.append(n)  # 合计: no applicant (said after the summary)
                        yield Row(n, texts[:width], typed[:width], totals=True)
                        continue
                    if ended and only_a_number(texts, numbers):
                        # a 序号 alone below 以下空白 (in column A, headed or not)
                        unused.append(n)
                        yield Row(n, texts[:width], typed[:width], unused=True)
                        continue
                    if is_footer_row(texts, header):  # 填表人:…: no applicant (said after
                        # the summary)
                        ended = ended or ends_the_list(texts)
                        footers.append(n)
                        yield Row(n, texts[:width], typed[:width], footer=True)
                        continue
                    if n in hidden_rows:  # screened as every row, and said so
                        hidden.append(n)
                    if len(texts) > width and "".join(texts[width:]).strip():
                        # a note right of the table: in a column of its own (no separator
                        # to have misplaced it), so the row is screened and the note said
                        yield Row(n, texts[:width], typed[:width], outside=_outside(texts, width))
                        continue
                    yield Row(n, texts[:width], typed[:width])
            except BatchError:
                raise
            except (
                Exception
            ) as exc:  # a sheet that breaks part way (XML, zip): said, not a traceback
                raise _unreadable(source, exc) from None

        sample_rows = [[cell_text(c) for c in cells] for _, cells in head[:sample]]

        def close() -> None:
            book.close()
            if texts is not None:
                texts.close()
            close_handles()

        merged = tuple(m.ref for m in merges if m.bottom > m.top)
        lists = () if sheet is not None else _applicant_sheets(rest)
        totals: list[int] = []
        footers: list[int] = []
        unused: list[int] = []
        hidden: list[int] = []
        return Input(
            header,
            sample_rows,
            with_unused_tail(rows(), unused, header),
            lambda: (read[0], estimate),
            close,
            skipped,
            others,
            merged,
            lists,
            totals,
            footers,
            tuple(m for m in merges if m.bottom > m.top),
            unused,
            str(ws.title),
            hidden,
            tuple(str(w.title) for w in rest if not _visible(w)),
            tuple if sheet is not None else lambda: _applicant_sheets(rest, visible=False),
            tuple(i for i in range(width) if any(a <= i <= b for a, b in hidden_ranges)),
        )
    except BaseException as exc:
        book.close()
        if texts is not None:
            texts.close()
        close_handles()
        if isinstance(exc, Exception) and not isinstance(exc, BatchError):
            # a sheet openpyxl cannot read to its header (a broken merged range, XML)
            raise _unreadable(source, exc) from None
        raise
