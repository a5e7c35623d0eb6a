"""A 自评 or 监控 sheet of our own export, edited after export, read back.

The edited sheet is read by its labels (:mod:`jxeditor.formats.tables.stage_grid`);
what it shows is compared with what the same reading gives for the sheet as it was
exported (the *baseline*, laid out again from the hidden copy of the project). Every
value the user changed is taken from the sheet; every value left alone comes from the
hidden copy, exactly: the fields the form does not show (项目资金主要用途, the target
funding, 绩效指标描述, history, the other stage's block, ...), amounts and dates in
their original form, and the 分值/得分 the program computes (a 得分 left as exported
stays "computed", so it follows an edited 实际完成值). Indicators (and levels) are paired by
their name and their place in the tree.

The department's 自评 sheet (部门整体) is merged the same way
(:func:`reread_department_evaluation`).

A target sheet edited after export is read from its cells (what the person sees wins);
:func:`keep_history` then gives its indicators the history the sheet does not show.

The layouts of the baseline (and through them the scoring package) are imported by the
first re-read of an edited sheet, so that reading a workbook that has none does not load
them.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Any

from jxeditor.document.department import Department
from jxeditor.document.document import Document
from jxeditor.document.model import Project
from jxeditor.formats.tables.department_evaluation_grid import read_department_evaluation
from jxeditor.formats.tables.stage_grid import Formulas, read_stage_tables
from jxeditor.formats.xlsx.sheet_plan import Notes


def _name(value: object) -> object:
    return getattr(value, "name", None)


def _merge_lists(original: list[Any], baseline: list[Any], read: list[Any]) -> list[Any]:
    merged: list[Any] = []
    unused = set(range(min(len(original), len(baseline))))
    for i, item in enumerate(read):
        j: int | None = i if i in unused and _name(baseline[i]) == _name(item) else None
        if j is None:
            j = next((k for k in sorted(unused) if _name(baseline[k]) == _name(item)), None)
        if j is None and i in unused:  # renamed in place
            j = i
        if j is None:
            merged.append(item)
        else:
            unused.discard(j)
            merged.append(merge_edits(original[j], baseline[j], item))
    return merged


def merge_edits(original: Any, baseline: Any, read: Any) -> Any:
    """``read`` where it differs from ``baseline``, else ``original`` (recursively)."""
    if read == baseline:
        return copy.deepcopy(original)
    if isinstance(read, list) and isinstance(original, list) and isinstance(baseline, list):
        if all(dataclasses.is_dataclass(x) for x in read):
            return _merge_lists(original, baseline, read)
        return read
    if (dataclasses.is_dataclass(read) and not isinstance(read, type)
            and type(original) is type(read) and type(baseline) is type(read)):
        merged = copy.deepcopy(original)
        for f in dataclasses.fields(read):
            if f.init:
                setattr(merged, f.name, merge_edits(getattr(original, f.name),
                                                    getattr(baseline, f.name),
                                                    getattr(read, f.name)))
        return merged
    return read


def reread_stage_sheet(rows: list[list[str]], sheet: str, doc: Document, original: Project,
                       formulas: Formulas | None = None) -> tuple[Project, list[str]] | None:
    """The project of an edited 自评/监控 sheet (one table) and the notices that its
    edits brought; ``None`` when the sheet no longer reads as one such table
    (``formulas``: the sheet's formula cells, a 得分 typed as a formula is not taken)."""
    from jxeditor.formats.xlsx.stage_layout import stage_form  # here, not above: see the docstring

    read = read_stage_tables(rows, sheet, rules=None, formulas=formulas)
    if read is None or len(read.projects) != 1:
        return None
    plan = stage_form(doc, original, sheet, Notes())
    baseline = read_stage_tables(plan.grid(), sheet, rules=None)
    if baseline is None or len(baseline.projects) != 1:
        return None
    notices = [n for n in read.notices if n not in baseline.notices]
    return merge_edits(original, baseline.projects[0], read.projects[0]), notices


def reread_department_evaluation(rows: list[list[str]], sheet: str, doc: Document,
                                 original: Department,
                                 formulas: Formulas | None = None) -> Department | None:
    """The department of an edited 部门整体 自评 sheet, merged with its hidden copy as a
    project's 自评 sheet is (``formulas``: a 得分 typed as a formula is not taken);
    ``None`` when the sheet no longer reads as the 自评表."""
    from jxeditor.formats.xlsx.department_evaluation import (
        department_evaluation_form,
    )

    read = read_department_evaluation(rows, sheet, formulas)
    if read is None:
        return None
    baseline = read_department_evaluation(
        department_evaluation_form(doc, original, sheet, Notes()).grid(), sheet)
    if baseline is None:
        return None
    merged: Department = merge_edits(original, baseline, read)
    return merged


def keep_history(project: Project, original: Project) -> None:
    """The 上年 history of ``original`` (the hidden copy) on the indicators of ``project``,
    re-read from an edited target sheet, which does not show it: an indicator is paired
    by the names of its levels and its own name, else (renamed) by its place under the
    same 二级."""
    for l1 in project.indicators:
        o1 = next((o for o in original.indicators if o.name == l1.name), None)
        if o1 is None:
            continue
        for l2 in l1.children:
            o2 = next((o for o in o1.children if o.name == l2.name), None)
            if o2 is None:
                continue
            unused = list(range(len(o2.children)))
            pairs: dict[int, int] = {}
            for i, ind in enumerate(l2.children):
                j = next((k for k in unused if o2.children[k].name == ind.name), None)
                if j is not None:
                    pairs[i] = j
                    unused.remove(j)
            for i in range(len(l2.children)):
                if i not in pairs and i in unused:
                    pairs[i] = i
                    unused.remove(i)
            for i, j in pairs.items():
                if not l2.children[i].history:
                    l2.children[i].history = copy.deepcopy(o2.children[j].history)
