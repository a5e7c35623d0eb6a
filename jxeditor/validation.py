"""Validation engine (being written): pure functions of the document.

API: validate(doc) -> list[Problem]; validate_project(doc, index) -> list[Problem].
"""

from __future__ import annotations

from jxeditor.model import Document
from jxeditor.problems import Problem


def validate_project(doc: Document, index: int) -> list[Problem]:
    return []


def validate(doc: Document) -> list[Problem]:
    problems: list[Problem] = []
    for i in range(len(doc.projects)):
        problems.extend(validate_project(doc, i))
    return problems
