"""The message catalogue: every sentence exists in both languages with the same parameters,
and every key the code asks for exists.

Keys are found in ``src/`` by reading its syntax tree: a string literal that
has the shape of a key (``short.experience``) in a namespace of the catalogue
(``short``), the literal keys of engine notes and needs (``Note.of("x")`` is
worded by ``note.x``, ``Need.of("x")`` by ``fact.x``), and keys built with an
f-string, which must match at least one key (``f"level.{n}"``). Families of
keys built from values are checked value by value.
"""

from __future__ import annotations

import ast
import re
import string
from collections.abc import Iterator
from pathlib import Path
from typing import get_args

import pytest

from mediaops.engine.conditions import span
from mediaops.engine.decide import Verdict
from mediaops.engine.outcome import Status
from mediaops.messages import (
    CATALOGUE,
    Msg,
    counted,
    fmt_years,
    line_ranges,
    lines_said,
    tr,
)
from mediaops.models import CandidateDocument, Certificate, Diploma, Title, WorkPeriod
from mediaops.rules import Ruleset
from mediaops.terms import TitleLevel

SRC = Path(__file__).resolve().parents[1] / "src" / "mediaops"
#: The first part of every catalogue key (``short`` of ``short.experience``).
NAMESPACES = frozenset(k.split(".")[0] for k in CATALOGUE)
KEY_SHAPE = re.compile(r"[a-z_]+(\.[a-z0-9_]+)+")


def _fields(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}


def _modules() -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(SRC.rglob("*.py")):
        yield str(path.relative_to(SRC.parent)), ast.parse(path.read_text(encoding="utf-8"))


def _call_name(node: ast.Call) -> str | None:
    f = node.func
    if isinstance(f, ast.Attribute):
        owner = f.value.id if isinstance(f.value, ast.Name) else ""
        return f"{owner}.{f.attr}"
    return f.id if isinstance(f, ast.Name) else None


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def keys_used() -> dict[str, set[str]]:
    """Every catalogue key the source names literally → where (``file:line``)."""
    used: dict[str, set[str]] = {}

    def add(key: str, where: str) -> None:
        used.setdefault(key, set()).add(where)

    for name, tree in _modules():
        in_fstrings = {
            id(v) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for v in node.values
        }
        for node in ast.walk(tree):
            where = f"{name}:{getattr(node, 'lineno', 0)}"
            value = _literal(node) if isinstance(node, ast.expr) else None
            if (
                value is not None
                and id(node) not in in_fstrings
                and KEY_SHAPE.fullmatch(value)
                and value.split(".")[0] in NAMESPACES
            ):
                add(value, where)
            if isinstance(node, ast.Call) and node.args:
                first = _literal(node.args[0])
                call = _call_name(node)
                if first is None:
                    continue
                if call == "Note.of":
                    add(f"note.{first}", where)
                elif call == "Need.of":
                    add(f"fact.{first}", where)
                elif call and call.endswith(".question"):
                    add(f"summary.{first}", where)
            if isinstance(node, ast.keyword) and node.arg in ("date_fact", "years_fact"):
                fact = _literal(node.value)
                if fact is not None:
                    add(f"fact.{fact}", f"{name}:{node.value.lineno}")
    return used


def key_patterns() -> dict[str, set[str]]:
    """Every f-string that builds a key in a catalogue namespace, as a regular expression."""
    found: dict[str, set[str]] = {}
    for name, tree in _modules():
        for node in ast.walk(tree):
            if not isinstance(node, ast.JoinedStr) or not node.values:
                continue
            head = _literal(node.values[0]) if isinstance(node.values[0], ast.expr) else None
            if head is None or "." not in head or head.split(".")[0] not in NAMESPACES:
                continue
            pattern = "".join(
                re.escape(str(v.value)) if isinstance(v, ast.Constant) else r"[a-z0-9_.]+"
                for v in node.values
            )
            found.setdefault(pattern, set()).add(f"{name}:{node.lineno}")
    return found


class TestCatalogue:
    @pytest.mark.parametrize("key", sorted(CATALOGUE))
    def test_both_languages_take_the_same_parameters(self, key: str) -> None:
        """The Chinese and English forms of a message exist and use the same placeholders."""
        entry = CATALOGUE[key]
        assert 2 == len(entry)
        zh, en = entry
        assert zh.strip()
        assert en.strip()
        assert _fields(zh) == _fields(en)

    @pytest.mark.parametrize("key", sorted(CATALOGUE))
    def test_the_chinese_form_is_chinese(self, key: str) -> None:
        """A Chinese form with words in Latin letters holds Chinese too (English pasted into
        both slots is caught), unless it is command lines, which read the same in both."""
        zh = re.sub(r"\{[^}]*\}", "", CATALOGUE[key][0])
        commands = all(line.startswith("mediaops") for line in zh.splitlines())
        if re.search(r"[A-Za-z]{2,}", zh) and not commands:
            assert re.search(r"[\u4e00-\u9fff]", zh), key

    @pytest.mark.parametrize("key", sorted(CATALOGUE))
    def test_the_english_form_is_english(self, key: str) -> None:
        """An English form with Chinese in it has English words too (the Chinese copied into the
        English slot is caught); Chinese names may stand inside English (结业证书)."""
        en = re.sub(r"\{[^}]*\}", "", CATALOGUE[key][1])
        if re.search(r"[\u4e00-\u9fff]", en):
            assert re.search(r"[A-Za-z]{2,}", en), key

    def test_every_message_counted_has_its_singular(self) -> None:
        """Every key the source passes to ``counted`` has its ``KEY.one``, with the same
        Chinese and its own English (a key without one would fail only when one thing is
        said, in a run); and each ``KEY.one`` is counted somewhere."""
        counted_keys = {
            first
            for _, tree in _modules()
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            and _call_name(node) in ("counted", "hidden_sheets_msg")  # (the latter counts)
            and node.args
            and (first := _literal(node.args[0])) is not None
        }
        assert "batch.hidden_sheets" in counted_keys  # the scan finds them at all
        singular = {k.removesuffix(".one") for k in CATALOGUE if k.endswith(".one")}
        assert counted_keys == singular
        for key in singular:
            assert CATALOGUE[key][0] == CATALOGUE[f"{key}.one"][0], key
            assert CATALOGUE[key][1] != CATALOGUE[f"{key}.one"][1], key

    def test_every_key_used_in_src_exists(self) -> None:
        """Every key the source names (as a literal, a note or a fact) is in the catalogue."""
        used = keys_used()
        assert "short.experience" in used  # the scan finds keys at all
        assert "note.final_year_prereq" in used
        assert "fact.certificate_date" in used
        assert {} == {k: sorted(w) for k, w in used.items() if k not in CATALOGUE}

    def test_every_key_built_in_src_matches_one(self) -> None:
        """Every key built with an f-string (``f"level.{n}"``) can name a catalogue key."""
        patterns = key_patterns()
        assert any(p.startswith(re.escape("level.")) for p in patterns)  # the scan works
        unmatched = {
            p: sorted(w)
            for p, w in patterns.items()
            if not any(re.fullmatch(p, k) for k in CATALOGUE)
        }
        assert {} == unmatched

    @pytest.mark.parametrize(
        "key",
        [
            *(f"{prefix}.{n}" for prefix in ("level", "certificate") for n in (4, 3, 2, 1)),
            *(f"{prefix}.{v.value}" for prefix in ("verdict", "word") for v in Verdict),
            *(f"status.{s.value}" for s in Status),
            *(f"title.{t.value}" for t in TitleLevel),
            *(f"rules.status.{s}" for s in get_args(Ruleset.model_fields["status"].annotation)),
            *(
                f"note.{basis}_{kind}"
                for basis in ("history", "continuous", "time_since", "experience")
                for kind in ("certificate", "title")
            ),
        ],
    )
    def test_keys_built_from_values_exist(self, key: str) -> None:
        """The keys built from a level, a verdict, a status, a title, a ruleset's status or the
        basis of a note exist for every value (conditions.py builds ``note.{basis}_{kind}``)."""
        assert key in CATALOGUE

    def test_every_key_of_a_candidate_file_has_a_chinese_name(self) -> None:
        """An error about a candidate file names the key in Chinese as well (``json.key.…``,
        ``证书第 1 项的等级(certificates.0.level)``): a key with no name would be shown as
        its id alone under ``--lang zh``."""
        models = (CandidateDocument, Diploma, Certificate, Title, WorkPeriod)
        keys = {key for model in models for key in model.model_fields}
        assert set() == {key for key in keys if f"json.key.{key}" not in CATALOGUE}

    def test_nested_messages_are_formatted_in_the_same_language(self) -> None:
        """A message parameter that is itself a message follows the outer language."""
        msg = Msg.of("short.certificate", level=Msg.of("level.4"))
        assert "尚未取得四级证书" == msg.format("zh")
        assert "no level 4 certificate yet" == msg.format("en")

    def test_shortfall_reads_as_the_spec_example(self) -> None:
        """The shortfall of experience reads as SPEC §2 shows it: 还差 1.5 年从业经历."""
        shortfall = span(18.0)  # 18 months
        assert "还差 1.5 年从业经历" == tr("short.experience", "zh", span=shortfall)
        assert "needs 1.5 more years of experience" == tr("short.experience", "en", span=shortfall)


class TestSpan:
    """A shortfall in years when exact to 0.01, else in whole months (durations between dates
    are whole months, SPEC §1), else in years rounded up; checked by hand: 1 month is 0.0833…
    years, which no two-decimal figure states (0.09 would overstate it, 0.08 understate it)."""

    @pytest.mark.parametrize(
        ("months", "zh", "en"),
        [
            (18.0, "1.5 年", "1.5 more years"),
            (12.0, "1 年", "1 more year"),
            (6.0, "0.5 年", "0.5 more years"),
            (3.0, "0.25 年", "0.25 more years"),
            (0.6, "0.05 年", "0.05 more years"),  # -x 2.95 against 3 years
            (1.0, "1 个月", "1 more month"),
            (11.0, "11 个月", "11 more months"),
            (13.0, "1 年 1 个月", "1 more year and 1 month"),
            (35.0, "2 年 11 个月", "2 more years and 11 months"),
            (0.996, "0.09 年", "0.09 more years"),  # -x 2.917: not whole months, rounded up
            (0.12, "0.01 年", "0.01 more years"),  # -x 2.99
        ],
    )
    def test_a_shortfall_reads_as_a_person_says_it(self, months: float, zh: str, en: str) -> None:
        assert (zh, en) == (span(months).format("zh"), span(months).format("en"))

    @pytest.mark.parametrize(
        ("until", "zh", "en"),
        [
            ((0, 1), "1 天", "1 more day"),
            ((3, 16), "3 个月 16 天", "3 more months and 16 days"),
            ((12, 2), "1 年 2 天", "1 more year and 2 days"),
            ((14, 1), "1 年 2 个月 1 天", "1 more year, 2 months and 1 day"),
            ((2, 0), "2 个月", "2 more months"),  # no days: the months, as they are said
        ],
    )
    def test_a_shortfall_with_days_to_its_date_is_said_as_that_time(
        self, until: tuple[int, int], zh: str, en: str
    ) -> None:
        """The calendar time to the date the gap closes, where it has days (months counted
        whole, 35 months and 30 days lack one month, met the next day)."""
        months = until[0] + (1 if until[1] else 0)
        said = span(float(months), until)
        assert (zh, en) == (said.format("zh"), said.format("en"))

    def test_a_shortfall_is_never_said_smaller_than_it_is(self) -> None:
        """Whatever the unit, the figure said is at least what remains."""
        for hundredths in range(1, 6001):
            months = hundredths / 100
            text = span(months).format("en").replace(" more", "")
            said = 0.0
            for number, unit in re.findall(r"([\d.]+) (year|month)s?", text):
                said += float(number) * (12 if unit == "year" else 1)
            assert said + 1e-9 >= months, (months, text)


class TestYears:
    @pytest.mark.parametrize(
        ("years", "text"),
        [(3.0, "3"), (2.5, "2.5"), (0.01, "0.01"), (2.8333, "2.83"), (0.0, "0"), (1 / 12, "0.08")],
    )
    def test_years_are_written_as_a_person_writes_them(self, years: float, text: str) -> None:
        """Whole years have no decimals; others at most two."""
        assert text == fmt_years(years)


class TestEnglishPlural:
    @pytest.mark.parametrize(
        ("key", "months", "text"),
        [
            ("short.experience", 12.0, "needs 1 more year of experience"),
            ("short.experience", 18.0, "needs 1.5 more years of experience"),
            ("short.experience", 132.0, "needs 11 more years of experience"),
            ("short.experience", 1.0, "needs 1 more month of experience"),
            ("short.experience", 2.0, "needs 2 more months of experience"),
            ("short.experience", 25.0, "needs 2 more years and 1 month of experience"),
            ("short.experience", 23.0, "needs 1 more year and 11 months of experience"),
        ],
    )
    def test_one_year_is_singular(self, key: str, months: float, text: str) -> None:
        """English says "1 year", "1 more year" and "1 month", and otherwise the plural."""
        assert text == tr(key, "en", span=span(months))

    @pytest.mark.parametrize(("years", "text"), [(1, "1 year"), (0.1, "0.1 years")])
    def test_years_of_one_are_singular(self, years: float, text: str) -> None:
        assert text == tr("years", "en", years=years)


@pytest.mark.parametrize(
    ("lines", "lang", "listed"),
    [
        ([4, 5, 6, 8], "zh", "4–6、8"),
        ([8, 4, 6, 5, 6], "en", "4–6, 8"),
        ([3], "zh", "3"),
        ([3, 4], "zh", "3–4"),
        ([], "zh", ""),
    ],
)
def test_line_numbers_are_listed_as_ranges(lines: list[int], lang: str, listed: str) -> None:
    """A long pre-numbered form's footer lines read as ranges, not every number."""
    assert listed == line_ranges(lines, lang)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("lines", "said"),
    [([4, 5, 6, 8], "lines 4–6, 8 hold"), ([3], "line 3 holds"), ([3, 4], "lines 3–4 hold")],
)
def test_line_numbers_said_in_english_agree_in_number(lines: list[int], said: str) -> None:
    """One line is a "line", more are "lines", and the verb agrees ("line 3 holds", "lines
    3–4 hold"; the Chinese 第 … 行 is the same for both)."""
    key = counted("batch.skipped", len(lines))
    assert tr(key, "en", **lines_said(lines, "en")).startswith(said + " no applicant")
    assert tr(key, "zh", **lines_said(lines, "zh")).startswith(f"第 {line_ranges(lines, 'zh')} 行")


@pytest.mark.parametrize(
    ("key", "params", "start"),
    [
        ("err.nothing_among", {"field": "证书", "value": "无"}, "证书中的 “无” 表示没有"),
        ("err.nothing_among", {"field": "证书(--cert)", "value": "无"}, "证书(--cert)中的 “无”"),
        ("err.value", {"field": "学历", "value": "x", "accepted": "高中"}, "学历的值 “x”"),
    ],
)
def test_no_space_between_a_chinese_field_and_the_words_after_it(
    key: str, params: dict[str, str], start: str
) -> None:
    """A Chinese field name runs into the words after it (证书中的, 学历的值): the space the
    template leaves for an English-like name goes. 证书 中的 “无” was shown at the question
    and in a sheet's warnings."""
    assert tr(key, "zh", **params).startswith(start)
