"""The streaming measure of one workbook part: a worksheet's largest row and column with
content (references in any case, quoting or missing), its text and shared-string uses;
the shared strings' lengths; OpenDocument tables with their repeats applied; a DTD
refused; broken XML refused only where cells are; anything else not parsed further."""

from __future__ import annotations

import pytest

from jxeditor.formats.sheet_scan import BadXml, DtdFound, PartScan, cell_position

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def scan(xml: str, *, chunk: int = 0, encoding: str = "utf-8") -> PartScan:
    data = xml.encode(encoding)
    part = PartScan(data[:100])
    if chunk:
        for start in range(0, len(data), chunk):
            part.feed(data[start:start + chunk])
    else:
        part.feed(data)
    part.close()
    return part


def sheet(cells: str) -> str:
    return f'<?xml version="1.0"?><worksheet {NS}><sheetData>{cells}</sheetData></worksheet>'


@pytest.mark.parametrize(
    ("ref", "position"),
    [("A1", (1, 1)), ("b2", (2, 2)), (" AA10 ", (10, 27)), ("XFD1048576", (1048576, 16384)),
     ("A0", None), ("1A", None), ("", None), ("A1B", None)],
)
def test_cell_position(ref: str, position: tuple[int, int] | None) -> None:
    assert cell_position(ref) == position


def test_a_worksheet_measures_its_furthest_cell_with_content() -> None:
    part = scan(sheet('<row r="2"><c r="C2"><v>1</v></c><c r="Z2"/></row>'
                      '<row r="5"><c r="b5" t="inlineStr"><is><t>你好</t></is></c></row>'))
    assert part.kind == "sheet"
    assert (part.rows, part.columns) == (5, 3)  # Z2 is empty: it does not count
    assert part.cells == part.largest_cells == 15
    assert part.text == 1 + 2  # the 1 of C2 and 你好


def test_cells_without_a_reference_follow_the_previous_one() -> None:
    part = scan(sheet('<row><c><v>1</v></c><c><v>2</v></c></row>'
                      '<row><c r="nonsense"><v>3</v></c><c><v>4</v></c><c><v>5</v></c></row>'))
    assert (part.rows, part.columns) == (2, 3)


def test_shared_strings_are_counted_by_index() -> None:
    part = scan(sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>0</v></c>'
                      '<c r="C1" t="s"><v> 3 </v></c><c r="D1" t="s"><v>x</v></c></row>'))
    assert part.shared_refs == {0: 2, 3: 1}
    assert part.text == 0  # their text is in the shared strings


def test_the_shared_strings_part_measures_each_string() -> None:
    part = scan(f'<sst {NS}><si><t>甲乙</t></si><si><r><t>ab</t></r><r><t>c</t></r></si>'
                '<si/></sst>')
    assert part.kind == "sst" and part.strings == [2, 3, 0]


def test_any_namespace_prefix_and_chunking() -> None:
    xml = ('<x:worksheet xmlns:x="urn:x"><x:sheetData><x:row r="40">'
           '<x:c r="AB40"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>')
    for chunk in (0, 1, 7):
        part = scan(xml, chunk=chunk)
        assert (part.rows, part.columns) == (40, 28)


def test_utf16_parts_are_read() -> None:
    part = scan(sheet('<row r="3"><c r="D3"><v>1</v></c></row>'), encoding="utf-16")
    assert (part.rows, part.columns) == (3, 4)


def test_opendocument_repeats_are_applied() -> None:
    xml = ('<office:document-content xmlns:office="o" xmlns:table="t" xmlns:text="x">'
           '<office:body><office:spreadsheet><table:table>'
           '<table:table-row table:number-rows-repeated="3">'
           '<table:table-cell table:number-columns-repeated="4" office:value-type="string">'
           '<text:p>ab</text:p></table:table-cell></table:table-row>'
           '<table:table-row table:number-rows-repeated="1000">'
           '<table:table-cell table:number-columns-repeated="1000"/></table:table-row>'
           '</table:table>'
           '<table:table><table:table-row><table:table-cell/><table:table-cell>'
           '<text:p>c</text:p></table:table-cell></table:table-row></table:table>'
           '</office:spreadsheet></office:body></office:document-content>')
    part = scan(xml)
    assert part.kind == "ods"
    assert (part.rows, part.columns) == (3, 4)  # the empty repeated block does not count
    assert part.largest_cells == 12 and part.cells == 12 + 2
    assert part.text == 2 * 4 * 3 + 1


def test_a_document_type_declaration_is_refused() -> None:
    with pytest.raises(DtdFound):
        scan('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><worksheet/>')


def test_broken_xml_is_refused_where_cells_are() -> None:
    with pytest.raises(BadXml, match=r"第 1 行第 \d+ 列有语法错误"):
        scan(sheet('<row r="1"><c r="A1"><v>1</v></row>'))
    with pytest.raises(BadXml):
        scan(f'<sst {NS}><si><t>未闭合</si></sst>')


def test_other_parts_stop_at_their_root() -> None:
    part = scan('<Relationships xmlns="r"><Relationship/></Relationships><broken')
    assert part.kind == "other" and part.done
    assert (part.rows, part.columns, part.text) == (0, 0, 0)
    part.feed(b"<more/>")  # ignored once done
    assert part.kind == "other"


def test_huge_references_are_clamped_not_overflowing() -> None:
    part = scan(sheet('<row r="999999999999999999"><c r="ZZZZZZZZZZZZ999999999999999"><v>1</v></c>'
                      '</row>'))
    assert 0 < part.rows <= 1 << 40 and 0 < part.columns <= 1 << 40
