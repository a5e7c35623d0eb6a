"""PyInstaller runtime hook of the bundle (jxeditor.spec): runs before the program's own
code and before Qt is loaded. On a Windows older than 10 it says in one readable message
that jxeditor needs 64-bit Windows 10 or later, instead of a "DLL load failed" traceback
(Qt 6 needs the system's ICU and python-calamine ``bcryptprimitives.dll``, both new in
Windows 10). Windows 7 does not get this far: Python 3.11 itself refuses to start there,
with the system's own message.

Kept free of imports from the program (ui.app.MINIMUM_WINDOWS holds the same text).
"""

import sys

MESSAGE = "jxeditor 需要 64 位 Windows 10 或更新版本。"


def windows_version() -> tuple[int, int]:
    """The real version: ``platform_version`` (from kernel32.dll's file version). The plain
    ``major``/``minor`` come from GetVersionEx, which tells a program without a Windows 10
    manifest entry (and Wine's programs) 6.x even on Windows 10."""
    info = sys.getwindowsversion()
    real = getattr(info, "platform_version", None) or (info.major, info.minor)
    return int(real[0]), int(real[1])


def _check() -> None:
    if sys.platform != "win32":
        return
    major, minor = windows_version()
    if major >= 10:
        return
    text = f"{MESSAGE}\n\n这台电脑的 Windows 版本是 {major}.{minor}。"
    if sys.stderr is not None:
        print(text, file=sys.stderr)
    else:
        import ctypes

        ctypes.windll.user32.MessageBoxW(None, text, "jxeditor", 0x10)  # MB_ICONERROR
    sys.exit(3)


_check()
