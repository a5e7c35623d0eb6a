"""Documents that stretch the printed form: long names and goals, 60 indicators (several
pages), empty groups, a goal taller than a page."""

from __future__ import annotations

import pytest
from builders import clean_project

from jxeditor.document.document import Document
from jxeditor.document.model import Indicator, Level1, Level2, Project


def sixty_indicators() -> Project:
    """Sixty indicators under four 二级 of two 一级, with long names now and then."""
    p = clean_project()
    p.name = "六十个指标的项目"
    groups = []
    for g in range(4):
        inds = [Indicator(f"指标{g}-{i}号" + ("很长的指标名称" * 6 if i % 7 == 0 else ""),
                          f"≥{g * 15 + i}个") for i in range(15)]
        groups.append(Level2(f"二级指标{g}", inds))
    p.indicators = [Level1("产出指标", groups[:2]), Level1("效益指标", groups[2:])]
    return p


def long_texts() -> Project:
    """A long name and long goals (wrapped over many lines)."""
    p = clean_project()
    p.name = ("某某区城乡一体化供水管网改造及智慧水务平台建设二期工程（含老旧小区二次供水设施改造）"
              "及配套附属设施建设与运营维护服务采购项目")
    p.goals.period = "通过实施本项目，完成供水管网改造和智慧水务平台建设。" * 12
    p.goals.annual = "年度内完成主干管网改造30公里，建成监测点位120个。" * 10
    return p


def empty_groups() -> Project:
    """A 一级 without 二级 and a 二级 without indicators."""
    p = clean_project()
    p.name = "空分组项目"
    p.indicators = [Level1("产出指标", [Level2("数量指标", []),
                                      Level2("质量指标", [Indicator("合格率", "=100%")])]),
                    Level1("效益指标", [])]
    return p


def huge_goal() -> Project:
    """A goal text taller than a whole page."""
    p = clean_project()
    p.name = "超长目标项目"
    p.goals.annual = "".join(f"第{i}条：年度目标内容说明文字。" for i in range(400))
    return p


@pytest.fixture
def print_doc() -> Document:
    """Five projects: clean, sixty indicators, long texts, empty groups, clean again."""
    last = clean_project()
    last.name = "最后一个项目"
    return Document(year=2026, reporting_unit="示例局", projects=[
        clean_project(), sixty_indicators(), long_texts(), empty_groups(), last])


@pytest.fixture
def huge_doc() -> Document:
    return Document(year=2026, projects=[huge_goal()])
