"""Cheap snapshots of a document for recovery copies: unchanged projects are not converted again.

Turning a 5,000-project document into JSON takes about 2 s, and an
autosave must take that snapshot in the thread that edits the document (a background
thread would see a half-made edit). Between two autosaves a person edits a few projects
at most, so :class:`SnapshotCache` keeps the JSON text of every project and converts
again only the projects the document announced as changed (field and indicator-tree
changes), plus projects it has not seen yet. The snapshot is a plain string,
so the background thread only writes it. (Encoding in that thread would not help: the
JSON encoder holds the interpreter lock, and the window would freeze all the same.)

This relies on the rule the whole editor follows: every change goes through the
document's methods, which announce it. A project taken out of the document (removed)
loses its cached structure, so changes made to it while outside are no risk either.
"""

from __future__ import annotations

import json
from typing import Any

from jxeditor.document.changes import Change, ProjectRemoving, Reset, Resetting, edited_project
from jxeditor.document.document import Document
from jxeditor.document.model import Project
from jxeditor.formats.json_format import document_to_dict, project_to_dict


class SnapshotCache:
    """Follows one document; :meth:`document_text` is its JSON text, made cheaply."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._projects: dict[int, tuple[Project, str]] = {}
        self.converted = 0  # projects converted by the last snapshot (for tests and benchmarks)
        doc.subscribe(self._on_change)

    def close(self) -> None:
        """Stops following the document."""
        self.doc.unsubscribe(self._on_change)
        self._projects.clear()

    def _on_change(self, change: Change) -> None:
        match change:
            case ProjectRemoving(project=project):
                self._projects.pop(id(project), None)
            case Resetting() | Reset():
                self._projects.clear()
            case _:
                edited = edited_project(change)
                if edited is not None:
                    self._projects.pop(id(edited), None)

    def document_text(self) -> str:
        """The document as compact JSON text (format v1, the same structure as
        :func:`jxeditor.formats.json_format.document_to_dict`, without indentation)."""
        kept: dict[int, tuple[Project, str]] = {}
        texts: list[str] = []
        self.converted = 0
        for project in self.doc.projects:
            entry = self._projects.get(id(project))
            if entry is None or entry[0] is not project:
                entry = (project, _compact(project_to_dict(project)))
                self.converted += 1
            kept[id(project)] = entry
            texts.append(entry[1])
        self._projects = kept
        head = _compact(document_to_dict(self.doc, []))
        assert head.endswith("[]}")  # "projects" is the last key
        return head[:-3] + "[" + ",".join(texts) + "]}"


def _compact(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
