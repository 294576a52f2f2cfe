"""The visits desk: what a booking, a cancellation and a turned-away visitor record.

- `appointments.visitor_name`: who is expected at the desk when it is not the customer
  themselves (a representative, say); `cancel_reason` (a cancellation always has one) and
  `booked_at`.
- `appointments (staff_id, starts_at)` and `(second_staff_id, starts_at)`: a host's day, read
  by every booking to find an overlapping appointment (HOST_BUSY).
- `turned_away.reason`, `offered` (appointment, phone, signposted, nothing) and
  `signposted_to` (the organisation, when signposted).
- On PostgreSQL the database refuses a double booking too (`HOST_BUSY`): a booked or arrived
  appointment may not overlap another of its host or second member of staff (end excluded).
  The check waits on the same per-person advisory locks the booking service takes, so racing
  writers queue up whatever the client.
- Columns only: plain ADD COLUMN, never a SQLite batch rebuild, which would drop the change-log
  triggers of these replicated tables. On PostgreSQL the grants are put in place again so that
  the column-by-column UPDATE grants cover the new columns.

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

import agent_desktop.store.types
from agent_desktop.store.migrations.triggers import create_row_triggers, drop_row_triggers
from agent_desktop.store.roles import install_grants

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_SAFE = "SET search_path = pg_catalog, public, pg_temp"

# The lock key is services/visits.py's `_lock_people`: 'visits:' and the person's id, taken in
# the ids' text order. Each query below takes a fresh snapshot, after the lock is held.
_CHECK_OVERLAP = f"""
CREATE FUNCTION check_appointment_overlap() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
{_SAFE} AS $$
DECLARE
    person uuid;
BEGIN
    IF writer_is_trusted() OR NEW.status NOT IN ('booked', 'arrived') THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.starts_at = OLD.starts_at AND NEW.ends_at = OLD.ends_at
       AND NEW.staff_id IS NOT DISTINCT FROM OLD.staff_id
       AND NEW.second_staff_id IS NOT DISTINCT FROM OLD.second_staff_id
       AND OLD.status IN ('booked', 'arrived') THEN
        RETURN NEW;  -- arriving: the time was already held
    END IF;
    FOR person IN
        SELECT DISTINCT p FROM unnest(ARRAY[NEW.staff_id, NEW.second_staff_id]) AS p
         WHERE p IS NOT NULL ORDER BY 1
    LOOP
        PERFORM pg_advisory_xact_lock(hashtextextended('visits:' || person::text, 13));
    END LOOP;
    IF EXISTS (SELECT 1 FROM public.appointments a
                WHERE a.id <> NEW.id AND a.status IN ('booked', 'arrived')
                  AND a.starts_at < NEW.ends_at AND a.ends_at > NEW.starts_at
                  AND (a.staff_id IN (NEW.staff_id, NEW.second_staff_id)
                       OR a.second_staff_id IN (NEW.staff_id, NEW.second_staff_id))) THEN
        RAISE EXCEPTION 'refused by the visits rules: HOST_BUSY'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$
"""

_TRIGGERS = (
    ("appointments_overlap", "appointments", "BEFORE INSERT OR UPDATE",
     "check_appointment_overlap()"),
)  # fmt: skip

_INDEXES = (
    ("ix_appointments_staff_id_starts_at", ["staff_id", "starts_at"]),
    ("ix_appointments_second_staff_id_starts_at", ["second_staff_id", "starts_at"]),
)


def upgrade() -> None:
    # Plain ADD COLUMN, not batch mode: a SQLite batch rebuild would drop the tables'
    # change-feed triggers with the old tables.
    op.add_column("appointments", sa.Column("visitor_name", sa.String(200), nullable=True))
    op.add_column("appointments", sa.Column("cancel_reason", sa.Text(), nullable=True))
    op.add_column(
        "appointments",
        sa.Column("booked_at", agent_desktop.store.types.UTCDateTime(timezone=True), nullable=True),
    )
    op.add_column("turned_away", sa.Column("reason", sa.Text(), nullable=True))
    op.add_column("turned_away", sa.Column("offered", sa.String(12), nullable=True))
    op.add_column("turned_away", sa.Column("signposted_to", sa.String(200), nullable=True))
    for name, columns in _INDEXES:
        op.create_index(name, "appointments", columns)
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_CHECK_OVERLAP)
        create_row_triggers(_TRIGGERS)
    install_grants(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        drop_row_triggers(_TRIGGERS)
        op.execute("DROP FUNCTION IF EXISTS check_appointment_overlap()")
    for name, _ in _INDEXES:
        op.drop_index(name, table_name="appointments")
    for column in ("signposted_to", "offered", "reason"):
        op.drop_column("turned_away", column)
    for column in ("booked_at", "cancel_reason", "visitor_name"):
        op.drop_column("appointments", column)
    install_grants(op.get_bind())
