"""The year-cycle commands (``docs/year-cycle.md``): ``jxeditor score``, ``derive``,
``next-year`` and ``diff``.

``score FILE... [--json] [--rules 2020-10|linear-cap]`` prints, per project, every
indicator's 分值 and 得分, the execution rate and its score, the total and the grade
(``--rules`` overrides the document's rule set; numbers as decimal strings in
``--json``). While an indicator is not scored there is no grade: ``总分（未完成：N
项未评分）``, and in ``--json`` ``"grade": null`` with the ``"unscored"`` indicators'
paths (names, as in ``"indicators"``). A document with a department block (部门整体) lists
it first, scored with the same rules (:func:`department_scores`; in ``--json`` its object
has ``"project": "部门整体"`` and ``"department"``, the department's name).
``derive monitoring|evaluation IN OUT`` writes the next stage's file. Exit status 0, or 2 when a file cannot be read or written (one line on
stderr).

``next-year IN OUT`` writes next year's document (:mod:`jxeditor.yearly.next_year`); the
projects left out (period ended) and those with an unclear period are listed on stderr.
Exit status: 0 when every project was carried over, 1 when the file was written but
projects were left out, 2 when a file cannot be read or written.

``diff OLD NEW [--json] [--xlsx OUT]`` lists what changed from OLD to NEW
(:mod:`jxeditor.yearly.compare`, §6), one line per change, or with ``--json`` a list of
``{"project", "change", "path", "old", "new"}``; ``--xlsx OUT`` also writes the 修改说明
workbook. Exit status as the Unix ``diff``: 0 when nothing changed, 1 when something
did, 2 when a file cannot be read or written.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from jxeditor.cli.output import EXIT_FILE, EXIT_OK, say
from jxeditor.document.department import DEPARTMENT_LABEL
from jxeditor.document.derive import derive_stage
from jxeditor.document.document import Document
from jxeditor.document.frameworks import load_frameworks
from jxeditor.document.model import Project
from jxeditor.document.stages import EVALUATION, STAGE_LABELS
from jxeditor.errors import FileFormatError
from jxeditor.formats.documents import load_document, save_document
from jxeditor.formats.xlsx.change_report import save_change_report
from jxeditor.scoring.department import department_project, score_department
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
from jxeditor.storage.atomic import check_output, os_error_text
from jxeditor.yearly.compare import Difference, compare
from jxeditor.yearly.next_year import next_year

EXIT_CHANGES = 1  # next-year: projects left out; diff: something changed
MAX_YEAR = 2200
SEP = " / "
_WHY_NOT = {
    NO_ACTUAL: "未填实际完成值",
    BAD_ACTUAL: "实际完成值无法计分",
    BAD_TARGET: "年度指标值无法计分",
    UNIT_MISMATCH: "单位不同，未计分",
}


def run(args: argparse.Namespace) -> int:
    """Runs ``score``, ``derive``, ``next-year`` or ``diff`` as parsed."""
    if args.command == "score":
        return cmd_score(args.files, args.json, args.rules)
    if args.command == "derive":
        return cmd_derive(args.stage, args.source, args.target)
    if args.command == "next-year":
        return cmd_next_year(args.source, args.target)
    return cmd_diff(args.old, args.new, args.json, args.xlsx)


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
        say(sys.stdout, f"{name}：{title}（评分规则 {rules}）")
        for s in result.indicators:
            names = names_of(project, s.path)
            say(sys.stdout, f"  {SEP.join(n or '（未命名）' for n in names)}："
                             f"分值 {text(s.points)}，{_score_text(s)}")
        ex = result.execution
        rate = f"{text(ex.rate * 100)}%" if ex.rate is not None else "—（未填预算数或执行数）"
        say(sys.stdout, f"  预算执行率 {rate}：分值 {text(ex.points)}，得分 {text(ex.score)}")
        if result.grade is None:
            say(sys.stdout, f"  {unfinished_text(len(result.unscored))}，无自评等级")
        else:
            say(sys.stdout, f"  总分 {text(result.total)}，自评等级 {result.grade}")


def department_scores(doc: Document, rules: str) -> tuple[list[Project], list[ProjectScore]]:
    """The department block as ``score`` lists it before the projects: seen as a project
    named 部门整体 (its tree, its 自评 funds' 合计 row) and its score; nothing without one."""
    dept = doc.department
    if dept is None:
        return [], []
    project = department_project(dept)
    project.name = DEPARTMENT_LABEL
    return [project], [score_department(dept, rules, load_frameworks())]


def cmd_score(files: list[str], as_json: bool, rules: str | None) -> int:
    status = EXIT_OK
    rows: list[dict[str, Any]] = []
    for name in files:
        try:
            doc, notices = load_document(name)
        except FileFormatError as error:
            say(sys.stderr, str(error))
            status = EXIT_FILE
            continue
        for notice in notices:
            say(sys.stderr, f"{name}：提示：{notice}")
        if doc.stage != EVALUATION:
            say(sys.stderr, f"{name}：提示：文档处于“{STAGE_LABELS.get(doc.stage, doc.stage)}”"
                             "阶段，未填实际完成值的指标不得分（可先 jxeditor derive evaluation）")
        chosen = rules or doc.scoring
        first, first_scores = department_scores(doc, chosen)
        projects, scores = first + doc.projects, first_scores + score_document(doc, chosen)
        if as_json:
            found = score_rows(name, projects, scores)
            if first and doc.department is not None:
                found[0]["department"] = doc.department.name
            rows.extend(found)
        else:
            _print_scores(name, chosen, projects, scores)
    if as_json:
        say(sys.stdout, json.dumps(rows, ensure_ascii=False, indent=2))
    return status


def cmd_derive(stage: str, source: str, target: str) -> int:
    try:
        check_output(target, [source])
        doc, notices = load_document(source)
        for notice in notices:
            say(sys.stderr, f"{source}：提示：{notice}")
        for notice in save_document(derive_stage(doc, stage, copy_first=False), target):  # text cut in .xlsx cells
            say(sys.stderr, f"{target}：提示：{notice}")
    except FileFormatError as error:
        say(sys.stderr, str(error))
        return EXIT_FILE
    return EXIT_OK


def cmd_next_year(source: str, target: str) -> int:
    try:
        check_output(target, [source])
        doc, notices = load_document(source)
        for notice in notices:
            say(sys.stderr, f"{source}：提示：{notice}")
        if doc.year >= MAX_YEAR:
            raise FileFormatError(source, f"预算年度 {doc.year} 已是本程序支持的最后一年")
        result = next_year(doc)
        for notice in save_document(result.document, target):  # text cut in .xlsx cells
            say(sys.stderr, f"{target}：提示：{notice}")
    except FileFormatError as error:
        say(sys.stderr, str(error))
        return EXIT_FILE
    for notice in result.notices():
        say(sys.stderr, f"{target}：提示：{notice}")
    return EXIT_CHANGES if result.left_out else EXIT_OK


def change_line(change: Difference) -> str:
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
        say(sys.stderr, str(error))
        return EXIT_FILE
    for name, notices in ((old_name, old_notices), (new_name, new_notices)):
        for notice in notices:
            say(sys.stderr, f"{name}：提示：{notice}")
    changes = compare(old, new)
    if xlsx:
        try:
            cut = save_change_report(changes, xlsx, old_name=Path(old_name).name,
                                     new_name=Path(new_name).name)
        except FileFormatError as error:
            say(sys.stderr, str(error))
            return EXIT_FILE
        except OSError as error:
            say(sys.stderr, f"{xlsx}：无法写入：{os_error_text(error)}")
            return EXIT_FILE
        for notice in cut:  # texts cleaned or cut in the cells
            say(sys.stderr, f"{xlsx}：提示：{notice}")
    if as_json:
        say(sys.stdout, json.dumps([c.to_json() for c in changes], ensure_ascii=False, indent=2))
    else:
        for change in changes:
            say(sys.stdout, change_line(change))
        say(sys.stdout, f"{old_name} → {new_name}：{len(changes)} 处修改")
    return EXIT_CHANGES if changes else EXIT_OK
