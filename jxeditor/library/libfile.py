"""The file of the user's library: one JSON document, read whole and written whole.

Why a whole file and not a database: the standard library's SQLite module (its DLL and
extension module) adds about 1.6 MB to the Windows bundle, and 50,000 learned
indicators are a 5 MB JSON file that Python reads or writes in well under a second.

* **Atomic**: a write goes through the one atomic writer of documents
  (:func:`jxeditor.storage.atomic.write_atomic`): a temporary file in the same folder,
  flushed to disk, replacing the file in one ``os.replace``; a reader sees the old file
  or the new one, never half of one. As for documents, a symbolic link is written
  through (the shared file it points to changes, the link stays; its lock and ``.bad``
  are beside that file), a read-only library is refused with a message, and the file
  keeps its permissions.
* **Two editors at once**: every change is made under an operating-system lock on
  ``NAME.lock`` beside the file (``fcntl.flock``; ``msvcrt.locking`` on Windows), and
  inside it the file is read again when another process replaced it since, so the change
  applies to what is on disk: neither editor loses the other's rows. The system releases
  the lock when a process dies, so a crash leaves no stale lock.
* **Corrupt file**: a file that is not a library of this format (not UTF-8, not JSON,
  another shape, empty after a crash, nested too deep, a number that is no whole number
  in its range such as ``Infinity`` or ``1e999``, a pipe or device instead of a file) is
  renamed ``NAME.bad`` once and the library starts empty; :func:`read_library` says so
  in the returned notice. A file that cannot be read at all (no permission) is left
  where it is. The reasons of system errors are those of documents
  (:func:`jxeditor.storage.atomic.os_error_text`: disk full, file too large …).
"""

from __future__ import annotations

import contextlib
import errno
import json
import math
import os
import stat
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

from jxeditor.errors import FileFormatError
from jxeditor.storage.atomic import os_error_text, real_target, write_atomic

FORMAT, VERSION = "jxeditor-indicator-library", 1
LOCK_TIMEOUT_S = 15.0
MAX_ID = 2**53  # ids, generations: whole numbers JSON readers everywhere keep exact
MAX_YEAR = 9999

Stamp = tuple[int, int, int]  # inode, size, mtime_ns of the file read


class Project:
    """One learned project and its indicators ``(id, level1, level2, name, value,
    explanation, basis)`` in their order."""

    __slots__ = ("department", "id", "learned", "name", "rows", "source", "year")

    def __init__(self, id: int, name: str, department: str, year: int, source: str,
                 learned: float, rows: list[tuple[int, str, str, str, str, str, str]]) -> None:
        self.id, self.name, self.department, self.year = id, name, department, year
        self.source, self.learned, self.rows = source, learned, rows


class State:
    """Everything in the library file."""

    def __init__(self, generation: int = 0, next_id: int = 1,
                 projects: dict[int, Project] | None = None) -> None:
        self.generation = generation
        self.next_id = next_id
        self.projects: dict[int, Project] = projects if projects is not None else {}
        self.keys = {(p.name, p.department, p.year): p.id for p in self.projects.values()}


class Read(NamedTuple):
    """What :func:`read_library` found: the state, the stamp of the file it came from
    (None: no file), and a notice for the user (empty when all is well)."""

    state: State
    stamp: Stamp | None
    notice: str = ""


class _Corrupt(ValueError):
    """The file is there and readable but is not a library of this format."""


def _stamp(result: os.stat_result) -> Stamp:
    return (result.st_ino, result.st_size, result.st_mtime_ns)


def file_stamp(path: Path) -> Stamp | None:
    """The stamp of the file now (None when there is none)."""
    try:
        return _stamp(os.stat(path))
    except FileNotFoundError:
        return None


def _whole(value: object, high: int = MAX_ID) -> int:
    """A whole number from 0 to ``high`` (``2026`` or ``2026.0``); else :class:`_Corrupt`."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _Corrupt("内容已损坏（应为整数的地方不是整数）")
    if isinstance(value, float) and not (math.isfinite(value) and value.is_integer()):
        raise _Corrupt("内容已损坏（有无穷大或不是整数的数）")
    if not 0 <= value <= high:
        raise _Corrupt(f"内容已损坏（数 {value:.0f} 超出范围）" if abs(value) < 1e30
                       else "内容已损坏（有超出范围的数）")
    return int(value)


def _text(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise _Corrupt("内容已损坏（应为文字的地方不是文字）")


def _moment(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not (
            0 <= value < 1e12):  # seconds since 1970: NaN and Infinity fail here too
        raise _Corrupt("内容已损坏（学习时间不是有效的数）")
    return float(value)


def _row(r: object) -> tuple[int, str, str, str, str, str, str]:
    if not isinstance(r, list) or len(r) < 7:
        raise _Corrupt("内容已损坏（指标不是一行 7 项）")
    return (_whole(r[0]), _text(r[1]), _text(r[2]), _text(r[3]), _text(r[4]), _text(r[5]),
            _text(r[6]))


def _parse(data: bytes) -> State:
    try:
        doc: Any = json.loads(data.decode("utf-8"))
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise _Corrupt("不是本编辑器的指标库")
        if doc.get("version") != VERSION:
            raise _Corrupt(f"是另一版本的格式（版本 {str(doc.get('version'))[:20]!r}）")
        projects: dict[int, Project] = {}
        for p in doc["projects"]:
            project = Project(_whole(p["id"]), _text(p["name"]), _text(p["department"]),
                              _whole(p["year"], MAX_YEAR), _text(p.get("source", "")),
                              _moment(p["learned"]), [_row(r) for r in p["indicators"]])
            projects[project.id] = project
        return State(_whole(doc["generation"]), _whole(doc["next_id"]), projects)
    except _Corrupt:
        raise
    except RecursionError as error:  # nested too deep for the JSON reader
        raise _Corrupt("内容已损坏（嵌套过深）") from error
    except (ValueError, KeyError, TypeError, IndexError, AttributeError,
            OverflowError) as error:  # JSON, UTF-8, shape, numbers too large
        raise _Corrupt("内容已损坏") from error


def _read(path: Path) -> tuple[State, Stamp | None]:
    """The library in the file (empty when there is none); raises :class:`_Corrupt`
    (also for a pipe or a device: reading one would wait for ever) or the OSError of a
    file that cannot be read."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return State(), None
    if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        raise _Corrupt("不是普通文件（是管道、设备或套接字）")
    try:
        with open(path, "rb") as handle:
            stamp = _stamp(os.fstat(handle.fileno()))
            data = handle.read()
    except FileNotFoundError:
        return State(), None
    return _parse(data), stamp


def bad_path(path: Path) -> Path:
    """Where a corrupt library file is kept: ``NAME.bad`` beside it (beside the file a
    symbolic link points to)."""
    target = real_target(path)
    return target.with_name(target.name + ".bad")


def read_library(path: Path, generation: int = 0) -> Read:
    """Reads the library at ``path``. A corrupt file is renamed ``NAME.bad`` (under the
    lock, so not a file another editor has just written well) and an empty library is
    returned with a notice; so is one that cannot be read (left in place). The empty
    library's generation follows ``generation`` (the last one known), so it differs."""
    try:
        state, stamp = _read(path)
        return Read(state, stamp)
    except OSError as error:
        return Read(State(generation + 1), None, _unreadable(path, error))
    except _Corrupt:
        pass
    try:
        with locked(path):
            try:
                state, stamp = _read(path)
                return Read(state, stamp)  # another editor had just written it anew
            except _Corrupt as error:
                os.replace(real_target(path), bad_path(path))
                return Read(State(generation + 1), None, _set_aside(path, error))
    except (OSError, FileFormatError) as error:
        reason = error.message if isinstance(error, FileFormatError) else _reason(error)
        return Read(State(generation + 1), None,
                    f"本机指标库文件“{path}”已损坏，也无法改名保留（{reason}）；本次从空开始")


def read_for_change(path: Path) -> Read:
    """Reads the library to change it (under :func:`locked`): a corrupt file is set
    aside as in :func:`read_library` (the notice says so); one that cannot be read
    raises :class:`FileFormatError` (writing over it would lose it)."""
    try:
        state, stamp = _read(path)
        return Read(state, stamp)
    except OSError as error:
        raise FileFormatError(path, f"无法读取本机指标库：{_reason(error)}") from error
    except _Corrupt as error:
        try:
            os.replace(real_target(path), bad_path(path))
        except OSError as failure:
            raise FileFormatError(
                path, f"本机指标库文件{error}，也无法改名保留：{_reason(failure)}") from failure
        return Read(State(), None, _set_aside(path, error))


def _set_aside(path: Path, error: _Corrupt) -> str:
    return (f"本机指标库文件“{path}”{error}，无法读取；已改名为“{bad_path(path).name}”"
            "保留在原文件夹，指标库从空开始")


def _unreadable(path: Path, error: OSError) -> str:
    return f"无法读取本机指标库文件“{path}”（{_reason(error)}）；本次从空开始，文件未改动"


def _reason(error: OSError) -> str:
    """Why reading or changing the library failed (the reasons of documents, read as
    such: no permission to read is not “no permission to write”)."""
    if error.errno == errno.EACCES:
        return "没有读写权限，或文件正被其他程序占用"
    return os_error_text(error)


def _document(state: State) -> dict[str, Any]:
    return {
        "format": FORMAT, "version": VERSION, "generation": state.generation,
        "next_id": state.next_id,
        "projects": [
            {"id": p.id, "name": p.name, "department": p.department, "year": p.year,
             "source": p.source, "learned": p.learned, "indicators": p.rows}
            for p in state.projects.values()
        ],
    }


def write_library(path: Path, state: State) -> Stamp:
    """Writes ``state`` atomically (call under :func:`locked`); returns the new stamp. A
    lone surrogate (half a character, which UTF-8 cannot hold) is written as ``?``."""
    data = json.dumps(_document(state), ensure_ascii=False, separators=(",", ":"),
                      check_circular=False).encode("utf-8", "replace")
    try:
        write_atomic(path, data)
        return _stamp(os.stat(path))
    except FileFormatError as error:
        reason = error.message.removeprefix("无法保存：")
        raise FileFormatError(path, f"无法写入本机指标库：{reason}") from error
    except OSError as error:
        raise FileFormatError(path, f"无法写入本机指标库：{_reason(error)}") from error


@contextlib.contextmanager
def locked(path: Path, timeout: float = LOCK_TIMEOUT_S) -> Iterator[None]:
    """Holds the lock on ``NAME.lock`` beside ``path`` (creating the folder): one process
    at a time changes the library (beside the file a symbolic link points to, so that
    every link to a shared library takes the same lock). Raises :class:`FileFormatError`
    naming the folder or file that failed, or after ``timeout``."""
    target = real_target(path)
    lock = target.with_name(target.name + ".lock")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as error:
        failed = error.filename if error.filename else lock
        raise FileFormatError(failed, f"无法使用本机指标库：{_reason(error)}") from error
    try:
        deadline = time.monotonic() + timeout
        while not _try_lock(fd):
            if time.monotonic() > deadline:
                raise FileFormatError(path, "本机指标库正被另一个编辑器长时间占用，请稍后再试")
            time.sleep(0.02)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
