"""The status bar's lasting parts: who is signed in, and the state of the database and its sync."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QStatusBar, QStyle

from agent_desktop.services.gateway import (
    CALLBACK,
    INBOUND,
    VISIT_ARRIVE,
    VISIT_LEAVE,
    DeskData,
    RefusedEntry,
    SyncStatus,
)
from agent_desktop.services.session import SignedIn
from agent_desktop.ui.accessibility import ValueLabel, announce
from agent_desktop.ui.texts import channel_name, role_name


class StatusLine(QObject):
    """Adds its labels to `bar`; `remove()` takes them off again (when the window is rebuilt)."""

    def __init__(self, bar: QStatusBar, data: DeskData, user: SignedIn):
        super().__init__(bar)
        self.bar = bar
        self.data = data
        where = (
            self.tr("Embedded database") if data.kind == "embedded" else self.tr("Central database")
        )
        who = self.tr("Signed in as {name} ({username}) · {role}").format(
            name=user.name, username=user.username, role=role_name(user.main_role.value)
        )
        self.who_label = ValueLabel(self.tr("Signed in"), text=who)
        connected = (
            self.tr("{database}: connecting…") if data.synced else self.tr("{database}: connected")
        )
        self.database_label = ValueLabel(
            self.tr("Database state"), text=connected.format(database=where)
        )
        self.offline_icon = QLabel()
        self.offline_icon.setPixmap(
            bar.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(16, 16)
        )
        self.offline_icon.setAccessibleName(self.tr("Offline"))
        self.offline_icon.setVisible(False)
        bar.addWidget(self.who_label, 1)
        bar.addPermanentWidget(self.offline_icon)
        bar.addPermanentWidget(self.database_label)
        self._was_online: bool | None = None
        self._refused = 0

    def remove(self, new_parent: QObject) -> None:
        """Off the bar, and into `new_parent` (which deletes them)."""
        for widget in (self.who_label, self.offline_icon, self.database_label):
            self.bar.removeWidget(widget)
            widget.setParent(new_parent)
        self.setParent(new_parent)

    def show_sync_status(self, status: SyncStatus) -> bool:
        """Show `status`; True when the central database was just lost or found again."""
        tz = self.data.calendar.tz
        as_of = (
            f"{status.data_as_of.astimezone(tz):%H:%M}" if status.data_as_of else self.tr("never")
        )
        if status.online:
            text = self.tr("Central database: up to date as of {time}").format(time=as_of)
        else:
            since = f"{status.offline_since.astimezone(tz):%H:%M}"
            text = self.tr("Offline since {since}, showing data as of {time}").format(
                since=since, time=as_of
            )
        if status.waiting:
            text += self.tr(" · %n waiting to send", "", status.waiting)
        if status.refused:
            text += self.tr(" · %n could not be sent", "", status.refused)
        details = "\n".join(self._refused_text(entry) for entry in status.refused_entries)
        self.database_label.setText(text)
        self.database_label.setToolTip(details)
        if details:  # what a screen reader hears of the label: the reasons too
            self.database_label.setAccessibleDescription(f"{text}\n{details}")
        self.offline_icon.setVisible(not status.online)
        changed = self._was_online is not None and status.online != self._was_online
        if changed:
            announce(self.database_label, text, assertive=not status.online)
        elif status.refused > self._refused and status.refused_entries:
            # A write the central database refused: the agent must hear it, and why.
            announce(
                self.database_label,
                self._refused_text(status.refused_entries[-1]),
                assertive=True,
            )
        self._was_online = status.online
        self._refused = status.refused
        return changed

    def _refused_text(self, entry: RefusedEntry) -> str:
        """One refused write, for the status line's tooltip: what, for whom, when, why."""
        at = f"{entry.at.astimezone(self.data.calendar.tz):%H:%M}"
        if entry.kind == INBOUND:
            what = self.tr("Inbound {channel} for {ref} at {time}").format(
                channel=channel_name(entry.channel.value if entry.channel else ""),
                ref=entry.customer_ref,
                time=at,
            )
        elif entry.kind == CALLBACK:
            what = self.tr("Call-back request for {ref} at {time}").format(
                ref=entry.customer_ref, time=at
            )
        elif entry.kind == VISIT_ARRIVE:
            what = self.tr("Check-in of {ref}'s visitor at {time}").format(
                ref=entry.customer_ref, time=at
            )
        elif entry.kind == VISIT_LEAVE:
            what = self.tr("Check-out of {ref}'s visitor at {time}").format(
                ref=entry.customer_ref, time=at
            )
        else:
            what = self.tr("Work item marked done at {time}").format(time=at)
        return self.tr("Not sent: {what}. The central database refused it: {reason}").format(
            what=what, reason=entry.reason
        )

    def sync_failed(self, error: str) -> None:
        text = self.tr(
            "This desktop could not be brought up to date ({error}); trying again. "
            "Tell IT support if this stays."
        ).format(error=error)
        self.database_label.setText(text)
        self.offline_icon.setVisible(True)
        self._was_online = None

    def load_failed(self, what: str) -> None:
        self.database_label.setText(self.tr("Database: could not load {what}").format(what=what))
