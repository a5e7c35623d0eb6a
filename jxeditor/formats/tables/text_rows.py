"""Pasted or saved text → rows of cell texts, as Excel, WPS and Word write tab-separated text.

* Line ends CR (old Excel for Mac), LF and CRLF are alike.
* A cell holding a tab, a line break or a quote is written quoted by Excel and WPS
  (``"1、…\\n2、…"``, a quote inside doubled). A record (a line, or several when a
  quoted cell holds line breaks) with such cells is read by the standard library's
  :mod:`csv` module, dialect ``excel-tab``.
* Only Excel's own quoting counts: a quote that opens a cell and closes it right before
  a tab, a line end or the end of the text, with every quote inside doubled, and the
  cell no longer than :data:`MAX_QUOTED_CHARS`. Any other quote (``打造"阳光财政"``,
  ``"阳光财政"工程``, a quote never closed) is an ordinary character, as it always was.

Every step is linear in the length of the text: a line without a quote at the start of
a cell is split as it is; the quoted cells are found by a regular expression without
backtracking.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field

MAX_QUOTED_CHARS = 70_000  # Excel's 32,767 characters, every one a doubled quote, and the two quotes

_LINE_END = re.compile(r"\r\n?")
# A quoted cell the Excel way: possessive, so that a failed match never backtracks.
_QUOTED_CELL = re.compile(r'"(?:[^"]++|"")*+"(?=[\t\n]|\Z)')
_NEXT_QUOTED_OR_END = re.compile(r'\t"|\n')


@dataclass
class TextRows:
    """The rows of cell texts, and for each the number of the line it starts on (from 1)."""

    rows: list[list[str]] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)


def normalise_line_ends(text: str) -> str:
    """CRLF and CR as LF."""
    return _LINE_END.sub("\n", text) if "\r" in text else text


def _record_end(text: str, pos: int) -> int | None:
    """Where the record starting at ``pos`` ends (its line end or the text's end), when
    it holds at least one cell quoted the Excel way and every quote opening a cell is one;
    else None (the line is split as it stands)."""
    n = len(text)
    quoted = False
    at_cell_start = True
    p = pos
    while True:
        if at_cell_start and text.startswith('"', p):
            match = _QUOTED_CELL.match(text, p)
            if match is None or match.end() - p > MAX_QUOTED_CHARS:
                return None
            quoted = True
            p = match.end()
        else:
            found = _NEXT_QUOTED_OR_END.search(text, p)
            if found is None:
                return n if quoted else None
            if found.group() == "\n":
                return found.start() if quoted else None
            p = found.start() + 1  # the quote opening the next cell
            at_cell_start = True
            continue
        if p >= n:
            return n
        if text[p] == "\n":
            return p
        p += 1  # the tab after a quoted cell
        at_cell_start = True


def _quoted_record(record: str) -> list[str] | None:
    try:
        rows = list(csv.reader([record], dialect="excel-tab", strict=True))
    except csv.Error:
        return None
    return rows[0] if len(rows) == 1 else None


def text_rows(text: str) -> TextRows:
    """Tab-separated text → rows of cells, with Excel's quoted cells read as one cell."""
    text = normalise_line_ends(text)
    out = TextRows()
    if '"' not in text:
        out.rows = [line.split("\t") for line in text.split("\n")]
        out.lines = list(range(1, len(out.rows) + 1))
        return out
    n = len(text)
    pos = 0
    no = 1
    while True:
        end = text.find("\n", pos)
        if end < 0:
            end = n
        line = text[pos:end]
        if line.startswith('"') or '\t"' in line:
            record_end = _record_end(text, pos)
            row = _quoted_record(text[pos:record_end]) if record_end is not None else None
            if row is not None and record_end is not None:
                out.rows.append(row)
                out.lines.append(no)
                no += text.count("\n", pos, record_end) + 1
                if record_end >= n:
                    return out
                pos = record_end + 1
                continue
        out.rows.append(line.split("\t"))
        out.lines.append(no)
        no += 1
        if end >= n:
            return out
        pos = end + 1
