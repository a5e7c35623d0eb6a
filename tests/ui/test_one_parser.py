"""One parser per kind of field: the same everyday amounts and dates read the same way
whether a person types them into the window's form or they come in from a table (pasted
or read from a text file, or from someone else's workbook).

The form path types into the real window (key events for ASCII, input-method commit
events otherwise) and Tabs away; the importer paths read a bureau-style table through
``read_text`` and, written with openpyxl as text cells, through ``read_workbook``. Both
end in :func:`jxeditor.document.amounts.parse_amount` and
:mod:`jxeditor.document.periods`.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from jxeditor.document.model import Project
from jxeditor.formats.tableimport import read_text
from jxeditor.formats.xlsx.reader import read_workbook
from ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # a shown window offscreen

AMOUNTS = [("1,443.08", Decimal("1443.08")), ("1443.08万元", Decimal("1443.08")),
           ("１２", Decimal(12)), ("12。5", Decimal("12.5")), ("40万", Decimal(40))]
DATES = ["2026/1/1", "2026.1.1", "2026-1-1", "2026年1月1日", "20260101", "２０２６/1/1"]


def table(annual: str, start: str) -> str:
    """A bureau's 绩效目标表 as tab-separated rows, with the two cells under test."""
    return (
        f"\t项目名称\t测试项目\t\t项目实施期\t{start}至2026年12月31日\n"
        "\t主管部门\t甲局\t\t实施单位\t乙中心\n"
        f"\t资金投入(万元)\t实施期金额\t40\t年度金额\t{annual}\n"
        "\t\t其中：财政拨款\t30\t其中：财政拨款\t30\n"
        "\t\t其他资金\t10\t其他资金\t10\n"
        "\t绩效目标\t实施期目标\t\t年度目标\t\n"
        "\t\t总目标\t\t年目标\t\n"
        "\t一级指标\t二级指标\t三级指标\t\t年度指标值\n"
        "\t产出指标\t数量指标\t指标甲\t\t≥1个\n"
    )


def imported(annual: str, start: str, tmp_path: Path) -> list[Project]:
    """The project read from the table pasted as text and from a workbook of it."""
    text = table(annual, start)
    (pasted,) = read_text(text, "剪贴板").projects
    book = openpyxl.Workbook()
    sheet = book.active
    for row in text.splitlines():
        sheet.append([cell or None for cell in row.split("\t")])
    path = tmp_path / "别人的表.xlsx"
    book.save(path)
    doc, _notices, ours = read_workbook(path)
    assert not ours
    (from_workbook,) = doc.projects
    return [pasted, from_workbook]


def type_into(window: MainWindow, qtbot, name: str, text: str) -> None:
    """Types ``text`` over a form field as a person does, then Tabs away."""
    field = window.findChild(QLineEdit, name)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=1000)
    field.selectAll()
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:
        event = QInputMethodEvent("", [])
        event.setCommitString(text)
        QApplication.sendEvent(field, event)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


@pytest.fixture
def shown(window: MainWindow, qtbot) -> MainWindow:
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def test_amounts_read_the_same_in_the_form_and_the_importers(
    shown: MainWindow, qtbot, tmp_path: Path
) -> None:
    project = shown.session.doc.projects[0]
    assert shown.session.doc.money_unit in ("", "万元")  # the tables' unit
    for typed, expected in AMOUNTS:
        type_into(shown, qtbot, "fundingAnnualTotal", typed)
        from_form = project.funding.annual.total
        from_tables = [p.funding.annual.total for p in imported(typed, "2026-01-01", tmp_path)]
        assert from_tables == [from_form, from_form] and from_form == expected, typed


def test_dates_read_the_same_in_the_form_and_the_importers(
    shown: MainWindow, qtbot, tmp_path: Path
) -> None:
    project = shown.session.doc.projects[0]
    type_into(shown, qtbot, "periodStart", "2026-03-01")  # so that every input is a change
    for typed in DATES:
        type_into(shown, qtbot, "periodStart", typed)
        from_form = project.period.start
        from_tables = [p.period.start for p in imported("12", typed, tmp_path)]
        assert from_tables == [from_form, from_form] and from_form == date(2026, 1, 1), typed
        type_into(shown, qtbot, "periodStart", "2026-03-01")


def test_what_neither_reads_stays_as_typed_in_both(
    shown: MainWindow, qtbot, tmp_path: Path
) -> None:
    project = shown.session.doc.projects[0]
    type_into(shown, qtbot, "fundingAnnualTotal", "约40万元")
    assert project.funding.annual.total == "约40万元"
    assert [p.funding.annual.total for p in imported("约40万元", "2026-01-01", tmp_path)] == [
        "约40万元", "约40万元"]
