"""Benchmark of the 自评 scoring on 1,000 evaluated projects (about 25,000 indicators).

Every indicator of the large benchmark document gets an actual value (a quantitative
target 90% to 110% reached, in its unit; a qualitative one a verdict) and every project
its 全年预算数 and 全年执行数. Prints the time to score all projects (target: under
0.5 s), as a ratio to deep-copying the same projects, a baseline of "touching every
field once" measured in the same run, and the time to validate them in the 自评 stage.

Run: ``make bench`` or ``.venv/bin/python bench/bench_scoring.py``.
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

from make_large import large_document

from jxeditor.document.derive import derive_stage
from jxeditor.document.document import Document
from jxeditor.document.model import iter_indicators
from jxeditor.document.stages import EVALUATION
from jxeditor.document.values import parse_value
from jxeditor.rules.engine import validate
from jxeditor.scoring.project import score_document

TARGET_S = 0.5
VERDICTS = ("达成", "部分达成", "达成年度指标", "未达成")
FACTORS = (Decimal("0.9"), Decimal("1"), Decimal("1.1"), Decimal("0.97"))


def evaluated_document(projects: int = 1000) -> Document:
    """The large document in the 自评 stage, every actual value filled in."""
    doc = derive_stage(large_document(projects), EVALUATION)
    n = 0
    for project in doc.projects:
        assert project.evaluation is not None
        project.evaluation.budget_full.total = Decimal(120)
        project.evaluation.executed.total = Decimal("113.4")
        for _path, _l1, _l2, ind in iter_indicators(project):
            assert ind.evaluation is not None
            n += 1
            parsed = parse_value(ind.value)
            if parsed.number is not None:
                actual = (parsed.number * FACTORS[n % len(FACTORS)]).quantize(Decimal("0.01"))
                ind.evaluation.actual = f"{actual}{parsed.unit}"
            else:
                ind.evaluation.actual = VERDICTS[n % len(VERDICTS)]
            ind.evaluation.deviation = "原因" if n % 2 else ""
    return doc


def timings(fn: Callable[[], object], runs: int = 5) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def best_of(fn: Callable[[], object], runs: int = 5) -> float:
    return min(timings(fn, runs))


def main() -> None:
    doc = evaluated_document()
    indicators = sum(1 for p in doc.projects for _ in iter_indicators(p))
    print(f"自评文档：{len(doc.projects)} 个项目，{indicators} 个三级指标")
    parse_value.cache_clear()
    start = time.perf_counter()
    scores = score_document(doc)
    cold = time.perf_counter() - start
    runs = timings(lambda: score_document(doc))
    warm, median = min(runs), statistics.median(runs)
    base = best_of(lambda: copy.deepcopy(doc.projects))
    linear = best_of(lambda: score_document(doc, "linear-cap"))
    grades = {g: sum(1 for s in scores if s.grade == g) for g in ("优", "良", "中", "差")}
    verdict = "达标" if max(cold, median) < TARGET_S else "未达标"
    print(f"评分 1,000 个项目：最快 {warm * 1000:.0f} ms，中位数 {median * 1000:.0f} ms"
          f"（首次，指标值解析缓存为空 {cold * 1000:.0f} ms；linear-cap {linear * 1000:.0f} ms），"
          f"目标 < {TARGET_S * 1000:.0f} ms：{verdict}")
    print(f"深拷贝这些项目 {base * 1000:.0f} ms，比值 {warm / base:.2f}×（首次 {cold / base:.2f}×）")
    print("等级分布：" + "，".join(f"{g} {n}" for g, n in grades.items()))
    checked = best_of(lambda: validate(doc), runs=2)
    print(f"自评阶段校验全部项目（含评分）：{checked * 1000:.0f} ms")


if __name__ == "__main__":
    main()
