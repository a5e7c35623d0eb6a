"""One search box for projects and indicators (Ctrl+F): type, press Enter to go to the
next match, Shift+Enter to the previous one.

A project matches by its name or code; an indicator by its name or its 年度指标值 (and
the names of the groups); the department block (first, as it comes first) by its texts:
name, 职能, 总体绩效目标, each task's title and content and its measures' sentences, the
保障措施, then the indicators of its tree. Going to a match goes through the session (the
project becomes current, the tree selects the indicator; or the department's form shows
the field, its tree the indicator), so every pane follows as usual.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from jxeditor.document.department import Department
from jxeditor.document.document import Document
from jxeditor.document.model import NodePath, Project
from jxeditor.document.trees import TreeOwner
from ui.platform.qtcompat import emit
from ui.session.editor_session import EditorSession

# a project and an indicator's path in it (None: the project itself), or the department
# block and the path of its field from the document (``department.tasks[0].title``) or of
# an indicator in its tree (form B)
Match = tuple[Project, NodePath | None] | tuple[Department, str | NodePath]


def department_texts(block: Department) -> list[tuple[str, str]]:
    """The department's searchable texts, each with its field's path from the document."""
    texts = [(f"department.{name}", getattr(block, name))
             for name in ("name", "functions", "overall_goal")]
    for i, task in enumerate(block.tasks):
        texts += [(f"department.tasks[{i}].title", task.title),
                  (f"department.tasks[{i}].content", task.content)]
        texts += [(f"department.tasks[{i}].measures[{k}].text", measure.text)
                  for k, measure in enumerate(task.measures)]
    for k, safeguard in enumerate(block.measures):
        texts += [(f"department.measures[{k}].title", safeguard.title),
                  (f"department.measures[{k}].text", safeguard.text)]
    return texts


def find_matches(doc: Document, text: str) -> list[Match]:
    """Every place where ``text`` occurs, in document order (case and width folded)."""
    needle = _fold(text)
    if not needle:
        return []
    found: list[Match] = []
    if doc.department is not None:
        block = doc.department
        found += [(block, path) for path, value in department_texts(block)
                  if needle in _fold(value)]
        found += [(block, path) for path in _tree_matches(block, needle)]
    for project in doc.projects:
        if needle in _fold(project.name) or needle in _fold(project.code):
            found.append((project, None))
        found += [(project, path) for path in _tree_matches(project, needle)]
    return found


def _tree_matches(owner: TreeOwner, needle: str) -> list[NodePath]:
    """The paths of the nodes of ``owner``'s tree whose name (or 年度指标值) holds ``needle``."""
    found: list[NodePath] = []
    for i, level1 in enumerate(owner.indicators):
        if needle in _fold(level1.name):
            found.append((i,))
        for j, level2 in enumerate(level1.children):
            if needle in _fold(level2.name):
                found.append((i, j))
            for k, indicator in enumerate(level2.children):
                if needle in _fold(indicator.name) or needle in _fold(indicator.value):
                    found.append((i, j, k))
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
        self.setToolTip(self.tr(
            "搜索项目名称、编码、指标和部门整体目标；Enter 下一处，Shift+Enter 上一处"))
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
        match = matches[self._position]
        if isinstance(match[0], Department):
            where = match[1]
            if isinstance(where, tuple):  # an indicator of its tree
                self.session.department.go_to(None, where)
            else:
                self.session.department.go_to(str(where))
        else:
            self.session.go_to(match[0], None, match[1])
        emit(self.session.message, self.tr("第 {0} 处，共 {1} 处").format(
            self._position + 1, len(matches)
        ))
        self.setFocus(Qt.FocusReason.OtherFocusReason)  # Enter again finds the next one
        return match

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            back = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            self.go_to_next(-1 if back else 1)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            return
        super().keyPressEvent(event)
