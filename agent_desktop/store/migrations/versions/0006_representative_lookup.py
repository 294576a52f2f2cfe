"""Find a customer by their representative's phone number or email, through an index.

Two plain columns repeat what the `representative` JSON holds, in the forms the customer's own
lookups use (E.164; case-folded email), each with a partial index over the rows that have one.
Plain columns rather than expression indexes on the JSON: the same B-tree equality lookup on
both databases, a key worked out once in Python (SQLite's lower() folds ASCII only), and nothing
for a query to match character for character. Existing rows are filled from their JSON here;
the UPDATE goes through the change feed, so replicas hear of it as of any other change.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from agent_desktop.store.schema import representative_keys

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_INDEXES = (
    ("ix_contact_preferences_representative_phone", "representative_phone"),
    ("ix_contact_preferences_representative_email_key", "representative_email_key"),
)
_BATCH = 1000


def upgrade() -> None:
    # Plain ADD COLUMN, not batch mode: a SQLite batch rebuild would drop the table's
    # change-feed triggers with the old table.
    op.add_column(
        "contact_preferences",
        sa.Column("representative_phone", sa.String(length=20), nullable=True),
    )
    op.add_column(
        "contact_preferences",
        sa.Column("representative_email_key", sa.String(length=320), nullable=True),
    )
    _fill_from_json()
    for name, column in _INDEXES:
        where = sa.text(f"{column} IS NOT NULL")
        op.create_index(
            name,
            "contact_preferences",
            [column],
            unique=False,
            sqlite_where=where,
            postgresql_where=where,
        )


def _fill_from_json() -> None:
    preferences = sa.table(
        "contact_preferences",
        sa.column("id", sa.Uuid()),
        sa.column(
            "representative",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
        ),
        sa.column("representative_phone", sa.String()),
        sa.column("representative_email_key", sa.String()),
    )
    conn = op.get_bind()
    found = conn.execute(
        sa.select(preferences.c.id, preferences.c.representative).where(
            preferences.c.representative.is_not(None)
        )
    ).all()
    rows = [{"row_id": row.id, **representative_keys(row.representative)} for row in found]
    rows = [r for r in rows if r["representative_phone"] or r["representative_email_key"]]
    update = (
        preferences.update()
        .where(preferences.c.id == sa.bindparam("row_id"))
        .values(
            representative_phone=sa.bindparam("representative_phone"),
            representative_email_key=sa.bindparam("representative_email_key"),
        )
    )
    for start in range(0, len(rows), _BATCH):
        conn.execute(update, rows[start : start + _BATCH])


def downgrade() -> None:
    for name, _column in _INDEXES:
        op.drop_index(name, table_name="contact_preferences")
    # SQLite 3.35+ drops a column in place; no batch rebuild, so the triggers stay.
    op.drop_column("contact_preferences", "representative_email_key")
    op.drop_column("contact_preferences", "representative_phone")
