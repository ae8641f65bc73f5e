"""The ``mediaops check`` and ``mediaops rules`` commands through typer's CliRunner (SPEC §2).

Every expected verdict below was worked out by hand from SPEC §1 for the
evaluation date 2026-11-27, never copied from the program's output.
"""

from __future__ import annotations

import json
import re
import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import typer.main
from typer.testing import CliRunner, Result

import mediaops.report
from mediaops.cli import app
from mediaops.messages import CATALOGUE
from plain import cell_width, plain_env

AS_OF = "2026-11-27"
RULES_FILE = Path(__file__).resolve().parents[1] / "rules" / "all-media-operator.toml"
CLAUSE_IDS = ("G1", "G2", "G3", "4-1", "4-2", "4-3", "3-1", "3-2", "2-1", "1-1")
# The assumptions of the ruleset file, in its order; the redesign added the first one
# (the data-analysis direction, which has no 四级, accepts a 四级 of any direction).
ASSUMPTION_IDS = (
    "certificate-any-direction",
    "final-year-students",
    "years-after-certificate",
    "four-years",
)
ASSUMPTION_TEXTS = {
    a["id"]: a["text"] for a in tomllib.loads(RULES_FILE.read_text(encoding="utf-8"))["assumptions"]
}
LEVEL_NAMES_ZH = {4: "四级/中级工", 3: "三级/高级工", 2: "二级/技师", 1: "一级/高级技师"}
ANSI = "\x1b["
CJK = re.compile(r"[\u4e00-\u9fff]")
STATUSES = {"eligible", "not_eligible", "undetermined", "held", "not_offered"}

runner = CliRunner()


def invoke(args: list[str], *, lang: str = "zh", input: str | None = None) -> Result:
    """Run the app with a fixed language, a 100-column plain output and no forced colour."""
    env = plain_env(lang)
    return runner.invoke(app, args, input=input, env=env)


def stderr_of(result: Result) -> str:
    """The separately captured stderr, or "" where this CliRunner merges it into output."""
    try:
        return result.stderr or ""
    except ValueError:
        return ""


def all_text(result: Result) -> str:
    """Everything the command printed, stdout and stderr."""
    return result.output + stderr_of(result)


def check(*args: str, lang: str = "zh", input: str | None = None) -> Result:
    """``mediaops check`` on the fixed evaluation date (unless ``--as-of`` is among ``args``)."""
    extra = [] if "--as-of" in args else ["--as-of", AS_OF]
    return invoke(["check", *args, *extra], lang=lang, input=input)


def check_json(
    *args: str, lang: str = "zh", input: str | None = None
) -> tuple[int, dict[str, Any]]:
    """``mediaops check --format json``: the exit code and the parsed report."""
    result = check(*args, "--format", "json", lang=lang, input=input)
    assert "Traceback" not in all_text(result)
    return result.exit_code, json.loads(result.stdout)


def squash(text: str) -> str:
    """``text`` without any white space, so that a phrase wrapped in a table cell still matches."""
    return re.sub(r"\s+", "", text)


def statuses(report: dict[str, Any]) -> dict[int, str]:
    """Level number → verdict."""
    return {lv["level"]: lv["status"] for lv in report["levels"]}


def level(report: dict[str, Any], number: int) -> dict[str, Any]:
    """The JSON object of one level."""
    return next(lv for lv in report["levels"] if lv["level"] == number)


def pathway(report: dict[str, Any], pathway_id: str) -> dict[str, Any]:
    """The JSON object of one pathway, whichever level it belongs to."""
    return next(p for lv in report["levels"] for p in lv["pathways"] if p["id"] == pathway_id)


def condition(report: dict[str, Any], pathway_id: str, kind: str) -> dict[str, Any]:
    """The first condition of ``kind`` in a pathway."""
    return next(c for c in pathway(report, pathway_id)["conditions"] if c["kind"] == kind)


# The running example of the brief: 大专 + related major + 3 years + 四级 on 2024-01-10.
PROFILE_A = ("-e", "大专", "--major", "related", "-x", "3", "--cert", "四级:2024-01-10")


# --- JSON output: shape ------------------------------------------------------------


def test_json_has_every_stable_key() -> None:
    """The JSON report carries every key SPEC §2 declares stable, with the types it shows."""
    _, report = check_json(*PROFILE_A)
    assert {
        "ruleset",
        "as_of",
        "general",
        "levels",
        "eligible_levels",
        "highest_eligible",
        "missing_facts",
    } <= set(report)
    assert {"id", "edition"} <= set(report["ruleset"])
    assert AS_OF == report["as_of"]
    for g in report["general"]:
        assert {"id", "status", "blocking", "text"} <= set(g)
    assert [4, 3, 2, 1] == [lv["level"] for lv in report["levels"]]
    for lv in report["levels"]:
        # redesign: every level also carries `documents` (SPEC §2) and `routes`
        assert {
            "level",
            "name",
            "status",
            "qualifying_pathways",
            "pathways",
            "documents",
            "routes",
        } <= set(lv)
        assert lv["status"] in STATUSES
        assert isinstance(lv["documents"], list)
        for route in lv["routes"]:
            assert {"pathway", "opens", "on", "missing"} <= set(route)
        for p in lv["pathways"]:
            assert {"id", "status", "text", "conditions"} <= set(p)
            for c in p["conditions"]:
                assert {"kind", "status", "required", "actual", "text"} <= set(c)
    assert isinstance(report["missing_facts"], list)


def test_json_clause_ids_and_level_names() -> None:
    """The general clauses and pathways carry the SPEC clause ids, and the levels their zh names."""
    _, report = check_json(*PROFILE_A)
    assert ["G1", "G2", "G3"] == [g["id"] for g in report["general"]]
    assert [True, False, False] == [g["blocking"] for g in report["general"]]
    ids = {lv["level"]: [p["id"] for p in lv["pathways"]] for lv in report["levels"]}
    assert {4: ["4-1", "4-2", "4-3"], 3: ["3-1", "3-2"], 2: ["2-1"], 1: ["1-1"]} == ids
    assert LEVEL_NAMES_ZH == {lv["level"]: lv["name"] for lv in report["levels"]}


def test_json_ruleset_identifies_the_builtin_rules() -> None:
    """The ruleset block names the built-in ruleset file's id and edition."""
    _, report = check_json(*PROFILE_A)
    assert {"id": "all-media-operator", "edition": "summary"} == {
        k: report["ruleset"][k] for k in ("id", "edition")
    }


# --- JSON output: values, profile by profile ------------------------------------


def test_profile_associate_cert4_eligible_for_3_via_3_2() -> None:
    """大专/related/3 y/四级 2024-01-10: 四级 held, 三级 via 3-2 (34 months ≥ 24), 二级 and 一级 not."""
    code, report = check_json(*PROFILE_A)
    assert 0 == code
    assert {4: "held", 3: "eligible", 2: "not_eligible", 1: "not_eligible"} == statuses(report)
    assert ["3-2"] == level(report, 3)["qualifying_pathways"]
    assert [3] == report["eligible_levels"]
    assert 3 == report["highest_eligible"]
    assert [] == report["missing_facts"]
    since = condition(report, "3-2", "experience_since_certificate")
    assert "met" == since["status"]
    assert 2 == since["required"]
    # 2024-01-10 → 2026-11-27: 34 complete months, under the cap of 3 years (36 months)
    assert round(34 / 12, 2) == round(since["actual"], 2)
    assert "unmet" == pathway(report, "3-1")["status"]
    assert "met" == report["general"][0]["status"]


def test_profile_senior_high_5_years_eligible_for_4_only() -> None:
    """高中 and 5 years: 四级 via 4-1; nothing higher without a certificate."""
    code, report = check_json("-e", "高中", "-x", "5")
    assert 0 == code
    assert {4: "eligible", 3: "not_eligible", 2: "not_eligible", 1: "not_eligible"} == statuses(
        report
    )
    assert ["4-1"] == level(report, 4)["qualifying_pathways"]
    assert [4] == report["eligible_levels"]
    assert 4 == report["highest_eligible"]
    experience = condition(report, "4-1", "experience")
    assert (3, 5.0, "met") == (experience["required"], experience["actual"], experience["status"])


def test_profile_exactly_three_years_is_inclusive() -> None:
    """Exactly 3.0 years satisfies 4-1's "满 3 年(含)"."""
    code, report = check_json("-e", "高中", "-x", "3")
    assert (0, "eligible", ["4-1"]) == (
        code,
        level(report, 4)["status"],
        level(report, 4)["qualifying_pathways"],
    )


def test_profile_just_under_three_years_is_not_eligible() -> None:
    """2.99 years with 高中 and no training meets none of 4-1, 4-2, 4-3: exit 1."""
    code, report = check_json("-e", "高中", "-x", "2.99")
    assert 1 == code
    assert {4: "not_eligible", 3: "not_eligible", 2: "not_eligible", 1: "not_eligible"} == (
        statuses(report)
    )
    assert [] == report["eligible_levels"]
    assert report["highest_eligible"] is None
    # redesign (3): 4-3's diploma condition is unmet as soon as the type (高中) is wrong,
    # although the major is not given, so the major is no missing fact.
    assert "unmet" == condition(report, "4-3", "education")["status"]
    assert [] == report["missing_facts"]


def test_profile_one_year_and_training_eligible_via_4_2() -> None:
    """One year (inclusive) and 四级 training meet 4-2 while 4-1 is unmet."""
    code, report = check_json("-e", "高中", "-x", "1", "--training", "4")
    assert 0 == code
    assert ["4-2"] == level(report, 4)["qualifying_pathways"]
    assert ("unmet", "met") == (pathway(report, "4-1")["status"], pathway(report, "4-2")["status"])


def test_profile_technical_school_eligible_via_4_3() -> None:
    """A 技工学校 diploma in the same major meets 4-3 with no experience given."""
    code, report = check_json("-e", "技工学校", "--major", "same")
    assert 0 == code
    assert "eligible" == level(report, 4)["status"]
    assert ["4-3"] == level(report, 4)["qualifying_pathways"]
    assert "not_eligible" == level(report, 3)["status"]


def test_profile_technical_school_final_year_student_counts() -> None:
    """A final-year 技工学校 student counts as holding the diploma for 4-3 (template assumption)."""
    code, report = check_json("-e", "技工学校", "--major", "related", "--graduating")
    assert 0 == code
    assert ["4-3"] == level(report, 4)["qualifying_pathways"]
    assert "met" == report["general"][0]["status"]


def test_profile_below_junior_blocked_by_g1() -> None:
    """小学 fails the blocking G1, so even 10 years of experience give no level."""
    code, report = check_json("-e", "小学", "-x", "10")
    assert 1 == code
    assert "unmet" == report["general"][0]["status"]
    assert {4: "not_eligible", 3: "not_eligible", 2: "not_eligible", 1: "not_eligible"} == (
        statuses(report)
    )
    # the pathway itself holds; the level fails because of G1
    assert "met" == pathway(report, "4-1")["status"]
    assert report["highest_eligible"] is None


def test_below_junior_table_says_it_is_because_of_g1() -> None:
    """The explanation row of every level names G1 as the reason."""
    result = check("-e", "小学", "-x", "10", lang="en")
    rows = [line for line in result.stdout.splitlines() if line.startswith(("4 ·", "3 ·"))]
    assert 2 == len(rows)
    assert all("G1" in row for row in rows)


def test_profile_nothing_known_is_undetermined() -> None:
    """With no facts, 四级 is undetermined (education and experience unknown) and the rest not eligible."""
    code, report = check_json()
    assert 1 == code
    # empty certificate list = none held, so 3-1/3-2/2-1/1-1 are unmet, not unknown
    assert {4: "undetermined", 3: "not_eligible", 2: "not_eligible", 1: "not_eligible"} == (
        statuses(report)
    )
    assert "unknown" == report["general"][0]["status"]
    missing = json.dumps(report["missing_facts"])
    assert "education" in missing
    assert "experience" in missing


def test_profile_cert_without_date_is_undetermined_for_3() -> None:
    """A 四级 certificate with no date leaves 3-2 unknown; the missing fact is its date."""
    code, report = check_json("-e", "大专", "--major", "related", "-x", "5", "--cert", "4")
    assert 1 == code
    assert {4: "held", 3: "undetermined", 2: "not_eligible", 1: "not_eligible"} == statuses(report)
    assert "unknown" == pathway(report, "3-2")["status"]
    assert 1 == len(report["missing_facts"])
    assert "certificate_date" == report["missing_facts"][0]["fact"]


def test_profile_years_after_cert_exactly_two_years() -> None:
    """--years-after-cert 2 meets 3-2's "满 2 年(含)" for a 四级 with no date."""
    code, report = check_json(
        "-e", "大专", "--major", "same", "-x", "3", "--cert", "4", "--years-after-cert", "2"
    )
    assert 0 == code
    assert ["3-2"] == level(report, 3)["qualifying_pathways"]
    assert 2.0 == condition(report, "3-2", "experience_since_certificate")["actual"]


def test_profile_cert3_53_months_eligible_for_2() -> None:
    """三级 on 2022-06-15 with 10 years: 53 months ≥ 48, so 二级 via 2-1; 四级 and 三级 held."""
    code, report = check_json(
        "-e", "本科", "--major", "related", "-x", "10", "--cert", "三级:2022-06-15"
    )
    assert 0 == code
    assert {4: "held", 3: "held", 2: "eligible", 1: "not_eligible"} == statuses(report)
    assert ["2-1"] == level(report, 2)["qualifying_pathways"]
    assert 2 == report["highest_eligible"]
    assert [2] == report["eligible_levels"]


def test_profile_cert3_46_months_not_yet_eligible_for_2() -> None:
    """三级 on 2023-01-01: 46 months < 48; not eligible yet, and the table says from 2027-01-01."""
    args = ("-e", "本科", "--major", "related", "-x", "10", "--cert", "三级:2023-01-01")
    code, report = check_json(*args)
    assert 1 == code
    assert {4: "held", 3: "held", 2: "not_eligible", 1: "not_eligible"} == statuses(report)
    result = check(*args, lang="en")
    assert "2027-01-01" in result.stdout


def test_profile_higher_cert_satisfies_lower_condition() -> None:
    """A 二级 certificate alone makes 四级, 三级, 二级 held; 一级 needs 4 years after it."""
    code, report = check_json("-e", "本科", "-x", "20", "--cert", "二级:2020-01-01")
    # 2020-01-01 → 2026-11-27 = 82 months ≥ 48, under the 20-year cap
    assert 0 == code
    assert {4: "held", 3: "held", 2: "held", 1: "eligible"} == statuses(report)
    assert ["1-1"] == level(report, 1)["qualifying_pathways"]


def test_work_history_is_counted_into_experience() -> None:
    """--work 2020-01-01..2022-12-31 is 36 months = 3 years, meeting 4-1."""
    code, report = check_json("-e", "高中", "--work", "2020-01-01..2022-12-31")
    assert 0 == code
    assert 3.0 == condition(report, "4-1", "experience")["actual"]


def test_overlapping_work_periods_count_once() -> None:
    """Two overlapping periods covering 2020-01-01..2022-12-31 still make 3 years, not more."""
    code, report = check_json(
        "-e", "高中", "--work", "2020-01-01..2021-12-31", "--work", "2021-01-01..2022-12-31"
    )
    assert 0 == code
    assert 3.0 == condition(report, "4-1", "experience")["actual"]


def test_open_work_period_runs_to_as_of() -> None:
    """An open period 2023-11-27.. runs to the evaluation date: 36 months."""
    code, report = check_json("-e", "高中", "--work", "2023-11-27..")
    assert 0 == code
    assert 3.0 == condition(report, "4-1", "experience")["actual"]


def test_single_work_period_counts_complete_months_only() -> None:
    """2021-06-15..2024-06-13 (last day worked) is 35 complete months + 30 days: under 3 years."""
    # SPEC §1: durations are complete calendar months (2022-06-15 → 2024-06-14 is 23 months).
    code, report = check_json("-e", "高中", "--work", "2021-06-15..2024-06-13")
    assert round(35 / 12, 2) == round(condition(report, "4-1", "experience")["actual"], 2)
    assert "not_eligible" == level(report, 4)["status"]
    assert 1 == code


# --- behaviour the redesign changed on purpose -------------------------------------


def test_final_year_master_student_bachelor_has_unknown_relevance() -> None:
    """A final-year 硕士 student: 3-2 rests on the bachelor's held, whose major is not given."""
    # redesign (1): 3-2 does not count final-year students, so the 硕士 (related) not yet
    # received does not meet it; the 本科 a master's student holds has unknown relevance.
    # 四级 2020-01-01 → 2026-11-27 is 82 months, capped by 5 years: 5 ≥ 2, met.
    code, report = check_json(
        "-e", "硕士", "--major", "related", "--graduating", "-x", "5", "--cert", "四级:2020-01-01"
    )
    assert 1 == code
    assert {4: "held", 3: "undetermined", 2: "not_eligible", 1: "not_eligible"} == statuses(report)
    assert "unknown" == condition(report, "3-2", "education")["status"]
    assert "met" == condition(report, "3-2", "experience_since_certificate")["status"]
    assert [("major", [3])] == [(m["fact"], m["levels"]) for m in report["missing_facts"]]


def test_json_facts_tell_a_diploma_implied_by_enrolment_from_one_given() -> None:
    """The diploma a student holds to have enrolled is marked: by the one studied for, or
    (school not given) by the types it may be."""
    # a 硕士 student holds a 本科 (terms.ENROLMENT_PREREQUISITE)
    _, master = check_json("-e", "硕士", "--graduating", "-x", "1")
    assert [("master", True, None, None), ("bachelor", False, "master", None)] == [
        (d["education"], d["graduating"], d["implied_by"], d["possible"])
        for d in master["facts"]["diplomas"]
    ]
    # a student of a school not given holds a diploma some school asks for to enrol:
    # 小学及以下, 初中, 高中, 本科 or 硕士 (never a 技工学校 or 大专 diploma)
    _, unknown = check_json("--graduating", "-x", "1")
    assert [
        (None, True, None, None),
        (None, False, None, ["below_junior", "junior_middle", "senior_high", "bachelor", "master"]),
    ] == [
        (d["education"], d["graduating"], d["implied_by"], d["possible"])
        for d in unknown["facts"]["diplomas"]
    ]


@pytest.mark.parametrize(
    ("cert", "level_number", "expected", "since_status"),
    [
        # 2024-01-10 → 2026-11-27: 34 months; ≥ 24, so the 2 years may or may not be reached
        pytest.param("四级:2024-01-10", 3, "undetermined", "unknown", id="4-34-months"),
        # 2025-06-01 → 2026-11-27: 17 months < 24: whatever the experience, not yet
        pytest.param("四级:2025-06-01", 3, "not_eligible", "unmet", id="4-17-months"),
        # 2022-06-15 → 2026-11-27: 53 months ≥ 48
        pytest.param("三级:2022-06-15", 2, "undetermined", "unknown", id="3-53-months"),
        # 2023-01-01 → 2026-11-27: 46 months < 48
        pytest.param("三级:2023-01-01", 2, "not_eligible", "unmet", id="3-46-months"),
    ],
)
def test_dated_certificate_without_experience_is_bounded_by_its_date(
    cert: str, level_number: int, expected: str, since_status: str
) -> None:
    """Without the experience, the years since a dated certificate are at most the time since it."""
    # redesign (2): no continuous-work reading without the experience; the time since the
    # date is an upper bound: unmet below the threshold, unknown above it.
    code, report = check_json("-e", "大专", "--major", "related", "--cert", cert)
    assert 1 == code
    assert expected == level(report, level_number)["status"]
    pathway_id = "3-2" if level_number == 3 else "2-1"
    since = condition(report, pathway_id, "experience_since_certificate")
    assert since_status == since["status"]
    asked = [m["fact"] for m in report["missing_facts"] if level_number in m["levels"]]
    assert (["years_after_certificate"] if expected == "undetermined" else []) == asked


def test_dated_certificate_without_experience_is_reachable_on_the_anniversary() -> None:
    """四级 on 2025-06-01, experience unknown: 三级 not before 2027-06-01 (24 months after)."""
    _, report = check_json("-e", "大专", "--major", "related", "--cert", "四级:2025-06-01")
    assert "2027-06-01" == level(report, 3)["reachable_on"]


def test_condition_with_an_unmet_part_is_unmet_whatever_the_unknown_part() -> None:
    """An unrelated major fails 4-3 whatever the unknown diploma type; nothing is asked."""
    # redesign (3): 4-3 is unmet on the major alone, 4-1 (1 < 3 years) and 4-2 (no training)
    # are unmet, so 四级 is not eligible and the education could change no verdict
    # (3-1/3-2/2-1/1-1 need a certificate and none is held).
    code, report = check_json("--major", "unrelated", "-x", "1")
    assert 1 == code
    assert "unmet" == condition(report, "4-3", "education")["status"]
    assert {4: "not_eligible", 3: "not_eligible", 2: "not_eligible", 1: "not_eligible"} == (
        statuses(report)
    )
    assert [] == report["missing_facts"]


def test_documents_for_the_eligible_level_only() -> None:
    """SPEC §2: an eligible level lists what to bring for its pathway; every other level []."""
    # 三级 via 3-2: the [[documents]] of its three condition kinds (certificate 四级,
    # education, experience_since_certificate 四级 / 2 years); the diploma also proves G1.
    _, report = check_json(*PROFILE_A)
    assert sorted(
        [
            "四级(或更高等级)职业资格证书或职业技能等级证书",
            "学历证书(毕业证书)原件及复印件",
            "取得四级证书后的工作证明(劳动合同或社保缴费记录等),覆盖 2 年以上",
        ]
    ) == sorted(level(report, 3)["documents"])
    assert ([], [], []) == tuple(level(report, n)["documents"] for n in (4, 2, 1))


def test_documents_in_english_fill_in_the_years_of_the_pathway() -> None:
    """高中 and 5 years: 四级 via 4-1 needs proof of 3 years (the clause's years) and the diploma."""
    _, report = check_json("-e", "高中", "-x", "5", "--lang", "en")
    assert sorted(
        [
            "proof of work such as a labour contract (劳动合同) or social-insurance records "
            "(社保缴费记录) covering 3 years or more",
            "the diploma (毕业证书), original and copy",
        ]
    ) == sorted(level(report, 4)["documents"])


def test_routes_list_every_pathway_of_a_level_not_reached() -> None:
    """高中 and 1.5 years: 四级's routes are 4-2 (training alone), then 4-1 (time), then 4-3."""
    # 4-2: 1.5 ≥ 1 year, only the training lacks; 4-1: 1.5 more years → 2028-05-27;
    # 4-3: the diploma is not a technical school's. A held or eligible level has no route.
    _, report = check_json("-e", "高中", "-x", "1.5")
    routes = level(report, 4)["routes"]
    assert ["4-2", "4-1", "4-3"] == [r["pathway"] for r in routes]
    assert (None, "2028-05-27") == (routes[0]["on"], routes[1]["on"])
    _, report = check_json(*PROFILE_A)
    assert ([], []) == (level(report, 4)["routes"], level(report, 3)["routes"])


@pytest.mark.parametrize(
    ("args", "routes"),
    [
        # G1 fails (小学): 4-1 holds (5 ≥ 3) and waits on it; nothing else opens the level
        (("-e", "小学", "-x", "5"), [("4-1", "met"), ("4-2", "other"), ("4-3", "other")]),
        # G1 unknown: 4-1 holds; 4-3 waits for the diploma (facts); 4-2's training is
        # one action, but no action opens the level while G1 is not met
        (("-x", "5"), [("4-1", "met"), ("4-3", "facts"), ("4-2", "other")]),
    ],
)
def test_a_pathway_that_holds_while_a_general_condition_does_not_opens_by_met(
    args: tuple[str, ...], routes: list[tuple[str, str]]
) -> None:
    """A route ``opens`` by ``met`` when its pathway holds and the level waits on a general
    condition (README), listed first; it was listed as ``other``, after facts."""
    _, report = check_json(*args)
    assert routes == [(r["pathway"], r["opens"]) for r in level(report, 4)["routes"]]


# --- exit codes and --level -------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        pytest.param(PROFILE_A, 0, id="eligible-for-3"),
        pytest.param(("-e", "初中", "-x", "0.5"), 1, id="not-eligible"),
        pytest.param((), 1, id="undetermined"),
        pytest.param(("-e", "小学", "-x", "10"), 1, id="blocked-by-G1"),
    ],
)
def test_exit_code_without_level(args: tuple[str, ...], expected: int) -> None:
    """Exit 0 when eligible for some level, 1 when not eligible or undetermined."""
    assert expected == check(*args).exit_code


@pytest.mark.parametrize(
    ("wanted", "expected"),
    [
        pytest.param("3", 0, id="eligible-level"),
        pytest.param("三级", 0, id="eligible-level-alias"),
        pytest.param("4", 1, id="held-level"),
        pytest.param("2", 1, id="not-eligible-level"),
        pytest.param("L1", 1, id="not-eligible-level-alias"),
    ],
)
def test_exit_code_with_level(wanted: str, expected: int) -> None:
    """With --level, exit 0 only when that very level is eligible (held counts as 1)."""
    assert expected == check(*PROFILE_A, "--level", wanted).exit_code


def test_level_flag_judges_only_that_level() -> None:
    """高中/5 y is eligible for 四级 only: --level 3 gives 1 although some level is eligible."""
    assert (0, 1) == (
        check("-e", "高中", "-x", "5", "--level", "4").exit_code,
        check("-e", "高中", "-x", "5", "--level", "3").exit_code,
    )


# --- aliases on the command line ----------------------------------------------------


def test_aliases_traditional_chinese_and_major_word() -> None:
    """`-e 大專 --major 相关 --cert 四級:…` is the same candidate as the running example."""
    code, report = check_json(
        "-e", "大專", "--major", "相关", "-x", "3", "--cert", "四級:2024-01-10"
    )
    assert 0 == code
    assert {4: "held", 3: "eligible", 2: "not_eligible", 1: "not_eligible"} == statuses(report)
    assert "associate" == report["general"][0]["actual"]["education"]


@pytest.mark.parametrize("spelling", ["四级", "四級", "4", "中级工", "中級工", "L4", "level4"])
def test_cert_level_aliases(spelling: str) -> None:
    """Every spelling of level 4 in --cert makes 四级 held."""
    code, report = check_json("-e", "高中", "--cert", spelling)
    assert "held" == level(report, 4)["status"]
    assert 1 == code


def test_certificates_typed_in_one_cert_without_a_comma_are_each_read() -> None:
    """`--cert "四级 2024-01-10 三级 2025-01-01"` is both certificates, as a cell or an answer
    reads it. Related 大专, 10 years: 四级 and 三级 held; 2-1 needs 4 years after the 三级,
    and 2025-01-01 → 2026-11-27 is 22 months: not eligible; 1-1 needs a 二级."""
    code, report = check_json(
        "-e", "大专", "--major", "相关", "-x", "10", "--cert", "四级 2024-01-10 三级 2025-01-01"
    )
    given = [(c["level"], c["date"]) for c in report["facts"]["certificates"]]
    assert [(4, "2024-01-10"), (3, "2025-01-01")] == sorted(given, reverse=True)
    assert {4: "held", 3: "held", 2: "not_eligible", 1: "not_eligible"} == statuses(report)
    assert 1 == code


def test_training_alias_level4() -> None:
    """`--training level4` is formal training for 四级, meeting 4-2 with one year."""
    code, report = check_json("-e", "高中", "-x", "1", "--training", "level4")
    assert 0 == code
    assert ["4-2"] == level(report, 4)["qualifying_pathways"]


@pytest.mark.parametrize(
    ("given", "trainings"),
    [
        (("四级、三级",), [4, 3]),
        (("四级,三级",), [4, 3]),
        (("四级和三级",), [4, 3]),
        (("四级培训;三级培训",), [4, 3]),
        (("四级", "三级"), [4, 3]),  # repeated, as before
        (("无",), []),  # none, known: as --cert 无
        (("四级,三级。",), [4, 3]),  # a sentence's full stop after the list
        (("参加了四级培训，已结业",), [4]),  # one training, its 结业 after a comma
        (("报名参加四级培训并已结业",), [4]),
        (("四级培训 已取得结业证书",), [4]),
    ],
)
def test_training_takes_a_list_as_a_sheets_cell_does(
    given: tuple[str, ...], trainings: list[int]
) -> None:
    """`--training 四级,三级` was refused (“无法识别”) where `--cert 四级,三级` and a sheet's 培训
    cell read a list: it reads one too. With 高中 and 1 year, 四级 training opens 4-2."""
    flags = [arg for t in given for arg in ("--training", t)]
    code, report = check_json("-e", "高中", "-x", "1", *flags)
    assert trainings == report["facts"]["trainings"]
    assert (0 if trainings else 1) == code
    assert (["4-2"] if trainings else []) == level(report, 4)["qualifying_pathways"]


def test_a_training_with_a_comma_in_brackets_is_quoted_whole() -> None:
    """``--training "四级(电商,直播)"`` is refused quoting it whole (“四级(中级工” was quoted for
    ``四级(中级工,L4)``, half of what was typed): the comma inside the brackets parts nothing."""
    result = check("-e", "高中", "-x", "1", "--training", "四级(电商,直播)")
    assert 2 == result.exit_code
    assert "“四级(电商,直播)”" in all_text(result)


@pytest.mark.parametrize("value", ["四级(中级工,L4)", "四级（中级工、L4）"])
def test_a_level_glossed_by_its_other_names_is_read(value: str) -> None:
    """``--training "四级(中级工,L4)"`` was refused as not recognised, listing 四级/中级工/L4
    among the accepted values: every name in it is 四级's. It is the 四级 training: by hand,
    高中 and 1 year with it meet 4-2 (1 year and the 四级 training), exit 0."""
    code, report = check_json("-e", "高中", "-x", "1", "--training", value)
    assert (0, [4]) == (code, report["facts"]["trainings"])
    assert ["4-2"] == level(report, 4)["qualifying_pathways"]


@pytest.mark.parametrize("title", ["工程师:2020-01-01:对应", "中级:2020-01-01:对应"])
def test_a_title_by_its_engineering_name_is_its_level(title: str) -> None:
    """``--title 工程师`` was refused (exit 2); it is a 中级 title, as ``--title 中级``. By hand
    (template-2023, 高中, 8 years, the title since 2020-01-01, capped by the 8 years): T4-1's 5
    years, T3-3 (a 初级 or higher title, 1 year after it) and T2-3 (a 中级 title, 1 year after
    it); 一级 wants a 高级 title or a 二级 certificate."""
    code, report = check_json(
        "--edition", "template-2023", "-e", "高中", "-x", "8", "--title", title
    )
    assert 0 == code
    assert {4: "eligible", 3: "eligible", 2: "eligible", 1: "not_eligible"} == statuses(report)
    assert ["T2-3"] == level(report, 2)["qualifying_pathways"]


@pytest.mark.parametrize(
    ("title", "said"),
    [
        # a 中级 title meets T3-3's "取得…初级职称后": a reading, said
        ("中级:2020-01-01:对应", True),
        # a 初级 title is the one asked: nothing to say
        ("初级:2020-01-01:对应", False),
    ],
)
def test_a_higher_title_counting_for_the_one_asked_is_said(title: str, said: bool) -> None:
    """The template's T3-3 asks for a 初级 title (取得…初级职称后, 1 year after it); a 中级 title
    counts for it, which is a reading of the wording, not its letter: the verdict that rests
    on it says so among its assumptions. By hand (template-2023, 高中, 2 years, the title since
    2020-01-01, so 2 years after it, capped by the 2 years in all): 三级 by T3-3; 四级's T4-1
    asks for 5 years, T4-2 a vocational diploma."""
    code, report = check_json(
        "--edition", "template-2023", "-e", "高中", "-x", "2", "--title", title
    )
    assert 0 == code
    assert ["T3-3"] == level(report, 3)["qualifying_pathways"]
    texts = [a["text"] for a in report["assumptions"]]
    note = (
        "要求初级职称的条件按“初级职称或更高职称”计:所持中级职称视同满足(原文为“取得…初级职称后”)"
    )
    assert said == (note in texts)


@pytest.mark.parametrize("spelling", ["大专", "大專", "专科", "高职", "associate"])
def test_education_aliases_for_associate(spelling: str) -> None:
    """Every SPEC spelling of 大专 is read as `associate`."""
    _, report = check_json("-e", spelling)
    assert "associate" == report["general"][0]["actual"]["education"]


# --- --input: file, stdin, flags overriding ------------------------------------------


CANDIDATE_A = {
    "education": "associate",
    "major": "related",
    "experience": 3,
    "certificates": [{"level": 4, "date": "2024-01-10"}],
    "as_of": "2026-11-27",
}


def test_input_from_file(tmp_path: Path) -> None:
    """A JSON candidate file gives the running example's verdict, with as_of from the file."""
    path = tmp_path / "candidate.json"
    path.write_text(json.dumps(CANDIDATE_A), encoding="utf-8")
    result = invoke(["check", "--input", str(path), "--format", "json"])
    report = json.loads(result.stdout)
    assert 0 == result.exit_code
    assert "2026-11-27" == report["as_of"]
    assert {4: "held", 3: "eligible", 2: "not_eligible", 1: "not_eligible"} == statuses(report)


def test_input_from_stdin() -> None:
    """`--input -` reads the candidate from stdin."""
    result = invoke(["check", "--input", "-", "--format", "json"], input=json.dumps(CANDIDATE_A))
    report = json.loads(result.stdout)
    assert (0, [3]) == (result.exit_code, report["eligible_levels"])


def test_input_accepts_chinese_values(tmp_path: Path) -> None:
    """The JSON file takes the same aliases as the flags (大专, 相关, 四级)."""
    path = tmp_path / "candidate.json"
    # redesign: in a JSON document years are JSON numbers (the string "3" is refused,
    # see test_bad_input.py); spellings of values are still accepted.
    data = {
        "education": "大专",
        "major": "相关",
        "experience": 3,
        "certificates": [{"level": "四级", "date": "2024-01-10"}],
    }
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, report = check_json("--input", str(path))
    assert (0, [3]) == (code, report["eligible_levels"])


def test_flag_overrides_input_file(tmp_path: Path) -> None:
    """`-x 1` replaces the file's 3 years: 12 months capped since 四级 < 24, so no 三级."""
    path = tmp_path / "candidate.json"
    path.write_text(json.dumps(CANDIDATE_A), encoding="utf-8")
    code, report = check_json("--input", str(path), "-x", "1")
    assert 1 == code
    assert {4: "held", 3: "not_eligible", 2: "not_eligible", 1: "not_eligible"} == statuses(report)


def test_as_of_flag_overrides_input_file(tmp_path: Path) -> None:
    """--as-of 2025-01-10 replaces the file's date: 12 months since 四级, so no 三级."""
    path = tmp_path / "candidate.json"
    path.write_text(json.dumps(CANDIDATE_A), encoding="utf-8")
    code, report = check_json("--input", str(path), "--as-of", "2025-01-10")
    assert ("2025-01-10", 1) == (report["as_of"], code)
    assert "not_eligible" == level(report, 3)["status"]


def test_work_history_in_input_file(tmp_path: Path) -> None:
    """work_history periods in the file are counted like --work."""
    path = tmp_path / "candidate.json"
    data = {
        "education": "senior_high",
        "work_history": [{"start": "2020-01-01", "end": "2022-12-31"}],
    }
    path.write_text(json.dumps(data), encoding="utf-8")
    code, report = check_json("--input", str(path))
    assert (0, ["4-1"]) == (code, level(report, 4)["qualifying_pathways"])


def test_schema_prints_json_schema() -> None:
    """--schema prints a JSON Schema whose properties are the candidate's fields."""
    result = invoke(["check", "--schema"])
    assert 0 == result.exit_code
    schema = json.loads(result.stdout)
    assert "properties" in schema
    assert {"education", "major", "experience", "certificates", "trainings", "as_of"} <= set(
        schema["properties"]
    )


# --- the explanation table --------------------------------------------------------


def test_table_zh_has_clause_ids_and_verdict_words() -> None:
    """The zh table names the clauses and says 已持有, 可以报考 and 暂不可报考."""
    result = check(*PROFILE_A)
    assert 0 == result.exit_code
    for word in ("已持有", "可以报考", "暂不可报考", "3-2", "2-1", "1-1", "G1"):
        assert word in result.stdout, word
    assert ANSI not in all_text(result)


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(PROFILE_A, id="held-eligible"),
        pytest.param(("-e", "小学", "-x", "10"), id="blocked"),
        pytest.param((), id="nothing-known"),
        pytest.param(("--major", "unrelated", "-x", "1"), id="education-unknown"),
        pytest.param(("-e", "本科", "--direction", "数据分析", "-x", "5"), id="direction"),
    ],
)
def test_table_zh_has_no_internal_ids(args: tuple[str, ...]) -> None:
    """SPEC §3: the zh table has no value or assumption ids, only clause ids and command names."""
    text = re.sub(r"--[a-z-]+", "", check(*args).stdout)
    words = set(re.findall(r"[A-Za-z_][A-Za-z_-]{2,}", text))
    assert set() == words - {"mediaops", "plan", "guide", "start"}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_table_shows_assumptions_by_their_words(lang: str) -> None:
    """The assumptions a verdict used are shown by their words, never by their ids."""
    # redesign (6): ids only in JSON. PROFILE_A rests on 3-2 ("after the certificate");
    # 2-1 and 1-1 state the 4 years.
    result = check(*PROFILE_A, lang=lang)
    for assumption in ("years-after-certificate", "four-years"):
        assert squash(ASSUMPTION_TEXTS[assumption][lang]) in squash(result.stdout), assumption
    for assumption in ASSUMPTION_IDS:
        assert assumption not in result.stdout
    _, report = check_json(*PROFILE_A, lang=lang)
    ids = [a["id"] for a in report["assumptions"] if a["id"] is not None]
    assert ["years-after-certificate", "four-years"] == ids


def test_a_verdict_rests_only_on_assumptions_every_qualifying_pathway_uses() -> None:
    """A final-year 技工学校 student (related major): 四级 by 4-3 alone rests on counting
    final-year students; with 3 years of work too, 4-1 also qualifies and needs no
    assumption, so the verdict rests on none (it listed final-year-students). G1's note on
    the student's diploma stays: the general condition is met on it either way."""
    student = ("-e", "技工学校", "--major", "related", "--graduating")
    _, alone = check_json(*student)
    assert (["4-3"], ["final-year-students"]) == (
        alone["levels"][0]["qualifying_pathways"],
        alone["levels"][0]["assumptions"],
    )
    _, both = check_json(*student, "-x", "3")
    assert (["4-1", "4-3"], []) == (
        both["levels"][0]["qualifying_pathways"],
        both["levels"][0]["assumptions"],
    )
    assert "final-year-students" not in [a["id"] for a in both["assumptions"]]
    assert any("在校应届毕业生" in a["text"] for a in both["assumptions"] if a["id"] is None)


@pytest.mark.parametrize(
    ("facts", "expected", "words"),
    [
        # no certificate: 3-1 and 3-2 are shut by the 四级 not held, 2-1 and 1-1 by the
        # 三级 and 二级 not held; what they assume of the years after changes nothing
        (
            ("-e", "大专", "--major", "相关", "-x", "3", "--cert", "无"),
            [[], [], [], []],
            ["years-after-certificate", "four-years"],
        ),
        # a 三级 of 2024-01-01, 2.9 years before: 2-1 is unmet only on the 4 years taken for
        # "一定年限" (2 would do); 1-1 is shut by the 二级 not held
        (
            ("-e", "大专", "--major", "相关", "-x", "10", "--cert", "三级:2024-01-01"),
            [[], [], ["four-years"], []],
            ["four-years"],  # 三级 held: its 3-2 is not shown
        ),
        # a 四级 of 2025-06-01, 1.5 years before: 3-2 is unmet only on counting its 2 years
        # after the certificate (10 years in all would do); 3-1 is shut by the diploma
        (
            ("-e", "大专", "--major", "相关", "-x", "10", "--cert", "四级:2025-06-01"),
            [[], ["years-after-certificate"], [], []],
            ["years-after-certificate", "four-years"],
        ),
        # a 四级 of 2023-06-01 and 3 years: 三级 by 3-2, counting its years after the 四级
        (
            ("-e", "大专", "--major", "相关", "-x", "3", "--cert", "四级:2023-06-01"),
            [[], ["years-after-certificate"], [], []],
            ["years-after-certificate", "four-years"],
        ),
    ],
)
def test_a_level_not_reached_rests_only_on_assumptions_that_could_open_it(
    facts: tuple[str, ...], expected: list[list[str]], words: list[str]
) -> None:
    """A level not eligible listed every assumption of its closest pathway: "一定年限" of 4
    years for a candidate with no 三级, whom no number of years would let into 二级, and a
    batch counted them as resting on it. A level not eligible rests on an assumption only
    where a pathway is unmet on conditions that all rest on one. The report's own list still
    names those its words use (2-1's "取证后还需从业满 4 年")."""
    _, report = check_json(*facts, "--as-of", "2026-11-27")
    assert expected == [lv["assumptions"] for lv in report["levels"]]
    ids = [a["id"] for a in report["assumptions"] if a["id"] is not None]
    assert words == ids


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        # 2023 template, no diploma given, 5 years, a 四级 of 2024-06-01 (2.5 years before):
        # 三级 is undetermined on T3-4 to T3-6 (the diploma). T3-1 (10 years in all) and
        # T3-2 (4 years after the 四级) are unmet only on years the template gives
        # (template-values): were they fewer, T3-2 would be met and 三级 eligible. So the
        # undetermined 三级 rests on them; 二级 is not eligible, T2-5 shut only on its 2 years
        # after a 三级 (the diploma unknown); 一级 is shut by the 二级 not held
        (
            ("--edition", "template-2023", "-x", "5", "--cert", "四级:2024-06-01"),
            [[], ["template-values"], ["template-values"], []],
        ),
        # summary rules, no diploma given, 5 years, a 四级 of 2025-06-01: 3-2 is unmet on
        # its 2 years after the 四级, but its diploma is not known either, and neither is
        # G1: whatever 3-2 assumes, 三级 stays undetermined, so it rests on nothing
        (
            ("-x", "5", "--cert", "四级:2025-06-01"),
            [[], [], [], []],
        ),
    ],
)
def test_an_undetermined_level_rests_on_what_could_open_it(
    facts: tuple[str, ...], expected: list[list[str]]
) -> None:
    """An undetermined level rested only on its closest pathway's assumptions: a pathway
    unmet only on conditions that rest on one, all its others met, was left out though the
    level would be eligible by it were they not so (years the 2023 template gives). It is
    counted where the general conditions are met; an unknown condition beside it leaves the
    level undetermined whatever it assumes."""
    _, report = check_json(*facts, "--as-of", "2026-11-27")
    assert expected == [lv["assumptions"] for lv in report["levels"]]
    assert ["held", "undetermined", "not_eligible", "not_eligible"] == [
        lv["status"] for lv in report["levels"]
    ]


@pytest.mark.parametrize(
    ("certificate", "expected"),
    [
        # no certificate: 3-1 and 3-2 are shut by the 四级 not held, of whatever direction
        ("无", [[], [], [], []]),
        # a 四级 of 2025-06-01, 1.5 years before, 10 years in all: 3-2 is unmet only on
        # counting its 2 years after the 四级; which direction's 四级 counts opens nothing
        ("四级:2025-06-01", [[], ["years-after-certificate"], [], []]),
    ],
)
def test_a_level_not_eligible_rests_on_no_direction_assumption(
    certificate: str, expected: list[list[str]]
) -> None:
    """数据分析 has no 四级; 三级's clauses asking for one accept a 四级 of any direction
    (certificate-any-direction). That widens what counts: were it not so, fewer
    certificates would, so a 三级 not eligible cannot rest on it. It was listed for every
    such candidate (and counted by a batch), one without any 四级 too."""
    _, report = check_json(
        "-e", "大专", "--major", "相关", "-x", "10", "--direction", "数据分析",
        "--cert", certificate, "--as-of", "2026-11-27",
    )  # fmt: skip
    assert expected == [lv["assumptions"] for lv in report["levels"]]
    assert "not_eligible" == report["levels"][1]["status"]


@pytest.mark.parametrize(
    ("facts", "level_4"),
    [
        # G1 met: 四级 by T4-1 (5 years, the template's value for 四级) rests on that alone
        (("-e", "高中"), ["four-level-work-years"]),
        # G1 not met, or not known: 四级 is eligible only because G1 is a note, not a
        # condition (blocking, it would make 四级 not eligible, or undetermined)
        (("-e", "小学"), ["four-level-work-years", "education-note"]),
        ((), ["four-level-work-years", "education-note"]),
    ],
)
def test_an_eligible_level_rests_on_a_general_condition_being_only_a_note(
    facts: tuple[str, ...], level_4: list[str]
) -> None:
    """Under the 2023 template, G1 (初中及以上) is a note that blocks nothing, itself an
    assumption (education-note). A 小学 candidate with 6 years was eligible for 四级 with
    only T4-1's assumption listed, and a batch did not count the note: a verdict that
    holds only while G1 does not block rests on it."""
    _, report = check_json("--edition", "template-2023", *facts, "-x", "6", "--as-of", "2026-11-27")
    four = level(report, 4)
    assert ("eligible", level_4) == (four["status"], four["assumptions"])
    said = [a["id"] for a in report["assumptions"]]
    assert ("education-note" in level_4) == ("education-note" in said)


def test_table_lists_the_training_route_first() -> None:
    """高中 and 1.5 years: 四级's row leads with the training that alone opens 4-2, then 4-1, 4-3."""
    # redesign (5): every route to a level not reached, the training route first.
    flat = squash(check("-e", "高中", "-x", "1.5").stdout)
    row = flat[flat.index("四级/中级工") : flat.index("三级/高级工")]
    route = squash("→ 完成四级正规培训(取得结业证书)即可报考四级(4-2)")
    assert row.index(route) < row.index("4-1") < row.index("4-3")
    assert "还差1.5年从业经历" in row


def test_table_lists_the_training_route_in_english() -> None:
    """The same route in the en table names the training for level 4 and clause 4-2."""
    flat = squash(check("-e", "高中", "-x", "1.5", lang="en").stdout)
    row = flat[flat.index("4·Intermediate") : flat.index("3·Advanced")]
    assert row.startswith("4·Intermediate✘noteligible→")
    assert row.index("(4-2)") < row.index("4-1") < row.index("4-3")


def test_training_route_not_offered_while_g1_is_unknown() -> None:
    """With 3 years and no education, 4-1 holds already: only the education can settle 四级."""
    # 4-1 is met and G1 unknown: 四级 is undetermined until the education is given; a
    # training cannot change that, so no route may say it makes the level reachable.
    code, report = check_json("-x", "3")
    assert (1, "undetermined") == (code, level(report, 4)["status"])
    assert "即可报考" not in check("-x", "3").stdout


def test_table_en_has_clause_ids_and_verdict_words() -> None:
    """The en table names the clauses and says held, eligible and not eligible."""
    result = check(*PROFILE_A, "--lang", "en")
    assert 0 == result.exit_code
    for word in ("held", "eligible", "not eligible", "3-2", "2-1", "1-1", "G1"):
        assert word in result.stdout, word
    assert "可以报考" not in result.stdout
    assert ANSI not in all_text(result)


def test_table_shows_actual_years_and_shortfall() -> None:
    """The table shows the 2.83 years since 四级 and, for 4-1 unmet, the years still needed."""
    assert "2.83" in check(*PROFILE_A).stdout
    # 高中 and 1.5 years: 4-1 needs 1.5 more years (SPEC §2: "还差 1.5 年从业经历")
    assert "还差 1.5 年从业经历" in check("-e", "高中", "-x", "1.5").stdout
    english = check("-e", "高中", "-x", "1.5", lang="en").stdout
    assert squash("needs 1.5 more years of experience") in squash(english)


def test_a_shortfall_is_said_as_the_time_until_its_date() -> None:
    """Worked since 2023-11-28, on 2026-11-27: 35 complete months and 30 days, one month
    short of 4-1's 36 in complete months (SPEC §1), and 3 years are reached the next day:
    the shortfall is "1 天", beside that date (it read "0.09 年", rounded up from one month,
    then "1 个月", at odds with tomorrow's date). Since 2024-03-15: 32 months, 36 reached on
    2027-03-15, 3 months and 16 days away. Since 2024-01-27: 34 months, 2 whole months."""
    cases = [
        ("2023-11-28..", "还差 1 天从业经历", "needs 1 more day of experience", "2026-11-28"),
        (
            "2024-03-15..",
            "还差 3 个月 16 天从业经历",
            "needs 3 more months and 16 days of experience",
            "2027-03-15",
        ),
        ("2024-01-27..", "还差 2 个月从业经历", "needs 2 more months of experience", "2027-01-27"),
        # a stretch that ended: 14 complete months and 29 days (2025-03-19..2026-06-17) counted
        # as 14 months with the days kept: on 2027-03-12 the 36 come 21 months on, 2028-12-12
        # (it said 1 年 10 个月, the months as counted, beside that date)
        (
            "2025-03-19..2026-06-17",
            "还差 1.75 年从业经历",
            "needs 1.75 more years of experience",
            "2028-12-12",
        ),
    ]
    for work, zh, en, on in cases:
        args = ("-e", "高中", "--work", work)
        if work.startswith("2025"):
            args = (*args, "--as-of", "2027-03-12")
        assert squash(zh) in squash(check(*args).stdout)
        assert squash(en) in squash(check(*args, lang="en").stdout)
        _, report = check_json(*args)
        assert ([zh], on) == (report["levels"][0]["missing"], report["levels"][0]["reachable_on"])


def test_a_decimal_shortfall_is_said_as_the_months_to_its_date() -> None:
    """高中 and 2.95 years of 4-1's 3: months count whole, so 3 years come a month on
    (2026-12-27), and the shortfall says 1 个月 (0.05 年 would read as 18 days); 2.5 years:
    6 months on, said 0.5 年 as the years are exact."""
    for years, said, on in (
        ("2.95", "还差 1 个月从业经历", "2026-12-27"),
        ("2.5", "还差 0.5 年从业经历", "2027-05-27"),
    ):
        _, report = check_json("-e", "高中", "-x", years)
        assert ([said], on) == (report["levels"][0]["missing"], report["levels"][0]["reachable_on"])


def test_the_days_pooled_from_separate_stretches_are_said() -> None:
    """Two stretches of 15 and 20 days hold no complete month; their 35 leftover days are
    pooled (README: every 30 days one more month), and the table says so rather than only
    "共 1 个月"; one stretch of 5 months and 15 days counts its 5 whole months, plainly."""
    pooled = squash(check("-e", "高中", "--work", "2020-01-01..2020-01-15",
                          "--work", "2020-02-01..2020-02-20").stdout)  # fmt: skip
    assert (
        squash("各段整月共 0 个月,各段不足整月的 35 天合计折 1 个月(每 30 天计 1 个月),共 1 个月")
        in pooled
    )
    english = squash(check("-e", "高中", "--work", "2020-01-01..2020-01-15",
                           "--work", "2020-02-01..2020-02-20", lang="en").stdout)  # fmt: skip
    assert squash("the 35 days left over in them pooled as 1 more (30 days a month)") in english
    single = squash(check("-e", "高中", "--work", "2020-01-01..2020-06-15").stdout)
    assert squash("2020-01-01..2020-06-15,共 5 个月 = 0.42 年") in single
    assert "不足整月" not in single


def test_the_days_pooled_after_a_certificate_are_said() -> None:
    """3-2 met on 23 whole months of work after the 四级 and 30 days left over in two
    stretches, pooled as the 24th: the verdict rests on the pooling, and the note on the
    years since the certificate says so, as the experience line does."""
    args = ("-e", "大专", "--major", "related", "--work", "2024-01-01..2024-12-30",
            "--work", "2025-06-01..2026-05-31", "--cert", "4:2024-01-01")  # fmt: skip
    _, report = check_json(*args)
    assert statuses(report)[3] == "eligible"
    zh = squash(check(*args).stdout)
    assert squash("各段整月共 23 个月,各段不足整月的 30 天合计折 1 个月(每 30 天计 1 个月)") in zh
    en = squash(check(*args, lang="en").stdout)
    assert squash("the 30 days left over in them pooled as 1 more (30 days a month)") in en


def test_the_json_of_an_edition_inferred_from_a_template_carries_its_notice() -> None:
    """EDITIONS.md: an edition built from the 2023 template says so wherever it is shown, in
    its words; the JSON carries them in ``ruleset.notice`` whatever the verdicts rest on (a
    一级 certificate rests on no clause), null for the published summary."""
    notice = "按 2023 年版国家职业标准编制规程模板推定,以当地认定机构公布的条件为准"
    _, report = check_json("--edition", "template-2023", "-e", "高中", "--cert", "一级")
    assert report["ruleset"]["notice"] == notice
    _, summary = check_json("-e", "高中", "--cert", "一级")
    assert summary["ruleset"]["notice"] is None


def test_table_undetermined_word() -> None:
    """With nothing known the table says 无法判断 / undetermined."""
    assert "无法判断" in check().stdout
    assert "undetermined" in check(lang="en").stdout


def test_table_has_no_ansi_for_every_profile() -> None:
    """No colour codes reach a non-terminal, whatever the verdicts."""
    for args in [PROFILE_A, ("-e", "小学"), (), ("-e", "技工学校", "--major", "same")]:
        assert ANSI not in all_text(check(*args))


# --- language -----------------------------------------------------------------------


def test_lang_flag_en_json() -> None:
    """--lang en gives English level names and clause texts in the JSON."""
    _, report = check_json(*PROFILE_A, "--lang", "en")
    for lv in report["levels"]:
        assert CJK.search(lv["name"]) is None, lv["name"]
    assert CJK.search(report["general"][0]["text"]) is None


def test_env_mediaops_lang_en() -> None:
    """MEDIAOPS_LANG=en switches the table to English without --lang."""
    result = check(*PROFILE_A, lang="en")
    assert "eligible" in result.stdout
    assert "可以报考" not in result.stdout


def test_lang_flag_beats_environment() -> None:
    """--lang zh wins over MEDIAOPS_LANG=en."""
    result = check(*PROFILE_A, "--lang", "zh", lang="en")
    assert "可以报考" in result.stdout


def test_default_language_is_chinese() -> None:
    """Without --lang and with MEDIAOPS_LANG unset, the text is Chinese."""
    result = runner.invoke(
        app, ["check", *PROFILE_A, "--as-of", AS_OF], env={"MEDIAOPS_LANG": None}
    )
    assert "可以报考" in result.stdout


#: What a run says first on stderr when MEDIAOPS_LANG names no language of the tool.
LANG_ENV_WARNING = (
    "mediaops: 环境变量 MEDIAOPS_LANG 的值 “{}” 不是支持的语言(可用 zh、en),按中文显示。"
)


@pytest.mark.parametrize("value", ["fr", "de_DE.UTF-8", "japanese"])
def test_an_unsupported_mediaops_lang_is_chinese_and_said_so(value: str) -> None:
    """MEDIAOPS_LANG=fr gives the Chinese output it gave, and one line on stderr, in
    Chinese, naming the value and the accepted ones."""
    chinese = check(*PROFILE_A)
    result = check(*PROFILE_A, lang=value)
    assert (chinese.exit_code, chinese.stdout) == (result.exit_code, result.stdout)
    assert LANG_ENV_WARNING.format(value) + "\n" + chinese.stderr == result.stderr


@pytest.mark.parametrize("value", ["zh", "en", "zh_CN.UTF-8", "en_US.UTF-8", "中文", "", " "])
def test_a_supported_or_blank_mediaops_lang_says_nothing_of_it(value: str) -> None:
    """zh, en (in the forms a locale writes them) or nothing set: no word of the language."""
    result = check(*PROFILE_A, lang=value)
    assert "MEDIAOPS_LANG" not in result.stderr


def test_lang_flag_over_an_unsupported_mediaops_lang_says_nothing_of_it() -> None:
    """--lang en decides the language: MEDIAOPS_LANG=fr is not read, nor said to be unread."""
    result = check(*PROFILE_A, "--lang", "en", lang="fr")
    assert "eligible" in result.stdout
    assert "MEDIAOPS_LANG" not in result.stderr


def test_an_unsupported_lang_flag_is_a_usage_error() -> None:
    """--lang fr is refused with exit 2 (not read as Chinese as MEDIAOPS_LANG=fr is)."""
    result = check(*PROFILE_A, "--lang", "fr")
    assert 2 == result.exit_code
    assert "“fr”" in result.stderr
    assert "" == result.stdout


# --- exit statuses of the boundary ---------------------------------------------------


@pytest.mark.parametrize(("lang", "title"), [("zh", "内部错误"), ("en", "Internal error")])
def test_internal_error_exits_70_without_traceback(
    monkeypatch: pytest.MonkeyPatch, lang: str, title: str
) -> None:
    """A fault of the program (not of the input) is exit 70 with a short message, no traceback."""
    # redesign (8): 70 (EX_SOFTWARE) for an internal error, never 0, 1 or 2.

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("engine exploded")

    monkeypatch.delenv("MEDIAOPS_DEBUG", raising=False)
    monkeypatch.setattr(mediaops.report, "evaluate", broken)
    result = check(*PROFILE_A, lang=lang)
    assert 70 == result.exit_code
    assert f"mediaops: {title}" in stderr_of(result)
    assert "Traceback" not in all_text(result)
    assert "" == result.stdout


# --- rules show -------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_rules_show_table_lists_every_clause_and_assumption(lang: str) -> None:
    """`rules show` lists G1–G3, every pathway id and the words of every assumption."""
    # redesign (6): the table shows assumptions by their words; their ids only in JSON.
    result = invoke(["rules", "show", "--lang", lang])
    assert 0 == result.exit_code
    for clause in CLAUSE_IDS:
        assert clause in result.stdout, clause
    for assumption in ASSUMPTION_IDS:
        assert squash(ASSUMPTION_TEXTS[assumption][lang]) in squash(result.stdout), assumption
        assert assumption not in result.stdout
    assert ANSI not in all_text(result)


def test_rules_show_json_lists_every_clause_and_assumption() -> None:
    """`rules show --format json` holds every clause id and assumption id."""
    result = invoke(["rules", "show", "--format", "json"])
    assert 0 == result.exit_code
    data = json.loads(result.stdout)
    general = [g["id"] for g in data["general"]]
    pathways = [p["id"] for lv in data["levels"] for p in lv["pathways"]]
    assert list(CLAUSE_IDS) == general + pathways
    assert list(ASSUMPTION_IDS) == [a["id"] for a in data["assumptions"]]


def test_rules_show_json_marks_the_assumed_values() -> None:
    """The 4 years of 2-1 and 1-1 and the "after" of 3-2 are marked as assumptions."""
    data = json.loads(invoke(["rules", "show", "--format", "json"]).stdout)
    marks = {
        p["id"]: sorted({c.get("assumption") for c in p["conditions"]} - {None})
        for lv in data["levels"]
        for p in lv["pathways"]
    }
    assert ["four-years"] == marks["2-1"]
    assert ["four-years"] == marks["1-1"]
    assert ["years-after-certificate"] == marks["3-2"]
    assert ["final-year-students"] == marks["4-3"]
    assert ["final-year-students"] == marks["3-1"]


# --- rules validate -----------------------------------------------------------------


def write_rules(tmp_path: Path, *replacements: tuple[str, str]) -> Path:
    """A copy of the built-in ruleset with each (old, new) replaced exactly once."""
    text = RULES_FILE.read_text(encoding="utf-8")
    for old, new in replacements:
        assert 1 == text.count(old), old
        text = text.replace(old, new)
    path = tmp_path / "broken.toml"
    path.write_text(text, encoding="utf-8")
    return path


NEGATIVE_YEARS = ('{ kind = "experience", years = 1 }', '{ kind = "experience", years = -1 }')
LEVEL_SEVEN = ('{ kind = "certificate", level = 3 }', '{ kind = "certificate", level = 7 }')
UNKNOWN_KEY = ('id = "4-1"\n', 'id = "4-1"\ncolour = "red"\n')
DUPLICATE_ID = ('id = "4-2"', 'id = "4-1"')
UNKNOWN_ASSUMPTION = (
    '{ kind = "experience_since_certificate", level = 3, years = 4, assumption = "four-years" }',
    '{ kind = "experience_since_certificate", level = 3, years = 4, assumption = "five-years" }',
)
YEARS_TRUE = ('{ kind = "experience", years = 1 }', '{ kind = "experience", years = true }')
YEARS_TEXT = ('{ kind = "experience", years = 1 }', '{ kind = "experience", years = "1" }')
LEVEL_TEXT = ('{ kind = "certificate", level = 3 }', '{ kind = "certificate", level = "3" }')
DIRECTION_TWICE = (
    'creative planning" }\nlevels = [4, 3, 2, 1]',
    'creative planning" }\nlevels = [3, 3, 1]',
)
#: "yes" was read as true by pydantic's lax reading: the file was called valid
BLOCKING_YES = ("blocking = true", 'blocking = "yes"')
#: a 三级 pathway asking for a 三级 certificate: whoever holds it holds 三级 already
CERTIFICATE_OWN_LEVEL = (
    '{ kind = "certificate", level = 4 },\n  { kind = "education", any_of = ["senior',
    '{ kind = "certificate", level = 3 },\n  { kind = "education", any_of = ["senior',
)


def test_validate_builtin_file() -> None:
    """The built-in ruleset validates: exit 0."""
    result = invoke(["rules", "validate", str(RULES_FILE)], lang="en")
    assert 0 == result.exit_code
    assert "valid" in result.output


@pytest.mark.parametrize(
    ("replacement", "location"),
    [
        pytest.param(UNKNOWN_KEY, "levels[level=4].pathways[4-1].colour", id="unknown-key"),
        pytest.param(
            NEGATIVE_YEARS, "levels[level=4].pathways[4-2].conditions[0].years", id="negative"
        ),
        pytest.param(DUPLICATE_ID, "levels[level=4].pathways[4-1]", id="duplicate-id"),
        pytest.param(
            LEVEL_SEVEN, "levels[level=2].pathways[2-1].conditions[0].level", id="level-7"
        ),
        pytest.param(
            UNKNOWN_ASSUMPTION,
            "levels[level=2].pathways[2-1].conditions[1].assumption",
            id="unknown-assumption",
        ),
        # a rules file is validated strictly: true and "1" are no numbers of years (true was
        # read as 1 year: "满 5 年(实际 1 年)" met)
        pytest.param(YEARS_TRUE, "levels[level=4].pathways[4-2].conditions[0].years", id="true"),
        pytest.param(YEARS_TEXT, "levels[level=4].pathways[4-2].conditions[0].years", id="text"),
        pytest.param(
            LEVEL_TEXT, "levels[level=2].pathways[2-1].conditions[0].level", id="level-text"
        ),
        # a direction naming a level twice is a slip
        pytest.param(
            DIRECTION_TWICE, "directions[creative_planning].levels", id="direction-level-twice"
        ),
        # a direction's source is a key of [sources], as a clause's is
        pytest.param(
            (
                'from level 3 up only" }\nsource = "standard"',
                'from level 3 up only" }\nsource = "standards"',
            ),
            "directions[data_analysis].source",
            id="direction-unknown-source",
        ),
        pytest.param(BLOCKING_YES, "general[G1].blocking", id="blocking-yes"),
        pytest.param(
            CERTIFICATE_OWN_LEVEL,
            "levels[level=3].pathways[3-1].conditions[0].level",
            id="certificate-of-its-own-level",
        ),
    ],
)
def test_validate_broken_copy(tmp_path: Path, replacement: tuple[str, str], location: str) -> None:
    """A broken copy is rejected with exit 2 and the problem's location, no traceback."""
    path = write_rules(tmp_path, replacement)
    result = invoke(["rules", "validate", str(path)], lang="en")
    assert 2 == result.exit_code
    assert location in all_text(result)
    assert "Traceback" not in all_text(result)


def test_validate_lists_the_accepted_values_in_the_messages_language(tmp_path: Path) -> None:
    """An unknown diploma type in a rules file: the accepted values are listed as the
    language lists (zh 、), not in pydantic's English ("'a', 'b' or 'c'")."""
    path = write_rules(tmp_path, ('any_of = ["technical_school"', 'any_of = ["college"'))
    zh = all_text(invoke(["rules", "validate", str(path)]))
    assert 2 == invoke(["rules", "validate", str(path)]).exit_code
    assert "应为以下之一:below_junior、junior_middle、" in zh
    assert " or " not in zh
    assert "'" not in zh
    en = all_text(invoke(["rules", "validate", str(path)], lang="en"))
    assert "should be one of below_junior; junior_middle; " in en


def test_validate_quotes_text_given_for_a_number_or_true_false(tmp_path: Path) -> None:
    """Text where a number or true/false belongs is shown quoted, as the file has it:
    "should be a number (it is 1)" read as if 1 itself were wrong."""
    path = write_rules(tmp_path, YEARS_TEXT, BLOCKING_YES)
    en = all_text(invoke(["rules", "validate", str(path)], lang="en"))
    assert 'should be a number (it is "1")' in en
    assert 'should be true or false (it is "yes")' in en
    zh = all_text(invoke(["rules", "validate", str(path)]))
    assert '应为数字(实为 "1")' in zh


def test_validate_lists_the_condition_kinds_in_the_messages_language(tmp_path: Path) -> None:
    """An unknown condition kind: the kinds are listed as the language lists, not as
    pydantic writes them ("'education', 'experience', …")."""
    path = write_rules(
        tmp_path, ('{ kind = "experience", years = 3 }', '{ kind = "xp", years = 3 }')
    )
    zh = all_text(invoke(["rules", "validate", str(path)]))
    assert "可用:education、experience、training、" in zh
    assert "'" not in zh


def test_validate_names_a_clause_id_where_it_is_used_again(tmp_path: Path) -> None:
    """A pathway reusing G1's id is the slip: the problem is located at the pathway, not at
    G1, which is right."""
    path = write_rules(tmp_path, ('id = "4-2"', 'id = "G1"'))
    result = invoke(["rules", "validate", str(path)], lang="en")
    assert 2 == result.exit_code
    assert "levels[level=4].pathways[G1]: duplicate clause id 'G1'" in all_text(result)
    assert "general[G1]:" not in all_text(result)


def test_validate_names_every_place_a_clause_id_is_used_again(tmp_path: Path) -> None:
    """G1 reused by 4-2 and 3-1: both reuses are problems (only the first was named, the
    second found after fixing it)."""
    path = write_rules(tmp_path, ('id = "4-2"', 'id = "G1"'), ('id = "3-1"', 'id = "G1"'))
    text = all_text(invoke(["rules", "validate", str(path)], lang="en"))
    assert "levels[level=4].pathways[G1]: duplicate clause id 'G1'" in text
    assert "levels[level=3].pathways[G1]: duplicate clause id 'G1'" in text


def test_validate_duplicate_id_names_the_id(tmp_path: Path) -> None:
    """The duplicate-id problem says which id is duplicated."""
    result = invoke(["rules", "validate", str(write_rules(tmp_path, DUPLICATE_ID))], lang="en")
    assert "duplicate" in all_text(result)
    assert "'4-1'" in all_text(result)


def test_validate_ids_that_are_lists_twice_are_a_type_problem_not_an_internal_error(
    tmp_path: Path,
) -> None:
    """Two clauses with ``id = []``: the id must be text (exit 2), not exit 70."""
    path = write_rules(tmp_path, ('id = "G1"', "id = []"), ('id = "G2"', "id = []"))
    result = invoke(["rules", "validate", str(path)], lang="en")
    assert 2 == result.exit_code, all_text(result)
    assert "general[[]].id" in all_text(result)


def test_validate_unknown_assumption_names_it(tmp_path: Path) -> None:
    """The unknown-assumption problem names the id that does not exist."""
    path = write_rules(tmp_path, UNKNOWN_ASSUMPTION)
    assert "five-years" in all_text(invoke(["rules", "validate", str(path)], lang="en"))


def test_validate_invalid_toml(tmp_path: Path) -> None:
    """A file that is not TOML is rejected with exit 2 and says so."""
    path = tmp_path / "bad.toml"
    path.write_text('id = "x"\n[[levels]\nlevel = 4\n', encoding="utf-8")
    result = invoke(["rules", "validate", str(path)], lang="en")
    assert 2 == result.exit_code
    assert "TOML" in all_text(result)
    assert "Traceback" not in all_text(result)


def test_validate_missing_file(tmp_path: Path) -> None:
    """A file that does not exist is a bad input: exit 2, no traceback."""
    result = invoke(["rules", "validate", str(tmp_path / "nope.toml")], lang="en")
    assert 2 == result.exit_code
    assert "Traceback" not in all_text(result)


@pytest.mark.parametrize(
    ("lang", "said"), [("zh", "无法读取:这是一个目录"), ("en", "cannot read: it is a directory")]
)
def test_a_directory_given_as_a_ruleset_is_said_to_be_one(
    lang: str, said: str, tmp_path: Path
) -> None:
    """A directory named as a ruleset was said to be "not a regular file (a pipe or a
    device cannot be a ruleset)": it is neither; it is said to be a directory, as
    ``--input`` says it."""
    (tmp_path / "rules").mkdir()
    for args in (["rules", "validate"], ["rules", "show", "--rules"]):
        result = invoke([*args, str(tmp_path / "rules")], lang=lang)
        assert 2 == result.exit_code
        assert said in all_text(result)
        assert "管道" not in all_text(result)
        assert "pipe" not in all_text(result)


@pytest.mark.parametrize(
    ("replacement", "location", "char"),
    [
        (
            ('en = "3 years of experience', 'en = "\\u001b[2J3 years of experience'),
            "levels[level=4].pathways[4-1].text.en",
            "\\x1b",
        ),
        (
            ('original = "初中及以上学历"', 'original = "初中\\r及以上学历"'),
            "general[G1].original",
            "\\r",
        ),
        (
            ('reference = "人力资源', 'reference = "\\u202e人力资源'),
            "sources.standard.reference",
            "\\u202e",
        ),
    ],
)
def test_a_control_character_in_a_ruleset_text_is_a_problem(
    replacement: tuple[str, str], location: str, char: str, tmp_path: Path
) -> None:
    """A ruleset text holding an ESC (\\x1b[2J clears the screen), a carriage return alone
    or a mark reordering the text reached the terminal as it was, through ``rules show`` and
    every ``check`` table: each is a problem at its location, naming the character
    visibly, in both languages; a line feed or a tab (a TOML multi-line string) is not."""
    path = write_rules(tmp_path, replacement)
    for lang, said in (("zh", "含有控制字符"), ("en", "holds the control character")):
        result = invoke(["rules", "validate", str(path)], lang=lang)
        assert 2 == result.exit_code
        assert f"{location}: {said} {char}" in all_text(result)
        assert "\x1b" not in all_text(result)
    shown = write_rules(
        tmp_path, ('original = "初中及以上学历"', 'original = "初中\\n及以上\\t学历"')
    )
    assert 0 == invoke(["rules", "validate", str(shown)]).exit_code


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
@pytest.mark.parametrize(
    ("lang", "said"),
    [("zh", "是 UTF-16 文本(如记事本存为“Unicode”)"), ("en", "UTF-16 text (as Notepad saves")],
)
def test_a_utf16_ruleset_is_said_to_be_one(
    encoding: str, lang: str, said: str, tmp_path: Path
) -> None:
    """A ruleset saved by Notepad as “Unicode” (UTF-16 with its byte-order mark) was told
    "not UTF-8 text (byte 1)", which names no cause: it is said to be UTF-16, to be saved
    as UTF-8."""
    text = RULES_FILE.read_text(encoding="utf-8")
    path = tmp_path / "rules.toml"
    data = text.encode(encoding)
    path.write_bytes(data if encoding == "utf-16" else b"\xfe\xff" + data)
    result = invoke(["rules", "validate", str(path)], lang=lang)
    assert 2 == result.exit_code
    assert said in all_text(result)


def test_validate_reports_all_schema_problems(tmp_path: Path) -> None:
    """Unknown key, negative years and level 7 in one file: all three locations are listed."""
    path = write_rules(tmp_path, UNKNOWN_KEY, NEGATIVE_YEARS, LEVEL_SEVEN)
    text = all_text(invoke(["rules", "validate", str(path)], lang="en"))
    for location in (
        "levels[level=4].pathways[4-1].colour",
        "levels[level=4].pathways[4-2].conditions[0].years",
        "levels[level=2].pathways[2-1].conditions[0].level",
    ):
        assert location in text, location


def test_a_level_without_its_pathways_is_located_by_its_number(tmp_path: Path) -> None:
    """A level whose ``[[levels.pathways]]`` were misspelt was located by its place in the
    file (``levels[3].pathways``), where every other problem names the level
    (``levels[level=1]``), as the README's example does."""
    path = write_rules(
        tmp_path, ('[[levels.pathways]]\nid = "1-1"', '[[levels.pathway]]\nid = "1-1"')
    )
    text = all_text(invoke(["rules", "validate", str(path)], lang="en"))
    assert "levels[level=1].pathways: " in text
    assert "levels[level=1].pathway: " in text
    assert "levels[3]" not in text


def test_validate_reports_all_reference_problems(tmp_path: Path) -> None:
    """A duplicate id and an unknown assumption in one file are both listed."""
    path = write_rules(tmp_path, DUPLICATE_ID, UNKNOWN_ASSUMPTION)
    text = all_text(invoke(["rules", "validate", str(path)], lang="en"))
    assert "levels[level=4].pathways[4-1]" in text
    assert "levels[level=2].pathways[2-1].conditions[1].assumption" in text


def test_validate_reports_schema_and_reference_problems_together(tmp_path: Path) -> None:
    """Negative years and an unknown assumption id in one file: both problems are listed."""
    path = write_rules(tmp_path, NEGATIVE_YEARS, UNKNOWN_ASSUMPTION)
    result = invoke(["rules", "validate", str(path)], lang="en")
    text = all_text(result)
    assert 2 == result.exit_code
    assert "levels[level=4].pathways[4-2].conditions[0].years" in text
    assert "levels[level=2].pathways[2-1].conditions[1].assumption" in text


def test_validate_reports_only_real_problems(tmp_path: Path) -> None:
    """One bad condition (level 7 in 2-1) is reported as exactly one problem."""
    path = write_rules(tmp_path, LEVEL_SEVEN)
    result = invoke(["rules", "validate", str(path)], lang="en")
    problems = [line for line in result.stdout.splitlines() if line.lstrip().startswith("- ")]
    assert ["levels[level=2].pathways[2-1].conditions[0].level"] == [
        line.split("- ", 1)[1].split(": ", 1)[0] for line in problems
    ]


def test_check_with_broken_rules_file(tmp_path: Path) -> None:
    """`check --rules` with a broken copy exits 2 naming the problem's location."""
    path = write_rules(tmp_path, NEGATIVE_YEARS)
    result = check(*PROFILE_A, "--rules", str(path), lang="en")
    assert 2 == result.exit_code
    assert "levels[level=4].pathways[4-2].conditions[0].years" in all_text(result)


def test_check_with_valid_rules_copy(tmp_path: Path) -> None:
    """`check --rules` with an unchanged copy gives the same verdict as the built-in rules."""
    path = tmp_path / "copy.toml"
    path.write_text(RULES_FILE.read_text(encoding="utf-8"), encoding="utf-8")
    code, report = check_json(*PROFILE_A, "--rules", str(path))
    assert (0, [3]) == (code, report["eligible_levels"])


def test_check_rules_file_changes_thresholds(tmp_path: Path) -> None:
    """A ruleset with 4-1 at 5 years makes 3 years not enough: the thresholds are data."""
    path = write_rules(
        tmp_path, ('{ kind = "experience", years = 3 }', '{ kind = "experience", years = 5 }')
    )
    code, report = check_json("-e", "高中", "-x", "3", "--rules", str(path))
    assert (1, "not_eligible") == (code, level(report, 4)["status"])


# --- help -----------------------------------------------------------------------------


def _command_paths() -> list[tuple[list[str], Any]]:
    """Every registered command and group, as (argv path, click command)."""
    paths: list[tuple[list[str], Any]] = []

    def walk(prefix: list[str], command: Any) -> None:
        paths.append((prefix, command))
        for name, sub in getattr(command, "commands", {}).items():
            walk([*prefix, name], sub)

    walk([], typer.main.get_command(app))
    return paths


def test_registered_commands_include_check_and_rules() -> None:
    """The command tree holds check, rules, rules show and rules validate."""
    names = {" ".join(path) for path, _ in _command_paths()}
    assert {"", "check", "rules", "rules show", "rules validate"} <= names


HELP_WORDS = {"zh": ("用法:", "选项"), "en": ("Usage:", "Options")}


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize(
    "path", [p for p, _ in _command_paths()], ids=lambda p: " ".join(p) or "mediaops"
)
def test_every_command_has_help(path: list[str], lang: str) -> None:
    """`--help` works for every command and group in both languages, each with a description."""
    command = {tuple(p): c for p, c in _command_paths()}[tuple(path)]
    # redesign (4): help texts are catalogue keys, worded in the user's language
    assert command.help in CATALOGUE
    assert all(text.strip() for text in CATALOGUE[command.help])
    callback = getattr(command, "callback", None)
    if callback is not None and not getattr(command, "commands", None):
        assert (callback.__doc__ or "").strip()
    result = invoke([*path, "--help"], lang=lang)
    assert 0 == result.exit_code
    usage, options = HELP_WORDS[lang]
    assert result.stdout.startswith(usage)
    assert options in result.stdout
    description = CATALOGUE[command.help][0 if lang == "zh" else 1]
    assert squash(description)[:30] in squash(result.stdout)
    assert "help." not in result.stdout  # no catalogue key shown instead of its words
    assert "Traceback" not in all_text(result)
    if lang == "zh":
        for english in ("Usage:", "Options", "Show this message"):
            assert english not in result.stdout


@pytest.mark.parametrize("path", [[], ["rules"]], ids=["mediaops", "rules"])
def test_no_arguments_shows_the_help(path: list[str]) -> None:
    """A group run without a command shows its help, readable, on several lines."""
    result = invoke(path)
    text = all_text(result)
    assert "\\n" not in text
    assert "…(" not in text
    assert re.search(r"^用法: mediaops", text, re.MULTILINE)
    assert "Traceback" not in text


def test_version_flag() -> None:
    """`--version` prints the version and exits 0."""
    from mediaops.__about__ import __version__

    result = invoke(["--version"])
    assert (0, f"mediaops {__version__}") == (result.exit_code, result.stdout.strip())


def test_compare_editions_json_is_the_hand_worked_pair() -> None:
    """`--compare-editions --format json`: both editions' reports, worked out by hand.

    A relevant 大专 (not an evaluated programme) and 3 years, nothing else.
    Summary: 4-1 (3 ≥ 3 years) → 四级; 三级/二级/一级 all need a certificate → not.
    Template: T4-1 needs 5 years (3 < 5) but T4-2 (大专 or above in a relevant major,
    no work asked) → 四级; 三级: T3-1 10 years, T3-2/T3-5 a certificate, T3-3 a title,
    T3-4 a technical school, T3-6 an evaluated programme → not; 二级, 一级: no
    certificate nor title → not.
    """
    code, doc = check_json("--diploma", "associate:related:not-evaluated", "-x", "3",
                           "--compare-editions")  # fmt: skip
    assert 0 == code
    summary, template = doc["editions"]
    assert ("summary", "template-2023") == (
        summary["ruleset"]["edition"],
        template["ruleset"]["edition"],
    )
    expected = {4: "eligible", 3: "not_eligible", 2: "not_eligible", 1: "not_eligible"}
    assert (expected, expected) == (statuses(summary), statuses(template))
    qualifying = [
        next(lv["qualifying_pathways"] for lv in r["levels"] if lv["level"] == 4)
        for r in (summary, template)
    ]
    assert [["4-1"], ["T4-2"]] == qualifying
    assert (4, 4) == (summary["highest_eligible"], template["highest_eligible"])


def test_compare_editions_says_what_an_undetermined_level_lacks() -> None:
    """Side by side, an undetermined level says what would decide it, as check's table does,
    not the route time alone opens.

    2 years, no diploma given. Template: T4-1 asks 5 years (time alone: 2029-11-27), T4-2 a
    relevant diploma (not given) → 四级 undetermined, lacking the diploma (T4-2). Summary: G1
    asks for junior-middle school or above (not given) → 四级 undetermined by G1.
    """
    result = check("-x", "2", "--compare-editions")
    assert 1 == result.exit_code
    rows = squash(result.stdout).split("三级/高级工")[0]
    assert "T4-2未知:请提供学历" in rows
    assert "G1未知:请提供学历" in rows
    assert "仅靠时间" not in rows
    assert "2029-11-27" not in rows


def test_not_knowing_whether_a_student_keeps_the_bachelors_in_view() -> None:
    """A 硕士 in an unrelated major, a student or not (not known): a student holds a bachelor's
    (to have enrolled), of unknown relevance. 3-2 (四级 + 大专 or above, relevant, 2 years
    after it): the 硕士 fails on relevance, the bachelor's is unknown, 3 ≥ 2 → 三级 undetermined
    (it was 'not eligible', unknown read as 'no'), asking for the bachelor's relevance and
    whether the 硕士 is received: received, it alone is judged, and 三级 is not eligible."""
    doc = {
        "education": "master",
        "major": "unrelated",
        "graduating": None,
        "experience": 5,
        "certificates": [{"level": 4, "years_after": 3}],
    }
    code, report = check_json("--input", "-", input=json.dumps(doc))
    assert 1 == code
    assert {4: "held", 3: "undetermined", 2: "not_eligible", 1: "not_eligible"} == statuses(report)
    assert [("major", [3]), ("graduating", [3])] == [
        (m["fact"], m["levels"]) for m in report["missing_facts"]
    ]


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (("-e", "本科", "-e", "高中"), "--education"),
        (("-x", "3", "--experience=5"), "--experience"),
        (("--as-of", "2026-01-01", "--as-of", "2026-02-01"), "--as-of"),
    ],
)
def test_an_option_of_one_value_given_twice_is_refused(args: tuple[str, ...], option: str) -> None:
    """`-e 本科 -e 高中` is a usage error naming the option (click would keep 高中 silently)."""
    result = invoke(["check", *args])
    assert 2 == result.exit_code
    assert f"选项 {option} 只能给一次" in all_text(result)


@pytest.mark.parametrize(
    ("args", "option", "following"),
    [
        (("check", "-e", "--major", "相关"), "-e", "--major"),
        (("check", "--cert", "-x", "3"), "--cert", "-x"),
        (("check", "-x", "--as-of", "2026-11-27"), "-x", "--as-of"),
        (("plan", "--as-of", "--education=大专"), "--as-of", "--education"),
    ],
)
def test_an_option_whose_value_is_left_out_before_another_is_said_to_need_one(
    args: tuple[str, ...], option: str, following: str
) -> None:
    """`check -e --major 相关`: click took ``--major`` for the diploma and then said 相关 was
    an extra argument; the value left out is named, and the option after it."""
    result = invoke(list(args))
    assert 2 == result.exit_code
    text = all_text(result)
    assert f"选项 {option} 需要一个值" in text, text
    assert following in text
    assert "多出了参数" not in text
    english = all_text(invoke([*args, "--lang", "en"]))
    assert f"the option {option} needs a value" in english, english


@pytest.mark.parametrize(
    "facts",
    [
        # the certificate's date given, the experience not: the years since it are at most
        # the 3 years 11 months since 2022-11-28, short of 2-1's 4
        ("-e", "技师学院", "--major", "不相关", "--cert", "三级:2022-11-28"),
        # the experience given, the date not: at most the 3.5 years of experience
        ("-e", "技师学院", "--major", "不相关", "--cert", "三级", "-x", "3.5"),
        # a title with no date (template-2023, T3-3: 1 year after a junior title): at most
        # the 0.5 years of experience
        ("--edition", "template-2023", "-e", "初中", "--title", "初级:对应", "-x", "0.5"),
    ],
)
def test_an_earliest_date_names_the_facts_that_would_make_it_exact(facts: tuple[str, ...]) -> None:
    """A date known only as the earliest says what would make it exact, whichever fact was
    given: the exact years of work, in all or since the certificate or title (not only a
    certificate's). It asked for "the date of the certificate or title" too, beside a date
    given."""
    result = check(*facts, "--as-of", "2026-11-27")
    assert 1 == result.exit_code, result.output
    text = "".join(result.output.split())
    line = next(part for part in text.split("最早")[1:] if "可算准" in part)
    assert line.split("可算准")[0].endswith("给出确切的从业年限(累计,或取得证书、职称后)")
    assert "日期" not in line.split("可算准")[0].split(";")[-1]
    english = "".join(check(*facts, "--as-of", "2026-11-27", lang="en").output.split())
    assert "theexactyearsofwork,inallorsincethecertificateortitle,wouldmakeitexact" in english


def test_a_level_date_known_only_as_the_earliest_is_marked_on_its_route() -> None:
    """With the experience not given, the years after a 三级 certificate of 2022-11-28 are at
    most the time since it: 2-1 (4 years after 三级) can hold from 2022-11-28 + 48 months =
    2026-11-28 at the earliest. The level gives that date, and its route says `earliest`."""
    result = check(
        "-e", "技师学院", "--major", "不相关", "--cert", "三级:2022-11-28",
        "--as-of", "2026-11-27", "--format", "json",
    )  # fmt: skip
    level = {lv["level"]: lv for lv in json.loads(result.stdout)["levels"]}[2]
    assert ("not_eligible", "2026-11-28", True) == (
        level["status"],
        level["reachable_on"],
        level["reachable_on_earliest"],
    )
    assert [("2-1", "2026-11-28", True)] == [
        (r["pathway"], r["on"], r["earliest"]) for r in level["routes"]
    ]


@pytest.mark.parametrize(
    ("facts", "level", "expected"),
    [
        # the experience given (10 years): the years after 三级 are the 47 complete months
        # since 2022-11-28, sure; 48 months come on 2026-11-28
        (("-x", "10"), 2, ("2026-11-28", False)),
        # the years after it given outright: 3.99 of 4, sure, but time counts from today
        (("-x", "10", "--years-after-cert", "3.5"), 2, ("2027-05-27", False)),
        # no date time alone brings: 一级 needs a 二级 certificate
        ((), 1, (None, False)),
    ],
)
def test_a_sure_or_missing_level_date_is_not_marked_earliest(
    facts: tuple[str, ...], level: int, expected: tuple[str | None, bool]
) -> None:
    """`reachable_on_earliest` is true only where the date is a bound: with the years after the
    certificate known (from the experience, or given), or with no date at all, it is false."""
    result = check(
        "-e", "技师学院", "--major", "不相关", "--cert", "三级:2022-11-28", *facts,
        "--as-of", "2026-11-27", "--format", "json",
    )  # fmt: skip
    found = {lv["level"]: lv for lv in json.loads(result.stdout)["levels"]}[level]
    assert expected == (found["reachable_on"], found["reachable_on_earliest"])


def test_a_level_date_a_sure_route_shares_is_not_marked_earliest() -> None:
    """Where a route whose years are known opens on the same day as one known only as a bound,
    the level's date is sure: the flag is set only when every route on that day is a bound."""
    from mediaops import Candidate, evaluate, load_ruleset
    from mediaops.report.result import RouteResult

    candidate = Candidate.model_validate(
        {
            "education": "技师学院",
            "major": "unrelated",
            "certificates": [{"level": 3, "date": "2022-11-28"}],
        }
    )
    report = evaluate(candidate, load_ruleset(), as_of=date(2026, 11, 27))
    level = next(lv for lv in report.levels if lv.level == 2)
    assert level.reachable_on_earliest
    bound = level.routes[0]
    assert (date(2026, 11, 28), True) == (bound.on, bound.earliest)
    sure = RouteResult("2-x", bound.opens, bound.on, (), earliest=False)
    assert not level._replace(routes=(bound, sure)).reachable_on_earliest
    later = RouteResult("2-x", bound.opens, date(2027, 1, 1), (), earliest=False)
    assert level._replace(routes=(bound, later)).reachable_on_earliest


@pytest.mark.parametrize(
    ("args", "lang", "expected"),
    [
        (["chek"], "zh", "没有命令 “chek”。是不是想用 check?运行 mediaops --help 查看用法。"),
        (
            ["chekc"],
            "en",
            "there is no command “chekc”. Did you mean check? Run mediaops --help for how to use it.",
        ),
        (
            ["rules", "shw"],
            "zh",
            "没有命令 “shw”。是不是想用 show?运行 mediaops rules --help 查看用法。",
        ),
        (["xyz"], "zh", "没有命令 “xyz”。运行 mediaops --help 查看用法。"),
    ],
)
def test_a_mistyped_command_gets_the_close_ones(args: list[str], lang: str, expected: str) -> None:
    """A command that does not exist is a usage error (exit 2) naming the commands close to it,
    if any."""
    result = runner.invoke(app, args, env=plain_env(lang))
    assert 2 == result.exit_code
    assert expected in " ".join(all_text(result).split())


@pytest.mark.parametrize(
    ("diploma", "said", "not_said"),
    [
        # a 大专 still studied for, beside the 高中 it rests on: 3-2 (大专 and above, final-year
        # students not counted in the summary) is closest through the 大专, not yet received
        ("大专:相关:在读", "在校应届毕业生尚未取得大专/高职毕业证书", "学历不符:需大专"),
        # of an unrelated major, it will not count once received either: both are said (only
        # "not received yet" was, as if graduating were all that was missing)
        (
            "大专:不相关:在读",
            "在校应届毕业生尚未取得大专/高职毕业证书,且专业不符:需本专业或相关专业",
            "学历不符:需大专",
        ),
        # a 中专 still studied for is of no type 3-2 asks for: its type is what fails
        ("中专:相关:在读", "学历不符:需大专", "尚未取得中专"),
    ],
)
def test_a_diploma_still_studied_for_is_said_not_received(
    diploma: str, said: str, not_said: str
) -> None:
    """A final-year 大专 student with 四级 and 4 years was told 3-2 needs a 大专 (the 高中
    held to enrol was shown, as a failure of type); it says the 大专 is not received yet."""
    result = check("--diploma", diploma, "--cert", "四级:2023-01-01", "-x", "4")
    row = squash(result.stdout.split("二级/技师")[0].split("3-2", 1)[1])
    assert said in row
    assert not_said not in row


@pytest.mark.parametrize(
    ("args", "clause", "said"),
    [
        # a 技工学校 still studied for, of an unrelated major: 4-3 (final-year students count)
        # fails on the major, not on the 初中 held to enrol (学历不符)
        (("--diploma", "技工学校:不相关:在读", "-x", "0.5"), "4-3", "专业不符:需本专业或相关专业"),
        # template-2023 T3-6: a 大专 studied for, not of an evaluated programme
        (
            ("--edition", "template-2023", "--diploma", "大专:相关:在读:未经评估论证", "-x", "0.5"),
            "T3-6",
            "所学专业未经省级评估论证",
        ),
    ],
)
def test_the_diploma_studied_for_is_the_one_measured(
    args: tuple[str, ...], clause: str, said: str
) -> None:
    """The diploma still studied for gets further towards a clause than the one held to
    enrol: what it lacks is said (it was "学历不符", the enrolling diploma's type)."""
    result = check(*args, "--as-of", "2026-01-01")
    row = squash(result.stdout).split(clause, 1)[1].split("三级/高级工")[0].split("二级/技师")[0]
    assert said in row
    assert "学历不符" not in row


@pytest.mark.parametrize(
    ("given", "certificates"),
    [
        # parted at a comma or 、 before a level, as a sheet's 证书 cell is (it was refused:
        # "“2024-01-10、三级 2025-06-01” 不是有效日期")
        ("四级 2024-01-10、三级 2025-06-01", [(4, "2024-01-10"), (3, "2025-06-01")]),
        ("四级:2024-01-10;三级:2025-06-01", [(4, "2024-01-10"), (3, "2025-06-01")]),
        ("四级,三级", [(4, None), (3, None)]),
        # a date after a comma is the certificate's before it
        ("四级,2024-01-10", [(4, "2024-01-10")]),
    ],
)
def test_one_cert_flag_may_list_certificates_as_a_cell_does(
    given: str, certificates: list[tuple[int, str | None]]
) -> None:
    """--cert reads a list of certificates as the 证书 column of a sheet reads it."""
    _, report = check_json("-e", "大专", "-x", "5", "--cert", given)
    got = [(c["level"], c["date"]) for c in report["facts"]["certificates"]]
    assert certificates == got


#: A value of each fact flag of ``check`` and ``plan``, and the fact of the candidate it gives.
FLAG_VALUES: dict[str, tuple[Any, str]] = {
    "education": ("大专", "education"),
    "major": ("related", "major"),
    "graduating": (True, "graduating"),
    "diploma": (["本科"], "diplomas"),
    "experience": ("3", "experience"),
    "work": (["2020-01-01..2021-01-01"], "work_history"),
    "training": (["4"], "trainings"),
    "cert": (["4:2024-01-10"], "certificates"),
    "years_after_cert": ("1", "certificates"),
    "title": (["初级"], "titles"),
    "direction": ("数据分析", "direction"),
}


def test_every_fact_of_a_candidate_has_a_flag() -> None:
    """Each fact a candidate file may give is given by a flag of `check` and `plan` (one of
    `FACT_FLAGS`, read by `build_candidate`); a flag missing from `FACT_FLAGS` would be
    ignored, and a fact without one could not be given but by a file."""
    from mediaops.cli.common import FACT_FLAGS, build_candidate
    from mediaops.models import Candidate

    assert set(FLAG_VALUES) == set(FACT_FLAGS)
    blank = Candidate()
    given: set[str] = set()
    for flag, (value, fact) in FLAG_VALUES.items():
        flags = {flag: value, "cert": ["4"]} if flag == "years_after_cert" else {flag: value}
        candidate, _ = build_candidate({}, flags, "en")
        changed = {f for f in Candidate.model_fields if getattr(candidate, f) != getattr(blank, f)}
        assert fact in changed, flag
        given |= changed
    assert set(Candidate.model_fields) == given


# A 技师学院 technician-class student in the final year, with a 三级 of 2025-06-01 and no work:
# on 2026-11-27 the 三级 is held 17 complete months; T2-5 asks 24, so 2027-06-01, which the
# days alone bring (time held, not work), while the student is still one. T2-1 asks 5 years
# of work after the 三级: none yet, so 60 months from 2026-11-27, by work: 2031-11-27.
T2_5_STUDENT = (
    *("--edition", "template-2023", "--diploma", "技师学院:相关:在读:技师班"),
    *("--cert", "三级:2025-06-01", "-x", "0", "--as-of", AS_OF),
)


@pytest.mark.parametrize(
    ("lang", "waits", "works"),
    [
        ("zh", "2027-06-01 起可报考(如届时其他条件仍满足)", "2031-11-27 起可报考(如持续从业)"),
        (
            "en",
            "eligible from 2027-06-01 if the other conditions still hold then",
            "eligible from 2031-11-27 if you keep working",
        ),
    ],
)
def test_a_date_time_alone_brings_does_not_say_keep_working(
    lang: str, waits: str, works: str
) -> None:
    """A date the days alone bring (T2-5: a certificate held for 2 years) said "if you keep
    working", as a date work brings does; it says the other conditions must still hold."""
    result = invoke(["check", *T2_5_STUDENT], lang=lang)
    assert 1 == result.exit_code, result.output
    flat = " ".join(result.output.split())
    assert waits in flat
    assert works in flat
    assert flat.count("如持续从业" if lang == "zh" else "if you keep working") == 1


def test_a_route_the_days_alone_bring_is_not_working_in_json() -> None:
    """The JSON says which route's date needs work: T2-5 (a 三级 held 2 years, on
    2027-06-01) does not, T2-1 (5 years of work after it, on 2031-11-27) does."""
    result = invoke(["check", *T2_5_STUDENT, "--format", "json"])
    assert 1 == result.exit_code, result.output
    level_2 = next(lv for lv in json.loads(result.stdout)["levels"] if lv["level"] == 2)
    routes = {r["pathway"]: (r["on"], r["working"]) for r in level_2["routes"]}
    assert ("2027-06-01", False) == routes["T2-5"]
    assert ("2031-11-27", True) == routes["T2-1"]


# In a narrow terminal the table of levels is stacked: each level's name and verdict on one
# line, what it rests on indented beneath. 大专 (major not given), 2 years, a 四级 since
# 2024-01-10: 四级 held; 三级 undetermined (3-2 needs the major's relevance); 二级 and 一级
# not eligible (no 三级/二级 certificate). Worked out from SPEC §1 by hand.
NARROW_ARGS = [
    "check",
    "-e",
    "大专",
    "-x",
    "2",
    "--cert",
    "四级:2024-01-10",
    "--as-of",
    "2026-11-27",
]
NARROW_HEADINGS = {
    "zh": [
        "四级/中级工 · 已持有",
        "三级/高级工 · ? 无法判断",
        "二级/技师 · ✘ 暂不可报考",
        "一级/高级技师 · ✘ 暂不可报考",
    ],
    "en": [
        "4 · Intermediate · held",
        "3 · Advanced · ? undetermined",
        "2 · Technician · ✘ not eligible",
        "1 · Senior technician · ✘ not eligible",
    ],
}


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("columns", [40, 59])
def test_a_narrow_terminal_stacks_the_levels(lang: str, columns: int) -> None:
    """Three columns 40 cells wide split a verdict (“✘ 暂不可报”/“考”, “undetermin”/“ed”)."""
    result = runner.invoke(app, NARROW_ARGS, env=plain_env(lang, columns))
    assert 1 == result.exit_code, result.output  # no level eligible
    lines = [line.rstrip() for line in result.stdout.splitlines()]
    assert (
        NARROW_HEADINGS[lang] == [line for line in lines if " · " in line and "—" not in line][-4:]
    )
    # the basis lines are indented under their level, and none is wider than the terminal
    basis = lines[lines.index(NARROW_HEADINGS[lang][1]) + 1]
    assert basis.startswith("  3-2 "), basis
    assert all(cell_width(line) <= columns for line in lines)
    assert "────" not in result.stdout  # no table rule


@pytest.mark.parametrize("lang", ["zh"])
def test_a_terminal_60_wide_keeps_the_table(lang: str) -> None:
    """(In English the table 60 wide would split ``senior-technical-school``: stacked, below.)"""
    result = runner.invoke(app, NARROW_ARGS, env=plain_env(lang, 60))
    assert 1 == result.exit_code, result.output
    header = {"zh": ["等级", "结论"], "en": ["Level", "Verdict"]}[lang]
    assert any(line.split()[:2] == header for line in result.stdout.splitlines() if line.strip())
    assert not any(line.rstrip() in NARROW_HEADINGS[lang] for line in result.stdout.splitlines())


# From 60 columns a table is drawn, but a column of it may still be narrower than an English
# word of its cells: 60 to 63 cells wide, check's basis split “senior-technical-sch”/“ool”,
# rules diff's up to 66 and rules show's wording up to 72 (“Junior-middle-sch”/“ool”). Such a
# table is stacked as a narrower one is.
@pytest.mark.parametrize(
    ("args", "columns"),
    [
        (NARROW_ARGS, 60),
        (["check", "-e", "高中", "-x", "2.5", "--cert", "四级 2023-01-01"], 63),
        (["rules", "diff", "summary", "template-2023"], 66),
        (["rules", "show"], 72),
        (["rules", "show", "--edition", "template-2023"], 67),
    ],
)
def test_a_table_that_would_split_a_word_is_stacked(args: list[str], columns: int) -> None:
    wide = runner.invoke(app, args, env=plain_env("en", 200)).stdout
    result = runner.invoke(app, args, env=plain_env("en", columns))
    assert result.exit_code in (0, 1), result.output
    lines = result.stdout.splitlines()
    assert all(cell_width(line) <= columns for line in lines)
    words = set(re.findall(r"[A-Za-z-]+", wide))
    assert [] == [w for w in re.findall(r"[A-Za-z-]+", result.stdout) if w not in words]


def test_editions_side_by_side_stack_under_each_level_when_narrow() -> None:
    """Each level, then each edition's name, then its verdict, indented."""
    args = ["check", "-e", "大专", "-x", "2", "--compare-editions", "--as-of", "2026-11-27"]
    result = runner.invoke(app, args, env=plain_env("zh", 40))
    assert 1 == result.exit_code, result.output
    lines = [line.rstrip() for line in result.stdout.splitlines()]
    at = lines.index("二级/技师")
    assert ["  报考条件摘要版", "    ✘ 暂不可报考"] == lines[at + 1 : at + 3]
    assert all(cell_width(line) <= 40 for line in lines)


# Below 60 columns the notes under a table (基本条件, 假设 …) are stacked too: each label on a
# line of its own, its notes indented under it. In two columns 28 cells wide, the labels'
# column left the notes 15 cells and split “national-standa”/“rd”.
@pytest.mark.parametrize("columns", [28, 40])
@pytest.mark.parametrize(
    ("args", "label"),
    [
        (["check", "-e", "大专", "-x", "2"], "Assumptions"),
        (["plan", "-e", "高中", "-x", "2"], "Notes"),
    ],
)
def test_a_narrow_terminal_stacks_the_notes(args: list[str], label: str, columns: int) -> None:
    args = [*args, "--as-of", "2026-11-27"]
    wide = runner.invoke(app, args, env=plain_env("en", 200)).stdout
    result = runner.invoke(app, args, env=plain_env("en", columns))
    lines = [line.rstrip() for line in result.stdout.splitlines()]
    assert label in lines, result.stdout  # the label alone on its line
    assert lines[lines.index(label) + 1].startswith("  ")
    assert all(cell_width(line) <= columns for line in lines)
    # every English word is whole: each is a word of the same output 200 columns wide
    words = set(re.findall(r"[A-Za-z-]+", wide))
    assert [] == [w for w in re.findall(r"[A-Za-z-]+", result.stdout) if w not in words]


@pytest.mark.parametrize("columns", [40, 59])
@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize(
    "args",
    [
        ["rules", "show"],
        ["rules", "show", "--edition", "template-2023"],
        ["rules", "diff", "summary", "template-2023"],
    ],
)
def test_a_narrow_terminal_stacks_the_rules(args: list[str], lang: str, columns: int) -> None:
    """``rules show`` 40 cells wide gave a clause's wording one cell in English (a letter a
    line) and three in Chinese, and split words at 59 (``educati``/``on``); ``rules diff``
    split them too and cut an edition's name in its header (``template-2…``). Stacked: each
    level, then each clause's id and source, then its wording, every word whole."""
    wide = runner.invoke(app, args, env=plain_env(lang, 200))
    result = runner.invoke(app, args, env=plain_env(lang, columns))
    assert 0 == result.exit_code, result.output
    lines = [line.rstrip() for line in result.stdout.splitlines()]
    assert all(cell_width(line) <= columns for line in lines)
    assert "────" not in result.stdout  # no table rule
    assert "…" not in result.stdout  # no name cut short
    assert "────" in wide.stdout  # a table where there is room
    words = set(re.findall(r"[A-Za-z-]+", wide.stdout))
    assert [] == [w for w in re.findall(r"[A-Za-z-]+", result.stdout) if w not in words]
    if args[1] == "show":
        level = {"zh": "四级/中级工", "en": "4 · Intermediate"}[lang]
        first = "T4-1" if "template-2023" in args else "4-1"
        assert lines[lines.index(level) + 1].startswith(f"  {first}  ")


@pytest.mark.parametrize("command", ["check", "plan"])
def test_a_terminal_60_wide_keeps_the_notes_beside_their_labels(command: str) -> None:
    args = [command, "-e", "大专", "-x", "2", "--as-of", "2026-11-27"]
    result = runner.invoke(app, args, env=plain_env("en", 60))
    assert any(line.startswith("Assumptions  ") for line in result.stdout.splitlines())


@pytest.mark.parametrize(
    ("replacements", "said"),
    [((NEGATIVE_YEARS,), "1 problem"), ((NEGATIVE_YEARS, LEVEL_SEVEN), "2 problems")],
)
def test_validate_counts_its_problems_in_english(
    tmp_path: Path, replacements: tuple[tuple[str, str], ...], said: str
) -> None:
    path = write_rules(tmp_path, *replacements)
    text = all_text(invoke(["rules", "validate", str(path)], lang="en"))
    assert f", {said}" in text
    assert "(s)" not in text


@pytest.mark.parametrize(
    ("replacements", "said"),
    [
        (
            (('{ kind = "experience", years = 1 }', '{ kind = "experience", years = 2 }'),),
            "1 difference",
        ),
        (
            (
                ('{ kind = "experience", years = 1 }', '{ kind = "experience", years = 2 }'),
                ('{ kind = "experience", years = 3 }', '{ kind = "experience", years = 4 }'),
            ),
            "2 differences",
        ),
    ],
)
def test_rules_diff_counts_its_differences_in_english(
    tmp_path: Path, replacements: tuple[tuple[str, str], ...], said: str
) -> None:
    path = write_rules(tmp_path, *replacements)
    result = invoke(["rules", "diff", "summary", str(path)], lang="en")
    assert said in result.stdout, result.stdout
    assert "(s)" not in result.stdout


@pytest.mark.parametrize("diploma", ["大专:相关:不相关", "大专:不相关:相关"])
def test_a_diploma_saying_two_relevances_is_refused(diploma: str) -> None:
    """``--diploma 大专:相关:不相关`` was read as unrelated and ``大专:不相关:相关`` as
    related, so the order decided 3-2 (a 四级 held 3 years: eligible only if related): both
    are refused, exit 2, naming the option and both parts, with no traceback."""
    result = check("--diploma", diploma, "-x", "5", "--cert", "四级:2023-06-01")
    assert 2 == result.exit_code
    message = stderr_of(result)
    assert "--diploma" in message
    assert "“相关”" in message
    assert "“不相关”" in message
    assert "Traceback" not in all_text(result)


@pytest.mark.parametrize(
    ("document", "flag"),
    [
        (
            {"education": "高中", "work_history": [{"start": "2024-01-01", "end": "2024-12-31"}]},
            ["-x", "3"],
        ),
        ({"education": "高中", "experience": 1}, ["--work", "2021-01-01..2023-12-31"]),
    ],
)
def test_an_experience_flag_replaces_the_files_however_it_gives_it(
    document: dict[str, Any], flag: list[str]
) -> None:
    """A flag replaces the file's field; ``-x 3`` beside a file's work history of one year
    (or ``--work`` of three years beside ``"experience": 1``) was refused, exit 2, as the
    two contradicting each other: both give the experience, and the flag's replaces the
    file's. 高中, 3 years: 四级 by 4-1 (exit 0)."""
    code, report = check_json("--input", "-", *flag, input=json.dumps(document))
    assert 0 == code
    assert 3.0 == report["facts"]["experience_years"]
    assert ["4-1"] == level(report, 4)["qualifying_pathways"]


def test_experience_and_work_flags_together_are_still_checked_against_each_other() -> None:
    """``-x 3`` and ``--work`` of one year, both typed: a contradiction (exit 2)."""
    assert 2 == check("-e", "高中", "-x", "3", "--work", "2024-01-01..2024-12-31").exit_code


@pytest.mark.parametrize(
    ("years", "expected"),
    [("三点五年", (0, 3.5)), ("两点五", (1, 2.5))],  # 高中: 4-1 asks 3 years
)
def test_years_said_with_a_point_are_read_from_the_flag(
    years: str, expected: tuple[int, float]
) -> None:
    """-x 三点五年 was “不是有效的年数”, where 三年 and 3年半 were read."""
    code, report = check_json("-e", "高中", "-x", years)
    assert expected == (code, report["facts"]["experience_years"])


_LATER = {"start": "2027-01-01", "end": "2027-06-30"}


@pytest.mark.parametrize(
    ("document", "lang", "named"),
    [
        (
            {"work_history": [{"start": "2020-01-01", "end": "2021-01-01"}, _LATER]},
            "zh",
            "工作经历第 2 项(work_history.1)的日期 2027-01-01 晚于评估日期 2026-11-27",
        ),
        (
            {"work_history": [{"start": "2020-01-01", "end": "2027-06-30"}]},
            "en",
            "work_history.0: the date 2027-06-30 is after the evaluation date 2026-11-27",
        ),
        (
            {"certificates": [{"level": 4}, {"level": 3, "date": "2027-01-01"}]},
            "zh",
            "证书第 2 项(certificates.1)的日期 2027-01-01 晚于评估日期 2026-11-27",
        ),
        (
            {"titles": [{"level": "中级", "date": "2027-01-01"}]},
            "en",
            "titles.0: the date 2027-01-01 is after the evaluation date",
        ),
    ],
)
def test_a_document_date_after_as_of_names_its_item(
    document: dict[str, Any], lang: str, named: str
) -> None:
    """A period (a certificate, a title) of an --input file dated after as_of was refused as
    “工作经历的日期 … 晚于评估日期”, naming no item: it is named where it sits, as a list's
    other errors are."""
    doc = {"education": "高中", **document}
    result = check("--input", "-", "--as-of", "2026-11-27", lang=lang, input=json.dumps(doc))
    assert 2 == result.exit_code
    assert named in stderr_of(result)


@pytest.mark.parametrize(("lang", "stdin"), [("zh", "标准输入"), ("en", "standard input")])
def test_stdin_over_the_limit_is_named_as_stdin(lang: str, stdin: str) -> None:
    """``--input -`` over 1 MiB was told "输入文件(--input):- 超过 1024 KiB 的上限", naming a
    file ``-``: it names stdin, as batch does."""
    big = '{"experience": 3' + " " * (1 << 20) + "}"
    result = check("--input", "-", lang=lang, input=big)
    assert 2 == result.exit_code
    assert f"{stdin} " in stderr_of(result)
    assert ":- " not in stderr_of(result)


@pytest.mark.parametrize(
    "given",
    [
        ["--cert", "无", "--cert", "四级"],
        ["--cert", "四级", "--cert", "没有"],
        ["--cert", "无、四级"],
        ["--training", "无", "--training", "四级"],
        ["--training", "四级,没有"],
        ["--title", "无", "--title", "中级"],
        # a space or a slash where a comma was meant: 无 was told it is no level
        ["--cert", "无 四级"],
        ["--cert", "没有/四级:2024-01-10"],
        ["--training", "无 四级"],
        ["--title", "无/中级"],
        # 无 with a separator after it is none, and still refused beside a level
        ["--cert", "四级", "--cert", "无、"],
        ["--cert", "无,无", "--cert", "四级"],
        # 无 after the level: it was read as the date (“无” 不是有效日期)
        ["--cert", "四级 无"],
        ["--cert", "四级:无"],
        ["--cert", "四级：没有"],
        ["--cert", "四级 2024-01-10 无"],
        ["--training", "四级 无"],
        ["--title", "中级 无"],
        # and with nothing between (四级无 was told it is no level)
        ["--cert", "四级无"],
        ["--cert", "三级没有"],
        ["--training", "四级无"],
    ],
)
def test_none_beside_items_of_a_list_is_refused(given: list[str]) -> None:
    """“无” says there is none: beside a level it contradicts it. `--cert 无 --cert 四级` was
    read as a 四级 held (the 无 dropped), `--cert 无、四级` was told 无 is no level."""
    result = check("-e", "高中", "-x", "3", *given)
    assert 2 == result.exit_code
    assert "表示没有,不能与其他项一起给出" in all_text(result)
    assert "Traceback" not in all_text(result)


@pytest.mark.parametrize(
    "given",
    [
        ["--cert", "无", "--cert", "无"],
        ["--cert", "无。"],
        ["--cert", "无、"],
        ["--cert", "没有；"],
        ["--cert", "无,无"],
        ["--cert", "无，"],
        # in English: “no” was told it is no level
        ["--cert", "no certificate"],
        ["--cert", "No certificates"],
        ["--cert", "no cert"],
        ["--cert", "not any"],
    ],
)
def test_none_alone_or_repeated_is_none(given: list[str]) -> None:
    """无 given twice, or closed by a full stop or a separator, is still no certificate: 高中
    with 3 years, no 四级 held, so 四级 is eligible by 4-1, not held. (`无、` and `无,无` were
    told 无 “cannot be given with other items”, there being none.)"""
    code, report = check_json("-e", "高中", "-x", "3", *given)
    assert (0, "eligible", []) == (code, statuses(report)[4], report["facts"]["certificates"])


@pytest.mark.parametrize(
    "args",
    [
        ["check", "-e", "高中", "--rules", "-"],
        ["rules", "validate", "-"],
        ["rules", "diff", "-", "summary"],
    ],
)
def test_a_ruleset_named_dash_is_told_it_is_no_stdin(args: list[str]) -> None:
    """“-” is standard input for --input and batch, not for a ruleset: it was looked for
    as a file named -, and told 文件或目录不存在."""
    result = invoke(args)
    assert 2 == result.exit_code
    assert "“-” 在这里不是标准输入" in all_text(result)
    assert "文件或目录不存在" not in all_text(result)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_rules_diff_names_the_editions_for_a_name_that_is_neither(lang: str) -> None:
    """``rules diff summary template2023`` (an edition mistyped) was told the ruleset file
    template2023 did not exist, naming no edition: a name that is neither an edition nor
    a file lists the editions, as ``--edition`` does. `` summary`` is the edition, as
    ``--edition " summary"`` is, shown without its space."""
    result = invoke(["rules", "diff", "summary", "template2023"], lang=lang)
    assert 2 == result.exit_code
    said = {"zh": "既不是内置的规则版本", "en": "is neither a built-in edition"}[lang]
    assert said in all_text(result)
    assert "summary, template-2023" in all_text(result)
    spaced = invoke(["rules", "diff", " summary", "template-2023"], lang=lang)
    assert 0 == spaced.exit_code
    title = {"zh": "规则对比:", "en": "Rulesets compared: "}[lang]
    assert f"{title}summary ↔ template-2023" in spaced.stdout


@pytest.mark.parametrize("diploma", ["高中:预备技师班", "大专:高级工班:相关", "本科:中级工班"])
def test_a_class_on_a_diploma_of_no_technical_school_is_refused(diploma: str) -> None:
    """A class is a technical school's (技工院校): 高中:预备技师班 was read as a 高中, the
    class dropped without a word, and 3-1 then said 学历不符:需…预备技师班."""
    result = check("--diploma", diploma, "-x", "1")
    assert 2 == result.exit_code
    text = all_text(result)
    assert "是技工院校(技工学校、高级技工学校、技师学院)的班级" in text
    assert "学历(--diploma)" in text


@pytest.mark.parametrize(
    ("given", "lang", "named"),
    [
        # the class named as typed: each was named “预备技师班/技师班”, whatever was typed
        (["--diploma", "高中:技师班"], "zh", "学历(--diploma)中的 技师班 是技工院校"),
        (["--diploma", "高中:预备技师班"], "en", "--diploma: the 预备技师班 is a class"),
        (["-e", "高中:预备技师班"], "zh", "学历(--education)中的 预备技师班 是技工院校"),
        # on -e, 高中:高级工班 and 高中(高级工班) were “无法识别” / a remark not read
        (["-e", "高中:高级工班"], "zh", "学历(--education)中的 高级工班 是技工院校"),
        (["-e", "高中(高级工班)"], "en", "--education: the 高级工班 is a class"),
        (["-e", "大专（技师班）"], "zh", "中的 技师班 是技工院校"),
        (["--diploma", "高中(中级工班):相关"], "zh", "学历(--diploma)中的 中级工班 是技工院校"),
    ],
)
def test_a_class_on_a_diploma_of_no_technical_school_names_the_class_typed(
    given: list[str], lang: str, named: str
) -> None:
    """err.class_school names the class as typed, wherever it was typed."""
    result = check(*given, "-x", "1", lang=lang)
    assert 2 == result.exit_code
    assert named in stderr_of(result)
    assert "预备技师班/技师班" not in stderr_of(result)


@pytest.mark.parametrize(
    ("school_class", "named"),
    [
        ("技师班", "学历第 1 项(diplomas.0)中的 技师班 是"),
        ("technician", "中的 预备技师班/技师班 是"),
    ],
)
def test_a_documents_class_on_a_diploma_of_no_technical_school_is_named_as_given(
    school_class: str, named: str
) -> None:
    """In an --input file too the class is named as given (技师班 was named 预备技师班/技师班);
    its id by its names."""
    doc = {"diplomas": [{"education": "高中", "school_class": school_class}]}
    result = check("--input", "-", input=json.dumps(doc, ensure_ascii=False))
    assert 2 == result.exit_code
    assert named in stderr_of(result)


@pytest.mark.parametrize(
    ("given", "diploma"),
    [
        # every class in brackets after a technical school's type, as 技师学院(预备技师班)
        # was read (its class dropped); 技师学院(高级工班) was refused as a remark not read
        (["-e", "技师学院(高级工班)"], ("technician_college", "senior", None)),
        (["-e", "技师学院(预备技师班)"], ("technician_college", "technician", None)),
        (
            ["-e", "技工学校（高级工班）", "--major", "相关"],
            ("technical_school", "senior", "related"),
        ),
        (["-e", "高级技工学校(中级工班)"], ("senior_technical_school", "intermediate", None)),
        (["--diploma", "技工学校(预备技师班):相关"], ("technical_school", "technician", "related")),
    ],
)
def test_a_class_in_brackets_after_a_technical_school_is_read(
    given: list[str], diploma: tuple[str, str, str | None]
) -> None:
    """The class is kept with the diploma (the shorthand's major with it)."""
    code, report = check_json(*given, "-x", "1")
    assert code in (0, 1)  # read, not refused
    first = report["facts"]["diplomas"][0]
    assert diploma == (first["education"], first["school_class"], first["major"])


@pytest.mark.parametrize(
    "diploma", ["技工学校:预备技师班", "技师学院:高级工班", "技工学校:中级工班"]
)
def test_a_class_on_a_technical_school_diploma_is_read(diploma: str) -> None:
    code, report = check_json("--diploma", diploma, "-x", "1")
    assert 1 == code
    assert report["facts"]["diplomas"][0]["school_class"] is not None


@pytest.mark.parametrize(("width", "splits"), [(59, True), (60, False)])
def test_a_split_word_is_foreseen_by_width_alone_where_rich_lacks_its_arithmetic(
    width: int, splits: bool
) -> None:
    """Whether a column would split a word is worked out with rich's private column
    arithmetic; under a rich without it, a table narrower than 60 cells is stacked (the
    rule before it was worked out), not a crash in every table."""
    import io

    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from mediaops.ui.console import splits_words

    class Renamed(Table):
        def _calculate_column_widths(self, *args: Any, **kwargs: Any) -> list[int]:
            raise AttributeError("renamed in a later rich")

    table = Renamed("Level", "Basis")
    row = (Text("3"), Text("a senior-technical-school diploma"))
    table.add_row(*row)
    console = Console(width=width, file=io.StringIO())
    assert splits == splits_words(table, [row], console, console.options)


def _rules_without_directions(tmp_path: Path, dropped: set[str]) -> Path:
    """A copy of the built-in ruleset without the ``[[directions]]`` entries in ``dropped``."""
    lines = RULES_FILE.read_text(encoding="utf-8").split("\n")
    kept: list[str] = []
    skip = False
    for i, line in enumerate(lines):
        if line.startswith("["):
            following = lines[i + 1] if i + 1 < len(lines) else ""
            skip = line.strip() == "[[directions]]" and any(f'"{d}"' in following for d in dropped)
        if not skip:
            kept.append(line)
    path = tmp_path / "directions.toml"
    path.write_text("\n".join(kept), encoding="utf-8")
    return path


ALL_DIRECTIONS = {"creative_planning", "audiovisual", "live_streaming", "traffic", "data_analysis"}


@pytest.mark.parametrize("command", ["check", "plan"])
def test_a_direction_the_rules_in_use_lack_is_refused(tmp_path: Path, command: str) -> None:
    """--direction 数据分析 with a --rules file of four directions was accepted, and the
    verdicts ignored it (every level offered, as with none given): exit 2, naming the
    file's directions; one it lists is taken as before. A file listing none says so."""
    four = _rules_without_directions(tmp_path, {"data_analysis"})
    facts = [command, "--rules", str(four), "-e", "高中", "-x", "3", "--as-of", "2026-11-27"]
    result = invoke([*facts, "--direction", "数据分析"])
    assert result.exit_code == 2
    assert "“数据分析” 不在所用规则列出的方向中:可选 创意策划、视听运营、直播运营、流量运营" in (
        all_text(result)
    )
    english = invoke([*facts, "--direction", "数据分析"], lang="en")
    assert "“data analysis” is not among the directions of the rules in use" in all_text(english)
    assert invoke([*facts, "--direction", "直播运营"]).exit_code == 0
    none = _rules_without_directions(tmp_path, ALL_DIRECTIONS)
    bare = [command, "--rules", str(none), "-e", "高中", "-x", "3", "--as-of", "2026-11-27"]
    result = invoke([*bare, "--direction", "数据分析"])
    assert result.exit_code == 2
    assert "所用规则没有列出职业方向,请去掉 --direction" in all_text(result)


def test_a_date_the_years_not_known_may_beat_is_the_latest() -> None:
    """A 四级 of 2024-01-10 with the experience not given (SPEC §1, facts): the years after it
    are at most the 34 complete months to 2026-12-02, which reach 3-2's 2 years, so 3-2 is
    unknown; time alone meets it whatever they are 24 months on, on 2028-12-02, and may
    sooner (even now): that date is the latest. With the experience given as 0.5 years the
    years after it are 6 months, sure: 18 more months, 2028-06-02, no longer the latest."""
    base = ("-e", "大专", "--major", "相关", "--cert", "四级:2024-01-10", "--as-of", "2026-12-02")
    table = check(*base)
    assert "最迟 2028-12-02 起可报考(如持续从业" in table.stdout
    english = check(*base, lang="en")
    assert "eligible from 2028-12-02 at the latest if you keep working" in english.stdout
    found = json.loads(check(*base, "--format", "json").stdout)["levels"][1]
    assert ("undetermined", "2028-12-02", False, True) == (
        found["status"],
        found["reachable_on"],
        found["reachable_on_earliest"],
        found["reachable_on_latest"],
    )
    assert [("3-2", "2028-12-02", False, True)] == [
        (r["pathway"], r["on"], r["earliest"], r["latest"]) for r in found["routes"][:1]
    ]
    given = json.loads(check(*base, "-x", "0.5", "--format", "json").stdout)["levels"][1]
    assert ("not_eligible", "2028-06-02", False) == (
        given["status"],
        given["reachable_on"],
        given["reachable_on_latest"],
    )
    assert "最迟" not in check(*base, "-x", "0.5").stdout
