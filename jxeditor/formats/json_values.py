"""Reading and writing the single values of the JSON format: texts, amounts, dates, choices.

:class:`ValueReader` turns parsed JSON values into model values and names the place
(the JSON path) of anything it cannot read, in Chinese. Two hostile inputs are defused
here, for every reader of the format (files, the workbook's hidden copy, recovery):

- **Numbers** are bounded (:data:`MAX_DIGITS` significant digits, exponent within
  ±\\ :data:`MAX_EXPONENT`): ``1e-999999999`` would become a 10⁹-character string when
  written out, ``1e999999999`` overflows arithmetic, a 5,001-digit integer is refused by
  Python's ``int``. Such a number is kept as its text, an unreadable amount that the
  validator reports like any other (:func:`json_number`, :meth:`ValueReader.amount`).
- **Lone surrogates** (``"\\ud800"``, valid JSON but not encodable as UTF-8, so no save
  could ever succeed) are replaced by U+FFFD, and the reader counts them for a notice
  (:attr:`ValueReader.replaced`).

Which key holds which field, and how its value reads, is the field registry's
(:mod:`jxeditor.document.fields`): :func:`field_plan` lays out a holder's fields as JSON
keys (a dotted path is a key in a nested object), and :meth:`ValueReader.fields` reads
them by their kind.

The reasons of Python's JSON reader and a short rendering of a value, for the messages
of the document reader, are here too (:func:`json_reason`, :func:`describe_value`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import partial
from pathlib import Path
from typing import Any, NamedTuple

from jxeditor.document.amounts import Amount, DateValue, format_amount, parse_amount
from jxeditor.document.fields import AMOUNT, CHOICE, CHOICES, DATE, FieldSpec
from jxeditor.errors import FileFormatError

MAX_DIGITS = 30  # significant digits of an amount
MAX_EXPONENT = 20  # |exponent| of an amount: fixed notation stays under 60 characters
_MAX_NUMBER_TEXT = 60  # longer number literals are not even turned into a Decimal

_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def bounded(value: Decimal) -> bool:
    """Whether ``value`` is a finite amount within the reader's bounds."""
    if not value.is_finite():
        return False
    _sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)  # finite
    return len(digits) <= MAX_DIGITS and -MAX_EXPONENT <= exponent <= MAX_EXPONENT


def json_number(text: str) -> Decimal | str:
    """``parse_float``/``parse_int`` of :func:`json.loads`: a ``Decimal`` within bounds,
    else the literal's text (an unreadable amount). Integers come back as ``int`` from
    :func:`json_int`."""
    if len(text) > _MAX_NUMBER_TEXT:
        return text
    try:
        value = Decimal(text)
    except InvalidOperation:  # pragma: no cover - json only hands over number literals
        return text
    return value if bounded(value) else text


def json_int(text: str) -> int | str:
    """``parse_int`` of :func:`json.loads`: an ``int`` unless the literal is too long."""
    return int(text) if len(text) <= MAX_DIGITS else text


def json_constant(text: str) -> str:
    """``parse_constant``: ``NaN``/``Infinity`` stay text (an unreadable amount)."""
    return text


def may_hold_surrogates(text: str, *, decoded: bool = False) -> bool:
    """Whether JSON text may hold a lone surrogate: a ``\\uD…`` escape, or (unless the
    text was ``decoded`` from UTF-8 bytes, which cannot hold one) a surrogate itself.
    Then every string is checked; without one, nearly always, none is."""
    if "\\u" in text and ("\\ud" in text or "\\uD" in text):
        return True
    if decoded:
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


# -- writing -----------------------------------------------------------------------------
def amount_text(value: Amount) -> str | None:
    """An amount as the format writes it: a decimal string (fixed notation), or null."""
    return None if value is None else format_amount(value)


def date_text(value: DateValue) -> str | None:
    """A date as the format writes it: ISO, the raw text, or null."""
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    return value


# -- reading -----------------------------------------------------------------------------
class FieldStep(NamedTuple):
    """Where one field stands in a JSON object: the nested object it sits in (``group``,
    dotted, ``""`` for the object itself), its ``key`` there, the ``parts`` of its
    attribute path on the model object being read, and how its value reads (``read``:
    the :class:`ValueReader` method of its kind)."""

    group: str
    key: str
    parts: tuple[str, ...]
    spec: FieldSpec
    read: Callable[[ValueReader, dict[str, Any], str, str], Any]


def _reader_of(spec: FieldSpec) -> Callable[[ValueReader, dict[str, Any], str, str], Any]:
    if spec.kind == AMOUNT:
        return ValueReader.amount
    if spec.kind == DATE:
        return ValueReader.date
    if spec.kind == CHOICE:
        return partial(ValueReader.choice, choices=("", *spec.choices), default="")
    if spec.kind == CHOICES:
        return partial(ValueReader.choices, choices=spec.choices)
    return ValueReader.text


def field_plan(specs: tuple[FieldSpec, ...], prefix: str = "") -> tuple[FieldStep, ...]:
    """How to read ``specs`` (paths starting with ``prefix``, which is left off: the
    block's own object) from JSON: ``funding.annual.total`` is ``"total"`` in
    ``{"funding": {"annual": {…}}}``."""
    steps = []
    for spec in specs:
        parts = tuple(spec.path.removeprefix(prefix).split("."))
        steps.append(FieldStep(".".join(parts[:-1]), parts[-1], parts, spec, _reader_of(spec)))
    return tuple(steps)


GroupReader = Callable[["ValueReader", dict[str, dict[str, Any]], Any, str], None]


def _target(sample: Any, parts: tuple[str, ...]) -> str:
    """The expression of the attribute (or dict entry) at ``parts`` under ``target``."""
    expr, obj = "target", sample
    for part in parts:
        if isinstance(obj, dict):
            expr, obj = f"{expr}[{part!r}]", obj.get(part)
        elif part.isidentifier() and hasattr(obj, part):
            expr, obj = f"{expr}.{part}", getattr(obj, part)
        else:
            raise ValueError(f"{type(sample).__name__} has no field {'.'.join(parts)}")
    return expr


def group_reader(make: Callable[[], Any], plan: tuple[FieldStep, ...]) -> GroupReader:
    """A reader of fields in nested objects: ``read(r, groups, target, where)`` sets each
    field of ``plan`` on ``target`` (made by ``make``), opening a nested object when its
    first field is read (:meth:`ValueReader.group`). Made once from the plan, like
    :func:`flat_reader`."""
    sample = make()
    scope: dict[str, Any] = {}
    lines = ["def read(r, groups, target, where):"]
    opened: dict[str, int] = {}
    for i, step in enumerate(plan):
        scope[f"read{i}"] = step.read
        n = opened.get(step.group)
        if n is None:
            n = opened[step.group] = len(opened)
            if step.group:
                lines.append(f"    at{n} = where + {'.' + step.group!r}")
                lines.append(f"    g{n} = r.group(groups, {step.group!r}, at{n})")
            else:
                lines += [f"    at{n} = where", f"    g{n} = groups['']"]
        lines.append(f"    {_target(sample, step.parts)} = read{i}(r, g{n}, {step.key!r}, at{n})")
    exec("\n".join(lines) + "\n", scope)
    reader: GroupReader = scope["read"]
    return reader


def flat_reader(
    make: Callable[..., Any], plan: tuple[FieldStep, ...]
) -> Callable[[ValueReader, dict[str, Any], str], Any]:
    """A reader of a block whose fields are keys of its own object: ``read(r, data,
    where)`` calls ``make`` with the plan's values, in the plan's order, which must be the
    order of ``make``'s fields (checked). Made once from the plan, as ``dataclasses``
    makes an ``__init__``, so that it runs as fast as one written out (it runs for every
    indicator of a 自评 or 运行监控 document)."""
    names = [f.name for f in dataclasses.fields(make)][: len(plan)]  # type: ignore[arg-type]
    if names != [step.key for step in plan] or any(step.group for step in plan):
        raise ValueError(f"{make.__name__}: fields {names} are not the plan's keys")
    scope: dict[str, Any] = {"make": make} | {f"read{i}": s.read for i, s in enumerate(plan)}
    values = ", ".join(f"read{i}(r, data, {s.key!r}, where)" for i, s in enumerate(plan))
    exec(f"def read(r, data, where):\n    return make({values})\n", scope)
    reader: Callable[[ValueReader, dict[str, Any], str], Any] = scope["read"]
    return reader


class ValueReader:
    """Reads single values, naming the place of any error; ``scrub`` replaces lone
    surrogates in every string (counted in :attr:`replaced`, the first place in
    :attr:`first_replaced`)."""

    def __init__(self, path: str | Path | None, *, scrub: bool) -> None:
        self.path = path
        self.scrub = scrub
        self.replaced = 0
        self.first_replaced = ""

    def fail(self, where: str, message: str) -> FileFormatError:
        return FileFormatError(self.path, message, f"位置 {where}" if where else "")

    def clean(self, value: str, where: str) -> str:
        """``value`` with lone surrogates replaced (when scrubbing)."""
        if self.scrub and _SURROGATE.search(value):
            self.replaced += 1
            self.first_replaced = self.first_replaced or where
            return _SURROGATE.sub(REPLACEMENT, value)
        return value

    def surrogate_notice(self) -> list[str]:
        """The notice of replaced characters, if any were."""
        if not self.replaced:
            return []
        return [
            f"{self.replaced} 处文字含有无法保存的字符（孤立的 UTF-16 代理项，如 \\ud800），"
            f"已替换为“{REPLACEMENT}”，首处在 {self.first_replaced or '文档'}"
        ]

    def obj(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "应为对象（{…}）")
        return value

    def lst(self, value: Any, where: str) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(where, "应为数组（[…]）")
        return value

    def text(self, data: dict[str, Any], key: str, where: str) -> str:
        value = data.get(key, "")
        if type(value) is str:  # the fast path: nearly every value
            if self.scrub:
                return self.clean(value, f"{where}.{key}")
            return value
        if value is None:
            return ""
        if not isinstance(value, str):
            raise self.fail(f"{where}.{key}", "应为文字（字符串）")
        return self.clean(value, f"{where}.{key}") if self.scrub else value

    def amount(self, data: dict[str, Any], key: str, where: str) -> Amount:
        value = data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int, Decimal)):
            raise self.fail(f"{where}.{key}", "金额或百分比应写成字符串（如 \"1443.08\"）或 null")
        if isinstance(value, str):
            if self.scrub:
                value = self.clean(value, f"{where}.{key}")
            if len(value) > _MAX_NUMBER_TEXT:
                return value.strip() or None  # too long to be an amount: kept as typed
        parsed = parse_amount(value)
        if isinstance(parsed, Decimal) and not bounded(parsed):
            return str(value).strip()  # kept as written: reported as an unreadable amount
        return parsed

    def date(self, data: dict[str, Any], key: str, where: str) -> DateValue:
        value = data.get(key)
        if value is None or value == "":
            return None
        if not isinstance(value, str):
            raise self.fail(f"{where}.{key}", "日期应写成字符串（如 \"2026-01-01\"）或 null")
        if self.scrub:
            value = self.clean(value, f"{where}.{key}")
        try:
            return date.fromisoformat(value)
        except ValueError:
            return value  # kept as written; the validator reports period.invalid

    def choice(
        self, data: dict[str, Any], key: str, where: str, choices: tuple[str, ...], default: str
    ) -> str:
        """One of ``choices`` (``default`` when absent or null); anything else is refused."""
        value = data.get(key)
        if value is None:
            return default
        if value not in choices:
            names = "、".join(f"“{c}”" for c in choices if c)
            raise self.fail(f"{where}.{key}" if where else key, f"应为 {names} 之一")
        text: str = value
        return text

    def groups(
        self, data: dict[str, Any], plan: tuple[FieldStep, ...], where: str, *, loose: bool
    ) -> dict[str, dict[str, Any]]:
        """The nested objects of ``plan``'s first level, opened in order (absent or null:
        empty; ``loose``: any false value too)."""
        found: dict[str, dict[str, Any]] = {"": data}
        for step in plan:
            top = step.group.partition(".")[0]
            if top and top not in found:
                raw = data.get(top)
                empty = not raw if loose else raw is None
                found[top] = self.obj({} if empty else raw, f"{where}.{top}" if where else top)
        return found

    def group(self, groups: dict[str, dict[str, Any]], group: str, at: str) -> dict[str, Any]:
        """The nested object ``group`` (dotted), opened from its parent in ``groups`` if
        it is not there yet (absent or null: empty)."""
        data = groups.get(group)
        if data is None:
            parent, _dot, name = group.rpartition(".")
            raw = groups[parent].get(name)
            data = groups[group] = self.obj({} if raw is None else raw, at)
        return data

    def choices(
        self, data: dict[str, Any], key: str, where: str, choices: tuple[str, ...]
    ) -> list[str]:
        """A list of distinct values among ``choices``, in the order given."""
        items = self.lst(data.get(key) or [], f"{where}.{key}")
        out: list[str] = []
        for i, item in enumerate(items):
            if item not in choices:
                names = "、".join(f"“{c}”" for c in choices)
                raise self.fail(f"{where}.{key}[{i}]", f"应为 {names} 之一")
            if item not in out:
                out.append(item)
        return out


# The messages of Python's JSON reader, by their beginning, in Chinese.
_JSON_REASONS = (
    ("Expecting value", "此处缺少值"),
    ("Expecting property name enclosed in double quotes", "属性名应使用双引号"),
    ("Expecting ',' delimiter", "缺少逗号"),
    ("Expecting ':' delimiter", "缺少冒号"),
    ("Unterminated string starting at", "字符串没有结束引号"),
    ("Extra data", "数据结束后还有多余内容"),
    ("Invalid control character", "字符串中有控制字符"),
    ("Invalid \\uXXXX escape", "“\\u”转义后应为四位十六进制数"),
    ("Invalid \\escape", "反斜杠转义无效"),
    ("Illegal trailing comma", "末尾多了一个逗号"),
)


def describe_value(value: Any) -> str:
    """A short rendering of a JSON value for a message (``null`` as 空值)."""
    if isinstance(value, str):
        text = f"“{value}”"
    elif value is None:
        text = "空值"
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, (dict, list)):
        text = "对象" if isinstance(value, dict) else "数组"
    else:
        text = str(value)
    return text if len(text) <= 40 else text[:40] + "…"


def json_reason(msg: str) -> str:
    """The Chinese reason for a message of Python's JSON reader (语法错误 for others)."""
    return next((text for start, text in _JSON_REASONS if msg.startswith(start)), "语法错误")
