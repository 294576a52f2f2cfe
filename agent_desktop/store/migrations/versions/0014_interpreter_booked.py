"""Whether a BSL interpreter (or other communication support) is booked for an appointment.

- `appointments.interpreter_booked`: false until the desk records that the interpreter the
  customer needs is booked; shown with the customer's `ACCESSIBILITY_NEEDS` (visits.md).
- A column only: plain ADD COLUMN, never a SQLite batch rebuild, which would drop the
  change-log triggers of this replicated table. The server default fills existing rows, and a
  replica migrated alongside keeps its copies in step (every copy was false, as every central
  row was). On PostgreSQL the grants are put in place again so that they cover the column.

Revision ID: 0014
Revises: 0013
"""

import sqlalchemy as sa
from alembic import op

from agent_desktop.store.roles import install_grants

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN, not batch mode: a SQLite batch rebuild would drop the table's
    # change-feed triggers with the old table.
    op.add_column(
        "appointments",
        sa.Column("interpreter_booked", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    install_grants(op.get_bind())


def downgrade() -> None:
    op.drop_column("appointments", "interpreter_booked")
    install_grants(op.get_bind())
