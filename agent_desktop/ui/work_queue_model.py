"""The work queue as a table model over item ids, fetching display rows a page at a time."""

from __future__ import annotations

import uuid
from collections import OrderedDict
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from agent_desktop.domain.calendar import OfficeCalendar
from agent_desktop.domain.officetime import first_instant_at
from agent_desktop.services.database import Database
from agent_desktop.services.gateway import DeskData, desk_data
from agent_desktop.services.work_queue import QueueRow, QueueUpdate
from agent_desktop.ui import texts
from agent_desktop.ui.ops import Ops

# Plain ints: Qt hands data() an int, and int keys make the per-cell lookups cheapest.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_HORIZONTAL = Qt.Orientation.Horizontal
ITEM_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
"""The work item's id (a uuid.UUID), known for every row without fetching it."""
CUSTOMER_REF_ROLE = int(Qt.ItemDataRole.UserRole) + 2
"""The customer's reference, or None while the row has not arrived."""

COL_TIME_LEFT, COL_DUE, COL_KIND, COL_CUSTOMER, COL_CASE, COL_ASSIGNEE = range(6)
COLUMNS = 6
PAGE_SIZE = 200
# A row this close to its page's edge fetches the neighbouring page as well, so scrolling
# steadily meets rows that have already arrived.
_PREFETCH_MARGIN = 40
# Pages kept; the oldest fetched are dropped beyond this, so scrolling through 100,000 items
# keeps about 10,000 rows in memory rather than all of them.
MAX_PAGES = 50
_MAX_CELLS = 2_000
_ROW_ROLES = frozenset({_DISPLAY, _DECORATION, _TOOLTIP, _ACCESSIBLE, CUSTOMER_REF_ROLE})

_MIDNIGHT = time(0, 0)
_ONE_DAY = timedelta(days=1)
_ZERO_SPAN = timedelta(0)
_GONE = object()  # an id the page query no longer found: the item was deleted meanwhile


def _now_utc() -> datetime:
    return datetime.now(UTC)


class TimeLeft:
    """Working time from one instant to many due instants, each day's hours summed once.

    `calendar.working_time_between` walks every day in between: about half a millisecond for
    an item due in three weeks, for every row drawn. Working time is additive across office
    midnights (the office is shut then), so the time to each midnight is kept and only the
    due instant's own day is walked.
    """

    def __init__(self, calendar: OfficeCalendar, now: datetime):
        self._calendar = calendar
        self._tz = calendar.tz
        self._today = calendar.local_date(now)
        self._midnights: dict[date, datetime] = {}
        self._to_midnight = {
            self._today: -calendar.working_time_between(self._midnight(self._today), now)
        }

    def _midnight(self, day: date) -> datetime:
        found = self._midnights.get(day)
        if found is None:
            found = self._midnights[day] = first_instant_at(self._tz, day, _MIDNIGHT)
        return found

    def _offset(self, day: date) -> timedelta:
        """Signed working time from now to the start of `day`."""
        known = self._to_midnight
        found = known.get(day)
        if found is not None:
            return found
        between = self._calendar.working_time_between
        step = _ONE_DAY if day > self._today else -_ONE_DAY
        walk = day
        while walk not in known:
            walk -= step
        while walk != day:
            after = walk + step
            if step > _ZERO_SPAN:
                known[after] = known[walk] + between(self._midnight(walk), self._midnight(after))
            else:
                known[after] = known[walk] - between(self._midnight(after), self._midnight(walk))
            walk = after
        return known[day]

    def until(self, due: datetime) -> timedelta:
        """Working time from now to `due`; negative once it has passed."""
        day = self._calendar.local_date(due)
        return self._offset(day) + self._calendar.working_time_between(self._midnight(day), due)


class WorkQueueModel(QAbstractTableModel):
    """Rows are ids; a row's text comes from a page fetched off the GUI thread on first view.

    `data()` never touches the database: a row whose page has not arrived shows a neutral
    placeholder and asks for its page; `dataChanged` follows when it arrives. `set_ids`
    starts a new generation, so pages still in flight for the old ids are thrown away.
    """

    sig_page_failed = Signal(str)
    """Emitted with the error's type name when a page of rows could not be fetched."""

    def __init__(
        self,
        ops: Ops,
        data: DeskData | Database,
        parent=None,
        *,
        now: Callable[[], datetime] | datetime | None = None,
        page_size: int = PAGE_SIZE,
    ):
        super().__init__(parent)
        self._ops = ops
        self._data = desk_data(data)
        if isinstance(now, datetime):
            fixed = now
            self._clock: Callable[[], datetime] = lambda: fixed
        else:
            self._clock = now or _now_utc
        self._page_size = page_size
        self._ids: list[uuid.UUID] = []
        self._judge_at(self._clock())
        self._generation = 0
        self._rows: dict[uuid.UUID, object] = {}
        # Rows fetched for an earlier set of ids: shown until this generation's page arrives,
        # so a refresh or a filter change does not flash placeholders over rows just seen.
        self._stale: dict[uuid.UUID, object] = {}
        self._pages: OrderedDict[int, bool] = OrderedDict()  # page -> arrived
        self._failed: set[int] = set()
        self._cells: dict[int, dict[int, tuple]] = {}
        self._icons: dict[str, QIcon] = {}
        self._headers = (
            self.tr("Time left"),
            self.tr("Due"),
            self.tr("Kind"),
            self.tr("Customer"),
            self.tr("Case"),
            self.tr("Assigned to"),
        )
        self._header_tips = (
            self.tr("Working time until the item is due: office hours on working days only"),
            self.tr("When the item is due, in office time"),
            self.tr("What is owed to the customer"),
            self.tr("The customer's name and reference"),
            self.tr("The case the item belongs to"),
            self.tr("Who the item is assigned to"),
        )
        self._placeholder = {
            _DISPLAY: ("…",) + ("",) * (COLUMNS - 1),
            _ACCESSIBLE: (self.tr("Loading"),) * COLUMNS,
            _TOOLTIP: (None,) * COLUMNS,
            _DECORATION: (None,) * COLUMNS,
            CUSTOMER_REF_ROLE: (None,) * COLUMNS,
        }
        gone = self.tr("No longer in the queue")
        self._gone = {
            **self._placeholder,
            _DISPLAY: (gone,) + ("",) * (COLUMNS - 1),
            _ACCESSIBLE: (gone,) * COLUMNS,
        }
        # Translated once here rather than for every row as it is first drawn.
        self._words = {
            "overdue": self.tr("Overdue"),
            "was_due": self.tr("Overdue: it was due {when}"),
            "warning": self.tr("Warning: {time_left}"),
            "due_in": self.tr("Due {when}: {time_left} in working time"),
            "due": self.tr("Due {when}"),
            "customer": self.tr("{name} ({ref})"),
            "cymraeg": self.tr(" · Cymraeg"),
            "welsh": self.tr(", prefers Welsh"),
            "restricted": self.tr(", has a communication restriction"),
            "restricted_tip": self.tr(
                "Communication restriction in force: read the customer's "
                "card before contacting them"
            ),
            "no_case": self.tr("No case"),
            "staff_team": self.tr("{name}, {team}"),
            "team_only": self.tr("{team} (unassigned)"),
            "unassigned": self.tr("Unassigned"),
        }
        failed = self.tr("Not loaded")
        self._not_loaded = {
            **self._placeholder,
            _DISPLAY: (failed,) + ("",) * (COLUMNS - 1),
            _ACCESSIBLE: (failed,) * COLUMNS,
        }

    # -- the ids --

    @property
    def now(self) -> datetime:
        """The instant time left and overdue are judged by, the same for every row."""
        return self._now

    def set_ids(
        self, ids: list[uuid.UUID], *, now: datetime | None = None, keep_rows: bool = True
    ) -> None:
        """Show `ids`, in order, judged at `now`. Every row is fetched again as it is shown;
        with `keep_rows` a row already fetched is shown meanwhile instead of a placeholder."""
        self.beginResetModel()
        self._generation += 1
        self._ids = list(ids)
        self._judge_at(now or self._clock())
        if not keep_rows:
            self._stale = {}
        elif self._rows:
            cap = MAX_PAGES * self._page_size
            self._stale = (
                self._rows
                if len(self._stale) + len(self._rows) > cap
                else {**self._stale, **self._rows}
            )
        self._rows = {}
        self._pages.clear()
        self._failed.clear()
        self._cells.clear()
        self.endResetModel()

    def apply_update(self, update: QueueUpdate) -> bool:
        """Take some customers' changed work (see QueueUpdate) without a reset: their rows go,
        come or are redrawn, every other row stays as it is. False if the result would not
        hold `update.total` rows (the ids were out of step): then load them all again."""
        removed, placed = update.removed, update.placed
        ids = self._ids
        before = [(row, item_id) for row, item_id in enumerate(ids) if item_id in removed]
        if len(ids) - len(before) + len(placed) != update.total:
            return False
        for item_id, row in update.rows.items():
            self._rows[item_id] = row
            self._stale.pop(item_id, None)
        if before == placed:  # the same rows in the same places: redraw them only
            for row, _item_id in placed:
                self._cells.pop(row, None)
                self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMNS - 1))
            return True
        for row, item_id in reversed(before):
            self.beginRemoveRows(QModelIndex(), row, row)
            del ids[row]
            self._rows.pop(item_id, None)
            self._stale.pop(item_id, None)
            self.endRemoveRows()
        for row, item_id in placed:
            self.beginInsertRows(QModelIndex(), row, row)
            ids.insert(row, item_id)
            self.endInsertRows()
        for item_id, row in update.rows.items():
            self._rows[item_id] = row
        # Rows moved: a page is no longer the ids it was fetched for. Rows already fetched are
        # kept by id and shown; a page not fetched yet is asked for as it is drawn. Kept rows
        # no page owns now are let go once they are as many as the pages hold.
        if len(self._rows) + len(self._stale) > MAX_PAGES * self._page_size:
            self._stale, self._rows = self._rows, {}
        self._generation += 1
        self._pages.clear()
        self._failed.clear()
        self._cells.clear()
        return True

    def _judge_at(self, now: datetime) -> None:
        self._now = now
        self._calendar = self._data.calendar  # re-read: the office settings may have been reloaded
        self._tz = self._calendar.tz
        self._time_left = TimeLeft(self._calendar, now)

    def ids(self) -> list[uuid.UUID]:
        return list(self._ids)

    def row_of(self, item_id: uuid.UUID) -> int:
        """The row showing `item_id`, or -1."""
        try:
            return self._ids.index(item_id)
        except ValueError:
            return -1

    def set_now(self, now: datetime | None = None) -> None:
        """Judge time left by a new instant (a minute has passed): no database work."""
        self._judge_at(now or self._clock())
        self._cells.clear()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, COL_TIME_LEFT),
                self.index(len(self._ids) - 1, COL_TIME_LEFT),
                [_DISPLAY, _DECORATION, _TOOLTIP, _ACCESSIBLE],
            )

    def row_data(self, row: int) -> QueueRow | None:
        """The fetched row behind `row`, or None while it has not arrived."""
        if not 0 <= row < len(self._ids):
            return None
        item_id = self._ids[row]
        found = self._rows.get(item_id) or self._stale.get(item_id)
        return found if isinstance(found, QueueRow) else None

    # -- Qt model interface --

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        if role == ITEM_ID_ROLE:
            return self._ids[index.row()] if index.isValid() else None
        if role not in _ROW_ROLES or not index.isValid():
            return None
        row = index.row()
        cells = self._cells.get(row)
        if cells is None:
            cells = self._prepare(row)
        return cells[role][index.column()]

    def headerData(self, section: int, orientation, role: int = _DISPLAY):
        if orientation != _HORIZONTAL or not 0 <= section < COLUMNS:
            return None
        if role in (_DISPLAY, _ACCESSIBLE):
            return self._headers[section]
        if role == _TOOLTIP:
            return self._header_tips[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    # -- the row cache --

    def _prepare(self, row: int) -> dict[int, tuple]:
        item_id = self._ids[row]
        item = self._rows.get(item_id)
        page = row // self._page_size
        if item is None:
            if page in self._failed:
                return self._not_loaded
            self._request(row)
            # ImmediateOps (tests, benchmarks) has delivered the page by now.
            item = self._rows.get(item_id) or self._stale.get(item_id)
            if item is None:
                return self._placeholder
        elif page in self._pages:
            self._pages.move_to_end(page)
        cells = self._gone if item is _GONE else self._format(item)
        if len(self._cells) >= _MAX_CELLS:
            self._cells.clear()
        self._cells[row] = cells
        return cells

    def _request(self, row: int) -> None:
        size = self._page_size
        page, offset = divmod(row, size)
        self._fetch(page)
        if offset < _PREFETCH_MARGIN and page > 0:
            self._fetch(page - 1)
        elif offset >= size - _PREFETCH_MARGIN and (page + 1) * size < len(self._ids):
            self._fetch(page + 1)

    def _fetch(self, page: int) -> None:
        if page in self._pages or page in self._failed:
            return
        self._pages[page] = False
        first = page * self._page_size
        ids = self._ids[first : first + self._page_size]
        generation, data, now = self._generation, self._data, self._now
        self._ops.run(
            lambda: data.queue_rows(ids, now),
            lambda rows: self._arrived(generation, page, first, ids, rows),
            lambda exc: self._page_failed(generation, page, exc),
        )
        self._evict()

    def _arrived(
        self,
        generation: int,
        page: int,
        first: int,
        ids: list[uuid.UUID],
        rows: dict[uuid.UUID, QueueRow],
    ) -> None:
        if generation != self._generation or page not in self._pages:
            return  # fetched for ids this model no longer shows
        self._pages[page] = True
        cells = self._cells
        for offset, item_id in enumerate(ids):
            self._rows[item_id] = rows.get(item_id, _GONE)
            cells.pop(first + offset, None)  # drawn from a stale row meanwhile
        self.dataChanged.emit(
            self.index(first, 0),
            self.index(first + len(ids) - 1, COLUMNS - 1),
            [_DISPLAY, _DECORATION, _TOOLTIP, _ACCESSIBLE, CUSTOMER_REF_ROLE],
        )

    def _page_failed(self, generation: int, page: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        # Not retried until the next set_ids: retrying from data() would hammer a database
        # that has just gone away, once per painted cell.
        self._pages.pop(page, None)
        self._failed.add(page)
        first = page * self._page_size
        last = min(first + self._page_size, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, COLUMNS - 1))
        self.sig_page_failed.emit(type(exc).__name__)

    def _evict(self) -> None:
        while len(self._pages) > MAX_PAGES:
            page, _arrived = self._pages.popitem(last=False)
            first = page * self._page_size
            for offset, item_id in enumerate(self._ids[first : first + self._page_size]):
                self._rows.pop(item_id, None)
                self._cells.pop(first + offset, None)

    # -- what a row shows --

    def _icon(self, name: str) -> QIcon:
        icon = self._icons.get(name)
        if icon is None:
            pixmap = (
                QStyle.StandardPixmap.SP_MessageBoxWarning
                if name == "overdue"
                else QStyle.StandardPixmap.SP_BrowserStop
            )
            # Without a QApplication (a model tested on its own) there is no style to ask.
            style = QApplication.style() if QApplication.instance() is not None else None
            icon = self._icons[name] = style.standardIcon(pixmap) if style else QIcon()
        return icon

    def _format(self, item: QueueRow) -> dict[int, tuple]:
        words, now = self._words, self._now
        due_text = texts.when(item.due_at, self._tz, now)
        overdue = item.due_at < now
        left = self._time_left.until(item.due_at)
        if overdue and left.total_seconds() > -60:
            # Due after hours (Friday 17:00 seen on Saturday): no working time has passed, but
            # it is overdue all the same, and "0m left" would say otherwise.
            time_left = words["overdue"]
        else:
            time_left = texts.working_duration(left)
        # The due instant travels with the time left: the queue shows no Due column at its
        # default width, so the tooltip and what a screen reader hears carry it.
        if overdue:
            time_tip = words["was_due"].format(when=due_text)
            time_said = words["warning"].format(time_left=f"{time_left}, {time_tip}")
        else:
            time_tip = words["due_in"].format(when=due_text, time_left=time_left)
            time_said = time_tip

        customer = words["customer"].format(name=item.customer_name, ref=item.customer_ref)
        customer_said = customer
        if item.customer_language == "cy":
            customer += words["cymraeg"]
            customer_said += words["welsh"]
        customer_tip = customer
        if item.has_restriction:
            customer_tip = f"{customer}\n{words['restricted_tip']}"
            customer_said += words["restricted"]

        case = item.case_ref or ""
        if item.assignee:
            assigned = item.assignee
            assigned_tip = (
                words["staff_team"].format(name=item.assignee, team=item.team)
                if item.team
                else item.assignee
            )
        elif item.team:
            assigned = assigned_tip = words["team_only"].format(team=item.team)
        else:
            assigned = assigned_tip = words["unassigned"]

        kind = texts.work_kind_name(item.kind)
        return {
            _DISPLAY: (time_left, due_text, kind, customer, case, assigned),
            _TOOLTIP: (time_tip, due_text, kind, customer_tip, case or None, assigned_tip),
            _ACCESSIBLE: (
                time_said,
                words["due"].format(when=due_text),
                kind,
                customer_said,
                case or words["no_case"],
                assigned,
            ),
            _DECORATION: (
                self._icon("overdue") if overdue else None,
                None,
                None,
                self._icon("restriction") if item.has_restriction else None,
                None,
                None,
            ),
            CUSTOMER_REF_ROLE: (item.customer_ref,) * COLUMNS,
        }
