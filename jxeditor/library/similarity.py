"""Character n-grams for Chinese text without a segmenter, and similarities built on them.

Project names such as ``2026年信息系统运维经费`` and ``信息化平台运行维护项目`` share
bigrams (``信息``, ``运维``) though no word boundary is known; the Dice coefficient of
the unigram and bigram sets measures how alike two names are (0 to 1). Years (``2026年``), digits,
punctuation and the words every project name carries (项目, 经费, 资金, 专项) are left out
so that they do not make unrelated projects look alike.

A project's purpose text (:func:`purpose_text`: 项目资金主要用途 and the 绩效目标 texts)
tells its kind where the name does not (``综合业务经费``). Purposes are compared by their
bigrams only (:func:`purpose_grams`; single characters of a long text match anything),
without the phrases every purpose uses (确保, 提高 …); :func:`likeness` adds a part of
that similarity to the names' so that equal or uninformative names are told apart by
purpose, while a clearly better name still wins.
"""

from __future__ import annotations

import re
from functools import lru_cache

from jxeditor.document.model import Project

# Words in almost every project name: they say nothing about what the project does.
STOP_WORDS: tuple[str, ...] = (
    "项目", "经费", "资金", "专项", "支出", "费用", "工作", "补助", "年度", "预算",
)
# Phrases of almost every purpose or goal text.
PURPOSE_STOP_WORDS: tuple[str, ...] = (
    "确保", "保障", "提高", "提升", "完成", "按时", "及时", "有效", "进一步", "加强", "推进",
    "开展", "实施", "用于", "主要", "目标", "任务", "通过", "全年", "顺利", "本单位", "相关",
    "以上", "达到", "不低于",
)
# The measures an indicator's name ends with: shared alone, they say nothing of its subject
# (新建老年食堂数量 and 运维服务器数量 share only 数量).
MEASURE_WORDS: tuple[str, ...] = (
    "满意度", "完成率", "合格率", "及时率", "覆盖率", "达标率", "使用率", "数量", "人数",
    "次数", "人次", "户数", "个数", "件数", "面积", "长度", "比例", "时间", "时限", "成本",
)
PURPOSE_WEIGHT = 0.4  # how much a purpose's similarity adds to the name's (see likeness)
_NOISE = re.compile(r"\d+年|[\s\d\W_]+")


def clean(text: str) -> str:
    """``text`` without years, digits, punctuation, spaces and the stop words."""
    text = text or ""
    for word in STOP_WORDS:
        text = text.replace(word, " ")
    return _NOISE.sub(" ", text).strip()


@lru_cache(maxsize=65536)
def grams(text: str) -> frozenset[str]:
    """The unigrams and bigrams of ``text`` once cleaned (bigrams never span a gap)."""
    out: set[str] = set()
    for part in clean(text).split():
        out.update(part)
        out.update(part[i:i + 2] for i in range(len(part) - 1))
    return frozenset(out)


def purpose_text(project: Project) -> str:
    """What ``project`` is for, in its own words: 项目资金主要用途 and the 绩效目标 texts."""
    parts = (project.purpose, project.goals.period, project.goals.annual)
    return "\n".join(part.strip() for part in parts if part and part.strip())


@lru_cache(maxsize=16384)
def purpose_grams(text: str) -> frozenset[str]:
    """The bigrams of a purpose text once cleaned (and without :data:`PURPOSE_STOP_WORDS`)."""
    text = text or ""
    for word in PURPOSE_STOP_WORDS:
        text = text.replace(word, " ")
    out: set[str] = set()
    for part in clean(text).split():
        out.update(part[i:i + 2] for i in range(len(part) - 1))
    return frozenset(out)


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    """The Dice coefficient of two gram sets (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def similarity(a: str, b: str) -> float:
    """How alike two texts are, 0 to 1 (:func:`dice` of their :func:`grams`)."""
    return dice(grams(a), grams(b))


def purpose_similarity(a: str, b: str) -> float:
    """How alike two purpose texts are, 0 to 1 (:func:`dice` of their :func:`purpose_grams`)."""
    return dice(purpose_grams(a), purpose_grams(b))


def likeness(name_similarity: float, purpose_similarity: float) -> float:
    """How alike two projects are from the similarity of their names and of their purposes
    (0 when a purpose is missing): the name's plus :data:`PURPOSE_WEIGHT` of the purpose's,
    so a purpose decides between equal names but cannot make up for a much worse one."""
    return name_similarity + PURPOSE_WEIGHT * purpose_similarity


def text_match(typed: str, name: str) -> float:
    """How well ``name`` answers what was typed so far: 1 for a prefix, 0.8 for a part
    of it, else the Dice of the grams (0 when nothing is shared); 1 when nothing is typed."""
    typed = typed.strip()
    if not typed:
        return 1.0
    if name.startswith(typed):
        return 1.0
    if typed in name:
        return 0.8
    return 0.7 * dice(grams(typed), grams(name))


@lru_cache(maxsize=65536)
def subject_grams(text: str) -> frozenset[str]:
    """The bigrams of ``text`` once cleaned and without :data:`MEASURE_WORDS`: what an
    indicator's name is about."""
    text = text or ""
    for word in MEASURE_WORDS:
        text = text.replace(word, " ")
    out: set[str] = set()
    for part in clean(text).split():
        out.update(part[i:i + 2] for i in range(len(part) - 1))
    return frozenset(out)


def talks_about(typed: str, name: str) -> bool:
    """Whether ``name`` is about what was typed so far: it holds the typed text, or the
    two share a two-character word besides the measures (True when nothing is typed).
    A character or a measure in common alone does not count."""
    typed = typed.strip()
    if not typed or typed in name:
        return True
    return bool(subject_grams(typed) & subject_grams(name))
