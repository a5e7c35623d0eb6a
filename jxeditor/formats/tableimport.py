"""Text files and pasted text: decoding, then the table readers.

Tables copied out of Excel, WPS, Word or a PDF viewer arrive as text: tab-separated
cells (read by :func:`jxeditor.formats.tables.grid.read_tables`) or, from a PDF, one
cell per line (read by :func:`jxeditor.formats.tables.pdf_text.read_pdf_lines`).
:func:`read_text` tries the first and falls back to the second; :func:`read_text_file`
also decodes the file (UTF-8, UTF-16 or GBK) and refuses a file without any table.

Limits (each refused in one Chinese line, never read half-way): a ``.txt`` file of more
than :data:`MAX_TEXT_BYTES`, pasted text of more than :data:`MAX_TEXT_CHARS` characters.
Text without any 项目名称/项目编码 label (spaces between its characters allowed) is
answered at once, before it is split into cells. Reading is linear in the text's length.

The department's overall targets in the narrative form (总体绩效目标, 分项绩效目标,
保障措施), before the first table or alone, are read by
:mod:`jxeditor.formats.tables.narrative` into ``TableImport.department``, with one notice
naming their lines; a pasted 申报表 without project tables by
:mod:`jxeditor.formats.tables.department_grid`.
"""

from __future__ import annotations

import re
from itertools import islice
from pathlib import Path

from jxeditor.errors import FileFormatError
from jxeditor.formats.tables.department_grid import read_declaration
from jxeditor.formats.tables.grid import read_tables
from jxeditor.formats.tables.grid_rows import MAX_TABLES
from jxeditor.formats.tables.narrative import Narrative, read_narrative
from jxeditor.formats.tables.pdf_lines import looks_like_pdf_lines
from jxeditor.formats.tables.pdf_text import read_pdf_lines
from jxeditor.formats.tables.result import TableImport
from jxeditor.formats.tables.text_rows import normalise_line_ends, text_rows
from jxeditor.storage.atomic import os_error_text

MAX_TEXT_BYTES = 16 * 1024 * 1024  # a .txt file; a department's tables take well under 1 MB
MAX_TEXT_CHARS = 16 * 1024 * 1024  # pasted text

# The department's 申报表 has its title or 年度主要任务 (then checked cell by cell).
_DECLARATION = re.compile(r"申[\s\u3000]*报[\s\u3000]*表|年[\s\u3000]*度[\s\u3000]*主[\s\u3000]*要[\s\u3000]*任[\s\u3000]*务")
# A table starts at 项目名称, 预算项目名称 or 项目编码, perhaps spaced out or broken over lines.
_TABLE_LABEL = re.compile(r"项[\s\u3000]*目[\s\u3000]*(?:名[\s\u3000]*称|编[\s\u3000]*码)")


def split_text(text: str) -> list[list[str]]:
    """Tab-separated text (as copied out of Excel, WPS, Word or a PDF viewer) → grid.

    CR, LF and CRLF end lines alike; Excel's and WPS's quoted cells (a line break, a tab
    or a quote inside) are one cell; see :mod:`jxeditor.formats.tables.text_rows`.
    """
    return text_rows(text).rows


def too_long_notice(chars: int) -> str:
    """The notice for text over :data:`MAX_TEXT_CHARS`."""
    return (f"文本过长（{chars:,} 个字符，上限 {MAX_TEXT_CHARS:,}），不像是绩效目标表，未读取；"
            "请分几次复制或导入")


def read_text(text: str, source: str = "") -> TableImport:
    """Reads pasted text; see :func:`read_tables`.

    Text with no tab-separated table that still holds a 项目编码 label (broken over
    lines, as a PDF extractor writes it) is read by :mod:`jxeditor.formats.tables.pdf_text`.
    ``source`` (a file name, or 剪贴板) is not used: notices name lines and columns.
    Text over :data:`MAX_TEXT_CHARS` gives no projects and one notice saying so.
    """
    del source  # notices name lines and columns; the caller names the source
    if len(text) > MAX_TEXT_CHARS:
        return TableImport(notices=[too_long_notice(len(text))], refused=too_long_notice(len(text)))
    labels = sum(1 for _ in islice(_TABLE_LABEL.finditer(text), 2 * MAX_TABLES + 1))
    if labels > 2 * MAX_TABLES:  # 项目编码 and 项目名称 of every table, and more
        refused = f"表格过多（超过 {MAX_TABLES:,} 张），不像是绩效目标表，未读取；请拆分后导入"
        return TableImport(notices=[refused], refused=refused)
    text = normalise_line_ends(text)
    narrative = _narrative(text)
    if not labels:  # no project table can start anywhere: a 申报表, or nothing
        return _with_narrative(_declaration(text), narrative)
    rows = text_rows(text)
    result = read_tables(rows.rows, lines=rows.lines)
    if not result.projects and looks_like_pdf_lines(text):
        result = read_pdf_lines(text, narrative=narrative is not None)
    return _with_narrative(result, narrative)


def _narrative(text: str) -> Narrative | None:
    """The department's narrative targets before the first table (or in the whole text)."""
    first = _TABLE_LABEL.search(text)
    end = None if first is None else text.rfind("\n", 0, first.start()) + 1
    return read_narrative(text, end)


def _declaration(text: str) -> TableImport:
    """The department's 申报表 (tab-separated, as copied out of a spreadsheet), if any."""
    found = read_declaration(text_rows(text).rows) if _DECLARATION.search(text) else None
    notices = [] if found is None else ["已读入部门整体支出绩效目标申报表，请核对"]
    return TableImport(department=found, notices=notices)


def _with_narrative(result: TableImport, narrative: Narrative | None) -> TableImport:
    if narrative is not None:
        dept = narrative.department
        result.department = dept
        result.notices.insert(0, (
            f"第 {narrative.first_line}–{narrative.last_line} 行：已读入部门整体绩效目标（总体绩效目标、"
            f"{len(dept.tasks)} 项分项绩效目标、{len(dept.measures)} 项目标规划及保障措施），请核对"))
    return result


def decode_text(raw: bytes, path: str | Path) -> tuple[str, str]:
    """UTF-8 (with or without BOM), UTF-16 with BOM, or GBK/GB18030 as Windows saves it.

    Mostly-UTF-8 text with a few damaged bytes is read with ``�`` in their place, and
    the second value says so (else it is empty); anything else raises.
    """
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), ""
        except UnicodeDecodeError:
            pass
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            break
        return text, ""
    else:
        text = raw.decode("utf-8-sig", errors="replace")
        damaged = text.count("\ufffd")
        if "\x00" not in text and damaged <= max(3, len(raw) // 1000):
            first = text.index("\ufffd")
            line = text.count("\n", 0, first) + 1
            return text, f"文件中有 {damaged} 处无法识别的字符（第一处在第 {line} 行），已用“\ufffd”代替，请核对"
    raise FileFormatError(path, "无法识别文本编码（不是 UTF-8 或 GBK 文本，可能是二进制文件）")


def read_text_file(path: str | Path) -> TableImport:
    """Reads a ``.txt`` file of tab-separated tables; no table found is an error."""
    p = Path(path)
    try:
        if p.is_dir():
            raise FileFormatError(p, "这是一个文件夹，不是文件")
        with p.open("rb") as file:
            raw = file.read(MAX_TEXT_BYTES + 1)
    except OSError as error:
        raise FileFormatError(p, f"无法读取：{os_error_text(error)}") from None
    if len(raw) > MAX_TEXT_BYTES:
        raise FileFormatError(p, f"文件过大（超过 {MAX_TEXT_BYTES // 1024 // 1024} MB），不像是绩效目标表文本；"
                                 "请只保存表格部分后再导入")
    text, damage = decode_text(raw, p)
    del raw
    if len(text) > MAX_TEXT_CHARS:
        raise FileFormatError(p, too_long_notice(len(text)))
    result = read_text(text, str(p))
    if result.refused:
        raise FileFormatError(p, result.refused)
    if damage:
        result.notices.insert(0, damage)
    if not result.projects and result.department is None:
        raise FileFormatError(p, "没有找到绩效目标表（找不到“项目名称”或“项目编码”）")
    return result
