"""``python -m mediaops`` and the ``mediaops`` console script.

``mediaops --version`` is answered here, before typer (or anything else) is
imported, so that it costs little more than starting Python.
"""

import sys


def main() -> None:
    """Entry point: the version fast path, else the command-line app."""
    if sys.argv[1:] in (["--version"], ["-V"]):
        from .__about__ import __version__

        print(f"mediaops {__version__}")
        return
    from .cli import main as cli_main

    cli_main()


if __name__ == "__main__":
    main()
