"""What changed between two versions of a document: ``jxeditor diff`` and 与其他版本比较.

:func:`compare` lists every change once, project by project in the new version's
order (removed projects last):

- projects are matched by 项目编码, else by name (normalised as in
  :mod:`jxeditor.yearly.normalize`); a project matched by code whose name changed is
  renamed (:data:`PROJECT_RENAMED`), not removed and added;
- the fields of a matched project: :data:`FIELD_CHANGED` with the old and new text;
- third-level indicators are matched by their path (一级 / 二级 / 三级, group names in
  their standard spelling), then the ones left in the same 二级 by the similarity of
  their names (a same target value counts as well): :data:`INDICATOR_RENAMED` (in a
  二级 with hundreds left on both sides, each new name is weighed against the
  :data:`CANDIDATES` old names that share its rarest two-character pieces, not against
  all: time and memory grow with the indicators, not with their square); then
  :data:`VALUE_CHANGED`, :data:`DESCRIPTION_CHANGED`, :data:`BASIS_CHANGED`;
  unmatched ones are :data:`INDICATOR_ADDED` or :data:`INDICATOR_REMOVED` (an
  indicator without name and value is ignored);
- the document's year, 填报单位, 金额单位 and 指标框架 (``project`` ``""``);
- the department's overall targets, first, with ``project`` ``部门整体``
  (:mod:`jxeditor.yearly.compare_department`: its texts, tasks, measures and tree).

Nothing unchanged is reported: whitespace, full-width forms, ``12`` for ``12.00`` and
the same target written otherwise are no change. The stage blocks and the history are
not compared (they are not part of the submitted target table).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from jxeditor.document.department import DEPARTMENT_LABEL
from jxeditor.document.document import Document
from jxeditor.document.fields import (
    DOCUMENT,
    INDICATOR,
    PROJECT,
    label_of,
    text_from_value,
)
from jxeditor.document.frameworks import Frameworks, load_frameworks
from jxeditor.document.model import PROJECT_FIELDS, Indicator, NodePath, Project, get_field
from jxeditor.yearly.compare_department import KIND_LABELS as DEPARTMENT_KINDS
from jxeditor.yearly.compare_department import department_changes, tree_of
from jxeditor.yearly.normalize import plain, same_field, same_text, same_value, value_key

PROJECT_ADDED, PROJECT_REMOVED, PROJECT_RENAMED = "project_added", "project_removed", "project_renamed"
FIELD_CHANGED = "field_changed"
INDICATOR_ADDED, INDICATOR_REMOVED = "indicator_added", "indicator_removed"
INDICATOR_RENAMED, VALUE_CHANGED = "indicator_renamed", "value_changed"
DESCRIPTION_CHANGED, BASIS_CHANGED = "description_changed", "basis_changed"

KIND_LABELS: dict[str, str] = {
    PROJECT_ADDED: "新增项目",
    PROJECT_REMOVED: "删除项目",
    PROJECT_RENAMED: "项目更名",
    FIELD_CHANGED: "修改",
    INDICATOR_ADDED: "新增指标",
    INDICATOR_REMOVED: "删除指标",
    INDICATOR_RENAMED: "指标更名",
    VALUE_CHANGED: "修改指标值",
    DESCRIPTION_CHANGED: "修改指标描述",
    BASIS_CHANGED: "修改指标值确定依据",
    **DEPARTMENT_KINDS,
}
# The document's settings that are compared (their labels are the field registry's).
DOCUMENT_KEYS: tuple[str, ...] = ("year", "reporting_unit", "money_unit", "framework")
SEP = " / "
SIMILAR = 0.5  # least similarity of two names (a same target value adds 0.5)
ALL_PAIRS = 40_000  # a 二级 with at most this many (old, new) pairs left weighs them all
CANDIDATES = 12  # in a larger one, the old names weighed for each new one …
POSTINGS = 600  # … found among this many entries of its rarest two-character pieces


@dataclass(frozen=True)
class Difference:
    """One difference between the two versions (not a change event of the document,
    :mod:`jxeditor.document.changes`). ``path`` is a field's dotted path, or the indicator's names joined by
    `` / ``, or ``""`` for a whole project; ``location`` says it in Chinese. The editor
    finds its place by ``new_index`` (or ``old_index``), ``field`` and ``node`` (the
    indicator's path of indices in the new version; in the old one when removed); a
    change of the department block (部门整体) is marked ``department``, its ``field`` a
    path in the block (``tasks[0].title``)."""

    project: str
    change: str
    path: str
    old: str | None
    new: str | None
    location: str = ""
    old_index: int | None = None
    new_index: int | None = None
    field: str | None = None
    node: NodePath | None = None
    department: bool = False

    @property
    def label(self) -> str:
        """The kind of change in Chinese (新增项目, 修改指标值, …)."""
        return KIND_LABELS.get(self.change, self.change)

    def to_json(self) -> dict[str, str | None]:
        """The change as ``jxeditor diff --json`` prints it."""
        return {"project": self.project, "change": self.change, "path": self.path,
                "old": self.old, "new": self.new}


@dataclass(frozen=True)
class _Leaf:
    group: tuple[str, str]
    key: str  # the plain name
    path: NodePath
    names: tuple[str, str, str]
    ind: Indicator

    @property
    def text(self) -> str:
        return SEP.join(self.names)


def _leaves(project: Project, fw: Frameworks) -> list[_Leaf]:
    out: list[_Leaf] = []
    for i, l1 in enumerate(project.indicators):
        k1 = plain(fw.canonical_name(l1.name))
        for j, l2 in enumerate(l1.children):
            group = (k1, plain(fw.canonical_name(l2.name)))
            for k, ind in enumerate(l2.children):
                key = plain(ind.name)
                if key or plain(ind.value):
                    out.append(_Leaf(group, key, (i, j, k), (l1.name, l2.name, ind.name), ind))
    return out


def _similarity(old: _Leaf, new: _Leaf) -> float:
    score = SequenceMatcher(None, old.key, new.key, autojunk=False).ratio()
    if value_key(old.ind.value) == value_key(new.ind.value):
        score += 0.5
    return score


def _grams(key: str) -> set[str]:
    """The two-character pieces of a name (the name itself when shorter)."""
    return {key[i:i + 2] for i in range(len(key) - 1)} or {key}


def _candidates(olds: list[_Leaf], news: list[_Leaf]) -> Iterator[tuple[int, int]]:
    """(old index, new index) of the pairs worth weighing: all of them in a small group;
    in a large one, for each new name the :data:`CANDIDATES` old names sharing most of
    its rarest pieces (at most :data:`POSTINGS` entries read, rarest piece first)."""
    if len(olds) * len(news) <= ALL_PAIRS:
        yield from ((oi, ni) for ni in range(len(news)) for oi in range(len(olds)))
        return
    postings: dict[str, list[int]] = {}
    for oi, o in enumerate(olds):
        for gram in _grams(o.key):
            postings.setdefault(gram, []).append(oi)
    for ni, n in enumerate(news):
        shared: dict[int, int] = {}
        budget = POSTINGS
        for gram in sorted(_grams(n.key), key=lambda g: len(postings.get(g, ()))):
            found = postings.get(gram, ())[:budget]
            for oi in found:
                shared[oi] = shared.get(oi, 0) + 1
            budget -= len(found)
            if budget <= 0:
                break
        best = sorted(shared, key=lambda oi: (-shared[oi], oi))[:CANDIDATES]
        yield from ((oi, ni) for oi in best)


def match_indicators(old: list[_Leaf], new: list[_Leaf]) -> list[tuple[_Leaf | None, _Leaf | None]]:
    """Pairs (old, new) in the new tree's order, then the removed ones (old, None)."""
    by_path: dict[tuple[tuple[str, str], str], list[_Leaf]] = {}
    for leaf in old:
        by_path.setdefault((leaf.group, leaf.key), []).append(leaf)
    partner: dict[int, _Leaf] = {}  # id(new leaf) -> old leaf
    used: set[int] = set()
    for leaf in new:
        candidates = by_path.get((leaf.group, leaf.key))
        if candidates:
            found = candidates.pop(0)
            partner[id(leaf)] = found
            used.add(id(found))
    left_old: dict[tuple[str, str], list[_Leaf]] = {}
    for leaf in old:
        if id(leaf) not in used:
            left_old.setdefault(leaf.group, []).append(leaf)
    if left_old:
        left_new: dict[tuple[str, str], list[_Leaf]] = {}
        for leaf in new:
            if id(leaf) not in partner and leaf.group in left_old:
                left_new.setdefault(leaf.group, []).append(leaf)
        scored: list[tuple[float, int, int, _Leaf, _Leaf]] = []
        for group, news in left_new.items():
            olds = left_old[group]
            for oi, ni in _candidates(olds, news):
                score = _similarity(olds[oi], news[ni])
                if score >= SIMILAR:  # only pairs that may match are kept
                    scored.append((score, oi, ni, olds[oi], news[ni]))
        scored.sort(key=lambda item: (-item[0], item[2], item[1]))
        for _score, _oi, _ni, o, n in scored:
            if id(o) not in used and id(n) not in partner:
                partner[id(n)] = o
                used.add(id(o))
    pairs: list[tuple[_Leaf | None, _Leaf | None]] = [(partner.get(id(n)), n) for n in new]
    pairs.extend((o, None) for o in old if id(o) not in used)
    return pairs


def _project_name(project: Project, index: int) -> str:
    return project.name.strip() or f"第 {index + 1} 个项目"


class _Comparer:
    def __init__(self, old: Document, new: Document) -> None:
        self.old, self.new = old, new
        self.fw = load_frameworks()

    def project_changes(self, oi: int, ni: int) -> Iterator[Difference]:
        a, b = self.old.projects[oi], self.new.projects[ni]
        name = _project_name(b, ni)
        where: dict[str, Any] = {"old_index": oi, "new_index": ni}
        if not same_text(a.name, b.name):
            yield Difference(name, PROJECT_RENAMED, "name", a.name, b.name,
                         label_of(PROJECT, "name"), **where, field="name")
        for path in PROJECT_FIELDS:
            if path == "name":
                continue
            va, vb = get_field(a, path), get_field(b, path)
            if not same_field(path, va, vb):
                yield Difference(name, FIELD_CHANGED, path, text_from_value(path, va),
                             text_from_value(path, vb), label_of(PROJECT, path), **where,
                             field=path)
        yield from self.indicator_changes(name, a, b, where)

    def indicator_changes(self, name: str, a: Project, b: Project,
                          where: dict[str, Any]) -> Iterator[Difference]:
        for o, n in match_indicators(_leaves(a, self.fw), _leaves(b, self.fw)):
            if n is None:
                assert o is not None
                yield Difference(name, INDICATOR_REMOVED, o.text, o.ind.value, None,
                             "绩效指标" + SEP + o.text, **where, node=o.path)
                continue
            place = "绩效指标" + SEP + n.text
            if o is None:
                yield Difference(name, INDICATOR_ADDED, n.text, None, n.ind.value, place, **where,
                             node=n.path)
                continue
            if o.key != n.key:
                yield Difference(name, INDICATOR_RENAMED, n.text, o.ind.name, n.ind.name, place,
                             **where, node=n.path)
            if not same_value(o.ind.value, n.ind.value):
                yield Difference(name, VALUE_CHANGED, n.text, o.ind.value, n.ind.value, place,
                             **where, node=n.path)
            if not same_text(o.ind.description, n.ind.description):
                yield Difference(name, DESCRIPTION_CHANGED, n.text, o.ind.description,
                             n.ind.description, place + SEP + label_of(INDICATOR, "description"),
                             **where, node=n.path)
            if not same_text(o.ind.basis, n.ind.basis):
                yield Difference(name, BASIS_CHANGED, n.text, o.ind.basis, n.ind.basis,
                             place + SEP + label_of(INDICATOR, "basis"), **where, node=n.path)

    def document_changes(self) -> Iterator[Difference]:
        for key in DOCUMENT_KEYS:
            va, vb = str(getattr(self.old, key)), str(getattr(self.new, key))
            if not same_text(va, vb):
                yield Difference("", FIELD_CHANGED, key, va, vb, label_of(DOCUMENT, key))


def _code_key(project: Project) -> str:
    return plain(project.code)


def _name_key(project: Project) -> str:
    return plain(project.name)


def match_projects(old: Document, new: Document) -> list[tuple[int | None, int | None]]:
    """Pairs of project indices (old, new): by code, else by name; in the new order, then
    the removed ones (old, None)."""
    partner: dict[int, int] = {}  # new index -> old index
    used: set[int] = set()
    for key_of in (_code_key, _name_key):
        pool: dict[str, list[int]] = {}
        for i, project in enumerate(old.projects):
            key = key_of(project)
            if key and i not in used:
                pool.setdefault(key, []).append(i)
        for j, project in enumerate(new.projects):
            key = key_of(project)
            if j not in partner and key and pool.get(key):
                i = pool[key].pop(0)
                partner[j] = i
                used.add(i)
    pairs: list[tuple[int | None, int | None]] = [
        (partner.get(j), j) for j in range(len(new.projects))
    ]
    pairs.extend((i, None) for i in range(len(old.projects)) if i not in used)
    return pairs


def compare(old: Document, new: Document) -> list[Difference]:
    """Every change from ``old`` to ``new``, once each (see the module's description)."""
    comparer = _Comparer(old, new)
    changes = list(comparer.document_changes())
    for kind, path, before, after, location in department_changes(old.department, new.department):
        changes.append(Difference(DEPARTMENT_LABEL, kind, path, before, after, location,
                                  field=path or None, department=True))
    if old.department is not None and new.department is not None:
        changes.extend(comparer.indicator_changes(
            DEPARTMENT_LABEL, tree_of(old.department), tree_of(new.department),
            {"department": True}))
    for oi, ni in match_projects(old, new):
        if oi is not None and ni is not None:
            changes.extend(comparer.project_changes(oi, ni))
        elif ni is not None:
            name = _project_name(new.projects[ni], ni)
            changes.append(Difference(name, PROJECT_ADDED, "", None, new.projects[ni].name,
                                  "项目", new_index=ni))
        elif oi is not None:
            name = _project_name(old.projects[oi], oi)
            changes.append(Difference(name, PROJECT_REMOVED, "", old.projects[oi].name, None,
                                  "项目", old_index=oi))
    return changes
