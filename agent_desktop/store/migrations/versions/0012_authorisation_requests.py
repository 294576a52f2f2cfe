"""A team leader's authorisation is given by the team leader: requests and their decisions.

- `authorisation_requests`: an agent's request (customer, channel, the blocks, the agent's
  reason) that a team leader allow one contact past a restriction; pending until a team
  leader of the agent's team or a manager approves or refuses it with their own reason.
  Replicated with its customer, so boards and the agent's dialog see it through the sync.
- `authorisations.request_id`: the request an authorisation approves (one each).
- On PostgreSQL: the requester is the login's own member of staff; a request starts pending
  with a reason; only its decision changes, once, by a team leader of the request's team or a
  manager who is not the requester, whose login is written as the decider; an authorisation
  that names a request matches it (customer, agent, channel) and was decided, approved, by
  the same login.

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

import agent_desktop.store.types
from agent_desktop.store.migrations.triggers import (
    create_row_triggers,
    drop_row_triggers,
    log_added_table,
    unlog_added_table,
)
from agent_desktop.store.roles import install_grants

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

TABLE = "authorisation_requests"

_SAFE = "SET search_path = pg_catalog, public, pg_temp"

_CHECK_REQUEST = f"""
CREATE FUNCTION check_authorisation_request() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER {_SAFE} AS $$
DECLARE
    me public.staff;
BEGIN
    IF writer_is_trusted() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.status <> 'pending' OR NEW.decided_by_id IS NOT NULL
           OR NEW.decided_at IS NOT NULL OR NEW.decision_reason IS NOT NULL
           OR coalesce(btrim(NEW.reason), '') = '' THEN
            RAISE EXCEPTION 'a request starts pending, with the agent''s reason'
                USING ERRCODE = 'check_violation';
        END IF;
        NEW.requested_at := now();
        RETURN NEW;
    END IF;
    IF OLD.status <> 'pending' OR NEW.status NOT IN ('approved', 'refused') THEN
        RAISE EXCEPTION 'request %: a request is approved or refused once', OLD.id
            USING ERRCODE = 'check_violation';
    END IF;
    IF (NEW.id, NEW.customer_id, NEW.staff_id, NEW.team_id, NEW.channel, NEW.blocks,
        NEW.reason, NEW.requested_at)
       IS DISTINCT FROM (OLD.id, OLD.customer_id, OLD.staff_id, OLD.team_id, OLD.channel,
                         OLD.blocks, OLD.reason, OLD.requested_at) THEN
        RAISE EXCEPTION 'request %: only its decision may change', OLD.id
            USING ERRCODE = 'check_violation';
    END IF;
    IF coalesce(btrim(NEW.decision_reason), '') = '' THEN
        RAISE EXCEPTION 'request %: a decision has the team leader''s reason', OLD.id
            USING ERRCODE = 'check_violation';
    END IF;
    me := login_staff();
    IF me.id IS NULL OR NOT me.active OR me.id = OLD.staff_id OR NOT (
           me.roles ? 'manager'
           OR (me.roles ? 'team_leader' AND OLD.team_id IS NOT NULL
               AND (OLD.team_id = me.team_id
                    OR EXISTS (SELECT 1 FROM public.teams t
                                WHERE t.id = OLD.team_id AND t.leader_id = me.id)))) THEN
        RAISE EXCEPTION 'request %: only a team leader of the agent''s team or a manager, '
            'not the agent, may decide it', OLD.id USING ERRCODE = 'insufficient_privilege';
    END IF;
    NEW.decided_by_id := me.id;
    NEW.decided_at := now();
    RETURN NEW;
END $$
"""

_CHECK_APPROVAL = f"""
CREATE FUNCTION check_authorisation_approves() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER {_SAFE} AS $$
BEGIN
    IF writer_is_trusted() OR NEW.request_id IS NULL THEN
        RETURN NEW;
    END IF;
    IF NOT EXISTS (
        SELECT 1 FROM public.authorisation_requests r
         WHERE r.id = NEW.request_id AND r.status = 'approved'
           AND r.decided_by_id = NEW.granted_by_id AND r.customer_id = NEW.customer_id
           AND r.staff_id = NEW.staff_id AND r.channel = NEW.channel) THEN
        RAISE EXCEPTION 'an authorisation for request % follows its approval by the same '
            'team leader, for its customer, agent and channel', NEW.request_id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$
"""

#: (trigger, table, when, function call), as in migration 0007. PostgreSQL runs a table's
#: triggers in name order: the stamps come first.
_TRIGGERS = (
    ("authorisation_requests_a_staff", TABLE, "BEFORE INSERT", "stamp_login_staff('staff_id')"),
    ("authorisation_requests_rules", TABLE, "BEFORE INSERT OR UPDATE",
     "check_authorisation_request()"),
    ("authorisations_request", "authorisations", "BEFORE INSERT",
     "check_authorisation_approves()"),
)  # fmt: skip


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column(
            "blocks",
            sa.JSON().with_variant(sa.dialects.postgresql.JSONB(), "postgresql"),
            nullable=False,
        ),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column(
            "requested_at", agent_desktop.store.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("decided_by_id", sa.Uuid(), nullable=True),
        sa.Column(
            "decided_at", agent_desktop.store.types.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column("decision_reason", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_authorisation_requests_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_authorisation_requests_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_authorisation_requests_team_id_teams")
        ),
        sa.ForeignKeyConstraint(
            ["decided_by_id"],
            ["staff.id"],
            name=op.f("fk_authorisation_requests_decided_by_id_staff"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_authorisation_requests")),
    )
    op.create_index(op.f("ix_authorisation_requests_customer_id"), TABLE, ["customer_id"])
    op.create_index(op.f("ix_authorisation_requests_team_id"), TABLE, ["team_id"])
    # `authorisations` is not replicated and has no trigger on SQLite, so SQLite may rebuild
    # it (Alembic's batch mode) to add a column with a reference; PostgreSQL adds it in place.
    column = sa.Column(
        "request_id",
        sa.Uuid(),
        sa.ForeignKey(
            f"{TABLE}.id",
            name=op.f("fk_authorisations_request_id_authorisation_requests"),
            ondelete="CASCADE",
        ),
        nullable=True,
    )
    with op.batch_alter_table("authorisations") as batch:
        batch.add_column(column)
    op.create_index("ix_authorisations_request_id", "authorisations", ["request_id"], unique=True)
    log_added_table(TABLE)
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(_CHECK_REQUEST)
    op.execute(_CHECK_APPROVAL)
    create_row_triggers(_TRIGGERS)
    install_grants(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        drop_row_triggers(_TRIGGERS)
        op.execute("DROP FUNCTION IF EXISTS check_authorisation_approves()")
        op.execute("DROP FUNCTION IF EXISTS check_authorisation_request()")
    unlog_added_table(TABLE)
    op.drop_index("ix_authorisations_request_id", table_name="authorisations")
    with op.batch_alter_table("authorisations") as batch:
        batch.drop_column("request_id")
    op.drop_index(op.f("ix_authorisation_requests_team_id"), table_name=TABLE)
    op.drop_index(op.f("ix_authorisation_requests_customer_id"), table_name=TABLE)
    op.drop_table(TABLE)
    install_grants(op.get_bind())
