"""Memory measured in tests: the peak of what Python allocates while an action runs
(:mod:`tracemalloc`), to hold against the size of what it reads or writes. Ratios only,
never times: the figure is the same on any machine."""

from __future__ import annotations

import copy
import tracemalloc
from collections.abc import Callable

from builders import clean_document

from jxeditor.document.document import Document


def peak_bytes(action: Callable[[], object]) -> int:
    """The most memory Python held at once while ``action`` ran, beyond what it held before."""
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        action()
        return tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()


def many_projects(count: int = 200) -> Document:
    """:func:`builders.clean_document` with ``count`` copies of its project."""
    doc = clean_document()
    first = doc.projects[0]
    doc.projects = [copy.deepcopy(first) for _ in range(count)]
    for i, project in enumerate(doc.projects):
        project.code = f"{102001001 + i}"
        project.name = f"{first.name}（第{i + 1}号）"
    return doc
