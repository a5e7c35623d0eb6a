"""The department's overall targets in the narrative form (form A of department.md), from
the 2023 sample (lines 1–231, values read off the text by hand) and from pasted text:
sections, items past （十）, heading / 绩效目标 / 绩效指标 apart, PDF line and page breaks
joined without stray spaces, each measure's name and value."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fixture_paths import SAMPLES

from jxeditor.cli import main
from jxeditor.document.department import Department
from jxeditor.document.measure_values import read_measure
from jxeditor.formats.tableimport import read_text, read_text_file
from jxeditor.formats.tables.narrative import join_lines, read_narrative

SAMPLE = SAMPLES / "department-overall-and-coded-projects-2023.txt"


@pytest.fixture(scope="module")
def department() -> Department:
    found = read_text_file(SAMPLE).department
    assert found is not None
    return found


def test_overall_goal_is_one_text_joined_without_spaces(department: Department) -> None:
    goal = department.overall_goal
    assert goal.startswith("我局根据管委会工作部署，结合本部门年度工作计划，针对主要职责、重点工作，")  # lines 3, 5
    assert goal.endswith("加强政府债务管理，防范化解财政风险。")  # lines 21–23
    assert "权订辖区财政" in goal  # the source's typo is kept
    assert " " not in goal and "\n" not in goal


def test_eight_tasks_with_heading_goal_and_measures_apart(department: Department) -> None:
    assert [t.title for t in department.tasks] == [
        "落实法律、法规和制度", "组织年度财政收入", "保障财政支出事项", "加强国有资产监管",
        "实施财政支出投资评审", "依法公开财政信息", "规范账务管理", "全面推进预算绩效管理",
    ]
    first, second, third = department.tasks[:3]
    assert first.content == "严格落实法律、法规和制度要求。"
    # lines 31–33: the sentence is broken inside 合法率
    assert [(m.text, m.name, m.value) for m in first.measures] == [
        ("全局所有行政行为主体、职权、事实、程序合法率 100%。", "合法率", "=100%")]
    assert [(m.text, m.name, m.value) for m in second.measures] == [
        ("加强财税调度，2023年一般公共预算收入同比增长 8%。", "一般公共预算收入同比增长率", "≥8%")]
    # lines 43–51: a page break (blank lines) between the heading and 绩效目标
    assert third.content == "做好财政支出事项保障工作。"
    assert [(m.name, m.value) for m in third.measures] == [("", "")]
    assert third.measures[0].text == "提高预算单位用款计划审核效率，按时做好债务还本付息，确保全区财政平稳运行。"
    measured = [i + 1 for i, t in enumerate(department.tasks) if any(m.value for m in t.measures)]
    assert measured == [1, 2, 5, 8]


def test_twenty_one_safeguards_past_ten(department: Department) -> None:
    measures = department.measures
    assert len(measures) == 21
    assert (measures[0].title, measures[0].text) == (
        "完善制度建设", "制定完善预算绩效管理制度、资金管理办法、工作保障制度等，为全年预算绩效目标的实现奠定制度基础。")
    assert measures[10].title == "加强政府债务管控"  # （十一）
    assert "确保政府债务余额在合理范围之内。" in measures[10].text  # lines 159–161
    assert measures[13].title == "大力推广政府与社会资本合作（PPP）模式"
    assert measures[13].text.startswith("进一步推进 PPP项目建设")  # the space as printed
    assert measures[14].text.startswith("加强政治理论、财政政策和财政改革精神的研读")  # page break, lines 181–185
    assert measures[20].title == "支持卫生事业发展"  # （二十一）
    assert measures[20].text.endswith("足额保障城乡居民医疗保险补助资金。")  # page break, lines 227–231


def test_pasted_text_one_paragraph_per_line() -> None:
    text = ("一、部门整体绩效目标\n我局今年做好财政工作。\n"
            "二、分项绩效目标\n（一）组织收入\n绩效目标：组织收入。\n绩效指标：收入同比增长 5%；税收收入不低于 3 亿元。\n"
            "三、保障措施\n（一）完善制度。制定制度。\n")
    found = read_narrative(text)
    assert found is not None and (found.first_line, found.last_line) == (1, 8)
    task = found.department.tasks[0]
    assert (task.title, task.content) == ("组织收入", "组织收入。")
    assert [(m.text, m.name, m.value) for m in task.measures] == [
        ("收入同比增长 5%；", "收入同比增长率", "≥5%"), ("税收收入不低于 3 亿元。", "税收收入", "≥3亿元")]
    assert found.department.overall_goal == "我局今年做好财政工作。"


def test_a_wrapped_line_starting_with_a_bracket_is_no_item() -> None:
    text = ("一、总体绩效目标\n做好工作。\n三、目标规划及保障措施\n（一）完善制度。按要求开展下列工作\n"
            "（三）项所列事项。\n（二）加强监督。监督。\n")
    found = read_narrative(text)
    assert found is not None
    assert [(s.title, s.text) for s in found.department.measures] == [
        ("完善制度", "按要求开展下列工作（三）项所列事项。"), ("加强监督", "监督。")]


def test_paragraphs_end_at_a_short_line_ending_a_sentence() -> None:
    lines = ["我局根据工作部署，结合本部门年度工作计划，针对", "", "主要职责制定目标。", "",
             "第二段开始，继续写下去，写到与第一行一样长的", "", "时候换行。"]
    assert join_lines(lines) == "我局根据工作部署，结合本部门年度工作计划，针对主要职责制定目标。\n第二段开始，继续写下去，写到与第一行一样长的时候换行。"
    assert join_lines(["Budget of PPP", "projects"]) == "Budget of PPP projects"


def test_no_narrative_without_numbered_items() -> None:
    assert read_narrative("一、总体绩效目标\n\n今天的会议纪要，没有表格。\n") is None
    assert read_text("一、总体绩效目标\n\n今天的会议纪要，没有表格。\n").department is None


@pytest.mark.parametrize(("sentence", "name", "value"), [
    ("全局所有行政行为主体、职权、事实、程序合法率 100%。", "合法率", "=100%"),
    ("财政投资的政府采购项目评审率 100%。", "政府采购项目评审率", "=100%"),
    ("所有预算项目全部纳入预算绩效管理。", "预算项目纳入预算绩效管理比例", "=100%"),
    ("培训人数不少于 200 人。", "培训人数", "≥200人"),
    ("行政运行成本控制在 500万元以内。", "行政运行成本", "≤500万元"),
    ("资金支付率达到 95%。", "资金支付率", "≥95%"),
    ("项目覆盖率达90%以上", "项目覆盖率", "≥90%"),
    ("2023年3月完成 5 个项目验收", "项目验收", "≥5个"),
    ("完成率 98%", "完成率", "≥98%"),
    ("监督行政事业单位资产配置、使用、处置等事项，促进国有企业资产保值增值。", "", ""),
    ("2023年底前完成改革。", "", ""),
])
def test_measure_name_and_value(sentence: str, name: str, value: str) -> None:
    assert read_measure(sentence) == (name, value)


def test_narrative_alone_converts_to_version_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    source = tmp_path / "overall.txt"
    source.write_text(text[: text.index("\n项目\n")], encoding="utf-8")
    out = tmp_path / "overall.json"
    assert main(["convert", str(source), str(out)]) == 0
    capsys.readouterr()
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["version"] == 3 and data["projects"] == []
    assert len(data["department"]["tasks"]) == 8 and len(data["department"]["measures"]) == 21


def test_a_pasted_declaration_is_read() -> None:
    """The 申报表 copied out of a spreadsheet (tab-separated, merged cells empty)."""
    text = "\n".join("\t".join(row) for row in [
        ["部门整体支出绩效目标申报表"],
        ["部门（单位）名称", "示例县财政局"],
        ["年度主要任务", "任务名称", "主要内容", "预算金额（万元）", "", ""],
        ["", "", "", "总额", "财政拨款", "其他资金"],
        ["", "组织财政收入", "完成收入任务。", "120", "100", "20"],
        ["", "金额合计", "", "120", "100", "20"],
        ["年度总体目标", "全面完成财政收支任务。"],
    ])
    result = read_text(text)
    assert result.projects == [] and result.notices == ["已读入部门整体支出绩效目标申报表，请核对"]
    assert result.department is not None
    assert [t.title for t in result.department.tasks] == ["组织财政收入"]
    assert result.department.overall_goal == "全面完成财政收支任务。"
    assert read_text("会议纪要：年度主要任务另行通知。").department is None
