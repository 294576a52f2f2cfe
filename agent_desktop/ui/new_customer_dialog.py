"""Creating a customer from the desktop, for example when an unknown number calls."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.domain.parsing import (
    normalise_email,
    normalise_phone,
    optional_text,
    require_text,
)
from agent_desktop.domain.values import InvalidInput
from agent_desktop.services.database import Database
from agent_desktop.services.gateway import DeskData, desk_data
from agent_desktop.ui.accessibility import announce
from agent_desktop.ui.ops import Ops

_WARNING = QStyle.StandardPixmap.SP_MessageBoxWarning


class _FieldError:
    """A warning icon and words in their own form row, hidden while the field is fine.

    Icon and words sit straight in the form (not in a wrapper widget) so that the form gives
    wrapped words the height they need at any font size.
    """

    def __init__(self, parent: QWidget, form: QFormLayout | None = None):
        self.icon = QLabel(parent)
        size = parent.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon.setPixmap(parent.style().standardIcon(_WARNING).pixmap(size, size))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(parent)
        self.text.setWordWrap(True)
        self.form = form
        self.row = -1
        if form is not None:
            form.addRow(self.icon, self.text)
            self.row = form.rowCount() - 1
        self._set_visible(False)

    def _set_visible(self, visible: bool) -> None:
        if self.form is not None:
            self.form.setRowVisible(self.row, visible)
        else:
            self.icon.setVisible(visible)
            self.text.setVisible(visible)

    def isVisibleTo(self, widget: QWidget) -> bool:  # noqa: N802 - reads like the widget's own
        return self.text.isVisibleTo(widget)

    def show_error(self, message: str) -> None:
        self.text.setText(message)
        self._set_visible(True)

    def clear(self) -> None:
        self.text.clear()
        self._set_visible(False)


class NewCustomerDialog(QDialog):
    """Name, phone, email and address; OK creates the customer off the GUI thread."""

    sig_created = Signal(str)
    """Emitted with the new customer's reference once they are saved."""

    def __init__(
        self,
        ops: Ops,
        data: Database | DeskData,
        created_by: str,
        number: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ops = ops
        self.data = desk_data(data)
        self.created_by = created_by
        self.created_ref: str | None = None
        self._saving = False
        self.setWindowTitle(self.tr("New customer"))

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        if number:
            self.intro.setText(
                self.tr("No customer has the number {number}. Create a new customer?").format(
                    number=number
                )
            )
        else:
            self.intro.setText(self.tr("Create a new customer."))

        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Name"))
        self.phone = QLineEdit(number, self)
        self.phone.setAccessibleName(self.tr("Phone"))
        self.phone.setAccessibleDescription(self.tr("Any written form, for example 029 2018 0123"))
        self.email = QLineEdit(self)
        self.email.setAccessibleName(self.tr("Email"))
        self.address = QPlainTextEdit(self)
        self.address.setAccessibleName(self.tr("Address"))
        self.address.setTabChangesFocus(True)

        self._fields = {
            "name": self.name,
            "phones[0]": self.phone,
            "emails[0]": self.email,
            "address": self.address,
        }
        self.errors: dict[str, _FieldError] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for label, key in (
            (self.tr("&Name"), "name"),
            (self.tr("&Phone"), "phones[0]"),
            (self.tr("&Email"), "emails[0]"),
            (self.tr("&Address"), "address"),
        ):
            form.addRow(label, self._fields[key])
            self.errors[key] = _FieldError(self, form)

        self.general_error = _FieldError(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("&Create customer"))
        self.create_button.setAccessibleName(self.tr("Create customer"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel (Esc)"))
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        general = QHBoxLayout()
        general.addWidget(self.general_error.icon, 0, Qt.AlignmentFlag.AlignTop)
        general.addWidget(self.general_error.text, 1)
        layout.addLayout(general)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.name, self.phone)
        self.setTabOrder(self.phone, self.email)
        self.setTabOrder(self.email, self.address)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def is_untouched(self) -> bool:
        """True while the agent has typed nothing but the prefilled number."""
        return not (
            self.name.text().strip()
            or self.email.text().strip()
            or self.address.toPlainText().strip()
        )

    def accept(self) -> None:
        """Check every field here, then create the customer off the GUI thread."""
        if self._saving:
            return
        self._clear_errors()
        values = self._values()
        problems = self._check(values)
        if problems:
            self._show_errors(problems)
            return
        self._set_saving(True)
        data, by = self.data, self.created_by
        self.ops.run(
            lambda: data.create_customer(created_by=by, **values),
            self._created,
            self._not_created,
        )

    # --- helpers ---

    def _values(self) -> dict:
        phone, email = self.phone.text().strip(), self.email.text().strip()
        return {
            "name": self.name.text(),
            "phones": [phone] if phone else [],
            "emails": [email] if email else [],
            "address": self.address.toPlainText(),
        }

    def _check(self, values: dict) -> dict[str, str]:
        """Every field's problem at once, by the same rules the service applies."""
        checks = (
            ("name", lambda: require_text(values["name"], "name", max_length=200)),
            ("phones[0]", lambda: [normalise_phone(p, "phones[0]") for p in values["phones"]]),
            ("emails[0]", lambda: [normalise_email(e, "emails[0]") for e in values["emails"]]),
            ("address", lambda: optional_text(values["address"], "address")),
        )
        problems = {}
        for field, check in checks:
            try:
                check()
            except InvalidInput:
                problems[field] = self._message(field)
        return problems

    def _message(self, field: str) -> str:
        messages = {
            "name": self.tr("Enter the customer's name."),
            "phones[0]": self.tr(
                "This is not a phone number that can be dialled. Type it in any written form, "
                "for example 029 2018 0123 or +44 29 2018 0123."
            ),
            "emails[0]": self.tr("This is not an email address. It looks like name@example.org."),
            "address": self.tr("The address is too long: shorten it to 2,000 characters."),
        }
        return messages.get(field, self.tr("Check this entry."))

    def _show_errors(self, problems: dict[str, str]) -> None:
        first = None
        for field, message in problems.items():
            widget = self._fields.get(field)
            if widget is None:
                self.general_error.show_error(message)
                continue
            self.errors[field].show_error(message)
            widget.setAccessibleDescription(message)
            first = first or widget
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        self._fit()
        announce(self, " ".join(problems.values()))

    def _fit(self) -> None:
        """Grow to show wrapped error words in full: a window's minimum height does not follow
        the height its wrapped labels need at the current width."""
        layout = self.layout()
        layout.activate()
        if layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
            if self.height() < needed:
                self.resize(self.width(), needed)

    def _clear_errors(self) -> None:
        for error in (*self.errors.values(), self.general_error):
            error.clear()
        for widget in (self.name, self.email, self.address):
            widget.setAccessibleDescription("")
        self.phone.setAccessibleDescription(self.tr("Any written form, for example 029 2018 0123"))

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.create_button.setEnabled(not saving)
        for widget in self._fields.values():
            widget.setReadOnly(saving)

    def _created(self, ref: str) -> None:
        self._set_saving(False)
        self.created_ref = ref
        self.sig_created.emit(ref)
        super().accept()

    def _not_created(self, exc: Exception) -> None:
        self._set_saving(False)
        if isinstance(exc, InvalidInput):
            self._show_errors({exc.field: self._message(exc.field)})
        else:
            self.general_error.show_error(
                self.tr(
                    "The customer could not be saved: the database did not answer. Nothing was "
                    "saved; try again."
                )
            )
            self._fit()
