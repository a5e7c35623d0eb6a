"""``jxeditor suggest``'s arguments: what the parser and the help need, without the
readers and the indicator library, which :mod:`jxeditor.cli.library` (the command itself)
imports; :func:`run` imports it when the command runs."""

from __future__ import annotations

import argparse
from typing import Any

COMMANDS: tuple[str, ...] = ("suggest",)


def add_commands(sub: Any) -> None:
    """Adds ``suggest`` to the command line's subparsers."""
    cmd = sub.add_parser("suggest", help="按一级、二级指标和项目名称推荐三级指标及指标值")
    cmd.add_argument("--level1", required=True, metavar="一级指标")
    cmd.add_argument("--level2", default="", metavar="二级指标")
    cmd.add_argument("--project", default="", metavar="项目名称")
    cmd.add_argument("--learn", action="append", default=[], metavar="文件",
                     help="先把该文件的指标学入本机指标库（可重复）")
    cmd.add_argument("--no-user-library", action="store_true",
                     help="不读也不写本机指标库（只用自带指标库和 --learn 的文件）")
    cmd.add_argument("-n", type=int, default=10, metavar="N", help="最多推荐几条（默认 10）")
    cmd.add_argument("--json", action="store_true", help="以 JSON 数组输出")


def run(args: argparse.Namespace) -> int:
    """Runs ``suggest`` as parsed."""
    from jxeditor.cli import library

    return library.run(args)
