"""Years of an earlier table left in this one (issue 31.1): each fires on a copied table
and stays silent on a baseline, a past event, a span of years, the period's own years."""

from __future__ import annotations

from datetime import date

import pytest
from builders import clean_document, indicator
from fixture_paths import SAMPLES
from rules.breakers import Case, Change, assert_fires, case_ids, codes, set_field, set_value

from jxeditor.document.document import Document
from jxeditor.document.model import Period
from jxeditor.document.years import past_years, replace_year, year_mentions
from jxeditor.formats.documents import load_document
from jxeditor.resources import resource_path
from jxeditor.rules import year_rules
from jxeditor.rules.engine import validate
from jxeditor.rules.problems import WARNING

TIMELINESS, QUANTITY = (0, 2, 0), (0, 0, 0)

CASES: list[Case] = [
    ("year.stale", WARNING, set_value("2025年12月底前", TIMELINESS)),
    ("year.stale", WARNING, set_value("≥12次", QUANTITY, name="2025年度巡查次数")),
    ("year.stale", WARNING, set_field("goals.annual", "2025年底前完成档案室改造并投入使用。")),
    ("year.stale", WARNING, set_field("purpose", "用于2025年档案室改造的材料费和人工费。")),
]


@pytest.mark.parametrize(("code", "severity", "change"), CASES, ids=case_ids(CASES))
def test_rule_fires(code: str, severity: str, change: Change) -> None:
    assert_fires(code, severity, change)


def test_every_code_of_the_module_has_a_firing_case() -> None:
    assert {c[0] for c in CASES} == set(year_rules.CODES)


def in_2027() -> Document:
    """The clean table as a 2027 table that kept 2026's deadline (a one-year period of 2027)."""
    doc = clean_document()
    doc.year = 2027
    doc.projects[0].period = Period(date(2027, 1, 1), date(2027, 12, 31))
    return doc


def test_a_deadline_of_last_year_gets_the_budget_year_as_its_fix() -> None:
    doc = in_2027()  # the clean table's 时效 is 2026年12月底前
    (problem,) = validate(doc)
    assert (problem.code, problem.path) == ("year.stale", TIMELINESS)
    assert problem.fix is not None and problem.fix.new_value == "2027年12月底前"
    assert "2026" in problem.message and "2027" in problem.message


def test_a_goal_gets_the_text_with_the_year_moved() -> None:
    doc = in_2027()
    indicator(doc, TIMELINESS).value = "2027年12月底前"
    doc.projects[0].goals.annual = "2026年12月底前完成改造，较2025年查阅效率提高20%。"
    (problem,) = validate(doc)
    assert problem.field == "goals.annual" and problem.fix is not None
    assert problem.fix.new_value == "2027年12月底前完成改造，较2025年查阅效率提高20%。"


def test_a_name_is_pointed_at_without_a_fix() -> None:
    doc = clean_document()
    indicator(doc, QUANTITY).name = "2025年度巡查次数"
    indicator(doc, QUANTITY).value = "≥12次"
    (problem,) = validate(doc)
    assert problem.fix is None and "2026年度巡查次数" in problem.message


SILENT_VALUES: list[tuple[tuple[int, int, int], str, str]] = [
    (TIMELINESS, "完成时间", "2026年12月31日"),  # the budget year
    (TIMELINESS, "完成时间", "2026-12-31"),
    (QUANTITY, "巡查次数", "较2025年增加2次"),  # a baseline
    (QUANTITY, "在2025年基础上新增企业", "≥5家"),
    (QUANTITY, "偿还2019年发行的一般债券", "=5851万元"),  # an event long past
    (QUANTITY, "偿还2024年到期债券本金", "=5851万元"),
    (QUANTITY, "结转2025年资金支付", "=12万元"),
    (QUANTITY, "2026—2028年规划完成进度", "≥30%"),  # a span of years
    (QUANTITY, "改造2000年以前建成的小区", "≥3个"),
    (QUANTITY, "改造面积", "≥2025平方米"),  # a number, not a year
    (QUANTITY, "执行2025年版标准的项目数", "≥3个"),
    (QUANTITY, "兑现2025年度奖励资金企业数", "≥20家"),  # last year's award paid this year
    (QUANTITY, "2025年度考核结果应用率", "=100%"),
    (QUANTITY, "发放2025年度农机购置补贴户数", "≥300户"),
    (TIMELINESS, "完成时间", "2028年6月底前"),  # a later year: not judged here
]


@pytest.mark.parametrize(("path", "name", "value"), SILENT_VALUES,
                         ids=[f"{n}-{v}" for _p, n, v in SILENT_VALUES])
def test_look_alikes_stay_silent(path: tuple[int, int, int], name: str, value: str) -> None:
    doc = clean_document()
    ind = indicator(doc, path)
    ind.name, ind.value = name, value
    assert "year.stale" not in codes(doc)


def test_a_period_goal_may_name_the_years_of_its_period() -> None:
    doc = clean_document()
    doc.projects[0].period = Period(date(2025, 1, 1), date(2027, 12, 31))
    doc.projects[0].goals.period = "2025年完成设计，2026年完成改造，2027年投入使用。"
    assert "year.stale" not in codes(doc)
    doc.projects[0].goals.period = "2024年完成设计，2026年完成改造。"
    assert codes(doc) == ["year.stale"]


def test_the_funds_use_is_read_with_its_fix() -> None:
    """Issue 31: 项目资金主要用途 is read as the goals are (it was not read at all)."""
    doc = in_2027()
    indicator(doc, TIMELINESS).value = "2027年12月底前"
    doc.projects[0].purpose = "用于2026年档案室改造，较2025年节约10%。"
    (problem,) = validate(doc)
    assert (problem.code, problem.field, problem.location) == (
        "year.stale", "purpose", "项目资金主要用途")
    assert "项目资金主要用途写的是 2026 年" in problem.message
    assert problem.fix is not None
    assert problem.fix.new_value == "用于2027年档案室改造，较2025年节约10%。"


@pytest.mark.parametrize("purpose", [
    "用于2026年档案室改造。",  # the budget year
    "支付2025年结转的改造尾款。",  # a reference: carried over
    "2026—2028年档案数字化分年实施。",  # a span of years
])
def test_a_funds_use_of_this_year_stays_silent(purpose: str) -> None:
    doc = clean_document()
    doc.projects[0].purpose = purpose
    assert "year.stale" not in codes(doc)


def test_a_funds_use_may_name_the_years_of_its_period() -> None:
    doc = clean_document()
    doc.projects[0].period = Period(date(2025, 1, 1), date(2027, 12, 31))
    doc.projects[0].purpose = "2025年设计，2026年改造，2027年购置档案柜。"
    assert "year.stale" not in codes(doc)
    doc.projects[0].purpose = "2024年设计，2026年改造。"
    assert codes(doc) == ["year.stale"]


def test_year_mentions_and_their_replacement() -> None:
    assert [m.year for m in year_mentions("2026年12月底前，2026.6.30，2026/7")] == [2026] * 3
    assert year_mentions("2026—2028年，较2025年，2019年发行") == ()
    assert past_years("2025年底前完成2024年度任务", 2026) == (2025, 2024)
    assert past_years("2020年度任务", 2026) == ()  # further back: a reference, left alone
    assert replace_year("2026年12月底前（较2025年）", 2026, 2027) == "2027年12月底前（较2025年）"


def test_the_real_tables_read_as_next_years_report_only_their_deadline() -> None:
    """The 2023 department tables kept for 2024: 清理暂付款's 时效 “2023年12月31日” and
    the funds uses of two projects (“2023年化解计划”, “2023年清理计划”: a 2024 table pays
    for the 2024 plan) are stale (the sample has no other year as the time of its work);
    the 2026 sample kept for 2027 names no year but in its periods."""
    doc, _notices = load_document(SAMPLES / "department-overall-and-coded-projects-2023.txt")
    doc.year = 2024
    stale = [(p.project_name, p.fix.new_value if p.fix else None)
             for p in validate(doc) if p.code == "year.stale"]
    assert stale == [("隐性债务化解", "用于完成开发区隐性债务2024年化解计划。"),
                     ("清理暂付款", "用于完成开发区暂付款2024年清理计划。"),
                     ("清理暂付款", "2024年12月31日")]
    sample, _notices = load_document(resource_path("sample-dalian-2026.json"))
    sample.year = 2027
    assert "year.stale" not in [p.code for p in validate(sample)]
