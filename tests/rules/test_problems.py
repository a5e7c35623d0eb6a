"""What the validator reports: problems, their labels and their JSON form."""

from __future__ import annotations

from jxeditor.document.fields import FIELDS
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
    assert Problem("c", ERROR, 0, "p", "m").is_error
    assert not Problem("c", WARNING, 0, "p", "m").is_error
    todo = Problem("c", TODO, 0, "p", "m")
    assert todo.is_todo and not todo.is_error  # 待填 is not an error in the core
    assert not Problem("c", INFO, 0, "p", "m").is_error


def test_to_json() -> None:
    problem = Problem("value.symbol", WARNING, 2, "档案室改造", "应写作“≥90%”。",
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
    assert Problem("c", ERROR, 0, "p", "m").to_json()["fix"] is None
