"""Issue 30, form C in the editor: in the 自评 stage the department's form shows its 自评
block (funds by 基本支出 / 项目支出 / 合计, 实际完成情况, the indicators' 实际完成值 / 分值 /
得分 / 偏差原因), each edit one undo step through the one typing path, and the score
summary (总分 and 自评等级, or 总分（未完成：N 项未评分）) follows the document."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from jxeditor.document.department import Department
from jxeditor.document.model import FundingColumn, Indicator, Level1, Level2
from jxeditor.document.stages import EVALUATION
from ui.panes.department_form import DepartmentForm
from ui.session.editor_session import EditorSession

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # a shown form offscreen

D = Decimal
TOTAL = "evaluation.executed.total"


@pytest.fixture
def form(qtbot, session: EditorSession) -> DepartmentForm:
    session.doc.department = Department(
        name="示例局", overall_goal="做好工作。", total=FundingColumn(D("100"), None, None),
        indicators=[
            Level1("产出指标", [Level2("数量指标", [Indicator("评审项目数", "≥20个")])]),
            Level1("效益指标", [Level2("社会效益指标", [Indicator("群众知晓率", "≥90%")])]),
        ],
    )
    widget = DepartmentForm(session)
    qtbot.addWidget(widget)
    session.department.show()
    widget.show()
    return widget


def dept(session: EditorSession) -> Department:
    assert session.doc.department is not None
    return session.doc.department


def test_the_block_shows_in_the_evaluation_stage_only(form: DepartmentForm,
                                                      session: EditorSession) -> None:
    block = form.evaluation
    assert not block.isVisible()
    assert session.set_stage(EVALUATION)
    assert block.isVisible()
    line = block.widgets["evaluation.budget_full.total"]
    assert isinstance(line, QLineEdit) and line.text() == "100"  # the switch filled it in
    assert block.indicators.rowCount() == 2
    assert block.indicators.index(1, 0).data() == "群众知晓率"
    assert block.indicators.headerData(2, Qt.Orientation.Horizontal) == "实际完成值"
    session.undo()  # the switch
    assert not block.isVisible() and dept(session).evaluation is None


def test_typing_the_funds_is_one_step_per_visit_and_the_rate_follows(
    qtbot, form: DepartmentForm, session: EditorSession
) -> None:
    session.set_stage(EVALUATION)
    block = form.evaluation
    executed = block.widgets[TOTAL]
    assert isinstance(executed, QLineEdit)
    executed.setFocus()
    qtbot.keyClicks(executed, "80")
    evaluation = dept(session).evaluation
    assert evaluation is not None and evaluation.executed.total == D("80")
    assert session.stack.count() == 2  # the switch, and the two keystrokes as one step
    assert session.stack.undoText() == "修改“全年执行数·合计”"
    assert block.execution_rate.text() == "80%" and block.execution_score.text() == "8"
    session.undo()
    assert evaluation.executed.total is None and executed.text() == ""
    assert block.execution_score.text() == "0"
    goals = block.widgets["evaluation.goals_achieved"]
    assert isinstance(goals, QPlainTextEdit)
    goals.setFocus()
    for ch in "已完成":
        goals.insertPlainText(ch)
    assert evaluation.goals_achieved == "已完成" and session.stack.count() == 2


def test_indicator_cells_edit_through_the_typing_path_and_the_total_follows(
    qtmodeltester, form: DepartmentForm, session: EditorSession
) -> None:
    session.set_stage(EVALUATION)
    block, model = form.evaluation, form.evaluation.indicators
    qtmodeltester.check(model)
    assert block.total_label.text() == "总分（未完成：2 项未评分）"
    assert model.index(0, 3).data() == "56.25"  # the computed 分值 (no 满意度: 50 + 6.25)
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable  # the target
    assert model.setData(model.index(0, 2), "20个")
    first = dept(session).indicators[0].children[0].children[0]
    assert first.evaluation is not None and first.evaluation.actual == "20个"
    assert session.stack.undoText() == "修改“实际完成值”"
    assert block.total_label.text() == "总分（未完成：1 项未评分）"
    assert model.setData(model.index(1, 2), "95%")
    assert block.total_label.text() == "总分 90　自评等级 优"  # nothing executed: 0 of 10
    assert model.index(1, 4).data() == "33.75"
    assert model.setData(model.index(1, 4), "30")  # the user's own 得分
    assert model.index(1, 4).data() == "30" and block.total_label.text().startswith("总分 86.25")
    assert model.setData(model.index(0, 5), "无偏差")
    assert first.evaluation.deviation == "无偏差"
    for _ in range(3):
        session.undo()
    assert first.evaluation.actual == "20个" and block.total_label.text().startswith(
        "总分（未完成：1")
    assert model.index(1, 2).data() == ""


def test_the_rows_follow_the_department_tree(form: DepartmentForm, session: EditorSession) -> None:
    session.set_stage(EVALUATION)
    model = form.evaluation.indicators
    l2 = dept(session).indicators[0].children[0]
    l2.children.append(Indicator("培训人次", "≥100人次"))
    session.doc.set_department_stage_field(dept(session), TOTAL, D("50"))  # any change
    assert model.rowCount() == 3 and model.index(1, 0).data() == "培训人次"


def test_problems_of_the_evaluation_frame_its_fields_and_mark_its_rows(
    qtbot, form: DepartmentForm, session: EditorSession
) -> None:
    session.set_stage(EVALUATION)
    session.live.validate_all()
    block, model = form.evaluation, form.evaluation.indicators
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None  # no actual
    assert "实际完成值" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.setData(model.index(0, 2), "20个")
    session.live.flush()
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is None
    executed = block.widgets[TOTAL]
    assert executed.property("problem") in (None, "")
    session.doc.set_department_stage_field(dept(session), TOTAL, "八十")  # not a number
    session.live.flush()
    assert executed.property("problem") == "error" and "八十" in executed.toolTip()
    qtbot.waitExposed(form)
    form.activateWindow()
    assert form.go_to(f"department.{TOTAL}")
    qtbot.waitUntil(executed.hasFocus)


def test_the_departments_target_changes_once_unlocked_as_a_projects(
    form: DepartmentForm, session: EditorSession
) -> None:
    """解锁修改年度指标值 opens the department's 年度指标值 too, in form C and in the tree
    pane: one step through the typing path that says so, marked while done; locked again,
    it is read only."""
    from ui.models.tree_model import IndicatorTreeModel

    session.set_stage(EVALUATION)
    model = form.evaluation.indicators
    tree = IndicatorTreeModel(session)
    target = model.index(0, 1)
    leaf = tree.index(0, 0, tree.index(0, 0, tree.index(0, 0)))
    value_column = tree.index(leaf.row(), tree.column_of("value"), leaf.parent())
    first = dept(session).indicators[0].children[0].children[0]
    assert not model.setData(target, "≥25个") and first.value == "≥20个"  # locked
    assert not tree.flags(value_column) & Qt.ItemFlag.ItemIsEditable
    session.set_targets_unlocked(True)
    assert model.flags(target) & Qt.ItemFlag.ItemIsEditable
    assert tree.flags(value_column) & Qt.ItemFlag.ItemIsEditable
    steps = session.stack.count()
    assert model.setData(target, "≥25个")
    assert first.value == "≥25个" and session.stack.count() == steps + 1
    assert session.stack.undoText() == "解锁修改年度指标值（已批复的目标）"
    assert session.unlocked_targets[id(first)] == (first, "≥20个")
    assert tree.setData(value_column, "≥30个") and first.value == "≥30个"
    session.undo()
    session.undo()
    assert first.value == "≥20个" and id(first) not in session.unlocked_targets
    session.set_targets_unlocked(False)
    assert not model.flags(target) & Qt.ItemFlag.ItemIsEditable
