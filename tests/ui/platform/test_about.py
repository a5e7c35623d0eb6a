"""The program's name and version: the installed distribution's version, the fallback
from a bare checkout, and the name people see."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError
from typing import Any

import pytest

from ui.platform import about


def test_the_installed_version(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(about, "dist_version", lambda name: "9.8.7" if name == "jxeditor" else "")
    assert about.version() == "9.8.7"


def test_the_fallback_from_a_bare_checkout(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(_name: str) -> str:
        raise PackageNotFoundError("jxeditor")

    monkeypatch.setattr(about, "dist_version", missing)
    assert about.version() == about.FALLBACK


def test_the_name(qapp: Any) -> None:
    assert about.program_name() == "jxeditor 绩效目标表编辑器"
