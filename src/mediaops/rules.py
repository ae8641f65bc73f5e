"""The ruleset: requirements as data, its schema, and loading with validation.

A ruleset is a TOML file (``rules/all-media-operator.toml`` is the built-in
one). It is parsed with :mod:`tomllib`, which only reads data, so a ruleset
can never execute code, and validated into the strict, typed models below:

* a **level** is satisfied by any one of its **pathways**;
* a pathway holds when all of its **conditions** hold;
* a condition is one of a closed set of *kinds* (a discriminated union on
  ``kind``), each with its own typed parameters, so another edition of the
  requirements can be written as data alone;
* every clause carries its wording in Chinese and English, the original text
  it encodes, and the source it comes from; every value that is an
  assumption names an entry of ``[[assumptions]]`` with a note the
  explanation shows.

Every problem in a file is reported with its location, e.g.
``levels[level=4].pathways[4-2].conditions[0].years: Input should be ≥ 0``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .models import Education, Major

BUILTIN_NAME = "all-media-operator.toml"

_STRICT = ConfigDict(frozen=True, extra="forbid", defer_build=True)

ClauseId = Annotated[
    str, Field(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
]
LevelNumber = Annotated[int, Field(ge=1, le=4)]
NonNegativeYears = Annotated[float, Field(ge=0, le=80)]


class Bilingual(BaseModel):
    """A text in simplified Chinese and English."""

    model_config = _STRICT

    zh: Annotated[str, Field(min_length=1)]
    en: Annotated[str, Field(min_length=1)]


class Source(BaseModel):
    """Where a clause comes from."""

    model_config = _STRICT

    title: Bilingual
    reference: str = ""


class Assumption(BaseModel):
    """A value or reading the ruleset supplies where the source is vague or silent."""

    model_config = _STRICT

    id: ClauseId
    text: Bilingual
    source: str


class _Condition(BaseModel):
    model_config = _STRICT

    #: id of the ``[[assumptions]]`` entry this condition's value rests on, if any.
    assumption: str | None = None


class EducationCondition(_Condition):
    """The highest diploma is one of ``any_of`` (and, if given, its major one of ``majors``).

    ``final_year_students``: a final-year student who has not yet received the
    diploma counts as holding it. Where false, such a student is judged by the
    diploma needed to enrol (see ``models.ENROLMENT_PREREQUISITE``).
    """

    kind: Literal["education"]
    any_of: Annotated[tuple[Education, ...], Field(min_length=1)]
    majors: tuple[Major, ...] | None = None
    final_year_students: bool = False


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


class AdvisoryCondition(_Condition):
    """Assessed by the exam itself: shown as a note, never decides eligibility."""

    kind: Literal["advisory"]


Condition = Annotated[
    EducationCondition
    | ExperienceCondition
    | TrainingCondition
    | CertificateCondition
    | ExperienceSinceCertificateCondition
    | AdvisoryCondition,
    Field(discriminator="kind"),
]


class GeneralClause(BaseModel):
    """A condition that applies to every level (G1, G2, …)."""

    model_config = _STRICT

    id: ClauseId
    blocking: bool
    text: Bilingual
    original: str
    source: str
    condition: Condition


class Pathway(BaseModel):
    """One way to qualify for a level: all of its conditions must hold."""

    model_config = _STRICT

    id: ClauseId
    text: Bilingual
    original: str
    source: str
    conditions: Annotated[tuple[Condition, ...], Field(min_length=1)]


class LevelRule(BaseModel):
    """A level of the qualification: any one of its pathways suffices."""

    model_config = _STRICT

    level: LevelNumber
    name: Bilingual
    pathways: Annotated[tuple[Pathway, ...], Field(min_length=1)]


ConditionKind = Literal[
    "education", "experience", "training", "certificate", "experience_since_certificate", "advisory"
]


class Document(BaseModel):
    """A document that usually proves a kind of condition ("what to bring").

    ``text`` may hold ``{years}`` and ``{level}``, filled in from the condition.
    ``final_year``: the variant for a final-year student (an education condition).
    """

    model_config = _STRICT

    kind: ConditionKind
    text: Bilingual
    final_year: bool = False


class Ruleset(BaseModel):
    """A complete edition of the requirements."""

    model_config = _STRICT

    id: ClauseId
    edition: str
    title: Bilingual
    edition_name: Bilingual
    occupation_code: str = ""
    sources: dict[str, Source]
    assumptions: tuple[Assumption, ...] = ()
    general: tuple[GeneralClause, ...]
    levels: Annotated[tuple[LevelRule, ...], Field(min_length=1)]
    documents: tuple[Document, ...] = ()

    def level(self, number: int) -> LevelRule | None:
        """The rule for level ``number``, if the ruleset has it."""
        return next((lv for lv in self.levels if lv.level == number), None)

    def assumption(self, assumption_id: str) -> Assumption:
        """The ``[[assumptions]]`` entry with this id."""
        return next(a for a in self.assumptions if a.id == assumption_id)

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
    """One thing wrong with a ruleset file, and where."""

    model_config = _STRICT

    location: str
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.message}" if self.location else self.message


class RulesetError(Exception):
    """A ruleset that cannot be used, with every problem found in it."""

    def __init__(self, path: str, problems: list[Problem]) -> None:
        super().__init__(f"{path}: " + "; ".join(str(p) for p in problems))
        self.path = path
        self.problems = problems


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
                elif "level" in item and "pathways" in item:
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


def _cross_check(raw: dict[str, Any]) -> list[Problem]:
    """Problems a schema alone cannot see: duplicates and dangling references.

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
        return sorted({v for v in values if v is not None and values.count(v) > 1}, key=str)

    for n in duplicates(levels):
        problems.append(Problem(location=f"levels[level={n}]", message=f"level {n} appears twice"))
    for a_id in duplicates(assumption_ids):
        problems.append(Problem(location=f"assumptions[{a_id}]", message="duplicate id"))

    def check_source(where: str, source: Any) -> None:
        if isinstance(source, str) and source not in sources:
            known = ", ".join(sources) or "none"
            problems.append(
                Problem(
                    location=f"{where}.source",
                    message=f"unknown source {source!r}; defined: {known}",
                )
            )

    def check_condition(where: str, cond: Any) -> None:
        if not isinstance(cond, dict):
            return
        ref = cond.get("assumption")
        if isinstance(ref, str) and ref not in assumption_ids:
            problems.append(
                Problem(location=f"{where}.assumption", message=f"unknown assumption {ref!r}")
            )
        level = cond.get("level")
        if isinstance(level, int) and 1 <= level <= 4 and level not in levels:
            known = ", ".join(str(n) for n in sorted(n for n in levels if isinstance(n, int)))
            problems.append(
                Problem(
                    location=f"{where}.level",
                    message=f"level {level} does not exist in this ruleset (levels: {known})",
                )
            )

    for a in assumptions:
        check_source(f"assumptions[{a.get('id')}]", a.get("source"))
    for i, doc in enumerate(_items(raw.get("documents"))):
        text = doc.get("text")
        for lang_key, template in text.items() if isinstance(text, dict) else []:
            unknown = set(re.findall(r"{(\w*)}", str(template))) - {"years", "level"}
            if unknown:
                problems.append(
                    Problem(
                        location=f"documents[{i}].text.{lang_key}",
                        message=f"unknown placeholder(s) {sorted(unknown)}; use {{years}}, {{level}}",
                    )
                )
    clauses: list[tuple[str, dict[str, Any]]] = [
        (f"general[{g.get('id')}]", g) for g in _items(raw.get("general"))
    ]
    for lv in levels_raw:
        for p in _items(lv.get("pathways")):
            clauses.append((f"levels[level={lv.get('level')}].pathways[{p.get('id')}]", p))
    ids = [c.get("id") for _, c in clauses]
    for clause_id in duplicates(ids):
        where = next(w for w, c in clauses if c.get("id") == clause_id)
        problems.append(Problem(location=where, message=f"duplicate clause id {clause_id!r}"))
    for where, clause in clauses:
        check_source(where, clause.get("source"))
        if where.startswith("general"):
            check_condition(f"{where}.condition", clause.get("condition"))
            cond = clause.get("condition")
            if (
                clause.get("blocking") is True
                and isinstance(cond, dict)
                and cond.get("kind") == "advisory"
            ):
                problems.append(
                    Problem(location=f"{where}.blocking", message="an advisory clause cannot block")
                )
        else:
            conditions = clause.get("conditions")
            for i, cond in enumerate(conditions if isinstance(conditions, list) else []):
                check_condition(f"{where}.conditions[{i}]", cond)
    return problems


def _is_echo(err: Any, errors: list[Any]) -> bool:
    """A "too short" error on a list that only looks short because an item failed."""
    if err["type"] != "too_short":
        return False
    loc = tuple(err["loc"])
    return any(tuple(e["loc"])[: len(loc)] == loc and len(e["loc"]) > len(loc) for e in errors)


def parse_ruleset(text: str, path: str = "<ruleset>") -> Ruleset:
    """Parse and validate ruleset TOML text.

    Args:
        text: the TOML source.
        path: the name to report problems against.

    Returns:
        The validated ruleset, levels in the order 4, 3, 2, 1.

    Raises:
        RulesetError: with every problem found and its location.
    """
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RulesetError(path, [Problem(location="", message=f"not valid TOML: {exc}")]) from None
    problems = []
    try:
        rs = Ruleset.model_validate(raw)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        problems = [
            Problem(location=_locate(raw, tuple(e["loc"])), message=e["msg"])
            for e in errors
            if not _is_echo(e, errors)
        ]
    problems += _cross_check(raw)
    if problems:
        raise RulesetError(path, problems)
    ordered = tuple(sorted(rs.levels, key=lambda lv: -lv.level))
    return rs.model_copy(update={"levels": ordered}) if ordered != rs.levels else rs


def builtin_ruleset_text() -> str:
    """The text of the built-in ruleset.

    From the installed package (where the wheel puts ``rules/``), or, in a
    source checkout installed in editable mode, from the top-level ``rules/``.
    """
    packaged = resources.files("mediaops") / "rules" / BUILTIN_NAME
    if packaged.is_file():
        return packaged.read_text(encoding="utf-8")
    source_tree = Path(__file__).resolve().parents[2] / "rules" / BUILTIN_NAME
    if source_tree.is_file():
        return source_tree.read_text(encoding="utf-8")
    problem = Problem(
        location="",
        message=f"the built-in ruleset {BUILTIN_NAME} is missing from this installation "
        "(reinstall mediaops, or pass --rules FILE)",
    )
    raise RulesetError(BUILTIN_NAME, [problem])


@lru_cache(maxsize=1)
def _builtin() -> Ruleset:
    return parse_ruleset(builtin_ruleset_text(), f"<built-in {BUILTIN_NAME}>")


def load_ruleset(path: str | Path | None = None) -> Ruleset:
    """Load a ruleset file, or the built-in one when ``path`` is None.

    Raises:
        RulesetError: the file cannot be read or is not a valid ruleset.
    """
    if path is None:
        return _builtin()
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        problem = Problem(location="", message=f"cannot read: {reason}")
        raise RulesetError(str(path), [problem]) from None
    return parse_ruleset(text, str(path))
