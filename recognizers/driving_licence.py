"""Recognises DVLA driving licence numbers by their structure (surname, date of birth, initials)."""

from __future__ import annotations

import calendar
from typing import ClassVar

import regex as re

from recognizers.base import TablePatternRecognizer
from recognizers.catalogue import UK_DRIVING_LICENCE
from recognizers.patterns import Pattern

# Surname: five characters, its first letters padded on the right with 9s ("FO999").
_SURNAME = r"[A-Z](?:[A-Z]{4}|[A-Z]{3}9|[A-Z]{2}99|[A-Z]999|9999)"
_DATE = r"\d[0156]\d[0-3]\d\d"  # decade, month (+50 for women), day, year
_REST = r"[A-Z9]{2}\d[A-Z0-9]{2}"  # initials (9 for none), a digit, two check characters
_SP = r"[ ]?"
_LICENCE = (
    rf"{_SURNAME}{_SP}\d{_SP}(?:[0156]\d[0-3]\d\d|[0156]\d[ ][0-3]\d\d|[0156]\d[0-3]\d[ ]\d)"
    rf"{_SP}{_REST}(?:[ ]?\d{{2}}(?!\d))?"
)
_PARTS = re.compile(rf"({_SURNAME})(\d)([0156]\d)([0-3]\d)(\d)([A-Z9]{{2}})(\d)([A-Z0-9]{{2}})(\d{{2}})?")


def licence_date_is_valid(month_code: str, day: str, year_digit: str) -> bool:
    """Check the month (1-12, or 51-62 for women) and the day of a licence number's date of birth.

    Args:
        month_code: The two month digits as written.
        day: The two day digits.
        year_digit: The last digit of the year (the decade digit comes before the month).

    Returns:
        True when the day exists in that month (29 February is allowed: the decade is unknown).
    """
    month = int(month_code) - (50 if int(month_code) > 50 else 0)
    if not 1 <= month <= 12:
        return False
    return 1 <= int(day) <= calendar.monthrange(2000, month)[1]


class DrivingLicenceRecognizer(TablePatternRecognizer):
    """DVLA (Great Britain) driving licence numbers.

    Formats covered: the 16-character number ``HARLO706123JT9XK`` (five surname characters padded
    with 9s, the decade digit, month (+50 for women), day and year digit of the date of birth, two
    initials padded with 9, a digit and two check characters), with the two-digit issue number
    after it (``HARLO706123JT9XK 01``) and with spaces between its parts as people type them
    (``HARLO 706123 JT9XK 01``, ``HARLO 706 123 JT9XK``). Lower case is accepted too: the structure
    is specific enough. The month and day must exist and surname padding must be trailing 9s,
    so ``HARLO713123JT9XK`` (month 13) and ``HA9LO...`` are rejected. Score 0.85; nothing
    else in a review has this shape.
    """

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        # (cued by a digit and the date's five digits, a space perhaps after the first and among them)
        Pattern("Driving licence (DVLA)", rf"(?<![\w/\-])(?i:{_LICENCE})(?![\w/\-])", 0.85, cue=r"\d ?\d\d ?\d\d ?\d"),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = ("driving", "licence", "license", "dvla", "driver", "licensed")

    ENTITY: ClassVar[str] = UK_DRIVING_LICENCE

    def invalidate_result(self, pattern_text: str) -> bool:
        """Reject numbers whose date of birth cannot exist.

        Args:
            pattern_text: The matched text.

        Returns:
            True when the match should be discarded.
        """
        parts = _PARTS.fullmatch(pattern_text.replace(" ", "").upper())
        if parts is None:
            return True
        return not licence_date_is_valid(parts.group(3), parts.group(4), parts.group(5))
