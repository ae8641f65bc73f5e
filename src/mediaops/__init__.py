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


def _compiled_fresh(compiled: str, package: str) -> bool:
    """Whether ``compiled`` holds modules compiled from the package's sources as they are.

    The manifest lists each source compiled, with its size and time when an
    editable install compiled it (``-`` in a wheel: installed, not edited).
    """
    import os

    try:
        with open(os.path.join(compiled, "manifest.txt"), encoding="utf-8") as f:
            entries = [line.split("\t") for line in f.read().splitlines() if line]
    except OSError:
        return False  # nothing compiled
    try:
        for file, size, mtime in entries:
            if size == "-":
                continue
            stat = os.stat(os.path.join(package, file))
            if (stat.st_size, stat.st_mtime_ns) != (int(size), int(mtime)):
                return False
    except (OSError, ValueError):  # a source gone, or a manifest not of this form
        return False
    return bool(entries)


def _use_compiled_modules() -> bool:
    """Import the screening hot path compiled, where it was compiled and is not stale.

    An install compiles ``engine``, ``report``, ``report_json``, ``dates`` and
    ``batch`` with mypyc where it can (``hatch_build.py``) into
    ``_mediaops_compiled/`` beside the package. They are put first on the
    package's path only if every source is as compiled (else, compiled, they
    would hide an edit) and ``MEDIAOPS_PURE_PYTHON`` is not set. The choice is
    passed on to child processes (``batch --jobs`` workers) in the
    environment, so that they import the same code whatever changes after.
    """
    import os
    import sys

    package = os.path.dirname(__file__)
    compiled = os.path.join(os.path.dirname(package), "_mediaops_compiled")
    if not os.path.isdir(compiled):
        return False
    inherited = os.environ.get("_MEDIAOPS_COMPILED")
    if os.environ.get("MEDIAOPS_PURE_PYTHON", "").strip().lower() in ("1", "true", "yes"):
        use = False
    elif inherited in ("0", "1"):
        use = inherited == "1"
    else:
        use = _compiled_fresh(compiled, package)
    os.environ["_MEDIAOPS_COMPILED"] = "1" if use else "0"
    if use:
        __path__.insert(0, os.path.join(compiled, __name__))
        sys.path.append(compiled)  # their shared library, a top-level module
    return use


#: Whether the compiled modules are in use (see :func:`_use_compiled_modules`).
COMPILED = _use_compiled_modules()

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
