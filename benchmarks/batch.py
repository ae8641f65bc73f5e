"""Throughput of ``mediaops batch`` on a reproducible 200,000-row applicant list.

Generates (once, seeded) a CSV the way Chinese Excel writes it — GB18030/GBK,
Chinese headers, a name and a phone column to pass through — with mixed
profiles and about 1% bad rows, then:

1. runs ``mediaops batch`` as a user would (a subprocess) for CSV → CSV and
   CSV → JSON Lines, and reports rows per second and peak memory;
2. in one in-process run, splits the time between reading + parsing the rows
   and the engine (evaluation and formatting), so that the cost of the
   explanation machinery can be seen beside the cost of reading.

Goals (issue #3): CSV → CSV ≥ 100,000 rows/s and CSV → JSON Lines ≥ 30,000
rows/s on one core. Usage: ``python benchmarks/batch.py [--rows N] [--jobs N]
[--pure] [--distinct] [--keep DIR]``; ``--pure`` runs the Python sources of
the modules the install compiled (``MEDIAOPS_PURE_PYTHON=1``, see
``hatch_build.py``), for comparison; ``--distinct`` screens a list whose rows
do not repeat one another (about half of the default list's rows do).
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

BIN = Path(sys.executable).parent
#: --pure: the compiled modules' Python sources (set before mediaops is imported)
PURE = "--pure" in sys.argv[1:]
if PURE:
    os.environ["MEDIAOPS_PURE_PYTHON"] = "1"
AS_OF = "2026-11-27"
HEADER = [
    "编号",
    "姓名",
    "学历",
    "专业相关性",
    "应届",
    "工作年限",
    "培训",
    "证书",
    "取证后年限",
    "电话",
]
EDUCATION = [
    ("初中", 8), ("高中", 18), ("中专", 14), ("技工学校", 8), ("高级技工学校", 3), ("技师学院", 2),
    ("大专", 25), ("本科", 18), ("硕士", 3), ("小学", 1),
]  # fmt: skip
MAJOR = [("本专业", 30), ("相关专业", 35), ("不相关", 25), ("", 10)]
BAD = ["研究僧", "-1", "2027-02-30", "三年"]


def _pick(rng: random.Random, table: list[tuple[str, int]]) -> str:
    return rng.choices([v for v, _ in table], weights=[w for _, w in table])[0]


def generate(path: Path, rows: int, seed: int = 20261127, *, distinct: bool = False) -> None:
    """Write the benchmark CSV (GB18030, Chinese headers).

    ``distinct``: a list whose rows (almost) never repeat one another's
    facts — years with two decimals, half with a dated certificate — the
    slowest kind to screen.
    """
    rng = random.Random(seed)
    start = date(2012, 1, 1)
    with path.open("w", encoding="gb18030", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        for i in range(1, rows + 1):
            if distinct:
                experience = f"{rng.uniform(0, 15):.2f}" if rng.random() < 0.9 else ""
            else:
                experience = rng.choice(
                    [
                        str(rng.randint(0, 15)),
                        f"{rng.randint(0, 12)}.5",
                        f"{rng.uniform(0, 12):.2f}",
                        "",
                    ]
                )
            cert = ""
            r = rng.random()
            if r < (0.5 if distinct else 0.35):
                level = rng.choices(["四级", "三级", "二级"], weights=[25, 8, 2])[0]
                when = start + timedelta(days=rng.randrange(5400))
                cert = f"{level}:{when.isoformat()}" if rng.random() < 0.85 else level
            after = f"{rng.randint(0, 3)}" if cert and rng.random() < 0.05 else ""
            if after and experience and float(experience) < float(after):
                after = ""
            row = [
                str(i),
                f"申请人{i:06d}",
                _pick(rng, EDUCATION),
                _pick(rng, MAJOR),
                "是" if rng.random() < 0.05 else "",
                experience,
                "四级" if rng.random() < 0.3 else "",
                cert,
                after,
                f"1{rng.randint(3, 9)}{rng.randint(0, 999999999):09d}",
            ]
            if rng.random() < 0.01:  # a bad row: a value no one can read
                row[rng.choice([2, 5, 7])] = rng.choice(BAD)
            w.writerow(row)


def run_cli(src: Path, out: Path, jobs: int) -> tuple[float, float]:
    """Seconds and peak RSS (MiB) of one ``mediaops batch`` run."""
    cmd = [str(BIN / "mediaops"), "batch", str(src), "-o", str(out), "--as-of", AS_OF]
    # as installed: with the package's bytecode cached (some machines turn that off)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if PURE:
        env["MEDIAOPS_PURE_PYTHON"] = "1"
    if jobs > 1:
        cmd += ["--jobs", str(jobs)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, check=False, env=env)
    elapsed = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if done.returncode not in (0, 1):
        sys.exit(f"batch failed: {done.stderr.decode(errors='replace')}")
    return elapsed, max(peak, before) / 1024


def split(src: Path) -> dict[str, float]:
    """Seconds spent in each stage over one pass, every row worked out afresh.

    The screener's memo of repeated rows is bypassed here (the collector is
    paused, as in a real run), so that the engine's share is measured on
    every row: reading (decode + CSV), parsing the cells into the engine's
    facts, the engine (deciding every level), explaining (the summary text,
    for rows with no eligible level) and writing.
    """
    import io

    from mediaops import batch as b
    from mediaops.rules import load_ruleset

    as_of = date.fromisoformat(AS_OF)
    screener = b.Screener(load_ruleset(), as_of=as_of, lang="zh")
    columns, rows, close = b.open_input(str(src), "csv")
    assert columns is not None
    screener.use_header(columns)
    writer = b.Writer("csv", io.StringIO(), None, columns.passthrough_names)
    spent = dict.fromkeys(("read", "parse", "engine", "explain", "write"), 0.0)
    with b._no_cyclic_gc():  # as `mediaops batch` runs
        n = _timed(iter(rows), screener, writer, spent, time.perf_counter)
    close()
    spent["rows"] = n
    return spent


def _timed(it: Any, screener: Any, writer: Any, spent: dict[str, float], clock: Any) -> int:
    from mediaops import batch as b
    from mediaops.models import InputError
    from mediaops.report import Verdict

    evaluator = screener.evaluator
    n = 0
    while True:
        t0 = clock()
        row = next(it, None)
        t1 = clock()
        if row is None:
            break
        n += 1
        spent["read"] += t1 - t0
        try:
            facts = b.parse_facts(row.cells, screener.as_of, screener.read)
            t2 = clock()
            spent["parse"] += t2 - t1
            decisions = evaluator.decide(facts)
            verdicts = tuple(d.status.value for d in decisions)
            t3 = clock()
            spent["engine"] += t3 - t2
            eligible = any(d.status is Verdict.eligible for d in decisions)
            text = "" if eligible else b.summary(evaluator.report(facts), "zh")
            t4 = clock()
            spent["explain"] += t4 - t3
        except InputError:
            t4 = clock()
            verdicts, text = ("", "", "", ""), "error"
        out = b.Outcome(verdicts, None, None, (*verdicts, "", text, ""), "")
        writer.write(writer.format(row, out))
        spent["write"] += clock() - t4
    return n


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="directory to keep the generated files in")
    parser.add_argument("--pure", action="store_true", help="run the compiled modules' sources")
    parser.add_argument(
        "--distinct", action="store_true", help="a list whose rows do not repeat (the slowest)"
    )
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="mediaops-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    kind = "distinct-" if args.distinct else ""
    src = work / f"applicants-{kind}{args.rows}.csv"
    if not src.exists():
        generate(src, args.rows, distinct=args.distinct)
    print(f"input: {src} ({src.stat().st_size / 1e6:.1f} MB, {args.rows:,} rows, GB18030)")
    import mediaops.engine

    compiled = not mediaops.engine.__file__.endswith(".py")
    print(f"modules: {'compiled (mypyc)' if compiled else 'Python sources'}")

    ok = True
    for label, out, goal in (
        ("CSV → CSV", work / "out.csv", 100_000),
        ("CSV → JSON Lines", work / "out.jsonl", 30_000),
    ):
        seconds, peak = run_cli(src, out, args.jobs)
        rate = args.rows / seconds
        ok &= rate >= goal
        mark = "ok" if rate >= goal else "MISSED"
        print(f"{label:<18} {seconds:6.2f} s  {rate:>9,.0f} rows/s  peak {peak:6.1f} MiB  "
              f"(goal ≥ {goal:,}: {mark})")  # fmt: skip

    spent = split(src)
    n = int(spent.pop("rows"))
    total = sum(spent.values())
    print(f"\nin-process split over {n:,} rows, every row afresh ({n / total:,.0f} rows/s):")
    labels = {
        "read": "read (decode + CSV)",
        "parse": "parse cells → facts",
        "engine": "engine (decide 4 levels)",
        "explain": "explain (summary text)",
        "write": "format + write",
    }
    for key, label in labels.items():
        t = spent[key]
        print(f"  {label:<28} {t:6.2f} s  {100 * t / total:5.1f} %  {1e6 * t / n:6.2f} µs/row")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
