"""The command line: validate and convert, exit statuses, one-line errors, nothing half-written."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from builders import clean_document
from fixture_paths import SAMPLES

from jxeditor.cli import main
from jxeditor.formats import json_format
from jxeditor.resources import resource_path

SAMPLE = resource_path("sample-dalian-2026.json")


def test_validate_with_errors_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(SAMPLE)]) == 1
    out = capsys.readouterr().out
    assert "财金局造价审核经费" in out and "待填［indicator.missing_value］" in out
    # issue 14: an empty value is 待填 (to fill), counted apart, and still fails the file
    assert "12 个项目，0 个错误，21 个警告，15 个提示，1 个待填" in out


def test_validate_clean_file_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "clean.json"
    json_format.save(clean_document(), path)
    assert main(["validate", str(path)]) == 0
    assert "0 个错误，0 个警告，0 个提示，0 个待填" in capsys.readouterr().out


def test_validate_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--json", str(SAMPLE)]) == 1
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 37
    assert all(list(r) == ["file", "project", "location", "severity", "code", "message", "fix",
                           "acknowledged"] for r in rows)
    missing = [r for r in rows if r["code"] == "indicator.missing_value"]
    assert missing == [{
        "file": str(SAMPLE),
        "project": "财金局造价审核经费",
        "location": "绩效指标 / 效益指标 / 社会效益指标 / 节省财政性资金效率",
        "severity": "todo",
        "code": "indicator.missing_value",
        "message": missing[0]["message"],
        "fix": None,
        "acknowledged": None,
    }]
    fixes = {r["code"]: r["fix"] for r in rows if r["fix"] is not None}
    assert fixes["value.missing_unit"] in ("100%", "≥95%")
    assert fixes["text.doubled"].count("专用设备") == 1


def test_warnings_and_infos_alone_exit_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = clean_document()
    doc.projects[0].indicators[0].children[2].children[0].value = "按时"  # 提示
    doc.projects[0].indicators[0].children[1].children[0].value = "》 90%"  # 警告
    path = tmp_path / "hints.json"
    json_format.save(doc, path)
    assert main(["validate", str(path)]) == 0
    assert "0 个错误，1 个警告，1 个提示，0 个待填" in capsys.readouterr().out


def test_todo_alone_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The bureau rejects a table with an empty required field: 待填 fails the file."""
    doc = clean_document()
    doc.projects[0].department = ""
    path = tmp_path / "todo.json"
    json_format.save(doc, path)
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert "待填［project.missing_field］主管部门未填写" in out and "0 个错误，0 个警告，0 个提示，1 个待填" in out


def test_unreadable_file_exits_2_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert main(["validate", str(bad), str(SAMPLE)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "bad.json" in err[0] and "第 1 行" in err[0]


def test_convert_text_to_json(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    assert main(["convert", str(SAMPLES / "dalian-hitech-finance-2026.txt"), str(out)]) == 0
    assert out.read_text(encoding="utf-8") == SAMPLE.read_text(encoding="utf-8")


def test_failed_convert_leaves_target_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.json"
    assert main(["convert", str(tmp_path / "missing.json"), str(target)]) == 2
    assert not target.exists()
    target.write_text("old", encoding="utf-8")
    assert main(["convert", str(SAMPLE), str(tmp_path / "out.docx")]) == 2
    assert "不能保存为“.docx”格式" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "old"


def test_real_process_prints_no_traceback(tmp_path: Path) -> None:
    folder = tmp_path / "a-folder.json"
    folder.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "jxeditor", "validate", str(folder)],
        capture_output=True, text=True, encoding="utf-8", check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "文件夹" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0 and "jxeditor" in capsys.readouterr().out


def test_usage_error_exits_2_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["validate"])
    assert exit_info.value.code == 2
    assert "jxeditor：命令参数有误：" in capsys.readouterr().err


# == the encoding of what is written (Windows: the console's code page is GBK or 1252) ========
def run_cli(*args: str, env_encoding: str = "gbk") -> subprocess.CompletedProcess[bytes]:
    """The command line in a child process with its output redirected to a pipe, under a
    code page that is not UTF-8 (``PYTHONIOENCODING`` stands in for a Chinese Windows's)."""
    import os

    env = dict(os.environ, PYTHONIOENCODING=env_encoding)
    env.pop("PYTHONUTF8", None)
    return subprocess.run(
        [sys.executable, "-m", "jxeditor", *args], capture_output=True, env=env, check=False,
        timeout=60,
    )


def test_redirected_output_is_utf8_whatever_the_code_page() -> None:
    result = run_cli("validate", str(SAMPLE))
    assert result.returncode in (0, 1)
    text = result.stdout.decode("utf-8")  # not GBK, not "?"
    assert "个项目" in text and "财金局造价审核经费" in text
    assert not result.stdout.startswith(b"\xef\xbb\xbf")


def test_bom_for_notepad_users() -> None:
    result = run_cli("--bom", "validate", str(SAMPLE))
    assert result.stdout.startswith(b"\xef\xbb\xbf")
    assert "个项目" in result.stdout[3:].decode("utf-8")


def test_json_output_is_always_utf8() -> None:
    result = run_cli("validate", "--json", str(SAMPLE), env_encoding="cp1252")
    rows = json.loads(result.stdout.decode("utf-8"))
    assert rows and any("财金局" in row["project"] for row in rows)


def test_errors_on_redirected_stderr_are_utf8(tmp_path: Path) -> None:
    result = run_cli("validate", str(tmp_path / "不存在.json"))
    assert result.returncode == 2
    assert "不存在.json" in result.stderr.decode("utf-8")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_interactive_output_keeps_the_consoles_encoding() -> None:
    import os
    import pty

    leader, follower = pty.openpty()
    env = dict(os.environ, PYTHONIOENCODING="gbk")
    env.pop("PYTHONUTF8", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "jxeditor", "validate", str(SAMPLE)],
        stdout=follower, stderr=subprocess.DEVNULL, env=env,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    proc.wait(timeout=60)
    output = b"".join(chunks)
    assert "个项目".encode("gbk") in output  # what a GBK console shows
    assert "个项目".encode() not in output


def test_configure_output_chooses_by_stream(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from jxeditor.cli.output import configure_output

    class Stream(io.TextIOWrapper):
        def __init__(self, tty: bool) -> None:
            super().__init__(io.BytesIO(), encoding="gbk")
            self.tty = tty

        def isatty(self) -> bool:
            return self.tty

    for tty, as_json, expected in [(True, False, "gbk"), (False, False, "utf-8"),
                                   (True, True, "utf-8")]:
        out, err = Stream(tty), Stream(tty)
        monkeypatch.setattr(sys, "stdout", out)
        monkeypatch.setattr(sys, "stderr", err)
        configure_output(as_json=as_json, bom=True)
        assert out.encoding == expected
        assert err.encoding == ("gbk" if tty else "utf-8")
        out.flush()
        assert out.buffer.getvalue().startswith(b"\xef\xbb\xbf") == (not tty)  # type: ignore[attr-defined]


# -- issue 14.6: the 审核意见 report and folders ------------------------------------------


def test_validate_files_with_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    clean = tmp_path / "clean.json"
    json_format.save(clean_document(), clean)
    report = tmp_path / "审核意见.xlsx"
    assert main(["validate", str(SAMPLE), str(clean), "--report", str(report)]) == 1
    captured = capsys.readouterr()
    assert "12 个项目" in captured.out and f"审核意见已写入：{report}" in captured.err
    wb = openpyxl.load_workbook(report)
    assert wb.sheetnames[0] == "汇总" and len(wb.sheetnames) == 3
    summary = [row for row in wb["汇总"].iter_rows(values_only=True)]
    assert summary[2][:5] == ("序号", "报送单位", "文件", "项目编码", "项目名称")
    assert summary[-1][0] == "合计" and summary[-1][5:10] == (0, 1, 21, 15, 37)
    severities = {row[1] for ws in wb.worksheets[1:] for row in ws.iter_rows(values_only=True)}
    assert {"待填", "警告", "提示"} <= severities and not severities & {"todo", "warning", "info"}


def test_validate_json_with_report_keeps_stdout_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "r.xlsx"
    assert main(["validate", "--json", str(SAMPLE), "--report", str(report)]) == 1
    assert len(json.loads(capsys.readouterr().out)) == 37
    assert report.exists()


def test_validate_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Every readable file under the folder, sorted, subfolders too; hidden files, Office
    lock files, other extensions and the report itself left out; an unreadable file is
    one line, exit 2, and listed in the report that covers the others."""
    inbox = tmp_path / "收件"
    (inbox / "b单位").mkdir(parents=True)
    json_format.save(clean_document(), inbox / "b单位" / "2.json")
    json_format.save(clean_document(), inbox / "1.JSON")
    (inbox / "3.txt").write_text("这里没有绩效目标表。\n", encoding="utf-8")  # unreadable
    (inbox / "bad.xlsx").write_bytes(b"not a workbook")
    (inbox / "~$1.xlsx").write_bytes(b"lock")
    (inbox / ".hidden.json").write_text("{", encoding="utf-8")
    (inbox / "说明.docx").write_bytes(b"x")
    report = inbox / "审核意见.xlsx"
    report.write_bytes(b"an older report")
    assert main(["validate", str(inbox), "--report", str(report)]) == 2
    captured = capsys.readouterr()
    errors = [line for line in captured.err.splitlines() if "：提示：" not in line]
    assert [e for e in errors if "bad.xlsx" in e] and len(errors) == 3  # bad.xlsx, 3.txt, written
    summaries = [line.split("：")[0] for line in captured.out.splitlines() if "个项目，" in line]
    assert summaries == [str(inbox / "1.JSON"), str(inbox / "b单位" / "2.json")]
    summary = list(openpyxl.load_workbook(report)["汇总"].iter_rows(values_only=True))
    files = [row[2] for row in summary[3:] if isinstance(row[0], int)]
    assert files == [str(inbox / "1.JSON"), str(inbox / "b单位" / "2.json")]
    unreadable = [row[0] for row in summary if isinstance(row[0], str) and row[0].startswith(str(inbox))]
    assert any("bad.xlsx" in text for text in unreadable)
    assert any("3.txt" in text for text in unreadable)


def test_validate_clean_folder_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    json_format.save(clean_document(), tmp_path / "a.json")
    assert main(["validate", str(tmp_path)]) == 0
    assert "a.json：1 个项目" in capsys.readouterr().out


def test_validate_empty_folder_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "readme.docx").write_bytes(b"x")
    assert main(["validate", str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "没有可检查的文件" in err[0]


def test_unwritable_report_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    clean = tmp_path / "clean.json"
    json_format.save(clean_document(), clean)
    assert main(["validate", str(clean), "--report", str(tmp_path / "no" / "r.xlsx")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "r.xlsx" in err[0] and "无法保存" in err[0]


def test_running_out_of_memory_is_one_chinese_line_and_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file far larger than it looks (the reader runs out of memory): no traceback."""
    import jxeditor.cli.convert as cli

    def exhausted(source: str, target: str) -> int:
        raise MemoryError

    monkeypatch.setattr(cli, "cmd_convert", exhausted)
    out = tmp_path / "out.json"
    assert main(["convert", "huge.json", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "内存不足" in err and "huge.json" in err and "Traceback" not in err
    assert not out.exists()


def test_validate_names_an_unnamed_project_by_its_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = clean_document()
    unnamed = clean_document().projects[0]
    unnamed.code, unnamed.name = "102001002", ""
    unnamed.indicators[0].children[0].children[0].value = "≥80平方米"
    doc.projects.append(unnamed)
    path = tmp_path / "two.json"
    json_format.save(doc, path)
    main(["validate", str(path)])
    out = capsys.readouterr().out
    assert "two.json：第 2 个项目：项目名称：" in out and "第 1 个项目" not in out
