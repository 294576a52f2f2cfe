"""The visits desk: what a booking, a cancellation and a turned-away visitor record.

- `appointments.visitor_name`: who is expected at the desk when it is not the customer
  themselves (a representative, say); `cancel_reason` (a cancellation always has one) and
  `booked_at`.
- `appointments (staff_id, starts_at)` and `(second_staff_id, starts_at)`: a host's day, read
  by every booking to find an overlapping appointment (HOST_BUSY).
- `turned_away.reason`, `offered` (appointment, phone, signposted, nothing) and
  `signposted_to` (the organisation, when signposted).
- Columns only: plain ADD COLUMN, never a SQLite batch rebuild, which would drop the change-log
  triggers of these replicated tables. On PostgreSQL the grants are put in place again so that
  the column-by-column UPDATE grants cover the new columns.

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

import agent_desktop.store.types
from agent_desktop.store.roles import install_grants

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

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
    install_grants(op.get_bind())


def downgrade() -> None:
    for name, _ in _INDEXES:
        op.drop_index(name, table_name="appointments")
    for column in ("signposted_to", "offered", "reason"):
        op.drop_column("turned_away", column)
    for column in ("booked_at", "cancel_reason", "visitor_name"):
        op.drop_column("appointments", column)
    install_grants(op.get_bind())
