"""Checks a workbook file before any parser sees it, and refuses hostile or wrong files.

:func:`check_workbook` reads the file once and returns a :class:`CheckedWorkbook`: its
bytes and kind (``"zip"`` for .xlsx/.xlsm/.ods, ``"ole2"`` for .xls) and, for a ZIP, the
XML members as the checks unpacked them (up to :data:`KEEP_BYTES` in all), so that the
readers need not unpack them again. Or it raises
:class:`~jxeditor.errors.FileFormatError` with a Chinese message naming the file:

* a folder, an empty file, a file over :data:`MAX_FILE_BYTES`;
* a password-protected workbook (an OLE2 compound file holding ``EncryptionInfo`` /
  ``EncryptedPackage``: that is how Excel stores an encrypted .xlsx);
* a file that is no workbook at all: text or CSV, an HTML or XML page saved as ".xls",
  a Word document or other ZIP archive, anything else;
* a damaged ZIP archive (bad central directory, bad CRC, a member that decompresses to
  more than it declares);
* a zip bomb: members that together declare more than :data:`MAX_UNPACKED_BYTES`,
  too many members, or a large member with a compression ratio above :data:`MAX_RATIO`.
  Every member is decompressed once here, in bounded chunks, so a member whose declared
  size lies is caught too (Python's zipfile stops at the declared size and checks the CRC);
* a worksheet whose cells the reader would make too much of: a used rectangle over
  :data:`MAX_CELLS` cells (a value in ``XFD1048576``; all sheets over
  :data:`MAX_TOTAL_CELLS`: python-calamine makes the whole rectangle at once and aborts
  the process when that allocation fails), over :data:`MAX_TEXT_CHARS` characters in all
  (a shared string counted once per cell that uses it, repeated .ods cells per repeat),
  over :data:`MAX_IDLE_ELEMENTS` elements giving no cell content (all parts over
  :data:`MAX_TOTAL_IDLE_ELEMENTS`: 100 MB of empty rows is seconds of parsing). Every
  member that looks like XML, whatever its name, is measured by a streaming parser
  (:mod:`jxeditor.formats.sheet_scan`) that finds the cells as the reader does (any
  quoting or case of ``r``, cells and rows without one; in .ods the repeated rows and
  columns); a worksheet in the usual spelling by C-speed bounds first
  (:mod:`jxeditor.formats.part_bounds`), never below those measures, the parser deciding
  whenever a bound is over a limit;
* XML with a document type declaration (``<!DOCTYPE``, hence ``<!ENTITY``): entity
  expansion ("billion laughs") and external entities are refused. Office files never
  contain a DTD. Only the prolog (before the root element) can hold one, and that is
  what is scanned, in UTF-8 and UTF-16.

python-calamine (the reader) does not expand DTD entities (quick-xml leaves custom
entity references unresolved or fails on them), so this check is defence in depth and
gives a clear message instead of garbled text. openpyxl, used by the tests only for
reading, goes through defusedxml, which refuses DTDs itself.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from jxeditor.errors import FileFormatError
from jxeditor.formats.part_bounds import PartBound, bound_sheet, well_formed
from jxeditor.formats.sheet_scan import PROLOG_LIMIT, BadXml, DtdFound, PartScan, has_dtd
from jxeditor.formats.sniff import looks_like_xml, not_a_workbook
from jxeditor.formats.xls_scan import NotAWorkbookStream, xls_sheet_areas
from jxeditor.storage.atomic import os_error_text

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_UNPACKED_BYTES = 500 * 1024 * 1024
MAX_MEMBERS = 20000
MAX_RATIO = 200
RATIO_CHECK_BYTES = 1024 * 1024  # the ratio test applies to members larger than this
CHUNK = 1024 * 1024
MAX_CELLS = 8_000_000  # rows × columns of one worksheet's used rectangle
MAX_TOTAL_CELLS = 16_000_000  # the same, of all worksheets together
MAX_TEXT_CHARS = 50_000_000  # characters all cells hold, shared strings counted per use
# elements giving no cell content (our 10,000-project export: 162,534 in a part, 2.17 M in all)
MAX_IDLE_ELEMENTS = 2_000_000  # in one part
MAX_TOTAL_IDLE_ELEMENTS = 6_000_000  # in all parts together
KEEP_BYTES = 64 * 1024 * 1024  # unpacked XML kept for the readers, in all

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
_XML_SUFFIXES = (".xml", ".rels", ".vml")


def _fail(path: Path, message: str) -> FileFormatError:
    return FileFormatError(path, message)


@dataclass(frozen=True)
class CheckedWorkbook:
    """A workbook file that passed every check.

    ``parts`` maps ZIP member names to their unpacked bytes, for the XML members the
    checks unpacked while there was room (see :data:`KEEP_BYTES`); a member missing from
    it must be read from ``data``. Of members with one name, the last one counts (as
    :meth:`zipfile.ZipFile.read` does).
    """

    data: bytes
    kind: str  # "zip" or "ole2"
    parts: dict[str, bytes] = field(default_factory=dict)


def check_workbook(path: str | Path) -> CheckedWorkbook:
    """The file's bytes, kind and unpacked XML members, after all safety checks."""
    p = Path(path)
    data = read_file(p)
    if data.startswith(OLE2_MAGIC):
        check_ole2(p, data)
        return CheckedWorkbook(data, "ole2")
    if data.startswith(ZIP_MAGICS):
        return CheckedWorkbook(data, "zip", check_zip(p, data))
    raise _fail(p, not_a_workbook(data))


def read_file(p: Path) -> bytes:
    """The file's bytes, refusing a folder, an empty file and one over
    :data:`MAX_FILE_BYTES`."""
    try:
        if p.is_dir():
            raise _fail(p, "这是一个文件夹，不是工作簿文件")
        size = p.stat().st_size
        if size == 0:
            raise _fail(p, "文件是空的（0 字节），不是工作簿")
        if size > MAX_FILE_BYTES:
            raise _fail(p, f"文件过大（{size / 1024 / 1024:.0f} MB），不像是绩效目标表工作簿")
        return p.read_bytes()
    except OSError as error:
        raise _fail(p, f"无法读取：{os_error_text(error)}") from None


def check_ole2(path: Path, data: bytes) -> None:
    """Refuses encrypted workbooks stored in an OLE2 compound file."""
    for stream in ("EncryptionInfo", "EncryptedPackage"):
        if stream.encode("utf-16-le") in data:
            raise _fail(path, "工作簿设有打开密码（已加密），无法读取；请在 Excel 或 WPS 中取消密码后再打开")
    if "Workbook".encode("utf-16-le") not in data and "Book".encode("utf-16-le") not in data:
        raise _fail(path, "这是 Office 复合文档，但不是 Excel 工作簿（可能是 Word 文档）")
    try:
        areas = xls_sheet_areas(data)
    except NotAWorkbookStream:
        return  # the reader says what is wrong with it
    total = 0
    for number, (rows, columns) in enumerate(areas, 1):
        if rows * columns > MAX_CELLS:
            raise _fail(path, f"第 {number} 个工作表的单元格范围异常（到第 {rows} 行、第 {columns} 列），"
                        "可能是恶意构造的文件，已拒绝打开")
        total += rows * columns
    if total > MAX_TOTAL_CELLS:
        raise _fail(path, f"工作簿的单元格总数异常（超过 {MAX_TOTAL_CELLS:,} 个），已拒绝打开")


def check_zip(path: Path, data: bytes) -> dict[str, bytes]:
    """Refuses damaged archives, zip bombs, non-workbook archives and XML with a DTD;
    returns the XML members it unpacked, up to :data:`KEEP_BYTES` in all."""
    try:
        return _check_members(path, data, _Measure(fast=True))
    except _Inexact:  # over a limit by the bounds only: measured again, exactly
        return _check_members(path, data, _Measure(fast=False))


def _check_members(path: Path, data: bytes, measure: _Measure) -> dict[str, bytes]:
    archive = open_archive(path, data)
    parts: dict[str, bytes] = {}
    room = KEEP_BYTES
    with archive:
        infos = archive.infolist()
        for info in infos:
            kept = _scan_member(path, archive, info, room, measure)
            if kept is not None:
                room -= len(kept)
                parts[info.filename] = kept
            else:
                parts.pop(info.filename, None)  # an earlier member of that name no longer counts
        measure.check_text(path)
    return parts


def open_archive(path: Path, data: bytes) -> zipfile.ZipFile:
    """The ZIP archive in ``data``, after the checks of its directory: a damaged
    archive, a zip bomb by its declared sizes or ratios, too many members, an archive
    that is no workbook. Its members are not read yet."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, EOFError, NotImplementedError):
        # NotImplementedError: a central directory asking for a newer zip version
        raise _fail(path, "文件已损坏：不是完整的 ZIP 压缩包（.xlsx 文件实为 ZIP 压缩包）") from None
    try:
        infos = archive.infolist()
        _check_sizes(path, infos)
        _check_kind(path, {info.filename for info in infos}, archive)
    except BaseException:
        archive.close()
        raise
    return archive


def _check_sizes(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_MEMBERS:
        raise _fail(path, f"压缩包内文件数异常（{len(infos)} 个），已拒绝打开")
    total = sum(info.file_size for info in infos)
    if total > MAX_UNPACKED_BYTES:
        raise _fail(
            path, f"解压后大小异常（约 {total / 1024 / 1024:.0f} MB），可能是恶意构造的压缩文件"
            "（zip 炸弹），已拒绝打开"
        )
    for info in infos:
        if info.file_size > RATIO_CHECK_BYTES and (
            info.compress_size == 0 or info.file_size / info.compress_size > MAX_RATIO
        ):
            raise _fail(
                path, f"压缩包成员“{info.filename}”的压缩比异常，可能是恶意构造的压缩文件"
                "（zip 炸弹），已拒绝打开"
            )


def _check_kind(path: Path, names: set[str], archive: zipfile.ZipFile) -> None:
    if "[Content_Types].xml" in names and any(
        n in names for n in ("xl/workbook.xml", "xl/workbook.bin")
    ):
        return
    if "mimetype" in names:
        mime = archive.read("mimetype")[:100]
        if mime.startswith(b"application/vnd.oasis.opendocument.spreadsheet"):
            return
        raise _fail(path, "这是 OpenDocument 文件，但不是电子表格（.ods）")
    if "word/document.xml" in names:
        raise _fail(path, "这是 Word 文档（.docx），不是工作簿；请把表格复制为文本后导入")
    raise _fail(path, "这是 ZIP 压缩包，但不是 Excel 工作簿（缺少 xl/workbook.xml）")


def _scan_member(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo,
                 room: int, measure: _Measure) -> bytes | None:
    """Decompresses one member in chunks (bounded, CRC-checked); scans XML prologs and
    measures, with a streaming parser, every member that looks like XML (a worksheet
    may have any name).

    An XML member that fits in ``room`` is unpacked whole first, and measured by its
    bounds (:mod:`jxeditor.formats.part_bounds`) when they settle it.

    Returns an XML member's bytes when they fit in ``room`` bytes, else None.
    """
    is_xml = info.filename.lower().endswith(_XML_SUFFIXES)
    whole = is_xml and measure.fast and info.file_size <= room  # zipfile stops at file_size
    head = b""
    chunks: list[bytes] | None = [] if is_xml else None
    size = 0
    scan: PartScan | None = None
    measured: PartScan | PartBound | None = None
    first = True
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(CHUNK):
                if chunks is not None:
                    size += len(chunk)
                    if size <= room or whole:
                        chunks.append(chunk)
                    else:
                        chunks = None
                if len(head) < PROLOG_LIMIT:
                    head += chunk[: PROLOG_LIMIT - len(head)]
                if first and looks_like_xml(head) and not whole:
                    scan = PartScan(head)
                first = False
                if scan is not None:
                    scan.feed(chunk)
                    measure.so_far(path, info.filename, scan)
            if scan is not None:
                scan.close()
            if whole and chunks and looks_like_xml(head):
                if has_dtd(head):
                    raise DtdFound
                measured = _measure_whole(path, info.filename, b"".join(chunks), head, measure)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError,
            NotImplementedError, RuntimeError, zlib.error) as error:
        reason = "已加密" if "encrypted" in str(error).lower() else "数据损坏"
        raise _fail(path, f"文件已损坏：压缩包成员“{info.filename}”{reason}，无法读取") from None
    except DtdFound:
        raise _dtd(path, info.filename) from None
    except BadXml as error:
        raise _fail(path, f"文件已损坏：压缩包成员“{info.filename}”不是有效的 XML（{error}）") from None
    if (is_xml or scan is not None) and has_dtd(head):
        raise _dtd(path, info.filename)
    measured = measured or scan
    if measured is not None:
        measure.add(path, info.filename, measured)
    return b"".join(chunks) if chunks is not None else None


def _measure_whole(path: Path, member: str, data: bytes, head: bytes,
                   measure: _Measure) -> PartScan | PartBound:
    """A part's bounds when they are within every limit and the part is well-formed;
    else the exact scan, fed chunk by chunk as while unpacking."""
    bound = bound_sheet(data)
    if bound is not None and measure.fits(bound) and well_formed(data):
        return bound
    scan = PartScan(head)
    for start in range(0, len(data), CHUNK):
        scan.feed(data[start:start + CHUNK])
        measure.so_far(path, member, scan)
    scan.close()
    return scan


def _dtd(path: Path, member: str) -> FileFormatError:
    return _fail(
        path, f"压缩包成员“{member}”含有 XML 文档类型声明（DOCTYPE/ENTITY），"
        "可能是恶意构造的文件（实体扩展攻击），已拒绝打开"
    )


class _Inexact(Exception):
    """A total is over its limit with bounds in it: the exact measure must decide."""


class _Measure:
    """What the reader will make of the measured members: cells and text, in all.

    With ``fast``, parts may be measured by their bounds (:class:`PartBound`); a total
    over its limit then raises :class:`_Inexact` instead of refusing the file.
    """

    def __init__(self, *, fast: bool) -> None:
        self.fast = fast
        self.bounded = False  # a bound is in the totals
        self.cells = 0
        self.text = 0
        self.idle = 0
        self.any_shared = 0  # cells weighed at the longest shared string (bounds)
        self.refs: list[dict[int, int]] = []
        self.strings: list[int] = []  # per index, the longest of any shared-strings part

    def fits(self, bound: PartBound) -> bool:
        """Whether a part's bounds, added to the totals so far, are within every limit."""
        return (bound.largest_cells <= MAX_CELLS and bound.idle <= MAX_IDLE_ELEMENTS
                and self.cells + bound.cells <= MAX_TOTAL_CELLS
                and self.idle + bound.idle <= MAX_TOTAL_IDLE_ELEMENTS
                and self.text + bound.text <= MAX_TEXT_CHARS)

    def so_far(self, path: Path, member: str, scan: PartScan) -> None:
        """Refuses as soon as a part being scanned is past a limit (cells or the text
        cells hold), not only once the whole part is read: a hostile part is given up
        within the first chunk that proves it."""
        self._check_cells(path, member, scan)
        self._check_idle(path, member, scan)
        self._check_text_total(path, self.text + scan.text)  # shared strings weighed at the end

    def add(self, path: Path, member: str, scan: PartScan | PartBound) -> None:
        self._check_cells(path, member, scan)
        self._check_idle(path, member, scan)
        if isinstance(scan, PartBound):
            self.bounded = True
            self.any_shared += scan.any_shared
        self.cells += scan.cells
        self.idle += scan.idle
        self.text += scan.text
        if scan.shared_refs:
            self.refs.append(scan.shared_refs)
        for i, length in enumerate(scan.strings):
            if i < len(self.strings):
                self.strings[i] = max(self.strings[i], length)
            else:
                self.strings.append(length)

    def check_text(self, path: Path) -> None:
        """Refuses a workbook whose cells would hold more than :data:`MAX_TEXT_CHARS`
        characters (one long shared string used by thousands of cells)."""
        total = self.text
        for refs in self.refs:
            total += sum(count * self.strings[i] for i, count in refs.items()
                         if i < len(self.strings))
        total += self.any_shared * max(self.strings, default=0)
        self._check_text_total(path, total)

    def _over(self, path: Path, message: str) -> Exception:
        """The refusal of a total over its limit; :class:`_Inexact` with bounds in it."""
        return _Inexact() if self.bounded else _fail(path, message)

    def _check_cells(self, path: Path, member: str, scan: PartScan | PartBound) -> None:
        """One worksheet's rectangle, and all measured so far with this part's cells."""
        if scan.largest_cells > MAX_CELLS:
            raise _fail(
                path, f"压缩包成员“{member}”的单元格范围异常（到第 {scan.rows} 行、"
                f"第 {scan.columns} 列），可能是恶意构造的文件，已拒绝打开"
            )
        if self.cells + scan.cells > MAX_TOTAL_CELLS:
            raise self._over(path, f"工作簿的单元格总数异常（超过 {MAX_TOTAL_CELLS:,} 个），已拒绝打开")

    def _check_idle(self, path: Path, member: str, scan: PartScan | PartBound) -> None:
        """Elements that give no cell content, in this part and in all parts so far."""
        if scan.idle > MAX_IDLE_ELEMENTS:
            raise _fail(
                path, f"压缩包成员“{member}”中的空行、空单元格等无内容元素过多（超过 "
                f"{MAX_IDLE_ELEMENTS:,} 个），可能是恶意构造的文件，已拒绝打开"
            )
        if self.idle + scan.idle > MAX_TOTAL_IDLE_ELEMENTS:
            raise self._over(
                path, f"工作簿中的空行、空单元格等无内容元素过多（到压缩包成员“{member}”已超过 "
                f"{MAX_TOTAL_IDLE_ELEMENTS:,} 个），可能是恶意构造的文件，已拒绝打开"
            )

    def _check_text_total(self, path: Path, total: int) -> None:
        if total > MAX_TEXT_CHARS:
            raise self._over(
                path, f"工作簿中的文字展开后过多（约 {total // 10_000:,} 万字，上限 "
                f"{MAX_TEXT_CHARS // 10_000:,} 万字），可能是恶意构造的文件，已拒绝打开"
            )
