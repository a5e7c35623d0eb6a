"""The 自评表 and 监控表 read from a grid of cell texts: which grids are such forms, the
header, funds, goals and indicators by their labels wherever they stand, tick columns of
the 监控表, several tables in one grid, 分值/得分 kept as stated (``rules=None``) or left
to the rule set, and what cannot be placed reported with its cell."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from jxeditor.document.model import iter_indicators
from jxeditor.document.stages import (
    EVALUATION,
    MONITORING,
    IndicatorMonitoring,
    ProjectMonitoring,
)
from jxeditor.formats.tables.stage_grid import form_stage, key_of, read_stage_tables

D = Decimal


def evaluation_rows(name: str = "社区养老服务") -> list[list[str]]:
    return [
        ["项目支出绩效自评表"],
        ["（ 2026 年度）"],
        ["项目名称", name],
        ["主管部门", "示例民政局", "", "", "实施单位", "示例养老中心"],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", "80", "100", "90", "10", "90%", "9"],
        ["", "其中：当年财政拨款", "80", "90", "85", "—", "", "—"],
        ["", "上年结转资金", "", "10", "5"],
        ["年度总体目标", "预期目标", "", "", "实际完成情况"],
        ["", "为 300 名老人提供服务", "", "", "服务 280 名老人"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
         "偏差原因分析及改进措施"],
        ["", "产出指标 (50分)", "数量指标", "服务人数", "≥300人", "280人", "25", "23.33", "入住延迟"],
        ["", "", "质量指标", "服务达标率", "≥95%", "96%", "25", "25"],
        ["", "满意度指标（50分）", "服务对象满意度指标", "老人满意度", "≥90%", "92%", "50", "/"],
        ["", "总分", "", "", "", "", "100", "98.33"],
        ["", "自评等级", "", "", "", "", "优"],
    ]


def test_key_of_and_form_stage() -> None:
    assert key_of("1–7月 完成值") == "1-7月完成值"
    assert key_of("全年预计执行数：") == "全年预计执行数"
    assert form_stage({"一级指标", "实际完成值"}) == EVALUATION
    assert form_stage({"一级指标", "得分"}) == EVALUATION
    assert form_stage({"一级指标", "1-7月完成值"}) == MONITORING
    assert form_stage({"一级指标", "年度指标值"}) == ""  # a target table
    assert form_stage({"实际完成值"}) == ""


def test_a_target_table_is_no_stage_form() -> None:
    rows = [["项目名称", "档案室改造"], ["一级指标", "二级指标", "三级指标", "年度指标值"],
            ["产出指标", "数量指标", "改造面积", "≥120平方米"]]
    assert read_stage_tables(rows) is None
    assert read_stage_tables([["实际完成值", "得分"]]) is None  # marks, but no table


def test_an_evaluation_form_as_stated() -> None:
    result = read_stage_tables(evaluation_rows(), "自评表", rules=None)
    assert result is not None and result.stage == EVALUATION and result.document_year == 2026
    (p,) = result.projects
    assert (p.name, p.department, p.implementer) == ("社区养老服务", "示例民政局", "示例养老中心")
    ev = p.evaluation
    assert ev is not None
    assert (ev.budget_initial.total, ev.budget_full.total, ev.executed.total) == (D(80), D(100), D(90))
    assert (ev.budget_full.fiscal, ev.executed.carried_over) == (D(90), D(5))
    assert p.goals.annual == "为 300 名老人提供服务" and ev.goals_achieved == "服务 280 名老人"
    assert [l1.name for l1 in p.indicators] == ["产出指标", "满意度指标"]  # points cut off
    got = [(ind.name, ind.value, ind.evaluation) for *_x, ind in iter_indicators(p)]
    assert [(n, v, e.actual, e.points, e.score, e.deviation) for n, v, e in got if e] == [
        ("服务人数", "≥300人", "280人", D(25), D("23.33"), "入住延迟"),
        ("服务达标率", "≥95%", "96%", D(25), D(25), ""),
        ("老人满意度", "≥90%", "92%", D(50), None, ""),  # "/" is left blank on purpose
    ]
    assert result.notices == []


def test_scores_the_rule_set_gives_anyway_are_left_to_it() -> None:
    stated = read_stage_tables(evaluation_rows(), rules=None)
    settled = read_stage_tables(evaluation_rows())
    assert stated is not None and settled is not None
    evs = [ind.evaluation for *_x, ind in iter_indicators(settled.projects[0])]
    stated_evs = [ind.evaluation for *_x, ind in iter_indicators(stated.projects[0])]
    assert all(e is not None for e in evs)
    # every stated number either stays or is one the scoring gives the same
    for mine, theirs in zip(evs, stated_evs, strict=True):
        assert mine is not None and theirs is not None
        assert mine.points in (None, theirs.points) and mine.score in (None, theirs.score)
    assert any(e is not None and e.points is None for e in evs)


def test_two_tables_in_one_grid_and_what_cannot_be_placed() -> None:
    rows = [*evaluation_rows("甲"), ["填报人：张三"], [], *evaluation_rows("乙")[2:]]
    rows[3].append("多出来的")
    result = read_stage_tables(rows, "表1", rules=None)
    assert result is not None
    assert [p.name for p in result.projects] == ["甲", "乙"]
    assert sorted(result.notices) == [
        "工作表“表1”单元格 A17：表格下方的说明未导入：填报人：张三",
        "工作表“表1”单元格 G4：无法归入表格的内容“多出来的”",
    ]


def test_a_monitoring_form_with_tick_columns() -> None:
    rows = [
        ["项目支出绩效运行监控表"],
        ["项目名称", "社区养老服务"],
        ["项目资金（万元）", "全年预算数", "1–7月执行数", "1-7月执行率", "全年预计执行数", "截至日期"],
        ["", "100", "50", "50%", "98", "2026年7月31日"],
        ["年度总体目标", "为 300 名老人提供服务"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "1-7月完成值", "全年预计完成值",
         "完成目标可能性", "", "", "偏差原因分析", "", "", "说明"],
        # the tick columns' own heads, under their columns
        ["", "", "", "", "", "", "确定能", "有可能", "完全不可能", "经费保障", "制度保障", "其他"],
        ["产出指标", "数量指标", "服务人数", "≥300人", "150人", "290人", "", "√", "", "√", "", "",
         "招生不足"],
    ]
    result = read_stage_tables(rows, rules=None)
    assert result is not None and result.stage == MONITORING and result.notices == []
    p = result.projects[0]
    assert p.monitoring == ProjectMonitoring(date(2026, 7, 31), D(100), D(50), D(98))
    assert p.goals.annual == "为 300 名老人提供服务"
    (ind,) = [ind for *_x, ind in iter_indicators(p)]
    assert ind.monitoring == IndicatorMonitoring("150人", "290人", "有可能", ["经费保障"], "招生不足")


def test_a_monitoring_form_with_text_columns() -> None:
    rows = [
        ["项目名称", "社区养老服务"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "1-7月执行情况", "全年预计", "完成可能性",
         "偏差原因", "备注"],
        ["产出指标", "数量指标", "服务人数", "≥300人", "150人", "290人", "有可能",
         "经费保障、人员保障", "x"],
        ["", "质量指标", "服务达标率", "≥95%"],
    ]
    result = read_stage_tables(rows)
    assert result is not None
    blocks = [ind.monitoring for *_x, ind in iter_indicators(result.projects[0])]
    assert blocks == [IndicatorMonitoring("150人", "290人", "有可能", ["经费保障", "人员保障"], "x"),
                      IndicatorMonitoring()]  # every indicator gets a block
