"""Exact round trip through .xlsx: what was written reads back as the same document."""

from __future__ import annotations

import io
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from builders import clean_document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import documents

from jxeditor.document.document import Document
from jxeditor.document.model import FundingColumn, Indicator, Level1, Level2, Period, Project
from jxeditor.formats.xlsx.reader import read_xlsx
from jxeditor.formats.xlsx.writer import save_xlsx, workbook_bytes


def _round_trip(doc: Document) -> tuple[Document, list[str]]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.xlsx"
        save_xlsx(doc, path)
        return read_xlsx(path)


@pytest.mark.slow
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_arbitrary_documents_round_trip(doc: Document) -> None:
    again, notices = _round_trip(doc)
    assert again == doc
    assert notices == []


@pytest.mark.slow
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_resaving_in_another_program_keeps_it_exact(doc: Document) -> None:
    """openpyxl load + save (shared strings, its own number text) changes no digest."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.xlsx"
        save_xlsx(doc, path)
        openpyxl.load_workbook(path).save(path)
        again, notices = read_xlsx(path)
    assert again == doc
    assert notices == []


@settings(max_examples=10, deadline=None)
@given(st.lists(st.sampled_from(["=", "+", "-", "@", "'", "_x0041_", "\r\n", "\r", " ", "\t",
                                 "0012", "1e5", "TRUE", "#N/A", "\x01", "\ufffe", "𠀀", "中"]),
                max_size=12).map("".join))
def test_awkward_text_everywhere(text: str) -> None:
    doc = clean_document()
    p = doc.projects[0]
    p.code = p.name = p.department = p.purpose = text
    p.goals.annual = text
    p.indicators[0].children[0].children[0] = Indicator(text, text, text, text)
    p.period = Period(text or None, None)
    doc.reporting_unit = text
    again, _ = _round_trip(doc)
    assert again == doc


def test_specific_hard_cases() -> None:
    doc = Document(year=1999, reporting_unit="=单位", money_unit="元", framework="2015")
    doc.projects = [
        Project(
            code="0012",
            name="=SUM(A1)",
            period=Period(date(2024, 2, 29), "2026年底"),
            funding=clean_document().projects[0].funding,
            goals=clean_document().projects[0].goals,
            indicators=[Level1("产出指标", []), Level1("效益指标", [Level2("社会效益指标", [])])],
        ),
        Project(name="长目标"),
    ]
    p = doc.projects[0]
    p.funding.period = FundingColumn(Decimal("12345678901234.5678"), Decimal("0.0001"), "约40万")
    p.funding.annual = FundingColumn(Decimal("-0"), Decimal("1443.0800"), Decimal("1E+3"))
    p.spending_plan = {"03": Decimal("0"), "06": "一半", "10": None, "12": Decimal("100.00")}
    doc.projects[1].goals.annual = "很长的目标。" * 12000  # 72,000 characters: over a cell's limit
    doc.projects[1].purpose = "\ud800 lone surrogate"
    again, notices = _round_trip(doc)
    # a lone surrogate cannot be saved as UTF-8: every JSON reader replaces it (issue 20.9)
    assert again.projects[1].purpose == "\ufffd lone surrogate"
    doc.projects[1].purpose = "\ufffd lone surrogate"
    assert again == doc
    assert notices == []  # the hidden copy is exact, so nothing needed telling on import


def test_export_notices_do_not_affect_the_round_trip() -> None:
    doc = clean_document()
    doc.projects[0].goals.period = "x\x00y"
    data, notices = workbook_bytes(doc)
    assert notices
    wb = openpyxl.load_workbook(io.BytesIO(data))
    assert "xy" in [c.value for row in wb["档案室改造"].iter_rows() for c in row]
    again, _ = _round_trip(doc)
    assert again == doc


def test_the_visible_form_alone_reads_back(tmp_path: Path) -> None:
    """Without the hidden sheet, the table reader gets the same document from the form."""
    doc = clean_document()
    doc.reporting_unit = "示例局"
    doc.projects[0].purpose = "用于档案室改造。"
    ind = doc.projects[0].indicators[0].children[0].children[0]
    ind.description, ind.basis = "改造的房屋面积", "设计图纸"
    second = clean_document().projects[0]
    second.name, second.code = "第二个项目", "0012"
    doc.projects.append(second)
    path = tmp_path / "form.xlsx"
    save_xlsx(doc, path)
    wb = openpyxl.load_workbook(path)
    del wb["_jxeditor"]
    wb.save(path)
    again, notices = read_xlsx(path)
    assert again == doc
    assert len(notices) == 2 and all("汇总视图" in n for n in notices)
