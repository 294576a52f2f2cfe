"""The desks a person may work at, by role: the window builds one screen per desk they have.

A desk is one registry entry: its title, the roles that work at it and how its screen is built
on the window's data gateway. The window asks `desks_for(user)` and shows each desk's screen
(one desk fills the window; several share it as tabs), so the next desks (the team leader's
board, the visits desk) plug in with a `register` and no edit to the agent's panels.

A desk may have a Go menu entry and key (`go_label`, `go_key`): the window builds the menu's
desk entries from the registry. People whose roles are in `opened_by` reach such a desk from
the Go menu although it is not theirs (the visits desk, for agents and team leaders).

A desk's screen may have `on_changes(changes, made_by)`: the window calls it with what any
write (or a pull from the central database) changed, so it refreshes what it shows of that.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from agent_desktop.domain.values import Role
from agent_desktop.services.changes import Changes
from agent_desktop.services.gateway import DeskData
from agent_desktop.services.session import SignedIn


@dataclass(frozen=True)
class Desk:
    key: str
    # The desk's title in the interface language (a tab's label when a person has several).
    title: Callable[[], str]
    roles: frozenset[Role]
    # Builds the desk's screen for `user` on `data`, as a child of the window.
    build: Callable[[QWidget, DeskData, SignedIn], QWidget]
    # The desk's entry in the Go menu (with its mnemonic) and key; none: not in the menu.
    go_label: Callable[[], str] | None = None
    go_key: str | None = None
    # Roles, besides `roles`, who may open the desk from the Go menu (it then joins the
    # window's tabs until they sign out).
    opened_by: frozenset[Role] = frozenset()
    # Puts the keyboard on the desk's screen when the Go menu brings it forward.
    focus: Callable[[QWidget], None] | None = None


_desks: list[Desk] = []


def register(desk: Desk) -> None:
    """Add `desk` (replacing one with the same key, in its place); it shows from the next
    build of a window."""
    for n, known in enumerate(_desks):
        if known.key == desk.key:
            _desks[n] = desk
            return
    _desks.append(desk)


def registered(key: str) -> Desk | None:
    return next((d for d in _desks if d.key == key), None)


def unregister(key: str) -> None:
    _desks[:] = [d for d in _desks if d.key != key]


def desks_for(user: SignedIn) -> list[Desk]:
    """The desks `user`'s roles give them, in the order they were registered."""
    return [d for d in _desks if d.roles & user.roles]


def may_open(desk: Desk, user: SignedIn) -> bool:
    """Whether `user` works at `desk` or may open it from the Go menu."""
    return bool((desk.roles | desk.opened_by) & user.roles)


def go_desks(user: SignedIn) -> list[Desk]:
    """The desks with a Go menu entry that `user` may reach, in the order registered."""
    return [d for d in _desks if d.go_label is not None and may_open(d, user)]


class AgentDeskScreen(QWidget):
    """Find and the work queue beside the customer's contact actions and card."""

    def __init__(self, window, data: DeskData, user: SignedIn):
        super().__init__(window)
        from agent_desktop.ui.action_bar import ActionBar
        from agent_desktop.ui.customer_card import CustomerCardPanel
        from agent_desktop.ui.find_panel import FindPanel
        from agent_desktop.ui.queue_panel import QueuePanel
        from agent_desktop.ui.screen_pop import PopController

        ops = window.ops
        self.find = FindPanel(ops, data, self)
        self.queue = QueuePanel(ops, data, user, self)
        self.actions_bar = ActionBar(ops, data, user, self)
        self.card = CustomerCardPanel(ops, data, user, self)
        self.pop = PopController(
            ops, data, self.find, window.open_customer, window, created_by=user.username
        )

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.find)
        left_layout.addWidget(self.queue, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.actions_bar)
        right_layout.addWidget(self.card, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        # Reading order: find, queue, then the customer's actions and card.
        QWidget.setTabOrder(self.find, self.queue)
        QWidget.setTabOrder(self.queue, self.actions_bar)
        QWidget.setTabOrder(self.actions_bar, self.card)

        # The panels in step with each other: the card's customer is the bar's.
        self.queue.sig_open_customer.connect(window.open_customer)
        self.find.sig_open_customer.connect(window.open_customer)
        self.card.sig_loaded.connect(self.actions_bar.set_customer)
        self.card.sig_not_found.connect(lambda _ref: self.actions_bar.set_customer(None))
        self.card.sig_load_failed.connect(lambda _ref: self.actions_bar.set_customer(None))
        # What a write here changed goes to the window, which passes it to every screen.
        self.actions_bar.sig_changes.connect(window.changes_made)
        self.card.sig_changes.connect(window.changes_made)

    def on_changes(self, changes: Changes, made_by: QObject | None = None) -> None:
        """Refresh what this desk shows of `changes`; the panel that made them has already."""
        for panel in (self.queue, self.card, self.actions_bar):
            if panel is not made_by:
                panel.on_changes(changes)

    def share_width(self, width: int) -> None:
        """The queue gets the width its columns need in this language (up to two thirds of
        `width`), the card the rest; equal stretch factors share out later changes."""
        width = max(width, 1)
        left = min(max(self.queue.preferred_width(), width // 2), width * 2 // 3)
        self.splitter.setSizes([left, width - left])


# Everyone may work the agent's desk.
AGENT_DESK = Desk(
    "agent",
    lambda: QCoreApplication.translate("Desks", "Agent desk"),
    frozenset(Role),
    AgentDeskScreen,
)
register(AGENT_DESK)

# The team leader's board, the restrictions desk and the visits desk register themselves
# once imported.
from agent_desktop.ui import restriction_desk, team_board, visits_desk  # noqa: E402, F401
