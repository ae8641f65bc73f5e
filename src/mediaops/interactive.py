"""The interactive questionnaire of ``mediaops check`` (SPEC §2).

Asks, in order: education → major relevance → final-year student → years of
experience → trainings → certificates with dates → years since the highest
certificate. Each answer is parsed by the same functions as the flags; an
answer that cannot be used is explained and asked again. Enter skips a
question (the fact stays unknown). Ctrl-C and end of input propagate as
``KeyboardInterrupt`` / ``EOFError`` for the CLI to leave quietly.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TypeVar

from rich.columns import Columns
from rich.console import Console

from .messages import EDUCATION_NAMES, MAJOR_NAMES, Lang, Msg, fmt_years, tr
from .models import (
    Education,
    InputError,
    Major,
    parse_bool,
    parse_cert,
    parse_education,
    parse_level,
    parse_major,
    parse_years,
)

T = TypeVar("T")

#: Diplomas whose major does not matter to any clause, so the question is skipped.
_NO_MAJOR = {Education.below_junior, Education.junior_middle, Education.senior_high}

_SPLIT = re.compile(r"[,，、;；\s]+")


def _choice_parser(options: list[Any], parse: Callable[[str], T]) -> Callable[[str], T]:
    """Accept an option's number as well as anything ``parse`` accepts."""

    def parser(text: str) -> T:
        if text.isdigit() and 1 <= int(text) <= len(options):
            return parse(options[int(text) - 1])
        return parse(text)

    return parser


class Questionnaire:
    """Asks the questions on ``console`` in ``lang`` and collects the answers."""

    def __init__(self, console: Console, lang: Lang) -> None:
        self.console = console
        self.lang = lang
        self.summary: list[tuple[str, str]] = []

    def _t(self, key: str, **params: Any) -> str:
        return tr(key, self.lang, **params)

    def ask(
        self, question: str, parse: Callable[[str], T], choices: list[str] | None = None
    ) -> T | None:
        """Ask until the answer parses; Enter gives None."""
        self.console.print()
        self.console.print(f"[bold]{question}[/bold]")
        if choices:
            self.console.print(
                Columns(
                    [f"[cyan]{i:>2}[/cyan]) {c}" for i, c in enumerate(choices, 1)],
                    padding=(0, 3),
                    column_first=True,
                )
            )
        while True:
            answer = self.console.input("[cyan]›[/cyan] ").strip()
            if not answer:
                return None
            try:
                return parse(answer)
            except InputError as exc:
                self.console.print(f"[yellow]{exc.msg.format(self.lang)}[/yellow]")
                self.console.print(self._t("ask.invalid"))

    def run(self) -> dict[str, Any]:
        """Ask every question and return the facts as a candidate mapping."""
        lang = self.lang
        idx = 0 if lang == "zh" else 1
        self.console.print(self._t("ask.intro"), style="muted")
        facts: dict[str, Any] = {}

        edu_options = [e.value for e in Education]
        education = self.ask(
            self._t("ask.education"),
            _choice_parser(edu_options, lambda s: parse_education(s, "education")),
            [EDUCATION_NAMES[e][idx] for e in edu_options],
        )
        unknown = self._t("actual.unknown")
        self.summary.append(
            (
                self._t("summary.education"),
                EDUCATION_NAMES[education][idx] if education else unknown,
            )
        )
        if education is not None:
            facts["education"] = education.value
        if education not in _NO_MAJOR:
            major_options = [m.value for m in Major]
            major = self.ask(
                self._t("ask.major"),
                _choice_parser(major_options, lambda s: parse_major(s, "major")),
                [MAJOR_NAMES[m][idx] for m in major_options],
            )
            if major is not None:
                facts["major"] = major.value
            self.summary.append(
                (self._t("summary.major"), MAJOR_NAMES[major][idx] if major else unknown)
            )
        if education not in (None, Education.below_junior):
            graduating = self.ask(self._t("ask.graduating"), lambda s: parse_bool(s, "graduating"))
            facts["graduating"] = bool(graduating)
            self.summary.append(
                (self._t("summary.graduating"), self._t("yes" if graduating else "no"))
            )

        experience = self.ask(self._t("ask.experience"), lambda s: parse_years(s, "experience"))
        if experience is not None:
            facts["experience"] = experience
        self.summary.append(
            (
                self._t("summary.experience"),
                self._t("years", years=fmt_years(experience))
                if experience is not None
                else unknown,
            )
        )

        def levels(text: str) -> list[int]:
            return sorted(
                {parse_level(p, "training") for p in _SPLIT.split(text) if p}, reverse=True
            )

        trainings = self.ask(self._t("ask.training"), levels) or []
        facts["trainings"] = trainings
        none = self._t("actual.none")
        self.summary.append(
            (
                self._t("summary.training"),
                "、".join(tr(f"level.{n}", lang) for n in trainings) or none,
            )
        )

        def certs(text: str) -> list[Any]:
            text = re.sub(r"\s*[:：]\s*", ":", text)
            parsed = [parse_cert(p, "cert") for p in _SPLIT.split(text) if p]
            return sorted({c.level: c for c in parsed}.values(), key=lambda c: -c.level)

        certificates = self.ask(self._t("ask.certs"), certs) or []
        self.summary.append(
            (
                self._t("summary.certs"),
                ", ".join(
                    tr(f"level.{c.level}", lang) + (f" {c.date}" if c.date else "")
                    for c in certificates
                )
                or none,
            )
        )
        cert_dicts = [c.model_dump(exclude_none=True) for c in certificates]
        if certificates:
            top = min(certificates, key=lambda c: c.level)

            def years_after(text: str) -> float:
                years = parse_years(text, "years_after_cert")
                if experience is not None and years > experience:
                    raise InputError(
                        "years_after_cert",
                        Msg.of("err.after_exceeds_total", after=years, total=experience),
                    )
                return years

            after = self.ask(
                self._t("ask.years_after", level=tr(f"level.{top.level}", lang)), years_after
            )
            if after is not None:
                for d in cert_dicts:
                    if d["level"] == top.level:
                        d["years_after"] = after
                self.summary.append(
                    (self._t("summary.years_after"), self._t("years", years=fmt_years(after)))
                )
        facts["certificates"] = cert_dicts
        return facts
