"""Our own export read without its cells while no sheet changed (unchanged.py), and the
full path taken whenever anything differs."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from builders import clean_document

from jxeditor.document.document import Document
from jxeditor.errors import FileFormatError
from jxeditor.formats.xlsx import reader
from jxeditor.formats.xlsx.reader import read_workbook
from jxeditor.formats.xlsx.unchanged import read_unchanged, sheet_data, strict_rows
from jxeditor.formats.xlsx.writer import save_xlsx


def _doc() -> Document:
    doc = clean_document()
    second = clean_document().projects[0]
    second.name = "第二个 <项目> & “引号” 'x'"
    second.code = "0012"
    second.goals.annual = "第一行\n第二行\t制表 _x0041_ 保持原样"
    doc.projects.append(second)
    doc.reporting_unit = "示例局"
    return doc


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _rewrite(path: Path, members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def _full_path_only(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Records when the full path (python-calamine) reads the file."""
    calls: list[Path] = []
    original = reader.read_grids

    def spy(path: str | Path) -> list[reader.SheetGrid]:
        calls.append(Path(path))
        return original(path)

    monkeypatch.setattr(reader, "read_grids", spy)
    return calls


def test_an_unchanged_export_is_read_without_its_cells(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _doc()
    path = tmp_path / "book.xlsx"
    save_xlsx(doc, path)
    calls = _full_path_only(monkeypatch)
    found = read_unchanged(path)
    assert found is not None
    sheets, hidden = found
    assert [s.name for s in sheets][:2] == ["汇总", "指标清单"] and len(sheets) == 4
    assert hidden.doc == doc
    assert read_workbook(path) == (doc, [], True)
    assert calls == []


def test_the_same_result_as_the_full_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "book.xlsx"
    save_xlsx(_doc(), path)
    quick = read_workbook(path)
    monkeypatch.setattr(reader, "read_unchanged", lambda *_a, **_k: None)
    assert read_workbook(path) == quick


def test_an_edited_sheet_takes_the_full_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "book.xlsx"
    save_xlsx(_doc(), path)
    members = _members(path)
    name = "xl/worksheets/sheet3.xml"
    members[name] = members[name].replace("示例局".encode(), "别的局".encode(), 1)
    _rewrite(path, members)
    assert read_unchanged(path) is None
    calls = _full_path_only(monkeypatch)
    _doc_read, notices, ours = read_workbook(path)
    assert calls == [path] and ours
    assert any("修改过" in n for n in notices)


EDITED = "工作表“{0}”在导出后被修改过，已按表格中现在的内容重新读取"
VIEW = "工作表“{0}”在导出后被修改过；它只是汇总视图，其中的修改不会读入，请在各项目的工作表中修改"


@pytest.mark.parametrize(("sheet", "cell", "value", "notice"), [
    ("档案室改造", "B6", "别的局", EDITED),  # 主管部门 of the first project
    ("档案室改造", "E15", "≥150平方米", EDITED),  # an indicator value
    ("指标清单", "E2", "≥150平方米", VIEW),
    ("汇总", "A1", "另一个标题", VIEW),
])
def test_a_sheet_edited_in_excel_gives_one_notice(
        tmp_path: Path, sheet: str, cell: str, value: str, notice: str) -> None:
    """Opened and saved by another program (openpyxl rewrites every part, as Excel does):
    one notice for the sheet that was edited, never "re-read" and "deleted" together."""
    path = tmp_path / "book.xlsx"
    save_xlsx(_doc(), path)
    book = openpyxl.load_workbook(path)
    book[sheet][cell] = value
    book.save(path)
    doc, notices, ours = read_workbook(path)
    assert ours and notices == [notice.format(sheet)]
    first = doc.projects[0]
    assert [p.name for p in doc.projects] == [p.name for p in _doc().projects]
    if (sheet, cell) == ("档案室改造", "B6"):
        assert first.department == "别的局"
    elif (sheet, cell) == ("档案室改造", "E15"):
        assert first.indicators[0].children[0].children[0].value == "≥150平方米"
    else:  # a view: nothing read from it
        assert doc == _doc()


@pytest.mark.parametrize("change", [
    lambda s: s.replace(b"jxeditor-xlsx", b"jxeditor-xlsy"),  # not our hidden sheet
    lambda s: s.replace(b"<row r=\"2\">", b"<row r=\"2\" spans=\"1:6\">"),  # another writer's form
    lambda s: s.replace(b"</t></is>", b"&#65;</t></is>", 1),  # a character reference
    lambda s: s.replace(b"<sheetData>", b"<sheetData><!-- -->"),  # a comment
    lambda s: s.replace(b"<is><t", b"<is><x/><t", 1),  # another element
])
def test_an_unexpected_hidden_sheet_takes_the_full_path(tmp_path: Path, change: object) -> None:
    path = tmp_path / "book.xlsx"
    save_xlsx(_doc(), path)
    members = _members(path)
    name = "xl/worksheets/sheet5.xml"
    assert b"jxeditor-xlsx" in members[name]
    members[name] = change(members[name])  # type: ignore[operator]
    _rewrite(path, members)
    assert read_unchanged(path) is None


def test_a_dtd_in_the_sheet_list_takes_the_full_path_which_refuses_it(tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    save_xlsx(_doc(), path)
    members = _members(path)
    members["xl/workbook.xml"] = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]>'
                                  + members["xl/workbook.xml"].split(b"?>", 1)[-1])
    _rewrite(path, members)
    assert read_unchanged(path) is None
    with pytest.raises(FileFormatError, match="DOCTYPE"):
        read_workbook(path)


def test_a_zip_bomb_is_refused_before_anything_is_read(tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    save_xlsx(_doc(), path)
    members = _members(path)
    members["xl/media/bomb.bin"] = b"\0" * (4 * 1024 * 1024)
    _rewrite(path, members)
    with pytest.raises(FileFormatError, match="压缩比"):
        read_unchanged(path)


def test_an_unparsed_sheet_with_a_far_cell_is_never_read(tmp_path: Path) -> None:
    """A sheet whose digest matches is not parsed at all: what lies outside its
    <sheetData> (here a far cell a reader would allocate for) reaches no reader."""
    doc = _doc()
    path = tmp_path / "book.xlsx"
    save_xlsx(doc, path)
    members = _members(path)
    name = "xl/worksheets/sheet3.xml"
    members[name] = members[name].replace(
        b"</sheetData>", b'</sheetData><c r="XFD1048576"><v>1</v></c>', 1)
    _rewrite(path, members)
    assert read_workbook(path) == (doc, [], True)


def test_a_deleted_sheet_is_reported_as_by_the_full_path(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "book.xlsx"
    save_xlsx(_doc(), path)
    members = _members(path)
    members["xl/workbook.xml"] = re.sub(rb'<sheet name="[^"]*" sheetId="4"[^>]*/>', b"",
                                        members["xl/workbook.xml"])
    _rewrite(path, members)
    assert read_unchanged(path) is not None
    doc, notices, ours = read_workbook(path)
    assert len(doc.projects) == 1 and any("已被删除" in n for n in notices)
    monkeypatch.setattr(reader, "read_unchanged", lambda *_a, **_k: None)
    assert read_workbook(path) == (doc, notices, ours)


def test_an_older_export_without_xml_digests_takes_the_full_path(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("jxeditor.formats.xlsx.writer.add_xml_digests", lambda plan, digests: None)
    doc = _doc()
    path = tmp_path / "book.xlsx"
    save_xlsx(doc, path)
    assert read_unchanged(path) is None
    assert read_workbook(path) == (doc, [], True)


def test_strict_rows_reads_the_writers_form() -> None:
    xml = ('<worksheet><sheetData><row r="1"><c r="A1" s="2" t="inlineStr"><is>'
           '<t xml:space="preserve">a &amp; &lt;b&gt;</t></is></c><c r="C1" s="2"/></row>'
           '<row r="3"><c r="B3" s="2" t="inlineStr"><is><t xml:space="preserve">第二\n行'
           '</t></is></c></row></sheetData></worksheet>').encode()
    assert strict_rows(xml) == [["a & <b>", "", ""], [], ["", "第二\n行"]]
    assert sheet_data(b"<worksheet><sheetData/></worksheet>") is None
    assert strict_rows(xml.replace(b"&amp;", b"&")) is None
    assert strict_rows(xml.replace(b"\xe7\xac\xac", b"\xe7\xac")) is None  # bad UTF-8
    assert strict_rows(xml.replace(b"a &amp;", b"_x0041_")) is None


def test_a_missing_member_takes_the_full_path(tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    save_xlsx(_doc(), path)
    members = _members(path)
    del members["xl/worksheets/sheet3.xml"]
    _rewrite(path, members)
    assert read_unchanged(path) is None
    assert zipfile.is_zipfile(io.BytesIO(path.read_bytes()))
    with pytest.raises(FileFormatError):
        read_workbook(path)  # the full path says what is wrong
