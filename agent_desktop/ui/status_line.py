"""The status bar's lasting parts: who is signed in, and the state of the database and its sync.

Its words keep the main window's translation context, where the Welsh translation has them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QStatusBar, QStyle

from agent_desktop.services.session import SignedIn
from agent_desktop.sync.desktop import Local, SyncStatus
from agent_desktop.ui.accessibility import ValueLabel, announce
from agent_desktop.ui.texts import role_name

# By this name, so that pyside6-lupdate finds the words (it reads calls to `translate`).
translate = QCoreApplication.translate


class StatusLine(QObject):
    """Adds its labels to `bar`; `remove()` takes them off again (when the window is rebuilt)."""

    def __init__(self, bar: QStatusBar, data: Local, user: SignedIn):
        super().__init__(bar)
        self.bar = bar
        self.data = data
        where = (translate("MainWindow", "Embedded database") if data.kind == "embedded"
                 else translate("MainWindow", "Central database"))
        who = translate("MainWindow", "Signed in as {name} ({username}) · {role}").format(
            name=user.name, username=user.username, role=role_name(user.main_role.value))
        self.who_label = ValueLabel(translate("MainWindow", "Signed in"), text=who)
        connected = (translate("MainWindow", "{database}: connecting…") if data.synced
                     else translate("MainWindow", "{database}: connected"))
        self.database_label = ValueLabel(translate("MainWindow", "Database state"),
                                         text=connected.format(database=where))
        self.offline_icon = QLabel()
        self.offline_icon.setPixmap(bar.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(16, 16))
        self.offline_icon.setAccessibleName(translate("MainWindow", "Offline"))
        self.offline_icon.setVisible(False)
        bar.addWidget(self.who_label, 1)
        bar.addPermanentWidget(self.offline_icon)
        bar.addPermanentWidget(self.database_label)
        self._was_online: bool | None = None

    def remove(self, new_parent: QObject) -> None:
        """Off the bar, and into `new_parent` (which deletes them)."""
        for widget in (self.who_label, self.offline_icon, self.database_label):
            self.bar.removeWidget(widget)
            widget.setParent(new_parent)
        self.setParent(new_parent)

    def show_sync_status(self, status: SyncStatus) -> bool:
        """Show `status`; True when the central database was just lost or found again."""
        tz = self.data.calendar.tz
        as_of = (f"{status.data_as_of.astimezone(tz):%H:%M}" if status.data_as_of
                 else translate("MainWindow", "never"))
        if status.online:
            text = translate("MainWindow", "Central database: up to date as of {time}").format(
                time=as_of)
        else:
            since = f"{status.offline_since.astimezone(tz):%H:%M}"
            text = translate("MainWindow",
                             "Offline since {since}, showing data as of {time}").format(
                since=since, time=as_of)
        # Counts in plain names: pyside6-lupdate skips a plural whose count is an expression.
        waiting, refused = status.waiting, status.refused
        if waiting:
            text += translate("MainWindow", " · %n waiting to send", "", waiting)
        if refused:
            text += translate("MainWindow", " · %n could not be sent", "", refused)
        self.database_label.setText(text)
        self.offline_icon.setVisible(not status.online)
        changed = self._was_online is not None and status.online != self._was_online
        if changed:
            announce(self.database_label, text, assertive=not status.online)
        self._was_online = status.online
        return changed

    def sync_failed(self, error: str) -> None:
        text = translate("MainWindow",
                         "This desktop could not be brought up to date ({error}); trying again. "
                         "Tell IT support if this stays.").format(error=error)
        self.database_label.setText(text)
        self.offline_icon.setVisible(True)
        self._was_online = None

    def load_failed(self, what: str) -> None:
        self.database_label.setText(
            translate("MainWindow", "Database: could not load {what}").format(what=what))
