"""The department block (部门整体绩效目标) in the document: set and removed, its fields,
tasks, measures and 保障措施 changed only through methods that name the owner by identity
and announce a typed event; deep copies and replace_all carry it."""

from __future__ import annotations

import copy
from decimal import Decimal

import pytest

from jxeditor.document.changes import (
    Change,
    DepartmentFieldChanged,
    DepartmentItemInserted,
    DepartmentItemInserting,
    DepartmentItemRemoved,
    DepartmentItemRemoving,
    DepartmentSet,
    DepartmentSetting,
    Reset,
    Resetting,
)
from jxeditor.document.department import (
    Department,
    Measure,
    Safeguard,
    Task,
    chinese_number,
    chinese_number_value,
    task_label,
)
from jxeditor.document.document import Document


def sample() -> Department:
    return Department(
        name="财政金融局", overall_goal="做好财政工作。",
        tasks=[Task(title="组织年度财政收入", measures=[Measure(text="同比增长 8%。")]),
               Task(title="保障财政支出事项")],
        measures=[Safeguard(title="完善制度建设", text="制定制度。")],
    )


def listen(doc: Document) -> list[Change]:
    seen: list[Change] = []
    doc.subscribe(seen.append)
    return seen


def test_set_and_remove_the_block_is_announced_before_and_after() -> None:
    doc = Document()
    seen = listen(doc)
    dept = sample()
    assert doc.set_department(dept) is None
    assert doc.department is dept
    assert doc.set_department(None) is dept and doc.department is None
    kinds = [type(c) for c in seen]
    assert kinds == [DepartmentSetting, DepartmentSet, DepartmentSetting, DepartmentSet]
    assert isinstance(seen[0], DepartmentSetting) and seen[0].new is dept and seen[0].old is None


def test_fields_of_each_owner_by_identity() -> None:
    doc = Document(department=sample())
    dept = doc.department
    assert dept is not None
    seen = listen(doc)
    task, measure = dept.tasks[0], dept.tasks[0].measures[0]
    assert doc.set_department_field(dept, "overall_goal", "新目标") == "做好财政工作。"
    assert doc.set_department_field(task, "budget.total", Decimal("12.5")) is None
    assert doc.set_department_field(task, "projects", ["102001001"]) == []
    assert doc.set_department_field(measure, "value", "≥8%") == ""
    assert doc.set_department_field(dept.measures[0], "text", "改") == "制定制度。"
    assert task.budget.total == Decimal("12.5") and task.projects == ["102001001"]
    assert [(type(c), c.owner, c.field) for c in seen if isinstance(c, DepartmentFieldChanged)] == [
        (DepartmentFieldChanged, dept, "overall_goal"),
        (DepartmentFieldChanged, task, "budget.total"),
        (DepartmentFieldChanged, task, "projects"),
        (DepartmentFieldChanged, measure, "value"),
        (DepartmentFieldChanged, dept.measures[0], "text"),
    ]


def test_refuses_unknown_fields_and_foreign_owners() -> None:
    doc = Document(department=sample())
    assert doc.department is not None
    with pytest.raises(KeyError):
        doc.set_department_field(doc.department, "tasks", [])
    with pytest.raises(KeyError):
        doc.set_department_field(Task(title="组织年度财政收入"), "title", "x")  # equal, not it
    with pytest.raises(KeyError):
        Document().set_department_field(Department(), "name", "x")


def test_insert_and_remove_items_by_object() -> None:
    doc = Document(department=sample())
    dept = doc.department
    assert dept is not None
    seen = listen(doc)
    new = Task(title="新任务")
    doc.insert_department_item(dept, "tasks", 1, new)
    assert dept.tasks[1] is new
    measure = Measure(text="评审率 100%")
    doc.insert_department_item(new, "measures", 0, measure)
    assert doc.remove_department_item(new, "measures", measure) == 0
    assert doc.remove_department_item(dept, "tasks", new) == 1
    assert [type(c) for c in seen] == [
        DepartmentItemInserting, DepartmentItemInserted, DepartmentItemInserting,
        DepartmentItemInserted, DepartmentItemRemoving, DepartmentItemRemoved,
        DepartmentItemRemoving, DepartmentItemRemoved,
    ]
    with pytest.raises(TypeError):
        doc.insert_department_item(dept, "tasks", 0, Measure())
    with pytest.raises(ValueError):
        doc.remove_department_item(dept, "tasks", Task(title="组织年度财政收入"))


def test_deep_copy_and_replace_all_carry_the_block() -> None:
    doc = Document(department=sample())
    twin = copy.deepcopy(doc)
    assert twin.department == doc.department and twin.department is not doc.department
    other = Document()
    seen = listen(other)
    other.replace_all(doc)
    assert other.department is doc.department
    assert [type(c) for c in seen] == [Resetting, Reset]


def test_chinese_numbers_past_ten() -> None:
    for n, text in ((1, "一"), (10, "十"), (11, "十一"), (20, "二十"), (21, "二十一"), (99, "九十九")):
        assert chinese_number(n) == text
        assert chinese_number_value(text) == n
    assert chinese_number_value("十十") is None and chinese_number_value("") is None
    assert task_label(2, Task(title="保障财政支出事项")) == "分项目标（三）保障财政支出事项"
