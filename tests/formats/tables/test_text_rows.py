"""Text → rows: CR, LF and CRLF alike, and Excel's and WPS's quoted cells (issue 20, items 10
and 11), with look-alikes that read as before, and fuzzing of both classes."""

from __future__ import annotations

import csv
import io
import random

import pytest
from fixture_paths import SAMPLES
from sample_tables import LAYOUT_B

from jxeditor.formats.tableimport import read_text
from jxeditor.formats.tables.text_rows import MAX_QUOTED_CHARS, text_rows

GOAL = "1、完成零星项目建设；\n2、按期验收。"


def old_split(text: str) -> list[list[str]]:
    """How text was split before quoted cells were read."""
    return [line.rstrip("\r").split("\t") for line in text.split("\n")]


def test_line_ends_cr_lf_and_crlf_alike() -> None:
    for end in ("\n", "\r\n", "\r"):
        rows = text_rows(end.join(["a\tb", "c", ""]))
        assert rows.rows == [["a", "b"], ["c"], [""]] and rows.lines == [1, 2, 3]


def test_cr_only_text_reads_like_lf() -> None:
    text = (SAMPLES / "dalian-hitech-finance-2026.txt").read_text(encoding="utf-8")
    want = read_text(text)
    for end in ("\r", "\r\n"):
        got = read_text(text.replace("\n", end))
        assert got.projects == want.projects and got.notices == want.notices
    assert len(want.projects) == 12


def test_excel_quoted_cells_with_break_tab_and_quote() -> None:
    text = f'年度目标\t"{GOAL}"\n"a\tb"\t"他说""好"""\tx\n'
    rows = text_rows(text)
    assert rows.rows == [["年度目标", GOAL], ["a\tb", '他说"好"', "x"], [""]]
    assert rows.lines == [1, 3, 4]  # the quoted goal spans lines 1–2


def test_a_quoted_goal_is_one_goal_in_a_pasted_table() -> None:
    text = LAYOUT_B.replace("完成档案室改造并投入使用。", f'"{GOAL}"')
    result = read_text(text)
    assert result.notices == []
    assert result.projects[0].goals.annual == GOAL
    text = LAYOUT_B.replace("改造面积", '"改造\n面积"') + "\t\t\t无法归入\t\t\t\t\t\t\t值\n"
    result = read_text(text)
    assert result.projects[0].indicators[0].children[0].children[0].name == "改造\n面积"
    # Notices name the line a row starts on, counting the lines inside quoted cells.
    assert result.notices == ["第 12 行第 11 列：无法归入表格的内容“值”"]


@pytest.mark.parametrize("text", [
    '打造"阳光财政"工程\t≥1个',          # a quote inside a cell
    '"阳光财政"工程\t≥1个',             # a cell that starts with a quote closed mid-cell
    '"没有闭合的引号\t≥1个\n下一行\t2',  # a quote never closed
    '名称\t"12寸"\t"显示器',              # a quoted cell followed by an unclosed one
    'a\t"b"c"\td',                        # a lone quote inside what looks quoted
])
def test_text_that_merely_contains_quotes_reads_as_before(text: str) -> None:
    assert text_rows(text).rows == old_split(text)


def test_an_overlong_quoted_cell_is_not_a_cell() -> None:
    text = '"' + "x" * MAX_QUOTED_CHARS + '"\tb'
    assert text_rows(text).rows == old_split(text)


_ALPHABET = ["a", "中", "文", " ", "\t", "\n", '"', '""', "、", "1", "%"]


def _cell(rng: random.Random) -> str:
    return "".join(rng.choice(_ALPHABET) for _ in range(rng.randrange(0, 8)))


def _excel_cell(cell: str) -> str:
    """A cell as Excel and WPS copy it: quoted when it holds a tab, a line break or a quote."""
    return '"' + cell.replace('"', '""') + '"' if any(c in cell for c in '\t\n"') else cell


def test_fuzz_excel_written_text_reads_back_cell_for_cell() -> None:
    rng = random.Random(20)
    for _ in range(2000):
        rows = [[_cell(rng) for _ in range(rng.randrange(1, 6))] for _ in range(rng.randrange(1, 6))]
        end = rng.choice(["\r\n", "\n", "\r"])
        text = "".join("\t".join(_excel_cell(c) for c in row) + end for row in rows)
        assert text_rows(text).rows == [*rows, [""]], repr(text)
    rows = [[_cell(rng) for _ in range(5)] for _ in range(200)]  # the standard library's writer
    out = io.StringIO()
    csv.writer(out, dialect="excel-tab").writerows(rows)
    assert text_rows(out.getvalue()).rows == [*rows, [""]]


def test_fuzz_cells_without_a_leading_quote_read_as_before() -> None:
    rng = random.Random(11)
    for _ in range(2000):
        lines = [
            "\t".join(_cell(rng).replace("\t", "").replace("\n", "").lstrip('"') for _ in range(5))
            for _ in range(rng.randrange(1, 6))
        ]
        text = "\n".join(lines)
        assert text_rows(text).rows == old_split(text), repr(text)


def test_fuzz_stray_quotes_never_lose_text() -> None:
    """Whatever the quotes, every character other than a quote or a line end is kept."""
    rng = random.Random(7)
    for _ in range(2000):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randrange(0, 60)))
        rows = text_rows(text).rows
        kept = "".join("".join(row) for row in rows)
        strip = str.maketrans("", "", '"\t\n')
        assert sorted(kept.translate(strip)) == sorted(text.translate(strip))
