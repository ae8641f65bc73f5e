"""The package installs and runs from a wheel (SPEC §3, STYLE "ships inside the wheel").

A wheel is built from the source tree and installed into a fresh virtual
environment; the ``mediaops`` it installs is then run from a directory outside
the source tree, with no ``PYTHONPATH``, so the built-in ruleset can only come
from the wheel. Slow (a build and a ``pip install``): ``pytest -m "not slow"``
leaves it out.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
RULESET_IN_WHEEL = "mediaops/rules/all-media-operator.toml"
#: Seconds allowed for building the wheel, and for installing it with its dependencies.
BUILD_TIMEOUT = 180
INSTALL_TIMEOUT = 240
#: What pip and build print when the package index cannot be reached at all;
#: only then is the test skipped (a dependency that does not resolve is a failure).
UNREACHABLE = re.compile(
    r"NewConnectionError|Failed to establish a new connection|Temporary failure in name"
    r" resolution|Name or service not known|Network is unreachable|Connection refused"
    r"|ConnectTimeoutError|ReadTimeoutError|ProxyError|No route to host"
)


def clean_env(bindir: Path | None = None) -> dict[str, str]:
    """The environment without anything that could point Python at the source tree."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("PYTHON")
        and k not in {"VIRTUAL_ENV", "__PYVENV_LAUNCHER__", "_MEDIAOPS_COMPILED"}
    }
    if bindir is not None:
        env["PATH"] = f"{bindir}{os.pathsep}{env.get('PATH', '')}"
    return env


def run(
    args: list[Any], *, cwd: Path, env: dict[str, str], timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """Run a command, capturing text output; never raises on a non-zero exit."""
    return subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
    )


def require_success(proc: subprocess.CompletedProcess[str], what: str) -> None:
    """Fail with the output of ``proc``, or skip when it only could not reach the index."""
    if proc.returncode == 0:
        return
    output = f"{proc.stdout}\n{proc.stderr}"
    if UNREACHABLE.search(output):
        pytest.skip(f"{what}: the package index is unreachable (no network?)\n{output[-2000:]}")
    pytest.fail(f"{what} failed with exit {proc.returncode}:\n{output[-4000:]}")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel of the project, built into a temporary directory."""
    outdir = tmp_path_factory.mktemp("dist")
    if importlib.util.find_spec("build") is not None:
        args = [sys.executable, "-m", "build", "--wheel", "--outdir", outdir, ROOT]
    else:
        args = [sys.executable, "-m", "pip", "wheel", ROOT, "--no-deps", "--no-input", "-w", outdir]
    proc = run(args, cwd=ROOT, env=clean_env(), timeout=BUILD_TIMEOUT)
    require_success(proc, "building the wheel")
    wheels = list(outdir.glob("mediaops-*.whl"))
    assert len(wheels) == 1, f"expected one wheel in {outdir}, found {wheels}"
    return wheels[0]


@pytest.fixture(scope="module")
def bindir(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ``bin`` directory of a fresh virtual environment with the wheel installed."""
    home = tmp_path_factory.mktemp("venv")
    proc = run([sys.executable, "-m", "venv", home], cwd=home, env=clean_env(), timeout=120)
    require_success(proc, "creating a virtual environment")
    bindir = home / "bin"
    proc = run(
        [bindir / "python", "-m", "pip", "install", "--no-input", "-q", wheel],
        cwd=home,
        env=clean_env(bindir),
        timeout=INSTALL_TIMEOUT,
    )
    require_success(proc, "installing the wheel with its dependencies")
    return bindir


class TestWheel:
    """The built wheel, installed into a fresh environment, outside the source tree."""

    def test_wheel_carries_the_ruleset(self, wheel: Path) -> None:
        """The built-in ruleset file is inside the wheel, in the package."""
        with zipfile.ZipFile(wheel) as zf:
            names = zf.namelist()
        assert RULESET_IN_WHEEL in names

    def test_imports_from_the_installed_package(self, bindir: Path, tmp_path: Path) -> None:
        """The venv's Python imports mediaops from its site-packages, not from the source tree."""
        proc = run(
            [bindir / "python", "-c", "import mediaops; print(mediaops.__file__)"],
            cwd=tmp_path,
            env=clean_env(bindir),
        )
        require_success(proc, "importing mediaops")
        location = Path(proc.stdout.strip()).resolve()
        assert location.is_relative_to(bindir.parent.resolve())
        assert not location.is_relative_to(ROOT)

    def test_check_json(self, bindir: Path, tmp_path: Path) -> None:
        """`mediaops check` for a 大专 graduate with 3 years answers level 4, exit 0."""
        args = ["check", "-e", "大专", "--major", "related", "-x", "3", "--as-of", "2026-11-27"]
        proc = run(
            [bindir / "mediaops", *args, "--format", "json"],
            cwd=tmp_path,
            env=clean_env(bindir),
        )
        assert proc.returncode == 0, proc.stderr
        report = json.loads(proc.stdout)
        assert report["highest_eligible"] == 4
        assert report["ruleset"]["id"] == "all-media-operator"

    def test_rules_show_json(self, bindir: Path, tmp_path: Path) -> None:
        """`mediaops rules show` reads the built-in ruleset from the installed wheel."""
        proc = run(
            [bindir / "mediaops", "rules", "show", "--format", "json"],
            cwd=tmp_path,
            env=clean_env(bindir),
        )
        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout)["id"] == "all-media-operator"

    def test_compiled_where_a_c_compiler_is_at_hand(
        self, wheel: Path, bindir: Path, tmp_path: Path
    ) -> None:
        """Built where a C compiler is at hand, the wheel carries the hot path compiled, and uses it."""
        compiler = (sysconfig.get_config_var("CC") or "").split()
        if not compiler or shutil.which(compiler[0]) is None:
            pytest.skip("no C compiler here: the wheel is pure Python (hatch_build.py)")
        if os.environ.get("MEDIAOPS_PURE_PYTHON"):
            pytest.skip("MEDIAOPS_PURE_PYTHON is set: the wheel is pure Python")
        with zipfile.ZipFile(wheel) as zf:
            names = zf.namelist()
        for module in ("engine", "report", "report_json", "dates", "batch"):
            compiled = rf"_mediaops_compiled/mediaops/{module}\..+\.(so|pyd)"
            assert any(re.fullmatch(compiled, n) for n in names)
        assert "_mediaops_compiled/manifest.txt" in names
        assert not wheel.name.endswith("-none-any.whl")  # tagged for this Python and platform
        proc = run(
            [bindir / "python", "-c", "import mediaops.batch as b; print(b.__file__)"],
            cwd=tmp_path,
            env=clean_env(bindir),
        )
        require_success(proc, "importing mediaops.batch")
        assert proc.stdout.strip().endswith((".so", ".pyd"))
