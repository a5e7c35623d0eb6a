"""The files of a session: documents keep their path, imports ask where to save, a failed
open changes nothing, saves keep the previous version, and the unsaved-changes question.

Dialogs are the typed fake (``FakeQuestions``): a question nobody answered fails the test.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from fake_questions import FakeQuestions
from fixture_paths import SAMPLES
from session_fixtures import document_files

from jxeditor.document.document import Document
from jxeditor.formats import json_format
from jxeditor.formats.documents import save_document
from jxeditor.formats.xlsx.common import META_SHEET
from jxeditor.storage.atomic import backup_path
from ui.session.files import DocumentFiles, recent_files

SAMPLE_TEXT = SAMPLES / "dalian-hitech-finance-2026.txt"


@pytest.fixture
def files(sample_doc: Document) -> Iterator[DocumentFiles]:
    with document_files(sample_doc) as files:
        yield files


@pytest.fixture
def questions(files: DocumentFiles) -> FakeQuestions:
    fake = files.questions
    assert isinstance(fake, FakeQuestions)
    return fake


@pytest.fixture
def saved(tmp_path: Path, sample_doc: Document) -> Path:
    path = tmp_path / "doc.json"
    json_format.save(sample_doc, path)
    return path


def edit(files: DocumentFiles, value: str = "42") -> None:
    files.session.set_project_field(files.session.doc.projects[0], "code", value)


def test_a_new_session_is_untitled_and_unmodified(files: DocumentFiles) -> None:
    assert files.path is None
    assert files.title() == "未命名[*] - jxeditor 绩效目标表编辑器"
    assert not files.is_modified()


def test_opening_a_json_keeps_its_path(files: DocumentFiles, saved: Path, qtbot) -> None:
    edit(files)
    with qtbot.wait_signal(files.titleChanged):
        assert files.open_file(saved)
    assert files.path == saved
    assert files.title() == "doc.json[*] - jxeditor 绩效目标表编辑器"
    assert files.session.doc == json_format.load(saved)
    assert not files.is_modified() and files.session.stack.count() == 0
    assert recent_files()[0] == str(saved.resolve())
    assert files.dialog_folder() == str(saved.parent)


def test_an_imported_text_has_no_path_and_save_suggests_stem_json(
    files: DocumentFiles, questions: FakeQuestions, tmp_path: Path
) -> None:
    assert files.open_file(SAMPLE_TEXT)
    assert files.path is None and files.stamp is None
    assert len(files.session.doc.projects) == 12
    assert files.title() == "dalian-hitech-finance-2026.json[*] - jxeditor 绩效目标表编辑器"
    asked: list[str] = []
    target = tmp_path / "imported.json"

    def where(suggested: str) -> str:
        asked.append(suggested)
        return str(target)

    questions.answers["ask_save_path"] = where
    assert files.save()  # 保存 of an import asks where, never writes beside the .txt
    assert Path(asked[0]).name == "dalian-hitech-finance-2026.json"
    assert files.path == target
    assert json_format.load(target) == files.session.doc
    assert not (SAMPLES / "dalian-hitech-finance-2026.json").exists()
    edit(files)
    assert files.save()  # from now on 保存 writes back without asking
    assert len(asked) == 1


@pytest.mark.parametrize(
    ("name", "content"),
    [("broken.json", "{ not json"), ("missing.json", None), ("table.docx", "x")],
)
def test_a_failed_open_leaves_everything_as_it_was(
    files: DocumentFiles, questions: FakeQuestions, saved: Path, tmp_path: Path,
    name: str, content: str | None, qtbot,
) -> None:
    assert files.open_file(saved)
    edit(files)
    doc = files.session.doc
    before, projects, title = copy.deepcopy(doc), list(doc.projects), files.title()
    errors: list[str] = []
    questions.answers["show_error"] = errors.append
    bad = tmp_path / name
    if content is not None:
        bad.write_text(content, "utf-8")
    with qtbot.assert_not_emitted(files.session.currentProjectChanged):
        assert not files.open_file(bad)
    assert len(errors) == 1 and name in errors[0]
    assert doc == before and doc.projects == projects
    assert all(a is b for a, b in zip(doc.projects, projects, strict=True))
    assert (files.path, files.title()) == (saved, title)
    assert files.is_modified()
    files.session.undo()  # the history survived as well
    assert doc.projects[0].code == ""


def test_the_second_save_keeps_the_first_version_as_bak(
    files: DocumentFiles, tmp_path: Path
) -> None:
    target = tmp_path / "out.json"
    edit(files, "first")
    assert files.save_file(target)
    assert not backup_path(target).exists()
    assert backup_path(target).name == "out.json.bak"
    edit(files, "second")
    assert files.save_file(target)
    assert json_format.load(backup_path(target)).projects[0].code == "first"
    assert json_format.load(target).projects[0].code == "second"
    assert files.path == target and files.title() == "out.json[*] - jxeditor 绩效目标表编辑器"


def test_is_modified_and_title_follow_the_undo_stack(
    files: DocumentFiles, tmp_path: Path, qtbot
) -> None:
    with qtbot.wait_signal(files.titleChanged):
        edit(files)
    assert files.is_modified()
    with qtbot.wait_signal(files.titleChanged):
        files.session.undo()
    assert not files.is_modified()
    edit(files)
    with qtbot.wait_signal(files.session.message) as note:
        assert files.save_file(tmp_path / "a.json")
    assert "a.json" in note.args[0]
    assert not files.is_modified()
    files.session.undo()  # undone past the saved state: modified again
    assert files.is_modified()


def test_maybe_save_does_not_ask_when_clean(files: DocumentFiles, questions: FakeQuestions) -> None:
    assert files.maybe_save()
    assert questions.asked == []


@pytest.mark.parametrize(("answer", "result"), [("discard", True), ("cancel", False)])
def test_maybe_save_discard_and_cancel(
    files: DocumentFiles, questions: FakeQuestions, answer: str, result: bool
) -> None:
    edit(files)
    questions.answers["ask_save_changes"] = lambda name: answer
    assert files.maybe_save() is result
    assert questions.asked == ["ask_save_changes"]
    assert files.is_modified()  # nothing saved, nothing undone
    assert files.session.doc.projects[0].code == "42"


def test_maybe_save_save_writes_the_file(
    files: DocumentFiles, questions: FakeQuestions, saved: Path
) -> None:
    assert files.open_file(saved)
    edit(files)
    names: list[str] = []
    questions.answers["ask_save_changes"] = lambda name: names.append(name) or "save"
    assert files.maybe_save()
    assert names == ["doc.json"]
    assert json_format.load(saved).projects[0].code == "42"
    assert not files.is_modified()


def test_maybe_save_save_cancelled_in_the_file_dialog(
    files: DocumentFiles, questions: FakeQuestions
) -> None:
    edit(files)
    questions.answers["ask_save_changes"] = lambda name: "save"
    questions.answers["ask_save_path"] = lambda suggested: None
    assert not files.maybe_save()
    assert files.is_modified()


def test_new_file_and_open_dialog(
    files: DocumentFiles, questions: FakeQuestions, saved: Path
) -> None:
    edit(files)
    questions.answers["ask_save_changes"] = lambda name: "cancel"
    assert not files.new_file()
    assert files.session.doc.projects[0].code == "42"
    questions.answers["ask_save_changes"] = lambda name: "discard"
    assert files.new_file()
    assert len(files.session.doc.projects) == 1 and files.path is None
    assert files.title() == "未命名[*] - jxeditor 绩效目标表编辑器"
    assert files.session.current is files.session.doc.projects[0]
    questions.answers["ask_open_path"] = lambda folder: str(saved)
    assert files.open_dialog()
    assert files.path == saved and len(files.session.doc.projects) == 3
    questions.answers["ask_open_path"] = lambda folder: None
    assert not files.open_dialog()
    assert files.path == saved


def test_a_failed_takeover_leaves_the_previous_document_path_and_title(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The adversarial review's case: validation raises after the new document came in.
    Open is all or nothing, so Ctrl+S can never write B's content over A."""
    from jxeditor.document.model import new_project
    from jxeditor.rules import engine
    from ui.main_window import MainWindow

    a, b = tmp_path / "A.json", tmp_path / "B.json"
    json_format.save(Document(projects=[new_project(name="甲项目")]), a)
    json_format.save(Document(projects=[new_project(name="炸弹")]), b)
    window = MainWindow(FakeQuestions())
    qtbot.addWidget(window)
    assert window.files.open_file(a)
    window.session.set_project_field(window.session.doc.projects[0], "code", "1")  # unsaved
    real = engine.Validator.project

    def explode(self: engine.Validator, index: int) -> list:
        if self.doc.projects[index].name == "炸弹":
            raise RuntimeError("boom")
        return real(self, index)

    monkeypatch.setattr(engine.Validator, "project", explode)
    errors: list[str] = []
    window.questions.answers["show_error"] = errors.append
    assert not window.files.open_file(b)
    assert errors and "B.json" in errors[0]
    assert window.files.path == a and window.windowTitle().startswith("A.json")
    assert [p.name for p in window.session.doc.projects] == ["甲项目"]
    assert window.session.doc.projects[0].code == "1" and window.session.stack.canUndo()
    assert window.indicators.model.project is window.session.doc.projects[0]
    assert window.files.save()
    assert json_format.load(a).projects[0].name == "甲项目"
    assert json_format.load(a).projects[0].code == "1"


def test_a_cancelled_open_changes_nothing(qtbot, tmp_path: Path) -> None:
    from jxeditor.document.model import new_project
    from ui.main_window import MainWindow
    from ui.session.questions import Cancelled

    other = tmp_path / "其他.json"
    json_format.save(Document(projects=[new_project(name="别的")]), other)
    window = MainWindow(FakeQuestions())
    qtbot.addWidget(window)
    before = copy.deepcopy(window.session.doc)

    def cancel(text: str) -> None:
        assert "其他.json" in text
        raise Cancelled

    window.questions.answers["run_long"] = cancel
    assert not window.files.open_file(other)
    assert window.session.doc == before and window.files.path is None
    assert "已取消" in window.statusBar().currentMessage()


# == issue 13.9: saving a workbook jxeditor did not write ==================================
def _foreign_workbook(tmp_path: Path, doc: Document) -> Path:
    path = tmp_path / "form.xlsx"
    save_document(doc, path)
    wb = openpyxl.load_workbook(path)
    del wb[META_SHEET]  # the bureau's own form: no hidden sheet of ours
    wb.save(path)
    return path


def test_saving_a_foreign_workbook_asks_and_keeps_the_original_by_default(
    files: DocumentFiles, questions: FakeQuestions, tmp_path: Path, sample_doc: Document
) -> None:
    path = _foreign_workbook(tmp_path, sample_doc)
    original = path.read_bytes()
    assert files.open_file(path) and files.foreign_workbook
    edit(files)
    asked: list[Path] = []
    questions.answers["ask_save_foreign_workbook"] = lambda p: asked.append(p) or "save_as"
    suggested: list[str] = []
    target = tmp_path / "mine.xlsx"
    questions.answers["ask_save_path"] = lambda s: suggested.append(s) or str(target)
    assert files.save()
    assert asked == [path] and suggested == [str(tmp_path / "form-jxeditor.xlsx")]
    assert path.read_bytes() == original and files.path == target
    assert not files.foreign_workbook  # ours now: the next 保存 does not ask
    edit(files, "43")
    assert files.save()


def test_saving_a_foreign_workbook_overwrite_and_cancel(
    files: DocumentFiles, questions: FakeQuestions, tmp_path: Path, sample_doc: Document
) -> None:
    path = _foreign_workbook(tmp_path, sample_doc)
    original = path.read_bytes()
    assert files.open_file(path)
    edit(files)
    questions.answers["ask_save_foreign_workbook"] = lambda p: "cancel"
    assert not files.save() and path.read_bytes() == original and files.is_modified()
    questions.answers["ask_save_foreign_workbook"] = lambda p: "overwrite"
    assert files.save() and path.read_bytes() != original
    assert not files.foreign_workbook


def test_our_own_export_is_saved_without_asking(
    files: DocumentFiles, tmp_path: Path, sample_doc: Document
) -> None:
    path = tmp_path / "ours.xlsx"
    save_document(sample_doc, path)
    assert files.open_file(path) and not files.foreign_workbook
    edit(files)
    assert files.save()


def test_a_large_document_opened_is_kept_out_of_the_collectors_reach(
    files: DocumentFiles, tmp_path: Path, sample_doc: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    from ui.session import files as files_module

    monkeypatch.setattr(files_module, "LONG_LIVED_PROJECTS", len(sample_doc.projects))
    bigger = copy.deepcopy(sample_doc)
    bigger.projects = bigger.projects * 2  # the same objects twice: quick to make
    big, small = tmp_path / "big.json", tmp_path / "small.json"
    json_format.save(bigger, big)
    json_format.save(sample_doc, small)
    left_behind: list[int] = []
    real_freeze = gc.freeze

    def freeze() -> None:
        left_behind.append(gc.collect())  # cyclic garbage would be kept for good
        real_freeze()

    monkeypatch.setattr(gc, "freeze", freeze)
    gc.collect()
    try:
        assert files.open_file(big)
        assert left_behind == [0] and gc.get_freeze_count() > 0
        assert files.open_file(small)  # a small one: what was frozen is given back
        assert left_behind == [0] and gc.get_freeze_count() == 0
        assert gc.isenabled()
    finally:
        gc.unfreeze()


def documents() -> str:
    from PySide6.QtCore import QStandardPaths

    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def test_the_first_save_starts_in_documents_not_in_the_programs_folder(
    files: DocumentFiles, questions: FakeQuestions
) -> None:
    """The sample opened (the latest file, in the program's resources): a new document's
    save dialog and the sample's own 另存为 start in Documents."""
    from jxeditor.resources import resource_path

    assert files.open_file(resource_path("sample-dalian-2026.json"))
    assert recent_files()[0].endswith("sample-dalian-2026.json")
    asked: list[str] = []
    questions.answers["ask_save_path"] = lambda suggested: asked.append(suggested) or None
    assert not files.save_as()
    assert asked[-1] == str(Path(documents()) / "sample-dalian-2026.json")
    questions.answers["ask_save_changes"] = lambda name: "discard"
    assert files.new_file()
    assert not files.save()
    assert asked[-1] == str(Path(documents()) / "未命名")


def test_then_the_last_folder_used(
    files: DocumentFiles, questions: FakeQuestions, tmp_path: Path
) -> None:
    folder = tmp_path / "绩效目标"
    folder.mkdir()
    questions.answers["ask_save_path"] = lambda suggested: str(folder / "甲.json")
    assert files.save_as()
    questions.answers["ask_save_changes"] = lambda name: "discard"
    assert files.new_file()
    assert files.dialog_folder() == str(folder)
    asked: list[str] = []
    questions.answers["ask_open_path"] = lambda start: asked.append(start) or None
    assert not files.open_dialog()
    assert asked == [str(folder)]
