"""No internal id reaches a person reading Chinese output (issue 12, SPEC §3 "one language").

A spread of commands is run with ``MEDIAOPS_LANG=zh`` — check tables (unknown facts,
assumptions of both editions), plan, every guide topic, the rules commands, batch (its
column map and summary on stderr and the file it writes), the questions, and error
messages — and everything they print is searched for the ids a program uses inside:
assumption, source and direction ids of the rulesets, enum values, field and condition ids.

Exempt, and only where they are shown on purpose as something to type:

* the edition ids ``summary`` / ``template-2023``, which are the values ``--edition`` takes:
  the first column of ``rules list``, the arguments ``rules diff`` repeats in its title and
  column heads, and the accepted values an unknown ``--edition`` lists.

``--help`` is left to ``tests/test_help.py`` (its placeholders are flag values by design).
Every exemption must match something, so none can go stale unnoticed.
"""

from __future__ import annotations

import functools
import json
import re
import tomllib
import typing
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from mediaops import models, terms
from mediaops.cli import app
from mediaops.cli.common import FACT_FLAGS
from mediaops.engine.decide import Verdict
from mediaops.engine.outcome import Status
from mediaops.plan import PlanStatus
from mediaops.rules import ConditionKind
from plain import plain_env

RULES_DIR = Path(__file__).resolve().parents[1] / "rules"
AS_OF = ("--as-of", "2026-11-27")
runner = CliRunner()


def ruleset_ids() -> set[str]:
    """Assumption, source and direction ids of every built-in ruleset file."""
    ids: set[str] = set()
    for path in sorted(RULES_DIR.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        ids |= {a["id"] for a in data.get("assumptions", [])}
        ids |= set(data.get("sources", {}))
        ids |= {d["id"] for d in data.get("directions", [])}
    return ids


def internal_ids() -> frozenset[str]:
    """Every id that must not appear in Chinese output (see the module doc)."""
    ids = ruleset_ids()
    enums: tuple[Any, ...] = (
        terms.Education, terms.Major, terms.SchoolClass, terms.TitleLevel, terms.Direction,
        Verdict, Status, PlanStatus,
    )  # fmt: skip
    ids |= {member.value for enum in enums for member in enum}
    ids |= set(typing.get_args(ConditionKind))
    ids |= set(FACT_FLAGS)
    for model in (models.CandidateDocument, models.Diploma, models.Certificate, models.Title):
        ids |= set(model.model_fields)
    # the work period's start and end and a certificate's date are ordinary words; "start"
    # is also the guide topic a hint shows as a command to type (`mediaops guide start`)
    return frozenset(ids - {"start", "end", "date", "level"})


IDS = internal_ids()
ID_PATTERN = re.compile(
    r"(?<![\w-])(" + "|".join(sorted(map(re.escape, IDS), key=len, reverse=True)) + r")(?![\w-])"
)


def test_the_ids_searched_for() -> None:
    """The ids searched for include those issue 12 names, read from the rulesets and the code."""
    named = {"final-year-students", "four-years", "years-after-certificate", "template-values"}
    named |= {"school-class-from-type", "senior_technical_school", "below_junior"}
    named |= {"not_eligible", "undetermined", "data_analysis", "experience", "years_after_cert"}
    named |= {"summary", "template"}
    assert set() == named - IDS


def invoke(args: list[str], stdin: str | None = None) -> Result:
    """``mediaops ARGS`` in Chinese, plain, wide enough that nothing wraps."""
    return runner.invoke(app, args, input=stdin, env=plain_env("zh", 200))


def ids_in(text: str) -> list[str]:
    """Each line of ``text`` that holds an internal id, with the ids found."""
    return [
        f"{sorted(set(ID_PATTERN.findall(line)))}: {line.strip()}"
        for line in text.splitlines()
        if ID_PATTERN.search(line)
    ]


@functools.cache
def scripter_lines(args: tuple[str, ...]) -> tuple[str, ...]:
    """The exact scripter lines ``mediaops plan ARGS`` shows (from its JSON's ``assume``)."""
    result = invoke(["plan", *args, *AS_OF, "--format", "json"])
    data = json.loads(result.stdout)
    flags = {u["assume"] for lv in data["levels"] for u in lv["unlock"] or [] if u["assume"]}
    return tuple(f"(脚本用: {flag})" for flag in sorted(flags))


#: A JSON key in brackets right after its Chinese name: 从业年限(experience), 证书第 1 项的等级(…).
JSON_KEY_SHOWN = r"(?<=[\u4e00-\u9fff])\([a-z_]+(?:\.\d+\.[a-z_]+)?\)"
SUMMARY_ROW = r"(?m)^summary(?= )"  # rules list: the 版本 column holds the --edition values
DIFF_HEADS = (r"规则对比:summary ↔ template-2023", r"(?m)^条款\s+summary\s+template-2023")
EDITION_VALUES = (r"可用的版本:summary, template-2023",)

#: case → (the arguments, split at spaces; standard input; exempt patterns)
CASES: dict[str, tuple[str, str | None, tuple[str, ...]]] = {
    "check-senior-high": ("check -e 高中 -x 2.5", None, ()),
    "check-nothing-known": ("check", None, ()),
    "check-certificate-derived-years": (
        "check -e 大专 --major related -x 1 --cert 四级:2025-06-01",
        None,
        (),
    ),
    "check-certificate-no-experience": (
        "check -e 大专 --major related --cert 四级:2025-06-01",
        None,
        (),
    ),
    "check-final-year": ("check -e 技工学校 --graduating", None, ()),
    "check-below-junior": ("check -e 小学 -x 10", None, ()),
    "check-data-analysis": (
        "check -e 本科 --major same -x 6 --cert 三级:2020-01-01 --direction 数据分析",
        None,
        (),
    ),
    "check-work-history": (
        "check --work 2020-01-01..2022-06-30 --work 2023-01-01.. -e 中专 --major 不相关",
        None,
        (),
    ),
    "check-template": (
        "check --edition template-2023 --diploma 高级技工学校:相关 --title 中级:2020-01-01:对应 -x 8",
        None,
        (),
    ),
    "check-template-nothing-known": ("check --edition template-2023", None, ()),
    "check-compare-editions": ("check -e 高中 -x 2 --training 四级 --compare-editions", None, ()),
    "check-level": ("check -e 高中 -x 2.5 --level 4", None, ()),
    "plan-senior-high": ("plan -e 高中 -x 2.5", None, ()),
    "plan-nothing-known": ("plan", None, ()),
    "plan-certificate": ("plan -e 大专 --major related -x 1 --cert 四级:2025-06-01", None, ()),
    "plan-template": ("plan --edition template-2023 -e 初中 -x 1", None, ()),
    "plan-compare-editions": ("plan -e 高中 -x 2.5 --compare-editions", None, ()),
    "plan-data-analysis": ("plan -e 高中 -x 1 --direction 数据分析", None, ()),
    "guide": ("guide", None, ()),
    "guide-roles": ("guide roles", None, ()),
    "guide-levels": ("guide 等级", None, ()),
    "guide-levels-template": ("guide levels --edition template-2023", None, ()),
    "guide-directions": ("guide directions", None, ()),
    "guide-careers": ("guide careers", None, ()),
    "guide-start": ("guide start", None, ()),
    "rules-show": ("rules show", None, ()),
    "rules-show-template": ("rules show --edition template-2023", None, ()),
    "rules-list": ("rules list", None, (SUMMARY_ROW,)),
    "rules-diff": ("rules diff summary template-2023", None, DIFF_HEADS),
    "questions": (
        "check -i",
        # education (bad number, ambiguous name, choice), major (bad, skipped), graduating,
        # another diploma, years (bad, good), certificates (bad ×2, good; training is not
        # asked of a 本科 with 3 years), direction, confirmation
        "99\n大学\n2\n也许\n\n\n\nabc\n三年\n五级\n四级 2030-01-01\n四级 2024-01-10\n\n\n\n",
        (),
    ),
    "error-years": ("check -x abc", None, ()),
    "error-ambiguous-education": ("check -e 大学", None, ()),
    "error-unknown-education": ("check -e 研究生院", None, ()),
    "error-certificate-after-as-of": ("check --cert 四级:2027-01-01", None, ()),
    "error-contradiction": ("check -x 1 --cert 四级:2020-01-01 --years-after-cert 3", None, ()),
    "error-years-after-without-cert": ("check --years-after-cert 2", None, ()),
    "error-major": ("check --major 也许", None, ()),
    "error-direction": ("check --direction 摄影", None, ()),
    "error-level": ("check --level 5", None, ()),
    "error-training": ("check --training 五级", None, ()),
    "error-as-of": ("check --as-of 明天", None, ()),
    "error-edition": ("check --edition foo", None, EDITION_VALUES),
    "error-work": ("check --work 2024-01-01..2023-01-01", None, ()),
    "error-title": ("check --title 特级", None, ()),
    "error-diploma": ("check --diploma 大专:也许", None, ()),
    "error-exam-lag": ("plan --exam-lag-months 200", None, ()),
    "error-assume-education": ("plan --assume-education 大学", None, ()),
    "error-input-missing": ("check --input no-such-candidate.json", None, ()),
    # a JSON document's key is shown after its Chinese name: the reader must find it in the file
    "error-input-json": (
        "check --input -",
        '{"education": "foo", "experience": "abc"}',
        (JSON_KEY_SHOWN,),
    ),
    "error-input-json-nested": (
        "check --input -",
        '{"education": "高中", "certificates": [{"level": "五级"}]}',
        (JSON_KEY_SHOWN,),
    ),
}
KNOWN_BUGS: dict[str, str] = {}


def exempt(text: str, patterns: tuple[str, ...]) -> str:
    """``text`` without what the patterns match; each pattern must match at least once."""
    for pattern in patterns:
        assert re.search(pattern, text), f"stale exemption: {pattern}"
        text = re.sub(pattern, "", text)
    return text


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[c]))
        if c in KNOWN_BUGS
        else c
        for c in CASES
    ],
)
def test_chinese_output_shows_no_internal_id(case: str) -> None:
    """Nothing the command prints in Chinese (stdout and stderr) holds an internal id."""
    line, stdin, patterns = CASES[case]
    args = line.split()
    dated = args[0] in ("check", "plan") and "--as-of" not in args
    result = invoke([*args, *(AS_OF if dated else ())], stdin)
    text = result.stdout + "\n" + result.stderr
    if case.startswith("error-"):
        assert (2, "") == (result.exit_code, result.stdout)
        assert text.strip().startswith("mediaops: 输入有误:")
    else:
        assert (True, False) == (result.exit_code in (0, 1), "mediaops:" in text), text
        assert result.stdout.strip()
    assert [] == ids_in(exempt(text, patterns))


def test_plan_scripter_lines_give_chinese_values_that_plan_the_same() -> None:
    """plan's line for scripters writes the options' values in Chinese (it showed value ids,
    ``--assume-education senior_technical_school``, exempted here), and those values, typed
    back, plan what the JSON's ``assume`` ids plan."""
    args = ("-e", "高中", "-x", "2.5")
    assert (
        "(脚本用: --assume-education associate --assume-major related)",
        "(脚本用: --assume-education senior_technical_school)",
    ) == scripter_lines(args)  # the ids, in the JSON
    text = invoke(["plan", *args, *AS_OF]).stdout
    flat = re.sub(r"\s+", " ", text)
    shown = [
        "--assume-education 大专 --assume-major 相关",
        "--assume-education 高级技工学校",
    ]
    for chinese, ids in zip(shown, sorted(scripter_lines(args)), strict=True):
        assert f"(脚本用: {chinese})" in flat
        flag = ids[len("(脚本用: ") : -1]
        by_ids = invoke(["plan", *args, *AS_OF, "--format", "json", *flag.split()]).stdout
        typed = invoke(["plan", *args, *AS_OF, "--format", "json", *chinese.split()]).stdout
        assert json.loads(by_ids)["levels"] == json.loads(typed)["levels"]


BATCH_CSV = (
    "编号,学历,专业,从业年限,证书,培训,方向\n"
    "1,高中,,2.5,,,\n"
    "2,大专,相关,1,四级:2025-06-01,,\n"
    "3,大学,,abc,五级,,\n"
    "4,,,,,,\n"
    "5,技工学校,本专业,,,四级,\n"
    "6,本科,相关,6,三级:2020-01-01,,数据分析\n"
    "7,小学,,10,,,\n"
)


@pytest.mark.parametrize("dry_run", [False, True])
def test_batch_in_chinese_shows_no_internal_id(tmp_path: Path, dry_run: bool) -> None:
    """batch's column map, summary and the file it writes (or its dry run) hold no internal id."""
    source = tmp_path / "报名表.csv"
    source.write_text(BATCH_CSV, encoding="utf-8")
    output = tmp_path / "结果.csv"
    args = ["batch", str(source), "-o", str(output), *AS_OF, *(["--dry-run"] if dry_run else [])]
    result = invoke(args)
    # row 3 has unreadable cells: exit 1 when screening, 0 for a dry run (nothing screened)
    assert (0 if dry_run else 1, "") == (result.exit_code, result.stdout)
    assert ("筛查汇总" in result.stderr) != dry_run
    written = "" if dry_run else output.read_text(encoding="utf-8-sig")
    assert ("可以报考" in written) != dry_run
    assert [] == ids_in(result.stderr + written.replace(str(tmp_path), ""))


def test_batch_json_lines_in_chinese_shows_no_internal_id(tmp_path: Path) -> None:
    """batch of JSON Lines writes its error column without field ids."""
    source = tmp_path / "报名表.jsonl"
    source.write_text(
        '{"id": "a", "education": "foo", "experience": "abc"}\n'
        '{"id": "b", "education": "高中", "certificates": [{"level": "五级"}]}\n',
        encoding="utf-8",
    )
    output = tmp_path / "结果.csv"
    result = invoke(["batch", str(source), "-o", str(output), *AS_OF])
    assert 1 == result.exit_code
    written = exempt(output.read_text(encoding="utf-8-sig"), (JSON_KEY_SHOWN,))
    assert [] == ids_in(result.stderr + written)


def _english_texts(node: Any) -> list[str]:
    """Every ``en`` text of a ruleset's tables."""
    if isinstance(node, dict):
        own = [node["en"]] if isinstance(node.get("en"), str) and "zh" in node else []
        return own + [t for v in node.values() for t in _english_texts(v)]
    if isinstance(node, list):
        return [t for v in node for t in _english_texts(v)]
    return []


@pytest.mark.parametrize("path", sorted(RULES_DIR.glob("*.toml")), ids=lambda p: p.stem)
def test_english_texts_of_the_rules_name_levels_as_the_english_output_does(path: Path) -> None:
    """``--lang en`` says "level 4"; the rules' English notes said "has no 四级: a 三级
    clause asking for a 四级 certificate", "5 years of work for 四级", "from 三级 up only",
    and "a 高级技工学校 diploma counts as from its 高级工班", in the middle of English text.
    A Chinese name may follow its English one as a gloss in brackets (劳动合同), no more."""
    texts = _english_texts(tomllib.loads(path.read_text(encoding="utf-8")))
    assert texts
    glossless = [re.sub(r"[(（][^()（）]*[)）]", "", t) for t in texts]
    chinese = re.compile(r"[\u4e00-\u9fff]+")
    allowed = {"全媒体运营师"}
    assert [] == [t for t in glossless if set(chinese.findall(t)) - allowed]
