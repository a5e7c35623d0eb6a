"""The labels of a performance target table, as the table readers recognise them.

A cell's text is compared as a label key (:func:`label_key`: spaces removed, full-width
brackets and colons made half-width, no trailing colon), so ``绩 效 目 标：`` is the
label ``绩效目标``. The sets below list every spelling the readers know for each part of
the form (header fields, funding, goals, spending plan, indicator columns).
"""

from __future__ import annotations

import re
from functools import lru_cache

_SPACE = re.compile(r"[\s\u3000]+")
_CJK_SPACE = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef])[ \t\u3000]+(?=[\u3000-\u9fff\uff00-\uffef])")

# Layout C: "预算数 5851万元。用于……" — the annual amount stands in the text of 项目资金主要用途.
BUDGET_IN_PURPOSE = re.compile(r"^预算数[:：]?\s*([\d.,]+)\s*万元?[。，,;；]?\s*(.*)$", re.S)


@lru_cache(maxsize=8192)  # the same label and value texts come back in every table
def label_key(text: str) -> str:
    """A cell's text as a label: no spaces, half-width brackets and colons, no trailing colon."""
    key = _SPACE.sub("", text or "")
    key = key.replace("（", "(").replace("）", ")").replace("：", ":")
    return key.rstrip(":")


def tidy(text: str) -> str:
    """Cell text for a header field: trimmed, PDF gaps between Chinese characters closed."""
    text = (text or "").strip()
    if " " not in text and "\t" not in text and "\u3000" not in text:
        return text  # no gap to close: no pattern to try
    return _CJK_SPACE.sub("", text)


def short_text(text: str, limit: int = 30) -> str:
    """A cell's text for a notice: cut after ``limit`` characters, with ``…``."""
    return text if len(text) <= limit else text[:limit] + "…"


# Header labels → project field.
HEADER_LABELS: dict[str, str] = {
    "项目名称": "name",
    "预算项目名称": "name",
    "项目编码": "code",
    "项目编号": "code",
    "项目实施期": "period",
    "项目起止时间": "period",
    "实施期限": "period",
    "项目期限": "period",
    "主管部门": "department",
    "实施单位": "implementer",
    "项目属性": "attribute",
    "项目类别": "category",
    "项目类型": "category",
    "项目资金主要用途": "purpose",
    "资金主要用途": "purpose",
}
TABLE_START = {"项目名称", "预算项目名称", "项目编码"}
FUNDING_BLOCK = {"资金投入(万元)", "项目资金(万元)", "资金投入", "项目资金", "预算资金(万元)"}
PERIOD_TOTAL = {"实施期金额", "实施期资金总额", "实施期资金", "实施期预算"}
ANNUAL_TOTAL = {"年度金额", "年度资金总额", "年度预算", "预算数", "年度资金"}
FISCAL = {"其中:财政拨款", "财政拨款", "其中财政拨款", "其中:财政资金", "财政资金"}
OTHER = {"其他资金", "其中:其他资金"}
GOAL_LABELS = {"绩效目标", "总体目标"}
GOAL_PERIOD = {"实施期目标", "实施期绩效目标"}
GOAL_ANNUAL = {"年度目标", "年度绩效目标"}
PLAN_LABELS = {"资金支出计划(%)", "资金支出计划"}
PLAN_MONTHS = {"3月底": "03", "6月底": "06", "10月底": "10", "12月底": "12"}
IND_COLUMNS = {
    "一级指标": "l1",
    "二级指标": "l2",
    "三级指标": "name",
    "年度指标值": "value",
    "指标值": "value",
    "绩效指标描述": "description",
    "指标描述": "description",
    "指标值确定依据": "basis",
}
NOTE_PREFIXES = ("注", "备注", "说明", "填报人", "审核人", "联系人", "填表人", "负责人")

ALL_LABELS = (
    set(HEADER_LABELS)
    | FUNDING_BLOCK
    | PERIOD_TOTAL
    | ANNUAL_TOTAL
    | FISCAL
    | OTHER
    | GOAL_LABELS
    | GOAL_PERIOD
    | GOAL_ANNUAL
    | PLAN_LABELS
    | set(PLAN_MONTHS)
    | set(IND_COLUMNS)
    | {"绩效指标"}
)
