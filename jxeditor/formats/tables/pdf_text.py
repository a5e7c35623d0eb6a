"""Reading tables from text extracted out of a PDF, one cell per line (layout C).

Why a second reader: a PDF text extractor (pdftotext, a viewer's "save as text") does
not separate cells with tabs. It writes the cells of one printed line separated by
spaces, breaks a cell that wraps inside its box into several lines (often with blank
lines between them: ``项目`` / ``编码``, ``二级指`` / ``标``, ``服务对`` / ``象满意`` /
``度指标``), and puts a department's prose (总体绩效目标, 分项绩效目标) before the
tables. :mod:`jxeditor.formats.tables.grid` needs cells in columns and finds nothing there.

This reader works on such text in three steps:

1. Lines → items (:mod:`~jxeditor.formats.tables.pdf_lines`): label fragments on
   consecutive lines are joined into the labels the grid reader and the frameworks
   know (compared with spaces removed); a short run of lines ending in ``指标`` is
   taken as a level name even when it is not a standard one (``效果指标``), and kept
   as written so the validator can report it.
2. Items → projects: every ``项目编码`` starts a table. Header labels (预算项目名称,
   项目资金主要用途 with ``预算数 …万元``, 资金支出计划（%）, 绩效目标) take the text
   that follows them; the indicator header (一级指标 … 指标值确定依据) gives the
   columns of the rows below it.
3. Indicator rows (:mod:`~jxeditor.formats.tables.pdf_cells`): the pieces of text
   between two level names are split into cells (name, description, value, basis,
   …) by a small dynamic programme that scores each way of cutting them: target
   values look like values (``≥70%``, ``5851万元``, ``下降``), bases are short and
   repeat, a wrapped cell's lines do not grow longer, and a space inside a printed
   line usually separates cells.

Everything before the first table is skipped with one notice; text that fits nowhere
is reported as a notice naming its line (``第 N 行``), never dropped silently. The layout
has no 主管部门, 实施单位 or 实施期 and one 预算数: one notice per document says so; the
first level ``效果指标`` is read as 效益指标, with one notice.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise

from jxeditor.document.amounts import parse_amount
from jxeditor.document.frameworks import Frameworks, load_frameworks
from jxeditor.document.model import Indicator, Project
from jxeditor.document.periods import parse_period
from jxeditor.formats.tables.artefacts import (
    LAYOUT_C_NOTICE,
    effect_notice,
    mark_absent_fields,
    rename_effect,
)
from jxeditor.formats.tables.indicator_tree import LevelTreeBuilder
from jxeditor.formats.tables.labels import (
    ALL_LABELS,
    BUDGET_IN_PURPOSE,
    GOAL_ANNUAL,
    GOAL_LABELS,
    GOAL_PERIOD,
    HEADER_LABELS,
    IND_COLUMNS,
    PLAN_LABELS,
    PLAN_MONTHS,
    label_key,
    short_text,
)
from jxeditor.formats.tables.pdf_cells import Splitter, join_paragraph, join_pieces, pieces_of
from jxeditor.formats.tables.pdf_lines import Item, Line, text_lines, tokenize
from jxeditor.formats.tables.result import TableImport

_MAX_SECTION_PIECES = 2000  # pieces in one group's rows; splitting is linear, but not free
_YEAR_IN_TEXT = re.compile(r"(20\d\d)\s*年")
_HEADER_FIELDS = {**HEADER_LABELS, **dict.fromkeys(GOAL_LABELS | GOAL_ANNUAL, "goals.annual"),
                  **dict.fromkeys(GOAL_PERIOD, "goals.period"), **dict.fromkeys(PLAN_LABELS, "plan")}


@dataclass
class _Block:
    """The items of one table, from its 项目编码 to the next."""

    items: list[Item] = field(default_factory=list)


def _is_start(item: Item) -> bool:
    return item.kind == "label" and item.key == "项目编码"


def _blocks(items: list[Item]) -> tuple[list[Item], list[_Block]]:
    """The items before the first table, and the tables."""
    starts = [n for n, item in enumerate(items) if _is_start(item) or _start_in_line(item)]
    if not starts:
        return items, []
    bounds = [*starts, len(items)]
    return items[: starts[0]], [_Block(items[a:b]) for a, b in pairwise(bounds)]


def _start_in_line(item: Item) -> bool:
    return item.kind == "text" and label_key(item.lines[0].segments[0]) == "项目编码"


class _ProjectReader:
    """Reads one table's items into a project, with notices for what it cannot place."""

    def __init__(self, block: _Block, fw: Frameworks, tails: frozenset[str]) -> None:
        self.items = block.items
        self.fw = fw
        self.tails = tails
        self.project = Project()
        self.notices: list[str] = []
        self.target: str | None = None
        self.texts: dict[str, list[Line]] = {}
        self.months: list[str] = []

    def unplaced(self, no: int, text: str) -> None:
        self.notices.append(f"第 {no} 行：无法归入表格的内容“{short_text(text)}”")

    def read(self) -> Project:
        header = next((n for n, it in enumerate(self.items) if self.is_indicator_header(it)), None)
        for item in self.items[:header]:
            self.read_header_item(item)
        self.finish_header()
        if header is not None:
            self.read_indicators(self.items[header:])
        return self.project

    @staticmethod
    def is_indicator_header(item: Item) -> bool:
        return item.kind == "label" and item.key == "一级指标"

    # -- header ------------------------------------------------------------------------
    def read_header_item(self, item: Item) -> None:
        if item.kind == "label":
            self.set_target(item.key, item.no)
            return
        for line in item.lines:
            self.read_header_line(line)

    def read_header_line(self, line: Line) -> None:
        run: list[str] = []
        for seg in line.segments:
            key = label_key(seg)
            # "预算数 5851万元。用于……" is the text of 项目资金主要用途, not a funding label.
            if key in ALL_LABELS and not (self.target == "purpose" and key == "预算数"):
                self.deliver(line, run)
                run = []
                self.set_target(key, line.no)
            else:
                run.append(seg)
        self.deliver(line, run)

    def set_target(self, key: str, no: int) -> None:
        if key in PLAN_MONTHS:
            self.target = "plan"
            self.months.append(PLAN_MONTHS[key])
            return
        self.target = _HEADER_FIELDS.get(key)
        if self.target is None:
            self.notices.append(f"第 {no} 行：标签“{key}”在这种表格中不认识，其后的内容未导入")

    def deliver(self, line: Line, run: list[str]) -> None:
        if not run:
            return
        text = " ".join(run)
        if self.target is None:
            self.unplaced(line.no, text)
        elif self.target == "plan":
            self.read_plan(line, run)
        elif self.target == "code":
            self.project.code = run[0]
            for extra in run[1:]:
                self.unplaced(line.no, extra)
        else:
            self.texts.setdefault(self.target, []).append(Line(line.no, text, line.blank_before))

    def read_plan(self, line: Line, run: list[str]) -> None:
        months = self.months
        if len(run) != len(months) or not months:
            self.notices.append(
                f"第 {line.no} 行：资金支出计划有 {len(run)} 个数“{' '.join(run)}”，"
                f"对不上 {len(months)} 个月份，无法确定各属于哪个月，未导入"
            )
        else:
            for month, text in zip(months, run, strict=True):
                self.project.spending_plan[month] = parse_amount(text, lenient=True)
        self.target = None

    def finish_header(self) -> None:
        p = self.project
        for target, lines in self.texts.items():
            text = join_paragraph([ln.text for ln in lines])
            if target == "purpose":
                match = BUDGET_IN_PURPOSE.match(text)
                if match:
                    p.funding.annual.total = parse_amount(match[1], lenient=True)
                    text = match[2].strip()
                p.purpose = text
            elif target == "goals.annual":
                p.goals.annual = text
            elif target == "goals.period":
                p.goals.period = text
            elif target == "period":
                p.period.start, p.period.end = parse_period(text)
            else:
                setattr(p, target, text)

    # -- indicators --------------------------------------------------------------------
    def read_indicators(self, items: list[Item]) -> None:
        roles: list[str] = []
        n = 0
        while n < len(items) and self.header_roles(items[n]) is not None:
            roles.extend(self.header_roles(items[n]) or [])
            n += 1
        cell_roles = [r for r in dict.fromkeys(roles) if r not in ("l1", "l2")] or ["name", "value"]
        tree = LevelTreeBuilder(self.project, self.fw)
        pending: list[Line] = []
        body = items[n:]
        for k, item in enumerate(body):
            if item.kind == "level":
                self.add_rows(tree, pending, cell_roles)
                pending = []
                nxt = body[k + 1] if k + 1 < len(body) else None
                tree.add_level(item.key, nxt.key if nxt is not None and nxt.kind == "level" else None)
            elif item.kind == "label" and self.header_roles(item) is not None:
                continue  # the header repeated after a page break
            else:
                pending.extend(item.lines)
        self.add_rows(tree, pending, cell_roles)

    @staticmethod
    def header_roles(item: Item) -> list[str] | None:
        if item.kind == "label":
            role = IND_COLUMNS.get(item.key)
            return [role] if role else None
        if item.kind == "text":
            roles = [IND_COLUMNS.get(label_key(s)) for s in item.lines[0].segments]
            if all(roles):
                return [r for r in roles if r]
        return None

    def add_rows(self, tree: LevelTreeBuilder, lines: list[Line], roles: list[str]) -> None:
        if not lines:
            return
        if tree.level1 is None:
            for line in lines:
                self.unplaced(line.no, line.text)
            return
        pieces = pieces_of(lines)
        if len(pieces) > _MAX_SECTION_PIECES:  # no real group is this long: not a table
            self.notices.append(
                f"第 {lines[0].no} 行起的指标部分过长（{len(pieces)} 段文字），无法拆分为指标，"
                "未导入：请检查这一部分"
            )
            return
        cells = Splitter(pieces, roles, self.tails).split()
        for start in range(0, len(cells), len(roles)):
            row = cells[start : start + len(roles)]
            indicator = Indicator()
            for role, cell in zip(roles, row, strict=False):
                setattr(indicator, role, join_pieces([p.text for p in cell]))
            if len(row) < len(roles):
                missing = "、".join(_ROLE_TEXT[r] for r in roles[len(row):])
                self.notices.append(
                    f"第 {row[0][0].line.no} 行：指标“{short_text(indicator.name)}”缺少{missing}，请核对"
                )
            tree.add_indicator(indicator)


_ROLE_TEXT = {"name": "三级指标", "description": "绩效指标描述", "value": "指标值",
              "basis": "指标值确定依据"}


# -- the reader ----------------------------------------------------------------------------


def _tails(items: list[Item]) -> frozenset[str]:
    """Last pieces of lines with several pieces, without digits: the usual 指标值确定依据."""
    found: set[str] = set()
    for item in items:
        for line in item.lines:
            segs = line.segments
            if len(segs) > 1 and not any(ch.isdigit() for ch in segs[-1]):
                found.add(segs[-1])
    return frozenset(found)


def _skip_notice(before: list[Item]) -> str | None:
    if not before:
        return None
    first, last = before[0].no, before[-1].lines[-1].no
    heading = next((ln.text for it in before for ln in it.lines), "")
    return (f"第 {first}–{last} 行：表格之前的文字（“{short_text(heading, 20)}”等，如部门总体绩效目标、"
            f"分项绩效目标）不是项目绩效目标表，未导入")


def _year(text: str, result: TableImport) -> None:
    years = Counter(_YEAR_IN_TEXT.findall(text))
    if years:
        year, _count = years.most_common(1)[0]
        result.document_year = int(year)
        result.notices.append(f"文中没有写明预算年度，按出现最多的“{year}年”取 {year} 年，请核对")


def read_pdf_lines(text: str, *, narrative: bool = False) -> TableImport:
    """Reads PDF-extracted text (one cell per line); see the module docstring.

    Notices name lines (``第 N 行``); the caller names the file. ``narrative``: the text
    before the first table was read as the department's overall targets (the caller
    says so), so it is not reported as skipped.
    """
    fw = load_frameworks()
    items = tokenize(text_lines(text), fw)
    before, blocks = _blocks(items)
    result = TableImport()
    if not blocks:
        return result
    _year(text, result)
    notice = None if narrative else _skip_notice(before)
    if notice:
        result.notices.append(notice)
    tails = _tails([it for block in blocks for it in block.items])
    renamed = 0
    for block in blocks:
        reader = _ProjectReader(block, fw, tails)
        result.projects.append(mark_absent_fields(reader.read()))
        result.notices.extend(reader.notices)
        renamed += rename_effect(result.projects[-1], fw)
    result.notices.append(LAYOUT_C_NOTICE)
    if renamed:
        result.notices.append(effect_notice(renamed))
    return result
