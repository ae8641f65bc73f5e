"""The engine decides from cheap condition codes and explains with full evaluators: they agree.

A verdict is decided from each condition's *code* (met; unmet for good; unmet
until time passes; unknown) and explained, on demand, by the condition
evaluators. These tests check, for generated candidates, that the two never
tell different stories.
"""

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mediaops.engine import _CODERS, MET, STUCK, TIMELY, UNKNOWN, evaluate_condition, prepare
from mediaops.messages import Lang
from mediaops.models import Candidate, Certificate
from mediaops.report import Status, Verdict
from mediaops.rules import load_ruleset
from strategies import AS_OF, candidates, certificate

RULESET = load_ruleset()
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def neighbours(draw: st.DrawFn) -> list[Candidate]:
    """A candidate and variants of it that each change one fact.

    Years come in pairs either side of a whole number (3.0 and 2.99, in
    either order), where a threshold may lie.
    """
    from pydantic import ValidationError

    from mediaops.models import Education, InputError, Major

    def straddling() -> list[float]:
        whole = draw(st.integers(1, 10))
        return draw(st.permutations([float(whole), whole - 0.01]))

    base = draw(candidates())
    people = [base]
    for _ in range(draw(st.integers(1, 8))):
        fact = draw(
            st.sampled_from(
                ["experience", "graduating", "major", "education", "trainings", "certificate"]
            )
        )
        updates: list[dict[str, object]]
        if fact == "experience":
            updates = [{"experience": y} for y in straddling()]
        elif fact == "certificate":  # one certificate: dated, or with the years since it
            level = draw(st.integers(1, 4))
            if draw(st.booleans()):
                cert = draw(certificate(level, base.experience))
                updates = [{"certificates": [cert]}]
                # a day earlier: often the same months since it, but another date
                if cert.date is not None:
                    earlier = cert.model_copy(update={"date": cert.date - timedelta(days=1)})
                    updates.append({"certificates": [earlier]})
            else:
                updates = [
                    {"certificates": [Certificate(level=level, years_after=y)]}
                    for y in [*straddling(), None]  # None: neither date nor years known
                ]
        elif fact == "trainings":
            updates = [{"trainings": draw(st.sets(st.integers(1, 4)))}]
        elif fact == "graduating":
            updates = [{"graduating": not base.graduating}]
        elif fact == "major":
            updates = [{"major": draw(st.sampled_from(list(Major)) | st.none())}]
        else:
            updates = [{"education": draw(st.sampled_from(list(Education)) | st.none())}]
        for update in updates:
            try:
                variant = Candidate.model_validate(base.model_dump() | update)
                prepare(variant, AS_OF)
            except (ValidationError, InputError):
                continue  # the change contradicts another fact
            people.append(variant)
    return people


class TestCodesAgreeWithEvaluators:
    @SETTINGS
    @given(candidates())
    def test_every_condition_code_matches_its_explained_status(self, candidate: Candidate) -> None:
        """A condition's code and its explained result agree on status and on time reaching it."""
        facts = prepare(candidate, AS_OF)
        conditions = RULESET.conditions()
        for cond in conditions:
            code = _CODERS[cond.kind](cond, facts)
            result = evaluate_condition(cond, facts)
            expected = {
                MET: (Status.met, False),
                STUCK: (Status.unmet, False),
                TIMELY: (Status.unmet, True),
                UNKNOWN: (Status.unknown, False),
            }[code]
            assert expected == (result.status, result.reachable_on is not None), cond

    @SETTINGS
    @given(candidates())
    def test_decided_verdicts_match_the_explanation(self, candidate: Candidate) -> None:
        """Each level's verdict agrees with its explained pathways and general conditions."""
        from mediaops.engine import evaluate

        report = evaluate(candidate, RULESET, as_of=AS_OF)
        gate = [g.status for g in report.general if g.blocking]
        for lv in report.levels:
            statuses = [p.status for p in lv.pathways]
            if lv.status is Verdict.held:
                continue
            if lv.status is Verdict.eligible:
                assert Status.unmet not in gate
                assert Status.unknown not in gate
                assert [p.id for p in lv.pathways if p.status is Status.met] == list(
                    lv.qualifying_pathways
                )
            elif lv.status is Verdict.undetermined:
                assert Status.unmet not in gate
                assert Status.met not in statuses or Status.unknown in gate
            else:
                assert Status.unmet in gate or set(statuses) == {Status.unmet}
            if lv.reachable_on is not None:
                assert lv.reachable_on > AS_OF


class TestSignatures:
    """Equal signatures give equal results: what the remembered pieces are keyed on."""

    @SETTINGS
    @given(neighbours())
    def test_each_signature_determines_what_it_stands_for(self, people: list[Candidate]) -> None:
        """Per condition, candidates with equal signatures get equal results, JSON, assumptions."""
        import json

        from mediaops.engine import _assumptions_signature, _shown_signature, _signature

        conditions = RULESET.conditions()
        seen: dict[tuple[object, ...], object] = {}
        for candidate in people:
            facts = prepare(candidate, AS_OF)
            for i, cond in enumerate(conditions):
                result = evaluate_condition(cond, facts)
                shown = json.dumps(result.to_dict("zh"), ensure_ascii=False, sort_keys=True)
                for kind, signature, value in (
                    ("result", _signature(cond, facts), result),
                    ("shown", _shown_signature(cond, facts), shown),
                    ("assumptions", _assumptions_signature(cond, facts), result.assumptions),
                ):
                    assert value == seen.setdefault((kind, i, signature), value), (kind, cond)


class TestNotes:
    @SETTINGS
    @given(candidates())
    def test_notes_found_directly_are_the_evaluators_notes(self, candidate: Candidate) -> None:
        """condition_notes gives, for every condition, the notes its evaluator gives."""
        from mediaops.engine import condition_notes

        facts = prepare(candidate, AS_OF)
        conditions = RULESET.conditions()
        for cond in conditions:
            expected = evaluate_condition(cond, facts).notes
            assert expected == condition_notes(cond, facts, evaluate_condition), cond

    @SETTINGS
    @given(candidates())
    def test_facts_that_may_not_note_give_no_notes(self, candidate: Candidate) -> None:
        """may_note(facts) is false only where no condition notes anything."""
        from mediaops.engine import may_note

        facts = prepare(candidate, AS_OF)
        notes = [evaluate_condition(c, facts).notes for c in RULESET.conditions()]
        if not may_note(facts):
            assert not any(notes)


_JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


class TestSeries:
    @SETTINGS
    @given(st.dates(), st.dates(), st.floats(0, 600))
    def test_series_are_values(self, a: date, b: date, months: float) -> None:
        """Series are equal (and hash alike) when of one type with equal fields, else not."""
        from mediaops.engine import _Capped, _History, _Linear, _Since

        same = [
            (_Linear(months, a), _Linear(months, a)),
            (_Since(a, b), _Since(a, b)),
            (_Capped(_Since(a, b), _Linear(months, b)), _Capped(_Since(a, b), _Linear(months, b))),
            (_History((), a, b), _History((), a, b)),
        ]
        for one, other in same:
            assert one == other
            assert hash(one) == hash(other)
        assert _Linear(months, a) != _Linear(months + 1, a)
        assert _Since(a, b) != _History((), a, b)  # different kinds, however alike
        assert _Since(a, b) != (a, b)


class TestJsonEncoding:
    @pytest.mark.parametrize("c_encoder", [True, False], ids=["c-encoder", "json-encoder"])
    @SETTINGS
    @given(value=_JSON_VALUES)
    def test_pieces_are_encoded_as_compact_json(self, c_encoder: bool, value: object) -> None:
        """_dumps writes what json.dumps writes, compact, non-ASCII kept, as UTF-8.

        With the C encoder built once, and with the JSONEncoder it falls back to.
        """
        import json

        from mediaops import report_json

        expected = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        built = report_json._C_ENCODE
        if not c_encoder:
            report_json._C_ENCODE = None
        try:
            assert expected.encode() == report_json._dumps(value)
        finally:
            report_json._C_ENCODE = built

    def test_the_c_encoder_is_used_where_at_hand(self) -> None:
        import json.encoder

        from mediaops import report_json

        if getattr(json.encoder, "c_make_encoder", None) is None:  # pragma: no cover
            pytest.skip("this Python has no C JSON encoder")
        assert report_json._c_encoder() is not None
        assert report_json._C_ENCODE is not None

    def test_the_c_encoder_is_not_used_where_missing_or_different(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Without json's C encoder factory, or one that writes otherwise, the JSONEncoder is used."""
        import json.encoder

        from mediaops import report_json

        real: Any = getattr(json.encoder, "c_make_encoder", None)
        monkeypatch.setattr(json.encoder, "c_make_encoder", None)
        assert report_json._c_encoder() is None

        def other(*args: object) -> object:
            return lambda value, level: ["something else"]

        monkeypatch.setattr(json.encoder, "c_make_encoder", other)
        assert report_json._c_encoder() is None

        def sorting(*args: object) -> object:  # keys sorted: not what _ENCODER writes
            return real(*args[:6], True, *args[7:])

        if real is not None:
            monkeypatch.setattr(json.encoder, "c_make_encoder", sorting)
            assert report_json._c_encoder() is None

        def broken(*args: object) -> object:
            raise TypeError("arguments differ")

        monkeypatch.setattr(json.encoder, "c_make_encoder", broken)
        assert report_json._c_encoder() is None


class TestRememberedJson:
    @SETTINGS
    @given(neighbours())
    def test_pieces_keyed_by_a_decision_hold_it(self, people: list[Candidate]) -> None:
        """A closing or plan keyed by id(decision) holds that decision: the id names no other.

        (An id is reused once its object is freed; a piece holding its
        decision keeps it alive as long as the piece is remembered.)
        """
        from mediaops.engine import Evaluator
        from mediaops.report_json import ReportJson

        evaluator = Evaluator(RULESET, max_entries=6)
        writer = ReportJson(evaluator, "zh")
        for candidate in people:
            writer.dumps(evaluator.evaluate(candidate, AS_OF))
            assert writer._closings
            for key, closing in writer._closings.items():
                assert isinstance(key, tuple)
                assert key[0] == id(closing.decision)
            for number, plan in writer._plans.items():
                assert number == id(plan.decision)

    @pytest.mark.parametrize("max_entries", [100_000, 4])
    @SETTINGS
    @given(neighbours(), candidates())
    def test_json_from_remembered_pieces_equals_the_plain_dump(
        self, max_entries: int, people: list[Candidate], other: Candidate
    ) -> None:
        """The batch's JSON, assembled from remembered pieces, is exactly to_dict dumped.

        The candidates differ from one another in one fact each, so that most
        pieces are made for one and reused for the others: a piece remembered
        under a key that misses a fact it depends on would show. With tiny
        memos, every memo is emptied over and over (the decisions too, which
        other memos name by identity).
        """
        import json

        from mediaops.engine import Evaluator
        from mediaops.report_json import ReportJson

        evaluator = Evaluator(RULESET, max_entries=max_entries)
        langs: tuple[Lang, ...] = ("zh", "en")
        writers = {lang: ReportJson(evaluator, lang) for lang in langs}
        for candidate in [*people, other, *people]:
            for lang, writer in writers.items():
                report = evaluator.evaluate(candidate, AS_OF)
                expected = json.dumps(
                    report.to_dict(lang), ensure_ascii=False, separators=(",", ":")
                )
                assert expected == writer.dumps(report).decode()

    @SETTINGS
    @given(neighbours())
    def test_decisions_remembered_per_profile_are_the_decisions_of_the_codes(
        self, people: list[Candidate]
    ) -> None:
        """The profile holds all that the verdicts depend on.

        Decisions are remembered per profile (thresholds crossed, not exact
        years); for each candidate they must equal the decisions made afresh
        from that candidate's own condition codes. The candidates differ from
        one another in one fact each, years on and beside the thresholds, so
        that a fact the profile left out would show.
        """
        from mediaops.engine import Evaluator

        remembered = Evaluator(RULESET)
        for candidate in people:
            facts = prepare(candidate, AS_OF)
            fresh = Evaluator(RULESET)._decide_levels(facts)
            assert fresh == remembered.decide(facts), remembered.profile(facts)


class TestTiesSettledByCodes:
    @SETTINGS
    @given(candidates())
    def test_closest_pathway_is_the_same_as_comparing_every_tied_pathways_dates(
        self, candidate: Candidate
    ) -> None:
        """Settling a tie from the codes picks the pathway comparing all the dates would."""
        from mediaops.engine import Evaluator

        pruned = Evaluator(RULESET).evaluate(candidate, AS_OF)
        every = Evaluator(RULESET, ties_from_codes=False).evaluate(candidate, AS_OF)
        for lv, reference in zip(pruned.levels, every.levels, strict=True):
            assert set(lv.decision.nearest) <= set(reference.decision.nearest)
            assert reference.closest == lv.closest
            assert reference.missing == lv.missing


class TestRememberedSummary:
    @SETTINGS
    @given(neighbours(), st.sampled_from(["zh", "en"]))
    def test_batch_summary_remembered_per_shortfall_is_each_reports_summary(
        self, people: list[Candidate], lang: str
    ) -> None:
        """The batch summary, remembered per what a shortfall reads, is each report's own.

        Rows are screened one after another by one screener (so later rows
        reuse summaries made for earlier ones); candidates differ in one fact
        each (years either side of a threshold, certificates dated apart).
        """
        from mediaops.batch import Row, Screener, safe_cell, summary
        from mediaops.engine import evaluate

        screener = Screener(RULESET, as_of=AS_OF, lang=lang)  # type: ignore[arg-type]
        for line, candidate in enumerate([*people, *people], 1):
            document = candidate.model_dump(mode="json")
            out = screener.screen(Row(line, str(line), (), {}, None, document))
            expected = summary(evaluate(candidate, RULESET, as_of=AS_OF), lang)  # type: ignore[arg-type]
            assert safe_cell(expected) == out.cells[5]


class TestDatesWithoutExplaining:
    @SETTINGS
    @given(neighbours())
    def test_reachable_on_worked_out_alone_equals_the_explained_pathways(
        self, people: list[Candidate]
    ) -> None:
        """A level's date, worked out without explaining its pathways, is the explained one."""
        from mediaops.engine import Evaluator

        for candidate in people:
            alone = Evaluator(RULESET).evaluate(candidate, AS_OF)
            explained = Evaluator(RULESET).evaluate(candidate, AS_OF)
            for lv, reference in zip(alone.levels, explained.levels, strict=True):
                timely = [reference.pathways[i].reachable_on for i in lv.decision.timely]
                expected = min((d for d in timely if d is not None), default=None)
                assert expected == lv.reachable_on == reference.reachable_on
