"""Issue 32.2, 32.4, 32.10, 32.12: the library file when it is hostile or shared.

A file with ``Infinity``/``1e999``/a 401-digit number where a whole number belongs, or
nested 100,000 deep, or a pipe, is set aside once as ``.bad`` with a Chinese notice (never
a traceback, and later calls work); a library reached through a symbolic link is written
through it; a read-only library is refused with a message and left as it was; a file
keeps its permissions; a data folder that cannot be made names that folder.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from library.library_docs import document, project
from named_pipes import make_pipe

from jxeditor.cli import main
from jxeditor.errors import FileFormatError
from jxeditor.library import libfile
from jxeditor.library.libfile import read_library
from jxeditor.library.store import LIBRARY_FILE, UserLibrary
from jxeditor.library.suggest import Suggester

posix_only = pytest.mark.skipif(os.name != "posix", reason="links, modes and pipes as on POSIX")


def _good() -> dict[str, object]:
    return {"format": libfile.FORMAT, "version": libfile.VERSION, "generation": 2,
            "next_id": 3, "projects": [{
                "id": 1, "name": "培训项目", "department": "示例局", "year": 2026,
                "source": "a.json", "learned": 1.5,
                "indicators": [[2, "产出指标", "数量指标", "培训人次", "≥100人次", "", ""]]}]}


def _hostile(where: str, value: str) -> str:
    """The good library's JSON with ``value`` (raw JSON text) at ``where``."""
    text = json.dumps(_good(), ensure_ascii=False)
    marker = {"year": '"year": 2026', "id": '"id": 1', "generation": '"generation": 2',
              "next_id": '"next_id": 3', "learned": '"learned": 1.5',
              "row": '[2, "产出指标"'}[where]
    replaced = {"row": f'[{value}, "产出指标"'}.get(where, f'"{where}": {value}')
    assert marker in text
    return text.replace(marker, replaced)


HOSTILE = [
    *[(field, value) for field in ("year", "id", "generation", "next_id", "row")
      for value in ("Infinity", "1e999", "-Infinity", "NaN", "9" * 401, "-1", "true", '"x"')],
    ("learned", "Infinity"), ("learned", "NaN"), ("learned", "1e999"), ("year", "1e400"),
]


@pytest.mark.parametrize(("where", "value"), HOSTILE)
def test_a_number_out_of_range_sets_the_file_aside_once(where: str, value: str, tmp_path: Path) -> None:
    path = tmp_path / "lib.json"
    path.write_text(_hostile(where, value), encoding="utf-8")
    found = read_library(path)
    assert not found.state.projects and "已改名为“lib.json.bad”" in found.notice
    assert libfile.bad_path(path).exists() and not path.exists()
    again = read_library(path)
    assert not again.notice and not again.state.projects


def test_the_good_library_is_read(tmp_path: Path) -> None:
    path = tmp_path / "lib.json"
    path.write_text(json.dumps(_good()), encoding="utf-8")
    found = read_library(path)
    assert not found.notice and found.state.projects[1].year == 2026


def test_deep_nesting_sets_the_file_aside(tmp_path: Path) -> None:
    path = tmp_path / "lib.json"
    deep = "[" * 100_000 + "]" * 100_000
    path.write_text(f'{{"format": "{libfile.FORMAT}", "version": 1, "projects": {deep}}}',
                    encoding="utf-8")
    found = read_library(path)
    assert "lib.json.bad" in found.notice and not found.state.projects


def test_suggest_and_learn_go_on_after_a_hostile_file(tmp_path: Path) -> None:
    """The editor's path: the notice once, suggestions, and the next learning works."""
    path = tmp_path / "lib.json"
    path.write_text(_hostile("year", "Infinity"), encoding="utf-8")
    library = UserLibrary(path)
    suggester = Suggester(library)
    suggester.refresh()
    assert suggester.suggest("产出指标", "数量指标", "培训") is not None
    (notice,) = library.take_notices()
    assert "无法读取" in notice and "lib.json.bad" in notice
    assert library.learn_document(document(project("新项目", 数量指标="人数:≥5人"))) == 1
    suggester.refresh()
    assert [s.name for s in suggester.suggest("产出指标", "数量指标", "新项目")][:1] == ["人数"]
    assert library.take_notices() == []


def test_the_cli_says_it_in_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / LIBRARY_FILE).write_text(_hostile("next_id", "1e999"), encoding="utf-8")
    monkeypatch.setenv("JXEDITOR_DATA_DIR", str(data))
    assert main(["suggest", "--level1", "产出指标", "--level2", "数量指标", "--json"]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "已改名为" in err[0]


@posix_only
def test_a_pipe_is_set_aside_not_waited_for(tmp_path: Path) -> None:
    path = make_pipe(tmp_path / "lib.json", after_s=10)
    started = time.monotonic()
    found = read_library(path)
    assert time.monotonic() - started < 8
    assert "不是普通文件" in found.notice and libfile.bad_path(path).exists()


# -- 32.2: links, read-only, permissions ----------------------------------------------------

@posix_only
def test_a_library_through_a_link_is_written_through_it(tmp_path: Path) -> None:
    shared = tmp_path / "office" / "library.json"  # a library the office shares
    shared.parent.mkdir()
    UserLibrary(shared).learn_document(document(project("共享项目", 数量指标="人数:≥5人")))
    link = tmp_path / "mine" / "library.json"
    link.parent.mkdir()
    link.symlink_to(shared)
    mine = UserLibrary(link)
    assert mine.learn_document(document(project("我的项目", 数量指标="次数:≥2次"))) == 1
    assert link.is_symlink()
    assert {p[1] for p in UserLibrary(shared).projects()} == {"共享项目", "我的项目"}
    assert (shared.parent / "library.json.lock").exists()  # one lock for every link
    assert not (link.parent / "library.json.lock").exists()


@posix_only
def test_a_read_only_library_is_refused_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "library.json"
    library = UserLibrary(path)
    library.learn_document(document(project("项目", 数量指标="人数:≥5人")))
    before = path.read_bytes()
    path.chmod(0o444)
    try:
        with pytest.raises(FileFormatError, match="只读"):
            library.learn_document(document(project("另一个", 数量指标="次数:≥2次")))
        assert path.read_bytes() == before and path.stat().st_mode & 0o777 == 0o444
    finally:
        path.chmod(0o644)


@posix_only
def test_the_library_keeps_its_permissions(tmp_path: Path) -> None:
    path = tmp_path / "library.json"
    library = UserLibrary(path)
    library.learn_document(document(project("项目", 数量指标="人数:≥5人")))
    path.chmod(0o640)
    library.learn_document(document(project("另一个", 数量指标="次数:≥2次")))
    assert path.stat().st_mode & 0o777 == 0o640


def test_a_data_folder_that_cannot_be_made_is_named(tmp_path: Path) -> None:
    """Issue 32.12: a file where the data folder should be: that folder is named."""
    blocker = tmp_path / "data"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(FileFormatError) as error:
        UserLibrary(blocker / LIBRARY_FILE).learn_document(
            document(project("项目", 数量指标="人数:≥5人")))
    assert error.value.path == str(blocker)
    assert "错误代码" not in str(error.value) and "已有同名的文件或文件夹" in str(error.value)
