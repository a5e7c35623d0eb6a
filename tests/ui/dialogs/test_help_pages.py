"""帮助: the page of keys is made from the window's own actions, and the first start hints."""

from __future__ import annotations

from fake_questions import FakeQuestions

from ui.dialogs.help_pages import HelpPage, action_rows
from ui.main_window import MainWindow


def test_keys_page_lists_the_real_shortcuts(window: MainWindow, qtbot) -> None:
    page = window.menus.keys_page()
    for keys, what in (("Ctrl+S", "保存"), ("Ctrl+F", "查找"), ("Ctrl+Z", "撤销"),
                       ("Ins", "添加项目"), ("Ctrl+Ins", "添加下级指标"), ("Tab / Shift+Tab", "")):
        assert keys in page and what in page, (keys, what)
    dialog = HelpPage("快捷键", page, window)
    qtbot.addWidget(dialog)
    assert "添加同级指标" in dialog.browser.toPlainText()


def test_a_new_shortcut_appears_on_the_page_by_itself(window: MainWindow) -> None:
    from PySide6.QtGui import QAction, QKeySequence

    extra = QAction("新的命令", window)
    extra.setShortcut(QKeySequence("Ctrl+Alt+N"))
    assert ("Ctrl+Alt+N", "新的命令") in action_rows([extra])
    assert action_rows([QAction("没有快捷键", window)]) == []


def test_the_first_start_shows_a_hint_once(qtbot) -> None:
    first = MainWindow(FakeQuestions())
    qtbot.addWidget(first)
    assert "F1" in first.statusBar().currentMessage()
    second = MainWindow(FakeQuestions())
    qtbot.addWidget(second)
    assert second.statusBar().currentMessage() == ""


def test_the_guide_page_explains_every_rule(window: MainWindow, qtbot) -> None:
    from jxeditor.rules import guide
    from ui.dialogs.help_pages import guide_html

    page = guide_html("填报说明", "例：")
    for _heading, entries in guide.GUIDE:
        for item in entries.values():
            assert item.title in page
    assert "“》90%” → “≥90%”" in page
    assert "value.symbol" not in page  # never an internal code
    window.menus.act_guide.text()  # in the 帮助 menu


def test_each_key_is_listed_once_where_it_works(window: MainWindow) -> None:
    """F2 once (as 编辑所选单元格), and a pane's keys under the pane only: Ins means 添加项目
    in the project list and 添加同级指标 in the tree, each listed once."""
    import re

    page = window.menus.keys_page()
    rows = [re.sub(r"<[^>]+>", "\t", row).split() for row in re.findall(r"<tr>(.*?)</tr>", page)]
    assert [row for row in rows if row[0] == "F2"] == [["F2", "编辑所选单元格"]]
    assert sum(row == ["Ins", "添加项目"] for row in rows) == 1
    assert sum(row == ["Ins", "添加同级指标"] for row in rows) == 1
    assert sum(row[:1] == ["Ctrl+S"] for row in rows) == 1
