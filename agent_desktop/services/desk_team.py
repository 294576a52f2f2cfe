"""The team leader's part of the window's data gateway (see `services.gateway`).

`TeamDeskData` is what the team board may ask; `TeamData` implements it on a gateway's two
databases: `self.db` for writes and `self.reads` for what the board shows (the replica, when
synced). `Local` (and so `Synced`) is built from it.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import TYPE_CHECKING, Protocol

from agent_desktop.services import assignment, team_board
from agent_desktop.services.session import SignedIn

if TYPE_CHECKING:
    from agent_desktop.services.database import Database


class TeamDeskData(Protocol):
    """The team board's reads and writes. Every method blocks: call it off the GUI thread."""

    def teams_led(self, user: SignedIn) -> list[tuple[uuid.UUID, str]]: ...

    def team_board(
        self, team_id: uuid.UUID, at: datetime | None = None, refs: frozenset[str] | None = None
    ) -> team_board.TeamBoard: ...

    def assign_work(
        self, item_id: uuid.UUID, to: str, by: str, reason: str | None = None
    ) -> assignment.Assignment: ...

    def check_assign(self, item_id: uuid.UUID, to: str, by: str) -> assignment.Assignment: ...

    def mark_away(
        self, staff: str, from_on: date, to_on: date, cover: str | None, by: str
    ) -> assignment.AwayResult: ...

    def balance_team(self, team: str, by: str, dry_run: bool) -> assignment.BalanceResult: ...


class TeamData:
    """`TeamDeskData` on `self.db` (writes) and `self.reads` (what is shown)."""

    db: Database
    reads: Database

    def teams_led(self, user: SignedIn) -> list[tuple[uuid.UUID, str]]:
        """The teams whose board `user` may see (every team for a manager)."""
        return team_board.teams_led(self.reads, user.username)

    def team_board(
        self, team_id: uuid.UUID, at: datetime | None = None, refs: frozenset[str] | None = None
    ) -> team_board.TeamBoard:
        """A team's members, unassigned work and work at risk, read where reads never wait:
        in full, or (`refs`) only the work of the customers a change touched."""
        boards = self.__dict__.get("_team_boards")
        if boards is None:
            boards = self.__dict__.setdefault("_team_boards", team_board.TeamBoards())
        return boards.board(self.reads, team_id, at, refs)

    def assign_work(
        self, item_id: uuid.UUID, to: str, by: str, reason: str | None = None
    ) -> assignment.Assignment:
        """Give an open item to `to`; the answer has its blocks and warnings."""
        return assignment.assign(self.db, item_id, to, by, reason)

    def check_assign(self, item_id: uuid.UUID, to: str, by: str) -> assignment.Assignment:
        """What assigning would answer (blocks, warnings), asked of the database that writes,
        with nothing written."""
        return team_board.check_assign(self.db, item_id, to, by)

    def mark_away(
        self, staff: str, from_on: date, to_on: date, cover: str | None, by: str
    ) -> assignment.AwayResult:
        return assignment.mark_away(self.db, staff, from_on, to_on, cover, by)

    def balance_team(self, team: str, by: str, dry_run: bool) -> assignment.BalanceResult:
        """The team's unassigned work shared out (`dry_run`: only the proposal)."""
        return assignment.balance(self.db, team, by, dry_run=dry_run)
