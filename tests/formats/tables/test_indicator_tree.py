"""The indicator-tree builder the two table readers share."""

from __future__ import annotations

from jxeditor.document.frameworks import load_frameworks
from jxeditor.document.model import Indicator, Project
from jxeditor.formats.tables.indicator_tree import (
    IndicatorTree,
    LevelTreeBuilder,
    RowTreeBuilder,
)


def _shape(project: Project) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    return [(l1.name, [(l2.name, [i.name for i in l2.children]) for l2 in l1.children])
            for l1 in project.indicators]


def test_indicators_before_any_level_get_unnamed_groups() -> None:
    project = Project()
    tree = IndicatorTree(project, load_frameworks())
    tree.add_indicator(Indicator("甲"))
    tree.start_level2("数量指标")
    tree.add_indicator(Indicator("乙"))
    tree.start_level1("效益指标")
    tree.add_indicator(Indicator("丙"))
    assert _shape(project) == [("", [("", ["甲"]), ("数量指标", ["乙"])]),
                               ("效益指标", [("", ["丙"])])]


def test_rows_carry_merged_levels_down() -> None:
    project = Project()
    tree = RowTreeBuilder(project, load_frameworks(), {"l1": 0, "l2": 1, "name": 2, "value": 3})
    for row in (["产出指标", "数量指标", "指标一", "1个"], ["", "", "指标二", "2个"],
                ["", "质量指标", "合格率", "100%"], ["效益指标", "社会效益指标", "指标三", "好"]):
        tree.add_row([(col, text) for col, text in enumerate(row) if text])
    assert _shape(project) == [
        ("产出指标", [("数量指标", ["指标一", "指标二"]), ("质量指标", ["合格率"])]),
        ("效益指标", [("社会效益指标", ["指标三"])]),
    ]
    assert project.indicators[0].children[0].children[1].value == "2个"


def test_a_second_level_alone_finds_its_first_level() -> None:
    project = Project()
    tree = RowTreeBuilder(project, load_frameworks(), {"l1": 0, "l2": 1, "name": 2, "value": 3})
    tree.add_row([(1, "时效指标"), (2, "按时完成率"), (3, "100%")])
    assert _shape(project) == [("产出指标", [("时效指标", ["按时完成率"])])]


def test_level_names_in_order() -> None:
    project = Project()
    tree = LevelTreeBuilder(project, load_frameworks())
    tree.add_level("产出指标", "数量指标")
    tree.add_level("数量指标", None)
    tree.add_indicator(Indicator("甲"))
    tree.add_level("成本指标", "经济成本指标")  # a first level in 2021
    tree.add_level("经济成本指标", None)
    tree.add_indicator(Indicator("乙"))
    tree.add_level("效果指标", "社会效益指标")  # unknown, with a level under it: first level
    tree.add_level("社会效益指标", None)
    assert _shape(project) == [("产出指标", [("数量指标", ["甲"])]),
                               ("成本指标", [("经济成本指标", ["乙"])]),
                               ("效果指标", [("社会效益指标", [])])]
