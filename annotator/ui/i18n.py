"""UI language: Qt translators for English / Arabic, mirrored layout in Arabic, the setting.

Strings are marked with ``self.tr()`` / ``QCoreApplication.translate`` and
``QT_TRANSLATE_NOOP``; ``annotator/resources/i18n/annotator_ar.ts`` is the
translation source and ``annotator_ar.qm`` the compiled file loaded here.
English is the source language; ``annotator_en.ts`` holds only its plural
forms (``pyside6-lupdate -pluralonly``). After changing strings::

    .venv/bin/pyside6-lupdate annotator/ui/*.py -ts annotator/resources/i18n/annotator_ar.ts
    # translate the new entries (Qt Linguist: pyside6-linguist), then
    .venv/bin/pyside6-lrelease annotator/resources/i18n/annotator_ar.ts \
        -qm annotator/resources/i18n/annotator_ar.qm
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
LANGUAGES = {"en": "English", "ar": "العربية"}
SETTING_KEY = "ui/language"

_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators


def saved_language(default: str = "en") -> str:
    """The UI language chosen by the user (QSettings), else ``default``."""
    value = QSettings().value(SETTING_KEY, default)
    return value if value in LANGUAGES else "en"


def save_language(language: str) -> None:
    """Remember the UI language for the next start."""
    QSettings().setValue(SETTING_KEY, language)


def install(language: str) -> bool:
    """Switch the running application to ``language``; False if its translation is missing.

    Installs the application's and Qt's own translations (standard buttons)
    and mirrors the whole layout for Arabic.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install() needs a running QApplication")
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    ours = QTranslator()
    ok = ours.load(str(I18N_DIR / f"annotator_{language}.qm"))
    if ok:
        app.installTranslator(ours)
        _installed.append(ours)
    if language != "en":
        qt_own = QTranslator()
        if qt_own.load(QLocale(language), "qtbase", "_",
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
    if isinstance(app, QApplication):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language == "ar"
                               else Qt.LayoutDirection.LeftToRight)
    return ok
