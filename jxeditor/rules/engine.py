"""The validation engine: every rule of ``docs/specification.md``, run in a fixed order.

Validation is a function of the document. A :class:`Validator` validates the projects
of one document and owns what the rules across projects consult (the document's index,
:mod:`~jxeditor.rules.document_index`): :meth:`Validator.project` checks one project (the
editor's live validation holds one validator per document and calls it for the project
being edited), :func:`validate` checks them all with a fresh one. Counting what was
found is :mod:`~jxeditor.rules.tally`'s. The rules live by theme (:mod:`~jxeditor.rules.project_rules`,
:mod:`~jxeditor.rules.document_rules`, :mod:`~jxeditor.rules.funding_rules`,
:mod:`~jxeditor.rules.money_rules`, :mod:`~jxeditor.rules.indicator_rules`,
:mod:`~jxeditor.rules.value_rules`, :mod:`~jxeditor.rules.reviewer_rules`,
:mod:`~jxeditor.rules.category_rules`, :mod:`~jxeditor.rules.goal_rules`,
:mod:`~jxeditor.rules.text_rules`, :mod:`~jxeditor.rules.year_rules`, and in the later stages
:mod:`~jxeditor.rules.stage_rules` and :mod:`~jxeditor.rules.stage_review_rules`, and with a history
:mod:`~jxeditor.rules.history_rules`); each yields
:class:`~jxeditor.rules.problems.Problem` objects with a stable code, a severity, the
place (field path or indicator path, and a readable location) and a Chinese message
that says what is wrong and how to fix it. The warnings the person confirmed as intended
(确认无误) carry their reason (:mod:`~jxeditor.rules.acknowledgements`) and are counted
apart (:class:`~jxeditor.rules.tally.Tally`).
"""

from __future__ import annotations

from jxeditor.document.document import Document
from jxeditor.document.frameworks import load_frameworks
from jxeditor.document.model import Project
from jxeditor.rules import (
    category_rules,
    department_rules,
    document_rules,
    funding_rules,
    goal_rules,
    history_rules,
    indicator_rules,
    money_rules,
    project_rules,
    reviewer_rules,
    stage_review_rules,
    stage_rules,
    text_rules,
    value_rules,
    year_rules,
)
from jxeditor.rules.acknowledgements import mark
from jxeditor.rules.context import Context, Rule
from jxeditor.rules.document_index import DocumentIndex
from jxeditor.rules.problems import Problem

THEMES = (
    project_rules,
    document_rules,
    funding_rules,
    money_rules,
    indicator_rules,
    value_rules,
    reviewer_rules,
    category_rules,
    goal_rules,
    text_rules,
    year_rules,
    stage_rules,
    stage_review_rules,
    history_rules,
    department_rules,  # no rule per project: run once per document by validate()
)

# Every rule, in the order its problems are listed.
RULES: tuple[Rule, ...] = tuple(rule for theme in THEMES for rule in theme.RULES)
# Every code the rules can report.
RULE_CODES: tuple[str, ...] = tuple(code for theme in THEMES for code in theme.CODES)


def sharing_a_notice(doc: Document, project: Project) -> list[Project]:
    """The projects whose problems may change when ``project`` changes, moves or goes,
    beside ``project`` itself: the one carrying the document-level notice that counts it
    in (``project.absent_fields``, on the first project read without those fields; the
    first other than ``project``, so that a move or removal also reaches the project that
    carried it before or carries it after)."""
    if not project.absent_fields:
        return []
    holder = next((p for p in doc.projects if p.absent_fields and p is not project), None)
    return [] if holder is None else [holder]


class Validator:
    """Validates the projects of one document, keeping the document's index across
    projects up to date from one project to the next (a stale entry can cause a miss,
    never a false alarm: :meth:`prepare` makes it exact)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.index = DocumentIndex(doc)

    def prepare(self) -> None:
        """Makes the validator exact before validating every project, or after the
        document's projects were all replaced (the old index would send each project to
        the projects that went)."""
        self.index.rebuild()

    def project(self, index: int) -> list[Problem]:
        """All problems of the project at ``index``, in rule order (the acknowledged ones
        marked)."""
        project = self.doc.projects[index]
        ctx = Context(self.doc, index, project, load_frameworks(), self.index)
        problems: list[Problem] = []
        for rule in RULES:
            problems.extend(rule(ctx))
        return mark(project, problems)

    def each(self) -> list[list[Problem]]:
        """The problems of every project, one list per project (exact)."""
        self.prepare()
        return [self.project(index) for index in range(len(self.doc.projects))]


def validate_each(doc: Document) -> list[list[Problem]]:
    """The problems of every project, one list per project (a fresh validator: exact)."""
    validator = Validator(doc)
    return [validator.project(index) for index in range(len(doc.projects))]


def validate(doc: Document) -> list[Problem]:
    """All problems of the document: the department block's (project ``部门整体``,
    :mod:`~jxeditor.rules.department_rules`), then project by project."""
    department = department_rules.validate_department(doc)
    return department + [problem for problems in validate_each(doc) for problem in problems]
