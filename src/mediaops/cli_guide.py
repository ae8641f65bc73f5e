"""The ``mediaops guide`` command: background on the occupation, from the library.

Kept in its own module so that the guide can grow without touching the main
CLI; ``mediaops.cli`` imports this module at its end, which registers the
command on :data:`mediaops.cli.app`. Like every command, it holds no content:
the words are in :mod:`mediaops.guide`, the requirements in the ruleset and
the layout in :mod:`mediaops.render_guide` (imported inside the command, so
``mediaops --help`` stays fast).
"""

from typing import Annotated

import typer

from .cli import LangOpt, RulesOpt, _fail, _lang, _ruleset, app


@app.command()
def guide(
    topic: Annotated[
        str | None,
        typer.Argument(
            metavar="TOPIC",
            help="roles, levels, careers or start (or 岗位 等级 职业发展 入门). "
            "Without it: the index, then every topic.",
            show_default=False,
        ),
    ] = None,
    rules: RulesOpt = None,
    lang: LangOpt = None,
) -> None:
    """What the occupation is, its levels, careers, and how to start. 职业介绍、等级、发展方向与入门。

    The levels and the way to the first level are read from the ruleset (--rules).
    """
    from .guide import resolve_topic
    from .models import InputError

    language = _lang(lang)
    topic_id: str | None = None
    if topic is not None:
        try:
            topic_id = resolve_topic(topic)
        except InputError as exc:
            _fail(language, exc.msg)
    ruleset = _ruleset(rules, language)

    from .render import make_console
    from .render_guide import guide_renderable

    make_console().print(guide_renderable(topic_id, ruleset, language))
