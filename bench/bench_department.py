"""Benchmark of the department block (issue 30): the large document (1,000 projects, about
25,000 indicators) with and without the department's overall targets of the 2023 sample
(8 tasks, 21 保障措施), side by side: open (JSON), validate, save (JSON and .xlsx).
The target: with the block, each within 10% of the same document without it.

Run: ``.venv/bin/python bench/bench_department.py``.
"""

from __future__ import annotations

import copy
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from make_large import large_document

from jxeditor.document.document import Document
from jxeditor.formats import json_format
from jxeditor.formats.tableimport import read_text_file
from jxeditor.formats.xlsx.writer import workbook_bytes
from jxeditor.rules.engine import validate

SAMPLE = Path(__file__).resolve().parent.parent / "tests/fixtures/samples/department-overall-and-coded-projects-2023.txt"
LIMIT = 1.10


def best(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times) if runs > 2 else statistics.mean(times)


def main() -> int:
    plain = large_document()
    block = read_text_file(SAMPLE).department
    with_block: Document = copy.deepcopy(plain)
    with_block.department = block
    texts = {False: json_format.dumps(plain), True: json_format.dumps(with_block)}
    steps: list[tuple[str, Callable[[bool], object], int]] = [
        ("open (JSON)", lambda d: json_format.loads(texts[d]), 5),
        ("validate", lambda d: validate(with_block if d else plain), 5),
        ("save (JSON)", lambda d: json_format.dumps(with_block if d else plain), 5),
        ("save (.xlsx)", lambda d: workbook_bytes(with_block if d else plain), 3),
    ]
    failed = False
    for name, step, runs in steps:
        without = best(partial(step, False), runs)
        within = best(partial(step, True), runs)
        ratio = within / without
        failed |= ratio > LIMIT
        print(f"{name:14} without {without:7.3f} s   with {within:7.3f} s   ratio {ratio:5.3f}"
              f"{'' if ratio <= LIMIT else '   OVER 10%'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
