"""``jxeditor validate``'s arguments: what the parser and the help need, without the
readers, the rules and openpyxl, which :mod:`jxeditor.cli.validate` (the command itself)
imports; :func:`run` imports it when the command runs."""

from __future__ import annotations

import argparse
from typing import Any

COMMANDS: tuple[str, ...] = ("validate",)


def add_commands(sub: Any) -> None:
    """Adds ``validate`` to the command line's subparsers."""
    check = sub.add_parser("validate", help="检查文件中的绩效目标表，列出问题")
    check.add_argument("files", nargs="+", metavar="文件", help="文件或文件夹（检查其中所有可读的文件）")
    check.add_argument("--json", action="store_true", help="以 JSON 数组输出问题")
    check.add_argument("--report", metavar="审核意见.xlsx",
                       help="另写出审核意见工作簿（每个文件一张表，另有汇总表）；扩展名为 .pdf 时写出 PDF")


def run(args: argparse.Namespace) -> int:
    """Runs ``validate`` as parsed."""
    from jxeditor.cli import validate

    return validate.run(args)
