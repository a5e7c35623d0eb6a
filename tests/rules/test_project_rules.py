"""The header rules: required fields (still to fill: 待填), the attribute and the implementation period."""

from __future__ import annotations

import copy
from datetime import date
from decimal import Decimal

import pytest
from builders import clean_document
from rules.breakers import Case, Change, assert_fires, case_ids, codes, context, set_field

from jxeditor.document.document import Document
from jxeditor.document.model import FundingColumn, Project
from jxeditor.formats.tables.artefacts import mark_absent_fields
from jxeditor.rules import project_rules
from jxeditor.rules.engine import validate
from jxeditor.rules.problems import ERROR, TODO, WARNING
from jxeditor.rules.tally import INSISTED, RETURN, Tally
from jxeditor.yearly.next_year import next_year

# (code, severity, change that makes it fire)
CASES: list[Case] = [
    ("project.missing_field", TODO, set_field("name", "")),
    ("project.missing_field", TODO, set_field("department", " ")),
    ("project.missing_field", TODO, set_field("implementer", "")),
    ("project.missing_field", TODO, set_field("period.end", None)),
    ("project.missing_field", TODO, set_field("goals.annual", "")),
    ("project.missing_field", TODO, lambda d: _no_money(d.projects[0])),
    ("project.absent_fields", TODO, lambda d: _layout_c(d.projects[0])),
    ("project.attribute", WARNING, set_field("attribute", "新建项目")),
    ("project.attribute", WARNING, set_field("attribute", "经常性项目")),
    ("period.invalid", ERROR, set_field("period.start", "待定")),
    ("period.invalid", ERROR, set_field("period.start", date(2027, 1, 1))),
    ("period.year_mismatch", WARNING, lambda d: (set_field("period.start", date(2025, 1, 1))(d), set_field("period.end", date(2025, 12, 31))(d))),
]


def _no_money(project: Project) -> None:
    """No annual amount at all (生成下一年度 leaves it so, or it was blanked by hand)."""
    project.funding.annual = FundingColumn()


def _layout_c(project: Project) -> None:
    """As read from a department's published list (layout C): no 主管部门, 实施单位, period."""
    project.department = project.implementer = ""
    project.period.start = project.period.end = None
    mark_absent_fields(project)


@pytest.mark.parametrize(("code", "severity", "change"), CASES, ids=case_ids(CASES))
def test_rule_fires(code: str, severity: str, change: Change) -> None:
    assert_fires(code, severity, change)


def test_every_code_of_the_module_has_a_firing_case() -> None:
    assert {c[0] for c in CASES} == set(project_rules.CODES)


def test_missing_field_names_the_field_by_its_label() -> None:
    doc = clean_document()
    doc.set_project_field(doc.projects[0], "department", "")
    (problem,) = project_rules.rule_missing_field(context(doc))
    assert (problem.field, problem.location) == ("department", "主管部门")
    assert problem.message == "主管部门未填写：请填写主管部门。"


def test_a_missing_period_is_shown_an_example_of_the_documents_own_year() -> None:
    # The coded department tables of 2023 have no 实施期: the example was always 2026.
    doc = clean_document()
    doc.year = 2023
    doc.set_project_field(doc.projects[0], "period.start", None)
    doc.set_project_field(doc.projects[0], "period.end", None)
    messages = [p.message for p in project_rules.rule_missing_field(context(doc))]
    assert messages == ["项目实施期未填写开始日期：请填写，如 2023-01-01。",
                        "项目实施期未填写结束日期：请填写，如 2023-12-31。"]


def test_an_unreadable_start_is_invalid_not_also_a_missing_end() -> None:
    doc = clean_document()
    doc.set_project_field(doc.projects[0], "period.start", "2026年全年")
    doc.set_project_field(doc.projects[0], "period.end", None)
    assert codes(doc) == ["period.invalid"]


def test_start_after_end_is_not_also_a_year_mismatch() -> None:
    doc = clean_document()
    doc.set_project_field(doc.projects[0], "period.start", date(2030, 1, 1))
    assert codes(doc) == ["period.invalid"]



@pytest.mark.parametrize(("text", "nearest"), [("新建项目", "新增项目"), ("新增", "新增项目"), ("续建项目", "延续项目"), ("延续性项目", "延续项目")])
def test_attribute_offers_the_nearest(text: str, nearest: str) -> None:
    doc = clean_document()
    doc.set_project_field(doc.projects[0], "attribute", text)
    (problem,) = project_rules.rule_attribute(context(doc))
    assert problem.fix is not None and problem.fix.new_value == nearest and problem.field == "attribute"


def test_attribute_without_a_near_value_has_no_fix() -> None:
    doc = clean_document()
    doc.set_project_field(doc.projects[0], "attribute", "经常性项目")
    (problem,) = project_rules.rule_attribute(context(doc))
    assert problem.fix is None and "新增项目" in problem.message


@pytest.mark.parametrize("text", ["", "新增项目", "延续项目", " 延续项目 "])
def test_attribute_look_alikes_stay_silent(text: str) -> None:
    doc = clean_document()
    doc.set_project_field(doc.projects[0], "attribute", text)
    assert codes(doc) == []


def test_empty_required_fields_are_to_do_not_errors() -> None:
    """A new project shows what remains to fill (待填), not a wall of errors."""
    doc = clean_document()
    for path in ("name", "department", "implementer", "goals.annual"):
        doc.set_project_field(doc.projects[0], path, "")
    problems = list(project_rules.rule_missing_field(context(doc)))
    assert len(problems) == 4 and all(p.is_todo and not p.is_error for p in problems)


def _layout_c_document(count: int) -> Document:
    doc = clean_document()
    for _ in range(count - 1):
        doc.projects.append(copy.deepcopy(doc.projects[0]))
    for i, project in enumerate(doc.projects):
        project.code = f"10200100{i}"
        project.indicators[0].children[0].children[0].value = f"≥{80 + i}平方米"  # not copies
        _layout_c(project)
    return doc


def test_layout_c_gives_one_notice_per_document_not_four_per_project() -> None:
    doc = _layout_c_document(3)
    problems = validate(doc)
    assert [(p.code, doc.index_of(p.project), p.field) for p in problems] == [
        ("project.absent_fields", 0, "department")]
    assert "3 个项目" in problems[0].message and "主管部门、实施单位、项目实施期" in problems[0].message


def test_absent_fields_once_filled_everywhere_give_no_notice() -> None:
    doc = _layout_c_document(2)
    for project in doc.projects:
        project.department, project.implementer = "大连市某局", "大连市某局"
        project.period.start, project.period.end = date(2026, 1, 1), date(2026, 12, 31)
    assert validate(doc) == []


def test_notice_stays_while_a_later_project_still_lacks_a_field() -> None:
    doc = _layout_c_document(2)
    first = doc.projects[0]
    first.department, first.implementer = "大连市某局", "大连市某局"
    first.period.start, first.period.end = date(2026, 1, 1), date(2026, 12, 31)
    assert [(p.code, doc.index_of(p.project)) for p in validate(doc)] == [("project.absent_fields", 0)]


def test_look_alike_without_the_mark_lists_each_field_to_do() -> None:
    """The same empty fields on a project typed in the editor (no mark): each is 待填."""
    doc = _layout_c_document(1)
    doc.projects[0].absent_fields = ()
    assert [p.field for p in validate(doc)] == ["department", "implementer", "period.start", "period.end"]


def test_a_marked_field_other_than_absent_ones_is_still_to_do() -> None:
    doc = _layout_c_document(1)
    doc.projects[0].name = ""
    assert [(p.code, p.field) for p in validate(doc)] == [
        ("project.missing_field", "name"), ("project.absent_fields", "department")]


# -- 年度金额 is required (issue 29, item 5) ---------------------------------------------
def test_a_project_without_money_is_to_do_then_an_error_once_saved() -> None:
    doc = clean_document()
    assert validate(doc) == []  # with money: silent
    _no_money(doc.projects[0])
    problems = validate(doc)
    assert [(p.code, p.severity, p.field) for p in problems] == [
        ("project.missing_field", TODO, "funding.annual.total")]
    assert problems[0].location == "年度金额" and "年度金额未填写" in problems[0].message
    assert [p.severity for p in INSISTED.present(problems)] == [ERROR]
    assert Tally.of(problems).verdict == RETURN  # never 无问题


def test_a_part_without_the_total_is_an_error_not_a_second_problem() -> None:
    doc = clean_document()
    doc.projects[0].funding.annual = FundingColumn(fiscal=Decimal(12))
    assert [p.code for p in validate(doc)] == ["funding.missing_total"]


def test_next_years_document_asks_for_the_money() -> None:
    doc = clean_document()
    doc.projects[0].period.end = date(doc.year + 1, 12, 31)  # carried into next year
    new = next_year(doc).document
    problems = validate(new)
    assert ("project.missing_field", "funding.annual.total") in [(p.code, p.field) for p in problems]


def test_layout_c_without_amounts_gives_the_one_notice_not_one_per_project() -> None:
    doc = _layout_c_document(3)
    for project in doc.projects:
        _no_money(project)
        mark_absent_fields(project)
    problems = validate(doc)
    assert [(p.code, doc.index_of(p.project)) for p in problems] == [("project.absent_fields", 0)]
    assert "年度金额" in problems[0].message
