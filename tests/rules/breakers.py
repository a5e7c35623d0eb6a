"""Changes that break the clean table one rule at a time, and the check that a rule fired.

Each theme's test module lists its cases as ``(code, severity, change)``; ``change``
takes the clean document of :func:`builders.clean_document` and breaks it.
"""

from __future__ import annotations

from collections.abc import Callable

from builders import clean_document, indicator

from jxeditor.document.document import Document
from jxeditor.document.frameworks import load_frameworks
from jxeditor.document.model import Indicator, Level1, Level2
from jxeditor.rules.context import Context
from jxeditor.rules.engine import validate

Change = Callable[[Document], None]
Case = tuple[str, str, Change]


def codes(doc: Document) -> list[str]:
    return [p.code for p in validate(doc)]


def case_ids(cases: list[Case]) -> list[str]:
    return [f"{c[0]}-{i}" for i, c in enumerate(cases)]


def assert_fires(code: str, severity: str, change: Change) -> None:
    """``change`` on the clean table makes ``code`` fire, only with ``severity``, placed."""
    doc = clean_document("2021")
    change(doc)
    problems = validate(doc)
    hits = [p for p in problems if p.code == code]
    assert hits, f"{code} did not fire; got {[p.code for p in problems]}"
    assert all(p.severity == severity for p in hits)
    for p in hits:
        assert p.message and p.location and p.project is doc.projects[0] and p.project_name == doc.projects[0].name
        assert (p.field is not None) or (p.path is not None)


def set_field(path: str, value: object) -> Change:
    return lambda doc: doc.set_project_field(doc.projects[0], path, value)


def set_value(v: str, path: tuple[int, int, int] = (0, 0, 0), name: str | None = None) -> Change:
    def change(doc: Document) -> None:
        ind = indicator(doc, path)
        ind.value = v
        if name is not None:
            ind.name = name
    return change


def drop_level1(name: str) -> Change:
    def change(doc: Document) -> None:
        doc.projects[0].indicators = [l1 for l1 in doc.projects[0].indicators if l1.name != name]
    return change


def add_group(l1: str, l2: str, children: list[Indicator] | None = None) -> Change:
    def change(doc: Document) -> None:
        groups = doc.projects[0].indicators
        target = next((g for g in groups if g.name == l1), None)
        if target is None:
            target = Level1(l1, [])
            groups.append(target)
        target.children.append(Level2(l2, list(children if children is not None else [Indicator("某指标", "按时")])))
    return change


def cost_level1_as_level2(doc: Document) -> None:
    drop_level1("成本指标")(doc)
    doc.projects[0].indicators[0].children.append(Level2("成本指标", [Indicator("单价", "≥5元")]))


def context(doc: Document, index: int = 0) -> Context:
    """The context a rule sees for project ``index``."""
    return Context(doc, index, doc.projects[index], load_frameworks())
