"""The 自评表 and 监控表 of one project laid out as a sheet plan: the title and year, the
funds with their 执行率, each first level labelled with its points, 分值/得分/总分/自评等级
those of the scoring package, the 监控表's ticked causes and possibility, landscape; and
what the layout writes reads back by its labels as the same blocks."""

from __future__ import annotations

import copy
from datetime import date
from decimal import Decimal

import pytest
from builders import clean_document
from year_examples import evaluated_document

from jxeditor.document.derive import derive_stage
from jxeditor.document.model import iter_indicators
from jxeditor.document.stages import (
    EVALUATION,
    MONITORING,
    IndicatorMonitoring,
    ProjectMonitoring,
)
from jxeditor.formats.tables.stage_grid import read_stage_tables
from jxeditor.formats.xlsx.sheet_plan import Notes
from jxeditor.formats.xlsx.stage_layout import (
    EVALUATION_TITLE,
    MONITORING_TITLE,
    TICK,
    points_label,
    rate_text,
    stage_form,
)
from jxeditor.scoring.numbers import text
from jxeditor.scoring.project import score_project

D = Decimal


def row_of(grid: list[list[str]], first: str) -> list[str]:
    return next(row for row in grid if row and row[0] == first)


def cells(grid: list[list[str]]) -> list[str]:
    return [c for row in grid for c in row if c]


@pytest.mark.parametrize(
    ("executed", "budget", "shown"),
    [(D("113.4"), D("120"), "94.50%"), (D("0"), D("10"), "0.00%"), (D("12"), D("10"), "120.00%"),
     (None, D("10"), ""), (D("1"), None, ""), (D("1"), D("0"), ""), (D("-1"), D("10"), ""),
     ("约十万", D("10"), ""), (D("1E+30"), D("1"), ""), (D("NaN"), D("1"), "")],
)
def test_rate_text(executed: object, budget: object, shown: str) -> None:
    assert rate_text(executed, budget) == shown  # type: ignore[arg-type]


def test_points_label() -> None:
    assert points_label("产出指标", D("50")) == "产出指标\n（50分）"
    assert points_label("产出指标", D("12.50")) == "产出指标\n（12.5分）"
    assert points_label("产出指标", None) == "产出指标"
    assert points_label("", D("10")) == ""


def test_the_evaluation_form_shows_what_the_scoring_computes() -> None:
    doc = evaluated_document()
    project = doc.projects[0]
    plan = stage_form(doc, project, "职业技能培训", Notes())
    grid = plan.grid()
    assert grid[0][0] == EVALUATION_TITLE and grid[1][0] == "（2026年度）"
    assert plan.orientation == "portrait"
    score = score_project(project, doc.scoring)
    total = next(row for row in grid if "年度资金总额" in row)
    assert total[2:5] == ["120", "120", "113.4"]  # 年初, 全年, 执行
    assert total[5:8] == [text(score.execution.points), "94.50%", text(score.execution.score)]
    assert row_of(grid, "总分")[6] == text(score.total)
    assert row_of(grid, "自评等级")[5] == score.grade
    labels = [c for c in cells(grid) if "分）" in c]
    # 产出 50 over four indicators, one of them under 成本: 37.5 and 12.5
    assert labels == ["产出指标\n（37.5分）", "成本指标\n（12.5分）", "效益指标\n（30分）",
                      "满意度指标\n（10分）"]
    first = next(row for row in grid if "培训人次" in row)
    s = score.indicators[0]
    assert first[2:8] == ["培训人次", "≥500人次", "520人次", text(s.points), text(s.score), ""]
    assert plan.title_rows is not None and plan.header_rows()


def test_the_monitoring_form_ticks_causes_and_possibility() -> None:
    doc = derive_stage(clean_document(), MONITORING)
    project = doc.projects[0]
    project.monitoring = ProjectMonitoring(date(2026, 7, 31), D("12.5"), D("5"), D("12"))
    inds = [ind for *_x, ind in iter_indicators(project)]
    inds[0].monitoring = IndicatorMonitoring("60平方米", "120平方米", "有可能",
                                             ["经费保障", "其他"], "雨季延误")
    plan = stage_form(doc, project, "档案室改造", Notes())
    grid = plan.grid()
    assert grid[0][0] == MONITORING_TITLE and plan.orientation == "landscape"
    funds = next(row for n, row in enumerate(grid) if n and "全年预算数" in grid[n - 1])
    assert [c for c in funds if c] == ["12.5", "5", "40.00%", "12", "96.00%", "2026年7月31日"]
    row = next(r for r in grid if "改造面积" in r)
    assert row[4:6] == ["60平方米", "120平方米"]
    assert row[6:11] == [TICK, "", "", "", TICK]  # 经费保障 … 其他
    assert row[11:14] == ["", TICK, ""]  # 确定能, 有可能, 完全不可能
    assert row[14] == "雨季延误"


def test_the_target_stage_gets_the_target_form() -> None:
    doc = clean_document()
    grid = stage_form(doc, doc.projects[0], "档案室改造", Notes()).grid()
    assert EVALUATION_TITLE not in cells(grid) and MONITORING_TITLE not in cells(grid)
    assert "年度指标值" in cells(grid)


@pytest.mark.parametrize("stage", [EVALUATION, MONITORING])
def test_what_the_layout_writes_reads_back_by_its_labels(stage: str) -> None:
    doc = derive_stage(clean_document(), stage)
    project = doc.projects[0]
    inds = [ind for *_x, ind in iter_indicators(project)]
    if stage == EVALUATION:
        assert project.evaluation is not None
        project.evaluation.executed.total = D("11")
        project.evaluation.goals_achieved = "已完成改造"
        inds[1].evaluation.actual = "98%"  # type: ignore[union-attr]
        inds[1].evaluation.deviation = "个别返工"  # type: ignore[union-attr]
    else:
        project.monitoring = ProjectMonitoring(date(2026, 7, 31), D("12.5"), D("5"), D("12"))
        inds[0].monitoring = IndicatorMonitoring("60平方米", "120平方米", "确定能", ["制度保障"], "")
    expected = copy.deepcopy(project)
    grid = stage_form(doc, project, "档案室改造", Notes()).grid()
    result = read_stage_tables(grid, "档案室改造")
    assert result is not None and result.stage == stage and result.notices == []
    (back,) = result.projects
    assert back.name == expected.name
    assert getattr(back, stage) == getattr(expected, stage)
    for (_p, _a, _b, mine), (_q, _c, _d, theirs) in zip(
            iter_indicators(back), iter_indicators(expected), strict=True):
        assert (mine.name, mine.value) == (theirs.name, theirs.value)
        assert getattr(mine, stage) == getattr(theirs, stage)
