"""Autosave: a recovery copy exists exactly while there is unsaved work, and the copies of
editors that no longer run are found after a crash.

The copies go to a :class:`RecoveryStore` in the test's data folder (``temp_data_dir``
points ``JXEDITOR_DATA_DIR`` there); the timer is set far away, so only the edit
threshold and explicit calls write.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from session_fixtures import make_session

from jxeditor.document.document import Document
from jxeditor.formats import json_format
from jxeditor.formats.recovery import SUFFIX, RecoveryStore
from ui.session.autosave import (
    DEFAULT_INTERVAL_MS,
    Autosave,
    default_interval_ms,
    orphaned_entries,
    pid_alive,
    recovery_folder,
)
from ui.session.editor_session import EditorSession

THRESHOLD = 3


@pytest.fixture
def session(sample_doc: Document) -> Iterator[EditorSession]:
    session = make_session(sample_doc)
    yield session
    session.stack.clear()


@pytest.fixture
def store(temp_data_dir: Path) -> RecoveryStore:
    assert recovery_folder() == temp_data_dir / "recovery"
    return RecoveryStore(recovery_folder())


@pytest.fixture
def autosave(session: EditorSession, store: RecoveryStore) -> Iterator[Autosave]:
    saver = Autosave(
        store, session.doc, session.stack, lambda: ("示例文档.json", "/tmp/示例文档.json"),
        interval_ms=3_600_000, edit_threshold=THRESHOLD,
    )
    yield saver
    saver.stop()


def edit(session: EditorSession, n: int) -> None:
    session.set_project_field(session.doc.projects[n % 3], "code", f"code-{n}")


def copies(store: RecoveryStore) -> list[Path]:
    return sorted(store.folder.glob(f"*{SUFFIX}")) if store.folder.is_dir() else []


def test_a_copy_is_written_after_the_edit_threshold(
    autosave: Autosave, session: EditorSession, store: RecoveryStore, qtbot
) -> None:
    for n in range(THRESHOLD - 1):
        edit(session, n)
    autosave.wait()
    assert copies(store) == []
    with qtbot.wait_signal(autosave.written, timeout=5000):
        edit(session, THRESHOLD - 1)
    assert copies(store) == [autosave.slot]
    [entry] = store.entries()
    assert (entry.title, entry.original, entry.pid) == (
        "示例文档.json", "/tmp/示例文档.json", os.getpid()
    )
    assert store.load(entry) == session.doc
    assert autosave.edits_since_write == 0


def test_the_copy_follows_later_edits(
    autosave: Autosave, session: EditorSession, store: RecoveryStore
) -> None:
    edit(session, 0)
    autosave.write_now()
    autosave.wait()
    session.set_node_field((0, 0, 0), "value", "=7个")
    autosave.write_now()
    autosave.wait()
    [entry] = store.entries()
    restored = store.load(entry)
    assert restored == session.doc
    assert restored.node(0, (0, 0, 0)).value == "=7个"


def test_the_copy_goes_when_the_stack_becomes_clean(
    autosave: Autosave, session: EditorSession, store: RecoveryStore
) -> None:
    for n in range(THRESHOLD):
        edit(session, n)
    autosave.wait()
    assert len(copies(store)) == 1
    while session.stack.canUndo():
        session.stack.undo()  # back to the saved state: nothing would be lost
    assert session.stack.isClean()
    assert copies(store) == []
    for n in range(THRESHOLD):
        edit(session, n)
    autosave.wait()
    assert len(copies(store)) == 1
    session.stack.setClean()  # saved
    assert copies(store) == []


def test_nothing_is_written_while_clean(autosave: Autosave, store: RecoveryStore) -> None:
    assert autosave.write_now() is None
    autosave._on_timer()
    autosave.wait()
    assert copies(store) == []


def test_stop_removes_the_copy_and_writes_nothing_more(
    autosave: Autosave, session: EditorSession, store: RecoveryStore
) -> None:
    for n in range(THRESHOLD):
        edit(session, n)
    autosave.wait()
    assert len(copies(store)) == 1
    autosave.stop()
    assert copies(store) == []
    for n in range(THRESHOLD * 2):
        edit(session, n)
    assert autosave.write_now() is None
    autosave.write_blocking()
    autosave.wait()
    assert copies(store) == []
    assert not autosave.timer.isActive()


def test_adopt_takes_over_an_existing_copy(
    autosave: Autosave, session: EditorSession, store: RecoveryStore
) -> None:
    edit(session, 0)
    autosave.write_now()
    autosave.wait()
    other = store.new_slot()
    store.write(other, json_format.dumps(session.doc), "旧副本", "")
    autosave.adopt(other)
    assert copies(store) == [other]  # its own copy went, the adopted one stays
    autosave.write_now()
    autosave.wait()
    assert copies(store) == [other]
    assert store.entries()[0].title == "示例文档.json"


# == after a crash ============================================================================
def plant(store: RecoveryStore, doc: Document, title: str, pid: int) -> Path:
    slot = store.new_slot()
    store.write(slot, json_format.dumps(doc), title, "")
    data = json.loads(slot.read_text("utf-8"))
    data["pid"] = pid
    slot.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return slot


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


@pytest.fixture
def running_python() -> Iterator[int]:
    """The pid of another Python process that is running (an editor, for all we know)."""
    proc = subprocess.Popen(
        [sys.executable, "-c", "import time; print('up', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline() == "up\n"  # started: its command line is python's now
    yield proc.pid
    proc.stdout.close()
    proc.kill()
    proc.wait()


def test_orphaned_entries_are_the_copies_of_editors_that_no_longer_run(
    store: RecoveryStore, sample_doc: Document, running_python: int
) -> None:
    plant(store, sample_doc, "mine", os.getpid())
    plant(store, sample_doc, "running", running_python)
    crashed = plant(store, sample_doc, "crashed", dead_pid())
    assert len(store.entries()) == 3
    orphans = orphaned_entries(store)
    assert [(e.title, e.path) for e in orphans] == [("crashed", crashed)]
    assert store.load(orphans[0]) == sample_doc


def test_pid_alive(running_python: int) -> None:
    assert pid_alive(os.getpid())
    assert pid_alive(running_python)
    assert not pid_alive(dead_pid())
    assert not pid_alive(0)
    assert not pid_alive(-1)


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="needs /proc")
def test_a_reused_pid_of_another_program_is_not_an_editor() -> None:
    proc = subprocess.Popen(["sh", "-c", "echo up; exec sleep 60"], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    try:
        assert proc.stdout.readline() == "up\n"  # past the fork: the command line is sh's or sleep's
        assert not pid_alive(proc.pid)
    finally:
        proc.kill()
        proc.wait()
        proc.stdout.close()


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, DEFAULT_INTERVAL_MS), ("250", 250), ("0", DEFAULT_INTERVAL_MS), ("soon", DEFAULT_INTERVAL_MS)],
)
def test_interval_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, value: str | None, expected: int
) -> None:
    if value is None:
        monkeypatch.delenv("JXEDITOR_AUTOSAVE_MS", raising=False)
    else:
        monkeypatch.setenv("JXEDITOR_AUTOSAVE_MS", value)
    assert default_interval_ms() == expected
