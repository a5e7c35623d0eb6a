"""The PDF of a document: A4 with the printout's margins (landscape for the 监控表), the
title naming the 填报单位 and year, one page count from layout to file, and refusals as
one clear error without touching the file."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from builders import clean_document
from pypdf import PdfReader
from PySide6.QtGui import QPageLayout, QPageSize

from jxeditor.document.derive import derive_stage
from jxeditor.document.stages import MONITORING
from jxeditor.errors import FileFormatError
from ui.printing.pdf_export import MARGINS_MM, a4_layout, document_title, pdf_bytes, write_pdf


def test_a4_with_the_margins() -> None:
    layout = a4_layout()
    assert layout.pageSize().id() == QPageSize.PageSizeId.A4
    assert layout.orientation() == QPageLayout.Orientation.Portrait
    margins = layout.margins(QPageLayout.Unit.Millimeter)
    assert (margins.left(), margins.top(), margins.right(), margins.bottom()) == MARGINS_MM
    assert a4_layout(landscape=True).orientation() == QPageLayout.Orientation.Landscape


def test_document_title() -> None:
    doc = clean_document()
    assert document_title(doc) == "2026年度预算项目绩效目标表"
    doc.reporting_unit = "  示例局 "
    assert document_title(doc) == "示例局 2026年度预算项目绩效目标表"


def portrait(page: Any) -> bool:
    return float(page.mediabox.width) < float(page.mediabox.height)


def test_pdf_bytes_pages_and_metadata(qapp: Any) -> None:
    doc = clean_document()
    doc.projects.append(clean_document().projects[0])
    data, pages = pdf_bytes(doc)
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == pages >= 2  # each project on pages of its own
    assert reader.metadata is not None and reader.metadata.title == document_title(doc)
    assert reader.metadata.creator == "jxeditor"
    assert all(portrait(p) for p in reader.pages)
    one, one_pages = pdf_bytes(doc, [1], title="只一个")
    assert one_pages == pages // 2
    assert PdfReader(io.BytesIO(one)).metadata.title == "只一个"  # type: ignore[union-attr]


def test_the_monitoring_form_is_landscape(qapp: Any) -> None:
    data, _pages = pdf_bytes(derive_stage(clean_document(), MONITORING))
    assert not any(portrait(p) for p in PdfReader(io.BytesIO(data)).pages)


def test_write_pdf(qapp: Any, tmp_path: Path) -> None:
    path = tmp_path / "表.pdf"
    pages = write_pdf(clean_document(), path)
    assert len(PdfReader(path).pages) == pages


@pytest.mark.parametrize("indices", [None, []])
def test_nothing_to_print_is_refused(qapp: Any, tmp_path: Path, indices: list[int] | None) -> None:
    doc = clean_document()
    if indices is None:
        doc.projects = []
    path = tmp_path / "表.pdf"
    path.write_bytes(b"old")
    with pytest.raises(FileFormatError, match="没有可以输出的项目"):
        write_pdf(doc, path, indices)
    assert path.read_bytes() == b"old"
