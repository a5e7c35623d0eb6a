"""Reading our own export quickly while no sheet of it has changed since export.

The export records in its hidden sheet, for every visible sheet, the SHA-256 of that
sheet's ``<sheetData>`` XML as written (:mod:`~jxeditor.formats.xlsx.hidden_sheet`). While
every worksheet's ``<sheetData>`` still has its digest, no cell was edited, and the
document is exactly the hidden copy: :func:`read_unchanged` then gives the sheets (name,
visibility, the cell-text digest recorded at export) and the hidden data, and the reader
(:func:`jxeditor.formats.xlsx.reader.read_workbook`) applies its usual policy to them
without python-calamine reading a single cell.

What this reads of the file, and how, so that a hostile file gains nothing here:

* the ZIP checks of :mod:`jxeditor.formats.safety` (:func:`~jxeditor.formats.safety.read_file`,
  :func:`~jxeditor.formats.safety.open_archive`: sizes, ratios, member count), then the
  members, CRC-checked and each bounded by its declared size;
* the sheet list (``xl/workbook.xml`` and its relationships) with expat, refused when it
  declares a DTD;
* the hidden sheet's XML, only when it has exactly the form the writer produces
  (a strict regular expression: inline strings, the five XML entities, no DTD, comment or
  other markup), its cells taken from the matches;
* of every other worksheet only the bytes between ``<sheetData>`` and ``</sheetData>``,
  hashed, never parsed.

No parser that the streaming safety scan protects (python-calamine) sees the file on
this path; so the editor reads such a file in its own process, with the members and the
JSON bounded (:func:`jxeditor.formats.child_reader.read_workbook_isolated`). Anything unexpected (a sheet edited, renamed, added, a part missing, another
program's workbook, a hidden sheet from an older version without XML digests) gives
``None``, and the reader takes the full path: every safety check, python-calamine, the
digests of the cell texts.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from jxeditor.formats.safety import ZIP_MAGICS, open_archive, read_file
from jxeditor.formats.sheet_scan import has_dtd
from jxeditor.formats.xlsx.common import META_SHEET
from jxeditor.formats.xlsx.hidden_sheet import MAX_JSON_BYTES, HiddenData, parse_meta

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_WORKSHEET_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"

# The hidden sheet's <sheetData> as the writer produces it, and nothing else.
_TEXT = r"(?:[^<>&\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]++|&(?:amp|lt|gt|quot|apos);)*+"
_CELL = (r'<c r="([A-Z]{1,3})([1-9][0-9]{0,6})" s="[0-9]{1,5}"'
         r'(?:/>| t="inlineStr"><is><t xml:space="preserve">(' + _TEXT + r")</t></is></c>)")
_ROW = (r'<row r="[1-9][0-9]{0,6}"(?: ht="[0-9]{1,4}(?:\.[0-9]{1,6})?" customHeight="1")?>'
        r"(?:" + _CELL + r")*+</row>")
_BODY = re.compile(r"(?:" + _ROW + r")*+")
_CELLS = re.compile(_CELL)
_OOXML_ESCAPE = re.compile(r"_[xX][0-9A-Fa-f]{4}_")
_ENTITIES = (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'"), ("&amp;", "&"))
_OPEN, _CLOSE = b"<sheetData>", b"</sheetData>"


@dataclass(frozen=True)
class UnchangedSheet:
    """A worksheet as the reader's policy needs it: its name, visibility and the
    cell-text digest it had at export (its cells are unchanged)."""

    name: str
    visible: bool
    digest: str


def sheet_data(xml: bytes) -> bytes | None:
    """The bytes between a worksheet's ``<sheetData>`` and ``</sheetData>``, or None."""
    start = xml.find(_OPEN)
    end = xml.find(_CLOSE, start)
    return None if start < 0 or end < 0 else xml[start + len(_OPEN):end]


def _column(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


def strict_rows(xml: bytes) -> list[list[str]] | None:
    """A worksheet's cell texts row by row, when its ``<sheetData>`` has exactly the form
    the writer gives it (inline strings only); else None."""
    body = sheet_data(xml)
    if body is None:
        return None
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if _BODY.fullmatch(text) is None:
        return None
    rows: list[list[str]] = []
    for letters, number, value in _CELLS.findall(text):
        r, c = int(number), _column(letters)
        while len(rows) < r:
            rows.append([])
        row = rows[r - 1]
        while len(row) < c:
            row.append("")
        if "&" in value:
            for entity, char in _ENTITIES:
                value = value.replace(entity, char)
        if _OOXML_ESCAPE.search(value):
            return None  # a reader unescapes _xHHHH_: leave that to the full path
        row[c - 1] = value
    return rows


def _sheet_list(archive: zipfile.ZipFile) -> list[tuple[str, bool, str]] | None:
    """(name, visible, member) of every sheet in workbook order, when all are worksheets."""
    workbook = archive.read("xl/workbook.xml")
    rels = archive.read("xl/_rels/workbook.xml.rels")
    if has_dtd(workbook) or has_dtd(rels):
        return None
    targets = {
        rel.get("Id"): (rel.get("Type"), rel.get("Target") or "")
        for rel in ElementTree.fromstring(rels).iter(f"{_PKG}Relationship")
    }
    sheets: list[tuple[str, bool, str]] = []
    for sheet in ElementTree.fromstring(workbook).iter(f"{_MAIN}sheet"):
        kind, target = targets.get(sheet.get(_REL_ID), (None, ""))
        if kind != _WORKSHEET_TYPE or not target:
            return None
        member = target[1:] if target.startswith("/") else "xl/" + target
        state = sheet.get("state") or "visible"
        sheets.append((sheet.get("name") or "", state == "visible", member))
    return sheets


def _read(path: Path, max_member: int | None,
          max_json: int) -> tuple[list[UnchangedSheet], HiddenData] | None:
    data = read_file(path)
    if not data.startswith(ZIP_MAGICS):
        return None
    with open_archive(path, data) as archive:
        infos = archive.infolist()
        if len({info.filename for info in infos}) != len(infos):
            return None
        if max_member is not None and any(info.file_size > max_member for info in infos):
            return None
        sheets = _sheet_list(archive)
        if not sheets or [s[0] for s in sheets].count(META_SHEET) != 1:
            return None
        meta_member = next(member for name, _v, member in sheets if name == META_SHEET)
        rows = strict_rows(archive.read(meta_member))
        if rows is None:
            return None
        meta, _problem = parse_meta(rows, path, max_json)
        if meta is None:
            return None
        entries = {e.name: e for e in meta.entries}
        found: list[UnchangedSheet] = []
        projects: set[int] = set()
        for name, visible, member in sheets:
            if name == META_SHEET:
                continue
            entry = entries.get(name)
            if entry is None or not entry.xml_digest:
                return None
            if entry.role == "project":
                if entry.index is None or entry.index >= len(meta.doc.projects) \
                        or entry.index in projects:
                    return None
                projects.add(entry.index)
            body = sheet_data(archive.read(member))
            if body is None or hashlib.sha256(body).hexdigest() != entry.xml_digest:
                return None
            found.append(UnchangedSheet(name, visible, entry.digest))
    return found, meta


def read_unchanged(path: Path, *, max_member: int | None = None,
                   max_json: int = MAX_JSON_BYTES) -> tuple[list[UnchangedSheet], HiddenData] | None:
    """The sheets and hidden data of our own export whose sheets are all unchanged since
    export, or None (read it the full way): also when a member of the archive unpacks to
    more than ``max_member`` bytes or the document's JSON to more than ``max_json``.
    Raises :class:`~jxeditor.errors.FileFormatError` only for what the ZIP checks refuse."""
    try:
        return _read(path, max_member, max_json)
    except (KeyError, zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError,
            ValueError, NotImplementedError, RuntimeError, zlib.error,
            ElementTree.ParseError):
        return None
