"""Rules across projects: duplicate codes and copied indicator sets, exact and fast."""

from __future__ import annotations

import copy

from builders import clean_document, clean_project, indicator

from jxeditor.document.document import Document
from jxeditor.rules.document_index import code_key
from jxeditor.rules.engine import Validator, validate
from jxeditor.rules.problems import ERROR, WARNING


def two_projects() -> Document:
    """Two clean projects that differ in code and in one value."""
    doc = clean_document()
    second = clean_project()
    second.code, second.name = "102001002", "会议室改造"
    second.indicators[0].children[0].children[0].value = "≥80平方米"
    doc.projects.append(second)
    return doc


def by_code(doc: Document) -> dict[str, list[tuple[int | None, str]]]:
    found: dict[str, list[tuple[int | None, str]]] = {}
    for p in validate(doc):
        found.setdefault(p.code, []).append((doc.index_of(p.project), p.severity))
    return found


def test_different_projects_are_silent() -> None:
    assert validate(two_projects()) == []


def test_duplicate_code_fires_on_both() -> None:
    doc = two_projects()
    doc.projects[1].code = " 102001001"
    assert by_code(doc) == {"project.duplicate_code": [(0, ERROR), (1, ERROR)]}
    problem = Validator(doc).project(1)[0]
    assert problem.field == "code" and "第 1 个项目“档案室改造”" in problem.message


def test_blank_codes_are_no_duplicates() -> None:
    doc = two_projects()
    doc.projects[0].code = doc.projects[1].code = ""
    assert validate(doc) == []


def test_copied_indicators_fire_on_both() -> None:
    doc = two_projects()
    doc.projects[1].indicators = copy.deepcopy(doc.projects[0].indicators)
    assert by_code(doc) == {"project.copied_indicators": [(0, WARNING), (1, WARNING)]}


def test_same_names_with_other_values_are_no_copy() -> None:
    """Parallel projects (一般债券 / 专项债券利息) share names, not values."""
    doc = two_projects()
    assert "project.copied_indicators" not in by_code(doc)


def test_a_small_or_empty_set_is_no_copy() -> None:
    doc = two_projects()
    for project in doc.projects:
        for l1 in project.indicators:
            for l2 in l1.children:
                for ind in l2.children:
                    ind.value = ""
    assert "project.copied_indicators" not in by_code(doc)


def test_a_validator_follows_edits_of_the_project_itself() -> None:
    doc = two_projects()
    validator = Validator(doc)
    validator.each()
    doc.projects[1].code = doc.projects[0].code
    assert [p.code for p in validator.project(1)] == ["project.duplicate_code"]
    doc.projects[1].code = "102001009"
    assert validator.project(1) == []
    assert validator.project(0) == []  # the stale entry is checked, never reported


def test_a_removed_project_is_not_reported() -> None:
    doc = two_projects()
    doc.projects[1].code = doc.projects[0].code
    validator = Validator(doc)
    validator.each()
    doc.projects.pop()
    assert validator.project(0) == []


def test_the_index_is_the_validators_not_the_modules() -> None:
    """Two validators of one document, or of two, share nothing: validating is a
    function of the document (no module-global index)."""
    first, second = two_projects(), two_projects()
    indicator(first, (0, 0, 0))  # untouched
    first.projects[1].code = first.projects[0].code
    assert [p.code for p in Validator(first).project(0)] == ["project.duplicate_code"]
    assert Validator(second).project(0) == []
    assert code_key(second.projects[0]) == "102001001"
    stale = Validator(first)  # indexed with the duplicate
    first.projects[1].code = "102001009"
    assert Validator(first).project(0) == []
    assert stale.project(0) == []  # the stale entry is checked afresh, never reported
