"""Many command-line processes at once: one migration, and a contact limit that holds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

EXAMPLE = Path(__file__).parent / "data" / "example-import.json"
PROCESSES = 8


def cli(url: str, *argv: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "AGENT_DESKTOP_DATABASE_URL": url}
    return subprocess.run(
        [sys.executable, "-m", "agent_desktop", *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def test_processes_opening_a_new_database_together_migrate_it_once(tmp_path):
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    with ThreadPoolExecutor(PROCESSES) as pool:
        results = list(pool.map(lambda _: cli(url, "db", "upgrade"), range(PROCESSES)))
    assert [r.returncode for r in results] == [0] * PROCESSES, [r.stderr for r in results]


def test_racing_processes_respect_a_weekly_call_limit(db_url):
    """C-17702 may be called once a week; eight desktops try at the same moment."""
    assert cli(db_url, "import", str(EXAMPLE)).returncode == 0
    argv = (
        "contact",
        "--customer",
        "C-17702",
        "--staff",
        "sclarke",
        "--channel",
        "phone",
        "--direction",
        "outbound",
        "--at",
        "2026-12-08T10:30:00+00:00",
        "--override-reason",
        "Customer asked for a call",
        "--purpose",
        "follow_up",
    )
    with ThreadPoolExecutor(PROCESSES) as pool:
        results = list(pool.map(lambda _: cli(db_url, *argv), range(PROCESSES)))
    codes = sorted(r.returncode for r in results)
    assert codes == [0] + [1] * (PROCESSES - 1), [r.stderr for r in results]
    contacts = json.loads(cli(db_url, "export", "--customer", "C-17702").stdout)["customers"][0][
        "contacts"
    ]
    assert len([c for c in contacts if c["direction"] == "outbound"]) == 1
