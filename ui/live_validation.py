"""Live validation: keeps each project's problems current while the user edits.

The document announces every change; a change in project *i* marks *i* dirty and a
single-shot timer revalidates only the dirty projects (``validate_project``) a moment
later, so a burst of events (a macro, fast typing) costs one validation. Settings that
affect every project (framework, budget year) and opening a file revalidate all.
Listeners get :attr:`LiveValidation.projectChanged` ``(index, old, new)`` per project and
:attr:`LiveValidation.resetAll` when everything was replaced.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from jxeditor.document.model import Change, Document
from jxeditor.rules import validation
from jxeditor.rules.problems import Problem
from ui.qtcompat import emit

DEBOUNCE_MS = 0


class LiveValidation(QObject):
    """Per-project problem lists that follow the document."""

    projectChanged = Signal(int, list, list)
    resetAll = Signal()
    countsChanged = Signal(int, int)

    def __init__(self, doc: Document, parent: Any = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.problems: list[list[Problem]] = []
        self._dirty: set[int] = set()
        self._errors = 0
        self._warnings = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        doc.subscribe(self._on_change)
        self.validate_all()

    # -- public ----------------------------------------------------------------------------
    def set_document(self, doc: Document) -> None:
        self.doc.unsubscribe(self._on_change)
        self.doc = doc
        doc.subscribe(self._on_change)
        self.validate_all()

    def all_problems(self) -> list[Problem]:
        return [p for plist in self.problems for p in plist]

    def counts(self) -> tuple[int, int]:
        """(errors, warnings) in the whole document."""
        return self._errors, self._warnings

    def validate_all(self) -> None:
        self._dirty.clear()
        self._timer.stop()
        self.problems = [
            validation.validate_project(self.doc, i) for i in range(len(self.doc.projects))
        ]
        self._recount()
        emit(self.resetAll)
        emit(self.countsChanged, self._errors, self._warnings)

    def flush(self) -> None:
        """Revalidates the dirty projects now (the timer calls this)."""
        self._timer.stop()
        dirty, self._dirty = sorted(self._dirty), set()
        if not dirty:
            return
        for index in dirty:
            if not 0 <= index < len(self.doc.projects):
                continue
            old = self.problems[index]
            new = validation.validate_project(self.doc, index)
            if new == old:
                continue
            self.problems[index] = new
            self._adjust(old, -1)
            self._adjust(new, +1)
            emit(self.projectChanged, index, old, new)
        emit(self.countsChanged, self._errors, self._warnings)

    # -- bookkeeping ---------------------------------------------------------------------
    def _recount(self) -> None:
        self._errors = sum(1 for plist in self.problems for p in plist if p.is_error)
        self._warnings = sum(len(plist) for plist in self.problems) - self._errors

    def _adjust(self, problems: list[Problem], sign: int) -> None:
        errors = sum(1 for p in problems if p.is_error)
        self._errors += sign * errors
        self._warnings += sign * (len(problems) - errors)

    def _mark(self, index: int) -> None:
        self._dirty.add(index)
        if not self._timer.isActive():
            self._timer.start()

    def _restamp(self, first: int, last: int) -> None:
        """Problems remember their project index: correct it after rows moved."""
        for i in range(max(first, 0), min(last, len(self.problems) - 1) + 1):
            self.problems[i] = [
                p if p.project == i else dataclasses.replace(p, project=i)
                for p in self.problems[i]
            ]

    def _on_change(self, change: Change) -> None:
        kind = change.kind
        p = change.project
        if kind == "reset":
            self.validate_all()
        elif kind == "document_field":
            if change.field in ("year", "framework"):
                self.validate_all()
        elif kind == "projects_inserted" and p is not None:
            n = change.row or 1
            self.problems[p:p] = [[] for _ in range(n)]
            self._dirty = {d + n if d >= p else d for d in self._dirty}
            self._restamp(p, len(self.problems) - 1)
            emit(self.resetAll)
            for i in range(p, p + n):
                self._mark(i)
        elif kind == "project_removed" and p is not None:
            removed = self.problems.pop(p)
            self._adjust(removed, -1)
            self._dirty = {d - 1 if d > p else d for d in self._dirty if d != p}
            self._restamp(p, len(self.problems) - 1)
            emit(self.resetAll)
            emit(self.countsChanged, self._errors, self._warnings)
        elif kind == "project_moved" and p is not None and change.dest is not None:
            dest = change.dest
            self.problems.insert(dest, self.problems.pop(p))

            def moved(d: int) -> int:
                if d == p:
                    return dest
                if p < d <= dest:
                    return d - 1
                if dest <= d < p:
                    return d + 1
                return d

            self._dirty = {moved(d) for d in self._dirty}
            self._restamp(min(p, dest), max(p, dest))
            emit(self.resetAll)
        elif (
            kind in ("project_field", "node_inserted", "node_removed", "node_moved", "node_field")
            and p is not None
        ):
            self._mark(p)
