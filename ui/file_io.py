"""Reading and writing document files from the editor, the format chosen by extension.

``jxeditor.formats`` decides by the file's extension (``.json`` native, ``.xlsx`` and
table text through the importers); this module only adds what the window needs around
it: the suffix lists for the file dialogs and a readable reason for unexpected errors.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jxeditor.model import Document, new_project


def _formats() -> Any:
    """The module that reads and writes files by extension (``jxeditor.formats``)."""
    try:
        from jxeditor import formats
    except ImportError:  # pragma: no cover - older core without the format switch
        return None
    return formats


def load_document(path: str | Path) -> tuple[Document, list[str]]:
    """Reads any supported file, chosen by its extension."""
    formats = _formats()
    if formats is not None:
        return formats.load_document(path)
    from jxeditor import jsonformat

    return jsonformat.load(path), []


def save_document(doc: Document, path: str | Path) -> None:
    """Writes the document in the format its extension names."""
    formats = _formats()
    if formats is not None:
        formats.save_document(doc, path)
        return
    from jxeditor import jsonformat

    jsonformat.save(doc, path)


def writable_suffixes() -> tuple[str, ...]:
    formats = _formats()
    return tuple(getattr(formats, "WRITE_SUFFIXES", (".json",)))


def readable_suffixes() -> tuple[str, ...]:
    formats = _formats()
    return tuple(getattr(formats, "READ_SUFFIXES", (".json",)))


def error_reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return f"{type(error).__name__}: {error}"


def new_document(framework: str = "2021") -> Document:
    """A new document: one empty project with the framework's skeleton."""
    return Document(framework=framework, projects=[new_project(framework)])
