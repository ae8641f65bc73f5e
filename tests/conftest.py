"""What every test module shares."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from unittest import mock

import pytest
import typer.main
import typer.testing
from hypothesis import HealthCheck, settings

# No time limit on one example: a property's examples run the whole engine (or a batch), and
# on a loaded 2-core machine one may take longer than hypothesis's 200 ms by chance, which
# failed a test whose result was right. Every ``settings(...)`` of a test inherits this.
settings.register_profile("mediaops", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("mediaops")


@pytest.fixture(autouse=True, scope="session")
def _command_built_once() -> Iterator[None]:
    """Let typer's CliRunner build the click command of an app once per test process.

    ``CliRunner.invoke`` builds it again on every call (some 20 ms: every command's
    parameters read from its signature), the program once per run; no command changes it
    while it runs, so one built command serves every invoke.
    """
    built = functools.cache(typer.main.get_command)
    with mock.patch.object(typer.testing, "_get_command", built):
        yield
