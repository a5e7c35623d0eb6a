"""Years named in a text: which a table of another year would have to change.

A table copied from last year keeps last year's dates: ``2026年12月底前`` as a 时效
target in a 2027 table, ``2026年度巡查次数`` as a name. :func:`year_mentions` finds the
years a text names as the time of its work (``2026年``, ``2026-12-31``, ``2026.6``) and
leaves out those that are a reference: a baseline (``较2025年提高``, ``在2025年基础上``),
a past event (``2019年发行的债券``, ``结转2025年资金``), a document (``2025年版``), or a
span of years (``2026—2028年``). :func:`replace_year` moves the mentions of one year to
another (生成下一年度). The rules (:mod:`jxeditor.rules.year_rules`) and the next-year
builder share these, so what is reported is what is moved.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

# A year as a time: followed by 年, or by a month (2026-12-31, 2026.6, 2026/12).
_YEAR_RE = re.compile(r"(?<![\d.])(20\d{2})(?=\s*年|[-./](?:0?[1-9]|1[0-2])(?!\d))")
# A span of years (2026—2028年, 2026年至2028年): a plan, never judged nor moved.
_SPAN_RE = re.compile(r"(?<!\d)20\d{2}\s*年?\s*[-—–~～至到]\s*20\d{2}(?!\d)")
# Words near a year that make it a reference, not the time of the work.
REFERENCE_WORDS: tuple[str, ...] = (
    "较", "比", "相比", "对比", "同比", "同期", "基础", "基数", "基期", "基准", "水平", "以来",
    "截至", "截止", "结转", "拖欠", "欠", "遗留", "以前", "之前", "往年", "历年", "上年", "去年",
    "发行", "到期", "版", "修订", "印发", "发布", "颁布", "出台", "决算", "审计", "自评",
    "开工", "签订", "签署", "启动", "成立", "设立", "建成", "批复", "立项", "起",
    # last year's results used or paid this year (兑现2025年度奖励, 2025年度考核结果)
    "考核", "评价", "评估", "统计", "数据", "普查", "调查", "结果", "成果", "预算",
    "兑现", "奖励", "补贴", "补助", "奖补", "清算", "清缴",
)
# How far before and after the year the reference words are looked for (characters),
# within its clause.
BEFORE, AFTER = 6, 8
_CLAUSE_BREAK = re.compile(r"[，,；;。：:（）()、\n]")


class YearMention(NamedTuple):
    """A year named in a text: the year, and where its four digits stand."""

    year: int
    start: int
    end: int


def _is_reference(text: str, start: int, end: int) -> bool:
    before = _CLAUSE_BREAK.split(text[max(0, start - BEFORE):start])[-1]
    after = _CLAUSE_BREAK.split(text[end:end + AFTER])[0]
    window = before + text[start:end] + after
    return any(word in window for word in REFERENCE_WORDS)


@lru_cache(maxsize=16384)
def year_mentions(text: str) -> tuple[YearMention, ...]:
    """The years ``text`` names as the time of its work, in order (see the module)."""
    if "20" not in text:
        return ()
    spans = [m.span() for m in _SPAN_RE.finditer(text)]
    found: list[YearMention] = []
    for match in _YEAR_RE.finditer(text):
        start, end = match.span(1)
        if any(a <= start < b for a, b in spans) or _is_reference(text, start, end):
            continue
        found.append(YearMention(int(match[1]), start, end))
    return tuple(found)


def past_years(text: str, year: int, back: int = 2) -> tuple[int, ...]:
    """The years up to ``back`` before ``year`` that ``text`` names as the time of its work
    (each once, in order): a table of ``year`` copied from an earlier one."""
    return tuple(dict.fromkeys(
        m.year for m in year_mentions(text) if year - back <= m.year < year))


def replace_year(text: str, old: int, new: int) -> str:
    """``text`` with each mention of ``old`` as the time of its work written ``new``."""
    mentions = [m for m in year_mentions(text) if m.year == old]
    for m in reversed(mentions):
        text = text[:m.start] + str(new) + text[m.end:]
    return text
