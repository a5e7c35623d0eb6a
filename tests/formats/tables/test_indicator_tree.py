"""The indicator-tree builder the two table readers share."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


class _Everything:
    """A set holding every name: no row takes the quick path."""

    def __contains__(self, _name: object) -> bool:
        return True


_NAMES = ("产出指标", "成本指标", "经济成本指标", "数量指标", "时效指标", "效益指标", "效果指标",
          "满意度指标", "服务对象满意度", "社会效益", "其他指标", "项目验收合格率", "按时完成率",
          "≥95%", "100%", "表样", "产出 指标", "")
_LAYOUTS = ({"l1": 0, "l2": 1, "name": 2, "value": 3},
            {"l1": 0, "l2": 1, "name": 2, "description": 3, "value": 4, "basis": 5},
            {"l1": 1, "l2": 2, "name": 3, "value": 5}, {"name": 0, "value": 1})


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_LAYOUTS),
       st.lists(st.lists(st.tuples(st.integers(0, 6), st.sampled_from(_NAMES)), min_size=1,
                         max_size=6), max_size=12))
def test_an_indicators_row_told_quickly_is_read_as_the_general_path_reads_it(
    columns: dict[str, int], rows: list[list[tuple[int, str]]]
) -> None:
    """Issue 33.2: a row whose first cell names no level and stands in neither level
    column is an indicator at once; the tree and the columns used are those of the
    general path (every row through the level tests)."""
    fw = load_frameworks()
    quick, general = Project(), Project()
    quick_tree = RowTreeBuilder(quick, fw, columns)
    general_tree = RowTreeBuilder(general, fw, columns)
    general_tree._level_names = _Everything()  # type: ignore[assignment]
    for row in rows:
        cells = sorted({col: text for col, text in row if text}.items())
        if cells:
            assert quick_tree.add_row(cells) == general_tree.add_row(cells)
    assert quick == general


def test_an_indicators_row_needs_no_level_test(monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 33.2: rows of an indicator's cells (no level name, neither level column)
    are indicators without the level tests."""
    project = Project()
    tree = RowTreeBuilder(project, load_frameworks(), {"l1": 0, "l2": 1, "name": 2, "value": 3})
    tree.add_row([(0, "产出指标"), (1, "数量指标"), (2, "指标一"), (3, "1个")])
    tests: list[str] = []

    def tested(*_args: object) -> bool:
        tests.append("level")
        return False

    monkeypatch.setattr(tree, "_is_level1", tested)
    monkeypatch.setattr(tree, "_is_level2", tested)
    for n in range(5):
        tree.add_row([(2, f"指标{n}"), (3, f"{n}个")])
    assert tests == []
    assert _shape(project) == [("产出指标", [("数量指标", ["指标一", *(f"指标{n}" for n in range(5))])])]
