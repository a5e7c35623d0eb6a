"""The indicator libraries in the indicator pane (:class:`ui.panes.library_actions.
LibraryActions`): a third-level name's editor suggests from both libraries as one types,
for the project's name and purpose; ↓ and Enter on a suggestion fill name, value and an
empty 指标解释 in one undo step; chosen library entries go under a 二级 (the selected one,
else the one of their own 二级), replacing the skeleton's empty indicator, in one undo
step; a new project is copied from the most similar learned one.

The pane is built alone on a session and never shown; ``qtmodeltester`` watches the tree
model and the completer's model."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from keyboard_focus import type_chinese
from PySide6.QtCore import Qt

from jxeditor.document.document import Document
from jxeditor.document.model import Indicator, Level1, Level2, Project
from jxeditor.library.entries import SHIPPED, USER, Entry
from jxeditor.library.similarity import purpose_text
from jxeditor.library.store import LIBRARY_FILE
from jxeditor.library.suggest import Suggestion
from ui.panes.indicator_completer import NameEditor
from ui.panes.indicator_pane import IndicatorPane
from ui.panes.library_actions import LibraryActions
from ui.session.editor_session import EditorSession
from ui.session.learning import LearningLibrary


def old_document() -> Document:
    project = Project(name="2025年档案室改造项目", department="示例局", indicators=[
        Level1("产出指标", [Level2("数量指标", [
            Indicator("档案室改造面积", "≥120平方米", "改造的档案用房面积")])]),
        Level1("满意度指标", [Level2("服务对象满意度指标", [
            Indicator("档案查阅人员满意度", "≥92%")])]),
    ])
    return Document(year=2025, projects=[project])


@pytest.fixture
def library(tmp_path: Path) -> Iterator[LearningLibrary]:
    found = LearningLibrary(tmp_path / LIBRARY_FILE)
    found.learn(old_document(), "old.json")
    found.wait()
    yield found
    found.wait()


@pytest.fixture
def actions(pane_of, library: LearningLibrary, session: EditorSession) -> LibraryActions:
    pane: IndicatorPane = pane_of(IndicatorPane)
    session.set_project_field(session.current, "name", "2026年档案室改造")
    session.stack.clear()
    return LibraryActions(pane, library)


def open_name_editor(actions: LibraryActions, path: tuple[int, ...],
                     qtmodeltester: Any) -> NameEditor:
    pane = actions.pane
    index = pane.model.index_of_path(path, 0)
    pane.tree.setCurrentIndex(index)
    pane.tree.edit(index)
    editor = pane.delegate.open_editor
    assert isinstance(editor, NameEditor)
    qtmodeltester.check(editor.suggestions)
    return editor


def node(session: EditorSession, path: tuple[int, ...]) -> Any:
    return session.doc.node(session.doc.projects[0], path)


def test_levels_of_a_path(actions: LibraryActions) -> None:
    assert actions.levels_of((0, 0, 0)) == ("产出指标", "数量指标")
    assert actions.levels_of((0,)) == ("产出指标", "")
    assert actions.levels_of(()) == ("", "")


def test_typing_suggests_and_enter_fills_name_value_and_explanation_in_one_step(
    actions: LibraryActions, session: EditorSession, qtbot: Any, qtmodeltester: Any,
) -> None:
    editor = open_name_editor(actions, (0, 0, 0), qtmodeltester)  # 改造面积 ≥120平方米
    steps = session.stack.count()
    editor.selectAll()
    type_chinese(editor, "档案")
    assert node(session, (0, 0, 0)).name == "档案"  # written as typed
    popup = editor.completer_.popup()
    assert popup is not None and popup.isVisible()
    first = editor.suggestions.items[0]
    assert (first.name, first.value, first.source) == ("档案室改造面积", "≥120平方米", USER)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    filled = node(session, (0, 0, 0))
    assert (filled.name, filled.value, filled.description) == (
        "档案室改造面积", "≥120平方米", "改造的档案用房面积")
    assert session.stack.count() == steps + 1
    assert session.stack.undoText() == "从指标库填入“档案室改造面积”"
    assert actions.pane.delegate.open_editor is None
    session.undo()
    back = node(session, (0, 0, 0))
    assert (back.name, back.value, back.description) == ("改造面积", "≥120平方米", "")


def test_a_written_explanation_is_kept(
    actions: LibraryActions, session: EditorSession, qtmodeltester: Any,
) -> None:
    session.set_node_field((0, 0, 0), "description", "我自己写的解释")
    editor = open_name_editor(actions, (0, 0, 0), qtmodeltester)
    actions.apply_suggestion(editor, (0, 0, 0), Suggestion(
        "档案室改造面积", "≥150平方米", "平方米", "库里的解释", USER))
    filled = node(session, (0, 0, 0))
    assert (filled.name, filled.value, filled.description) == (
        "档案室改造面积", "≥150平方米", "我自己写的解释")


def test_the_editor_asks_for_the_projects_name_purpose_and_levels(
    actions: LibraryActions, session: EditorSession, qtbot: Any, qtmodeltester: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[tuple[Any, ...]] = []
    real = actions.library.suggest

    def suggest(*args: Any, **kwargs: Any) -> list[Suggestion]:
        asked.append((*args, kwargs.get("purpose")))
        return real(*args, **kwargs)

    monkeypatch.setattr(actions.library, "suggest", suggest)
    current = session.current
    assert current is not None
    session.set_project_field(current, "purpose", "档案用房改造")
    l1 = next(i for i, n in enumerate(current.indicators) if n.name == "满意度指标")
    editor = open_name_editor(actions, (l1, 0, 0), qtmodeltester)
    editor.clear()
    qtbot.keyClick(editor, Qt.Key.Key_Down)  # no popup yet: ↓ asks
    assert asked == [("满意度指标", "服务对象满意度指标", "2026年档案室改造", "",
                      purpose_text(current))]
    assert "档案用房改造" in purpose_text(current) and "完成档案室改造" in purpose_text(current)
    items = editor.suggestions.items
    assert items[0].name == "档案查阅人员满意度" and all(s.value.endswith("%") for s in items)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)


def names(session: EditorSession, parent: tuple[int, ...]) -> list[str]:
    return [n.name for n in session.doc.children_of(session.doc.projects[0], parent)]


TRAINING = [Entry("产出指标", "数量指标", "培训人次", "≥500人次", source=SHIPPED),
            Entry("产出指标", "数量指标", "培训班次", "≥6期", source=SHIPPED)]


def test_insert_under_the_selected_level2_is_one_step(
    actions: LibraryActions, session: EditorSession,
) -> None:
    pane = actions.pane
    pane.tree.setCurrentIndex(pane.model.index_of_path((0, 0, 0), 0))  # inside 数量指标
    assert actions.target_level2() == (0, 0)
    steps = session.stack.count()
    assert actions.insert(TRAINING) == 2
    assert names(session, (0, 0)) == ["改造面积", "培训人次", "培训班次"]
    assert node(session, (0, 0, 2)).value == "≥6期"
    assert session.stack.count() == steps + 1
    assert pane.tree.isExpanded(pane.model.index_of_path((0, 0), 0))
    session.undo()
    assert names(session, (0, 0)) == ["改造面积"]


def test_insert_replaces_the_empty_placeholder(
    actions: LibraryActions, session: EditorSession,
) -> None:
    session.set_node_field((0, 0, 0), "name", "")
    session.set_node_field((0, 0, 0), "value", "")
    assert actions.insert(TRAINING[:1], (0, 0)) == 1
    assert names(session, (0, 0)) == ["培训人次"]


def test_without_a_selection_each_goes_under_its_own_level2(
    actions: LibraryActions, session: EditorSession,
) -> None:
    actions.pane.tree.setCurrentIndex(actions.pane.model.index_of_path((0,), 0))  # a 一级
    assert actions.target_level2() is None
    satisfaction = Entry("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%")
    current = session.current
    assert current is not None
    l1 = next(i for i, n in enumerate(current.indicators) if n.name == "满意度指标")
    steps = session.stack.count()
    assert actions.insert([TRAINING[0], satisfaction]) == 2
    assert names(session, (0, 0)) == ["改造面积", "培训人次"]
    assert names(session, (l1, 0)) == ["使用人员满意度", "参训人员满意度"]
    assert session.stack.count() == steps + 1


def test_nowhere_to_insert_says_so(
    actions: LibraryActions, session: EditorSession, qtbot: Any,
) -> None:
    actions.pane.tree.setCurrentIndex(actions.pane.model.index_of_path((0,), 0))
    steps = session.stack.count()
    unknown = Entry("产出指标", "没有这个二级", "某指标", "≥1个")
    with qtbot.wait_signal(session.message) as said:
        assert actions.insert([unknown]) == 0
    assert said.args == ["请先在指标树中选择要插入到的二级指标"]
    assert session.stack.count() == steps
    assert actions.insert([]) == 0


def test_a_new_project_from_the_most_similar_learned_one(
    actions: LibraryActions, session: EditorSession,
) -> None:
    count = len(session.doc.projects)
    project = actions.new_from_similar("2027年档案室改造二期")
    assert project is not None and session.current is project
    assert session.doc.projects[1] is project  # after the current one
    assert len(session.doc.projects) == count + 1
    copied = {(ind.name, ind.value) for l1 in project.indicators for l2 in l1.children
              for ind in l2.children}
    assert ("档案室改造面积", "≥120平方米") in copied
    assert session.stack.undoText() == "从相似项目“2025年档案室改造项目”新建"
    session.undo()
    assert len(session.doc.projects) == count
    assert actions.new_from_similar("绿化养护") is None
    assert len(session.doc.projects) == count


def test_a_suggestion_fills_the_departments_indicator(
    actions: LibraryActions, session: EditorSession, qtbot: Any, qtmodeltester: Any,
) -> None:
    """In the department's tree (部门整体 chosen) a suggestion fills its indicator, under
    its own levels, as one undo step, as in a project's."""
    from jxeditor.document.department import Department

    block = Department(name="示例局", indicators=[
        Level1("产出指标", [Level2("数量指标", [Indicator("面积", "")])])])
    session.doc.set_department(block)
    assert session.department.show()
    assert actions.levels_of((0, 0, 0)) == ("产出指标", "数量指标")
    editor = open_name_editor(actions, (0, 0, 0), qtmodeltester)
    editor.selectAll()
    type_chinese(editor, "档案")
    popup = editor.completer_.popup()
    assert popup is not None and popup.isVisible()
    first = editor.suggestions.items[0]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    leaf = block.indicators[0].children[0].children[0]
    assert (leaf.name, leaf.value) == (first.name, first.value) and first.value
    assert session.stack.undoText() == f"从指标库填入“{first.name}”"
    session.undo()
    assert leaf.name == "面积" and leaf.value == ""
    entry = Entry("满意度指标", "服务对象满意度指标", "档案查阅人员满意度", "≥92%", source=USER)
    assert actions.insert([entry], (0, 0)) == 1
    assert [i.name for i in block.indicators[0].children[0].children] == ["面积", "档案查阅人员满意度"]
