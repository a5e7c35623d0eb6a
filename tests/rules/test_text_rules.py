"""A phrase typed twice: in the project's texts (with a fix) and in third-level names."""

from __future__ import annotations

import pytest
from builders import clean_document, indicator
from rules.breakers import Case, Change, assert_fires, case_ids, codes, set_field

from jxeditor.rules import text_rules
from jxeditor.rules.engine import validate
from jxeditor.rules.problems import WARNING
from jxeditor.rules.text_rules import doubled

CASES: list[Case] = [
    ("text.doubled", WARNING, set_field("goals.period", "采购办公设备、专用设备、专用设备及专业软件。")),
    ("text.doubled", WARNING, set_field("name", "档案室改造改造")),
    ("text.doubled", WARNING, lambda d: setattr(indicator(d), "name", "改造面积改造面积")),
]


@pytest.mark.parametrize(("code", "severity", "change"), CASES, ids=case_ids(CASES))
def test_rule_fires(code: str, severity: str, change: Change) -> None:
    assert_fires(code, severity, change)


def test_every_code_of_the_module_has_a_firing_case() -> None:
    assert {c[0] for c in CASES} == set(text_rules.CODES)


def test_a_field_gets_the_text_without_the_repetition() -> None:
    doc = clean_document()
    doc.set_project_field(doc.projects[0], "goals.annual", "采购办公设备、专用设备、专用设备及专业软件。")
    (problem,) = validate(doc)
    assert problem.field == "goals.annual" and problem.fix is not None
    assert problem.fix.new_value == "采购办公设备、专用设备及专业软件。"


def test_a_name_is_pointed_at_without_a_fix() -> None:
    """A fix writes a node's value, so a doubled name gets none."""
    doc = clean_document()
    indicator(doc).name = "改造面积、改造面积"
    (problem,) = validate(doc)
    assert problem.path == (0, 0, 0) and problem.fix is None and "改造面积" in problem.message


@pytest.mark.parametrize(
    "text",
    ["人人参与，常常检查", "扶持整车厂、整车厂一级供应商", "服务企业、企业家", "一般债券、专项债券", "2026年1月、2026年2月", "明明白白", "面对面服务", "逐个核对", "11"],
)
def test_look_alikes_stay_silent(text: str) -> None:
    assert doubled(text) is None
    doc = clean_document()
    doc.set_project_field(doc.projects[0], "goals.annual", text)
    assert codes(doc) == []
