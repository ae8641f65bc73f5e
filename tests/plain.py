"""The environment the CLI tests run the app in: a fixed language, 100 columns, no colour."""

from __future__ import annotations


def plain_env(lang: str = "zh") -> dict[str, str | None]:
    """Environment for ``CliRunner.invoke``: output as in a 100-column pipe, in ``lang``."""
    return {
        "MEDIAOPS_LANG": lang,
        "COLUMNS": "100",
        "FORCE_COLOR": None,
        "TTY_COMPATIBLE": None,
        "TTY_INTERACTIVE": None,
    }
