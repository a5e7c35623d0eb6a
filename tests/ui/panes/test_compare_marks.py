"""The marks of a comparison in place: the shown project's changed fields are marked in
the form (the old text in their label's tooltip), its changed indicators in the tree (old
text in the row's tooltip); the marks follow the shown project and the
edits, and go when the comparison ends."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from session_fixtures import document_files

from jxeditor.document.document import Document
from jxeditor.formats import json_format
from jxeditor.yearly.compare import FIELD_CHANGED, Difference
from ui.models.tree_model import IndicatorTreeModel
from ui.panes.compare_marks import CHANGED_PROPERTY, CompareMarks, describe
from ui.panes.project_form import ProjectForm
from ui.session.files import DocumentFiles
from ui.session.yearly_files import Comparison


@pytest.fixture
def files(sample_doc: Document, tmp_path: Path) -> Iterator[DocumentFiles]:
    with document_files(sample_doc, tmp_path / "当前.json") as files:
        yield files


@pytest.fixture
def marked(files: DocumentFiles, tmp_path: Path, qtbot: Any, qtmodeltester: Any) -> Iterator[
        tuple[CompareMarks, Comparison, ProjectForm, IndicatorTreeModel]]:
    other = json_format.load(files.path)  # type: ignore[arg-type]
    other.projects[0].department = ""
    other.projects[0].indicators[0].children[0].children[0].value = "≥1个"
    old = tmp_path / "旧版.json"
    json_format.save(other, old)
    session = files.session
    form = ProjectForm(session)
    qtbot.addWidget(form)
    tree = IndicatorTreeModel(session)
    qtmodeltester.check(tree)
    comparison = Comparison(files)
    marks = CompareMarks(comparison, form, tree, session)
    session.set_current(session.doc.projects[0])
    assert comparison.load(old)
    yield marks, comparison, form, tree
    # the form goes with the test: no refresh a moment later may reach it
    comparison.changed.disconnect()
    session.currentProjectChanged.disconnect()
    comparison.stop()


def label_of(form: ProjectForm, path: str) -> QLabel:
    widget = form.widgets[path]
    return next(lab for lab in form.findChildren(QLabel) if lab.buddy() is widget)


def marked_paths(form: ProjectForm) -> list[str]:
    return [p for p, w in form.widgets.items() if w.property(CHANGED_PROPERTY)]


def test_the_shown_projects_changes_are_marked(marked: Any) -> None:
    marks, _comparison, form, tree = marked
    assert marked_paths(form) == ["department"] and list(marks.marked_fields) == ["department"]
    assert label_of(form, "department").toolTip() == "修改（比较的版本中为：（空））"
    index = tree.index_of_path((0, 0, 0), 1)
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "修改指标值（比较的版本中为：≥1个）" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert tree.index_of_path((0, 1, 0), 1).data(Qt.ItemDataRole.BackgroundRole) is None


def test_marks_follow_the_shown_project(marked: Any) -> None:
    _marks, _comparison, form, tree = marked
    session = form.session
    session.set_current(session.doc.projects[1])
    assert marked_paths(form) == [] and label_of(form, "department").toolTip() == ""
    assert tree.index_of_path((0, 0, 0), 1).data(Qt.ItemDataRole.BackgroundRole) is None
    session.set_current(session.doc.projects[0])
    assert marked_paths(form) == ["department"]


def test_marks_follow_the_edits(marked: Any) -> None:
    _marks, comparison, form, _tree = marked
    session = form.session
    session.set_project_field(session.doc.projects[0], "department", "")
    comparison.refresh()
    assert marked_paths(form) == []


def test_marks_go_when_the_comparison_ends(marked: Any) -> None:
    _marks, comparison, form, tree = marked
    comparison.stop()
    assert marked_paths(form) == []
    assert tree.index_of_path((0, 0, 0), 1).data(Qt.ItemDataRole.BackgroundRole) is None


def test_describe() -> None:
    assert describe(Difference("p", FIELD_CHANGED, "name", "旧名", "新名")) == "修改（比较的版本中为：旧名）"
    assert describe(Difference("p", FIELD_CHANGED, "name", None, "新名")).endswith("（空））")
