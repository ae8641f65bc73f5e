"""Reading a JSON document a person or a program gave, within bounds.

The ``--input`` file of ``check`` and each line of a JSON Lines list go
through :func:`load_object`: bytes are decoded as a batch CSV is (UTF-8, a
BOM, UTF-16 with its BOM, or GB18030), nesting is bounded before the parser
could reach the recursion limit, numbers are bounded in length, a key given
twice in one object is refused (naming the key), and so is a string that
cannot be written back as UTF-8 (a lone surrogate). Each problem is an
:class:`~mediaops.errors.InputError` with a message naming it.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from .errors import InputError
from .messages import Both, Msg, shown

#: What a document is called in messages: a flag (``--input``) or words in both languages.
Label = str | Both


def _name(field: Label) -> str:
    """The field of an :class:`InputError` (the English words of a bilingual label)."""
    return field if isinstance(field, str) else field.en


#: The json module's reasons, in Chinese (the English is its own).
_REASONS = {
    "Expecting value": "此处应为一个值",
    "Expecting property name enclosed in double quotes": "此处应为带双引号的键名",
    "Expecting ',' delimiter": "缺少逗号",
    "Expecting ':' delimiter": "缺少冒号",
    "Unterminated string starting at": "字符串没有结束",
    "Extra data": "JSON 之后还有多余的内容",
    "Invalid control character at": "字符串中有控制字符",
    "Invalid \\escape": "无效的转义",
    "Illegal trailing comma before end of object": "对象末尾多了逗号",
    "Illegal trailing comma before end of array": "数组末尾多了逗号",
}

#: Deepest nesting of arrays and objects accepted.
MAX_DEPTH = 32
#: Longest run of digits in a number.
MAX_DIGITS = 20
_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)


def decode(data: bytes, field: Label) -> str:
    """JSON text from bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, or GB18030.

    Raises:
        InputError: the bytes are in none of these.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise _undecodable(field, data, exc, "UTF-16") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as first:
        try:
            return data.decode("gb18030")
        except UnicodeDecodeError:
            raise _undecodable(field, data, first, "UTF-8, GB18030") from None


def _undecodable(field: Label, data: bytes, exc: UnicodeDecodeError, tried: str) -> InputError:
    line = data.count(b"\n", 0, exc.start) + 1
    return InputError(
        _name(field),
        Msg.of("err.encoding_bytes", field=field, encodings=tried, line=line, byte=exc.start + 1),
    )


def _depth(text: str) -> int:
    depth = deepest = 0
    for ch in re.findall(r"[\[\]{}]", _STRINGS.sub("", text)):
        if ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
            if deepest > MAX_DEPTH:
                break
        else:
            depth -= 1
    return deepest


class _Long(str):
    """A number too long to read, kept as its text until the key it belongs to is known."""


def _holds_long(value: Any) -> bool:
    if isinstance(value, _Long):
        return True
    return isinstance(value, list) and any(_holds_long(v) for v in value)


class _Object(dict[str, Any]):
    """A JSON object, and the keys it gave more than once (kept as ``key (2)``…)."""

    repeated: tuple[str, ...] = ()


def _pairs(field: Label) -> Any:
    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        for key, value in pairs:
            if _holds_long(value):
                raise InputError(
                    _name(field),
                    Msg.of("err.json_number_key", field=field, key=shown(key), value=_first(value)),
                )
        keys = [key for key, _ in pairs]
        names = numbered(keys)
        out = _Object(zip(names, (value for _, value in pairs), strict=True))
        out.repeated = tuple(key for key, name in zip(keys, names, strict=True) if name != key)
        return out

    return hook


def numbered(names: Sequence[str], taken: Iterable[str] = ()) -> list[str]:
    """``names``, each told apart from ``taken`` and from those before it: a name already
    used becomes ``name (2)``, or the next number free. A number is free if no column is
    written with it either (``a, a, a (2)`` gives ``a, a (3), a (2)``: a name written once
    is kept)."""
    used = set(taken)
    written = set(names)
    if len(written) == len(names) and used.isdisjoint(written):
        return list(names)  # nothing to tell apart (every JSON object of a batch, mostly)
    following: dict[str, int] = {}  # per name, the number to try next
    out = []
    for name in names:
        told = name
        if told in used:
            k = following.get(name, 2)
            while (told := f"{name} ({k})") in used or told in written:
                k += 1
            following[name] = k + 1
        used.add(told)
        out.append(told)
    return out


def _check_repeated(value: dict[str, Any], field: Label, allowed: Callable[[str], bool]) -> None:
    """Refuse a key given twice in one object, but where ``allowed`` (top level only)."""
    for key in getattr(value, "repeated", ()):
        if not allowed(key):
            raise InputError(
                _name(field), Msg.of("err.json_duplicate", field=field, key=shown(key))
            )
    stack: list[Any] = list(value.values())
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            repeated: tuple[str, ...] = getattr(item, "repeated", ())
            if repeated:
                key = repeated[0]
                raise InputError(
                    _name(field), Msg.of("err.json_duplicate", field=field, key=shown(key))
                )
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _first(value: Any) -> str:
    long = value if isinstance(value, _Long) else next(v for v in value if _holds_long(v))
    return long if isinstance(long, str) else _first(long)


def _number(field: Label, kind: type) -> Any:
    def read(text: str) -> Any:
        if len(re.sub(r"\D", "", text)) > MAX_DIGITS:
            return _Long(shown(text, 30))  # refused by the object it is in, naming its key
        return kind(text)

    return read


def _constant(field: Label) -> Any:
    def refuse(text: str) -> Any:
        raise InputError(_name(field), Msg.of("err.json_constant", field=field, value=text))

    return refuse


def _check_strings(value: dict[str, Any], field: Label) -> None:
    """Refuse strings that cannot be written as UTF-8 (a lone surrogate from ``\\ud800``),
    naming the key they are under."""
    stack: list[tuple[str, Any]] = [(k, k) for k in value] + list(value.items())
    while stack:
        key, item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                msg = Msg.of("err.json_surrogate", field=field, key=shown(key), value=shown(item))
                raise InputError(_name(field), msg) from None
        elif isinstance(item, dict):
            stack.extend((k, k) for k in item)
            stack.extend(item.items())
        elif isinstance(item, list):
            stack.extend((key, v) for v in item)


def load_object(
    text: str, field: Label, *, repeatable: Callable[[str], bool] | None = None
) -> dict[str, Any]:
    """A JSON object from ``text``, within the bounds of this module.

    Args:
        text: the JSON text.
        field: what it is, in messages (``--input``; ``第 3 行``/``line 3``).
        repeatable: the keys of the object itself that may be given twice,
            each later one kept as ``key (2)``, ``key (3)`` (a batch row's
            columns passed through); any other key given twice is refused.

    Raises:
        InputError: empty, not JSON, not an object, too deep, a number too long, a key
            given twice, or a string that is not text.
    """
    if not text.strip():  # json would say "Expecting value (column 1)", as if one were wrong
        raise InputError(_name(field), Msg.of("err.json_empty", field=field))
    if _depth(text) > MAX_DEPTH:
        raise InputError(_name(field), Msg.of("err.json_deep", field=field, depth=MAX_DEPTH))
    try:
        value = json.loads(
            text,
            object_pairs_hook=_pairs(field),
            parse_int=_number(field, int),
            parse_float=_number(field, float),
            parse_constant=_constant(field),
        )
    except json.JSONDecodeError as exc:
        reason = Both(_REASONS.get(exc.msg, "格式有误"), exc.msg)
        if exc.lineno == 1:  # one line (a JSON Lines row): the column says where
            msg = Msg.of("err.json_at", field=field, reason=reason, column=exc.colno)
        else:
            msg = Msg.of("err.json", field=field, reason=reason, line=exc.lineno, column=exc.colno)
        raise InputError(_name(field), msg) from None
    except RecursionError:  # (bounded above; kept for what the count cannot see)
        raise InputError(
            _name(field), Msg.of("err.json_deep", field=field, depth=MAX_DEPTH)
        ) from None
    if _holds_long(value):
        raise InputError(_name(field), Msg.of("err.json_number", field=field, value=_first(value)))
    if not isinstance(value, dict):
        raise InputError(_name(field), Msg.of("err.json_not_object", field=field))
    _check_repeated(value, field, repeatable or (lambda key: False))
    _check_strings(value, field)
    return dict(value)
