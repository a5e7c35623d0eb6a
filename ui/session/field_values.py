"""How the text in a form field becomes a project field value, and back, for the Qt layer.

The parsing and writing are the core's (:mod:`jxeditor.document.fields`: one parser and
one formatter per kind of field, shared with the importers and the problems panel);
this module adds what only an editor needs: whether a widget's text already means the
stored value, so that what the user typed stays as typed.
"""

from __future__ import annotations

from typing import Any

from jxeditor.document.fields import field_kind, text_from_value, value_from_text

__all__ = ["field_kind", "same_value", "text_from_value", "value_from_text"]


def same_value(a: Any, b: Any) -> bool:
    """Equal, of the same type and written the same (``Decimal('1')`` is not ``'1'``,
    nor ``Decimal('1.0')``)."""
    return type(a) is type(b) and a == b and str(a) == str(b)
