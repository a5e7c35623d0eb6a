"""The editor program writing a PDF without a window (``jxeditor --export-pdf IN OUT``,
what the packaged ``jxeditor-cli convert DOC OUT.pdf`` runs)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from jxeditor.resources import resource_path
from ui.app import main

SAMPLE = resource_path("sample-dalian-2026.json")


def test_export_pdf_option(tmp_path: Path) -> None:
    target, messages = tmp_path / "out.pdf", tmp_path / "messages.txt"
    assert main(["--export-pdf", str(SAMPLE), str(target), "--messages", str(messages)]) == 0
    assert len(PdfReader(target).pages) >= 12
    assert messages.read_text(encoding="utf-8") == ""


def test_export_pdf_error_goes_to_the_messages(tmp_path: Path) -> None:
    target, messages = tmp_path / "out.pdf", tmp_path / "messages.txt"
    assert main(["--export-pdf", str(tmp_path / "missing.json"), str(target),
                 "--messages", str(messages)]) == 2
    lines = messages.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and "missing.json" in lines[0]
    assert not target.exists()


def test_review_pdf_option(tmp_path: Path) -> None:
    target, messages = tmp_path / "审核意见.pdf", tmp_path / "messages.txt"
    assert main(["--review-pdf", str(target), str(SAMPLE), str(tmp_path / "missing.json"),
                 "--messages", str(messages)]) == 0
    assert len(PdfReader(target).pages) >= 2
    assert messages.read_text(encoding="utf-8") == ""
