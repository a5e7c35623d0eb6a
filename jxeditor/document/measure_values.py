"""What a department's measure sentence (绩效指标) measures, and its target value.

A task of the published form states its measures as sentences:
``全局所有行政行为主体、职权、事实、程序合法率 100%。`` or ``加强财税调度，2023年一般公共
预算收入同比增长 8%。``. :func:`read_measure` reads the thing measured and a value in the
project syntax (comparator, number, unit) out of such a sentence:

- the number is the last one in the sentence that is not a year or a date, with its unit
  (``%``, ``个``, ``万元`` …); ``全部``/``全覆盖`` says 100%;
- the comparator is said in words where the sentence says it (``不低于`` ≥, ``不超过`` ≤,
  ``以内`` ≤, ``以上`` ≥: the words of :mod:`jxeditor.document.values`); otherwise a
  whole 100% is ``=100%`` and everything else a target to reach, ``≥`` (a growth, a rate,
  a count);
- the name is the clause before the number (after the last comma, after ``的``, without
  a leading year or verb); where the clause enumerates (``主体、职权、事实、程序合法率``)
  the name is what the items share (``合法率``); a growth in % is named as a rate
  (``…同比增长`` → ``…同比增长率``); with nothing before the number, what follows it
  (``完成 5 个项目验收`` → ``项目验收``).

A sentence without a number gives ``("", "")``: it holds no measurable value.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jxeditor.document.values import COMPARATOR_PREFIXES, COMPARATOR_SUFFIXES, normalize_symbols

UNITS: tuple[str, ...] = tuple(sorted((
    "%", "‰", "个", "项", "次", "人次", "人", "户", "家", "件", "天", "日", "小时", "分钟",
    "万元", "亿元", "元", "平方米", "平方公里", "公里", "千米", "米", "吨", "所", "场", "期",
    "批", "篇", "套", "台", "辆", "名", "份", "条", "倍", "分", "亩", "万人", "万户",
), key=len, reverse=True))
_UNIT = "|".join(re.escape(u) for u in UNITS)
_NUMBER_RE = re.compile(rf"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>{_UNIT})?")
# Numbers that are dates, not targets: 2023年, 3月, 15日 (a 4-digit year also alone).
_DATE_AFTER = ("年", "月", "日", "-", "/", ".")
_CLAUSE_BREAK = re.compile(r"[，,；;：:。！!？?]")
_LEADING_YEAR = re.compile(
    r"^(?:(?:\d{4}年度?)?(?:\d{1,2}月)?(?:\d{1,2}日)?[底前末内]?|全年|年内|当年|本年度?)")
_LEADING_VERBS: tuple[str, ...] = ("确保", "实现", "保持", "力争", "做到", "达到", "完成", "全年")
_TRAILING_WORDS: tuple[str, ...] = tuple(sorted((
    "达到", "达", "为", "在", "保持在", "控制在", "控制", "均", "要", "应", "不少于", "不低于",
    "不超过", "不高于", "不多于", "大于等于", "小于等于", "至少", "约",
), key=len, reverse=True))
GROWTH_ENDINGS: tuple[str, ...] = (
    "增长", "提高", "提升", "增加", "下降", "降低", "减少", "压减", "节约",
)
_UPPER_BOUND_WORDS: tuple[str, ...] = ("控制在", "不超过", "不高于", "不多于", "以内", "以下")
_ALL_WORDS: tuple[tuple[str, str], ...] = (("全覆盖", "覆盖率"), ("全部", ""))
HUNDRED = Decimal(100)


def read_measure(text: str) -> tuple[str, str]:
    """``(name, value)`` read out of a measure sentence; ``("", "")`` when it holds no
    measurable value. See the module docstring."""
    sentence = normalize_symbols(text.strip())
    found = _last_number(sentence)
    if found is None:
        return _all_of(sentence)
    start, end, number, unit = found
    before, after = sentence[:start].rstrip(), sentence[end:]
    comparator = _comparator(before, after, number, unit)
    name = _name(before) or _CLAUSE_BREAK.split(after)[0].strip()
    if unit == "%" and name.endswith(GROWTH_ENDINGS):
        name += "率"
    return name, f"{comparator}{number}{unit}"


def _last_number(sentence: str) -> tuple[int, int, str, str] | None:
    last: tuple[int, int, str, str] | None = None
    for match in _NUMBER_RE.finditer(sentence):
        number, unit = match["num"], match["unit"] or ""
        following = sentence[match.end("num"):].lstrip()[:1]
        if not unit and (following.startswith(_DATE_AFTER) or len(number) == 4):
            continue  # 2023年, 3月: a date
        if match.start() > 0 and sentence[match.start() - 1] in "-/.":
            continue
        last = (match.start(), match.end(), number, unit)
    return last


def _comparator(before: str, after: str, number: str, unit: str) -> str:
    tail = after.lstrip()
    for word, symbol in COMPARATOR_SUFFIXES:
        if tail.startswith(word):
            return symbol
    for word, symbol in COMPARATOR_PREFIXES:
        if before.endswith(word):
            return symbol
    if before.endswith(_UPPER_BOUND_WORDS) or "控制在" in before[-8:]:
        return "≤"
    if unit == "%" and Decimal(number) == HUNDRED:
        return "="
    return "≥"


def _name(before: str) -> str:
    clause = _CLAUSE_BREAK.split(before)[-1].strip()
    if "的" in clause:
        clause = clause.rsplit("的", 1)[1]
    clause = _LEADING_YEAR.sub("", clause).strip()
    changed = True
    while changed:
        changed = False
        for word in _TRAILING_WORDS:
            if clause.endswith(word) and len(clause) > len(word):
                clause, changed = clause[: -len(word)].rstrip(), True
        for word in _LEADING_VERBS:
            if clause.startswith(word) and len(clause) - len(word) != 1:  # not 完成率
                clause, changed = clause[len(word):].lstrip(), True
    if "、" in clause:
        *items, last = clause.split("、")
        shared = last[len(items[-1]):] if len(last) > len(items[-1]) else last
        clause = shared
    return clause


def _all_of(sentence: str) -> tuple[str, str]:
    """``所有预算项目全部纳入预算绩效管理`` → ``("预算项目纳入预算绩效管理比例", "=100%")``."""
    body = sentence.rstrip("。；;！!")
    for word, suffix in _ALL_WORDS:
        if word not in body:
            continue
        subject, _sep, rest = body.partition(word)
        subject = _CLAUSE_BREAK.split(subject)[-1].strip().removeprefix("所有").removeprefix("全部")
        rest = _CLAUSE_BREAK.split(rest)[0].strip()
        name = subject + (suffix or rest + "比例")
        return (name, "=100%") if name else ("", "")
    return "", ""
