"""文件 → 生成下一年度 and 与其他版本比较 on a session's files: the next year is written
where the person chooses (suggested beside the file), then opened, the current file left
as it was and the projects left out said; a comparison reads another version, follows
the edits a moment later and writes the 修改说明 as a workbook. Dialogs are the fake."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from fake_questions import FakeQuestions
from session_fixtures import document_files

from jxeditor.document.document import Document
from jxeditor.document.model import Period
from jxeditor.document.stages import TARGETS
from jxeditor.formats import json_format
from jxeditor.formats.documents import save_document
from ui.session.files import DocumentFiles
from ui.session.yearly_files import (
    Comparison,
    make_next_year,
    next_name,
    report_path,
    suggested_next_path,
)


@pytest.fixture
def doc(sample_doc: Document) -> Document:
    sample_doc.projects[2].name = "已结束的项目"
    sample_doc.projects[2].period = Period(date(2024, 1, 1), date(2025, 12, 31))
    return sample_doc


@pytest.fixture
def files(doc: Document) -> Iterator[DocumentFiles]:
    with document_files(Document()) as files:
        yield files


@pytest.fixture
def questions(files: DocumentFiles) -> FakeQuestions:
    fake = files.questions
    assert isinstance(fake, FakeQuestions)
    return fake


@pytest.fixture
def opened(files: DocumentFiles, doc: Document, tmp_path: Path) -> Path:
    path = tmp_path / "本年.json"
    json_format.save(doc, path)
    assert files.open_file(path)
    return path


def test_the_next_year_is_suggested_beside_the_file(files: DocumentFiles, opened: Path) -> None:
    assert suggested_next_path(files, 2027) == str(opened.parent / "本年-2027-目标.json")


def test_an_unsaved_document_is_suggested_in_the_dialogs_folder(files: DocumentFiles) -> None:
    assert suggested_next_path(files, 2027) == str(Path(files.dialog_folder()) / "未命名-2027-目标.json")


@pytest.mark.parametrize(
    ("chosen", "written"),
    [("说明.xlsx", "说明.xlsx"), ("说明.XLSX", "说明.XLSX"), ("说明", "说明.xlsx"),
     ("说明.json", "说明.xlsx")],
)
def test_the_change_report_is_a_workbook(chosen: str, written: str) -> None:
    assert report_path(chosen) == written


def test_make_next_year_writes_opens_and_tells(
    files: DocumentFiles, questions: FakeQuestions, opened: Path
) -> None:
    before = opened.read_bytes()
    asked: list[str] = []
    target = opened.parent / "下一年.json"
    questions.answers["ask_save_path"] = lambda suggested: asked.append(suggested) or str(target)
    assert make_next_year(files)
    assert asked == [str(opened.parent / "本年-2027-目标.json")]
    assert opened.read_bytes() == before  # the current file is left as it was
    assert files.path == target and files.session.stack.isClean()
    doc = files.session.doc
    assert doc.year == 2027 and [p.name for p in doc.projects] == ["示例项目0", "示例项目1"]
    assert doc.projects[0].period == Period(date(2027, 1, 1), date(2027, 12, 31))
    assert json_format.load(target).year == 2027
    (info,) = questions.infos
    assert "已生成 2027 年度的文件“下一年.json”" in info and "已结束的项目" in info


def test_the_unsaved_edits_are_carried_into_the_next_year(
    files: DocumentFiles, questions: FakeQuestions, opened: Path
) -> None:
    files.session.set_project_field(files.session.doc.projects[0], "name", "改过的名字")
    questions.answers["ask_save_changes"] = lambda _name: "discard"
    target = opened.parent / "下一年.json"
    questions.answers["ask_save_path"] = lambda _suggested: str(target)
    assert make_next_year(files)
    assert json_format.load(target).projects[0].name == "改过的名字"
    assert json_format.load(opened).projects[0].name == "示例项目0"


def test_cancel_at_the_unsaved_question_or_the_path_changes_nothing(
    files: DocumentFiles, questions: FakeQuestions, opened: Path
) -> None:
    questions.answers["ask_save_path"] = lambda _suggested: None
    assert not make_next_year(files)
    assert files.path == opened and files.session.doc.year == 2026
    files.session.set_project_field(files.session.doc.projects[0], "name", "未保存")
    questions.answers["ask_save_changes"] = lambda _name: "cancel"
    questions.asked.clear()
    assert not make_next_year(files)
    assert questions.asked == ["ask_save_changes"]  # never asked where
    assert files.session.doc.projects[0].name == "未保存"
    assert [p.name for p in opened.parent.glob("*.json")] == ["本年.json"]  # nothing written


def test_a_failed_write_is_said_and_the_document_stays(
    files: DocumentFiles, questions: FakeQuestions, opened: Path
) -> None:
    errors: list[str] = []
    questions.answers["ask_save_path"] = lambda _s: str(opened.parent / "无此文件夹" / "x.json")
    questions.answers["show_error"] = errors.append
    assert not make_next_year(files)
    assert len(errors) == 1 and "x.json" in errors[0]
    assert files.path == opened and files.session.doc.year == 2026


def test_the_next_year_onto_the_open_file_is_refused(
    files: DocumentFiles, questions: FakeQuestions, opened: Path
) -> None:
    """Issue 32.1: the file being edited (its 自评 actuals and scores) is not replaced."""
    before = opened.read_bytes()
    errors: list[str] = []
    questions.answers["ask_save_path"] = lambda _s: str(opened)
    questions.answers["show_error"] = errors.append
    assert not make_next_year(files)
    assert len(errors) == 1 and "本年.json" in errors[0] and "就是输入文件" in errors[0]
    assert opened.read_bytes() == before and not list(opened.parent.glob("*.bak"))
    assert files.path == opened and files.session.doc.year == 2026


@pytest.fixture
def comparison(files: DocumentFiles, opened: Path) -> Comparison:
    return Comparison(files)


def test_a_comparison_reads_the_other_version_and_follows_edits(
    files: DocumentFiles, comparison: Comparison, opened: Path, tmp_path: Path, qtbot: Any
) -> None:
    other = json_format.load(opened)
    other.projects[0].goals.annual = "旧的年度目标"
    old_path = tmp_path / "旧版.json"
    json_format.save(other, old_path)
    assert not comparison.active and comparison.changes == []
    with qtbot.wait_signal(comparison.changed):
        assert comparison.load(old_path)
    assert comparison.active and comparison.other_path == old_path
    assert [(c.field, c.old, c.new) for c in comparison.changes] == [
        ("goals.annual", "旧的年度目标", "完成档案室改造并投入使用。")]
    assert json_format.load(old_path).projects[0].goals.annual == "旧的年度目标"  # never edited
    with qtbot.wait_signal(comparison.changed, timeout=2000):
        files.session.set_project_field(files.session.doc.projects[0], "goals.annual", "旧的年度目标")
    assert comparison.changes == []
    comparison.stop()
    assert not comparison.active and comparison.changes == []


def test_a_comparison_that_cannot_read_says_why(
    comparison: Comparison, questions: FakeQuestions, tmp_path: Path
) -> None:
    bad = tmp_path / "坏.json"
    bad.write_text("{ not json", encoding="utf-8")
    errors: list[str] = []
    questions.answers["show_error"] = errors.append
    assert not comparison.load(bad)
    assert len(errors) == 1 and "坏.json" in errors[0]
    assert not comparison.active


def test_choose_asks_for_the_other_version(
    comparison: Comparison, questions: FakeQuestions, opened: Path
) -> None:
    questions.answers["ask_open_path"] = lambda _folder: None
    assert not comparison.choose()
    questions.answers["ask_open_path"] = lambda folder: str(Path(folder) / opened.name)
    assert comparison.choose() and comparison.changes == []  # the same file: no changes


def test_export_writes_the_change_report(
    files: DocumentFiles, comparison: Comparison, questions: FakeQuestions, opened: Path,
    tmp_path: Path,
) -> None:
    assert not comparison.export()  # nothing compared yet
    other = json_format.load(opened)
    other.projects[1].goals.annual = "旧的年度目标"
    old_path = tmp_path / "旧版.json"
    json_format.save(other, old_path)
    assert comparison.load(old_path)
    messages: list[str] = []
    files.session.message.connect(messages.append)
    asked: list[str] = []
    questions.answers["ask_save_path"] = lambda s: asked.append(s) or str(tmp_path / "说明")
    assert comparison.export()
    assert asked == [str(tmp_path / "本年-修改说明.xlsx")]
    written = tmp_path / "说明.xlsx"
    cells = [str(c) for row in openpyxl.load_workbook(written).active.values for c in row if c]
    assert "旧的年度目标" in cells and "示例项目1" in cells
    assert messages == [f"修改说明已写入“{written}”"]


@pytest.mark.parametrize(
    ("stem", "name"),
    [
        ("大连高新区-2026-自评", "大连高新区-2027-目标"),  # not 大连高新区-2026-自评-2027
        ("2026_运行监控_财政局", "2027_财政局-目标"),
        ("财政局 2026 目标", "财政局 2027-目标"),
        ("sample-dalian-2026", "sample-dalian-2027-目标"),
        ("绩效目标表", "绩效目标表-2027-目标"),  # 目标 inside a word stays
        ("项目20261", "项目20261-2027-目标"),  # another number is not the year
        ("自评", "2027-目标"),
    ],
)
def test_the_next_years_name_says_the_new_year_and_stage(stem: str, name: str) -> None:
    assert next_name(stem, 2026, 2027, TARGETS) == name


def test_export_onto_the_other_version_is_refused(
    files: DocumentFiles, comparison: Comparison, questions: FakeQuestions, tmp_path: Path,
) -> None:
    """Issue 32.1: a 修改说明 named as the other version (a workbook) does not replace it."""
    old_path = tmp_path / "旧版.xlsx"
    save_document(files.session.doc, old_path)
    before = old_path.read_bytes()
    assert comparison.load(old_path)
    errors: list[str] = []
    questions.answers["show_error"] = errors.append
    questions.answers["ask_save_path"] = lambda _s: str(old_path)
    assert not comparison.export()
    assert len(errors) == 1 and "旧版.xlsx" in errors[0]
    assert old_path.read_bytes() == before


def test_export_with_control_characters_is_written_and_said(
    files: DocumentFiles, comparison: Comparison, questions: FakeQuestions, opened: Path,
    tmp_path: Path,
) -> None:
    """Issue 32.5: a control character in a text no longer makes the export fail without
    a file or a message: it is written, the cleaning said."""
    other = json_format.load(opened)
    other.projects[0].goals.annual = "旧\x01的年度目标"
    old_path = tmp_path / "旧版.json"
    json_format.save(other, old_path)
    assert comparison.load(old_path)
    questions.answers["ask_save_path"] = lambda _s: str(tmp_path / "说明.xlsx")
    assert comparison.export()
    cells = [str(c) for row in openpyxl.load_workbook(tmp_path / "说明.xlsx").active.values
             for c in row if c]
    assert "旧的年度目标" in cells
    (info,) = questions.infos
    assert "1 个单元格" in info and "已删去这些字符或截断" in info
