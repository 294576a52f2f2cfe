"""The restriction notice letter: a real PDF read back with poppler's pdftotext, in English
and Welsh, at 16 points for large print, with the challenge deadline on the office calendar;
and sending it closes the notice work item and records the date, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import uuid
from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from agent_desktop.cli import main
from agent_desktop.domain.calendar import OfficeCalendar
from agent_desktop.domain.kinds import RestrictionKind
from agent_desktop.domain.model import Restriction, RestrictionTerms
from agent_desktop.domain.values import Category, Channel, DailyWindow, Language
from agent_desktop.notice_letter import SENTENCES, letter_paragraphs, what_is_restricted
from agent_desktop.services.restrictions import NoticeContact, RestrictionNotice

EXAMPLE = Path(__file__).parent / "data" / "example-import.json"
AT = "2026-12-01T11:00:00+00:00"  # a Tuesday; Christmas and Boxing Day fall in the next 20 days

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


@pytest.fixture(autouse=True)
def _application(qapp):
    """The test run's one QApplication, made before a letter would make its own."""
    return qapp


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def pdf_text(path: Path) -> str:
    """The letter's words, one space between each, as a reader or screen reader gets them."""
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, text=True)
    return " ".join(out.stdout.split())


def word_heights(path: Path) -> list[float]:
    """The height of every word's box in points (about 1.16 times the font's size)."""
    out = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    boxes = re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">', out)
    assert boxes, "no words in the PDF"
    return [float(y_max) - float(y_min) for y_min, y_max in boxes]


@pytest.fixture
def loaded_sqlite(sqlite_url, capsys):
    code, _, err = run(capsys, "--database", sqlite_url, "import", str(EXAMPLE))
    assert code == 0, err
    return sqlite_url


@pytest.fixture
def loaded(db_url, capsys):
    code, _, err = run(capsys, "--database", db_url, "import", str(EXAMPLE))
    assert code == 0, err
    return db_url


def decided(capsys, url: str, tmp_path: Path, customer: str = "C-20418", **extra) -> str:
    doc = {
        "kind": "channel_only",
        "channels": ["letter", "email"],
        "category": "threatening",
        "reason": "Threatened a member of staff on the phone on 20 November",
        "starts_on": "2026-12-01",
        **extra,
    }
    path = tmp_path / "restriction.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    code, out, err = run(
        capsys,
        *("--database", url, "restriction", "decide", "--customer", customer),
        *("--by", "mhughes", "--at", AT, str(path)),
    )
    assert code == 0, err
    return json.loads(out)["restriction_id"]


def letter(capsys, url: str, rid: str, out: Path, *extra: str) -> tuple[int, dict | str, str]:
    code, stdout, err = run(
        capsys,
        *("--database", url, "letter", "--restriction", rid, "--out", str(out), "--at", AT),
        *extra,
    )
    return code, (json.loads(stdout) if code == 0 else stdout), err


# --- language and large print --------------------------------------------------------------


def test_a_welsh_speaker_who_needs_large_print_gets_a_welsh_letter_at_16_points(
    loaded_sqlite, tmp_path, capsys
):
    rid = decided(capsys, loaded_sqlite, tmp_path)  # C-20418: Welsh, large print
    code, result, err = letter(capsys, loaded_sqlite, rid, tmp_path / "llythyr.pdf")
    assert code == 0, err
    assert result["language"] == "cy" and result["large_print"] is True
    words = pdf_text(tmp_path / "llythyr.pdf")
    for expected in [
        "Annwyl Eleri Prys,",
        # what is restricted, and why
        "gofynnwn i chi gysylltu â ni yn y ffyrdd hyn yn unig: llythyr ac e-bost.",
        "oherwydd ymddygiad bygythiol tuag at ein staff.",
        "Ein rhesymau: Threatened a member of staff on the phone on 20 November",
        # from when, and the review
        "Mae hyn yn berthnasol o 1 Rhagfyr 2026 ymlaen.",
        "Byddwn yn adolygu'r penderfyniad hwn erbyn 1 Mehefin 2027.",
        # how and by when to challenge, and whom to contact
        "Sut i herio'r penderfyniad hwn",
        "erbyn 31 Rhagfyr 2026. Mae hynny 20 diwrnod gwaith o ddyddiad y llythyr hwn.",
        "cysylltwch â Megan Hughes.",
        "Ffôn: 029 2046 0101",
        "E-bost: megan.hughes@example.org",
    ]:
        assert expected in words, expected
    assert "Dear" not in words and "challenge" not in words
    assert min(word_heights(tmp_path / "llythyr.pdf")) >= 16 * 1.1


def test_an_english_customer_gets_an_english_letter_in_12_point_text(
    loaded_sqlite, tmp_path, capsys
):
    # C-17702 writes in English and has no large print need; their single point of contact,
    # imported from the example, names Sarah Clarke with Megan Hughes as deputy.
    engine = create_engine(loaded_sqlite)
    with engine.connect() as conn:
        rid = conn.execute(
            text(
                "SELECT r.id FROM restrictions r JOIN customers c ON c.id = r.customer_id "
                "WHERE c.ref = 'C-17702' AND r.kind = 'single_point_of_contact'"
            )
        ).scalar_one()
    engine.dispose()
    rid = str(uuid.UUID(str(rid)))
    code, result, err = letter(capsys, loaded_sqlite, rid, tmp_path / "letter.pdf")
    assert code == 0, err
    assert result["language"] == "en" and result["large_print"] is False
    words = pdf_text(tmp_path / "letter.pdf")
    for expected in [
        "Only Sarah Clarke will deal with your contact with us, and you should contact Sarah "
        "Clarke directly. When Sarah Clarke is away, Megan Hughes will do so instead.",
        "We have made this decision because of unreasonably persistent contact.",
        "Our reasons: Over 40 calls in three weeks to eleven staff about the same decision",
        "This applies from 1 June 2026.",
        "We will review this decision by 1 December 2026.",
        "Please tell Sarah Clarke why you disagree, in writing or by telephone, by 31 December "
        "2026. That is 20 working days from the date of this letter.",
        "please contact Sarah Clarke.",
        "Telephone: 029 2046 0103",
    ]:
        assert expected in words, expected
    heights = word_heights(tmp_path / "letter.pdf")
    assert min(heights) < 16  # body text at 12 points: large print would fail this
    assert min(heights) >= 12


def test_language_and_large_print_can_be_chosen(loaded_sqlite, tmp_path, capsys):
    rid = decided(capsys, loaded_sqlite, tmp_path)
    out = tmp_path / "english.pdf"
    code, result, err = letter(
        capsys, loaded_sqlite, rid, out, "--language", "en", "--no-large-print"
    )
    assert code == 0, err
    assert (result["language"], result["large_print"]) == ("en", False)
    assert "Dear Eleri Prys," in pdf_text(out)
    assert "by 31 December 2026" in pdf_text(out)
    assert min(word_heights(out)) < 16
    code, result, err = letter(capsys, loaded_sqlite, rid, out, "--language", "en", "--large-print")
    assert code == 0 and result["large_print"] is True
    assert min(word_heights(out)) >= 16 * 1.1


@pytest.mark.parametrize(
    "extra, field",
    [
        (["--language", "fr"], "--language"),
        (["--by", "mhughes"], "--by"),
        (["--sent"], "--by"),
    ],
)
def test_bad_letter_options_exit_two(loaded_sqlite, tmp_path, capsys, extra, field):
    rid = decided(capsys, loaded_sqlite, tmp_path)
    code, out, err = letter(capsys, loaded_sqlite, rid, tmp_path / "x.pdf", *extra)
    assert code == 2 and field in err and out == ""
    assert not (tmp_path / "x.pdf").exists()


def test_the_out_file_must_be_a_pdf_in_a_folder_that_exists(loaded_sqlite, tmp_path, capsys):
    rid = decided(capsys, loaded_sqlite, tmp_path)
    for out in (tmp_path / "letter.txt", tmp_path / "missing" / "letter.pdf"):
        code, _, err = letter(capsys, loaded_sqlite, rid, out)
        assert code == 2 and "--out" in err
        assert not out.exists()


# --- the challenge deadline ---------------------------------------------------------------------


def test_the_challenge_deadline_skips_the_christmas_bank_holidays(loaded_sqlite, tmp_path, capsys):
    """20 working days from Tuesday 1 December 2026 pass Christmas Day (Friday) and Boxing Day's
    substitute (Monday 28th): 31 December, where counting weekdays alone gives 29 December."""
    rid = decided(capsys, loaded_sqlite, tmp_path)
    code, result, err = letter(capsys, loaded_sqlite, rid, tmp_path / "l.pdf", "--language", "en")
    assert code == 0, err
    assert result["letter_date"] == "2026-12-01"
    assert result["challenge_by"] == "2026-12-31"
    assert "by 31 December 2026" in pdf_text(tmp_path / "l.pdf")
    calendar = OfficeCalendar(region="WLS")
    assert calendar.nth_working_day_after(date(2026, 12, 1), 20) == date(2026, 12, 31)
    weekdays, day = 0, date(2026, 12, 1)
    while weekdays < 20:
        day = date.fromordinal(day.toordinal() + 1)
        weekdays += day.weekday() < 5
    assert day == date(2026, 12, 29)  # what a deadline ignoring the holidays would say


# --- sending ----------------------------------------------------------------------------------


def notice_state(url: str, rid: str):
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.connect() as conn:
            rows = {
                str(r[0]).replace("-", ""): r[1:]
                for r in conn.execute(text("SELECT id, customer_notified_on FROM restrictions"))
            }
            notified = rows[rid.replace("-", "")][0]
            items = conn.execute(
                text(
                    "SELECT restriction_id, status FROM work_items "
                    "WHERE kind = 'restriction_notice'"
                )
            ).all()
            statuses = [s for r, s in items if str(r).replace("-", "") == rid.replace("-", "")]
            events = conn.execute(text("SELECT event FROM restriction_history")).scalars().all()
            audits = conn.execute(text("SELECT action FROM audit_log")).scalars().all()
    finally:
        engine.dispose()
    notified = date.fromisoformat(notified) if isinstance(notified, str) else notified
    return notified, statuses, events.count("notified"), audits.count("restriction_notice_sent")


def test_sending_the_letter_closes_the_notice_item_and_records_the_date(loaded, tmp_path, capsys):
    rid = decided(capsys, loaded, tmp_path)
    assert notice_state(loaded, rid) == (None, ["open"], 0, 0)

    # Only a team leader or manager sends it: refused, and no letter left behind.
    out = tmp_path / "sent.pdf"
    code, _, err = letter(capsys, loaded, rid, out, "--sent", "--by", "dowen")
    assert code == 2 and "--by" in err
    assert not out.exists() and list(tmp_path.glob("*.part")) == []
    assert notice_state(loaded, rid) == (None, ["open"], 0, 0)

    # A copy without --sent changes nothing.
    code, result, err = letter(capsys, loaded, rid, tmp_path / "copy.pdf")
    assert code == 0 and result["sent"] is False
    assert notice_state(loaded, rid) == (None, ["open"], 0, 0)

    code, result, err = letter(capsys, loaded, rid, out, "--sent", "--by", "mhughes")
    assert code == 0, err
    assert result["sent"] is True and len(result["closed_work_items"]) == 1
    assert out.stat().st_size > 0
    assert notice_state(loaded, rid) == (date(2026, 12, 1), ["done"], 1, 1)

    again = tmp_path / "again.pdf"
    code, _, err = letter(capsys, loaded, rid, again, "--sent", "--by", "mhughes")
    assert code == 2 and "--sent" in err and "already notified" in err
    assert not again.exists()
    assert notice_state(loaded, rid) == (date(2026, 12, 1), ["done"], 1, 1)


def test_a_lifted_restriction_has_no_letter(loaded_sqlite, tmp_path, capsys):
    rid = decided(capsys, loaded_sqlite, tmp_path)
    code, _, err = run(
        capsys,
        *("--database", loaded_sqlite, "restriction", "lift", "--id", rid),
        *("--by", "mhughes", "--reason", "Behaviour improved", "--at", AT),
    )
    assert code == 0, err
    code, _, err = letter(capsys, loaded_sqlite, rid, tmp_path / "l.pdf")
    assert code == 2 and "--restriction" in err and "lifted" in err
    assert not (tmp_path / "l.pdf").exists()


# --- the words of every kind ----------------------------------------------------------------------

TERMS = {
    RestrictionKind.CHANNEL_ONLY: RestrictionTerms(channels=(Channel.LETTER,)),
    RestrictionKind.MAX_CONTACTS: RestrictionTerms(
        limit=1, per_days=7, channels=(Channel.PHONE,), direction="both"
    ),
    RestrictionKind.SINGLE_POINT_OF_CONTACT: RestrictionTerms(staff="sclarke"),
    RestrictionKind.SET_TIMES: RestrictionTerms(
        window=DailyWindow(frozenset({1}), time(10), time(12))
    ),
    RestrictionKind.CALL_DURATION: RestrictionTerms(minutes=15),
    RestrictionKind.REPRESENTATIVE_ONLY: RestrictionTerms(representative="Huw Prys"),
}


def notice(kind: RestrictionKind, language: Language) -> RestrictionNotice:
    megan = NoticeContact("Megan Hughes", "029 2046 0101", "megan.hughes@example.org")
    return RestrictionNotice(
        restriction_id=uuid.uuid4(),
        customer_ref="C-1",
        customer_name="Eleri Prys",
        address=None,
        language=language,
        large_print=False,
        letter_date=date(2026, 12, 1),
        challenge_by=date(2026, 12, 31),
        restriction=Restriction(
            kind=kind,
            category=Category.ABUSIVE,
            reason="Abuse",
            decided_by="mhughes",
            starts_on=date(2026, 12, 1),
            review_by=date(2027, 6, 1),
            terms=TERMS.get(kind, RestrictionTerms()),
        ),
        signed_by=megan,
        contact=megan,
        named_staff=NoticeContact("Sarah Clarke")
        if kind is RestrictionKind.SINGLE_POINT_OF_CONTACT
        else None,
    )


@pytest.mark.parametrize("kind", list(RestrictionKind))
def test_every_kind_is_told_to_the_customer_in_english_and_welsh(kind):
    assert kind in SENTENCES
    english = what_is_restricted(notice(kind, Language.ENGLISH))
    welsh = what_is_restricted(notice(kind, Language.WELSH))
    assert english and welsh and english != welsh
    assert "None" not in english + welsh
    welsh_letter = " ".join(t for _, t in letter_paragraphs(notice(kind, Language.WELSH)))
    for english_only in ("Dear", "We will", "challenge", "December"):
        assert english_only not in welsh_letter


def test_welsh_words_mutate_as_welsh_does():
    both = notice(RestrictionKind.MAX_CONTACTS, Language.WELSH)
    assert what_is_restricted(both).startswith(
        "Ni fydd mwy nag un cysylltiad rhyngom mewn unrhyw gyfnod o 7 diwrnod,"
    )
    terms = RestrictionTerms(limit=1, per_days=7, channels=(Channel.SMS, Channel.SOCIAL))
    outbound = replace(both, restriction=replace(both.restriction, terms=terms))
    assert what_is_restricted(outbound) == (
        "Ni fyddwn yn cysylltu â chi fwy nag unwaith mewn unrhyw gyfnod o 7 diwrnod. Mae hyn "
        "yn berthnasol i: neges destun a chyfryngau cymdeithasol."
    )
    assert "rhyngom yn digwydd: dydd Mawrth." in what_is_restricted(
        notice(RestrictionKind.SET_TIMES, Language.WELSH)
    )
