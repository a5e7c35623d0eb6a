"""Undo cannot corrupt: random edit sequences through the window's undo stack.

Hypothesis draws a starting document and then, step by step against the current state,
edits made the way the editor makes them: the undo commands of :mod:`ui.commands`
(project fields with typing merges, document settings, project insert/remove/move,
indicator insert/remove/move/set) and the window's own actions (duplicate, delete and
move project, insert the standard skeleton, apply a problem's fix, a value typed in the
tree, confirm a warning as intended or withdraw that). Undoing everything must give back the starting document exactly; redoing
everything must give back the edited one. One window is reused for all examples.
"""

from __future__ import annotations

import copy
import json
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from jxeditor.document.document import Document
from jxeditor.document.model import (
    DOCUMENT_FIELDS,
    NODE_FIELDS,
    PROJECT_FIELDS,
    Indicator,
    Level1,
    Level2,
    new_project,
)
from jxeditor.formats import json_format
from ui.main_window import MainWindow
from ui.session.commands import (
    InsertNodeCommand,
    InsertProjectsCommand,
    MoveNodeCommand,
    MoveProjectCommand,
    RemoveNodeCommand,
    RemoveProjectCommand,
    SetDocumentFieldCommand,
    SetNodeFieldCommand,
    SetProjectFieldCommand,
)

text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
amount = st.one_of(
    st.none(),
    st.decimals(min_value=-10**9, max_value=10**9, places=2, allow_nan=False),
    text,
)
day = st.one_of(st.none(), st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)), text)

OPERATIONS = (
    "project_field", "typing", "document_field", "insert_project", "remove_project",
    "move_project", "insert_node", "remove_node", "move_node", "node_field",
    "duplicate", "delete", "move_action", "skeleton", "fix", "tree_value", "acknowledge",
)


def field_value(data: st.DataObject, path: str) -> Any:
    if path.startswith(("funding.", "spending_plan.")):
        return data.draw(amount)
    if path.startswith("period."):
        return data.draw(day)
    return data.draw(text)


def node_paths(doc: Document, project: int) -> list[tuple[int, ...]]:
    paths: list[tuple[int, ...]] = []
    for i, l1 in enumerate(doc.projects[project].indicators):
        paths.append((i,))
        for j, l2 in enumerate(l1.children):
            paths.append((i, j))
            paths.extend((i, j, k) for k in range(len(l2.children)))
    return paths


def apply_one(win: MainWindow, data: st.DataObject, op: str, session: int) -> None:
    """One edit of kind ``op`` (nothing when it does not apply to the document now)."""
    doc = win.session.doc
    count = len(doc.projects)
    project = data.draw(st.integers(0, count - 1)) if count else None
    if op == "document_field":
        name = data.draw(st.sampled_from(DOCUMENT_FIELDS))
        value: Any = {
            "year": data.draw(st.integers(1990, 2100)),
            "framework": data.draw(st.sampled_from(["2015", "2021"])),
        }.get(name, data.draw(text.filter(bool)))
        win.session.stack.push(SetDocumentFieldCommand(doc, name, value))
    elif op == "insert_project":
        index = data.draw(st.integers(0, count))
        win.session.stack.push(InsertProjectsCommand(doc, index, [new_project(doc.framework, data.draw(text))]))
    elif project is None:
        return
    elif op in ("project_field", "typing"):
        path = data.draw(st.sampled_from(PROJECT_FIELDS))
        typing = op == "typing"
        for _ in range(data.draw(st.integers(1, 4)) if typing else 1):
            win.session.stack.push(SetProjectFieldCommand(
                doc, doc.projects[project], path, field_value(data, path),
                typing=session if typing else None,
            ))
    elif op == "remove_project":
        win.session.stack.push(RemoveProjectCommand(doc, doc.projects[project]))
    elif op == "move_project":
        win.session.stack.push(MoveProjectCommand(doc, doc.projects[project], data.draw(st.integers(0, count - 1))))
    elif op in ("duplicate", "delete", "move_action", "skeleton"):
        win.session.set_current_index(project)
        if op == "duplicate":
            win.session.duplicate_project()
        elif op == "delete":
            win.session.delete_project()
        elif op == "move_action":
            win.session.move_project(data.draw(st.sampled_from([-1, 1])))
        else:
            win.indicators.insert_skeleton()
    elif op == "fix":
        win.session.live.validate_all()
        fixable = [
            p for _owner, plist in win.session.live.by_project() for p in plist
            if p.fix is not None
        ]
        if fixable:
            win.session.apply_fix(data.draw(st.sampled_from(fixable)))
    elif op == "acknowledge":  # 确认无误 with a reason, or 取消确认
        win.session.live.validate_all()
        warnings = [
            (owner, p) for owner, plist in win.session.live.by_project() for p in plist
            if p.severity in ("warning", "info")
        ]
        if warnings:
            owner, problem = data.draw(st.sampled_from(warnings))
            reason = None if problem.acknowledged is not None else data.draw(text) or "理由"
            win.session.acknowledge(owner, problem, reason)
    else:
        node_op(win, data, op, project)


def node_op(win: MainWindow, data: st.DataObject, op: str, project: int) -> None:
    doc = win.session.doc
    paths = node_paths(doc, project)
    if op == "insert_node":
        parents = [(), *(p for p in paths if len(p) < 3)]
        parent = data.draw(st.sampled_from(parents))
        row = data.draw(st.integers(0, len(doc.children_of(doc.projects[project], parent))))
        node = (Level1, Level2, Indicator)[len(parent)](name=data.draw(text))
        win.session.stack.push(InsertNodeCommand(doc, doc.projects[project], parent, row, node))
        return
    if not paths:
        return
    path = data.draw(st.sampled_from(paths))
    if op == "remove_node":
        win.session.stack.push(RemoveNodeCommand(doc, doc.projects[project], path[:-1], path[-1]))
    elif op == "move_node":
        siblings = len(doc.children_of(doc.projects[project], path[:-1]))
        dest = data.draw(st.integers(0, siblings - 1))
        win.session.stack.push(MoveNodeCommand(doc, doc.projects[project], path[:-1], path[-1], dest))
    elif op == "node_field":
        node = doc.node(doc.projects[project], path)
        name = data.draw(st.sampled_from(NODE_FIELDS if isinstance(node, Indicator) else ("name",)))
        win.session.stack.push(SetNodeFieldCommand(doc, doc.projects[project], path, name, data.draw(text)))
    elif op == "tree_value":
        indicators = [p for p in paths if len(p) == 3]
        if indicators:
            win.session.set_current_index(project)
            target = data.draw(st.sampled_from(indicators))
            model = win.indicators.model
            model.setData(model.index_of_path(target, 1), data.draw(text))


def start_documents(sample: Document) -> st.SearchStrategy[Document]:
    from strategies import documents

    return st.one_of(st.just(sample), documents)


def check_recovery_snapshot(win: MainWindow) -> None:
    """What an autosave would write now equals the document converted afresh."""
    assert json.loads(win.files.autosave.snapshots.document_text()) == json_format.document_to_dict(win.session.doc)


@pytest.mark.slow
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_undo_all_restores_and_redo_all_replays(
    window: MainWindow, sample_doc: Document, data: st.DataObject
) -> None:
    start = data.draw(start_documents(sample_doc), label="start")
    window.files._load(copy.deepcopy(start), None, "property.json")
    assert window.session.doc == start
    check_recovery_snapshot(window)
    ops = data.draw(st.lists(st.sampled_from(OPERATIONS), min_size=5, max_size=40), label="ops")
    for session, op in enumerate(ops):
        apply_one(window, data, op, session)
        check_recovery_snapshot(window)  # the autosave's cached snapshot never goes stale
    steps = window.session.stack.count()
    event(f"undo steps: {'0' if steps == 0 else '1-9' if steps < 10 else '10+'}")
    edited = copy.deepcopy(window.session.doc)
    edited_text = json_format.dumps(window.session.doc)

    while window.session.stack.canUndo():
        window.session.stack.undo()
    assert window.session.doc == start
    assert json_format.dumps(window.session.doc) == json_format.dumps(start)
    assert window.projects.model.rowCount() == len(start.projects)
    assert window.session.stack.isClean() and not window.isWindowModified()
    check_recovery_snapshot(window)

    while window.session.stack.canRedo():
        window.session.stack.redo()
    assert window.session.doc == edited
    assert json_format.dumps(window.session.doc) == edited_text
    assert window.projects.model.rowCount() == len(edited.projects)
    check_recovery_snapshot(window)
    window.session.stack.clear()


def test_decimal_places_survive_undo(window: MainWindow) -> None:
    """A concrete case: an amount's written form (1.50 vs 1.5) is restored as it was."""
    window.session.stack.push(SetProjectFieldCommand(window.session.doc, window.session.doc.projects[0], "funding.annual.total", Decimal("1.50")))
    window.session.stack.push(SetProjectFieldCommand(window.session.doc, window.session.doc.projects[0], "funding.annual.total", Decimal("1.5")))
    window.session.stack.undo()
    assert str(window.session.doc.projects[0].funding.annual.total) == "1.50"
