"""Choosing the interface language and installing the compiled Welsh translation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"


def resolve_language(setting: str) -> str:
    """'en' or 'cy': the setting, or the system's language when it says 'system'."""
    if setting in ("en", "cy"):
        return setting
    return "cy" if QLocale.system().language() == QLocale.Language.Welsh else "en"


def install_language(app: QApplication, language: str) -> QTranslator | None:
    """Install the Welsh translation for 'cy'; English is the source language."""
    if language != "cy":
        return None
    translator = QTranslator(app)
    if not translator.load(str(TRANSLATIONS / "agent_desktop_cy.qm")):
        raise FileNotFoundError(TRANSLATIONS / "agent_desktop_cy.qm")
    app.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom))
    return translator
