"""The two indicator frameworks (2015 and 2021), read from ``resources/frameworks.json``.

The data says which first and second levels exist, where each second level belongs,
which first levels are required (and how severely), and which synonyms are accepted.
:func:`canonical_name` maps what people write (``产出 指标``, ``环境效益``, ``数量``)
to the standard name, so the importers and the validator agree on names.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, cached_property

from jxeditor.resources import resource_path

_SPACES = re.compile(r"[\s\u3000]+")
CANONICAL_CACHE = 4096  # names kept looked up (the names typed while editing come and go)


@dataclass(frozen=True)
class Frameworks:
    """The framework data with lookups the validator and importers need."""

    skeletons: dict[str, tuple[tuple[str, tuple[str, ...]], ...]]
    accepted: dict[str, tuple[str, ...]]
    required: dict[str, dict[str, str]]
    nonstandard: dict[str, tuple[str, ...]]
    synonyms: dict[str, str]
    common_units: tuple[str, ...]

    def skeleton(self, framework: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """First levels with their second levels, as a new project of ``framework`` gets them."""
        return self.skeletons.get(framework) or self.skeletons["2021"]

    @cached_property
    def level1_names(self) -> frozenset[str]:
        return frozenset(self.accepted)

    @cached_property
    def level2_names(self) -> frozenset[str]:
        return frozenset(n for names in self.accepted.values() for n in names)

    @cached_property
    def known_names(self) -> frozenset[str]:
        """Every standard or non-standard first and second level name."""
        nonstandard2 = (n for names in self.nonstandard.values() for n in names)
        return self.level1_names | self.level2_names | frozenset(self.nonstandard) | frozenset(nonstandard2)

    def parent_of_level2(self, name: str) -> str | None:
        """The first level a standard second level belongs to (None if not standard)."""
        for l1, names in self.accepted.items():
            if name in names:
                return l1
        return None

    def level2_choices(self, level1: str, framework: str) -> tuple[str, ...]:
        """The second levels offered under a first level (skeleton order, then the rest)."""
        canon = self.canonical_name(level1)
        ordered: list[str] = []
        for l1, l2s in self.skeleton(framework):
            if l1 == canon:
                ordered.extend(l2s)
        for name in self.accepted.get(canon, ()) + self.nonstandard.get(canon, ()):
            if name not in ordered:
                ordered.append(name)
        return tuple(ordered)

    def canonical_name(self, name: str) -> str:
        """The standard spelling of a first or second level name, or the name unchanged.

        Removes spaces inside, applies synonyms, and adds a missing trailing ``指标``.
        """
        known = self._canonical_names  # the validator asks for every group of every project
        found = known.get(name)
        if found is None:
            if len(known) >= CANONICAL_CACHE:
                known.clear()
            found = known[name] = _canonical(self, name)
        return found

    @cached_property
    def _canonical_names(self) -> dict[str, str]:
        """The names already looked up (a dict: quicker than a cache keyed on ``self``)."""
        return {}

    def __hash__(self) -> int:  # one instance per process; identity is enough for caching
        return id(self)


def _canonical(fw: Frameworks, name: str) -> str:
    text = _SPACES.sub("", name or "")
    for candidate in (text, text + "指标"):
        if candidate in fw.known_names:
            return candidate
        if candidate in fw.synonyms:
            return fw.synonyms[candidate]
    return text


@cache
def load_frameworks() -> Frameworks:
    """Reads the shipped framework data once."""
    data = json.loads(resource_path("frameworks.json").read_text(encoding="utf-8"))
    return Frameworks(
        skeletons={
            key: tuple((l1, tuple(l2s)) for l1, l2s in value)
            for key, value in data["frameworks"].items()
        },
        accepted={k: tuple(v) for k, v in data["accepted"].items()},
        required=data["required_level1"],
        nonstandard={k: tuple(v) for k, v in data["nonstandard_level1"].items()},
        synonyms=data["synonyms"],
        common_units=tuple(data["common_units"]),
    )


def canonical_name(name: str) -> str:
    """Shortcut for ``load_frameworks().canonical_name(name)``."""
    return load_frameworks().canonical_name(name)
