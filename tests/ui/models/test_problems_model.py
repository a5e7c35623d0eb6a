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
