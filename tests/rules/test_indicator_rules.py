"""The tree rules: first and second levels against the framework, and third-level entries."""

from __future__ import annotations

import pytest
from builders import clean_document, indicator
from rules.breakers import (
    Case,
    Change,
    add_group,
    assert_fires,
    case_ids,
    codes,
    drop_level1,
    set_value,
)

from jxeditor.document.model import Acknowledgement, Indicator, Level1, Level2
from jxeditor.rules import indicator_rules
from jxeditor.rules.engine import validate
from jxeditor.rules.problems import ERROR, INFO, TODO, WARNING

# (code, severity, change that makes it fire)
CASES: list[Case] = [
    ("indicators.missing_level1", ERROR, drop_level1("产出指标")),
    ("indicators.missing_level1", ERROR, drop_level1("效益指标")),
    ("indicators.missing_level1", WARNING, drop_level1("满意度指标")),
    ("indicators.missing_level1", WARNING, drop_level1("成本指标")),
    ("indicators.misplaced_level2", ERROR, add_group("产出指标", "社会效益指标")),
    ("indicators.unknown_level2", WARNING, add_group("效益指标", "软件系统提高工作效率情况")),
    ("indicators.unknown_level1", WARNING, add_group("共性指标", "财务管理")),
    ("indicators.unknown_level1", WARNING, add_group("效果指标", "经济效益指标")),
    ("indicators.empty_group", WARNING, add_group("效益指标", "生态效益指标", [])),
    ("indicators.empty_group", WARNING, lambda d: d.projects[0].indicators.append(Level1("效益指标", []))),
    ("indicator.missing_name", TODO, lambda d: setattr(indicator(d), "name", "")),
    ("indicator.missing_value", TODO, set_value("")),
    ("indicator.placeholder_value", ERROR, set_value("**")),
    ("indicator.placeholder_value", ERROR, set_value("XX")),
    ("indicator.placeholder_value", ERROR, set_value("≥**件")),
    ("indicator.placeholder_value", ERROR, set_value("XX%", (0, 1, 0))),
    ("indicator.placeholder_value", ERROR, set_value("≤**分钟", (0, 2, 0))),
    ("indicator.placeholder_value", ERROR, set_value("≥**%", (0, 1, 0))),
    ("indicator.duplicate", WARNING, lambda d: d.projects[0].indicators[0].children[0].children.append(Indicator("改造面积", "≥1平方米"))),
    ("acknowledgement.stale", INFO, lambda d: setattr(d.projects[0], "acknowledgements", [Acknowledgement("value.missing_unit", "原文如此", indicator=("产出指标", "数量指标", "已删除的指标"))])),
]


@pytest.mark.parametrize(("code", "severity", "change"), CASES, ids=case_ids(CASES))
def test_rule_fires(code: str, severity: str, change: Change) -> None:
    assert_fires(code, severity, change)


def test_every_code_of_the_module_has_a_firing_case() -> None:
    assert {c[0] for c in CASES} == set(indicator_rules.CODES)


def test_cost_missing_is_reported_only_under_2021() -> None:
    for framework, expected in (("2015", []), ("2021", ["indicators.missing_level1"])):
        doc = clean_document(framework)
        drop_level1("成本指标")(doc)
        assert codes(doc) == expected


def test_both_placements_of_cost_are_accepted() -> None:
    doc = clean_document("2021")
    drop_level1("成本指标")(doc)
    doc.projects[0].indicators[0].children.append(Level2("成本指标", [Indicator("单价", "≤5元")]))
    assert codes(doc) == []


def test_missing_cost_says_where_it_may_stand() -> None:
    doc = clean_document("2021")
    drop_level1("成本指标")(doc)
    (problem,) = validate(doc)
    assert "或作为产出指标下的二级指标" in problem.message
    assert (problem.field, problem.location) == ("indicators", "绩效指标")
    doc = clean_document("2021")
    drop_level1("满意度指标")(doc)
    (problem,) = validate(doc)
    assert problem.message == "缺少一级指标“满意度指标”：请添加并填写其下的三级指标。"


def test_synonyms_and_spaces_are_accepted() -> None:
    doc = clean_document()
    doc.projects[0].indicators[0].name = "产出 指标"
    doc.projects[0].indicators[0].children[0].name = "数量"
    doc.projects[0].indicators[2].children[0].name = "环境效益指标"
    doc.projects[0].indicators[3].children[0].name = "社会公众或服务对象满意度指标"
    assert codes(doc) == []


def test_second_levels_under_an_unknown_first_level_are_not_judged_again() -> None:
    doc = clean_document()
    add_group("效果指标", "不存在的二级")(doc)
    assert codes(doc) == ["indicators.unknown_level1"]


def test_common_indicators_keep_their_own_second_levels() -> None:
    doc = clean_document()
    add_group("共性指标", "财务管理")(doc)
    problems = validate(doc)
    assert [(p.code, p.path) for p in problems] == [("indicators.unknown_level1", (4,))]
    assert "非标准的共性指标" in problems[0].message


def test_duplicate_names_are_judged_per_second_level() -> None:
    doc = clean_document()
    doc.projects[0].indicators[0].children[1].children.append(Indicator("改造面积", "≥1平方米"))
    assert codes(doc) == []


@pytest.mark.parametrize("value", ["无", "≥4个", "XXL码≥5件"])
def test_answers_that_look_like_placeholders_stay_silent(value: str) -> None:
    """``无`` answers 重大安全责任事故; a code with X in it is no template placeholder."""
    doc = clean_document()
    ind = indicator(doc, (0, 0, 0))
    ind.name, ind.value = "重大安全责任事故", value
    assert "indicator.placeholder_value" not in codes(doc)


def test_an_unnamed_indicator_is_called_so_in_the_message_and_place() -> None:
    """Not 三级指标“”没有年度指标值 at 绩效指标 / … / （未命名）."""
    from jxeditor.rules.messages_en import in_english

    doc = clean_document("2021")
    node = indicator(doc)
    node.name, node.value = "", ""
    (problem,) = [p for p in validate(doc) if p.code == "indicator.missing_value"]
    assert problem.message == "三级指标“（未命名指标）”没有年度指标值：请填写，如 ≥95%、按时。"
    assert problem.location.endswith(" / （未命名指标）")
    english = in_english(problem)
    assert "(unnamed indicator)" in english.message and "未命名" not in english.message
    assert english.location.endswith(" / (unnamed indicator)")
