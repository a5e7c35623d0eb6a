"""What the installers' build trims (issue 34): the ICU data subset of the Linux bundle
(scripts/pyinstaller/icu_subset.py) keeps the root, English and Chinese data and the Chinese
code pages and drops the rest; the spec leaves the desktop's own libraries to the system
but keeps what Qt 6.5 added (libxcb-cursor) and everything of the wheels."""

from __future__ import annotations

import importlib.util
import re
import struct
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _icu_subset() -> ModuleType:
    path = ROOT / "scripts" / "pyinstaller" / "icu_subset.py"
    spec = importlib.util.spec_from_file_location("icu_subset", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["icu_subset"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("item", "kept"),
    [
        ("coll/zh.res", True), ("coll/root.res", True), ("coll/ucadata.icu", True),
        ("zh_Hans_CN.res", True), ("en.res", True), ("root.res", True), ("pool.res", True),
        ("supplementalData.res", True), ("likelySubtags.res", True), ("cnvalias.icu", True),
        ("gb18030.cnv", True), ("windows-936-2000.cnv", True), ("uprops.icu", True),
        ("zone/zh.res", True), ("brkitr/char.brk", False), ("curr/zh.res", False),
        ("coll/ko.res", False), ("fr.res", False), ("ast.res", False), ("zone/de_CH.res", False),
        ("brkitr/cjdict.dict", False), ("translit/root.res", False), ("unames.icu", False),
        ("ibm-1390_P110-2003.cnv", False), ("rbnf/zh.res", False),
    ],
)
def test_the_icu_subset_keeps_chinese_and_english(item: str, kept: bool) -> None:
    assert _icu_subset().keep(item) is kept


def _package(items: list[tuple[str, bytes]]) -> bytes:
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + b"\0" * 8 + b"CmnD" + b"\0" * 16
    names = b"".join(f"icudt73l/{n}".encode() + b"\0" for n, _ in items)
    table = 4 + 8 * len(items)
    offsets, data, name_at = [], b"", table
    for name, body in items:
        offsets.append((name_at, table + len(names) + len(data)))
        name_at += len(f"icudt73l/{name}") + 1
        data += body
    toc = struct.pack("<I", len(items)) + b"".join(struct.pack("<II", *o) for o in offsets)
    return header + toc + names + data


def test_the_subset_is_a_package_of_the_kept_items() -> None:
    icu = _icu_subset()
    items = [("coll/ko.res", b"K" * 40), ("coll/zh.res", b"Z" * 24), ("fr.res", b"F" * 8),
             ("zh.res", b"z" * 16)]
    package, kept, total = icu.subset(_package(items))
    assert (kept, total) == (2, 4)
    assert package[:32] == _package(items)[:32]
    entries = icu._entries(package[32:])
    assert [name for name, _ in entries] == ["icudt73l/coll/zh.res", "icudt73l/zh.res"]
    assert entries[0][1].rstrip(b"\xaa") == b"Z" * 24 and entries[1][1] == b"z" * 16
    assert all(struct.unpack_from("<II", package, 32 + 4 + 8 * i)[1] % 16 == 0 for i in range(2))


def _linux_system() -> re.Pattern[str]:
    spec = (ROOT / "jxeditor.spec").read_text(encoding="utf-8")
    start = spec.index("LINUX_SYSTEM = re.compile(")
    end = spec.index("\n)\n", start) + 3
    namespace: dict[str, object] = {"re": re}
    exec(spec[start:end], namespace)
    pattern = namespace["LINUX_SYSTEM"]
    assert isinstance(pattern, re.Pattern)
    return pattern


@pytest.mark.parametrize(
    ("name", "left_to_the_system"),
    [
        ("libcups.so.2", True), ("libgnutls.so.30", True), ("libdbus-1.so.3", True),
        ("libfontconfig.so.1", True), ("libglib-2.0.so.0", True), ("libX11.so.6", True),
        ("libgio-2.0.so.0", True), ("libmd.so.0", True),
        ("libxcb-cursor.so.0", False), ("libxkbcommon.so.0", False), ("libQt6Core.so.6", False),
        ("libicudata.so.73", False), ("libpython3.11.so.1.0", False), ("libstdc++.so.6", False),
        ("libzstd.so.1", False), ("libffi.so.8", False), ("libmount.so.1", True),
        ("PySide6/Qt/lib/libQt6DBus.so.6", False),
    ],
)
def test_the_linux_bundle_leaves_the_desktops_libraries(name: str, left_to_the_system: bool) -> None:
    assert bool(_linux_system().match(name)) is left_to_the_system
