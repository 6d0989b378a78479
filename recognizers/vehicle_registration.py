"""Recognises UK vehicle registration marks (number plates)."""

from __future__ import annotations

import datetime
from typing import ClassVar

import regex as re

from recognizers import gazetteer as gz
from recognizers.base import TablePatternRecognizer
from recognizers.catalogue import UK_VEHICLE_REG
from recognizers.name_judge import AGENCY_ACRONYMS
from recognizers.patterns import Pattern
from recognizers.vehicle_models import MAKE

# A prefix-format mark: a letter, a number, three letters ("R4 CSC").
_PREFIX_LETTERS = re.compile(r"[A-Z]\d{1,3}[ ]?([A-Z]{3})")

# Current format (2001 on): two area letters, the age identifier, three letters. I and Q
# are never used; Z not in the area code.
_CURRENT = r"[A-HJ-PR-Y]{2}\d{2}[ \-]?[A-HJ-PR-Z]{3}"
_CURRENT_LOWER = r"[a-z]{2}\d{2}[ \-]?[a-z]{3}"
# After a vehicle word the label decides, whatever the letters ("registration was WZ67 UJD").
_CURRENT_ANY_LETTERS = r"[A-Z]{2}\d{2}[ \-]?[A-Z]{3}"
_CURRENT_RE = re.compile(r"[A-Z]{2}(\d{2})[ \-]?[A-Z]{3}", re.IGNORECASE)
# Prefix (1983-2001): year letter, 1-3 digits, three letters. Suffix (1963-1983): three
# letters, 1-3 digits, year letter.
_PREFIX = r"[A-HJ-NPR-TV-Y]\d{1,3}[ ]?[A-HJ-PR-Y][A-HJ-PR-Z]{2}"
_SUFFIX = r"[A-HJ-PR-Z]{3}[ ]?\d{1,3}[A-HJ-NPR-TV-Y]"
_CONTEXT_WORD = (
    r"(?i:\b(?:car|cars|vehicle|van|motorbike|motorcycle|moped|taxi|lorry|registration|reg|vrm|vrn"
    r"|index|plate|plates|registered)\b\.?)"
)
# The context word, then up to four words ("car, a silver Ford Focus,") and an optional
# "number"/"mark"/"no." and colon.
_CONTEXT = (
    rf"{_CONTEXT_WORD}(?:[\s,]+(?!{_CURRENT}|{_PREFIX}|{_SUFFIX})[\w\-]+){{0,4}}?"
    r"(?:\s+(?i:number|no\.?|mark))?\s*[:#,]?\s*"
)
# Right after a registration word, the label decides for the older formats too, whatever the letters
# ("registration was R347 ZXT").
_LABEL = r"(?i:\b(?:registration|reg|vrm|vrn|plate)\b\.?(?:\s+(?:number|no\.?|mark))?(?:\s+(?:was|is))?)\s*[:#,(]?\s*"
# Ireland's county and city letters on its plates (Tipperary's and Waterford's old ones too).
_IRISH_COUNTY = (r"(?:C|CE|CN|CW|D|DL|G|KE|KK|KY|L|LD|LH|LK|LM|LS|MH|MN|MO|OY|RN|SO|T|TN|TS|W|WD|WH|WW|WX)")
_PREFIX_ANY_LETTERS = r"[A-Z]\d{1,3}[ ]?[A-Z]{3}"
_SUFFIX_ANY_LETTERS = r"[A-Z]{3}[ ]?\d{1,3}[A-Z]"
_START = r"(?<![\w/\-])"
# Cheap checks first, so the long look-behind only runs where a mark could start.
_AFTER_CONTEXT = rf"{_START}(?=[A-Z]{{1,3}}[ ]?\d)(?<={_CONTEXT})"
_END = r"(?![\w/\-])"
# A text holding a mark after a vehicle word holds the word (see recognizers.patterns: cues).
_CONTEXT_CUE = (r"\b(?:cars?|vehicle|van|motorbike|motorcycle|moped|taxi|lorry|registration|reg|vrm|vrn|index"
                r"|plates?|registered)\b")
_LABEL_CUE = r"\b(?:registration|reg|vrm|vrn|plate)\b"


def _latest_age_identifier() -> int:
    """Return the last two digits of the current year (the newest March age identifier)."""
    return datetime.date.today().year % 100


class VehicleRegistrationRecognizer(TablePatternRecognizer):
    """UK vehicle registration marks.

    Formats covered (capital letters only):

    * current (2001 on): ``AB12 CDE``, ``AB12CDE`` and ``AB12-CDE``, on their own (0.6) or after a
      vehicle word (0.85). The age identifier must be a real one: 02 up to this year's
      March number, or 51 up to this year's September number (``AB01 CDE``,
      ``AB50 CDE``, ``AB99 CDE`` are rejected). After a vehicle word the letters are not
      checked (``WZ67 UJD``: a label makes a value an identifier); in lower case
      (``ab12 cde``) only after a vehicle word (0.7);
    * prefix ``A123 BCD`` and suffix ``ABC 123D`` (pre-2001), in the letters those formats
      issued (no I, Q or Z where they were never used), on their own (0.5: neither shape is
      anything else in a review, its reference lists or its road names), or after a vehicle word
      (0.7): car, vehicle, van, registration, reg, VRM, VRN, index, plate, registered. Up to
      four words may come between (``car, a silver Ford Focus, A123 BCD``). Right after a
      registration word (``registration was R347 ZXT``) the letters are not checked;
    * a plate issued abroad in its groups (``CJ 07 FLO``, ``B 123 ABC``), its country's registration said right
      after it (``(Romanian reg``) (0.7);
    * an Irish plate, its year, county letters and number joined by dashes (``10-G-8812``) (0.6);
    * a plate of any country right after a car's make and model (``VW Passat EL 4K772``) (0.7).

    Postcodes (``B1 1AA``), acronyms (``CAMHS``, ``MASH``) and ``NHS 111`` never have the
    shape. Presidio's ``UkVehicleRegistrationRecognizer`` matches any letters in lower case
    too, so it is not reused.
    """

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern("Vehicle registration (current)", rf"{_START}{_CURRENT}{_END}", 0.6),
        Pattern("Vehicle registration (current, with context)", rf"{_AFTER_CONTEXT}{_CURRENT_ANY_LETTERS}{_END}", 0.85,
                cue=_CONTEXT_CUE),
        Pattern(
            "Vehicle registration (current, lower case, with context)",
            rf"{_START}(?=[a-z]{{2}}\d)(?<={_CONTEXT}){_CURRENT_LOWER}{_END}",
            0.7,
            cue=_CONTEXT_CUE,
        ),
        Pattern("Vehicle registration (prefix or suffix)",
                rf"{_START}(?=[A-Z]{{1,3}}[ ]?\d)(?:{_PREFIX}|{_SUFFIX}){_END}", 0.5),
        Pattern(
            "Vehicle registration (prefix or suffix, with context)",
            rf"{_AFTER_CONTEXT}(?:{_PREFIX}|{_SUFFIX}){_END}",
            0.7,
            cue=_CONTEXT_CUE,
        ),
        Pattern(
            "Vehicle registration (prefix or suffix, after its label)",
            rf"{_START}(?=[A-Z]{{1,3}}[ ]?\d)(?<={_LABEL})(?:{_PREFIX_ANY_LETTERS}|{_SUFFIX_ANY_LETTERS}){_END}",
            0.7,
            cue=_LABEL_CUE,
        ),
        # a plate issued abroad, in its groups ("CJ 07 FLO", "B 123 ABC"), its country's registration said after it
        # ("CJ 07 FLO (Romanian reg, not seen since)")
        Pattern(
            "Vehicle registration (spaced, abroad, its country's registration after it)",
            rf"{_START}[A-Z]{{1,2}}[ ]\d{{2,3}}[ ][A-Z]{{3}}{_END}"
            r"(?=[ \t]*,?[ \t]*\(?[ \t]*(?:[A-Z][a-z]+[ \t-]+)?(?i:reg(?:istration|istered)?|plates?)\b)",
            0.7,
            cue=_CONTEXT_CUE,
        ),
        # a plate of any country right after its car's make and model ("Polish-registered VW Passat EL 4K772")
        Pattern("Vehicle registration (after its make and model)",
                rf"(?<=\b{MAKE}[ \t]+[A-Z0-9][\w-]*[ \t]+)[A-Z]{{1,3}}[ -]?(?!(?:19|20)\d\d\b)(?=[A-Z0-9]*\d)"
                r"[A-Z0-9]{3,6}(?![\w-])", 0.7),
        # part of a plate a witness saw, after "partial registration" or "partial plate" ('a partial registration
        # "FY68"', "a partial plate ending in 7KD"): letters and a digit, as seen
        Pattern("Vehicle registration (partial, after its label)",
                r"(?<=\b(?i:partial)[ \t]+(?i:registration|reg\.?|plate|index)(?:[ \t]+(?i:number|no\.?))?"
                r"(?:[ \t]+(?i:ending|starting|beginning)(?:[ \t]+(?i:in|with))?|[ \t]+of)?[ \t]*:?[ \t]*"
                r"[\"'\u201c\u2018]?)(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*\d)[A-Z0-9]{2,5}(?![\w-])", 0.7),
        # an Irish plate: its year (two digits, or three from 2013), its county's letters and its number, joined by
        # dashes ("10-G-8812", "191-D-42371")
        Pattern("Vehicle registration (Irish)",
                rf"(?<![\w/.-])\d{{2,3}}-{_IRISH_COUNTY}-\d{{1,6}}(?![\w/-]|[.,]\d)", 0.6),
        # ... or in brackets right after its car ("Romanian-registered car (TM 08 CRS)", "VW Passat (CH 4417 AK)")
        Pattern(
            "Vehicle registration (spaced, abroad, in brackets after its car)",
            rf"(?<=(?:\b(?i:car|van|vehicle|lorry|taxi|motorbike)|{MAKE}[ \t]+[A-Z0-9][\w-]*)[ \t]*\()"
            r"[A-Z]{1,3}[ ]\d{2,4}[ ][A-Z]{2,3}(?=\))",
            0.7,
        ),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = (
        "car", "vehicle", "van", "registration", "reg", "vrm", "vrn", "index", "plate",
        "registered", "dvla", "driving", "drove",
    )

    ENTITY: ClassVar[str] = UK_VEHICLE_REG
    CASE_SENSITIVE: ClassVar[bool] = True  # capitals only

    def invalidate_result(self, pattern_text: str) -> bool:
        """Reject current-format marks whose age identifier has never been issued.

        Args:
            pattern_text: The matched text.

        Returns:
            True when the match should be discarded.
        """
        match = _CURRENT_RE.fullmatch(pattern_text)
        if match is None:  # prefix or suffix format: no age identifier to check, but a recommendation's number and
            # its agency's letters have the prefix format's shape ("R4 CSC to audit …")
            prefix = _PREFIX_LETTERS.fullmatch(pattern_text)
            return prefix is not None and (prefix.group(1) in AGENCY_ACRONYMS
                                           or prefix.group(1) in gz.police_force_acronyms())
        age, latest = int(match.group(1)), _latest_age_identifier()
        return not (2 <= age <= latest or 51 <= age <= latest + 50)
