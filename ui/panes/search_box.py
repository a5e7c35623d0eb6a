"""One search box for projects and indicators (Ctrl+F): type, press Enter to go to the
next match, Shift+Enter to the previous one.

A project matches by its name or code; an indicator by its name or its 年度指标值 (and
the names of the groups). Going to a match goes through the session (the project
becomes current, the tree selects the indicator), so every pane follows as usual.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from jxeditor.document.document import Document
from jxeditor.document.model import NodePath, Project
from ui.platform.qtcompat import emit
from ui.session.editor_session import EditorSession

Match = tuple[Project, NodePath | None]


def find_matches(doc: Document, text: str) -> list[Match]:
    """Every place where ``text`` occurs, in document order (case and width folded)."""
    needle = _fold(text)
    if not needle:
        return []
    found: list[Match] = []
    for project in doc.projects:
        if needle in _fold(project.name) or needle in _fold(project.code):
            found.append((project, None))
        for i, level1 in enumerate(project.indicators):
            if needle in _fold(level1.name):
                found.append((project, (i,)))
            for j, level2 in enumerate(level1.children):
                if needle in _fold(level2.name):
                    found.append((project, (i, j)))
                for k, indicator in enumerate(level2.children):
                    if needle in _fold(indicator.name) or needle in _fold(indicator.value):
                        found.append((project, (i, j, k)))
    return found


def _fold(text: str) -> str:
    """Full-width letters and digits as half-width, lower case, no spaces."""
    out = []
    for ch in text:
        code = ord(ch)
        if 0xFF01 <= code <= 0xFF5E:
            ch = chr(code - 0xFEE0)
        out.append(ch)
    return "".join(out).casefold().replace(" ", "")


class SearchBox(QLineEdit):
    """The search field; Enter goes to the next match."""

    def __init__(self, session: EditorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("searchBox")
        self.setPlaceholderText(self.tr("搜索（Ctrl+F）"))
        self.setToolTip(self.tr("搜索项目名称、编码和指标；Enter 下一处，Shift+Enter 上一处"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.placeholderText()) + 40)
        self._position = -1
        self.textChanged.connect(lambda _t: self._restart())

    def _restart(self) -> None:
        self._position = -1

    def go_to_next(self, step: int = 1) -> Match | None:
        """Goes to the next (``step`` 1) or previous (-1) match; None when there is none."""
        matches = find_matches(self.session.doc, self.text())
        if not matches:
            emit(self.session.message, self.tr("没有找到“{0}”").format(self.text()))
            return None
        self._position = (self._position + step) % len(matches)
        project, path = matches[self._position]
        self.session.go_to(project, None, path)
        emit(self.session.message, self.tr("第 {0} 处，共 {1} 处").format(
            self._position + 1, len(matches)
        ))
        self.setFocus(Qt.FocusReason.OtherFocusReason)  # Enter again finds the next one
        return project, path

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            back = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            self.go_to_next(-1 if back else 1)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            return
        super().keyPressEvent(event)
