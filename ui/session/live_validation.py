"""Live validation: keeps each project's problems current while the user edits.

The document announces every change; a change in a project marks that project (the object itself,
never its index) dirty, and a single-shot timer revalidates only the dirty projects a moment later,
so a burst of events (a macro, fast typing) costs one validation. Settings that affect every
project (framework, budget year) and opening a file revalidate all. Results are kept per project
object, so inserting, removing or moving projects shifts nothing.

A calm start: the core reports what is simply still empty as 待填 (``todo``), a to-do list rather
than red errors. Such a problem is shown as an error once the person has left that field
(:meth:`LiveValidation.touch`) or the document has been saved or exported
(:meth:`LiveValidation.insist`): then the gap is no longer "not yet" but missing. Insisting holds
for the projects the document had then; a project added afterwards starts calm again until the next
save or export. What is kept here is only which project was insisted on and which fields were left;
the policy itself, and applying it, are the core's (:class:`~jxeditor.rules.tally.Policy`), as is
the validator that owns the document's index (:class:`~jxeditor.rules.engine.Validator`, one per
document).

A large file opens quickly: after a file is opened (a reset), the first :data:`AT_ONCE` projects
are validated at once and the rest a chunk at a time while the window is idle
(:meth:`LiveValidation.pending` says how many are left; the views hear
:attr:`LiveValidation.resetAll` when they are all done). The current project, an edited one and any
save or export do not wait: :meth:`LiveValidation.prefer`, the edit's revalidation and
:meth:`LiveValidation.insist` validate what they need at once.

The counts are one :class:`~jxeditor.rules.tally.Tally` of the problems as shown (warnings the
person confirmed as intended, 确认无误, apart, never as warnings), kept up to date project by
project. In the English UI the problems are kept in English (message, place and fix,
:mod:`jxeditor.rules.messages_en`), so every view shows them so.

The department block (部门整体) is validated with every flush that follows an edit (its checks
compare it with the projects), and announced through the same :attr:`LiveValidation.projectChanged`
with the :class:`~jxeditor.document.department.Department` in place of a project; its 待填 become
errors once the document was saved or exported.

The editor's first window does not wait for the rules: started ``held``, nothing is validated
(every project pending, the rules' modules not even imported) until :meth:`LiveValidation.release`,
once the window has shown itself; an action that needs the problems before then
(:meth:`~LiveValidation.complete`, :meth:`~LiveValidation.insist`) validates at once.

Listeners get :attr:`LiveValidation.projectChanged` ``(project, old, new)`` per project,
:attr:`LiveValidation.resetAll` when the list of projects changed or everything was revalidated,
and :attr:`LiveValidation.countsChanged` ``(tally)``. """

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from jxeditor.document.changes import (
    Change,
    DepartmentFieldChanged,
    DepartmentItemInserted,
    DepartmentItemRemoved,
    DepartmentSet,
    DocumentFieldChanged,
    NodeFieldChanged,
    NodeInserted,
    NodeMoved,
    NodeRemoved,
    ProjectFieldChanged,
    ProjectMoved,
    ProjectRemoved,
    ProjectsInserted,
    Reset,
    edited_project,
)
from jxeditor.document.department import Department
from jxeditor.document.document import Document
from jxeditor.document.model import Project
from jxeditor.rules.problems import Problem
from jxeditor.rules.tally import CALM, Policy, Tally
from ui.platform import i18n
from ui.platform.qtcompat import emit

if TYPE_CHECKING:  # the rules themselves: imported by the first validation
    from jxeditor.rules.engine import Validator

DEBOUNCE_MS = 0
AT_ONCE = 100  # projects validated at once after opening a file (the rest while idle)
CHUNK = 100  # projects validated per idle step after that
DOCUMENT_WIDE_SETTINGS = frozenset({"year", "framework", "stage", "scoring"})
# the project fields the department's checks read (its links, its total against theirs)
DEPARTMENT_INPUTS = frozenset({"code", "name", "funding.annual.total"})


class LiveValidation(QObject):
    """Per-project problem lists that follow the document."""

    projectChanged = Signal(object, list, list)
    resetAll = Signal()
    countsChanged = Signal(object)  # the Tally of the document

    def __init__(self, doc: Document, parent: QObject | None = None, *, held: bool = False) -> None:
        super().__init__(parent)
        self.doc = doc
        self._validator: Validator | None = None
        self._held = False  # nothing validated until release() (see the module's docstring)
        self._problems: dict[int, tuple[Project, list[Problem]]] = {}
        self._dirty: dict[int, Project] = {}
        self._touched: dict[int, set[str]] = {}  # id(project) -> fields the person left
        # the projects the document had when it was last saved or exported: their every
        # 待填 is an error now (the objects are kept, so that no id is reused meanwhile)
        self._insisted: dict[int, Project] = {}
        self._department: tuple[Department | None, list[Problem]] = (None, [])
        self._department_dirty = False
        self._department_insisted = False
        self._tally = Tally()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        # after opening: the projects not validated yet, in document order (by identity)
        self._pending: dict[int, Project] = {}
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(0)
        self._idle.timeout.connect(self._validate_pending)
        doc.subscribe(self._on_change)
        self._start_over(len(doc.projects), hold=held)

    @property
    def validator(self) -> Validator:
        """The document's validator (the core's, which owns the document's index)."""
        if self._validator is None:
            from jxeditor.rules.engine import Validator

            self._validator = Validator(self.doc)
        return self._validator

    def release(self) -> None:
        """Validates what was held, as after opening a file: the first :data:`AT_ONCE`
        projects now, the rest while idle (nothing when not held)."""
        if self._held:
            self._validate_opened()

    # -- public ----------------------------------------------------------------------------
    def problems_of(self, project: Project | None) -> list[Problem]:
        """The problems of ``project`` as last validated (``[]`` for ``None``)."""
        if project is None:
            return []
        entry = self._problems.get(id(project))
        return entry[1] if entry is not None and entry[0] is project else []

    def department_problems(self) -> list[Problem]:
        """The problems of the document's department block as last validated."""
        block, problems = self._department
        return problems if block is not None and block is self.doc.department else []

    def by_project(self) -> list[tuple[Project, list[Problem]]]:
        """Every project with its problems, in document order."""
        return [(p, self.problems_of(p)) for p in self.doc.projects]

    def all_problems(self) -> list[Problem]:
        """Every problem of the document: the department block's, then project by project."""
        return self.department_problems() + [
            problem for _p, plist in self.by_project() for problem in plist]

    def tally(self) -> Tally:
        """The counts of the whole document's problems, as shown."""
        return self._tally

    def pending(self) -> int:
        """How many projects of the file just opened are still to be validated."""
        return len(self._pending)

    def validate_all(self) -> None:
        """Validates every project now."""
        self._start_over(len(self.doc.projects))

    def flush(self) -> None:
        """Revalidates the dirty projects now (the timer calls this)."""
        self._timer.stop()
        dirty, self._dirty = list(self._dirty.values()), {}
        if not dirty and not self._department_dirty:
            return
        for project in dirty:
            index = self.doc.index_of(project)
            if index is not None:  # else removed meanwhile
                self._revalidate(project, index)
        if self._department_dirty:
            self._revalidate_department()
        emit(self.countsChanged, self._tally)

    def _revalidate_department(self) -> None:
        """Validates the department block and announces it when its problems changed."""
        self._department_dirty = False
        old_block, old = self._department
        block = self.doc.department
        new: list[Problem] = []
        if block is not None:
            from jxeditor.rules.department_rules import validate_department
            from jxeditor.rules.messages_en import in_english

            new = validate_department(self.doc)
            if i18n.active_language() == "en":
                new = [in_english(p) for p in new]
            new = Policy(insisted=self._department_insisted).present(new)
        self._department = (block, new)
        self._adjust(old, -1)
        self._adjust(new, +1)
        if block is not old_block:
            emit(self.resetAll)
        elif block is not None and new != old:
            emit(self.projectChanged, block, old, new)

    def complete(self) -> None:
        """Validates now what is still waiting after opening (before an action over the
        problems of every project, such as one fix for all of a kind)."""
        if self._pending or self._held:
            self.validate_all()

    def prefer(self, project: Project | None) -> None:
        """Validates ``project`` now if it is still waiting for its turn after opening
        (the session calls this for the project it shows)."""
        if self._held or project is None or self._pending.get(id(project)) is not project:
            return
        index = self.doc.index_of(project)
        if index is not None:
            self._revalidate(project, index)
            emit(self.countsChanged, self._tally)

    def _revalidate(self, project: Project, index: int) -> None:
        """Validates ``project`` (at ``index``) and announces it when its problems changed."""
        waited = self._pending.pop(id(project), None) is not None
        old = self.problems_of(project)
        new = self._present(project, self.validator.project(index))
        if new == old and id(project) in self._problems and not waited:
            return
        self._problems[id(project)] = (project, new)
        self._adjust(old, -1)
        self._adjust(new, +1)
        emit(self.projectChanged, project, old, new)

    # -- a large file, a chunk at a time -----------------------------------------------------
    def _validate_opened(self) -> None:
        """After opening: the first :data:`AT_ONCE` projects now, the rest while idle."""
        self._start_over(AT_ONCE)

    def _start_over(self, now: int, *, hold: bool = False) -> None:
        """Forgets every result; validates the first ``now`` projects at once and the rest
        while idle (:meth:`_validate_pending`); ``hold``: none, until :meth:`release`."""
        self._held = hold
        self._dirty.clear()
        self._timer.stop()
        self._problems = {}
        self._department = (None, [])
        self._recount()
        if not hold:
            self.validator.prepare()
            self._revalidate_department()
        self._pending = {id(p): p for p in self.doc.projects}
        self._validate_some(0 if hold else now)
        if self._pending and not hold:
            self._idle.start()
        else:
            self._idle.stop()
        emit(self.resetAll)
        emit(self.countsChanged, self._tally)

    def _validate_some(self, limit: int) -> None:
        """Validates up to ``limit`` waiting projects, in document order, announcing none."""
        done = 0
        for index, project in enumerate(self.doc.projects):
            if done >= limit:
                break
            if self._pending.pop(id(project), None) is None:
                continue
            problems = self._present(project, self.validator.project(index))
            self._problems[id(project)] = (project, problems)
            self._adjust(problems, +1)
            done += 1
        if done < limit:
            self._pending.clear()  # what is left was removed from the document meanwhile

    def _validate_pending(self) -> None:
        """One idle step: the next :data:`CHUNK` projects. The counts follow each step; the
        views of the problems themselves hear of them once, when all are done."""
        if not self._pending:
            return
        self._validate_some(CHUNK)
        if self._pending:
            self._idle.start()
        else:
            emit(self.resetAll)
        emit(self.countsChanged, self._tally)

    # -- a calm start ----------------------------------------------------------------------
    def touch(self, project: Project, field: str) -> None:
        """The person left ``field`` of ``project``: a 待填 there is an error from now on."""
        fields = self._touched.setdefault(id(project), set())
        if field not in fields:
            fields.add(field)
            self._mark(project)

    def insist(self) -> None:
        """The document was saved or exported: every 待填 of its projects is an error
        from now on (a project added later starts calm)."""
        new = {id(p): p for p in self.doc.projects if id(p) not in self._insisted}
        if new or self._pending or self._held or not self._department_insisted:
            self._insisted.update(new)
            self._department_insisted = True
            self.validate_all()

    def policy(self, project: Project) -> Policy:
        """How the 待填 of ``project`` are presented now."""
        insisted = self._insisted.get(id(project)) is project
        touched = self._touched.get(id(project))
        if not insisted and not touched:
            return CALM
        return Policy(insisted=insisted, touched=frozenset(touched or ()))

    def _present(self, project: Project, problems: list[Problem]) -> list[Problem]:
        if i18n.active_language() == "en":
            from jxeditor.rules.messages_en import in_english

            problems = [in_english(p) for p in problems]
        return self.policy(project).present(problems)

    # -- bookkeeping ---------------------------------------------------------------------
    def _recount(self) -> None:
        self._tally = Tally()
        for _p, plist in self._problems.values():
            self._adjust(plist, +1)
        self._adjust(self._department[1], +1)

    def _adjust(self, problems: list[Problem], sign: int) -> None:
        if problems:
            counted = Tally.of(problems)
            self._tally = self._tally + counted if sign > 0 else self._tally - counted

    def _mark_department(self) -> None:
        self._department_dirty = True
        if not self._timer.isActive():
            self._timer.start()

    def _mark(self, project: Project) -> None:
        if self._held:  # a field left before the window showed: validated at release
            return
        from jxeditor.rules.engine import sharing_a_notice

        self._dirty[id(project)] = project
        for other in sharing_a_notice(self.doc, project):
            self._dirty[id(other)] = other  # a document-level notice counts this one in
        if not self._timer.isActive():
            self._timer.start()

    def _on_change(self, change: Change) -> None:
        if isinstance(change, Reset):  # another document: a calm start again
            self._touched.clear()
            self._insisted.clear()
            self._department_insisted = False
        if self._held:  # all of it is validated at release
            self._start_over(0, hold=True)
            return
        match change:
            case Reset():
                self._validate_opened()
            case DocumentFieldChanged(field=name):
                if name in DOCUMENT_WIDE_SETTINGS:
                    self.validate_all()
            case ProjectsInserted(projects=projects):
                for project in projects:
                    self._mark(project)
                if self.doc.department is not None:
                    self._mark_department()
                emit(self.resetAll)
            case ProjectRemoved(project=project):
                entry = self._problems.pop(id(project), None)
                self._dirty.pop(id(project), None)
                self._pending.pop(id(project), None)
                if entry is not None:
                    self._adjust(entry[1], -1)
                from jxeditor.rules.engine import sharing_a_notice

                for other in sharing_a_notice(self.doc, project):
                    self._mark(other)
                if self.doc.department is not None:
                    self._mark_department()
                emit(self.resetAll)
                emit(self.countsChanged, self._tally)
            case ProjectMoved(project=project):
                if project.absent_fields:  # the notice may now belong to another project
                    self._mark(project)
                emit(self.resetAll)
            case DepartmentSet() | DepartmentFieldChanged() | DepartmentItemInserted() | (
                DepartmentItemRemoved() | NodeInserted(owner=Department())
                | NodeRemoved(owner=Department()) | NodeMoved(owner=Department())
                | NodeFieldChanged(owner=Department())
            ):  # an edit of the department's tree too
                self._mark_department()
            case ProjectFieldChanged(project=project, field=name):
                self._mark(project)
                if name in DEPARTMENT_INPUTS and self.doc.department is not None:
                    self._mark_department()  # its checks name and count the projects
            case _:
                edited = edited_project(change)
                if edited is not None:
                    self._mark(edited)
