"""Recognises UK National Insurance numbers."""

from __future__ import annotations

from typing import Any

import regex as re
from presidio_analyzer import Pattern
from presidio_analyzer.predefined_recognizers import UkNinoRecognizer

from recognizers.catalogue import UK_NINO

# First letter not D, F, I, Q, U or V; second letter not D, F, I, O, Q, U or V; and the
# prefixes BG, GB, KN, NK, NT, TN and ZZ are never issued.
_PREFIX = r"(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
_DIGITS = r"\d{2}(?:[ ]?\d{2}){2}"  # "123456", "12 34 56"
_LABEL = (
    r"(?i:\b(?:national\s+insurance|n\.?\s?i\.?)\s*(?:number|no\.?|num)?|\bnino)"
    r"\s*[:#]?\s*"
)


class NationalInsuranceRecognizer(UkNinoRecognizer):
    """UK National Insurance numbers (NINOs).

    Formats covered (capital letters only, so lower-case prose cannot match):

    * ``AB 12 34 56 C`` and ``AB123456C``, and mixed spacing such as ``AB 123456 C``;
    * without the final letter (``AB 12 34 56``) only straight after a label such as
      "NI number", "National Insurance No." or "NINO".

    The prefix follows HMRC's rules: first letter not D, F, I, Q, U, V; second letter
    not D, F, I, O, Q, U, V; never BG, GB, KN, NK, NT, TN or ZZ. The suffix is A-D.
    """

    PATTERNS = [  # noqa: RUF012  (a list on Presidio's base class)
        Pattern("NINO (with suffix)", rf"(?<![\w-]){_PREFIX}[ ]?{_DIGITS}[ ]?[A-D](?![\w-])", 0.7),
        Pattern(
            "NINO (labelled, no suffix)",
            rf"(?<={_LABEL})(?<![\w\-]){_PREFIX}[ ]?{_DIGITS}(?![ ]?[A-D]\b)(?![\w-])",
            0.6,
        ),
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
