"""The history rules: 目标偏低？ with its fix, a target lowered since last year; each
fires, and stays silent where it should."""

from __future__ import annotations

import pytest
from builders import clean_document

from jxeditor.document.document import Document
from jxeditor.document.model import HistoryEntry, Indicator
from jxeditor.document.stages import EVALUATION, MONITORING
from jxeditor.rules import history_rules
from jxeditor.rules.engine import RULE_CODES, validate
from jxeditor.rules.guide import entry
from jxeditor.rules.problems import INFO, WARNING, Problem


def with_history(value: str, *entries: HistoryEntry, year: int = 2027) -> Document:
    doc = clean_document()
    doc.year = year
    ind = doc.projects[0].indicators[0].children[0].children[0]
    ind.value = value
    ind.history = list(entries)
    return doc


def found(doc: Document) -> list[Problem]:
    return [p for p in validate(doc) if p.code in history_rules.CODES]


def test_the_codes_are_registered_and_explained() -> None:
    for code in history_rules.CODES:
        assert code in RULE_CODES
        assert entry(code) is not None


def test_target_low_fires_with_a_fix_proposing_the_actual() -> None:
    doc = with_history("≥500人次", HistoryEntry(2026, "≥500人次", "620人次"))
    [problem] = found(doc)
    assert (problem.code, problem.severity, problem.path) == ("history.target_low", WARNING, (0, 0, 0))
    assert problem.message.startswith("目标偏低？上年实际完成 620人次")
    assert "24%" in problem.message
    assert problem.fix is not None and problem.fix.new_value == "≥620人次"


def test_target_low_for_a_target_to_stay_below() -> None:
    doc = with_history("≤10万元", HistoryEntry(2026, "≤10万元", "7.5万元"))
    [problem] = found(doc)
    assert problem.code == "history.target_low"
    assert problem.fix is not None and problem.fix.new_value == "≤7.5万元"
    assert "低出 25%" in problem.message


def test_a_bare_target_keeps_no_comparator_in_the_fix() -> None:
    doc = with_history("500人次", HistoryEntry(2026, "500人次", "700"))
    [problem] = found(doc)
    assert problem.fix is not None and problem.fix.new_value == "700人次"


@pytest.mark.parametrize(("value", "entry_"), [
    ("≥500人次", HistoryEntry(2026, "≥500人次", "600人次")),  # exactly 20%: not more
    ("≥500人次", HistoryEntry(2026, "≥500人次", "490人次")),  # missed
    ("≥500人次", HistoryEntry(2026, "≥500人次", "")),  # no actual
    ("≥500人次", HistoryEntry(2026, "≥500人次", "达成年度指标")),  # a verdict
    ("≥500人次", HistoryEntry(2026, "≥500人次", "700个")),  # another unit
    ("=100%", HistoryEntry(2026, "=100%", "100%")),  # = targets are not compared
    ("90%-95%", HistoryEntry(2026, "90%-95%", "99%")),  # ranges neither
    ("按时", HistoryEntry(2026, "按时", "按时")),  # qualitative
    ("≤10万元", HistoryEntry(2026, "≤10万元", "9万元")),  # within 20%
    ("≥500人次", HistoryEntry(2027, "≥100人次", "900人次")),  # not a past year
])
def test_silent(value: str, entry_: HistoryEntry) -> None:
    assert found(with_history(value, entry_)) == []


def test_silent_without_history() -> None:
    assert found(clean_document()) == []


@pytest.mark.parametrize("stage", [MONITORING, EVALUATION])
def test_silent_once_the_target_is_approved(stage: str) -> None:
    doc = with_history("≥500人次", HistoryEntry(2026, "≥600人次", "900人次"))
    doc.stage = stage
    assert found(doc) == []


def test_the_latest_past_year_counts() -> None:
    doc = with_history("≥500人次", HistoryEntry(2025, "≥500人次", "900人次"),
                       HistoryEntry(2026, "≥500人次", "510人次"))
    assert found(doc) == []


def test_target_lowered_is_an_info() -> None:
    doc = with_history("≥450人次", HistoryEntry(2026, "≥500人次", "480人次"))
    [problem] = found(doc)
    assert (problem.code, problem.severity) == ("history.target_lowered", INFO)
    assert "≥450人次" in problem.message and "≥500人次" in problem.message
    assert problem.fix is None


def test_a_relaxed_upper_bound_is_lowered_too() -> None:
    doc = with_history("≤12万元", HistoryEntry(2026, "≤10万元", "10万元"))
    assert [p.code for p in found(doc)] == ["history.target_lowered"]


@pytest.mark.parametrize("before", ["≥500人次", "≥400人次", "≤500人次", "≥500个", "按时", ""])
def test_target_lowered_silent(before: str) -> None:
    doc = with_history("≥500人次", HistoryEntry(2026, before, ""))
    assert found(doc) == []


def test_the_fix_applies_through_the_value() -> None:
    doc = with_history("≥500人次", HistoryEntry(2026, "≥500人次", "620人次"))
    [problem] = found(doc)
    ind: Indicator = doc.projects[0].indicators[0].children[0].children[0]
    assert problem.fix is not None
    ind.value = problem.fix.new_value
    assert found(doc) == []
