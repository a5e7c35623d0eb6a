"""Where the tests' files are: the repository and its fixtures (the published sample
tables are copied into ``tests/fixtures/samples`` so that the repository stands alone)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLES = FIXTURES / "samples"
