"""The form layout of one project's sheet: texts, merges, row heights."""

from __future__ import annotations

from datetime import date

from builders import clean_document

from jxeditor.document.model import Level1, Period
from jxeditor.formats.xlsx.form_layout import FormBuilder, display_width, line_count, period_text
from jxeditor.formats.xlsx.sheet_plan import Notes


def test_period_text() -> None:
    assert period_text(Period(date(2026, 1, 1), date(2026, 12, 31))) == "2026年1月至2026年12月"
    assert period_text(Period(date(2026, 3, 5), date(2026, 6, 30))) == "2026年3月5日至2026年6月30日"
    assert period_text(Period("2023.1.1", None)) == "2023.1.1至"
    assert period_text(Period()) == ""


def test_widths_and_line_counts() -> None:
    assert display_width("项目") == 4.0 and display_width("ab") == 2.3
    assert line_count("短", 10) == 1
    assert line_count("一二三四五六七八九十", 10) == 3  # 20 units in 8.5 usable
    assert line_count("a\nb\nc", 10) == 3


def test_an_empty_first_level_gets_one_row_and_merges_down() -> None:
    doc = clean_document()
    project = doc.projects[0]
    project.indicators.append(Level1("满意度指标"))
    plan = FormBuilder(doc, project, "表", Notes()).build()
    grid = plan.grid()
    last = len(grid)
    assert grid[-1][0] == "满意度指标" and grid[-1][1:3] == ["", ""]
    assert (last, 1, last, 1) not in plan.merges  # one row: nothing to merge
    assert plan.title_rows is not None and all(r in plan.heights for r in range(1, last + 1))
