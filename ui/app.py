"""Start-up: ``jxeditor-gui [FILE]`` (and ``main.py``) opens the main window.

Options: ``--smoke`` opens the window, shows it once and exits with status 0 (the
packaging smoke test); ``--screenshot PATH`` saves a picture of the window at
1366×768; ``--version`` prints the version.

After start-up the window offers to restore the recovery copies an editor that crashed
left behind (:meth:`ui.window_files.FilesMixin.offer_recovery`); not in ``--smoke`` or
``--screenshot`` runs, which have no user to answer. The environment variables
``JXEDITOR_DATA_DIR`` (the data folder holding the recovery copies) and
``JXEDITOR_AUTOSAVE_MS`` (the autosave interval) are described in :mod:`ui.autosave`.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication

import ui.qtcompat  # noqa: F401  (first: repairs the binding before the window is built)

ORGANIZATION = "jxeditor"
APPLICATION = "jxeditor"


def version() -> str:
    try:
        from importlib.metadata import PackageNotFoundError
        from importlib.metadata import version as dist_version

        try:
            return dist_version("jxeditor")
        except PackageNotFoundError:
            return "0.1.0"
    except ImportError:  # pragma: no cover
        return "0.1.0"


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="jxeditor-gui", description="预算项目绩效目标表编辑器"
    )
    parser.add_argument("file", nargs="?", help="要打开的文件（.json，或可导入的表格）")
    parser.add_argument("--smoke", action="store_true", help="打开窗口、显示一次后退出（测试用）")
    parser.add_argument("--screenshot", metavar="PATH", help="把 1366×768 的窗口截图保存到 PATH")
    parser.add_argument("--version", action="version", version=f"jxeditor {version()}")
    return parser.parse_args(list(argv))


def make_app(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication with names for QSettings and the chosen language installed."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(list(argv or sys.argv[:1]))
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QApplication.setApplicationDisplayName("jxeditor")
    from ui import i18n

    i18n.install_translators()
    use_system_chinese_fonts(app)
    return app


# Chinese fonts an office PC has (Windows, then the domestic Linux desktops); none is shipped.
CHINESE_FONTS = ("Microsoft YaHei UI", "Microsoft YaHei", "SimSun", "Noto Sans CJK SC",
                 "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei")


def use_system_chinese_fonts(app: QApplication) -> None:
    """Keeps the system's UI font and names the usual Chinese fonts after it, so Chinese
    text is drawn with one of them (the first installed) wherever the UI font has no
    Chinese characters."""
    font = app.font()
    families = [f for f in font.families() or [font.family()] if f]
    font.setFamilies(families + [f for f in CHINESE_FONTS if f not in families])
    app.setFont(font)


def use_temporary_settings() -> tempfile.TemporaryDirectory[str]:
    """QSettings in a throwaway folder (smoke test, screenshots: reproducible, and the
    user's remembered window layout and recent files stay untouched)."""
    folder = tempfile.TemporaryDirectory(prefix="jxeditor-settings-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder.name)
    return folder


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    scratch = use_temporary_settings() if (args.smoke or args.screenshot) else None
    app = make_app()
    from ui.main_window import MainWindow

    window = MainWindow()
    if args.smoke or args.screenshot:
        # no dialogs without a user: messages go to stderr
        window.show_error = lambda text: print(text, file=sys.stderr)  # type: ignore[method-assign]
        window.show_info = lambda text: print(text, file=sys.stderr)  # type: ignore[method-assign]
    if args.file and not window.open_file(args.file) and (args.smoke or args.screenshot):
        return 1
    if args.screenshot:
        from ui.screenshot import save_screenshot

        save_screenshot(window, args.screenshot)
        window.stack.setClean()
        window.close()
        return 0
    window.show()
    if args.smoke:
        QTimer.singleShot(0, app.quit)
        app.exec()
        window.stack.setClean()  # nothing was edited: close without asking
        window.close()
        del scratch
        return 0
    QTimer.singleShot(0, window.offer_recovery)
    return app.exec()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
