"""``jxeditor next-year`` and ``jxeditor diff``, and the 修改说明 workbook read back with
openpyxl."""

from __future__ import annotations

import copy
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from builders import clean_document, clean_project

from jxeditor.cli import main
from jxeditor.document.document import Document
from jxeditor.document.model import Period
from jxeditor.formats import json_format
from jxeditor.formats.documents import load_document
from jxeditor.formats.xlsx.change_report import HEADER_ROW, HEADERS, change_report
from jxeditor.yearly.compare import compare


def write(doc: Document, path: Path) -> str:
    json_format.save(doc, path)
    return str(path)


def test_next_year_writes_the_file(tmp_path: Path, capsys) -> None:
    source = write(clean_document(), tmp_path / "2026.json")
    assert main(["next-year", source, str(tmp_path / "2027.json")]) == 0
    doc = json_format.load(tmp_path / "2027.json")
    assert doc.year == 2027 and len(doc.projects) == 1
    assert doc.projects[0].indicators[0].children[2].children[0].value == "2027年12月底前"
    err = capsys.readouterr().err  # the deadline moved on, and said so (issue 31.1)
    assert err.count("\n") == 1 and "2026 年已改为 2027 年" in err and "完成时间" in err


def test_next_year_lists_the_projects_left_out_and_exits_1(tmp_path: Path, capsys) -> None:
    doc = clean_document()
    ended = clean_project()
    ended.name = "三年规划"
    ended.period = Period(date(2024, 1, 1), date(2026, 12, 31))
    doc.projects.append(ended)
    source = write(doc, tmp_path / "in.json")
    assert main(["next-year", source, str(tmp_path / "out.xlsx")]) == 1
    err = capsys.readouterr().err
    assert "三年规划" in err and "未带入 2027 年度" in err
    out, _notices = load_document(tmp_path / "out.xlsx")
    assert [p.name for p in out.projects] == ["档案室改造"]


def test_next_year_file_errors_exit_2(tmp_path: Path, capsys) -> None:
    assert main(["next-year", str(tmp_path / "missing.json"), str(tmp_path / "o.json")]) == 2
    source = write(clean_document(), tmp_path / "in.json")
    assert main(["next-year", source, str(tmp_path / "out.pdf")]) == 2
    assert not (tmp_path / "o.json").exists() and not (tmp_path / "out.pdf").exists()
    assert "missing.json" in capsys.readouterr().err


def versions(tmp_path: Path) -> tuple[str, str]:
    old = clean_document()
    new = copy.deepcopy(old)
    new.projects[0].funding.annual.total = Decimal("15")
    new.projects[0].indicators[0].children[0].children[0].value = "=1+1"  # a formula look-alike
    return write(old, tmp_path / "old.json"), write(new, tmp_path / "new.json")


def test_diff_prints_each_change_and_exits_1(tmp_path: Path, capsys) -> None:
    old, new = versions(tmp_path)
    assert main(["diff", old, new]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "档案室改造：修改　年度金额：12.5 → 15"
    assert out[1].startswith("档案室改造：修改指标值　绩效指标 / 产出指标 / 数量指标 / 改造面积：")
    assert out[-1].endswith("2 处修改")


def test_diff_of_the_same_file_exits_0(tmp_path: Path, capsys) -> None:
    old, _new = versions(tmp_path)
    assert main(["diff", old, old]) == 0
    assert capsys.readouterr().out.strip().endswith("0 处修改")


def test_diff_json(tmp_path: Path, capsys) -> None:
    old, new = versions(tmp_path)
    assert main(["diff", old, new, "--json"]) == 1
    rows = json.loads(capsys.readouterr().out)
    assert rows[0] == {"project": "档案室改造", "change": "field_changed",
                       "path": "funding.annual.total", "old": "12.5", "new": "15"}
    assert rows[1]["path"] == "产出指标 / 数量指标 / 改造面积"
    assert [set(r) for r in rows] == [{"project", "change", "path", "old", "new"}] * 2


def test_diff_xlsx_reads_back(tmp_path: Path, capsys) -> None:
    old, new = versions(tmp_path)
    report = tmp_path / "修改说明.xlsx"
    assert main(["diff", old, new, "--xlsx", str(report)]) == 1
    wb = openpyxl.load_workbook(report)
    ws = wb["修改说明"]
    assert ws.cell(1, 1).value == "修改说明"
    assert "old.json" in ws.cell(2, 1).value and "new.json" in ws.cell(2, 1).value
    assert [c.value for c in ws[HEADER_ROW]] == list(HEADERS)
    assert ws.cell(HEADER_ROW + 1, 1).value == "档案室改造（2 处）"
    body = [[c.value for c in row] for row in ws.iter_rows(min_row=HEADER_ROW + 2)]
    assert body == [
        [1, "档案室改造", "修改", "年度金额", "12.5", "15", None],
        [2, "档案室改造", "修改指标值", "绩效指标 / 产出指标 / 数量指标 / 改造面积",
         "≥120平方米", "=1+1", None],
    ]
    formula = ws.cell(HEADER_ROW + 3, 6)
    assert formula.data_type == "s" and formula.quotePrefix
    assert ws.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
    assert ws.page_setup.orientation == "landscape"


def test_diff_xlsx_with_control_characters_writes_and_says_so(tmp_path: Path, capsys) -> None:
    """Issue 32.5: \x01 and \x1b in a project and an indicator (openpyxl refuses them):
    the workbook is written through the one cell-text guard, and the cleaning is said."""
    old = clean_document()
    old.projects[0].name = "档案\x01室改造"
    new = copy.deepcopy(old)
    new.projects[0].indicators[0].children[0].children[0].value = "\x1b[31m≥130平方米"
    new.projects[0].goals.annual = "@" + "长" * 40_000  # over a cell's limit, formula-like
    report = tmp_path / "修改说明.xlsx"
    assert main(["diff", write(old, tmp_path / "old.json"), write(new, tmp_path / "new.json"),
                 "--xlsx", str(report)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [f"{report}：提示：修改说明中有 5 个单元格的文字含有 Excel 无法保存的字符或超过"
                   "单元格长度上限，已删去这些字符或截断"]
    ws = openpyxl.load_workbook(report)["修改说明"]
    texts = [c for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert not [c for c in texts if "\x01" in c.value or "\x1b" in c.value]
    assert "档案室改造（2 处）" in [c.value for c in texts]
    (long,) = [c for c in texts if c.value.startswith("@长")]
    assert long.quotePrefix and long.data_type == "s" and len(long.value) <= 32_000


def test_diff_xlsx_unwritable_exits_2(tmp_path: Path, capsys) -> None:
    old, new = versions(tmp_path)
    assert main(["diff", old, new, "--xlsx", str(tmp_path / "no" / "such" / "r.xlsx")]) == 2
    assert capsys.readouterr().err


def test_diff_unreadable_exits_2(tmp_path: Path, capsys) -> None:
    old, _new = versions(tmp_path)
    assert main(["diff", old, str(tmp_path / "nothing.json")]) == 2
    assert "nothing.json" in capsys.readouterr().err


def test_report_groups_by_project_document_first(tmp_path: Path) -> None:
    old = Document(year=2026, projects=[clean_project(), clean_project()])
    old.projects[1].code, old.projects[1].name = "2", "乙"
    new = copy.deepcopy(old)
    new.year = 2027
    new.projects[0].department = "甲局"
    new.projects[1].department = "乙局"
    new.projects[0].purpose = "用途"
    ws = change_report(compare(old, new), old_name="a", new_name="b").active
    groups = [ws.cell(r, 1).value for r in range(HEADER_ROW + 1, ws.max_row + 1)
              if isinstance(ws.cell(r, 1).value, str)]
    assert groups == ["文档（1 处）", "档案室改造（2 处）", "乙（1 处）"]
    assert [ws.cell(r, 1).value for r in range(HEADER_ROW + 1, ws.max_row + 1)
            if isinstance(ws.cell(r, 1).value, int)] == [1, 2, 3, 4]


def test_an_empty_report_says_so() -> None:
    ws = change_report([]).active
    assert ws.cell(HEADER_ROW + 1, 1).value == "两个版本之间没有修改"


@pytest.mark.parametrize("command", ["next-year", "diff"])
def test_usage_errors_exit_2(command: str, capsys) -> None:
    with pytest.raises(SystemExit) as info:
        main([command])
    assert info.value.code == 2


@pytest.mark.parametrize(
    "command",
    [["convert"], ["derive", "evaluation"], ["derive", "monitoring"], ["next-year"]],
)
def test_text_cut_in_a_workbook_is_reported_by_every_command_that_writes_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    """Excel holds 32,767 characters in a cell: what had to be cut is said (the hidden
    copy keeps it whole), by convert, derive and next-year alike."""
    doc = clean_document()
    doc.projects[0].goals.annual = "长" * 40000
    source = write(doc, tmp_path / "in.json")
    target = tmp_path / "out.xlsx"
    assert main([*command, source, str(target)]) in (0, 1)
    err = capsys.readouterr().err
    assert "out.xlsx：提示：" in err and "截断" in err, err
    back, _ = load_document(target)
    assert back.projects[0].goals.annual == "长" * 40000
