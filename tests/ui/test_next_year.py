"""文件 → 生成下一年度: written where the person says, opened in place, notices shown."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from jxeditor.document.model import Period
from jxeditor.formats import json_format
from ui.session.yearly_files import make_next_year, suggested_next_path


def test_next_year_is_written_and_opened(window, tmp_path: Path) -> None:
    q = window.questions
    window.session.doc.projects[1].period = Period(date(2025, 1, 1), date(2026, 12, 31))
    window.session.stack.resetClean()  # an unsaved edit: asked about first
    target = tmp_path / "doc-2027.json"
    suggested: list[str] = []
    q.answers["ask_save_path"] = lambda s: suggested.append(s) or str(target)
    assert window.menus.act_next_year.text().startswith("生成下一年度")
    window.menus.act_next_year.trigger()
    assert suggested == [str(tmp_path / "doc-2027-目标.json")]
    assert q.asked[-2:] == ["ask_save_changes", "ask_save_path"]
    doc = window.session.doc
    assert doc.year == 2027 and window.files.path == target
    assert [p.name for p in doc.projects] == ["示例项目0", "示例项目2"]
    assert doc.projects[0].indicators[0].children[0].children[0].history[0].year == 2026
    assert json_format.load(target).year == 2027
    assert window.files.is_modified() is False
    assert any("示例项目1" in info and "未带入" in info for info in q.infos)


def test_cancelled_twice_changes_nothing(window, tmp_path: Path) -> None:
    q = window.questions
    q.answers["ask_save_path"] = lambda _s: None
    before = window.session.doc.year
    assert not make_next_year(window.files)
    window.session.stack.resetClean()
    q.answers["ask_save_changes"] = lambda _n: "cancel"
    assert not make_next_year(window.files)
    assert window.session.doc.year == before
    assert list(tmp_path.glob("*-2027.json")) == []


def test_a_failed_write_is_an_error(window, tmp_path: Path) -> None:
    q = window.questions
    errors: list[str] = []
    q.answers["ask_save_path"] = lambda _s: str(tmp_path / "doc.pdf")
    q.answers["show_error"] = errors.append
    assert not make_next_year(window.files)
    assert errors and window.session.doc.year == 2026


def test_the_suggestion_for_an_unsaved_document(window) -> None:
    window.files.path = None
    window.files.display_name = "未命名"
    assert suggested_next_path(window.files, 2027).endswith("未命名-2027-目标.json")


def test_text_cut_in_the_new_workbook_is_said(window, tmp_path: Path) -> None:
    """Written as .xlsx: a goal longer than a cell holds is reported with the other notices."""
    q = window.questions
    window.session.doc.projects[0].goals.period = "长" * 40000
    window.session.stack.resetClean()
    target = tmp_path / "doc-2027.xlsx"
    q.answers["ask_save_path"] = lambda _s: str(target)
    q.answers["ask_save_changes"] = lambda _n: "discard"
    assert make_next_year(window.files)
    assert window.files.path == target
    assert any("截断" in info for info in q.infos)
    assert window.session.doc.projects[0].goals.period == "长" * 40000
