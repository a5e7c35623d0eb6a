"""Issue 16.7: any document in a later stage, written as its 自评/监控 form, reads again
without the hidden sheet and after an edit in Excel, never with a traceback."""

from __future__ import annotations

import tempfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import documents

from jxeditor.document.document import Document
from jxeditor.document.stages import EVALUATION, MONITORING
from jxeditor.formats.xlsx.common import META_SHEET
from jxeditor.formats.xlsx.reader import read_xlsx
from jxeditor.formats.xlsx.writer import save_xlsx

later_documents = st.tuples(documents, st.sampled_from((EVALUATION, MONITORING)))


def _written(doc: Document, stage: str, tmp: str) -> Path:
    doc.stage = stage
    path = Path(tmp) / "doc.xlsx"
    save_xlsx(doc, path)
    return path


@pytest.mark.slow
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(later_documents)
def test_read_without_the_hidden_sheet(case: tuple[Document, str]) -> None:
    doc, stage = case
    with tempfile.TemporaryDirectory() as tmp:
        path = _written(doc, stage, tmp)
        wb = openpyxl.load_workbook(path)
        del wb[META_SHEET]
        wb.save(path)
        again, _notices = read_xlsx(path)
    assert again.stage == stage or not again.projects


@pytest.mark.slow
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(later_documents, st.integers(min_value=0, max_value=400), st.sampled_from(["", "x", "12"]))
def test_read_after_an_edit(case: tuple[Document, str], nth: int, value: str) -> None:
    doc, stage = case
    with tempfile.TemporaryDirectory() as tmp:
        path = _written(doc, stage, tmp)
        wb = openpyxl.load_workbook(path)
        sheets = wb.worksheets[2:-1]
        if sheets:
            cells = [c for row in sheets[0].iter_rows() for c in row
                     if type(c).__name__ == "Cell"]
            cells[nth % len(cells)].value = value or None
        wb.save(path)
        again, _notices = read_xlsx(path)
    assert again.stage == stage
