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
