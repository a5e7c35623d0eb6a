"""The named styles, registered once per workbook."""

from __future__ import annotations

from openpyxl import Workbook

from jxeditor.formats.xlsx.styles import STYLE_SPECS, Styles


def test_each_style_is_registered_once() -> None:
    styles = Styles(Workbook(write_only=True))
    ids = {name: styles.style_id(name, False, None) for name in STYLE_SPECS}
    assert ids["label"] == ids["center"]  # the same font, border, alignment and format
    assert len({ids["title"], ids["label"], ids["text"], ids["amount"], ids["link"]}) == 5
    assert styles.style_id("text", False, None) == ids["text"]
    assert styles.array("amount") is styles.array("amount")
    assert styles.style_id("amount", False, "0.00####") not in ids.values()


def test_styled_cells_keep_text_as_text() -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("表")
    styles = Styles(wb)
    text = styles.cell(ws, 1, 1, "=SUM(A2)", "text")
    assert (text.value, text.data_type, text.quotePrefix) == ("=SUM(A2)", "s", True)
    number = styles.cell(ws, 1, 2, 1.5, "amount")
    assert (number.value, number.data_type, number.number_format) == (1.5, "n", "0.00##")
    assert text.font.name == "宋体"
