"""Signing in by choosing a name from the staff list."""

from __future__ import annotations

import pytest

from agent_desktop.services.seed import seed
from agent_desktop.ui.ops import ImmediateOps
from agent_desktop.ui.sign_in import SignInDialog


def test_choosing_a_name_signs_that_person_in(qtbot, db):
    seed(db, 5)
    dialog = SignInDialog(ImmediateOps(), db, last_user="sclarke")
    qtbot.addWidget(dialog)
    assert dialog.proxy.rowCount() >= 20
    assert "sclarke" in dialog.list.currentIndex().data()
    dialog.search.setText("Sarah Clarke")
    assert dialog.proxy.rowCount() == 1
    dialog.search.returnPressed.emit()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.signed_in.username == "sclarke"


def _elided(dialog) -> list[str]:
    """Entries the list would cut short: wider than its viewport, or than the delegate's room."""
    from PySide6.QtWidgets import QStyle

    view = dialog.list
    room = view.viewport().width()
    # The delegate leaves this much either side of the text (QCommonStyle's item layout).
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    cut = []
    for row in range(dialog.proxy.rowCount()):
        index = dialog.proxy.index(row, 0)
        text = index.data()
        if (
            view.fontMetrics().horizontalAdvance(text) + margin > room
            or view.sizeHintForIndex(index).width() > room
        ):
            cut.append(text)
    return cut


@pytest.mark.parametrize("language", ["en", "cy"])
@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_no_entry_is_cut_short_at_the_users_font_size(qtbot, qapp, db, language, scale):
    """Each entry is "Name (username) · Role · Team": a cut-off role or team misleads."""
    from PySide6.QtCore import QLocale

    from agent_desktop.ui.i18n import install_language

    seed(db, 5)
    locale, font = QLocale(), qapp.font()
    translator = install_language(qapp, language) if language == "cy" else None
    bigger = qapp.font()
    bigger.setPointSizeF(bigger.pointSizeF() * scale)
    qapp.setFont(bigger)
    try:
        dialog = SignInDialog(ImmediateOps(), db, last_user="sclarke")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.proxy.rowCount() >= 20
        if language == "cy":
            assert any(
                " · Asiant" in dialog.proxy.index(r, 0).data()
                for r in range(dialog.proxy.rowCount())
            )
        assert _elided(dialog) == []
    finally:
        qapp.setFont(font)
        if translator is not None:
            qapp.removeTranslator(translator)
        QLocale.setDefault(locale)
