"""What start-up makes stays for the whole session (modules, classes, the window and its
widgets): it is kept out of the cycle collector's reach (``gc.freeze``, through
:func:`~jxeditor.storage.gc_pause.kept_long`), so that no later collection, nor the last
one when the program ends, goes over it again; this is safe only because start-up leaves
no cyclic garbage behind, which would then be kept for good."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

import ui.app as app

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample-dalian-2026.json"


@pytest.mark.qt_log_ignore("propagateSizeHints")
@pytest.mark.parametrize("args", [(), (str(SAMPLE),)], ids=["new", "sample"])
def test_start_up_leaves_no_cyclic_garbage_and_is_kept_from_the_collector(
    qapp, temp_data_dir: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]
) -> None:
    left_behind: list[int] = []
    real_freeze = gc.freeze

    def freeze() -> None:
        left_behind.append(gc.collect())  # cyclic garbage would be kept for good
        real_freeze()

    monkeypatch.setattr(gc, "freeze", freeze)
    gc.collect()
    try:
        assert app.main(["--smoke", *args]) == 0
        assert left_behind == [0] and gc.get_freeze_count() > 0 and gc.isenabled()
    finally:
        gc.unfreeze()
