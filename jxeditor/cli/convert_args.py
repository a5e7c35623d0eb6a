"""``jxeditor convert``'s arguments: what the parser and the help need, without the
readers and writers, which :mod:`jxeditor.cli.convert` (the command itself) imports;
:func:`run` imports it when the command runs."""

from __future__ import annotations

import argparse
from typing import Any

COMMANDS: tuple[str, ...] = ("convert",)


def add_commands(sub: Any) -> None:
    """Adds ``convert`` to the command line's subparsers."""
    conv = sub.add_parser("convert", help="按扩展名转换格式（.json .xlsx .xls .ods .txt → .json .xlsx .pdf）")
    conv.add_argument("source", metavar="输入文件")
    conv.add_argument("target", metavar="输出文件")


def run(args: argparse.Namespace) -> int:
    """Runs ``convert`` as parsed."""
    from jxeditor.cli import convert

    return convert.run(args)
