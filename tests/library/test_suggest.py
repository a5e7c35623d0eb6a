"""Ranking suggestions from the user's library and the shipped one."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from library.library_docs import document, project

from jxeditor.library.entries import SHIPPED, USER
from jxeditor.library.similarity import clean, similarity, text_match
from jxeditor.library.store import UserLibrary
from jxeditor.library.suggest import Suggester, _index


@pytest.fixture
def suggester(tmp_path: Path) -> Suggester:
    library = UserLibrary(tmp_path / "library.json")
    library.learn_document(document(
        project("2025年档案室改造项目", 数量指标="档案室改造面积:≥120平方米",
                质量指标="档案柜安装验收合格率:=100%",
                服务对象满意度指标="档案查阅人员满意度:≥92%"),
        project("财金局系统及软件运维费", department="财金局",
                数量指标="软件维护数量:10个", 时效指标="系统故障处理时间:≤2小时"),
    ), "a.json")
    found = Suggester(library)
    found.refresh()
    return found


def test_similarity_of_chinese_names() -> None:
    assert clean("2026年信息系统运维项目经费") == "信息系统运维"
    assert similarity("档案室改造", "2027年档案室改造工程") > 0.6
    assert similarity("档案室改造", "信息系统运维") == 0
    assert text_match("", "任何") == 1
    assert text_match("验收", "验收合格率") == 1
    assert text_match("合格", "验收合格率") == 0.8
    assert text_match("合格验收", "验收合格率") > 0
    assert text_match("绿化", "验收合格率") == 0


def test_a_projects_own_indicators_come_back_for_a_similar_new_project(
    suggester: Suggester,
) -> None:
    found = suggester.suggest("产出指标", "数量指标", "2026年档案室改造工程")
    assert (found[0].name, found[0].value, found[0].source) == (
        "档案室改造面积", "≥120平方米", USER)
    assert found[0].unit == "平方米"
    quality = suggester.suggest("产出指标", "质量指标", "2026年档案室改造工程")
    assert quality[0].name == "档案柜安装验收合格率"
    # shipped entries for construction come next, not the other project's software
    assert [s.source for s in found[1:4]] == [SHIPPED] * 3
    assert "软件维护数量" not in [s.name for s in found[:5]]


def test_an_unlike_project_gets_shipped_entries_of_its_kind_first(suggester: Suggester) -> None:
    found = suggester.suggest("产出指标", "数量指标", "干部教育培训经费")
    assert found[0].source == SHIPPED
    assert all(s.source == SHIPPED and "培训" in s.name for s in found[:3])


def test_a_satisfaction_suggestion_carries_a_percentage(suggester: Suggester) -> None:
    for name in ("2026年档案室改造工程", "宣传经费", ""):
        found = suggester.suggest("满意度指标", "服务对象满意度指标", name)
        assert found
        assert all(s.unit == "%" and s.value.endswith("%") for s in found)
    mine = suggester.suggest("满意度指标", "服务对象满意度指标", "2026年档案室改造工程")[0]
    assert (mine.name, mine.value, mine.source) == ("档案查阅人员满意度", "≥92%", USER)


def test_the_users_last_value_wins_over_the_shipped_one(tmp_path: Path) -> None:
    library = UserLibrary(tmp_path / "library.json")
    library.learn_document(document(project("宣传经费", 数量指标="宣传活动场次:≥20场"),
                                    year=2025))
    library.learn_document(document(project("宣传经费", 数量指标="宣传活动场次:≥24场")))
    suggester = Suggester(library)
    suggester.refresh()
    found = [s for s in suggester.suggest("产出指标", "数量指标", "宣传经费", n=50)
             if s.name == "宣传活动场次"]
    assert len(found) == 1  # one suggestion, not the user's and the shipped one
    assert (found[0].value, found[0].source) == ("≥24场", USER)
    assert found[0].explanation  # the shipped explanation is kept


def test_what_is_typed_filters_and_orders(suggester: Suggester) -> None:
    found = suggester.suggest("产出指标", "时效指标", "系统运维", typed="系统故障")
    assert found[0].name == "系统故障处理时间"
    assert all(text_match("系统故障", s.name) > 0 for s in found)
    assert suggester.suggest("产出指标", "时效指标", "系统运维", typed="绿化养护") == []


def test_the_2015_cost_group_gets_the_cost_entries_and_no_user_library(
    suggester: Suggester,
) -> None:
    found = suggester.suggest("产出指标", "成本指标", "会议培训", n=40, user=False)
    assert {s.level2 for s in found} == {"成本指标", "经济成本指标"}
    assert all(s.source == SHIPPED for s in found)
    only_level1 = suggester.suggest("效益指标", "", "宣传", n=100)
    assert {s.level1 for s in only_level1} == {"效益指标"}


def test_refresh_sees_new_learning(suggester: Suggester) -> None:
    assert suggester.user is not None
    suggester.user.learn_document(document(project("绿化养护", 数量指标="养护绿地面积:≥5万平方米")))
    before = [s.name for s in suggester.suggest("产出指标", "数量指标", "绿化养护")]
    assert "养护绿地面积" not in before
    suggester.refresh()
    assert suggester.suggest("产出指标", "数量指标", "绿化养护")[0].name == "养护绿地面积"


ELDERLY = "为社区老年人提供助餐、日间照料等养老服务，补助社区养老服务站运营。"


def test_nothing_unrelated_to_the_text_or_the_project(suggester: Suggester) -> None:
    """Issue 29: a 养老 project typing 新建老年食堂数量 was offered 运维服务器数量 (only 数量
    in common) and the other project's 软件维护数量; what suits the project (补贴 entries)
    or shares a word with the text (新建建筑面积) stays."""
    found = [s.name for s in suggester.suggest(
        "产出指标", "数量指标", "2026年社区养老服务补助", "新建老年食堂数量", n=40,
        purpose=ELDERLY)]
    assert "运维服务器数量" not in found and "软件维护数量" not in found
    assert "档案室改造面积" not in found
    assert {"补助人数", "新建建筑面积"} <= set(found)
    typed = [s.name for s in suggester.suggest(
        "产出指标", "数量指标", "2026年社区养老服务补助", "运维", purpose=ELDERLY)]
    assert "运维服务器数量" in typed  # asked for by what was typed


def _shared_rows(projects: int) -> list[tuple[str, str, str, str, str, str, int, float]]:
    """``projects`` learned projects, each with the same two names under the same 二级."""
    return [(l1, l2, name, "≥90%", "", f"项目{i}", 2026, float(i))
            for i in range(projects)
            for l1, l2, name in (("满意度指标", "服务对象满意度指标", "服务对象满意度"),
                                 ("产出指标", "数量指标", f"项目{i}的数量"))]


def _build_s(projects: int) -> float:
    rows = _shared_rows(projects)
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        index = _index(rows, 1)
        best = min(best, time.process_time() - start)
    (group,) = index.groups["服务对象满意度指标"]
    assert group.projects[:2] == (("项目0", ""), ("项目1", "")) and len(group.projects) == projects
    return best


def test_building_the_index_grows_with_the_projects_not_faster() -> None:
    """Issue 32.7: a name every project has (服务对象满意度) made building quadratic
    (10,000 projects over two minutes): ten times the projects is now about ten times
    the time (quadratic: a hundred; it was 60×); CPU time, the best of three."""
    small, large = _build_s(1_000), _build_s(10_000)
    assert large < 30 * max(small, 0.002), (small, large)
