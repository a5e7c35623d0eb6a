"""The project form's names and colours: the object name of each field's widget (tests
and go-to use them) and the frame colour of each problem severity."""

from __future__ import annotations

# dotted field path -> object name (the tests and the problems panel use these)
OBJECT_NAMES: dict[str, str] = {
    "name": "projectName",
    "code": "projectCode",
    "department": "department",
    "implementer": "implementer",
    "attribute": "attribute",
    "category": "category",
    "period.start": "periodStart",
    "period.end": "periodEnd",
    "funding.period.total": "fundingPeriodTotal",
    "funding.period.fiscal": "fundingPeriodFiscal",
    "funding.period.other": "fundingPeriodOther",
    "funding.annual.total": "fundingAnnualTotal",
    "funding.annual.fiscal": "fundingAnnualFiscal",
    "funding.annual.other": "fundingAnnualOther",
    "purpose": "purpose",
    "spending_plan.03": "spendingPlan03",
    "spending_plan.06": "spendingPlan06",
    "spending_plan.10": "spendingPlan10",
    "spending_plan.12": "spendingPlan12",
    "goals.period": "goalPeriod",
    "goals.annual": "goalAnnual",
}

# 待填 is a calm grey: a to-do, not an alarm (it turns red once the field was left empty)
FRAME_COLOURS = {"error": "#d32f2f", "warning": "#e69500", "todo": "#9e9e9e", "info": "#1976d2"}
