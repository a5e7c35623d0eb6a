"""Test set-up: Qt runs offscreen (the paths to the fixtures are in ``fixture_paths``)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
