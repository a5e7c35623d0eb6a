"""The 审核意见 report as PDF: the workbook's sheets on A4 landscape pages, every problem
findable in the text."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from builders import clean_document
from pypdf import PdfReader

from jxeditor.errors import FileFormatError
from jxeditor.formats.xlsx.review_report import ReviewedFile
from ui.printing.fonts import chinese_family
from ui.printing.review_pdf import review_files, write_review_pdf


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def entry() -> ReviewedFile:
    doc = clean_document()
    doc.projects[0].indicators[0].children[0].children[0].value = ""
    return ReviewedFile.checked("a.json", doc)


def test_landscape_pages_with_every_problem(entry: ReviewedFile, tmp_path: Path) -> None:
    target = tmp_path / "审核意见.pdf"
    pages = write_review_pdf(target, [entry], [("b.xlsx", "无法读取")], date(2026, 5, 6))
    reader = PdfReader(target)
    assert len(reader.pages) == pages >= 2  # the summary, then the file's sheet
    for page in reader.pages:
        assert float(page.mediabox.width) > float(page.mediabox.height)
    if chinese_family() is None:
        pytest.skip("no Chinese font installed: the checks of Chinese text are skipped")
    text = "".join(squeeze(page.extract_text()) for page in reader.pages)
    assert "审核意见汇总" in text and "b.xlsx" in text
    assert entry.problems
    for problem in entry.problems:
        assert squeeze(problem.message) in text


def test_review_files_reads_and_lists_the_unreadable(tmp_path: Path) -> None:
    checked, unreadable = review_files([str(tmp_path / "missing.json")])
    assert checked == [] and len(unreadable) == 1 and "missing.json" in unreadable[0][0]
    with pytest.raises(FileFormatError, match="无法保存"):
        write_review_pdf(tmp_path / "none" / "x.pdf", checked, unreadable)
