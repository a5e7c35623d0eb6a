"""What the window needs around :mod:`jxeditor.formats.documents`: the suffix lists for the file
dialogs, which files are documents (opened with their path kept) rather than imports,
a readable reason for unexpected errors, and a new document."""

from __future__ import annotations

from jxeditor.document.document import Document
from jxeditor.document.model import new_project
from jxeditor.formats.documents import READ_SUFFIXES, WRITE_SUFFIXES, load_document, save_document
from jxeditor.storage.atomic import os_error_text

__all__ = [
    "document_suffixes",
    "error_reason",
    "load_document",
    "new_document",
    "readable_suffixes",
    "save_document",
    "writable_suffixes",
]


def writable_suffixes() -> tuple[str, ...]:
    return WRITE_SUFFIXES


def document_suffixes() -> tuple[str, ...]:
    """Files that are documents: read and written back exactly (``.json``, ``.xlsx``).
    Every other readable file is an import, saved elsewhere."""
    return WRITE_SUFFIXES


def readable_suffixes() -> tuple[str, ...]:
    return READ_SUFFIXES


def error_reason(error: BaseException) -> str:
    """Why a file could not be opened or saved, in Chinese: the system's reason, or for
    an error of the program itself its kind (for a bug report), never English prose."""
    if isinstance(error, OSError):
        return os_error_text(error)
    return f"程序内部错误（{type(error).__name__}），请把该文件和操作步骤告诉开发者"


def new_document(framework: str = "2021") -> Document:
    """A new document: one empty project with the framework's skeleton."""
    return Document(framework=framework, projects=[new_project(framework)])
