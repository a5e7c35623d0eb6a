"""The form pane: the settings strip says year, 填报单位, framework and money unit (cut
with … where narrow, the whole in its tooltip) and follows the document and undo;
文档设置… asks the dialog and applies the answer as one undo step; going to a field
focuses it; the pane is never narrower than its form."""

from __future__ import annotations

from typing import Any

import pytest

from jxeditor.document.stages import EVALUATION
from ui.panes.form_pane import ElidedLabel, FormPane
from ui.session.editor_session import EditorSession

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # a shown pane offscreen


@pytest.fixture
def pane(qtbot: Any, session: EditorSession) -> FormPane:
    widget = FormPane(session)
    qtbot.addWidget(widget)
    return widget


def test_the_settings_strip(pane: FormPane) -> None:
    text = pane.settings_label.text()
    assert text == "2026 年度　填报单位：示例局　指标框架：2021 版　单位：万元"
    assert pane.settings_label.toolTip() == text


def test_the_strip_follows_the_document_and_undo(pane: FormPane, session: EditorSession) -> None:
    session.set_document_fields({"reporting_unit": "", "year": 2027})
    assert pane.settings_label.text().startswith("2027 年度　填报单位：（未填）")
    session.stack.undo()
    assert pane.settings_label.text().startswith("2026 年度　填报单位：示例局")


def test_settings_through_the_dialog_are_one_step(pane: FormPane, session: EditorSession) -> None:
    fake = session.questions
    fake.answers["ask_settings"] = lambda doc: {"year": 2028, "reporting_unit": "新单位",  # type: ignore[attr-defined]
                                                "framework": doc.framework, "stage": EVALUATION,
                                                "scoring": doc.scoring}
    before = session.stack.count()
    assert pane.edit_settings()
    assert (session.doc.year, session.doc.reporting_unit, session.doc.stage) == (2028, "新单位", EVALUATION)
    assert session.stack.count() == before + 1
    assert pane.stage_choice.currentData() == EVALUATION
    session.stack.undo()
    assert (session.doc.year, session.doc.stage) == (2026, "targets")


def test_a_cancelled_dialog_changes_nothing(pane: FormPane, session: EditorSession) -> None:
    session.questions.answers["ask_settings"] = lambda _doc: None  # type: ignore[attr-defined]
    assert not pane.edit_settings()
    assert session.stack.count() == 0


def test_going_to_a_field_focuses_it(pane: FormPane, session: EditorSession, qtbot: Any) -> None:
    pane.show()
    pane.activateWindow()
    qtbot.waitExposed(pane)
    session.set_current(session.doc.projects[1])
    session.go_to(session.doc.projects[1], "goals.annual", None)
    widget = pane.form.widgets["goals.annual"]
    qtbot.waitUntil(widget.hasFocus, timeout=1000)


def test_never_narrower_than_its_form(pane: FormPane) -> None:
    assert pane.minimumSizeHint().width() >= pane.form.minimumSizeHint().width()
    assert pane.minimumSizeHint().width() >= pane.fontMetrics().horizontalAdvance("项") * 44


def test_the_elided_label(qtbot: Any) -> None:
    label = ElidedLabel()
    qtbot.addWidget(label)
    label.setText("很长的设置说明" * 10)
    assert label.toolTip() == label.text()
    assert label.minimumSizeHint().width() == label.fontMetrics().horizontalAdvance("…") * 8
    assert label.minimumSizeHint().width() < label.sizeHint().width()
