"""Text files and pasted text: decoding, then the table readers.

Tables copied out of Excel, WPS, Word or a PDF viewer arrive as text: tab-separated
cells (read by :func:`jxeditor.formats.tables.grid.read_tables`) or, from a PDF, one
cell per line (read by :func:`jxeditor.formats.tables.pdf_text.read_pdf_lines`).
:func:`read_text` tries the first and falls back to the second; :func:`read_text_file`
also decodes the file (UTF-8, UTF-16 or GBK) and refuses a file without any table.
"""

from __future__ import annotations

from pathlib import Path

from jxeditor.errors import FileFormatError
from jxeditor.formats.atomic import os_error_text
from jxeditor.formats.tables.grid import read_tables
from jxeditor.formats.tables.pdf_lines import looks_like_pdf_lines
from jxeditor.formats.tables.pdf_text import read_pdf_lines
from jxeditor.formats.tables.result import TableImport


def split_text(text: str) -> list[list[str]]:
    """Tab-separated text (as copied out of Excel, WPS, Word or a PDF viewer) → grid."""
    return [line.rstrip("\r").split("\t") for line in text.split("\n")]


def read_text(text: str, source: str = "") -> TableImport:
    """Reads pasted text; see :func:`read_tables`.

    Text with no tab-separated table that still holds a 项目编码 label (broken over
    lines, as a PDF extractor writes it) is read by :mod:`jxeditor.formats.tables.pdf_text`.
    ``source`` (a file name, or 剪贴板) is not used: notices name lines and columns.
    """
    del source  # notices name lines and columns; the caller names the source
    result = read_tables(split_text(text))
    if not result.projects and looks_like_pdf_lines(text):
        return read_pdf_lines(text)
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
        raw = p.read_bytes()
    except OSError as error:
        raise FileFormatError(p, f"无法读取：{os_error_text(error)}") from None
    text, damage = decode_text(raw, p)
    result = read_text(text, str(p))
    if damage:
        result.notices.insert(0, damage)
    if not result.projects:
        raise FileFormatError(p, "没有找到绩效目标表（找不到“项目名称”或“项目编码”）")
    return result
