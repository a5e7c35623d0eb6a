"""The tables of a document as plain Python types, and how their fields are named.

A :class:`Project` is one performance target table: header fields, a funding block, a
spending plan, goal texts and a three-level indicator tree (:class:`Level1` →
:class:`Level2` → :class:`Indicator`). Unreadable amounts and dates are kept as typed
(see :mod:`jxeditor.document.amounts`). The :class:`~jxeditor.document.document.Document`
that holds the projects, and announces every edit, is in its own module.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from jxeditor.document.amounts import Amount, DateValue
from jxeditor.document.fields import DOCUMENT, FIELDS, INDICATOR, MONTHS, fields_of
from jxeditor.document.frameworks import load_frameworks
from jxeditor.document.stages import (
    TARGETS,
    IndicatorEvaluation,
    IndicatorMonitoring,
    ProjectEvaluation,
    ProjectMonitoring,
)

FRAMEWORKS: tuple[str, ...] = ("2015", "2021")
DEFAULT_FRAMEWORK = "2021"


MAX_HISTORY = 200  # entries of one indicator (one per year) that files may hold


@dataclass(frozen=True)
class HistoryEntry:
    """One past year of an indicator: that year's target (年度指标值) and its actual value
    (实际完成值, ``""`` when none was recorded); carried by ``jxeditor next-year``."""

    year: int
    target: str = ""
    actual: str = ""


@dataclass
class Indicator:
    """A third-level indicator: free-text name and its target value (年度指标值); in the
    later stages its 运行监控 and 自评 blocks (:mod:`jxeditor.document.stages`); its
    ``history`` of past years, oldest first."""

    name: str = ""
    value: str = ""
    description: str = ""
    basis: str = ""
    monitoring: IndicatorMonitoring | None = None
    evaluation: IndicatorEvaluation | None = None
    history: list[HistoryEntry] = field(default_factory=list)


def previous_year(indicator: Indicator, year: int) -> HistoryEntry | None:
    """The latest history entry before ``year`` (上年指标值 and 上年实际完成值), or None."""
    best: HistoryEntry | None = None
    for entry in indicator.history:
        if entry.year < year and (best is None or entry.year > best.year):
            best = entry
    return best


@dataclass
class Level2:
    """A second-level indicator group (二级指标), holding third-level indicators."""

    name: str = ""
    children: list[Indicator] = field(default_factory=list)


@dataclass
class Level1:
    """A first-level indicator group (一级指标), holding second-level groups."""

    name: str = ""
    children: list[Level2] = field(default_factory=list)


Node = Level1 | Level2 | Indicator
NodePath = tuple[int, ...]


@dataclass(frozen=True)
class Acknowledgement:
    """A warning (or 提示) of a project that the person confirmed as intended (确认无误),
    with a short ``reason``. It names the problem by its rule ``code`` and its place: a
    project field path (``field``, ``""`` for none) and the names of the indicator path
    (``indicator``, 一级 → 三级, ``()`` for none), never by position, so it survives
    reordering (:mod:`jxeditor.rules.acknowledgements` decides what it covers)."""

    code: str
    reason: str
    field: str = ""
    indicator: tuple[str, ...] = ()


def renamed_place(
    acknowledgements: list[Acknowledgement], before: tuple[str, ...], after: tuple[str, ...]
) -> list[Acknowledgement]:
    """``acknowledgements`` with the place ``before`` (the names along a node's path, 一级
    → the renamed node) renamed ``after``: an indicator's, or everything under a group's,
    follows its rename."""
    depth = len(before)
    return [
        replace(a, indicator=after + a.indicator[depth:])
        if depth and a.indicator[:depth] == before else a
        for a in acknowledgements
    ]


def indicator_names(project: Project, path: NodePath) -> tuple[str, ...] | None:
    """The names along ``path`` in the project's indicator tree (一级, 二级, 三级), or
    ``None`` when the path names no node."""
    names: list[str] = []
    children: list[Any] = project.indicators
    for i in path:
        if not 0 <= i < len(children):
            return None
        node = children[i]
        names.append(node.name)
        children = getattr(node, "children", [])
    return tuple(names)


@dataclass
class Period:
    """The implementation period (项目实施期): first and last day."""

    start: DateValue = None
    end: DateValue = None


@dataclass
class FundingColumn:
    """One funding column: total, of which fiscal appropriation (财政拨款) and other funds."""

    total: Amount = None
    fiscal: Amount = None
    other: Amount = None


@dataclass
class Funding:
    """The funding block: the whole implementation period and this year's column."""

    period: FundingColumn = field(default_factory=FundingColumn)
    annual: FundingColumn = field(default_factory=FundingColumn)


@dataclass
class Goals:
    """The goal texts: for the implementation period and for this year."""

    period: str = ""
    annual: str = ""


def _empty_plan() -> dict[str, Amount]:
    return {m: None for m in MONTHS}


@dataclass
class Project:
    """One performance target table (one budget project)."""

    code: str = ""
    name: str = ""
    attribute: str = ""
    category: str = ""
    department: str = ""
    implementer: str = ""
    period: Period = field(default_factory=Period)
    funding: Funding = field(default_factory=Funding)
    purpose: str = ""
    spending_plan: dict[str, Amount] = field(default_factory=_empty_plan)
    goals: Goals = field(default_factory=Goals)
    indicators: list[Level1] = field(default_factory=list)
    monitoring: ProjectMonitoring | None = None
    evaluation: ProjectEvaluation | None = None
    acknowledgements: list[Acknowledgement] = field(default_factory=list)
    # Fields the table it was read from has no place for (a department's published list
    # of coded projects, layout C, has no 主管部门, 实施单位 or 实施期): while empty they are
    # not listed one by one as 待填; one notice per document says so.
    absent_fields: tuple[str, ...] = ()


# Every editable project field, document setting and indicator node field, by its dotted
# path (the one field registry, :mod:`jxeditor.document.fields`, describes them). The
# UI, the validator's locations and the importers all name fields this way.
PROJECT_FIELDS: tuple[str, ...] = tuple(spec.path for spec in FIELDS)
DOCUMENT_FIELDS: tuple[str, ...] = tuple(spec.path for spec in fields_of(DOCUMENT))
NODE_FIELDS: tuple[str, ...] = tuple(
    spec.path for spec in fields_of(INDICATOR) if spec.stage == TARGETS
)


def get_field(obj: Any, path: str) -> Any:
    """Reads a dotted field path (``"funding.annual.total"``) from a project."""
    for part in path.split("."):
        obj = obj[part] if isinstance(obj, dict) else getattr(obj, part)
    return obj


def set_field(obj: Any, path: str, value: Any) -> None:
    """Writes a dotted field path; a path that names no field raises ``KeyError`` or
    ``AttributeError``."""
    *head, last = path.split(".")
    for part in head:
        obj = obj[part] if isinstance(obj, dict) else getattr(obj, part)
    if isinstance(obj, dict):
        if last not in obj:
            raise KeyError(path)
        obj[last] = value
    else:
        if not hasattr(obj, last):
            raise AttributeError(path)
        setattr(obj, last, value)


def skeleton(framework: str) -> list[Level1]:
    """The standard first and second levels of a framework, each with one empty indicator."""
    fw = load_frameworks().skeleton(framework)
    return [
        Level1(name=l1, children=[Level2(name=l2, children=[Indicator()]) for l2 in l2s])
        for l1, l2s in fw
    ]


def new_project(framework: str = DEFAULT_FRAMEWORK, name: str = "") -> Project:
    """A blank project with the framework's skeleton."""
    return Project(name=name, indicators=skeleton(framework))


def iter_indicators(project: Project) -> Iterator[tuple[NodePath, Level1, Level2, Indicator]]:
    """Yields ``(path, level1, level2, indicator)`` for every third-level indicator."""
    for i, l1 in enumerate(project.indicators):
        for j, l2 in enumerate(l1.children):
            for k, ind in enumerate(l2.children):
                yield (i, j, k), l1, l2, ind

