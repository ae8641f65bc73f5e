"""The ``mediaops`` command: one module per command, registered on one app.

Commands hold no eligibility logic: each parses its options, builds the
candidate, calls the library and hands the result to :mod:`mediaops.ui`.
:mod:`mediaops.cli.app` holds the app and the boundary every run goes
through; :mod:`mediaops.cli.common` what the commands share.

The modules that define commands do not use ``from __future__ import
annotations``: typer reads every command's annotations each time the app is
built, that is on every run, and annotations kept as strings would be
evaluated one by one (about 15 ms of each start, for all eight commands).
For the same reason a run that names its command builds only that command
(:func:`main`): the others' options are never read.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Sequence

from . import batch, check, guide, plan, rules  # noqa: F401 - each registers its command
from .app import app


def invoked_command(args: Sequence[str]) -> str | None:
    """The top-level command the arguments name (``check``, ``rules``), if they surely do.

    Only ``--lang X`` / ``--lang=X`` may come before it; anything else (``--help``,
    another option, no command) is None: the whole app decides.
    """
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--lang":
            i += 2
        elif arg.startswith("--lang="):
            i += 1
        elif arg.startswith("-"):
            return None
        else:
            names = {c.name for c in app.registered_commands}
            names |= {g.name for g in app.registered_groups}
            return arg if arg in names else None
    return None


def main() -> None:
    """Console-script entry point: the app, inside its boundary (exits with its status)."""
    import sys

    name = None if "_MEDIAOPS_COMPLETE" in os.environ else invoked_command(sys.argv[1:])
    if name is None:
        app(prog_name="mediaops")
        return
    # the same app with only the command (or group of commands) that is run
    only = copy.copy(app)
    only.registered_commands = [c for c in app.registered_commands if c.name == name]
    only.registered_groups = [g for g in app.registered_groups if g.name == name]
    only(prog_name="mediaops")


__all__ = ["app", "main"]
