"""The index of one document that the rules across projects consult
(:mod:`~jxeditor.rules.document_rules`): key of each project → the projects holding it.

A :class:`DocumentIndex` belongs to one :class:`~jxeditor.rules.engine.Validator` (one
per document; the editor's live validation holds one), never to the module: validating
stays a function of the document and its validator. It is built once and brought up to
date whenever a project is validated; a match found in it is checked against the other
project as it is now, so a stale entry can cause a miss, never a false alarm, and
:meth:`DocumentIndex.rebuild` (before validating every project) makes it exact.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field

from jxeditor.document.document import Document
from jxeditor.document.model import Project

# A copied set needs this many named indicators with values: a new project's empty
# skeleton, or a two-line table, is not a copy.
MIN_COPIED_INDICATORS = 5

Signature = tuple[tuple[str, str, str, str], ...]


def code_key(project: Project) -> str | None:
    """The project code as compared (spaces ignored), or None when blank."""
    code = "".join(project.code.split())
    return code or None


def indicator_key(project: Project) -> Signature | None:
    """Every third level as (first level, second level, name, value), or None when too few."""
    entries: list[tuple[str, str, str, str]] = []
    filled = 0
    for l1 in project.indicators:
        name1 = l1.name.strip()
        for l2 in l1.children:
            name2 = l2.name.strip()
            for ind in l2.children:
                name, value = ind.name.strip(), ind.value.strip()
                entries.append((name1, name2, name, value))
                if name and value:
                    filled += 1
    return tuple(entries) if filled >= MIN_COPIED_INDICATORS else None


@dataclass
class KeyIndex:
    """Key of each project of one document (by identity), and the projects of each key."""

    key: Callable[[Project], Hashable | None]
    # id → (the project, so that its id is not reused while listed; its key)
    keys: dict[int, tuple[Project, Hashable | None]] = field(default_factory=dict)
    holders: dict[Hashable, list[Project]] = field(default_factory=dict)

    def put(self, project: Project, key: Hashable | None) -> None:
        entry = self.keys.get(id(project))
        if entry is not None and entry[0] is project and entry[1] == key:
            return
        old = entry[1] if entry is not None else None
        if old is not None:
            self.holders[old] = [p for p in self.holders.get(old, []) if p is not project]
        self.keys[id(project)] = (project, key)
        if key is not None:
            self.holders.setdefault(key, []).append(project)

    def twin(
        self, project: Project, key: Hashable, position: Callable[[Project], int | None]
    ) -> tuple[int, Project] | None:
        """The first other project still in the document whose key is ``key`` now (checked afresh)."""
        for other in self.holders.get(key, []):
            if other is project or self.key(other) != key:
                continue
            index = position(other)
            if index is not None:
                return index, other
        return None


class DocumentIndex:
    """The codes and indicator sets of the projects of one document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.rebuild()

    def rebuild(self) -> None:
        """A fresh index (before validating every project, or after all were replaced)."""
        self.codes = KeyIndex(code_key)
        self.indicators = KeyIndex(indicator_key)
        # id → position in the document, as last seen; checked before use, renewed when
        # stale (so that validating every project of a document of copies stays linear)
        self.positions: dict[int, int] = {}
        for project in self.doc.projects:
            self.codes.put(project, code_key(project))
            self.indicators.put(project, indicator_key(project))

    def position(self, project: Project) -> int | None:
        """Where ``project`` stands in the document now, or None when it is no longer there."""
        projects = self.doc.projects
        i = self.positions.get(id(project))
        if i is not None and i < len(projects) and projects[i] is project:
            return i
        self.positions = {id(p): i for i, p in enumerate(projects)}
        return self.positions.get(id(project))
