"""What the validator reports: a :class:`Problem` with code, severity, place and message.

A problem names its project (index and name) and either a project field (dotted path,
as in :data:`jxeditor.document.model.PROJECT_FIELDS`), a node of the indicator tree (its path of
indices), or neither (the project as a whole). Where the remedy is mechanical, it
carries a :class:`Fix` that says which value to write where.
"""

from __future__ import annotations

from dataclasses import dataclass

from jxeditor.document.fields import FIELDS
from jxeditor.document.model import NodePath

ERROR = "error"
WARNING = "warning"
SEVERITY_TEXT = {ERROR: "错误", WARNING: "警告"}

# Chinese names of project fields (and of the indicator tree as a whole), for locations
# shown to users.
FIELD_LABELS: dict[str, str] = {spec.path: spec.label for spec in FIELDS} | {"indicators": "绩效指标"}


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
