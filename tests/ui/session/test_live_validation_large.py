"""Live validation of a large file just opened: the first projects at once, the rest a
chunk at a time while idle, and nothing waits that the person is looking at or saving
(the current project, an edited one, a save or export).

Every test ends with the same check as a validation from scratch: deferring changes when
the problems are known, never which they are.
"""

from __future__ import annotations

import copy

import pytest

from jxeditor.document.document import Document
from jxeditor.document.model import new_project
from jxeditor.rules import engine
from jxeditor.rules.tally import Tally
from ui.session import live_validation
from ui.session.live_validation import AT_ONCE, CHUNK, LiveValidation

EXTRA = CHUNK + CHUNK // 2  # two idle steps after the first projects


def large(sample_doc: Document) -> Document:
    """The sample's projects (real mistakes), copied and renamed, and empty new projects
    (待填), ``AT_ONCE + EXTRA`` in all."""
    projects = []
    for i in range(AT_ONCE + EXTRA):
        if i % 5 == 4:
            projects.append(new_project("2021", f"新项目{i}"))
            continue
        project = copy.deepcopy(sample_doc.projects[i % len(sample_doc.projects)])
        project.name = f"{project.name}（{i}）"
        project.code = f"{project.code}-{i}"
        projects.append(project)
    return Document(year=sample_doc.year, reporting_unit=sample_doc.reporting_unit,
                    framework=sample_doc.framework, projects=projects)


def as_from_scratch(live: LiveValidation, doc: Document) -> None:
    """Every project's problems and the counts, as validating the whole document says."""
    fresh = engine.validate_each(doc)
    assert [[p.code for p in live.problems_of(project)] for project in doc.projects] == [
        [p.code for p in problems] for problems in fresh
    ]
    assert live.tally() == Tally.of(p for plist in fresh for p in plist)


def test_a_large_file_is_validated_first_in_part_then_while_idle(
    live: LiveValidation, sample_doc: Document, qtbot
) -> None:
    resets: list[int] = []
    live.resetAll.connect(lambda: resets.append(live.pending()))
    sample_doc.replace_all(large(sample_doc))
    assert live.pending() == EXTRA and resets == [EXTRA]  # the views show the first ones
    first = sample_doc.projects[0]
    assert live.problems_of(first) == live._present(first, engine.Validator(sample_doc).project(0))
    assert live.problems_of(sample_doc.projects[-1]) == []  # not yet
    qtbot.waitUntil(lambda: live.pending() == 0)
    assert resets == [EXTRA, 0]  # once more when all are done, not per step
    as_from_scratch(live, sample_doc)


def test_the_project_shown_is_validated_at_once(
    live: LiveValidation, sample_doc: Document, qtbot
) -> None:
    sample_doc.replace_all(large(sample_doc))
    last = sample_doc.projects[-1]  # empty: 待填 problems
    with qtbot.wait_signal(live.projectChanged) as signal:
        live.prefer(last)
    assert signal.args is not None and signal.args[0] is last and signal.args[1] == []
    assert live.problems_of(last) and live.pending() == EXTRA - 1
    live.prefer(sample_doc.projects[0])  # validated already: nothing happens
    assert live.pending() == EXTRA - 1
    qtbot.waitUntil(lambda: live.pending() == 0)
    as_from_scratch(live, sample_doc)


def test_edits_and_removals_while_the_rest_is_validated(
    live: LiveValidation, sample_doc: Document, qtbot
) -> None:
    sample_doc.replace_all(large(sample_doc))
    waiting = len(sample_doc.projects) - 2
    sample_doc.set_project_field(sample_doc.projects[waiting], "name", "")  # a project still waiting, edited
    live.flush()
    assert "project.missing_field" in [p.code for p in live.problems_of(sample_doc.projects[waiting])]
    assert live.pending() == EXTRA - 1
    sample_doc.remove_project(len(sample_doc.projects) - 1)  # one still waiting, gone
    sample_doc.remove_project(0)  # one validated, gone
    sample_doc.insert_project(5, new_project("2021", "插入的项目"))
    live.flush()
    qtbot.waitUntil(lambda: live.pending() == 0)
    as_from_scratch(live, sample_doc)


def test_saving_or_exporting_validates_what_is_left_at_once(
    live: LiveValidation, sample_doc: Document
) -> None:
    sample_doc.replace_all(large(sample_doc))
    assert live.pending() == EXTRA
    live.insist()  # saved: every 待填 is an error now, in every project
    assert live.pending() == 0
    last = sample_doc.projects[-1]
    assert live.problems_of(last) and all(p.severity == "error" for p in live.problems_of(last)
                                          if p.code.startswith("project.missing"))


def test_an_action_over_every_project_validates_what_is_left_first(
    live: LiveValidation, sample_doc: Document
) -> None:
    sample_doc.replace_all(large(sample_doc))
    live.complete()
    assert live.pending() == 0
    as_from_scratch(live, sample_doc)
    live.complete()  # nothing waits: nothing is done
    assert live.pending() == 0


def test_a_document_wide_setting_while_waiting_validates_all(
    live: LiveValidation, sample_doc: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample_doc.replace_all(large(sample_doc))
    sample_doc.set_document_field("year", sample_doc.year + 1)
    assert live.pending() == 0
    as_from_scratch(live, sample_doc)
    # and a file of at most AT_ONCE projects is validated at once, as before
    monkeypatch.setattr(live_validation, "AT_ONCE", len(sample_doc.projects))
    sample_doc.replace_all(large(sample_doc))
    assert live.pending() == 0
    as_from_scratch(live, sample_doc)
