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
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from jxeditor.document.document import Document
from jxeditor.formats import json_format
from jxeditor.recovery.store import SUFFIX, RecoveryStore
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
        "示例文档.json", str(Path("/tmp/示例文档.json").resolve()), os.getpid()  # C:\tmp\… on Windows
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
    assert restored.node(restored.projects[0], (0, 0, 0)).value == "=7个"


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


# Under Wine, Path("/proc/self/cmdline") is Z:\\proc\\self\\cmdline: the Linux host's /proc,
# which says nothing about the Windows processes; those checks are Linux-only.
LINUX_PROC = pytest.mark.skipif(
    sys.platform == "win32" or not Path("/proc/self/cmdline").exists(), reason="needs Linux's /proc"
)
SLEEP = "import time; print('up', flush=True); time.sleep(60)"


def start_sleeper(command: list[str], cwd: Path | None = None) -> Iterator[int]:
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=cwd)
    assert proc.stdout is not None
    watchdog = threading.Timer(60, proc.kill)  # a child that never says "up" fails, not hangs
    watchdog.start()
    try:
        assert proc.stdout.readline() == "up\n"  # started: its command line is final now
        watchdog.cancel()
        yield proc.pid
    finally:
        watchdog.cancel()
        proc.kill()
        proc.wait()
        proc.stdout.close()


@pytest.fixture
def running_python() -> Iterator[int]:
    """The pid of an unrelated Python process that is running (not an editor)."""
    yield from start_sleeper([sys.executable, "-c", SLEEP])


@pytest.fixture
def running_editor(tmp_path: Path) -> Iterator[int]:
    """The pid of a running program named like the bundled editor (``…/jxeditor``)."""
    if os.name == "nt":
        pytest.skip("a program named jxeditor needs a copy of python.exe on Windows")
    program = tmp_path / "dist" / "jxeditor"
    program.parent.mkdir()
    program.symlink_to(Path(sys.executable).resolve())
    yield from start_sleeper([str(program), "-c", SLEEP])


def test_orphaned_entries_are_the_copies_of_editors_that_no_longer_run(
    store: RecoveryStore, sample_doc: Document, running_editor: int, running_python: int
) -> None:
    plant(store, sample_doc, "mine", os.getpid())
    plant(store, sample_doc, "running", running_editor)
    crashed = plant(store, sample_doc, "crashed", dead_pid())
    reused = plant(store, sample_doc, "id reused by another python", running_python)
    assert len(store.entries()) == 4
    orphans = orphaned_entries(store)
    assert sorted((e.title, e.path) for e in orphans) == sorted(
        [("crashed", crashed), ("id reused by another python", reused)]
    )
    assert store.load(orphans[0]) == sample_doc


def test_pid_alive(running_editor: int) -> None:
    assert pid_alive(running_editor)  # (this process is pytest: it does not count)
    assert not pid_alive(dead_pid())
    assert not pid_alive(0)
    assert not pid_alive(-1)


@LINUX_PROC
def test_an_unrelated_python_holding_the_id_is_not_an_editor(running_python: int) -> None:
    assert not pid_alive(running_python)


@LINUX_PROC
@pytest.mark.parametrize(
    "how", ["-m ui.app", "main.py", "installed script"],
)
def test_the_editor_run_from_the_sources_is_recognised(tmp_path: Path, how: str) -> None:
    """``python -m ui.app``, ``python main.py`` (beside ui/app.py), ``…/bin/jxeditor-gui``;
    each one here only sleeps, under the command line the real one has."""
    tree = tmp_path / "checkout"
    (tree / "ui").mkdir(parents=True)
    (tree / "ui" / "app.py").write_text(SLEEP, encoding="utf-8")
    (tree / "main.py").write_text(SLEEP, encoding="utf-8")
    (tree / "bin").mkdir()
    (tree / "bin" / "jxeditor-gui").write_text(SLEEP, encoding="utf-8")
    command = {
        "-m ui.app": [sys.executable, "-m", "ui.app"],
        "main.py": [sys.executable, "main.py"],
        "installed script": [sys.executable, str(tree / "bin" / "jxeditor-gui")],
    }[how]
    for pid in start_sleeper(command, cwd=tree):
        assert pid_alive(pid)
    # a main.py of some other program is not the editor's
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "main.py").write_text(SLEEP, encoding="utf-8")
    for pid in start_sleeper([sys.executable, "main.py"], cwd=tmp_path / "other"):
        assert not pid_alive(pid)


def test_the_windows_check_reads_the_last_error_and_the_program_name() -> None:
    """The Windows branch cannot run here; its source must use ``use_last_error=True`` (or
    ``get_last_error`` is always 0) and ask for the program's name."""
    import inspect

    from ui.session import autosave as module

    source = inspect.getsource(module._windows_editor_running)
    assert 'WinDLL("kernel32", use_last_error=True)' in source
    assert "QueryFullProcessImageNameW" in source and "is_editor_program(name)" in source
    assert module.is_editor_program("jxeditor.exe") and module.is_editor_program("JXEDITOR")
    assert not module.is_editor_program("python.exe") and module.is_python_program("pythonw.exe")
    assert not module.is_editor_program("excel.exe") and not module.is_python_program("excel.exe")


@LINUX_PROC
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


# == a failing write: shown once, tried again, never a silent dead thread ======================
def test_a_failing_background_write_is_reported_once_and_retried(
    autosave: Autosave, session: EditorSession, store: RecoveryStore, qtbot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_write = store.write
    calls: list[str] = []

    def broken(slot: Path, text: str, title: str, original: str) -> None:
        calls.append(title)
        "\ud800".encode()  # what a lone surrogate in the document does: UnicodeEncodeError

    monkeypatch.setattr(store, "write", broken)
    reports: list[str] = []
    autosave.failed.connect(reports.append)
    edit(session, 0)
    for _ in range(3):
        autosave.write_now()
        autosave.wait()
        qtbot.waitUntil(lambda: autosave._thread is None, timeout=5000)
        assert autosave._pending  # the next interval tries again
    assert len(calls) == 3 and autosave.failures == 3
    assert len(reports) == 1 and "无法写入恢复副本" in reports[0] and "surrogate" in reports[0]
    assert copies(store) == []
    # the timer's next try, with the disk writable again
    monkeypatch.setattr(store, "write", real_write)
    with qtbot.wait_signal(autosave.written, timeout=5000):
        autosave._on_timer()
    assert copies(store) == [autosave.slot] and autosave.failures == 0
    # a new run of failures is reported again
    monkeypatch.setattr(store, "write", broken)
    edit(session, 1)
    autosave.write_now()
    autosave.wait()
    qtbot.waitUntil(lambda: len(reports) == 2, timeout=5000)


def test_a_failure_is_shown_through_the_owners_questions(
    session: EditorSession, store: RecoveryStore, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QObject

    class Owner(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.shown: list[str] = []
            self.questions = self

        def show_error(self, text: str) -> None:
            self.shown.append(text)

    owner = Owner()
    saver = Autosave(store, session.doc, session.stack, lambda: ("t", ""),
                     interval_ms=3_600_000, edit_threshold=1000, parent=owner)
    try:
        def full(*_args: object) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(store, "write", full)
        edit(session, 0)
        saver.write_blocking()  # the blocking write (after a restore) reports the same way
        saver.write_now()
        saver.wait()
        qtbot.waitUntil(lambda: saver._thread is None, timeout=5000)
        assert len(owner.shown) == 1 and "No space" in owner.shown[0]
    finally:
        saver.stop()


def test_roaming_copies_of_an_older_version_move_to_the_local_folder(tmp_path: Path) -> None:
    from ui.session.autosave import move_roaming_copies

    roaming = tmp_path / "Roaming" / "jxeditor"
    (roaming / "recovery").mkdir(parents=True)
    old_copy = roaming / "recovery" / f"abc{SUFFIX}"
    old_copy.write_text("{}", encoding="utf-8")
    (roaming / "recovery" / "notes.txt").write_text("not ours", encoding="utf-8")
    local = tmp_path / "Local" / "jxeditor" / "recovery"
    assert move_roaming_copies(local, roaming) == [local / old_copy.name]
    assert (local / old_copy.name).read_text(encoding="utf-8") == "{}" and not old_copy.exists()
    assert (roaming / "recovery" / "notes.txt").exists()
    assert move_roaming_copies(local, local.parent) == []  # the same folder: nothing to do


def test_the_data_folder_is_the_local_one(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QStandardPaths

    from ui.session.autosave import data_folder

    monkeypatch.delenv("JXEDITOR_DATA_DIR", raising=False)
    local = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    assert data_folder() == Path(local)
