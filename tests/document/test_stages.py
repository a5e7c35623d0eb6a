"""The stages described as data (jxeditor.document.stages): every stage has its columns,
each column and field is named once, the amount fields are among the editable fields or
columns, and the possibility/cause choices are the ones the printed forms offer."""

from __future__ import annotations

from jxeditor.document import stages


def test_every_stage_has_columns_starting_with_the_target_value() -> None:
    assert set(stages.STAGE_COLUMNS) == set(stages.STAGES) == set(stages.STAGE_LABELS)
    for columns in stages.STAGE_COLUMNS.values():
        assert columns[0] == ("value", "年度指标值")
        keys = [key for key, _ in columns]
        assert len(keys) == len(set(keys))


def test_the_evaluation_funds_block_is_rows_by_columns_plus_the_goals() -> None:
    paths = [path for path, _ in stages.EVALUATION_PROJECT_FIELDS]
    assert len(paths) == len(set(paths)) == (
        len(stages.EVALUATION_FUNDS_ROWS) * len(stages.EVALUATION_FUNDS_COLUMNS) + 1)
    assert "evaluation.budget_full.fiscal" in paths
    assert dict(stages.EVALUATION_PROJECT_FIELDS)["evaluation.executed.total"] == (
        "全年执行数·年度资金总额")


def test_amount_fields_are_editable_fields_or_columns() -> None:
    known = ({path for path, _ in stages.MONITORING_PROJECT_FIELDS}
             | {path for path, _ in stages.EVALUATION_PROJECT_FIELDS}
             | {key for columns in stages.STAGE_COLUMNS.values() for key, _ in columns})
    assert known >= stages.STAGE_AMOUNT_FIELDS
    assert "monitoring.as_of" not in stages.STAGE_AMOUNT_FIELDS  # a date
    assert "evaluation.goals_achieved" not in stages.STAGE_AMOUNT_FIELDS  # a text


def test_choices_and_scoring_rules() -> None:
    assert stages.POSSIBILITIES[0] == stages.CERTAIN == "确定能"
    assert "其他" in stages.CAUSES
    assert stages.DEFAULT_SCORING in stages.SCORING_RULES
