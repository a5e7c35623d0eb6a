"""The 年度目标 against its indicators (issue 31.2): a number the goal promises and its
indicator contradicts, a number no indicator measures; silent where the pairing is in
doubt, and on money, percentages, dates and durations (a false alarm is worse than a miss)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from builders import clean_document, indicator
from rules.breakers import Case, Change, assert_fires, case_ids, codes

from jxeditor.document.document import Document
from jxeditor.rules import goal_rules
from jxeditor.rules.engine import validate
from jxeditor.rules.goal_rules import goal_quantities
from jxeditor.rules.problems import INFO, WARNING

QUANTITY, QUALITY = (0, 0, 0), (0, 1, 0)


def table(goal: str, *indicators: tuple[tuple[int, int, int], str, str]) -> Document:
    doc = clean_document()
    doc.projects[0].goals.annual = goal
    for path, name, value in indicators:
        ind = indicator(doc, path)
        ind.name, ind.value = name, value
    return doc


def change(goal: str, *indicators: tuple[tuple[int, int, int], str, str]) -> Change:
    def apply(doc: Document) -> None:
        doc.projects[0] = table(goal, *indicators).projects[0]
    return apply


CASES: list[Case] = [
    ("goal.contradicts_indicator", WARNING,
     change("培训1200人次，完成档案室改造。", (QUANTITY, "培训人次", "≥800人次"))),
    ("goal.unmeasured", INFO, change("安装路灯300盏，完成档案室改造。")),
]


@pytest.mark.parametrize(("code", "severity", "change"), CASES, ids=case_ids(CASES))
def test_rule_fires(code: str, severity: str, change: Change) -> None:
    assert_fires(code, severity, change)


def test_every_code_of_the_module_has_a_firing_case() -> None:
    assert {c[0] for c in CASES} == set(goal_rules.CODES)


def test_the_indicator_gets_the_goal_s_number_as_its_fix() -> None:
    (problem,) = validate(table("培训1200人次。", (QUANTITY, "培训人次", "≥800人次")))
    assert problem.path == QUANTITY and "培训1200人次" in problem.message
    assert problem.fix is not None and problem.fix.new_value == "≥1200人次"


def test_a_per_day_target_is_read_in_its_unit() -> None:
    (problem,) = validate(table("日处理污水350吨。", (QUANTITY, "污水处理能力", "≥300吨/日")))
    assert problem.code == "goal.contradicts_indicator"
    assert problem.fix is not None and problem.fix.new_value == "≥350吨/日"


def test_a_multiplier_is_read_on_both_sides() -> None:
    (problem,) = validate(table("培训1.5万人次。", (QUANTITY, "培训人次", "≥1.2万人次")))
    assert problem.fix is not None and problem.fix.new_value == "≥1.5万人次"


def test_the_unmeasured_goal_says_what_to_add() -> None:
    (problem,) = validate(table("安装路灯300盏。"))
    assert problem.field == "goals.annual" and "路灯" in problem.message and "≥300盏" in problem.message


SILENT: list[tuple[str, list[tuple[tuple[int, int, int], str, str]]]] = [
    ("完成档案室改造120平方米并投入使用。", []),  # the clean table's 改造面积 ≥120平方米
    ("完成档案室改造1.2万平方米。", [(QUANTITY, "改造面积", "≥12000平方米")]),
    ("培训1200人次。", [(QUANTITY, "培训人次", "800-1500人次")]),  # within the range
    ("培训教师200人次、学生1000人次。", [(QUANTITY, "培训人次", "≥1200人次")]),  # a list
    ("培训1200人次。", [(QUANTITY, "教师培训人次", "≥800人次"), (QUALITY, "学生培训人次", "≥400人次")]),
    ("改造档案室2间。", []),  # 改造面积 measures it
    ("完成3个月的培训。", []),  # a duration
    ("2026年12月底前完成改造，投入资金12.5万元，验收合格率100%。", []),  # date, money, %
    ("完成第3批档案改造。", []),  # an ordinal
    ("力争培训1200人次以上。", [(QUANTITY, "培训人次", "≥1000人次")]),  # an aim, not a count
    ("惠及困难群众300人。", [(QUANTITY, "聘用工作人员", "≥2人")]),  # another thing in 人
    ("1：引导农户参加农业保险；2：扩大覆盖面。", []),  # numbering
]


@pytest.mark.parametrize(("goal", "indicators"), SILENT, ids=[g for g, _i in SILENT])
def test_look_alikes_stay_silent(goal: str, indicators: list[tuple[tuple[int, int, int], str, str]]) -> None:
    assert [c for c in codes(table(goal, *indicators)) if c in goal_rules.CODES] == []


def test_goal_quantities() -> None:
    assert [(q.number, q.unit, q.context) for q in goal_quantities("培训1.2万人次，安装路灯300盏")] == [
        (Decimal(12000), "人次", "培训"), (Decimal(300), "盏", "安装路灯")]


def test_synonymous_units_pair_and_generic_counters_are_never_unmeasured() -> None:
    doc = table("聘用3名工作人员。", (QUANTITY, "聘用人数", "≥2人"))
    assert [p.code for p in validate(doc)] == ["goal.contradicts_indicator"]  # 名 is 人
    assert codes(table("落实3项管理要求，完成档案室改造。")) == []
