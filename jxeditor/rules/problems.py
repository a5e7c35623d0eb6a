"""What the validator reports: a :class:`Problem` with code, severity, place and message.

A problem names its project (index and name) and either a project field (dotted path,
as in :data:`jxeditor.document.model.PROJECT_FIELDS`), a node of the indicator tree (its path of
indices), or neither (the project as a whole). Where the remedy is mechanical, it
carries a :class:`Fix` that says which value to write where.
"""

from __future__ import annotations

from dataclasses import dataclass

from jxeditor.document.model import NodePath

ERROR = "error"
WARNING = "warning"
SEVERITY_TEXT = {ERROR: "错误", WARNING: "警告"}

# Chinese names of project fields, for locations shown to users.
FIELD_LABELS: dict[str, str] = {
    "code": "项目编码",
    "name": "项目名称",
    "attribute": "项目属性",
    "category": "项目类别",
    "department": "主管部门",
    "implementer": "实施单位",
    "period.start": "项目实施期（开始）",
    "period.end": "项目实施期（结束）",
    "funding.period.total": "实施期金额",
    "funding.period.fiscal": "实施期金额·其中：财政拨款",
    "funding.period.other": "实施期金额·其他资金",
    "funding.annual.total": "年度金额",
    "funding.annual.fiscal": "年度金额·其中：财政拨款",
    "funding.annual.other": "年度金额·其他资金",
    "purpose": "项目资金主要用途",
    "spending_plan.03": "资金支出计划·3月底",
    "spending_plan.06": "资金支出计划·6月底",
    "spending_plan.10": "资金支出计划·10月底",
    "spending_plan.12": "资金支出计划·12月底",
    "goals.period": "实施期目标",
    "goals.annual": "年度目标",
    "indicators": "绩效指标",
}


@dataclass(frozen=True)
class Fix:
    """A mechanical remedy: write ``new_value`` into the problem's field or node value."""

    label: str
    new_value: str


@dataclass(frozen=True)
class Problem:
    """One finding of the validator."""

    code: str
    severity: str
    project: int
    project_name: str
    message: str
    field: str | None = None
    path: NodePath | None = None
    location: str = ""
    fix: Fix | None = None

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def to_json(self, file: str = "") -> dict[str, str]:
        """The problem as the command line's ``--json`` prints it."""
        return {
            "file": file,
            "project": self.project_name,
            "location": self.location,
            "severity": self.severity,
            "code": self.code,
            "message": self.message,
        }
