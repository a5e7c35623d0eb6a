"""The document made around imported tables."""

from __future__ import annotations

from jxeditor.document.document import Document
from jxeditor.document.model import Level1, Project
from jxeditor.formats.tables.result import TableImport, document_from_tables


def test_settings_from_the_title_block_or_defaults() -> None:
    doc = document_from_tables(TableImport())
    assert (doc.year, doc.reporting_unit, doc.money_unit, doc.framework) == (
        Document().year, "", "万元", "2015")
    doc = document_from_tables(TableImport(2024, "示例局", "元"))
    assert (doc.year, doc.reporting_unit, doc.money_unit) == (2024, "示例局", "元")


def test_cost_as_a_first_level_means_the_2021_framework() -> None:
    projects = [Project(indicators=[Level1("产出指标"), Level1("成本指标")])]
    doc = document_from_tables(TableImport(projects=projects))
    assert doc.framework == "2021" and doc.projects is projects
