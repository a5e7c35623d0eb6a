"""One copy of the Python code for the bundle's two programs (the Windows bundle's size, issue 34).

PyInstaller gives each program its own archive of Python modules (the PYZ, inside the
executable): ``jxeditor-cli`` carried a second compressed copy of jxeditor, openpyxl and the
standard library (2.3 MB of the 2.7 MB ``jxeditor-cli.exe``). Here the modules of both programs
go once into ``base_library.zip``, the zip PyInstaller already puts first on ``sys.path`` of
both (Python's own ``zipimport`` reads it), so each executable keeps only the packages that
must stay PyInstaller's own: those with a folder in the bundle (``PySide6``, ``shiboken6``,
``python_calamine``: extension modules and data beside their Python code, found through the
package's ``__path__``) and PyInstaller's run-time helpers.

``base_library.zip`` is written deflated (PyInstaller stores it uncompressed). Its first
modules (``encodings`` …) are read while Python starts, before an extension module can be
loaded: they stay stored unless zlib is built into the interpreter (Windows). The codecs
that the spec excludes (``encodings.cp037`` …, collected there regardless) are left out.
"""

from __future__ import annotations

import importlib.util
import marshal
import sys
import zipfile
from pathlib import Path

OPTIMIZATION = {"PYMODULE": 0, "PYMODULE-1": 1, "PYMODULE-2": 2}
KEEP_IN_ARCHIVE = ("_pyi_rth_utils", "pyimod", "pyi_")
DATE = (2020, 1, 1, 0, 0, 0)  # fixed: the same sources make the same zip


def _pyc(source: Path, filename: str, optimize: int) -> bytes:
    """A .pyc without a source check (flags, time and size 0), as in PyInstaller's archive."""
    if source.suffix == ".pyc":
        code = marshal.loads(source.read_bytes()[16:])
    else:
        code = compile(source.read_bytes(), filename, "exec", dont_inherit=True, optimize=optimize)
    return importlib.util.MAGIC_NUMBER + bytes(12) + marshal.dumps(code)


def _own_folders(analyses) -> set[str]:
    """Top-level names with a folder in the bundle (binaries or data files below them)."""
    names = set()
    for analysis in analyses:
        for dest, _source, _kind in [*analysis.binaries, *analysis.datas]:
            parts = dest.replace("\\", "/").split("/")
            if len(parts) > 1:
                names.add(parts[0])
    return names


def share(analyses, excludes: list[str], workpath: str) -> dict[str, int]:
    """Moves the analyses' modules into one deflated base_library.zip (written to WORKPATH/
    shared/); returns, by name in bytes, what that saves: the excluded codecs, the
    compression, the copy of the modules the last analysis shares with the first."""
    analyses = list(analyses)
    keep_top = _own_folders(analyses)
    base = next(Path(src) for dest, src, _kind in analyses[0].datas if dest == "base_library.zip")
    dropped = {name.replace(".", "/") + ".pyc" for name in excludes if name.startswith("encodings.")}
    shared: dict[str, tuple[Path, int]] = {}
    incomplete: set[str] = set()
    for analysis in analyses:
        for name, source, kind in analysis.pure:
            top = name.split(".")[0]
            if top in keep_top or name.startswith(KEEP_IN_ARCHIVE) or kind not in OPTIMIZATION:
                continue
            if not source or not Path(source).is_file():  # a namespace package: all stays
                incomplete.add(top)
                continue
            path = Path(source)
            stem = name.replace(".", "/") + ("/__init__" if path.stem == "__init__" else "")
            shared[stem] = (path, OPTIMIZATION[kind])
    shared = {stem: item for stem, item in shared.items() if stem.split("/")[0] not in incomplete}
    moved = {stem.replace("/__init__", "").replace("/", ".") for stem in shared}

    out = Path(workpath) / "one-library" / "base_library.zip"
    out.parent.mkdir(parents=True, exist_ok=True)
    early = zipfile.ZIP_DEFLATED if "zlib" in sys.builtin_module_names else zipfile.ZIP_STORED
    left_out: dict[str, int] = {}
    with zipfile.ZipFile(base) as zin, zipfile.ZipFile(out, "w") as zout:
        names = set()
        for info in zin.infolist():
            if info.filename in dropped:
                left_out["base_library.zip/" + info.filename] = info.file_size
                continue
            names.add(info.filename)
            entry = zipfile.ZipInfo(info.filename, DATE)
            entry.compress_type = early
            zout.writestr(entry, zin.read(info), compresslevel=9)
        early_bytes = sum(info.compress_size for info in zout.infolist())
        for stem, (source, optimize) in sorted(shared.items()):
            arcname = stem + ".pyc"
            if arcname in names:
                continue
            entry = zipfile.ZipInfo(arcname, DATE)
            entry.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(entry, _pyc(source, stem + ".py", optimize), compresslevel=9)
        # For the untrimmed size (bench/bench_bundle.py): the stored base_library.zip, and the
        # second program's own copy of the modules it shares (about as compressed as here).
        left_out["base_library.zip (stored, not deflated)"] = (
            base.stat().st_size - early_bytes - sum(left_out.values()))
        second = {entry[0] for entry in analyses[-1].pure} & moved
        left_out[f"a second copy of {len(second)} shared modules"] = sum(
            zout.getinfo(stem + ".pyc").compress_size for stem in shared
            if stem.replace("/__init__", "").replace("/", ".") in second
            and stem + ".pyc" not in names)

    for analysis in analyses:
        analysis.pure[:] = [entry for entry in analysis.pure if entry[0] not in moved]  # (its code cache is keyed by the list)
        analysis.datas = [(dest, str(out) if dest == "base_library.zip" else src, kind)
                          for dest, src, kind in analysis.datas]
    return left_out
