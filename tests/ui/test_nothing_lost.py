"""Nothing lost: autosave and recovery after a crash, safe saves, files others hold.

* Autosave writes a recovery copy of unsaved work to the data folder (timer and every
  50 edits), removes it when the work is saved or discarded, and a REAL editor process
  killed with SIGKILL leaves a copy that the next window restores exactly.
* A save that fails part-way (disk full), a read-only file, a folder without write
  permission, a vanished folder and a locked file each give one Chinese message naming
  the file, leave the file as it was and the document open and modified, and offer
  另存为….
* A file changed on disk by someone else is noticed before saving over it (覆盖 /
  另存为 / 取消).
* ``.xlsx`` is a document format like ``.json``; ``.txt`` and the like are imports.

Dialogs are replaced by a typed fake of the session's questions (``fake_questions``).
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from fake_questions import FakeQuestions

from jxeditor.document.document import Document
from jxeditor.formats import json_format
from jxeditor.recovery.store import SUFFIX, RecoveryStore
from jxeditor.storage.atomic import backup_path
from ui.main_window import MainWindow
from ui.session.commands import SetProjectFieldCommand

ROOT = Path(__file__).resolve().parents[2]


# -- helpers -------------------------------------------------------------------------------
def edit(win: MainWindow, value: str = "1", field: str = "code") -> None:
    win.session.stack.push(SetProjectFieldCommand(win.session.doc, win.session.doc.projects[0], field, value))


def copies(folder: Path) -> list[Path]:
    return sorted((folder / "recovery").glob(f"*{SUFFIX}"))


def copy_document(path: Path) -> Document:
    return json_format.loads(json.dumps(json.loads(path.read_text("utf-8"))["document"]))


def dead_pid() -> int:
    """The id of a process that has ended (and was reaped)."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def plant_copy(folder: Path, doc: Document, title: str, original: str, pid: int) -> Path:
    """A recovery copy as an editor with process id ``pid`` would have left it."""
    store = RecoveryStore(folder / "recovery")
    slot = store.new_slot()
    store.write(slot, json_format.dumps(doc), title, original)
    data = json.loads(slot.read_text("utf-8"))
    data["pid"] = pid
    slot.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return slot


def new_window(qtbot: Any) -> MainWindow:
    win = MainWindow(FakeQuestions())
    qtbot.addWidget(win)
    win.questions.answers["ask_save_changes"] = lambda *_: "discard"
    return win


# == autosave ============================================================================
def test_timer_writes_a_copy_to_the_data_folder_and_save_removes_it(
    window: MainWindow, qtbot: Any, temp_data_dir: Path
) -> None:
    assert window.files.path is not None
    window.files.autosave.set_interval(50)
    qtbot.wait(120)
    assert copies(temp_data_dir) == []  # nothing unsaved: nothing written
    edit(window, "42")
    qtbot.waitUntil(lambda: len(copies(temp_data_dir)) == 1, timeout=5000)
    window.files.autosave.wait()
    [copy] = copies(temp_data_dir)
    assert copy_document(copy) == window.session.doc
    meta = json.loads(copy.read_text("utf-8"))
    assert meta["original"] == str(window.files.path) and meta["pid"] == os.getpid()
    assert sorted(p.name for p in window.files.path.parent.iterdir() if p.is_file()) == ["doc.json"]
    assert window.files.save()
    assert copies(temp_data_dir) == []


def test_fifty_edits_write_a_copy_without_the_timer(window: MainWindow, temp_data_dir: Path) -> None:
    window.files.autosave.set_interval(3_600_000)
    for n in range(49):
        edit(window, str(n), "implementer" if n % 2 else "code")
    window.files.autosave.wait()
    assert copies(temp_data_dir) == []
    edit(window, "第五十次")
    window.files.autosave.wait()
    [copy] = copies(temp_data_dir)
    assert copy_document(copy) == window.session.doc


def test_undo_to_saved_state_and_clean_close_leave_no_copy(
    window: MainWindow, temp_data_dir: Path
) -> None:
    edit(window, "7")
    window.files.autosave.write_now()
    window.files.autosave.wait()
    assert len(copies(temp_data_dir)) == 1
    window.session.stack.undo()  # back to what is on disk: nothing would be lost
    assert copies(temp_data_dir) == []
    edit(window, "8")
    window.files.autosave.write_blocking()
    assert len(copies(temp_data_dir)) == 1
    window.questions.answers["ask_save_changes"] = lambda *_: "discard"
    assert window.close()
    assert copies(temp_data_dir) == []
    edit(window, "9")  # a closed window writes nothing any more
    window.files.autosave.write_now()
    assert copies(temp_data_dir) == []


DRIVER = """
import os
import sys
sys.path.insert(0, {root!r})
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from jxeditor.formats import json_format
from ui import app

qapp = QApplication(sys.argv[:1])

def drive():
    win = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow")
    win.projects.act_add.trigger()                       # a new project, its name typed
    QTest.keyClicks(win.findChild(QLineEdit, "projectName"), "typed before the crash")
    win.session.set_current_index(0)
    code = win.findChild(QLineEdit, "projectCode")
    code.setFocus()
    QTest.keyClicks(code, "2026001")
    model = win.indicators.model
    model.setData(model.index_of_path((0, 0, 0), 1), "≥150平方米")
    win.projects.act_down.trigger()
    with open({expected!r} + ".part", "w", encoding="utf-8") as f:
        f.write(json_format.dumps(win.session.doc))
    os.replace({expected!r} + ".part", {expected!r})  # the test never reads it half-written
    print("edited", flush=True)
    if {close!r}:
        win.questions.ask_save_changes = lambda *_: "discard"  # the real message boxes
        win.files.autosave.written.connect(win.close)

QTimer.singleShot(300, drive)
sys.exit(app.main([{file!r}]))
"""


def start_editor(tmp_path: Path, data_dir: Path, file: Path, close: bool) -> tuple[subprocess.Popen[str], Path]:
    """A real editor process (``ui.app.main``, as ``main.py`` runs it) that makes a few
    edits through its window 0.3 s after start. With ``close`` it then quits cleanly
    (discarding the changes) after its first recovery write."""
    expected = tmp_path / "expected.json"
    script = tmp_path / "driver.py"
    script.write_text(
        DRIVER.format(root=str(ROOT), expected=str(expected), file=str(file), close=close),
        encoding="utf-8",
    )
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        JXEDITOR_DATA_DIR=str(data_dir),
        JXEDITOR_AUTOSAVE_MS="200",
    )
    proc = subprocess.Popen(
        [sys.executable, str(script)], cwd=ROOT, env=env, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    return proc, expected


def wait_for(condition: Any, proc: subprocess.Popen[str], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if proc.poll() is not None:
            _out, err = proc.communicate()
            pytest.fail(f"editor exited with {proc.returncode}: {err}")
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail("timed out waiting for the editor")
        time.sleep(0.05)


def test_killed_editor_is_restored_exactly(
    qtbot: Any, tmp_path: Path, temp_data_dir: Path, sample_doc: Document
) -> None:
    file = tmp_path / "doc.json"
    json_format.save(sample_doc, file)
    on_disk = file.read_bytes()
    proc, expected = start_editor(tmp_path, temp_data_dir, file, close=False)

    def copy_is_current() -> bool:
        if not expected.exists():
            return False
        want = json_format.loads(expected.read_text("utf-8"))
        for copy in copies(temp_data_dir):
            try:
                if copy_document(copy) == want:
                    return True
            except (ValueError, KeyError, OSError):
                pass  # being replaced right now
        return False

    try:
        wait_for(copy_is_current, proc)
    finally:
        proc.kill()  # a crash: no closeEvent, no clean-up (SIGKILL; TerminateProcess on Windows)
        proc.communicate(timeout=30)
    assert proc.returncode == (-9 if os.name == "posix" else 1)
    assert file.read_bytes() == on_disk  # the user's file was never touched
    edited = json_format.loads(expected.read_text("utf-8"))
    assert edited != sample_doc

    win = new_window(qtbot)
    offers: list[tuple[str, str, datetime]] = []
    win.questions.answers["ask_restore_recovery"] = lambda *a: offers.append(a) or "restore"
    assert win.files.offer_recovery() == 1
    assert [(t, o) for t, o, _w in offers] == [("doc.json", str(file))]
    assert abs((datetime.now() - offers[0][2]).total_seconds()) < 120
    assert win.session.doc == edited
    assert [p.name for p in win.session.doc.projects].count("typed before the crash") == 1
    assert win.session.doc.projects[1].code == "2026001"  # typed, then moved down
    assert win.isWindowModified() and not win.session.stack.isClean()
    assert win.files.path == file and win.windowTitle() == "doc.json[*] - jxeditor 绩效目标表编辑器"
    assert len(copies(temp_data_dir)) == 1  # kept (now this editor's) until saved
    assert win.files.save()  # back to the original file, previous version as .bak
    assert json_format.load(file) == edited
    assert backup_path(file).read_bytes() == on_disk
    assert copies(temp_data_dir) == [] and not win.isWindowModified()
    other = new_window(qtbot)
    assert other.files.offer_recovery() == 0  # nothing offered twice


def test_clean_exit_of_a_real_editor_leaves_no_copy(
    tmp_path: Path, temp_data_dir: Path, sample_doc: Document
) -> None:
    file = tmp_path / "doc.json"
    json_format.save(sample_doc, file)
    proc, _expected = start_editor(tmp_path, temp_data_dir, file, close=True)
    out, err = proc.communicate(timeout=90)
    assert proc.returncode == 0, err
    assert "edited" in out
    assert (temp_data_dir / "recovery").is_dir()  # a copy had been written …
    assert copies(temp_data_dir) == []  # … and was removed on exit
    assert json_format.load(file) == sample_doc  # changes discarded as asked


@pytest.mark.parametrize("answer", ["discard", "later"])
def test_declined_copies(qtbot: Any, temp_data_dir: Path, sample_doc: Document, answer: str) -> None:
    copy = plant_copy(temp_data_dir, sample_doc, "未命名", "", dead_pid())
    win = new_window(qtbot)
    win.questions.answers["ask_restore_recovery"] = lambda *a: answer
    assert win.files.offer_recovery() == 0
    assert copy.exists() == (answer == "later")
    assert not win.isWindowModified()


def test_restored_new_document_has_no_path_and_save_asks(
    qtbot: Any, temp_data_dir: Path, sample_doc: Document, tmp_path: Path
) -> None:
    plant_copy(temp_data_dir, sample_doc, "未命名", "", dead_pid())
    win = new_window(qtbot)
    win.questions.answers["ask_restore_recovery"] = lambda *a: "restore"
    assert win.files.offer_recovery() == 1
    assert win.session.doc == sample_doc and win.files.path is None and win.isWindowModified()
    asked: list[str] = []
    win.questions.answers["ask_save_path"] = lambda s: asked.append(s) or str(tmp_path / "saved.json")
    assert win.files.save() and asked and asked[0].endswith("未命名")
    assert copies(temp_data_dir) == []


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, showing a window
def test_two_copies_and_a_running_editor(
    qtbot: Any, temp_data_dir: Path, sample_doc: Document
) -> None:
    import ui.main_window as window_files

    first = plant_copy(temp_data_dir, sample_doc, "甲.json", "", dead_pid())
    other = Document(reporting_unit="乙单位")
    plant_copy(temp_data_dir, other, "乙.json", "", dead_pid())
    # a Python that looks like a running editor (``python -c … ui.app``): the recovery
    # checks the program, not only the id, so a plain sleeper would count as dead
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)", "ui.app"])
    try:
        alive = plant_copy(temp_data_dir, other, "运行中.json", "", sleeper.pid)
        win = new_window(qtbot)
        offered: list[str] = []
        win.questions.answers["ask_restore_recovery"] = lambda title, *a: offered.append(title) or "restore"
        assert win.files.offer_recovery() == 2  # the running editor's copy is not offered
        assert sorted(offered) == ["乙.json", "甲.json"]
        [spawned] = window_files._spawned  # the second one opens in a new window
        try:
            docs = [win.session.doc, spawned.session.doc]
            assert sample_doc in docs and other in docs
            assert spawned.isWindowModified() and spawned.isVisible()
            assert alive.exists() and first.exists() and len(copies(temp_data_dir)) == 3
        finally:
            spawned.questions.answers["ask_save_changes"] = lambda *_: "discard"
            spawned.close()
        qtbot.waitUntil(lambda: not window_files._spawned, timeout=2000)
        assert len(copies(temp_data_dir)) == 2  # the spawned window discarded its copy
    finally:
        sleeper.kill()
        sleeper.wait()


# == safe save and files others hold =======================================================
class Offered:
    """Records the save-error message and answers 另存为… with ``answer``."""

    def __init__(self, answer: bool = False) -> None:
        self.messages: list[str] = []
        self.answer = answer

    def __call__(self, message: str) -> bool:
        self.messages.append(message)
        return self.answer


def assert_nothing_lost(win: MainWindow, target: Path, before: bytes | None, offered: Offered) -> None:
    assert len(offered.messages) == 1
    message = offered.messages[0]
    assert str(target) in message and "无法保存" in message and "\n" not in message
    if before is None:
        assert not target.exists()
    else:
        assert target.read_bytes() == before
    leftovers = [p.name for p in target.parent.glob(f".{target.name}.*.tmp")] if target.parent.exists() else []
    assert leftovers == []
    assert win.isWindowModified() and not win.session.stack.isClean()
    assert win.session.doc.projects[0].code == "changed"


@pytest.fixture
def modified(window: MainWindow) -> MainWindow:
    edit(window, "changed")
    return window


def test_disk_full_part_way(modified: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    import jxeditor.storage.atomic as atomic

    real_fdopen = os.fdopen
    written: list[int] = []

    class FullDisk:
        def __init__(self, handle: Any) -> None:
            self.handle = handle

        def __enter__(self) -> FullDisk:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

        def write(self, data: bytes) -> int:
            self.handle.write(data[:100])  # some bytes reach the disk, then it is full
            written.append(100)
            raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name: str) -> Any:
            return getattr(self.handle, name)

    monkeypatch.setattr(atomic.os, "fdopen", lambda fd, mode: FullDisk(real_fdopen(fd, mode)))
    target = modified.files.path
    assert target is not None
    before = target.read_bytes()
    offered = Offered()
    modified.questions.answers["offer_save_as_after_error"] = offered
    assert not modified.files.save_file(target)
    assert written == [100]
    assert_nothing_lost(modified, target, before, offered)
    assert "磁盘空间不足" in offered.messages[0]
    assert not backup_path(target).exists() or backup_path(target).read_bytes() == before


def test_save_as_after_an_error_saves_elsewhere(
    modified: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import jxeditor.storage.atomic as atomic

    target = modified.files.path
    assert target is not None
    before = target.read_bytes()
    monkeypatch.setattr(atomic.os, "access", lambda path, mode: Path(path) != target)
    modified.questions.answers["offer_save_as_after_error"] = Offered(answer=True)
    elsewhere = tmp_path / "elsewhere" / "副本.json"
    elsewhere.parent.mkdir()
    modified.questions.answers["ask_save_path"] = lambda suggested: str(elsewhere)
    assert modified.files.save()
    assert target.read_bytes() == before
    assert json_format.load(elsewhere).projects[0].code == "changed"
    assert modified.files.path == elsewhere and not modified.isWindowModified()
    assert modified.windowTitle() == "副本.json[*] - jxeditor 绩效目标表编辑器"


def test_read_only_file_monkeypatched(modified: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """What a read-only file looks like to the editor, also when the tests run as root."""
    import jxeditor.storage.atomic as atomic

    target = modified.files.path
    assert target is not None
    before = target.read_bytes()
    monkeypatch.setattr(atomic.os, "access", lambda path, mode: Path(path) != target)
    offered = Offered()
    modified.questions.answers["offer_save_as_after_error"] = offered
    assert not modified.files.save()
    assert_nothing_lost(modified, target, before, offered)
    assert "只读" in offered.messages[0]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_read_only_file_chmod(modified: MainWindow) -> None:
    target = modified.files.path
    assert target is not None
    before = target.read_bytes()
    target.chmod(0o444)
    try:
        offered = Offered()
        modified.questions.answers["offer_save_as_after_error"] = offered
        assert not modified.files.save()
        assert_nothing_lost(modified, target, before, offered)
        assert "只读" in offered.messages[0]
    finally:
        target.chmod(0o644)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_folder_without_write_permission_chmod(modified: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    target = folder / "new.json"
    folder.chmod(0o555)
    try:
        offered = Offered()
        modified.questions.answers["offer_save_as_after_error"] = offered
        assert not modified.files.save_file(target)
        assert_nothing_lost(modified, target, None, offered)
        assert "权限" in offered.messages[0]
    finally:
        folder.chmod(0o755)


def test_folder_without_write_permission_monkeypatched(
    modified: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import jxeditor.storage.atomic as atomic

    def refuse(**kwargs: Any) -> Any:
        raise PermissionError(errno.EACCES, "Permission denied", str(kwargs.get("dir")))

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)
    target = modified.files.path
    assert target is not None
    before = target.read_bytes()
    offered = Offered()
    modified.questions.answers["offer_save_as_after_error"] = offered
    assert not modified.files.save()
    assert_nothing_lost(modified, target, before, offered)
    assert "没有写入权限" in offered.messages[0]


def test_folder_vanished(modified: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "共享盘"
    folder.mkdir()
    target = folder / "表.json"
    modified.questions.answers["ask_save_path"] = lambda suggested: str(target)
    assert modified.files.save_file(target)
    edit(modified, "changed")
    for p in folder.iterdir():
        p.unlink()
    folder.rmdir()  # the network drive went away, or a colleague deleted the folder
    gone: list[bool] = []
    modified.questions.answers["ask_overwrite_changed"] = lambda path, is_gone: gone.append(is_gone) or "overwrite"
    offered = Offered()
    modified.questions.answers["offer_save_as_after_error"] = offered
    assert not modified.files.save()
    assert gone == [True]
    assert_nothing_lost(modified, target, None, offered)
    assert "路径不存在" in offered.messages[0]


def test_file_locked_by_another_program(modified: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows refuses to replace a file Excel or WPS holds open (sharing violation)."""
    import jxeditor.storage.atomic as atomic

    target = modified.files.path
    assert target is not None
    before = target.read_bytes()
    real_replace = os.replace

    def locked(src: Any, dst: Any) -> None:
        if Path(dst) == target:
            error = PermissionError(errno.EACCES, "另一个程序正在使用此文件，进程无法访问。")
            error.winerror = 32  # type: ignore[attr-defined]
            raise error
        real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", locked)
    offered = Offered()
    modified.questions.answers["offer_save_as_after_error"] = offered
    assert not modified.files.save()
    assert_nothing_lost(modified, target, before, offered)
    assert "其他程序" in offered.messages[0]


def test_unknown_suffix_is_refused_with_save_as(modified: MainWindow, tmp_path: Path) -> None:
    offered = Offered()
    modified.questions.answers["offer_save_as_after_error"] = offered
    target = tmp_path / "表.xls"
    assert not modified.files.save_file(target)
    assert len(offered.messages) == 1 and "表.xls" in offered.messages[0]
    assert not target.exists() and modified.isWindowModified()


# -- changed on disk by someone else -----------------------------------------------------------
@pytest.mark.parametrize("answer", ["overwrite", "save_as", "cancel"])
def test_file_changed_by_someone_else(modified: MainWindow, tmp_path: Path, answer: str) -> None:
    target = modified.files.path
    assert target is not None
    theirs = json_format.loads(target.read_text("utf-8"))
    theirs.reporting_unit = "同事改过的单位"
    json_format.save(theirs, target)
    their_bytes = target.read_bytes()
    asked: list[tuple[Path, bool]] = []
    modified.questions.answers["ask_overwrite_changed"] = lambda path, gone: asked.append((path, gone)) or answer
    elsewhere = tmp_path / "我的版本.json"
    modified.questions.answers["ask_save_path"] = lambda suggested: str(elsewhere)
    saved = modified.files.save()
    assert asked == [(target, False)]
    if answer == "overwrite":
        assert saved and json_format.load(target).projects[0].code == "changed"
        assert backup_path(target).read_bytes() == their_bytes  # their version kept
        assert not modified.isWindowModified()
    elif answer == "save_as":
        assert saved and target.read_bytes() == their_bytes
        assert json_format.load(elsewhere).projects[0].code == "changed"
        assert modified.files.path == elsewhere and not modified.isWindowModified()
    else:
        assert not saved and target.read_bytes() == their_bytes
        assert modified.isWindowModified()
    if answer != "cancel":
        edit(modified, "again")
        assert modified.files.save()  # our own save is not "changed by someone else"
        assert len(asked) == 1


def test_save_as_over_the_changed_file_itself_overwrites(modified: MainWindow) -> None:
    target = modified.files.path
    assert target is not None
    target.write_text(target.read_text("utf-8").replace("示例局", "别人"), "utf-8")
    modified.questions.answers["ask_overwrite_changed"] = lambda path, gone: "save_as"
    modified.questions.answers["ask_save_path"] = lambda suggested: str(target)  # chosen again in the dialog
    assert modified.files.save()
    assert json_format.load(target).projects[0].code == "changed"


# == .xlsx is a document, other tables are imports ============================================
def test_xlsx_is_a_document_format(window: MainWindow, tmp_path: Path, qtbot: Any) -> None:
    book = tmp_path / "绩效目标.xlsx"
    window.questions.answers["ask_save_path"] = lambda suggested: str(book)
    assert window.files.save_as()
    assert window.files.path == book and not window.isWindowModified()
    assert window.windowTitle() == "绩效目标.xlsx[*] - jxeditor 绩效目标表编辑器"
    first = book.read_bytes()
    win = new_window(qtbot)
    assert win.files.open_file(book)
    assert win.files.path == book and win.windowTitle() == "绩效目标.xlsx[*] - jxeditor 绩效目标表编辑器"
    assert win.session.doc == window.session.doc
    edit(win, "xlsx-edit")
    assert win.files.save()  # back into the workbook, the previous one kept as .bak
    assert backup_path(book).read_bytes() == first
    again = new_window(qtbot)
    assert again.files.open_file(book) and again.session.doc == win.session.doc


def test_text_table_is_an_import(window: MainWindow, tmp_path: Path) -> None:
    source = ROOT / "tests" / "fixtures" / "samples" / "dalian-hitech-finance-2026.txt"
    table = tmp_path / "表格.txt"
    table.write_bytes(source.read_bytes())
    assert window.files.open_file(table)
    assert window.files.path is None and window.windowTitle() == "表格.json[*] - jxeditor 绩效目标表编辑器"
    asked: list[str] = []
    window.questions.answers["ask_save_path"] = lambda suggested: asked.append(suggested) or None
    assert not window.files.save()
    assert asked == [str(tmp_path / "表格.json")]
    assert table.read_bytes() == source.read_bytes()


# == the binding itself must not crash the editor ==============================================
def test_many_void_qt_calls_do_not_abort(qapp: Any) -> None:
    """PySide6 6.12 takes a reference from ``None`` on every void call; without the repair
    in ``ui.qtcompat`` the interpreter aborted after a few thousand (about a hundred
    project switches), losing all unsaved work."""
    import sys as _sys

    from PySide6.QtWidgets import QLineEdit

    import ui.platform.qtcompat  # noqa: F401

    edit_line = QLineEdit()
    before = _sys.getrefcount(None)
    for _ in range(20_000):
        edit_line.setText("x")
    assert _sys.getrefcount(None) > 1_000_000 or before - _sys.getrefcount(None) < 100


# == issue 20.13 and 20.14: the recovery copy keeps the file's stamp and an absolute path ==
def test_a_colleagues_save_after_the_crash_is_asked_about_at_the_restored_save(
    window: MainWindow, qtbot: Any, temp_data_dir: Path
) -> None:
    file = window.files.path
    assert file is not None
    edit(window, "typed before the crash")
    window.files.autosave.write_blocking()
    [copy] = copies(temp_data_dir)
    meta = json.loads(copy.read_text("utf-8"))
    assert meta["stamp"]["digest"] and meta["stamp"]["path"] == str(file.resolve())
    meta["pid"] = dead_pid()  # the editor crashed
    copy.write_text(json.dumps(meta, ensure_ascii=False), "utf-8")
    theirs = file.read_bytes().replace(b"\n", b"\n ", 1)  # a colleague saved meanwhile
    file.write_bytes(theirs)

    win = new_window(qtbot)
    win.questions.answers["ask_restore_recovery"] = lambda *a: "restore"
    assert win.files.offer_recovery() == 1
    asked: list[Path] = []
    win.questions.answers["ask_overwrite_changed"] = lambda path, gone: asked.append(path) or "cancel"
    assert not win.files.save()
    assert asked == [file] and file.read_bytes() == theirs  # nothing overwritten unasked
    win.questions.answers["ask_overwrite_changed"] = lambda path, gone: "overwrite"
    assert win.files.save()
    assert json_format.load(file).projects[0].code == "typed before the crash"


def test_the_recovery_copy_stores_the_path_absolute_and_resolved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sample_doc: Document
) -> None:
    here = tmp_path / "real"
    here.mkdir()
    if sys.platform != "win32":  # a symbolic link needs administrator rights on Windows
        (tmp_path / "link").symlink_to(here)
        here = tmp_path / "link"
    monkeypatch.chdir(here)
    store = RecoveryStore(tmp_path / "recovery")
    slot = store.new_slot()
    store.write(slot, json_format.dumps(sample_doc), "doc.json", "doc.json")
    [entry] = store.entries()
    assert entry.original == str(tmp_path.resolve() / "real" / "doc.json")
    assert entry.stamp is None  # no stamp noted: a restore stamps the file as it is then
