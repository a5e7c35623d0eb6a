"""What copying leaves in a table that is no part of it, and the notices the readers give.

Tables copied from a web page (the published 2022 tables of layout B) carry HTML tags
left in cells (``<p>``), the table's title between two tables (``**…绩效目标表**``,
``# …绩效目标表``) and stray one-cell lines (``表样``). Department PDFs (layout C) have no
主管部门, 实施单位 or 实施期 rows and a single 预算数, and write ``效果指标`` for the
first level 效益指标. The helpers here recognise these; the readers decide what to do.
"""

from __future__ import annotations

import re

from jxeditor.document.frameworks import Frameworks
from jxeditor.document.model import Project, get_field

_HTML_TAG = re.compile(
    r"</?(?:p|br|div|span|font|b|strong|i|em|u|td|tr|th|table|tbody|thead|li|ul|ol|h[1-6])"
    r"(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
_HTML_BREAK = re.compile(r"<br\s*/?>|</p>\s*<p(?:\s[^<>]*)?>", re.IGNORECASE)
_HTML_ENTITIES = {"&nbsp;": " ", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&amp;": "&"}
_ENTITY = re.compile("|".join(_HTML_ENTITIES))
_TITLE_MARKS = re.compile(r"[\s\u3000*#＃]+")

TABLE_TITLE = "绩效目标表"
EFFECT_LEVEL1 = "效果指标"  # department PDFs (layout C) for 效益指标
BENEFIT_LEVEL1 = "效益指标"

LAYOUT_C_NOTICE = (
    "以“项目编码”开头的表格（部门公开的项目表）没有主管部门、实施单位和项目实施期，"
    "资金只有一个预算数（已读作年度金额）：这几项请在编辑器中按需补填"
)


# The fields layout C has no row for, and its one amount (预算数, read as 年度金额) when
# a table leaves it empty: listed once for the document, not as 待填 per project.
LAYOUT_C_ABSENT: tuple[str, ...] = (
    "department", "implementer", "period.start", "period.end", "funding.annual.total")
# A table is of layout C when it has a label for one of these header fields (项目编码)
# and for none of those it lacks (主管部门, 实施单位, 项目实施期).
LAYOUT_C_MARKS: frozenset[str] = frozenset({"code"})
LAYOUT_C_LACKS: frozenset[str] = frozenset({"department", "implementer", "period"})


def is_layout_c(header_fields: set[str]) -> bool:
    """Whether a table whose header has labels for ``header_fields`` (the project fields
    they fill, ``period`` for 项目实施期) is a department's coded project list (layout C),
    read from cells or pasted text as from a PDF."""
    return bool(header_fields & LAYOUT_C_MARKS) and not header_fields & LAYOUT_C_LACKS


def mark_absent_fields(project: Project) -> Project:
    """``project`` (read from layout C) with those of :data:`LAYOUT_C_ABSENT` that are
    still empty marked as absent from its source, so that they are not each listed as 待填."""
    project.absent_fields = tuple(
        f for f in LAYOUT_C_ABSENT if get_field(project, f) in (None, ""))
    return project


def strip_html(text: str) -> str:
    """A cell's text without the HTML tags a web page left in it (``<p>``, ``<br>``, ``&nbsp;``).

    Only tags by name: ``<5%`` or ``a<b`` stay as they are. A line break or a new
    paragraph inside the cell becomes a line break.
    """
    if "<" not in text and "&" not in text:
        return text
    text = _HTML_BREAK.sub("\n", text)
    text = _HTML_TAG.sub("", text)
    return _ENTITY.sub(lambda m: _HTML_ENTITIES[m.group()], text) if "&" in text else text


def is_title_line(texts: list[str]) -> bool:
    """A line holding the title of a table (``**2022年度…项目绩效目标表**``, ``# …绩效目标表``):
    one cell with 绩效目标表 in it, or any line that ends with it."""
    if not texts:
        return False
    if len(texts) == 1 and TABLE_TITLE in texts[0]:
        return True
    line = "".join(texts)
    return TABLE_TITLE[-1] in line and _TITLE_MARKS.sub("", line).endswith(TABLE_TITLE)


def rename_effect(project: Project, fw: Frameworks) -> bool:
    """Renames the first level ``效果指标`` to 效益指标; whether the project had one."""
    renamed = False
    for level1 in project.indicators:
        if fw.canonical_name(level1.name) == EFFECT_LEVEL1:
            level1.name = BENEFIT_LEVEL1
            renamed = True
    return renamed


def effect_notice(projects: int) -> str:
    """The one notice for 效果指标 read as 效益指标."""
    return (
        f"一级指标“{EFFECT_LEVEL1}”不在指标框架中，已按“{BENEFIT_LEVEL1}”读入"
        f"（{projects} 个项目），请核对"
    )


def stray_line_notice(place: str, text: str) -> str:
    """A one-cell line inside the indicator rows that is no indicator (``表样``)."""
    return f"{place}：指标中多余的一行“{text}”不是指标，未导入"
