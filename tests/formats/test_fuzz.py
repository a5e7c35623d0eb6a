"""Every bad input survived: thousands of mutated files through the command line.

Each input goes through ``jxeditor validate`` (in process, as the CLI runs it): the exit
status is 0, 1 or 2, a failure is one line on stderr naming the file, no exception
escapes, and no input takes long. The counts of inputs and outcomes are printed.
JSON, text tables and workbooks (.xlsx: mutations of a workbook the editor exported)
are fuzzed. The editor's open path gets the same kinds of inputs in
``tests/ui/test_open_fuzz.py``. So are the library file (numbers out of range, deep
nesting: set aside, never an exception) and the workbooks written cell by cell (control
characters, formula starts, overlong texts), and a pipe named as input (issue 32).
"""

from __future__ import annotations

import copy
import json
import os
import random
import re
import time
from collections import Counter
from pathlib import Path

import openpyxl
import pytest
from fixture_paths import SAMPLES
from fuzzing import (
    hostile_text,
    library_special_inputs,
    mutate_bytes,
    mutate_json_value,
    mutate_xlsx,
    special_inputs,
    xlsx_special_inputs,
)
from named_pipes import make_pipe

from jxeditor.cli import main
from jxeditor.document.model import iter_indicators
from jxeditor.formats import json_format
from jxeditor.formats.xlsx.change_report import save_change_report
from jxeditor.formats.xlsx.writer import workbook_bytes
from jxeditor.library.exchange import export_xlsx, read_xlsx
from jxeditor.library.store import UserLibrary
from jxeditor.library.suggest import Suggester
from jxeditor.resources import resource_path
from jxeditor.yearly.compare import compare

# A hang detector, not a speed figure: a test may not assert wall time (the machine is
# shared, a loaded one takes several times as long). The time an input takes is measured
# and printed instead (the slowest input of each run, see `fuzz`); 60 s trips only a hang.
HANG_S = 60.0
PIPE_AFTER_S = 6.0  # a pipe lets a reader waiting on it go after this (a missing refusal)


def run_one(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    start = time.perf_counter()
    status = main(["validate", str(path)])
    elapsed = time.perf_counter() - start
    _out, err = capsys.readouterr()
    assert elapsed < HANG_S, f"{path.name} took {elapsed:.1f} s"
    assert status in (0, 1, 2)
    assert "Traceback" not in err
    notices = [line for line in err.splitlines() if "提示" in line]
    assert all(line.startswith(str(path)) for line in notices), err
    if status == 2:
        lines = [line for line in err.splitlines() if "提示" not in line]
        assert len(lines) == 1 and str(path) in lines[0], err
        return "refused"
    return "read"


def fuzz(tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str, inputs: list[tuple[str, bytes]]) -> Counter[str]:
    outcomes: Counter[str] = Counter()
    slowest = (0.0, "")
    for n, (kind, data) in enumerate(inputs):
        path = tmp_path / f"input-{n}{suffix}"
        path.write_bytes(data)
        start = time.perf_counter()
        outcomes[f"{kind}:{run_one(path, capsys)}"] += 1
        slowest = max(slowest, (time.perf_counter() - start, kind))
        path.unlink()
    with capsys.disabled():  # measured, not asserted
        print(f"\n{suffix} 最慢的输入：{slowest[1]}，{slowest[0]:.2f} s")
    return outcomes


def report(capsys: pytest.CaptureFixture[str], title: str, outcomes: Counter[str]) -> None:
    with capsys.disabled():
        total = sum(outcomes.values())
        print(f"\n{title}: {total} 个输入；" + "，".join(f"{k} {v}" for k, v in sorted(outcomes.items())))


@pytest.mark.slow
def test_fuzz_json_reader(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rng = random.Random(20261123)
    seed = resource_path("sample-dalian-2026.json").read_bytes()
    parsed = json.loads(seed)
    inputs: list[tuple[str, bytes]] = list(special_inputs(seed.decode()))
    for _ in range(1500):
        inputs.append(("bytes", mutate_bytes(rng, seed)))
    for _ in range(1500):
        value = parsed
        for _ in range(rng.randrange(1, 4)):
            value = mutate_json_value(rng, value)
        inputs.append(("types", json.dumps(value, ensure_ascii=False).encode()))
    outcomes = fuzz(tmp_path, capsys, ".json", inputs)
    report(capsys, "JSON 模糊测试", outcomes)
    assert sum(outcomes.values()) >= 3000


@pytest.mark.slow
def test_fuzz_text_reader(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rng = random.Random(7)
    seed = (SAMPLES / "dalian-hitech-finance-2026.txt").read_bytes()
    inputs: list[tuple[str, bytes]] = list(special_inputs(seed.decode()))
    for _ in range(1000):
        inputs.append(("bytes", mutate_bytes(rng, seed)))
    lines = seed.decode().split("\n")
    for _ in range(500):  # shuffled, dropped and doubled lines, cells shifted
        sample = rng.sample(lines, k=rng.randrange(1, len(lines)))
        shifted = ["\t" * rng.randrange(3) + line if rng.random() < 0.3 else line for line in sample]
        inputs.append(("lines", "\n".join(shifted).encode()))
    outcomes = fuzz(tmp_path, capsys, ".txt", inputs)
    report(capsys, "文本模糊测试", outcomes)
    assert sum(outcomes.values()) >= 1500


@pytest.mark.slow
def test_fuzz_xlsx_reader(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rng = random.Random(20260707)
    doc = json_format.load(resource_path("sample-dalian-2026.json"))
    doc.projects = doc.projects[:4]  # small: the workbook is read once per input
    seed, _notices = workbook_bytes(doc)
    text = (SAMPLES / "dalian-hitech-finance-2026.txt").read_text(encoding="utf-8")
    inputs: list[tuple[str, bytes]] = [("original", seed), *xlsx_special_inputs(seed, text)]
    inputs += [mutate_xlsx(rng, seed) for _ in range(2400)]
    outcomes = fuzz(tmp_path, capsys, ".xlsx", inputs)
    report(capsys, "xlsx 模糊测试", outcomes)
    assert outcomes["original:read"] == 1
    assert sum(outcomes.values()) >= 2400


def test_directory_and_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "folder.json"
    folder.mkdir()
    assert run_one(folder, capsys) == "refused"
    assert run_one(tmp_path / "missing.json", capsys) == "refused"
    assert run_one(tmp_path / "folder.txt", capsys) == "refused"
    for suffix in (".xlsx", ".xls", ".ods"):
        book = tmp_path / f"folder{suffix}"
        book.mkdir()
        assert run_one(book, capsys) == "refused"
        assert run_one(tmp_path / f"missing{suffix}", capsys) == "refused"
    if hasattr(os, "mkfifo"):  # issue 32.10: a pipe is refused, not waited on
        for suffix in (".json", ".txt", ".xlsx", ".xls", ".ods"):
            assert run_one(make_pipe(tmp_path / f"pipe{suffix}", after_s=PIPE_AFTER_S), capsys) == "refused"


# -- issue 32: the library file and the writers ---------------------------------------------

@pytest.mark.slow
def test_fuzz_library_file(tmp_path: Path) -> None:
    """A mutated library file: never an exception, at most one notice, and the library
    works on (suggestions, learning) after it."""
    rng = random.Random(32)
    doc = json_format.load(resource_path("sample-dalian-2026.json"))
    seed_path = tmp_path / "seed.json"
    UserLibrary(seed_path).learn_document(doc)
    seed = seed_path.read_bytes()
    good = json.loads(seed)
    inputs = list(library_special_inputs(good))
    inputs += [("bytes", mutate_bytes(rng, seed)) for _ in range(200)]
    inputs += [("types", json.dumps(mutate_json_value(rng, good), ensure_ascii=False).encode())
               for _ in range(300)]
    outcomes: Counter[str] = Counter()
    for n, (kind, data) in enumerate(inputs):
        path = tmp_path / f"lib-{n}.json"
        path.write_bytes(data)
        library = UserLibrary(path)
        suggester = Suggester(library)
        suggester.refresh()
        suggester.suggest("产出指标", "数量指标", "培训", typed="人")
        notices = library.take_notices()
        assert len(notices) <= 1 and all("\n" not in n for n in notices), notices
        library.learn_document(doc)  # a file set aside does not stop learning
        assert library.take_notices() == []
        outcomes[f"{kind}:{'set aside' if notices else 'read'}"] += 1
    print(f"\n指标库文件模糊测试: {len(inputs)} 个输入；"
          + "，".join(f"{k} {v}" for k, v in sorted(outcomes.items())))
    assert sum(outcomes.values()) >= 500


@pytest.mark.slow
def test_fuzz_writers_with_hostile_texts(tmp_path: Path) -> None:
    """Control characters, formula starts, OOXML escapes and overlong texts in every text
    the writers that call openpyxl themselves put in cells: the 修改说明 and the library
    export open again, with no control character and every formula start quoted."""
    rng = random.Random(3213)
    base = json_format.load(resource_path("sample-dalian-2026.json"))
    base.projects = base.projects[:2]
    for n in range(40):
        new = copy.deepcopy(base)
        for project in new.projects:
            project.name = hostile_text(rng)
            project.goals.annual = hostile_text(rng)
            for _path, _l1, _l2, ind in iter_indicators(project):
                if rng.random() < 0.5:
                    ind.name, ind.value = hostile_text(rng), hostile_text(rng)
        report = tmp_path / f"说明-{n}.xlsx"
        save_change_report(compare(base, new), report, old_name=hostile_text(rng))
        library = UserLibrary(tmp_path / f"lib-{n}.json")
        library.learn_document(new)
        exported = tmp_path / f"lib-{n}.xlsx"
        export_xlsx(library, exported)
        read_xlsx(exported)
        for path in (report, exported):
            for row in openpyxl.load_workbook(path).active.iter_rows():
                for cell in row:
                    if isinstance(cell.value, str):
                        assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", cell.value)
                        assert cell.data_type == "s"
                        assert cell.quotePrefix or not cell.value.startswith(("=", "+", "-", "@"))
