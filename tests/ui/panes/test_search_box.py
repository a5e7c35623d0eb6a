"""One search box for projects and indicators: Ctrl+F, Enter for the next match."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from jxeditor.document.document import Document
from jxeditor.document.model import new_project
from ui.main_window import MainWindow
from ui.panes.search_box import find_matches

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # a shown window offscreen


def test_matches_by_project_name_code_and_indicator(sample_doc: Document) -> None:
    sample_doc.projects[1].code = "１０２００１"  # full-width digits, as typed in WPS
    found = find_matches(sample_doc, "102001")
    assert found == [(sample_doc.projects[1], None)]
    found = find_matches(sample_doc, "满意度")
    paths = [(sample_doc.index_of(p), path) for p, path in found]
    assert (0, (3,)) in paths and (0, (3, 0, 0)) in paths  # the group and the indicator
    assert {i for i, _path in paths} == {0, 1, 2}
    assert find_matches(sample_doc, "") == []
    assert find_matches(Document(projects=[new_project()]), "不存在") == []


def test_ctrl_f_then_enter_goes_from_match_to_match(window: MainWindow, qtbot) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.indicators.tree.setFocus()
    qtbot.waitUntil(window.indicators.tree.hasFocus, timeout=1000)
    qtbot.keyClick(window.indicators.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    box = window.search
    assert box.hasFocus()
    qtbot.keyClicks(box, "2")  # 示例项目2, and values such as ≥12.5万元 or ≥120平方米
    qtbot.keyClick(box, Qt.Key.Key_Return)
    doc = window.session.doc
    first = window.session.current
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # back
    assert window.session.current is first
    box.setText("使用人员满意度")
    for expected in (0, 1, 2, 0):  # one indicator per project, then round again
        qtbot.keyClick(box, Qt.Key.Key_Return)
        assert window.session.current is doc.projects[expected]
        assert window.indicators.current_path() == (3, 0, 0)
    assert "共 3 处" in window.statusBar().currentMessage()
    box.setText("没有这个")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert "没有找到" in window.statusBar().currentMessage()


def test_status_bar_totals(window: MainWindow) -> None:
    totals = window.counts.totals_label.text()
    assert totals.startswith("3 个项目") and "300" in totals and "万元" in totals


def test_the_departments_texts_are_found_first_and_shown_in_its_form(
    window: MainWindow, qtbot
) -> None:
    from jxeditor.document.department import Department, Measure, Safeguard, Task

    window.show()
    qtbot.waitExposed(window)
    session = window.session
    session.doc.set_department(Department(
        overall_goal="示例总体目标", tasks=[Task("组织收入", "认真组织", measures=[Measure("收入增长 8%")])],
        measures=[Safeguard("完善制度", "制定示例制度")],
    ))
    assert [m[1] for m in find_matches(session.doc, "示例")][:2] == [
        "department.overall_goal", "department.measures[0].text"]  # then the projects
    assert [m[1] for m in find_matches(session.doc, "增长")] == [
        "department.tasks[0].measures[0].text"]
    window.search.setText("增长")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    form = window.form_pane.department_form
    assert session.department.shown and form.current_task() is session.doc.department.tasks[0]
    assert form.measures_view.currentIndex().row() == 0
    window.search.setText("示例项目1")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert session.current is session.doc.projects[1] and not session.department.shown
    session.doc.set_department(None)


def test_the_departments_indicators_are_found_and_selected_in_its_tree(
    window: MainWindow, qtbot
) -> None:
    from jxeditor.document.department import Department
    from jxeditor.document.model import Indicator, Level1, Level2

    window.show()
    qtbot.waitExposed(window)
    session = window.session
    session.doc.set_department(Department(overall_goal="做好财政工作。", indicators=[
        Level1("履职效能", [Level2("重点工作", [Indicator("预算批复及时率", "=100%")])])]))
    assert find_matches(session.doc, "及时")[0] == (session.doc.department, (0, 0, 0))
    window.search.setText("批复及时")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    tree = window.indicators.tree
    assert session.department.shown
    assert window.indicators.model.path_of(tree.currentIndex()) == (0, 0, 0)
    session.doc.set_department(None)
