"""The ``mediaops`` command: one module per command, registered on one app.

Commands hold no eligibility logic: each parses its options, builds the
candidate, calls the library and hands the result to :mod:`mediaops.ui`.
:mod:`mediaops.cli.app` holds the app and the boundary every run goes
through; :mod:`mediaops.cli.common` what the commands share.

The modules that define commands do not use ``from __future__ import
annotations``: typer reads every command's annotations each time the app is
built, that is on every run, and annotations kept as strings would be
evaluated one by one (about 15 ms of each start, for all eight commands).
"""

from __future__ import annotations

from . import batch, check, guide, plan, rules  # noqa: F401 - each registers its command
from .app import app


def main() -> None:
    """Console-script entry point: the app, inside its boundary (exits with its status)."""
    app(prog_name="mediaops")


__all__ = ["app", "main"]
