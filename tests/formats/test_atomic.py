"""Saving without leaving a half-written file: the previous version kept as .bak, a
failed write leaves the old file, and the reasons a save fails said clearly."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from jxeditor.document.document import Document
from jxeditor.errors import FileFormatError
from jxeditor.formats import json_format
from jxeditor.formats.atomic import backup_path, keep_backup_copy, os_error_text, write_atomic


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


def test_write_atomic_replaces_the_whole_file_and_keeps_its_mode(tmp_path: Path) -> None:
    path = tmp_path / "data.bin"
    path.write_bytes(b"old contents, longer than the new ones")
    path.chmod(0o640)
    write_atomic(path, b"new", keep_backup=True)
    assert path.read_bytes() == b"new"
    assert backup_path(path).read_bytes() == b"old contents, longer than the new ones"
    assert path.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.bin", "data.bin.bak"]


def test_read_only_target_is_refused_and_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ro.json"
    path.write_bytes(b"keep")
    monkeypatch.setattr(os, "access", lambda _path, _mode: False)  # as for a read-only file
    with pytest.raises(FileFormatError, match="只读") as info:
        write_atomic(path, b"new")
    assert str(path) in str(info.value)
    assert path.read_bytes() == b"keep"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ro.json"]


def test_keep_backup_copy_without_a_target_does_nothing(tmp_path: Path) -> None:
    keep_backup_copy(tmp_path / "missing.json")
    assert list(tmp_path.iterdir()) == []


def test_os_error_text_for_unknown_errors_names_the_system_reason() -> None:
    assert os_error_text(OSError(errno.ENOSPC, "No space")) == "磁盘空间不足"
    assert os_error_text(OSError(12345, "odd failure")) == "系统错误：odd failure"
