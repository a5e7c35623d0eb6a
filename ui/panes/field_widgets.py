"""The text of a form's field widget, read and shown the one way every form does it (the
project form, its stage block, the department's form and its 自评 block): a line, a
multi-line text or an editable drop-down."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

FieldWidget = QLineEdit | QPlainTextEdit | QComboBox


def widget_text(widget: FieldWidget) -> str:
    """What the widget says now."""
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return widget.text()


def put_widget_text(widget: FieldWidget, text: str, *, home: bool = False) -> None:
    """Shows ``text`` in the widget; ``home``: a line's cursor back to its start (a value
    shown again as the document writes it)."""
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text)
    elif isinstance(widget, QComboBox):
        widget.setEditText(text)
    else:
        widget.setText(text)
        if home:
            widget.setCursorPosition(0)
