"""Recognises English Unique Pupil Numbers (UPNs) by their check letter."""

from __future__ import annotations

from typing import ClassVar

from recognizers.base import TablePatternRecognizer
from recognizers.catalogue import UK_UPN
from recognizers.patterns import Pattern

# The DfE alphabet: A-Z without I, O and S. A letter's value is its index (A=0 ... Z=22).
UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"
MIN_LA_NUMBER = 201  # DfE local-authority numbers are 201 (City of London) and up
_LETTER = "[A-HJ-NPRT-Z]"


def upn_check_letter(body: str) -> str:
    """Compute the check letter for the 12 characters after it.

    The DfE algorithm: multiply the characters in positions 2-13 by weights 2-13, sum,
    take the remainder mod 23 and look it up in ``UPN_LETTERS``. Digits count as their
    value; a letter (the last character of a temporary UPN) counts as its index in
    ``UPN_LETTERS``.

    Args:
        body: The 12 characters after the check letter.

    Returns:
        The check letter.

    Raises:
        ValueError: If ``body`` is not 11 digits and a digit or DfE letter.
    """
    if len(body) != 12 or not body[:11].isdigit():
        raise ValueError("a UPN body is 11 digits and a digit or letter")
    values = [int(c) if c.isdigit() else UPN_LETTERS.index(c) for c in body]
    return UPN_LETTERS[sum(weight * value for weight, value in zip(range(2, 14), values, strict=True)) % 23]


class UniquePupilNumberRecognizer(TablePatternRecognizer):
    """English Unique Pupil Numbers (UPNs), validated by the check letter.

    Formats covered: ``B801200005001`` (check letter + 12 digits) and temporary UPNs
    whose last character is a letter (``R99970000001K``). Capital letters only; the
    letters I, O and S are never used. Bare matches whose check letter is wrong are
    dropped; valid ones score 1.0. The local-authority number inside must be 201 or more
    (no DfE number is lower); it is not checked against the DfE list, which changes over time.
    """

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern("UPN (check letter)", rf"(?<![\w/-]){_LETTER}\d{{11}}(?:\d|{_LETTER})(?![\w/-])", 0.5),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = ("upn", "pupil", "unique", "school", "dfe")

    ENTITY: ClassVar[str] = UK_UPN
    CASE_SENSITIVE: ClassVar[bool] = True  # capitals only

    def invalidate_result(self, pattern_text: str) -> bool:
        """Reject UPNs whose local-authority number cannot exist (DfE numbers run from 201).

        Args:
            pattern_text: The matched text.

        Returns:
            True when the match should be discarded.
        """
        return int(pattern_text[1:4]) < MIN_LA_NUMBER

    def validate_result(self, pattern_text: str) -> bool:
        """Check the UPN's check letter.

        Args:
            pattern_text: The matched text.

        Returns:
            True when the first character is the correct check letter.
        """
        return upn_check_letter(pattern_text[1:]) == pattern_text[0]
