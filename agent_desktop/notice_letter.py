"""The words of the letter that tells a customer about a restriction, in English and Welsh.

The letter speaks to the customer ("we will only write to you"), where the card's banner
(`ui/restriction_words.py`) speaks to the agent ("Letters only."), so it has sentences of its
own for each kind of restriction; `tests/test_notice_letter.py` fails for a kind missing here.
The words are plain Python rather than Qt translations: the letter's language is the
customer's, whatever language the desktop runs in, and a letter made on the command line loads
no translator.

`letter_html(notice)` gives the letter as simple HTML for `ui/letter_pdf.py` to print; it reads
only the `RestrictionNotice` the service built, never the database.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from agent_desktop.domain.kinds import RestrictionKind
from agent_desktop.domain.values import Category, Channel, Language

#: Body text in points: the usual size, and the size when the customer needs large print.
STANDARD_POINTS = 12
LARGE_PRINT_POINTS = 16

_MONTHS = {
    Language.ENGLISH: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    Language.WELSH: [
        "Ionawr",
        "Chwefror",
        "Mawrth",
        "Ebrill",
        "Mai",
        "Mehefin",
        "Gorffennaf",
        "Awst",
        "Medi",
        "Hydref",
        "Tachwedd",
        "Rhagfyr",
    ],
}
_DAYS = {
    Language.ENGLISH: [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ],
    Language.WELSH: [
        "dydd Llun",
        "dydd Mawrth",
        "dydd Mercher",
        "dydd Iau",
        "dydd Gwener",
        "dydd Sadwrn",
        "dydd Sul",
    ],
}
_CHANNELS = {
    Language.ENGLISH: {
        Channel.PHONE: "telephone",
        Channel.EMAIL: "email",
        Channel.LETTER: "letter",
        Channel.SMS: "text message",
        Channel.SOCIAL: "social media",
        Channel.VISIT: "office visit",
    },
    Language.WELSH: {
        Channel.PHONE: "ffôn",
        Channel.EMAIL: "e-bost",
        Channel.LETTER: "llythyr",
        Channel.SMS: "neges destun",
        Channel.SOCIAL: "cyfryngau cymdeithasol",
        Channel.VISIT: "ymweliad â'r swyddfa",
    },
}
_CATEGORIES = {
    Language.ENGLISH: {
        Category.ABUSIVE: "abusive behaviour towards our staff",
        Category.AGGRESSIVE: "aggressive behaviour towards our staff",
        Category.THREATENING: "threatening behaviour towards our staff",
        Category.UNREASONABLY_PERSISTENT: "unreasonably persistent contact",
        Category.CUSTOMER_REQUEST: "your own request",
        Category.SAFEGUARDING: "the need to protect your safety and wellbeing",
    },
    Language.WELSH: {
        Category.ABUSIVE: "ymddygiad sarhaus tuag at ein staff",
        Category.AGGRESSIVE: "ymddygiad ymosodol tuag at ein staff",
        Category.THREATENING: "ymddygiad bygythiol tuag at ein staff",
        Category.UNREASONABLY_PERSISTENT: "cysylltiadau afresymol o barhaus â ni",
        Category.CUSTOMER_REQUEST: "eich cais chi",
        Category.SAFEGUARDING: "yr angen i ddiogelu eich diogelwch a'ch lles",
    },
}

_VOWELS = set("aeiouwyâêîôûŵŷáéíóú")
#: Welsh aspirate mutation after "a" (and): c, p, t become ch, ph, th.
_ASPIRATE = {"c": "ch", "p": "ph", "t": "th"}


def _welsh_and(word: str) -> str:
    """'a' or 'ac' before `word`, mutating it as Welsh does: 'ac e-bost', 'a chyfryngau'."""
    first = word[:1].lower()
    if first in _VOWELS:
        return f"ac {word}"
    if first in _ASPIRATE and word[1:2].lower() not in {"h", "l", "r"}:
        return f"a {_ASPIRATE[first]}{word[1:]}"
    return f"a {word}"


def welsh_with(name: str) -> str:
    """'â' or, before a vowel, 'ag': 'cysylltu â Megan', 'cysylltu ag Eleri'."""
    return f"ag {name}" if name[:1].lower() in _VOWELS else f"â {name}"


def listed(words: list[str], language: Language) -> str:
    """'a', 'a and b', 'a, b and c' (in Welsh 'a, b ac c')."""
    if len(words) <= 1:
        return "".join(words)
    head = ", ".join(words[:-1])
    if language is Language.WELSH:
        return f"{head} {_welsh_and(words[-1])}"
    return f"{head} and {words[-1]}"


def date_words(day: date, language: Language) -> str:
    """'1 December 2026', '1 Rhagfyr 2026'."""
    return f"{day.day} {_MONTHS[language][day.month - 1]} {day.year}"


def _channels(channels, language: Language) -> str:
    return listed([_CHANNELS[language][c] for c in channels], language)


def _en_times(limit: int) -> str:
    return "once" if limit == 1 else "twice" if limit == 2 else f"{limit} times"


def _cy_more_than(limit: int) -> str:
    """'fwy nag unwaith', 'fwy na dwywaith', 'fwy na 3 o weithiau'."""
    if limit == 1:
        return "fwy nag unwaith"
    return "fwy na dwywaith" if limit == 2 else f"fwy na {limit} o weithiau"


# --- what is restricted, one sentence or two per kind ----------------------------------------


def _channel_only(n, lang: Language) -> str:
    ways = _channels(n.restriction.terms.channels, lang)
    if lang is Language.WELSH:
        return (
            "Byddwn yn cyfathrebu â chi yn y ffyrdd hyn yn unig, a gofynnwn i chi gysylltu â "
            f"ni yn y ffyrdd hyn yn unig: {ways}."
        )
    return (
        "We will communicate with you only in these ways, and we ask you to contact us only in "
        f"these ways: {ways}."
    )


def _max_contacts(n, lang: Language) -> str:
    t = n.restriction.terms
    both = t.direction == "both"  # the customer's own contacts count towards the limit
    if lang is Language.WELSH:
        if both:
            contacts = "nag un cysylltiad" if t.limit == 1 else f"na {t.limit} o gysylltiadau"
            text = (
                f"Ni fydd mwy {contacts} rhyngom mewn unrhyw gyfnod o {t.per_days} diwrnod, gan "
                "gyfrif y cysylltiadau rydych chi'n eu gwneud â ni yn ogystal â'n rhai ni."
            )
        else:
            text = (
                f"Ni fyddwn yn cysylltu â chi {_cy_more_than(t.limit)} mewn unrhyw gyfnod o "
                f"{t.per_days} diwrnod."
            )
        if t.channels:
            text += f" Mae hyn yn berthnasol i: {_channels(t.channels, lang)}."
        return text
    days = "day" if t.per_days == 1 else f"{t.per_days} days"
    if both:
        contacts = "one contact" if t.limit == 1 else f"{t.limit} contacts"
        text = (
            f"There will be no more than {contacts} between us in any period of {days}, "
            "counting the contacts you make with us as well as ours."
        )
    else:
        text = f"We will contact you no more than {_en_times(t.limit)} in any period of {days}."
    if t.channels:
        text += f" This applies to: {_channels(t.channels, lang)}."
    return text


def _single_point(n, lang: Language) -> str:
    person = n.named_staff.name if n.named_staff else n.restriction.terms.staff
    if lang is Language.WELSH:
        text = (
            f"Dim ond {person} fydd yn ymdrin â'ch cysylltiad â ni, a dylech gysylltu "
            f"{welsh_with(person)} yn uniongyrchol."
        )
        if n.deputy:
            text += (
                f" Pan fydd {person} i ffwrdd, bydd {n.deputy.name} yn ymdrin â'ch cysylltiad "
                "yn lle hynny."
            )
        return text
    text = f"Only {person} will deal with your contact with us, and you should contact {person}"
    text += " directly."
    if n.deputy:
        text += f" When {person} is away, {n.deputy.name} will do so instead."
    return text


def _set_times(n, lang: Language) -> str:
    w = n.restriction.terms.window
    days = listed([_DAYS[lang][d] for d in sorted(w.days)], lang)
    start, end = f"{w.start:%H:%M}", f"{w.end:%H:%M}"
    if lang is Language.WELSH:
        return (
            f"Dim ond rhwng {start} a {end} ar y diwrnodau hyn y bydd galwadau ffôn a "
            f"negeseuon testun rhyngom yn digwydd: {days}."
        )
    return (
        f"Telephone calls and text messages between us will take place only between {start} "
        f"and {end} on these days: {days}."
    )


def _call_duration(n, lang: Language) -> str:
    minutes = n.restriction.terms.minutes
    if lang is Language.WELSH:
        return f"Ni fydd galwadau ffôn â ni yn para mwy na {minutes} munud."
    unit = "minute" if minutes == 1 else "minutes"
    return f"Telephone calls with us will last no longer than {minutes} {unit}."


def _no_contact(n, lang: Language) -> str:
    if lang is Language.WELSH:
        return "Ni fydd ein staff yn cysylltu â chi, ac eithrio arweinydd tîm pan fo angen."
    return "Our staff will not contact you, except a team leader when it is necessary."


def _representative_only(n, lang: Language) -> str:
    name = n.restriction.terms.representative
    if lang is Language.WELSH:
        return f"Byddwn yn cyfathrebu â chi drwy {name} yn unig, sy'n gweithredu ar eich rhan."
    return f"We will communicate with you only through {name}, who acts for you."


def _no_visits(n, lang: Language) -> str:
    if lang is Language.WELSH:
        return "Ni chewch ymweld â'n swyddfeydd, ac ni fyddwn yn trefnu apwyntiadau i chi yno."
    return "You may not visit our offices, and we will not book appointments for you there."


def _read_and_file(n, lang: Language) -> str:
    if lang is Language.WELSH:
        return (
            "Byddwn yn darllen eich llythyrau a'ch negeseuon e-bost, yn eu gwirio am wybodaeth "
            "newydd ac yn eu cadw ar ffeil, ond ni fyddwn yn ymateb iddynt."
        )
    return (
        "We will read your letters and emails, check them for new information and keep them "
        "on file, but we will not reply to them."
    )


def _behaviour_warning(n, lang: Language) -> str:
    if lang is Language.WELSH:
        return (
            "Rhybudd ffurfiol am eich ymddygiad yw hwn. Nid yw'n cyfyngu ar sut y gallwch "
            "gysylltu â ni nawr, ond os bydd yr ymddygiad yn parhau, efallai y byddwn yn "
            "cyfyngu ar sut rydym yn cyfathrebu â chi."
        )
    return (
        "This is a formal warning about your behaviour. It does not limit how you may contact "
        "us now, but if the behaviour continues we may limit how we communicate with you."
    )


def _two_staff_present(n, lang: Language) -> str:
    if lang is Language.WELSH:
        return "Bydd dau aelod o staff yn bresennol mewn unrhyw apwyntiad gyda chi."
    return "Two members of staff will be present at any appointment with you."


#: Each kind of restriction as the letter tells the customer.
SENTENCES: dict[RestrictionKind, Callable] = {
    RestrictionKind.CHANNEL_ONLY: _channel_only,
    RestrictionKind.MAX_CONTACTS: _max_contacts,
    RestrictionKind.SINGLE_POINT_OF_CONTACT: _single_point,
    RestrictionKind.SET_TIMES: _set_times,
    RestrictionKind.CALL_DURATION: _call_duration,
    RestrictionKind.NO_CONTACT: _no_contact,
    RestrictionKind.REPRESENTATIVE_ONLY: _representative_only,
    RestrictionKind.NO_VISITS: _no_visits,
    RestrictionKind.READ_AND_FILE: _read_and_file,
    RestrictionKind.BEHAVIOUR_WARNING: _behaviour_warning,
    RestrictionKind.TWO_STAFF_PRESENT: _two_staff_present,
}


def what_is_restricted(notice) -> str:
    return SENTENCES[notice.restriction.kind](notice, notice.language)


# --- the whole letter --------------------------------------------------------------------------

_WORDS = {
    Language.ENGLISH: {
        "title": "How we will communicate with you",
        "warning_title": "A warning about your behaviour",
        "date": "Date",
        "reference": "Our reference",
        "dear": "Dear {name},",
        "intro": (
            "We are writing to tell you about a decision we have made on how we communicate "
            "with you. We will be polite, professional and treat you with respect, and we have a "
            "responsibility to protect the safety and welfare of our staff. It may be necessary "
            "for us to limit the way we communicate with a customer, and how often, so that we "
            "can provide a fair service to all."
        ),
        "what": "What we have decided",
        "why": "Why",
        "why_text": "We have made this decision because of {category}.",
        "reasons": "Our reasons: {reason}",
        "when": "When",
        "from": "This applies from {start}.",
        "from_until": "This applies from {start} until {end}.",
        "review": "We will review this decision by {review}.",
        "challenge": "How to challenge this decision",
        "challenge_text": (
            "If you disagree with this decision, you can challenge it. Please tell {contact} "
            "why you disagree, in writing or by telephone, by {deadline}. That is 20 working "
            "days from the date of this letter. You can ask someone to do this for you."
        ),
        "challenge_after": (
            "A manager who was not involved in the decision will consider your challenge and "
            "tell you what they have decided, and why."
        ),
        "contact": "Whom to contact",
        "contact_text": "If you have any questions about this letter, please contact {name}.",
        "phone": "Telephone: {phone}",
        "email": "Email: {email}",
        "welsh": "We welcome correspondence and telephone calls in Welsh.",
        "close": "Yours sincerely,",
    },
    Language.WELSH: {
        "title": "Sut y byddwn yn cyfathrebu â chi",
        "warning_title": "Rhybudd am eich ymddygiad",
        "date": "Dyddiad",
        "reference": "Ein cyfeirnod",
        "dear": "Annwyl {name},",
        "intro": (
            "Rydym yn ysgrifennu atoch i roi gwybod i chi am benderfyniad rydym wedi'i wneud "
            "ynghylch sut rydym yn cyfathrebu â chi. Byddwn yn gwrtais ac yn broffesiynol ac yn "
            "eich trin â pharch, ac mae gennym gyfrifoldeb i ddiogelu diogelwch a lles ein "
            "staff. Efallai y bydd angen i ni gyfyngu ar y ffordd rydym yn cyfathrebu â "
            "chwsmer, a pha mor aml, er mwyn i ni allu darparu gwasanaeth teg i bawb."
        ),
        "what": "Yr hyn rydym wedi'i benderfynu",
        "why": "Pam",
        "why_text": "Rydym wedi gwneud y penderfyniad hwn oherwydd {category}.",
        "reasons": "Ein rhesymau: {reason}",
        "when": "Pryd",
        "from": "Mae hyn yn berthnasol o {start} ymlaen.",
        "from_until": "Mae hyn yn berthnasol o {start} tan {end}.",
        "review": "Byddwn yn adolygu'r penderfyniad hwn erbyn {review}.",
        "challenge": "Sut i herio'r penderfyniad hwn",
        "challenge_text": (
            "Os ydych yn anghytuno â'r penderfyniad hwn, gallwch ei herio. Rhowch wybod i "
            "{contact} pam rydych yn anghytuno, yn ysgrifenedig neu dros y ffôn, erbyn "
            "{deadline}. Mae hynny 20 diwrnod gwaith o ddyddiad y llythyr hwn. Gallwch ofyn i "
            "rywun wneud hyn ar eich rhan."
        ),
        "challenge_after": (
            "Bydd rheolwr nad oedd yn rhan o'r penderfyniad yn ystyried eich her ac yn rhoi "
            "gwybod i chi beth y mae wedi'i benderfynu, a pham."
        ),
        "contact": "Cysylltu â ni",
        "contact_text": "Os oes gennych unrhyw gwestiynau am y llythyr hwn, cysylltwch {name}.",
        "phone": "Ffôn: {phone}",
        "email": "E-bost: {email}",
        "welsh": "Rydym yn croesawu gohebiaeth a galwadau ffôn yn Gymraeg.",
        "close": "Yn gywir,",
    },
}


def letter_paragraphs(notice) -> list[tuple[str, str]]:
    """The letter as (style, text) pairs in reading order: style is 'title', 'heading',
    'line' (a short line such as the address) or 'para'. Text is plain, not yet escaped."""
    lang = notice.language
    w = _WORDS[lang]
    r = notice.restriction
    d = lambda day: date_words(day, lang)  # noqa: E731
    warning = r.kind is RestrictionKind.BEHAVIOUR_WARNING
    out: list[tuple[str, str]] = [("line", notice.customer_name)]
    out += [("line", part.strip()) for part in (notice.address or "").split(",") if part.strip()]
    out += [
        ("line", f"{w['date']}: {d(notice.letter_date)}"),
        ("line", f"{w['reference']}: {notice.customer_ref}"),
        ("title", w["warning_title"] if warning else w["title"]),
        ("para", w["dear"].format(name=notice.customer_name)),
        ("para", w["intro"]),
        ("heading", w["what"]),
        ("para", what_is_restricted(notice)),
        ("heading", w["why"]),
        ("para", w["why_text"].format(category=_CATEGORIES[lang][r.category])),
        ("para", w["reasons"].format(reason=r.reason)),
        ("heading", w["when"]),
    ]
    if r.ends_on is not None:
        out.append(("para", w["from_until"].format(start=d(r.starts_on), end=d(r.ends_on))))
    else:
        out.append(("para", w["from"].format(start=d(r.starts_on))))
    out.append(("para", w["review"].format(review=d(r.review_by))))
    contact = notice.contact
    out += [
        ("heading", w["challenge"]),
        (
            "para",
            w["challenge_text"].format(contact=contact.name, deadline=d(notice.challenge_by)),
        ),
        ("para", w["challenge_after"]),
        ("heading", w["contact"]),
    ]
    name = welsh_with(contact.name) if lang is Language.WELSH else contact.name
    out.append(("para", w["contact_text"].format(name=name)))
    if contact.phone:
        out.append(("line", w["phone"].format(phone=contact.phone)))
    if contact.email:
        out.append(("line", w["email"].format(email=contact.email)))
    out += [
        ("para", w["welsh"]),
        ("para", w["close"]),
        ("line", notice.signed_by.name),
    ]
    return out


def letter_html(notice) -> str:
    """The letter as HTML for Qt's rich text: sizes are relative to the document's font, which
    the printer sets (`STANDARD_POINTS`, or `LARGE_PRINT_POINTS` for large print)."""
    parts = []
    for style, text in letter_paragraphs(notice):
        body = escape(text).replace("\n", "<br>")
        if style == "title":
            parts.append(f"<h2>{body}</h2>")
        elif style == "heading":
            parts.append(f"<h3>{body}</h3>")
        elif style == "line":
            parts.append(f'<p style="margin-top:0; margin-bottom:0">{body}</p>')
        else:
            parts.append(f"<p>{body}</p>")
    lang = notice.language.value
    return f'<html lang="{lang}"><body>{"".join(parts)}</body></html>'
