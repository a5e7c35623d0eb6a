"""The checks of the department's overall targets (department.md, "Checks"): each code
fires on a block made for it and stays silent on a look-alike; problems carry the project
name 部门整体, in validate and in ``jxeditor validate --json``; on the 2023 sample only
分项 （三）（四）（六）（七） have no measurable value."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from builders import clean_document, clean_project
from fixture_paths import SAMPLES

from jxeditor.cli import main
from jxeditor.document.department import Department, Measure, Safeguard, Task
from jxeditor.document.document import Document
from jxeditor.document.model import FundingColumn, Indicator, Level1, Level2
from jxeditor.formats.documents import load_document
from jxeditor.rules.department_rules import validate_department
from jxeditor.rules.engine import validate
from jxeditor.rules.messages_en import in_english
from jxeditor.rules.problems import INFO, TODO, WARNING

D = Decimal
Edit = Callable[[Document, Department], None]


def clean() -> Document:
    """A department block (and one project, 12.5 this year) on which no check fires."""
    doc = clean_document()
    doc.department = Department(
        name="示例局",
        overall_goal="2026年做好档案管理工作。",
        tasks=[
            Task("档案室改造", "完成档案室改造。", FundingColumn(D("12.5"), D("12.5"), None),
                 ["102001001"], [Measure("改造面积不少于 120 平方米。", "改造面积", "≥120平方米")]),
            Task("日常运行", "保障机关运转。", FundingColumn(D("30"), D("20"), D("10")), [],
                 [Measure("公用经费支出同比下降 5%。", "公用经费支出同比下降率", "≥5%"),
                  Measure("保障机关正常运转。")]),
        ],
        total=FundingColumn(D("42.5"), D("32.5"), D("10")),
        measures=[Safeguard("完善制度", "制定制度。")],
    )
    return doc


def dept_of(doc: Document) -> Department:
    assert doc.department is not None
    return doc.department


def test_clean_block_is_silent_and_no_block_no_problem() -> None:
    assert validate_department(clean()) == []
    assert validate(clean()) == []
    assert validate_department(clean_document()) == []


def _set(path: str, value: object) -> Edit:
    def edit(_doc: Document, dept: Department) -> None:
        obj: object = dept
        *head, last = path.split(".")
        for part in head:
            obj = obj[int(part)] if part.isdigit() else getattr(obj, part)  # type: ignore[index]
        setattr(obj, last, value)
    return edit


def _add_task(task: Task) -> Edit:
    return lambda _doc, dept: dept.tasks.append(task)


def _add_project(_doc: Document, dept: Department) -> None:
    other = clean_project()
    other.code, other.name = "102001002", "档案数字化"
    other.funding.annual = FundingColumn(D("0"), D("0"), None)
    _doc.projects.append(other)


# (code, severity, field of the first problem, edit that fires it, look-alike that does not)
CASES: list[tuple[str, str, str, Edit, Edit]] = [
    ("department.missing_goal", TODO, "department.overall_goal",
     _set("overall_goal", "  "), _set("overall_goal", "做好工作。")),
    ("department.task_untitled", TODO, "department.tasks[0].title",
     _set("tasks.0.title", ""), _set("tasks.0.content", "")),
    ("department.task_no_measure", WARNING, "department.tasks[0].measures",
     _set("tasks.0.measures", []), _set("tasks.0.measures", [Measure("评审率 100%", "评审率", "=100%")])),
    ("department.task_unmeasurable", WARNING, "department.tasks[0].measures",
     _set("tasks.0.measures", [Measure("确保改造顺利。")]),
     _set("tasks.0.measures", [Measure("确保改造顺利。"), Measure("验收合格率 100%", "验收合格率", "=100%")])),
    ("value.symbol", WARNING, "department.tasks[0].measures[0].value",
     _set("tasks.0.measures.0.value", "》120平方米"), _set("tasks.0.measures.0.value", "≥120平方米")),
    ("value.satisfaction_full", WARNING, "department.tasks[0].measures[0].value",
     _set("tasks.0.measures", [Measure("群众满意度 100%", "群众满意度", "=100%")]),
     _set("tasks.0.measures", [Measure("群众满意度 95%", "群众满意度", "≥95%")])),
    ("department.not_a_number", "error", "department.tasks[1].budget.other",
     _set("tasks.1.budget.other", "十万"), _set("tasks.1.budget.other", D("10"))),
    ("department.budget_sum", "error", "department.tasks[1].budget.total",
     _set("tasks.1.budget.fiscal", D("15")), _set("tasks.1.budget.fiscal", D("20.00"))),
    ("department.tasks_total", "error", "department.total.total",
     _set("total", FundingColumn(D("50"), None, None)), _set("total", FundingColumn())),
    ("department.below_projects", "error", "department.total.total",
     _set("total", FundingColumn(D("10"), None, None)),
     _set("total", FundingColumn(D("42.5"), None, None))),
    ("department.unknown_project", WARNING, "department.tasks[0].projects",
     _set("tasks.0.projects", ["102009999"]), _set("tasks.0.projects", ["档案室改造"])),
    ("department.project_not_named", INFO, "department.tasks",
     _add_project, lambda doc, dept: (_add_project(doc, dept), dept.tasks[1].projects.append("档案数字化"))),
    ("department.other_year", WARNING, "department.tasks[0].measures[0].text",
     _set("tasks.0.measures.0.text", "2024年改造面积不少于 120 平方米。"),
     _set("tasks.0.measures.0.text", "2025年改造面积不少于 120 平方米。")),
    ("department.duplicate_task", WARNING, "department.tasks[2].title",
     _add_task(Task("档案室改造", measures=[Measure("验收合格率 100%", "验收合格率", "=100%")])),
     _add_task(Task("档案室改造验收", measures=[Measure("验收合格率 100%", "验收合格率", "=100%")]))),
    ("department.duplicate_measure", WARNING, "department.tasks[1].measures[2].text",
     lambda _d, dept: dept.tasks[1].measures.append(Measure("改造面积不少于 120 平方米。", "改造面积", "≥120平方米")),
     lambda _d, dept: dept.tasks[1].measures.append(Measure("改造面积不少于 150 平方米。", "改造面积", "≥150平方米"))),
]


@pytest.mark.parametrize(("code", "severity", "field", "fires", "silent"), CASES,
                         ids=[case[0] for case in CASES])
def test_each_check_fires_and_its_look_alike_is_silent(
    code: str, severity: str, field: str, fires: Edit, silent: Edit
) -> None:
    doc = clean()
    fires(doc, dept_of(doc))
    found = [p for p in validate_department(doc) if p.code == code]
    assert found, code
    assert (found[0].severity, found[0].field) == (severity, field)
    assert all(p.project is None and p.project_name == "部门整体" for p in found)
    assert found[0].text is not None and in_english(found[0]).message != found[0].message
    look_alike = clean()
    silent(look_alike, dept_of(look_alike))
    assert validate_department(look_alike) == []


def test_the_sum_of_parts_is_only_checked_when_there_are_parts() -> None:
    doc = clean()
    dept_of(doc).tasks[1].budget = FundingColumn(D("30"), None, None)
    assert validate_department(doc) == []


def test_form_b_indicators_get_the_project_rules() -> None:
    doc = clean()
    dept_of(doc).indicators = copy.deepcopy(clean_project().indicators)
    assert validate_department(doc) == []
    tree = dept_of(doc).indicators
    tree[0].children[0].children[0].value = "》120平方米"
    tree[3].children[0].children.append(Indicator("", "≥90%"))
    found = validate_department(doc)
    assert [(p.code, p.path, p.project_name) for p in found] == [
        ("indicator.missing_name", (3, 0, 1), "部门整体"),
        ("value.symbol", (0, 0, 0), "部门整体"),
    ]


def test_first_levels_of_their_own_give_one_notice_not_one_per_row() -> None:
    doc = clean()
    dept_of(doc).indicators = [
        Level1("履职效能", [Level2("重点工作", [Indicator("评审项目数", "≥20个")])]),
        Level1("管理效率", [Level2("预算管理", [Indicator("预算执行率", "≥90%")])]),
    ]
    found = validate_department(doc)
    assert [(p.code, p.severity) for p in found] == [("department.own_levels", INFO)]
    assert "履职效能、管理效率" in found[0].message


def test_the_sample_warns_on_the_four_tasks_without_a_measurable_value() -> None:
    doc, _notices = load_document(SAMPLES / "department-overall-and-coded-projects-2023.txt")
    found = validate_department(doc)
    assert [(p.code, p.severity, p.location) for p in found] == [
        ("department.task_unmeasurable", WARNING, f"分项目标（{n}）{title}")
        for n, title in (("三", "保障财政支出事项"), ("四", "加强国有资产监管"),
                         ("六", "依法公开财政信息"), ("七", "规范账务管理"))
    ]


def test_command_line_lists_department_problems_as_部门整体(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "2023.json"
    assert main(["convert", str(SAMPLES / "department-overall-and-coded-projects-2023.txt"), str(out)]) == 0
    capsys.readouterr()
    main(["validate", "--json", str(out)])
    rows = json.loads(capsys.readouterr().out)
    department = [r for r in rows if r["project"] == "部门整体"]
    assert [r["code"] for r in department] == ["department.task_unmeasurable"] * 4
    assert rows[: len(department)] == department  # listed before the projects
    main(["validate", str(out)])
    assert "部门整体：分项目标（三）保障财政支出事项：警告［department.task_unmeasurable］" in capsys.readouterr().out
