"""The 填报说明 explains every rule the engine has, and nothing else."""

from __future__ import annotations

from jxeditor.rules import engine, guide


def test_every_rule_has_an_explanation_and_no_explanation_is_orphaned() -> None:
    assert guide.codes() == set(engine.RULE_CODES)


def test_entries_are_plain_chinese_with_an_example() -> None:
    for _heading, entries in guide.GUIDE:
        for code, item in entries.items():
            assert item.title and item.explanation, code
            assert "." not in item.title and "_" not in item.explanation, code  # no codes
    assert guide.entry("value.symbol") is not None and "≥90%" in guide.entry("value.symbol").example
    assert guide.entry("no.such") is None
