"""Start-up of the command line from source: ``python -m jxeditor`` (what the packaged
``jxeditor-cli`` runs).

Prints the median, over RUNS launches each, of the wall time and the processor time
(user + system) of
- ``--version``;
- ``validate tests/fixtures/xlsx-export-sample.json``;
- ``validate`` of the workbook below (python-calamine and the rules, no openpyxl);
- ``--read-workbook-child`` (the packaged editor's workbook reader) reading
  ``tests/fixtures/samples/dalian-hitech-finance-2026.xlsx``.
Given source roots (e.g. a ``git worktree`` of an older commit), it runs the same from each
of them, the runs alternating so that a busy machine slows all of them alike; one warm-up
launch each first, with byte-code caching on. It asserts nothing.

Run: ``.venv/bin/python bench/bench_cli_start.py [RUNS] [ROOT...]`` (default: 9 runs, this
tree).
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 9
BOOK = "tests/fixtures/samples/dalian-hitech-finance-2026.xlsx"
CASES: dict[str, tuple[list[str], str | None]] = {
    "--version": (["--version"], None),
    "validate JSON": (["validate", "tests/fixtures/xlsx-export-sample.json"], None),
    "validate xlsx": (["validate", BOOK], None),
    "workbook child": (["--read-workbook-child"], BOOK),
}


def launch(root: Path, args: list[str], stdin: str | None) -> tuple[float, float]:
    """Wall seconds and processor seconds (user + system) of one run from ``root``."""
    env = dict(os.environ, PYTHONPATH=str(root))
    data = str(root / stdin).encode() if stdin else None
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "jxeditor", *args], cwd=root, env=env,
                   input=data, capture_output=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else RUNS
    roots = [Path(r).resolve() for r in sys.argv[2:]] or [ROOT]
    times: dict[tuple[str, Path], list[tuple[float, float]]] = {}
    for name, (args, stdin) in CASES.items():
        for root in roots:
            launch(root, args, stdin)  # warm-up: byte-code cached
        for _ in range(runs):
            for root in roots:
                times.setdefault((name, root), []).append(launch(root, args, stdin))
    for (name, root), samples in times.items():
        wall = statistics.median(w for w, _ in samples)
        cpu = statistics.median(c for _, c in samples)
        print(f"{name:15} {root}: wall {wall * 1000:6.0f} ms, processor {cpu * 1000:6.0f} ms")


if __name__ == "__main__":
    main()
