"""Hand-computed example projects of the 自评, shared by the scoring, rule and CLI tests."""

from __future__ import annotations

from decimal import Decimal

from jxeditor.document.document import Document
from jxeditor.document.model import Indicator, Level1, Level2, Project
from jxeditor.document.stages import (
    EVALUATION,
    EvaluationColumn,
    IndicatorEvaluation,
    ProjectEvaluation,
)

D = Decimal


def ind(name: str, target: str, actual: str, *, points: str | None = None,
        score: str | None = None, deviation: str = "") -> Indicator:
    return Indicator(name, target, evaluation=IndicatorEvaluation(
        actual=actual, points=D(points) if points is not None else None,
        score=D(score) if score is not None else None, deviation=deviation))


def funds(budget: str | None, executed: str | None) -> ProjectEvaluation:
    return ProjectEvaluation(
        budget_initial=EvaluationColumn(total=D(budget) if budget else None),
        budget_full=EvaluationColumn(total=D(budget) if budget else None),
        executed=EvaluationColumn(total=D(executed) if executed else None),
    )


def training() -> Project:
    """With 满意度: 产出 50 over 4 (12.5 each, 成本 counted with 产出), 效益 30 over 2
    (15 each), 满意度 10.

    培训人次 520 ≥ 500: 12.5 · 合格率 90 of ≥95%: 12.5 × 90/95 = 11.842… → 11.84 ·
    完成时间 达成: 12.5 · 人均成本 250 of ≤200: 12.5 × 200/250 = 10 (linear-cap:
    12.5 × (1 − 50/200) = 9.375 → 9.38) · 就业率 72 of ≥80%: 15 × 72/80 = 13.5 ·
    长效机制 部分达成: 70% of 15 = 10.5 · 满意度 93 ≥ 90: 10 · execution 113.4 / 120 =
    0.945: 9.45. Total 90.29 优 (linear-cap 89.67 良).
    """
    return Project(
        name="职业技能培训",
        evaluation=funds("120", "113.4"),
        indicators=[
            Level1("产出指标", [
                Level2("数量指标", [ind("培训人次", "≥500人次", "520人次")]),
                Level2("质量指标", [ind("考核合格率", "≥95%", "90%", deviation="部分学员缺考")]),
                Level2("时效指标", [ind("完成时间", "按时", "达成年度指标")]),
            ]),
            Level1("成本指标", [Level2("经济成本指标", [
                ind("人均培训成本", "≤200元/人", "250元/人", deviation="教材涨价")])]),
            Level1("效益指标", [
                Level2("社会效益指标", [ind("就业率", "≥80%", "72%", deviation="市场下行")]),
                Level2("可持续影响指标", [
                    ind("长效机制", "建立", "部分达成", deviation="制度待发文")]),
            ]),
            Level1("满意度指标", [Level2("服务对象满意度指标", [
                ind("学员满意度", "≥90%", "93%")])]),
        ],
    )


def roads() -> Project:
    """Without 满意度: 产出 56.25 over 3 (18.75 each), 效益 33.75 over 2 (16.88, 16.87).

    完成项目数 2件 of ≥3个 (件 = 个): 18.75 × 2/3 = 12.5 · 合格率 98 of =100%:
    18.375 → 18.38 · 工期 9 of 6-8个月: 18.75 × 8/9 = 16.666… → 16.67 · 安全事故 1 of
    =0起: 0 (points 16.88) · 节约资金 12% against 万元: another unit, not scored
    (points 16.87) · execution 50/100: 5. Total 52.55 差.
    """
    return Project(
        name="农村公路养护",
        evaluation=funds("100", "50"),
        indicators=[
            Level1("产出指标", [
                Level2("数量指标", [ind("完成项目数", "≥3个", "2件", deviation="一项延期")]),
                Level2("质量指标", [ind("验收合格率", "=100%", "98%", deviation="返工")]),
                Level2("时效指标", [ind("工期", "6-8个月", "9个月", deviation="雨季")]),
            ]),
            Level1("效益指标", [
                Level2("社会效益指标", [ind("安全事故", "=0起", "1起", deviation="已整改")]),
                Level2("经济效益指标", [ind("节约资金", "≥10万元", "12%")]),
            ]),
        ],
    )


def evaluated_document() -> Document:
    return Document(year=2026, stage=EVALUATION, projects=[training(), roads()])
