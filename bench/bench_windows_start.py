"""Start-up of the Windows program under Wine: time from launch to the first window.

Prints the median time (of RUNS taken in turn, after one warm-up each) of
- the editor: ``jxeditor.exe --smoke`` on the sample (the window with the twelve tables,
  shown once, then it quits), from dist-windows/jxeditor;
- a bare PySide6 window (``bench/baseline_app.py``), bundled the same way with
  PyInstaller under Wine (built once into build/windows-baseline/), and also run by the
  Windows Python directly;
- the editor from this source tree, run by the Windows Python (the lock's wheels);
and the ratio editor / bare bundled window (target: at most 1.5×, issue 34), next to the
same ratio from source (what the bundle adds is the difference), plus the
bundle's size in bytes (target: at most 55 MB, 55,000,000 bytes). The windows are real
Wine windows on Xvfb (or on DISPLAY).

Run after ``make exe-windows``: ``make bench-windows`` or
``.venv/bin/python bench/bench_windows_start.py``. It asserts nothing.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist-windows" / "jxeditor"
BASELINE = ROOT / "build" / "windows-baseline"
SAMPLE = ROOT / "resources" / "sample-dalian-2026.json"
RUNS = 7
WINE = "/usr/lib/wine/wine64"
WINESERVER = "/usr/lib/wine/wineserver64"


def winpath(path: Path) -> str:
    return "Z:" + str(path.resolve()).replace("/", "\\")


def environment() -> dict[str, str]:
    cache = Path(os.environ.get("JXEDITOR_WINDOWS_CACHE", ROOT / ".cache" / "windows"))
    return dict(
        os.environ, WINEPREFIX=str(cache / "prefix"), WINEARCH="win64", WINEDEBUG="-all",
        WINEDLLOVERRIDES="mscoree,mshtml=", LANG="zh_CN.UTF-8", LC_ALL="zh_CN.UTF-8",
        JXEDITOR_DATA_DIR=winpath(ROOT / "build" / "windows-bench-data"),
    )


def wine(env: dict[str, str], command: list[str], timeout: float) -> tuple[int, bytes]:
    """Runs a Windows program; its exit status and what it wrote. Wine's services (the
    device manager, the desktop) started by a program inherit its pipe and keep it open,
    so the program itself is waited for, then its output read as far as it goes."""
    proc = subprocess.Popen([WINE, *command], env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    returncode = proc.wait(timeout=timeout)
    assert proc.stdout is not None
    os.set_blocking(proc.stdout.fileno(), False)
    output = proc.stdout.read() or b""
    proc.stdout.close()
    return returncode, output


def run(env: dict[str, str], *command: str) -> float:
    """Seconds from launch to exit of one Windows program (output through a pipe)."""
    start = time.perf_counter()
    returncode, output = wine(env, list(command), timeout=300)
    elapsed = time.perf_counter() - start
    if returncode != 0:
        sys.exit(f"{command[0]} failed ({returncode}): {output.decode('utf-8', 'replace')}")
    return elapsed


def median_times(env: dict[str, str], *commands: list[str]) -> list[float]:
    """The median time of each command, the runs taken in turn (one of each, RUNS times),
    so that a change of the shared machine's load weighs on all of them alike."""
    for command in commands:
        run(env, *command)  # warm-up: Wine's and the disk's caches
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(RUNS):
        for command, runs in zip(commands, times, strict=True):
            runs.append(run(env, *command))
    return [statistics.median(runs) for runs in times]


def build_baseline(env: dict[str, str]) -> Path:
    exe = BASELINE / "dist" / "baseline_app" / "baseline_app.exe"
    if not exe.exists():
        print("building the bare-window bundle under Wine (once) …", flush=True)
        BASELINE.mkdir(parents=True, exist_ok=True)
        returncode, output = wine(env, [
            r"C:\py311\python.exe", "-m", "PyInstaller", "--noconfirm", "--windowed",
            "--log-level", "ERROR", "--distpath", winpath(BASELINE / "dist"),
            "--workpath", winpath(BASELINE / "work"), "--specpath", winpath(BASELINE),
            winpath(ROOT / "bench" / "baseline_app.py")], timeout=1200)
        if returncode != 0 or not exe.exists():
            sys.exit(output.decode("utf-8", "replace")[-3000:])
    return exe


def main() -> int:
    if not (BUNDLE / "jxeditor.exe").exists():
        sys.exit("no Windows bundle: run make exe-windows first")
    env = environment()
    xvfb = None
    if not env.get("DISPLAY"):
        xvfb = subprocess.Popen(["Xvfb", ":58", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        env["DISPLAY"] = ":58"
        time.sleep(1)
    subprocess.run([WINESERVER, "-p"], env=env, check=False)  # one wineserver for all runs
    try:
        baseline = build_baseline(env)
        # (the embeddable Python reads no PYTHONPATH: the tree is put on sys.path by hand)
        from_source = (f"import sys, runpy; sys.path.insert(0, {winpath(ROOT)!r}); "
                       f"sys.argv = ['main.py', '--smoke', {winpath(SAMPLE)!r}]; "
                       f"runpy.run_path({winpath(ROOT / 'main.py')!r}, run_name='__main__')")
        editor, bare, source, editor_source = median_times(
            env, [winpath(BUNDLE / "jxeditor.exe"), "--smoke", winpath(SAMPLE)], [winpath(baseline)],
            [r"C:\py311\python.exe", winpath(ROOT / "bench" / "baseline_app.py")],
            [r"C:\py311\python.exe", "-c", from_source])
    finally:
        subprocess.run([WINESERVER, "-k"], env=env, check=False)
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait()
    size = sum(p.stat().st_size for p in BUNDLE.rglob("*") if p.is_file())
    print(f"Windows bundle size: {size:,} bytes, {size / 1e6:.1f} MB (target ≤ 55 MB)")
    print(f"start to first window under Wine, median of {RUNS} (after a warm-up):")
    print(f"  jxeditor.exe --smoke on the sample:        {editor:6.2f} s")
    print(f"  bare PySide6 window, bundled the same way: {bare:6.2f} s")
    print(f"  bare PySide6 window, Windows Python:       {source:6.2f} s")
    print(f"  editor from source, Windows Python:        {editor_source:6.2f} s")
    print(f"  ratio editor / bare bundled window:        {editor / bare:6.2f}× (target ≤ 1.5×)")
    print(f"  ratio from source (editor / bare window):  {editor_source / source:6.2f}×")
    shutil.rmtree(ROOT / "build" / "windows-bench-data", ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
