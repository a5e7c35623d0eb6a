"""The window's menus: every menu in its order with its actions, undo and redo named by
the step and enabled by the stack, the recent files, 查找 focusing the search box,
与其他版本比较 opening the change list, and the keys page listing the shortcuts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu

from jxeditor.formats import json_format
from ui.main_window import MainWindow
from ui.session.files import add_recent
from ui.window_menus import _step

# a shown window offscreen: the platform cannot size or raise it
pytestmark = [pytest.mark.qt_log_ignore("propagateSizeHints"),
              pytest.mark.qt_log_ignore("does not support raise")]


def menu(window: MainWindow, title: str) -> QMenu:
    return next(m for m in window.menuBar().findChildren(QMenu) if m.title() == title)


def texts(m: QMenu) -> list[str]:
    return [a.text() for a in m.actions() if not a.isSeparator()]


def test_the_menus_in_their_order(window: MainWindow) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["文件(&F)", "编辑(&E)", "项目(&P)", "指标(&I)", "视图(&V)", "帮助(&H)"]
    file_items = texts(menu(window, "文件(&F)"))
    assert file_items[:5] == ["新建(&N)", "打开(&O)…", "最近打开(&R)", "保存(&S)", "另存为(&A)…"]
    assert file_items[-1] == "退出(&X)"
    assert texts(menu(window, "帮助(&H)")) == ["快捷键(&K)", "填报说明(&G)", "关于 jxeditor"]
    stage_menu = next(m for m in window.menuBar().findChildren(QMenu)
                      if m.objectName() == "stageMenu")
    assert texts(stage_menu)[:3] == ["目标阶段", "运行监控阶段", "自评阶段"]


def test_undo_and_redo_follow_the_stack(window: MainWindow) -> None:
    menus = window.menus
    assert not menus.act_undo.isEnabled() and menus.act_undo.text() == "撤销"
    window.session.set_project_field(window.session.doc.projects[0], "name", "新名")
    assert menus.act_undo.isEnabled() and menus.act_undo.text().startswith("撤销 ")
    menus.act_undo.trigger()
    assert window.session.doc.projects[0].name == "示例项目0"
    assert menus.act_redo.isEnabled() and menus.act_redo.text().startswith("重做 ")
    menus.act_redo.trigger()
    assert window.session.doc.projects[0].name == "新名"
    assert _step("撤销", "") == "撤销" and _step("撤销", "修改“名称”") == "撤销 修改“名称”"


def test_the_recent_files(window: MainWindow, tmp_path: Path) -> None:
    recent = window.menus.recent_menu
    recent.aboutToShow.emit()
    names = texts(recent)
    assert names and names[0].endswith("doc.json")  # the file the window opened
    other = tmp_path / "另一个.json"
    json_format.save(window.session.doc, other)
    add_recent(other)
    recent.aboutToShow.emit()
    assert texts(recent)[0] == f"&1 {other}"
    recent.actions()[0].trigger()
    assert window.files.path == other


def test_find_focuses_the_search_box(window: MainWindow, qtbot) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    window.search.setText("档案")
    window.menus.act_find.trigger()
    qtbot.waitUntil(window.search.hasFocus, timeout=1000)
    assert window.search.selectedText() == "档案"


def test_compare_with_other_opens_the_change_list(window: MainWindow, tmp_path: Path) -> None:
    other = json_format.load(window.files.path)  # type: ignore[arg-type]
    other.projects[0].goals.annual = "旧目标"
    path = tmp_path / "旧版.json"
    json_format.save(other, path)
    window.questions.answers["ask_open_path"] = lambda _folder: None
    assert window.menus.compare_with_other() is None
    window.questions.answers["ask_open_path"] = lambda _folder: str(path)
    dialog = window.menus.compare_with_other()
    assert dialog is not None and dialog.isVisible()
    assert dialog.list.topLevelItemCount() == 1
    assert window.menus.compare_with_other() is dialog  # one list, shown again
    dialog.close()


def test_the_keys_page_lists_the_shortcuts(window: MainWindow) -> None:
    page = window.menus.keys_page()
    assert "快捷键" in page and "保存" in page and "撤销" in page
    assert "项目列表" in page and "绩效指标（指标树）" in page
