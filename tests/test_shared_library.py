"""The bundle's two programs share one copy of their Python code
(scripts/pyinstaller/shared_library.py): the modules of both analyses go once into a
deflated base_library.zip that Python's zipimport reads; packages with a folder in the
bundle (extension modules beside their code) and the excluded codecs do not."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts" / "pyinstaller"))
import shared_library  # noqa: E402

Toc = list[tuple[str, str, str]]


@dataclass
class FakeAnalysis:
    """What the spec's Analysis objects offer: pure, binaries and datas TOCs."""

    pure: Toc
    datas: Toc
    binaries: Toc = field(default_factory=list)


def make_sources(tmp_path: Path) -> dict[str, Path]:
    src = tmp_path / "src"
    files = {
        "app": "app/__init__.py", "app.core": "app/core.py", "helper": "helper.py",
        "withext": "withext/__init__.py",
    }
    paths = {}
    for name, rel in files.items():
        path = src / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f'"""{name}."""\nNAME = {name!r}\n', encoding="utf-8")
        paths[name] = path
    return paths


def make_base(tmp_path: Path) -> Path:
    base = tmp_path / "base_library.zip"
    with zipfile.ZipFile(base, "w") as zout:
        for name in ("encodings/__init__.pyc", "encodings/cp037.pyc", "encodings/gbk.pyc"):
            zout.writestr(name, b"x" * 100)
    return base


def test_both_programs_modules_go_once_into_the_zip_and_import_from_it(tmp_path: Path) -> None:
    paths = make_sources(tmp_path)
    base = make_base(tmp_path)
    pure = [(name, str(path), "PYMODULE-2") for name, path in paths.items()]
    datas = [("base_library.zip", str(base), "DATA")]
    gui = FakeAnalysis(pure=list(pure), datas=list(datas),
                       binaries=[("withext/_ext.pyd", str(base), "EXTENSION")])
    cli = FakeAnalysis(pure=[e for e in pure if e[0] != "app.core"], datas=list(datas))

    left_out = shared_library.share([gui, cli], ["encodings.cp037"], str(tmp_path / "work"))

    # Only the package with a folder in the bundle stays in each program's own archive.
    assert [e[0] for e in gui.pure] == ["withext"]
    assert [e[0] for e in cli.pure] == ["withext"]
    shared = tmp_path / "work" / "one-library" / "base_library.zip"
    assert gui.datas == cli.datas == [("base_library.zip", str(shared), "DATA")]
    with zipfile.ZipFile(shared) as zin:
        names = set(zin.namelist())
        assert {info.compress_type for info in zin.infolist() if info.filename.startswith("app")} \
            == {zipfile.ZIP_DEFLATED}
    assert names == {"encodings/__init__.pyc", "encodings/gbk.pyc", "app/__init__.pyc",
                     "app/core.pyc", "helper.pyc"}
    assert left_out["base_library.zip/encodings/cp037.pyc"] == 100
    assert left_out["a second copy of 2 shared modules"] > 0

    # zipimport reads them, compiled without docstrings as the spec asks (-OO).
    code = ("import sys; sys.path.insert(0, sys.argv[1]); import app.core, helper; "
            "print(app.core.NAME, helper.NAME, app.core.__doc__)")
    out = subprocess.run([sys.executable, "-c", code, str(shared)], capture_output=True,
                         text=True, check=True, cwd=tmp_path)
    assert out.stdout.split() == ["app.core", "helper", "None"]
