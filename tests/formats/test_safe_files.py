"""Nothing lost: the previous version kept as .bak, files changed by others noticed,
recovery copies written, listed, restored and discarded."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from builders import clean_document

from jxeditor.document.document import Document
from jxeditor.errors import FileFormatError
from jxeditor.formats import json_format
from jxeditor.formats.atomic import backup_path
from jxeditor.formats.filestamp import FileStamp
from jxeditor.formats.recovery import RecoveryStore


def test_previous_version_is_kept_as_bak(tmp_path: Path) -> None:
    path = tmp_path / "表.json"
    json_format.save(Document(reporting_unit="第一版"), path, keep_backup=True)
    assert not backup_path(path).exists()  # nothing to keep the first time
    json_format.save(Document(reporting_unit="第二版"), path, keep_backup=True)
    assert json_format.load(backup_path(path)).reporting_unit == "第一版"
    assert json_format.load(path).reporting_unit == "第二版"
    assert backup_path(path).name == "表.json.bak"


def test_disk_full_part_way_leaves_original_and_bak(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "doc.json"
    json_format.save(Document(reporting_unit="原来的"), path)
    original = path.read_bytes()
    real_fdopen = os.fdopen

    class HalfWriter:
        def __init__(self, handle) -> None:  # type: ignore[no-untyped-def]
            self.handle = handle

        def __enter__(self):  # type: ignore[no-untyped-def]
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

        def write(self, data: bytes) -> int:
            self.handle.write(data[: len(data) // 2])
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fdopen", lambda fd, mode: HalfWriter(real_fdopen(fd, mode)))
    with pytest.raises(FileFormatError, match="磁盘空间不足"):
        json_format.save(Document(reporting_unit="新的"), path, keep_backup=True)
    assert path.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.json"]


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else False, reason="root may write anywhere")
def test_read_only_folder_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "doc.json"
    json_format.save(Document(), path)
    folder.chmod(0o500)
    try:
        with pytest.raises(FileFormatError, match="没有写入权限"):
            json_format.save(Document(reporting_unit="x"), path)
    finally:
        folder.chmod(0o700)


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


def test_recovery_copies(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path / "recovery")
    assert store.entries() == []
    slot = store.new_slot()
    doc = clean_document()
    store.write_in_background(slot, doc, "表.json", "/data/表.json").join()
    (entry,) = store.entries()
    assert (entry.title, entry.original, entry.pid) == ("表.json", "/data/表.json", os.getpid())
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


@pytest.mark.parametrize(
    ("errno_value", "message"),
    [(13, "没有写入权限"), (16, "正被其他程序使用"), (2, "路径不存在"), (30, "只读")],
)
def test_files_others_hold_give_clear_messages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, errno_value: int, message: str
) -> None:
    """Read-only target, locked by another program, vanished path, read-only disk."""
    path = tmp_path / "doc.json"
    json_format.save(Document(reporting_unit="原来的"), path)
    before = path.read_bytes()

    def refuse(src: str, dst: str) -> None:
        raise OSError(errno_value, os.strerror(errno_value))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(FileFormatError, match=message) as info:
        json_format.save(Document(reporting_unit="新的"), path)
    assert str(path) in str(info.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.json"]
