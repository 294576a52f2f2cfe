"""What a screen reader hears of the agent's window, read through Qt's accessibility interfaces.

tests/test_accessibility_bus.py reads the same window through the real AT-SPI bus; these tests
pin each cause down on real widgets, quickly, on both databases where data is involved.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel

from agent_desktop.domain.values import Channel
from agent_desktop.services.outreach import InboundContact
from agent_desktop.services.session import sign_in
from agent_desktop.ui.accessibility import plain_text
from agent_desktop.ui.main_window import MainWindow
from agent_desktop.ui.ops import ImmediateOps
from tests.test_customer_card import AT, with_example

MARKUP = re.compile(r"<[a-zA-Z/!][^>]*>|&#?[0-9a-zA-Z]+;")


def heard(widget) -> tuple[str, str]:
    """The name and description a screen reader is given for `widget`."""
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name), face.text(QAccessible.Text.Description)


def squashed(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def window(qtbot, db, monkeypatch):
    """The agent's window on the example customers, the card of C-17702 open."""
    with_example(db)
    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(lambda _event: None))
    win = MainWindow(db, sign_in(db, "sclarke"), ImmediateOps())
    win.card._clock = lambda: AT
    win.actions_bar._clock = lambda: AT
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.load()
    win.open_customer("C-17702")
    qtbot.waitUntil(lambda: win.card.card is not None and win.actions_bar.customer == "C-17702")
    return win


def test_every_label_lets_a_screen_reader_hear_its_text(window):
    """A label's accessible name says what it is; it must not hide the value it shows."""
    window.actions_bar.timer.start(20)
    hidden = []
    labels = [
        label
        for label in window.findChildren(QLabel)
        if label.isVisibleTo(window) and label.text().strip()
    ]
    assert len(labels) > 20
    for label in labels:
        name, description = heard(label)
        shown = squashed(plain_text(label.text(), label.textFormat()))
        shown = shown.replace("&&", "\0").replace("&", "").replace("\0", "&")  # mnemonics
        if shown not in squashed(name) and shown not in squashed(description):
            hidden.append((label.accessibleName(), shown))
    assert not hidden, hidden


def test_card_values_are_read_with_what_they_are(window):
    header = window.card.header
    assert heard(header.ref_label) == ("Customer reference", "C-17702")
    assert heard(header.name_label) == ("Customer name", "Mark Reynolds")
    assert heard(header.phones_label) == ("Phone numbers", "01792 555123")


def test_no_markup_reaches_a_screen_reader(window, qtbot):
    window.open_customer("C-20418")  # a customer with a case, shown as rich text
    qtbot.waitUntil(lambda: window.card.card is not None and window.card.card.ref == "C-20418")
    cases = window.card.sections.case_labels
    assert cases and "CASE-2026-0931" in heard(cases[0])[1]
    found = [
        text
        for widget in window.findChildren(QLabel)
        for text in heard(widget)
        if MARKUP.search(text)
    ]
    assert not found, found


def test_ctrl_2_lands_on_the_customers_name(window, qtbot):
    window.activateWindow()
    window.find.focus_search()
    qtbot.waitUntil(lambda: window.find.edit.hasFocus())
    go_card = next(a for a in window.actions() if a.shortcut().toString() == "Ctrl+2")
    go_card.trigger()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.card.header.name_label)


def test_restrictions_are_read_out_when_the_card_opens_not_on_each_refresh(qtbot, db, monkeypatch):
    with_example(db)
    sent = []

    def record(event):
        if hasattr(event, "message"):
            sent.append((event.message(), event.politeness()))

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    win = MainWindow(db, sign_in(db, "sclarke"), ImmediateOps())
    win.card._clock = lambda: AT
    qtbot.addWidget(win)
    win.open_customer("C-17702")
    opened = [text for text, _ in sent if text.startswith("Restrictions:")]
    assert len(opened) == 1 and "1 a week" in opened[0]
    sent.clear()
    # An inbound call uses up the weekly limit (direction both): the banner's count changes,
    # and the refresh that follows must not read the whole banner out again.
    win.data.log_inbound(InboundContact("C-17702", Channel.PHONE, "sclarke", AT, "Asked again"))
    win.card.refresh()
    assert not [text for text, _ in sent if "Restrictions:" in text or "limited" in text], sent
    sent.clear()
    win.open_customer("C-20418")
    win.open_customer("C-17702")
    assert [text for text, _ in sent if text.startswith("Restrictions:")]


def test_a_contact_history_row_is_read_once(window):
    view = window.card.timeline_view
    face = QAccessible.queryAccessibleInterface(view)
    columns = view.model().columnCount()
    names = [face.child(i).text(QAccessible.Text.Name) for i in range(face.childCount())]
    # The tree's children are its header, then each row's cells.
    first_row = names[columns : 2 * columns]
    model = view.model()
    assert first_row == [model.data(model.index(0, c)) for c in range(columns)], names
    assert len(set(first_row)) == columns, first_row


def test_clear_buttons_are_named(window, qtbot):
    from PySide6.QtWidgets import QLineEdit, QToolButton

    unnamed = []
    for edit in window.findChildren(QLineEdit):
        if not edit.isClearButtonEnabled():
            continue
        edit.setText("x")  # the clear button shows only with something to clear
        for button in edit.findChildren(QToolButton):
            if not heard(button)[0]:
                unnamed.append(edit.accessibleName())
    assert not unnamed, unnamed


def test_nothing_is_said_twice_by_a_container_and_what_it_holds(window):
    from PySide6.QtWidgets import QWidget

    twice = []
    for widget in window.findChildren(QWidget):
        said = heard(widget)[1]
        if not said or not widget.isVisibleTo(window):
            continue
        for child in widget.findChildren(QWidget):
            if child.isVisibleTo(window) and heard(child)[1] == said:
                twice.append((widget.accessibleName(), said[:40]))
                break
    assert not twice, twice
