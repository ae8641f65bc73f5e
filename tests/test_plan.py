"""``mediaops plan``: the earliest date each level can be applied for (issue #4).

Every timeline below was worked out by hand from SPEC §1 and the plan's rules
(experience given as N years at ``as_of`` is N + months_between(as_of, t)/12 at
date t; a certificate is obtained ``--exam-lag-months`` after becoming eligible;
years since a certificate count from its (planned) date as continuous work,
capped by the experience at that time), never copied from the program's output.
The arithmetic is in a comment by each case. "+N" is "add N calendar months"
(same day of the month, or the month's last day where it does not exist).

Requirements used (summary edition, the default): 4-1 ≥ 36 months; 4-2 ≥ 12
months + 四级 training; 4-3 a technical-school diploma, same/related major; 3-1
四级 cert + senior technical school / technician college; 3-2 四级 cert +
associate or above, same/related major, ≥ 24 months after the 四级 cert; 2-1 三级
cert + ≥ 48 months after it; 1-1 二级 cert + ≥ 48 months after it; G1 junior
middle school or above. Template-2023 (EDITIONS.md): T4-1 ≥ 60 months; T4-2 a
secondary-vocational-or-above diploma, same/related major; T3-1 ≥ 120 months;
T3-3 a corresponding 初级 title + ≥ 12 months after it; T3-5 四级 cert +
associate or above, same/related major; T2-1 三级 cert + ≥ 60 months after it;
T2-2 a corresponding 初级 title + ≥ 60 months after it and a 三级 cert + ≥ 12
months after it; T1-1 二级 cert + ≥ 60 months after it. 数据分析 has no 四级.
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner, Result

from mediaops.cli import app
from mediaops.engine.conditions import unit_of
from mediaops.engine.decide import Opens, Verdict
from mediaops.models import Candidate, Certificate, Title
from mediaops.plan import PlanStatus, _on, assume, plan
from mediaops.report import evaluate
from mediaops.rules import builtin_ruleset_text, load_ruleset, parse_ruleset
from mediaops.terms import Education, Major
from plain import cell_width, plain_env
from strategies import AS_OF, add_months, candidates

RULES = load_ruleset()
RULES_TEXT = builtin_ruleset_text()
EDITIONS = ("summary", "template-2023")
BY_EDITION = {e: load_ruleset(edition=e) for e in EDITIONS}
TODAY = "2026-11-27"
#: The notice of the template-2023 edition, first among its plans' notes (EDITIONS.md: an
#: edition built from the template says so wherever it is shown).
TEMPLATE_NOTICE = "注意:按 2023 年版国家职业标准编制规程模板推定,以当地认定机构公布的条件为准"
LEVELS = (4, 3, 2, 1)
#: The pathways that need a certificate of the level below (or higher), in both editions.
NEEDS_LOWER_CERT = {
    "3-1", "3-2", "2-1", "1-1",
    "T3-2", "T3-5", "T2-1", "T2-2", "T2-4", "T2-5", "T1-1", "T1-2",
}  # fmt: skip
PLAN_STATUSES = {"held", "now", "later", "unreachable", "not_offered"}

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
    """level → its entry in the plan's JSON."""
    return {entry["level"]: entry for entry in doc["levels"]}


def timeline(doc: dict[str, Any]) -> dict[int, tuple[str, str | None, str | None, str | None]]:
    """level → (status, date, pathway, certificate_date)."""
    return {
        e["level"]: (e["status"], e["date"], e["pathway"], e["certificate_date"])
        for e in doc["levels"]
    }


# --- 1. the whole ladder by time alone -------------------------------------------------


def test_associate_related_three_years_climbs_every_level() -> None:
    """大专 in a related major with 3 years reaches every level by time alone."""
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
    """The plan's JSON: the date, the lag, the notes and per level its status, dates,
    pathway, training shortcut and unlocks."""
    code, doc = plan_json("-e", "高中", "-x", "0.5")
    assert 0 == code
    assert {"as_of", "exam_lag_months", "levels", "notes"} <= set(doc)
    assert TODAY == doc["as_of"]
    assert 3 == doc["exam_lag_months"]
    assert [4, 3, 2, 1] == [e["level"] for e in doc["levels"]]
    keys = {
        "level", "name", "status", "date", "pathway", "certificate_date",
        "with_training", "training", "unlock", "covered_by", "covered_on",
    }  # fmt: skip
    for entry in doc["levels"]:
        assert keys <= set(entry)
        assert entry["status"] in PLAN_STATUSES
        assert isinstance(entry["training"], list)
        for u in entry["unlock"] or []:
            assert {"pathway", "needs", "what", "assume", "date"} <= set(u)
            assert isinstance(u["what"], list)
    # the lag is echoed as given
    _, doc0 = plan_json("-e", "大专", "--major", "related", "-x", "3", "--exam-lag-months", "0")
    assert 0 == doc0["exam_lag_months"]


# --- 2. a profile that needs a diploma ---------------------------------------------------


def test_senior_high_needs_a_diploma_for_level_3() -> None:
    """高中 with half a year: 四级 by time (sooner with training), 三级 only with a diploma
    (the unlock names it in words and as options), 二级 and 一级 out of reach."""
    # 高中, 0.5 years = 6 months at 2026-11-27:
    # 4: 4-1 needs 36 months → 30 more → 2026-11-27+30 = 2029-05-27; cert 2029-05-27+3 = 2029-08-27
    #    4-2 (12 months + 四级 training) with the training done now: 6 more → 2027-05-27
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
    assert ("2027-05-27", [4]) == (levels[4]["with_training"], levels[4]["training"])
    three = levels[3]
    assert "unreachable" == three["status"]
    assert three["date"] is None
    assert three["pathway"] is None
    assert three["certificate_date"] is None
    unlock = {u["pathway"]: u for u in three["unlock"]}
    assert {"3-1", "3-2"} == set(unlock)
    assert "--assume-education senior_technical_school" == unlock["3-1"]["assume"]
    assert ["取得高级技工学校/高级工班毕业证书"] == unlock["3-1"]["what"]
    assert "2029-08-27" == unlock["3-1"]["date"]
    assert "--assume-education associate --assume-major related" == unlock["3-2"]["assume"]
    assert ["取得大专/高职毕业证书", "所学专业为相关专业"] == unlock["3-2"]["what"]
    assert "2031-08-27" == unlock["3-2"]["date"]
    assert (None, []) == (three["with_training"], three["training"])
    for u in unlock.values():
        assert u["needs"]
        assert all(isinstance(n, str) and n for n in u["needs"])
    for level, pathway in ((2, "2-1"), (1, "1-1")):
        assert "unreachable" == levels[level]["status"]
        assert levels[level]["date"] is None
        # nothing to assume: the certificate of the level below is itself out of reach
        assert [(pathway, None, [], None)] == [
            (u["pathway"], u["assume"], u["what"], u["date"]) for u in levels[level]["unlock"]
        ]


def test_assumed_education_flags_give_the_unlock_dates() -> None:
    """Following the unlock options of the previous test gives the dates it promised."""
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
    """A 高级技工学校 diploma opens 三级 the day the 四级 certificate arrives."""
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
    """With no exam lag the 四级 certificate arrives today, so 三级 (3-1) is open today too."""
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
    # check knows only the certificates held: 三级 is not yet open today
    report = evaluate(
        Candidate(education=Education.senior_technical_school, experience=3),
        RULES,
        as_of=date(2026, 11, 27),
    )
    assert Verdict.not_eligible is report.level(3).status


# --- 4. already at the top ------------------------------------------------------------------


def test_level_1_certificate_holds_everything() -> None:
    """A 一级 certificate holds every level: no dates, no pathways, nothing to unlock."""
    code, doc = plan_json("-e", "大专", "-x", "10", "--cert", "1")
    assert 0 == code
    for entry in doc["levels"]:
        assert "held" == entry["status"]
        assert entry["date"] is None
        assert entry["pathway"] is None
        assert entry["certificate_date"] is None
        assert not entry["unlock"]


def test_level_3_certificate_holds_levels_4_and_3() -> None:
    """A dated 三级 certificate holds 四级 and 三级; 二级 waits until the experience caps no more."""
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
    """One year and 四级 formal training: 四级 now via 4-2."""
    # 12 months + 四级 training: 4-2 met now; cert 2027-02-27
    code, doc = plan_json("-e", "高中", "-x", "1", "--training", "4")
    assert 0 == code
    assert ("now", "2026-11-27", "4-2", "2027-02-27") == timeline(doc)[4]


def test_half_a_year_and_training_reaches_level_4_in_six_months() -> None:
    """Half a year and 四级 training: 四级 in six months via 4-2, not via 4-1."""
    # 6 months + 四级 training: 4-2 needs 12 → +6 → 2027-05-27 (4-1 would need 2029-05-27)
    code, doc = plan_json("-e", "高中", "-x", "0.5", "--training", "4")
    assert 0 == code
    assert ("later", "2027-05-27", "4-2", "2027-08-27") == timeline(doc)[4]


def test_assume_training_equals_real_training() -> None:
    """--assume-training 4 plans exactly as training actually done."""
    # --assume-training 4 plans as if the training were done: same as above
    _, doc = plan_json("-e", "高中", "-x", "0.5", "--assume-training", "4")
    assert ("later", "2027-05-27", "4-2", "2027-08-27") == timeline(doc)[4]


@pytest.mark.parametrize("typed", ["四级,三级", "四级、三级", "四级；三级", "四级和三级"])
def test_assume_training_takes_a_list_as_training_does(typed: str) -> None:
    """``--assume-training 四级,三级`` was refused as no level, while ``--training 四级,三级``
    and a sheet's 培训 cell read both levels: it plans as two --assume-training flags do."""
    one = plan_json("-e", "高中", "-x", "0.5", "--assume-training", typed)
    two = plan_json("-e", "高中", "-x", "0.5", "--assume-training", "4", "--assume-training", "3")
    assert two == one
    assert 0 == one[0]


# --- 6. a held certificate with a date ----------------------------------------------------


def test_held_level_4_certificate_years_since_capped_by_experience() -> None:
    """Years since a held 四级 certificate grow from the experience, which caps them."""
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
    """Years since a held certificate given as a number grow from that number."""
    # 本科 related, 5 years, 四级 held (no date) with 1 year worked since it:
    # years since grow 12+m ≥ 24 → m = 12 → 2027-11-27; cert3 2028-02-27; 2: 2032-02-27
    code, doc = plan_json(
        "-e", "本科", "--major", "related", "-x", "5", "--cert", "4", "--years-after-cert", "1"
    )
    assert 0 == code
    assert ("later", "2027-11-27", "3-2", "2028-02-27") == timeline(doc)[3]
    assert ("later", "2032-02-27", "2-1", "2032-05-27") == timeline(doc)[2]


def test_held_certificate_with_a_work_history() -> None:
    """Years since a held certificate are counted from the work history after its date."""
    # 大专 related, 四级 obtained 2025-03-01, worked continuously since then (open period):
    # months since the cert = months worked = 2025-03-01 → t; 24 on 2025-03-01+24 = 2027-03-01
    code, doc = plan_json(
        "-e", "大专", "--major", "related", "--cert", "4:2025-03-01", "--work", "2025-03-01.."
    )
    assert 0 == code
    assert ("later", "2027-03-01", "3-2", "2027-06-01") == timeline(doc)[3]


def test_held_level_3_certificate_without_date_counts_from_today() -> None:
    """A held 三级 certificate with neither a date nor the years since it is planned from
    zero years since it, with a note saying so — never as a certificate out of reach."""
    # 大专 related, 10 years, 三级 held, no date: 四级 and 三级 held; the years since the
    # certificate count from 0 today: 48 months on 2026-11-27+48 = 2030-11-27 (10 years of
    # experience are no cap), cert2 2031-02-27; 1-1: 2031-02-27+48 = 2035-02-27, cert1 2035-05-27
    code, doc = plan_json("-e", "大专", "--major", "related", "-x", "10", "--cert", "3")
    assert 0 == code
    assert {
        4: ("held", None, None, None),
        3: ("held", None, None, None),
        2: ("later", "2030-11-27", "2-1", "2031-02-27"),
        1: ("later", "2035-02-27", "1-1", "2035-05-27"),
    } == timeline(doc)
    assert 1 == len(doc["notes"])
    assert "三级证书" in doc["notes"][0]


def test_held_level_4_certificate_without_date_keeps_pathway_3_2() -> None:
    """A held 四级 certificate without a date still leads to 三级 by 3-2, counted from today."""
    # 本科 related, 5 years, 四级 held without a date: 3-2 lacks only the years since the
    # certificate, counted from zero today: 2026-11-27+24 = 2028-11-27, cert3 2029-02-27;
    # 2-1: 2029-02-27+48 = 2033-02-27
    code, doc = plan_json("-e", "本科", "--major", "related", "-x", "5", "--cert", "4")
    assert 0 == code
    assert ("later", "2028-11-27", "3-2", "2029-02-27") == timeline(doc)[3]
    assert ("later", "2033-02-27", "2-1", "2033-05-27") == timeline(doc)[2]


# --- 7. the blocking general condition ------------------------------------------------------


def test_g1_failing_blocks_every_level() -> None:
    """小学 fails G1: every level is out of reach, and each unlock assumes 初中."""
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
    """Following G1's unlock (初中) opens 四级 at once and nothing more."""
    # the advice followed: 4 now via 4-1, cert 2027-02-27; 3 has no diploma pathway
    code, doc = plan_json("-e", "小学", "-x", "5", "--assume-education", "junior_middle")
    assert 0 == code
    assert ("now", TODAY, "4-1", "2027-02-27") == timeline(doc)[4]
    assert "unreachable" == by_level(doc)[3]["status"]


def test_g1_unknown_gives_the_date_if_it_held() -> None:
    """Education not given: G1 is unknown; its unlock gives the date 初中 would bring."""
    # 1 year given: 4-1 needs 36 months, 24 more → 2028-11-27 if G1 holds (初中 assumed)
    code, doc = plan_json("-x", "1")
    assert 1 == code
    four = by_level(doc)[4]
    assert ("unreachable", ["G1"]) == (four["status"], [u["pathway"] for u in four["unlock"]])
    assert "--assume-education junior_middle" == four["unlock"][0]["assume"]
    assert "2028-11-27" == four["unlock"][0]["date"]


def test_g1_unknown_claims_no_level_out_of_reach_on_the_lowest_diploma() -> None:
    """Education not given, a 四级 held: 三级 is not said to stay out of reach "with 初中"
    (a related 大专 would open it now); G1's unlock only asks for the education."""
    _, doc = plan_json("--cert", "四级:2024-01-01")
    three = by_level(doc)[3]
    assert "unreachable" == three["status"]
    assert [("G1", [], None, None)] == [
        (u["pathway"], u["what"], u["assume"], u["date"]) for u in three["unlock"]
    ]


# --- 8. month ends ------------------------------------------------------------------------


def test_month_end_as_of_31st_lands_on_31st() -> None:
    """Months added to the 31st keep the 31st where the month has one, else its last day."""
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
    """Six months after 2026-08-31 is the last day of February."""
    # as_of 2026-08-31, 30 months: +6 → 2027-02-31 does not exist → 2027-02-28
    # (months_between(2026-08-31, 2027-02-28) = 6, and on 2027-02-27 only 5)
    # cert4 = 2027-02-28+3 = 2027-05-28 (the date + lag, from the 28th)
    code, doc = plan_json("-e", "大专", "--major", "related", "-x", "2.5", as_of="2026-08-31")
    assert 0 == code
    assert ("later", "2027-02-28", "4-1", "2027-05-28") == timeline(doc)[4]
    # 3-2: 2027-05-28+24 = 2029-05-28
    assert ("later", "2029-05-28", "3-2", "2029-08-28") == timeline(doc)[3]


def test_a_planned_certificate_on_a_shorter_month_end_does_not_delay_time_alone() -> None:
    """Months counted from 31 January still land on the 31st after a certificate on the 30th."""
    # template-2023, 高中, 9 years on 2026-01-31: T4-1 (5 years) now, cert4 on
    # 2026-01-31+3 = 2026-04-30. T3-1 needs 10 years: 9 + 12 months → 2027-01-31 (check says
    # the same), although months counted from the certificate's 30 April would give the 28th
    # of February. cert3 = 2027-01-31+3 = 2027-04-30.
    code, doc = plan_json("--edition", "template-2023", "-e", "高中", "-x", "9", as_of="2026-01-31")
    assert 0 == code
    assert ("later", "2027-01-31", "T3-1", "2027-04-30") == timeline(doc)[3]
    check = json.loads(
        invoke(
            [
                "check",
                "--edition",
                "template-2023",
                "-e",
                "高中",
                "-x",
                "9",
                "--as-of",
                "2026-01-31",
                "--format",
                "json",
            ]
        ).stdout
    )
    assert "2027-01-31" == {e["level"]: e for e in check["levels"]}[3]["reachable_on"]


def test_years_after_a_certificate_grow_with_the_work_history() -> None:
    """Years after a certificate as long as the work history stay within it as both grow."""
    # --work 2000-01-01..2026-08-31 on 2026-08-31 counts up to that date (its last day is the
    # evaluation date): 319 months and 30 days, 26.58 years. 26.58 years after 四级 fit; 26.66
    # do not (counting the evaluation day as worked made it 320 months, and 26.66 years grown
    # by calendar months from 08-31 then passed the history: plan failed where check passed).
    # 3-2 (四级, 大专 related, 2 years after 四级) now; cert3 2026-11-30; 2-1 (4 years
    # after 三级) 2030-11-30; cert2 2031-02-28; 1-1 2035-02-28.
    facts = ("--work", "2000-01-01..2026-08-31", "--cert", "四级", "-e", "大专", "--major", "相关")
    for command in ("plan", "check"):
        args = [command, *facts, "--years-after-cert", "26.66", "--as-of", "2026-08-31"]
        assert 2 == invoke(args).exit_code
    code, doc = plan_json(*facts, "--years-after-cert", "26.58", as_of="2026-08-31")
    assert 0 == code
    assert {
        4: ("held", None, None, None),
        3: ("now", "2026-08-31", "3-2", "2026-11-30"),
        2: ("later", "2030-11-30", "2-1", "2031-02-28"),
        1: ("later", "2035-02-28", "1-1", "2035-05-28"),
    } == timeline(doc)


def test_a_title_without_date_or_years_is_counted_from_today_with_a_note() -> None:
    """A title given without its date or the years since it counts from today, as a
    certificate does, and says so: T3-3 (1 year after a corresponding junior title) opens on
    2026-11-27 + 12 months = 2027-11-27 (before, the years after the title stayed unknown and
    T3-3 never opened)."""
    code, doc = plan_json(
        "--edition", "template-2023", "-e", "初中", "--title", "初级:对应", "-x", "0.5"
    )
    assert 0 == code
    assert ("later", "2027-11-27", "T3-3", "2028-02-27") == timeline(doc)[3]
    assert [
        TEMPLATE_NOTICE,
        "未提供初级职称的取得日期或其后的从业年限:按自评估日起算,日期为最晚估计",
    ] == doc["notes"]


def test_years_after_a_certificate_stay_within_the_time_since_its_date() -> None:
    """Years after a certificate of a 31st, grown from the end of a shorter month, never pass
    the time since its date (plan refused such facts as contradictory, check accepted them)."""
    # 四级 of 2027-10-31 held 0.33 years (3.96 months) on 2028-02-29; 3-2 needs 2 years after
    # it: 24 - 3.96 → 21 more months, 2028-02-29 + 21 = 2029-11-29, as check says. Grown by
    # months from 02-29, the years after it reached 2.08 on a day the date was 2 years back.
    args = ("-e", "大专", "--major", "related", "-x", "5", "--cert", "四级:2027-10-31")
    code, doc = plan_json(*args, "--years-after-cert", "0.33", as_of="2028-02-29")
    assert 0 == code
    assert ("later", "2029-11-29", "3-2", "2030-02-28") == timeline(doc)[3]


def test_a_title_of_unknown_correspondence_does_not_hide_the_date_of_one_that_counts() -> None:
    """A corresponding 中级 title of 2026-03-31 meets T3-3 (1 year after a junior title or
    higher) on 2027-03-31 whatever another title's correspondence is: adding a 初级 title
    whose correspondence is not given keeps that date (it gave 2030-04-30)."""
    base = ("--edition", "template-2023", "-e", "中专", "--major", "same", "-x", "2")
    title = ("--title", "中级:2026-03-31:对应")
    _, alone = plan_json(*base, *title, as_of="2026-03-31")
    _, both = plan_json(*base, *title, "--title", "初级:2013-02-27", as_of="2026-03-31")
    assert ("later", "2027-03-31", "T3-3") == timeline(alone)[3][:3]
    assert ("later", "2027-03-31", "T3-3") == timeline(both)[3][:3]
    # check: the condition is not known today, and time alone meets it on that date
    result = invoke(
        ["check", *base, *title, "--title", "初级:2013-02-27", "--as-of", "2026-03-31",
         "--format", "json"]
    )  # fmt: skip
    level = {lv["level"]: lv for lv in json.loads(result.stdout)["levels"]}[3]
    t33 = {p["id"]: p for p in level["pathways"]}["T3-3"]
    since = next(c for c in t33["conditions"] if c["kind"] == "experience_since_title")
    assert ("unknown", "2027-03-31") == (since["status"], since["reachable_on"])


def test_certificate_planned_from_a_31st() -> None:
    """A certificate one month after a 31st lands on the 28th, and later dates follow it."""
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
    """Dates planned from a certificate of the 31st cross a leap day correctly."""
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
    """Unknown experience is planned from zero, with a note that goes once it is given."""
    # 大专 related, experience not given → 0: 4-1 on +36 = 2029-11-27, cert 2030-02-27;
    # 3-2 on 2030-02-27+24 = 2032-02-27
    code, doc = plan_json("-e", "大专", "--major", "related")
    assert 0 == code
    assert ("later", "2029-11-27", "4-1", "2030-02-27") == timeline(doc)[4]
    assert ("later", "2032-02-27", "3-2", "2032-05-27") == timeline(doc)[3]
    assert ["未提供从业年限:按 0 年起算(已知的最少年限),日期为最晚估计;提供实际年限可提前"] == doc[
        "notes"
    ]
    _, given = plan_json("-e", "大专", "--major", "related", "-x", "0")
    assert [] == given["notes"]


def test_an_undated_certificate_gives_check_the_earliest_date_and_plan_the_latest() -> None:
    """README: where a fact the date depends on is missing, check gives the earliest date the
    facts allow and plan the latest. 大专 related, a 四级 with no date, 1.5 years: 3-2 asks
    2 years after it; at most the 18 months of experience have passed since it, so check
    says 2027-05-27 at the earliest (6 more months); plan takes the certificate as obtained
    on the evaluation date (the latest it may be), 24 months on: 2028-11-27, with its note."""
    facts = ("-e", "大专", "--major", "related", "--cert", "四级", "-x", "1.5")
    result = invoke(["check", "--as-of", TODAY, "--format", "json", *facts])
    level3 = json.loads(result.stdout)["levels"][1]
    assert ("2027-05-27", True) == (level3["reachable_on"], level3["reachable_on_earliest"])
    _, doc = plan_json(*facts)
    assert ("later", "2028-11-27", "3-2") == timeline(doc)[3][:3]
    assert any("日期为最晚估计" in note for note in doc["notes"])


@pytest.mark.parametrize(
    ("facts", "level3", "note"),
    [
        # 大专 related, 3 years, 四级 2025-06-01: 17 whole months since (1.42 years), under the
        # 3 years of experience; 3-2 asks 24 months after it: 2027-06-01 (experience then
        # 4.5 years, no cap), cert3 2027-09-01
        (
            ("-x", "3", "--cert", "四级:2025-06-01"),
            ("later", "2027-06-01", "3-2", "2027-09-01"),
            "四级证书取证后年限按自取证日 2025-06-01 起持续从业推算,不超过累计从业 3 年,为 1.42 年",
        ),
        # 0.5 years, 四级 2023-01-01: 46 months since, capped by the 0.5 years of experience;
        # 2 years after it when the experience reaches 2: 18 months on, 2028-05-27
        (
            ("-x", "0.5", "--cert", "四级:2023-01-01"),
            ("later", "2028-05-27", "3-2", "2028-08-27"),
            "四级证书取证后年限按自取证日 2023-01-01 起持续从业推算,不超过累计从业 0.5 年,为 0.5 年",
        ),
    ],
)
def test_years_since_a_dated_certificate_state_checks_assumption(
    facts: tuple[str, ...], level3: tuple[str, ...], note: str
) -> None:
    """The years since a certificate given with its date only are read from the date, as
    continuous work capped by the experience: the plan's dates rest on that as check's
    verdict does, and its note says so in check's words (it said nothing)."""
    _, doc = plan_json("-e", "大专", "--major", "related", *facts)
    assert level3 == timeline(doc)[3]
    assert [note] == doc["notes"]
    result = invoke(["check", "--as-of", TODAY, "-e", "大专", "--major", "related", *facts])
    assert "".join(note.split()) in "".join(result.stdout.split())  # check's own words
    # given, the years since it are no assumption: no note
    _, given = plan_json("-e", "大专", "--major", "related", *facts, "--years-after-cert", "0.5")
    assert [] == given["notes"]


def test_years_since_a_certificate_no_date_shown_rests_on_are_not_stated() -> None:
    """The note on years read from a certificate's date comes only where a date shown rests
    on them. template-2023, 高中, 10 years, 四级 2025-06-01: 三级 now by T3-1 (10 years of
    work), 二级 and 一级 by the 三级 and 二级 certificates the plan expects: no date rests on
    the years since the 四级, and check, eligible for 三级 by T3-1, does not state them."""
    facts = ("-e", "高中", "-x", "10", "--cert", "四级:2025-06-01", "--edition", "template-2023")
    _, doc = plan_json(*facts)
    assert ("now", "2026-11-27", "T3-1") == timeline(doc)[3][:3]
    assert [TEMPLATE_NOTICE] == doc["notes"]


def test_unknown_experience_counts_from_the_most_years_given_after_a_certificate() -> None:
    """Years after a certificate are years of experience: the plan starts from the most given."""
    # 大专 related, 四级 held for 2.5 years: the experience is at least 2.5 years, so the plan
    # is the one made with -x 2.5 given, plus a note saying so. 3-2 (四级, 大专 related, 2
    # years after 四级) holds now, cert3 2026-11-27+3 = 2027-02-27; 2-1 (4 years after 三级)
    # 2027-02-27+48 = 2031-02-27.
    code, doc = plan_json(
        "-e", "大专", "--major", "related", "--cert", "四级", "--years-after-cert", "2.5", lang="en"
    )
    assert 0 == code
    assert ("now", "2026-11-27", "3-2", "2027-02-27") == timeline(doc)[3]
    assert ("later", "2031-02-27", "2-1", "2031-05-27") == timeline(doc)[2]
    assert [
        "experience not given: counted from 2.5 years (the least the facts allow), so the dates "
        "are the latest; giving it may bring them forward"
    ] == doc["notes"]
    _, given = plan_json(
        "-e",
        "大专",
        "--major",
        "related",
        "--cert",
        "四级",
        "--years-after-cert",
        "2.5",
        "-x",
        "2.5",
    )
    assert timeline(given) == timeline(doc)


def test_unknown_experience_since_a_dated_certificate_is_stated_as_an_assumption() -> None:
    """Work every day since a certificate's date is an assumption, and the note says so."""
    _, doc = plan_json("-e", "初中", "--cert", "四级:2023-06-08", "--edition", "template-2023")
    assert [
        TEMPLATE_NOTICE,
        "未提供从业年限:按自 2023-06-08 起持续从业推算;如其间有中断,日期会推后;提供实际年限可得准确日期",
    ] == doc["notes"]


@pytest.mark.parametrize(
    "certs",
    [("--cert", "一级:2020-01-01"), ("--cert", "一级:2020-01-01", "--cert", "四级:2015-01-01")],
)
def test_no_experience_is_assumed_when_every_level_is_held(certs: tuple[str, ...]) -> None:
    """Every level held: no date rests on the experience, so none is assumed, and no note
    says that one was (nor that breaks would push dates back)."""
    _, doc = plan_json(*certs)
    assert ["held"] * 4 == [lv["status"] for lv in doc["levels"]]
    assert [] == doc["notes"]


# --- editions, directions, titles -----------------------------------------------------------


def test_template_edition_relevant_associate_with_no_work() -> None:
    """Under template-2023 a relevant 大专 alone opens 四级 now, and the ladder follows."""
    # T4-2: 大专, related major → now; cert4 2027-02-27
    # T3-5: 四级 cert + 大专 related → the day cert4 arrives, 2027-02-27; cert3 2027-05-27
    # T2-1: 三级 cert + 60 months after it: 2027-05-27+60 = 2032-05-27 (experience then
    #       0+66 months, no cap); cert2 2032-08-27
    # T1-1: 二级 cert + 60 months: 2032-08-27+60 = 2037-08-27; cert1 2037-11-27
    code, doc = plan_json(
        "-e", "大专", "--major", "related", "-x", "0", "--edition", "template-2023"
    )
    assert 0 == code
    assert {
        4: ("now", "2026-11-27", "T4-2", "2027-02-27"),
        3: ("later", "2027-02-27", "T3-5", "2027-05-27"),
        2: ("later", "2032-05-27", "T2-1", "2032-08-27"),
        1: ("later", "2037-08-27", "T1-1", "2037-11-27"),
    } == timeline(doc)
    # the edition's notice, and 三级 undetermined today (T3-4 asks whether the 大专
    # programme passed the provincial evaluation, not given): planned as not met, said so
    assert [
        TEMPLATE_NOTICE,
        "未提供的事实按不满足计,日期为最晚估计,提供后可能提前:请说明大专/高职所学专业是否经省级评估论证",
    ] == doc["notes"]


def test_a_training_not_answered_is_planned_as_none_and_still_a_route() -> None:
    """高中, 2 years, the training question skipped (trainings null): planned as none (the
    note says so), so 4-2 with the 四级 training opens 四级 now beside 4-1's 2027-11-27 by
    time alone; the route was dropped (with_training null), unlike with no training given."""
    document = '{"education": "senior_high", "experience": 2, "trainings": null}'
    args = ["plan", "--as-of", TODAY, "--format", "json", "--input", "-"]
    doc = json.loads(runner.invoke(app, args, env=plain_env("zh"), input=document).stdout)
    level4 = doc["levels"][0]
    assert ("later", "2027-11-27", "2026-11-27") == (
        level4["status"],
        level4["date"],
        level4["with_training"],
    )
    assert ["未提供的正规培训按没有计:日期为最晚估计"] == doc["notes"]


def test_a_list_not_given_that_could_change_nothing_is_not_named() -> None:
    """The note on lists not given names only those whose giving could change the plan (it
    said "未回答的培训、证书或职称" whatever was not given, and whether or not it mattered).

    template-2023 has no training pathway: trainings null there change nothing, and the
    certificates and titles, left out of the file, are none: only the edition's notice.
    Certificates null always matter (a higher one would hold a level); titles null matter
    only where a clause reads them: under template-2023, not under the summary."""
    args = ["plan", "--as-of", TODAY, "--format", "json", "--input", "-"]

    def notes(document: str, *extra: str, lang: str = "zh") -> list[str]:
        result = runner.invoke(app, [*args, *extra], env=plain_env(lang), input=document)
        return json.loads(result.stdout)["notes"]  # type: ignore[no-any-return]

    training = '{"education": "senior_high", "experience": 2, "trainings": null}'
    assert [TEMPLATE_NOTICE] == notes(training, "--edition", "template-2023")
    lists = '{"education": "senior_high", "experience": 2, "certificates": null, "titles": null}'
    assert ["未提供的证书按没有计:日期为最晚估计"] == notes(lists)
    assert [
        TEMPLATE_NOTICE,
        "未提供的证书、职称按没有计:日期为最晚估计",
    ] == notes(lists, "--edition", "template-2023")
    assert [
        "not given, so planned as none (the dates are the latest): certificates",
    ] == notes(lists, lang="en")


def test_plan_notes_say_what_was_assumed_by_option() -> None:
    """--assume-training 四级 for 高中 and 2.5 years: 四级 now by 4-2, and a note says the
    training is assumed (the plan said nothing of it)."""
    _, doc = plan_json("-e", "高中", "-x", "2.5", "--assume-training", "四级")
    assert ("now", "2026-11-27", "4-2") == timeline(doc)[4][:3]
    assert ["按假设规划(--assume-…,未经核实):完成四级正规培训"] == doc["notes"]


def test_training_an_edition_does_not_ask_for_is_said_to_change_nothing() -> None:
    """template-2023 has no training pathway: --assume-training 四级 is not an assumption the
    plan rests on (it said "按假设规划…:完成四级正规培训" and planned as without it); a note
    says it changes nothing. 高中, 2.5 years: T4-1 (5 years) 30 months on, 2029-05-27, with
    or without it. The summary asks for 四级 training only (4-2): 三级 training is said to
    change nothing there, while 四级 training is planned (4-2: 1 year and the training → now)."""
    facts = ("-e", "高中", "-x", "2.5", "--edition", "template-2023")
    _, doc = plan_json(*facts, "--assume-training", "四级")
    assert ("later", "2029-05-27", "T4-1") == timeline(doc)[4][:3]
    assert [
        TEMPLATE_NOTICE,
        "此版本没有经四级正规培训的报考途径:--assume-training 对规划没有影响",
    ] == doc["notes"]
    _, doc = plan_json(
        "-e", "高中", "-x", "2.5", "--assume-training", "四级", "--assume-training", "三级",
        lang="en",
    )  # fmt: skip
    assert ("now", "2026-11-27", "4-2") == timeline(doc)[4][:3]
    assert [
        "planned as if (--assume-…, not checked): formal training for level 4",
        "this edition has no pathway through formal training for level 3: --assume-training "
        "changes nothing in the plan",
    ] == doc["notes"]


def test_an_assumed_diploma_is_held_besides_the_diplomas_given() -> None:
    """template-2023, a related 技师学院 and no work: 三级 now (T3-4), 二级 2028-11-27 (T2-4);
    assuming a 本科 too must not take the 技师学院 away (it made 三级 2036-02-27). A major
    assumed alone applies to the diplomas given: 大专 unrelated with 1 year → 3-2 opens with
    --assume-major related (it changed nothing)."""
    facts = ("--edition", "template-2023", "--diploma", "技师学院:相关", "-x", "0")
    _, given = plan_json(*facts)
    _, more = plan_json(*facts, "--assume-education", "本科")
    assert ("now", "T3-4") == (timeline(given)[3][0], timeline(given)[3][2])
    assert timeline(given)[3] == timeline(more)[3]
    assert timeline(given)[2] == timeline(more)[2]
    _, unrelated = plan_json("--diploma", "大专:不相关", "-x", "1")
    _, related = plan_json("--diploma", "大专:不相关", "-x", "1", "--assume-major", "related")
    assert "unreachable" == timeline(unrelated)[3][0]
    # 4-1 on 2026-11-27 + 24 months = 2028-11-27, cert 2029-02-27; 3-2 (2 years after it)
    assert ("later", "2031-02-27", "3-2") == timeline(related)[3][:3]


def test_compare_editions_plans_both_side_by_side() -> None:
    """--compare-editions gives the plan of each edition, summary first, each named."""
    # summary, 大专 related, 0 years: 4-1 on +36 = 2029-11-27 (cert 2030-02-27), with 四级
    # training sooner: 4-2 on +12 = 2027-11-27; 3-2: 2030-02-27+24 = 2032-02-27 (cert
    # 2032-05-27); 2-1: +48 = 2036-05-27 (cert 2036-08-27); 1-1: +48 = 2040-08-27.
    # template-2023: as in the test above.
    code, doc = plan_json("-e", "大专", "--major", "related", "-x", "0", "--compare-editions")
    assert 0 == code
    summary, template = doc["editions"]
    assert ("summary", "template-2023") == (summary["edition"], template["edition"])
    assert {
        4: ("later", "2029-11-27", "4-1", "2030-02-27"),
        3: ("later", "2032-02-27", "3-2", "2032-05-27"),
        2: ("later", "2036-05-27", "2-1", "2036-08-27"),
        1: ("later", "2040-08-27", "1-1", "2040-11-27"),
    } == timeline(summary)
    assert ("2027-11-27", [4]) == (
        summary["levels"][0]["with_training"],
        summary["levels"][0]["training"],
    )
    assert ("now", "2026-11-27", "T4-2", "2027-02-27") == timeline(template)[4]
    assert ("later", "2037-08-27", "T1-1", "2037-11-27") == timeline(template)[1]


def test_junior_title_opens_level_3_before_level_4_under_the_template() -> None:
    """A corresponding 初级 title with a year of work after it opens 三级 (T3-3), and with a
    三级 certificate later also 二级 (T2-2)."""
    # 高中 (no diploma pathway), 2 years = 24 months, 初级 title obtained 2026-05-27, corresponding.
    # 4: T4-1 needs 60 months: 24+m ≥ 60 → m = 36 → 2029-11-27; cert 2030-02-27
    # 3: T3-3: months since the title = min(months since 2026-05-27, experience) = 6+m ≥ 12
    #    → 2027-05-27; cert3 2027-08-27
    # 2: T2-1 would be 2027-08-27+60 = 2032-08-27; T2-2: 60 months after the title on
    #    2026-05-27+60 = 2031-05-27 (experience then 78 months) and 12 after cert3 on
    #    2028-08-27 → 2031-05-27; cert2 2031-08-27
    # 1: T1-1: 2031-08-27+60 = 2036-08-27 (no 中级/高级 title); cert1 2036-11-27
    code, doc = plan_json(
        "-e", "高中", "-x", "2", "--title", "初级:2026-05-27:对应", "--edition", "template-2023"
    )
    assert 0 == code
    assert {
        4: ("later", "2029-11-27", "T4-1", "2030-02-27"),
        3: ("later", "2027-05-27", "T3-3", "2027-08-27"),
        2: ("later", "2031-05-27", "T2-2", "2031-08-27"),
        1: ("later", "2036-08-27", "T1-1", "2036-11-27"),
    } == timeline(doc)


@pytest.mark.parametrize(
    ("years", "level_4", "covered"),
    [
        # 2 years: 四级 by T4-1 (60 months) on 2029-11-27, long after the 三级 certificate
        # expected 2027-08-27 (T3-3 on 2027-05-27, see the test above)
        ("2", "2029-11-27", (3, "2027-08-27")),
        # 4.25 years = 51 months: 四级 on 2027-08-27 + 0, the very day 三级's certificate is
        # expected: held that day
        ("4.25", "2027-08-27", (3, "2027-08-27")),
        # 4.34 years = 52.08 months: 四级 on 2027-07-27, a month before it: not covered
        ("4.34", "2027-07-27", (None, None)),
    ],
)
def test_a_level_a_higher_certificate_comes_before_is_covered(
    years: str, level_4: str, covered: tuple[int | None, str | None]
) -> None:
    """A level whose own date comes on or after a higher level's expected certificate is held
    by then (a 三级 certificate meets what asks for 四级): the plan names that certificate in
    `covered_by`/`covered_on`, and the route skips the level rather than reading backwards."""
    args = ("-e", "高中", "-x", years, "--title", "初级:2026-05-27:对应")
    code, doc = plan_json(*args, "--edition", "template-2023")
    assert 0 == code
    entry = by_level(doc)[4]
    assert (level_4, *covered) == (entry["date"], entry["covered_by"], entry["covered_on"])
    assert all(by_level(doc)[n]["covered_by"] is None for n in (3, 2, 1))
    text = "".join(
        invoke(["plan", "--as-of", TODAY, *args, "--edition", "template-2023"]).output.split()
    )
    route = text.split("路线")[-1].split("说明")[0]
    assert ("四级" in route) == (covered[0] is None)
    # the route follows the dates: 三级 (2027-05-27) before 四级 (2027-07-27) where 四级 is not
    # covered (it read 四级 2027-07-27 → 三级 2027-05-27)
    dates = re.findall(r"\d{4}-\d{2}-\d{2}", route)
    assert sorted(dates) == dates
    assert ("预计2027-08-27取得三级证书,此后本级即视为已持有" in text) == (covered[0] is not None)


#: The assumption a plan states whose dates rest on a 四级 of another direction under
#: 数据分析: certificate-any-direction, in the rules' words (rules/*.toml, both editions).
ANY_DIRECTION = {
    "id": "certificate-any-direction",
    "text": "数据分析方向不设四级:要求“四级证书”的三级条件接受本职业任一方向或相关职业的"
    "四级证书(原文为“本职业或相关职业”)",
}


@pytest.mark.parametrize(
    ("edition", "experience", "expected"),
    [
        # template-2023, 大专 related, 0 years: 四级 is not offered under 数据分析, but one of
        # another direction is (assumption certificate-any-direction): T4-2 (a relevant 大专)
        # now, cert4 2027-02-27; T3-5 (四级 cert + relevant 大专) the day it arrives,
        # 2027-02-27 (without it: T3-1 at 120 months, 2036-11-27), cert3 2027-05-27; T2-1
        # +60 → 2032-05-27, cert2 2032-08-27; T1-1 +60 → 2037-08-27, cert1 2037-11-27
        (
            "template-2023",
            "0",
            {
                4: ("not_offered", "2026-11-27", "T4-2", "2027-02-27"),
                3: ("later", "2027-02-27", "T3-5", "2027-05-27"),
                2: ("later", "2032-05-27", "T2-1", "2032-08-27"),
                1: ("later", "2037-08-27", "T1-1", "2037-11-27"),
            },
        ),
        # summary, 大专 related, 3 years: 4-1 (36 ≥ 36 months) in another direction now,
        # cert4 2027-02-27; 3-2 24 months after it, 2029-02-27 (experience then 63 months:
        # no cap), cert3 2029-05-27; 2-1 +48 → 2033-05-27, cert2 2033-08-27; 1-1 +48 →
        # 2037-08-27, cert1 2037-11-27. Without it 三级 was out of reach (3-2 needs a 四级).
        (
            "summary",
            "3",
            {
                4: ("not_offered", "2026-11-27", "4-1", "2027-02-27"),
                3: ("later", "2029-02-27", "3-2", "2029-05-27"),
                2: ("later", "2033-05-27", "2-1", "2033-08-27"),
                1: ("later", "2037-08-27", "1-1", "2037-11-27"),
            },
        ),
    ],
)
def test_data_analysis_plans_a_level_4_of_another_direction(
    edition: str, experience: str, expected: dict[int, Any]
) -> None:
    """数据分析 has no 四级, but a 三级 clause asking for a 四级 accepts one of another
    direction: the plan takes it there when that brings 三级 sooner (it said 三级 could not
    be reached, or only by ten years of work), keeps 四级 not offered, and states the
    assumption."""
    code, doc = plan_json(
        "-e", "大专", "--major", "related", "-x", experience, "--edition", edition,
        "--direction", "数据分析",
    )  # fmt: skip
    assert 0 == code
    assert expected == timeline(doc)
    assert ANY_DIRECTION == doc["assumptions"][0 if edition == "template-2023" else 1]
    # and the others the dates rest on: template-2023's values (T3-5, T2-1, T1-1); the
    # summary's 3-2 years counted after the 四级, 2-1's and 1-1's 4 years
    others = [a["id"] for a in doc["assumptions"] if a != ANY_DIRECTION]
    assert others == (
        ["template-values"]
        if edition == "template-2023"
        else ["years-after-certificate", "four-years"]
    )
    text = "".join(
        invoke(
            ["plan", "--as-of", TODAY, "-e", "大专", "--major", "related", "-x", experience,
             "--edition", edition, "--direction", "数据分析"]
        ).stdout.split()
    )  # fmt: skip
    assert "在其他方向报考" in text
    assert f"路线四级(其他方向)现在→三级{expected[3][1]}({expected[3][2]})" in text


def test_data_analysis_takes_no_level_4_that_brings_nothing_sooner() -> None:
    """A 四级 of another direction that brings no level sooner is not planned, nor said.

    template-2023, 高中, 10 years, 数据分析: T3-1 (120 months) now, cert3 2027-02-27; T2-1 +60
    → 2032-02-27, cert2 2032-05-27; T1-1 +60 → 2037-05-27, cert1 2037-08-27. A 四级 (T4-1,
    60 months: now) would change none of these dates."""
    code, doc = plan_json(
        "-e", "高中", "-x", "10", "--edition", "template-2023", "--direction", "数据分析"
    )
    assert 0 == code
    assert {
        4: ("not_offered", None, None, None),
        3: ("now", "2026-11-27", "T3-1", "2027-02-27"),
        2: ("later", "2032-02-27", "T2-1", "2032-05-27"),
        1: ("later", "2037-05-27", "T1-1", "2037-08-27"),
    } == timeline(doc)
    four = by_level(doc)[4]
    assert (None, [], None) == (four["with_training"], four["training"], four["unlock"])
    assert [TEMPLATE_NOTICE] == doc["notes"]


def test_data_analysis_unlock_dates_count_a_level_4_of_another_direction() -> None:
    """An unlock's date may rest on a 四级 of another direction too, and the note says so.

    summary, 高中, 3 years, 数据分析: 三级 is out of reach (3-1 and 3-2 need diplomas). With a
    高级技工学校 diploma (3-1: 四级 cert + that diploma): 4-1 in another direction now, cert4
    2027-02-27, 3-1 that day (it said the diploma would still not be enough). With a related
    大专 (3-2): 2 years after cert4, 2029-02-27. Nothing is reached without them: exit 1."""
    code, doc = plan_json("-e", "高中", "-x", "3", "--direction", "数据分析", lang="en")
    assert 1 == code  # no level of the direction is reached
    assert ("unreachable", None) == timeline(doc)[3][:2]
    assert ("not_offered", None) == timeline(doc)[4][:2]  # brings nothing by itself
    unlock = {u["pathway"]: u["date"] for u in by_level(doc)[3]["unlock"]}
    assert {"3-1": "2027-02-27", "3-2": "2029-02-27"} == unlock
    # the unlocks' dates rest on a 四级 of another direction, and 3-2's on its years
    # counted after that 四级
    assert ["certificate-any-direction", "years-after-certificate"] == [
        a["id"] for a in doc["assumptions"]
    ]
    assert doc["assumptions"][0]["text"].startswith(
        "The data-analysis direction has no level 4: a level-3 clause asking "
        "for a level-4 certificate accepts one of any direction"
    )


def test_data_analysis_with_a_level_4_certificate_holds_it() -> None:
    """A 四级 certificate (of another direction) is held even under 数据分析, and opens 3-2."""
    # summary, 大专 related, 5 years, 四级 obtained 2024-11-27: held (held comes before not
    # offered); 3-2: months since the cert 24 on 2026-11-27 (experience 60 no cap) → now;
    # cert3 2027-02-27; 2-1: +48 → 2031-02-27
    code, doc = plan_json(
        "-e", "大专", "--major", "related", "-x", "5", "--cert", "4:2024-11-27",
        "--direction", "data_analysis",
    )  # fmt: skip
    assert 0 == code
    assert {
        4: ("held", None, None, None),
        3: ("now", "2026-11-27", "3-2", "2027-02-27"),
        2: ("later", "2031-02-27", "2-1", "2031-05-27"),
        1: ("later", "2035-05-27", "1-1", "2035-08-27"),
    } == timeline(doc)
    # 三级 rests on a 四级 of another direction: the assumption is stated
    assert ANY_DIRECTION in doc["assumptions"]


def _reach_4_1(candidate: Candidate, ruleset: Any, as_of: date) -> str | None:
    """The date ``check`` gives for pathway 4-1 (None: time alone does not reach it)."""
    report = evaluate(candidate, ruleset, as_of=as_of).to_dict("en")
    pathway = next(p for p in report["levels"][0]["pathways"] if p["id"] == "4-1")
    return pathway.get("reachable_on")  # type: ignore[no-any-return]  # absent: None


@pytest.mark.parametrize(
    ("as_of", "date_4"),
    [("8998-12-31", "9000-12-31"), ("8999-01-01", None), ("9000-12-31", None)],
)
def test_no_date_is_counted_past_the_latest_date_a_person_may_give(
    as_of: str, date_4: str | None
) -> None:
    """大专, 1 year, as of a date near 9000-12-31 (the latest accepted): 四级 by 4-1 is two
    years away. Neither check nor plan counts past 9000-12-31 (the plan had to make a
    certificate dated after it, and failed with an input error on a field named 日期)."""
    code, doc = plan_json("-e", "大专", "-x", "1", as_of=as_of)
    assert (0 if date_4 else 1) == code
    assert (("later", date_4) if date_4 else ("unreachable", None)) == (
        by_level(doc)[4]["status"],
        by_level(doc)[4]["date"],
    )
    candidate = Candidate(education="associate", experience=1)
    assert date_4 == _reach_4_1(candidate, RULES, date.fromisoformat(as_of))


def test_near_the_latest_date_a_plan_shows_no_date_past_it_and_says_why() -> None:
    """大专 related, 1 year, as of 8990-01-01, certificates 12 months after: 四级 8992-01-01
    (4-1, 2 more years), its certificate 8993-01-01; 三级 8995-01-01 (3-2, 2 years after
    it), certificate 8996-01-01; 二级 9000-01-01 (2-1, 4 years after 三级), whose certificate
    would come 9001-01-01, past 9000-12-31: not shown, not planned. 一级 then waits for more
    time than is followed, not for "a 二级 that is out of reach"."""
    code, doc = plan_json(
        "-e", "大专", "--major", "related", "-x", "1", "--exam-lag-months", "12",
        as_of="8990-01-01",
    )  # fmt: skip
    assert 0 == code
    assert {
        4: ("later", "8992-01-01", "4-1", "8993-01-01"),
        3: ("later", "8995-01-01", "3-2", "8996-01-01"),
        2: ("later", "9000-01-01", "2-1", None),
        1: ("unreachable", None, None, None),
    } == timeline(doc)
    [unlock] = by_level(doc)[1]["unlock"]
    assert ["所需时间超出可推算的范围(评估日起 60 年内,且不晚于 9000-12-31)"] == unlock["needs"]


BEYOND = "所需时间超出可推算的范围(评估日起 60 年内,且不晚于 9000-12-31)"


@pytest.mark.parametrize(
    ("as_of", "unlock_4", "label", "lang"),
    [
        # 高中, 1 year: 4-1 needs 2 more years, past 9000-12-31; 4-2 and 4-3 need training
        # or a technical school's diploma. 4-1 was left out, every level told "仅靠时间无法达到"
        ("9000-12-31", ["4-1", "4-2", "4-3"], "9000-12-31 前仅靠时间无法达到", "zh"),
        ("9000-12-31", ["4-1", "4-2", "4-3"], "not by time alone by 9000-12-31", "en"),
        ("8999-06-30", ["4-1", "4-2", "4-3"], "9000-12-31 前仅靠时间无法达到", "zh"),
        # 60 years followed in full: the label says time alone, naming no date
        ("8940-12-31", None, "✘ 仅靠时间无法达到\n", "zh"),
    ],
)
def test_near_the_latest_date_a_level_time_does_not_reach_says_the_date_is_why(
    as_of: str, unlock_4: list[str] | None, label: str, lang: str
) -> None:
    """As of 9000-12-31 (the last date there is) no time is followed: a level time would open
    is not reached by that date, which is the reason. The plan said of each level only
    “仅靠时间无法达到”, and listed 4-1, which time alone opens, nowhere."""
    args = ["-e", "高中", "-x", "1"]
    code, doc = plan_json(*args, as_of=as_of)
    assert (0 if unlock_4 is None else 1) == code  # 四级 later as of 8940-12-31
    if unlock_4 is not None:
        unlock = by_level(doc)[4]["unlock"]
        assert unlock_4 == [u["pathway"] for u in unlock]
        assert [BEYOND] == unlock[0]["needs"]
    text = invoke(["plan", "--as-of", as_of, *args], lang=lang).stdout
    assert label in "\n".join(line.rstrip() for line in text.splitlines()) + "\n"


def test_a_level_above_a_held_one_out_of_time_says_so() -> None:
    """三级 held since 8999-01-01, as of 9000-01-01: 2-1's 4 years after it end past
    9000-12-31, so 二级 is out of reach for want of time (it said "needs a 三级 certificate
    first, which is out of reach", 三级 being held); 一级 then for want of 二级."""
    _, doc = plan_json("--cert", "三级:8999-01-01", "-x", "30", as_of="9000-01-01")
    needs = {lv: [u["needs"] for u in by_level(doc)[lv]["unlock"]] for lv in (2, 1)}
    assert {
        2: [["所需时间超出可推算的范围(评估日起 60 年内,且不晚于 9000-12-31)"]],
        1: [["需先取得二级证书,而二级目前无法达到"]],
    } == needs


@pytest.mark.parametrize(
    ("as_of", "args", "lang", "said"),
    [
        # 高中, 1 year: 4-1 needs 2 more years, past 9000-12-31 (the plan's own words)
        ("9000-12-31", ["-e", "高中", "-x", "1"], "zh", "9000-12-31 前仅靠时间无法达到"),
        ("9000-12-31", ["-e", "高中", "-x", "1"], "en", "not by time alone by 9000-12-31"),
        # 三级 held since 8999-01-01: 2-1's 4 years after it end 9003-01-01
        (
            "9000-01-01",
            ["--cert", "三级:8999-01-01", "-x", "30"],
            "zh",
            "9000-12-31 前仅靠时间无法达到",
        ),
        # 大专, 1 year: 4-1 opens 9000-12-31 itself, a date; nothing to explain
        ("8998-12-31", ["-e", "大专", "-x", "1"], "zh", None),
    ],
)
def test_check_says_the_latest_date_is_why_time_alone_gives_no_date(
    as_of: str, args: list[str], lang: str, said: str | None
) -> None:
    """``check`` near 9000-12-31 (the latest date there is): a pathway time alone would open
    past it gave no "eligible from" date and no reason, where ``plan`` says the date is why.
    It now says so in the plan's words, where the date would be."""
    text = invoke(["check", "--as-of", as_of, *args], lang=lang).stdout
    lines = [line.strip() for line in text.splitlines()]
    if said is None:
        assert not any("仅靠时间无法达到" in line for line in lines)
        assert "9000-12-31 起可报考(如持续从业)" in lines
    else:
        assert said in lines


def test_check_says_time_alone_is_followed_60_years(tmp_path: Path) -> None:
    """A ruleset asking 70 years of experience for 4-1, as of 2026-11-27: time alone is
    followed 60 years (to 2086-11-27, before 9000-12-31), so ``check`` says that is why 4-1
    has no date, as the plan's unlock does."""
    rules = tmp_path / "rules.toml"
    rules.write_text(
        RULES_TEXT.replace(
            '{ kind = "experience", years = 3 }', '{ kind = "experience", years = 70 }'
        ),
        encoding="utf-8",
    )
    args = ["check", "--as-of", TODAY, "--rules", str(rules), "-e", "高中", "-x", "1"]
    text = invoke(args).stdout
    flat = "".join(line.strip() for line in text.splitlines())
    assert BEYOND in flat


def test_check_and_plan_follow_time_alone_as_far_as_one_another() -> None:
    """One horizon for check and plan (60 years): a ruleset asking 70 years of experience
    for 4-1 gives no date in check and none in plan; 50 years gives the same date in both."""
    text = RULES_TEXT.replace(
        '{ kind = "experience", years = 3 }', '{ kind = "experience", years = Y }'
    )
    for years, expected in ((70, None), (50, "2075-11-27")):
        ruleset = parse_ruleset(text.replace("years = Y", f"years = {years}"))
        candidate = Candidate(education="senior_high", experience=1, trainings=(), certificates=())
        assert expected == _reach_4_1(candidate, ruleset, AS_OF)
        planned = plan(candidate, ruleset, as_of=AS_OF).levels[0]
        assert expected == (None if planned.date is None else planned.date.isoformat())


def test_unknown_experience_counts_from_a_certificate_date_to_the_day() -> None:
    """Experience not given and a 四级 certificate of 2023-06-08, as of 2026-02-28: the plan
    assumes work since that date, counted as check counts the years since it. T3-2 (4 years
    after the 四级 certificate) then opens on 2023-06-08 + 48 months = 2027-06-08, the date
    check gives; taking the experience as 32 whole months grown from 02-28 gave 2027-06-28."""
    args = ("-e", "初中", "--cert", "四级:2023-06-08", "--edition", "template-2023")
    _, doc = plan_json(*args, as_of="2026-02-28")
    assert ("later", "2027-06-08", "T3-2") == tuple(by_level(doc)[3][k] for k in ("status", "date", "pathway"))  # fmt: skip
    result = invoke(["check", "--as-of", "2026-02-28", "--format", "json", *args])
    routes = {r["pathway"]: r["on"] for r in json.loads(result.stdout)["levels"][1]["routes"]}
    assert "2027-06-08" == routes["T3-2"]


def test_nothing_reachable_exits_1() -> None:
    """A plan where no level is held or reachable exits 1 (G1 fails, and not offered is not
    reachable)."""
    code, _ = plan_json("-e", "小学", "-x", "5", "--direction", "数据分析")
    assert 1 == code


# --- 10. bad input -------------------------------------------------------------------------


@pytest.mark.parametrize("lag", ["６", "6个月", "6 months", "６个月"])
def test_exam_lag_in_full_width_digits_reads_as_ascii(lag: str) -> None:
    """``--exam-lag-months ６`` (a Chinese input method's digit) is 6 months, as ``-x ３`` is
    3 years: it was refused as "不是有效的月数"; so is ``6个月`` (``-x`` reads ``18个月``).
    大专 related, 3 years: 四级 now, its certificate 6 months on."""
    code, doc = plan_json("-e", "大专", "--major", "related", "-x", "3", "--exam-lag-months", lag)
    assert 0 == code
    assert 6 == doc["exam_lag_months"]
    assert "2027-05-27" == by_level(doc)[4]["certificate_date"]


@pytest.mark.parametrize(
    "extra",
    [
        ["--exam-lag-months", "²"],
        ["--exam-lag-months", "-1"],
        ["--exam-lag-months", "abc"],
        ["--exam-lag-months", "1.5"],
        ["--exam-lag-months", "6年"],  # months are asked for
        ["--exam-lag-months", "个月"],
        ["--assume-education", "火星"],
        ["--assume-major", "火星"],
        ["--assume-training", "9"],
        ["--cert", "4:2027-01-01"],  # after --as-of
        ["--as-of", "2026-02-30"],
    ],
)
def test_bad_input_exits_2_without_traceback(extra: list[str]) -> None:
    """Bad plan options or facts exit 2 with a message, not a traceback."""
    result = invoke(["plan", "--as-of", TODAY, "-e", "大专", "-x", "3", *extra])
    assert 2 == result.exit_code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("option", "value", "said"),
    [
        ("--assume-major", "不相关", "不能假设:假设不相关的专业不会打开任何等级"),
        ("--assume-major", "unrelated", "不能假设"),
        ("--assume-major", "火星", "无法识别"),
        ("--assume-major", "", "无法识别"),  # given empty: not "not given"
        ("--assume-education", "", "无法识别"),
    ],
)
def test_assume_options_accept_only_what_could_open_a_level(
    option: str, value: str, said: str
) -> None:
    """``--assume-major`` is same or related (README): an unrelated major opens nothing, and
    the message lists only what is accepted; an empty value is refused, not ignored."""
    result = invoke(["plan", "--as-of", TODAY, "-e", "大专", "-x", "1", option, value])
    assert 2 == result.exit_code, result.output
    assert said in result.output
    if option == "--assume-major":
        assert "可接受的值:本专业、相关专业。" in result.output


def test_negative_lag_rejected_by_the_library() -> None:
    """plan() itself refuses a negative exam lag, naming the option."""
    with pytest.raises(Exception, match="exam-lag-months"):
        plan(Candidate(experience=3.0), RULES, as_of=AS_OF, exam_lag_months=-1)


# --- table output ---------------------------------------------------------------------------


def test_table_english_shows_from_dates() -> None:
    """The English table says “from DATE”, without colour codes in a pipe."""
    result = invoke(
        ["plan", "--as-of", TODAY, "-e", "大专", "--major", "related", "-x", "3"], lang="en"
    )
    assert 0 == result.exit_code
    assert "from 2029-02-27" in result.output
    assert "from 2033-05-27" in result.output
    assert "\x1b[" not in result.output


def test_table_chinese_shows_qi() -> None:
    """The Chinese table says “DATE 起”."""
    result = invoke(["plan", "--as-of", TODAY, "-e", "大专", "--major", "related", "-x", "3"])
    assert 0 == result.exit_code
    assert "2029-02-27 起" in result.output or "2029-02-27起" in result.output


def test_table_unreachable_shows_the_unlock_flag() -> None:
    """An unreachable level's row shows what would unlock it, with the options and date."""
    result = invoke(["plan", "--as-of", TODAY, "-e", "高中", "-x", "0.5"], lang="en")
    assert 0 == result.exit_code
    text = " ".join(result.output.split())
    assert "senior_technical_school" in text
    assert "with a senior technical school diploma: from 2029-08-27" in text
    assert "with the training done: from 2027-05-27" in text


def test_table_shows_no_unlock_flag_that_leaves_the_level_out_of_reach() -> None:
    """小学, 5 years: a 初中 diploma opens 四级 now (4-1) but leaves 三级 to 一级 out of reach
    ("即使取得初中毕业证书仍无法达到"): the option for scripts is shown for 四级 only, not
    beside the rows it changes nothing for."""
    result = invoke(["plan", "--as-of", TODAY, "-e", "小学", "-x", "5"])
    text = "".join(result.output.split())
    assert "即使取得初中毕业证书仍无法达到" in text
    assert 1 == text.count("(脚本用:--assume-education初中)")


def test_table_chinese_says_what_would_unlock_in_words() -> None:
    """In Chinese the unlock reads as words (若取得…毕业证书,DATE 起可报考), and the training
    shortcut as 完成培训后 DATE 起可报考."""
    # the dates of test_senior_high_needs_a_diploma_for_level_3
    result = invoke(["plan", "--as-of", TODAY, "-e", "高中", "-x", "0.5"])
    assert 0 == result.exit_code
    text = "".join(result.output.split())
    assert "若取得高级技工学校/高级工班毕业证书,2029-08-27起可报考" in text
    assert "若取得大专/高职毕业证书、所学专业为相关专业,2031-08-27起可报考" in text
    assert "完成培训后2027-05-27起可报考" in text


def test_english_unlock_words_take_the_right_article() -> None:
    """The English words of an unlock use “an” before a vowel (an associate degree)."""
    _, doc = plan_json("-e", "高中", "-x", "0.5", lang="en")
    what = [w for u in by_level(doc)[3]["unlock"] for w in u["what"]]
    assert "an associate degree (college) diploma" in what
    assert [] == [w for w in what if re.search(r"\ba [aeiou]", w)]


# --- 9. properties --------------------------------------------------------------------------


def _held_cert_date(candidate: Candidate, level: int) -> date | None:
    """The real date of a held certificate of ``level`` or higher (the latest known)."""
    dates = [
        c.date for c in candidate.certificates or () if c.level <= level and c.date is not None
    ]
    return max(dates) if dates else None


def _counts_work_since_a_date(candidate: Candidate) -> bool:
    """The plan counts work every day since a certificate or title given with its date alone
    (the experience not given): an assumption of its own, stated in a note."""
    if candidate.experience is not None or candidate.work_history:
        return False
    held = [*(candidate.certificates or ()), *(candidate.titles or ())]
    return any(h.date is not None and h.years_after is None for h in held)


def _held_today(candidate: Candidate, rule: Any, pathway: str | None) -> bool:
    """Every certificate the pathway asks for is held today (none the plan expects)."""
    conditions = next(p.conditions for p in rule.pathways if p.id == pathway)
    asked = [lv for c in conditions if (lv := unit_of(c).certificate_level(c)) is not None]
    held = [c.level for c in candidate.certificates or ()]
    return all(any(h <= lv for h in held) for lv in asked)


@pytest.mark.slow  # about 4 s: .ci/run runs it, the quick-start command does not
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(candidate=candidates(), lag=st.sampled_from([0, 1, 3, 6]))
def test_plan_invariants(candidate: Candidate, lag: int) -> None:
    """Every plan, under either edition, is consistent in itself and with check today."""
    for edition, rules in BY_EDITION.items():
        result = plan(candidate, rules, as_of=AS_OF, exam_lag_months=lag)
        assert [4, 3, 2, 1] == [p.level for p in result.levels]
        steps = {p.level: p for p in result.levels}
        for p in result.levels:
            status = p.status.value
            if status in ("held", "unreachable") or (status == "not_offered" and not p.date):
                assert p.date is None
                assert p.pathway is None
                assert p.certificate_date is None
            else:  # not offered with a date: taken in another direction
                assert p.date is not None
                assert p.pathway is not None
                if status != "not_offered":
                    assert (status == "now") == (p.date == AS_OF)
                assert p.date >= AS_OF
                assert add_months(p.date, lag) == p.certificate_date
            if status == "held":  # held is a prefix: everything below a held level is held too
                assert all(steps[n].status.value == "held" for n in LEVELS if n > p.level)
            if status != "unreachable":
                assert not p.unlock
            if p.with_training is not None:  # the training shortcut comes sooner, or is not told
                assert p.training
                assert AS_OF <= p.with_training
                assert p.date is None or p.with_training < p.date
        # a level that rests on a lower certificate never comes before that certificate
        for p in result.levels:
            if p.status.value not in ("now", "later") or p.pathway not in NEEDS_LOWER_CERT:
                continue
            below = steps[p.level + 1]
            assert p.date is not None
            assert below.status.value in ("held", "now", "later", "not_offered")
            if below.status.value == "held":
                real = _held_cert_date(candidate, p.level + 1)
                if real is not None:
                    assert p.date >= real
            else:
                assert below.certificate_date is not None
                assert p.date >= below.certificate_date
        if edition == "summary":
            # every pathway above 四级 needs the certificate below: dates never go down
            reached = [d for n in LEVELS if (d := steps[n].date) is not None]
            assert sorted(reached) == reached
        # agrees with check today: held ⇔ held, not offered ⇔ not offered, eligible ⇒ now
        report = evaluate(candidate, rules, as_of=AS_OF)
        for n in LEVELS:
            verdict = report.level(n).status
            assert (verdict is Verdict.held) == (steps[n].status.value == "held")
            assert (verdict is Verdict.not_offered) == (steps[n].status.value == "not_offered")
            if verdict is Verdict.eligible:
                assert "now" == steps[n].status.value, f"{edition} level {n}"
            # every date time alone gives today, whatever is not known, is a date the plan
            # (which adds only planned certificates) reaches too, no later; not a date that
            # is only the earliest possible (years after a dated certificate with the
            # experience not given, say: on it the level may still be short)
            today = report.level(n)
            step = steps[n]
            for route in today.routes:
                if route.opens is not Opens.time or route.on is None or route.earliest:
                    continue
                if step.status.value in ("held", "not_offered"):
                    continue
                assert step.date is not None, f"{edition} level {n} {route.pathway}"
                assert step.date <= route.on, f"{edition} level {n} {route.pathway}"
            # and the other way: a date the plan reaches by time alone, on the certificates
            # held today and no assumption on the facts not given, check gives too (the
            # plan's one assumption check does not share: with the experience not given,
            # work every day since a certificate or title given with its date alone)
            if step.status.value != "later" or _counts_work_since_a_date(candidate):
                continue
            if not _held_today(candidate, rules.level(n), step.pathway):
                continue
            route = next(r for r in today.routes if r.pathway == step.pathway)
            assert route.opens is Opens.time, f"{edition} level {n} {route}"
            assert route.on is not None
            if route.earliest:
                assert route.on <= step.date, f"{edition} level {n} {route}"
            else:
                assert route.on == step.date, f"{edition} level {n} {route}"


@pytest.mark.slow  # about 2 s an edition
@pytest.mark.parametrize("edition", EDITIONS)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    as_of=st.sampled_from(
        [
            date(2026, 1, 31),
            date(2026, 8, 31),
            date(2027, 3, 31),
            date(2028, 2, 29),
            date(2035, 1, 31),
        ]
    ),
    education=st.sampled_from(list(Education)),
    major=st.sampled_from(list(Major)),
    experience=st.sampled_from([0.0, 0.5, 2.75, 3.0, 4.9, 9.0, 9.5]),
    lag=st.sampled_from([1, 3, 6]),
)
def test_plan_reaches_what_time_alone_reaches_by_that_date(
    edition: str, as_of: date, education: Education, major: Major, experience: float, lag: int
) -> None:
    """From a month end, planned certificates never push a date past the one check gives."""
    candidate = Candidate(
        education=education, major=major, experience=experience, trainings=(), certificates=()
    )
    rules = BY_EDITION[edition]
    report = evaluate(candidate, rules, as_of=as_of)
    steps = {p.level: p for p in plan(candidate, rules, as_of=as_of, exam_lag_months=lag).levels}
    for n in LEVELS:
        reachable = report.level(n).reachable_on
        if reachable is not None:
            assert steps[n].date is not None
            assert steps[n].date <= reachable, f"level {n}"


@pytest.mark.slow
@pytest.mark.parametrize("as_of", [date(2026, 1, 31), date(2026, 8, 31), date(2028, 2, 29)])
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), lag=st.sampled_from([1, 3]))
def test_each_date_is_the_first_eligible_day(as_of: date, data: st.DataObject, lag: int) -> None:
    """On the day before a plan's date the level is not yet eligible, judged on the candidate
    as the plan sees them then (worked on since as_of, holding the certificates planned by
    then): the date is the first, not one a month's end pushed later."""
    candidate = data.draw(candidates(as_of, experience_modes=("years", "history")))
    given = (candidate.trainings, candidate.certificates, candidate.titles)
    if None in given or any(c.date is None and c.years_after is None for c in given[1] or ()):
        return  # the plan fills such facts in first (tested above); here the facts are whole
    for rules in BY_EDITION.values():
        levels = plan(candidate, rules, as_of=as_of, exam_lag_months=lag).levels
        planned = {p.level: p.certificate_date for p in levels if p.certificate_date}
        for p in levels:
            if p.status.value != "later":
                continue
            assert p.date is not None
            day_before = p.date - timedelta(days=1)
            seen = _on(candidate, as_of, day_before, planned)
            status = evaluate(seen, rules, as_of=day_before).level(p.level).status
            assert Verdict.eligible is not status, f"{rules.edition} level {p.level} {p.date}"


@pytest.mark.slow  # about 2 s an edition
@pytest.mark.parametrize("edition", EDITIONS)
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    education=st.sampled_from(list(Education)),
    major=st.sampled_from(list(Major)),
    experience=st.sampled_from([0.0, 0.5, 1.0, 2.5, 3.0, 4.0, 4.99, 7.5, 9.99]),
    extra=st.sampled_from([0.01, 0.5, 1.0, 3.0]),
    training=st.booleans(),
    cert_months=st.none() | st.integers(0, 60),
    title_months=st.none() | st.integers(0, 24),
)
def test_more_experience_never_delays(
    edition: str,
    education: Education,
    major: Major,
    experience: float,
    extra: float,
    training: bool,
    cert_months: int | None,
    title_months: int | None,
) -> None:
    """More experience never makes a reachable level unreachable or later."""
    certs = (
        () if cert_months is None else (Certificate(level=4, date=add_months(AS_OF, -cert_months)),)
    )
    titles = (
        ()
        if title_months is None
        else (Title(level="junior", date=add_months(AS_OF, -title_months), corresponding=True),)
    )
    base = Candidate(
        education=education,
        major=major,
        experience=experience,
        trainings=(4,) if training else (),
        certificates=certs,
        titles=titles,
    )
    more = base.model_copy(update={"experience": experience + extra})
    rules = BY_EDITION[edition]
    before = {p.level: p for p in plan(base, rules, as_of=AS_OF).levels}
    after = {p.level: p for p in plan(more, rules, as_of=AS_OF).levels}
    for n in LEVELS:
        was, now = before[n].date, after[n].date
        if was is not None:  # reachable stays reachable, and no later
            assert now is not None
            assert now <= was


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    candidate=candidates(experience_modes=("years", "history")),
    level=st.sampled_from(["junior", "intermediate", "senior"]),
    months=st.integers(0, 240),
    corresponding=st.sampled_from([None, True]),
)
@example(
    candidate=Candidate(experience=0.0, direction="data_analysis"),
    level="junior",
    months=0,
    corresponding=True,
)
def test_another_title_never_delays(
    candidate: Candidate, level: str, months: int, corresponding: bool | None
) -> None:
    """One more title (corresponding, or its correspondence not known) never makes a level
    later or out of reach."""
    if candidate.titles is None:
        return  # not known: the plan takes it as none, and one more title is then the first
    title = Title(level=level, date=add_months(AS_OF, -months), corresponding=corresponding)
    more = candidate.model_copy(update={"titles": (*candidate.titles, title)})
    for rules in BY_EDITION.values():
        before = {p.level: p for p in plan(candidate, rules, as_of=AS_OF).levels}
        after = {p.level: p for p in plan(more, rules, as_of=AS_OF).levels}
        for n in LEVELS:
            was, now = before[n].date, after[n].date
            # a level the direction lacks is dated only while its certificate, taken in
            # another direction, brings a level above sooner: a title that brings that level
            # sooner still leaves it no date (数据分析, a 初级 title: 三级 by T3-3)
            if was is not None and before[n].status is not PlanStatus.not_offered:
                assert now is not None, f"{rules.edition} level {n}"
                assert now <= was, f"{rules.edition} level {n}"


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


@pytest.mark.slow
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(candidate=candidates(experience_modes=("years",)), lag=st.sampled_from([0, 3]))
def test_unlock_advice_keeps_its_promise(candidate: Candidate, lag: int) -> None:
    """Following an unlock's --assume-… options gives the level on the date it named, under
    either edition; an unlock with nothing to assume names no date."""
    for rules in BY_EDITION.values():
        result = plan(candidate, rules, as_of=AS_OF, exam_lag_months=lag)
        for p in result.levels:
            for unlock in p.unlock:
                assert unlock.needs
                if unlock.flag is None:
                    assert unlock.date is None
                    assert not unlock.what
                    continue
                assert unlock.what  # the same facts in words
                assumed = plan(
                    _apply(candidate, unlock.flag), rules, as_of=AS_OF, exam_lag_months=lag
                )
                assert unlock.date == assumed.level(p.level).date
                if unlock.date is not None:
                    assert unlock.date >= AS_OF


@pytest.mark.parametrize("years_after", [None, "0", "1"])
def test_a_certificate_held_with_no_date_is_held_for_years_by_a_date(
    years_after: str | None,
) -> None:
    """template-2023, a 技师学院 student (T2-5: holding 三级 for 2 years) with a 三级 of no
    date: held today, so held for 2 years two years from now at the latest (one year with 1
    year of work after it, which it cannot be held for less than). The plan followed T2-1
    (5 years of work after it) to 2031-08-31, though on 2028-08-31 the student is eligible
    by T2-5, as check judges that day."""
    cert = ["--cert", "三级"] + ([] if years_after is None else ["--years-after-cert", years_after])
    _, doc = plan_json(
        "--edition",
        "template-2023",
        "-e",
        "技师学院",
        "--graduating",
        "-x",
        "1",
        *cert,
        as_of="2026-08-31",
    )
    expected = "2027-08-31" if years_after == "1" else "2028-08-31"
    assert (expected, "T2-5") == (by_level(doc)[2]["date"], by_level(doc)[2]["pathway"])


def test_a_diploma_not_given_is_had_not_obtained() -> None:
    """With no diploma given, the unlock of a level says "if you have" the diploma (具有):
    the candidate may hold it already; it said "if you obtain" (取得), as it still does
    beside a diploma given that falls short."""
    _, unknown = plan_json("-x", "2")
    _, given = plan_json("-e", "高中", "-x", "2")
    assert ["具有高级技工学校/高级工班毕业证书"] == by_level(unknown)[3]["unlock"][0]["what"]
    assert ["取得高级技工学校/高级工班毕业证书"] == by_level(given)[3]["unlock"][0]["what"]


def test_check_and_plan_agree_on_a_certificate_held_with_no_date() -> None:
    """template-2023, a 技师学院 student holding 三级 with no date, 1 year of work, as of
    2026-01-01: held now, so held 2 years by 2028-01-01 whatever its date (T2-5). check
    gave 二级 no date but T2-1's "at the earliest 2030-01-01", later than plan's 2028-01-01
    (README: check's dates are the earliest, plan's the latest); both say 2028-01-01."""
    args = (
        "--edition",
        "template-2023",
        "--diploma",
        "技师学院:相关:在读",
        "--cert",
        "三级",
        "-x",
        "1",
    )
    _, doc = plan_json(*args, as_of="2026-01-01")
    result = invoke(["check", *args, "--as-of", "2026-01-01", "--format", "json"])
    report = json.loads(result.stdout)
    assert "2028-01-01" == by_level(doc)[2]["date"]
    assert ("undetermined", "2028-01-01", False) == (
        report["levels"][2]["status"],
        report["levels"][2]["reachable_on"],
        report["levels"][2]["reachable_on_earliest"],  # certain: T2-5, whatever the date
    )
    # the table leads with that route and its date (it led with T2-1's "最早 2030-01-01")
    first = report["levels"][2]["routes"][0]
    assert ("T2-5", "time", "2028-01-01") == (first["pathway"], first["opens"], first["on"])
    table = invoke(["check", *args, "--as-of", "2026-01-01"]).stdout
    row = "".join(table.split("二级/技师")[1].split("一级/高级技师")[0].split())
    assert row.index("T2-5") < row.index("2028-01-01起可报考") < row.index("T2-1")


def test_check_and_plan_agree_when_years_after_a_certificate_bound_the_experience() -> None:
    """template-2023, a 技师学院 graduate with 三级 and 1 year worked since it, no experience
    given: at least 1 year in all, so T2-4's 2 years hold by 2027-11-27 whatever the rest.
    plan said 2027-11-27 (T2-4); check said undetermined with T2-1's 2030-11-27 only."""
    args = ("--edition", "template-2023", "-e", "技师学院", "--cert", "三级")
    args += ("--years-after-cert", "1")
    _, doc = plan_json(*args)
    report = json.loads(invoke(["check", *args, "--as-of", TODAY, "--format", "json"]).stdout)
    assert ("2027-11-27", "T2-4") == (by_level(doc)[2]["date"], by_level(doc)[2]["pathway"])
    level2 = report["levels"][2]
    assert ("undetermined", "2027-11-27", False) == (
        level2["status"],
        level2["reachable_on"],
        level2["reachable_on_earliest"],
    )
    first = level2["routes"][0]
    assert ("T2-4", "time", "2027-11-27") == (first["pathway"], first["opens"], first["on"])


@pytest.mark.parametrize(
    ("cert_date", "noted"),
    [
        # held since 2026-06-01: T2-5's 2 years come on 2028-06-01, when the final-year
        # student of today has graduated unless the note's assumption holds
        ("2026-06-01", True),
        # held since 2024-06-01: 二级 now, as a student now; no date to come rests on it
        ("2024-06-01", False),
    ],
)
def test_a_date_to_come_that_rests_on_being_a_student_says_so(cert_date: str, noted: bool) -> None:
    """template-2023 T2-5 is for students only; plan keeps a final-year student a student on
    every date (the graduation date is not a fact). A date to come via T2-5 says so."""
    args = ("--edition", "template-2023", "--diploma", "技师学院:相关:在读", "-x", "0.5")
    _, doc = plan_json(*args, "--cert", f"三级:{cert_date}")
    assert "T2-5" == by_level(doc)[2]["pathway"]
    said = [n for n in doc["notes"] if "只适用于在读学生" in n]
    assert (
        ["T2-5 只适用于在读学生:所示日期假设届时仍未毕业,毕业后此条不再适用"] if noted else []
    ) == said


@pytest.mark.parametrize(
    ("args", "level", "pathway", "on"),
    [
        # a 四级 with neither date nor years, 4 years worked: 3-2's 2 years after it
        (("-e", "大专", "--major", "related", "-x", "4", "--cert", "四级"), 3, "3-2", "2028-11-27"),
        # a 三级 likewise, the experience not given either: 2-1's 4 years
        (("-e", "高中", "--cert", "三级"), 2, "2-1", "2030-11-27"),
        # template: a corresponding 初级 title with no date, 3 years worked: T3-3's 1 year
        (
            ("--edition", "template-2023", "-e", "高中", "-x", "3", "--title", "初级::对应"),
            3,
            "T3-3",
            "2027-11-27",
        ),
    ],
)
def test_check_knows_plans_date_after_something_held_with_no_date(
    args: tuple[str, ...], level: int, pathway: str, on: str
) -> None:
    """Years worked since a certificate or title with neither date nor years given are at
    least 0 today and grow with work: time alone meets the clause on the date plan gives
    (counting from today), whatever the date. check said undetermined with no date."""
    _, doc = plan_json(*args)
    assert (on, pathway) == (by_level(doc)[level]["date"], by_level(doc)[level]["pathway"])
    report = json.loads(invoke(["check", *args, "--as-of", TODAY, "--format", "json"]).stdout)
    entry = next(lv for lv in report["levels"] if lv["level"] == level)
    assert ("undetermined", on, False) == (
        entry["status"],
        entry["reachable_on"],
        entry["reachable_on_earliest"],
    )
    first = entry["routes"][0]
    assert (pathway, "time", on, False) == (
        first["pathway"],
        first["opens"],
        first["on"],
        first["earliest"],
    )


@pytest.mark.parametrize("columns", [40, 60])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_narrow_table_never_splits_a_date(columns: int, lang: str) -> None:
    """In a narrow terminal each date stays whole on its line: “预计 2028-02-27 取得证书”
    in a column 12 wide broke as “计 2028-02-2” and “7 取得证书”, another date to read."""
    args = ["plan", "-e", "高中", "-x", "2", "--as-of", TODAY]
    result = runner.invoke(app, args, env=plain_env(lang, columns))
    assert 0 == result.exit_code, result.output
    for line in result.stdout.splitlines():
        for found in re.findall(r"(?<![\d-])\d{4}-[\d-]*", line):
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", found), (found, line)


def test_the_rules_assumptions_the_dates_rest_on_are_stated() -> None:
    """As check states the assumptions its verdicts rest on, plan states those its dates do.

    大专 related, 1.5 years: 四级 by 4-1 (no assumption) 2028-05-27, cert4 2028-08-27; 三级
    by 3-2 two years after the 四级 (the summary omits "after": years-after-certificate),
    2030-08-27; 二级 and 一级 by 2-1 and 1-1 after "一定年限", taken as 4 years (four-years).
    Each is stated once, in the order the dates come, in JSON and in the table."""
    code, doc = plan_json("-e", "大专", "--major", "related", "-x", "1.5")
    assert 0 == code
    assert ("2030-08-27", "3-2") == (by_level(doc)[3]["date"], by_level(doc)[3]["pathway"])
    assert ["years-after-certificate", "four-years"] == [a["id"] for a in doc["assumptions"]]
    assert doc["assumptions"][1]["text"].startswith("“一定年限”取 4 年")
    table = invoke(
        ["plan", "--as-of", TODAY, "-e", "大专", "--major", "related", "-x", "1.5", "--lang", "en"]
    ).stdout
    text = " ".join(table.split())
    assert "Assumptions The 2 years of work are counted after obtaining the level 4" in text
    assert "“A certain number of years” is taken as 4" in text
    # every level held: no date is shown, so none is stated
    code, doc = plan_json("-e", "高中", "-x", "20", "--cert", "一级:2020-01-01")
    assert {"held"} == {lv["status"] for lv in doc["levels"]}
    assert [] == doc["assumptions"]


@pytest.mark.parametrize(
    ("lang", "heading"),
    [("zh", "四级/中级工 · 2027-11-27 起"), ("en", "4 · Intermediate · from 2027-11-27")],
)
def test_a_narrow_table_stacks_each_level_over_its_basis(lang: str, heading: str) -> None:
    """40 cells wide, the levels are stacked: 高中 with 2 years reaches 3 years (4-1) on
    2027-11-27, its date on the level's line and the pathway indented beneath."""
    args = ["plan", "-e", "高中", "-x", "2", "--as-of", TODAY]
    result = runner.invoke(app, args, env=plain_env(lang, 40))
    assert 0 == result.exit_code, result.output
    lines = [line.rstrip() for line in result.stdout.splitlines()]
    assert lines[lines.index(heading) + 1].startswith("  4-1 ")
    # the time axis too: each level's name on a line of its own, the bar under it
    name = heading.split(" · ")[0] if lang == "zh" else " · ".join(heading.split(" · ")[:2])
    assert lines[lines.index(name) + 1].startswith("  ┄")
    assert all(cell_width(line) <= 40 for line in lines), result.stdout


def test_a_narrow_table_leaves_no_blank_line_under_a_level_held() -> None:
    """40 cells wide, a level held (四级 by its certificate) has nothing beneath its line:
    the next level's line follows it, where an empty indented line did."""
    args = ["plan", "-e", "高中", "-x", "2", "--cert", "四级:2024-01-01", "--as-of", TODAY]
    result = runner.invoke(app, args, env=plain_env("zh", 40))
    assert 0 == result.exit_code, result.output
    lines = [line.rstrip() for line in result.stdout.splitlines()]
    assert lines[lines.index("四级/中级工 · 已持有") + 1].startswith("三级/高级工 · ")


def test_a_plan_made_with_a_judge_is_the_plan_made_without() -> None:
    """A judge (the ruleset made ready once) changes how often the ruleset is prepared,
    never the plan; one made for another ruleset is refused, not used."""
    from mediaops.report import Judge

    rules = load_ruleset()
    judge = Judge(rules)
    as_of = date.fromisoformat(TODAY)
    for candidate in (
        Candidate(education="高中", experience=2),
        Candidate(education="大专", experience=1.5, certificates=[{"level": 4}]),
        Candidate(education="初中"),
    ):
        alone = plan(candidate, rules, as_of=as_of).to_dict("en")
        assert alone == plan(candidate, rules, as_of=as_of, judge=judge).to_dict("en")
    # the same rules read again are the same rules
    read_again = parse_ruleset(builtin_ruleset_text("summary"), "summary")
    assert read_again is not rules
    again = plan(Candidate(education="高中", experience=2), read_again, as_of=as_of, judge=judge)
    assert plan(Candidate(education="高中", experience=2), rules, as_of=as_of) == again
    with pytest.raises(ValueError, match="another ruleset"):
        plan(
            Candidate(education="高中"),
            load_ruleset(edition="template-2023"),
            as_of=as_of,
            judge=judge,
        )
    # something else given as the judge (the ruleset itself, say): TypeError, as evaluate's
    # arguments of another type, not AttributeError ('Ruleset' object has no attribute …)
    for other in (rules, "summary"):
        with pytest.raises(TypeError, match="judge: expected a Judge"):
            plan(Candidate(education="高中"), rules, as_of=as_of, judge=other)  # type: ignore[arg-type]


@pytest.mark.parametrize("columns", [60, 61, 62])
def test_a_folded_line_never_starts_with_a_closing_mark(columns: int) -> None:
    """“3-2 学历不符:需大专/高职” is kept whole; in a basis column too narrow for it the line
    was folded before the “、” after it, which then began the next line. A folded line takes
    the character before the mark along (需大专/高 | 职、本科), as Chinese typesetting does."""
    from test_help import lines_starting_with_a_closing_mark

    args = ["plan", "-e", "高中", "-x", "2.5", "--as-of", TODAY]
    result = runner.invoke(app, args, env=plain_env("zh", columns))
    assert 0 == result.exit_code, result.output
    assert [] == lines_starting_with_a_closing_mark(result.stdout.splitlines())


@pytest.mark.parametrize(
    ("name", "lang", "said"),
    [
        (
            "路线.png",
            "zh",
            "--svg 的文件名 路线.png 以 .png 结尾,但路线图总是存为 SVG 图片:请用以 .svg 结尾的文件名,如 --svg 路线.svg。",
        ),
        (
            "plan.PDF",
            "en",
            "--svg plan.PDF: the road map is always saved as an SVG picture, not as .PDF; give a "
            "name ending in .svg, e.g. --svg plan.svg.",
        ),
        ("plan.svgz", "en", "not as .svgz"),  # compressed SVG: not what is written
        ("plan.png.", "en", "not as .png"),  # Windows drops the final dot: plan.png
        ("plan.SVG", "en", None),
        ("plan", "en", None),  # no extension claims no format (as /dev/stdout names none)
        # a name ending in dots or blanks: Windows saves 路线.svg, Linux keeps "路线.svg "
        (
            "路线.svg ",
            "zh",
            "--svg 的文件名“路线.svg ”末尾有空格:Windows 保存时会去掉名字末尾的句点和空格,其他系统"
            "则把它们留在名字里,无法凭扩展名认出文件类型,双击打不开。请去掉它们,如 --svg 路线.svg。",
        ),
        ("plan.svg.\u3000", "en", "ends in a dot and a full-width space"),
        ("plan. ", "en", "e.g. --svg plan.svg."),  # no extension left: .svg added
        # an extension alone ("$name.svg" with $name empty): a hidden file
        (".svg", "zh", "--svg 的文件名 .svg 只有扩展名,前面没有名字"),
        (".SVG", "en", "the name is an extension with no name before it"),
        # nothing named before the dots: not .svg offered (a hidden file, refused above)
        ("...", "zh", "请去掉它们,如 --svg 路线.svg。"),
        ("...", "en", "e.g. --svg plan.svg."),
        # a name a shell parts at its blank is offered quoted, as batch -o offers it
        ("路线 图.svg ", "zh", "如 --svg '路线 图.svg'。"),
    ],
)
def test_svg_under_another_format_s_name_is_refused(
    name: str, lang: str, said: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--svg x.png`` wrote an SVG picture under a .png name, which an image viewer fails to
    open: refused (exit 2) naming the extension, nothing written. A name ending in .svg, in
    any case, or with no extension at all, is written."""
    monkeypatch.chdir(tmp_path)
    result = invoke(["plan", "-e", "高中", "-x", "1", "--as-of", TODAY, "--svg", name], lang=lang)
    if said is None:
        assert 0 == result.exit_code  # 高中, 1 year: 四级 by 4-1 on 2028-11-27
        assert [name] == [p.name for p in tmp_path.iterdir()]
        assert (tmp_path / name).read_text(encoding="utf-8").startswith("<svg")
    else:
        assert 2 == result.exit_code
        assert said in " ".join(result.output.split())
        assert [] == list(tmp_path.iterdir())


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_svg_dash_is_refused_not_written_to_a_file_named_dash(
    lang: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--svg -`` wrote the picture to a file named ``-`` in the working directory, where
    ``-`` is stdin for ``--input`` and stdout for ``batch -o``: refused (exit 2), saying to
    give a file name, and nothing is written."""
    monkeypatch.chdir(tmp_path)
    result = invoke(["plan", "-e", "高中", "-x", "1", "--as-of", TODAY, "--svg", "-"], lang=lang)
    assert 2 == result.exit_code
    assert "--svg" in result.output
    assert [] == list(tmp_path.iterdir())


@pytest.mark.parametrize(
    ("name", "lang", "said"),
    [
        (
            "/dev/stdout",
            "zh",
            "--svg 的文件 /dev/stdout 正是标准输出所写之处:路线图只能另存为文件(标准输出写的是表格或 "
            "JSON),请给出另一个文件名,如 --svg 路线.svg。",
        ),
        (
            "out",  # the very file stdout is redirected to
            "en",
            "--svg out is where standard output goes: the timeline is saved to a file of its own "
            "(the table or JSON goes to stdout); give another file name, e.g. --svg plan.svg.",
        ),
    ],
)
def test_svg_to_stdout_s_own_file_is_refused(
    name: str, lang: str, said: str, tmp_path: Path
) -> None:
    """``--svg /dev/stdout > out`` opened the file stdout writes anew, so the picture replaced
    the table (in a pipe, followed it): stdout is the table's, as for ``--svg -``. Refused
    (exit 2), nothing written."""
    import os
    import subprocess
    import sys

    out = tmp_path / "out"
    args = ["plan", "-e", "高中", "-x", "1", "--as-of", TODAY, "--svg", name]
    with out.open("wb") as stdout:
        done = subprocess.run(
            [sys.executable, "-m", "mediaops", *args],
            stdout=stdout,
            stderr=subprocess.PIPE,
            env={k: v for k, v in {**os.environ, **plain_env(lang)}.items() if v is not None},
            cwd=tmp_path,
            check=False,
        )
    assert 2 == done.returncode
    assert said in " ".join(done.stderr.decode("utf-8").split())
    assert b"" == out.read_bytes()


@pytest.mark.parametrize(
    ("name", "lang", "said"), [(".", "zh", "这是一个目录"), ("..", "en", "directory")]
)
def test_svg_to_the_working_directory_says_it_is_a_directory(
    name: str, lang: str, said: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--svg .`` failed saying "Device or resource busy" (renaming onto a directory in use);
    it is a directory, as ``--svg 目录/`` says, and nothing is left behind."""
    (tmp_path / "d").mkdir()
    monkeypatch.chdir(tmp_path / "d")
    result = invoke(["plan", "-e", "高中", "-x", "1", "--as-of", TODAY, "--svg", name], lang=lang)
    assert 74 == result.exit_code
    assert said in result.output
    assert "busy" not in result.output
    assert [] == list((tmp_path / "d").iterdir())
