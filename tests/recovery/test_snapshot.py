"""The autosave's snapshot cache: equal to a fresh conversion, converting only what changed."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from builders import clean_project

from jxeditor.document.document import Document
from jxeditor.document.model import Indicator
from jxeditor.formats import json_format
from jxeditor.recovery.snapshot import SnapshotCache


def _named(name: str):
    p = clean_project()
    p.name = name
    return p


def _doc(n: int = 4) -> Document:
    return Document(reporting_unit="示例局", projects=[_named(f"项目{i}") for i in range(n)])


def test_snapshot_follows_every_kind_of_change() -> None:
    doc = _doc()
    cache = SnapshotCache(doc)
    assert json.loads(cache.document_text()) == json_format.document_to_dict(doc)
    assert cache.converted == 4
    assert json.loads(cache.document_text()) == json_format.document_to_dict(doc) and cache.converted == 0

    doc.set_project_field(doc.projects[1], "name", "改名")
    assert json.loads(cache.document_text()) == json_format.document_to_dict(doc) and cache.converted == 1
    doc.set_node_field(doc.projects[2], (0, 0, 0), "value", "≥5个")
    doc.insert_node(doc.projects[3], (0, 0), 0, Indicator("新指标", "按时"))
    assert json.loads(cache.document_text()) == json_format.document_to_dict(doc) and cache.converted == 2
    doc.move_project(0, 3)
    doc.insert_project(1, copy.deepcopy(doc.projects[0]))
    assert json.loads(cache.document_text()) == json_format.document_to_dict(doc) and cache.converted == 1
    removed = doc.remove_project(2)
    removed.name = "在文档之外改的"  # changed while outside the document, then put back
    doc.insert_project(2, removed)
    assert json.loads(cache.document_text()) == json_format.document_to_dict(doc) and cache.converted == 1
    doc.set_document_field("year", 2027)
    assert json.loads(cache.document_text()) == json_format.document_to_dict(doc) and cache.converted == 0
    doc.replace_all(_doc(2))
    assert json.loads(cache.document_text()) == json_format.document_to_dict(doc) and cache.converted == 2


def test_recovery_copy_from_the_snapshot_reads_back(tmp_path: Path) -> None:
    from jxeditor.recovery.store import RecoveryStore, absolute_path

    doc = _doc(3)
    cache = SnapshotCache(doc)
    store = RecoveryStore(tmp_path)
    slot = store.new_slot()
    store.write_in_background(slot, cache.document_text(), "表.json", "/data/表.json").join()
    doc.set_project_field(doc.projects[0], "name", "写完之后改的")  # the copy holds the state when taken
    (entry,) = store.entries()
    assert (entry.title, entry.original) == ("表.json", absolute_path("/data/表.json"))
    loaded = store.load(entry)
    assert loaded.projects[0].name == "项目0" and loaded.projects[1:] == doc.projects[1:]


def test_close_stops_following() -> None:
    doc = _doc(1)
    cache = SnapshotCache(doc)
    cache.close()
    assert cache._on_change not in doc._listeners
