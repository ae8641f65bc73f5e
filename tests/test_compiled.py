"""Compiled and pure-Python modules screen alike (``hatch_build.py``).

The screening hot path is compiled with mypyc where a C compiler is at hand;
the rest of the suite runs on whichever the install made. Here the same list
is screened both ways, in separate processes (``MEDIAOPS_PURE_PYTHON=1``
imports the compiled modules from source): the outputs must be byte for byte
the same. Where nothing was compiled, both runs are pure Python and agree
trivially; ``test_packaging.py`` checks that a wheel built where a compiler
is at hand is compiled.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
AS_OF = "2026-11-27"


def generate(path: Path, rows: int) -> None:
    """The benchmark's applicant list (GB18030, mixed profiles, some bad rows), shorter."""
    spec = importlib.util.spec_from_file_location("bench_batch", ROOT / "benchmarks" / "batch.py")
    assert spec is not None
    assert spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    bench.generate(path, rows)


def mediaops(args: list[str], *, pure: bool) -> subprocess.CompletedProcess[bytes]:
    """``mediaops ARGS`` in a new process, as installed or from source (``pure``)."""
    # the child decides for itself (not as this process did: _MEDIAOPS_COMPILED)
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("MEDIAOPS_PURE_PYTHON", "_MEDIAOPS_COMPILED")
    }
    env["MEDIAOPS_LANG"] = "zh"
    if pure:
        env["MEDIAOPS_PURE_PYTHON"] = "1"
    probe = "import mediaops.engine as e; import sys; sys.stderr.write(e.__file__ + '\\n'); "
    code = probe + "from mediaops.__main__ import main; main()"
    return subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, check=False, timeout=120
    )


def test_the_modules_compiled_by_the_install_are_used() -> None:
    """Where the install compiled the hot path and its sources are as compiled, it runs compiled.

    Skipped where nothing was compiled (no C compiler), or a source has been
    edited since (then ``pip install -e .`` compiles again).
    """
    import mediaops as package_module
    from mediaops import _compiled_fresh

    package = Path(package_module.__file__).parent
    compiled = package.parent / "_mediaops_compiled"
    if not compiled.is_dir():
        pytest.skip("nothing compiled by this install (no C compiler?)")
    if not _compiled_fresh(str(compiled), str(package)):
        pytest.skip("sources edited since the install compiled them: pip install -e . again")
    if os.environ.get("MEDIAOPS_PURE_PYTHON"):
        pytest.skip("MEDIAOPS_PURE_PYTHON is set")
    done = mediaops(["--version"], pure=False)
    assert 0 == done.returncode, done.stderr
    assert done.stderr.decode().splitlines()[0].endswith((".so", ".pyd"))


def test_pure_python_is_imported_when_asked() -> None:
    """``MEDIAOPS_PURE_PYTHON=1`` imports the engine from its ``.py`` source."""
    done = mediaops(["--version"], pure=True)
    assert 0 == done.returncode, done.stderr
    assert done.stderr.decode().splitlines()[0].endswith("engine.py")


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_compiled_and_pure_python_screen_a_list_alike(tmp_path: Path, fmt: str) -> None:
    """The same 3,000 rows give the same bytes, compiled or not (exit 1: some rows are bad)."""
    source = tmp_path / "applicants.csv"
    generate(source, 3000)
    outputs = []
    for pure in (False, True):
        out = tmp_path / f"{'pure' if pure else 'as-installed'}.{fmt}"
        done = mediaops(["batch", str(source), "-o", str(out), "--as-of", AS_OF], pure=pure)
        assert 1 == done.returncode, done.stderr.decode()
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert 3000 <= outputs[0].count(b"\n")


def test_compiled_and_pure_python_check_alike() -> None:
    """A full report (JSON) is the same compiled or not."""
    args = ["check", "-e", "大专", "--major", "same", "-x", "2.5", "--cert", "4:2025-01-15"]
    args += ["--training", "4", "--as-of", AS_OF, "--format", "json", "--lang", "en"]
    as_installed, pure = (mediaops(args, pure=p) for p in (False, True))
    assert 1 == as_installed.returncode == pure.returncode  # level 4 held, level 3 not yet
    assert as_installed.stdout == pure.stdout
    assert b'"reachable_on": "2027-01-15"' in pure.stdout  # 3-2: two years after the certificate
