"""Recognises court case and claim numbers."""

from __future__ import annotations

from typing import ClassVar

from recognizers.base import TablePatternRecognizer
from recognizers.catalogue import COURT_CASE_NUMBER
from recognizers.patterns import Pattern

_START = r"(?<![\w/\-])"
_END = r"(?![\w/\-])"
_LABEL = (
    r"(?i:\b(?:claim|court|case|proceedings|tribunal|hearing|appeal)\s+"
    r"(?:number|no|ref(?:erence)?)\.?)\s*[:#]?\s*"
)


class CourtCaseNumberRecognizer(TablePatternRecognizer):
    """Court case and claim numbers.

    Formats covered (capital letters only):

    * family court (FamilyMan): court code, 2-digit year, case-type letter, 5 digits:
      ``XY19C01234`` (public law, C), ``AB12P00099`` (private law, P) score 0.75; other
      type letters (``ZW19D12345``) score 0.5;
    * Crown Court: ``T20191234``, ``T2019 1234``, ``S20191234``, ``A20191234``;
    * High Court CE-File: ``QB-2019-001234``;
    * after "claim/court/case number" (or "no." / "ref"): county court claim numbers
      and other court codes with letters and digits, such as ``claim number A1QZ1234``
      or ``court ref 3YM12345``. Codes of digits only are left to other recognisers.
    """

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern("Family court case number (C/P)", rf"{_START}[A-Z]{{2}}\d{{2}}[CP]\d{{5}}{_END}", 0.75),
        Pattern("Family court case number", rf"{_START}[A-Z]{{2}}\d{{2}}[ABD-OQ-Z]\d{{5}}{_END}", 0.5),
        Pattern("Crown Court case number", rf"{_START}[TSA](?:19|20)\d{{2}}[ ]?\d{{4}}{_END}", 0.6),
        Pattern("High Court case number", rf"{_START}[A-Z]{{2}}-(?:19|20)\d{{2}}-\d{{6}}{_END}", 0.7),
        Pattern(
            "Court or claim number (labelled)",
            rf"(?<={_LABEL})(?<![\w\-])(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{{6,12}}{_END}",
            0.7,
        ),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = (
        "court", "case", "claim", "proceedings", "family", "crown", "county", "judge", "hearing",
        "tribunal",
    )

    ENTITY: ClassVar[str] = COURT_CASE_NUMBER
    CASE_SENSITIVE: ClassVar[bool] = True  # capitals only
