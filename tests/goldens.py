"""Golden files: reviewed outputs under ``tests/golden``, compared byte for byte.

With ``MEDIAOPS_UPDATE_GOLDEN=1`` a golden file is rewritten and the test fails, so that
the change is reviewed (``git diff tests/golden``) before the tests are run again.
"""

from __future__ import annotations

import os
from collections.abc import Collection
from pathlib import Path

import pytest

ROOT = Path(__file__).parent / "golden"
UPDATE = os.environ.get("MEDIAOPS_UPDATE_GOLDEN") == "1"


def check_golden(path: Path, actual: str, known_bugs: Collection[str] = ()) -> None:
    """Compare ``actual`` with the golden file at ``path`` (or rewrite it, see above).

    ``known_bugs``: stems whose golden file holds the corrected output of a known bug,
    never rewritten from the buggy output.
    """
    if UPDATE:
        if path.stem in known_bugs:
            pytest.fail(f"{path.name} holds the corrected output of a known bug: not rewritten")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        shown = path.relative_to(ROOT.parent.parent)
        pytest.fail(
            f"rewrote {shown} (MEDIAOPS_UPDATE_GOLDEN=1): review "
            f"`git diff {path.parent.relative_to(ROOT.parent.parent)}`, then run again without"
            " the switch"
        )
    if not path.exists():
        pytest.fail(f"{path} is missing; create it with MEDIAOPS_UPDATE_GOLDEN=1")
    assert path.read_text(encoding="utf-8") == actual
