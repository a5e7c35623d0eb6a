"""The shipped indicator library: enough entries, every one well formed and in place."""

from __future__ import annotations

import json
from collections import Counter

from jxeditor.document.document import Document
from jxeditor.document.frameworks import load_frameworks
from jxeditor.document.model import Indicator, Level1, Level2, new_project
from jxeditor.document.values import parse_value
from jxeditor.library.entries import shipped_library
from jxeditor.resources import resource_path
from jxeditor.rules.engine import validate


def test_at_least_300_entries_across_every_level2_and_kind() -> None:
    lib = shipped_library()
    assert len(lib.entries) >= 300
    frameworks = load_frameworks()
    level2s = {e.level2 for e in lib.entries}
    assert level2s == set(frameworks.level2_names)  # both frameworks' 二级 are covered
    kinds = Counter(k for e in lib.entries for k in e.kinds)
    assert {k.key for k in lib.kinds} == set(kinds)
    assert all(count >= 20 for count in kinds.values())
    assert len({(e.level2, e.name) for e in lib.entries}) == len(lib.entries)


def test_every_entry_is_a_well_formed_value_under_a_real_level2() -> None:
    frameworks = load_frameworks()
    for e in shipped_library().entries:
        assert e.level2 in frameworks.accepted[e.level1], e
        assert e.name and e.explanation, e
        parsed = parse_value(e.value)
        assert parsed.kind in ("quantitative", "range", "qualitative"), e
        assert parsed.normalized == e.value, e  # already in the standard spelling
        if parsed.kind == "quantitative":
            assert (parsed.comparator, parsed.unit) == (e.comparator, e.unit), e
            assert e.unit, e  # a number always has its unit
        else:
            assert (e.comparator, e.unit) == ("", ""), e


def test_satisfaction_entries_are_percentages() -> None:
    for e in shipped_library().entries:
        if e.level2 == "服务对象满意度指标":
            assert e.unit == "%" and e.comparator == "≥", e


def test_the_file_is_small_and_plain_json() -> None:
    path = resource_path("indicator-library.json")
    assert path.stat().st_size < 1_000_000
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == 1


def test_the_validator_has_nothing_to_say_about_any_entry() -> None:
    """A suggestion is never something the validator then flags."""
    entries = shipped_library().entries
    doc = Document(year=2026)
    for i, e in enumerate(entries):
        project = new_project("2021", f"项目{i}")
        project.indicators = [Level1(e.level1, [Level2(e.level2, [Indicator(e.name, e.value)])])]
        doc.projects.append(project)
    flagged = [
        (entries[doc.projects.index(p.project)].name, p.code) for p in validate(doc)
        if p.path is not None and len(p.path) == 3
    ]
    assert flagged == []
