"""The explanation table of ``mediaops check`` (SPEC §2), and two editions side by side.

One row per level: the verdict and the clause it rests on, or for a level
not reached every route to it, nearest first — a route one action opens
(formal training) above one that waits for time — with what each lacks.
Below: the general conditions, the assumptions the verdicts used (in words,
never by id), the facts that would settle what is undetermined, and what to
bring for each level the candidate may apply for.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table

from mediaops import dates
from mediaops.engine.conditions import UNITS
from mediaops.engine.decide import Opens, Verdict
from mediaops.engine.series import HORIZON_YEARS
from mediaops.messages import (
    EDUCATION_NAMES,
    Lang,
    Msg,
    aside,
    clauses,
    fmt_years,
    listing,
    localize,
    name,
    tr,
)
from mediaops.report.result import (
    ConditionResult,
    LevelResult,
    Report,
    cut_short,
    out_of_time,
    route_sentence,
)

from .console import CJKText, LabelledGrid, LevelTable


def _actual_suffix(conditions: Iterable[ConditionResult], lang: Lang) -> str:
    """``(实际 2.5 年)`` for the conditions of a pathway that count years."""
    parts = [
        tr("years", lang, years=fmt_years(c.actual))
        for c in conditions
        if UNITS[c.kind].counts_years and isinstance(c.actual, int | float)
    ]
    if not parts:
        return ""
    return tr("table.actual", lang, actual=", ".join(parts))


def level_basis(
    lv: LevelResult, lang: Lang, direction: object = None, *, as_of: date | None = None
) -> CJKText:
    """The third column: the clause a verdict rests on, or every route with what it lacks.

    ``as_of``: the evaluation date; given, a pathway time alone would open only past the
    last date followed says so where its date would be (:func:`_out_of_time`).
    """
    text = CJKText()
    if lv.status is Verdict.held:
        text.append(tr("table.held_basis", lang, level=Msg.of(f"level.{lv.level}")), "muted")
        return text
    if lv.status is Verdict.not_offered:
        text.append(tr("table.not_offered_basis", lang, direction=direction or ""), "muted")
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
        text.append(tr("table.blocked", lang, clause=listing(lv.blocked_by, lang)), "missing")
        return text
    first = True
    for g in lv.general_unknown:
        if g.condition.shortfall is not None:
            text.append(f"{g.id} ", "clause")
            text.append(g.condition.shortfall.format(lang), "missing")
            first = False
    for route in lv.routes:
        if not first:
            text.append("\n")
        first = False
        sentence = route_sentence(lv, route, lang)
        if route.opens is Opens.action and sentence:
            text.append("→ " + sentence, "eligible")
            continue
        p = lv.pathway(route.pathway)
        text.append(route.pathway, "clause")
        text.append(" " + localize(p.text, lang))
        missing = clauses((m.format(lang) for m in route.lacks), lang)
        if missing:
            text.append(" — ", "muted")
            text.append(missing, "missing")
        if route.opens is Opens.time and route.on is not None:
            text.append("\n")
            key = (
                "table.reachable_earliest"
                if route.earliest
                else "table.reachable_latest"
                if route.latest
                else "table.reachable_on"
                if route.working
                else "table.reachable_on_wait"
            )
            text.append(tr(key, lang, date=route.on.isoformat()), "eligible")
        elif as_of is not None and route.on is None and out_of_time(p):
            text.append("\n")
            text.append(_out_of_time(as_of, lang), "muted")
    return text


def _out_of_time(as_of: date, lang: Lang) -> str:
    """Why a pathway time alone would open has no date, in ``plan``'s words: near
    9000-12-31, the latest date there is, that date ("9000-12-31 前仅靠时间无法达到", as the
    plan's timeline says it), else the 60 years followed (as the plan's unlock says it). Left
    unsaid, the missing date read as if time alone never opened the pathway."""
    latest = dates.LATEST_DATE.isoformat()
    if cut_short(as_of):
        return tr("plan.unreachable_by", lang, latest=latest)
    return tr("plan.beyond_horizon", lang, years=HORIZON_YEARS, latest=latest)


def _title(report: Report, lang: Lang) -> list[RenderableType]:
    out: list[RenderableType] = [
        CJKText(
            tr(
                "table.title",
                lang,
                edition=report.ruleset.edition_name,
                as_of=report.as_of.isoformat(),
            ),
            "title",
        )
    ]
    notice = report.ruleset.notice_line()
    if notice is not None:
        out.append(CJKText(notice.format(lang), "assumption"))
    return out


def _direction_name(report: Report, lang: Lang) -> str:
    rule = report.ruleset.direction(report.facts.direction)
    return "" if rule is None else str(localize(rule.name, lang))


def report_renderable(report: Report, lang: Lang, *, other: Report | None = None) -> RenderableType:
    """The explanation table of SPEC §2: one row per level, then notes.

    ``other``: the report under the other edition; when a level's verdict
    differs, the table ends with a line saying so and how to see both.
    """
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=False)
    # the level and verdict columns wrap too, so that in a terminal not much wider than
    # the stacked form's limit the basis keeps room for whole words
    table.add_column(tr("table.level", lang), max_width=24)
    table.add_column(tr("table.verdict", lang), max_width=16)
    table.add_column(tr("table.basis", lang), ratio=1)
    levels = LevelTable(table)
    direction = _direction_name(report, lang)
    for lv in report.levels:
        levels.add_row(
            CJKText(localize(lv.name, lang)),
            CJKText(tr(f"verdict.{lv.status.value}", lang), lv.status.value),
            level_basis(lv, lang, direction, as_of=report.as_of),
        )
    parts: list[RenderableType] = [
        *_title(report, lang),
        CJKText(),
        levels,
        notes_renderable(report, lang),
    ]
    if other is not None:
        differ = editions_differ(report, other, lang)
        if differ is not None:
            parts += [CJKText(), CJKText(differ, "assumption")]
    return Group(*parts)


def editions_differ(report: Report, other: Report, lang: Lang) -> str | None:
    """One line when the other edition decides some level differently, else None."""
    levels = [
        tr(f"level.{a.level}", lang)
        for a, b in zip(report.levels, other.levels, strict=True)
        if a.status is not b.status
    ]
    if not levels:
        return None
    name = localize(other.ruleset.edition_name, lang)
    if lang == "zh" and name[:1].isdigit():
        name = " " + name  # 按 2023 年版, as 满 3 年 is written
    return tr("editions.differ", lang, other=name, levels=listing(levels, lang))


#: The notes that show the arithmetic of a work history (with days pooled, or not).
_HISTORY_NOTES = ("note.experience_from_history", "note.experience_from_history_pooled")


def notes_renderable(report: Report, lang: Lang) -> RenderableType:
    """General conditions, advisory notes, assumptions, facts to give, what to bring."""
    grid = LabelledGrid()
    shown: set[Msg] = set()
    deciding = [g for g in report.general if g.condition.kind != "advisory"]
    advisory = [g for g in report.general if g.condition.kind == "advisory"]
    for i, g in enumerate(deciding):
        line = CJKText()
        line.append(g.id, "clause")
        line.append(" " + localize(g.text, lang) + " ")
        line.append(tr(f"status.{g.status.value}", lang), g.status.value)
        actual = g.condition.actual
        if g.condition.notes:  # e.g. a final-year student judged by the diploma held
            shown.update(g.condition.notes)
            detail = clauses((n.format(lang) for n in g.condition.notes), lang)
            line.append(f"({detail})" if lang == "zh" else f" ({detail})")
        elif isinstance(actual, dict) and actual.get("education"):
            edu = localize(name(EDUCATION_NAMES, actual["education"]), lang)
            line.append(f"({edu})" if lang == "zh" else f" ({edu})")
        elif g.condition.shortfall is not None:
            line.append(" " + g.condition.shortfall.format(lang), "missing")
        grid.add_row(tr("table.general", lang) if i == 0 else "", line)
    notes: list[str] = []
    if advisory:
        ids = ("、" if lang == "zh" else ", ").join(g.id for g in advisory)
        notes.append(tr("table.advisory", lang, clauses=ids))
    if report.direction_note is not None:
        notes.append(report.direction_note.format(lang))
    for i, note in enumerate(notes):
        grid.add_row(tr("table.notes", lang) if i == 0 else "", CJKText(note))
    history = [n for lv in report.levels for n in lv.notes if n.key in _HISTORY_NOTES]
    history += [n for g in report.general for n in g.condition.notes if n.key in _HISTORY_NOTES]
    if history:  # the arithmetic of a work history, whichever level it served
        shown.add(history[0])
        grid.add_row(tr("table.experience", lang), CJKText(history[0].format(lang)))
    lines = [str(localize(t, lang)) for _, t in report.assumptions]
    lines += [n.format(lang) for n in report.notes if n not in shown]
    for g in report.general:
        if not g.blocking and g.assumption and g.condition.kind != "advisory":
            text = str(localize(report.ruleset.assumption(g.assumption).text, lang))
            if text not in lines:
                lines.append(text)
    for i, text in enumerate(lines):
        grid.add_row(tr("table.assumptions", lang) if i == 0 else "", CJKText(text))
    for i, mf in enumerate(report.missing_facts):
        levels = listing((tr(f"level.{n}", lang) for n in mf.levels), lang)
        line = CJKText(mf.msg.format(lang), "missing")
        line.append(aside(levels, lang), "muted")
        grid.add_row(tr("table.missing_facts", lang) if i == 0 else "", line)
    first = True
    for lv in report.levels:
        if not lv.documents:
            continue
        line = CJKText()
        name_, clause = localize(lv.name, lang), lv.qualifying_pathways[0]
        head = f"{name_}({clause}):" if lang == "zh" else f"{name_} ({clause}): "
        line.append(head, "eligible")
        line.append(clauses((d.format(lang) for d in lv.documents), lang))
        grid.add_row(tr("table.documents", lang) if first else "", line)
        first = False
    parts: list[RenderableType] = [CJKText(), grid]
    if not report.eligible_levels:
        parts += [CJKText(), CJKText(tr("table.hint_plan", lang), "muted")]
    return Group(*parts)


def _short_basis(lv: LevelResult, lang: Lang) -> CJKText:
    """A level's verdict and, in a line, what it rests on or lacks (side-by-side view)."""
    text = CJKText(tr(f"verdict.{lv.status.value}", lang), lv.status.value)
    if lv.status is Verdict.eligible:
        text.append(" " + listing(lv.qualifying_pathways, lang), "clause")
    elif lv.status is Verdict.undetermined:
        # what would decide it (as check's table and `missing` say), not a route by time:
        # the unknown general conditions, then the closest pathway and what it lacks
        for g in lv.general_unknown:
            if g.condition.shortfall is not None:
                text.append("\n" + g.id, "clause")
                text.append(" " + g.condition.shortfall.format(lang), "missing")
        shown = {g.condition.shortfall for g in lv.general_unknown}
        lacking = [m for m in lv.missing if m not in shown]
        if lv.closest is not None and lacking:
            text.append("\n" + lv.closest, "clause")
            text.append(" " + clauses((m.format(lang) for m in lacking), lang), "missing")
    elif lv.status is Verdict.not_eligible and lv.routes:
        route = lv.routes[0]
        sentence = route_sentence(lv, route, lang)
        text.append("\n")
        if sentence:
            text.append(sentence, "muted")
        else:
            text.append(route.pathway, "clause")
            missing = clauses((m.format(lang) for m in route.lacks), lang)
            if missing:
                text.append(" " + missing, "missing")
    return text


def editions_renderable(reports: list[Report], lang: Lang) -> RenderableType:
    """Two (or more) editions side by side, level by level (``check --compare-editions``)."""
    first = reports[0]
    title = CJKText(tr("editions.title", lang, as_of=first.as_of.isoformat()), "title")
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column(tr("table.level", lang), max_width=24)
    for r in reports:
        table.add_column(str(localize(r.ruleset.edition_name, lang)), ratio=1)
    levels = LevelTable(table, labelled=True)
    for i, lv in enumerate(first.levels):
        levels.add_row(
            CJKText(localize(lv.name, lang)), *(_short_basis(r.levels[i], lang) for r in reports)
        )
    notices = [
        CJKText(
            f"{localize(r.ruleset.edition_name, lang)}: {localize(r.ruleset.notice, lang)}",
            "assumption",
        )
        for r in reports
        if r.ruleset.notice is not None
    ]
    return Group(title, CJKText(), levels, CJKText(), *notices)
