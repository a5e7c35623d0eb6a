"""Noticing that a file changed on disk since it was read or written."""

from __future__ import annotations

import os
from pathlib import Path

from jxeditor.document.document import Document
from jxeditor.formats import json_format
from jxeditor.storage.filestamp import FileStamp


def test_changes_by_others_are_noticed(tmp_path: Path) -> None:
    path = tmp_path / "doc.json"
    json_format.save(Document(), path)
    stamp = FileStamp.of(path)
    assert stamp is not None and not stamp.changed_on_disk()
    os.utime(path, None)  # touched but not changed: not a change
    assert not stamp.changed_on_disk()
    json_format.save(Document(reporting_unit="同事改过"), path)
    assert stamp.changed_on_disk()
    path.unlink()
    assert stamp.changed_on_disk()


def test_stamp_of_a_missing_file_is_none(tmp_path: Path) -> None:
    assert FileStamp.of(tmp_path / "missing.json") is None


def test_same_content_written_again_is_not_a_change(tmp_path: Path) -> None:
    path = tmp_path / "doc.json"
    path.write_bytes(b"same")
    stamp = FileStamp.of(path)
    assert stamp is not None
    path.write_bytes(b"same")
    os.utime(path, ns=(stamp.mtime_ns + 10**9, stamp.mtime_ns + 10**9))
    assert not stamp.changed_on_disk()
    path.write_bytes(b"diff")  # same size, other content
    assert stamp.changed_on_disk()
