"""The window fits an office screen in the 自评 and 运行监控 stages too (issue 16.6): the
tree gets the room its stage's columns need (from the form down to its minimum, then
from the project list), every column is visible without horizontal scrolling, the form
and its funds block are not cut, and at 1280×720 the status bar still shows 总分.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from box_glyphs import REAL_FONTS
from PySide6.QtWidgets import QAbstractScrollArea

from jxeditor.document.derive import derive_stage
from jxeditor.document.stages import EVALUATION, MONITORING
from jxeditor.formats import json_format
from jxeditor.resources import resource_path
from ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

SAMPLE = resource_path("sample-dalian-2026.json")


def open_in_stage(window: MainWindow, qtbot, tmp_path: Path, stage: str, size: tuple[int, int]):
    path = tmp_path / f"{stage}.json"
    json_format.save(derive_stage(json_format.load(SAMPLE), stage), path)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    assert window.files.open_file(path)
    qtbot.wait(50)  # the splitter gives the tree its room once the form shows its block


def columns_fit(window: MainWindow) -> int:
    """Every shown column inside the tree's viewport; returns the 指标 column's width."""
    tree = window.indicators.tree
    header = tree.header()
    right = max(header.sectionViewportPosition(c) + header.sectionSize(c)
                for c in range(header.count()) if not tree.isColumnHidden(c))
    assert right <= tree.viewport().width()
    assert not tree.horizontalScrollBar().isVisible()
    return header.sectionSize(0)


@REAL_FONTS
@pytest.mark.parametrize("stage", [EVALUATION, MONITORING])
def test_the_stage_columns_fit_at_1366(window: MainWindow, qtbot, tmp_path: Path, stage: str) -> None:
    open_in_stage(window, qtbot, tmp_path, stage, (1366, 728))
    assert columns_fit(window) >= 150  # names stay readable
    form = window.form_pane
    viewport = form.scroll_area.viewport().width()
    assert form.stage_block.minimumSizeHint().width() <= viewport
    assert form.form.minimumSizeHint().width() <= viewport
    for view in window.findChildren(QAbstractScrollArea):
        if view.isVisible():
            assert not view.horizontalScrollBar().isVisible(), view.objectName()


@REAL_FONTS
def test_the_self_evaluation_fits_1280x720(window: MainWindow, qtbot, tmp_path: Path) -> None:
    open_in_stage(window, qtbot, tmp_path, EVALUATION, (1280, 680))
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 680
    columns_fit(window)
    form = window.form_pane
    assert form.stage_block.minimumSizeHint().width() <= form.scroll_area.viewport().width()
    status = window.statusBar()
    assert status.isVisible() and status.geometry().bottom() <= window.height()
    assert window.counts.score_label.isVisible()
    assert "未完成" in window.counts.score_label.text()  # no actual values yet: no grade


@REAL_FONTS
def test_showing_last_years_columns_makes_room_too(window: MainWindow, qtbot, tmp_path: Path) -> None:
    open_in_stage(window, qtbot, tmp_path, EVALUATION, (1366, 728))
    before = window.top_splitter.sizes()[1]
    window.indicators.column_actions[4].trigger()  # 上年指标值
    qtbot.wait(50)
    assert window.top_splitter.sizes()[1] >= before
    columns_fit(window)


def test_a_width_set_by_hand_stays_when_switching_project(window: MainWindow, qtbot, tmp_path: Path) -> None:
    open_in_stage(window, qtbot, tmp_path, EVALUATION, (1366, 728))
    header = window.indicators.tree.header()
    column = window.indicators.model.column_of("evaluation.deviation")
    header.resizeSection(column, 160)
    window.session.set_current_index(2)
    assert header.sectionSize(column) == 160
    window.form_pane.stages.actions[MONITORING].trigger()  # other columns: sized anew
    assert header.sectionSize(window.indicators.model.column_of("monitoring.causes")) < 160


def names_cut_only_without_room(window: MainWindow) -> None:
    """Nothing cut that fits: the 指标 column is narrower than the names only when the
    form is at its minimum and the project list gave what its own names spare."""
    tree = window.indicators.tree
    if tree.header().sectionSize(0) >= tree.sizeHintForColumn(0):
        return
    projects, _tree, form = window.top_splitter.sizes()
    assert form <= window.form_pane.minimumSizeHint().width()
    assert projects <= max(180, window.projects.wanted_width())


@REAL_FONTS
@pytest.mark.parametrize("size", [(1366, 728), (1280, 680)])
@pytest.mark.parametrize("stage", [EVALUATION, MONITORING])
def test_the_stage_columns_show_their_content(
    window: MainWindow, qtbot, tmp_path: Path, stage: str, size: tuple[int, int]
) -> None:
    open_in_stage(window, qtbot, tmp_path, stage, size)
    tree, header = window.indicators.tree, window.indicators.tree.header()
    for project in range(len(window.session.doc.projects)):
        window.session.set_current_index(project)
        for column in range(1, header.count()):
            if not tree.isColumnHidden(column):
                assert header.sectionSize(column) >= tree.sizeHintForColumn(column), column
        names_cut_only_without_room(window)
    columns_fit(window)


@REAL_FONTS
def test_the_names_of_the_opened_document_show_whole_at_1280(window: MainWindow, qtbot) -> None:
    """The tree asks for the width of the document's longest name when a file is opened
    (the sample's longest is in its second project), taking it from the project list's
    room beyond its names first, the form keeping its own."""
    window.resize(1280, 680)
    window.show()
    qtbot.waitExposed(window)
    window.top_splitter.setSizes([250, 450, 570])  # as the first start lays it out
    assert window.files.open_file(SAMPLE)
    qtbot.wait(50)
    projects, _tree, form = window.top_splitter.sizes()
    assert form >= 565 and 180 <= projects < 245  # the project list gave, not the form
    tree = window.indicators.tree
    for project in range(len(window.session.doc.projects)):
        window.session.set_current_index(project)
        assert tree.header().sectionSize(0) >= tree.sizeHintForColumn(0), project
    columns_fit(window)


@REAL_FONTS
def test_a_column_widens_to_what_is_typed(window: MainWindow, qtbot, tmp_path: Path) -> None:
    open_in_stage(window, qtbot, tmp_path, EVALUATION, (1366, 728))
    tree, model = window.indicators.tree, window.indicators.model
    column = model.column_of("evaluation.deviation")
    narrow = tree.header().sectionSize(column)
    window.session.set_indicator_stage_field((0, 0, 0), "evaluation.deviation", "延至次年一季度")
    qtbot.waitUntil(lambda: tree.header().sectionSize(column) > narrow, timeout=1000)
    assert tree.header().sectionSize(column) >= tree.sizeHintForColumn(column)
    # free text stops at about 8 characters (the names come first; the tool tip has it all)
    window.session.set_indicator_stage_field((0, 0, 0), "evaluation.deviation", "很长" * 40)
    qtbot.wait(10)
    assert tree.header().sectionSize(column) < tree.sizeHintForColumn(column)
    # a column the person narrowed stays so
    tree.header().resizeSection(column, 60)
    window.session.set_indicator_stage_field((0, 0, 1), "evaluation.deviation", "延至次年一季度")
    qtbot.wait(10)
    assert tree.header().sectionSize(column) == 60
