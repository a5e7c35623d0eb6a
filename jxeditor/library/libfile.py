"""The file of the user's library: one JSON document, read whole and written whole.

Why a whole file and not a database: the standard library's SQLite module (its DLL and
extension module) adds about 1.6 MB to the Windows bundle, and 50,000 learned
indicators are a 5 MB JSON file that Python reads or writes in well under a second.

* **Atomic**: a write goes to a temporary file in the same folder, is flushed to disk
  and replaces the file in one ``os.replace``; a reader sees the old file or the new one,
  never half of one. (``jxeditor.formats.atomic`` cannot be used here: the library and
  the formats are independent layers.)
* **Two editors at once**: every change is made under an operating-system lock on
  ``NAME.lock`` beside the file (``fcntl.flock``; ``msvcrt.locking`` on Windows), and
  inside it the file is read again when another process replaced it since, so the change
  applies to what is on disk: neither editor loses the other's rows. The system releases
  the lock when a process dies, so a crash leaves no stale lock.
* **Corrupt file**: a file that is not a library of this format (not UTF-8, not JSON,
  another shape, empty after a crash) is renamed ``NAME.bad`` and the library starts
  empty; :func:`read_library` says so in the returned notice. A file that cannot be read
  at all (no permission) is left where it is.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

from jxeditor.errors import FileFormatError

FORMAT, VERSION = "jxeditor-indicator-library", 1
LOCK_TIMEOUT_S = 15.0
_RETRY_S = (0.05, 0.1, 0.15, 0.2, 0.25, 0.25)  # Windows: a reader holds the file a moment

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


def _parse(data: bytes) -> State:
    try:
        doc: Any = json.loads(data.decode("utf-8"))
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise _Corrupt("不是本编辑器的指标库")
        if doc.get("version") != VERSION:
            raise _Corrupt(f"是另一版本的格式（版本 {doc.get('version')!r}）")
        projects: dict[int, Project] = {}
        for p in doc["projects"]:
            rows = [(int(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]),
                     str(r[6])) for r in p["indicators"]]
            project = Project(int(p["id"]), str(p["name"]), str(p["department"]),
                              int(p["year"]), str(p.get("source", "")), float(p["learned"]),
                              rows)
            projects[project.id] = project
        return State(int(doc["generation"]), int(doc["next_id"]), projects)
    except _Corrupt:
        raise
    except (ValueError, KeyError, TypeError, IndexError) as error:  # JSON, UTF-8, shape
        raise _Corrupt("内容已损坏") from error


def _read(path: Path) -> tuple[State, Stamp | None]:
    """The library in the file (empty when there is none); raises :class:`_Corrupt`
    or the OSError of a file that cannot be read."""
    try:
        with open(path, "rb") as handle:
            stamp = _stamp(os.fstat(handle.fileno()))
            data = handle.read()
    except FileNotFoundError:
        return State(), None
    return _parse(data), stamp


def bad_path(path: Path) -> Path:
    """Where a corrupt library file is kept: ``NAME.bad`` beside it."""
    return path.with_name(path.name + ".bad")


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
                os.replace(path, bad_path(path))
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
            os.replace(path, bad_path(path))
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
    if isinstance(error, PermissionError):
        return "没有读写权限，或文件正被其他程序占用"
    if isinstance(error, IsADirectoryError):
        return "这是一个文件夹，不是文件"
    return f"系统错误（错误代码 {error.errno}）" if error.errno is not None else "系统错误"


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
    """Writes ``state`` atomically (call under :func:`locked`); returns the new stamp."""
    data = json.dumps(_document(state), ensure_ascii=False, separators=(",", ":"),
                      check_circular=False).encode("utf-8")
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _replace(tmp, path)
        tmp = None
        return _stamp(os.stat(path))
    except OSError as error:
        raise FileFormatError(path, f"无法写入本机指标库：{_reason(error)}") from error
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _replace(source: str, target: Path) -> None:
    for delay in (*_RETRY_S, None):
        try:
            os.replace(source, target)
            return
        except PermissionError:  # Windows: another process is reading the file
            if delay is None:
                raise
            time.sleep(delay)


@contextlib.contextmanager
def locked(path: Path, timeout: float = LOCK_TIMEOUT_S) -> Iterator[None]:
    """Holds the lock on ``NAME.lock`` beside ``path`` (creating the folder): one process
    at a time changes the library. Raises :class:`FileFormatError` after ``timeout``."""
    lock = path.with_name(path.name + ".lock")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as error:
        raise FileFormatError(path, f"无法使用本机指标库：{_reason(error)}") from error
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
