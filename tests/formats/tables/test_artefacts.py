"""Import without artefacts (issue 14, item 1): layout B copied from a web page, and the
notices of layout C; for each artefact a look-alike that still reads as before."""

from __future__ import annotations

from jxeditor.document.model import Project
from jxeditor.formats.tableimport import read_text
from jxeditor.formats.tables.artefacts import is_title_line, strip_html
from jxeditor.formats.tables.pdf_text import read_pdf_lines
from jxeditor.formats.tables.result import document_from_tables

TABLE = """项目名称\t{name}
主管部门\t示例局\t实施单位\t示例局
项目属性\t新增项目\t项目起止时间\t2022.1.1\t2022.12.31
项目资金（万元）\t年度预算\t12.5
年度目标\t<p>完成档案室改造。</p><p>投入使用。</p>
绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值
\t产出指标\t数量指标\t改造面积\t≥120平方米
\t时效指标\t完成时间\t2022年12月底前
\t成本指标\t改造成本\t≤12.5万元
表样
\t效益指标\t社会效益指标\t<p>档案查阅效率</p>\t提高
\t满意度指标\t服务对象满意度指标\t使用人员满意度\t≥90%
"""


def shape(project: Project) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    return [(l1.name, [(l2.name, [i.name for i in l2.children]) for l2 in l1.children])
            for l1 in project.indicators]


def test_web_copy_of_layout_b_reads_without_artefacts() -> None:
    text = ("**2022年度大连市商务局项目支出绩效目标表**\n" + TABLE.format(name="甲")
            + "# 2022年度大连市商务局项目支出绩效目标表\n" + TABLE.format(name="乙"))
    result = read_text(text)
    assert [p.name for p in result.projects] == ["甲", "乙"]
    for p in result.projects:
        assert shape(p) == [
            ("产出指标", [("数量指标", ["改造面积"]), ("时效指标", ["完成时间"]), ("成本指标", ["改造成本"])]),
            ("效益指标", [("社会效益指标", ["档案查阅效率"])]),
            ("满意度指标", [("服务对象满意度指标", ["使用人员满意度"])]),
        ]
        assert p.goals.annual == "完成档案室改造。\n投入使用。"
    assert result.notices == [
        "第 11 行第 1 列：指标中多余的一行“表样”不是指标，未导入",
        "第 24 行第 1 列：指标中多余的一行“表样”不是指标，未导入",
    ]
    assert document_from_tables(result).framework == "2015"  # not flipped by a shifted 成本指标


def test_look_alikes_read_as_before() -> None:
    text = TABLE.format(name="甲").replace("表样\n", "").replace(
        "\t时效指标\t完成时间\t2022年12月底前\n\t成本指标\t改造成本\t≤12.5万元\n",
        "\t\t时效指标\t绩效目标表填报及时率\t100%\n"      # 绩效目标表 inside an indicator
        "\t成本指标\t经济成本指标\t改造成本\t≤12.5万元\n"  # a real first level 成本指标
        "\t\t\t\t<5%\n"                                    # a value, not a tag
        "\t产出指标\n"                                     # a one-cell level name
        "\t\t\t单独的三级指标\n",                           # a one-cell indicator name
    )
    result = read_text(text)
    (p,) = result.projects
    assert result.notices == []
    assert shape(p) == [
        ("产出指标", [("数量指标", ["改造面积"]), ("时效指标", ["绩效目标表填报及时率"])]),
        ("成本指标", [("经济成本指标", ["改造成本", ""])]),
        ("产出指标", [("", ["单独的三级指标"])]),
        ("效益指标", [("社会效益指标", ["档案查阅效率"])]),
        ("满意度指标", [("服务对象满意度指标", ["使用人员满意度"])]),
    ]
    assert p.indicators[1].children[0].children[1].value == "<5%"
    assert document_from_tables(result).framework == "2021"


def test_strip_html_and_title_lines() -> None:
    assert strip_html("<p>甲</p>") == "甲"
    assert strip_html("<P class='x'>甲<br/>乙</P>") == "甲\n乙"
    assert strip_html("甲&nbsp;乙") == "甲 乙"
    for kept in ("<5%", "1<2且3>2", "≤5天", "<span", "A&B"):
        assert strip_html(kept) == kept
    assert is_title_line(["**2022年度项目支出绩效目标表**"]) and is_title_line(["#", "某某绩效目标表"])
    assert not is_title_line(["绩效目标表填报及时率", "100%"]) and not is_title_line([])


def test_effect_level_read_as_benefit_with_one_notice() -> None:
    text = TABLE.format(name="甲").replace("\t效益指标\t", "\t效果指标\t")
    result = read_text(text)
    assert [l1.name for l1 in result.projects[0].indicators] == ["产出指标", "效益指标", "满意度指标"]
    assert result.notices[-1] == "一级指标“效果指标”不在指标框架中，已按“效益指标”读入（1 个项目），请核对"
    lines = "项目\n\n编码\n900 预算项目名称 测试项目\n一级\n指标\n二级指\n标\n三级指标 指标值\n效果\n指标\n社会效益\n指标\n甲 ≥1个\n"
    result = read_pdf_lines(lines)
    assert result.projects[0].indicators[0].name == "效益指标"
    assert sum("效果指标" in n for n in result.notices) == 1
    assert sum("没有主管部门、实施单位和项目实施期" in n for n in result.notices) == 1
