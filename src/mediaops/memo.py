"""The one memo helper: a bounded LRU on the whole input of a pure function.

Every memo in mediaops is made here, so that one docstring says when a memo
is sound and one table says how large each may grow:

* the function is **pure**: its result depends on its arguments alone (no
  clock, no I/O, no global state) and is never mutated by its callers;
* the key is **every argument** (``functools.lru_cache`` keys on them all):
  nothing is left out on the strength of an argument about what the function
  does not read, so a memo can never change a result;
* the memo is **bounded** (least recently used entries go first), so memory
  stays flat however long a list is.

Condition units are called through a memo keyed on the facts they declare;
``tests/test_conditions.py`` checks that they read nothing else, which makes
those facts their whole input. The levels' decisions are remembered together
on the standings of every condition with their dates replaced by stand-ins of
the same rank (:func:`mediaops.engine.decide.on_order`): the whole input of a
function that only compares dates, mapped back after (``tests/test_decide.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

#: Entries each memo keeps, by what it remembers. Sized so that a long list's
#: common combinations stay while its rare ones come and go: together they
#: hold a few tens of megabytes (benchmarks/batch.py measures it).
SIZES: dict[str, int] = {
    "cells": 16384,  # a spreadsheet column's distinct texts, each read once
    "outcomes": 8192,  # a group of conditions, per the facts it reads
    "decisions": 8192,  # every level of a row, per its standings (dates by their order)
    "wording": 2048,  # a condition's, a pathway's or a level's words, per outcome
    "json": 4096,  # pieces of a JSON report
    "rows": 8192,  # a row's result, per its fact cells
    "reports": 512,  # a row's result with its JSON report (a few kB each), per its fact cells
    "layout": 1024,  # where a text shown in a table may not break, per text and width
}


def memoized(function: F, size: str) -> F:
    """``function`` remembering its last :data:`SIZES` ``[size]`` results.

    Args:
        function: a pure function of hashable arguments.
        size: the entry of :data:`SIZES` that bounds it.
    """
    return lru_cache(maxsize=SIZES[size])(function)  # type: ignore[return-value]
