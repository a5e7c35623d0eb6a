"""Reading tables people made elsewhere: a grid of cell texts → projects.

The grid comes from a spreadsheet (one list of cell texts per row) or from pasted text
(tab-separated lines). Labels are found by their text, wherever they stand: spaces
inside labels (``绩 效 目 标``), full- or half-width colons and brackets, tables that
start in column B, merged cells (the value only in the first cell), extra blank
columns, cells shifted left or right as copying out of a PDF viewer leaves them. The
reader handles layouts A, B and C of ``domain.md``.

It works in two steps, like every importer here: cells → plain records (one per
table: header values, funding cells, goal texts, indicator rows), then records →
:class:`~jxeditor.document.model.Project`. Everything it could not place is reported as a
notice with its place (sheet and cell, or line and column).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from jxeditor.document.amounts import parse_amount
from jxeditor.document.frameworks import Frameworks, load_frameworks
from jxeditor.document.model import Indicator, Level1, Level2, Project
from jxeditor.document.periods import parse_period
from jxeditor.errors import FileFormatError

_SPACE = re.compile(r"[\s\u3000]+")
_CJK_SPACE = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef])[ \t\u3000]+(?=[\u3000-\u9fff\uff00-\uffef])")
_YEAR = re.compile(r"[（(]\s*(\d{4})\s*年度?\s*[)）]")
_REPORTING_UNIT = re.compile(r"^填报单位(?:[（(]盖章[)）])?[:：]?(.*)$")
_MONEY_UNIT = re.compile(r"^(?:金额)?单位[:：](.+)$")


@lru_cache(maxsize=8192)  # the same label and value texts come back in every table
def label_key(text: str) -> str:
    """A cell's text as a label: no spaces, half-width brackets and colons, no trailing colon."""
    key = _SPACE.sub("", text or "")
    key = key.replace("（", "(").replace("）", ")").replace("：", ":")
    return key.rstrip(":")


def tidy(text: str) -> str:
    """Cell text for a header field: trimmed, PDF gaps between Chinese characters closed."""
    return _CJK_SPACE.sub("", (text or "").strip())


# Header labels → project field.
HEADER_LABELS: dict[str, str] = {
    "项目名称": "name",
    "预算项目名称": "name",
    "项目编码": "code",
    "项目编号": "code",
    "项目实施期": "period",
    "项目起止时间": "period",
    "实施期限": "period",
    "项目期限": "period",
    "主管部门": "department",
    "实施单位": "implementer",
    "项目属性": "attribute",
    "项目类别": "category",
    "项目类型": "category",
    "项目资金主要用途": "purpose",
    "资金主要用途": "purpose",
}
_TABLE_START = {"项目名称", "预算项目名称", "项目编码"}
_FUNDING_BLOCK = {"资金投入(万元)", "项目资金(万元)", "资金投入", "项目资金", "预算资金(万元)"}
_PERIOD_TOTAL = {"实施期金额", "实施期资金总额", "实施期资金", "实施期预算"}
_ANNUAL_TOTAL = {"年度金额", "年度资金总额", "年度预算", "预算数", "年度资金"}
_FISCAL = {"其中:财政拨款", "财政拨款", "其中财政拨款", "其中:财政资金", "财政资金"}
_OTHER = {"其他资金", "其中:其他资金"}
GOAL_LABELS = {"绩效目标", "总体目标"}
GOAL_PERIOD = {"实施期目标", "实施期绩效目标"}
GOAL_ANNUAL = {"年度目标", "年度绩效目标"}
PLAN_LABELS = {"资金支出计划(%)", "资金支出计划"}
PLAN_MONTHS = {"3月底": "03", "6月底": "06", "10月底": "10", "12月底": "12"}
IND_COLUMNS = {
    "一级指标": "l1",
    "二级指标": "l2",
    "三级指标": "name",
    "年度指标值": "value",
    "指标值": "value",
    "绩效指标描述": "description",
    "指标描述": "description",
    "指标值确定依据": "basis",
}
_NOTE_PREFIXES = ("注", "备注", "说明", "填报人", "审核人", "联系人", "填表人", "负责人")

ALL_LABELS = (
    set(HEADER_LABELS)
    | _FUNDING_BLOCK
    | _PERIOD_TOTAL
    | _ANNUAL_TOTAL
    | _FISCAL
    | _OTHER
    | GOAL_LABELS
    | GOAL_PERIOD
    | GOAL_ANNUAL
    | PLAN_LABELS
    | set(PLAN_MONTHS)
    | set(IND_COLUMNS)
    | {"绩效指标"}
)


@dataclass
class TableImport:
    """What the reader found: the tables as projects, plus notices for the user."""

    document_year: int | None = None
    reporting_unit: str = ""
    money_unit: str = ""
    projects: list[Project] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)


def _column_letter(col: int) -> str:
    letters = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


class _Places:
    """Names a cell for messages: ``工作表“X”单元格 B7`` or ``第 7 行第 2 列``."""

    def __init__(self, source: str, sheet: str | None) -> None:
        self.source = source
        self.sheet = sheet

    def __call__(self, row: int, col: int) -> str:
        if self.sheet is not None:
            return f"工作表“{self.sheet}”单元格 {_column_letter(col)}{row + 1}"
        return f"第 {row + 1} 行第 {col + 1} 列"


Cell = tuple[int, str]  # (column, text)


def _cells(row: list[str]) -> list[Cell]:
    return [(c, text.strip()) for c, text in enumerate(row) if text and text.strip()]


class _TableReader:
    """Reads one table (the rows from one 项目名称/项目编码 to the next)."""

    def __init__(self, rows: list[list[str]], start: int, end: int, place: _Places) -> None:
        self.rows = rows
        self.start = start
        self.end = end
        self.place = place
        self.fw: Frameworks = load_frameworks()
        self.project = Project()
        self.notices: list[str] = []
        self.used: set[tuple[int, int]] = set()

    # -- helpers ---------------------------------------------------------------------------
    def key(self, r: int, c: int) -> str:
        row = self.rows[r]
        return label_key(row[c]) if c < len(row) else ""

    def is_label(self, text: str) -> bool:
        key = label_key(text)
        return key in ALL_LABELS or key.startswith("其中:") or key in PLAN_MONTHS

    def values_after(self, r: int, c: int) -> list[Cell]:
        """The non-empty, non-label cells right of (r, c), up to the next label."""
        found: list[Cell] = []
        for col, text in _cells(self.rows[r]):
            if col <= c:
                continue
            if self.is_label(text):
                break
            found.append((col, text))
        return found

    def take(self, r: int, cells: Iterable[Cell]) -> str:
        texts = []
        for col, text in cells:
            self.used.add((r, col))
            texts.append(text)
        return " ".join(texts)

    # -- reading ---------------------------------------------------------------------------
    def read(self) -> Project:
        r = self.start
        indicator_header: int | None = None
        while r < self.end:
            keys = [(label_key(text), col) for col, text in _cells(self.rows[r])]
            names = {k for k, _c in keys}
            if "一级指标" in names and ("二级指标" in names or "三级指标" in names):
                indicator_header = r
                break
            self.read_header_row(r, keys)
            r += 1
        if indicator_header is not None:
            self.read_indicators(indicator_header)
        self.report_unused()
        return self.project

    def read_header_row(self, r: int, keys: list[tuple[str, int]]) -> None:
        p = self.project
        for key, col in keys:
            target = HEADER_LABELS.get(key)
            if target is not None:
                self.used.add((r, col))
                if target == "purpose":
                    self.read_purpose(r, col)
                    continue
                value = self.take(r, self.values_after(r, col) if target == "period"
                                  else self.values_after(r, col)[:1])
                if target == "period":
                    p.period.start, p.period.end = parse_period(value)
                else:
                    setattr(p, target, tidy(value))
            elif key in _FUNDING_BLOCK or key == "绩效指标":
                self.used.add((r, col))
        self.read_funding_row(r, keys)
        self.read_goals_row(r, keys)
        self.read_plan_row(r, keys)

    def read_purpose(self, r: int, col: int) -> None:
        cells = self.values_after(r, col)
        text = self.take(r, cells)
        # Layout C: "预算数 5851万元。用于……" — the annual amount stands in the text.
        match = re.match(r"^预算数[:：]?\s*([\d.,]+)\s*万元?[。，,;；]?\s*(.*)$", text, re.S)
        if match:
            amount = parse_amount(match[1], lenient=True)
            if self.project.funding.annual.total is None:
                self.project.funding.annual.total = amount
            text = match[2]
        self.project.purpose = text.strip()

    def read_funding_row(self, r: int, keys: list[tuple[str, int]]) -> None:
        funding = self.project.funding
        has_period_column = self.funding_has_period_column()
        seen: dict[str, int] = {}
        for key, col in sorted(keys, key=lambda kv: kv[1]):
            if key in _PERIOD_TOTAL:
                part, column = "total", funding.period
            elif key in _ANNUAL_TOTAL and key != "预算数":
                part, column = "total", funding.annual
            elif key in _FISCAL or key in _OTHER:
                part = "fiscal" if key in _FISCAL else "other"
                nth = seen.get(part, 0)
                seen[part] = nth + 1
                column = funding.period if has_period_column and nth == 0 else funding.annual
            else:
                continue
            self.used.add((r, col))
            value = self.take(r, self.values_after(r, col)[:1])
            setattr(column, part, parse_amount(value, lenient=True))

    def funding_has_period_column(self) -> bool:
        for r in range(self.start, self.end):
            for _col, text in _cells(self.rows[r]):
                if label_key(text) in _PERIOD_TOTAL:
                    return True
        return False

    def read_goals_row(self, r: int, keys: list[tuple[str, int]]) -> None:
        goals = self.project.goals
        period_col = next((c for k, c in keys if k in GOAL_PERIOD), None)
        annual_col = next((c for k, c in keys if k in GOAL_ANNUAL), None)
        goal_col = next((c for k, c in keys if k in GOAL_LABELS), None)
        if period_col is None and annual_col is None:
            if goal_col is not None:  # layout C: 绩效目标 | text
                text = self.take(r, self.values_after(r, goal_col))
                if text:
                    goals.annual = text
            return
        for col in (period_col, annual_col, goal_col):
            if col is not None:
                self.used.add((r, col))
        same_row = {
            col: self.take(r, self.values_after(r, col))
            for col in (period_col, annual_col)
            if col is not None
        }
        if any(same_row.values()):
            goals.period = same_row.get(period_col, "") if period_col is not None else ""
            goals.annual = same_row.get(annual_col, "") if annual_col is not None else ""
            return
        # Layout A: the texts stand in the next row, under their labels.
        nxt = r + 1
        if nxt >= self.end:
            return
        texts = _cells(self.rows[nxt])
        if any(self.is_label(t) for _c, t in texts):
            return
        for col, text in texts:
            self.used.add((nxt, col))
            if period_col is not None and (annual_col is None or col < annual_col):
                goals.period = (goals.period + "\n" + text).strip()
            else:
                goals.annual = (goals.annual + "\n" + text).strip()

    def read_plan_row(self, r: int, keys: list[tuple[str, int]]) -> None:
        months = {k: c for k, c in keys if k in PLAN_MONTHS}
        plan_col = next((c for k, c in keys if k in PLAN_LABELS), None)
        if plan_col is not None:
            self.used.add((r, plan_col))
        if not months:
            return
        for col in months.values():
            self.used.add((r, col))
        same_row = {k: self.values_after(r, c)[:1] for k, c in months.items()}
        if all(same_row.values()):
            for k, cells in same_row.items():
                self.project.spending_plan[PLAN_MONTHS[k]] = parse_amount(
                    self.take(r, cells), lenient=True
                )
            return
        nxt = r + 1
        if nxt >= self.end:
            return
        values = _cells(self.rows[nxt])
        ordered = sorted(months.items(), key=lambda kv: kv[1])
        for i, (k, col) in enumerate(ordered):
            limit = ordered[i + 1][1] if i + 1 < len(ordered) else 10**6
            for vcol, text in values:
                if col <= vcol < limit or (vcol < col and i == 0 and len(values) == len(ordered)):
                    self.used.add((nxt, vcol))
                    self.project.spending_plan[PLAN_MONTHS[k]] = parse_amount(text, lenient=True)
                    break
        if len(values) == len(ordered) and not any(
            self.project.spending_plan[PLAN_MONTHS[k]] is not None for k, _ in ordered
        ):
            for (k, _col), (vcol, text) in zip(ordered, values, strict=True):
                self.used.add((nxt, vcol))
                self.project.spending_plan[PLAN_MONTHS[k]] = parse_amount(text, lenient=True)

    # -- indicators ------------------------------------------------------------------------
    def read_indicators(self, header: int) -> None:
        columns: dict[str, int] = {}
        for col, text in _cells(self.rows[header]):
            role = IND_COLUMNS.get(label_key(text))
            self.used.add((header, col))
            if role and role not in columns:
                columns[role] = col
        state = _TreeBuilder(self.project, self.fw, columns)
        # Pasted text shifts cells by a column at most; anything further right than that
        # is no part of the table (a side note): left unused, so it is reported.
        right_edge = max(columns.values(), default=len(self.rows[header])) + 1
        for r in range(header + 1, self.end):
            cells = [cell for cell in _cells(self.rows[r]) if cell[0] <= right_edge]
            if not cells:
                continue
            first = label_key(cells[0][1])
            if first.startswith(_NOTE_PREFIXES) and len(cells) == 1:
                self.notices.append(f"{self.place(r, cells[0][0])}：表格下方的说明未导入：{cells[0][1]}")
                self.used.add((r, cells[0][0]))
                continue
            if all(IND_COLUMNS.get(label_key(t)) for _c, t in cells):
                for col, _t in cells:  # a repeated header (page break in a PDF)
                    self.used.add((r, col))
                continue
            for col in state.add_row(cells):
                self.used.add((r, col))

    def report_unused(self) -> None:
        for r in range(self.start, self.end):
            for col, text in _cells(self.rows[r]):
                if (r, col) in self.used or self.is_label(text):
                    continue
                self.notices.append(f"{self.place(r, col)}：无法归入表格的内容“{_short(text)}”")


def _short(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


class _TreeBuilder:
    """Builds the indicator tree row by row, carrying merged 一级/二级 cells down."""

    def __init__(self, project: Project, fw: Frameworks, columns: dict[str, int]) -> None:
        self.project = project
        self.fw = fw
        self.columns = columns
        self.level1: Level1 | None = None
        self.level2: Level2 | None = None
        self.extra_columns = "description" in columns or "basis" in columns

    def is_level1(self, cells: list[Cell], i: int) -> bool:
        col, text = cells[i]
        name = self.fw.canonical_name(text)
        nxt = self.fw.canonical_name(cells[i + 1][1]) if i + 1 < len(cells) else ""
        l1_col = self.columns.get("l1", 0)
        if name == "成本指标":  # a first level in 2021, a second level under 产出 in 2015
            return col <= l1_col or nxt in self.fw.accepted["成本指标"]
        if name in self.fw.accepted or name in self.fw.nonstandard:
            return True
        return col == l1_col and name.endswith("指标") and len(cells) - i >= 3

    def is_level2(self, cells: list[Cell], i: int, remaining: int) -> bool:
        name = self.fw.canonical_name(cells[i][1])
        known = self.fw.level2_names | {n for v in self.fw.nonstandard.values() for n in v}
        if name in known:
            return True
        col = cells[i][0]
        l2_col = self.columns.get("l2")
        if self.extra_columns:
            return l2_col is not None and col == l2_col
        return remaining >= 3

    def add_row(self, cells: list[Cell]) -> list[int]:
        """Adds one indicator row; returns the columns it used."""
        i = 0
        new_l1 = new_l2 = None
        if self.is_level1(cells, i):
            new_l1 = self.fw.canonical_name(cells[i][1])
            i += 1
        if i < len(cells) and self.is_level2(cells, i, len(cells) - i):
            new_l2 = self.fw.canonical_name(cells[i][1])
            i += 1
        if new_l1 is not None and (self.level1 is None or self.level1.name != new_l1
                                   or (new_l2 is None and self.level2 is None)):
            self.level1 = Level1(name=new_l1)
            self.project.indicators.append(self.level1)
            self.level2 = None
        if new_l2 is not None:
            if self.level1 is None:
                self.level1 = Level1(name=self.fw.parent_of_level2(new_l2) or "")
                self.project.indicators.append(self.level1)
            if self.level2 is None or self.level2.name != new_l2 or (new_l1 is not None and (
                not self.level1.children or self.level1.children[-1] is not self.level2
            )):
                self.level2 = Level2(name=new_l2)
                self.level1.children.append(self.level2)
        rest = cells[i:]
        if rest:
            indicator = self.indicator_from(rest)
            if self.level1 is None:
                self.level1 = Level1(name="")
                self.project.indicators.append(self.level1)
            if self.level2 is None:
                self.level2 = Level2(name="")
                self.level1.children.append(self.level2)
            self.level2.children.append(indicator)
        return [col for col, _t in cells]

    def indicator_from(self, rest: list[Cell]) -> Indicator:
        ind = Indicator()
        if self.extra_columns:
            roles = sorted(
                (col, role) for role, col in self.columns.items() if role not in ("l1", "l2")
            )
            for col, text in rest:
                role = "name"
                for rcol, rrole in roles:
                    if col >= rcol:
                        role = rrole
                current = getattr(ind, role)
                setattr(ind, role, (current + " " + text).strip() if current else text)
            return ind
        value_col = self.columns.get("value")
        if len(rest) == 1:
            col, text = rest[0]
            if value_col is not None and col >= value_col:
                ind.value = text
            else:
                ind.name = tidy(text)
            return ind
        ind.name = tidy(" ".join(text for _c, text in rest[:-1]))
        ind.value = rest[-1][1]
        return ind


def _table_starts(rows: list[list[str]]) -> list[int]:
    starts: list[int] = []
    for r, row in enumerate(rows):
        keys = [label_key(t) for _c, t in _cells(row)]
        if any(k in _TABLE_START for k in keys):
            # 项目编码 and 项目名称 in consecutive rows belong to one table.
            if starts and r - starts[-1] <= 1 and _only_header_between(rows, starts[-1], r):
                continue
            starts.append(r)
    return starts


def _only_header_between(rows: list[list[str]], a: int, b: int) -> bool:
    keys_a = {label_key(t) for _c, t in _cells(rows[a])}
    keys_b = {label_key(t) for _c, t in _cells(rows[b])}
    return bool(keys_a & _TABLE_START) and not (keys_a & keys_b & _TABLE_START)


def _preamble(rows: list[list[str]], result: TableImport, upto: int) -> None:
    for row in rows[:upto]:
        for _c, text in _cells(row):
            key = label_key(text)
            match = _YEAR.search(text)
            if match and result.document_year is None:
                result.document_year = int(match[1])
            match = _REPORTING_UNIT.match(key)
            if match and match[1] and not result.reporting_unit:
                result.reporting_unit = match[1]
            match = _MONEY_UNIT.match(key)
            if match and not result.money_unit:
                result.money_unit = match[1]


def read_tables(rows: list[list[str]], source: str, sheet: str | None = None) -> TableImport:
    """Reads every table in a grid of cell texts; see the module docstring."""
    place = _Places(source, sheet)
    result = TableImport()
    starts = _table_starts(rows)
    if not starts:
        return result
    _preamble(rows, result, len(rows))
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(rows)
        end = _trim_preamble(rows, start, end)
        reader = _TableReader(rows, start, end, place)
        result.projects.append(reader.read())
        result.notices.extend(reader.notices)
    return result


def _trim_preamble(rows: list[list[str]], start: int, end: int) -> int:
    """Cuts the title block of the next table (title, year, 填报单位, 单位) off this table."""
    r = end
    while r - 1 > start:
        cells = _cells(rows[r - 1])
        if not cells:
            r -= 1
            continue
        text = label_key(" ".join(t for _c, t in cells))
        if (
            _YEAR.search(" ".join(t for _c, t in cells))
            or text.startswith(("填报单位", "单位:", "金额单位"))
            or text.endswith("绩效目标表")
            or text.lstrip("#").endswith("绩效目标表")
        ):
            r -= 1
            continue
        break
    return r


def split_text(text: str) -> list[list[str]]:
    """Tab-separated text (as copied out of Excel, WPS, Word or a PDF viewer) → grid."""
    return [line.rstrip("\r").split("\t") for line in text.split("\n")]


def read_text(text: str, source: str = "") -> TableImport:
    """Reads pasted text; see :func:`read_tables`.

    Text with no tab-separated table that still holds a 项目编码 label (broken over
    lines, as a PDF extractor writes it) is read by :mod:`jxeditor.formats.pdftext`.
    """
    result = read_tables(split_text(text), source)
    if not result.projects:
        from jxeditor.formats.pdftext import looks_like_pdf_lines, read_pdf_lines

        if looks_like_pdf_lines(text):
            return read_pdf_lines(text, source)
    return result


def decode_text(raw: bytes, path: str | Path) -> tuple[str, str]:
    """UTF-8 (with or without BOM), UTF-16 with BOM, or GBK/GB18030 as Windows saves it.

    Mostly-UTF-8 text with a few damaged bytes is read with ``�`` in their place, and
    the second value says so (else it is empty); anything else raises.
    """
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), ""
        except UnicodeDecodeError:
            pass
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            break
        return text, ""
    else:
        text = raw.decode("utf-8-sig", errors="replace")
        damaged = text.count("\ufffd")
        if "\x00" not in text and damaged <= max(3, len(raw) // 1000):
            first = text.index("\ufffd")
            line = text.count("\n", 0, first) + 1
            return text, f"文件中有 {damaged} 处无法识别的字符（第一处在第 {line} 行），已用“\ufffd”代替，请核对"
    raise FileFormatError(path, "无法识别文本编码（不是 UTF-8 或 GBK 文本，可能是二进制文件）")


def read_text_file(path: str | Path) -> TableImport:
    """Reads a ``.txt`` file of tab-separated tables; no table found is an error."""
    from jxeditor.formats.atomic import os_error_text

    p = Path(path)
    try:
        if p.is_dir():
            raise FileFormatError(p, "这是一个文件夹，不是文件")
        raw = p.read_bytes()
    except OSError as error:
        raise FileFormatError(p, f"无法读取：{os_error_text(error)}") from None
    text, damage = decode_text(raw, p)
    result = read_text(text, str(p))
    if damage:
        result.notices.insert(0, damage)
    if not result.projects:
        raise FileFormatError(p, "没有找到绩效目标表（找不到“项目名称”或“项目编码”）")
    return result
