"""The layers of the package, as the imports show them (STYLE: imports flow inward).

cli → ui → batch / plan → report → engine → rules / models / values / messages.
Each module's imports are read with :mod:`ast` (not run) and checked against
what its layer may import. ruff's ``banned-api`` keeps rich to ``mediaops.ui``
and typer to ``mediaops.cli``; this test keeps the rest of the order.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "mediaops"

#: For each layer (a subpackage or module), the parts of mediaops it may not import.
FORBIDDEN: dict[str, set[str]] = {
    "engine": {"report", "plan", "batch", "ui", "cli", "guide"},
    "report": {"plan", "batch", "ui", "cli", "guide"},
    "plan": {"batch", "ui", "cli"},
    "batch": {"plan", "ui", "cli"},
    "ui": {"cli"},
    "models": {"engine", "report", "plan", "batch", "ui", "cli"},
    "rules": {"engine", "report", "plan", "batch", "ui", "cli", "models", "values"},
    "values": {"engine", "report", "plan", "batch", "ui", "cli", "models", "rules"},
    "messages": {"engine", "report", "plan", "batch", "ui", "cli", "models", "rules", "values"},
    "memo": {"engine", "report", "plan", "batch", "ui", "cli", "models", "rules", "values"},
    "files": {"engine", "report", "plan", "batch", "ui", "cli", "models", "rules", "values"},
}
#: Third-party packages only some layers may use.
THIRD_PARTY = {"rich": {"ui"}, "typer": {"cli"}, "prompt_toolkit": {"ui"}, "openpyxl": {"batch"}}


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py"))


def _layer(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def _imports(path: Path) -> set[str]:
    """Every module a file imports, as absolute names (``mediaops.engine.facts``, ``rich``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    package = list(rel.parts[:-1])  # a module's package; for __init__, the package itself
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                name = ".".join([*base, *([node.module] if node.module else [])])
            else:
                name = node.module or ""
            found.add(name)
            found.update(f"{name}.{a.name}" for a in node.names)
    return found


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_flow_inward(path: Path) -> None:
    """A module imports no layer above its own (nor the third-party packages of another)."""
    layer = _layer(path)
    imports = _imports(path)
    own = {
        name.split(".")[1]
        for name in imports
        if name.startswith("mediaops.") and len(name.split(".")) > 1
    }
    assert set() == own & FORBIDDEN.get(layer, set())
    for package, allowed in THIRD_PARTY.items():
        if any(name == package or name.startswith(package + ".") for name in imports):
            assert layer in allowed, f"{path.name} imports {package}"


def test_no_command_imports_another() -> None:
    """Commands share mediaops.cli.app and .common only: no circle between command modules."""
    commands = {"check", "plan", "batch", "guide", "rules"}
    for name in commands:
        imports = _imports(PACKAGE / "cli" / f"{name}.py")
        assert set() == {f"mediaops.cli.{c}" for c in commands - {name}} & imports


def test_the_check_catches_a_forbidden_import(tmp_path: Path) -> None:
    """An engine module importing the report would be seen (the test above can fail)."""
    fake = PACKAGE / "engine" / "facts.py"
    imports = _imports(fake) | {"mediaops.report.result"}
    own = {name.split(".")[1] for name in imports if name.startswith("mediaops.")}
    assert {"report"} == own & FORBIDDEN["engine"]
