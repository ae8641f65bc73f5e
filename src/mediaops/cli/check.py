"""``mediaops check``: one candidate, a verdict per level, and why.

Parse → build the candidate (flags, ``--input``, or the questions) →
evaluate → render → exit status: 0 eligible for some level (or for
``--level``), 1 not eligible or undetermined, 2 bad input.
"""

from datetime import date
from typing import Annotated, Any

import typer

from mediaops.messages import LANGS, Both, Msg, listing, tr

from .app import command
from .common import (
    EXIT_NOT_ELIGIBLE,
    EXIT_OK,
    AsOfOpt,
    CertOpt,
    CompareOpt,
    DiplomaOpt,
    DirectionOpt,
    EditionOpt,
    EducationOpt,
    ExperienceOpt,
    FormatOpt,
    GraduatingOpt,
    InputOpt,
    InteractiveOpt,
    LangOpt,
    MajorOpt,
    RulesOpt,
    TitleOpt,
    TrainingOpt,
    WorkOpt,
    YearsAfterOpt,
    as_of_date,
    complete_level,
    emit_json,
    evaluate_or_fail,
    fact_flags,
    fail,
    gather_candidate,
    input_errors,
    language,
    other_editions,
    output_format,
    print_renderable,
    ruleset,
)

#: The catalogue's name of an option of ``check``, by its parameter, where the two differ.
_FIELD_OF = {"input_file": "input", "fmt": "format"}


def _ignored_by_schema(ctx: typer.Context, output: str) -> list[str]:
    """The options given beside ``--schema`` that it would ignore: all but ``--lang`` and
    ``--format json`` (the schema is what it prints, for no candidate)."""
    from typer._click.core import ParameterSource

    given = []
    for param in ctx.command.params:
        name = param.name or ""
        if name in ("schema", "lang") or (name == "fmt" and output == "json"):
            continue
        if ctx.get_parameter_source(name) is ParameterSource.COMMANDLINE:
            given.append(f"field.{_FIELD_OF.get(name, name)}")
    return given


@command("check")
def check(
    ctx: typer.Context,
    education: EducationOpt = None,
    major: MajorOpt = None,
    graduating: GraduatingOpt = False,
    diploma: DiplomaOpt = None,
    experience: ExperienceOpt = None,
    work: WorkOpt = None,
    training: TrainingOpt = None,
    cert: CertOpt = None,
    years_after_cert: YearsAfterOpt = None,
    title: TitleOpt = None,
    direction: DirectionOpt = None,
    as_of: AsOfOpt = None,
    level: Annotated[
        str | None,
        typer.Option(
            "--level", metavar="LEVEL", help="help.opt.level", autocompletion=complete_level
        ),
    ] = None,
    input_file: InputOpt = None,
    rules: RulesOpt = None,
    edition: EditionOpt = None,
    compare_editions: CompareOpt = False,
    fmt: FormatOpt = "table",
    lang: LangOpt = None,
    interactive: InteractiveOpt = False,
    schema: Annotated[bool, typer.Option("--schema", help="help.opt.schema")] = False,
) -> None:
    """Check which levels a candidate may apply for, and why."""
    language_ = language(lang)
    output = output_format(fmt, language_)
    if schema:
        from mediaops.models import candidate_schema

        ignored = _ignored_by_schema(ctx, output)
        if ignored:
            options = Both(*(listing([tr(k, lg) for k in ignored], lg) for lg in LANGS))
            fail(language_, Msg.of("err.schema_with", options=options))

        emit_json(candidate_schema())
        return
    when = as_of_date(as_of, language_)
    rs = ruleset(rules, edition, language_)
    level_number: int | None = None
    if level is not None:
        from mediaops.values import parse_level

        with input_errors(language_):
            level_number = parse_level(level, "--level")
        if rs.level(level_number) is None:
            fail(language_, Msg.of("err.no_level", value=level))
    flags = fact_flags(locals())
    candidate, file_as_of = gather_candidate(language_, flags, input_file, interactive, when, rs)
    on = when or file_as_of or date.today()
    document = input_file is not None
    report = evaluate_or_fail(candidate, rs, on, language_, document=document)
    # the other edition: side by side, or for the table's line when it decides differently
    others = (
        [
            evaluate_or_fail(candidate, r, on, language_, document=document)
            for r in other_editions(rs, rules)
        ]
        if compare_editions or output == "table"
        else []
    )
    if output == "json":
        data: Any = report.to_dict(language_)
        if compare_editions:
            data = {"editions": [r.to_dict(language_) for r in (report, *others)]}
        emit_json(data)
    else:
        from mediaops.ui.report import editions_renderable, report_renderable

        if compare_editions:
            print_renderable(editions_renderable([report, *others], language_))
        else:
            print_renderable(
                report_renderable(report, language_, other=others[0] if others else None)
            )
    if level_number is not None:
        ok = report.level(level_number).status.value == "eligible"
    else:
        ok = bool(report.eligible_levels)
    raise typer.Exit(EXIT_OK if ok else EXIT_NOT_ELIGIBLE)
