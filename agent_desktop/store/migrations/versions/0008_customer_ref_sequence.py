"""New customer references come from a PostgreSQL sequence, not a scan under a shared lock.

`create_customer` used to find the highest `C-` number in the whole of `customers` under an
advisory lock every desktop shared: 354 ms at a million customers, one creation at a time.
`customer_ref_seq` hands out the next number without either. It starts after the highest
existing `C-` number, and a trigger keeps it past any `C-` reference written otherwise (an
import, seeding, `psql`, a desktop not yet upgraded): the trigger runs as its owner, so staff
logins need only USAGE on the sequence (`nextval`) and cannot set it back.

The embedded SQLite database is one person's and has no sequences: it keeps reading the
highest number, which its write transaction already serialises.

Revision ID: 0008
Revises: 0007
"""

from alembic import op

from agent_desktop.store.roles import install_grants

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

SEQUENCE = "customer_ref_seq"

# The highest number among references 'C-<digits>', or 0.
_HIGHEST = (
    "SELECT coalesce(max(substr(ref, 3)::numeric), 0) FROM customers WHERE ref ~ '^C-[0-9]{1,18}$'"
)

# Reading the sequence is one page; it is set only when a reference passes it.
_FOLLOW = f"""
CREATE FUNCTION customer_ref_follows() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    n bigint;
BEGIN
    IF NEW.ref ~ '^C-[0-9]{{1,18}}$' THEN
        n := substr(NEW.ref, 3)::bigint;
        IF n > (SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END
                  FROM public.{SEQUENCE}) THEN
            PERFORM setval('public.{SEQUENCE}', n);
        END IF;
    END IF;
    RETURN NEW;
END $$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"CREATE SEQUENCE {SEQUENCE} AS bigint MINVALUE 1 START 1")
    # is_called = false when there are none, so the first nextval() is 1.
    op.execute(f"SELECT setval('{SEQUENCE}', greatest(({_HIGHEST}), 1)::bigint, ({_HIGHEST}) > 0)")
    op.execute(_FOLLOW)
    op.execute(
        "CREATE TRIGGER customers_ref_follows BEFORE INSERT OR UPDATE OF ref ON customers "
        "FOR EACH ROW EXECUTE FUNCTION customer_ref_follows()"
    )
    install_grants(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS customers_ref_follows ON customers")
    op.execute("DROP FUNCTION IF EXISTS customer_ref_follows()")
    op.execute(f"DROP SEQUENCE IF EXISTS {SEQUENCE}")
    install_grants(op.get_bind())
