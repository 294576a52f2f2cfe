"""Errors the services raise for the command line and the window to explain."""

from agent_desktop.domain.values import InvalidInput

__all__ = ["InvalidInput", "NotPermitted"]


class NotPermitted(InvalidInput):
    """The member of staff may not do this; names the field that says who they are."""
