"""Issue 20.1-20.3: the cells and text a workbook will make in the reader are measured
by a streaming XML parser, however the XML is spelled, before python-calamine (which
aborts the process when an allocation fails) sees the file."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import pytest
from hand_made_xlsx import MAIN, xlsx
from python_calamine import CalamineError, CalamineWorkbook

from jxeditor.errors import FileFormatError
from jxeditor.formats import safety
from jxeditor.formats.sheet_scan import PartScan, cell_position
from jxeditor.formats.xlsx.reader import read_grids, read_xlsx

_ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"')
_MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:'
             'names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry '
             'manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.'
             'spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" '
             'manifest:media-type="text/xml"/></manifest:manifest>')


def ods(rows: str) -> bytes:
    """An .ods with one table whose rows are ``rows`` (XML text)."""
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODS_NS}>'
               '<office:body><office:spreadsheet><table:table table:name="表">'
               f"{rows}</table:table></office:spreadsheet></office:body></office:document-content>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", _MANIFEST)
        archive.writestr("content.xml", content)
    return buffer.getvalue()


def ods_cell(text: str, repeat: int = 1) -> str:
    rep = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    return f'<table:table-cell office:value-type="string"{rep}><text:p>{text}</text:p></table:table-cell>'


def ods_empty(repeat: int) -> str:
    return f'<table:table-cell table:number-columns-repeated="{repeat}"/>'


def ods_row(cells: str, repeat: int = 1) -> str:
    rep = f' table:number-rows-repeated="{repeat}"' if repeat > 1 else ""
    return f"<table:table-row{rep}>{cells}</table:table-row>"


FAR = [
    '<row r="1"><c r=\'XFD1048576\'><v>1</v></c></row>',  # single quotes
    '<row r="1"><c r = "XFD1048576"><v>1</v></c></row>',  # spaces around =
    '<row r="1"><c r="xfd1048576"><v>1</v></c></row>',  # lower case
    '<row r="1048576"><c><v>1</v></c>' + "<c><v>1</v></c>" * 20 + "</row>"
    + '<row r="1"><c r="A1"><v>1</v></c></row>',  # no r on the cells: counted
    '<row r="900"><c r="A900"><v>1</v></c>' + "<c><v>1</v></c>" * 9000 + "</row>",
    '<x:row xmlns:x="' + MAIN + '" r="1"><x:c r="XFD1048576"><x:v>1</x:v></x:c></x:row>',
    '<row r="1"><c r="XFD1048576" t="inlineStr"><is><t>远</t></is></c></row>',
]


def _refused(path: Path, match: str) -> None:
    with pytest.raises(FileFormatError, match=match) as info:
        read_xlsx(path)
    assert str(path) in str(info.value) and "\n" not in str(info.value)


@pytest.mark.parametrize("body", FAR)
def test_far_cells_however_spelled(tmp_path: Path, body: str) -> None:
    path = tmp_path / "far.xlsx"
    path.write_bytes(xlsx(body))
    _refused(path, "单元格范围异常")


def test_a_sheet_part_not_named_xml_is_measured(tmp_path: Path) -> None:
    path = tmp_path / "far.xlsx"
    path.write_bytes(xlsx('<row r="1"><c r="XFD1048576"><v>1</v></c></row>', "worksheets/s.dat"))
    _refused(path, "单元格范围异常")


def test_a_sheet_that_is_not_well_formed_xml_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.xlsx"
    path.write_bytes(xlsx('<row r="1"><c r="A1"><v>&#0;</v></c><c r="XFD9"><v>1</v></c></row>'))
    _refused(path, r"不是有效的 XML（第 \d+ 行第 \d+ 列有语法错误）")  # in Chinese (issue 13.8)


def test_a_far_cell_is_refused_without_reading_the_rest_of_the_part(tmp_path: Path) -> None:
    """The limits are checked after every chunk the scan is fed: a far cell near the top
    of a large part is refused there (the malformed XML at the part's end, megabytes on,
    is never reached, so the refusal names the far cell, not the syntax error)."""
    rng = random.Random(3)
    rows = "".join(f'<row r="{r}"><c r="A{r}"><v>{rng.randrange(10**9)}</v></c></row>'
                   for r in range(2, 80_000))
    body = f'<row r="1"><c r="XFD1048576"><v>1</v></c></row>{rows}<row><c><v>&#0;</v></c></row>'
    assert len(body) > 3 * safety.CHUNK
    path = tmp_path / "far-then-more.xlsx"
    path.write_bytes(xlsx(body))
    _refused(path, "单元格范围异常")


def test_many_sheets_together_are_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safety, "MAX_TOTAL_CELLS", 100)
    path = tmp_path / "many.xlsx"
    path.write_bytes(xlsx('<row r="1"><c r="K11"><v>1</v></c></row>'))
    _refused(path, "单元格总数异常")


def test_shared_string_amplification(tmp_path: Path) -> None:
    """One 1,000,000-character string used by 5,000 cells: a small file (under the ratio
    limits of the zip-bomb check), 5·10⁹ characters in the reader."""
    rng = random.Random(2)
    text = "".join(rng.choice("abcdefgh") for _ in range(1_000_000))
    cells = "".join(f'<row r="{r}"><c r="A{r}" t="s"><v>0</v></c></row>' for r in range(1, 5001))
    path = tmp_path / "sst.xlsx"
    path.write_bytes(xlsx(cells, shared=[text]))
    assert path.stat().st_size < 1_000_000
    _refused(path, "文字展开后过多")


def test_shared_strings_used_a_few_times_are_read(tmp_path: Path) -> None:
    cells = "".join(f'<row r="{r}"><c r="A{r}" t="s"><v>0</v></c></row>' for r in range(1, 4))
    path = tmp_path / "sst.xlsx"
    path.write_bytes(xlsx(cells, shared=["项目名称"]))
    assert read_grids(path)[0].rows == [["项目名称"]] * 3


def test_ods_repeated_rows_and_columns_are_bounded(tmp_path: Path) -> None:
    """An 800-byte .ods with a cell at row 100,000, column 1,000."""
    rows = ods_row(ods_cell("项目名称")) + ods_row(ods_empty(1), 99_998) + ods_row(
        ods_empty(999) + ods_cell("远"))
    path = tmp_path / "far.ods"
    path.write_bytes(ods(rows))
    assert path.stat().st_size < 2000
    _refused(path, "单元格范围异常")


def test_ods_repeated_text_is_bounded(tmp_path: Path) -> None:
    rows = ods_row(ods_cell("长" * 100_000, 1000), 1000)  # 10¹¹ characters, if under the area
    path = tmp_path / "text.ods"
    path.write_bytes(ods(rows))
    with pytest.raises(FileFormatError, match=r"单元格范围异常|文字展开后过多"):
        read_xlsx(path)
    path.write_bytes(ods(ods_row(ods_cell("长" * 10_000, 100), 100)))  # 8M cells ok, 10⁸ chars
    _refused(path, "文字展开后过多")


def test_ods_trailing_empty_repeats_as_libreoffice_writes_them_are_fine(tmp_path: Path) -> None:
    rows = ods_row(ods_cell("项目名称") + ods_empty(1023)) + ods_row(ods_empty(1024), 1_048_575)
    path = tmp_path / "lo.ods"
    path.write_bytes(ods(rows))
    assert read_grids(path)[0].rows == [["项目名称"]]


def _idle(xml: str) -> int:
    scan = PartScan(xml.encode("utf-8")[:64])
    scan.feed(xml.encode("utf-8"))
    scan.close()
    return scan.idle


def test_idle_elements_are_those_giving_no_cell_content() -> None:
    def sheet(data: str) -> str:
        return f'<worksheet xmlns="{MAIN}"><sheetData>{data}</sheetData></worksheet>'

    assert _idle(sheet("<row/>" * 1000)) == 1001  # and sheetData
    assert _idle(sheet('<row><c r="A1" s="3"/><c/></row>' * 10)) == 31  # cells without a value
    assert _idle(sheet('<row><c><v>1</v></c><c/><c><is><t>字</t></is></c></row>' * 10)) == 11
    assert _idle(sheet("<x/>" * 50 + "<row><c><v>1</v></c></row>")) == 51
    content = ods(ods_row(ods_cell("字")) * 5 + ods_row(ods_empty(3)) * 7)
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        xml = archive.read("content.xml").decode("utf-8")
    assert _idle(xml) == 3 + 7 * 2  # body, spreadsheet, table; 7 empty rows of one cell


def test_a_part_of_empty_rows_is_refused_without_reading_it_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 20: 100 MB of ``<row/>`` took 15 s to scan for nothing; the idle elements are
    counted after every chunk (the malformed end, megabytes on, is never reached)."""
    monkeypatch.setattr(safety, "MAX_IDLE_ELEMENTS", 5000)
    rng = random.Random(4)
    body = "".join(f'<row r="{rng.randrange(1, 10**9)}"/>' for _ in range(80_000))
    assert len(body) > safety.CHUNK
    path = tmp_path / "rows.xlsx"
    path.write_bytes(xlsx(body + "<row><c><v>&#0;</v></c></row>"))
    _refused(path, "“xl/worksheets/sheet1.xml”中的空行、空单元格等无内容元素过多（超过 5,000 个）")
    monkeypatch.setattr(safety, "MAX_IDLE_ELEMENTS", 100_000)
    monkeypatch.setattr(safety, "MAX_TOTAL_IDLE_ELEMENTS", 5000)
    _refused(path, "工作簿中的空行、空单元格等无内容元素过多")


def test_rows_of_content_are_not_idle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safety, "MAX_IDLE_ELEMENTS", 10)
    rows = "".join(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>' for r in range(1, 3001))
    path = tmp_path / "full.xlsx"
    path.write_bytes(xlsx(rows))
    assert len(read_grids(path)[0].rows) == 3000


def test_cell_position() -> None:
    assert cell_position("B2") == (2, 2)
    assert cell_position(" xfd1048576 ") == (1_048_576, 16_384)
    assert cell_position("$B$2") is None and cell_position("B0") is None


# -- the class: the scan never sees less than the reader makes --------------------------
def _ref(rng: random.Random, row: int, column: int) -> str:
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    text = letters + str(row)
    text = rng.choice([text, text.lower(), text.title()])
    quote = rng.choice(['"', "'"])
    eq = rng.choice(["=", " = ", "= "])
    return f" r{eq}{quote}{text}{quote}"


def _random_sheet(rng: random.Random) -> str:
    out: list[str] = []
    row = 0
    for _ in range(rng.randint(0, 6)):
        row += rng.randint(1, 4)
        row_attr = f' r="{row}"' if rng.random() < 0.6 else ""
        cells: list[str] = []
        column = 0
        for _ in range(rng.randint(0, 5)):
            column += rng.randint(1, 40)
            ref = _ref(rng, rng.choice([row, row + rng.randint(0, 50)]), column) \
                if rng.random() < 0.6 else ""
            content = rng.choice(["<v>1</v>", "", '<is><t>字</t></is>', "<v></v>", "<f>1+1</f>"])
            kind = ' t="inlineStr"' if "<is>" in content else ""
            cells.append(f"<c{ref}{kind}>{content}</c>" if content else f"<c{ref}/>")
        out.append(f"<row{row_attr}>{''.join(cells)}</row>")
    return "".join(out)


def test_fuzz_the_scan_covers_what_the_reader_makes(capsys: pytest.CaptureFixture[str]) -> None:
    rng = random.Random(20)
    compared = 0
    for _ in range(400):
        body = _random_sheet(rng)
        data = xlsx(body)
        try:
            values = CalamineWorkbook.from_filelike(io.BytesIO(data)).get_sheet_by_index(
                0).to_python(skip_empty_area=False)
        except CalamineError:
            continue
        rows = len(values)
        columns = max((len(r) for r in values), default=0)
        sheet = zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml")
        scan = PartScan(sheet[:100])
        scan.feed(sheet)
        scan.close()
        assert scan.rows >= rows and scan.columns >= columns, body
        compared += 1
    with capsys.disabled():
        print(f"\n范围扫描模糊测试: {compared} 个工作表与读取结果一致（不小于）")
    assert compared > 300
