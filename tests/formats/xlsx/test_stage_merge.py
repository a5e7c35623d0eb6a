"""An edited 自评/监控 sheet of our own export read back: what the person changed comes
from the sheet, everything else from the hidden copy exactly (fields the form does not
show, amounts as written, computed 分值/得分); indicators paired by name and place. And a
re-read target sheet keeps its indicators' history from the hidden copy."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from decimal import Decimal

from builders import clean_document
from year_examples import evaluated_document

from jxeditor.document.derive import derive_stage
from jxeditor.document.document import Document
from jxeditor.document.model import HistoryEntry, Indicator, Level2, Project, iter_indicators
from jxeditor.document.stages import EVALUATION, MONITORING
from jxeditor.formats.xlsx.sheet_plan import Notes
from jxeditor.formats.xlsx.stage_layout import stage_form
from jxeditor.formats.xlsx.stage_merge import keep_history, merge_edits, reread_stage_sheet

D = Decimal


@dataclass
class Item:
    name: str
    value: str = ""
    hidden: str = ""


@dataclass
class Box:
    title: str = ""
    items: list[Item] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)


def test_unchanged_takes_the_original_as_a_copy() -> None:
    original = Box("原", [Item("a", "1", "隐藏")])
    baseline = Box("原", [Item("a", "1")])
    merged = merge_edits(original, baseline, copy.deepcopy(baseline))
    assert merged == original and merged is not original
    assert merged.items[0] is not original.items[0]


def test_a_changed_field_comes_from_the_sheet_the_rest_from_the_original() -> None:
    original = Box("原", [Item("a", "1", "隐藏"), Item("b", "2", "也隐藏")], ["x"])
    baseline = Box("原", [Item("a", "1"), Item("b", "2")], ["x"])
    read = Box("新", [Item("a", "1"), Item("b", "3")], ["x", "y"])
    merged = merge_edits(original, baseline, read)
    assert merged == Box("新", [Item("a", "1", "隐藏"), Item("b", "3", "也隐藏")], ["x", "y"])


def test_items_are_paired_by_name_then_by_place() -> None:
    original = [Item("a", "1", "ha"), Item("b", "2", "hb"), Item("c", "3", "hc")]
    baseline = [Item("a", "1"), Item("b", "2"), Item("c", "3")]
    # b and a swapped, c renamed in place, a new one at the end
    read = [Item("b", "2"), Item("a", "1"), Item("c2", "3"), Item("d", "4")]
    merged = merge_edits(original, baseline, read)
    assert merged == [Item("b", "2", "hb"), Item("a", "1", "ha"), Item("c2", "3", "hc"),
                      Item("d", "4", "")]


def test_removed_items_are_gone() -> None:
    original = [Item("a", "1", "ha"), Item("b", "2", "hb")]
    merged = merge_edits(original, [Item("a", "1"), Item("b", "2")], [Item("b", "2")])
    assert merged == [Item("b", "2", "hb")]


def evaluated() -> tuple[Document, Project]:
    doc = evaluated_document()
    project = doc.projects[0]
    project.purpose = "培训经费"  # not on the 自评表
    inds = [ind for *_x, ind in iter_indicators(project)]
    inds[0].description = "参加培训的人次"  # not on the form either
    inds[0].history = [HistoryEntry(2025, "≥450人次", "470人次")]
    return doc, project


def set_cell(grid: list[list[str]], old: str, new: str) -> None:
    for row in grid:
        for c, text in enumerate(row):
            if text == old:
                row[c] = new
                return
    raise AssertionError(old)


def test_an_untouched_sheet_gives_back_the_hidden_copy_exactly() -> None:
    doc, project = evaluated()
    grid = stage_form(doc, project, "表", Notes()).grid()
    result = reread_stage_sheet(grid, "表", doc, project)
    assert result is not None
    merged, notices = result
    assert merged == project and notices == []


def test_an_edited_actual_value_is_the_users_and_the_rest_is_kept() -> None:
    doc, project = evaluated()
    grid = stage_form(doc, project, "表", Notes()).grid()
    set_cell(grid, "520人次", "480人次")
    set_cell(grid, "部分学员缺考", "部分学员缺考，已补考")
    result = reread_stage_sheet(grid, "表", doc, project)
    assert result is not None
    merged, _notices = result
    inds = [ind for *_x, ind in iter_indicators(merged)]
    assert inds[0].evaluation is not None and inds[0].evaluation.actual == "480人次"
    assert inds[1].evaluation is not None
    assert inds[1].evaluation.deviation == "部分学员缺考，已补考"
    assert inds[0].evaluation.score is None  # computed still: it follows the new actual
    assert merged.purpose == "培训经费" and inds[0].description == "参加培训的人次"
    assert inds[0].history == [HistoryEntry(2025, "≥450人次", "470人次")]
    expected = copy.deepcopy(project)
    expected_inds = [ind for *_x, ind in iter_indicators(expected)]
    expected_inds[0].evaluation.actual = "480人次"  # type: ignore[union-attr]
    expected_inds[1].evaluation.deviation = "部分学员缺考，已补考"  # type: ignore[union-attr]
    assert merged == expected


def test_an_edited_monitoring_sheet() -> None:
    doc = derive_stage(clean_document(), MONITORING)
    project = doc.projects[0]
    project.purpose = "不在表上"
    grid = stage_form(doc, project, "表", Notes()).grid()
    row = next(r for r in grid if "改造面积" in r)
    row[4] = "60平方米"
    row[7] = "√"  # 制度保障
    result = reread_stage_sheet(grid, "表", doc, project)
    assert result is not None
    merged, _ = result
    first = next(iter_indicators(merged))[3]
    assert first.monitoring is not None
    assert (first.monitoring.current, first.monitoring.causes) == ("60平方米", ["制度保障"])
    assert merged.purpose == "不在表上" and merged.monitoring == project.monitoring


def test_a_sheet_that_no_longer_reads_as_a_form_gives_none() -> None:
    doc, project = evaluated()
    assert reread_stage_sheet([["随便写的"], ["没有表格"]], "表", doc, project) is None
    grid = stage_form(doc, project, "表", Notes()).grid()
    assert reread_stage_sheet(grid + grid, "表", doc, project) is None  # two tables now
    assert doc.stage == EVALUATION


def history_case(names: list[str]) -> list[list[HistoryEntry]]:
    """The histories keep_history gives a re-read 数量指标 holding ``names``, the hidden
    copy's being 甲 (a), 乙 (b), 丙 (c)."""
    original = clean_document().projects[0]
    original.indicators[0].children[0].children = [
        Indicator("甲", history=[HistoryEntry(2025, "a")]),
        Indicator("乙", history=[HistoryEntry(2025, "b")]),
        Indicator("丙", history=[HistoryEntry(2025, "c")]),
    ]
    project = copy.deepcopy(original)
    re_read = project.indicators[0].children[0]
    re_read.children = [Indicator(name) for name in names]
    project.indicators[1].children.append(Level2("不在原表", [Indicator("x")]))
    keep_history(project, original)
    assert project.indicators[1].children[-1].children[0].history == []
    return [ind.history for ind in re_read.children]


def test_keep_history_pairs_by_names() -> None:
    assert history_case(["丙", "甲", "乙"]) == [
        [HistoryEntry(2025, "c")], [HistoryEntry(2025, "a")], [HistoryEntry(2025, "b")]]


def test_a_renamed_indicator_keeps_the_history_of_its_place() -> None:
    assert history_case(["甲", "乙改名", "丙", "新增"]) == [
        [HistoryEntry(2025, "a")], [HistoryEntry(2025, "b")], [HistoryEntry(2025, "c")], []]


def test_a_place_taken_by_a_name_is_not_given_twice() -> None:
    # 乙 moved to the front: place 1 went to it, so the renamed one there gets none
    assert history_case(["乙", "丙改名", "甲"]) == [
        [HistoryEntry(2025, "b")], [], [HistoryEntry(2025, "a")]]


def test_a_history_the_sheet_brought_is_kept() -> None:
    original = clean_document().projects[0]
    first = next(iter_indicators(original))[3]
    first.history = [HistoryEntry(2025, "旧")]
    project = copy.deepcopy(original)
    mine = next(iter_indicators(project))[3]
    mine.history = [HistoryEntry(2024, "自有")]
    keep_history(project, original)
    assert mine.history == [HistoryEntry(2024, "自有")]
