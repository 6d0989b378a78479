"""Recognises UK National Insurance numbers."""

from __future__ import annotations

from typing import Any

import regex as re
from presidio_analyzer.predefined_recognizers import UkNinoRecognizer

from recognizers.catalogue import UK_NINO
from recognizers.patterns import Pattern

# First letter not D, F, I, Q, U or V; second letter not D, F, I, O, Q, U or V; and the
# prefixes BG, GB, KN, NK, NT, TN and ZZ are never issued.
_PREFIX = r"(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
_DIGITS = r"(?:\d{2}(?:[ ]?\d{2}){2}|\d{3}[ ]\d{3})"  # "123456", "12 34 56", "123 456"
# Hyphens or dots set the prefix off from the digits, always, and the digits' groups all or not at all.
_MARKED_DIGITS = r"(?:\d{{2}}{s}\d{{2}}{s}\d{{2}}|\d{{6}}|\d{{3}}{s}\d{{3}})"
_MARKS = (("hyphens", "-"), ("dots", r"\."))
# The same rules in lower case, without prefixes that are English words ("at 12 34 56 a").
_LOWER_PREFIX = (
    r"(?!bg|gb|kn|nk|nt|tn|zz|at|an|as|be|by|he|me|we|my|on|or|so|to|up|us|go|it|is|in|am|ok|ah|eh|oh)"
    r"[a-ceghj-pr-tw-z][a-ceghj-npr-tw-z]"
)
_LABEL = (
    r"(?i:\b(?:national\s+insurance|n\.?\s?i\.?)\s*(?:number|no\.?|num)?|\bnino)"
    r"\s*[:#]?\s*"
)


class NationalInsuranceRecognizer(UkNinoRecognizer):
    """UK National Insurance numbers (NINOs).

    Formats covered (all capitals or all lower case, never mixed):

    * ``AB 12 34 56 C`` and ``AB123456C``, and mixed spacing such as ``AB 123456 C`` or
      ``AB 123 456 C``; the same all in lower case (``ab 12 34 56 c``, 0.6) unless the prefix is
      an English word such as "at" or "we";
    * the groups set apart by hyphens or dots instead (``AB-12-34-56-C``, ``AB-123456-C``,
      ``ab.12.34.56.c``), one mark throughout;
    * without the final letter (``AB 12 34 56``, ``AB-12-34-56``) only straight after a label such
      as "NI number", "National Insurance No." or "NINO".

    The prefix follows HMRC's rules: first letter not D, F, I, Q, U, V; second letter
    not D, F, I, O, Q, U, V; never BG, GB, KN, NK, NT, TN or ZZ. The suffix is A-D.
    """

    PATTERNS = [  # noqa: RUF012  (a list on Presidio's base class)
        Pattern("NINO (with suffix)", rf"(?<![\w-]){_PREFIX}[ ]?{_DIGITS}[ ]?[A-D](?![\w-])", 0.7),
        Pattern("NINO (lower case, with suffix)", rf"(?<![\w-]){_LOWER_PREFIX}[ ]?{_DIGITS}[ ]?[a-d](?![\w-])", 0.6),
        Pattern(
            "NINO (labelled, no suffix)",
            rf"(?<={_LABEL})(?<![\w\-]){_PREFIX}[ ]?{_DIGITS}(?![ ]?[A-D]\b)(?![\w-])",
            0.6,
        ),
        *(pattern for name, mark in _MARKS for pattern in (
            Pattern(f"NINO ({name}, with suffix)",
                    rf"(?<![\w-]){_PREFIX}{mark}{_MARKED_DIGITS.format(s=mark)}{mark}?[A-D](?![\w-])", 0.7),
            Pattern(f"NINO (lower case, {name}, with suffix)",
                    rf"(?<![\w-]){_LOWER_PREFIX}{mark}{_MARKED_DIGITS.format(s=mark)}{mark}?[a-d](?![\w-])", 0.6),
            Pattern(f"NINO (labelled, {name}, no suffix)",
                    rf"(?<={_LABEL})(?<![\w\-]){_PREFIX}{mark}{_MARKED_DIGITS.format(s=mark)}"
                    rf"(?!{mark}?[A-D]\b)(?![\w-])", 0.6),
        )),
    ]
    CONTEXT = ["national", "insurance", "ni", "nino", "hmrc", "dwp", "benefit"]  # noqa: RUF012

    def __init__(self, supported_entity: str = UK_NINO, **kwargs: Any) -> None:
        """Create the recogniser.

        Args:
            supported_entity: The entity name to emit.
            **kwargs: Passed on to Presidio's ``UkNinoRecognizer``.
        """
        kwargs.setdefault("patterns", list(self.PATTERNS))
        kwargs.setdefault("context", list(self.CONTEXT))
        super().__init__(supported_entity=supported_entity, **kwargs)
        # Case-sensitive on purpose: "at 12 34 56 a" in prose is not a NINO.
        self.global_regex_flags = re.DOTALL | re.MULTILINE
