"""A shift: two desktops, one central server, a network that drops.

Two agents work through a seeded day while the server is stopped and started and their
connections are killed. At the end nothing is lost (every inbound contact and call-back each
desktop took is in the central database), nothing is doubled (each exactly once), and no
restriction is breached (C-17702, one call a week, got at most one outbound call).
"""

from __future__ import annotations

import random
import uuid
from datetime import timedelta

import psycopg

from agent_desktop.domain.values import Channel
from agent_desktop.services.outreach import ContactResult, InboundContact
from agent_desktop.sync.desktop import Queued
from agent_desktop.sync.notify import conninfo
from tests.desktops import TUESDAY, _count, _desktop, load_example
from tests.test_sync_desktop import _call

STEPS = 60
INBOUND_REFS = ("C-20418", "C-30055")


def _cut_every_connection(url: str) -> None:
    """What a dropped network does to every session the desktops hold."""
    with psycopg.connect(conninfo(url), autocommit=True) as admin:
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )


def test_a_shift_with_a_dropping_network_loses_nothing_doubles_nothing_breaches_nothing(
    cluster, tmp_path
):
    load_example(cluster.url)
    desktops = {
        "sclarke": _desktop(cluster.url, tmp_path, "sclarke"),
        "dowen": _desktop(cluster.url, tmp_path, "dowen"),
    }
    rng = random.Random(2026)
    inbound_ids: set[uuid.UUID] = set()
    callbacks: dict[str, int] = {}
    calls_recorded = 0
    server_up = True
    try:
        for step in range(STEPS):
            if step % 15 == 7:
                cluster.stop()
                server_up = False
            elif step % 15 == 12 and not server_up:
                cluster.start()
                server_up = True
            elif step % 10 == 3 and server_up:
                _cut_every_connection(cluster.url)

            who = rng.choice(sorted(desktops))
            desktop = desktops[who]
            at = TUESDAY + timedelta(minutes=step)
            action = rng.choice(("inbound", "inbound", "callback", "call", "sync"))
            if action == "inbound":
                contact_id = uuid.uuid4()
                result = desktop.log_inbound(
                    InboundContact(
                        rng.choice(INBOUND_REFS),
                        Channel.EMAIL,
                        who,
                        at,
                        f"step {step}",
                        contact_id=contact_id,
                    )
                )
                assert isinstance(result, ContactResult | Queued)
                inbound_ids.add(contact_id)
            elif action == "callback":
                note = f"call-back {step}"
                desktop.request_callback(rng.choice(INBOUND_REFS), who, at, note)
                callbacks[note] = 1
            elif action == "call":
                result = desktop.record_outreach(_call(who))
                calls_recorded += result.recorded
                if not server_up:
                    assert result.decision.block_codes == ["CENTRAL_UNREACHABLE"]
            else:
                desktop.sync()

        if not server_up:
            cluster.start()
        for desktop in desktops.values():
            desktop.sync()
            status = desktop.status()
            assert status.online and status.waiting == 0 and status.refused == 0

        central = desktops["sclarke"].central.engine
        # Nothing lost, nothing doubled.
        found = _count(
            central,
            "SELECT count(*) FROM contact_events WHERE id = ANY(:ids)",
            ids=list(inbound_ids),
        )
        assert found == len(inbound_ids) > 0
        assert _count(
            central,
            "SELECT count(*) FROM contact_events WHERE direction = 'inbound' "
            "AND summary LIKE 'step %'",
        ) == len(inbound_ids)
        for note in callbacks:
            assert _count(central, "SELECT count(*) FROM work_items WHERE note = :n", n=note) == 1
        # No restriction breached: one call a week to C-17702, however many tries.
        outbound = _count(
            central,
            "SELECT count(*) FROM contact_events e JOIN customers c ON "
            "c.id = e.customer_id WHERE c.ref = 'C-17702' AND "
            "e.direction = 'outbound'",
        )
        assert outbound == calls_recorded <= 1
        # Both replicas agree with the central database about the customers they hold.
        for desktop in desktops.values():
            desktop.sync()
            local = desktop.replica_db.engine
            assert _count(local, "SELECT count(*) FROM contact_events") == _count(
                central, "SELECT count(*) FROM contact_events"
            )
    finally:
        for desktop in desktops.values():
            desktop.dispose()
