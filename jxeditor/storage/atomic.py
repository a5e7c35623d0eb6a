"""Saving without ever leaving a half-written file.

The data goes to a temporary file in the target's folder, is flushed to disk, and then
replaces the target in one atomic step (``os.replace``). If anything fails on the way,
the temporary file is removed and the target is exactly as it was. On request the
previous version is kept as ``NAME.bak`` (the editor's saves do that).

A target marked read-only is refused (on Linux and macOS a rename would replace it
anyway; on Windows it fails): read-only is the owner's way of saying "do not change".

Details that matter on real desks:

- A symbolic link is followed: the file it points to is written (its ``.bak`` beside
  it), the link stays a link.
- A new file gets the user's normal permissions (``0666`` less the umask, as any
  program's new file), an existing one keeps its own.
- On Windows a file that Excel, an antivirus scanner or the search indexer holds open
  refuses the replace for a moment (errors 5 and 32): the replace and the ``.bak`` copy
  are tried again for about a second before the "open in another program" message.
- Temporary files of ours that a kill during an earlier save left beside the document
  (``.NAME.xxxxxxxx.tmp``, ``NAME.bak.tmp``) are removed at the next save once they are
  older than :data:`STALE_TMP_S`.

Where a command may read and write is checked here too, once for every command and the
editor: :func:`check_output` refuses an output that is one of the inputs (the same file
after links are followed, or a hard link to it) or has the wrong extension, and
:func:`check_input` refuses a pipe, device or socket named as input (reading one would
wait for ever).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import stat
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO, TypeVar

from jxeditor.errors import FileFormatError

T = TypeVar("T")

# Windows: ERROR_ACCESS_DENIED (what os.replace gives over a file Excel holds open),
# ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION.
HELD_BY_OTHERS = (5, 32, 33)
RETRY_DELAYS_S = (0.05, 0.1, 0.15, 0.2, 0.25, 0.25)  # about a second in all
STALE_TMP_S = 30.0  # a temporary file untouched this long belongs to no save in progress
IN_USE_TEXT = "文件正被其他程序使用（例如在 Excel 或 WPS 中打开着），请关闭后再保存"


def os_error_text(error: OSError) -> str:
    """A Chinese description of why a file operation failed."""
    if isinstance(error, FileInUseError) or getattr(error, "winerror", None) in (32, 33):
        return IN_USE_TEXT  # held through the retries, or a sharing / lock violation (Windows)
    reasons = {
        errno.EACCES: "没有写入权限（文件只读、被其他程序占用，或文件夹不允许写入）",
        errno.EPERM: "操作不被允许（文件可能被其他程序占用或只读）",
        errno.ENOENT: "路径不存在（文件夹可能已被移动或删除）",
        errno.ENOSPC: "磁盘空间不足",
        errno.EROFS: "磁盘为只读",
        errno.EISDIR: "这是一个文件夹，不是文件",
        errno.ENOTDIR: "路径中有一段不是文件夹",
        errno.EBUSY: "文件正被其他程序使用",
        errno.EIO: "磁盘读写出错（磁盘或网络驱动器可能有故障）",
        errno.ENAMETOOLONG: "文件名或路径过长",
        errno.EINVAL: "文件名无效（可能含有不允许的字符）",
        errno.EEXIST: "已有同名的文件或文件夹（例如应是文件夹的地方有一个文件）",
        errno.EFBIG: "文件过大（超过磁盘或系统允许的大小）",
        errno.EMFILE: "同时打开的文件过多",
        getattr(errno, "EDQUOT", -1): "磁盘配额已用完",  # not on every system
        errno.EXDEV: "不能跨磁盘移动文件",
    }
    if error.errno in reasons:
        return reasons[error.errno]
    number = error.errno if error.errno is not None else getattr(error, "winerror", None)
    return f"系统错误（错误代码 {number}）" if number is not None else "系统错误"


def same_file(a: str | Path, b: str | Path) -> bool:
    """Whether ``a`` and ``b`` name the same file: the same path once symbolic links are
    followed (also for a file that does not exist yet), or the same file on disk (a hard
    link, a case-insensitive disk)."""
    if os.path.realpath(a) == os.path.realpath(b):
        return True
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def check_output(target: str | Path, inputs: Iterable[str | Path],
                 suffixes: tuple[str, ...] = ()) -> None:
    """Raises :class:`FileFormatError` (one line naming the file) when ``target`` is one
    of ``inputs`` (writing would replace what was read) or, given ``suffixes``, does not
    end with one of them (``--report out.txt`` would be a workbook named .txt)."""
    suffix = Path(target).suffix.lower()
    if suffixes and suffix not in suffixes:
        raise FileFormatError(target, f"输出文件的扩展名应为 {' 或 '.join(suffixes)}"
                                      f"（不是“{suffix or '无扩展名'}”），未写入")
    for name in inputs:
        if same_file(target, name):
            raise FileFormatError(target, f"输出文件就是输入文件“{name}”，写入会覆盖它，未写入"
                                          "（请另选输出文件名）")


def check_input(path: str | Path) -> None:
    """Raises :class:`FileFormatError` when ``path`` is there but is not an ordinary file
    (a folder, a pipe, a device, a socket): reading a pipe would wait for ever. A path that
    is not there is left to the reader (its own “not found” message)."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return
    if stat.S_ISDIR(mode):
        raise FileFormatError(path, "这是一个文件夹，不是文件")
    if not stat.S_ISREG(mode):
        raise FileFormatError(path, "不是普通文件（是管道、设备或套接字），未读取")


class FileInUseError(OSError):
    """The target (or its ``.bak``) stayed held by another program through every retry."""


def held_by_others(error: OSError) -> bool:
    """True for the Windows errors of a file another program holds open (5, 32, 33)."""
    return getattr(error, "winerror", None) in HELD_BY_OTHERS


def retry_while_held(action: Callable[[], T], delays: tuple[float, ...] = RETRY_DELAYS_S) -> T:
    """Runs ``action``, again after each delay while it fails because another program holds
    the file (Windows errors 5/32/33); after the last try raises :class:`FileInUseError`.
    Other errors pass at once."""
    for delay in (*delays, None):
        try:
            return action()
        except OSError as error:
            if not held_by_others(error):
                raise
            if delay is None:
                raise FileInUseError(error.errno, IN_USE_TEXT, error.filename) from error
            time.sleep(delay)
    raise AssertionError("unreachable")  # pragma: no cover


def backup_path(path: str | Path) -> Path:
    """Where the previous version of ``path`` is kept: ``NAME.bak`` beside it (beside the
    file a symbolic link points to)."""
    target = real_target(path)
    return target.with_name(target.name + ".bak")


def real_target(path: str | Path) -> Path:
    """The file that is really written: a symbolic link is followed to its file (also one
    that does not exist yet); any other path is returned as it is."""
    target = Path(path)
    if target.is_symlink() or any(p.is_symlink() for p in target.parents):
        return Path(os.path.realpath(target))
    return target


def read_only(path: Path) -> bool:
    """Whether the file is marked read-only: no write permission for us, or none for
    anyone (``0444``: refused even where the administrator could write it)."""
    try:
        return not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222
    except OSError:
        return False


def keep_backup_copy(target: Path) -> None:
    """Copies the current target to ``NAME.bak`` (a hard link where the disk allows).

    If that fails the half-made ``NAME.bak.tmp`` is removed and the error raised; an
    existing ``NAME.bak`` is then unchanged."""
    target = real_target(target)
    if not target.is_file():
        return
    bak = backup_path(target)
    tmp = bak.with_name(bak.name + ".tmp")
    try:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        try:
            os.link(target, tmp)
        except OSError:
            retry_while_held(lambda: shutil.copy2(target, tmp))
        retry_while_held(lambda: os.replace(tmp, bak))
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def new_file_mode() -> int:
    """The permissions a new file gets: ``0666`` less the process's umask."""
    return 0o666 & ~current_umask()


def current_umask() -> int:
    """The umask, read without changing it where the system allows (Linux' /proc)."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)  # elsewhere: the only way to read it is to set it briefly
    os.umask(mask)
    return mask


def remove_stale_temporaries(target: Path, max_age_s: float = STALE_TMP_S) -> list[Path]:
    """Removes the temporary files an interrupted save of ``target`` left beside it (ours
    only: ``.NAME.xxxxxxxx.tmp`` and ``NAME.bak.tmp``) once untouched for ``max_age_s``
    (younger ones may belong to a save running right now). Returns what was removed."""
    ours = re.compile(
        rf"(\.{re.escape(target.name)}\.[A-Za-z0-9_]{{6,16}}|{re.escape(target.name)}\.bak)\.tmp"
    )
    removed: list[Path] = []
    now = time.time()
    with contextlib.suppress(OSError):
        for entry in os.scandir(target.parent):
            if not ours.fullmatch(entry.name):
                continue
            with contextlib.suppress(OSError):
                if entry.is_file(follow_symlinks=False) and now - entry.stat().st_mtime >= max_age_s:
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    return removed


def write_atomic(path: str | Path, data: bytes, *, keep_backup: bool = False) -> None:
    """Writes ``data`` to ``path`` through a temporary file and an atomic replace.

    With ``keep_backup`` the previous version stays as ``NAME.bak``. Raises
    :class:`FileFormatError` with a Chinese message when it cannot; the target is then
    untouched.
    """
    write_atomic_with(path, lambda handle: handle.write(data), keep_backup=keep_backup)


def write_atomic_with(path: str | Path, write: Callable[[BinaryIO], object], *,
                      keep_backup: bool = False) -> None:
    """As :func:`write_atomic`, the data written by ``write`` into the temporary file
    (opened in binary mode), piece by piece: a large file need not be one string in
    memory first. Anything ``write`` raises leaves the target untouched too."""
    shown = Path(path)
    target = real_target(path)
    tmp_name: str | None = None
    if target.is_file() and read_only(target):
        raise FileFormatError(shown, "无法保存：文件是只读的（请去掉只读属性，或另存为其他文件）")
    try:
        remove_stale_temporaries(target)
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or "."
        )
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes it owner-only (0600): an existing file keeps its own permissions,
        # a new one gets the user's normal ones.
        with contextlib.suppress(OSError):
            if target.exists():
                os.chmod(tmp_name, target.stat().st_mode & 0o7777)
            elif os.name == "posix":
                os.chmod(tmp_name, new_file_mode())
        if keep_backup:
            keep_backup_copy(target)
        replacing = tmp_name
        retry_while_held(lambda: os.replace(replacing, target))
        tmp_name = None
        _sync_folder(target.parent)
    except FileInUseError as error:
        raise FileFormatError(shown, f"无法保存：{IN_USE_TEXT}") from error
    except OSError as error:
        raise FileFormatError(shown, f"无法保存：{os_error_text(error)}") from error
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
