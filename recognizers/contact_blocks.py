"""A public body's own published contact block: the board's office address, switchboard, role mailbox, website.

Published reviews print the safeguarding board's contact details ("Westshire Safeguarding Children Board,
Civic Centre, Mill Road, Westbridge WB1 2AB, 01632 960718, wscb@westshire.gov.uk, www.….org"). They
identify an office, not a family, and published reviews keep them. The judgement is narrow, because a
private person's telephone number or address must never be kept:

* the block is an address card: it begins with a public body's name (a safeguarding board or partnership,
  its business unit, a civic centre or town hall) near the start of its line, runs over at most a few short
  lines, and is no sentence (hardly any lower-case words);
* nothing in it speaks of a person: no title (Mr, Ms), family or household word, pronoun or job title,
  no table cell, and (checked by the engine) no person's name found in it;
* only office details in it are public: a UK landline or non-geographic number (never a mobile or a
  foreign number), a role mailbox (no person's name), a website with no path, the office's address and
  postcode.
"""

from __future__ import annotations

import re
from typing import Final

import phonenumbers

from recognizers import catalogue as cat
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
CARD_LINES: Final = 6
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


def _is_card(text: str) -> bool:
    if "\t" in text or _PERSONAL.search(text):
        return False
    words = _WORD.findall(_ADDRESSES.sub(" ", text))
    prose = [w for w in words if w[0].islower() and w.lower() not in _CARD_WORDS]
    return len(prose) <= MAX_PROSE_WORDS


def contact_cards(text: str) -> list[tuple[int, int]]:
    """Where ``text`` prints a public body's contact card.

    Args:
        text: A segment's text.

    Returns:
        ``(start, end)`` spans, each from the start of the line naming the body to the end of its card
        (a blank line, the sixth line or 400 characters).
    """
    spans: list[tuple[int, int]] = []
    for body in _BODY.finditer(text):
        start = text.rfind("\n", 0, body.start()) + 1
        if (spans and body.start() < spans[-1][1]) or body.start() - start > BODY_START_CHARS:
            continue
        blank = re.search(r"\n[ \t]*\n", text[start:])
        end = min(len(text), start + CARD_CHARS, start + blank.start() if blank else len(text))
        lines = text[start:end].split("\n")[:CARD_LINES]
        end = start + len("\n".join(lines))
        if _is_card(text[start:end]):
            spans.append((start, end))
    return spans


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
