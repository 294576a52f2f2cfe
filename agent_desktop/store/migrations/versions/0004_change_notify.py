"""Wake listening desktops when a replicated table changes.

A statement-level trigger sends one NOTIFY per statement; PostgreSQL delivers it at commit and
folds identical notifications of one transaction into one. It is only a hint: a desktop that
was away catches up from the change feed.

Revision ID: 0004
Revises: 0003
"""

from alembic import op

from agent_desktop.store.migrations.triggers import existing
from agent_desktop.store.schema import SYNCED_TABLES

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

CHANNEL = "agent_desktop_changes"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        f"""
        CREATE FUNCTION notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('{CHANNEL}', '');
            RETURN NULL;
        END $$
        """
    )
    for table in existing(SYNCED_TABLES):
        op.execute(
            f"CREATE TRIGGER {table}_notify AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION notify_change()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in existing(SYNCED_TABLES):
        op.execute(f"DROP TRIGGER IF EXISTS {table}_notify ON {table}")
    op.execute("DROP FUNCTION IF EXISTS notify_change()")
