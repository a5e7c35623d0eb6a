"""The problems pane: every problem or the current project's only, going to a problem's
place through the session, and the error and warning counts."""

from __future__ import annotations

import pytest

from ui.panes.problems_pane import ProblemCounts, ProblemsPane
from ui.session.editor_session import EditorSession


@pytest.fixture
def pane(pane_of, qtmodeltester) -> ProblemsPane:
    built: ProblemsPane = pane_of(ProblemsPane)
    qtmodeltester.check(built.filter)
    return built


def break_projects(session: EditorSession, *rows: int) -> None:
    for row in rows:
        session.set_project_field(session.doc.projects[row], "implementer", "")
    session.live.flush()


def shown_projects(pane: ProblemsPane) -> list[object]:
    view = pane.view.model()
    return [pane._row(view.index(r, 0))[0] for r in range(view.rowCount())]


def test_current_only_filter_follows_the_current_project(
    pane: ProblemsPane, session: EditorSession
) -> None:
    p0, p1, p2 = session.doc.projects
    break_projects(session, 0, 2)
    assert shown_projects(pane) == [p0, p2]
    pane.current_only.setChecked(True)
    assert shown_projects(pane) == [p0]
    session.set_current(p1)
    assert shown_projects(pane) == []
    session.set_current(p2)
    assert shown_projects(pane) == [p2]
    session.set_project_field(p2, "department", "")  # a new problem shows while filtered
    session.live.flush()
    assert shown_projects(pane) == [p2, p2]
    session.set_project_field(p0, "department", "")  # another project's: hidden
    session.live.flush()
    assert shown_projects(pane) == [p2, p2]
    session.move_project_to(p2, 0)  # the filter is by project, not by row
    assert shown_projects(pane) == [p2, p2]
    pane.current_only.setChecked(False)
    assert shown_projects(pane) == [p2, p2, p0, p0]


def test_current_only_without_a_current_project_shows_nothing(
    pane: ProblemsPane, session: EditorSession
) -> None:
    break_projects(session, 0, 1)
    pane.current_only.setChecked(True)
    session.set_current(None)
    assert shown_projects(pane) == []


def test_go_to_a_field_problem(pane: ProblemsPane, session: EditorSession, qtbot) -> None:
    p2 = session.doc.projects[2]
    break_projects(session, 2)
    index = pane.view.model().index(0, 0)
    with qtbot.wait_signal(session.goToRequested) as blocker:
        pane.go_to(index)
    assert session.current is p2
    assert blocker.args == ["implementer", None]


def test_go_to_a_node_problem_through_the_filter(
    pane: ProblemsPane, session: EditorSession, qtbot
) -> None:
    p0, p1, _p2 = session.doc.projects
    break_projects(session, 0)
    session.set_current(p1)
    session.set_node_field((0, 0, 0), "value", ">=120平方米")
    session.live.flush()
    pane.current_only.setChecked(True)
    assert shown_projects(pane) == [p1]
    with qtbot.wait_signal(session.goToRequested) as blocker:
        pane.view.activated.emit(pane.view.model().index(0, 2))  # Enter on the row
    assert blocker.args == [None, (0, 0, 0)]
    assert session.current is p1
    session.set_current(p0)  # the same row in the unfiltered model goes to p1 too
    pane.current_only.setChecked(False)
    source_row = [pane.model.project(pane.model.index(r, 0)) for r in range(pane.model.rowCount())]
    assert source_row == [p0, p1]
    pane.go_to(pane.model.index(1, 0))
    assert session.current is p1


def test_counts_follow_the_live_validation(qtbot, session: EditorSession) -> None:
    counts = ProblemCounts(session)
    qtbot.addWidget(counts)
    assert counts.errors_label.text() == "错误 0"
    assert counts.warnings_label.text() == "警告 0"
    break_projects(session, 0, 1)  # two empty fields: 待填, not errors (issue 14)
    session.set_node_field((0, 0, 0), "value", ">=120平方米")
    session.set_project_field(session.doc.projects[0], "funding.annual.fiscal", "十二万")
    session.live.flush()
    assert counts.errors_label.text() == "错误 1"
    assert counts.warnings_label.text() == "警告 1"
    assert counts.other_label.text() == "待填 2"
    assert "#d32f2f" in counts.errors_label.styleSheet()
    session.set_current(session.doc.projects[1])
    session.delete_project()
    assert counts.errors_label.text() == "错误 1"
    assert counts.other_label.text() == "待填 1"


def test_filter_by_severity_and_text(pane: ProblemsPane, session: EditorSession) -> None:
    break_projects(session, 0, 2)  # the 实施单位 left empty in two projects
    p1 = session.doc.projects[1]
    session.set_current(p1)
    session.set_node_field((0, 0, 0), "value", "》90%")  # a warning with a fix
    session.live.flush()
    view = pane.view.model()
    everything = view.rowCount()
    pane.severity_choice.setCurrentIndex(pane.severity_choice.findData("warning"))
    warnings = [pane._row(view.index(r, 0))[1] for r in range(view.rowCount())]
    assert warnings and all(p.severity == "warning" for p in warnings)
    assert p1 in shown_projects(pane)
    pane.severity_choice.setCurrentIndex(pane.severity_choice.findData(None))
    assert view.rowCount() == everything
    pane.search.setText(session.doc.projects[2].name)
    assert set(map(id, shown_projects(pane))) == {id(session.doc.projects[2])}
    pane.search.setText("实施单位")  # the place of the problem
    assert {id(p) for p in shown_projects(pane)} == {
        id(session.doc.projects[0]), id(session.doc.projects[2])
    }
    pane.search.clear()
    assert view.rowCount() == everything


def test_tooltips_show_the_whole_message_and_never_a_code(
    pane: ProblemsPane, session: EditorSession
) -> None:
    from PySide6.QtCore import Qt

    break_projects(session, 0)
    tip = pane.model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
    problem = pane.model.problem(pane.model.index(0, 0))
    assert problem is not None and problem.message in tip and problem.code not in tip


def test_one_fix_for_every_problem_of_the_same_kind(
    pane: ProblemsPane, session: EditorSession
) -> None:
    for project in session.doc.projects:
        session.set_current(project)
        session.set_node_field((0, 0, 0), "value", "》90%")
    session.live.flush()
    alike = pane.same_fixes("value.symbol")
    assert len(alike) == 3
    steps = session.stack.count()
    assert session.apply_fixes(alike) == 3
    assert session.stack.count() == steps + 1  # one undo step
    assert all(p.indicators[0].children[0].children[0].value == "≥90%" for p in session.doc.projects)
    session.undo()
    assert all(p.indicators[0].children[0].children[0].value == "》90%" for p in session.doc.projects)


def test_the_annual_total_follows_every_kind_of_change(session: EditorSession, qtbot) -> None:
    from decimal import Decimal

    from jxeditor.document.model import new_project

    counts = ProblemCounts(session)
    qtbot.addWidget(counts)
    assert "合计 300 万元" in counts.totals_label.text()
    first = session.doc.projects[0]
    session.set_project_field(first, "funding.annual.total", Decimal("112.5"))
    session.live.flush()
    assert "合计 312.5 万元" in counts.totals_label.text()
    session.set_project_field(first, "funding.annual.total", "四十")  # not a number: 0
    session.live.flush()
    assert "合计 200 万元" in counts.totals_label.text()
    extra = new_project()
    extra.funding.annual.total = Decimal("1000")
    session.insert_projects(0, [extra])
    session.live.flush()
    assert "4 个项目" in counts.totals_label.text() and "1,200" in counts.totals_label.text()
    session.undo()
    session.undo()
    session.undo()
    session.live.flush()
    assert "3 个项目　年度金额合计 300 万元" in counts.totals_label.text()


def test_the_counts_say_while_a_large_file_is_still_being_checked(
    qtbot, session: EditorSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    import copy

    from jxeditor.document.document import Document
    from ui.session import live_validation

    monkeypatch.setattr(live_validation, "AT_ONCE", 2)  # "large": more than two projects
    monkeypatch.setattr(live_validation, "CHUNK", 1)
    counts = ProblemCounts(session)
    qtbot.addWidget(counts)
    doc = session.doc
    bigger = Document(year=doc.year, framework=doc.framework,
                      projects=[copy.deepcopy(p) for p in doc.projects * 2])
    session.replace_document(bigger)
    assert counts.other_label.text().endswith("检查中…")
    assert counts.other_label.toolTip() == "正在检查其余 4 个项目，计数随之更新"
    assert counts.other_label.isVisibleTo(counts)
    said: list[str] = []
    session.live.countsChanged.connect(lambda *_: said.append(counts.other_label.toolTip()))
    qtbot.waitUntil(lambda: session.live.pending() == 0)
    assert said[:3] == [f"正在检查其余 {n} 个项目，计数随之更新" for n in (3, 2, 1)]  # each step
    assert "检查中" not in counts.other_label.text() and not counts.other_label.toolTip()
