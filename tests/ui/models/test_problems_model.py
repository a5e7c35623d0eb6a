"""The problems model follows the live validation, project by project."""

from __future__ import annotations

from PySide6.QtCore import Qt
from session_fixtures import make_session

from jxeditor.document.document import Document
from jxeditor.rules.tally import Tally
from ui.models.problems_model import PROJECT_ROLE, ProblemsModel

PROBLEM = Qt.ItemDataRole.UserRole + 1


def test_problems_model_follows_validation(qtmodeltester, qtbot, sample_doc: Document) -> None:
    session = make_session(sample_doc)
    live, stack = session.live, session.stack
    model = ProblemsModel(live)
    qtmodeltester.check(model)
    second = sample_doc.projects[1]
    assert model.rowCount() == 0
    with qtbot.wait_signals([model.rowsAboutToBeInserted, model.rowsInserted], order="strict"):
        session.set_project_field(second, "name", "")
        live.flush()
    codes = [model.index(r, 0).data(PROBLEM).code for r in range(model.rowCount())]
    assert codes == ["project.missing_field"]
    assert model.index(0, 0).data() == "待填"  # an empty name is still to fill (issue 14)
    assert model.index(0, 2).data() == "项目名称"
    assert model.index(0, 1).data() == "2. "
    # a second problem in another project, then the first one goes
    session.set_project_field(sample_doc.projects[0], "department", "")
    live.flush()
    assert model.rowCount() == 2
    assert live.tally() == Tally(todo=2)  # two empty fields: 待填 (issue 14)
    with qtbot.wait_signals([model.rowsAboutToBeRemoved, model.rowsRemoved], order="strict"):
        stack.undo()
        live.flush()
    assert model.rowCount() == 1
    # moving and removing projects renumbers the problems; rows keep their project
    session.move_project_to(second, 0)
    live.flush()
    assert model.index(0, 1).data() == "1. "
    assert model.project(model.index(0, 0)) is second
    assert model.index(0, 0).data(PROJECT_ROLE) == ProblemsModel.project_key(second)
    session.set_current(second)
    session.delete_project()
    live.flush()
    assert model.rowCount() == 0 and live.tally() == Tally()
    stack.clear()


def test_department_rows_belong_to_the_block(qtmodeltester, sample_doc: Document) -> None:
    """A department problem names no project: its row belongs to the department block,
    first, and keeps it while the block's problems change."""
    session = make_session(sample_doc)
    live = session.live
    model = ProblemsModel(live)
    block = session.department.add()
    session.department.set_field(block, "total.total", "三十万")  # not a number: 错误
    session.set_project_field(sample_doc.projects[1], "name", "")
    live.flush()
    qtmodeltester.check(model)
    rows = [model.index(r, 0) for r in range(model.rowCount())]
    owners = [model.project(index) for index in rows]
    assert owners[0] is block and owners[-1] is sample_doc.projects[1]
    problems = [model.problem(index) for index in rows]
    assert "department.not_a_number" in [p.code for p in problems if p is not None]
    ours = [i for i, p in enumerate(problems) if p is not None and p.project is None]
    assert ours == list(range(len(ours))) and all(owners[i] is block for i in ours)
    assert model.index(0, 1).data() == "部门整体"
    assert rows[0].data(PROJECT_ROLE) == ProblemsModel.project_key(block)
    session.department.set_field(block, "total.total", "三十五万")  # the same count: dataChanged
    live.flush()
    assert model.rowCount() == len(rows) and model.project(model.index(0, 0)) is block
    assert model.project(model.index(model.rowCount(), 0)) is None
