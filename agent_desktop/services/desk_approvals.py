"""A team leader's authorisation in the window's data gateway (see `services.gateway`).

`ApprovalDeskData` is what the agent's refusal dialog and the team board may ask about
authorisation requests (services.approvals); `ApprovalData` implements it on a gateway's two
databases: `self.db` for writes and `self.reads` for what the board lists (the replica, when
synced). `Local` (and so `Synced`) is built from it; `Synced` decides on the team leader's
own login (sync/desktop.py).
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Protocol

from agent_desktop.domain.values import Channel
from agent_desktop.services import approvals
from agent_desktop.services.approvals import RequestView

if TYPE_CHECKING:
    from agent_desktop.services.database import Database


class ApprovalDeskData(Protocol):
    """Requests and their decisions. Every method blocks: call it off the GUI thread."""

    def request_authorisation(
        self, ref: str, staff: str, channel: Channel, reason: str
    ) -> RequestView: ...

    def authorisation_request(self, request_id: uuid.UUID) -> RequestView: ...

    def latest_request(self, ref: str, staff: str, channel: Channel) -> RequestView | None: ...

    def pending_requests(self, team_id: uuid.UUID) -> list[RequestView]: ...

    def decision_needs_password(self, by: str) -> bool: ...

    def decide_request(
        self, request_id: uuid.UUID, by: str, reason: str, approve: bool, password: str = ""
    ) -> RequestView: ...


class ApprovalData:
    """`ApprovalDeskData` on `self.db` (writes, and what the agent waits on) and `self.reads`
    (the board's list)."""

    db: Database
    reads: Database

    def request_authorisation(
        self, ref: str, staff: str, channel: Channel, reason: str
    ) -> RequestView:
        """Ask `staff`'s team leaders to allow one contact past a restriction block."""
        return approvals.request_authorisation(self.db, ref, staff, channel, reason)

    def authorisation_request(self, request_id: uuid.UUID) -> RequestView:
        """One request as it stands now: waiting, or the team leader's answer."""
        return approvals.authorisation_request(self.db, request_id)

    def latest_request(self, ref: str, staff: str, channel: Channel) -> RequestView | None:
        """The agent's newest request about this contact that still matters (see
        `approvals.latest_request`)."""
        return approvals.latest_request(self.db, ref, staff, channel)

    def pending_requests(self, team_id: uuid.UUID) -> list[RequestView]:
        """A team's requests waiting for a decision, oldest first."""
        return approvals.pending_requests(self.reads, team_id)

    def decision_needs_password(self, by: str) -> bool:
        """Whether `by` gives their own password to decide here: never on one database,
        where the signed-in team leader decides as themselves."""
        return False

    def decide_request(
        self, request_id: uuid.UUID, by: str, reason: str, approve: bool, password: str = ""
    ) -> RequestView:
        """Approve or refuse as `by`, the signed-in team leader, with their reason."""
        return approvals.decide_request(self.db, request_id, by, reason, approve=approve)
