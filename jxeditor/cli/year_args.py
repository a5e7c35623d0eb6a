"""The year-cycle commands' arguments (``score``, ``derive``, ``next-year``, ``diff``): what
the parser and the help need, without the readers, the scoring and the comparison, which
:mod:`jxeditor.cli.year` (the commands themselves) imports; :func:`run` imports it when
one of them runs."""

from __future__ import annotations

import argparse
from typing import Any

from jxeditor.document.stages import DERIVED_STAGES, SCORING_RULES

COMMANDS: tuple[str, ...] = ("score", "derive", "next-year", "diff")


def add_commands(sub: Any) -> None:
    """Adds ``score``, ``derive``, ``next-year`` and ``diff`` to the command line's subparsers."""
    score = sub.add_parser("score", help="按自评规则计算各项目的分值、得分、总分和等级")
    score.add_argument("files", nargs="+", metavar="文件")
    score.add_argument("--json", action="store_true", help="以 JSON 数组输出得分")
    score.add_argument("--rules", choices=SCORING_RULES, help="评分规则（默认按文档中的设置）")
    derive = sub.add_parser("derive", help="由目标表生成运行监控表或自评表文件")
    derive.add_argument("stage", choices=DERIVED_STAGES, metavar="阶段",
                        help="monitoring（运行监控）或 evaluation（自评）")
    derive.add_argument("source", metavar="输入文件")
    derive.add_argument("target", metavar="输出文件")
    nxt = sub.add_parser("next-year", help="由本年度文件生成下一年度的目标表文件")
    nxt.add_argument("source", metavar="输入文件")
    nxt.add_argument("target", metavar="输出文件")
    diff = sub.add_parser("diff", help="列出两个版本之间的修改（可写成修改说明工作簿）")
    diff.add_argument("old", metavar="原文件")
    diff.add_argument("new", metavar="新文件")
    diff.add_argument("--json", action="store_true", help="以 JSON 数组输出修改")
    diff.add_argument("--xlsx", metavar="修改说明.xlsx", help="同时写出修改说明工作簿")


def run(args: argparse.Namespace) -> int:
    """Runs ``score``, ``derive``, ``next-year`` or ``diff`` as parsed."""
    from jxeditor.cli import year

    return year.run(args)
