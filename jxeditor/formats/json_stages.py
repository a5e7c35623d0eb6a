"""The optional parts of the JSON format version 2: stage blocks, history, acknowledgements,
the fields a project's source table had no place for (``absent_fields``).

A project and a third-level indicator may carry a ``monitoring`` block (运行监控) and an
``evaluation`` block (自评), as ``docs/year-cycle.md`` §5 lists them. A block absent or
null is ``None`` in the model, and ``None`` is not written, so a version 1 document
keeps its exact text. Amounts are decimal strings, as everywhere in the format. An
indicator may carry its ``history``; a project its ``acknowledgements``: the warnings
confirmed as intended (确认无误), each ``{"code", "field", "indicator", "reason"}`` with
the indicator named by its path of names (一级, 二级, 三级); written only when there are
some. The blocks' keys and the kinds of their values are the field registry's
(:mod:`jxeditor.document.fields`).
"""

from __future__ import annotations

from typing import Any

from jxeditor.document.fields import INDICATOR, fields_of, stage_block_fields
from jxeditor.document.model import (
    MAX_HISTORY,
    PROJECT_FIELDS,
    Acknowledgement,
    HistoryEntry,
    Indicator,
    Project,
)
from jxeditor.document.stages import (
    EVALUATION,
    MONITORING,
    EvaluationColumn,
    IndicatorEvaluation,
    IndicatorMonitoring,
    ProjectEvaluation,
    ProjectMonitoring,
)
from jxeditor.formats.json_values import (
    ValueReader,
    amount_text,
    date_text,
    field_plan,
    flat_reader,
    group_reader,
)


# -- writing -----------------------------------------------------------------------------
def _column(col: EvaluationColumn) -> dict[str, Any]:
    return {
        "total": amount_text(col.total),
        "fiscal": amount_text(col.fiscal),
        "carried_over": amount_text(col.carried_over),
        "other": amount_text(col.other),
    }


def project_blocks(p: Project) -> dict[str, Any]:
    """The project's ``monitoring`` and ``evaluation`` keys (only those it has)."""
    out: dict[str, Any] = {}
    m = p.monitoring
    if m is not None:
        out["monitoring"] = {
            "as_of": date_text(m.as_of),
            "budget": amount_text(m.budget),
            "executed": amount_text(m.executed),
            "forecast": amount_text(m.forecast),
        }
    e = p.evaluation
    if e is not None:
        out["evaluation"] = {
            "budget_initial": _column(e.budget_initial),
            "budget_full": _column(e.budget_full),
            "executed": _column(e.executed),
            "goals_achieved": e.goals_achieved,
        }
    return out


def indicator_blocks(ind: Indicator) -> dict[str, Any]:
    """The indicator's ``monitoring`` and ``evaluation`` keys (only those it has)."""
    out: dict[str, Any] = {}
    m = ind.monitoring
    if m is not None:
        out["monitoring"] = {
            "current": m.current,
            "forecast": m.forecast,
            "possibility": m.possibility,
            "causes": list(m.causes),
            "note": m.note,
        }
    e = ind.evaluation
    if e is not None:
        out["evaluation"] = {
            "actual": e.actual,
            "points": amount_text(e.points),
            "score": amount_text(e.score),
            "deviation": e.deviation,
        }
    return out


def history_list(ind: Indicator) -> list[dict[str, Any]]:
    """The indicator's ``history``: ``[{"year", "target", "actual"}]``, oldest first."""
    return [{"year": h.year, "target": h.target, "actual": h.actual} for h in ind.history]


def acknowledgement_list(p: Project) -> list[dict[str, Any]]:
    """The project's ``acknowledgements``: ``[{"code", "field", "indicator", "reason"}]``."""
    return [
        {"code": a.code, "field": a.field, "indicator": list(a.indicator), "reason": a.reason}
        for a in p.acknowledgements
    ]


# -- reading -----------------------------------------------------------------------------
MAX_ACKNOWLEDGEMENTS = 2_000  # of one project


def read_acknowledgements(r: ValueReader, value: Any, where: str) -> list[Acknowledgement]:
    """A project's ``acknowledgements`` (null or absent: none); at most
    :data:`MAX_ACKNOWLEDGEMENTS`, an indicator path of at most three names."""
    if value is None:
        return []
    items = r.lst(value, where)
    if len(items) > MAX_ACKNOWLEDGEMENTS:
        raise r.fail(where, f"确认无误的记录超过 {MAX_ACKNOWLEDGEMENTS:,} 条，未读入")
    out: list[Acknowledgement] = []
    for i, item in enumerate(items):
        at = f"{where}[{i}]"
        data = r.obj(item, at)
        names = r.lst(data.get("indicator") or [], f"{at}.indicator")
        if len(names) > 3:
            raise r.fail(f"{at}.indicator", "指标路径最多三级（一级、二级、三级指标名称）")
        indicator: list[str] = []
        for n, name in enumerate(names):
            if not isinstance(name, str):
                raise r.fail(f"{at}.indicator[{n}]", "应为文字（字符串）")
            indicator.append(r.clean(name, f"{at}.indicator[{n}]") if r.scrub else name)
        out.append(Acknowledgement(
            code=r.text(data, "code", at), reason=r.text(data, "reason", at),
            field=r.text(data, "field", at), indicator=tuple(indicator),
        ))
    return out


def read_absent_fields(r: ValueReader, value: Any, where: str) -> tuple[str, ...]:
    """A project's ``absent_fields`` (null or absent: none): project field paths, each once."""
    if value is None:
        return ()
    out: list[str] = []
    for i, item in enumerate(r.lst(value, where)):
        if item not in PROJECT_FIELDS:
            raise r.fail(f"{where}[{i}]", "应为项目字段的路径（如“department”、“period.start”）")
        if item not in out:
            out.append(item)
    return tuple(out)


def read_history(r: ValueReader, value: Any, where: str) -> list[HistoryEntry]:
    """An indicator's ``history`` (null or absent: none); a year is an integer from 1900
    to 2200, at most :data:`MAX_HISTORY` entries, sorted by year."""
    if value is None:
        return []
    items = r.lst(value, where)
    if len(items) > MAX_HISTORY:
        raise r.fail(where, f"历年记录超过 {MAX_HISTORY} 条，未读入")
    out: list[HistoryEntry] = []
    for i, item in enumerate(items):
        data = r.obj(item, f"{where}[{i}]")
        year = data.get("year")
        if isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= 2200:
            raise r.fail(f"{where}[{i}].year", "年度应为 1900 到 2200 之间的整数")
        out.append(HistoryEntry(year=year, target=r.text(data, "target", f"{where}[{i}]"),
                                actual=r.text(data, "actual", f"{where}[{i}]")))
    return sorted(out, key=lambda h: h.year)


# the blocks' fields as JSON keys (the field registry's, without the block's name)
_PROJECT_MONITORING = flat_reader(
    ProjectMonitoring, field_plan(stage_block_fields(MONITORING), "monitoring."))
_PROJECT_EVALUATION = group_reader(
    ProjectEvaluation, field_plan(stage_block_fields(EVALUATION), "evaluation."))
_INDICATOR_MONITORING = flat_reader(IndicatorMonitoring, field_plan(
    tuple(s for s in fields_of(INDICATOR) if s.stage == MONITORING), "monitoring."))
_INDICATOR_EVALUATION = flat_reader(IndicatorEvaluation, field_plan(
    tuple(s for s in fields_of(INDICATOR) if s.stage == EVALUATION), "evaluation."))


def read_project_monitoring(r: ValueReader, value: Any, where: str) -> ProjectMonitoring | None:
    if value is None:
        return None
    block: ProjectMonitoring = _PROJECT_MONITORING(r, r.obj(value, where), where)
    return block


def read_project_evaluation(r: ValueReader, value: Any, where: str) -> ProjectEvaluation | None:
    if value is None:
        return None
    block = ProjectEvaluation()
    _PROJECT_EVALUATION(r, {"": r.obj(value, where)}, block, where)
    return block


def read_indicator_monitoring(
    r: ValueReader, value: Any, where: str
) -> IndicatorMonitoring | None:
    if value is None:
        return None
    block: IndicatorMonitoring = _INDICATOR_MONITORING(r, r.obj(value, where), where)
    return block


def read_indicator_evaluation(
    r: ValueReader, value: Any, where: str
) -> IndicatorEvaluation | None:
    if value is None:
        return None
    block: IndicatorEvaluation = _INDICATOR_EVALUATION(r, r.obj(value, where), where)
    return block
