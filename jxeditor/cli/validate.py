"""``jxeditor validate FILE|DIR... [--json] [--report OUT.xlsx|OUT.pdf]``: the problems of
every file, and the 审核意见 report.

A folder stands for every readable file under it (``.json .txt .tsv .xlsx .xlsm .xls
.ods``, in subfolders too, sorted by path; hidden files, Office lock files ``~$…`` and an
earlier report of the same name are skipped). ``--report`` writes the 审核意见 workbook
(:mod:`jxeditor.formats.xlsx.review_report`) of every file that could be read, and lists
the others in it; ``--report OUT.pdf`` the same sheets as PDF (drawn in a child process,
:mod:`jxeditor.formats.pdf_child`).

Exit status: 0 when no file has an error, 1 when a problem of severity error (错误) or
todo (待填: a required field still empty, which the bureau rejects as surely) was found
(:attr:`~jxeditor.rules.tally.Tally.fails`), 2 when a file cannot be read or written
(one line on stderr naming the file, no traceback, the report not created or changed;
the other files are still checked and reported, and 2 wins over 1). Warnings (警告) and
infos (提示) leave the status at 0.

openpyxl and the report's writer are imported only with ``--report`` (or to tell whether
a file there is an earlier report): checking files needs the readers and the rules only.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from jxeditor.cli.output import EXIT_FILE, EXIT_OK, say
from jxeditor.errors import FileFormatError
from jxeditor.formats.documents import READ_SUFFIXES, load_document
from jxeditor.formats.pdf_child import review_to_pdf
from jxeditor.rules.engine import validate
from jxeditor.rules.problems import ERROR, INFO, SEVERITY_TEXT, TODO, WARNING
from jxeditor.rules.tally import Tally
from jxeditor.storage.atomic import check_output

if TYPE_CHECKING:
    from jxeditor.formats.xlsx.review_report import ReviewedFile

EXIT_PROBLEMS = 1


def run(args: argparse.Namespace) -> int:
    """Runs ``validate`` as parsed."""
    return cmd_validate(args.files, args.json, args.report)


def summary(name: str, projects: int, tally: Tally) -> str:
    """``FILE：12 个项目，0 个错误，13 个警告，0 个提示，1 个待填`` (and ``，2 个已确认``
    when warnings were confirmed as intended: those are not counted as warnings)."""
    parts = "，".join(f"{tally.count(s)} 个{SEVERITY_TEXT[s]}" for s in (ERROR, WARNING, INFO, TODO))
    if tally.acknowledged:
        parts += f"，{tally.acknowledged} 个已确认"
    return f"{name}：{projects} 个项目，{parts}"


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
            say(sys.stderr, f"文件夹“{name}”：其中没有可检查的文件（{' '.join(READ_SUFFIXES)}）")
            complete = False
    return files, complete


REPORT_SUFFIXES = (".xlsx", ".pdf")


def is_review_report(path: str) -> bool:
    """Whether ``path`` is a 审核意见 workbook (its sheet 汇总 starts with the title)."""
    import openpyxl  # here, not above: see the module's docstring

    from jxeditor.formats.xlsx.review_report import SUMMARY_SHEET, SUMMARY_TITLE

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
            say(sys.stderr, str(error))
            return EXIT_FILE
    status = EXIT_OK if complete else EXIT_FILE
    rows: list[dict[str, str | None]] = []
    checked: list[ReviewedFile] = []
    if report is not None:  # here, not above: see the module's docstring
        from jxeditor.formats.xlsx.review_report import ReviewedFile, save_review_report
    unreadable: list[tuple[str, str]] = []
    for name in names:
        try:
            doc, notices = load_document(name)
        except FileFormatError as error:
            say(sys.stderr, str(error))
            unreadable.append((name, "：".join(t for t in (error.place, error.message) if t)))
            status = EXIT_FILE
            continue
        for notice in notices:
            say(sys.stderr, f"{name}：提示：{notice}")
        problems = validate(doc)
        if report is not None:
            checked.append(ReviewedFile(name, doc, problems, tuple(notices)))
        tally = Tally.of(problems)
        if tally.fails and status == EXIT_OK:
            status = EXIT_PROBLEMS
        if as_json:
            rows.extend(p.to_json(name) for p in problems)
            continue
        numbers = {id(project): n for n, project in enumerate(doc.projects, start=1)}
        for p in problems:
            say(
                sys.stdout,
                f"{name}：{p.project_name or f'第 {numbers.get(id(p.project), 0)} 个项目'}：{p.location}："
                f"{p.severity_text}［{p.code}］{p.message}",
            )
        say(sys.stdout, summary(name, len(doc.projects), tally))
    if as_json:
        say(sys.stdout, json.dumps(rows, ensure_ascii=False, indent=2))
    if report is not None:
        if Path(report).suffix.lower() == ".pdf":  # drawn by Qt, in a child process
            written, lines = review_to_pdf(names, report)
            for line in lines:
                say(sys.stderr, line)
            if written != EXIT_OK:
                return EXIT_FILE
        else:
            try:
                for notice in save_review_report(report, checked, unreadable):  # text cut
                    say(sys.stderr, f"{report}：提示：{notice}")
            except FileFormatError as error:
                say(sys.stderr, str(error))
                return EXIT_FILE
        say(sys.stderr, f"审核意见已写入：{report}")
    return status
