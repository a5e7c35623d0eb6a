"""The hidden sheet: the exact document and the digests, written and read back."""

from __future__ import annotations

from pathlib import Path

from builders import clean_document

from jxeditor.formats.xlsx.common import META_MAGIC, META_SHEET, grid_digest
from jxeditor.formats.xlsx.hidden_sheet import CHUNK, document_blob, meta_plan, parse_meta
from jxeditor.formats.xlsx.sheet_plan import SheetPlan

PATH = Path("book.xlsx")


def _rows(plan: SheetPlan) -> list[list[str]]:
    return plan.grid()


def test_written_and_read_back() -> None:
    doc = clean_document()
    visible = SheetPlan("档案室改造", [10.0], rows=[[("项目名称", "label", None)]])
    plan = meta_plan(doc, [("project", 0, visible)])
    assert plan.title == META_SHEET and plan.state == "hidden"
    data, problem = parse_meta(_rows(plan), PATH)
    assert problem is None and data is not None
    assert data.doc == doc
    (entry,) = data.entries
    assert (entry.role, entry.name, entry.index) == ("project", "档案室改造", 0)
    assert entry.digest == grid_digest([["项目名称"]])


def test_large_documents_are_chunked() -> None:
    doc = clean_document()
    doc.projects[0].purpose = "".join(chr(0x4E00 + i % 20000) for i in range(60000))
    chunks, _digest = document_blob(doc)
    assert len(chunks) > 1 and all(len(c) <= CHUNK for c in chunks)
    data, problem = parse_meta(_rows(meta_plan(doc, [])), PATH)
    assert problem is None and data is not None and data.doc == doc


def test_what_cannot_be_used_says_why() -> None:
    rows = _rows(meta_plan(clean_document(), []))
    assert parse_meta([], PATH) == (None, "隐藏工作表“_jxeditor”不是本程序写入的数据")
    newer = [[META_MAGIC, "2"], *rows[1:]]
    assert "版本较新" in (parse_meta(newer, PATH)[1] or "")
    changed = [row if row[0] != "json" else ["json", row[1][:-4] + "AAAA"] for row in rows]
    assert "不完整或已被改动" in (parse_meta(changed, PATH)[1] or "")
    garbage = [row if row[0] != "json" else ["json", "not base64!"] for row in rows]
    assert "不完整或已被改动" in (parse_meta(garbage, PATH)[1] or "")
