"""What running the Windows bundle under Wine found, fixed on every platform: our own
severity icons (the style's were blank pages under some Windows themes), ``--smoke``
failures written to a log file (the windowed program has no stderr), restarts with an
absolute file path."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor

import ui.app as app
import ui.models.severity as severity
from ui.platform.restart import restart_command


@pytest.fixture(autouse=True)
def fresh_icons(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(severity, "_ICONS", {})


@pytest.mark.parametrize(
    ("name", "red", "green", "blue"),
    [("error", 0xD3, 0x2F, 0x2F), ("warning", 0xF9, 0xA8, 0x25), ("todo", 0x7B, 0x1F, 0xA2),
     ("info", 0x19, 0x76, 0xD2)],
)
def test_severity_icons_are_our_own(qapp, name: str, red: int, green: int, blue: int) -> None:
    icon = severity.severity_icon(name)
    image = icon.pixmap(16, 16).toImage()
    assert not image.isNull() and image.width() == 16
    # A pixel of the shape's colour away from the symbol in the middle: our SVG's colour.
    colours = {image.pixelColor(x, y).name() for x in range(16) for y in range(16)}
    assert QColor(red, green, blue).name() in colours
    assert severity.severity_icon(name) is icon  # made once


def test_an_unknown_severity_gets_the_warning_icon_and_none_a_blank(qapp) -> None:
    unknown = severity.severity_icon("someday").pixmap(16, 16).toImage()
    warning = severity.severity_icon("warning").pixmap(16, 16).toImage()
    assert unknown == warning
    assert severity.severity_icon(None) is severity.blank_icon()


def test_a_missing_svg_falls_back_to_a_painted_disc(qapp, monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    monkeypatch.setattr(severity, "resource_path", lambda name: tmp_path / name)
    image = severity.severity_icon("error").pixmap(16, 16).toImage()
    assert image.pixelColor(8, 8).name() == "#d32f2f"


# == --smoke / --screenshot failures ===========================================================
def test_a_failed_smoke_run_writes_the_log_and_returns_its_status(
    qapp, temp_data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stderr", None)  # the windowed Windows program: no stderr
    missing = tmp_path / "不存在.json"
    assert app.main(["--smoke", str(missing)]) == 1
    log = (temp_data_dir / "smoke.log").read_text(encoding="utf-8")
    assert "不存在.json" in log and "exit status 1" in log


def test_an_exception_in_a_smoke_run_is_logged(
    qapp, temp_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("the window could not be built")

    monkeypatch.setattr(app, "start_window", broken)
    assert app.main(["--smoke"]) == 1
    log = (temp_data_dir / "smoke.log").read_text(encoding="utf-8")
    assert "RuntimeError: the window could not be built" in log and "Traceback" in log


def test_the_log_goes_nowhere_when_the_data_folder_cannot_be_written(
    temp_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    temp_data_dir.parent.mkdir(parents=True, exist_ok=True)
    temp_data_dir.write_text("a file where the folder should be", encoding="utf-8")
    assert app.write_smoke_log(["x"], 1) is None
    assert "cannot write" in capsys.readouterr().err


def test_the_minimum_windows_message_is_the_same_in_the_runtime_hook() -> None:
    hook = Path(__file__).resolve().parents[2] / "scripts" / "pyinstaller" / "minimum_windows.py"
    assert f'MESSAGE = "{app.MINIMUM_WINDOWS}"' in hook.read_text(encoding="utf-8")
    assert "Windows 10" in app.MINIMUM_WINDOWS


# == restart ===================================================================================
def test_a_restart_gets_an_absolute_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    command = restart_command(Path("表.json"))
    assert command[-1] == os.path.join(str(tmp_path), "表.json")
    assert os.path.isabs(command[0])
