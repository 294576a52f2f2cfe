"""Signing in by choosing yourself from the staff list (the embedded database, or a shared login)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QVBoxLayout,
)

from agent_desktop.services.session import SignedIn, staff_directory
from agent_desktop.ui.accessibility import with_clear_button
from agent_desktop.ui.texts import role_name

_USER_ROLE = Qt.ItemDataRole.UserRole + 1
#: The share of the screen's width the dialog may take to show whole entries.
_MOST_OF_THE_SCREEN = 0.9


class SignInDialog(QDialog):
    """Lists the active staff; the chosen one is `signed_in` once the dialog is accepted.

    The list is small (one office's staff), so a proxy filter is fine here.
    """

    sig_staff_loaded = Signal(int)
    """Emitted with the number of staff listed once the directory has loaded."""

    def __init__(self, ops, db, last_user: str = "", parent=None):
        super().__init__(parent)
        self.signed_in: SignedIn | None = None
        self._last_user = last_user
        self.setWindowTitle(self.tr("Sign in"))
        intro = QLabel(
            self.tr("Choose your name to sign in to the embedded database.")
            if db.kind == "embedded"
            else self.tr("Choose your name to sign in to the central database.")
        )
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type to filter"))
        self.search.setAccessibleName(self.tr("Filter staff"))
        with_clear_button(self.search)
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setAccessibleName(self.tr("Staff"))
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        label = QLabel(self.tr("&Staff"))
        label.setBuddy(self.list)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign &in"))
        self.buttons.accepted.connect(self._accept_current)
        self.buttons.rejected.connect(self.reject)
        self.list.activated.connect(lambda _index: self._accept_current())
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.search.returnPressed.connect(self._accept_current)
        layout = QVBoxLayout(self)
        for widget in (intro, self.search, label, self.list, self.buttons):
            layout.addWidget(widget)
        ops.run(lambda: staff_directory(db), self._loaded, self._failed)

    def _loaded(self, staff: list[SignedIn]) -> None:
        for person in staff:
            role = role_name(person.main_role.value)
            team = f" · {person.team}" if person.team else ""
            item = QStandardItem(f"{person.name} ({person.username}) · {role}{team}")
            item.setData(person, _USER_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
            if person.username == self._last_user:
                self.list.setCurrentIndex(self.proxy.mapFromSource(item.index()))
        if not self.list.currentIndex().isValid() and self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))
        self._fit_entries()
        self.sig_staff_loaded.emit(len(staff))

    def _fit_entries(self) -> None:
        """Widen the list so its longest entry, "Name (username) · Role · Team", shows whole at
        the user's font size and in the interface language; where the screen is too narrow
        for that, entries wrap onto a second line rather than lose their end."""
        if not self.model.rowCount():
            return
        style = self.list.style()
        needed = (
            self.list.sizeHintForColumn(0)  # what the delegate needs, margins included
            + 2 * self.list.frameWidth()
            + style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self.list)
        )
        screen = self.screen() or QGuiApplication.primaryScreen()
        margins = self.layout().contentsMargins()
        room = int(
            screen.availableGeometry().width() * _MOST_OF_THE_SCREEN
            - margins.left()
            - margins.right()
        )
        self.list.setWordWrap(needed > room)
        self.list.setMinimumWidth(min(needed, room))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._fit_entries()

    def _failed(self, exc: Exception) -> None:
        self.model.appendRow(QStandardItem(self.tr("Could not load the staff list")))

    def _accept_current(self) -> None:
        index = self.list.currentIndex()
        if not index.isValid() and self.proxy.rowCount() == 1:
            index = self.proxy.index(0, 0)
        person = index.data(_USER_ROLE) if index.isValid() else None
        if isinstance(person, SignedIn):
            self.signed_in = person
            self.accept()
