"""``--help`` of every command, in the run's language.

The options, arguments and subcommands are read from the click command; each
help text is a catalogue key, worded here. Sections: usage, what the command
does, its arguments and options, examples and exit statuses (where the
catalogue has them for the command).
"""

from __future__ import annotations

import io
import os
from typing import Any

from rich.console import Console, Group, RenderableType
from rich.table import Table

from mediaops.messages import CATALOGUE, Lang, tr

from .console import THEME, CJKText


def _text(key: str | None, lang: Lang) -> str:
    if not key:
        return ""
    return tr(key, lang) if key in CATALOGUE else key


def _names(param: Any) -> str:
    opts = [*param.opts, *getattr(param, "secondary_opts", [])]
    return ", ".join(sorted(opts, key=lambda o: (o.startswith("--"), o)))


_BUILT_IN = {
    "help": "help.opt.help",
    "install_completion": "help.opt.install_completion",
    "show_completion": "help.opt.show_completion",
}


def help_renderable(command: Any, ctx: Any, lang: Lang) -> RenderableType:
    """The help of a click command (or group) as a renderable."""
    path = ctx.command_path
    name = ctx.info_name or ""
    parts: list[RenderableType] = []
    arguments = [p for p in command.get_params(ctx) if p.param_type_name == "argument"]
    options = [p for p in command.get_params(ctx) if p.param_type_name == "option" and not p.hidden]
    usage = f"{path} [{tr('help.options_word', lang)}]"
    subcommands = getattr(command, "commands", None)
    if subcommands:
        usage += f" {tr('help.command_word', lang)} ..."
    for a in arguments:
        label = (a.metavar or a.name or "").upper()
        usage += f" [{label}]" if not a.required else f" {label}"
    parts.append(CJKText(f"{tr('help.usage', lang)} {usage}", "title"))
    parts.append(CJKText())
    parts.append(CJKText(_text(command.help, lang)))
    if arguments:
        table = Table.grid(padding=(0, 2))
        table.add_column(no_wrap=True, style="clause")
        table.add_column(ratio=1)
        for a in arguments:
            table.add_row(
                (a.metavar or a.name or "").upper(), CJKText(_text(getattr(a, "help", None), lang))
            )
        parts += [CJKText(), CJKText(tr("help.arguments", lang), "title"), table]
    if subcommands:
        table = Table.grid(padding=(0, 2))
        table.add_column(no_wrap=True, style="clause")
        table.add_column(ratio=1)
        for sub_name, sub in sorted(subcommands.items()):
            if getattr(sub, "hidden", False):
                continue
            first = _text(sub.help, lang).split("\n")[0]
            table.add_row(sub_name, CJKText(first))
        parts += [CJKText(), CJKText(tr("help.commands", lang), "title"), table]
    if options:
        table = Table.grid(padding=(0, 2))
        table.add_column(no_wrap=True, style="clause")
        table.add_column(ratio=1)
        for p in options:
            names = _names(p)
            metavar = p.metavar if getattr(p, "metavar", None) else ""
            label = f"{names} {metavar}".strip()
            own = _BUILT_IN.get(p.name or "")  # click's and typer's own options, worded here too
            table.add_row(label, CJKText(tr(own, lang) if own else _text(p.help, lang)))
        parts += [CJKText(), CJKText(tr("help.options", lang), "title"), table]
    key = f"help.examples.{name}"
    if key in CATALOGUE:
        parts += [CJKText(), CJKText(tr("help.examples", lang), "title"), CJKText(tr(key, lang))]
    key = f"help.exit.{name}"
    if key in CATALOGUE:
        parts += [CJKText(), CJKText(tr("help.exit", lang), "title"), CJKText(tr(key, lang))]
    return Group(*parts)


def command_help(command: Any, ctx: Any, lang: Lang) -> str:
    """The help of a command as plain text, for the width of the terminal (``COLUMNS``)."""
    try:
        width = min(120, max(40, int(os.environ.get("COLUMNS", "100"))))
    except ValueError:
        width = 100
    console = Console(
        file=io.StringIO(),
        width=width,
        color_system=None,
        theme=THEME,
        record=True,
        highlight=False,
        emoji=False,
    )
    console.print(help_renderable(command, ctx, lang))
    return "\n".join(line.rstrip() for line in console.export_text().splitlines()) + "\n"
