"""``mediaops guide``: background on the occupation, its levels, directions and first steps."""

from typing import Annotated

import typer

from .app import command
from .common import EditionOpt, LangOpt, RulesOpt, fail, language, ruleset, stdout_or_fail


@command("guide")
def guide(
    topic: Annotated[
        str | None,
        typer.Argument(metavar="TOPIC", help="help.arg.topic", show_default=False),
    ] = None,
    rules: RulesOpt = None,
    edition: EditionOpt = None,
    lang: LangOpt = None,
) -> None:
    """What the occupation is, its levels and directions, careers, and how to start."""
    from mediaops.errors import InputError
    from mediaops.guide import resolve_topic

    language_ = language(lang)
    topic_id: str | None = None
    if topic is not None:
        try:
            topic_id = resolve_topic(topic)
        except InputError as exc:
            fail(language_, exc.msg)
    rs = ruleset(rules, edition, language_)
    from mediaops.ui.guide import guide_renderable, show_paged

    stdout_or_fail()
    show_paged(guide_renderable(topic_id, rs, language_))
