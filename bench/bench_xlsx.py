"""Benchmark: write and read a workbook, as ratios to plain baselines, and the large cases.

Baselines, run in the same process on the same data:

* reading: python-calamine reading every cell value of every sheet of the same file;
* writing: a plain openpyxl write (normal mode, ``ws.append``, no styling) of the same
  cell values into the same sheets.

Targets (issue 18.5): reading our own export ≤ 2× the calamine read, for the benchmark's
own document (``--projects``, 25 indicators a project) and for one of real tables with
long goal texts (``--long``: the projects of ``tests/fixtures/samples/dalian-hitech-
finance-2026.txt`` with the department's 总体绩效目标 added to their goals, repeated);
export ≤ 2× the plain write; ``--large`` projects (default 5,000) saved as .xlsx in
under 20 s and opened in the editor (the reader in its child process, as 文件 → 打开
does) in under 5 s. With ``--profile`` it also prints where the time of the export and
the import goes (cProfile, top entries).

Each time is the best of ``--repeat`` runs (default 3; the large case runs once), since
the machine may be busy. Run: ``.venv/bin/python bench/bench_xlsx.py [--projects N]
[--long N] [--large N] [--repeat N] [--profile]`` (``--long 0``/``--large 0`` skip those).
"""

from __future__ import annotations

import argparse
import copy
import cProfile
import io
import pstats
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openpyxl import Workbook
from python_calamine import CalamineWorkbook

from jxeditor.document.document import Document
from jxeditor.document.model import (
    Funding,
    FundingColumn,
    Goals,
    Indicator,
    Level1,
    Level2,
    Period,
    Project,
)
from jxeditor.formats import json_format
from jxeditor.formats.child_reader import read_workbook_isolated
from jxeditor.formats.tableimport import read_text_file
from jxeditor.formats.tables.result import document_from_tables
from jxeditor.formats.xlsx import reader as xlsx_import
from jxeditor.formats.xlsx import writer as xlsx_export
from jxeditor.formats.xlsx.common import META_SHEET
from jxeditor.formats.xlsx.sheet_plan import SheetPlan
from jxeditor.storage.gc_pause import paused_gc

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_JSON = ROOT / "resources" / "sample-dalian-2026.json"
SAMPLES = ROOT / "tests" / "fixtures" / "samples"
REAL_TABLES = SAMPLES / "dalian-hitech-finance-2026.txt"
LONG_GOAL_SOURCE = SAMPLES / "department-overall-and-coded-projects-2023.txt"

_L2 = {
    "产出指标": ("数量指标", "质量指标", "时效指标"),
    "成本指标": ("经济成本指标", "社会成本指标"),
    "效益指标": ("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"),
    "满意度指标": ("服务对象满意度指标",),
}
_NAMES = ("海创集团改造、修缮工程数量", "广源热力供热管网改造完成率", "项目验收合格率",
          "资金支付及时率", "超概算项目比例", "带动就业人数", "受益群众满意度", "设施正常运转率")
_VALUES = ("≥4个", "≥80%", "≤30%", "=100%", "≤1个", "≥95%", "按时", "≥90%")
_GOAL = ("依据高新区管委会工作要求，对海创集团承办的各类项目、广源热力有限公司高质量供热，提升供暖，"
         "节约能耗，管网维修改造，化解历史债务等项目提供专项资金支持，严格把控资金支付，"
         "采取有力举措加强管控，加快推进各类项目进度，保证工作质量。")


def _template_project(i: int) -> Project:
    indicators: list[Level1] = []
    n = 0
    for l1, l2s in _L2.items():
        level2s = []
        for l2 in l2s:
            count = 3 if l1 == "产出指标" else 2
            inds = [
                Indicator(
                    name=f"{_NAMES[(n + k) % len(_NAMES)]}{k + 1}",
                    value=_VALUES[(n + k) % len(_VALUES)],
                    description="本年度计划完成的工作量" if k == 0 and i % 3 == 0 else "",
                    basis="历年完成情况" if k == 0 and i % 3 == 0 else "",
                )
                for k in range(count)
            ]
            n += count
            level2s.append(Level2(l2, inds))
        indicators.append(Level1(l1, level2s))
    amount = Decimal(1000 + i * 37) / Decimal(100)
    return Project(
        code=f"{102001000 + i:09d}",
        name=f"财金局第{i + 1}号专项经费项目",
        attribute="延续项目",
        department="大连高新技术产业园区财政金融局",
        implementer="大连高新技术产业园区财政金融局",
        period=Period(date(2026, 1, 1), date(2026, 12, 31)),
        funding=Funding(FundingColumn(amount, amount, None), FundingColumn(amount, amount, None)),
        purpose="用于海创集团改造、修缮工程及广源热力供热管网改造。",
        spending_plan={"03": Decimal(30), "06": Decimal(50), "10": Decimal(80),
                       "12": Decimal(100)},
        goals=Goals(_GOAL, _GOAL),
        indicators=indicators,
    )


def _pad_indicators(project: Project, target: int) -> None:
    """Repeats a template's indicators (renamed) until it has about ``target`` of them."""
    groups = [l2 for l1 in project.indicators for l2 in l1.children if l2.children]
    if not groups:
        return
    n = sum(len(g.children) for g in groups)
    round_ = 1
    while n < target:
        for group in groups:
            if n >= target:
                break
            base = group.children[0]
            group.children.append(Indicator(f"{base.name}（{round_}）", base.value,
                                            base.description, base.basis))
            n += 1
        round_ += 1


def build_document(projects: int) -> Document:
    """A document of ``projects`` projects of about 25 indicators each."""
    templates: list[Project] = []
    if SAMPLE_JSON.exists():
        templates = json_format.load(SAMPLE_JSON).projects
    doc = Document(year=2026, reporting_unit="大连高新技术产业园区财政金融局", framework="2021")
    for i in range(projects):
        if templates:
            p = copy.deepcopy(templates[i % len(templates)])
            p.name = f"{p.name}（{i + 1}）"
            _pad_indicators(p, 25)
        else:
            p = _template_project(i)
        doc.projects.append(p)
    return doc


def department_goal() -> str:
    """The 总体绩效目标 paragraph of the department sample (a real long goal text)."""
    text = LONG_GOAL_SOURCE.read_text(encoding="utf-8")
    body = text.split("一、总体绩效目标", 1)[1].split("二、分项绩效目标", 1)[0]
    return "".join(line.strip() for line in body.splitlines())


def build_long_text_document(projects: int) -> Document:
    """``projects`` projects of real tables (the Dalian sample text, as imported), each
    goal text followed by the department's long 总体绩效目标."""
    templates = document_from_tables(read_text_file(REAL_TABLES)).projects
    goal = department_goal()
    doc = Document(year=2026, reporting_unit="大连高新技术产业园区财政金融局", framework="2021")
    for i in range(projects):
        p = copy.deepcopy(templates[i % len(templates)])
        p.name = f"{p.name}（{i + 1}）"
        p.goals = Goals(f"{p.goals.period}{goal}", f"{p.goals.annual}{goal}")
        doc.projects.append(p)
    return doc


def timed(fn: Callable[[], object], repeat: int = 1) -> float:
    """The best of ``repeat`` runs (the machine may be busy with other work)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def calamine_read_all(path: Path) -> int:
    """Baseline read: every cell value of every sheet with python-calamine."""
    wb = CalamineWorkbook.from_path(str(path))
    n = 0
    for name in wb.sheet_names:
        n += sum(len(r) for r in wb.get_sheet_by_name(name).to_python(skip_empty_area=False))
    return n


def plain_write(plans: list[SheetPlan]) -> bytes:
    """Baseline write: the same cell values, plain openpyxl, no styles, no merges."""
    wb = Workbook()
    wb.remove(wb.active)
    for plan in plans:
        ws = wb.create_sheet(plan.title)
        for row in plan.rows:
            ws.append([c[0] if c else None for c in row])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def read_visible_cells_only(path: Path) -> Document:
    """The import without the hidden exact copy: every sheet through the table reader,
    the cycle collector paused as in the editor's reader (its child process)."""
    with paused_gc():
        grids = [g for g in xlsx_import.read_grids(path) if g.name != META_SHEET]
        return xlsx_import._without_meta(grids, path)[0]


def profile(label: str, fn: Callable[[], object], top: int = 18) -> None:
    prof = cProfile.Profile()
    prof.enable()
    fn()
    prof.disable()
    print(f"\n--- profile: {label} (cumulative, top {top}) ---")
    stats = pstats.Stats(prof)
    stats.sort_stats("tottime").print_stats(top)


def read_ratio(doc: Document, path: Path, repeat: int) -> tuple[float, float, bool]:
    """(import time, calamine read time, exact) for ``doc`` saved at ``path``."""
    xlsx_export.save_xlsx(doc, path)
    t_calamine = timed(lambda: calamine_read_all(path), repeat)
    result: list[Document] = []
    t_import = timed(lambda: result.append(xlsx_import.read_xlsx(path)[0]), repeat)
    return t_import, t_calamine, result[0] == doc


def large_case(projects: int, path: Path) -> None:
    """Saving and opening (in the editor's child process) a document of ``projects``."""
    doc = build_document(projects)
    t_save = timed(lambda: xlsx_export.save_xlsx(doc, path))
    opened: list[Document] = []
    t_open = timed(lambda: opened.append(read_workbook_isolated(path)[0]))
    print(f"{projects} projects saved as .xlsx: {t_save:6.2f} s  (target < 20 s; "
          f"{path.stat().st_size / 1e6:.1f} MB)")
    print(f"{projects} projects opened:         {t_open:6.2f} s  (target < 5 s; "
          f"exact: {opened[0] == doc})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--projects", type=int, default=1000)
    parser.add_argument("--long", type=int, default=1000,
                        help="projects of the long-text document (0: skip)")
    parser.add_argument("--large", type=int, default=5000,
                        help="projects of the save/open case (0: skip)")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (best)")
    args = parser.parse_args(argv)

    doc = build_document(args.projects)
    count = sum(1 for p in doc.projects for l1 in p.indicators for l2 in l1.children
                for _ in l2.children)
    print(f"{len(doc.projects)} projects, {count} indicators")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.xlsx"
        plans, _notices = xlsx_export.plan_workbook(doc)
        n = args.repeat
        t_plain = timed(lambda: plain_write(plans), n)
        t_export = timed(lambda: xlsx_export.save_xlsx(doc, path), n)
        size = path.stat().st_size
        t_import, t_calamine, exact = read_ratio(doc, path, n)
        t_visible = timed(lambda: read_visible_cells_only(path), n)
        print(f"file size:            {size / 1e6:.1f} MB")
        print(f"plain openpyxl write: {t_plain:6.2f} s")
        print(f"export:               {t_export:6.2f} s  = {t_export / t_plain:.2f}× (target ≤ 2×)")
        print(f"calamine read:        {t_calamine:6.2f} s")
        print(f"import:               {t_import:6.2f} s  = {t_import / t_calamine:.2f}× "
              "(target ≤ 2×)")
        print(f"round trip exact:     {exact}")
        print(f"import, visible cells only (as a form made elsewhere): {t_visible:6.2f} s  = "
              f"{t_visible / t_calamine:.2f}× the calamine read")
        if args.long:
            long_doc = build_long_text_document(args.long)
            long_path = Path(tmp) / "long.xlsx"
            t_long, t_long_calamine, long_exact = read_ratio(long_doc, long_path, n)
            print(f"real tables, long goal texts ({args.long} projects): import {t_long:.2f} s "
                  f"= {t_long / t_long_calamine:.2f}× the calamine read "
                  f"({t_long_calamine:.2f} s; target ≤ 2×); exact: {long_exact}")
        if args.large:
            large_case(args.large, Path(tmp) / "large.xlsx")
        if args.profile:
            profile("export", lambda: xlsx_export.save_xlsx(doc, path))
            profile("import", lambda: xlsx_import.read_xlsx(path))
            profile("import, visible cells only", lambda: read_visible_cells_only(path))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
