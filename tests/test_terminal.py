"""The questions of ``mediaops check`` typed at a real terminal (a pseudo-terminal, pexpect).

Each session types as a person does: characters, the left arrow, backspace
over Chinese characters, Enter, Ctrl-C. The pseudo-terminal answers the
cursor-position request (``ESC [6n``) that prompt_toolkit sends before each
prompt, as a terminal emulator does; a prompt is ready to type into once the
cursor is shown again (``ESC [?25h``).

Every expected verdict was worked out by hand from SPEC §1 and
rules/all-media-operator.toml for the evaluation date 2026-11-27.
"""

from __future__ import annotations

import io
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest

from test_interactive import table_verdicts

pexpect = pytest.importorskip("pexpect")

# Real pseudo-terminal sessions take about a second each: run by .ci/run, not by
# the quick-start command.
pytestmark = pytest.mark.slow

AS_OF = "2026-11-27"
#: Seconds to wait for a prompt: far more than any question takes, short enough that a
#: prompt that never comes fails the test quickly.
TIMEOUT = 10
#: The pause between two keys (a word typed counts as one), as a person types.
KEY_GAP = 0.01
LEFT = "\x1b[D"
BACKSPACE = "\x7f"
ENTER = "\r"
CTRL_C = "\x03"
CTRL_D = "\x04"
CPR_REQUEST = r"\x1b\[6n"
CURSOR_SHOWN = r"\x1b\[\?25h"
ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])")
Q_EDUCATION = "你的学历"
Q_MAJOR = "所学专业与全媒体运营的相关性"
Q_GRADUATING = "在校应届毕业生?"
Q_ANOTHER = "还有其他学历吗"
# (the years-since question ends with it too: "取得四级证书后,累计从事…"; no session here
# waits for the experience after that question)
Q_EXPERIENCE = "累计从事本职业或相关职业多少年?"
Q_TRAINING = "已完成哪些等级的正规培训"
Q_CERTS = "持有哪些本职业或相关职业的证书"
Q_DIRECTION = "报考的职业方向"
Q_REVIEW = "你的回答"
TITLE = "全媒体运营师 报考资格"


def terminal_env() -> dict[str, str]:
    """The environment of a person's terminal: UTF-8, Chinese, 100 × 40, no debug tracebacks."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("LC_ALL", "LC_CTYPE", "MEDIAOPS_DEBUG", "FORCE_COLOR", "NO_COLOR")
    }
    env.update(LANG="C.UTF-8", MEDIAOPS_LANG="zh", COLUMNS="100", LINES="40", TERM="xterm")
    return env


def _can_spawn() -> bool:
    try:
        child = pexpect.spawn(sys.executable, ["-c", "print('ok')"], timeout=TIMEOUT)
        child.expect(pexpect.EOF)
        child.close()
    except (OSError, pexpect.ExceptionPexpect):
        return False
    return child.exitstatus == 0


if not _can_spawn():
    pytest.skip("pexpect cannot spawn a pseudo-terminal here", allow_module_level=True)


def plain(text: str) -> str:
    """Terminal output as the person reads it: no escape sequences, no carriage returns."""
    return ANSI.sub("", text).replace("\r", "")


class Session:
    """One run of a command in a pseudo-terminal, 100 columns by 40 rows."""

    #: The sessions of the running test, ended at its teardown even when it fails.
    open: ClassVar[list[Session]] = []

    def __init__(
        self, command: str, args: list[str], cwd: Path, env: dict[str, str] | None = None
    ) -> None:
        """``env``: variables set besides (or instead of) those of :func:`terminal_env`."""
        self.log = io.StringIO()
        self.child: Any = pexpect.spawn(
            command,
            args,
            env={**terminal_env(), **(env or {})},
            cwd=str(cwd),
            encoding="utf-8",
            dimensions=(40, 100),
            timeout=TIMEOUT,
        )
        self.child.logfile_read = self.log
        self.child.delaybeforesend = None  # each key waits for its prompt instead
        Session.open.append(self)

    @classmethod
    def check(cls, cwd: Path, *args: str, env: dict[str, str] | None = None) -> Session:
        """``python -m mediaops check --as-of 2026-11-27 ARGS``."""
        argv = ["-m", "mediaops", "check", "--as-of", AS_OF, *args]
        return cls(sys.executable, argv, cwd, env)

    def prompt(self) -> None:
        """Wait until the next prompt is ready to type into (answering its position request)."""
        self.child.expect(CPR_REQUEST)
        self.child.send("\x1b[20;1R")
        self.child.expect(CURSOR_SHOWN)

    def question(self, text: str) -> None:
        """Wait for the question ``text`` and its prompt."""
        self.child.expect_exact(text)
        self.prompt()

    def answer(self, question: str, *keys: str) -> None:
        """At ``question``, press ``keys`` one group at a time, then Enter."""
        self.question(question)
        self.type(*keys, ENTER)

    def type(self, *keys: str) -> None:
        """Press keys: each argument is one burst (a word typed, or one key), a moment apart."""
        for key in keys:
            self.child.send(key)
            time.sleep(KEY_GAP)

    def enter_until(self, *ends: str) -> int:
        """Press Enter at every prompt until one of ``ends`` shows (or the run ends)."""
        patterns = [CPR_REQUEST, *[re.escape(e) for e in ends], pexpect.EOF]
        for _ in range(20):
            found = self.child.expect(patterns)
            if found != 0:
                return int(found)
            self.child.send("\x1b[20;1R")
            self.child.expect(CURSOR_SHOWN)
            self.child.send(ENTER)
        raise AssertionError("more than 20 prompts")

    def finish(self) -> int:
        """Wait for the end of the run; its exit status."""
        self.child.expect(pexpect.EOF)
        self.child.wait()  # reaped: close() then need not wait for it to exit
        self.child.delayafterclose = 0
        self.child.close()
        return int(self.child.exitstatus if self.child.exitstatus is not None else -1)

    @property
    def screen(self) -> str:
        """Everything shown so far, as text."""
        return plain(self.log.getvalue())


@pytest.fixture(autouse=True)
def _end_sessions() -> Iterator[None]:
    """End the test's sessions (a failed expect leaves its child running)."""
    yield
    while Session.open:
        child = Session.open.pop().child
        if child.isalive():
            child.close(force=True)


def after(text: str, marker: str) -> str:
    """``text`` from the last ``marker`` on."""
    return text[text.rindex(marker) :]


def answer_bachelor_related(s: Session) -> None:
    """本科, related major, not a final-year student, no other diploma."""
    s.answer(Q_EDUCATION, "本科")
    s.answer(Q_MAJOR, "相关")
    s.answer(Q_GRADUATING, "否")
    s.answer(Q_ANOTHER, "否")


def test_backspace_over_chinese_characters(tmp_path: Path) -> None:
    """Typing 三年, two backspaces and 2 gives the answer 2 years, and its verdict."""
    s = Session.check(tmp_path)
    answer_bachelor_related(s)
    s.question(Q_EXPERIENCE)
    s.type("三年", BACKSPACE, BACKSPACE, "2", ENTER)
    # 本科 related, 2 years: 4-2 turns on the training, so it is asked: 无.
    s.answer(Q_TRAINING, "无")
    s.answer(Q_CERTS, "无")
    s.answer(Q_DIRECTION)
    s.answer(Q_REVIEW)
    status = s.finish()
    assert "从业年限: 2 年" in after(s.screen, Q_REVIEW)
    # 2 years: 4-1 (3 years) unmet; 4-2 (1 year and training) unmet, no training; 4-3 needs a
    # technical school. 3, 2, 1: no certificate. (三年 would have made 四级 eligible.)
    expected = {4: "not_eligible", 3: "not_eligible", 2: "not_eligible", 1: "not_eligible"}
    assert expected == table_verdicts(after(s.screen, TITLE))
    assert 1 == status


def test_left_arrow_then_insert(tmp_path: Path) -> None:
    """Typing 年半, two left arrows and 3 gives the answer 3年半 (3.5 years), and its verdict."""
    s = Session.check(tmp_path)
    answer_bachelor_related(s)
    s.question(Q_EXPERIENCE)
    s.type("年半", LEFT, LEFT, "3", ENTER)
    # 3.5 years: 4-1 is met whatever the training, so the next question is the certificates.
    s.answer(Q_CERTS, "无")
    s.answer(Q_DIRECTION)
    s.answer(Q_REVIEW)
    status = s.finish()
    assert "从业年限: 3.5 年" in after(s.screen, Q_REVIEW)
    # 4: 4-1 met (3.5 ≥ 3). 3, 2, 1: no certificate.
    expected = {4: "eligible", 3: "not_eligible", 2: "not_eligible", 1: "not_eligible"}
    assert expected == table_verdicts(after(s.screen, TITLE))
    assert 0 == status


def test_no_completion_at_a_question_without_choices(tmp_path: Path) -> None:
    """Tab at the years question completes nothing: it offered the major's 相关专业 (the menu
    of the question before stayed), which Tab then typed in."""
    s = Session.check(tmp_path)
    answer_bachelor_related(s)
    s.question(Q_EXPERIENCE)
    s.type("相", "\t", ENTER)
    s.child.expect_exact("不是有效的年数")
    assert "“相”" in s.screen
    assert "相关专业”" not in s.screen
    s.prompt()
    s.type("3", ENTER)
    s.answer(Q_CERTS, "无")
    s.answer(Q_DIRECTION)
    s.answer(Q_REVIEW)
    assert 0 == s.finish()


def test_invalid_answer_then_valid_one(tmp_path: Path) -> None:
    """An answer that is no number of years is explained and asked again; the next is taken."""
    s = Session.check(tmp_path)
    s.answer(Q_EDUCATION, "高中")
    s.answer(Q_ANOTHER, "否")
    s.answer(Q_EXPERIENCE, "很多年")
    s.child.expect_exact("不是有效的年数")
    s.prompt()  # the same question, asked again
    s.type("3年6个月", ENTER)
    # 3.5 years: 4-1 is met whatever the training, so the certificates come next; the
    # direction is asked (数据分析 would leave the eligible 四级 not offered).
    s.answer(Q_CERTS)
    s.answer(Q_DIRECTION)
    s.answer(Q_REVIEW)
    status = s.finish()
    error = s.screen.index("不是有效的年数")
    assert Q_CERTS not in s.screen[:error]  # refused at the question itself
    assert Q_TRAINING not in s.screen
    assert "从业年限: 3.5 年" in after(s.screen, Q_REVIEW)
    assert "--" not in s.screen[error - 80 : error + 80]  # no flag named to a person
    # 4: 4-1 (3.5 ≥ 3), G1 met by 高中. 3: 高中 meets neither 3-1 nor 3-2. 2, 1: the
    # certificates are unknown, but 4 years of work after one are more than the 3.5 worked
    # in all: unmet whatever is held.
    expected = {4: "eligible", 3: "not_eligible", 2: "not_eligible", 1: "not_eligible"}
    assert expected == table_verdicts(after(s.screen, TITLE))
    assert 0 == status


def test_a_decimal_typed_with_the_chinese_full_stop_is_read(tmp_path: Path) -> None:
    """``３。５`` typed key by key with a Chinese input method (full-width digits, its full
    stop) at the years is 3.5, as ``3.5`` is (the session of the test above, not refused)."""
    s = Session.check(tmp_path)
    s.answer(Q_EDUCATION, "高中")
    s.answer(Q_ANOTHER, "否")
    s.answer(Q_EXPERIENCE, "３", "。", "５")
    # 3.5 years: 4-1 met, the training not asked; the certificates and the direction are
    s.answer(Q_CERTS)
    s.answer(Q_DIRECTION)
    s.answer(Q_REVIEW)
    status = s.finish()
    assert "不是有效的年数" not in s.screen
    assert "从业年限: 3.5 年" in after(s.screen, Q_REVIEW)
    expected = {4: "eligible", 3: "not_eligible", 2: "not_eligible", 1: "not_eligible"}
    assert expected == table_verdicts(after(s.screen, TITLE))
    assert 0 == status


#: A paste into the terminal, as it sends it to a program that asked for bracketed paste.
PASTE_START, PASTE_END = "\x1b[200~", "\x1b[201~"


def test_lines_pasted_into_a_question(tmp_path: Path) -> None:
    """Two lines pasted at the years are refused shown on one line (“很多 年”, no ``\\n``);
    certificates pasted one a line, each with a full stop, are each taken."""
    s = Session.check(tmp_path)
    s.answer(Q_EDUCATION, "高中")
    s.answer(Q_ANOTHER, "否")
    s.answer(Q_EXPERIENCE, PASTE_START + "很多\n年" + PASTE_END)
    s.child.expect_exact("不是有效的年数")
    s.prompt()  # the same question, asked again
    s.type("10", ENTER)  # 4-1 met: the training is not asked
    s.answer(Q_CERTS, PASTE_START + "四级。\r三级。" + PASTE_END)  # a terminal sends \r
    # a 三级 without its date: the years since it decide 2-1 (4 of the 10), asked, skipped
    s.answer("取得三级证书后")
    s.answer(Q_REVIEW)
    s.finish()
    refused = s.screen.index("不是有效的年数")
    assert "“很多 年”" in s.screen[refused - 40 : refused]
    assert "\\n" not in s.screen
    assert "证书: 四级、三级" in after(s.screen, Q_REVIEW)


def test_contradiction_is_asked_again_at_once(tmp_path: Path) -> None:
    """A certificate dated after the evaluation date is refused at once and asked again."""
    s = Session.check(tmp_path)
    s.answer(Q_EDUCATION, "高中")
    s.answer(Q_ANOTHER, "否")
    s.answer(Q_EXPERIENCE, "10")  # 4-1 met: the training is not asked
    s.answer(Q_CERTS, "四级 2027-01-01")
    s.child.expect_exact("晚于评估日期")
    s.answer(Q_CERTS, "四级 2024-01-10")
    # 高中 with a 四级: neither the years since it nor the direction can change a verdict.
    s.answer(Q_REVIEW)
    status = s.finish()
    refused = s.screen.index("晚于评估日期")
    assert "2027-01-01" in s.screen[refused - 80 : refused]
    assert "证书: 四级 2024-01-10" in after(s.screen, Q_REVIEW)
    # 4: held. 3: 高中 meets neither 3-1 nor 3-2. 2, 1: no 三级/二级.
    expected = {4: "held", 3: "not_eligible", 2: "not_eligible", 1: "not_eligible"}
    assert expected == table_verdicts(after(s.screen, TITLE))
    assert 1 == status


def test_enter_everywhere_gives_an_undetermined_table(tmp_path: Path) -> None:
    """Enter at every question gives every level undetermined and lists the missing facts."""
    s = Session.check(tmp_path)
    assert 1 == s.enter_until(TITLE)
    status = s.finish()
    table = after(s.screen, TITLE)
    # nothing known: G1 unknown for every level; 4-1 unknown; certificates unknown.
    assert dict.fromkeys((4, 3, 2, 1), "undetermined") == table_verdicts(table)
    assert "待补充" in table
    assert "请提供学历" in table
    assert 1 == status


def test_redirected_stdout_gets_only_the_table(tmp_path: Path) -> None:
    """``check > out.txt`` asks on the terminal and writes only the plain table to the file."""
    command = f"{shlex.quote(sys.executable)} -m mediaops check --as-of {AS_OF} > out.txt"
    s = Session("bash", ["-c", command], tmp_path)
    s.enter_until()
    status = s.finish()
    assert Q_EDUCATION in s.screen
    assert TITLE not in s.screen
    written = (tmp_path / "out.txt").read_text(encoding="utf-8")
    assert written.startswith(TITLE)
    assert dict.fromkeys((4, 3, 2, 1), "undetermined") == table_verdicts(written)
    for text in (Q_EDUCATION, Q_REVIEW, "›", "\x1b", "\r"):
        assert text not in written
    assert 1 == status


def test_adaptive_skip(tmp_path: Path) -> None:
    """With 本科 related and 3.5 years the training is not asked, and the end says so."""
    s = Session.check(tmp_path)
    answer_bachelor_related(s)
    s.answer(Q_EXPERIENCE, "3.5")
    # 4-1 is met at 3.5 years whatever the training; training is in no other clause.
    assert 0 == s.child.expect_exact([Q_CERTS, Q_TRAINING])
    s.prompt()
    # the levels are examples, not numbered choices: a number typed there is a level
    certs = after(s.screen, Q_CERTS)
    assert "四级 / 三级 / 二级 / 一级 / 无" in certs
    assert not re.search(r"\d\) 四级", certs)
    s.type("无", ENTER)
    s.answer(Q_DIRECTION)
    s.question(Q_REVIEW)
    not_asked = [line for line in after(s.screen, Q_REVIEW).splitlines() if "未提问" in line]
    s.type(ENTER)
    status = s.finish()
    assert 1 == len(not_asked)
    assert "正规培训" in not_asked[0]
    assert Q_TRAINING not in s.screen
    assert "eligible" == table_verdicts(after(s.screen, TITLE))[4]  # 4-1: 3.5 ≥ 3
    assert 0 == status


def test_back_goes_to_the_question_before_with_its_answer_for_enter(tmp_path: Path) -> None:
    """``ｂａｃｋ`` (full-width) at the first question: there is none before it. 返回 at the
    years, typed with a slip (返会, backspace, 回), goes back to 还有其他学历吗, its 否 shown
    dimmed in the line; Enter keeps it, and the years come again."""
    s = Session.check(tmp_path)
    s.answer(Q_EDUCATION, "ｂａｃｋ")
    s.child.expect_exact("这是第一题,前面没有可返回的题目。")
    s.prompt()
    s.type("本科", ENTER)
    s.answer(Q_MAJOR, "相关")
    s.answer(Q_GRADUATING, "否")
    s.answer(Q_ANOTHER, "否")
    s.answer(Q_EXPERIENCE, "返", "会", BACKSPACE, "回")
    s.child.expect_exact(Q_ANOTHER)
    s.child.expect_exact("上次的回答:否。直接回车保留,或输入新的回答。")
    s.prompt()
    s.type(ENTER)
    s.answer(Q_EXPERIENCE, "3")
    # 3 years: 4-1 met whatever the training (not asked); no certificate; the direction is
    # asked (数据分析 would leave 四级 not offered)
    s.answer(Q_CERTS, "无")
    s.answer(Q_DIRECTION)
    s.question(Q_REVIEW)
    review = after(s.screen, Q_REVIEW)
    s.type(ENTER)
    status = s.finish()
    assert "学历: 本科(相关专业)" in review
    assert "从业年限: 3 年" in review
    # 4: 4-1 (3 ≥ 3), G1 met by 本科. 3: 3-1 and 3-2 need a 四级 certificate: none.
    # 2, 1: no 三级 or 二级 certificate.
    expected = {4: "eligible", 3: "not_eligible", 2: "not_eligible", 1: "not_eligible"}
    assert expected == table_verdicts(after(s.screen, TITLE))
    assert 0 == status


def test_a_review_row_is_changed_by_its_place_typed_in_chinese(tmp_path: Path) -> None:
    """Enter everywhere, then 第２项 (full-width 2, as an input method types it) at the review
    asks the years again: 5 is taken and shown in the review."""
    s = Session.check(tmp_path)
    assert 1 == s.enter_until(Q_REVIEW)
    s.prompt()
    s.type("第", "２", "项", ENTER)
    s.answer(Q_EXPERIENCE, "5")
    assert 1 == s.enter_until(Q_REVIEW)  # the questions 5 years make matter, skipped
    s.prompt()
    review = after(s.screen, Q_REVIEW)
    s.type(ENTER)
    s.finish()
    assert "不在可选范围内" not in s.screen
    assert "从业年限: 5 年" in review


def test_one_of_two_diplomas_is_changed_at_the_review(tmp_path: Path) -> None:
    """大专 (相关) and 技师学院; at the review, 学历, then the first: 本科 for the 大专, whose
    相关 Enter keeps; the 技师学院 is kept without being typed again."""
    s = Session.check(tmp_path)
    s.answer(Q_EDUCATION, "大专")
    s.answer(Q_MAJOR, "相关")
    s.answer(Q_GRADUATING, "否")
    s.answer(Q_ANOTHER, "是")
    s.answer("另一个学历", "技师学院")
    assert 1 == s.enter_until(Q_REVIEW)
    s.prompt()
    s.type("学历", ENTER)
    s.answer("要修改哪一个学历", "1")
    s.answer("把“大专/高职(相关专业)”改为", "本科")
    assert 1 == s.enter_until(Q_REVIEW)
    s.prompt()
    review = after(s.screen, Q_REVIEW)
    s.type(ENTER)
    s.finish()
    assert "学历: 本科(相关专业)、技师学院/预备技师班" in review
    assert 1 == s.screen.count(Q_EDUCATION)  # the diplomas were never all asked again


@pytest.fixture(scope="module")
def ctrl_c(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, str]:
    """One run with 本 typed at the first question, then Ctrl-C: (exit status, screen)."""
    s = Session.check(tmp_path_factory.mktemp("ctrl-c"))
    s.question(Q_EDUCATION)
    s.type("本", CTRL_C)
    status = s.finish()
    return status, s.screen


def test_ctrl_c_leaves_with_130(ctrl_c: tuple[int, str]) -> None:
    """Ctrl-C at a question ends the run with status 130 and no traceback."""
    status, screen = ctrl_c
    assert 130 == status
    assert "Traceback" not in screen
    assert TITLE not in screen


def test_ctrl_c_says_it_was_cancelled(ctrl_c: tuple[int, str]) -> None:
    """Ctrl-C at a question says, briefly, that the run was cancelled."""
    _, screen = ctrl_c
    assert "已取消" in after(screen, Q_EDUCATION)


def test_ctrl_d_leaves_quietly(tmp_path: Path) -> None:
    """Ctrl-D (end of input) at an empty question cancels the run: 130, a message, no traceback."""
    s = Session.check(tmp_path)
    s.question(Q_EDUCATION)
    s.type(CTRL_D)
    status = s.finish()
    assert 130 == status
    assert "已取消" in after(s.screen, Q_EDUCATION)
    assert "内部错误" not in s.screen
    assert "Traceback" not in s.screen


def test_dumb_terminal_gets_no_escape_sequences(tmp_path: Path) -> None:
    """TERM=dumb (an editor's shell buffer, which shows escape sequences as text): the
    questions come without colours, styles or cursor movements, each answer is read as the
    terminal's own line editing gave it (本科 typed with a backspace over 学), and the table
    follows."""
    s = Session.check(tmp_path, env={"TERM": "dumb"})
    s.child.expect_exact(Q_EDUCATION)
    s.child.expect_exact("› ")
    s.type("本学", BACKSPACE, "科", ENTER)
    for question, typed in [
        (Q_MAJOR, "相关"),
        (Q_GRADUATING, "否"),
        (Q_ANOTHER, "否"),
        (Q_EXPERIENCE, "3.5"),  # 4-1 met whatever the training: the certificates come next
        (Q_CERTS, "无"),
        (Q_DIRECTION, ""),
        (Q_REVIEW, ""),
    ]:
        s.child.expect_exact(question)
        s.child.expect_exact("› ")
        s.type(typed, ENTER)
    status = s.finish()
    assert "\x1b" not in s.log.getvalue()
    assert "学历: 本科(相关专业)" in after(s.screen, Q_REVIEW)
    # 4: 4-1 met (3.5 ≥ 3). 3, 2, 1: no certificate.
    expected = {4: "eligible", 3: "not_eligible", 2: "not_eligible", 1: "not_eligible"}
    assert expected == table_verdicts(after(s.screen, TITLE))
    assert 0 == status


def test_no_color_leaves_the_questions_without_colour(tmp_path: Path) -> None:
    """NO_COLOR: the questions' choices and error messages come without colour (bold and dim
    stay, as in the table, which rich renders alike)."""
    s = Session.check(tmp_path, env={"NO_COLOR": "1"})
    s.answer(Q_EDUCATION, "幼儿园")  # no choice: an error message, then the question again
    s.child.expect_exact("不在可选范围内")
    s.prompt()
    s.type(CTRL_C)
    assert 130 == s.finish()
    shown = s.log.getvalue()
    assert "\x1b[1m" in shown  # the question, bold
    assert not re.search(r"\x1b\[(?:3[0-9]|9[0-7])m", shown), "a colour"


def test_batch_to_a_terminal_shows_control_characters_of_cells_visibly(tmp_path: Path) -> None:
    """`batch LIST -o -` on a terminal: a cell holding an escape sequence (clear the screen,
    ESC [2J), a carriage return or a bidirectional mark shows it as text (\\x1b[2J, \\r,
    \\u200f), not sent to the terminal; into a pipe or a file the cell is written as it is
    (it is the clerk's data)."""
    src = tmp_path / "in.csv"
    src.write_text(
        '编号,学历,工作年限,备注\na,大专,3,\x1b[2J清屏\x07\nb,大专,3,"x\roverwrite\u200f"\n',
        encoding="utf-8",
    )
    command = [sys.executable, "-m", "mediaops", "batch", str(src), "-o", "-", "-q"]
    child = pexpect.spawn(
        command[0], [*command[1:], "--as-of", AS_OF], env=terminal_env(), timeout=TIMEOUT,
        encoding="utf-8", cwd=str(tmp_path),
    )  # fmt: skip
    child.expect(pexpect.EOF)
    child.close()
    shown = child.before
    assert "\\x1b[2J清屏\\x07" in shown
    assert "\x1b[2J" not in shown
    assert "\x07" not in shown
    # a carriage return alone would return to the line's start and write over the verdicts
    assert "x\\roverwrite\\u200f" in shown
    assert "\roverwrite" not in shown
    piped = subprocess.run(
        [*command, "--as-of", AS_OF], capture_output=True, env=terminal_env(), check=False
    )
    assert "\x1b[2J清屏\x07" in piped.stdout.decode("utf-8")


def test_a_terminal_that_does_not_answer_the_cursor_request_is_not_warned(
    tmp_path: Path,
) -> None:
    """A terminal that does not answer prompt_toolkit's cursor-position request (an editor's
    shell, a serial console) was told, 2 s into the first question and in English,
    "WARNING: your terminal doesn't support cursor position requests (CPR)": nothing the
    candidate can act on. It is not said, and the questions go on."""
    s = Session.check(tmp_path)
    s.child.expect_exact(Q_EDUCATION)
    s.child.expect(CPR_REQUEST)  # not answered
    time.sleep(2.5)  # prompt_toolkit waits 2 s for the answer
    s.type("本科", ENTER)
    s.child.expect_exact(Q_MAJOR)
    assert "WARNING" not in s.screen
    assert "cursor position" not in s.screen


@pytest.mark.parametrize(
    "pager", ["false", "sh -c 'exit 3'", "no-such-pager-here", "true", ":", ""]
)
def test_a_guide_whose_pager_fails_or_reads_nothing_is_printed_instead(
    pager: str, tmp_path: Path
) -> None:
    """`guide` on a terminal, longer than the screen, with a pager that fails at once
    (`PAGER=false`: exit 1; a shell command ending 3), does not exist, ends well without
    reading its input (`PAGER=true`, `PAGER=:`) or is none (`PAGER=` empty): the whole guide
    is printed on stdout, its last line too, and the exit is 0. With `false` or `true` it
    showed nothing and exited 0."""
    child = pexpect.spawn(
        sys.executable, ["-m", "mediaops", "guide"], env={**terminal_env(), "PAGER": pager},
        timeout=TIMEOUT, encoding="utf-8", cwd=str(tmp_path), dimensions=(40, 100),
    )  # fmt: skip
    child.expect(pexpect.EOF)
    child.close()
    shown = plain(child.before)
    assert 0 == child.exitstatus
    assert "全媒体运营师 入门指南" in shown
    assert "算一算何时可以报考:mediaops plan;看看现在能报考哪一级:mediaops check" in shown


@pytest.mark.skipif(shutil.which("less") is None, reason="less is not installed here")
def test_a_guide_paged_by_less_and_quit_is_not_printed_after_it(tmp_path: Path) -> None:
    """`PAGER="less -R"`: the guide's first screen is shown by less; quit with q, the exit
    is 0 and the guide is not printed after it (less read the screen it showed)."""
    child = pexpect.spawn(
        sys.executable, ["-m", "mediaops", "guide"],
        env={**terminal_env(), "PAGER": "less -R"},
        timeout=TIMEOUT, encoding="utf-8", cwd=str(tmp_path), dimensions=(40, 100),
    )  # fmt: skip
    child.expect_exact("全媒体运营师 入门指南")
    child.expect(r"\r\n:")  # less's prompt, at the foot of the first screen
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()
    assert 0 == child.exitstatus
    assert "看看现在能报考哪一级" not in plain(child.before)


@pytest.mark.parametrize(
    ("lang", "answers", "row"),
    [
        (
            "en",
            ["technician college", "1", "yes", "associate", "no"],
            [
                "   1) Diplomas: technician college",
                "      (this major), associate degree",
                "      (college)",
            ],
        ),
        (
            "zh",
            ["技师学院", "1", "是", "大专", "否"],
            ["   1) 学历: 技师学院/预备技师班(本专", "      业)、大专/高职"],
        ),
    ],
)
def test_a_row_wrapped_at_40_columns_hangs_under_its_text(
    tmp_path: Path, lang: str, answers: list[str], row: list[str]
) -> None:
    """At 40 columns a numbered line too long for one (a review row, a choice) went on at
    the left edge, under its number; it goes on under its text. 技师学院 (本专业) and 大专,
    the rest skipped."""
    s = Session.check(tmp_path, env={"COLUMNS": "40", "MEDIAOPS_LANG": lang})
    s.child.setwinsize(40, 40)
    review = "Your answers" if lang == "en" else Q_REVIEW
    for text in answers:
        s.prompt()
        s.type(text, ENTER)
    assert 1 == s.enter_until(review)
    s.prompt()
    shown = after(s.screen, review).splitlines()
    s.type(ENTER)
    s.finish()
    start = shown.index(row[0])
    assert row == [line.rstrip() for line in shown[start : start + len(row)]]
