"""Benchmark of ``next-year`` and ``diff`` on 1,000 projects (about 25,000 indicators).

``next-year`` runs on the large benchmark document in the 自评 stage (every indicator
with an actual value, so each carries its history). ``diff`` compares that document with
a resubmitted version in which every tenth project changed an amount, every twentieth
was renamed (code kept), every indicator value of every fiftieth project was rewritten
and every hundredth project got a renamed indicator; and, cold, each version with
itself written with noise (whitespace, full-width digits, ``12.00`` for ``12``) that
must give no change. Times are printed as ratios to deep-copying the same document,
a baseline measured in the same run; both targets are under 1 s.

Run: ``make bench`` or ``.venv/bin/python bench/bench_yearly.py``.
"""

from __future__ import annotations

import copy
import statistics
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_scoring import evaluated_document

from jxeditor.document.document import Document
from jxeditor.document.model import iter_indicators
from jxeditor.document.values import parse_value
from jxeditor.yearly.compare import compare
from jxeditor.yearly.next_year import next_year

TARGET_S = 1.0
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def timings(fn: Callable[[], object], runs: int = 5) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def resubmitted(doc: Document) -> Document:
    """A resubmission with real changes in some projects."""
    out = copy.deepcopy(doc)
    for i, project in enumerate(out.projects):
        if i % 10 == 0:
            project.funding.annual.total = Decimal(7)
        if i % 20 == 0:
            project.name += "（调整）"
        for n, (_path, _l1, _l2, ind) in enumerate(iter_indicators(project)):
            if i % 50 == 0:
                ind.value = ind.value + "以上"
            if i % 100 == 0 and n == 0:
                ind.name += "情况"
    return out


def noisy(doc: Document) -> Document:
    """The same document written otherwise: no change must be found."""
    out = copy.deepcopy(doc)
    for project in out.projects:
        project.name = f" {project.name} "
        project.code = project.code.translate(FULL_WIDTH)
        total = project.funding.annual.total
        if isinstance(total, Decimal):
            project.funding.annual.total = total.quantize(Decimal("0.01"))
        for _path, _l1, _l2, ind in iter_indicators(project):
            ind.name = ind.name + " "
            ind.value = ind.value.translate(FULL_WIDTH)
    return out


def report(label: str, runs: list[float], cold: float, base: float) -> None:
    warm, median = min(runs), statistics.median(runs)
    verdict = "达标" if max(cold, median) < TARGET_S else "未达标"
    print(f"{label}：最快 {warm * 1000:.0f} ms，中位数 {median * 1000:.0f} ms，"
          f"首次 {cold * 1000:.0f} ms；为深拷贝的 {median / base:.2f}×（首次 {cold / base:.2f}×），"
          f"目标 < {TARGET_S * 1000:.0f} ms：{verdict}")


def cold_time(fn: Callable[[], object]) -> tuple[float, object]:
    parse_value.cache_clear()
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def main() -> None:
    doc = evaluated_document()
    indicators = sum(1 for p in doc.projects for _ in iter_indicators(p))
    print(f"文档：{len(doc.projects)} 个项目，{indicators} 个三级指标")
    base = statistics.median(timings(lambda: copy.deepcopy(doc)))
    print(f"基准：深拷贝文档 中位数 {base * 1000:.0f} ms")

    cold, result = cold_time(lambda: next_year(doc))
    report("生成下一年度", timings(lambda: next_year(doc)), cold, base)
    print(f"  带入 {len(result.document.projects)} 个项目，"  # type: ignore[attr-defined]
          f"未带入（实施期已结束）{len(result.left_out)} 个")  # type: ignore[attr-defined]

    changed = resubmitted(doc)
    cold, found = cold_time(lambda: compare(doc, changed))
    report("比较两个版本（有修改）", timings(lambda: compare(doc, changed)), cold, base)
    print(f"  找到 {len(found)} 处修改")  # type: ignore[arg-type]

    same = noisy(doc)
    cold, none = cold_time(lambda: compare(doc, same))
    assert none == [], none[:3]  # type: ignore[index]
    report("比较两个版本（仅写法不同）", timings(lambda: compare(doc, same)), cold, base)


if __name__ == "__main__":
    main()
