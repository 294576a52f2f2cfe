"""The central database refuses what the contact rules refuse, and knows who is writing.

Every member of staff may have a PostgreSQL login of their own and a `psql` prompt, so the
rules that matter most hold in the database itself, whatever the client:

- `outreach_blocks(...)` is the contact rules' decision on blocks, in SQL: the same checks as
  `domain/rules.py` (a differential test holds the two to the same verdict on generated
  histories). A BEFORE INSERT trigger on `contact_events` runs it under the customer's row
  lock for every outbound contact, `COPY` included: a restriction block needs a team leader's
  unused authorisation (the `authorisations` table, granted by the leader's own login) and a
  reason; a preference block needs the agent's reason.
- Booking an appointment is refused for a customer under `no_visits`, and without a second
  member of staff under `two_staff_present`.
- Who did it is the login: `staff.db_login` maps each personal login to its member of staff,
  and the triggers write that person into the staff columns of contacts, audit entries,
  authorisations, restriction decisions and appointments, refusing another person's name.
- Writers that own the schema (the role that migrates and imports) or are superusers are
  trusted as they are: they could switch a trigger off anyway.

Nothing of this exists on SQLite, which has no logins: the embedded database is one person's.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

import agent_desktop.store.types
from agent_desktop.store.roles import install_grants

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

#: How far an outbound contact's own instant may be from the server's clock when a staff login
#: records it: the desktop's clock may drift, but a contact is recorded as it happens, so a
#: staff login cannot move one out of a rolling window by backdating it.
CLOCK_TOLERANCE = "15 minutes"

_SAFE = "SET search_path = pg_catalog, public, pg_temp"

_FUNCTIONS = (
    # Superusers and the schema's owner are the people who migrate and import; everyone else
    # writes through the checks below.
    f"""
    CREATE FUNCTION writer_is_trusted() RETURNS boolean LANGUAGE sql STABLE {_SAFE} AS $$
        SELECT coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false)
            OR pg_has_role(session_user,
                           (SELECT relowner FROM pg_class WHERE oid = 'public.staff'::regclass),
                           'MEMBER')
    $$
    """,
    # The member of staff whose own login this session is; a NULL row for a shared login.
    f"""
    CREATE FUNCTION login_staff() RETURNS public.staff LANGUAGE sql STABLE SECURITY DEFINER
    {_SAFE} AS $$
        SELECT s.* FROM public.staff s WHERE s.db_login = session_user AND s.active
    $$
    """,
    f"""
    CREATE FUNCTION restriction_active(r public.restrictions, at timestamptz, tz text)
    RETURNS boolean LANGUAGE sql STABLE {_SAFE} AS $$
        SELECT (r.starts_on::timestamp AT TIME ZONE tz) <= at
           AND (r.ends_on IS NULL OR at < ((r.ends_on + 1)::timestamp AT TIME ZONE tz))
           AND (r.lifted_at IS NULL OR at < r.lifted_at)
    $$
    """,
    # A daily window ({"days": [...], "start": "HH:MM", "end": "HH:MM"}) at a local instant:
    # start included, end excluded.
    f"""
    CREATE FUNCTION in_daily_window(w jsonb, local_at timestamp)
    RETURNS boolean LANGUAGE sql IMMUTABLE {_SAFE} AS $$
        SELECT (w -> 'days') ? (ARRAY['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])[
                   extract(isodow FROM local_at)::int]
           AND local_at::time >= btrim(w ->> 'start')::time
           AND local_at::time < btrim(w ->> 'end')::time
    $$
    """,
    f"""
    CREATE FUNCTION office_timezone() RETURNS text LANGUAGE sql STABLE {_SAFE} AS $$
        SELECT coalesce((SELECT value FROM public.office_settings WHERE key = 'timezone'),
                        'Europe/London')
    $$
    """,
    # The blocks of domain/rules.py, as (code, 'preference' | 'restriction') rows.
    f"""
    CREATE FUNCTION outreach_blocks(p_customer uuid, p_staff uuid, p_channel text,
                                    p_purpose text, p_recipient text, p_at timestamptz)
    RETURNS TABLE (code text, source text) LANGUAGE plpgsql STABLE {_SAFE} AS $$
    DECLARE
        tz text := office_timezone();
        local_at timestamp := p_at AT TIME ZONE office_timezone();
        voice boolean := p_channel IN ('phone', 'sms');
        prefs public.contact_preferences;
        who public.staff;
        r public.restrictions;
        every_channel boolean;
        used bigint;
    BEGIN
        SELECT * INTO who FROM public.staff WHERE id = p_staff;
        SELECT * INTO prefs FROM public.contact_preferences WHERE customer_id = p_customer;
        source := 'preference';
        IF prefs.id IS NULL THEN
            IF p_channel NOT IN ('phone', 'email', 'letter') THEN
                code := 'CHANNEL_NOT_AGREED'; RETURN NEXT;
            END IF;
        ELSE
            IF NOT coalesce(prefs.channels ? p_channel, false) THEN
                code := 'CHANNEL_NOT_AGREED'; RETURN NEXT;
            END IF;
            IF coalesce(prefs.update_every_days, 0) > 0 AND p_purpose = 'proactive'
               AND EXISTS (
                   SELECT 1 FROM public.contact_events c
                   WHERE c.customer_id = p_customer AND c.direction = 'outbound'
                     AND c.purpose = 'proactive' AND c.at <= p_at
                     AND c.at > p_at - make_interval(hours => 24 * prefs.update_every_days))
            THEN
                code := 'FREQUENCY_PREFERENCE'; RETURN NEXT;
            END IF;
            IF voice AND jsonb_typeof(prefs.contact_hours) = 'object'
               AND NOT in_daily_window(prefs.contact_hours, local_at) THEN
                code := 'OUTSIDE_AGREED_HOURS'; RETURN NEXT;
            END IF;
            IF jsonb_typeof(prefs.representative) = 'object'
               AND coalesce((prefs.representative ->> 'contact_only_via')::boolean, false)
               AND p_recipient <> 'representative' THEN
                code := 'REPRESENTATIVE_ONLY'; RETURN NEXT;
            END IF;
        END IF;
        source := 'restriction';
        FOR r IN
            SELECT * FROM public.restrictions x
            WHERE x.customer_id = p_customer AND restriction_active(x, p_at, tz)
        LOOP
            code := NULL;
            CASE r.kind
            WHEN 'channel_only' THEN
                IF NOT coalesce(r.terms -> 'channels' ? p_channel, false) THEN
                    code := 'RESTRICTED_CHANNEL';
                END IF;
            WHEN 'max_contacts' THEN
                every_channel := jsonb_typeof(r.terms -> 'channels') IS DISTINCT FROM 'array'
                    OR jsonb_array_length(r.terms -> 'channels') = 0;
                IF every_channel OR r.terms -> 'channels' ? p_channel THEN
                    SELECT count(*) INTO used FROM public.contact_events c
                    WHERE c.customer_id = p_customer AND c.at <= p_at
                      AND c.at > p_at - make_interval(hours => 24 * (r.terms ->> 'per_days')::int)
                      AND (every_channel OR r.terms -> 'channels' ? c.channel)
                      AND (coalesce(r.terms ->> 'direction', 'outbound') = 'both'
                           OR c.direction = 'outbound');
                    IF used >= (r.terms ->> 'limit')::int THEN
                        code := 'CONTACT_LIMIT_REACHED';
                    END IF;
                END IF;
            WHEN 'single_point_of_contact' THEN
                IF who.username IS NULL
                   OR who.username NOT IN (coalesce(r.terms ->> 'staff', ''),
                                           coalesce(nullif(r.terms ->> 'deputy', ''), '')) THEN
                    code := 'SINGLE_POINT_OF_CONTACT';
                END IF;
            WHEN 'set_times' THEN
                IF voice AND NOT in_daily_window(r.terms, local_at) THEN
                    code := 'OUTSIDE_PERMITTED_TIMES';
                END IF;
            WHEN 'no_contact' THEN
                IF NOT coalesce(who.roles ?| ARRAY['team_leader', 'manager'], false) THEN
                    code := 'NO_CONTACT';
                END IF;
            WHEN 'representative_only' THEN
                IF p_recipient <> 'representative' THEN
                    code := 'REPRESENTATIVE_ONLY';
                END IF;
            WHEN 'no_visits' THEN
                IF p_channel = 'visit' THEN
                    code := 'NO_VISITS';
                END IF;
            ELSE
                NULL;  -- call_duration, read_and_file, behaviour_warning, two_staff_present
            END CASE;
            IF code IS NOT NULL THEN
                RETURN NEXT;
            END IF;
        END LOOP;
    END $$
    """,
    # Every contact a staff login records: an outbound one passes the rules under the
    # customer's row lock, as the desktop's own check does.
    f"""
    CREATE FUNCTION check_contact() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    {_SAFE} AS $$
    DECLARE
        restricted boolean;
        preferred boolean;
        codes text;
        granted uuid;
    BEGIN
        IF writer_is_trusted() THEN
            RETURN NEW;
        END IF;
        -- staff_id is already the login's own (trigger contact_events_actor fires first).
        NEW.recorded_at := now();
        IF NEW.direction <> 'outbound' THEN
            IF NEW.authorised_by_id IS NOT NULL OR NEW.override_reason IS NOT NULL THEN
                RAISE EXCEPTION 'an inbound contact is never authorised or overridden'
                    USING ERRCODE = 'check_violation';
            END IF;
            RETURN NEW;
        END IF;
        IF NEW.staff_id IS NULL THEN
            RAISE EXCEPTION 'an outbound contact names the member of staff who made it'
                USING ERRCODE = 'not_null_violation';
        END IF;
        IF NEW.at < now() - interval '{CLOCK_TOLERANCE}'
           OR NEW.at > now() + interval '{CLOCK_TOLERANCE}' THEN
            RAISE EXCEPTION 'an outbound contact is recorded as it happens, not at %', NEW.at
                USING ERRCODE = 'check_violation';
        END IF;
        PERFORM 1 FROM public.customers WHERE id = NEW.customer_id FOR UPDATE;
        SELECT bool_or(b.source = 'restriction'), bool_or(b.source = 'preference'),
               string_agg(DISTINCT b.code, ', ')
          INTO restricted, preferred, codes
          FROM outreach_blocks(NEW.customer_id, NEW.staff_id, NEW.channel, NEW.purpose,
                               NEW.recipient, NEW.at) b;
        IF NEW.authorised_by_id IS NOT NULL THEN
            UPDATE public.authorisations SET contact_id = NEW.id
             WHERE id = (
                SELECT a.id FROM public.authorisations a
                 WHERE a.customer_id = NEW.customer_id AND a.staff_id = NEW.staff_id
                   AND a.channel = NEW.channel AND a.granted_by_id = NEW.authorised_by_id
                   AND a.contact_id IS NULL AND a.expires_at > now()
                 ORDER BY a.granted_at LIMIT 1 FOR UPDATE)
            RETURNING id INTO granted;
            IF granted IS NULL THEN
                RAISE EXCEPTION 'no unused authorisation by that team leader for this contact'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        ELSIF coalesce(restricted, false) THEN
            RAISE EXCEPTION 'refused by the contact rules: %', codes
                USING ERRCODE = 'check_violation',
                      HINT = 'Only a team leader may authorise a contact past a restriction.';
        END IF;
        IF (coalesce(restricted, false) OR coalesce(preferred, false))
           AND coalesce(btrim(NEW.override_reason), '') = '' THEN
            RAISE EXCEPTION 'refused by the contact rules: %', codes
                USING ERRCODE = 'check_violation',
                      HINT = 'A contact past a block is recorded with its reason.';
        END IF;
        RETURN NEW;
    END $$
    """,
    # An outreach audit entry that says a contact was recorded, overridden or authorised must
    # be written with that contact, by its member of staff, and say what the contact holds.
    f"""
    CREATE FUNCTION check_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    {_SAFE} AS $$
    DECLARE
        me public.staff;
        contact public.contact_events;
        held text;
    BEGIN
        IF writer_is_trusted() THEN
            RETURN NEW;
        END IF;
        me := login_staff();
        IF me.id IS NOT NULL THEN
            IF NEW.actor IS NOT NULL AND NEW.actor <> me.username THEN
                RAISE EXCEPTION 'an audit entry is written as the member of staff signed in (%)',
                    me.username USING ERRCODE = 'insufficient_privilege';
            END IF;
            NEW.actor := me.username;
        END IF;
        NEW.at := now();
        IF NEW.action = 'outreach' AND NEW.outcome <> 'refused' THEN
            BEGIN
                SELECT * INTO contact FROM public.contact_events
                 WHERE id = (NEW.details ->> 'contact_id')::uuid;
            EXCEPTION WHEN invalid_text_representation THEN
                contact := NULL;
            END;
            held := CASE WHEN contact.authorised_by_id IS NOT NULL THEN 'authorised'
                         WHEN contact.override_reason IS NOT NULL THEN 'overridden'
                         ELSE 'recorded' END;
            IF contact.id IS NULL OR contact.recorded_at <> now() OR held <> NEW.outcome
               OR contact.staff_id IS DISTINCT FROM
                  (SELECT id FROM public.staff WHERE username = NEW.actor) THEN
                RAISE EXCEPTION 'an outreach audit entry is written with the contact it records'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        END IF;
        RETURN NEW;
    END $$
    """,
    # `stamp_login_staff('column')`: the column names the login's own member of staff.
    f"""
    CREATE FUNCTION stamp_login_staff() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    {_SAFE} AS $$
    DECLARE
        me public.staff;
        given text := to_jsonb(NEW) ->> TG_ARGV[0];
    BEGIN
        IF writer_is_trusted() THEN
            RETURN NEW;
        END IF;
        me := login_staff();
        IF me.id IS NULL THEN
            RETURN NEW;
        END IF;
        IF given IS NOT NULL AND given <> me.id::text THEN
            RAISE EXCEPTION '%.% is the member of staff signed in (%), not another',
                TG_TABLE_NAME, TG_ARGV[0], me.username USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0], me.id));
    END $$
    """,
    # An authorisation is a team leader's or manager's, for a short while, and not yet used.
    f"""
    CREATE FUNCTION check_authorisation() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    {_SAFE} AS $$
    BEGIN
        IF writer_is_trusted() THEN
            RETURN NEW;
        END IF;
        NEW.granted_at := now();
        IF NEW.contact_id IS NOT NULL OR NEW.expires_at > now() + interval '1 day'
           OR coalesce(btrim(NEW.reason), '') = '' THEN
            RAISE EXCEPTION 'an authorisation has a reason, lasts at most a day and starts unused'
                USING ERRCODE = 'check_violation';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM public.staff
                        WHERE id = NEW.granted_by_id AND active
                          AND roles ?| ARRAY['team_leader', 'manager']) THEN
            RAISE EXCEPTION 'only a team leader or manager may authorise a contact'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END $$
    """,
    # contact-rules.md: no_visits refuses a booking; two_staff_present needs a second person.
    f"""
    CREATE FUNCTION check_appointment() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    {_SAFE} AS $$
    DECLARE
        tz text := office_timezone();
    BEGIN
        IF writer_is_trusted() THEN
            RETURN NEW;
        END IF;
        IF TG_OP = 'UPDATE' AND NEW.customer_id = OLD.customer_id
           AND NEW.starts_at = OLD.starts_at
           AND NEW.staff_id IS NOT DISTINCT FROM OLD.staff_id
           AND NEW.second_staff_id IS NOT DISTINCT FROM OLD.second_staff_id THEN
            RETURN NEW;  -- arriving, leaving, cancelling: not a new booking
        END IF;
        IF NEW.status <> 'booked' THEN
            RETURN NEW;
        END IF;
        PERFORM 1 FROM public.customers WHERE id = NEW.customer_id FOR UPDATE;
        IF EXISTS (SELECT 1 FROM public.restrictions x
                    WHERE x.customer_id = NEW.customer_id AND x.kind = 'no_visits'
                      AND restriction_active(x, NEW.starts_at, tz)) THEN
            RAISE EXCEPTION 'refused by the contact rules: NO_VISITS'
                USING ERRCODE = 'check_violation';
        END IF;
        IF (NEW.second_staff_id IS NULL OR NEW.second_staff_id = NEW.staff_id)
           AND EXISTS (SELECT 1 FROM public.restrictions x
                        WHERE x.customer_id = NEW.customer_id AND x.kind = 'two_staff_present'
                          AND restriction_active(x, NEW.starts_at, tz)) THEN
            RAISE EXCEPTION 'refused by the contact rules: SECOND_STAFF_REQUIRED'
                USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END $$
    """,
)

#: (trigger, table, when, function call). Triggers on one event fire in name order, so each
#: table's stamp of the login's own member of staff comes before the check that relies on it.
_TRIGGERS = (
    ("contact_events_actor", "contact_events", "BEFORE INSERT", "stamp_login_staff('staff_id')"),
    ("contact_events_rules", "contact_events", "BEFORE INSERT", "check_contact()"),
    ("audit_log_actor", "audit_log", "BEFORE INSERT", "check_audit()"),
    ("authorisations_granted_by", "authorisations", "BEFORE INSERT",
     "stamp_login_staff('granted_by_id')"),
    ("authorisations_rules", "authorisations", "BEFORE INSERT", "check_authorisation()"),
    ("restrictions_decided_by", "restrictions", "BEFORE INSERT",
     "stamp_login_staff('decided_by_id')"),
    ("restrictions_lifted_by", "restrictions", "BEFORE UPDATE OF lifted_at, lifted_by_id",
     "stamp_login_staff('lifted_by_id')"),
    ("restriction_history_staff", "restriction_history", "BEFORE INSERT",
     "stamp_login_staff('staff_id')"),
    ("appointments_booked_by", "appointments", "BEFORE INSERT",
     "stamp_login_staff('booked_by_id')"),
    ("appointments_rules", "appointments", "BEFORE INSERT OR UPDATE", "check_appointment()"),
    ("turned_away_staff", "turned_away", "BEFORE INSERT", "stamp_login_staff('staff_id')"),
)  # fmt: skip

_FUNCTION_NAMES = (
    "check_appointment()",
    "check_authorisation()",
    "stamp_login_staff()",
    "check_audit()",
    "check_contact()",
    "outreach_blocks(uuid, uuid, text, text, text, timestamptz)",
    "office_timezone()",
    "in_daily_window(jsonb, timestamp)",
    "restriction_active(public.restrictions, timestamptz, text)",
    "login_staff()",
    "writer_is_trusted()",
)


def upgrade() -> None:
    # Plain ADD COLUMN, not batch mode: a SQLite batch rebuild would drop the table's
    # change-feed triggers with the old table.
    op.add_column("staff", sa.Column("db_login", sa.String(length=63), nullable=True))
    op.create_index("ix_staff_db_login", "staff", ["db_login"], unique=True)
    op.create_table(
        "authorisations",
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("granted_by_id", sa.Uuid(), nullable=False),
        sa.Column(
            "granted_at", agent_desktop.store.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "expires_at", agent_desktop.store.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("contact_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_authorisations_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["granted_by_id"], ["staff.id"], name=op.f("fk_authorisations_granted_by_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_authorisations_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_authorisations")),
        sa.UniqueConstraint("contact_id", name=op.f("uq_authorisations_contact_id")),
    )
    op.create_index(
        op.f("ix_authorisations_customer_id"), "authorisations", ["customer_id"], unique=False
    )
    if op.get_bind().dialect.name != "postgresql":
        return
    # A login made by `db grant` before this revision is named after its member of staff.
    op.execute(
        "UPDATE staff SET db_login = username WHERE EXISTS "
        "(SELECT 1 FROM pg_roles WHERE rolname = staff.username AND rolcanlogin "
        "AND NOT rolsuper)"
    )
    for function in _FUNCTIONS:
        op.execute(function)
    for name, table, when, call in _TRIGGERS:
        op.execute(f"CREATE TRIGGER {name} {when} ON {table} FOR EACH ROW EXECUTE FUNCTION {call}")
    install_grants(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name, table, _when, _call in _TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        for function in _FUNCTION_NAMES:
            op.execute(f"DROP FUNCTION IF EXISTS {function}")
    op.drop_index(op.f("ix_authorisations_customer_id"), table_name="authorisations")
    op.drop_table("authorisations")
    op.drop_index("ix_staff_db_login", table_name="staff")
    op.drop_column("staff", "db_login")
    install_grants(op.get_bind())
