"""Connecting to the central server: the settings dialog, the password prompt, the failure message.

The password is never written to the settings file: it goes to the operating system's
credential store when the user asks for that and one is usable, and otherwise stays in this
session's memory. Anything shown to people names the server with the password hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from agent_desktop.credentials import CredentialStore, credential_key, hidden, scrub
from agent_desktop.services.database import server_version
from agent_desktop.settings import (
    CENTRAL_DATABASE,
    CENTRAL_HOST,
    CENTRAL_PORT,
    CENTRAL_TLS_MODE,
    CENTRAL_USERNAME,
    TLS_MODES,
    Settings,
    central_url,
)
from agent_desktop.ui.accessibility import ValueLabel, announce
from agent_desktop.ui.ops import Ops

CONNECT_TIMEOUT_SECONDS = 5


def failure_reason(exc: BaseException, password: str | None = None) -> str:
    """One line saying why a connection failed, never containing the password."""
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).strip()
    line = text.splitlines()[0] if text else type(exc).__name__
    return scrub(line, password)


def try_connect(url: str) -> str:
    """Connect to `url` once and return the server's version; raises when it cannot.

    Runs in a worker thread (through Ops), never on the GUI thread.
    """
    return server_version(url, CONNECT_TIMEOUT_SECONDS)


class _Values:
    """The dialog's fields, read like Settings so central_url builds the URL the same way."""

    def __init__(self, values: dict):
        self._values = values

    def get(self, setting):
        return self._values.get(setting.key, setting.default)


class ConnectionDialog(QDialog):
    """First-run and settings dialog for the central server.

    Save writes host, port, database, user name and TLS mode to the settings (never the
    password); the password goes to the credential store when "Remember" is ticked and one is
    usable, and is otherwise kept in memory for this session only.
    """

    sig_tested = Signal(bool, str)
    """Emitted after Test connection with whether it connected and the message shown."""

    def __init__(
        self,
        settings: Settings,
        credentials: CredentialStore,
        ops: Ops,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.settings = settings
        self.credentials = credentials
        self.ops = ops
        self._testing = False
        self.setWindowTitle(self.tr("Central database"))

        intro = QLabel(
            self.tr(
                "Connect to your contact centre's central database, or use the embedded database "
                "on this computer."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.embedded = QCheckBox(self.tr("Use the &embedded database on this computer"), self)
        self.embedded.setAccessibleName(self.tr("Use the embedded database"))

        self.host = QLineEdit(self)
        self.host.setAccessibleName(self.tr("Server host"))
        self.host.setPlaceholderText(self.tr("for example db.example.org"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setAccessibleName(self.tr("Port"))
        self.database = QLineEdit(self)
        self.database.setAccessibleName(self.tr("Database name"))
        self.username = QLineEdit(self)
        self.username.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.tls = QComboBox(self)
        self.tls.setAccessibleName(self.tr("TLS mode"))
        for mode, text in self._tls_texts().items():
            self.tls.addItem(text, mode)

        self.remember = QCheckBox(
            self.tr("&Remember password in the system's credential store"), self
        )
        self.remember.setAccessibleName(self.tr("Remember password"))
        self.remember_note = QLabel(self)
        self.remember_note.setWordWrap(True)

        self.test_button = QPushButton(self.tr("Test co&nnection"), self)
        self.test_button.setAccessibleName(self.tr("Test connection"))
        self.test_button.setAutoDefault(False)
        self.test_result = ValueLabel(self.tr("Connection test result"), self)
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.error = ValueLabel(self.tr("Problem"), self)
        self.error.setWordWrap(True)
        self.error.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel (Esc)"))
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.labels: dict[QWidget, QLabel] = {}
        for text, field in (
            (self.tr("Server &host"), self.host),
            (self.tr("&Port"), self.port),
            (self.tr("&Database"), self.database),
            (self.tr("&User name"), self.username),
            (self.tr("Pass&word"), self.password),
            (self.tr("&TLS mode"), self.tls),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            self.labels[field] = label
            self.form.addRow(label, field)
        self.server_fields = (
            self.host,
            self.port,
            self.database,
            self.username,
            self.password,
            self.tls,
            self.remember,
            self.test_button,
        )

        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        test_row.addWidget(self.test_result, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.embedded)
        layout.addLayout(self.form)
        layout.addWidget(self.remember)
        layout.addWidget(self.remember_note)
        layout.addLayout(test_row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        chain = (
            self.embedded,
            self.host,
            self.port,
            self.database,
            self.username,
            self.password,
            self.tls,
            self.remember,
            self.test_button,
            self.save_button,
            cancel,
        )
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

        self.embedded.toggled.connect(self._embedded_toggled)
        self.test_button.clicked.connect(self.test_connection)
        self._load()

    def _tls_texts(self) -> dict[str, str]:
        texts = {
            "disable": self.tr("Disable: never encrypt"),
            "allow": self.tr("Allow: encrypt only if the server insists"),
            "prefer": self.tr("Prefer: encrypt when the server can"),
            "require": self.tr("Require: always encrypt"),
            "verify-ca": self.tr("Verify CA: encrypt and check the certificate"),
            "verify-full": self.tr("Verify full: encrypt, check the certificate and host name"),
        }
        return {mode: texts[mode] for mode in TLS_MODES}

    # --- reading and writing -----------------------------------------------------------------

    def _load(self) -> None:
        s = self.settings
        self.host.setText(s.get(CENTRAL_HOST))
        self.port.setValue(s.get(CENTRAL_PORT))
        self.database.setText(s.get(CENTRAL_DATABASE))
        self.username.setText(s.get(CENTRAL_USERNAME))
        self.tls.setCurrentIndex(max(0, self.tls.findData(s.get(CENTRAL_TLS_MODE))))
        key = credential_key(s)
        if key is not None:
            self.password.setText(self.credentials.get(key) or "")
        if self.credentials.available():
            self.remember.setChecked(key is None or self.credentials.stored(key))
            self.remember_note.hide()
        else:
            self.remember.setChecked(False)
            self.remember.setEnabled(False)
            note = self.tr(
                "No credential store is available on this computer, so the password cannot be "
                "remembered: you will be asked for it each time the desktop starts. It is never "
                "written to a file."
            )
            self.remember_note.setText(note)
            self.remember.setAccessibleDescription(note)
        self.embedded.setChecked(key is None)
        self._embedded_toggled(self.embedded.isChecked())
        (self.embedded if self.embedded.isChecked() else self.host).setFocus(
            Qt.FocusReason.OtherFocusReason
        )

    def values(self) -> _Values:
        return _Values(
            {
                CENTRAL_HOST.key: "" if self.embedded.isChecked() else self.host.text().strip(),
                CENTRAL_PORT.key: self.port.value(),
                CENTRAL_DATABASE.key: self.database.text().strip(),
                CENTRAL_USERNAME.key: self.username.text().strip(),
                CENTRAL_TLS_MODE.key: self.tls.currentData(),
            }
        )

    def url(self) -> str | None:
        """The URL the fields describe, with the typed password; None for the embedded database."""
        return central_url(self.values(), self.password.text())

    def _problem(self) -> str | None:
        if self.embedded.isChecked():
            return None
        if not self.host.text().strip():
            return self.tr("Enter the server's host name, or choose the embedded database.")
        if not self.database.text().strip():
            return self.tr("Enter the name of the database on the server.")
        if not self.username.text().strip():
            return self.tr("Enter your user name on the server.")
        return None

    def accept(self) -> None:
        problem = self._problem()
        if problem:
            self._show_error(problem)
            return
        values = self.values()
        for setting in (
            CENTRAL_HOST,
            CENTRAL_PORT,
            CENTRAL_DATABASE,
            CENTRAL_USERNAME,
            CENTRAL_TLS_MODE,
        ):
            self.settings.set(setting, values.get(setting))
        key = credential_key(self.settings)
        if key is not None:
            password = self.password.text()
            remember = self.remember.isEnabled() and self.remember.isChecked()
            if not remember:
                self.credentials.delete(key)
            if password:
                self.credentials.keep_for_session(key, password)
                if remember:
                    self.credentials.set(key, password)
        super().accept()

    # --- the embedded option and the test ----------------------------------------------------

    def _embedded_toggled(self, embedded: bool) -> None:
        for widget in self.server_fields:
            widget.setEnabled(not embedded and not self._testing)
        if not self.credentials.available():
            self.remember.setEnabled(False)
        for label in self.labels.values():
            label.setEnabled(not embedded)
        self.error.hide()

    def test_connection(self) -> None:
        """Try to connect with the fields as they are, in a worker thread."""
        if self._testing:
            return
        problem = self._problem()
        if problem or self.embedded.isChecked():
            self._show_error(problem or self.tr("The embedded database needs no test."))
            return
        self.error.hide()
        url = self.url()
        password = self.password.text()
        where = hidden(url)
        self._testing = True
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Connecting to {where}…").format(where=where))
        self.ops.run(
            lambda: try_connect(url),
            lambda version: self._tested(
                True,
                self.tr("Connected to {where} (PostgreSQL {version}).").format(
                    where=where, version=version
                ),
            ),
            lambda exc: self._tested(
                False,
                self.tr("Could not connect to {where}: {reason}").format(
                    where=where, reason=failure_reason(exc, password)
                ),
            ),
        )

    def _tested(self, ok: bool, message: str) -> None:
        if not isValid(self):  # closed and deleted while the test ran
            return
        self._testing = False
        self.test_button.setEnabled(not self.embedded.isChecked())
        self.test_result.setText(message)
        announce(self, message, assertive=not ok)
        self.sig_tested.emit(ok, message)

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        announce(self, message, assertive=True)


class PasswordPrompt(QDialog):
    """Asks for the central server's password at start-up when no store holds it."""

    def __init__(self, where: str, can_remember: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Central database password"))
        intro = QLabel(self.tr("Enter the password for {where}.").format(where=where), self)
        intro.setWordWrap(True)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        label = QLabel(self.tr("Pass&word"), self)
        label.setBuddy(self.password_edit)
        self.remember = QCheckBox(
            self.tr("&Remember password in the system's credential store"), self
        )
        self.remember.setAccessibleName(self.tr("Remember password"))
        self.remember.setEnabled(can_remember)
        self.remember.setChecked(False)
        note = QLabel(self)
        note.setWordWrap(True)
        if not can_remember:
            text = self.tr(
                "No credential store is available on this computer: you will be "
                "asked for the password each time the desktop starts."
            )
            note.setText(text)
            self.remember.setAccessibleDescription(text)
        else:
            note.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Connect"))
        ok.setAccessibleName(self.tr("Connect"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel (Esc)"))
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.password_edit, 1)
        layout.addLayout(row)
        layout.addWidget(self.remember)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def password(self) -> str:
        return self.password_edit.text()

    def wants_remembering(self) -> bool:
        return self.remember.isEnabled() and self.remember.isChecked()


class UnreachableMessage(QMessageBox):
    """The central database could not be opened: change the settings, try again, or quit."""

    SETTINGS, RETRY, QUIT, OFFLINE = "settings", "retry", "quit", "offline"

    def __init__(
        self,
        where: str,
        reason: str,
        parent: QWidget | None = None,
        *,
        offline_as: str | None = None,
    ):
        """`offline_as`: whose replica this desktop holds, to offer working offline with it."""
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Central database unreachable"))
        self.setText(
            self.tr("The central database at {where} could not be opened.").format(where=where)
        )
        self.setInformativeText(reason)
        self.settings_button = self.addButton(
            self.tr("Connection &settings…"), QMessageBox.ButtonRole.ActionRole
        )
        self.settings_button.setAccessibleName(self.tr("Connection settings"))
        self.retry_button = self.addButton(self.tr("&Try again"), QMessageBox.ButtonRole.AcceptRole)
        self.retry_button.setAccessibleName(self.tr("Try again"))
        self.offline_button = None
        if offline_as:
            self.offline_button = self.addButton(
                self.tr("Work &offline as {username}").format(username=offline_as),
                QMessageBox.ButtonRole.ActionRole,
            )
            self.offline_button.setAccessibleName(self.tr("Work offline"))
        self.quit_button = self.addButton(self.tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
        self.quit_button.setAccessibleName(self.tr("Quit"))
        self.setDefaultButton(self.retry_button)
        self.setEscapeButton(self.quit_button)

    def choice(self) -> str:
        clicked = self.clickedButton()
        if clicked is self.settings_button:
            return self.SETTINGS
        if clicked is self.retry_button:
            return self.RETRY
        if clicked is not None and clicked is self.offline_button:
            return self.OFFLINE
        return self.QUIT


class _Restart(QObject):
    """Words for the note shown after the settings change in a running window."""

    def text(self) -> str:
        return self.tr("The new connection settings take effect the next time the desktop starts.")


def open_connection_settings(
    parent: QWidget | None,
    *,
    settings: Settings,
    credentials: CredentialStore,
    ops: Ops | None = None,
) -> bool:
    """Show the connection dialog from a running window; True when the user saved.

    Pass the application's own Settings object: a second one would write back stale values.
    The window keeps its current database; the saved settings apply at the next start.
    """
    ops = ops or getattr(parent, "ops", None) or Ops(parent=parent)
    dialog = ConnectionDialog(settings, credentials, ops, parent)
    saved = dialog.exec() == QDialog.DialogCode.Accepted
    if saved and parent is not None:
        QMessageBox.information(parent, dialog.windowTitle(), _Restart().text())
    return saved
