"""文件 → 与其他版本比较…: the other version read, the changes listed and followed,
navigation through the session, the 修改说明 exported."""

from __future__ import annotations

import copy
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from jxeditor.formats import json_format
from jxeditor.formats.xlsx.change_report import HEADER_ROW
from ui.dialogs.compare_dialog import CompareDialog
from ui.session.yearly_files import report_path

# the list is a shown, non-modal window: the offscreen platform warns about both
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")

def other_version(window, tmp_path: Path) -> Path:
    old = copy.deepcopy(window.session.doc)
    old.projects[0].funding.annual.total = Decimal(90)
    old.projects[2].indicators[0].children[0].children[0].value = "≥100平方米"
    path = tmp_path / "old.json"
    json_format.save(old, path)
    return path


def open_compare(window, qtbot, tmp_path: Path) -> CompareDialog:
    path = other_version(window, tmp_path)
    window.questions.answers["ask_open_path"] = lambda _folder: str(path)
    window.menus.act_compare.trigger()
    dialog = window.menus.compare_dialog
    assert isinstance(dialog, CompareDialog)
    qtbot.addWidget(dialog)
    return dialog


def rows(dialog: CompareDialog) -> list[list[str]]:
    return [[dialog.list.topLevelItem(i).text(c) for c in range(5)]
            for i in range(dialog.list.topLevelItemCount())]


def test_the_changes_are_listed(window, qtbot, tmp_path: Path) -> None:
    dialog = open_compare(window, qtbot, tmp_path)
    assert rows(dialog) == [
        ["示例项目0", "修改", "年度金额", "90", "100"],
        ["示例项目2", "修改指标值", "绩效指标 / 产出指标 / 数量指标 / 改造面积", "≥100平方米", "≥120平方米"],
    ]
    assert "old.json" in dialog.windowTitle() and "2 处修改" in dialog.summary.text()


def test_a_row_goes_to_its_place(window, qtbot, tmp_path: Path) -> None:
    dialog = open_compare(window, qtbot, tmp_path)
    asked: list[tuple[object, object]] = []
    window.session.goToRequested.connect(lambda field, path: asked.append((field, path)))
    assert dialog.show_change(dialog.list.topLevelItem(1))
    assert window.session.current is window.session.doc.projects[2]
    assert asked == [(None, (0, 0, 0))]
    assert dialog.show_change(dialog.list.topLevelItem(0))
    assert window.session.current is window.session.doc.projects[0]
    assert asked[-1] == ("funding.annual.total", None)


def test_changed_fields_and_indicators_are_marked_in_place(window, qtbot, tmp_path: Path) -> None:
    dialog = open_compare(window, qtbot, tmp_path)
    session, form = window.session, window.form_pane.form
    model = window.indicators.model
    session.set_current(session.doc.projects[0])
    total = form.widgets["funding.annual.total"]
    assert total.property("compareChanged") is True
    assert form.widgets["funding.annual.fiscal"].property("compareChanged") is not True
    session.set_current(session.doc.projects[2])
    assert total.property("compareChanged") is False  # project 2's funding is unchanged
    index = model.index_of_path((0, 0, 0), 1)
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    assert "≥100平方米" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    other = model.index_of_path((0, 0), 0)  # the 二级 group itself did not change
    assert model.data(other, Qt.ItemDataRole.BackgroundRole) is None
    dialog.close()  # 结束比较: the marks go
    qtbot.waitUntil(lambda: model.data(index, Qt.ItemDataRole.BackgroundRole) is None, timeout=2000)


def test_the_list_follows_the_edits(window, qtbot, tmp_path: Path) -> None:
    dialog = open_compare(window, qtbot, tmp_path)
    session = window.session
    session.set_project_field(session.doc.projects[0], "funding.annual.total", Decimal(90))
    window.menus.comparison.refresh()  # (otherwise a moment later)
    assert [r[0] for r in rows(dialog)] == ["示例项目2"]
    session.undo()
    qtbot.waitUntil(lambda: len(rows(dialog)) == 2, timeout=3000)  # a moment after the edit


def test_export_reads_back(window, qtbot, tmp_path: Path) -> None:
    dialog = open_compare(window, qtbot, tmp_path)
    window.questions.answers["ask_save_path"] = lambda s: str(tmp_path / "说明.json")
    dialog.export_button.click()
    wb = openpyxl.load_workbook(tmp_path / "说明.xlsx")
    ws = wb["修改说明"]
    assert ws.cell(HEADER_ROW + 1, 1).value == "示例项目0（1 处）"
    assert [c.value for c in ws[HEADER_ROW + 2]][:6] == [1, "示例项目0", "修改", "年度金额", "90", "100"]
    assert "old.json" in ws.cell(2, 1).value


def test_closing_ends_the_comparison(window, qtbot, tmp_path: Path) -> None:
    dialog = open_compare(window, qtbot, tmp_path)
    dialog.close()
    assert not window.menus.comparison.active and rows(dialog) == []


def test_an_unreadable_other_version_is_an_error(window, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    errors: list[str] = []
    window.questions.answers["ask_open_path"] = lambda _f: str(bad)
    window.questions.answers["show_error"] = errors.append
    assert window.menus.compare_with_other() is None
    assert errors and window.menus.compare_dialog is None
    window.questions.answers["ask_open_path"] = lambda _f: None
    assert window.menus.compare_with_other() is None


def test_report_path_is_a_workbook() -> None:
    assert Path(report_path("/a/b.json")) == Path("/a/b.xlsx")
    assert Path(report_path("/a/b.XLSX")) == Path("/a/b.XLSX")


def test_a_department_change_goes_to_the_department(window, qtbot, tmp_path: Path) -> None:
    """A double-clicked change of 部门整体 chooses its row in the project list and shows
    the field in its form, or the indicator in its tree, as a project's change does."""
    from jxeditor.document.department import Department
    from jxeditor.document.model import Indicator, Level1, Level2

    session = window.session
    session.doc.set_department(Department(
        name="财政金融局", overall_goal="做好财政工作。",
        indicators=[Level1("产出指标", [Level2("数量指标", [Indicator("审核项目数", "≥100个")])])]))
    old = copy.deepcopy(session.doc)
    old.department.overall_goal = "旧的总体目标。"
    old.department.indicators[0].children[0].children[0].value = "≥90个"
    path = tmp_path / "old.json"
    json_format.save(old, path)
    window.questions.answers["ask_open_path"] = lambda _folder: str(path)
    window.menus.act_compare.trigger()
    dialog = window.menus.compare_dialog
    qtbot.addWidget(dialog)
    assert [r[:3] for r in rows(dialog)] == [
        ["部门整体", "修改", "总体绩效目标"],
        ["部门整体", "修改指标值", "绩效指标 / 产出指标 / 数量指标 / 审核项目数"],
    ]
    session.set_current(session.doc.projects[1])
    tree = window.indicators.tree

    def double_click(row: int) -> None:
        item = dialog.list.topLevelItem(row)
        centre = dialog.list.visualItemRect(item).center()
        viewport = dialog.list.viewport()  # press, release, then the double click
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=centre)

    double_click(1)
    assert session.department.shown and session.current is None
    assert window.projects.view.currentIndex().row() == 0  # the 部门整体 row
    assert window.form_pane.department_form.isVisibleTo(window)
    assert window.indicators.model.path_of(tree.currentIndex()) == (0, 0, 0)
    assert tree.currentIndex().internalPointer().name == "审核项目数"
    session.set_current(session.doc.projects[1])
    went: list[str] = []
    session.department.goToRequested.connect(went.append)
    double_click(0)
    assert session.department.shown and window.projects.view.currentIndex().row() == 0
    assert went == ["department.overall_goal"]
    model = window.indicators.model  # the department's changed indicator is marked
    leaf = model.index_of_path((0, 0, 0), 1)
    assert model.data(leaf, Qt.ItemDataRole.BackgroundRole) is not None
    assert "≥90个" in model.data(leaf, Qt.ItemDataRole.ToolTipRole)
    session.set_current(session.doc.projects[1])  # a project's tree: none of its marks
    assert model.data(model.index_of_path((0, 0, 0), 1), Qt.ItemDataRole.BackgroundRole) is None
    session.doc.set_department(None)
    with qtbot.wait_signal(session.message) as said:
        double_click(0)
    assert said.args == ["部门整体目标已不在当前文档中"]
