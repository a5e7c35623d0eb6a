"""The validation rules: each fires on a table made to break it and stays silent on a clean one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from builders import clean_document, indicator

from jxeditor.document.document import Document
from jxeditor.document.model import Indicator, Level1, Level2
from jxeditor.formats import json_format
from jxeditor.resources import resource_path
from jxeditor.rules.problems import ERROR, WARNING
from jxeditor.rules.validation import RULE_CODES, count, validate, validate_project


def codes(doc: Document) -> list[str]:
    return [p.code for p in validate(doc)]


@pytest.mark.parametrize("framework", ["2015", "2021"])
def test_clean_table_is_silent(framework: str) -> None:
    assert validate(clean_document(framework)) == []


def _set(path: str, value: object) -> Callable[[Document], None]:
    return lambda doc: doc.set_project_field(0, path, value)


def _value(v: str, path: tuple[int, int, int] = (0, 0, 0), name: str | None = None) -> Callable[[Document], None]:
    def change(doc: Document) -> None:
        ind = indicator(doc, path)
        ind.value = v
        if name is not None:
            ind.name = name
    return change


def _drop_level1(name: str) -> Callable[[Document], None]:
    def change(doc: Document) -> None:
        doc.projects[0].indicators = [l1 for l1 in doc.projects[0].indicators if l1.name != name]
    return change


def _add_group(l1: str, l2: str, children: list[Indicator] | None = None, at: int | None = None) -> Callable[[Document], None]:
    def change(doc: Document) -> None:
        groups = doc.projects[0].indicators
        target = next((g for g in groups if g.name == l1), None)
        if target is None:
            target = Level1(l1, [])
            groups.append(target)
        target.children.append(Level2(l2, list(children if children is not None else [Indicator("某指标", "按时")])))
    return change


def _cost_level1_as_level2(doc: Document) -> None:
    _drop_level1("成本指标")(doc)
    doc.projects[0].indicators[0].children.append(Level2("成本指标", [Indicator("单价", "≥5元")]))


# (code, severity, change that makes it fire)
CASES: list[tuple[str, str, Callable[[Document], None]]] = [
    ("project.missing_field", ERROR, _set("name", "")),
    ("project.missing_field", ERROR, _set("department", " ")),
    ("project.missing_field", ERROR, _set("implementer", "")),
    ("project.missing_field", ERROR, _set("period.end", None)),
    ("project.missing_field", ERROR, _set("goals.annual", "")),
    ("period.invalid", ERROR, _set("period.start", "待定")),
    ("period.invalid", ERROR, _set("period.start", date(2027, 1, 1))),
    ("period.year_mismatch", WARNING, lambda d: (_set("period.start", date(2025, 1, 1))(d), _set("period.end", date(2025, 12, 31))(d))),
    ("funding.not_a_number", ERROR, _set("funding.annual.fiscal", "十二万")),
    ("funding.negative", ERROR, _set("funding.period.other", Decimal("-5"))),
    ("funding.precision", WARNING, _set("funding.period.other", Decimal("5.00001"))),
    ("funding.missing_total", ERROR, _set("funding.annual.total", None)),
    ("funding.sum_mismatch", ERROR, _set("funding.period.total", Decimal("21"))),
    ("funding.annual_exceeds_period", ERROR, lambda d: (d.set_project_field(0, "funding.annual.total", Decimal("30")), d.set_project_field(0, "funding.annual.fiscal", Decimal("30")))),
    ("spending_plan.not_monotonic", ERROR, _set("spending_plan.10", Decimal("20"))),
    ("spending_plan.final_not_100", ERROR, _set("spending_plan.12", Decimal("90"))),
    ("spending_plan.out_of_range", ERROR, _set("spending_plan.03", Decimal("-1"))),
    ("indicators.missing_level1", ERROR, _drop_level1("产出指标")),
    ("indicators.missing_level1", ERROR, _drop_level1("效益指标")),
    ("indicators.missing_level1", WARNING, _drop_level1("满意度指标")),
    ("indicators.missing_level1", WARNING, _drop_level1("成本指标")),
    ("indicators.misplaced_level2", ERROR, _add_group("产出指标", "社会效益指标")),
    ("indicators.unknown_level2", WARNING, _add_group("效益指标", "软件系统提高工作效率情况")),
    ("indicators.unknown_level1", WARNING, _add_group("共性指标", "财务管理")),
    ("indicators.unknown_level1", WARNING, _add_group("效果指标", "经济效益指标")),
    ("indicators.empty_group", WARNING, _add_group("效益指标", "生态效益指标", [])),
    ("indicators.empty_group", WARNING, lambda d: d.projects[0].indicators.append(Level1("效益指标", []))),
    ("indicator.missing_name", ERROR, lambda d: setattr(indicator(d), "name", "")),
    ("indicator.missing_value", ERROR, _value("")),
    ("indicator.placeholder_value", ERROR, _value("**")),
    ("indicator.placeholder_value", ERROR, _value("XX")),
    ("indicator.duplicate", WARNING, lambda d: d.projects[0].indicators[0].children[0].children.append(Indicator("改造面积", "≥1平方米"))),
    ("value.symbol", WARNING, _value("》 90%", (0, 1, 0))),
    ("value.symbol", WARNING, _value(">=95%", (0, 1, 0))),
    ("value.symbol", WARNING, _value("＝100％", (0, 1, 0))),
    ("value.redundant", WARNING, _value("≥90%以上", (0, 1, 0))),
    ("value.rate_over_100", WARNING, _value("≥100%", (0, 1, 0))),
    ("value.rate_over_100", WARNING, _value("120%", (0, 1, 0))),
    ("value.missing_unit", WARNING, _value("≥95", (3, 0, 0))),
    ("value.rate_unit", WARNING, _value("≤1个", (0, 1, 0), name="超概算项目比例")),
    ("value.satisfaction_low", WARNING, _value("≥60%", (3, 0, 0))),
    ("value.cost_lower_bound", WARNING, _value("≥5元", (1, 0, 0))),
    ("value.cost_lower_bound", WARNING, _cost_level1_as_level2),
]


@pytest.mark.parametrize(("code", "severity", "change"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_rule_fires(code: str, severity: str, change: Callable[[Document], None]) -> None:
    doc = clean_document("2021")
    change(doc)
    problems = validate(doc)
    hits = [p for p in problems if p.code == code]
    assert hits, f"{code} did not fire; got {[p.code for p in problems]}"
    assert all(p.severity == severity for p in hits)
    for p in hits:
        assert p.message and p.location and p.project == 0 and p.project_name == doc.projects[0].name
        assert (p.field is not None) or (p.path is not None)


def test_every_rule_code_has_a_firing_case() -> None:
    assert {c[0] for c in CASES} == set(RULE_CODES)


def test_cost_missing_is_reported_only_under_2021() -> None:
    for framework, expected in (("2015", []), ("2021", ["indicators.missing_level1"])):
        doc = clean_document(framework)
        _drop_level1("成本指标")(doc)
        assert codes(doc) == expected


def test_both_placements_of_cost_are_accepted() -> None:
    doc = clean_document("2021")
    _drop_level1("成本指标")(doc)
    doc.projects[0].indicators[0].children.append(Level2("成本指标", [Indicator("单价", "≤5元")]))
    assert codes(doc) == []


def test_synonyms_and_spaces_are_accepted() -> None:
    doc = clean_document()
    doc.projects[0].indicators[0].name = "产出 指标"
    doc.projects[0].indicators[0].children[0].name = "数量"
    doc.projects[0].indicators[2].children[0].name = "环境效益指标"
    doc.projects[0].indicators[3].children[0].name = "社会公众或服务对象满意度指标"
    assert codes(doc) == []


def test_blank_other_funds_count_as_zero_and_blank_total_is_not_a_mismatch() -> None:
    doc = clean_document()
    doc.set_project_field(0, "funding.annual.total", None)
    assert codes(doc) == ["funding.missing_total"]
    doc = clean_document()
    for part in ("total", "fiscal", "other"):
        doc.set_project_field(0, f"funding.period.{part}", None)
    assert codes(doc) == []  # older layouts have no 实施期 column


def test_fixes_are_offered_where_mechanical() -> None:
    doc = clean_document()
    indicator(doc, (0, 1, 0)).value = "》 90%"
    indicator(doc, (3, 0, 0)).value = "≥95"
    indicator(doc, (0, 0, 0)).value = "≥120平方米以上"
    fixes = {p.code: p.fix.new_value for p in validate(doc) if p.fix}
    assert fixes == {"value.symbol": "≥90%", "value.missing_unit": "≥95%", "value.redundant": "≥120平方米"}


def test_validate_project_checks_one_project_alone() -> None:
    doc = clean_document()
    doc.projects.append(clean_document().projects[0])
    doc.projects[1].name = ""
    assert validate_project(doc, 0) == []
    assert [p.code for p in validate_project(doc, 1)] == ["project.missing_field"]
    assert validate_project(doc, 1)[0].project == 1


def test_validation_does_not_change_the_document() -> None:
    doc = json_format.load(resource_path("sample-dalian-2026.json"))
    before = json_format.dumps(doc)
    validate(doc)
    assert json_format.dumps(doc) == before


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
    }
    assert set(found) == expected
    doc = json_format.load(resource_path("sample-dalian-2026.json"))
    assert doc.framework == "2021"  # 政策资金 puts 成本指标 at the first level
    assert count(validate(doc)) == (1, 13)
