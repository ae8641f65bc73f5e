"""The engine decides from cheap condition codes and explains with full evaluators: they agree.

A verdict is decided from each condition's *code* (met; unmet for good; unmet
until time passes; unknown) and explained, on demand, by the condition
evaluators. These tests check, for generated candidates, that the two never
tell different stories.
"""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mediaops.engine import _CODERS, MET, STUCK, TIMELY, UNKNOWN, evaluate_condition, prepare
from mediaops.models import Candidate
from mediaops.report import Status, Verdict
from mediaops.rules import load_ruleset
from strategies import AS_OF, candidates

RULESET = load_ruleset()
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


class TestCodesAgreeWithEvaluators:
    @SETTINGS
    @given(candidates())
    def test_every_condition_code_matches_its_explained_status(self, candidate: Candidate) -> None:
        """A condition's code and its explained result agree on status and on time reaching it."""
        facts = prepare(candidate, AS_OF)
        conditions = [g.condition for g in RULESET.general]
        conditions += [c for lv in RULESET.levels for p in lv.pathways for c in p.conditions]
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


class TestRememberedJson:
    @SETTINGS
    @given(candidates(), candidates())
    def test_json_from_remembered_parts_equals_the_plain_dump(
        self, first: Candidate, second: Candidate
    ) -> None:
        """The batch's JSON, assembled from remembered parts, is exactly json.dumps(to_dict)."""
        import json

        from mediaops.engine import Evaluator

        evaluator = Evaluator(RULESET)
        for candidate in (first, second, first):  # the third reuses what the first left
            for lang in ("zh", "en"):
                report = evaluator.evaluate(candidate, AS_OF)
                expected = json.dumps(report.to_dict(lang), ensure_ascii=False)
                assert expected == evaluator.report_json(report, lang)

    @SETTINGS
    @given(st.lists(candidates(), min_size=2, max_size=6))
    def test_remembered_summary_equals_the_summary(self, people: list[Candidate]) -> None:
        """The batch summary made once per explanation key is the summary of each report."""
        from mediaops.batch import Screener, summary

        screener = Screener(RULESET, as_of=AS_OF, lang="en")
        for candidate in [*people, *people]:  # the second round reuses what the first left
            report = screener.evaluator.evaluate(candidate, AS_OF)
            assert summary(report, "en") == screener._summary(report)
