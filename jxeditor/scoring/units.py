"""Whether an actual value is in the unit of its target (件 and 个 are one unit; % and 个 not).

Units are compared after removing spaces, with Latin letters in lower case and the
synonyms of :data:`SYNONYMS` mapped to one spelling. An actual value without a unit is
read in the target's unit (``520`` for ``≥500人次``), and so is an actual value with a
unit for a target without one.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Spellings of one unit; the first is the one they are compared as.
SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("个", "件"),
    ("人", "名"),
    ("天", "日"),
    ("工作日", "个工作日"),
    ("人次", "人·次"),
    ("平方米", "平米", "㎡", "m²", "m2"),
    ("立方米", "m³", "m3"),
    ("公里", "千米", "km"),
    ("米", "m"),
    ("小时", "h"),
    ("分钟", "min"),
    ("吨", "t"),
    ("%", "％", "百分比"),
)
_CANONICAL = {spelling: group[0] for group in SYNONYMS for spelling in group}
_SPACE = re.compile(r"[\s\u3000]+")


@lru_cache(maxsize=4096)
def canonical_unit(unit: str) -> str:
    """The unit as it is compared."""
    u = _SPACE.sub("", unit).lower()
    return _CANONICAL.get(u, u)


def same_unit(target: str, actual: str) -> bool:
    """Whether an actual value in ``actual`` can be scored against a target in ``target``."""
    if not actual.strip() or not target.strip():
        return True
    return canonical_unit(target) == canonical_unit(actual)
