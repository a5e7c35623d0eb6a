"""Issue 33.2: a worksheet in the usual spelling is measured by C-speed bounds
(:mod:`jxeditor.formats.part_bounds`), never below the exact scan's measures; the exact
scan still decides every part the bounds do not settle, and every total they put over a
limit."""

from __future__ import annotations

import io
import random
import re
import zipfile
from pathlib import Path

import pytest
from hand_made_xlsx import MAIN, xlsx
from hypothesis import given, settings
from hypothesis import strategies as st

from jxeditor.errors import FileFormatError
from jxeditor.formats import safety
from jxeditor.formats.part_bounds import PartBound, bound_sheet, well_formed
from jxeditor.formats.sheet_scan import SHEET_ROOTS, DtdFound, PartScan, column_number
from jxeditor.formats.xlsx import writer
from jxeditor.formats.xlsx.sheet_grid import read_grids

SAMPLE_JSON = Path(__file__).resolve().parents[2] / "resources" / "sample-dalian-2026.json"


def _exact(data: bytes) -> PartScan:
    scan = PartScan(data[:100])
    scan.feed(data)
    scan.close()
    return scan


def _sheet(body: str) -> bytes:
    return f'<?xml version="1.0"?><worksheet xmlns="{MAIN}"><sheetData>{body}</sheetData></worksheet>'.encode()


def _letters(column: int) -> str:
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _random_body(rng: random.Random) -> str:
    """Rows of cells mostly in the canonical spelling, now and then in another one."""
    out: list[str] = []
    row = 0
    for _ in range(rng.randint(0, 6)):
        row += rng.randint(1, 300)
        cells: list[str] = []
        column = 0
        for _ in range(rng.randint(0, 5)):
            column += rng.randint(1, 60)
            ref = f'<c r="{_letters(column)}{row}"'
            if rng.random() < 0.08:  # another spelling: the exact scan must measure it
                ref = rng.choice([f"<c r='{_letters(column)}{row}'", f'<c r="{_letters(column).lower()}{row}"',
                                  "<c", f'<x:c r="{_letters(column)}{row}"', f'<c s="1" r="{_letters(column)}{row}"'])
            content = rng.choice(["<v>1</v>", "", "<is><t>字字字</t></is>", "<v>0</v>",
                                  "<f>1+1</f>", "<v>12</v>", "<is><t>a&amp;b</t></is>"])
            kind = rng.choice(['', ' t="s"', ' t="n"']) if "<v>" in content else ' t="inlineStr"'
            name = ref.split()[0][1:] if " " in ref else ref[1:]
            cells.append(f"{ref}{kind}>{content}</{name}>" if content else f"{ref}/>")
        extra = rng.choice(["", "<!-- <c r=\"XFD9\"/> -->", "<x/>"])
        out.append(f'<row r="{row}">{extra}{"".join(cells)}</row>')
    return "".join(out)


def test_fuzz_the_bounds_are_never_below_the_exact_scan(capsys: pytest.CaptureFixture[str]) -> None:
    rng = random.Random(33)
    bounded = 0
    for _ in range(600):
        body = _random_body(rng)
        data = _sheet(body).replace(b'xmlns="', b'xmlns:x="' + MAIN.encode() + b'" xmlns="', 1)
        bound = bound_sheet(data)
        if bound is None:
            continue
        scan = _exact(data)
        assert well_formed(data), body
        assert bound.rows >= scan.rows and bound.columns >= scan.columns, body
        assert bound.cells >= scan.cells and bound.idle >= scan.idle, body
        assert bound.text >= scan.text, body
        assert bound.any_shared >= sum(scan.shared_refs.values()), body
        bounded += 1
    with capsys.disabled():
        print(f"\n界限模糊测试: {bounded} 个工作表的界限不小于精确扫描")
    assert bounded > 200


@pytest.mark.parametrize("cell", [
    "<c><v>1</v></c>", "<c r='A1'><v>1</v></c>", '<c r="a1"><v>1</v></c>', '<c r="A01"><v>1</v></c>',
    '<c r=" A1"><v>1</v></c>', '<c s="1" r="A1"><v>1</v></c>', '<x:c r="A1"><v>1</v></c>',
    '<c r="&#65;1"><v>1</v></c>', '<c r="A1"/><c\tr="XFD1"/>', '<c r="A12345678"/>',
])
def test_another_spelling_goes_to_the_exact_scan(cell: str) -> None:
    assert bound_sheet(_sheet(f'<row r="1">{cell}</row>')) is None


def test_other_parts_and_encodings_go_to_the_exact_scan() -> None:
    assert bound_sheet(f'<sst xmlns="{MAIN}"><si><t>字</t></si></sst>'.encode()) is None
    assert bound_sheet(_sheet('<row r="1"><c r="A1"/></row>').decode().encode("utf-16")) is None
    assert bound_sheet(b"<!-- x --><worksheet/>") is None
    assert bound_sheet(_sheet('<row r="1"><c r="B7"><v>1</v></c></row>')) is not None


def test_well_formed_is_the_exact_scans_expat() -> None:
    assert well_formed(_sheet('<row r="1"><c r="A1"><v>1</v></c></row>'))
    assert not well_formed(_sheet('<row r="1"><c r="A1"><v>&#0;</v></c></row>'))
    assert not well_formed(_sheet('<row r="1"><c r="A1" r="B1"/></row>'))
    with pytest.raises(DtdFound):
        well_formed(b'<!DOCTYPE w [<!ENTITY a "b">]><worksheet/>')


def test_an_export_is_measured_by_its_bounds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No worksheet of a workbook in the usual spelling goes through the exact scan."""
    from jxeditor.formats import json_format

    path = tmp_path / "export.xlsx"
    writer.save_xlsx(json_format.load(SAMPLE_JSON), path)
    kinds: list[str] = []

    class Counting(PartScan):
        def close(self) -> None:
            super().close()
            kinds.append(self.kind)

    monkeypatch.setattr(safety, "PartScan", Counting)
    safety.check_workbook(path)
    assert "sheet" not in kinds
    assert len(read_grids(path)) > 3


def test_a_total_over_a_limit_by_the_bounds_only_is_measured_exactly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bounds weigh every cell at the longest shared string; exactly, one cell uses
    it: the workbook is read. Over the exact measure, it is refused as before."""
    body = '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' + "".join(
        f'<row r="{r}"><c r="A{r}"><v>{r}</v></c><c r="B{r}"><v>1</v></c></row>' for r in range(2, 41))
    path = tmp_path / "shared.xlsx"
    path.write_bytes(xlsx(body, shared=["长" * 100]))
    archive = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    sheet = archive.read("xl/worksheets/sheet1.xml")
    bound = bound_sheet(sheet)
    exact = _exact(sheet).text + 100
    assert bound is not None and len(sheet) < 5000 < bound.text + bound.any_shared * 100
    assert exact < 5000
    monkeypatch.setattr(safety, "MAX_TEXT_CHARS", 5000)
    assert read_grids(path)[0].rows[0] == ["长" * 100, ""]
    monkeypatch.setattr(safety, "MAX_TEXT_CHARS", exact - 1)
    with pytest.raises(FileFormatError, match="文字展开后过多"):
        read_grids(path)


def _general_rows_columns(refs: list[tuple[int, int]]) -> tuple[int, int]:
    """The rectangle as the general path gives it: every reference's row and column
    found (99 rows while none is beyond; 8 or 26 columns while none is beyond H or Z)."""
    if not refs:
        return 0, 0
    top, right = max(r for r, _c in refs), max(c for _r, c in refs)
    return max(top, 99), 8 if right <= 8 else 26 if right <= 26 else right


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 1_048_576) | st.integers(1, 130),
                          st.integers(1, 16_384) | st.integers(1, 30)), max_size=12),
       st.booleans())
def test_the_quick_rectangle_is_the_general_one(refs: list[tuple[int, int]], ordered: bool) -> None:
    """Issue 33.2: a sheet in A1:H99 settled by one search, and the largest row taken from
    the last reference when no reference is above it, give the rectangle of the general
    path (every reference found), whatever the order of the rows."""
    cells = sorted(refs) if ordered else refs
    body = "".join(f'<row r="{r}"><c r="{_letters(c)}{r}"><v>1</v></c></row>' for r, c in cells)
    bound = bound_sheet(_sheet(body))
    assert bound is not None
    assert (bound.rows, bound.columns) == _general_rows_columns(refs)


@settings(max_examples=500, deadline=None)
@given(st.integers(1, 9_999_999), st.integers(1, 9_999_999) | st.integers(-1200, 1200))
def test_a_row_above_is_found_exactly(row: int, other: int) -> None:
    """The search that lets the last reference's row stand for the largest finds a
    reference exactly when its row is above that one."""
    from jxeditor.formats.part_bounds import _row_above

    other = other if other > 0 else max(1, row + other - 1)  # often one near ``row``
    found = _row_above(row).search(b'<row><c r="XB%d"/></row>' % other)
    assert (found is not None) == (other > row)


def test_a_long_sheet_in_order_is_bounded_without_finding_every_row(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Rows in order: the last reference's row, checked by one search, is the bound;
    the search for every row number is not made."""
    from jxeditor.formats import part_bounds

    class NoFindall:
        def __init__(self, pattern: object) -> None:
            self.pattern = pattern

        def match(self, *args: object) -> object:
            return self.pattern.match(*args)  # type: ignore[attr-defined]

        def findall(self, *_args: object) -> object:
            raise AssertionError("every row number found")

    body = "".join(f'<row r="{r}"><c r="A{r}"><v>1</v></c><c r="C{r}"/></row>' for r in range(1, 2501))
    monkeypatch.setattr(part_bounds, "_ROW_OF_CELL", NoFindall(part_bounds._ROW_OF_CELL))
    bound = bound_sheet(_sheet(body))
    assert bound is not None and (bound.rows, bound.columns) == (2500, 8)


def _general_bound(data: bytes) -> PartBound | None:
    """bound_sheet without its quick paths: each spelling by its own search, every
    reference's row and column found."""
    from jxeditor.formats import part_bounds as pb

    root = pb._ROOT.match(data)
    if root is None or root[1].rpartition(b":")[2].decode("latin-1") not in SHEET_ROOTS:
        return None
    if pb._OTHER_CELL.search(data) or pb._PREFIXED_CELL.search(data) or pb._NOT_CANONICAL.search(data):
        return None
    cells = data.count(b'<c r="')
    refs = [(int(r), column_number(c.decode())) for c, r in re.findall(rb'<c r="([A-Z]+)([0-9]+)"', data)]
    rows, columns = _general_rows_columns(refs)
    return PartBound(rows=rows, columns=columns, text=len(data), idle=data.count(b"<"), any_shared=cells)


def test_fuzz_the_quick_bounds_are_the_general_ones() -> None:
    """Issue 33.2: on sheets of every spelling, the quick searches (one for a small sheet
    or another spelling, the last row checked by one search) give the general bounds."""
    rng = random.Random(332)
    for _ in range(600):
        body = _random_body(rng)
        data = _sheet(body).replace(b'xmlns="', b'xmlns:x="' + MAIN.encode() + b'" xmlns="', 1)
        assert bound_sheet(data) == _general_bound(data), body
