"""Assigning work: each person's capacity, their absences, and who may move an item.

- `staff.capacity`: how many open items a person may hold before an assignment warns
  (team-work.md, OVER_CAPACITY); 40 unless set.
- `staff_absences`: a member of staff away for a range of office dates, both included, with
  an optional cover colleague. Replicated like `staff` (desktops show who is away), so it
  has the change-log and notify triggers every replicated table has.
- On PostgreSQL the database refuses what the assignment rules refuse to a staff login: only
  a team leader of the item's team or a manager may change an item's assignee or team; an
  agent may only take an unassigned item of their own team for themselves (closing their own
  work is unchanged). An absence names the login's own member of staff as its author.

Revision ID: 0011
Revises: 0010
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

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

TABLE = "staff_absences"

_SAFE = "SET search_path = pg_catalog, public, pg_temp"

# Runs after the login's own member of staff is known (login_staff(), migration 0007).
_CHECK_ASSIGNMENT = f"""
CREATE FUNCTION check_work_assignment() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
{_SAFE} AS $$
DECLARE
    me public.staff;
BEGIN
    IF writer_is_trusted() THEN
        RETURN NEW;
    END IF;
    IF NEW.assignee_id IS NOT DISTINCT FROM OLD.assignee_id
       AND NEW.team_id IS NOT DISTINCT FROM OLD.team_id THEN
        RETURN NEW;
    END IF;
    me := login_staff();
    IF me.id IS NULL THEN
        RAISE EXCEPTION 'only a member of staff''s own login may assign work'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF me.roles ? 'manager' THEN
        RETURN NEW;
    END IF;
    IF me.roles ? 'team_leader' AND OLD.team_id IS NOT NULL
       AND (OLD.team_id = me.team_id
            OR EXISTS (SELECT 1 FROM public.teams t
                        WHERE t.id = OLD.team_id AND t.leader_id = me.id)) THEN
        RETURN NEW;
    END IF;
    -- An agent may take an unassigned item of their own team for themselves.
    IF OLD.assignee_id IS NULL AND NEW.assignee_id = me.id
       AND NEW.team_id IS NOT DISTINCT FROM OLD.team_id
       AND OLD.team_id IS NOT NULL AND OLD.team_id = me.team_id THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'work item %: only a team leader of its team or a manager may assign it',
        OLD.id USING ERRCODE = 'insufficient_privilege';
END $$
"""

#: (trigger, table, when, function call), as in migration 0007.
_TRIGGERS = (
    ("work_items_assignment", "work_items", "BEFORE UPDATE OF assignee_id, team_id",
     "check_work_assignment()"),
    ("staff_absences_created_by", TABLE, "BEFORE INSERT", "stamp_login_staff('created_by_id')"),
)  # fmt: skip


def upgrade() -> None:
    # Plain ADD COLUMN, not batch mode: a SQLite batch rebuild would drop the table's
    # change-feed triggers with the old table.
    op.add_column(
        "staff", sa.Column("capacity", sa.Integer(), server_default=sa.text("40"), nullable=False)
    )
    op.create_table(
        TABLE,
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("from_on", sa.Date(), nullable=False),
        sa.Column("to_on", sa.Date(), nullable=False),
        sa.Column("cover_id", sa.Uuid(), nullable=True),
        sa.Column("created_by_id", sa.Uuid(), nullable=True),
        sa.Column(
            "created_at", agent_desktop.store.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff.id"],
            name=op.f("fk_staff_absences_staff_id_staff"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["cover_id"], ["staff.id"], name=op.f("fk_staff_absences_cover_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["staff.id"], name=op.f("fk_staff_absences_created_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_absences")),
    )
    op.create_index("ix_staff_absences_staff_id_to_on", TABLE, ["staff_id", "to_on"])
    log_added_table(TABLE)
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(_CHECK_ASSIGNMENT)
    create_row_triggers(_TRIGGERS)
    install_grants(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        drop_row_triggers(_TRIGGERS)
        op.execute("DROP FUNCTION IF EXISTS check_work_assignment()")
    unlog_added_table(TABLE)
    op.drop_index("ix_staff_absences_staff_id_to_on", table_name=TABLE)
    op.drop_table(TABLE)
    op.drop_column("staff", "capacity")
    install_grants(op.get_bind())
