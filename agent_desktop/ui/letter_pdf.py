"""The restriction notice letter printed to PDF with Qt (QTextDocument and QPdfWriter).

The words come from `agent_desktop.notice_letter`; this module only sets the type: A4, body
text at 12 points, or 16 points when the customer needs large print. It does no database work:
it prints the `RestrictionNotice` it is given.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from agent_desktop.notice_letter import LARGE_PRINT_POINTS, STANDARD_POINTS, letter_html

#: Resolution of the PDF's drawing, dots per inch; the text stays vector text.
_DPI = 1200


def ensure_gui_application() -> QGuiApplication:
    """The running application, or a new one when there is none (the command line).

    Fonts need a QGuiApplication; QT_QPA_PLATFORM=offscreen serves where there is no display.
    A QApplication is made rather than a bare QGuiApplication, so that the process can still
    open a window afterwards (Qt allows one application object per process).
    """
    app = QGuiApplication.instance()
    if app is None:
        app = QApplication(["agent-desktop"])
    return app


def body_points(notice) -> int:
    return LARGE_PRINT_POINTS if notice.large_print else STANDARD_POINTS


def pdf_document(html: str, points: float, title: str) -> QTextDocument:
    """`html` laid out for printing in a clear sans serif at `points`."""
    ensure_gui_application()
    document = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)  # a clear sans serif, as large print guidance asks
    font.setPointSizeF(points)
    # No ligatures: "staff" stays six letters for screen readers and for copying the text.
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    document.setDefaultFont(font)
    document.setHtml(html)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return document


def write_pdf(document: QTextDocument, title: str, path: Path) -> None:
    """Print `document` to the PDF file `path` (replaced if it exists): A4, 20 mm margins."""
    writer = QPdfWriter(str(path))
    writer.setResolution(_DPI)
    writer.setTitle(title)
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
    del writer  # finishes the file


def letter_document(notice) -> QTextDocument:
    """The letter laid out for printing, its body font at `body_points(notice)`."""
    return pdf_document(letter_html(notice), body_points(notice), f"Notice {notice.restriction_id}")


def write_letter_pdf(notice, path: Path) -> None:
    """Print the letter to the PDF file `path` (replaced if it exists)."""
    write_pdf(letter_document(notice), f"Notice {notice.restriction_id}", path)
