"""Logging a contact the customer made: how they got in touch and a one-line summary."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.domain.values import Channel
from agent_desktop.ui.outreach_dialogs import FieldError

_CANCEL = QDialogButtonBox.StandardButton.Cancel
_ACCEPT_ROLE = QDialogButtonBox.ButtonRole.AcceptRole
_SUMMARY_MAX = 500

#: The channels a customer reaches us on, in the order the dialog offers them.
INBOUND_CHANNELS: tuple[Channel, ...] = (
    Channel.PHONE,
    Channel.SMS,
    Channel.EMAIL,
    Channel.LETTER,
    Channel.VISIT,
    Channel.SOCIAL,
)


class InboundDialog(QDialog):
    """Opened with `open()`; read `channel()` and `summary()` once it is accepted."""

    def __init__(self, parent: QWidget | None = None, channel: Channel = Channel.PHONE):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log inbound contact"))
        labels = {
            Channel.PHONE: (self.tr("&Phone call"), self.tr("Phone call")),
            Channel.SMS: (self.tr("&Text message"), self.tr("Text message")),
            Channel.EMAIL: (self.tr("&Email"), self.tr("Email")),
            Channel.LETTER: (self.tr("&Letter"), self.tr("Letter")),
            Channel.VISIT: (self.tr("Office &visit"), self.tr("Office visit")),
            Channel.SOCIAL: (self.tr("Social &media message"), self.tr("Social media message")),
        }
        box = QGroupBox(self.tr("How did the customer contact us?"), self)
        box_layout = QVBoxLayout(box)
        self.group = QButtonGroup(self)
        self.choices: dict[Channel, QRadioButton] = {}
        for index, each in enumerate(INBOUND_CHANNELS):
            text, name = labels[each]
            button = QRadioButton(text, box)
            button.setAccessibleName(name)
            self.group.addButton(button, index)
            self.choices[each] = button
            box_layout.addWidget(button)
        self.choices.get(channel, self.choices[Channel.PHONE]).setChecked(True)

        self.summary_edit = QLineEdit(self)
        self.summary_edit.setMaxLength(_SUMMARY_MAX)
        self.summary_edit.setAccessibleName(self.tr("Summary of the contact"))
        self.summary_edit.setAccessibleDescription(self.tr("Required"))
        summary_label = QLabel(self.tr("&Summary (required):"), self)
        summary_label.setBuddy(self.summary_edit)

        self.buttons = QDialogButtonBox(_CANCEL, self)
        self.buttons.button(_CANCEL).setAccessibleName(self.tr("Cancel"))
        self.accept_button = self.buttons.addButton(self.tr("Log &contact"), _ACCEPT_ROLE)
        self.accept_button.setAccessibleName(self.tr("Log the contact"))
        self.accept_button.setDefault(True)
        self.accept_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.summary_edit.textChanged.connect(
            lambda text: self.accept_button.setEnabled(bool(text.strip()))
        )

        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(summary_label)
        layout.addWidget(self.summary_edit)
        self.error = FieldError(self)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)
        self.summary_edit.setFocus()

    def channel(self) -> Channel:
        return INBOUND_CHANNELS[max(self.group.checkedId(), 0)]

    def summary(self) -> str:
        return self.summary_edit.text().strip()

    def accept(self) -> None:
        # The summary is required however the dialog is accepted, not only by the button, and
        # refused here, naming it, when it holds what the database cannot store.
        if self.summary() and self.error.check(self.summary_edit, self.tr("Summary")):
            super().accept()
