"""The fire roll call (who is in the building) printed to PDF with Qt, as the notice letter is
(ui/letter_pdf.py): large clear type, one visitor a line, and how fresh the list is."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextDocument

from agent_desktop.ui.letter_pdf import pdf_document, write_pdf

#: Body text of the printed roll call, in points: read at arm's length, outside, in a hurry.
ROLL_CALL_POINTS = 16


class RollCallWords(QObject):
    """The roll call's words in the interface language."""

    def visitor_line(self, view, tz) -> str:
        """One visitor on the roll call, in words: who, whose visitor, since when, where."""
        who = view.visitor_name or view.customer_name
        text = self.tr("{who}: visiting {host}, arrived {time}").format(
            who=who,
            host=view.host_name or view.host or self.tr("no host"),
            time=f"{view.checked_in_at.astimezone(tz):%H:%M}",
        )
        if view.second:
            text += self.tr(", with {second}").format(second=view.second_name or view.second)
        if view.location:
            text += self.tr(", in {place}").format(place=view.location)
        if view.waiting:
            text += self.tr(" (checked in at this desktop, not yet sent)")
        return text

    def heading(self, roll_call, tz) -> str:
        """What the list is and how fresh: "as of 10:01" when read offline from the replica."""
        text = self.tr("%n visitor(s) in the building at {time}", "", len(roll_call.people))
        text = text.format(time=f"{roll_call.at.astimezone(tz):%H:%M}")
        if roll_call.as_of is not None:
            text += self.tr(" (offline: as of {time})").format(
                time=f"{roll_call.as_of.astimezone(tz):%H:%M}"
            )
        return text

    def title(self) -> str:
        return self.tr("Who is in the building")

    def html(self, roll_call, tz) -> str:
        lines = "".join(f"<li>{escape(self.visitor_line(v, tz))}</li>" for v in roll_call.people)
        nobody = escape(self.tr("Nobody is in the building."))
        body = f"<ol>{lines}</ol>" if lines else f"<p>{nobody}</p>"
        return (
            f"<h1>{escape(self.title())}</h1>"
            f"<p><b>{escape(self.heading(roll_call, tz))}</b></p>{body}"
        )


def visitor_line(view, tz) -> str:
    return RollCallWords().visitor_line(view, tz)


def heading(roll_call, tz) -> str:
    return RollCallWords().heading(roll_call, tz)


def roll_call_html(roll_call, tz) -> str:
    return RollCallWords().html(roll_call, tz)


def roll_call_document(roll_call, tz) -> QTextDocument:
    return pdf_document(roll_call_html(roll_call, tz), ROLL_CALL_POINTS, RollCallWords().title())


def write_roll_call_pdf(roll_call, tz, path: Path) -> None:
    """Print the roll call to the PDF file `path` (replaced if it exists)."""
    write_pdf(roll_call_document(roll_call, tz), RollCallWords().title(), path)
