"""Fixtures of the session's tests: live validation following the sample document."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject

from jxeditor.document.document import Document
from ui.session.live_validation import LiveValidation


@pytest.fixture
def live(qapp, sample_doc: Document) -> Iterator[LiveValidation]:
    """LiveValidation of the sample document (test_live_scores has its own ``live``)."""
    owner = QObject()
    validation = LiveValidation(sample_doc, owner)
    yield validation
    sample_doc.unsubscribe(validation._on_change)
