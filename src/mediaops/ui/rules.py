"""``mediaops rules show``, ``rules list`` and ``rules diff`` as renderables.

Assumptions are marked by a number that refers to the list of assumptions
below the table (``[假设1]``), and sources by their name: no internal id
appears where a person reads.
"""

from __future__ import annotations

from typing import Any

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table

from mediaops.engine.conditions import unit_of
from mediaops.messages import Lang, aside, clauses, counted, listing, localize, tr
from mediaops.rules import DEFAULT_EDITION, EDITIONS, Difference, Pathway, Ruleset, load_edition

from .console import CJKText


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
        table.add_row(
            tr("table.general", lang) if g is ruleset.general[0] else "",
            g.id,
            req,
            CJKText(source_name(ruleset, g.source, lang)),
        )
    table.add_section()
    for lv in ruleset.levels:
        for i, p in enumerate(lv.pathways):
            req = CJKText(localize(p.text, lang))
            ids = [a for c in p.conditions for a in c.assumption_ids()]
            req.append(_mark(ids, numbers, lang), "assumption")
            req.append("\n" + p.original, "muted")
            table.add_row(
                localize(lv.name, lang) if i == 0 else "",
                p.id,
                req,
                CJKText(source_name(ruleset, p.source, lang)),
            )
        table.add_section()
    parts += [CJKText(), table]
    if ruleset.directions:
        directions = Table.grid(padding=(0, 2))
        directions.add_column(no_wrap=True, style="bold")
        directions.add_column(ratio=1)
        for d in ruleset.directions:
            levels = listing((tr(f"level.{n}", lang) for n in sorted(d.levels, reverse=True)), lang)
            directions.add_row(
                str(localize(d.name, lang)),
                CJKText(
                    f"{tr('rules.direction_levels', lang, levels=levels)} · {localize(d.covers, lang)}"
                ),
            )
        parts += [CJKText(), CJKText(tr("rules.directions", lang), "title"), directions]
    notes = Table.grid(padding=(0, 2))
    notes.add_column(no_wrap=True, style="assumption")
    notes.add_column(ratio=1)
    word = tr("rules.assumption_mark", lang)
    for a in ruleset.assumptions:
        notes.add_row(
            f"{word}{numbers[a.id]}",
            CJKText(f"{localize(a.text, lang)}{aside(source_name(ruleset, a.source, lang), lang)}"),
        )
    sources = Table.grid(padding=(0, 2))
    sources.add_column(no_wrap=True, style="muted")
    sources.add_column(ratio=1)
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
        table.add_row(CJKText(where), left, right)
    return Group(
        title,
        CJKText(),
        table,
        CJKText(),
        CJKText(tr(counted("rules.diff_count", len(diffs)), lang, count=len(diffs)), "muted"),
    )
