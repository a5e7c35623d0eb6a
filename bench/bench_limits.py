"""Limits benchmark: very large documents in the editor window (a benchmark, not a test).

Builds 5,000- and 1,000-project documents (:mod:`bench.make_large`, about 25
indicators each) and prints:

* the 5,000-project document opened and saved through the window (``open_file`` until
  the first project is shown, ``save_file`` with the safe save and ``NAME.bak``), as
  JSON and as .xlsx, and the time the GUI thread spends on one recovery copy; this runs
  in a fresh editor process of its own (``--editor``), which prints its peak memory
  (VmHWM) after each step: the editor's own peak, apart from generating the documents
  (target: 600 MB for open → save as .xlsx → reopen);
* the editor's memory with the 1,000-project document open: a fresh editor process
  (``MainWindow`` + ``open_file``, nothing else), its resident set size (VmRSS) and
  peak (VmHWM) from ``/proc/self/status``, against the target of 300 MB;
* the command line at the reader's limit (:data:`~jxeditor.formats.json_format.MAX_NODES`,
  200,000 indicator nodes): ``derive monitoring``, ``derive evaluation`` and
  ``next-year``, each in a fresh process (``--cli``) that prints its peak memory
  (VmHWM), against the target of 1 GB, and as a multiple of the input file's size.

Run offscreen: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_limits.py``
(``--skip-xlsx`` leaves the workbook out, ``--cli-only`` runs only the command line's
part). It asserts nothing.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RSS_TARGET_MB = 300
EDITOR_PEAK_TARGET_MB = 600
CLI_PEAK_TARGET_MB = 1000
LIMIT_PROJECTS = 5_900  # about 34 nodes each: just under the 200,000 nodes a file may hold


def status_mb(field: str) -> float:
    """A memory figure of this process from /proc/self/status, in MB (0 if unknown)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def child_rss(path: str) -> None:
    """In the fresh editor process: open ``path`` in a window and print the memory."""
    from PySide6.QtWidgets import QApplication

    from ui.app import Unattended, make_app, use_temporary_settings

    scratch = use_temporary_settings()
    app = make_app()
    from ui.main_window import MainWindow

    before = status_mb("VmRSS")
    window = MainWindow(Unattended())
    if not window.files.open_file(path):
        sys.exit(1)
    window.show()
    for _ in range(5):
        QApplication.processEvents()
    window.session.live.flush()
    print(f"{status_mb('VmRSS'):.0f} {status_mb('VmHWM'):.0f} {before:.0f}")
    window.session.stack.setClean()
    window.close()
    del app, scratch


def timed(label: str, action: object) -> float:
    """Runs ``action``; prints its time and the process's peak memory (VmHWM) after it."""
    start = time.perf_counter()
    result = action()  # type: ignore[operator]
    elapsed = time.perf_counter() - start
    ok = "" if result in (None, True) else f"  (结果：{result})"
    print(f"  {label:<36} {elapsed:7.2f} s  峰值 {status_mb('VmHWM'):6.0f} MB{ok}", flush=True)
    return elapsed


def main() -> None:
    skip_xlsx = "--skip-xlsx" in sys.argv
    with tempfile.TemporaryDirectory(prefix="jxeditor-limits-") as tmp:
        folder = Path(tmp)
        os.environ["JXEDITOR_DATA_DIR"] = str(folder / "data")
        from bench.make_large import large_document
        from jxeditor.formats import json_format

        if "--cli-only" in sys.argv:
            cli_at_the_limit(folder)
            return
        print("生成文档 …", flush=True)
        big_path = folder / "5000.json"
        small_path = folder / "1000.json"
        json_format.save(large_document(5000), big_path)
        json_format.save(large_document(1000), small_path)
        print(f"  5,000 个项目：{big_path.stat().st_size / 1e6:.1f} MB JSON；"
              f"1,000 个项目：{small_path.stat().st_size / 1e6:.1f} MB JSON")

        print(f"\n1,000 个项目的文档在编辑器中打开时的内存（新进程；目标 < {RSS_TARGET_MB} MB）：")
        run = subprocess.run(
            [sys.executable, __file__, "--rss", str(small_path)],
            capture_output=True, text=True, timeout=600, env=dict(os.environ),
        )
        if run.returncode != 0:
            print("  失败：" + run.stderr.strip())
        else:
            rss, hwm, empty = (float(v) for v in run.stdout.split()[-3:])
            verdict = "达到目标" if hwm < RSS_TARGET_MB else "超出目标"
            print(f"  VmRSS {rss:.0f} MB，峰值 VmHWM {hwm:.0f} MB（空窗口前 {empty:.0f} MB）：{verdict}")

        cli_at_the_limit(folder)
        print(f"\n生成文档的进程峰值内存 VmHWM {status_mb('VmHWM'):.0f} MB（不计入编辑器）")
        print("\n5,000 个项目，经过编辑器窗口（新进程）：", flush=True)
        command = [sys.executable, __file__, "--editor", str(big_path), str(folder)]
        run = subprocess.run([*command, *(["--skip-xlsx"] if skip_xlsx else [])],
                             text=True, timeout=1800, env=dict(os.environ), check=False)
        if run.returncode != 0:
            print(f"  失败（退出码 {run.returncode}）")


def cli_at_the_limit(folder: Path) -> None:
    """The year-cycle commands on a document at the reader's node limit, each in a fresh
    process that prints its peak memory."""
    from bench.make_large import large_document
    from jxeditor.document.model import iter_indicators
    from jxeditor.formats import json_format

    doc = large_document(LIMIT_PROJECTS)
    nodes = sum(len(p.indicators) + sum(len(l1.children) for l1 in p.indicators)
                + sum(1 for _ in iter_indicators(p)) for p in doc.projects)
    source = folder / "limit.json"
    json_format.save(doc, source)
    del doc
    size_mb = source.stat().st_size / 1e6
    print(f"\n命令行，{nodes:,} 个指标节点（上限 {json_format.MAX_NODES:,}；{size_mb:.1f} MB JSON），"
          f"各在新进程中（目标 ≤ {CLI_PEAK_TARGET_MB} MB）：", flush=True)
    for args in (["derive", "monitoring"], ["derive", "evaluation"], ["next-year"]):
        target = folder / f"{args[-1]}.json"
        start = time.perf_counter()
        run = subprocess.run([sys.executable, __file__, "--cli", *args, str(source), str(target)],
                             capture_output=True, text=True, timeout=1800, env=dict(os.environ))
        elapsed = time.perf_counter() - start
        if not run.stdout.split():
            print(f"  {' '.join(args)}：失败（退出码 {run.returncode}）{run.stderr.strip()[-200:]}")
            continue
        peak = float(run.stdout.split()[-1])
        verdict = "达到目标" if peak <= CLI_PEAK_TARGET_MB else "超出目标"
        print(f"  {' '.join(args):<20} {elapsed:7.2f} s  峰值 VmHWM {peak:6.0f} MB"
              f"（输入文件的 {peak / size_mb:.1f} 倍）：{verdict}", flush=True)
        target.unlink(missing_ok=True)


def child_cli(args: list[str]) -> None:
    """In a fresh process: one command of the command line, then its peak memory."""
    import contextlib
    import io

    from jxeditor.cli import main as cli_main

    with contextlib.redirect_stderr(io.StringIO()):  # next-year lists what it left out
        cli_main(args)
    print(f"{status_mb('VmHWM'):.0f}")


def editor_steps(big_path: Path, folder: Path, skip_xlsx: bool) -> None:
    """In a fresh editor process: the 5,000-project document opened, saved as JSON, its
    recovery copies, saved as .xlsx and reopened; the peak memory after each step."""
    from PySide6.QtWidgets import QApplication

    from ui.app import Unattended, make_app, use_temporary_settings

    scratch = use_temporary_settings()
    app = make_app()
    from ui.main_window import MainWindow
    from ui.session.commands import SetProjectFieldCommand

    print(f"  （空编辑器进程：VmRSS {status_mb('VmRSS'):.0f} MB）")
    window = MainWindow(Unattended())
    timed("打开 JSON（到显示第一个项目）", lambda: window.files.open_file(big_path) and QApplication.processEvents())
    window.session.stack.push(SetProjectFieldCommand(window.session.doc, window.session.doc.projects[0], "code", "1"))
    timed("保存 JSON（安全保存 + .bak）", lambda: window.files.save_file(big_path))
    window.session.stack.push(SetProjectFieldCommand(window.session.doc, window.session.doc.projects[0], "code", "2"))
    timed("第一次恢复副本（界面线程：转换全部项目）", lambda: window.files.autosave.write_now() and None)
    timed("恢复副本写完（后台线程）", window.files.autosave.wait)
    window.session.stack.push(SetProjectFieldCommand(window.session.doc, window.session.doc.projects[7], "code", "3"))
    timed("之后每次恢复副本（界面线程：只转换改过的项目）",
          lambda: window.files.autosave.write_now() and None)
    timed("恢复副本写完（后台线程）", window.files.autosave.wait)
    if skip_xlsx:
        print("  xlsx：未测（--skip-xlsx）")
    else:
        book = folder / "5000.xlsx"
        timed("另存为 xlsx", lambda: window.files.save_file(book))
        print(f"  （xlsx 大小 {book.stat().st_size / 1e6:.1f} MB）")
        timed("打开 xlsx（到显示第一个项目）", lambda: window.files.open_file(book) and QApplication.processEvents())
        print(f"  xlsx 读回 {len(window.session.doc.projects)} 个项目")
    peak = status_mb("VmHWM")
    verdict = "达到目标" if peak <= EDITOR_PEAK_TARGET_MB else "超出目标"
    print(f"\n编辑器进程峰值内存 VmHWM {peak:.0f} MB（不含生成文档；目标 ≤ {EDITOR_PEAK_TARGET_MB} MB）："
          f"{verdict}", flush=True)
    window.session.stack.setClean()
    window.close()
    del app, scratch


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--rss":
        child_rss(sys.argv[2])
    elif len(sys.argv) >= 2 and sys.argv[1] == "--cli":
        child_cli(sys.argv[2:])
    elif len(sys.argv) >= 4 and sys.argv[1] == "--editor":
        editor_steps(Path(sys.argv[2]), Path(sys.argv[3]), "--skip-xlsx" in sys.argv)
    else:
        main()
