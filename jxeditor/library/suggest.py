"""Suggestions of third-level indicators for a 一级, 二级 and project name, from the user's
library and the shipped one, best first.

The user's indicators are grouped by 二级 and name (:class:`_Group`: how often used, the
last value, the projects that used it). A group is scored by how alike the new project
is to the projects that used it (character n-grams of the names and of the purpose texts,
:func:`jxeditor.library.similarity.likeness`), how often and how recently it was used; one that *fits* (a similar project, or used
often) is put before every shipped entry. A shipped entry is scored by whether it suits
the kinds of project the name shows (培训, 信息系统运维 …). What was typed so far filters
and weighs both (a prefix best). Nothing unrelated is offered: a suggestion is about what
was typed (:func:`~jxeditor.library.similarity.talks_about`: more than a character or a
measure such as 数量 in common), or suits the project (a shipped entry of its kind or of
every kind; the user's own from a project at least :data:`RELATED_SIMILARITY` alike).
A shipped entry the user also has becomes one suggestion carrying the user's last value.

The index is built once per library generation (:meth:`Suggester.refresh`, which a
background thread may call: the new index replaces the old one in one assignment); a
keystroke only scores the groups of one 二级; the new project's likeness to every learned
project is computed once per project name and purpose, not per keystroke.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from jxeditor.document.frameworks import load_frameworks
from jxeditor.document.values import parse_value
from jxeditor.library.entries import SHIPPED, USER, Entry, ShippedLibrary, shipped_library
from jxeditor.library.similarity import (
    dice,
    grams,
    likeness,
    purpose_grams,
    talks_about,
    text_match,
)
from jxeditor.library.store import UserLibrary

# The 2015 framework's 产出/成本指标 and the 2021 framework's 经济成本指标 hold the same
# indicators: each is offered the other's shipped entries too.
_LEVEL2_ALIASES: dict[str, tuple[str, ...]] = {
    "成本指标": ("经济成本指标",),
    "经济成本指标": ("成本指标",),
}
FIT_SIMILARITY = 0.4  # a user's entry fits when a project that used it is this alike …
FIT_COUNT = 3  # … or when it was used this often
RELATED_SIMILARITY = 0.2  # a user's entry not about what was typed: offered from this alike


@dataclass(frozen=True)
class Suggestion:
    """One suggested indicator, with its typical value."""

    name: str
    value: str
    unit: str
    explanation: str
    source: str  # USER or SHIPPED
    level1: str = ""
    level2: str = ""
    basis: str = ""
    score: float = 0.0

    def to_json(self) -> dict[str, str]:
        return {"name": self.name, "value": self.value, "unit": self.unit,
                "explanation": self.explanation, "source": self.source}


class _Group:
    """The user's uses of one name under one 二级 (built once per index)."""

    __slots__ = ("count", "explanation", "last_year", "level1", "level2", "name", "prior",
                 "projects", "value")

    def __init__(self, level1: str, level2: str, name: str) -> None:
        self.level1, self.level2, self.name = level1, level2, name
        self.value = self.explanation = ""
        self.count = self.last_year = 0
        self.projects: tuple[_ProjectKey, ...] = ()
        self.prior = 0.0  # the part of the score that does not depend on the question


_ProjectKey = tuple[str, str]  # a learned project's name and purpose text


@dataclass(frozen=True)
class _Index:
    generation: int
    groups: dict[str, list[_Group]]  # by canonical 二级
    # every learned project (name, purpose): the grams of its name and of its purpose
    projects: dict[_ProjectKey, tuple[frozenset[str], frozenset[str]]]


def _index(rows: Iterable[Sequence[object]], generation: int) -> _Index:
    """The index of ``rows``: (level1, level2, name, value, explanation, project, year,
    learned[, purpose]), oldest first. Linear in the rows: 10,000 learned projects
    (125,000 indicators) in well under a second."""
    canonical_name = load_frameworks().canonical_name
    canonical: dict[str, str] = {}  # the few distinct 一级/二级 names, each spelled once
    by_key: dict[tuple[str, str], _Group] = {}
    # the projects of each group in the order first seen (a dict: a tuple's `in` and `+=`
    # made building quadratic, 10,000 projects took minutes)
    used_by: dict[tuple[str, str], dict[_ProjectKey, None]] = {}
    projects: dict[_ProjectKey, tuple[frozenset[str], frozenset[str]]] = {}
    for row in rows:
        level2, name = str(row[1]), str(row[2])
        known: _ProjectKey = (str(row[5]), str(row[8]) if len(row) > 8 else "")
        l2 = canonical.get(level2)
        if l2 is None:
            l2 = canonical[level2] = canonical_name(level2)
        key = (l2, name)
        group = by_key.get(key)
        if group is None:
            level1 = str(row[0])
            l1 = canonical.get(level1)
            if l1 is None:
                l1 = canonical[level1] = canonical_name(level1)
            group = by_key[key] = _Group(l1, l2, name)
            used_by[key] = {}
            grams(name)  # computed here, in the background, not at a keystroke
        group.count += 1
        value, explanation, year = row[3], row[4], row[6]
        if value:  # rows come oldest first: the last value wins
            group.value = str(value)
        if explanation:
            group.explanation = str(explanation)
        year = year if isinstance(year, int) else int(str(year))
        if year > group.last_year:
            group.last_year = year
        used_by[key][known] = None
        if known not in projects:
            projects[known] = (grams(known[0]), purpose_grams(known[1]))
    last_year = max((g.last_year for g in by_key.values()), default=0)
    groups: dict[str, list[_Group]] = {}
    for key, group in by_key.items():
        group.projects = tuple(used_by[key])
        often = min(1.0, math.log1p(group.count) / math.log1p(20))
        recent = 1.0 / (1 + max(last_year - group.last_year, 0))
        group.prior = 0.25 * often + 0.15 * recent
        groups.setdefault(group.level2, []).append(group)
    return _Index(generation, groups, projects)


def _unit(value: str, fallback: str = "") -> str:
    parsed = parse_value(value)
    return parsed.unit if parsed.kind in ("quantitative", "range") else fallback


class Suggester:
    """Ranks suggestions from a user library (or none) and the shipped library."""

    def __init__(
        self, user: UserLibrary | None = None, shipped: ShippedLibrary | None = None
    ) -> None:
        self.user = user
        self.shipped = shipped if shipped is not None else shipped_library()
        self._index = _Index(-1, {}, {})
        self._similar: tuple[_ProjectKey, dict[_ProjectKey, float]] = (("", ""), {})
        self._shipped_by_level2: dict[str, list[Entry]] = {}
        canonical = load_frameworks().canonical_name
        for entry in self.shipped.entries:
            self._shipped_by_level2.setdefault(canonical(entry.level2), []).append(entry)

    def refresh(self, force: bool = False) -> None:
        """Rebuilds the index of the user's library when it changed (or ``force``)."""
        if self.user is None:
            return
        generation = self.user.generation()
        if force or generation != self._index.generation:
            self._index = _index(self.user.index_rows(), generation)
            self._similar = (("", ""), {})

    def _project_similarity(self, project: str, purpose: str) -> dict[_ProjectKey, float]:
        """How alike the project named ``project`` for ``purpose`` is to every learned
        project (:func:`likeness`; cached for the last name and purpose)."""
        cached_for, table = self._similar
        if cached_for != (project, purpose) or not table:
            wanted, wanted_purpose = grams(project), purpose_grams(purpose)
            by_name: dict[frozenset[str], float] = {}
            table = {}
            for key, (name_grams, purpose_of) in self._index.projects.items():
                alike = by_name.get(name_grams)
                if alike is None:
                    alike = by_name[name_grams] = dice(wanted, name_grams)
                table[key] = likeness(alike, dice(wanted_purpose, purpose_of)) if (
                    wanted_purpose and purpose_of) else alike
            self._similar = ((project, purpose), table)
        return table

    def suggest(
        self, level1: str, level2: str, project: str, typed: str = "", n: int = 10,
        *, user: bool = True, purpose: str = "",
    ) -> list[Suggestion]:
        """The best ``n`` suggestions for an indicator under ``level1``/``level2`` of a
        project named ``project`` (``purpose``: its purpose text, see
        :func:`~jxeditor.library.similarity.purpose_text`: it tells the project's kind and
        which learned projects it resembles), matching what was ``typed`` so far."""
        canonical = load_frameworks().canonical_name
        l1, l2 = canonical(level1), canonical(level2)
        keys = (l2, *_LEVEL2_ALIASES.get(l2, ())) if l2 else ()
        mine: dict[str, tuple[float, _Group]] = {}
        if user and self.user is not None:
            mine = self._user_scores(l1, keys[:1], project, purpose, typed)
        ranked: list[tuple[float, int, _Group | Entry]] = [
            (score, i, group) for i, (score, group) in enumerate(mine.values())]
        kinds = self.shipped.kinds_of(project + purpose)
        name_grams = grams(project)
        shipped_of: dict[str, Entry] = {}
        for key in keys or tuple(self._shipped_by_level2):
            entries = self._shipped_by_level2.get(key, [])
            for position, entry in enumerate(entries):
                if not keys and canonical(entry.level1) != l1:
                    continue
                if entry.name in mine:
                    shipped_of.setdefault(entry.name, entry)
                    continue
                match = text_match(typed, entry.name)
                if match <= 0:
                    continue
                fits = not entry.kinds or bool(kinds & set(entry.kinds))
                if not fits and not talks_about(typed, entry.name):
                    continue  # of another kind of project, and not what was typed
                if entry.kinds:
                    suits = 1.0 if kinds & set(entry.kinds) else (0.35 if not kinds else 0.1)
                else:
                    suits = 0.6
                typical = 1 - position / len(entries)  # the tables list the usual first
                score = match * (0.75 * suits + 0.15 * dice(name_grams, grams(entry.name))
                                 + 0.1 * typical)
                ranked.append((score, len(ranked), entry))
        best = heapq.nlargest(max(n, 0), ranked, key=lambda item: (item[0], -item[1]))
        return [self._suggestion(score, item, shipped_of) for score, _i, item in best]

    @staticmethod
    def _suggestion(score: float, item: _Group | Entry, shipped_of: dict[str, Entry]) -> Suggestion:
        if isinstance(item, Entry):
            return Suggestion(item.name, item.value, item.unit, item.explanation, SHIPPED,
                              item.level1, item.level2, item.basis, score)
        entry = shipped_of.get(item.name)  # the shipped entry of the same name, if any
        return Suggestion(
            item.name, item.value, _unit(item.value), item.explanation or (
                entry.explanation if entry else ""), USER, item.level1, item.level2,
            entry.basis if entry else "", score)

    def _user_scores(
        self, l1: str, keys: tuple[str, ...], project: str, purpose: str, typed: str
    ) -> dict[str, tuple[float, _Group]]:
        """The score of every learned name that matches, by name (the best group)."""
        index = self._index
        if keys:
            groups: Iterable[_Group] = index.groups.get(keys[0], ())
        else:
            groups = (g for gs in index.groups.values() for g in gs if g.level1 == l1)
        similar = self._project_similarity(project, purpose)
        out: dict[str, tuple[float, _Group]] = {}
        for group in groups:
            match = text_match(typed, group.name)
            if match <= 0:
                continue
            projects = group.projects
            alike = similar.get(projects[0], 0.0) if len(projects) == 1 else max(
                similar.get(p, 0.0) for p in projects)
            if alike < RELATED_SIMILARITY and not talks_about(typed, group.name):
                continue  # from unlike projects, and not what was typed
            score = match * (0.6 * alike + group.prior)
            if alike >= FIT_SIMILARITY or group.count >= FIT_COUNT:
                score += 1.0  # the user's own, when it fits, before any shipped entry
            if group.name not in out or out[group.name][0] < score:
                out[group.name] = (score, group)
        return out
