"""The customer card: who the customer is, every active restriction in words, and their history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.domain.values import InvalidInput
from agent_desktop.services.card import CustomerCard
from agent_desktop.services.changes import Changes
from agent_desktop.services.database import Database
from agent_desktop.services.gateway import DeskData, NotHeldOffline, Queued, desk_data
from agent_desktop.services.session import SignedIn
from agent_desktop.ui import texts
from agent_desktop.ui.accessibility import ValueLabel, announce, current_only_while_focused
from agent_desktop.ui.card_sections import (
    CardHeader,
    CardSections,
    TimelineModel,
    icon_label,
    text_label,
)
from agent_desktop.ui.ops import Ops
from agent_desktop.ui.restriction_words import (
    banner_text,
    banner_views,
    date_text,
    restriction_sentence,
    warning_text,
    warning_views,
)

TIMELINE_ROWS = 10  # rows of history visible without scrolling the card

# A warm background behind the banner; the icon and the words carry the meaning, the colour
# only helps the eye find it.
_BANNER_BACKGROUND = QColor("#fff4ce")
_BANNER_TEXT = QColor("#2b1d00")


class CustomerCardPanel(QWidget):
    """The card of one customer, loaded off the GUI thread; a newer request supersedes older."""

    sig_loaded = Signal(str)
    """Emitted with the reference of the customer whose card is now shown."""
    sig_not_found = Signal(str)
    """Emitted with a reference no customer has."""
    sig_load_failed = Signal(str)
    """Emitted with the reference whose card could not be read (the panel says why)."""
    sig_work_changed = Signal()
    """Emitted when an item of the customer's open work was marked done."""
    sig_message = Signal(str)
    """Emitted with each status message, for the main window's status bar."""
    sig_changes = Signal(object)
    """Emitted with what a write made here changed (a Changes), for the window to pass on."""

    def __init__(
        self,
        ops: Ops,
        data: Database | DeskData,
        user: SignedIn,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] | None = None,
    ):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Customer card"))
        self._ops = ops
        self._data = desk_data(data)
        self._user = user
        self._clock = clock
        self._ref: str | None = None
        # The customer whose restrictions were read out, and which restrictions they were.
        self._announced: tuple[str, set[str]] | None = None
        self._heard: str | None = None
        self.card: CustomerCard | None = None
        self.last_announcement = ""

        outer = QVBoxLayout(self)
        self.status_label = ValueLabel(
            self.tr("Customer card status"), self, self.tr("No customer open")
        )
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.status_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        outer.addWidget(self.status_label)

        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        self.header = CardHeader(self.body)
        body.addWidget(self.header)
        self.banner, self.banner_label = self._alert(
            self.tr("Restrictions"), QStyle.StandardPixmap.SP_MessageBoxWarning
        )
        body.addWidget(self.banner)
        self.warnings, self.warnings_label = self._alert(
            self.tr("Warnings"), QStyle.StandardPixmap.SP_MessageBoxCritical
        )
        body.addWidget(self.warnings)

        self.scroll = QScrollArea(self.body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        # The labels inside take focus themselves; the scroll area follows them.
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        content = QWidget(self.scroll)
        inner = QVBoxLayout(content)
        self.sections = CardSections(content)
        self.sections.work_box.sig_done_requested.connect(self._mark_done)
        inner.addWidget(self.sections)
        self.timeline_title = QLabel(self.tr("Contact history (newest first)"), content)
        inner.addWidget(self.timeline_title)
        self.timeline_model = TimelineModel(self._data.calendar.tz, self)
        self.timeline_view = QTreeView(content)
        self.timeline_view.setModel(self.timeline_model)
        self.timeline_view.setRootIsDecorated(False)
        self.timeline_view.setUniformRowHeights(True)
        self.timeline_view.setAlternatingRowColors(True)
        self.timeline_view.setAllColumnsShowFocus(True)
        self.timeline_view.setWordWrap(False)
        self.timeline_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline_view.setAccessibleName(self.tr("Contact history"))
        self.timeline_view.setAccessibleDescription(
            self.tr(
                "Contacts with the customer, newest first: when, channel, direction, staff and "
                "what was said."
            )
        )
        self.timeline_view.header().setStretchLastSection(True)
        current_only_while_focused(self.timeline_view)
        inner.addWidget(self.timeline_view)
        self.scroll.setWidget(content)
        body.addWidget(self.scroll, 1)
        outer.addWidget(self.body, 1)
        self._size_timeline()
        self._show(None)

    def _alert(self, title: str, icon: QStyle.StandardPixmap) -> tuple[QFrame, QLabel]:
        frame = QFrame(self.body)
        frame.setFrameShape(QFrame.Shape.Box)
        frame.setLineWidth(2)
        frame.setAutoFillBackground(True)
        palette = frame.palette()
        palette.setColor(QPalette.ColorRole.Window, _BANNER_BACKGROUND)
        palette.setColor(QPalette.ColorRole.WindowText, _BANNER_TEXT)
        palette.setColor(QPalette.ColorRole.Text, _BANNER_TEXT)
        frame.setPalette(palette)
        frame.setAccessibleName(title)
        row = QHBoxLayout(frame)
        row.addWidget(icon_label(icon, frame))
        column = QVBoxLayout()
        heading = QLabel(title, frame)
        bold = QFont(heading.font())
        bold.setBold(True)
        heading.setFont(bold)
        column.addWidget(heading)
        label = text_label(frame, title)
        column.addWidget(label)
        row.addLayout(column, 1)
        frame.setVisible(False)
        return frame, label

    # --- slots ------------------------------------------------------------------------------

    @Slot(str)
    def show_customer(self, ref: str, *, quietly: bool = False, again: bool = False) -> None:
        """Load and show the card of `ref` off the GUI thread.

        `quietly` re-reads the shown customer without a "Loading" line (after a sync);
        `again` marks a re-read of the card on screen, whose restrictions were already read out
        (opening a customer, even the one shown, reads them out).
        """
        ref = ref.strip()
        if not ref:
            self.clear()
            return
        if not again:
            self._announced = None
        # Already heard (a rebuilt window showing the same card): not read out again.
        self._heard = ref if again else None
        if ref != self._ref or self.card is None:
            # Never leave one customer's restrictions on screen under another's reference.
            self._show(None)
        self._ref = ref
        if not (quietly and self.card is not None):
            self.status_label.setText(self.tr("Loading the card of {ref}…").format(ref=ref))
            self.status_label.setVisible(True)
        data, user = self._data, self._user
        at = self._clock() if self._clock else None

        def work():
            return data.load_card(ref, user, at)

        self._ops.latest(
            "card", work, lambda card: self._loaded(ref, card), lambda exc: self._failed(ref, exc)
        )

    @Slot()
    def clear(self) -> None:
        """Show no customer; a load still running is ignored when it finishes."""
        self._ops.supersede(self, "card")
        self._ref = None
        self._announced = None
        self._show(None)
        self.status_label.setText(self.tr("No customer open"))

    @Slot()
    def refresh(self, *, quietly: bool = False) -> None:
        """Read the shown customer's card again, e.g. after a contact was recorded."""
        if self._ref:
            self.show_customer(self._ref, quietly=quietly, again=True)

    def on_changes(self, changes: Changes) -> None:
        """Read the card again, quietly, when `changes` may touch the customer shown."""
        if changes.touches(self._ref):
            self.refresh(quietly=True)

    def _mark_done(self, item_id) -> None:
        """Mark one of the customer's open items done, off the GUI thread."""
        ref, data, username = self._ref, self._data, self._user.username
        at = self._clock() if self._clock else datetime.now(UTC)
        item = next((w for w in self.card.work if w.id == item_id), None) if self.card else None
        what = texts.work_kind_name(item.kind) if item else ""

        def done(result) -> None:
            if isinstance(result, Queued):
                text = self.tr(
                    "{what} marked done on this desktop; it will be sent when the "
                    "central database is back"
                ).format(what=what)
            else:
                text = self.tr("{what} marked done").format(what=what)
            announce(self, text)
            self.sig_message.emit(text)
            self.sig_work_changed.emit()
            self.sig_changes.emit(Changes(work_items=frozenset({ref})))
            if ref == self._ref:
                self.refresh(quietly=True)

        def failed(exc: Exception) -> None:
            text = (
                self.tr("Not marked done: {message}").format(message=exc.message)
                if isinstance(exc, InvalidInput)
                else self.tr("Not marked done: the database did not answer. Try again in a moment.")
            )
            announce(self, text, assertive=True)
            self.sig_message.emit(text)
            if ref == self._ref:
                self.refresh(quietly=True)

        self._ops.run(lambda: data.finish_work(item_id, username, at), done, failed)

    def focus_first(self) -> None:
        """Put the keyboard on the card's first readable content: the customer's name, or the
        line saying why there is no card (the window's "Customer card" command)."""
        target = self.focus_chain()[0] if self.card is not None else self.status_label
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @property
    def current_ref(self) -> str | None:
        return self._ref

    # --- results ----------------------------------------------------------------------------

    def _loaded(self, ref: str, card: CustomerCard | None) -> None:
        if card is None:
            self._show(None)
            self.status_label.setText(
                self.tr("No customer has the reference {ref}.").format(ref=ref)
            )
            self.sig_not_found.emit(ref)
            return
        self._show(card)
        self.sig_loaded.emit(ref)

    def _failed(self, ref: str, exc: Exception) -> None:
        self._show(None)
        if isinstance(exc, NotHeldOffline):
            self.status_label.setText(
                self.tr(
                    "The card of {ref} is not kept on this desktop, and the central database cannot "
                    "be reached. It opens when the connection is back."
                ).format(ref=ref)
            )
        else:
            self.status_label.setText(
                self.tr(
                    "Could not read the card of {ref}: the database did not answer. Try again in a "
                    "moment."
                ).format(ref=ref)
            )
        self.sig_load_failed.emit(ref)

    # --- display ----------------------------------------------------------------------------

    def _show(self, card: CustomerCard | None) -> None:
        same_customer = card is not None and self.card is not None and card.ref == self.card.ref
        self.card = card
        tz = self._data.calendar.tz
        self.status_label.setVisible(card is None)
        self.body.setVisible(card is not None)
        self.header.show_card(card)
        self.sections.show_card(card, self._data.calendar)
        self.timeline_model.set_entries(card.timeline if card else (), card.at if card else None)
        self.timeline_title.setText(
            self.tr("Contact history (newest first)")
            if card is None or card.timeline
            else self.tr("Contact history: no contacts recorded")
        )
        if card is not None and card.timeline:
            self.timeline_view.resizeColumnToContents(0)
            self.timeline_view.resizeColumnToContents(1)
            self.timeline_view.resizeColumnToContents(2)
        views = card.restrictions if card else ()
        calendar = self._data.calendar
        restrictions = banner_text(views, calendar.tz, calendar=calendar, now=card and card.at)
        warnings = warning_text(views, tz)
        self._fill(self.banner, self.banner_label, restrictions)
        self.banner.setToolTip(self._reasons(views))
        self._fill(self.warnings, self.warnings_label, warnings)
        self._order_tabs()
        if card is not None:
            self._announce(card, restrictions, warnings)
        if not same_customer:
            # A refresh keeps the agent's place; a new customer starts at the top.
            self.scroll.verticalScrollBar().setValue(0)

    def _fill(self, frame: QFrame, label: QLabel, text: str) -> None:
        # The words go on the label only: the frame saying them too had them read twice.
        label.setText(text)
        frame.setVisible(bool(text))

    def _sentence(self, view) -> str:
        """A restriction in words, its next allowed time saying when the office opens."""
        calendar = self._data.calendar
        return restriction_sentence(
            view, calendar.tz, calendar=calendar, now=self.card.at if self.card else None
        )

    def _reasons(self, views) -> str:
        """Why each restriction was imposed and when it is reviewed, for the banner's tooltip."""
        return "\n".join(
            self.tr("{sentence} Reason: {reason} (decided by {name}; review by {date})").format(
                sentence=self._sentence(v),
                reason=v.restriction.reason,
                name=v.decided_by_name or v.restriction.decided_by,
                date=date_text(v.restriction.review_by),
            )
            for v in banner_views(views)
        )

    def _announce(self, card: CustomerCard, restrictions: str, warnings: str) -> None:
        """Read the restrictions out when a card opens, and later only what is new on it.

        A refresh of the same card (after a call is logged, or a sync) changes counts such as
        "1 of 2 used this week"; reading the whole banner again would cut off the polite
        confirmation the agent was just given.
        """
        ids = {v.restriction.id for v in card.restrictions}
        if self._announced is None and self._heard == card.ref:
            self._announced = (card.ref, ids)
            return
        if self._announced is not None and self._announced[0] == card.ref:
            seen = self._announced[1]
            self._announced = (card.ref, seen | ids)
            new = [v for v in card.restrictions if v.restriction.id not in seen]
            sentences = [self._sentence(v) for v in banner_views(new)]
            sentences += [self._sentence(v) for v in warning_views(new)]
            if sentences:
                self._say(
                    self.tr("New restriction: {text}").format(text=" ".join(sentences)), self.banner
                )
            return
        self._announced = (card.ref, ids)
        parts = []
        if restrictions:
            parts.append(
                self.tr("Restrictions: {text}").format(text=" ".join(restrictions.split("\n")))
            )
        if warnings:
            parts.append(self.tr("Warnings: {text}").format(text=" ".join(warnings.split("\n"))))
        if parts:
            self._say(" ".join(parts), self.banner if restrictions else self.warnings)

    def _say(self, text: str, source: QWidget) -> None:
        # Assertive: the agent must hear this before speaking to the customer.
        announce(source, text, assertive=True)
        self.last_announcement = text

    def _order_tabs(self) -> None:
        chain = self.focus_chain()
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def focus_chain(self) -> list[QWidget]:
        """The card's focusable widgets in reading order (also the tab order)."""
        chain: list[QWidget] = [*self.header.focus_chain()]
        chain += [
            w
            for w, f in ((self.banner_label, self.banner), (self.warnings_label, self.warnings))
            if not f.isHidden()
        ]
        return chain + [*self.sections.focus_chain(), self.timeline_view]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._size_timeline()
        super().changeEvent(event)

    def _size_timeline(self) -> None:
        row = self.timeline_view.fontMetrics().lineSpacing() * 1.4
        self.timeline_view.setMinimumHeight(round(row * TIMELINE_ROWS))
