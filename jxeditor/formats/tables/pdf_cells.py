"""Reading PDF text, step 3: the pieces of text between two level names → cells.

The pieces (space-separated parts of lines) are cut into cells (name, description,
value, basis, …, repeating) by a small dynamic programme that scores each way of
cutting them: target values look like values (``≥70%``, ``5851万元``, ``下降``), bases
are short and repeat, a wrapped cell's lines do not grow longer, and a space inside a
printed line usually separates cells. Also the joining of a cell's pieces into text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from jxeditor.formats.tables.pdf_lines import Line

_MAX_CELL_PIECES = 16  # pieces of one cell; keeps the cutting linear in long texts
_LIST_MARK = re.compile(r"^(?:\d+\s*[：:、.．]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)")
_VALUE = re.compile(
    r"^[≥≤=<>》《＝＞＜≧≦]{0,2}\s*[+-]?\d+(?:\.\d+)?\s*(?:%|％)?"
    r"[\u4e00-\u9fffA-Za-z/²³]{0,5}(?:以上|以下|以内)?$"
)
_DATE_VALUE = re.compile(r"^\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:前|底|内|以前)?$")
_RANGE_VALUE = re.compile(r"^\d+(?:\.\d+)?%?[-~～至]\d+(?:\.\d+)?%?$")
_WORD_VALUES = frozenset(
    ["按时", "及时", "合规", "优秀", "良好", "好", "较好", "提高", "降低", "下降", "上升", "增加", "减少", "足额", "平稳运行", "达标", "完成", "有效", "明显", "显著", "逐步提高", "持续提升", "稳定", "是", "否"]
)


def _wide(ch: str) -> bool:
    return ord(ch) > 0x2E7F


def join_pieces(pieces: list[str]) -> str:
    """Pieces of one cell as one text: PDF gaps next to Chinese characters closed."""
    text = ""
    for piece in pieces:
        if text and not _wide(text[-1]) and not _wide(piece[0]):
            text += " "
        text += piece
    return text


def join_paragraph(lines: list[str]) -> str:
    """Wrapped lines of a text cell: joined, with a line break before list items (1：, （二）)."""
    text = ""
    for line in lines:
        piece = join_pieces(line.split())
        if text and _LIST_MARK.match(piece):
            text += "\n"
        elif text and not _wide(text[-1]) and not _wide(piece[0]):
            text += " "
        text += piece
    return text


def _width(text: str) -> int:
    return sum(2 if _wide(ch) else 1 for ch in text)


@dataclass(frozen=True)
class Piece:
    """A space-separated piece of a line inside the indicator rows."""

    text: str
    line: Line
    first_on_line: bool
    line_multi: bool  # its line holds more than one piece


def pieces_of(lines: list[Line]) -> list[Piece]:
    pieces: list[Piece] = []
    for line in lines:
        segs = line.segments
        for n, seg in enumerate(segs):
            pieces.append(Piece(seg, line, n == 0, len(segs) > 1))
    return pieces


def is_value_like(text: str) -> bool:
    """A target value: a number with comparator or unit, a date, a range or a grade word."""
    return bool(
        _VALUE.match(text) or _DATE_VALUE.match(text) or _RANGE_VALUE.match(text)
        or text in _WORD_VALUES
    )


_SAME_LINE_JOIN = {"name": -1.5, "description": -0.3, "value": -0.5, "basis": -1.0}


def _link_cost(a: Piece, b: Piece, role: str, joined: bool) -> float:
    """What keeping ``a`` and ``b`` in one cell (or cutting between them) costs."""
    if not b.first_on_line:
        return _SAME_LINE_JOIN.get(role, -0.5) if joined else 0.0
    if a.line_multi:  # after a line of several cells: a blank line means a new cell
        if joined and b.line.blank_before:
            return -1.0
        if not joined and not b.line.blank_before:
            return -1.0
    return 0.0


def _wraps_well(pieces: list[Piece]) -> bool:
    """A wrapped cell's lines do not get longer towards its end."""
    widths: list[int] = []
    for p in pieces:
        if p.first_on_line or not widths:
            widths.append(0)
        widths[-1] += _width(p.text)
    return all(a + 1 >= b for a, b in pairwise(widths))


def _cell_score(role: str, text: str, tails: frozenset[str]) -> float:
    has_digit = any(ch.isdigit() for ch in text)
    if role == "value":
        if is_value_like(text):
            return 3.0
        return 1.0 if len(text) <= 8 and not has_digit else -3.0
    if role == "basis":
        score = 1.0 if len(text) <= 12 and not has_digit else 0.0
        score -= 2.0 if has_digit else 0.0
        return score + (1.0 if text in tails else 0.0)
    if role == "name":
        return (1.0 if _width(text) <= 30 else 0.0) - (2.0 if is_value_like(text) else 0.0)
    if role == "description":
        return -1.0 if is_value_like(text) else 0.0
    return 0.0


class Splitter:
    """Cuts the pieces of indicator rows into cells; roles repeat (name, description, …)."""

    def __init__(self, pieces: list[Piece], roles: list[str], tails: frozenset[str]) -> None:
        self.pieces = pieces
        self.roles = roles
        self.tails = tails

    def cell(self, i: int, j: int, role: str) -> float:
        chunk = self.pieces[i:j]
        score = _cell_score(role, join_pieces([p.text for p in chunk]), self.tails)
        score += sum(_link_cost(a, b, role, True) for a, b in pairwise(chunk))
        if not _wraps_well(chunk):
            score -= 1.0
        if j < len(self.pieces):
            score += _link_cost(self.pieces[j - 1], self.pieces[j], role, False)
        return score

    def split(self) -> list[list[Piece]]:
        """The best cut into cells; a last row with cells missing costs 5 a cell."""
        n, f = len(self.pieces), len(self.roles)
        # best[(j, r)]: the best score of cutting pieces[:j] so that the next cell has
        # role r, and where the last cell began (to walk the cut back).
        best: dict[tuple[int, int], tuple[float, int]] = {(0, 0): (0.0, -1)}
        for i in range(n):
            for r in range(f):
                if (i, r) not in best:
                    continue
                base = best[(i, r)][0]
                for j in range(i + 1, min(n, i + _MAX_CELL_PIECES) + 1):
                    score = base + self.cell(i, j, self.roles[r])
                    state = (j, (r + 1) % f)
                    if state not in best or score > best[state][0]:
                        best[state] = (score, i)
        ends = [(best[(n, r)][0] - 5.0 * ((f - r) % f), r) for r in range(f) if (n, r) in best]
        _score, r = max(ends)
        cells: list[list[Piece]] = []
        j = n
        while j > 0:
            i = best[(j, r)][1]
            cells.append(self.pieces[i:j])
            j, r = i, (r - 1) % f
        return cells[::-1]
