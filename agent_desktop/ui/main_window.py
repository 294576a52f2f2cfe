"""The main window: assembles the panels, the menus and the status bar; holds no database session.

The panels are built for one person's data in one language. A change of language, or of the
person signed in, builds them again in place: the window itself stays, so its signals and
slots, and whatever other code connected to them, carry on (ui/rebuild.py keeps the agent's
place across a language change).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QTabWidget,
    QWidget,
)
from shiboken6 import isValid

from agent_desktop.domain.values import Role
from agent_desktop.services.changes import Changes
from agent_desktop.services.database import Database
from agent_desktop.services.gateway import DeskData, SyncStatus, desk_data
from agent_desktop.services.session import SignedIn
from agent_desktop.ui.accessibility import announce
from agent_desktop.ui.desks import AGENT_DESK, desks_for, go_desks, may_open, registered
from agent_desktop.ui.i18n import LANGUAGES, current_language, install_language
from agent_desktop.ui.ops import Ops
from agent_desktop.ui.rebuild import PanelState, settle
from agent_desktop.ui.status_line import StatusLine
from agent_desktop.ui.team_board import TEAM_BOARD_DESK
from agent_desktop.ui.visits_desk import ArrivalWatch

if TYPE_CHECKING:
    from agent_desktop.ui.shortcuts import ShortcutsDialog

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
TEAM_BOARD_KEY = TEAM_BOARD_DESK.key
SIGN_OUT_KEY = "Ctrl+Shift+O"


class MainWindow(QMainWindow):
    sig_queue_loaded = Signal(int)
    """Emitted with the number of rows each time the work queue has loaded."""
    sig_card_shown = Signal(str)
    """Emitted with the customer's reference each time a customer card has been shown."""
    sig_load_failed = Signal(str)
    """Emitted with a message when a panel could not load its data."""
    sig_language_chosen = Signal(str)
    """Emitted with 'en' or 'cy' once the user has picked an interface language and the window
    shows it."""
    sig_connection_settings_requested = Signal()
    """Emitted when the user asks to see or change the central server's settings."""
    sig_sign_out_requested = Signal()
    """Emitted when the person signed in asks to sign out, so someone else can sign in."""

    def __init__(self, data: Database | DeskData, user: SignedIn, ops: Ops | None = None):
        super().__init__()
        self.ops = ops or Ops(parent=self)
        self.sync = None
        self.find = self.queue = self.actions_bar = self.card = self.pop = None
        self.screens: dict[str, QWidget] = {}
        self.status_line: StatusLine | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self._last_sync = None  # shows the last sync status again, in the current language
        self._pending_pop: str | None = None
        self._rebuilding = False
        self._window_actions: list[QAction] = []
        self._menus = []
        self._retired: list[QWidget] = []
        # Desks opened from the Go menu that are not the person's own: kept across a rebuild.
        self._opened: list[str] = []
        self.arrivals: ArrivalWatch | None = None
        self.setWindowIcon(QIcon(str(RESOURCES / "agent-desktop.svg")))
        self._assemble(data, user)
        self.resize(1360, 860)

    # --- assembly ---------------------------------------------------------------------------

    def _assemble(self, data: Database | DeskData, user: SignedIn) -> None:
        self.data = desk_data(data)
        self.user = user
        self._build()

    def _build(self) -> None:
        data, user = self.data, self.user
        self.setWindowTitle(self.tr("Agent desktop — {name}").format(name=user.name))
        # One screen per desk the person's roles give them: one fills the window, several
        # share it as tabs.
        shown = desks_for(user) + [
            d for key in self._opened if (d := registered(key)) is not None and may_open(d, user)
        ]
        shown = list({d.key: d for d in shown}.values())
        self.screens = {desk.key: desk.build(self, data, user) for desk in shown}
        agent = self.screens.get(AGENT_DESK.key)
        self.find, self.queue = agent.find, agent.queue
        self.actions_bar, self.card, self.pop = agent.actions_bar, agent.card, agent.pop
        self.splitter = agent.splitter
        if len(self.screens) == 1:
            self.setCentralWidget(agent)
        else:
            tabs = QTabWidget(self)
            for desk in shown:
                tabs.addTab(self.screens[desk.key], desk.title())
            self.setCentralWidget(tabs)
            # Reception opens on its own desk: the agent's is there for finding a customer.
            if user.main_role == Role.VISITS and Role.AGENT not in user.roles:
                own = [d for d in shown if d.key != AGENT_DESK.key and user.main_role in d.roles]
                if own:
                    tabs.setCurrentWidget(self.screens[own[0].key])
        self._share_width()
        # A visitor of this person's checked in at the visits desk: said on their desktop.
        self.arrivals = ArrivalWatch(self.ops, data, user, self)
        self.arrivals.sig_arrived.connect(self._visitor_arrived)

        self._build_status_bar()
        self._build_menus()
        self._connect()

    def _share_width(self) -> None:
        """The queue gets the width its columns need in this language (up to two thirds of the
        window), the card the rest; equal stretch factors share out later changes."""
        self.screens[AGENT_DESK.key].share_width(self.width())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self.isVisible() and self.queue is not None:
            self._share_width()  # before the first show, the default size is still settling

    def _build_status_bar(self) -> None:
        self.status_line = StatusLine(self.statusBar(), self.data, self.user)
        self.who_label = self.status_line.who_label
        self.database_label = self.status_line.database_label
        self.offline_icon = self.status_line.offline_icon

    def _action(self, text: str, shortcut: str | QKeySequence, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        self._window_actions.append(action)
        return action

    def _build_menus(self) -> None:
        menus = self.menuBar()
        # Top-level mnemonics avoid the panels' own: C E L S I B T U P (actions), W M Y O D Q
        # (queue) and F (find).
        go = menus.addMenu(self.tr("&Go"))
        go.addAction(self.find.find_action)
        go.addAction(self._action(self.tr("&Work queue"), "Ctrl+1", self.queue.focus_queue))
        go.addAction(self._action(self.tr("Customer &card"), "Ctrl+2", self.focus_card))
        for desk in go_desks(self.user):
            go.addAction(
                self._action(desk.go_label(), desk.go_key or "", partial(self.show_desk, desk.key))
            )
        go.addAction(
            self._action(self.tr("&Refresh"), QKeySequence.StandardKey.Refresh, self.refresh)
        )
        go.addSeparator()
        go.addAction(
            self._action(self.tr("Sign &out…"), SIGN_OUT_KEY, self.sig_sign_out_requested.emit)
        )
        go.addAction(self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close))
        contact = menus.addMenu(self.tr("Co&ntact"))
        contact.addActions(self.actions_bar.actions())
        view = menus.addMenu(self.tr("&View"))
        language = view.addMenu(self.tr("&Language"))
        choices = QActionGroup(language)
        choices.setExclusive(True)
        for code, name in LANGUAGES.items():  # each in itself: never translated
            choice = QAction(f"&{name}", choices)
            choice.setCheckable(True)
            choice.setChecked(code == current_language())
            choice.triggered.connect(partial(self._choose, code))
            language.addAction(choice)
        view.addAction(
            self._action(
                self.tr("Central &server…"), "", self.sig_connection_settings_requested.emit
            )
        )
        help_menu = menus.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&Keyboard shortcuts"), "F1", self.show_shortcuts))
        self._menus = [go, contact, view, help_menu]

    def show_team_board(self) -> None:
        """Ctrl+3: the team board's tab, with the focus on its members."""
        if TEAM_BOARD_KEY in self.screens:
            self.show_desk(TEAM_BOARD_KEY)

    def show_desk(self, key: str) -> None:
        """A desk from the Go menu: its tab brought forward with the keyboard on it; a desk
        the person may open but does not work at joins the tabs first."""
        desk = registered(key)
        if desk is None or self.user is None or not may_open(desk, self.user):
            return
        screen = self.screens.get(key)
        if screen is None:
            screen = self._open_desk(desk)
        tabs = self.centralWidget()
        if isinstance(tabs, QTabWidget):
            tabs.setCurrentWidget(screen)
        if desk.focus is not None:
            desk.focus(screen)
        else:
            screen.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _open_desk(self, desk) -> QWidget:
        screen = desk.build(self, self.data, self.user)
        self.screens[desk.key] = screen
        self._opened.append(desk.key)
        tabs = self.centralWidget()
        if not isinstance(tabs, QTabWidget):
            agent = self.takeCentralWidget()
            tabs = QTabWidget(self)
            tabs.addTab(agent, AGENT_DESK.title())
            self.setCentralWidget(tabs)
        tabs.addTab(screen, desk.title())
        self._connect_screen(screen)
        return screen

    def _connect_screen(self, screen: QWidget) -> None:
        """A desk's own signals (besides the agent's panels): what it changed, what it says."""
        changes = getattr(screen, "sig_changes", None)
        if changes is not None:
            changes.connect(self.changes_made)
        message = getattr(screen, "sig_message", None)
        if message is not None:
            message.connect(lambda text: self.statusBar().showMessage(text, 10000))

    def _visitor_arrived(self, text: str) -> None:
        self.statusBar().showMessage(text, 60000)
        announce(self.statusBar(), text)

    def _connect(self) -> None:
        for key, screen in self.screens.items():
            if key != AGENT_DESK.key:
                self._connect_screen(screen)
        self.queue.sig_loaded.connect(self.sig_queue_loaded)
        self.queue.sig_load_failed.connect(self._failed)
        self.card.sig_loaded.connect(self.sig_card_shown)
        self.card.sig_load_failed.connect(self._failed)
        self.card.sig_not_found.connect(
            lambda ref: self.statusBar().showMessage(
                self.tr("No customer has the reference {ref}").format(ref=ref), 8000
            )
        )
        self.actions_bar.sig_message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.card.sig_message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.pop.sig_caller_identified.connect(
            lambda _ref, words: self.statusBar().showMessage(words, 30000)
        )

    def _teardown(self) -> None:
        """Take the panels, menus and status bar off the window, to be deleted shortly."""
        self._rebuilding = True
        # Answers to reads still running go to the panels that asked, so those must live.
        settle(self.ops.pool)
        retired = QWidget()
        self.takeCentralWidget().setParent(retired)
        if self.status_line is not None:
            self.status_line.remove(retired)
        self.statusBar().clearMessage()
        self.menuBar().clear()
        for menu in self._menus:
            menu.setParent(retired, menu.windowFlags())
        for action in self._window_actions:
            self.removeAction(action)
            action.setParent(retired)
        if self.pop is not None:
            if self.pop.dialog is not None:
                self.pop.dialog.reject()
            self.pop.setParent(retired)
        if self.arrivals is not None:
            self.arrivals.setParent(retired)
            self.arrivals = None
        self._menus, self._window_actions = [], []
        self.find = self.queue = self.actions_bar = self.card = self.pop = None
        self.screens = {}
        self.status_line = self.who_label = self.database_label = self.offline_icon = None
        # Deleted by the event loop, never here: this may run inside a slot of one of them.
        self._retired = [r for r in self._retired if isValid(r)] + [retired]
        retired.deleteLater()
        self._rebuilding = False

    # --- language and the person signed in ---------------------------------------------------

    def retranslate(self) -> None:
        """Build the panels, menus and status bar again in the language now installed, with
        the open card, the queue's filters, text and selected item, the find text, the call
        being timed, the sync status and the layout as they were."""
        if self.queue is None:  # signed out: nothing of anyone's is shown
            return
        state = PanelState.capture(self)
        self._teardown()
        self._build()
        state.restore(self)
        if self._last_sync is not None:
            self._last_sync()
        self._deliver_pending_pop()

    def show_session(self, data: Database | DeskData, user: SignedIn) -> None:
        """Show `user`'s panels on `data` (after signing in as someone else)."""
        self._teardown()
        self._last_sync = None
        self._opened = []
        self._assemble(data, user)
        self._deliver_pending_pop()

    def clear_session(self) -> None:
        """Take every panel of the person signed out off the screen; nothing of theirs stays."""
        if self.queue is not None:
            self._teardown()
        self.data = self.user = None
        self._last_sync = None
        self._opened = []
        self.setWindowTitle(self.tr("Agent desktop"))
        placeholder = QLabel(self.tr("Signed out. Choose who signs in next."), self)
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(placeholder)

    @property
    def signed_in(self) -> bool:
        return self.queue is not None

    def call_being_timed(self) -> int | None:
        """The seconds of the call being timed now, or None."""
        timer = self.actions_bar.timer if self.actions_bar is not None else None
        return timer.elapsed_seconds() if timer is not None and timer.running else None

    def _choose(self, language: str) -> None:
        if language != current_language():
            install_language(QCoreApplication.instance(), language)
            self.retranslate()
        self.sig_language_chosen.emit(language)

    # --- behaviour --------------------------------------------------------------------------

    def open_customer(self, ref: str) -> None:
        self.card.show_customer(ref)

    def focus_card(self) -> None:
        """Ctrl+2: the keyboard on the card's first readable value (the customer's name)."""
        self.card.focus_first()

    @Slot(str)
    def show_pop(self, number: str) -> None:
        """A caller's number from the telephony: their card, a choice, or a new customer.

        Kept while nobody is signed in (or the panels are being rebuilt) and shown to whoever
        signs in next: the caller may still be on the line.
        """
        if self.pop is None or self._rebuilding:
            self._pending_pop = number
            return
        self.pop.pop(number)

    def _deliver_pending_pop(self) -> None:
        if self._pending_pop is not None:
            number, self._pending_pop = self._pending_pop, None
            self.pop.pop(number)

    def refresh(self) -> None:
        self.queue.refresh()
        self.card.refresh()
        for key, screen in self.screens.items():
            if key != AGENT_DESK.key and hasattr(screen, "refresh"):
                screen.refresh()

    def load(self) -> None:
        """Load the queue; the first thing an agent sees."""
        self.queue.refresh()

    @Slot(object)
    def changes_made(self, changes: Changes) -> None:
        """A write at this desk changed `changes`: every screen refreshes what it shows of
        them, and the sync looks at once (the write may have found the central database gone,
        or back)."""
        self.broadcast(changes, made_by=self.sender())
        if self.sync is not None:
            self.sync.request()

    def broadcast(self, changes: Changes, made_by=None) -> None:
        """Hand `changes` to each screen; `made_by`, the panel that made them, is skipped."""
        for screen in list(self.screens.values()):
            on_changes = getattr(screen, "on_changes", None)
            if on_changes is not None:
                on_changes(changes, made_by)
        if self.arrivals is not None:
            self.arrivals.on_changes(changes, made_by)

    def show_shortcuts(self) -> None:
        """F1: every key the window has now, in the interface language."""
        from agent_desktop.ui.shortcuts import ShortcutsDialog, window_shortcuts  # not at start

        dialog = ShortcutsDialog(window_shortcuts(self), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shortcuts_dialog = dialog
        dialog.open()

    # --- keeping in step with the central database ------------------------------------------

    def attach_sync(self, controller) -> None:
        """Show `controller`'s status and re-read the views whenever the replica changes."""
        self.sync = controller
        controller.sig_status.connect(self.show_sync_status)
        controller.sig_changed.connect(self._replica_changed)
        controller.sig_failed.connect(self._sync_failed)

    def detach_sync(self) -> None:
        """Stop listening to the sync controller (it is being stopped)."""
        controller, self.sync = self.sync, None
        if controller is not None and isValid(controller):
            controller.sig_status.disconnect(self.show_sync_status)
            controller.sig_changed.disconnect(self._replica_changed)
            controller.sig_failed.disconnect(self._sync_failed)

    def _sync_failed(self, error: str) -> None:
        if self.status_line is not None:
            self._last_sync = partial(self._sync_failed, error)
            self.status_line.sync_failed(error)

    def _replica_changed(self, changes: Changes) -> None:
        # What a pull changed in this desktop's scope: each screen re-reads what it shows of it.
        self.broadcast(changes)

    def show_sync_status(self, status: SyncStatus) -> None:
        if self.status_line is None:
            return
        self._last_sync = partial(self.show_sync_status, status)
        if self.status_line.show_sync_status(status):
            # Outreach is refused while offline: the buttons must say so at once.
            self.actions_bar.refresh_preview()

    def _failed(self, what: str) -> None:
        if self.status_line is not None:
            self.status_line.load_failed(what)
        self.sig_load_failed.emit(what)
