"""Noticing that a file changed on disk since we read or wrote it.

The editor keeps a :class:`FileStamp` of the file it has open; before saving over it,
it asks :meth:`FileStamp.changed_on_disk` so that someone else's changes (a colleague on
the network drive, Excel) are never overwritten without asking.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class FileStamp:
    """Size, modification time and content hash of a file at one moment."""

    path: str
    size: int
    mtime_ns: int
    digest: str

    @classmethod
    def of(cls, path: str | Path) -> FileStamp | None:
        """The stamp of ``path`` now, or None when it cannot be read."""
        import hashlib  # (with OpenSSL: by the first stamp, not with the editor's window)

        p = Path(path)
        try:
            stat = p.stat()
            digest = hashlib.sha256(p.read_bytes()).hexdigest()
        except OSError:
            return None
        return cls(str(p), stat.st_size, stat.st_mtime_ns, digest)

    def changed_on_disk(self) -> bool:
        """True when the file is gone or its content differs from this stamp."""
        p = Path(self.path)
        try:
            stat = p.stat()
        except OSError:
            return True
        if stat.st_size == self.size and stat.st_mtime_ns == self.mtime_ns:
            return False
        now = FileStamp.of(p)
        return now is None or now.digest != self.digest
