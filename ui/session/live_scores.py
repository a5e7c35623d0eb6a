"""Live 自评 scores: each project's :class:`~jxeditor.scoring.project.ProjectScore`,
computed when asked and forgotten when the project changes.

The document announces every edit; an edit in a project drops that project's score
(only that one), and a change of the stage, the rule set or the whole document drops
them all. Views ask :meth:`LiveScores.score_of` when they paint, so a keystroke costs
one project's scoring, once, whoever shows it (the tree's 分值/得分, the form's total,
the status bar). :attr:`LiveScores.changed` says which project's score may differ now
(``None``: any): at once after a field changed, a moment later after indicators were
inserted, removed or moved, the stage switched or the document replaced (the views are
then still following the change itself). The department block (部门整体) is scored the
same way (:meth:`LiveScores.department_score`), dropped at every edit of the block and
announced with the block as ``changed``'s argument. The scoring code is imported by the
first score asked for (a document in another stage never loads it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from jxeditor.document.changes import (
    Change,
    DepartmentFieldChanged,
    DepartmentItemInserted,
    DepartmentItemRemoved,
    DepartmentSet,
    DocumentFieldChanged,
    IndicatorStageFieldChanged,
    NodeFieldChanged,
    NodeInserted,
    NodeMoved,
    NodeRemoved,
    ProjectFieldChanged,
    ProjectStageFieldChanged,
    Reset,
    edited_project,
)
from jxeditor.document.department import Department
from jxeditor.document.document import Document
from jxeditor.document.frameworks import load_frameworks
from jxeditor.document.model import Project
from jxeditor.document.stages import EVALUATION
from ui.platform.qtcompat import emit

if TYPE_CHECKING:  # the scoring code: imported by the first score asked for (自评 only)
    from jxeditor.scoring.project import ProjectScore

WHOLE_DOCUMENT = frozenset({"stage", "scoring", "framework"})


def unfinished_label(score: ProjectScore) -> str:
    """The total of a 自评 not finished (:attr:`ProjectScore.unscored`), as the form and
    the status bar show it: the core's :func:`~jxeditor.scoring.project.unfinished_text`
    in the UI's language."""
    return QCoreApplication.translate("LiveScores", "总分（未完成：{0} 项未评分）").format(
        len(score.unscored))


class LiveScores(QObject):
    """Scores of the projects of a document in the 自评 stage, kept current."""

    changed = Signal(object)  # the project (or department) whose score may differ; None: all

    def __init__(self, doc: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self._scores: dict[int, tuple[Project, ProjectScore]] = {}
        self._department: tuple[Department, ProjectScore] | None = None
        self._fw = load_frameworks()
        self._later: dict[int, Project] = {}
        self._all = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._announce_later)
        doc.subscribe(self._on_change)

    def active(self) -> bool:
        """Whether the document is scored (the 自评 stage)."""
        return self.doc.stage == EVALUATION

    def score_of(self, project: Project | None) -> ProjectScore | None:
        """The score of ``project`` in the 自评 stage, else ``None``."""
        if project is None or not self.active():
            return None
        entry = self._scores.get(id(project))
        if entry is not None and entry[0] is project:
            return entry[1]
        from jxeditor.scoring.project import score_project

        score = score_project(project, self.doc.scoring, self._fw)
        self._scores[id(project)] = (project, score)
        return score

    def department_score(self) -> ProjectScore | None:
        """The score of the document's department block in the 自评 stage, else ``None``."""
        dept = self.doc.department
        if dept is None or not self.active():
            return None
        if self._department is not None and self._department[0] is dept:
            return self._department[1]
        from jxeditor.scoring.department import score_department

        score = score_department(dept, self.doc.scoring, self._fw)
        self._department = (dept, score)
        return score

    def _on_change(self, change: Change) -> None:
        if not isinstance(change, ProjectFieldChanged):  # the department's own edits, its
            self._department = None  # tree, the stage, the rules: scored again when asked
        match change:
            case DepartmentSet() | DepartmentFieldChanged() | DepartmentItemInserted() | (
                DepartmentItemRemoved()
            ) | NodeInserted(owner=Department()) | NodeRemoved(owner=Department()) | (
                NodeMoved(owner=Department())
            ) | NodeFieldChanged(owner=Department()):  # its tree too: said at once
                emit(self.changed, self.doc.department)
            case Reset():
                self._scores.clear()
                self._all = True
                self._timer.start()
            case DocumentFieldChanged(field=name) if name in WHOLE_DOCUMENT:
                self._scores.clear()
                self._all = True
                self._timer.start()
            case (
                ProjectFieldChanged(project=project)
                | NodeFieldChanged(owner=Project() as project)
                | ProjectStageFieldChanged(project=project)
                | IndicatorStageFieldChanged(project=project)
            ):
                self._scores.pop(id(project), None)
                emit(self.changed, project)
            case _:
                edited = edited_project(change)
                if edited is not None:  # the tree changed: announced once it is done
                    self._scores.pop(id(edited), None)
                    self._later[id(edited)] = edited
                    self._timer.start()

    def _announce_later(self) -> None:
        later, self._later = list(self._later.values()), {}
        if self._all:
            self._all = False
            emit(self.changed, None)
            return
        for project in later:
            emit(self.changed, project)
