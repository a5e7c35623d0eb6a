"""Small documents for the library tests: a project with one indicator per 二级."""

from __future__ import annotations

from jxeditor.document.document import Document
from jxeditor.document.model import Indicator, Level1, Level2, Project


def project(name: str, department: str = "示例局", **values: str) -> Project:
    """A project with one indicator per ``二级=name:value`` keyword."""
    groups: dict[str, list[Level2]] = {}
    for l2, text in values.items():
        name3, value = text.split(":")
        l1 = "满意度指标" if "满意" in l2 else ("效益指标" if "效益" in l2 else "产出指标")
        groups.setdefault(l1, []).append(Level2(l2, [Indicator(name3, value)]))
    return Project(name=name, department=department,
                   indicators=[Level1(l1, l2s) for l1, l2s in groups.items()])


def document(*projects: Project, year: int = 2026) -> Document:
    return Document(year=year, projects=list(projects))
