"""The 文档设置 dialog: it opens on the document's settings and gives back what was
chosen (year, 填报单位 trimmed, framework, stage, rule set), the document untouched."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from builders import clean_document
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from jxeditor.document.document import Document
from jxeditor.document.model import FRAMEWORKS
from jxeditor.document.stages import EVALUATION, SCORING_RULES, STAGES
from ui.dialogs.settings_dialog import SettingsDialog


@pytest.fixture
def doc() -> Document:
    doc = clean_document("2015")
    doc.year, doc.reporting_unit, doc.stage, doc.scoring = 2027, "示例局", EVALUATION, "linear-cap"
    return doc


@pytest.fixture
def dialog(qtbot: Any, doc: Document) -> SettingsDialog:
    widget = SettingsDialog(doc)
    qtbot.addWidget(widget)
    return widget


def test_it_opens_on_the_documents_settings(dialog: SettingsDialog) -> None:
    assert dialog.windowTitle() == "文档设置"
    assert dialog.values() == {"year": 2027, "reporting_unit": "示例局", "framework": "2015",
                               "stage": EVALUATION, "scoring": "linear-cap"}
    assert [dialog.framework.itemData(i) for i in range(dialog.framework.count())] == list(FRAMEWORKS)
    assert [dialog.stage.itemData(i) for i in range(dialog.stage.count())] == list(STAGES)
    assert [dialog.scoring.itemData(i) for i in range(dialog.scoring.count())] == list(SCORING_RULES)
    assert dialog.year.suffix() == " 年度" and dialog.year.minimum() == 1990


def test_the_choices_come_back_and_the_document_is_untouched(
    dialog: SettingsDialog, doc: Document, qtbot: Any
) -> None:
    before = copy.deepcopy(doc)
    dialog.year.setValue(2028)
    dialog.reporting_unit.clear()
    dialog.reporting_unit.setFocus()
    event = QInputMethodEvent()
    event.setCommitString("  新单位 ")
    QApplication.sendEvent(dialog.reporting_unit, event)
    dialog.framework.setCurrentIndex(dialog.framework.findData("2021"))
    dialog.stage.setCurrentIndex(dialog.stage.findData("targets"))
    dialog.scoring.setCurrentIndex(dialog.scoring.findData("2020-10"))
    assert dialog.values() == {"year": 2028, "reporting_unit": "新单位", "framework": "2021",
                               "stage": "targets", "scoring": "2020-10"}
    assert doc == before


def test_an_unknown_setting_falls_back_to_the_first_choice(qtbot: Any) -> None:
    odd = Document(framework="1999", scoring="unknown")
    widget = SettingsDialog(odd)
    qtbot.addWidget(widget)
    assert widget.values()["framework"] == FRAMEWORKS[0]
    assert widget.values()["scoring"] == SCORING_RULES[0]
