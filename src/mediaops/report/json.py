"""The JSON contract: a report as the JSON ``check --format json`` prints (SPEC §2).

One definition of its shape: :func:`report_members` lists the report's keys
in order, :func:`level_members` a level's; :func:`level_dict`,
:func:`pathway_dict` and :func:`condition_dict` are its parts.
:func:`report_dict` assembles them as data; a screening list
(:class:`ReportJson`) makes the same data, remembering each pathway's and
level's on what it is made from, and encodes each report in one call
(:func:`dumps`), so the two cannot differ in anything but spacing
(``tests/test_differential.py``).
"""

from __future__ import annotations

import json
from typing import Any

from mediaops.engine.decide import Decision
from mediaops.engine.evaluator import Evaluation, Evaluator
from mediaops.engine.facts import Bound
from mediaops.engine.outcome import Outcome
from mediaops.memo import memoized
from mediaops.messages import Lang, localize
from mediaops.terms import Direction, Education

from .result import (
    ConditionResult,
    GeneralResult,
    LevelResult,
    PathwayResult,
    Report,
    Wording,
    level_result,
)


def condition_dict(c: ConditionResult, lang: Lang) -> dict[str, Any]:
    """One condition's JSON object."""
    out: dict[str, Any] = {
        "kind": c.kind,
        "status": c.status.value,
        "required": c.required,
        "actual": c.actual,
        "text": c.text.format(lang),
    }
    if c.shortfall is not None:
        out["missing"] = c.shortfall.format(lang)
    if c.reachable_on is not None:
        out["reachable_on"] = c.reachable_on.isoformat()
    if c.assumptions:
        out["assumptions"] = list(c.assumptions)
    return out


def pathway_dict(p: PathwayResult, lang: Lang) -> dict[str, Any]:
    """One pathway's JSON object."""
    out: dict[str, Any] = {
        "id": p.id,
        "status": p.status.value,
        "text": localize(p.text, lang),
        "conditions": [condition_dict(c, lang) for c in p.conditions],
    }
    if p.reachable_on is not None:
        out["reachable_on"] = p.reachable_on.isoformat()
    return out


def general_dict(g: GeneralResult, lang: Lang) -> dict[str, Any]:
    """One general condition's JSON object."""
    return {
        "id": g.id,
        "status": g.status.value,
        "blocking": g.blocking,
        "text": localize(g.text, lang),
        "actual": g.condition.actual,
    }


def level_dict(lv: LevelResult, lang: Lang) -> dict[str, Any]:
    """One level's JSON object (the stable keys of SPEC §2 first)."""
    return dict(level_members(lv, lang, [pathway_dict(p, lang) for p in lv.pathways]))


def level_members(lv: LevelResult, lang: Lang, pathways: list[Any]) -> list[tuple[str, Any]]:
    """A level's keys in order, with its ``pathways``' objects as given."""
    return [
        ("level", lv.level),
        ("name", localize(lv.name, lang)),
        ("status", lv.status.value),
        ("qualifying_pathways", list(lv.qualifying_pathways)),
        ("pathways", pathways),
        ("closest_pathway", lv.closest),
        ("missing", [m.format(lang) for m in lv.missing]),
        ("blocked_by", list(lv.blocked_by)),
        ("reachable_on", lv.reachable_on.isoformat() if lv.reachable_on else None),
        ("reachable_on_earliest", lv.reachable_on_earliest),
        ("reachable_on_latest", lv.reachable_on_latest),
        ("assumptions", list(lv.assumptions)),
        ("documents", [d.format(lang) for d in lv.documents]),
        (
            "routes",
            [
                {
                    "pathway": r.pathway,
                    "opens": r.opens.value,
                    "on": r.on.isoformat() if r.on else None,
                    "earliest": r.earliest,
                    "working": r.working,
                    "latest": r.latest,
                    "missing": [m.format(lang) for m in r.lacks],
                }
                for r in lv.routes
            ],
        ),
    ]


def report_members(report: Report, lang: Lang, levels: list[Any]) -> list[tuple[str, Any]]:
    """The report's keys in order, with its ``levels``' objects as given."""
    rs = report.ruleset
    facts = report.facts
    eligible = report.eligible_levels
    notes = [m.format(lang) for m in (report.direction_note,) if m is not None]
    return [
        (
            "ruleset",
            {
                "id": rs.id,
                "edition": rs.edition,
                "name": localize(rs.edition_name, lang),
                # an edition inferred from a template says so wherever it is (EDITIONS.md)
                "notice": None if rs.notice is None else localize(rs.notice, lang),
            },
        ),
        ("as_of", report.as_of.isoformat()),
        ("general", [general_dict(g, lang) for g in report.general]),
        ("levels", levels),
        ("eligible_levels", eligible),
        ("highest_eligible", min(eligible) if eligible else None),
        ("missing_facts", [missing_dict(m, lang) for m in report.missing_facts]),
        (
            "assumptions",
            [{"id": a, "text": localize(t, lang)} for a, t in report.assumptions]
            + [{"id": None, "text": n.format(lang)} for n in report.notes],
        ),
        ("direction", None if facts.direction is None else facts.direction.value),
        ("notes", notes),
        ("facts", facts_dict(report)),
    ]


def missing_dict(m: Any, lang: Lang) -> dict[str, Any]:
    """A missing fact's JSON object."""
    out: dict[str, Any] = {"fact": m.need.id, "levels": list(m.levels)}
    for key, value in m.need.params:
        if key == "title" and isinstance(value, int):
            value = _TITLES[value]
        out["certificate_level" if key == "level" else key] = value
    out["text"] = m.msg.format(lang)
    return out


def facts_dict(report: Report) -> dict[str, Any]:
    """The facts as used (experience from a work history, years derived since a certificate)."""
    facts = report.facts
    given = [d for d in facts.diplomas if not d.implied]
    first = given[0] if given else None
    months = None if facts.experience is None else facts.experience.now()
    return {
        "education": first.education.value if first and first.education else None,
        "major": first.major.value if first and first.major else None,
        "graduating": first.graduating if first else False,
        "diplomas": [
            {
                "education": d.education.value if d.education else None,
                "major": d.major.value if d.major else None,
                "graduating": d.graduating,
                "school_class": d.school_class.value if d.school_class else None,
                "evaluated": d.evaluated,
                "implied_by": d.enrolled.value if d.enrolled else None,
                # a student's of a school not given: held, of one of these types
                "possible": None
                if d.possible is None
                else [e.value for e in Education if e in d.possible],
            }
            for d in facts.diplomas
        ],
        "experience_years": None if months is None else round(months / 12, 4),
        "experience_bound": _bound_dict(facts.experience_said),
        "work_periods": [[s.start.isoformat(), s.end.isoformat()] for s in facts.work],
        "trainings": None if facts.trainings is None else sorted(facts.trainings, reverse=True),
        "certificates": None
        if facts.certificates is None
        else [
            {**_held_dict(h, "level", h.level), "years_after_bound": _bound_dict(h.said)}
            for h in facts.certificates
        ],
        "titles": None
        if facts.titles is None
        else [
            {**_held_dict(h, "level", _TITLES[h.level]), "corresponding": h.corresponding}
            for h in facts.titles
        ],
    }


_TITLES = {1: "junior", 2: "intermediate", 3: "senior"}


def _held_dict(h: Any, key: str, level: Any) -> dict[str, Any]:
    years = h.since.now() / 12 if h.exact and h.since is not None else None
    return {
        key: level,
        "date": h.date.isoformat() if h.date else None,
        "years_after": None if years is None else round(years, 4),
    }


def _bound_dict(bound: Bound | None) -> dict[str, Any] | None:
    """Years said as a bound (a sheet's ``3-5年``, ``不到2年``), as said: at least ``fewest``,
    at most ``most`` (None: no most), fewer than it where ``below``."""
    if bound is None:
        return None
    return {"fewest": bound.fewest, "most": bound.most, "below": bound.below}


def report_dict(report: Report, lang: Lang) -> dict[str, Any]:
    """The report as JSON-ready data."""
    levels = [level_dict(lv, lang) for lv in report.levels]
    return dict(report_members(report, lang, levels))


#: Compact JSON with Chinese kept, as :mod:`json` writes it (the fallback of :func:`dumps`).
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def dumps(value: Any) -> str:
    """``value`` as compact JSON with Chinese kept: the encoding of every JSON Lines line.

    orjson writes the same text as :mod:`json` with these settings, about six
    times faster (a report is several kB, and a long list has one per row),
    but for the exponent of a float (``1e-7`` for ``1e-07``: the same number;
    a report's numbers have none, a row's own keys may). What orjson refuses
    (an integer past 64 bits, a string with a lone surrogate) is written by
    :mod:`json`.
    """
    import orjson  # here, not above: ``check`` prints its JSON with json, indented

    try:
        return orjson.dumps(value).decode()
    except TypeError:  # orjson.JSONEncodeError is a TypeError
        return _ENCODER.encode(value)


class ReportJson:
    """Compact JSON reports for one evaluator in one language, for a list of candidates.

    Each level is worded, and its JSON-ready data made, once per what it is
    decided on (its decision, gate and pathway outcomes, the direction, the
    outcomes of the general conditions that do not block: the whole input of
    :func:`~mediaops.report.result.level_result`), each of its
    pathways once per its outcomes; the rest of a report (its facts, eligible
    levels, missing facts) is made for each, and the whole is encoded in one
    call. The data is :func:`report_dict`'s, so the two cannot differ
    (``tests/test_differential.py``). Remembered data is shared between reports
    and never changed.
    """

    def __init__(self, evaluator: Evaluator, lang: Lang, words: Wording | None = None) -> None:
        self.evaluator = evaluator
        self.lang = lang
        self.words = words or Wording(evaluator, memo=True)
        self._level = memoized(self._level_data, "json")
        self._pathway = memoized(self._pathway_data, "json")

    def _pathway_data(
        self, level: int, index: int, outcomes: tuple[Outcome, ...]
    ) -> dict[str, Any]:
        return pathway_dict(self.words.pathway(level, index, outcomes), self.lang)

    def _level_data(
        self,
        index: int,
        decision: Decision,
        gate: tuple[Outcome, ...],
        pathways: tuple[tuple[Outcome, ...], ...],
        direction: Direction | None,
        nonblocking: tuple[Outcome, ...],
    ) -> tuple[LevelResult, dict[str, Any]]:
        """The level worded, and its JSON-ready data."""
        lv = level_result(
            self.evaluator, index, decision, gate, pathways, direction, nonblocking, self.words
        )
        data = [self._pathway(index, i, p) for i, p in enumerate(pathways)]
        return lv, dict(level_members(lv, self.lang, data))

    def dumps(self, evaluation: Evaluation) -> str:
        """The report of ``evaluation`` as compact JSON (as :func:`report_dict` encoded)."""
        gate = evaluation.gate()
        direction = evaluation.facts.direction
        nonblocking = evaluation.nonblocking()
        levels = [
            self._level(i, d, gate, evaluation.pathways(i), direction, nonblocking)
            for i, d in enumerate(evaluation.decisions)
        ]
        report = Report(evaluation, self.words, levels=tuple(lv for lv, _ in levels))
        return dumps(dict(report_members(report, self.lang, [data for _, data in levels])))
