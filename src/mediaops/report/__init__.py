"""The report: the engine's findings worded, and the JSON contract.

:func:`evaluate` is the library's front door: a candidate, a ruleset and a
date in, a :class:`~mediaops.report.result.Report` out.
"""

from __future__ import annotations

from datetime import date

from mediaops.dates import EARLIEST_DATE, LATEST_DATE
from mediaops.engine.evaluator import Evaluator
from mediaops.engine.facts import prepare
from mediaops.errors import InputError
from mediaops.messages import Msg
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
        if not isinstance(ruleset, Ruleset):  # (a path or an edition's id: load_ruleset)
            raise TypeError(f"ruleset: expected a Ruleset, not {type(ruleset).__name__}")
        self.ruleset = ruleset
        self.evaluator = Evaluator(ruleset)

    def __call__(self, candidate: Candidate, *, as_of: date) -> Report:
        """The report on ``candidate`` on ``as_of`` (as :func:`evaluate`)."""
        if not isinstance(candidate, Candidate):  # (a dict: Candidate(**it) or model_validate)
            raise TypeError(f"candidate: expected a Candidate, not {type(candidate).__name__}")
        return Report(self.evaluator.evaluate(prepare(candidate, checked_as_of(as_of))))


def checked_as_of(as_of: object) -> date:
    """``as_of`` as a date the engine can count from: a datetime is its date (as a
    candidate's dates are read), within the dates a fact may have (1900-01-01 to
    9000-12-31, as ``--as-of``).

    Raises:
        TypeError: not a date (a text, None).
        InputError: a date out of that range.
    """
    if type(as_of) is date and EARLIEST_DATE <= as_of <= LATEST_DATE:
        return as_of
    if not isinstance(as_of, date):
        raise TypeError(f"as_of: expected a datetime.date, not {type(as_of).__name__}")
    when = date(as_of.year, as_of.month, as_of.day)
    if not EARLIEST_DATE <= when <= LATEST_DATE:
        raise InputError(
            "as_of",
            Msg.of(
                "err.date_range",
                field="as_of",
                value=when.isoformat(),
                earliest=EARLIEST_DATE.isoformat(),
                latest=LATEST_DATE.isoformat(),
            ),
        )
    return when


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
        InputError: a date after ``as_of``, contradictory facts, or ``as_of`` before
            1900-01-01 or after 9000-12-31.
        TypeError: a candidate, ruleset or date of another type (a dict, a path, a text).
    """
    return Judge(ruleset)(candidate, as_of=as_of)


__all__ = ["Judge", "Report", "checked_as_of", "evaluate"]
