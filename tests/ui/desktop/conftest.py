"""Tests under a real X server (Xvfb, the xcb platform): ``make test`` runs them in a second
pytest run under ``xvfb-run`` with ``QT_QPA_PLATFORM=xcb``; the offscreen run leaves this
folder out (tests/ui/conftest.py), since offscreen no popup ever takes the keyboard."""

from __future__ import annotations

import pytest
from desk import Desk


@pytest.fixture
def desk(qtbot) -> Desk:
    return Desk(qtbot)
