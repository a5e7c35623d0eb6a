"""What the table readers return (:class:`TableImport`), and the document made around it."""

from __future__ import annotations

from dataclasses import dataclass, field

from jxeditor.document.department import Department
from jxeditor.document.document import Document
from jxeditor.document.frameworks import canonical_name
from jxeditor.document.model import Project
from jxeditor.document.stages import TARGETS


@dataclass
class TableImport:
    """What the reader found: the tables as projects, plus notices for the user.

    ``refused`` says why nothing was read when the input is over a limit (too many
    cells, too long a text); a file reader raises it as the file's error.
    """

    document_year: int | None = None
    reporting_unit: str = ""
    money_unit: str = ""
    projects: list[Project] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    refused: str = ""
    stage: str = ""  # the stage of the forms read (自评/监控 forms), "" for target tables
    department: Department | None = None  # the department's overall targets, when read


def document_from_tables(tables: TableImport) -> Document:
    """A document around imported tables: year and unit from the title block, framework
    "2021" when any table puts 成本指标 at the first level, else "2015"; the stage of
    the forms read; the department's overall targets, when read."""
    cost_first = any(
        canonical_name(l1.name) == "成本指标" for p in tables.projects for l1 in p.indicators
    )
    return Document(
        year=tables.document_year or Document().year,
        reporting_unit=tables.reporting_unit,
        money_unit=tables.money_unit or "万元",
        framework="2021" if cost_first else "2015",
        projects=tables.projects,
        stage=tables.stage or TARGETS,
        department=tables.department,
    )
