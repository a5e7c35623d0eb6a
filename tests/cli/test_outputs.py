"""Issue 32.1 and 32.10: where the commands may write and what they may read.

An output that is one of the inputs (the same name, a symbolic or a hard link to it) is
refused by every command that writes, in one line naming the file, before anything is
written: the input stays byte for byte. A report or 修改说明 must have the extension it
is written in. A pipe named as input is refused at once instead of waiting for a writer.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from builders import clean_document
from named_pipes import make_pipe

from jxeditor.cli import main
from jxeditor.errors import FileFormatError
from jxeditor.formats import json_format
from jxeditor.formats.documents import load_document, save_document
from jxeditor.storage.atomic import check_output, same_file

needs_links = pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt",
                                 reason="symbolic links need privileges on Windows")


@pytest.fixture
def doc_path(tmp_path: Path) -> Path:
    path = tmp_path / "a.json"
    json_format.save(clean_document(), path)
    return path


def _commands(a: str, b: str, out: str) -> dict[str, list[str]]:
    return {
        "convert": ["convert", a, out],
        "derive": ["derive", "evaluation", a, out],
        "next-year": ["next-year", a, out],
        "diff --xlsx": ["diff", a, b, "--xlsx", out],
        "validate --report": ["validate", a, b, "--report", out],
    }


def _refused(argv: list[str], path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    before = path.read_bytes()
    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and Path(argv[-1]).name in err[0], err  # the output named
    assert path.read_bytes() == before
    assert not list(path.parent.glob("*.bak"))
    return err[0]


@pytest.mark.parametrize("command", list(_commands("", "", "")))
def test_an_output_named_as_an_input_is_refused(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = tmp_path / "a.xlsx"  # a workbook: the extension every command may write
    save_document(clean_document(), a)
    b = tmp_path / "b.json"
    json_format.save(clean_document(), b)
    line = _refused(_commands(str(a), str(b), str(a))[command], a, capsys)
    assert "输出文件就是输入文件" in line


@needs_links
@pytest.mark.parametrize("command", list(_commands("", "", "")))
def test_an_output_linked_to_an_input_is_refused(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    real = tmp_path / "real" / "a.xlsx"
    real.parent.mkdir()
    save_document(clean_document(), real)
    link = tmp_path / "link.xlsx"
    link.symlink_to(real)
    b = tmp_path / "b.json"
    json_format.save(clean_document(), b)
    _refused(_commands(str(real), str(b), str(link))[command], real, capsys)
    hard = tmp_path / "hard.xlsx"
    os.link(real, hard)
    _refused(_commands(str(hard), str(b), str(real))[command], real, capsys)


def test_next_year_onto_its_own_json_is_refused(doc_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _refused(["next-year", str(doc_path), str(doc_path)], doc_path, capsys)
    _refused(["next-year", str(doc_path), str(doc_path.parent / "." / "a.json")], doc_path, capsys)


@pytest.mark.parametrize(("argv", "wanted"), [
    (["validate", "{a}", "--report", "{a}"], ".xlsx 或 .pdf"),
    (["validate", "{dir}", "--report", "{a}"], ".xlsx 或 .pdf"),
    (["validate", "{a}", "--report", "{dir}/out.txt"], ".xlsx 或 .pdf"),
    (["diff", "{a}", "{a}", "--xlsx", "{a}"], ".xlsx"),
    (["diff", "{a}", "{a}", "--xlsx", "{dir}/说明.json"], ".xlsx"),
])
def test_a_report_with_another_extension_is_refused(
    argv: list[str], wanted: str, doc_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = [a.format(a=doc_path, dir=doc_path.parent) for a in argv]
    line = _refused(args, doc_path, capsys)
    assert wanted in line and "未写入" in line
    assert not (doc_path.parent / "out.txt").exists() and not (doc_path.parent / "说明.json").exists()


def test_a_document_in_the_folder_is_not_taken_for_the_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    save_document(clean_document(), tmp_path / "a.xlsx")
    _refused(["validate", str(tmp_path), "--report", str(tmp_path / "a.xlsx")], tmp_path / "a.xlsx",
             capsys)


def test_an_earlier_report_in_the_folder_is_still_replaced(
    doc_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = doc_path.parent / "审核意见.xlsx"
    assert main(["validate", str(doc_path.parent), "--report", str(report)]) == 0
    first = report.stat().st_mtime_ns
    time.sleep(0.01)
    assert main(["validate", str(doc_path.parent), "--report", str(report)]) == 0
    assert report.stat().st_mtime_ns != first
    assert "审核意见.xlsx：" not in capsys.readouterr().out  # never checked as a document


def test_same_file(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text("{}", encoding="utf-8")
    assert same_file(tmp_path / "x.json", tmp_path / "sub" / ".." / "x.json")
    assert not same_file(tmp_path / "x.json", tmp_path / "y.json")
    assert same_file(tmp_path / "new.json", tmp_path / "new.json")  # not there yet
    check_output(tmp_path / "y.XLSX", [tmp_path / "x.json"], (".xlsx",))
    with pytest.raises(FileFormatError, match="扩展名"):
        check_output(tmp_path / "y.json", [], (".xlsx",))
    with pytest.raises(FileFormatError, match="就是输入文件"):
        check_output(tmp_path / "sub" / ".." / "x.json", [tmp_path / "x.json"])


# -- 32.10: a pipe as input ---------------------------------------------------------------

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
@pytest.mark.parametrize("name", ["in.json", "in.txt", "in.xlsx"])
def test_a_pipe_is_refused_at_once(name: str, tmp_path: Path) -> None:
    fifo = make_pipe(tmp_path / name, after_s=10)
    started = time.monotonic()
    with pytest.raises(FileFormatError, match="不是普通文件"):
        load_document(fifo)
    assert time.monotonic() - started < 8


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_validate_of_a_pipe_is_one_line(tmp_path: Path) -> None:
    fifo = tmp_path / "in.json"
    os.mkfifo(fifo)
    done = subprocess.run([sys.executable, "-m", "jxeditor", "validate", str(fifo)],
                          capture_output=True, text=True, encoding="utf-8", timeout=60, check=False)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [f"文件“{fifo}”：不是普通文件（是管道、设备或套接字），未读取"]
