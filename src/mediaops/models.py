"""The candidate: the facts a person gives, as a strict, frozen model.

Every fact is optional where SPEC §1 says it may be unknown: ``None`` means
*unknown*, never "no" or zero. Lists (trainings, certificates, titles, work
history) left empty mean "none held"; a list of diplomas left empty means the
education is not given (someone with no diploma at all holds ``below_junior``).

The same model reads the ``--input`` JSON file and each line of a JSON Lines
list. In a JSON document a value is written as a JSON number (years, levels)
or as one of the accepted spellings (``"大专"``, ``"associate"``, ``"四级"``),
matched whole, in either case for Latin letters; dates are ``YYYY-MM-DD``.
:func:`candidate_schema` states exactly that as a JSON Schema. Typed text
(``三年``, ``大学本科``, ``四级 2024年1月10日``) is read by :mod:`mediaops.values`
for flags, questions and spreadsheet cells, which then build this model from
the values read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from typing import Annotated, Any, TypeVar

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    PrivateAttr,
    ValidationInfo,
    ValidatorFunctionWrapHandler,
    model_validator,
)

from . import dates, values
from .errors import InputError
from .messages import CATALOGUE, Both, Msg, localize, shown
from .terms import Direction, Education, Major, SchoolClass, TitleLevel

T = TypeVar("T")

_STRICT = ConfigDict(frozen=True, extra="forbid", defer_build=True)
_ISO_DATE = r"[0-9]{4}-[0-9]{2}-[0-9]{2}"


def _strict(table: Mapping[str, T], accepted: Any, kind: type) -> Callable[[Any, str], T]:
    """A reader of a JSON value: an instance of ``kind``, or a spelling in ``table``."""

    def read(value: Any, field: str) -> T:
        if isinstance(value, kind):
            return value  # type: ignore[return-value]
        if isinstance(value, str):
            found = table.get(values.strict_key(value))
            if found is not None:
                return found
        raise InputError(
            field, Msg.of("err.value", field=field, value=shown(value), accepted=accepted)
        )

    return read


def _level(value: Any, field: str) -> int:
    if isinstance(value, float) and value.is_integer():  # JSON's 4.0 is the integer 4
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 4:
        return value
    if isinstance(value, str):
        word = values.strict_key(value)
        if word in values.LEVEL_ALIASES:
            return values.LEVEL_ALIASES[word]
        raise values.level_error(word, field, value)  # names two levels (高级), or none
    raise InputError(
        field,
        Msg.of("err.value", field=field, value=shown(value), accepted=values.LEVEL_ACCEPTED),
    )


def _years(value: Any, field: str) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool):
        if not value >= 0 or value == float("inf"):  # negative, NaN, or 1e400 read as infinite
            # the number, not words: a flag's 三年 is no JSON value
            msg = Msg.of(
                "err.json_years_number",
                field=field,
                value=shown(value),
                max=int(values.MAX_YEARS),
            )
            raise InputError(field, msg)
        return values.parse_years(value, field)
    # JSON: a number, never text (so not 三年, which a flag or a cell may be)
    raise InputError(field, Msg.of("err.json_years_text", field=field, value=shown(value)))


def _day(value: Any, field: str) -> date:
    if isinstance(value, str) and re.fullmatch(_ISO_DATE, value):
        return values.parse_date(value, field)
    if isinstance(value, date):
        return values.parse_date(value, field)
    raise InputError(field, Msg.of("err.date", field=field, value=shown(value)))


def _as_of(value: Any, field: str) -> date:
    """The evaluation date of a document: a date, or a word for the day of the run (``"today"``,
    ``"今天"``), as ``--as-of`` takes."""
    if isinstance(value, str):
        if values.strict_key(value) in values.TODAY:
            return date.today()
        if not re.fullmatch(_ISO_DATE, value):
            raise InputError(field, Msg.of("err.as_of_date", field=field, value=shown(value)))
    return _day(value, field)


#: The values a JSON yes/no takes, listed as the message's language lists.
_TRUE_FALSE = Both("true、false", "true, false")


def _bool(value: Any, field: str) -> bool:
    if isinstance(value, bool):
        return value
    raise InputError(
        field, Msg.of("err.value", field=field, value=shown(value), accepted=_TRUE_FALSE)
    )


def _field(read: Callable[[Any, str], Any], *, optional: bool = False) -> BeforeValidator:
    """A pydantic before-validator running ``read`` with the field's own name."""

    def validate(value: Any, info: ValidationInfo) -> Any:
        if optional and value is None:
            return None
        return read(value, info.field_name or "value")

    return BeforeValidator(validate)


_education = _strict(values.EDUCATION_ALIASES, values.EDUCATION_ACCEPTED, Education)
_major = _strict(values.MAJOR_ALIASES, values.MAJOR_ACCEPTED, Major)
_class = _strict(values.CLASS_ALIASES, values.CLASS_ACCEPTED, SchoolClass)
_title = _strict(values.TITLE_ALIASES, values.TITLE_ACCEPTED, TitleLevel)
_direction = _strict(values.DIRECTION_ALIASES, values.DIRECTION_ACCEPTED, Direction)

LevelNumber = Annotated[int, _field(_level)]
Years = Annotated[float, _field(_years)]
OptionalYears = Annotated[float | None, _field(_years, optional=True)]
Day = Annotated[date, _field(_day)]
OptionalDay = Annotated[date | None, _field(_day, optional=True)]
Flag = Annotated[bool, _field(_bool)]
OptionalFlag = Annotated[bool | None, _field(_bool, optional=True)]
OptionalEducation = Annotated[Education | None, _field(_education, optional=True)]
OptionalMajor = Annotated[Major | None, _field(_major, optional=True)]
OptionalClass = Annotated[SchoolClass | None, _field(_class, optional=True)]


class Diploma(BaseModel):
    """A diploma held, or still being studied for.

    Attributes:
        education: its type (None: not given).
        major: how its major relates to the occupation (None: not given).
        graduating: still studying for it (在读; a final-year student, 在校应届毕业生,
            counts where a clause says so); None: not known.
        school_class: for a technical school (技工院校): 中级工班, 高级工班 or 预备技师班/技师班.
        evaluated: a 大专-or-higher programme that passed the provincial evaluation
            (经评估论证); None: not known.
    """

    model_config = _STRICT

    education: OptionalEducation = None
    major: OptionalMajor = None
    graduating: OptionalFlag = False
    school_class: OptionalClass = None
    evaluated: OptionalFlag = None

    @model_validator(mode="wrap")
    @classmethod
    def _class_of_a_technical_school(
        cls, data: Any, handler: ValidatorFunctionWrapHandler
    ) -> Diploma:
        """A class (预备技师班) is a technical school's (:func:`values.class_without_school`),
        named as the document gives it (``技师班``)."""
        diploma: Diploma = handler(data)
        given = data.get("school_class") if isinstance(data, dict) else None
        typed = given if isinstance(given, str) else None
        mismatch = values.class_without_school(
            diploma.education, diploma.school_class, "diploma", typed
        )
        if mismatch is not None:
            raise InputError("diplomas", mismatch)
        return diploma


class Certificate(BaseModel):
    """A vocational qualification or skill-level certificate held (this or a related occupation).

    Attributes:
        level: its level (a higher level satisfies a condition that asks for a lower one).
        date: when it was obtained, if known.
        years_after: years worked in the occupation since obtaining it, if known.
    """

    model_config = _STRICT

    level: LevelNumber
    date: OptionalDay = None
    years_after: OptionalYears = None


class Title(BaseModel):
    """A professional title (职称) held.

    Attributes:
        level: 初级, 中级 or 高级 (a higher title satisfies a clause asking for a lower one).
        date: when it was obtained, if known.
        years_after: years worked in the occupation since obtaining it, if known.
        corresponding: whether its speciality corresponds to this occupation (专业对应).
    """

    model_config = _STRICT

    level: Annotated[TitleLevel, _field(_title)]
    date: OptionalDay = None
    years_after: OptionalYears = None
    corresponding: OptionalFlag = None


class WorkPeriod(BaseModel):
    """A period worked in this or a related occupation; ``end`` is the last day worked.

    An open period (``end`` left out) runs up to the evaluation date.
    """

    model_config = _STRICT

    start: Day
    end: OptionalDay = None

    @model_validator(mode="after")
    def _ordered(self) -> WorkPeriod:
        if self.end is not None and self.end < self.start:
            text = f"{self.start}..{self.end}"
            raise InputError("work_history", Msg.of("err.period_order", field="work", value=text))
        return self


class Candidate(BaseModel):
    """Everything known about one person. ``None`` is unknown; empty lists are none held.

    ``education``, ``major`` and ``graduating`` describe one diploma (the
    shorthand of ``-e/--education``); ``diplomas`` gives several. Both may be
    used: the shorthand is one more diploma (:attr:`all_diplomas`).

    Attributes:
        education: the type of a diploma (the highest, when only one is given).
        major: how that diploma's major relates to the occupation.
        graduating: still studying for that diploma.
        diplomas: further diplomas, each with its own details.
        experience: cumulative years in this or a related occupation.
        work_history: dated periods of such work (overlaps count once).
        trainings: levels for which formal training (正规培训) was completed
            (empty: none; None: not known, as when a question is skipped).
        certificates: certificates held (empty: none; None: not known).
        titles: professional titles (职称) held (empty: none; None: not known).
        direction: the direction (职业方向) applied for.
    """

    model_config = _STRICT

    education: OptionalEducation = None
    major: OptionalMajor = None
    graduating: OptionalFlag = False
    diplomas: tuple[Diploma, ...] = ()
    experience: OptionalYears = None
    work_history: tuple[WorkPeriod, ...] = ()
    trainings: tuple[LevelNumber, ...] | None = ()
    certificates: tuple[Certificate, ...] | None = ()
    titles: tuple[Title, ...] | None = ()
    direction: Annotated[Direction | None, _field(_direction, optional=True)] = None
    #: with ``experience`` not given, the bound it was said to be at the questions
    #: (``三年多``, ``3年以上``, ``不到1年``), read as a sheet's cell of years is
    #: (:func:`values.years_bound`): no field of a document, nor a flag, which give the years
    _experience_said: values.YearsBound | None = PrivateAttr(default=None)

    def with_experience_said(self, bound: values.YearsBound | None) -> Candidate:
        """This candidate, the experience not given but said to be within ``bound``."""
        copy = self.model_copy(update={"experience": None} if bound is not None else {})
        copy._experience_said = bound  # a copy's own: this candidate stays as it was
        return copy

    @property
    def experience_said(self) -> values.YearsBound | None:
        """The bound the experience was said to be, if it was (:meth:`with_experience_said`)."""
        return self._experience_said

    @model_validator(mode="after")
    def _consistent(self) -> Candidate:
        """Reject facts that contradict each other whatever the evaluation date."""
        check_consistency(self.certificates or (), self.titles or (), self.experience)
        return self

    @property
    def all_diplomas(self) -> tuple[Diploma, ...]:
        """The shorthand diploma (if any of its fields is given), then ``diplomas``."""
        if self.education is None and self.major is None and self.graduating is False:
            return self.diplomas
        shorthand = Diploma.model_construct(
            education=self.education,
            major=self.major,
            graduating=self.graduating,
            school_class=None,
            evaluated=None,
        )
        return (shorthand, *self.diplomas)


def check_consistency(
    certificates: tuple[Certificate, ...], titles: tuple[Title, ...], experience: float | None
) -> None:
    """Reject facts that contradict each other whatever the evaluation date.

    Raises:
        InputError: a certificate level or a title given twice with different
            details, or more years since either than years of experience in total.
    """
    seen: dict[Any, Any] = {}
    for field, items in (("certificates", certificates), ("titles", titles)):
        for item in items:
            other = seen.get((field, item.level))
            if other is not None and other != item:
                raise InputError(field, Msg.of("err.duplicate", item=item_name(item)))
            seen[field, item.level] = item
            if item.years_after is not None and experience is not None:
                check_after_within_total(item_name(item), item.years_after, experience * 12)


def check_after_within_total(item: Msg, after: float, total_months: float) -> None:
    """The one check that the years since a certificate or title (``after``) are within the
    experience in total (``total_months``), wherever the facts come from.

    Raises:
        InputError: they are more (facts that contradict each other).
    """
    if after * 12 > total_months + dates.EPS:
        shown_after, shown_total = _apart(after, total_months / 12)
        raise InputError(
            "years_after",
            Msg.of("err.after_exceeds_total", item=item, after=shown_after, total=shown_total),
        )


def _apart(a: float, b: float) -> tuple[str, str]:
    """Two numbers of years written with as few decimals as tell them apart, two at least and
    at most ten ("3.0000001 年超过了 3 年", not "3 年超过了 3 年")."""
    for places in range(2, 11):
        x, y = (f"{v:.{places}f}".rstrip("0").rstrip(".") for v in (a, b))
        if x != y:
            return x, y
    return x, y


def item_name(item: Certificate | Title) -> Msg:
    """How a certificate or a title is named in a message (四级证书, 初级职称)."""
    if isinstance(item, Title):
        return Msg.of(f"title.{item.level.value}")
    return Msg.of(f"certificate.{item.level}")


#: The key a JSON file names its schema by (``"$schema": "candidate.schema.json"``, as an
#: editor checks a file against ``check --schema``): read as no fact.
SCHEMA_KEY = "$schema"


class CandidateDocument(Candidate):
    """A candidate as read from a JSON document: the facts, and optionally the date to judge for
    (and the schema it names, :data:`SCHEMA_KEY`, which is no fact)."""

    as_of: Annotated[date | None, _field(_as_of, optional=True)] = None

    @model_validator(mode="before")
    @classmethod
    def _without_schema(cls, data: Any) -> Any:
        if isinstance(data, dict) and SCHEMA_KEY in data:
            named = data[SCHEMA_KEY]
            if not isinstance(named, str):  # the key is known: its value is what is wrong
                raise InputError(SCHEMA_KEY, Msg.of("err.schema_value", value=shown(named)))
            return {k: v for k, v in data.items() if k != SCHEMA_KEY}
        return data

    def candidate(self) -> Candidate:
        """The candidate's facts alone (already validated: not validated again)."""
        fields = {name: getattr(self, name) for name in Candidate.model_fields}
        return Candidate.model_construct(**fields)


#: The keys of a candidate document (``check --input``, a JSON Lines row).
DOCUMENT_KEYS = frozenset(CandidateDocument.model_fields)


def describe_validation_error(exc: Any, lang: Any) -> str:
    """A pydantic error about a candidate document, in words a user can act on.

    Names each field where it sits (``certificates.0.level``), the value given
    (shortened) and what is accepted, in ``lang``.
    """
    parts = []
    for err in exc.errors(include_url=False):
        path = [str(p) for p in err["loc"]]
        loc: Any = json_place(path) if path else ".".join(path)
        given = err.get("input")
        kind = err["type"]
        cause = (err.get("ctx") or {}).get("error")
        if isinstance(cause, InputError):
            # the message names the field: by where it sits in the document
            msg = cause.msg
            if path and any(k == "field" for k, _ in msg.params):
                msg = msg._replace(
                    params=tuple((k, loc if k == "field" else v) for k, v in msg.params)
                )
                parts.append(msg.format(lang))
            elif path:
                parts.append(f"{localize(loc, lang)}: {msg.format(lang)}")
            else:
                parts.append(msg.format(lang))
        elif kind == "extra_forbidden":
            owner = _owner(path)
            accepted = ", ".join(owner.model_fields) + (", as_of" if owner is Candidate else "")
            parts.append(Msg.of("err.unknown_field", field=loc, accepted=accepted).format(lang))
        elif kind in ("tuple_type", "list_type", "iterable_type"):
            example = _LIST_EXAMPLES.get(path[0], "[]") if path else "[]"
            parts.append(
                Msg.of("err.expected_list", field=loc, value=shown(given), example=example).format(
                    lang
                )
            )
        elif kind in ("model_type", "dict_type", "model_attributes_type"):
            parts.append(Msg.of("err.expected_object", field=loc, value=shown(given)).format(lang))
        elif kind == "missing":
            parts.append(Msg.of("err.missing_key", field=loc).format(lang))
        else:
            parts.append(f"{loc or 'input'}: {err['msg']} ({shown(given)})")
    return " ".join(parts)


#: What each list of a candidate document holds, as an example of it (each read by --input).
_LIST_EXAMPLES: dict[str, Any] = {
    "trainings": Both('[4] 或 ["四级"]', '[4] or ["四级"]'),
    "certificates": '[{"level": 4, "date": "2024-01-10"}]',
    "titles": '[{"level": "中级", "date": "2020-06-01"}]',
    "diplomas": '[{"education": "大专", "major": "related"}]',
    "work_history": '[{"start": "2020-01-01", "end": "2023-06-30"}]',
}


def placed_message(exc: InputError) -> Msg:
    """The message of an error found once a candidate document was read (a date after
    ``as_of``), its field named where the value sits in the document (工作经历第 2 项
    (work_history.1)), as a list's other errors are; the message as it is otherwise."""
    msg = exc.msg
    if not exc.place or not any(k == "field" for k, _ in msg.params):
        return msg
    place = json_place(list(exc.place))
    return msg._replace(params=tuple((k, place if k == "field" else v) for k, v in msg.params))


def json_place(path: list[str]) -> Both:
    """Where a value sits in a candidate document: its keys (``certificates.0.level``), after
    their Chinese names in Chinese (``证书第 1 项的等级(certificates.0.level)``)."""
    keys = ".".join(path)
    words = ""
    for part in path:
        if part.isdigit():
            words += CATALOGUE["json.item"][0].format(index=int(part) + 1)
            continue
        name = CATALOGUE.get(f"json.key.{part}")
        if name is None:  # a key of no known name: the keys alone
            return Both(keys, keys)
        words += ("的" if words else "") + name[0]
    return Both(f"{words}({keys})", keys)


def _owner(path: list[str]) -> type[BaseModel]:
    """The model a key sits in: a certificate, a title, a diploma, a work period, or the candidate."""
    for key, model in (
        ("certificates", Certificate),
        ("titles", Title),
        ("diplomas", Diploma),
        ("work_history", WorkPeriod),
    ):
        if key in path[:-1]:
            return model
    return Candidate


def candidate_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a candidate document: exactly what ``--input`` accepts
    (a ``"$schema"`` key naming this schema too, as editors add it).

    String values are given by patterns built from the same spelling tables
    the reader uses (:func:`mediaops.values.schema_pattern`).
    """

    def words(table: Mapping[str, Any]) -> dict[str, Any]:
        return {"type": "string", "pattern": values.schema_pattern(table)}

    def either(schema: dict[str, Any]) -> dict[str, Any]:
        return {"anyOf": [schema, {"type": "null"}]}

    years = {"type": "number", "minimum": 0, "maximum": values.MAX_YEARS}
    day = {
        "type": "string",
        "pattern": r"^(19[0-9]{2}|[2-8][0-9]{3}|9000)-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",
        "format": "date",
    }
    level = {
        "anyOf": [{"type": "integer", "minimum": 1, "maximum": 4}, words(values.LEVEL_ALIASES)]
    }
    boolean = {"type": "boolean"}

    def obj(properties: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": "object",
            "properties": properties,
            "additionalProperties": False,
        }
        if required:
            out["required"] = required
        return out

    diploma = {
        "education": either(words(values.EDUCATION_ALIASES)),
        "major": either(words(values.MAJOR_ALIASES)),
        "graduating": either(boolean),
        "school_class": either(words(values.CLASS_ALIASES)),
        "evaluated": either(boolean),
    }
    properties: dict[str, Any] = {
        "education": diploma["education"],
        "major": diploma["major"],
        "graduating": either(boolean),
        "diplomas": {"type": "array", "items": obj(diploma)},
        "experience": either(years),
        "work_history": {
            "type": "array",
            "items": obj({"start": day, "end": either(day)}, ["start"]),
        },
        "trainings": either({"type": "array", "items": level}),
        "certificates": either(
            {
                "type": "array",
                "items": obj(
                    {"level": level, "date": either(day), "years_after": either(years)}, ["level"]
                ),
            }
        ),
        "titles": either(
            {
                "type": "array",
                "items": obj(
                    {
                        "level": words(values.TITLE_ALIASES),
                        "date": either(day),
                        "years_after": either(years),
                        "corresponding": either(boolean),
                    },
                    ["level"],
                ),
            }
        ),
        "direction": either(words(values.DIRECTION_ALIASES)),
        "as_of": {"anyOf": [day, words(dict.fromkeys(values.TODAY)), {"type": "null"}]},
        SCHEMA_KEY: {"type": "string"},  # the schema an editor checks the file against
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "mediaops candidate",
        "description": (
            "The candidate file of mediaops check --input. Each value is checked here as "
            "--input checks it; what depends on two facts together or on the evaluation date "
            "is checked by --input only: years since a certificate or title over the "
            "experience in total, a work period that ends before it starts, a school class "
            "on a diploma of no technical school, a date after as_of, and a key given twice."
        ),
        **obj(properties),
    }
