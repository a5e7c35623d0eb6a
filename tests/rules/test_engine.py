"""The validation engine: the rules run in order, over one project or all, on real tables."""

from __future__ import annotations

import pytest
from builders import clean_document

from jxeditor.document.model import new_project
from jxeditor.formats import json_format
from jxeditor.resources import resource_path
from jxeditor.rules import (
    category_rules,
    department_rules,
    document_rules,
    funding_rules,
    goal_rules,
    history_rules,
    indicator_rules,
    money_rules,
    project_rules,
    reviewer_rules,
    stage_review_rules,
    stage_rules,
    text_rules,
    value_rules,
    year_rules,
)
from jxeditor.rules.engine import RULE_CODES, RULES, THEMES, Validator, validate
from jxeditor.rules.problems import TODO
from jxeditor.rules.tally import Tally

ALL_THEMES = (
    project_rules, document_rules, funding_rules, money_rules,
    indicator_rules, value_rules, reviewer_rules, category_rules, goal_rules, text_rules,
    year_rules, stage_rules, stage_review_rules, history_rules,
    department_rules,
)


@pytest.mark.parametrize("framework", ["2015", "2021"])
def test_clean_table_is_silent(framework: str) -> None:
    assert validate(clean_document(framework)) == []


def test_every_rule_code_has_a_firing_case() -> None:
    """Each theme's tests fire every code of its theme; the themes make up all codes."""
    assert THEMES == ALL_THEMES
    assert tuple(code for theme in THEMES for code in theme.CODES) == RULE_CODES
    assert len(set(RULE_CODES)) == len(RULE_CODES) == 91
    assert tuple(rule for theme in THEMES for rule in theme.RULES) == RULES


def test_a_validator_checks_one_project_alone() -> None:
    doc = clean_document()
    doc.projects.append(clean_document().projects[0])
    doc.projects[1].code = "102001002"  # the same code and the same indicators are
    doc.projects[1].indicators[0].children[0].children[0].value = "≥80平方米"  # cross-project problems
    doc.projects[1].name = ""
    validator = Validator(doc)
    assert validator.project(0) == []
    assert [p.code for p in validator.project(1)] == ["project.missing_field"]
    assert validator.project(1)[0].project is doc.projects[1]


def test_validation_does_not_change_the_document() -> None:
    doc = json_format.load(resource_path("sample-dalian-2026.json"))
    before = json_format.dumps(doc)
    validate(doc)
    assert json_format.dumps(doc) == before


def test_a_new_project_is_a_to_do_list_not_a_wall_of_errors() -> None:
    """Issue 13: what remains to fill is 待填, not 错误."""
    doc = clean_document()
    doc.projects[0] = new_project("2021")
    problems = validate(doc)
    assert problems and Tally.of(problems).error == 0
    assert {p.severity for p in problems} == {TODO}


# -- the twelve real tables --------------------------------------------------------------
def sample_problems() -> dict[tuple[str, str], list[str]]:
    doc = json_format.load(resource_path("sample-dalian-2026.json"))
    found: dict[tuple[str, str], list[str]] = {}
    for p in validate(doc):
        found.setdefault((p.project_name, p.code), []).append(p.location)
    return found


def test_sample_mistakes_are_found() -> None:
    found = sample_problems()
    assert found[("财金局造价审核经费", "indicator.missing_value")] == [
        "绩效指标 / 效益指标 / 社会效益指标 / 节省财政性资金效率"
    ]
    assert ("财金局工作业务经费", "period.year_mismatch") in found
    assert found[("财金局系统及软件运维费", "indicators.unknown_level2")] == [
        "绩效指标 / 效益指标 / 软件系统提高工作效率情况"
    ]
    assert found[("庙岭村农商行还款", "value.missing_unit")] == [
        "绩效指标 / 产出指标 / 质量指标 / 任务完成率",
        "绩效指标 / 满意度指标 / 服务对象满意度指标 / 庙岭农商银行的满意度",
    ]
    assert found[("财金局基本建设零星项目", "value.rate_unit")] == [
        "绩效指标 / 产出指标 / 成本指标 / 超概算项目比例"
    ]


def test_sample_has_nothing_a_reviewer_would_call_wrong() -> None:
    """Every finding on the real tables, listed: nothing more is reported."""
    found = sample_problems()
    no_cost = {
        "海创集团扶持专项", "广源热力扶持专项", "解决历史遗留问题", "财金局设备采购经费",
        "财金局系统及软件运维费", "庙岭村农商行还款", "财金局造价审核经费", "对旅顺口区划转财力",
    }
    expected = {(name, "indicators.missing_level1") for name in no_cost} | {
        ("财金局造价审核经费", "indicator.missing_value"),
        ("财金局工作业务经费", "period.year_mismatch"),
        ("财金局系统及软件运维费", "indicators.unknown_level2"),
        ("庙岭村农商行还款", "value.missing_unit"),
        ("财金局基本建设零星项目", "value.rate_unit"),
        # issue 14: what a careful reviewer sends back
        ("海创集团扶持专项", "value.trivial"),  # 扶持额压减率 ≥0%
        ("广源热力扶持专项", "value.trivial"),
        ("海创集团扶持专项", "indicator.input_as_output"),  # 基金启动资金扶持额度 ≤17800万元
        ("解决历史遗留问题", "indicator.input_as_output"),  # 资金扶持金额 ≥3300万元
        ("财金局设备采购经费", "text.doubled"),  # 专用设备、专用设备
        # suggestions (提示)
        ("海创集团扶持专项", "timeliness.vague"),
        ("广源热力扶持专项", "timeliness.vague"),
        ("解决历史遗留问题", "timeliness.vague"),
        ("庙岭村农商行还款", "timeliness.vague"),
        ("政策资金", "value.vague"),
        ("庙岭村农商行还款", "value.vague"),
        # issue 31.4: a grade (优秀, 良好, 好, 高) is as vague as 较好
        ("财金局委托服务经费", "value.vague"),  # 高
        ("财金局设备采购经费", "value.vague"),  # 良好
        ("财金局系统及软件运维费", "value.vague"),  # 优秀
        ("财金局工作业务经费", "value.vague"),  # 优秀
        ("对旅顺口区划转财力", "value.vague"),  # 优秀, twice
        # issue 31.3: filed where it does not belong
        ("庙岭村农商行还款", "benefit.not_ecological"),  # 金融生态 under 生态效益
        ("政策资金", "cost.not_a_cost"),  # 企业融资成本 降低
    }
    assert set(found) == expected
    doc = json_format.load(resource_path("sample-dalian-2026.json"))
    assert doc.framework == "2021"  # 政策资金 puts 成本指标 at the first level
    assert Tally.of(validate(doc)) == Tally(error=0, warning=21, info=15, todo=1)
