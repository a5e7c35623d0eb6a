"""Reading tables from text extracted out of a PDF, one cell per line (layout C).

Why a second reader: a PDF text extractor (pdftotext, a viewer's "save as text") does
not separate cells with tabs. It writes the cells of one printed line separated by
spaces, breaks a cell that wraps inside its box into several lines (often with blank
lines between them: ``项目`` / ``编码``, ``二级指`` / ``标``, ``服务对`` / ``象满意`` /
``度指标``), and puts a department's prose (总体绩效目标, 分项绩效目标) before the
tables. :mod:`jxeditor.formats.tableimport` needs cells in columns and finds nothing there.

This reader works on such text in three steps:

1. Lines → items: label fragments on consecutive lines are joined into the labels
   tableimport and the frameworks know (compared with spaces removed); a short run
   of lines ending in ``指标`` is taken as a level name even when it is not a standard
   one (``效果指标``), and kept as written so the validator can report it.
2. Items → projects: every ``项目编码`` starts a table. Header labels (预算项目名称,
   项目资金主要用途 with ``预算数 …万元``, 资金支出计划（%）, 绩效目标) take the text
   that follows them; the indicator header (一级指标 … 指标值确定依据) gives the
   columns of the rows below it.
3. Indicator rows: the pieces of text between two level names are split into cells
   (name, description, value, basis, …) by a small dynamic programme that scores each
   way of cutting them: target values look like values (``≥70%``, ``5851万元``,
   ``下降``), bases are short and repeat, a wrapped cell's lines do not grow longer,
   and a space inside a printed line usually separates cells.

Everything before the first table is skipped with one notice; text that fits nowhere
is reported as a notice naming its line (``第 N 行``), never dropped silently.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise

from jxeditor.document.amounts import parse_amount
from jxeditor.document.frameworks import Frameworks, load_frameworks
from jxeditor.document.model import Indicator, Level1, Level2, Project
from jxeditor.formats.tableimport import (
    ALL_LABELS,
    GOAL_ANNUAL,
    GOAL_LABELS,
    GOAL_PERIOD,
    HEADER_LABELS,
    IND_COLUMNS,
    PLAN_LABELS,
    PLAN_MONTHS,
    TableImport,
    label_key,
)

_SPACES = re.compile(r"[\s\u3000]+")
_MAX_JOIN = 4  # a label is broken over at most this many lines
_LEVEL_GUESS_MAX = 8  # characters of an unknown level name (效果指标, 其他指标)
_MAX_SECTION_PIECES = 2000  # pieces in one group's rows; splitting is linear, but not free
_MAX_CELL_PIECES = 16  # pieces of one cell; keeps the cutting linear in long texts
_BUDGET = re.compile(r"^预算数[:：]?\s*([\d.,]+)\s*万元?[。，,;；]?\s*(.*)$", re.S)
_LIST_MARK = re.compile(r"^(?:\d+\s*[：:、.．]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)")
_YEAR_IN_TEXT = re.compile(r"(20\d\d)\s*年")
_VALUE = re.compile(
    r"^[≥≤=<>》《＝＞＜≧≦]{0,2}\s*[+-]?\d+(?:\.\d+)?\s*(?:%|％)?"
    r"[\u4e00-\u9fffA-Za-z/²³]{0,5}(?:以上|以下|以内)?$"
)
_DATE_VALUE = re.compile(r"^\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:前|底|内|以前)?$")
_RANGE_VALUE = re.compile(r"^\d+(?:\.\d+)?%?[-~～至]\d+(?:\.\d+)?%?$")
_WORD_VALUES = frozenset(
    ["按时", "及时", "合规", "优秀", "良好", "好", "较好", "提高", "降低", "下降", "上升", "增加", "减少", "足额", "平稳运行", "达标", "完成", "有效", "明显", "显著", "逐步提高", "持续提升", "稳定", "是", "否"]
)
_HEADER_FIELDS = {**HEADER_LABELS, **dict.fromkeys(GOAL_LABELS | GOAL_ANNUAL, "goals.annual"),
                  **dict.fromkeys(GOAL_PERIOD, "goals.period"), **dict.fromkeys(PLAN_LABELS, "plan")}


# -- step 1: lines → items --------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """One non-blank line of the text: its number (from 1), text, and a blank line before it."""

    no: int
    text: str
    blank_before: bool

    @property
    def segments(self) -> list[str]:
        return self.text.split()


@dataclass
class Item:
    """A label (``kind`` "label" or "level", joined from ``lines``) or a line of text."""

    kind: str  # "label", "level" or "text"
    key: str
    lines: list[Line]

    @property
    def no(self) -> int:
        return self.lines[0].no


def text_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text``, numbered from 1, each knowing if a blank line preceded it."""
    found: list[Line] = []
    blank = False
    for no, raw in enumerate(text.replace("\f", "\n\n").split("\n"), start=1):
        stripped = raw.strip().replace("\u3000", " ")
        if not stripped:
            blank = True
            continue
        found.append(Line(no, stripped, blank))
        blank = False
    return found


def _is_level_name(key: str, fw: Frameworks) -> bool:
    return fw.canonical_name(key) in fw.known_names


def _label_kind(key: str, fw: Frameworks) -> str | None:
    if key in ALL_LABELS:
        return "label"
    if _is_level_name(key, fw):
        return "level"
    return None


def _join_at(lines: list[Line], i: int, fw: Frameworks) -> Item | None:
    """The longest label that lines ``i…`` join into (lines without spaces inside)."""
    best: Item | None = None
    key = ""
    for k in range(min(_MAX_JOIN, len(lines) - i)):
        line = lines[i + k]
        if len(line.segments) != 1 and k > 0:
            break
        key += label_key(line.text)
        kind = _label_kind(key, fw)
        if kind is not None:
            best = Item(kind, key, lines[i : i + k + 1])
        if len(line.segments) != 1:
            break
    return best


def _guess_level_at(lines: list[Line], i: int, fw: Frameworks) -> Item | None:
    """A short run of one-piece lines ending in 指标: a level name outside the framework.

    Not when a later line of the run starts a known label (``债券计算`` + ``质量指`` + ``标``
    is the end of a cell, then 质量指标).
    """
    key = ""
    for k in range(min(_MAX_JOIN - 1, len(lines) - i)):
        line = lines[i + k]
        if len(line.segments) != 1 or (k > 0 and _join_at(lines, i + k, fw) is not None):
            return None
        key += label_key(line.text)
        if len(key) > _LEVEL_GUESS_MAX:
            return None
        if key.endswith("指标") and len(key) > 2 and key not in IND_COLUMNS:
            return Item("level", key, lines[i : i + k + 1])
    return None


def tokenize(lines: list[Line], fw: Frameworks) -> list[Item]:
    """Lines → labels (joined from fragments), level names and text lines."""
    items: list[Item] = []
    i = 0
    while i < len(lines):
        item = _join_at(lines, i, fw) or _guess_level_at(lines, i, fw)
        if item is None:
            item = Item("text", "", [lines[i]])
        items.append(item)
        i += len(item.lines)
    return items


def looks_like_pdf_lines(text: str) -> bool:
    """True when the text holds a 项目编码 label, perhaps broken over lines."""
    return "项目编码" in _SPACES.sub("", text)


# -- small text helpers ----------------------------------------------------------------


def _wide(ch: str) -> bool:
    return ord(ch) > 0x2E7F


def join_pieces(pieces: list[str]) -> str:
    """Pieces of one cell as one text: PDF gaps next to Chinese characters closed."""
    text = ""
    for piece in pieces:
        if text and not _wide(text[-1]) and not _wide(piece[0]):
            text += " "
        text += piece
    return text


def join_paragraph(lines: list[str]) -> str:
    """Wrapped lines of a text cell: joined, with a line break before list items (1：, （二）)."""
    text = ""
    for line in lines:
        piece = join_pieces(line.split())
        if text and _LIST_MARK.match(piece):
            text += "\n"
        elif text and not _wide(text[-1]) and not _wide(piece[0]):
            text += " "
        text += piece
    return text


def _width(text: str) -> int:
    return sum(2 if _wide(ch) else 1 for ch in text)


def _short(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


# -- step 3: indicator rows → cells ----------------------------------------------------------


@dataclass(frozen=True)
class Piece:
    """A space-separated piece of a line inside the indicator rows."""

    text: str
    line: Line
    first_on_line: bool
    line_multi: bool  # its line holds more than one piece


def _pieces(lines: list[Line]) -> list[Piece]:
    pieces: list[Piece] = []
    for line in lines:
        segs = line.segments
        for n, seg in enumerate(segs):
            pieces.append(Piece(seg, line, n == 0, len(segs) > 1))
    return pieces


def is_value_like(text: str) -> bool:
    """A target value: a number with comparator or unit, a date, a range or a grade word."""
    return bool(
        _VALUE.match(text) or _DATE_VALUE.match(text) or _RANGE_VALUE.match(text)
        or text in _WORD_VALUES
    )


_SAME_LINE_JOIN = {"name": -1.5, "description": -0.3, "value": -0.5, "basis": -1.0}


def _link_cost(a: Piece, b: Piece, role: str, joined: bool) -> float:
    """What keeping ``a`` and ``b`` in one cell (or cutting between them) costs."""
    if not b.first_on_line:
        return _SAME_LINE_JOIN.get(role, -0.5) if joined else 0.0
    if a.line_multi:  # after a line of several cells: a blank line means a new cell
        if joined and b.line.blank_before:
            return -1.0
        if not joined and not b.line.blank_before:
            return -1.0
    return 0.0


def _wraps_well(pieces: list[Piece]) -> bool:
    """A wrapped cell's lines do not get longer towards its end."""
    widths: list[int] = []
    for p in pieces:
        if p.first_on_line or not widths:
            widths.append(0)
        widths[-1] += _width(p.text)
    return all(a + 1 >= b for a, b in pairwise(widths))


def _cell_score(role: str, text: str, tails: frozenset[str]) -> float:
    has_digit = any(ch.isdigit() for ch in text)
    if role == "value":
        if is_value_like(text):
            return 3.0
        return 1.0 if len(text) <= 8 and not has_digit else -3.0
    if role == "basis":
        score = 1.0 if len(text) <= 12 and not has_digit else 0.0
        score -= 2.0 if has_digit else 0.0
        return score + (1.0 if text in tails else 0.0)
    if role == "name":
        return (1.0 if _width(text) <= 30 else 0.0) - (2.0 if is_value_like(text) else 0.0)
    if role == "description":
        return -1.0 if is_value_like(text) else 0.0
    return 0.0


class _Splitter:
    """Cuts the pieces of indicator rows into cells; roles repeat (name, description, …)."""

    def __init__(self, pieces: list[Piece], roles: list[str], tails: frozenset[str]) -> None:
        self.pieces = pieces
        self.roles = roles
        self.tails = tails

    def cell(self, i: int, j: int, role: str) -> float:
        chunk = self.pieces[i:j]
        score = _cell_score(role, join_pieces([p.text for p in chunk]), self.tails)
        score += sum(_link_cost(a, b, role, True) for a, b in pairwise(chunk))
        if not _wraps_well(chunk):
            score -= 1.0
        if j < len(self.pieces):
            score += _link_cost(self.pieces[j - 1], self.pieces[j], role, False)
        return score

    def split(self) -> list[list[Piece]]:
        """The best cut into cells; a last row with cells missing costs 5 a cell."""
        n, f = len(self.pieces), len(self.roles)
        # best[(j, r)]: the best score of cutting pieces[:j] so that the next cell has
        # role r, and where the last cell began (to walk the cut back).
        best: dict[tuple[int, int], tuple[float, int]] = {(0, 0): (0.0, -1)}
        for i in range(n):
            for r in range(f):
                if (i, r) not in best:
                    continue
                base = best[(i, r)][0]
                for j in range(i + 1, min(n, i + _MAX_CELL_PIECES) + 1):
                    score = base + self.cell(i, j, self.roles[r])
                    state = (j, (r + 1) % f)
                    if state not in best or score > best[state][0]:
                        best[state] = (score, i)
        ends = [(best[(n, r)][0] - 5.0 * ((f - r) % f), r) for r in range(f) if (n, r) in best]
        _score, r = max(ends)
        cells: list[list[Piece]] = []
        j = n
        while j > 0:
            i = best[(j, r)][1]
            cells.append(self.pieces[i:j])
            j, r = i, (r - 1) % f
        return cells[::-1]


# -- step 2: items → projects ------------------------------------------------------------


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
        self.notices.append(f"第 {no} 行：无法归入表格的内容“{_short(text)}”")

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
                match = _BUDGET.match(text)
                if match:
                    p.funding.annual.total = parse_amount(match[1], lenient=True)
                    text = match[2].strip()
                p.purpose = text
            elif target == "goals.annual":
                p.goals.annual = text
            elif target == "goals.period":
                p.goals.period = text
            elif target == "period":
                from jxeditor.document.periods import parse_period

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
        tree = _Tree(self.project, self.fw)
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

    def add_rows(self, tree: _Tree, lines: list[Line], roles: list[str]) -> None:
        if not lines:
            return
        if tree.level1 is None:
            for line in lines:
                self.unplaced(line.no, line.text)
            return
        pieces = _pieces(lines)
        if len(pieces) > _MAX_SECTION_PIECES:  # no real group is this long: not a table
            self.notices.append(
                f"第 {lines[0].no} 行起的指标部分过长（{len(pieces)} 段文字），无法拆分为指标，"
                "未导入：请检查这一部分"
            )
            return
        cells = _Splitter(pieces, roles, self.tails).split()
        for start in range(0, len(cells), len(roles)):
            row = cells[start : start + len(roles)]
            indicator = Indicator()
            for role, cell in zip(roles, row, strict=False):
                setattr(indicator, role, join_pieces([p.text for p in cell]))
            if len(row) < len(roles):
                missing = "、".join(_ROLE_TEXT[r] for r in roles[len(row):])
                self.notices.append(
                    f"第 {row[0][0].line.no} 行：指标“{_short(indicator.name)}”缺少{missing}，请核对"
                )
            tree.add_indicator(indicator)


_ROLE_TEXT = {"name": "三级指标", "description": "绩效指标描述", "value": "指标值",
              "basis": "指标值确定依据"}


class _Tree:
    """Builds the indicator tree from level names in order."""

    def __init__(self, project: Project, fw: Frameworks) -> None:
        self.project = project
        self.fw = fw
        self.level1: Level1 | None = None
        self.level2: Level2 | None = None

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
            self.level1 = Level1(name=name)
            self.project.indicators.append(self.level1)
            self.level2 = None
            return
        assert self.level1 is not None
        self.level2 = Level2(name=name)
        self.level1.children.append(self.level2)

    def add_indicator(self, indicator: Indicator) -> None:
        assert self.level1 is not None
        if self.level2 is None:
            self.level2 = Level2(name="")
            self.level1.children.append(self.level2)
        self.level2.children.append(indicator)


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
    return (f"第 {first}–{last} 行：表格之前的文字（“{_short(heading, 20)}”等，如部门总体绩效目标、"
            f"分项绩效目标）不是项目绩效目标表，未导入")


def _year(text: str, result: TableImport) -> None:
    years = Counter(_YEAR_IN_TEXT.findall(text))
    if years:
        year, _count = years.most_common(1)[0]
        result.document_year = int(year)
        result.notices.append(f"文中没有写明预算年度，按出现最多的“{year}年”取 {year} 年，请核对")


def read_pdf_lines(text: str, source: str = "") -> TableImport:
    """Reads PDF-extracted text (one cell per line); see the module docstring.

    ``source`` names the file, for symmetry with :func:`jxeditor.formats.tableimport.read_text`.
    """
    del source  # notices name lines; the caller names the file
    fw = load_frameworks()
    items = tokenize(text_lines(text), fw)
    before, blocks = _blocks(items)
    result = TableImport()
    if not blocks:
        return result
    _year(text, result)
    notice = _skip_notice(before)
    if notice:
        result.notices.append(notice)
    tails = _tails([it for block in blocks for it in block.items])
    for block in blocks:
        reader = _ProjectReader(block, fw, tails)
        result.projects.append(reader.read())
        result.notices.extend(reader.notices)
    return result
