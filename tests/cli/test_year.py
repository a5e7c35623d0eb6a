"""``jxeditor score`` and ``jxeditor derive``: text and JSON output, rule sets, exit status."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from memory import many_projects, peak_bytes
from year_examples import evaluated_document

from jxeditor.cli import main
from jxeditor.document.derive import derive_stage
from jxeditor.document.stages import EVALUATION, MONITORING
from jxeditor.formats import json_format
from jxeditor.formats.documents import load_document
from jxeditor.resources import resource_path

SAMPLE = resource_path("sample-dalian-2026.json")


@pytest.fixture
def evaluated(tmp_path: Path) -> Path:
    path = tmp_path / "自评.json"
    json_format.save(evaluated_document(), path)
    return path


def test_score_json(evaluated: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["score", str(evaluated), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["project"], r["total"], r["grade"]) for r in rows] == [
        ("职业技能培训", "90.29", "优"), ("农村公路养护", "52.55", None)]
    first = rows[0]
    assert first["file"] == str(evaluated)
    assert first["indicators"][1] == {
        "path": ["产出指标", "质量指标", "考核合格率"], "points": "12.5", "score": "11.84"}
    assert first["execution"] == {"rate": "0.945", "points": "10", "score": "9.45"}
    assert list(first) == ["file", "project", "indicators", "execution", "total", "grade",
                           "unscored"]
    assert first["unscored"] == [] and rows[1]["unscored"] == [["效益指标", "经济效益指标", "节约资金"]]
    assert rows[1]["indicators"][4] == {
        "path": ["效益指标", "经济效益指标", "节约资金"], "points": "16.87", "score": None}


def test_rules_option_overrides_the_document(evaluated: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["score", "--rules", "linear-cap", "--json", str(evaluated)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert (rows[0]["total"], rows[0]["grade"]) == ("89.67", "良")
    assert rows[0]["indicators"][3]["score"] == "9.38"


def test_score_text(evaluated: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["score", str(evaluated)]) == 0
    out = capsys.readouterr().out
    assert "职业技能培训（评分规则 2020-10）" in out
    assert "产出指标 / 质量指标 / 考核合格率：分值 12.5，得分 11.84" in out
    assert "预算执行率 94.5%：分值 10，得分 9.45" in out
    assert "总分 90.29，自评等级 优" in out
    assert "总分（未完成：1 项未评分），无自评等级" in out  # 农村公路养护: 节约资金 not scored
    assert "节约资金：分值 16.87，得分 —（单位不同，未计分）" in out


def test_score_of_a_target_file_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["score", str(SAMPLE), "--json"]) == 0
    captured = capsys.readouterr()
    assert "目标" in captured.err and "derive evaluation" in captured.err
    rows = json.loads(captured.out)
    assert len(rows) == 12 and all(r["total"] == "0" and r["grade"] is None for r in rows)
    assert all(len(r["unscored"]) == len(r["indicators"]) > 0 for r in rows)


def test_score_unreadable_file_exits_2(tmp_path: Path, evaluated: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["score", str(bad), str(evaluated)]) == 2
    captured = capsys.readouterr()
    assert len(captured.err.strip().splitlines()) == 1 and "bad.json" in captured.err
    assert "职业技能培训" in captured.out


def test_score_bad_rules_is_a_usage_error(evaluated: Path) -> None:
    with pytest.raises(SystemExit) as info:
        main(["score", "--rules", "2019", str(evaluated)])
    assert info.value.code == 2


def test_derive_evaluation(tmp_path: Path) -> None:
    out = tmp_path / "自评.json"
    assert main(["derive", "evaluation", str(SAMPLE), str(out)]) == 0
    source = json_format.load(SAMPLE)
    doc = json_format.load(out)
    assert doc.stage == EVALUATION
    for before, after in zip(source.projects, doc.projects, strict=True):
        assert after.evaluation is not None and after.monitoring is None
        annual = before.funding.annual
        assert after.evaluation.budget_full.total == annual.total
        assert after.evaluation.budget_full.fiscal == annual.fiscal
        assert after.evaluation.budget_initial.total == annual.total
        assert after.evaluation.executed.total is None
        # nothing of the targets changed
        written = json_format.project_to_dict(after)
        del written["evaluation"]
        for l1 in written["indicators"]:
            for l2 in l1["children"]:
                for leaf in l2["children"]:
                    del leaf["evaluation"]
        assert written == json_format.project_to_dict(before)
        for l1, l1b in zip(after.indicators, before.indicators, strict=True):
            for l2, l2b in zip(l1.children, l1b.children, strict=True):
                for ind, indb in zip(l2.children, l2b.children, strict=True):
                    assert ind.evaluation is not None and ind.evaluation.actual == ""
                    assert (ind.name, ind.value, ind.description, ind.basis) == (
                        indb.name, indb.value, indb.description, indb.basis)


def test_derive_monitoring_then_evaluation_keeps_the_monitoring(tmp_path: Path) -> None:
    monitored = tmp_path / "监控.json"
    assert main(["derive", "monitoring", str(SAMPLE), str(monitored)]) == 0
    doc = json_format.load(monitored)
    assert doc.stage == MONITORING
    p = doc.projects[0]
    assert p.monitoring is not None
    assert p.monitoring.as_of is not None and str(p.monitoring.as_of) == "2026-07-31"
    assert p.monitoring.budget == p.funding.annual.total
    leaf = p.indicators[0].children[0].children[0]
    assert leaf.monitoring is not None and leaf.monitoring.possibility == ""
    assert leaf.monitoring is not None
    leaf.monitoring.current = "310人次"
    json_format.save(doc, monitored)
    evaluated = tmp_path / "自评.xlsx"
    assert main(["derive", "evaluation", str(monitored), str(evaluated)]) == 0
    again, _ = load_document(evaluated)  # through the workbook's hidden copy
    assert again.stage == EVALUATION
    kept = again.projects[0].indicators[0].children[0].children[0]
    assert kept.monitoring is not None and kept.monitoring.current == "310人次"
    assert kept.evaluation is not None


def test_derive_keeps_existing_blocks_and_refuses_bad_stage(tmp_path: Path, evaluated: Path) -> None:
    out = tmp_path / "again.json"
    assert main(["derive", "evaluation", str(evaluated), str(out)]) == 0
    assert json_format.load(out) == json_format.load(evaluated)
    with pytest.raises(SystemExit):
        main(["derive", "targets", str(evaluated), str(out)])
    assert main(["derive", "evaluation", str(tmp_path / "missing.json"), str(out)]) == 2


def test_scores_of_an_evaluation_file_are_exact(evaluated: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["score", str(evaluated), "--json"])
    rows = json.loads(capsys.readouterr().out)
    for row in rows:
        total = sum(Decimal(i["score"]) for i in row["indicators"] if i["score"] is not None)
        assert total + Decimal(row["execution"]["score"]) == Decimal(row["total"])


def test_derive_of_a_large_file_holds_one_document_not_two(tmp_path: Path) -> None:
    source, out = tmp_path / "目标.json", tmp_path / "监控.json"
    doc = many_projects(200)
    json_format.save(doc, source)
    size = source.stat().st_size
    # a deep copy, the structure, the text and its bytes at once were 19 times the file
    assert peak_bytes(lambda: main(["derive", "monitoring", str(source), str(out)])) < 8 * size
    derived = json_format.load(out)
    assert derived.stage == MONITORING and len(derived.projects) == 200
    assert derived == derive_stage(doc, MONITORING)  # the same as the copying derive
