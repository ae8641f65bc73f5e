"""``python -m mediaops`` and the ``mediaops`` console script.

``mediaops --version`` is answered here, before typer (or anything else) is
imported, so that it costs little more than starting Python.
"""

import sys


def main() -> None:
    """Entry point: the version fast path, else the command-line app."""
    if sys.argv[1:] in (["--version"], ["-V"]):
        from .__about__ import __version__

        try:
            sys.stdout.write(f"mediaops {__version__}\n")
            sys.stdout.flush()
        except (OSError, ValueError, AttributeError) as exc:  # stdout full, closed or gone
            if getattr(exc, "errno", None) == 32:
                raise SystemExit(141) from None  # the reader went away
            from .messages import default_lang, os_error, tr

            lang = default_lang()
            if sys.stderr is not None:
                detail = (
                    tr("err.stdout_write", lang, detail=os_error(exc))
                    if isinstance(exc, OSError)
                    else tr("err.stdout_closed", lang)
                )
                sep = ":" if lang == "zh" else ": "
                sys.stderr.write(f"mediaops: {tr('err.io_title', lang)}{sep}{detail}\n")
            raise SystemExit(74) from None
        return
    import os

    # mediaops uses no pydantic plugin; looking for them reads every installed
    # package's entry points, a third of the start-up's own cost
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from .cli import main as cli_main

    cli_main()


if __name__ == "__main__":
    main()
