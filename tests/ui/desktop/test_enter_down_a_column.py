"""Typing down a column with Enter, as a person fills in the 实际完成值 of a 自评 (issue
29.4): ``96%`` Enter ``98%`` Enter ... goes from indicator to indicator, past the 二级 and
一级 rows between them, each value typed into the next cell's editor; after a pause and
Ctrl+S the written file has every value. The same down the 1–7月完成值 of the 运行监控 and
the 年度指标值 of the 目标 stage."""

from __future__ import annotations

import json
from typing import Any

import pytest
from desk import CTRL, Desk
from PySide6.QtCore import Qt

from jxeditor.document.stages import EVALUATION, MONITORING, TARGETS
from ui.main_window import MainWindow

# the first five indicators of the sample project: one per 二级 group, the fourth the
# first of the next 一级 (成本指标)
PATHS = ((0, 0, 0), (0, 1, 0), (0, 2, 0), (1, 0, 0), (1, 1, 0))
VALUES = ("96%", "98%", "100%", "12", "0")


def written(data: dict[str, Any], path: tuple[int, int, int], key: str) -> str:
    i, j, k = path
    node = data["projects"][0]["indicators"][i]["children"][j]["children"][k]
    block, _dot, name = key.rpartition(".")
    value = node[block][name] if block else node[name]
    assert isinstance(value, str)
    return value


@pytest.mark.parametrize(("stage", "key", "prefix"), [
    (EVALUATION, "evaluation.actual", ""),
    (MONITORING, "monitoring.current", ""),
    (TARGETS, "value", "="),
])
def test_enter_goes_down_the_column_past_the_group_rows(
    window: MainWindow, desk: Desk, stage: str, key: str, prefix: str
) -> None:
    desk.show(window)
    if stage != TARGETS:
        window.form_pane.stages.actions[stage].trigger()
    assert window.session.doc.stage == stage
    tree, model = window.indicators.tree, window.indicators.model
    column = model.column_of(key)
    assert column > 0
    desk.focus(tree)
    tree.setCurrentIndex(model.index_of_path(PATHS[0], column))
    tree.scrollTo(tree.currentIndex())
    for value in VALUES:
        desk.type(prefix + value)
        desk.key(Qt.Key.Key_Return)
        desk.pause(300)  # a moment's look at the score, as a person does
    desk.pause()  # long enough for live validation to re-read the rows
    current = tree.currentIndex()
    assert model.path_of(current) == (1, 2, 0) and current.column() == column
    desk.key(Qt.Key.Key_S, CTRL)
    path = window.files.path
    assert path is not None and not window.isWindowModified()
    data = json.loads(path.read_text(encoding="utf-8"))
    assert [written(data, p, key) for p in PATHS] == [prefix + v for v in VALUES]
    assert window.session.stack.count() == len(VALUES) + (stage != TARGETS)
