"""Issue 20.1: the editor reads workbooks in a child process; a reader that aborts, hangs
or fails there gives one Chinese line, and the caller lives on."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from builders import clean_document

from jxeditor.errors import FileFormatError
from jxeditor.formats import CHILD_FLAG, child_reader
from jxeditor.formats.xlsx.writer import save_xlsx


def _always_in_a_child(monkeypatch: pytest.MonkeyPatch) -> None:
    """Our own unchanged export is read in the editor's process: not in these tests."""
    monkeypatch.setattr(child_reader, "read_unchanged_workbook", lambda *_a, **_k: None)


def test_a_workbook_is_read_in_a_child(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _always_in_a_child(monkeypatch)
    path = tmp_path / "book.xlsx"
    save_xlsx(clean_document(), path)
    doc, notices, ours = child_reader.read_workbook_isolated(path)
    assert doc == clean_document() and notices == [] and ours


def test_our_unchanged_export_is_read_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No python-calamine reads it, so no child is needed (nor its pickling)."""
    path = tmp_path / "book.xlsx"
    save_xlsx(clean_document(), path)

    def no_child(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a child was started")

    monkeypatch.setattr(child_reader.subprocess, "run", no_child)
    assert child_reader.read_workbook_isolated(path) == (clean_document(), [], True)


def test_a_large_unchanged_export_is_read_in_a_child(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "book.xlsx"
    save_xlsx(clean_document(), path)
    monkeypatch.setattr(child_reader, "HERE_JSON_BYTES", 100)
    started: list[object] = []
    run = child_reader.subprocess.run

    def counted(*args: Any, **kwargs: Any) -> object:
        started.append(args)
        return run(*args, **kwargs)

    monkeypatch.setattr(child_reader.subprocess, "run", counted)
    assert child_reader.read_workbook_isolated(path) == (clean_document(), [], True)
    assert len(started) == 1


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


def _packaged(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """As in the bundle: sys.executable is the editor in ``folder``."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "jxeditor"))


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands for jxeditor-cli")
def test_the_packaged_editor_reads_through_the_cli_beside_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    book = tmp_path / "book.xlsx"
    save_xlsx(clean_document(), book)
    cli = tmp_path / "jxeditor-cli"  # the CLI program: `main` of jxeditor.cli
    cli.write_text(f'#!/bin/sh\nexec "{sys.executable}" -c '
                   '"import sys; from jxeditor.cli import main; sys.exit(main())" "$@"\n')
    cli.chmod(0o755)
    python = sys.executable
    _always_in_a_child(monkeypatch)
    _packaged(monkeypatch, tmp_path)
    assert child_reader.child_command() == [str(cli), CHILD_FLAG]
    doc, notices, ours = child_reader.read_workbook_isolated(book)
    assert doc == clean_document() and notices == [] and ours
    assert python != sys.executable


def test_without_the_cli_the_packaged_editor_reads_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    book = tmp_path / "book.xlsx"
    save_xlsx(clean_document(), book)
    _packaged(monkeypatch, tmp_path / "elsewhere")
    assert child_reader.child_command() is None
    doc, _notices, _ours = child_reader.read_workbook_isolated(book)
    assert doc == clean_document()
