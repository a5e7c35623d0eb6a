"""Recovery copies: written, listed, restored and discarded; damaged ones skipped."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

import pytest
from builders import clean_document
from memory import many_projects, peak_bytes

from jxeditor.document.document import Document
from jxeditor.errors import FileFormatError
from jxeditor.formats import json_format
from jxeditor.recovery import store as recovery
from jxeditor.recovery.snapshot import SnapshotCache
from jxeditor.recovery.store import SUFFIX, RecoveryStore, absolute_path


def test_recovery_copies(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path / "recovery")
    assert store.entries() == []
    slot = store.new_slot()
    doc = clean_document()
    store.write_in_background(slot, doc, "表.json", "/data/表.json").join()
    (entry,) = store.entries()
    assert (entry.title, entry.original, entry.pid) == ("表.json", absolute_path("/data/表.json"), os.getpid())
    assert store.load(entry) == doc
    assert store.entries(exclude_pid=os.getpid()) == []
    store.discard(slot)
    assert store.entries() == []


def test_damaged_recovery_copy_is_skipped_or_reported(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path)
    (tmp_path / "x.recovery.json").write_text("{broken", encoding="utf-8")
    assert store.entries() == []
    slot = store.new_slot()
    store.write(slot, json_format.dumps(Document()), "t", "")
    (entry,) = store.entries()
    text = slot.read_text(encoding="utf-8").replace('"jxeditor-document"', '"other"')
    slot.write_text(text, encoding="utf-8")
    with pytest.raises(FileFormatError):
        store.load(entry)


def test_write_list_read_and_remove_a_copy(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path / "not-yet")
    assert store.entries() == []  # no folder yet
    slot = store.new_slot()
    assert slot.parent == tmp_path / "not-yet" and slot.name.endswith(SUFFIX)
    doc = clean_document()
    store.write(slot, json_format.dumps(doc), "表.xlsx", "/data/表.xlsx")
    data = json.loads(slot.read_text(encoding="utf-8"))
    assert (data["title"], data["original"], data["pid"]) == ("表.xlsx", absolute_path("/data/表.xlsx"), os.getpid())
    (entry,) = store.entries()
    assert entry.path == slot
    assert store.load(entry) == doc
    store.discard(slot)
    assert not slot.exists() and store.entries() == []
    store.discard(slot)  # a second discard is no error


def test_entries_newest_first(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path)
    for title, written in (("old", "2026-01-01T08:00:00"), ("new", "2026-03-01T08:00:00")):
        meta = {"title": title, "original": "", "written": written, "pid": 1,
                "document": json.loads(json_format.dumps(Document()))}
        (tmp_path / f"{title}{SUFFIX}").write_text(json.dumps(meta), encoding="utf-8")
    entries = store.entries()
    assert [e.title for e in entries] == ["new", "old"]
    assert entries[0].written == datetime(2026, 3, 1, 8, 0)


def test_copy_without_a_document_is_reported_damaged(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path)
    path = tmp_path / f"x{SUFFIX}"
    path.write_text(json.dumps({"title": "t", "written": "2026-01-01T00:00:00"}), encoding="utf-8")
    (entry,) = store.entries()
    with pytest.raises(FileFormatError, match="恢复文件已损坏：其中没有文档内容"):
        store.load(entry)


def test_damaged_copy_is_reported_in_chinese(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path)
    path = tmp_path / f"x{SUFFIX}"
    path.write_text(json.dumps({"title": "t", "written": "2026-01-01T00:00:00"}), encoding="utf-8")
    (entry,) = store.entries()
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(FileFormatError) as caught:
        store.load(entry)
    assert str(caught.value).endswith("恢复文件已损坏：不是有效的 JSON")
    path.unlink()
    with pytest.raises(FileFormatError, match="无法读取恢复文件：路径不存在"):
        store.load(entry)


def test_a_recovery_copy_is_written_in_slices_not_copied_whole(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recovery, "SLICE", 10_000)
    store, doc = RecoveryStore(tmp_path), many_projects(200)
    text = SnapshotCache(doc).document_text()  # what the editor hands over
    slot = store.new_slot()
    written = peak_bytes(lambda: store.write(slot, text, "t", ""))
    assert written < len(text) / 2  # the text joined to the rest, and its bytes, were 4.6 times
    (entry,) = store.entries()
    assert store.load(entry) == doc
