"""initial schema

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import agent_desktop.store.types
from agent_desktop.store.migrations.triggers import create_triggers, drop_triggers

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("at", agent_desktop.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=True),
        sa.Column("action", sa.String(length=50), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=True),
        sa.Column(
            "details",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_index(op.f("ix_audit_log_at"), "audit_log", ["at"], unique=False)
    op.create_index(op.f("ix_audit_log_customer_id"), "audit_log", ["customer_id"], unique=False)
    op.create_table(
        "change_log",
        sa.Column(
            "seq",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=64), nullable=False),
        sa.Column("op", sa.String(length=1), nullable=False),
        sa.Column("xid", sa.BigInteger(), nullable=True),
        sa.Column("at", agent_desktop.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_change_log")),
    )
    op.create_table(
        "customers",
        sa.Column("ref", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "name_key",
            sa.String(length=200).with_variant(sa.String(length=200, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "surname_key",
            sa.String(length=200).with_variant(sa.String(length=200, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column(
            "created_at", agent_desktop.store.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "updated_at", agent_desktop.store.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "anonymised_at", agent_desktop.store.types.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customers")),
        sa.UniqueConstraint("ref", name=op.f("uq_customers_ref")),
    )
    op.create_index(op.f("ix_customers_name_key"), "customers", ["name_key"], unique=False)
    op.create_index(op.f("ix_customers_surname_key"), "customers", ["surname_key"], unique=False)
    op.create_table(
        "office_settings",
        sa.Column("key", sa.String(length=50), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_office_settings")),
    )
    op.create_table(
        "teams",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("leader_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_teams")),
        sa.UniqueConstraint("name", name=op.f("uq_teams_name")),
    )
    op.create_table(
        "customer_emails",
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("address", sa.String(length=320), nullable=False),
        sa.Column("address_key", sa.String(length=320), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_emails_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_emails")),
        sa.UniqueConstraint("customer_id", "position", name=op.f("uq_customer_emails_customer_id")),
    )
    op.create_index(
        op.f("ix_customer_emails_address_key"), "customer_emails", ["address_key"], unique=False
    )
    op.create_table(
        "customer_phones",
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("e164", sa.String(length=20), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_phones_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_phones")),
        sa.UniqueConstraint("customer_id", "position", name=op.f("uq_customer_phones_customer_id")),
    )
    op.create_index(op.f("ix_customer_phones_e164"), "customer_phones", ["e164"], unique=False)
    op.create_table(
        "staff",
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "roles",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("welsh_speaker", sa.Boolean(), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["team_id"], ["teams.id"], name=op.f("fk_staff_team_id_teams")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff")),
        sa.UniqueConstraint("username", name=op.f("uq_staff_username")),
    )
    # teams and staff refer to each other: the leader key is added once both exist.
    with op.batch_alter_table("teams") as batch:
        batch.create_foreign_key(
            op.f("fk_teams_leader_id_staff"), "staff", ["leader_id"], ["id"], ondelete="SET NULL"
        )
    op.create_table(
        "appointments",
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column(
            "starts_at", agent_desktop.store.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("ends_at", agent_desktop.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=True),
        sa.Column("purpose", sa.Text(), nullable=True),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("second_staff_id", sa.Uuid(), nullable=True),
        sa.Column("booked_by_id", sa.Uuid(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column(
            "checked_in_at", agent_desktop.store.types.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column(
            "checked_out_at", agent_desktop.store.types.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["booked_by_id"], ["staff.id"], name=op.f("fk_appointments_booked_by_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_appointments_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["second_staff_id"], ["staff.id"], name=op.f("fk_appointments_second_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_appointments_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointments")),
    )
    op.create_index(
        op.f("ix_appointments_customer_id"), "appointments", ["customer_id"], unique=False
    )
    op.create_index(op.f("ix_appointments_starts_at"), "appointments", ["starts_at"], unique=False)
    op.create_table(
        "cases",
        sa.Column("ref", sa.String(length=40), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("target_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_cases_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["owner_id"], ["staff.id"], name=op.f("fk_cases_owner_id_staff")),
        sa.ForeignKeyConstraint(["team_id"], ["teams.id"], name=op.f("fk_cases_team_id_teams")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("ref", name=op.f("uq_cases_ref")),
    )
    op.create_index(op.f("ix_cases_customer_id"), "cases", ["customer_id"], unique=False)
    op.create_table(
        "contact_events",
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("purpose", sa.String(length=10), nullable=False),
        sa.Column("recipient", sa.String(length=20), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("at", agent_desktop.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("follows_up_id", sa.Uuid(), nullable=True),
        sa.Column("override_reason", sa.Text(), nullable=True),
        sa.Column("authorised_by_id", sa.Uuid(), nullable=True),
        sa.Column(
            "recorded_at", agent_desktop.store.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["authorised_by_id"],
            ["staff.id"],
            name=op.f("fk_contact_events_authorised_by_id_staff"),
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_contact_events_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["follows_up_id"],
            ["contact_events.id"],
            name=op.f("fk_contact_events_follows_up_id_contact_events"),
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_contact_events_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_events")),
    )
    op.create_index(
        "ix_contact_events_customer_at", "contact_events", ["customer_id", "at"], unique=False
    )
    op.create_table(
        "contact_preferences",
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column(
            "channels",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("update_every_days", sa.Integer(), nullable=True),
        sa.Column(
            "contact_hours",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column(
            "accessibility",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "representative",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column("agreed_on", sa.Date(), nullable=True),
        sa.Column("agreed_by_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreed_by_id"], ["staff.id"], name=op.f("fk_contact_preferences_agreed_by_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_contact_preferences_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_preferences")),
        sa.UniqueConstraint("customer_id", name=op.f("uq_contact_preferences_customer_id")),
    )
    op.create_table(
        "restrictions",
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column(
            "terms",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("decided_by_id", sa.Uuid(), nullable=False),
        sa.Column(
            "decided_at", agent_desktop.store.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("review_by", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("customer_notified_on", sa.Date(), nullable=True),
        sa.Column("adjustment_considered", sa.Boolean(), nullable=False),
        sa.Column("lifted_at", agent_desktop.store.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("lifted_by_id", sa.Uuid(), nullable=True),
        sa.Column("lift_reason", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_restrictions_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["decided_by_id"], ["staff.id"], name=op.f("fk_restrictions_decided_by_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["lifted_by_id"], ["staff.id"], name=op.f("fk_restrictions_lifted_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_restrictions")),
    )
    op.create_index(
        op.f("ix_restrictions_customer_id"), "restrictions", ["customer_id"], unique=False
    )
    op.create_table(
        "turned_away",
        sa.Column("at", agent_desktop.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("visitor_name", sa.String(length=200), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=True),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_turned_away_customer_id_customers"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_turned_away_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_turned_away")),
    )
    op.create_table(
        "restriction_history",
        sa.Column("restriction_id", sa.Uuid(), nullable=False),
        sa.Column("at", agent_desktop.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("event", sa.String(length=30), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["restriction_id"],
            ["restrictions.id"],
            name=op.f("fk_restriction_history_restriction_id_restrictions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_restriction_history_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_restriction_history")),
    )
    op.create_index(
        op.f("ix_restriction_history_restriction_id"),
        "restriction_history",
        ["restriction_id"],
        unique=False,
    )
    op.create_table(
        "work_items",
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=True),
        sa.Column("due_at", agent_desktop.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("assignee_id", sa.Uuid(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("source_contact_id", sa.Uuid(), nullable=True),
        sa.Column("restriction_id", sa.Uuid(), nullable=True),
        sa.Column(
            "created_at", agent_desktop.store.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("closed_at", agent_desktop.store.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assignee_id"], ["staff.id"], name=op.f("fk_work_items_assignee_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_work_items_case_id_cases"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_work_items_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["restriction_id"],
            ["restrictions.id"],
            name=op.f("fk_work_items_restriction_id_restrictions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["source_contact_id"],
            ["contact_events.id"],
            name=op.f("fk_work_items_source_contact_id_contact_events"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_work_items_team_id_teams")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_items")),
    )
    op.create_index(
        "ix_work_items_assignee_due", "work_items", ["assignee_id", "due_at"], unique=False
    )
    op.create_index(op.f("ix_work_items_customer_id"), "work_items", ["customer_id"], unique=False)
    op.create_index("ix_work_items_status_due", "work_items", ["status", "due_at"], unique=False)
    op.create_index("ix_work_items_team_due", "work_items", ["team_id", "due_at"], unique=False)

    create_triggers()


def downgrade() -> None:
    drop_triggers()
    with op.batch_alter_table("teams") as batch:
        batch.drop_constraint(op.f("fk_teams_leader_id_staff"), type_="foreignkey")
    op.drop_index("ix_work_items_team_due", table_name="work_items")
    op.drop_index("ix_work_items_status_due", table_name="work_items")
    op.drop_index(op.f("ix_work_items_customer_id"), table_name="work_items")
    op.drop_index("ix_work_items_assignee_due", table_name="work_items")
    op.drop_table("work_items")
    op.drop_index(op.f("ix_restriction_history_restriction_id"), table_name="restriction_history")
    op.drop_table("restriction_history")
    op.drop_table("turned_away")
    op.drop_index(op.f("ix_restrictions_customer_id"), table_name="restrictions")
    op.drop_table("restrictions")
    op.drop_table("contact_preferences")
    op.drop_index("ix_contact_events_customer_at", table_name="contact_events")
    op.drop_table("contact_events")
    op.drop_index(op.f("ix_cases_customer_id"), table_name="cases")
    op.drop_table("cases")
    op.drop_index(op.f("ix_appointments_starts_at"), table_name="appointments")
    op.drop_index(op.f("ix_appointments_customer_id"), table_name="appointments")
    op.drop_table("appointments")
    op.drop_table("staff")
    op.drop_index(op.f("ix_customer_phones_e164"), table_name="customer_phones")
    op.drop_table("customer_phones")
    op.drop_index(op.f("ix_customer_emails_address_key"), table_name="customer_emails")
    op.drop_table("customer_emails")
    op.drop_table("teams")
    op.drop_table("office_settings")
    op.drop_index(op.f("ix_customers_surname_key"), table_name="customers")
    op.drop_index(op.f("ix_customers_name_key"), table_name="customers")
    op.drop_table("customers")
    op.drop_table("change_log")
    op.drop_index(op.f("ix_audit_log_customer_id"), table_name="audit_log")
    op.drop_index(op.f("ix_audit_log_at"), table_name="audit_log")
    op.drop_table("audit_log")
