"""Reads a workbook in a child process, so that a reader that aborts cannot take the
editor (and its unsaved work) with it.

python-calamine is Rust: when an allocation fails it aborts the whole process
(SIGABRT), which no ``try`` catches. :mod:`jxeditor.formats.safety` refuses the files
known to do that; this is the second wall, for what it does not know. The workbook is
read by :func:`jxeditor.formats.xlsx.reader.read_workbook` in a fresh interpreter
(``sys.executable -c``: no fork of a threaded Qt process, and unlike multiprocessing's
``spawn`` no second import of the program's main module) with, where the system allows
it, its address space capped at :data:`MAX_CHILD_BYTES` and its processor time at
:data:`MAX_CHILD_SECONDS`. The result comes back pickled on its stdout; a child that
dies, runs out of memory or takes longer than :data:`TIMEOUT_SECONDS` gives one Chinese
:class:`~jxeditor.errors.FileFormatError`.

Starting the child costs about a third of a second (importing the readers), and handing a
large document back (pickled) about as much as reading it; so our own export, while no
sheet of it changed, is read here: that path
(:func:`~jxeditor.formats.xlsx.reader.read_unchanged_workbook`) runs no python-calamine,
only the ZIP checks, expat on the sheet list and a strict pattern on the hidden sheet,
with the members and the document's JSON bounded (:data:`HERE_MEMBER_BYTES`,
:data:`HERE_JSON_BYTES`). In the packaged program (PyInstaller:
``sys.executable`` is the editor itself) the child is the command-line program beside
it, ``jxeditor-cli --read-workbook-child`` (:data:`jxeditor.formats.CHILD_FLAG`; on Windows without a
console window); only where that program is missing does the editor read in its own
process, guarded by the safety checks alone.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

from jxeditor.document.document import Document
from jxeditor.errors import FileFormatError
from jxeditor.formats import CHILD_FLAG
from jxeditor.formats.xlsx.reader import read_unchanged_workbook, read_workbook
from jxeditor.storage.gc_pause import paused_gc

if sys.platform != "win32":
    import resource

MAX_CHILD_BYTES = 1536 * 1024 * 1024
MAX_CHILD_SECONDS = 60
TIMEOUT_SECONDS = 90
# Our own unchanged export is read in the editor's process (no python-calamine, so nothing
# to abort it) within these bounds: about 12,000 projects; larger ones go to the child.
HERE_MEMBER_BYTES = 64 * 1024 * 1024
HERE_JSON_BYTES = 64 * 1024 * 1024
_SOURCE_ROOT = Path(__file__).resolve().parents[2]  # the folder that holds jxeditor/
_CHILD_CODE = "from jxeditor.formats.child_reader import child_main; child_main()"

Result = tuple[Document, list[str], bool]


def _limit() -> None:
    if sys.platform != "win32":
        for kind, value in ((resource.RLIMIT_AS, MAX_CHILD_BYTES),
                            (resource.RLIMIT_CPU, MAX_CHILD_SECONDS)):
            hard = resource.getrlimit(kind)[1]
            if hard == resource.RLIM_INFINITY or hard > value:
                resource.setrlimit(kind, (value, hard))


def _read(path: str) -> tuple[str, object]:
    try:
        with paused_gc():  # the document is built, then pickled, in one go
            return "ok", read_workbook(path)
    except FileFormatError as error:
        return "error", error.message
    except MemoryError:
        return "error", "内存不足，无法读取工作簿（文件可能是恶意构造的或过大）"
    except Exception as error:  # a bug in an importer: one line, no traceback
        return "error", f"无法读取工作簿：程序内部错误（{type(error).__name__}），请把该文件告诉开发者"


def child_main() -> None:
    """In the child: the path on stdin; the pickled ("ok", result) or ("error",
    message) on stdout."""
    _limit()
    path = sys.stdin.buffer.read().decode("utf-8", "surrogateescape")
    result = _read(path)
    with paused_gc():
        data = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def child_command() -> list[str] | None:
    """How to start the child: this interpreter, or in the packaged program the
    command-line program beside it (``None`` when it is missing)."""
    if not getattr(sys, "frozen", False):
        return [sys.executable, "-c", _CHILD_CODE]
    name = "jxeditor-cli.exe" if sys.platform == "win32" else "jxeditor-cli"
    cli = Path(sys.executable).with_name(name)
    return [str(cli), CHILD_FLAG] if cli.is_file() else None


def read_workbook_isolated(path: str | Path) -> Result:
    """:func:`~jxeditor.formats.xlsx.reader.read_workbook` in a child process; our own
    export while unchanged (and within :data:`HERE_MEMBER_BYTES`, :data:`HERE_JSON_BYTES`)
    here, since no python-calamine reads it."""
    p = Path(path).absolute()
    command = child_command()
    if command is None:
        return read_workbook(p)
    try:
        unchanged = read_unchanged_workbook(p, max_member=HERE_MEMBER_BYTES,
                                            max_json=HERE_JSON_BYTES)
    except FileFormatError:
        unchanged = None  # the child says what is wrong, as for any other file
    if unchanged is not None:
        return unchanged
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(_SOURCE_ROOT), *filter(None, [env.get("PYTHONPATH")])])
    env["PYTHONIOENCODING"] = "utf-8"
    try:
        done = subprocess.run(
            command, input=str(p).encode("utf-8", "surrogateescape"),
            capture_output=True, env=env, timeout=TIMEOUT_SECONDS, check=False,
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
    except subprocess.TimeoutExpired:
        raise FileFormatError(
            p, f"读取工作簿超过 {TIMEOUT_SECONDS} 秒，已停止（文件可能是恶意构造的）") from None
    except OSError as error:
        raise FileFormatError(p, f"无法启动读取程序：{error.strerror or error}") from None
    answer: tuple[str, Any] = ("", None)
    if done.returncode == 0:
        with contextlib.suppress(pickle.UnpicklingError, EOFError, ValueError, TypeError), \
                paused_gc():  # a document of thousands of projects made in one go
            answer = pickle.loads(done.stdout)
    status, payload = answer
    if status == "ok":
        document, notices, ours = payload
        return document, list(notices), bool(ours)
    if status == "error":
        raise FileFormatError(p, str(payload))
    raise FileFormatError(
        p, f"读取工作簿时读取程序异常退出（退出码 {done.returncode}），文件可能已损坏或是恶意构造的；"
        "编辑器和已打开的文档不受影响"
    )
