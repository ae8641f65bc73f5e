"""Build hook: compile the screening hot path with mypyc, where a C compiler is at hand.

``mediaops.engine``, ``.report``, ``.report_json``, ``.dates`` and ``.batch`` are
plain, fully typed Python (``mypy --strict``). mypyc compiles them to C
extension modules that run the same code faster: ``mediaops batch`` screens a
long list about 1.3 (CSV) to 1.5 (JSON Lines) times as fast. Where compiling is
not possible (no C compiler, no mypyc) or not wanted (``MEDIAOPS_PURE_PYTHON=1``
in the environment), the package is built as pure Python: it behaves the same,
more slowly. Nothing else depends on it.

* A wheel (``pip install .``) carries the compiled modules beside their sources
  and is tagged for this Python and platform.
* An editable install (``pip install -e .``) compiles them in place, into
  ``src/`` (ignored by git), and writes ``src/mediaops/_compiled.txt`` with the
  size and time of each source compiled. Once a source differs, ``mediaops``
  imports all of them from source again until the next install
  (``mediaops/__init__.py``): an edit is never hidden by a stale module.
* ``MEDIAOPS_PURE_PYTHON=1`` when running imports them from source too (the
  tests compare the two).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

#: The modules compiled (the rest, pydantic models and the command line among
#: them, stay Python: they are not on the per-row path).
COMPILED = ("engine", "report", "report_json", "dates", "batch")
PACKAGE = "mediaops"
#: The shared library of the compiled modules: a top-level module of this name.
GROUP = "mediaops"
MANIFEST = "_compiled.txt"


class CompileHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        src = Path(self.root) / "src"
        editable = version == "editable"
        if editable:
            _remove_in_place(src)
        if os.environ.get("MEDIAOPS_PURE_PYTHON"):
            self.app.display_info("mediaops: MEDIAOPS_PURE_PYTHON is set: building pure Python")
            return
        self._work = Path(tempfile.mkdtemp(prefix="mediaops-build-"))
        try:
            built = _compile(Path(self.root), self._work)
        except Exception as exc:  # no compiler, no mypyc: the pure-Python package
            message = str(exc).strip().splitlines()[-1:] or [type(exc).__name__]
            self.app.display_warning(
                f"mediaops: compiling with mypyc failed ({message[0]}); building pure Python"
            )
            return
        lines = []
        for module in COMPILED:
            stat = (src / PACKAGE / f"{module}.py").stat()
            checked = (stat.st_size, stat.st_mtime_ns) if editable else ("-", "-")
            lines.append("\t".join(map(str, (f"{module}.py", *checked))))
        manifest = "\n".join(lines) + "\n"
        if editable:
            for path in built:
                shutil.copy2(path, src / path.relative_to(self._work / "lib"))
            (src / PACKAGE / MANIFEST).write_text(manifest, encoding="utf-8")
            self.app.display_info(f"mediaops: compiled {', '.join(COMPILED)} in place")
            return
        for path in built:
            build_data["force_include"][str(path)] = str(path.relative_to(self._work / "lib"))
        (self._work / MANIFEST).write_text(manifest, encoding="utf-8")
        build_data["force_include"][str(self._work / MANIFEST)] = f"{PACKAGE}/{MANIFEST}"
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        self.app.display_info(f"mediaops: compiled {', '.join(COMPILED)}")

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        work = getattr(self, "_work", None)
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)


def _compile(root: Path, work: Path) -> list[Path]:
    """Compile :data:`COMPILED` with mypyc; the extension modules built, under ``work/lib``."""
    from mypyc.build import mypycify
    from setuptools import Distribution
    from setuptools.command.build_ext import build_ext

    # Type-checked on their own (the project's mypy settings name the pydantic
    # plugin, which the build environment does not have): what they import
    # from outside the package is taken as untyped.
    config = work / "mypy.ini"
    config.write_text("[mypy]\nignore_missing_imports = True\n", encoding="utf-8")
    sources = [f"src/{PACKAGE}/{module}.py" for module in COMPILED]
    here = os.getcwd()
    os.chdir(root)
    try:
        extensions = mypycify(
            [f"--config-file={config}", *sources],
            opt_level="3",
            group_name=GROUP,
            target_dir=str(work / "c"),
        )
        command = build_ext(Distribution({"name": PACKAGE, "ext_modules": extensions}))
        command.build_lib = str(work / "lib")
        command.build_temp = str(work / "temp")
        command.ensure_finalized()
        command.run()
    finally:
        os.chdir(here)
    built = sorted(p for p in (work / "lib").rglob("*") if p.suffix in (".so", ".pyd"))
    if len(built) != len(COMPILED) + 1:
        raise RuntimeError(f"expected {len(COMPILED) + 1} extension modules, built {len(built)}")
    return built


def _remove_in_place(src: Path) -> None:
    """Remove modules an earlier editable install compiled in place, and their manifest."""
    (src / PACKAGE / MANIFEST).unlink(missing_ok=True)
    for module in COMPILED:
        for path in (src / PACKAGE).glob(f"{module}.*"):
            if path.suffix in (".so", ".pyd"):
                path.unlink()
    for path in src.glob(f"{GROUP}__mypyc.*"):
        path.unlink()
