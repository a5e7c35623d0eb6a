"""A smaller ICU data library for the Linux bundle: only what Chinese and English need.

PySide6's Qt links ICU 73, whose data library ``libicudata.so.73`` (32 MB) holds every
locale, every legacy code page, the word dictionaries of Thai, Khmer, Burmese and CJK,
transliteration and unit names. Qt uses ICU for collation (QCollator: the file dialog
sorts names with it), case mapping of a locale and the code pages QStringConverter does
not do itself; text layout, line breaking and QLocale are Qt's own. This keeps the
package's core (properties, normalization, aliases, supplemental data), the root, English
and Chinese locales of every category, the root and Chinese collations with the UCA data,
and the GB18030, GBK and Big5 converters (the code pages of Chinese PCs); it drops the rest. The items
are the ICU package's own; the result is the same ``icudt73_dat`` symbol in a library of
the same name, built with gcc (``.incbin``).

Usage (the spec calls :func:`build`): ``python icu_subset.py LIBICUDATA OUTDIR``.
"""

from __future__ import annotations

import re
import struct
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

# Locales kept, in every category: root, English and Chinese.
LOCALES = {"root", "en", "en_001", "en_US", "en_US_POSIX", "en_GB", "zh", "zh_Hans", "zh_Hans_CN",
           "zh_CN", "zh_Hant", "zh_Hant_TW", "zh_TW", "zh_Hant_HK", "zh_HK"}
LOCALE_ITEM = re.compile(r"(?:[a-z]+/)?([a-z]{2,3}(?:_\w+)*)\.res")
# Whole items dropped: converters but the Chinese ones (KEEP), word dictionaries, transliteration, character
# names (u_charName), spoof checks, IDNA, number spell-out: nothing Qt asks ICU for.
# Qt 6.11's Core calls ICU's u_*, ucal_*, ucnv_* and ucol_* functions only (objdump -T): no
# break iterators, number or date formats, display names of languages, regions, currencies
# or units.
DROP = re.compile(r"\.cnv$|\.dict$|^(translit|rbnf|brkitr|curr|lang|region|unit)/|^unames\.icu$"
                  r"|\.spp$|^uts46\.nrm$|\.cfu$")
KEEP = {"gb18030.cnv", "windows-936-2000.cnv", "ibm-1386_P100-2001.cnv",  # GB18030, GBK
        "windows-950-2000.cnv"}  # Big5


def keep(name: str) -> bool:
    """Whether an item of the package (without its ``icudt73l/`` prefix) goes in."""
    if name in KEEP:
        return True
    if DROP.search(name):
        return False
    locale = LOCALE_ITEM.fullmatch(name)
    return locale is None or locale.group(1) in LOCALES


def _package(library: Path) -> tuple[str, bytes]:
    """The symbol's name and the ICU common-data package it is (in .rodata, which PySide6's
    library maps at its file offset)."""
    symbols = subprocess.run(["nm", "-D", "-S", "--defined-only", str(library)], check=True,
                             capture_output=True, text=True).stdout
    address, size, _kind, symbol = next(
        line.split() for line in symbols.splitlines() if line.endswith("_dat"))
    start, length = int(address, 16), int(size, 16)
    package = library.read_bytes()[start:start + length]
    if package[2:4] != b"\xda\x27" or package[12:16] != b"CmnD":
        raise SystemExit(f"{library}: no ICU common data at {symbol}")
    return symbol, package


def _entries(toc: bytes) -> list[tuple[str, bytes]]:
    count = struct.unpack_from("<I", toc, 0)[0]
    offsets = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    entries = []
    for i, (name_at, data_at) in enumerate(offsets):
        name = toc[name_at:toc.index(b"\0", name_at)].decode("ascii")
        end = offsets[i + 1][1] if i + 1 < count else len(toc)
        entries.append((name, toc[data_at:end]))
    return entries


def subset(package: bytes, wanted: Callable[[str], bool] = keep) -> tuple[bytes, int, int]:
    """The package with only the wanted items; returns it and the counts (kept, all)."""
    header_size = struct.unpack_from("<H", package, 0)[0]
    header, toc = package[:header_size], package[header_size:]
    entries = _entries(toc)
    prefix = entries[0][0].split("/", 1)[0] + "/"
    kept = [(n, d) for n, d in entries if wanted(n[len(prefix):])]
    names = b"".join(n.encode("ascii") + b"\0" for n, _ in kept)
    table = 4 + 8 * len(kept)
    data_start = (table + len(names) + 15) // 16 * 16
    out_names, out_data, offsets = bytearray(), bytearray(), []
    for name, data in kept:
        name_at = table + len(out_names)
        out_names += name.encode("ascii") + b"\0"
        while (data_start + len(out_data)) % 16:
            out_data += b"\xaa"
        offsets.append((name_at, data_start + len(out_data)))
        out_data += data
    body = struct.pack("<I", len(kept)) + b"".join(struct.pack("<II", *o) for o in offsets)
    body += bytes(out_names)
    body += b"\0" * (data_start - len(body))
    return header + body + bytes(out_data), len(kept), len(entries)


def build(library: Path, outdir: Path) -> Path:
    """Writes OUTDIR/<library's name>: the subset, as a shared library of the same soname."""
    symbol, package = _package(library)
    data, kept, total = subset(package)
    outdir.mkdir(parents=True, exist_ok=True)
    (outdir / "icudata.dat").write_bytes(data)
    (outdir / "icudata.S").write_text(
        f'.section .rodata\n.globl {symbol}\n.type {symbol}, @object\n.balign 16\n'
        f'{symbol}:\n.incbin "icudata.dat"\n.size {symbol}, .-{symbol}\n'
        '.section .note.GNU-stack,"",@progbits\n', encoding="ascii")
    target = outdir / library.name
    subprocess.run(["gcc", "-shared", "-nostdlib", "-s", f"-Wl,-soname,{library.name}",
                    "-o", target.name, "icudata.S"], check=True, cwd=outdir)
    print(f"ICU data: {kept} of {total} items, {len(data) / 1e6:.1f} MB of {len(package) / 1e6:.1f} MB")
    return target


if __name__ == "__main__":
    build(Path(sys.argv[1]), Path(sys.argv[2]))
