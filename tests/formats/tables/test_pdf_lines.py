"""PDF text, step 1: lines → labels joined from fragments, level names, lines of text."""

from __future__ import annotations

from jxeditor.document.frameworks import load_frameworks
from jxeditor.formats.tables.pdf_lines import looks_like_pdf_lines, text_lines, tokenize


def test_label_fragments_are_joined() -> None:
    lines = text_lines("服务对\n\n象满意\n\n度指标\n群众满意度 群众满意程度 85% 工作要求\n指标值确\n\n定依据")
    items = tokenize(lines, load_frameworks())
    assert [(it.kind, it.key, it.no) for it in items] == [
        ("level", "服务对象满意度指标", 1),
        ("text", "", 6),
        ("label", "指标值确定依据", 7),
    ]


def test_text_lines_number_the_lines_and_note_blank_ones() -> None:
    lines = text_lines("甲\n\n  乙  丙\f丁")
    assert [(ln.no, ln.text, ln.blank_before) for ln in lines] == [
        (1, "甲", False), (3, "乙  丙", True), (5, "丁", True)]
    assert lines[1].segments == ["乙", "丙"]


def test_an_unknown_level_name_is_kept_as_written() -> None:
    items = tokenize(text_lines("效果\n指标\n指标甲 ≥1个"), load_frameworks())
    assert [(it.kind, it.key) for it in items] == [("level", "效果指标"), ("text", "")]


def test_looks_like_pdf_lines() -> None:
    assert looks_like_pdf_lines("项目\n\n编 码\n900")
    assert not looks_like_pdf_lines("项目名称\t某项目")
