"""The work queue panel: filters, a search line and the table of open work in due order."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.services.database import Database
from agent_desktop.services.gateway import DeskData, desk_data
from agent_desktop.services.session import SignedIn
from agent_desktop.services.work_queue import QueueFilter, QueueSnapshot
from agent_desktop.ui import texts
from agent_desktop.ui.accessibility import (
    ValueLabel,
    announce,
    current_only_while_focused,
    with_clear_button,
    with_key_hint,
)
from agent_desktop.ui.ops import Ops
from agent_desktop.ui.work_queue_model import (
    COL_ASSIGNEE,
    COL_CASE,
    COL_CUSTOMER,
    COL_DUE,
    COL_KIND,
    COL_TIME_LEFT,
    CUSTOMER_REF_ROLE,
    ITEM_ID_ROLE,
    WorkQueueModel,
)

_FONT_CHANGE = QEvent.Type.FontChange
_SELECT_ROW = (
    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
)
WORK_KINDS = (
    "callback",
    "email_ack",
    "email_reply",
    "progress_update",
    "delay_notice",
    "restriction_notice",
    "restriction_review",
    "challenge",
    "info_check",
    "appointment",
)


# Sample contents each column is sized for, in the current font (so 150% text still fits)
# and the interface language (Welsh words are often longer). The customer column takes what
# is left of the width.
def _column_samples() -> dict[int, list[str]]:
    """The widest texts each column usually shows, in the interface language."""
    return {
        COL_TIME_LEFT: [
            texts.working_duration(-timedelta(hours=88 * 8)),
            texts.working_duration(-timedelta(hours=2 * 8 + 7)),
            texts.working_duration(-timedelta(hours=7, minutes=59)),
            texts.working_duration(timedelta(hours=7, minutes=59)),
        ],
        COL_DUE: [texts.when(datetime(2026, 9, 30, 16, 0, tzinfo=UTC), UTC)],
        COL_KIND: [texts.work_kind_name(kind) for kind in WORK_KINDS],
        COL_CUSTOMER: ["Angharad Gruffydd (C-000000) · Cymraeg"],
        COL_CASE: ["CASE-2026-000000"],
        COL_ASSIGNEE: ["Tomos Griffiths"],
    }


_ICON_COLUMNS = frozenset({COL_TIME_LEFT, COL_CUSTOMER})


# Views whose items the clock alone changes: their ids are read again once a minute.
_CLOCK_FILTERS = frozenset({QueueFilter.OVERDUE, QueueFilter.DUE_TODAY})


def _now_utc() -> datetime:
    return datetime.now(UTC)


class QueuePanel(QWidget):
    """Open work for the signed-in member of staff, soonest due first; Enter opens the customer.

    Nothing loads until `refresh()`, so the owner can connect the signals first.
    """

    sig_open_customer = Signal(str)
    """Emitted with a customer's reference when the agent opens a queue item (Enter, double-click)."""
    sig_item_selected = Signal(object)
    """Emitted with the work item's id (uuid.UUID) when the current row changes to another item."""
    sig_loaded = Signal(int)
    """Emitted with the number of rows after each load of the queue."""
    sig_load_failed = Signal(str)
    """Emitted with what could not be loaded, in words for the status bar ("the work queue");
    never the database's own error text."""

    DEBOUNCE_MS = 150
    REFRESH_MS = 60_000
    DEFAULT_FILTERS = frozenset({QueueFilter.MINE, QueueFilter.TEAM})

    def __init__(
        self,
        ops: Ops,
        data: Database | DeskData,
        user: SignedIn,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] | None = None,
    ):
        super().__init__(parent)
        self.ops = ops
        # The gateway reads the queue where reads never wait on the network (the replica).
        self.data = desk_data(data)
        self.user = user
        self._clock = now or _now_utc
        self._selected: uuid.UUID | None = None

        self.model = WorkQueueModel(ops, self.data, self, now=self._clock)

        self.title = QLabel(self.tr("&Work queue"), self)
        title_font = self.title.font()
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.count_icon = QLabel(self)
        self.count_icon.hide()
        self.count_label = ValueLabel(
            self.tr("Work queue count"), self, self.tr("Loading the work queue…")
        )
        self.count_label.setWordWrap(True)  # a failure message is a sentence
        self.refresh_button = QPushButton(self.tr("Refresh (F5)"), self)
        self.refresh_button.setAccessibleName(self.tr("Refresh the work queue"))
        self.refresh_button.setToolTip(self.tr("Load the work queue again (F5)"))
        self.refresh_button.clicked.connect(self.refresh)

        # Check boxes, not toggle buttons: whether a filter is on shows as a tick (and is
        # read as "checked"), not as a shade of grey.
        self.filter_buttons: dict[QueueFilter, QCheckBox] = {}
        for kind, label, name, tip in (
            (
                QueueFilter.MINE,
                self.tr("&Mine"),
                self.tr("Mine"),
                self.tr("Show work assigned to you"),
            ),
            (
                QueueFilter.TEAM,
                self.tr("M&y team"),
                self.tr("My team"),
                self.tr("Show your team's work"),
            ),
            (
                QueueFilter.OVERDUE,
                self.tr("&Overdue"),
                self.tr("Overdue"),
                self.tr("Show only overdue work"),
            ),
            (
                QueueFilter.DUE_TODAY,
                self.tr("Due to&day"),
                self.tr("Due today"),
                self.tr("Show only work due today"),
            ),
        ):
            tip = with_key_hint(tip, label)
            button = QCheckBox(label, self)
            button.setChecked(kind in self.DEFAULT_FILTERS)
            button.setAccessibleName(name)
            button.setAccessibleDescription(tip)
            button.setToolTip(tip)
            button.toggled.connect(self._filters_changed)
            self.filter_buttons[kind] = button
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Reference, case or name"))
        with_clear_button(self.search)
        self.search.setAccessibleName(self.tr("Filter queue"))
        self.search.setAccessibleDescription(
            self.tr(
                "Narrows the queue to a customer reference, a case reference or a customer's name."
            )
        )
        self.search_label = QLabel(self.tr("Filter &queue:"), self)
        self.search.setToolTip(
            with_key_hint(
                self.tr("Filter the queue by reference, case or name"), self.search_label.text()
            )
        )
        self.search_label.setBuddy(self.search)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Work queue"))
        self.table.setAccessibleDescription(
            self.tr(
                "Open work, soonest due first. Press Enter to open the customer of the selected item."
            )
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as in the rest of the window
        self.table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.table.verticalHeader().hide()
        # Fixed row heights: the view never asks 100,000 rows for their size.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_CUSTOMER, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        # Time left says how urgent; the due instant itself is in its tooltip and what a
        # screen reader hears, and on the customer's card. Five columns fit beside the card.
        header.hideSection(COL_DUE)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.title.setBuddy(self.table)
        self._size_sections()

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        # The count (or a failure) has the full width to itself, so a sentence wraps cleanly.
        count = QHBoxLayout()
        count.addWidget(self.count_icon, 0, Qt.AlignmentFlag.AlignTop)
        count.addWidget(self.count_label, 1)
        filters = QHBoxLayout()
        for button in self.filter_buttons.values():
            filters.addWidget(button)
        filters.addStretch(1)
        search = QHBoxLayout()
        search.addWidget(self.search_label)
        search.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(count)
        layout.addLayout(filters)
        layout.addLayout(search)
        layout.addWidget(self.table, 1)

        # Reading order: the filters, the search line, the table, then refresh.
        chain = [*self.filter_buttons.values(), self.search, self.table, self.refresh_button]
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)

        # The search shown matched more than it shows: a change is shown by searching again
        # (the first matches in due order), not by placing rows beyond the ones shown.
        self._more = False
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(self.DEBOUNCE_MS)
        self._debounce.timeout.connect(self._text_settled)
        self.search.textChanged.connect(self._text_changed)
        # Time left and overdue change as the clock runs: once a minute while shown, the rows
        # are judged again and the counts re-read; the ids are read again only for a view that
        # the clock changes (overdue, due today).
        self._ticker = QTimer(self)
        self._ticker.setInterval(self.REFRESH_MS)
        self._ticker.timeout.connect(self._tick)

        self.table.activated.connect(self._open_index)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.sig_page_failed.connect(self._page_failed)
        current_only_while_focused(self.table)

    # --- slots for the window ---

    @Slot()
    def refresh(self) -> None:
        """Load the queue again with the same filters, keeping the agent's place."""
        self._load(keep_place=True)

    def on_changes(self, changes) -> None:
        """Show `changes`: the rows of the customers it names are read again (a new item may
        belong in the queue, and the rows show names and whether a customer has a restriction),
        every other row stays; `everything` loads the whole queue again."""
        if changes.everything:
            self.refresh()
        elif changes:
            self._update(changes.customers | changes.work_items | changes.restrictions)

    @Slot(object)
    def set_user(self, user: SignedIn) -> None:
        """Show `user`'s queue (after signing in as someone else)."""
        self.user = user
        self._selected = None
        self.model.set_ids([], keep_rows=False)
        self._load(keep_place=False)

    def filters(self) -> frozenset[QueueFilter]:
        return frozenset(kind for kind, button in self.filter_buttons.items() if button.isChecked())

    def set_filters(self, filters: frozenset[QueueFilter]) -> None:
        """Check exactly `filters` and load once."""
        for kind, button in self.filter_buttons.items():
            button.blockSignals(True)
            button.setChecked(kind in filters)
            button.blockSignals(False)
        self._load(keep_place=False)

    @property
    def selected_item(self) -> uuid.UUID | None:
        """The work item the agent has chosen in the queue, if any."""
        return self._selected

    def select_item(self, item_id: uuid.UUID | None) -> None:
        """Choose `item_id` when the queue next loads (a rebuilt window keeps the agent's row)."""
        self._selected = item_id

    def focus_queue(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def preferred_width(self) -> int:
        """The panel's width at which every column shows its usual contents in full."""
        header = self.table.horizontalHeader()
        columns = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if not header.isSectionHidden(c) and c != COL_CUSTOMER
        )
        metrics = self.table.fontMetrics()
        customer = max(metrics.horizontalAdvance(t) for t in _column_samples()[COL_CUSTOMER])
        customer += (
            self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
            + metrics.averageCharWidth() * 4
        )
        scroll = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        margins = self.layout().contentsMargins()
        return (
            columns
            + customer
            + scroll
            + 2 * self.table.frameWidth()
            + margins.left()
            + margins.right()
        )

    def count_text(self) -> str:
        return self.count_label.text()

    # --- loading ---

    def _filters_changed(self, _checked: bool = False) -> None:
        self._load(keep_place=False)

    def _text_changed(self, _text: str) -> None:
        self._debounce.start()

    def _text_settled(self) -> None:
        self._load(keep_place=False)

    def _tick(self) -> None:
        if self.filters() & _CLOCK_FILTERS:
            self._load(keep_place=True)
        else:
            self.model.set_now(self._clock())
            self._update(frozenset())

    def _update(self, refs: frozenset[str]) -> None:
        """Read again only the rows of customers `refs` (none: only the counts)."""
        if self.ops.waiting(self, "queue") or self._more:
            # A whole load is on its way: it reads these rows too. Asked again once it lands.
            # (A search's first matches are read again whole: two hundred rows at most.)
            self._load(keep_place=True)
            return
        data, user, filters = self.data, self.user, self.filters()
        text, now = self.search.text().strip(), self._clock()
        self.ops.run(
            lambda: data.queue_update(user, filters, text, refs, now),
            lambda update: self._updated(update, (user, filters, text)),
            self._failed,
        )

    def _updated(self, update, asked) -> None:
        if asked != (self.user, self.filters(), self.search.text().strip()):
            return  # the view changed meanwhile; its own load shows these rows
        if self.ops.waiting(self, "queue"):
            return  # a whole load is on its way and will show this
        if not self.model.apply_update(update):
            self._load(keep_place=True)
            return
        self._show_counts(update.total, update.overdue)

    def _load(self, *, keep_place: bool) -> None:
        self._debounce.stop()
        data, user, filters = self.data, self.user, self.filters()
        text, now = self.search.text().strip(), self._clock()
        # A newer load was sent after an older one: its answer is what counts.
        self.ops.latest(
            "queue",
            lambda: data.queue_snapshot(user, filters, text, now),
            lambda snapshot: self._loaded(snapshot, keep_place),
            self._failed,
        )

    def _loaded(self, snapshot: QueueSnapshot, keep_place: bool) -> None:
        scroll = self.table.verticalScrollBar().value()
        had_focus = self.table.hasFocus()
        self.model.set_ids(snapshot.ids, now=snapshot.now)
        row = self.model.row_of(self._selected) if self._selected is not None else -1
        if row >= 0:
            index = self.model.index(row, 0)
            if had_focus:
                self.table.selectionModel().setCurrentIndex(index, _SELECT_ROW)
            else:
                # Selected, not current: a current row claims focus for screen readers even
                # while the agent is elsewhere; it becomes current when the table is focused.
                self.table.selectionModel().select(index, _SELECT_ROW)
            if not keep_place:
                self.table.scrollTo(index)
        elif self._selected is not None:
            self._selected = None
        if keep_place:
            self.table.verticalScrollBar().setValue(scroll)
        if had_focus:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        count = len(snapshot.ids)
        self._more = snapshot.more
        if snapshot.more:
            self._show_first_matches(count, snapshot.overdue)
        else:
            self._show_counts(count, snapshot.overdue)
        self.sig_loaded.emit(count)

    def _show_counts(self, count: int, overdue: int) -> None:
        self._show_count(
            self.tr("%n item(s), {overdue} overdue", "", count).format(overdue=overdue),
            warning=overdue > 0,
        )

    def _show_first_matches(self, count: int, overdue: int) -> None:
        """A search that matched more than it shows: which ones are shown, and what to do."""
        if overdue < count:
            # Overdue items come first in due order: every overdue match is among those shown.
            text = self.tr(
                "More than %n items match, {overdue} overdue: the %n due soonest are shown. "
                "Type more of the name or reference to narrow the search.",
                "",
                count,
            ).format(overdue=overdue)
        else:
            text = self.tr(
                "More than %n items match, at least %n overdue: the %n due soonest are shown. "
                "Type more of the name or reference to narrow the search.",
                "",
                count,
            )
        self._show_count(text, warning=overdue > 0)

    def _failed(self, _exc: Exception) -> None:
        message = self.tr(
            "Could not load the work queue: the database did not answer. Press F5 to try again."
        )
        self._show_count(message, warning=True)
        announce(self.count_label, message)
        self.sig_load_failed.emit(self.tr("the work queue"))

    def _page_failed(self, _message: str) -> None:
        self._show_count(
            self.tr("Some rows could not be loaded: press F5 to try again."), warning=True
        )

    def _show_count(self, text: str, *, warning: bool) -> None:
        self.count_label.setText(text)
        if warning:
            size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self.count_icon.setPixmap(icon.pixmap(size, size))
            self.count_icon.show()
        else:
            self.count_icon.hide()

    # --- the agent's choices ---

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item_id = current.data(ITEM_ID_ROLE) if current.isValid() else None
        if item_id is not None and item_id != self._selected:
            self._selected = item_id
            self.sig_item_selected.emit(item_id)

    def _open_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        ref = index.data(CUSTOMER_REF_ROLE)
        if ref:
            self.sig_open_customer.emit(ref)
            return
        # The row's page has not arrived yet: fetch this one row and open it when it comes.
        item_id = index.data(ITEM_ID_ROLE)
        data = self.data
        self.ops.latest(
            "open",
            lambda: data.queue_rows([item_id]),
            lambda rows: self._open_fetched(item_id, rows),
        )

    def _open_fetched(self, item_id: uuid.UUID, rows: dict) -> None:
        if item_id in rows:
            self.sig_open_customer.emit(rows[item_id].customer_ref)

    # --- layout ---

    def _size_sections(self) -> None:
        metrics = self.table.fontMetrics()
        icon = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        header = self.table.horizontalHeader()
        for column, samples in _column_samples().items():
            widest = max(metrics.horizontalAdvance(t) for t in samples)
            # Room for the cell's margins, and for an icon where a column shows one.
            room = metrics.averageCharWidth() * 2
            if column in _ICON_COLUMNS:
                room += icon + metrics.averageCharWidth()
            # The title needs its own room, with the header's margins ("Wedi'i neilltuo i").
            title = header.sectionSizeFromContents(column).width()
            header.resizeSection(column, max(widest + room, title))
        header.setMinimumSectionSize(metrics.averageCharWidth() * 6)
        self.table.verticalHeader().setDefaultSectionSize(
            max(metrics.height(), self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize))
            + metrics.height() // 2
        )

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._ticker.isActive():
            self._ticker.start()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._ticker.stop()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == _FONT_CHANGE:
            self._size_sections()
