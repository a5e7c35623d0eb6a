"""The 审核意见 report as PDF (``jxeditor validate FILES... --report OUT.pdf``).

The PDF draws the very sheets of the 审核意见 workbook
(:func:`jxeditor.formats.xlsx.review_report.review_workbook`, turned into sheet plans by
:func:`jxeditor.formats.xlsx.print_plans.workbook_plans`): the summary, then one sheet
per file, on A4 landscape pages as the workbook prints, the column headers repeated,
page numbers in the footer, written atomically.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from jxeditor.errors import FileFormatError
from jxeditor.formats.documents import load_document
from jxeditor.formats.xlsx.print_plans import workbook_plans
from jxeditor.formats.xlsx.review_report import SUMMARY_TITLE, ReviewedFile, review_workbook
from jxeditor.rules.engine import validate
from jxeditor.storage.atomic import write_atomic
from ui.printing.pdf_export import a4_layout, plans_pdf


def review_pdf_bytes(files: Sequence[ReviewedFile], unreadable: Sequence[tuple[str, str]] = (),
                     today: date | None = None,
                     notices: list[str] | None = None) -> tuple[bytes, int]:
    """The report's PDF and its page count (the notice of texts cleaned or cut in its
    cells added to ``notices``)."""
    plans, looks = workbook_plans(review_workbook(files, unreadable, today, notices))
    landscape = all(plan.orientation == "landscape" for plan in plans)
    return plans_pdf(plans, SUMMARY_TITLE, looks, a4_layout(landscape))


def write_review_pdf(path: str | Path, files: Sequence[ReviewedFile],
                     unreadable: Sequence[tuple[str, str]] = (),
                     today: date | None = None, notices: list[str] | None = None) -> int:
    """Writes the report's PDF to ``path`` atomically; the page count (the notices of
    texts cut added to ``notices``)."""
    try:
        data, pages = review_pdf_bytes(files, unreadable, today, notices)
    except OSError as error:
        raise FileFormatError(path, str(error)) from None
    write_atomic(path, data)
    return pages


def review_files(names: Sequence[str]) -> tuple[list[ReviewedFile], list[tuple[str, str]]]:
    """The files read and validated as ``jxeditor validate`` does, and those that could
    not be read with the reason."""
    checked: list[ReviewedFile] = []
    unreadable: list[tuple[str, str]] = []
    for name in names:
        try:
            doc, notices = load_document(name)
        except FileFormatError as error:
            unreadable.append((name, "：".join(t for t in (error.place, error.message) if t)))
            continue
        checked.append(ReviewedFile(name, doc, validate(doc), tuple(notices)))
    return checked, unreadable
