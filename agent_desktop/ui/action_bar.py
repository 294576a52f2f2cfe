"""The action bar: checked outreach on each channel, inbound contact, call-backs and the call timer.

Before the agent acts, each channel shows whether it is allowed now and, if not, why (icon and
words, never colour alone; see channel_preview.py). Pressing a channel checks it again first:
an allowed contact asks for its summary, a refused one opens BlockedDialog with the way past it.
Recording runs the authoritative check-and-record off the GUI thread.

Past a restriction block the agent asks a team leader (BlockedDialog's request); the dialog
waits, and shows the answer when the sync brings it (`on_changes`, or the card's reload of the
same customer); an approval records the contact with it. A request outlives its dialog: the
channel pressed again opens the dialog on it.

When the answer to a recording was lost after it was sent, the bar says it is checking whether
the contact was recorded, and looks its id up until the central database answers: recorded, or
not recorded (and may be tried again). Tried again, it carries the same id, so the contact can
never be recorded twice.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial

import shiboken6
from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.domain.values import (
    Channel,
    Code,
    InvalidInput,
    OutreachDecision,
    OverridableBy,
    Recipient,
)
from agent_desktop.services.calls import PREVIEW_CHANNELS, OutreachOptions
from agent_desktop.services.changes import Changes
from agent_desktop.services.database import Database
from agent_desktop.services.gateway import DeskData, OutcomeUnknown, Queued, desk_data, unreachable
from agent_desktop.services.outreach import ContactResult, InboundContact, Outreach
from agent_desktop.services.session import SignedIn
from agent_desktop.ui import texts
from agent_desktop.ui.accessibility import ValueLabel, announce, named_icon, with_key_hint
from agent_desktop.ui.call_timer import CallTimer
from agent_desktop.ui.channel_preview import WARNING_ICON, ChannelPreview
from agent_desktop.ui.inbound_dialog import InboundDialog
from agent_desktop.ui.ops import Ops
from agent_desktop.ui.outreach_dialogs import BlockedDialog, CallbackDialog, SummaryDialog

log = logging.getLogger(__name__)
#: Recorded, as a contact found by its id was: the rules allowed it when it was recorded.
_ALLOWED = OutreachDecision(allowed=True)

#: How often the preview is read again while a customer is open: windows open and close.
REFRESH_MS = 60_000
#: The first and longest pauses between looking up a contact whose recording was not answered.
CHECK_FIRST_MS, CHECK_MOST_MS = 2_000, 30_000


def _now() -> datetime:
    return datetime.now(UTC)


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
    sig_changes = Signal(object)
    """Emitted with what a write made here changed (a Changes), for the window to pass on."""

    # Factories, so a test or an embedding window can substitute its own dialogs.
    summary_dialog_class = SummaryDialog
    blocked_dialog_class = BlockedDialog
    inbound_dialog_class = InboundDialog
    callback_dialog_class = CallbackDialog

    def __init__(
        self,
        ops: Ops,
        data: Database | DeskData,
        user: SignedIn,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] = _now,
        timer_clock: Callable[[], float] = time.monotonic,
    ):
        super().__init__(parent)
        self.ops = ops
        self.data = desk_data(data)
        self.user = user
        self._clock = clock
        self._ref: str | None = None
        # What the rules say for each recipient (the representative only when there is one).
        self._previews: dict[Recipient, dict[Channel, OutreachDecision]] = {}
        self._recording = False
        self._checking = False
        # Outreach whose outcome is being looked up, and outreach found not recorded whose id
        # a retry reuses: by customer, channel and recipient.
        self._unknown: dict[tuple, OutcomeUnknown] = {}
        self._retry_ids: dict[tuple, object] = {}
        self.check_first_ms = CHECK_FIRST_MS
        self._chosen_recipient: Recipient | None = None
        self.current_dialog = None
        self.setAccessibleName(self.tr("Contact actions"))

        self.preview = ChannelPreview(lambda: self.data.calendar, lambda: self._clock(), self)
        self.preview.sig_use.connect(self._use)
        self.preview.recipient.sig_changed.connect(self._recipient_changed)
        self.channel_buttons = self.preview.buttons
        self.channel_status = self.preview.status
        self.warnings, self.warning_icon = self.preview.warnings, self.preview.warning_icon
        self._actions: list[QAction] = []
        for channel, key in zip(
            PREVIEW_CHANNELS,
            ("Ctrl+Shift+C", "Ctrl+Shift+E", "Ctrl+Shift+L", "Ctrl+Shift+S"),
            strict=True,
        ):
            self._actions.append(self._action(self.preview.labels[channel], key, channel.value))

        self.inbound_button = QPushButton(self.tr("Log &inbound…"), self)
        self.inbound_button.setAccessibleName(self.tr("Log inbound contact"))
        self.inbound_button.setToolTip(
            with_key_hint(
                self.tr(
                    "Log a call, text, email, letter, visit or social media message from the customer"
                ),
                self.inbound_button.text(),
            )
        )
        self.inbound_button.clicked.connect(self.log_inbound)
        self.callback_button = QPushButton(self.tr("Request call-&back"), self)
        self.callback_button.setAccessibleName(self.tr("Request call-back"))
        self.callback_button.setToolTip(
            with_key_hint(
                self.tr(
                    "The customer asks to be called back; it is due by the end of the next working day"
                ),
                self.callback_button.text(),
            )
        )
        self.callback_button.clicked.connect(self.request_callback)
        self._actions.append(self._action(self.tr("Log &inbound…"), "Ctrl+Shift+I", "inbound"))
        self._actions.append(
            self._action(self.tr("Request call-&back"), "Ctrl+Shift+B", "callback")
        )
        self.timer = CallTimer(self, clock=timer_clock)

        self.status_icon = named_icon(self, WARNING_ICON, self.tr("Problem"), visible=False)
        self.status = ValueLabel(self.tr("Last action"), self)
        self.status.setWordWrap(True)

        # Two rows, so the card's side of the window stays narrow enough for the queue's
        # columns beside it, in Welsh too.
        actions_row = QHBoxLayout()
        actions_row.addWidget(self.inbound_button)
        actions_row.addWidget(self.callback_button)
        actions_row.addStretch(1)
        timer_row = QHBoxLayout()
        timer_row.addWidget(self.timer, 1)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_icon)
        status_row.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview)
        layout.addLayout(actions_row)
        layout.addLayout(timer_row)
        layout.addLayout(status_row)

        order = [
            *self.preview.focus_chain(),
            self.inbound_button,
            self.callback_button,
            self.timer.stop_button,
        ]
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

    # --- public API ---------------------------------------------------------------------------

    @property
    def customer(self) -> str | None:
        return self._ref

    @property
    def recipient(self) -> Recipient:
        """Whom the outreach buttons contact: the customer, or their representative."""
        return self.preview.recipient.recipient()

    def actions(self) -> list[QAction]:
        """Call, Email, Letter, SMS, Log inbound, Request call-back: for the main window's menu."""
        return list(self._actions)

    def decisions(self) -> dict[Channel, OutreachDecision]:
        """The decisions the bar shows now (empty while checking)."""
        return dict(self._previews.get(self.recipient, {}))

    def set_customer(self, ref: str | None, *, recipient: Recipient | None = None) -> None:
        """Show the actions for customer `ref`; None disables everything.

        Everything tied to the previous customer goes: the call being timed, the last action's
        line, whom to contact. A refresh of the same customer keeps them. `recipient` chooses
        whom to contact (a rebuilt window keeps the agent's choice) when the customer has a
        representative.
        """
        ref = ref or None
        if self.current_dialog is not None:
            if ref != self._ref:
                self.current_dialog.reject()
            else:  # the same customer read again: a request's answer may be what changed
                self._read_request()
        if recipient is None and ref == self._ref and self._previews:
            # The same customer again (a refresh): whom the agent chose stays chosen.
            recipient = self.recipient
        self._chosen_recipient = recipient
        if ref != self._ref:
            self.timer.reset()
            self.status.clear()
            self.status_icon.setVisible(False)
            self.preview.recipient.show_representative(None, choose=False)
        self._ref = ref
        self._previews = {}
        if self._ref is None:
            self.ops.supersede(self, "preview")
            self._refresh_timer.stop()
            self._show_no_customer()
            return
        self._set_enabled(True)
        self.preview.show_checking()
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
        data, user, at = self.data, self.user, self._clock()
        # A newer request supersedes this one.
        self.ops.latest(
            "preview",
            lambda: data.outreach_options(ref, user, at),
            lambda options: self._preview_arrived(ref, options),
            self._preview_failed,
        )

    def _preview_arrived(self, ref: str, options: OutreachOptions) -> None:
        first_answer = not self._previews
        self._previews = previews = options.decisions
        representative = options.representative
        choice = self.preview.recipient
        if first_answer or (representative is None) != (choice.representative is None):
            # Contact that must go through the representative is offered to them at first.
            must = _only_through_representative(previews[Recipient.CUSTOMER]) or bool(
                representative and representative.contact_only_via
            )
            if self._chosen_recipient is not None:
                must = self._chosen_recipient is Recipient.REPRESENTATIVE
            choice.show_representative(representative, choose=must)
        elif representative is not None:
            choice.show_representative(
                representative, choose=self.recipient is Recipient.REPRESENTATIVE
            )
        self.preview.show_decisions(previews[self.recipient])
        self.sig_preview_ready.emit(ref)

    def _recipient_changed(self, recipient: Recipient) -> None:
        if recipient in self._previews:
            self.preview.show_decisions(self._previews[recipient])

    def _preview_failed(self, exc: Exception) -> None:
        self.preview.show_failure(self._failure_text(exc))

    def _show_no_customer(self) -> None:
        self._set_enabled(False)
        self.preview.show_no_customer()

    def _set_enabled(self, enabled: bool) -> None:
        self.preview.set_enabled(enabled)
        for button in (self.inbound_button, self.callback_button):
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

    # --- outreach -----------------------------------------------------------------------------

    def _can_open(self) -> bool:
        if self._ref is None or self.current_dialog is not None:
            return False
        if self._checking:
            self._say(
                self.tr("Please wait: checking whether this contact is allowed."), problem=True
            )
            return False
        if self._recording:
            self._say(
                self.tr("Please wait: the last contact is still being recorded."), problem=True
            )
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
        """Check first, then ask: a refused contact never asks for a summary it cannot use."""
        if not self._can_open():
            return
        pending = self._unknown.get((self._ref, channel, self.recipient))
        if pending is not None:
            self._say(self._checking_text(channel), problem=True)
            return
        ref = self._ref
        outreach = Outreach(
            ref, self.user.username, channel, at=self._clock(), recipient=self.recipient
        )
        data = self.data
        self._checking = True
        self.preview.set_enabled(False)

        def check():
            decision = data.check_outreach(outreach)
            request = None
            if decision.overridable_by is OverridableBy.TEAM_LEADER:
                # A request the agent made before still stands: the dialog opens on it.
                request = data.latest_request(ref, outreach.staff, channel)
            return decision, request

        def done(outcome) -> None:
            decision, request = outcome
            self._checking = False
            self.preview.set_enabled(self._ref is not None)
            if ref != self._ref:
                return  # the agent has moved on to another customer meanwhile
            if decision.allowed:
                dialog = self.summary_dialog_class(channel, self, to=self._addressee())
                self._open(dialog, lambda: self._record(channel, dialog.summary()))
            else:
                self._show_blocked(outreach, decision, request)

        def failed(exc: Exception) -> None:
            self._checking = False
            self.preview.set_enabled(self._ref is not None)
            self._say(self._failure_text(exc, recorded=False), problem=True)

        self._run(check, done, failed)

    def _addressee(self) -> str | None:
        """Whom the contact goes to, when it is not the customer: 'Delyth Baker, representative'."""
        rep = self.preview.recipient.representative
        if self.recipient is not Recipient.REPRESENTATIVE or rep is None:
            return None
        return self.tr("{name}, representative").format(name=rep.name)

    def _record(
        self,
        channel: Channel,
        summary: str | None,
        *,
        reason: str | None = None,
        approval=None,
        dialog: BlockedDialog | None = None,
    ) -> None:
        """`reason` overrides a preference block; `approval` is a team leader's approval of
        the agent's request, the one way past a restriction block."""
        ref = self._ref
        if ref is None:
            return
        outreach = Outreach(
            ref,
            self.user.username,
            channel,
            at=self._clock(),
            summary=summary,
            override_reason=reason,
            approval=approval,
            recipient=self.recipient,
            # Tried again after it was found not recorded: the same id, so never twice.
            contact_id=self._retry_ids.get((ref, channel, self.recipient)),
        )
        data = self.data

        def work():
            result = data.record_outreach(outreach)
            limit = None
            if isinstance(result, OutcomeUnknown):
                return result, None
            if result.recorded and channel is Channel.PHONE:
                limit = data.call_limit_minutes(ref, outreach.at)
            return result, limit

        self._recording = True
        if dialog is not None:
            dialog.set_busy(True)
        self._run(
            work,
            lambda out: self._recorded(outreach, out, dialog),
            lambda exc: self._record_failed(outreach, exc, dialog),
        )

    def _recorded(self, outreach: Outreach, outcome, dialog) -> None:
        self._recording = False
        result, limit = outcome
        name = texts.channel_name(outreach.channel)
        if dialog is not None and dialog is self.current_dialog:
            dialog.accept()
        if isinstance(result, OutcomeUnknown):
            self._outcome_unknown(result)
            return
        if result.recorded:
            self._retry_ids.pop(_key(outreach), None)
        if not result.recorded:
            self._say(
                self.tr("{channel} not recorded: it is blocked.").format(channel=name), problem=True
            )
            if outreach.customer_ref == self._ref:
                self._show_blocked(outreach, result.decision)
            self._refresh()
            return
        contact = result.contact
        at = self._clock_text(contact.at)
        if contact.authorised_by:
            text = self.tr("Recorded {channel} at {time}, authorised by {leader}").format(
                channel=name, time=at, leader=contact.authorised_by
            )
        elif contact.override_reason:
            text = self.tr("Recorded {channel} at {time}, overriding the preference").format(
                channel=name, time=at
            )
        else:
            text = self.tr("Recorded {channel} at {time}").format(channel=name, time=at)
        if outreach.recipient is Recipient.REPRESENTATIVE:
            text = self.tr("{text}, to the representative").format(text=text)
        self._say(self._for_customer(outreach.customer_ref, text))
        if outreach.channel is Channel.PHONE and outreach.customer_ref == self._ref:
            self.timer.start(limit)
        self.sig_contact_recorded.emit(outreach.customer_ref)
        self.sig_changes.emit(Changes(customers=frozenset({outreach.customer_ref})))
        self._refresh()

    # --- an outcome not known -----------------------------------------------------------------

    def _outcome_unknown(self, unknown: OutcomeUnknown, pause_ms: int = 0) -> None:
        """Say it is being checked, and look the contact's id up (again after `pause_ms`)."""
        outreach = unknown.outreach
        self._unknown[_key(outreach)] = unknown
        if not pause_ms:
            self._say(
                self._for_customer(outreach.customer_ref, self._checking_text(outreach.channel)),
                problem=True,
            )
            self._look_up(unknown, self.check_first_ms)
        else:
            later = min(pause_ms * 2, CHECK_MOST_MS)
            QTimer.singleShot(pause_ms, self, lambda: self._look_up(unknown, later))

    def _look_up(self, unknown: OutcomeUnknown, pause_ms: int) -> None:
        """Ask the central database for the contact; if it cannot answer, ask again after
        `pause_ms`."""
        data, outreach = self.data, unknown.outreach

        def work():
            found = data.outcome_of(unknown)
            limit = None
            if found is not None and outreach.channel is Channel.PHONE:
                limit = data.call_limit_minutes(outreach.customer_ref, outreach.at)
            return found, limit

        def not_yet(exc: Exception) -> None:
            if not unreachable(exc):
                log.warning("looking up contact %s failed: %s", unknown.contact_id, exc)
            # Still unknown: look again, less often, until the server answers.
            self._outcome_unknown(unknown, pause_ms)

        self._run(work, lambda out: self._outcome_found(unknown, *out), not_yet)

    def _outcome_found(self, unknown: OutcomeUnknown, found, limit) -> None:
        outreach = unknown.outreach
        self._unknown.pop(_key(outreach), None)
        if found is not None:
            self._recorded(outreach, (ContactResult(_ALLOWED, found), limit), None)
            return
        # Not recorded: the agent may try again, and the retry carries the same id.
        self._retry_ids[_key(outreach)] = unknown.contact_id
        self._say(
            self._for_customer(outreach.customer_ref, self._not_recorded_text(outreach.channel)),
            problem=True,
        )
        self._refresh()

    def _checking_text(self, channel: Channel) -> str:
        texts_ = {
            Channel.PHONE: self.tr("Checking whether the call was recorded…"),
            Channel.EMAIL: self.tr("Checking whether the email was recorded…"),
            Channel.LETTER: self.tr("Checking whether the letter was recorded…"),
            Channel.SMS: self.tr("Checking whether the text message was recorded…"),
        }
        return texts_.get(channel, self.tr("Checking whether the contact was recorded…"))

    def _not_recorded_text(self, channel: Channel) -> str:
        texts_ = {
            Channel.PHONE: self.tr("The call was not recorded. You may record it again."),
            Channel.EMAIL: self.tr("The email was not recorded. You may record it again."),
            Channel.LETTER: self.tr("The letter was not recorded. You may record it again."),
            Channel.SMS: self.tr("The text message was not recorded. You may record it again."),
        }
        return texts_.get(
            channel, self.tr("The contact was not recorded. You may record it again.")
        )

    def _record_failed(self, outreach: Outreach, exc: Exception, dialog) -> None:
        self._recording = False
        if dialog is not None and dialog is self.current_dialog:
            dialog.show_error(exc if isinstance(exc, InvalidInput) else self._failure_text(exc))
            if getattr(exc, "field", "") == "approval":
                self._read_request()  # used or expired: the dialog offers to ask again
            return
        self._say(self._failure_text(exc), problem=True)

    def _show_blocked(self, outreach: Outreach, decision: OutreachDecision, request=None) -> None:
        """The refusal, with the way past it; `request` is the agent's standing request about
        this contact, if any."""
        dialog = self.blocked_dialog_class(
            outreach.channel,
            decision,
            self.data.calendar,
            self,
            summary=outreach.summary,
            now=self._clock(),
            to=self._addressee(),
            request=request,
        )
        channel = outreach.channel
        dialog.sig_override.connect(
            lambda reason: self._record(channel, dialog.summary(), reason=reason, dialog=dialog)
        )
        dialog.sig_ask.connect(lambda reason: self._ask(channel, reason, dialog))
        dialog.sig_record_approved.connect(
            lambda approval: self._record(
                channel, dialog.summary(), approval=approval, dialog=dialog
            )
        )
        self._open(dialog, None)

    # --- a team leader's authorisation --------------------------------------------------------

    def _ask(self, channel: Channel, reason: str, dialog: BlockedDialog) -> None:
        """Send the agent's request to their team's leaders; the dialog then waits on it."""
        ref = self._ref
        if ref is None:
            return
        data, username = self.data, self.user.username
        dialog.set_busy(True)

        def asked(request) -> None:
            if dialog is self.current_dialog:
                dialog.show_request(request)
            self._say(
                self._for_customer(
                    ref,
                    self.tr("Asked a team leader to allow the {channel}.").format(
                        channel=texts.channel_name(channel)
                    ),
                )
            )
            # The boards in this window (and the sync) hear of it at once.
            self.sig_changes.emit(Changes(requests=frozenset({ref})))

        def failed(exc: Exception) -> None:
            if dialog is self.current_dialog:
                dialog.show_error(
                    exc
                    if isinstance(exc, InvalidInput)
                    else self._failure_text(exc, recorded=False)
                )
            else:
                self._say(self._failure_text(exc, recorded=False), problem=True)

        self._run(lambda: data.request_authorisation(ref, username, channel, reason), asked, failed)

    def on_changes(self, changes: Changes, made_by=None) -> None:
        """What changed elsewhere: the answer to the request the open dialog waits on reads
        again (the sync brings a team leader's decision as a change to the customer's
        requests)."""
        if made_by is self or self._ref is None:
            return
        if changes.everything or self._ref in changes.requests:
            self._read_request()

    def _read_request(self) -> None:
        """Read the open dialog's request again and show where it stands."""
        dialog = self.current_dialog
        request = getattr(dialog, "request", None)
        if request is None:
            return
        data = self.data

        def arrived(view) -> None:
            if dialog is self.current_dialog and shiboken6.isValid(dialog):
                dialog.show_request(view)

        self.ops.latest(
            "request",
            lambda: data.authorisation_request(request.id),
            arrived,
            lambda exc: log.warning("reading request %s failed: %s", request.id, exc),
            owner=self,
        )

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
        self._run(
            work, lambda out: self._inbound_logged(inbound, out), lambda exc: self._failed(exc)
        )

    def _inbound_logged(self, inbound: InboundContact, outcome) -> None:
        self._recording = False
        result, limit = outcome
        here = inbound.customer_ref == self._ref
        if isinstance(result, Queued):
            self._queued(
                inbound.customer_ref,
                self.tr("Inbound {channel} saved on this desktop").format(
                    channel=texts.channel_name(inbound.channel)
                ),
                result,
            )
            if inbound.channel is Channel.PHONE and here:
                self.timer.start(limit)
            return
        text = self.tr("Logged inbound {channel} at {time}").format(
            channel=texts.channel_name(inbound.channel), time=self._clock_text(result.contact.at)
        )
        self._say(self._for_customer(inbound.customer_ref, text))
        if inbound.channel is Channel.PHONE and here:
            self.timer.start(limit)
        self.sig_contact_recorded.emit(inbound.customer_ref)
        ref = frozenset({inbound.customer_ref})
        if result.work_items:
            self.sig_work_changed.emit()
        self.sig_changes.emit(
            Changes(customers=ref, work_items=ref if result.work_items else frozenset())
        )
        self._refresh()

    def _request_callback(self, note: str | None) -> None:
        ref = self._ref
        if ref is None:
            return
        data, username, at = self.data, self.user.username, self._clock()
        self._recording = True
        self._run(
            lambda: data.request_callback(ref, username, at, note),
            lambda requested: self._callback_requested(ref, requested),
            lambda exc: self._failed(exc),
        )

    def _callback_requested(self, ref: str, requested) -> None:
        self._recording = False
        if isinstance(requested, Queued):
            self._queued(ref, self.tr("Call-back request saved on this desktop"), requested)
            return
        text = self.tr("Call-back due by {when}").format(
            when=texts.when(requested.due_at, self.data.calendar.tz)
        )
        self._say(self._for_customer(ref, text))
        self.sig_work_changed.emit()
        self.sig_changes.emit(Changes(work_items=frozenset({ref})))

    def _queued(self, ref: str, what: str, queued: Queued) -> None:
        """Kept in the outbox: say so, and that it goes when the central database is back."""
        text = self.tr(
            "{what} at {time}; it will be sent when the central database is back (%n waiting)",
            "",
            queued.waiting,
        ).format(what=what, time=self._clock_text(queued.at))
        self._say(self._for_customer(ref, text))
        self.sig_queued.emit(queued.waiting)
        # Not in the data yet, but the card shows it as waiting to be sent.
        self.sig_changes.emit(Changes(customers=frozenset({ref})))

    def _failed(self, exc: Exception) -> None:
        self._recording = False
        self._say(self._failure_text(exc), problem=True)

    # --- words --------------------------------------------------------------------------------

    def _failure_text(self, exc: Exception, *, recorded: bool = True) -> str:
        if isinstance(exc, InvalidInput):
            return self.tr("Not recorded: {message}").format(message=exc.message)
        if unreachable(exc):
            if not recorded:
                return self.tr(
                    "The database cannot be reached, so this contact could not be "
                    "checked. Try again in a moment."
                )
            return self.tr(
                "The database cannot be reached, so nothing was recorded. Try again in a moment."
            )
        return self.tr("Something went wrong, so nothing was recorded ({error}).").format(
            error=type(exc).__name__
        )

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


def _key(outreach: Outreach) -> tuple:
    """Which pending outreach a press of a channel continues: customer, channel, recipient."""
    return outreach.customer_ref, outreach.channel, outreach.recipient


def _only_through_representative(decisions: dict[Channel, OutreachDecision]) -> bool:
    """Whether the rules send contact addressed to the customer through their representative."""
    return any(
        block.code is Code.REPRESENTATIVE_ONLY
        for decision in decisions.values()
        for block in decision.blocks
    )
