"""The list of changes from another version: one row per change with project, kind,
place, before and after, a summary naming the other file; a double-clicked row goes to
its place in the editor (a removed indicator to its group), one no longer there says
so; closing the list ends the comparison."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from session_fixtures import document_files

from jxeditor.document.document import Document
from jxeditor.formats import json_format
from jxeditor.yearly.compare import INDICATOR_REMOVED, Difference
from ui.dialogs.compare_dialog import CompareDialog
from ui.session.files import DocumentFiles
from ui.session.yearly_files import Comparison


@pytest.fixture
def files(sample_doc: Document, tmp_path: Path) -> Iterator[DocumentFiles]:
    with document_files(sample_doc, tmp_path / "当前.json") as files:
        yield files


@pytest.fixture
def comparison(files: DocumentFiles, tmp_path: Path) -> Comparison:
    other = json_format.load(files.path)  # type: ignore[arg-type]
    other.projects[1].goals.annual = "旧的年度目标"
    other.projects[2].indicators[0].children[0].children[0].value = "≥1个"
    old = tmp_path / "旧版.json"
    json_format.save(other, old)
    comparison = Comparison(files)
    assert comparison.load(old)
    return comparison


@pytest.fixture
def dialog(qtbot: Any, comparison: Comparison) -> Iterator[CompareDialog]:
    widget = CompareDialog(comparison)
    qtbot.addWidget(widget)
    yield widget
    comparison.changed.disconnect()  # the dialog goes with the test: no refresh may reach it
    comparison.stop()


def rows(dialog: CompareDialog) -> list[list[str]]:
    return [[dialog.list.topLevelItem(r).text(c) for c in range(5)]
            for r in range(dialog.list.topLevelItemCount())]


def test_one_row_per_change(dialog: CompareDialog) -> None:
    assert dialog.windowTitle() == "与“旧版.json”比较"
    assert dialog.summary.text() == "与“旧版.json”相比，当前文档有 2 处修改。双击一行可转到该处。"
    table = rows(dialog)
    assert [r[0] for r in table] == ["示例项目1", "示例项目2"]
    assert table[0][3:] == ["旧的年度目标", "完成档案室改造并投入使用。"]
    assert table[1][1] == "修改指标值" and table[1][3:] == ["≥1个", "≥120平方米"]
    assert dialog.export_button.isEnabled()


def test_the_list_follows_the_comparison(dialog: CompareDialog, comparison: Comparison) -> None:
    comparison.files.session.set_project_field(
        comparison.files.session.doc.projects[1], "goals.annual", "旧的年度目标")
    comparison.refresh()
    assert [r[0] for r in rows(dialog)] == ["示例项目2"]


def test_a_row_goes_to_its_place(dialog: CompareDialog, qtbot: Any) -> None:
    session = dialog.comparison.files.session
    with qtbot.wait_signal(session.goToRequested) as went:
        assert dialog.show_change(dialog.list.topLevelItem(1))
    assert session.current is session.doc.projects[2]
    assert went.args == [None, (0, 0, 0)]


def test_a_removed_indicator_goes_to_its_group(dialog: CompareDialog, qtbot: Any) -> None:
    item = dialog.list.topLevelItem(0)
    removed = Difference("示例项目0", INDICATOR_REMOVED, "a / b / c", "x", None, old_index=0,
                     new_index=0, node=(1, 2, 3))
    item.setData(0, 256, removed)  # Qt.ItemDataRole.UserRole
    session = dialog.comparison.files.session
    with qtbot.wait_signal(session.goToRequested) as went:
        assert dialog.show_change(item)
    assert went.args == [None, (1, 2)]


def test_a_change_no_longer_there_says_so(dialog: CompareDialog, qtbot: Any) -> None:
    item = dialog.list.topLevelItem(0)
    item.setData(0, 256, Difference("旧项目", "project_removed", "", "旧项目", None, old_index=3))
    session = dialog.comparison.files.session
    with qtbot.wait_signal(session.message) as said:
        assert not dialog.show_change(item)
    assert said.args == ["该项目已不在当前文档中"]
    item.setData(0, 256, Difference("x", "field", "name", "a", "b", new_index=99))
    assert not dialog.show_change(item)


def test_closing_ends_the_comparison(dialog: CompareDialog, comparison: Comparison) -> None:
    dialog.close()
    assert not comparison.active and rows(dialog) == []
    assert not dialog.export_button.isEnabled()
