"""The customer card's sections: header, needs, representative, preferences, cases, timeline."""

from __future__ import annotations

import html
from datetime import date, datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.domain.stages import next_steps
from agent_desktop.domain.values import Direction, Purpose
from agent_desktop.services.card import CaseView, CustomerCard, TimelineEntry
from agent_desktop.ui import texts
from agent_desktop.ui.accessibility import ValueLabel
from agent_desktop.ui.i18n import current_language
from agent_desktop.ui.owed_work import OwedWorkBox
from agent_desktop.ui.restriction_words import date_text, window_text

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_HORIZONTAL = Qt.Orientation.Horizontal
_SELECTABLE = (
    Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
)
_MOUSE_ONLY = Qt.TextInteractionFlag.TextSelectableByMouse
_NO_INDEX = QModelIndex()

NAME_SCALE = 1.6  # the customer's name, relative to the panel's font


def standard_icon(pixmap: QStyle.StandardPixmap) -> QIcon:
    return QApplication.style().standardIcon(pixmap)


def icon_label(pixmap: QStyle.StandardPixmap, parent: QWidget, scale: float = 1.5) -> QLabel:
    """A decorative icon sized from the font, so it grows with a larger font."""
    label = QLabel(parent)
    side = round(parent.fontMetrics().height() * scale)
    label.setPixmap(standard_icon(pixmap).pixmap(side, side))
    label.setAlignment(Qt.AlignmentFlag.AlignTop)
    label.setAccessibleName("")
    return label


def text_label(
    parent: QWidget, what: str, *, keyboard: bool = True, rich: bool = False
) -> ValueLabel:
    """A wrapped label whose text the agent can select and copy (phone numbers, refs).

    `what` names it for screen readers, which hear the text as its description.
    """
    label = ValueLabel(what, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(_SELECTABLE if keyboard else _MOUSE_ONLY)
    if keyboard:
        # Keyboard selection alone gives only click focus; Tab must reach the text too.
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


def _lines(parts) -> str:
    return "\n".join(p for p in parts if p)


class CardHeader(QWidget):
    """Name (large), reference, the Cymraeg badge, and how to reach the customer."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        # Focusable: the name is the first thing Ctrl+2 (the card) lands on and reads out.
        self.name_label = text_label(self, self.tr("Customer name"))
        self._scale_name()
        top.addWidget(self.name_label, 1)
        self.welsh_badge = QFrame(self)
        self.welsh_badge.setFrameShape(QFrame.Shape.Box)
        self.welsh_badge.setAccessibleName(self.tr("Prefers Welsh"))
        self.welsh_badge.setAccessibleDescription(
            self.tr(
                "The customer prefers Welsh: offer a Welsh speaker; letters and emails use the "
                "Welsh template."
            )
        )
        self.welsh_badge.setToolTip(self.welsh_badge.accessibleDescription())
        badge = QHBoxLayout(self.welsh_badge)
        badge.addWidget(icon_label(QStyle.StandardPixmap.SP_MessageBoxInformation, self, 1.0))
        # A plain label: its text ("Cymraeg") is what a screen reader says, and the
        # description says what it means.
        self.welsh_text = QLabel(self.tr("Cymraeg"), self.welsh_badge)
        self.welsh_text.setTextInteractionFlags(_SELECTABLE)
        self.welsh_text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.welsh_text.setAccessibleDescription(self.welsh_badge.accessibleDescription())
        bold = QFont(self.welsh_text.font())
        bold.setBold(True)
        self.welsh_text.setFont(bold)
        badge.addWidget(self.welsh_text)
        self.welsh_badge.setVisible(False)
        top.addWidget(self.welsh_badge, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.ref_label = text_label(self, self.tr("Customer reference"))
        self.phones_label = text_label(self, self.tr("Phone numbers"))
        self.emails_label = text_label(self, self.tr("Email addresses"))
        self.address_label = text_label(self, self.tr("Address"))
        form.addRow(self.tr("Reference:"), self.ref_label)
        form.addRow(self.tr("Phone:"), self.phones_label)
        form.addRow(self.tr("Email:"), self.emails_label)
        form.addRow(self.tr("Address:"), self.address_label)
        layout.addLayout(form)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._scale_name()
        super().changeEvent(event)

    def _scale_name(self) -> None:
        # Relative to the panel's font, so the name grows with a 150% font instead of staying
        # a fixed size.
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * NAME_SCALE)
        font.setBold(True)
        self.name_label.setFont(font)

    def show_card(self, card: CustomerCard | None) -> None:
        none = self.tr("None recorded")
        self.name_label.setText(card.name if card else "")
        self.ref_label.setText(card.ref if card else "")
        self.phones_label.setText((", ".join(card.phones) or none) if card else "")
        self.emails_label.setText((", ".join(card.emails) or none) if card else "")
        self.address_label.setText((card.address or none) if card else "")
        self.welsh_badge.setVisible(bool(card and card.prefers_welsh))

    def focus_chain(self) -> list[QWidget]:
        chain = [self.name_label]
        if self.welsh_badge.isVisibleTo(self):
            chain.append(self.welsh_text)
        return chain + [self.ref_label, self.phones_label, self.emails_label, self.address_label]


class CardSections(QWidget):
    """The sections below the banner, in reading order."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.needs_box, self.needs_label = self._section(
            self.tr("Accessibility needs and reasonable adjustments")
        )
        self.rep_box, self.rep_label = self._section(self.tr("Representative"))
        self.prefs_box, self.prefs_label = self._section(self.tr("Contact preferences"))
        self.work_box = OwedWorkBox(self)
        self.cases_box = QGroupBox(self.tr("Cases"), self)
        self.cases_box.setAccessibleName(self.tr("Cases"))
        self.cases_layout = QVBoxLayout(self.cases_box)
        self.case_labels: list[QLabel] = []
        for box in (self.needs_box, self.rep_box, self.prefs_box, self.work_box, self.cases_box):
            layout.addWidget(box)

    def _section(self, title: str) -> tuple[QGroupBox, QLabel]:
        box = QGroupBox(title, self)
        box.setAccessibleName(title)
        label = text_label(box, title)
        QVBoxLayout(box).addWidget(label)
        return box, label

    def show_card(self, card: CustomerCard | None, calendar) -> None:
        if card is None:
            for label in (self.needs_label, self.rep_label, self.prefs_label):
                label.setText("")
            self.work_box.show_items((), calendar, None)
            self._show_cases([], None, "en", None)
            return
        self.work_box.show_items(card.work, calendar, card.at)
        self.needs_label.setText(self._needs(card))
        self.rep_label.setText(self._representative(card))
        self.prefs_label.setText(self._preferences(card))
        self._show_cases(card.cases, card.today, card.language.value, current_language())

    def _needs(self, card: CustomerCard) -> str:
        if not card.accessibility:
            return self.tr("None recorded")
        return "\n".join(f"• {texts.accessibility_name(n)}" for n in card.accessibility)

    def _representative(self, card: CustomerCard) -> str:
        rep = card.representative
        if rep is None:
            return self.tr("None recorded")
        who = (
            self.tr("{name} ({relationship})").format(
                name=rep.name, relationship=texts.relationship_name(rep.relationship)
            )
            if rep.relationship
            else rep.name
        )
        return _lines(
            [
                who,
                self.tr("Phone: {phone}").format(phone=rep.phone) if rep.phone else "",
                self.tr("Email: {email}").format(email=rep.email) if rep.email else "",
                self.tr("Contact only through them.") if rep.contact_only_via else "",
            ]
        )

    def _preferences(self, card: CustomerCard) -> str:
        prefs = card.preferences
        if prefs is None:
            return self.tr(
                "No preferences recorded — ask the customer how and how often they "
                "want to be kept informed."
            )
        channels = ", ".join(
            f"{i}. {texts.channel_name(c.value)}" for i, c in enumerate(prefs.channels, start=1)
        )
        language = self.tr("Welsh") if card.prefers_welsh else self.tr("English")
        agreed = ""
        if prefs.agreed_on and prefs.agreed_by:
            agreed = self.tr("Agreed on {date} with {name}.").format(
                date=date_text(prefs.agreed_on), name=prefs.agreed_by
            )
        elif prefs.agreed_on:
            agreed = self.tr("Agreed on {date}.").format(date=date_text(prefs.agreed_on))
        return _lines(
            [
                self.tr("Channels, in order of preference: {channels}").format(channels=channels),
                self._updates(prefs.update_every_days),
                self.tr("Calls and texts welcome: {window}").format(
                    window=window_text(prefs.contact_hours)
                )
                if prefs.contact_hours
                else "",
                self.tr("Language: {language}").format(language=language),
                agreed,
            ]
        )

    def _updates(self, days: int | None) -> str:
        if not days:
            return self.tr("No regular updates asked for")
        if days == 1:
            return self.tr("Updates every day")
        return self.tr("Updates every {days} days").format(days=days)

    def _show_cases(self, cases, today: date | None, language: str, ui: str | None) -> None:
        for label in self.case_labels:
            self.cases_layout.removeWidget(label)
            # Hidden at once: deleteLater waits for the event loop, and the old case must not
            # show under the next customer meanwhile.
            label.hide()
            label.deleteLater()
        self.case_labels = []
        if not cases:
            label = text_label(self.cases_box, self.tr("Cases"))
            label.setText(self.tr("No cases"))
            self.case_labels.append(label)
        for case in cases:
            label = text_label(
                self.cases_box, self.tr("Case {ref}").format(ref=case.ref), rich=True
            )
            label.setText(self._case_html(case, today, language, ui or "en"))
            self.case_labels.append(label)
        for label in self.case_labels:
            self.cases_layout.addWidget(label)

    def _case_html(self, case: CaseView, today: date | None, language: str, ui: str) -> str:
        e = html.escape
        facts = [self.tr("Stage: {stage}").format(stage=texts.stage_name(case.stage))]
        if case.target_on and case.is_open:
            if today is not None and case.target_on < today:
                facts.append(
                    self.tr("Target {date} (missed)").format(date=date_text(case.target_on))
                )
            else:
                facts.append(self.tr("Target {date}").format(date=date_text(case.target_on)))
        if case.owner_name:
            facts.append(self.tr("Owner: {name}").format(name=case.owner_name))
        parts = [
            f"<b>{e(case.ref)}</b> — {e(case.subject)}",
            e(" · ".join(facts)),
            e(self.tr("What happens next: {steps}").format(steps=next_steps(case.stage, ui))),
        ]
        if language == "cy" and ui != "cy":
            in_welsh = self.tr("In Welsh:")
            parts.append(f"<i>{e(in_welsh)}</i> {e(next_steps(case.stage, 'cy'))}")
        return "<br>".join(parts)

    def focus_chain(self) -> list[QWidget]:
        return [
            self.needs_label,
            self.rep_label,
            self.prefs_label,
            *self.work_box.focus_chain(),
            *self.case_labels,
        ]


class TimelineModel(QAbstractTableModel):
    """Contact history, newest first: when, channel, direction, staff, what was said."""

    COLUMNS = 5

    def __init__(self, tz, parent=None):
        super().__init__(parent)
        self._tz = tz
        self._rows: list[tuple[str, ...]] = []
        self._now: datetime | None = None
        self._inbound: list[bool] = []
        self._headers = (
            self.tr("When"),
            self.tr("Channel"),
            self.tr("Direction"),
            self.tr("Staff"),
            self.tr("Summary"),
        )
        style = QApplication.style()
        self._icons = {
            True: style.standardIcon(QStyle.StandardPixmap.SP_ArrowLeft),
            False: style.standardIcon(QStyle.StandardPixmap.SP_ArrowRight),
        }

    def set_entries(
        self, entries: list[TimelineEntry] | tuple[TimelineEntry, ...], now: datetime | None = None
    ) -> None:
        """Show `entries`; `now` decides which dates need their year (the real clock if None)."""
        # Texts are made once here, so data() is a lookup on the hot path.
        self._now = now
        self.beginResetModel()
        self._rows = [self._row_texts(e) for e in entries]
        self._inbound = [e.direction is Direction.INBOUND for e in entries]
        self.endResetModel()

    def _row_texts(self, e: TimelineEntry) -> tuple[str, ...]:
        if e.direction is Direction.INBOUND:
            direction = self.tr("In")
        elif e.purpose is Purpose.FOLLOW_UP:
            direction = self.tr("Out (reply)")
        else:
            direction = self.tr("Out")
        if e.refused:
            state = self.tr("could not be sent: {reason}").format(reason=e.refused)
        else:
            state = self.tr("waiting to send") if e.waiting else ""
        summary = [state, e.summary or ""]
        if e.override_reason:
            summary.append(self.tr("override: {reason}").format(reason=e.override_reason))
        if e.authorised_by_name:
            summary.append(self.tr("authorised by {name}").format(name=e.authorised_by_name))
        return (
            texts.when(e.at, self._tz, self._now),
            texts.channel_name(e.channel.value),
            direction,
            e.staff_name or self.tr("Not recorded"),
            " · ".join(s for s in summary if s),
        )

    def rowCount(self, parent=_NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_NO_INDEX) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        # Each cell is read as its own text: a screen reader already moves through a row cell
        # by cell, so a cell that repeated the whole row was heard five times over.
        if role in (_DISPLAY, _TOOLTIP):
            return self._rows[row][column]
        if role == _DECORATION and column == 2:
            return self._icons[self._inbound[row]]
        return None

    def headerData(self, section: int, orientation, role: int = _DISPLAY):
        if role == _DISPLAY and orientation == _HORIZONTAL and 0 <= section < self.COLUMNS:
            return self._headers[section]
        return None
