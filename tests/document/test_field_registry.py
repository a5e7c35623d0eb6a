"""The one field registry (issue 29): every field of a document once, with its owner,
stage, kind, label (and English), and a parser and a formatter that give back what they
were given; each path names a field of its holder (the document, a project with its
stage blocks, an indicator with its blocks)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from jxeditor.document.department import (
    Department,
    DepartmentEvaluation,
    Measure,
    Safeguard,
    Task,
)
from jxeditor.document.document import Document
from jxeditor.document.fields import (
    AMOUNT,
    CHOICE,
    CHOICES,
    DATE,
    DOCUMENT,
    INDICATOR,
    INTEGER,
    KINDS,
    OWNERS,
    PROJECT,
    REGISTRY,
    TEXT,
    FieldSpec,
    find_field,
    label_of,
    same_value,
)
from jxeditor.document.model import Indicator, get_field, new_project
from jxeditor.document.stage_edits import add_blocks, stage_field
from jxeditor.document.stages import STAGES

DEPARTMENT_PARTS: dict[str, Any] = {
    "department": Department(), "task": Task(), "measure": Measure(), "safeguard": Safeguard(),
}
SAMPLES: dict[str, Any] = {
    TEXT: "示例 文字", AMOUNT: Decimal("12.50"), DATE: date(2026, 3, 1), INTEGER: 2026,
}


def _sample(spec: FieldSpec) -> Any:
    if spec.kind == CHOICE:
        return spec.choices[-1] if spec.choices else ""
    if spec.kind == CHOICES:  # a task's 对应项目: codes or names, without choices
        return list(spec.choices[:2]) or ["102001001", "示例项目"]
    return SAMPLES[spec.kind]


def _id(spec: FieldSpec) -> str:
    return f"{spec.holder}:{spec.path}"


@pytest.mark.parametrize("spec", REGISTRY, ids=_id)
def test_every_field_has_a_label_a_parser_and_a_formatter_that_round_trip(spec: FieldSpec) -> None:
    assert spec.owner in OWNERS and spec.kind in KINDS
    assert spec.stage is None or spec.stage in STAGES
    assert spec.label and spec.english and spec.title and spec.title_english
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in spec.english + spec.title_english)
    value = _sample(spec)
    text = spec.format(value)
    assert isinstance(text, str) and text
    back = spec.parse(text)
    assert same_value(back, value), (text, back)
    assert spec.parse(spec.format(back)) == back  # and once more: a fixed point
    if spec.kind in (AMOUNT, DATE, INTEGER):
        assert spec.parse("") is None  # blank is no value


def test_each_field_is_described_once_per_holder() -> None:
    keys = [(spec.holder, spec.path) for spec in REGISTRY]
    assert len(keys) == len(set(keys))
    for holder in (DOCUMENT, PROJECT, INDICATOR):
        labels = [spec.label for spec in REGISTRY if spec.holder == holder]
        assert len(labels) == len(set(labels)), holder


def test_every_path_names_a_field_of_its_holder() -> None:
    doc = Document()
    project = new_project()
    indicator = Indicator()
    project.indicators[0].children[0].children[0] = indicator
    for stage in STAGES:
        add_blocks([project], stage, 2026)
    for spec in REGISTRY:
        if spec.holder == DOCUMENT:
            assert hasattr(doc, spec.path), spec.path
        elif spec.owner == "stage_block":
            stage_field(project, spec.path)  # raises for a path that names nothing
        elif spec.owner == "department_stage":
            stage_field(Department(evaluation=DepartmentEvaluation()), spec.path)
        elif spec.holder == PROJECT:
            get_field(project, spec.path)
        elif spec.holder in DEPARTMENT_PARTS:
            get_field(DEPARTMENT_PARTS[spec.holder], spec.path)
        elif "." in spec.path:
            stage_field(indicator, spec.path)
        else:
            get_field(indicator, spec.path)


def test_the_same_path_on_another_holder_is_another_field() -> None:
    assert find_field(PROJECT, "name").label == "项目名称"
    assert find_field(INDICATOR, "name").label == "指标名称"
    assert find_field(PROJECT, "monitoring.forecast").label == "全年预计执行数"
    assert find_field(INDICATOR, "monitoring.forecast").label == "全年预计完成值"
    assert find_field(INDICATOR, "monitoring.forecast").title == "全年预计"
    assert label_of(DOCUMENT, "framework") == "指标框架"
    assert label_of(PROJECT, "indicators") == "indicators"  # no such field: its path
