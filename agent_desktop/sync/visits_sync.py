"""What the visits desk does differently with a central database and a replica behind it."""

from __future__ import annotations


class SyncedVisits:
    """Mixed into `sync.desktop.Synced` ahead of `Local`: its methods replace `VisitsData`'s."""
