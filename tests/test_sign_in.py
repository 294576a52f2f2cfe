"""Signing in on the embedded database by choosing a name."""

from __future__ import annotations

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
