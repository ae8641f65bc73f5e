"""``mediaops rules show``, ``rules list`` and ``rules diff`` as renderables.

Assumptions are marked by a number that refers to the list of assumptions
below the table (``[假设1]``), and sources by their name: no internal id
appears where a person reads.
"""

from __future__ import annotations

from typing import Any

from rich import box
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from mediaops.engine.conditions import unit_of
from mediaops.messages import Lang, aside, clauses, counted, listing, localize, tr
from mediaops.rules import DEFAULT_EDITION, EDITIONS, Difference, Pathway, Ruleset, load_edition

from .console import NARROW, CJKText, LabelledGrid, LevelTable, splits_words

#: The fewest cells a clause's wording is given in the table of ``rules show``: narrower, the
#: clauses are stacked (an English word such as ``Junior-middle-school`` is not split).
WORDING_WIDTH = 20


class ClauseTable:
    """The clauses of ``rules show``: a table where the wording has room, else stacked.

    Four columns in a narrow terminal leave the wording a few cells (one at 40 columns in
    English: a word a line, a letter a line). Stacked, each level's name stands on a line,
    each clause's id and source under it, indented, and its wording under them.
    """

    def __init__(self, table: Table) -> None:
        self.table = table
        self.rows: list[tuple[str, str, Text, str]] = []

    def add_row(self, level: str, clause: str, wording: Text, source: str) -> None:
        """Add a clause (``level`` empty for a level's second clause on)."""
        self.table.add_row(level, clause, wording, CJKText(source))
        self.rows.append((level, clause, wording, source))

    def add_section(self) -> None:
        """A rule between the table's groups of rows (a level's clauses)."""
        self.table.add_section()

    def _fits(self, width: int) -> bool:
        level, clause, _, source = (str(c.header) for c in self.table.columns)
        widest = [
            max(cell_len(level), *(cell_len(r[0]) for r in self.rows)),
            max(cell_len(clause), *(cell_len(r[1]) for r in self.rows)),
            min(14, max(cell_len(source), *(cell_len(r[3]) for r in self.rows))),
        ]
        return width >= max(NARROW, sum(widest) + 6 + WORDING_WIDTH)  # 6: between columns

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        cells = [(r[0], r[1], r[2]) for r in self.rows]  # a source may wrap anywhere: 报考条件摘要
        if not self.rows or (
            self._fits(options.max_width) and not splits_words(self.table, cells, console, options)
        ):
            yield self.table
            return
        for level, clause, wording, source in self.rows:
            if level:
                yield CJKText(level, style="bold")
            line = CJKText(clause, style="clause")
            line.append(f"  {source}", "muted")
            yield Padding(line, (0, 0, 0, 2))
            yield Padding(wording, (0, 0, 0, 4))


def source_name(ruleset: Ruleset, key: str, lang: Lang) -> str:
    """A source's short name (``报考条件摘要``), else its title."""
    source = ruleset.sources.get(key)
    if source is None:
        return key
    return str(localize(source.name or source.title, lang))


def _numbers(ruleset: Ruleset) -> dict[str, int]:
    return {a.id: n for n, a in enumerate(ruleset.assumptions, 1)}


def _mark(ids: list[str], numbers: dict[str, int], lang: Lang) -> str:
    """The assumptions a clause rests on, on a line of their own (a mark never breaks in two)."""
    word = tr("rules.assumption_mark", lang)
    marks = " ".join(f"[{word}{numbers[a]}]" for a in dict.fromkeys(ids) if a in numbers)
    return "\n" + marks if marks else ""


def ruleset_renderable(ruleset: Ruleset, lang: Lang) -> RenderableType:
    """Every clause with its id, wording, original text, source and assumptions."""
    numbers = _numbers(ruleset)
    title = CJKText(
        tr("rules.title", lang, title=ruleset.title, edition=ruleset.edition_name), "title"
    )
    parts: list[RenderableType] = [title]
    if ruleset.notice is not None:
        parts.append(CJKText(str(localize(ruleset.notice, lang)), "assumption"))
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column(tr("table.level", lang), no_wrap=True)
    table.add_column(tr("rules.clause", lang), no_wrap=True, style="clause")
    table.add_column(tr("rules.requirement", lang), ratio=1)
    table.add_column(tr("rules.source", lang), style="muted", max_width=14)
    clause_table = ClauseTable(table)
    for g in ruleset.general:
        kind = (
            "rules.blocking"
            if g.blocking
            else ("rules.advisory" if g.condition.kind == "advisory" else "rules.note_clause")
        )
        req = CJKText(f"{localize(g.text, lang)} ({tr(kind, lang)})")
        ids = list(
            dict.fromkeys(
                [*([g.assumption] if g.assumption else []), *g.condition.assumption_ids()]
            )
        )
        req.append(_mark(ids, numbers, lang), "assumption")
        clause_table.add_row(
            tr("table.general", lang) if g is ruleset.general[0] else "",
            g.id,
            req,
            source_name(ruleset, g.source, lang),
        )
    clause_table.add_section()
    for lv in ruleset.levels:
        for i, p in enumerate(lv.pathways):
            req = CJKText(localize(p.text, lang))
            ids = [a for c in p.conditions for a in c.assumption_ids()]
            req.append(_mark(ids, numbers, lang), "assumption")
            req.append("\n" + p.original, "muted")
            clause_table.add_row(
                str(localize(lv.name, lang)) if i == 0 else "",
                p.id,
                req,
                source_name(ruleset, p.source, lang),
            )
        clause_table.add_section()
    parts += [CJKText(), clause_table]
    if ruleset.directions:
        directions = LabelledGrid()
        for d in ruleset.directions:
            levels = listing((tr(f"level.{n}", lang) for n in sorted(d.levels, reverse=True)), lang)
            directions.add_row(
                str(localize(d.name, lang)),
                CJKText(
                    f"{tr('rules.direction_levels', lang, levels=levels)} · {localize(d.covers, lang)}"
                ),
            )
        parts += [CJKText(), CJKText(tr("rules.directions", lang), "title"), directions]
    notes = LabelledGrid("assumption")
    word = tr("rules.assumption_mark", lang)
    for a in ruleset.assumptions:
        notes.add_row(
            f"{word}{numbers[a.id]}",
            CJKText(f"{localize(a.text, lang)}{aside(source_name(ruleset, a.source, lang), lang)}"),
        )
    sources = LabelledGrid("muted")
    for key, src in ruleset.sources.items():
        ref = f" · {src.reference}" if src.reference else ""
        sources.add_row(
            source_name(ruleset, key, lang), CJKText(str(localize(src.title, lang)) + ref)
        )
    parts += [
        CJKText(),
        CJKText(tr("rules.assumptions", lang), "title"),
        notes,
        CJKText(),
        CJKText(tr("rules.source", lang), "title"),
        sources,
    ]
    return Group(*parts)


def editions_renderable(lang: Lang) -> RenderableType:
    """``mediaops rules list``: the built-in editions and their status."""
    table = Table(
        title=tr("rules.list_title", lang),
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        title_justify="left",
        title_style="title",
    )
    table.add_column(tr("rules.edition", lang), no_wrap=True, style="clause")
    table.add_column(tr("rules.name", lang), ratio=1)
    table.add_column(tr("rules.status", lang), ratio=1)
    for edition in EDITIONS:
        rs = load_edition(edition)
        name = str(localize(rs.edition_name, lang))
        if edition == DEFAULT_EDITION:
            name += tr("rules.default", lang)
        table.add_row(edition, CJKText(name), CJKText(tr(f"rules.status.{rs.status}", lang)))
    return table


def _describe(item: Any, lang: Lang) -> str:
    """A clause or entry in one line: its id, wording and what it asks."""
    if isinstance(item, Pathway):
        asks = clauses((unit_of(c).requirement(c).format(lang) for c in item.conditions), lang)
        return f"{item.id} {localize(item.text, lang)} [{asks}]"
    text = getattr(item, "text", None) or getattr(item, "name", None)
    # a clause is known by its id (G1); an assumption or a direction by its words alone
    ident = str(getattr(item, "id", "")) if hasattr(item, "blocking") else ""
    extra = ""
    if hasattr(item, "blocking"):
        extra = aside(tr("rules.blocking" if item.blocking else "rules.note_clause", lang), lang)
    if hasattr(item, "levels"):
        extra = aside(listing((tr(f"level.{n}", lang) for n in item.levels), lang), lang)
    return f"{ident} {localize(text, lang)}{extra}".strip()


def diff_renderable(
    a: Ruleset, b: Ruleset, names: tuple[str, str], diffs: list[Difference], lang: Lang
) -> RenderableType:
    """``mediaops rules diff A B``: what one has that the other lacks or words differently."""
    title = CJKText(tr("rules.diff_title", lang, a=names[0], b=names[1]), "title")
    if not diffs:
        return Group(title, CJKText(), CJKText(tr("rules.diff_same", lang)))
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column(tr("rules.clause", lang), max_width=14)
    table.add_column(names[0], ratio=1)
    table.add_column(names[1], ratio=1)
    rows = LevelTable(table, labelled=True)  # stacked when narrow: a ruleset's name, its text
    for d in diffs:
        where = (
            tr(f"level.{d.where}", lang)
            if d.where.isdigit()
            else tr(f"rules.diff_{d.where.rstrip('s')}", lang)
        )
        left = CJKText(
            _describe(d.a, lang) if d.a is not None else "—", "muted" if d.a is None else ""
        )
        right = CJKText(
            _describe(d.b, lang) if d.b is not None else "—", "muted" if d.b is None else ""
        )
        rows.add_row(CJKText(where), left, right)
    return Group(
        title,
        CJKText(),
        rows,
        CJKText(),
        CJKText(tr(counted("rules.diff_count", len(diffs)), lang, count=len(diffs)), "muted"),
    )
