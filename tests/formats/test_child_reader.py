"""Issue 20.1: the editor reads workbooks in a child process; a reader that aborts, hangs
or fails there gives one Chinese line, and the caller lives on."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import clean_document

from jxeditor.errors import FileFormatError
from jxeditor.formats import child_reader
from jxeditor.formats.xlsx.writer import save_xlsx


def test_a_workbook_is_read_in_a_child(tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    save_xlsx(clean_document(), path)
    doc, notices, ours = child_reader.read_workbook_isolated(path)
    assert doc == clean_document() and notices == [] and ours


def test_a_refused_file_gives_the_same_line(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    path.write_text("项目名称\t档案室改造\n", encoding="utf-8")
    with pytest.raises(FileFormatError, match="文本文件"):
        child_reader.read_workbook_isolated(path)


@pytest.mark.parametrize("code", ["import os; os.abort()", "import sys; sys.exit(3)"])
def test_a_child_that_dies_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       code: str) -> None:
    monkeypatch.setattr(child_reader, "_CHILD_CODE", code)
    with pytest.raises(FileFormatError, match="异常退出") as info:
        child_reader.read_workbook_isolated(tmp_path / "x.xlsx")
    assert "\n" not in str(info.value)


def test_a_child_that_hangs_is_stopped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(child_reader, "_CHILD_CODE", "import time; time.sleep(30)")
    monkeypatch.setattr(child_reader, "TIMEOUT_SECONDS", 1)
    with pytest.raises(FileFormatError, match="超过 1 秒"):
        child_reader.read_workbook_isolated(tmp_path / "x.xlsx")
