"""The summary and indicator-list sheets."""

from __future__ import annotations

from builders import clean_document

from jxeditor.formats.xlsx.common import LIST_HEADS, SUMMARY_HEADS
from jxeditor.formats.xlsx.sheet_plan import Notes
from jxeditor.formats.xlsx.summary_sheets import list_plan, summary_plan
from jxeditor.rules.engine import validate
from jxeditor.rules.tally import Tally


def test_summary_counts_problems_and_links_to_the_sheets() -> None:
    doc = clean_document()
    doc.projects[0].name = ""  # 待填 while new; counted as an error in a saved file
    doc.projects[0].funding.annual.fiscal = "十二万"  # an error
    found = Tally.of(validate(doc))
    assert found.error >= 1 and found.todo == 1
    errors, warnings = found.error + found.todo, found.warning
    plan = summary_plan(doc, ["项目1"], Notes())
    assert tuple(plan.grid()[0]) == SUMMARY_HEADS
    row = plan.rows[1]
    assert row[1] == ("项目1", "link", None)  # a blank name shows the sheet title
    assert (row[7], row[8]) == ((errors, "list", None), (warnings, "list", None))
    assert plan.links == {(2, 2): "项目1"} and plan.autofilter == "A1:I2"


def test_list_has_one_row_per_indicator() -> None:
    doc = clean_document()
    count = sum(len(l2.children) for l1 in doc.projects[0].indicators for l2 in l1.children)
    plan = list_plan(doc, Notes())
    assert tuple(plan.grid()[0]) == LIST_HEADS
    assert len(plan.rows) == count + 1 and plan.autofilter == f"A1:G{count + 1}"
