"""Start-up from source: ``main.py --smoke`` against a bare PySide6 window.

Prints the median, over RUNS launches each, of the time from launch to exit of
- ``main.py --smoke`` (the editor's window shown once, then it quits), without a file
  and with the embedded sample (the twelve 2026 tables);
- ``bench/baseline_app.py``: a one-window PySide6 program that quits once shown;
and the ratios editor / bare window (target: at most 2.5×). The runs alternate (editor,
bare, editor with sample, …) so that a busy machine slows all of them alike; next to the
wall time, the processor time the child used (user + system), which a busy machine
disturbs less. One warm-up launch each first, with byte-code caching on (as a user's
installed copy has it), so no run compiles the sources.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_start.py [RUNS]``. To compare
with an older commit, run the same file from a ``git worktree`` of it. It asserts nothing.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "sample-dalian-2026.json"
RUNS = 15
TARGET = 2.5


def launch(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and processor seconds (user + system) of one run of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, env=env, cwd=ROOT, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else RUNS
    python = sys.executable
    commands = {
        "bare": [python, str(ROOT / "bench" / "baseline_app.py")],
        "editor": [python, str(ROOT / "main.py"), "--smoke"],
        "editor+sample": [python, str(ROOT / "main.py"), "--smoke", str(SAMPLE)],
    }
    with tempfile.TemporaryDirectory() as home:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env.update(QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"), HOME=home,
                   JXEDITOR_DATA_DIR=str(Path(home) / "data"), PYTHONPATH=str(ROOT))
        for command in commands.values():
            launch(command, env)  # warm-up: byte code written, files in the disk cache
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for _ in range(runs):
            for name, command in commands.items():
                times[name].append(launch(command, env))
    wall = {name: statistics.median(t[0] for t in runs_) for name, runs_ in times.items()}
    cpu = {name: statistics.median(t[1] for t in runs_) for name, runs_ in times.items()}
    print(f"start to first window from source ({ROOT}), median of {runs}:")
    for name in commands:
        print(f"  {name:14} wall {wall[name]:6.3f} s  cpu {cpu[name]:6.3f} s")
    for name in ("editor", "editor+sample"):
        print(f"  ratio {name} / bare window: wall {wall[name] / wall['bare']:5.2f}×, "
              f"cpu {cpu[name] / cpu['bare']:5.2f}× (target ≤ {TARGET}×)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
