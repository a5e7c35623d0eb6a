"""The font a printout uses: the system's Chinese font, none shipped.

宋体 (SimSun), as in the exported workbook, where Windows has it, then Microsoft YaHei,
then the Linux desktops' CJK fonts (Noto, Source Han, WenQuanYi), then any installed
family that writes Simplified Chinese. QPdfWriter embeds the glyphs used (a subset) and
keeps the text extractable. :func:`print_font` makes the QFont of a cell look, with
unhinted metrics so that the preview and the PDF break lines alike.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

PREFERRED = ("SimSun", "宋体", "NSimSun", "Microsoft YaHei", "微软雅黑", "Noto Serif CJK SC",
             "Noto Sans CJK SC", "Source Han Serif SC", "Source Han Sans SC",
             "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "文泉驿微米黑")


@cache
def chinese_family() -> str | None:
    """The installed Chinese font family to print with, or None when there is none."""
    installed = set(QFontDatabase.families())
    for family in PREFERRED:
        if family in installed:
            return family
    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    return chinese[0] if chinese else None


@cache
def has_bold(family: str | None) -> bool:
    """Whether ``family`` has a bold face of its own."""
    return family is not None and any(
        QFontDatabase.bold(family, style) for style in QFontDatabase.styles(family))


def print_font(size: float, bold: bool = False) -> QFont:
    """The printing font at ``size`` points; bold only where the family has a bold face
    (a bold made up by Qt is drawn twice in a PDF, and a reader then finds the text twice)."""
    family = chinese_family()
    font = QFont(family) if family else QFont()
    font.setPointSizeF(size)
    font.setBold(bold and has_bold(family))
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(False)
    return font
