"""Reports and rulesets as rich renderables, in Chinese or English.

The only module of the library that imports rich (ruff's ``banned-api``
enforces it; the CLI front door and the interactive prompts are the other
two places that talk to a terminal). Renderables are built and returned, never
printed here; colours are named by meaning in :data:`THEME`, so a pipe gets
plain text and a terminal gets colour without any logic knowing which.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from typing import IO, Any

from rich import box
from rich.cells import cell_len
from rich.console import Console, Group, RenderableType
from rich.containers import Lines
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text
from rich.theme import Theme

from .messages import EDUCATION_NAMES, Lang, Msg, fmt_years, localize, name, tr
from .report import ConditionResult, LevelResult, Report, Verdict
from .rules import Ruleset

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


def _break_offsets(text: str, width: int) -> list[int]:
    """Where to break ``text`` into lines of at most ``width`` cells.

    Breaks after a space, or between two characters either of which is wide
    (Chinese may break between any two characters, so 取证后从业满 2 年 never
    leaves a ragged line the way word-wrapping at its few spaces would), never
    before closing or after opening punctuation. A run longer than the line is
    folded.
    """
    offsets: list[int] = []
    start = 0
    used = 0
    last_break = -1
    for i, ch in enumerate(text):
        if i > start and _can_break(text, i):
            last_break = i
        w = cell_len(ch)
        if used + w > width and i > start and ch != " ":
            cut = last_break if last_break > start else i
            offsets.append(cut)
            start = cut
            used = cell_len(text[start:i])
            last_break = -1
        used += w
    return offsets


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
        """Split into lines of at most ``width`` cells (see :func:`_break_offsets`)."""
        lines = Lines()
        for line in self.split("\n", allow_blank=True):
            for n, part in enumerate(line.divide(_break_offsets(line.plain, width))):
                if n:  # a continuation line never starts with the space it broke at
                    part = part[len(part.plain) - len(part.plain.lstrip(" ")) :]
                part.rstrip()
                lines.append(part)
        return lines

    def __rich_measure__(self, console: Console, options: Any) -> Measurement:
        """The narrowest sensible width is the longest unbreakable run (an English word)."""
        plain = self.plain
        widest = max((cell_len(line) for line in plain.splitlines()), default=0)
        runs = [w for w in plain.split() if not any(_is_wide(c) for c in w)]
        narrowest = max((cell_len(w) for w in runs), default=2)
        return Measurement(min(max(narrowest, 2), widest), widest)


def make_console(file: IO[str] | None = None, *, stderr: bool = False) -> Console:
    """A console with the theme; colour only on a terminal and never with ``NO_COLOR``.

    ``COLUMNS`` sets the width when output is not a terminal (80 otherwise).
    """
    stream = file if file is not None else (sys.stderr if stderr else sys.stdout)
    width = None
    if not stream.isatty():
        try:
            width = int(os.environ.get("COLUMNS", "80"))
        except ValueError:
            width = 80
    # emoji=False: no ":codes:" in our text, and not loading the emoji table saves start-up time
    return Console(
        file=stream, theme=THEME, width=width, highlight=False, soft_wrap=False, emoji=False
    )


def _t(key: str, lang: Lang, **params: Any) -> str:
    return tr(key, lang, **params)


def _actual_suffix(conditions: Iterable[ConditionResult], lang: Lang) -> str:
    """``(实际 2.5 年)`` for the time-based conditions of a pathway."""
    parts = [
        _t("years", lang, years=fmt_years(c.actual))
        for c in conditions
        if c.kind in ("experience", "experience_since_certificate") and c.actual is not None
    ]
    if not parts:
        return ""
    return _t("table.actual", lang, actual=", ".join(parts))


def level_basis(lv: LevelResult, lang: Lang) -> Text:
    """The third column of the table: the clause a verdict rests on, or what is missing."""
    text = CJKText()
    if lv.status is Verdict.held:
        text.append(_t("table.held_basis", lang, level=Msg.of(f"level.{lv.level}")), "muted")
        return text
    if lv.status is Verdict.eligible:
        for i, pid in enumerate(lv.qualifying_pathways):
            p = lv.pathway(pid)
            if i:
                text.append("\n")
            text.append(pid, "clause")
            text.append(" " + localize(p.text, lang) + _actual_suffix(p.conditions, lang))
        return text
    if lv.blocked_by:
        text.append(_t("table.blocked", lang, clause="、".join(lv.blocked_by)), "missing")
        return text
    if lv.closest is not None:
        p = lv.pathway(lv.closest)
        text.append(lv.closest, "clause")
        text.append(" " + localize(p.text, lang))
        missing = "; ".join(m.format(lang) for m in lv.missing)
        if missing:
            text.append(" — ", "muted")
            text.append(missing, "missing")
    if lv.reachable_on is not None:
        text.append("\n")
        text.append(_t("table.reachable_on", lang, date=lv.reachable_on.isoformat()), "eligible")
    return text


def report_renderable(report: Report, lang: Lang) -> RenderableType:
    """The explanation table of SPEC §2: one row per level, then notes."""
    title = CJKText(
        _t(
            "table.title",
            lang,
            edition=report.edition_name,
            as_of=report.as_of.isoformat(),
        ),
        "title",
    )
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=False)
    # The level and verdict columns wrap too, so that in a narrow terminal the
    # basis keeps room for whole words.
    table.add_column(_t("table.level", lang), max_width=24)
    table.add_column(_t("table.verdict", lang), max_width=16)
    table.add_column(_t("table.basis", lang), ratio=1)
    for lv in report.levels:
        table.add_row(
            CJKText(localize(lv.name, lang)),
            CJKText(_t(f"verdict.{lv.status.value}", lang), lv.status.value),
            level_basis(lv, lang),
        )
    return Group(title, CJKText(), table, notes_renderable(report, lang))


def notes_renderable(report: Report, lang: Lang) -> RenderableType:
    """General conditions, advisory notes, assumptions and facts to give."""
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True, style="bold")
    grid.add_column(ratio=1)
    blocking = [g for g in report.general if g.blocking]
    advisory = [g for g in report.general if not g.blocking]
    shown: set[Msg] = set()
    for i, g in enumerate(blocking):
        line = CJKText()
        line.append(g.id, "clause")
        line.append(" " + localize(g.text, lang) + " ")
        line.append(_t(f"status.{g.status.value}", lang), g.status.value)
        actual = g.condition.actual
        if g.condition.notes:  # e.g. a final-year student judged by the diploma held
            shown.update(g.condition.notes)
            detail = "; ".join(n.format(lang) for n in g.condition.notes)
            line.append(f"({detail})" if lang == "zh" else f" ({detail})")
        elif isinstance(actual, dict) and actual.get("education"):
            edu = localize(name(EDUCATION_NAMES, actual["education"]), lang)
            line.append(f"({edu})" if lang == "zh" else f" ({edu})")
        elif g.condition.shortfall is not None:
            line.append(" " + g.condition.shortfall.format(lang), "missing")
        grid.add_row(_t("table.general", lang) if i == 0 else "", line)
    if advisory:
        clauses = (
            "、".join(g.id for g in advisory) if lang == "zh" else ", ".join(g.id for g in advisory)
        )
        grid.add_row(_t("table.notes", lang), CJKText(_t("table.advisory", lang, clauses=clauses)))
    history = report.source.experience_note if report.source is not None else None
    if history is not None:  # the arithmetic of a work history, whichever level it served
        shown.add(history)
        grid.add_row(_t("table.experience", lang), CJKText(history.format(lang)))
    lines: list[tuple[str | None, str]] = [(a, localize(t, lang)) for a, t in report.assumptions]
    lines += [(None, n.format(lang)) for n in report.notes if n not in shown]
    for i, (a_id, text) in enumerate(lines):
        line = CJKText()
        if a_id:
            line.append(f"[{a_id}] ", "assumption")
        line.append(text)
        grid.add_row(_t("table.assumptions", lang) if i == 0 else "", line)
    for i, mf in enumerate(report.missing_facts):
        levels = "、".join(tr(f"level.{n}", lang) for n in mf.levels)
        line = CJKText(mf.fact.msg.format(lang), "missing")
        line.append(f"  ({levels})", "muted")
        grid.add_row(_t("table.missing_facts", lang) if i == 0 else "", line)
    first = True
    for lv in report.levels:
        documents = lv.documents
        if not documents:
            continue
        line = CJKText()
        line.append(f"{localize(lv.name, lang)} ({lv.qualifying_pathways[0]}): ", "eligible")
        line.append("; ".join(d.format(lang) for d in documents))
        grid.add_row(_t("table.documents", lang) if first else "", line)
        first = False
    parts: list[RenderableType] = [CJKText(), grid]
    if not report.eligible_levels:
        parts += [CJKText(), CJKText(_t("table.hint_plan", lang), "muted")]
    return Group(*parts)


def ruleset_renderable(ruleset: Ruleset, lang: Lang) -> RenderableType:
    """``mediaops rules show``: every clause with its id, source and assumptions."""
    title = CJKText(
        _t("rules.title", lang, title=ruleset.title, edition=ruleset.edition_name), "title"
    )
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column(_t("table.level", lang), no_wrap=True)
    table.add_column(_t("rules.clause", lang), no_wrap=True, style="clause")
    table.add_column(_t("rules.requirement", lang), ratio=1)
    table.add_column(_t("rules.source", lang), no_wrap=True, style="muted")
    for g in ruleset.general:
        kind = _t("rules.blocking" if g.blocking else "rules.advisory", lang)
        table.add_row(
            _t("table.general", lang) if g is ruleset.general[0] else "",
            g.id,
            CJKText(f"{localize(g.text, lang)} ({kind})"),
            g.source,
        )
    table.add_section()
    for lv in ruleset.levels:
        for i, p in enumerate(lv.pathways):
            req = CJKText(localize(p.text, lang))
            marks = [c.assumption for c in p.conditions if c.assumption]
            for a_id in dict.fromkeys(marks):
                req.append(f" [{_t('rules.assumption_mark', lang)}: {a_id}]", "assumption")
            req.append("\n" + p.original, "muted")
            table.add_row(localize(lv.name, lang) if i == 0 else "", p.id, req, p.source)
        table.add_section()
    notes = Table.grid(padding=(0, 2))
    notes.add_column(no_wrap=True, style="assumption")
    notes.add_column(ratio=1)
    for a in ruleset.assumptions:
        notes.add_row(a.id, CJKText(f"{localize(a.text, lang)} [{a.source}]"))
    sources = Table.grid(padding=(0, 2))
    sources.add_column(no_wrap=True, style="muted")
    sources.add_column(ratio=1)
    for key, src in ruleset.sources.items():
        ref = f" · {src.reference}" if src.reference else ""
        sources.add_row(key, CJKText(localize(src.title, lang) + ref))
    heading = CJKText(_t("rules.assumptions", lang), "title")
    sources_heading = CJKText(_t("rules.source", lang), "title")
    return Group(
        title, CJKText(), table, CJKText(), heading, notes, CJKText(), sources_heading, sources
    )


def summary_renderable(rows: list[tuple[str, str]], lang: Lang) -> RenderableType:
    """The answers given interactively, before the verdict."""
    grid = Table(title=_t("ask.summary", lang), box=box.SIMPLE, show_header=False)
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column()
    for label, value in rows:
        grid.add_row(label, value)
    return grid


def export_text(renderable: RenderableType, width: int = 100) -> str:
    """Plain text of a renderable at a fixed width (for golden files and plain output)."""
    import io

    console = Console(file=io.StringIO(), width=width, record=True, color_system=None, theme=THEME)
    console.print(renderable)
    return console.export_text()


def tally_renderable(tally: Any, lang: Lang) -> RenderableType:
    """The summary ``mediaops batch`` prints on stderr."""
    table = Table(title=_t("batch.tally_title", lang), box=box.SIMPLE, show_header=False)
    table.add_column(style="bold")
    table.add_column(justify="right")
    table.add_row(_t("batch.tally_rows", lang), str(tally.rows))
    for level in (1, 2, 3, 4):
        count = tally.by_highest[level]
        if count:
            label = _t("batch.tally_level", lang, level=Msg.of(f"level.{level}"))
            table.add_row(Text(label, "eligible"), str(count))
    table.add_row(Text(_t("batch.tally_none", lang), "not_eligible"), str(tally.none_eligible))
    table.add_row(
        Text(_t("batch.tally_undetermined", lang), "undetermined"), str(tally.undetermined)
    )
    table.add_row(Text(_t("batch.tally_errors", lang), "error"), str(tally.errors))
    return table


def progress_rows(rows: Any, size: int, lang: Lang) -> Any:
    """Yield ``rows`` while a progress bar on stderr counts them (rows, not bytes)."""
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("{task.completed:,} rows"), BarColumn(), TimeElapsedColumn())
    with Progress(*columns, console=make_console(stderr=True), transient=True) as progress:
        task = progress.add_task("batch", total=None)
        for n, row in enumerate(rows, 1):
            if n % 5000 == 0:
                progress.update(task, completed=n)
            yield row


def plan_renderable(plan: Any, ruleset: Ruleset, lang: Lang) -> RenderableType:
    """``mediaops plan``: when each level can be applied for, and the route there."""
    title = CJKText(
        _t(
            "plan.title",
            lang,
            edition=ruleset.edition_name,
            as_of=plan.as_of.isoformat(),
            lag=plan.exam_lag_months,
        ),
        "title",
    )
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column(_t("table.level", lang), no_wrap=True)
    table.add_column(_t("plan.when", lang), no_wrap=True)
    table.add_column(_t("plan.basis", lang), ratio=1)
    route: list[str] = []
    for step in plan.levels:
        status = step.status.value
        basis = CJKText()
        short = Msg.of(f"level.{step.level}")
        if status == "held":
            when = CJKText(_t("plan.held", lang), "held")
        elif status in ("now", "later"):
            date_text = step.date.isoformat()
            when = CJKText(
                _t("plan.now", lang) if status == "now" else _t("plan.later", lang, date=date_text),
                "eligible",
            )
            pathway = step.report.level(step.level).pathway(step.pathway)
            basis.append(step.pathway, "clause")
            basis.append(" " + localize(pathway.text, lang))
            basis.append(
                "\n" + _t("plan.certificate", lang, date=step.certificate_date.isoformat()), "muted"
            )
            key = "plan.step_now" if status == "now" else "plan.step_later"
            route.append(_t(key, lang, level=short, date=date_text, pathway=step.pathway))
        else:
            when = CJKText(_t("plan.unreachable", lang), "not_eligible")
            for i, unlock in enumerate(step.unlock):
                if i:
                    basis.append("\n")
                basis.append(unlock.pathway, "clause")
                basis.append(" " + "; ".join(m.format(lang) for m in unlock.needs), "missing")
                if unlock.flag and unlock.date:
                    text = _t(
                        "plan.unlock_with", lang, flag=unlock.flag, date=unlock.date.isoformat()
                    )
                    basis.append("\n  " + text, "eligible")
                elif unlock.flag:
                    basis.append("\n  " + _t("plan.unlock_never", lang, flag=unlock.flag), "muted")
        table.add_row(localize(step.name, lang), when, basis)
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True, style="bold")
    grid.add_column(ratio=1)
    if route:
        grid.add_row(_t("plan.route", lang), CJKText(" → ".join(route)))
    notes = [_t("plan.keep_working", lang, lag=plan.exam_lag_months)]
    notes += [n.format(lang) for n in plan.notes]
    for i, note in enumerate(notes):
        grid.add_row(_t("plan.notes", lang) if i == 0 else "", CJKText(note))
    return Group(title, CJKText(), table, CJKText(), grid)
