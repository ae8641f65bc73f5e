"""The candidate: the facts a person gives, and the words they may use for them.

Every fact is optional where SPEC §1 says it may be unknown: ``None`` means
*unknown*, never "no" or zero. Lists (trainings, certificates, work history)
left empty mean "none held".

Values are accepted as English ids, simplified and traditional Chinese and
common synonyms (``四级``, ``四級``, ``4``, ``中级工``, ``L4``, ``level4`` all
name level 4). An unrecognised value raises :class:`InputError`, which names
the field, the value given and what is accepted, in both languages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from enum import StrEnum
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    model_validator,
)

from .messages import EDUCATION_NAMES, MAJOR_NAMES, Lang, Msg

#: Upper bound on any number of years a person may give.
MAX_YEARS = 80.0


class InputError(ValueError):
    """A fact that cannot be used: unrecognised, malformed or contradictory.

    Attributes:
        field: the field as the user named it (``--cert``, ``certs``, …).
        msg: the explanation, formatted later in the user's language.
    """

    def __init__(self, field: str, msg: Msg) -> None:
        super().__init__(msg.format("en"))
        self.field = field
        self.msg = msg


class Education(StrEnum):
    """The highest diploma type (SPEC §1)."""

    below_junior = "below_junior"
    junior_middle = "junior_middle"
    senior_high = "senior_high"
    secondary_vocational = "secondary_vocational"
    technical_school = "technical_school"
    senior_technical_school = "senior_technical_school"
    technician_college = "technician_college"
    associate = "associate"
    bachelor = "bachelor"
    master = "master"
    doctorate = "doctorate"


class Major(StrEnum):
    """How the diploma's major relates to the occupation."""

    same = "same"
    related = "related"
    unrelated = "unrelated"


E = Education

#: "b is at least a" along the two tracks of Chinese education: the general
#: track (初中 → 高中/中专 → 大专 → 本科 → 硕士 → 博士) and the technical-school
#: track (技工学校 → 高级技工学校 → 技师学院). Used to say what "higher" means
#: (property tests) and never to decide eligibility: clauses list the diplomas
#: they accept.
EDUCATION_BELOW: dict[Education, frozenset[Education]] = {
    E.below_junior: frozenset(),
    E.junior_middle: frozenset({E.below_junior}),
    E.senior_high: frozenset({E.below_junior, E.junior_middle}),
    E.secondary_vocational: frozenset({E.below_junior, E.junior_middle}),
    E.technical_school: frozenset({E.below_junior, E.junior_middle}),
    E.senior_technical_school: frozenset({E.below_junior, E.junior_middle, E.technical_school}),
    E.technician_college: frozenset(
        {E.below_junior, E.junior_middle, E.technical_school, E.senior_technical_school}
    ),
    E.associate: frozenset(
        {E.below_junior, E.junior_middle, E.senior_high, E.secondary_vocational}
    ),
}
EDUCATION_BELOW[E.bachelor] = EDUCATION_BELOW[E.associate] | {E.associate}
EDUCATION_BELOW[E.master] = EDUCATION_BELOW[E.bachelor] | {E.bachelor}
EDUCATION_BELOW[E.doctorate] = EDUCATION_BELOW[E.master] | {E.master}

#: What a final-year student already holds: the diploma needed to enrol in the
#: one they are finishing. Clauses that do not count final-year students judge
#: them by this (e.g. G1 for a 大专 final-year student: 高中, so met).
ENROLMENT_PREREQUISITE: dict[Education, Education] = {
    E.below_junior: E.below_junior,
    E.junior_middle: E.below_junior,
    E.senior_high: E.junior_middle,
    E.secondary_vocational: E.junior_middle,
    E.technical_school: E.junior_middle,
    E.senior_technical_school: E.junior_middle,
    E.technician_college: E.junior_middle,
    E.associate: E.senior_high,
    E.bachelor: E.senior_high,
    E.master: E.bachelor,
    E.doctorate: E.master,
}


def _norm(text: str) -> str:
    """Lower-case and drop spaces, hyphens, underscores and slashes."""
    return re.sub(r"[\s_\-/·.]+", "", text.strip().lower())


def _alias_table(entries: Mapping[Any, Iterable[str]]) -> dict[str, Any]:
    table: dict[str, Any] = {}
    for value, words in entries.items():
        for word in (str(value), *words):
            table[_norm(word)] = value
    return table


LEVEL_ALIASES = _alias_table(
    {
        4: [
            "四级",
            "四級",
            "中级工",
            "中級工",
            "中级",
            "中級",
            "l4",
            "level4",
            "lv4",
            "4级",
            "iv",
            "四级/中级工",
            "四級/中級工",
        ],
        3: [
            "三级",
            "三級",
            "高级工",
            "高級工",
            "l3",
            "level3",
            "lv3",
            "3级",
            "iii",
            "三级/高级工",
            "三級/高級工",
        ],
        2: [
            "二级",
            "二級",
            "技师",
            "技師",
            "l2",
            "level2",
            "lv2",
            "2级",
            "ii",
            "二级/技师",
            "二級/技師",
        ],
        1: [
            "一级",
            "一級",
            "高级技师",
            "高級技師",
            "l1",
            "level1",
            "lv1",
            "1级",
            "i",
            "一级/高级技师",
            "一級/高級技師",
        ],
    }
)
EDUCATION_ALIASES = _alias_table(
    {
        E.below_junior: ["小学", "小學", "小学及以下", "小學及以下", "无", "無", "primary", "none"],
        E.junior_middle: ["初中", "初级中学", "初級中學", "junior", "junior_high", "middle_school"],
        E.senior_high: ["高中", "普通高中", "high_school", "senior", "senior_high_school"],
        E.secondary_vocational: [
            "中专",
            "中專",
            "中职",
            "中職",
            "职高",
            "職高",
            "中专/中职/职高",
            "中等职业学校",
            "中等職業學校",
            "中等专业学校",
            "中等專業學校",
            "vocational",
        ],
        E.technical_school: ["技工学校", "技工學校", "技校", "技工院校", "technical"],
        E.senior_technical_school: [
            "高级技工学校",
            "高級技工學校",
            "高级工班",
            "高級工班",
            "高技",
            "senior_technical",
        ],
        E.technician_college: [
            "技师学院",
            "技師學院",
            "预备技师班",
            "預備技師班",
            "预备技师",
            "預備技師",
            "technician",
        ],
        E.associate: [
            "大专",
            "大專",
            "专科",
            "專科",
            "高职",
            "高職",
            "高职高专",
            "高職高專",
            "college",
            "junior_college",
        ],
        E.bachelor: ["本科", "学士", "學士", "大学", "大學", "undergraduate", "ba", "bsc", "bs"],
        E.master: ["硕士", "碩士", "研究生", "masters", "msc", "ma", "postgraduate"],
        E.doctorate: ["博士", "phd", "doctor", "doctoral"],
    }
)
MAJOR_ALIASES = _alias_table(
    {
        Major.same: ["本专业", "本專業", "相同", "相同专业", "同专业", "same_major", "this"],
        Major.related: ["相关", "相关专业", "相關", "相關專業", "related_major"],
        Major.unrelated: [
            "不相关",
            "不相關",
            "无关",
            "無關",
            "不相关专业",
            "不相關專業",
            "其他",
            "other",
            "none",
        ],
    }
)
BOOL_ALIASES = _alias_table(
    {
        True: ["yes", "y", "true", "t", "1", "是", "是的", "对", "對"],
        False: ["no", "n", "false", "f", "0", "否", "不是", "不", "无", "無"],
    }
)

LEVEL_ACCEPTED = "4/四级/中级工/L4, 3/三级/高级工/L3, 2/二级/技师/L2, 1/一级/高级技师/L1"
EDUCATION_ACCEPTED = ", ".join(f"{e.value} ({EDUCATION_NAMES[e.value][0]})" for e in Education)
MAJOR_ACCEPTED = ", ".join(f"{m.value} ({MAJOR_NAMES[m.value][0]})" for m in Major)
BOOL_ACCEPTED = "yes/no, 是/否, true/false, 1/0"


def _lookup(table: dict[str, Any], value: Any, field: str, accepted: str) -> Any:
    key = _norm(str(value).translate(_FULLWIDTH))
    if key in table:
        return table[key]
    raise InputError(field, Msg.of("err.value", field=field, value=value, accepted=accepted))


def parse_level(value: Any, field: str = "level") -> int:
    """A level 1–4 from any accepted spelling (``四级``, ``L4``, ``4``, …)."""
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 4:
        return value
    return int(_lookup(LEVEL_ALIASES, value, field, LEVEL_ACCEPTED))


def parse_education(value: Any, field: str = "education") -> Education:
    """A diploma type from its id, Chinese name or a synonym (``大专`` → associate)."""
    if isinstance(value, Education):
        return value
    return Education(_lookup(EDUCATION_ALIASES, value, field, EDUCATION_ACCEPTED))


def parse_major(value: Any, field: str = "major") -> Major:
    """A major relevance from ``same``/``related``/``unrelated`` or 本专业/相关/不相关."""
    if isinstance(value, Major):
        return value
    return Major(_lookup(MAJOR_ALIASES, value, field, MAJOR_ACCEPTED))


def parse_bool(value: Any, field: str = "graduating") -> bool:
    """Yes or no from yes/no, 是/否, true/false, 1/0."""
    if isinstance(value, bool):
        return value
    return bool(_lookup(BOOL_ALIASES, value, field, BOOL_ACCEPTED))


def parse_years(value: Any, field: str = "experience") -> float:
    """A number of years ≥ 0 (decimals allowed; ``3年`` and full-width digits too)."""
    if isinstance(value, bool):
        raise InputError(field, Msg.of("err.number", field=field, value=value))
    if isinstance(value, int | float):
        years = float(value)
    else:
        text = str(value).strip().translate(_FULLWIDTH)
        text = re.sub(r"\s*(年|years?|yrs?|y)$", "", text, flags=re.IGNORECASE)
        try:
            years = float(text)
        except ValueError:
            raise InputError(field, Msg.of("err.number", field=field, value=value)) from None
    if years != years or years < 0:  # NaN or negative
        raise InputError(field, Msg.of("err.number", field=field, value=value))
    if years > MAX_YEARS:
        raise InputError(
            field, Msg.of("err.number_range", field=field, value=value, max=int(MAX_YEARS))
        )
    return years


_FULLWIDTH = str.maketrans("０１２３４５６７８９．－", "0123456789.-")


def parse_date(value: Any, field: str = "date") -> date:
    """A date written ``YYYY-MM-DD`` (also ``YYYY/MM/DD`` and ``YYYY.MM.DD``)."""
    if isinstance(value, date):
        return value
    text = str(value).strip().translate(_FULLWIDTH)
    m = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?", text)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            pass
    raise InputError(field, Msg.of("err.date", field=field, value=value))


def _field_parser(parser: Any, *, optional: bool = False) -> BeforeValidator:
    """A pydantic before-validator that runs ``parser`` with the field's own name."""

    def validate(value: Any, info: ValidationInfo) -> Any:
        if optional and value is None:
            return None
        return parser(value, info.field_name or "value")

    return BeforeValidator(validate)


LevelNumber = Annotated[int, _field_parser(parse_level), Field(ge=1, le=4)]
Years = Annotated[float, _field_parser(parse_years)]
Day = Annotated[date, _field_parser(parse_date)]

_STRICT = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class Certificate(BaseModel):
    """A vocational qualification or skill-level certificate held.

    Attributes:
        level: its level (a higher level satisfies a condition that asks for a lower one).
        date: when it was obtained, if known.
        years_after: years worked in the occupation since obtaining it, if known.
    """

    model_config = _STRICT

    level: LevelNumber
    date: Day | None = None
    years_after: Years | None = None


class WorkPeriod(BaseModel):
    """A period worked in this or a related occupation; ``end`` is the last day worked.

    An open period (``end`` left out) runs up to the evaluation date.
    """

    model_config = _STRICT

    start: Day
    end: Day | None = None

    @model_validator(mode="after")
    def _ordered(self) -> WorkPeriod:
        if self.end is not None and self.end < self.start:
            text = f"{self.start}..{self.end}"
            raise InputError("work_history", Msg.of("err.period_order", field="work", value=text))
        return self


class Candidate(BaseModel):
    """Everything known about one person. ``None`` is unknown; empty lists are none held.

    Attributes:
        education: the highest diploma type.
        major: how that diploma's major relates to the occupation.
        graduating: a final-year student who has not yet received that diploma.
        experience: cumulative years in this or a related occupation.
        work_history: dated periods of such work (overlaps count once).
        trainings: levels for which formal training was completed.
        certificates: certificates held.
    """

    model_config = _STRICT

    education: Annotated[Education | None, _field_parser(parse_education, optional=True)] = None
    major: Annotated[Major | None, _field_parser(parse_major, optional=True)] = None
    graduating: Annotated[bool, _field_parser(parse_bool)] = False
    experience: Years | None = None
    work_history: tuple[WorkPeriod, ...] = ()
    trainings: tuple[LevelNumber, ...] = ()
    certificates: tuple[Certificate, ...] = ()

    @model_validator(mode="after")
    def _consistent(self) -> Candidate:
        """Reject facts that contradict each other whatever the evaluation date."""
        check_consistency(self.certificates, self.experience)
        return self

    @property
    def highest_certificate(self) -> Certificate | None:
        """The certificate of the highest level (numerically smallest), if any."""
        return min(self.certificates, key=lambda c: c.level, default=None)


def check_consistency(certificates: tuple[Certificate, ...], experience: float | None) -> None:
    """Reject facts that contradict each other whatever the evaluation date.

    Raises:
        InputError: a certificate level given twice with different details, or
            more years since a certificate than years of experience in total.
    """
    seen: dict[int, Certificate] = {}
    for cert in certificates:
        other = seen.get(cert.level)
        if other is not None and other != cert:
            raise InputError(
                "certificates", Msg.of("err.duplicate_cert", level=level_short(cert.level))
            )
        seen[cert.level] = cert
        if (
            cert.years_after is not None
            and experience is not None
            and cert.years_after > experience + 1e-9
        ):
            raise InputError(
                "years_after_cert",
                Msg.of("err.after_exceeds_total", after=cert.years_after, total=experience),
            )


def level_short(level: int) -> Msg:
    """The short name of a level (四级 / level 4) as a message parameter."""
    return _LEVEL_SHORT.get(level) or Msg.of(f"level.{level}")


_LEVEL_SHORT = {level: Msg.of(f"level.{level}") for level in (1, 2, 3, 4)}


class CandidateDocument(Candidate):
    """A candidate as read from a JSON file: the facts, and optionally the date to judge for."""

    as_of: Day | None = None

    def candidate(self) -> Candidate:
        """The candidate's facts alone (already validated: not validated again)."""
        fields = {name: getattr(self, name) for name in Candidate.model_fields}
        return Candidate.model_construct(**fields)


def parse_cert(text: str, field: str = "--cert") -> Certificate:
    """Parse ``LEVEL[:YYYY-MM-DD]`` (``四级:2022-06-15``, ``L3``, ``2：2020-01-01``)."""
    level_text, sep, date_text = str(text).replace("：", ":").partition(":")
    level = parse_level(level_text.strip(), field)
    when = parse_date(date_text, field) if sep and date_text.strip() else None
    # both values come from the parsers the model's validators would run
    return Certificate.model_construct(level=level, date=when, years_after=None)


def parse_period(text: str, field: str = "--work") -> WorkPeriod:
    """Parse ``YYYY-MM-DD..YYYY-MM-DD`` or ``YYYY-MM-DD..`` (open: runs to the evaluation date)."""
    start_text, sep, end_text = str(text).strip().partition("..")
    if not sep:
        raise InputError(field, Msg.of("err.period", field=field, value=text))
    start = parse_date(start_text, field)
    end = parse_date(end_text, field) if end_text.strip() else None
    if end is not None and end < start:
        raise InputError(field, Msg.of("err.period_order", field=field, value=text))
    return WorkPeriod(start=start, end=end)


def describe_validation_error(exc: Any, lang: Lang) -> str:
    """A pydantic error about a candidate document, in words a user can act on.

    Names each field where it sits (``certificates.0.level``), the value given
    and what is accepted, in ``lang``.
    """
    parts = []
    for err in exc.errors(include_url=False):
        path = [str(p) for p in err["loc"]]
        loc = ".".join(path)
        given = err.get("input")
        kind = err["type"]
        cause = (err.get("ctx") or {}).get("error")
        if isinstance(cause, InputError):
            # the message names the field already; say where it sits when nested
            nested = loc and loc != cause.field
            parts.append(f"{loc}: {cause.msg.format(lang)}" if nested else cause.msg.format(lang))
        elif kind == "extra_forbidden":
            owner = _owner(path)
            accepted = ", ".join(owner.model_fields) + (", as_of" if owner is Candidate else "")
            parts.append(Msg.of("err.unknown_field", field=loc, accepted=accepted).format(lang))
        elif kind in ("tuple_type", "list_type", "iterable_type"):
            parts.append(Msg.of("err.expected_list", field=loc, value=repr(given)).format(lang))
        elif kind in ("model_type", "dict_type", "model_attributes_type"):
            parts.append(Msg.of("err.expected_object", field=loc, value=repr(given)).format(lang))
        elif kind == "missing":
            owner_loc = ".".join(path[:-1]) or "input"
            parts.append(Msg.of("err.missing_key", field=owner_loc, name=path[-1]).format(lang))
        else:
            parts.append(f"{loc or 'input'}: {err['msg']} ({given!r})")
    return " ".join(parts)


def _owner(path: list[str]) -> type[BaseModel]:
    """The model a key sits in: a certificate, a work period, or the candidate."""
    if "certificates" in path[:-1]:
        return Certificate
    if "work_history" in path[:-1]:
        return WorkPeriod
    return Candidate
