"""Start-up: ``jxeditor-gui [FILE]`` (and ``main.py``) opens the main window.

Options: ``--smoke`` opens the window, shows it once and exits with status 0 (the
packaging smoke test); ``--screenshot PATH`` saves a picture of the window at
1366×768; ``--version`` prints the version; ``--export-pdf IN OUT`` writes the PDF of a
document offscreen, without a window (what the packaged ``jxeditor-cli convert DOC
OUT.pdf`` runs, :mod:`jxeditor.formats.pdf_child`), ``--review-pdf OUT FILE...`` the
审核意见 PDF of the files (``jxeditor-cli validate FILE... --report OUT.pdf``). When a
``--smoke`` or ``--screenshot`` run fails, what went wrong is also written to
``smoke.log`` in the data folder (the windowed Windows program has no stderr to show it)
and the exit status is not 0.

The Windows program needs 64-bit Windows 10 or later (Qt 6 uses the system's ICU,
python-calamine ``bcryptprimitives.dll``); started on an older Windows, the bundle says so
in a message box (:data:`MINIMUM_WINDOWS`, shown by the bundle's runtime hook
``scripts/pyinstaller/minimum_windows.py`` before Qt is loaded).

After start-up the window offers to restore the recovery copies an editor that crashed
left behind (:meth:`ui.session.files.DocumentFiles.offer_recovery`); not in ``--smoke`` or
``--screenshot`` runs, which have no user to answer. The environment variables
``JXEDITOR_DATA_DIR`` (the data folder holding the recovery copies) and
``JXEDITOR_AUTOSAVE_MS`` (the autosave interval) are described in :mod:`ui.session.autosave`.
"""

from __future__ import annotations

import argparse
import functools
import sys
import tempfile
import traceback
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication

import ui.platform.qtcompat  # noqa: F401  (first: repairs the binding before the window is built)
from jxeditor.storage.gc_pause import kept_long
from ui.platform import i18n
from ui.platform.about import program_name, version

if TYPE_CHECKING:  # the window's modules: imported by start_window, the collector paused
    from jxeditor.document.document import Document
    from ui.main_window import MainWindow
    from ui.session.questions import Questions

ORGANIZATION = "jxeditor"
APPLICATION = "jxeditor"
MINIMUM_WINDOWS = "jxeditor 需要 64 位 Windows 10 或更新版本。"
SMOKE_LOG = "smoke.log"


def say(text: str) -> None:
    """Prints to stderr when there is one (the windowed Windows program has none)."""
    if sys.stderr is not None:
        print(text, file=sys.stderr)


T = TypeVar("T")


class Unattended:
    """The answers when nobody is there (``--smoke``, ``--screenshot``): messages go to
    stderr and are kept in :attr:`messages` (for ``smoke.log``), and every question gets
    the answer that changes nothing."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def _tell(self, text: str) -> None:
        self.messages.append(text)
        say(text)

    def run_long(self, text: str, job: Callable[[], T]) -> T:
        """Runs the job at once: nobody is there to cancel it."""
        return job()

    def ask_save_changes(self, name: str) -> str:
        return "cancel"

    def ask_open_path(self, folder: str) -> str | None:
        return None

    def ask_save_path(self, suggested: str) -> str | None:
        return None

    def ask_overwrite_changed(self, path: Path, gone: bool) -> str:
        return "cancel"

    def ask_save_foreign_workbook(self, path: Path) -> str:
        return "cancel"

    def ask_restart_for_language(self, language: str) -> bool:
        return False

    def offer_save_as_after_error(self, message: str) -> bool:
        self._tell(message)
        return False

    def ask_restore_recovery(self, title: str, original: str, written: datetime) -> str:
        return "later"

    def ask_settings(self, doc: Document) -> dict[str, Any] | None:
        return None

    def show_error(self, text: str) -> None:
        self._tell(text)

    def show_info(self, text: str) -> None:
        self._tell(text)


class VersionAction(argparse.Action):
    """``--version``: the version is looked up only when asked for (see :func:`version`)."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: str | Sequence[Any] | None, option_string: str | None = None) -> None:
        if sys.stdout is not None:  # the windowed Windows program has none
            print(f"jxeditor {version()}")
        parser.exit()


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    return _parser().parse_args(list(argv))


@functools.cache
def _parser() -> argparse.ArgumentParser:
    """The options, made once and kept for the session: argparse's objects refer to each
    other, so a parser dropped after use would be cyclic garbage, which start-up must not
    leave behind for :func:`~jxeditor.storage.gc_pause.kept_long` to freeze."""
    parser = argparse.ArgumentParser(
        prog="jxeditor-gui", description="预算项目绩效目标表编辑器"
    )
    parser.add_argument("file", nargs="?", help="要打开的文件（.json，或可导入的表格）")
    parser.add_argument("--smoke", action="store_true", help="打开窗口、显示一次后退出（测试用）")
    parser.add_argument("--screenshot", metavar="PATH", help="把 1366×768 的窗口截图保存到 PATH")
    parser.add_argument("--version", action=VersionAction, nargs=0, help="显示版本号并退出")
    parser.add_argument("--export-pdf", nargs=2, metavar=("IN", "OUT"),
                        help="不打开窗口，把文档 IN 输出为 PDF 文件 OUT")
    parser.add_argument("--review-pdf", nargs="+", metavar="PATH",
                        help="不打开窗口，把其后各文件的审核意见输出为 PDF（第一个参数为 PDF 文件）")
    parser.add_argument("--messages", metavar="FILE", help=argparse.SUPPRESS)
    return parser


def make_app(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication with names for QSettings and the chosen language installed."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(list(argv or sys.argv[:1]))
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    i18n.install_translators()
    QApplication.setApplicationDisplayName(program_name())
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
    messages = ["--messages", args.messages] if args.messages else []
    if args.export_pdf or args.review_pdf:  # the drawing code: imported only for these
        from ui.printing import pdf_command

        if args.export_pdf:  # jxeditor-cli convert DOC OUT.pdf in the packaged program
            return pdf_command.main([*args.export_pdf, *messages])
        return pdf_command.main(["--review", *args.review_pdf, *messages])  # validate --report
    if args.smoke or args.screenshot:
        return run_unattended(args)
    app = make_app()
    with kept_long() as keep:
        window = start_window(None)
        if args.file:
            window.files.open_file(args.file)
        window.show()
        keep()
    QTimer.singleShot(0, window.files.offer_recovery)
    return app.exec()


def start_window(questions: Questions | None) -> MainWindow:
    """The main window (its modules imported now), which validates its document once it
    has shown itself (:class:`~ui.main_window.MainWindow`). Start-up makes tens of
    thousands of objects that stay for the whole session (modules, classes, the widgets):
    callers keep the cycle collector away from them, while they are made (it would go
    over them again and again for nothing) and after, since start-up leaves no cyclic
    garbage (:func:`~jxeditor.storage.gc_pause.kept_long`; every later collection, and
    the last one when the program ends, then has that much less to go over)."""
    from ui.main_window import MainWindow

    return MainWindow(questions, validate_when_shown=True)


def run_unattended(args: argparse.Namespace) -> int:
    """``--smoke`` / ``--screenshot``: the exit status says whether it worked; when it did
    not, ``smoke.log`` in the data folder says why (see :func:`write_smoke_log`)."""
    unattended = Unattended()
    try:
        status = _unattended(args, unattended)
    except Exception:
        unattended._tell(traceback.format_exc())
        status = 1
    if status != 0:
        write_smoke_log(unattended.messages, status)
    return status


def _unattended(args: argparse.Namespace, unattended: Unattended) -> int:
    with use_temporary_settings():
        app = make_app()
        with kept_long() as keep:
            window = start_window(unattended)
            opened = not args.file or window.files.open_file(args.file)
            if opened and not args.screenshot:
                window.show()
            keep()
        if not opened:
            unattended._tell(f"--smoke: cannot open {args.file}")
            window.session.stack.setClean()
            window.close()
            return 1
        if args.screenshot:
            from ui.screenshot import save_screenshot

            window.session.live.complete()  # the picture shows the problems
            save_screenshot(window, args.screenshot)
            window.session.stack.setClean()
            window.close()
            return 0
        QTimer.singleShot(0, app.quit)
        app.exec()
        window.session.stack.setClean()  # nothing was edited: close without asking
        window.close()
        return 0


def write_smoke_log(messages: Sequence[str], status: int) -> Path | None:
    """Writes what a failed unattended run said to ``<data folder>/smoke.log`` (replacing
    an older one); returns its path, or None when even that fails."""
    from ui.session.autosave import data_folder

    path = data_folder() / SMOKE_LOG
    text = "\n".join([
        f"jxeditor {version()} {datetime.now().isoformat(timespec='seconds')}",
        f"command: {sys.argv!r}",
        *messages,
        f"exit status {status}",
        "",
    ])
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        say(f"cannot write {path}: {error}")
        return None
    say(f"details: {path}")
    return path


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
