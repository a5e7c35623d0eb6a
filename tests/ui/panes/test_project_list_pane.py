"""The project list pane: its selection is the session's current project both ways, the
actions follow where the current project stands, and tables pasted from other programs
become projects in one undo step."""

from __future__ import annotations

import pytest
from fake_questions import FakeQuestions
from fixture_paths import SAMPLES

from jxeditor.formats.documents import load_document
from ui.panes.project_list_pane import ProjectListPane
from ui.session.editor_session import EditorSession

SAMPLE_TEXT = SAMPLES / "dalian-hitech-finance-2026.txt"


@pytest.fixture
def pane(pane_of) -> ProjectListPane:
    built: ProjectListPane = pane_of(ProjectListPane)
    return built


def selected_rows(pane: ProjectListPane) -> list[int]:
    return [i.row() for i in pane.view.selectionModel().selectedIndexes()]


def test_the_selection_follows_the_current_project(pane: ProjectListPane, session: EditorSession) -> None:
    p0, _p1, p2 = session.doc.projects
    assert pane.view.currentIndex().row() == 0 and selected_rows(pane) == [0]
    session.set_current(p2)
    assert pane.view.currentIndex().row() == 2 and selected_rows(pane) == [2]
    session.move_project_to(p2, 0)  # the project moved: so does the selection
    session.set_current(p0)
    assert selected_rows(pane) == [1]
    session.set_current(None)
    assert selected_rows(pane) == [] and not pane.view.currentIndex().isValid()


def test_choosing_a_row_makes_its_project_current(
    pane: ProjectListPane, session: EditorSession, qtbot
) -> None:
    p1 = session.doc.projects[1]
    with qtbot.wait_signal(session.currentProjectChanged) as blocker:
        pane.view.setCurrentIndex(pane.model.index(1, 0))
    assert blocker.args == [p1] and session.current is p1
    assert session.stack.count() == 0  # choosing is no edit


def test_actions_follow_the_current_project(pane: ProjectListPane, session: EditorSession) -> None:
    assert not pane.act_up.isEnabled() and pane.act_down.isEnabled()
    pane.act_down.trigger()
    assert session.current_index() == 1
    assert pane.act_up.isEnabled() and pane.act_down.isEnabled()
    pane.act_down.trigger()
    assert not pane.act_down.isEnabled()
    assert selected_rows(pane) == [2]
    pane.act_delete.trigger()
    assert len(session.doc.projects) == 2
    assert selected_rows(pane) == [1]  # the neighbour, selected
    session.set_current(None)
    assert not pane.act_delete.isEnabled() and not pane.act_duplicate.isEnabled()


def test_duplicate_and_add_from_the_list(pane: ProjectListPane, session: EditorSession, qtbot) -> None:
    pane.act_duplicate.trigger()
    assert [p.name for p in session.doc.projects][:2] == ["示例项目0", "示例项目0（副本）"]
    assert selected_rows(pane) == [1]
    with qtbot.wait_signal(session.goToRequested) as blocker:
        pane.add_project()  # and asks for its name
    assert blocker.args == ["name", None]
    assert session.current_index() == 2 and selected_rows(pane) == [2]
    assert pane.model.rowCount() == 5


def test_paste_adds_the_twelve_sample_tables_as_one_step(
    pane: ProjectListPane, session: EditorSession, qtbot
) -> None:
    before = list(session.doc.projects)
    expected, _notices = load_document(SAMPLE_TEXT)
    with qtbot.wait_signal(session.message) as note:
        assert pane.paste_projects(SAMPLE_TEXT.read_text(encoding="utf-8")) == 12
    assert "12" in note.args[0]
    assert session.doc.projects[1:13] == expected.projects  # after the current project
    assert session.doc.projects[0] is before[0] and session.doc.projects[13] is before[1]
    assert session.current is session.doc.projects[1] and selected_rows(pane) == [1]
    assert pane.model.rowCount() == 15
    assert session.stack.count() == 1
    assert session.stack.undoText() == "粘贴 12 个项目"
    session.undo()
    assert session.doc.projects == before
    assert all(a is b for a, b in zip(session.doc.projects, before, strict=True))
    assert pane.model.rowCount() == 3
    session.redo()
    assert session.doc.projects[1:13] == expected.projects


def test_paste_without_a_table_changes_nothing(pane: ProjectListPane, session: EditorSession) -> None:
    questions = session.questions
    assert isinstance(questions, FakeQuestions)
    assert pane.paste_projects("随便一段文字\t没有表格") == 0
    assert session.stack.count() == 0
    assert len(questions.infos) == 1 and "没有找到绩效目标表" in questions.infos[0]


def test_paste_of_another_year_says_so(pane: ProjectListPane, session: EditorSession) -> None:
    session.set_document_fields({"year": 2025})
    questions = session.questions
    assert isinstance(questions, FakeQuestions)
    assert pane.paste_projects(SAMPLE_TEXT.read_text(encoding="utf-8")) == 12
    assert any("2026 年度" in info and "2025 年度" in info for info in questions.infos)


def test_a_paste_over_the_limits_says_why(pane: ProjectListPane, session: EditorSession) -> None:
    infos: list[str] = []
    session.questions.answers["show_info"] = infos.append  # type: ignore[attr-defined]
    too_many = "\n".join(f"项目名称\t表{i}" for i in range(12_000))
    assert pane.paste_projects(too_many) == 0
    assert len(infos) == 1 and "没有读入" in infos[0] and "表格过多" in infos[0]
    assert len(session.doc.projects) == 3 and not session.stack.canUndo()


def test_the_department_row_shows_the_department_and_del_removes_it(
    qtbot, pane: ProjectListPane, session: EditorSession
) -> None:
    p0 = session.doc.projects[0]
    block = session.department.add()
    assert session.department.shown and session.current is None
    assert selected_rows(pane) == [0] and pane.model.is_department(0)
    assert pane.act_delete.isEnabled() and pane.act_delete.text() == "删除部门整体目标"
    pane.view.setCurrentIndex(pane.model.index(1, 0))  # a project: the department is left
    assert session.current is p0 and not session.department.shown
    pane.view.setCurrentIndex(pane.model.index(0, 0))  # and chosen again
    assert session.department.shown and session.current is None
    with qtbot.wait_signal(session.message) as said:
        pane.act_delete.trigger()  # Del on the 部门整体 row
    assert session.doc.department is None and "部门整体目标" in said.args[0]
    assert session.current is p0 and selected_rows(pane) == [0]  # the first project
    assert len(session.doc.projects) == 3  # no project went with it
    session.undo()
    assert session.doc.department is block
    session.department.show()
    session.undo()  # the adding undone while shown: back to the first project
    assert session.doc.department is None and session.current is p0
