"""Text files and pasted text: the pasted sample, layout B, the small ways files differ,
encodings, and text without a table."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from fixture_paths import SAMPLES
from sample_tables import LAYOUT_B

from jxeditor.cli import main
from jxeditor.errors import FileFormatError
from jxeditor.formats import json_format, tableimport
from jxeditor.formats.documents import load_document
from jxeditor.formats.tableimport import read_text, read_text_file, split_text
from jxeditor.formats.tables import grid, grid_rows
from jxeditor.formats.tables.grid import read_tables
from jxeditor.resources import resource_path


def test_all_twelve_sample_tables_come_in_as_the_fixture() -> None:
    doc, notices = load_document(SAMPLES / "dalian-hitech-finance-2026.txt")
    assert notices == []
    assert doc == json_format.load(resource_path("sample-dalian-2026.json"))
    assert len(doc.projects) == 12 and doc.year == 2026 and doc.framework == "2021"


def test_sample_fields_in_place() -> None:
    doc, _ = load_document(SAMPLES / "dalian-hitech-finance-2026.txt")
    first = doc.projects[0]
    assert first.name == "财金局基本建设零星项目"
    assert first.implementer == "大连高新技术产业园区财政金融局"  # PDF gap closed
    assert first.period.start == date(2026, 1, 1) and first.period.end == date(2026, 12, 31)
    assert first.funding.period.total == Decimal("1443.08") and first.funding.annual.fiscal == Decimal("1443.08")
    assert first.funding.annual.other is None
    assert first.goals.annual.startswith("依据高新区管委会工作要求") and first.goals.period == first.goals.annual
    by_name = {p.name: p for p in doc.projects}
    # A row shifted left in the copy still lands under 时效指标.
    guangyuan = by_name["广源热力扶持专项"]
    timing = guangyuan.indicators[0].children[2]
    assert timing.name == "时效指标" and [i.name for i in timing.children] == ["依据付款条件按时拨付资金", "项目按计划完工率"]
    # A row shifted right, with no value: 效益指标 / 社会效益指标 / 节省财政性资金效率.
    audit = by_name["财金局造价审核经费"]
    assert [(l1.name, [l2.name for l2 in l1.children]) for l1 in audit.indicators] == [
        ("产出指标", ["数量指标", "质量指标", "时效指标"]),
        ("效益指标", ["社会效益指标"]),
        ("满意度指标", ["服务对象满意度指标"]),
    ]
    assert audit.indicators[1].children[0].children[0].value == ""
    # 成本指标 as a second level under 产出指标, and as a first level elsewhere.
    assert [l2.name for l2 in doc.projects[0].indicators[0].children][-1] == "成本指标"
    assert [l1.name for l1 in by_name["政策资金"].indicators][2] == "成本指标"
    # "2026年" spans the whole year; a repeated 数量指标 cell does not make a second group.
    assert by_name["庙岭村农商行还款"].period.end == date(2026, 12, 31)
    policy_output = by_name["政策资金"].indicators[0]
    assert [l2.name for l2 in policy_output.children] == ["数量指标", "质量指标", "时效指标"]


def test_layout_b() -> None:
    result = read_text(LAYOUT_B)
    assert result.notices == []
    (p,) = result.projects
    assert (p.name, p.department, p.implementer, p.attribute) == ("档案室改造", "示例局", "示例局", "新增项目")
    assert (p.period.start, p.period.end) == (date(2021, 1, 1), date(2021, 12, 31))
    assert p.funding.annual.total == Decimal("12.5") and p.funding.annual.other == Decimal(0)
    assert p.funding.period.total is None
    assert p.goals.annual == "完成档案室改造并投入使用。" and p.goals.period == ""
    assert [(l1.name, l1.children[0].name, l1.children[0].children[0].value) for l1 in p.indicators] == [
        ("产出指标", "数量指标", "≥120平方米"),
        ("满意度指标", "服务对象满意度指标", "≥90%"),
    ]


def test_small_differences_of_real_files() -> None:
    text = (
        "\t项 目 名 称：\t测试项目\t\t项目实施期:\t2026年\n"
        "\t主管部门\t甲局\t\t实施单位\t乙中心\n"
        "\t资金投入(万元)\t实施期金额\t40万\t年度金额\t40万\n"
        "\t\t其中：财政拨款\t30\t其中：财政拨款\t30\n"
        "\t\t其他资金\t10\t其他资金\t10\n"
        "\t绩 效 目 标\t实施期目标\t\t年度目标\t\n"
        "\t\t总目标\t\t年目标\t\n"
        "\t一级指标\t二级指标\t三级指标\t\t年度指标值\n"
        "\t产出 指标\t数量\t指标甲\t\t≥1个\n"
        "\t产出指标\t数量指标\t指标乙\t\t≥2个\n"
        "\t效益指标\t环境效益指标\t指标丙\t\t好\n"
        "\t注：本表金额单位为万元。\n"
    )
    result = read_text(text, "t.txt")
    (p,) = result.projects
    assert p.name == "测试项目" and p.implementer == "乙中心"
    assert p.funding.period.total == Decimal(40) and p.funding.annual.other == Decimal(10)
    assert (p.goals.period, p.goals.annual) == ("总目标", "年目标")
    assert [(l1.name, [(l2.name, [i.name for i in l2.children]) for l2 in l1.children]) for l1 in p.indicators] == [
        ("产出指标", [("数量指标", ["指标甲", "指标乙"])]),
        ("效益指标", [("生态效益指标", ["指标丙"])]),
    ]
    assert len(result.notices) == 1 and "第 12 行第 2 列" in result.notices[0] and "注：" in result.notices[0]


def test_gbk_text_file(tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes(LAYOUT_B.encode("gbk"))
    assert read_text_file(path).projects[0].name == "档案室改造"


def test_text_without_tables_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("今天的会议纪要\n没有表格", encoding="utf-8")
    with pytest.raises(FileFormatError, match="没有找到绩效目标表"):
        read_text_file(path)


def test_a_few_damaged_bytes_are_replaced_with_a_notice(tmp_path: Path) -> None:
    path = tmp_path / "damaged.txt"
    raw = bytearray(LAYOUT_B.encode("utf-8"))
    raw[raw.index("示例局".encode())] = 0xFF  # one broken byte on line 2
    path.write_bytes(bytes(raw))
    result = read_text_file(path)
    assert result.projects[0].name == "档案室改造"
    assert result.notices[0].startswith("文件中有") and "第 2 行" in result.notices[0]


def test_utf16_and_a_pdf_text_fall_back_to_the_pdf_reader(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes(LAYOUT_B.encode("utf-16"))
    assert read_text_file(path).projects[0].name == "档案室改造"
    lines = "项目\n\n编码\n900 预算项目名称 测试项目\n"
    assert [p.code for p in read_text(lines, "剪贴板").projects] == ["900"]


def test_split_text() -> None:
    assert split_text("a\tb\r\nc\n") == [["a", "b"], ["c"], [""]]


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "binary.txt"
    path.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(FileFormatError, match="无法识别文本编码"):
        read_text_file(path)


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FileFormatError, match="文件夹"):
        read_text_file(tmp_path)


# -- issue 20, items 4 and 7: linear in cells, and large inputs ----------------------------


def _seconds(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def test_reading_is_linear_in_rows() -> None:
    """10× the rows takes about 10× the time (a quadratic reader: 100×; 539 s before)."""
    def project_list(n: int) -> str:
        return "项目名称\t金额\n" + "".join(f"项目{i}\t{i}万元\n" for i in range(n))

    small, large = project_list(1_000), project_list(10_000)
    read_text(small)  # warm the caches
    ratio = _seconds(lambda: read_text(large)) / max(_seconds(lambda: read_text(small)), 1e-3)
    assert ratio < 40
    grid = [["项目名称"], *([] for _ in range(9_998)), ["值"]]  # a label at A1, a cell at A10000
    assert _seconds(lambda: read_tables(grid)) < 2


def test_a_line_of_five_million_tabs(tmp_path: Path) -> None:
    path = tmp_path / "tabs.txt"
    path.write_text(LAYOUT_B + "\t" * 5_000_000 + "\n", encoding="utf-8")
    assert read_text_file(path).projects[0].name == "档案室改造"
    path.write_text("\t" * 5_000_000, encoding="utf-8")
    with pytest.raises(FileFormatError, match="没有找到绩效目标表"):
        read_text_file(path)


def test_large_files_are_refused_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as file:  # 200 MB, sparse
        file.seek(200 * 1024 * 1024)
        file.write(b"x")
    with pytest.raises(FileFormatError, match="文件过大") as error:
        read_text_file(path)
    assert "big.txt" in str(error.value) and "\n" not in str(error.value)
    assert main(["convert", str(path), str(tmp_path / "out.json")]) == 2
    err = capsys.readouterr().err.strip()
    assert "文件过大" in err and "big.txt" in err and "Traceback" not in err and "\n" not in err


def test_grids_over_the_limits_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    wide = "项目名称\t甲\n" + "中\t" * (grid_rows.MAX_ROW_CELLS + 1)
    assert "超过电子表格的 16,384 列" in read_text(wide).refused
    path = tmp_path / "wide.txt"
    path.write_text(wide, encoding="utf-8")
    with pytest.raises(FileFormatError, match="第 2 行第 16385 列：一行有 16,385 个单元格"):
        read_text_file(path)
    assert "表格过多" in read_text("项目名称\t甲\n" * (grid_rows.MAX_TABLES + 1)).refused
    monkeypatch.setattr(grid_rows, "MAX_CELLS", 100)
    assert "内容过多" in read_text(LAYOUT_B * 10).refused
    monkeypatch.setattr(grid_rows, "MAX_TABLE_ROWS", 5)
    assert "一张表格有 10 行" in read_text(LAYOUT_B).refused
    monkeypatch.setattr(tableimport, "MAX_TEXT_CHARS", 100)
    result = read_text(LAYOUT_B)
    assert result.projects == [] and result.notices == [result.refused] and "文本过长" in result.refused


def test_notices_are_capped() -> None:
    text = LAYOUT_B.replace("项目名称\t档案室改造", "项目名称\t档案室改造\t" + "\t杂项" * 2_000)
    result = read_text(text)
    assert len(result.notices) == grid.MAX_NOTICES + 1
    assert result.notices[-1] == "另有 1,500 条提示未逐条列出（同类内容过多），请核对原表"


def test_text_without_a_table_label_is_answered_at_once() -> None:
    text = "会议纪要\t" * 1_000_000
    assert _seconds(lambda: read_text(text)) < 0.5
    assert read_text("项 目 名 称\t甲").projects[0].name == "甲"  # spaced labels still count
