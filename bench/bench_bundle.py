"""Benchmark of the packaged program: size on disk, and start-up time to the first window.

Prints the bundle's size (target: at most 80 MB on Linux, 55 MB on Windows, issue 34) against
its untrimmed size (the bundle plus what jxeditor.spec leaves out: ``build/jxeditor/trimmed.json``,
``build/windows/jxeditor/trimmed.json``) with its ten largest parts, and the
median time from launch to the first window shown (the program's ``--smoke`` flag shows
the window and quits at once), from the bundle and from source, each next to a
baseline measured in the same run: a one-window PySide6 program (``baseline_app.py``)
bundled the same way with PyInstaller, and run from source. Target: at most 1.5×.

Run after ``make exe``: ``.venv/bin/python bench/bench_bundle.py``.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "jxeditor"
WINDOWS_BUNDLE = ROOT / "dist-windows" / "jxeditor"
TRIMMED = ROOT / "build" / "jxeditor" / "trimmed.json"
WINDOWS_TRIMMED = ROOT / "build" / "windows" / "jxeditor" / "trimmed.json"
SAMPLE = ROOT / "resources" / "sample-dalian-2026.json"
RUNS = 9


def largest_parts(path: Path, count: int = 10) -> list[tuple[int, str]]:
    sizes = [
        (item.stat().st_size, str(item.relative_to(path)))
        for item in path.rglob("*")
        if item.is_file() and not item.is_symlink()
    ]
    return sorted(sizes, reverse=True)[:count]


def report_size(bundle: Path, trimmed: Path, target: str) -> None:
    """The bundle's size in bytes (files' sizes, as `du -sb`) against the untrimmed one
    (what the spec left out or shares added back)."""
    size = sum(item.stat().st_size for item in bundle.rglob("*") if item.is_file() and not item.is_symlink())
    line = f"程序文件夹 {bundle}：{size:,} 字节（{size / 1e6:.1f} MB，目标 ≤ {target}）"
    if trimmed.is_file():
        left_out = sum(json.loads(trimmed.read_text(encoding="utf-8")).values())
        line += f"，未精简 {size + left_out:,} 字节（精简 {left_out:,} 字节）"
    print(line)


def median_launches(env: dict[str, str], *commands: list[str]) -> list[float]:
    """The median time of each command, the runs taken in turn (one of each, RUNS times),
    so that a change of the shared machine's load weighs on all of them alike."""
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(RUNS):
        for command, runs in zip(commands, times, strict=True):
            start = time.perf_counter()
            subprocess.run(command, env=env, check=True, capture_output=True)
            runs.append(time.perf_counter() - start)
    return [statistics.median(runs) for runs in times]


def build_baseline(workdir: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR", "--windowed",
         "--onedir", "--name", "baseline", "--distpath", str(workdir / "dist"),
         "--workpath", str(workdir / "build"), "--specpath", str(workdir),
         str(ROOT / "bench" / "baseline_app.py")],
        check=True,
    )
    return workdir / "dist" / "baseline" / "baseline"


def main() -> None:
    if not BUNDLE.is_dir():
        sys.exit("先运行 make exe 生成 dist/jxeditor")
    report_size(BUNDLE, TRIMMED, "80 MB")
    if WINDOWS_BUNDLE.is_dir():
        report_size(WINDOWS_BUNDLE, WINDOWS_TRIMMED, "55 MB")
    print("最大的十个部分：")
    for nbytes, name in largest_parts(BUNDLE):
        print(f"  {nbytes / 1e6:7.2f} MB  {name}")

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "PATH": os.environ.get("PATH", "")}
        baseline_exe = build_baseline(Path(tmp))
        ours, base = median_launches(env, [str(BUNDLE / "jxeditor"), "--smoke", str(SAMPLE)], [str(baseline_exe)])
        print(f"启动到首个窗口（打包程序，{RUNS} 次中位数）：{ours:.3f} s，基准 {base:.3f} s，比值 {ours / base:.2f}×（目标 ≤ 1.5×）")
        src_env = dict(env, PYTHONPATH=str(ROOT))
        ours_src, base_src = median_launches(
            src_env, [sys.executable, str(ROOT / "main.py"), "--smoke", str(SAMPLE)],
            [sys.executable, str(ROOT / "bench" / "baseline_app.py")])
        print(f"启动到首个窗口（源代码运行）：{ours_src:.3f} s，基准 {base_src:.3f} s，比值 {ours_src / base_src:.2f}×")


if __name__ == "__main__":
    main()
