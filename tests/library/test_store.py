"""The user's library: learning documents, seeing, searching and removing entries,
export and import as .xlsx, and the tree of the most similar project."""

from __future__ import annotations

from pathlib import Path

import pytest
from library.library_docs import document, project
from openpyxl import Workbook

from jxeditor.document.model import Indicator, Project
from jxeditor.errors import FileFormatError
from jxeditor.library.exchange import export_xlsx, import_xlsx, read_xlsx, similar_tree
from jxeditor.library.store import UserLibrary, rows_of


@pytest.fixture
def library(tmp_path: Path) -> UserLibrary:
    return UserLibrary(tmp_path / "sub" / "library.sqlite3")


def test_learning_keeps_projects_departments_years_and_values(library: UserLibrary) -> None:
    doc = document(project("档案室改造", 数量指标="改造面积:≥120平方米",
                           服务对象满意度指标="使用人员满意度:≥90%"),
                   Project(name=""))  # a project without a name is not learned
    assert library.generation() == 0
    assert library.learn_document(doc, "a.json") == 2
    assert library.generation() == 1
    rows = [s.row for s in library.entries()]
    assert {(r.project, r.department, r.year, r.level2, r.name, r.value) for r in rows} == {
        ("档案室改造", "示例局", 2026, "数量指标", "改造面积", "≥120平方米"),
        ("档案室改造", "示例局", 2026, "服务对象满意度指标", "使用人员满意度", "≥90%"),
    }


def test_learning_a_project_again_replaces_its_indicators(library: UserLibrary) -> None:
    library.learn_document(document(project("档案室改造", 数量指标="改造面积:≥120平方米")))
    library.learn_document(document(project("档案室改造", 数量指标="改造面积:≥150平方米")))
    assert [s.row.value for s in library.entries()] == ["≥150平方米"]
    library.learn_document(document(project("档案室改造", 数量指标="改造面积:≥150平方米"),
                                    year=2027))
    assert len(library.entries()) == 2  # another year is another project
    assert len(library.projects()) == 2


def test_search_and_remove(library: UserLibrary) -> None:
    library.learn_document(document(
        project("档案室改造", 数量指标="改造面积:≥120平方米", 质量指标="验收合格率:=100%"),
        project("系统运维", department="信息中心", 时效指标="故障响应时间:≤30分钟"),
    ))
    assert [s.row.name for s in library.entries("合格")] == ["验收合格率"]
    assert [s.row.name for s in library.entries("信息中心")] == ["故障响应时间"]
    assert library.entries("100%_") == []  # % and _ are plain characters
    assert len(library.entries(limit=2)) == 2
    target = library.entries("故障")[0]
    assert library.remove([target.id]) == 1
    assert len(library.entries()) == 2
    assert [p[1] for p in library.projects()] == ["档案室改造"]  # the empty project went
    library.clear()
    assert library.entries() == []


def test_export_and_import_round_trip(library: UserLibrary, tmp_path: Path) -> None:
    library.learn_document(document(
        project("档案室改造", 数量指标="改造面积:≥120平方米", 服务对象满意度指标="满意度:≥90%"),
        project("系统运维", department="信息中心", 时效指标="故障响应时间:≤30分钟",
                质量指标="系统正常运行率:=100%"),  # text, not a formula
    ))
    path = tmp_path / "shared.xlsx"
    assert export_xlsx(library, path) == 4
    other = UserLibrary(tmp_path / "other.sqlite3")
    other.learn_document(document(project("档案室改造", 数量指标="改造面积:≥120平方米")))
    assert import_xlsx(other, path) == 3  # what the project already had is not doubled
    assert {s.row for s in other.entries()} == {s.row for s in library.entries()}
    assert import_xlsx(other, path) == 0


def test_import_refuses_a_workbook_that_is_not_a_library(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["名称", "值"])
    book.save(tmp_path / "other.xlsx")
    with pytest.raises(FileFormatError, match="缺少列"):
        read_xlsx(tmp_path / "other.xlsx")
    (tmp_path / "broken.xlsx").write_bytes(b"not a zip")
    with pytest.raises(FileFormatError):
        read_xlsx(tmp_path / "broken.xlsx")


def test_the_most_similar_project_gives_its_tree(library: UserLibrary) -> None:
    assert similar_tree(library, "档案室改造") is None
    library.learn_document(document(
        project("2025年档案室改造项目", 数量指标="改造面积:≥120平方米",
                质量指标="验收合格率:=100%", 服务对象满意度指标="满意度:≥90%"),
        project("系统运维", 时效指标="故障响应时间:≤30分钟"),
    ))
    found = similar_tree(library, "2026年档案馆改造")
    assert found is not None
    name, tree = found
    assert name == "2025年档案室改造项目"
    assert [(l1.name, [l2.name for l2 in l1.children]) for l1 in tree] == [
        ("产出指标", ["数量指标", "质量指标"]), ("满意度指标", ["服务对象满意度指标"])]
    assert tree[0].children[0].children[0].value == "≥120平方米"
    assert similar_tree(library, "绿化养护") is None


def test_rows_of_skips_unnamed_indicators() -> None:
    p = project("甲", 数量指标="x:1个")
    p.indicators[0].children[0].children.append(Indicator("", "2个"))
    assert [r.name for r in rows_of(document(p))] == ["x"]
