"""Old Excel workbooks (.xls) with a value far out (IV65536) are refused before the
reader allocates the whole rectangle; ordinary ones are measured and read as before."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from fixture_paths import FIXTURES

from jxeditor.errors import FileFormatError
from jxeditor.formats.documents import load_document
from jxeditor.formats.safety import check_workbook
from jxeditor.formats.xls_scan import (
    BOF,
    SINGLE_CELLS,
    WORKSHEET,
    NotAWorkbookStream,
    workbook_stream,
    xls_sheet_areas,
)

SAMPLE = FIXTURES / "xlsx-export-sample.xls"


def _first_cell_record(stream: bytes) -> tuple[int, int]:
    """Offset and size of the first cell record of the first worksheet."""
    offset, in_sheet = 0, False
    while offset < len(stream) - 4:
        kind, size = struct.unpack_from("<HH", stream, offset)
        if kind == BOF:
            in_sheet = struct.unpack_from("<H", stream, offset + 6)[0] == WORKSHEET
        elif in_sheet and kind in SINGLE_CELLS:
            return offset, size
        offset += 4 + size
    raise AssertionError("no cell record")


def far_cell_workbook(tmp_path: Path) -> Path:
    """The sample with its first cell moved to IV65536 (row 65535, column 255, 0-based),
    patched in place in the compound file (the record's bytes are unique in it)."""
    data = SAMPLE.read_bytes()
    stream = workbook_stream(data)
    offset, size = _first_cell_record(stream)
    record = stream[offset:offset + 4 + size]
    assert data.count(record) == 1
    at = data.index(record)
    patched = data[:at + 4] + struct.pack("<HH", 65535, 255) + data[at + 8:]
    path = tmp_path / "far.xls"
    path.write_bytes(patched)
    return path


def test_the_sample_is_measured_as_it_is() -> None:
    areas = xls_sheet_areas(SAMPLE.read_bytes())
    assert len(areas) == 5 and all(0 < r < 100 and 0 < c < 20 for r, c in areas)
    check_workbook(SAMPLE)  # stays silent on an ordinary workbook
    doc, _notices = load_document(SAMPLE)
    assert doc.projects


def test_a_far_cell_is_refused_in_one_line(tmp_path: Path) -> None:
    path = far_cell_workbook(tmp_path)
    assert xls_sheet_areas(path.read_bytes())[0] == (65536, 256)
    with pytest.raises(FileFormatError) as caught:
        load_document(path)
    text = str(caught.value)
    assert str(path) in text and "单元格范围异常" in text and "65536" in text and "\n" not in text


def test_junk_in_a_compound_file_is_left_to_the_reader() -> None:
    with pytest.raises(NotAWorkbookStream):
        workbook_stream(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
