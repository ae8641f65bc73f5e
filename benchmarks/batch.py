"""Throughput and peak memory of ``mediaops batch``, as ratios to a bare pipeline run alongside.

What is measured (issue 10, "Speed and memory"; pure Python):

* ``mediaops batch LIST.csv -o OUT.csv`` and ``-o OUT.jsonl``, run as a user runs them: the
  venv's ``mediaops`` script in a subprocess, ``--as-of 2026-11-27 -q``, from a temporary
  directory, with compiled bytecode allowed (``PYTHONDONTWRITEBYTECODE`` and ``MEDIAOPS_LANG``
  are dropped from the environment, so the output is in the default language);
* the *bare pipeline* over the same file, in a subprocess of the same Python
  (``python benchmarks/batch.py --bare SRC OUT``): ``csv.DictReader`` (GB18030) → a small
  pydantic v2 model of the same fact columns → a trivial check (experience ≥ 3) →
  ``csv.writer`` to a file. Both therefore pay interpreter start-up and imports alike (the
  bare run also imports this script's own modules, about 0.1 s: if anything, in mediaops's
  favour).

Two generated lists, seeded, GB18030 with Chinese headers (编号/姓名/学历/专业相关性/应届/
工作年限/培训/证书/取证后年限/电话), mixed profiles and about 1% bad cells:

* *typical*: as real lists are (the list the earlier benchmark used, byte for byte): about
  half the rows repeat an earlier row's facts (whole years, no certificate); a third hold a
  certificate;
* *distinct*: no two rows have the same facts — years with two decimals, certificates whose
  dates vary per row, a name and a phone unique per row. A row that would repeat an earlier
  one gets other years, or failing that is drawn again; since rows without a certificate have
  few ways to differ, about 60% of the rows end up holding one (half are drawn with one).

The targets are checked on both, because they must hold on inputs whose rows do not repeat as
well as on typical ones. For each list, ``--rounds`` times, interleaved so that machine noise
hits every command alike: bare pipeline, mediaops CSV → CSV, mediaops CSV → JSON Lines (all
on N rows), then mediaops CSV and JSON Lines on the first N/4 rows (for the memory check).

Each measured command is started by a small wrapper process (a fresh ``python -c``) that times
it from spawn to exit and reports that one child's ``ru_maxrss`` (``os.wait4``). The wrapper
matters: Linux carries a process's peak RSS across ``fork``/``vfork`` + ``exec``, so a child
spawned straight from this script would report this script's peak if it were larger, and
``RUSAGE_CHILDREN`` is the maximum over all children waited for so far. With ``--jobs N`` the
peak is that of the largest single process, not the sum.

Goals, each with PASS or MISSED; exit status 1 if any is missed (``--no-fail``: always 0):

* CSV → CSV rows/s ≥ 0.35× the bare pipeline's, JSON Lines ≥ 0.07× (the median over the
  rounds of each round's ratio; rows/s counts start-up: rows ÷ wall seconds of the process);
* peak memory at N rows ≤ 1.2× the peak at N/4 rows (200,000 vs 50,000), CSV and JSON Lines;
* peak memory of JSON Lines output under 150 MB (10^6 bytes) at both lengths.

Usage (from the project's venv)::

    python benchmarks/batch.py                  # 200,000 rows, 3 rounds, both lists
    python benchmarks/batch.py --quick          # 20,000 rows, 1 round, memory 5,000 vs 20,000
    python benchmarks/batch.py --list distinct --rounds 5 --jobs 2 --keep /tmp/bench

``--quick`` is a smoke run: one short round is dominated by start-up and noise, and at 5,000
to 20,000 rows bounded memos may still be filling, so its memory ratios are hints, not
verdicts. The generated lists are cached under the system temporary directory, keyed by kind,
length, seed and generator version, so reruns skip generation; ``--keep DIR`` generates (or
reuses) them in DIR and leaves the outputs of the last round there too.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, Field, ValidationError

HERE = Path(__file__).resolve()
PYTHON = sys.executable
MEDIAOPS = str(Path(PYTHON).parent / "mediaops")
AS_OF = "2026-11-27"
SEED = 20261127
#: bump when a generator changes, so that cached lists are made afresh
GENERATOR_VERSION = 3
KINDS = ("typical", "distinct")

CSV_GOAL = 0.35  # × the bare pipeline's rows/s
JSONL_GOAL = 0.07
GROWTH_GOAL = 1.2  # peak at N rows ÷ peak at N/4 rows
JSONL_PEAK_GOAL_MB = 150.0

HEADER = ["编号", "姓名", "学历", "专业相关性", "应届", "工作年限", "培训", "证书", "取证后年限", "电话"]  # fmt: skip
FACTS = slice(2, 9)  # the fact columns: 学历 … 取证后年限
EDUCATION = [
    ("初中", 8), ("高中", 18), ("中专", 14), ("技工学校", 8), ("高级技工学校", 3), ("技师学院", 2),
    ("大专", 25), ("本科", 18), ("硕士", 3), ("小学", 1),
]  # fmt: skip
MAJOR = [("本专业", 30), ("相关专业", 35), ("不相关", 25), ("", 10)]
BAD = ["研究僧", "-1", "2027-02-30", "三年"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉梅飞鹏宇浩然欣怡子涵雨轩博文思佳晨阳凯琳婷晓东海波斌鑫俊辉慧颖莉倩宁雪松林峰晶欢"
CERT_START = date(2012, 1, 1)


# --- the lists -------------------------------------------------------------------------------


def _pick(rng: random.Random, table: list[tuple[str, int]]) -> str:
    return rng.choices([v for v, _ in table], weights=[w for _, w in table])[0]


def _certificate(rng: random.Random, share: float) -> str:
    """A certificate on ``share`` of the rows, dated on 85% of those (2012 to late 2026)."""
    if rng.random() >= share:
        return ""
    level = rng.choices(["四级", "三级", "二级"], weights=[25, 8, 2])[0]
    when = CERT_START + timedelta(days=rng.randrange(5400))
    return f"{level}:{when.isoformat()}" if rng.random() < 0.85 else level


def _typical_row(rng: random.Random, i: int) -> list[str]:
    """A row as real lists have them: whole or half years often, a third with a certificate."""
    experience = rng.choice(
        [str(rng.randint(0, 15)), f"{rng.randint(0, 12)}.5", f"{rng.uniform(0, 12):.2f}", ""]
    )
    cert = _certificate(rng, 0.35)
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
    if rng.random() < 0.01:  # a bad cell: a value no one can read
        row[rng.choice([2, 5, 7])] = rng.choice(BAD)
    return row


def _distinct_facts(rng: random.Random) -> list[str]:
    """学历 … 取证后年限 for the distinct list: years with two decimals, half with a certificate."""
    experience = f"{rng.uniform(0, 20):.2f}" if rng.random() < 0.9 else ""
    cert = _certificate(rng, 0.5)
    after = f"{rng.uniform(0, 3):.2f}" if cert and rng.random() < 0.05 else ""
    if after and experience and float(experience) < float(after):
        after = ""
    facts = [
        _pick(rng, EDUCATION),
        _pick(rng, MAJOR),
        "是" if rng.random() < 0.05 else "",
        experience,
        "四级" if rng.random() < 0.3 else "",
        cert,
        after,
    ]
    if rng.random() < 0.01:
        facts[rng.choice([0, 3, 5])] = rng.choice(BAD)
    return facts


def _unique_name(rng: random.Random, i: int, taken: set[str]) -> str:
    for _ in range(20):
        name = rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2, 2, 2))))
        if name not in taken:
            taken.add(name)
            return name
    name = f"{rng.choice(SURNAMES)}{i}"  # only on very long lists; unique all the same
    taken.add(name)
    return name


def _distinct_rows(rng: random.Random, rows: int) -> Iterator[list[str]]:
    seen: set[tuple[str, ...]] = set()
    names: set[str] = set()
    for i in range(1, rows + 1):
        facts = _distinct_facts(rng)
        tries = 0
        while tuple(facts) in seen:  # never repeat an earlier row's facts: other years first,
            tries += 1  # to keep the mix as drawn as far as it can be
            if tries <= 20:
                facts[3] = f"{rng.uniform(0, 20):.2f}"
            else:
                facts = _distinct_facts(rng)
        seen.add(tuple(facts))
        # 3**18 is prime to 10**9: i ↦ (i·3**18 + c) mod 10**9 never repeats a number
        phone = f"1{3 + i % 7}{(i * 387_420_489 + 52_718) % 10**9:09d}"
        yield [str(i), _unique_name(rng, i, names), *facts, phone]


def generate(path: Path, kind: str, rows: int, seed: int = SEED) -> dict[str, Any]:
    """Write one list (GB18030, Chinese headers) and return what it holds."""
    rng = random.Random(seed)
    if kind == "typical":
        it: Iterator[list[str]] = (_typical_row(rng, i) for i in range(1, rows + 1))
    else:
        it = _distinct_rows(rng, rows)
    seen: set[tuple[str, ...]] = set()
    repeats = certificates = 0
    tmp = path.with_name(path.name + ".part")
    with tmp.open("w", encoding="gb18030", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(HEADER)
        for row in it:
            facts = tuple(row[FACTS])
            repeats += facts in seen
            seen.add(facts)
            certificates += bool(row[7])
            writer.writerow(row)
    tmp.replace(path)
    return {"rows": rows, "repeats": repeats, "certificates": certificates}


def first_rows(src: Path, dest: Path, rows: int) -> None:
    """Copy the header and the first ``rows`` rows of ``src`` (no cell spans lines)."""
    tmp = dest.with_name(dest.name + ".part")
    with src.open("rb") as f, tmp.open("wb") as out:
        for _ in range(rows + 1):
            out.write(f.readline())
    tmp.replace(dest)


def ensure_lists(
    kind: str, rows: int, small: int, where: Path
) -> tuple[Path, Path, dict[str, Any]]:
    """The list of ``rows`` rows and its first ``small`` rows, generated unless cached."""
    stem = f"{kind}-{rows}-seed{SEED}-v{GENERATOR_VERSION}"
    src, meta_path = where / f"{stem}.csv", where / f"{stem}.json"
    if src.exists() and meta_path.exists():
        meta = json.loads(meta_path.read_text())
    else:
        print(f"generating the {kind} list ({rows:,} rows) …", flush=True)
        meta = generate(src, kind, rows)
        meta_path.write_text(json.dumps(meta))
    head = where / f"{stem}-first{small}.csv"
    if not head.exists():
        first_rows(src, head, small)
    return src, head, meta


# --- the bare pipeline -----------------------------------------------------------------------


def _blank_is_none(value: object) -> object:
    return None if value == "" else value


def _yes(value: object) -> bool:
    return value in ("是", "yes", "1")


Years = Annotated[Annotated[float, Field(ge=0)] | None, BeforeValidator(_blank_is_none)]


class Applicant(BaseModel):
    """The bare pipeline's model: the fact columns, as a plain pydantic user would type them."""

    education: str = Field(alias="学历")
    major: str = Field(alias="专业相关性")
    graduating: Annotated[bool, BeforeValidator(_yes)] = Field(alias="应届")
    experience: Years = Field(alias="工作年限")
    training: str = Field(alias="培训")
    certificate: str = Field(alias="证书")
    years_after: Years = Field(alias="取证后年限")


def bare_pipeline(src: Path, out: Path) -> int:
    """csv.DictReader → Applicant → experience ≥ 3 → csv.writer (UTF-8 with BOM, as mediaops)."""
    with (
        src.open(encoding="gb18030", newline="") as f,
        out.open("w", encoding="utf-8-sig", newline="") as g,
    ):
        reader = csv.DictReader(f)
        writer = csv.writer(g)
        writer.writerow([*(reader.fieldnames or ()), "结论", "错误"])
        for row in reader:
            try:
                applicant = Applicant.model_validate(row)
            except ValidationError:
                writer.writerow([*row.values(), "", "error"])
                continue
            ok = applicant.experience is not None and applicant.experience >= 3
            writer.writerow([*row.values(), "可以报考" if ok else "暂不可报考", ""])
    return 0


# --- running and measuring -------------------------------------------------------------------

#: Starts one command, times it from spawn to exit and prints its own rusage as JSON. Run as a
#: fresh process so that the child's ru_maxrss cannot inherit a larger parent's peak.
WRAPPER = """\
import json, os, subprocess, sys, time
start = time.perf_counter()
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(child.pid, 0)
seconds = time.perf_counter() - start
child.returncode = os.waitstatus_to_exitcode(status)
print(json.dumps({"seconds": seconds, "rc": child.returncode, "maxrss_kib": usage.ru_maxrss}))
"""


@dataclass
class Run:
    seconds: float
    peak_mb: float  # 10**6 bytes


@dataclass
class Command:
    argv: list[str]
    out: Path
    ok_codes: tuple[int, ...]


def measure(command: Command, cwd: Path, env: dict[str, str]) -> Run:
    """Run one command under the wrapper; its wall seconds and peak RSS."""
    done = subprocess.run(
        [PYTHON, "-c", WRAPPER, *command.argv], cwd=cwd, env=env, capture_output=True, text=True
    )
    if done.returncode != 0:
        sys.exit(f"the measuring wrapper failed:\n{done.stderr}")
    result = json.loads(done.stdout.splitlines()[-1])
    if result["rc"] not in command.ok_codes:
        sys.exit(f"{' '.join(command.argv)}\nexited with status {result['rc']}:\n{done.stderr}")
    return Run(result["seconds"], result["maxrss_kib"] * 1024 / 1e6)


def count_csv_rows(path: Path) -> int:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return sum(1 for _ in csv.reader(f)) - 1


def count_lines(path: Path) -> int:
    n = 0
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            n += chunk.count(b"\n")
    return n


@dataclass
class Target:
    label: str
    measured: float
    goal: float
    higher_is_better: bool
    unit: str = "×"

    @property
    def ok(self) -> bool:
        return self.measured >= self.goal if self.higher_is_better else self.measured <= self.goal

    def line(self) -> str:
        sign = "≥" if self.higher_is_better else "≤"
        if self.unit == "×":
            shown, goal = f"{self.measured:.3f}×", f"{sign} {self.goal:g}×"
        else:
            shown, goal = f"{self.measured:.1f} {self.unit}", f"< {self.goal:g} {self.unit}"
        return f"  {self.label:<46} {shown:>10}   {goal:<10} {'PASS' if self.ok else 'MISSED'}"


@dataclass
class Timings:
    seconds: dict[str, list[float]] = field(default_factory=dict)
    peaks: dict[str, list[float]] = field(default_factory=dict)

    def add(self, name: str, run: Run) -> None:
        self.seconds.setdefault(name, []).append(run.seconds)
        self.peaks.setdefault(name, []).append(run.peak_mb)


def bench_list(
    kind: str,
    rows: int,
    rounds: int,
    jobs: int,
    lists: Path,
    outs: Path,
    env: dict[str, str],
    *,
    keep: bool,
) -> list[Target]:
    """Measure one list, print its table and return its targets."""
    small = rows // 4
    src, head, meta = ensure_lists(kind, rows, small, lists)
    size = src.stat().st_size / 1e6
    print(
        f"\n== {kind} list: {rows:,} rows, {size:.1f} MB GB18030 ({src}); "
        f"{100 * meta['repeats'] / rows:.1f}% of rows repeat an earlier row's facts, "
        f"{100 * meta['certificates'] / rows:.0f}% hold a certificate =="
    )
    jobs_flag = ["--jobs", str(jobs)] if jobs > 1 else []

    def bare(inp: Path, out: Path) -> Command:
        return Command([PYTHON, str(HERE), "--bare", str(inp), str(out)], out, (0,))

    def mediaops(inp: Path, out: Path) -> Command:
        cmd = [MEDIAOPS, "batch", str(inp), "-o", str(out), "--as-of", AS_OF, "-q", *jobs_flag]
        return Command(cmd, out, (0, 1))  # 1: some rows had errors (the bad cells)

    runs = {
        "bare": bare(src, outs / f"{kind}-{rows}-bare.csv"),
        "csv": mediaops(src, outs / f"{kind}-{rows}.csv"),
        "jsonl": mediaops(src, outs / f"{kind}-{rows}.jsonl"),
        "csv@small": mediaops(head, outs / f"{kind}-{small}.csv"),
        "jsonl@small": mediaops(head, outs / f"{kind}-{small}.jsonl"),
    }
    for warm_up in (bare(head, runs["bare"].out), runs["csv@small"]):  # file cache, bytecode
        measure(warm_up, outs, env)
    t = Timings()
    for r in range(1, rounds + 1):
        for name, run in runs.items():
            run.out.unlink(missing_ok=True)  # no run pays for freeing the previous one's output
            t.add(name, measure(run, outs, env))
            if r == 1 and "@" not in name:  # a broken run must not pass for a fast one
                n = count_lines(run.out) if name == "jsonl" else count_csv_rows(run.out)
                if n != rows:
                    sys.exit(f"{name}: wrote {n:,} rows for {rows:,}")
        print(
            f"  round {r}/{rounds}: "
            + ", ".join(f"{name} {t.seconds[name][-1]:.2f} s" for name in runs),
            flush=True,
        )
    if not keep:
        for run in runs.values():
            run.out.unlink(missing_ok=True)

    rate = {name: rows / statistics.median(s) for name, s in t.seconds.items()}
    ratio = {
        name: statistics.median(
            b / m for b, m in zip(t.seconds["bare"], t.seconds[name], strict=True)
        )
        for name in ("csv", "jsonl")
    }
    peak = {name: max(p) for name, p in t.peaks.items()}
    print(f"\n  {'run':<22} {'rows/s':>9} {'× bare':>7}   {'per round (rows/s)':<28}"
          f" peak MB at {small:,} / {rows:,}")  # fmt: skip
    for name, label in (
        ("bare", "bare pipeline"),
        ("csv", "mediaops CSV → CSV"),
        ("jsonl", "mediaops CSV → JSONL"),
    ):
        each = " ".join(f"{rows / s:,.0f}" for s in t.seconds[name])
        shown = "1" if name == "bare" else f"{ratio[name]:.3f}"
        small_peak = f"{peak[name + '@small']:6.1f}" if name != "bare" else "     -"
        print(f"  {label:<22} {rate[name]:>9,.0f} {shown:>7}   {each:<28}"
              f" {small_peak} / {peak[name]:6.1f}")  # fmt: skip

    targets = [
        Target(f"{kind}: CSV → CSV rows/s ÷ bare", ratio["csv"], CSV_GOAL, True),
        Target(f"{kind}: CSV → JSONL rows/s ÷ bare", ratio["jsonl"], JSONL_GOAL, True),
        Target(
            f"{kind}: CSV peak, {rows:,} ÷ {small:,} rows",
            peak["csv"] / peak["csv@small"],
            GROWTH_GOAL,
            False,
        ),
        Target(
            f"{kind}: JSONL peak, {rows:,} ÷ {small:,} rows",
            peak["jsonl"] / peak["jsonl@small"],
            GROWTH_GOAL,
            False,
        ),
        Target(
            f"{kind}: JSONL peak (larger of the two)",
            max(peak["jsonl"], peak["jsonl@small"]),
            JSONL_PEAK_GOAL_MB,
            False,
            "MB",
        ),
    ]
    print()
    for target in targets:
        print(target.line())
    return targets


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rows", type=int, help="rows per list (default 200,000; --quick 20,000)")
    parser.add_argument("--rounds", type=int, help="interleaved rounds (default 3; --quick 1)")
    parser.add_argument("--list", choices=[*KINDS, "both"], default="both", dest="kind")
    parser.add_argument("--jobs", type=int, default=1, help="passed to mediaops batch --jobs")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="generate and keep files in DIR")
    parser.add_argument("--quick", action="store_true", help="a smoke run: 20,000 rows, 1 round")
    parser.add_argument("--no-fail", action="store_true", help="exit 0 even if a goal is missed")
    parser.add_argument(
        "--bare", nargs=2, type=Path, metavar=("SRC", "OUT"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.bare:
        return bare_pipeline(*args.bare)
    rows: int = args.rows or (20_000 if args.quick else 200_000)
    rounds: int = args.rounds or (1 if args.quick else 3)
    if rows < 4 or rounds < 1:
        parser.error("--rows must be at least 4 and --rounds at least 1")
    kinds = KINDS if args.kind == "both" else (args.kind,)

    # as installed: bytecode cached; the default language
    env = {
        k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "MEDIAOPS_LANG")
    }
    version = subprocess.run([MEDIAOPS, "--version"], capture_output=True, text=True, env=env)
    print(f"mediaops: {MEDIAOPS} ({version.stdout.strip() or version.stderr.strip()})")
    print(f"python:   {PYTHON} {sys.version.split()[0]}, {os.cpu_count()} CPUs, --jobs {args.jobs}")
    print(
        "each run: a subprocess timed from spawn to exit (start-up included) by a wrapper that"
        " reads its ru_maxrss;\n          bare pipeline = this script with --bare in the same"
        f" Python; mediaops batch … --as-of {AS_OF} -q"
    )
    print(f"order per round: bare, csv, jsonl on {rows:,} rows, then csv, jsonl on {rows // 4:,}")

    cache = args.keep or Path(tempfile.gettempdir()) / "mediaops-bench-lists"
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="mediaops-bench-") as tmp:
        outs = args.keep or Path(tmp)
        targets = [
            target
            for kind in kinds
            for target in bench_list(
                kind, rows, rounds, args.jobs, cache, outs, env, keep=bool(args.keep)
            )
        ]
    missed = [t for t in targets if not t.ok]
    print(f"\n{len(targets) - len(missed)} of {len(targets)} targets met", end="")
    print(f"; {len(missed)} MISSED (marked above)." if missed else ".")
    return 1 if missed and not args.no_fail else 0


if __name__ == "__main__":
    sys.exit(main())
