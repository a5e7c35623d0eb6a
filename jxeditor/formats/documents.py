"""One entry point to read and write documents in any supported format, by file extension.

``.json`` is the native format; ``.txt``/``.tsv`` are tables copied out of Excel, WPS,
Word or a PDF viewer; ``.xlsx``/``.xlsm`` (read and write) and ``.xls``/``.ods`` (read)
are workbooks. Reading returns the document and the notices of the import (cells that
could not be placed, sheets skipped), which the command line and the editor show.
"""

from __future__ import annotations

from pathlib import Path

from jxeditor.document.document import Document
from jxeditor.document.frameworks import canonical_name
from jxeditor.errors import FileFormatError
from jxeditor.formats import json_format
from jxeditor.formats.atomic import keep_backup_copy, os_error_text
from jxeditor.formats.tableimport import TableImport

READ_SUFFIXES = (".json", ".txt", ".tsv", ".xlsx", ".xlsm", ".xls", ".ods")
WRITE_SUFFIXES = (".json", ".xlsx")


def document_from_tables(tables: TableImport) -> Document:
    """A document around imported tables: year and unit from the title block, framework
    "2021" when any table puts 成本指标 at the first level, else "2015"."""
    cost_first = any(
        canonical_name(l1.name) == "成本指标" for p in tables.projects for l1 in p.indicators
    )
    return Document(
        year=tables.document_year or Document().year,
        reporting_unit=tables.reporting_unit,
        money_unit=tables.money_unit or "万元",
        framework="2021" if cost_first else "2015",
        projects=tables.projects,
    )


def load_document(path: str | Path) -> tuple[Document, list[str]]:
    """Reads any supported file; raises :class:`FileFormatError` naming file and place."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix == ".json":
        return json_format.load(p), []
    if suffix in (".txt", ".tsv"):
        from jxeditor.formats.tableimport import read_text_file

        tables = read_text_file(p)
        return document_from_tables(tables), tables.notices
    if suffix in (".xlsx", ".xlsm", ".xls", ".ods"):
        from jxeditor.formats.xlsx.reader import load_workbook_document

        return load_workbook_document(p)
    raise FileFormatError(p, f"不支持的文件类型“{suffix or '（无扩展名）'}”：可打开 "
                          + "、".join(READ_SUFFIXES))


def save_document(doc: Document, path: str | Path, *, keep_backup: bool = False) -> None:
    """Writes ``.json`` or ``.xlsx`` atomically; other extensions are refused.

    With ``keep_backup`` the previous version of the file stays as ``NAME.bak``.
    """
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix == ".json":
        json_format.save(doc, p, keep_backup=keep_backup)
        return
    if suffix == ".xlsx":
        from jxeditor.formats.xlsx.writer import save_workbook

        if keep_backup:
            try:
                keep_backup_copy(p)
            except OSError as error:
                raise FileFormatError(p, f"无法保留旧版本（.bak）：{os_error_text(error)}") from error
        save_workbook(doc, p)
        return
    raise FileFormatError(p, f"不能保存为“{suffix or '（无扩展名）'}”格式：可保存为 .json 或 .xlsx")
