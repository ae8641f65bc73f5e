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

if TYPE_CHECKING:
    from .engine.decide import Verdict
    from .engine.outcome import Status
    from .errors import InputError
    from .models import Candidate, Certificate, Diploma, Title, WorkPeriod
    from .report import Report, evaluate
    from .rules import Ruleset, RulesetError, load_ruleset

__all__ = [
    "Candidate",
    "Certificate",
    "Diploma",
    "InputError",
    "Report",
    "Ruleset",
    "RulesetError",
    "Status",
    "Title",
    "Verdict",
    "WorkPeriod",
    "__version__",
    "evaluate",
    "load_ruleset",
]

_HOMES = {
    "evaluate": "report",
    "Report": "report",
    "Candidate": "models",
    "Certificate": "models",
    "Diploma": "models",
    "Title": "models",
    "WorkPeriod": "models",
    "InputError": "errors",
    "Status": "engine.outcome",
    "Verdict": "engine.decide",
    "Ruleset": "rules",
    "RulesetError": "rules",
    "load_ruleset": "rules",
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        from importlib import import_module

        return getattr(import_module(f".{_HOMES[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
