"""Languages: Chinese is the source language of every UI text; English comes from
``resources/translations/jxeditor_en.qm`` (made by pyside6-lrelease).

The chosen language is stored in QSettings (``ui/language``) and applied at start-up;
choosing one in the menu offers to restart the editor at once (:mod:`ui.restart`).

Qt's own texts (standard buttons, the file dialog, key names in menus) come from Qt's
``qtbase_<language>.qm``, found where :class:`QLibraryInfo` says (``PySide6/Qt/
translations``; in the bundle, the same place under the program folder). Qt's Chinese
translation is older than Qt 6's file dialog, whose "&Look in:" and "Files of &type:"
it leaves in English, and it names the arrow keys "上方向" (a menu then reads
"Ctrl+上方向"); ``jxeditor_qtbase_zh_CN.qm`` in our translations, loaded after it,
fills those in. Key names are as printed on the keys: Ctrl, Shift, Ins, Del, F2 as they
are, the arrows as ↑ ↓ ← →, and Qt's 空格/回车/退格 for Space, Enter and Backspace.

The problem messages come from the core, which keeps them translatable without Qt:
:func:`active_language` tells the live validation which language is in effect, and in
English it shows them through :mod:`jxeditor.rules.messages_en`. A field's label comes
with its English from the field registry (:func:`field_label`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from jxeditor.document.fields import FieldSpec
from jxeditor.resources import resource_path

LANGUAGES: dict[str, str] = {"zh_CN": "中文", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"
SETTING = "ui/language"
QT_SUPPLEMENT = "jxeditor_qtbase"  # + _language.qm: what Qt's own translation leaves out

_installed: list[QTranslator] = []
_active: list[str] = [DEFAULT_LANGUAGE]  # the language in effect (installed)


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
    remove_translators()
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
    _active[0] = language
    return True


def active_language() -> str:
    """The language of the texts in effect: ``"en"`` once the English translation is
    installed, else Chinese (the language chosen applies at the next start)."""
    return _active[0]


def field_label(spec: FieldSpec, *, short: bool = False) -> str:
    """A field's label in the language in effect (the field registry carries its English;
    ``short``: the column title)."""
    if active_language() == "en":
        return (spec.title_english if short else spec.english) or spec.label
    return spec.title if short else spec.label


def _install_qt_base(language: str) -> None:
    """Qt's own texts (standard buttons, file dialogs, key names) in the language: Qt's
    translation, then ours of what it leaves out (searched first)."""
    app = QCoreApplication.instance()
    if app is None:
        return
    path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", path), (QT_SUPPLEMENT, translations_dir())):
        qt = QTranslator(app)
        if qt.load(QLocale(language), name, "_", folder):
            QCoreApplication.installTranslator(qt)
            _installed.append(qt)


def remove_translators() -> None:
    """Back to the texts as written (Chinese, Qt's in English)."""
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    _active[0] = DEFAULT_LANGUAGE


def installed_files() -> list[str]:
    """The translation files in use, latest (searched first) last (for tests, bug reports)."""
    return [translator.filePath() for translator in _installed]
