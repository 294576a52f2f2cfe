"""Choosing the interface language and switching the compiled Welsh translation on or off."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from shiboken6 import isValid

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"

#: Each language named in itself, whatever the interface language: someone who cannot read
#: the current one still finds their own.
LANGUAGES = {"en": "English", "cy": "Cymraeg"}

_ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
_WELSH = QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom)
# The loaded Welsh translation, one per application, so switching back and forth reuses it.
_welsh: dict[int, QTranslator] = {}


def resolve_language(setting: str) -> str:
    """'en' or 'cy': the setting, or the system's language when it says 'system'."""
    if setting in ("en", "cy"):
        return setting
    return "cy" if QLocale.system().language() == QLocale.Language.Welsh else "en"


def current_language() -> str:
    """'cy' while the interface runs in Welsh, else 'en'.

    Read from the default locale, which install_language sets with the translation, so it
    stays right when a caller (a test) removes the translator and restores the locale itself.
    """
    return "cy" if QLocale().language() == QLocale.Language.Welsh else "en"


def install_language(app: QCoreApplication, language: str) -> QTranslator | None:
    """Switch the interface to `language` ('en' or 'cy'); returns the Welsh translator or None.

    Works both ways while the application runs: the Welsh translation is removed for English
    (the source language) and the default locale follows. Widgets already on screen keep
    their words until they are built again (MainWindow.retranslate).
    """
    translator = _welsh.get(id(app))
    if translator is not None and not isValid(translator):  # an earlier application's
        translator = None
    if language != "cy":
        if translator is not None:
            app.removeTranslator(translator)
        QLocale.setDefault(_ENGLISH)
        return None
    if translator is None:
        translator = QTranslator(app)
        if not translator.load(str(TRANSLATIONS / "agent_desktop_cy.qm")):
            raise FileNotFoundError(TRANSLATIONS / "agent_desktop_cy.qm")
        _welsh[id(app)] = translator
    # Qt keeps a list and would hold a second copy: one removal must switch it off again.
    app.removeTranslator(translator)
    app.installTranslator(translator)
    QLocale.setDefault(_WELSH)
    return translator
