"""The one entry point: reading and writing by file extension."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import two_projects
from fixture_paths import FIXTURES, SAMPLES

from jxeditor.document.document import Document
from jxeditor.errors import FileFormatError
from jxeditor.formats import json_format
from jxeditor.formats.documents import READ_SUFFIXES, WRITE_SUFFIXES, load_document, save_document
from jxeditor.storage.atomic import backup_path


def test_formats_dispatch(tmp_path: Path) -> None:
    doc = two_projects()
    for name in ("a.xlsx", "a.json"):
        save_document(doc, tmp_path / name)
        again, notices = load_document(tmp_path / name)
        assert again == doc and notices == []
    for name in ("a.xls", "a.ods", "a.csv"):
        with pytest.raises(FileFormatError):
            save_document(doc, tmp_path / name)
    with pytest.raises(FileFormatError, match="不支持的文件类型"):
        load_document(tmp_path / "a.docx")
    doc_xls, _ = load_document(FIXTURES / "xlsx-export-sample.xls")
    assert doc_xls == json_format.load(FIXTURES / "xlsx-export-sample.json")


def test_text_files_become_documents_with_their_notices(tmp_path: Path) -> None:
    doc, notices = load_document(SAMPLES / "dalian-hitech-finance-2026.txt")
    assert notices == [] and len(doc.projects) == 12
    tsv = tmp_path / "表.TSV"  # the extension is compared in lower case
    tsv.write_text("项目名称\t某项目\n主管部门\t甲局\t神秘\n", encoding="utf-8")
    doc, notices = load_document(tsv)
    assert [p.name for p in doc.projects] == ["某项目"]
    assert doc.money_unit == "万元" and doc.framework == "2015"
    assert notices == ["第 2 行第 3 列：无法归入表格的内容“神秘”"]


def test_xlsx_save_keeps_the_previous_version_on_request(tmp_path: Path) -> None:
    path = tmp_path / "表.xlsx"
    first = two_projects()
    save_document(first, path, keep_backup=True)
    assert not backup_path(path).exists()
    second = two_projects()
    second.reporting_unit = "第二版"
    save_document(second, path, keep_backup=True)
    assert load_document(backup_path(path).rename(tmp_path / "旧.xlsx"))[0] == first
    assert load_document(path)[0] == second


def test_no_extension_is_named_in_the_message(tmp_path: Path) -> None:
    with pytest.raises(FileFormatError, match="（无扩展名）"):
        load_document(tmp_path / "README")
    with pytest.raises(FileFormatError, match="（无扩展名）"):
        save_document(Document(), tmp_path / "README")


def test_suffix_lists() -> None:
    assert set(WRITE_SUFFIXES) <= set(READ_SUFFIXES)
    assert ".json" in WRITE_SUFFIXES and ".xlsx" in WRITE_SUFFIXES


def test_jxd_is_the_json_document_under_the_registered_extension(tmp_path: Path) -> None:
    doc = two_projects()
    save_document(doc, tmp_path / "表格.jxd")
    save_document(doc, tmp_path / "表格.json")
    assert (tmp_path / "表格.jxd").read_bytes() == (tmp_path / "表格.json").read_bytes()
    assert load_document(tmp_path / "表格.jxd")[0] == doc
    (tmp_path / "表格.json").rename(tmp_path / "改名.jxd")  # a .json renamed reads the same
    assert load_document(tmp_path / "改名.jxd")[0] == doc
    assert ".jxd" in READ_SUFFIXES and ".jxd" in WRITE_SUFFIXES
