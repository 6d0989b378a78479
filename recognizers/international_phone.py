"""Recognises telephone numbers of any country with ``phonenumbers``, guarded against years and references."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar, Final

import phonenumbers
import regex as re

from recognizers.base import SpanFinderRecognizer
from recognizers.catalogue import PHONE_NUMBER
from recognizers.identifier_value import could_be_identifier

# Countries whose national numbers families in English reviews often give (and the peers' test
# countries): North America, the EU states of recent migration, South Asia, West and East Africa,
# the Middle East, East Asia. Tried in order; the first region in which the number is valid wins.
REGIONS: Final = (
    "US", "IE", "PL", "RO", "LT", "LV", "SK", "CZ", "BG", "HU", "PT", "ES", "IT", "FR", "DE", "NL", "GR",
    "NG", "GH", "ZA", "ZW", "KE", "SO", "ER", "ET", "PK", "IN", "BD", "LK", "AF", "IR", "IQ", "SY", "TR",
    "IL", "AL", "UA", "RU", "CN", "JP", "PH", "VN", "BR", "JM", "AU",
)
# A run of digits with the separators people write, perhaps an international prefix and an extension.
_CANDIDATE: Final = re.compile(
    r"(?<![\w+/.\-])(?:\((?:\+|00)\d{1,3}\)[ ]?|\+|00)?\(?\d(?:[ .\-]?\(?\)?[ ]?\d){6,16}\)?"
    r"(?:[ ]?(?:x|ext\.?|extension)[ ]?\d{1,5})?(?![\w/]|[.\-]\d)",
    re.IGNORECASE,
)
_BRACKETED_CODE: Final = re.compile(r"^\(((?:\+|00)\d{1,3})\)")
# North American shape: "(415) 555-0132", "415-555-0132", "415.555.0132", "1 (415) 555-0132".
_NANP_SHAPE: Final = re.compile(
    r"(?:\+?1[ .\-]?)?(?:\(\d{3}\)[ ]?|\d{3}[.\-])\d{3}[.\-]\d{4}(?:[ ]?(?:x|ext\.?)[ ]?\d{1,5})?", re.IGNORECASE)
_CONTEXT: Final = re.compile(
    r"\b(?:phone|phones|telephone|tel|mobile|mob|cell|landline|call|called|calling|calls|ring|rang|rung|text|"
    r"texted|texts|sms|number|numbers|no|contact|contacted|contactable|phoned|telephoned|whatsapp|viber|fax|"
    r"dial|dialled|tel\.|reach(?:ed|es|ing|able)?\s+(?:\w+\s+)?on)\b",  # "could be reached (by her) on"
    re.IGNORECASE,
)
CONTEXT_WINDOW: Final = 60
MIN_NATIONAL_DIGITS: Final = 9
MIN_INTERNATIONAL_DIGITS: Final = 8


@dataclass(slots=True)
class PhoneSpan:
    """One telephone number found."""

    start: int
    end: int
    score: float
    reason: str


def _context_before(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return _CONTEXT.search(text, max(line_start, start - CONTEXT_WINDOW), start) is not None


def _parse(candidate: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    try:
        return phonenumbers.parse(candidate, region)
    except phonenumbers.NumberParseException:
        return None


def find_phones(text: str) -> Iterator[PhoneSpan]:
    """Telephone numbers of any country in ``text``.

    Args:
        text: The text to search.

    Yields:
        One span per number.
    """
    for match in _CANDIDATE.finditer(text):
        candidate = match.group(0)
        end = match.end()
        start = match.start()
        if candidate.count(")") > candidate.count("("):  # "(on 0722 123 456)": the bracket is the text's
            candidate = candidate[:-1]
            end -= 1
        elif candidate.startswith("(") and candidate.endswith(")") and candidate.count("(") == 1 \
                and candidate.count(")") == 1:  # "mobile (0722 123 456) was": brackets round the whole number
            candidate = candidate[1:-1]
            start, end = start + 1, end - 1
        digits = sum(c.isdigit() for c in candidate)
        if not could_be_identifier(candidate):
            continue
        candidate = _BRACKETED_CODE.sub(r"\1", candidate)  # "(+57) 328 …": the country's code in brackets
        if candidate.startswith(("+", "00")):
            number = _parse(candidate, "GB")
            if number is None or digits < MIN_INTERNATIONAL_DIGITS or not phonenumbers.is_possible_number(number):
                continue
            valid = phonenumbers.is_valid_number(number)
            yield PhoneSpan(start, end, 0.8 if valid else 0.6,
                            f"international number (+{number.country_code}){'' if valid else ', possible length'}")
            continue
        if digits < MIN_NATIONAL_DIGITS:
            continue
        if candidate.lstrip("(").startswith("0") and (uk := _parse(candidate, "GB")) is not None \
                and phonenumbers.is_valid_number(uk):
            continue  # a UK number written nationally: the UK recogniser's
        region = next((r for r in REGIONS
                       if (n := _parse(candidate, r)) is not None and phonenumbers.is_valid_number(n)), None)
        if region is None:
            continue
        if _context_before(text, start):
            yield PhoneSpan(start, end, 0.75, f"national number of {region} after a phone word")
        elif region == "US" and _NANP_SHAPE.fullmatch(candidate):
            yield PhoneSpan(start, end, 0.6, "North American number in its written shape")


class InternationalPhoneRecognizer(SpanFinderRecognizer):
    """Telephone numbers of other countries, and UK numbers written in international forms.

    Formats covered (invented numbers):

    * international: ``+48 512 345 678``, ``+40 722 123 456``, ``+234 803 123 4567``,
      ``+92 300 1234567``, ``0048 512 345 678``, ``+1 (415) 555-0199``, ``(+57) 328 573 08 55``; valid numbers
      score 0.8, numbers of a possible length 0.6;
    * national forms of other countries after a phone word on the same line ("mobile", "number",
      "call", "text", "reached on" …): ``0722 123 456`` (Romania), ``0803 123 4567`` (Nigeria), ``98765 43210``
      (India), ``512 345 678`` (Poland), at 0.75. Numbers that are also valid UK numbers written
      from 0 (Pakistan's ``0300 …`` mobiles are UK ``0300`` numbers too) are the UK recogniser's;
    * North American numbers in their own written shape anywhere: ``(415) 555-0199``,
      ``415-555-0199``, ``415.555.0199``, ``1 (415) 555-0199 ext. 12`` (0.6).

    The ``phonenumbers`` library decides validity. Precision guards: a national number needs nine
    digits, and an international one eight; years, spans of years, dates, paragraph numbers and
    amounts are never numbers (``could_be_identifier``); slashes (police references) never occur in a
    candidate; UK national numbers are left to the UK recogniser.
    """

    ENTITY: ClassVar[str] = PHONE_NUMBER

    def load(self) -> None:
        """Read every region's numbering metadata now, so the first document is not slower."""
        for region in ("GB", *REGIONS):
            _parse("0", region)

    def find(self, text: str) -> Iterator[PhoneSpan]:
        """The telephone numbers in ``text``."""
        return find_phones(text)
