"""The 自评 in the editor as a person fills it in (issue 16.6): typing an actual value in
the tree updates the 得分, the project's 总分 and 自评等级 in the form and the status bar
while the editor is still open (the same numbers as :mod:`jxeditor.scoring`); the
qualitative actual is a drop-down of the three verdicts; a deviation typed through the
input method; saving with an editor open writes what was typed; every edit one undo step.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from fake_questions import FakeQuestions
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit, QWidget
from shiboken6 import isValid
from test_nothing_typed_is_lost import type_chinese
from year_examples import evaluated_document

from jxeditor.document.model import Indicator
from jxeditor.formats import json_format
from jxeditor.scoring.numbers import text as decimal_text
from jxeditor.scoring.project import score_project
from jxeditor.scoring.qualitative import VERDICTS
from ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # a shown window offscreen

QUALITY = (0, 1, 0)  # 考核合格率 ≥95%, actual 90%
TIMELY = (0, 2, 0)  # 完成时间 按时: qualitative


@pytest.fixture
def evaluation(qtbot, tmp_path: Path):
    """The main window, shown, on the hand-computed 自评 examples (saved as JSON)."""
    path = tmp_path / "evaluation.json"
    json_format.save(evaluated_document(), path)
    window = MainWindow(FakeQuestions())
    qtbot.addWidget(window)
    window.questions.answers["ask_save_changes"] = lambda *_: "discard"
    assert window.files.open_file(path)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    yield window
    window.session.stack.setClean()


def open_editor(window: MainWindow, qtbot, path: tuple[int, ...], key: str) -> QWidget:
    """Selects the cell of column ``key`` and opens its editor with F2."""
    tree, model = window.indicators.tree, window.indicators.model
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus, timeout=1000)
    tree.setCurrentIndex(model.index_of_path(path, model.column_of(key)))
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not tree
    return editor


def press_enter(window: MainWindow, qtbot, editor: QWidget) -> None:
    """Enter in a cell editor: Qt commits and closes it from the event loop (the tree
    then opens the editor of the next cell down the column, if there is one)."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not isValid(editor) or not editor.isVisible(), timeout=1000)
    assert window.indicators.tree.currentIndex().isValid()


def cell(window: MainWindow, path: tuple[int, ...], key: str) -> str:
    model = window.indicators.model
    return str(model.index_of_path(path, model.column_of(key)).data() or "")


def expected(window: MainWindow):
    doc = window.session.doc
    return score_project(doc.projects[0], doc.scoring)


def shows_the_score(window: MainWindow) -> None:
    """Tree, form and status bar all say what the core computes now."""
    score = expected(window)
    for indicator in score.indicators:
        assert cell(window, indicator.path, "evaluation.score") == decimal_text(indicator.score)
    total = decimal_text(score.total)
    assert window.form_pane.stage_block.total_label.text() == f"总分 {total}　自评等级 {score.grade}"
    assert window.counts.score_label.text() == f"本项目自评 {total} 分　{score.grade}"


def test_the_window_opens_with_the_scores(evaluation: MainWindow) -> None:
    shows_the_score(evaluation)
    assert "90.29" in evaluation.counts.score_label.text()  # the hand-computed total
    block = evaluation.form_pane.stage_block
    assert block.execution_rate.text() == "94.5%"
    assert block.execution_score.text() == "9.45"


def test_typing_an_actual_value_scores_at_once(evaluation: MainWindow, qtbot) -> None:
    steps = evaluation.session.stack.count()
    editor = open_editor(evaluation, qtbot, QUALITY, "evaluation.actual")
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, "76%")  # 12.5 × 76/95 = 10
    # the editor is still open: the document and every view follow each keystroke
    assert editor.isVisible()
    assert evaluation.session.doc.node(evaluation.session.doc.projects[0], QUALITY).evaluation.actual == "76%"
    assert cell(evaluation, QUALITY, "evaluation.score") == "10"
    shows_the_score(evaluation)
    assert expected(evaluation).total == Decimal("88.45")  # 90.29 − 1.84
    assert "良" in evaluation.counts.score_label.text()
    press_enter(evaluation, qtbot, editor)
    assert evaluation.session.stack.count() == steps + 1  # all of it one step
    assert evaluation.session.stack.undoText() == "修改“实际完成值”"
    evaluation.session.undo()
    assert evaluation.session.doc.node(evaluation.session.doc.projects[0], QUALITY).evaluation.actual == "90%"
    shows_the_score(evaluation)
    assert "90.29" in evaluation.counts.score_label.text()


def test_escape_gives_the_value_back_and_leaves_no_step(evaluation: MainWindow, qtbot) -> None:
    """The keystrokes reached the document already (the score followed them); Esc
    cancels as in any cell: the value and the score are back, no undo step is left."""
    steps = evaluation.session.stack.count()
    editor = open_editor(evaluation, qtbot, QUALITY, "evaluation.actual")
    editor.selectAll()
    qtbot.keyClicks(editor, "95%")
    assert cell(evaluation, QUALITY, "evaluation.score") == "12.5"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert evaluation.indicators.tree.state() != QAbstractItemView.State.EditingState
    assert evaluation.session.doc.node(evaluation.session.doc.projects[0], QUALITY).evaluation.actual == "90%"
    assert cell(evaluation, QUALITY, "evaluation.score") == "11.84"
    assert evaluation.session.stack.count() == steps
    assert not evaluation.isWindowModified()


def test_the_qualitative_actual_is_a_drop_down_of_the_verdicts(
    evaluation: MainWindow, qtbot
) -> None:
    editor = open_editor(evaluation, qtbot, TIMELY, "evaluation.actual")
    combo = editor if isinstance(editor, QComboBox) else editor.parent()
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == [v.text for v in VERDICTS]
    assert combo.currentText() == "达成年度指标"
    steps = evaluation.session.stack.count()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # 部分达成年度指标并具有一定效果
    node = evaluation.session.doc.node(evaluation.session.doc.projects[0], TIMELY)
    assert isinstance(node, Indicator)
    assert node.evaluation is not None
    # chosen, not yet confirmed: it counts already
    assert node.evaluation.actual == "部分达成年度指标并具有一定效果"
    assert cell(evaluation, TIMELY, "evaluation.score") == "8.75"  # 70% of 12.5
    shows_the_score(evaluation)
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # 未达成年度指标且效果较差: 30%
    assert cell(evaluation, TIMELY, "evaluation.score") == "3.75"
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    press_enter(evaluation, qtbot, QApplication.focusWidget())
    assert node.evaluation.actual == "部分达成年度指标并具有一定效果"
    assert cell(evaluation, TIMELY, "evaluation.score") == "8.75"
    shows_the_score(evaluation)
    assert evaluation.session.stack.count() == steps + 1
    evaluation.session.undo()
    assert node.evaluation.actual == "达成年度指标"


def test_a_deviation_typed_through_the_input_method(evaluation: MainWindow, qtbot) -> None:
    editor = open_editor(evaluation, qtbot, QUALITY, "evaluation.deviation")
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_chinese(editor, "两名学员因病缺考，已安排补考")
    press_enter(evaluation, qtbot, editor)
    node = evaluation.session.doc.node(evaluation.session.doc.projects[0], QUALITY)
    assert node.evaluation.deviation == "两名学员因病缺考，已安排补考"
    assert evaluation.session.stack.undoText() == "修改“偏差原因分析及改进措施”"


def test_a_missing_deviation_is_reported_and_typing_it_clears_the_problem(
    evaluation: MainWindow, qtbot
) -> None:
    session = evaluation.session
    editor = open_editor(evaluation, qtbot, QUALITY, "evaluation.deviation")
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    press_enter(evaluation, qtbot, editor)
    codes = {p.code for p in session.live.problems_of(session.current)}
    assert any("deviation" in code for code in codes), codes
    editor = open_editor(evaluation, qtbot, QUALITY, "evaluation.deviation")
    type_chinese(editor, "缺考")
    press_enter(evaluation, qtbot, editor)
    codes = {p.code for p in session.live.problems_of(session.current)}
    assert not any("deviation" in code for code in codes), codes


def test_saving_with_the_editor_open_writes_what_was_typed(
    evaluation: MainWindow, qtbot
) -> None:
    editor = open_editor(evaluation, qtbot, QUALITY, "evaluation.actual")
    editor.selectAll()
    qtbot.keyClicks(editor, "96%")
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    path = evaluation.files.path
    assert path is not None and not evaluation.isWindowModified()
    data = json.loads(path.read_text(encoding="utf-8"))
    saved = data["projects"][0]["indicators"][0]["children"][1]["children"][0]
    assert saved["evaluation"]["actual"] == "96%"
    assert data["stage"] == "evaluation"


def test_a_score_of_ones_own_is_saved_while_its_editor_is_open(
    evaluation: MainWindow, qtbot
) -> None:
    editor = open_editor(evaluation, qtbot, TIMELY, "evaluation.score")
    assert isinstance(editor, QLineEdit)
    assert editor.text() == ""  # computed: nothing entered
    qtbot.keyClicks(editor, "11.5")
    assert "89.29" in evaluation.counts.score_label.text()  # live: 90.29 − 1
    evaluation.menus.act_save.trigger()
    path = evaluation.files.path
    assert path is not None
    data = json.loads(path.read_text(encoding="utf-8"))
    saved = data["projects"][0]["indicators"][0]["children"][2]["children"][0]
    assert saved["evaluation"]["score"] == "11.5"


def test_just_typing_on_the_cell_starts_editing_and_scores(evaluation: MainWindow, qtbot) -> None:
    """As in Excel: the typed key replaces the cell's text and counts at once."""
    tree, model = evaluation.indicators.tree, evaluation.indicators.model
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus, timeout=1000)
    tree.setCurrentIndex(model.index_of_path(QUALITY, model.column_of("evaluation.actual")))
    qtbot.keyClick(tree, Qt.Key.Key_8)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "5.5%")
    assert evaluation.session.doc.node(evaluation.session.doc.projects[0], QUALITY).evaluation.actual == "85.5%"
    assert cell(evaluation, QUALITY, "evaluation.score") == "11.25"  # 12.5 × 85.5/95
    shows_the_score(evaluation)


def test_chinese_in_a_stage_cell_reaches_the_document_before_enter(
    evaluation: MainWindow, qtbot
) -> None:
    editor = open_editor(evaluation, qtbot, TIMELY, "evaluation.actual")
    combo = editor if isinstance(editor, QComboBox) else editor.parent()
    assert isinstance(combo, QComboBox)
    line = combo.lineEdit()
    assert isinstance(line, QLineEdit)
    line.selectAll()
    steps = evaluation.session.stack.count()
    type_chinese(combo, "部分达成")  # the short form, to the focused combo: completed
    assert cell(evaluation, TIMELY, "evaluation.score") == "8.75"  # counts while typed
    assert line.text() == "部分达成年度指标并具有一定效果"
    press_enter(evaluation, qtbot, combo)
    assert evaluation.session.doc.node(evaluation.session.doc.projects[0], TIMELY).evaluation.actual == "部分达成年度指标并具有一定效果"
    assert cell(evaluation, TIMELY, "evaluation.score") == "8.75"
    assert evaluation.session.stack.count() == steps + 1  # typed and completed: one step
    editor = open_editor(evaluation, qtbot, QUALITY, "evaluation.deviation")
    type_chinese(editor, "补考")
    assert editor.isVisible()
    assert evaluation.session.doc.node(evaluation.session.doc.projects[0], QUALITY).evaluation.deviation == "补考"


def test_ctrl_z_in_the_open_editor_takes_the_typing_back(evaluation: MainWindow, qtbot) -> None:
    """Ctrl+Z in the editor is the document's undo (issue 29, one typing path): the whole
    run of typing goes back in one step, the open editor shows the cell again, and
    Ctrl+Y gives the typing back. 编辑 → 撤销 with the editor open is tested in
    test_nothing_typed_is_lost."""
    steps = evaluation.session.stack.count()
    editor = open_editor(evaluation, qtbot, QUALITY, "evaluation.actual")
    editor.selectAll()
    qtbot.keyClicks(editor, "50%")
    assert "90.29" not in evaluation.counts.score_label.text()
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.text() == "90%"
    assert evaluation.session.doc.node(evaluation.session.doc.projects[0], QUALITY).evaluation.actual == "90%"
    assert evaluation.session.stack.index() == steps  # undone, as one step
    shows_the_score(evaluation)
    assert "90.29" in evaluation.counts.score_label.text()
    qtbot.keyClick(editor, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert evaluation.session.doc.node(evaluation.session.doc.projects[0], QUALITY).evaluation.actual == "50%"
    assert editor.text() == "50%"


def test_tab_skips_the_locked_target(evaluation: MainWindow, qtbot) -> None:
    model = evaluation.indicators.model
    editor = open_editor(evaluation, qtbot, QUALITY, "name")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    tree = evaluation.indicators.tree
    assert tree.currentIndex().column() == model.column_of("evaluation.actual")
    assert tree.state() == QAbstractItemView.State.EditingState


def test_a_project_added_in_the_self_evaluation_is_filled_in_like_the_others(
    evaluation: MainWindow, qtbot
) -> None:
    """A new project has no 自评 block yet: the first value typed makes it, undo takes
    it away again, and the scores follow."""
    session = evaluation.session
    project = session.add_project()
    assert project.evaluation is None
    block = evaluation.form_pane.stage_block
    assert block.evaluation_box.isVisible()
    executed = block.widgets["evaluation.executed.total"]
    assert isinstance(executed, QLineEdit) and executed.text() == ""
    qtbot.keyClicks(executed, "8")
    assert project.evaluation is not None
    assert project.evaluation.executed.total == Decimal("8")
    assert evaluation.counts.score_label.isVisible()
    shows = score_project(project, session.doc.scoring)  # its indicators still unscored
    assert shows.grade is None
    assert evaluation.counts.score_label.text() == f"总分（未完成：{len(shows.unscored)} 项未评分）"
    session.undo()
    assert project.evaluation is None
    assert executed.text() == ""


def test_a_problem_of_the_funds_block_goes_to_its_field(evaluation: MainWindow, qtbot) -> None:
    executed = evaluation.form_pane.stage_block.widgets["evaluation.executed.total"]
    assert isinstance(executed, QLineEdit)
    executed.setFocus()
    executed.selectAll()
    qtbot.keyClicks(executed, "abc")
    session = evaluation.session
    session.live.flush()
    problem = next(p for p in session.live.problems_of(session.current)
                   if p.code == "evaluation.not_a_number")
    evaluation.indicators.tree.setFocus()
    qtbot.waitUntil(evaluation.indicators.tree.hasFocus, timeout=1000)
    session.go_to(session.current, problem.field, problem.path)
    qtbot.waitUntil(executed.hasFocus, timeout=1000)


def test_escape_in_the_verdicts_gives_the_verdict_back(evaluation: MainWindow, qtbot) -> None:
    steps = evaluation.session.stack.count()
    editor = open_editor(evaluation, qtbot, TIMELY, "evaluation.actual")
    combo = editor if isinstance(editor, QComboBox) else editor.parent()
    assert isinstance(combo, QComboBox)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # 未达成年度指标且效果较差
    assert cell(evaluation, TIMELY, "evaluation.score") == "3.75"
    qtbot.keyClick(combo, Qt.Key.Key_Escape)
    assert evaluation.indicators.tree.state() != QAbstractItemView.State.EditingState
    assert evaluation.session.doc.node(evaluation.session.doc.projects[0], TIMELY).evaluation.actual == "达成年度指标"
    assert cell(evaluation, TIMELY, "evaluation.score") == "12.5"
    assert evaluation.session.stack.count() == steps


def test_no_grade_while_an_indicator_is_not_scored(evaluation: MainWindow) -> None:
    """完成时间 without its actual value: the form and the status bar show no total and no
    grade (it was 总分 90.6 / 优 before); a deadline met by its completion date scores
    in full and the grade comes back."""
    session = evaluation.session
    block, counts = evaluation.form_pane.stage_block, evaluation.counts
    session.set_indicator_stage_field(TIMELY, "evaluation.actual", "")
    assert expected(evaluation).grade is None
    assert block.total_label.text() == "总分（未完成：1 项未评分）"
    assert counts.score_label.text() == "总分（未完成：1 项未评分）"
    session.set_unlocked_target(TIMELY, "2026年6月底前")
    session.set_indicator_stage_field(TIMELY, "evaluation.actual", "2026年5月底")
    score = expected(evaluation)
    assert score.grade == "优" and score.indicators[2].score == score.indicators[2].points
    shows_the_score(evaluation)
