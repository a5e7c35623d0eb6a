"""Draws the severity icons' PNG files from their SVG sources (resources/icons/severity-*.svg).

The program shows the PNGs (ui/models/severity.py): the Windows bundle carries no SVG
support (Qt6Svg.dll and its icon engine, 0.68 MB, issue 34). Each icon at 16 px and, for
high-DPI screens, 32 px (``severity-error@2x.png``, which Qt picks by its name). Run it
again after changing an SVG: ``QT_QPA_PLATFORM=offscreen .venv/bin/python
scripts/make_severity_icons.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = {"": 16, "@2x": 32}


def draw(svg: Path, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    return image


def main() -> None:
    app = QGuiApplication(sys.argv)  # noqa: F841  (QPainter needs one)
    for svg in sorted(ICONS.glob("severity-*.svg")):
        for suffix, size in SIZES.items():
            target = svg.with_name(f"{svg.stem}{suffix}.png")
            if not draw(svg, size).save(str(target)):  # PNG, by the suffix
                sys.exit(f"could not write {target}")
            print(f"wrote {target}")


if __name__ == "__main__":
    main()
