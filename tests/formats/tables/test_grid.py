"""The grid reader: tables found by their labels in a grid of cell texts."""

from __future__ import annotations

from decimal import Decimal

from jxeditor.document.document import Document
from jxeditor.formats.tableimport import read_text
from jxeditor.formats.tables.artefacts import LAYOUT_C_ABSENT, LAYOUT_C_NOTICE
from jxeditor.formats.tables.grid import read_tables
from jxeditor.rules.engine import validate


def test_unplaced_cells_are_reported_with_sheet_and_cell() -> None:
    rows = [["", "项目名称", "某项目", "", "神秘标签", "值"], ["", "主管部门", "甲局"]]
    result = read_tables(rows, sheet="表1")
    assert result.notices == [
        "工作表“表1”单元格 E1：无法归入表格的内容“神秘标签”",
        "工作表“表1”单元格 F1：无法归入表格的内容“值”",
    ]


def test_spending_plan_layout_c_in_cells() -> None:
    rows = [
        ["项目编码", "102001001", "预算项目名称", "一般债券到期还本"],
        ["项目资金主要用途", "预算数 5851万元。用于偿还到期的政府一般债券本金。"],
        ["资金支出计划（%）", "3月底", "6月底", "10月底", "12月底"],
        ["", "0%", "30%", "60%", "100%"],
        ["绩效目标", "按时偿还债券本金。"],
        ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"],
        ["产出指标", "数量指标", "还本规模", "年度还本总额", "5851万元", "根据到期债券计算"],
        ["", "质量指标", "还本违约率", "违约还本金额占总到期债券的比重", "0", "上级文件"],
    ]
    (p,) = read_tables(rows, "C").projects
    assert (p.code, p.name) == ("102001001", "一般债券到期还本")
    assert p.funding.annual.total == Decimal(5851) and p.purpose == "用于偿还到期的政府一般债券本金。"
    assert p.spending_plan == {"03": Decimal(0), "06": Decimal(30), "10": Decimal(60), "12": Decimal(100)}
    assert p.goals.annual == "按时偿还债券本金。"
    ind = p.indicators[0].children[1].children[0]
    assert (ind.name, ind.description, ind.value, ind.basis) == ("还本违约率", "违约还本金额占总到期债券的比重", "0", "上级文件")


LAYOUT_C_TEXT = "\n".join("\t".join(row) for row in [
    ["项目编码", "102001001", "预算项目名称", "一般债券到期还本"],
    ["项目资金主要用途", "预算数 5851万元。用于偿还到期的政府一般债券本金。"],
    ["绩效目标", "按时偿还债券本金。"],
    ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"],
    ["产出指标", "数量指标", "还本规模", "年度还本总额", "5851万元", "根据到期债券计算"],
    ["项目编码", "102001002", "预算项目名称", "一般债券利息"],
    ["项目资金主要用途", "预算数 100万元。用于支付利息。"],
    ["绩效目标", "按时支付利息。"],
    ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"],
    ["产出指标", "数量指标", "付息金额", "年度付息", "100万元", "计算"],
])


def test_a_layout_c_list_copied_from_excel_gets_one_notice_not_four_todos_per_project() -> None:
    """Tab-separated layout C (copied out of Excel, not read from a PDF) has no 主管部门,
    实施单位 or 实施期: one document notice, as the PDF reader gives, not 待填 per project."""
    result = read_text(LAYOUT_C_TEXT)
    assert result.notices == [LAYOUT_C_NOTICE]
    assert [p.absent_fields for p in result.projects] == [LAYOUT_C_ABSENT[:4]] * 2  # 预算数 given
    doc = Document(year=2023, projects=result.projects)
    todos = [p.code for p in validate(doc) if p.is_todo]
    assert todos == ["project.absent_fields"]


def test_a_coded_table_with_its_department_rows_is_not_layout_c() -> None:
    rows = [
        ["项目编码", "102001001", "项目名称", "档案室改造"],
        ["主管部门", "", "实施单位", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值"],
        ["产出指标", "数量指标", "改造面积", "≥120平方米"],
    ]
    result = read_tables(rows)
    assert result.notices == [] and result.projects[0].absent_fields == ()


def test_two_tables_with_a_title_block_between() -> None:
    rows = [
        ["本级预算项目绩效目标表"], ["（2025年度）"], ["填报单位（盖章）：示例局", "", "单位：万元"],
        ["项目名称", "甲"], ["一级指标", "二级指标", "三级指标", "年度指标值"],
        ["产出指标", "数量指标", "指标一", "1个"],
        ["本级预算项目绩效目标表"], ["（2025年度）"],
        ["项目名称", "乙"], ["一级指标", "二级指标", "三级指标", "年度指标值"],
        ["满意度指标", "服务对象满意度指标", "满意度", "≥90%"],
    ]
    result = read_tables(rows)
    assert result.notices == []
    assert (result.document_year, result.reporting_unit, result.money_unit) == (2025, "示例局", "万元")
    assert [p.name for p in result.projects] == ["甲", "乙"]
    assert [len(p.indicators) for p in result.projects] == [1, 1]
    assert result.projects[1].indicators[0].children[0].children[0].value == "≥90%"


def test_no_table_gives_nothing() -> None:
    result = read_tables([["会议纪要"], ["没有表格"]])
    assert result.projects == [] and result.notices == [] and result.document_year is None


def _funding_table(unit_line: list[str], annual: str | None, purpose: str = "") -> list[list[str]]:
    """A table with its unit line, and an annual amount in the funding block (``None``:
    no funding block, as in layout C where the amount stands in the 用途 text)."""
    return [
        ["本级预算项目绩效目标表"], unit_line,
        ["项目名称", "甲"],
        ["项目资金主要用途", purpose or "用于办公设备购置。"],
        *([["资金总额", "", "年度金额", annual]] if annual is not None else []),
        ["一级指标", "二级指标", "三级指标", "年度指标值"],
        ["产出指标", "数量指标", "设备购置数量", "≥10台"],
    ]


def test_an_amount_with_wan_in_a_table_in_yuan_is_scaled() -> None:
    (p,) = read_tables(_funding_table(["填报单位：示例局", "", "单位：元"], "4万")).projects
    assert p.funding.annual.total == Decimal(40000)  # not 4: the table counts in 元
    (p,) = read_tables(_funding_table(
        ["单位：元"], None, "预算数 5851万元。用于偿还到期的政府一般债券本金。")).projects
    assert p.funding.annual.total == Decimal(58510000)


def test_the_same_amounts_in_a_table_in_wan_or_without_a_unit_stay_as_written() -> None:
    for unit_line in (["填报单位：示例局", "", "单位：万元"], ["填报单位：示例局"], ["单位：千元"]):
        (p,) = read_tables(_funding_table(unit_line, "4万")).projects
        assert p.funding.annual.total == Decimal(4), unit_line
        (p,) = read_tables(_funding_table(unit_line, "1,443.08")).projects
        assert p.funding.annual.total == Decimal("1443.08"), unit_line
    (p,) = read_tables(_funding_table(["单位：元"], "1443.08")).projects
    assert p.funding.annual.total == Decimal("1443.08")  # a plain number: in the table's unit
