"""Recognises Scottish Community Health Index (CHI) numbers: a date of birth and a modulus-11 check digit."""

from __future__ import annotations

import calendar
from typing import ClassVar

from recognizers.base import TablePatternRecognizer
from recognizers.catalogue import UK_CHI
from recognizers.patterns import Pattern


def mod11_check_digit(body: str) -> int | None:
    """The modulus-11 check digit of nine digits (weights 10 down to 2), as NHS, CHI and H&C use.

    Args:
        body: The first nine digits.

    Returns:
        The check digit, or ``None`` when the remainder makes it 10 (no number is issued then).
    """
    check = 11 - sum(int(d) * w for d, w in zip(body, range(10, 1, -1), strict=True)) % 11
    return None if check == 10 else check % 11


def chi_is_valid(digits: str) -> bool:
    """Whether ten digits are a CHI number: a real date ``DDMMYY`` first and a valid check digit.

    Args:
        digits: The ten digits.

    Returns:
        True when both hold.
    """
    if len(digits) != 10 or not digits.isdigit():
        return False
    day, month = int(digits[:2]), int(digits[2:4])
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(2000, month)[1]:
        return False
    return mod11_check_digit(digits[:9]) == int(digits[9])


class ChiNumberRecognizer(TablePatternRecognizer):
    """Community Health Index (CHI) numbers, Scotland's patient identifier.

    Formats covered: ten digits, the holder's date of birth ``DDMMYY`` then four digits of which
    the last is a modulus-11 check digit, written ``1403820635``, ``140382 0635`` or
    ``140382-0635``. Both the date and the check digit must be valid (score 0.7, raised by "CHI"
    nearby); "CHI" as a label finds a value whose check fails (``labelled_identifier``).
    """

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern("CHI number", r"(?<![\w/\-+.]|\d[ ])[0-3]\d[01]\d{3}[ \-]?\d{4}(?![\w/\-]|[.,]\d|[ ]\d)", 0.7),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = ("chi", "community", "health", "index", "patient", "scotland")

    ENTITY: ClassVar[str] = UK_CHI

    def validate_result(self, pattern_text: str) -> bool:
        """Check the date and the check digit.

        Args:
            pattern_text: The matched text.

        Returns:
            True for a valid CHI number.
        """
        return chi_is_valid(pattern_text.replace(" ", "").replace("-", ""))
