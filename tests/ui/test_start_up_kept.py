"""What start-up makes stays for the whole session (modules, classes, the window and its
widgets): it is kept out of the cycle collector's reach (``gc.freeze``, through
:func:`~jxeditor.storage.gc_pause.kept_long`), so that no later collection, nor the last
one when the program ends, goes over it again; this is safe only because start-up leaves
no cyclic garbage behind, which would then be kept for good. Checked in an editor process
of its own (``main.py --smoke``, as a user's start, imports included)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample-dalian-2026.json"

CODE = """
import gc, sys
real_freeze = gc.freeze
found = []
def freeze():
    found.append(gc.collect())  # cyclic garbage would be kept for good
    real_freeze()
gc.freeze = freeze
from ui.app import main
status = main(sys.argv[1:])
print(found, gc.get_freeze_count() > 0, gc.isenabled())
sys.exit(status)
"""


@pytest.mark.parametrize("args", [(), (str(SAMPLE),)], ids=["new", "sample"])
def test_start_up_leaves_no_cyclic_garbage_and_is_kept_from_the_collector(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               JXEDITOR_DATA_DIR=str(tmp_path / "data"), HOME=str(tmp_path))
    run = subprocess.run([sys.executable, "-c", CODE, "--smoke", *args], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["[0]", "True", "True"]
