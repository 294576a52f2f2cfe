"""Start-up time of the command line and the window, each in a fresh process, beside its floor.

    python benchmarks/bench_startup.py [--runs 15]

Every row runs a new Python process `--runs` times and reports the median and p90 wall time,
from just before the process is started until it has exited (or, for the window's rows, until
the event is reached, read from the process's own `time.monotonic()`, which on Linux is one
clock for every process). The floors:

- `python -c pass`: the interpreter alone;
- bare window: a QApplication and a shown QMainWindow, under QT_QPA_PLATFORM=offscreen.

The commands:

- `agent-desktop --help`;
- `agent-desktop check` on an existing, migrated SQLite file (seeded with 300 customers);
- `agent-desktop --demo --self-test` on the embedded demo database (made once, before timing):
  "window shown" is when `window.show()` has been called, "queue on screen" when the queue
  panel reports its first load (sig_queue_loaded), and "exit" when the self-test has opened a
  customer's card and the process has ended.

The data and configuration folders are temporary, so the figures do not depend on the
machine's own settings; compiled modules are kept, in a temporary folder, as an installed
desktop keeps them (PYTHONDONTWRITEBYTECODE would otherwise compile agent_desktop from
source in every process, about 40 ms). Print `uptime` beside the figures: the machine may be shared.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from support import percentile  # noqa: E402

CLI = [sys.executable, "-c", "import sys; from agent_desktop.cli import main; sys.exit(main())"]

BARE_WINDOW = """
import time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
app.processEvents()
print("T shown", time.monotonic(), flush=True)
"""

#: Runs the real command line, printing when the window is shown and the queue first loaded.
SELF_TEST = """
import sys, time
import agent_desktop.app as app

arm = app._arm_self_test

def timed(qapp, window, outcome):
    print("T shown", time.monotonic(), flush=True)
    loaded = []

    def queue_loaded(_count):
        if not loaded:
            loaded.append(1)
            print("T queue", time.monotonic(), flush=True)

    window.sig_queue_loaded.connect(queue_loaded)
    arm(qapp, window, outcome)

app._arm_self_test = timed
from agent_desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


def run(argv: list[str], env: dict) -> dict[str, float]:
    """Seconds from start to each `T name` line the process prints, and to its exit."""
    start = time.monotonic()
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120)
    end = time.monotonic()
    if done.returncode not in (0, 1):  # check exits 1 when the outreach is refused
        raise RuntimeError(f"{argv[-3:]} exited {done.returncode}: {done.stderr[-2000:]}")
    times = {"exit": end - start}
    for line in done.stdout.splitlines():
        if line.startswith("T "):
            _, name, at = line.split()
            times[name] = float(at) - start
    return times


def row(name: str, samples: list[float], floor: float | None) -> None:
    median, p90 = statistics.median(samples), percentile(samples, 90)
    ratio = f"{median / floor:6.1f}x" if floor else "       "
    print(f"{name:<44} {median * 1000:8.0f} {p90 * 1000:8.0f} {ratio}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    options = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="bench_startup_"))
    env = dict(os.environ)
    env.pop("AGENT_DESKTOP_DATABASE_URL", None)
    # As installed: compiled modules are kept (in a folder of this run's, not in the tree).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        PYTHONPYCACHEPREFIX=str(folder / "pycache"),
        QT_QPA_PLATFORM="offscreen",
        AGENT_DESKTOP_DATA_DIR=str(folder / "data"),
        AGENT_DESKTOP_CONFIG_DIR=str(folder / "config"),
    )
    try:
        database = folder / "check.sqlite3"
        url = f"sqlite:///{database}"
        subprocess.run(
            [*CLI, "seed", "--database", url, "--customers", "300"],
            env=env,
            check=True,
            capture_output=True,
        )
        # The demo database, made (migrated and seeded) once, so every timed run opens it.
        run([sys.executable, "-c", SELF_TEST, "--demo", "--self-test"], env)

        from sqlalchemy import create_engine, text

        engine = create_engine(url)
        with engine.connect() as conn:
            customer = conn.execute(text("SELECT ref FROM customers LIMIT 1")).scalar_one()
            staff = conn.execute(text("SELECT username FROM staff LIMIT 1")).scalar_one()
        engine.dispose()
        check = [
            *CLI,
            "check",
            "--database",
            url,
            "--customer",
            customer,
            "--staff",
            staff,
            "--channel",
            "email",
        ]
        cases = [
            ("python -c pass", [sys.executable, "-c", "pass"]),
            ("bare window (offscreen)", [sys.executable, "-c", BARE_WINDOW]),
            ("agent-desktop --help", [*CLI, "--help"]),
            ("agent-desktop check (SQLite file)", check),
            (
                "agent-desktop --demo --self-test",
                [sys.executable, "-c", SELF_TEST, "--demo", "--self-test"],
            ),
        ]
        results: dict[str, list[dict[str, float]]] = {name: [] for name, _ in cases}
        for _ in range(options.runs):  # interleaved, so a burst of load touches every row
            for name, argv in cases:
                results[name].append(run(argv, env))

        def samples(name: str, key: str = "exit") -> list[float]:
            return [r[key] for r in results[name]]

        python = statistics.median(samples("python -c pass"))
        bare = statistics.median(samples("bare window (offscreen)", "shown"))
        print(f"{options.runs} runs each; load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f}")
        print(f"{'':<44} {'p50 ms':>8} {'p90 ms':>8} {'/floor':>7}")
        row("python -c pass (floor)", samples("python -c pass"), None)
        row("bare window: shown (floor)", samples("bare window (offscreen)", "shown"), None)
        row("bare window: exit", samples("bare window (offscreen)"), None)
        row("agent-desktop --help", samples("agent-desktop --help"), python)
        row("agent-desktop check", samples("agent-desktop check (SQLite file)"), python)
        self_test = "agent-desktop --demo --self-test"
        row("--self-test: window shown", samples(self_test, "shown"), bare)
        row("--self-test: queue on screen", samples(self_test, "queue"), bare)
        row("--self-test: card shown, exit", samples(self_test), bare)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
