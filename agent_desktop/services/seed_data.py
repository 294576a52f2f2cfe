"""Fictional people, places and phrases for the seed data; phones only from Ofcom drama ranges."""

from __future__ import annotations

import re

# Ofcom's numbers reserved for drama, in national written form without the last three digits.
DRAMA_STEMS = (
    "07700 900",
    "01632 960",
    "020 7946 0",
    "029 2018 0",
    "0113 496 0",
    "0114 496 0",
    "0115 496 0",
    "0116 496 0",
    "0117 496 0",
    "0118 496 0",
    "0121 496 0",
    "0131 496 0",
    "0141 496 0",
    "0151 496 0",
    "0161 496 0",
    "028 9649 6",
    "0191 498 0",
)


def drama_numbers() -> list[tuple[str, str]]:
    """Every drama number as (national written form, E.164), built from the digits alone."""
    out = []
    for stem in DRAMA_STEMS:
        e164_stem = "+44" + stem.replace(" ", "")[1:]
        out.extend((f"{stem}{k:03d}", f"{e164_stem}{k:03d}") for k in range(1000))
    return out


# --- names and places --------------------------------------------------------------------------


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


WELSH_FIRST = _words(
    "Siân Gwenllïan Llŷr Siôn Dafydd Rhodri Ffion Elin Ioan Gruffudd Aled Carys Angharad Bethan "
    "Catrin Cerys Dyfan Efa Gethin Heledd Iwan Lowri Mared Nia Osian Rhiannon Seren Tomos Llinos "
    "Glesni Alaw Bryn Eurig Hywel Mabli Nerys Owain Gwion Eleri Meinir Rhys Delyth Huw Tegid"
)
ENGLISH_FIRST = _words(
    "Oliver Amelia Jack Olivia Harry Emily George Isla Charlie Ava Thomas Jessica James Lily "
    "William Sophie Daniel Grace Joshua Chloe Samuel Ruby Joseph Ella Mark Sarah Paul Helen David "
    "Karen Michael Susan Peter Claire Andrew Rachel Zoë Mohammed Aisha Priya Tariq Ewa Jakub"
)
WELSH_SURNAMES = _words(
    "Jones Williams Davies Evans Thomas Roberts Hughes Lewis Morgan Griffiths Prys Owen Rees "
    "Jenkins Pritchard Llewellyn Bowen Powell Price Parry Vaughan Lloyd-Jones Gruffydd Rowlands "
    "Pugh Bevan Meredith Morris Humphreys Prosser Howells Watkins"
) + ("ap Gwilym", "ap Dafydd")
ENGLISH_SURNAMES = _words(
    "Smith Brown Taylor Wilson Clarke Walker Wright Robinson Thompson White Hall Green Wood Harris "
    "Martin Cooper King Baker Turner Hill Moore Jackson Wallace O'Connor Patel Khan Nowak Shaw "
    "Fletcher Barker Marsh Holt"
)

# town : postcode area : districts
_WALES = """Cardiff:CF:3 5 10 11 14 23 24|Swansea:SA:1 2 3 4 5 6|Newport:NP:10 19 20
Caerfyrddin:SA:31 32 33|Aberystwyth:SY:23|Bangor:LL:57|Caernarfon:LL:54 55|Wrexham:LL:11 12 13
Llanelli:SA:14 15|Bridgend:CF:31 32 35|Merthyr Tydfil:CF:47 48|Pontypridd:CF:37 38|Rhyl:LL:18
Llandudno:LL:30|Aberhonddu:LD:3|Haverfordwest:SA:61 62|Machynlleth:SY:20|Aberteifi:SA:43"""
_ENGLAND = """Bristol:BS:1 3 5 7 9 16|Birmingham:B:1 5 13 15 29 44|Manchester:M:1 4 14 20 21
Leeds:LS:1 6 8 11 17|Chester:CH:1 2 3 4|Hereford:HR:1 2 4|Shrewsbury:SY:1 2 3|Gloucester:GL:1 2 4
Liverpool:L:1 8 15 17 18|London:SE:1 5 15 22|London:N:1 4 7 16|Sheffield:S:1 7 10 11
Nottingham:NG:1 3 5 7|Leicester:LE:1 2 3 5|Newcastle upon Tyne:NE:1 2 4 6|Reading:RG:1 2 4 30"""


def _places(text: str) -> list[tuple[str, str, list[str]]]:
    out = []
    for item in re.split(r"[|\n]", text):
        town, area, districts = item.split(":")
        out.append((town, area, districts.split()))
    return out


WALES_PLACES = _places(_WALES)
ENGLAND_PLACES = _places(_ENGLAND)
WELSH_STREETS = (
    "Heol y Bont",
    "Stryd Fawr",
    "Ffordd y Parc",
    "Heol yr Eglwys",
    "Lôn Las",
    "Maes y Coed",
    "Ffordd Penrhos",
    "Stryd y Castell",
    "Rhodfa'r Môr",
    "Cae Glas",
    "Bryn Eithin",
    "Ffordd Glyndŵr",
    "Heol Llanbadarn",
    "Teras Bethesda",
)
ENGLISH_STREETS = (
    "High Street",
    "Church Road",
    "Station Road",
    "Park Avenue",
    "Victoria Street",
    "Mill Lane",
    "Queen Street",
    "Kingsway",
    "Oak Close",
    "Windsor Road",
    "The Crescent",
    "Meadow View",
    "Albert Road",
    "Chapel Street",
    "Castle Street",
    "Orchard Way",
)
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"

# --- the organisation --------------------------------------------------------------------------

TEAMS = ("Casework North", "Casework South", "Complaints", "Reception")
# Team: its people, the team leader first. "cy" marks a Welsh speaker; a role after "/" replaces
# the default for the team (agent, or visits on Reception). Direct lines follow this order.
_STAFF = """Casework North: Gwen Roberts cy/team_leader, Ioan Pritchard cy, Sarah Clarke,
  Llinos Parry cy, James Walker, Emma Wright, Tomos Griffiths
Casework South: Rhian Morgan cy/team_leader, Dafydd Rees cy, Chloe Thompson, Daniel Evans,
  Hannah Lewis, Owen Price, Lucy Harris
Complaints: Mark Jenkins/team_leader, Catrin Bowen cy, Ben Turner, Zara Ahmed, Peter Davies,
  Nia Vaughan
Reception: Karen Powell/team_leader, Gareth Llewellyn cy, Priya Shah
-: Siân Edwards cy/manager, Andrew Baker/admin"""


def _staff_list(text: str) -> list[tuple[str, str | None, str, bool]]:
    """(name, team, role, Welsh speaker) for each person in `_STAFF`."""
    out = []
    for block in re.split(r"\n(?=\S)", text):
        team, people = block.split(":", 1)
        default = "visits" if team == "Reception" else "agent"
        for person in people.split(","):
            name, _, role = person.strip().partition("/")
            welsh = name.endswith(" cy")
            out.append(
                (name.removesuffix(" cy"), None if team == "-" else team, role or default, welsh)
            )
    return out


STAFF = _staff_list(_STAFF)


# --- what happens to customers -------------------------------------------------------------------

CASE_SUBJECTS = (
    "Complaint about a council housing repair",
    "Appeal against a parking penalty",
    "Council tax reduction enquiry",
    "Objection to a planning application",
    "Blue badge application",
    "Housing benefit overpayment query",
    "Report of noise nuisance",
    "Complaint about missed bin collections",
    "Freedom of information request",
    "School transport application",
    "Complaint about the handling of a previous complaint",
    "Request to review a care assessment",
)
STAGES = ("enquiry", "assessment", "investigation", "decision", "review")
STAGE_WEIGHTS = (25, 25, 25, 15, 10)
SUMMARIES = {
    ("phone", "inbound"): (
        "Asked for an update on their case",
        "Called about a letter received",
        "Reported a change of address",
        "Left a voicemail asking for a call back",
    ),
    ("phone", "outbound"): (
        "Returned their call about the case",
        "Gave a progress update",
        "Explained the next stage of the case",
    ),
    ("email", "inbound"): ("Sent further evidence by email", "Emailed asking for an update"),
    ("email", "outbound"): ("Sent a progress update by email", "Replied to their email"),
    ("letter", "inbound"): ("Letter received with supporting documents",),
    ("letter", "outbound"): ("Sent a progress update letter", "Sent a decision letter"),
    ("sms", "inbound"): ("Replied to a text reminder",),
    ("sms", "outbound"): ("Sent an appointment reminder by text",),
    ("social", "inbound"): ("Direct message asking about the case",),
    ("social", "outbound"): ("Replied to their direct message",),
    ("visit", "inbound"): ("Attended an office appointment",),
    ("visit", "outbound"): ("Arranged an office appointment",),
}
FREE_TEXT_NEEDS = (
    "Hearing loss: speak clearly and check understanding",
    "Letters in 18 point type please",
    "Prefers calls after lunch because of medication",
    "Dyslexia: short plain sentences",
)
RELATIONSHIPS = ("son", "daughter", "partner", "sister", "carer", "advocate", "solicitor")
DAY_SETS = (
    ["mon", "tue", "wed", "thu", "fri"],
    ["mon", "wed", "fri"],
    ["tue", "thu"],
    ["mon", "tue", "wed", "thu", "fri", "sat"],
)
HOURS = (("09:00", "12:00"), ("10:00", "15:00"), ("13:00", "17:00"), ("09:30", "16:30"))
