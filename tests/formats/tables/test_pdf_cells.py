"""PDF text, step 3: the pieces of indicator rows cut into cells, and joined into text."""

from __future__ import annotations

from jxeditor.formats.tables.pdf_cells import (
    Splitter,
    is_value_like,
    join_paragraph,
    join_pieces,
    pieces_of,
)
from jxeditor.formats.tables.pdf_lines import text_lines


def test_join_pieces() -> None:
    assert join_pieces(["2023年", "12"]) == "2023年12" and join_pieces(["PPP", "project"]) == "PPP project"


def test_join_paragraph_breaks_before_list_items() -> None:
    assert join_paragraph(["目标如下：", "1：完成改造", "（二）按时验收", "of the", "plan"]) == (
        "目标如下：\n1：完成改造\n（二）按时验收of the plan")


def test_values_look_like_values() -> None:
    for text in ("≥70%", "5851万元", "下降", "2026年12月底", "90%-100%", "=100%", "≤1个"):
        assert is_value_like(text), text
    for text in ("项目验收合格率", "根据到期债券计算", ""):
        assert not is_value_like(text), text


def test_rows_are_cut_into_cells_by_their_look() -> None:
    lines = text_lines("还本规模 年度还本总额 5851万元 根据到期债券计算\n"
                       "还本违约率 违约还本金额 0 上级文件")
    roles = ["name", "description", "value", "basis"]
    cells = Splitter(pieces_of(lines), roles, frozenset({"上级文件"})).split()
    assert [" ".join(p.text for p in cell) for cell in cells] == [
        "还本规模", "年度还本总额", "5851万元", "根据到期债券计算",
        "还本违约率", "违约还本金额", "0", "上级文件"]
