"""Every desk fits the window's default width in both languages: a desk whose words need more
(Welsh ones are often longer) would widen the window past a laptop's screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from agent_desktop.services.database import open_database
from agent_desktop.services.exchange import import_document
from agent_desktop.services.session import sign_in
from agent_desktop.ui.i18n import install_language
from agent_desktop.ui.main_window import MainWindow
from agent_desktop.ui.ops import ImmediateOps
from tests.desktops import EXAMPLE

DEFAULT_WIDTH = 1360


@pytest.fixture
def example(sqlite_url):
    db = open_database(sqlite_url)
    import_document(db, EXAMPLE)
    yield db
    db.dispose()


@pytest.mark.parametrize("language", ["en", "cy"])
@pytest.mark.parametrize("username", ["sclarke", "mhughes", "tnguyen"])
def test_each_person_s_desks_fit_the_default_width(qtbot, qapp, example, language, username):
    locale = QLocale()
    if language == "cy":
        install_language(qapp, "cy")
    try:
        window = MainWindow(example, sign_in(example, username), ImmediateOps())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        needed = window.minimumSizeHint().width()
        assert needed <= DEFAULT_WIDTH, (username, language, needed, list(window.screens))
        assert window.width() == DEFAULT_WIDTH
    finally:
        install_language(qapp, "en")
        QLocale.setDefault(locale)
