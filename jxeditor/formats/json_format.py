"""The JSON document format, versions 2 and 3 (``docs/year-cycle.md`` §5): reader and writer.

The writer produces UTF-8, indented, with keys in the documented order and Chinese
written as is, project by project (:func:`json_pieces`: never the whole text at once).
Amounts and percentages are JSON strings (exact decimals) or null.
Version 2 is version 1 (``docs/specification.md`` §7) with the document's ``stage`` and
``scoring`` and the optional ``monitoring``/``evaluation`` blocks of projects and
indicators, the indicators' ``history`` and the projects' ``acknowledgements`` (warnings
confirmed as intended) (:mod:`jxeditor.formats.json_stages`); a version 1 file reads as
version 2 without them. Version 3 adds the optional ``department`` key, the department's
overall targets (:mod:`jxeditor.formats.json_department`): the writer writes version 3
when the document has that block, and version 2 (byte for byte as before) otherwise.

The reader refuses other formats and newer versions, and names the place (line and
column, or the JSON path) of anything it cannot read, in Chinese. It refuses, in one
line, files beyond generous limits: :data:`MAX_PROJECTS` projects,
:data:`MAX_PROJECT_NODES` indicator nodes (all three levels) in one project and
:data:`MAX_NODES` in the document (a real department has some hundred projects of some
dozen indicators). Numbers and lone surrogates are defused as
:mod:`jxeditor.formats.json_values` says.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from jxeditor.document.document import Document
from jxeditor.document.fields import DOCUMENT, FIELDS, MONTHS, label_of
from jxeditor.document.model import (
    FRAMEWORKS,
    FundingColumn,
    Indicator,
    Level1,
    Level2,
    Project,
)
from jxeditor.document.stages import DEFAULT_SCORING, SCORING_RULES, STAGES, TARGETS
from jxeditor.errors import FileFormatError
from jxeditor.formats.json_department import department_to_dict, read_department
from jxeditor.formats.json_stages import (
    acknowledgement_list,
    history_list,
    indicator_blocks,
    project_blocks,
    read_absent_fields,
    read_acknowledgements,
    read_history,
    read_indicator_evaluation,
    read_indicator_monitoring,
    read_project_evaluation,
    read_project_monitoring,
)
from jxeditor.formats.json_values import (
    ValueReader,
    amount_text,
    date_text,
    describe_value,
    field_plan,
    group_reader,
    json_constant,
    json_int,
    json_number,
    json_reason,
    may_hold_surrogates,
)
from jxeditor.storage.atomic import os_error_text, write_atomic_with

FORMAT_NAME = "jxeditor-document"
FORMAT_VERSION = 3  # the newest version read; written only with a department block
PROJECTS_VERSION = 2  # the version of a document without one
# 10,000 self-evaluated projects with history take some 135 MB: more is not a document
MAX_BYTES = 160 * 1024 * 1024
MAX_PROJECTS = 10_000
MAX_PROJECT_NODES = 2_000
MAX_NODES = 200_000
# the project table's fields as JSON keys (the field registry's paths, nested)
PROJECT_PLAN = field_plan(FIELDS)
_READ_PROJECT_FIELDS = group_reader(Project, PROJECT_PLAN)


# -- writing ---------------------------------------------------------------------------
def _column(col: FundingColumn) -> dict[str, Any]:
    return {
        "total": amount_text(col.total),
        "fiscal": amount_text(col.fiscal),
        "other": amount_text(col.other),
    }


def _node(node: Level1 | Level2 | Indicator) -> dict[str, Any]:
    if isinstance(node, Indicator):
        out: dict[str, Any] = {
            "name": node.name,
            "value": node.value,
            "description": node.description,
            "basis": node.basis,
        }
        if node.monitoring is not None or node.evaluation is not None:
            out.update(indicator_blocks(node))
        if node.history:
            out["history"] = history_list(node)
        return out
    return {"name": node.name, "children": [_node(child) for child in node.children]}


def project_to_dict(p: Project) -> dict[str, Any]:
    """One project as the plain JSON structure, keys in the documented order."""
    out: dict[str, Any] = {
        "code": p.code,
        "name": p.name,
        "attribute": p.attribute,
        "category": p.category,
        "department": p.department,
        "implementer": p.implementer,
        "period": {"start": date_text(p.period.start), "end": date_text(p.period.end)},
        "funding": {"period": _column(p.funding.period), "annual": _column(p.funding.annual)},
        "purpose": p.purpose,
        "spending_plan": {m: amount_text(p.spending_plan.get(m)) for m in MONTHS},
        "goals": {"period": p.goals.period, "annual": p.goals.annual},
    }
    if p.monitoring is not None or p.evaluation is not None:
        out.update(project_blocks(p))
    out["indicators"] = [_node(l1) for l1 in p.indicators]
    if p.acknowledgements:
        out["acknowledgements"] = acknowledgement_list(p)
    if p.absent_fields:
        out["absent_fields"] = list(p.absent_fields)
    return out


def document_to_dict(
    doc: Document, projects: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    """The whole document as the plain JSON structure (``projects``: the projects'
    structures when the caller has them already, see :mod:`jxeditor.recovery.snapshot`)."""
    out: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": PROJECTS_VERSION if doc.department is None else FORMAT_VERSION,
        "year": doc.year,
        "reporting_unit": doc.reporting_unit,
        "money_unit": doc.money_unit,
        "framework": doc.framework,
        "stage": doc.stage,
        "scoring": doc.scoring,
    }
    if doc.department is not None:
        out["department"] = department_to_dict(doc.department, _node)
    out["projects"] = [project_to_dict(p) for p in doc.projects] if projects is None else projects
    return out


def json_pieces(doc: Document, *, compact: bool = False, ascii_only: bool = False) -> Iterator[str]:
    """The document's JSON text in pieces, one per project after the head, so that the
    whole text (or the whole structure) is never in memory at once: joined, exactly what
    ``json.dumps`` of :func:`document_to_dict` gives, indented by 2 (``compact``: with
    the separators ``,`` and ``:``), Chinese as is (``ascii_only``: escaped)."""
    def text(data: dict[str, Any]) -> str:
        return json.dumps(data, ensure_ascii=ascii_only, indent=None if compact else 2,
                          separators=(",", ":") if compact else None)

    head, empty = text(document_to_dict(doc, [])), "[]}" if compact else "[]\n}"
    assert head.endswith(empty)  # "projects" is the last key
    if not doc.projects:
        yield head
        return
    pad = "" if compact else "\n    "  # a project in "projects" is two levels deep
    yield head[: -len(empty)] + "[" + pad
    for i, project in enumerate(doc.projects):
        piece = text(project_to_dict(project))  # no newline inside a JSON string: safe
        yield ("," + pad if i else "") + (piece if compact else piece.replace("\n", pad))
    yield "]}" if compact else "\n  ]\n}"


def dumps(doc: Document) -> str:
    """The document as JSON text (ends with a newline)."""
    return "".join(json_pieces(doc)) + "\n"


def save(doc: Document, path: str | Path, *, keep_backup: bool = False) -> None:
    """Writes the document to ``path`` atomically (a failed save leaves the old file),
    project by project (:func:`json_pieces`: a 200,000-indicator document never becomes
    one string); with ``keep_backup`` the previous version stays as ``NAME.bak``."""
    def write(handle: BinaryIO) -> None:
        for piece in json_pieces(doc):
            handle.write(piece.encode("utf-8"))
        handle.write(b"\n")

    write_atomic_with(path, write, keep_backup=keep_backup)


# -- reading ---------------------------------------------------------------------------
class _Reader(ValueReader):
    """Turns the parsed JSON structure into a Document, naming the place of any error."""

    def __init__(self, path: str | Path | None, *, scrub: bool) -> None:
        super().__init__(path, scrub=scrub)
        self.nodes = 0  # indicator nodes read so far in the document
        self.project_nodes = 0  # ... and in the project being read

    def count(self, children: list[Any], where: str) -> None:
        """Counts nodes about to be read; refuses beyond the limits before reading them."""
        self.nodes += len(children)
        self.project_nodes += len(children)
        if self.project_nodes > MAX_PROJECT_NODES:
            raise self.fail(
                where, f"一个项目的绩效指标超过 {MAX_PROJECT_NODES:,} 个，"
                "不像是绩效目标表，未读入（请检查文件是否损坏）",
            )
        if self.nodes > MAX_NODES:
            raise self.fail(
                where, f"文档的绩效指标超过 {MAX_NODES:,} 个，超出本程序的上限，未读入",
            )

    def start_tree(self, children: list[Any], where: str) -> None:
        """Starts counting a new tree (a project's, the department's) at its first levels."""
        self.project_nodes = 0
        self.count(children, where)

    def indicator(self, value: Any, where: str) -> Indicator:
        data = self.obj(value, where)
        text = self.text
        ind = Indicator(
            text(data, "name", where),
            text(data, "value", where),
            text(data, "description", where),
            text(data, "basis", where),
        )
        if len(data) > 4 and ("monitoring" in data or "evaluation" in data):
            ind.monitoring = read_indicator_monitoring(
                self, data.get("monitoring"), f"{where}.monitoring")
            ind.evaluation = read_indicator_evaluation(
                self, data.get("evaluation"), f"{where}.evaluation")
        if len(data) > 4 and "history" in data:
            ind.history = read_history(self, data["history"], f"{where}.history")
        return ind

    def level2(self, value: Any, where: str) -> Level2:
        data = self.obj(value, where)
        children = self.lst(data.get("children", []), f"{where}.children")
        self.count(children, where)
        indicator = self.indicator
        return Level2(
            name=self.text(data, "name", where),
            children=[indicator(c, f"{where}.children[{i}]") for i, c in enumerate(children)],
        )

    def level1(self, value: Any, where: str) -> Level1:
        data = self.obj(value, where)
        children = self.lst(data.get("children", []), f"{where}.children")
        self.count(children, where)
        return Level1(
            name=self.text(data, "name", where),
            children=[self.level2(c, f"{where}.children[{i}]") for i, c in enumerate(children)],
        )

    def project(self, value: Any, where: str) -> Project:
        data = self.obj(value, where)
        groups = self.groups(data, PROJECT_PLAN, where, loose=True)
        indicators = self.lst(data.get("indicators") or [], f"{where}.indicators")
        self.start_tree(indicators, where)
        project = Project()
        _READ_PROJECT_FIELDS(self, groups, project, where)
        project.indicators = [
            self.level1(c, f"{where}.indicators[{i}]") for i, c in enumerate(indicators)
        ]
        project.monitoring = read_project_monitoring(
            self, data.get("monitoring"), f"{where}.monitoring")
        project.evaluation = read_project_evaluation(
            self, data.get("evaluation"), f"{where}.evaluation")
        project.acknowledgements = read_acknowledgements(
            self, data.get("acknowledgements"), f"{where}.acknowledgements")
        project.absent_fields = read_absent_fields(
            self, data.get("absent_fields"), f"{where}.absent_fields")
        return project

    def document(self, value: Any) -> Document:
        data = self.obj(value, "")
        fmt = data.get("format")
        if fmt != FORMAT_NAME:
            what = "缺少“format”标记" if fmt is None else f"“format”标记为 {describe_value(fmt)}"
            raise FileFormatError(
                self.path, f"不是 jxeditor 文档（{what}，应为“{FORMAT_NAME}”）"
            )
        version = data.get("version")
        if isinstance(version, bool) or not isinstance(version, int):
            raise self.fail("version", "版本号应为整数")
        if version > FORMAT_VERSION:
            raise FileFormatError(
                self.path,
                f"文档版本为 {version}，本程序只认识到版本 {FORMAT_VERSION}，请升级 jxeditor 后再打开",
            )
        if version < 1:
            raise self.fail("version", f"版本号 {version} 无效")
        year = data.get("year")
        if isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= 2200:
            raise self.fail("year", f"{label_of(DOCUMENT, 'year')}应为 1900 到 2200 之间的整数")
        framework = data.get("framework", "2021")
        if framework not in FRAMEWORKS:
            raise self.fail("framework", f"{label_of(DOCUMENT, 'framework')}应为 \"2015\" 或 \"2021\"")
        stage = self.choice(data, "stage", "", STAGES, TARGETS)
        scoring = self.choice(data, "scoring", "", SCORING_RULES, DEFAULT_SCORING)
        projects = self.lst(data.get("projects", []), "projects")
        if len(projects) > MAX_PROJECTS:
            raise FileFormatError(
                self.path, f"项目过多（{len(projects):,} 个）：本程序一个文件最多读入 "
                f"{MAX_PROJECTS:,} 个项目，请拆分成几个文件",
            )
        return Document(
            year=year,
            reporting_unit=self.text(data, "reporting_unit", ""),
            money_unit=self.text(data, "money_unit", "") or "万元",
            framework=framework,
            projects=[self.project(p, f"projects[{i}]") for i, p in enumerate(projects)],
            stage=stage,
            scoring=scoring,
            department=read_department(self, self, data.get("department")) if version >= 3 else None,
        )


def loads(text: str, path: str | Path | None = None) -> Document:
    """Reads a document from JSON text; raises :class:`FileFormatError` with the place."""
    return loads_with_notices(text, path)[0]


def loads_with_notices(
    text: str, path: str | Path | None = None, *, decoded: bool = False
) -> tuple[Document, list[str]]:
    """Reads a document from JSON text, with the notices of the reading (characters
    replaced); raises :class:`FileFormatError` with the place. ``decoded``: the text
    was decoded from UTF-8 bytes (so holds no surrogate but in ``\\u`` escapes)."""
    return _document(_parse(text, path), path, may_hold_surrogates(text, decoded=decoded))


def _parse(text: str, path: str | Path | None) -> Any:
    try:
        return json.loads(
            text, parse_float=json_number, parse_int=json_int, parse_constant=json_constant
        )
    except json.JSONDecodeError as error:
        raise FileFormatError(
            path, f"不是有效的 JSON（{json_reason(error.msg)}）",
            f"第 {error.lineno} 行第 {error.colno} 列",
        ) from None
    except RecursionError:
        raise FileFormatError(path, "JSON 嵌套层数过深") from None


def _document(data: Any, path: str | Path | None, scrub: bool) -> tuple[Document, list[str]]:
    reader = _Reader(path, scrub=scrub)
    return reader.document(data), reader.surrogate_notice()


def from_data(data: Any, path: str | Path | None = None) -> Document:
    """A document from its parsed JSON structure (numbers parsed as ``Decimal``);
    raises :class:`FileFormatError` with the place."""
    try:
        return _Reader(path, scrub=True).document(data)
    except RecursionError:
        raise FileFormatError(path, "JSON 嵌套层数过深") from None


def load(path: str | Path) -> Document:
    """Reads a document file; every failure is a :class:`FileFormatError` naming the file."""
    return load_with_notices(path)[0]


def load_with_notices(path: str | Path) -> tuple[Document, list[str]]:
    """Reads a document file with the notices of the reading (characters replaced);
    every failure is a :class:`FileFormatError` naming the file."""
    p = Path(path)
    try:
        if p.is_dir():
            raise FileFormatError(p, "这是一个文件夹，不是文件")
        if p.stat().st_size > MAX_BYTES:
            raise FileFormatError(p, f"文件过大（超过 {MAX_BYTES // (1024 * 1024)} MB），不像是绩效目标表文档")
        raw = p.read_bytes()
    except OSError as error:
        raise FileFormatError(p, f"无法读取：{os_error_text(error)}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise FileFormatError(
            p, "不是 UTF-8 编码的文本（可能是 GBK 编码或二进制文件）", f"第 {line} 行"
        ) from None
    del raw  # each form of the file let go once the next is made: never three at once
    data, scrub = _parse(text, p), may_hold_surrogates(text, decoded=True)
    del text
    return _document(data, p, scrub)
