"""The two indicator frameworks: skeletons, where second levels belong, and names."""

from __future__ import annotations

import pytest

from jxeditor.document.frameworks import canonical_name, load_frameworks

FW = load_frameworks()


def test_loaded_once() -> None:
    assert load_frameworks() is FW


def test_skeletons_place_cost_by_framework() -> None:
    assert [l1 for l1, _ in FW.skeleton("2015")] == ["产出指标", "效益指标", "满意度指标"]
    assert dict(FW.skeleton("2015"))["产出指标"][-1] == "成本指标"
    assert [l1 for l1, _ in FW.skeleton("2021")] == ["产出指标", "成本指标", "效益指标", "满意度指标"]
    assert "成本指标" not in dict(FW.skeleton("2021"))["产出指标"]


def test_an_unknown_framework_gets_the_2021_skeleton() -> None:
    assert FW.skeleton("2030") == FW.skeleton("2021")


def test_required_first_levels_and_their_severity() -> None:
    assert FW.required["产出指标"] == {"2015": "error", "2021": "error"}
    assert FW.required["满意度指标"] == {"2015": "warning", "2021": "warning"}
    assert FW.required["成本指标"] == {"2021": "warning"}


def test_names() -> None:
    assert {"产出指标", "成本指标", "效益指标", "满意度指标"} == FW.level1_names
    assert {"数量指标", "经济成本指标", "服务对象满意度指标"} <= FW.level2_names
    assert {"共性指标", "财务管理"} <= FW.known_names
    assert "共性指标" not in FW.level1_names
    assert "%" in FW.common_units


@pytest.mark.parametrize(
    ("name", "parent"),
    [("社会效益指标", "效益指标"), ("数量指标", "产出指标"), ("成本指标", "产出指标"),
     ("经济成本指标", "成本指标"), ("财务管理", None), ("不存在", None)],
)
def test_parent_of_level2(name: str, parent: str | None) -> None:
    assert FW.parent_of_level2(name) == parent


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("产出 指标", "产出指标"),
        ("产出\u3000指标", "产出指标"),
        ("数量", "数量指标"),
        ("环境效益指标", "生态效益指标"),
        ("环境效益", "生态效益指标"),
        ("社会公众或服务对象满意度指标", "服务对象满意度指标"),
        ("共性指标", "共性指标"),
        ("财务管理", "财务管理"),
        ("软件系统提高工作效率情况", "软件系统提高工作效率情况"),
        (" 自创 名称 ", "自创名称"),
        ("", ""),
    ],
)
def test_canonical_name(written: str, canonical: str) -> None:
    assert FW.canonical_name(written) == canonical
    assert canonical_name(written) == canonical


def test_level2_choices_follow_the_skeleton_then_the_rest() -> None:
    assert FW.level2_choices("产出指标", "2021") == ("数量指标", "质量指标", "时效指标", "成本指标")
    assert FW.level2_choices("产出", "2015") == ("数量指标", "质量指标", "时效指标", "成本指标")
    assert FW.level2_choices("共性指标", "2021") == ("投入管理", "财务管理", "资产管理")
    assert FW.level2_choices("不存在", "2021") == ()
