"""``mediaops plan``: the road ahead as a timeline, then the details.

The timeline has a time axis in years from today and one row per level: ``●``
where the candidate may apply, ``◆`` where the certificate is expected,
``✔`` for a level held and ``✘`` with what would unlock a level time alone
does not reach. It is drawn for the console's width (60 columns and up), so
that dates, options and words are never broken across lines; ``--svg``
saves the same picture through rich's console recording.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date
from typing import Any

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from mediaops import dates
from mediaops.messages import Lang, Msg, clauses, localize, tr
from mediaops.plan import Plan, PlannedLevel, PlanStatus, Unlock

from .console import NARROW, CJKText, LabelledGrid, LevelTable


def _unlock_line(unlock: Unlock, lang: Lang) -> str:
    what = ("、" if lang == "zh" else ", ").join(m.format(lang) for m in unlock.what)
    if what and unlock.date is not None:
        return tr("plan.unlock_with", lang, what=what, date=unlock.date.isoformat())
    if what:
        return tr("plan.unlock_never", lang, what=what)
    return clauses((m.format(lang) for m in unlock.needs), lang)


class Timeline:
    """The plan drawn on a time axis (a renderable that fits the console's width)."""

    def __init__(self, plan: Plan, lang: Lang) -> None:
        self.plan = plan
        self.lang = lang

    def _years(self, when: date) -> float:
        return dates.months_between(self.plan.as_of, when) / 12

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        lang = self.lang
        names = [str(localize(p.name, lang)) for p in self.plan.levels]
        # narrow (as LevelTable stacks): each level's name on a line of its own, its bar under it
        stacked = options.max_width < NARROW
        label = 1 if stacked else max(Text(n).cell_len for n in names) + 1
        unit = tr("plan.axis_years", lang)
        width = max(20, options.max_width - label - 2 - Text(unit).cell_len)
        marks = [d for p in self.plan.levels for d in (p.date, p.certificate_date) if d is not None]
        span = max([4.0, *(self._years(d) for d in marks)])
        span = math.ceil(span + 0.5)
        per_year = (width - 1) / span

        def col(when: date) -> int:
            return min(width - 1, round(self._years(when) * per_year))

        # the axis: a tick every k years, labelled with years from today
        step = next(k for k in (1, 2, 5, 10, 20) if k * per_year >= 4)
        axis = [" "] * width
        ticks = [" "] * width
        for year in range(0, span + 1, step):
            at = min(width - 1, round(year * per_year))
            axis[at] = "┼" if 0 < at < width - 1 else "├" if at == 0 else "┤"
            text = str(year)
            if at + len(text) <= width:
                ticks[at : at + len(text)] = list(text)
        for i, ch in enumerate(axis):
            if ch == " ":
                axis[i] = "─"
        head = Text(" " * (label + 1))
        head.append("".join(ticks).rstrip() + " " + unit, "muted")
        yield head
        yield Text(" " * (label + 1) + "".join(axis), "muted")
        for plan_level, level_name in zip(self.plan.levels, names, strict=True):
            if stacked:
                yield Text(level_name)
                level_name = ""
            line = Text(
                level_name.ljust(label - (Text(level_name).cell_len - len(level_name))) + " "
            )
            line.append_text(self._bar(plan_level, width, col))
            yield line
            detail = self._detail(plan_level)
            if detail is not None:  # under the bar, wrapped lines too
                yield from console.render(Padding(detail, (0, 0, 0, label + 1)), options)

    def _bar(self, p: PlannedLevel, width: int, col: object) -> Text:
        cells = [" "] * width
        style = "muted"
        if p.status is PlanStatus.held:
            return Text("✔ " + tr("plan.held", self.lang), "held")
        if p.status is PlanStatus.not_offered and p.date is None:
            return Text("— " + tr("plan.not_offered", self.lang), "muted")
        if p.status is PlanStatus.unreachable:
            return Text("✘ " + _unreachable(self.plan, self.lang), "not_eligible")
        assert p.date is not None
        assert callable(col)
        if p.covered_on is not None:  # held from then on: no date of its own to reach
            held_at = col(p.covered_on)
            text = Text("┄" * held_at + "✔", style)
            text.stylize("held", held_at, held_at + 1)
            return text
        apply_at = col(p.date)
        cert_at = col(p.certificate_date) if p.certificate_date else apply_at
        if p.certificate_date and cert_at == apply_at and apply_at + 1 < width:
            cert_at += 1  # a narrow axis: ◆ beside ●, not hidden under it
        for i in range(apply_at):
            cells[i] = "┄"
        for i in range(apply_at + 1, cert_at):
            cells[i] = "─"
        cells[cert_at] = "◆"
        cells[apply_at] = "●"
        text = Text("".join(cells).rstrip(), style)
        text.stylize("eligible", apply_at, apply_at + 1)
        return text

    def _detail(self, p: PlannedLevel) -> Text | None:
        lang = self.lang
        if p.covered_on is not None:
            level = Msg.of(f"level.{p.covered_by}")
            when = p.covered_on.isoformat()
            return CJKText(tr("plan.covered_mark", lang, level=level, date=when), "held")
        if p.status in (PlanStatus.now, PlanStatus.later) or p.date is not None:
            assert p.date is not None
            when = tr("plan.now", lang) if p.date == self.plan.as_of else p.date.isoformat()
            text = CJKText(f"● {when} ({p.pathway})", "eligible")
            if p.certificate_date is not None:
                text.append(f"  ◆ {p.certificate_date.isoformat()}", "muted")
            if p.status is PlanStatus.not_offered:  # taken in another direction
                text.append("  " + tr("plan.elsewhere_mark", lang), "muted")
            if p.with_training is not None:
                text.append("  " + _training_text(p, self.plan.as_of, lang), "eligible")
            return text
        if p.status is PlanStatus.unreachable:
            if p.with_training is not None:
                return CJKText(_training_text(p, self.plan.as_of, lang), "eligible")
            reachable = [u for u in p.unlock if u.date is not None]
            if reachable:
                return CJKText(_unlock_line(reachable[0], lang), "missing")
            if p.unlock:
                return CJKText(_unlock_line(p.unlock[0], lang), "muted")
        return None


def _unreachable(plan: Plan, lang: Lang) -> str:
    """What a level time does not reach is: not by time alone, or, where the latest date
    there is cuts the years followed short, not by that date (the reason)."""
    if plan.cut_short:
        return tr("plan.unreachable_by", lang, latest=dates.LATEST_DATE.isoformat())
    return tr("plan.unreachable", lang)


def _training_text(p: PlannedLevel, as_of: date, lang: Lang) -> str:
    """When formal training done now would open the level: at once, or from a date."""
    assert p.with_training is not None
    if p.with_training == as_of:
        return tr("plan.with_training", lang)
    return tr("plan.with_training_on", lang, date=p.with_training.isoformat())


def plan_renderable(plan: Plan, lang: Lang) -> RenderableType:
    """``mediaops plan``: the timeline, the details level by level, the route and the notes."""
    edition = plan.edition_name if plan.edition_name is not None else ""
    title = CJKText(
        tr(
            "plan.title",
            lang,
            edition=edition,
            as_of=plan.as_of.isoformat(),
            lag=plan.exam_lag_months,
        ),
        "title",
    )
    legend = CJKText(tr("plan.legend", lang, unreachable=_unreachable(plan, lang)), "muted")
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column(tr("table.level", lang), max_width=14)
    table.add_column(tr("plan.when", lang), max_width=16)
    table.add_column(tr("plan.basis", lang), ratio=1)
    levels = LevelTable(table)
    route: list[tuple[date, str]] = []  # the steps in the order of their dates
    for step in plan.levels:
        basis = CJKText()
        short = Msg.of(f"level.{step.level}")
        elsewhere = step.status is PlanStatus.not_offered and step.date is not None
        if step.status is PlanStatus.held:
            when = CJKText(tr("plan.held", lang), "held")
        elif step.status is PlanStatus.not_offered and not elsewhere:
            when = CJKText(tr("plan.not_offered", lang), "muted")
        elif step.status in (PlanStatus.now, PlanStatus.later) or elsewhere:
            assert step.date is not None
            assert step.report is not None
            assert step.pathway is not None
            date_text = step.date.isoformat()
            now = step.date == plan.as_of
            when = CJKText(
                tr("plan.now", lang) if now else tr("plan.later", lang, date=date_text), "eligible"
            )
            if elsewhere:  # the direction lacks it: its certificate taken in another direction
                when.append("\n" + tr("plan.elsewhere_mark", lang), "muted")
                basis.append(tr("plan.elsewhere", lang) + "\n", "muted")
                short = Msg.of("plan.level_elsewhere", level=short)
            pathway = step.report.level(step.level).pathway(step.pathway)
            basis.append(step.pathway, "clause")
            basis.append(" " + str(localize(pathway.text, lang)))
            if step.certificate_date is not None:
                basis.append(
                    "\n" + tr("plan.certificate", lang, date=step.certificate_date.isoformat()),
                    "muted",
                )
            if step.with_training is not None:
                basis.append("\n" + _training_text(step, plan.as_of, lang), "eligible")
                basis.append("\n" + tr("plan.time_only", lang, date=date_text), "muted")
            if step.covered_on is not None:
                # held by then through a higher certificate: not a step of the route
                covered = Msg.of(f"level.{step.covered_by}")
                when_covered = step.covered_on.isoformat()
                basis.append(
                    "\n" + tr("plan.covered", lang, level=covered, date=when_covered), "held"
                )
                levels.add_row(CJKText(localize(step.name, lang)), when, basis)
                continue
            key = "plan.step_now" if now else "plan.step_later"
            step_text = tr(key, lang, level=short, date=date_text, pathway=step.pathway)
            route.append((step.date, step_text))
        else:
            when = CJKText(_unreachable(plan, lang), "not_eligible")
            if step.with_training is not None:
                basis.append(_training_text(step, plan.as_of, lang), "eligible")
                basis.append("\n")
            for i, unlock in enumerate(step.unlock):
                if i:
                    basis.append("\n")
                basis.append(unlock.pathway, "clause")
                basis.append(" " + clauses((m.format(lang) for m in unlock.needs), lang), "missing")
                if unlock.what:
                    style = "eligible" if unlock.date else "muted"
                    basis.append("\n  " + _unlock_line(unlock, lang), style)
                if unlock.flag and unlock.date:  # not where it leaves the level out of reach
                    flag = _flag_in(unlock.flag, lang)
                    basis.append("\n  " + tr("plan.unlock_flag", lang, flag=flag), "muted")
        levels.add_row(CJKText(localize(step.name, lang)), when, basis)
    grid = LabelledGrid()
    if route:
        steps = [text for _, text in sorted(route, key=lambda step: step[0])]
        grid.add_row(tr("plan.route", lang), CJKText(" → ".join(steps)))
    notes = [tr("plan.keep_working", lang, lag=plan.exam_lag_months)]
    notes += [n.format(lang) for n in plan.notes]
    for i, note in enumerate(notes):
        grid.add_row(tr("plan.notes", lang) if i == 0 else "", CJKText(note))
    for i, (_, text) in enumerate(plan.assumptions):
        label = tr("table.assumptions", lang) if i == 0 else ""
        grid.add_row(label, CJKText(localize(text, lang)))
    return Group(title, CJKText(), Timeline(plan, lang), legend, CJKText(), levels, CJKText(), grid)


def save_svg(plan: Plan, lang: Lang, path: object, width: int = 100) -> None:
    """Save the plan's picture as an SVG file (rich's console recording), written atomically."""
    import io

    from .console import THEME

    console = Console(
        file=io.StringIO(),
        width=width,
        record=True,
        theme=THEME,
        force_terminal=True,
        color_system="truecolor",
    )
    console.print(plan_renderable(plan, lang))
    svg = console.export_svg(title="mediaops plan")
    from mediaops.files import atomic_output

    with atomic_output(str(path)) as tmp, open(tmp, "w", encoding="utf-8") as f:
        f.write(svg)


def _flag_in(flag: str, lang: Lang) -> str:
    """The options that plan an unlock, as a Chinese text writes them: their values in
    Chinese (``--assume-education 高级技工学校``), which the options read back; value ids
    (``senior_technical_school``) are for JSON and English (SPEC, one language at a time)."""
    if lang == "en":
        return flag
    from mediaops.values import EDUCATION_ALIASES, MAJOR_ALIASES, chinese_spelling

    tables: dict[str, Mapping[str, Any]] = {
        "--assume-education": EDUCATION_ALIASES,
        "--assume-major": MAJOR_ALIASES,
    }
    words = flag.split()
    return " ".join(
        chinese_spelling(tables[words[i - 1]], w) if i and words[i - 1] in tables else w
        for i, w in enumerate(words)
    )
