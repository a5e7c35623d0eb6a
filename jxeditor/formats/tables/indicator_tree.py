"""Building a project's indicator tree (一级 → 二级 → 三级) as a table reader meets it.

:class:`IndicatorTree` holds the growing tree and the current first- and second-level
groups; an indicator goes into the current group, and groups with an empty name are
made when an indicator comes before any level name. The two readers feed it
differently:

* :class:`RowTreeBuilder` (grid tables): one row of cells at a time; the 一级/二级 cells
  of merged ranges stand in the first row only and are carried down.
* :class:`LevelTreeBuilder` (PDF text): level names in order, then the indicators
  under them; whether a name is a first or a second level follows from the framework
  and from the name after it.
"""

from __future__ import annotations

from bisect import bisect_right

from jxeditor.document.frameworks import Frameworks
from jxeditor.document.model import Indicator, Level1, Level2, Project
from jxeditor.formats.tables.labels import tidy

Cell = tuple[int, str]  # (column, text)


class IndicatorTree:
    """A project's indicator tree, grown at its end."""

    def __init__(self, project: Project, fw: Frameworks) -> None:
        self.project = project
        self.fw = fw
        self.level1: Level1 | None = None
        self.level2: Level2 | None = None

    def start_level1(self, name: str) -> None:
        """A new first-level group; indicators that follow need a second level first."""
        self.level1 = Level1(name=name)
        self.project.indicators.append(self.level1)
        self.level2 = None

    def start_level2(self, name: str) -> None:
        """A new second-level group in the current first-level group."""
        assert self.level1 is not None
        self.level2 = Level2(name=name)
        self.level1.children.append(self.level2)

    def add_indicator(self, indicator: Indicator) -> None:
        """Puts an indicator into the current group (unnamed groups made as needed)."""
        if self.level1 is None:
            self.start_level1("")
        if self.level2 is None:
            self.start_level2("")
        assert self.level2 is not None
        self.level2.children.append(indicator)


class RowTreeBuilder(IndicatorTree):
    """Builds the indicator tree row by row, carrying merged 一级/二级 cells down."""

    def __init__(self, project: Project, fw: Frameworks, columns: dict[str, int]) -> None:
        super().__init__(project, fw)
        self.columns = columns
        self.extra_columns = "description" in columns or "basis" in columns
        # looked up for every row: made once per table
        self.level2_known = fw.level2_names | {n for v in fw.nonstandard.values() for n in v}
        self.roles = sorted((col, role) for role, col in columns.items() if role not in ("l1", "l2"))
        self._role_columns = [col for col, _role in self.roles]
        self._role_names = [role for _col, role in self.roles]
        # a name that may make a level wherever it stands (else only in the 一级 column,
        # or as the 二级 by its column or place): a row of an indicator's cells is told
        # by this set and two columns
        self._level_names = (fw.level1_names | fw.level2_names | frozenset(fw.nonstandard)
                             | self.level2_known)

    def is_level1(self, cells: list[Cell], i: int) -> bool:
        nxt = self.fw.canonical_name(cells[i + 1][1]) if i + 1 < len(cells) else ""
        return self._is_level1(cells, i, self.fw.canonical_name(cells[i][1]), nxt)

    def _is_level1(self, cells: list[Cell], i: int, name: str, nxt: str) -> bool:
        """:meth:`is_level1` with the canonical names of cell ``i`` and the next one."""
        col = cells[i][0]
        l1_col = self.columns.get("l1", 0)
        if name == "成本指标":  # a first level in 2021, a second level under 产出 in 2015
            if nxt in self.fw.accepted["成本指标"]:
                return True
            return col <= l1_col and not self.shifted_left(cells, i)
        if name in self.fw.accepted or name in self.fw.nonstandard:
            return True
        if name in self.fw.level2_names:  # 时效指标 in the 一级 cell: a 二级 shifted left
            return False
        return col == l1_col and name.endswith("指标") and len(cells) - i >= 3

    def shifted_left(self, cells: list[Cell], i: int) -> bool:
        """成本指标 in the 一级 cell under 产出指标, its 三级 name in the 二级 column: the
        row was shifted left by a copy (a web page's), and 成本指标 is a 二级 of 产出指标."""
        if self.level1 is None or self.level1.name != "产出指标" or i + 1 >= len(cells):
            return False
        l2_col = self.columns.get("l2", self.columns.get("l1", 0) + 1)
        return cells[i + 1][0] <= l2_col

    def is_level2(self, cells: list[Cell], i: int, remaining: int) -> bool:
        return self._is_level2(cells[i][0], self.fw.canonical_name(cells[i][1]), remaining)

    def _is_level2(self, col: int, name: str, remaining: int) -> bool:
        """:meth:`is_level2` of the cell in column ``col`` with that canonical name."""
        if name in self.level2_known:
            return True
        if self.extra_columns:
            l2_col = self.columns.get("l2")
            return l2_col is not None and col == l2_col
        return remaining >= 3

    def add_row(self, cells: list[Cell]) -> list[int]:
        """Adds one indicator row; returns the columns it used. (The canonical names of
        its first two cells, all a level can stand in, are looked up once.)"""
        canonical = self.fw.canonical_name
        first = canonical(cells[0][1])
        col = cells[0][0]
        if first not in self._level_names and col != self.columns.get("l1", 0) and (
            col != self.columns.get("l2") if self.extra_columns else len(cells) < 3
        ):  # neither a first nor a second level: an indicator's cells only
            self.add_indicator(self.indicator_from(cells))
            return [col for col, _t in cells]
        names = [first, canonical(cells[1][1]) if len(cells) > 1 else ""]
        i = 0
        new_l1 = new_l2 = None
        if self._is_level1(cells, 0, names[0], names[1]):
            new_l1 = names[0]
            i = 1
        if i < len(cells) and self._is_level2(cells[i][0], names[i], len(cells) - i):
            new_l2 = names[i]
            i += 1
        if new_l1 is not None and (self.level1 is None or self.level1.name != new_l1
                                   or (new_l2 is None and self.level2 is None)):
            self.start_level1(new_l1)
        if new_l2 is not None:
            if self.level1 is None:
                self.start_level1(self.fw.parent_of_level2(new_l2) or "")
            assert self.level1 is not None
            if self.level2 is None or self.level2.name != new_l2 or (new_l1 is not None and (
                not self.level1.children or self.level1.children[-1] is not self.level2
            )):
                self.start_level2(new_l2)
        if i < len(cells):
            self.add_indicator(self.indicator_from(cells[i:] if i else cells))
        return [col for col, _t in cells]

    def indicator_from(self, rest: list[Cell]) -> Indicator:
        if self.extra_columns:
            parts: dict[str, str] = {}
            for col, text in rest:
                at = bisect_right(self._role_columns, col)  # the last role left of col
                role = self._role_names[at - 1] if at else "name"
                current = parts.get(role)
                parts[role] = (current + " " + text).strip() if current else text
            return Indicator(parts.get("name", ""), parts.get("value", ""),
                             parts.get("description", ""), parts.get("basis", ""))
        if len(rest) == 1:
            col, text = rest[0]
            value_col = self.columns.get("value")
            if value_col is not None and col >= value_col:
                return Indicator(value=text)
            return Indicator(tidy(text))
        name = rest[0][1] if len(rest) == 2 else " ".join(text for _c, text in rest[:-1])
        return Indicator(tidy(name), rest[-1][1])


class LevelTreeBuilder(IndicatorTree):
    """Builds the indicator tree from level names in order (PDF text)."""

    def is_level1(self, name: str, following: str | None) -> bool:
        canon = self.fw.canonical_name(name)
        after = self.fw.canonical_name(following) if following else None
        if self.level1 is None:
            return True
        if canon == "成本指标":  # a first level in 2021, a second level under 产出 in 2015
            return after in self.fw.accepted["成本指标"]
        if canon in self.fw.level1_names or canon in self.fw.nonstandard:
            return True
        if canon in self.fw.known_names:
            return False
        return following is not None  # an unknown name with a level name under it

    def add_level(self, name: str, following: str | None) -> None:
        if self.is_level1(name, following):
            self.start_level1(name)
        else:
            self.start_level2(name)
