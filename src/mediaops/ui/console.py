"""The terminal: the theme, Chinese-aware wrapping, and consoles.

``mediaops.ui`` is the only package that imports rich (ruff's ``banned-api``
enforces it). Renderables are built and returned, never printed where they
are built; colours are named by meaning in :data:`THEME`, so a pipe gets
plain text and a terminal gets colour without any logic knowing which.
"""

from __future__ import annotations

import io
import os
import re
import sys
from collections.abc import Sequence
from typing import IO, Any

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.containers import Lines
from rich.measure import Measurement
from rich.padding import Padding
from rich.table import Table
from rich.text import Text
from rich.theme import Theme

from mediaops.memo import memoized

THEME = Theme(
    {
        "eligible": "bold green",
        "not_eligible": "red",
        "undetermined": "bold yellow",
        "held": "cyan",
        "clause": "bold",
        "missing": "yellow",
        "assumption": "magenta",
        "muted": "dim",
        "title": "bold",
        "error": "bold red",
        "met": "green",
        "unmet": "red",
        "unknown": "yellow",
    }
)


def _is_wide(ch: str) -> bool:
    return cell_len(ch) == 2


#: Characters a line may not start with, or end with (Chinese line-breaking rules).
_NO_LINE_START = frozenset("，。、；：？！）》」』”’,.;:?!)]}/…%")
_NO_LINE_END = frozenset("（《「『“‘([{")


def _can_break(text: str, i: int) -> bool:
    """May a line break fall before ``text[i]``?"""
    prev, ch = text[i - 1], text[i]
    if ch == " " or ch in _NO_LINE_START or prev in _NO_LINE_END:
        return False
    if prev == " ":  # keep a number with its words: "满 4 年" breaks neither side of the 4
        before = text[i - 2] if i >= 2 else ""
        return not ((before.isdigit() and _is_wide(ch)) or (_is_wide(before) and ch.isdigit()))
    return _is_wide(prev) or _is_wide(ch)


#: A token: a run of characters between spaces and punctuation that ends a phrase.
_TOKEN = re.compile(r"[^\s，。、；：？！（）《》「」『』“”‘’();,!?]+")
#: A flag followed by its value: "--edition template-2023" stays on one line.
_FLAG_VALUE = re.compile(r"(?<![\w-])--?[A-Za-z][\w-]* (?=[^\s-])(\S*)")
#: What joins the parts of a value (四级:2024-01-10, 文化程度=学历).
_VALUE_PARTS = re.compile(r"[:=]")
#: The longest glued run kept whole (longer ones fold like any text).
_GLUE_LIMIT = 32


def _glued_positions(text: str, width: int = _GLUE_LIMIT) -> frozenset[int]:
    """Positions a line may not break before, beyond the rules of :func:`_can_break`.

    Inside a value of short parts joined by ``:`` or ``=`` (``四级:2024-01-10``,
    ``文化程度=学历``, ``大专:不相关:在读``); inside a short Chinese word (at most
    four characters) in English text (``初中`` in "e.g. 初中, 高中"); between a flag
    and its value, and inside the value.
    """
    glued: set[int] = set()
    limit = min(width, _GLUE_LIMIT)  # what cannot fit a line is not kept whole
    english = sum(1 for c in text if _is_wide(c)) * 3 < len(text)
    for m in _TOKEN.finditer(text):
        token = m.group().rstrip(".")
        if cell_len(token) > limit:
            continue
        wide = sum(1 for c in token if _is_wide(c))
        parts = _VALUE_PARTS.split(token)
        # a value: short parts joined by : or = (prose such as 学历不符:需高级技工学校… is not)
        value = wide and len(parts) > 1 and all(cell_len(p) <= 12 for p in parts)
        # a word: short Chinese in English text, or an item of a list (初中、高中、技工学校)
        listed = "、" in (text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1])
        word = wide == len(token) and ((english and wide <= 4) or (listed and wide <= 6))
        if value or word:
            glued.update(range(m.start() + 1, m.start() + len(token)))
    for m in _FLAG_VALUE.finditer(text):
        # nor inside the value (--assume-education 高级技工学校 is typed as it reads); a pair
        # too long for a line may break between the two, a value too long anywhere
        if cell_len(m.group()) <= width:
            glued.update(range(m.start(1), m.end(1)))
        elif cell_len(m.group(1)) <= width:
            glued.update(range(m.start(1) + 1, m.end(1)))
    return frozenset(glued)


#: :func:`_glued_positions`, remembered: a table measures and wraps each cell more than once.
_glued = memoized(_glued_positions, "layout")


def break_offsets(text: str, width: int) -> list[int]:
    """Where to break ``text`` into lines of at most ``width`` cells.

    Breaks after a space, or between two characters either of which is wide
    (Chinese may break between any two characters, so 取证后从业满 2 年 never
    leaves a ragged line the way word-wrapping at its few spaces would), never
    before closing or after opening punctuation, nor inside what :func:`_glued`
    keeps together. A number that cannot share a line with the word before it starts the
    next line, after its space, colon or comma; a run longer than the line is folded.
    """
    offsets: list[int] = []
    start = 0
    used = 0
    last_break = -1
    # the start of a number or an English word after a space, a colon or a comma (计 2028-02-27,
    # 书,2028-02-27): where to break, against the rules, rather than fold it when it cannot
    # stay on the line with what goes before it (2028-02-2 and 7 would read as another date)
    last_run = -1
    glued = _glued(text, width)
    for i, ch in enumerate(text):
        if i > start and i not in glued and _can_break(text, i):
            last_break = i
        elif i > start and i not in glued and text[i - 1] in _RUN_AFTER and _ascii_alnum(ch):
            last_run = i
        w = cell_len(ch)
        if used + w > width and i > start and ch != " ":
            cut = last_break if last_break > start else last_run if last_run > start else i
            if cut == i and ch in _NO_LINE_START and i - 1 > start:
                cut = i - 1  # folded: a closing mark takes the character before it along
            offsets.append(cut)
            start = cut
            used = cell_len(text[start:i])
            last_break = -1
            last_run = last_run if last_run > cut else -1
        used += w
    return offsets


#: What may end a line before a number or word too long to share it (:func:`break_offsets`).
_RUN_AFTER = frozenset(" :：,，;；、")


def _ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _longest_word(text: str) -> int:
    """The cells of the longest run of ``text`` that has no space and no wide character."""
    return max((cell_len(w) for w in text.split() if not any(_is_wide(c) for c in w)), default=0)


class CJKText(Text):
    """Text that wraps Chinese between characters and English between words."""

    def wrap(
        self,
        console: Console,
        width: int,
        *,
        justify: Any = None,
        overflow: Any = None,
        tab_size: int = 8,
        no_wrap: bool | None = None,
    ) -> Lines:
        """Split into lines of at most ``width`` cells (see :func:`break_offsets`).

        A line that starts indented (a sub-line of a basis, ``  若取得…``) keeps its indent
        on the lines it continues on, where that leaves half the width or more.
        """
        lines = Lines()
        for line in self.split("\n", allow_blank=True):
            indent = len(line.plain) - len(line.plain.lstrip(" "))
            if 0 < indent <= width // 2 and _longest_word(line.plain) <= width - indent:
                head, line = line.divide([indent])
            else:
                head, indent = None, 0
            for n, part in enumerate(line.divide(break_offsets(line.plain, width - indent))):
                if n:  # a continuation line never starts with the space it broke at
                    part = part[len(part.plain) - len(part.plain.lstrip(" ")) :]
                if head is not None:
                    hung = head.copy()
                    hung.append_text(part)
                    part = hung
                part.rstrip()
                lines.append(part)
        return lines

    def __rich_measure__(self, console: Console, options: Any) -> Measurement:
        """The narrowest sensible width is the longest unbreakable run (an English word)."""
        plain = self.plain
        widest = max((cell_len(line) for line in plain.splitlines()), default=0)
        runs = [w for w in plain.split() if not any(_is_wide(c) for c in w)]
        glued = _glued(plain)
        runs += [
            m.group()
            for m in _TOKEN.finditer(plain)
            if m.start() + 1 in glued or (m.end() - m.start() == 1)
        ]
        narrowest = max((cell_len(w) for w in runs), default=2)
        # a run may stand on an indented line, whose continuations keep the indent (wrap)
        narrowest += max((len(ln) - len(ln.lstrip(" ")) for ln in plain.split("\n")), default=0)
        return Measurement(min(max(narrowest, 2), widest), widest)


#: Below this many cells a table of levels is stacked (:class:`LevelTable`).
NARROW = 60


def splits_words(
    table: Table,
    rows: Sequence[Sequence[RenderableType]],
    console: Console,
    options: ConsoleOptions,
) -> bool:
    """Whether ``table`` in ``options.max_width`` cells would give a column fewer cells than
    the longest word of one of its ``rows`` (``senior-technical-school`` in the last column
    of three 60 cells wide in English), which it would then split."""
    # rich's own arithmetic (private: a column's width with its padding, without the
    # separators between columns and the edges); should a later rich lack it, a table
    # narrower than NARROW is taken to split one, as before this was worked out
    try:
        inner = options.update_width(options.max_width - table._extra_width)
        widths = table._calculate_column_widths(console, inner)
        room = [width - table._get_padding_width(i) for i, width in enumerate(widths)]
    except (AttributeError, TypeError):
        return options.max_width < NARROW
    return any(
        Measurement.get(console, options, cell).minimum > width
        for cells in rows
        for cell, width in zip(cells, room, strict=False)
    )


class LevelTable:
    """A table of levels, one row per level: a table where it fits, else stacked.

    Three columns in a narrow terminal (a phone, a split pane) leave the last a
    few cells wide and split words (``undetermin``/``ed``, ``✘ 暂不可报``/``考``).
    Below :data:`NARROW` cells each level is stacked instead: a line naming it
    (``三级/高级工 · ? 无法判断``), and under it, indented, the other cells. With
    ``labelled`` each of those is headed by its column's header (the editions side by
    side); without, the second cell joins the level's line and the header is left out.
    """

    def __init__(self, table: Table, *, labelled: bool = False) -> None:
        self.table = table
        self.labelled = labelled
        self.rows: list[tuple[Text, ...]] = []

    def add_row(self, *cells: Text) -> None:
        """Add a row to the table and to the stacked form."""
        self.table.add_row(*cells)
        self.rows.append(cells)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if options.max_width >= NARROW and not splits_words(
            self.table, self.rows, console, options
        ):
            yield self.table
            return
        headers = [str(c.header) for c in self.table.columns]
        for cells in self.rows:
            line = CJKText(style="bold")
            line.append_text(cells[0])
            rest = list(enumerate(cells[1:], 1))
            if not self.labelled and rest:
                line.append(" · ")
                line.append_text(rest.pop(0)[1])
            yield line
            for i, cell in rest:
                if not self.labelled and not cell.plain.strip():
                    continue  # a level held has no pathway: no blank line under it
                if self.labelled:
                    yield Padding(CJKText(headers[i], "clause"), (0, 0, 0, 2))
                yield Padding(cell, (0, 0, 0, 4 if self.labelled else 2))


class LabelledGrid:
    """Rows of a bold label and its text: two columns where they fit, else stacked.

    The notes under a table (基本条件, 假设, 报考需准备 …) keep their labels in a column of
    their own, which leaves the text a few cells in a narrow terminal and splits English
    words. Below :data:`NARROW` cells, as :class:`LevelTable` stacks the levels above it,
    each label stands on a line of its own and its rows follow, indented.
    """

    def __init__(self, style: str = "bold") -> None:
        self.rows: list[tuple[str, RenderableType]] = []
        self.style = style  # the labels' (``rules show`` marks its assumptions' apart)

    def add_row(self, label: str, cell: RenderableType) -> None:
        """Add a row; an empty label continues the one above."""
        self.rows.append((label, cell))

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if options.max_width >= NARROW:
            grid = Table.grid(padding=(0, 2))
            grid.add_column(no_wrap=True, style=self.style)
            grid.add_column(ratio=1)
            for label, cell in self.rows:
                grid.add_row(label, cell)
            yield grid
            return
        for label, cell in self.rows:
            if label:
                yield CJKText(label, style=self.style)
            yield Padding(cell, (0, 0, 0, 2))


def is_terminal(stream: Any) -> bool:
    """Whether ``stream`` is a terminal (False for a closed or missing stream)."""
    try:
        return bool(stream is not None and stream.isatty())
    except (ValueError, OSError, AttributeError):
        return False


def make_console(file: IO[str] | None = None, *, stderr: bool = False) -> Console:
    """A console with the theme; colour only on a terminal and never with ``NO_COLOR``.

    ``COLUMNS`` sets the width when output is not a terminal (80 otherwise; 20 to 1000).
    """
    stream = file if file is not None else (sys.stderr if stderr else sys.stdout)
    width = None
    if not is_terminal(stream):
        try:
            width = min(1000, max(20, int(os.environ.get("COLUMNS", "80"))))
        except ValueError:
            width = 80
    # emoji=False: no ":codes:" in our text, and not loading the emoji table saves start-up time
    return _Console(
        file=stream, theme=THEME, width=width, highlight=False, soft_wrap=False, emoji=False
    )


class _Console(Console):
    """A console that leaves a closed pipe to the program's boundary (rich would exit 1)."""

    def on_broken_pipe(self) -> None:
        raise BrokenPipeError(32, "the reader of the output went away")


def export_text(renderable: RenderableType, width: int = 100) -> str:
    """Plain text of a renderable at a fixed width (for golden files and plain output)."""
    console = Console(file=io.StringIO(), width=width, record=True, color_system=None, theme=THEME)
    console.print(renderable)
    return console.export_text()
