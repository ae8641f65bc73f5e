"""``mediaops rules``: the encoded requirements — show, validate, list the editions, compare two."""

import os
from typing import Annotated

import typer

from mediaops.messages import Msg, counted, shown, shown_path, tr

from .app import rules_command
from .common import (
    EXIT_USAGE,
    EditionOpt,
    FormatOpt,
    LangOpt,
    RulesOpt,
    emit,
    emit_json,
    fail,
    file_path,
    input_errors,
    language,
    output_format,
    print_renderable,
    ruleset,
)


@rules_command("show")
def show(
    rules: RulesOpt = None,
    edition: EditionOpt = None,
    fmt: FormatOpt = "table",
    lang: LangOpt = None,
) -> None:
    """The encoded requirements with clause ids, sources and assumptions."""
    language_ = language(lang)
    output = output_format(fmt, language_)
    rs = ruleset(rules, edition, language_)
    if output == "json":
        emit_json(rs.model_dump(mode="json"))
        return
    from mediaops.ui.rules import ruleset_renderable

    print_renderable(ruleset_renderable(rs, language_))


@rules_command("validate")
def validate(
    file: Annotated[str, typer.Argument(metavar="FILE", help="help.arg.ruleset_file")],
    lang: LangOpt = None,
) -> None:
    """Check a ruleset file; report every problem with its location (exit 2 if any)."""
    from mediaops.rules import RulesetError, load_ruleset

    language_ = language(lang)
    file_path(file, "FILE", language_, dash=False)  # not the directory "."
    try:
        rs = load_ruleset(file)
    except RulesetError as exc:
        lines = [
            tr(
                counted("rules.invalid", len(exc.problems)),
                language_,
                path=shown_path(exc.path),
                count=len(exc.problems),
            )
        ]
        lines += [f"  - {shown(p.text(language_), 300)}" for p in exc.problems]
        emit("\n".join(lines))
        raise typer.Exit(EXIT_USAGE) from None
    pathways = sum(1 for _ in rs.pathways())
    emit(
        tr(
            "rules.valid",
            language_,
            path=shown_path(file),
            levels=len(rs.levels),
            pathways=pathways,
        )
    )


@rules_command("list")
def list_editions(lang: LangOpt = None) -> None:
    """The built-in editions and their status."""
    from mediaops.ui.rules import editions_renderable

    print_renderable(editions_renderable(language(lang)))


@rules_command("diff")
def diff(
    first: Annotated[str, typer.Argument(metavar="A", help="help.arg.ruleset_a")],
    second: Annotated[str, typer.Argument(metavar="B", help="help.arg.ruleset_b")],
    fmt: FormatOpt = "table",
    lang: LangOpt = None,
) -> None:
    """Clause by clause, what one ruleset has that the other lacks or words differently."""
    from mediaops.rules import EDITIONS, diff_rulesets

    language_ = language(lang)
    output = output_format(fmt, language_)

    def load(name: str, field: str) -> object:
        file_path(name, field, language_, dash=False)  # named as the argument, not --rules
        if name.strip() in EDITIONS:  # (spaces around it, as --edition reads it)
            return ruleset(None, name, language_)
        if name != "-" and not os.path.lexists(name):  # a mistyped edition as much as a file
            accepted = ", ".join(EDITIONS)
            fail(language_, Msg.of("rules.diff_unknown", value=shown(name), accepted=accepted))
        return ruleset(name, None, language_)

    a, b = load(first, "A"), load(second, "B")
    first, second = (n.strip() if n.strip() in EDITIONS else n for n in (first, second))
    with input_errors(language_):
        diffs = diff_rulesets(a, b)  # type: ignore[arg-type]
    if output == "json":
        emit_json([d.model_dump(mode="json") for d in diffs])
        return
    from mediaops.ui.rules import diff_renderable

    print_renderable(diff_renderable(a, b, (first, second), diffs, language_))  # type: ignore[arg-type]
