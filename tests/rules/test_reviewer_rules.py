"""The reviewer's rules on third-level indicators: each fires on a faulty table and stays
silent on its look-alikes (a false alarm is worse than a miss)."""

from __future__ import annotations

import pytest
from builders import clean_document, indicator
from rules.breakers import Case, Change, add_group, assert_fires, case_ids, codes, set_value

from jxeditor.document.model import Indicator
from jxeditor.rules import reviewer_rules
from jxeditor.rules.problems import INFO, WARNING

QUANTITY, QUALITY, TIMELINESS, COST, BENEFIT, SATISFACTION = (0, 0, 0), (0, 1, 0), (0, 2, 0), (1, 0, 0), (2, 0, 0), (3, 0, 0)

# (code, severity, change that makes it fire)
CASES: list[Case] = [
    ("timeliness.not_time", WARNING, set_value("≥5个", TIMELINESS, name="完成项目数量")),
    ("timeliness.not_time", WARNING, set_value("=100%", TIMELINESS, name="验收合格率")),
    ("timeliness.not_time", WARNING, set_value("≥1年", TIMELINESS, name="服务合同期限")),
    ("timeliness.not_time", WARNING, set_value("≥1年", TIMELINESS, name="劳务派遣年限")),
    ("timeliness.not_time", WARNING, set_value("=100%", TIMELINESS, name="年度目标预计实现程度")),
    ("timeliness.not_time", WARNING, set_value("≥95%", TIMELINESS, name="任务实现率")),
    ("timeliness.vague", INFO, set_value("按时", TIMELINESS)),
    ("timeliness.vague", INFO, set_value("及时", TIMELINESS, name="资金拨付")),
    ("satisfaction.misplaced", WARNING, set_value("≥90%", QUALITY, name="群众满意度")),
    ("satisfaction.misplaced", WARNING, set_value("≥90%", BENEFIT, name="服务对象满意率")),
    ("indicator.input_as_output", WARNING, set_value("≥500万元", QUANTITY, name="发放补贴资金")),
    ("indicator.input_as_output", WARNING, set_value("=12.5万元", QUALITY, name="项目经费支出金额")),
    ("indicator.name_is_value", WARNING, set_value("年内全部完成", TIMELINESS, name="年内全部完成")),
    ("indicator.name_is_level2", WARNING, set_value("2026年12月底前", TIMELINESS, name="及时性")),
    ("indicator.name_is_level2", WARNING, set_value("≥5个", QUANTITY, name="数量")),
    ("indicator.name_is_level2", WARNING, set_value("提高20%", BENEFIT, name="社会效益")),
    ("indicator.name_is_project", WARNING, set_value("≥120平方米", QUANTITY, name="档案室改造项目")),
    ("value.vague", INFO, set_value("提高", BENEFIT)),
    ("value.vague", INFO, set_value("较好", QUALITY, name="改造质量")),
    ("value.vague", INFO, set_value("进一步提升", BENEFIT)),
    ("value.vague", INFO, set_value("良好", BENEFIT)),  # a grade is as vague as 较好
    ("value.vague", INFO, set_value("优秀", BENEFIT, name="两区协同发展效果")),
    ("value.vague", INFO, set_value("高", BENEFIT, name="工作专业性提高程度")),
    ("value.vague", INFO, set_value("优良", QUALITY, name="工程质量")),
    ("value.vague", INFO, set_value("稳定", BENEFIT, name="系统运行状况")),
    ("value.vague", INFO, set_value("正常", QUALITY, name="设施运转情况")),
    ("value.vague", INFO, set_value("进一步优化", BENEFIT, name="营商环境")),
    ("value.vague", INFO, set_value("满意", SATISFACTION)),
    ("value.vague", INFO, set_value("较高", SATISFACTION, name="企业满意度")),
]


@pytest.mark.parametrize(("code", "severity", "change"), CASES, ids=case_ids(CASES))
def test_rule_fires(code: str, severity: str, change: Change) -> None:
    assert_fires(code, severity, change)


def test_every_code_of_the_module_has_a_firing_case() -> None:
    assert {c[0] for c in CASES} == set(reviewer_rules.CODES)


def test_quality_satisfaction_and_name_is_value_together() -> None:
    """`及时性 | 及时`: the name restates 时效, the value only says 及时."""
    doc = clean_document()
    ind = indicator(doc, TIMELINESS)
    ind.name, ind.value = "及时性", "及时"
    assert codes(doc) == ["timeliness.vague", "indicator.name_is_level2"]


SILENT: list[tuple[tuple[int, int, int], str, str]] = [
    (TIMELINESS, "审核结果反馈时间", "≤7个工作日"),  # a duration
    (TIMELINESS, "系统故障处理时间", "≤2小时"),
    (TIMELINESS, "资金兑现及时率", "100%"),  # a rate about time
    (TIMELINESS, "项目按计划完工率", "100%"),
    (TIMELINESS, "按期开工率", "≥95%"),
    (TIMELINESS, "迟付次数", "0"),  # no unit: not judged
    (TIMELINESS, "迟付次数", "0次"),
    (TIMELINESS, "年度任务完成时限", "≤30个工作日"),  # a count of late payments is about time (debt tables)
    (TIMELINESS, "逾期办结件数", "≤2件"),
    (TIMELINESS, "云玺项目资产过户税费在过户前拨付资金到位", "1日"),
    (TIMELINESS, "完成时间", "2026年12月底前"),
    (TIMELINESS, "完成时间", "按时完成改造并验收"),  # says more than 按时
    (QUALITY, "满意度调查次数", "≥2次"),  # a survey is a count
    (SATISFACTION, "群众满意度", "≥90%"),
    (QUANTITY, "补贴标准", "1000元/人"),  # a standard, not an amount paid
    (QUANTITY, "带动社会资金投入", "≥5000万元"),  # brought about, not spent
    (QUALITY, "全年因历史遗留问题导致的税费滞纳金金额", "≤0元"),  # none to pay
    (QUANTITY, "偿还资金金额", "=12.5万元"),  # a repayment is the deliverable
    (QUANTITY, "企业贷款规模增加", "≥3000万元"),
    (BENEFIT, "节约租金", "≥2万元"),  # money under 效益 is a benefit
    (QUANTITY, "改造面积", "改造面积≥120平方米"),  # not equal to the value
    (QUANTITY, "数量指标完成情况", "≥5个"),  # more than the second level's name
    (SATISFACTION, "服务对象满意度", "≥90%"),  # accepted practice
    (QUANTITY, "档案室改造面积", "≥120平方米"),  # more than the project's name
    (BENEFIT, "档案查阅效率", "提高20%"),  # measurable
    (BENEFIT, "河口污水处理厂运行情况", "平稳运行"),  # a state that can be checked
    (QUALITY, "工程质量", "合格"),  # a standard: pass or fail
    (SATISFACTION, "群众满意度", "≥90%满意"),
    (QUANTITY, "设备运行", "正常"),  # only 效益, 质量 and 满意度 expect a number
    (TIMELINESS, "完成时间", "高"),
    (COST, "改造成本", "降低"),  # 成本 is not 效益 / 质量
]


@pytest.mark.parametrize(("path", "name", "value"), SILENT, ids=[f"{n}-{v}" for _p, n, v in SILENT])
def test_look_alikes_stay_silent(path: tuple[int, int, int], name: str, value: str) -> None:
    doc = clean_document()
    ind = indicator(doc, path)
    ind.name, ind.value = name, value
    found = [c for c in codes(doc) if c in reviewer_rules.CODES]
    assert found == []


def test_a_satisfaction_group_elsewhere_is_judged_by_its_first_level() -> None:
    doc = clean_document()
    add_group("满意度指标", "服务对象满意度指标", [Indicator("企业满意度", "≥90%")])(doc)
    assert codes(doc) == []
