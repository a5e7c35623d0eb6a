"""Languages: Chinese is the source language of every UI text; English comes from
``resources/translations/jxeditor_en.qm`` (made by pyside6-lrelease).

The chosen language is stored in QSettings (``ui/language``) and applied at start-up;
choosing one in the menu offers to restart the editor at once (:mod:`ui.restart`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from jxeditor.resources import resource_path

LANGUAGES: dict[str, str] = {"zh_CN": "中文", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"
SETTING = "ui/language"

_installed: list[QTranslator] = []


def translations_dir() -> str:
    return str(resource_path("translations"))


def current_language() -> str:
    value = QSettings().value(SETTING, DEFAULT_LANGUAGE)
    return value if isinstance(value, str) and value in LANGUAGES else DEFAULT_LANGUAGE


def set_language(language: str) -> None:
    QSettings().setValue(SETTING, language)


def install_translators(language: str | None = None) -> bool:
    """Loads the translation for ``language`` (default: the stored one) into the app.

    Returns True when a translation was installed (English), False for Chinese.
    """
    app = QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    language = language or current_language()
    if app is None or language == DEFAULT_LANGUAGE:
        _install_qt_base("zh_CN")
        return False
    ours = QTranslator(app)
    if not ours.load(f"jxeditor_{language}", translations_dir()):
        return False
    QCoreApplication.installTranslator(ours)
    _installed.append(ours)
    _install_qt_base(language)
    return True


def _install_qt_base(language: str) -> None:
    """Qt's own texts (standard buttons, context menus of line edits) in the language."""
    app = QCoreApplication.instance()
    if app is None:
        return
    qt = QTranslator(app)
    path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(language), "qtbase", "_", path):
        QCoreApplication.installTranslator(qt)
        _installed.append(qt)
