"""Rules across the projects of one document: duplicate codes and copied indicator sets.

Codes: ``project.duplicate_code`` (two tables with the same 项目编码) and
``project.copied_indicators`` (two projects whose third-level indicators, names and
values, are the same: a table copied and not adapted).

These rules look beyond the project being checked, yet validating a project stays
fast: each document has an index (key of each project → the projects holding it),
built once and brought up to date whenever a project is validated. A match found in
the index is checked against the other project as it is now, so a stale entry can
cause a miss, never a false alarm; :func:`~jxeditor.rules.engine.validate` rebuilds
the index first and is exact.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass, field

from jxeditor.document.document import Document
from jxeditor.document.model import Project
from jxeditor.rules.context import Context, Rule
from jxeditor.rules.problems import ERROR, WARNING, Problem, say

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
class _KeyIndex:
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


@dataclass
class _DocumentIndex:
    doc: weakref.ref[Document]
    codes: _KeyIndex = field(default_factory=lambda: _KeyIndex(code_key))
    indicators: _KeyIndex = field(default_factory=lambda: _KeyIndex(indicator_key))
    # id → position in the document, as last seen; checked before use, renewed when stale
    # (so that validating every project of a document of copies stays linear)
    positions: dict[int, int] = field(default_factory=dict)

    def position(self, project: Project) -> int | None:
        """Where ``project`` stands in the document now, or None when it is no longer there."""
        doc = self.doc()
        if doc is None:
            return None
        i = self.positions.get(id(project))
        if i is not None and i < len(doc.projects) and doc.projects[i] is project:
            return i
        self.positions = {id(p): i for i, p in enumerate(doc.projects)}
        return self.positions.get(id(project))

    def fill(self, doc: Document) -> None:
        for project in doc.projects:
            self.codes.put(project, code_key(project))
            self.indicators.put(project, indicator_key(project))


_INDEXES: dict[int, _DocumentIndex] = {}


def rebuild(doc: Document) -> None:
    """A fresh index of ``doc`` (before validating every project of it)."""
    for key in [k for k, index in _INDEXES.items() if index.doc() is None]:
        del _INDEXES[key]
    index = _INDEXES[id(doc)] = _DocumentIndex(weakref.ref(doc))
    index.fill(doc)


def _index(doc: Document) -> _DocumentIndex:
    index = _INDEXES.get(id(doc))
    if index is None or index.doc() is not doc:
        rebuild(doc)
        index = _INDEXES[id(doc)]
    return index


def rule_duplicate_code(ctx: Context) -> Iterator[Problem]:
    key = code_key(ctx.project)
    doc_index = _index(ctx.doc)
    index = doc_index.codes
    index.put(ctx.project, key)
    if key is None:
        return
    twin = index.twin(ctx.project, key, doc_index.position)
    if twin is not None:
        yield ctx.field_problem(
            "project.duplicate_code", ERROR, "code",
            say("项目编码“{n}”与第 {n1} 个项目“{n2}”相同：同一文件中每个项目的编码应唯一，请核对编码。",
                n=ctx.project.code.strip(), n1=twin[0] + 1, n2=twin[1].name),
        )


def rule_copied_indicators(ctx: Context) -> Iterator[Problem]:
    key = indicator_key(ctx.project)
    doc_index = _index(ctx.doc)
    index = doc_index.indicators
    index.put(ctx.project, key)
    if key is None:
        return
    twin = index.twin(ctx.project, key, doc_index.position)
    if twin is not None:
        yield ctx.field_problem(
            "project.copied_indicators", WARNING, "indicators",
            say("本项目的绩效指标与第 {n} 个项目“{n1}”完全相同（{n2} 个三级指标及指标值）：是否照搬了其他项目？请按本项目的内容填写。",
                n=twin[0] + 1, n1=twin[1].name, n2=len(key)),
        )


RULES: tuple[Rule, ...] = (rule_duplicate_code, rule_copied_indicators)
CODES: tuple[str, ...] = ("project.duplicate_code", "project.copied_indicators")
