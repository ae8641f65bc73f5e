"""A property's examples shared out between the quick run and the slow run.

The README's command runs the tests not marked ``slow``; ``.ci/run`` runs those and then
the slow ones. A property declared with :func:`given_shared` instead of ``@settings`` and
``@given`` is collected as two tests: ``[quick]`` tries a quarter of the examples its
settings ask for, ``[more]`` (marked ``slow``) the other three quarters. So the quick run
still tries every property, and ``.ci/run`` tries as many examples of each as before::

    @given_shared(settings(max_examples=40, deadline=None), candidates(), lang=LANGS)
    @example(candidate=EDGE, lang="zh")  # below: both tests try it
    def test_something(candidate: Candidate, lang: str) -> None: ...
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

#: The share of a property's examples the quick run tries.
QUICK_SHARE = 4
SHARES = ("quick", pytest.param("more", marks=pytest.mark.slow))


def quick_examples(total: int) -> int:
    """How many of ``total`` examples the quick run tries (at least one)."""
    return max(1, total // QUICK_SHARE)


def given_shared(
    base: settings, *strategies: Any, **named: Any
) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """``@settings(base)`` and ``@given(*strategies, **named)``, with ``base.max_examples``
    shared out between ``[quick]`` and ``[more]`` (see the module doc)."""
    quick = quick_examples(base.max_examples)
    counts = {"quick": quick, "more": base.max_examples - quick}
    # as pytest's hypothesis plugin does for any parametrized property: one test is run
    # by a new instance of its class for each parameter
    suppressed = {*base.suppress_health_check, HealthCheck.differing_executors}

    def decorate(test: Callable[..., None]) -> Callable[..., None]:
        runs = {
            share: settings(base, max_examples=n, suppress_health_check=suppressed)(
                given(*strategies, **named)(test)
            )
            for share, n in counts.items()
        }

        @functools.wraps(runs["quick"])
        def run(*args: Any, share: str, **kwargs: Any) -> None:
            examples = vars(run).get("hypothesis_explicit_examples")
            if examples is not vars(test).get("hypothesis_explicit_examples"):
                raise TypeError(f"{test.__name__}: put @example below @given_shared")
            runs[share](*args, **kwargs)

        signature = inspect.signature(runs["quick"])
        share = inspect.Parameter("share", inspect.Parameter.KEYWORD_ONLY)
        run.__signature__ = signature.replace(  # type: ignore[attr-defined]
            parameters=[*signature.parameters.values(), share]
        )
        return pytest.mark.parametrize("share", SHARES)(run)

    return decorate
