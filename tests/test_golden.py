"""Golden files of the explanation table and of ``rules show`` (SPEC §2).

Each case renders a report (or the ruleset) with the library, exports it as
plain text at a fixed width and compares it with ``tests/golden/<case>.txt``.
The files are read by people: they are the reviewed picture of what a user
sees, in Chinese and English, in a normal and a narrow terminal.

To rewrite them after an intended change of the output::

    MEDIAOPS_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_golden.py

The rewriting run fails on purpose, naming every file it rewrote, so that an
update is never silent; review ``git diff tests/golden`` and run again.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.console import Group, RenderableType

import goldens
from mediaops.messages import Lang
from mediaops.models import Candidate, Certificate, Title
from mediaops.report import evaluate
from mediaops.rules import load_ruleset
from mediaops.ui.console import CJKText, export_text
from mediaops.ui.report import report_renderable
from mediaops.ui.rules import ruleset_renderable

GOLDEN_DIR = Path(__file__).parent / "golden"
AS_OF = datetime.date(2026, 11, 27)
RULES = load_ruleset()
TEMPLATE = load_ruleset(edition="template-2023")

#: The candidates, by the name their golden files start with.
PROFILES: dict[str, Candidate] = {
    # SPEC §2's example: 四级 held, 三级 eligible via 3-2, 二级/一级 not eligible.
    "associate-cert4": Candidate(
        education="associate",
        major="related",
        experience=3,
        certificates=(Certificate(level=4, date=datetime.date(2024, 1, 10)),),
    ),
    # 四级 not yet: 0.5 more years of experience, reachable 2027-05-27.
    "senior-high-2.5y": Candidate(education="senior_high", experience=2.5),
    # No fact at all: every level undetermined or not eligible, missing facts listed.
    "nothing-known": Candidate(),
    # 小学 with 10 years: every level blocked by G1.
    "below-junior-10y": Candidate(education="below_junior", experience=10),
    # 技工学校 final-year student, same major: 四级 via 4-3 on the final-year assumption.
    "technical-school-graduating": Candidate(
        education="technical_school", major="same", graduating=True
    ),
}
#: Candidates judged under the 2023 template (golden files ``check-template-…``).
TEMPLATE_PROFILES: dict[str, Candidate] = {
    # 高中, 3 years, a corresponding 初级 title held 1.5 years: 三级 via T3-3.
    "senior-high-junior-title": Candidate(
        education="senior_high",
        experience=3,
        titles=(Title(level="junior", corresponding=True, years_after=1.5),),
    ),
}
#: Profiles also rendered in a narrow (80-column) terminal.
NARROW = ("associate-cert4", "senior-high-2.5y")
LANGS: tuple[Lang, ...] = ("zh", "en")


def _report(candidate: Candidate, lang: Lang) -> Callable[[], RenderableType]:
    return lambda: report_renderable(evaluate(candidate, RULES, as_of=AS_OF), lang)


def _cases() -> dict[str, tuple[Callable[[], RenderableType], int]]:
    """Every golden file stem → (how to build the renderable, width)."""
    cases: dict[str, tuple[Callable[[], RenderableType], int]] = {}
    for name, candidate in PROFILES.items():
        for lang in LANGS:
            widths = (100, 80) if name in NARROW else (100,)
            for width in widths:
                cases[f"check-{name}.{lang}.w{width}"] = (_report(candidate, lang), width)
    for name, candidate in TEMPLATE_PROFILES.items():
        for lang in LANGS:
            cases[f"check-template-{name}.{lang}.w100"] = (
                lambda c=candidate, lang=lang: report_renderable(
                    evaluate(c, TEMPLATE, as_of=AS_OF), lang
                ),
                100,
            )
    for lang in LANGS:
        cases[f"rules-show.{lang}.w100"] = (
            lambda lang=lang: ruleset_renderable(RULES, lang),
            100,
        )
        cases[f"rules-show-template.{lang}.w100"] = (
            lambda lang=lang: ruleset_renderable(TEMPLATE, lang),
            100,
        )
    return cases


CASES = _cases()


@pytest.mark.parametrize("stem", sorted(CASES))
def test_golden(stem: str) -> None:
    """The plain-text rendering equals its reviewed golden file."""
    build, width = CASES[stem]
    actual = export_text(build(), width=width)
    goldens.check_golden(GOLDEN_DIR / f"{stem}.txt", actual)


def test_no_orphan_golden_files() -> None:
    """Every file in tests/golden belongs to a case, so none goes stale unnoticed."""
    on_disk = {p.stem for p in GOLDEN_DIR.glob("*.txt")}
    orphans = on_disk - set(CASES)
    assert orphans == set()


@pytest.mark.parametrize("stem", sorted(CASES))
def test_layout(stem: str) -> None:
    """Every line fits the width and nothing is cut off with an ellipsis."""
    build, width = CASES[stem]
    lines = export_text(build(), width=width).splitlines()
    bad = [line for line in lines if cell_len(line) > width or "…" in line]
    assert bad == []


# A line that starts indented keeps its indent on the lines it continues on (a hanging
# indent: “  若取得…” under its pathway), unless a word of it would not fit beside the indent.
@pytest.mark.parametrize(
    ("text", "width", "expected"),
    [
        (
            "  若取得大专/高职毕业证书,2029-08-27 起可报考",
            24,
            ["  若取得大专/高职毕业证", "  书,2029-08-27 起可报考"],
        ),
        ("  with a junior middle school diploma", 20, ["  with a junior", "  middle school", "  diploma"]),
        ("  (scripts: --assume-education)", 20, ["  (scripts:", "--assume-education)"]),
        ("3-2 needs a diploma\n  with an associate degree", 16,
         ["3-2 needs a", "diploma", "  with an", "  associate", "  degree"]),
    ],
)  # fmt: skip
def test_an_indented_line_hangs_its_continuations(
    text: str, width: int, expected: list[str]
) -> None:
    # in a group, as the tables hold it: console.print merges a lone Text into a plain one
    lines = export_text(Group(CJKText(text)), width=width).splitlines()
    assert expected == [line.rstrip() for line in lines]
