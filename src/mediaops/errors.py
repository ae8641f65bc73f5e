"""The errors the library raises for input a person gave: the message is data, worded later.

Every message is a :class:`~mediaops.messages.Msg` (a catalogue key and its
parameters), so that the same error reads in Chinese or English wherever it
is shown (a flag, a cell of a spreadsheet, an answer to a question).
"""

from __future__ import annotations

from .messages import Msg


class InputError(ValueError):
    """A value that cannot be used: unrecognised, malformed, out of range or contradictory.

    Attributes:
        field: the field as the user named it (``--cert``, ``certificates.0.level``, a column).
        msg: the explanation, worded in the user's language when shown.
        place: where the value sits in a candidate document (``work_history``, ``1``),
            where a check made after reading it knows (empty: not known); a
            message about a document names it there, as a list's other errors do.
    """

    def __init__(self, field: str, msg: Msg, *, place: tuple[str, ...] = ()) -> None:
        super().__init__(msg.format("en"))
        self.field = field
        self.msg = msg
        self.place = place


class ContradictionError(InputError):
    """Facts that cannot all be true (a period that ends before it starts): never taken as unknown."""
