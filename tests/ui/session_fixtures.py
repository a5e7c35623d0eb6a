"""Test helper: an editing session on the sample document, as the panes and models get it."""

from __future__ import annotations

from fake_questions import FakeQuestions

from jxeditor.document.document import Document
from ui.session.editor_session import EditorSession


def make_session(doc: Document) -> EditorSession:
    """A session over ``doc`` whose questions fail the test unless answered."""
    return EditorSession(FakeQuestions(), doc)
