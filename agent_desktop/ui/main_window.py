"""The main window: assembles the panels, the menus and the status bar; holds no database session."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.services.database import Database
from agent_desktop.services.session import SignedIn
from agent_desktop.sync.desktop import Local, SyncStatus, as_data
from agent_desktop.ui.accessibility import ValueLabel, announce
from agent_desktop.ui.action_bar import ActionBar
from agent_desktop.ui.customer_card import CustomerCardPanel
from agent_desktop.ui.find_panel import FindPanel
from agent_desktop.ui.ops import Ops
from agent_desktop.ui.queue_panel import QueuePanel
from agent_desktop.ui.screen_pop import PopController
from agent_desktop.ui.texts import role_name

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


class MainWindow(QMainWindow):
    sig_queue_loaded = Signal(int)
    """Emitted with the number of rows each time the work queue has loaded."""
    sig_card_shown = Signal(str)
    """Emitted with the customer's reference each time a customer card has been shown."""
    sig_load_failed = Signal(str)
    """Emitted with a message when a panel could not load its data."""
    sig_language_chosen = Signal(str)
    """Emitted with 'en' or 'cy' when the user picks an interface language."""
    sig_connection_settings_requested = Signal()
    """Emitted when the user asks to see or change the central server's settings."""

    def __init__(self, data: Database | Local, user: SignedIn, ops: Ops | None = None):
        super().__init__()
        self.data = data = as_data(data)
        self.db = data.reads
        self.user = user
        self.ops = ops or Ops(parent=self)
        self.setWindowTitle(self.tr("Agent desktop — {name}").format(name=user.name))
        self.setWindowIcon(QIcon(str(RESOURCES / "agent-desktop.svg")))

        self.find = FindPanel(self.ops, data, self)
        self.queue = QueuePanel(self.ops, data, user, self)
        self.actions_bar = ActionBar(self.ops, data, user, self)
        self.card = CustomerCardPanel(self.ops, data, user, self)
        self.pop = PopController(self.ops, data, self.find, self.open_customer, self,
                                 created_by=user.username)

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
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        # Reading order: find, queue, then the customer's actions and card.
        QWidget.setTabOrder(self.find, self.queue)
        QWidget.setTabOrder(self.queue, self.actions_bar)
        QWidget.setTabOrder(self.actions_bar, self.card)

        self._build_status_bar()
        self._build_menus()
        self._connect()
        self.resize(1360, 860)
        splitter.setSizes([680, 680])

    # --- assembly ---------------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        where = (self.tr("Embedded database") if self.data.kind == "embedded"
                 else self.tr("Central database"))
        who = self.tr("Signed in as {name} ({username}) · {role}").format(
            name=self.user.name, username=self.user.username,
            role=role_name(self.user.main_role.value))
        self.who_label = ValueLabel(self.tr("Signed in"), text=who)
        connected = (self.tr("{database}: connecting…") if self.data.synced
                     else self.tr("{database}: connected"))
        self.database_label = ValueLabel(self.tr("Database state"),
                                         text=connected.format(database=where))
        self.offline_icon = QLabel()
        self.offline_icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(16, 16))
        self.offline_icon.setAccessibleName(self.tr("Offline"))
        self.offline_icon.setVisible(False)
        self.statusBar().addWidget(self.who_label, 1)
        self.statusBar().addPermanentWidget(self.offline_icon)
        self.statusBar().addPermanentWidget(self.database_label)
        self._was_online: bool | None = None

    def _action(self, text: str, shortcut: str | QKeySequence, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        menus = self.menuBar()
        # Top-level mnemonics avoid the panels' own: C E L S I B T (actions), W M Y O D Q
        # (queue) and F (find).
        go = menus.addMenu(self.tr("&Go"))
        go.addAction(self.find.find_action)
        go.addAction(self._action(self.tr("Work &queue"), "Ctrl+1", self.queue.setFocus))
        go.addAction(self._action(self.tr("Customer &card"), "Ctrl+2", self.card.setFocus))
        go.addAction(self._action(self.tr("&Refresh"), QKeySequence.StandardKey.Refresh,
                                  self.refresh))
        go.addSeparator()
        go.addAction(self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close))
        contact = menus.addMenu(self.tr("Co&ntact"))
        contact.addActions(self.actions_bar.actions())
        view = menus.addMenu(self.tr("&View"))
        language = view.addMenu(self.tr("&Language"))
        language.addAction(self._action(self.tr("&English"), "", lambda: self._choose("en")))
        language.addAction(self._action(self.tr("&Cymraeg"), "", lambda: self._choose("cy")))
        view.addAction(self._action(self.tr("Central &server…"), "",
                                    self.sig_connection_settings_requested.emit))
        help_menu = menus.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&Keyboard shortcuts"), "F1", self._shortcuts))

    def _connect(self) -> None:
        self.queue.sig_open_customer.connect(self.open_customer)
        self.find.sig_open_customer.connect(self.open_customer)
        self.queue.sig_loaded.connect(self.sig_queue_loaded)
        self.queue.sig_load_failed.connect(self._failed)
        self.card.sig_loaded.connect(self.actions_bar.set_customer)
        self.card.sig_loaded.connect(self.sig_card_shown)
        self.card.sig_not_found.connect(lambda _ref: self.actions_bar.set_customer(None))
        self.card.sig_load_failed.connect(lambda _ref: self.actions_bar.set_customer(None))
        self.card.sig_load_failed.connect(self._failed)
        self.card.sig_not_found.connect(
            lambda ref: self.statusBar().showMessage(
                self.tr("No customer has the reference {ref}").format(ref=ref), 8000))
        self.actions_bar.sig_contact_recorded.connect(self._contact_recorded)
        self.actions_bar.sig_work_changed.connect(self.queue.refresh)
        # A contact kept in the outbox shows on the card as waiting to send.
        self.actions_bar.sig_queued.connect(lambda _n: self.card.refresh(quietly=True))
        self.actions_bar.sig_message.connect(lambda text: self.statusBar().showMessage(text, 10000))

    # --- behaviour --------------------------------------------------------------------------

    def open_customer(self, ref: str) -> None:
        self.card.show_customer(ref)

    def refresh(self) -> None:
        self.queue.refresh()
        self.card.refresh()

    def load(self) -> None:
        """Load the queue; the first thing an agent sees."""
        self.queue.refresh()

    def _contact_recorded(self, ref: str) -> None:
        if self.card.current_ref == ref:
            self.card.refresh()
        self.queue.refresh()

    # --- keeping in step with the central database ------------------------------------------

    def attach_sync(self, controller) -> None:
        """Show `controller`'s status and re-read the views whenever the replica changes."""
        self.sync = controller
        controller.sig_status.connect(self.show_sync_status)
        controller.sig_changed.connect(self._replica_changed)
        controller.sig_failed.connect(self._sync_failed)
        # A write may have found the central database gone (or back): show it at once.
        self.actions_bar.sig_queued.connect(lambda _n: controller.request())
        self.actions_bar.sig_contact_recorded.connect(lambda _ref: controller.request())

    def _sync_failed(self, error: str) -> None:
        text = self.tr("This desktop could not be brought up to date ({error}); trying again. "
                       "Tell IT support if this stays.").format(error=error)
        self.database_label.setText(text)
        self.offline_icon.setVisible(True)
        self._was_online = None

    def _replica_changed(self, _applied: int) -> None:
        self.queue.refresh()
        self.card.refresh(quietly=True)

    def show_sync_status(self, status: SyncStatus) -> None:
        tz = self.data.calendar.tz
        as_of = (f"{status.data_as_of.astimezone(tz):%H:%M}" if status.data_as_of
                 else self.tr("never"))
        if status.online:
            text = self.tr("Central database: up to date as of {time}").format(time=as_of)
        else:
            since = f"{status.offline_since.astimezone(tz):%H:%M}"
            text = self.tr("Offline since {since}, showing data as of {time}").format(
                since=since, time=as_of)
        if status.waiting:
            text += self.tr(" · %n waiting to send", "", status.waiting)
        if status.refused:
            text += self.tr(" · %n could not be sent", "", status.refused)
        self.database_label.setText(text)
        self.offline_icon.setVisible(not status.online)
        if self._was_online is not None and status.online != self._was_online:
            announce(self.database_label, text, assertive=not status.online)
            # Outreach is refused while offline: the buttons must say so at once.
            self.actions_bar.refresh_preview()
        self._was_online = status.online

    def _failed(self, what: str) -> None:
        self.database_label.setText(self.tr("Database: could not load {what}").format(what=what))
        self.sig_load_failed.emit(what)

    def _choose(self, language: str) -> None:
        self.sig_language_chosen.emit(language)
        QMessageBox.information(
            self, self.tr("Language"),
            self.tr("The new language is used the next time you open the window."))

    def _shortcuts(self) -> None:
        lines = [f"{a.text().replace('&', '')}: {a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)}"
                 for a in self.actions() if not a.shortcut().isEmpty()]
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), "\n".join(lines))
