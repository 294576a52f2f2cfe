"""Every registered restriction kind is walked through everything that must know it.

`domain/kinds.py` registers the kinds; this test takes each entry in turn through the rules
(it blocks or warns somewhere, as it says it does), the banner in English and in Welsh, the
exchange format (an import and export round trip on both databases) and `reachable_channels`
(a channel the kind always closes is never counted as a way to reach us). A new kind without
its words, its check or its open channels fails here instead of disappearing from the banner
or letting a decision leave a customer no way to reach the organisation.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from agent_desktop.domain.calendar import OfficeCalendar
from agent_desktop.domain.documents import parse_restriction
from agent_desktop.domain.kinds import KINDS, Attempt, Effect, RestrictionKind, banner_order
from agent_desktop.domain.model import (
    ContactPreference,
    CustomerFacts,
    PastContact,
    Restriction,
    StaffMember,
)
from agent_desktop.domain.rules import evaluate
from agent_desktop.domain.values import Channel, Direction, Purpose, Recipient, Role
from agent_desktop.services.card import RestrictionView, StaffContact
from agent_desktop.services.exchange import export_document, import_document
from agent_desktop.services.restrictions import reachable_channels
from tests.test_database_roles import EXAMPLE

CALENDAR = OfficeCalendar()
MONDAY = datetime(2026, 11, 16, 0, 30, tzinfo=UTC)
#: Every hour of one week, on the half hour, so each daily window is entered and left.
WEEK = [MONDAY + timedelta(hours=h) for h in range(7 * 24)]
STARTS = date(2026, 11, 1)

ALL_KINDS = sorted(KINDS)


def restriction(kind: RestrictionKind) -> Restriction:
    """An active restriction of `kind` with its entry's example terms, as an import reads it."""
    return parse_restriction(restriction_json(kind), "restriction")


def restriction_json(kind: RestrictionKind) -> dict:
    return {
        "kind": kind.value,
        **KINDS[kind].example,
        "category": "abusive",
        "reason": "Shouted at reception",
        "decided_by": "mhughes",
        "starts_on": STARTS.isoformat(),
    }


def customer(r: Restriction, *, history: bool) -> CustomerFacts:
    """A customer who agreed to every channel, so only the restriction can block."""
    contacts = ()
    if history:
        # One contact each way on every channel an hour before each instant of the week:
        # enough to reach any rolling limit the example terms set.
        contacts = tuple(
            PastContact(at - timedelta(hours=1), channel, direction)
            for at in WEEK
            for channel in Channel
            for direction in Direction
        )
    return CustomerFacts(
        ref="C-1",
        preferences=ContactPreference(channels=tuple(Channel)),
        restrictions=(r,),
        contacts=contacts,
    )


AGENT = StaffMember("nobody", "No One", frozenset({Role.AGENT}))


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_each_kind_says_what_it_does_and_the_rules_do_it(kind):
    entry = KINDS[kind]
    assert (entry.check is not None) == (entry.effect is Effect.BLOCKS), kind
    assert (entry.warn is not None) == (entry.effect is Effect.WARNS), kind
    r = restriction(kind)
    facts = customer(r, history=True)
    blocked, warned = set(), set()
    for at in WEEK:
        for channel in Channel:
            decision = evaluate(facts, AGENT, channel, at, calendar=CALENDAR)
            blocked |= {b.code for b in decision.blocks if b.source.get("kind") == kind}
            warned |= {w.code for w in decision.warnings if w.source.get("kind") == kind}
    if entry.effect is Effect.BLOCKS:
        assert blocked, f"{kind} blocks nothing the rules can see"
    else:
        assert not blocked, f"{kind} says it never blocks outreach"
    review = {"RESTRICTION_REVIEW_OVERDUE"}
    if entry.effect is Effect.WARNS:
        assert warned - review, f"{kind} warns of nothing"
    else:
        assert not warned - review, kind
    if entry.effect is Effect.ROUTES:
        assert entry.files_correspondence, kind


def test_every_kind_has_its_place_on_the_banner_or_among_the_warnings():
    ranks = [KINDS[k].banner_rank for k in banner_order()]
    assert len(ranks) == len(set(ranks))
    on_banner = set(banner_order())
    warnings = {k for k, e in KINDS.items() if e.banner_rank is None}
    assert on_banner | warnings == set(KINDS)
    assert all(KINDS[k].effect is Effect.WARNS for k in warnings)


def view(kind: RestrictionKind) -> RestrictionView:
    r = restriction(kind)
    staff = StaffContact("sclarke", "Siân Clarke", "029 2046 0101")
    return RestrictionView(r, "Megan Hughes", used=0, staff=staff)


@pytest.fixture
def languages(qapp):
    """Sentences in English and in Welsh; the test ends in English whatever happens."""
    from PySide6.QtCore import QLocale

    from agent_desktop.ui.i18n import install_language

    locale = QLocale()

    def sentences(make) -> dict[str, str]:
        found = {}
        for language in ("en", "cy"):
            install_language(qapp, language)
            found[language] = make()
        return found

    yield sentences
    install_language(qapp, "en")
    QLocale.setDefault(locale)


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_each_kind_is_on_the_banner_in_english_and_in_welsh(languages, kind):
    from agent_desktop.ui.restriction_words import (
        SENTENCES,
        banner_text,
        restriction_sentence,
        warning_text,
    )

    assert kind in SENTENCES, f"{kind} has no words in ui/restriction_words.py"
    v = view(kind)
    text = banner_text if KINDS[kind].banner_rank is not None else warning_text
    shown = languages(lambda: text([v], UTC))
    said = languages(lambda: restriction_sentence(v, UTC))
    for language in ("en", "cy"):
        assert said[language].strip(), (kind, language)
        assert said[language] in shown[language], (kind, language)
        assert kind.value not in said[language], (kind, language)
    assert said["cy"] != said["en"], f"{kind}'s words are not translated into Welsh"


def test_the_banner_states_every_kind_in_rank_order(qapp):
    from agent_desktop.ui.restriction_words import banner_views

    views = [view(k) for k in reversed(ALL_KINDS)]
    assert [v.kind for v in banner_views(views)] == list(banner_order())


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_each_kind_leaves_open_exactly_the_channels_it_never_always_blocks(kind):
    """reachable_channels counts a channel only if the kind lets the customer use it at all."""
    entry = KINDS[kind]
    r = restriction(kind)
    facts = customer(r, history=False)
    named = entry.example.get("staff", "mhughes")
    # The most favoured attempt: a team leader who is the named contact, writing to the
    # representative, with no contact history; what this one may never do is closed.
    leader = StaffMember(named, "Named", frozenset({Role.TEAM_LEADER}))
    closed = set()
    for channel in Channel:
        a = Attempt(facts, leader, channel, Purpose.FOLLOW_UP, Recipient.REPRESENTATIVE, CALENDAR)
        if entry.check is not None and all(entry.check(a, r, at) is not None for at in WEEK):
            closed.add(channel)
    reachable = reachable_channels([r], STARTS)
    assert reachable == set(entry.open_channels(r.terms))
    assert reachable == set(Channel) - closed, (
        f"{kind}: open_channels must leave out exactly the channels it always blocks"
    )


def test_a_set_of_restrictions_leaving_no_channel_is_seen(qapp):
    visits = parse_restriction(
        {**restriction_json(RestrictionKind.CHANNEL_ONLY), "channels": ["visit"]}, "r"
    )
    assert reachable_channels([visits, restriction(RestrictionKind.NO_VISITS)], STARTS) == set()


def test_every_kind_survives_import_and_export(db):
    document = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    for i, kind in enumerate(ALL_KINDS):
        document["customers"].append(
            {"ref": f"C-9{i:04d}", "name": f"Kind {kind}", "restrictions": [restriction_json(kind)]}
        )
    import_document(db, document)
    exported = {c["ref"]: c for c in export_document(db)["customers"]}
    for i, kind in enumerate(ALL_KINDS):
        (out,) = exported[f"C-9{i:04d}"]["restrictions"]
        entry = KINDS[kind]
        terms = {k: v for k, v in out.items() if k in entry.fields}
        assert out["kind"] == kind.value
        assert terms == entry.terms_json(entry.parse_terms(dict(entry.example), "terms")), kind
        assert {k: v for k, v in terms.items() if k in entry.example} == dict(entry.example)
        assert parse_restriction(out, "again").terms == restriction(kind).terms
