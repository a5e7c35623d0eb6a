"""The printing font: the preferred Chinese family installed (else any Simplified Chinese
one, else the default), at the size asked, unhinted and unkerned, and bold only where the
family has a bold face of its own."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QFont, QFontDatabase

from ui.printing import fonts
from ui.printing.fonts import PREFERRED, chinese_family, has_bold, print_font


def test_the_family_is_the_first_preferred_one_installed(qapp: Any) -> None:
    installed = set(QFontDatabase.families())
    family = chinese_family()
    preferred = [f for f in PREFERRED if f in installed]
    if preferred:
        assert family == preferred[0]
    else:
        chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
        assert family == (chinese[0] if chinese else None)


def test_print_font(qapp: Any) -> None:
    font = print_font(10.5)
    assert font.pointSizeF() == 10.5 and not font.bold()
    assert font.hintingPreference() == QFont.HintingPreference.PreferNoHinting
    assert not font.kerning()
    family = chinese_family()
    if family is not None:
        assert font.family() == family
    assert print_font(12, bold=True).bold() == has_bold(family)


def test_no_bold_is_made_up(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts, "has_bold", lambda _family: False)
    assert not fonts.print_font(12, bold=True).bold()
    assert has_bold(None) is False


def test_without_a_chinese_font_the_default_is_used(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts, "chinese_family", lambda: None)
    assert fonts.print_font(9).pointSizeF() == 9
