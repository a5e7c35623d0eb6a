"""The JSON format v1: exact round trip, key order, schema, refusals, atomic save."""

from __future__ import annotations

import json
import os
from decimal import Decimal
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from strategies import documents

from jxeditor.document.document import Document
from jxeditor.document.model import new_project
from jxeditor.errors import FileFormatError
from jxeditor.formats import json_format
from jxeditor.resources import resource_path

SCHEMA = json.loads(resource_path("document.schema.json").read_text(encoding="utf-8"))
SAMPLE = resource_path("sample-dalian-2026.json")


def check_schema(text: str) -> None:
    jsonschema.Draft202012Validator(SCHEMA).validate(json.loads(text))


@settings(max_examples=150, deadline=None)
@given(documents)
def test_load_save_round_trip(doc: Document) -> None:
    text = json_format.dumps(doc)
    check_schema(text)
    assert json_format.loads(text) == doc


def test_sample_round_trips_byte_for_byte() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    doc = json_format.loads(text)
    assert json_format.dumps(doc) == text
    check_schema(text)


def test_writer_keeps_documented_key_order_and_chinese() -> None:
    doc = Document(projects=[new_project(name="档案室改造")])
    doc.projects[0].funding.annual.total = Decimal("12.50")
    text = json_format.dumps(doc)
    data = json.loads(text)
    assert list(data) == ["format", "version", "year", "reporting_unit", "money_unit", "framework", "projects"]
    assert list(data["projects"][0]) == [
        "code", "name", "attribute", "category", "department", "implementer", "period",
        "funding", "purpose", "spending_plan", "goals", "indicators",
    ]
    assert list(data["projects"][0]["spending_plan"]) == ["03", "06", "10", "12"]
    assert "档案室改造" in text and "\\u" not in text
    assert '"total": "12.50"' in text  # amounts are strings, exactly as entered
    assert text.startswith('{\n  "format": "jxeditor-document"')


def test_amounts_never_become_floats() -> None:
    doc = json_format.loads(SAMPLE.read_text(encoding="utf-8"))
    total = doc.projects[0].funding.period.total
    assert isinstance(total, Decimal) and total == Decimal("1443.08")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"format": "something-else", "version": 1}, "不是 jxeditor 文档"),
        ({"format": "jxeditor-document", "version": 2}, "版本为 2"),
        ({"format": "jxeditor-document", "version": "1"}, "版本号应为整数"),
        ({"format": "jxeditor-document", "version": 1, "year": 2026, "framework": "2030"}, "指标体系"),
        ({"format": "jxeditor-document", "version": 1, "year": 2026, "projects": {}}, "位置 projects"),
        (
            {"format": "jxeditor-document", "version": 1, "year": 2026,
             "projects": [{"name": 5}]},
            "位置 projects[0].name",
        ),
    ],
)
def test_refuses_other_formats_and_newer_versions(tmp_path: Path, data: dict, expected: str) -> None:
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(FileFormatError) as info:
        json_format.load(path)
    assert expected in str(info.value)
    assert str(path) in str(info.value)


def test_syntax_error_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "format": "jxeditor-document",\n  "version": 1,,\n}', encoding="utf-8")
    with pytest.raises(FileFormatError) as info:
        json_format.load(path)
    assert "第 3 行" in str(info.value) and "broken.json" in str(info.value)


def test_gbk_file_gets_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "gbk.json"
    path.write_bytes('{"format": "绩效"}'.encode("gbk"))
    with pytest.raises(FileFormatError, match="UTF-8"):
        json_format.load(path)


def test_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json_format.dumps(Document()).encode())
    assert json_format.load(path) == Document()


def test_failed_save_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "doc.json"
    json_format.save(Document(reporting_unit="旧"), path)
    before = path.read_bytes()

    def fail_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", fail_fsync)
    with pytest.raises(FileFormatError, match="磁盘空间不足"):
        json_format.save(Document(reporting_unit="新"), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["doc.json"]  # no temporary left behind


def test_save_into_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileFormatError, match="路径不存在"):
        json_format.save(Document(), tmp_path / "gone" / "doc.json")
