"""Who is signed in: the member of staff behind every action taken from the window."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from agent_desktop.domain.values import InvalidInput, Role
from agent_desktop.services.database import Database
from agent_desktop.store.schema import Staff, Team


@dataclass(frozen=True)
class SignedIn:
    id: uuid.UUID
    username: str
    name: str
    roles: frozenset[Role]
    team: str | None
    team_id: uuid.UUID | None
    welsh_speaker: bool

    @property
    def main_role(self) -> Role:
        for role in (Role.MANAGER, Role.TEAM_LEADER, Role.VISITS, Role.AGENT, Role.ADMIN):
            if role in self.roles:
                return role
        return Role.AGENT


def _signed_in(staff: Staff, team: str | None) -> SignedIn:
    return SignedIn(
        staff.id,
        staff.username,
        staff.name,
        frozenset(Role(r) for r in staff.roles),
        team,
        staff.team_id,
        staff.welsh_speaker,
    )


def staff_directory(db: Database) -> list[SignedIn]:
    """Everyone who can sign in on the embedded database, by name."""
    with db.unit() as uow:
        rows = uow.session.execute(
            select(Staff, Team.name)
            .outerjoin(Team, Team.id == Staff.team_id)
            .where(Staff.active.is_(True))
            .order_by(Staff.name)
        ).all()
    return [_signed_in(staff, team) for staff, team in rows]


def sign_in(db: Database, username: str) -> SignedIn:
    with db.unit() as uow:
        row = uow.session.execute(
            select(Staff, Team.name)
            .outerjoin(Team, Team.id == Staff.team_id)
            .where(Staff.username == username, Staff.active.is_(True))
        ).one_or_none()
    if row is None:
        raise InvalidInput("--user", f"no member of staff has the username {username!r}")
    return _signed_in(*row)


def signed_in_by_login(db: Database) -> SignedIn | None:
    """On PostgreSQL, the member of staff whose own login this connection is, if any.

    `agent-desktop db grant` records each person's login as their `db_login` (named after
    their username unless told otherwise), so whoever authenticated to the server is who the
    desktop signs in, and who the database writes into what they record. A shared login
    finds nobody, and the desktop asks who is at the desk.
    """
    if db.engine.dialect.name != "postgresql" or not db.engine.url.username:
        return None
    with db.unit() as uow:
        row = uow.session.execute(
            select(Staff, Team.name)
            .outerjoin(Team, Team.id == Staff.team_id)
            .where(Staff.db_login == db.engine.url.username, Staff.active.is_(True))
        ).one_or_none()
    return _signed_in(*row) if row is not None else None
