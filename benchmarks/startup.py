"""Start-up time of mediaops against the floor of its stack, interleaved in one run.

Runs, round-robin so that machine noise hits every command alike:

* ``python -c pass``                      — the interpreter alone;
* ``benchmarks/minimal_app.py``           — typer + one pydantic model + a rich table;
* ``mediaops check <flags> --format json`` and the table output;
* ``mediaops --version`` and ``mediaops --help``.

and prints the median of each and the ratios the issue sets as goals:
check (json, table) ≤ 1.3× the minimal app; --version ≤ 8× and --help ≤ 15×
``python -c pass``. Exit status 1 if a goal is missed.

Usage: ``python benchmarks/startup.py [--rounds N]`` (from the project's venv).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent
MEDIAOPS = str(BIN / "mediaops")
CHECK = ["check", "-e", "大专", "--major", "related", "-x", "3", "--cert", "四级:2024-01-10",
         "--as-of", "2026-11-27"]  # fmt: skip

COMMANDS: dict[str, list[str]] = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "minimal app": [sys.executable, str(HERE / "minimal_app.py")],
    "check --format json": [MEDIAOPS, *CHECK, "--format", "json"],
    "check (table)": [MEDIAOPS, *CHECK],
    "--version": [MEDIAOPS, "--version"],
    "--help": [MEDIAOPS, "--help"],
}

GOALS = [
    ("check --format json", "minimal app", 1.3),
    ("check (table)", "minimal app", 1.3),
    ("--version", "python -c pass", 8.0),
    ("--help", "python -c pass", 15.0),
]


def run(rounds: int) -> dict[str, float]:
    # As a user runs it: Python keeps compiled bytecode (a pip install writes it;
    # an environment that forbids it would time compiling, not starting).
    env = {**os.environ, "COLUMNS": "100"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for cmd in COMMANDS.values():  # warm the file cache and .pyc files
        subprocess.run(cmd, capture_output=True, env=env, check=False)
    for _ in range(rounds):
        for name, cmd in COMMANDS.items():
            start = time.perf_counter()
            subprocess.run(cmd, capture_output=True, env=env, check=False)
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(ts) for name, ts in times.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    medians = run(args.rounds)
    print(f"{'command':<24} {'median ms':>10}")
    for name, t in medians.items():
        print(f"{name:<24} {t * 1000:>10.1f}")
    print()
    ok = True
    for name, base, limit in GOALS:
        ratio = medians[name] / medians[base]
        verdict = "ok" if ratio <= limit else "MISSED"
        ok &= ratio <= limit
        print(f"{name:<22} / {base:<15} = {ratio:5.2f}×  (goal ≤ {limit}×)  {verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
