"""Recognises passport numbers: the letter-and-digit form on its own, digits only beside the word."""

from __future__ import annotations

from typing import ClassVar

from recognizers.base import TablePatternRecognizer
from recognizers.catalogue import UK_PASSPORT
from recognizers.patterns import Pattern

_END = r"(?![\w/\-]|[.,]\d)"
# "passport", then up to three words ("passport number", "passport no. is", "Polish passport,").
_AFTER_WORD = (
    r"(?<![\w\-])(?=[A-Z0-9])"
    r"(?<=(?i:\bpassports?\b)(?:[\s,:#.]+(?i:number|no|num|ref|is|was|details|id|reads?))*\.?[\s,:#]*)"
)


class PassportRecognizer(TablePatternRecognizer):
    """Passport numbers.

    Formats covered:

    * two letters and seven digits on their own, ``XK4820917`` (0.5, raised by "passport"
      nearby); upper or lower case, no space inside;
    * straight after "passport" (with "number", "no.", "is" between): nine digits, the older British
      form (``passport number 305867214``), and other countries' forms of one or two letters and
      six to eight digits (``passport no. K7719203``, ``passport EB1234567``) at 0.8.

    Nine digits alone, a space inside (``XK 4820917``), three letters or eight digits after two
    letters are not matched on their own.
    """

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern("Passport (two letters, seven digits)", r"(?<![\w/\-])(?i:[A-Z]{2})\d{7}" + _END, 0.5,
                cue=r"\d{7}"),
        Pattern("Passport (after the word)", rf"{_AFTER_WORD}(?:\d{{9}}|[A-Z]{{1,2}}\d{{6,8}}){_END}", 0.8,
                cue="passport"),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = ("passport", "passports", "travel", "nationality")

    ENTITY: ClassVar[str] = UK_PASSPORT
