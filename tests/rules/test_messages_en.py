"""The problem messages in English (issue 13.8): every template of every rule has an
English one with the same fields and no Chinese outside quoted examples; problems of
real documents come out in English, message, place and fix."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest
from builders import clean_document

from jxeditor.document.fields import STAGE_BLOCK, fields_of
from jxeditor.document.stages import STAGE_LABELS
from jxeditor.formats import json_format
from jxeditor.resources import resource_path
from jxeditor.rules import engine
from jxeditor.rules.messages_en import ENGLISH, TERMS, english_place, in_english, term
from jxeditor.rules.problems import FIELD_LABELS, say

RULES = Path(engine.__file__).parent
CJK = re.compile(r"[\u4e00-\u9fff]")
QUOTED = re.compile(r"“[^”]*”")


def templates() -> dict[str, str]:
    """Every literal template given to ``say`` in the rules, with where it stands."""
    found: dict[str, str] = {}
    for path in sorted(RULES.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "say":
                first = node.args[0]
                assert isinstance(first, ast.Constant) and isinstance(first.value, str), (
                    f"{path.name}:{node.lineno}: say() needs a literal template")
                found.setdefault(first.value, f"{path.name}:{node.lineno}")
    return found


def fields(template: str) -> set[str]:
    return {name for _text, name, spec, conversion in string.Formatter().parse(template)
            if name is not None and not spec and not conversion}


def test_every_rule_message_has_its_english_template() -> None:
    found = templates()
    assert len(found) > 80
    missing = [f"{where}: {template}" for template, where in found.items() if template not in ENGLISH]
    assert missing == []
    assert set(ENGLISH) == set(found)  # none left over either


@pytest.mark.parametrize("template", sorted(ENGLISH))
def test_an_english_template_has_the_same_fields_and_no_chinese_outside_quotes(
    template: str,
) -> None:
    english = ENGLISH[template]
    assert fields(english) == fields(template)
    assert all(not spec for _t, _n, spec, _c in string.Formatter().parse(template))
    assert not CJK.search(QUOTED.sub("", english)), english


def test_every_rule_code_is_reported_through_a_template() -> None:
    """No rule module builds a message without ``say`` (so none escapes translation)."""
    for path in sorted(RULES.glob("*_rules.py")):
        text = path.read_text(encoding="utf-8")
        codes = __import__(f"jxeditor.rules.{path.stem}", fromlist=["CODES"]).CODES
        assert codes, path.name
        assert "say(" in text, path.name
        assert 'message=f"' not in text and "message = f" not in text, path.name


def test_every_field_label_and_term_is_english() -> None:
    assert set(FIELD_LABELS.values()) <= set(TERMS)
    assert set(STAGE_LABELS.values()) <= set(TERMS)
    for spec in fields_of(STAGE_BLOCK):  # the places of the stage rules' problems
        assert not CJK.search(term(spec.label)), spec.label
    assert term("年初预算数·上年结转资金") == "Initial budget · carried over"
    assert not any(CJK.search(QUOTED.sub("", v)) for v in TERMS.values())


def test_problems_of_the_sample_in_english() -> None:
    doc = json_format.load(resource_path("sample-dalian-2026.json"))
    problems = engine.validate(doc)
    assert problems and all(p.text is not None for p in problems)
    for problem in problems:
        shown = in_english(problem)
        assert shown.code == problem.code and shown.severity == problem.severity
        data = {problem.project_name, *(v for _k, v in problem.text.params)}  # type: ignore[union-attr]
        rest = shown.message
        for value in sorted(data, key=len, reverse=True):
            rest = rest.replace(value, "")
        assert not CJK.search(QUOTED.sub("", rest)), shown.message
        assert not shown.location.startswith("绩效指标")
        if shown.fix is not None:
            assert not CJK.search(QUOTED.sub("", shown.fix.label)), shown.fix.label
    by_code = {p.code: in_english(p) for p in problems}
    assert by_code["value.missing_unit"].message.startswith("“")
    assert "lacks its unit" in by_code["value.missing_unit"].message
    assert by_code["value.missing_unit"].fix is not None
    assert by_code["value.missing_unit"].fix.label.startswith("Change to “")
    assert by_code["indicators.unknown_level2"].message.endswith(
        "are “经济效益指标”, “社会效益指标”, “生态效益指标”, “可持续影响指标”.")


def test_terms_put_into_messages_are_english() -> None:
    doc = clean_document()
    project = doc.projects[0]
    project.implementer = ""
    project.funding.annual.other = "abc"
    messages = {p.code: in_english(p) for p in engine.validate(doc)}
    assert messages["project.missing_field"].message == "Implementer is empty: please fill it in."
    assert messages["project.missing_field"].location == "Implementer"
    assert messages["funding.not_a_number"].message.startswith(
        "This year (other funds): “abc” is not a number")
    assert english_place("绩效指标 / 产出指标 / 数量指标 / 改造面积") == (
        "Indicators / 产出指标 / 数量指标 / 改造面积")


def test_chinese_is_unchanged() -> None:
    text = say("指标值“{value}”只有数字没有单位：应写作“{fixed}”。", value="12", fixed="12个")
    assert str(text) == "指标值“12”只有数字没有单位：应写作“12个”。"
