"""Screen pop: bring the window forward with the caller's card, their matches, or a new record."""

from __future__ import annotations

import getpass
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QWidget

from agent_desktop.domain.parsing import display_phone, normalise_phone
from agent_desktop.domain.values import InvalidInput
from agent_desktop.services.database import Database
from agent_desktop.services.directory import CustomerMatch
from agent_desktop.services.gateway import DeskData, desk_data
from agent_desktop.ui.find_panel import FindPanel, caller_words
from agent_desktop.ui.new_customer_dialog import NewCustomerDialog
from agent_desktop.ui.ops import Ops

_MINIMISED = Qt.WindowState.WindowMinimized
_ACTIVE = Qt.WindowState.WindowActive
WITHHELD = -1


class PopController(QObject):
    """Turns a caller's number into the right screen: their card, a choice, or a new record."""

    sig_lookup_done = Signal(str, int)
    """Emitted with the number and how many customers have it, as soon as the answer arrives
    on the GUI thread and before anything is opened (a timing hook for benchmarks)."""
    sig_popped = Signal(str, int)
    """Emitted with the number and the customers found once the pop is on screen; -1 when the
    number was withheld or not a phone number."""
    sig_new_customer_offered = Signal(object)
    """Emitted with the NewCustomerDialog just opened for an unknown number."""
    sig_lookup_failed = Signal(str)
    """Emitted with the number when the database could not be asked."""
    sig_caller_identified = Signal(str, str)
    """Emitted, just before the card opens, with the reference of the one customer a number
    found and who is calling in words: the customer's name, or "Delyth Baker, representative
    of Mark Reynolds" when the number is their representative's (the card shows the customer,
    so the window needs this to say who is on the line)."""

    LIMIT = 50

    def __init__(
        self,
        ops: Ops,
        data: Database | DeskData,
        find_panel: FindPanel,
        open_customer: Callable[[str], None],
        window: QWidget,
        *,
        created_by: str | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent or window)
        self.ops = ops
        self.data = desk_data(data)
        self.find_panel = find_panel
        self.open_customer = open_customer
        self.window = window
        self.created_by = created_by or getpass.getuser()
        self.dialog: NewCustomerDialog | None = None
        self._caller_note: str | None = None  # the caller this controller last put in find

    @Slot(str)
    def pop(self, number: str) -> None:
        # The newest call decides what is shown: a slower lookup for an earlier caller is dropped.
        self.ops.supersede(self, "pop")
        self.bring_forward()
        self._dismiss_untouched_dialog()
        try:
            e164 = normalise_phone(number, "number")
        except InvalidInput:
            self.find_panel.show_message(self.tr("Number withheld or not recognised"))
            self.find_panel.focus_search()
            self.sig_popped.emit(number, WITHHELD)
            return
        data, limit = self.data, self.LIMIT + 1
        self.ops.latest(
            "pop",
            lambda: data.find_customers(e164, limit),
            lambda matches: self._found(number, e164, matches),
            lambda exc: self._failed(number, e164),
        )

    def bring_forward(self) -> None:
        """Restore a minimised window in its previous (perhaps maximised) state and raise it.

        Not showNormal(): that would also shrink a maximised window the agent chose.
        """
        window = self.window
        window.setWindowState((window.windowState() & ~_MINIMISED) | _ACTIVE)
        window.show()
        window.raise_()
        window.activateWindow()

    # --- answers ---

    def _found(self, number: str, e164: str, matches: list[CustomerMatch]) -> None:
        self.sig_lookup_done.emit(number, len(matches))
        if len(matches) == 1:
            self._say_who_is_calling(matches[0])
            self.open_customer(matches[0].ref)
        elif matches:
            shown = display_phone(e164)
            if any(m.representative for m in matches):
                # Not all of them are customers: someone's representative has the number too.
                note = self.tr(
                    "%n people have the number {number}: choose the caller",
                    "",
                    min(len(matches), self.LIMIT),
                ).format(number=shown)
            else:
                note = self.tr(
                    "%n customers have the number {number}: choose the caller",
                    "",
                    min(len(matches), self.LIMIT),
                ).format(number=shown)
            if len(matches) > self.LIMIT:
                note = self.tr(
                    "More than %n customers have the number {number}: search by name or reference",
                    "",
                    self.LIMIT,
                ).format(number=shown)
            self.find_panel.show_matches(shown, matches, note=note)
        else:
            self._offer_new_customer(display_phone(e164))
        self.sig_popped.emit(number, len(matches))

    def _say_who_is_calling(self, match: CustomerMatch) -> None:
        """A representative calling opens the customer's card: find's status line (announced)
        says who is on the line. Any caller named for an earlier call is taken away."""
        if match.representative:
            self._caller_note = self.tr("Caller: {caller}").format(caller=caller_words(match))
            self.find_panel.show_message(self._caller_note, warning=False)
        elif self._caller_note is not None:
            if self.find_panel.status_text() == self._caller_note:
                self.find_panel.clear_message()
            self._caller_note = None
        self.sig_caller_identified.emit(match.ref, caller_words(match))

    def _failed(self, number: str, e164: str) -> None:
        # The number stays in the search line, so one Enter repeats the lookup.
        self.find_panel.set_query(display_phone(e164), search=False)
        self.find_panel.show_message(
            self.tr(
                "Could not look up the caller: the database did not answer. Press Enter to try again."
            )
        )
        self.find_panel.focus_search()
        self.sig_lookup_failed.emit(number)

    # --- unknown number ---

    def _offer_new_customer(self, shown_number: str) -> None:
        dialog = NewCustomerDialog(self.ops, self.data, self.created_by, shown_number, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_created.connect(self.open_customer)
        dialog.finished.connect(lambda _result, d=dialog: self._dialog_closed(d))
        self.dialog = dialog
        dialog.open()
        self.sig_new_customer_offered.emit(dialog)

    def _dialog_closed(self, dialog: NewCustomerDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _dismiss_untouched_dialog(self) -> None:
        """A new call replaces an offer nobody started filling in; a half-typed one stays."""
        dialog = self.dialog
        if dialog is not None and dialog.isVisible() and dialog.is_untouched():
            dialog.reject()
