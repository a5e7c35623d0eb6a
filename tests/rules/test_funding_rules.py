"""The money rules: each amount, the sums of a column, and the spending plan."""

from __future__ import annotations

from decimal import Decimal

import pytest
from builders import clean_document
from rules.breakers import Case, Change, assert_fires, case_ids, codes, set_field

from jxeditor.document.amounts import format_amount
from jxeditor.rules import funding_rules
from jxeditor.rules.engine import validate
from jxeditor.rules.problems import ERROR, INFO, WARNING

# (code, severity, change that makes it fire)
CASES: list[Case] = [
    ("funding.not_a_number", ERROR, set_field("funding.annual.fiscal", "十二万")),
    ("funding.negative", ERROR, set_field("funding.period.other", Decimal("-5"))),
    ("funding.precision", WARNING, set_field("funding.period.other", Decimal("5.00001"))),
    ("funding.missing_total", ERROR, set_field("funding.annual.total", None)),
    ("funding.sum_mismatch", ERROR, set_field("funding.period.total", Decimal("21"))),
    ("funding.annual_exceeds_period", ERROR, lambda d: (d.set_project_field(d.projects[0], "funding.annual.total", Decimal("30")), d.set_project_field(d.projects[0], "funding.annual.fiscal", Decimal("30")))),
    ("funding.other_copies_fiscal", WARNING, lambda d: (d.set_project_field(d.projects[0], "funding.annual.total", Decimal("25")), d.set_project_field(d.projects[0], "funding.annual.other", Decimal("12.5")), d.set_project_field(d.projects[0], "funding.period.other", None), d.set_project_field(d.projects[0], "funding.period.total", Decimal("30")), d.set_project_field(d.projects[0], "funding.period.fiscal", Decimal("30")))),
    ("funding.other_copies_fiscal", INFO, lambda d: (d.set_project_field(d.projects[0], "funding.annual.fiscal", Decimal("10")), d.set_project_field(d.projects[0], "funding.annual.other", Decimal("2.5")), d.set_project_field(d.projects[0], "funding.period.total", Decimal("30")), d.set_project_field(d.projects[0], "funding.period.fiscal", Decimal("15")), d.set_project_field(d.projects[0], "funding.period.other", Decimal("15")))),
    ("spending_plan.not_monotonic", ERROR, set_field("spending_plan.10", Decimal("20"))),
    ("spending_plan.final_not_100", ERROR, set_field("spending_plan.12", Decimal("90"))),
    ("spending_plan.out_of_range", ERROR, set_field("spending_plan.03", Decimal("-1"))),
]


@pytest.mark.parametrize(("code", "severity", "change"), CASES, ids=case_ids(CASES))
def test_rule_fires(code: str, severity: str, change: Change) -> None:
    assert_fires(code, severity, change)


def test_every_code_of_the_module_has_a_firing_case() -> None:
    assert {c[0] for c in CASES} == set(funding_rules.CODES)


def test_blank_other_funds_count_as_zero_and_blank_total_is_not_a_mismatch() -> None:
    doc = clean_document()
    doc.set_project_field(doc.projects[0], "funding.annual.total", None)
    assert codes(doc) == ["funding.missing_total"]
    doc = clean_document()
    for part in ("total", "fiscal", "other"):
        doc.set_project_field(doc.projects[0], f"funding.period.{part}", None)
    assert codes(doc) == []  # older layouts have no 实施期 column


def test_an_unreadable_part_is_not_summed() -> None:
    doc = clean_document()
    doc.set_project_field(doc.projects[0], "funding.period.other", "五万")
    assert codes(doc) == ["funding.not_a_number"]


def test_precision_offers_the_amount_rounded_to_the_yuan() -> None:
    doc = clean_document()
    doc.set_project_field(doc.projects[0], "funding.period.total", Decimal("20.000049"))
    doc.set_project_field(doc.projects[0], "funding.period.fiscal", Decimal("15.000049"))
    fixes = {p.field: p.fix.new_value for p in validate(doc) if p.fix}
    assert fixes == {"funding.period.total": "20.0000", "funding.period.fiscal": "15.0000"}


def test_spending_plan_messages_name_the_month() -> None:
    doc = clean_document()
    doc.set_project_field(doc.projects[0], "spending_plan.06", Decimal("70"))
    (problem,) = validate(doc)
    assert problem.code == "spending_plan.not_monotonic" and problem.field == "spending_plan.10"
    assert "10月底" in problem.message and "6月底" in problem.message
    assert problem.location == "资金支出计划·10月底"


def test_unreadable_percentage_is_out_of_range_and_skipped_for_order() -> None:
    doc = clean_document()
    doc.set_project_field(doc.projects[0], "spending_plan.06", "三成")
    assert codes(doc) == ["spending_plan.out_of_range"]


def test_only_a_total_is_not_summed() -> None:
    """Layout C gives only the 预算数: no sum mismatch when both parts are blank."""
    doc = clean_document()
    doc.set_project_field(doc.projects[0], "funding.annual.fiscal", None)
    doc.set_project_field(doc.projects[0], "funding.annual.total", Decimal("500"))
    doc.set_project_field(doc.projects[0], "funding.period.total", Decimal("500"))
    doc.set_project_field(doc.projects[0], "funding.period.fiscal", None)
    doc.set_project_field(doc.projects[0], "funding.period.other", None)
    assert codes(doc) == []


def test_other_funds_that_differ_from_fiscal_stay_silent() -> None:
    doc = clean_document()  # 实施期 20 = 15 + 5
    assert "funding.other_copies_fiscal" not in codes(doc)
    doc.set_project_field(doc.projects[0], "funding.period.other", Decimal("15"))  # equal, but the total is not their double
    assert "funding.other_copies_fiscal" not in codes(doc)


def test_a_missing_total_offers_the_sum_of_its_parts() -> None:
    """合计 left empty beside 财政拨款 and 其他资金: the fix fills in their sum (an empty
    part counts 0); with an unreadable part there is no sum to offer."""
    from jxeditor.rules.messages_en import in_english

    doc = clean_document()
    column = doc.projects[0].funding.annual
    doc.set_project_field(doc.projects[0], "funding.annual.total", None)
    (problem,) = validate(doc)
    expected = format_amount((column.fiscal or Decimal(0)) + (column.other or Decimal(0)))
    assert problem.code == "funding.missing_total" and problem.fix is not None
    assert problem.fix.new_value == expected
    assert problem.fix.label == f"填写合计 {expected}（财政拨款 + 其他资金）"
    assert in_english(problem).fix.label == f"Fill in the total {expected} (fiscal + other funds)"
    doc.set_project_field(doc.projects[0], "funding.annual.other", None)
    (problem,) = [p for p in validate(doc) if p.code == "funding.missing_total"]
    assert problem.fix is not None and problem.fix.new_value == format_amount(column.fiscal)
    doc.set_project_field(doc.projects[0], "funding.annual.other", "约五万")
    (problem,) = [p for p in validate(doc) if p.code == "funding.missing_total"]
    assert problem.fix is None
