"""Every bad input survived in the editor: mutated files through ``MainWindow.open_file``.

Workbooks (.xlsx: mutations of one the editor exported), JSON documents and text tables,
hand-made hostile files and folders are opened in one window, one after another. For
each: no crash, no input takes long, a refusal is one error message naming the file and
leaves the window exactly as it was (the previous document, its title and path, not
modified: no partial document is shown); an accepted input is shown unmodified, with
its path kept for documents (.json, .xlsx) and without one for imports. The counts of
inputs and outcomes are printed.

The editor reads workbooks in a child process (half a second each); the first
``CHILD_READS`` workbooks go that way, the other mutations are read in this process by
the same reader (the child's own refusals and crashes are tested in
tests/formats/test_child_reader.py), so that the test takes a minute, not seven.
"""

from __future__ import annotations

import copy
import json
import random
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from fixture_paths import SAMPLES
from fuzzing import (
    mutate_bytes,
    mutate_json_value,
    mutate_xlsx,
    special_inputs,
    xlsx_special_inputs,
)

from jxeditor.formats import child_reader, json_format
from jxeditor.formats.child_reader import read_workbook_isolated
from jxeditor.formats.xlsx.reader import read_workbook
from jxeditor.formats.xlsx.writer import workbook_bytes
from jxeditor.resources import resource_path
from ui.main_window import MainWindow

CHILD_READS = 40
# A hang detector, not a speed figure: a test may not assert wall time (the machine is
# shared, a loaded one takes several times as long). The time an input takes is measured
# and printed instead (the slowest input); 60 s trips only a hang.
HANG_S = 60.0

SAMPLE_TEXT = SAMPLES / "dalian-hitech-finance-2026.txt"


def open_one(win: MainWindow, path: Path) -> str:
    errors: list[str] = []
    win.questions.answers["show_error"] = errors.append
    before = copy.deepcopy(win.session.doc)
    title, old_path = win.windowTitle(), win.files.path
    start = time.perf_counter()
    ok = win.files.open_file(path)
    elapsed = time.perf_counter() - start
    assert elapsed < HANG_S, f"{path.name} took {elapsed:.1f} s"
    assert not win.isWindowModified() and win.session.stack.isClean()
    if not ok:
        assert len(errors) == 1, errors
        assert str(path) in errors[0] and "\n" not in errors[0], errors[0]
        assert not errors[0].startswith("无法打开文件"), errors[0]  # a reader bug, caught
        assert win.session.doc == before  # the previous document, not a partial one
        assert (win.windowTitle(), win.files.path) == (title, old_path)
        return "refused"
    assert errors == []
    document = path.suffix.lower() in (".json", ".xlsx")
    assert win.files.path == (path if document else None)
    name = path.name if document else path.stem + ".json"
    assert win.windowTitle() == f"{name}[*] - jxeditor 绩效目标表编辑器"
    return "read"


def inputs() -> list[tuple[str, str, bytes]]:
    rng = random.Random(4242)
    sample = json_format.load(resource_path("sample-dalian-2026.json"))
    sample.projects = sample.projects[:3]
    book, _notices = workbook_bytes(sample)
    text = SAMPLE_TEXT.read_text(encoding="utf-8") if SAMPLE_TEXT.exists() else "项目名称\t示例\n"
    seed_json = json_format.dumps(sample)
    found: list[tuple[str, str, bytes]] = [(".xlsx", "original", book)]
    found += [(".xlsx", kind, data) for kind, data in xlsx_special_inputs(book, text)]
    found += [(".xlsx", *mutate_xlsx(rng, book)) for _ in range(800)]
    found += [(".json", kind, data) for kind, data in special_inputs(seed_json)]
    found += [(".json", "bytes", mutate_bytes(rng, seed_json.encode())) for _ in range(250)]
    parsed = json.loads(seed_json)
    found += [
        (".json", "types", json.dumps(mutate_json_value(rng, parsed), ensure_ascii=False).encode())
        for _ in range(250)
    ]
    found += [(".txt", "bytes", mutate_bytes(rng, text.encode())) for _ in range(200)]
    return found


@pytest.mark.slow
def test_open_fuzz(
    window: MainWindow, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.questions.answers["show_info"] = lambda text: None  # import notices
    reads = Counter[str]()

    def read_workbook_mostly_here(path: str | Path) -> tuple[Any, list[str], bool]:
        reads["workbook"] += 1
        if reads["workbook"] <= CHILD_READS:
            return read_workbook_isolated(path)
        return read_workbook(Path(path))

    monkeypatch.setattr(child_reader, "read_workbook_isolated", read_workbook_mostly_here)
    outcomes: Counter[str] = Counter()
    slowest = (0.0, "")
    for n, (suffix, kind, data) in enumerate(inputs()):
        path = tmp_path / f"input-{n}{suffix}"
        path.write_bytes(data)
        start = time.perf_counter()
        outcomes[f"{suffix[1:]}:{kind}:{open_one(window, path)}"] += 1
        slowest = max(slowest, (time.perf_counter() - start, f"{suffix[1:]}:{kind}"))
        path.unlink()
    for suffix in (".json", ".xlsx", ".xls", ".ods", ".txt"):
        folder = tmp_path / f"folder{suffix}"
        folder.mkdir()
        outcomes[f"folder{suffix}:{open_one(window, folder)}"] += 1
        outcomes[f"missing{suffix}:{open_one(window, tmp_path / f'missing{suffix}')}"] += 1
    with capsys.disabled():
        total = sum(outcomes.values())
        read = sum(v for k, v in outcomes.items() if k.endswith(":read"))
        print(f"\n编辑器打开模糊测试: {total} 个输入；读入 {read}，拒绝 {total - read}；"
              + "，".join(f"{k} {v}" for k, v in sorted(outcomes.items()))
              + f"；最慢的输入：{slowest[1]}，{slowest[0]:.2f} s")  # measured, not asserted
    assert outcomes["xlsx:original:read"] == 1
    assert not [k for k in outcomes if k.startswith(("folder", "missing")) and k.endswith(":read")]
    assert total >= 1500
