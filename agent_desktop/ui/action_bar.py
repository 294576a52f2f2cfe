"""The action bar: checked outreach on each channel, inbound contact, call-backs and the call timer.

Before the agent acts, each channel shows whether it is allowed now and, if not, why (icon and
words, never colour alone). That preview is advice; using a channel runs the authoritative
check-and-record off the GUI thread, and a refusal opens BlockedDialog with the way past it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from functools import partial

import shiboken6
from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import DBAPIError

from agent_desktop.domain.values import (
    Channel,
    InvalidInput,
    OutreachDecision,
    OverridableBy,
    Reason,
)
from agent_desktop.services.calls import PREVIEW_CHANNELS
from agent_desktop.services.database import Database
from agent_desktop.services.outreach import InboundContact, Outreach
from agent_desktop.services.session import SignedIn
from agent_desktop.store.engine import DatabaseUnreachable
from agent_desktop.store.types import utcnow
from agent_desktop.sync.desktop import Local, Queued, as_data
from agent_desktop.ui import texts
from agent_desktop.ui.accessibility import ValueLabel, announce, mnemonic_key, with_key_hint
from agent_desktop.ui.call_timer import CallTimer
from agent_desktop.ui.inbound_dialog import InboundDialog
from agent_desktop.ui.ops import Ops
from agent_desktop.ui.outreach_dialogs import BlockedDialog, CallbackDialog, SummaryDialog
from agent_desktop.ui.reason_words import reason_text

_ALLOWED_ICON = QStyle.StandardPixmap.SP_DialogApplyButton
_OVERRIDABLE_ICON = QStyle.StandardPixmap.SP_MessageBoxWarning
_STOP_ICON = QStyle.StandardPixmap.SP_BrowserStop
_WARNING_ICON = QStyle.StandardPixmap.SP_MessageBoxWarning
#: How often the preview is read again while a customer is open: windows open and close.
REFRESH_MS = 60_000
_SMALLER = 0.9


class ActionBar(QWidget):
    """Outreach, inbound and call-back actions for the customer given to `set_customer`."""

    sig_contact_recorded = Signal(str)
    """Emitted with the customer reference after an outreach or inbound contact is recorded."""
    sig_work_changed = Signal()
    """Emitted when a work item was created (a call-back, or the items an inbound email makes)."""
    sig_preview_ready = Signal(str)
    """Emitted with the customer reference once every channel shows its current decision."""
    sig_message = Signal(str)
    """Emitted with each status message, for the main window's status bar."""
    sig_queued = Signal(int)
    """Emitted when a write was kept in the outbox, with how many now wait to be sent."""

    # Factories, so a test or an embedding window can substitute its own dialogs.
    summary_dialog_class = SummaryDialog
    blocked_dialog_class = BlockedDialog
    inbound_dialog_class = InboundDialog
    callback_dialog_class = CallbackDialog

    def __init__(self, ops: Ops, data: Database | Local, user: SignedIn,
                 parent: QWidget | None = None, *, clock: Callable[[], datetime] = utcnow,
                 timer_clock: Callable[[], float] = time.monotonic):
        super().__init__(parent)
        self.ops = ops
        self.data = as_data(data)
        self.user = user
        self._clock = clock
        self._ref: str | None = None
        self._decisions: dict[Channel, OutreachDecision] = {}
        self._preview_seq = 0
        self._recording = False
        self.current_dialog = None
        self.setAccessibleName(self.tr("Contact actions"))

        names = {
            Channel.PHONE: (self.tr("&Call"), self.tr("Call"), "Ctrl+Shift+C"),
            Channel.EMAIL: (self.tr("&Email"), self.tr("Email"), "Ctrl+Shift+E"),
            Channel.LETTER: (self.tr("&Letter"), self.tr("Letter"), "Ctrl+Shift+L"),
            Channel.SMS: (self.tr("&SMS"), self.tr("SMS"), "Ctrl+Shift+S"),
        }
        self._names = {channel: spoken for channel, (_, spoken, _) in names.items()}
        # The key the (translated) label's mnemonic gives, for tooltips and screen readers.
        self._mnemonics = {channel: mnemonic_key(label) or ""
                           for channel, (label, _, _) in names.items()}
        self.channel_buttons: dict[Channel, QPushButton] = {}
        self.channel_status: dict[Channel, QLabel] = {}
        self._actions: list[QAction] = []
        grid = QGridLayout()
        small = self.font()
        if small.pointSizeF() > 0:  # relative to the user's font, never a fixed size
            small.setPointSizeF(small.pointSizeF() * _SMALLER)
        for column, channel in enumerate(PREVIEW_CHANNELS):
            label, spoken, menu_key = names[channel]
            button = QPushButton(label, self)
            button.setAccessibleName(spoken)
            button.clicked.connect(partial(self.trigger, channel.value))
            status = ValueLabel(self.tr("{channel} status").format(channel=spoken), self)
            status.setWordWrap(True)
            status.setFont(small)
            grid.addWidget(button, 0, column)
            grid.addWidget(status, 1, column)
            self.channel_buttons[channel] = button
            self.channel_status[channel] = status
            self._actions.append(self._action(label, menu_key, channel.value))

        self.inbound_button = QPushButton(self.tr("Log &inbound…"), self)
        self.inbound_button.setAccessibleName(self.tr("Log inbound contact"))
        self.inbound_button.setToolTip(with_key_hint(self.tr(
            "Log a call, email, letter, visit or social media message from the customer"),
            self.inbound_button.text()))
        self.inbound_button.clicked.connect(self.log_inbound)
        self.callback_button = QPushButton(self.tr("Request call-&back"), self)
        self.callback_button.setAccessibleName(self.tr("Request call-back"))
        self.callback_button.setToolTip(with_key_hint(self.tr(
            "The customer asks to be called back; it is due by the end of the next working day"),
            self.callback_button.text()))
        self.callback_button.clicked.connect(self.request_callback)
        self._actions.append(self._action(self.tr("Log &inbound…"), "Ctrl+Shift+I", "inbound"))
        self._actions.append(self._action(self.tr("Request call-&back"), "Ctrl+Shift+B",
                                          "callback"))
        self.timer = CallTimer(self, clock=timer_clock)

        self.warning_icon = self._icon_label(_WARNING_ICON, self.tr("Warning"))
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.status_icon = self._icon_label(_WARNING_ICON, self.tr("Problem"))
        self.status = ValueLabel(self.tr("Last action"), self)
        self.status.setWordWrap(True)

        actions_row = QHBoxLayout()
        actions_row.addWidget(self.inbound_button)
        actions_row.addWidget(self.callback_button)
        actions_row.addWidget(self.timer, 1)
        warnings_row = QHBoxLayout()
        warnings_row.addWidget(self.warning_icon)
        warnings_row.addWidget(self.warnings, 1)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_icon)
        status_row.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(actions_row)
        layout.addLayout(warnings_row)
        layout.addLayout(status_row)

        order = [*self.channel_buttons.values(), self.inbound_button, self.callback_button,
                 self.timer.stop_button]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self._refresh)
        self._show_no_customer()

    def _action(self, text: str, shortcut: str, what: str) -> QAction:
        # Menu shortcuts differ from the buttons' Alt mnemonics: the same key on both would be
        # ambiguous, and Qt then fires neither.
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(partial(self.trigger, what))
        return action

    def _icon_label(self, pixmap: QStyle.StandardPixmap, name: str) -> QLabel:
        label = QLabel(self)
        side = self.fontMetrics().height()
        label.setPixmap(self.style().standardIcon(pixmap).pixmap(side, side))
        label.setAccessibleName(name)
        label.setVisible(False)
        return label

    # --- public API ---------------------------------------------------------------------------

    @property
    def customer(self) -> str | None:
        return self._ref

    def actions(self) -> list[QAction]:
        """Call, Email, Letter, SMS, Log inbound, Request call-back: for the main window's menu."""
        return list(self._actions)

    def decisions(self) -> dict[Channel, OutreachDecision]:
        """The decisions the bar shows now (empty while checking)."""
        return dict(self._decisions)

    def set_customer(self, ref: str | None) -> None:
        """Show the actions for customer `ref`; None disables everything."""
        if self.current_dialog is not None:
            self.current_dialog.reject()
        self._ref = ref or None
        self._decisions = {}
        if self._ref is None:
            self._preview_seq += 1
            self._refresh_timer.stop()
            self._show_no_customer()
            return
        self._set_enabled(True)
        for channel in PREVIEW_CHANNELS:
            self._show_channel(channel, "checking", QIcon(), self.tr("Checking…"),
                               self.tr("Checking whether this contact is allowed now."))
        self.warnings.clear()
        self.warning_icon.setVisible(False)
        self._refresh()
        self._refresh_timer.start()

    def trigger(self, channel: str) -> None:
        """Start an action as if its button were pressed: a channel ('phone', 'email', 'letter',
        'sms'), 'inbound' or 'callback'."""
        if channel == "inbound":
            self.log_inbound()
        elif channel == "callback":
            self.request_callback()
        elif Channel(channel) in PREVIEW_CHANNELS:
            self._use(Channel(channel))
        else:
            raise ValueError(f"the action bar offers no {channel!r} outreach")

    def log_inbound(self) -> None:
        if not self._can_open():
            return
        dialog = self.inbound_dialog_class(self)
        self._open(dialog, lambda: self._log_inbound(dialog.channel(), dialog.summary()))

    def request_callback(self) -> None:
        if not self._can_open():
            return
        dialog = self.callback_dialog_class(self)
        self._open(dialog, lambda: self._request_callback(dialog.note()))

    # --- the preview --------------------------------------------------------------------------

    def refresh_preview(self) -> None:
        """Ask again what each channel allows now (e.g. after the connection changed)."""
        self._refresh()

    def _refresh(self) -> None:
        ref = self._ref
        if ref is None:
            return
        self._preview_seq += 1
        seq = self._preview_seq
        data, user, at = self.data, self.user, self._clock()
        self._run(lambda: data.outreach_preview(ref, user, at),
                     lambda decisions: self._preview_arrived(seq, ref, decisions),
                     lambda exc: self._preview_failed(seq, exc))

    def _preview_arrived(self, seq: int, ref: str, decisions) -> None:
        if seq != self._preview_seq:
            return  # a newer request supersedes this one
        self._decisions = dict(decisions)
        for channel in PREVIEW_CHANNELS:
            self._show_decision(channel, decisions[channel])
        self._show_warnings(decisions)
        self.sig_preview_ready.emit(ref)

    def _preview_failed(self, seq: int, exc: Exception) -> None:
        if seq != self._preview_seq:
            return
        text = self.tr("Could not check")
        why = self._failure_text(exc)
        for channel in PREVIEW_CHANNELS:
            self._show_channel(channel, "unknown", self._icon(_WARNING_ICON), text, why)

    def _show_decision(self, channel: Channel, decision: OutreachDecision) -> None:
        if decision.allowed:
            self._show_channel(channel, "allowed", self._icon(_ALLOWED_ICON), self.tr("Allowed"),
                               self.tr("You may use this now."))
            return
        first = texts.reason_title(decision.blocks[0].code)
        extra = len(decision.blocks) - 1
        status = (self.tr("Blocked: {reason} (+%n more)", "", extra).format(reason=first)
                  if extra else self.tr("Blocked: {reason}").format(reason=first))
        tz = self.data.calendar.tz
        lines = [self.tr("• {title}: {message}").format(
            title=texts.reason_title(b.code), message=reason_text(b, tz)) for b in decision.blocks]
        if decision.next_allowed_at is not None:
            lines.append(self.tr("Next allowed {when}").format(
                when=texts.when(decision.next_allowed_at, self.data.calendar.tz)))
        else:
            lines.append(self.tr("Not by time alone"))
        if decision.overridable_by is OverridableBy.AGENT:
            lines.append(self.tr("You may override this preference with a written reason."))
            icon = self._icon(_OVERRIDABLE_ICON)
        elif decision.overridable_by is OverridableBy.TEAM_LEADER:
            lines.append(self.tr("A team leader may authorise one contact."))
            icon = self._icon(_STOP_ICON)
        else:
            lines.append(self.tr("No one can override this."))
            icon = self._icon(_STOP_ICON)
        self._show_channel(channel, "blocked", icon, status, "\n".join(lines))

    def _show_channel(self, channel: Channel, state: str, icon: QIcon, status: str,
                      detail: str) -> None:
        button = self.channel_buttons[channel]
        button.setIcon(icon)
        button.setProperty("outreach_state", state)
        self.channel_status[channel].setText(status)
        key = self._mnemonics[channel]
        shortcut = self.tr("Shortcut {key}.").format(key=key)
        button.setAccessibleDescription("\n".join(part for part in (status, detail, shortcut)
                                                  if part))
        button.setToolTip(self.tr("{name} ({key})\n{detail}").format(
            name=self._names[channel], key=key, detail=detail))

    def _show_warnings(self, decisions) -> None:
        seen: dict[str, Reason] = {}
        for channel in PREVIEW_CHANNELS:
            for warning in decisions[channel].warnings:
                seen.setdefault(warning.code, warning)
        if not seen:
            self.warnings.clear()
            self.warning_icon.setVisible(False)
            return
        titles = " · ".join(texts.reason_title(code) for code in seen)
        self.warnings.setText(self.tr("Warnings: {titles}").format(titles=titles))
        detail = "\n".join(reason_text(w, self.data.calendar.tz) for w in seen.values())
        self.warnings.setToolTip(detail)
        self.warnings.setAccessibleDescription(detail)
        self.warning_icon.setVisible(True)

    def _show_no_customer(self) -> None:
        self._set_enabled(False)
        for channel in PREVIEW_CHANNELS:
            self._show_channel(channel, "none", QIcon(), "", self.tr("No customer is open."))
        self.warnings.clear()
        self.warning_icon.setVisible(False)

    def _set_enabled(self, enabled: bool) -> None:
        for button in (*self.channel_buttons.values(), self.inbound_button, self.callback_button):
            button.setEnabled(enabled)
        for action in self._actions:
            action.setEnabled(enabled)

    def _run(self, work, on_success, on_failure) -> None:
        """ops.run, dropping answers that arrive after the bar itself was deleted."""
        def alive(callback):
            def call(value):
                if shiboken6.isValid(self):
                    callback(value)
            return call

        self.ops.run(work, alive(on_success), alive(on_failure))

    def _icon(self, pixmap: QStyle.StandardPixmap) -> QIcon:
        return self.style().standardIcon(pixmap)

    # --- outreach -----------------------------------------------------------------------------

    def _can_open(self) -> bool:
        if self._ref is None or self.current_dialog is not None:
            return False
        if self._recording:
            self._say(self.tr("Please wait: the last contact is still being recorded."),
                      problem=True)
            return False
        return True

    def _open(self, dialog, on_accepted: Callable[[], None] | None) -> None:
        self.current_dialog = dialog
        if on_accepted is not None:
            dialog.accepted.connect(on_accepted)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog) -> None:
        if self.current_dialog is dialog:
            self.current_dialog = None
        dialog.deleteLater()

    def _use(self, channel: Channel) -> None:
        if not self._can_open():
            return
        dialog = self.summary_dialog_class(channel, self)
        self._open(dialog, lambda: self._record(channel, dialog.summary()))

    def _record(self, channel: Channel, summary: str | None, *, reason: str | None = None,
                authoriser: str | None = None, dialog: BlockedDialog | None = None) -> None:
        ref = self._ref
        if ref is None:
            return
        outreach = Outreach(ref, self.user.username, channel, at=self._clock(), summary=summary,
                            override_reason=reason, authorised_by=authoriser)
        data = self.data

        def work():
            result = data.record_outreach(outreach)
            limit = None
            if result.recorded and channel is Channel.PHONE:
                limit = data.call_limit_minutes(ref, outreach.at)
            return result, limit

        self._recording = True
        if dialog is not None:
            dialog.set_busy(True)
        self._run(work, lambda out: self._recorded(outreach, out, dialog),
                     lambda exc: self._record_failed(outreach, exc, dialog))

    def _recorded(self, outreach: Outreach, outcome, dialog) -> None:
        self._recording = False
        result, limit = outcome
        name = texts.channel_name(outreach.channel)
        if dialog is not None and dialog is self.current_dialog:
            dialog.accept()
        if not result.recorded:
            self._say(self.tr("{channel} not recorded: it is blocked.").format(channel=name),
                      problem=True)
            self._show_blocked(outreach, result.decision)
            self._refresh()
            return
        contact = result.contact
        at = self._clock_text(contact.at)
        if contact.authorised_by:
            text = self.tr("Recorded {channel} at {time}, authorised by {leader}").format(
                channel=name, time=at, leader=contact.authorised_by)
        elif contact.override_reason:
            text = self.tr("Recorded {channel} at {time}, overriding the preference").format(
                channel=name, time=at)
        else:
            text = self.tr("Recorded {channel} at {time}").format(channel=name, time=at)
        self._say(self._for_customer(outreach.customer_ref, text))
        if outreach.channel is Channel.PHONE:
            self.timer.start(limit)
        self.sig_contact_recorded.emit(outreach.customer_ref)
        self._refresh()

    def _record_failed(self, outreach: Outreach, exc: Exception, dialog) -> None:
        self._recording = False
        if dialog is not None and dialog is self.current_dialog:
            dialog.show_error(exc if isinstance(exc, InvalidInput) else self._failure_text(exc))
            return
        self._say(self._failure_text(exc), problem=True)

    def _show_blocked(self, outreach: Outreach, decision: OutreachDecision) -> None:
        own = self.user.username if self.user.leads else None
        dialog = self.blocked_dialog_class(outreach.channel, decision, self.data.calendar.tz, self,
                                           own_username=own)
        channel, summary = outreach.channel, outreach.summary
        dialog.sig_override.connect(
            lambda reason: self._record(channel, summary, reason=reason, dialog=dialog))
        dialog.sig_authorise.connect(
            lambda who, reason: self._record(channel, summary, reason=reason, authoriser=who,
                                             dialog=dialog))
        self._open(dialog, None)

    # --- inbound and call-backs ---------------------------------------------------------------

    def _log_inbound(self, channel: Channel, summary: str) -> None:
        ref = self._ref
        if ref is None:
            return
        inbound = InboundContact(ref, channel, self.user.username, self._clock(), summary)
        data = self.data

        def work():
            result = data.log_inbound(inbound)
            limit = data.call_limit_minutes(ref, inbound.at) if channel is Channel.PHONE else None
            return result, limit

        self._recording = True
        self._run(work, lambda out: self._inbound_logged(inbound, out),
                     lambda exc: self._failed(exc))

    def _inbound_logged(self, inbound: InboundContact, outcome) -> None:
        self._recording = False
        result, limit = outcome
        if isinstance(result, Queued):
            self._queued(inbound.customer_ref, self.tr(
                "Inbound {channel} saved on this desktop").format(
                channel=texts.channel_name(inbound.channel)), result)
            if inbound.channel is Channel.PHONE:
                self.timer.start(limit)
            return
        text = self.tr("Logged inbound {channel} at {time}").format(
            channel=texts.channel_name(inbound.channel), time=self._clock_text(result.contact.at))
        self._say(self._for_customer(inbound.customer_ref, text))
        if inbound.channel is Channel.PHONE:
            self.timer.start(limit)
        self.sig_contact_recorded.emit(inbound.customer_ref)
        if result.work_items:
            self.sig_work_changed.emit()
        self._refresh()

    def _request_callback(self, note: str | None) -> None:
        ref = self._ref
        if ref is None:
            return
        data, username, at = self.data, self.user.username, self._clock()
        self._recording = True
        self._run(lambda: data.request_callback(ref, username, at, note),
                     lambda requested: self._callback_requested(ref, requested),
                     lambda exc: self._failed(exc))

    def _callback_requested(self, ref: str, requested) -> None:
        self._recording = False
        if isinstance(requested, Queued):
            self._queued(ref, self.tr("Call-back request saved on this desktop"), requested)
            return
        text = self.tr("Call-back due by {when}").format(
            when=texts.when(requested.due_at, self.data.calendar.tz))
        self._say(self._for_customer(ref, text))
        self.sig_work_changed.emit()

    def _queued(self, ref: str, what: str, queued: Queued) -> None:
        """Kept in the outbox: say so, and that it goes when the central database is back."""
        text = self.tr("{what} at {time}; it will be sent when the central database is back "
                       "(%n waiting)", "", queued.waiting).format(
            what=what, time=self._clock_text(queued.at))
        self._say(self._for_customer(ref, text))
        self.sig_queued.emit(queued.waiting)

    def _failed(self, exc: Exception) -> None:
        self._recording = False
        self._say(self._failure_text(exc), problem=True)

    # --- words --------------------------------------------------------------------------------

    def _failure_text(self, exc: Exception) -> str:
        if isinstance(exc, InvalidInput):
            return self.tr("Not recorded: {message}").format(message=exc.message)
        if isinstance(exc, DatabaseUnreachable | DBAPIError):
            return self.tr("The database cannot be reached, so nothing was recorded. "
                           "Try again in a moment.")
        return self.tr("Something went wrong, so nothing was recorded ({error}).").format(
            error=type(exc).__name__)

    def _for_customer(self, ref: str, text: str) -> str:
        """Name the customer when the agent has moved on to another one meanwhile."""
        if ref == self._ref:
            return text
        return self.tr("{ref}: {text}").format(ref=ref, text=text)

    def _clock_text(self, instant: datetime) -> str:
        return f"{instant.astimezone(self.data.calendar.tz):%H:%M}"

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.status.setText(text)
        self.status_icon.setVisible(problem)
        announce(self, text, assertive=problem)
        self.sig_message.emit(text)
