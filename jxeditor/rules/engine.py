"""The validation engine: every rule of ``docs/specification.md``, run in a fixed order.

Validation is a pure function of the document. :func:`validate_project` checks one
project (the editor calls it for the project being edited); :func:`validate` checks
them all. The rules live by theme (:mod:`~jxeditor.rules.project_rules`,
:mod:`~jxeditor.rules.document_rules`, :mod:`~jxeditor.rules.funding_rules`,
:mod:`~jxeditor.rules.money_rules`, :mod:`~jxeditor.rules.indicator_rules`,
:mod:`~jxeditor.rules.value_rules`, :mod:`~jxeditor.rules.reviewer_rules`,
:mod:`~jxeditor.rules.text_rules`, and in the later stages
:mod:`~jxeditor.rules.stage_rules`, and with a history
:mod:`~jxeditor.rules.history_rules`); each yields
:class:`~jxeditor.rules.problems.Problem` objects with a stable code, a severity, the
place (field path or indicator path, and a readable location) and a Chinese message
that says what is wrong and how to fix it. The warnings the person confirmed as intended
(确认无误) carry their reason (:mod:`~jxeditor.rules.acknowledgements`) and are counted
apart.
"""

from __future__ import annotations

from jxeditor.document.document import Document
from jxeditor.document.frameworks import load_frameworks
from jxeditor.document.model import Project
from jxeditor.rules import (
    department_rules,
    document_rules,
    funding_rules,
    history_rules,
    indicator_rules,
    money_rules,
    project_rules,
    reviewer_rules,
    stage_rules,
    text_rules,
    value_rules,
)
from jxeditor.rules.acknowledgements import mark
from jxeditor.rules.context import Context, Rule
from jxeditor.rules.problems import ERROR, SEVERITIES, WARNING, Problem

THEMES = (
    project_rules,
    document_rules,
    funding_rules,
    money_rules,
    indicator_rules,
    value_rules,
    reviewer_rules,
    text_rules,
    stage_rules,
    history_rules,
    department_rules,  # no rule per project: run once per document by validate()
)

# Every rule, in the order its problems are listed.
RULES: tuple[Rule, ...] = tuple(rule for theme in THEMES for rule in theme.RULES)
# Every code the rules can report.
RULE_CODES: tuple[str, ...] = tuple(code for theme in THEMES for code in theme.CODES)


def validate_project(doc: Document, index: int) -> list[Problem]:
    """All problems of one project, in rule order (the acknowledged ones marked)."""
    ctx = Context(doc, index, doc.projects[index], load_frameworks())
    problems: list[Problem] = []
    for rule in RULES:
        problems.extend(rule(ctx))
    return mark(ctx.project, problems)


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


def prepare(doc: Document) -> None:
    """Makes ``doc`` ready to be validated project by project after its projects were all
    replaced: the cross-project index is rebuilt (the old one would send each project to
    the projects that went). :func:`validate_each` does this itself."""
    document_rules.rebuild(doc)


def validate_each(doc: Document) -> list[list[Problem]]:
    """The problems of every project, one list per project (:func:`prepare` first)."""
    prepare(doc)
    return [validate_project(doc, index) for index in range(len(doc.projects))]


def validate(doc: Document) -> list[Problem]:
    """All problems of the document: the department block's (project ``部门整体``,
    :mod:`~jxeditor.rules.department_rules`), then project by project."""
    department = department_rules.validate_department(doc)
    return department + [problem for problems in validate_each(doc) for problem in problems]


def count(problems: list[Problem]) -> tuple[int, int]:
    """(errors, warnings) among ``problems`` (提示 and 待填 are in :func:`tally`;
    acknowledged warnings are not counted)."""
    errors = sum(1 for p in problems if p.severity == ERROR)
    warnings = sum(1 for p in problems if p.severity == WARNING and p.acknowledged is None)
    return errors, warnings


def tally(problems: list[Problem]) -> dict[str, int]:
    """The number of problems of each severity, gravest first (every severity present);
    the acknowledged ones are left out (count them with
    :func:`~jxeditor.rules.acknowledgements.count_acknowledged`)."""
    counts = dict.fromkeys(SEVERITIES, 0)
    for p in problems:
        if p.acknowledged is None:
            counts[p.severity] += 1
    return counts
