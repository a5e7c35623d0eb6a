"""A library entry (one third-level indicator with its typical value), the shipped library
read from ``resources/indicator-library.json``, and the kinds of projects it knows.

The shipped file is data: ``kinds`` (key → label and the words of a project name that
show the kind) and ``indicators`` (一级, 二级, name, comparator, unit, typical value,
指标解释, 指标值确定依据 and the kinds it suits; an empty list means every kind).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from jxeditor.resources import resource_path

SHIPPED_FILE = "indicator-library.json"
SHIPPED, USER = "shipped", "user"  # where an entry or a suggestion comes from


@dataclass(frozen=True)
class Kind:
    """A kind of project (培训, 信息系统运维 …) and the words of a name that show it."""

    key: str
    label: str
    keywords: tuple[str, ...]

    def matches(self, project_name: str) -> bool:
        """Whether ``project_name`` contains one of the kind's words."""
        return any(word in project_name for word in self.keywords)


@dataclass(frozen=True)
class Entry:
    """One third-level indicator of a library with its typical value."""

    level1: str
    level2: str
    name: str
    value: str
    comparator: str = ""
    unit: str = ""
    explanation: str = ""
    basis: str = ""
    kinds: tuple[str, ...] = ()
    source: str = SHIPPED


@dataclass(frozen=True)
class ShippedLibrary:
    """The library shipped with the editor."""

    kinds: tuple[Kind, ...]
    entries: tuple[Entry, ...]

    def kinds_of(self, project_name: str) -> frozenset[str]:
        """The keys of the kinds a project name shows (empty when none)."""
        return frozenset(k.key for k in self.kinds if k.matches(project_name))

    def kind_label(self, key: str) -> str:
        for kind in self.kinds:
            if kind.key == key:
                return kind.label
        return key


def _entry(row: dict[str, Any]) -> Entry:
    return Entry(
        level1=str(row["level1"]), level2=str(row["level2"]), name=str(row["name"]),
        value=str(row["value"]), comparator=str(row.get("comparator", "")),
        unit=str(row.get("unit", "")), explanation=str(row.get("explanation", "")),
        basis=str(row.get("basis", "")), kinds=tuple(row.get("kinds", ())),
    )


def read_shipped(path: Path) -> ShippedLibrary:
    """Reads a library file in the shipped format."""
    data = json.loads(path.read_text(encoding="utf-8"))
    kinds = tuple(
        Kind(key, str(info["label"]), tuple(info["keywords"]))
        for key, info in data["kinds"].items()
    )
    return ShippedLibrary(kinds, tuple(_entry(row) for row in data["indicators"]))


@cache
def shipped_library() -> ShippedLibrary:
    """The shipped library, read once."""
    return read_shipped(resource_path(SHIPPED_FILE))
