"""The user's own library: the indicators of every document learned, in a SQLite file.

:func:`rows_of` takes a document apart into :class:`Learned` rows (quick: the editor does
it in the GUI thread and hands the rows to a background thread); :meth:`UserLibrary.learn`
writes them. A project is known by its name, department and year: learning it again
(the file saved after an edit) replaces its indicators, so nothing is counted twice.
Every write bumps :meth:`UserLibrary.generation`, so a cached index knows it is stale.
Each call opens its own connection, so any thread may use the library.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from jxeditor.document.document import Document
from jxeditor.document.model import iter_indicators

LIBRARY_FILE = "indicator-library.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS projects (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, department TEXT NOT NULL,
    year INTEGER NOT NULL, source TEXT NOT NULL DEFAULT '', learned REAL NOT NULL,
    UNIQUE (name, department, year));
CREATE TABLE IF NOT EXISTS indicators (
    id INTEGER PRIMARY KEY,
    project INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, level1 TEXT NOT NULL, level2 TEXT NOT NULL,
    name TEXT NOT NULL, value TEXT NOT NULL, explanation TEXT NOT NULL, basis TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS indicators_project ON indicators(project);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
"""


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
    """The SQLite library at ``path`` (created on first use, with its folder)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._ready = False

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        if not self._ready:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(self.path, timeout=10)) as db:
            db.execute("PRAGMA foreign_keys = ON")
            if not self._ready:
                db.executescript(_SCHEMA)
                self._ready = True
            with db:  # one transaction
                yield db

    @staticmethod
    def _bump(db: sqlite3.Connection) -> None:
        db.execute(
            "INSERT INTO meta VALUES ('generation', 1) "
            "ON CONFLICT(key) DO UPDATE SET value = value + 1"
        )

    def generation(self) -> int:
        """A number that changes with every write (0 for a new library)."""
        with self._connect() as db:
            found = db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        return int(found[0]) if found else 0

    def learn(self, rows: Iterable[Learned], source: str = "", *, replace: bool = True) -> int:
        """Adds the rows' projects; a project already known gets these indicators instead
        of its old ones (``replace``) or in addition to those it lacks. Returns how many
        indicators were written."""
        groups = _by_project(rows)
        if not groups:
            return 0
        now = time.time()
        written = 0
        with self._connect() as db:
            for (name, department, year), items in groups.items():
                found = db.execute(
                    "SELECT id FROM projects WHERE name = ? AND department = ? AND year = ?",
                    (name, department, year),
                ).fetchone()
                if found is None:
                    project = db.execute(
                        "INSERT INTO projects (name, department, year, source, learned) "
                        "VALUES (?, ?, ?, ?, ?)", (name, department, year, source, now),
                    ).lastrowid
                    have: set[tuple[str, str, str]] = set()
                else:
                    project = int(found[0])
                    db.execute("UPDATE projects SET learned = ?, source = ? WHERE id = ?",
                               (now, source, project))
                    if replace:
                        db.execute("DELETE FROM indicators WHERE project = ?", (project,))
                        have = set()
                    else:
                        have = set(db.execute(
                            "SELECT level2, name, value FROM indicators WHERE project = ?",
                            (project,)))
                new = [r for r in items if (r.level2, r.name, r.value) not in have]
                db.executemany(
                    "INSERT INTO indicators (project, position, level1, level2, name, value, "
                    "explanation, basis) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [(project, i + len(have), r.level1, r.level2, r.name, r.value,
                      r.explanation, r.basis) for i, r in enumerate(new)],
                )
                written += len(new)
            self._bump(db)
        return written

    def learn_document(self, doc: Document, source: str = "") -> int:
        """Learns every indicator of ``doc`` (see :meth:`learn`)."""
        return self.learn(rows_of(doc), source)

    def entries(self, text: str = "", limit: int | None = None) -> list[Stored]:
        """The learned indicators, newest project first, those whose name, value, group
        or project contain ``text`` (all when empty)."""
        sql = (
            "SELECT i.id, p.name, p.department, p.year, i.level1, i.level2, i.name, i.value, "
            "i.explanation, i.basis, p.learned FROM indicators i JOIN projects p "
            "ON p.id = i.project"
        )
        args: list[object] = []
        if text.strip():
            like = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace(
                "_", "\\_") + "%"
            sql += (" WHERE i.name LIKE ? ESCAPE '\\' OR i.value LIKE ? ESCAPE '\\' "
                    "OR i.level2 LIKE ? ESCAPE '\\' OR p.name LIKE ? ESCAPE '\\' "
                    "OR p.department LIKE ? ESCAPE '\\'")
            args = [like] * 5
        sql += " ORDER BY p.learned DESC, p.id DESC, i.position"
        if limit is not None:
            sql += " LIMIT ?"
            args.append(limit)
        with self._connect() as db:
            found = db.execute(sql, args).fetchall()
        return [Stored(int(r[0]), Learned(*r[1:10]), float(r[10])) for r in found]

    def remove(self, ids: Iterable[int]) -> int:
        """Removes learned indicators by id (and projects left without any)."""
        chosen = [(int(i),) for i in ids]
        with self._connect() as db:
            count = db.executemany("DELETE FROM indicators WHERE id = ?", chosen).rowcount
            db.execute("DELETE FROM projects WHERE id NOT IN (SELECT project FROM indicators)")
            self._bump(db)
        return max(count, 0)

    def clear(self) -> None:
        """Forgets everything learned."""
        with self._connect() as db:
            db.execute("DELETE FROM indicators")
            db.execute("DELETE FROM projects")
            self._bump(db)

    def projects(self) -> list[tuple[int, str, str, int, float]]:
        """(id, name, department, year, learned) of every learned project."""
        with self._connect() as db:
            found = db.execute(
                "SELECT id, name, department, year, learned FROM projects").fetchall()
        return [(int(r[0]), r[1], r[2], int(r[3]), float(r[4])) for r in found]

    def project_rows(self, project_id: int) -> list[Learned]:
        """The indicators of one learned project, in their order."""
        with self._connect() as db:
            found = db.execute(
                "SELECT p.name, p.department, p.year, i.level1, i.level2, i.name, i.value, "
                "i.explanation, i.basis FROM indicators i JOIN projects p ON p.id = i.project "
                "WHERE p.id = ? ORDER BY i.position", (project_id,),
            ).fetchall()
        return [Learned(*r) for r in found]

    def index_rows(self) -> list[tuple[str, str, str, str, str, str, int, float]]:
        """(level1, level2, name, value, explanation, project, year, learned) of every
        learned indicator, oldest first: what the suggestion index is built from."""
        with self._connect() as db:
            return db.execute(
                "SELECT i.level1, i.level2, i.name, i.value, i.explanation, p.name, p.year, "
                "p.learned FROM indicators i JOIN projects p ON p.id = i.project "
                "ORDER BY p.year, p.learned, i.id"
            ).fetchall()
