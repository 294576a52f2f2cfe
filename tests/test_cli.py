"""The command line exactly as specified: output, exit codes, one-line errors, no tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from agent_desktop.cli import main

EXAMPLE = Path(__file__).parent / "data" / "example-import.json"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def upgraded(sqlite_url, capsys):
    """An empty SQLite database at the newest schema."""
    code, _, err = run(capsys, "--database", sqlite_url, "db", "upgrade")
    assert code == 0, err
    return sqlite_url


@pytest.fixture
def loaded(db_url, capsys):
    code, out, err = run(capsys, "--database", db_url, "import", str(EXAMPLE))
    assert code == 0, err
    return db_url


def test_check_allowed_prints_decision_and_exits_zero(loaded, capsys):
    code, out, _ = run(
        capsys,
        "check",
        "--database",
        loaded,
        "--customer",
        "C-20418",
        "--staff",
        "dowen",
        "--channel",
        "email",
        "--at",
        "2026-12-01T11:00:00+00:00",
    )
    decision = json.loads(out)
    assert code == 0
    assert set(decision) >= {
        "allowed",
        "blocks",
        "warnings",
        "overridable_by",
        "next_allowed_at",
        "allowed_channels",
    }
    assert decision["allowed"] is True
    assert "ACCESSIBILITY_NEEDS" in [w["code"] for w in decision["warnings"]]


def test_check_blocked_exits_one_with_reasons(loaded, capsys):
    code, out, _ = run(
        capsys,
        "--database",
        loaded,
        "check",
        "--customer",
        "C-30055",
        "--staff",
        "sclarke",
        "--channel",
        "phone",
        "--at",
        "2026-12-01T11:00:00+00:00",
    )
    decision = json.loads(out)
    assert code == 1
    assert decision["allowed"] is False
    assert "RESTRICTED_CHANNEL" in [b["code"] for b in decision["blocks"]]
    assert decision["overridable_by"] == "team_leader"
    assert decision["next_allowed_at"] is None
    assert decision["allowed_channels"] == ["letter"]


@pytest.fixture
def phone_agreed(db_url, capsys, tmp_path):
    """The example, except that C-17702 has agreed to phone calls as well: the weekly call
    limit (one call in 7 days, last on Tue 24 Nov 10:15 UTC) is then what stops a call."""
    document = json.loads(EXAMPLE.read_text("utf-8"))
    [customer] = [c for c in document["customers"] if c["ref"] == "C-17702"]
    customer["preferences"]["channels"] = ["letter", "email", "phone"]
    path = tmp_path / "phone-agreed.json"
    path.write_text(json.dumps(document), "utf-8")
    code, _, err = run(capsys, "--database", db_url, "import", str(path))
    assert code == 0, err
    return db_url


def test_check_next_allowed_at_for_weekly_call_limit(phone_agreed, capsys):
    """Monday 30 Nov 09:00: the week since the last call ends Tue 1 Dec 10:15, which is also
    inside the customer's set times (Tuesdays 10:00-12:00), so that is the next call."""
    code, out, _ = run(
        capsys,
        "--database",
        phone_agreed,
        "check",
        "--customer",
        "C-17702",
        "--staff",
        "sclarke",
        "--channel",
        "phone",
        "--purpose",
        "follow_up",
        "--at",
        "2026-11-30T09:00:00+00:00",
    )
    decision = json.loads(out)
    assert code == 1
    assert [b["code"] for b in decision["blocks"]] == [
        "CONTACT_LIMIT_REACHED",
        "OUTSIDE_PERMITTED_TIMES",
    ]
    assert decision["next_allowed_at"] == "2026-12-01T10:15:00+00:00"


def test_contact_outbound_records_and_refused_writes_nothing(loaded, capsys):
    base = [
        "--database",
        loaded,
        "contact",
        "--customer",
        "C-30055",
        "--staff",
        "sclarke",
        "--at",
        "2026-12-01T11:00:00+00:00",
        "--direction",
        "outbound",
    ]
    code, out, _ = run(capsys, *base, "--channel", "phone")
    assert code == 1
    refused = json.loads(out)
    assert refused["allowed"] is False and refused["recorded"] is False
    code, out, _ = run(capsys, *base, "--channel", "letter", "--summary", "Wrote about the review")
    assert code == 0
    contact = json.loads(out)
    assert contact["channel"] == "letter" and contact["recorded"] is True
    assert contact["decision"]["allowed"] is True
    code, out, _ = run(capsys, "--database", loaded, "export", "--customer", "C-30055")
    contacts = json.loads(out)["customers"][0]["contacts"]
    assert [c["channel"] for c in contacts] == ["letter"]


def test_contact_past_a_restriction_needs_the_team_leaders_approval(loaded, capsys):
    """The agent asks, the team leader approves, and the approval (not a name the agent
    types) lets that one contact go ahead; it cannot be used twice."""
    contact = [
        "--database", loaded, "contact", "--customer", "C-30055", "--staff", "sclarke",
        "--channel", "phone", "--direction", "outbound", "--at", "2026-12-01T11:00:00+00:00",
    ]  # fmt: skip
    code, out, _ = run(capsys, *contact)
    assert code == 1 and json.loads(out)["recorded"] is False
    # An approval the agent makes up is no approval.
    code, out, err = run(capsys, *contact, "--approval", "0b3c2f6e-1f0d-4c55-9d7e-2c3a4b5d6e7f")
    assert code == 2 and out == "" and "--approval" in err and "no approval" in err
    code, out, _ = run(
        capsys, "--database", loaded, "request", "--customer", "C-30055", "--staff", "sclarke",
        "--channel", "phone", "--reason", "Safeguarding call",
    )  # fmt: skip
    request = json.loads(out)["request"]
    code, out, _ = run(
        capsys, "--database", loaded, "approve", "--request", request, "--by", "mhughes",
        "--reason", "Safeguarding call agreed",
    )  # fmt: skip
    approval = json.loads(out)["approval"]
    code, out, _ = run(capsys, *contact, "--approval", approval)
    recorded = json.loads(out)
    assert code == 0, out
    assert recorded["authorised_by"] == "mhughes"
    assert recorded["override_reason"] == "Safeguarding call agreed"
    code, _, err = run(capsys, *contact, "--approval", approval)
    assert code == 2 and "--approval" in err and "used" in err
    code, _, err = run(capsys, *contact, "--authorised-by", "mhughes")
    assert code == 2 and "--authorised-by" in err  # no longer a way to name a team leader


def test_contact_inbound_always_recorded(loaded, capsys):
    code, out, _ = run(
        capsys,
        "--database",
        loaded,
        "contact",
        "--customer",
        "C-30055",
        "--staff",
        "sclarke",
        "--channel",
        "phone",
        "--direction",
        "inbound",
    )
    assert code == 0
    assert json.loads(out)["direction"] == "inbound"


@pytest.mark.parametrize(
    ("kind", "received", "region", "due"),
    [
        ("email_ack", "2025-12-23T10:00:00+00:00", "ENG", "2025-12-29T17:00:00+00:00"),
        ("callback", "2026-11-28T12:00:00+00:00", "ENG", "2026-11-30T17:00:00+00:00"),
        ("callback", "2026-11-28T12:00:00+00:00", "SCT", "2026-12-01T17:00:00+00:00"),
        ("callback", "2026-07-10T12:00:00+01:00", "NIR", "2026-07-14T17:00:00+01:00"),
        ("email_reply", "2026-03-29T23:30:00+00:00", "WLS", "2026-04-15T17:00:00+01:00"),
    ],
)
def test_due(upgraded, capsys, kind, received, region, due):
    code, out, _ = run(
        capsys,
        "--database",
        upgraded,
        "due",
        "--kind",
        kind,
        "--received",
        received,
        "--region",
        region,
    )
    assert code == 0
    assert out.strip() == due


@pytest.mark.parametrize(
    ("argv", "names"),
    [
        (["check", "--customer", "C-1", "--staff", "x", "--channel", "fax"], "--channel"),
        (
            [
                "check",
                "--customer",
                "C-1",
                "--staff",
                "x",
                "--channel",
                "phone",
                "--at",
                "yesterday",
            ],
            "--at",
        ),
        (
            [
                "check",
                "--customer",
                "C-1",
                "--staff",
                "x",
                "--channel",
                "phone",
                "--at",
                "2026-12-01T10:00",
            ],
            "--at",
        ),
        (["due", "--kind", "letter_reply", "--received", "2026-12-01T10:00:00Z"], "--kind"),
        (
            ["due", "--kind", "callback", "--received", "2026-12-01T10:00:00Z", "--region", "XYZ"],
            "--region",
        ),
        (
            [
                "contact",
                "--customer",
                "C-1",
                "--staff",
                "x",
                "--channel",
                "phone",
                "--direction",
                "sideways",
            ],
            "--direction",
        ),
        (["check", "--customer", "C-1"], "--staff"),
        (["frobnicate"], "frobnicate"),
    ],
)
def test_bad_input_exits_two_with_one_line_naming_the_field(sqlite_url, capsys, argv, names):
    code, out, err = run(capsys, "--database", sqlite_url, *argv)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert names in err


def test_unknown_staff_is_bad_input(loaded, capsys):
    code, _, err = run(
        capsys,
        "--database",
        loaded,
        "check",
        "--customer",
        "C-20418",
        "--staff",
        "nobody",
        "--channel",
        "email",
    )
    assert code == 2 and "staff" in err


def test_unknown_customer_is_a_refusal_naming_the_code(loaded, capsys):
    code, out, _ = run(
        capsys,
        "--database",
        loaded,
        "check",
        "--customer",
        "C-99999",
        "--staff",
        "dowen",
        "--channel",
        "email",
    )
    assert code == 1
    decision = json.loads(out)
    assert decision["blocks"][0]["code"] == "UNKNOWN_CUSTOMER"
    assert decision["overridable_by"] is None


def test_broken_import_file_names_the_problem_and_writes_nothing(sqlite_url, tmp_path, capsys):
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "agent-desktop/1", "teams": [', encoding="utf-8")
    code, _, err = run(capsys, "--database", sqlite_url, "import", str(broken))
    assert code == 2 and "broken.json" in err and "line 1" in err
    code, _, err = run(capsys, "--database", sqlite_url, "import", str(tmp_path / "missing.json"))
    assert code == 2 and "no such file" in err
    doc = json.loads(EXAMPLE.read_text())
    doc["customers"][1]["restrictions"][0]["reason"] = ""
    invalid = tmp_path / "invalid.json"
    invalid.write_text(json.dumps(doc))
    code, _, err = run(capsys, "--database", sqlite_url, "import", str(invalid))
    assert code == 2
    assert "customers[1].restrictions[0].reason" in err
    assert len(err.strip().splitlines()) == 1
    code, out, _ = run(capsys, "--database", sqlite_url, "export")
    assert json.loads(out)["customers"] == []


def test_export_import_round_trip_through_the_command_line(loaded, tmp_path, capsys):
    code, first, _ = run(capsys, "--database", loaded, "export")
    assert code == 0
    path = tmp_path / "export.json"
    path.write_text(first)
    other = f"sqlite:///{tmp_path / 'other.sqlite3'}"
    assert run(capsys, "--database", other, "import", str(path))[0] == 0
    code, second, _ = run(capsys, "--database", other, "export")
    assert json.loads(second) == json.loads(first)


def test_unreachable_database_exits_three(capsys):
    code, _, err = run(
        capsys,
        "--database",
        "postgresql://postgres@127.0.0.1:1/nothing",
        "due",
        "--kind",
        "callback",
        "--received",
        "2026-12-01T10:00:00Z",
    )
    assert code == 3
    assert "cannot reach the database" in err and len(err.strip().splitlines()) == 1


def test_environment_variable_chooses_the_database(tmp_path, capsys, monkeypatch):
    url = f"sqlite:///{tmp_path / 'from-env.sqlite3'}"
    monkeypatch.setenv("AGENT_DESKTOP_DATABASE_URL", url)
    assert run(capsys, "db", "upgrade")[0] == 0
    assert (tmp_path / "from-env.sqlite3").exists()


def test_default_database_lives_in_the_data_folder(capsys):
    assert run(capsys, "db", "upgrade")[0] == 0
    assert (Path(os.environ["AGENT_DESKTOP_DATA_DIR"]) / "agent-desktop.sqlite3").exists()


def test_seed_adds_customers(sqlite_url, capsys):
    code, out, _ = run(capsys, "--database", sqlite_url, "seed", "--customers", "25")
    assert code == 0
    code, out, _ = run(capsys, "--database", sqlite_url, "export")
    assert len(json.loads(out)["customers"]) == 25


def test_installed_console_script_never_shows_a_traceback(tmp_path):
    env = {**os.environ, "AGENT_DESKTOP_DATA_DIR": str(tmp_path)}
    cases = [
        (["check", "--customer", "C-1", "--staff", "x", "--channel", "pigeon"], 2),
        (["--database", "postgresql://postgres@127.0.0.1:1/x", "export"], 3),
        (["--database", "not a url", "export"], 2),
        (["import", str(tmp_path / "nope.json")], 2),
    ]
    for argv, expected in cases:
        proc = subprocess.run(
            [sys.executable, "-m", "agent_desktop", *argv],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
        assert proc.returncode == expected, (argv, proc.stderr)
        assert "Traceback" not in proc.stderr
        assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr


def test_db_prune_changes_keeps_recent_changes_and_refuses_sqlite(capsys, pg_url, sqlite_url):
    import json as json_module

    assert run(capsys, "--database", pg_url, "import", str(EXAMPLE))[0] == 0
    code, out, _ = run(capsys, "--database", pg_url, "db", "prune-changes", "--keep-days", "30")
    assert code == 0 and json_module.loads(out)["deleted"] == 0  # everything is recent
    code, _, err = run(capsys, "--database", pg_url, "db", "prune-changes", "--keep-days", "0")
    assert code == 2 and "--keep-days" in err
    code, _, err = run(capsys, "--database", sqlite_url, "db", "prune-changes")
    assert code == 2 and "--database" in err


# --- a named database that is not there ------------------------------------------------------

SOMEONE = ("--customer", "C-20418", "--staff", "dowen", "--channel", "email")
NOT_MAKING = [
    ("check", *SOMEONE),
    ("contact", *SOMEONE, "--direction", "inbound"),
    ("due", "--kind", "callback", "--received", "2026-12-01T10:00:00Z"),
    ("export",),
    ("export", "--customer", "C-20418"),
]
MAKING = [
    ("db", "upgrade"),
    ("import", str(EXAMPLE)),
    ("seed", "--customers", "3"),
]

# Runs the command line as the console script does, then says which Qt modules it loaded: a
# command that refuses before Qt starts loads none, so it cannot have opened a window.
QT_LOADED = (
    "import sys\n"
    "from agent_desktop.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    "sys.exit(code)\n"
)


def assert_names_the_missing_file(code: int, out: str, err: str, missing: Path) -> None:
    assert code == 3, err
    assert out == ""
    assert len(err.strip().splitlines()) == 1, err
    assert "cannot reach the database" in err and str(missing) in err


@pytest.mark.parametrize("argv", NOT_MAKING, ids=lambda argv: " ".join(argv[:2]))
def test_a_named_sqlite_file_that_is_not_there_is_unreachable_and_nothing_is_made(
    tmp_path, capsys, argv
):
    missing = tmp_path / "no" / "such" / "folder" / "agent-desktop.sqlite3"
    code, out, err = run(capsys, "--database", f"sqlite:///{missing}", *argv)
    assert_names_the_missing_file(code, out, err, missing)
    assert list(tmp_path.iterdir()) == []  # neither the file nor any of its folders


def test_a_missing_file_named_by_the_environment_is_unreachable_too(tmp_path, capsys, monkeypatch):
    missing = tmp_path / "agent-desktop.sqlite3"
    monkeypatch.setenv("AGENT_DESKTOP_DATABASE_URL", f"sqlite:///{missing}")
    code, out, err = run(capsys, "check", *SOMEONE)
    assert_names_the_missing_file(code, out, err, missing)
    assert not missing.exists()


@pytest.mark.parametrize(
    "argv",
    [("db", "grant", "--user", "dowen"), ("db", "prune-changes")],
    ids=["grant", "prune-changes"],
)
def test_postgresql_only_commands_refuse_sqlite_before_looking_for_the_file(tmp_path, capsys, argv):
    """Making the file would not help, so the answer that does (use PostgreSQL) comes first."""
    missing = tmp_path / "no" / "agent-desktop.sqlite3"
    code, _, err = run(capsys, "--database", f"sqlite:///{missing}", *argv)
    assert code == 2 and "PostgreSQL" in err and len(err.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "argv",
    [
        (),
        ("--user", "dowen"),
        ("--self-test",),
        ("pop", "--number", "029 2034 5678"),
        ("pop", "--number", "029 2034 5678", "--user", "dowen"),
    ],
    ids=["window", "window --user", "window --self-test", "pop", "pop --user"],
)
def test_the_window_and_pop_refuse_a_missing_file_before_qt_starts(tmp_path, argv):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # A relative path, as typed at a prompt: the message names the file it resolved to.
    proc = subprocess.run(
        [sys.executable, "-c", QT_LOADED, "--database", "sqlite:///missing.sqlite3", *argv],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )
    assert_names_the_missing_file(
        proc.returncode, "", proc.stderr, tmp_path.resolve() / "missing.sqlite3"
    )
    assert proc.stdout.strip() == "[]", proc.stdout  # no Qt, so no window
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("argv", MAKING, ids=lambda argv: " ".join(argv[:2]))
def test_commands_that_make_databases_still_make_a_new_file_and_its_folder(tmp_path, capsys, argv):
    new = tmp_path / "new" / "folder" / "agent-desktop.sqlite3"
    code, _, err = run(capsys, "--database", f"sqlite:///{new}", *argv)
    assert code == 0, err
    assert new.is_file()
    code, _, err = run(capsys, "--database", f"sqlite:///{new}", "export")
    assert code == 0, err


@pytest.mark.parametrize("argv", NOT_MAKING, ids=lambda argv: " ".join(argv[:2]))
def test_the_embedded_default_is_still_made_on_first_use(capsys, argv):
    code, _, err = run(capsys, *argv)
    assert code != 3, err
    assert (Path(os.environ["AGENT_DESKTOP_DATA_DIR"]) / "agent-desktop.sqlite3").is_file()


@pytest.mark.parametrize(
    "url",
    ["sqlite://", "sqlite:///:memory:", "sqlite:///file:{folder}/agent-desktop.sqlite3?uri=true"],
)
def test_in_memory_databases_and_file_uris_are_left_to_sqlite(tmp_path, capsys, url):
    code, out, err = run(
        capsys,
        "--database",
        url.format(folder=tmp_path),
        "due",
        "--kind",
        "callback",
        "--received",
        "2026-11-28T12:00:00+00:00",
        "--region",
        "ENG",
    )
    assert code == 0, err
    assert out.strip() == "2026-11-30T17:00:00+00:00"


def test_demo_opens_the_embedded_database_whatever_else_is_named(tmp_path):
    missing = tmp_path / "elsewhere" / "agent-desktop.sqlite3"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "AGENT_DESKTOP_DATABASE_URL": f"sqlite:///{missing}",
    }
    proc = subprocess.run(
        [sys.executable, "-m", "agent_desktop", "--demo", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert (Path(os.environ["AGENT_DESKTOP_DATA_DIR"]) / "agent-desktop.sqlite3").is_file()
    assert not missing.parent.exists()
