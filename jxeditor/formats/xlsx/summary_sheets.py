"""The two list sheets of the export: ``汇总`` and ``指标清单``.

``汇总`` has one row per project (code, name, department, amounts, error and warning
counts: the :class:`~jxeditor.rules.tally.Tally` of its problems as a saved document
presents them, :data:`~jxeditor.rules.tally.INSISTED`, so that what is still empty counts
as 错误 as in the editor's status bar after the save), each name a link to the
project's sheet; ``指标清单`` has one row per third-level indicator, for filtering and
pivot tables. Both have an autofilter and a frozen header, and are views only: the
reader does not read edits made in them.
"""

from __future__ import annotations

from jxeditor.document.document import Document
from jxeditor.formats.xlsx.common import LIST_HEADS, LIST_SHEET, SUMMARY_HEADS, SUMMARY_SHEET
from jxeditor.formats.xlsx.sheet_plan import Notes, Row, SheetPlan, amount_format, amount_value
from jxeditor.rules.engine import validate_each
from jxeditor.rules.tally import INSISTED, Tally


def summary_plan(doc: Document, titles: list[str], notes: Notes) -> SheetPlan:
    heads = SUMMARY_HEADS
    plan = SheetPlan(title=SUMMARY_SHEET, widths=[14, 36, 30, 13, 13, 13, 13, 8, 8],
                     freeze="A2", title_rows="1:1", orientation="landscape")
    plan.rows.append([(h, "list_head", None) for h in heads])
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
