"""Recognises other agencies' reference numbers (housing, hospital, benefits and so on)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import regex as re

from recognizers.base import TablePatternRecognizer
from recognizers.catalogue import AGENCY_REFERENCE
from recognizers.identifier_value import is_review_code, is_review_number, is_year_range
from recognizers.patterns import Pattern

if TYPE_CHECKING:
    from presidio_analyzer import RecognizerResult
    from presidio_analyzer.nlp_engine import NlpArtifacts

# Generic labels that say "a reference follows": "ref", "ref.", "reference number",
# "ref no", "no.", "number", "ID". "No" and "ID" must be capitalised ("no 5 year olds").
_LABEL = (
    r"(?:\bref(?:erence)?(?:\s*(?:no|number|num)\b)?\.?|\bnumber|\bnum\.|\bno\.|(?-i:\bNo\b|\bID\b))"
    r"\s*[:#]?\s*"
)
# Domain words that introduce a reference without "ref"/"number": "housing application
# HOU/2019/01234". The value must then look strongly like a code.
_DOMAIN = (
    r"(?:application|tenancy|account|claim|file|hospital|patient|benefit|housing|licence|license"
    r"|passport|referral|membership|policy|ticket|case)"
)
_SEPARATED_DIGITS = r"\d{3,5}(?:[ ]\d{3,4}){1,2}"  # 123 456 7890
_CODE = r"(?=[A-Z0-9/\-.]*\d)[A-Z0-9]+(?:[/\-.][A-Z0-9]+)*"
# A strong code: letters and digits together, or digit groups joined by "/".
_STRONG_CODE = (
    r"(?=[A-Z0-9/\-]*\d)(?:[A-Z]{1,6}[/\-]?\d[A-Z0-9]*(?:[/\-][A-Z0-9]+)*"
    r"|\d+(?:/[A-Z0-9]+)+)"
)
# After the label, and not glued to it ("refX1234567").
_AFTER_LABEL = rf"(?<![\w\-])(?=[\w/\-.]*\d)(?<={_LABEL})"
_END = r"(?![\w/\-]|[.,]\d)"

# A record's code standing alone: capitals (in groups: "NWP/SG/08841"), a dash or slash, then digits, five or more
# ("EH-0045127", "RXR21-118874"), or a year's digits, a system's capitals and a serial run together ("20MIS045127",
# "1420PL0873") or dashed ("2203-SDR-118"); digits in
# three dashed groups or more, eleven or more ("35202-8816427-4": ten are a phone's or an NHS number's). Public
# codes of that shape are a publication's, a standard's or a citation's. Capitals and digits run together with no
# dash ("A12345678", "MORGA600054SM9IJ") are the shape of a passport, a licence or a UPN: without its checksum or a
# label, no identifier of ours.
_LONE_CODE = (r"(?<![\w/\-.@#£$])(?-i:(?=(?:[A-Z/\-]*\d){5})(?:[A-Z]{1,6}\d{0,4}(?:[-/][A-Z]{1,4}\d{0,5})*\d*[-/]\d"
              r"|\d{2,4}[A-Z]{2,4}\d|\d{2,6}-[A-Z]{2,5}-\d)[A-Z\d]*"
              r"(?:[-/][A-Z\d]+)*)(?![\w/\-@]|[.,]\d)")
_DASHED_DIGITS = r"(?<![\w/\-.])(?=(?:-?\d){11})\d{1,6}(?:-\d{1,8}){2,4}(?![\w/\-]|[.,]\d)"
# A network address with colons: IPv6 whole or shortened ("2001:db8::ff00:42:8329"), a device's MAC
# ("3C:22:FB:91:0A:7E"); a time ("12:30:45") or a ratio has no hex letter, and few groups.
_HEX = r"[0-9A-Fa-f]{1,4}"
_NETWORK = (rf"(?<![\w:.])(?=[\w:]*[A-Fa-f])(?:{_HEX}(?::{_HEX}){{7}}|(?=(?:[\w]*:){{3}})(?:{_HEX}(?::{_HEX})*)?::"
            rf"(?:{_HEX}(?::{_HEX})*)?|[0-9A-Fa-f]{{2}}(?:([:-])[0-9A-Fa-f]{{2}})(?:\1[0-9A-Fa-f]{{2}}){{4}})(?![\w:])")
# An IPv4 address of eight digits or more ("86.145.22.197", "10.44.12.87"); a paragraph's or a version's number has
# fewer ("4.2.12.3", "10.4.2.1").
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_IPV4 = rf"(?<![\w.])(?=(?:\.?\d){{8}})(?:{_OCTET}\.){{3}}{_OCTET}(?![\w]|\.\d)"
_IPV4_RE = re.compile(_IPV4)
# A file's name of words joined (by "_", or run together in capitals): a record's, named for its subject
# ("Statement_KylePrice_final_v3.docx").
_FILE_NAME = (r"(?<![\w/.\-@])(?=[\w\-]*(?:_|[a-z][A-Z]))[A-Za-z0-9][\w\-]*\.(?-i:docx?|pdf|xlsx?|csv|txt|msg|eml|jpe?g"
              r"|png|heic|mp4|mov|zip|pptx?|rtf|odt)(?![\w.])")
_PUBLIC_CODE = re.compile(r"(?:ISBN|ISSN|ISO|DFE|DOI|BS|EN|SI|UKSI|HC|CM|NG|CG|QS|PH|ICD|DSM|COVID|SARS|EWCA|EWHC"
                          r"|UKSC|UKHL|SCR|CSPR|LCSPR|DHR|SAR)[-/]?\d", re.IGNORECASE)
_ISBN13 = re.compile(r"97[89]-|97[89]\d{10}$")
# A time stamp of twelve or fourteen digits, a PDF's or a system's ("20161212174200": 12 December 2016, 17:42).
# A freephone number (0800, 0808) or a European helpline's (116 xxx): only an organisation has one.
_FREEPHONE = re.compile(r"(?:0800|0808)[ ]?\d{3,4}[ ]?\d{0,4}|116[ ]?\d{3}")
_TIME_STAMP = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?")
_FILE_NAME_RE = re.compile(_FILE_NAME)
# What a text must hold for each to match in it (see recognizers.patterns): two hex digits either side of a colon,
# or beside a double colon (an IPv6 address, whole or shortened: "::" alone is no address), or dashed pairs (a MAC);
# a file name's extension after its dot.
_NETWORK_CUE = r"[0-9a-f]:[0-9a-f]|[0-9a-f]::|::[0-9a-f]|[0-9a-f]{2}-[0-9a-f]{2}-[0-9a-f]{2}"
_FILE_NAME_CUE = r"\.(?:docx?|pdf|xlsx?|csv|txt|msg|eml|jpe?g|png|heic|mp4|mov|zip|pptx?|rtf|odt)"

_DATE_RE = re.compile(r"\d{1,2}([/.\-])\d{1,2}\1(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}")
_YEAR_RE = re.compile(r"(?:19|20)\d{2}")
_DOTTED_NUMBER_RE = re.compile(r"\d+(?:\.\d+)+")  # paragraph 4.2.1, version 2.0
_ORDINAL_RE = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)


class AgencyReferenceRecognizer(TablePatternRecognizer):
    """Reference numbers of other agencies, introduced by a label.

    Formats covered:

    * after "ref", "ref.", "reference", "ref no", "reference number", "number", "no.",
      "No" or "ID": codes with a digit such as ``case ref: AB/12345``,
      ``tenancy ref T-55512``, ``hospital no. X1234567``,
      ``application number 2019/0456`` (0.6), digit runs ``ID 12345`` and grouped digits
      ``hospital number 123 456 7890`` (0.5);
    * after a domain word with no label, strong codes only:
      ``housing application HOU/2019/01234`` (0.5);
    * on its own, an upper-case prefix, year and serial: ``HOU/2019/01234`` (0.5);
    * on its own, a record's code: capitals, a dash or slash and five digits or more (``EH-0045127``), a year,
      capitals and a serial run together (``20MIS045127``), or digits in three dashed groups or more, eleven or more
      (``35202-8816427-4``), less the codes of publications, standards, citations and reviews (``DFE-00195-2018``,
      ISBNs, ``CWAC-LCSPR-2023-02``) (0.5);
    * on its own, eleven digits or more in one run (``14321407685``), less a book's ISBN and a time stamp (0.5);
    * on its own, a network address with colons: IPv6 (``2001:db8::ff00:42:8329``) or a device's MAC (0.5);
    * on its own, a file's name of joined words: ``Statement_KylePrice_final_v3.docx`` (0.5);
    * on its own, the Home Office's visa application reference: ``GWF071833291`` (0.6).

    A value needs at least four digits and must not be a year (``2019``), a span of
    years (``2016-2017``, ``2015/16``), a date, a dotted number (``4.2.1``) or an
    ordinal. "Section 47", "Recommendation 3", "page 12" and similar have no label and
    do not match. Scores are lower than the specific recognisers', so those win overlaps.
    """

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        # A code has a letter or a separator; plain digit runs score lower.
        Pattern("Agency ref (labelled code)", rf"{_AFTER_LABEL}(?=[\w/\-.]*[A-Z/\-]){_CODE}{_END}", 0.6),
        Pattern("Agency ref (labelled number)", rf"{_AFTER_LABEL}(?:{_SEPARATED_DIGITS}|\d+){_END}", 0.5),
        Pattern(
            "Agency reference (domain word)",
            rf"(?<=\s)(?=\w)(?<=\b{_DOMAIN}\s+)(?:{_STRONG_CODE}){_END}",
            0.5,
        ),
        Pattern(
            "Agency reference (prefix/year/serial)",
            rf"(?<![\w/\-])(?-i:[A-Z]{{2,5}})/(?:19|20)\d{{2}}/\d{{3,7}}{_END}",
            0.5,
        ),
        Pattern("Agency reference (a record's code alone)", _LONE_CODE, 0.5),
        # the Home Office's visa application reference, its prefix its label ("GWF071833291")
        Pattern("Visa application reference (GWF)", r"(?<![\w/\-.])(?-i:GWF\d{9})(?![\w/\-])", 0.6),
        Pattern("Agency reference (dashed digit groups)", _DASHED_DIGITS, 0.5),
        # eleven digits or more in one run: a record's or a state's number ("PESEL 14321407685"), no count or year
        Pattern("Agency reference (a long run of digits alone)", r"(?<![\w/\-.£$,])\d{11,16}(?![\w/\-]|[.,]\d)", 0.5),
        Pattern("Network address (IPv6, MAC)", _NETWORK, 0.5, cue=_NETWORK_CUE),
        Pattern("Network address (IPv4)", _IPV4, 0.5),
        Pattern("File name (joined words)", _FILE_NAME, 0.5, cue=_FILE_NAME_CUE),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = (
        "reference", "ref", "number", "id", "application", "tenancy", "hospital", "housing",
        "account", "claim", "patient", "benefit", "file", "record",
    )

    ENTITY: ClassVar[str] = AGENCY_REFERENCE

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        """The patterns' references, less a review's own number ("Serious Case Review No: 2017/C6969")."""
        results: list[RecognizerResult] = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in results if not is_review_number(text, r.start)]

    def invalidate_result(self, pattern_text: str) -> bool:
        """Reject values that are prose numbers rather than references.

        Args:
            pattern_text: The matched text.

        Returns:
            True when the match should be discarded.
        """
        if ":" in pattern_text or _FILE_NAME_RE.fullmatch(pattern_text) or _IPV4_RE.fullmatch(pattern_text):
            return False  # a network address (its digits may be letters), a file's name
        if sum(c.isdigit() for c in pattern_text) < 4 or _PUBLIC_CODE.match(pattern_text) \
                or _ISBN13.match(pattern_text) or _TIME_STAMP.fullmatch(pattern_text) or is_review_code(pattern_text) \
                or _FREEPHONE.fullmatch(pattern_text):
            return True
        return any(
            (
                _YEAR_RE.fullmatch(pattern_text) is not None,
                is_year_range(pattern_text),
                _DATE_RE.fullmatch(pattern_text) is not None,
                _DOTTED_NUMBER_RE.fullmatch(pattern_text) is not None,
                _ORDINAL_RE.fullmatch(pattern_text) is not None,
            )
        )
