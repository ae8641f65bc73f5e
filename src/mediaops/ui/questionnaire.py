"""The questions of ``mediaops check`` and ``plan``, for a candidate at a terminal.

* Questions, choices and errors go to the terminal (stderr), never to stdout,
  so ``mediaops check > 结果.txt`` leaves only the result in the file.
* Line editing, history and completion of the choices come from
  prompt_toolkit (imported here only, on the interactive path), with wide
  characters handled; without a terminal the answers are read line by line.
* Each answer is read with the same parsers as the flags (``三年``, ``3年半``,
  ``四级 2024-01-10``, ``大学本科``), checked at once against the answers
  before it and the evaluation date, and asked again with the reason.
* Enter skips any question: the fact stays unknown. ``?`` typed at a terminal shows the
  question's help and asks it again (in answers piped in, it is "not known", as in a sheet).
* A question is asked only if its answer can still change some level's
  verdict, given the answers so far: the engine is asked, by trying each
  possible answer. The questions left out are named at the end.
* 返回 (上一题, back) at a question asks the one asked before it again, its earlier answer
  Enter's: the questionnaire starts again, the answers before it replayed unseen (the
  questions asked follow from them), and those after it kept for Enter, each for its own
  question, whatever questions come among them.
* Before the result, a summary of the answers lets the candidate change one (by its
  number, 改3, 第3项, or its name, 学历): asked again, Enter keeps the answer and 不知道
  makes the fact unknown. Of several diplomas, one is chosen and changed, the others kept.
  A diploma typed again as another type is offered the major, final year … of the one
  before where they are asked, and drops them where not (they may not be this one's).
* An answer said with a doubt (``四级？``, ``三级吧``, ``好像是四级``) is asked again,
  naming what it reads as: a guess is not recorded as a fact.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

from mediaops import values
from mediaops.engine.conditions import unit_of
from mediaops.errors import InputError
from mediaops.messages import (
    CATALOGUE,
    CLASS_NAMES,
    DIRECTION_NAMES,
    EDUCATION_NAMES,
    MAJOR_NAMES,
    TITLE_NAMES,
    Both,
    Lang,
    Msg,
    aside,
    counted,
    fmt_years,
    listing,
    localize,
    shown,
    tr,
    without_flags,
    years_bound,
)
from mediaops.models import Candidate, Certificate, Diploma, Title
from mediaops.rules import Ruleset
from mediaops.terms import Direction, Education, Major, SchoolClass, TitleLevel


class SkipError(Exception):
    """Enter on a question: the fact stays unknown."""


class NotKnownError(SkipError):
    """不知道 (or another way of saying it) on a question: the fact is unknown. Asked for the
    first time, as Enter; asked again from the review, where Enter keeps the answer before,
    it makes the fact unknown again (a candidate who finds they do not know it after all)."""


class _GoBack(Exception):  # noqa: N818 (not an error: the candidate's wish)
    """返回 typed: the question at place ``to`` is asked again (:meth:`Questionnaire._go_back`)."""

    def __init__(self, to: int) -> None:
        super().__init__(to)
        self.to = to


class Terminal:
    """Asking and telling on the terminal: prompt_toolkit on a tty (the terminal's own line
    editing on a dumb one), plain lines otherwise."""

    def __init__(self) -> None:
        self.out = sys.stderr
        self._session: Any = None
        self._piped: Iterator[str] | None = None
        self._terminal = _isatty(sys.stdin) and _isatty(sys.stderr)
        #: whether a person types the answers (a terminal), or they come prepared (a pipe,
        #: a file): a ``?`` asks for help only when typed (:func:`_asks_help`)
        self.typed = self._terminal
        # a terminal that shows escape sequences as text (TERM=dumb: an editor's shell
        # buffer) gets none: no styles, and its own line editing instead of prompt_toolkit's
        # (whose cursor movements it would show); NO_COLOR: bold and dim but no colour, as
        # in the tables
        self._styled = self._terminal and not _dumb()
        self._colour = self._styled and not os.environ.get("NO_COLOR")
        if self._styled:
            from prompt_toolkit import PromptSession
            from prompt_toolkit.output import create_output

            self._session = PromptSession(output=create_output(stdout=sys.stderr))
            # a terminal that does not answer the cursor-position request within 2 s (an
            # editor's shell, a serial console) was told so in English, mid-question, by
            # prompt_toolkit ("WARNING: your terminal doesn't support cursor position
            # requests"): nothing for the candidate to act on, and the questions work
            # without it, so it is not said
            self._session.app.renderer.cpr_not_supported_callback = None

    def say(self, text: str = "", style: str = "", hang: int = 0) -> None:
        """Say ``text``; ``hang``: the width of its lines' mark (``  1) ``), under which the
        lines it wraps to start."""
        styles = {"title": "\x1b[1m", "muted": "\x1b[2m"}
        colours = {"error": "\x1b[33m", "choice": "\x1b[36m"}
        if self._terminal:  # wrapped as the tables are
            text = _wrapped(text, _width(self.out), hang)
        code = styles.get(style) if self._styled else None
        if code is None and self._colour:
            code = colours.get(style)
        if code:
            text = f"{code}{text}\x1b[0m"
        self.out.write(text + "\n")
        self.out.flush()

    def read(self, choices: list[str], default: str = "") -> str:
        """One line typed (Ctrl-C and end of input propagate to leave quietly). ``default``:
        the answer Enter gives (a question gone back to), shown dimmed in the empty line on
        a terminal that styles (the hint says it everywhere)."""
        if self._session is not None:
            from prompt_toolkit.completion import DummyCompleter, WordCompleter
            from prompt_toolkit.formatted_text import FormattedText

            # a question without choices completes nothing (None would keep the menu of
            # the question before: 相关专业 offered at the years)
            completer = WordCompleter(choices, sentence=True) if choices else DummyCompleter()
            # (None would keep the placeholder of the prompt before, as for the completer)
            placeholder = FormattedText([("fg:ansibrightblack", default)] if default else [])
            return str(self._session.prompt("› ", completer=completer, placeholder=placeholder))
        if self._terminal:  # a dumb terminal: one line, as the terminal's editing gave it
            with _utf8_editing(sys.stdin):  # before the prompt: no key typed goes by it
                self.out.write("› ")
                self.out.flush()
                typed = sys.stdin.readline()
            if not typed:
                raise EOFError
            return typed.rstrip("\r\n")
        self.out.write("› ")
        self.out.flush()
        if sys.stdin is None:
            raise EOFError
        if self._piped is None:
            self._piped = _answers(sys.stdin)
        line = next(self._piped, "")
        if not line:
            raise EOFError
        return line.rstrip("\r\n")


#: The most answers read from a pipe or a file (a few hundred bytes make a whole run).
MAX_PIPED = 1024 * 1024


def _answers(stream: Any) -> Iterator[str]:
    """The lines of answers from a pipe or a file, decoded as one text: UTF-8, else GB18030
    (a file saved on Chinese Windows), as ``--input -`` reads a document. Decided on the
    whole input, not line by line: GBK 硕士 is also valid UTF-8 on its own."""
    buffer = getattr(stream, "buffer", None)
    if buffer is None:  # a text stream: its lines as they are
        yield from iter(stream.readline, "")
        return
    raw = buffer.read(MAX_PIPED)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("gb18030", errors="replace")
    yield from text.removeprefix("\ufeff").splitlines(keepends=True)


def _width(stream: Any) -> int:
    """The terminal's width (80 when not known)."""
    import shutil

    return shutil.get_terminal_size((80, 24)).columns


def _wrapped(text: str, width: int, hang: int = 0) -> str:
    """``text`` wrapped to ``width`` as the tables wrap (Chinese between characters, English
    between words), each line on its own. ``hang``: the width of each line's mark (the
    ``  1) `` of a choice, in ASCII), the lines it wraps to indented under the text after it."""
    from .console import break_offsets

    lines = []
    for line in text.split("\n"):
        mark, body = line[:hang], line[hang:]
        cuts = [0, *break_offsets(body, max(20, width - 1) - len(mark)), len(body)]
        pieces = [body[a:b].rstrip() for a, b in itertools.pairwise(cuts)]
        indent = " " * len(mark)
        lines += [mark + pieces[0], *(indent + p.lstrip(" ") for p in pieces[1:])]
    return "\n".join(lines)


#: Punctuation that ends an answer typed as a sentence, as a Chinese input method types it
#: (本科。, 相关，, 三年半。): not part of the answer. A question mark is not among them: it
#: says "not sure" (三年?).
_SENTENCE_END = "。｡.．，,、；;！!"


def _sentence_read(text: str) -> str:
    """An answer without its surrounding spaces and the punctuation ending it as a sentence
    (an answer of punctuation only is left as it is, to be refused)."""
    answer = text.strip()
    return answer.rstrip(_SENTENCE_END).rstrip() or answer


def _lines_read(text: str) -> list[str]:
    """The lines of an answer (several when pasted), each read as :func:`_sentence_read`
    reads an answer, blank ones left out."""
    return [line for line in map(_sentence_read, text.splitlines()) if line]


def _parse_lines(parse: Callable[[str], Any], lines: list[str]) -> Any:
    """An answer pasted on several lines: read with its lines as they are (a list parts at
    each), else as one line, its lines joined by a space (``3年`` and ``6个月``); the
    refusal, if any, of the one line, which a message shows as typed on one."""
    if len(lines) > 1:
        with contextlib.suppress(InputError):
            return parse("\n".join(lines))
    return parse(" ".join(lines))


#: The terminal flag IUTF8 where Python's termios does not name it (its value in the
#: system's headers).
_IUTF8 = {"linux": 0o40000, "darwin": 0x4000}


@contextlib.contextmanager
def _utf8_editing(stream: Any) -> Iterator[None]:
    """While a line is typed at a terminal that edits it itself: backspace erases a whole
    UTF-8 character (a Chinese character is three bytes), where the terminal reads UTF-8
    and the system can say so (IUTF8); as it was afterwards."""
    try:
        import termios

        flag = getattr(termios, "IUTF8", _IUTF8.get(sys.platform, 0))
        utf8 = "utf" in str(getattr(stream, "encoding", "")).lower()
        fd = stream.fileno()
        before = termios.tcgetattr(fd) if flag and utf8 else None
    except (ImportError, OSError, ValueError, AttributeError):
        before = None
    if before is None or before[0] & flag:
        yield
        return
    import termios

    termios.tcsetattr(fd, termios.TCSANOW, [before[0] | flag, *before[1:]])
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            termios.tcsetattr(fd, termios.TCSANOW, before)


def _dumb() -> bool:
    """Whether the terminal shows escape sequences as text (``TERM=dumb``, as prompt_toolkit
    and rich take it)."""
    return os.environ.get("TERM", "").lower() in ("dumb", "unknown")


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream is not None and stream.isatty())
    except (ValueError, OSError):
        return False


@dataclass
class Answers:
    """What the candidate said so far (None: not answered, or skipped)."""

    diplomas: list[dict[str, Any]] = field(default_factory=list)
    experience: float | None = None
    #: the experience said as a bound (``三年多``, ``不到1年``), with ``experience`` None
    experience_said: SaidYears | None = None
    trainings: list[int] | None = None
    certificates: list[dict[str, Any]] | None = None
    years_after: float | None = None
    titles: list[dict[str, Any]] | None = None
    direction: Direction | None = None

    def candidate(self) -> Candidate:
        """The candidate these answers describe (validated as the flags are)."""
        certificates = None
        if self.certificates is not None:
            certificates = [dict(c) for c in self.certificates]
            if certificates and self.years_after is not None:
                top = min(certificates, key=lambda c: c["level"])
                top["years_after"] = self.years_after
        candidate = Candidate(
            diplomas=tuple(Diploma(**d) for d in self.diplomas),
            experience=self.experience,
            trainings=None if self.trainings is None else tuple(self.trainings),
            certificates=None
            if certificates is None
            else tuple(Certificate(**c) for c in certificates),
            titles=None if self.titles is None else tuple(Title(**t) for t in self.titles),
            direction=self.direction,
        )
        said = self.experience_said
        return candidate if said is None else candidate.with_experience_said(said.bound)


class SaidYears(NamedTuple):
    """Years of experience typed as a bound (``三年多``, ``3年以上``, ``至少3年``, ``不到1年``):
    read as a sheet's cell of years is (:func:`values.years_bound`), and shown as typed."""

    bound: values.YearsBound
    typed: str


def setter(name: str, value: Any) -> Callable[[Answers], None]:
    """A function that sets one answer (``name``) to ``value``."""

    def apply(answers: Answers) -> None:
        setattr(answers, name, value)

    return apply


def _corresponding(value: bool) -> Callable[[Answers], None]:
    """A function that answers the correspondence of every title given without it."""

    def apply(answers: Answers) -> None:
        answers.titles = [
            {**t, "corresponding": value} if t.get("corresponding") is None else t
            for t in answers.titles or []
        ]

    return apply


def _numbered(options: list[Any], names: dict[str, tuple[str, str]], lang: Lang) -> list[str]:
    idx = 0 if lang == "zh" else 1
    return [names[str(getattr(o, "value", o))][idx] for o in options]


class Questionnaire:
    """Asks the questions for one evaluation date and ruleset, in one language."""

    def __init__(
        self, terminal: Terminal, lang: Lang, as_of: date, rules: Ruleset, *, plan: bool = False
    ) -> None:
        self.term = terminal
        self.lang = lang
        self.as_of = as_of
        self.rules = rules
        from mediaops.report import Judge

        #: every answer tried is judged under these rules: their evaluator made once
        self.judge = Judge(rules)
        self.answers = Answers()
        self.plan = plan
        #: the questions not asked, as they could change nothing: key → (trials, how to ask)
        self.left_out: dict[str, tuple[list[Callable[[Answers], None]], Callable[[], None]]] = {}
        self._has_titles = any("titles" in unit_of(c).reads for c in rules.conditions())
        self._has_classes = any(getattr(c, "classes", None) for c in rules.conditions())
        self._has_evaluated = any(getattr(c, "evaluated", False) for c in rules.conditions())
        #: while the diplomas are asked again from the review: the answers before, whose
        #: major, final year … Enter keeps for the same diploma; those already kept
        self._earlier: list[dict[str, Any]] = []
        self._taken: set[int] = set()
        #: the answers of an earlier diploma of another type (本科's major, typed again as
        #: 技工学校), by (place, fact): offered for Enter where asked, never kept unseen
        #: (:meth:`ask_diploma`); with the type they were given of
        self._offered: dict[tuple[int, str], Any] = {}
        self._offered_of: str = ""
        #: while a question is asked again from the review, where Enter keeps the answer
        #: before (the help says so, not that the fact stays unknown)
        self._keeping = False
        #: 不知道 at the first diploma asked again: the diplomas unknown, not kept
        self._diplomas_unknown = False
        #: while an answer said with a doubt is tried without it (:meth:`_unsure`): a
        #: question it would ask (大学: 大专 or 本科?) is not asked
        self._probing = False
        #: going back (返回): the question of each place asked, in order; every answer read
        #: (place, text); the answers to replay, to the place gone back to (``_target``),
        #: shown nothing meanwhile; the answers given before at the places from it on, in
        #: order (question, answer): each the default of the same question asked again
        self._asked: list[str] = []
        self._log: list[tuple[int, str]] = []
        self._replay: list[tuple[int, str]] = []
        self._target: int | None = None
        self._ahead: list[tuple[str, str]] = []
        #: a question asked again after a contradiction (:meth:`recorded`): the same place
        self._retry = False

    def say(self, text: str = "", style: str = "", hang: int = 0) -> None:
        """Tell the candidate, unless the answers are replayed (going back: :meth:`_go_back`);
        ``hang``: as :meth:`Terminal.say` takes it."""
        if self._target is None:
            self.term.say(text, style, hang)

    def t(self, key: str, **params: Any) -> str:
        return tr(key, self.lang, **params)

    def _title_text(self, title: dict[str, Any]) -> str:
        """A title as the review shows it: its level, date and whether it corresponds
        (``初级职称 2020-06-01 对应``), as far as they were given."""
        parts = [str(localize(Both(*TITLE_NAMES[title["level"].value]), self.lang))]
        if title.get("date"):
            parts.append(title["date"].isoformat())
        corresponding = title.get("corresponding")
        if corresponding is not None:
            parts.append(
                self.t("summary.corresponds" if corresponding else "summary.not_corresponds")
            )
        return " ".join(parts)

    # --- asking -------------------------------------------------------------------------

    def ask(
        self,
        question: str,
        parse: Callable[[str], Any],
        choices: list[str] | None = None,
        hint: str | None = None,
        *,
        numbered: bool = True,
        help: str | None = None,
        enter: str | None = None,
        keep: str | None = None,
        enter_hint: str = "ask.enter.skip",
    ) -> Any:
        """Ask until the answer can be used; Enter (or 不知道) raises :class:`SkipError`.

        ``choices`` are listed one per line and numbered (the numbers are
        answers); unnumbered, they are a line of examples, as for levels.
        ``?`` (or ``help``, ``帮助``) shows the question again with its hint,
        its choices, ``help`` (more on what is accepted) and what Enter does
        (``enter`` where it says more than a skip: no other diploma; asked again
        from the review, it keeps the answer before), and asks it again. ``keep``: what
        Enter keeps, said under the choices (a diploma asked again from the review), as is
        ``ask.help_keep`` at a question asked again from the review; neither is said where
        an answer given before going back is Enter's, which is said instead.

        The hint ends with what Enter does (:meth:`_enter_clause`): ``enter_hint`` (skip, or
        "none" at another diploma), unless Enter gives or keeps an answer given before.
        """
        skips = enter is None  # 不知道 leaves the fact unknown (not so at another diploma)
        place = self._begin(question)
        default = self._default(question)
        clause = self.t(self._enter_clause(enter_hint, default, keep, skips))
        hint = self.t("ask.hint_enter", hint=hint, enter=clause) if hint else clause
        self.say()
        self.say(question, "title")
        self._show_how(hint, choices, numbered)
        if default:  # gone back: Enter gives the answer before, whatever it kept else
            self._say_default(default)
        elif keep:
            self.say(keep, "muted")
        elif self._keeping and skips:  # the hint's "Enter to skip" keeps the answer here
            self.say(self.t("ask.help_keep"), "muted")
        while True:
            typed = self._read(place, choices or [], default)
            lines = _lines_read(typed)
            answer = " ".join(lines)
            if self._goes_back(answer, place, (question, default)):
                continue
            # before 不知道: ? alone asks for help, 不知道？ skips
            if _asks_help(answer, typed=self.term.typed):
                self.say()
                self.say(question, "title")
                self._show_how(hint, choices, numbered)
                if help:
                    self.say(help, "muted")
                self.say(self.t("ask.help_back"), "muted")
                if default:  # what Enter does: give it (not skip, nor keep another)
                    self._say_default(default)
                    continue
                if enter is None:
                    enter = self.t("ask.help_keep" if self._keeping else "ask.help_skip")
                self.say(enter, "muted")
                continue
            if not answer:  # asked again: kept
                raise SkipError
            _raise_if_skipped(answer)
            try:
                value = _parse_lines(parse, lines)
            except InputError as exc:
                refusal = self._unsure(answer, parse, without_flags(exc.msg), skips)
                self.say(refusal.format(self.lang), "error")
                continue
            try:
                self._check(value)
                return value
            except InputError as exc:
                self.say(without_flags(exc.msg).format(self.lang), "error")

    def _enter_clause(self, usual: str, default: str, keep: str | None, skips: bool) -> str:
        """What Enter does at a question, as its hint says it: gives the answer before going
        back (``default``); keeps the answer before, asked again from the review (``keep``
        said, or a question whose Enter skips: :attr:`_keeping`); else ``usual``."""
        if default:
            return "ask.enter.before"
        if keep or (self._keeping and skips):
            return "ask.enter.keep"
        return usual

    # --- going back: 返回 asks the question before again ------------------------------------

    def _begin(self, question: str) -> int:
        """The place of a question about to be asked among those asked (a question asked
        again after a contradiction keeps its place); the end of a replay at the one gone
        back to (:meth:`_go_back`)."""
        if self._retry and self._asked:
            self._retry = False
            place = len(self._asked) - 1
        else:
            self._asked.append(question)
            place = len(self._asked) - 1
        if self._target is not None and place >= self._target:
            self._target = None
            self._replay.clear()
        return place

    def _default(self, question: str) -> str:
        """The answer given before to ``question``, once gone back before it (asked so
        again: Enter keeps it); "" when there is none. The answers before are taken in
        their order, each by its question: where the questions went another way since (a
        diploma added, the training asked once fewer years make it matter), a question
        asked before still finds its answer, and one asked anew (or its text changed: the
        years since another certificate) has none. A question replayed has none."""
        if self._target is not None:
            return ""
        for i, (asked, text) in enumerate(self._ahead):
            if asked == question:
                del self._ahead[: i + 1]
                return text
        return ""

    def _say_default(self, default: str) -> None:
        """Say the answer given before, which Enter keeps (on one line, as typed)."""
        said = shown(" ".join(_lines_read(default)))
        self.say(self.t("ask.back_default", answer=said), "muted")

    def _read(self, place: int, choices: list[str], default: str = "") -> str:
        """One answer: the next of those replayed (going back), else typed (Enter: the
        ``default``, when there is one); kept, to be replayed if the candidate goes back."""
        if self._replay:
            text = self._replay.pop(0)[1]
        else:
            self._target = None  # (replayed to the end: what follows is asked aloud)
            text = self.term.read(choices, default) if default else self.term.read(choices)
            if default and not _lines_read(text):
                text = default
        self._log.append((place, text))
        return text

    def _goes_back(self, answer: str, place: int, offered: tuple[str, str] | None = None) -> bool:
        """Whether ``answer`` says to go back (返回, 上一题, back): at the first question there
        is nothing before it (said; True: asked again); elsewhere :class:`_GoBack`, the answer
        ``offered`` for Enter at this question (question, answer) kept for it."""
        if values.key(answer) not in _BACK:
            return False
        # nothing read at this question is an answer (a refused one, help): none is replayed,
        # nor offered for Enter when it is asked again
        self._log = [(at, text) for at, text in self._log if at != place]
        if place == 0:
            self.say(self.t("ask.back_first"), "error")
            return True
        if offered is not None and offered[1]:
            self._ahead.insert(0, offered)
        raise _GoBack(place - 1)

    def _go_back(self, to: int) -> None:
        """Start again, the answers before the question at place ``to`` replayed without a
        word shown; the answers from it on are each the default of its question when asked
        again (the answer of ``to`` at once)."""
        log = self._log
        ahead = {place: text for place, text in log if place >= to}  # the last of each
        self._ahead = [  # those not reached since the last time gone back follow
            *((self._asked[p], text) for p, text in sorted(ahead.items()) if p < len(self._asked)),
            *self._ahead,
        ]
        self._fresh()
        self._replay = [(place, text) for place, text in log if place < to]
        self._target = to

    def _fresh(self) -> None:
        """The state before the first question."""
        self.answers = Answers()
        self.left_out = {}
        self._earlier = []
        self._taken = set()
        self._offered = {}
        self._keeping = False
        self._diplomas_unknown = False
        self._probing = False
        self._asked = []
        self._log = []
        self._retry = False

    def _unsure(
        self, answer: str, parse: Callable[[str], Any], refusal: Msg, skips: bool = True
    ) -> Msg:
        """What to say to an answer not read: ``refusal``, unless it is an answer said with a
        doubt (``四级？``, ``三级吧``, ``好像是四级``, ``三年?``, ``maybe level 4``) that reads
        without it. Then it is asked again, naming the answer without the doubt: a verdict
        may turn on it, and a guess typed once would show in the review as a fact (as a
        bound or a guess of years is asked again, ``约3年``, whose own message stays).
        Refused without the doubt too, it gets that refusal, of the answer meant (``4?``:
        a bare number, asked by name).

        ``skips``: whether 不知道 leaves the fact unknown at this question (at "another
        diploma?" it says no: not offered there).

        Raises:
            SkipError: the answer without its doubt says to skip the question (``跳过吧``).
            NotKnownError: the answer without its doubt says not known (``不知道吧``).
        """
        core = _without_doubt(answer)
        if not core or refusal.key in ("err.years_approximate", "ask.years_guess"):
            return refusal
        _raise_if_skipped(core)  # 不知道吧: not known; 跳过吧: skipped
        self._probing = True
        try:
            parse(core)
        except InputError as exc:  # what is wrong with it said of the answer meant (4? is 4)
            return without_flags(exc.msg)
        except SkipError:  # 无吧 at the direction or the other diploma: 无 reads
            pass
        finally:
            self._probing = False
        key = "ask.unsure" if skips else "ask.unsure_no_unknown"
        return Msg.of(key, value=shown(answer), answer=shown(core))

    def _show_how(self, hint: str | None, choices: list[str] | None, numbered: bool) -> None:
        """A question's hint and choices, as shown under it."""
        if hint:
            self.say(hint, "muted")
        if choices and numbered:
            for i, c in enumerate(choices, 1):  # one per line: they read in order at any width
                self.say(f"  {i:>2}) {c}", "choice", hang=_MARK)  # wrapped under the text
        elif choices:
            self.say("  " + " / ".join(choices), "choice", hang=2)

    def _check(self, value: Any) -> None:
        """Nothing to check by default (answers are checked when recorded)."""

    def choice(
        self,
        text: str,
        options: list[Any],
        names: dict[str, tuple[str, str]],
        parse: Callable[[str], Any],
        hint: str | None = None,
        *,
        enter: str | None = None,
        keep: str | None = None,
        enter_hint: str = "ask.enter.skip",
    ) -> Any:
        """A number from the list, or anything ``parse`` reads; an out-of-range number is explained.

        ``hint``: said under the question, before how to answer; ``enter``: what Enter does,
        and ``keep`` and ``enter_hint``, as :meth:`ask` takes them.
        """
        n = len(options)
        label = _numbered(options, names, self.lang)
        numbers = Both(f"1–{n}", f"1–{n}")
        hint = (hint + "\n" if hint else "") + self.t("ask.choice_hint")

        def read(answer: str) -> Any:
            plain = values.fold(answer)
            out_of_range = InputError(
                "choice", Msg.of("ask.out_of_range", value=shown(answer), numbers=numbers)
            )
            if plain.isdecimal():  # not isdigit(): ² and ① are digits int() cannot read
                if len(plain) <= 4 and 1 <= int(plain) <= n:  # (5,000 digits int() will not)
                    return options[int(plain) - 1]
                raise out_of_range
            try:
                return parse(answer)
            except InputError as exc:
                # a word that names none of them: the choices are listed just above, in the
                # words of the language asked (the flags' list shows ids, with Chinese)
                if exc.msg.key == "err.value":
                    raise out_of_range from None
                raise

        return self.ask(text, read, label, hint, enter=enter, keep=keep, enter_hint=enter_hint)

    # --- relevance: could the answer change anything? ---------------------------------------

    def _outlook(self, answers: Answers) -> tuple[Any, ...] | None:
        """What the answers lead to: each level's verdict (and, for ``plan``, its date)."""
        try:
            candidate = answers.candidate()
            report = self.judge(candidate, as_of=self.as_of)
            verdicts = tuple(lv.status.value for lv in report.levels)
            if not self.plan:
                return verdicts
            from mediaops.plan import plan

            road = plan(candidate, self.rules, as_of=self.as_of, judge=self.judge)
            return verdicts + tuple((p.status.value, p.date) for p in road.levels)
        except (InputError, ValueError):
            return None

    def _needed(self) -> set[str]:
        """The facts the engine lists as missing for the answers so far."""
        try:
            report = self.judge(self.answers.candidate(), as_of=self.as_of)
        except (InputError, ValueError):
            return set()
        return {mf.need.id for mf in report.missing_facts}

    def relevant(self, key: str, trials: list[Callable[[Answers], None]]) -> bool:
        """Whether question ``key`` matters: the engine lists its fact as missing, or some
        answer (each ``trial`` sets one) leads elsewhere than not answering."""
        import copy

        if _NEEDS.get(key, set()) & self._needed():
            return True
        base = self._outlook(self.answers)
        for trial in trials:
            answers = copy.deepcopy(self.answers)
            trial(answers)
            found = self._outlook(answers)
            if found is not None and found != base:
                return True
        return False

    def record(self, apply: Callable[[Answers], None]) -> None:
        """Keep an answer, if it agrees with those before it and the evaluation date.

        Raises:
            InputError: it contradicts them (the question is asked again).
        """
        import copy

        from mediaops.engine.facts import prepare

        trial = copy.deepcopy(self.answers)
        apply(trial)
        try:
            prepare(trial.candidate(), self.as_of)
        except InputError:
            raise
        except ValueError as exc:  # a model's own check (two certificates of one level …)
            from pydantic import ValidationError

            from mediaops.models import describe_validation_error

            if isinstance(exc, ValidationError):
                detail = describe_validation_error(exc, self.lang)
            else:
                detail = str(exc).splitlines()[0]
            raise InputError(
                "answer", Msg.of("ask.contradiction", detail=shown(detail, 300))
            ) from None
        self.answers = trial

    def question(
        self, key: str, trials: list[Callable[[Answers], None]] | None, body: Callable[[], None]
    ) -> None:
        """Ask one question (``body``) if it matters (:meth:`relevant`; always when ``trials``
        is None); else note it as left out, to be asked if a later change makes it matter."""
        self.left_out.pop(key, None)
        if trials is not None and not self.relevant(key, trials):
            self.left_out[key] = (trials, body)
            return
        with contextlib.suppress(SkipError):
            body()

    def ask_left_out(self) -> None:
        """After an answer changed: ask the questions left out that now matter."""
        for key, (trials, body) in list(self.left_out.items()):
            self.question(key, trials, body)

    def recorded(
        self,
        text: str,
        parse: Callable[[str], Any],
        name: str,
        choices: list[str] | None = None,
        hint: str | None = None,
        *,
        numbered: bool = True,
        help: str | None = None,
        apply: Callable[[Any], Callable[[Answers], None]] | None = None,
    ) -> None:
        """Ask, and keep the answer (as ``name``, or as ``apply`` of it sets it) only once it
        agrees with the rest (else ask again, saying why)."""
        while True:
            value = self.ask(text, parse, choices, hint, numbered=numbered, help=help)
            try:
                self.record(setter(name, value) if apply is None else apply(value))
                return
            except InputError as exc:
                self.say(without_flags(exc.msg).format(self.lang), "error")
                self._retry = True  # asked again at once: the same question, gone back from

    # --- the questions ------------------------------------------------------------------

    def run(self) -> Candidate:
        """Ask every question that matters, then let the candidate review the answers."""
        # ? asks for help only when typed at a terminal (:func:`_asks_help`): else the word
        word = "?" if self.term.typed else Both("帮助", "help")
        self.say(self.t("ask.intro", help=word), "muted")
        while True:
            try:
                return self._questions()
            except _GoBack as back:
                self._go_back(back.to)

    def _questions(self) -> Candidate:
        """:meth:`run`'s questions, from the first (gone back: replayed to the one asked)."""
        self.ask_diplomas()
        self.question("experience", None, self.ask_experience)
        self.question(
            "training", [setter("trainings", [4]), setter("trainings", [])], self.ask_training
        )
        self.question("certs", None, self.ask_certificates)
        self.ask_years_after_if_any()
        if self._has_titles:
            self.question("titles", None, self.ask_titles)
            self.ask_correspondence_if_any()
        if self.rules.directions:
            self.question(
                "direction",
                [setter("direction", d.id) for d in self.rules.directions],
                self.ask_direction,
            )
        # a question left out early may matter after the answers that followed it (whether
        # a 技师学院 student is still at school, once a 三级 certificate is given): asked now
        self.ask_left_out()
        return self.review()

    def ask_years_after_if_any(self) -> None:
        """The years since the highest certificate, if one was given and they matter."""
        if self.answers.certificates:
            trials = [setter("years_after", y) for y in (0.0, 1.0, 2.0, 4.0, 5.0)]
            self.question("years_after", trials, self.ask_years_after)
        else:
            self.left_out.pop("years_after", None)

    def ask_diplomas(self) -> None:
        """The diplomas, one after another while the candidate says there is another."""
        self.ask_diploma(0)
        while self.answers.diplomas and self._another_diploma():
            count = len(self.answers.diplomas)
            self.ask_diploma(count)
            if len(self.answers.diplomas) == count:  # Enter: no other diploma after all
                break

    def _another_diploma(self) -> bool:
        try:
            return bool(
                self.ask(
                    self.t("ask.another_diploma"),
                    lambda s: values.parse_bool(s, self.t("ask.answer_field")),
                    hint=self.t("ask.yes_no"),
                    enter=self.t("ask.help_no_other"),  # Enter says no, not "not known"
                    enter_hint="ask.enter.no",
                )
            )
        except SkipError:
            return False

    def ask_diploma(self, index: int, *, replace: str = "") -> None:
        """The type of a diploma (and, where they matter, its major, class, final year).

        ``replace``: the diploma at ``index`` as the review shows it, changed there (the
        others kept): Enter keeps it; 删除 (or 无, 不知道) raises :class:`NotKnownError`, to take
        it out.
        """
        options = list(Education)
        typed_class: list[SchoolClass] = []  # the class typed with it: 技师学院(高级工班)
        # the only diploma, asked again from the review
        only = not replace and index == 0 and self._keeping and len(self._earlier) == 1

        def parse(answer: str) -> Education:
            typed_class.clear()
            if replace and values.key(answer) in _REMOVE | _NONE:
                raise NotKnownError  # not held after all: taken out
            if only and values.key(answer) in _REMOVE:
                # the only diploma, asked again from the review: 删除 takes it out, as at one
                # of several, and none is left, so the diplomas are not given (as 不知道
                # makes them): a candidate has no diploma list of none (小学及以下 is one)
                raise NotKnownError
            classed = values.education_class(answer, self.t("summary.education"))
            if classed is not None:
                typed_class.append(classed[1])
                return classed[0]
            if values.key(answer) in _NONE:
                if index:  # 无 / 否 at the other diploma: there is none after all, as Enter
                    raise SkipError
                # 无 at the first: no diploma, or none to give? asked
                raise InputError("answer", Msg.of("ask.no_diploma"))
            found = values.education_choices(answer, self.as_of)
            if isinstance(found, Education):
                return found
            if found and self._probing:  # readable: which one is asked if typed so
                return found[0]
            if found:  # 大学: 大专 or 本科? asked, not guessed
                chosen: Education = self.choice(
                    self.t("ask.which", value=shown(answer)),
                    list(found),
                    EDUCATION_NAMES,
                    lambda s: values.parse_education(s, self.t("summary.education")),
                )
                return chosen
            return values.parse_education(answer, self.t("summary.education"), as_of=self.as_of)

        key = "ask.education" if index == 0 else "ask.education_more"
        try:
            # Enter at the other diploma says there is none, not that it is not known
            enter = self.t("ask.help_no_other") if index else None
            if replace:  # Enter keeps it; 删除 takes it out: said under the question
                enter = self.t("ask.help_keep_diploma")
                education = self.choice(
                    self.t("ask.education_change", diploma=replace),
                    options,
                    EDUCATION_NAMES,
                    parse,
                    enter=enter,
                    keep=enter,
                )
            else:
                keep = self.t("ask.help_keep_only_diploma") if only else None
                education = self.choice(
                    self.t(key),
                    options,
                    EDUCATION_NAMES,
                    parse,
                    enter=enter,
                    keep=keep,
                    # Enter at the other diploma: none (its hint said "回车跳过")
                    enter_hint="ask.enter.no" if index else "ask.enter.skip",
                )
        except NotKnownError:  # the diploma unknown (asked again: made unknown)
            if replace:
                raise
            self._diplomas_unknown = index == 0
            return
        except SkipError:  # the diploma stays unknown (asked again: as it was)
            return
        # Enter keeps the earlier answers of the same diploma (see :attr:`_earlier`)
        free = [i for i in range(len(self._earlier)) if i not in self._taken]
        same = [i for i in free if self._earlier[i].get("education") is education]
        # of the same type, the one in its place first; else the one in its place, or the
        # first no diploma typed again has taken (本科 where 大专 and 技师学院 were, 技师学院
        # typed first: the 大专's)
        pick = same or free
        at = index if index in pick else pick[0] if pick else None
        earlier = {} if at is None else self._earlier[at]
        if at is not None:
            self._taken.add(at)
        kept = {k: v for k, v in earlier.items() if k != "education"}
        if education.value not in _CLASSED:
            kept.pop("school_class", None)  # a class is of a technical school's diploma
        self._offered = {}
        before = earlier.get("education")
        if before is not None and before is not education:
            # another type than the diploma whose answers these are (本科 typed as 技工学校,
            # 技工学校 as 高中): its major, final year … may not be this one's. Each is
            # offered for Enter where its question is asked, saying whose it was; where it
            # is not (it can change nothing now), it is dropped, not kept unseen (高中 shown
            # 不相关专业; a 本科's 相关 deciding a 技工学校's 4-3 once the years changed), and
            # its question is asked if a later answer makes it matter
            self._offered = {(index, k): kept.pop(k) for k in _OF_A_DIPLOMA if k in kept}
            self._offered_of = str(localize(Both(*EDUCATION_NAMES[before.value]), self.lang))
        if typed_class:
            kept["school_class"] = typed_class[0]  # given: not asked
        if replace:  # in its place: the others' places (and their questions) stay
            self.answers.diplomas[index] = {"education": education, **kept}
        else:
            self.answers.diplomas.append({"education": education, **kept})
        d = index

        def set_(name: str, value: Any) -> Callable[[Answers], None]:
            return lambda a: a.diplomas[d].__setitem__(name, value)

        # a fact kept from before (the diploma typed again at the review) is answered: not
        # named as "not asked" when it no longer matters
        kept_keys = [k for k in _OF_A_DIPLOMA if k in kept]

        self.question("major", [set_("major", m) for m in Major], lambda: self._major(d))
        self.question(
            "graduating",
            [set_("graduating", True), set_("graduating", False)],
            lambda: self._graduating(d),
        )
        if self._has_classes and education.value in _CLASSED and not typed_class:
            self.question(
                "school_class",
                [set_("school_class", c) for c in SchoolClass],
                lambda: self._class(d),
            )
        if self._has_evaluated:
            self.question(
                "evaluated",
                [set_("evaluated", True), set_("evaluated", False)],
                lambda: self._evaluated(d),
            )
        for key in kept_keys:
            if self.answers.diplomas[d].get(key) is not None:
                self.left_out.pop(key, None)
        self._offered = {}

    @contextlib.contextmanager
    def _unknown_if_said(self, d: int, name: str) -> Iterator[None]:
        """While one fact of diploma ``d`` is asked: 不知道 makes it unknown (None), also
        when the diploma is asked again from the review, where Enter keeps the answer
        before (:attr:`_earlier`), or takes the one offered (:attr:`_offered`)."""
        try:
            yield
        except NotKnownError:
            self.answers.diplomas[d][name] = None
            raise
        except SkipError:
            if (d, name) in self._offered:
                self.answers.diplomas[d][name] = self._offered[d, name]
            raise

    def _offer(self, d: int, name: str, shown_as: Callable[[Any], Any]) -> str | None:
        """What Enter takes at a fact of diploma ``d`` offered from a diploma of another
        type (:attr:`_offered`), said under the question; None where none is offered."""
        if (d, name) not in self._offered:
            return None
        answer = shown_as(self._offered[d, name])
        return self.t("ask.offered", diploma=self._offered_of, answer=answer)

    def _yes_no(self, value: Any) -> str:
        return self.t("yes" if value else "no")

    def _major(self, d: int) -> None:
        education = Both(*EDUCATION_NAMES[self.answers.diplomas[d]["education"].value])
        offered = self._offer(d, "major", lambda m: Both(*MAJOR_NAMES[m.value]))
        with self._unknown_if_said(d, "major"):
            major = self.choice(
                self.t("ask.major", education=education),
                list(Major),
                MAJOR_NAMES,
                lambda s: values.parse_major(s, self.t("summary.major")),
                self.t("ask.major_hint"),
                keep=offered,
            )
        self.answers.diplomas[d]["major"] = major

    def _graduating(self, d: int) -> None:
        # the diploma named: the question may come after the others (see :meth:`run`)
        education = Both(*EDUCATION_NAMES[self.answers.diplomas[d]["education"].value])
        typed: list[str] = []

        def parse(text: str) -> bool:
            typed.append(text)
            return values.parse_graduating(text, self.t("summary.graduating"))

        try:
            with self._unknown_if_said(d, "graduating"):
                graduating = self.ask(
                    self.t("ask.graduating", education=education),
                    parse,
                    hint=self.t("ask.yes_no"),
                    keep=self._offer(d, "graduating", self._yes_no),
                )
        except SkipError:  # Enter: not known, never "no" (a diploma says no by default),
            self.answers.diplomas[d].setdefault("graduating", None)  # or as answered before
            raise
        if graduating and values.says_studying(typed[-1]):
            # 还在读 says studying, not the final year, which the clauses count: said so
            self.say(self.t("ask.studying_read"), "muted")
        self.answers.diplomas[d]["graduating"] = graduating

    def _class(self, d: int) -> None:
        offered = self._offer(d, "school_class", lambda c: Both(*CLASS_NAMES[c.value]))
        with self._unknown_if_said(d, "school_class"):
            school_class = self.choice(
                self.t("ask.school_class"),
                list(SchoolClass),
                CLASS_NAMES,
                lambda s: values.parse_school_class(s, self.t("summary.school_class")),
                keep=offered,
            )
        self.answers.diplomas[d]["school_class"] = school_class

    def _evaluated(self, d: int) -> None:
        with self._unknown_if_said(d, "evaluated"):
            evaluated = self.ask(
                self.t("ask.evaluated"),
                lambda s: values.parse_bool(s, self.t("summary.evaluated")),
                hint=self.t("ask.yes_no"),
                keep=self._offer(d, "evaluated", self._yes_no),
            )
        self.answers.diplomas[d]["evaluated"] = evaluated

    def ask_experience(self) -> None:
        def parse(text: str) -> float | SaidYears:
            try:
                return values.parse_years(text, self.t("summary.experience"))
            except InputError as exc:
                # a bound (三年多, 3年以上, 至少3年, 不到1年) is read as a sheet's cell of years
                # is: what it settles (三年多: 4-1's 3 years) is settled, the rest unknown; a
                # guess (约3年, 快三年了) gives no bound, and is asked again
                if exc.msg.key != "err.years_approximate":
                    raise
                bound = values.years_bound(text)
                if bound is None:  # (the flag's message names 多 and 以上, taken here)
                    raise InputError(
                        "answer", Msg.of("ask.years_guess", value=shown(text))
                    ) from None
                if bound.most == bound.fewest and not bound.below:  # 2-2年: the years exactly
                    return bound.fewest
                return SaidYears(bound, text)

        def apply(value: float | SaidYears) -> Callable[[Answers], None]:
            def set_(answers: Answers) -> None:
                if isinstance(value, SaidYears):  # the years not known: within the bound
                    answers.experience, answers.experience_said = None, value
                else:
                    answers.experience, answers.experience_said = value, None

            return set_

        self.recorded(
            self.t("ask.experience"),
            parse,
            "experience",
            hint=self.t("ask.experience_hint"),
            apply=apply,
        )

    def _says_none(self, text: str, example: str) -> bool:
        """Whether a list's answer is 无 (an empty list). 是 / 有 says there are some but not
        which: asked again, with ``example`` (the first of the examples shown)."""
        word = values.key(text)
        if word in _YES:
            raise InputError("answer", Msg.of("ask.which_ones", example=example))
        return word in _NONE

    def ask_training(self) -> None:
        def parse(text: str) -> list[int]:
            self._bare_numbers(text)
            if self._says_none(text, self.t("level.4")):
                return []
            try:
                return sorted(
                    {
                        values.parse_training(p, self.t("summary.training"))
                        for p in values.split_trainings(text)
                    },
                    reverse=True,
                )
            except InputError:
                self._training_dated(text)
                raise

        self.recorded(
            self.t("ask.training"),
            parse,
            "trainings",
            choices=self._level_words(),
            hint=self.t("ask.none_hint"),
            numbered=False,
            help=self.t("ask.level_help"),
        )

    def _training_dated(self, text: str) -> None:
        """Raise that a training is given by its level alone where ``text`` reads as
        certificates do, with a date (``四级 2024-01-10``, ``四级:2024-01-10``): the
        certificate question's form, typed one question early (its date whole, or its month
        or year alone). A training has no date here
        (the rules ask only which levels were completed), and the list of levels the generic
        message gives did not say what was wrong with a level it lists.

        Raises:
            InputError: every item is a level, and some item has a date.
        """
        levels: list[int] = []
        dated = False
        field = self.t("summary.training")
        for item in values.split_dated(text):
            found = values.dated_level(item, field)
            if found is None:
                return  # something else is wrong: the generic message says what is read
            levels.append(found[0])
            dated = dated or found[1]
        if dated:
            named = listing(
                (self.t(f"level.{n}") for n in sorted(set(levels), reverse=True)), self.lang
            )
            raise InputError("answer", Msg.of("ask.training_dated", levels=named))

    def _bare_numbers(self, text: str) -> None:
        """Raise where a level is typed as a bare number (``1``, ``4``, ``1,2``, ``4 3``): it
        may be the level (1 is 一级) or the place of an item in the list shown (1 is 四级, the
        first of 四级 / 三级 / 二级 / 一级), as at the numbered questions before. With a
        date (``4 2024-01-10``, ``4:2024-01-10``) a number is a level, as for ``--cert``;
        a number that is no level (5, 0 for none) is read as before.

        Raises:
            InputError: some item is only numbers, each from 1 to 4.
        """
        numbers: list[int] = []
        items = values.split_dated(text)
        bare = []
        for item in items:
            tokens = values.fold(item).split()
            if tokens and all(len(t) == 1 and t in "1234" for t in tokens):
                numbers += [int(t) for t in tokens]
                bare.append(item.strip())
        if numbers:
            said = list(dict.fromkeys(numbers))
            # the items that are only numbers, not the answer whole: "1, 四级" is not "only
            # numbers", its 1 is
            value = text if len(bare) == len(items) else listing(bare, self.lang)
            raise InputError(
                "answer",
                Msg.of(
                    counted("ask.level_number", len(said)),
                    value=shown(value),
                    levels=listing((self.t(f"level.{n}") for n in said), self.lang),
                    items=listing((self.t(f"level.{5 - n}") for n in said), self.lang),
                ),
            )

    def _level_words(self) -> list[str]:
        """The levels as a person types them (四级 … 一级, 无), shown as examples."""
        return [*(self.t(f"level.{n}") for n in (4, 3, 2, 1)), self.t("actual.none")]

    def ask_certificates(self) -> None:
        def parse(text: str) -> list[dict[str, Any]]:
            self._bare_numbers(text)
            if self._says_none(text, self.t("level.4")):
                return []
            found: dict[int, dict[str, Any]] = {}
            for item in values.split_dated(text):
                level, when = values.split_certificate(item, self.t("summary.certs"))
                if level in found and found[level]["date"] != when:  # which one is it?
                    item_name = Msg.of(f"certificate.{level}")
                    raise InputError("answer", Msg.of("err.duplicate", item=item_name))
                found[level] = {"level": level, "date": when}
            return sorted(found.values(), key=lambda c: -c["level"])

        self.recorded(
            self.t("ask.certs"),
            parse,
            "certificates",
            choices=self._level_words(),
            hint=self.t("ask.certs_hint"),
            numbered=False,
            help=self.t("ask.level_help") + "\n" + self.t("ask.certs_help"),
        )

    def ask_years_after(self) -> None:
        certs = self.answers.certificates or []
        top = min(certs, key=lambda c: c["level"])
        self.recorded(
            self.t("ask.years_after", level=Msg.of(f"level.{top['level']}")),
            lambda s: values.parse_years(s, self.t("summary.years_after")),
            "years_after",
            hint=self.t("ask.years_after_hint"),
        )

    def ask_titles(self) -> None:
        def parse(text: str) -> list[dict[str, Any]]:
            if self._says_none(text, self.t("ask.title_word.junior")):
                return []
            found: dict[TitleLevel, dict[str, Any]] = {}
            for item in values.split_dated(text):
                level, when, corresponding = values.split_title(item, self.t("summary.titles"))
                title = {"level": level, "date": when, "corresponding": corresponding}
                if level in found and found[level] != title:  # which one is it? (as --title)
                    item_name = Msg.of(f"title.{level.value}")
                    raise InputError("answer", Msg.of("err.duplicate", item=item_name))
                found[level] = title
            return list(found.values())

        self.recorded(
            self.t("ask.titles"),
            parse,
            "titles",
            choices=[
                *(self.t(f"ask.title_word.{t.value}") for t in TitleLevel),
                self.t("actual.none"),
            ],
            hint=self.t("ask.titles_hint"),
            numbered=False,  # examples: a title is typed with its date, not picked by number
        )

    def ask_correspondence_if_any(self) -> None:
        """Whether the titles given without it correspond to the occupation (对应), if it
        matters: it is what decides a clause on a title."""
        if any(t.get("corresponding") is None for t in self.answers.titles or []):
            trials = [_corresponding(True), _corresponding(False)]
            self.question("corresponding", trials, self.ask_correspondence)
        else:
            self.left_out.pop("corresponding", None)

    def ask_correspondence(self) -> None:
        first = next(t for t in self.answers.titles or [] if t.get("corresponding") is None)
        title = Both(*TITLE_NAMES[first["level"].value])
        corresponding = self.ask(
            self.t("ask.corresponding", title=title),
            lambda s: values.parse_bool(s, self.t("summary.titles")),
            hint=self.t("ask.yes_no"),
        )
        _corresponding(corresponding)(self.answers)

    def ask_direction(self) -> None:
        direction = self.choice(
            self.t("ask.direction"),
            self._directions(),  # the ruleset's: a --rules file may list fewer than five
            DIRECTION_NAMES,
            self._direction,
            self.t("ask.direction_hint"),
        )
        self.answers.direction = direction

    def _directions(self) -> list[Direction]:
        return [d.id for d in self.rules.directions]

    def _direction(self, text: str) -> Direction:
        if values.key(text) in _NONE:  # 无: no direction chosen (asked again: none now)
            raise NotKnownError
        field = self.t("summary.direction")
        direction = values.parse_direction(text, field)
        if direction not in self._directions():  # named, but not one the rules list
            # (said as out of range by :meth:`choice`, the choices listed just above)
            names = _numbered(self._directions(), DIRECTION_NAMES, self.lang)
            accepted = listing(names, self.lang)
            raise InputError(
                "answer", Msg.of("err.value", field=field, value=shown(text), accepted=accepted)
            )
        return direction

    # --- review -------------------------------------------------------------------------

    def summary_rows(self) -> list[tuple[str, str, Callable[[], None]]]:
        """(label, answer, how to ask it again) for each question."""
        lang = self.lang
        unknown = self.t("actual.unknown")
        none = self.t("actual.none")
        a = self.answers
        rows: list[tuple[str, str, Callable[[], None]]] = []

        def redo_diplomas() -> None:
            if len(self.answers.diplomas) > 1:  # one of them changed, the others kept
                self._change_a_diploma(diplomas)
            else:
                self._redo_diplomas()

        diplomas = []
        for d in a.diplomas:
            text = str(localize(Both(*EDUCATION_NAMES[d["education"].value]), lang))
            extra = (
                [str(localize(Both(*MAJOR_NAMES[d["major"].value]), lang))]
                if d.get("major")
                else []
            )
            if d.get("graduating"):
                extra.append(self.t("summary.studying"))
            if d.get("school_class"):
                extra.append(str(localize(Both(*CLASS_NAMES[d["school_class"].value]), lang)))
            if d.get("evaluated"):
                extra.append(self.t("summary.evaluated"))
            diplomas.append(text + (aside(listing(extra, lang), lang) if extra else ""))
        rows.append(
            (self.t("summary.education"), listing(diplomas, self.lang) or unknown, redo_diplomas)
        )
        experience = (
            unknown if a.experience is None else self.t("years", years=fmt_years(a.experience))
        )
        if a.experience_said is not None:  # a bound: what it reads as, and what was typed
            fewest, _, most, below = a.experience_said.bound
            experience = self.t(
                "summary.years_said",
                bound=years_bound(fewest, most, below),
                said=shown(a.experience_said.typed),
            )
        rows.append(
            (
                self.t("summary.experience"),
                experience,
                lambda: self._again(self.ask_experience, "experience", "experience_said"),
            )
        )
        trainings = (
            unknown
            if a.trainings is None
            else listing((tr(f"level.{n}", lang) for n in a.trainings), self.lang) or none
        )
        rows.append(
            (
                self.t("summary.training"),
                trainings,
                lambda: self._again(self.ask_training, "trainings"),
            )
        )
        certs = unknown
        if a.certificates is not None:
            certs = (
                listing(
                    (
                        tr(f"level.{c['level']}", lang) + (f" {c['date']}" if c["date"] else "")
                        for c in a.certificates
                    ),
                    lang,
                )
                or none
            )
        rows.append(
            (
                self.t("summary.certs"),
                certs,
                lambda: self._again(self.ask_certificates, "certificates"),
            )
        )
        if a.certificates:
            after = (
                unknown
                if a.years_after is None
                else self.t("years", years=fmt_years(a.years_after))
            )
            rows.append(
                (
                    self.t("summary.years_after"),
                    after,
                    lambda: self._again(self.ask_years_after, "years_after"),
                )
            )
        if self._has_titles:
            titles = unknown
            if a.titles is not None:
                titles = listing((self._title_text(t) for t in a.titles), lang) or none
            rows.append(
                (self.t("summary.titles"), titles, lambda: self._again(self.ask_titles, "titles"))
            )
        if self.rules.directions:
            direction = (
                unknown
                if a.direction is None
                else str(localize(Both(*DIRECTION_NAMES[a.direction.value]), lang))
            )
            rows.append(
                (
                    self.t("summary.direction"),
                    direction,
                    lambda: self._again(self.ask_direction, "direction"),
                )
            )
        return rows

    def _redo_diplomas(self) -> None:
        """The diplomas asked again from the review, all of them."""
        old = self.answers.diplomas
        self.answers.diplomas = []
        self._earlier, self._taken = old, set()  # "Enter keeps the earlier answer", of a major too
        self._keeping = True
        self._diplomas_unknown = False
        # the questions left out were of the diplomas before (by their place): asked
        # again of those typed now, as they matter (none if the diplomas become unknown)
        for key in _OF_A_DIPLOMA:
            self.left_out.pop(key, None)
        try:
            self.ask_diplomas()
        except KeyboardInterrupt:
            self.answers.diplomas = old
            raise
        finally:
            self._earlier = []
            self._keeping = False
        # Enter: the diplomas stay as they were; 不知道: they are unknown now
        if not self.answers.diplomas and not self._diplomas_unknown:
            self.answers.diplomas = old

    def _change_a_diploma(self, shown_as: list[str]) -> None:
        """Several diplomas, asked again from the review: which one to change (``shown_as``:
        each as the review shows it), the others kept; or one more, or all of them again.
        Enter keeps them all, 不知道 makes them unknown (as at any question asked again)."""
        old = list(self.answers.diplomas)
        options = [str(i) for i in range(len(old))] + ["add", "all"]
        names = {str(i): (text, text) for i, text in enumerate(shown_as)}
        names["add"] = CATALOGUE["ask.diploma_add"]
        names["all"] = CATALOGUE["ask.diploma_all"]

        def parse(text: str) -> str:
            word = values.key(text)
            if word in _ADD:
                return "add"
            if word in _ALL:
                return "all"
            places: list[str] = []
            with contextlib.suppress(InputError):  # 大专: the one diploma of that type
                found = values.parse_education(text, self.t("summary.education"), as_of=self.as_of)
                places = [str(i) for i, d in enumerate(old) if d["education"] is found]
            if len(places) == 1:
                return places[0]
            if places:  # two of that type (本科 twice): which, by its number
                numbers = [str(int(p) + 1) for p in places]
                raise InputError(
                    "answer",
                    Msg.of(
                        "ask.diploma_several_of_type",
                        count=len(places),
                        value=shown(text),
                        numbers=Both("、".join(numbers), ", ".join(numbers)),
                    ),
                )
            field = self.t("summary.education")
            raise InputError(
                "answer", Msg.of("err.value", field=field, value=shown(text), accepted="")
            )

        self._keeping = True
        try:
            picked = self.choice(
                self.t("ask.diploma_change"),
                options,
                names,
                parse,
                self.t("ask.diploma_change_hint"),
            )
        except NotKnownError:
            self.answers.diplomas = []  # 不知道: unknown now, as the question would
            for key in _OF_A_DIPLOMA:
                self.left_out.pop(key, None)
            return
        except SkipError:
            return  # Enter: all kept
        finally:
            self._keeping = False
        if picked == "all":
            self._redo_diplomas()
            return
        if picked == "add":  # typed as the other diploma after 还有其他学历吗: 是
            count = len(old)
            self.ask_diploma(count)
            while len(self.answers.diplomas) > count and self._another_diploma():
                count = len(self.answers.diplomas)
                self.ask_diploma(count)
            return
        at = int(picked)
        self._earlier, self._taken = [old[at]], set()  # Enter keeps its major, final year …
        self._keeping = True  # … which the hints of its questions say
        try:
            self.ask_diploma(at, replace=shown_as[at])
        except NotKnownError:  # 删除: taken out; the others' places move up
            del self.answers.diplomas[at]
            for key in _OF_A_DIPLOMA:
                self.left_out.pop(key, None)
        except KeyboardInterrupt:
            self.answers.diplomas = old
            raise
        finally:
            self._earlier = []
            self._keeping = False

    def _again(self, ask: Callable[[], None], name: str, *others: str) -> None:
        """Ask one question again; Enter keeps the earlier answer, 不知道 makes it unknown
        (无 at the direction too: none chosen). ``others``: more answers the question sets
        (the experience's bound beside its years), kept or made unknown with it."""
        names = (name, *others)
        before = {n: getattr(self.answers, n) for n in names}
        for n in names:
            setattr(self.answers, n, None)
        old = before[name]
        self._keeping = True
        unknown = False
        try:
            ask()
        except NotKnownError:
            unknown = True
        except SkipError:
            pass
        except KeyboardInterrupt:
            for n, value in before.items():
                setattr(self.answers, n, value)
            raise
        finally:
            self._keeping = False
        if all(getattr(self.answers, n) is None for n in names) and not unknown:
            for n, value in before.items():
                setattr(self.answers, n, value)
        self.left_out.pop(_QUESTION_OF.get(name, name), None)  # asked now
        if name == "certificates" and self.answers.certificates != old:
            self.answers.years_after = None  # the years were since the certificates before
            self.ask_years_after_if_any()

    def review(self) -> Candidate:
        """The answers in a numbered list; Enter accepts them, a number asks that one again
        (or its name: :func:`_review_pick`); 返回 goes back to the question before."""
        place = self._begin(_REVIEW)
        if self._target is None:  # Enter confirms here: never an answer before, nor after
            self._ahead = []
        while True:
            rows = self.summary_rows()
            self.say()
            self.say(self.t("ask.summary"), "title")
            for i, (label, answer, _) in enumerate(rows, 1):
                self.say(f"  {i:>2}) {label}: {answer}", hang=_MARK)
            if self.left_out:
                names = (self.t(f"summary.{key}") for key in self.left_out)
                self.say(
                    self.t(
                        "ask.left_out_plan" if self.plan else "ask.left_out",
                        questions=listing(dict.fromkeys(names), self.lang),
                    ),
                    "muted",
                )
            self.say(self.t("ask.review", count=len(rows)), "muted")
            answer = " ".join(_lines_read(self._read(place, [])))  # pasted lines: one
            if self._goes_back(answer, place):
                continue
            if not answer:
                return self.answers.candidate()
            if _asks_help(answer):  # the answers and how to confirm or change one, again
                continue
            picked = _review_pick(answer, [label for label, _, _ in rows])
            if picked is not None:
                rows[picked][2]()
                self.ask_left_out()  # a changed answer may make a question left out matter
                place = self._begin(_REVIEW)  # shown again: back from it goes to the change
                self._ahead = []
            else:
                self.say(
                    tr(
                        "ask.review_out_of_range",
                        self.lang,
                        value=shown(answer),
                        numbers=Both(f"1–{len(rows)}", f"1–{len(rows)}"),
                        name=rows[min(1, len(rows) - 1)][0],
                    ),
                    "error",
                )


#: The width of the mark of an item of a numbered list (``  1) ``, `` 10) ``).
_MARK = 6

_NONE = {values.key(w) for w in ("无", "没有", "沒有", "none", "no", "0", "否", "不", "n")}
#: "Yes" to a question that asks which (levels, titles): not an answer to it.
_YES = {values.key(w) for w in ("是", "是的", "有", "对", "對", "yes", "y")}
#: The school types that have classes (中级工班 …).
_CLASSED = frozenset({"technical_school", "senior_technical_school", "technician_college"})
#: Answers that say to pass a question by, as Enter does (asked again: the answer kept).
_SKIP_WORDS = frozenset(values.key(w) for w in ("跳过", "skip"))


def _raise_if_skipped(answer: str) -> None:
    """Raise :class:`SkipError` for an answer saying to skip the question (跳过, as Enter),
    :class:`NotKnownError` for one saying "I do not know" (不知道, :data:`values.DONT_KNOW`;
    ``?`` alone is among them, as in a sheet, but asks for help first: :func:`_asks_help`)."""
    word = values.key(answer)
    if word in _SKIP_WORDS:
        raise SkipError
    if word in values.DONT_KNOW or values.says_not_known(answer):
        raise NotKnownError


#: A doubt said before an answer (好像是四级, 可能三级, maybe level 4) or after it (四级？,
#: 四级?, 三级吧, 四级吗, 四级好像, level 4 I think): :func:`_without_doubt`. 约 and 大概
#: before years are a guess the years' reading refuses itself (err.years_approximate).
_DOUBT_BEFORE = re.compile(
    r"^(?:我?(?:觉得|记得)?(?:好像|可能|应该|也许|或许|估计|似乎|貌似|大概|大约|差不多)是?"
    r"|我?觉得是?|(?:maybe|probably|perhaps|possibly|i think|i guess|i believe)\b,?)\s*",
    re.IGNORECASE,
)
_DOUBT_AFTER = re.compile(
    r"(?:\s*(?:[?？]|吧|吗|嗎|嘛|呢|啊|好像|应该|可能|大概|,?\s*(?:i think|i guess|maybe|probably)\b))+$",
    re.IGNORECASE,
)


def _without_doubt(answer: str) -> str:
    """``answer`` without the words of a doubt before or after it ("" when it has none, or
    is only them)."""
    core = _DOUBT_AFTER.sub("", _DOUBT_BEFORE.sub("", answer.strip())).strip(" ,，、:：")
    return core if core != answer.strip() else ""


#: Words that ask for a question's help (:func:`_asks_help`).
_HELP = {values.key(w) for w in ("help", "帮助")}


def _asks_help(answer: str, *, typed: bool = True) -> bool:
    """Whether an answer asks for the question's help: a question mark alone (``?``, ``？``,
    ``??``), ``help`` or ``帮助``, perhaps asked back (``help?``). A word and a question mark
    (``不知道？``, ``not sure?``) is "I do not know", asked back: not help. In a sheet ``?``
    stays "not known" (:data:`values.DONT_KNOW`): a cell cannot ask; so does one in answers
    not ``typed`` at a terminal (piped, or a file), prepared beforehand as a sheet is: as
    help it would be followed by the next line, meant for the next question (a ``?`` for
    the training, then ``四级`` for the certificates, gave a training of 四级)."""
    word = values.key(answer)
    if not word:
        return False
    return word.rstrip("?") in _HELP or (typed and not word.strip("?"))


#: Words before a row's number or name at the review that say to change it (改3, 修改学历,
#: change 2), and around its number that say it is an item of the list (第3项, 3., #3).
_REVIEW_CHANGE = r"(?:改一下|修改|更改|改|change|edit)?"
_REVIEW_NUMBER = (
    _REVIEW_CHANGE
    + r"(?:第|no\.?|item|#|\()?(?P<n>\d{1,4}|十|[一二三四五六七八九]十?)(?:项|个|条|题|行)?"
    + r"[)、]?"  # as the review shows the row (2)), in brackets ((2)), as a list writes it
)
_CHINESE_DIGITS = {c: n for n, c in enumerate("一二三四五六七八九十", 1)}
#: Other names of the review's rows, besides their labels in either language (学历, Diplomas):
#: the words a candidate types for them.
_ROW_WORDS = {
    "summary.education": ("学历", "文凭", "毕业证", "教育", "education", "diploma"),
    "summary.experience": (
        "经验",
        "工作经验",
        "从业经验",
        "从业年限",
        "工作年限",
        "工龄",
        "从业年数",
        "experience",
        "years of experience",
    ),
    "summary.training": ("培训", "正规培训", "training", "trainings"),
    "summary.certs": ("证书", "职业资格证书", "等级证书", "certificate", "certs", "cert"),
    "summary.years_after": ("取证后", "取证后年限", "years since", "years after"),
    "summary.titles": ("职称", "title", "titles"),
    "summary.direction": ("方向", "职业方向", "报考方向", "direction"),
}


def _review_pick(answer: str, labels: list[str]) -> int | None:
    """The place (from 0) of the review's row an answer names: its number as it is typed
    (``3``, ``３``, ``3.``, ``3)``, ``(3)``, ``改3``, ``第3项``, ``第三项``) or its name (``学历``, ``经验``,
    ``改学历``); None for anything else, or a number beyond the rows."""
    word = values.key(answer)
    number = re.fullmatch(_REVIEW_NUMBER, word)
    if number:
        n = number["n"]
        if n.isdecimal():
            place = int(n)
        elif n.endswith("十") and len(n) == 2:  # 二十 … 九十: beyond the rows
            place = _CHINESE_DIGITS[n[0]] * 10
        else:  # 一 … 十
            place = _CHINESE_DIGITS[n]
        return place - 1 if 1 <= place <= len(labels) else None
    named = re.sub(f"^{_REVIEW_CHANGE}", "", word) or word
    for place, label in enumerate(labels):
        for msg, words in _ROW_WORDS.items():
            names = {values.key(w) for w in (*words, *CATALOGUE[msg])}
            if values.key(label) in names and (named in names or word in names):
                return place
    return None


#: Words at "which diploma to change?" (from the review) that add one, or give all again.
_ADD = frozenset(
    values.key(w)
    for w in ("加", "添加", "增加", "再加一个", "再加一个学历", "加一个", "add", "add one")
)
_ALL = frozenset(
    values.key(w)
    for w in ("全部", "全部重新填写", "重新填写", "重填", "都改", "全部重填", "all", "all again")
)
#: Words that take a diploma out, changed from the review (无, 不知道 too).
_REMOVE = frozenset(
    values.key(w) for w in ("删除", "删掉", "去掉", "删", "没有这个", "delete", "remove")
)

#: Words that go back to the question before (:meth:`Questionnaire._goes_back`).
_BACK = frozenset(
    values.key(w)
    for w in (
        "返回",
        "上一题",
        "上一步",
        "上一个",
        "上一个问题",
        "返回上一题",
        "回到上一题",
        "后退",
        "back",
        "go back",
        "previous",
        "prev",
    )
)
#: The review's place among the questions asked (its text is never a question's).
_REVIEW = "\x00review"

#: The questions of a diploma (asked after its type, of the diploma at one place).
_OF_A_DIPLOMA = ("major", "graduating", "school_class", "evaluated")
#: The question of each answer (the review asks by answer).
_QUESTION_OF = {"trainings": "training", "certificates": "certs"}
#: The facts each question gives, as the engine names them when they are missing
#: (:class:`~mediaops.engine.outcome.Need` ids). Every fact the engine can ask for is
#: here (a test checks): a question always asked (``trials`` None) gives its facts too,
#: and a question asked only when it matters is asked when the engine lists one of its.
_NEEDS: dict[str, set[str]] = {
    "education": {"education"},
    "experience": {"experience"},
    "certs": {"certificates"},
    # a title is typed with its date (中级 2019-07-01); the years since it follow from it
    "titles": {"titles", "title_date", "years_after_title"},
    "major": {"major"},
    "graduating": {"graduating"},
    "school_class": {"school_class"},
    "evaluated": {"evaluated"},
    "training": {"training"},
    "years_after": {"years_after_certificate", "exact_years_after_certificate", "certificate_date"},
    "corresponding": {"title_corresponding"},
}


def ask(lang: Lang, as_of: date, rules: Ruleset, *, plan: bool = False) -> Candidate | None:
    """Run the questions on the terminal and return the candidate (Ctrl-C: propagates).

    With ``plan``, a question also matters when its answer would move a date of the plan.
    """
    q = Questionnaire(Terminal(), lang, as_of, rules, plan=plan)
    return q.run()


__all__ = ["Questionnaire", "Terminal", "TitleLevel", "ask"]
