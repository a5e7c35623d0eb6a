"""Where text in the tests is not real text: Qt's offscreen platform on Windows (how the
suite runs under Wine) measures and draws every glyph as a box, so widths, ascent and
descent say nothing there and a PDF it writes has no text to extract. The tests that
check those use :data:`BOX_GLYPHS` or :data:`REAL_FONTS`."""

from __future__ import annotations

import sys

import pytest

BOX_GLYPHS = sys.platform == "win32"
REAL_FONTS = pytest.mark.skipif(BOX_GLYPHS, reason="offscreen on Windows measures text without real fonts")
