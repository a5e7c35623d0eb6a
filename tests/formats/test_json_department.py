"""JSON version 3: the ``department`` block round-trips exactly and only a document with
it is written as version 3; versions 1, 2 and 3 are read; the schema describes all three
(files the program writes in versions 2 and 3, a version 1 file an earlier release wrote,
the embedded sample) and refuses each version's wrong keys."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from typing import Any

import jsonschema
import pytest
from fixture_paths import FIXTURES
from hypothesis import given, settings
from strategies import department_documents

from jxeditor.document.department import Department, Measure, Safeguard, Task
from jxeditor.document.document import Document
from jxeditor.document.model import FundingColumn, Indicator, Level1, Level2, new_project
from jxeditor.errors import FileFormatError
from jxeditor.formats import json_format
from jxeditor.recovery.snapshot import SnapshotCache
from jxeditor.resources import resource_path

SCHEMA = json.loads(resource_path("document.schema.json").read_text(encoding="utf-8"))
SAMPLE = resource_path("sample-dalian-2026.json")
VERSION_1 = FIXTURES / "xlsx-export-sample.json"  # written by the release of format 1


def errors(data: Any) -> list[str]:
    return [e.message for e in jsonschema.Draft202012Validator(SCHEMA).iter_errors(data)]


def example() -> Document:
    dept = Department(
        name="大连高新技术产业园区财政金融局",
        overall_goal="我局根据管委会工作部署，结合本部门年度工作计划，…",
        tasks=[Task(title="组织年度财政收入", content="认真组织年度财政收入工作。",
                    budget=FundingColumn(Decimal("100"), Decimal("80.5"), "二十"),
                    projects=["102001001"],
                    measures=[Measure("加强财税调度，2023年一般公共预算收入同比增长 8%。",
                                      "一般公共预算收入同比增长率", "≥8%")])],
        indicators=[Level1("产出指标", [Level2("数量指标", [Indicator("评审项目数", "≥20个")])])],
        measures=[Safeguard("完善制度建设", "制定完善预算绩效管理制度。")],
    )
    return Document(year=2023, projects=[new_project(name="一般债券到期还本")], department=dept)


@pytest.mark.slow
@settings(max_examples=100, deadline=None)
@given(department_documents)
def test_any_department_round_trips_and_fits_the_schema(doc: Document) -> None:
    text = json_format.dumps(doc)
    assert errors(json.loads(text)) == []
    assert json_format.loads(text) == doc
    assert json_format.dumps(json_format.loads(text)) == text


def test_version_3_only_with_the_block_and_the_key_before_the_projects() -> None:
    doc = example()
    data = json.loads(json_format.dumps(doc))
    assert data["version"] == 3
    assert list(data)[-2:] == ["department", "projects"]
    assert data["department"]["tasks"][0]["budget"] == {"total": "100", "fiscal": "80.5",
                                                       "other": "二十"}
    assert data["department"]["funds"] is None and data["department"]["evaluation"] is None
    doc.department = None
    assert json.loads(json_format.dumps(doc))["version"] == 2


def test_the_sample_without_a_block_is_still_version_2_byte_for_byte() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    assert json_format.dumps(json_format.loads(text)) == text
    assert errors(json.loads(text)) == []


def test_each_version_is_read_and_fits_the_schema() -> None:
    v1 = json.loads(VERSION_1.read_text(encoding="utf-8"))
    assert v1["version"] == 1 and "stage" not in v1
    assert errors(v1) == []
    assert json_format.loads(VERSION_1.read_text(encoding="utf-8")).department is None
    v3 = json_format.dumps(example())
    assert errors(json.loads(v3)) == []
    assert json_format.loads(v3) == example()


def test_schema_refuses_what_each_version_does_not_have() -> None:
    v3 = json.loads(json_format.dumps(example()))
    as_v2 = copy.deepcopy(v3) | {"version": 2}
    assert errors(as_v2)  # a department needs version 3
    v1 = json.loads(VERSION_1.read_text(encoding="utf-8"))
    assert errors(v1 | {"stage": "targets"})  # version 1 has no stage
    v2 = json.loads(SAMPLE.read_text(encoding="utf-8"))
    assert errors({k: v for k, v in v2.items() if k != "stage"})  # version 2 must say it
    assert errors(v2 | {"version": 4})
    bad = copy.deepcopy(v3)
    bad["department"]["tasks"][0]["measures"][0]["unit"] = "%"
    assert errors(bad)


def test_a_version_2_reader_sees_no_department_and_version_4_is_refused() -> None:
    data = json.loads(json_format.dumps(example()))
    data["version"] = 2
    assert json_format.loads(json.dumps(data, ensure_ascii=False)).department is None
    data["version"] = 4
    with pytest.raises(FileFormatError, match="版本为 4"):
        json_format.loads(json.dumps(data))


@pytest.mark.parametrize(("change", "place"), [
    (lambda d: d["department"]["tasks"][0].__setitem__("projects", [12]), "department.tasks[0].projects[0]"),
    (lambda d: d["department"].__setitem__("tasks", {}), "department.tasks"),
    (lambda d: d["department"]["tasks"][0]["budget"].__setitem__("total", True), "department.tasks[0].budget.total"),
])
def test_bad_blocks_are_refused_with_their_place(change: Any, place: str) -> None:
    data = json.loads(json_format.dumps(example()))
    change(data)
    with pytest.raises(FileFormatError) as caught:
        json_format.loads(json.dumps(data, ensure_ascii=False))
    assert place in str(caught.value)


def test_the_recovery_snapshot_carries_the_block() -> None:
    doc = example()
    cache = SnapshotCache(doc)
    try:
        assert json_format.loads(cache.document_text()) == doc
        assert doc.department is not None
        doc.set_department_field(doc.department, "name", "改名")
        assert json_format.loads(cache.document_text()).department == doc.department
    finally:
        cache.close()
