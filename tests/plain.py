"""The environment the CLI tests run the app in: a fixed language, a fixed width, no colour."""

from __future__ import annotations

import unicodedata


def plain_env(lang: str = "zh", columns: int = 100) -> dict[str, str | None]:
    """Environment for ``CliRunner.invoke``: output as in a pipe ``columns`` wide, in ``lang``.

    Whatever the developer's shell sets that would change the output is cleared: rich's
    colour and terminal switches, and ``MEDIAOPS_DEBUG`` (tracebacks instead of messages).
    """
    return {
        "MEDIAOPS_LANG": lang,
        "MEDIAOPS_DEBUG": None,
        "COLUMNS": str(columns),
        "FORCE_COLOR": None,
        "TTY_COMPATIBLE": None,
        "TTY_INTERACTIVE": None,
    }


def cell_width(line: str) -> int:
    """Terminal cells of a line: two for a wide (CJK) character."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)
