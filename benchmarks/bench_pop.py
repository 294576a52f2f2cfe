"""Screen pop latency at scale: a number sent by another process until the caller's card opens.

    python benchmarks/bench_pop.py [--customers 100000] [--samples 50] [--postgres [--synced]]

Seeds 100,000 customers into a temporary SQLite file (or, with --postgres, a PostgreSQL database
created and dropped here), then runs the real pop path in this process: a SingleInstance server,
real `Ops` worker threads, a FindPanel and a PopController. A sender subprocess calls
`SingleInstance.send_pop` once per number, each after the previous pop has finished, and reports
its own round trip. Times are taken with `time.monotonic()`, which on Linux is one clock for
every process, so the sender's start and this process's finish can be subtracted.

Rows:
- receive → card: SingleInstance received the message → `open_customer` called (one match);
- send → card: the sender started `send_pop` → `open_customer` called;
- receive → matches shown: a number several customers share → the find panel lists them;
- send_pop round trip (during pops, and alone): connect, write, acknowledgement read;
- cold `pop` process: a new Python process running `run_pop` until it exits, delivered.

`build_desk` builds the real MainWindow, so "→ card" means the customer card was shown.

With --synced the window runs as on a central server: through this desktop's replica (scoped
to the agent). The caller is found on the central database; a caller the replica does not hold
yet is copied into it first ("first time"), and the same numbers popped again read the replica
only ("held").
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import (  # noqa: E402
    QProcess,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication  # noqa: E402
from qt_support import wait_for  # noqa: E402
from sqlalchemy import func, select  # noqa: E402
from support import PG_SERVER, create_pg_database, drop_pg_database, fresh_statistics, percentile  # noqa: E402

from agent_desktop.services.database import Database, open_database  # noqa: E402
from agent_desktop.services.seed import seed  # noqa: E402
from agent_desktop.services.seed_data import drama_numbers  # noqa: E402
from agent_desktop.services.session import sign_in  # noqa: E402
from agent_desktop.store.schema import ContactPreferenceRow, CustomerPhone  # noqa: E402
from agent_desktop.ui.main_window import MainWindow  # noqa: E402
from agent_desktop.ui.screen_pop import PopController  # noqa: E402
from agent_desktop.ui.single_instance import SingleInstance, server_name  # noqa: E402

TIMEOUT_MS = 30_000

SENDER = r"""
import sys, time
from agent_desktop.ui.single_instance import SingleInstance, core_application
name = sys.argv[1]
with core_application():
    for line in sys.stdin:
        number = line.rstrip("\n")
        started = time.monotonic()
        ok = SingleInstance.send_pop(name, number, 10000)
        print(f"{int(ok)} {started:.9f} {(time.monotonic() - started) * 1000:.4f}", flush=True)
"""

COLD_POP = r"""
import sys
from agent_desktop.pop import run_pop
sys.exit(run_pop(sys.argv[1], database=None, user=None, start_gui=lambda argv: 9))
"""


@dataclass
class Series:
    name: str
    values: list[float] = field(default_factory=list)

    def row(self) -> str:
        if not self.values:
            return f"| {self.name} | 0 | - | - | - |"
        return (
            f"| {self.name} | {len(self.values)} | {percentile(self.values, 50):.2f} | "
            f"{percentile(self.values, 95):.2f} | {max(self.values):.2f} |"
        )


# --- the desk under test -------------------------------------------------------------------


def build_desk(db: Database, *, synced: bool = False):
    """The real main window, signed in as an agent: "→ card" means its card was shown."""
    user = sign_in(db, "sclarke")
    data = db
    if synced:
        from agent_desktop.app import open_synced

        data = open_synced(db, user)
        data.sync()
    window = MainWindow(data, user)
    window.show()
    return window, window.pop, SimpleNamespace(card_shown=window.sig_card_shown)


# --- driving -------------------------------------------------------------------------------


class Sender:
    """The subprocess that sends one pop per line written to it, like telephony would."""

    def __init__(self, name: str):
        self.lines: list[str] = []
        self.process = QProcess()
        self.process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        self.process.readyReadStandardOutput.connect(self._read)
        self.process.start(sys.executable, ["-c", SENDER, name])
        if not self.process.waitForStarted(TIMEOUT_MS):
            raise RuntimeError("the sender process did not start")
        self._partial = b""

    def _read(self) -> None:
        self._partial += bytes(self.process.readAllStandardOutput().data())
        *done, self._partial = self._partial.split(b"\n")
        self.lines.extend(line.decode() for line in done)

    def send(self, number: str) -> None:
        self.process.write(number.encode() + b"\n")

    def close(self) -> None:
        self.process.closeWriteChannel()
        self.process.waitForFinished(TIMEOUT_MS)


def measure_pops(
    numbers: list[str],
    instance: SingleInstance,
    sender: Sender,
    controller: PopController,
    desk: SimpleNamespace,
    *,
    expect_card: bool,
    note: str = "",
) -> list[Series]:
    label = ("card" if expect_card else "matches shown") + note
    receive, send = Series(f"receive → {label}"), Series(f"send → {label}")
    round_trip = Series(f"send_pop round trip, during pops ({label})")
    received: dict[str, float] = {}
    finished: dict[str, float] = {}
    current = [""]

    def on_received(number: str) -> None:
        received.setdefault(number, time.monotonic())

    def on_card(_ref: str) -> None:
        finished.setdefault(current[0], time.monotonic())

    def on_popped(number: str, _count: int) -> None:
        finished.setdefault(number, time.monotonic())

    # The clock starts before the controller hears of the pop, so its own work is counted.
    instance.sig_pop.connect(on_received)
    instance.sig_pop.connect(controller.pop)
    done_signal, on_done = (
        (desk.card_shown, on_card) if expect_card else (controller.sig_popped, on_popped)
    )
    done_signal.connect(on_done)
    try:
        for number in numbers:
            current[0] = number
            before = len(sender.lines)
            sender.send(number)
            wait_for(
                lambda n=number, b=before: n in finished and len(sender.lines) > b,
                done_signal,
                sender.process.readyReadStandardOutput,
            )
            ok, started, trip = sender.lines[before].split()
            if ok != "1":
                raise RuntimeError("send_pop was not acknowledged")
            receive.values.append((finished[number] - received[number]) * 1000)
            send.values.append((finished[number] - float(started)) * 1000)
            round_trip.values.append(float(trip))
    finally:
        instance.sig_pop.disconnect(on_received)
        instance.sig_pop.disconnect(controller.pop)
        done_signal.disconnect(on_done)
    return [receive, send, round_trip]


def measure_ipc_alone(name: str, samples: int) -> Series:
    """send_pop against a server that only acknowledges: the IPC cost by itself."""
    quiet = SingleInstance(name)
    if not quiet.listen():
        raise RuntimeError("could not listen for the IPC-only run")
    sender = Sender(name)
    series = Series("send_pop round trip, IPC alone")
    for i in range(samples):
        before = len(sender.lines)
        sender.send(f"0113 496 0{i % 1000:03d}")
        wait_for(lambda b=before: len(sender.lines) > b, sender.process.readyReadStandardOutput)
        series.values.append(float(sender.lines[before].split()[2]))
    sender.close()
    quiet.close()
    return series


def measure_cold_pop(samples: int) -> Series:
    """A new `pop` process each time, as a telephony hook would start one per call."""
    from agent_desktop.pop import pop_server_name

    running = SingleInstance(pop_server_name())
    if not running.listen():
        raise RuntimeError("another window already serves this data folder")
    series = Series("cold `pop` process, start → exit")
    for _ in range(samples):
        process = QProcess()
        started = time.monotonic()
        process.start(sys.executable, ["-c", COLD_POP, "029 2018 0123"])
        wait_for(lambda p=process: p.state() == QProcess.ProcessState.NotRunning, process.finished)
        if process.exitCode() != 0:
            raise RuntimeError("the cold pop process did not deliver")
        series.values.append((time.monotonic() - started) * 1000)
    running.close()
    return series


# --- data ------------------------------------------------------------------------------------


def numbers_by_sharing(db: Database, samples: int) -> tuple[list[str], list[str]]:
    """Written forms of numbers that one customer has, and that several share."""
    written = {e164: national for national, e164 in drama_numbers()}
    with db.unit() as uow:
        rows = uow.session.execute(
            select(
                CustomerPhone.e164, func.count(func.distinct(CustomerPhone.customer_id))
            ).group_by(CustomerPhone.e164)
        ).all()
        # A representative's number finds the customer they act for as well, so a number
        # one customer has is "single" only if no representative has it too.
        represented = set(
            uow.session.execute(
                select(ContactPreferenceRow.representative_phone).where(
                    ContactPreferenceRow.representative_phone.is_not(None)
                )
            ).scalars()
        )
    counts = dict(rows)
    single = sorted(e for e, n in counts.items() if n == 1 and e not in represented)
    shared = sorted(e for e, n in counts.items() if n > 1)
    pick = lambda found: [written.get(e, e) for e in found[:samples]]  # noqa: E731
    return pick(single), pick(shared)


def run(
    url: str, label: str, customers: int, samples: int, *, fresh_stats: bool, synced: bool = False
) -> list[Series]:
    db = open_database(url)
    started = time.perf_counter()
    seed(db, customers)
    if fresh_stats:
        fresh_statistics(db)
    print(
        f"{label}: seeded {customers:,} customers in {time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )
    single, shared = numbers_by_sharing(db, samples + 3)
    warm, single, shared = single[samples:], single[:samples], shared[:samples]
    if len(single) < samples:
        print(
            f"{label}: only {len(single)} numbers belong to exactly one customer", file=sys.stderr
        )
    window, controller, desk = build_desk(db, synced=synced)
    name = server_name(Path(tempfile.gettempdir()) / f"bench-{uuid.uuid4().hex}", "bench")
    instance = SingleInstance(name)
    if not instance.listen():
        raise RuntimeError("could not listen")
    sender = Sender(name)
    measure_pops(warm, instance, sender, controller, desk, expect_card=True)
    if synced:
        cards = [
            *measure_pops(
                single, instance, sender, controller, desk, expect_card=True, note=" (first time)"
            ),
            *measure_pops(
                single, instance, sender, controller, desk, expect_card=True, note=" (held)"
            ),
        ]
    else:
        cards = measure_pops(single, instance, sender, controller, desk, expect_card=True)
    matches = measure_pops(shared, instance, sender, controller, desk, expect_card=False)
    sender.close()
    instance.close()
    ipc = measure_ipc_alone(f"{name}-ipc", max(samples, 200))
    cold = measure_cold_pop(10)
    window.close()
    window.data.dispose()
    return [*cards, *matches, ipc, cold]


def _quiet_offscreen(_kind, _context, message: str) -> None:
    # The offscreen platform says it cannot raise windows, once per pop; anything else shows.
    if "This plugin does not support" not in message:
        print(message, file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--samples", type=int, default=50)
    parser.add_argument("--postgres", action="store_true", help="PostgreSQL instead of SQLite")
    parser.add_argument(
        "--synced",
        action="store_true",
        help="with --postgres: through the desktop's replica, as on a central server",
    )
    parser.add_argument(
        "--no-analyse",
        dest="analyse",
        action="store_false",
        help="measure straight after seeding, before the statistics are fresh",
    )
    args = parser.parse_args(argv)
    qInstallMessageHandler(_quiet_offscreen)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="ad-bench-pop-") as folder:
        # The cold-pop run finds its window through the data folder: keep it private.
        os.environ["AGENT_DESKTOP_DATA_DIR"] = folder
        if args.postgres:
            name = create_pg_database()
            try:
                series = run(
                    f"{PG_SERVER}/{name}",
                    "PostgreSQL",
                    args.customers,
                    args.samples,
                    fresh_stats=args.analyse,
                    synced=args.synced,
                )
            finally:
                drop_pg_database(name)
            label = "PostgreSQL through the replica" if args.synced else "PostgreSQL"
        else:
            url = f"sqlite:///{Path(folder) / 'bench.sqlite3'}"
            series = run(url, "SQLite", args.customers, args.samples, fresh_stats=args.analyse)
            label = "SQLite"
    stats = "fresh statistics" if args.analyse else "statistics not yet gathered"
    print(
        f"\nScreen pop, {label}, {args.customers:,} customers ({stats}), "
        f"{os.cpu_count()} cores, Python {sys.version.split()[0]} (ms)\n"
    )
    print("| measure | samples | p50 | p95 | max |")
    print("|---|---|---|---|---|")
    for s in series:
        print(s.row())
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
