"""The user's library: learning documents, seeing, searching and removing entries; its
file written whole and atomically, shared by two editors learning at once, and a corrupt
file set aside. (Export, import and the similar project's tree: test_exchange.py.)"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from library.library_docs import document, project

from jxeditor.document.model import Indicator, Project
from jxeditor.errors import FileFormatError
from jxeditor.library.store import UserLibrary, rows_of


@pytest.fixture
def library(tmp_path: Path) -> UserLibrary:
    return UserLibrary(tmp_path / "sub" / "library.json")


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


def test_rows_of_skips_unnamed_indicators() -> None:
    p = project("甲", 数量指标="x:1个")
    p.indicators[0].children[0].children.append(Indicator("", "2个"))
    assert [r.name for r in rows_of(document(p))] == ["x"]


def test_the_file_is_plain_json_kept_between_sessions(library: UserLibrary) -> None:
    library.learn_document(document(project("档案室改造", 数量指标="改造面积:≥120平方米")))
    assert json.loads(library.path.read_text(encoding="utf-8"))["projects"][0]["name"] == (
        "档案室改造")
    later = UserLibrary(library.path)  # the editor started again
    assert [s.row.value for s in later.entries()] == ["≥120平方米"]
    assert later.generation() == library.generation()
    assert [p.name for p in library.path.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_every_write_changes_the_generation(library: UserLibrary) -> None:
    seen = [library.generation()]
    library.learn_document(document(project("甲", 数量指标="x:1个")))
    seen.append(library.generation())
    library.learn_document(document(project("甲", 数量指标="x:1个")))  # the same again
    seen.append(library.generation())
    library.remove([library.entries()[0].id])
    seen.append(library.generation())
    library.clear()
    seen.append(library.generation())
    assert len(set(seen)) == len(seen)


def test_an_import_adds_what_a_project_lacked(library: UserLibrary) -> None:
    library.learn_document(document(project("甲", 数量指标="x:1个")))
    rows = rows_of(document(project("甲", 数量指标="x:1个", 质量指标="y:=100%")))
    assert library.learn(rows, "shared.xlsx", replace=False) == 1
    assert [r.name for r in library.project_rows(library.projects()[0][0])] == ["x", "y"]


def test_a_corrupt_file_is_set_aside_and_the_library_starts_empty(tmp_path: Path) -> None:
    path = tmp_path / "indicator-library.json"
    for broken in (b'{"format": "jxeditor-indicator-library", "projects": [', b"\xff\xfe",
                   b"", b"[1, 2]", b'{"format": "jxeditor-indicator-library", "version": 1}'):
        path.write_bytes(broken)
        library = UserLibrary(path)
        assert library.entries() == []  # no exception
        notices = library.take_notices()
        assert len(notices) == 1 and "indicator-library.json.bad" in notices[0]
        assert "从空开始" in notices[0]
        assert (tmp_path / "indicator-library.json.bad").read_bytes() == broken
        assert not path.exists()
        assert library.learn_document(document(project("甲", 数量指标="x:1个"))) == 1
        assert [s.row.name for s in UserLibrary(path).entries()] == ["x"]
        assert library.take_notices() == []


def test_a_file_corrupted_while_the_editor_runs_is_set_aside_at_the_next_write(
    library: UserLibrary,
) -> None:
    library.learn_document(document(project("甲", 数量指标="x:1个")))
    before = library.generation()
    library.path.write_text("not json", encoding="utf-8")
    assert library.learn_document(document(project("乙", 数量指标="y:2个"))) == 1
    assert [p[1] for p in library.projects()] == ["乙"]
    assert "已改名" in library.take_notices()[0]
    assert library.generation() != before


def test_a_file_that_cannot_be_read_is_left_alone(library: UserLibrary) -> None:
    library.path.mkdir(parents=True)  # a folder where the file should be: unreadable
    assert library.entries() == []
    assert "无法读取" in library.take_notices()[0]
    with pytest.raises(FileFormatError, match="指标库"):
        library.learn_document(document(project("甲", 数量指标="x:1个")))
    assert library.path.is_dir()


def test_threads_learning_at_once_lose_nothing(library: UserLibrary) -> None:
    def learn(i: int) -> None:
        library.learn_document(document(project(f"项目{i}", 数量指标=f"x{i}:1个")))

    threads = [threading.Thread(target=learn, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(library.projects()) == 8


LEARNER = """
import sys
sys.path[:0] = [sys.argv[1], sys.argv[2]]
from library.library_docs import document, project
from jxeditor.library.store import UserLibrary
import json
import subprocess
import sys
import threading
from pathlib import Path
library = UserLibrary(Path(sys.argv[3]))
for i in range(15):
    library.learn_document(document(project(f"{sys.argv[4]}{i}", 数量指标=f"x{i}:1个")))
"""


def test_two_editors_learning_at_once_keep_each_others_rows(library: UserLibrary) -> None:
    tests = Path(__file__).resolve().parent.parent
    workers = [subprocess.Popen([sys.executable, "-c", LEARNER, str(tests.parent), str(tests),
                                 str(library.path), who]) for who in ("甲", "乙")]
    for i in range(15):  # and this process too, meanwhile
        library.learn_document(document(project(f"丙{i}", 数量指标=f"x{i}:1个")))
    assert [worker.wait(timeout=60) for worker in workers] == [0, 0]
    assert len(UserLibrary(library.path).projects()) == 45
    assert len(library.projects()) == 45
