"""Before the agent acts: whom to contact, and what each channel allows now, in icon and words.

The preview is advice. The buttons here only ask for an outreach (`sig_use`); the action bar
checks it for real before anything happens, and records it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.domain.values import (
    Channel,
    Code,
    OutreachDecision,
    OverridableBy,
    Reason,
    Recipient,
    by_weight,
)
from agent_desktop.services.calls import PREVIEW_CHANNELS
from agent_desktop.services.card import RepresentativeView
from agent_desktop.ui import texts
from agent_desktop.ui.accessibility import ValueLabel, mnemonic_key, named_icon
from agent_desktop.ui.reason_words import reason_text

_ALLOWED_ICON = QStyle.StandardPixmap.SP_DialogApplyButton
_OVERRIDABLE_ICON = QStyle.StandardPixmap.SP_MessageBoxWarning
_STOP_ICON = QStyle.StandardPixmap.SP_BrowserStop
WARNING_ICON = QStyle.StandardPixmap.SP_MessageBoxWarning
_SMALLER = 0.9


def representative_words(rep: RepresentativeView) -> str:
    """'Delyth Baker (daughter) · 07700 900123 · d.baker@example.org'."""
    who = rep.name
    if rep.relationship:
        who = QCoreApplication.translate("RecipientChoice", "{name} ({relationship})").format(
            name=rep.name, relationship=texts.relationship_name(rep.relationship)
        )
    reach = [r for r in (rep.phone, rep.email) if r]
    if not reach:
        reach = [QCoreApplication.translate("RecipientChoice", "no phone or email recorded")]
    return " · ".join([who, *reach])


class RecipientChoice(QWidget):
    """Whom an outreach is addressed to: the customer, or the representative acting for them.

    Shown only for a customer with a representative. The rules decide the same contact
    differently for each (REPRESENTATIVE_ONLY), so the agent sees which one the buttons check.
    """

    sig_changed = Signal(object)
    """Emitted with the Recipient the agent chose."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.representative: RepresentativeView | None = None
        self.title = QLabel(self.tr("Contact:"), self)
        self.customer_choice = QRadioButton(self.tr("the c&ustomer"), self)
        self.customer_choice.setAccessibleName(self.tr("Contact the customer"))
        self.representative_choice = QRadioButton(self.tr("their re&presentative"), self)
        self.representative_choice.setAccessibleName(self.tr("Contact their representative"))
        self.details = ValueLabel(self.tr("Representative"), self)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.group = QButtonGroup(self)
        self.group.addButton(self.customer_choice)
        self.group.addButton(self.representative_choice)
        self.customer_choice.setChecked(True)
        # The details wrap on a line of their own: a long name and email on the choices' line
        # would widen the card's side of the window and squeeze the queue beside it.
        self.details.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.title)
        row.addWidget(self.customer_choice)
        row.addWidget(self.representative_choice)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.details)
        self.customer_choice.toggled.connect(lambda _on: self.sig_changed.emit(self.recipient()))
        self.setVisible(False)

    def recipient(self) -> Recipient:
        if self.representative is not None and self.representative_choice.isChecked():
            return Recipient.REPRESENTATIVE
        return Recipient.CUSTOMER

    def show_representative(self, rep: RepresentativeView | None, *, choose: bool) -> None:
        """Offer `rep` (None hides the choice); `choose` picks them, without a signal."""
        self.representative = rep
        self.setVisible(rep is not None)
        if rep is None:
            self._check(self.customer_choice)
            return
        words = representative_words(rep)
        self.details.setText(words)
        self.representative_choice.setAccessibleName(
            self.tr("Contact their representative, {who}").format(who=words)
        )
        self._check(self.representative_choice if choose else self.customer_choice)

    def _check(self, button: QRadioButton) -> None:
        self.customer_choice.blockSignals(True)
        button.setChecked(True)
        self.customer_choice.blockSignals(False)

    def focus_chain(self) -> list[QWidget]:
        return [self.customer_choice, self.representative_choice]


class ChannelPreview(QWidget):
    """Call, Email, Letter and SMS buttons, each with what the rules say of it now."""

    sig_use = Signal(object)
    """Emitted with the Channel whose button the agent pressed."""

    def __init__(
        self,
        calendar: Callable[[], object],
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
    ):
        """`calendar()` gives the office calendar and `clock()` the instant now."""
        super().__init__(parent)
        self._calendar = calendar
        self._clock = clock
        names = {
            Channel.PHONE: (self.tr("&Call"), self.tr("Call")),
            Channel.EMAIL: (self.tr("&Email"), self.tr("Email")),
            Channel.LETTER: (self.tr("&Letter"), self.tr("Letter")),
            Channel.SMS: (self.tr("&SMS"), self.tr("SMS")),
        }
        self.labels = {channel: label for channel, (label, _) in names.items()}
        self.names = {channel: spoken for channel, (_, spoken) in names.items()}
        # The key the (translated) label's mnemonic gives, for tooltips and screen readers.
        self._mnemonics = {
            channel: mnemonic_key(label) or "" for channel, label in self.labels.items()
        }
        self.recipient = RecipientChoice(self)
        self.buttons: dict[Channel, QPushButton] = {}
        self.status: dict[Channel, QLabel] = {}
        grid = QGridLayout()
        small = self.font()
        if small.pointSizeF() > 0:  # relative to the user's font, never a fixed size
            small.setPointSizeF(small.pointSizeF() * _SMALLER)
        for column, channel in enumerate(PREVIEW_CHANNELS):
            button = QPushButton(self.labels[channel], self)
            button.setAccessibleName(self.names[channel])
            button.clicked.connect(partial(self.sig_use.emit, channel))
            status = ValueLabel(
                self.tr("{channel} status").format(channel=self.names[channel]), self
            )
            status.setWordWrap(True)
            status.setFont(small)
            grid.addWidget(button, 0, column)
            grid.addWidget(status, 1, column)
            self.buttons[channel] = button
            self.status[channel] = status
        self.warning_icon = named_icon(self, WARNING_ICON, self.tr("Warning"), visible=False)
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        warnings_row = QHBoxLayout()
        warnings_row.addWidget(self.warning_icon)
        warnings_row.addWidget(self.warnings, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.recipient)
        layout.addLayout(grid)
        layout.addLayout(warnings_row)

    def focus_chain(self) -> list[QWidget]:
        return [*self.recipient.focus_chain(), *self.buttons.values()]

    # --- states -------------------------------------------------------------------------------

    def show_no_customer(self) -> None:
        self.set_enabled(False)
        self.recipient.show_representative(None, choose=False)
        for channel in PREVIEW_CHANNELS:
            self._show(channel, "none", QIcon(), "", self.tr("No customer is open."))
        self._clear_warnings()

    def show_checking(self) -> None:
        self.set_enabled(True)
        for channel in PREVIEW_CHANNELS:
            self._show(
                channel,
                "checking",
                QIcon(),
                self.tr("Checking…"),
                self.tr("Checking whether this contact is allowed now."),
            )
        self._clear_warnings()

    def show_failure(self, why: str) -> None:
        for channel in PREVIEW_CHANNELS:
            self._show(
                channel, "unknown", self._icon(WARNING_ICON), self.tr("Could not check"), why
            )

    def show_decisions(self, decisions: dict[Channel, OutreachDecision]) -> None:
        for channel in PREVIEW_CHANNELS:
            self._show_decision(channel, decisions[channel])
        self._show_warnings(decisions)

    def set_enabled(self, enabled: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(enabled)
        self.recipient.setEnabled(enabled)

    # --- words --------------------------------------------------------------------------------

    def next_allowed_text(self, decision: OutreachDecision) -> str:
        """'Next allowed …' (saying when the office opens if it is shut then) or why never."""
        if decision.next_allowed_at is None:
            return self.tr("Not by time alone")
        return self.tr("Next allowed {when}").format(
            when=texts.allowed_when(decision.next_allowed_at, self._calendar(), self._clock())
        )

    def reason_line(self, reason: Reason) -> str:
        return self.tr("• {title}: {message}").format(
            title=texts.reason_title(reason.code),
            message=reason_text(reason, self._calendar().tz, self._clock()),
        )

    def _show_decision(self, channel: Channel, decision: OutreachDecision) -> None:
        if decision.allowed:
            self._show(
                channel,
                "allowed",
                self._icon(_ALLOWED_ICON),
                self.tr("Allowed"),
                self.tr("You may use this now."),
            )
            return
        # Reasons come heaviest first, so the label names what decides who may go past it.
        first = texts.reason_title(decision.blocks[0].code)
        extra = len(decision.blocks) - 1
        status = (
            self.tr("Blocked: {reason} (+%n more)", "", extra).format(reason=first)
            if extra
            else self.tr("Blocked: {reason}").format(reason=first)
        )
        lines = [self.reason_line(b) for b in decision.blocks]
        lines.append(self.next_allowed_text(decision))
        if decision.overridable_by is OverridableBy.AGENT:
            lines.append(self.tr("You may override this preference with a written reason."))
            icon = self._icon(_OVERRIDABLE_ICON)
        elif decision.overridable_by is OverridableBy.TEAM_LEADER:
            lines.append(self.tr("A team leader may authorise one contact."))
            icon = self._icon(_STOP_ICON)
        else:
            lines.append(self.tr("No one can override this."))
            icon = self._icon(_STOP_ICON)
        self._show(channel, "blocked", icon, status, "\n".join(lines))

    def _show(self, channel: Channel, state: str, icon: QIcon, status: str, detail: str) -> None:
        button = self.buttons[channel]
        button.setIcon(icon)
        button.setProperty("outreach_state", state)
        self.status[channel].setText(status)
        key = self._mnemonics[channel]
        shortcut = self.tr("Shortcut {key}.").format(key=key)
        button.setAccessibleDescription(
            "\n".join(part for part in (status, detail, shortcut) if part)
        )
        button.setToolTip(
            self.tr("{name} ({key})\n{detail}").format(
                name=self.names[channel], key=key, detail=detail
            )
        )

    def _show_warnings(self, decisions) -> None:
        seen: dict[Code, Reason] = {}
        for channel in PREVIEW_CHANNELS:
            for warning in decisions[channel].warnings:
                seen.setdefault(warning.code, warning)
        if not seen:
            self._clear_warnings()
            return
        # Each channel's warnings come heaviest first; keep that order across channels too.
        ordered = by_weight(seen.values())
        titles = " · ".join(texts.reason_title(w.code) for w in ordered)
        self.warnings.setText(self.tr("Warnings: {titles}").format(titles=titles))
        detail = "\n".join(reason_text(w, self._calendar().tz, self._clock()) for w in ordered)
        self.warnings.setToolTip(detail)
        self.warnings.setAccessibleDescription(detail)
        self.warning_icon.setVisible(True)

    def _clear_warnings(self) -> None:
        self.warnings.clear()
        self.warnings.setToolTip("")
        self.warnings.setAccessibleDescription("")
        self.warning_icon.setVisible(False)

    def _icon(self, pixmap: QStyle.StandardPixmap) -> QIcon:
        return self.style().standardIcon(pixmap)
