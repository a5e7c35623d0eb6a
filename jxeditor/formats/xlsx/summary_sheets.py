"""The two list sheets of the export: ``汇总`` and ``指标清单``.

``汇总`` has one row per project (code, name, department, amounts, error and warning
counts: the :class:`~jxeditor.rules.tally.Tally` of its problems as a saved document
presents them, :data:`~jxeditor.rules.tally.INSISTED`, so that what is still empty counts
as 错误 as in the editor's status bar after the save), each name a link to the
project's sheet, after, where the document has the department's overall targets, a row
部门整体 (its total, its problems, a link to its sheet) and a row 项目合计 (the sum of the
projects' amounts, to hold against it); ``指标清单`` has one row per third-level indicator, for filtering and
pivot tables. Both have an autofilter and a frozen header, and are views only: the
reader does not read edits made in them.
"""

from __future__ import annotations

from decimal import Decimal

from jxeditor.document.amounts import Amount
from jxeditor.document.department import DEPARTMENT_LABEL
from jxeditor.document.document import Document
from jxeditor.formats.xlsx.common import LIST_HEADS, LIST_SHEET, SUMMARY_HEADS, SUMMARY_SHEET
from jxeditor.formats.xlsx.sheet_plan import Notes, Row, SheetPlan, amount_format, amount_value
from jxeditor.rules.department_rules import department_total, validate_department
from jxeditor.rules.engine import validate_each
from jxeditor.rules.tally import INSISTED, Tally


def summary_plan(doc: Document, titles: list[str], notes: Notes) -> SheetPlan:
    heads = SUMMARY_HEADS
    plan = SheetPlan(title=SUMMARY_SHEET, widths=[14, 36, 30, 13, 13, 13, 13, 8, 8],
                     freeze="A2", title_rows="1:1", orientation="landscape")
    plan.rows.append([(h, "list_head", None) for h in heads])
    _department_rows(doc, plan, notes)
    tallies = [Tally.of(INSISTED.present(problems)) for problems in validate_each(doc)]
    for p, title, tally in zip(doc.projects, titles, tallies, strict=True):
        r = len(plan.rows) + 1
        amounts = (p.funding.period.total, p.funding.annual.total, p.funding.annual.fiscal,
                   p.funding.annual.other)
        row: Row = [
            (notes.text(p.code, SUMMARY_SHEET, r, 1) or None, "list", None),
            (notes.text(p.name, SUMMARY_SHEET, r, 2) or title, "link", None),
            (notes.text(p.department, SUMMARY_SHEET, r, 3) or None, "list", None),
        ]
        for a in amounts:
            shown = amount_value(a)
            if isinstance(shown, str):
                shown = notes.text(shown, SUMMARY_SHEET, r, len(row) + 1)
            row.append((shown, "list_amount", amount_format(a)))
        row += [(tally.error, "list", None), (tally.warning, "list", None)]
        plan.rows.append(row)
        plan.links[(r, 2)] = title
    plan.autofilter = f"A1:I{len(plan.rows)}"
    return plan


def _amount_cells(amounts: tuple[Amount, ...], notes: Notes, r: int, first: int) -> Row:
    row: Row = []
    for a in amounts:
        shown = amount_value(a)
        if isinstance(shown, str):
            shown = notes.text(shown, SUMMARY_SHEET, r, first + len(row))
        row.append((shown, "list_amount", amount_format(a)))
    return row


def _department_rows(doc: Document, plan: SheetPlan, notes: Notes) -> None:
    dept = doc.department
    if dept is None:
        return
    r = len(plan.rows) + 1
    tally = Tally.of(INSISTED.present(validate_department(doc)))
    total = dept.total
    plan.rows.append([
        None, (DEPARTMENT_LABEL, "link", None),
        (notes.text(dept.name, SUMMARY_SHEET, r, 3) or None, "list", None),
        *_amount_cells((None, department_total(dept), total.fiscal, total.other), notes, r, 4),
        (tally.error, "list", None), (tally.warning, "list", None),
    ])
    plan.links[(r, 2)] = DEPARTMENT_LABEL

    def projects_sum(part: str) -> Decimal | None:
        values = [getattr(p.funding.annual, part) for p in doc.projects]
        numbers = [v for v in values if isinstance(v, Decimal)]
        return sum(numbers, Decimal(0)) if numbers else None

    plan.rows.append([
        None, ("项目合计", "list", None), None,
        *_amount_cells((None, projects_sum("total"), projects_sum("fiscal"), projects_sum("other")),
                       notes, r + 1, 4),
        None, None,
    ])


def list_plan(doc: Document, notes: Notes) -> SheetPlan:
    heads = LIST_HEADS
    plan = SheetPlan(title=LIST_SHEET, widths=[30, 12, 16, 36, 16, 30, 30], freeze="A2",
                     title_rows="1:1", orientation="landscape")
    plan.rows.append([(h, "list_head", None) for h in heads])
    for p in doc.projects:
        for l1 in p.indicators:
            for l2 in l1.children:
                for ind in l2.children:
                    r = len(plan.rows) + 1
                    texts = (p.name, l1.name, l2.name, ind.name, ind.value, ind.description,
                             ind.basis)
                    plan.rows.append([
                        (notes.text(t, LIST_SHEET, r, c) or None, "list", None)
                        for c, t in enumerate(texts, start=1)
                    ])
    plan.autofilter = f"A1:G{len(plan.rows)}"
    return plan
