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
