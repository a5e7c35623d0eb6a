"""``jxeditor next-year IN OUT`` and ``jxeditor diff OLD NEW [--json] [--xlsx OUT]``
(``docs/year-cycle.md`` §6).

``next-year`` writes next year's document (:mod:`jxeditor.yearly.next_year`); the
projects left out (period ended) and those with an unclear period are listed on stderr.
Exit status: 0 when every project was carried over, 1 when the file was written but
projects were left out, 2 when a file cannot be read or written.

``diff`` lists what changed from OLD to NEW (:mod:`jxeditor.yearly.compare`), one line
per change, or with ``--json`` a list of ``{"project", "change", "path", "old", "new"}``;
``--xlsx OUT`` also writes the 修改说明 workbook. Exit status as the Unix ``diff``: 0
when nothing changed, 1 when something did, 2 when a file cannot be read or written.
:mod:`jxeditor.cli` adds these commands to its parser and runs them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from jxeditor.errors import FileFormatError
from jxeditor.formats.documents import load_document, save_document
from jxeditor.formats.xlsx.change_report import save_change_report
from jxeditor.storage.atomic import check_output, os_error_text
from jxeditor.yearly.compare import Change, compare
from jxeditor.yearly.next_year import next_year

COMMANDS: tuple[str, ...] = ("next-year", "diff")
EXIT_OK, EXIT_CHANGES, EXIT_FILE = 0, 1, 2
MAX_YEAR = 2200


def add_commands(sub: Any) -> None:
    """Adds ``next-year`` and ``diff`` to the command line's subparsers."""
    nxt = sub.add_parser("next-year", help="由本年度文件生成下一年度的目标表文件")
    nxt.add_argument("source", metavar="输入文件")
    nxt.add_argument("target", metavar="输出文件")
    diff = sub.add_parser("diff", help="列出两个版本之间的修改（可写成修改说明工作簿）")
    diff.add_argument("old", metavar="原文件")
    diff.add_argument("new", metavar="新文件")
    diff.add_argument("--json", action="store_true", help="以 JSON 数组输出修改")
    diff.add_argument("--xlsx", metavar="修改说明.xlsx", help="同时写出修改说明工作簿")


def run(args: argparse.Namespace) -> int:
    """Runs ``next-year`` or ``diff`` as parsed."""
    if args.command == "next-year":
        return cmd_next_year(args.source, args.target)
    return cmd_diff(args.old, args.new, args.json, args.xlsx)


def _say(stream: TextIO, line: str) -> None:
    stream.write(line + "\n")


def cmd_next_year(source: str, target: str) -> int:
    try:
        check_output(target, [source])
        doc, notices = load_document(source)
        for notice in notices:
            _say(sys.stderr, f"{source}：提示：{notice}")
        if doc.year >= MAX_YEAR:
            raise FileFormatError(source, f"预算年度 {doc.year} 已是本程序支持的最后一年")
        result = next_year(doc)
        for notice in save_document(result.document, target):  # text cut in .xlsx cells
            _say(sys.stderr, f"{target}：提示：{notice}")
    except FileFormatError as error:
        _say(sys.stderr, str(error))
        return EXIT_FILE
    for notice in result.notices():
        _say(sys.stderr, f"{target}：提示：{notice}")
    return EXIT_CHANGES if result.left_out else EXIT_OK


def change_line(change: Change) -> str:
    """One change as ``diff`` prints it."""
    where = f"{change.project}：" if change.project else "文档："
    if change.old is None:
        return f"{where}{change.label}　{change.location}：{change.new or ''}"
    if change.new is None:
        return f"{where}{change.label}　{change.location}：{change.old}"
    return f"{where}{change.label}　{change.location}：{change.old or '（空）'} → {change.new or '（空）'}"


def cmd_diff(old_name: str, new_name: str, as_json: bool, xlsx: str | None) -> int:
    try:
        if xlsx:
            check_output(xlsx, [old_name, new_name], (".xlsx",))
        old, old_notices = load_document(old_name)
        new, new_notices = load_document(new_name)
    except FileFormatError as error:
        _say(sys.stderr, str(error))
        return EXIT_FILE
    for name, notices in ((old_name, old_notices), (new_name, new_notices)):
        for notice in notices:
            _say(sys.stderr, f"{name}：提示：{notice}")
    changes = compare(old, new)
    if xlsx:
        try:
            cut = save_change_report(changes, xlsx, old_name=Path(old_name).name,
                                     new_name=Path(new_name).name)
        except FileFormatError as error:
            _say(sys.stderr, str(error))
            return EXIT_FILE
        except OSError as error:
            _say(sys.stderr, f"{xlsx}：无法写入：{os_error_text(error)}")
            return EXIT_FILE
        for notice in cut:  # texts cleaned or cut in the cells
            _say(sys.stderr, f"{xlsx}：提示：{notice}")
    if as_json:
        _say(sys.stdout, json.dumps([c.to_json() for c in changes], ensure_ascii=False, indent=2))
    else:
        for change in changes:
            _say(sys.stdout, change_line(change))
        _say(sys.stdout, f"{old_name} → {new_name}：{len(changes)} 处修改")
    return EXIT_CHANGES if changes else EXIT_OK
