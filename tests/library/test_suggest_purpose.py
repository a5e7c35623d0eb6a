"""Ranking the user's earlier projects by purpose text as well as by name: between
learned projects of equal or uninformative names the one whose purpose resembles the new
project's comes first; a clearly better name still wins over a resembling purpose, and the
二级 still decides what is offered at all."""

from __future__ import annotations

from collections.abc import Iterator
from typing import cast

from library.library_docs import document, project

from jxeditor.document.document import Document
from jxeditor.document.model import Project, iter_indicators
from jxeditor.library.entries import SHIPPED, USER
from jxeditor.library.similarity import purpose_text
from jxeditor.library.store import UserLibrary
from jxeditor.library.suggest import Suggester

ARCHIVE = "用于档案室改造，新增档案密集架，改善档案保管条件"
SYSTEMS = "用于信息系统运维，保障服务器和网络设备稳定运行，及时处理故障"


class Rows:
    """A user library of ``docs`` as the suggester reads it (index rows with the purpose
    text of each project)."""

    def __init__(self, *docs: Document) -> None:
        self.docs = docs

    def generation(self) -> int:
        return 1

    def index_rows(self) -> Iterator[tuple[str, str, str, str, str, str, int, float, str]]:
        for doc in self.docs:
            for p in doc.projects:
                for _path, l1, l2, ind in iter_indicators(p):
                    yield (l1.name, l2.name, ind.name, ind.value, "", p.name, doc.year, 0.0,
                           purpose_text(p))


def with_purpose(p: Project, purpose: str) -> Project:
    p.purpose = purpose
    return p


def suggester_of(*projects: Project) -> Suggester:
    found = Suggester(cast(UserLibrary, Rows(document(*projects, year=2025))))
    found.refresh()
    return found


def equal_names() -> Suggester:
    return suggester_of(
        with_purpose(project("综合业务经费", "档案馆", 数量指标="改造面积:≥120平方米"), ARCHIVE),
        with_purpose(project("综合业务经费", "信息中心", 数量指标="设备巡检次数:≥12次"), SYSTEMS),
    )


def test_between_equal_names_the_resembling_purpose_ranks_first() -> None:
    suggester = equal_names()
    archive = suggester.suggest("产出指标", "数量指标", "2026年综合业务经费",
                                purpose="档案室改造及档案密集架购置")
    assert [(s.name, s.source) for s in archive[:2]] == [
        ("改造面积", USER), ("设备巡检次数", USER)]
    systems = suggester.suggest("产出指标", "数量指标", "2026年综合业务经费",
                                purpose="信息系统和网络设备的运维，故障处理")
    assert [s.name for s in systems[:2]] == ["设备巡检次数", "改造面积"]
    # the same answer while typing, and the suggestion keeps the user's value
    typed = suggester.suggest("产出指标", "数量指标", "2026年综合业务经费", typed="改造",
                              purpose="档案室改造及档案密集架购置")
    assert (typed[0].name, typed[0].value) == ("改造面积", "≥120平方米")


def test_purpose_alone_finds_a_project_of_an_uninformative_name() -> None:
    suggester = suggester_of(
        with_purpose(project("专项经费", 数量指标="密集架购置数量:≥20组"), ARCHIVE))
    found = suggester.suggest("产出指标", "数量指标", "2026年专项资金", purpose=ARCHIVE)
    assert (found[0].name, found[0].source) == ("密集架购置数量", USER)
    unlike = suggester.suggest("产出指标", "数量指标", "2026年专项资金", purpose=SYSTEMS)
    assert "密集架购置数量" not in [s.name for s in unlike[:3]]
    assert unlike[0].source == SHIPPED


def test_a_resembling_purpose_does_not_override_a_clearly_better_name() -> None:
    suggester = suggester_of(
        with_purpose(project("2024年档案室改造项目", 数量指标="档案室改造面积:≥120平方米"),
                     "改善办公条件，维修屋面和门窗"),
        with_purpose(project("综合业务经费", 数量指标="密集架购置数量:≥20组",
                             时效指标="购置完成时间:≤6个月"), ARCHIVE),
    )
    found = suggester.suggest("产出指标", "数量指标", "2026年档案室改造工程", purpose=ARCHIVE)
    assert [s.name for s in found[:2]] == ["档案室改造面积", "密集架购置数量"]
    # the 二级 still decides: the resembling project's 时效指标 is not offered as a 数量指标
    assert "购置完成时间" not in [s.name for s in found]


def test_no_purpose_ranks_by_name_as_before() -> None:
    suggester = equal_names()
    found = suggester.suggest("产出指标", "数量指标", "2026年综合业务经费")
    assert {s.name for s in found[:2]} == {"改造面积", "设备巡检次数"}
    assert all(s.source == USER for s in found[:2])
