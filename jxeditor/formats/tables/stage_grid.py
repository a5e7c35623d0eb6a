"""The 自评表 and 监控表 in a grid of cell texts → projects with their stage blocks.

A sheet is such a form when its indicator header names the stage's columns
(实际完成值/得分: 自评; 1–7月完成值/全年预计完成值/完成目标可能性: 运行监控);
:func:`read_stage_tables` returns ``None`` for any other grid, which the target-table
reader (:mod:`~jxeditor.formats.tables.grid`) then reads. Like that reader it finds
labels by their text wherever they stand (spaces, full-width brackets, ``1-7月`` or
``1–7月``) and uses the same title block, header labels and indicator tree builder:

* header: 项目名称, 项目编码, 主管部门, 实施单位, 项目实施期, ...;
* 自评 funds: the columns 年初预算数 | 全年预算数 | 全年执行数 over the rows 年度资金总额 /
  当年财政拨款 / 上年结转资金 / 其他资金 (分值, 执行率 and 得分 are computed and not read);
  年度总体目标: 预期目标 and 实际完成情况; indicators: 实际完成值, 分值, 得分, 偏差原因;
  first levels with their points (``产出指标（50分）``) read as the level's name; the
  footer (总分, 自评等级) ends the table;
* 监控 funds: 全年预算数, 1–7月执行数, 全年预计执行数, 截至日期 with their values in
  the next row; indicators: 1–7月完成值, 全年预计完成值, the ticked cause and
  possibility columns (or one text column each), 说明.

分值 and 得分 are read as numbers the form states (a dash or slash: empty); a 分值 or
得分 cell that holds a formula (a workbook's, with its result or without) is not a number
the person gave: it is kept as :func:`~jxeditor.document.stages.formula_score` text, never
counted (a 分值: the even share), and reported by the 自评 rules with its sheet and cell;
:func:`~jxeditor.formats.tables.stage_values.settle_scores` then leaves empty those the
rule set computes the same way (``rules=None`` keeps them all, for
:mod:`jxeditor.formats.xlsx.stage_merge`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from jxeditor.document.amounts import parse_amount
from jxeditor.document.frameworks import load_frameworks
from jxeditor.document.model import Indicator, Project, iter_indicators
from jxeditor.document.periods import parse_date, parse_period
from jxeditor.document.stages import (
    CAUSES,
    DEFAULT_SCORING,
    EVALUATION,
    MONITORING,
    POSSIBILITIES,
    IndicatorEvaluation,
    IndicatorMonitoring,
    ProjectEvaluation,
    ProjectMonitoring,
    formula_score,
)
from jxeditor.formats.tables.grid_rows import (
    Places,
    checked_grid,
    column_letter,
    read_preamble,
    trim_preamble,
)
from jxeditor.formats.tables.indicator_tree import Cell, RowTreeBuilder
from jxeditor.formats.tables.labels import HEADER_LABELS, NOTE_PREFIXES, label_key, tidy
from jxeditor.formats.tables.result import TableImport
from jxeditor.formats.tables.stage_values import settle_scores

Formulas = Callable[[], Mapping[tuple[int, int], str]]  # (row, column) → ``=…``, on demand

_POINTS_SUFFIX = re.compile(r"\s*[（(]\s*\d+(?:\.\d+)?\s*分\s*[)）]\s*$")
_DASHES = str.maketrans({"–": "-", "—": "-", "－": "-", "~": "-", "～": "-"})

EV_FUNDS_COLUMNS = {"年初预算数": "budget_initial", "全年预算数": "budget_full",
                    "全年执行数": "executed"}
EV_FUNDS_ROWS = {
    "年度资金总额": "total", "其中:当年财政拨款": "fiscal", "当年财政拨款": "fiscal",
    "其中:财政拨款": "fiscal", "财政拨款": "fiscal", "上年结转资金": "carried_over",
    "其中:上年结转资金": "carried_over", "上年结转": "carried_over", "其他资金": "other",
    "其中:其他资金": "other",
}
EV_COMPUTED = {"分值", "执行率", "得分"}
GOAL_ROW = {"年度总体目标", "总体目标"}
EV_GOALS = {"预期目标": "annual", "年度目标": "annual", "实际完成情况": "achieved"}
EV_IND = {"实际完成值": "actual", "实际值": "actual", "全年实际值": "actual", "分值": "points",
          "得分": "score", "偏差原因分析及改进措施": "deviation", "偏差原因分析": "deviation",
          "偏差原因": "deviation"}
MO_FUNDS = {"全年预算数": "budget", "1-7月执行数": "executed", "全年预计执行数": "forecast",
            "截至日期": "as_of"}
MO_COMPUTED = {"1-7月执行率", "全年预计执行率", "执行率"}
MO_IND = {"1-7月完成值": "current", "1-7月执行情况": "current", "全年预计完成值": "forecast",
          "全年预计完成情况": "forecast", "全年预计": "forecast", "完成目标可能性": "possibility",
          "完成可能性": "possibility", "偏差原因分析": "causes", "偏差原因": "causes",
          "说明": "note", "备注": "note"}
TREE_COLUMNS = {"一级指标": "l1", "二级指标": "l2", "三级指标": "name", "年度指标值": "value",
                "指标值": "value"}
FOOTER = {"总分", "自评等级", "自评得分", "合计"}
BLANKS = {"—", "-", "–", "－", "/", "／", "\\", "无"}  # 分值/得分 cells left blank on purpose
MARKS = {"√", "✓", "✔", "☑", "是", "Y", "y", "1", "●"}
_EV_MARKS = {"实际完成值", "得分"}
_MO_MARKS = {"1-7月完成值", "1-7月执行情况", "全年预计完成值", "完成目标可能性"}
_MARKS = frozenset(_EV_MARKS | _MO_MARKS)
_ALL = (set(HEADER_LABELS) | set(EV_FUNDS_COLUMNS) | set(EV_FUNDS_ROWS) | EV_COMPUTED | GOAL_ROW
        | set(EV_GOALS) | set(EV_IND) | set(MO_FUNDS) | MO_COMPUTED | set(MO_IND)
        | set(TREE_COLUMNS) | FOOTER | {"项目资金(万元)", "项目资金", "资金投入(万元)"})


def key_of(text: str) -> str:
    """A cell's text as a label here: :func:`label_key` with dashes made ``-``."""
    return label_key(text).translate(_DASHES)


def form_stage(keys: set[str]) -> str:
    """The stage whose indicator header these labels are (``""``: neither)."""
    if "一级指标" not in keys:
        return ""
    if keys & _EV_MARKS:
        return EVALUATION
    return MONITORING if keys & _MO_MARKS else ""


class StageReader:
    """Reads one 自评 or 监控 table (the rows from one 项目名称 to the next)."""

    funds_rows: dict[str, str] = EV_FUNDS_ROWS  # a 自评 funds row's label → its key

    def __init__(self, rows: list[list[Cell]], start: int, end: int, place: Places,
                 stage: str, formulas: Mapping[tuple[int, int], str] | None = None) -> None:
        self.rows, self.start, self.end, self.place = rows, start, end, place
        self.stage = stage
        self.formulas = formulas or {}  # the workbook's formula cells
        self.project = Project()
        if stage == EVALUATION:
            self.project.evaluation = ProjectEvaluation()
        else:
            self.project.monitoring = ProjectMonitoring()
        self.notices: list[str] = []
        self.used: set[tuple[int, int]] = set()
        self.funds_columns: dict[int, str] = {}

    def keys(self, r: int) -> list[tuple[str, int, str]]:
        return [(key_of(text), col, text) for col, text in self.rows[r]]

    def after(self, r: int, col: int) -> list[Cell]:
        """The non-label cells right of (r, col) up to the next label."""
        found: list[Cell] = []
        for c, text in self.rows[r]:
            if c <= col:
                continue
            if key_of(text) in _ALL:
                break
            found.append((c, text))
        return found

    def take(self, r: int, cells: list[Cell]) -> str:
        self.used.update((r, c) for c, _t in cells)
        return " ".join(t for _c, t in cells)

    def read(self) -> Project:
        for r in range(self.start, self.end):
            names = {k for k, _c, _t in self.keys(r)}
            if form_stage(names):
                self.indicators(r)
                break
            self.header_row(r)
        self.report_unused()
        return self.project

    # -- above the indicators -------------------------------------------------------------
    def header_row(self, r: int) -> None:
        p = self.project
        keys = self.keys(r)
        for key, col, _text in keys:
            field = HEADER_LABELS.get(key)
            if key in _ALL:
                self.used.add((r, col))
            if field is None or field == "purpose":
                continue
            cells = self.after(r, col)
            value = self.take(r, cells if field == "period" else cells[:1])
            if field == "period":
                p.period.start, p.period.end = parse_period(value)
            else:
                setattr(p, field, tidy(value))
        names = {k: c for k, c, _t in keys}
        if self.stage == EVALUATION:
            self.evaluation_funds(r, names)
            self.evaluation_goals(r, names)
        else:
            self.monitoring_funds(r, names)
            if names.keys() & GOAL_ROW and not names.keys() & set(EV_GOALS):
                col = min(c for k, c in names.items() if k in GOAL_ROW)
                self.project.goals.annual = self.take(r, self.after(r, col))

    def evaluation_funds(self, r: int, names: dict[str, int]) -> None:
        heads = {c: EV_FUNDS_COLUMNS[k] for k, c in names.items() if k in EV_FUNDS_COLUMNS}
        if heads:  # the column heads; 分值/执行率/得分 are computed, not read
            self.funds_columns = heads | {c: "" for k, c in names.items() if k in EV_COMPUTED}
            return
        label = next((k for k in names if k in self.funds_rows), None)
        ev = self.funds_block()
        if label is None or not self.funds_columns or ev is None:
            return
        ordered = sorted(self.funds_columns)
        for col, text in self.rows[r]:
            if col <= names[label]:
                continue
            owner = max((h for h in ordered if h <= col), default=None)
            self.used.add((r, col))
            if owner is not None and self.funds_columns[owner]:
                setattr(getattr(ev, self.funds_columns[owner]), self.funds_rows[label],
                        parse_amount(text, lenient=True))

    def funds_block(self) -> object | None:
        """What the 自评 funds rows are read into (its columns are attributes)."""
        return self.project.evaluation

    def evaluation_goals(self, r: int, names: dict[str, int]) -> None:
        cols = {c: EV_GOALS[k] for k, c in names.items() if k in EV_GOALS}
        ev = self.project.evaluation
        if not cols or ev is None:
            return
        same = {c: self.take(r, self.after(r, c)) for c in cols}
        texts: dict[str, str] = {}
        if any(same.values()):
            texts = {cols[c]: t for c, t in same.items()}
        elif r + 1 < self.end and not any(key_of(t) in _ALL for _c, t in self.rows[r + 1]):
            ordered = sorted(cols)
            for col, text in self.rows[r + 1]:
                self.used.add((r + 1, col))
                owner = max((h for h in ordered if h <= col), default=ordered[0])
                texts[cols[owner]] = (texts.get(cols[owner], "") + "\n" + text).strip()
        self.project.goals.annual = texts.get("annual", "")
        ev.goals_achieved = texts.get("achieved", "")

    def monitoring_funds(self, r: int, names: dict[str, int]) -> None:
        heads = {c: MO_FUNDS[k] for k, c in names.items() if k in MO_FUNDS}
        m = self.project.monitoring
        if not heads or m is None or r + 1 >= self.end:
            return
        computed = [c for k, c in names.items() if k in MO_COMPUTED]
        ordered = sorted([*heads, *computed])
        for col, text in self.rows[r + 1]:
            owner = max((h for h in ordered if h <= col), default=None)
            self.used.add((r + 1, col))
            if owner is None or owner not in heads:
                continue
            field = heads[owner]
            value = parse_date(text) if field == "as_of" else parse_amount(text, lenient=True)
            setattr(m, field, value)

    # -- the indicators ------------------------------------------------------------------
    def indicators(self, header: int) -> None:
        roles: dict[int, str] = {}
        tree: dict[str, int] = {}
        table = EV_IND if self.stage == EVALUATION else MO_IND
        for col, text in self.rows[header]:
            key = key_of(text)
            self.used.add((header, col))
            if key in TREE_COLUMNS and TREE_COLUMNS[key] not in tree:
                tree[TREE_COLUMNS[key]] = col
            elif key in table and table[key] not in roles.values():
                roles[col] = table[key]
        first = header + 1
        if first < self.end and self.stage == MONITORING:
            heads = self.rows[first]  # the cause and possibility columns' own heads
            ticks = {col: (("cause:" if t.strip() in CAUSES else "poss:") + t.strip())
                     for col, t in heads}
            if heads and all(t.strip() in (*CAUSES, *POSSIBILITIES) for _c, t in heads):
                roles.update(ticks)
                self.used.update((first, c) for c in ticks)
                first += 1
        builder = RowTreeBuilder(self.project, load_frameworks(), tree)
        builder.extra_columns = True  # levels by their columns: the rows hold many cells
        value_col = tree.get("value", max(tree.values(), default=0))
        footer = False
        for r in range(first, self.end):
            cells = [(c, _POINTS_SUFFIX.sub("", t) if c < tree.get("name", 2) else t)
                     for c, t in self.rows[r]]
            if not cells:
                continue
            key = key_of(cells[0][1])
            footer = footer or key in FOOTER
            if key in FOOTER or (key in _ALL and key not in TREE_COLUMNS):
                self.used.update((r, c) for c, _t in cells)  # 总分, 自评等级: computed
                continue
            if len(cells) == 1 and key.startswith(NOTE_PREFIXES):
                self.notices.append(f"{self.place(r, cells[0][0])}：表格下方的说明未导入：{cells[0][1]}")
                self.used.add((r, cells[0][0]))
                continue
            if footer:  # below the footer: no indicators (reported as not placed)
                continue
            stage_cells = [(c, t) for c, t in cells if c > value_col and
                           max((h for h in roles if h <= c), default=-1) >= 0]
            tree_cells = [cell for cell in cells if cell not in stage_cells]
            last = builder.level2.children[-1] if builder.level2 and builder.level2.children \
                else None
            if tree_cells:
                self.used.update((r, c) for c in builder.add_row(tree_cells))
            else:  # an indicator without name and target, with stage values
                builder.add_indicator(Indicator())
            if builder.level2 and builder.level2.children and builder.level2.children[-1] \
                    is not last:
                self.fill(builder.level2.children[-1], roles, stage_cells, r)
                self.used.update((r, c) for c, _t in stage_cells)
        for _path, _l1, _l2, ind in iter_indicators(self.project):
            if self.stage == EVALUATION and ind.evaluation is None:
                ind.evaluation = IndicatorEvaluation()
            if self.stage == MONITORING and ind.monitoring is None:
                ind.monitoring = IndicatorMonitoring()

    def fill(self, ind: Indicator, roles: dict[int, str], cells: list[Cell], r: int) -> None:
        ordered = sorted(roles)
        if self.stage == EVALUATION:
            ev = ind.evaluation = IndicatorEvaluation()
            for col, text in cells:
                role = roles[max(h for h in ordered if h <= col)]
                formula = self.formulas.get((r, col)) if role in ("points", "score") else None
                if formula is not None:  # not the person's number, whatever it computed
                    setattr(ev, role, formula_score(formula, self.place.sheet or "",
                                                    f"{column_letter(col)}{r + 1}"))
                elif role in ("points", "score"):
                    setattr(ev, role, None if text.strip() in BLANKS
                            else parse_amount(text, lenient=True))
                else:
                    setattr(ev, role, (getattr(ev, role) + " " + text).strip())
            return
        m = ind.monitoring = IndicatorMonitoring()
        for col, text in cells:
            role = roles[max(h for h in ordered if h <= col)]
            if role.startswith("cause:") and text.strip() in MARKS:
                m.causes.append(role[6:])
            elif role.startswith("poss:") and text.strip() in MARKS:
                m.possibility = role[5:]
            elif role == "causes":
                m.causes.extend(c for c in re.split(r"[、,，;；\s]+", text) if c)
            elif role in ("current", "forecast", "possibility", "note"):
                setattr(m, role, (getattr(m, role) + " " + text).strip())

    def report_unused(self) -> None:
        for r in range(self.start, self.end):
            for col, text in self.rows[r]:
                if (r, col) not in self.used and key_of(text) not in _ALL:
                    self.notices.append(f"{self.place(r, col)}：无法归入表格的内容“{text[:30]}”")


def _has_marks(row: list[str]) -> bool:
    """Whether a row holds a label of a stage's indicator header (a quick look first)."""
    joined = "\x00".join(row)
    if "完成" not in joined and "得分" not in joined:
        return False
    return any(key_of(c) in _MARKS for c in row if 0 < len(c) < 24)


def _table_stage(grid: list[list[Cell]], start: int, end: int) -> str:
    for r in range(start, end):
        stage = form_stage({key_of(t) for _c, t in grid[r] if len(t) < 24})
        if stage:
            return stage
    return ""


def read_stage_tables(rows: list[list[str]], sheet: str | None = None,
                      rules: str | None = DEFAULT_SCORING,
                      formulas: Formulas | None = None) -> TableImport | None:
    """Reads every 自评 or 监控 table in a grid, or ``None`` when the grid holds none.

    With ``rules`` the 分值 and 得分 that the rule set gives anyway are left to it
    (:func:`settle_scores`); ``None`` keeps every number as the form states it.
    ``formulas`` gives a workbook's formula cells (asked once the grid is such a table).
    """
    if not any(_has_marks(row) for row in rows):
        return None
    place = Places(sheet)
    grid, starts, refused = checked_grid(rows, place)
    if refused or not starts:
        return None
    stages = [_table_stage(grid, s, e) for s, e in zip(starts, [*starts[1:], len(grid)],
                                                      strict=True)]
    if not any(stages):
        return None
    result = TableImport(stage=next(s for s in stages if s))
    formula_cells = formulas() if formulas is not None else {}
    read_preamble(grid, result, len(grid))
    for n, start in enumerate(starts):
        end = trim_preamble(grid, start, starts[n + 1] if n + 1 < len(starts) else len(grid))
        reader = StageReader(grid, start, end, place, stages[n] or result.stage, formula_cells)
        project = reader.read()
        if rules is not None and project.evaluation is not None:
            settle_scores(project, rules)
        result.projects.append(project)
        result.notices.extend(reader.notices)
    return result
