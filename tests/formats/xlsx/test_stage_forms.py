"""Issue 16.7: the 自评表 and 监控表 in Excel. Written by the document's stage, read back
exactly (hidden sheet, format version 2), edited sheets re-read by their labels with the
rest kept exact, forms made elsewhere read by their labels, and the footer's 总分 and
自评等级 those of the scoring package."""

from __future__ import annotations

import base64
import copy
import dataclasses
import json
import zlib
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from builders import clean_document
from year_examples import evaluated_document

from jxeditor.cli import main
from jxeditor.document.derive import derive_stage
from jxeditor.document.document import Document
from jxeditor.document.model import HistoryEntry, iter_indicators
from jxeditor.document.stages import (
    EVALUATION,
    MONITORING,
    IndicatorMonitoring,
    ProjectMonitoring,
)
from jxeditor.formats.json_format import save as save_json
from jxeditor.formats.xlsx.common import META_SHEET
from jxeditor.formats.xlsx.reader import read_xlsx
from jxeditor.formats.xlsx.stage_layout import EVALUATION_TITLE, MONITORING_TITLE
from jxeditor.formats.xlsx.writer import save_xlsx
from jxeditor.scoring.numbers import text
from jxeditor.scoring.project import score_document, unfinished_text

D = Decimal


def rich_evaluated() -> Document:
    """The hand-computed 自评 examples plus everything format version 2 holds: user
    分值 and 得分, monitoring blocks, history, target-only fields."""
    doc = evaluated_document()
    doc.reporting_unit = "示例局"
    doc.scoring = "linear-cap"
    p = doc.projects[0]
    p.code, p.department, p.implementer = "2026-001", "示例局", "示例中心"
    p.purpose = "培训经费"
    p.funding.annual.total = D("120")
    p.goals.period, p.goals.annual = "三年培训 1500 人次", "全年培训 500 人次"
    assert p.evaluation is not None
    p.evaluation.budget_full.fiscal, p.evaluation.executed.fiscal = D("100"), D("95.5")
    p.evaluation.goals_achieved = "全年完成培训 520 人次"
    p.monitoring = ProjectMonitoring(date(2026, 7, 31), D("120"), D("70.5"), D("118"))
    inds = [ind for *_rest, ind in iter_indicators(p)]
    inds[0].history = [HistoryEntry(2025, "≥450人次", "470人次")]
    inds[0].description = "全年培训人次"
    inds[0].monitoring = IndicatorMonitoring("310人次", "520人次", "确定能")
    assert inds[5].evaluation is not None and inds[1].evaluation is not None
    inds[5].evaluation.score = D("11")  # 部分达成: the user's score in its band
    inds[1].evaluation.points = D("12.5")  # the user's 分值, equal to the even share
    return doc


def monitored() -> Document:
    doc = derive_stage(clean_document(), MONITORING)
    p = doc.projects[0]
    p.monitoring = ProjectMonitoring(date(2026, 7, 31), D("12.5"), D("6.25"), D("12"))
    first, second = (ind for *_rest, ind in list(iter_indicators(p))[:2])
    first.monitoring = IndicatorMonitoring("80平方米", "120平方米", "确定能")
    second.monitoring = IndicatorMonitoring("", "95%", "有可能", ["经费保障", "其他"], "材料延误")
    return doc


def written(doc: Document, tmp_path: Path, name: str = "doc.xlsx") -> Path:
    path = tmp_path / name
    assert save_xlsx(doc, path) == []
    return path


def sheet_values(path: Path, index: int = 2) -> list[tuple[Any, ...]]:
    wb = openpyxl.load_workbook(path)
    return [tuple(row) for row in wb.worksheets[index].iter_rows(values_only=True)]


def edit(path: Path, change: dict[Any, Any], index: int = 2) -> None:
    """Replaces cell values (old → new) on one sheet, as a user would in Excel."""
    wb = openpyxl.load_workbook(path)
    for row in wb.worksheets[index].iter_rows():
        for cell in row:
            if cell.value in change:
                cell.value = change[cell.value]
    wb.save(path)


def hidden_json(path: Path) -> dict[str, Any]:
    rows = list(openpyxl.load_workbook(path)[META_SHEET].iter_rows(values_only=True))
    packed = "".join(str(r[1]) for r in rows if r[0] == "json")
    return json.loads(zlib.decompress(base64.b64decode(packed)))  # type: ignore[no-any-return]


# -- written by stage and read back exactly --------------------------------------------
def test_an_evaluated_document_round_trips_exactly_with_format_version_2(tmp_path: Path) -> None:
    doc = rich_evaluated()
    path = written(doc, tmp_path)
    again, notices = read_xlsx(path)
    assert again == doc and notices == []
    data = hidden_json(path)
    assert data["version"] == 2 and data["stage"] == EVALUATION and data["scoring"] == "linear-cap"
    first = data["projects"][0]
    assert first["monitoring"]["executed"] == "70.5"
    indicator = first["indicators"][0]["children"][0]["children"][0]
    assert indicator["history"] == [{"year": 2025, "target": "≥450人次", "actual": "470人次"}]


def test_the_sheets_follow_the_stage(tmp_path: Path) -> None:
    evaluation = sheet_values(written(rich_evaluated(), tmp_path, "e.xlsx"))
    monitoring = sheet_values(written(monitored(), tmp_path, "m.xlsx"))
    targets = sheet_values(written(clean_document(), tmp_path, "t.xlsx"))
    assert evaluation[0][0] == EVALUATION_TITLE and monitoring[0][0] == MONITORING_TITLE
    assert targets[0][0] == "本级预算项目绩效目标表"
    heads = next(r for r in evaluation if r[0] == "一级指标")
    assert heads == ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                     "偏差原因分析及改进措施")
    funds = next(r for r in evaluation if r[1] == "年度资金总额")
    assert funds[2:] == (120, 120, 113.4, 10, "94.50%", 9.45)
    labels = [r[0] for r in evaluation if r[0] and str(r[0]).startswith(("产出", "成本", "效益", "满意"))]
    assert labels == ["产出指标\n（37.5分）", "成本指标\n（12.5分）", "效益指标\n（30分）",
                      "满意度指标\n（10分）"]
    ticks = next(r for r in monitoring if r[2] == "验收合格率")
    assert ticks[4:] == (None, "95%", "√", None, None, None, "√", None, "√", None, "材料延误")


@pytest.mark.parametrize("rules", ["2020-10", "linear-cap"])
def test_footer_total_and_grade_are_the_scoring_packages(tmp_path: Path, rules: str) -> None:
    doc = rich_evaluated()
    doc.scoring = rules
    path = written(doc, tmp_path)
    for index, score in enumerate(score_document(doc)):
        rows = sheet_values(path, 2 + index)
        total = next(r for r in rows if r[0] == "总分")
        grade = next(r for r in rows if r[0] == "自评等级")
        if score.grade is None:  # not finished: no total, no grade
            assert total[6] == unfinished_text(len(score.unscored)) and grade[5] == "—"
        else:
            assert text(D(repr(total[6]))) == text(score.total) and grade[5] == score.grade
        first = next(i for i, r in enumerate(rows) if r[0] == "一级指标") + 1
        shown = [(D(repr(r[5])), D(repr(r[6])) if r[6] is not None else None)
                 for r in rows[first:rows.index(total)]]
        assert shown == [(s.points, s.score) for s in score.indicators]
    # the examples' 90.29 (linear-cap 89.67), and 0.5 more for the user's 11 for 长效机制
    assert text(score_document(doc)[0].total) == ("90.79" if rules == "2020-10" else "90.17")
    # 农村公路养护's 节约资金 is in another unit: the sheet says it is not finished
    roads = sheet_values(path, 3)
    assert next(r for r in roads if r[0] == "总分")[6] == "总分（未完成：1 项未评分）"


def test_the_monitoring_form_round_trips(tmp_path: Path) -> None:
    doc = monitored()
    path = written(doc, tmp_path)
    assert read_xlsx(path) == (doc, [])


def test_openpyxl_opens_the_written_workbooks(tmp_path: Path) -> None:
    for n, doc in enumerate((rich_evaluated(), monitored())):
        wb = openpyxl.load_workbook(written(doc, tmp_path, f"{n}.xlsx"))
        ws = wb.worksheets[2]
        assert ws.page_setup.orientation == ("portrait" if n == 0 else "landscape")
        assert ws.print_title_rows and ws.merged_cells.ranges


def test_convert_writes_the_stage_form(tmp_path: Path) -> None:
    source, target = tmp_path / "doc.json", tmp_path / "doc.xlsx"
    save_json(rich_evaluated(), source)
    assert main(["convert", str(source), str(target)]) == 0
    assert sheet_values(target)[0][0] == EVALUATION_TITLE
    assert read_xlsx(target)[0] == rich_evaluated()


# -- edited in Excel: the sheet re-read by its labels ------------------------------------
def test_an_edited_actual_value_is_read_and_rescored(tmp_path: Path) -> None:
    doc = rich_evaluated()
    path = written(doc, tmp_path)
    edit(path, {"90%": "96%"})
    again, notices = read_xlsx(path)
    expected = copy.deepcopy(doc)
    ev = expected.projects[0].indicators[0].children[1].children[0].evaluation
    assert ev is not None
    ev.actual = "96%"
    assert again == expected  # 分值/得分 still computed; history, monitoring, purpose kept
    assert notices == ["工作表“职业技能培训”在导出后被修改过，已按表格中现在的内容重新读取"]
    assert score_document(again)[0].indicators[1].score == D("12.5")


def test_edited_scores_funds_and_texts_are_the_users(tmp_path: Path) -> None:
    doc = rich_evaluated()
    path = written(doc, tmp_path)
    edit(path, {11.84: 12, 113.4: 118, "教材涨价": "教材价格上涨", "全年完成培训 520 人次": "完成"})
    again, _notices = read_xlsx(path)
    expected = copy.deepcopy(doc)
    p = expected.projects[0]
    assert p.evaluation is not None
    p.evaluation.executed.total = D("118")
    p.evaluation.goals_achieved = "完成"
    evs = [ind.evaluation for *_rest, ind in iter_indicators(p)]
    assert evs[1] is not None and evs[3] is not None
    evs[1].score = D("12")
    evs[3].deviation = "教材价格上涨"
    assert again == expected


def test_an_edited_monitoring_sheet(tmp_path: Path) -> None:
    doc = monitored()
    path = written(doc, tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[2]
    row = next(r for r in ws.iter_rows() if r[2].value == "改造面积")
    row[4].value = "100平方米"
    row[6].value = "√"  # 经费保障
    row[11].value, row[12].value = None, "√"  # 确定能 → 有可能
    wb.save(path)
    again, _notices = read_xlsx(path)
    expected = copy.deepcopy(doc)
    m = expected.projects[0].indicators[0].children[0].children[0].monitoring
    assert m is not None
    m.current, m.causes, m.possibility = "100平方米", ["经费保障"], "有可能"
    assert again == expected


# -- without the hidden sheet: read by the labels ---------------------------------------
def test_our_forms_without_the_hidden_sheet_read_by_their_labels(tmp_path: Path) -> None:
    for n, doc in enumerate((evaluated_document(), monitored())):
        path = written(doc, tmp_path, f"{n}.xlsx")
        wb = openpyxl.load_workbook(path)
        del wb[META_SHEET]
        wb.save(path)
        again, notices = read_xlsx(path)
        assert again.stage == doc.stage and again.year == doc.year
        if n == 0:
            assert again.projects == doc.projects
        else:  # the 监控表 does not show the target funding, plan and period goal
            read, original = again.projects[0], doc.projects[0]
            assert read.monitoring == original.monitoring and read.indicators == [
                dataclasses.replace(l1, children=[dataclasses.replace(l2, children=[
                    dataclasses.replace(ind, description="", basis="") for ind in l2.children
                ]) for l2 in l1.children]) for l1 in original.indicators]
        assert all("汇总视图" in n for n in notices)


def handmade_form(path: Path) -> None:
    """A 自评表 as a bureau's template has it: its own columns and spellings."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "自评表"
    rows: list[list[Any]] = [
        ["项目支出绩效自评表"],
        ["（ 2026 年度）"],
        ["项目名称", "社区养老服务", None, None, None, None, None, None, None],
        ["主管部门", "示例民政局", None, None, "实施单位", "示例养老中心"],
        ["项目资金\n（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [None, "年度资金总额", 80, 100, 90, 10, "90%", 9],
        [None, "其中：当年财政拨款", 80, 90, 85, "—", None, "—"],
        [None, "上年结转资金", None, 10, 5, "—", None, "—"],
        [None, "其他资金", None, None, None, "—", None, "—"],
        ["年度总体\n目标", "预期目标", None, None, "实际完成情况"],
        [None, "为 300 名老人提供服务", None, None, "服务 280 名老人"],
        ["绩效\n指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
         "偏差原因分析及改进措施"],
        [None, "产出指标 (50分)", "数量指标", "服务人数", "≥300人", "280人", 25, 23.33, "入住延迟"],
        [None, None, "质量指标", "服务达标率", "≥95%", "96%", 25, 25, None],
        [None, "效益指标（30分）", "社会效益指标", "老人生活质量", "明显改善", "达成", 30, 27, None],
        [None, "满意度指标（10分）", "服务对象满意度指标", "老人满意度", "≥90%", "92%", 10, 10, None],
        [None, None, None, "入住老人满意度", "≥90%", None, "—", "/", None],
        [None, "总分", None, None, None, None, 100, 94.33, None],
        [None, "自评等级", None, None, None, None, "优"],
        ["填报人：张三"],
    ]
    for row in rows:
        ws.append(row)
    wb.save(path)


def test_a_form_made_elsewhere_is_read_by_its_labels(tmp_path: Path) -> None:
    path = tmp_path / "自评.xlsx"
    handmade_form(path)
    doc, notices = read_xlsx(path)
    assert doc.stage == EVALUATION and doc.year == 2026 and len(doc.projects) == 1
    p = doc.projects[0]
    assert (p.name, p.department, p.implementer) == ("社区养老服务", "示例民政局", "示例养老中心")
    assert p.goals.annual == "为 300 名老人提供服务"
    ev = p.evaluation
    assert ev is not None and ev.goals_achieved == "服务 280 名老人"
    assert (ev.budget_initial.total, ev.budget_full.total, ev.executed.total) == (80, 100, 90)
    assert (ev.budget_full.fiscal, ev.executed.fiscal) == (90, 85)
    assert (ev.budget_full.carried_over, ev.executed.carried_over, ev.executed.other) == (10, 5, None)
    assert [l1.name for l1 in p.indicators] == ["产出指标", "效益指标", "满意度指标"]
    evs = [(ind.name, ind.value, ind.evaluation) for *_rest, ind in iter_indicators(p)]
    assert [(n, v, e.actual, e.deviation) for n, v, e in evs if e] == [
        ("服务人数", "≥300人", "280人", "入住延迟"), ("服务达标率", "≥95%", "96%", ""),
        ("老人生活质量", "明显改善", "达成", ""), ("老人满意度", "≥90%", "92%", ""),
        ("入住老人满意度", "≥90%", "", ""),
    ]
    # 分值: the even split (no 满意度 moved: it is there) is the rule's, so left empty; the
    # 得分 the rule set computes the same are left empty; 27 for 达成 is the user's own.
    assert [(e.points, e.score) for _n, _v, e in evs if e] == [
        (None, None), (None, None), (None, D("27")), (D(10), None), (None, None)]
    assert notices == ["工作表“自评表”单元格 A20：表格下方的说明未导入：填报人：张三"]
    assert text(score_document(doc)[0].total) == "94.33"  # the unscored one counts 0


def test_stated_points_other_than_the_even_split_are_the_users(tmp_path: Path) -> None:
    path = tmp_path / "自评.xlsx"
    handmade_form(path)
    edit(path, {25: 30}, index=0)  # both 产出 indicators at 30: 60 points, not 50
    doc, _notices = read_xlsx(path)
    evs = [ind.evaluation for *_rest, ind in iter_indicators(doc.projects[0])]
    assert [e.points for e in evs if e] == [D(30), D(30), None, D(10), None]


def test_a_monitoring_form_made_elsewhere_is_read_by_its_labels(tmp_path: Path) -> None:
    """Text columns for the possibility and the causes, 执行情况 for 完成值."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in (
        ["项目支出绩效运行监控表"],
        ["项目名称", "社区养老服务"],
        ["项目资金（万元）", "全年预算数", "1-7月执行数", "1-7月执行率", "全年预计执行数", "截至日期"],
        [None, 100, 50, "50%", 98, "2026年7月31日"],
        ["年度总体目标", "为 300 名老人提供服务"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "1-7月执行情况", "全年预计完成情况",
         "完成目标可能性", "偏差原因", "备注"],
        ["产出指标", "数量指标", "服务人数", "≥300人", "150人", "290人", "有可能",
         "经费保障、人员保障", "招生不足"],
        [None, "质量指标", "服务达标率", "≥95%", "96%", "96%", "确定能"],
    ):
        ws.append(row)
    path = tmp_path / "监控.xlsx"
    wb.save(path)
    doc, notices = read_xlsx(path)
    assert doc.stage == MONITORING and notices == []
    p = doc.projects[0]
    assert p.monitoring == ProjectMonitoring(date(2026, 7, 31), D(100), D(50), D(98))
    assert p.goals.annual == "为 300 名老人提供服务"
    blocks = [(ind.name, ind.monitoring) for *_rest, ind in iter_indicators(p)]
    assert blocks == [
        ("服务人数", IndicatorMonitoring("150人", "290人", "有可能", ["经费保障", "人员保障"],
                                     "招生不足")),
        ("服务达标率", IndicatorMonitoring("96%", "96%", "确定能")),
    ]


def test_a_renamed_indicator_keeps_what_the_form_does_not_show(tmp_path: Path) -> None:
    doc = rich_evaluated()
    path = written(doc, tmp_path)
    edit(path, {"培训人次": "培训人数"})
    again, _notices = read_xlsx(path)
    expected = copy.deepcopy(doc)
    expected.projects[0].indicators[0].children[0].children[0].name = "培训人数"
    assert again == expected  # its history, description and monitoring block kept
