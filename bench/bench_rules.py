"""What each validation rule costs, on the 1,000-project document of ``make_large``.

Prints the median time to validate one project again (as while typing: the value parser's
cache warm) with every rule, then with only the eleven rules of the first core (issue 3:
the workload the figure of 0.08 ms per project was measured on before the later issues
added rules), each next to the median time to deep-copy one project as a baseline
measured in the same run; then the rules that cost most, in microseconds per project.
Asserts nothing. Run: ``.venv/bin/python bench/bench_rules.py`` (``make bench``).
"""

from __future__ import annotations

import copy
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from make_large import large_document

from jxeditor.document.document import Document
from jxeditor.document.frameworks import load_frameworks
from jxeditor.rules import engine
from jxeditor.rules.context import Context, Rule
from jxeditor.rules.document_index import DocumentIndex

FIRST_CORE_RULES = frozenset({
    "rule_missing_field", "rule_period", "rule_funding_values", "rule_funding_sums",
    "rule_spending_plan", "rule_missing_level1", "rule_levels", "rule_empty_groups",
    "rule_indicator_entries", "rule_duplicates", "rule_values",
})
STEP = 5  # every fifth project
REPEATS = 5


def per_project(doc: Document, rules: tuple[Rule, ...]) -> float:
    """The best of :data:`REPEATS` medians of validating a project a second time."""
    frameworks = load_frameworks()
    index = DocumentIndex(doc)  # the validator's, as in the editor
    best = []
    for _ in range(REPEATS):
        times = []
        for i in range(0, len(doc.projects), STEP):
            project = doc.projects[i]
            for _round in range(2):  # the first warms the value parser's cache
                start = time.perf_counter()
                ctx = Context(doc, i, project, frameworks, index)
                for rule in rules:
                    for _problem in rule(ctx):
                        pass
            times.append(time.perf_counter() - start)
        best.append(statistics.median(times))
    return min(best)


def by_rule(doc: Document) -> Counter[str]:
    """Microseconds per project that each rule takes (the context's caches are filled by
    whichever rule asks first, so the first rule asking for the indicators pays for them)."""
    frameworks = load_frameworks()
    index = DocumentIndex(doc)
    spent: Counter[str] = Counter()
    projects = range(0, len(doc.projects), STEP)
    for i in projects:
        ctx = Context(doc, i, doc.projects[i], frameworks, index)
        for rule in engine.RULES:
            start = time.perf_counter()
            for _problem in rule(ctx):
                pass
            spent[f"{rule.__module__.rsplit('.', 1)[-1]}.{rule.__name__}"] += (
                time.perf_counter() - start)
    return Counter({name: seconds / len(projects) * 1e6 for name, seconds in spent.items()})


def main() -> int:
    doc = large_document()
    engine.validate_each(doc)  # the value cache, as in the editor
    copies = []
    for i in range(0, len(doc.projects), STEP):
        start = time.perf_counter()
        copy.deepcopy(doc.projects[i])
        copies.append(time.perf_counter() - start)
    baseline = statistics.median(copies)
    first = tuple(rule for rule in engine.RULES if rule.__name__ in FIRST_CORE_RULES)
    assert len(first) == len(FIRST_CORE_RULES), "a rule of the first core was renamed"
    every = per_project(doc, engine.RULES)
    core = per_project(doc, first)
    print(f"校验一个项目（全部 {len(engine.RULES)} 条规则）：{every * 1000:.3f} ms，"
          f"深拷贝一个项目 {baseline * 1000:.3f} ms，比值 {every / baseline:.2f}×")
    print(f"校验一个项目（第一版核心的 {len(first)} 条规则）：{core * 1000:.3f} ms，"
          f"比值 {core / baseline:.2f}×（issue 12 时的代码做同样的工作：0.07–0.08 ms）")
    print("最耗时的规则（微秒/项目）：")
    for name, micros in by_rule(doc).most_common(10):
        print(f"  {micros:6.1f}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
