"""Fixtures for the pane tests: a session on the sample document, and a pane of a given
class built on it with ``qtmodeltester`` watching its model."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from session_fixtures import make_session

from jxeditor.document.document import Document
from ui.session.editor_session import EditorSession


@pytest.fixture
def session(sample_doc: Document) -> Iterator[EditorSession]:
    session = make_session(sample_doc)
    yield session
    session.stack.clear()


@pytest.fixture
def pane_of(qtbot: Any, qtmodeltester: Any, session: EditorSession) -> Callable[[type], Any]:
    """``pane_of(ProblemsPane)``: the pane on the session, its model checked."""

    def build(cls: type) -> Any:
        widget = cls(session)
        qtbot.addWidget(widget)
        qtmodeltester.check(widget.model)
        return widget

    return build
