"""What ``mediaops batch`` says on stderr: the columns it reads, progress, and the run's summary."""

from __future__ import annotations

import contextlib
from typing import Any

from rich import box
from rich.console import Group, RenderableType
from rich.progress import (
    BarColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskProgressColumn,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from mediaops.batch.columns import FACT_NAMES, ColumnMap, attended_training
from mediaops.messages import Lang, Msg, counted, lines_said, listing, localize, shown, tr

from .console import CJKText, make_console


def err_print(renderable: RenderableType) -> None:
    """Print on stderr (never part of the result)."""
    import sys

    if sys.stderr is None:
        return
    if isinstance(renderable, str):  # a line said: Chinese wrapped between characters (第
        # 6–7 was left alone on a line, the sentence after it one long word); in a Group, as
        # rich's print joins a Text given alone into a plain Text, which wraps at spaces
        renderable = Group(CJKText(renderable))
    with contextlib.suppress(OSError, ValueError):  # stderr is gone: the result still stands
        make_console(stderr=True).print(renderable)


def column_map_renderable(
    columns: ColumnMap, lang: Lang, skipped: tuple[int, ...] = (), merged: tuple[str, ...] = ()
) -> RenderableType:
    """Which input column was read as which fact, and which were not read, and why; the
    lines above or in the header that hold no applicant (``skipped``); and the cells merged
    down over applicants, read for each (``merged``)."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, style="bold")
    grid.add_column(ratio=1)
    if skipped:
        said = tr(counted("batch.skipped", len(set(skipped))), lang, **lines_said(skipped, lang))
        grid.add_row(tr("batch.map_header", lang), CJKText(said))
    read = CJKText()
    for n, (index, fact) in enumerate(columns.read_as()):
        if n:
            read.append(", " if lang == "en" else "、")
        read.append(shown(columns.name(index), 40), "clause")
        read.append(" → " + str(localize(FACT_NAMES[fact], lang)))
    grid.add_row(tr("batch.map_read", lang), read)
    ignored = CJKText()
    for n, (index, why) in enumerate(sorted(columns.ignored.items())):
        if n:
            ignored.append(", " if lang == "en" else "、")
        ignored.append(shown(columns.name(index), 40), "muted")
        if why in ("unknown", "like_training") and attended_training(columns.header[index]):
            # 是否参加四级培训: attended, which is not completed (结业)
            ignored.append(f" ({tr('batch.ignored_attended', lang)})", "missing")
        elif why.startswith("like_"):  # a name not known, with a word of a fact in it
            fact = localize(FACT_NAMES[why.removeprefix("like_")], lang)
            ignored.append(f" ({tr('batch.ignored_like', lang, fact=fact)})", "missing")
        elif why != "unknown":
            ignored.append(f" ({tr(f'batch.ignored_{why}', lang)})", "missing")
    if columns.ignored:
        grid.add_row(tr("batch.map_ignored", lang), ignored)
    if merged:
        more = [tr("batch.merged_more", lang, count=len(merged))] if len(merged) > 5 else []
        ranges = listing([*merged[:5], *more], lang)
        merged_ = tr(counted("batch.merged", len(merged)), lang, ranges=ranges)
        grid.add_row(tr("batch.map_merged", lang), CJKText(merged_))
    return grid


def dry_run_renderable(opened: Any, screener: Any, lang: Lang, rows: int = 5) -> RenderableType:
    """``--dry-run``: the first rows as read (each fact's value, or why a cell cannot be read)."""
    from mediaops.batch.run import no_applicant
    from mediaops.batch.screen import CellError

    table = Table(
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        title=tr("batch.dry_run_title", lang),
        title_justify="left",
    )
    table.add_column(tr("batch.col.line", lang), no_wrap=True)
    if screener.columns is None:
        _json_lines_preview(table, opened, screener, lang, rows)
        return Group(table, CJKText(tr("batch.dry_run_done_jsonl", lang), "muted"))
    facts = screener.fact_ids
    for fact in facts:
        table.add_column(str(localize(FACT_NAMES[fact], lang)))
    shown_rows = 0
    for row in opened.rows:
        if shown_rows >= rows:
            break
        shown_rows += 1
        if row.cells is None or row.error is not None:
            # a record that cannot be read: an error row when screened
            error = "" if row.error is None else row.error.format(lang)
            # (Chinese wrapped between characters: whole, not cut at the column's width)
            table.add_row(str(row.line), CJKText("✘ " + error, "missing"), *[""] * (len(facts) - 1))
            continue
        if (key := no_applicant(row)) is not None:  # 合计, 填表人:…, an unused numbered line
            table.add_row(str(row.line), CJKText(tr(key, lang), "muted"), *[""] * (len(facts) - 1))
            continue
        texts = screener.fact_cells(row.cells)
        cells = []
        for fact, text in zip(facts, texts, strict=True):
            value = screener._cell(fact, text)
            if isinstance(value, CellError):
                cells.append(Text("✘ " + shown(text, 20), "missing"))
            else:
                cells.append(
                    Text(
                        _value_text(value, lang) if text.strip() else "—",
                        "" if text.strip() else "muted",
                    )
                )
        table.add_row(str(row.line), *cells)
    return Group(table, CJKText(tr("batch.dry_run_done", lang), "muted"))


def _json_lines_preview(table: Table, opened: Any, screener: Any, lang: Lang, rows: int) -> None:
    """The first JSON Lines rows: each one's id and the facts it gives, or why it cannot be
    read (as ``check --input`` reads an object)."""
    from mediaops.batch.run import row_id
    from mediaops.models import DOCUMENT_KEYS

    table.add_column(tr("batch.col.id", lang))
    table.add_column(tr("batch.col.keys", lang))
    for n, row in enumerate(opened.rows):
        if n >= rows:
            break
        document = row.document
        ident = row_id(row)  # as the output names the row
        error = row.error.format(lang) if row.error is not None else None
        warnings: tuple[str, ...] = ()
        if error is None and document is not None:
            result = screener.screen_document(document)
            error, warnings = result.error, result.warnings
        if error is not None:
            table.add_row(str(row.line), shown(ident, 20), Text("✘ " + error, "missing"))
            continue
        given = [k for k in (document or {}) if k in DOCUMENT_KEYS]
        keys = CJKText(", ".join(given) or "—")  # (Chinese wrapped between characters)
        for warning in warnings:  # a key named as a sheet's column, not read (certs)
            keys.append("\n✘ " + warning, "missing")
        table.add_row(str(row.line), shown(ident, 20), keys)


def _value_text(value: Any, lang: Lang) -> str:
    """A value read from a cell, in words."""
    from datetime import date

    from mediaops.batch.screen import (
        AtLeast,
        EitherDiploma,
        MonthCerts,
        PartCerts,
        PartTrainings,
    )
    from mediaops.messages import EDUCATION_NAMES, MAJOR_NAMES, fmt_years, name, years_bound
    from mediaops.models import Diploma, Title, WorkPeriod, item_name
    from mediaops.values import education_options

    if isinstance(value, bool):
        return tr("yes" if value else "no", lang)
    if isinstance(value, float):
        return tr("years", lang, years=fmt_years(value))
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, frozenset):
        levels = (tr(f"level.{n}", lang) for n in sorted(value, reverse=True))
        return listing(levels, lang) or tr("actual.none", lang)  # 无: none, not a blank's —
    if isinstance(value, AtLeast):  # 3年以上: the fewest years (3-5年, 不到1年: and the most)
        return years_bound(value.years, value.most, value.below).format(lang)
    if isinstance(value, EitherDiploma):  # which one, the row's verdicts decide (or not)
        return str(localize(education_options(value.choices), lang)) + "?"
    if isinstance(value, PartTrainings):  # 四级，五级: the 四级, and what did not read
        unread = listing((f"“{shown(t, 20)}”?" for t in value.unread), lang)
        return listing([_value_text(value.levels, lang), unread], lang)
    if isinstance(value, PartCerts):  # 四级、中级会计师: the 四级, and what is set aside
        aside = [t for t, _ in value.dropped] + [t for t, _, _ in value.others]
        unread = listing((f"“{shown(t, 20)}”?" for t in aside), lang)
        return listing([_value_text(value.certificates, lang), unread], lang)
    if isinstance(value, MonthCerts):  # a date given to the month: shown as written
        return listing(
            (
                tr(f"level.{level}", lang) + (f" {month or first}" if first else "")
                for level, first, _, month in value.items
            ),
            lang,
        )
    if isinstance(value, tuple):
        parts = []
        for item in value:
            level = getattr(item, "level", None)
            when = getattr(item, "date", None)
            if isinstance(level, int):
                parts.append(tr(f"level.{level}", lang) + (f" {when}" if when else ""))
            elif isinstance(item, Title):  # 初级职称 2020-06-01, not the model's fields
                parts.append(item_name(item).format(lang) + (f" {when}" if when else ""))
            elif isinstance(item, WorkPeriod):  # 2019-01-01–2022-06-30, or –至今
                end = tr("period_open", lang) if item.end is None else item.end.isoformat()
                parts.append(f"{item.start.isoformat()}–{end}")
            elif isinstance(item, Diploma):  # 本科(相关专业), not the model's fields
                said = [_value_text(v, lang) for v in (item.major,) if v is not None]
                kind = "?" if item.education is None else _value_text(item.education, lang)
                parts.append(kind + "".join(f"({s})" for s in said))
            else:
                parts.append(str(item))
        return listing(parts, lang) or tr("actual.none", lang)
    text = str(getattr(value, "value", value))
    if text in EDUCATION_NAMES:
        return str(localize(name(EDUCATION_NAMES, text), lang))
    if text in MAJOR_NAMES:
        return str(localize(name(MAJOR_NAMES, text), lang))
    return text


def summary_renderable(
    tally: Any, lang: Lang, written: str | None, basis: Any = None
) -> RenderableType:
    """The run's closing summary: what the verdicts rest on (``basis``: the date, the rules),
    rows, verdicts, warnings, errors, the common reasons and the assumptions relied on."""
    table = Table(
        title=tr("batch.tally_title", lang),
        box=box.SIMPLE,
        show_header=False,
        title_justify="left",
        title_style="title",
    )
    table.add_column(style="bold")
    table.add_column(justify="right")
    heads, rested = basis.rows(tally, lang) if basis is not None else ([], [])
    for label, value in heads:
        table.add_row(label, CJKText(value))
    table.add_row(tr("batch.tally_rows", lang), f"{tally.rows:,}")
    for level in (1, 2, 3, 4):
        count = tally.by_highest[level]
        if count:
            label = tr("batch.tally_level", lang, level=Msg.of(f"level.{level}"))
            table.add_row(Text(label, "eligible"), f"{count:,}")
    table.add_row(Text(tr("batch.tally_none", lang), "not_eligible"), f"{tally.none_eligible:,}")
    table.add_row(
        Text(tr("batch.tally_undetermined", lang), "undetermined"), f"{tally.undetermined:,}"
    )
    table.add_row(Text(tr("batch.tally_warned", lang), "missing"), f"{tally.warned:,}")
    table.add_row(Text(tr("batch.tally_errors", lang), "error"), f"{tally.errors:,}")
    parts: list[RenderableType] = [table]
    reasons = tally.common_reasons()
    if reasons:
        grid = Table.grid(padding=(0, 2))
        grid.add_column(no_wrap=True, style="bold")
        grid.add_column(ratio=1)
        grid.add_column(justify="right", no_wrap=True)
        for level, reason, n in reasons:
            grid.add_row(
                tr(f"level.{level}", lang),
                CJKText(reason),
                tr("batch.people", lang, count=f"{n:,}"),
            )
        parts += [CJKText(tr("batch.tally_reasons", lang), "title"), grid]
    if rested:
        grid = Table.grid(padding=(0, 2))
        grid.add_column(ratio=1)
        grid.add_column(justify="right", no_wrap=True)
        for text, n in rested:
            grid.add_row(CJKText(text), tr("batch.people", lang, count=f"{n:,}"))
        parts += [CJKText(tr("batch.tally_assumptions", lang), "title"), grid]
    if written is not None:
        parts.append(CJKText(tr("batch.written", lang, path=shown(written, 120)), "muted"))
    return Group(*parts)


class _RateColumn(ProgressColumn):
    """Rows screened per second."""

    def __init__(self, lang: Lang) -> None:
        super().__init__()
        self.lang = lang

    def render(self, task: Task) -> Text:
        rows = task.fields.get("rows", 0)
        elapsed = task.elapsed or 0.0
        rate = rows / elapsed if elapsed > 0 else 0.0
        return Text(tr("batch.rate", self.lang, rows=f"{rows:,}", rate=f"{rate:,.0f}"), "muted")


class ProgressBar:
    """The progress bar: bytes (or sheet rows) read of the total, %, rows per second, time left."""

    def __init__(self, lang: Lang, read: Any) -> None:
        self.read = read
        done, total = read()
        self.progress = Progress(
            TextColumn(tr("batch.progress", lang)),
            BarColumn(),
            TaskProgressColumn(),
            _RateColumn(lang),
            TimeRemainingColumn(),
            console=make_console(stderr=True),
            transient=True,
        )
        self.task = self.progress.add_task("batch", total=total, completed=done, rows=0)
        self.progress.start()

    def update(self, rows: int) -> None:
        done, total = self.read()
        self.progress.update(self.task, completed=done, total=total, rows=rows)

    def stop(self) -> None:
        self.progress.stop()
