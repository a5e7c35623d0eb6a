"""Whether an actual value is in its target's unit: synonyms (件 and 个, ㎡ and 平方米)
are one unit, case and spaces do not count, a missing unit on either side is the
other's, and different units (% and 个) are not the same."""

from __future__ import annotations

import pytest

from jxeditor.scoring.units import SYNONYMS, canonical_unit, same_unit


@pytest.mark.parametrize(
    ("unit", "canonical"),
    [("件", "个"), ("名", "人"), ("日", "天"), ("个工作日", "工作日"), ("人·次", "人次"),
     ("㎡", "平方米"), ("M2", "平方米"), (" m² ", "平方米"), ("KM", "公里"), ("％", "%"),
     ("百分比", "%"), ("万元", "万元"), ("台　套", "台套")],
)
def test_canonical_unit(unit: str, canonical: str) -> None:
    assert canonical_unit(unit) == canonical


def test_every_synonym_maps_to_its_groups_first_spelling() -> None:
    for group in SYNONYMS:
        assert {canonical_unit(spelling) for spelling in group} == {group[0]}


@pytest.mark.parametrize(
    ("target", "actual", "same"),
    [("个", "件", True), ("平方米", "㎡", True), ("人次", "人次", True), ("", "人", True),
     ("人", "", True), ("  ", "件", True), ("%", "个", False), ("人", "人次", False),
     ("米", "公里", False), ("天", "工作日", False)],
)
def test_same_unit(target: str, actual: str, same: bool) -> None:
    assert same_unit(target, actual) is same
