"""``mediaops plan``: the earliest date each level can be applied for (issue #4).

Every timeline below was worked out by hand from SPEC §1 and the plan's rules
(experience given as N years at ``as_of`` is N + months_between(as_of, t)/12 at
date t; a certificate is obtained ``--exam-lag-months`` after becoming eligible;
years since a certificate count from its (planned) date as continuous work,
capped by the experience at that time), never copied from the program's output.
The arithmetic is in a comment by each case. "+N" is "add N calendar months"
(same day of the month, or the month's last day where it does not exist).

Requirements used: 4-1 ≥ 36 months; 4-2 ≥ 12 months + 四级 training; 4-3 a
technical-school diploma, same/related major; 3-1 四级 cert + senior technical
school / technician college; 3-2 四级 cert + associate or above, same/related
major, ≥ 24 months after the 四级 cert; 2-1 三级 cert + ≥ 48 months after it;
1-1 二级 cert + ≥ 48 months after it; G1 junior middle school or above.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner, Result

from mediaops.cli import app
from mediaops.engine.decide import Verdict
from mediaops.report import evaluate
from mediaops.models import Candidate, Certificate, Education, Major
from mediaops.plan import assume, plan
from mediaops.rules import load_ruleset
from plain import plain_env
from strategies import AS_OF, add_months, candidates

RULES = load_ruleset()
TODAY = "2026-11-27"
LEVELS = (4, 3, 2, 1)
#: The pathways that need a certificate of the level below (or higher).
NEEDS_LOWER_CERT = {"3-1", "3-2", "2-1", "1-1"}

runner = CliRunner()


def invoke(args: list[str], *, lang: str = "zh") -> Result:
    """Run the app with a fixed language and a plain 100-column output."""
    env = plain_env(lang)
    return runner.invoke(app, args, env=env)


def plan_json(*args: str, as_of: str = TODAY, lang: str = "zh") -> tuple[int, dict[str, Any]]:
    """``mediaops plan … --format json``: the exit code and the parsed document."""
    result = invoke(["plan", "--as-of", as_of, "--format", "json", *args], lang=lang)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, json.loads(result.stdout)


def by_level(doc: dict[str, Any]) -> dict[int, dict[str, Any]]:
    return {entry["level"]: entry for entry in doc["levels"]}


def timeline(doc: dict[str, Any]) -> dict[int, tuple[str, str | None, str | None, str | None]]:
    """level → (status, date, pathway, certificate_date)."""
    return {
        e["level"]: (e["status"], e["date"], e["pathway"], e["certificate_date"])
        for e in doc["levels"]
    }


# --- 1. the whole ladder by time alone -------------------------------------------------


def test_associate_related_three_years_climbs_every_level() -> None:
    # 大专, related major, 36 months at 2026-11-27, exam lag 3:
    # 4: 4-1 met now (36 ≥ 36)                            → now 2026-11-27, cert 2026-11-27+3 = 2027-02-27
    # 3: 3-2 needs 24 months after 2027-02-27              → 2027-02-27+24 = 2029-02-27
    #    (experience then 36+27 = 63 ≥ 24, so the cap does not bite), cert 2029-02-27+3 = 2029-05-27
    # 2: 2-1 needs 48 months after 2029-05-27              → 2033-05-27, cert 2033-08-27
    # 1: 1-1 needs 48 months after 2033-08-27              → 2037-08-27, cert 2037-11-27
    code, doc = plan_json("-e", "大专", "--major", "related", "-x", "3")
    assert 0 == code
    assert {
        4: ("now", "2026-11-27", "4-1", "2027-02-27"),
        3: ("later", "2029-02-27", "3-2", "2029-05-27"),
        2: ("later", "2033-05-27", "2-1", "2033-08-27"),
        1: ("later", "2037-08-27", "1-1", "2037-11-27"),
    } == timeline(doc)


def test_json_shape() -> None:
    code, doc = plan_json("-e", "大专", "--major", "related", "-x", "3")
    assert 0 == code
    assert {"as_of", "exam_lag_months", "levels"} <= set(doc)
    assert TODAY == doc["as_of"]
    assert 3 == doc["exam_lag_months"]
    assert [4, 3, 2, 1] == [e["level"] for e in doc["levels"]]
    for entry in doc["levels"]:
        assert {"level", "status", "date", "pathway", "certificate_date", "unlock"} <= set(entry)
        assert entry["status"] in {"held", "now", "later", "unreachable"}
    # the lag is echoed as given
    _, doc0 = plan_json("-e", "大专", "--major", "related", "-x", "3", "--exam-lag-months", "0")
    assert 0 == doc0["exam_lag_months"]


# --- 2. a profile that needs a diploma ---------------------------------------------------


def test_senior_high_needs_a_diploma_for_level_3() -> None:
    # 高中, 0.5 years = 6 months at 2026-11-27:
    # 4: 4-1 needs 36 months → 30 more → 2026-11-27+30 = 2029-05-27; cert 2029-05-27+3 = 2029-08-27
    # 3: 3-1 needs a senior technical school diploma, 3-2 associate+ in a same/related major;
    #    time supplies neither → unreachable, with what would unlock it:
    #    3-1 with --assume-education senior_technical_school: 4 still via 4-1 (4-3 needs a
    #        same/related major, unknown) on 2029-05-27, cert 2029-08-27, and 3-1 is met the day
    #        the cert arrives → 2029-08-27
    #    3-2 with --assume-education associate --assume-major related: cert4 2029-08-27,
    #        +24 months after it → 2031-08-27
    # 2, 1: need a 三级 / 二级 certificate, itself out of reach → unreachable
    code, doc = plan_json("-e", "高中", "-x", "0.5")
    assert 0 == code  # level 4 is reachable
    levels = by_level(doc)
    assert ("later", "2029-05-27", "4-1", "2029-08-27") == timeline(doc)[4]
    three = levels[3]
    assert "unreachable" == three["status"]
    assert three["date"] is None
    assert three["pathway"] is None
    assert three["certificate_date"] is None
    unlock = {u["pathway"]: u for u in three["unlock"]}
    assert {"3-1", "3-2"} == set(unlock)
    assert "--assume-education senior_technical_school" == unlock["3-1"]["assume"]
    assert "2029-08-27" == unlock["3-1"]["date"]
    assert "--assume-education associate --assume-major related" == unlock["3-2"]["assume"]
    assert "2031-08-27" == unlock["3-2"]["date"]
    for u in unlock.values():
        assert u["needs"]
        assert all(isinstance(n, str) and n for n in u["needs"])
    for level in (2, 1):
        assert "unreachable" == levels[level]["status"]
        assert levels[level]["date"] is None
        assert levels[level]["unlock"]


def test_assumed_education_flags_give_the_unlock_dates() -> None:
    # Following the unlock advice of the previous test gives the dates it promised:
    # with senior_technical_school: 4 on 2029-05-27 (4-1), 3 on cert4 = 2029-08-27 (3-1)
    _, doc = plan_json("-e", "高中", "-x", "0.5", "--assume-education", "senior_technical_school")
    assert ("later", "2029-08-27", "3-1", "2029-11-27") == timeline(doc)[3]
    # with associate + related: 3 on 2029-08-27+24 = 2031-08-27 (3-2)
    _, doc = plan_json(
        "-e", "高中", "-x", "0.5", "--assume-education", "associate", "--assume-major", "related"
    )
    assert ("later", "2031-08-27", "3-2", "2031-11-27") == timeline(doc)[3]


# --- 3. held back only by the exam lag ---------------------------------------------------


def test_senior_technical_school_waits_only_for_the_level_4_certificate() -> None:
    # 高级技工学校 (major unknown → 4-3 unknown), 36 months:
    # 4: 4-1 now, cert 2026-11-27+3 = 2027-02-27
    # 3: 3-1 = 四级 cert + this diploma: met the day the cert arrives → 2027-02-27, cert 2027-05-27
    # 2: 2027-05-27+48 = 2031-05-27, cert 2031-08-27;  1: 2031-08-27+48 = 2035-08-27
    code, doc = plan_json("-e", "senior_technical_school", "-x", "3")
    assert 0 == code
    assert {
        4: ("now", "2026-11-27", "4-1", "2027-02-27"),
        3: ("later", "2027-02-27", "3-1", "2027-05-27"),
        2: ("later", "2031-05-27", "2-1", "2031-08-27"),
        1: ("later", "2035-08-27", "1-1", "2035-11-27"),
    } == timeline(doc)


def test_senior_technical_school_with_no_exam_lag_is_level_3_now() -> None:
    # lag 0: eligible for 四级 now → cert obtained now (2026-11-27) → 3-1 met now → 3 is "now"
    # 2: 2026-11-27+48 = 2030-11-27 (cert the same day); 1: +48 = 2034-11-27
    code, doc = plan_json("-e", "senior_technical_school", "-x", "3", "--exam-lag-months", "0")
    assert 0 == code
    assert {
        4: ("now", "2026-11-27", "4-1", "2026-11-27"),
        3: ("now", "2026-11-27", "3-1", "2026-11-27"),
        2: ("later", "2030-11-27", "2-1", "2030-11-27"),
        1: ("later", "2034-11-27", "1-1", "2034-11-27"),
    } == timeline(doc)


# --- 4. already at the top ------------------------------------------------------------------


def test_level_1_certificate_holds_everything() -> None:
    code, doc = plan_json("-e", "大专", "-x", "10", "--cert", "1")
    assert 0 == code
    for entry in doc["levels"]:
        assert "held" == entry["status"]
        assert entry["date"] is None
        assert entry["pathway"] is None
        assert entry["certificate_date"] is None
        assert not entry["unlock"]


def test_level_3_certificate_holds_levels_4_and_3() -> None:
    # 三级 obtained 2026-01-01 (10 complete months before 2026-11-27), 0.5 years = 6 months:
    # years since the cert = min(months since 2026-01-01, experience) — experience is the cap:
    # 6+m ≥ 48 → m = 42 → 2026-11-27+42 = 2030-05-27 (months since the cert then: 52 ≥ 48);
    # cert2 2030-08-27; 1: 2030-08-27+48 = 2034-08-27
    code, doc = plan_json("-e", "大专", "--major", "related", "-x", "0.5", "--cert", "3:2026-01-01")
    assert 0 == code
    assert {
        4: ("held", None, None, None),
        3: ("held", None, None, None),
        2: ("later", "2030-05-27", "2-1", "2030-08-27"),
        1: ("later", "2034-08-27", "1-1", "2034-11-27"),
    } == timeline(doc)


# --- 5. formal training -------------------------------------------------------------------


def test_one_year_and_training_is_level_4_now() -> None:
    # 12 months + 四级 training: 4-2 met now; cert 2027-02-27
    code, doc = plan_json("-e", "高中", "-x", "1", "--training", "4")
    assert 0 == code
    assert ("now", "2026-11-27", "4-2", "2027-02-27") == timeline(doc)[4]


def test_half_a_year_and_training_reaches_level_4_in_six_months() -> None:
    # 6 months + 四级 training: 4-2 needs 12 → +6 → 2027-05-27 (4-1 would need 2029-05-27)
    code, doc = plan_json("-e", "高中", "-x", "0.5", "--training", "4")
    assert 0 == code
    assert ("later", "2027-05-27", "4-2", "2027-08-27") == timeline(doc)[4]


def test_assume_training_equals_real_training() -> None:
    # --assume-training 4 plans as if the training were done: same as above
    _, doc = plan_json("-e", "高中", "-x", "0.5", "--assume-training", "4")
    assert ("later", "2027-05-27", "4-2", "2027-08-27") == timeline(doc)[4]


# --- 6. a held certificate with a date ----------------------------------------------------


def test_held_level_4_certificate_years_since_capped_by_experience() -> None:
    # 本科 related, 12 months experience, 四级 obtained 2025-03-01, lag 0.
    # Months since the cert at 2026-11-27: 2025-03-01+20 = 2026-11-01 ≤ 11-27 < +21 → 20.
    # Years since = min(months since cert, experience) at t = as_of + m: min(20+m, 12+m) = 12+m.
    # 3-2 needs 24: 12+m ≥ 24 → m = 12 → 2027-11-27 (months since the cert alone reach 24 on
    # 2027-03-01, but experience only on 2027-11-27). Lag 0 → cert3 2027-11-27.
    # 2: 2027-11-27+48 = 2031-11-27 (experience then 60 ≥ 48); 1: 2035-11-27.
    code, doc = plan_json(
        "-e", "本科", "--major", "related", "-x", "1", "--cert", "4:2025-03-01",
        "--exam-lag-months", "0",
    )  # fmt: skip
    assert 0 == code
    assert {
        4: ("held", None, None, None),
        3: ("later", "2027-11-27", "3-2", "2027-11-27"),
        2: ("later", "2031-11-27", "2-1", "2031-11-27"),
        1: ("later", "2035-11-27", "1-1", "2035-11-27"),
    } == timeline(doc)


def test_held_level_4_certificate_with_years_after_given() -> None:
    # 本科 related, 5 years, 四级 held (no date) with 1 year worked since it:
    # years since grow 12+m ≥ 24 → m = 12 → 2027-11-27; cert3 2028-02-27; 2: 2032-02-27
    code, doc = plan_json(
        "-e", "本科", "--major", "related", "-x", "5", "--cert", "4", "--years-after-cert", "1"
    )
    assert 0 == code
    assert ("later", "2027-11-27", "3-2", "2028-02-27") == timeline(doc)[3]
    assert ("later", "2032-02-27", "2-1", "2032-05-27") == timeline(doc)[2]


def test_held_certificate_with_a_work_history() -> None:
    # 大专 related, 四级 obtained 2025-03-01, worked continuously since then (open period):
    # months since the cert = months worked = 2025-03-01 → t; 24 on 2025-03-01+24 = 2027-03-01
    code, doc = plan_json(
        "-e", "大专", "--major", "related", "--cert", "4:2025-03-01", "--work", "2025-03-01.."
    )
    assert 0 == code
    assert ("later", "2027-03-01", "3-2", "2027-06-01") == timeline(doc)[3]


def test_held_level_3_certificate_without_date_is_not_out_of_reach() -> None:
    # BUG (reported): a 三级 certificate is held, but its date (and the years since) are not
    # given. `check` calls level 2 "undetermined" and asks for the certificate date. The plan
    # says level 2 is "unreachable" because it "needs a level 3 certificate first, which is
    # out of reach" — false: level 3 is held. Expected: either a date counted from zero years
    # since the certificate (as the plan does for unknown experience: 2026-11-27+48 =
    # 2030-11-27; experience 10 years is no cap), or an unlock that asks for the date of the
    # 三级 certificate — never the claim that a held certificate is out of reach.
    code, doc = plan_json("-e", "大专", "--major", "related", "-x", "10", "--cert", "3", lang="en")
    assert 0 == code
    two = by_level(doc)[2]
    if two["status"] == "unreachable":
        needs = " ".join(n for u in two["unlock"] for n in u["needs"])
        assert "out of reach" not in needs
        assert "date" in needs
    else:
        assert ("later", "2030-11-27", "2-1") == (two["status"], two["date"], two["pathway"])


def test_held_level_4_certificate_without_date_keeps_pathway_3_2() -> None:
    # BUG (reported): 本科 related, 5 years, 四级 held without a date. 3-2 lacks only the years
    # since the certificate — a fact the user can give (or that time supplies: counting from
    # zero, 2026-11-27+24 = 2028-11-27). The plan calls level 3 unreachable and its unlock
    # lists only 3-1 (a senior-technical-school diploma), dropping 3-2 altogether.
    # Expected: level 3 later on 2028-11-27 via 3-2, or an unlock entry for 3-2.
    code, doc = plan_json("-e", "本科", "--major", "related", "-x", "5", "--cert", "4")
    assert 0 == code
    three = by_level(doc)[3]
    if three["status"] == "unreachable":
        assert "3-2" in {u["pathway"] for u in three["unlock"]}
    else:
        assert ("later", "2028-11-27", "3-2") == (three["status"], three["date"], three["pathway"])


# --- 7. the blocking general condition ------------------------------------------------------


def test_g1_failing_blocks_every_level() -> None:
    # 小学, 5 years: G1 fails, so nothing, ever; with --assume-education junior_middle
    # 4-1 holds at once (60 ≥ 36) → level 4's unlock date = as_of.
    code, doc = plan_json("-e", "小学", "-x", "5")
    assert 1 == code
    for entry in doc["levels"]:
        assert "unreachable" == entry["status"]
        assert entry["date"] is None
        assert entry["pathway"] is None
        assert ["G1"] == [u["pathway"] for u in entry["unlock"]]
        assert "--assume-education junior_middle" == entry["unlock"][0]["assume"]
    assert TODAY == by_level(doc)[4]["unlock"][0]["date"]
    # junior_middle opens no diploma pathway for level 3, so it stays out of reach
    assert by_level(doc)[3]["unlock"][0]["date"] is None


def test_g1_assumed_education_lifts_the_block() -> None:
    # the advice followed: 4 now via 4-1, cert 2027-02-27; 3 has no diploma pathway
    code, doc = plan_json("-e", "小学", "-x", "5", "--assume-education", "junior_middle")
    assert 0 == code
    assert ("now", TODAY, "4-1", "2027-02-27") == timeline(doc)[4]
    assert "unreachable" == by_level(doc)[3]["status"]


# --- 8. month ends ------------------------------------------------------------------------


def test_month_end_as_of_31st_lands_on_31st() -> None:
    # as_of 2027-01-31, 30 months: 4-1 needs 6 more → 2027-01-31+6 = 2027-07-31
    # cert4 = 2027-07-31+3 = 2027-10-31; 3-2: 2027-10-31+24 = 2029-10-31; cert3 = 2030-01-31
    # 2: 2030-01-31+48 = 2034-01-31; cert2 = 2034-01-31+3 = 2034-04-30 (April has 30 days)
    # 1: 2034-04-30+48 = 2038-04-30; cert1 2038-07-30
    code, doc = plan_json("-e", "大专", "--major", "related", "-x", "2.5", as_of="2027-01-31")
    assert 0 == code
    assert {
        4: ("later", "2027-07-31", "4-1", "2027-10-31"),
        3: ("later", "2029-10-31", "3-2", "2030-01-31"),
        2: ("later", "2034-01-31", "2-1", "2034-04-30"),
        1: ("later", "2038-04-30", "1-1", "2038-07-30"),
    } == timeline(doc)


def test_month_end_as_of_31st_lands_on_end_of_february() -> None:
    # as_of 2026-08-31, 30 months: +6 → 2027-02-31 does not exist → 2027-02-28
    # (months_between(2026-08-31, 2027-02-28) = 6, and on 2027-02-27 only 5)
    # cert4 = 2027-02-28+3 = 2027-05-28 (the date + lag, from the 28th)
    code, doc = plan_json("-e", "大专", "--major", "related", "-x", "2.5", as_of="2026-08-31")
    assert 0 == code
    assert ("later", "2027-02-28", "4-1", "2027-05-28") == timeline(doc)[4]
    # 3-2: 2027-05-28+24 = 2029-05-28
    assert ("later", "2029-05-28", "3-2", "2029-08-28") == timeline(doc)[3]


def test_certificate_planned_from_a_31st() -> None:
    # as_of 2027-01-31, 36 months: 4 now; lag 1 → cert4 2027-01-31+1 = 2027-02-28
    # 3-2: 2027-02-28+24 = 2029-02-28; cert3 2029-03-28; 2: 2033-03-28; cert2 2033-04-28;
    # 1: 2037-04-28
    code, doc = plan_json(
        "-e", "大专", "--major", "related", "-x", "3", "--exam-lag-months", "1", as_of="2027-01-31"
    )
    assert 0 == code
    assert {
        4: ("now", "2027-01-31", "4-1", "2027-02-28"),
        3: ("later", "2029-02-28", "3-2", "2029-03-28"),
        2: ("later", "2033-03-28", "2-1", "2033-04-28"),
        1: ("later", "2037-04-28", "1-1", "2037-05-28"),
    } == timeline(doc)


def test_held_certificate_from_a_31st_and_leap_days() -> None:
    # 本科 related, 5 years, 四级 obtained 2025-08-31, as_of 2026-11-27, lag 3.
    # 3-2: months since the cert reach 24 on 2025-08-31+24 = 2027-08-31 (experience is no cap);
    # cert3 = 2027-08-31+3 = 2027-11-30; 2: 2027-11-30+48 = 2031-11-30;
    # cert2 = 2031-11-30+3 = 2032-02-29 (2032 is a leap year); 1: 2032-02-29+48 = 2036-02-29
    code, doc = plan_json("-e", "本科", "--major", "related", "-x", "5", "--cert", "4:2025-08-31")
    assert 0 == code
    assert {
        4: ("held", None, None, None),
        3: ("later", "2027-08-31", "3-2", "2027-11-30"),
        2: ("later", "2031-11-30", "2-1", "2032-02-29"),
        1: ("later", "2036-02-29", "1-1", "2036-05-29"),
    } == timeline(doc)


# --- unknown experience -------------------------------------------------------------------


def test_unknown_experience_counts_from_zero_with_a_note() -> None:
    # 大专 related, experience not given → 0: 4-1 on +36 = 2029-11-27, cert 2030-02-27;
    # 3-2 on 2030-02-27+24 = 2032-02-27
    code, doc = plan_json("-e", "大专", "--major", "related")
    assert 0 == code
    assert ("later", "2029-11-27", "4-1", "2030-02-27") == timeline(doc)[4]
    assert ("later", "2032-02-27", "3-2", "2032-05-27") == timeline(doc)[3]
    assert doc["notes"]
    _, given = plan_json("-e", "大专", "--major", "related", "-x", "0")
    assert [] == given["notes"]


# --- 10. bad input -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "extra",
    [
        ["--exam-lag-months", "-1"],
        ["--exam-lag-months", "abc"],
        ["--exam-lag-months", "1.5"],
        ["--assume-education", "火星"],
        ["--assume-major", "火星"],
        ["--assume-training", "9"],
        ["--cert", "4:2027-01-01"],  # after --as-of
        ["--as-of", "2026-02-30"],
    ],
)
def test_bad_input_exits_2_without_traceback(extra: list[str]) -> None:
    result = invoke(["plan", "--as-of", TODAY, "-e", "大专", "-x", "3", *extra])
    assert 2 == result.exit_code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output


def test_negative_lag_rejected_by_the_library() -> None:
    with pytest.raises(Exception, match="exam-lag-months"):
        plan(Candidate(experience=3.0), RULES, as_of=AS_OF, exam_lag_months=-1)


# --- table output ---------------------------------------------------------------------------


def test_table_english_shows_from_dates() -> None:
    result = invoke(
        ["plan", "--as-of", TODAY, "-e", "大专", "--major", "related", "-x", "3"], lang="en"
    )
    assert 0 == result.exit_code
    assert "from 2029-02-27" in result.output
    assert "from 2033-05-27" in result.output
    assert "\x1b[" not in result.output


def test_table_chinese_shows_qi() -> None:
    result = invoke(["plan", "--as-of", TODAY, "-e", "大专", "--major", "related", "-x", "3"])
    assert 0 == result.exit_code
    assert "2029-02-27 起" in result.output or "2029-02-27起" in result.output


def test_table_unreachable_shows_the_unlock_flag() -> None:
    result = invoke(["plan", "--as-of", TODAY, "-e", "高中", "-x", "0.5"], lang="en")
    assert 0 == result.exit_code
    text = " ".join(result.output.split())
    assert "senior_technical_school" in text
    assert "2029-08-27" in text


# --- 9. properties --------------------------------------------------------------------------


def _held_cert_date(candidate: Candidate, level: int) -> date | None:
    """The real date of a held certificate of ``level`` or higher (the latest known)."""
    dates = [c.date for c in candidate.certificates if c.level <= level and c.date is not None]
    return max(dates) if dates else None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(candidate=candidates(), lag=st.sampled_from([0, 1, 3, 6]))
def test_plan_invariants(candidate: Candidate, lag: int) -> None:
    result = plan(candidate, RULES, as_of=AS_OF, exam_lag_months=lag)
    assert [4, 3, 2, 1] == [p.level for p in result.levels]
    steps = {p.level: p for p in result.levels}
    for p in result.levels:
        status = p.status.value
        if status in ("held", "unreachable"):
            assert p.date is None
            assert p.pathway is None
            assert p.certificate_date is None
        else:
            assert p.date is not None
            assert p.pathway is not None
            assert (status == "now") == (p.date == AS_OF)
            assert p.date >= AS_OF
            assert add_months(p.date, lag) == p.certificate_date
        if status == "held":  # held is a prefix: everything below a held level is held too
            assert all(steps[lower].status.value == "held" for lower in LEVELS if lower > p.level)
    # a level that rests on a lower certificate never comes before that certificate
    for p in result.levels:
        if p.status.value not in ("now", "later") or p.pathway not in NEEDS_LOWER_CERT:
            continue
        below = steps[p.level + 1]
        if below.status.value == "held":
            real = _held_cert_date(candidate, p.level + 1)
            if real is not None:
                assert p.date >= real
        else:
            assert below.certificate_date is not None
            assert p.date >= below.certificate_date
    # dates never go down from level 4 to level 1
    reached = [steps[lv].date for lv in LEVELS if steps[lv].date is not None]
    assert reached == sorted(reached)
    # agrees with check today: held ⇔ held; eligible now ⇔ level 4 "now"
    report = evaluate(candidate, RULES, as_of=AS_OF)
    for lv in LEVELS:
        assert (report.level(lv).status is Verdict.held) == (steps[lv].status.value == "held")
    if report.level(4).status is Verdict.eligible:
        assert "now" == steps[4].status.value


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    education=st.sampled_from(list(Education)),
    major=st.sampled_from(list(Major)),
    experience=st.sampled_from([0.0, 0.5, 1.0, 2.5, 3.0, 4.0, 7.5]),
    extra=st.sampled_from([0.5, 1.0, 3.0]),
    training=st.booleans(),
    cert_months=st.none() | st.integers(0, 60),
)
def test_more_experience_never_delays(
    education: Education,
    major: Major,
    experience: float,
    extra: float,
    training: bool,
    cert_months: int | None,
) -> None:
    certs = (
        () if cert_months is None else (Certificate(level=4, date=add_months(AS_OF, -cert_months)),)
    )
    base = Candidate(
        education=education,
        major=major,
        experience=experience,
        trainings=(4,) if training else (),
        certificates=certs,
    )
    more = base.model_copy(update={"experience": experience + extra})
    before = {p.level: p for p in plan(base, RULES, as_of=AS_OF).levels}
    after = {p.level: p for p in plan(more, RULES, as_of=AS_OF).levels}
    for lv in LEVELS:
        if before[lv].date is not None:  # reachable stays reachable, and no later
            assert after[lv].date is not None
            assert after[lv].date <= before[lv].date


def _apply(candidate: Candidate, flag: str) -> Candidate:
    """The candidate with an unlock's ``--assume-…`` options applied, as the CLI would."""
    words = flag.split()
    options = dict(zip(words[::2], words[1::2], strict=True))
    return assume(
        candidate,
        training=[int(options["--assume-training"])] if "--assume-training" in options else None,
        education=Education(options["--assume-education"])
        if "--assume-education" in options
        else None,
        major=Major(options["--assume-major"]) if "--assume-major" in options else None,
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(candidate=candidates(experience_modes=("years",)), lag=st.sampled_from([0, 3]))
def test_unlock_advice_keeps_its_promise(candidate: Candidate, lag: int) -> None:
    # following an unlock's --assume-… options gives the level on the date it named
    result = plan(candidate, RULES, as_of=AS_OF, exam_lag_months=lag)
    for p in result.levels:
        for unlock in p.unlock:
            if unlock.flag is None:
                assert unlock.date is None
                continue
            assumed = plan(_apply(candidate, unlock.flag), RULES, as_of=AS_OF, exam_lag_months=lag)
            assert unlock.date == assumed.level(p.level).date
            if unlock.date is not None:
                assert unlock.date >= AS_OF
