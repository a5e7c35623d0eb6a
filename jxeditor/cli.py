"""The command line: ``jxeditor validate FILE|DIR... [--json] [--report OUT.xlsx]`` and
``jxeditor convert IN OUT`` (``score`` and ``derive`` are in :mod:`jxeditor.cli_year`,
``next-year`` and ``diff`` in :mod:`jxeditor.cli_yearly`). ``convert`` writes ``.json``,
``.xlsx`` or ``.pdf`` (the forms on A4 pages, drawn by Qt in a child process:
:mod:`jxeditor.formats.pdf_child`).

``validate`` takes files and folders: a folder stands for every readable file under it
(``.json .txt .tsv .xlsx .xlsm .xls .ods``, in subfolders too, sorted by path; hidden
files, Office lock files ``~$…`` and an earlier report of the same name are skipped).
``--report`` writes
the 审核意见 workbook (:mod:`jxeditor.formats.xlsx.review_report`) of every file that
could be read, and lists the others in it; ``--report OUT.pdf`` the same sheets as PDF
(drawn in a child process, :mod:`jxeditor.formats.pdf_child`).

Exit status: 0 when no file has an error, 1 when a problem of severity error (错误) or
todo (待填: a required field still empty, which the bureau rejects as surely) was found
(:attr:`~jxeditor.rules.tally.Tally.fails`),
2 when a file cannot be read or written (one line on stderr naming the file, no
traceback, the output file not created or changed; the other files are still checked
and reported, and 2 wins over 1). Warnings (警告) and infos (提示) leave the status at 0.

Every command that writes refuses, before reading anything, an output that is one of
its inputs (:func:`jxeditor.formats.atomic.check_output`: ``convert a.json a.json``,
``validate a.xlsx --report a.xlsx``) and a report or 修改说明 with another extension
than it is written in; exit status 2, nothing written.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn, TextIO

import openpyxl

from jxeditor import __version__, cli_library, cli_year, cli_yearly
from jxeditor.errors import FileFormatError
from jxeditor.formats.atomic import check_output
from jxeditor.formats.child_reader import CHILD_FLAG, child_main
from jxeditor.formats.documents import READ_SUFFIXES, load_document, save_document
from jxeditor.formats.pdf_child import convert_to_pdf, review_to_pdf
from jxeditor.formats.xlsx.review_report import (
    SUMMARY_SHEET,
    SUMMARY_TITLE,
    ReviewedFile,
    save_review_report,
)
from jxeditor.rules.engine import validate
from jxeditor.rules.problems import ERROR, INFO, SEVERITY_TEXT, TODO, WARNING
from jxeditor.rules.tally import Tally

EXIT_OK, EXIT_PROBLEMS, EXIT_FILE = 0, 1, 2


def summary(name: str, projects: int, tally: Tally) -> str:
    """``FILE：12 个项目，0 个错误，13 个警告，0 个提示，1 个待填`` (and ``，2 个已确认``
    when warnings were confirmed as intended: those are not counted as warnings)."""
    parts = "，".join(f"{tally.count(s)} 个{SEVERITY_TEXT[s]}" for s in (ERROR, WARNING, INFO, TODO))
    if tally.acknowledged:
        parts += f"，{tally.acknowledged} 个已确认"
    return f"{name}：{projects} 个项目，{parts}"


class _Parser(argparse.ArgumentParser):
    """argparse with its usage errors in Chinese and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_FILE, f"jxeditor：命令参数有误：{message}\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="jxeditor", description="预算项目绩效目标表：检查与格式转换")
    parser.add_argument("--version", action="version", version=f"jxeditor {__version__}")
    parser.add_argument(
        "--bom", action="store_true",
        help="输出重定向到文件时在开头写 UTF-8 BOM（旧版记事本据此识别编码）",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="命令")
    check = sub.add_parser("validate", help="检查文件中的绩效目标表，列出问题")
    check.add_argument("files", nargs="+", metavar="文件", help="文件或文件夹（检查其中所有可读的文件）")
    check.add_argument("--json", action="store_true", help="以 JSON 数组输出问题")
    check.add_argument("--report", metavar="审核意见.xlsx",
                       help="另写出审核意见工作簿（每个文件一张表，另有汇总表）；扩展名为 .pdf 时写出 PDF")
    conv = sub.add_parser("convert", help="按扩展名转换格式（.json .xlsx .xls .ods .txt → .json .xlsx .pdf）")
    conv.add_argument("source", metavar="输入文件")
    conv.add_argument("target", metavar="输出文件")
    cli_year.add_commands(sub)  # score, derive
    cli_library.add_commands(sub)  # suggest
    cli_yearly.add_commands(sub)  # next-year, diff
    return parser


def _say(stream: TextIO, text: str) -> None:
    stream.write(text + "\n")


def expand_folders(names: Sequence[str], skip: str | None = None) -> tuple[list[str], bool]:
    """The files named, a folder replaced by the readable files under it (sorted; hidden
    files, Office lock files ``~$…`` and ``skip`` left out), and False when a folder
    held none (said on stderr)."""
    skipped = Path(skip).resolve() if skip else None
    files: list[str] = []
    complete = True
    for name in names:
        if not os.path.isdir(name):
            files.append(name)
            continue
        found = sorted(
            p for p in Path(name).rglob("*")
            if p.suffix.lower() in READ_SUFFIXES and p.is_file()
            and not any(part.startswith((".", "~$")) for part in p.relative_to(name).parts)
            and p.resolve() != skipped
        )
        files.extend(str(p) for p in found)
        if not found:
            _say(sys.stderr, f"文件夹“{name}”：其中没有可检查的文件（{' '.join(READ_SUFFIXES)}）")
            complete = False
    return files, complete


REPORT_SUFFIXES = (".xlsx", ".pdf")


def is_review_report(path: str) -> bool:
    """Whether ``path`` is a 审核意见 workbook (its sheet 汇总 starts with the title)."""
    try:
        book = openpyxl.load_workbook(path, read_only=True)
    except Exception:  # not a workbook, or a damaged one: not a report of ours
        return False
    try:
        sheet = book[SUMMARY_SHEET] if SUMMARY_SHEET in book.sheetnames else None
        return sheet is not None and next(
            sheet.iter_rows(max_row=1, max_col=1, values_only=True), (None,))[0] == SUMMARY_TITLE
    except Exception:
        return False
    finally:
        book.close()


def _earlier_report(report: str | None) -> str | None:
    """``report`` when a file there may be skipped in a folder: none yet, an earlier
    审核意见 workbook or a file that is no document; any other file there is one of the
    files to check (and so refused as the report)."""
    if report is None or not os.path.isfile(report):
        return report
    if is_review_report(report):
        return report
    try:
        load_document(report)
    except (FileFormatError, MemoryError):
        return report
    return None


def cmd_validate(files: Sequence[str], as_json: bool, report: str | None = None) -> int:
    names, complete = expand_folders(files, _earlier_report(report))
    if report is not None:
        try:
            check_output(report, names, REPORT_SUFFIXES)
        except FileFormatError as error:
            _say(sys.stderr, str(error))
            return EXIT_FILE
    status = EXIT_OK if complete else EXIT_FILE
    rows: list[dict[str, str | None]] = []
    checked: list[ReviewedFile] = []
    unreadable: list[tuple[str, str]] = []
    for name in names:
        try:
            doc, notices = load_document(name)
        except FileFormatError as error:
            _say(sys.stderr, str(error))
            unreadable.append((name, "：".join(t for t in (error.place, error.message) if t)))
            status = EXIT_FILE
            continue
        for notice in notices:
            _say(sys.stderr, f"{name}：提示：{notice}")
        problems = validate(doc)
        checked.append(ReviewedFile(name, doc, problems, tuple(notices)))
        tally = Tally.of(problems)
        if tally.fails and status == EXIT_OK:
            status = EXIT_PROBLEMS
        if as_json:
            rows.extend(p.to_json(name) for p in problems)
            continue
        numbers = {id(project): n for n, project in enumerate(doc.projects, start=1)}
        for p in problems:
            _say(
                sys.stdout,
                f"{name}：{p.project_name or f'第 {numbers[id(p.project)]} 个项目'}：{p.location}："
                f"{p.severity_text}［{p.code}］{p.message}",
            )
        _say(sys.stdout, summary(name, len(doc.projects), tally))
    if as_json:
        _say(sys.stdout, json.dumps(rows, ensure_ascii=False, indent=2))
    if report is not None:
        if Path(report).suffix.lower() == ".pdf":  # drawn by Qt, in a child process
            written, lines = review_to_pdf(names, report)
            for line in lines:
                _say(sys.stderr, line)
            if written != EXIT_OK:
                return EXIT_FILE
        else:
            try:
                save_review_report(report, checked, unreadable)
            except FileFormatError as error:
                _say(sys.stderr, str(error))
                return EXIT_FILE
        _say(sys.stderr, f"审核意见已写入：{report}")
    return status


def cmd_convert(source: str, target: str) -> int:
    try:
        check_output(target, [source])
    except FileFormatError as error:
        _say(sys.stderr, str(error))
        return EXIT_FILE
    if Path(target).suffix.lower() == ".pdf":  # drawn by Qt, in a child process
        status, lines = convert_to_pdf(source, target)
        for line in lines:
            _say(sys.stderr, line)
        return status
    try:
        doc, notices = load_document(source)
        for notice in notices:
            _say(sys.stderr, f"{source}：提示：{notice}")
        for notice in save_document(doc, target):  # text cut in visible cells (.xlsx)
            _say(sys.stderr, f"{target}：提示：{notice}")
    except FileFormatError as error:
        _say(sys.stderr, str(error))
        return EXIT_FILE
    return EXIT_OK


def _interactive(stream: TextIO) -> bool:
    """True when ``stream`` is a console or terminal (not a file or a pipe)."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def _set_encoding(stream: TextIO, utf8: bool) -> None:
    """UTF-8 (``utf8``) or the stream's own encoding; characters it cannot hold become
    ``?`` rather than an error."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is None:
        return
    if utf8:
        reconfigure(encoding="utf-8", errors="replace")
    else:
        reconfigure(errors="replace")


def configure_output(as_json: bool = False, bom: bool = False) -> None:
    """The encoding of what the command line writes.

    A console or terminal gets its own encoding (what it shows). Output redirected to a
    file or a pipe is UTF-8, whatever the code page (GBK on a Chinese Windows, 1252 on an
    English one), so that it is the same file on every PC; ``--bom`` puts a UTF-8 BOM in
    front of it for Notepad users. ``--json`` is always UTF-8.
    """
    _set_encoding(sys.stderr, utf8=not _interactive(sys.stderr))
    redirected = not _interactive(sys.stdout)
    _set_encoding(sys.stdout, utf8=as_json or redirected)
    if bom and redirected:
        sys.stdout.write("\ufeff")


def _inputs(args: argparse.Namespace) -> str:
    """The files a command was given, for a message (“文件 a.json、b.xlsx”)."""
    names = [str(getattr(args, name)) for name in ("source", "input", "old", "new", "file")
             if getattr(args, name, None)]
    names += [str(f) for f in getattr(args, "files", None) or []]
    return f"文件 {'、'.join(names)}" if names else "输入"


def main(argv: Sequence[str] | None = None) -> int:
    if list(sys.argv[1:] if argv is None else argv) == [CHILD_FLAG]:
        child_main()  # the editor's workbook reader in the packaged program
        return EXIT_OK
    configure_output()  # usage errors already in the right encoding
    args = _parser().parse_args(argv)
    configure_output(as_json=getattr(args, "json", False), bom=args.bom)
    try:
        if args.command == "validate":
            return cmd_validate(args.files, args.json, args.report)
        if args.command in cli_year.COMMANDS:
            return cli_year.run(args)
        if args.command in cli_library.COMMANDS:
            return cli_library.run(args)
        if args.command in cli_yearly.COMMANDS:
            return cli_yearly.run(args)
        return cmd_convert(args.source, args.target)
    except KeyboardInterrupt:
        return 130
    except MemoryError:  # a file far larger than its size suggests: one line, no traceback
        print(f"jxeditor：内存不足，无法处理{_inputs(args)}（文件过大或是异常构造的）；未写入任何文件",
              file=sys.stderr)
        return EXIT_FILE
    except BrokenPipeError:  # the reader (head, more) stopped reading: no traceback
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
