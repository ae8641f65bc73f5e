"""``mediaops plan``: the timeline at 60, 80 and 160 columns, its dates, and ``--svg`` (issue 12).

Golden files are in ``tests/golden/timeline/``: ``plan-<candidate>.<lang>.w<width>.txt`` is
what ``mediaops plan … --as-of 2026-11-27`` prints to a pipe COLUMNS=<width> wide. To
rewrite them after an intended change of the output::

    MEDIAOPS_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_timeline.py

The rewriting run fails on purpose, naming every file it rewrote; review
``git diff tests/golden/timeline`` and run again. A golden file listed in
:data:`KNOWN_BUGS` holds the output as it *should* be (corrected by hand) and is never
rewritten; its test is an expected failure until the bug is fixed.

The dates in :func:`test_dates_worked_out_by_hand` come from SPEC §1 and
``rules/all-media-operator.toml``, not from the program.
"""

from __future__ import annotations

import functools
import json
import os
import re
import stat
import tomllib
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner, Result

import goldens
from mediaops.cli import app
from mediaops.messages import Lang, tr
from plain import plain_env

GOLDEN_DIR = Path(__file__).parent / "golden" / "timeline"
RULES_FILE = Path(__file__).resolve().parents[1] / "rules" / "all-media-operator.toml"
AS_OF = "2026-11-27"
LANGS: tuple[Lang, ...] = ("zh", "en")
WIDTHS = (60, 80, 160)

#: The candidates drawn: name in the file → the facts as flags.
CANDIDATES: dict[str, tuple[str, ...]] = {
    "senior-high-2.5y": ("-e", "高中", "-x", "2.5"),
    "associate-cert4": ("-e", "大专", "--major", "related", "-x", "1", "--cert", "四级:2025-06-01"),
    "nothing-known": (),
}

GLUED_PAIR_FOLDED = (
    "BUG (regression): at 60 columns a scripter hint's flag and value, glued together but "
    "wider than the plan table's last column, are folded inside a word: "
    "`--assume-education senio` / `r_technical_school)`, `--assume-education assoc` / `iate`"
)
FLAG_AFTER_COLON = (
    "BUG: in Chinese the flag after `脚本用:` is not kept with its value: zh 80 columns "
    "`(脚本用:--assume-education` / `senior_technical_school)`, where the pair fits the "
    "column (en 80 keeps `--assume-education senior_technical_school)` on one line)"
)
#: Golden files whose output is defective: the file holds the corrected output.
KNOWN_BUGS: dict[str, str] = {}
#: The cases whose output folds a word (a subset of the known bugs).
FOLDS_WORDS = {stem for stem, reason in KNOWN_BUGS.items() if GLUED_PAIR_FOLDED in reason}
#: The cases whose output parts a flag from its value where the pair would fit.
PARTS_PAIRS = {stem for stem, reason in KNOWN_BUGS.items() if reason == FLAG_AFTER_COLON}

runner = CliRunner()
CASES = {
    f"plan-{name}.{lang}.w{width}": (name, lang, width)
    for name in CANDIDATES
    for lang in LANGS
    for width in WIDTHS
}


def invoke(args: tuple[str, ...] | list[str], lang: str = "zh", columns: int = 80) -> Result:
    """``mediaops ARGS`` with ``MEDIAOPS_LANG=lang``, output as in a pipe ``columns`` wide."""
    return runner.invoke(app, list(args), env=plain_env(lang, columns))


@functools.cache
def plan_output(args: tuple[str, ...], lang: Lang, width: int) -> str:
    """What ``mediaops plan ARGS --as-of 2026-11-27`` prints ``width`` wide (run once)."""
    result = invoke(("plan", *args, "--as-of", AS_OF), lang, width)
    assert result.exit_code in (0, 1), result.stderr
    return result.stdout


def plan_text(name: str, lang: Lang, width: int) -> str:
    """What ``mediaops plan`` prints for a candidate of :data:`CANDIDATES`."""
    return plan_output(CANDIDATES[name], lang, width)


@functools.cache
def plan_json(args: tuple[str, ...], lang: Lang = "zh") -> dict[str, Any]:
    """``mediaops plan ARGS --format json`` for the evaluation date, parsed."""
    result = invoke(("plan", *args, "--as-of", AS_OF, "--format", "json"), lang)
    assert result.exit_code in (0, 1), result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def cases(stems: list[str], bugs: set[str] | None = None) -> list[Any]:
    """Golden stems as pytest parameters, the known bugs (or ``bugs`` of them) expected to fail."""
    failing = set(KNOWN_BUGS) if bugs is None else bugs
    return [
        pytest.param(s, marks=pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[s]))
        if s in failing
        else s
        for s in stems
    ]


# --- golden files ----------------------------------------------------------------------


@pytest.mark.parametrize("stem", cases(sorted(CASES)))
def test_golden(stem: str) -> None:
    """`mediaops plan` for a candidate, language and width equals its reviewed golden file."""
    actual = plan_text(*CASES[stem])
    goldens.check_golden(GOLDEN_DIR / f"{stem}.txt", actual, KNOWN_BUGS)


def test_no_orphan_golden_files() -> None:
    """Every file in tests/golden/timeline belongs to a case, and every known bug to a case."""
    assert set() == {p.stem for p in GOLDEN_DIR.glob("*.txt")} - set(CASES)
    assert set() == set(KNOWN_BUGS) - set(CASES)


# --- layout ----------------------------------------------------------------------------


@pytest.mark.parametrize("stem", sorted(CASES))
def test_no_line_is_wider_than_the_terminal(stem: str) -> None:
    """Every line fits the width, and nothing is cut off with an ellipsis."""
    name, lang, width = CASES[stem]
    lines = plan_text(name, lang, width).splitlines()
    assert [] == [line for line in lines if cell_len(line) > width or "…" in line]


DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
FLAG = re.compile(r"(?<![\w-])--?[a-z][a-z-]*[a-z]")
WORD = re.compile(r"(?<![\w-])[A-Za-z_][A-Za-z0-9_']*")


def tokens(text: str) -> Counter[str]:
    """The dates, options and ASCII words of a plan's text, but for the time axis's numbers."""
    lines = [line for line in text.splitlines() if not re.fullmatch(r"[\s\d]*(年|years)?", line)]
    found: Counter[str] = Counter()
    for line in lines:
        found.update(DATE.findall(line))
        found.update(FLAG.findall(line))
        found.update(WORD.findall(line))
    return found


@pytest.mark.parametrize("stem", cases(sorted(CASES), FOLDS_WORDS))
def test_no_date_option_or_word_is_broken(stem: str) -> None:
    """Each date, option and English word is whole on one line, as it is 400 columns wide."""
    name, lang, width = CASES[stem]
    expected = tokens(plan_text(name, lang, 400))
    assert expected
    text = plan_text(name, lang, width)
    if stacked(text):
        expected -= HEAD_WORDS
    assert expected == tokens(text)


PAIR = re.compile(r"(?<![\w-])--[a-z][a-z-]* [a-z0-9_][\w-]*")


def stacked(text: str) -> bool:
    """Whether the plan's levels are stacked, not tabled (no rule under a table's head): in
    a terminal narrower than 60 columns, or one where a column would split a word (English
    60 wide: ``--assume-education senior_technical_school`` is wider than the last)."""
    return not any(line and set(line) == {"─"} for line in text.splitlines())


#: The words of the table's head, which the stacked form leaves out.
HEAD_WORDS = Counter({"Level": 1, "When": 1, "Basis": 1, "how": 1, "to": 1, "unlock": 1})


def last_column_width(text: str, width: int) -> int:
    """How many cells wide the last column of the plan's table is (its head to the edge);
    stacked, the terminal's width."""
    if stacked(text):
        return width
    lines = text.splitlines()
    rule = next(i for i, line in enumerate(lines) if line and set(line) == {"─"})
    head = lines[rule - 1]
    start = [m.start() for m in re.finditer(r"(?<!\S)\S+(?: \S+)*", head)][-1]
    return width - cell_len(head[:start])


@pytest.mark.parametrize("stem", cases(sorted(CASES), PARTS_PAIRS))
def test_scripter_flags_stay_with_their_values(stem: str) -> None:
    """A scripter hint's `--flag value` is on one line wherever it fits the table's column."""
    name, lang, width = CASES[stem]
    text = plan_text(name, lang, width)
    room = last_column_width(text, width)
    pairs = Counter(PAIR.findall(plan_text(name, lang, 400)))
    # and its ")", on a sub-line whose continuations keep its indent of 2
    fitting = {p: n for p, n in pairs.items() if cell_len(p) + 1 <= room - 2}
    assert fitting == {p: len(re.findall(re.escape(p), text)) for p in fitting}


def timeline(text: str) -> list[str]:
    """The lines of the timeline: from the tick labels to the legend (excluded)."""
    lines = text.splitlines()
    axis = next(i for i, line in enumerate(lines) if "├" in line)
    end = next(i for i in range(axis + 1, len(lines)) if lines[i].startswith("● "))
    return lines[axis - 1 : end]


def level_names(lang: Lang) -> list[str]:
    """The level names of the built-in ruleset, 4 to 1, in ``lang``."""
    data = tomllib.loads(RULES_FILE.read_text(encoding="utf-8"))
    return [level["name"][lang] for level in data["levels"]]


@pytest.mark.parametrize("stem", sorted(CASES))
def test_timeline_notes_sit_under_the_bars(stem: str) -> None:
    """Every line of the timeline starts with a level name or is indented to the bars."""
    name, lang, width = CASES[stem]
    lines = timeline(plan_text(name, lang, width))
    indent = len(lines[1]) - len(lines[1].lstrip())  # the axis line starts where the bars do
    names = level_names(lang)
    stray = [
        line
        for line in lines[2:]
        if not line.startswith(tuple(names)) and not line.startswith(" " * indent)
    ]
    assert [] == stray


# --- the dates: worked out by hand, and the same on the timeline and in JSON ---------------


def test_rules_premises() -> None:
    """The thresholds the hand-worked dates below rest on are those of the ruleset file."""
    data = tomllib.loads(RULES_FILE.read_text(encoding="utf-8"))
    conditions = {p["id"]: p["conditions"] for level in data["levels"] for p in level["pathways"]}
    assert [{"kind": "experience", "years": 3}] == conditions["4-1"]
    assert [{"kind": "experience", "years": 1}, {"kind": "training", "level": 4}] == conditions[
        "4-2"
    ]
    assert (4, 2) == (conditions["3-2"][2]["level"], conditions["3-2"][2]["years"])
    assert (3, 4) == (conditions["2-1"][1]["level"], conditions["2-1"][1]["years"])
    assert (2, 4) == (conditions["1-1"][1]["level"], conditions["1-1"][1]["years"])


def levels_of(data: dict[str, Any]) -> dict[int, tuple[Any, ...]]:
    """Level → (status, date, pathway, certificate date, with training) of a plan's JSON."""
    return {
        lv["level"]: (
            lv["status"],
            lv["date"],
            lv["pathway"],
            lv["certificate_date"],
            lv["with_training"],
        )
        for lv in data["levels"]
    }


def test_dates_worked_out_by_hand() -> None:
    """The plan's dates for three candidates equal those worked out from the rules by hand."""
    # 高中, 2.5 years on 2026-11-27, certificates 3 months after eligibility (the default):
    # 4-1 needs 3 years: 6 more months → 2027-05-27, certificate 2027-08-27; 4-2 needs 1
    # year (held) and 四级 training: open at once were the training completed.
    # 三级 needs a diploma 高中 is not (3-1: senior technical school; 3-2: associate+).
    senior_high = levels_of(plan_json(CANDIDATES["senior-high-2.5y"]))
    assert ("later", "2027-05-27", "4-1", "2027-08-27", AS_OF) == senior_high[4]
    assert ("unreachable", None, None, None, None) == senior_high[3]
    unlock = plan_json(CANDIDATES["senior-high-2.5y"])["levels"][1]["unlock"]
    # with the diploma, 3-1 opens when the 四级 certificate arrives (2027-08-27); 3-2 needs
    # 2 years after that certificate → 2029-08-27
    assert [("3-1", "2027-08-27"), ("3-2", "2029-08-27")] == [
        (u["pathway"], u["date"]) for u in unlock
    ]
    # with the training done: 4-2 now, on the evaluation date
    trained = levels_of(plan_json((*CANDIDATES["senior-high-2.5y"], "--training", "四级")))
    assert ("now", AS_OF, "4-2", "2027-02-27") == trained[4][:4]
    # 大专 in a related major, 1 year of experience, 四级 obtained 2025-06-01: the years since
    # the certificate are capped by the experience (1 year); 3-2 needs 2 → one more year:
    # 2027-11-27, 三级 certificate 2028-02-27; 2-1 needs 4 years after it → 2032-02-27,
    # certificate 2032-05-27; 1-1 four years after that → 2036-05-27, certificate 2036-08-27.
    associate = levels_of(plan_json(CANDIDATES["associate-cert4"]))
    assert {
        4: ("held", None, None, None, None),
        3: ("later", "2027-11-27", "3-2", "2028-02-27", None),
        2: ("later", "2032-02-27", "2-1", "2032-05-27", None),
        1: ("later", "2036-05-27", "1-1", "2036-08-27", None),
    } == associate


def timeline_rows(text: str, lang: Lang) -> dict[str, tuple[str, str]]:
    """Level name → (its bar line, the note under it or "") of a timeline without wrapping."""
    lines = timeline(text)
    names = level_names(lang)
    rows = {}
    for i, line in enumerate(lines):
        for level_name in names:
            if line.startswith(level_name):
                following = lines[i + 1] if i + 1 < len(lines) else ""
                note = "" if following.startswith(tuple(names)) else following.strip()
                rows[level_name] = (line, note)
    return rows


TRAINED = ("-e", "高中", "-x", "2.5", "--training", "4")
#: template-2023: 三级 by a junior title (T3-3) on 2027-05-27, its certificate 2027-08-27, long
#: before 四级 by five years of work (2029-11-27): 四级 is covered by then
COVERED = ("-e", "高中", "-x", "2", "--title", "初级:2026-05-27:对应", "--edition", "template-2023")


@pytest.mark.parametrize("args", [*CANDIDATES.values(), TRAINED, COVERED])
@pytest.mark.parametrize("lang", LANGS)
def test_timeline_shows_the_dates_of_the_json(args: tuple[str, ...], lang: Lang) -> None:
    """Each level's marks on the timeline and its line in the table carry the JSON's dates."""
    data = plan_json(args, lang)
    text = plan_output(args, lang, 160)
    rows = timeline_rows(text, lang)
    table = text.split(tr("plan.basis", lang), 1)[1].splitlines()
    for level in data["levels"]:
        bar, note = rows[level["name"]]
        status = level["status"]
        if status == "held":
            assert (True, "") == (bar.endswith("✔ " + tr("plan.held", lang)), note)
        elif level["covered_by"] is not None:
            level_name = tr(f"level.{level['covered_by']}", lang)
            covered = tr("plan.covered_mark", lang, level=level_name, date=level["covered_on"])
            assert (covered, 0, True) == (note, bar.count("●"), bar.endswith("✔"))
        elif status in ("now", "later"):
            when = tr("plan.now", lang) if status == "now" else level["date"]
            mark = f"● {when} ({level['pathway']})  ◆ {level['certificate_date']}"
            if level["with_training"] == AS_OF:
                mark += "  " + tr("plan.with_training", lang)
            assert (mark, 1) == (note, bar.count("●"))
            row = next(line for line in table if line.startswith(level["name"][:3]))
            key = "plan.now" if status == "now" else "plan.later"
            assert tr(key, lang, date=level["date"]) in row
        else:
            assert bar.endswith("✘ " + tr("plan.unreachable", lang))
            dated = [u["date"] for u in level["unlock"] or [] if u["date"]]
            assert dated[:1] == DATE.findall(note)


def months(start: date, end: date) -> int:
    """Complete calendar months from ``start`` to ``end`` (SPEC §1)."""
    count = (end.year - start.year) * 12 + end.month - start.month
    return count - 1 if end.day < start.day else count


@pytest.mark.parametrize("name", ["senior-high-2.5y", "associate-cert4"])
@pytest.mark.parametrize("lang", LANGS)
def test_marks_stand_at_their_dates_on_the_axis(name: str, lang: Lang) -> None:
    """At 160 columns each ● and ◆ stands between the axis ticks of the years around its date."""
    data = plan_json(CANDIDATES[name], lang)
    lines = timeline(plan_text(name, lang, 160))
    labels = {int(m[0]): cell_len(lines[0][: m.start()]) for m in re.finditer(r"\d+", lines[0])}
    rows = timeline_rows(plan_text(name, lang, 160), lang)
    today = date.fromisoformat(AS_OF)
    checked = 0
    for level in data["levels"]:
        bar = rows[level["name"]][0]
        for mark, key in (("●", "date"), ("◆", "certificate_date")):
            if level[key] is None or mark not in bar:
                continue
            years = months(today, date.fromisoformat(level[key])) / 12
            column = cell_len(bar[: bar.index(mark)])
            low, high = int(years), int(years) + 1
            assert labels[low] <= column <= labels[high], (mark, level)
            checked += 1
    assert checked >= 2


# --- SVG --------------------------------------------------------------------------------


def svg_text(path: Path) -> tuple[str, str]:
    """(the root element's tag, the text of its <text> elements, one line each)."""
    root = ET.parse(path).getroot()
    texts = ["".join(e.itertext()) for e in root.iter("{http://www.w3.org/2000/svg}text")]
    return root.tag, "\n".join(texts).replace("\xa0", " ")


@pytest.mark.parametrize("lang", LANGS)
def test_svg_is_xml_with_the_dates_and_the_levels(tmp_path: Path, lang: Lang) -> None:
    """`plan --svg FILE` writes an SVG document whose text holds every date and level name."""
    path = tmp_path / "路线.svg"
    args = CANDIDATES["associate-cert4"]
    result = invoke(("plan", *args, "--as-of", AS_OF, "--svg", str(path)), lang)
    assert 0 == result.exit_code
    tag, text = svg_text(path)
    assert "{http://www.w3.org/2000/svg}svg" == tag
    data = plan_json(args, lang)
    dates = {lv[k] for lv in data["levels"] for k in ("date", "certificate_date") if lv[k]}
    assert len(dates) == 6
    assert set() == {d for d in dates if d not in text}
    assert [] == [lv["name"] for lv in data["levels"] if lv["name"] not in text]
    assert "├" in text


def test_svg_is_written_with_json_output_too(tmp_path: Path) -> None:
    """`plan --format json --svg FILE` prints JSON and still saves the picture."""
    path = tmp_path / "plan.svg"
    args = ("plan", *CANDIDATES["senior-high-2.5y"], "--as-of", AS_OF)
    result = invoke((*args, "--format", "json", "--svg", str(path)), "zh")
    assert "2027-05-27" == json.loads(result.stdout)["levels"][0]["date"]
    assert "2027-05-27" in svg_text(path)[1]


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_svg_file_mode_follows_the_umask(tmp_path: Path) -> None:
    """The SVG file gets the permissions a newly created file would (as batch's output does)."""
    reference = tmp_path / "reference.txt"
    reference.write_text("x", encoding="utf-8")
    path = tmp_path / "plan.svg"
    invoke(("plan", *CANDIDATES["senior-high-2.5y"], "--as-of", AS_OF, "--svg", str(path)))
    assert stat.S_IMODE(reference.stat().st_mode) == stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("lang", LANGS)
def test_svg_that_cannot_be_written_is_named(tmp_path: Path, lang: Lang) -> None:
    """An SVG path that cannot be written ends with exit 74 and a message that names it.

    A long path may be shortened from the front (``…``), so that its name stays: the message
    must hold the path's last 60 characters.
    """
    path = tmp_path / "no-such-dir" / "plan.svg"
    args = ("plan", *CANDIDATES["senior-high-2.5y"], "--as-of", AS_OF, "--svg", str(path))
    result = invoke(args, lang)
    assert (74, False, 1) == (
        result.exit_code,
        "Traceback" in result.stderr,
        len(result.stderr.splitlines()),
    )
    assert str(path)[-60:] in result.stderr


@pytest.mark.parametrize("link", [False, True], ids=["same-path", "symlink"])
def test_svg_never_replaces_the_input_file(tmp_path: Path, link: bool) -> None:
    """`--svg` naming the `--input` file (or a link to it) ends with exit 2; the file stays."""
    facts = tmp_path / "考生.json"
    facts.write_text('{"education": "大专", "experience": 2}', encoding="utf-8")
    svg = facts
    if link:
        svg = tmp_path / "picture.svg"
        svg.symlink_to(facts)
    before = facts.read_bytes()
    result = invoke(("plan", "--input", str(facts), "--as-of", AS_OF, "--svg", str(svg)), "zh")
    assert (2, False) == (result.exit_code, "Traceback" in result.stderr)
    assert "--svg" in result.stderr
    assert before == facts.read_bytes()
