"""The package installs and runs from a wheel (SPEC §3, STYLE "ships inside the wheel").

A wheel is built from the source tree and installed into a fresh virtual
environment; the ``mediaops`` it installs is then run from a directory outside
the source tree, with no ``PYTHONPATH``, so the built-in rulesets (both
editions) can only come from the wheel. The wheel is pure Python (issue #10:
no compiler in the install, no build requirement but the build backend).
Slow (a build and a ``pip install``): ``pytest -m "not slow"`` leaves it out.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
#: The built-in rulesets, one per edition, as the wheel must carry them.
RULESETS_IN_WHEEL = (
    "mediaops/rules/all-media-operator.toml",
    "mediaops/rules/all-media-operator-template-2023.toml",
)
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
        if not k.startswith(("PYTHON", "MEDIAOPS_"))
        and k not in {"VIRTUAL_ENV", "__PYVENV_LAUNCHER__"}
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


def test_build_requires_only_the_backend() -> None:
    """pyproject.toml asks for nothing to build but hatchling (no compiler, no mypy)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    requires = project["build-system"]["requires"]
    names = [re.split(r"[<>=!~;\[ ]", r, maxsplit=1)[0].strip().lower() for r in requires]
    assert ["hatchling"] == names
    assert "hatchling.build" == project["build-system"]["build-backend"]
    assert not (ROOT / "hatch_build.py").exists()  # no build hook left behind


class TestWheel:
    """The built wheel, installed into a fresh environment, outside the source tree."""

    def test_wheel_carries_both_rulesets(self, wheel: Path) -> None:
        """Both built-in rulesets are inside the wheel, in the package, as in the source tree."""
        with zipfile.ZipFile(wheel) as zf:
            names = set(zf.namelist())
            for name in RULESETS_IN_WHEEL:
                assert name in names
                source = ROOT / "rules" / Path(name).name
                assert source.read_bytes() == zf.read(name)

    def test_wheel_is_pure_python(self, wheel: Path) -> None:
        """The wheel is tagged for any platform and holds no compiled module."""
        assert wheel.name.endswith("-py3-none-any.whl")
        with zipfile.ZipFile(wheel) as zf:
            names = zf.namelist()
            metadata = next(n for n in names if n.endswith(".dist-info/WHEEL"))
            info = zf.read(metadata).decode("utf-8")
        assert [] == [n for n in names if n.endswith((".so", ".pyd", ".dylib", ".c"))]
        assert [] == [n for n in names if "compiled" in n]
        assert "Root-Is-Purelib: true" in info

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
        assert 0 == proc.returncode, proc.stderr
        report = json.loads(proc.stdout)
        assert 4 == report["highest_eligible"]
        assert {"id": "all-media-operator", "edition": "summary"} == {
            k: report["ruleset"][k] for k in ("id", "edition")
        }

    def test_check_json_template_edition(self, bindir: Path, tmp_path: Path) -> None:
        """`mediaops check --edition template-2023` reads the second ruleset from the wheel:
        a relevant 大专 with no work may apply for 四级 by T4-2 (EDITIONS.md)."""
        args = ["check", "-e", "大专", "--major", "related", "-x", "0", "--as-of", "2026-11-27"]
        proc = run(
            [bindir / "mediaops", *args, "--edition", "template-2023", "--format", "json"],
            cwd=tmp_path,
            env=clean_env(bindir),
        )
        assert 0 == proc.returncode, proc.stderr
        report = json.loads(proc.stdout)
        assert "template-2023" == report["ruleset"]["edition"]
        four = report["levels"][0]
        assert (4, "eligible", ["T4-2"]) == (
            four["level"],
            four["status"],
            four["qualifying_pathways"],
        )

    def test_rules_show_json(self, bindir: Path, tmp_path: Path) -> None:
        """`mediaops rules show` reads the built-in ruleset from the installed wheel."""
        proc = run(
            [bindir / "mediaops", "rules", "show", "--format", "json"],
            cwd=tmp_path,
            env=clean_env(bindir),
        )
        assert 0 == proc.returncode, proc.stderr
        assert "all-media-operator" == json.loads(proc.stdout)["id"]

    def test_rules_list(self, bindir: Path, tmp_path: Path) -> None:
        """`mediaops rules list` shows both built-in editions with their status."""
        proc = run(
            [bindir / "mediaops", "rules", "list", "--lang", "en"],
            cwd=tmp_path,
            env=clean_env(bindir),
        )
        assert 0 == proc.returncode, proc.stderr
        text = " ".join(proc.stdout.split())
        for expected in ("summary", "template-2023", "published summary", "inferred from the"):
            assert expected in text
        proc = run([bindir / "mediaops", "rules", "list"], cwd=tmp_path, env=clean_env(bindir))
        assert 0 == proc.returncode, proc.stderr
        assert "公开发布的报考条件摘要" in proc.stdout
        assert "模板推定" in proc.stdout
