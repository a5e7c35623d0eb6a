"""Small documents for tests: a clean table, and helpers to break it one rule at a time."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from jxeditor.document.document import Document
from jxeditor.document.model import (
    Funding,
    FundingColumn,
    Goals,
    Indicator,
    Level1,
    Level2,
    Period,
    Project,
)


def clean_project() -> Project:
    """A table on which no rule fires, under either framework."""
    return Project(
        code="102001001",
        name="档案室改造",
        department="示例局",
        implementer="示例局",
        period=Period(date(2026, 1, 1), date(2026, 12, 31)),
        funding=Funding(
            period=FundingColumn(Decimal("20"), Decimal("15"), Decimal("5")),
            annual=FundingColumn(Decimal("12.5"), Decimal("12.5"), None),
        ),
        spending_plan={"03": Decimal(0), "06": Decimal(30), "10": Decimal(60), "12": Decimal(100)},
        goals=Goals(period="完成档案室改造。", annual="完成档案室改造并投入使用。"),
        indicators=[
            Level1("产出指标", [
                Level2("数量指标", [Indicator("改造面积", "≥120平方米")]),
                Level2("质量指标", [Indicator("验收合格率", "=100%")]),
                Level2("时效指标", [Indicator("完成时间", "2026年12月底前")]),
            ]),
            Level1("成本指标", [Level2("经济成本指标", [Indicator("改造单价", "≤1000元/平方米")])]),
            Level1("效益指标", [Level2("社会效益指标", [Indicator("档案查阅效率", "提高20%")])]),
            Level1("满意度指标", [Level2("服务对象满意度指标", [Indicator("使用人员满意度", "≥90%")])]),
        ],
    )


def clean_document(framework: str = "2021", reporting_unit: str = "") -> Document:
    return Document(year=2026, framework=framework, reporting_unit=reporting_unit,
                    projects=[clean_project()])


def two_projects() -> Document:
    """The clean document of 示例局 with a second project (第二个项目, code 0012)."""
    doc = clean_document(reporting_unit="示例局")
    second = clean_project()
    second.name = "第二个项目"
    second.code = "0012"
    doc.projects.append(second)
    return doc


def indicator(doc: Document, path: tuple[int, int, int] = (0, 0, 0)) -> Indicator:
    node = doc.node(doc.projects[0], path)
    assert isinstance(node, Indicator)
    return node
