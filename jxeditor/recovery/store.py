"""Recovery copies: what the editor writes while a document has unsaved changes.

Each open document has one recovery file in the user's data folder (never beside the
user's own file): the document in the JSON format plus a little metadata (the file it
belongs to, absolute and resolved, and its stamp as the editor last read or wrote it; a
display name; when it was written). After a crash the next start lists
them (:meth:`RecoveryStore.entries`) and offers to restore each; a clean exit or a
save removes the copy. Writing goes through :func:`~jxeditor.storage.atomic.write_atomic_with`, so a
crash in the middle of a recovery write leaves the previous copy intact, and it can run
in a background thread (:meth:`RecoveryStore.write_in_background`).
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import threading
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from jxeditor.document.document import Document
from jxeditor.errors import FileFormatError
from jxeditor.formats import json_format
from jxeditor.storage.atomic import os_error_text, write_atomic_with
from jxeditor.storage.filestamp import FileStamp

SUFFIX = ".recovery.json"
SLICE = 1 << 20  # characters of the document text encoded and written at a time


@dataclass(frozen=True)
class RecoveryEntry:
    """One recovery copy found on disk."""

    path: Path
    title: str
    original: str
    written: datetime
    pid: int
    stamp: FileStamp | None = None  # the original file as the crashed editor last knew it


def absolute_path(path: str | Path) -> str:
    """``path`` absolute and resolved (symbolic links, ``..``), as far as it exists."""
    try:
        return str(Path(path).resolve())
    except (OSError, RuntimeError):
        return os.path.abspath(path)


def _stamp(data: object) -> FileStamp | None:
    if not isinstance(data, dict):
        return None
    try:
        return FileStamp(str(data["path"]), int(data["size"]), int(data["mtime_ns"]),
                         str(data["digest"]))
    except (KeyError, TypeError, ValueError):
        return None


class RecoveryStore:
    """The recovery copies in one folder (the editor uses its per-user data folder)."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self._lock = threading.Lock()
        self._stamps: dict[str, FileStamp | None] = {}

    def note_stamp(self, original: str | Path, stamp: FileStamp | None) -> None:
        """The stamp of ``original`` as the editor read or last wrote it; recovery copies
        of that file carry it, so that a restore can tell whether someone changed the
        file after the crash."""
        if stamp is not None:
            stamp = dataclasses.replace(stamp, path=absolute_path(stamp.path))
        with self._lock:
            self._stamps[absolute_path(original)] = stamp

    def new_slot(self) -> Path:
        """A fresh recovery file name for one open document: 32 random hex digits (as a
        random UUID's, without importing uuid and platform with every editor's start)."""
        return self.folder / f"{os.urandom(16).hex()}{SUFFIX}"

    def write(self, slot: Path, doc_text: str, title: str, original: str) -> None:
        """Writes a recovery copy; ``doc_text`` is the document's JSON text, embedded as
        it is (not parsed again). ``original`` is stored absolute and resolved, with its
        noted stamp (:meth:`note_stamp`)."""
        original = absolute_path(original) if original else ""
        with self._lock:
            stamp = self._stamps.get(original) if original else None
        meta = json.dumps({
            "title": title,
            "original": original,
            "written": datetime.now().isoformat(timespec="seconds"),
            "pid": os.getpid(),
            "stamp": None if stamp is None else dataclasses.asdict(stamp),
        }, ensure_ascii=False)
        # strip() copies only when there is something to strip (none in a snapshot)
        head, body = (meta[:-1] + ', "document": ').encode("utf-8"), doc_text.strip()

        def write(handle: BinaryIO) -> None:  # in slices: the text is never copied whole
            handle.write(head)
            for start in range(0, len(body), SLICE):
                handle.write(body[start:start + SLICE].encode("utf-8"))
            handle.write(b"}")

        with self._lock:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomic_with(slot, write)

    def write_in_background(
        self, slot: Path, doc: Document | str, title: str, original: str
    ) -> threading.Thread:
        """Takes a snapshot now (``doc``, or its JSON text already made, such as
        :class:`jxeditor.recovery.snapshot.SnapshotCache` gives), writes it in a thread."""
        text = "".join(json_format.json_pieces(doc)) if isinstance(doc, Document) else doc

        def run() -> None:
            with contextlib.suppress(FileFormatError, OSError):
                self.write(slot, text, title, original)

        thread = threading.Thread(target=run, name="jxeditor-recovery", daemon=True)
        thread.start()
        return thread

    def discard(self, slot: Path) -> None:
        """Removes a recovery copy (after a save, a clean exit, or when the user declines)."""
        with self._lock, contextlib.suppress(FileNotFoundError):
            slot.unlink()

    def entries(self, exclude_pid: int | None = None) -> list[RecoveryEntry]:
        """The recovery copies on disk, newest first (unreadable ones are skipped)."""
        found: list[RecoveryEntry] = []
        if not self.folder.is_dir():
            return found
        for path in self.folder.glob(f"*{SUFFIX}"):
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                entry = RecoveryEntry(
                    path=path,
                    title=str(data.get("title", "")),
                    original=str(data.get("original", "")),
                    written=datetime.fromisoformat(data["written"]),
                    pid=int(data.get("pid", 0)),
                    stamp=_stamp(data.get("stamp")),
                )
            except (OSError, ValueError, KeyError, TypeError):
                continue
            if exclude_pid is not None and entry.pid == exclude_pid:
                continue
            found.append(entry)
        return sorted(found, key=lambda e: e.written, reverse=True)

    def load(self, entry: RecoveryEntry) -> Document:
        """The document of a recovery copy; raises :class:`FileFormatError` if damaged."""
        try:
            data = json.loads(entry.path.read_text(encoding="utf-8"), parse_float=Decimal)
        except OSError as error:
            raise FileFormatError(entry.path, f"无法读取恢复文件：{os_error_text(error)}") from None
        except ValueError:  # not JSON, or not UTF-8
            raise FileFormatError(entry.path, "恢复文件已损坏：不是有效的 JSON") from None
        document = data.get("document") if isinstance(data, dict) else None
        if document is None:
            raise FileFormatError(entry.path, "恢复文件已损坏：其中没有文档内容") from None
        return json_format.from_data(document, entry.path)
