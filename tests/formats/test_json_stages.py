"""The optional parts of JSON format version 2: stage blocks, history and
acknowledgements written only where there are some, read back exactly, and refused with
their JSON path when they are malformed or too many."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from builders import clean_project

from jxeditor.document.document import Document
from jxeditor.document.model import Acknowledgement, HistoryEntry, Indicator
from jxeditor.document.stages import (
    EvaluationColumn,
    IndicatorEvaluation,
    IndicatorMonitoring,
    ProjectEvaluation,
    ProjectMonitoring,
)
from jxeditor.errors import FileFormatError
from jxeditor.formats import json_format
from jxeditor.formats.json_stages import (
    MAX_ACKNOWLEDGEMENTS,
    MAX_HISTORY,
    acknowledgement_list,
    history_list,
    indicator_blocks,
    project_blocks,
    read_absent_fields,
    read_acknowledgements,
    read_history,
    read_indicator_evaluation,
    read_indicator_monitoring,
    read_project_evaluation,
    read_project_monitoring,
)
from jxeditor.formats.json_values import ValueReader


@pytest.fixture
def r() -> ValueReader:
    return ValueReader("doc.json", scrub=False)


def test_a_version_1_project_writes_no_blocks() -> None:
    project = clean_project()
    assert project_blocks(project) == {}
    assert indicator_blocks(Indicator()) == {}
    assert history_list(Indicator()) == [] and acknowledgement_list(project) == []


def test_project_blocks_are_written_as_decimal_strings(r: ValueReader) -> None:
    project = clean_project()
    project.monitoring = ProjectMonitoring(date(2026, 7, 31), Decimal("12.5"), Decimal("6"), None)
    project.evaluation = ProjectEvaluation(
        budget_initial=EvaluationColumn(Decimal("12.5"), Decimal("12.5"), None, None),
        executed=EvaluationColumn(Decimal("1E+1"), "约十万", None, Decimal("0")),
        goals_achieved="已完成",
    )
    blocks = project_blocks(project)
    assert blocks["monitoring"] == {"as_of": "2026-07-31", "budget": "12.5", "executed": "6",
                                    "forecast": None}
    assert blocks["evaluation"]["executed"] == {"total": "10", "fiscal": "约十万",
                                                "carried_over": None, "other": "0"}
    assert blocks["evaluation"]["budget_full"] == {"total": None, "fiscal": None,
                                                   "carried_over": None, "other": None}
    assert read_project_monitoring(r, blocks["monitoring"], "p.monitoring") == project.monitoring
    back = read_project_evaluation(r, blocks["evaluation"], "p.evaluation")
    assert back is not None and back.goals_achieved == "已完成"
    assert back.executed == EvaluationColumn(Decimal("10"), "约十万", None, Decimal("0"))
    assert back.budget_initial == project.evaluation.budget_initial


def test_indicator_blocks_round_trip(r: ValueReader) -> None:
    ind = Indicator("培训人次", "≥500人次")
    ind.monitoring = IndicatorMonitoring("260人次", "520人次", "有可能", ["经费保障", "其他"], "说明")
    ind.evaluation = IndicatorEvaluation("530人次", Decimal("10"), None, "")
    blocks = indicator_blocks(ind)
    assert blocks["evaluation"] == {"actual": "530人次", "points": "10", "score": None,
                                    "deviation": ""}
    assert read_indicator_monitoring(r, blocks["monitoring"], "m") == ind.monitoring
    assert read_indicator_evaluation(r, blocks["evaluation"], "e") == ind.evaluation
    blocks["monitoring"]["causes"].append("制度保障")  # a copy, not the block's list
    assert ind.monitoring.causes == ["经费保障", "其他"]


def test_absent_blocks_read_as_none(r: ValueReader) -> None:
    for read in (read_project_monitoring, read_project_evaluation,
                 read_indicator_monitoring, read_indicator_evaluation):
        assert read(r, None, "x") is None  # type: ignore[operator]


def test_an_evaluation_with_columns_left_out_reads_them_empty(r: ValueReader) -> None:
    back = read_project_evaluation(r, {"budget_full": {"total": "3"}}, "p.evaluation")
    assert back == ProjectEvaluation(budget_full=EvaluationColumn(total=Decimal("3")))


@pytest.mark.parametrize(
    ("read", "value", "place"),
    [
        (read_project_monitoring, [], "位置 p："),
        (read_project_evaluation, {"executed": []}, r"位置 p\.executed："),
        (read_indicator_monitoring, {"possibility": "也许"}, r"位置 p\.possibility："),
        (read_indicator_monitoring, {"causes": ["天气"]}, r"位置 p\.causes\[0\]："),
        (read_indicator_evaluation, {"points": True}, r"位置 p\.points："),
    ],
)
def test_malformed_blocks_are_refused_with_their_place(
    r: ValueReader, read: Any, value: object, place: str
) -> None:
    with pytest.raises(FileFormatError, match=place):
        read(r, value, "p")


def test_history_round_trips_sorted_by_year(r: ValueReader) -> None:
    ind = Indicator(history=[HistoryEntry(2025, "≥400人次", "450人次"), HistoryEntry(2024, "≥300人次")])
    written = history_list(ind)
    assert written == [{"year": 2025, "target": "≥400人次", "actual": "450人次"},
                       {"year": 2024, "target": "≥300人次", "actual": ""}]
    assert read_history(r, written, "h") == [HistoryEntry(2024, "≥300人次", ""),
                                             HistoryEntry(2025, "≥400人次", "450人次")]
    assert read_history(r, None, "h") == []


@pytest.mark.parametrize("year", [1899, 2201, "2025", True, 2025.0, None])
def test_a_history_year_is_an_integer_in_range(r: ValueReader, year: object) -> None:
    with pytest.raises(FileFormatError, match=r"位置 h\[0\]\.year：年度应为 1900 到 2200 之间的整数"):
        read_history(r, [{"year": year}], "h")


def test_too_much_history_is_refused(r: ValueReader) -> None:
    entries = [{"year": 1900 + i % 300} for i in range(MAX_HISTORY)]
    assert len(read_history(r, entries, "h")) == MAX_HISTORY
    with pytest.raises(FileFormatError, match=f"历年记录超过 {MAX_HISTORY} 条"):
        read_history(r, [*entries, {"year": 2000}], "h")


def test_acknowledgements_round_trip(r: ValueReader) -> None:
    project = clean_project()
    project.acknowledgements = [
        Acknowledgement("value.satisfaction_full", "合同约定", indicator=("满意度指标", "服务对象满意度指标", "满意度")),
        Acknowledgement("text.doubled", "原文如此", field="purpose"),
    ]
    written = acknowledgement_list(project)
    assert written[1] == {"code": "text.doubled", "field": "purpose", "indicator": [],
                          "reason": "原文如此"}
    assert read_acknowledgements(r, written, "a") == project.acknowledgements
    assert read_acknowledgements(r, None, "a") == []


@pytest.mark.parametrize(
    ("value", "place"),
    [
        ({"code": "x"}, "位置 a：应为数组"),
        (["x"], r"位置 a\[0\]：应为对象"),
        ([{"indicator": ["一", "二", "三", "四"]}], r"位置 a\[0\]\.indicator：指标路径最多三级"),
        ([{"indicator": ["一", 2]}], r"位置 a\[0\]\.indicator\[1\]：应为文字"),
        ([{"reason": 5}], r"位置 a\[0\]\.reason：应为文字"),
    ],
)
def test_malformed_acknowledgements_are_refused(r: ValueReader, value: object, place: str) -> None:
    with pytest.raises(FileFormatError, match=place):
        read_acknowledgements(r, value, "a")


def test_too_many_acknowledgements_are_refused(r: ValueReader) -> None:
    with pytest.raises(FileFormatError, match="确认无误的记录超过 2,000 条"):
        read_acknowledgements(r, [{}] * (MAX_ACKNOWLEDGEMENTS + 1), "a")


def test_scrubbing_reaches_the_indicator_names() -> None:
    r = ValueReader(None, scrub=True)
    (ack,) = read_acknowledgements(r, [{"code": "c", "indicator": ["产出\ud800"]}], "a")
    assert ack.indicator == ("产出\ufffd",) and r.first_replaced == "a[0].indicator[0]"


def test_absent_fields_round_trip_through_the_document_format() -> None:
    doc = Document(projects=[clean_project()])
    doc.projects[0].absent_fields = ("department", "period.start")
    written = json.loads(json_format.dumps(doc))["projects"][0]
    assert written["absent_fields"] == ["department", "period.start"]
    back = json_format.loads(json_format.dumps(doc))
    assert back.projects[0].absent_fields == ("department", "period.start")
    doc.projects[0].absent_fields = ()
    assert "absent_fields" not in json.loads(json_format.dumps(doc))["projects"][0]


@pytest.mark.parametrize("value", [["主管部门"], [3], "department"])
def test_malformed_absent_fields_are_refused_with_their_place(r: ValueReader, value: object) -> None:
    with pytest.raises(FileFormatError, match="absent_fields"):
        read_absent_fields(r, value, "projects[0].absent_fields")


def test_absent_fields_are_read_once_each(r: ValueReader) -> None:
    assert read_absent_fields(r, ["department", "department"], "a") == ("department",)
    assert read_absent_fields(r, None, "a") == ()
