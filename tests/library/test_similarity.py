"""Character n-grams of Chinese names and purpose texts, and the similarities built on
them (:mod:`jxeditor.library.similarity`)."""

from __future__ import annotations

import pytest

from jxeditor.document.model import Goals, Project
from jxeditor.library.similarity import (
    PURPOSE_WEIGHT,
    clean,
    dice,
    grams,
    likeness,
    purpose_grams,
    purpose_similarity,
    purpose_text,
    similarity,
    subject_grams,
    talks_about,
    text_match,
)


def test_clean_leaves_out_years_digits_punctuation_and_stop_words() -> None:
    assert clean("2026年信息系统运维项目经费") == "信息系统运维"
    assert clean("（二期）档案室改造 专项资金") == "二期 档案室改造"
    assert clean("") == ""
    assert clean("项目经费2026") == ""


def test_grams_are_unigrams_and_bigrams_that_never_span_a_gap() -> None:
    assert grams("档案室") == {"档", "案", "室", "档案", "案室"}
    assert "室改" not in grams("档案室 改造")
    assert grams("2026年项目经费") == frozenset()


def test_dice_and_similarity() -> None:
    assert dice(frozenset(), frozenset({"a"})) == 0
    assert dice(frozenset({"a", "b"}), frozenset({"b", "c"})) == 0.5
    assert similarity("2026年档案室改造", "2027年档案室改造项目") == 1
    assert similarity("档案室改造", "2027年档案室改造工程") > 0.6
    assert similarity("信息系统运维", "信息化平台运行维护") > 0
    assert similarity("档案室改造", "信息系统运维") == 0
    assert similarity("专项经费", "专项资金") == 0  # nothing but stop words


@pytest.mark.parametrize(("typed", "name", "expected"), [
    ("", "任何", 1.0), ("  ", "任何", 1.0), ("验收", "验收合格率", 1.0),
    ("合格", "验收合格率", 0.8), ("绿化", "验收合格率", 0.0),
])
def test_text_match(typed: str, name: str, expected: float) -> None:
    assert text_match(typed, name) == expected


def test_text_match_of_shared_grams_is_below_a_part() -> None:
    assert 0 < text_match("合格验收", "验收合格率") < 0.8


def test_purpose_text_is_the_use_of_funds_and_the_goals() -> None:
    project = Project(name="综合业务经费", purpose="  用于档案室改造  ",
                      goals=Goals(period="完成档案数字化", annual=""))
    assert purpose_text(project) == "用于档案室改造\n完成档案数字化"
    assert purpose_text(Project()) == ""


def test_purpose_grams_are_bigrams_without_the_common_phrases() -> None:
    assert purpose_grams("确保档案室改造") == purpose_grams("档案室改造")
    assert "档" not in purpose_grams("档案室改造")  # no single characters
    assert purpose_grams("确保按时完成") == frozenset()


def test_purpose_similarity() -> None:
    archive = "用于档案室改造，新增档案密集架，提高档案保管条件"
    assert purpose_similarity(archive, "档案室改造及密集架购置") > 0.3
    assert purpose_similarity(archive, "保障信息系统运行维护，确保系统稳定") == 0
    assert purpose_similarity("", archive) == 0


def test_likeness_lets_purpose_decide_only_between_close_names() -> None:
    assert likeness(0.5, 0) == 0.5
    assert likeness(0.5, 1) == 0.5 + PURPOSE_WEIGHT
    assert likeness(0.5, 0.9) > likeness(0.5, 0.1)  # equal names: purpose decides
    assert likeness(0.9, 0) > likeness(0.3, 1)  # a much better name still wins


def test_subject_grams_leave_out_the_measures() -> None:
    assert subject_grams("运维服务器数量") == {"运维", "维服", "服务", "务器"}
    assert subject_grams("服务对象满意度") == {"服务", "务对", "对象"}


@pytest.mark.parametrize(("typed", "name", "expected"), [
    ("", "运维服务器数量", True),  # nothing typed: everything is about it
    ("数量", "运维服务器数量", True),  # the text itself
    ("老年食堂", "新建老年食堂数量", True),
    ("新建老年食堂数量", "老年助餐点数量", True),  # 老年 in common
    ("新建老年食堂数量", "运维服务器数量", False),  # only the measure 数量
    ("新建老年食堂数量", "道路建设长度", False),  # only the character 建
])
def test_talks_about(typed: str, name: str, expected: bool) -> None:
    assert talks_about(typed, name) is expected
