"""Recognises Ofsted unique reference numbers (URNs) of schools, children's homes and providers."""

from __future__ import annotations

from typing import ClassVar

from recognizers.base import TablePatternRecognizer
from recognizers.catalogue import OFSTED_URN
from recognizers.patterns import Pattern

_LABEL = (
    r"(?:(?-i:\bURN)|\bunique\s+reference\s+number|\bofsted(?:\s+(?:urn|ref(?:erence)?|number|no|id"
    r"|registration(?:\s+(?:number|no))?))?)\.?\s*[:#]?\s*"
)
# After the label, and not glued to it ("refX1234567").
_AFTER_LABEL = rf"(?<={_LABEL})(?<![\w\-])"
_END = r"(?![\w/\-]|[.,]\d)"


class OfstedUrnRecognizer(TablePatternRecognizer):
    """Ofsted unique reference numbers (URNs).

    Formats covered:

    * social-care providers (children's homes, fostering agencies): ``SC123456`` and
      ``SC 123456`` (capital ``SC`` and six digits) on their own;
    * early-years providers and childminders: ``EY123456`` on its own;
    * six- or seven-digit school and provider URNs only after ``URN``, "unique reference
      number" or "Ofsted" (``URN 100000``, ``Ofsted URN: 2512345``). A police "URN" with
      slashes (``URN 52/1187/19``) is not taken.

    Scottish charity numbers share the ``SC`` + six digits shape and will also match.
    """

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern("Ofsted URN (social care)", rf"(?<![\w/\-])(?-i:SC)[ ]?\d{{6}}{_END}", 0.85),
        Pattern("Ofsted URN (early years)", rf"(?<![\w/\-])(?-i:EY)\d{{6}}{_END}", 0.75),
        Pattern("Ofsted URN (labelled)", rf"{_AFTER_LABEL}(?:(?-i:SC|EY)[ ]?)?\d{{6,7}}{_END}", 0.85),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = (
        "urn", "ofsted", "unique", "reference", "school", "home", "provider", "registration",
    )

    ENTITY: ClassVar[str] = OFSTED_URN
