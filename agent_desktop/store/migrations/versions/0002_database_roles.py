"""database roles: a group role per staff role and its grants (PostgreSQL only)

Revision ID: 0002
Revises: 0001
"""

from alembic import op

from agent_desktop.store.roles import install_grants, remove_grants

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Creates the NOLOGIN groups when the cluster lacks them, grants the matrix in
    # agent_desktop/store/roles.py on this database, and makes the change-feed trigger
    # function SECURITY DEFINER. Nothing to do on SQLite.
    install_grants(op.get_bind())


def downgrade() -> None:
    # Only this database's grants go. The group roles stay: roles belong to the whole
    # cluster, other databases there may still grant to them (DROP ROLE would fail while any
    # does), and staff login roles may be members of them.
    remove_grants(op.get_bind())
