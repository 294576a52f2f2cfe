"""Speaking to screen readers: one helper for announcements, used by every panel."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent


def announce(source: QObject, text: str, *, assertive: bool = False) -> None:
    """Have screen readers read `text` out now (an announcement event, Qt 6.8+).

    Assertive interrupts what the reader is saying: for restrictions and limits an agent
    must hear before speaking to the customer.
    """
    event = QAccessibleAnnouncementEvent(source, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


def mnemonic_key(label: str) -> str | None:
    """The Alt key a label's mnemonic gives ("&Ffonio" → "Alt+F"); None without one.

    Key hints in tooltips come from here, so that they name the key the translated label
    really has ("&&" is a literal ampersand, not a mnemonic).
    """
    i = 0
    while i < len(label) - 1:
        if label[i] == "&":
            if label[i + 1] != "&":
                return f"Alt+{label[i + 1].upper()}"
            i += 1
        i += 1
    return None


def with_key_hint(text: str, label: str) -> str:
    """`text` followed by the Alt key of `label`'s mnemonic, as "text (Alt+F)"."""
    key = mnemonic_key(label)
    return f"{text} ({key})" if key else text
