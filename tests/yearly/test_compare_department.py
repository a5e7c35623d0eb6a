"""Issue 30: the comparison of two versions carries the department block: its texts,
tasks, measures, 保障措施 and tree, each change named 部门整体; the same block written
otherwise (spaces, full-width forms, 12 for 12.00) is silent."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from pathlib import Path

from builders import clean_document

from jxeditor.cli import main
from jxeditor.document.department import Department, Measure, Safeguard, Task
from jxeditor.document.document import Document
from jxeditor.document.model import FundingColumn, Indicator, Level1, Level2
from jxeditor.formats import json_format
from jxeditor.yearly.compare import FIELD_CHANGED, INDICATOR_ADDED, VALUE_CHANGED, compare
from jxeditor.yearly.compare_department import (
    DEPARTMENT_ADDED,
    DEPARTMENT_REMOVED,
    MEASURE_ADDED,
    MEASURE_REMOVED,
    SAFEGUARD_REMOVED,
    TASK_ADDED,
    TASK_REMOVED,
)


def with_department() -> Document:
    doc = clean_document()
    doc.department = Department(
        name="示例局", overall_goal="做好工作。",
        tasks=[Task("组织收入", "完成收入任务。", FundingColumn(Decimal("12.00"), None, None),
                    projects=["102001001"], measures=[Measure("收入增长 8%。", "收入增长率", "≥8%")]),
               Task("保障运转", "人员经费。")],
        measures=[Safeguard("完善制度", "制定制度。"), Safeguard("加强监督", "开展监督。")],
        indicators=[Level1("产出指标", [Level2("数量指标", [Indicator("评审项目数", "≥20个")])])],
    )
    return doc


def rows(old: Document, new: Document) -> list[tuple[str, str, str, str | None, str | None, str]]:
    return [(c.project, c.change, c.path, c.old, c.new, c.location) for c in compare(old, new)]


def test_each_change_of_the_block_once_under_its_place() -> None:
    old = with_department()
    new = copy.deepcopy(old)
    dept = new.department
    assert dept is not None
    dept.overall_goal = "全面做好工作。"
    dept.tasks[0].budget.total = Decimal(15)
    dept.tasks[0].measures[0] = Measure("收入增长 9%。", "收入增长率", "≥9%")
    dept.tasks[1].title = "保障机关运转"  # renamed in place: its title changed
    dept.tasks.append(Task("新任务"))
    del dept.measures[1]
    dept.indicators[0].children[0].children[0].value = "≥25个"
    dept.indicators[0].children[0].children.append(Indicator("培训人次", "≥100人次"))
    assert rows(old, new) == [
        ("部门整体", FIELD_CHANGED, "overall_goal", "做好工作。", "全面做好工作。", "总体绩效目标"),
        ("部门整体", FIELD_CHANGED, "tasks[0].budget.total", "12.00", "15",
         "分项目标（一）组织收入 / 预算金额（总额）"),
        ("部门整体", FIELD_CHANGED, "tasks[0].measures[0].text", "收入增长 8%。", "收入增长 9%。",
         "分项目标（一）组织收入 / 绩效指标（1）/ 绩效指标"),
        ("部门整体", FIELD_CHANGED, "tasks[0].measures[0].value", "≥8%", "≥9%",
         "分项目标（一）组织收入 / 绩效指标（1）/ 指标值"),
        ("部门整体", FIELD_CHANGED, "tasks[1].title", "保障运转", "保障机关运转",
         "分项目标（二）保障机关运转 / 任务名称"),
        ("部门整体", TASK_ADDED, "tasks", None, "新任务", "分项目标（三）新任务"),
        ("部门整体", SAFEGUARD_REMOVED, "measures", "加强监督", None, "目标规划及保障措施"),
        ("部门整体", VALUE_CHANGED, "产出指标 / 数量指标 / 评审项目数", "≥20个", "≥25个",
         "绩效指标 / 产出指标 / 数量指标 / 评审项目数"),
        ("部门整体", INDICATOR_ADDED, "产出指标 / 数量指标 / 培训人次", None, "≥100人次",
         "绩效指标 / 产出指标 / 数量指标 / 培训人次"),
    ]


def test_added_and_removed_measures_and_tasks() -> None:
    old = with_department()
    new = copy.deepcopy(old)
    assert new.department is not None
    new.department.tasks[0].measures.append(Measure("按时完成。"))
    del new.department.tasks[1]
    assert [c[1:4] for c in rows(old, new)] == [
        (MEASURE_ADDED, "tasks[0].measures", None), (TASK_REMOVED, "tasks", "保障运转")]
    assert [c[1] for c in rows(new, old)] == [MEASURE_REMOVED, TASK_ADDED]


def test_the_same_block_written_otherwise_is_no_change() -> None:
    old = with_department()
    new = copy.deepcopy(old)
    dept = new.department
    assert dept is not None
    dept.overall_goal = " 做好工作。 "
    dept.tasks[0].budget.total = Decimal(12)
    dept.tasks[0].measures[0].value = "≥8％"
    assert rows(old, new) == []


def test_the_block_added_or_removed_as_a_whole() -> None:
    old, new = clean_document(), with_department()
    assert rows(old, new) == [("部门整体", DEPARTMENT_ADDED, "", None, "示例局", "部门整体")]
    assert rows(new, old) == [("部门整体", DEPARTMENT_REMOVED, "", "示例局", None, "部门整体")]
    assert rows(old, old) == []


def test_diff_lists_it(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    old = with_department()
    new = copy.deepcopy(old)
    assert new.department is not None
    new.department.name = "示例市示例局"
    json_format.save(old, tmp_path / "a.json")
    json_format.save(new, tmp_path / "b.json")
    assert main(["diff", str(tmp_path / "a.json"), str(tmp_path / "b.json"), "--json"]) == 1
    assert json.loads(capsys.readouterr().out) == [{
        "project": "部门整体", "change": "field_changed", "path": "name", "old": "示例局",
        "new": "示例市示例局"}]
    assert main(["diff", str(tmp_path / "a.json"), str(tmp_path / "b.json")]) == 1
    assert capsys.readouterr().out.splitlines()[0] == "部门整体：修改　部门（单位）名称：示例局 → 示例市示例局"
