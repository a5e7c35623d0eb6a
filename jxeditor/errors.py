"""The one error type for files that cannot be read or written.

Its text is a single Chinese line naming the file and, where known, the place in it
(line and column, a JSON path, a sheet and cell), so the command line and the editor
can show it as is: never a traceback.
"""

from __future__ import annotations

from pathlib import Path


class FileFormatError(Exception):
    """A file could not be read or written; ``str(error)`` is the message for the user."""

    def __init__(self, path: str | Path | None, message: str, place: str = "") -> None:
        self.path = str(path) if path is not None else ""
        self.message = message
        self.place = place
        super().__init__(self.text())

    def text(self) -> str:
        parts = []
        if self.path:
            parts.append(f"文件“{self.path}”")
        if self.place:
            parts.append(self.place)
        parts.append(self.message)
        return "：".join(parts)
