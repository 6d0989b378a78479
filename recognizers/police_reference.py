"""Recognises police crime/incident references and Police National Computer (PNC) IDs."""

from __future__ import annotations

from typing import Any, ClassVar

import regex as re
from presidio_analyzer import AnalysisExplanation, RecognizerResult

from recognizers.base import TablePatternRecognizer
from recognizers.catalogue import PNC_ID, POLICE_REFERENCE
from recognizers.patterns import Pattern

_START = r"(?<![\w/.\-])"
_END = r"(?![\w/]|[.,\-]\d)"
_DATE = r"\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})"
# ... and in words, as a log's date is also written ("incident 123 of 4 May 2019")
_WRITTEN_DATE = (r"\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
                 r"\s+(?:\d{4}|\d{2})")
# Words that introduce a police reference when followed by "reference", "number", etc.
_POLICE_WORD = (
    r"(?:crime|incident|occurrence|police|log|cad|storm|oel|niche|athena|investigation|offence)"
)
_LABEL = (
    rf"(?:\b{_POLICE_WORD}\s+(?:ref(?:erence)?|number|no|num|id)(?:\s+(?:number|no))?\.?"
    r"|\bcrime\s+ref\.?"
    r"|(?-i:\b(?:CRN|CAD|STORM|OEL)))"
    r"\s*[:#]?\s*"
)
# Prefixes of police systems' references: missing-from-home (MFH, MISPER), crime (CR, CRN), incident
# and log (INC, CAD, OEL, OCC), custody (CUST, CU), Niche (NC).
_POLICE_PREFIX = r"MFH|MISPER|MP|CRIS|CRN|CR|INC|CAD|OEL|OCC|CUST|CU|NC"
# A code: letters, digits, "/" and "-", with at least one digit and no trailing separator.
_CODE = r"(?=[A-Z0-9/\-]*\d)[A-Z0-9]+(?:[/\-][A-Z0-9]+)*"
_DATE_RE = re.compile(rf"{_DATE}|\d{{4}}-\d{{2}}-\d{{2}}")
_YEAR_RE = re.compile(r"(?:19|20)\d{2}")


class PoliceReferenceRecognizer(TablePatternRecognizer):
    """Police crime, incident, occurrence and log references.

    Formats covered:

    * force / serial / year on its own: ``12/34567/19``, ``43/1234/10``,
      ``43/12345/2019`` (a middle part that is a year, as in ``01/2019/20``, needs a label); a
      station code of capitals and digits in place of the force number, as custody records
      have it: ``52KT/48213/16``;
    * after a label: ``CRN 12/34567/19``, ``crime reference 43/1234/10``,
      ``crime number CR/012345/19``, ``occurrence number MP-19-123456``,
      ``police ref. 1234567/19``, ``CAD 4521``, ``URN 52/1187/19`` (with a slash, so an
      Ofsted URN is not taken);
    * a system's prefix and number groups on their own: ``MFH/02/17/04412`` (missing from home),
      ``MISPER/2019/0081``, ``CR/0456789/18``, ``CU/12345/19`` (custody), ``INC-1234-190518``;
    * a year, a system's letters and a serial: ``21/MP/00412`` (a missing-person record); a Niche occurrence,
      its year, a star and a serial: ``21*011874``;
    * a command-and-control log number with its date run together: ``0917/14MAR17``;
    * an incident or log number with its date: ``incident 0123 of 14/05/2019``,
      ``log 1234 21/06/2016``; the span covers number and date.

    A labelled value needs three digits, or four when it is digits only ("police number
    101" is not a reference). Dates (``12/05/2019``), fractions and plain years are never
    matched.
    """

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "Police reference (force/serial/year)",
            rf"{_START}\d{{2}}/(?!(?:19|20)\d{{2}}/)\d{{4,7}}/(?:(?:19|20)\d{{2}}|\d{{2}}){_END}",
            0.6,
        ),
        Pattern(
            "Police reference (station code/serial/year)",
            rf"{_START}(?-i:(?=[A-Z]{{0,4}}\d)(?=\d{{0,4}}[A-Z])[0-9A-Z]{{2,5}})/(?!(?:19|20)\d{{2}}/)\d{{4,7}}/"
            rf"(?:(?:19|20)\d{{2}}|\d{{2}}){_END}",
            0.6,
        ),
        Pattern(
            "Police reference (labelled)",
            rf"(?<![\w\-])(?=[A-Z0-9/\-]*\d)(?<={_LABEL}){_CODE}{_END}",
            0.85,
        ),
        Pattern(
            "Police reference (system prefix and number groups)",
            rf"{_START}(?-i:{_POLICE_PREFIX})[/\-]\d{{1,8}}(?:[/\-]\d{{1,8}}){{1,3}}{_END}",
            0.85,
        ),
        Pattern(
            "Police reference (year/system letters/serial)",
            rf"{_START}\d{{2}}/(?-i:[A-Z]{{1,4}})/\d{{4,7}}{_END}",
            0.6,
        ),
        Pattern("Police reference (Niche occurrence, year*serial)", r"(?<![\w*/.\-])\d{2}\*\d{6,7}(?![\w*])", 0.6),
        Pattern(
            "Police incident log (number/DDMMMYY)",
            rf"{_START}\d{{3,5}}/[0-3]\d(?-i:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\d{{2}}{_END}",
            0.85,
        ),
        Pattern(
            "Police reference (URN with slash)",
            rf"(?<=(?-i:\bURN)\s*[:#]?\s*)(?=[A-Z0-9/\-]*\d)[A-Z0-9]+(?:[/\-][A-Z0-9]+)*/[A-Z0-9]+{_END}",
            0.85,
        ),
        Pattern(
            "Police reference (log number and date)",
            rf"(?<![\w\-])(?=\d)(?<=\b(?:incident|log|cad|storm|occurrence)\s+(?:(?:number|no|ref)\.?\s*)?\(?)"
            rf"\d{{3,6}}(?:\s+(?:of|on|dated)\s+|\s*[,/]?\s+)(?:{_DATE}|{_WRITTEN_DATE})(?![\w/])",
            0.85,
        ),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = (
        "crime", "incident", "occurrence", "police", "log", "crn", "urn", "reference", "ref",
        "cad", "storm", "niche", "athena",
    )

    ENTITY: ClassVar[str] = POLICE_REFERENCE

    def invalidate_result(self, pattern_text: str) -> bool:
        """Reject labelled values that are only a date, a year or too short to be a reference.

        Args:
            pattern_text: The matched text.

        Returns:
            True when the match should be discarded.
        """
        if " " in pattern_text:  # number and date: the number was checked by the pattern
            return False
        digits = sum(c.isdigit() for c in pattern_text)
        return (
            digits < 3
            or (pattern_text.isdigit() and digits < 4)  # "police number 101"
            or _DATE_RE.fullmatch(pattern_text) is not None
            or _YEAR_RE.fullmatch(pattern_text) is not None
        )


PNC_LETTERS = "ZABCDEFGHJKLMNPQRTUVWXY"


def pnc_check_letter(year: str, serial: str) -> str:
    """Compute the check letter of a PNC ID.

    The number formed by the last two digits of the year followed by the serial number
    zero-padded to seven digits is taken mod 23 and looked up in ``PNC_LETTERS``.

    Args:
        year: The 2- or 4-digit year.
        serial: The serial number (1-7 digits).

    Returns:
        The check letter.
    """
    return PNC_LETTERS[int(year[-2:] + serial.zfill(7)) % 23]


LABELLED_INVALID_SCORE = 0.6
_LABELLED = re.compile(
    r"(?<=\bPNC(?:\s+(?i:id|number|no|ref))?\.?\s*[:#]?\s*)"
    r"(?:(?:19|20)\d{2}/?\d{7}|\d{2}/?\d{1,7})[A-Z](?![\w/\-])"
)


class PncIdRecognizer(TablePatternRecognizer):
    """Police National Computer (PNC) IDs, validated by the check letter.

    Formats covered:

    * on their own: ``15/123456U``, ``2015/0123456U`` (5-7 digit serial);
    * after "PNC" (``PNC 15/123456U``, ``PNC ID: 07/555J``, ``PNC no. 150123456U``): any
      serial of 1-7 digits, with or without the slash. A labelled ID with a wrong check letter
      is still reported (score 0.6): a typo in a draft does not make the number less identifying.

    The check letter is ``ZABCDEFGHJKLMNPQRTUVWXY[int(yy + serial padded to 7) % 23]``
    (confirmed against the Ministry of Justice's PNC validator and its test data); IDs with
    a wrong check letter are dropped, valid ones score 1.0. Capital letters only.
    """

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern("PNC ID", rf"{_START}(?:(?:19|20)\d{{2}}|\d{{2}})/\d{{5,7}}[A-Z](?![\w/\-])", 0.5),
        Pattern(
            "PNC ID (labelled)",
            r"(?<=\bPNC(?:\s+(?i:id|number|no|ref))?\.?\s*[:#]?\s*)"
            r"(?:(?:19|20)\d{2}/?\d{7}|\d{2}/?\d{1,7})[A-Z](?![\w/\-])",
            0.5,
        ),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = ("pnc", "police", "national", "computer", "cro")

    ENTITY: ClassVar[str] = PNC_ID
    CASE_SENSITIVE: ClassVar[bool] = True  # capitals only

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        """Validated IDs, plus labelled IDs whose check letter is wrong (at a lower score)."""
        results: list[RecognizerResult] = super().analyze(text, entities, nlp_artifacts, regex_flags)
        if self.supported_entities[0] not in entities:
            return results
        taken = {(r.start, r.end) for r in results}
        for m in _LABELLED.finditer(text):
            if (m.start(), m.end()) not in taken:
                results.append(RecognizerResult(
                    self.supported_entities[0], m.start(), m.end(), LABELLED_INVALID_SCORE,
                    AnalysisExplanation(type(self).__name__, LABELLED_INVALID_SCORE,
                                        pattern_name="PNC ID (labelled, check letter wrong)",
                                        validation_result=False),
                    {"recognizer_name": type(self).__name__, "recognizer_identifier": str(self.id)}))
        return results

    def validate_result(self, pattern_text: str) -> bool:
        """Check the PNC ID's check letter.

        Args:
            pattern_text: The matched text.

        Returns:
            True when the last character is the correct check letter.
        """
        body, check = pattern_text[:-1], pattern_text[-1]
        if "/" in body:
            year, serial = body.split("/")
        elif len(body) == 11:  # 4-digit year and 7-digit serial run together
            year, serial = body[:4], body[4:]
        else:
            year, serial = body[:2], body[2:]
        return pnc_check_letter(year, serial) == check
