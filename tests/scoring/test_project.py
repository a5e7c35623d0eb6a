"""Whole projects scored by hand: indicators, execution, total and grade; qualitative bands."""

from __future__ import annotations

import gc
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from strategies import documents
from year_examples import evaluated_document, ind, roads, training

from jxeditor.document.document import Document
from jxeditor.document.model import Indicator, Level1, Level2, Project
from jxeditor.document.stages import SCORING_RULES, STAGES, EvaluationColumn, ProjectEvaluation
from jxeditor.rules.engine import validate
from jxeditor.scoring.project import (
    BAD_ACTUAL,
    BAD_TARGET,
    NO_ACTUAL,
    SCORED,
    UNIT_MISMATCH,
    execution_score,
    grade,
    names_of,
    score_document,
    score_project,
    unfinished_text,
)
from jxeditor.scoring.qualitative import ACHIEVED, MISSED, PARTLY, verdict

D = Decimal


def test_training_project_by_hand() -> None:
    project = training()
    result = score_project(project)
    assert [(names_of(project, s.path)[2], s.points, s.score) for s in result.indicators] == [
        ("培训人次", D("12.5"), D("12.5")),
        ("考核合格率", D("12.5"), D("11.84")),
        ("完成时间", D("12.5"), D("12.5")),
        ("人均培训成本", D("12.5"), D("10.00")),
        ("就业率", D(15), D("13.50")),
        ("长效机制", D(15), D("10.50")),
        ("学员满意度", D(10), D(10)),
    ]
    assert result.execution.rate == D("0.945") and result.execution.score == D("9.45")
    assert result.total == D("90.29") and result.grade == "优"
    assert all(g.adds_up for g in result.groups)


def test_training_project_with_linear_cap() -> None:
    result = score_project(training(), "linear-cap")
    assert result.indicators[3].score == D("9.38")
    assert result.total == D("89.67") and result.grade == "良"


def test_roads_project_without_satisfaction_by_hand() -> None:
    result = score_project(roads())
    assert [(s.points, s.score, s.status) for s in result.indicators] == [
        (D("18.75"), D("12.50"), SCORED),
        (D("18.75"), D("18.38"), SCORED),
        (D("18.75"), D("16.67"), SCORED),
        (D("16.88"), D(0), SCORED),
        (D("16.87"), None, UNIT_MISMATCH),
    ]
    assert result.indicators[4].actual_unit == "%" and result.indicators[4].target_unit == "万元"
    assert result.execution.score == D(5) and result.execution.rate == D("0.5")
    # 节约资金 is not scored: no grade while it is not (the total is what the rest adds up to)
    assert result.total == D("52.55") and result.grade is None
    assert result.unscored == (result.indicators[4].path,) and not result.finished


def test_score_document_uses_the_documents_rule_set_unless_told() -> None:
    doc = evaluated_document()
    assert [s.total for s in score_document(doc)] == [D("90.29"), D("52.55")]
    doc.scoring = "linear-cap"
    assert score_document(doc)[0].total == D("89.67")
    assert score_document(doc, "2020-10")[0].total == D("90.29")


def _one(indicator: Indicator, evaluation: ProjectEvaluation | None = None) -> Project:
    return Project(evaluation=evaluation, indicators=[
        Level1("产出指标", [Level2("数量指标", [indicator])]),
        Level1("满意度指标", []),
    ])


def test_users_score_counts_as_entered() -> None:
    result = score_project(_one(ind("完成时间", "按时", "达成", score="41.5")))
    s = result.indicators[0]
    assert s.points == 56.25 and s.computed == D("56.25") and s.score == D("41.50")
    assert s.score_by_user and s.verdict is ACHIEVED
    override = score_project(_one(ind("人次", "≥10人次", "5人次", score="30.005"))).indicators[0]
    assert override.computed == D("28.13") and override.score == D("30.01")  # half up


@pytest.mark.parametrize(
    ("target", "actual", "status"),
    [("≥10人次", "", NO_ACTUAL), ("≥10人次", "   ", NO_ACTUAL), ("**", "5", BAD_TARGET),
     ("", "5", BAD_TARGET), ("≥10人次", "约五人次", BAD_ACTUAL), ("≥10人次", "5-6人次", BAD_ACTUAL),
     ("按时", "按时完成", BAD_ACTUAL), ("≥10人次", "5%", UNIT_MISMATCH),
     ("≥10个", "5件", SCORED), ("≥10人次", "5", SCORED), ("≥10", "5人次", SCORED),
     ("≥10人次", "1" * 40, BAD_ACTUAL)],
)
def test_what_is_not_scored_and_why(target: str, actual: str, status: str) -> None:
    s = score_project(_one(ind("x", target, actual))).indicators[0]
    assert s.status == status
    assert (s.score is None) is (status != SCORED)


def test_an_indicator_without_a_block_has_no_actual() -> None:
    result = score_project(_one(Indicator("x", "≥1个")))
    assert result.indicators[0].status == NO_ACTUAL and result.total == 0
    assert result.grade is None and result.unscored == ((0, 0, 0),)


@pytest.mark.parametrize(
    ("budget", "executed", "rate", "score"),
    [("120", "113.4", "0.945", "9.45"), ("100", "100", "1", "10"), ("100", "120", "1.2", "10"),
     ("3", "1", "0.3333", "3.33"), ("200", "199.9", "0.9995", "10.00"),
     ("200", "199.89", "0.9995", "9.99"), ("100", "0", "0", "0"), ("0", "5", None, "0"),
     (None, "5", None, "0"), ("100", None, None, "0"), ("100", "-5", "0", "0")],
)
def test_execution_rate_and_score(budget: str | None, executed: str | None,
                                  rate: str | None, score: str) -> None:
    ev = ProjectEvaluation(budget_full=EvaluationColumn(total=D(budget) if budget else None),
                           executed=EvaluationColumn(total=D(executed) if executed else None))
    result = execution_score(Project(evaluation=ev))
    assert result.rate == (D(rate) if rate is not None else None)
    assert result.score == D(score) and result.points == 10


def test_execution_without_a_block_or_with_text() -> None:
    assert execution_score(Project()).score == 0
    ev = ProjectEvaluation(budget_full=EvaluationColumn(total="一百"),
                           executed=EvaluationColumn(total=D(5)))
    assert execution_score(Project(evaluation=ev)).rate is None


@pytest.mark.parametrize(("total", "expected"), [
    ("100", "优"), ("90", "优"), ("89.99", "良"), ("80", "良"), ("79.99", "中"), ("60", "中"),
    ("59.99", "差"), ("0", "差")])
def test_grades(total: str, expected: str) -> None:
    assert grade(D(total)) == expected


def test_verdicts_full_and_short() -> None:
    assert verdict("达成年度指标") is ACHIEVED and verdict(" 达成 ") is ACHIEVED
    assert verdict("部分达成年度指标并具有一定效果") is PARTLY and verdict("部分达成") is PARTLY
    assert verdict("未达成年度指标且效果较差") is MISSED and verdict("未达成") is MISSED
    assert verdict("达到") is None and verdict("") is None


@pytest.mark.parametrize(
    ("v", "score", "inside"),
    [(ACHIEVED, "15", True), (ACHIEVED, "12", True), (ACHIEVED, "11.99", False),
     (ACHIEVED, "15.01", False), (PARTLY, "12", False), (PARTLY, "11.99", True),
     (PARTLY, "9", True), (PARTLY, "8.99", False), (MISSED, "9", False), (MISSED, "8.99", True),
     (MISSED, "0", True), (MISSED, "-0.01", False)],
)
def test_bands_of_15_points(v: object, score: str, inside: bool) -> None:
    assert v in (ACHIEVED, PARTLY, MISSED)
    assert v.in_band(D(score), D(15)) is inside  # type: ignore[attr-defined]


def test_band_texts_and_defaults() -> None:
    assert ACHIEVED.band_text(D(15)) == "[12.00, 15.00]"
    assert PARTLY.band_text(D(15)) == "[9.00, 12.00)"
    assert [v.default_score(D(15)) for v in (ACHIEVED, PARTLY, MISSED)] == [
        D(15), D("10.50"), D("4.50")]


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_any_document_scores_and_validates_in_every_stage(doc: Document) -> None:
    for rules in SCORING_RULES:
        for result in score_document(doc, rules):
            assert result.total >= 0
            assert result.unscored == tuple(s.path for s in result.indicators if s.score is None)
            assert result.grade in ((None,) if result.unscored else ("优", "良", "中", "差"))
            assert result.total == sum(s.counted for s in result.indicators) + result.execution.score
    for stage in STAGES:
        doc.stage = stage
        validate(doc)


def test_scoring_a_document_leaves_the_cycle_collector_as_it_was() -> None:
    doc = evaluated_document()
    assert gc.isenabled()
    score_document(doc)
    assert gc.isenabled()
    gc.disable()
    try:
        score_document(doc)
        assert not gc.isenabled()
    finally:
        gc.enable()


DEADLINE = "2026年6月底前"


@pytest.mark.parametrize(
    ("target", "actual", "full"),
    [(DEADLINE, "2026年5月底", True), (DEADLINE, "2026年6月30日", True),
     (DEADLINE, "2026年6月", True), (DEADLINE, "已于2026年5月20日完成", True),
     (DEADLINE, "2026年7月1日", False), (DEADLINE, "2026年7月", False),
     ("2026年12月31日前完成", "2026-12-31", True), ("2026年底前", "2027年1月", False),
     ("２０２６年６月底前", "2026年6月底", True)],
)
def test_a_deadline_is_compared_as_a_date(target: str, actual: str, full: bool) -> None:
    result = score_project(_one(ind("完成时间", target, actual)))
    s = result.indicators[0]
    assert s.status == SCORED and s.score == (s.points if full else 0)
    assert result.unscored == () and result.grade is not None


@pytest.mark.parametrize(
    ("target", "actual", "status"),
    [(DEADLINE, "", NO_ACTUAL), (DEADLINE, "按时", BAD_ACTUAL), (DEADLINE, "2026年13月", BAD_ACTUAL),
     ("2026年6月前", "2026年5月底", BAD_ACTUAL),  # which end of June? not a deadline
     ("按时", "2026年5月底", BAD_ACTUAL)],
)
def test_what_a_deadline_does_not_score(target: str, actual: str, status: str) -> None:
    result = score_project(_one(ind("完成时间", target, actual)))
    assert result.indicators[0].status == status and result.grade is None


def test_a_deadline_also_takes_a_verdict_and_ones_own_score() -> None:
    assert score_project(_one(ind("完成时间", DEADLINE, "部分达成"))).indicators[0].verdict is PARTLY
    late = score_project(_one(ind("完成时间", DEADLINE, "2026年8月", score="20"))).indicators[0]
    assert (late.computed, late.score, late.score_by_user) == (0, D(20), True)


def test_no_grade_while_one_indicator_is_not_scored() -> None:
    """Every indicator at full points but one without an actual value: the total would be
    优, but the 自评 is not finished (issue 29.6)."""
    late = ind("完成时间", DEADLINE, "")
    project = Project(indicators=[Level1("产出指标", [Level2("数量指标", [
        ind("培训人次", "≥500人次", "520人次"), late])])])
    result = score_project(project)
    assert result.grade is None and result.unscored == ((0, 0, 1),)
    assert unfinished_text(len(result.unscored)) == "总分（未完成：1 项未评分）"
    assert late.evaluation is not None
    late.evaluation.actual = "2026年6月底"
    finished = score_project(project)
    assert finished.unscored == () and finished.grade == grade(finished.total)
