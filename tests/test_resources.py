"""Where the shipped resources are: ``resources/`` beside the packages in the source tree,
or inside a PyInstaller bundle when ``sys._MEIPASS`` is set."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from jxeditor import resources
from jxeditor.resources import resource_dir, resource_path

ROOT = Path(__file__).resolve().parent.parent


def test_in_the_source_tree_beside_the_packages() -> None:
    assert resource_dir() == ROOT / "resources"
    assert resource_path("frameworks.json") == ROOT / "resources" / "frameworks.json"
    assert resource_path("frameworks.json").is_file()


def test_inside_a_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resource_dir() == tmp_path / "resources"
    assert resource_path("icons/app.svg") == tmp_path / "resources" / "icons" / "app.svg"
