"""The change feed's bookkeeping: how far old changes have been pruned.

A replica whose position is older than the pruned point has missed changes it can no longer
read, and takes a fresh snapshot instead.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

from agent_desktop.store.roles import install_grants

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feed_state",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_feed_state")),
    )
    install_grants(op.get_bind())


def downgrade() -> None:
    op.drop_table("feed_state")
