"""Who works at this desktop now: their data and its sync in the window, and signing out.

Signing out ends one person's session without closing the application: work in flight lands,
the sync stops, their replica (and, with logins of their own, their connection) is closed,
and the window shows nothing of theirs. Their outbox stays on disk, and whoever signs in next
sends it (app.open_synced finds it). Then the sign-in step runs again: the staff list, or on a
central server where each person has their own database login, that person's user name and
password.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.credentials import CredentialStore, credential_key, hidden, scrub
from agent_desktop.domain.values import InvalidInput
from agent_desktop.services.database import Database, DatabaseUnreachable, open_database
from agent_desktop.services.gateway import desk_data
from agent_desktop.services.session import SignedIn, signed_in_by_login
from agent_desktop.settings import (
    CENTRAL_DATABASE,
    CENTRAL_HOST,
    CENTRAL_PORT,
    CENTRAL_USERNAME,
    LAST_USER,
    Settings,
    central_url,
)
from agent_desktop.ui.accessibility import ValueLabel, announce
from agent_desktop.ui.busy import BusyWords, run_busy
from agent_desktop.ui.call_timer import clock_text
from agent_desktop.ui.ops import Ops
from agent_desktop.ui.rebuild import settle
from agent_desktop.ui.sign_in import SignInDialog

log = logging.getLogger(__name__)
_ACCEPTED = QDialog.DialogCode.Accepted


class _AsPerson:
    """The settings, read with another person's database user name (for central_url)."""

    def __init__(self, settings: Settings, username: str):
        self._settings = settings
        self._username = username

    def get(self, setting):
        return self._username if setting is CENTRAL_USERNAME else self._settings.get(setting)


class OwnLoginPrompt(QDialog):
    """The next person's own database user name and password.

    The password is kept in this process's memory only, and forgotten when they sign out: on a
    desktop people take turns at, a credential store would let the next person sign in as
    the last.
    """

    def __init__(
        self, where: str, parent: QWidget | None = None, *, username: str = "", problem: str = ""
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in"))
        intro = QLabel(
            self.tr(
                "Sign in to the central database at {where} with your own user name and password."
            ).format(where=where),
            self,
        )
        intro.setWordWrap(True)
        self.username = QLineEdit(username, self)
        self.username.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        form = QFormLayout()
        for text, field in (
            (self.tr("&User name"), self.username),
            (self.tr("Pass&word"), self.password),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        self.error = ValueLabel(self.tr("Problem"), self)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Sign &in"))
        ok.setAccessibleName(self.tr("Sign in"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if problem:
            self.show_problem(problem)
        (self.password if username else self.username).setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        if not self.username.text().strip() or not self.password.text():
            self.show_problem(self.tr("Enter your user name and your password."))
            return
        super().accept()

    def show_problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)
        announce(self, text, assertive=True)


class DeskSession(QObject):
    """The session of the person signed in at `window`, and the hand-over to the next.

    `db` is the database people sign in through (the embedded file, or the central server);
    `open_data(db, user)` opens what the window reads and writes for `user` (their replica in
    front of a central server); `quit()` ends the application when nobody signs in next.
    """

    sig_signed_in = Signal(object)
    """Emitted with the SignedIn whose session has just started."""
    sig_signed_out = Signal(str)
    """Emitted with the username whose session has just ended."""

    def __init__(
        self,
        window,
        db: Database,
        ops: Ops,
        settings: Settings,
        credentials: CredentialStore,
        *,
        open_data: Callable,
        quit: Callable[[], None],
        own_logins: bool = False,
    ):
        super().__init__(window)
        self.window = window
        self.db = db
        self.ops = ops
        self.settings = settings
        self.credentials = credentials
        self.open_data = open_data
        self.quit = quit
        self.own_logins = own_logins
        self.data = None
        self.user: SignedIn | None = None
        self.controller = None
        # Queued: signing out replaces the menus, so it runs after the menu's action returns.
        window.sig_sign_out_requested.connect(self.sign_out, Qt.ConnectionType.QueuedConnection)

    def start(self, data, user: SignedIn) -> None:
        """Run `user`'s session on `data`, which the window shows already."""
        self.data, self.user = desk_data(data), user
        if self.data.synced:
            from agent_desktop.ui.sync_controller import SyncController

            self.controller = SyncController(self.data, self.window)
            self.window.attach_sync(self.controller)
        if self.controller is None or self.data.had_copy:
            self.window.load()
        else:  # a new replica: the queue is worth reading once its first copy has arrived
            window = self.window
            self.controller.sig_status.connect(
                lambda _status: window.load(), Qt.ConnectionType.SingleShotConnection
            )
        if self.controller is not None:
            self.controller.start()
        self.sig_signed_in.emit(user)

    def end(self) -> None:
        """End the session: work in flight lands, the sync stops, the window shows nothing of
        this person's and their data is closed."""
        if self.data is None:
            return
        settle(self.ops.pool)
        if self.controller is not None:
            settle(self.controller.ops.pool)
            self.controller.stop()
            self.window.detach_sync()
            self.controller.deleteLater()
            self.controller = None
        self.window.clear_session()
        self.data.dispose()
        if self.own_logins:
            key = credential_key(self.settings)
            if key is not None:
                self.credentials.session.forget(key)
        who, self.data, self.user = self.user, None, None
        log.info("signed out")
        self.sig_signed_out.emit(who.username if who else "")

    @Slot()
    def sign_out(self) -> None:
        """End this session and sign the next person in; cancelling the sign-in quits.

        Cancelling does not return to the person who signed out: they asked to leave, and
        handing their session back to whoever presses Escape at the desk would undo that.
        """
        if self.data is None:
            return
        seconds = self.window.call_being_timed()
        if seconds is not None and not self.confirm_during_call(seconds):
            return
        self.end()
        following = self._next_person()
        if following is None:
            self.quit()
            return
        data, user = following
        self.window.show_session(data, user)
        self.start(data, user)

    def confirm_during_call(self, seconds: int) -> bool:
        """Ask whether to sign out although a call is being timed."""
        answer = QMessageBox.question(
            self.window,
            self.tr("Sign out"),
            self.tr(
                "A call is being timed ({elapsed}). Sign out anyway? The call timer stops."
            ).format(elapsed=clock_text(seconds)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # --- the next person --------------------------------------------------------------------

    def _next_person(self):
        """(data, user) for whoever signs in next, or None when they cancel."""
        words = BusyWords()
        while True:
            db = self.db
            user = None
            if self.own_logins:
                db = self._connect_as_next_person()
                if db is None:
                    return None
                try:
                    user = run_busy(self.ops, words.opening(), lambda db=db: signed_in_by_login(db))
                except DatabaseUnreachable as exc:
                    self._could_not(exc)
                    continue
            if user is None:  # a shared login, or the embedded database: the staff list
                dialog = SignInDialog(self.ops, db, "", self.window)
                chosen = dialog.exec() == _ACCEPTED
                user = dialog.signed_in if chosen else None
                dialog.deleteLater()
                if user is None:
                    if db is not self.db:
                        db.dispose()
                    return None
            self.db = db
            self.settings.set(LAST_USER, user.username)
            try:
                data = run_busy(
                    self.ops, words.replica(), lambda db=db, user=user: self.open_data(db, user)
                )
            except (DatabaseUnreachable, InvalidInput) as exc:
                self._could_not(exc, user)
                continue
            return data, user

    def _could_not(self, exc: Exception, user: SignedIn | None = None) -> None:
        log.warning("could not sign the next person in: %s", type(exc).__name__)
        reason = exc.message if isinstance(exc, InvalidInput) else str(exc)
        text = (
            self.tr("{name} could not be signed in: {reason}").format(name=user.name, reason=reason)
            if user is not None
            else self.tr("Could not sign in: {reason}").format(reason=reason)
        )
        QMessageBox.warning(self.window, self.tr("Sign in"), text)

    def _connect_as_next_person(self) -> Database | None:
        """The central database opened with the next person's own login; None if they cancel."""
        settings = self.settings
        host, port = settings.get(CENTRAL_HOST), settings.get(CENTRAL_PORT)
        where = f"{host}:{port}/{settings.get(CENTRAL_DATABASE)}"
        username, problem = "", ""
        while True:
            prompt = OwnLoginPrompt(where, self.window, username=username, problem=problem)
            accepted = prompt.exec() == _ACCEPTED
            username, password = prompt.username.text().strip(), prompt.password.text()
            prompt.deleteLater()
            if not accepted:
                return None
            person = _AsPerson(settings, username)
            url = central_url(person, password)
            try:
                db = run_busy(
                    self.ops,
                    BusyWords().connecting(hidden(url)),
                    lambda url=url: open_database(url),
                )
            except (DatabaseUnreachable, InvalidInput) as exc:
                problem = scrub(str(exc), password)
                log.warning(
                    "central database could not be opened as the next person: %s",
                    type(exc).__name__,
                )
                continue
            self.credentials.keep_for_session(credential_key(person), password)
            settings.set(CENTRAL_USERNAME, username)
            return db
