"""What changed in the department's overall targets (部门整体) between two versions of a
document: the part of :func:`jxeditor.yearly.compare.compare` for the department block.

Every change is named by the place :data:`~jxeditor.document.department.DEPARTMENT_LABEL`
(``部门整体``) where a project's change names the project:

- the block added or removed as a whole (:data:`DEPARTMENT_ADDED`, :data:`DEPARTMENT_REMOVED`);
- its texts and the 金额合计 (:data:`~jxeditor.document.department.DEPARTMENT_FIELDS`):
  ``field_changed`` with the old and new text;
- the tasks (分项目标 / 年度主要任务), matched by their title, then the ones left by their
  place: added, removed, and their fields (content, budget, linked projects); within a
  matched task its measures, matched by their sentence, then by place;
- 目标规划及保障措施, matched by title (else text), then by place;
- the indicator tree, as a project's (:meth:`~jxeditor.yearly.compare._Comparer.indicator_changes`).

Texts are compared as for projects (whitespace and full-width forms are no change),
amounts by their number. The 自评 block is not compared (as a project's stage blocks).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from typing import Any, TypeVar

from jxeditor.document.department import DEPARTMENT_FIELDS as FIELDS
from jxeditor.document.department import (
    DEPARTMENT_LABEL,
    MEASURE_FIELDS,
    SAFEGUARD_FIELDS,
    TASK_FIELDS,
    Department,
    Safeguard,
    Task,
    chinese_number,
    task_label,
)
from jxeditor.document.model import Project
from jxeditor.yearly.normalize import amount_key, plain

DEPARTMENT_ADDED, DEPARTMENT_REMOVED = "department_added", "department_removed"
TASK_ADDED, TASK_REMOVED = "task_added", "task_removed"
MEASURE_ADDED, MEASURE_REMOVED = "measure_added", "measure_removed"
SAFEGUARD_ADDED, SAFEGUARD_REMOVED = "safeguard_added", "safeguard_removed"

KIND_LABELS: dict[str, str] = {
    DEPARTMENT_ADDED: "新增部门整体目标",
    DEPARTMENT_REMOVED: "删除部门整体目标",
    TASK_ADDED: "新增分项目标",
    TASK_REMOVED: "删除分项目标",
    MEASURE_ADDED: "新增绩效指标",
    MEASURE_REMOVED: "删除绩效指标",
    SAFEGUARD_ADDED: "新增保障措施",
    SAFEGUARD_REMOVED: "删除保障措施",
}
SAFEGUARDS_LABEL = "目标规划及保障措施"

T = TypeVar("T")
# (change kind, path, old text, new text, location): what compare() makes a Difference of.
Found = tuple[str, str, str | None, str | None, str]


def _get(owner: object, path: str) -> Any:
    for part in path.split("."):
        owner = getattr(owner, part)
    return owner


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, list):
        return "、".join(str(v) for v in value)
    return str(value)


def _same(old: Any, new: Any) -> bool:
    if isinstance(old, list) or isinstance(new, list):
        return [plain(str(v)) for v in old or []] == [plain(str(v)) for v in new or []]
    if isinstance(old, Decimal) or isinstance(new, Decimal):
        return bool(amount_key(old) == amount_key(new))
    return old == new or plain(_text(old)) == plain(_text(new))


def _fields(old: object, new: object, fields: dict[str, str], prefix: str,
            place: str) -> Iterator[Found]:
    for path, label in fields.items():
        a, b = _get(old, path), _get(new, path)
        if not _same(a, b):
            yield "field_changed", prefix + path, _text(a), _text(b), place + label


def match(old: Sequence[T], new: Sequence[T], key: Callable[[T], str]) -> list[tuple[int | None, int | None]]:
    """Pairs of indices (old, new): by ``key`` (non-empty), then the ones left by their
    place among the left; in the new order, then the removed ones (old, None)."""
    pool: dict[str, list[int]] = {}
    for i, item in enumerate(old):
        if key(item):
            pool.setdefault(key(item), []).append(i)
    partner: dict[int, int] = {}
    for j, item in enumerate(new):
        if pool.get(key(item)):
            partner[j] = pool[key(item)].pop(0)
    left_old = [i for i in range(len(old)) if i not in partner.values()]
    left_new = [j for j in range(len(new)) if j not in partner]
    partner.update(zip(left_new, left_old, strict=False))
    pairs: list[tuple[int | None, int | None]] = [(partner.get(j), j) for j in range(len(new))]
    pairs.extend((i, None) for i in range(len(old)) if i not in partner.values())
    return pairs


def _task_changes(a: Task, b: Task, prefix: str, place: str) -> Iterator[Found]:
    yield from _fields(a, b, {k: v for k, v in TASK_FIELDS.items() if k != "title"}, prefix,
                       place)
    for oi, ni in match(a.measures, b.measures, lambda m: plain(m.text)):
        if ni is None:
            assert oi is not None
            yield MEASURE_REMOVED, f"{prefix}measures", a.measures[oi].text, None, place + "绩效指标"
        elif oi is None:
            yield MEASURE_ADDED, f"{prefix}measures", None, b.measures[ni].text, place + "绩效指标"
        else:
            yield from _fields(a.measures[oi], b.measures[ni], MEASURE_FIELDS,
                               f"{prefix}measures[{ni}].", f"{place}绩效指标（{ni + 1}）/ ")


def _safeguard_key(item: Safeguard) -> str:
    return plain(item.title) or plain(item.text)


def department_changes(old: Department | None, new: Department | None) -> Iterator[Found]:
    """Every change of the department block (see the module's description)."""
    if old is None and new is None:
        return
    if old is None or new is None:
        kind = DEPARTMENT_ADDED if old is None else DEPARTMENT_REMOVED
        block = new if old is None else old
        assert block is not None
        name = block.name or DEPARTMENT_LABEL
        yield kind, "", None if old is None else name, name if old is None else None, DEPARTMENT_LABEL
        return
    yield from _fields(old, new, FIELDS, "", "")
    for oi, ni in match(old.tasks, new.tasks, lambda t: plain(t.title)):
        if ni is None:
            assert oi is not None
            yield TASK_REMOVED, "tasks", old.tasks[oi].title, None, task_label(oi, old.tasks[oi])
        elif oi is None:
            yield TASK_ADDED, "tasks", None, new.tasks[ni].title, task_label(ni, new.tasks[ni])
        else:
            place = task_label(ni, new.tasks[ni]) + " / "
            a, b = old.tasks[oi], new.tasks[ni]
            if not _same(a.title, b.title):
                yield "field_changed", f"tasks[{ni}].title", a.title, b.title, place + TASK_FIELDS["title"]
            yield from _task_changes(a, b, f"tasks[{ni}].", place)
    for oi, ni in match(old.measures, new.measures, _safeguard_key):
        place = f"{SAFEGUARDS_LABEL} / "
        if ni is None:
            assert oi is not None
            yield SAFEGUARD_REMOVED, "measures", old.measures[oi].title or old.measures[oi].text, None, SAFEGUARDS_LABEL
        elif oi is None:
            yield SAFEGUARD_ADDED, "measures", None, new.measures[ni].title or new.measures[ni].text, SAFEGUARDS_LABEL
        else:
            yield from _fields(old.measures[oi], new.measures[ni], SAFEGUARD_FIELDS,
                               f"measures[{ni}].", f"{place}（{chinese_number(ni + 1)}）")


def tree_of(dept: Department) -> Project:
    """The department's indicator tree as a project's, for the tree comparison."""
    return Project(name=dept.name, indicators=dept.indicators)
