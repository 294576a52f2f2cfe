"""Keeping a desktop's SQLite replica in step with the central change feed (no Qt here)."""

from agent_desktop.sync.feed import Change, FeedBatch, FeedPosition, current_position, read_changes
from agent_desktop.sync.replica import Replica

__all__ = ["Change", "FeedBatch", "FeedPosition", "Replica", "current_position", "read_changes"]
