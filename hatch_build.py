"""Build hook: compile the screening hot path with mypyc, where a C compiler is at hand.

``mediaops.engine``, ``.report``, ``.report_json``, ``.dates`` and ``.batch`` are
plain, fully typed Python (``mypy --strict``). mypyc compiles them to C
extension modules that run the same code faster: ``mediaops batch`` screens a
long list about 1.5 times as fast (``benchmarks/batch.py``, and its ``--pure``).
Where compiling is not possible (no C compiler, a type error mypyc will not
compile) or not wanted (``MEDIAOPS_PURE_PYTHON=1`` in the environment), the
package is built as pure Python: it behaves the same, more slowly. Nothing
else depends on it.

The compiled modules live apart from the package, in ``_mediaops_compiled/``
beside it (in the wheel; in ``src/`` for an editable install, ignored by git),
with a manifest of the sources they were compiled from; an editable install
records each source's size and time. ``mediaops/__init__.py`` puts them on the
package's path only while every source is as compiled: an edit is never
hidden by a stale module, and a checkout of an older commit never sees them.
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
#: Where the compiled modules go, beside the package (mediaops/__init__.py reads it).
TARGET = "_mediaops_compiled"
#: The shared library of the compiled modules: a top-level module of this name.
GROUP = "mediaops"
MANIFEST = "manifest.txt"


class CompileHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        src = Path(self.root) / "src"
        editable = version == "editable"
        if editable:  # what an earlier editable install compiled
            try:
                shutil.rmtree(src / TARGET, ignore_errors=False)
            except FileNotFoundError:
                pass
            except OSError as exc:  # a module in use (Windows)
                self.app.display_warning(f"mediaops: cannot remove src/{TARGET} ({exc})")
                return
        if _wanted_pure():
            self.app.display_info("mediaops: MEDIAOPS_PURE_PYTHON is set: building pure Python")
            return
        # the sources as they are now: an edit made while compiling makes them stale
        manifest = []
        for module in COMPILED:
            stat = (src / PACKAGE / f"{module}.py").stat()
            checked = (stat.st_size, stat.st_mtime_ns) if editable else ("-", "-")
            manifest.append("\t".join(map(str, (f"{module}.py", *checked))))
        work = self._work = Path(tempfile.mkdtemp(prefix="mediaops-build-"))
        try:
            _compile(Path(self.root), work)
        except (Exception, SystemExit) as exc:  # mypy exits on a type error
            message = str(exc).strip().splitlines()[-1:] or [type(exc).__name__]
            self.app.display_warning(
                f"mediaops: compiling with mypyc failed ({message[0]}); building pure Python"
            )
            return
        built = work / "lib"
        (built / MANIFEST).write_text("\n".join(manifest) + "\n", encoding="utf-8")
        if editable:
            shutil.copytree(built, src / TARGET)
            self.app.display_info(f"mediaops: compiled {', '.join(COMPILED)} into src/{TARGET}")
            return
        for path in sorted(built.rglob("*")):
            if path.is_file():
                build_data["force_include"][str(path)] = f"{TARGET}/{path.relative_to(built)}"
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        self.app.display_info(f"mediaops: compiled {', '.join(COMPILED)}")

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        work = getattr(self, "_work", None)
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)


def _wanted_pure() -> bool:
    return os.environ.get("MEDIAOPS_PURE_PYTHON", "").strip().lower() in ("1", "true", "yes")


def _compile(root: Path, work: Path) -> list[Path]:
    """Compile :data:`COMPILED` with mypyc; the extension modules built, under ``work/lib``."""
    from mypyc.build import mypycify
    from setuptools import Distribution
    from setuptools.command.build_ext import build_ext

    # Type-checked on their own (the project's mypy settings name the pydantic
    # plugin, which the build environment does not have): what they import
    # from outside the package is taken as untyped.
    config = work / "mypy.ini"
    config.write_text(
        f"[mypy]\nignore_missing_imports = True\ncache_dir = {work / 'mypy-cache'}\n",
        encoding="utf-8",
    )
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
