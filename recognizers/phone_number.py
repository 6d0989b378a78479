"""Recognises UK landline and mobile telephone numbers."""

from __future__ import annotations

from typing import ClassVar

import phonenumbers

from recognizers.base import TablePatternRecognizer
from recognizers.catalogue import PHONE_NUMBER
from recognizers.patterns import Pattern

# The national significant number (NSN: the number without its leading 0 or +44) is 9 or
# 10 digits. These are the groupings people write; each allows the separators to be left
# out, so "07700900123" is covered by the first.
_SEP = r"[ -]?"
_NSN = (
    r"(?:"
    rf"\d{{2}}{_SEP}\d{{4}}{_SEP}\d{{4}}"  # 20 7946 0958
    rf"|\d{{3}}{_SEP}\d{{3}}{_SEP}\d{{4}}"  # 121 496 0034, 800 123 4567
    rf"|\d{{4}}{_SEP}\d{{3}}{_SEP}\d{{3}}"  # 7700 900 123
    rf"|\d{{4}}{_SEP}\d{{5,6}}"  # 7700 900123, 1632 960395, 1204 12345
    rf"|\d{{5}}{_SEP}\d{{4,5}}"  # 16977 4567
    rf"|\d{{3}}{_SEP}\d{{6,7}}"  # 800 123456, 121 4960034
    rf"|\d{{2}}{_SEP}\d{{8}}"  # 20 79460958
    r")"
)
# The area code in brackets: "(0118) 496 0229", "(01632) 960395", "(020) 7946 0958".
_BRACKETED = r"\(0\d{2,5}\)[ ]?\d{3,4}[ -]?\d{3,4}|\(0\d{3,5}\)[ ]?\d{5,6}"
_START = r"(?<![\w+/\-]|\d[.,])"
# Numbers only an organisation has: freephone (0800, 0808), non-geographic (03, a council's or a force's),
# shared-cost (0845) and premium ones; a family's are landlines and mobiles.
_ORGANISATIONS_LINES = frozenset({
    phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.UAN,
    phonenumbers.PhoneNumberType.SHARED_COST, phonenumbers.PhoneNumberType.PREMIUM_RATE,
})
# An extension after the number ("ext. 4512", "extension 21", "x4512"): part of it, one person's line.
_EXTENSION = r"(?:[ ]?,?[ ]?(?:(?i:ext|extn)\.?|(?i:extension)|x)[ ]?\d{1,5})?"
_END = _EXTENSION + r"(?![\w/]|-\d|[.,]\d)"


class UkPhoneRecognizer(TablePatternRecognizer):
    """UK landline and mobile numbers in the usual spellings.

    Formats covered:

    * national: ``0121 496 0587``, ``01632 960718``, ``020 7946 0958``, ``07700 900123``,
      ``07700 900 123``, ``07700900123``, hyphenated ``0121-496-0034``;
    * international: ``+44 7700 900123``, ``+447700900123``, ``+44 (0)121 496 0000``;
    * bracketed area code: ``(0118) 496 0229``.

    A candidate must start with ``0``, ``(0`` or ``+44``, so dates, years, NHS numbers
    (10 digits starting 9) and police references (with slashes) do not match. The
    ``phonenumbers`` package then checks the length: numbers it cannot make into a
    possible UK number are dropped, numbers in an allocated range score 1.0 and the rest
    (for example Ofcom's drama ranges) keep the pattern score. An organisation's number (freephone,
    03, shared-cost, premium: a helpline's, a council's) is no one's and is dropped too.
    """

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern("UK phone (national)", rf"{_START}0{_NSN}{_END}", 0.6),
        Pattern("UK phone (international)", rf"{_START}\+44[ ]?(?:\(0\)[ ]?)?(?=[1-9]){_NSN}{_END}", 0.6),
        Pattern("UK phone (bracketed area code)", rf"{_START}(?:{_BRACKETED}){_END}", 0.6),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = (
        "phone", "telephone", "tel", "mobile", "mob", "landline", "call", "called", "ring",
        "text", "texted", "contact", "number", "whatsapp",
    )

    ENTITY: ClassVar[str] = PHONE_NUMBER

    def validate_result(self, pattern_text: str) -> bool | None:
        """Check the candidate with ``phonenumbers``.

        Args:
            pattern_text: The matched text.

        Returns:
            True for a valid (allocated) UK number, None for a possible but unallocated one
            (kept at the pattern score), False when it cannot be a UK number.
        """
        try:
            number = phonenumbers.parse(pattern_text, "GB")
        except phonenumbers.NumberParseException:
            return False
        if number.country_code != 44 or not phonenumbers.is_possible_number(number):
            return False
        if phonenumbers.number_type(number) in _ORGANISATIONS_LINES:
            return False  # a helpline's, a council's contact centre's: no one has one at home
        return True if phonenumbers.is_valid_number(number) else None
