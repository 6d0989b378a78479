"""Recognises HMRC references: Unique Taxpayer References (UTR) and temporary reference numbers (TRN)."""

from __future__ import annotations

from typing import ClassVar

from stdnum.gb import utr

from recognizers.base import TablePatternRecognizer
from recognizers.catalogue import UK_TAX_REFERENCE
from recognizers.patterns import Pattern

_START = r"(?<![\w/\-+.]|\d[ ])"
_END = r"(?![\w/\-]|[.,]\d|[ ]\d)"
_TRN_DIGITS = r"(?:\d{5}|\d{3}[ ]\d{2}|\d{2}[ ]\d{3})"


class TaxReferenceRecognizer(TablePatternRecognizer):
    """HMRC Unique Taxpayer References and temporary reference numbers.

    Formats covered:

    * UTR: ten digits whose first digit is the check digit of the other nine (weights 6, 7, 8, 9,
      10, 5, 4, 3, 2, mod 11), written ``9730521846``, ``97305 21846`` or with HMRC's ``K``
      (``9730521846K``). Numbers that fail the check are dropped here (a label still makes them
      an identifier: see ``labelled_identifier``); valid ones score 0.6, raised by "UTR",
      "tax" or "HMRC" nearby;
    * TRN (the temporary reference HMRC gives someone without a National Insurance number): two
      digits, a capital letter and five digits in any spacing: ``47H58213``, ``47H 58213``,
      ``47 H 582 13`` (0.5).
    """

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern("UTR (check digit)", rf"{_START}K?\d{{5}}[ ]?\d{{5}}K?{_END}", 0.6),
        Pattern("TRN", rf"{_START}\d{{2}}[ ]?(?-i:[A-Z])[ ]?{_TRN_DIGITS}{_END}", 0.5),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = (
        "utr", "taxpayer", "tax", "hmrc", "paye", "self-assessment", "trn", "temporary",
    )

    ENTITY: ClassVar[str] = UK_TAX_REFERENCE

    def validate_result(self, pattern_text: str) -> bool | None:
        """Check a UTR's check digit (a TRN has none).

        Args:
            pattern_text: The matched text.

        Returns:
            True for a valid UTR, False for ten digits that fail the check, None for a TRN.
        """
        compact = pattern_text.replace(" ", "").strip("K")
        if not compact.isdigit():
            return None
        return bool(utr.is_valid(compact))
