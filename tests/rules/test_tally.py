"""One tally and the calm-start policy: every count of problems the program shows (status
bar, problems pane, 汇总 sheet, command line, 审核意见) comes from here."""

from __future__ import annotations

import dataclasses

from builders import clean_document

from jxeditor.document.model import new_project
from jxeditor.rules.engine import validate
from jxeditor.rules.problems import ERROR, INFO, TODO, WARNING, Problem
from jxeditor.rules.tally import (
    ACKNOWLEDGED,
    CALM,
    CLEAN,
    INSISTED,
    RETURN,
    REVISE,
    Policy,
    Tally,
)


def problem(severity: str, field: str | None = None, acknowledged: str | None = None) -> Problem:
    return Problem("x", severity, None, "", "", field=field, acknowledged=acknowledged)


def test_a_tally_counts_each_severity_and_the_confirmed_apart() -> None:
    assert Tally.of([]) == Tally()
    tally = Tally.of([problem(TODO), problem(TODO), problem(INFO), problem(ERROR),
                      problem(WARNING), problem(WARNING, acknowledged="按合同")])
    assert tally == Tally(error=1, warning=1, todo=2, info=1, acknowledged=1)
    assert [tally.count(s) for s in (ERROR, WARNING, TODO, INFO, ACKNOWLEDGED)] == [1, 1, 2, 1, 1]
    assert tally.total == 5  # the confirmed one is not a problem any more


def test_tallies_add_and_subtract() -> None:
    one, two = Tally(error=1, todo=2), Tally(warning=3, acknowledged=1)
    assert one + two == Tally(error=1, warning=3, todo=2, acknowledged=1)
    assert one + two - two == one


def test_worst_is_the_gravest_not_confirmed() -> None:
    assert Tally().worst is None
    assert Tally.of([problem(INFO), problem(WARNING)]).worst == WARNING
    assert Tally.of([problem(WARNING), problem(INFO), problem(ERROR)]).worst == ERROR
    assert Tally.of([problem(INFO), problem(TODO)]).worst == TODO
    confirmed = problem(WARNING, acknowledged="按合同")
    assert Tally.of([confirmed]).worst is None
    assert Tally.of([confirmed, problem(INFO)]).worst == INFO


def test_fails_and_verdict() -> None:
    """An error or a required field still empty fails (exit status 1, 退回修改);
    warnings only: 建议修改; else 无问题."""
    assert Tally(error=1).fails and Tally(todo=1).fails
    assert not Tally(warning=2, info=1, acknowledged=3).fails
    assert Tally(todo=1).verdict == Tally(error=1, warning=1).verdict == RETURN
    assert Tally(warning=1, info=2).verdict == REVISE
    assert Tally(info=2, acknowledged=1).verdict == Tally().verdict == CLEAN


def test_text_in_the_reports_order() -> None:
    tally = Tally(error=1, warning=2)
    assert tally.text() == "错误 1 个，待填 0 个，警告 2 个，提示 0 个"
    assert tally.text(brief=True) == "错误 1 个，警告 2 个"
    assert Tally().text(brief=True) == ""
    assert Tally(acknowledged=1).text(brief=True) == "已确认 1 个"


def test_calm_keeps_todo_insisted_makes_every_todo_an_error() -> None:
    problems = [problem(TODO, "name"), problem(TODO, "department"), problem(WARNING, "code")]
    assert CALM.present(problems) is problems
    assert [p.severity for p in INSISTED.present(problems)] == [ERROR, ERROR, WARNING]
    touched = Policy(touched=frozenset({"name"}))
    assert [p.severity for p in touched.present(problems)] == [ERROR, TODO, WARNING]
    # only the severity changes
    assert dataclasses.replace(INSISTED.present(problems)[0], severity=TODO) == problems[0]


def test_a_new_project_saved_counts_its_todos_as_errors() -> None:
    """What the status bar shows after a save is what the 汇总 sheet of that save says."""
    doc = clean_document()
    doc.projects[0] = new_project("2021")
    problems = validate(doc)
    calm, insisted = Tally.of(CALM.present(problems)), Tally.of(INSISTED.present(problems))
    assert calm.error == 0 and calm.todo > 20
    assert insisted.error == calm.todo and insisted.todo == 0
    assert calm.fails and insisted.fails and calm.verdict == insisted.verdict == RETURN
