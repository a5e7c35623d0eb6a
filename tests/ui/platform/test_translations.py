"""Every text of the UI has its English (resources/translations/update_translations.py),
and the shipped .ts carries it: a new Chinese text without English fails here, not in an
English user's window."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[3]
SCRIPT = ROOT / "resources" / "translations" / "update_translations.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_translations", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts: Path) -> list[tuple[str, str, ET.Element | None]]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message.find("translation")))
    return found


@pytest.mark.skipif(
    sys.platform == "win32",
    reason="pyside6-lupdate is a tool of the development machine (not in the Windows Python "
    "under Wine); the shipped .qm is checked by test_the_shipped_translation_is_complete",
)
def test_every_ui_text_has_english(tmp_path: Path) -> None:
    script = _script()
    ts = tmp_path / "check.ts"
    shutil.copy(script.TS, ts)  # lupdate adds to it what the sources say today
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run(
        [str(Path(sys.executable).parent / "pyside6-lupdate"), *sources, "-no-obsolete",
         "-source-language", "zh_CN", "-target-language", "en", "-ts", str(ts)],
        cwd=ROOT, check=True, capture_output=True,
    )
    missing = [source for name, source, _t in _messages(ts)
               if (name, source) not in script.BY_CONTEXT and source not in script.ENGLISH]
    assert missing == [], "run resources/translations/update_translations.py after adding English"


def test_the_shipped_translation_is_complete() -> None:
    unfinished = [source for _name, source, translation in _messages(_script().TS)
                  if translation is None or translation.get("type") == "unfinished"]
    assert unfinished == []


def test_no_literal_text_is_hidden_from_lupdate() -> None:
    """lupdate finds ``tr(...)`` and ``translate(context, ...)`` only: a text handed to a
    helper of another name (``_tr("切换到“{0}”阶段")``) was never translated."""
    import re

    hidden = re.compile(r"""\b_\w*tr\(\s*f?["']""")
    found = [f"{path.relative_to(ROOT)}:{n}" for path in sorted((ROOT / "ui").rglob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if hidden.search(line)]
    assert found == []
