"""What a condition comes to for a candidate: a small frozen value, with no text in it.

An :class:`Outcome` holds the status (met / unmet / unknown), what would
close an unmet gap (time, the ladder of certificates, one action, or
nothing the candidate controls) and when time alone would, the actual value
the clause was compared with, why it is not met (a reason code and its
numbers), the facts that would settle it when unknown, and the assumptions
and notes it rests on. Wording is a separate function of (condition,
outcome) only (:mod:`mediaops.report.wording`): it cannot see the facts, so
remembering it on that key is sound by construction.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum
from typing import Any, NamedTuple


class Status(StrEnum):
    """The three-valued outcome of a condition or pathway."""

    met = "met"
    unmet = "unmet"
    unknown = "unknown"


class Closer(StrEnum):
    """What closes an unmet gap.

    ``time``: continued work; ``wait``: time itself, whether or not the candidate
    works (a certificate held for some years); ``ladder``: the certificate of a
    lower level, which the qualification's own ladder brings; ``action``: one
    thing the candidate can do now (complete formal training); ``outside``:
    nothing within the ladder or the candidate's reach soon (a diploma, a title).
    """

    time = "time"
    wait = "wait"
    ladder = "ladder"
    action = "action"
    outside = "outside"


class Record(tuple[tuple[str, Any], ...]):
    """Named values, hashable: a JSON object in an outcome (``{"education": …, "major": …}``)."""

    __slots__ = ()

    @classmethod
    def of(cls, **values: Any) -> Record:
        """A record of keyword values, in their order."""
        return cls(values.items())

    def as_dict(self) -> dict[str, Any]:
        """The values as a dict."""
        return dict(self)


class Need(NamedTuple):
    """A fact not given that would settle an unknown condition (``give your 四级's date``).

    ``id`` is the fact (``experience``, ``major``, ``certificate_date`` …);
    ``params`` what it is about (the level of the certificate, the diploma).
    """

    id: str
    params: Record = Record()

    @classmethod
    def of(cls, fact: str, **params: Any) -> Need:
        """A need for ``fact``, about ``params``."""
        return cls(fact, Record.of(**params))


class Note(NamedTuple):
    """An assumption the engine made on the candidate's facts, as data (worded later)."""

    key: str
    params: Record = Record()

    @classmethod
    def of(cls, key: str, **params: Any) -> Note:
        """A note of catalogue ``key`` (``note.<key>``) with ``params``."""
        return cls(key, Record.of(**params))


class Outcome(NamedTuple):
    """One condition, decided for one candidate on one date.

    Attributes:
        status: met, unmet or unknown.
        actual: the candidate's value the clause was compared with (JSON-ready,
            hashable: numbers, None, tuples, :class:`Record`).
        closer: for an unmet condition, what closes the gap.
        reachable_on: for a gap time closes: the date it is closed if the
            candidate keeps working (None beyond the horizon or when not by time);
            for an unknown condition, the date time alone meets it whatever the
            facts not given, if it does.
        reason: why it is not met, a code of its kind (``short``, ``major`` …).
        detail: the values of the reason (years short, a level, a diploma).
        needs: for an unknown condition, the facts that would settle it.
        assumptions: ids of the ruleset's assumptions it rests on.
        notes: the engine's assumptions on the facts it rests on.
    """

    status: Status
    actual: Any = None
    closer: Closer | None = None
    reachable_on: date | None = None
    reason: str | None = None
    detail: Record = Record()
    needs: tuple[Need, ...] = ()
    assumptions: tuple[str, ...] = ()
    notes: tuple[Note, ...] = ()


def all_of(statuses: Iterable[Status]) -> Status:
    """Three-valued AND: unmet if any is unmet, else unknown if any is unknown, else met."""
    seen = set(statuses)
    if Status.unmet in seen:
        return Status.unmet
    if Status.unknown in seen:
        return Status.unknown
    return Status.met


def any_of(statuses: Iterable[Status]) -> Status:
    """Three-valued OR: met if any is met, else unknown if any is unknown, else unmet."""
    seen = set(statuses)
    if Status.met in seen:
        return Status.met
    if Status.unknown in seen:
        return Status.unknown
    return Status.unmet
