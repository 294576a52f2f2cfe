"""The fire roll call (who is in the building) printed to PDF with Qt, as the notice letter is
(ui/letter_pdf.py): large clear type, one visitor a line, and how fresh the list is."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from agent_desktop.ui.letter_pdf import ensure_gui_application

#: Body text of the printed roll call, in points: read at arm's length, outside, in a hurry.
ROLL_CALL_POINTS = 16
_DPI = 1200


def _tr(text: str) -> str:
    return QCoreApplication.translate("RollCall", text)


def visitor_line(view, tz) -> str:
    """One visitor on the roll call, in words: who, whose visitor, since when, where."""
    who = view.visitor_name or view.customer_name
    text = _tr("{who}: visiting {host}, arrived {time}").format(
        who=who, host=view.host or _tr("no host"), time=f"{view.checked_in_at.astimezone(tz):%H:%M}"
    )
    if view.second:
        text += _tr(", with {second}").format(second=view.second)
    if view.location:
        text += _tr(", in {place}").format(place=view.location)
    if view.waiting:
        text += _tr(" (checked in at this desktop, not yet sent)")
    return text


def heading(roll_call, tz) -> str:
    """What the list is and how fresh: "as of 10:01" when read offline from the replica."""
    count = len(roll_call.people)
    text = QCoreApplication.translate(
        "RollCall", "%n visitor(s) in the building at {time}", "", count
    ).format(time=f"{roll_call.at.astimezone(tz):%H:%M}")
    if roll_call.as_of is not None:
        text += _tr(" (offline: as of {time})").format(
            time=f"{roll_call.as_of.astimezone(tz):%H:%M}"
        )
    return text


def roll_call_html(roll_call, tz) -> str:
    lines = "".join(f"<li>{escape(visitor_line(v, tz))}</li>" for v in roll_call.people)
    body = f"<ol>{lines}</ol>" if lines else f"<p>{escape(_tr('Nobody is in the building.'))}</p>"
    return (
        f"<h1>{escape(_tr('Who is in the building'))}</h1>"
        f"<p><b>{escape(heading(roll_call, tz))}</b></p>{body}"
    )


def roll_call_document(roll_call, tz) -> QTextDocument:
    ensure_gui_application()
    document = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(ROLL_CALL_POINTS)
    document.setDefaultFont(font)
    document.setHtml(roll_call_html(roll_call, tz))
    document.setMetaInformation(
        QTextDocument.MetaInformation.DocumentTitle, _tr("Who is in the building")
    )
    return document


def write_roll_call_pdf(roll_call, tz, path: Path) -> None:
    """Print the roll call to the PDF file `path` (replaced if it exists)."""
    document = roll_call_document(roll_call, tz)
    writer = QPdfWriter(str(path))
    writer.setResolution(_DPI)
    writer.setTitle(_tr("Who is in the building"))
    writer.setCreator("agent-desktop")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 20, 20, 20),
            QPageLayout.Unit.Millimeter,
        )
    )
    document.print_(writer)
    del writer
