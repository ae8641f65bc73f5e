"""The JSON report of ``check --format json``, assembled from remembered pieces.

Screening a long list writes one report per row: a few kilobytes, most of it
the same from row to row. :class:`ReportJson` makes each piece of the text
once per what it depends on and joins the pieces:

* the head (ruleset, date, general conditions), per the date and the
  signatures of the general conditions;
* each pathway, per what its conditions show (see
  ``engine._shown_signature``): a pathway reading only the diploma is made a
  few dozen times in a whole list, one met by years since a certificate once
  per number of months, whatever the certificate's date;
* each level's opening (level, name, verdict, qualifying pathways) and
  closing (closest pathway, what is missing, when, the assumptions), per
  :meth:`~mediaops.engine.Evaluator.shortfall_key` (which names the
  decision) and the facts the assumptions of the conditions it may rest on
  depend on;
* the rest (facts, and the notes on how years were counted, which name the
  candidate's dates) for each report, but for the diploma's and the
  trainings' part of the facts.

Pieces are compact (no spaces after ``,`` and ``:``) UTF-8 bytes, so that
a row's line is joined and written without encoding the shared text again.
``tests/test_engine_codes.py`` checks that the pieces joined are exactly
``json.dumps(report.to_dict(lang), ensure_ascii=False, separators=(",", ":"))``.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Hashable
from datetime import date
from functools import partial
from typing import Any, Final, NamedTuple

from .engine import (
    Evaluator,
    Facts,
    _assumptions_signature,
    _shown_signature,
    _signature,
    assumptions_vary,
    condition_notes,
    keep,
    may_note,
    read_signatures,
)
from .engine import _pathway as _pathway_result
from .messages import Lang, Msg, localize
from .report import (
    ConditionResult,
    Decision,
    LevelResult,
    MissingFact,
    PathwayResult,
    Report,
    Verdict,
)
from .rules import Condition, Pathway

_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _c_encoder() -> Callable[[Any, int], Any] | None:
    """json's C encoder, set up as ``_ENCODER`` sets it up for each call, if at hand.

    ``JSONEncoder.encode`` builds it afresh for every value (in Python); the
    pieces of a list's reports are tens of thousands of small values. Set up
    without the check for circular references (a report holds none). It is
    used only if it writes a sample exactly as ``_ENCODER`` writes it, keys
    in their order (the factory is not a documented API: on a Python without
    it, or where its arguments differ, ``_ENCODER`` is used). The sample's
    text is spelled out: ``_ENCODER`` itself goes through the same factory.
    """
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:
        return None
    try:
        encode: Callable[[Any, int], Any] = make(
            None, _ENCODER.default, json.encoder.encode_basestring, None, ":", ",",
            False, False, True,
        )  # fmt: skip
        sample = {"b": [1, 2.5, None, True, '引号"\n'], "a": {"c": -0.1}}
        if "".join(encode(sample, 0)) != '{"b":[1,2.5,null,true,"引号\\"\\n"],"a":{"c":-0.1}}':
            return None
    except Exception:
        return None
    return encode


_C_ENCODE = _c_encoder()


def _dumps(value: Any) -> bytes:
    """``value`` as compact JSON (non-ASCII kept), UTF-8 encoded."""
    if _C_ENCODE is None:
        return _ENCODER.encode(value).encode()
    return "".join(_C_ENCODE(value, 0)).encode()


#: a string as _dumps writes it, quoted (json's C string encoder, non-ASCII kept)
json_text: Final[Callable[[str], str]] = json.encoder.encode_basestring


def _json_string(text: str) -> bytes:
    """A string as _dumps writes it, UTF-8 encoded."""
    return json_text(text).encode()


class _Shown(NamedTuple):
    """A condition's JSON, with a result that shows the same (its status and date hold)."""

    text: bytes
    result: ConditionResult


class _Closing(NamedTuple):
    """A level's closing text, with what its verdict rests on (for the report's assumptions).

    ``relied``: the conditions the verdict rests on, whose notes (they name
    the candidate's dates) are gathered for each report afresh.
    """

    text: bytes
    assumptions: tuple[str, ...]
    relied: tuple[Condition, ...]
    #: held so that its id, which keys this closing, names no other decision
    decision: Decision


class _Plan(NamedTuple):
    """A level's opening, and the conditions its closing reads, for one decision.

    See ReportJson._plan. The opening (level, name, verdict, qualifying
    pathways) depends on the decision alone.
    """

    decision: Decision
    opening: bytes
    dated: tuple[Condition, ...]
    undated: tuple[Condition, ...]
    #: those the verdict may rest on whose assumptions depend on the facts
    basis: tuple[Condition, ...]


class ReportJson:
    """JSON reports for one evaluator, in one language, from remembered pieces.

    Most pieces are remembered here, a bounded dict per kind of piece, each
    emptied whole when full (as :meth:`Evaluator.remember` does). Pathways and
    conditions are keyed by a small number naming them (an ``id`` would be a
    new int object each time); a level's opening and closing, and its plan,
    by the identity of its decision: each value holds its decision, so that
    the id cannot name another while the value is kept, and the decision's
    id-keyed dicts are emptied when the evaluator forgets its decisions.
    """

    def __init__(self, evaluator: Evaluator, lang: Lang) -> None:
        self.evaluator = evaluator
        self.lang = lang
        ruleset = evaluator.ruleset
        self._general = tuple(g.condition for g in ruleset.general)
        self._pathways = tuple(tuple(rule.pathways) for rule in ruleset.levels)
        numbers = itertools.count()
        #: each pathway's conditions (a pydantic model's attributes are slow to read)
        self._pathway_conditions = tuple(
            tuple(tuple(p.conditions) for p in pathways) for pathways in self._pathways
        )
        #: a number for each pathway, and for each condition of each pathway
        self._numbers = tuple(
            tuple((next(numbers), tuple(next(numbers) for _ in p.conditions)) for p in pathways)
            for pathways in self._pathways
        )
        self._assumption_json = {
            a.id: _dumps({"id": a.id, "text": localize(a.text, lang)}) for a in ruleset.assumptions
        }
        self._plans: dict[int, _Plan] = {}
        self._generation = evaluator.generation
        # Half the evaluator's max_entries per kind of piece (its own memos
        # keep a fifth): a list's pathways and conditions come in tens of
        # thousands of combinations (a diploma with a number of months), and
        # emptying the dict makes the common ones again; 50,000 pathways hold
        # about 35 MiB.
        self._limit = max(1, evaluator.max_entries // 2)
        self._heads: dict[Hashable, bytes] = {}
        self._closings: dict[Hashable, _Closing] = {}
        self._pathway_texts: dict[Hashable, bytes] = {}
        self._conditions: dict[Hashable, _Shown] = {}
        self._missing: dict[Hashable, bytes] = {}
        self._facts_heads: dict[Hashable, tuple[str, str]] = {}

    def dumps(self, report: Report) -> bytes:
        """The report's compact JSON, UTF-8 encoded."""
        return b"{%s}" % b"".join(self.pieces(report))

    def pieces(self, report: Report) -> tuple[bytes, ...]:
        """The report's JSON object in pieces (most of them shared with other reports).

        Its members, that is, without the braces around them: a batch's line
        puts the row's own keys beside them.
        """
        facts: Facts = report.source
        key: tuple[Hashable, ...] = (report.as_of, *[_signature(c, facts) for c in self._general])
        head = self._heads.get(key)
        if head is None:
            head = keep(self._heads, key, self._head(report), self._limit)
        out = [head]
        closings = []
        known = self._pathway_texts
        if self._generation != self.evaluator.generation:  # decisions made afresh
            self._closings.clear()
            self._plans.clear()
            self._generation = self.evaluator.generation
        for index, lv in enumerate(report.levels):
            decision = lv.decision
            plan = self._plan(lv, index)
            # Evaluator.shortfall_key, and what the assumptions depend on
            key = (
                id(decision),
                *read_signatures(facts, plan.dated, plan.undated),
                *[_assumptions_signature(c, facts) for c in plan.basis],
            )
            closing = self._closings.get(key)
            if closing is None:
                closing = keep(self._closings, key, self._closing(lv, index), self._limit)
            if index:
                out.append(b",")
            out.append(plan.opening)
            numbers = self._numbers[index]
            conditions = self._pathway_conditions[index]
            for i, pathway in enumerate(self._pathways[index]):
                if i:
                    out.append(b",")
                signatures = [_shown_signature(c, facts) for c in conditions[i]]
                key = (numbers[i][0], *signatures)
                text = known.get(key)
                if text is None:
                    made = self._pathway(pathway, numbers[i][1], signatures, facts)
                    text = keep(known, key, made, self._limit)
                out.append(text)
            out.append(closing.text)
            closings.append(closing)
        out.append(self._rest(report, closings))
        return tuple(out)

    def _pathway(
        self, pathway: Pathway, numbers: tuple[int, ...], signatures: list[Hashable], facts: Facts
    ) -> bytes:
        """A pathway's JSON, joined from its conditions' pieces (remembered on their own).

        A pathway made afresh for a new combination of what its conditions
        show (a diploma with a number of months since a certificate) evaluates
        none of them again: their pieces carry their results.
        """
        known = self._conditions
        shown: list[_Shown] = []
        for cond, number, signature in zip(pathway.conditions, numbers, signatures, strict=True):
            found = known.get((number, signature))
            if found is None:
                found = keep(known, (number, signature), self._condition(cond, facts), self._limit)
            shown.append(found)
        # status and date from the conditions' (which the pieces show alike)
        result = _pathway_result(pathway, tuple(s.result for s in shown))
        opening: bytes = self.evaluator.remember(
            ("json.pathway_opening", self.lang, id(pathway), result.status),
            partial(self._pathway_opening, result),
        )
        when = result.reachable_on
        tail = b"]}" if when is None else b'],"reachable_on":"%s"}' % when.isoformat().encode()
        return opening + b",".join(s.text for s in shown) + tail

    def _pathway_opening(self, result: PathwayResult) -> bytes:
        """A pathway's JSON up to its conditions: id, status, text (the same for every date)."""
        opening = _dumps(result._replace(reachable_on=None).to_dict(self.lang, conditions=False))
        assert opening.endswith(b'"conditions":[]}')
        return opening[: -len(b"]}")]

    def _condition(self, cond: Condition, facts: Facts) -> _Shown:
        result = self.evaluator.condition(cond, facts)
        return _Shown(_dumps(result.to_dict(self.lang)), result)

    def _facts(self, facts: Facts) -> bytes:
        """``facts.summary()`` as _dumps writes it, joined by hand (a part of every report).

        The diploma's and the trainings' parts are remembered; the numbers
        and dates are written as the JSON encoder writes them (``repr`` of a
        float); the whole is encoded once.
        """
        key = (facts.education, facts.major, facts.graduating, facts.trainings)
        known = self._facts_heads.get(key)
        if known is None:
            diploma = {
                "education": facts.education.value if facts.education else None,
                "major": facts.major.value if facts.major else None,
                "graduating": facts.graduating,
            }
            trainings = ",".join(map(str, sorted(facts.trainings, reverse=True)))
            known = keep(self._facts_heads, key, (_dumps(diploma)[:-1].decode(), trainings), 1000)
        head, trainings = known
        years = facts.experience_years
        periods = ""
        if facts.stretches:
            periods = ",".join(
                f'["{s.start.isoformat()}","{s.end.isoformat()}"]' for s in facts.stretches
            )
        certificates = ""
        if facts.certs:
            certificates = ",".join(
                _certificate_json(cf.level, cf.date, cf.years) for cf in facts.certs
            )
        return (
            f'{head},"experience_years":{"null" if years is None else repr(round(years, 4))},'
            f'"work_periods":[{periods}],"trainings":[{trainings}],"certificates":[{certificates}]}}'
        ).encode()

    def _plan(self, lv: LevelResult, index: int) -> _Plan:
        """A level's opening, and what its closing reads, worked out once per decision.

        The conditions :meth:`Evaluator.shortfall_key` reads, and those the
        verdict may rest on, whose assumptions the closing names: the pathways
        it relies on or is nearest to, and the blocking general conditions.
        """
        decision = lv.decision
        found = self._plans.get(id(decision))
        if found is None or found.decision is not decision:
            pathways = self._pathways[index]
            basis = [
                c
                for i in sorted({*decision.relied, *decision.nearest})
                for c in pathways[i].conditions
            ]
            if decision.status is not Verdict.held:
                basis += [self._general[i] for i in decision.blocking]
            varying = tuple(c for c in basis if assumptions_vary(c))
            dated, undated = self.evaluator.conditions_read(decision, index)
            if len(self._plans) >= 10_000:
                self._plans.clear()
            opening = _opening(lv, self.lang)
            found = _Plan(decision, opening, dated, undated, varying)
            self._plans[id(decision)] = found
        return found

    def _closing(self, lv: LevelResult, index: int) -> _Closing:
        """A level's closing keys: what it lacks and when, and the assumptions it rests on."""
        reachable = lv.reachable_on
        tail = {
            "closest_pathway": lv.closest,
            "missing": [m.format(self.lang) for m in lv.missing],
            "blocked_by": list(lv.blocked_by),
            "reachable_on": reachable.isoformat() if reachable else None,
            "assumptions": list(lv.assumptions),
        }
        pathways, general = lv.rests_on()
        relied = [c for i in pathways for c in self._pathways[index][i].conditions]
        relied += [self._general[i] for i in general]
        return _Closing(b"]," + _dumps(tail)[1:], lv.assumptions, tuple(relied), lv.decision)

    def _head(self, report: Report) -> bytes:
        """The report's JSON up to its levels: ruleset, date, general conditions."""
        head = report.to_dict(self.lang, parts=False)
        general = _dumps([g.to_dict(self.lang) for g in report.general])
        return (
            _dumps({k: head[k] for k in ("ruleset", "as_of")})[1:-1]
            + b',"general":%s,"levels":[' % general
        )

    def _missing_facts(self, wanted: tuple[MissingFact, ...]) -> bytes:
        """The missing facts' JSON (remembered: a few combinations recur through a list)."""
        try:
            found = self._missing.get(wanted)
        except TypeError:  # a message parameter that cannot be hashed
            return _dumps([m.to_dict(self.lang) for m in wanted])
        if found is None:
            made = _dumps([m.to_dict(self.lang) for m in wanted])
            found = keep(self._missing, wanted, made, self._limit)
        return found

    def _rest(self, report: Report, closings: list[_Closing]) -> bytes:
        """Eligible levels, missing facts, assumptions and facts: the report's last keys."""
        lang = self.lang
        eligible = [lv.level for lv in report.levels if lv.status is Verdict.eligible]
        missing = b"[]"
        if any(lv.status is Verdict.undetermined for lv in report.levels):
            missing = self._missing_facts(report.missing_facts)
        ids: list[str] = []
        notes: list[Msg] = []
        facts: Facts = report.source
        for closing in closings:
            ids.extend(a for a in closing.assumptions if a not in ids)
        if may_note(facts):
            evaluate = self.evaluator.condition
            for closing in closings:
                for c in closing.relied:
                    notes.extend(n for n in condition_notes(c, facts, evaluate) if n not in notes)
        # joined by hand, as _dumps would write the dict of these keys: the
        # ruleset's assumptions are long texts, the same for every report
        assumptions = [self._assumption_json[a] for a in ids]
        assumptions += [b'{"id":null,"text":%s}' % _json_string(n.format(lang)) for n in notes]
        return (
            b'],"eligible_levels":[%s],"highest_eligible":%s,"missing_facts":%s,"assumptions":[%s],"facts":%s'
            % (
                ",".join(map(str, eligible)).encode(),
                str(min(eligible)).encode() if eligible else b"null",
                missing,
                b",".join(assumptions),
                self._facts(report.source),
            )
        )


def _opening(lv: Any, lang: Lang) -> bytes:
    head = {
        "level": lv.level,
        "name": localize(lv.name, lang),
        "status": lv.status.value,
        "qualifying_pathways": list(lv.qualifying_pathways),
    }
    return _dumps(head)[:-1] + b',"pathways":['


def _certificate_json(level: int, when: date | None, years: float | None) -> str:
    """A certificate of ``Facts.summary`` as _dumps writes it."""
    on = "null" if when is None else f'"{when.isoformat()}"'
    after = "null" if years is None else repr(round(years, 4))
    return f'{{"level":{level},"date":{on},"years_after":{after}}}'
