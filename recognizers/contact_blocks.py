"""A public body's own published contact block: the board's office address, switchboard, role mailbox, website.

Published reviews print the safeguarding board's contact details ("Westshire Safeguarding Children Board,
Civic Centre, Mill Road, Westbridge WB1 2AB, 01632 960718, wscb@westshire.gov.uk, www.….org"). They
identify an office, not a family, and published reviews keep them. The judgement is narrow, because a
private person's telephone number or address must never be kept:

* the block is an address card: it begins with a public body's name (a safeguarding board or partnership,
  its business unit, a civic centre or town hall) near the start of its line, runs over at most a few short
  lines (over blank lines too, where they hold the address, as a PDF's lines are often read), and is no
  sentence (hardly any lower-case words); or, in a sentence, the body's name follows "published by",
  "contact" or "available from" and only its details follow (no lower-case word but "at", "or", "on" …);
* or it is the letterhead that opens the report, before its title: short address lines with a postcode and
  an office telephone number (the board's or the independent reviewer's office; a family's address never
  opens a report);
* or it is the publication's instruction to its reader: an imperative that opens its sentence, or follows a
  clause addressed to the reader, gives a service's number ("If you are worried about a child, please call the
  Contact Centre on 01632 960718", "Call the NSPCC helpline free on 0808 800 5000"). Someone in the case who
  called, or a number someone owns, is told in the third person or the past ("the mother called the GP on
  …", "her number was …") and is no instruction to the reader;
* or it is a service's number alone on its line with its opening hours ("01454 868007 - Monday to Friday 9am -
  5pm", "… - Out of hours and at weekends"): a duty line, never a family's number;
* nothing in it speaks of a person: no title (Mr, Ms), family or household word, pronoun or job title,
  no table cell, and (checked by the engine) no person's name found in it;
* only office details in it are public: a UK landline or non-geographic number (never a mobile or a
  foreign number), a role mailbox (no person's name), a website with no path, the office's address and
  postcode.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import takewhile
from typing import Final, Protocol

import phonenumbers

from recognizers import catalogue as cat
from recognizers import gazetteer as gz
from recognizers.public import is_public_email

# A public body whose contact details a published review prints.
_BODY: Final = re.compile(
    r"\b(?:(?:Local\s+)?Safeguarding\s+(?:Children(?:['’]s|s['’])?\s+|Adults?\s+|Children\s+and\s+Adults\s+)?"
    r"(?:Board|Partnership|Partners|Business\s+(?:Unit|Office))"
    r"|(?-i:LSCB|LSCP|SCB|SCP|SCPB|SAB|LSAB)(?:\s+Business\s+(?:Unit|Office|Team))?"
    r"|Business\s+Unit|Civic\s+(?:Centre|Center|Offices)|Town\s+Hall|County\s+Hall|City\s+Hall|Council\s+Offices)\b",
    re.IGNORECASE,
)
# How far into its line a card's body name may start ("Bromley Safeguarding Children Board").
BODY_START_CHARS: Final = 40
CARD_CHARS: Final = 400
# An address card's lines at most: the body's name, then a UK postal address a line each (Royal Mail's longest:
# building, floor or suite, street, locality, town, county, postcode).
CARD_LINES: Final = 8
# Words that speak of a person or a household: a card with one is no office card.
_PERSONAL: Final = re.compile(
    r"\b(?:mr|mrs|ms|miss|mx|dr|prof|mother|father|mum|dad|parents?|child|children's\s+home|son|daughter|baby|"
    r"family|families|grand\w*|carers?|partner's|aunt|uncle|brother|sister|siblings?|foster\w*|home(?!\s+office)|"
    r"lived|lives|"
    r"living|resides?|resided|his|her|hers|him|their|she|he|mobile|mob|private|personal|dob|born|aged|"
    r"manager|officer|worker|reviewer|author|chair|director|lead|nurse|doctor|gp|clerk|administrator|"
    r"coordinator|co-ordinator|adviser|advisor|consultant|solicitor)\b",
    re.IGNORECASE,
)
# Lower-case words an address card may hold; any other lower-case word counts towards prose.
_CARD_WORDS: Final = frozenset({
    "of", "and", "the", "for", "on", "upon", "in", "under", "by", "at", "to", "or", "tel", "telephone", "phone",
    "fax", "email", "e-mail", "mail", "web", "website", "www", "contact", "us", "via", "protected", "le", "de",
})
MAX_PROSE_WORDS: Final = 2
_WORD: Final = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_ADDRESSES: Final = re.compile(r"\S+@\S+|(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:uk|org|com|net|gov)\S*",
                               re.IGNORECASE)
_PUBLIC_KINDS: Final = frozenset({cat.PHONE_NUMBER, cat.EMAIL_ADDRESS, cat.URL, cat.UK_ADDRESS, cat.UK_POSTCODE})


def _prose_words(text: str) -> int:
    words = _WORD.findall(_ADDRESSES.sub(" ", text))
    return sum(1 for w in words if w[0].islower() and w.lower() not in _CARD_WORDS)


def _is_card(text: str, prose: int = MAX_PROSE_WORDS) -> bool:
    return "\t" not in text and not _PERSONAL.search(text) and _prose_words(text) <= prose


# Words that hand the reader the body's details inside a sentence ("This report is published by", "For
# further information contact", "Copies are available from:"), then the body's area ("Westshire").
_LEAD_IN: Final = re.compile(
    r"(?i:\b(?:published|produced|issued)[ \t]+by|\bcontact|\bwrite[ \t]+to|\benquiries[ \t]+to"
    r"|\bavailable[ \t]+from|\bobtained[ \t]+from)[ \t]*:?[ \t]*(?:the[ \t]+)?(?:[A-Z][\w'\u2019&-]*[ \t]+){0,4}$")
LEAD_IN_CHARS: Final = 80
# A line a card goes on with after a blank line (a PDF's lines read with blank lines between them): short,
# with a number in it (a house number, postcode or telephone) or continuing an address ("Civic House,").
ADDRESS_LINE_CHARS: Final = 80
_POSTCODE: Final = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?[ \t]*\d[A-Z]{2}\b")
_PHONE: Final = re.compile(r"(?<![\w+])0\d{2,4}[ \t-]?\d{3,4}[ \t-]?\d{3,4}(?!\w)")
_SENTENCE_END: Final = re.compile(r"(?<=[.!?])[ \t]+(?=[A-Z])|[ \t]*\n")


def _card_end(text: str, start: int) -> int:
    """Where a card starting at ``start`` ends: a blank line, its sixth line, 400 characters, or before a
    line that is no card (running text after it on a PDF page, which has no blank lines)."""
    blank = re.search(r"\n[ \t]*\n", text[start:])
    end = min(len(text), start + CARD_CHARS, start + blank.start() if blank else len(text))
    lines = text[start:end].split("\n")[:CARD_LINES]
    kept = lines[:1] + list(takewhile(_is_card, lines[1:]))
    return start + len("\n".join(kept))


def _over_blank_lines(text: str, start: int, end: int) -> int:
    """The card ``start:end`` continued over blank lines with address lines, if they hold a postcode or an
    office telephone number; else ``end``."""
    lines = text[start:end].count("\n") + 1
    new_end = end
    while lines < CARD_LINES:
        gap = re.match(r"[ \t]*\n(?:[ \t]*\n)+[ \t]*", text[new_end:])
        if gap is None:
            break
        line_start = new_end + gap.end()
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        line, before = text[line_start:line_end].rstrip(), text[start:new_end].rstrip()
        if not line or len(line) > ADDRESS_LINE_CHARS or not _is_card(line, prose=0) \
                or not (re.search(r"\d", line) or line.endswith(",") or before.endswith(",")):
            break
        new_end, lines = line_start + len(line), lines + 1
    added = text[end:new_end]
    return new_end if new_end - start <= CARD_CHARS and (_POSTCODE.search(added) or _PHONE.search(added)) else end


def _sentence_card(text: str, body: int) -> tuple[int, int] | None:
    """A card inside a sentence: the body's name after contact words, then its details, to the first
    sentence or line that is no card."""
    line_start = text.rfind("\n", 0, body) + 1
    lead = _LEAD_IN.search(text, max(line_start, body - LEAD_IN_CHARS), body)
    if lead is None:
        return None
    sentence_start = max([line_start, *(m.end() for m in re.compile(r"[.!?][ \t]+").finditer(text, line_start,
                                                                                               lead.start()))])
    if _PERSONAL.search(text[sentence_start:lead.start()]):
        return None
    end = body
    for piece in _SENTENCE_END.finditer(text + "\n", body):
        if not _is_card(text[end:piece.start()], prose=0) or piece.start() - body > CARD_CHARS:
            break
        end = piece.start()
        if "\n" in piece.group():
            break
    return (lead.start(), end) if end > body else None


# -- the reader's instruction ------------------------------------------------------------------------
# "please call", "ring", "phone", "telephone", "contact": the imperative (never "called", "rang", "phoned").
_READER_VERB: Final = re.compile(r"(?i:\b(?:please[ \t]+)?(?:call|ring|phone|telephone|contact)\b)")
# Where a sentence starts: the text's start, a line's, or after a sentence's full stop (a list's bullet aside).
_SENTENCE_START: Final = re.compile(r"(?:^|(?<=\n)|(?<=[.!?])[ \t]+)[ \t]*(?:[-*\u2022\u25cf\u25aa\u2013][ \t]*)?")
# A clause before the imperative that addresses the reader ("If you suspect a child is at risk of harm, …",
# "Should anyone have concerns, …", "For further advice, …", "To report a concern, …").
_READER_CLAUSE: Final = re.compile(
    r"(?i:(?:if|where|when|whenever|should)[ \t]+(?:you|anyone|someone|any(?:[ \t]+\w+){1,2}|a[ \t]+member[ \t]+of"
    r"[ \t]+the[ \t]+public)\b[^.!?\n]{0,160}?|(?:for|to)[ \t]+[^.!?\n,]{1,80}),[ \t]*")
# Generic words for who the reader may worry about: "a child", "any young person", "children" speak of no one.
_ANY_CHILD: Final = re.compile(r"(?i:\b(?:a|an|any)[ \t]+(?:child|baby|young[ \t]+person|adult)\b|\bchildren\b)")
# The number the instruction gives: a UK number, its area code in brackets or not.
_READER_NUMBER: Final = re.compile(
    r"(?:\+44[ \t]?(?:\(0\)[ \t]?)?|\(0\d{2,5}\)[ \t]?|0)\d{2,5}[ \t-]?\d{3,4}[ \t-]?\d{0,4}(?![\w/])")
# Between the verb and the number: whom to call ("The Contact Centre", "the NSPCC helpline", "us"), then how:
# "on", "at", "free", or a colon or dash after a service with its article ("Telephone the Duty Team: …").
# A field's label has no one to call and no "on" ("Contact: …", "Phone 01632 …", "Contact Number: …").
_READER_OBJECT: Final = re.compile(r"(?P<object>[^\d.!?;\n]{1,80}?)[ \t]*"
                                   r"(?:(?i:\bon|\bat|\bfree)|(?P<colon>[:\u2013\u2014-]))[ \t]*(?=[+(0]\d?)")
_READER_QUESTION: Final = re.compile(
    r"(?i:\b(?:are[ \t]+you[ \t]+)?(?:worried|concerned)[ \t]+about[ \t]+(?:a|an|any)[ \t]+"
    r"(?:child|adult|young[ \t]+person|person)\b[^?\n]{0,40}\?)[ \t]*$")
# The number alone after the verb: a service's as written above, without a bracketed area code, and never a mobile.
_BARE_NUMBER: Final = re.compile(r"[ \t]+(?!\()(?!(?:\+44[ \t]?(?:\(0\)[ \t]?)?|0)7)" + _READER_NUMBER.pattern)
_SERVICE_START: Final = re.compile(r"(?:(?i:the|our|us|a|an)\b|[A-Z])")
_ARTICLE: Final = re.compile(r"(?i:the|our|us)\b")
_OTHER_PERSON: Final = re.compile(r"(?i:\b(?:me|my|them|mine|theirs|yours|your[ \t]+\w+['\u2019]s)\b)")
_AFTER_NUMBER: Final = re.compile(r"[^.!?\n]*")
READER_OBJECT_WORDS: Final = 8


def _named(words: list[str]) -> bool:
    """Whether the service's words name a person: a first name that is no word ("the Aaliyah …"), or any
    first name when no article makes the words a service's ("Call Carl on …", but "the Hope Centre")."""
    named = [w for w in words if w[:1].isupper() and not w.isupper() and gz.is_first_name(gz.strip_possessive(w))]
    article = bool(words) and words[0].casefold() in ("the", "our", "us", "a", "an")
    return any(not gz.is_english_word(w) for w in named) or (bool(named) and not article)


def _addresses_the_reader(text: str, verb: re.Match[str]) -> bool:
    """Whether the imperative ``verb`` opens its sentence or list item (with a capital), or follows a clause
    addressed to the reader that speaks of no one ("If you are worried about a child, please call …")."""
    line_start = text.rfind("\n", 0, verb.start()) + 1
    starts = [m.end() for m in _SENTENCE_START.finditer(text, line_start, verb.start()) if m.end() <= verb.start()]
    prefix = text[starts[-1] if starts else line_start:verb.start()]
    if not prefix:
        return verb.group()[:1].isupper()  # an imperative opening its sentence starts it with a capital
    return _READER_CLAUSE.fullmatch(prefix) is not None and not _PERSONAL.search(_ANY_CHILD.sub(" ", prefix)) \
        and not _OTHER_PERSON.search(prefix)


def reader_calls(text: str) -> list[tuple[int, int]]:
    """Where ``text`` gives its reader a service's number to call: from the imperative to the number.

    The verb opens its sentence (or list item), alone or after "Please", or follows a clause addressed to the
    reader ("If you …,", "For further advice,"); it is written as an imperative, so a person in the case who
    called ("the mother called the GP on …") or was told to call ("she was asked to ring …") gives no
    instruction. The instruction says whom to call and how ("… the Contact Centre on …"), where a field's label
    does not ("Contact: 01632 …", "Phone Number – …"). The service between the verb and the number is short,
    names no one (no title, family word, pronoun or job title, no first name) and the sentence says nothing of
    a person after the number either.
    Only the span is found here; which number in it is public (an office's, never a mobile) and whether a
    person's name stands in it are judged with the other cards.

    Args:
        text: A segment's text.

    Returns:
        ``(start, end)`` spans.
    """
    spans: list[tuple[int, int]] = []
    for verb in _READER_VERB.finditer(text):
        if not _addresses_the_reader(text, verb):
            continue
        gap = _READER_OBJECT.match(text, verb.end())
        if gap is None:
            # After a question to the reader about their worry ("Are you worried about an adult? Please call
            # 0344 …"), the number alone is the service's for that worry (a mobile never is).
            bare = _BARE_NUMBER.match(text, verb.end())
            if bare is not None and _READER_QUESTION.search(text, max(0, verb.start() - 80), verb.start()):
                spans.append((verb.start(), bare.end()))
            continue
        number = _READER_NUMBER.match(text, gap.end())
        if number is None:
            continue
        service = gap.group("object").strip()
        words = service.split()
        if not words or len(words) > READER_OBJECT_WORDS or _SERVICE_START.match(words[0]) is None \
                or (gap.group("colon") and _ARTICLE.match(words[0]) is None) \
                or _PERSONAL.search(service) or _OTHER_PERSON.search(service) or _named(words) \
                or gz.org_kind(service) in gz.PLACES_OF_CARE:  # a school's, surgery's … number identifies it
            continue
        rest = _AFTER_NUMBER.match(text, number.end())
        if rest is not None and (_PERSONAL.search(_ANY_CHILD.sub(" ", rest.group()))
                                 or _OTHER_PERSON.search(rest.group())):
            continue  # "… on 01632 960718, the mother was told", "… (her landline)"
        spans.append((verb.start(), number.end()))
    return spans


# "Please return the forms to:", "Send your comments to", "write to:": the imperative, never "returned", "sent".
_POST_VERB: Final = re.compile(r"(?i:\b(?:please[ \t]+)?(?:return|send|post|submit|forward|write|deliver)\b)")
# What is sent, then "to" and the address on the same line or the next.
_POST_OBJECT: Final = re.compile(r"(?P<object>[^.!?\n:;]{0,80}?)\bto\b[ \t]*:?[ \t]*\n?[ \t]*")


def reader_posts(text: str) -> list[tuple[int, int]]:
    """Where ``text`` tells its reader where to send something: from the imperative to the office's postcode.

    The verb opens its sentence, alone or after "Please", or follows a clause addressed to the reader (as in
    :func:`reader_calls`); what is sent names no one ("any completed referral forms", "your comments"); the
    address follows "to", a part to a line or in one line of card words, to a blank line, and holds a
    postcode. A person in the case who sent or was asked to send is told in the third person or the past, and
    a person's name or title in the address makes it no office's (the engine also checks for names found).

    Args:
        text: A segment's text.

    Returns:
        ``(start, end)`` spans.
    """
    spans: list[tuple[int, int]] = []
    for verb in _POST_VERB.finditer(text):
        if not _addresses_the_reader(text, verb):
            continue
        gap = _POST_OBJECT.match(text, verb.end())
        if gap is None or _PERSONAL.search(gap.group("object")) or _OTHER_PERSON.search(gap.group("object")):
            continue
        end, lines = gap.end(), 0
        while lines < CARD_LINES and end < len(text):
            line_end = text.find("\n", end)
            line_end = len(text) if line_end < 0 else line_end
            line = text[end:line_end].rstrip()
            if not line or not _is_card(line, prose=0) or len(line) > ADDRESS_LINE_CHARS:
                break
            postcode = _POSTCODE.search(line)
            if postcode is not None:
                spans.append((verb.start(), end + postcode.end()))
                break
            end, lines = line_end + 1, lines + 1
    return spans


def contact_cards(text: str) -> list[tuple[int, int]]:
    """Where ``text`` prints a public body's contact card.

    A card is the line naming the body (near its start), to a blank line, the sixth line or 400 characters,
    and continued over blank lines with the address lines that follow; or, inside a sentence, the body's
    name after "published by", "contact" or "available from" and the details after it, to the end of the
    last sentence that is all card; or the publication's instruction to its reader to call a service
    (:func:`reader_calls`).

    Args:
        text: A segment's text.

    Returns:
        ``(start, end)`` spans.
    """
    spans: list[tuple[int, int]] = []
    for body in _BODY.finditer(text):
        start = text.rfind("\n", 0, body.start()) + 1
        if spans and body.start() < spans[-1][1]:
            continue
        if body.start() - start <= BODY_START_CHARS:
            end = _card_end(text, start)
            if _is_card(text[start:end]):
                spans.append((start, _over_blank_lines(text, start, end)))
                continue
        card = _sentence_card(text, body.start())
        if card is not None:
            spans.append(card)
    calls = [(a, b) for a, b in reader_calls(text) + reader_posts(text) + service_hours(text)
             if not any(s <= a and b <= e for s, e in spans)]
    return sorted(spans + calls)


# A service's number on its own line with its opening hours ("01454 868007 - Monday to Friday 9am - 5pm",
# "… - Out of hours and at weekends", "… (office hours)"): a switchboard or duty line. No one writes a family's
# number with hours.
_PHONE_WITH_HOURS: Final = re.compile(
    r"(?m:^)[ \t]*(?:(?i:tel(?:ephone)?|phone)[ \t]*:?[ \t]*)?\(?0\d{2,4}\)?[ \t]?\d{3,4}[ \t]?\d{3,4}[ \t]*"
    r"[-\u2010\u2013\u2014:,(][ \t]*(?i:(?:mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|weekdays?)\b[^\n]{0,40}?"
    r"\d{1,2}(?:[.:]\d{2})?[ \t]*(?:am|pm)|out[ \t]+of[ \t]+(?:office[ \t]+)?hours|24[ \t]+hours|"
    r"(?:office|working|opening)[ \t]+hours|in[ \t]+hours|"
    r"evenings?[ \t]+and[ \t]+weekends?)[^\n]{0,40}(?:\n|$)")


def service_hours(text: str) -> list[tuple[int, int]]:
    """Where ``text`` gives a service's telephone number with its opening hours, each on its own line."""
    return [(m.start(), m.end()) for m in _PHONE_WITH_HOURS.finditer(text)]


# The licence notice every UK Government publication prints ("© Crown copyright 2020 … licensed under the
# terms of the Open Government Licence … write to the Information Policy Team, The National Archives,
# …"): a fixed public text naming the licensor's office, never a family.
_LICENCE: Final = re.compile(r"Open\s+Government\s+Licence|\u00a9\s*Crown\s+copyright|\(c\)\s*Crown\s+copyright",
                             re.IGNORECASE)


def licence_notices(text: str) -> list[tuple[int, int]]:
    """Where ``text`` prints a Crown copyright / Open Government Licence notice: each paragraph (to a
    blank line, at most 1,000 characters) that holds one."""
    spans: list[tuple[int, int]] = []
    for m in _LICENCE.finditer(text):
        if spans and m.start() < spans[-1][1]:
            continue
        blank = text.rfind("\n\n", 0, m.start())
        start = max(0 if blank == -1 else blank + 2, m.start() - 1000)
        after = text.find("\n\n", m.end())
        end = min(len(text) if after == -1 else after, m.end() + 1000)
        spans.append((start, end))
    return spans


def _office_phone(number: str) -> bool:
    """A UK landline or non-geographic number: an office's; mobiles, pagers and foreign numbers never are."""
    try:
        parsed = phonenumbers.parse(number, "GB")
    except phonenumbers.NumberParseException:
        return False
    # By the UK numbering plan: 01 and 02 are geographic, 03 non-geographic, 08 freephone and shared cost;
    # 07 (mobiles, pagers, personal numbers) and 09 (premium rate) are never an office's switchboard.
    return parsed.country_code == 44 and phonenumbers.is_possible_number(parsed) \
        and phonenumbers.national_significant_number(parsed)[:1] in ("1", "2", "3", "8")


# A board's own acronym as a mailbox ("bscb@", "nscp@", "lsab@"): a short area prefix and the board's kind.
_BOARD_MAILBOX: Final = re.compile(r"[a-z]{0,3}(?:scb|scp|scpb|sab)", re.IGNORECASE)


def _role_mailbox(address: str) -> bool:
    """A mailbox named for a role or the board (``lscb@``, ``nscp@``, ``safeguarding.board@``), not a person."""
    local, _, host = address.partition("@")
    return bool(host) and (_BOARD_MAILBOX.fullmatch(local) is not None
                           or is_public_email(f"{local}@council.gov.uk"))


def is_office_detail(entity: str, value: str) -> bool:
    """Whether a finding inside a contact card is one of the office's own details.

    Args:
        entity: The finding's entity name.
        value: Its text.

    Returns:
        True for a UK landline or non-geographic number, a role mailbox, a website with no path, and an
        address or postcode; False for anything else (a mobile, a named person's mailbox, a profile page).
    """
    if entity not in _PUBLIC_KINDS:
        return False
    if entity == cat.PHONE_NUMBER:
        return _office_phone(value)
    if entity == cat.EMAIL_ADDRESS:
        return _role_mailbox(value)
    if entity == cat.URL:
        rest = re.sub(r"^(?:https?://)?[^/\s]+/?", "", value.strip())
        return not rest
    return True


# -- the letterhead ---------------------------------------------------------------------------------
# A report that opens with an address block, before its title, prints its issuer's letterhead (the board's
# or the independent reviewer's office): an office telephone number and a postcode, in short lines of
# address only. A family's address never opens a report; it stands in a sentence, a table or after a label.
_PAGE_LINE: Final = re.compile(r"[ \t]*(?:(?i:page)[ \t]+\d{1,4}(?:[ \t]+(?i:of)[ \t]+\d{1,4})?|\d{1,4})?[ \t]*")
LETTERHEAD_LINES: Final = 4


# The first page's own number on a line of its own: where the report opens in text that holds more before it
# (a web page's title and upload lines around a published report).
_FIRST_PAGE_LINE: Final = re.compile(r"(?im:^[ \t]*page[ \t]+1(?:[ \t]+of[ \t]+\d{1,4})?[ \t]*$)")
FIRST_PAGE_CHARS: Final = 3000


def letterhead(text: str) -> tuple[int, int] | None:
    """Where the letterhead that opens ``text`` (a document's first page or body) is, if it opens with one;
    or, where other lines come first, right after the first page's "Page 1 (of N)" line.

    Only page-number lines may come before it; each of its lines is short, names no one and is no prose,
    and holds a number or continues an address ("Quill House,"); together they hold a postcode and a UK
    office telephone number (a landline or non-geographic number, never a mobile).

    Args:
        text: The document's first running text.

    Returns:
        ``(start, end)`` of the block, or None.
    """
    found = _letterhead_at(text, 0)
    if found is None and (first_page := _FIRST_PAGE_LINE.search(text, 0, FIRST_PAGE_CHARS)) is not None:
        found = _letterhead_at(text, first_page.end() + 1)
    return found


def _letterhead_at(text: str, pos: int) -> tuple[int, int] | None:
    start, end, lines = -1, -1, 0
    while pos <= len(text) and lines < LETTERHEAD_LINES:
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        line = text[pos:line_end].rstrip()
        if start < 0 and _PAGE_LINE.fullmatch(line):
            pos = line_end + 1
            continue
        if not line.strip():
            pos = line_end + 1
            continue
        previous = text[start:end].rstrip() if start >= 0 else ""
        if len(line) > ADDRESS_LINE_CHARS or not _is_card(line, prose=0) \
                or not (re.search(r"\d", line) or line.endswith(",") or previous.endswith(",")):
            break
        start = pos if start < 0 else start
        end, lines, pos = pos + len(line), lines + 1, line_end + 1
    if start < 0:
        return None
    block = text[start:end]
    if _POSTCODE.search(block) and any(_office_phone(m.group()) for m in _PHONE.finditer(block)):
        return start, end
    return None


class _Segment(Protocol):
    """A run of a draft's text (``redactor.document.Segment``)."""

    @property
    def id(self) -> str: ...

    @property
    def kind(self) -> str: ...

    @property
    def text(self) -> str: ...


OPENING_PARAGRAPHS: Final = 8  # a Word draft's letterhead stands in its first few paragraphs


def opening_letterhead(segments: Sequence[_Segment]) -> dict[str, tuple[int, int]]:
    """Where the letterhead that opens a draft is, per segment: in its first page or body, or across a Word
    draft's first paragraphs (each line a paragraph of its own, read joined).

    Args:
        segments: The draft's segments, in document order.

    Returns:
        ``{segment id: (start, end)}``, empty when the draft opens with no letterhead.
    """
    opening = [s for s in segments if s.kind in ("page", "body")]
    while opening and not opening[0].text.strip():
        opening.pop(0)
    if not opening:
        return {}
    if opening[0].kind == "page" or len(opening) == 1:
        head = letterhead(opening[0].text)
        return {opening[0].id: head} if head else {}
    # The first few paragraphs, or, where a web page's lines come first, those up to where the first page's
    # "Page 1 of N" line may stand and a letterhead's lines after it.
    starts: list[tuple[_Segment, int]] = []
    pos = after = 0
    for seg in opening:
        if len(starts) >= OPENING_PARAGRAPHS and after >= LETTERHEAD_LINES:  # past the first page's line
            break
        starts.append((seg, pos))
        pos += len(seg.text) + 1
        after += pos > FIRST_PAGE_CHARS
    head = letterhead("\n".join(seg.text for seg, _ in starts))
    if head is None:
        return {}
    return {seg.id: (max(head[0] - at, 0), min(head[1] - at, len(seg.text))) for seg, at in starts
            if at < head[1] and head[0] < at + len(seg.text)}
