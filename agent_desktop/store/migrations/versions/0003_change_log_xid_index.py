"""Index the change feed by writing transaction, the order replicas read it in.

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_change_log_xid_seq", "change_log", ["xid", "seq"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_change_log_xid_seq", table_name="change_log")
