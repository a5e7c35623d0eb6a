"""The rules' context: where a problem is, and what it computes once per project."""

from __future__ import annotations

from builders import clean_document
from rules.breakers import context

from jxeditor.document.model import Indicator, Level2
from jxeditor.rules.problems import ERROR, WARNING, Fix


def test_field_problem_is_located_by_the_field_label() -> None:
    ctx = context(clean_document())
    problem = ctx.field_problem("c", ERROR, "funding.annual.fiscal", "m", Fix("f", "1"))
    assert (problem.field, problem.path, problem.location) == (
        "funding.annual.fiscal", None, "年度金额·其中：财政拨款"
    )
    assert problem.project is ctx.project and problem.project is ctx.doc.projects[0]
    assert (problem.project_name, problem.fix) == ("档案室改造", Fix("f", "1"))
    assert ctx.field_problem("c", ERROR, "indicators", "m").location == "绩效指标"
    assert ctx.field_problem("c", ERROR, "no.such", "m").location == "no.such"


def test_node_problem_is_located_by_the_names_along_the_path() -> None:
    doc = clean_document()
    doc.projects[0].indicators[0].children.append(Level2("", [Indicator("")]))
    ctx = context(doc)
    problem = ctx.node_problem("c", WARNING, (0, 0, 0), "m")
    assert (problem.field, problem.path) == (None, (0, 0, 0))
    assert problem.location == "绩效指标 / 产出指标 / 数量指标 / 改造面积"
    assert ctx.node_location((0,)) == "绩效指标 / 产出指标"
    assert ctx.node_location((0, 3, 0)) == "绩效指标 / 产出指标 / （未命名指标） / （未命名指标）"


def test_indicators_carry_canonical_group_names_and_parsed_values() -> None:
    doc = clean_document()
    doc.projects[0].indicators[0].name = "产出 指标"
    doc.projects[0].indicators[0].children[0].name = "数量"
    ctx = context(doc)
    assert ctx.level1_names == ["产出指标", "成本指标", "效益指标", "满意度指标"]
    path, name1, name2, ind, parsed = ctx.indicators[0]
    assert (path, name1, name2, ind.name) == ((0, 0, 0), "产出指标", "数量指标", "改造面积")
    assert (parsed.comparator, parsed.unit) == ("≥", "平方米")
    assert [entry[0] for entry in ctx.indicators] == [
        (0, 0, 0), (0, 1, 0), (0, 2, 0), (1, 0, 0), (2, 0, 0), (3, 0, 0)
    ]
