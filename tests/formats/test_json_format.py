"""The JSON format v2: exact round trip, key order, schema, v1 read as v2, refusals, bounds,
limits, lone surrogates, atomic save."""

from __future__ import annotations

import copy
import json
import os
import re
import time
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import documents

from jxeditor.document.document import Document
from jxeditor.document.model import new_project
from jxeditor.errors import FileFormatError
from jxeditor.formats import json_format
from jxeditor.formats.documents import load_document
from jxeditor.resources import resource_path
from jxeditor.rules.engine import validate

SCHEMA = json.loads(resource_path("document.schema.json").read_text(encoding="utf-8"))
SAMPLE = resource_path("sample-dalian-2026.json")


def check_schema(text: str) -> None:
    jsonschema.Draft202012Validator(SCHEMA).validate(json.loads(text))


@pytest.mark.slow
@settings(max_examples=150, deadline=None)
@given(documents)
def test_load_save_round_trip(doc: Document) -> None:
    text = json_format.dumps(doc)
    check_schema(text)
    assert json_format.loads(text) == doc


def test_sample_round_trips_byte_for_byte() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    doc = json_format.loads(text)
    assert json_format.dumps(doc) == text
    check_schema(text)


def test_version_1_reads_as_version_2_and_is_written_as_2() -> None:
    """A version 1 file (no stage, scoring or blocks) reads as version 2 with none of
    them, and is written as version 2 with nothing else changed."""
    v2 = SAMPLE.read_text(encoding="utf-8")
    data = json.loads(v2)
    data["version"] = 1
    del data["stage"], data["scoring"]
    doc = json_format.loads(json.dumps(data, ensure_ascii=False))
    assert (doc.stage, doc.scoring) == ("targets", "2020-10")
    assert all(p.monitoring is None and p.evaluation is None for p in doc.projects)
    assert all(ind.monitoring is None and ind.evaluation is None
               for p in doc.projects for l1 in p.indicators for l2 in l1.children
               for ind in l2.children)
    assert json_format.dumps(doc) == v2


def test_writer_keeps_documented_key_order_and_chinese() -> None:
    doc = Document(projects=[new_project(name="档案室改造")])
    doc.projects[0].funding.annual.total = Decimal("12.50")
    text = json_format.dumps(doc)
    data = json.loads(text)
    assert list(data) == ["format", "version", "year", "reporting_unit", "money_unit", "framework",
                          "stage", "scoring", "projects"]
    assert data["version"] == 2
    assert list(data["projects"][0]) == [
        "code", "name", "attribute", "category", "department", "implementer", "period",
        "funding", "purpose", "spending_plan", "goals", "indicators",
    ]
    assert list(data["projects"][0]["spending_plan"]) == ["03", "06", "10", "12"]
    assert "档案室改造" in text and "\\u" not in text
    assert '"total": "12.50"' in text  # amounts are strings, exactly as entered
    assert text.startswith('{\n  "format": "jxeditor-document"')


def test_amounts_never_become_floats() -> None:
    doc = json_format.loads(SAMPLE.read_text(encoding="utf-8"))
    total = doc.projects[0].funding.period.total
    assert isinstance(total, Decimal) and total == Decimal("1443.08")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"format": "something-else", "version": 1},
         "不是 jxeditor 文档（“format”标记为 “something-else”，应为“jxeditor-document”）"),
        ({"version": 1}, "不是 jxeditor 文档（缺少“format”标记，应为“jxeditor-document”）"),
        ({"format": 3}, "不是 jxeditor 文档（“format”标记为 3，应为“jxeditor-document”）"),
        ({"format": "jxeditor-document", "version": 4}, "版本为 4"),
        ({"format": "jxeditor-document", "version": "1"}, "版本号应为整数"),
        ({"format": "jxeditor-document", "version": 1, "year": 2026, "framework": "2030"}, "指标框架"),
        ({"format": "jxeditor-document", "version": 1, "year": 2026, "projects": {}}, "位置 projects"),
        (
            {"format": "jxeditor-document", "version": 1, "year": 2026,
             "projects": [{"name": 5}]},
            "位置 projects[0].name",
        ),
    ],
)
def test_refuses_other_formats_and_newer_versions(tmp_path: Path, data: dict, expected: str) -> None:
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(FileFormatError) as info:
        json_format.load(path)
    assert expected in str(info.value)
    assert str(path) in str(info.value)


@pytest.mark.parametrize(("text", "reason"), [
    ('{"a": "\\q"}', "反斜杠转义无效"),
    ('{"a": "\\u12"}', "“\\u”转义后应为四位十六进制数"),
    ('{"a": "x\x01"}', "字符串中有控制字符"),
    ('[1] 2', "数据结束后还有多余内容"),
])
def test_json_syntax_errors_are_said_in_chinese(text: str, reason: str) -> None:
    with pytest.raises(FileFormatError) as caught:
        json_format.loads(text, "a.json")
    message = str(caught.value)
    assert f"不是有效的 JSON（{reason}）" in message
    rest = message.replace("a.json", "").replace("JSON", "").replace("“\\u”", "")
    assert not any("a" <= c.lower() <= "z" for c in rest)  # no English left


def test_syntax_error_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "format": "jxeditor-document",\n  "version": 1,,\n}', encoding="utf-8")
    with pytest.raises(FileFormatError) as info:
        json_format.load(path)
    assert "第 3 行" in str(info.value) and "broken.json" in str(info.value)


def test_gbk_file_gets_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "gbk.json"
    path.write_bytes('{"format": "绩效"}'.encode("gbk"))
    with pytest.raises(FileFormatError, match="UTF-8"):
        json_format.load(path)


def test_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json_format.dumps(Document()).encode())
    assert json_format.load(path) == Document()


def test_failed_save_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "doc.json"
    json_format.save(Document(reporting_unit="旧"), path)
    before = path.read_bytes()

    def fail_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", fail_fsync)
    with pytest.raises(FileFormatError, match="磁盘空间不足"):
        json_format.save(Document(reporting_unit="新"), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["doc.json"]  # no temporary left behind


def test_save_into_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileFormatError, match="路径不存在"):
        json_format.save(Document(), tmp_path / "gone" / "doc.json")


# -- version 2: the stage blocks ---------------------------------------------------------
SPEC_EXAMPLE = {
    "format": "jxeditor-document", "version": 2, "year": 2026,
    "stage": "evaluation",
    "scoring": "2020-10",
    "projects": [{
        "name": "培训项目",
        "monitoring": {"as_of": "2026-07-31", "budget": "120", "executed": "70.5", "forecast": "118"},
        "evaluation": {
            "budget_initial": {"total": "120", "fiscal": "100", "carried_over": None, "other": "20"},
            "budget_full": {"total": "120", "fiscal": "100", "carried_over": None, "other": "20"},
            "executed": {"total": "113.4", "fiscal": "95", "carried_over": None, "other": "18.4"},
            "goals_achieved": "全年完成培训 520 人次……",
        },
        "indicators": [{"name": "产出指标", "children": [{"name": "数量指标", "children": [{
            "name": "培训人次", "value": "≥500人次", "description": "", "basis": "",
            "monitoring": {"current": "310人次", "forecast": "520人次", "possibility": "确定能",
                           "causes": [], "note": ""},
            "evaluation": {"actual": "520人次", "points": "12.5", "score": None, "deviation": ""},
        }]}]}],
    }],
}


def test_the_specification_example_reads_and_writes_back() -> None:
    doc = json_format.loads(json.dumps(SPEC_EXAMPLE, ensure_ascii=False))
    assert (doc.stage, doc.scoring) == ("evaluation", "2020-10")
    p = doc.projects[0]
    assert p.monitoring is not None and p.monitoring.as_of == date(2026, 7, 31)
    assert p.monitoring.executed == Decimal("70.5")
    assert p.evaluation is not None and p.evaluation.executed.total == Decimal("113.4")
    assert p.evaluation.budget_full.carried_over is None
    ind = p.indicators[0].children[0].children[0]
    assert ind.monitoring is not None and ind.monitoring.possibility == "确定能"
    assert ind.evaluation is not None and ind.evaluation.points == Decimal("12.5")
    assert ind.evaluation.score is None
    text = json_format.dumps(doc)
    check_schema(text)
    data = json.loads(text)
    written = data["projects"][0]
    assert list(written)[-3:] == ["monitoring", "evaluation", "indicators"]
    assert written["monitoring"] == SPEC_EXAMPLE["projects"][0]["monitoring"]  # type: ignore[index]
    assert written["evaluation"] == SPEC_EXAMPLE["projects"][0]["evaluation"]  # type: ignore[index]
    leaf = written["indicators"][0]["children"][0]["children"][0]
    assert list(leaf) == ["name", "value", "description", "basis", "monitoring", "evaluation"]
    assert json_format.loads(text) == doc


def test_blocks_absent_are_not_written() -> None:
    data = json.loads(json_format.dumps(Document(projects=[new_project()])))
    assert "monitoring" not in data["projects"][0] and "evaluation" not in data["projects"][0]
    leaf = data["projects"][0]["indicators"][0]["children"][0]["children"][0]
    assert list(leaf) == ["name", "value", "description", "basis"]


def _with(path: tuple[str | int, ...], value: object) -> str:
    data = copy.deepcopy(SPEC_EXAMPLE)
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return json.dumps(data, ensure_ascii=False)


LEAF = ("projects", 0, "indicators", 0, "children", 0, "children", 0)


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (("stage",), "自评", "位置 stage"),
        (("scoring",), "2019", "位置 scoring"),
        ((*LEAF, "monitoring", "possibility"), "也许", "possibility"),
        ((*LEAF, "monitoring", "causes"), ["天气"], "causes[0]"),
        ((*LEAF, "monitoring", "causes"), "经费保障", "应为数组"),
        ((*LEAF, "evaluation"), [], "应为对象"),
        ((*LEAF, "evaluation", "points"), 12.5, None),  # a JSON number is still read
        ((*LEAF, "evaluation", "actual"), 520, "应为文字"),
        (("projects", 0, "monitoring", "budget"), True, "金额或百分比"),
    ],
)
def test_stage_values_are_checked_with_their_place(
    path: tuple[str | int, ...], value: object, expected: str | None
) -> None:
    text = _with(path, value)
    if expected is None:
        json_format.loads(text)
        return
    with pytest.raises(FileFormatError, match=re.escape(expected)):
        json_format.loads(text, "x.json")


def test_duplicate_causes_are_read_once() -> None:
    doc = json_format.loads(_with((*LEAF, "monitoring", "causes"), ["其他", "经费保障", "其他"]))
    ind = doc.projects[0].indicators[0].children[0].children[0]
    assert ind.monitoring is not None and ind.monitoring.causes == ["其他", "经费保障"]


def test_stage_and_scoring_survive_a_deep_copy_and_replace_all() -> None:
    doc = json_format.loads(json.dumps(SPEC_EXAMPLE, ensure_ascii=False))
    twin = copy.deepcopy(doc)
    assert twin == doc and twin.stage == "evaluation"
    twin.scoring = "linear-cap"
    assert twin != doc
    other = Document()
    other.replace_all(twin)
    assert (other.stage, other.scoring) == ("evaluation", "linear-cap")


# -- issue 20.5: numbers bounded on read -------------------------------------------------
def _amount_doc(literal: str) -> str:
    return (
        '{"format": "jxeditor-document", "version": 2, "year": 2026, "projects": [{"funding": '
        '{"annual": {"total": ' + literal + "}}}]}"
    )


@pytest.mark.parametrize(
    "literal",
    ["1e-999999999", "1e999999999", "1E+9999999999999999999", "-1e-21", "1e21",
     "1" * 5001, "-" + "9" * 31, "0." + "0" * 5000 + "1", "NaN", "Infinity", "-Infinity",
     '"1' + "0" * 5000 + '"', '"1e-999999999"', '"0.' + "1" * 40 + '"'],
)
def test_huge_numbers_are_kept_as_unreadable_amounts(literal: str) -> None:
    start = time.perf_counter()
    doc = json_format.loads(_amount_doc(literal))
    total = doc.projects[0].funding.annual.total
    assert isinstance(total, str) and len(total) <= len(literal)
    text = json_format.dumps(doc)  # never a 10⁹-character string
    assert len(text) < 20_000
    problems = validate(doc)  # reported like any unreadable amount, never an overflow
    assert any(p.field == "funding.annual.total" for p in problems)
    assert time.perf_counter() - start < 5


@pytest.mark.parametrize(
    ("literal", "expected"),
    [("1443.08", Decimal("1443.08")), ("12", Decimal(12)), ("1.5e3", Decimal(1500)),
     ('"1443.0800"', Decimal("1443.0800")), ("9" * 30, Decimal("9" * 30)),
     ("1e-20", Decimal("1e-20"))],
)
def test_ordinary_numbers_are_read(literal: str, expected: Decimal) -> None:
    total = json_format.loads(_amount_doc(literal)).projects[0].funding.annual.total
    assert isinstance(total, Decimal) and total == expected


@settings(max_examples=200, deadline=None)
@given(
    st.integers(min_value=1, max_value=10**40) | st.just(0),
    st.integers(min_value=-10**10, max_value=10**10),
    st.booleans(),
)
def test_any_number_literal_reads_within_bounds(digits: int, exponent: int, string: bool) -> None:
    literal = f"{digits}e{exponent}"
    doc = json_format.loads(_amount_doc(f'"{literal}"' if string else literal))
    total = doc.projects[0].funding.annual.total
    if isinstance(total, Decimal):
        assert len(format(total, "f")) <= 60
    assert len(json_format.dumps(doc)) < 10_000
    validate(doc)


def test_a_huge_year_or_version_is_refused_in_one_line() -> None:
    for text in ('{"format": "jxeditor-document", "version": 2, "year": ' + "9" * 5001 + "}",
                 '{"format": "jxeditor-document", "version": 1e999999999, "year": 2026}'):
        with pytest.raises(FileFormatError) as info:
            json_format.loads(text, "huge.json")
        assert "\n" not in str(info.value) and "huge.json" in str(info.value)


# -- issue 20.6: limits on projects and indicators ---------------------------------------
def test_a_million_empty_projects_are_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "million.json"
    path.write_text('{"format": "jxeditor-document", "version": 2, "year": 2026, "projects": ['
                    + ",".join(["{}"] * 1_000_000) + "]}", encoding="utf-8")
    start = time.perf_counter()
    with pytest.raises(FileFormatError) as info:
        json_format.load(path)
    assert time.perf_counter() - start < 5
    message = str(info.value)
    assert "\n" not in message and "million.json" in message and "10,000" in message


def test_the_project_limit_itself_is_read() -> None:
    text = ('{"format": "jxeditor-document", "version": 2, "year": 2026, "projects": ['
            + ",".join(["{}"] * json_format.MAX_PROJECTS) + "]}")
    assert len(json_format.loads(text).projects) == json_format.MAX_PROJECTS


@pytest.mark.parametrize("level", [1, 2, 3])
def test_too_many_indicators_in_a_project_are_refused(level: int) -> None:
    many = ",".join(["{}"] * (json_format.MAX_PROJECT_NODES + 1))
    tree = {1: f"[{many}]",
            2: f'[{{"children": [{many}]}}]',
            3: f'[{{"children": [{{"children": [{many}]}}]}}]'}[level]
    text = ('{"format": "jxeditor-document", "version": 2, "year": 2026, '
            '"projects": [{"indicators": ' + tree + "}]}")
    with pytest.raises(FileFormatError) as info:
        json_format.loads(text, "many.json")
    assert "many.json" in str(info.value) and "2,000" in str(info.value)


def test_too_many_indicators_in_the_document_are_refused() -> None:
    per_project = json_format.MAX_PROJECT_NODES // 2
    project = '{"indicators": [' + ",".join(["{}"] * per_project) + "]}"
    count = json_format.MAX_NODES // per_project + 1
    text = ('{"format": "jxeditor-document", "version": 2, "year": 2026, "projects": ['
            + ",".join([project] * count) + "]}")
    with pytest.raises(FileFormatError, match="200,000"):
        json_format.loads(text)


# -- issue 20.9 (reading): lone surrogates -----------------------------------------------
def test_a_lone_surrogate_is_replaced_with_a_notice(tmp_path: Path) -> None:
    path = tmp_path / "surrogate.json"
    path.write_text(
        '{"format": "jxeditor-document", "version": 2, "year": 2026, "reporting_unit": "a\\ud800b", '
        '"projects": [{"name": "\\udfff", "goals": {"annual": "\\ud83d\\ude00 ok"}}]}',
        encoding="utf-8",
    )
    doc, notices = load_document(path)
    assert doc.reporting_unit == "a\ufffdb" and doc.projects[0].name == "\ufffd"
    assert doc.projects[0].goals.annual == "😀 ok"  # a proper pair is a character
    assert len(notices) == 1 and "2 处" in notices[0] and "reporting_unit" in notices[0]
    json_format.save(doc, tmp_path / "saved.json")  # saving can no longer fail on it


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["\\ud800", "\\udbff", "\\udc00", "\\udfff", "\\ud83d\\ude00",
                                 "a", "中", "\\\\ud800", "\\u0041"]), max_size=8).map("".join),
       st.sampled_from(["name", "purpose", "code"]))
def test_no_string_read_holds_a_surrogate(escaped: str, key: str) -> None:
    text = ('{"format": "jxeditor-document", "version": 2, "year": 2026, "projects": [{"'
            + key + '": "' + escaped + '", "period": {"start": "' + escaped + '"}, '
            '"funding": {"annual": {"total": "' + escaped + '"}}}]}')
    doc, _notices = json_format.loads_with_notices(text)
    json_format.dumps(doc).encode("utf-8")  # never raises
    recovered = json_format.from_data(json.loads(text))
    json_format.dumps(recovered).encode("utf-8")


def test_a_surrogate_in_the_text_itself_is_replaced_too() -> None:
    """Text handed over as a Python string (not decoded from a file) may hold one as is."""
    text = ('{"format": "jxeditor-document", "version": 2, "year": 2026, '
            '"reporting_unit": "单位\ud800"}')
    doc, notices = json_format.loads_with_notices(text)
    assert doc.reporting_unit == "单位\ufffd" and len(notices) == 1
    assert "reporting_unit" in notices[0]
