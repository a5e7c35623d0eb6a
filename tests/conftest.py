"""Test set-up: Qt runs offscreen, and paths to the fixtures (the published sample tables
are copied into ``tests/fixtures/samples`` so that the repository stands alone)."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLES = FIXTURES / "samples"
