"""Hostile and wrong files are refused before any parser sees them, with a Chinese
message naming the file; what the checks unpacked is handed on to the reader."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from builders import two_projects
from python_calamine import CalamineWorkbook, XmlError

from jxeditor.errors import FileFormatError
from jxeditor.formats import safety
from jxeditor.formats.xlsx.reader import read_xlsx
from jxeditor.formats.xlsx.writer import save_xlsx, workbook_bytes


def _export(tmp_path: Path) -> Path:
    path = tmp_path / "book.xlsx"
    save_xlsx(two_projects(), path)
    return path


def _refused(path: Path, match: str) -> None:
    before = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(FileFormatError, match=match) as info:
        read_xlsx(path)
    assert str(path) in str(info.value)
    assert sorted(p.name for p in path.parent.iterdir()) == before  # nothing written


def test_empty_file(tmp_path: Path) -> None:
    (tmp_path / "e.xlsx").write_bytes(b"")
    _refused(tmp_path / "e.xlsx", "空的")


def test_directory(tmp_path: Path) -> None:
    (tmp_path / "d.xlsx").mkdir()
    _refused(tmp_path / "d.xlsx", "文件夹")


def test_text_renamed(tmp_path: Path) -> None:
    (tmp_path / "t.xlsx").write_text("项目名称\t档案室改造\n", encoding="utf-8")
    _refused(tmp_path / "t.xlsx", "文本文件")


def test_html_saved_as_xls(tmp_path: Path) -> None:
    (tmp_path / "h.xls").write_text("<html><body><table><tr><td>1</td></tr></table>",
                                    encoding="utf-8")
    _refused(tmp_path / "h.xls", "HTML")


def test_binary_garbage(tmp_path: Path) -> None:
    (tmp_path / "g.xlsx").write_bytes(bytes(range(256)) * 4)
    _refused(tmp_path / "g.xlsx", "不是 Excel 工作簿")


def test_encrypted_workbook(tmp_path: Path) -> None:
    # An encrypted .xlsx is an OLE2 compound file with EncryptionInfo/EncryptedPackage.
    data = safety.OLE2_MAGIC + bytes(504) + "EncryptionInfo".encode("utf-16-le") + bytes(600)
    (tmp_path / "enc.xlsx").write_bytes(data)
    _refused(tmp_path / "enc.xlsx", "加密")


def test_ole2_that_is_not_a_workbook(tmp_path: Path) -> None:
    data = safety.OLE2_MAGIC + bytes(504) + "WordDocument".encode("utf-16-le") + bytes(600)
    (tmp_path / "w.xls").write_bytes(data)
    _refused(tmp_path / "w.xls", "不是 Excel 工作簿")


def test_truncated_workbook(tmp_path: Path) -> None:
    data, _ = workbook_bytes(two_projects())
    (tmp_path / "cut.xlsx").write_bytes(data[: len(data) // 2])
    _refused(tmp_path / "cut.xlsx", "损坏")


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
        archive.writestr("[Content_Types].xml", "<Types/>")
    (tmp_path / "doc.xlsx").write_bytes(buffer.getvalue())
    _refused(tmp_path / "doc.xlsx", "Word")


def _rewrite(data: bytes, member: str, change: object) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == member:
                content = change(content)  # type: ignore[operator]
            archive.writestr(info.filename, content)
    return out.getvalue()


LAUGHS = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
          b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
          b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>\n')


def _with_entities(xml: bytes) -> bytes:
    body = xml.split(b"?>", 1)[1] if xml.startswith(b"<?xml") else xml
    for tag in (b'<t xml:space="preserve">', b"<t>"):
        if tag in body:
            return LAUGHS + body.replace(tag, tag + b"&lol3;", 1)
    return LAUGHS + body


@pytest.mark.parametrize("member", ["xl/worksheets/sheet1.xml", "xl/workbook.xml"])
def test_billion_laughs_refused(tmp_path: Path, member: str) -> None:
    data, _ = workbook_bytes(two_projects())
    path = tmp_path / "lol.xlsx"
    path.write_bytes(_rewrite(data, member, _with_entities))
    _refused(path, "DOCTYPE")


def test_billion_laughs_in_shared_strings(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active["A1"] = "x"
    buffer = io.BytesIO()
    wb.save(buffer)
    strings = (b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
               b'count="1" uniqueCount="1"><si><t>&lol3;</t></si></sst>')

    def add(content: bytes) -> bytes:
        return content

    data = _rewrite(buffer.getvalue(), "xl/workbook.xml", add)
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for info in source.infolist():
            archive.writestr(info.filename, source.read(info))
        archive.writestr("xl/sharedStrings.xml", LAUGHS + strings)
    path = tmp_path / "sst.xlsx"
    path.write_bytes(out.getvalue())
    _refused(path, "实体扩展")


def test_the_readers_themselves_do_not_expand_entities(tmp_path: Path) -> None:
    """Without our pre-check: calamine fails on the entity, openpyxl (defusedxml) refuses."""
    data, _ = workbook_bytes(two_projects())
    bad = _rewrite(data, "xl/worksheets/sheet1.xml", _with_entities)
    with pytest.raises(XmlError, match="entity"):
        wb = CalamineWorkbook.from_filelike(io.BytesIO(bad))
        wb.get_sheet_by_index(0).to_python()
    with pytest.raises(Exception, match=r"(?i)DTD|entit|invalid XML"):
        openpyxl.load_workbook(io.BytesIO(bad))


def test_dtd_detection() -> None:
    assert safety.has_dtd(b'<?xml version="1.0"?><!-- <a> --><!DOCTYPE x><x/>')
    assert safety.has_dtd('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x><x/>'
                          .encode("utf-16"))
    assert not safety.has_dtd(b'<?xml version="1.0"?><x>&lt;!DOCTYPE</x>')
    assert not safety.has_dtd(b"<x><![CDATA[<!DOCTYPE]]></x>")


def test_zip_bomb_by_ratio(tmp_path: Path) -> None:
    data, _ = workbook_bytes(two_projects())
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(_rewrite(data, "docProps/app.xml", lambda c: c + b" " * 8_000_000))
    _refused(path, "zip 炸弹")


def test_zip_bomb_by_declared_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _export(tmp_path)
    monkeypatch.setattr(safety, "MAX_UNPACKED_BYTES", 10_000)
    _refused(path, "解压后大小异常")
    with pytest.raises(FileFormatError, match="zip 炸弹") as info:
        safety.check_workbook(path)
    assert info.value.path == str(path) and "文件“" in str(info.value)


def test_member_larger_than_declared(tmp_path: Path) -> None:
    """A member that inflates to more than its headers say is refused, not trusted."""
    data, _ = workbook_bytes(two_projects())
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo("xl/workbook.xml")
    smaller = (info.file_size // 2).to_bytes(4, "little")
    patched = bytearray(data)
    patched[info.header_offset + 22:info.header_offset + 26] = smaller  # local header
    start = patched.find(b"PK\x01\x02")
    while start >= 0:  # central directory entries
        name_len = int.from_bytes(patched[start + 28:start + 30], "little")
        if patched[start + 46:start + 46 + name_len] == b"xl/workbook.xml":
            patched[start + 24:start + 28] = smaller
        start = patched.find(b"PK\x01\x02", start + 4)
    path = tmp_path / "liar.xlsx"
    path.write_bytes(bytes(patched))
    _refused(path, "损坏")



def test_one_value_far_out_is_refused_before_the_reader_sees_it(tmp_path: Path) -> None:
    """python-calamine would allocate the whole rectangle (550 GB) and abort the process."""
    wb = openpyxl.Workbook()
    wb.active["A1"] = "项目名称"
    wb.active["XFD1048576"] = "远处的一格"
    wb.save(tmp_path / "far.xlsx")
    _refused(tmp_path / "far.xlsx", "单元格范围异常")


def test_wide_and_long_sheets_that_are_fine_are_read(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["AB3"] = "宽表中的备注"  # two-letter columns: measured cell by cell, small: fine
    ws.cell(120_000, 1, "很长的表")  # six-digit rows in one column: 120,000 cells, fine
    wb.save(tmp_path / "wide.xlsx")
    _doc, notices = read_xlsx(tmp_path / "wide.xlsx")
    assert any("没有找到" in n for n in notices)


def test_checked_workbook_hands_on_the_unpacked_xml(tmp_path: Path) -> None:
    path = _export(tmp_path)
    checked = safety.check_workbook(path)
    assert checked.kind == "zip" and checked.data == path.read_bytes()
    archive = zipfile.ZipFile(io.BytesIO(checked.data))
    xml = [n for n in archive.namelist() if n.endswith((".xml", ".rels"))]
    assert sorted(checked.parts) == sorted(xml)
    assert all(checked.parts[n] == archive.read(n) for n in xml)


def test_unpacked_xml_beyond_the_budget_is_left_in_the_archive(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _export(tmp_path)
    archive = zipfile.ZipFile(path)
    sizes = {i.filename: i.file_size for i in archive.infolist()}
    monkeypatch.setattr(safety, "KEEP_BYTES", 5000)
    checked = safety.check_workbook(path)
    assert sum(len(v) for v in checked.parts.values()) <= 5000
    assert all(sizes[n] == len(v) for n, v in checked.parts.items())
    assert "xl/styles.xml" not in checked.parts  # larger than what is left
    doc, _notices = read_xlsx(path)  # the reader unpacks what was not kept
    assert doc == two_projects()


def test_of_two_members_with_one_name_the_last_counts(tmp_path: Path) -> None:
    data, _ = workbook_bytes(two_projects())
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as archive:
        for info in source.infolist():
            archive.writestr(info.filename, source.read(info))
        with pytest.warns(UserWarning, match="Duplicate name"):
            archive.writestr("docProps/app.xml", b"<Properties/>")
    path = tmp_path / "twice.xlsx"
    path.write_bytes(out.getvalue())
    checked = safety.check_workbook(path)
    assert checked.parts["docProps/app.xml"] == b"<Properties/>"
    assert zipfile.ZipFile(path).read("docProps/app.xml") == b"<Properties/>"


def test_old_excel_files_pass_with_nothing_unpacked(tmp_path: Path) -> None:
    data = safety.OLE2_MAGIC + bytes(504) + "Workbook".encode("utf-16-le") + bytes(600)
    path = tmp_path / "old.xls"
    path.write_bytes(data)
    checked = safety.check_workbook(path)
    assert (checked.kind, checked.parts, checked.data) == ("ole2", {}, data)


def test_a_zip_asking_for_a_newer_zip_version_is_refused(tmp_path: Path) -> None:
    """Found by the fuzz test: zipfile raises NotImplementedError for such a directory."""
    patched = bytearray(workbook_bytes(two_projects())[0])
    start = patched.find(b"PK\x01\x02")  # the first central directory entry
    patched[start + 6:start + 8] = (148).to_bytes(2, "little")  # version needed: 14.8
    path = tmp_path / "newer.xlsx"
    path.write_bytes(bytes(patched))
    _refused(path, "损坏")
