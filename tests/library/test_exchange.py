"""The user's library as an .xlsx workbook (export, import, a workbook that is not a
library refused with a Chinese message naming the file), and a new project's tree from
the most similar learned project."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from library.library_docs import document, project
from named_pipes import make_pipe
from openpyxl import Workbook, load_workbook

from jxeditor.errors import FileFormatError
from jxeditor.library.exchange import (
    COLUMNS,
    SHEET,
    export_xlsx,
    import_xlsx,
    read_xlsx,
    similar_tree,
)
from jxeditor.library.store import Learned, UserLibrary


@pytest.fixture
def library(tmp_path: Path) -> UserLibrary:
    return UserLibrary(tmp_path / "library.json")


def workbook(path: Path, *rows: list[object], header: tuple[str, ...] = COLUMNS) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = SHEET
    sheet.append(list(header))
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_export_and_import_round_trip(library: UserLibrary, tmp_path: Path) -> None:
    library.learn_document(document(
        project("档案室改造", 数量指标="改造面积:≥120平方米", 服务对象满意度指标="满意度:≥90%"),
        project("系统运维", department="信息中心", 时效指标="故障响应时间:≤30分钟",
                质量指标="系统正常运行率:=100%"),  # text, not a formula
    ))
    path = tmp_path / "shared.xlsx"
    assert export_xlsx(library, path) == 4
    other = UserLibrary(tmp_path / "other.json")
    other.learn_document(document(project("档案室改造", 数量指标="改造面积:≥120平方米")))
    assert import_xlsx(other, path) == 3  # what the project already had is not doubled
    assert {s.row for s in other.entries()} == {s.row for s in library.entries()}
    assert import_xlsx(other, path) == 0


def test_the_exported_sheet_is_readable_by_a_person(library: UserLibrary, tmp_path: Path) -> None:
    library.learn_document(document(project("系统运维", department="信息中心",
                                            质量指标="系统正常运行率:=100%")))
    path = tmp_path / "shared.xlsx"
    export_xlsx(library, path)
    sheet = load_workbook(path)[SHEET]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0] == list(COLUMNS)
    assert rows[1][:7] == ["系统运维", "信息中心", 2026, "产出指标", "质量指标", "系统正常运行率",
                           "=100%"]
    assert sheet["G2"].data_type == "s"  # shown as =100%, not computed as a formula


def test_an_empty_library_exports_the_header_only(library: UserLibrary, tmp_path: Path) -> None:
    assert export_xlsx(library, tmp_path / "empty.xlsx") == 0
    assert read_xlsx(tmp_path / "empty.xlsx") == []


def test_import_finds_columns_by_header_and_skips_incomplete_rows(
    library: UserLibrary, tmp_path: Path,
) -> None:
    path = workbook(
        tmp_path / "colleague.xlsx",
        ["≥5次", "宣传活动", "数量指标", "宣传次数", 2025.0],
        ["", "宣传活动", "数量指标", "", 2025],  # no third-level name: not an indicator
        ["≥90%", "宣传活动", "服务对象满意度指标", "群众满意度", "不详"],
        header=("指标值", "项目名称", "二级指标", "三级指标", "年度"),
    )
    assert import_xlsx(library, path) == 2
    rows = {s.row.name: s.row for s in library.entries()}
    assert (rows["宣传次数"].value, rows["宣传次数"].year) == ("≥5次", 2025)
    assert rows["群众满意度"].year == 0  # a year that is not a number is left unknown
    assert rows["群众满意度"].department == ""


@pytest.mark.parametrize("content", [b"not a zip", b""])
def test_a_file_that_is_not_a_workbook_is_refused_in_chinese(
    library: UserLibrary, tmp_path: Path, content: bytes,
) -> None:
    path = tmp_path / "坏的指标库.xlsx"
    path.write_bytes(content)
    with pytest.raises(FileFormatError) as caught:
        import_xlsx(library, path)
    assert "坏的指标库.xlsx" in str(caught.value)
    assert "不是可读的指标库工作簿" in str(caught.value)
    assert library.entries() == []  # nothing learned


def test_a_workbook_without_the_library_columns_names_them(
    library: UserLibrary, tmp_path: Path,
) -> None:
    path = workbook(tmp_path / "other.xlsx", ["甲", "1"], header=("名称", "值"))
    with pytest.raises(FileFormatError, match="缺少列：项目名称、二级指标、三级指标") as caught:
        import_xlsx(library, path)
    assert "other.xlsx" in str(caught.value)


def test_the_most_similar_project_gives_its_tree(library: UserLibrary) -> None:
    assert similar_tree(library, "档案室改造") is None
    library.learn_document(document(
        project("2025年档案室改造项目", 数量指标="改造面积:≥120平方米",
                质量指标="验收合格率:=100%", 服务对象满意度指标="满意度:≥90%"),
        project("系统运维", 时效指标="故障响应时间:≤30分钟"),
    ))
    found = similar_tree(library, "2026年档案馆改造")
    assert found is not None
    name, tree = found
    assert name == "2025年档案室改造项目"
    assert [(l1.name, [l2.name for l2 in l1.children]) for l1 in tree] == [
        ("产出指标", ["数量指标", "质量指标"]), ("满意度指标", ["服务对象满意度指标"])]
    assert tree[0].children[0].children[0].value == "≥120平方米"
    assert similar_tree(library, "绿化养护") is None


# -- issue 32.5, 32.6, 32.13: the one cell-text guard, years that are no years ---------------

HOSTILE_TEXTS = ("控制\x01字符", "转义\x1b[31m", "=SUM(A1:A3)", "+1", "-2", "@cmd", "_x0041_字")


def test_every_text_is_written_through_the_cell_guard(library: UserLibrary, tmp_path: Path) -> None:
    """Control characters dropped (not an IllegalCharacterError), texts starting like a
    formula quoted and read back as they were."""
    rows = [Learned(text, text, 2026, "产出指标", "数量指标", f"{text}指标{i}", text, text, text)
            for i, text in enumerate(HOSTILE_TEXTS)]
    library.learn(rows)
    path = tmp_path / "shared.xlsx"
    assert export_xlsx(library, path) == len(HOSTILE_TEXTS)
    sheet = load_workbook(path).active
    assert sheet is not None
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str):
                assert cell.data_type == "s"
                assert "\x01" not in cell.value and "\x1b" not in cell.value
                assert cell.quotePrefix == cell.value.startswith(("=", "+", "-", "@"))
    back = {r.value for r in read_xlsx(path)}
    assert back == {"控制字符", "转义[31m", "=SUM(A1:A3)", "+1", "-2", "@cmd", "_x0041_字"}


def _numeric_cell(path: Path, placeholder: int, raw: str) -> None:
    """Puts the number ``raw`` (as written in the XML) where ``placeholder`` was."""
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = parts[sheet].replace(f"<v>{placeholder}</v>".encode(), f"<v>{raw}</v>".encode())
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)


@pytest.mark.parametrize("year", ["1e400", "9" * 401, "-1e400", "1e999", "-5", "2026.5"])
def test_a_year_that_is_no_year_counts_as_none(year: str, tmp_path: Path) -> None:
    """As a number in the XML (what another program may write) and as text."""
    path = workbook(tmp_path / "lib.xlsx",
                    ["项目", "局", 123454321, "产出指标", "数量指标", "人数", "≥5人", "", ""],
                    ["项目2", "局", year, "产出指标", "数量指标", "人数", "≥5人", "", ""])
    _numeric_cell(path, 123454321, year)
    rows = read_xlsx(path)
    assert [(r.project, r.year) for r in rows] == [("项目", 0), ("项目2", 0)]


@pytest.mark.parametrize("raw", ["NaN", "Infinity", "x", "²"])
def test_a_cell_the_reader_cannot_take_is_one_message(raw: str, tmp_path: Path) -> None:
    path = workbook(tmp_path / "lib.xlsx",
                    ["项目", "局", 123454321, "产出指标", "数量指标", "人数", "≥5人", "", ""])
    _numeric_cell(path, 123454321, raw)
    with pytest.raises(FileFormatError, match="已损坏"):
        read_xlsx(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_is_refused_at_once(tmp_path: Path) -> None:
    fifo = make_pipe(tmp_path / "lib.xlsx")
    with pytest.raises(FileFormatError, match="不是普通文件"):
        read_xlsx(fifo)
