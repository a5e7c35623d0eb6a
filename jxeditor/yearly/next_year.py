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
- Targets stay. Each third-level indicator keeps its ``history``, this year's target and
  actual value (from the 自评 when there is one) added to what it had; past
  :data:`~jxeditor.document.model.MAX_HISTORY` entries (what files may hold) the oldest
  are dropped, with a notice, so that the file written is one every reader accepts.
- The 运行监控 and 自评 blocks are dropped; the stage is ``targets``.

New objects are built field by field (strings, decimals and dates are immutable), which
is faster than copying the document first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from jxeditor.document.document import Document
from jxeditor.document.model import (
    MAX_HISTORY,
    MONTHS,
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

NEW, CONTINUED = "新增项目", "延续项目"
MOVED, KEPT, ENDED, UNSURE = "moved", "kept", "ended", "unsure"


@dataclass
class NextYear:
    """The new document and what the person should know about it."""

    document: Document
    left_out: list[str] = field(default_factory=list)  # names of ended projects
    unsure: list[str] = field(default_factory=list)  # names of projects with an unclear period
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


def _carried(ind: Indicator, year: int, result: NextYear) -> Indicator:
    actual = ind.evaluation.actual if ind.evaluation is not None else ""
    history = [h for h in ind.history if h.year != year]
    history.append(HistoryEntry(year=year, target=ind.value, actual=actual))
    history.sort(key=lambda h: h.year)
    if len(history) > MAX_HISTORY:  # readers refuse more: the oldest go
        history = history[-MAX_HISTORY:]
        result.trimmed += 1
    return Indicator(name=ind.name, value=ind.value, description=ind.description,
                     basis=ind.basis, history=history)


def _indicators(project: Project, year: int, result: NextYear) -> list[Level1]:
    return [
        Level1(name=l1.name, children=[
            Level2(name=l2.name, children=[_carried(ind, year, result) for ind in l2.children])
            for l2 in l1.children
        ])
        for l1 in project.indicators
    ]


def _column(col: FundingColumn) -> FundingColumn:
    return FundingColumn(total=col.total, fiscal=col.fiscal, other=col.other)


def carry_project(project: Project, year: int, fate: str, result: NextYear) -> Project:
    """``project`` of budget year ``year`` as it starts ``year + 1`` (``fate``: see
    :func:`period_fate`; :data:`ENDED` projects are not carried); history trimmed is
    counted in ``result``."""
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
        purpose=project.purpose,
        spending_plan=dict.fromkeys(MONTHS),
        goals=Goals(period=project.goals.period, annual=project.goals.annual),
        indicators=_indicators(project, year, result),
    )


def next_year(doc: Document) -> NextYear:
    """Next year's document from ``doc`` (which is not changed), with the notices."""
    result = NextYear(Document(
        year=doc.year + 1, reporting_unit=doc.reporting_unit, money_unit=doc.money_unit,
        framework=doc.framework, projects=[], stage=TARGETS, scoring=doc.scoring,
    ))
    for index, project in enumerate(doc.projects):
        name = project.name.strip() or f"第 {index + 1} 个项目"
        fate = period_fate(project.period, doc.year)
        if fate == ENDED:
            result.left_out.append(name)
            continue
        if fate == UNSURE:
            result.unsure.append(name)
        result.document.projects.append(carry_project(project, doc.year, fate, result))
    return result
