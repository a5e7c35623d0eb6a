"""Saving without ever leaving a half-written file.

The data goes to a temporary file in the target's folder, is flushed to disk, and then
replaces the target in one atomic step (``os.replace``). If anything fails on the way,
the temporary file is removed and the target is exactly as it was. On request the
previous version is kept as ``NAME.bak`` (the editor's saves do that).

A target marked read-only is refused (on Linux and macOS a rename would replace it
anyway; on Windows it fails): read-only is the owner's way of saying "do not change".
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from pathlib import Path

from jxeditor.errors import FileFormatError


def os_error_text(error: OSError) -> str:
    """A Chinese description of why a file operation failed."""
    if getattr(error, "winerror", None) in (32, 33):  # sharing / lock violation (Windows)
        return "文件正被其他程序使用（例如在 Excel 或 WPS 中打开着），请关闭后再保存"
    reasons = {
        errno.EACCES: "没有写入权限（文件只读、被其他程序占用，或文件夹不允许写入）",
        errno.EPERM: "操作不被允许（文件可能被其他程序占用或只读）",
        errno.ENOENT: "路径不存在（文件夹可能已被移动或删除）",
        errno.ENOSPC: "磁盘空间不足",
        errno.EROFS: "磁盘为只读",
        errno.EISDIR: "这是一个文件夹，不是文件",
        errno.ENOTDIR: "路径中有一段不是文件夹",
        errno.EBUSY: "文件正被其他程序使用",
    }
    return reasons.get(error.errno or 0, f"系统错误：{error.strerror or error}")


def backup_path(path: str | Path) -> Path:
    """Where the previous version of ``path`` is kept: ``NAME.bak`` beside it."""
    target = Path(path)
    return target.with_name(target.name + ".bak")


def keep_backup_copy(target: Path) -> None:
    """Copies the current target to ``NAME.bak`` (a hard link where the disk allows)."""
    if not target.is_file():
        return
    bak = backup_path(target)
    tmp = bak.with_name(bak.name + ".tmp")
    with contextlib.suppress(FileNotFoundError):
        os.unlink(tmp)
    try:
        os.link(target, tmp)
    except OSError:
        shutil.copy2(target, tmp)
    os.replace(tmp, bak)


def write_atomic(path: str | Path, data: bytes, *, keep_backup: bool = False) -> None:
    """Writes ``data`` to ``path`` through a temporary file and an atomic replace.

    With ``keep_backup`` the previous version stays as ``NAME.bak``. Raises
    :class:`FileFormatError` with a Chinese message when it cannot; the target is then
    untouched.
    """
    target = Path(path)
    tmp_name: str | None = None
    if target.is_file() and not os.access(target, os.W_OK):
        raise FileFormatError(target, "无法保存：文件是只读的（请去掉只读属性，或另存为其他文件）")
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or "."
        )
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            with contextlib.suppress(OSError):
                os.chmod(tmp_name, target.stat().st_mode & 0o7777)
        if keep_backup:
            keep_backup_copy(target)
        os.replace(tmp_name, target)
        tmp_name = None
        _sync_folder(target.parent)
    except OSError as error:
        raise FileFormatError(target, f"无法保存：{os_error_text(error)}") from error
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def _sync_folder(folder: Path) -> None:
    """Flushes the folder entry of the replaced file too (POSIX; best effort)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder or ".", os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
