"""The export streams: one sheet's plan alive at a time, sheet XML compressed beyond a
budget, and digests made row by row that equal those of the whole text (the reader
compares them with the workbooks written before)."""

from __future__ import annotations

import copy
import hashlib
import json
import weakref
import zlib
from typing import Any

import pytest
from builders import clean_document
from memory import many_projects, peak_bytes

from jxeditor.formats.json_format import document_to_dict
from jxeditor.formats.xlsx import writer
from jxeditor.formats.xlsx.common import _norm_row, _trim_in_place, grid_digest
from jxeditor.formats.xlsx.hidden_sheet import CHUNK, document_blob, sheet_digest
from jxeditor.formats.xlsx.reader import read_xlsx
from jxeditor.formats.xlsx.sheet_plan import SheetPlan
from jxeditor.formats.xlsx.sheet_xml import sheet_xml, sheet_xml_bytes
from jxeditor.formats.xlsx.styles import Styles


def whole_text_digest(rows: list[list[Any]]) -> str:
    """The digest as it was first defined: the JSON of all trimmed rows at once."""
    normal = _trim_in_place([_norm_row(row) for row in rows])
    data = json.dumps(normal, ensure_ascii=True, separators=(",", ":"))
    return hashlib.sha256(data.encode("ascii")).hexdigest()


@pytest.mark.parametrize("rows", [
    [],
    [[""], ["  "]],
    [["a", "", ""], [], ["", "b"], [""], []],
    [["项目名称", 12.5, None, True], ["x\r\ny"], [], [], ["末行"], ["", ""]],
    [[str(i)] if i % 3 else [] for i in range(5000)],  # several batches, empty rows between
    [["x"]] * 4096 + [[]] * 10,  # two whole batches, then only empty rows
])
def test_the_digest_row_by_row_is_the_digest_of_the_whole_text(rows: list[list[Any]]) -> None:
    assert grid_digest(rows) == whole_text_digest(rows)


def test_packed_sheet_xml_is_the_sheet_xml() -> None:
    from openpyxl import Workbook

    plan = SheetPlan(title="表", widths=[10, 20])
    plan.rows = [[("项目名称", "label", None), ("甲 & <乙>", "text", None)], [], [(3.5, "amount", None)]]
    plan.merges = [(1, 1, 1, 2)]
    xml, digest = sheet_xml(plan, Styles(Workbook(write_only=True)))
    raw, raw_digest = sheet_xml_bytes(plan, Styles(Workbook(write_only=True)), pack=False)
    packed, packed_digest = sheet_xml_bytes(plan, Styles(Workbook(write_only=True)), pack=True)
    assert raw.decode("utf-8") == xml and zlib.decompress(packed) == raw
    assert digest == raw_digest == packed_digest


def test_one_plan_alive_at_a_time_and_the_file_is_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = clean_document()
    doc.projects = [copy.deepcopy(doc.projects[0]) for _ in range(6)]
    for i, project in enumerate(doc.projects):
        project.name = f"项目{i}"
    plain, notices = writer.workbook_bytes(doc)
    planned: list[weakref.ref[SheetPlan]] = []
    most_alive = 0
    stage_form = writer.stage_form

    def counting(*args: Any) -> SheetPlan:
        nonlocal most_alive
        most_alive = max(most_alive, sum(1 for ref in planned if ref() is not None))
        plan = stage_form(*args)
        planned.append(weakref.ref(plan))
        return plan

    monkeypatch.setattr(writer, "stage_form", counting)
    monkeypatch.setattr(writer, "RAW_XML_BYTES", 0)  # every sheet's XML waits compressed
    streamed, streamed_notices = writer.workbook_bytes(doc)
    assert len(planned) == 6 and most_alive <= 1  # only the sheet just written, not all
    assert streamed_notices == notices
    assert _members(streamed) == _members(plain)


def test_a_streamed_export_reads_back_exactly(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writer, "RAW_XML_BYTES", 0)
    doc = clean_document()
    path = tmp_path / "out.xlsx"
    writer.save_xlsx(doc, path)
    assert read_xlsx(path)[0] == doc


def test_the_hidden_copy_is_made_piece_by_piece_and_is_what_it_was() -> None:
    import base64

    doc = many_projects(200)
    text = json.dumps(document_to_dict(doc), ensure_ascii=True, separators=(",", ":")).encode()
    packed = base64.b64encode(zlib.compress(text, 3)).decode("ascii")
    before = ([packed[i:i + CHUNK] for i in range(0, len(packed), CHUNK)],
              hashlib.sha256(text).hexdigest())
    assert document_blob(doc) == before  # the same cells as the one-shot dump gave
    assert peak_bytes(lambda: document_blob(doc)) < len(text)  # was 3 times the JSON


def test_a_large_sheet_is_made_and_digested_without_a_second_copy() -> None:
    from openpyxl import Workbook

    plan = SheetPlan(title="指标清单", widths=[10, 20])
    plan.rows = [[(f"项目{i}", "list", None), ("甲 & <乙>" * 5, "list", None)]
                 for i in range(20_000)]
    styles = Styles(Workbook(write_only=True))
    xml, _digest = sheet_xml_bytes(plan, styles, pack=False)
    # the rows' pieces and their join (the digest's grid) were 2.4 times the XML
    assert peak_bytes(lambda: sheet_xml_bytes(plan, styles, pack=False)) < 1.6 * len(xml)
    assert peak_bytes(lambda: sheet_digest(plan)) < len(xml) / 4


def _members(data: bytes) -> dict[str, bytes]:
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n) for n in z.namelist() if n != "docProps/core.xml"}
