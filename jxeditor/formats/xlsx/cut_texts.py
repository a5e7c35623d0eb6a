"""Texts the export had to cut in a visible cell (over the cell's limit, or with
characters a cell cannot hold), put back whole from the hidden copy when a sheet edited
after export is read again: :func:`restore_cut_texts`. Moved out of
:mod:`jxeditor.formats.xlsx.reader`, which uses it."""

from __future__ import annotations

import dataclasses

from jxeditor.document.model import Project
from jxeditor.formats.xlsx.common import CELL_TEXT_LIMIT, visible_text


def _cut_forms(value: object, found: dict[str, str]) -> None:
    """The texts in ``value`` that the visible cells could not hold whole, by their
    visible (cut) form."""
    if isinstance(value, str):
        shown, changed = visible_text(value)
        if changed and len(shown) >= CELL_TEXT_LIMIT // 2:
            found[shown.strip()] = value
    elif isinstance(value, list):
        for item in value:
            _cut_forms(item, found)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            _cut_forms(getattr(value, f.name), found)


def _restore(value: object, forms: dict[str, str]) -> int:
    count = 0
    if isinstance(value, list):
        for i, item in enumerate(value):
            if isinstance(item, str) and item.strip() in forms:
                value[i] = forms[item.strip()]
                count += 1
            else:
                count += _restore(item, forms)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        frozen = value.__dataclass_params__.frozen  # type: ignore[attr-defined]  # set on every dataclass at run time; the stubs omit it
        for f in dataclasses.fields(value):
            item = getattr(value, f.name)
            if isinstance(item, str):
                if not frozen and item.strip() in forms:
                    setattr(value, f.name, forms[item.strip()])
                    count += 1
            else:
                count += _restore(item, forms)
    return count


def restore_cut_texts(project: Project, original: Project) -> int:
    """Puts back the full text of ``original`` (the hidden copy) wherever ``project``
    (re-read from an edited sheet) still holds the form the export cut it to; returns
    how many texts were restored."""
    forms: dict[str, str] = {}
    _cut_forms(original, forms)
    return _restore(project, forms) if forms else 0
