"""Character n-grams for Chinese text without a segmenter, and similarities built on them.

Project names such as ``2026年信息系统运维经费`` and ``信息化平台运行维护项目`` share
bigrams (``信息``, ``运维``) though no word boundary is known; the Dice coefficient of
the unigram and bigram sets measures how alike two names are (0 to 1). Years (``2026年``), digits,
punctuation and the words every project name carries (项目, 经费, 资金, 专项) are left out
so that they do not make unrelated projects look alike.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Words in almost every project name: they say nothing about what the project does.
STOP_WORDS: tuple[str, ...] = (
    "项目", "经费", "资金", "专项", "支出", "费用", "工作", "补助", "年度", "预算",
)
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


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    """The Dice coefficient of two gram sets (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def similarity(a: str, b: str) -> float:
    """How alike two texts are, 0 to 1 (:func:`dice` of their :func:`grams`)."""
    return dice(grams(a), grams(b))


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
