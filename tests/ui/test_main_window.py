"""The main window: live validation while typing, undo of every kind of edit, files.

Dialogs are replaced through the window's small view methods (``ask_save_changes``,
``ask_open_path``, ``ask_save_path``, ``ask_settings``, ``show_error``, ``show_info``).
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from fake_questions import FakeQuestions
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from jxeditor.document.model import Indicator, Level1, Level2
from jxeditor.formats import json_format
from ui.main_window import MainWindow
from ui.session.commands import SetProjectFieldCommand
from ui.session.files import recent_files


def codes(win: MainWindow, project: int | None = None) -> list[str]:
    live = win.session.live
    if project is None:
        return [p.code for p in live.all_problems()]
    return [p.code for p in live.problems_of(win.session.doc.projects[project])]


def field(win: MainWindow, name: str) -> QLineEdit:
    widget = win.findChild(QLineEdit, name)
    assert widget is not None, name
    return widget


def settle(qtbot, win: MainWindow) -> None:
    """Lets the debounced validation run."""
    qtbot.waitUntil(lambda: not win.session.live._dirty, timeout=1000)


def test_object_names(window: MainWindow) -> None:
    for name in ("projectList", "indicatorTree", "problemsView"):
        assert window.findChild(object, name) is not None, name
    for name in (
        "projectName", "projectCode", "department", "implementer", "category",
        "periodStart", "periodEnd", "fundingPeriodTotal", "fundingPeriodFiscal",
        "fundingPeriodOther", "fundingAnnualTotal", "fundingAnnualFiscal",
        "fundingAnnualOther", "purpose", "spendingPlan03", "spendingPlan06",
        "spendingPlan10", "spendingPlan12",
    ):
        assert window.findChild(QLineEdit, name) is not None, name
    for name in ("goalPeriod", "goalAnnual"):
        assert window.findChild(QPlainTextEdit, name) is not None, name
    assert window.findChild(object, "attribute") is not None


def test_title_follows_undo_stack(window: MainWindow, qtbot) -> None:
    assert window.windowTitle() == "doc.json[*] - jxeditor 绩效目标表编辑器"
    assert not window.isWindowModified()
    qtbot.keyClicks(field(window, "projectCode"), "7")
    assert window.isWindowModified()
    window.session.stack.undo()
    assert not window.isWindowModified()


def test_clearing_the_name_makes_a_problem_and_typing_fixes_it(window: MainWindow, qtbot) -> None:
    name = field(window, "projectName")
    assert codes(window, 0) == []
    name.selectAll()
    qtbot.keyClick(name, Qt.Key.Key_Backspace)
    settle(qtbot, window)
    assert window.session.doc.projects[0].name == ""
    assert "project.missing_field" in codes(window, 0)
    assert window.form_pane.form.problem_severity("name") == "todo"  # empty: 待填 (issue 14)
    assert "项目名称" in name.toolTip()
    assert window.problems.model.rowCount() == 1
    assert window.counts.errors_label.text() == "错误 0"
    qtbot.keyClicks(name, "Archive room")
    settle(qtbot, window)
    assert window.session.doc.projects[0].name == "Archive room"
    assert codes(window, 0) == []
    assert window.form_pane.form.problem_severity("name") is None
    assert window.problems.model.rowCount() == 0
    assert window.counts.errors_label.text() == "错误 0"


def test_funding_sum_mismatch_while_typing(window: MainWindow, qtbot) -> None:
    total = field(window, "fundingAnnualTotal")
    total.selectAll()
    qtbot.keyClicks(total, "150")
    settle(qtbot, window)
    assert window.session.doc.projects[0].funding.annual.total == Decimal("150")
    assert "funding.sum_mismatch" in codes(window, 0)
    assert window.form_pane.form.problem_severity("funding.annual.total") == "error"
    other = field(window, "fundingAnnualOther")
    qtbot.keyClicks(other, "50")
    settle(qtbot, window)
    assert "funding.sum_mismatch" not in codes(window, 0)


def test_amount_text_is_kept_as_typed(window: MainWindow, qtbot) -> None:
    total = field(window, "fundingPeriodTotal")
    total.selectAll()
    qtbot.keyClicks(total, "100.50")
    assert window.session.doc.projects[0].funding.period.total == Decimal("100.50")
    assert total.text() == "100.50"
    total.selectAll()
    qtbot.keyClicks(total, "40w")
    assert window.session.doc.projects[0].funding.period.total == "40w"
    settle(qtbot, window)
    assert "funding.not_a_number" in codes(window, 0)
    qtbot.keyClick(total, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(total, Qt.Key.Key_Delete)
    assert window.session.doc.projects[0].funding.period.total is None


def test_period_dates(window: MainWindow, qtbot) -> None:
    start = field(window, "periodStart")
    start.selectAll()
    qtbot.keyClicks(start, "2026-02-01")
    from datetime import date

    assert window.session.doc.projects[0].period.start == date(2026, 2, 1)
    start.selectAll()
    qtbot.keyClicks(start, "soon")
    assert window.session.doc.projects[0].period.start == "soon"
    settle(qtbot, window)
    assert "period.invalid" in codes(window, 0)


def test_typing_merges_into_one_undo_step(window: MainWindow, qtbot) -> None:
    name = field(window, "projectName")
    name.end(False)
    qtbot.keyClicks(name, "abc")
    assert window.session.doc.projects[0].name == "示例项目0abc"
    assert window.session.stack.count() == 1
    assert window.session.stack.undoText() == "修改“项目名称”"
    window.session.stack.undo()
    assert window.session.doc.projects[0].name == "示例项目0"
    assert name.text() == "示例项目0"
    window.session.stack.redo()
    assert name.text() == "示例项目0abc"
    # another field is another step
    qtbot.keyClicks(field(window, "department"), "2")
    assert window.session.stack.count() == 2


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_ctrl_z_in_a_field_undoes_document_steps(window: MainWindow, qtbot) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    code = field(window, "projectCode")
    department = field(window, "department")
    code.setFocus()
    qtbot.waitUntil(code.hasFocus, timeout=1000)
    qtbot.keyClicks(code, "12")
    department.setFocus()
    qtbot.waitUntil(department.hasFocus, timeout=1000)
    department.end(False)
    qtbot.keyClicks(department, "x")
    code.setFocus()
    qtbot.waitUntil(code.hasFocus, timeout=1000)
    code.end(False)
    qtbot.keyClicks(code, "3")
    assert window.session.stack.count() == 3  # leaving a field ends its undo step
    qtbot.keyClick(code, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.doc.projects[0].code == "12" and code.text() == "12"
    qtbot.keyClick(code, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.doc.projects[0].department == "示例局"
    qtbot.keyClick(code, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.session.doc.projects[0].department == "示例局x"
    qtbot.keyClick(
        code, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.session.doc.projects[0].code == "123"
    assert window.menus.act_undo.text().startswith("撤销")
    assert window.menus.act_redo.text().startswith("重做")


def test_goal_text_edit_and_undo(window: MainWindow, qtbot) -> None:
    goal = window.findChild(QPlainTextEdit, "goalAnnual")
    goal.selectAll()
    qtbot.keyClick(goal, Qt.Key.Key_Delete)
    settle(qtbot, window)
    assert window.session.doc.projects[0].goals.annual == ""
    assert "project.missing_field" in codes(window, 0)
    window.session.stack.undo()
    settle(qtbot, window)
    assert goal.toPlainText() == "完成档案室改造并投入使用。"
    assert codes(window, 0) == []


def test_undo_redo_project_edits(window: MainWindow, qtbot) -> None:
    doc = window.session.doc
    names = [p.name for p in doc.projects]
    window.session.set_current_index(0)
    window.projects.add_project()
    assert len(doc.projects) == 4 and window.session.current_index() == 1
    assert next(l1.name for l1 in doc.projects[1].indicators) == "产出指标"
    window.session.duplicate_project()
    assert doc.projects[2].name == "（副本）"
    window.session.set_current_index(3)
    window.session.move_project(-1)
    assert doc.projects[2].name == names[1] and window.session.current_index() == 2
    window.session.delete_project()
    assert [p.name for p in doc.projects] == [names[0], "", "（副本）", names[2]]
    assert len(doc.projects) == 4
    while window.session.stack.canUndo():
        window.session.stack.undo()
    assert [p.name for p in doc.projects] == names
    assert window.projects.model.rowCount() == 3
    while window.session.stack.canRedo():
        window.session.stack.redo()
    assert len(doc.projects) == 4


def test_project_switch_shows_its_form_and_tree(window: MainWindow) -> None:
    window.projects.view.setCurrentIndex(window.projects.model.index(2, 0))
    assert window.session.current_index() == 2
    assert field(window, "projectName").text() == "示例项目2"
    assert window.indicators.model.rowCount() == 4


def test_tree_editing_and_undo(window: MainWindow, qtbot) -> None:
    doc = window.session.doc
    tree = window.indicators.tree
    model = window.indicators.model
    before = json_format.dumps(doc)
    tree.setCurrentIndex(model.index_of_path((0, 0, 0)))
    window.indicators.add_sibling()
    assert isinstance(doc.node(doc.projects[0], (0, 0, 1)), Indicator)
    tree.closePersistentEditor(model.index_of_path((0, 0, 1)))
    assert model.setData(model.index_of_path((0, 0, 1), 0), "新增指标")
    assert model.setData(model.index_of_path((0, 0, 1), 1), "≥3个")
    tree.setCurrentIndex(model.index_of_path((0, 0)))
    window.indicators.add_child()
    assert len(doc.node(doc.projects[0], (0, 0)).children) == 3
    tree.setCurrentIndex(model.index_of_path((0, 0, 1)))
    window.indicators.move_node(-1)
    assert doc.node(doc.projects[0], (0, 0, 0)).name == "新增指标"
    assert model.path_of(tree.currentIndex()) == (0, 0, 0)
    tree.setCurrentIndex(model.index_of_path((1,)))
    window.indicators.delete_node()
    assert [l1.name for l1 in doc.projects[0].indicators] == ["产出指标", "效益指标", "满意度指标"]
    settle(qtbot, window)
    assert "indicators.missing_level1" in codes(window, 0)
    while window.session.stack.canUndo():
        window.session.stack.undo()
    assert json_format.dumps(doc) == before
    settle(qtbot, window)
    assert codes(window, 0) == []


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_keyboard_shortcuts_in_tree(window: MainWindow, qtbot) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    tree = window.indicators.tree
    model = window.indicators.model
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus, timeout=1000)
    tree.setCurrentIndex(model.index_of_path((0, 1)))
    qtbot.keyClick(tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert window.session.doc.node(window.session.doc.projects[0], (0, 2)).name == "质量指标"
    qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert window.session.doc.node(window.session.doc.projects[0], (0, 1)).name == "质量指标"
    tree.setCurrentIndex(model.index_of_path((0, 1, 0)))
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert window.session.doc.node(window.session.doc.projects[0], (0, 1)).children == []
    qtbot.keyClick(tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.session.doc.node(window.session.doc.projects[0], (0, 1)).children) == 1
    qtbot.keyClick(tree, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.session.doc.node(window.session.doc.projects[0], (0, 1)).children == []


def test_insert_skeleton_into_empty_project(window: MainWindow) -> None:
    model = window.indicators.model
    while model.rowCount():
        window.indicators.tree.setCurrentIndex(model.index_of_path((0,)))
        window.indicators.delete_node()
    assert window.indicators.act_skeleton.isEnabled()
    window.indicators.insert_skeleton()
    assert [l1.name for l1 in window.session.doc.projects[0].indicators] == [
        "产出指标", "成本指标", "效益指标", "满意度指标"
    ]
    assert not window.indicators.act_skeleton.isEnabled()
    window.session.stack.undo()
    assert window.session.doc.projects[0].indicators == []


def test_fix_from_problems_panel_and_undo(window: MainWindow, qtbot) -> None:
    model = window.indicators.model
    assert model.setData(model.index_of_path((0, 0, 0), 1), "》 90%")
    settle(qtbot, window)
    fixable = [p for p in window.session.live.problems_of(window.session.doc.projects[0]) if p.fix is not None]
    assert fixable and fixable[0].code == "value.symbol"
    assert model.problems_at(model.index_of_path((0, 0, 0)))
    menu = window.indicators.tree_menu(model.index_of_path((0, 0, 0)))
    assert any(a.text().startswith("修正") for a in menu.actions())
    assert window.session.apply_fix(fixable[0])
    assert window.session.doc.node(window.session.doc.projects[0], (0, 0, 0)).value == "≥90%"
    assert window.session.stack.undoText().startswith("修正")
    settle(qtbot, window)
    assert "value.symbol" not in codes(window, 0)
    window.session.stack.undo()
    settle(qtbot, window)
    assert "value.symbol" in codes(window, 0)


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_go_to_problem(window: MainWindow, qtbot) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.session.stack.push(
        SetProjectFieldCommand(window.session.doc, window.session.doc.projects[2], "department", "")
    )
    settle(qtbot, window)
    row = next(
        r for r in range(window.problems.model.rowCount())
        if window.problems.model.problem(window.problems.model.index(r, 0)).field == "department"
    )
    window.problems.go_to(window.problems.model.index(row, 0))
    assert window.session.current_index() == 2
    qtbot.waitUntil(lambda: field(window, "department").hasFocus(), timeout=1000)


def test_document_settings_are_undoable(window: MainWindow, qtbot) -> None:
    window.questions.answers["ask_settings"] = lambda doc: {"year": 2027, "reporting_unit": "新单位", "framework": "2015"}
    window.form_pane.edit_settings()
    assert (window.session.doc.year, window.session.doc.reporting_unit, window.session.doc.framework) == (
        2027, "新单位", "2015"
    )
    assert "2027" in window.form_pane.settings_label.text()
    settle(qtbot, window)
    assert "period.year_mismatch" in codes(window)
    window.session.stack.undo()
    assert (window.session.doc.year, window.session.doc.framework) == (2026, "2021")
    assert "period.year_mismatch" not in codes(window)


def test_open_edit_save_reopen(window: MainWindow, qtbot, tmp_path: Path) -> None:
    field(window, "implementer").end(False)
    qtbot.keyClicks(field(window, "implementer"), " 2")
    model = window.indicators.model
    model.setData(model.index_of_path((0, 0, 0), 1), "≥130平方米")
    out = tmp_path / "saved.json"
    assert window.files.save_file(out)
    assert not window.isWindowModified()
    assert window.windowTitle() == "saved.json[*] - jxeditor 绩效目标表编辑器"
    other = MainWindow(FakeQuestions())
    qtbot.addWidget(other)
    assert other.files.open_file(out)
    assert other.session.doc.projects[0].implementer == "示例局 2"
    assert other.session.doc.node(other.session.doc.projects[0], (0, 0, 0)).value == "≥130平方米"
    assert json_format.dumps(other.session.doc) == json_format.dumps(window.session.doc)
    assert str(out.resolve()) in recent_files()


def test_open_error_is_a_dialog_and_nothing_is_lost(window: MainWindow, tmp_path: Path) -> None:
    qtbot_errors: list[str] = []
    window.questions.answers["show_error"] = qtbot_errors.append
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something-else"', encoding="utf-8")
    before = json_format.dumps(window.session.doc)
    assert not window.files.open_file(bad)
    assert len(qtbot_errors) == 1 and "bad.json" in qtbot_errors[0]
    assert json_format.dumps(window.session.doc) == before
    assert window.windowTitle() == "doc.json[*] - jxeditor 绩效目标表编辑器"


def test_save_error_is_a_dialog(window: MainWindow, tmp_path: Path) -> None:
    errors: list[str] = []
    window.questions.answers["offer_save_as_after_error"] = lambda text: errors.append(text) or False
    qtbot_target = tmp_path / "missing-folder" / "x.json"
    window.session.stack.push(
        SetProjectFieldCommand(window.session.doc, window.session.doc.projects[0], "code", "1")
    )
    assert not window.files.save_file(qtbot_target)
    assert errors and window.isWindowModified()


@pytest.mark.parametrize("answer", ["cancel", "discard", "save"])
def test_close_prompt(window: MainWindow, qtbot, answer: str, tmp_path: Path) -> None:
    asked: list[bool] = []

    def ask(*_: object) -> str:
        asked.append(True)
        return answer

    window.questions.answers["ask_save_changes"] = ask
    qtbot.keyClicks(field(window, "projectCode"), "9")
    closed = window.close()
    assert asked == [True]
    assert closed == (answer != "cancel")
    if answer == "save":
        saved = json.loads(window.files.path.read_text(encoding="utf-8"))
        assert saved["projects"][0]["code"] == "9"
        assert not window.isWindowModified()
    elif answer == "cancel":
        assert window.isWindowModified()


def test_no_prompt_when_clean(window: MainWindow) -> None:
    window.questions.answers["ask_save_changes"] = lambda *_: pytest.fail("asked without changes")
    assert window.close()


def test_open_other_file_asks_first(window: MainWindow, qtbot, tmp_path: Path) -> None:
    qtbot.keyClicks(field(window, "projectCode"), "9")
    window.questions.answers["ask_save_changes"] = lambda *_: "cancel"
    other = tmp_path / "doc.json"
    assert not window.files.open_path(other)
    assert window.session.doc.projects[0].code == "9"
    window.questions.answers["ask_save_changes"] = lambda *_: "discard"
    window.questions.answers["ask_open_path"] = lambda *_: str(other)
    window.files.open_dialog()
    assert window.session.doc.projects[0].code == ""
    assert not window.isWindowModified()


def test_new_file_has_the_skeleton(window: MainWindow) -> None:
    window.files.new_file()
    assert len(window.session.doc.projects) == 1
    assert next(l1.name for l1 in window.session.doc.projects[0].indicators) == "产出指标"
    assert window.files.path is None
    assert window.windowTitle() == "未命名[*] - jxeditor 绩效目标表编辑器"


def test_save_as_asks_for_a_path(window: MainWindow, tmp_path: Path) -> None:
    window.files.new_file()
    target = tmp_path / "new.json"
    window.questions.answers["ask_save_path"] = lambda suggested: str(target)
    assert window.files.save()
    assert target.exists() and window.files.path == target


def test_columns_and_settings_are_remembered(window: MainWindow) -> None:
    assert window.indicators.tree.isColumnHidden(2) and window.indicators.tree.isColumnHidden(3)
    window.indicators.column_actions[2].setChecked(True)
    assert not window.indicators.tree.isColumnHidden(2)
    window.save_settings()
    assert QSettings().value("ui/treeColumns") in (["2"], "2")
    again = MainWindow(FakeQuestions())
    try:
        assert not again.indicators.tree.isColumnHidden(2)
        assert again.indicators.tree.isColumnHidden(3)
    finally:
        again.deleteLater()


def test_language_choice_is_stored(window: MainWindow) -> None:
    asked: list[str] = []
    window.questions.answers["ask_restart_for_language"] = lambda language: asked.append(language) or False
    window.menus.language_actions["en"].trigger()
    assert QSettings().value("ui/language") == "en"
    assert asked == ["English"]
    assert "下次启动" in window.statusBar().currentMessage()


def test_english_translation_loads(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from ui.platform import i18n

    try:
        assert i18n.install_translators("en")
        assert QCoreApplication.translate("WindowMenus", "文件(&F)") == "&File"
        win = MainWindow()  # texts from the window and from its panes
        try:
            assert win.menus.act_new.text() == "&New"
            assert win.counts.errors_label.text().startswith("Errors ")  # ProblemCounts
            win.files.new_file()
            assert win.windowTitle() == "Untitled[*] - jxeditor Target Table Editor"  # DocumentFiles
        finally:
            win.deleteLater()
    finally:
        i18n.install_translators("zh_CN")
    assert QCoreApplication.translate("WindowMenus", "文件(&F)") == "文件(&F)"


def test_drop_file_opens_it(window: MainWindow, qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    doc = json_format.loads(json_format.dumps(window.session.doc))
    doc.projects[0].name = "拖入的文件"
    path = tmp_path / "dropped.json"
    json_format.save(doc, path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.session.doc.projects[0].name == "拖入的文件", timeout=1000)
    assert window.windowTitle() == "dropped.json[*] - jxeditor 绩效目标表编辑器"


def test_level_name_editor_offers_framework_names(window: MainWindow) -> None:
    from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem

    delegate = window.indicators.tree.itemDelegate()
    index = window.indicators.model.index_of_path((0, 0))
    editor = delegate.createEditor(window.indicators.tree.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox) and editor.isEditable()
    items = [editor.itemText(i) for i in range(editor.count())]
    assert items[:3] == ["数量指标", "质量指标", "时效指标"]
    delegate.setEditorData(editor, index)
    editor.setEditText("自定义指标")
    delegate.setModelData(editor, window.indicators.model, index)
    assert window.session.doc.node(window.session.doc.projects[0], (0, 0)).name == "自定义指标"
    editor.deleteLater()


def test_value_editor_comparators_and_units(window: MainWindow) -> None:
    from PySide6.QtWidgets import QStyleOptionViewItem

    from ui.panes.delegates import ValueEditor, with_comparator, with_unit

    assert with_comparator("》 90%", "≥") == "≥90%"
    assert with_comparator("90%", "≤") == "≤90%"
    assert with_unit("≥4", "个") == "≥4个"
    assert with_unit("≥4项", "个") == "≥4个"
    index = window.indicators.model.index_of_path((0, 0, 0), 1)
    editor = window.indicators.tree.itemDelegate().createEditor(
        window.indicators.tree.viewport(), QStyleOptionViewItem(), index
    )
    assert isinstance(editor, ValueEditor)
    editor.setText("5")
    editor.menu.actions()[0].trigger()
    assert editor.text() == "≥5"
    editor.deleteLater()


def test_node_levels_cannot_be_added_below_indicators(window: MainWindow) -> None:
    window.indicators.tree.setCurrentIndex(window.indicators.model.index_of_path((0, 0, 0)))
    assert not window.indicators.act_child.isEnabled()
    window.indicators.tree.setCurrentIndex(window.indicators.model.index_of_path((0,)))
    window.indicators.add_child()
    assert isinstance(window.session.doc.node(window.session.doc.projects[0], (0, 3)), Level2)
    window.indicators.tree.setCurrentIndex(window.indicators.model.index_of_path((0,)))
    window.indicators.add_sibling()
    assert isinstance(window.session.doc.node(window.session.doc.projects[0], (1,)), Level1)


def test_smoke_and_version_options(tmp_path: Path, sample_doc) -> None:
    """``main.py --smoke FILE`` opens, shows and exits 0 (in a separate process: quitting
    the shared test QApplication would stop its timers)."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    path = tmp_path / "smoke.json"
    json_format.save(sample_doc, path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    run = subprocess.run(
        [sys.executable, str(root / "main.py"), "--smoke", str(path)],
        cwd=root, env=env, capture_output=True, text=True, timeout=60,
    )
    assert run.returncode == 0, run.stderr
    version = subprocess.run(
        [sys.executable, str(root / "main.py"), "--version"],
        cwd=root, env=env, capture_output=True, text=True, timeout=60,
    )
    assert version.returncode == 0 and version.stdout.startswith("jxeditor ")
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    assert main_smoke_fails(root, env, broken)


def main_smoke_fails(root: Path, env: dict, path: Path) -> bool:
    import subprocess
    import sys

    run = subprocess.run(
        [sys.executable, str(root / "main.py"), "--smoke", str(path)],
        cwd=root, env=env, capture_output=True, text=True, timeout=60,
    )
    return run.returncode == 1 and "broken.json" in run.stderr


def test_project_list_drag_and_drop_reorders(window: MainWindow, qtbot) -> None:
    model = window.projects.model
    names = [p.name for p in window.session.doc.projects]
    data = model.mimeData([model.index(0, 0)])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 3, 0, model.index(-1, 0).parent())
    with qtbot.wait_signals([model.rowsAboutToBeMoved, model.rowsMoved], order="strict"):
        assert model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, model.index(-1, 0).parent())
    assert [p.name for p in window.session.doc.projects] == [names[1], names[2], names[0]]
    assert window.session.stack.undoText() == "移动项目"
    window.session.stack.undo()
    assert [p.name for p in window.session.doc.projects] == names


def test_problems_filter_current_project(window: MainWindow, qtbot) -> None:
    from ui.session.commands import SetProjectFieldCommand

    for project in (0, 2):
        window.session.stack.push(SetProjectFieldCommand(window.session.doc, window.session.doc.projects[project], "implementer", ""))
    settle(qtbot, window)
    view_model = window.problems.view.model()
    assert view_model.rowCount() == 2
    window.session.set_current_index(2)
    window.problems.current_only.setChecked(True)
    assert view_model.rowCount() == 1
    window.session.set_current_index(1)
    assert view_model.rowCount() == 0
    window.problems.current_only.setChecked(False)
    assert view_model.rowCount() == 2


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_in_place_editing_with_the_keyboard(window: MainWindow, qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.panes.delegates import ValueEditor

    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    tree = window.indicators.tree
    model = window.indicators.model
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus, timeout=1000)
    tree.setCurrentIndex(model.index_of_path((0, 0, 0), 1))
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, ValueEditor)
    assert editor.text() == "≥120平方米"
    editor.selectAll()
    qtbot.keyClicks(editor, ">=5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits in a queued call
    qtbot.waitUntil(lambda: window.session.doc.node(window.session.doc.projects[0], (0, 0, 0)).value == ">=5", timeout=1000)
    assert window.session.stack.undoText() == "修改“年度指标值”"
    settle(qtbot, window)
    assert any(p.code == "value.symbol" for p in window.session.live.problems_of(window.session.doc.projects[0]))
    # Enter moved down a row; back to the indicator: Ins adds a sibling, its editor open
    tree.setCurrentIndex(window.indicators.model.index_of_path((0, 0, 0)))
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus, timeout=1000)
    qtbot.keyClick(tree, Qt.Key.Key_Insert)
    assert isinstance(window.session.doc.node(window.session.doc.projects[0], (0, 0, 1)), Indicator)
    name_editor = QApplication.focusWidget()
    assert isinstance(name_editor, QLineEdit)
    qtbot.keyClicks(name_editor, "area")
    qtbot.keyClick(name_editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.doc.node(window.session.doc.projects[0], (0, 0, 1)).name == "area", timeout=1000)
    assert window.session.stack.count() == 3  # edit value, insert, name


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_department_added_from_the_menu_validated_live_and_found_from_its_problem(
    window: MainWindow, qtbot
) -> None:
    window.show()
    qtbot.waitExposed(window)
    session = window.session
    window.menus.act_department.trigger()  # 项目 → 添加部门整体目标
    block = session.doc.department
    assert block is not None and session.department.shown
    assert session.stack.undoText() == "添加部门整体目标"
    assert window.form_pane.department_form.isVisibleTo(window.form_pane)
    assert not window.form_pane.form.isVisibleTo(window.form_pane)
    session.department.set_field(block, "total.total", "三十万")  # not a number: 错误
    settle(qtbot, window)
    qtbot.waitUntil(lambda: "department.not_a_number" in codes(window), timeout=1000)
    problems = window.problems.model
    rows = [r for r in range(problems.rowCount())
            if problems.problem(problems.index(r, 0)).code == "department.not_a_number"]
    assert rows and problems.index(rows[0], 1).data() == "部门整体"
    session.set_current_index(1)  # elsewhere, then back through the problem
    assert not session.department.shown
    window.problems.go_to(problems.index(rows[0], 0))
    assert session.department.shown and session.current is None
    total = window.form_pane.department_form.widgets["total.total"]
    qtbot.waitUntil(total.hasFocus, timeout=1000)
    session.department.set_field(block, "total.total", None)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: "department.not_a_number" not in codes(window), timeout=1000)
    window.projects.view.setFocus()
    window.projects.act_delete.trigger()  # Del on the 部门整体 row
    assert session.doc.department is None
    assert "部门整体目标" in window.statusBar().currentMessage()
    assert len(session.doc.projects) == 3
