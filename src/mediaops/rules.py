"""The ruleset: requirements as data, its schema, loading with validation, and the editions.

A ruleset is a TOML file (``rules/*.toml``). It is parsed with :mod:`tomllib`,
which only reads data, so a ruleset can never execute code, and validated into
the strict, typed models below:

* a **level** is satisfied by any one of its **pathways**;
* a pathway holds when all of its **conditions** hold;
* a condition is one of a closed set of *kinds* (a discriminated union on
  ``kind``), each with its own typed parameters; what each kind means is
  defined once, in :mod:`mediaops.engine.conditions`;
* every clause carries its wording in Chinese and English, the original text
  it encodes and its source; every value that is an assumption names an entry
  of ``[[assumptions]]`` whose note the explanation shows;
* the **directions** of the occupation and the levels each offers are data too.

Every problem in a file is reported with its location, e.g.
``levels[level=4].pathways[4-2].conditions[0].years: Input should be ≥ 0``.
Files are bounded before they are parsed (size, nesting depth, length of
numbers), so a hostile file is refused quickly with a message.
"""

from __future__ import annotations

import os
import re
import stat
import string
import tomllib
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError
from pydantic_core import PydanticCustomError

from .messages import Both, Lang, Msg, os_error, shown
from .terms import Direction, Education, Major, SchoolClass, TitleLevel

_STRICT = ConfigDict(frozen=True, extra="forbid", defer_build=True)

#: Largest ruleset file read, and deepest nesting of arrays and tables.
MAX_RULESET_BYTES = 1 << 20
MAX_DEPTH = 12
#: Longest run of digits accepted in a ruleset (a year count, a level).
MAX_DIGITS = 12

ClauseId = Annotated[
    str, Field(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
]
LevelNumber = Annotated[int, Field(ge=1, le=4, strict=True)]
#: A number of years in a rules file: a number (an int or a float), never true or "5".
NonNegativeYears = Annotated[float, Field(ge=0, le=80, strict=True)]
#: Characters a text shown on a terminal may not hold: control characters but tab and line
#: feed (an ESC would recolour or clear the screen the rules are shown on; a carriage return
#: alone writes over the line), and the marks that reorder text as shown.
_CONTROLS = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029"
    r"\u202a-\u202e\u2066-\u2069]|\r(?!\n)"
)


def _no_controls(text: str) -> str:
    found = _CONTROLS.search(text)
    if found is not None:
        char = found[0].encode("unicode_escape").decode("ascii")
        raise PydanticCustomError("control_character", "control character {char}", {"char": char})
    return text


#: A text the tables show (a clause's wording, its original, a source's reference).
Shown = Annotated[str, AfterValidator(_no_controls)]
Text = Annotated[Shown, Field(min_length=1, max_length=2000)]
#: true or false in a rules file, never "yes", "false" or 1 (which a lax reading would accept)
Flag = Annotated[bool, Field(strict=True)]


class Bilingual(BaseModel):
    """A text in simplified Chinese and English."""

    model_config = _STRICT

    zh: Text
    en: Text


class Source(BaseModel):
    """Where a clause comes from: its title, a short name for tables, and a reference."""

    model_config = _STRICT

    title: Bilingual
    name: Bilingual | None = None
    reference: Shown = ""


class Assumption(BaseModel):
    """A value or reading the ruleset supplies where the source is vague or silent."""

    model_config = _STRICT

    id: ClauseId
    text: Bilingual
    source: str


# --- condition kinds: the schema of each (what each means: mediaops.engine.conditions) ---


class _Condition(BaseModel):
    model_config = _STRICT

    #: id of the ``[[assumptions]]`` entry this condition's value rests on, if any.
    assumption: str | None = None

    def assumption_ids(self) -> tuple[str, ...]:
        """Every assumption this condition may rest on."""
        return (self.assumption,) if self.assumption else ()


class EducationCondition(_Condition):
    """A diploma held that is of a type in ``any_of``, and whose every other part holds.

    Parts, all for the same diploma: its major one of ``majors``; its school
    class one of ``classes`` (a technical-school diploma; the class a type
    implies counts, on ``class_assumption``, when none is given); a programme
    that passed the provincial evaluation (``evaluated``). A diploma still
    being studied for counts only where ``final_year_students`` says so
    (on ``assumption``), and with ``students_only`` only such a diploma counts.
    """

    kind: Literal["education"]
    any_of: Annotated[tuple[Education, ...], Field(min_length=1)]
    majors: tuple[Major, ...] | None = None
    final_year_students: Flag = False
    students_only: Flag = False
    classes: tuple[SchoolClass, ...] | None = None
    class_assumption: str | None = None
    evaluated: Flag = False

    def assumption_ids(self) -> tuple[str, ...]:
        """Every assumption this condition may rest on (the school class's too)."""
        return tuple(a for a in (self.assumption, self.class_assumption) if a)


class ExperienceCondition(_Condition):
    """Cumulative experience in this or a related occupation ≥ ``years`` (inclusive)."""

    kind: Literal["experience"]
    years: NonNegativeYears


class TrainingCondition(_Condition):
    """Formal training (正规培训) completed for exactly ``level``, with a 结业证书."""

    kind: Literal["training"]
    level: LevelNumber


class CertificateCondition(_Condition):
    """Holds a certificate of ``level`` or higher, in this or a related occupation."""

    kind: Literal["certificate"]
    level: LevelNumber


class ExperienceSinceCertificateCondition(_Condition):
    """≥ ``years`` of work after obtaining a certificate of ``level`` or higher."""

    kind: Literal["experience_since_certificate"]
    level: LevelNumber
    years: NonNegativeYears


class TimeSinceCertificateCondition(_Condition):
    """A certificate of ``level`` or higher held for ≥ ``years`` (time since its date, not work)."""

    kind: Literal["time_since_certificate"]
    level: LevelNumber
    years: NonNegativeYears


class TitleCondition(_Condition):
    """Holds a professional title (职称) of ``level`` or higher (in a corresponding speciality)."""

    kind: Literal["title"]
    level: TitleLevel
    corresponding: Flag = True


class ExperienceSinceTitleCondition(_Condition):
    """≥ ``years`` of work after obtaining a title of ``level`` or higher.

    The years must follow one title that itself counts: with ``corresponding``,
    one in a speciality that corresponds (the years after one title never
    combine with the speciality of another).
    """

    kind: Literal["experience_since_title"]
    level: TitleLevel
    years: NonNegativeYears
    corresponding: Flag = True


class AdvisoryCondition(_Condition):
    """Assessed by the exam itself: shown as a note, never decides eligibility."""

    kind: Literal["advisory"]


Condition = Annotated[
    EducationCondition
    | ExperienceCondition
    | TrainingCondition
    | CertificateCondition
    | ExperienceSinceCertificateCondition
    | TimeSinceCertificateCondition
    | TitleCondition
    | ExperienceSinceTitleCondition
    | AdvisoryCondition,
    Field(discriminator="kind"),
]
ConditionKind = Literal[
    "education",
    "experience",
    "training",
    "certificate",
    "experience_since_certificate",
    "time_since_certificate",
    "title",
    "experience_since_title",
    "advisory",
]


class GeneralClause(BaseModel):
    """A condition that applies to every level (G1, G2, …); ``blocking = false``: a note."""

    model_config = _STRICT

    id: ClauseId
    blocking: Flag
    text: Bilingual
    original: Shown
    source: str
    condition: Condition
    #: why a clause that is not blocking is shown at all (an assumption id), if any
    assumption: str | None = None


class Pathway(BaseModel):
    """One way to qualify for a level: all of its conditions must hold."""

    model_config = _STRICT

    id: ClauseId
    text: Bilingual
    original: Shown
    source: str
    conditions: Annotated[tuple[Condition, ...], Field(min_length=1)]


class LevelRule(BaseModel):
    """A level of the qualification: any one of its pathways suffices."""

    model_config = _STRICT

    level: LevelNumber
    name: Bilingual
    pathways: Annotated[tuple[Pathway, ...], Field(min_length=1)]


class DirectionRule(BaseModel):
    """A direction (职业方向) of the occupation, the levels it offers and what it covers.

    ``assumption``: the entry shown when a clause asks for a certificate of a
    level this direction does not offer and a certificate of that level in
    another direction (or a related occupation) is taken to count.
    ``source``: where the direction is set out (a key of ``sources``), as a clause
    names its own; optional. Where every direction names the same one, ``guide
    directions`` cites it (按 2023 年版国家职业标准,本职业分为五个职业方向).
    """

    model_config = _STRICT

    id: Direction
    name: Bilingual
    levels: Annotated[tuple[LevelNumber, ...], Field(min_length=1)]
    covers: Bilingual
    assumption: str | None = None
    source: str | None = None


class Document(BaseModel):
    """A document that usually proves a kind of condition ("what to bring").

    ``text`` may name ``{years}`` and ``{level}``, filled in from the
    condition: nothing else (no format specifications: a ruleset is data).
    ``final_year``: the variant for a student (an education condition).
    """

    model_config = _STRICT

    kind: ConditionKind
    text: Bilingual
    final_year: Flag = False


class Ruleset(BaseModel):
    """A complete edition of the requirements."""

    model_config = _STRICT

    id: ClauseId
    edition: ClauseId
    title: Bilingual
    edition_name: Bilingual
    #: ``summary`` (a published summary) or ``template`` (inferred from a drafting template)
    status: Literal["summary", "template"] = "summary"
    #: shown wherever the edition is shown, when it must be read with care
    notice: Bilingual | None = None
    occupation_code: Shown = ""
    sources: dict[str, Source]
    assumptions: tuple[Assumption, ...] = ()
    general: tuple[GeneralClause, ...]
    levels: Annotated[tuple[LevelRule, ...], Field(min_length=4, max_length=4)]
    directions: tuple[DirectionRule, ...] = ()
    documents: tuple[Document, ...] = ()

    def notice_line(self) -> Msg | None:
        """The edition's :attr:`notice` as it is shown (``注意:…``), wherever the edition is:
        check's table, plan's notes, batch's summary."""
        if self.notice is None:
            return None
        return Msg.of("edition.notice", notice=Both(self.notice.zh, self.notice.en))

    def level(self, number: int) -> LevelRule | None:
        """The rule for level ``number``, if the ruleset has it."""
        return next((lv for lv in self.levels if lv.level == number), None)

    def assumption(self, assumption_id: str) -> Assumption:
        """The ``[[assumptions]]`` entry with this id."""
        return next(a for a in self.assumptions if a.id == assumption_id)

    def direction(self, direction: Direction | None) -> DirectionRule | None:
        """The rule for a direction, if the ruleset declares it."""
        return next((d for d in self.directions if d.id == direction), None)

    def document(self, kind: str, *, final_year: bool = False) -> Document | None:
        """The document that proves a kind of condition (the final-year variant if asked)."""
        found = [d for d in self.documents if d.kind == kind]
        preferred = [d for d in found if d.final_year == final_year]
        if preferred:
            return preferred[0]
        return found[0] if found else None

    def pathways(self) -> Iterator[tuple[LevelRule, Pathway]]:
        """Every (level, pathway) pair, in file order."""
        for lv in self.levels:
            for p in lv.pathways:
                yield lv, p

    def conditions(self) -> list[Condition]:
        """Every condition: the general ones', then each pathway's, in file order."""
        conditions = [g.condition for g in self.general]
        return conditions + [c for _, p in self.pathways() for c in p.conditions]


class Problem(BaseModel):
    """One thing wrong with a ruleset file, and where: its words are a catalogue entry."""

    model_config = _STRICT

    location: str
    key: str
    params: dict[str, Any] = Field(default_factory=dict)

    def text(self, lang: Lang) -> str:
        """The problem in ``lang``, after its location."""
        body = Msg(self.key, tuple(self.params.items())).format(lang)
        return f"{self.location}: {body}" if self.location else body

    def __str__(self) -> str:
        return self.text("en")


def _p(location: str, key: str, **params: Any) -> Problem:
    """A problem at ``location`` worded by catalogue entry ``rules.err.<key>``."""
    return Problem(location=location, key=f"rules.err.{key}", params=params)


#: pydantic's error types worded in the catalogue (``rules.err.<type>``); others keep
#: pydantic's English words (``rules.err.other``).
_PYDANTIC = {
    "missing", "extra_forbidden", "greater_than_equal", "less_than_equal", "too_short",
    "too_long", "string_too_short", "string_too_long", "string_pattern_mismatch",
    "literal_error", "enum", "union_tag_invalid", "union_tag_not_found", "int_type",
    "int_parsing", "int_from_float", "float_type", "float_parsing", "bool_type", "bool_parsing",
    "string_type", "list_type", "tuple_type", "dict_type", "model_type", "model_attributes_type",
    "control_character",
}  # fmt: skip


#: pydantic's errors for a value of the wrong type.
_TYPE_ERRORS = frozenset(
    {"int_type", "int_parsing", "float_type", "float_parsing", "bool_type", "bool_parsing",
     "list_type", "tuple_type", "dict_type", "model_type", "model_attributes_type"}
)  # fmt: skip


def _from_pydantic(raw: Any, error: Any) -> Problem:
    location = _locate(raw, tuple(error["loc"]))
    kind = error["type"]
    ctx: dict[str, Any] = {k: str(v) for k, v in (error.get("ctx") or {}).items() if k != "error"}
    for listed in ("expected", "expected_tags"):
        if listed in ctx:  # "'junior', 'intermediate' or 'senior'": the values, listed in
            # the message's language (pydantic writes the English "or")
            ctx[listed] = tuple(re.findall(r"'([^']*)'", ctx[listed])) or ctx[listed]
    value = error.get("input")
    if kind in _TYPE_ERRORS and isinstance(value, str):
        # text where a number, true/false, a list or a table belongs: quoted as the file
        # has it ("2", not 2, which reads as the number asked for)
        import json  # here: only a ruleset with such a problem needs it

        given = shown(json.dumps(value, ensure_ascii=False), 40)
    else:
        given = shown(value, 40)
    if kind in _PYDANTIC:
        return _p(location, kind, input=given, **ctx)
    return _p(location, "other", detail=shown(error["msg"], 200), input=given)


class RulesetError(Exception):
    """A ruleset that cannot be used, with every problem found in it."""

    def __init__(self, path: str, problems: list[Problem]) -> None:
        super().__init__(f"{path}: " + "; ".join(str(p) for p in problems))
        self.path = path
        self.problems = problems


# --- validation --------------------------------------------------------------------------


def _locate(raw: Any, loc: tuple[int | str, ...]) -> str:
    """``('levels', 0, 'pathways', 1, 'years')`` → ``levels[level=4].pathways[4-2].years``."""
    out = ""
    node = raw
    for n, part in enumerate(loc):
        if isinstance(part, int):
            label = str(part)
            item = node[part] if isinstance(node, list) and part < len(node) else None
            if isinstance(item, dict):
                if "id" in item:
                    label = str(item["id"])
                elif "level" in item and ("pathways" in item or loc[n - 1] == "levels"):
                    # a level by its number, also one whose pathways are missing or misspelt
                    label = f"level={item['level']}"
            out += f"[{label}]"
            node = item
        else:
            # pydantic names union members by their tag: skip them, they are not
            # keys — but not a key that is missing, which is always the last part
            if isinstance(node, dict) and part not in node and out and n < len(loc) - 1:
                continue
            out += f".{part}" if out else str(part)
            node = node.get(part) if isinstance(node, dict) else None
    return out


def _items(node: Any) -> list[dict[str, Any]]:
    """The tables of an array of tables, skipping anything malformed (the schema reports it)."""
    return [x for x in node if isinstance(x, dict)] if isinstance(node, list) else []


#: The only placeholders a document text may hold.
PLACEHOLDERS = frozenset({"years", "level"})


def template_problems(template: str) -> list[tuple[str, dict[str, Any]]]:
    """What is wrong with a document text as a template: it may only name ``{years}``/``{level}``.

    No format specification, no conversion, no attribute or index: a ruleset
    is data, and a template like ``{years:999999999}`` must not run for minutes.
    """
    try:
        parts = list(string.Formatter().parse(template))
    except ValueError as exc:
        return [("malformed_placeholder", {"detail": shown(str(exc), 80)})]
    problems: list[tuple[str, dict[str, Any]]] = []
    for _, name, spec, conversion in parts:
        if name is None:
            continue
        if name not in PLACEHOLDERS:
            problems.append(("unknown_placeholder", {"name": shown(name, 40)}))
        elif spec or conversion:
            problems.append(("placeholder_format", {"name": name}))
    return problems


def _cross_check(raw: dict[str, Any]) -> list[Problem]:
    """Problems a schema alone cannot see: duplicates, dangling references, missing levels.

    Works on the raw TOML data, defensively, so that these problems are
    reported together with the schema's own rather than only once it passes.
    """
    problems: list[Problem] = []
    sources: dict[str, Any] = raw["sources"] if isinstance(raw.get("sources"), dict) else {}
    assumptions = _items(raw.get("assumptions"))
    assumption_ids = [a.get("id") for a in assumptions]
    levels_raw = _items(raw.get("levels"))
    levels = [lv.get("level") for lv in levels_raw]

    def duplicates(values: list[Any]) -> list[Any]:
        # only names and numbers: an id of another type (a list) is pydantic's to report
        named = [v for v in values if isinstance(v, (str, int, float))]
        return sorted({v for v in named if named.count(v) > 1}, key=str)

    for n in duplicates(levels):
        problems.append(_p(f"levels[level={n}]", "level_twice", level=n))
    missing = [n for n in (4, 3, 2, 1) if n not in levels]
    if missing and isinstance(raw.get("levels"), list):
        problems.append(_p("levels", "levels_missing", levels=", ".join(str(n) for n in missing)))
    for a_id in duplicates(assumption_ids):
        problems.append(_p(f"assumptions[{a_id}]", "duplicate_id"))

    def check_source(where: str, source: Any) -> None:
        if isinstance(source, str) and source not in sources:
            known = ", ".join(sources) or "—"
            problems.append(
                _p(f"{where}.source", "unknown_source", source=shown(source), known=known)
            )

    def check_assumption(where: str, ref: Any) -> None:
        if isinstance(ref, str) and ref not in assumption_ids:
            problems.append(_p(where, "unknown_assumption", assumption=shown(ref)))

    def check_condition(where: str, cond: Any) -> None:
        if not isinstance(cond, dict):
            return
        check_assumption(f"{where}.assumption", cond.get("assumption"))
        check_assumption(f"{where}.class_assumption", cond.get("class_assumption"))
        level = cond.get("level")
        if isinstance(level, int) and 1 <= level <= 4 and level not in levels:
            known = ", ".join(str(n) for n in sorted(n for n in levels if isinstance(n, int)))
            problems.append(_p(f"{where}.level", "no_such_level", level=level, known=known))

    for a in assumptions:
        check_source(f"assumptions[{a.get('id')}]", a.get("source"))
    for i, doc in enumerate(_items(raw.get("documents"))):
        text = doc.get("text")
        for lang_key, template in text.items() if isinstance(text, dict) else []:
            for key, params in template_problems(str(template)):
                problems.append(_p(f"documents[{i}].text.{lang_key}", key, **params))
    direction_ids = [d.get("id") for d in _items(raw.get("directions"))]
    for d_id in duplicates(direction_ids):
        problems.append(_p(f"directions[{d_id}]", "duplicate_id"))
    for d in _items(raw.get("directions")):
        check_assumption(f"directions[{d.get('id')}].assumption", d.get("assumption"))
        check_source(f"directions[{d.get('id')}]", d.get("source"))
        named = d.get("levels")
        for level in duplicates(named if isinstance(named, list) else []):
            # [3, 3, 1] is a slip, not a list of levels
            problems.append(_p(f"directions[{d.get('id')}].levels", "level_twice", level=level))
    clauses: list[tuple[str, dict[str, Any]]] = [
        (f"general[{g.get('id')}]", g) for g in _items(raw.get("general"))
    ]
    for lv in levels_raw:
        for p in _items(lv.get("pathways")):
            clauses.append((f"levels[level={lv.get('level')}].pathways[{p.get('id')}]", p))
    ids = [c.get("id") for _, c in clauses]
    for clause_id in duplicates(ids):
        # named where it is used again, not where it was first used (a pathway that
        # reuses G1 is the slip, not G1)
        # (each time it is used again: a third use is a slip too)
        used = [w for w, c in clauses if c.get("id") == clause_id]
        for where in dict.fromkeys(used[1:]):
            problems.append(_p(where, "duplicate_clause", clause=shown(clause_id)))
    for where, clause in clauses:
        check_source(where, clause.get("source"))
        if where.startswith("general"):
            check_condition(f"{where}.condition", clause.get("condition"))
            check_assumption(f"{where}.assumption", clause.get("assumption"))
            cond = clause.get("condition")
            if (
                clause.get("blocking") is True
                and isinstance(cond, dict)
                and cond.get("kind") == "advisory"
            ):
                problems.append(_p(f"{where}.blocking", "advisory_blocks"))
        else:
            conditions = clause.get("conditions")
            for i, cond in enumerate(conditions if isinstance(conditions, list) else []):
                check_condition(f"{where}.conditions[{i}]", cond)
    for lv in levels_raw:
        own = _level_number(lv.get("level"))
        for p in _items(lv.get("pathways")):
            conditions = p.get("conditions")
            for i, cond in enumerate(conditions if isinstance(conditions, list) else []):
                if not isinstance(cond, dict) or cond.get("kind") not in _CERTIFICATE_KINDS:
                    continue
                asked = _level_number(cond.get("level"))
                if own is not None and asked is not None and asked <= own:
                    # whoever holds that certificate holds this level: it is never met
                    where = f"levels[level={own}].pathways[{p.get('id')}].conditions[{i}].level"
                    problems.append(_p(where, "certificate_not_lower", asked=asked, level=own))
    return problems


#: Condition kinds that ask for a certificate of a level.
_CERTIFICATE_KINDS = frozenset(
    {"certificate", "experience_since_certificate", "time_since_certificate"}
)


def _level_number(value: Any) -> int | None:
    """A level as a rules file must write it (an int from 1 to 4, not true), else None."""
    return value if type(value) is int and 1 <= value <= 4 else None


def _is_echo(err: Any, errors: list[Any]) -> bool:
    """A "too short" error on a list that only looks short because an item failed."""
    if err["type"] != "too_short":
        return False
    loc = tuple(err["loc"])
    return any(tuple(e["loc"])[: len(loc)] == loc and len(e["loc"]) > len(loc) for e in errors)


#: What the depth count of :func:`_bounds` sees: a multi-line string (to its closing triple
#: quote, which may carry one or two more quotes, or to the end of an unclosed one: the parser
#: fails there before it nests anything), a basic string (to its closing quote or the end of
#: the line; a backslash escapes the next character), a literal string, a comment, or a
#: bracket. Everything else is skipped by the regex engine, not a Python loop; each part is
#: matched once (an unclosed string ends where the text does), so the scan is linear.
_DEPTH_TOKEN = re.compile(
    r'"""(?:\\[\s\S]|[^\\])*?(?:"""(?!"{3})"{0,2}|\Z)'
    r"|'''[\s\S]*?(?:'''(?!'{3})'{0,2}|\Z)"
    r'|"(?:\\[\s\S]|[^"\\\n])*["\n]?'
    r"|'[^'\n]*['\n]?|#[^\n]*|[\[\]{}]"
)


def _bounds(text: str) -> Problem | None:
    """Why a ruleset text is refused before it is parsed, if it is: too deep, or a huge number.

    The TOML parser recurses on nested arrays and inline tables; a file of ten
    thousand ``[`` would end in a RecursionError. Brackets are counted outside
    strings and comments, conservatively (a table header ``[[levels]]`` counts
    too, but it closes on its own line).
    """
    depth = 0
    for token in _DEPTH_TOKEN.findall(text):
        if token == "[" or token == "{":
            depth += 1
            if depth > MAX_DEPTH:
                return _p("", "too_deep", depth=MAX_DEPTH)
        elif token == "]" or token == "}":
            depth = max(0, depth - 1)
    long_number = re.search(rf"(?<![\w.\"'])[-+]?\d[\d_]{{{MAX_DIGITS},}}", text)
    if long_number:
        return _p("", "long_number", digits=MAX_DIGITS, value=shown(long_number[0], 20))
    return None


def parse_ruleset(text: str, path: str = "<ruleset>", *, bounded: bool = True) -> Ruleset:
    """Parse and validate ruleset TOML text.

    Args:
        text: the TOML source.
        path: the name to report problems against.
        bounded: refuse a text too deep or with too long a number before parsing it
            (:func:`_bounds`); only the built-in editions, part of the package and
            checked by the tests, are read without.

    Returns:
        The validated ruleset, levels in the order 4, 3, 2, 1.

    Raises:
        RulesetError: with every problem found and its location.
    """
    refused = _bounds(text) if bounded else None
    if refused is not None:
        raise RulesetError(path, [refused])
    try:
        raw = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, RecursionError, ValueError) as exc:
        text = str(exc)
        at = re.search(r"\(at line (\d+), column (\d+)\)", text)
        where = f"第 {at[1]} 行第 {at[2]} 列附近格式有误" if at else "格式有误"
        if "at end of document" in text:
            where = "文件在结束处格式有误(括号或引号没有闭合?)"
        raise RulesetError(path, [_p("", "toml", detail=Both(where, shown(text, 200)))]) from None
    problems = []
    try:
        rs = Ruleset.model_validate(raw)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        problems = [_from_pydantic(raw, e) for e in errors if not _is_echo(e, errors)]
    problems += _cross_check(raw)
    if problems:
        raise RulesetError(path, problems)
    ordered = tuple(sorted(rs.levels, key=lambda lv: -lv.level))
    return rs.model_copy(update={"levels": ordered}) if ordered != rs.levels else rs


# --- editions -------------------------------------------------------------------------------

#: The built-in editions, by id: the file each is read from. ``summary`` is the default.
EDITIONS: dict[str, str] = {
    "summary": "all-media-operator.toml",
    "template-2023": "all-media-operator-template-2023.toml",
}
DEFAULT_EDITION = "summary"


def builtin_ruleset_text(edition: str = DEFAULT_EDITION) -> str:
    """The text of a built-in edition.

    From the installed package (where the wheel puts ``rules/``), or, in a
    source checkout installed in editable mode, from the top-level ``rules/``.
    """
    name = EDITIONS[edition]
    packaged = resources.files("mediaops") / "rules" / name
    if packaged.is_file():
        return packaged.read_text(encoding="utf-8")
    source_tree = Path(__file__).resolve().parents[2] / "rules" / name
    if source_tree.is_file():
        return source_tree.read_text(encoding="utf-8")
    raise RulesetError(name, [_p("", "builtin_missing", name=name)])


@lru_cache(maxsize=len(EDITIONS))
def _builtin(edition: str) -> Ruleset:
    name = f"<built-in {EDITIONS[edition]}>"
    return parse_ruleset(builtin_ruleset_text(edition), name, bounded=False)


def load_edition(edition: str) -> Ruleset:
    """A built-in edition by id (``summary``, ``template-2023``).

    Raises:
        KeyError: no such edition.
    """
    if edition not in EDITIONS:
        raise KeyError(edition)
    return _builtin(edition)


def read_ruleset_text(path: str | Path) -> str:
    """The text of a ruleset file: a regular file of at most :data:`MAX_RULESET_BYTES`.

    A FIFO, a device (``/dev/zero``) or a directory is refused before it is
    read, so that nothing waits for ever or reads without end.

    Raises:
        RulesetError: the file cannot be read, is not a regular file, is too
            large or is not UTF-8.
    """

    def refuse(key: str, **params: Any) -> RulesetError:
        return RulesetError(str(path), [_p("", key, **params)])

    if str(path) == "-" and not os.path.lexists(path):  # not stdin, as --input - is
        raise refuse("dash")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise refuse("cannot_read", detail=os_error(exc)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):  # said as --input says it, not as a pipe or a device
            raise refuse("cannot_read", detail=Msg.of("os.is_directory"))
        if not stat.S_ISREG(info.st_mode):
            raise refuse("not_regular")
        if info.st_size > MAX_RULESET_BYTES:
            raise refuse("too_large", limit=f"{MAX_RULESET_BYTES // 1024} KiB")
        with os.fdopen(fd, "rb", closefd=False) as f:
            data = f.read(MAX_RULESET_BYTES + 1)
    except OSError as exc:
        raise refuse("cannot_read", detail=os_error(exc)) from None
    finally:
        os.close(fd)
    if len(data) > MAX_RULESET_BYTES:
        raise refuse("too_large", limit=f"{MAX_RULESET_BYTES // 1024} KiB")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # a UTF-16 byte-order mark: said so
        raise refuse("utf16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise refuse("not_utf8", byte=exc.start + 1) from None


def load_ruleset(path: str | Path | None = None, *, edition: str | None = None) -> Ruleset:
    """Load a ruleset file, or a built-in edition (the default one when neither is given).

    Raises:
        RulesetError: the file cannot be read or is not a valid ruleset.
        KeyError: no built-in edition of that id.
    """
    if path is None:
        return load_edition(edition or DEFAULT_EDITION)
    return parse_ruleset(read_ruleset_text(path), str(path))


# --- comparing two rulesets ----------------------------------------------------------------


class Difference(BaseModel):
    """One way two rulesets differ.

    Attributes:
        where: what it is about: a level number, ``general``, ``assumptions`` or ``directions``.
        kind: ``only_a`` / ``only_b`` (one has it, the other not), ``changed`` (the
            same id, other conditions or values) or ``worded`` (the same id and
            conditions, other wording).
        a: the clause or entry in the first ruleset (None if absent).
        b: the same in the second.
    """

    model_config = _STRICT

    where: str
    kind: Literal["only_a", "only_b", "changed", "worded"]
    a: Any = None
    b: Any = None


def _meaning(conditions: tuple[Condition, ...]) -> list[dict[str, Any]]:
    """What a list of conditions asks, without the assumptions they cite."""
    return [
        c.model_dump(mode="json", exclude={"assumption", "class_assumption"}) for c in conditions
    ]


def diff_rulesets(a: Ruleset, b: Ruleset) -> list[Difference]:
    """Clause by clause, what one ruleset has that the other lacks or words differently.

    Pathways are compared level by level: the same id with other conditions
    is ``changed``; pathways with different ids but the same conditions are
    the same requirement (not reported); the rest are only in one. General
    conditions, assumptions and directions are compared by id.
    """
    out: list[Difference] = []
    for level in (4, 3, 2, 1):
        la, lb = a.level(level), b.level(level)
        pa = {p.id: p for p in (la.pathways if la else ())}
        pb = {p.id: p for p in (lb.pathways if lb else ())}
        where = str(level)
        for pid in pa.keys() & pb.keys():
            x, y = pa[pid], pb[pid]
            if _meaning(x.conditions) != _meaning(y.conditions):
                out.append(Difference(where=where, kind="changed", a=x, b=y))
            elif x.text != y.text or x.original != y.original:
                out.append(Difference(where=where, kind="worded", a=x, b=y))
        only_a = [p for pid, p in pa.items() if pid not in pb]
        only_b = [p for pid, p in pb.items() if pid not in pa]
        for x in list(only_a):
            twin = next(
                (y for y in only_b if _meaning(y.conditions) == _meaning(x.conditions)), None
            )
            if twin is not None:  # the same requirement under another id
                only_a.remove(x)
                only_b.remove(twin)
        out += [Difference(where=where, kind="only_a", a=x) for x in only_a]
        out += [Difference(where=where, kind="only_b", b=y) for y in only_b]
    for where, xs, ys in (
        ("general", a.general, b.general),
        ("assumptions", a.assumptions, b.assumptions),
        ("directions", a.directions, b.directions),
    ):
        ga: dict[str, Any] = {str(x.id): x for x in xs}
        gb: dict[str, Any] = {str(y.id): y for y in ys}
        for key in ga.keys() | gb.keys():
            first: Any = ga.get(key)
            second: Any = gb.get(key)
            if first is None:
                out.append(Difference(where=where, kind="only_b", b=second))
            elif second is None:
                out.append(Difference(where=where, kind="only_a", a=first))
            elif first != second:
                same_meaning = where != "general" or (
                    first.blocking == second.blocking
                    and _meaning((first.condition,)) == _meaning((second.condition,))
                )
                kind: Literal["changed", "worded"] = (
                    "worded" if same_meaning and where == "general" else "changed"
                )
                if where == "assumptions":
                    kind = "worded"
                out.append(Difference(where=where, kind=kind, a=first, b=second))
    order = {"4": 0, "3": 1, "2": 2, "1": 3, "general": 4, "directions": 5, "assumptions": 6}
    out.sort(key=lambda d: (order[d.where], d.kind, str(getattr(d.a or d.b, "id", ""))))
    return out
