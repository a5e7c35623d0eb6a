"""The hidden sheet ``_jxeditor``: the exact document and a digest of every visible sheet.

Written by the export, read first by the import. Row by row (column A says what the
row holds):

* ``jxeditor-xlsx | 1 | note``: the magic and the format version;
* ``sheet | role | title | project index | digest | XML digest``: one per visible sheet,
  role ``department`` (the 部门整体 sheet), ``summary``, ``list`` or ``project``; the digest is
  :func:`~jxeditor.formats.xlsx.common.grid_digest` of the sheet's cell texts, so the
  reader can tell a sheet edited after export (and find a renamed one); the XML digest
  (added later, so it may be missing) is the SHA-256 of the sheet's ``<sheetData>``
  XML as written, or empty: while it still matches, the sheet is unchanged and the
  reader need not read its cells (:mod:`~jxeditor.formats.xlsx.unchanged`);
* ``json-sha256 | digest | chunk count``: the SHA-256 of the document's JSON;
* ``json | chunk``: the JSON of :mod:`jxeditor.formats.json_format`, compressed and
  base64-encoded, in cells of at most 32,000 characters.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from jxeditor.document.document import Document
from jxeditor.errors import FileFormatError
from jxeditor.formats.json_format import json_pieces, loads
from jxeditor.formats.xlsx.common import (
    META_MAGIC,
    META_SHEET,
    META_VERSION,
    cell_text,
    grid_digest,
)
from jxeditor.formats.xlsx.sheet_plan import CellValue, SheetPlan
from jxeditor.storage.gc_pause import paused_gc

CHUNK = 32000
MAX_JSON_BYTES = 256 * 1024 * 1024


# -- writing ----------------------------------------------------------------------------
def document_blob(doc: Document) -> tuple[list[str], str]:
    """The document's JSON, compressed, base64 in chunks; and the JSON's SHA-256. The
    JSON is made, hashed and compressed project by project: never one string."""
    packer, digest, packed = zlib.compressobj(3), hashlib.sha256(), []  # 3: 4× faster than 6
    for piece in json_pieces(doc, compact=True, ascii_only=True):
        raw = piece.encode("ascii")
        digest.update(raw)
        packed.append(packer.compress(raw))
    packed.append(packer.flush())
    text = base64.b64encode(b"".join(packed)).decode("ascii")
    chunks = [text[i:i + CHUNK] for i in range(0, len(text), CHUNK)] or [""]
    return chunks, digest.hexdigest()


SheetDigest = tuple[str, int | None, str, str]  # role, project index, title, sheet_digest


def meta_plan(doc: Document, plans: list[tuple[str, int | None, SheetPlan]]) -> SheetPlan:
    """The hidden sheet for ``doc`` and its visible sheets: (role, project index, plan)."""
    return meta_plan_of(doc, [(role, index, sheet.title, sheet_digest(sheet))
                              for role, index, sheet in plans])


def sheet_digest(plan: SheetPlan) -> str:
    """:func:`~jxeditor.formats.xlsx.common.grid_digest` of a visible sheet's cell texts."""
    return grid_digest(_grid(plan))


def meta_plan_of(doc: Document, sheets: list[SheetDigest]) -> SheetPlan:
    """As :func:`meta_plan`, from each visible sheet's role, project index, title and
    :func:`sheet_digest` (the export drops each sheet's plan once it is written)."""
    plan = SheetPlan(title=META_SHEET, widths=[12, 40, 10, 70], state="hidden")

    def add(*values: CellValue) -> None:
        plan.rows.append([(v, "list", None) for v in values])

    add(META_MAGIC, META_VERSION, "本工作表由 jxeditor 生成，保存完整的文档数据，请勿修改")
    for role, index, title, digest in sheets:
        add("sheet", role, title, "" if index is None else str(index), digest)
    chunks, digest = document_blob(doc)
    add("json-sha256", digest, str(len(chunks)))
    for chunk in chunks:
        add("json", chunk)
    return plan


def _grid(plan: SheetPlan) -> Iterator[list[str]]:
    """:meth:`SheetPlan.grid`, faster (nearly every value is text already), row by row
    (the digest takes them so: the 指标清单 of 5,000 projects is not copied whole)."""
    return ([c[0] if c and c[0].__class__ is str else cell_text(c and c[0]) for c in row]
            for row in plan.rows)


def add_xml_digests(plan: SheetPlan, digests: dict[str, str]) -> None:
    """Puts the XML digest of each visible sheet (by title, as written) on its ``sheet``
    row of the hidden sheet's plan."""
    for row in plan.rows:
        if row and row[0] and row[0][0] == "sheet" and len(row) == 5 and row[2]:
            row.append((digests.get(str(row[2][0]), ""), "list", None))


# -- reading ----------------------------------------------------------------------------
@dataclass
class SheetEntry:
    """One ``sheet`` row: what a visible sheet was at export."""

    role: str
    name: str
    index: int | None
    digest: str
    xml_digest: str = ""


@dataclass
class HiddenData:
    """The hidden sheet, read: the sheets at export and the exact document."""

    entries: list[SheetEntry]
    doc: Document


def parse_meta(rows: list[list[str]], path: Path,
               max_json: int = MAX_JSON_BYTES) -> tuple[HiddenData | None, str | None]:
    """The hidden sheet's data from its cell texts, or None and why it cannot be used
    (among others: JSON longer than ``max_json`` bytes)."""
    if not rows or rows[0][:1] != [META_MAGIC]:
        return None, "隐藏工作表“_jxeditor”不是本程序写入的数据"
    if rows[0][1:2] != [META_VERSION]:
        return None, "隐藏工作表“_jxeditor”的数据版本较新，本程序无法读取"
    entries: list[SheetEntry] = []
    chunks: list[str] = []
    digest = ""
    for row in rows[1:]:
        kind = row[0] if row else ""
        if kind == "sheet" and len(row) >= 5:
            index = int(row[3]) if row[3].isdigit() else None
            entries.append(SheetEntry(row[1], row[2], index, row[4], (row[5:6] or [""])[0]))
        elif kind == "json-sha256" and len(row) >= 2:
            digest = row[1]
        elif kind == "json" and len(row) >= 2:
            chunks.append(row[1])
    text = _unpack("".join(chunks), max_json, digest)
    if text is None:
        return None, "隐藏工作表“_jxeditor”中的数据不完整或已被改动"
    try:
        with paused_gc():  # thousands of projects made in one go
            doc = loads(text, path)
    except FileFormatError as error:
        return None, f"隐藏工作表“_jxeditor”中的数据无法读取（{error.message}）"
    return HiddenData(entries, doc), None


def _unpack(packed: str, max_json: int, digest: str) -> str | None:
    """The JSON text, when it unpacks within ``max_json`` bytes to the SHA-256 ``digest``
    (checked on the bytes: the text is not encoded a second time to check it)."""
    try:
        raw = base64.b64decode(packed.encode("ascii"), validate=True)
        inflater = zlib.decompressobj()
        data = inflater.decompress(raw, max_json)
        if inflater.unconsumed_tail or not inflater.eof \
                or hashlib.sha256(data).hexdigest() != digest:
            return None
        return data.decode("ascii")
    except (binascii.Error, zlib.error, UnicodeError, ValueError):
        return None
