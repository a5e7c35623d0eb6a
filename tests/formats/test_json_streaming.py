"""The JSON written piece by piece (:func:`json_format.json_pieces`): byte for byte what
one ``json.dumps`` of the whole structure gives, and never the whole text in memory while
saving; the reader lets go of the file's bytes and text as soon as the next form is made."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from memory import many_projects, peak_bytes
from strategies import department_documents, documents

from jxeditor.document.document import Document
from jxeditor.formats import json_format
from jxeditor.formats.json_format import document_to_dict, json_pieces


def one_shot(doc: Document) -> str:
    """The text as the writer made it before it streamed: one dump of the whole structure."""
    return json.dumps(document_to_dict(doc), ensure_ascii=False, indent=2) + "\n"


@settings(max_examples=50, deadline=None)
@given(documents | department_documents)
def test_the_pieces_are_the_one_shot_text_byte_for_byte(doc: Document) -> None:
    assert json_format.dumps(doc) == one_shot(doc)
    compact = json.dumps(document_to_dict(doc), ensure_ascii=True, separators=(",", ":"))
    assert "".join(json_pieces(doc, compact=True, ascii_only=True)) == compact


def test_save_writes_the_one_shot_bytes(tmp_path: Path) -> None:
    for doc in (Document(), many_projects(3)):
        json_format.save(doc, tmp_path / "doc.json")
        assert (tmp_path / "doc.json").read_bytes() == one_shot(doc).encode("utf-8")


def test_saving_holds_one_project_at_a_time_not_the_whole_text(tmp_path: Path) -> None:
    doc, path = many_projects(200), tmp_path / "doc.json"
    json_format.save(doc, path)
    size = path.stat().st_size
    # the text, its bytes and the structure at once were nine times the file
    assert peak_bytes(lambda: json_format.save(doc, path)) < size / 2


def test_reading_does_not_keep_the_bytes_and_the_text_while_building(tmp_path: Path) -> None:
    doc, path = many_projects(200), tmp_path / "doc.json"
    json_format.save(doc, path)
    size = path.stat().st_size
    assert json_format.load(path) == doc
    # bytes, text, parsed structure and document all at once were 7.2 times the file
    assert peak_bytes(lambda: json_format.load(path)) < 6 * size
