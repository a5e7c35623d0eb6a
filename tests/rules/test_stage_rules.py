"""The rules of the 运行监控 and 自评 stages: each code fires, and stays silent when right."""

from __future__ import annotations

from decimal import Decimal

from year_examples import evaluated_document, ind, training

from jxeditor.document.document import Document
from jxeditor.document.model import Indicator, Level1, Level2, Project
from jxeditor.document.stages import (
    EVALUATION,
    MONITORING,
    TARGETS,
    IndicatorMonitoring,
    ProjectMonitoring,
    formula_score,
)
from jxeditor.rules import stage_review_rules, stage_rules
from jxeditor.rules.engine import validate
from jxeditor.rules.problems import ERROR, WARNING, Problem

D = Decimal


def stage_problems(doc: Document) -> list[Problem]:
    return [p for p in validate(doc) if p.code in stage_rules.CODES]


def codes(doc: Document) -> list[tuple[str, str, tuple[int, ...] | None]]:
    return [(p.code, p.severity, p.path) for p in stage_problems(doc)]


def test_the_hand_computed_projects_need_nothing_more() -> None:
    """training: every indicator below full points has its reason; roads: the unit."""
    assert codes(evaluated_document()) == [
        ("evaluation.unit_mismatch", WARNING, (1, 1, 0)),
    ]


def test_nothing_fires_outside_the_stage() -> None:
    doc = evaluated_document()
    doc.projects[0].indicators[0].children[0].children[0].evaluation = None
    doc.stage = TARGETS
    assert codes(doc) == []
    doc.stage = MONITORING
    assert codes(doc) == []
    doc.stage = EVALUATION
    assert ("evaluation.actual_missing", ERROR, (0, 0, 0)) in codes(doc)


def _doc(*indicators: Indicator, stage: str = EVALUATION) -> Document:
    project = Project(name="p", indicators=[
        Level1("产出指标", [Level2("数量指标", list(indicators))]),
        Level1("效益指标", [Level2("社会效益指标", [ind("e", "≥1个", "1个")])]),
        Level1("满意度指标", [Level2("服务对象满意度指标", [ind("s", "≥90%", "95%")])]),
    ])
    return Document(stage=stage, projects=[project])


def test_deviation_missing_below_full_points_only() -> None:
    assert codes(_doc(ind("a", "≥10个", "9个"))) == [
        ("evaluation.deviation_missing", ERROR, (0, 0, 0))]
    assert codes(_doc(ind("a", "≥10个", "9个", deviation="  "))) == [
        ("evaluation.deviation_missing", ERROR, (0, 0, 0))]
    assert codes(_doc(ind("a", "≥10个", "9个", deviation="原因"))) == []
    assert codes(_doc(ind("a", "≥10个", "10个"))) == []
    # a qualitative 部分达成 scores below full points: it needs a reason too
    assert codes(_doc(ind("a", "按时", "部分达成"))) == [
        ("evaluation.deviation_missing", ERROR, (0, 0, 0))]
    problem = stage_problems(_doc(ind("a", "≥10个", "9个")))[0]
    assert "得分 45 低于分值 50" in problem.message and problem.location.endswith("数量指标 / a")


def test_scores_outside_the_verdicts_band() -> None:
    # 50 points: 达成 [40, 50], 部分达成 [30, 40), 未达成 [0, 30)
    ok = [("达成", "40"), ("达成", "50"), ("部分达成", "39.99"), ("部分达成", "30"),
          ("未达成", "29.99"), ("未达成", "0"), ("达成", None)]
    for actual, score in ok:
        found = codes(_doc(ind("a", "按时", actual, score=score, deviation="x")))
        assert found == [], (actual, score)
    bad = [("达成", "39.99"), ("达成", "50.01"), ("部分达成", "40"), ("部分达成", "29.99"),
           ("未达成", "30")]
    for actual, score in bad:
        found = codes(_doc(ind("a", "按时", actual, score=score, deviation="x")))
        assert found == [("evaluation.score_out_of_band", ERROR, (0, 0, 0))], (actual, score)
    problem = stage_problems(_doc(ind("a", "按时", "部分达成", score="45", deviation="x")))[0]
    assert "[30.00, 40.00)" in problem.message and "45" in problem.message


def test_the_out_of_band_score_still_counts() -> None:
    doc = _doc(ind("a", "按时", "部分达成", score="45", deviation="x"))
    from_score = [p for p in validate(doc) if p.code == "evaluation.deviation_missing"]
    assert from_score == []  # 45 < 50 but a reason is given; the 45 is what counts


def test_points_not_adding_up() -> None:
    doc = _doc(ind("a", "≥10个", "10个", points="20"), ind("b", "≥10个", "10个", points="20"))
    assert codes(doc) == [("evaluation.points_sum", WARNING, (0,))]
    assert "合计 40，应为 50" in stage_problems(doc)[0].message
    assert codes(_doc(ind("a", "≥10个", "10个", points="20"), ind("b", "≥10个", "10个"))) == []


def test_points_or_score_not_a_number() -> None:
    bad = ind("a", "≥10个", "10个")
    assert bad.evaluation is not None
    bad.evaluation.points = "十分"
    bad.evaluation.score = D(-1)
    assert codes(_doc(bad)) == [("evaluation.points_invalid", ERROR, (0, 0, 0))] * 2


def test_a_score_a_workbook_gave_as_a_formula() -> None:
    """Issue 31.6: never counted (the program's score is), reported by sheet and cell;
    a text that only looks like one is an invalid score as before."""
    bad = ind("a", "≥10个", "8个")
    assert bad.evaluation is not None
    bad.evaluation.score = formula_score("=F14*0.9", "自评表", "G14")
    bad.evaluation.deviation = "天气原因"
    assert codes(_doc(bad)) == [("evaluation.score_formula", ERROR, (0, 0, 0))]
    assert "工作表“自评表”单元格 G14 中的公式“=F14*0.9”" in stage_problems(_doc(bad))[0].message
    bad.evaluation.score = "公式 =F14*0.9"
    assert codes(_doc(bad)) == [("evaluation.points_invalid", ERROR, (0, 0, 0))]


def test_points_a_workbook_gave_as_a_formula() -> None:
    """Issue 31: a 分值 formula the same, with its own advice (the even share counts)."""
    bad = ind("a", "≥10个", "10个")
    assert bad.evaluation is not None
    bad.evaluation.points = formula_score("=50/2", "自评表", "F14")
    assert codes(_doc(bad)) == [("evaluation.score_formula", ERROR, (0, 0, 0))]
    message = stage_problems(_doc(bad))[0].message
    assert message.startswith("分值是工作表“自评表”单元格 F14 中的公式“=50/2”，公式的结果不作为分值")
    assert "请填写分值的数字" in message and "得分" not in message


def test_actual_missing_or_unreadable_or_in_another_unit() -> None:
    assert codes(_doc(ind("a", "≥10个", ""))) == [("evaluation.actual_missing", ERROR, (0, 0, 0))]
    assert codes(_doc(Indicator("a", "≥10个"))) == [
        ("evaluation.actual_missing", ERROR, (0, 0, 0))]
    assert codes(_doc(ind("a", "≥10个", "十个"))) == [
        ("evaluation.actual_unreadable", ERROR, (0, 0, 0))]
    found = stage_problems(_doc(ind("a", "按时", "按时完成")))
    assert [p.code for p in found] == ["evaluation.actual_unreadable"]
    assert "达成年度指标" in found[0].message
    assert codes(_doc(ind("a", "≥10个", "10%"))) == [
        ("evaluation.unit_mismatch", WARNING, (0, 0, 0))]
    assert codes(_doc(ind("a", "≥10个", "10件"))) == []  # 件 and 个 are one unit


def test_execution_above_100_percent() -> None:
    doc = Document(stage=EVALUATION, projects=[training()])
    assert doc.projects[0].evaluation is not None
    doc.projects[0].evaluation.executed.total = D(130)
    found = stage_problems(doc)
    assert [(p.code, p.severity, p.field) for p in found] == [
        ("evaluation.execution_over_100", WARNING, "evaluation.executed.total")]
    assert "108.33%" in found[0].message
    doc.projects[0].evaluation.executed.total = D(120)
    assert stage_problems(doc) == []


def test_an_amount_of_the_blocks_that_is_not_a_number() -> None:
    """Typed in the editor (kept as text) or read from a form: reported, not scored as 0
    silently."""
    doc = Document(stage=EVALUATION, projects=[training()])
    assert doc.projects[0].evaluation is not None
    doc.projects[0].evaluation.executed.total = "一百一十三万"
    found = stage_problems(doc)
    assert [(p.code, p.severity, p.field, p.location) for p in found] == [
        ("evaluation.not_a_number", ERROR, "evaluation.executed.total", "自评 / 全年执行数·年度资金总额")]
    assert "“一百一十三万”不是数字" in found[0].message
    doc.stage = MONITORING
    doc.projects[0].monitoring = ProjectMonitoring(budget=D(120), executed="七十")
    found = stage_problems(doc)
    assert [(p.code, p.field, p.location) for p in found] == [
        ("monitoring.not_a_number", "monitoring.executed", "运行监控 / 1–7月执行数")]
    doc.projects[0].monitoring.executed = D(70)
    assert stage_problems(doc) == []


def _monitored(value: str, forecast: str, possibility: str, causes: list[str]) -> Document:
    indicator = Indicator("a", value, monitoring=IndicatorMonitoring(
        current="", forecast=forecast, possibility=possibility, causes=causes))
    return _doc(indicator, stage=MONITORING)


def test_monitoring_possibility_needs_forecast_and_cause() -> None:
    assert codes(_monitored("≥10个", "8个", "有可能", ["经费保障"])) == []
    for forecast, causes in (("", ["经费保障"]), ("8个", []), ("", [])):
        assert codes(_monitored("≥10个", forecast, "完全不可能", causes)) == [
            ("monitoring.reason_missing", ERROR, (0, 0, 0))]
    message = stage_problems(_monitored("≥10个", "", "有可能", []))[0].message
    assert "全年预计完成值、偏差原因" in message
    assert codes(_monitored("≥10个", "", "", [])) == []  # not said yet
    assert codes(_monitored("≥10个", "", "确定能", [])) == []


def test_monitoring_certain_but_the_forecast_misses() -> None:
    assert codes(_monitored("≥10个", "9个", "确定能", [])) == [
        ("monitoring.contradiction", WARNING, (0, 0, 0))]
    assert codes(_monitored("≤5天", "6天", "确定能", [])) == [
        ("monitoring.contradiction", WARNING, (0, 0, 0))]
    assert codes(_monitored("按时", "部分达成", "确定能", [])) == [
        ("monitoring.contradiction", WARNING, (0, 0, 0))]
    for value, forecast in (("≥10个", "10个"), ("≥10个", "12件"), ("≤5天", "5日"),
                            ("按时", "达成"), ("按时", "按时完成"), ("≥10个", "9%"),
                            ("≥10个", "约十个"), ("**", "1个")):
        assert codes(_monitored(value, forecast, "确定能", [])) == [], (value, forecast)


def test_a_deadline_takes_a_completion_date() -> None:
    """``2026年6月底前`` met on ``2026年5月底`` needs nothing; missed, a reason; an actual
    that is neither a date nor a verdict asks for the date."""
    assert codes(_doc(ind("完成时间", "2026年6月底前", "2026年5月底"))) == []
    late = _doc(ind("完成时间", "2026年6月底前", "2026年8月"))
    assert codes(late) == [("evaluation.deviation_missing", ERROR, (0, 0, 0))]
    unreadable = stage_problems(_doc(ind("完成时间", "2026年6月底前", "下半年")))
    assert [p.code for p in unreadable] == ["evaluation.actual_unreadable"]
    assert "不是完成日期" in unreadable[0].message and "年5月底" in unreadable[0].message


# -- what a reviewer checks beyond the scores (issue 31.6, stage_review_rules) ---------------
REVIEW = set(stage_review_rules.CODES)


def review(doc: Document) -> list[tuple[str, str, tuple[int, ...] | None]]:
    return [(p.code, p.severity, p.path) for p in validate(doc) if p.code in REVIEW]


def test_a_score_above_its_points_is_an_error() -> None:
    doc = _doc(ind("a", "≥10个", "10个", points="20", score="25"), ind("b", "≥10个", "10个"))
    assert review(doc) == [("evaluation.score_over_points", ERROR, (0, 0, 0))]
    doc = _doc(ind("a", "≥10个", "10个", score="30"), ind("b", "≥10个", "10个"))  # 分值 25 computed
    assert review(doc) == [("evaluation.score_over_points", ERROR, (0, 0, 0))]
    doc = _doc(ind("a", "≥10个", "10个", score="25"), ind("b", "≥10个", "10个"))  # full points
    assert review(doc) == []


def test_a_negative_actual_is_an_error() -> None:
    doc = _doc(ind("a", "≥10个", "-5个", deviation="录入错误"))
    assert ("evaluation.actual_negative", ERROR, (0, 0, 0)) in review(doc)
    assert review(_doc(ind("a", "≤5个", "0个"))) == []


def test_an_actual_far_above_a_lower_bound_needs_a_reason() -> None:
    doc = _doc(ind("a", "≥500人次", "700人次"))
    (problem,) = [p for p in validate(doc) if p.code in REVIEW]
    assert (problem.code, problem.severity) == ("evaluation.far_above", WARNING)
    assert "40%" in problem.message and "目标偏低" in problem.message
    assert review(_doc(ind("a", "≥500人次", "700人次", deviation="需求超出预期"))) == []
    assert review(_doc(ind("a", "≥500人次", "600人次"))) == []  # 20%: within
    assert review(_doc(ind("a", "≤500人次", "100人次"))) == []  # an upper bound
    assert review(_doc(ind("a", "≥500人次", "7项"))) == []  # another unit: not scored


def monitored(budget: str | None, executed: str | None, plan06: str | None) -> Document:
    doc = _doc(ind("a", "≥10个", ""), stage=MONITORING)
    project = doc.projects[0]
    project.monitoring = ProjectMonitoring(
        budget=D(budget) if budget else None, executed=D(executed) if executed else None)
    project.spending_plan["06"] = D(plan06) if plan06 else None
    return doc


def test_execution_behind_the_table_s_own_plan_or_the_time() -> None:
    behind_plan = [p for p in validate(monitored("100", "30", "50")) if p.code in REVIEW]
    assert [(p.code, p.severity) for p in behind_plan] == [("monitoring.execution_behind", WARNING)]
    assert "30%" in behind_plan[0].message and "6月底" in behind_plan[0].message
    assert review(monitored("100", "55", "50")) == []  # ahead of the plan, behind the time
    assert review(monitored("100", "40", None)) == [("monitoring.execution_behind", "info", None)]
    assert review(monitored("100", "60", None)) == []  # 60% ≥ 7/12
    assert review(monitored(None, "60", None)) == []
