"""``jxeditor suggest``: learning files for the call, the user library in the data folder,
JSON output best first."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fixture_paths import SAMPLES
from library.library_docs import document, project

from jxeditor.cli import main
from jxeditor.document.model import Indicator
from jxeditor.formats import json_format
from jxeditor.library.store import LIBRARY_FILE


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("JXEDITOR_DATA_DIR", str(folder))
    return folder


def suggest(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, str]]:
    assert main(["suggest", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_from_the_shipped_library(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    found = suggest(capsys, "--level1", "满意度指标", "--level2", "服务对象满意度指标",
                    "--project", "宣传经费", "-n", "3", "--no-user-library")
    assert len(found) == 3
    assert set(found[0]) == {"name", "value", "unit", "explanation", "source"}
    assert all(s["unit"] == "%" and s["source"] == "shipped" for s in found)
    assert not data_dir.exists()  # --no-user-library touches nothing


def test_learn_then_suggest(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                            data_dir: Path) -> None:
    path = tmp_path / "old.json"
    json_format.save(document(project("2025年档案室改造项目", 数量指标="档案室改造面积:≥120平方米")),
                     path)
    found = suggest(capsys, "--level1", "产出指标", "--level2", "数量指标", "--project",
                    "2026年档案室改造", "--learn", str(path))
    assert found[0] == {"name": "档案室改造面积", "value": "≥120平方米", "unit": "平方米",
                        "explanation": "", "source": "user"}
    assert (data_dir / LIBRARY_FILE).exists()
    again = suggest(capsys, "--level1", "产出指标", "--level2", "数量指标", "--project",
                    "2026年档案室改造")
    assert again[0]["name"] == "档案室改造面积"  # remembered
    alone = suggest(capsys, "--level1", "产出指标", "--level2", "数量指标", "--project",
                    "2026年档案室改造", "--no-user-library")
    assert "档案室改造面积" not in [s["name"] for s in alone]


def test_text_output_and_a_sample(capsys: pytest.CaptureFixture[str]) -> None:
    sample = SAMPLES / "dalian-hitech-finance-2026.xlsx"
    assert main(["suggest", "--level1", "产出指标", "--level2", "时效指标", "--project",
                 "系统运维", "--learn", str(sample), "-n", "2"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2 and out[0].startswith("1. ")


def test_an_unreadable_file_is_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["suggest", "--level1", "产出指标", "--learn", str(bad)]) == 2
    assert "bad.json" in capsys.readouterr().err


def test_learn_without_the_user_library_counts_for_this_call_only(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data_dir: Path
) -> None:
    path = tmp_path / "old.json"
    json_format.save(document(project("2025年档案室改造项目", 数量指标="档案室改造面积:≥120平方米")),
                     path)
    found = suggest(capsys, "--level1", "产出指标", "--level2", "数量指标", "--project",
                    "2026年档案室改造", "--learn", str(path), "--no-user-library")
    assert found[0]["name"] == "档案室改造面积" and found[0]["source"] == "user"
    assert not data_dir.exists()  # the user's own library neither read nor written
    later = suggest(capsys, "--level1", "产出指标", "--level2", "数量指标", "--project",
                    "2026年档案室改造")
    assert "档案室改造面积" not in [s["name"] for s in later]


def test_learn_skips_values_the_rules_call_wrong(capsys: pytest.CaptureFixture[str],
                                                 tmp_path: Path) -> None:
    """``--learn`` learns as the editor does: not ``》 90%`` (a nonstandard symbol), not
    a rate without its unit."""
    path = tmp_path / "old.json"
    old = project("2025年档案室改造项目", 质量指标="验收合格率:》 90%",
                  数量指标="档案室改造面积:≥120平方米")
    old.indicators[0].children[0].children.append(Indicator("扫描准确率", "≥93"))
    json_format.save(document(old), path)
    found = suggest(capsys, "--level1", "产出指标", "--level2", "质量指标", "--project",
                    "2026年档案室改造", "--learn", str(path), "-n", "30")
    assert [s for s in found if s["source"] == "user"] == []
    found = suggest(capsys, "--level1", "产出指标", "--level2", "数量指标", "--project",
                    "2026年档案室改造", "-n", "30")
    assert ("档案室改造面积", "≥120平方米") in {(s["name"], s["value"]) for s in found}
