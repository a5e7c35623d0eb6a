"""The library file itself (jxeditor.library.libfile): written whole and read back, a
file of another version or shape set aside as .bad with a notice, a lock held too long
refused with a Chinese message, and a failed write leaving no temporary file."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from jxeditor.errors import FileFormatError
from jxeditor.library import libfile
from jxeditor.library.libfile import Project, State, locked, read_library, write_library


def state() -> State:
    rows = [(2, "产出指标", "数量指标", "培训人次", "≥100人次", "参训人数", "计划")]
    return State(3, 3, {1: Project(1, "培训项目", "示例局", 2026, "a.json", 1.5, rows)})


def test_written_whole_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "lib.json"
    with locked(path):
        stamp = write_library(path, state())
    found = read_library(path)
    assert found.stamp == stamp and not found.notice
    project = found.state.projects[1]
    assert (project.name, project.year, project.rows[0][3]) == ("培训项目", 2026, "培训人次")
    assert found.state.keys == {("培训项目", "示例局", 2026): 1}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lib.json", "lib.json.lock"]


@pytest.mark.parametrize("content", [
    {"format": libfile.FORMAT, "version": 99, "projects": []},
    {"format": "something-else"},
    {"format": libfile.FORMAT, "version": libfile.VERSION, "projects": [{"id": 1}]},
])
def test_another_version_or_shape_is_set_aside(tmp_path: Path, content: object) -> None:
    path = tmp_path / "lib.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    found = read_library(path, generation=4)
    assert not found.state.projects and found.state.generation == 5
    assert "已改名为“lib.json.bad”" in found.notice
    assert not path.exists() and libfile.bad_path(path).exists()


def test_a_lock_held_too_long_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lib.json"
    with locked(path), pytest.raises(FileFormatError) as error, locked(path, timeout=0.1):
        pass
    assert "正被另一个编辑器长时间占用" in error.value.message


@pytest.mark.parametrize(("number", "reason"), [
    (errno.EACCES, "没有写入权限"), (errno.ENOSPC, "磁盘空间不足"), (errno.EFBIG, "文件过大"),
    (errno.EEXIST, "已有同名的文件或文件夹")])
def test_a_failed_write_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, number: int, reason: str
) -> None:
    """And says why as documents do (issue 32.12: not 系统错误（错误代码 17/27/28）)."""
    path = tmp_path / "lib.json"

    def refuse(source: str, target: Path) -> None:
        raise OSError(number, os.strerror(number))

    with locked(path), pytest.raises(FileFormatError) as error:
        monkeypatch.setattr(os, "replace", refuse)
        write_library(path, state())
    monkeypatch.undo()
    assert error.value.message.startswith("无法写入本机指标库：" + reason)
    assert "错误代码" not in error.value.message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lib.json.lock"]
