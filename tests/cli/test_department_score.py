"""Issue 30, form C on the command line: ``jxeditor score`` lists the department block
(部门整体) before the projects, scored with the same rules: in text its indicators, 预算执行率
and 总分 / 自评等级 (or 总分（未完成：N 项未评分）), in ``--json`` an object with
``"project": "部门整体"``, the department's name, ``grade`` (null while unfinished) and
``unscored``; a document without the block lists only its projects, as before."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from year_examples import evaluated_document

from jxeditor.cli import main
from jxeditor.document.department import Department, DepartmentEvaluation, SpendingRows
from jxeditor.document.document import Document
from jxeditor.document.model import Indicator, Level1, Level2
from jxeditor.document.stages import IndicatorEvaluation
from jxeditor.formats import json_format

D = Decimal


def with_department(second_actual: str) -> Document:
    doc = evaluated_document()
    rows = SpendingRows(total=D("100"))
    doc.department = Department(
        name="示例局", overall_goal="做好工作。",
        indicators=[
            Level1("产出指标", [Level2("数量指标", [
                Indicator("评审项目数", "≥20个", evaluation=IndicatorEvaluation(actual="10个"))])]),
            Level1("效益指标", [Level2("社会效益指标", [
                Indicator("群众知晓率", "≥90%", evaluation=IndicatorEvaluation(actual=second_actual))])]),
        ],
        evaluation=DepartmentEvaluation(rows, SpendingRows(total=D("100")),
                                        SpendingRows(total=D("80")), "完成。"),
    )
    return doc


def saved(doc: Document, tmp_path: Path) -> Path:
    path = tmp_path / "部门自评.json"
    json_format.save(doc, path)
    return path


def test_json_lists_the_department_first_with_its_grade(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    projects = len(evaluated_document().projects)
    assert main(["score", str(saved(with_department("90%"), tmp_path)), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 1 + projects
    first = rows[0]
    assert first["project"] == "部门整体" and first["department"] == "示例局"
    assert first["indicators"][0] == {"path": ["产出指标", "数量指标", "评审项目数"],
                                      "points": "56.25", "score": "28.13"}
    assert first["execution"] == {"rate": "0.8", "points": "10", "score": "8"}
    assert first["total"] == "69.88" and first["grade"] == "中" and first["unscored"] == []
    assert all("department" not in row for row in rows[1:])


def test_json_of_an_unfinished_department_has_no_grade(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["score", str(saved(with_department(""), tmp_path)), "--json"]) == 0
    first = json.loads(capsys.readouterr().out)[0]
    assert first["grade"] is None
    assert first["unscored"] == [["效益指标", "社会效益指标", "群众知晓率"]]


def test_text_shows_the_department_before_the_projects(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = saved(with_department(""), tmp_path)
    assert main(["score", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{path}：部门整体（评分规则 2020-10）\n")
    assert "  产出指标 / 数量指标 / 评审项目数：分值 56.25，得分 28.13" in out
    assert "  预算执行率 80%：分值 10，得分 8" in out
    assert "  总分（未完成：1 项未评分），无自评等级" in out.split(f"{path}：", 2)[1]
    project = evaluated_document().projects[0].name
    assert out.index("部门整体") < out.index(project)


def test_without_a_department_only_the_projects(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["score", str(saved(evaluated_document(), tmp_path)), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == len(evaluated_document().projects)
    assert "部门整体" not in [row["project"] for row in rows]
