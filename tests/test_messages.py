"""The message catalogue: every sentence exists in both languages with the same parameters."""

import string

import pytest

from mediaops.messages import CATALOGUE, Msg, fmt_years, tr


def _fields(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}


class TestCatalogue:
    @pytest.mark.parametrize("key", sorted(CATALOGUE))
    def test_both_languages_take_the_same_parameters(self, key: str) -> None:
        """The Chinese and English forms of a message use the same placeholders."""
        zh, en = CATALOGUE[key]
        assert zh.strip()
        assert en.strip()
        assert _fields(zh) == _fields(en)

    def test_nested_messages_are_formatted_in_the_same_language(self) -> None:
        """A message parameter that is itself a message follows the outer language."""
        msg = Msg.of("short.certificate", level=Msg.of("level.4"))
        assert msg.format("zh") == "尚未取得四级证书"
        assert msg.format("en") == "no level 4 certificate yet"

    def test_shortfall_reads_as_the_spec_example(self) -> None:
        """The shortfall of experience reads as SPEC §2 shows it: 还差 1.5 年从业经历."""
        assert tr("short.experience", "zh", years=1.5) == "还差 1.5 年从业经历"
        assert tr("short.experience", "en", years=1.5) == "needs 1.5 more years of experience"


class TestYears:
    @pytest.mark.parametrize(
        ("years", "text"),
        [(3.0, "3"), (2.5, "2.5"), (0.01, "0.01"), (2.8333, "2.83"), (0.0, "0"), (1 / 12, "0.08")],
    )
    def test_years_are_written_as_a_person_writes_them(self, years: float, text: str) -> None:
        """Whole years have no decimals; others at most two."""
        assert fmt_years(years) == text


class TestEnglishPlural:
    @pytest.mark.parametrize(
        ("key", "years", "text"),
        [
            ("short.experience", 1, "needs 1 more year of experience"),
            ("short.experience", 1.5, "needs 1.5 more years of experience"),
            ("short.experience", 11, "needs 11 more years of experience"),
            ("years", 1, "1 year"),
            ("years", 0.1, "0.1 years"),
        ],
    )
    def test_one_year_is_singular(self, key: str, years: float, text: str) -> None:
        """English says "1 year" and "1 more year", and otherwise "years"."""
        assert text == tr(key, "en", years=years)
