"""Reading PDF-extracted text, one cell per line: the 2023 sample of coded projects (layout C).

The expected values below were read off the sample text by hand (line numbers given),
not copied from the reader's output.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from fixture_paths import SAMPLES

from jxeditor.cli import main
from jxeditor.document.model import Project
from jxeditor.errors import FileFormatError
from jxeditor.formats.documents import load_document
from jxeditor.formats.tableimport import read_text, read_text_file
from jxeditor.formats.tables.artefacts import LAYOUT_C_NOTICE
from jxeditor.formats.tables.pdf_text import read_pdf_lines
from jxeditor.formats.tables.result import TableImport

SAMPLE = SAMPLES / "department-overall-and-coded-projects-2023.txt"

Tree = list[tuple[str, list[tuple[str, list[tuple[str, str, str, str]]]]]]


@pytest.fixture(scope="module")
def sample() -> TableImport:
    return read_text_file(SAMPLE)


def tree(project: Project) -> Tree:
    return [
        (l1.name, [
            (l2.name, [(i.name, i.description, i.value, i.basis) for i in l2.children])
            for l2 in l1.children
        ])
        for l1 in project.indicators
    ]


def by_code(result: TableImport, code: str) -> Project:
    return next(p for p in result.projects if p.code == code)


def test_six_coded_projects(sample: TableImport) -> None:
    assert [(p.code, p.name) for p in sample.projects] == [
        ("102001001", "一般债券到期还本"),
        ("102001002", "一般债券利息及服务费"),
        ("102001003", "专项债券利息及服务费"),
        ("102001004", "隐性债务化解"),
        ("102001005", "农业保险补贴区级配套"),
        ("102001006", "清理暂付款"),
    ]
    assert [p.funding.annual.total for p in sample.projects] == [
        Decimal(5851), Decimal(8710), Decimal(12382), Decimal(500), Decimal(100), Decimal(26845)
    ]


def test_first_project_every_field(sample: TableImport) -> None:
    p = sample.projects[0]  # lines 235–334
    assert p.purpose == "用于偿还到期的政府一般债券本金。"  # line 243, 预算数 taken out
    assert p.funding.annual.total == Decimal(5851)
    assert (p.funding.annual.fiscal, p.funding.annual.other) == (None, None)
    assert p.funding.period.total is None
    assert p.spending_plan == {"03": Decimal(0), "06": Decimal(30), "10": Decimal(60), "12": Decimal(100)}
    assert (p.goals.annual, p.goals.period) == ("按时偿还债券本金。", "")
    assert (p.department, p.implementer, p.period.start, p.period.end) == ("", "", None, None)
    assert tree(p) == [
        ("产出指标", [
            ("数量指标", [("还本规模", "年度还本总额", "5851万元", "根据到期债券计算")]),
            ("质量指标", [("还本违约率", "违约还本金额占总到期债券的比重", "0", "上级文件")]),
            ("时效指标", [("迟付次数", "延迟还本次数", "0", "工作要求")]),
            ("成本指标", [("预算资金完成率", "全年预算资金支出完成率", "100%", "工作要求")]),
        ]),
        ("效益指标", [  # written 效果指标: read as 效益指标, with a notice (issue 14)
            ("经济效益指标", [("按期还本率", "按照预定时间数额支付情况", "100%", "工作要求")]),
            ("社会效益指标", []),
            ("生态效益指标", []),
            ("可持续性影响", []),
        ]),
        ("满意度指标", [
            ("服务对象满意度指标", [("群众满意度", "群众满意程度", "85%", "工作要求")]),
        ]),
    ]


def test_agricultural_insurance_project_every_field(sample: TableImport) -> None:
    p = by_code(sample, "102001005")  # lines 671–797: wrapped names, values and descriptions
    assert p.purpose == "用于农业保险保费相关工作支出。" and p.funding.annual.total == Decimal(100)
    assert p.spending_plan == {"03": Decimal(10), "06": Decimal(20), "10": Decimal(30), "12": Decimal(100)}
    assert p.goals.annual == (
        "1：引导和支持农户参加农业保险；\n"
        "2：保障关系国计民生和粮食安全的大宗农产品，重点支持农业生产环节；\n"
        "3：不断扩大农业保险覆盖面和风险保障水平，逐步建立市场化的农业生产风险防范化解机制；\n"
        "4：稳定农业生产，保障农民收入。"
    )
    assert tree(p) == [
        ("产出指标", [
            ("数量指标", [("三大粮食作物投保面积", "三大粮食作物投保面积占种植面积70%以上",
                           "≥70%", "上级文件")]),
            ("质量指标", [("风险保障水平", "风险保障水平接近物化成本", "接近直接物化成本", "工作要求")]),
            ("时效指标", [("赔付时限", "接农户报案后15个工作日内赔付到位", "15个工作日", "工作要求")]),
            ("成本指标", []),  # lines 750–752: the group is there, with nothing under it
        ]),
        ("效益指标", [
            ("经济效益指标", [("农业保险综合费用率", "农业保险综合费用率小于25%", "≤25%", "工作要求")]),
            ("社会效益指标", [("经办机构县级分支机构覆盖率", "经办机构县级分支机构覆盖率要达到100%",
                               "100%", "工作要求")]),
            ("生态效益指标", []),
            ("可持续性影响", []),
        ]),
        ("满意度指标", [
            ("服务对象满意度指标", [("群众满意度", "群众满意程度", "85%", "工作要求")]),
        ]),
    ]


def test_debt_and_advance_projects(sample: TableImport) -> None:
    debt = by_code(sample, "102001004")  # lines 587–647
    assert tree(debt)[0][1][0] == ("数量指标", [
        ("化解债务总量", "年度化解债务总量", "500万元", "开发区隐性债务化解计划")])
    assert tree(debt)[1][1][:2] == [
        ("经济效益指标", [("隐性债务率变动", "开发区隐性债务总量和可支配一般公共预算收入之比", "下降", "工作要求")]),
        ("社会效益指标", [("隐性债务上访次数", "因隐性债务不能及时化解发生的群众上访事件", "0", "工作要求")]),
    ]
    advance = by_code(sample, "102001006")  # lines 845–878: two indicators in one group
    output = tree(advance)[0][1]
    assert output[0] == ("数量指标", [
        ("清理暂付款总量比例", "清理暂付款总量%", "100%", "年初工作计划"),
        ("当年清理暂付款总量", "年度清理暂付款总量（万元）", "26845", "年初工作计划"),
    ])
    assert output[2] == ("时效指标", [("当年完成", "完成清理计划的时间节点", "2023年12月31日", "年初工作计划")])
    assert output[3] == ("成本指标", [("区级投入", "为完成清理进度需要区级投入的资金（万元）", "26845", "年初工作计划")])
    assert tree(advance)[2] == ("满意度指标", [("服务对象满意度指标", [])])


def test_empty_second_levels_stay(sample: TableImport) -> None:
    for p in sample.projects:
        effect = p.indicators[1]
        assert effect.name == "效益指标"  # written 效果指标
        assert [l2.name for l2 in effect.children] == ["经济效益指标", "社会效益指标", "生态效益指标", "可持续性影响"]
        assert effect.children[2].children == [] and effect.children[3].children == []
    assert all(not l2.children for l2 in by_code(sample, "102001006").indicators[1].children)


def test_overall_targets_read_with_one_notice(sample: TableImport) -> None:
    """Issue 30: lines 1–231 are the department's overall targets, read into the
    department block with one notice, no longer skipped; no project takes any of it."""
    assert not [n for n in sample.notices if "不是项目绩效目标表" in n]
    read = [n for n in sample.notices if "部门整体绩效目标" in n]
    assert read == ["第 1–231 行：已读入部门整体绩效目标（总体绩效目标、8 项分项绩效目标、"
                    "21 项目标规划及保障措施），请核对"]
    assert sample.department is not None and len(sample.department.tasks) == 8
    assert not any("落实法律" in p.goals.annual for p in sample.projects)


def test_text_before_the_tables_that_is_no_narrative_is_skipped_with_one_notice() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    prose = text[: text.index("\n项目\n")].replace("二、分项绩效目标", "二、其他").replace(
        "三、目标规划及保障措施", "三、其他").replace("（", "〔")
    result = read_text(prose + text[text.index("\n项目\n"):])
    assert result.department is None and len(result.projects) == 6
    skipped = [n for n in result.notices if "不是项目绩效目标表" in n]
    assert len(skipped) == 1 and skipped[0].startswith("第 1–231 行") and "一、总体绩效目标" in skipped[0]


def test_sample_notices(sample: TableImport) -> None:
    # 102001006 prints one percentage under four months (line 817): which month is unknown.
    assert sample.document_year == 2023
    assert sample.notices[2:] == [
        "第 817 行：资金支出计划有 1 个数“100%”，对不上 4 个月份，无法确定各属于哪个月，未导入",
        LAYOUT_C_NOTICE,  # one for the document, not one per project and field
        "一级指标“效果指标”不在指标框架中，已按“效益指标”读入（6 个项目），请核对",
    ]
    assert by_code(sample, "102001006").spending_plan == {m: None for m in ("03", "06", "10", "12")}


def test_unplaced_fragments_are_reported_with_line_numbers() -> None:
    text = "\n".join([
        "项目", "", "编码",                    # 1–3
        "900 预算项目名称 测试项目 ",           # 4
        "资金支出", "计划（%）",                # 5–6
        "3月底 6月底 10月底 12月底",            # 7
        "0% 30% 60% 100%",                      # 8
        "多余的一行",                            # 9: nothing to put it in
        "绩效", "目标", "完成测试。",            # 10–12
        "一级", "指标", "二级指", "标",          # 13–16
        "三级指标 指标值",                       # 17
        "没有一级指标的文字",                    # 18: before any level
        "产出", "", "指标", "数量指", "标",      # 19–23
        "指标甲 ≥1个",                           # 24
    ])
    result = read_pdf_lines(text)
    (p,) = result.projects
    assert (p.code, p.name, p.goals.annual) == ("900", "测试项目", "完成测试。")
    assert p.spending_plan["06"] == Decimal(30)
    assert tree(p) == [("产出指标", [("数量指标", [("指标甲", "", "≥1个", "")])])]
    assert result.notices == [
        "第 9 行：无法归入表格的内容“多余的一行”",
        "第 18 行：无法归入表格的内容“没有一级指标的文字”",
        LAYOUT_C_NOTICE,
    ]


def test_convert_gives_a_2015_document_of_2023(sample: TableImport) -> None:
    doc, notices = load_document(SAMPLE)
    assert (doc.year, doc.framework, len(doc.projects)) == (2023, "2015", 6)
    assert notices == sample.notices


def test_ordinary_text_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("一、总体绩效目标\n\n今天的会议纪要，没有表格。\n", encoding="utf-8")
    with pytest.raises(FileFormatError, match="没有找到绩效目标表"):
        read_text_file(path)
    assert read_text("会议提到了项目\n编码规则，但没有表格").projects == []


def test_command_line_converts_and_validates_the_2023_sample(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "2023.json"
    assert main(["convert", str(SAMPLES / "department-overall-and-coded-projects-2023.txt"),
                 str(out)]) == 0
    capsys.readouterr()
    assert main(["validate", "--json", str(out)]) == 1  # the sample has real mistakes
    codes = {p["code"] for p in json.loads(capsys.readouterr().out)}
    # 效果指标 is read as 效益指标 (issue 14): neither unknown nor a missing 效益指标.
    assert "indicators.unknown_level1" not in codes and "indicators.missing_level1" not in codes
    # Layout C has no 主管部门, 实施单位 or 实施期 (issue 14): one notice, not four per project,
    # and the mark survives the JSON written by convert.
    capsys.readouterr()
    main(["validate", "--json", str(out)])
    found = json.loads(capsys.readouterr().out)
    assert [p["code"] for p in found].count("project.absent_fields") == 1
    assert not [p for p in found if p["code"] == "project.missing_field"]


def test_an_overlong_group_is_reported_not_split() -> None:
    text = (SAMPLES / "department-overall-and-coded-projects-2023.txt").read_text(encoding="utf-8")
    at = text.index("还本规模")
    result = read_pdf_lines(text[:at] + "还本规模 年度还本总额 5851万元\n\n" * 3000 + text[at:])
    assert len(result.projects) == 6
    assert any("过长" in n and "未导入" in n for n in result.notices)
