"""Which problems the problems panel shows: all, or those of the current project, of one
severity, or containing a text (in the message, the place or the project's name). The
warnings confirmed as intended (确认无误) are a severity of their own here
(:data:`ACKNOWLEDGED`): the 警告 filter leaves them out."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from jxeditor.document.model import Project
from jxeditor.rules.tally import ACKNOWLEDGED
from ui.models.problems_model import ProblemsModel

AnyIndex = QModelIndex | QPersistentModelIndex


class ProblemsFilter(QSortFilterProxyModel):
    """A filter over the :class:`ProblemsModel` by project, severity and text."""

    def __init__(self, model: ProblemsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.problems = model
        self.setSourceModel(model)
        self.project_key: str | None = None  # ProblemsModel.project_key, or None for all
        self.severity: str | None = None  # a severity, ACKNOWLEDGED, or None for all
        self.text = ""

    def set_filter(
        self, project_key: str | None, severity: str | None, text: str
    ) -> None:
        """Shows only the rows that match all three (None and "" match everything)."""
        wanted = (project_key, severity, text.strip().casefold())
        if wanted == (self.project_key, self.severity, self.text):
            return
        self.project_key, self.severity, self.text = wanted
        self.invalidate()  # (invalidateRowsFilter is deprecated in Qt 6.10 and warns)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        index = self.problems.index(source_row, 0, source_parent)
        problem = self.problems.problem(index)
        project = self.problems.project(index)
        if problem is None or project is None:
            return False
        if self.project_key is not None and ProblemsModel.project_key(project) != self.project_key:
            return False
        if self.severity is not None:
            confirmed = problem.acknowledged is not None
            if (ACKNOWLEDGED if confirmed else problem.severity) != self.severity:
                return False
        if self.text:
            code = project.code if isinstance(project, Project) else problem.project_name
            haystack = f"{project.name} {code} {problem.location} {problem.message}"
            return self.text in haystack.casefold()
        return True
