"""The JSON reader takes its keys and kinds from the field registry (issue 29): every
field of a project, its stage blocks and an indicator, written and read again, gives its
value back; a field's kind decides how its key reads (an amount refuses true,
a choice a value outside its choices); the readers made from the registry refuse a
block whose fields are not where the registry puts them."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from jxeditor.document.document import Document
from jxeditor.document.fields import (
    AMOUNT,
    CHOICE,
    CHOICES,
    DATE,
    INDICATOR,
    PROJECT,
    REGISTRY,
    FieldSpec,
    same_value,
)
from jxeditor.document.model import get_field, new_project, set_field
from jxeditor.document.stage_edits import add_blocks, set_stage_field, stage_field
from jxeditor.document.stages import EVALUATION, MONITORING
from jxeditor.errors import FileFormatError
from jxeditor.formats import json_format
from jxeditor.formats.json_values import field_plan, flat_reader, group_reader

SAMPLES: dict[str, Any] = {AMOUNT: Decimal("12.50"), DATE: date(2026, 3, 1)}


def _sample(spec: FieldSpec) -> Any:
    if spec.kind == CHOICE:
        return spec.choices[-1]
    if spec.kind == CHOICES:
        return list(spec.choices[:2])
    return SAMPLES.get(spec.kind, f"示例·{spec.path}")


def _document() -> Document:
    doc = Document(projects=[new_project()])
    for stage in (MONITORING, EVALUATION):
        add_blocks(doc.projects, stage, 2026)
    return doc


PROJECT_AND_INDICATOR = [s for s in REGISTRY if s.holder in (PROJECT, INDICATOR)]


@pytest.mark.parametrize("spec", PROJECT_AND_INDICATOR, ids=lambda s: f"{s.holder}:{s.path}")
def test_every_field_written_and_read_gives_its_value_back(spec: FieldSpec) -> None:
    doc = _document()
    project = doc.projects[0]
    indicator = project.indicators[0].children[0].children[0]
    value = _sample(spec)
    if spec.holder == PROJECT and spec.owner != "stage_block":
        set_field(project, spec.path, value)
    elif spec.holder == PROJECT:
        set_stage_field(project, spec.path, value, 2026)
    elif "." in spec.path:
        set_stage_field(indicator, spec.path, value, 2026)
    else:
        set_field(indicator, spec.path, value)
    back = json_format.loads(json_format.dumps(doc)).projects[0]
    read_indicator = back.indicators[0].children[0].children[0]
    if spec.holder == PROJECT:
        got = stage_field(back, spec.path) if spec.owner == "stage_block" else get_field(back, spec.path)
    else:
        got = stage_field(read_indicator, spec.path) if "." in spec.path else get_field(
            read_indicator, spec.path)
    assert same_value(got, value)


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        (("funding", "annual", "total"), True, "projects[0].funding.annual.total"),
        (("period", "start"), 20260101, "projects[0].period.start"),
        (("code",), 102, "projects[0].code"),
        (("funding", "annual"), [], "projects[0].funding.annual"),
    ],
)
def test_a_field_s_kind_decides_how_its_key_reads(key: tuple[str, ...], value: Any,
                                                  message: str) -> None:
    data = json_format.document_to_dict(Document(projects=[new_project()]))
    target = data["projects"][0]
    for part in key[:-1]:
        target = target[part]
    target[key[-1]] = value
    with pytest.raises(FileFormatError) as info:
        json_format.loads(json.dumps(data))
    assert message in str(info.value)


def test_a_choice_outside_its_choices_is_refused() -> None:
    doc = _document()
    data = json_format.document_to_dict(doc)
    data["projects"][0]["indicators"][0]["children"][0]["children"][0]["monitoring"][
        "possibility"] = "也许"
    with pytest.raises(FileFormatError) as info:
        json_format.loads(json.dumps(data))
    assert "monitoring.possibility" in str(info.value) and "确定能" in str(info.value)


@dataclass
class _Swapped:
    b: str = ""
    a: str = ""


@dataclass
class _Plain:
    a: str = ""


def test_readers_made_from_the_registry_refuse_a_model_that_does_not_match() -> None:
    specs = tuple(s for s in REGISTRY if s.path in ("name", "value") and s.holder == INDICATOR)
    renamed = tuple(replace(s, path=p) for p, s in zip(("a", "b"), specs, strict=True))
    with pytest.raises(ValueError, match="_Swapped"):
        flat_reader(_Swapped, field_plan(renamed))
    with pytest.raises(ValueError, match=r"a\.b"):
        group_reader(_Plain, field_plan((replace(renamed[0], path="a.b"),)))
