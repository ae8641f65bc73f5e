"""The questions of ``mediaops check -i`` / ``plan -i`` without a terminal (SPEC §2).

Driven through typer's CliRunner: the answers are lines on stdin (an empty
line is Enter), the questions are read from stderr, the result from stdout.

The order of the questions is education → major relevance → final-year
student → another diploma? → years of experience → trainings →
certificates → years since the highest certificate → direction → review.
A question is asked when the engine lists its fact among the missing facts,
or when some answer to it would change a level's verdict (for ``plan -i``:
or a date of the plan), given the answers before it; the others are left
out, named at the review, and asked later if a change at the review makes
them matter.

Each script below gives exactly the answers its questions ask for, in
order, ending with the Enter that confirms the review: :func:`run` fails
(with :class:`FlowError`) when the questionnaire reads more lines than the
script has, or fewer. So a question asked that should not be, or left out
that should be asked, shows up at once, and no script can pass by landing
an answer on the wrong question.

Every expected verdict was worked out by hand from SPEC §1 and
rules/all-media-operator.toml for the evaluation date 2026-11-27, never
copied from the program's output. Useful durations to that date, in
complete months: since 2024-01-10, 34 months (2.83 years); since
2024-03-01, 32 (2.67); since 2025-06-01, 17 (1.42); since 2020-01-01, 82 (6.83).
"""

from __future__ import annotations

import csv
import functools
import itertools
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from mediaops import values
from mediaops.cli import app
from mediaops.rules import load_ruleset
from mediaops.ui.questionnaire import Questionnaire
from plain import plain_env

AS_OF = "2026-11-27"
#: Enter at a question: the fact stays unknown.
SKIP = ""
#: Enter at the review: the answers are confirmed.
CONFIRM = ""
#: The prompt of every question (and of the review): one per line read.
PROMPT = "› "
LEVEL_NAMES_ZH = {4: "四级/中级工", 3: "三级/高级工", 2: "二级/技师", 1: "一级/高级技师"}
VERDICTS_ZH = {
    "✔ 可以报考": "eligible",
    "✘ 暂不可报考": "not_eligible",
    "? 无法判断": "undetermined",
    "已持有": "held",
    "不设此等级": "not_offered",
}
# The questions as the candidate reads them (zh): patterns matched at the start of a
# question line (the years-since question ends as the experience question does).
Q_EDUCATION = r"你的学历"
Q_MAJOR = r"\S+所学专业与全媒体运营的相关性"
Q_GRADUATING = r"是否为尚未取得该毕业证书(\S+)的在校应届毕业生"
Q_ANOTHER = r"还有其他学历吗"
Q_EXPERIENCE = r"累计从事本职业或相关职业多少年"
Q_TRAINING = r"已完成哪些等级的正规培训"
Q_CERTS = r"持有哪些本职业或相关职业的证书"
Q_YEARS_AFTER = r"取得四级证书后,累计从事本职业或相关职业多少年"
Q_DIRECTION = r"报考的职业方向"
Q_REVIEW = r"你的回答"
LEFT_OUT = "未提问"
FLAG = re.compile(r"--[a-z]")
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
ROW = re.compile(r"^\s+\d+\) (.+)$")

runner = CliRunner()


class FlowError(Exception):
    """The script and the questions asked do not line up (a question more, or fewer).

    Not an AssertionError, so a strict xfail (``raises=AssertionError``) that meets a
    changed flow fails instead of passing as the known bug.
    """


def ask(answers: list[str], *args: str, command: str = "check", lang: str = "zh") -> Result:
    """Run ``COMMAND -i`` with exactly ``answers`` on stdin, one per line.

    A run is made once per session: the same script with the same arguments gives the
    same result, which no test changes.
    """
    return _ask(tuple(answers), args, command, lang)


@functools.cache
def _ask(answers: tuple[str, ...], args: tuple[str, ...], command: str, lang: str) -> Result:
    text = "".join(a + "\n" for a in answers)
    argv = [command, "-i", "--as-of", AS_OF, *args]
    return runner.invoke(app, argv, input=text, env=plain_env(lang))


def check_flow(result: Result, answers: list[str]) -> None:
    """Fail with :class:`FlowError` unless the run read every answer, no more, and ended well."""
    reads = result.stderr.count(PROMPT)
    if result.exit_code not in (0, 1) or reads != len(answers):
        asked = "\n".join(questions(result.stderr))
        raise FlowError(
            f"{len(answers)} answers given, {reads} read, exit {result.exit_code}; asked:\n{asked}"
        )


def run(answers: list[str], *args: str, command: str = "check", lang: str = "zh") -> Result:
    """:func:`ask`, checked to have asked exactly as many questions as ``answers`` answers."""
    result = ask(answers, *args, command=command, lang=lang)
    check_flow(result, answers)
    return result


def ask_json(answers: list[str], *args: str, lang: str = "zh") -> tuple[Result, dict[str, Any]]:
    """Run ``check -i --format json`` (checked as :func:`run`); the result and the report."""
    result = run(answers, "--format", "json", *args, lang=lang)
    return result, json.loads(result.stdout)


def questions(stderr: str) -> list[str]:
    """The question lines, in the order asked (the review's title counts as one).

    Without a terminal each question follows the prompt line of the one before (or, for
    the first and for the review shown again, an empty line); its hint and choices follow.
    """
    lines = stderr.splitlines()
    return [
        line
        for before, line in itertools.pairwise(lines)
        if before.rstrip() in ("", PROMPT.strip()) and line and not line[0].isspace()
        if not line.startswith(PROMPT.strip())
    ]


def asked(stderr: str, question: str) -> int:
    """How many times ``question`` (a pattern) was asked."""
    return sum(1 for line in questions(stderr) if re.match(question, line))


def block(stderr: str, question: str) -> list[str]:
    """The lines shown with the first ``question`` (hint, choices), up to its prompt."""
    lines = stderr.splitlines()
    start = next(i for i, line in enumerate(lines) if re.match(question, line))
    end = next(i for i in range(start, len(lines)) if lines[i].startswith(PROMPT.strip()))
    return lines[start + 1 : end]


def reviews(stderr: str, title: str = Q_REVIEW) -> list[list[str]]:
    """Each showing of the review (``title``: its heading): its rows as ``label: answer``."""
    lines = stderr.splitlines()
    shown = []
    for i, line in enumerate(lines):
        if re.match(title, line):
            rows = []
            for row in lines[i + 1 :]:
                match = ROW.match(row)
                if not match:
                    break
                rows.append(match[1])
            shown.append(rows)
    return shown


def verdicts(report: dict[str, Any]) -> dict[int, str]:
    """Level → verdict, from a JSON report."""
    return {lv["level"]: lv["status"] for lv in report["levels"]}


def table_verdicts(table: str) -> dict[int, str]:
    """Level → verdict, read from the zh table's level rows."""
    words = "|".join(re.escape(w) for w in VERDICTS_ZH)
    found = {}
    for level, name in LEVEL_NAMES_ZH.items():
        match = re.search(rf"^{re.escape(name)}\s+({words})", table, re.MULTILINE)
        if match:
            found[level] = VERDICTS_ZH[match[1]]
    return found


def left_out(stderr: str, showing: int = -1) -> str:
    """The "not asked" line of one showing of the review (the last by default; "" if none)."""
    lines = stderr.splitlines()
    starts = [i for i, line in enumerate(lines) if re.match(Q_REVIEW, line)]
    start = starts[showing]
    end = next((i for i in starts if i > start), len(lines))
    found = [line for line in lines[start:end] if line.startswith(LEFT_OUT)]
    return found[0] if found else ""


def given_diplomas(facts: dict[str, Any]) -> list[dict[str, Any]]:
    """The diplomas the candidate gave (not those implied by one being studied for)."""
    return [d for d in facts["diplomas"] if d["implied_by"] is None and d["possible"] is None]


def error_lines(stderr: str) -> list[str]:
    """The messages shown at the questions (without a terminal they follow the "› " prompt)."""
    return [
        line[2:] for line in stderr.splitlines() if line.startswith(PROMPT) and line[2:].strip()
    ]


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("zh", "这个回答的值 “nope” 无法识别。可接受的值:是/否"),
        ("en", "This answer: “nope” is not recognised. Accepted values: yes/no"),
    ],
)
def test_a_yes_or_no_not_understood_is_said_as_a_sentence(lang: str, said: str) -> None:
    """A yes/no answer not understood (``nope`` to 还有其他学历吗) was told, in English, as
    "the answer: “nope” is not recognised", a sentence opening in lower case where every
    other message at the questions opens with a capital (``Certificates: …``)."""
    result = ask(["高中", "nope", "否", CONFIRM], lang=lang)
    assert said in error_lines(result.stderr)[0]


@pytest.mark.parametrize("command", ["check", "plan"])
@pytest.mark.parametrize(
    ("args", "named"),
    [
        (
            ("-e", "本科", "-x", "3"),
            {"zh": "学历(--education)、从业年限(--experience)", "en": "--education"},
        ),
        (("--input", "candidate.json"), {"zh": "输入文件(--input)", "en": "--input"}),
    ],
)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_facts_given_beside_i_are_refused_not_dropped(
    command: str, args: tuple[str, ...], named: dict[str, str], lang: str
) -> None:
    """``check -i -e 本科 -x 3`` asked every question, the diploma first, and judged the
    answers alone: 本科 and the 3 years were dropped without a word (Enter everywhere gave
    no diploma, no years). Facts given beside ``-i`` are refused (exit 2) naming them,
    before a question is asked or the file read."""
    result = ask(ENTER_EVERYWHERE, *args, command=command, lang=lang)
    assert 2 == result.exit_code, result.output
    said = {"zh": "逐项提问(-i)从头问起", "en": "-i asks every question from the start"}[lang]
    assert said in result.stderr
    assert named[lang] in result.stderr
    assert PROMPT not in result.stderr


@pytest.mark.parametrize("typed", ["①", "²", "1" * 5000])
def test_a_number_no_choice_can_be_is_asked_again_not_a_fault(typed: str) -> None:
    """``①`` (an input method's circled number), ``²`` or 5,000 digits at a numbered
    question or at the review ended the run as a fault of the program (exit 70): they are
    digits to str.isdigit(), which int() cannot read (or will not: over 4,300 digits).
    Each is asked again, as out of range, at the diploma and at the review."""
    result = ask([typed, SKIP, SKIP, SKIP, SKIP, SKIP, typed, CONFIRM])
    assert result.exit_code in (0, 1), result.output
    errors = error_lines(result.stderr)
    assert 2 == len(errors), errors
    assert "不在可选范围内,请输入 1–11 之间的编号或名称" in errors[0]
    assert "不在可选范围内,请输入 1–5 之间的编号" in errors[1]


# --- stdout carries only the result ----------------------------------------------------------

# 大专, related major, not a final-year student, no other diploma, 3 years, 四级 on
# 2024-01-10. Training is not asked (4-1 is met at 3 years, inclusive, whatever the
# training); the years since the certificate are asked (0 or 1 would leave 3-2 unmet) and
# skipped; the direction is not asked (四级 is held in any direction, 三级 up are in all).
RUNNING = ["大专", "相关", "否", "否", "3", "四级 2024-01-10", SKIP, CONFIRM]
# 4: held (a 四级 certificate). 3: 3-2 met: 四级, 大专 related, years since the certificate
# derived from continuous work since 2024-01-10 (2.83) capped by the 3 years in total:
# 2.83 ≥ 2. 2, 1: the certificates given are only 四级, so 三级/二级 are missing: unmet.
RUNNING_VERDICTS = {4: "held", 3: "eligible", 2: "not_eligible", 1: "not_eligible"}
RUNNING_ASKED = (Q_EDUCATION, Q_MAJOR, Q_EXPERIENCE, Q_CERTS, Q_YEARS_AFTER, Q_REVIEW)


def test_every_fact_the_engine_can_ask_for_has_its_question() -> None:
    """Each fact the engine may list as missing (a ``fact.<id>`` entry of the catalogue,
    the words of a :class:`Need`) is given by a question of the questionnaire, so that a
    question asked only when it matters is asked when its fact is missing: a new fact left
    out of ``_NEEDS`` would leave its question skipped while the report asks for it."""
    from mediaops.messages import CATALOGUE
    from mediaops.ui.questionnaire import _NEEDS

    needs = {
        key.removeprefix("fact.")
        for key in CATALOGUE
        if key.startswith("fact.") and not key.endswith("_any")  # (the same fact, worded)
    }
    given = set().union(*_NEEDS.values())
    assert (needs - given, given - needs) == (set(), set())


def test_json_result_alone_on_stdout() -> None:
    """With --format json, stdout is exactly the JSON report and the questions are on stderr."""
    result, report = ask_json(RUNNING)  # fails if a single question leaked into stdout
    assert 0 == result.exit_code
    assert RUNNING_VERDICTS == verdicts(report)
    assert 3 == report["highest_eligible"]
    for question in RUNNING_ASKED:
        assert 1 == asked(result.stderr, question), question
    for question in (Q_TRAINING, Q_DIRECTION):
        assert 0 == asked(result.stderr, question), question


def test_table_result_alone_on_stdout() -> None:
    """The table is on stdout with no question, prompt or review in it; those are on stderr."""
    result = run(RUNNING)
    assert 0 == result.exit_code
    assert result.stdout.startswith("全媒体运营师 报考资格")
    assert RUNNING_VERDICTS == table_verdicts(result.stdout)
    for question in RUNNING_ASKED:
        assert not re.search(question, result.stdout), question
    for text in ("›", "回车"):
        assert text not in result.stdout
        assert text in result.stderr
    assert "全媒体运营师 报考资格" not in result.stderr


@pytest.mark.parametrize(("command", "lang"), [("check", "zh"), ("plan", "zh"), ("check", "en")])
def test_answers_piped_without_i_are_said_to_be_unread(command: str, lang: str) -> None:
    """``echo 本科 | mediaops check``: no fact given and stdin not a terminal, so no question
    is asked and the answers piped in are not read; stderr says so, and how to have them
    read (-i), instead of a table for nothing given that looks like one for the answers."""
    argv = [command, "--as-of", AS_OF]
    result = runner.invoke(app, argv, input="本科\n相关\n", env=plain_env(lang))
    assert 1 == result.exit_code
    (line,) = [line for line in result.stderr.splitlines() if line.strip()]
    assert " -i " in line
    assert ("没有提问" if lang == "zh" else "no questions") in line
    assert not (CJK.search(line) if lang == "en" else re.search(r"[A-Za-z]{4,}", line))


def test_no_such_note_with_facts_given() -> None:
    """With a fact given by a flag, nothing is said on stderr: the flags are the answers."""
    result = runner.invoke(app, ["check", "-e", "本科", "--as-of", AS_OF], env=plain_env("zh"))
    assert "" == result.stderr


# --- Enter skips: the fact stays unknown ----------------------------------------------------

# Education, experience, training (the engine lists it as missing: with the experience
# unknown, 4-2 may decide 四级), certificates, direction (数据分析 would leave 四级 not
# offered), each skipped; then the review, confirmed.
ENTER_EVERYWHERE = [SKIP, SKIP, SKIP, SKIP, SKIP, CONFIRM]


def test_enter_everywhere_leaves_every_level_undetermined() -> None:
    """Enter at every question leaves all facts unknown: every level undetermined, facts asked for."""
    result, report = ask_json(ENTER_EVERYWHERE)
    # Education unknown: G1 (blocking) is unknown for every level, so none can be eligible.
    # 4: 4-1 needs the unknown experience, so it is not unmet either: undetermined.
    # 3, 2, 1: the certificates are unknown (not "none"): undetermined.
    assert {4: "undetermined", 3: "undetermined", 2: "undetermined", 1: "undetermined"} == (
        verdicts(report)
    )
    assert 1 == result.exit_code
    missing = {m["fact"]: m["levels"] for m in report["missing_facts"]}
    assert [4, 3, 2, 1] == missing.get("education")  # G1, for every level
    # 4-1 and 4-2; and 3-2, 2-1, 1-1 whatever is held: no more years of work after a
    # certificate than in all, so experience under 2 (4) years leaves them unmet
    assert [4, 3, 2, 1] == missing.get("experience")
    # 3-x, 2-1, 1-1; and 四级 too: a certificate of 四级 or higher would make it held
    assert [4, 3, 2, 1] == missing.get("certificates")
    facts = report["facts"]
    assert (None, None, None, None) == (
        facts["education"],
        facts["experience_years"],
        facts["trainings"],
        facts["certificates"],
    )
    asked_in_order = questions(result.stderr)
    expected = (Q_EDUCATION, Q_EXPERIENCE, Q_TRAINING, Q_CERTS, Q_DIRECTION, Q_REVIEW)
    assert len(expected) == len(asked_in_order), asked_in_order
    assert all(re.match(q, line) for q, line in zip(expected, asked_in_order, strict=True))


@pytest.mark.parametrize(("edition", "times"), [("summary", 0), ("template-2023", 1)])
def test_titles_are_asked_about_where_a_condition_reads_them(edition: str, times: int) -> None:
    """The summary has no clause on professional titles, so it never asks about one; the
    2023 template has (T3-3, T2-2 …), so Enter everywhere meets the question once."""
    result = ask(ENTER_EVERYWHERE * 2, "--edition", edition)
    assert result.exit_code in (0, 1), result.stderr
    assert times == asked(result.stderr, "是否取得职称")


def test_a_question_left_out_early_is_asked_once_later_answers_make_it_matter() -> None:
    """template-2023: a 技师学院 预备技师班 diploma, 1 year, 三级 of 2023-06-01. Whether the
    diploma is still studied for could change nothing when it came (no certificate yet),
    but T2-5 (a 预备技师班 student holding 三级 for 2 years: 2025-06-01 ≤ 2026-11-27) then
    turns on it: it is asked before the review (it was left out, said to change nothing,
    and 二级 was undetermined), and 是 makes 二级 eligible, as the flags do. 一级: T1-1 asks
    a 二级 certificate; the titles (T1-2, T1-3) were skipped, so undetermined."""
    answers = ["技师学院", "相关", "预备技师班", "否", "1", "三级 2023-06-01", SKIP, "是"]
    result, report = ask_json([*answers, CONFIRM], "--edition", "template-2023")
    assert 1 == asked(result.stderr, Q_GRADUATING)
    assert "在校应届" not in left_out(result.stderr)
    assert {4: "held", 3: "held", 2: "eligible", 1: "undetermined"} == verdicts(report)


def test_enter_at_the_final_year_question_leaves_it_unknown() -> None:
    """template-2023: a 技师学院 预备技师班 diploma, 3 years, 三级 (no date), no title; the
    final-year question, asked before the review, answered with Enter: not known (it was
    taken as "no": 二级 eligible by T2-4, a graduate with 2 years). Unknown, T2-4 (a
    graduate) and T2-5 (a student, 2 years holding 三级: its date not given) are both
    unknown: 二级 undetermined."""
    # then the years of work since the 三级, which now matter, skipped too
    answers = ["技师学院", "相关", "预备技师班", "否", "3", "三级", "无", SKIP, SKIP]
    result, report = ask_json([*answers, CONFIRM], "--edition", "template-2023")
    assert 1 == asked(result.stderr, Q_GRADUATING)
    assert "undetermined" == verdicts(report)[2]


def test_a_diploma_changed_at_the_review_keeps_only_its_own_answers() -> None:
    """技工学校 (相关) and 大专 (不相关); at the review the diplomas, all typed again (全部),
    become only 大专, Enter
    at its questions: it keeps the 大专's 不相关 (it took the 技工学校's 相关, in the same
    place, and 三级 turned eligible by 3-2). 大专 不相关 and 四级: 3-1 needs a 技师学院,
    3-2 a related major: 三级 not eligible. (Beside a 技师学院, which meets 3-1 with the
    四级, the 大专's major could change no verdict and is not asked.)"""
    answers = [
        "技工学校",
        "相关",
        "是",
        "大专",
        "不相关",
        "否",
        "3",
        "四级 2023-01-01",
        "1",
        "全部",  # which diploma to change? all of them, typed again
        "大专",
    ]
    result, report = ask_json([*answers, SKIP, SKIP, CONFIRM])
    assert "学历: 大专/高职(不相关专业)" == reviews(result.stderr)[-1][0]
    assert "not_eligible" == verdicts(report)[3]


def test_diplomas_retyped_in_another_order_keep_their_own_majors() -> None:
    """template-2023: 大专 (相关, programme not evaluated) then 技师学院 (不相关); at the
    review, all typed again (全部), they become 技师学院 then 本科, Enter at each major: the
    技师学院 keeps its
    不相关, and the 本科 (the 大专's type corrected) the 大专's 相关 — it took the major of
    the diploma in its place, the 技师学院's 不相关."""
    answers = [
        "8",
        "相关",
        "否",
        "是",
        "7",
        "不相关",
        "否",
        "1",
        "无",
        "无",
        SKIP,
        "1",
        "全部",
        "7",
    ]
    answers += [SKIP, "是", "9", SKIP, SKIP, "否", CONFIRM]
    result = ask(answers, "--edition", "template-2023")
    review = reviews(result.stderr)[-1][0]
    assert "学历: 技师学院/预备技师班(不相关专业)、本科(相关专业)" == review


def test_a_title_given_without_its_correspondence_is_asked_about_it() -> None:
    """template-2023: 中级 2020-01-01 typed with no word of its speciality: whether it
    corresponds decides the title clauses, so it is asked next (it was only listed as
    missing after the table); typed with 对应, it is not asked."""
    answers = ["高中", "否", "6", SKIP, "中级 2020-01-01", "是", SKIP, CONFIRM]
    result, report = ask_json(answers, "--edition", "template-2023")
    assert 1 == asked(result.stderr, "你的中级职称的专业是否与本职业对应")
    assert [True] == [t["corresponding"] for t in report["facts"]["titles"]]
    assert "title_corresponding" not in [f["fact"] for f in report["missing_facts"]]
    said = ["高中", "否", "6", SKIP, "中级 2020-01-01 对应", SKIP, CONFIRM]
    result, report = ask_json(said, "--edition", "template-2023")
    assert 0 == asked(result.stderr, "是否与本职业对应")
    assert [True] == [t["corresponding"] for t in report["facts"]["titles"]]


def test_the_review_shows_a_titles_date_and_correspondence() -> None:
    """The review before confirming shows a title as it was read, with its date and whether it
    corresponds (不对应 decides T2-3, so the candidate must see it), not the level alone."""
    answers = [SKIP, SKIP, SKIP, "中级，2021年3月1日，不对应", SKIP, CONFIRM]
    result = run(answers, "--edition", "template-2023")
    [shown] = reviews(result.stderr)
    assert any(re.search(r"职称\s*[:：]\s*中级职称 2021-03-01 不对应", row) for row in shown), shown


def test_enter_everywhere_table_lists_missing_facts() -> None:
    """Enter everywhere gives a table of undetermined levels with the missing facts listed."""
    result = run(ENTER_EVERYWHERE)
    assert 1 == result.exit_code
    assert dict.fromkeys((4, 3, 2, 1), "undetermined") == table_verdicts(result.stdout)
    assert "待补充" in result.stdout
    assert "请提供学历" in result.stdout
    assert "请提供累计从事本职业或相关职业的工作年限" in result.stdout


def test_review_shows_skipped_answers_as_not_given() -> None:
    """The review marks every skipped answer as not given and names no question as left out."""
    result = run(ENTER_EVERYWHERE)
    (rows,) = reviews(result.stderr)
    assert ["学历", "从业年限", "正规培训", "证书", "职业方向"] == [r.split(":")[0] for r in rows]
    assert all(r.endswith(": 未提供") for r in rows), rows
    assert "" == left_out(result.stderr)  # every question was asked


@pytest.mark.parametrize(
    "word",
    [
        "不知道", "不清楚", "skip", "not sure", "don't know", "don’t know",
        "我不知道", "不记得了", "记不清了", "忘了", "I don't know", "I'm not sure",
        "不知道？", "不清楚?", "I don't know?", "not sure?",
        "不晓得", "不太记得", "说不清", "不好说", "没印象", "不知道诶",
    ],
)  # fmt: skip
def test_dont_know_skips_like_enter(word: str) -> None:
    """不知道, 不清楚, skip, not sure and don't know at every question skip it, as Enter
    does, with no error; so do the sentences people say it in (我不知道, 不记得了, 忘了,
    I don't know), and any of them asked back (不知道？, as an input method types it: it
    was refused, "不在可选范围内"). ``?`` alone asks for help instead (below)."""
    result, report = ask_json([word] * 5 + [CONFIRM])
    assert [] == error_lines(result.stderr)
    _, enter_report = ask_json(ENTER_EVERYWHERE)
    assert enter_report["facts"] == report["facts"]
    assert dict.fromkeys((4, 3, 2, 1), "undetermined") == verdicts(report)


def test_training_never_asked_is_not_reported_as_not_completed() -> None:
    """A training left unknown is not described in the result as not completed."""
    # 高中, 0.5 years: training cannot change a verdict (4-2 also needs 1 year), so it is
    # not asked and stays unknown; 4-2 is unmet because of the experience alone. The
    # direction is asked (数据分析 would leave 四级 not offered) and skipped.
    result = run(["高中", "否", "0.5", "无", SKIP, CONFIRM])
    assert 0 == asked(result.stderr, Q_TRAINING)
    assert "尚未完成四级正规培训" not in result.stdout


# (name in the "not asked" line, the facts the engine would ask for instead)
LEFT_OUT_FACTS = {
    "专业相关性": {"major"},
    "在校应届": {"graduating"},
    "正规培训": {"training"},
    "取证后年限": {"years_after_certificate", "certificate_date"},
    "职业方向": {"direction"},
}


@pytest.mark.parametrize(
    "answers",
    [
        pytest.param(ENTER_EVERYWHERE, id="enter-everywhere"),
        pytest.param(RUNNING, id="running"),
        pytest.param(["高中", "否", "5", "四级 2020-01-01", CONFIRM], id="high-school-cert"),
        pytest.param(["本科", "相关", "否", "否", "3.5", "无", SKIP, CONFIRM], id="bachelor"),
    ],
)
def test_fact_not_asked_is_not_then_asked_for(answers: list[str]) -> None:
    """A question left out as unable to change any verdict is not then listed as a missing fact."""
    result, report = ask_json(answers)
    not_asked = left_out(result.stderr)
    asked_for = {m["fact"] for m in report["missing_facts"]}
    for name, facts in LEFT_OUT_FACTS.items():
        assert not (name in not_asked and facts & asked_for), (name, asked_for)


# --- an invalid answer, then a valid one ------------------------------------------------------

# After 本科 (or 大专): major, final-year student, another diploma, experience, training
# (the experience unknown: the engine asks for it), certificates, direction.
AFTER_BACHELOR = [SKIP] * 7 + [CONFIRM]
INVALID_THEN_VALID: list[tuple[str, list[str], str, str, Any]] = [
    # (case, answers, what the error says, fact, the value of the valid answer)
    (
        "education-number",
        ["12", "9", *AFTER_BACHELOR],
        "“12”不在可选范围内",
        "education",
        "bachelor",
    ),
    (
        "education-name",
        ["幼儿园", "本科", *AFTER_BACHELOR],
        "“幼儿园”不在可选范围内",
        "education",
        "bachelor",
    ),
    # a class on a 高中, named as typed; a technical school's class in brackets kept (技师学院
    # (高级工班) was refused as a remark, 技师学院(预备技师班) read without its class)
    (
        "education-class",
        ["高中(高级工班)", "技师学院(高级工班)", *AFTER_BACHELOR[1:]],
        "学历中的 高级工班 是技工院校",
        "school_class",
        [("technician_college", "senior")],
    ),
    (
        "major-number",
        ["本科", "4", "相关", *AFTER_BACHELOR[1:]],
        "“4”不在可选范围内",
        "major",
        "related",
    ),
    (
        "major-name",
        ["本科", "有点关系", "2", *AFTER_BACHELOR[1:]],
        "“有点关系”不在可选范围内",
        "major",
        "related",
    ),
    (
        "graduating",
        ["本科", "相关", "也许", "是", *AFTER_BACHELOR[2:]],
        "“也许” 无法识别",
        "graduating",
        True,
    ),
    # one diploma: the second "否" answers "another diploma?" after the invalid "也许"
    (
        "another-diploma",
        ["本科", "相关", "否", "也许", "否", *AFTER_BACHELOR[3:]],
        "“也许” 无法识别",
        "diplomas",
        1,
    ),
    # 应届 answers whether a final-year student, not whether there is another diploma
    (
        "another-diploma-final-year-word",
        ["本科", "相关", "否", "应届", "否", *AFTER_BACHELOR[3:]],
        "“应届” 无法识别",
        "diplomas",
        1,
    ),
    # 高中, no other diploma; 3.5 years: 4-1 met whatever the training, so certificates
    # and direction (数据分析 would leave the eligible 四级 not offered) follow
    (
        "experience-words",
        ["高中", "否", "很多年", "3.5", SKIP, SKIP, CONFIRM],
        "不是有效的年数",
        "experience",
        3.5,
    ),
    # a date where the years are asked: said to look like one, naming no flag (--work)
    (
        "experience-date",
        ["高中", "否", "2020年5月", "3.5", SKIP, SKIP, CONFIRM],
        "像是年份或日期",
        "experience",
        3.5,
    ),
    # 2 years: training decides level 4 (4-2), so it is asked too
    (
        "experience-negative",
        ["高中", "否", "-1", "2", SKIP, SKIP, SKIP, CONFIRM],
        "不是有效的年数",
        "experience",
        2.0,
    ),
    (
        "training",
        ["高中", "否", "2", "五级", "四级", SKIP, SKIP, CONFIRM],
        "“五级” 无法识别",
        "trainings",
        [4],
    ),
    # 高中, 10 years, a 四级: held; 3-x fail on the diploma, 2-1 and 1-1 need 三级/二级:
    # neither the years since it nor the direction can change a verdict, so the review follows
    (
        "cert-level",
        ["高中", "否", "10", "五级", "四级", CONFIRM],
        "“五级” 无法识别",
        "certs",
        [(4, None)],
    ),
    # 高级: 高级工 or 高级技师? refused naming both; 高级工 is 三级, held with 四级 (十年:
    # the years since it are asked, 2-1 turning on them)
    (
        "cert-ambiguous",
        ["高中", "否", "10", "高级", "高级工", SKIP, CONFIRM],
        "可以指 三级/高级工 或 一级/高级技师",
        "certs",
        [(3, None)],
    ),
    # 无 beside a level contradicts it: asked again, saying so
    (
        "cert-none-beside-a-level",
        ["高中", "否", "10", "无、四级", "四级", CONFIRM],
        "“无” 表示没有,不能与其他项一起给出",
        "certs",
        [(4, None)],
    ),
    # … a space where the comma was meant, too (it was told 无 is no level)
    (
        "cert-none-space-level",
        ["高中", "否", "10", "无 四级", "四级", CONFIRM],
        "“无” 表示没有,不能与其他项一起给出",
        "certs",
        [(4, None)],
    ),
    # … and after the level, where it was read as the date (“无” 不是有效日期)
    (
        "cert-level-space-none",
        ["高中", "否", "10", "四级 无", "四级", CONFIRM],
        "“无” 表示没有,不能与其他项一起给出",
        "certs",
        [(4, None)],
    ),
    (
        "cert-date",
        ["高中", "否", "10", "四级 2024-13-40", "四级 2024-01-10", CONFIRM],
        "不是日历上的日期:没有 13 月",
        "certs",
        [(4, "2024-01-10")],
    ),
    # a month without its day: asked for the day, or the level alone (its date not known)
    (
        "cert-month-only",
        ["高中", "否", "10", "四级 2020年6月", "四级", CONFIRM],
        "只写到月份或年份:请写出具体哪一天,如 2024-01-10;记不清哪一天时,可不写日期、只写等级(如 四级)",
        "certs",
        [(4, None)],
    ),
    (
        "cert-day-the-month-lacks",
        ["高中", "否", "10", "四级 2024-06-31", "四级 2024-06-30", CONFIRM],
        "2024 年 6 月只有 30 天",
        "certs",
        [(4, "2024-06-30")],
    ),
    (
        "cert-date-unreadable",
        ["高中", "否", "10", "四级 2024-1-1x", "四级 2024-01-10", CONFIRM],
        "不是有效日期",
        "certs",
        [(4, "2024-01-10")],
    ),
    # 大专 related, 10 years, 四级 2024-01-10: 3-2 turns on the years since it, so asked
    (
        "years-after",
        ["大专", "相关", "否", "否", "10", "四级 2024-01-10", "很久", "1", CONFIRM],
        "不是有效的年数",
        "years_after",
        1.0,
    ),
    # nothing known: the direction (数据分析 has no 四级) can change level 4, so it is asked
    (
        "direction-number",
        [SKIP, SKIP, SKIP, SKIP, "9", "5", CONFIRM],
        "“9”不在可选范围内",
        "direction",
        "data_analysis",
    ),
    (
        "direction-name",
        [SKIP, SKIP, SKIP, SKIP, "火星", "直播运营", CONFIRM],
        "“火星”不在可选范围内",
        "direction",
        "live_streaming",
    ),
    # the review has five rows here: 学历, 从业年限, 正规培训, 证书, 职业方向
    ("review", [*[SKIP] * 5, "9", CONFIRM], "“9”不在可选范围内", "review", 2),
]


@pytest.mark.parametrize(
    ("word", "graduating"),
    [
        ("应届", True), ("在读", True), ("应届毕业生", True), ("还在读", True),
        ("还没毕业", True), ("尚未毕业", True),
        ("往届", False), ("已毕业", False), ("毕业了", False), ("已经毕业了", False),
        ("不是应届", False), ("不是应届生", False),
    ],
)  # fmt: skip
def test_final_year_question_takes_the_words_a_clerk_writes(word: str, graduating: bool) -> None:
    """At “是否为…在校应届毕业生?” after a related 本科, 应届 / 在读 say yes and 往届 / 已毕业
    say no, as in a sheet's 应届 column; so do the sentences a candidate answers in (还在读,
    还没毕业, 毕业了, 已经毕业了, 不是应届)."""
    result, report = ask_json(["本科", "相关", word, *AFTER_BACHELOR[2:]])
    # 在读, 还在读 say studying, not the final year: read as yes, and said so (no error)
    note = "按在校应届毕业生(最后一学年)计。如不是最后一学年,该学历尚不能用于报考"
    shown = error_lines(result.stderr)
    assert [] == [line for line in shown if not line.startswith(note)]
    studying = ("在读", "还在读", "还没毕业", "尚未毕业")
    assert (word in studying) == any(line.startswith(note) for line in shown)
    assert graduating is report["facts"]["graduating"]


def fact_of(report: dict[str, Any], result: Result, fact: str) -> Any:
    """The value of one answer as the report (or, for the review, stderr) shows it."""
    facts = report["facts"]
    if fact == "diplomas":
        return len(given_diplomas(facts))
    if fact == "certs":
        return [(c["level"], c["date"]) for c in facts["certificates"]]
    if fact == "years_after":
        return facts["certificates"][0]["years_after"]
    if fact == "experience":
        return facts["experience_years"]
    if fact == "school_class":
        return [(d["education"], d["school_class"]) for d in given_diplomas(facts)]
    if fact == "direction":
        return report["direction"]
    if fact == "review":
        return asked(result.stderr, Q_REVIEW)  # shown again after the invalid number
    return facts[fact]


@pytest.mark.parametrize(
    ("answers", "error", "fact", "expected"),
    [pytest.param(*case[1:], id=case[0]) for case in INVALID_THEN_VALID],
)
def test_invalid_answer_then_valid_one(
    answers: list[str], error: str, fact: str, expected: Any
) -> None:
    """An invalid answer is explained in Chinese and asked again; the valid one is then taken."""
    result, report = ask_json(answers)
    errors = error_lines(result.stderr)
    assert 1 == len(errors), errors
    assert error in errors[0]
    assert CJK.search(errors[0])  # in the user's language
    assert "输入有误" not in result.stderr  # no exit-2 message: the run went on
    assert not FLAG.search(result.stderr)  # the person typed no flag; none is named
    assert expected == fact_of(report, result, fact)


def test_invalid_answers_in_english_are_explained_in_english() -> None:
    """Under --lang en the errors at the questions are English and name no flag."""
    # bachelor related, 3.5 years: training not asked (4-1 met); certificates and
    # direction skipped, the review confirmed
    answers = ["12", "bachelor", "4", "related", "maybe", "no", "no", "lots", "3.5"]
    result, report = ask_json([*answers, SKIP, SKIP, CONFIRM], "--lang", "en")
    errors = error_lines(result.stderr)
    assert 4 == len(errors), errors
    assert "not one of the choices" in errors[0]  # 12 of 11 diplomas
    assert "not one of the choices" in errors[1]  # 4 of 3 relevances
    assert "not recognised" in errors[2]  # maybe
    assert "not a number of years" in errors[3]  # lots
    assert not FLAG.search(result.stderr)
    assert ("bachelor", "related", False, 3.5) == (
        report["facts"]["education"],
        report["facts"]["major"],
        report["facts"]["graduating"],
        report["facts"]["experience_years"],
    )


# --- contradictions: re-asked at once, with the reason ----------------------------------------


def asked_again_at_once(stderr: str, question: str, error: str) -> bool:
    """Whether ``question`` was answered with ``error`` and then asked again right away: the
    next thing shown is its prompt (an answer that cannot be read) or the question itself
    (an answer that contradicts others), never another question."""
    lines = stderr.splitlines()
    err = next(i for i, line in enumerate(lines) if line.startswith(PROMPT) and error in line)
    before = [line for line in questions("\n".join(lines[:err])) if line]
    after = next(line for line in lines[err + 1 :] if line.strip())
    return bool(
        before
        and re.match(question, before[-1])
        and (after.startswith(PROMPT.strip()) or re.match(question, after))
    )


def test_certificate_dated_after_the_evaluation_date_is_asked_again() -> None:
    """A certificate dated after the evaluation date is refused at once, saying so, and re-asked."""
    answers = ["高中", "否", "10", "四级 2027-01-01", "四级 2024-01-10", CONFIRM]
    result, report = ask_json(answers)
    errors = error_lines(result.stderr)
    assert 1 == len(errors), errors
    assert "2027-01-01" in errors[0]
    assert "晚于评估日期" in errors[0]
    assert asked_again_at_once(result.stderr, Q_CERTS, errors[0])
    assert [(4, "2024-01-10")] == fact_of(report, result, "certs")
    assert not FLAG.search(result.stderr)
    # 4: held. 3: 3-1 and 3-2 need a diploma 高中 is not. 2, 1: no 三级/二级.
    assert {4: "held", 3: "not_eligible", 2: "not_eligible", 1: "not_eligible"} == verdicts(report)


def test_more_years_since_certificate_than_since_its_date_is_asked_again() -> None:
    """5 years since a certificate of 2024-01-10 (2.83 years ago) is refused and re-asked."""
    answers = ["大专", "相关", "否", "否", "10", "四级 2024-01-10", "5", "2", CONFIRM]
    result, report = ask_json(answers)
    errors = error_lines(result.stderr)
    assert 1 == len(errors), errors
    assert "5 年" in errors[0]
    assert "2.83 年" in errors[0]  # 34 complete months since 2024-01-10
    assert asked_again_at_once(result.stderr, Q_YEARS_AFTER, errors[0])
    assert 2.0 == fact_of(report, result, "years_after")
    # 3-2: 四级, 大专 related, 2 years since it (≥ 2): eligible; 4 held.
    assert {4: "held", 3: "eligible", 2: "not_eligible", 1: "not_eligible"} == verdicts(report)


# 大专 related, 2 years in total (so training is asked: Enter), a 四级 without a date,
# then 3 years since it: more than the 2 years of experience in all; then 1.
BEYOND_EXPERIENCE = ["大专", "相关", "否", "否", "2", SKIP, "四级", "3", "1", CONFIRM]
BEYOND_EXPERIENCE_EN = [
    *("associate", "related", "no", "no", "2", SKIP, "level 4", "3", "1", CONFIRM)
]


def test_years_since_certificate_beyond_total_experience_is_asked_again() -> None:
    """3 years since a certificate with 2 years of experience in all is refused and re-asked."""
    result, report = ask_json(BEYOND_EXPERIENCE)
    errors = error_lines(result.stderr)
    assert 1 == len(errors), errors
    assert asked_again_at_once(result.stderr, Q_YEARS_AFTER, errors[0])
    assert 1.0 == fact_of(report, result, "years_after")
    # 3-2: 1 year since the 四级 < 2: unmet; 3-1: 大专 is no senior technical school: unmet.
    assert {4: "held", 3: "not_eligible", 2: "not_eligible", 1: "not_eligible"} == verdicts(report)
    assert 1 == result.exit_code


@pytest.mark.parametrize(
    ("answers", "lang", "words"),
    [
        pytest.param(BEYOND_EXPERIENCE, "zh", ("3 年", "累计从业年限 2 年"), id="zh"),
        pytest.param(BEYOND_EXPERIENCE_EN, "en", ("(3)", "in total (2)"), id="en"),
    ],
)
def test_years_since_certificate_beyond_total_experience_names_the_reason(
    answers: list[str], lang: str, words: tuple[str, ...]
) -> None:
    """The refusal of 3 years since a certificate with 2 years in all says why, in the
    user's language, and shows no validation-library text."""
    result, _ = ask_json(answers, "--lang", lang)
    (error,) = error_lines(result.stderr)
    assert "validation error" not in error
    assert "Candidate" not in error
    for word in words:
        assert word in error
    assert bool(CJK.search(error)) == (lang == "zh")


# --- natural answers, read as the flags and the batch cells read them ---------------------------

NATURAL: list[tuple[str, str, Any]] = [
    # (fact, typed text, the value it means)
    ("experience", "三年", 3.0),
    ("experience", "3年半", 3.5),
    ("experience", "3年6个月", 3.5),
    ("experience", "两年", 2.0),
    ("experience", "3.5年", 3.5),
    ("experience", "３.５", 3.5),
    ("experience", "3。5", 3.5),  # the full stop of a Chinese input method, between digits
    ("experience", "３。５", 3.5),
    ("experience", "１８个月", 1.5),
    ("experience", "半年", 0.5),
    ("experience", "三点五年", 3.5),  # 点 as the decimal point (it was not a number of years)
    ("experience", "two years", 2.0),
    ("experience", "one and a half years", 1.5),
    ("education", "大学本科", "bachelor"),
    ("education", "全日制本科", "bachelor"),
    ("education", "硕士研究生", "master"),
    ("education", "专科(高职)", "associate"),
    ("education", "大專", "associate"),
    ("education", "技工学校", "technical_school"),
    ("education", "职业高中", "secondary_vocational"),
    ("major", "本专业", "same"),
    ("major", "相关", "related"),
    ("major", "不相关", "unrelated"),
    ("training", "四级培训", [4]),
    ("training", "四级、三级", [4, 3]),
    ("training", "四级和三级", [4, 3]),  # a word for "and" before a level parts them
    ("training", "四级培训与三级培训", [4, 3]),
    ("training", "L4", [4]),
    # said completed after a comma, or after 报名 (were asked again: attended only, planned)
    ("training", "参加了四级培训，已结业", [4]),
    ("training", "报名参加四级培训并已结业", [4]),
    ("certificate", "四级证书", (4, None)),
    ("certificate", "四级 2024-01-10", (4, "2024-01-10")),
    ("certificate", "四级:2024年1月10日", (4, "2024-01-10")),
    ("certificate", "四级 2024.1.10", (4, "2024-01-10")),
    ("certificate", "中级工 2024/1/10", (4, "2024-01-10")),
    ("certificate", "四級 20240110", (4, "2024-01-10")),
    ("certificate", "4 2024-01-10", (4, "2024-01-10")),  # with a date a number is a level
    ("certificate", "4:2024-01-10", (4, "2024-01-10")),
    ("certificate", "全媒体运营师（四级） 2024-01-10", (4, "2024-01-10")),
    ("certificate", "四级 二〇二四年一月十日", (4, "2024-01-10")),  # in Chinese numerals
    ("certificate", "四级 2024年一月十日", (4, "2024-01-10")),
]

# How the questions reach each fact: experience after 高中 (no major asked, no other
# diploma); major after 本科; training after 高中 and 2 years (4-2 then decides level 4);
# certificate after 高中 and 10 years (4-1 met: training not asked).
NATURAL_BEFORE = {
    "experience": ["高中", "否"],
    "education": [],
    "major": ["本科"],
    "training": ["高中", "否", "2"],
    "certificate": ["高中", "否", "10"],
}
NATURAL_COLUMNS = {
    "experience": ("从业年限",),
    "education": ("学历",),
    "major": ("学历", "专业相关性"),
    "training": ("正规培训",),
    "certificate": ("证书",),
}


def natural_after(fact: str, value: Any) -> list[str]:
    """The answers after the typed one: Enter at each question that follows, then confirm."""
    if fact == "experience":
        # 高中: training matters only from 1 year (4-2) to below 3 (4-1 met); then the
        # certificates, and the direction (数据分析 has no 四级, which is not held)
        return [SKIP] * (3 if 1 <= value < 3 else 2) + [CONFIRM]
    if fact == "education":
        # major, final-year student (not for a 硕士 or a 技工学校: a student of either holds
        # what every clause naming them needs), another diploma, experience, training,
        # certificates, direction; a 中专 is named by no clause: neither its major nor whether
        # it is still studied for is asked
        skips = {"master": 6, "technical_school": 6, "secondary_vocational": 5}.get(value, 7)
        return [SKIP] * skips + [CONFIRM]
    if fact == "major":
        # an unrelated 本科 meets no clause that a final-year student would change
        return [SKIP] * (5 if value == "unrelated" else 6) + [CONFIRM]
    if fact == "training":
        return [SKIP, SKIP, CONFIRM]  # certificates, direction
    return [CONFIRM]  # 高中 with a 四级: nothing else can change a verdict


def parsed(fact: str, text: str) -> Any:
    """``text`` read by the parsers of mediaops.values (those of the flags)."""
    if fact == "experience":
        return values.parse_years(text)
    if fact == "education":
        return values.parse_education(text).value
    if fact == "major":
        return values.parse_major(text).value
    if fact == "training":
        return sorted(
            {values.parse_training(p) for p in values.split_trainings(text)}, reverse=True
        )
    level, day = values.split_certificate(text)
    return (level, None if day is None else day.isoformat())


def from_facts(fact: str, facts: dict[str, Any]) -> Any:
    """One fact as a report's ``facts`` shows it."""
    if fact == "experience":
        return facts["experience_years"]
    if fact == "training":
        return facts["trainings"]
    if fact == "certificate":
        (cert,) = facts["certificates"]
        return (cert["level"], cert["date"])
    return facts[fact]


def batch_row(fact: str, text: str, folder: Path) -> dict[str, Any]:
    """The result row of a one-row batch sheet with ``text`` in the column of ``fact``."""
    sheet = folder / "one.csv"
    header = NATURAL_COLUMNS[fact]
    cells = ["本科", text] if fact == "major" else [text]
    with sheet.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([header, cells])
    args = ["batch", str(sheet), "-o", "-", "--format", "jsonl", "--as-of", AS_OF, "-q"]
    result = runner.invoke(app, args, env=plain_env("zh"))
    assert result.exit_code in (0, 1), result.stderr  # 1: the row has a warning or an error
    (row,) = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return {**row, "exit_code": result.exit_code}


def from_batch(fact: str, text: str, folder: Path) -> Any:
    """``text`` in a cell of a one-row batch sheet, as the screening read it (no warning)."""
    row = batch_row(fact, text, folder)
    assert ([], 0) == (row["warnings"], row["exit_code"])
    return from_facts(fact, row["facts"])


@pytest.mark.parametrize(("fact", "text", "expected"), NATURAL, ids=[t for _, t, _ in NATURAL])
def test_typed_answer_means_the_same_everywhere(
    fact: str, text: str, expected: Any, tmp_path: Path
) -> None:
    """A typed answer means the same value to the parsers, in a batch cell and at the question."""
    answers = [*NATURAL_BEFORE[fact], text, *natural_after(fact, expected)]
    _, report = ask_json(answers)
    assert (expected, expected, expected) == (
        parsed(fact, text),
        from_batch(fact, text, tmp_path),
        from_facts(fact, report["facts"]),
    )


# A comma (full-width, as a Chinese keyboard types it) between a level and its date.
LEVEL_COMMA_DATE = "四级，2025年5月20日"


def test_level_comma_date_is_one_certificate() -> None:
    """At the question, “四级，2025年5月20日” is one 四级 certificate of that date."""
    answers = [*NATURAL_BEFORE["certificate"], LEVEL_COMMA_DATE, CONFIRM]
    result, report = ask_json(answers)
    assert [] == error_lines(result.stderr)
    assert [(4, "2025-05-20")] == fact_of(report, result, "certs")
    assert "证书: 四级 2025-05-20" in reviews(result.stderr)[-1]


def test_certificates_typed_without_a_comma_are_each_taken() -> None:
    """At the question, “四级 2024-01-10 三级 2025-01-01” is two certificates, each with its
    date (a 高中 with 10 years: no later answer can change a verdict)."""
    answers = [*NATURAL_BEFORE["certificate"], "四级 2024-01-10 三级 2025-01-01", CONFIRM]
    result, report = ask_json(answers)
    assert [] == error_lines(result.stderr)
    got = fact_of(report, result, "certs")
    assert [(4, "2024-01-10"), (3, "2025-01-01")] == sorted(got, reverse=True)


@pytest.mark.parametrize(
    "text", ["四级和三级", "四级、三级", "四级 及 三级", "四级与三级", "四级以及三级"]
)
def test_two_levels_joined_by_a_word_for_and_are_two_certificates(text: str) -> None:
    """At the question, “四级和三级” (与, 及, 以及, 、) is a 四级 and a 三级 certificate, without
    dates; a 高中 with 10 years is then asked the years since the 三级 (2-1 asks for 4),
    skipped."""
    answers = [*NATURAL_BEFORE["certificate"], text, SKIP, CONFIRM]
    result, report = ask_json(answers)
    assert [] == error_lines(result.stderr)
    assert [(4, None), (3, None)] == sorted(fact_of(report, result, "certs"), reverse=True)
    assert "证书: 四级、三级" in reviews(result.stderr)[-1]


def test_level_comma_date_means_the_same_in_a_batch_cell(tmp_path: Path) -> None:
    """A batch cell reads “四级，2025年5月20日” as the question does."""
    row = batch_row("certificate", LEVEL_COMMA_DATE, tmp_path)
    assert [] == row["warnings"]
    assert [{"level": 4, "date": "2025-05-20"}] == [
        {"level": c["level"], "date": c["date"]} for c in row["facts"]["certificates"] or []
    ]


@pytest.mark.parametrize(("choice", "expected"), [("1", "associate"), ("2", "bachelor")])
def test_daxue_is_asked_about_not_guessed(choice: str, expected: str) -> None:
    """“大学” (大专 or 本科?) is asked about with just those two choices, and the choice is taken."""
    result, report = ask_json(["大学", choice, *AFTER_BACHELOR])
    choices = block(result.stderr, "“大学”是指哪一个")
    assert any("大专" in line for line in choices)
    assert any("本科" in line for line in choices)
    assert not any("硕士" in line for line in choices)
    assert expected == report["facts"]["education"]


def test_full_width_number_picks_a_choice() -> None:
    """A choice typed with a full-width digit (９) picks that numbered choice (9: 本科)."""
    _, report = ask_json(["９", *AFTER_BACHELOR])
    assert "bachelor" == report["facts"]["education"]


# --- ? asks for the question's help -------------------------------------------------------------

HELP_SKIP = {
    "zh": "不知道或不想回答:直接回车,或输入“不知道”,跳过此题(按未知处理,不当作“没有”)。",
    "en": "If you do not know or would rather not say, press Enter or type “don't know” to skip "
    "this question (it stays unknown, not “none”).",
}
#: How to go back, said in every question's help (before what Enter does).
HELP_BACK = {
    "zh": "输入“返回”(或“上一题”)回到上一题,已答的都保留。",
    "en": "Type “back” (or “previous”) to return to the question before; the answers given "
    "are kept.",
}
#: 高中 (3), no other diploma, 10 years, a 一级 certificate: every level held.
HELD = {"zh": ["高中", "否", "10", "一级"], "en": ["3", "no", "10", "level 1"]}


def showings(stderr: str, question: str) -> list[list[str]]:
    """The lines shown with each showing of ``question`` (a pattern), up to its prompt."""
    lines = stderr.splitlines()
    found = []
    for start, line in enumerate(lines):
        if re.match(question, line):
            end = next(i for i in range(start, len(lines)) if lines[i].startswith(PROMPT.strip()))
            found.append(lines[start + 1 : end])
    return found


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("zh", "帮助"), ("zh", "帮助？"), ("zh", "help"), ("en", "Help"),
    ],
)  # fmt: skip
def test_a_question_mark_shows_the_questions_help_and_asks_it_again(lang: str, typed: str) -> None:
    """``help`` (and ``帮助``; ``?`` typed at a terminal, below) at a question skipped it, as
    Enter does, where a person asks for help. It shows the question again, with its hint
    and its numbered choices, and how to skip it; the answer typed next is taken."""
    result, report = ask_json([typed, *HELD[lang], CONFIRM], "--lang", lang)
    assert [] == error_lines(result.stderr)
    first, again = showings(result.stderr, Q_EDUCATION if lang == "zh" else r"Your diploma")
    assert 11 == sum(1 for line in first if ROW.match(line))  # the 11 diplomas, numbered
    assert [*first, HELP_BACK[lang], HELP_SKIP[lang]] == again
    assert "senior_high" == report["facts"]["education"]
    assert dict.fromkeys((4, 3, 2, 1), "held") == verdicts(report)


LEVEL_HELP = {
    "zh": [
        "等级请写名称:四级(中级工)、三级(高级工)、二级(技师)、一级(高级技师),多个用逗号分隔,"
        "如 四级,三级;只写数字(1、4)会再问一次:数字也可能指列出的第几项。",
        "取证日期写在等级后,如 四级 2024-01-10、四级:2024年1月10日;不记得日期可只写等级。",
    ],
    "en": [
        "Give levels by name: level 4, level 3, level 2, level 1, separated by commas (level 4, "
        "level 3); a number alone (1, 4) is asked again, as it could also be a place in the list.",
        "Give the date after the level, e.g. level 4 2024-01-10 or level 4: 10 January 2024; "
        "without it if you do not remember it.",
    ],
}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_help_at_the_certificate_question_says_how_to_give_levels_and_dates(lang: str) -> None:
    """``?`` at the certificate question shows its hint and examples again, then how to give
    a level (by name, not a bare number) and its date, and how to skip it."""
    *before, level = HELD[lang]
    result, report = ask_json(
        [*before, "帮助" if lang == "zh" else "help", level, CONFIRM], "--lang", lang
    )
    assert [] == error_lines(result.stderr)
    first, again = showings(result.stderr, Q_CERTS if lang == "zh" else r"Which certificates")
    assert [*first, *LEVEL_HELP[lang], HELP_BACK[lang], HELP_SKIP[lang]] == again
    assert [(1, None)] == fact_of(report, result, "certs")


HELP_ENTER = {
    # Enter at "another diploma?" (and at the other diploma) says there is none
    "no_other": {
        "zh": "没有其他学历:直接回车,或输入“否”。",
        "en": "If you hold no other diploma, press Enter or type “no”.",
    },
    # asked again from the review, Enter keeps the answer before, 不知道 makes it unknown
    "keep": {
        "zh": "不想修改:直接回车,保留原来的回答;其实不知道:输入“不知道”,改为未知。",
        "en": "To leave it as it was, press Enter: the earlier answer is kept; if you do not "
        "know it after all, type “don't know”: it becomes unknown.",
    },
}


@pytest.mark.parametrize(
    ("lang", "answers", "question", "enter"),
    [
        ("zh", ["高中", "帮助", "否", "10", "一级", CONFIRM], Q_ANOTHER, "no_other"),
        ("en", ["3", "help", "no", "10", "level 1", CONFIRM], r"Do you hold another", "no_other"),
        # the certificates (row 4) asked again: Enter keeps 一级
        ("zh", [*HELD["zh"], "4", "帮助", SKIP, CONFIRM], Q_CERTS, "keep"),
        ("en", [*HELD["en"], "4", "help", SKIP, CONFIRM], r"Which certificates", "keep"),
    ],
)
def test_help_says_what_enter_does_where_it_does_not_skip(
    lang: str, answers: list[str], question: str, enter: str
) -> None:
    """The help said Enter skips the question, the fact unknown, at every question; at
    "another diploma?" Enter says no, and at a question asked again from the review it
    keeps the answer before. The help says so there."""
    result, report = ask_json(answers, "--lang", lang)
    assert HELP_ENTER[enter][lang] == showings(result.stderr, question)[-1][-1]
    assert HELP_SKIP[lang] not in result.stderr
    assert dict.fromkeys((4, 3, 2, 1), "held") == verdicts(report)  # 一级 kept


@pytest.mark.parametrize(
    ("lang", "answers"),
    [
        ("zh", ["高中", "否", "2", "？", "四级", CONFIRM]),
        ("en", ["3", "no", "2", "?", "level 4", CONFIRM]),
    ],
)
def test_a_question_mark_piped_in_is_not_known(lang: str, answers: list[str]) -> None:
    """Answers piped in are prepared, as a sheet is, where ``?`` says not known: as help it
    had the next line, meant for the certificates, answer the training (四级 eligible by
    4-2 on a training never said). The training stays unknown; the certificate is 四级.
    The opening line names the word that shows the help there, not ``?``."""
    result, report = ask_json(answers, "--lang", lang)
    intro = {"zh": "输入 帮助 查看该题的说明", "en": "type help for a question's help"}[lang]
    assert intro in " ".join(result.stderr.split())  # not "输入 ? 查看", which skips here
    assert report["facts"]["trainings"] is None
    assert [4] == [c["level"] for c in report["facts"]["certificates"]]
    assert "held" == verdicts(report)[4]


@pytest.mark.parametrize(("lang", "typed"), [("zh", "?"), ("zh", "？？"), ("en", "？")])
def test_a_question_mark_typed_at_a_terminal_shows_the_help(lang: str, typed: str) -> None:
    """At a terminal ``?`` (``？``, ``？？``) shows the question's help and asks it again."""
    term = PastedTerminal([typed, "3"])
    q = Questionnaire(term, lang, date(2026, 11, 27), load_ruleset())  # type: ignore[arg-type]
    q.ask_experience()
    assert HELP_SKIP[lang] in term.said
    assert 3.0 == q.answers.experience


def test_a_question_mark_at_the_review_shows_it_again() -> None:
    """``?`` at the review shows the answers and how to confirm or change one again, with no
    message that it is out of range; Enter then confirms."""
    result, report = ask_json([*HELD["zh"], "？", CONFIRM])
    assert [] == error_lines(result.stderr)
    first, again = reviews(result.stderr)
    assert first == again
    assert dict.fromkeys((4, 3, 2, 1), "held") == verdicts(report)


# --- levels: typed as levels, never as numbers of a list ----------------------------------------


@pytest.mark.parametrize("question", [Q_TRAINING, Q_CERTS])
def test_level_choices_are_examples_not_a_numbered_list(question: str) -> None:
    """The training and certificate questions show the levels as one line of examples, with no
    numbers beside them (a number typed there is a level)."""
    result = run(["高中", "否", "2", SKIP, SKIP, SKIP, CONFIRM])
    shown = block(result.stderr, question)
    assert "  四级 / 三级 / 二级 / 一级 / 无" in shown
    assert not any(ROW.match(line) for line in shown), shown


LEVEL_NUMBER_ZH = (
    "“{}”只有数字:可能指等级,也可能指列出的第几项。请写出等级的名称:按等级是 {},按列出的位置是 {}。"
)
LEVEL_NUMBER_EN = (
    "“{}” is only a number: it could mean a level or a place in the list shown. Type the "
    "level by name: {} as a level, {} as a place in the list."
)
#: Several numbers: each list after its reading ("level 4, level 3 as a level, level 1,
#: level 2 as a place" blurred which number went with which reading).
LEVEL_NUMBERS_EN = (
    "“{}” is only numbers: each could mean a level or a place in the list shown. Type the "
    "levels by name: as levels, {}; as places in the list, {}."
)


@pytest.mark.parametrize(
    ("lang", "before", "typed", "said", "level", "fact", "expected"),
    [
        # 高中, 10 years: the certificate question next (4-1 met: training not asked); a
        # 一级 certificate is of every level: each held
        (
            "zh", ["高中", "否", "10"], "1", LEVEL_NUMBER_ZH.format("1", "一级", "四级"),
            "一级", "certs", [(1, None)],
        ),
        # 高中, 2 years: the training decides 四级, so it is asked (certificates and the
        # direction skipped after it)
        (
            "zh", ["高中", "否", "2"], "4", LEVEL_NUMBER_ZH.format("4", "四级", "一级"),
            "四级", "trainings", [4],
        ),
        (
            "zh", ["高中", "否", "2"], "1、２", LEVEL_NUMBER_ZH.format("1、２", "一级、二级", "四级、三级"),
            "四级", "trainings", [4],
        ),
        (
            "en", ["3", "no", "10"], "1", LEVEL_NUMBER_EN.format("1", "level 1", "level 4"),
            "level 1", "certs", [(1, None)],
        ),
        (
            "en", ["3", "no", "2"], "4 3", LEVEL_NUMBERS_EN.format("4 3", "level 4, level 3", "level 1, level 2"),
            "level 4", "trainings", [4],
        ),
        # beside a level named, the number alone is named: the answer whole is no number
        (
            "zh", ["高中", "否", "10"], "四级、1", LEVEL_NUMBER_ZH.format("1", "一级", "四级"),
            "一级", "certs", [(1, None)],
        ),
        (
            "en", ["3", "no", "10"], "1, level 4", LEVEL_NUMBER_EN.format("1", "level 1", "level 4"),
            "level 1", "certs", [(1, None)],
        ),
    ],
    ids=[
        "zh-certs-1",
        "zh-training-4",
        "zh-training-1,2",
        "en-certs-1",
        "en-training-4 3",
        "zh-certs-四级、1",
        "en-certs-1, level 4",
    ],
)  # fmt: skip
def test_a_level_typed_as_a_bare_number_is_asked_again_by_name(
    lang: str, before: list[str], typed: str, said: str, level: str, fact: str, expected: Any
) -> None:
    """A bare number at the training or certificate question (1, 4, 1、2) may be the level
    (1 is 一级) or the place of an item in the list (1 is 四级, the first example shown, as
    1 was the first of the numbered choices just before): it was taken as the level, 一级
    where 四级 may have been meant. It is asked again, naming both readings; the level
    typed by name is then taken."""
    after = [SKIP, SKIP] if fact == "trainings" else []
    result, report = ask_json([*before, typed, level, *after, CONFIRM], "--lang", lang)
    assert [said] == error_lines(result.stderr)
    question = {
        ("zh", "certs"): Q_CERTS,
        ("zh", "trainings"): Q_TRAINING,
        ("en", "certs"): r"Which certificates",
        ("en", "trainings"): r"Formal training completed",
    }[lang, fact]
    assert asked_again_at_once(result.stderr, question, said)
    assert expected == fact_of(report, result, fact)
    if fact == "certs":  # 一级 is of every level or higher: each level held
        assert dict.fromkeys((4, 3, 2, 1), "held") == verdicts(report)
    else:  # 4-2: 2 ≥ 1 year and the 四级 training
        assert "eligible" == verdicts(report)[4]


@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig"])
def test_answers_piped_in_gbk_or_with_a_bom_are_read(encoding: str) -> None:
    """Answers piped from a file saved on Chinese Windows (GBK) or with a BOM read as typed."""
    # 高中, 10 years, a 一级 certificate → every level held
    answers = ["高中", "否", "10", "一级", CONFIRM]
    text = "".join(a + "\n" for a in answers).encode(encoding)
    argv = ["check", "-i", "--as-of", AS_OF, "--format", "json"]
    result = runner.invoke(app, argv, input=text, env=plain_env("zh"))
    check_flow(result, answers)
    assert [] == error_lines(result.stderr)
    assert dict.fromkeys((4, 3, 2, 1), "held") == verdicts(json.loads(result.stdout))


def test_gbk_answers_are_decoded_as_a_whole() -> None:
    """GBK 硕士 (CB B6 CA BF) is valid UTF-8 on its own line: the encoding is chosen on the
    whole input (another line is not UTF-8), so it reads as 硕士."""
    text = "".join(a + "\n" for a in ["硕士", "相关", *[SKIP] * 12]).encode("gbk")
    argv = ["check", "-i", "--as-of", AS_OF, "--format", "json"]
    result = runner.invoke(app, argv, input=text, env=plain_env("zh"))
    assert [] == error_lines(result.stderr)
    assert ("master", "related") == tuple(
        json.loads(result.stdout)["facts"][k] for k in ("education", "major")
    )


@pytest.mark.parametrize(
    ("lang", "typed", "level", "said"),
    [
        ("zh", "四级 2024-01-10", "四级", "正规培训只按等级回答,不带日期:请输入 四级。"),
        ("zh", "四级:2024-01-10", "四级", "正规培训只按等级回答,不带日期:请输入 四级。"),
        ("zh", "四级 2024年1月", "四级", "正规培训只按等级回答,不带日期:请输入 四级。"),
        ("zh", "四级 2024-01-10,三级", "四级", "正规培训只按等级回答,不带日期:请输入 四级、三级。"),
        (
            "en",
            "level 4 2024-01-10",
            "level 4",
            "Formal training is given by level only, without a date: type level 4.",
        ),
    ],
)
def test_a_training_given_with_a_date_is_asked_again_by_level_alone(
    lang: str, typed: str, level: str, said: str
) -> None:
    """A training typed as a certificate is, with its date (``四级 2024-01-10``), is refused
    saying a training is given by level only, and asked again; it had the generic "not
    recognised" with the list of levels, one of which was typed. Then 四级 is taken."""
    # 高中 (3), no other diploma, 2 years: the training decides 四级, so it is asked;
    # certificates and direction skipped.
    education, no = ("高中", "否") if lang == "zh" else ("3", "no")
    answers = [education, no, "2", typed, level, SKIP, SKIP, CONFIRM]
    result, report = ask_json(answers, "--lang", lang)
    assert [said] == error_lines(result.stderr)
    question = Q_TRAINING if lang == "zh" else r"Formal training completed"
    assert asked_again_at_once(result.stderr, question, said)
    assert [4] == report["facts"]["trainings"]  # 4-2: 2 ≥ 1 year and the 四级 training
    assert "eligible" == verdicts(report)[4]


# 高中, 2 years: the training, then (四级) the certificates and the direction are asked
UNSURE_AT = {
    "training": (["高中", "否", "2"], [SKIP, SKIP], "trainings", [4]),
    "certs": (["高中", "否", "2", "四级"], [], "certs", [(4, "2024-01-10")]),
    "experience": (["高中", "否"], ["四级", SKIP, SKIP], "experience", 2.5),
}


@pytest.mark.parametrize(
    ("question", "typed", "meant"),
    [
        ("training", "四级？", "四级"),
        ("training", "四级?", "四级"),
        ("training", "三级吧", "三级"),
        ("training", "好像是四级", "四级"),
        ("training", "四级吗", "四级"),
        ("training", "maybe 四级", "四级"),
        ("certs", "四级 2024-01-10？", "四级 2024-01-10"),
        ("certs", "可能是四级 2024-01-10", "四级 2024-01-10"),
        ("experience", "两年半？", "两年半"),
        ("experience", "两年半吧", "两年半"),
    ],
)
def test_an_answer_said_with_a_doubt_is_asked_again_naming_it(
    question: str, typed: str, meant: str
) -> None:
    """An answer said with a doubt (四级？, 三级吧, 好像是四级) was "cannot read", listing the
    levels it named. It is asked again, naming the answer read without the doubt and how to
    say not known: not recorded as a guess (a verdict may turn on it), as a guess of years
    is not (约3年). The plain answer typed next is the one kept."""
    before, after, fact, expected = UNSURE_AT[question]
    plain = (
        "四级 2024-01-10" if question == "certs" else "四级" if question == "training" else "2.5"
    )
    result, report = ask_json([*before, typed, plain, *after, CONFIRM])
    assert [
        f"“{typed}”听起来不确定,结论可能取决于它,不按猜测记录:"
        f"如确定,请输入 {meant};不确定请输入“不知道”(按未知处理)。"
    ] == error_lines(result.stderr)
    assert expected == fact_of(report, result, fact)


@pytest.mark.parametrize(
    ("question", "typed", "expected"),
    [
        ("certs", "有四级证书 2024-01-10", [(4, "2024-01-10")]),
        ("certs", "拿了四级，2024年1月10日", [(4, "2024-01-10")]),
        ("experience", "两年了", 2.0),
        ("experience", "有两年半", 2.5),
        ("experience", "两年半了", 2.5),
    ],
)
def test_an_everyday_phrasing_is_read_as_the_value_it_says(
    question: str, typed: str, expected: Any
) -> None:
    """有四级证书 2024-01-10, 两年了, 有两年半 (as a candidate says them) were "无法识别"; read
    as the flags and a sheet's cells read them (tests/test_values.py), nothing asked again."""
    before, after, fact, _ = UNSURE_AT[question]
    result, report = ask_json([*before, typed, *after, CONFIRM])
    assert [] == error_lines(result.stderr)
    assert expected == fact_of(report, result, fact)


def test_a_training_at_the_certificates_is_asked_again_saying_it_is_one() -> None:
    """四级培训已结业 at the certificates was "无法识别", listing the level typed: it is asked
    again saying it is a training, which the training question takes; then 四级 is read."""
    before, after, fact, expected = UNSURE_AT["certs"]
    result, report = ask_json([*before, "四级培训已结业", "四级 2024-01-10", *after, CONFIRM])
    (error,) = error_lines(result.stderr)
    assert "说的是四级的正规培训,不是职业资格或技能等级证书" in error
    assert asked_again_at_once(result.stderr, Q_CERTS, error)
    assert expected == fact_of(report, result, fact)


def test_a_guess_of_years_said_aloud_is_asked_again() -> None:
    """快三年了 (almost three) is a guess, asked again as 约3年 is; 2.5 is then read."""
    before, after, fact, expected = UNSURE_AT["experience"]
    result, report = ask_json([*before, "快三年了", "2.5", *after, CONFIRM])
    (error,) = error_lines(result.stderr)
    assert "只是估计的年数" in error
    assert expected == fact_of(report, result, fact)


def test_a_doubt_at_another_diploma_does_not_offer_dont_know() -> None:
    """At "还有其他学历吗", where 不知道 says no as Enter does, the answer said with a doubt
    is asked again without offering 不知道 as "unknown"."""
    # 高中, no other diploma, 10 years: the certificates and the direction asked
    result, _ = ask_json(["高中", "没有吧", "否", "10", SKIP, SKIP, CONFIRM])
    assert ["“没有吧”听起来不确定,结论可能取决于它,不按猜测记录:如确定,请输入 没有。"] == (
        error_lines(result.stderr)
    )


def test_a_doubt_on_an_answer_refused_says_why_it_is_refused() -> None:
    """``4?`` at the training: without the doubt it is a bare number, asked by name (it
    said "cannot read", listing 4 among the accepted values)."""
    result, _ = ask_json(["高中", "否", "2", "4?", "四级", SKIP, SKIP, CONFIRM])
    (error,) = error_lines(result.stderr)
    assert error.startswith("“4”只有数字:可能指等级,也可能指列出的第几项。")


def test_dont_know_said_with_a_doubt_skips() -> None:
    """不知道吧 at the training is 不知道: skipped, not refused."""
    # 高中, 2 years, training not known: the certificates and the direction still asked
    result, report = ask_json(["高中", "否", "2", "不知道吧", SKIP, SKIP, CONFIRM])
    assert [] == error_lines(result.stderr)
    assert report["facts"]["trainings"] is None


def test_number_beyond_the_levels_is_refused_as_a_level() -> None:
    """5 at the certificate question is no level: refused with the accepted levels, then asked
    again, not taken as the fifth example (无)."""
    result, report = ask_json(["高中", "否", "10", "5", "四级", CONFIRM])
    (error,) = error_lines(result.stderr)
    assert "“5”" in error
    assert "四级" in error
    assert "不在可选范围内" not in error  # no list of numbers to choose from
    assert asked_again_at_once(result.stderr, Q_CERTS, error)
    assert [(4, None)] == fact_of(report, result, "certs")


def test_english_level_words_at_the_certificate_question() -> None:
    """Under --lang en the level examples are English and “level 4 2024-01-10” is taken."""
    # senior high school (3), no other diploma, 10 years: the certificate question next.
    result, report = ask_json(["3", "no", "10", "level 4 2024-01-10", CONFIRM], "--lang", "en")
    assert [] == error_lines(result.stderr)
    shown = block(result.stderr, "Which certificates")
    assert "  level 4 / level 3 / level 2 / level 1 / none" in shown
    assert [(4, "2024-01-10")] == fact_of(report, result, "certs")
    assert "Certificates: level 4 2024-01-10" in reviews(result.stderr, "Your answers")[-1]


# --- the adaptive skip ------------------------------------------------------------------------

ADAPTIVE: list[tuple[str, list[str], str, str, str, Any]] = [
    # (case, answers, the question not asked, its name at the end, fact, value)
    # 本科 related, 3.5 years: 4-1 is met whatever the training, and training appears in
    # no other clause, so it cannot change a verdict; "无" answers the certificates, then
    # the direction is skipped.
    (
        "training-met",
        ["本科", "相关", "否", "否", "3.5", "无", SKIP, CONFIRM],
        Q_TRAINING,
        "正规培训",
        "certs",
        [],
    ),
    # 高中, 0.5 years: 4-2 also needs 1 year, 4-1 3 years, 4-3 a technical school.
    (
        "training-short",
        ["高中", "否", "0.5", "无", SKIP, CONFIRM],
        Q_TRAINING,
        "正规培训",
        "certs",
        [],
    ),
    # 大专 unrelated: every clause naming 大专 (3-2) needs a related major, and a student
    # of 大专 holds what G1 needs: being a final-year student changes nothing.
    (
        "graduating",
        ["大专", "不相关", "否", "3.5", SKIP, SKIP, CONFIRM],
        Q_GRADUATING,
        "在校应届",
        "experience",
        3.5,
    ),
    # 高中: no clause asks a major of a 高中 diploma.
    ("major", ["高中", "否", "3.5", SKIP, SKIP, CONFIRM], Q_MAJOR, "专业相关性", "experience", 3.5),
    # 高中, 5 years, 四级 of 2020: 4 held; 3-1 and 3-2 fail on the diploma; 2-1 and 1-1
    # need 三级/二级: the years since the 四级 cannot change a verdict.
    (
        "years-after",
        ["高中", "否", "5", "四级 2020-01-01", CONFIRM],
        Q_YEARS_AFTER,
        "取证后年限",
        "certs",
        [(4, "2020-01-01")],
    ),
]


@pytest.mark.parametrize(
    ("answers", "question", "name", "fact", "expected"),
    [pytest.param(*case[1:], id=case[0]) for case in ADAPTIVE],
)
def test_question_that_cannot_change_a_verdict_is_not_asked(
    answers: list[str], question: str, name: str, fact: str, expected: Any
) -> None:
    """A question no answer of which could change a verdict is not asked, and is named at the end."""
    result, report = ask_json(answers)
    assert 0 == asked(result.stderr, question)
    assert name in left_out(result.stderr)
    assert expected == fact_of(report, result, fact)
    assert [] == error_lines(result.stderr)  # every answer landed on the question it was for


def test_training_skipped_with_enough_experience_gives_the_expected_table() -> None:
    """本科 related with 3.5 years and no certificate: eligible for 四级 only, training unasked."""
    result = run(["本科", "相关", "否", "否", "3.5", "无", SKIP, CONFIRM])
    # 4: 4-1 met (3.5 ≥ 3). 3: no certificate at all: 3-1 and 3-2 unmet. 2, 1: likewise.
    expected = {4: "eligible", 3: "not_eligible", 2: "not_eligible", 1: "not_eligible"}
    assert expected == table_verdicts(result.stdout)
    assert 0 == result.exit_code


def test_question_is_asked_when_it_can_change_a_verdict() -> None:
    """With 高中 and 2 years, the training decides 四级, so it is asked and taken."""
    result, report = ask_json(["高中", "否", "2", "四级", SKIP, SKIP, CONFIRM])
    assert 1 == asked(result.stderr, Q_TRAINING)
    # 4-2: 2 ≥ 1 year and the 四级 training: eligible.
    assert "eligible" == verdicts(report)[4]


def test_training_is_not_asked_when_experience_already_meets_4_1() -> None:
    """Education skipped, 10 years: no training can change 四级 (4-1 met, G1 unknown), so the
    training is not asked."""
    answers = [SKIP, "10", SKIP, SKIP, CONFIRM]  # education, experience, certs, direction
    result = ask(answers, "--format", "json")
    assert 0 == asked(result.stderr, Q_TRAINING)
    check_flow(result, answers)


# --- the review ------------------------------------------------------------------------------

# 本科 related, 3.5 years, no certificate; training left out (4-1 met); the direction is
# asked (数据分析 would leave level 4 not offered) and skipped; at the review, 2 (从业年限)
# → 1 year: now the training decides 四级 (4-2), so it is asked.
REVIEW_CHANGE = ["本科", "相关", "否", "否", "3.5", "无", SKIP, "2", "1"]


def test_review_number_changes_that_answer() -> None:
    """A number at the review asks that question again and the new answer is the one used."""
    result, report = ask_json([*REVIEW_CHANGE, SKIP, CONFIRM])
    first, second = reviews(result.stderr)
    assert "从业年限: 3.5 年" in first
    assert "从业年限: 1 年" in second
    assert 1.0 == report["facts"]["experience_years"]
    # 1 year: 4-1 unmet; 4-2 met on experience, training unknown (skipped): unknown;
    # 4-3 unmet (本科): undetermined. 3, 2, 1: no certificate: not eligible.
    expected = {4: "undetermined", 3: "not_eligible", 2: "not_eligible", 1: "not_eligible"}
    assert expected == verdicts(report)
    assert 1 == result.exit_code


def test_review_change_leaves_no_false_not_asked_note() -> None:
    """After an answer is changed at the review, no question it made relevant is called irrelevant."""
    result, _ = ask_json([*REVIEW_CHANGE, SKIP, CONFIRM])
    assert "正规培训" in left_out(result.stderr, 0)  # at 3.5 years it could change nothing
    assert "正规培训" not in left_out(result.stderr)


def test_question_left_out_is_asked_when_a_review_change_makes_it_matter() -> None:
    """The training, left out at 3.5 years, is asked right after the change to 1 year."""
    result, report = ask_json([*REVIEW_CHANGE, "四级", CONFIRM])
    asked_in_order = questions(result.stderr)
    second_experience = [i for i, q in enumerate(asked_in_order) if re.match(Q_EXPERIENCE, q)][1]
    assert re.match(Q_TRAINING, asked_in_order[second_experience + 1])
    assert 1 == asked(result.stderr, Q_TRAINING)
    assert [4] == report["facts"]["trainings"]
    # 4: 4-2 met (1 ≥ 1 year, 四级 training). 3, 2, 1: no certificate: not eligible.
    assert {4: "eligible", 3: "not_eligible", 2: "not_eligible", 1: "not_eligible"} == verdicts(
        report
    )
    assert 0 == result.exit_code


# Three runs to the review. A: 大专 related, 10 years, 四级 2024-01-10, 2 years since it
# (asked: 3-2 turns on them); training and direction left out. Rows: 1 学历, 2 从业年限,
# 3 正规培训, 4 证书, 5 取证后年限, 6 职业方向. B: 高中, 10 years, 四级 2024-01-10 (the
# years since cannot matter: 高中 meets no 3-x); the same rows. C: 高中, 2 years, the 四级
# training, certificates skipped, 直播运营. Rows: 1 学历, 2 从业年限, 3 正规培训, 4 证书,
# 5 职业方向.
REVIEW_A = ["大专", "相关", "否", "否", "10", "四级 2024-01-10", "2"]
REVIEW_B = ["高中", "否", "10", "四级 2024-01-10"]
REVIEW_C = ["高中", "否", "2", "四级", SKIP, "直播运营"]


@pytest.mark.parametrize(
    ("before", "row"),
    [
        pytest.param(REVIEW_A, "2", id="experience"),
        pytest.param(REVIEW_A, "5", id="years-since"),
        pytest.param(REVIEW_B, "4", id="certificates"),
        pytest.param(REVIEW_C, "3", id="training"),
        pytest.param(REVIEW_C, "5", id="direction"),
    ],
)
def test_enter_at_a_question_asked_again_keeps_the_answer(before: list[str], row: str) -> None:
    """Enter at a question asked again from the review keeps the earlier answer."""
    result, report = ask_json([*before, row, SKIP, CONFIRM])
    first, second = reviews(result.stderr)
    assert first == second
    assert [] == error_lines(result.stderr)
    _, confirmed = ask_json([*before, CONFIRM])
    assert (confirmed["facts"], confirmed["direction"], verdicts(confirmed)) == (
        report["facts"],
        report["direction"],
        verdicts(report),
    )


@pytest.mark.parametrize(
    ("answers", "row", "fact", "expected"),
    [
        # REVIEW_A: 不知道 at the experience (10 years) and at the years since the 四级
        pytest.param([*REVIEW_A, "2", "不知道"], "从业年限", "experience", None, id="experience"),
        # (the report then counts them from the date: 34 months to 2026-11-27, within 10
        # years in all)
        pytest.param(
            [*REVIEW_A, "5", "不清楚"],
            "取证后年限",
            "years_after",
            pytest.approx(34 / 12, abs=1e-3),
            id="since",
        ),
        # REVIEW_B: the certificates unknown; the direction then matters (a 高中 with 10
        # years and no certificate known: 4-1 met, so the direction asked) and is skipped
        pytest.param([*REVIEW_B, "4", "不知道", SKIP], "证书", "certificates", None, id="certs"),
        pytest.param([*REVIEW_C, "3", "don't know"], "正规培训", "trainings", None, id="training"),
        pytest.param([*REVIEW_C, "5", "不知道"], "职业方向", "direction", None, id="direction"),
        # 无 at the direction is none chosen, as when first asked
        pytest.param([*REVIEW_C, "5", "无"], "职业方向", "direction", None, id="direction-none"),
        # the diploma itself unknown: no diploma given
        pytest.param([*REVIEW_A, "1", "不知道"], "学历", "diplomas", 0, id="diploma"),
        # with questions of the diploma left out (the final year of an unrelated 本科, 0
        # years): they are of no diploma now (they were asked of the diploma list emptied)
        pytest.param(
            ["本科", "不相关", "否", "0", SKIP, SKIP, "1", "不知道"],
            "学历",
            "diplomas",
            0,
            id="diploma-left-out",
        ),
        # 大专 typed again, its major unknown (Enter would keep 相关专业); the final year
        # and another diploma (Enter: no) asked again as before
        pytest.param(
            [*REVIEW_A, "1", "大专", "不知道", SKIP, SKIP], "学历", "major", None, id="major"
        ),
    ],
)
def test_dont_know_at_a_question_asked_again_makes_it_unknown(
    answers: list[str], row: str, fact: str, expected: Any
) -> None:
    """不知道 at a question asked again from the review makes the fact unknown: it kept the
    answer before, as Enter does, and a fact once given could not be made unknown again."""
    result, report = ask_json([*answers, CONFIRM])
    shown = dict(line.split(": ", 1) for line in reviews(result.stderr)[-1])
    assert shown[row] == ("大专/高职" if fact == "major" else "未提供")
    assert expected == fact_of(report, result, fact)


@pytest.mark.parametrize("word", ["跳过", "skip", "跳过吧", "skip?"])
def test_skip_at_a_question_asked_again_keeps_the_answer(word: str) -> None:
    """跳过 (skip) at a question asked again says to pass it by, as Enter: the answer is
    kept (不知道 makes it unknown); so does 跳过 said with a doubt (跳过吧), as 不知道吧
    says 不知道."""
    result, report = ask_json([*REVIEW_A, "2", word, CONFIRM])
    assert "从业年限: 10 年" == reviews(result.stderr)[-1][1]
    assert 10.0 == report["facts"]["experience_years"]


def test_a_question_asked_again_says_what_enter_and_dont_know_do() -> None:
    """Under a question asked again from the review, the line under it says what Enter and
    不知道 do, without ``?``; its hint, which said "回车跳过" where Enter keeps the answer,
    says that Enter keeps it (the rest of the hint as it was)."""
    result = run([*REVIEW_A, "5", SKIP, CONFIRM], "--format", "json")
    first, again = showings(result.stderr, Q_YEARS_AFTER)
    assert "如 2、2.5、两年半;回车跳过" == first[0]
    assert ["如 2、2.5、两年半;回车保留原来的回答", *first[1:], HELP_ENTER["keep"]["zh"]] == again
    assert "不清楚" not in "".join(first)


def test_a_major_kept_at_the_review_is_not_called_not_asked() -> None:
    """A 技工学校's major, asked first (nothing else known, it could matter), then kept by
    typing the diploma again at the review, where with 3 years it can change nothing (4-1
    met; no 3-x reads a 技工学校's major): it is shown, kept, and not named as "not asked"
    (it was, beside 相关专业 in the same review)."""
    answers = ["技校", "相关", "否", "3", SKIP, SKIP, "1", "技工学校", SKIP, CONFIRM]
    result = run(answers, "--format", "json")
    assert "学历: 技工学校(相关专业)" == reviews(result.stderr)[-1][0]
    assert "专业相关性" not in left_out(result.stderr)


def test_enter_at_the_diploma_asked_again_keeps_it() -> None:
    """Enter at the diploma question asked again from the review keeps the diploma."""
    result = ask([*REVIEW_A, "1", SKIP, CONFIRM], "--format", "json")
    first, second = reviews(result.stderr)
    assert first[0] == second[0] == "学历: 大专/高职(相关专业)"
    check_flow(result, [*REVIEW_A, "1", SKIP, CONFIRM])


def test_certificates_kept_do_not_ask_the_years_since_again() -> None:
    """Certificates kept as they were (Enter) do not ask the years since them again."""
    answers = [*REVIEW_A, "4", SKIP, CONFIRM]
    result = ask(answers, "--format", "json")
    assert 1 == asked(result.stderr, Q_YEARS_AFTER)
    check_flow(result, answers)


def test_certificates_changed_ask_the_years_since_when_they_matter() -> None:
    """Certificates changed at the review from none to a 四级 ask the years since it."""
    # 大专 related, 10 years (training left out: 4-1 met), no certificate, direction
    # skipped; at the review, 4 (证书) → 四级: the years since it decide 3-2: 3.
    answers = ["大专", "相关", "否", "否", "10", "无", SKIP, "4", "四级", "3", CONFIRM]
    result, report = ask_json(answers)
    assert 1 == asked(result.stderr, Q_YEARS_AFTER)
    assert "取证后年限: 3 年" in reviews(result.stderr)[-1]
    # 4: held. 3: 3-2 (四级, 大专 related, 3 ≥ 2 years since it). 2, 1: no 三级/二级.
    assert {4: "held", 3: "eligible", 2: "not_eligible", 1: "not_eligible"} == verdicts(report)


def test_years_since_a_replaced_certificate_are_not_kept() -> None:
    """The years since a certificate no longer given do not stay as those of the new one."""
    answers = [*REVIEW_A, "4", "三级 2020-01-01", SKIP, CONFIRM]
    result, report = ask_json(answers)
    # 4, 3: held (a 三级). 2: 2-1: 三级 and, the years since it unknown, continuous work
    # since 2020-01-01 (82 months, 6.83 years) capped by 10 years in all: 6.83 ≥ 4. 1: no 二级.
    assert {4: "held", 3: "held", 2: "eligible", 1: "not_eligible"} == verdicts(report)
    assert "取证后年限: 未提供" in reviews(result.stderr)[-1]


# 本科 unrelated (final-year student left out), no other diploma, 0 years (training left
# out: 4-2 needs 1 year), certificates and direction skipped; at the review, 3 (正规培训)
# → 四级.
TRAINING_AT_REVIEW = ["本科", "不相关", "否", "0", SKIP, SKIP, "3", "四级"]


def test_question_answered_at_the_review_is_no_longer_called_not_asked() -> None:
    """A question left out and then answered from the review is not named as not asked."""
    answers = [*TRAINING_AT_REVIEW, CONFIRM]
    result = ask(answers, "--format", "json")
    assert "正规培训: 四级" in reviews(result.stderr)[-1]
    assert "正规培训" not in left_out(result.stderr)
    check_flow(result, answers)


def test_question_answered_at_the_review_is_not_asked_again() -> None:
    """A question answered at the review is not asked again after another change."""
    answers = [*TRAINING_AT_REVIEW, "2", "1.5", CONFIRM]
    result = ask(answers, "--format", "json")
    assert 1 == asked(result.stderr, Q_TRAINING)
    check_flow(result, answers)


def test_review_enter_confirms() -> None:
    """Enter at the review confirms the answers as they stand."""
    result, report = ask_json(["本科", "相关", "否", "否", "3.5", "无", SKIP, CONFIRM])
    assert 1 == asked(result.stderr, Q_REVIEW)
    assert ("bachelor", 3.5, []) == (
        report["facts"]["education"],
        report["facts"]["experience_years"],
        report["facts"]["certificates"],
    )


def test_answers_ending_in_ime_punctuation_are_read() -> None:
    """An answer typed as a sentence, ending in the full stop or comma a Chinese input
    method types (本科。, 相关，, 三年半。, 不知道。), is read as without it, at the
    questions and at the review."""
    answers = ["本科。", "相关，", "否。", "否！", "三年半。", "四级，2019年7月1日。", "不知道。"]
    result, report = ask_json([*answers, "2。", "3.5。", CONFIRM])
    assert [] == error_lines(result.stderr)
    facts = report["facts"]
    assert ("bachelor", "related", 3.5, [(4, "2019-07-01")]) == (
        facts["education"],
        facts["diplomas"][0]["major"],
        facts["experience_years"],
        fact_of(report, result, "certs"),
    )
    assert "取证后年限: 未提供" in reviews(result.stderr)[-1]  # 不知道。: skipped


def test_review_error_invites_only_what_it_accepts() -> None:
    """At the review, the error names what it takes (a number, 改2, 第2项, a row's name, as
    shown), and each form it names is taken."""
    # nothing known: 学历, 从业年限, 正规培训, 证书, 职业方向; “哪个”: asked again; then
    # the forms the message names, each asking 从业年限 again (Enter keeps it), then Enter.
    result = run(
        [*[SKIP] * 5, "哪个", "2", SKIP, "改2", SKIP, "第2项", SKIP, "从业年限", SKIP, CONFIRM]
    )
    (error,) = error_lines(result.stderr)
    assert "“哪个”" in error
    assert "1–5" in error
    assert "2、改2、第2项" in error
    assert "(如 从业年限)" in error
    assert 1 == asked(result.stderr, Q_CERTS)
    assert 5 == asked(result.stderr, Q_EXPERIENCE)  # once, then once for each form
    assert 6 == asked(result.stderr, Q_REVIEW)


def test_enter_at_the_other_diploma_goes_on() -> None:
    """Enter at the other diploma skips it, as Enter does everywhere, and the questions go on."""
    # 本科 unrelated (final-year student left out), another diploma: yes, then Enter;
    # 0 years (training left out), certificates and direction skipped.
    answers = ["本科", "不相关", "是", SKIP, "0", SKIP, SKIP, CONFIRM]
    result = ask(answers, "--format", "json")
    assert 1 == asked(result.stderr, Q_ANOTHER)
    check_flow(result, answers)


@pytest.mark.parametrize(
    ("word", "lang"), [("无", "zh"), ("否", "zh"), ("没有", "zh"), ("none", "en"), ("no", "en")]
)
def test_none_at_the_other_diploma_goes_on(word: str, lang: str) -> None:
    """无 / 否 / none at the other diploma (after a 是 there) means there is none after all,
    as Enter does: it was refused with the advice to choose 1 (primary school or less) as
    that other diploma."""
    # 本科 unrelated (final-year student left out), another diploma: yes, then the word;
    # 0 years (training left out), certificates and direction skipped.
    yes = "是" if lang == "zh" else "yes"
    answers = ["本科", "不相关", yes, word, "0", SKIP, SKIP, CONFIRM]
    result = ask(answers, "--format", "json", lang=lang)
    check_flow(result, answers)
    assert [] == error_lines(result.stderr)
    assert ["bachelor"] == [d["education"] for d in json.loads(result.stdout)["facts"]["diplomas"]]


@pytest.mark.parametrize(
    ("answers", "question", "fact", "expected"),
    [
        # 高中, 2 years: the training decides 四级 (4-2), so it is asked; 是 there
        pytest.param(
            ["高中", "否", "2", "是", "四级", SKIP, SKIP],
            Q_TRAINING,
            "trainings",
            [4],
            id="training",
        ),
        # 高中, 10 years: 有 at the certificates
        pytest.param(
            ["高中", "否", "10", "有", "四级"],
            Q_CERTS,
            "certs",
            [(4, None)],
            id="certificates",
        ),
    ],
)
def test_yes_at_a_which_question_asks_which(
    answers: list[str], question: str, fact: str, expected: Any
) -> None:
    """是 / 有 at "which levels?" is no answer to it (it used to be refused with only the
    list of accepted levels): the candidate is asked to say which, at once."""
    result, report = ask_json([*answers, CONFIRM])
    (error,) = error_lines(result.stderr)
    assert "请写出是哪一级,如 四级" in error
    assert asked_again_at_once(result.stderr, question, error)
    assert expected == fact_of(report, result, fact)


def test_none_at_the_direction_is_no_direction() -> None:
    """无 at the direction question means none is chosen, as Enter does (it was refused)."""
    # 高中, 2 years, the 四级 training (the direction then matters), no certificate, 无
    result, report = ask_json(["高中", "否", "2", "四级", "无", "无", CONFIRM])
    assert 1 == asked(result.stderr, Q_DIRECTION)
    assert [] == error_lines(result.stderr)
    assert report["direction"] is None
    assert "职业方向: 未提供" in reviews(result.stderr)[-1]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_none_at_the_diploma_is_asked_again(lang: str) -> None:
    """无 / none at the diploma question is refused and asked again, in both languages (in
    English, “none” was read as primary school or below, which fails G1: a verdict on a
    word that may mean "no answer"). 1 (primary school or below) is the way to say it."""
    word = "无" if lang == "zh" else "none"
    result, report = ask_json(
        [word, "3", "否" if lang == "zh" else "no", "10", SKIP, SKIP, CONFIRM], "--lang", lang
    )
    (error,) = error_lines(result.stderr)
    assert ("1(小学及以下)" if lang == "zh" else "1 (primary school or less)") in error
    assert "senior_high" == report["facts"]["education"]


def test_a_major_is_kept_when_its_diploma_is_changed_at_the_review() -> None:
    """The review says Enter keeps the earlier answer: the diploma changed from 大专 to 本科
    and Enter at its major keeps 相关专业 (it was dropped, and 3-2 then unknown)."""
    answers = [*REVIEW_A, "1", "本科", SKIP, SKIP, SKIP, CONFIRM]
    result, report = ask_json(answers)
    assert "学历: 本科(相关专业)" == reviews(result.stderr)[-1][0]
    assert ("bachelor", "related") == (report["facts"]["education"], report["facts"]["major"])


# --- the review: a row by its number as typed, or by its name ---------------------------------

# Nothing known: the review's rows are 学历, 从业年限, 正规培训, 证书, 职业方向 (five skips).


@pytest.mark.parametrize(
    ("typed", "question"),
    [
        ("2", Q_EXPERIENCE),
        ("２", Q_EXPERIENCE),  # full-width, as a Chinese input method types it
        ("2.", Q_EXPERIENCE),
        ("2。", Q_EXPERIENCE),
        ("改2", Q_EXPERIENCE),
        ("改 2", Q_EXPERIENCE),
        ("修改第2项", Q_EXPERIENCE),
        ("第2项", Q_EXPERIENCE),
        ("第２项", Q_EXPERIENCE),
        ("第二项", Q_EXPERIENCE),
        ("第5个", Q_DIRECTION),
        ("2)", Q_EXPERIENCE),  # as the row shows it
        ("２）", Q_EXPERIENCE),
        ("(2)", Q_EXPERIENCE),
        ("2、", Q_EXPERIENCE),
        ("学历", Q_EDUCATION),
        ("改学历", Q_EDUCATION),
        ("经验", Q_EXPERIENCE),
        ("从业年限", Q_EXPERIENCE),
        ("工作年限", Q_EXPERIENCE),
        ("培训", Q_TRAINING),
        ("证书。", Q_CERTS),
        ("方向", Q_DIRECTION),
        ("Experience", Q_EXPERIENCE),  # the row's English label
    ],
)
def test_a_review_row_is_taken_by_its_number_as_typed_or_by_its_name(
    typed: str, question: str
) -> None:
    """At the review only a bare number was taken; 改3, 3., 第3项 or the row's name was
    refused as out of range. Each asks that row's question again (Enter keeps it)."""
    result = run([*[SKIP] * 5, typed, SKIP, CONFIRM])
    assert [] == error_lines(result.stderr)
    assert 2 == asked(result.stderr, question)
    assert 2 == asked(result.stderr, Q_REVIEW)


@pytest.mark.parametrize(("typed", "question"), [("change 2", r"How many years"),
    ("item 2", r"How many years"), ("experience", r"How many years"),
    ("diploma", r"Your diploma"), ("#4", r"Which certificates")])  # fmt: skip
def test_a_review_row_is_taken_in_english_as_in_chinese(typed: str, question: str) -> None:
    """In English too: change 2, item 2, #4, or the row's name."""
    result = run([*[SKIP] * 5, typed, SKIP, CONFIRM], lang="en")
    assert [] == error_lines(result.stderr)
    assert 2 == asked(result.stderr, question)


@pytest.mark.parametrize(
    "typed", ["改", "第项", "第6项", "改9", "六", "年限", "学历证书吧", "0", "6)", "2))"]
)
def test_a_review_answer_naming_no_row_is_asked_again_saying_what_is_taken(typed: str) -> None:
    """Anything else at the review (no number, one beyond the five rows, 年限, which could be
    either of two rows when certificates are given) is asked again, saying what is taken."""
    result = run([*[SKIP] * 5, typed, CONFIRM])
    (error,) = error_lines(result.stderr)
    assert f"“{typed}”不在可选范围内,请输入 1–5 之间的编号(如 2、改2、第2项)" in error
    assert "或项目名称(如 从业年限),或直接回车确认。" in error
    assert 2 == asked(result.stderr, Q_REVIEW)


def test_the_review_says_a_row_is_changed_by_its_number_or_name() -> None:
    """The line under the review says a number or a name changes an answer."""
    result = run([*[SKIP] * 5, CONFIRM])
    assert "回车确认;输入编号(1–5)或名称修改该项" in result.stderr


# --- going back (返回) ----------------------------------------------------------------------------

#: Said above a question gone back to: its answer before, which Enter keeps.
BEFORE = "上次的回答:{answer}。直接回车保留,或输入新的回答。"


def asked_in_order(stderr: str, *patterns: str) -> list[str]:
    """The questions asked, each as the first of ``patterns`` it matches ("?" for none)."""
    return [next((p for p in patterns if re.match(p, line)), "?") for line in questions(stderr)]


@pytest.mark.parametrize(
    ("lang", "word", "said"),
    [
        ("zh", "返回", "这是第一题,前面没有可返回的题目。"),
        ("zh", "上一题。", "这是第一题,前面没有可返回的题目。"),
        ("en", "back", "This is the first question: there is none before it to go back to."),
    ],
)
def test_back_at_the_first_question_says_there_is_none_before_it(
    lang: str, word: str, said: str
) -> None:
    """返回 at the first question: said to be the first; it is asked again (Enter skips it)."""
    result = run([word, *[SKIP] * 5, CONFIRM], lang=lang)
    assert [said] == error_lines(result.stderr)
    assert 1 == asked(result.stderr, Q_EDUCATION if lang == "zh" else r"Your diploma")


def test_the_first_hint_says_how_to_go_back() -> None:
    """The words shown before the first question say 返回 goes back to the question before."""
    result = run([*[SKIP] * 5, CONFIRM])
    assert "输入“返回”回到上一题" in result.stderr.splitlines()[0]


@pytest.mark.parametrize("word", ["返回", "上一题", "上一题。", "返回上一题", "ＢＡＣＫ", "Back"])
def test_back_asks_again_the_question_asked_before_with_its_answer(word: str) -> None:
    """高中: its major and final year cannot change a verdict and are not asked; 否 to another
    diploma; 返回 at the years goes back to 还有其他学历吗 (the question asked before it, not
    one left out), showing 否, which Enter keeps; then 10 years and a 一级 certificate: every
    level held (一级 is the highest), the 高中 kept."""
    result, report = ask_json(["高中", "否", word, SKIP, "10", "一级", CONFIRM])
    order = asked_in_order(result.stderr, Q_EDUCATION, Q_ANOTHER, Q_EXPERIENCE, Q_CERTS, Q_REVIEW)
    assert [
        Q_EDUCATION, Q_ANOTHER, Q_EXPERIENCE, Q_ANOTHER, Q_EXPERIENCE, Q_CERTS, Q_REVIEW
    ] == order  # fmt: skip
    first, again = showings(result.stderr, Q_ANOTHER)
    assert BEFORE.format(answer="否") not in first
    assert BEFORE.format(answer="否") in again
    assert not any(
        "上次的回答" in line for shown in showings(result.stderr, Q_EXPERIENCE) for line in shown
    )
    assert "senior_high" == report["facts"]["education"]
    assert 10 == report["facts"]["experience_years"]
    assert dict.fromkeys((4, 3, 2, 1), "held") == verdicts(report)


def test_back_twice_keeps_the_answers_after_it_for_enter() -> None:
    """返回 at the certificates (to the years, 10 shown), again (to 还有其他学历吗, 否 shown);
    Enter keeps 否, and the years, asked once more, show 10, which Enter keeps: nothing given
    is typed again."""
    answers = ["高中", "否", "10", "返回", "返回", SKIP, SKIP, "一级", CONFIRM]
    result, report = ask_json(answers)
    years = showings(result.stderr, Q_EXPERIENCE)
    assert 3 == len(years)
    assert BEFORE.format(answer="10") not in years[0]
    assert BEFORE.format(answer="10") in years[1]
    assert BEFORE.format(answer="10") in years[2]
    assert 10 == report["facts"]["experience_years"]
    assert dict.fromkeys((4, 3, 2, 1), "held") == verdicts(report)


def test_an_answer_changed_after_going_back_is_the_one_used() -> None:
    """返回 at the certificates, 2 years instead of 10 at the years: 2 is used, and the
    questions after it follow from it: the training, which 10 years made pointless (4-1 met
    at 3), now matters (4-2: 1 year and a 四级 training) and is asked (skipped); a 一级
    certificate then holds every level."""
    answers = ["高中", "否", "10", "返回", "2", SKIP, "一级", CONFIRM]
    result, report = ask_json(answers)
    assert 2 == report["facts"]["experience_years"]
    assert "从业年限: 2 年" in reviews(result.stderr)[-1]
    assert 1 == asked(result.stderr, Q_TRAINING)
    assert dict.fromkeys((4, 3, 2, 1), "held") == verdicts(report)


def test_an_answer_refused_before_going_back_is_not_offered_again() -> None:
    """很多 refused at the certificates, then 返回 (to the years, Enter keeps 10): the
    certificates asked again offer nothing for Enter (a refused answer is none)."""
    result, report = ask_json(["高中", "否", "10", "很多", "返回", SKIP, "一级", CONFIRM])
    assert 2 == asked(result.stderr, Q_CERTS)
    *_, last = showings(result.stderr, Q_CERTS)
    assert not any("上次的回答" in line for line in last)
    assert dict.fromkeys((4, 3, 2, 1), "held") == verdicts(report)


def test_back_at_the_review_goes_to_the_last_question() -> None:
    """返回 at the review asks the certificates again (the last question), 一级 shown; Enter
    keeps it, and the review follows again."""
    result, report = ask_json(["高中", "否", "10", "一级", "返回", SKIP, CONFIRM])
    first, again = showings(result.stderr, Q_CERTS)
    assert BEFORE.format(answer="一级") not in first
    assert BEFORE.format(answer="一级") in again
    assert 2 == asked(result.stderr, Q_REVIEW)
    assert dict.fromkeys((4, 3, 2, 1), "held") == verdicts(report)


def test_back_to_a_question_asked_again_after_a_contradiction() -> None:
    """A certificate dated after the evaluation date is asked again at once; 返回 at the
    review goes back to the certificates, showing the answer taken (一级), not the refused."""
    answers = ["高中", "否", "10", "一级 2027-01-01", "一级", "返回", SKIP, CONFIRM]
    result, report = ask_json(answers)
    *_, last = showings(result.stderr, Q_CERTS)
    assert BEFORE.format(answer="一级") in last
    assert not any("2027" in line for line in last)
    assert 1 == asked(result.stderr, Q_EXPERIENCE)
    assert dict.fromkeys((4, 3, 2, 1), "held") == verdicts(report)


def test_answers_after_a_question_newly_asked_are_still_kept_for_enter() -> None:
    """本科 (相关), 5 years, 四级 2020-01-01, 2 years since it; 返回 three times from the review
    to the years, 2 instead of 5: the training (4-1 no longer met at 3 years) is asked
    where the certificates were, and the certificates and the years since them, asked
    after it, still show their answers, which Enter keeps (they were lost, the certificate
    held made unknown). 3-2: 四级, 本科 related, 2 years since it: 三级 eligible."""
    answers = ["本科", "相关", "否", "否", "5", "四级 2020-01-01", "2", "返回", "返回", "返回", "2"]
    result, report = ask_json([*answers, SKIP, SKIP, SKIP, CONFIRM])
    *_, certs = showings(result.stderr, Q_CERTS)
    assert BEFORE.format(answer="四级 2020-01-01") in certs
    *_, since = showings(result.stderr, Q_YEARS_AFTER)
    assert BEFORE.format(answer="2") in since
    assert 1 == asked(result.stderr, Q_TRAINING)
    assert "证书: 四级 2020-01-01" in reviews(result.stderr)[-1]
    assert 2 == report["facts"]["experience_years"]
    assert {4: "held", 3: "eligible", 2: "not_eligible", 1: "not_eligible"} == verdicts(report)


def test_an_answer_before_refused_as_contradicting_is_not_offered_again() -> None:
    """返回 from the review to the years (5 → 4): the certificate kept; the 5 years since it,
    kept by Enter, now exceed the 4 in all and are refused; asked again, they are no longer
    Enter's (Enter gave them, refused, again and again): Enter skips. The years since 四级
    2020-01-01 are then derived, capped by the 4 years of work: 4 ≥ 2, 三级 eligible (3-2)."""
    answers = ["本科", "相关", "否", "否", "5", "四级 2020-01-01", "5", "返回", "返回", "返回"]
    result, report = ask_json([*answers, "4", SKIP, SKIP, SKIP, CONFIRM])
    *_, before, last = showings(result.stderr, Q_YEARS_AFTER)
    assert BEFORE.format(answer="5") in before
    assert not any("上次的回答" in line for line in last)
    assert 1 == sum("两者矛盾" in line for line in error_lines(result.stderr))
    assert {4: "held", 3: "eligible", 2: "not_eligible", 1: "not_eligible"} == verdicts(report)


# --- several diplomas changed at the review: one, the others kept ----------------------------

# 技工学校 (相关; its final year cannot change a verdict), another: 大专 (不相关), no other;
# 3 years, 四级 2023-01-01; training, years since and direction left out: the review.
TWO_DIPLOMAS = ["技工学校", "相关", "是", "大专", "不相关", "否", "3", "四级 2023-01-01"]
Q_WHICH_DIPLOMA = r"要修改哪一个学历"
Q_CHANGE_ASSOCIATE = r"把“大专/高职\(不相关专业\)”改为"


def test_one_of_two_diplomas_is_changed_the_other_kept() -> None:
    """The 大专 (不相关) changed to 本科, 相关, not a final-year student; the 技工学校 is kept
    without being typed again. 3-2: 四级, 本科 related, years since 2023-01-01 (3.9) capped
    by the 3 years of work: 3 ≥ 2: 三级 eligible; 二级 needs a 三级 certificate."""
    answers = [*TWO_DIPLOMAS, "学历", "2", "本科", "相关", "否", SKIP, CONFIRM]
    result, report = ask_json(answers)
    shown = block(result.stderr, Q_WHICH_DIPLOMA)
    assert ["   1) 技工学校(相关专业)", "   2) 大专/高职(不相关专业)", "   3) 再加一个学历",
            "   4) 全部重新填写"] == [line for line in shown if ROW.match(line)]  # fmt: skip
    assert 1 == asked(result.stderr, Q_CHANGE_ASSOCIATE)
    assert 1 == asked(result.stderr, Q_EDUCATION)  # never asked to type all again
    assert "学历: 技工学校(相关专业)、本科(相关专业)" == reviews(result.stderr)[-1][0]
    assert {4: "held", 3: "eligible", 2: "not_eligible", 1: "not_eligible"} == verdicts(report)


def test_a_diploma_to_change_is_chosen_by_its_name() -> None:
    """大专 at "which diploma?" picks the 大专; 本科 for it, Enter at its major keeps 不相关."""
    result, report = ask_json([*TWO_DIPLOMAS, "1", "大专", "本科", SKIP, CONFIRM])
    assert 1 == asked(result.stderr, Q_CHANGE_ASSOCIATE)
    assert "学历: 技工学校(相关专业)、本科(不相关专业)" == reviews(result.stderr)[-1][0]
    # 3-1 needs a senior technical school or technician college; 3-2 a related major
    assert "not_eligible" == verdicts(report)[3]


def test_a_type_two_diplomas_share_asks_for_the_number_not_out_of_range() -> None:
    """Two 本科 (the second's major left out: the first, related, settles it): 本科 at "which
    diploma?" names both, so it asks for the number of one (it said 本科 was not among the
    choices listed just above); 2 then, 硕士 for it: the first 本科 kept. 5 years: 4-1
    met, 四级 eligible; certificates skipped: 三级 (3-2 needs a 四级), 二级, 一级 undetermined."""
    answers = ["本科", "相关", "否", "是", "本科", "否", "5", SKIP, SKIP]
    result, report = ask_json([*answers, "学历", "本科", "2", "硕士", CONFIRM])
    assert ["有 2 个学历都是“本科”,请输入编号(1、2)选择要修改的那一个。"] == error_lines(
        result.stderr
    )
    assert 1 == asked(result.stderr, r"把“本科”改为")
    assert "学历: 本科(相关专业)、硕士" == reviews(result.stderr)[-1][0]
    assert ["bachelor", "master"] == [d["education"] for d in given_diplomas(report["facts"])]
    assert {4: "eligible", 3: "undetermined", 2: "undetermined", 1: "undetermined"} == verdicts(
        report
    )


def test_a_diploma_changed_at_the_review_can_be_taken_out() -> None:
    """删除 at the diploma changed takes it out: the 大专 (不相关) alone, 三级 not eligible."""
    result, report = ask_json([*TWO_DIPLOMAS, "1", "1", "删除", CONFIRM])
    assert "学历: 大专/高职(不相关专业)" == reviews(result.stderr)[-1][0]
    assert ["associate"] == [d["education"] for d in given_diplomas(report["facts"])]
    assert "not_eligible" == verdicts(report)[3]


@pytest.mark.parametrize("word", ["删除", "删掉", "delete"])
def test_the_only_diploma_changed_at_the_review_can_be_taken_out(word: str) -> None:
    """删除 at the only diploma asked again from the review was "not one of the choices": it
    takes it out, and the diplomas are then not given (as 不知道 makes them), said under the
    question. REVIEW_A's 大专 taken out: the 四级 held; 三级 turns on a diploma (G1, 3-1,
    3-2): undetermined; 二级 and 一级 need a 三级 and a 二级 certificate."""
    result, report = ask_json([*REVIEW_A, "1", word, CONFIRM])
    assert [] == error_lines(result.stderr)
    *_, again = showings(result.stderr, Q_EDUCATION)
    assert any("其实没有这个学历:输入“删除”" in line for line in again)
    assert "学历: 未提供" == reviews(result.stderr)[-1][0]
    assert [] == given_diplomas(report["facts"])
    assert {4: "held", 3: "undetermined", 2: "not_eligible", 1: "not_eligible"} == verdicts(report)


def test_back_to_a_diploma_taken_out_says_enter_takes_it_out_again() -> None:
    """删除 at the 大专 changed, then 返回 at the review: the 大专 is asked again, Enter giving
    删除, the answer before, and only that is said of Enter (not also "直接回车,保留这个学历",
    which Enter then did not do). Enter: the 技工学校 alone; 3-1 and 3-2 unmet (neither a
    senior technical school nor a 大专): 三级 not eligible, 四级 held."""
    result, report = ask_json([*TWO_DIPLOMAS, "1", "2", "删除", "返回", SKIP, CONFIRM])
    first, again = showings(result.stderr, Q_CHANGE_ASSOCIATE)
    keeps = "不想修改:直接回车,保留这个学历;其实没有这个学历:输入“删除”,去掉它。"
    assert keeps in first
    assert BEFORE.format(answer="删除") in again
    assert keeps not in again
    assert "学历: 技工学校(相关专业)" == reviews(result.stderr)[-1][0]
    assert {4: "held", 3: "not_eligible", 2: "not_eligible", 1: "not_eligible"} == verdicts(report)


def test_back_to_a_question_changed_at_the_review_says_only_what_enter_gives() -> None:
    """3 years changed to 5 at the review, then 返回 there: the years are asked again with 5
    for Enter, and not also "直接回车,保留原来的回答" (the 3 the answers stand at once gone
    back before the change): Enter gives 5, which the review then shows."""
    result = run([*TWO_DIPLOMAS, "2", "5", "返回", SKIP, CONFIRM])
    *_, again = showings(result.stderr, Q_EXPERIENCE)
    assert BEFORE.format(answer="5") in again
    assert not any("保留原来的回答" in line for line in again)
    assert "从业年限: 5 年" == reviews(result.stderr)[-1][1]


def test_enter_at_which_diploma_keeps_them_all() -> None:
    """Enter at "which diploma?" keeps both, as they were."""
    result = run([*TWO_DIPLOMAS, "1", SKIP, CONFIRM])
    assert 1 == asked(result.stderr, Q_WHICH_DIPLOMA)
    first, second = reviews(result.stderr)
    assert first == second


def test_dont_know_at_which_diploma_makes_them_unknown() -> None:
    """不知道 at "which diploma?" makes the diplomas unknown, as at any question asked again;
    三级 turns on a diploma then: undetermined."""
    result, report = ask_json([*TWO_DIPLOMAS, "1", "不知道", CONFIRM])
    assert 1 == asked(result.stderr, Q_WHICH_DIPLOMA)
    assert "学历: 未提供" == reviews(result.stderr)[-1][0]
    assert "undetermined" == verdicts(report)[3]


def test_a_diploma_is_added_at_the_review_without_typing_the_others() -> None:
    """再加一个 adds a 技师学院 (Enter: no other after it): with the 四级, 3-1 makes 三级
    eligible."""
    result, report = ask_json([*TWO_DIPLOMAS, "1", "再加一个", "技师学院", SKIP, CONFIRM])
    assert 1 == asked(result.stderr, Q_EDUCATION)
    assert (
        "学历: 技工学校(相关专业)、大专/高职(不相关专业)、技师学院/预备技师班"
        == reviews(result.stderr)[-1][0]
    )
    assert "eligible" == verdicts(report)[3]


# --- English ---------------------------------------------------------------------------------


def chinese_outside_parentheses(line: str) -> bool:
    """Whether ``line`` has Chinese text that is not a name in (ASCII) parentheses."""
    return bool(CJK.search(re.sub(r"\([^()]*\)", "", line)))


def chinese_punctuation(line: str) -> bool:
    """Whether ``line`` has Chinese (full-width) punctuation anywhere."""
    return bool(re.search(r"[\u3000-\u303f\uff00-\uffef]", line))


# 本科 related, a final-year student: the review shows the diploma with two remarks.
# 3.5 years: training left out (4-1 met). 四级 and 三级 held; the years since the 三级
# (at most 2.83) cannot reach the 4 of 2-1, and the direction changes nothing held.
EN_ANSWERS = ["bachelor", "related", "yes", "no", "3.5", "4 2020-01-01, 3 2024-01-10", CONFIRM]


def en_conversation(how: str) -> tuple[list[str], list[str], list[str]]:
    """(questions and hints, choices and examples, review lines) of an English run."""
    if how == "--lang en":
        result = run(EN_ANSWERS, "--lang", "en", lang="zh")
    else:
        result = run(EN_ANSWERS, lang="en")
    asking, _, review = result.stderr.partition("Your answers")
    lines = [line for line in asking.splitlines() if line.strip()]
    questions_ = [line for line in lines if not line[0].isspace()]
    choices = [line for line in lines if line[0].isspace()]
    return questions_, choices, review.splitlines()


@pytest.mark.parametrize(
    ("answers", "fact", "expected"),
    [
        # then: another diploma, experience, training, certificates, direction
        pytest.param(
            ["senior high school", *[SKIP] * 5, CONFIRM], "education", "senior_high", id="diploma"
        ),
        # then: final-year student, another diploma, experience, training, certificates,
        # direction
        pytest.param(
            ["bachelor", "a related major", *[SKIP] * 6, CONFIRM], "major", "related", id="major"
        ),
        pytest.param(
            [*[SKIP] * 4, "live-streaming operation", CONFIRM],
            "direction",
            "live_streaming",
            id="direction",
        ),
    ],
)
def test_english_choice_typed_by_its_shown_name(
    answers: list[str], fact: str, expected: str
) -> None:
    """Under --lang en a choice typed as the list names it is taken (the hint invites names)."""
    result = ask(answers, "--format", "json", "--lang", "en")
    assert [] == error_lines(result.stderr)
    check_flow(result, answers)
    report = json.loads(result.stdout)
    assert expected == (report["direction"] if fact == "direction" else report["facts"][fact])


@pytest.mark.parametrize("how", ["--lang en", "MEDIAOPS_LANG=en"])
def test_english_questions_have_no_chinese(how: str) -> None:
    """In English the questions and hints carry no Chinese but names in parentheses."""
    questions_, choices, _ = en_conversation(how)
    assert [] == [line for line in questions_ if chinese_outside_parentheses(line)]
    assert any("Your diploma" in line for line in questions_)
    assert any("How many years have you worked" in line for line in questions_)
    assert any("bachelor" in line for line in choices)


def test_english_title_examples_are_english() -> None:
    """template-2023 under --lang en: the title question's examples are English words that
    it reads (they were 初级 / 中级 / 高级 / 无), on one line: they were numbered, and a
    number typed was refused."""
    answers = ["3", "no", "6", SKIP, "intermediate 2020-01-01 corresponding", SKIP, CONFIRM]
    result, report = ask_json(answers, "--edition", "template-2023", "--lang", "en")
    assert "  junior / intermediate / senior / none" in block(
        result.stderr, "Do you hold a professional title"
    )
    assert [] == error_lines(result.stderr)
    assert "intermediate" == report["facts"]["titles"][0]["level"]


@pytest.mark.parametrize(
    ("lang", "expected"), [("zh", "不在可选范围内"), ("en", "not one of the choices")]
)
def test_a_word_that_is_no_choice_points_to_the_choices(lang: str, expected: str) -> None:
    """A word that names no diploma is answered by pointing to the numbered choices shown
    above (it listed ids with their Chinese names, in English too), and asked again."""
    answers = ["kindergarten", "3", "否" if lang == "zh" else "no", "10", SKIP, SKIP, CONFIRM]
    result, report = ask_json(answers, "--lang", lang)
    (error,) = error_lines(result.stderr)
    assert "“kindergarten”" in error
    assert expected in error
    assert "1–11" in error
    assert "below_junior" not in error
    assert "senior_high" == report["facts"]["education"]


def test_english_choices_have_no_chinese() -> None:
    """In English every choice, numbered or an example, is worded in English."""
    _, choices, _ = en_conversation("--lang en")
    assert "  level 4 / level 3 / level 2 / level 1 / none" in choices
    assert [] == [line for line in choices if chinese_outside_parentheses(line)]


def test_english_review_has_no_chinese_punctuation() -> None:
    """In English the review of the answers uses no Chinese punctuation."""
    _, _, review = en_conversation("--lang en")
    assert any("Diplomas: bachelor" in line for line in review)
    assert any("Certificates: level 4 2020-01-01, level 3 2024-01-10" in line for line in review)
    assert [] == [line for line in review if chinese_outside_parentheses(line)]
    assert [] == [line for line in review if chinese_punctuation(line)]


# --- plan -i ---------------------------------------------------------------------------------

# 大专 related, 2 years, training skipped (4-2 decides 四级 today), 四级 2025-06-01, the
# years since it skipped (they move 三级's date); the direction moves nothing: not asked.
PLAN_ANSWERS = ["大专", "相关", "否", "否", "2", SKIP, "四级 2025-06-01", SKIP, CONFIRM]


def test_plan_interactive_keeps_questions_off_stdout() -> None:
    """``plan -i`` asks on stderr and prints only the plan, built on the answers, on stdout."""
    result = run(PLAN_ANSWERS, "--format", "json", command="plan")
    assert 0 == result.exit_code, result.stderr
    plan = json.loads(result.stdout)
    levels = {lv["level"]: (lv["status"], lv["date"], lv["pathway"]) for lv in plan["levels"]}
    # 4: held. 3: 3-2 (大专 related, 四级) needs 2 years after 2025-06-01, working on from
    # then: 2027-06-01 (the 2 years in total then 2.5, no cap). 2: the 三级 comes 3 months
    # later (2027-09-01), 4 years after it: 2031-09-01. 1: 二级 2031-12-01 + 4: 2035-12-01.
    assert {
        4: ("held", None, None),
        3: ("later", "2027-06-01", "3-2"),
        2: ("later", "2031-09-01", "2-1"),
        1: ("later", "2035-12-01", "1-1"),
    } == levels
    assert 1 == asked(result.stderr, Q_EDUCATION)
    assert 1 == asked(result.stderr, Q_REVIEW)


def test_plan_interactive_table_has_no_questions() -> None:
    """``plan -i`` as a table: the questions stay on stderr."""
    result = run(PLAN_ANSWERS, command="plan")
    assert 0 == result.exit_code, result.stderr
    assert "2027-06-01" in result.stdout
    for text in (Q_EDUCATION, Q_REVIEW, "›"):
        assert not re.search(text, result.stdout)


@pytest.mark.parametrize(
    ("training", "expected"),
    [("四级", ("later", "2027-05-27", "4-2")), ("无", ("later", "2029-05-27", "4-1"))],
)
def test_plan_interactive_asks_what_changes_a_date(training: str, expected: Any) -> None:
    """``plan -i`` asks the training when it would bring a level's date forward."""
    # 高中, 0.5 years: today no training changes a verdict (4-2 needs 1 year), so check -i
    # leaves it out, but with a 四级 training 4-2 opens at 1 year (2027-05-27) instead of
    # 4-1 at 3 (2029-05-27). Then certificates and direction, skipped.
    answers = ["高中", "否", "0.5", training, SKIP, SKIP, CONFIRM]
    result = run(answers, "--format", "json", command="plan")
    assert 1 == asked(result.stderr, Q_TRAINING)
    plan = json.loads(result.stdout)
    (four,) = [
        (lv["status"], lv["date"], lv["pathway"]) for lv in plan["levels"] if lv["level"] == 4
    ]
    assert expected == four


def test_plan_interactive_says_nothing_of_a_question_it_did_not_ask() -> None:
    """A list the questions left out (its answer could change nothing) is not said to be
    unanswered: the plan said "未回答的培训、证书或职称按没有计" after never asking it.

    大专 related, 5 years: 4-1 opens 四级 now, and the summary's only training (四级, 4-2)
    would change no verdict nor date: the training is not asked. Certificates: none. The
    summary reads no titles (not asked). Direction skipped. So no note on lists not given,
    and none at all (experience and certificates given, nothing else assumed).
    """
    answers = ["大专", "相关", "否", "否", "5", "无", SKIP, CONFIRM]
    result = run(answers, "--format", "json", command="plan")
    assert 0 == asked(result.stderr, Q_TRAINING)
    assert [] == json.loads(result.stdout)["notes"]
    table = run(answers, command="plan")
    assert "按没有计" not in table.stdout
    assert "未回答" not in table.stdout


# --- end of input ----------------------------------------------------------------------------


def test_end_of_input_at_a_question_leaves_quietly() -> None:
    """When the input ends in the middle of the questions the run is cancelled, not crashed."""
    result = ask(["本科"])
    assert 130 == result.exit_code
    assert "已取消" in result.stderr
    assert "内部错误" not in result.stderr
    assert "Traceback" not in result.stderr
    assert "" == result.stdout


# --- answers pasted on several lines ----------------------------------------------------------


class PastedTerminal:
    """A terminal whose answers may hold several lines, as a paste into the prompt brings
    them (prompt_toolkit keeps a bracketed paste's line breaks in the answer)."""

    def __init__(self, answers: list[str]) -> None:
        self.answers = list(answers)
        self.said: list[str] = []
        self.hangs: list[int] = []  # the hanging indent each line said was given
        self.typed = True  # a person types them: ? asks for help

    def say(self, text: str = "", style: str = "", hang: int = 0) -> None:
        self.said.append(text)
        self.hangs.append(hang)

    def read(self, choices: list[str]) -> str:
        if not self.answers:
            raise FlowError("more questions than answers")
        return self.answers.pop(0)


def pasted(answers: list[str]) -> tuple[Questionnaire, PastedTerminal]:
    term = PastedTerminal(answers)
    return Questionnaire(term, "zh", date(2026, 11, 27), load_ruleset()), term  # type: ignore[arg-type]


def test_pasted_lines_are_shown_on_one_line_when_refused() -> None:
    """Two lines pasted at the years (“很多” and “年”) are refused showing “很多 年”, never a
    ``\\n``; the answer typed next (3) is taken."""
    q, term = pasted(["很多\n年", "3"])
    q.ask_experience()
    errors = [line for line in term.said if "不是有效的年数" in line]
    assert 1 == len(errors), term.said
    assert "“很多 年”" in errors[0]
    assert "\\n" not in "".join(term.said)
    assert 3.0 == q.answers.experience


@pytest.mark.parametrize(
    ("answer", "levels"),
    [
        ("四级。\n三级。", [4, 3]),  # each line copied as a sentence, with its full stop
        ("\n四级\n\n三级\n", [4, 3]),  # blank lines around and between
        ("四级 2024-01-10。\n三级 2025-01-01。", [4, 3]),
    ],
)
def test_certificates_pasted_on_several_lines_are_each_taken(
    answer: str, levels: list[int]
) -> None:
    """Certificates pasted one a line, each perhaps ending in a full stop, are each taken."""
    q, term = pasted([answer])
    q.ask_certificates()
    assert not [line for line in term.said if "无法识别" in line], term.said
    assert levels == [c["level"] for c in q.answers.certificates or []]


def test_years_pasted_on_two_lines_are_read_as_one() -> None:
    """“3年。” and “6个月。” on two lines read as one answer: 3.5 years."""
    q, term = pasted(["3年。\n6个月。"])
    q.ask_experience()
    assert 3.5 == q.answers.experience, term.said


def test_a_number_pasted_with_a_line_break_at_the_review_is_shown_on_one_line() -> None:
    """At the review, “1” and “2” pasted on two lines are out of range, shown as “1 2”."""
    q, term = pasted(["1\n2", ""])
    q.review()
    errors = [line for line in term.said if "1 2" in line]
    assert errors, term.said
    assert "\\n" not in "".join(term.said)


@pytest.mark.parametrize(
    "twice",
    [
        "四级 2025-06-01，四级 2024-01-10",
        "四级 2024-01-10，四级 2025-06-01",
        "四级，四级 2024-01-10",
    ],
)
def test_one_level_given_twice_with_two_dates_is_asked_again(twice: str) -> None:
    """Two 四级 certificates of different dates in one answer were read as the last one
    alone, so the order decided the verdict (2024-01-10: 3-2's 2 years are worked; 2025-06-01:
    not yet); --cert refuses them: the question says so and asks again."""
    answers = ["大专", "相关", "否", "否", "5", twice, "四级 2024-01-10", SKIP, CONFIRM]
    result, report = ask_json(answers)
    errors = error_lines(result.stderr)
    assert 1 == len(errors), errors
    assert "四级证书出现了两次且信息不同" in errors[0]
    assert asked_again_at_once(result.stderr, Q_CERTS, errors[0])
    assert [(4, "2024-01-10")] == fact_of(report, result, "certs")
    # 3-2: 四级 held 2.88 years (continuous work since it, under the 5 years), 大专 related
    assert {4: "held", 3: "eligible", 2: "not_eligible", 1: "not_eligible"} == verdicts(report)


@pytest.mark.parametrize(
    "twice",
    ["中级 2020-01-01 对应,中级 2021-01-01 对应", "中级 2020-01-01 对应、中级 2020-01-01 不对应"],
)
def test_one_title_given_twice_differently_is_asked_again(twice: str) -> None:
    """template-2023: two 中级 titles that differ in one answer were both kept and the
    contradiction told as one with the answers before it; --title says which title is given
    twice: so does the question, and asks again. The same title twice is one."""
    answers = ["高中", "否", "6", SKIP, twice, "中级 2020-01-01 对应", SKIP, CONFIRM]
    result, report = ask_json(answers, "--edition", "template-2023")
    errors = error_lines(result.stderr)
    assert 1 == len(errors), errors
    assert "中级职称出现了两次且信息不同" in errors[0]
    assert asked_again_at_once(result.stderr, r"是否取得职称", errors[0])
    titles = report["facts"]["titles"]
    assert [("intermediate", "2020-01-01", True)] == [
        (t["level"], t["date"], t["corresponding"]) for t in titles
    ]
    same = ["高中", "否", "6", SKIP, "中级 2020-01-01 对应,中级 2020-01-01 对应", SKIP, CONFIRM]
    result, report = ask_json(same, "--edition", "template-2023")
    assert [] == error_lines(result.stderr)
    assert 1 == len(report["facts"]["titles"])


@pytest.mark.parametrize(
    ("lang", "other", "said"),
    [
        ("zh", "数据分析", "“数据分析”不在可选范围内"),
        ("en", "data analysis", "“data analysis” is not one of"),
    ],
)
def test_the_direction_question_offers_the_directions_of_the_rules(
    lang: str, other: str, said: str
) -> None:
    """A ``--rules`` file listing one direction (创意策划) was asked about all five, and 数据分析,
    which its levels know nothing of, was taken. Its one direction is listed; another, by
    name or number, is out of range."""
    data = load_ruleset().model_dump()
    data["directions"] = data["directions"][:1]
    term = PastedTerminal([other, "2", "1"])
    rules = type(load_ruleset()).model_validate(data)
    q = Questionnaire(term, lang, date(2026, 11, 27), rules)  # type: ignore[arg-type]
    q.ask_direction()
    assert 1 == sum(1 for line in term.said if ROW.match(line))
    assert 2 == sum(1 for line in term.said if said in line or "“2”" in line)
    assert "creative_planning" == q.answers.direction.value


@pytest.mark.parametrize(
    ("lang", "hint", "skip_hint"),
    [("zh", "是/否;回车表示没有", "回车跳过"), ("en", "yes/no; Enter for no", "Enter to skip")],
)
def test_the_other_diploma_question_says_enter_means_none(
    lang: str, hint: str, skip_hint: str
) -> None:
    """还有其他学历吗 said "是/否,回车跳过", though Enter there means no other diploma (not
    "not known", as elsewhere): its hint says so."""
    result = ask(["高中" if lang == "zh" else "senior high", ""], lang=lang)
    question = Q_ANOTHER if lang == "zh" else r"Do you hold another diploma"
    shown = block(result.stderr, question)
    assert hint in shown
    assert not any(skip_hint in line for line in shown)


# --- the years of experience said as a bound -------------------------------------------------


@pytest.mark.parametrize(
    ("said", "row", "bound", "four"),
    [
        # at least 3 years, fewer than 4: 4-1's 3 years met
        ("三年多", "3 年以上、不到 4 年(回答:“三年多”)", (3.0, 4.0, True), "eligible"),
        ("3年以上", "至少 3 年(回答:“3年以上”)", (3.0, None, False), "eligible"),
        ("至少3年", "至少 3 年(回答:“至少3年”)", (3.0, None, False), "eligible"),
        # fewer than 1 year: 4-1 (3 years) and 4-2 (1 year) unmet, 4-3 needs a technical
        # school
        ("不到1年", "不到 1 年(回答:“不到1年”)", (0.0, 1.0, True), "not_eligible"),
    ],
)
def test_years_said_as_a_bound_are_read_as_a_sheet_reads_them(
    said: str, row: str, bound: tuple[float, float | None, bool], four: str
) -> None:
    """A bound at the years (三年多, 3年以上, 至少3年, 不到1年) was refused as a guess, though
    a sheet's cell reads it and 三年多 settles 4-1: read as the cell is, the review shows it
    with what was typed, and the report gives it as the experience's bound. 高中 (no other
    diploma), the certificates and the direction skipped."""
    result, report = ask_json(["高中", "否", said, SKIP, SKIP, CONFIRM])
    assert [] == error_lines(result.stderr)
    assert f"从业年限: {row}" == reviews(result.stderr)[-1][1]
    fewest, most, below = bound
    assert {"fewest": fewest, "most": most, "below": below} == report["facts"]["experience_bound"]
    assert report["facts"]["experience_years"] is None
    assert four == verdicts(report)[4]


def test_a_range_with_both_ends_the_same_is_the_years_exactly() -> None:
    """2-2年 is 2 years, as a sheet's cell reads it: the review showed "2 至 2 年" and the
    report a bound. 2 years: 4-1's 3 not met; 4-2 (1 year and a 四级 training) asks for the
    training, answered 无; the certificates and the direction skipped."""
    result, report = ask_json(["高中", "否", "2-2年", "无", SKIP, SKIP, CONFIRM])
    assert "从业年限: 2 年" == reviews(result.stderr)[-1][1]
    assert report["facts"]["experience_bound"] is None
    assert 2.0 == report["facts"]["experience_years"]
    assert "not_eligible" == verdicts(report)[4]


def test_a_bound_of_years_is_shown_in_english() -> None:
    """over 3 years: at least 3, 四级 eligible by 4-1."""
    answers = ["senior high", "no", "over 3 years", SKIP, SKIP, CONFIRM]
    result = run(answers, "--format", "json", lang="en")
    rows = reviews(result.stderr, r"Your answers")
    assert "Experience: at least 3 years (answered “over 3 years”)" == rows[-1][1]
    assert "eligible" == verdicts(json.loads(result.stdout))[4]


def test_a_bound_of_years_changed_at_the_review_to_exact_years() -> None:
    """三年多, then 2 at the review: exact years replace the bound (2 < 3: 4-1 unmet, 4-2
    needs a training, which is then asked: 无)."""
    result, report = ask_json(["高中", "否", "三年多", SKIP, SKIP, "2", "2", "无", CONFIRM])
    assert "从业年限: 2 年" == reviews(result.stderr)[-1][1]
    assert report["facts"]["experience_bound"] is None
    assert 2.0 == report["facts"]["experience_years"]
    assert "not_eligible" == verdicts(report)[4]


# --- what Enter does, as each hint says it -----------------------------------------------------


@pytest.mark.parametrize(
    ("answers", "question", "hint", "answer"),
    [
        # 返回 at the years: 还有其他学历吗 again, its 否 Enter's (it said "回车表示没有")
        (["高中", "否", "返回", SKIP, "5"], Q_ANOTHER, "是/否;回车保留上次的回答", "否"),
        # 返回 at the certificates: the years again, 5 Enter's (it said "回车跳过")
        (
            ["高中", "否", "5", "返回", SKIP],
            Q_EXPERIENCE,
            "如 3、3.5、三年、3年半、3年6个月;没有请输入 0 或“无”;回车保留上次的回答",
            "5",
        ),
    ],
)
def test_a_question_gone_back_to_says_enter_gives_the_answer_before(
    answers: list[str], question: str, hint: str, answer: str
) -> None:
    """Gone back to, a question offers its answer before for Enter; its hint said Enter
    skipped it (or said no other diploma): it says Enter keeps the answer before. 高中 and 5
    years, the certificates and the direction skipped: 四级 eligible by 4-1."""
    result, report = ask_json([*answers, SKIP, SKIP, CONFIRM])
    first, again = showings(result.stderr, question)
    assert hint not in first
    assert hint == again[0]
    assert BEFORE.format(answer=answer) in again
    assert not any("回车跳过" in line or "回车表示没有" in line for line in again)
    assert "eligible" == verdicts(report)[4]


def test_the_other_diploma_says_enter_means_none() -> None:
    """At the other diploma (after 是 at 还有其他学历吗) Enter says there is none, as its
    help said; its hint said "回车跳过": it says "回车表示没有"."""
    result = run(["高中", "是", SKIP, "5", SKIP, SKIP, CONFIRM])
    shown = block(result.stderr, r"另一个学历")
    assert "输入编号或名称;回车表示没有" in shown
    assert not any("回车跳过" in line for line in shown)
    assert "学历: 高中" == reviews(result.stderr)[-1][0]


# --- a diploma's type changed: the answers of the diploma before ------------------------------


@pytest.mark.parametrize(
    ("major", "four"),
    [
        # 0 years: 4-1 and 4-2 unmet; 4-3 turns on the 技工学校's major
        (SKIP, "undetermined"),
        ("不相关", "not_eligible"),
        ("相关", "eligible"),
    ],
)
def test_a_major_of_another_type_is_not_kept_unseen(major: str, four: str) -> None:
    """本科 (相关), 5 years (4-1 met), no certificate; at the review the diploma becomes a
    技工学校: with 5 years its major can change nothing, so it is not asked, and the 本科's
    相关 stayed with it unseen; the years then changed to 0, 4-3 decided 四级 by it
    (eligible). The 本科's answers are dropped where not asked: the 技工学校's major is asked
    once the years make it matter, and decides 四级 as answered."""
    answers = ["本科", "相关", "否", "否", "5", "无", SKIP, "1", "技工学校", SKIP]
    result, report = ask_json([*answers, "2", "0", major, CONFIRM])
    _, changed, _ = reviews(result.stderr)
    assert "学历: 技工学校" == changed[0]
    assert "专业相关性" in left_out(result.stderr, 1)
    assert 1 == asked(result.stderr, r"技工学校所学专业")
    assert four == verdicts(report)[4]


def test_a_diploma_changed_to_one_without_a_major_drops_the_major() -> None:
    """REVIEW_A's 大专 (相关) typed again as 高中: no clause reads a 高中's major, which is not
    asked; the review showed "高中(相关专业)". 3-2 needs a 大专 or above: 三级 not eligible."""
    result, report = ask_json([*REVIEW_A, "1", "高中", SKIP, CONFIRM])
    assert "学历: 高中" == reviews(result.stderr)[-1][0]
    assert report["facts"]["major"] is None
    assert "not_eligible" == verdicts(report)[3]


def test_a_major_of_another_type_is_offered_naming_it() -> None:
    """本科 (不相关), 1 year, no certificate; typed again as 技工学校, whose major decides 4-3:
    asked, the 本科's answer offered for Enter, naming the 本科 (it was taken without a
    word). Enter: 不相关, 4-3 unmet; 4-2 turns on the training, skipped: undetermined."""
    answers = ["本科", "不相关", "否", "1", SKIP, "无", SKIP, "1", "技工学校", SKIP, SKIP]
    result, report = ask_json([*answers, CONFIRM])
    *_, again = showings(result.stderr, r"技工学校所学专业")
    assert "改之前的“本科”的回答:不相关专业。直接回车沿用,或输入新的回答。" in again
    assert "学历: 技工学校(不相关专业)" == reviews(result.stderr)[-1][0]
    assert "undetermined" == verdicts(report)[4]


def test_choices_wrapped_hang_under_their_text() -> None:
    """A numbered choice, and a line of examples, too long for the terminal go on under
    their text, not at the left edge under their number (``Terminal.say``'s ``hang``)."""
    from mediaops.ui.questionnaire import _wrapped

    q, term = pasted([])
    q._show_how(None, ["一个很长的选项" * 3, "二"], numbered=True)
    q._show_how(None, ["四级", "三级"], numbered=False)
    assert [6, 6, 2] == term.hangs
    # 6 + 42 cells: at 40 columns (39 used, as the tables leave the last) 16 characters
    # (32 cells) after the mark, then the 5 left under them
    long = "   1) " + "一个很长的选项" * 3
    assert ["   1) 一个很长的选项一个很长的选项一个", "      很长的选项"] == _wrapped(
        long, 40, 6
    ).splitlines()
    english = "   1) technician college (this major), associate degree (college)"
    assert [
        "   1) technician college (this major),",
        "      associate degree (college)",
    ] == _wrapped(english, 40, 6).splitlines()
