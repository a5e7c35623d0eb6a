"""Test helper: an editing session on the sample document, as the panes and models get it,
and the session's file handling with its clean-up."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from fake_questions import FakeQuestions

from jxeditor.document.document import Document
from jxeditor.formats import json_format
from ui.session.editor_session import EditorSession
from ui.session.files import DocumentFiles


def make_session(doc: Document) -> EditorSession:
    """A session over ``doc`` whose questions fail the test unless answered."""
    return EditorSession(FakeQuestions(), doc)


@contextmanager
def document_files(doc: Document, saved_as: Path | None = None) -> Iterator[DocumentFiles]:
    """The file handling of a session over ``doc``; with ``saved_as``, ``doc`` is saved
    there and opened (the session then starts on an empty document). The autosave is
    stopped and the undo stack cleared afterwards."""
    session = make_session(doc if saved_as is None else Document())
    files = DocumentFiles(session)
    if saved_as is not None:
        json_format.save(doc, saved_as)
        assert files.open_file(saved_as)
    try:
        yield files
    finally:
        files.autosave.stop()
        session.stack.clear()
