"""Find: search customers as the agent types, by reference, name, phone or email."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.services.database import Database
from agent_desktop.services.directory import CustomerMatch
from agent_desktop.services.gateway import DeskData, desk_data
from agent_desktop.ui.accessibility import (
    announce,
    current_only_while_focused,
    with_clear_button,
)
from agent_desktop.ui.ops import Ops

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
REF_ROLE = Qt.ItemDataRole.UserRole + 1
_KEY_PRESS = QEvent.Type.KeyPress
_KEY_DOWN = Qt.Key.Key_Down
_KEY_UP = Qt.Key.Key_Up
_KEY_ESCAPE = Qt.Key.Key_Escape
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_NATIVE = QKeySequence.SequenceFormat.NativeText


class FindResultsModel(QAbstractListModel):
    """The customers found for the current query, one per row: who (the customer, or their
    representative when the number or email is the representative's) and the reference, then
    the postcode or first line of the address that tells two people of one name apart."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._matches: list[CustomerMatch] = []

    def set_matches(self, matches: Sequence[CustomerMatch]) -> None:
        self.beginResetModel()
        self._matches = list(matches)
        self.endResetModel()

    def ref_at(self, row: int) -> str:
        return self._matches[row].ref

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self._matches)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._matches):
            return None
        match = self._matches[index.row()]
        if role == _DISPLAY:
            first = self.tr("{name} · {ref}").format(name=caller_words(match), ref=match.ref)
            second = match.where or self.tr("No address held")
            return f"{first}\n{second}"
        if role in (_ACCESSIBLE, _TOOLTIP):
            # Plain words, one sentence: a screen reader reads the whole row, never markup.
            if match.where:
                return self.tr("{name}, reference {ref}, {where}").format(
                    name=caller_words(match), ref=match.ref, where=match.where
                )
            return self.tr("{name}, reference {ref}").format(
                name=caller_words(match), ref=match.ref
            )
        if role == REF_ROLE:
            return match.ref
        return None


def caller_words(match: CustomerMatch) -> str:
    """Who a match says is calling: the customer, or their representative on their behalf."""
    if not match.representative:
        return match.name
    return QCoreApplication.translate(
        "FindResultsModel", "{caller}, representative of {customer}"
    ).format(caller=match.representative, customer=match.name)


class FindPanel(QWidget):
    """A search line over a list of matching customers; Enter opens the chosen one."""

    sig_open_customer = Signal(str)
    """Emitted with a customer's reference when the agent opens them from the results."""
    sig_results_shown = Signal(str, int)
    """Emitted with the query and the number of customers shown, once results are on screen."""
    sig_search_failed = Signal(str)
    """Emitted with the query when a search could not run (the database was unreachable)."""

    DEBOUNCE_MS = 150
    LIMIT = 50

    def __init__(self, ops: Ops, data: Database | DeskData, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.data = desk_data(data)
        self._open_when_answered = False
        self._shown_query: str | None = ""  # the query whose answer is on screen

        shortcut = QKeySequence(QKeySequence.StandardKey.Find).toString(_NATIVE)
        self.find_action = QAction(self.tr("Find customer"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.find_action.triggered.connect(self.focus_search)
        self.addAction(self.find_action)

        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Reference, name, phone or email"))
        with_clear_button(self.edit)
        self.edit.setAccessibleName(self.tr("Find customer"))
        self.edit.setAccessibleDescription(
            self.tr(
                "Type a reference, a name, a phone number in any form or an email address. "
                "Press Down to move to the results and Enter to open a customer."
            )
        )
        self.edit.setToolTip(self.tr("Find a customer ({shortcut})").format(shortcut=shortcut))
        self.label = QLabel(self.tr("&Find customer ({shortcut})").format(shortcut=shortcut), self)
        self.label.setBuddy(self.edit)

        self.model = FindResultsModel(self)
        self.results = QListView(self)
        self.results.setModel(self.model)
        self.results.setAccessibleName(self.tr("Matching customers"))
        # A few matches at a glance; the queue below needs the height more.
        self.results.setMaximumHeight(self.fontMetrics().height() * 8)
        self.results.setAccessibleDescription(
            self.tr(
                "Press Enter to open the selected customer, Up from the first to return to the search."
            )
        )
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Two lines a row, and "Delyth Baker, representative of Mark Reynolds · C-17702" is
        # long: wrap to the panel's width rather than cut the reference off, and shade every
        # other row so each row's two lines read as one.
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setAlternatingRowColors(True)
        self.results.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        current_only_while_focused(self.results)
        # Shown only with something in it: an empty box took the queue's height for nothing.
        self.results.setVisible(False)
        self.model.modelReset.connect(lambda: self.results.setVisible(self.model.rowCount() > 0))

        self.status_icon = QLabel(self)
        self.status_icon.hide()
        self.status = QLabel(self)
        self.status.setVisible(False)  # an empty line is nothing to tab to or hear
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        status_row = QHBoxLayout()
        status_row.addWidget(self.status_icon, 0, Qt.AlignmentFlag.AlignTop)
        status_row.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.edit)
        layout.addLayout(status_row)
        layout.addWidget(self.results, 1)
        self.setTabOrder(self.edit, self.results)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DEBOUNCE_MS)
        self._timer.timeout.connect(self._search_now)
        self.edit.textChanged.connect(self._text_changed)
        self.edit.returnPressed.connect(self._enter_in_edit)
        self.edit.installEventFilter(self)
        self.results.installEventFilter(self)
        self.results.doubleClicked.connect(self._open_index)

    # --- slots for the window and the pop controller ---

    @Slot()
    def focus_search(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    @Slot(str)
    def set_query(self, text: str, search: bool = True) -> None:
        """Put `text` in the search line and search for it at once (or when Enter is pressed)."""
        self._set_text_quietly(text)
        if search:
            self._search_now()

    def show_matches(
        self, text: str, matches: Sequence[CustomerMatch], note: str | None = None
    ) -> None:
        """Show `matches` for `text` (found elsewhere, e.g. by a screen pop) and focus them."""
        self._set_text_quietly(text)
        self.ops.supersede(self, "search")  # a search still running would replace these
        self._shown_query = text.strip()
        self._open_when_answered = False
        shown = list(matches)[: self.LIMIT]
        self.model.set_matches(shown)
        self._show_status(
            note or self._count_text(len(shown), more=len(matches) > self.LIMIT), icon=None
        )
        self.sig_results_shown.emit(text, len(shown))
        if shown:
            self._focus_results()
        else:
            self.focus_search()

    def show_message(self, text: str, *, warning: bool = True) -> None:
        """Put `text` on the status line, with a warning or information icon."""
        self._show_status(
            text,
            icon=QStyle.StandardPixmap.SP_MessageBoxWarning
            if warning
            else QStyle.StandardPixmap.SP_MessageBoxInformation,
        )

    def clear_message(self) -> None:
        """Empty the status line (say, a caller named for an earlier call)."""
        self._show_status("", icon=None)

    def query(self) -> str:
        return self.edit.text()

    def status_text(self) -> str:
        return self.status.text()

    # --- searching ---

    def _set_text_quietly(self, text: str) -> None:
        self.edit.blockSignals(True)
        self.edit.setText(text)
        self.edit.blockSignals(False)
        self._timer.stop()

    def _text_changed(self, _text: str) -> None:
        self._open_when_answered = False
        self._timer.start()

    def _search_now(self) -> None:
        self._timer.stop()
        text = self.edit.text().strip()
        if not text:
            self.ops.supersede(self, "search")
            self._shown_query = ""
            self.model.set_matches([])
            self._show_status("", icon=None)
            self.sig_results_shown.emit("", 0)
            return
        data, limit = self.data, self.LIMIT + 1
        self.ops.latest(
            "search",
            lambda: data.find_customers(text, limit),
            lambda matches: self._found(text, matches),
            lambda exc: self._failed(text, exc),
        )

    def _found(self, text: str, matches: list[CustomerMatch]) -> None:
        self._shown_query = text
        shown = matches[: self.LIMIT]
        self.model.set_matches(shown)
        if shown:
            self._show_status(
                self._count_text(len(shown), more=len(matches) > self.LIMIT), icon=None
            )
        else:
            self._show_status(
                self.tr("No customer found"), icon=QStyle.StandardPixmap.SP_MessageBoxInformation
            )
        self.sig_results_shown.emit(text, len(shown))
        if self._open_when_answered:
            self._open_when_answered = False
            self._enter_in_edit()

    def _failed(self, text: str, _exc: Exception) -> None:
        self._shown_query = None  # nothing shown for it: Enter searches again
        self._open_when_answered = False
        self.model.set_matches([])
        self.show_message(self.tr("Could not search: the database did not answer. Try again."))
        self.sig_search_failed.emit(text)

    def _count_text(self, n: int, *, more: bool) -> str:
        if more:
            return self.tr("More than %n found: type more to narrow the search", "", n)
        return self.tr("%n found", "", n)

    def _show_status(self, text: str, icon: QStyle.StandardPixmap | None) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        if icon is None:
            self.status_icon.clear()
            self.status_icon.hide()
        else:
            size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
            self.status_icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
            self.status_icon.show()
        if text:
            announce(self.status, text)

    # --- keyboard ---

    def _enter_in_edit(self) -> None:
        unsearched = self.edit.text().strip() != self._shown_query
        waiting = self.ops.waiting(self, "search")
        if self._timer.isActive() or waiting or unsearched:
            # The agent typed and pressed Enter before the answer came: act on that answer.
            self._open_when_answered = True
            if not waiting:
                self._search_now()
            return
        rows = self.model.rowCount()
        if rows == 1:
            self.sig_open_customer.emit(self.model.ref_at(0))
        elif rows > 1:
            self._focus_results()

    def _focus_results(self) -> None:
        if not self.model.rowCount():
            return
        current = self.results.currentIndex()
        if not current.isValid():
            current = self.model.index(0, 0)
        self.results.setCurrentIndex(current)
        self.results.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.sig_open_customer.emit(index.data(REF_ROLE))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == _KEY_PRESS:
            key = event.key()
            if watched is self.edit and key == _KEY_DOWN and self.model.rowCount():
                self.results.setCurrentIndex(self.model.index(0, 0))
                self.results.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if watched is self.results:
                if key in _ENTER_KEYS:
                    self._open_index(self.results.currentIndex())
                    return True
                if key == _KEY_ESCAPE or (
                    key == _KEY_UP and self.results.currentIndex().row() <= 0
                ):
                    self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
                    return True
        return super().eventFilter(watched, event)
