"""Recognises UK VAT registration numbers written with their ``GB`` prefix."""

from __future__ import annotations

from typing import ClassVar

from stdnum.gb import vat

from recognizers.base import TablePatternRecognizer
from recognizers.catalogue import UK_VAT
from recognizers.patterns import Pattern


class VatNumberRecognizer(TablePatternRecognizer):
    """UK VAT registration numbers (a sole trader's identifies a person).

    Formats covered: ``GB`` (or ``XI``) then nine digits with the check python-stdnum implements,
    spaced as HMRC prints them or not: ``GB 314 1592 28``, ``GB314159228``; branch traders'
    twelve digits (``GB 314 1592 28 001``) at 0.8; nine (or twelve) digits run together without the
    prefix when the check holds (``314159228``, 0.5). A wrong check drops the match; "VAT number" as a label
    finds such a value anyway (``labelled_identifier``). Capital letters only.
    """

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "VAT number (GB prefix)",
            r"(?<![\w/\-])(?:GB|XI)[ ]?(?:\d{3}[ ]?\d{4}[ ]?\d{2}(?:[ ]?\d{3})?|\d{3}[ ]\d{3}[ ]\d{3})"
            r"(?![\w/\-]|[.,]\d)",
            0.8,
        ),
        Pattern(
            "VAT number (check digits, no prefix)",
            r"(?<![\w/\-+.]|\d[ ])\d{9}(?:\d{3})?(?![\w/\-]|[.,]\d|[ ]\d)",
            0.5,
        ),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = ("vat", "registration", "hmrc", "business", "trader")

    ENTITY: ClassVar[str] = UK_VAT
    CASE_SENSITIVE: ClassVar[bool] = True

    def validate_result(self, pattern_text: str) -> bool:
        """Check the number with python-stdnum.

        Args:
            pattern_text: The matched text.

        Returns:
            True for a valid VAT number.
        """
        return bool(vat.is_valid(pattern_text))
