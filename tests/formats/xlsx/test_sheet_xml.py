"""A sheet of the export as one XML text: openpyxl's frame around the plan's rows, kept
once per kind of sheet, with the filter, merged cells and links between them in the
schema's order, well-formed XML, and a digest of the rows alone."""

from __future__ import annotations

import hashlib
from xml.etree import ElementTree

from openpyxl import Workbook

from jxeditor.formats.xlsx.sheet_plan import SheetPlan
from jxeditor.formats.xlsx.sheet_xml import frame, sheet_xml
from jxeditor.formats.xlsx.styles import Styles

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def plan(**extra: object) -> SheetPlan:
    p = SheetPlan("表", [10.0, 20.0], **extra)  # type: ignore[arg-type]
    p.rows = [[("项目名称", "label", None), ("档案室 & 库房", "text", None)],
              [(12.5, "amount", None), None]]
    return p


def styles() -> Styles:
    return Styles(Workbook(write_only=True))


def children(xml: str) -> list[str]:
    return [child.tag.removeprefix(MAIN) for child in ElementTree.fromstring(xml)]


def test_the_rows_sit_in_openpyxls_frame() -> None:
    xml, digest = sheet_xml(plan(), styles())
    root = ElementTree.fromstring(xml)
    tags = children(xml)
    assert tags.index("cols") < tags.index("sheetData")
    data = root.find(f"{MAIN}sheetData")
    assert data is not None and len(data) == 2
    assert "档案室 &amp; 库房" in xml and "<v>12.5</v>" in xml
    rows = xml[xml.index("<sheetData>") + len("<sheetData>"):xml.index("</sheetData>")]
    assert digest == hashlib.sha256(rows.encode("utf-8")).hexdigest()


def test_an_empty_plan_has_an_empty_sheet_data() -> None:
    empty = SheetPlan("空", [10.0])
    xml, digest = sheet_xml(empty, styles())
    assert "<sheetData />" in xml and digest == hashlib.sha256(b"").hexdigest()
    ElementTree.fromstring(xml)


def test_filter_merges_and_links_in_the_schemas_order() -> None:
    p = plan(autofilter="A1:B2", merges=[(1, 1, 1, 2), (2, 1, 2, 2)],
             links={(1, 1): "项目 1"}, freeze="A2", title_rows="1:1", orientation="landscape")
    xml, _ = sheet_xml(p, styles())
    tags = children(xml)
    order = [tags.index(t) for t in ("sheetData", "autoFilter", "mergeCells", "hyperlinks",
                                     "pageMargins", "pageSetup")]
    assert order == sorted(order)
    root = ElementTree.fromstring(xml)
    merges = root.find(f"{MAIN}mergeCells")
    assert merges is not None and merges.get("count") == "2"
    assert [m.get("ref") for m in merges] == ["A1:B1", "A2:B2"]
    link = root.find(f"{MAIN}hyperlinks/{MAIN}hyperlink")
    assert link is not None and link.get("ref") == "A1" and link.get("location") == "'项目 1'!A1"
    setup = root.find(f"{MAIN}pageSetup")
    assert setup is not None and setup.get("orientation") == "landscape"
    pane = root.find(f"{MAIN}sheetViews/{MAIN}sheetView/{MAIN}pane")
    assert pane is not None and pane.get("topLeftCell") == "A2"


def test_attribute_text_is_escaped() -> None:
    xml, _ = sheet_xml(plan(links={(1, 1): 'a"b<c>&\n'}), styles())
    root = ElementTree.fromstring(xml)
    link = root.find(f"{MAIN}hyperlinks/{MAIN}hyperlink")
    assert link is not None and "a\"b<c>&" in (link.get("location") or "")


def test_the_same_kind_of_frame_is_made_once() -> None:
    frame.cache_clear()
    sheet_xml(plan(), styles())
    sheet_xml(plan(), styles())
    info = frame.cache_info()
    assert (info.misses, info.hits) == (1, 1)
    sheet_xml(plan(orientation="landscape", title_rows="1:1"), styles())
    assert frame.cache_info().misses == 2
