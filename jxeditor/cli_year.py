"""The year-cycle commands: ``jxeditor score`` and ``jxeditor derive`` (``docs/year-cycle.md``).

``score FILE... [--json] [--rules 2020-10|linear-cap]`` prints, per project, every
indicator's 分值 and 得分, the execution rate and its score, the total and the grade
(``--rules`` overrides the document's rule set; numbers as decimal strings in
``--json``). While an indicator is not scored there is no grade: ``总分（未完成：N
项未评分）``, and in ``--json`` ``"grade": null`` with the ``"unscored"`` indicators'
paths (names, as in ``"indicators"``). ``derive monitoring|evaluation IN OUT`` writes the next stage's file.
:mod:`jxeditor.cli` adds these commands to its parser and runs them; exit status as
there: 0, or 2 when a file cannot be read or written (one line on stderr).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from jxeditor.document.derive import DERIVED_STAGES, derive_stage
from jxeditor.document.model import Project
from jxeditor.document.stages import EVALUATION, SCORING_RULES, STAGE_LABELS
from jxeditor.errors import FileFormatError
from jxeditor.formats.atomic import check_output
from jxeditor.formats.documents import load_document, save_document
from jxeditor.scoring.numbers import text
from jxeditor.scoring.project import (
    BAD_ACTUAL,
    BAD_TARGET,
    NO_ACTUAL,
    UNIT_MISMATCH,
    IndicatorScore,
    ProjectScore,
    names_of,
    score_document,
    unfinished_text,
)

COMMANDS: tuple[str, ...] = ("score", "derive")
EXIT_OK, EXIT_FILE = 0, 2
SEP = " / "
_WHY_NOT = {
    NO_ACTUAL: "未填实际完成值",
    BAD_ACTUAL: "实际完成值无法计分",
    BAD_TARGET: "年度指标值无法计分",
    UNIT_MISMATCH: "单位不同，未计分",
}


def add_commands(sub: Any) -> None:
    """Adds ``score`` and ``derive`` to the command line's subparsers."""
    score = sub.add_parser("score", help="按自评规则计算各项目的分值、得分、总分和等级")
    score.add_argument("files", nargs="+", metavar="文件")
    score.add_argument("--json", action="store_true", help="以 JSON 数组输出得分")
    score.add_argument("--rules", choices=SCORING_RULES, help="评分规则（默认按文档中的设置）")
    derive = sub.add_parser("derive", help="由目标表生成运行监控表或自评表文件")
    derive.add_argument("stage", choices=DERIVED_STAGES, metavar="阶段",
                        help="monitoring（运行监控）或 evaluation（自评）")
    derive.add_argument("source", metavar="输入文件")
    derive.add_argument("target", metavar="输出文件")


def run(args: argparse.Namespace) -> int:
    """Runs ``score`` or ``derive`` as parsed."""
    if args.command == "score":
        return cmd_score(args.files, args.json, args.rules)
    return cmd_derive(args.stage, args.source, args.target)


def _say(stream: TextIO, line: str) -> None:
    stream.write(line + "\n")


def _score_text(s: IndicatorScore) -> str:
    if s.score is None:
        return f"得分 —（{_WHY_NOT.get(s.status, s.status)}）"
    mark = "（自填）" if s.score_by_user else ""
    return f"得分 {text(s.score)}{mark}"


def score_rows(
    name: str, projects: list[Project], scores: list[ProjectScore]
) -> list[dict[str, Any]]:
    """The ``--json`` objects of one file."""
    return [
        {
            "file": name,
            "project": project.name,
            "indicators": [
                {"path": list(names_of(project, s.path)), "points": text(s.points),
                 "score": text(s.score) if s.score is not None else None}
                for s in result.indicators
            ],
            "execution": {
                "rate": text(result.execution.rate) if result.execution.rate is not None else None,
                "points": text(result.execution.points),
                "score": text(result.execution.score),
            },
            "total": text(result.total),
            "grade": result.grade,  # null while an indicator is not scored
            "unscored": [list(names_of(project, path)) for path in result.unscored],
        }
        for project, result in zip(projects, scores, strict=True)
    ]


def _print_scores(
    name: str, rules: str, projects: list[Project], scores: list[ProjectScore]
) -> None:
    for index, (project, result) in enumerate(zip(projects, scores, strict=True)):
        title = project.name or f"第 {index + 1} 个项目"
        _say(sys.stdout, f"{name}：{title}（评分规则 {rules}）")
        for s in result.indicators:
            names = names_of(project, s.path)
            _say(sys.stdout, f"  {SEP.join(n or '（未命名）' for n in names)}："
                             f"分值 {text(s.points)}，{_score_text(s)}")
        ex = result.execution
        rate = f"{text(ex.rate * 100)}%" if ex.rate is not None else "—（未填预算数或执行数）"
        _say(sys.stdout, f"  预算执行率 {rate}：分值 {text(ex.points)}，得分 {text(ex.score)}")
        if result.grade is None:
            _say(sys.stdout, f"  {unfinished_text(len(result.unscored))}，无自评等级")
        else:
            _say(sys.stdout, f"  总分 {text(result.total)}，自评等级 {result.grade}")


def cmd_score(files: list[str], as_json: bool, rules: str | None) -> int:
    status = EXIT_OK
    rows: list[dict[str, Any]] = []
    for name in files:
        try:
            doc, notices = load_document(name)
        except FileFormatError as error:
            _say(sys.stderr, str(error))
            status = EXIT_FILE
            continue
        for notice in notices:
            _say(sys.stderr, f"{name}：提示：{notice}")
        if doc.stage != EVALUATION:
            _say(sys.stderr, f"{name}：提示：文档处于“{STAGE_LABELS.get(doc.stage, doc.stage)}”"
                             "阶段，未填实际完成值的指标不得分（可先 jxeditor derive evaluation）")
        chosen = rules or doc.scoring
        scores = score_document(doc, chosen)
        if as_json:
            rows.extend(score_rows(name, doc.projects, scores))
        else:
            _print_scores(name, chosen, doc.projects, scores)
    if as_json:
        _say(sys.stdout, json.dumps(rows, ensure_ascii=False, indent=2))
    return status


def cmd_derive(stage: str, source: str, target: str) -> int:
    try:
        check_output(target, [source])
        doc, notices = load_document(source)
        for notice in notices:
            _say(sys.stderr, f"{source}：提示：{notice}")
        for notice in save_document(derive_stage(doc, stage, copy_first=False), target):  # text cut in .xlsx cells
            _say(sys.stderr, f"{target}：提示：{notice}")
    except FileFormatError as error:
        _say(sys.stderr, str(error))
        return EXIT_FILE
    return EXIT_OK
