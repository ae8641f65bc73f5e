"""mediaops: which levels of the 全媒体运营师 qualification can a person apply for, and why.

The library is the product; the ``mediaops`` command is one caller::

    from datetime import date
    from mediaops import Candidate, evaluate, load_ruleset

    report = evaluate(Candidate(education="大专", experience=3.5), load_ruleset(),
                      as_of=date(2026, 11, 27))
    report.highest_eligible          # 4
    report.to_dict("en")             # the JSON of `mediaops check --format json`

Names are imported lazily (PEP 562) so that ``mediaops --version`` does not
pay for pydantic.
"""

from typing import TYPE_CHECKING, Any

from .__about__ import __version__


class _FromSource:
    """Imports the named modules from their ``.py`` files (a ``sys.meta_path`` finder)."""

    def __init__(self, files: dict[str, str]) -> None:
        self.files = files

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> Any:
        file = self.files.get(name)
        if file is None:
            return None
        from importlib.util import spec_from_file_location

        return spec_from_file_location(name, file)


def _use_sources_once_changed() -> None:
    """Import the compiled modules from source once any has changed, or when asked to.

    The screening hot path may be compiled (``hatch_build.py``), which lists
    the modules in ``_compiled.txt``; an editable install compiles them in
    place and lists each source's size and time too. A compiled module is
    imported before its source, so an edit would go unseen: once any source
    differs, all of them (compiled, they call one another directly) are
    imported from source until the next install compiles them again.
    ``MEDIAOPS_PURE_PYTHON=1`` imports them from source always.
    """
    import os

    here = os.path.dirname(__file__)
    try:
        with open(os.path.join(here, "_compiled.txt"), encoding="utf-8") as f:
            entries = [line.split("\t") for line in f.read().splitlines() if line]
    except OSError:
        return  # nothing compiled
    if not os.environ.get("MEDIAOPS_PURE_PYTHON"):
        for file, size, mtime in entries:
            if size == "-":
                continue  # a wheel's: installed, not edited
            try:
                stat = os.stat(os.path.join(here, file))
            except OSError:
                break
            if (stat.st_size, stat.st_mtime_ns) != (int(size), int(mtime)):
                break
        else:
            return
    import sys

    files = {f"{__name__}.{file[:-3]}": os.path.join(here, file) for file, _, _ in entries}
    sys.meta_path.insert(0, _FromSource(files))


_use_sources_once_changed()

if TYPE_CHECKING:
    from .engine import evaluate
    from .models import Candidate, Certificate, InputError, WorkPeriod
    from .report import Report, Status, Verdict
    from .rules import Ruleset, RulesetError, load_ruleset

__all__ = [
    "Candidate",
    "Certificate",
    "InputError",
    "Report",
    "Ruleset",
    "RulesetError",
    "Status",
    "Verdict",
    "WorkPeriod",
    "__version__",
    "evaluate",
    "load_ruleset",
]

_HOMES = {
    "evaluate": "engine",
    "Candidate": "models",
    "Certificate": "models",
    "InputError": "models",
    "WorkPeriod": "models",
    "Report": "report",
    "Status": "report",
    "Verdict": "report",
    "Ruleset": "rules",
    "RulesetError": "rules",
    "load_ruleset": "rules",
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        from importlib import import_module

        return getattr(import_module(f".{_HOMES[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
