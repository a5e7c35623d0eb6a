"""The stages described as data (jxeditor.document.stages, and their fields in the field
registry): every stage has its columns, each column and field is named once, the kinds
of the blocks' fields, and the possibility/cause choices are the ones the printed forms
offer."""

from __future__ import annotations

from jxeditor.document import stages
from jxeditor.document.fields import (
    AMOUNT,
    DATE,
    STAGE_COLUMNS,
    TEXT,
    field_spec,
    indicator_field,
    stage_block_fields,
)


def test_every_stage_has_columns_starting_with_the_target_value() -> None:
    assert set(STAGE_COLUMNS) == set(stages.STAGES) == set(stages.STAGE_LABELS)
    for stage, columns in STAGE_COLUMNS.items():
        assert columns[0] == "value" and indicator_field("value").label == "年度指标值"
        assert len(columns) == len(set(columns))
        # every other column is an indicator field of its stage
        assert {indicator_field(path).stage for path in columns[1:]} <= {stage}


def test_the_evaluation_funds_block_is_rows_by_columns_plus_the_goals() -> None:
    block = stage_block_fields(stages.EVALUATION)
    paths = [spec.path for spec in block]
    assert len(paths) == len(set(paths)) == (
        len(stages.EVALUATION_FUNDS_ROWS) * len(stages.EVALUATION_FUNDS_COLUMNS) + 1)
    assert "evaluation.budget_full.fiscal" in paths
    assert field_spec("evaluation.executed.total").label == "全年执行数·年度资金总额"


def test_amount_fields_of_the_blocks() -> None:
    amounts = {spec.path for stage in stages.STAGES for spec in stage_block_fields(stage)
               if spec.kind == AMOUNT}
    assert "monitoring.budget" in amounts and "evaluation.executed.other" in amounts
    assert field_spec("monitoring.as_of").kind == DATE
    assert field_spec("evaluation.goals_achieved").kind == TEXT
    assert stage_block_fields(stages.TARGETS) == ()


def test_choices_and_scoring_rules() -> None:
    assert stages.POSSIBILITIES[0] == stages.CERTAIN == "确定能"
    assert "其他" in stages.CAUSES
    assert stages.DEFAULT_SCORING in stages.SCORING_RULES
