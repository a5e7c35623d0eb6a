"""What the validator reports: problems, their labels and their JSON form."""

from __future__ import annotations

import copy

from builders import clean_document

from jxeditor.document.fields import FIELDS
from jxeditor.rules.engine import Validator
from jxeditor.rules.problems import (
    ERROR,
    FIELD_LABELS,
    INFO,
    SEVERITIES,
    SEVERITY_TEXT,
    TODO,
    WARNING,
    Fix,
    Problem,
)


def test_field_labels_come_from_the_fields_table_and_name_the_tree() -> None:
    assert {spec.path: spec.label for spec in FIELDS} | {"indicators": "绩效指标"} == FIELD_LABELS
    assert FIELD_LABELS["funding.annual.fiscal"] == "年度金额·其中：财政拨款"


def test_severity_text() -> None:
    assert SEVERITY_TEXT == {ERROR: "错误", WARNING: "警告", INFO: "提示", TODO: "待填"}
    assert set(SEVERITIES) == set(SEVERITY_TEXT) and SEVERITIES[0] == ERROR


def test_is_error() -> None:
    assert Problem("c", ERROR, None, "p", "m").is_error
    assert not Problem("c", WARNING, None, "p", "m").is_error
    todo = Problem("c", TODO, None, "p", "m")
    assert todo.is_todo and not todo.is_error  # 待填 is not an error in the core
    assert not Problem("c", INFO, None, "p", "m").is_error


def test_to_json() -> None:
    problem = Problem("value.symbol", WARNING, None, "档案室改造", "应写作“≥90%”。",
                      path=(0, 1, 0), location="绩效指标 / 产出指标", fix=Fix("改为“≥90%”", "≥90%"))
    assert problem.to_json("a.json") == {
        "file": "a.json",
        "project": "档案室改造",
        "location": "绩效指标 / 产出指标",
        "severity": "warning",
        "code": "value.symbol",
        "message": "应写作“≥90%”。",
        "fix": "≥90%",
        "acknowledged": None,
    }
    assert problem.to_json()["file"] == ""
    assert Problem("c", ERROR, None, "p", "m").to_json()["fix"] is None


def test_a_problem_points_to_its_project_by_identity() -> None:
    doc = clean_document()
    first = doc.projects[0]
    twin = copy.deepcopy(first)
    assert twin == first and twin is not first
    mine = Problem("c", ERROR, first, "甲", "m")
    assert mine == Problem("c", ERROR, first, "甲", "m")
    assert mine != Problem("c", ERROR, twin, "甲", "m")  # an equal project is another one
    assert len({mine, Problem("c", ERROR, first, "甲", "m"), Problem("c", ERROR, twin, "甲", "m")}) == 2


def test_a_problem_stays_the_same_when_its_project_moves() -> None:
    doc = clean_document()
    first = doc.projects[0]
    first.name = ""
    other = copy.deepcopy(first)
    other.code, other.name = "102001002", "另一个项目"
    other.indicators[0].children[0].children[0].value = "≥80平方米"  # not copied indicators
    doc.projects.insert(0, other)
    before = Validator(doc).project(1)
    assert before and all(p.project is first for p in before)
    doc.move_project(1, 0)
    assert Validator(doc).project(0) == before  # no longer "changed" by the move
