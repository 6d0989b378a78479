"""Recognises local-authority social-care record numbers introduced by a system name or label."""

from __future__ import annotations

from typing import ClassVar

from recognizers.base import TablePatternRecognizer
from recognizers.catalogue import LA_CASE_ID
from recognizers.patterns import Pattern

# Case-management systems whose name alone introduces a record number ("LCS 1234567").
_SYSTEM = (
    r"(?:(?-i:LCS|ICS|EHM|CCM)|mosaic|liquid\s?logic|care\s?first|framework[\s\-]?i(?!\w)|eclipse"
    r"|care\s?director|azeus|(?-i:SWIFT|AIS))"
)
# Names that are also ordinary words or places ("Paris", "protocol"): a label is required.
_WEAK_SYSTEM = r"(?:paris|protocol)"
_ID_LABEL = (
    r"(?:id|ref(?:erence)?|number|no|num|record|person\s+id|client\s+id|child\s+id"
    r"|case\s+(?:number|no|id))\.?"
)
# Record words that introduce a record number without a system name.
_RECORD_LABEL = (
    r"(?:case\s+record(?:\s+(?:number|no|id))?|case\s+(?:number|no|id)|client\s+(?:id|number|no|ref)"
    r"|person\s+(?:id|number|ref)|child(?:'s|’s)?\s+(?:id|number|ref)|record\s+(?:number|no|id)"
    r"|social\s+care\s+(?:id|number|no|record|ref))\.?"
)
_LEAD = r"\s*[:#]?\s*\(?\s*"
_LABEL = (
    rf"(?:\b{_SYSTEM}(?:\s+{_ID_LABEL}|\s+case)?"
    rf"|\b{_WEAK_SYSTEM}\s+{_ID_LABEL}"
    rf"|\b{_RECORD_LABEL})"
    rf"{_LEAD}"
)
_VALUE = r"(?:[A-Z]{1,3}-?)?\d{5,10}"
# Cheap checks first, so the long look-behind only runs where a value could start.
_AFTER_LABEL = rf"(?<![\w\-])(?=(?:[A-Z]{{1,3}}-?)?\d)(?<={_LABEL})"
_END = r"(?![\w/\-]|[.,]\d)"
# A running header or footer names the board or the review, then the case's record number after a dash or
# bar ("Westshire Safeguarding Children Board – Serious Case Review (draft) – 4718265"): a long bare number
# there is no page, paragraph or row number.
_AFTER_TITLE = (r"(?<![\w\-])(?=\d)(?<=\b(?i:board|partnership|review|scr|cspr|lcspr|lscb|lscp|scb|scp)\b"
                r"[^\n\d]{0,30}[\u2013\u2014|\-:][ \t]*)")


class LocalAuthorityCaseIdRecognizer(TablePatternRecognizer):
    """Local-authority social-care record numbers.

    Formats covered: a 5-10 digit number (optionally with a 1-3 letter prefix such as
    ``P1234567`` or ``CF-123456``) straight after

    * a case-management system: ``LCS 1234567``, ``Mosaic ID: 987654``,
      ``(Liquidlogic ref 445566)``, ``CareFirst 123456``, ``Frameworki no. 55501``,
      ``ICS 765432``, ``EHM 12345``; ``Paris`` and ``Protocol`` only with a label
      (``Paris ID 12345``), since they are also a city and a word;
    * a record word: ``case record 123456``, ``client ID 123456``, ``person ID 123456``,
      ``child ID 123456``, ``case number 1234567``, ``social care record 123456``.

    A bare 6-12 digit number is matched only on the review's running title line, after the board's or
    the review's name and a dash (``… Serious Case Review (draft) – 4718265``): a running header or footer
    carrying the case's record number. The span is the number, never the label. Police
    references ("CRN") are handled by the police recogniser.
    """

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern("LA case ID (system or record label)", rf"{_AFTER_LABEL}{_VALUE}{_END}", 0.85, cue=r"\d{5}"),
        Pattern("LA case ID (bare number on the review's running title line)", rf"{_AFTER_TITLE}\d{{6,12}}{_END}", 0.7),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = (
        "lcs", "mosaic", "liquidlogic", "carefirst", "frameworki", "ics", "protocol", "paris",
        "record", "client", "person", "child", "case", "id",
    )

    ENTITY: ClassVar[str] = LA_CASE_ID
