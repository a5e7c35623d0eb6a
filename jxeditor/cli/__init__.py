"""The command line: ``jxeditor COMMAND …``, two modules per group of commands.

:mod:`~jxeditor.cli.validate` (``validate``: problems and the 审核意见 report),
:mod:`~jxeditor.cli.convert` (``convert``), :mod:`~jxeditor.cli.year` (the year cycle:
``score``, ``derive``, ``next-year``, ``diff``) and :mod:`~jxeditor.cli.library`
(``suggest``) do the work; what they share (exit statuses, the output's encoding) is in
:mod:`~jxeditor.cli.output`. Each group's arguments are in its ``…_args`` module
(``COMMANDS``, ``add_commands(subparsers)`` and ``run(args)``, which imports the group's
module): :func:`main` builds the parser from them and runs the one named, so that
``--version``, the help and a usage error import none of the readers, rules or scoring,
and a command only its own group's (tests/cli/test_start_imports.py). The packaged
editor's workbook reader (``jxeditor-cli --read-workbook-child``,
:data:`jxeditor.formats.CHILD_FLAG`) is checked for first and imports only the reader.

Exit status 2 when a file cannot be read or written (one line on stderr naming the
file, no traceback), for usage errors too; 1 and 0 as each command says.

Every command that writes refuses, before reading anything, an output that is one of
its inputs (:func:`jxeditor.storage.atomic.check_output`: ``convert a.json a.json``,
``validate a.xlsx --report a.xlsx``) and a report or 修改说明 with another extension
than it is written in; exit status 2, nothing written.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from jxeditor import __version__
from jxeditor.cli import convert_args, library_args, validate_args, year_args
from jxeditor.cli.output import EXIT_FILE, EXIT_OK, configure_output
from jxeditor.formats import CHILD_FLAG

GROUPS = (validate_args, convert_args, year_args, library_args)


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
    for group in GROUPS:
        group.add_commands(sub)
    return parser


def _inputs(args: argparse.Namespace) -> str:
    """The files a command was given, for a message (“文件 a.json、b.xlsx”)."""
    names = [str(getattr(args, name)) for name in ("source", "input", "old", "new", "file")
             if getattr(args, name, None)]
    names += [str(f) for f in getattr(args, "files", None) or []]
    return f"文件 {'、'.join(names)}" if names else "输入"


def main(argv: Sequence[str] | None = None) -> int:
    """Runs the command line on ``argv`` (``sys.argv[1:]`` when None); the exit status."""
    if list(sys.argv[1:] if argv is None else argv) == [CHILD_FLAG]:
        from jxeditor.formats.child_reader import child_main

        child_main()  # the editor's workbook reader in the packaged program
        return EXIT_OK
    configure_output()  # usage errors already in the right encoding
    args = _parser().parse_args(argv)
    configure_output(as_json=getattr(args, "json", False), bom=args.bom)
    try:
        status: int = next(g for g in GROUPS if args.command in g.COMMANDS).run(args)
        return status
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

