"""The forms on paper: pages laid out for a paged device (QPdfWriter, QPrinter) and
painted on it, and PDF files written atomically.

:func:`layout_pages` measures every chosen project's form sheet (the same
:class:`~jxeditor.formats.xlsx.sheet_plan.SheetPlan` the ``.xlsx`` export writes,
:func:`~jxeditor.formats.xlsx.print_plans.form_plans`) at the device's paint width and
cuts it into pages, each project starting on a new page; :func:`paint_pages` draws them
with the page numbers of the whole printout. :func:`write_pdf` makes an A4 portrait PDF
(margins :data:`MARGINS_MM`) and writes it through
:func:`jxeditor.storage.atomic.write_atomic`: a failed export leaves no half-written
file and any old file as it was.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter

from jxeditor.document.document import Document
from jxeditor.errors import FileFormatError
from jxeditor.formats.xlsx.print_plans import CellLook, form_plans
from jxeditor.formats.xlsx.sheet_plan import SheetPlan
from jxeditor.storage.atomic import write_atomic
from ui.printing.page_painter import PagePainter, body_height
from ui.printing.pagination import Page, paginate
from ui.printing.sheet_layout import SheetLayout, TextMeasure

MARGINS_MM = (15.0, 12.0, 15.0, 12.0)  # left, top, right, bottom
PDF_RESOLUTION = 600


def a4_layout(landscape: bool = False) -> QPageLayout:
    """A4 portrait (or landscape) with the printout's margins."""
    orientation = (QPageLayout.Orientation.Landscape if landscape
                   else QPageLayout.Orientation.Portrait)
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation,
                       QMarginsF(*MARGINS_MM), QPageLayout.Unit.Millimeter)


@dataclass
class Printout:
    """Pages laid out for one device: the pages in order, the measure that broke their
    lines, the paint rectangle's size and the height left for rows above the footer, in
    the device's pixels."""

    pages: list[Page]
    measure: TextMeasure
    width: float
    height: float
    body: float


def layout_pages(plans: Sequence[SheetPlan], device: QPagedPaintDevice,
                 looks: Mapping[str, CellLook] | None = None) -> Printout:
    """The pages of ``plans`` on ``device`` (its page layout and resolution), each plan
    from a new page; ``looks``: the looks of style names the export does not have."""
    measure = TextMeasure(device)
    paint = device.pageLayout().paintRectPixels(device.logicalDpiY())
    width, height = float(paint.width()), float(paint.height())
    body = body_height(measure, width, height)
    pages: list[Page] = []
    for plan in plans:
        pages.extend(paginate(SheetLayout(plan, measure, width, looks), body))
    return Printout(pages, measure, width, height, body)


def paint_pages(printout: Printout, device: QPagedPaintDevice, painter: QPainter) -> None:
    """Draws every page of ``printout`` on ``device`` (already opened by ``painter``),
    starting a new page before each but the first."""
    drawer = PagePainter(painter, printout.measure, printout.width, printout.height)
    total = len(printout.pages)
    for number, page in enumerate(printout.pages, start=1):
        if number > 1:
            device.newPage()
        drawer.paint(page, number, total)


def print_document(doc: Document, device: QPagedPaintDevice,
                   indices: Sequence[int] | None = None,
                   notices: list[str] | None = None) -> int:
    """Lays out and paints the projects at ``indices`` (all when None) on ``device``;
    the number of pages. The notices about texts a cell could not print whole (the
    project, the field, how much was printed) are added to ``notices``."""
    plans, cut = form_plans(doc, indices)
    if notices is not None:
        notices.extend(cut)
    return print_plans(plans, device)


def print_plans(plans: Sequence[SheetPlan], device: QPagedPaintDevice,
                looks: Mapping[str, CellLook] | None = None) -> int:
    """Lays out and paints ``plans`` on ``device``; the number of pages."""
    printout = layout_pages(plans, device, looks)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("无法开始绘制页面（打印机或 PDF 文件不可用）")
    try:
        paint_pages(printout, device, painter)
    finally:
        painter.end()
    return len(printout.pages)


def document_title(doc: Document) -> str:
    """The PDF's title: 填报单位 and year of the document."""
    unit = doc.reporting_unit.strip()
    return f"{unit + ' ' if unit else ''}{doc.year}年度预算项目绩效目标表"


def pdf_bytes(doc: Document, indices: Sequence[int] | None = None,
              title: str = "", notices: list[str] | None = None) -> tuple[bytes, int]:
    """The PDF of the projects at ``indices`` (all when None), and its page count: A4
    portrait, landscape where the stage's form is (the 运行监控表). The notices about
    texts cut to fit a cell are added to ``notices`` (as the ``.xlsx`` export returns
    its own, :class:`~jxeditor.formats.xlsx.sheet_plan.Notes`)."""
    plans, cut = form_plans(doc, indices)
    if notices is not None:
        notices.extend(cut)
    wide = bool(plans) and all(plan.orientation == "landscape" for plan in plans)
    return plans_pdf(plans, title or document_title(doc), layout=a4_layout(wide))


def plans_pdf(plans: Sequence[SheetPlan], title: str,
              looks: Mapping[str, CellLook] | None = None,
              layout: QPageLayout | None = None) -> tuple[bytes, int]:
    """The PDF of ``plans`` (A4 portrait unless ``layout`` says otherwise), and its page
    count."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(layout or a4_layout())
    writer.setTitle(title)
    writer.setCreator("jxeditor")
    pages = print_plans(plans, writer, looks)
    del writer  # finishes the file
    buffer.close()
    return bytes(buffer.data().data()), pages


def write_pdf(doc: Document, path: str | Path, indices: Sequence[int] | None = None,
              notices: list[str] | None = None) -> int:
    """Writes the PDF of the projects at ``indices`` (all when None) to ``path``,
    atomically; the number of pages (the notices of texts cut added to ``notices``). A
    file that cannot be written raises :class:`~jxeditor.errors.FileFormatError`."""
    if not doc.projects or (indices is not None and not indices):
        raise FileFormatError(path, "没有可以输出的项目")
    try:
        data, pages = pdf_bytes(doc, indices, notices=notices)
    except OSError as error:
        raise FileFormatError(path, str(error)) from None
    write_atomic(path, data)
    return pages
