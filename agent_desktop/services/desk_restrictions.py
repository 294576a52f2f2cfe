"""The restriction screens' part of the window's data gateway (see `services.gateway`).

`RestrictionDeskData` is what the screens for deciding, reviewing and lifting restrictions may
ask; `RestrictionData` implements it on a gateway's two databases: `self.db` for writes and
`self.reads` for what is shown (the replica, when synced). `Local` (and so `Synced`) is built
from it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from agent_desktop.services.database import Database


class RestrictionDeskData(Protocol):
    """The restriction screens' reads and writes. Every method blocks: call it off the GUI
    thread."""


class RestrictionData:
    """`RestrictionDeskData` on `self.db` (writes) and `self.reads` (what is shown)."""

    db: Database
    reads: Database
