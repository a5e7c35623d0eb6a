"""LearningLibrary, the Qt side of the user's library: documents learned in a background
thread and announced by a signal, the suggestion index refreshed after it, a corrupt
library file reported once as a notice, and a library that cannot be written reported
once (not at every document), with the editor going on."""

from __future__ import annotations

from pathlib import Path

from library.library_docs import document, project

from jxeditor.library.entries import USER
from ui.session.learning import LEARN_LATER_MS, LearningLibrary


def test_a_learned_document_is_announced_and_suggested(qtbot, tmp_path: Path) -> None:
    library = LearningLibrary(tmp_path / "library.json")
    library.wait()
    with qtbot.waitSignal(library.learned, timeout=10_000) as blocker:
        library.learn(document(project("2026年档案数字化项目", 数量指标="档案扫描页数:≥12000页")),
                      "a.json")
    assert blocker.args == [1]
    found = library.suggest("产出指标", "数量指标", "2027年档案数字化项目")
    assert [(s.name, s.value, s.source) for s in found if s.source == USER] == [
        ("档案扫描页数", "≥12000页", USER)]


def test_a_document_without_named_indicators_starts_no_work(qtbot, tmp_path: Path) -> None:
    library = LearningLibrary(tmp_path / "library.json")
    library.wait()
    with qtbot.assertNotEmitted(library.learned, wait=100):
        library.learn(document(project("空项目")))
    assert not (tmp_path / "library.json").exists()


def test_a_corrupt_library_file_is_reported_once_and_set_aside(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "library.json"
    path.write_text("{not json", encoding="utf-8")
    notices: list[str] = []
    library = LearningLibrary(path)
    library.failed.connect(notices.append)
    library.wait()
    assert len(notices) == 1 and "已改名" in notices[0] and "library.json.bad" in notices[0]
    library.learn(document(project("项目甲", 数量指标="培训人次:≥100人次")))
    library.wait()
    assert len(notices) == 1
    assert [p[1] for p in library.library.projects()] == ["项目甲"]
    assert (tmp_path / "library.json.bad").read_text(encoding="utf-8") == "{not json"


def test_a_library_that_cannot_be_written_is_reported_once(qtbot, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")  # the library's folder is a file
    failures: list[str] = []
    library = LearningLibrary(blocker / "library.json")
    library.failed.connect(failures.append)
    library.wait()
    for name in ("项目甲", "项目乙"):
        library.learn(document(project(name, 数量指标="培训人次:≥100人次")))
        library.wait()
    assert len(failures) == 1
    assert failures[0].startswith("无法使用本机指标库")
    assert "Traceback" not in failures[0]
    # suggestions still come from the shipped library
    assert library.suggest("产出指标", "数量指标", "培训项目")


def test_a_file_opened_is_learned_a_moment_later(qtbot, tmp_path: Path) -> None:
    library = LearningLibrary(tmp_path / "library.json")
    library.wait()
    doc = document(project("2026年档案数字化项目", 数量指标="档案扫描页数:≥12000页"))
    library.refresh()  # a thread already running does not take it up before its time
    library.learn(doc, "a.json", later=True)
    assert library._later.isActive() and library._waiting and not library._pending
    doc.projects[0].name = "改了名的项目"  # the rows were taken as the document was
    with qtbot.waitSignal(library.learned, timeout=10_000,  # not the refresh's own (0)
                          check_params_cb=lambda written: written == 1):
        pass
    assert [p[1] for p in library.library.projects()] == ["2026年档案数字化项目"]
    library.learn(doc, "a.json", later=True)  # waiting (closing, tests) does not wait for it
    library.wait()
    assert not library._later.isActive() and not library._waiting
    assert sorted(p[1] for p in library.library.projects()) == ["2026年档案数字化项目", "改了名的项目"]


def test_a_new_library_reads_nothing_until_a_moment_later_yet_suggests_at_once(
    qtbot, tmp_path: Path
) -> None:
    """Start-up does not pay for the library: its file is read (here: a corrupt one set
    aside) and the index built :data:`LEARN_LATER_MS` after the window is made; a suggestion
    asked for before then comes at once, from the shipped library."""
    path = tmp_path / "library.json"
    path.write_text("{not json", encoding="utf-8")
    notices: list[str] = []
    library = LearningLibrary(path)
    library.failed.connect(notices.append)
    qtbot.wait(LEARN_LATER_MS // 2)
    assert not (tmp_path / "library.json.bad").exists() and notices == []
    assert library.suggest("产出指标", "数量指标", "培训项目")
    with qtbot.waitSignal(library.failed, timeout=10_000):
        pass
    assert (tmp_path / "library.json.bad").exists() and len(notices) == 1
