"""``jxeditor convert DOC OUT.pdf`` and ``jxeditor validate FILES... --report OUT.pdf``:
the PDF is drawn by Qt, which the core may not load, so a child process does it.

From the source tree (or an installed package) the child is ``sys.executable -m
ui.printing.pdf_command IN OUT``; in the packaged program (``sys.frozen``: the command
line ``jxeditor-cli`` beside the editor ``jxeditor``/``jxeditor.exe``) it is the editor
run as ``jxeditor --export-pdf IN OUT`` (``--review-pdf OUT FILE...`` for the report),
without a window (offscreen on Linux). The child writes its notices and errors, one Chinese line each, into a temporary file named by
``--messages`` (the windowed Windows editor has no stderr); they come back as lines.
The child writes the PDF atomically itself; one that dies or hangs leaves no file
behind and gives one line saying so.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

TIMEOUT_SECONDS = 1800
EXIT_OK, EXIT_FILE = 0, 2
_SOURCE_ROOT = Path(__file__).resolve().parents[2]  # the folder that holds jxeditor/ and ui/


def editor_program() -> Path:
    """The packaged editor beside the packaged command line."""
    name = "jxeditor.exe" if sys.platform == "win32" else "jxeditor"
    return Path(sys.executable).with_name(name)


def _start() -> list[str]:
    if getattr(sys, "frozen", False):
        return [str(editor_program())]
    return [sys.executable, "-m", "ui.printing.pdf_command"]


def pdf_command(source: str, target: str, messages: str) -> list[str]:
    """The child's command line for a document's PDF."""
    option = ["--export-pdf"] if getattr(sys, "frozen", False) else []
    return [*_start(), *option, source, target, "--messages", messages]


def review_command(files: Sequence[str], target: str, messages: str) -> list[str]:
    """The child's command line for the 审核意见 PDF of ``files``."""
    option = "--review-pdf" if getattr(sys, "frozen", False) else "--review"
    return [*_start(), option, target, *files, "--messages", messages]


def convert_to_pdf(source: str, target: str) -> tuple[int, list[str]]:
    """Writes the PDF of the document ``source`` to ``target`` in a child process; the
    exit status (0, or 2 when it could not be read or written) and the lines to show."""
    return _run(lambda messages: pdf_command(source, target, messages), target)


def review_to_pdf(files: Sequence[str], target: str) -> tuple[int, list[str]]:
    """Writes the 审核意见 PDF of ``files`` (read and validated again by the child) to
    ``target``; the exit status (0, or 2 when it could not be written) and the lines."""
    return _run(lambda messages: review_command(files, target, messages), target)


def _run(command: Callable[[str], list[str]], target: str) -> tuple[int, list[str]]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(_SOURCE_ROOT), *filter(None, [env.get("PYTHONPATH")])])
    env["PYTHONIOENCODING"] = "utf-8"
    if sys.platform.startswith("linux"):
        env["QT_QPA_PLATFORM"] = "offscreen"  # no display needed
    handle, messages = tempfile.mkstemp(prefix="jxeditor-pdf-", suffix=".txt")
    os.close(handle)
    try:
        try:
            done = subprocess.run(
                command(messages), env=env, capture_output=True,
                timeout=TIMEOUT_SECONDS, check=False, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            return EXIT_FILE, [f"文件“{target}”：生成 PDF 超过 {TIMEOUT_SECONDS} 秒，已停止"]
        except OSError as error:
            return EXIT_FILE, [
                f"文件“{target}”：无法启动生成 PDF 的程序：{error.strerror or error}"]
        lines = Path(messages).read_text(encoding="utf-8", errors="replace").splitlines()
    finally:
        with contextlib.suppress(OSError):
            os.unlink(messages)
    if done.returncode in (EXIT_OK, EXIT_FILE):
        return done.returncode, lines
    return EXIT_FILE, [*lines, f"文件“{target}”：生成 PDF 的程序异常退出（退出码 "
                       f"{done.returncode}），未写出 PDF"]
