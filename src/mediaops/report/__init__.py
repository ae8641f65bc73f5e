"""The report: the engine's findings worded, and the JSON contract.

:func:`evaluate` is the library's front door: a candidate, a ruleset and a
date in, a :class:`~mediaops.report.result.Report` out.
"""

from __future__ import annotations

from datetime import date

from mediaops.engine.evaluator import Evaluator
from mediaops.engine.facts import prepare
from mediaops.models import Candidate
from mediaops.rules import Ruleset

from .result import Report


class Judge:
    """:func:`evaluate` under one ruleset, made ready once.

    For a caller that judges many candidates, or one on many dates, under the same
    ruleset (a plan judges dozens): the ruleset's evaluator is made once, not per call.
    Nothing else is kept between calls.
    """

    def __init__(self, ruleset: Ruleset) -> None:
        self.ruleset = ruleset
        self.evaluator = Evaluator(ruleset)

    def __call__(self, candidate: Candidate, *, as_of: date) -> Report:
        """The report on ``candidate`` on ``as_of`` (as :func:`evaluate`)."""
        return Report(self.evaluator.evaluate(prepare(candidate, as_of)))


def evaluate(candidate: Candidate, ruleset: Ruleset, *, as_of: date) -> Report:
    """Judge every level of ``ruleset`` for ``candidate`` on ``as_of``.

    Pure: no I/O, no clock, nothing remembered between calls.

    Args:
        candidate: the facts given (unknowns as None).
        ruleset: the requirements.
        as_of: the date the evaluation is made for.

    Returns:
        The report: a verdict per level (4, 3, 2, 1) with its reasons.

    Raises:
        InputError: a date after ``as_of``, or contradictory facts.
    """
    return Judge(ruleset)(candidate, as_of=as_of)


__all__ = ["Judge", "Report", "evaluate"]
