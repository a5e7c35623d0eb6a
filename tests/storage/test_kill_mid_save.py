"""A save killed at any moment (issue 20): the document is the complete old or the complete
new version, never a mix, and the temporary file the kill left is removed at the next save.

The saving process is a real child Python process running the save path of the editor and
the command line (:func:`jxeditor.storage.atomic.write_atomic`, with the ``.bak`` copy the
editor keeps); it is killed with ``Popen.kill()`` (SIGKILL on Linux, TerminateProcess on
Windows) at several moments, one of them while the temporary file is being written.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from jxeditor.storage import atomic

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from jxeditor.storage.atomic import write_atomic
data = Path(sys.argv[3]).read_bytes()
print("ready", flush=True)
write_atomic(sys.argv[2], data, keep_backup=True)
print("saved", flush=True)
"""


def _content(text: str, size: int) -> bytes:
    """A JSON text of about ``size`` bytes whose every part says which version it is."""
    return json.dumps({"version": text, "rows": [text * 50] * (size // (len(text) * 50 + 4))},
                      ensure_ascii=False).encode("utf-8")


def _temporaries(folder: Path) -> list[Path]:
    return sorted(folder.glob(".*.tmp")) + sorted(folder.glob("*.bak.tmp"))


def _version(path: Path) -> str:
    data = json.loads(path.read_bytes())  # a partial file would not parse
    assert len(set(data["rows"])) == 1 and data["rows"][0].startswith(data["version"])
    return str(data["version"])


def _kill_at(tmp_path: Path, moment: float | str) -> tuple[Path, str]:
    target = tmp_path / "文档.json"
    target.write_bytes(_content("旧", 200_000))
    new = tmp_path / "new.data"
    new.write_bytes(_content("新", 12_000_000))
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(ROOT), str(target), str(new)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        if moment == "writing":  # as soon as the temporary file is there
            deadline = time.monotonic() + 20
            while not _temporaries(tmp_path) and proc.poll() is None and time.monotonic() < deadline:
                pass
        else:
            assert isinstance(moment, float)
            time.sleep(moment)
    finally:
        proc.kill()
        proc.communicate(timeout=30)
    return target, _version(target)


@pytest.mark.parametrize("moment", [0.0, 0.002, 0.01, 0.03, 0.1, 0.2, 0.3, 0.6, "writing"])
def test_a_save_killed_at_any_moment_leaves_the_old_or_the_new_version(
    tmp_path: Path, moment: float | str
) -> None:
    target, version = _kill_at(tmp_path, moment)
    assert version in ("旧", "新")
    bak = atomic.backup_path(target)
    if bak.exists():
        assert _version(bak) == "旧"  # the backup is the old version, whole
    left = _temporaries(tmp_path)
    for stale in left:  # what the kill left, as if from a day ago
        os.utime(stale, (time.time() - 2 * atomic.STALE_TMP_S,) * 2)
    atomic.write_atomic(target, _content("再", 1000), keep_backup=True)
    assert _version(target) == "再"
    assert _temporaries(tmp_path) == []


def test_a_save_killed_while_writing_leaves_a_temporary_that_the_next_save_removes(
    tmp_path: Path,
) -> None:
    # The kill lands while the temporary file exists in most runs; when the save was
    # quicker than the poll, there is nothing to clean, and the version is the new one.
    target, version = _kill_at(tmp_path, "writing")
    left = _temporaries(tmp_path)
    assert version == "旧" or not left
    fresh = list(left)
    atomic.write_atomic(target, _content("再", 1000))
    assert _temporaries(tmp_path) == fresh  # a fresh one may be another save's: kept
    for stale in fresh:
        os.utime(stale, (time.time() - 2 * atomic.STALE_TMP_S,) * 2)
    atomic.write_atomic(target, _content("又", 1000))
    assert _temporaries(tmp_path) == [] and _version(target) == "又"
