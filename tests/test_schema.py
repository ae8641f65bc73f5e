"""``check --schema``: a valid JSON Schema (draft 2020-12) that accepts each value as ``--input`` does.

Checked with the ``jsonschema`` library: the schema is valid; the README's
example file and a file written with Chinese aliases validate; and for each
field, a table of values is accepted by the schema exactly when the
candidate model accepts it.
"""

from __future__ import annotations

import json
import re
from typing import Any

import jsonschema
import pytest
from pydantic import ValidationError
from typer.testing import CliRunner

from mediaops.cli import app
from mediaops.errors import InputError
from mediaops.models import (
    CandidateDocument,
    Certificate,
    Diploma,
    Title,
    WorkPeriod,
    candidate_schema,
    describe_validation_error,
)

README_EXAMPLE: dict[str, Any] = {
    "education": "associate",
    "major": "related",
    "graduating": False,
    "experience": 3.5,
    "work_history": [{"start": "2021-07-01", "end": "2023-06-30"}, {"start": "2023-09-01"}],
    "trainings": [4],
    "certificates": [{"level": 4, "date": "2024-01-10", "years_after": 2.5}],
    "as_of": "2026-11-27",
}
ALIASES: dict[str, Any] = {
    "education": "大专",
    "major": "相关专业",
    "trainings": ["四级"],
    "certificates": [{"level": "四级", "date": "2024-01-10"}],
    "diplomas": [{"education": "技师学院", "major": "本专业", "school_class": "预备技师班"}],
    "titles": [{"level": "初级", "date": "2020-06-01", "corresponding": True}],
    "direction": "数据分析",
}


def _keys(node: Any) -> set[str]:
    """Every key of every object in a JSON value."""
    if isinstance(node, dict):
        return set(node) | {k for v in node.values() for k in _keys(v)}
    if isinstance(node, list):
        return {k for v in node for k in _keys(v)}
    return set()


def _validator() -> jsonschema.protocols.Validator:
    schema = candidate_schema()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def _model_accepts(doc: dict[str, Any]) -> bool:
    try:
        CandidateDocument.model_validate(doc)
    except (ValidationError, InputError):
        return False
    return True


class TestSchema:
    """The schema is a JSON Schema and describes the candidate file."""

    def test_cli_prints_a_valid_draft_2020_12_schema(self) -> None:
        """`check --schema` prints JSON that is itself a valid JSON Schema of draft 2020-12."""
        result = CliRunner().invoke(app, ["check", "--schema"])
        assert 0 == result.exit_code
        schema = json.loads(result.stdout)
        assert "https://json-schema.org/draft/2020-12/schema" == schema["$schema"]
        jsonschema.Draft202012Validator.check_schema(schema)
        assert set() == _keys(schema) & {"ge", "le", "gt", "lt"}  # no pydantic-only keywords

    @pytest.mark.parametrize("doc", [README_EXAMPLE, ALIASES], ids=["readme", "aliases"])
    def test_the_examples_validate(self, doc: dict[str, Any]) -> None:
        """The README's example and a file written with Chinese names validate, and are read."""
        assert [] == [e.message for e in _validator().iter_errors(doc)]
        assert _model_accepts(doc)


def test_a_file_naming_its_schema_is_read() -> None:
    """A file that names the schema it is checked against (``"$schema"``, as editors write
    it, and as ``check --schema`` itself starts) was refused by --input and by the schema:
    both read it, the key as no fact."""
    doc = {"$schema": "./candidate.schema.json", "education": "大专", "experience": 3}
    assert [] == [e.message for e in _validator().iter_errors(doc)]
    result = CliRunner().invoke(
        app,
        ["check", "--input", "-", "--as-of", "2026-11-27", "--format", "json"],
        input=json.dumps(doc, ensure_ascii=False),
    )
    assert 0 == result.exit_code, result.output  # 四级 by 4-1 (3 years)
    assert "eligible" == json.loads(result.stdout)["levels"][0]["status"]


@pytest.mark.parametrize("word", ["today", "今天"])
def test_as_of_today_is_accepted_by_the_schema_and_by_input(word: str) -> None:
    """``"as_of": "today"`` / ``"今天"``, the words ``--as-of`` takes for the day of the run,
    were refused by --input and by the schema: both accept them."""
    doc = {"as_of": word, "experience": 3}
    assert [] == [e.message for e in _validator().iter_errors(doc)]
    assert _model_accepts(doc)


def test_the_schema_names_every_key_the_file_reader_knows() -> None:
    """The schema has a property for each key of a candidate file and of each item in its
    lists, and no other (a fact added to the model alone would be refused by the schema)."""
    properties = candidate_schema()["properties"]
    assert set(CandidateDocument.model_fields) | {"$schema"} == set(properties)
    for key, model in (
        ("diplomas", Diploma),
        ("work_history", WorkPeriod),
        ("certificates", Certificate),
        ("titles", Title),
    ):
        listed = properties[key].get("anyOf", [properties[key]])[0]
        assert set(model.model_fields) == set(listed["items"]["properties"]), key


FIELD_VALUES: list[tuple[str, Any]] = [
    ("education", "associate"), ("education", "ASSOCIATE"), ("education", " 大专 "), ("education", "大學"),
    ("education", "大学"), ("education", "kindergarten"), ("education", 3), ("education", None),
    ("major", "related"), ("major", "相关"), ("major", "maybe"), ("major", True),
    ("experience", 3), ("experience", 3.5), ("experience", 0), ("experience", -1), ("experience", 81),
    ("experience", "3"), ("experience", "三年"), ("experience", True), ("experience", [3]), ("experience", None),
    ("graduating", True), ("graduating", "yes"), ("graduating", 1), ("graduating", None),
    ("trainings", [4]), ("trainings", ["四级"]), ("trainings", [4.0]), ("trainings", [5]), ("trainings", ["L4"]),
    ("trainings", [True]), ("trainings", 4), ("trainings", None),
    ("certificates", [{"level": 4}]), ("certificates", [{"level": "level4", "date": "2024-01-10"}]),
    ("certificates", [{"level": 4, "date": "2024/01/10"}]), ("certificates", [{"level": 4, "date": "2024-02-30"}]),
    ("certificates", [{"level": 4, "date": "0024-01-10"}]), ("certificates", [{"date": "2024-01-10"}]),
    ("certificates", [{"level": 4, "colour": "red"}]), ("certificates", [{"level": 4, "years_after": 1}]),
    ("titles", [{"level": "junior"}]), ("titles", [{"level": "中级", "corresponding": False}]),
    ("titles", [{"level": "expert"}]),
    ("direction", "data_analysis"), ("direction", "数据分析"), ("direction", "marketing"),
    ("as_of", "2026-11-27"), ("as_of", "2026-13-01"), ("as_of", "9999-01-01"),
    # the words of --as-of for the day of the run (they were refused by both)
    ("as_of", "today"), ("as_of", "TODAY"), ("as_of", " 今天 "), ("as_of", "今日"), ("as_of", "现在"),
    ("as_of", "tomorrow"), ("as_of", "今天吧"), ("as_of", "to day"), ("as_of", None),
    ("salary", 5000),
    # the schema an editor names (it was refused by both, though --schema writes it)
    ("$schema", "./candidate.schema.json"), ("$schema", 3), ("$schema", None),
]  # fmt: skip


@pytest.mark.parametrize(("field", "value"), FIELD_VALUES)
def test_schema_accepts_what_the_file_reader_accepts(field: str, value: Any) -> None:
    """For one field at a time, the schema and `--input` agree on whether a value is accepted."""
    doc = {field: value}
    by_schema = not list(_validator().iter_errors(doc))
    assert _model_accepts(doc) == by_schema


@pytest.mark.parametrize(
    "doc",
    [
        {"experience": 2, "certificates": [{"level": 4, "years_after": 3}]},
        {"work_history": [{"start": "2024-01-01", "end": "2023-01-01"}]},
        {"as_of": "2026-11-27", "certificates": [{"level": 4, "date": "2027-01-10"}]},
        {"diplomas": [{"education": "高中", "school_class": "预备技师班"}]},
    ],
)
def test_what_two_facts_or_the_date_decide_is_refused_by_input_alone(doc: dict[str, Any]) -> None:
    """README: beyond a JSON Schema, so the schema accepts these and --input refuses them
    (exit 2, a message); the schema's description names them."""
    assert not list(_validator().iter_errors(doc))
    result = CliRunner().invoke(app, ["check", "--input", "-"], input=json.dumps(doc))
    assert 2 == result.exit_code
    assert "Traceback" not in result.output
    description = candidate_schema()["description"]
    for words in (
        "two facts together",
        "a date after as_of",
        "a key given twice",
        "a school class on a diploma of no technical school",
    ):
        assert words in description


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["-x", "3"], ["--experience"]),
        (["--cert", "四级", "--as-of", "today"], ["--cert", "--as-of"]),
        (["--input", "candidate.json", "--level", "4"], ["--level", "--input"]),
        (["--edition", "summary", "--compare-editions", "-i"], ["--edition", "--interactive"]),
        (["--format", "table"], ["--format"]),
    ],
)
@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("zh", "输出候选人文件的架构(--schema)时不评估任何人,不能同时给出:"),
        ("en", "--schema prints the candidate file's JSON Schema and judges no one"),
    ],
)
def test_schema_with_options_it_would_ignore_is_refused(
    args: list[str], named: list[str], lang: str, said: str
) -> None:
    """`check --schema -x 3` printed the schema and ignored the facts without a word: the
    options given beside --schema (but --lang and --format json) are refused, exit 2, and
    named; nothing is printed on stdout."""
    result = CliRunner().invoke(app, ["check", "--schema", *args], env={"MEDIAOPS_LANG": lang})
    text = " ".join(result.stderr.split())
    assert 2 == result.exit_code, result.output
    assert said in text
    for option in named:
        assert option in text
    assert "" == result.stdout
    assert "Traceback" not in result.output


@pytest.mark.parametrize("args", [["--lang", "en"], ["--format", "json"], ["--lang", "zh"]])
def test_schema_with_lang_or_format_json_prints_the_schema(args: list[str]) -> None:
    """`--lang` and `--format json` may be given beside `--schema`: it prints the schema."""
    result = CliRunner().invoke(app, ["check", "--schema", *args])
    assert 0 == result.exit_code, result.output
    assert "mediaops candidate" == json.loads(result.stdout)["title"]


@pytest.mark.parametrize("key", ["trainings", "certificates", "titles", "diplomas", "work_history"])
def test_a_list_given_as_no_list_is_shown_a_list_the_file_reader_takes(key: str) -> None:
    """``{"certificates": 4}`` was told "should be a list (e.g. [4] or [{"level": 4}])", the
    same for every key: ``[4]`` is no list of certificates (refused: an item is an object),
    and neither is of diplomas or work periods. Each key's example is one --input reads."""
    with pytest.raises(ValidationError) as caught:
        CandidateDocument.model_validate({key: 4})
    for lang in ("zh", "en"):
        message = describe_validation_error(caught.value, lang)
        example = re.search(r"(?:例如|e\.g\.) (\[.*\])\)", message)
        assert example is not None, message
        written = re.split(r" 或 | or ", example[1])[0]
        assert _model_accepts({key: json.loads(written)}), message


def test_a_missing_key_is_named_where_it_sits() -> None:
    """A certificate with no level was told "certificates.0 缺少必填项 level", the keys
    alone: it names the place as every other message does, in Chinese first."""
    with pytest.raises(ValidationError) as caught:
        CandidateDocument.model_validate({"certificates": [{"date": "2024-01-10"}]})
    message = describe_validation_error(caught.value, "zh")
    assert "证书第 1 项的等级(certificates.0.level)" in message
    assert "certificates.0.level" in describe_validation_error(caught.value, "en")
