"""The money rules: each amount, the sums of a column, and the spending plan."""

from __future__ import annotations

from decimal import Decimal

import pytest
from builders import clean_document
from rules.breakers import Case, Change, assert_fires, case_ids, codes, set_field

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
    ("funding.annual_exceeds_period", ERROR, lambda d: (d.set_project_field(0, "funding.annual.total", Decimal("30")), d.set_project_field(0, "funding.annual.fiscal", Decimal("30")))),
    ("funding.other_copies_fiscal", WARNING, lambda d: (d.set_project_field(0, "funding.annual.total", Decimal("25")), d.set_project_field(0, "funding.annual.other", Decimal("12.5")), d.set_project_field(0, "funding.period.other", None), d.set_project_field(0, "funding.period.total", Decimal("30")), d.set_project_field(0, "funding.period.fiscal", Decimal("30")))),
    ("funding.other_copies_fiscal", INFO, lambda d: (d.set_project_field(0, "funding.annual.fiscal", Decimal("10")), d.set_project_field(0, "funding.annual.other", Decimal("2.5")), d.set_project_field(0, "funding.period.total", Decimal("30")), d.set_project_field(0, "funding.period.fiscal", Decimal("15")), d.set_project_field(0, "funding.period.other", Decimal("15")))),
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
    doc.set_project_field(0, "funding.annual.total", None)
    assert codes(doc) == ["funding.missing_total"]
    doc = clean_document()
    for part in ("total", "fiscal", "other"):
        doc.set_project_field(0, f"funding.period.{part}", None)
    assert codes(doc) == []  # older layouts have no 实施期 column


def test_an_unreadable_part_is_not_summed() -> None:
    doc = clean_document()
    doc.set_project_field(0, "funding.period.other", "五万")
    assert codes(doc) == ["funding.not_a_number"]


def test_precision_offers_the_amount_rounded_to_the_yuan() -> None:
    doc = clean_document()
    doc.set_project_field(0, "funding.period.total", Decimal("20.000049"))
    doc.set_project_field(0, "funding.period.fiscal", Decimal("15.000049"))
    fixes = {p.field: p.fix.new_value for p in validate(doc) if p.fix}
    assert fixes == {"funding.period.total": "20.0000", "funding.period.fiscal": "15.0000"}


def test_spending_plan_messages_name_the_month() -> None:
    doc = clean_document()
    doc.set_project_field(0, "spending_plan.06", Decimal("70"))
    (problem,) = validate(doc)
    assert problem.code == "spending_plan.not_monotonic" and problem.field == "spending_plan.10"
    assert "10月底" in problem.message and "6月底" in problem.message
    assert problem.location == "资金支出计划·10月底"


def test_unreadable_percentage_is_out_of_range_and_skipped_for_order() -> None:
    doc = clean_document()
    doc.set_project_field(0, "spending_plan.06", "三成")
    assert codes(doc) == ["spending_plan.out_of_range"]


def test_only_a_total_is_not_summed() -> None:
    """Layout C gives only the 预算数: no sum mismatch when both parts are blank."""
    doc = clean_document()
    doc.set_project_field(0, "funding.annual.fiscal", None)
    doc.set_project_field(0, "funding.annual.total", Decimal("500"))
    doc.set_project_field(0, "funding.period.total", Decimal("500"))
    doc.set_project_field(0, "funding.period.fiscal", None)
    doc.set_project_field(0, "funding.period.other", None)
    assert codes(doc) == []


def test_other_funds_that_differ_from_fiscal_stay_silent() -> None:
    doc = clean_document()  # 实施期 20 = 15 + 5
    assert "funding.other_copies_fiscal" not in codes(doc)
    doc.set_project_field(0, "funding.period.other", Decimal("15"))  # equal, but the total is not their double
    assert "funding.other_copies_fiscal" not in codes(doc)
