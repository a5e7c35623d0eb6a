"""Saving without leaving a half-written file: the previous version kept as .bak, a
failed write leaves the old file, and the reasons a save fails said clearly."""

from __future__ import annotations

import errno
import os
import time
from pathlib import Path

import pytest

from jxeditor.document.document import Document
from jxeditor.errors import FileFormatError
from jxeditor.formats import json_format
from jxeditor.formats.documents import load_document, save_document
from jxeditor.storage import atomic
from jxeditor.storage.atomic import backup_path, keep_backup_copy, os_error_text, write_atomic


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


@pytest.mark.skipif(os.name != "posix", reason="a folder made read-only with chmod is POSIX only")
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


@pytest.mark.skipif(os.name != "posix", reason="file modes (0o640) are POSIX only")
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


def test_os_error_text_is_chinese_with_the_code_for_unknown_errors() -> None:
    assert os_error_text(OSError(errno.ENOSPC, "No space")) == "磁盘空间不足"
    assert os_error_text(OSError(12345, "odd failure")) == "系统错误（错误代码 12345）"
    assert os_error_text(OSError("odd failure")) == "系统错误"
    assert os_error_text(OSError(errno.EIO, "Input/output error")).startswith("磁盘读写出错")


# == Windows: a file another program holds for a moment (Excel, antivirus, indexer) ========
def held(winerror: int) -> OSError:
    """The OSError Windows gives for a file another program holds (winerror 5, 32 or 33)."""
    error = PermissionError(13, "The process cannot access the file")
    error.winerror = winerror  # type: ignore[attr-defined]  # set by Windows only
    return error


@pytest.fixture
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    slept: list[float] = []
    monkeypatch.setattr(atomic.time, "sleep", slept.append)
    return slept


@pytest.mark.parametrize("winerror", [5, 32])
def test_a_file_held_for_a_moment_is_saved_after_a_retry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_sleep: list[float], winerror: int
) -> None:
    path = tmp_path / "doc.json"
    path.write_bytes(b"old")
    real_replace = os.replace
    refusals = [held(winerror), held(winerror)]

    def replace(src: str, dst: str) -> None:
        if Path(dst) == path and refusals:
            raise refusals.pop()
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    write_atomic(path, b"new", keep_backup=True)
    assert path.read_bytes() == b"new" and backup_path(path).read_bytes() == b"old"
    assert len(no_sleep) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.json", "doc.json.bak"]


@pytest.mark.parametrize("winerror", [5, 32, 33])
def test_a_file_held_open_gives_the_open_in_another_program_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_sleep: list[float], winerror: int
) -> None:
    path = tmp_path / "doc.json"
    path.write_bytes(b"old")

    def refuse(src: str, dst: str) -> None:
        raise held(winerror)

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(FileFormatError, match="正被其他程序使用（例如在 Excel 或 WPS 中打开着）"):
        write_atomic(path, b"new")
    assert len(no_sleep) == len(atomic.RETRY_DELAYS_S) and sum(no_sleep) <= 1.5
    assert path.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.json"]


def test_a_bak_held_open_gives_the_message_and_leaves_no_tmp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_sleep: list[float]
) -> None:
    path = tmp_path / "doc.xlsx"
    path.write_bytes(b"old")
    backup_path(path).write_bytes(b"older")
    real_replace = os.replace

    def replace(src: str, dst: str) -> None:
        if dst == backup_path(path):
            raise held(32)
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(FileFormatError, match="正被其他程序使用"):
        write_atomic(path, b"new", keep_backup=True)
    with pytest.raises(OSError) as info:  # as the .xlsx save calls it
        keep_backup_copy(path)
    assert "正被其他程序使用" in os_error_text(info.value)
    assert path.read_bytes() == b"old" and backup_path(path).read_bytes() == b"older"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.xlsx", "doc.xlsx.bak"]


def test_other_errors_are_not_retried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_sleep: list[float]
) -> None:
    def refuse(src: str, dst: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(FileFormatError, match="磁盘空间不足"):
        write_atomic(tmp_path / "doc.json", b"new")
    assert no_sleep == []


# == symbolic links, permissions, leftovers ================================================
@pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="symlinks need privileges on Windows")
@pytest.mark.parametrize("suffix", [".json", ".xlsx"])
def test_saving_to_a_symbolic_link_writes_the_file_it_points_to(tmp_path: Path, suffix: str) -> None:
    real_folder = tmp_path / "共享盘"
    real_folder.mkdir()
    real = real_folder / f"表{suffix}"
    link = tmp_path / f"链接{suffix}"
    save_document(Document(reporting_unit="第一版"), real)
    link.symlink_to(real)
    before = real.read_bytes()
    save_document(Document(reporting_unit="第二版"), link, keep_backup=True)
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert load_document(real)[0].reporting_unit == "第二版"
    assert (real_folder / f"表{suffix}.bak").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["共享盘", f"链接{suffix}"]
    assert backup_path(link) == real.resolve().with_name(f"表{suffix}.bak")


@pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="symlinks need privileges on Windows")
def test_a_link_to_a_file_not_yet_there_creates_that_file(tmp_path: Path) -> None:
    link = tmp_path / "link.json"
    link.symlink_to(tmp_path / "target.json")
    write_atomic(link, b"{}")
    assert link.is_symlink() and (tmp_path / "target.json").read_bytes() == b"{}"


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
def test_new_files_get_the_users_normal_permissions(tmp_path: Path, umask: int, mode: int) -> None:
    old = os.umask(umask)
    try:
        assert atomic.new_file_mode() == mode
        write_atomic(tmp_path / "new.json", b"{}")
        json_format.save(Document(), tmp_path / "new2.json", keep_backup=True)
    finally:
        os.umask(old)
    assert (tmp_path / "new.json").stat().st_mode & 0o777 == mode
    assert (tmp_path / "new2.json").stat().st_mode & 0o777 == mode


def test_a_failed_backup_leaves_no_bak_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "doc.json"
    path.write_bytes(b"old" * 1000)

    def no_link(src: object, dst: object) -> None:
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    def half_copy(src: object, dst: object) -> None:
        Path(str(dst)).write_bytes(b"ol")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "link", no_link)
    monkeypatch.setattr(atomic.shutil, "copy2", half_copy)
    with pytest.raises(FileFormatError, match="磁盘空间不足"):
        write_atomic(path, b"new", keep_backup=True)
    with pytest.raises(OSError):
        keep_backup_copy(path)
    assert path.read_bytes() == b"old" * 1000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.json"]


def test_stale_temporaries_of_ours_are_removed_at_the_next_save(tmp_path: Path) -> None:
    path = tmp_path / "表.json"
    json_format.save(Document(), path)
    old = time.time() - 3600
    stale = [tmp_path / ".表.json.a1b2c3d4.tmp", tmp_path / ".表.json.x_9k2mq1.tmp",
             tmp_path / "表.json.bak.tmp"]
    fresh = tmp_path / ".表.json.0f0f0f0f.tmp"  # a save running right now in another editor
    others = [tmp_path / ".其他.json.a1b2c3d4.tmp", tmp_path / "表.json.tmp",
              tmp_path / ".表.json.notes.txt", tmp_path / "备注.tmp"]
    for file in [*stale, fresh, *others]:
        file.write_bytes(b"half")
    for file in [*stale, *others]:
        os.utime(file, (old, old))
    json_format.save(Document(reporting_unit="新的"), path, keep_backup=True)
    assert not any(f.exists() for f in stale)
    assert fresh.exists() and all(f.exists() for f in others)
    assert json_format.load(path).reporting_unit == "新的"
