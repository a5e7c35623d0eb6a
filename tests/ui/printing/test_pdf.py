"""The PDF read back with pypdf: A4 pages, as many as laid out, each project starting a
page, 第 n 页 共 m 页, the font embedded and every indicator's name and value findable.

Without a Chinese font on the machine only the checks of Chinese text are skipped."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QPdfWriter

from jxeditor.document.derive import derive_stage
from jxeditor.document.document import Document
from jxeditor.document.stages import EVALUATION, MONITORING
from jxeditor.errors import FileFormatError
from jxeditor.formats.xlsx.form_layout import TITLE
from jxeditor.formats.xlsx.print_plans import form_plans
from jxeditor.formats.xlsx.stage_layout import EVALUATION_TITLE, MONITORING_TITLE
from ui.printing.fonts import chinese_family
from ui.printing.pdf_export import PDF_RESOLUTION, a4_layout, layout_pages, write_pdf

A4_POINTS = (595.3, 841.9)


@pytest.fixture
def chinese_font(qapp) -> str:
    """The Chinese font the PDF uses; the test is skipped when there is none."""
    family = chinese_family()
    if family is None:
        pytest.skip("no Chinese font installed (e.g. fonts-wqy-microhei or fonts-noto-cjk): "
                    "the checks of Chinese text in the PDF are skipped")
    return family


def squeeze(text: str) -> str:
    """Text without any white space (lines of a wrapped cell joined)."""
    return re.sub(r"\s+", "", text)


@pytest.fixture
def pdf(print_doc: Document, tmp_path: Path) -> tuple[PdfReader, int]:
    path = tmp_path / "out.pdf"
    pages = write_pdf(print_doc, path)
    return PdfReader(path), pages


def starts(print_doc: Document) -> list[int]:
    """The page (0-based) each project starts on, from the layout."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(a4_layout())
    printout = layout_pages(form_plans(print_doc)[0], writer)
    found = [i for i, page in enumerate(printout.pages)
             if i == 0 or page.sheet is not printout.pages[i - 1].sheet]
    buffer.close()
    return found


def test_a4_pages_as_many_as_laid_out(pdf: tuple[PdfReader, int], print_doc: Document) -> None:
    reader, pages = pdf
    assert len(reader.pages) == pages > len(print_doc.projects)  # 60 indicators: more pages
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(
            A4_POINTS, abs=1)
    assert len(starts(print_doc)) == len(print_doc.projects)


def test_fonts_are_embedded(pdf: tuple[PdfReader, int]) -> None:
    reader, _pages = pdf
    fonts = reader.pages[0]["/Resources"]["/Font"]
    for ref in fonts.values():
        font = ref.get_object()
        descendants = font.get("/DescendantFonts")
        descriptor = (descendants[0].get_object() if descendants else font)["/FontDescriptor"]
        assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor.get_object())


@pytest.mark.usefixtures("chinese_font")
def test_each_project_starts_a_page_with_its_title_and_name(
        pdf: tuple[PdfReader, int], print_doc: Document) -> None:
    reader, _pages = pdf
    texts = [squeeze(page.extract_text()) for page in reader.pages]
    with_title = [i for i, text in enumerate(texts) if TITLE in text]
    assert with_title == starts(print_doc)
    for page, project in zip(with_title, print_doc.projects, strict=True):
        assert squeeze(project.name) in texts[page]
        assert texts[page].index(TITLE) < 10  # the title comes first on the page


@pytest.mark.usefixtures("chinese_font")
def test_page_numbers(pdf: tuple[PdfReader, int]) -> None:
    reader, pages = pdf
    for number, page in enumerate(reader.pages, start=1):
        assert squeeze(page.extract_text()).endswith(f"第{number}页共{pages}页")


@pytest.mark.usefixtures("chinese_font")
def test_every_indicator_name_and_value_can_be_found(
        pdf: tuple[PdfReader, int], print_doc: Document) -> None:
    reader, _pages = pdf
    text = "".join(squeeze(page.extract_text()) for page in reader.pages)
    for project in print_doc.projects:
        assert squeeze(project.goals.annual) in text
        for level1 in project.indicators:
            assert level1.name in text
            for level2 in level1.children:
                assert level2.name in text
                for ind in level2.children:
                    assert squeeze(ind.name) in text and squeeze(ind.value) in text


def test_a_failed_export_leaves_the_old_file(tmp_path: Path, print_doc: Document) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    with pytest.raises(FileFormatError):
        write_pdf(Document(year=2026), target)  # nothing to print
    with pytest.raises(FileFormatError, match="无法保存"):
        write_pdf(print_doc, tmp_path / "missing" / "out.pdf")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


@pytest.mark.parametrize(("stage", "title", "wide"), [
    (EVALUATION, EVALUATION_TITLE, False), (MONITORING, MONITORING_TITLE, True)])
def test_the_later_stages_print_their_forms(print_doc: Document, tmp_path: Path, stage: str,
                                            title: str, wide: bool) -> None:
    doc = derive_stage(print_doc, stage)
    path = tmp_path / "stage.pdf"
    write_pdf(doc, path)
    reader = PdfReader(path)
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (width > height) == wide
    if chinese_family() is not None:
        assert title in squeeze(reader.pages[0].extract_text())


def test_an_unfinished_self_evaluation_prints_no_grade(chinese_font: str, tmp_path: Path) -> None:
    """The PDF prints from the 自评 sheet plans: 农村公路养护 (节约资金 in another unit, not
    scored) has no total and no grade, 职业技能培训 its 优."""
    from year_examples import evaluated_document

    path = tmp_path / "evaluation.pdf"
    write_pdf(evaluated_document(), path)
    text = squeeze("".join(page.extract_text() for page in PdfReader(path).pages))
    assert text.count("总分（未完成：1项未评分）") == 1
    assert "90.29" in text and "优" in text
