"""The interactive questions of ``mediaops check -i``, driven with scripted answers (SPEC §2).

Question order: education → major relevance (not for 小学/初中/高中) →
final-year student (not when education is unknown or 小学) → years of
experience → trainings → certificates → years since the highest certificate
(only if a certificate was given). Each script below gives exactly the
answers the questions need, so a question asked too many or too few shows up
as a wrong verdict or as end of input (exit 130).

Expected verdicts are worked out by hand from SPEC §1 for 2026-11-27.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from typer.testing import CliRunner, Result

import mediaops.interactive
from mediaops.cli import app
from plain import plain_env

AS_OF = "2026-11-27"
ANSI = "\x1b["

runner = CliRunner()


def ask(answers: list[str], *, lang: str = "zh", fmt: str = "table") -> Result:
    """Run `check -i` with one answer per line (an empty string is Enter)."""
    env = plain_env(lang)
    text = "".join(a + "\n" for a in answers)
    args = ["check", "-i", "--as-of", AS_OF, "--format", fmt]
    return runner.invoke(app, args, input=text, env=env)


def all_text(result: Result) -> str:
    """Everything printed, stdout and (where captured apart) stderr."""
    try:
        err = result.stderr or ""
    except ValueError:
        err = ""
    return result.output + err


def report_of(result: Result) -> dict[str, Any]:
    """The JSON report that follows the questions in stdout."""
    lines = result.stdout.splitlines()
    start = lines.index("{")
    return json.loads("\n".join(lines[start:]))


def statuses(report: dict[str, Any]) -> dict[int, str]:
    """Level number → verdict."""
    return {lv["level"]: lv["status"] for lv in report["levels"]}


# The running example: 大专, related major, not a final-year student, 3 years,
# no training, 四级 on 2024-01-10, Enter for the years since it.
EXAMPLE_ZH_NAMES = ["大专", "相关", "否", "3", "", "四级:2024-01-10", ""]
EXAMPLE_EXPECTED = {4: "held", 3: "eligible", 2: "not_eligible", 1: "not_eligible"}


def test_json_output_keeps_the_conversation_off_stdout():
    """With --format json the questions go to stderr, so stdout is exactly one JSON document."""
    result = ask(EXAMPLE_ZH_NAMES, fmt="json")
    assert 0 == result.exit_code
    assert EXAMPLE_EXPECTED == statuses(json.loads(result.stdout))
    assert "最高学历" in all_text(result)


def test_zh_answers_by_name():
    """Answers given as names (大专, 相关, 否) give the running example's verdict."""
    result = ask(EXAMPLE_ZH_NAMES, fmt="json")
    assert 0 == result.exit_code
    report = report_of(result)
    assert EXAMPLE_EXPECTED == statuses(report)
    assert [3] == report["eligible_levels"]


def test_zh_numbered_choices():
    """Numbered choices (8 = 大专, 2 = 相关专业) are accepted."""
    result = ask(["8", "2", "否", "3", "", "四级:2024-01-10", ""], fmt="json")
    assert 0 == result.exit_code
    assert EXAMPLE_EXPECTED == statuses(report_of(result))


def test_zh_summary_then_verdict_table():
    """After the answers come the summary "你的回答" and then the verdict table."""
    result = ask(EXAMPLE_ZH_NAMES)
    out = result.stdout
    assert 0 == result.exit_code
    assert "你的回答" in out
    assert "可以报考" in out
    assert "3-2" in out
    assert out.index("你的回答") < out.index("可以报考")
    assert "2024-01-10" in out[out.index("你的回答") :]
    assert ANSI not in all_text(result)


def test_zh_questions_in_order():
    """The questions come in the SPEC order: education, major, final-year, experience, training, certs, years since."""
    out = ask(EXAMPLE_ZH_NAMES).stdout
    markers = [
        "最高学历",
        "相关性",
        "应届毕业生",
        "工作年限",
        "正规培训",
        "证书等级",
        "取得四级证书后",
    ]
    positions = [out.index(m) for m in markers]
    assert sorted(positions) == positions


def test_en_answers():
    """English answers give the same verdict, with "Your answers" and "eligible"."""
    result = ask(["associate", "related", "no", "3", "", "4:2024-01-10", ""], lang="en")
    assert 0 == result.exit_code
    assert "Your answers" in all_text(result)
    assert "eligible" in all_text(result)
    assert "Highest diploma" in all_text(result)
    assert "你的回答" not in all_text(result)


def test_en_json_verdict():
    """English answers with --format json give the hand-worked verdict."""
    result = ask(["8", "2", "no", "3", "", "L4:2024-01-10", ""], lang="en", fmt="json")
    assert EXAMPLE_EXPECTED == statuses(report_of(result))


def test_invalid_education_is_explained_and_asked_again():
    """An unknown diploma is explained (the value and 无法识别) and asked again; the verdict holds."""
    result = ask(["博士后", *EXAMPLE_ZH_NAMES], fmt="json")
    assert 0 == result.exit_code
    assert "博士后" in all_text(result)
    assert "无法识别,请重新输入" in all_text(result)
    assert EXAMPLE_EXPECTED == statuses(report_of(result))


def test_invalid_number_is_explained_and_asked_again_en():
    """A non-numeric experience in English is explained and asked again."""
    answers = ["associate", "related", "no", "three", "3", "", "4:2024-01-10", ""]
    result = ask(answers, lang="en", fmt="json")
    assert 0 == result.exit_code
    assert "three" in all_text(result)
    assert "please try again" in all_text(result)
    assert EXAMPLE_EXPECTED == statuses(report_of(result))


def test_out_of_range_choice_number_is_asked_again():
    """Choice 12 does not exist among 11 diplomas: it is explained and asked again."""
    result = ask(["12", "8", "2", "否", "3", "", "四级:2024-01-10", ""], fmt="json")
    assert 0 == result.exit_code
    assert "12" in all_text(result)
    assert EXAMPLE_EXPECTED == statuses(report_of(result))


def test_invalid_yes_no_is_asked_again():
    """ "也许" is not yes or no: asked again; a final-year 技工学校 student meets 4-3."""
    result = ask(["技工学校", "本专业", "也许", "是", "", "", ""], fmt="json")
    assert 0 == result.exit_code
    assert "也许" in all_text(result)
    report = report_of(result)
    assert ["4-3"] == report["levels"][0]["qualifying_pathways"]


def test_invalid_certificate_is_asked_again():
    """A malformed certificate date is explained and asked again."""
    answers = ["大专", "相关", "否", "3", "", "四级:2024-13-10", "四级:2024-01-10", ""]
    result = ask(answers, fmt="json")
    assert 0 == result.exit_code
    assert "2024-13-10" in all_text(result)
    assert EXAMPLE_EXPECTED == statuses(report_of(result))


def test_years_after_more_than_experience_is_asked_again():
    """5 years since 四级 with 3 years in total is contradictory: asked again; 2 then meets 3-2."""
    answers = ["大专", "本专业", "否", "3", "", "四级", "5", "2"]
    result = ask(answers, fmt="json")
    assert 0 == result.exit_code
    assert "超过" in all_text(result)
    assert "无法识别,请重新输入" in all_text(result)
    report = report_of(result)
    assert EXAMPLE_EXPECTED == statuses(report)
    assert ["3-2"] == report["levels"][1]["qualifying_pathways"]


def test_enter_skips_everything():
    """Enter at every question leaves all facts unknown: 四级 undetermined, exit 1."""
    # education skipped → major asked, final-year not asked → experience, training, certs
    result = ask(["", "", "", "", ""], fmt="json")
    assert 1 == result.exit_code
    report = report_of(result)
    assert {4: "undetermined", 3: "not_eligible", 2: "not_eligible", 1: "not_eligible"} == (
        statuses(report)
    )


def test_enter_skips_show_as_not_given_in_summary():
    """Skipped answers show as 未提供 in the summary."""
    result = ask(["", "", "", "", ""])
    summary = all_text(result)[all_text(result).index("你的回答") :]
    assert "未提供" in summary
    assert 1 == result.exit_code


def test_skipped_experience_leaves_level_4_undetermined():
    """高中 with experience skipped: 4-1 unknown, so 四级 is undetermined, not "not eligible"."""
    result = ask(["高中", "否", "", "", ""], fmt="json")
    assert 1 == result.exit_code
    assert "undetermined" == statuses(report_of(result))[4]


def test_below_junior_skips_major_and_final_year():
    """小学 (choice 1) skips major and final-year: 4 answers suffice; G1 blocks every level."""
    result = ask(["1", "10", "", ""], fmt="json")
    assert 1 == result.exit_code
    report = report_of(result)
    assert "unmet" == report["general"][0]["status"]
    assert {4: "not_eligible", 3: "not_eligible", 2: "not_eligible", 1: "not_eligible"} == (
        statuses(report)
    )


def test_junior_middle_skips_major_but_asks_final_year():
    """初中 skips the major question and asks final-year; 3 years then meet 4-1."""
    result = ask(["初中", "否", "3", "", ""], fmt="json")
    assert 0 == result.exit_code
    assert ["4-1"] == report_of(result)["levels"][0]["qualifying_pathways"]


def test_trainings_comma_separated():
    """Trainings "四级, L3" are read as levels 4 and 3; one year and 四级 training meet 4-2."""
    result = ask(["高中", "否", "1", "四级, L3", ""], fmt="json")
    assert 0 == result.exit_code
    assert ["4-2"] == report_of(result)["levels"][0]["qualifying_pathways"]


def test_several_certificates_with_chinese_punctuation():
    """四级：2020-01-01，三级：2022-06-15 are two certificates; the follow-up asks about 三级."""
    answers = ["本科", "相关", "否", "8", "", "四级：2020-01-01，三级：2022-06-15", ""]
    result = ask(answers, fmt="json")
    assert 0 == result.exit_code
    assert "取得三级证书后" in all_text(result)
    report = report_of(result)
    # 三级 on 2022-06-15 → 2026-11-27: 53 months ≥ 48 (capped by 8 years = 96 months)
    assert {4: "held", 3: "held", 2: "eligible", 1: "not_eligible"} == statuses(report)
    assert 2 == report["highest_eligible"]


def test_no_certificate_skips_years_since():
    """Without a certificate the years-since question is not asked."""
    result = ask(["高中", "否", "5", "", ""])
    assert 0 == result.exit_code
    assert "证书后从事本职业的年限" not in all_text(result)


def test_end_of_input_is_cancelled_zh():
    """End of input in the middle of the questions exits 130 with 已取消 and no traceback."""
    result = ask(["大专"])
    assert 130 == result.exit_code
    assert "已取消" in all_text(result)
    assert "Traceback" not in all_text(result)


def test_end_of_input_is_cancelled_en():
    """End of input at the first question exits 130 with Cancelled."""
    result = ask([], lang="en")
    assert 130 == result.exit_code
    assert "Cancelled" in all_text(result)
    assert "Traceback" not in all_text(result)


def test_end_of_input_after_invalid_answer_is_cancelled():
    """An invalid answer followed by end of input still leaves quietly with 130."""
    result = ask(["大专", "相关", "否", "abc"])
    assert 130 == result.exit_code
    assert "已取消" in all_text(result)
    assert "Traceback" not in all_text(result)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_ctrl_c_is_cancelled(monkeypatch, lang):
    """Ctrl-C (KeyboardInterrupt) during the questions exits 130 quietly."""

    def interrupted(self: Any) -> dict[str, Any]:
        raise KeyboardInterrupt

    monkeypatch.setattr(mediaops.interactive.Questionnaire, "run", interrupted)
    result = ask([], lang=lang)
    assert 130 == result.exit_code
    assert {"zh": "已取消", "en": "Cancelled"}[lang] in all_text(result)
    assert "Traceback" not in all_text(result)
