"""The views name fields as the field registry does (issue 29): the tree's column titles,
the project form's captions and the 运行监控 block's captions are the registry's labels,
in Chinese and in English, and the undo text of an edit made in each says the same."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from session_fixtures import make_session
from year_examples import evaluated_document

from jxeditor.document.fields import STAGE_COLUMNS, field_spec, indicator_field
from jxeditor.document.stages import EVALUATION, MONITORING
from ui.models.tree_model import IndicatorTreeModel
from ui.panes.project_form import ProjectForm
from ui.panes.stage_block import StageBlock
from ui.platform import i18n
from ui.session.editor_session import EditorSession


@pytest.fixture
def session() -> Iterator[EditorSession]:
    session = make_session(evaluated_document())
    yield session
    session.stack.clear()


@pytest.fixture(params=["zh_CN", "en"])
def language(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(i18n, "active_language", lambda: request.param)
    return str(request.param)


def _title(path: str, language: str) -> str:
    spec = indicator_field(path)
    return spec.title_english if language == "en" else spec.title


def test_the_tree_s_titles_are_the_registry_s(qapp, session: EditorSession, language: str) -> None:
    model = IndicatorTreeModel(session)
    for stage in (EVALUATION, MONITORING):
        session.set_stage(stage)
        titles = [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                  for c in range(model.columnCount())]
        assert titles[0] == _title("name", language)
        assert titles[1] == _title("value", language)
        assert titles[-4:] == [_title(path, language) for path in STAGE_COLUMNS[stage][1:]]
    assert "全年预计" in [indicator_field(p).title for p in STAGE_COLUMNS[MONITORING]]


def _captions(widget: QWidget) -> set[str]:
    return {label.text() for label in widget.findChildren(QLabel)}


def test_the_form_and_the_block_caption_fields_by_the_registry(
    qtbot, session: EditorSession, language: str,
) -> None:
    form = ProjectForm(session)
    qtbot.addWidget(form)
    page = QWidget()  # the block in a hidden page, as the form pane holds it
    qtbot.addWidget(page)
    block = StageBlock(session, page)
    english = language == "en"
    for path in ("name", "code", "department", "purpose", "goals.annual"):
        spec = field_spec(path)
        assert (spec.english if english else spec.label) in _captions(form)
    assert ("Mar" if english else "3月底") in _captions(form)  # the plan's months: short labels
    for path in ("monitoring.as_of", "monitoring.budget", "monitoring.forecast"):
        spec = field_spec(path)
        assert (spec.english if english else spec.label) in _captions(block)


def test_an_edit_s_undo_text_says_the_label_the_view_shows(session: EditorSession) -> None:
    session.set_stage(MONITORING)
    project = session.doc.projects[0]
    session.set_project_stage_field(project, "monitoring.forecast", None)
    assert session.stack.undoText() == f"修改“{field_spec('monitoring.forecast').label}”"
    session.set_project_field(project, "purpose", "用途")
    assert session.stack.undoText() == "修改“项目资金主要用途”"


def test_the_department_form_and_its_undo_texts_speak_the_registry_s_labels(
    qtbot, session: EditorSession, language: str,
) -> None:
    from jxeditor.document.department import Department, Task
    from jxeditor.document.fields import DEPARTMENT, TASK, department_fields
    from ui.panes.department_form import DepartmentForm

    session.doc.set_department(Department(tasks=[Task("任务")]))
    form = DepartmentForm(session)
    qtbot.addWidget(form)
    english = language == "en"
    goal, budget = department_fields(DEPARTMENT)["overall_goal"], department_fields(TASK)["budget.total"]
    assert (goal.english if english else goal.label) in _captions(form)
    header = form.tasks.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert header == (budget.short_english if english else budget.short)
    block = session.doc.department
    assert block is not None
    form.tasks.setData(form.tasks.index(0, 2), "30")
    shown = budget.english if english else budget.label
    assert f"“{shown}”" in session.stack.undoText()  # 修改“…” (the verb is the translator's)
