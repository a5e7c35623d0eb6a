"""Start-up: fonts, and the answers given when nobody is there."""

from __future__ import annotations


def test_chinese_fonts_follow_the_system_font(qapp) -> None:
    """The system's UI font stays first; the usual Chinese fonts come after it."""
    from PySide6.QtGui import QFont

    from ui.app import CHINESE_FONTS, use_system_chinese_fonts

    before = qapp.font()
    try:
        first = before.families()[:1] or [before.family()]
        use_system_chinese_fonts(qapp)
        families = qapp.font().families()
        assert families[: len(first)] == first
        assert [f for f in families if f in CHINESE_FONTS] == list(CHINESE_FONTS)
        use_system_chinese_fonts(qapp)  # twice changes nothing
        assert qapp.font().families() == families
    finally:
        qapp.setFont(QFont(before))


def test_unattended_runs_change_nothing_and_print_messages(capsys) -> None:
    from datetime import datetime
    from pathlib import Path

    from jxeditor.document.document import Document
    from ui.app import Unattended

    answers = Unattended()
    assert answers.ask_save_changes("甲.json") == "cancel"
    assert answers.ask_open_path(".") is None and answers.ask_save_path("a.json") is None
    assert answers.ask_overwrite_changed(Path("a.json"), False) == "cancel"
    assert answers.ask_restore_recovery("甲", "", datetime.now()) == "later"
    assert answers.ask_settings(Document()) is None
    assert not answers.ask_restart_for_language("English")
    answers.show_error("无法打开文件“甲.json”")
    answers.show_info("提示")
    assert not answers.offer_save_as_after_error("无法保存")
    assert capsys.readouterr().err.splitlines() == ["无法打开文件“甲.json”", "提示", "无法保存"]
