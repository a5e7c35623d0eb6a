"""The problems panel's filter: by project (its identity), by severity (confirmed warnings
are a severity of their own, never 警告) and by text in the message, the place, the
project's name or code; the three together; checked by ``qtmodeltester``."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from builders import clean_project

from jxeditor.document.document import Document
from jxeditor.document.model import Acknowledgement, Project
from jxeditor.rules.problems import Problem
from jxeditor.rules.tally import ACKNOWLEDGED
from ui.models.problems_model import ProblemsModel
from ui.panes.problems_filter import ProblemsFilter
from ui.session.live_validation import LiveValidation

SATISFACTION = ("满意度指标", "服务对象满意度指标", "使用人员满意度")


def problem_doc() -> Document:
    """Project 甲 has one warning; 乙 a 待填, two errors, a confirmed warning and a 提示."""
    first = clean_project()
    first.name = "甲项目"
    first.indicators[3].children[0].children[0].value = "=100%"
    second = clean_project()
    second.name, second.code, second.department = "乙项目", "102001002", ""
    second.funding.annual.total = Decimal("99")
    second.indicators[3].children[0].children[0].value = "=100%"
    second.indicators[0].children[2].children[0].value = "按时"
    second.acknowledgements = [
        Acknowledgement("value.satisfaction_full", "确实全部满意", indicator=SATISFACTION)
    ]
    return Document(projects=[first, second])


@pytest.fixture
def shown(qtmodeltester: Any) -> tuple[Document, ProblemsFilter]:
    doc = problem_doc()
    model = ProblemsModel(LiveValidation(doc))
    proxy = ProblemsFilter(model)
    qtmodeltester.check(proxy)
    return doc, proxy


def rows(proxy: ProblemsFilter) -> list[tuple[str, str]]:
    out = []
    for r in range(proxy.rowCount()):
        index = proxy.mapToSource(proxy.index(r, 0))
        problem: Problem | None = proxy.problems.problem(index)
        project: Project | None = proxy.problems.project(index)
        assert problem is not None and project is not None
        out.append((project.name, problem.code))
    return out


def test_without_a_filter_every_problem_shows(shown: tuple[Document, ProblemsFilter]) -> None:
    _doc, proxy = shown
    assert sorted(rows(proxy)) == sorted([
        ("甲项目", "value.satisfaction_full"),
        ("乙项目", "project.missing_field"),
        ("乙项目", "funding.sum_mismatch"),
        ("乙项目", "funding.annual_exceeds_period"),
        ("乙项目", "value.satisfaction_full"),
        ("乙项目", "timeliness.vague"),
    ])


def test_the_current_project_only(shown: tuple[Document, ProblemsFilter]) -> None:
    doc, proxy = shown
    proxy.set_filter(ProblemsModel.project_key(doc.projects[0]), None, "")
    assert rows(proxy) == [("甲项目", "value.satisfaction_full")]
    proxy.set_filter(ProblemsModel.project_key(None), None, "")  # no project chosen
    assert rows(proxy) == []


@pytest.mark.parametrize(
    ("severity", "expected"),
    [
        ("error", {("乙项目", "funding.sum_mismatch"), ("乙项目", "funding.annual_exceeds_period")}),
        ("warning", {("甲项目", "value.satisfaction_full")}),  # not the confirmed one
        (ACKNOWLEDGED, {("乙项目", "value.satisfaction_full")}),
        ("todo", {("乙项目", "project.missing_field")}),
        ("info", {("乙项目", "timeliness.vague")}),
    ],
)
def test_one_severity(
    shown: tuple[Document, ProblemsFilter], severity: str, expected: set[tuple[str, str]]
) -> None:
    _doc, proxy = shown
    proxy.set_filter(None, severity, "")
    assert set(rows(proxy)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  满意度目标 ", 2),  # in the message; spaces around do not count
        ("乙项目", 5),  # the project's name
        ("102001002", 5),  # the project's code
        ("年度金额合计", 1),
        ("不存在的字", 0),
    ],
)
def test_text(shown: tuple[Document, ProblemsFilter], text: str, expected: int) -> None:
    _doc, proxy = shown
    proxy.set_filter(None, None, text)
    assert proxy.rowCount() == expected


def test_text_matches_regardless_of_case(shown: tuple[Document, ProblemsFilter]) -> None:
    doc, proxy = shown
    doc.projects[0].name = "Archive ROOM"
    proxy.set_filter(None, None, "archive room")
    assert rows(proxy) == [("Archive ROOM", "value.satisfaction_full")]


def test_all_three_together(shown: tuple[Document, ProblemsFilter]) -> None:
    doc, proxy = shown
    second = ProblemsModel.project_key(doc.projects[1])
    proxy.set_filter(second, "error", "实施期")
    assert rows(proxy) == [("乙项目", "funding.annual_exceeds_period")]
    proxy.set_filter(None, None, "")
    assert proxy.rowCount() == 6


def test_setting_the_same_filter_again_does_not_refilter(
    shown: tuple[Document, ProblemsFilter], qtbot: Any
) -> None:
    _doc, proxy = shown
    proxy.set_filter(None, "error", "")
    with qtbot.assert_not_emitted(proxy.layoutChanged), \
         qtbot.assert_not_emitted(proxy.modelReset), \
         qtbot.assert_not_emitted(proxy.rowsRemoved):
        proxy.set_filter(None, "error", " ")
    assert proxy.rowCount() == 2
