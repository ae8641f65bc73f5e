"""The guide (``mediaops guide``) as rich renderables, in Chinese or English.

The words come from :mod:`mediaops.guide`; every requirement (level names,
pathways and their years, general conditions, assumptions) comes from the
ruleset passed in, so the guide always says what the checker applies. Text
cells are :class:`~mediaops.ui.console.CJKText` so Chinese wraps between
characters; styles are the named ones of :data:`~mediaops.ui.console.THEME`.
"""

from __future__ import annotations

from typing import IO

from rich import box
from rich.console import Group, RenderableType
from rich.pager import Pager
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table

from mediaops import guide
from mediaops.guide import ui
from mediaops.messages import DIRECTION_NAMES, Both, Lang, localize, tr
from mediaops.rules import (
    DirectionRule,
    ExperienceCondition,
    LevelRule,
    Pathway,
    Ruleset,
    TrainingCondition,
)

from .console import CJKText


def guide_renderable(topic: str | None, ruleset: Ruleset, lang: Lang) -> RenderableType:
    """The guide: one topic, or (``topic`` None) the index followed by every topic.

    Args:
        topic: a topic id or Chinese name (see :func:`mediaops.guide.resolve_topic`),
            or None for the whole guide.
        ruleset: the requirements the ``levels`` and ``start`` topics describe.
        lang: the language of the text.

    Returns:
        A renderable to print.

    Raises:
        InputError: ``topic`` names no topic.
    """
    if topic is not None:
        return _topic(guide.resolve_topic(topic), ruleset, lang)
    parts: list[RenderableType] = [_index(ruleset, lang)]
    for t in guide.TOPICS:
        parts += [CJKText(), Rule(style="muted"), _topic(t.id, ruleset, lang)]
    return Group(*parts)


def _topic(topic_id: str, ruleset: Ruleset, lang: Lang) -> RenderableType:
    title = (
        _directions_title(ruleset, lang)
        if topic_id == "directions"
        else localize(guide.topic(topic_id).title, lang)
    )
    heading = CJKText(title, "title")
    body = {
        "roles": _roles,
        "levels": _levels,
        "directions": _directions,
        "careers": _careers,
        "start": _start,
    }[topic_id](ruleset, lang)
    return Group(heading, CJKText(), body)


def _table() -> Table:
    return Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)


def _index(ruleset: Ruleset, lang: Lang) -> RenderableType:
    title = CJKText(ui("index.title", lang), "title")
    table = _table()
    table.add_column(ui("index.topic", lang), no_wrap=True, style="clause")
    table.add_column(ui("index.alias", lang), no_wrap=True)
    table.add_column(ui("index.covers", lang), ratio=1)
    for t in guide.TOPICS:
        summary = (
            _directions_summary(ruleset, lang)
            if t.id == "directions"
            else localize(t.summary, lang)
        )
        table.add_row(t.id, guide.zh_alias(t.id), CJKText(summary))
    return Group(title, CJKText(), table, CJKText(), CJKText(ui("index.hint", lang), "muted"))


# --- roles -------------------------------------------------------------------------


def _roles(ruleset: Ruleset, lang: Lang) -> RenderableType:
    """Side by side: the new-media operator and the all-media operator."""
    code = ruleset.occupation_code
    intro = ui("roles.occupation", lang, code=code) if code else ui("roles.occupation_nocode", lang)
    table = _table()
    table.show_lines = True  # a blank line between rows: each cell runs to several lines
    table.add_column(ui("roles.aspect", lang), no_wrap=True, style="bold")
    table.add_column(CJKText(localize(guide.NEW_MEDIA, lang)), ratio=1)
    table.add_column(CJKText(localize(guide.ALL_MEDIA, lang)), ratio=1)
    for row in guide.ROLES:
        table.add_row(
            CJKText(localize(row.aspect, lang)),
            CJKText(localize(row.new_media, lang)),
            CJKText(localize(row.all_media, lang)),
        )
    in_short = CJKText(localize(guide.ROLES_IN_SHORT, lang))
    return Group(CJKText(intro), CJKText(), table, CJKText(), in_short)


# --- levels ------------------------------------------------------------------------


def _assumption_ids(pathway: Pathway) -> list[str]:
    return list(dict.fromkeys(a for c in pathway.conditions for a in c.assumption_ids()))


def _pathway_text(pathway: Pathway, lang: Lang, numbers: dict[str, int] | None = None) -> CJKText:
    """The pathway's wording; on a line of its own, the assumptions it rests on (if any).

    Assumptions are named by their number in the list below (never by id), on
    a line of their own so that the mark never breaks in two at a line's end.
    """
    text = CJKText(localize(pathway.text, lang))
    ids = [a for a in _assumption_ids(pathway) if numbers and a in numbers]
    if ids and numbers:
        label = ui("levels.assumption", lang)
        marks = ", ".join(f"{label}{numbers[a]}" for a in ids)
        text.append(f"\n{marks}", "assumption")
    return text


def _level_block(level: LevelRule, lang: Lang, numbers: dict[str, int]) -> RenderableType:
    heading = CJKText()
    heading.append(localize(level.name, lang), "title")
    intro = guide.LEVEL_INTROS.get(level.level)
    if intro is not None:
        heading.append("  " + localize(intro, lang), "muted")
    grid = Table.grid(padding=(0, 2), pad_edge=True)
    grid.add_column(no_wrap=True, style="clause")
    grid.add_column(ratio=1)
    for p in level.pathways:
        grid.add_row(p.id, _pathway_text(p, lang, numbers))
    return Group(heading, grid)


def _levels(ruleset: Ruleset, lang: Lang) -> RenderableType:
    """Each level of the ruleset, lowest first, then the general conditions and assumptions."""
    used = [a for _, p in ruleset.pathways() for a in _assumption_ids(p)]
    used += [g.assumption for g in ruleset.general if g.assumption is not None]
    assumptions = [a for a in ruleset.assumptions if a.id in used]
    numbers = {a.id: n for n, a in enumerate(assumptions, 1)}
    parts: list[RenderableType] = [CJKText(ui("levels.how", lang)), CJKText()]
    if ruleset.notice is not None:
        parts += [CJKText(str(localize(ruleset.notice, lang)), "assumption"), CJKText()]
    for level in ruleset.levels:
        parts += [_level_block(level, lang, numbers), CJKText()]
    parts.append(CJKText(ui("levels.general", lang), "title"))
    general = Table.grid(padding=(0, 2), pad_edge=True)
    general.add_column(no_wrap=True, style="clause")
    general.add_column(ratio=1)
    for g in ruleset.general:
        text = CJKText(localize(g.text, lang))
        kind = ui(
            "levels.blocking"
            if g.blocking
            else "levels.advisory"
            if g.condition.kind == "advisory"
            else "levels.note",
            lang,
        )
        text.append(f"({kind})" if lang == "zh" else f" ({kind})", "muted")
        if g.assumption is not None:
            # why a clause is only a note is itself an assumption (template-2023's G1)
            text.append(f"\n{ui('levels.assumption', lang)}{numbers[g.assumption]}", "assumption")
        general.add_row(g.id, text)
    parts.append(general)
    if assumptions:
        parts += [CJKText(), CJKText(ui("levels.assumptions", lang))]
        notes = Table.grid(padding=(0, 2), pad_edge=True)
        notes.add_column(no_wrap=True, style="assumption")
        notes.add_column(ratio=1)
        label = ui("levels.assumption", lang)
        for a in assumptions:
            notes.add_row(f"{label}{numbers[a.id]}", CJKText(localize(a.text, lang)))
        parts.append(notes)
    parts += [CJKText(), CJKText(ui("levels.hint", lang), "muted")]
    return Group(*parts)


# --- directions --------------------------------------------------------------------


def _directions(ruleset: Ruleset, lang: Lang) -> RenderableType:
    """The directions of the occupation, what each covers and the levels it has."""
    if not ruleset.directions:  # a ruleset file may list none: no empty table, no 数据分析
        return CJKText(ui("directions.none", lang))
    table = _table()
    table.add_column(ui("directions.name", lang), no_wrap=True, style="bold")
    table.add_column(ui("directions.levels", lang), max_width=24)
    table.add_column(ui("directions.covers", lang), ratio=1)
    for d in ruleset.directions:
        # 四级、三级 in Chinese; in English the column says "Levels", so only the numbers
        ordered = sorted(d.levels, reverse=True)
        levels = (
            "、".join(tr(f"level.{n}", lang) for n in ordered)
            if lang == "zh"
            else ", ".join(str(n) for n in ordered)
        )
        table.add_row(
            CJKText(localize(d.name, lang)), CJKText(levels), CJKText(localize(d.covers, lang))
        )
    intro = _directions_intro(ruleset, lang)
    notes: list[RenderableType] = [CJKText(intro), CJKText(), table]
    for d in _starting_higher(ruleset):
        lowest = tr(f"level.{max(d.levels)}", lang)
        line = CJKText(
            ui("directions.starts_higher", lang, direction=localize(d.name, lang), level=lowest)
        )
        if d.assumption is not None:
            # how its clauses asking for a lower certificate are read is the ruleset's
            # assumption, not a fact of the standard: said as one, in the ruleset's words
            text = localize(ruleset.assumption(d.assumption).text, lang)
            line.append(("" if lang == "zh" else " ") + ui("directions.assumed", lang, text=text))
        notes += [CJKText(), line]
    # the example is a direction of the ruleset: one starting above the lowest level, where
    # the direction matters most (数据分析), else the first (it named 数据分析 of any ruleset)
    example = [*_starting_higher(ruleset), *ruleset.directions][0].id.value
    said = Both(DIRECTION_NAMES[example][0], example)  # as --direction reads it
    notes += [CJKText(), CJKText(ui("directions.hint", lang, direction=said), "muted")]
    return Group(*notes)


def _counted(key: str, count: int) -> str:
    """The guide's key ``key`` about ``count`` directions: ``KEY.one`` for one (in English
    the singular; in Chinese 设一个, not 分为一个…选择其中一个), as
    :func:`~mediaops.messages.counted` picks the catalogue's."""
    return f"{key}.one" if count == 1 else key


def _starting_higher(ruleset: Ruleset) -> list[DirectionRule]:
    """The directions that do not offer every level (数据分析: from 三级 up)."""
    return [d for d in ruleset.directions if len(d.levels) < len(ruleset.levels)]


def _directions_title(ruleset: Ruleset, lang: Lang) -> str:
    """The topic's heading, counting the ruleset's directions (``职业方向:五个方向及其等级``);
    the topic's own title where it lists none. It said "five" of any ruleset."""
    n = len(ruleset.directions)
    if not n:
        return str(localize(guide.topic("directions").title, lang))
    return ui(_counted("directions.title", n), lang, count=guide.count_words(n))


def _directions_summary(ruleset: Ruleset, lang: Lang) -> str:
    """The topic's line in the index, from the ruleset: its directions (named in Chinese,
    counted in English) and those starting above the lowest level; the topic's own summary
    where it lists none. It named the built-in five, and 数据分析 from 三级, of any ruleset."""
    directions = ruleset.directions
    n = len(directions)
    if not n:
        return str(localize(guide.topic("directions").summary, lang))
    names = Both(
        "、".join(d.name.zh for d in directions),
        directions[0].name.en if n == 1 else guide.count_words(n).en,
    )
    text = ui(_counted("directions.summary", n), lang, directions=names)
    for d in _starting_higher(ruleset):
        level = tr(f"level.{max(d.levels)}", lang)
        text += ui("directions.summary_starts", lang, direction=d.name, level=level)
    return text


def _directions_intro(ruleset: Ruleset, lang: Lang) -> str:
    """How many directions the ruleset lists, and, where every one names the same source,
    that source (``按 2023 年版国家职业标准,本职业分为五个职业方向``). It said five, after
    the 2023 standard, of any ruleset: a sentence with no source is left without one."""
    directions = ruleset.directions
    n = len(directions)
    count = guide.count_words(n)
    cited = {d.source for d in directions}
    if len(cited) != 1 or None in cited:
        return ui(_counted("directions.intro_unsourced", n), lang, count=count)
    source = ruleset.sources[str(next(iter(cited)))]
    name = str(localize(source.name or source.title, lang))
    if lang == "zh" and name[:1].isdigit():
        name = " " + name  # 按 2023 年版…, as 满 3 年 is written
    return ui(_counted("directions.intro", n), lang, source=name, count=count)


# --- careers -----------------------------------------------------------------------


def _careers(ruleset: Ruleset, lang: Lang) -> RenderableType:
    """The roles the qualification leads to, one line each."""
    table = _table()
    table.add_column(ui("careers.role", lang), no_wrap=True, style="bold")
    table.add_column(ui("careers.does", lang), ratio=1)
    for c in guide.CAREERS:
        table.add_row(localize(c.name, lang), CJKText(localize(c.does, lang)))
    return Group(table, CJKText(), CJKText(ui("careers.hint", lang), "muted"))


# --- start -------------------------------------------------------------------------


def _routes(level: LevelRule) -> tuple[Pathway | None, Pathway | None, list[Pathway]]:
    """The entry level's pathways by what they ask: work and training, work alone, the rest.

    Read from the conditions, not the ids, so another ruleset is described as it is
    (in the built-in one: 4-2, 4-1 and 4-3).
    """
    with_training = without = None
    others: list[Pathway] = []
    for p in level.pathways:
        kinds = sorted(c.kind for c in p.conditions)
        if kinds == ["experience", "training"] and with_training is None:
            with_training = p
        elif kinds == ["experience"] and without is None:
            without = p
        else:
            others.append(p)
    return with_training, without, others


def _years(pathway: Pathway) -> float:
    return next(c.years for c in pathway.conditions if isinstance(c, ExperienceCondition))


def _route(sentence: str, pathway: Pathway, lang: Lang) -> CJKText:
    text = CJKText(sentence)
    text.append(f"({pathway.id})" if lang == "zh" else f" ({pathway.id})", "clause")
    return text


def _start(ruleset: Ruleset, lang: Lang) -> RenderableType:
    """Steps to begin with no experience, then the way to the first level from the ruleset."""
    steps = _table()
    steps.show_lines = True
    steps.add_column("", no_wrap=True, justify="right", style="muted")
    # the step's name wraps in a narrow column (English names run long), its detail takes the rest
    steps.add_column(ui("start.step", lang), max_width=20, style="bold")
    steps.add_column(ui("start.how", lang), ratio=1)
    for n, step in enumerate(guide.START_STEPS, start=1):
        steps.add_row(str(n), CJKText(localize(step.what, lang)), CJKText(localize(step.how, lang)))

    entry = max(ruleset.levels, key=lambda lv: lv.level)
    with_training, without, others = _routes(entry)
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True, style="bold")
    grid.add_column(ratio=1)
    if with_training is not None:
        training = next(c for c in with_training.conditions if isinstance(c, TrainingCondition))
        sentence = ui(
            "start.route_training",
            lang,
            years=guide.years_phrase(_years(with_training)),
            level=tr(f"level.{training.level}", lang),
        )
        grid.add_row(ui("start.with_training", lang), _route(sentence, with_training, lang))
    if without is not None:
        sentence = ui("start.route_work", lang, years=guide.years_phrase(_years(without)))
        # "no training" only where training is the other way in (template-2023 has none)
        label = "start.without_training" if with_training is not None else "start.by_work"
        grid.add_row(ui(label, lang), _route(sentence, without, lang))
    for i, p in enumerate(others):
        line = CJKText()
        line.append(p.id, "clause")
        line.append(" ")
        line.append_text(_pathway_text(p, lang))
        grid.add_row(ui("start.other", lang) if i == 0 else "", line)
    for i, g in enumerate(g for g in ruleset.general if g.blocking):
        line = CJKText()
        line.append(g.id, "clause")
        line.append(" " + localize(g.text, lang))
        grid.add_row(ui("start.general", lang) if i == 0 else "", line)
    way_in = Panel(
        Group(grid, CJKText(), CJKText(ui("start.count", lang))),
        title=ui("start.to_level", lang, level=entry.name),
        title_align="left",
        box=box.ROUNDED,
        padding=(0, 1),
    )
    parts: list[RenderableType] = [steps, CJKText(), way_in, CJKText()]
    if ruleset.notice is not None:
        parts += [CJKText(str(localize(ruleset.notice, lang)), "assumption"), CJKText()]
    return Group(*parts, CJKText(ui("start.hint", lang), "muted"))


def show_paged(renderable: RenderableType) -> None:
    """Print on stdout; through a pager when stdout is a terminal and the text is longer
    than the screen (``PAGER``, else ``less -R``), so that nothing scrolls away. A pager
    that cannot be found, cannot be started or fails (:class:`_Pager`) leaves the text
    printed on stdout instead: the guide always reaches the reader."""
    import sys

    from .console import is_terminal, make_console

    console = make_console()
    if not is_terminal(sys.stdout) or not is_terminal(sys.stdin):
        console.print(renderable)
        return
    lines = console.render_lines(renderable, console.options, pad=False)
    if len(lines) <= console.size.height:
        console.print(renderable)
        return
    import os
    import shlex
    import shutil

    pager = os.environ.get("PAGER", "less")
    try:
        program = shlex.split(pager)[0] if pager.strip() else ""
    except ValueError:
        program = ""
    if not program or shutil.which(program) is None:  # no pager to run: print it all
        console.print(renderable)
        return
    os.environ.setdefault("LESS", "-R")
    with console.pager(_Pager(pager, console.file), styles=True):
        console.print(renderable)


class _Pager(Pager):
    """``command`` run through the shell, as pydoc runs ``PAGER`` (rich's
    :class:`~rich.pager.SystemPager` calls pydoc, which ignores how the pager ends), the
    text on its stdin; if it cannot be started, exits with a status other than 0, or exits
    without reading any of the text, the text is written to ``out`` instead.

    A pager that fails shows nothing (``PAGER=false`` exits 1 at once, a command the shell
    cannot run 126 or 127) and the guide seemed to succeed, showing nothing; so did one that
    ends well without reading its input (``PAGER=true``, ``PAGER=:``), the text left in the
    pipe. A pager the reader quits exits 0 (less, more, most) having read at least the
    screen it showed; one that failed after showing the text would have it printed once
    more, which is better than not at all.
    """

    def __init__(self, command: str, out: IO[str]) -> None:
        self.command = command
        self.out = out

    def show(self, content: str) -> None:
        """Page ``content``; print it to ``out`` if the pager does not end well or read none
        of it (but not when it ended by Ctrl-C: :class:`KeyboardInterrupt`)."""
        import os
        import signal
        import subprocess
        import threading

        data = content.encode(
            getattr(self.out, "encoding", None) or "utf-8", errors="backslashreplace"
        )
        # the pipe's read end is kept here too: what the pager leaves unread stays in the
        # pipe (no broken pipe when it quits early) and is counted once it has ended
        read_end, write_end = os.pipe()
        try:
            proc = subprocess.Popen(
                self.command,
                shell=True,  # PAGER is a shell command line, as pydoc and git run it
                stdin=read_end,
            )
        except OSError:
            os.close(read_end)
            os.close(write_end)
            self._print(content)
            return
        feeder = threading.Thread(target=_feed, args=(write_end, data), daemon=True)
        feeder.start()
        interrupted = False
        while True:
            try:
                proc.wait()
                break
            except KeyboardInterrupt:  # as pydoc: the pager reads Ctrl-C itself
                interrupted = True
        try:
            unread = _drain(read_end)  # (which lets the feeder write the rest, and end)
        finally:
            os.close(read_end)
        feeder.join()
        if proc.returncode in (-signal.SIGINT, 128 + signal.SIGINT) or (
            interrupted and proc.returncode != 0
        ):
            # the pager ended by Ctrl-C: the reader wants out, not the guide printed after
            # it (cancelled, exit 130, as anywhere else)
            raise KeyboardInterrupt
        if proc.returncode != 0 or (data and unread >= len(data)):
            self._print(content)

    def _print(self, content: str) -> None:
        self.out.write(content)
        self.out.flush()


def _feed(fd: int, data: bytes) -> None:
    """Write ``data`` to the pipe ``fd``, then close it (a pager sees the end of its input)."""
    import os

    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    except OSError:  # (the read end is held open until the pager has ended: not expected)
        pass
    finally:
        os.close(fd)


def _drain(fd: int) -> int:
    """How many bytes the pipe ``fd`` still holds, read until its writer has closed it."""
    import os

    unread = 0
    while chunk := os.read(fd, 1 << 16):
        unread += len(chunk)
    return unread
