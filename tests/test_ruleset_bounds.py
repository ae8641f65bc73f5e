"""A ruleset text too deep for the TOML parser is refused before it is parsed, and only then.

Brackets count outside strings and comments; inside them they are text. The
count stops at :data:`mediaops.rules.MAX_DEPTH` (12) open brackets.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mediaops.rules import EDITIONS, MAX_DEPTH, RulesetError, builtin_ruleset_text, parse_ruleset

DEEP = "[" * (MAX_DEPTH + 1)


def refused_as_too_deep(text: str) -> bool:
    try:
        parse_ruleset(text)
    except RulesetError as exc:
        return any(p.key == "rules.err.too_deep" for p in exc.problems)
    return False


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        (f"x = {DEEP}", True),
        (f"x = {'[' * MAX_DEPTH}1{']' * MAX_DEPTH}", False),  # exactly the limit
        ("x = " + "{a = " * (MAX_DEPTH + 1), True),  # inline tables count too
        (f'x = "{DEEP}"', False),  # in a basic string
        (f"x = '{DEEP}'", False),  # in a literal string
        (f"# {DEEP}\nx = 1", False),  # in a comment
        (f'x = "a\\"{DEEP}"', False),  # an escaped quote does not end the string
        (f"x = 'a\\'\n{DEEP}", True),  # a literal string has no escapes: it ends at the '
        (f'x = "open\n{DEEP}', True),  # a string ends at the end of its line
        (f"x = [\n{']' * 40}\n{DEEP}", True),  # a closing bracket never counts below zero
        # multi-line strings: text to their closing triple quote, over lines and odd quotes
        (f'x = """a\n{DEEP}\n"""', False),
        (f"x = '''a\n{DEEP}\n'''", False),
        (f'x = ["""a"b""", {DEEP}', True),
        (f"x = ['''a'b''', {DEEP}", True),
        (f'x = """{"]" * 40}"""\ny = {DEEP}', True),  # brackets in a string close nothing
        (f'x = """a"""""\ny = {DEEP}', True),  # a closing triple quote with two more quotes
    ],
)
def test_depth_is_counted_outside_strings_and_comments(text: str, refused: bool) -> None:
    assert refused_as_too_deep(text) is refused


@given(st.text(alphabet="[]{}ab \n", max_size=40))
def test_brackets_inside_a_string_or_comment_never_refuse(inside: str) -> None:
    inside = inside.replace("\n", " ")
    assert not refused_as_too_deep(f"a = '{inside}'\nb = \"{inside}\"\n# {inside}\nc = 1\n")


@pytest.mark.parametrize("edition", sorted(EDITIONS))
def test_the_built_in_editions_are_within_the_bounds(edition: str) -> None:
    """The built-in editions are parsed without the bounds (they are part of the package);
    each is within them."""
    assert parse_ruleset(builtin_ruleset_text(edition)).edition == edition
