"""The indicator tree's columns follow the document's stage (issue 16.6).

目标: 指标 | 年度指标值 (| 描述 | 依据); 运行监控 adds 1–7月完成值 | 全年预计 | 完成可能性 |
偏差原因; 自评 adds 实际完成值 | 分值 | 得分 | 偏差原因. The switch goes through the session
(one undo step) and ``qtmodeltester`` watches the model in every stage. The approved
年度指标值 is read-only in the later stages unless unlocked, and a change after
unlocking is its own undo step that says so.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from session_fixtures import make_session
from year_examples import evaluated_document

from jxeditor.document.document import Document
from jxeditor.document.stages import EVALUATION, MONITORING, TARGETS
from jxeditor.scoring.numbers import text as decimal_text
from jxeditor.scoring.project import score_project
from ui.models.tree_model import IndicatorTreeModel

MONITORING_TITLES = ["年度指标值", "1–7月完成值", "全年预计", "完成可能性", "偏差原因"]
EVALUATION_TITLES = ["年度指标值", "实际完成值", "分值", "得分", "偏差原因"]


def titles(model: IndicatorTreeModel) -> list[str]:
    return [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]


OPTIONAL = ("绩效指标描述", "指标值确定依据", "上年指标值", "上年实际完成值")


def shown_titles(model: IndicatorTreeModel) -> list[str]:
    """The titles without 指标 and the optional columns (hidden unless shown)."""
    assert titles(model)[2:6] == list(OPTIONAL)  # columns 2 to 5 in every stage
    return [t for t in titles(model)[1:] if t not in OPTIONAL]


@pytest.fixture
def tree(qtmodeltester, sample_doc: Document):
    session = make_session(sample_doc)
    model = IndicatorTreeModel(session)
    qtmodeltester.check(model)
    yield model, session, sample_doc
    session.stack.clear()


@pytest.mark.parametrize(
    ("stage", "expected"),
    [(TARGETS, ["年度指标值"]), (MONITORING, MONITORING_TITLES), (EVALUATION, EVALUATION_TITLES)],
)
def test_each_stage_shows_its_columns(tree, qtmodeltester, stage: str, expected: list[str]) -> None:
    model, session, _doc = tree
    session.set_stage(stage)
    assert titles(model)[0] == "指标"
    assert shown_titles(model) == expected
    qtmodeltester.check(model)  # the model in this stage, checked afresh


def test_switching_the_stage_is_one_undo_step(tree, qtmodeltester) -> None:
    model, session, doc = tree
    before = session.stack.count()
    session.set_stage(EVALUATION)
    assert session.stack.count() == before + 1
    assert "自评" in session.stack.undoText()
    assert all(p.evaluation is not None for p in doc.projects)
    session.undo()
    assert doc.stage == TARGETS
    assert all(p.evaluation is None for p in doc.projects)
    assert all(ind.evaluation is None for p in doc.projects for l1 in p.indicators
               for l2 in l1.children for ind in l2.children)
    assert shown_titles(model) == ["年度指标值"]
    qtmodeltester.check(model)


def test_the_scores_are_shown_computed_and_in_grey(qtmodeltester) -> None:
    doc = evaluated_document()
    session = make_session(doc)
    model = IndicatorTreeModel(session)
    qtmodeltester.check(model)
    score = score_project(doc.projects[0], doc.scoring)
    points, got = model.column_of("evaluation.points"), model.column_of("evaluation.score")
    for indicator in score.indicators:
        assert model.index_of_path(indicator.path, points).data() == decimal_text(indicator.points)
        assert model.index_of_path(indicator.path, got).data() == decimal_text(indicator.score)
    cell = model.index_of_path((0, 1, 0), got)
    assert cell.data() == "11.84"  # 12.5 × 90/95, computed
    assert cell.data(Qt.ItemDataRole.EditRole) == ""  # nobody entered one
    assert cell.data(Qt.ItemDataRole.ForegroundRole) is not None
    session.stack.clear()


def test_a_typed_score_counts_and_undo_gives_the_computed_one_back(qtmodeltester) -> None:
    doc = evaluated_document()
    session = make_session(doc)
    model = IndicatorTreeModel(session)
    qtmodeltester.check(model)
    got = model.column_of("evaluation.score")
    cell = model.index_of_path((0, 1, 0), got)
    assert model.setData(cell, "12")
    assert doc.node(doc.projects[0], (0, 1, 0)).evaluation.score == Decimal("12")
    assert cell.data() == "12"
    assert session.stack.undoText() == "修改“得分”"
    session.undo()
    assert doc.node(doc.projects[0], (0, 1, 0)).evaluation.score is None
    assert cell.data() == "11.84"
    session.stack.clear()


def test_the_approved_target_is_read_only_until_unlocked(tree) -> None:
    model, session, doc = tree
    session.set_stage(EVALUATION)
    cell = model.index_of_path((0, 0, 0), 1)
    approved = cell.data()
    assert not cell.flags() & Qt.ItemFlag.ItemIsEditable
    assert cell.data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed
    assert not model.setData(cell, "≥150平方米")
    assert doc.node(doc.projects[0], (0, 0, 0)).value == approved
    session.set_targets_unlocked(True)
    assert cell.flags() & Qt.ItemFlag.ItemIsEditable
    steps = session.stack.count()
    assert model.setData(cell, "≥150平方米")
    assert session.stack.count() == steps + 1
    assert "解锁" in session.stack.undoText()
    assert doc.node(doc.projects[0], (0, 0, 0)).value == "≥150平方米"
    assert cell.data(Qt.ItemDataRole.FontRole).italic()
    assert approved in cell.data(Qt.ItemDataRole.ToolTipRole)
    session.undo()
    assert doc.node(doc.projects[0], (0, 0, 0)).value == approved
    assert cell.data(Qt.ItemDataRole.FontRole) is None
    session.set_targets_unlocked(False)
    assert not cell.flags() & Qt.ItemFlag.ItemIsEditable


def test_the_target_stays_editable_in_the_target_stage(tree) -> None:
    model, session, _doc = tree
    cell = model.index_of_path((0, 0, 0), 1)
    assert cell.flags() & Qt.ItemFlag.ItemIsEditable
    assert model.setData(cell, "≥130平方米")
    assert "解锁" not in session.stack.undoText()


def test_monitoring_causes_are_a_list(tree, qtmodeltester) -> None:
    model, session, doc = tree
    session.set_stage(MONITORING)
    causes = model.index_of_path((0, 0, 0), model.column_of("monitoring.causes"))
    assert model.setData(causes, ["经费保障", "其他"])
    assert doc.node(doc.projects[0], (0, 0, 0)).monitoring.causes == ["经费保障", "其他"]
    assert causes.data() == "经费保障、其他"
    session.undo()
    assert doc.node(doc.projects[0], (0, 0, 0)).monitoring.causes == []
    qtmodeltester.check(model)


def test_a_new_score_repaints_only_the_rows_whose_score_changed(qtmodeltester) -> None:
    """A keystroke in an actual value changes one 得分: only that row is announced;
    a 分值 of one's own changes the split of the others in its first level."""
    doc = evaluated_document()
    session = make_session(doc)
    model = IndicatorTreeModel(session)
    qtmodeltester.check(model)
    score_columns = {model.column_of("evaluation.points"), model.column_of("evaluation.score")}
    announced: list[tuple[int, ...]] = []

    def note(first, last, _roles) -> None:
        if score_columns & set(range(first.column(), last.column() + 1)):
            announced.append(model.path_of(first))

    model.dataChanged.connect(note)
    session.set_indicator_stage_field((0, 1, 0), "evaluation.actual", "76%")
    assert announced == [(0, 1, 0)]
    assert model.index_of_path((0, 1, 0), model.column_of("evaluation.score")).data() == "10"
    announced.clear()
    session.set_indicator_stage_field((0, 0, 0), "evaluation.points", Decimal("20"))
    # 产出 50 (with 成本): 20 on 培训人次, the other three share 30
    assert set(announced) == {(0, 0, 0), (0, 1, 0), (0, 2, 0), (1, 0, 0)}
    assert model.index_of_path((0, 2, 0), model.column_of("evaluation.points")).data() == "10"
    session.stack.clear()
