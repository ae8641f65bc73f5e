"""The JSON Lines encoder (orjson, with :mod:`json` for what orjson refuses) writes the
text the json module writes with ``ensure_ascii=False`` and compact separators."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from mediaops.report.json import dumps
from shared_examples import given_shared

#: JSON values as a report or a row's own keys hold them: any text (Chinese, control
#: characters, lone surrogates), integers of any size, nested lists and objects.
values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(st.characters(exclude_categories=())),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


def stdlib(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


@given_shared(settings(), values)
def test_same_text_as_the_json_module(value: Any) -> None:
    assert dumps(value) == stdlib(value)


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_floats_read_back_as_they_were(value: float) -> None:
    # orjson and json may write an exponent differently (1e-7, 1e-07); the number is the same
    assert json.loads(dumps({"x": value})) == {"x": value}


def test_what_orjson_refuses_is_still_written() -> None:
    # json keeps a lone surrogate as it is (ensure_ascii=False), where orjson raises
    assert dumps({"n": 2**70, "s": "a\udc80"}) == '{"n":1180591620717411303424,"s":"a\udc80"}'
    assert dumps(["四级", "\u2028"]) == '["四级","\u2028"]'
