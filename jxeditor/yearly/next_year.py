"""Next year's document from this year's: ``jxeditor next-year`` and 文件 → 生成下一年度.

:func:`next_year` builds a new document (the source is not changed) for ``year + 1``:

- A one-year period of this year moves one year on (``2026-01-01…2026-12-31`` →
  ``2027-01-01…2027-12-31``; 29 February becomes the 28th); its period amounts are
  cleared with the annual ones, since the period is a new one.
- A longer period stays as it is while it still covers the new year; its period
  amounts stay.
- A project whose period has ended before the new year is left out and listed
  (:attr:`NextYear.left_out`). A blank or unreadable period, or one that starts only
  after the new year, keeps the project as it is, with a notice (:attr:`NextYear.unsure`).
- The new year's annual amounts and spending plan are empty; a 新增项目 carried on is a
  延续项目.
- Targets stay, but the year named as the time of the work moves on: ``2026年12月底前``
  becomes ``2027年12月底前`` in target values, indicator names and the 年度目标 (the
  实施期目标 and the 项目资金主要用途 unless a longer period covering the new year stays:
  its own years are not stale), and every place moved is listed
  (:attr:`NextYear.moved_years`); a reference (``较2025年``, ``2026—2028年``) stays
  (:func:`~jxeditor.document.years.year_mentions`). Each third-level indicator keeps its
  ``history``, this year's target and actual value (from the 自评 when there is one)
  added to what it had; past :data:`~jxeditor.document.model.MAX_HISTORY` entries (what
  files may hold) the oldest are dropped, with a notice, so that every reader accepts the
  file written.
- The 运行监控 and 自评 blocks are dropped; the stage is ``targets``.
- The department's overall targets (部门整体) are carried with their texts, tasks,
  measures and indicator tree (with history, as a project's); the tasks' budgets, the
  金额合计, the funds overview and the 自评 block are for the new year to fill.

New objects are built field by field (strings, decimals and dates are immutable), which
is faster than copying the document first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from jxeditor.document.department import DEPARTMENT_LABEL, Department, Measure, Safeguard, Task
from jxeditor.document.document import Document
from jxeditor.document.fields import MONTHS
from jxeditor.document.model import (
    MAX_HISTORY,
    Funding,
    FundingColumn,
    Goals,
    HistoryEntry,
    Indicator,
    Level1,
    Level2,
    Period,
    Project,
)
from jxeditor.document.stages import TARGETS
from jxeditor.document.years import replace_year

NEW, CONTINUED = "新增项目", "延续项目"
MOVED, KEPT, ENDED, UNSURE = "moved", "kept", "ended", "unsure"


@dataclass
class NextYear:
    """The new document and what the person should know about it."""

    document: Document
    left_out: list[str] = field(default_factory=list)  # names of ended projects
    unsure: list[str] = field(default_factory=list)  # names of projects with an unclear period
    # (project name, places) whose year was moved to the new year: 年度目标, 三级指标“…”
    moved_years: list[tuple[str, list[str]]] = field(default_factory=list)
    trimmed: int = 0  # indicators whose oldest history entries were dropped

    def notices(self) -> list[str]:
        """One line per notice, in Chinese."""
        lines: list[str] = []
        if self.left_out:
            lines.append(f"实施期已结束、未带入 {self.document.year} 年度的项目"
                         f"（{len(self.left_out)} 个）：" + "、".join(self.left_out))
        if self.unsure:
            lines.append(f"实施期未填、无法识别或在 {self.document.year} 年之后才开始、已原样带入的项目"
                         f"（{len(self.unsure)} 个），"
                         "请核对实施期：" + "、".join(self.unsure))
        if self.moved_years:
            year = self.document.year
            places = "；".join(f"{name}：" + "、".join(where) for name, where in self.moved_years)
            lines.append(f"以下各处的 {year - 1} 年已改为 {year} 年，请核对：{places}")
        if self.trimmed:
            lines.append(f"{self.trimmed} 个指标的历年记录超过 {MAX_HISTORY} 条，"
                         f"已删去最早的记录（每个指标保留最近 {MAX_HISTORY} 年）")
        return lines


def shift_year(day: date, years: int = 1) -> date:
    """``day`` ``years`` years on (29 February becomes the 28th in a common year)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def period_fate(period: Period, year: int) -> str:
    """What becomes of a period of budget year ``year`` in ``year + 1``: :data:`MOVED`
    (one year of ``year``), :data:`KEPT` (it covers the new year), :data:`ENDED` or
    :data:`UNSURE` (blank, unreadable, or starting after the new year)."""
    start, end = period.start, period.end
    if not isinstance(start, date) or not isinstance(end, date) or end < start:
        return UNSURE
    if start.year == end.year == year:
        return MOVED
    if start.year <= year + 1 <= end.year:
        return KEPT
    if end.year <= year:
        return ENDED
    return UNSURE  # it starts after the new year: not ended, yet not the new year's either


def _moved(text: str, year: int, place: str, moved: list[str]) -> str:
    """``text`` with ``year`` as the time of the work moved one year on (``place`` noted
    in ``moved`` when it changed)."""
    new = replace_year(text, year, year + 1)
    if new != text:
        moved.append(place)
    return new


def _carried(ind: Indicator, year: int, moved: list[str]) -> Indicator:
    actual = ind.evaluation.actual if ind.evaluation is not None else ""
    history = [h for h in ind.history if h.year != year]
    history.append(HistoryEntry(year=year, target=ind.value, actual=actual))
    history.sort(key=lambda h: h.year)
    history = history[-MAX_HISTORY:]  # readers refuse more: the oldest go (counted apart)
    place = f"三级指标“{ind.name}”"
    return Indicator(name=_moved(ind.name, year, place, moved),
                     value=_moved(ind.value, year, place + "的指标值", moved),
                     description=ind.description, basis=ind.basis, history=history)


def _over_history(tree: list[Level1], year: int) -> int:
    """How many indicators of ``tree`` :func:`_carried` cuts to ``MAX_HISTORY`` entries."""
    return sum(sum(h.year != year for h in ind.history) + 1 > MAX_HISTORY
               for l1 in tree for l2 in l1.children for ind in l2.children)


def _indicators(project: Project, year: int, moved: list[str]) -> list[Level1]:
    return [
        Level1(name=l1.name, children=[
            Level2(name=l2.name, children=[_carried(ind, year, moved) for ind in l2.children])
            for l2 in l1.children
        ])
        for l1 in project.indicators
    ]


def _column(col: FundingColumn) -> FundingColumn:
    return FundingColumn(total=col.total, fiscal=col.fiscal, other=col.other)


def carry_project(
    project: Project, year: int, fate: str, moved: list[str] | None = None
) -> Project:
    """``project`` of budget year ``year`` as it starts ``year + 1`` (``fate``: see
    :func:`period_fate`; :data:`ENDED` projects are not carried); the places whose year
    moved are added to ``moved``."""
    moved = [] if moved is None else moved
    # A period that covers the new year keeps its own years in the texts about the period
    # (``year.stale`` judges them against its start); otherwise they move as the goal's.
    period_texts = fate != KEPT
    purpose = (_moved(project.purpose, year, "项目资金主要用途", moved) if period_texts
               else project.purpose)
    goals = Goals(
        period=(_moved(project.goals.period, year, "实施期目标", moved) if period_texts
                else project.goals.period),
        annual=_moved(project.goals.annual, year, "年度目标", moved),
    )
    period = Period(project.period.start, project.period.end)
    period_amounts = _column(project.funding.period)
    if fate == MOVED:
        assert isinstance(period.start, date) and isinstance(period.end, date)
        period = Period(shift_year(period.start), shift_year(period.end))
        period_amounts = FundingColumn()
    return Project(
        code=project.code,
        name=project.name,
        attribute=CONTINUED if project.attribute.strip() == NEW else project.attribute,
        category=project.category,
        department=project.department,
        implementer=project.implementer,
        period=period,
        funding=Funding(period=period_amounts, annual=FundingColumn()),
        purpose=purpose,
        spending_plan=dict.fromkeys(MONTHS),
        goals=goals,
        indicators=_indicators(project, year, moved),
    )


def carry_department(dept: Department, year: int, moved: list[str] | None = None) -> Department:
    """The department block of budget year ``year`` as it starts ``year + 1``: the year of
    the work in its goal, measures and indicator tree moved on as for a project (the
    places noted in ``moved``)."""
    moved = [] if moved is None else moved
    return Department(
        name=dept.name, functions=dept.functions,
        overall_goal=_moved(dept.overall_goal, year, "总体绩效目标", moved),
        tasks=[Task(t.title, t.content, FundingColumn(), list(t.projects),
                    [Measure(_moved(m.text, year, f"分项“{t.title}”的绩效指标", moved),
                             m.name, _moved(m.value, year, f"分项“{t.title}”的指标值", moved))
                     for m in t.measures]) for t in dept.tasks],
        indicators=_indicators(Project(indicators=dept.indicators), year, moved),
        measures=[Safeguard(s.title, s.text) for s in dept.measures],
    )


def next_year(doc: Document) -> NextYear:
    """Next year's document from ``doc`` (which is not changed), with the notices."""
    result = NextYear(Document(
        year=doc.year + 1, reporting_unit=doc.reporting_unit, money_unit=doc.money_unit,
        framework=doc.framework, projects=[], stage=TARGETS, scoring=doc.scoring,
    ))
    if doc.department is not None:
        moved_here: list[str] = []
        result.document.department = carry_department(doc.department, doc.year, moved_here)
        result.trimmed += _over_history(doc.department.indicators, doc.year)
        if moved_here:
            result.moved_years.append((DEPARTMENT_LABEL, list(dict.fromkeys(moved_here))))
    for index, project in enumerate(doc.projects):
        name = project.name.strip() or f"第 {index + 1} 个项目"
        fate = period_fate(project.period, doc.year)
        if fate == ENDED:
            result.left_out.append(name)
            continue
        if fate == UNSURE:
            result.unsure.append(name)
        moved: list[str] = []
        result.document.projects.append(carry_project(project, doc.year, fate, moved))
        result.trimmed += _over_history(project.indicators, doc.year)
        if moved:
            result.moved_years.append((name, list(dict.fromkeys(moved))))
    return result
