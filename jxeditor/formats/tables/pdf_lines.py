"""Reading PDF text, step 1: lines → items (labels, level names and lines of text).

A PDF text extractor breaks a cell that wraps inside its box into several lines
(``项目`` / ``编码``, ``二级指`` / ``标``). Label fragments on consecutive lines are joined
into the labels the table readers and the frameworks know (compared as label keys);
a short run of lines ending in ``指标`` is taken as a level name even when it is not a
standard one (``效果指标``), and kept as written so the validator can report it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jxeditor.document.frameworks import Frameworks
from jxeditor.formats.tables.labels import ALL_LABELS, IND_COLUMNS, label_key

_SPACES = re.compile(r"[\s\u3000]+")
_MAX_JOIN = 4  # a label is broken over at most this many lines
_LEVEL_GUESS_MAX = 8  # characters of an unknown level name (效果指标, 其他指标)


@dataclass(frozen=True)
class Line:
    """One non-blank line of the text: its number (from 1), text, and a blank line before it."""

    no: int
    text: str
    blank_before: bool

    @property
    def segments(self) -> list[str]:
        return self.text.split()


@dataclass
class Item:
    """A label (``kind`` "label" or "level", joined from ``lines``) or a line of text."""

    kind: str  # "label", "level" or "text"
    key: str
    lines: list[Line]

    @property
    def no(self) -> int:
        return self.lines[0].no


def text_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text``, numbered from 1, each knowing if a blank line preceded it."""
    found: list[Line] = []
    blank = False
    for no, raw in enumerate(text.replace("\f", "\n\n").split("\n"), start=1):
        stripped = raw.strip().replace("\u3000", " ")
        if not stripped:
            blank = True
            continue
        found.append(Line(no, stripped, blank))
        blank = False
    return found


def _is_level_name(key: str, fw: Frameworks) -> bool:
    return fw.canonical_name(key) in fw.known_names


def _label_kind(key: str, fw: Frameworks) -> str | None:
    if key in ALL_LABELS:
        return "label"
    if _is_level_name(key, fw):
        return "level"
    return None


def _join_at(lines: list[Line], i: int, fw: Frameworks) -> Item | None:
    """The longest label that lines ``i…`` join into (lines without spaces inside)."""
    best: Item | None = None
    key = ""
    for k in range(min(_MAX_JOIN, len(lines) - i)):
        line = lines[i + k]
        if len(line.segments) != 1 and k > 0:
            break
        key += label_key(line.text)
        kind = _label_kind(key, fw)
        if kind is not None:
            best = Item(kind, key, lines[i : i + k + 1])
        if len(line.segments) != 1:
            break
    return best


def _guess_level_at(lines: list[Line], i: int, fw: Frameworks) -> Item | None:
    """A short run of one-piece lines ending in 指标: a level name outside the framework.

    Not when a later line of the run starts a known label (``债券计算`` + ``质量指`` + ``标``
    is the end of a cell, then 质量指标).
    """
    key = ""
    for k in range(min(_MAX_JOIN - 1, len(lines) - i)):
        line = lines[i + k]
        if len(line.segments) != 1 or (k > 0 and _join_at(lines, i + k, fw) is not None):
            return None
        key += label_key(line.text)
        if len(key) > _LEVEL_GUESS_MAX:
            return None
        if key.endswith("指标") and len(key) > 2 and key not in IND_COLUMNS:
            return Item("level", key, lines[i : i + k + 1])
    return None


def tokenize(lines: list[Line], fw: Frameworks) -> list[Item]:
    """Lines → labels (joined from fragments), level names and text lines."""
    items: list[Item] = []
    i = 0
    while i < len(lines):
        item = _join_at(lines, i, fw) or _guess_level_at(lines, i, fw)
        if item is None:
            item = Item("text", "", [lines[i]])
        items.append(item)
        i += len(item.lines)
    return items


def looks_like_pdf_lines(text: str) -> bool:
    """True when the text holds a 项目编码 label, perhaps broken over lines."""
    return "项目编码" in _SPACES.sub("", text)
