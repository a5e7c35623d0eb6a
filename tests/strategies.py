"""Hypothesis strategies for arbitrary documents, shared by the format round-trip tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import strategies as st

from jxeditor.document.amounts import parse_amount
from jxeditor.document.department import (
    Department,
    DepartmentEvaluation,
    DepartmentFunds,
    Measure,
    Safeguard,
    SpendingRows,
    Task,
)
from jxeditor.document.document import Document
from jxeditor.document.model import (
    MONTHS,
    Acknowledgement,
    Funding,
    FundingColumn,
    Goals,
    Indicator,
    Level1,
    Level2,
    Period,
    Project,
)
from jxeditor.document.stages import (
    CAUSES,
    POSSIBILITIES,
    SCORING_RULES,
    STAGES,
    EvaluationColumn,
    IndicatorEvaluation,
    IndicatorMonitoring,
    ProjectEvaluation,
    ProjectMonitoring,
)

# Any Unicode text; surrogates cannot be encoded as UTF-8, so they are left out.
any_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
long_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=3000)


def _decimal_amounts() -> st.SearchStrategy[Decimal]:
    return st.builds(
        lambda units, places, negative: (Decimal(units) / (Decimal(10) ** places)) * (-1 if negative else 1),
        st.integers(min_value=0, max_value=10**12),
        st.integers(min_value=0, max_value=4),
        st.booleans(),
    )


# Raw text that is not a number: what a user may type in an amount field.
_raw_amounts = any_text.map(parse_amount).filter(lambda v: isinstance(v, str))

amounts = st.one_of(st.none(), _decimal_amounts(), _raw_amounts)
dates = st.one_of(
    st.none(),
    st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)),
    any_text.filter(lambda t: t.strip() != "" and not _is_iso(t)),
)


def _is_iso(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


# The stage blocks of format version 2 (absent, None, in about half the cases).
indicator_monitorings = st.builds(
    IndicatorMonitoring,
    current=any_text,
    forecast=any_text,
    possibility=st.sampled_from(("", *POSSIBILITIES)),
    causes=st.lists(st.sampled_from(CAUSES), unique=True, max_size=3),
    note=any_text,
)
indicator_evaluations = st.builds(
    IndicatorEvaluation, actual=any_text, points=amounts, score=amounts, deviation=any_text
)
evaluation_columns = st.builds(
    EvaluationColumn, total=amounts, fiscal=amounts, carried_over=amounts, other=amounts
)
project_monitorings = st.builds(
    ProjectMonitoring, as_of=dates, budget=amounts, executed=amounts, forecast=amounts
)
project_evaluations = st.builds(
    ProjectEvaluation,
    budget_initial=evaluation_columns,
    budget_full=evaluation_columns,
    executed=evaluation_columns,
    goals_achieved=long_text,
)

indicators = st.builds(
    Indicator,
    name=any_text,
    value=any_text,
    description=any_text,
    basis=any_text,
    monitoring=st.none() | indicator_monitorings,
    evaluation=st.none() | indicator_evaluations,
)
level2s = st.builds(Level2, name=any_text, children=st.lists(indicators, max_size=4))
level1s = st.builds(Level1, name=any_text, children=st.lists(level2s, max_size=3))
columns = st.builds(FundingColumn, total=amounts, fiscal=amounts, other=amounts)
acknowledgements = st.builds(
    Acknowledgement,
    code=any_text,
    reason=any_text,
    field=any_text,
    indicator=st.lists(any_text, max_size=3).map(tuple),
)

projects = st.builds(
    Project,
    code=any_text,
    name=any_text,
    attribute=any_text,
    category=any_text,
    department=any_text,
    implementer=any_text,
    period=st.builds(Period, start=dates, end=dates),
    funding=st.builds(Funding, period=columns, annual=columns),
    purpose=long_text,
    spending_plan=st.fixed_dictionaries({m: amounts for m in MONTHS}),
    goals=st.builds(Goals, period=long_text, annual=long_text),
    indicators=st.lists(level1s, max_size=4),
    monitoring=st.none() | project_monitorings,
    evaluation=st.none() | project_evaluations,
    acknowledgements=st.lists(acknowledgements, max_size=2),
)

documents = st.builds(
    Document,
    year=st.integers(min_value=1900, max_value=2200),
    reporting_unit=any_text,
    money_unit=any_text.filter(lambda t: t != ""),
    framework=st.sampled_from(["2015", "2021"]),
    projects=st.lists(projects, max_size=3),
    stage=st.sampled_from(STAGES),
    scoring=st.sampled_from(SCORING_RULES),
)

spending_rows = st.builds(SpendingRows, basic=amounts, projects=amounts, total=amounts)
departments = st.builds(
    Department,
    name=any_text,
    functions=long_text,
    overall_goal=long_text,
    tasks=st.lists(st.builds(
        Task, title=any_text, content=any_text, budget=columns,
        projects=st.lists(any_text, max_size=3),
        measures=st.lists(st.builds(Measure, text=any_text, name=any_text, value=any_text),
                          max_size=3),
    ), max_size=3),
    total=columns,
    indicators=st.lists(level1s, max_size=2),
    measures=st.lists(st.builds(Safeguard, title=any_text, text=any_text), max_size=3),
    funds=st.none() | st.builds(
        DepartmentFunds, total=amounts, income_fiscal=amounts, income_other=amounts, basic=amounts,
        personnel=amounts, public=amounts, projects=amounts),
    evaluation=st.none() | st.builds(
        DepartmentEvaluation, budget_initial=spending_rows, budget_full=spending_rows,
        executed=spending_rows, goals_achieved=any_text),
)
# Documents with the department block (JSON version 3).
department_documents = st.builds(
    Document,
    year=st.integers(min_value=1900, max_value=2200),
    money_unit=any_text.filter(lambda t: t != ""),
    projects=st.lists(projects, max_size=2),
    stage=st.sampled_from(STAGES),
    department=departments,
)
