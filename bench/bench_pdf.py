"""Benchmark of printing: 1,000 projects to PDF and one project to the print preview.

The large benchmark document (1,000 projects of about 25 indicators, ``make_large``) is
written as an A4 PDF in memory (:func:`ui.printing.pdf_export.pdf_bytes`: layout with
the real font metrics, pagination and painting), target under 30 s; the layout alone is
timed too, and the ``.xlsx`` export of the same document is the baseline measured in the
same run (the ratio says how the PDF compares with the workbook on this machine), and
the processor time beside the wall time shows how busy the machine was. One
project of the document is then shown in a print preview (QPrintPreviewWidget: layout
and painting of its pages for the printer), target under 0.3 s, cold (first) and warm.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_pdf.py``.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from make_large import large_document
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QPdfWriter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication

from jxeditor.formats.xlsx.print_plans import form_plans
from jxeditor.formats.xlsx.writer import workbook_bytes
from ui.printing.fonts import chinese_family
from ui.printing.pdf_export import (
    PDF_RESOLUTION,
    a4_layout,
    layout_pages,
    pdf_bytes,
    print_document,
)

PDF_TARGET_S = 30.0
PREVIEW_TARGET_S = 0.3


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def layout_only(plans: list) -> int:  # type: ignore[type-arg]
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(a4_layout())
    return len(layout_pages(plans, writer).pages)


def preview_seconds(app: QApplication, doc: object, index: int) -> float:
    """Lays out and paints one project's pages in a print preview."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(a4_layout())
    widget = QPrintPreviewWidget(printer)
    widget.paintRequested.connect(lambda p: print_document(doc, p, [index]))  # type: ignore[arg-type]
    start = time.perf_counter()
    widget.updatePreview()
    app.processEvents()
    seconds = time.perf_counter() - start
    assert widget.pageCount() >= 1
    widget.deleteLater()
    return seconds


def main() -> None:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    print(f"字体：{chinese_family() or '（未找到中文字体）'}")
    doc = large_document()
    indicators = sum(len(l2.children) for p in doc.projects for l1 in p.indicators
                     for l2 in l1.children)
    print(f"文档：{len(doc.projects)} 个项目，{indicators} 个三级指标")
    xlsx_s, _ = timed(lambda: workbook_bytes(doc))
    plans_s, built = timed(lambda: form_plans(doc)[0])
    layout_s, pages = timed(lambda: layout_only(built))  # type: ignore[arg-type]
    cpu = time.process_time()
    pdf_s, result = timed(lambda: pdf_bytes(doc))
    cpu = time.process_time() - cpu
    data, page_count = result  # type: ignore[misc]
    verdict = "达标" if pdf_s < PDF_TARGET_S else "未达标"
    print(f"1,000 个项目 → PDF：{pdf_s:.1f} s（处理器时间 {cpu:.1f} s；{page_count} 页，"
          f"{len(data) / 1e6:.1f} MB），目标 < {PDF_TARGET_S:.0f} s：{verdict}")
    print(f"  其中版面：表格计划 {plans_s:.1f} s，排版分页 {layout_s:.1f} s（{pages} 页）；"
          f"同一文档导出 .xlsx {xlsx_s:.1f} s，PDF/xlsx 比值 {pdf_s / xlsx_s:.2f}×")
    cold = preview_seconds(app, doc, 0)
    warm = min(preview_seconds(app, doc, i) for i in (1, 2, 3))
    verdict = "达标" if max(cold, warm) < PREVIEW_TARGET_S else "未达标"
    print(f"一个项目 → 打印预览：首次 {cold * 1000:.0f} ms，之后 {warm * 1000:.0f} ms，"
          f"目标 < {PREVIEW_TARGET_S * 1000:.0f} ms：{verdict}；"
          f"占 1,000 个项目 PDF 的 {warm / pdf_s * 1000:.2f}‰")


if __name__ == "__main__":
    main()
