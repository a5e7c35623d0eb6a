"""The document model: plain Python types for a performance target table document.

A :class:`Document` holds document settings (budget year, reporting unit, framework)
and a list of :class:`Project` tables. Each project has header fields, a funding block,
a spending plan, goal texts and a three-level indicator tree
(:class:`Level1` → :class:`Level2` → :class:`Indicator`).

Values that a user types may be unreadable (an amount ``"40万元左右"``, a date
``"待定"``). The model keeps such text as it is, so nothing is lost and the validator
can point at it: amounts and percentages are ``Decimal | str | None`` (``Decimal`` when
the text is a number, the raw ``str`` when it is not, ``None`` when blank), dates are
``date | str | None`` the same way. Amounts are never floats.

All edits that the editor makes go through the mutating methods of
:class:`Document`, which announce each change to the listeners (before and after,
so a Qt model can call ``beginInsertRows``/``endInsertRows``). Nothing here imports Qt.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

Amount = Decimal | str | None
DateValue = date | str | None

MONTHS: tuple[str, ...] = ("03", "06", "10", "12")
FRAMEWORKS: tuple[str, ...] = ("2015", "2021")
DEFAULT_FRAMEWORK = "2021"

_NUMBER_RE = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９．－＋，", "0123456789.-+,")


def parse_amount(text: object, *, lenient: bool = False) -> Amount:
    """Reads an amount or percentage: a ``Decimal`` if it is a number, else the text.

    Blank text gives ``None``. Strictly, only a plain decimal number is a number (what a
    user types in the editor, what the JSON format holds). ``lenient`` is for importing
    what people write in spreadsheets: thousands separators, full-width digits and a
    trailing ``万``/``万元``/``%`` are accepted (``"1,443.08"``, ``"40万"``, ``"30%"``).
    """
    if text is None:
        return None
    if isinstance(text, Decimal):
        return text
    if isinstance(text, bool):
        return str(text)
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, float):
        return Decimal(repr(text))
    raw = str(text).strip()
    if not raw:
        return None
    s = raw
    if lenient:
        s = s.translate(_FULLWIDTH_DIGITS).replace(",", "").replace(" ", "")
        for suffix in ("万元", "万", "%"):
            if s.endswith(suffix) and len(s) > len(suffix):
                s = s[: -len(suffix)]
                break
    if _NUMBER_RE.match(s):
        try:
            return Decimal(s)
        except InvalidOperation:  # pragma: no cover - the regex admits only numbers
            return raw
    return raw


def format_amount(value: Amount) -> str:
    """Writes an amount back as text: fixed notation, never ``1E+3``; blank for ``None``."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    return value


@dataclass
class Indicator:
    """A third-level indicator: free-text name and its target value (年度指标值)."""

    name: str = ""
    value: str = ""
    description: str = ""
    basis: str = ""


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


# Every editable project field, by its dotted path. The UI, the validator's locations
# and the importers all name fields this way.
PROJECT_FIELDS: tuple[str, ...] = (
    "code",
    "name",
    "attribute",
    "category",
    "department",
    "implementer",
    "period.start",
    "period.end",
    "funding.period.total",
    "funding.period.fiscal",
    "funding.period.other",
    "funding.annual.total",
    "funding.annual.fiscal",
    "funding.annual.other",
    "purpose",
    *(f"spending_plan.{m}" for m in MONTHS),
    "goals.period",
    "goals.annual",
)

DOCUMENT_FIELDS: tuple[str, ...] = ("year", "reporting_unit", "money_unit", "framework")
NODE_FIELDS: tuple[str, ...] = ("name", "value", "description", "basis")


def get_field(obj: Any, path: str) -> Any:
    """Reads a dotted field path (``"funding.annual.total"``) from a project."""
    for part in path.split("."):
        obj = obj[part] if isinstance(obj, dict) else getattr(obj, part)
    return obj


def _set_field(obj: Any, path: str, value: Any) -> None:
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


@dataclass(frozen=True)
class Change:
    """One announcement of a change to the document.

    ``kind`` is one of: ``document_field``, ``project_field``,
    ``projects_inserting``/``projects_inserted``, ``project_removing``/``project_removed``,
    ``project_moving``/``project_moved``, ``node_inserting``/``node_inserted``,
    ``node_removing``/``node_removed``, ``node_moving``/``node_moved``, ``node_field``,
    ``resetting``/``reset``. ``path`` is the parent path for node insert/remove/move and
    the node's own path for ``node_field``.
    """

    kind: str
    project: int | None = None
    field: str | None = None
    path: NodePath = ()
    row: int | None = None
    dest: int | None = None


Listener = Callable[[Change], None]


@dataclass
class Document:
    """A document: settings and the projects, one table each."""

    year: int = 2026
    reporting_unit: str = ""
    money_unit: str = "万元"
    framework: str = DEFAULT_FRAMEWORK
    projects: list[Project] = field(default_factory=list)
    _listeners: list[Listener] = field(
        default_factory=list, compare=False, repr=False, init=False
    )

    # -- listeners -------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        """Calls ``listener(change)`` before and after every change made through methods."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _emit(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    def __deepcopy__(self, memo: dict[int, Any]) -> Document:
        clone = Document(
            year=self.year,
            reporting_unit=self.reporting_unit,
            money_unit=self.money_unit,
            framework=self.framework,
            projects=copy.deepcopy(self.projects, memo),
        )
        return clone

    # -- document settings -------------------------------------------------------------
    def set_document_field(self, name: str, value: Any) -> Any:
        """Sets ``year``, ``reporting_unit``, ``money_unit`` or ``framework``; returns the old value."""
        if name not in DOCUMENT_FIELDS:
            raise KeyError(name)
        old = getattr(self, name)
        setattr(self, name, value)
        self._emit(Change("document_field", field=name))
        return old

    def replace_all(self, other: Document) -> None:
        """Takes over settings and projects of ``other`` (open a file into this document)."""
        self._emit(Change("resetting"))
        self.year = other.year
        self.reporting_unit = other.reporting_unit
        self.money_unit = other.money_unit
        self.framework = other.framework
        self.projects = other.projects
        self._emit(Change("reset"))

    # -- projects -------------------------------------------------------------------
    def set_project_field(self, project: int, path: str, value: Any) -> Any:
        """Sets one field of a project by dotted path; returns the old value."""
        if path not in PROJECT_FIELDS:
            raise KeyError(path)
        target = self.projects[project]
        old = get_field(target, path)
        _set_field(target, path, value)
        self._emit(Change("project_field", project=project, field=path))
        return old

    def insert_project(self, index: int, project: Project) -> None:
        self.insert_projects(index, [project])

    def insert_projects(self, index: int, projects: list[Project]) -> None:
        """Inserts projects before ``index`` (``len(projects)`` appends)."""
        if not 0 <= index <= len(self.projects):
            raise IndexError(index)
        if not projects:
            return
        self._emit(Change("projects_inserting", project=index, row=len(projects)))
        self.projects[index:index] = projects
        self._emit(Change("projects_inserted", project=index, row=len(projects)))

    def remove_project(self, index: int) -> Project:
        """Removes and returns the project at ``index``."""
        if not 0 <= index < len(self.projects):
            raise IndexError(index)
        self._emit(Change("project_removing", project=index))
        removed = self.projects.pop(index)
        self._emit(Change("project_removed", project=index))
        return removed

    def move_project(self, src: int, dest: int) -> None:
        """Moves the project at ``src`` so that it ends up at index ``dest``."""
        n = len(self.projects)
        if not (0 <= src < n and 0 <= dest < n):
            raise IndexError((src, dest))
        if src == dest:
            return
        self._emit(Change("project_moving", project=src, dest=dest))
        self.projects.insert(dest, self.projects.pop(src))
        self._emit(Change("project_moved", project=src, dest=dest))

    # -- indicator tree ----------------------------------------------------------------
    def node(self, project: int, path: NodePath) -> Node:
        """The node at ``path`` (1 to 3 indices) in a project's indicator tree."""
        if not 1 <= len(path) <= 3:
            raise IndexError(path)
        children: list[Any] = self.projects[project].indicators
        item: Any = None
        for i in path:
            if not 0 <= i < len(children):
                raise IndexError(path)
            item = children[i]
            children = getattr(item, "children", [])
        return item

    def children_of(self, project: int, parent: NodePath) -> list[Any]:
        """The child list under ``parent`` (``()`` is the project's first levels)."""
        if not parent:
            return self.projects[project].indicators
        node = self.node(project, parent)
        if isinstance(node, Indicator):
            raise IndexError(parent)
        return node.children

    def insert_node(self, project: int, parent: NodePath, row: int, node: Node) -> None:
        """Inserts ``node`` at ``row`` under ``parent``; the node's level must fit."""
        expected = (Level1, Level2, Indicator)[len(parent)] if len(parent) < 3 else None
        if expected is None or not isinstance(node, expected):
            raise TypeError(f"a {type(node).__name__} cannot stand at depth {len(parent) + 1}")
        children = self.children_of(project, parent)
        if not 0 <= row <= len(children):
            raise IndexError(row)
        self._emit(Change("node_inserting", project=project, path=parent, row=row))
        children.insert(row, node)
        self._emit(Change("node_inserted", project=project, path=parent, row=row))

    def remove_node(self, project: int, parent: NodePath, row: int) -> Node:
        """Removes and returns the node at ``row`` under ``parent``."""
        children = self.children_of(project, parent)
        if not 0 <= row < len(children):
            raise IndexError(row)
        self._emit(Change("node_removing", project=project, path=parent, row=row))
        removed = children.pop(row)
        self._emit(Change("node_removed", project=project, path=parent, row=row))
        return removed

    def move_node(self, project: int, parent: NodePath, src: int, dest: int) -> None:
        """Moves a node among its siblings so that it ends up at index ``dest``."""
        children = self.children_of(project, parent)
        n = len(children)
        if not (0 <= src < n and 0 <= dest < n):
            raise IndexError((src, dest))
        if src == dest:
            return
        self._emit(Change("node_moving", project=project, path=parent, row=src, dest=dest))
        children.insert(dest, children.pop(src))
        self._emit(Change("node_moved", project=project, path=parent, row=src, dest=dest))

    def set_node_field(self, project: int, path: NodePath, name: str, value: str) -> str:
        """Sets ``name``, ``value``, ``description`` or ``basis`` of a node; returns the old one."""
        node = self.node(project, path)
        if name not in NODE_FIELDS or (name != "name" and not isinstance(node, Indicator)):
            raise KeyError(name)
        old = getattr(node, name)
        setattr(node, name, value)
        self._emit(Change("node_field", project=project, path=path, field=name))
        return old


def skeleton(framework: str) -> list[Level1]:
    """The standard first and second levels of a framework, each with one empty indicator."""
    from jxeditor.document.frameworks import load_frameworks

    fw = load_frameworks().skeleton(framework)
    return [
        Level1(name=l1, children=[Level2(name=l2, children=[Indicator()]) for l2 in l2s])
        for l1, l2s in fw
    ]


def new_project(framework: str = DEFAULT_FRAMEWORK, name: str = "") -> Project:
    """A blank project with the framework's skeleton."""
    return Project(name=name, indicators=skeleton(framework))


def iter_indicators(project: Project):
    """Yields ``(path, level1, level2, indicator)`` for every third-level indicator."""
    for i, l1 in enumerate(project.indicators):
        for j, l2 in enumerate(l1.children):
            for k, ind in enumerate(l2.children):
                yield (i, j, k), l1, l2, ind

