"""``mediaops plan``: the earliest date for each level, if the candidate keeps working.

Exit status: 0 when some level is held or can be reached, 1 when none can,
2 for bad input.
"""

import re
from datetime import date
from pathlib import PurePath
from typing import Annotated, Any

import typer

from mediaops.messages import Lang, Msg, os_error, shown, shown_path, tr

from .app import command
from .common import (
    EXIT_IO,
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
    emit_json,
    fact_flags,
    fail,
    file_path,
    gather_candidate,
    input_errors,
    language,
    offered_name,
    other_editions,
    output_format,
    print_renderable,
    ruleset,
    trailing_words,
    without_trailing,
)


def _months(text: str, lang: Any) -> int:
    """``--exam-lag-months``: a whole number of months from 0 to 120, with its unit or not.

    Read as typed values are (:func:`mediaops.values.key`): full-width digits (``３``, as a
    Chinese input method types them) as the ASCII ones, as ``-x ３`` does, other digits
    (``²``, ``٣``) not; ``6个月``, ``6 months`` as ``6``.
    """
    from mediaops import values
    from mediaops.plan import MAX_EXAM_LAG

    value = re.sub(r"(?:个月|個月|月|months?)$", "", values.key(text))
    if not (value.isascii() and value.isdigit() and len(value) <= 3 and int(value) <= MAX_EXAM_LAG):
        field = tr("field.exam_lag_months", lang)
        fail(lang, Msg.of("err.months", field=field, value=shown(text), max=MAX_EXAM_LAG))
    return int(value)


@command("plan")
def plan(
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
    exam_lag_months: Annotated[
        str, typer.Option("--exam-lag-months", metavar="MONTHS", help="help.opt.exam_lag_months")
    ] = "3",
    assume_training: Annotated[
        list[str] | None,
        typer.Option("--assume-training", metavar="LEVEL", help="help.opt.assume_training"),
    ] = None,
    assume_education: Annotated[
        str | None,
        typer.Option("--assume-education", metavar="VALUE", help="help.opt.assume_education"),
    ] = None,
    assume_major: Annotated[
        str | None,
        typer.Option("--assume-major", metavar="same|related", help="help.opt.assume_major"),
    ] = None,
    svg: Annotated[str | None, typer.Option("--svg", metavar="FILE", help="help.opt.svg")] = None,
    input_file: InputOpt = None,
    rules: RulesOpt = None,
    edition: EditionOpt = None,
    compare_editions: CompareOpt = False,
    fmt: FormatOpt = "table",
    lang: LangOpt = None,
    interactive: InteractiveOpt = False,
) -> None:
    """When the candidate may apply for each level, if they keep working."""
    from mediaops import values
    from mediaops.plan import assume, assumed_words, training_levels
    from mediaops.plan import plan as make_plan

    language_ = language(lang)
    if svg is not None:
        file_path(svg, "--svg", language_, dash=False)
        if svg.strip() == "-":  # as for --input, "-" names no file: no picture on stdout
            fail(language_, Msg.of("plan.svg_stdout"))
        _svg_name(svg, language_)
        from mediaops.files import is_stdout

        if is_stdout(svg):  # /dev/stdout: the picture after the table, or over it in a file
            fail(language_, Msg.of("plan.svg_is_stdout", path=shown_path(svg)))
    if svg is not None and input_file is not None:
        from mediaops.files import same_file

        if same_file(input_file, str(svg)):  # checked before anything is read or written
            source = Msg.of("batch.stdin") if input_file == "-" else shown_path(input_file)
            fail(language_, Msg.of("plan.svg_is_input", svg=shown_path(str(svg)), source=source))
    output = output_format(fmt, language_)
    when = as_of_date(as_of, language_)
    rs = ruleset(rules, edition, language_)
    lag = _months(exam_lag_months, language_)
    with input_errors(language_):
        extra_training = [
            values.parse_training(t, "--assume-training")
            for given in assume_training or []
            for t in values.split_trainings(given)  # 四级、三级, as --training takes them
        ]
        extra_education = (
            values.parse_education(assume_education, "--assume-education", as_of=when)
            if assume_education is not None
            else None
        )
        extra_major = (
            values.parse_assumed_major(assume_major, "--assume-major")
            if assume_major is not None
            else None
        )
    flags = fact_flags(locals())
    candidate, file_as_of = gather_candidate(
        language_, flags, input_file, interactive, when, rs, plan=True
    )
    candidate = assume(
        candidate, training=extra_training, education=extra_education, major=extra_major
    )
    on = when or file_as_of or date.today()
    rulesets = [rs, *(other_editions(rs, rules) if compare_editions else [])]

    def planned(r: Any) -> Any:
        # training no clause of the edition asks for is not an assumption the plan rests
        # on: a note says it changes nothing (template-2023 has no training pathway)
        trained = training_levels(r)
        used = [t for t in extra_training if t in trained]
        unused = tuple(t for t in extra_training if t not in trained)
        assumed = assumed_words(training=used, education=extra_education, major=extra_major)
        return make_plan(
            candidate,
            r,
            as_of=on,
            exam_lag_months=lag,
            assumed=assumed,
            unused_training=unused,
        )

    with input_errors(language_, document=input_file is not None):
        plans = [planned(r) for r in rulesets]
    result = plans[0]
    if output == "json":
        data: Any = result.to_dict(language_)
        if compare_editions:
            data = {
                "editions": [
                    {"edition": r.edition, **p.to_dict(language_)}
                    for r, p in zip(rulesets, plans, strict=True)
                ]
            }
        emit_json(data)
    else:
        from mediaops.ui.plan import plan_renderable

        for i, p in enumerate(plans):
            if i:
                print_renderable("")
            print_renderable(plan_renderable(p, language_))
    if svg is not None:
        from mediaops.ui.plan import save_svg

        try:
            save_svg(result, language_, svg)  # not Path(svg): it drops a final slash
        except OSError as exc:
            where = shown_path(str(svg))
            fail(language_, Msg.of("plan.svg_failed", path=where, detail=os_error(exc)), EXIT_IO)
    reachable = any(p.status.value not in ("unreachable", "not_offered") for p in result.levels)
    raise typer.Exit(EXIT_OK if reachable else EXIT_NOT_ELIGIBLE)


def _svg_name(path: str, lang: Lang) -> None:
    """Refuse a ``--svg`` name whose extension says another format (``--svg 路线.png``):
    the picture is always SVG, and under a .png or .pdf name an image viewer fails to open
    it, or the name says something the file is not. The extension as Windows names the
    file (trailing spaces and dots dropped, as ``batch -o`` reads it), in any case (.SVG).

    A name with no extension is taken as it is: it claims no format, and it is how a
    device or a pipe is named (``--svg >(gzip > plan.svgz)``, ``/dev/fd/3``), which a
    required .svg would refuse (``/dev/stdout`` is refused as stdout, where the table goes).
    """
    name = without_trailing(path)
    suffix = PurePath(name).suffix
    if suffix and suffix.lower() != ".svg":
        fail(lang, Msg.of("plan.svg_suffix", path=shown_path(path), suffix=shown(suffix)))
    if PurePath(name).name.lower() == ".svg":  # "$name.svg" with $name empty: a hidden file
        fail(lang, Msg.of("plan.svg_no_name", path=shown_path(path)))
    if name != path:  # 路线.svg␠: Windows saves 路线.svg, other systems keep the blank
        # nothing named but a folder ("...", "图/ "): not .svg, a hidden file, offered
        fixed = offered_name(name, ".svg", ("路线", "plan"), (".svg",))
        chars = trailing_words(path[len(name) :])
        fail(lang, Msg.of("plan.svg_trailing", path=shown_path(path), chars=chars, fixed=fixed))
