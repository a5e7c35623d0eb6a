"""The user's own library: the indicators of every document learned, in a JSON file.

:func:`rows_of` takes a document apart into :class:`Learned` rows (quick: the editor does
it in the GUI thread and hands the rows to a background thread); :meth:`UserLibrary.learn`
writes them. A project is known by its name, department and year: learning it again
(the file saved after an edit) replaces its indicators, so nothing is counted twice.
Every write bumps :meth:`UserLibrary.generation`, so a cached index knows it is stale.

The file (``indicator-library.json`` in the data folder; its format, atomic writes, the
lock that lets two editors learn at once, and what happens to a corrupt file are in
:mod:`jxeditor.library.libfile`) is kept in memory and read again only when another
process replaced it. Any thread may use the library (one lock per library). Reading
never raises: a corrupt or unreadable file gives an empty library and a notice
(:meth:`UserLibrary.take_notices`); a write that fails raises :class:`FileFormatError`
with a Chinese message. The SQLite file of earlier versions is not read (no migration:
the library is learned again from the files the user opens or saves).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple, TypeVar

from jxeditor.document.document import Document
from jxeditor.document.model import iter_indicators
from jxeditor.library.libfile import (
    Project,
    Stamp,
    State,
    file_stamp,
    locked,
    read_for_change,
    read_library,
    write_library,
)

LIBRARY_FILE = "indicator-library.json"
T = TypeVar("T")


class Learned(NamedTuple):
    """One indicator of one project as the library keeps it (a tuple: a document of
    25,000 indicators is taken apart in a few tens of milliseconds)."""

    project: str
    department: str
    year: int
    level1: str
    level2: str
    name: str
    value: str
    explanation: str = ""
    basis: str = ""


@dataclass(frozen=True)
class Stored:
    """A learned indicator with its row id (for removing it) and when it was learned."""

    id: int
    row: Learned
    learned: float


def rows_of(doc: Document) -> list[Learned]:
    """Every named third-level indicator of every named project of ``doc``."""
    rows: list[Learned] = []
    for project in doc.projects:
        name = project.name.strip()
        if not name:
            continue
        department = project.department.strip()
        for _path, l1, l2, ind in iter_indicators(project):
            if ind.name.strip():
                rows.append(Learned(
                    name, department, doc.year, l1.name.strip(), l2.name.strip(),
                    ind.name.strip(), ind.value.strip(), ind.description.strip(),
                    ind.basis.strip(),
                ))
    return rows


def _by_project(rows: Iterable[Learned]) -> dict[tuple[str, str, int], list[Learned]]:
    groups: dict[tuple[str, str, int], list[Learned]] = {}
    for row in rows:
        groups.setdefault((row.project, row.department, row.year), []).append(row)
    return groups


class UserLibrary:
    """The library file at ``path`` (created on the first write, with its folder)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        self._state: State | None = None
        self._stamp: Stamp | None = None
        self._notices: list[str] = []

    # == the file ==========================================================================
    def _current(self) -> State:
        """The library as on disk now (call holding ``_lock``)."""
        stamp = file_stamp(self.path)
        if self._state is None or stamp != self._stamp:
            before = self._state.generation if self._state is not None else 0
            found = read_library(self.path, before)
            if self._state is not None and found.state.generation <= before:
                found.state.generation = before + 1  # a file made anew: still a change
            self._state, self._stamp = found.state, found.stamp
            if found.notice:
                self._notices.append(found.notice)
        return self._state

    def _change(self, change: Callable[[State], T]) -> T:
        """Applies ``change`` to the library as on disk (under the file lock: another
        editor's rows are kept) and writes it with a new generation."""
        with self._lock, locked(self.path):
            state = self._state
            if state is None or file_stamp(self.path) != self._stamp:
                found = read_for_change(self.path)
                if found.notice:
                    self._notices.append(found.notice)
                if state is not None and found.stamp is None:
                    found.state.generation = max(found.state.generation, state.generation)
                state = found.state
            self._state = None  # until written: a failure leaves nothing half changed here
            result = change(state)
            state.generation += 1
            self._stamp = write_library(self.path, state)
            self._state = state
            return result

    def take_notices(self) -> list[str]:
        """What went wrong with the file since last asked (a corrupt file set aside …), in
        Chinese, for the user; then forgets it."""
        with self._lock:
            notices, self._notices = self._notices, []
        return notices

    def generation(self) -> int:
        """A number that changes with every write (0 for a new library)."""
        with self._lock:
            return self._current().generation

    # == writing ===========================================================================
    def learn(self, rows: Iterable[Learned], source: str = "", *, replace: bool = True) -> int:
        """Adds the rows' projects; a project already known gets these indicators instead
        of its old ones (``replace``) or in addition to those it lacks. Returns how many
        indicators were written."""
        groups = _by_project(rows)
        if not groups:
            return 0
        now = time.time()

        def change(state: State) -> int:
            written = 0
            for key, items in groups.items():
                found = state.keys.get(key)
                if found is None:
                    project = Project(state.next_id, key[0], key[1], key[2], source, now, [])
                    state.next_id += 1
                    state.projects[project.id] = project
                    state.keys[key] = project.id
                else:
                    project = state.projects[found]
                    project.learned, project.source = now, source
                    if replace:
                        project.rows = []
                have = {(r[2], r[3], r[4]) for r in project.rows}
                first = state.next_id
                new = [(first + i, r.level1, r.level2, r.name, r.value, r.explanation, r.basis)
                       for i, r in enumerate(
                           r for r in items if (r.level2, r.name, r.value) not in have)]
                state.next_id += len(new)
                project.rows.extend(new)
                written += len(new)
            return written

        return self._change(change)

    def learn_document(self, doc: Document, source: str = "") -> int:
        """Learns every indicator of ``doc`` (see :meth:`learn`)."""
        return self.learn(rows_of(doc), source)

    def remove(self, ids: Iterable[int]) -> int:
        """Removes learned indicators by id (and projects left without any)."""
        chosen = {int(i) for i in ids}

        def change(state: State) -> int:
            count = 0
            for project in list(state.projects.values()):
                kept = [r for r in project.rows if r[0] not in chosen]
                count += len(project.rows) - len(kept)
                project.rows = kept
                if not kept:
                    del state.projects[project.id]
                    del state.keys[(project.name, project.department, project.year)]
            return count

        return self._change(change)

    def clear(self) -> None:
        """Forgets everything learned."""

        def change(state: State) -> None:
            state.projects.clear()
            state.keys.clear()

        self._change(change)

    # == reading ===========================================================================
    def entries(self, text: str = "", limit: int | None = None) -> list[Stored]:
        """The learned indicators, newest project first, those whose name, value, group
        or project contain ``text`` (all when empty; letters in either case)."""
        wanted = text.strip().casefold()
        out: list[Stored] = []
        with self._lock:
            state = self._current()
            newest = sorted(state.projects.values(), key=lambda p: (p.learned, p.id),
                            reverse=True)
            for p in newest:
                in_project = bool(wanted) and (
                    wanted in p.name.casefold() or wanted in p.department.casefold())
                for r in p.rows:
                    if limit is not None and len(out) >= limit:
                        return out
                    if wanted and not in_project and not any(
                            wanted in field.casefold() for field in (r[3], r[4], r[2])):
                        continue
                    out.append(Stored(r[0], Learned(p.name, p.department, p.year, *r[1:]),
                                      p.learned))
        return out

    def projects(self) -> list[tuple[int, str, str, int, float]]:
        """(id, name, department, year, learned) of every learned project."""
        with self._lock:
            return [(p.id, p.name, p.department, p.year, p.learned)
                    for p in self._current().projects.values()]

    def project_rows(self, project_id: int) -> list[Learned]:
        """The indicators of one learned project, in their order."""
        with self._lock:
            p = self._current().projects.get(project_id)
            if p is None:
                return []
            return [Learned(p.name, p.department, p.year, *r[1:]) for r in p.rows]

    def index_rows(self) -> list[tuple[str, str, str, str, str, str, int, float]]:
        """(level1, level2, name, value, explanation, project, year, learned) of every
        learned indicator, oldest first: what the suggestion index is built from."""
        with self._lock:
            projects = sorted(
                (p for p in self._current().projects.values() if p.rows),
                key=lambda p: (p.year, p.learned, p.rows[0][0]))
            return [(r[1], r[2], r[3], r[4], r[5], p.name, p.year, p.learned)
                    for p in projects for r in p.rows]
