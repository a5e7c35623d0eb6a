"""Benchmark of the core on a 1,000-project document (about 25,000 indicators).

Prints, as ratios to baselines measured in the same run:
- JSON load and save against plain ``json.load`` / ``json.dump`` of the same file
  (target: at most 3×);
- the median time to validate one project (target: at most 1 ms), next to the median
  time to deep-copy one project as a baseline of "touching every field once".

Run: ``make bench`` or ``.venv/bin/python bench/bench_core.py``.
"""

from __future__ import annotations

import copy
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from make_large import large_document

from jxeditor.document.values import parse_value
from jxeditor.formats import json_format
from jxeditor.rules.engine import Validator
from jxeditor.rules.value_rules import value_findings


def best_of(fn: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    doc = large_document()
    indicators = sum(len(l2.children) for p in doc.projects for l1 in p.indicators for l2 in l1.children)
    print(f"文档：{len(doc.projects)} 个项目，{indicators} 个三级指标")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "large.json"
        plain = Path(tmp) / "plain.json"
        json_format.save(doc, path)
        data = json.loads(path.read_text(encoding="utf-8"))
        size = path.stat().st_size / 1e6

        def plain_load() -> object:
            with path.open(encoding="utf-8") as handle:
                return json.load(handle)

        def plain_dump() -> None:
            with plain.open("w", encoding="utf-8") as handle:
                json.dump(data, handle, ensure_ascii=False, indent=2)

        base_load = best_of(plain_load)
        ours_load = best_of(lambda: json_format.load(path))
        base_save = best_of(plain_dump)
        ours_save = best_of(lambda: json_format.save(doc, path))
    print(f"JSON 文件 {size:.1f} MB")
    print(f"读取：{ours_load * 1000:.0f} ms，json.load {base_load * 1000:.0f} ms，比值 {ours_load / base_load:.2f}×（目标 ≤ 3×）")
    print(f"保存：{ours_save * 1000:.0f} ms，json.dump {base_save * 1000:.0f} ms，比值 {ours_save / base_save:.2f}×（目标 ≤ 3×）")

    validator = Validator(doc)
    per_project = []
    cold = []
    baseline = []
    for i in range(0, len(doc.projects), 5):
        parse_value.cache_clear()
        value_findings.cache_clear()
        start = time.perf_counter()
        validator.project(i)
        cold.append(time.perf_counter() - start)
        start = time.perf_counter()
        validator.project(i)
        per_project.append(time.perf_counter() - start)
        start = time.perf_counter()
        copy.deepcopy(doc.projects[i])
        baseline.append(time.perf_counter() - start)
    median = statistics.median(per_project)
    base = statistics.median(baseline)
    cold_median = statistics.median(cold)
    print(
        f"校验一个项目（指标值解析缓存为空）：中位数 {cold_median * 1000:.3f} ms（目标 ≤ 1 ms），"
        f"深拷贝一个项目 {base * 1000:.3f} ms，比值 {cold_median / base:.2f}×"
    )
    print(
        f"校验一个项目（再次校验，如逐键输入时）：中位数 {median * 1000:.3f} ms，比值 {median / base:.2f}×"
    )


if __name__ == "__main__":
    main()
