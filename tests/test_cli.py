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
def loaded(db_url, capsys):
    code, out, err = run(capsys, "--database", db_url, "import", str(EXAMPLE))
    assert code == 0, err
    return db_url


def test_check_allowed_prints_decision_and_exits_zero(loaded, capsys):
    code, out, _ = run(capsys, "check", "--database", loaded, "--customer", "C-20418",
                       "--staff", "dowen", "--channel", "email", "--at", "2026-12-01T11:00:00+00:00")
    decision = json.loads(out)
    assert code == 0
    assert set(decision) >= {"allowed", "blocks", "warnings", "overridable_by",
                             "next_allowed_at", "allowed_channels"}
    assert decision["allowed"] is True
    assert "ACCESSIBILITY_NEEDS" in [w["code"] for w in decision["warnings"]]


def test_check_blocked_exits_one_with_reasons(loaded, capsys):
    code, out, _ = run(capsys, "--database", loaded, "check", "--customer", "C-30055",
                       "--staff", "sclarke", "--channel", "phone",
                       "--at", "2026-12-01T11:00:00+00:00")
    decision = json.loads(out)
    assert code == 1
    assert decision["allowed"] is False
    assert "RESTRICTED_CHANNEL" in [b["code"] for b in decision["blocks"]]
    assert decision["overridable_by"] == "team_leader"
    assert decision["next_allowed_at"] is None
    assert decision["allowed_channels"] == ["letter"]


def test_check_next_allowed_at_for_weekly_call_limit(loaded, capsys):
    code, out, _ = run(capsys, "--database", loaded, "check", "--customer", "C-17702",
                       "--staff", "sclarke", "--channel", "phone", "--purpose", "follow_up",
                       "--at", "2026-11-30T09:00:00+00:00")
    decision = json.loads(out)
    assert code == 1
    assert "CONTACT_LIMIT_REACHED" in [b["code"] for b in decision["blocks"]]
    assert decision["next_allowed_at"] is None  # phone is not among the agreed channels


def test_contact_outbound_records_and_refused_writes_nothing(loaded, capsys):
    base = ["--database", loaded, "contact", "--customer", "C-30055", "--staff", "sclarke",
            "--at", "2026-12-01T11:00:00+00:00", "--direction", "outbound"]
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


def test_contact_team_leader_authorisation(loaded, capsys):
    code, out, _ = run(capsys, "--database", loaded, "contact", "--customer", "C-30055",
                       "--staff", "sclarke", "--channel", "phone", "--direction", "outbound",
                       "--at", "2026-12-01T11:00:00+00:00", "--override-reason",
                       "Safeguarding call agreed", "--authorised-by", "mhughes")
    assert code == 0
    assert json.loads(out)["authorised_by"] == "mhughes"


def test_contact_inbound_always_recorded(loaded, capsys):
    code, out, _ = run(capsys, "--database", loaded, "contact", "--customer", "C-30055",
                       "--staff", "sclarke", "--channel", "phone", "--direction", "inbound")
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
def test_due(sqlite_url, capsys, kind, received, region, due):
    code, out, _ = run(capsys, "--database", sqlite_url, "due", "--kind", kind,
                       "--received", received, "--region", region)
    assert code == 0
    assert out.strip() == due


@pytest.mark.parametrize(
    ("argv", "names"),
    [
        (["check", "--customer", "C-1", "--staff", "x", "--channel", "fax"], "--channel"),
        (["check", "--customer", "C-1", "--staff", "x", "--channel", "phone", "--at", "yesterday"], "--at"),
        (["check", "--customer", "C-1", "--staff", "x", "--channel", "phone", "--at", "2026-12-01T10:00"], "--at"),
        (["due", "--kind", "letter_reply", "--received", "2026-12-01T10:00:00Z"], "--kind"),
        (["due", "--kind", "callback", "--received", "2026-12-01T10:00:00Z", "--region", "XYZ"], "--region"),
        (["contact", "--customer", "C-1", "--staff", "x", "--channel", "phone", "--direction", "sideways"], "--direction"),
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
    code, _, err = run(capsys, "--database", loaded, "check", "--customer", "C-20418",
                       "--staff", "nobody", "--channel", "email")
    assert code == 2 and "staff" in err


def test_unknown_customer_is_a_refusal_naming_the_code(loaded, capsys):
    code, out, _ = run(capsys, "--database", loaded, "check", "--customer", "C-99999",
                       "--staff", "dowen", "--channel", "email")
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
    code, _, err = run(capsys, "--database", "postgresql://postgres@127.0.0.1:1/nothing",
                       "due", "--kind", "callback", "--received", "2026-12-01T10:00:00Z")
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
        proc = subprocess.run([sys.executable, "-m", "agent_desktop", *argv],
                              capture_output=True, text=True, env=env, timeout=60)
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
