"""Next year's document: periods at the year boundary, amounts cleared, history carried
(twice), stage blocks dropped, the source untouched; history through JSON and .xlsx."""

from __future__ import annotations

import copy
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import jsonschema
import pytest
from builders import clean_document, clean_project
from fixture_paths import SAMPLES
from year_examples import evaluated_document

from jxeditor.cli import main
from jxeditor.document.document import Document
from jxeditor.document.model import (
    MAX_HISTORY,
    FundingColumn,
    HistoryEntry,
    Indicator,
    Period,
    iter_indicators,
    previous_year,
)
from jxeditor.document.stages import EVALUATION, MONITORING, TARGETS, IndicatorMonitoring
from jxeditor.formats import json_format
from jxeditor.formats.documents import load_document, save_document
from jxeditor.resources import resource_path
from jxeditor.rules.engine import validate
from jxeditor.yearly.next_year import (
    ENDED,
    KEPT,
    MOVED,
    UNSURE,
    next_year,
    period_fate,
    shift_year,
)

D = Decimal


def with_period(start: date | str | None, end: date | str | None, name: str = "项目") -> Document:
    doc = clean_document()
    doc.projects[0].name = name
    doc.projects[0].period = Period(start, end)
    return doc


@pytest.mark.parametrize(("start", "end", "fate"), [
    (date(2026, 1, 1), date(2026, 12, 31), MOVED),  # one year
    (date(2026, 3, 1), date(2026, 11, 30), MOVED),  # part of the year
    (date(2025, 1, 1), date(2026, 12, 31), ENDED),  # multi-year ending this year
    (date(2024, 1, 1), date(2028, 12, 31), KEPT),  # multi-year going on
    (date(2026, 7, 1), date(2027, 6, 30), KEPT),  # across the boundary
    (date(2027, 1, 1), date(2027, 12, 31), KEPT),  # already next year's
    (date(2025, 1, 1), date(2025, 12, 31), ENDED),  # last year's
    (None, None, UNSURE),  # blank
    (date(2026, 1, 1), None, UNSURE),
    ("2026年全年", None, UNSURE),  # unreadable
    (date(2026, 12, 31), date(2026, 1, 1), UNSURE),  # backwards
    (date(2028, 1, 1), date(2030, 12, 31), UNSURE),  # starts after the new year: kept, noted
])
def test_period_fate_at_the_year_boundary(start, end, fate) -> None:
    assert period_fate(Period(start, end), 2026) == fate


def test_a_one_year_period_moves_on_and_its_amounts_are_cleared() -> None:
    result = next_year(clean_document())
    doc = result.document
    assert doc.year == 2027
    project = doc.projects[0]
    assert project.period == Period(date(2027, 1, 1), date(2027, 12, 31))
    assert project.funding.period == FundingColumn()
    assert project.funding.annual == FundingColumn()
    assert set(project.spending_plan.values()) == {None}
    assert result.left_out == [] and result.notices() == [
        "以下各处的 2026 年已改为 2027 年，请核对：档案室改造：三级指标“完成时间”的指标值"]


def test_the_year_of_the_work_moves_on_in_goals_names_and_values_references_stay() -> None:
    """Issue 31.1: next year's table must not name this year as the time of its work."""
    doc = clean_document()
    project = doc.projects[0]
    project.goals.annual = "2026年12月底前完成改造，查阅效率较2025年提高20%。"
    project.goals.period = "2026年完成档案室改造。"
    ind = project.indicators[0].children[0].children[0]
    ind.name, ind.value = "2026年度改造面积", "≥120平方米"
    span = project.indicators[2].children[0].children[0]
    span.value = "2026—2028年提高20%"
    result = next_year(doc)
    new = result.document.projects[0]
    assert new.goals.annual == "2027年12月底前完成改造，查阅效率较2025年提高20%。"
    assert new.goals.period == "2027年完成档案室改造。"  # the one-year period moved too
    assert new.indicators[0].children[0].children[0].name == "2027年度改造面积"
    assert new.indicators[0].children[2].children[0].value == "2027年12月底前"
    assert new.indicators[2].children[0].children[0].value == "2026—2028年提高20%"
    assert new.indicators[0].children[0].children[0].history[-1].target == "≥120平方米"
    assert result.moved_years == [("档案室改造", [
        "实施期目标", "年度目标", "三级指标“2026年度改造面积”", "三级指标“完成时间”的指标值"])]
    assert [p.code for p in validate(result.document) if p.code == "year.stale"] == []


def test_the_funds_use_moves_on_with_a_one_year_period() -> None:
    """Issue 31: ``year.stale`` reads 项目资金主要用途, so next year moves its year too."""
    doc = clean_document()
    doc.projects[0].purpose = "用于2026年档案室改造，支付2025年结转尾款。"
    result = next_year(doc)
    assert result.document.projects[0].purpose == "用于2027年档案室改造，支付2025年结转尾款。"
    assert result.moved_years[0][1][0] == "项目资金主要用途"
    assert [p.code for p in validate(result.document) if p.code == "year.stale"] == []


def test_a_multi_year_period_keeps_its_period_goal() -> None:
    doc = with_period(date(2025, 1, 1), date(2027, 12, 31))
    doc.projects[0].goals.period = "2025年设计，2026年施工，2027年投入使用。"
    new = next_year(doc).document.projects[0]
    assert new.goals.period == "2025年设计，2026年施工，2027年投入使用。"


def test_a_multi_year_period_stays_with_its_period_amounts() -> None:
    doc = with_period(date(2025, 1, 1), date(2027, 12, 31))
    project = next_year(doc).document.projects[0]
    assert project.period == Period(date(2025, 1, 1), date(2027, 12, 31))
    assert project.funding.period == FundingColumn(D("20"), D("15"), D("5"))
    assert project.funding.annual == FundingColumn()


def test_ended_projects_are_left_out_and_listed_blank_periods_kept_with_a_notice() -> None:
    doc = Document(year=2026, projects=[
        with_period(date(2025, 1, 1), date(2026, 12, 31), "已结束").projects[0],
        with_period(None, None, "未填实施期").projects[0],
        with_period(date(2026, 1, 1), date(2026, 12, 31), "年度项目").projects[0],
    ])
    result = next_year(doc)
    assert [p.name for p in result.document.projects] == ["未填实施期", "年度项目"]
    assert result.left_out == ["已结束"]
    assert result.unsure == ["未填实施期"]
    assert result.document.projects[0].period == Period(None, None)
    notices = result.notices()
    assert "已结束" in notices[0] and "2027" in notices[0]
    assert "未填实施期" in notices[1]


def test_29_february_becomes_the_28th() -> None:
    assert shift_year(date(2028, 2, 29)) == date(2029, 2, 28)
    assert shift_year(date(2026, 12, 31)) == date(2027, 12, 31)


def test_targets_stay_history_is_carried_and_stage_blocks_are_dropped() -> None:
    source = evaluated_document()
    source.projects[0].monitoring = None
    before = copy.deepcopy(source)
    doc = next_year(source).document
    assert source == before  # the source is not changed
    assert doc.stage == TARGETS and doc.year == 2027
    for old, new in zip(source.projects, doc.projects, strict=True):
        assert new.monitoring is None and new.evaluation is None
        for (_p, _a, _b, a), (_q, _c, _d, b) in zip(
            iter_indicators(old), iter_indicators(new), strict=True
        ):
            assert (b.name, b.value) == (a.name, a.value)
            assert b.monitoring is None and b.evaluation is None
            assert a.evaluation is not None
            assert b.history == [HistoryEntry(2026, a.value, a.evaluation.actual)]
            assert previous_year(b, 2027) == b.history[0]


def test_history_carried_twice_keeps_the_older_years() -> None:
    doc = clean_document()
    first = next_year(doc).document
    ind = first.projects[0].indicators[0].children[0].children[0]
    ind.value = "≥130平方米"
    ind.monitoring = IndicatorMonitoring(current="80平方米")
    second = next_year(first).document
    carried = second.projects[0].indicators[0].children[0].children[0]
    assert second.year == 2028
    assert carried.history == [
        HistoryEntry(2026, "≥120平方米", ""),
        HistoryEntry(2027, "≥130平方米", ""),  # no 自评: no actual
    ]
    assert previous_year(carried, 2028) == HistoryEntry(2027, "≥130平方米", "")
    assert second.projects[0].period == Period(date(2028, 1, 1), date(2028, 12, 31))


def test_running_twice_on_the_same_year_does_not_double_the_entry() -> None:
    doc = clean_document()
    ind = doc.projects[0].indicators[0].children[0].children[0]
    ind.history = [HistoryEntry(2026, "old", "old"), HistoryEntry(2024, "a", "b")]
    carried = next_year(doc).document.projects[0].indicators[0].children[0].children[0]
    assert carried.history == [HistoryEntry(2024, "a", "b"), HistoryEntry(2026, "≥120平方米", "")]


def test_a_new_project_carried_on_is_continued_settings_kept() -> None:
    doc = clean_document()
    doc.projects[0].attribute = "新增项目"
    doc.reporting_unit = "示例局"
    doc.stage = MONITORING
    out = next_year(doc).document
    assert out.projects[0].attribute == "延续项目"
    assert (out.reporting_unit, out.framework, out.money_unit) == ("示例局", "2021", "万元")
    assert out.projects[0].code == "102001001"
    assert out.projects[0].goals == doc.projects[0].goals


def test_history_survives_json_and_xlsx(tmp_path: Path) -> None:
    doc = next_year(next_year(evaluated_document()).document).document
    text = json_format.dumps(doc)
    assert '"history": [' in text
    again = json_format.loads(text)
    assert again == doc
    path = tmp_path / "next.xlsx"
    save_document(doc, path)
    from_xlsx, _notices = load_document(path)
    assert from_xlsx == doc


def test_an_indicator_without_history_writes_no_key() -> None:
    text = json_format.dumps(Document(projects=[clean_project()]))
    assert "history" not in text


@pytest.mark.parametrize(("history", "message"), [
    ('{"year": "2026"}', "1900 到 2200"),
    ('{"year": 1800}', "1900 到 2200"),
    ('"x"', "对象"),
])
def test_a_broken_history_names_its_place(history: str, message: str) -> None:
    doc = json_format.dumps(Document(projects=[clean_project()]))
    broken = doc.replace('"basis": ""\n', f'"basis": "", "history": [{history}]\n', 1)
    assert broken != doc
    with pytest.raises(Exception, match=message) as info:
        json_format.loads(broken)
    assert "history" in str(info.value)


def test_history_entries_are_sorted_and_null_is_none() -> None:
    doc = json_format.dumps(Document(projects=[clean_project()]))
    text = doc.replace('"basis": ""\n', '"basis": "", "history": ['
                       '{"year": 2025, "target": "b", "actual": ""},'
                       '{"year": 2024, "target": "a", "actual": "x"}]\n', 1)
    ind = json_format.loads(text).projects[0].indicators[0].children[0].children[0]
    assert [h.year for h in ind.history] == [2024, 2025]
    text = doc.replace('"basis": ""\n', '"basis": "", "history": null\n', 1)
    assert json_format.loads(text).projects[0].indicators[0].children[0].children[0].history == []


def test_empty_document_and_indicator_without_evaluation() -> None:
    assert next_year(Document(year=2026)).document.projects == []
    doc = clean_document()
    doc.projects[0].indicators[0].children[0].children.append(Indicator())
    out = next_year(doc).document
    assert out.projects[0].indicators[0].children[0].children[1].history == [
        HistoryEntry(2026, "", "")
    ]
    assert EVALUATION not in (out.stage,)


def test_history_is_in_the_schema() -> None:
    schema = json.loads(resource_path("document.schema.json").read_text(encoding="utf-8"))
    doc = next_year(evaluated_document()).document
    jsonschema.Draft202012Validator(schema).validate(json.loads(json_format.dumps(doc)))
    bad = json.loads(json_format.dumps(doc))
    bad["projects"][0]["indicators"][0]["children"][0]["children"][0]["history"][0]["year"] = "x"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schema).validate(bad)


def test_the_real_department_tables_carried_to_the_next_year_name_no_old_year() -> None:
    """The 2023 tables carried to 2024: 清理暂付款's 时效 “2023年12月31日” and the two
    funds uses “2023年化解计划” / “2023年清理计划” (no period: not a period's own year)
    move on and are listed; nothing of 2023 is left for ``year.stale`` to report."""
    source, _notices = load_document(SAMPLES / "department-overall-and-coded-projects-2023.txt")
    result = next_year(source)
    assert result.moved_years == [
        ("隐性债务化解", ["项目资金主要用途"]),
        ("清理暂付款", ["项目资金主要用途", "三级指标“当年完成”的指标值"])]
    assert result.document.projects[3].purpose == "用于完成开发区隐性债务2024年化解计划。"
    assert [p for p in validate(result.document) if p.code == "year.stale"] == []
    source.year = 2024  # the same tables kept unchanged for 2024 would be reported
    assert [p.project_name for p in validate(source) if p.code == "year.stale"] == [
        "隐性债务化解", "清理暂付款", "清理暂付款"]


def test_the_department_block_is_carried_without_this_years_money() -> None:
    """Issue 30: texts, tasks, measures and the tree (with history) go on; the budgets,
    the 金额合计 and the 自评 block are the new year's to fill."""
    from jxeditor.document.department import Department, DepartmentEvaluation, Measure, Task
    from jxeditor.document.model import FundingColumn, Indicator, Level1, Level2

    doc = clean_document()
    doc.department = Department(
        name="示例局", overall_goal="做好工作。",
        tasks=[Task("组织收入", "组织收入。", FundingColumn(Decimal(5), Decimal(5), None),
                    ["102001001"], [Measure("同比增长 8%", "同比增长率", "≥8%")])],
        total=FundingColumn(Decimal(5), None, None),
        indicators=[Level1("产出指标", [Level2("数量指标", [Indicator("评审项目数", "≥20个")])])],
        evaluation=DepartmentEvaluation(goals_achieved="已完成"),
    )
    carried = next_year(doc).document.department
    assert carried is not None and carried is not doc.department
    task = carried.tasks[0]
    assert (task.title, task.projects, task.measures) == ("组织收入", ["102001001"], doc.department.tasks[0].measures)
    assert task.budget == FundingColumn() and carried.total == FundingColumn()
    assert carried.evaluation is None and carried.funds is None
    ind = carried.indicators[0].children[0].children[0]
    assert ind.value == "≥20个" and [(h.year, h.target) for h in ind.history] == [(2026, "≥20个")]
    assert next_year(clean_document()).document.department is None


def test_the_department_block_moves_its_years_on_and_lists_them() -> None:
    """The year of the work in the department's goal and tree moves on, as a project's
    does, and is listed under 部门整体."""
    from jxeditor.document.department import Department
    from jxeditor.document.model import Indicator, Level1, Level2

    doc = clean_document()
    year = doc.year
    doc.department = Department(
        name="示例局", overall_goal=f"{year}年完成年度重点工作。",
        indicators=[Level1("产出指标", [Level2("时效指标", [
            Indicator("完成时间", f"{year}年12月底前")])])],
    )
    result = next_year(doc)
    carried = result.document.department
    assert carried is not None
    assert carried.overall_goal == f"{year + 1}年完成年度重点工作。"
    assert carried.indicators[0].children[0].children[0].value == f"{year + 1}年12月底前"
    assert ("部门整体", ["总体绩效目标", "三级指标“完成时间”的指标值"]) in result.moved_years


def test_a_full_history_drops_its_oldest_entry_and_says_so(tmp_path: Path, capsys) -> None:
    """Issue 32.11: 200 entries (what readers accept) plus this year would be a file no
    reader takes: the oldest goes, with a notice, and the file written reads back."""
    doc = clean_document()
    ind = doc.projects[0].indicators[0].children[0].children[0]
    ind.history = [HistoryEntry(1900 + i % 126, f"目标{i}", "") for i in range(MAX_HISTORY)]
    result = next_year(doc)
    carried = result.document.projects[0].indicators[0].children[0].children[0]
    assert len(carried.history) == MAX_HISTORY
    assert [h.year for h in carried.history].count(1900) == 1  # one of the two oldest went
    assert carried.history[-1].year == 2026
    assert result.trimmed == 1 and f"1 个指标的历年记录超过 {MAX_HISTORY} 条" in result.notices()[-1]
    source, target = tmp_path / "2026.json", tmp_path / "2027.json"
    json_format.save(doc, source)
    assert main(["next-year", str(source), str(target)]) == 0
    assert "已删去最早的记录" in capsys.readouterr().err
    again = json_format.load(target).projects[0].indicators[0].children[0].children[0]
    assert len(again.history) == MAX_HISTORY
