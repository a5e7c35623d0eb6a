"""One entry point to read and write documents in any supported format, by file extension.

``.json`` is the native format, and ``.jxd`` the same JSON under the extension the
installers register for the program's documents (a double-click opens jxeditor); ``.txt``/``.tsv`` are tables copied out of Excel, WPS,
Word or a PDF viewer; ``.xlsx``/``.xlsm`` (read and write) and ``.xls``/``.ods`` (read)
are workbooks. Reading returns the document and the notices of the import (cells that
could not be placed, sheets skipped), which the command line and the editor show.

Only the JSON format is imported with this module: the workbook reader and writer
(python-calamine, openpyxl) and the text-table reader are imported by the first call that
needs them, so that the editor's first window does not wait for them.
"""

from __future__ import annotations

from pathlib import Path

from jxeditor.document.document import Document
from jxeditor.errors import FileFormatError
from jxeditor.formats import json_format
from jxeditor.storage.atomic import check_input, keep_backup_copy, os_error_text

JSON_SUFFIXES = (".json", ".jxd")
READ_SUFFIXES = (".json", ".jxd", ".txt", ".tsv", ".xlsx", ".xlsm", ".xls", ".ods")
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
WRITE_SUFFIXES = (".json", ".jxd", ".xlsx")


def load_document(path: str | Path) -> tuple[Document, list[str]]:
    """Reads any supported file; raises :class:`FileFormatError` naming file and place
    (also for a folder, a pipe or a device: :func:`~jxeditor.storage.atomic.check_input`)."""
    p = Path(path)
    check_input(p)
    suffix = p.suffix.lower()
    if suffix in JSON_SUFFIXES:
        return json_format.load_with_notices(p)  # notices: characters replaced
    if suffix in (".txt", ".tsv"):
        from jxeditor.formats.tableimport import read_text_file
        from jxeditor.formats.tables.result import document_from_tables

        tables = read_text_file(p)
        return document_from_tables(tables), tables.notices
    if suffix in WORKBOOK_SUFFIXES:
        from jxeditor.formats.xlsx.reader import read_xlsx

        return read_xlsx(p)
    raise FileFormatError(p, f"不支持的文件类型“{suffix or '（无扩展名）'}”：可打开 "
                          + "、".join(READ_SUFFIXES))


def open_document(path: str | Path) -> tuple[Document, list[str], bool]:
    """As :func:`load_document`, for the editor: a workbook is read in a child process
    (:mod:`jxeditor.formats.child_reader`), so that a reader that aborts cannot end the
    editor; the third value is True for a workbook jxeditor did not write (the bureau's
    own form: saving over it would rewrite it in jxeditor's layout)."""
    p = Path(path)
    check_input(p)
    if p.suffix.lower() in WORKBOOK_SUFFIXES:
        from jxeditor.formats.child_reader import read_workbook_isolated

        doc, notices, ours = read_workbook_isolated(p)
        return doc, notices, not ours
    doc, notices = load_document(p)
    return doc, notices, False


def save_document(doc: Document, path: str | Path, *, keep_backup: bool = False) -> list[str]:
    """Writes ``.json`` (``.jxd``) or ``.xlsx`` atomically; other extensions are refused. Returns
    the notices of the export (in .xlsx, text cut or characters dropped in visible cells;
    the hidden copy keeps them whole).

    With ``keep_backup`` the previous version of the file stays as ``NAME.bak``.
    """
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix in JSON_SUFFIXES:
        json_format.save(doc, p, keep_backup=keep_backup)
        return []
    if suffix == ".xlsx":
        from jxeditor.formats.xlsx.writer import save_xlsx

        if keep_backup:
            try:
                keep_backup_copy(p)
            except OSError as error:
                raise FileFormatError(p, f"无法保留旧版本（.bak）：{os_error_text(error)}") from error
        return save_xlsx(doc, p)
    raise FileFormatError(p, f"不能保存为“{suffix or '（无扩展名）'}”格式：可保存为 .json、.jxd 或 .xlsx")
