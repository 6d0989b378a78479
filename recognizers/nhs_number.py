"""Recognises NHS numbers (10 digits with a modulus-11 check digit)."""

from __future__ import annotations

from typing import Any

from presidio_analyzer.predefined_recognizers import NhsRecognizer

from recognizers.catalogue import UK_NHS
from recognizers.patterns import Pattern


class NhsNumberRecognizer(NhsRecognizer):
    """NHS numbers, validated with the modulus-11 check digit.

    Formats covered:

    * ``943 476 5919`` (3-3-4 with spaces),
    * ``943-476-5919`` (3-3-4 with hyphens),
    * ``9434765919`` (run together).

    The separators must be the same throughout. A number whose check value would be 10
    cannot be completed with one digit, so it never validates; numbers of one repeated digit
    (``0000000000``) are rejected too. The match must not continue a longer run of digit
    groups, so the tail of a phone number such as ``+44 121 496 0034`` is not taken for
    an NHS number.

    Presidio's ``NhsRecognizer`` supplies the checksum; this class tightens the pattern,
    emits ``UK_NHS`` and lists context words that work with whole-word lemma matching.
    """

    # Presidio declares these as plain lists on the base class, so they stay lists here.
    PATTERNS = [  # noqa: RUF012
        Pattern(
            "NHS number (checksum)",
            r"(?<![\d+)][ -]?)(?<![\w.,/+-])\d{3}([ -]?)\d{3}\1\d{4}(?![ -]?\d)(?![\w/]|[.,]\d)",
            0.5,
        ),
    ]
    CONTEXT = ["nhs", "health", "patient", "chi"]  # noqa: RUF012

    def __init__(self, supported_entity: str = UK_NHS, **kwargs: Any) -> None:
        """Create the recogniser.

        Args:
            supported_entity: The entity name to emit.
            **kwargs: Passed on to Presidio's ``NhsRecognizer``.
        """
        kwargs.setdefault("patterns", list(self.PATTERNS))
        kwargs.setdefault("context", list(self.CONTEXT))
        super().__init__(supported_entity=supported_entity, **kwargs)

    def invalidate_result(self, pattern_text: str) -> bool:
        """Reject numbers made of one repeated digit.

        Args:
            pattern_text: The matched text.

        Returns:
            True when the match should be discarded.
        """
        digits = [c for c in pattern_text if c.isdigit()]
        return len(set(digits)) == 1
