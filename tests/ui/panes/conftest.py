"""Fixtures for the pane tests: a pane of a given class built on the sample document's
session (``session``, in tests/ui/conftest.py) with ``qtmodeltester`` watching its model."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from ui.session.editor_session import EditorSession


@pytest.fixture
def pane_of(qtbot: Any, qtmodeltester: Any, session: EditorSession) -> Callable[[type], Any]:
    """``pane_of(ProblemsPane)``: the pane on the session, its model checked."""

    def build(cls: type) -> Any:
        widget = cls(session)
        qtbot.addWidget(widget)
        qtmodeltester.check(widget.model)
        return widget

    return build
