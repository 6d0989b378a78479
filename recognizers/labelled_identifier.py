"""One rule for every labelled identifier: a label that names an identifier, then the value after it.

An identifier is a format plus either a validated checksum or an identifying label. The specific
recognisers (NHS, UPN, PNC, NINO …) check formats and checksums; this one reads the labels. A value
written after "UPN", "NHS no.", "CRIS", "crime ref", "passport number", "driving licence", "UTR" or
"case no." on the same line is an identifier of that kind even when its checksum fails or its exact
format is new to us ("UPN X123456789012" with a bad check letter, "CRIS 1234567/14", "crime
reference ABC/123/45"). A checksum raises confidence elsewhere; it never vetoes a labelled value.
The same holds for the formats of other countries that families bring: a car's registration, a
postcode and an identity number abroad ("registration TM-86-SBP", "postcode 36701", "PESEL …").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Final

import regex as re
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers import catalogue as cat
from recognizers import gazetteer as gz
from recognizers.identifier_value import could_be_identifier, is_labelled_sort_code, is_review_code, is_review_number

# Labels, by the identifier they introduce. Short acronyms count only in capitals ("NI", "CAD").
LABELS: Final[tuple[tuple[str, str], ...]] = (
    (cat.UK_UPN, r"(?-i:UPN)s?|unique\s+pupil\s+numbers?"),
    (cat.UK_NHS, r"(?-i:NHS)"),
    (cat.UK_CHI, r"(?-i:CHI)|community\s+health\s+index"),
    (cat.UK_HCN, r"(?-i:H\s?&\s?C|HCN)|health\s+(?:and|&)\s+care"),
    (cat.UK_NINO, r"national\s+insurance|nino|(?-i:NI|NIN)"),
    (cat.UK_PASSPORT, r"passports?"),
    (cat.UK_DRIVING_LICENCE, r"(?:driving|driver'?s?)\s+licen[cs]es?|(?-i:DVLA|DL)|licen[cs]es?"),
    (cat.UK_TAX_REFERENCE,
     r"(?-i:UTR|TRN|PAYE)|unique\s+tax\s?payers?(?:'s)?\s+reference|temporary\s+reference|tax\s+reference"
     r"|(?-i:HMRC)\s+(?=ref|number|no)"),
    (cat.UK_VAT, r"(?-i:VAT)(?:\s+registration)?"),
    (cat.PNC_ID, r"(?-i:PNC|CRO)"),
    (cat.POLICE_REFERENCE,
     r"(?-i:CRIS|CRN|CRM|CAD|STORM|OEL|MFH|MISPER|COMPACT|Niche|NICHE|Athena|ATHENA|VPA)(?:\s+report)?"
     r"|crime\s+(?:ref(?:erence)?|number|no|report|record)s?|(?:crime|police)\s+(?=ref|number|no|log|id)"
     r"|(?:police|storm|cad|incident|intel(?:ligence)?|(?-i:OIS))\s+log|(?-i:INT)(?=\s+\d)|(?-i:Crime|CRIME)(?=\s+\d{8,}\b)|log(?=\s+(?:\d{6,}(?:-\d+)?|\d{3,}[/-]\d{4,}|0\d{2,5})\b)|incident|occurrence|missing\s+(?:person|from\s+home)(?:'s)?"
     r"(?:\s+(?:report|record|enquiry|investigation))?|custody(?:\s+(?:record|suite))?"
     # an officer's collar number after the rank ("PC 4471"); a short one is a review's label ("PC 2")
     r"|(?-i:PCSO|PC|DC|PS|DS|Sgt)\b|(?:collar|shoulder|warrant)(?=\s+(?:no|number|num)\b)|collar(?=\s+\d{3,5}\b)"
     # a police exhibit, by its officer's letters and number ("exhibit TB/04")
     r"|exhibits?(?=\s+(?-i:[A-Z]{2,4}/?\d))"
     # a force's letters before its log ("GMP log 1187"); the offender register's record ("ViSOR record 21/0093345")
     r"|(?-i:[A-Z]{2,5})\s+logs?(?=\s+(?:\d{3,6}|\d{8,14})\b)|(?-i:ViSOR|VISOR)(?:\s+(?:record|ref(?:erence)?|number|no|id))?"),
    (cat.COURT_CASE_NUMBER,
     r"(?:court|claim|proceedings|tribunal|hearing|appeal|case)\s+(?=no|number|ref|id)|(?-i:HMCTS|COP)|claim"
     # a court's case, its number of digits and capitals right after ("Youth Court case 1420PL0873")
     r"|(?<=court\s)case(?=\s+(?-i:[A-Z]*\d{2,}[A-Z]+\d{3,}|[A-Z]\d{6,})\b)"),
    (cat.PHONE_NUMBER, r"(?:mobile|phone|telephone|landline|tel|mob|cell|whats\s?app)"),
    # a vehicle's registration, of any country's format ("car registration FU-158-XJ", "number plate 4GJ97")
    (cat.UK_VEHICLE_REG, r"(?:vehicle|car|van|motor\s?bike|moped|lorry|taxi)(?:\s+|,\s*|\s*\(\s*)(?:registration|reg)\b"
                         r"(?:\s+(?:marks?|plates?))?|number\s+plates?|registration\s+(?:marks?|plates?)"
                         r"|(?-i:VRM|VRN)|plates?(?=\s+(?-i:[A-Z0-9]{1,4}\s?[A-Z0-9]{1,4})\b)"
                         # ... or its abbreviation alone, before letters and digits ("drives a silver VW Passat, reg
                         # AXZ 2264")
                         r"|reg(?=\.?\s+(?-i:[A-Z0-9]{1,4}\s?[A-Z0-9]{1,4})\b)"
                         # ... or the vehicle alone before a registration's shape ("vehicle KXZ 4418", "car AB12 CDE")
                         # (… abroad, letters after the digits too: "Polish car EL 4471K")
                         r"|(?:vehicle|car|van)(?=\s+(?-i:[A-Z]{2,3}\s?\d{1,5}[A-Z]{0,2}|[A-Z]{2}\d{2}\s?[A-Z]{3})\b)"
                         # ... or "registration" before a plate's letters, digits and letters ("Romanian registration
                         # DJ 07 FLR")
                         r"|registration(?=\s+(?-i:[A-Z]{1,3}[ -]?\d{2,4}[ -]?[A-Z]{2,3})\b)"),
    # a postcode abroad, by its label ("postcode 36701", "zip code 94103-1234")
    (cat.UK_POSTCODE, r"post\s?codes?|postal\s+codes?|zip\s+codes?"),
    # a learner's unique number (ULN) and a patient's medical record number (MRN) among the generic ones
    # ... and a family's bank details ("sort code 20-45-77", "account 43218765", "IBAN PL61 1090 …")
    # ... and the Home Office's unique client identifier (UCI), which follows a person through every application
    # ... and a school's DfE (LA and establishment) number
    # ... and the address a device or an account was reached from ("IP address 192.168.12.45", "IP 81.2.69.160")
    # ... and a registration, and an identity number abroad
    # ... and a professional's registration (GMC, NMC, HCPC, Social Work England) and a college's UK provider number
    # ... and a radiology accession
    # ... and a hospital's own number, a care service's CQC registration, a firearm certificate, a farm's holding
    # ... and an identity card abroad by its short name ("Hungarian ID card 487215LA"), before "ID" alone takes it
    (cat.AGENCY_REFERENCE, r"(?-i:ID)\s+card(?=\s+(?-i:[A-Z]{0,3})\d)|card(?=\s+(?:no|number)\b)"
                           r"|ref(?:erence)?s?(?:\.(?=[ \t]+[A-Z]*[-/]?\d|[ \t]+[A-Z]{2,}[ \t]?\d))?|number|code"
                           r"|(?-i:No|IDs?|URN|CPH|SEDOL|ISIN|ULN|MRN|IBAN|BIC|SWIFT|UCI|DfE"
                           r"|LAESTAB|UKPRN|GMC|NMC|HCPC|SWE)|accession|hosp(?:ital)?\.?(?=\s+(?:no|numbers?|num)\b)"
                           r"|(?-i:CQC)\s+(?:location|provider|registration)(?:\s+(?:id|number|no))?"
                           r"|(?:shotgun|firearms?)\s+certificates?|certificate(?=\s+(?:no|number)\b)"
                           # ... and a person's device and account: a network log-in or user, a device's name, asset
                           # tag, serial or IMEI; the Home Office's case ID (CID); a bank account as notes shorten it
                           r"|(?:network\s+)?log-?\s?ins?|(?-i:user)(?=\s+\S*\d)|device(?:\s+name)?|asset\s+tags?"
                           r"|serial(?:\s+(?:no|number))?|(?-i:IMEI|CID)|(?-i:acc)(?=\.?\s+\d)"
                           # ... a DBS certificate, a Scottish Candidate Number, the FA's number for a volunteer
                           r"|(?-i:DBS)(?:\s+certificate)?|cert(?:ificate)?\.?(?=\s+(?:no|number)\b)|(?-i:SCN|FAN)"
                           # ... a record's heading in capitals before its number ("MASH CONTACT 2023/0114-77")
                           r"|(?-i:CONTACT|REFERRAL)(?=[ \t]+\d)"
                           # ... or after the front door's letters ("MASH contact 23/118842")
                           r"|(?<=(?-i:MASH|SPA|MARAC|CSC|EDT)[ \t])(?:contact|referral)(?=[ \t]+\d+[/-]\d{3,})"
                           # ... a care record system's number ("WCCIS 30049127"), a report's long number ("NCMEC
                           # report 152893341"), a device by its asset name ("school laptop SMHS-LT-0413")
                           # ... an asylum seeker's Application Registration Card ("ARC issued, UKA 40218877")
                           r"|(?-i:ARC)(?:\s+issued,?|\s+(?:no|number)\.?)?(?=\s+(?-i:[A-Z]{2,4})?\s?\d)"
                           # ... a biometric residence permit's and an application's number ("BRP ZR7264519", "UAN
                           # 3307-5521-9946-1180")
                           r"|(?-i:BRP|UAN)"
                           # ... a flight, by the word or its airline ("PIA flight PK702", "Ethiopian Airlines ET 701")
                           r"|(?:flights?|(?-i:Airlines|Airways|Air))(?:[ \t]+(?:no|number))?"
                           r"(?=[ \t]+(?-i:[A-Z][A-Z0-9]|[0-9][A-Z])[ \t]?\d{1,4}[A-Z]?\b)"
                           # ... a hospital's incident report ("Datix W128845", "Datix completed W128845"), a worker's
                           # clock or works number ("clock number at the factory was BCF20417")
                           r"|(?-i:Datix|DATIX)(?:[ \t]+(?:completed|raised|submitted|logged|incident))?"
                           r"(?=[ \t]+(?-i:[A-Z]{0,3})\d[\d/-]{3,})|(?:clock|works)(?=\s+(?:no|number|num)\b)"
                           # ... a school transport route's code ("Route HB-17", "route CC-PEN-07"), no bus's number
                           r"|route(?=[ \t]+(?-i:[A-Z]{1,4}(?:-[A-Z]{2,4})?-\d{1,3})\b)"
                           # ... an animal's microchip ("microchip 826097800415532")
                           r"|micro-?chip(?:\s+(?:no|number))?"
                           # ... a Hong Kong identity card's number ("HKID Y582913(4)")
                           r"|(?-i:HKID)(?:\s+(?:card|no|number))?"
                           # ... Ireland's personal public service number ("PPS number 7823451KA")
                           r"|(?-i:PPSN?)(?=\s+(?:no|number|num)\b|[ \t]*[:(])"
                           r"|(?-i:WCCIS|LCS|Mosaic|Liquidlogic|Eclipse|CareFirst|SystmOne|EMIS|RiO|Rio|PARIS)"
                           r"(?=[ \t]+(?:\([^()\d\n]{1,40}\)[ \t]+)?\d{5,})"  # (… whose system it is between)
                           # ... a hospital's unit number, a worker's certificate of sponsorship
                           r"|unit[ \t]+no\.?(?=[ \t]+[A-Z]*\d)|certificate[ \t]+of[ \t]+sponsorship"
                           r"|report(?=[ \t]+\d{6,}\b)"
                           r"|(?:laptop|chromebook|tablet|ipad|computer)"
                           r"(?=[ \t]+(?-i:[A-Z]{2,}[A-Z0-9]*(?:-[A-Z0-9]+)+)\b)"
                           # ... a badge's number, the last digits of a card or an account ("card ending 8823")
                           r"|badge(?:[ \t]+(?:no|number))?|(?:card|account|a/c)[ \t]+ending(?:[ \t]+in)?"
                           # ... a member's, a policy's or a tenancy's number, "no." abbreviated ("member no. 00418827")
                           r"|(?:member(?:ship)?|policy|customer|tenancy|employee|payroll|pension|staff)[ \t]+no\.?"
                           r"(?=[ \t]*[A-Z]*\d)"
                           r"|accounts?|(?-i:a/c)|sort\s+code|(?:unique\s+)?client\s+identifier|(?-i:IP(?:v[46])?|MAC)\s+address(?:es)?"
                           # ... "IP" alone, only before a network address ("accessed from IP 81.2.69.160")
                           r"|(?-i:IP(?:v[46])?)(?=\s+(?:(?:\d{1,3}\.){3}\d{1,3}\b|[0-9a-fA-F]{1,4}:[0-9a-fA-F:]*:))"
                           # a registration of some kind (a vehicle's: "the car, registration TM-86-SBP")
                           r"|registration"
                           # ... and an identity number abroad ("codice fiscale …", "PESEL …", "identity card …")
                           r"|identity\s+card|(?:national|personal)\s+(?:identity|identification)|social\s+security"
                           # ... a Romanian or Moldovan identity card's series and number ("seria VS nr. 482913")
                           r"|(?-i:[Ss]eria)[ \t]+(?-i:[A-Z]{2})[ \t]+(?:nr|num[aă]rul)\.?(?=[ \t]*\d{6}\b)"
                           r"|codice\s+fiscale|cart[aã]o\s+de\s+cidad[aã]o|citizen(?:'s)?\s+card|(?-i:PESEL|CNP|BSN|NIF|NIE|DNI|SSN|AADHAAR|Aadhaar|OIB|EGN|PIN)"),
)
GENERIC: Final = cat.AGENCY_REFERENCE
# Between label and value, on the same line: "no.", "number", "ref", then ":" or "is"/"was".
_S: Final = r"[ \t]*"
_NUMBER_WORDS: Final = (
    r"(?:no|nos|number|numbers|num|ref|reference|id|code|record|details|temp|temporary|registration|reg|log)\b\.?")
# (... or when it was raised: "the crime reference later raised was …")
_FILLER: Final = (r"(?:is|was|are|were|as|given\s+as|recorded\s+as|reads?|being|of"
                  r"|(?:(?:later|subsequently|then)\s+)?(?:raised|created|allocated|issued|opened|generated))\b")
# (… or where it was given, by the body's letters right before a value with a digit: "MRN at JPUH J0049172")
_AT_BODY: Final = r"[ \t]+at[ \t]+(?-i:[A-Z]{2,6})(?=[ \t]+(?-i:[A-Z]{0,3})\d)"
# Whose number it is may come between label and value, before "is"/"was": "the ID for Child Q is …", "the LCS
# number for the child is …" (one person: "the number for the children was 4" is a count), or where it was given
# ("the attendance number at Royal Fellside was …"); a name's initials
# may follow it in brackets ("the case-record ID for Tina Marsh (TM) is …").
_OWNER: Final = (r"(?:[ \t]+(?:for|at)(?:(?:[ \t]+(?-i:[A-Z][\w'’-]*)){1,3}(?:[ \t]*\((?-i:[A-Z]{1,4})\))?"
                 r"|[ \t]+(?:the|this|her|his|their)[ \t]+"
                 r"(?:child|baby|mother|father|young[ \t]+person|boy|girl|sibling|brother|sister|parent|carer))"
                 r"(?=[ \t]+(?:is|was|recorded|given|noted|listed)\b|[ \t]*:)"
                 # ... several people's, only before a colon and their list ("ref for children: 1049387 / …")
                 r"|[ \t]+for[ \t]+(?:(?:the|these|her|his|their)[ \t]+)?(?:children|siblings|family|brothers|sisters)"
                 r"(?=[ \t]*:)|" + _AT_BODY + ")?")
# After a label that names its kind, what it is for may be any short phrase: "the occurrence number
# for the assault is …". A generic "number" or "ref" keeps to names ("the number for the families
# was 12345" is a count).
_PURPOSE: Final = rf"(?:[ \t]+(?:for|in|at|on)(?:[ \t]+[\w'’-]+){{1,3}}?(?=\s+(?:is|was)\b|[ \t]*:)|{_AT_BODY})?"


# An aside in brackets, words without a digit, may follow the label: "identity number (Finland) was …"; not a
# count's ("the number (of families) was 12345").
_ASIDE: Final = r"(?:[ \t]*\((?!(?i:of|for|in|per|from|across|at|on)\b)[^()\d\n]{1,40}\))?"


def _connector(owner: str, marks: str) -> str:
    return (rf"(?:'s|’s)?(?:{_S}{_NUMBER_WORDS})*{_ASIDE}{owner}{_S}[{marks}]?(?:\s*{_FILLER}){{0,2}}{_S}"
            rf"(?:[(\[]{_S}{_OWNER_NAME}?)?{_S}")


# Whose value it is, by a first name before it in the label's brackets ("passports (Hodan 556120934, Sagal …)").
_OWNER_NAME: Final = r"(?:(?-i:[A-Z][a-z'\u2019-]+)[ \t]+(?=\d))"


_VALUE: Final = r"[A-Za-z0-9+][A-Za-z0-9/\-.()+]*(?:[ ][A-Za-z0-9(][A-Za-z0-9/\-.()]*){0,7}"
# (one word boundary before all the labels: a position that is none is passed over at once)
_LABEL_RE: Final = re.compile(
    r"\b(?:" + "|".join(rf"(?P<g{i}>{label})" for i, (_, label) in enumerate(LABELS)) + ")", re.IGNORECASE)
# A label that names its kind may set its value off by commas ("His NI number, AB-12-34-56-C, was
# used"); after a bare "number" a comma ends the phrase ("The number, 12345, was large" is a count).
# (a dash may set the value off, as a list writes it: "LCS ID \u2013 1202415", "hospital number - W6239186")
_DASHES: Final = "\u2013\u2014-"
_AFTER_LABEL: Final = re.compile(rf"{_connector(_PURPOSE, ':#=,|' + _DASHES)}(?P<value>{_VALUE})", re.IGNORECASE)
_AFTER_GENERIC_LABEL: Final = re.compile(rf"{_connector(_OWNER, ':#=' + _DASHES)}(?P<value>{_VALUE})", re.IGNORECASE)
# The label in brackets after its value ("58176866 (case-record ID)", "999 100 7795 (NHS number)").
_VALUE_BEFORE_BRACKET: Final = re.compile(
    r"(?<![\w/.-])(?P<value>(?=[A-Za-z/.-]*\d)[A-Za-z0-9][A-Za-z0-9/.-]*(?:[ ]\d+){0,3})[ \t]*\("
    r"(?:[ \t]*[A-Za-z][\w-]*){0,3}[ \t]*\Z")  # (the label's own words first: "(case-record ID)", "(EHCP reference)")
_BRACKET_AFTER_LABEL: Final = re.compile(rf"(?:{_S}{_NUMBER_WORDS})*{_S}\)", re.IGNORECASE)
# Short ordinary words that are never part of a value ("NHS number on 943 …").
_WORDS: Final = frozenset({
    "a", "an", "and", "as", "at", "be", "by", "do", "for", "from", "go", "he", "her", "his", "if", "in", "is",
    "it", "its", "me", "my", "no", "nor", "of", "on", "or", "our", "so", "the", "to", "up", "us", "we", "was",
    "were", "with",
})
# A postcode abroad by its shape: Polish "30-926", Portuguese "1170-669", Dutch "1869 EP", Czech "707 36",
# Hungarian "H-7317"; four or five digits alone are the general rule's (no year).
_POSTCODE_ABROAD: Final = re.compile(
    r"(?:\d{2}-\d{3}|\d{4}-\d{3}|\d{4}[ ]?[A-Z]{2}|\d{3}[ ]\d{2}|[A-Z]{1,2}-\d{4,5})(?![\w-])")
_TRAILING: Final = ".,;:)]"
# The word right before a generic label, on its line ("Liquidlogic ID", "council tax account").
_QUALIFIER_BEFORE: Final = re.compile(r"(?<![\w'\u2019-])([A-Za-z][\w'\u2019-]*)[ \t]+\Z")
_NOT_QUALIFIERS: Final = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "her", "his", "their", "its", "our", "my", "your", "each",
    "every", "any", "no", "same", "total", "overall", "average", "final", "whole", "actual", "exact", "estimated",
    "approximate", "combined", "maximum", "minimum", "highest", "lowest", "annual", "new", "old", "first", "last",
    "in", "of", "for", "by", "and", "or", "with"})
_KIND_QUALIFIERS: Final = frozenset({"tax", "tenancy", "benefit", "benefits", "client", "patient", "pupil", "student",
                                     "customer", "member", "bank", "file", "housing", "rent", "claimant"})
# A network address, after its own label: dotted like a paragraph number ("192.168.12.45"), or with colons
# (IPv6 "2a00:23c6::5", a MAC "3C:22:FB:91:0A:7E"), which no other value has.
_NETWORK_LABEL: Final = re.compile(r"(?-i:IP(?:v[46])?|MAC)\s+address(?:es)?")
_NETWORK_VALUE: Final = re.compile(
    r"(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}"
    r"|[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?![\w:.]*\w)")
# After a labelled value, the next item of a list: an owner in brackets may follow each ("Eclipse ID 3390127 (Zayn),
# 3390128 (Aisha) and …"), then a comma, a semicolon, a slash or "and".
_LIST_NEXT: Final = re.compile(
    r"(?:[ \t]*\((?-i:[A-Z])[^()\d\n]{0,40}\))?[ \t]*(?:[,;/]|&|\band\b)(?:[ \t]+(?:and|&)\b)?[ \t]*"
    rf"{_OWNER_NAME}?(?P<value>[A-Za-z0-9][A-Za-z0-9/\-]*(?:[ ]\d[A-Za-z0-9/\-]*){{0,4}})", re.IGNORECASE)
LABELLED_SCORE: Final = 0.75
MAX_VALUE_CHARS: Final = 40


@dataclass(frozen=True, slots=True)
class LabelledValue:
    """A value found after a label."""

    start: int
    end: int
    entity: str
    label: str


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


def _value_chunks(raw: str, letters_last: bool = False) -> list[str]:
    """The leading space-separated chunks of ``raw`` that belong to one identifier value.

    A chunk with a digit belongs; a short letter group ("AB", "SM91J", the NINO suffix "C", an ordinary word in
    capitals: the Danish plate's "AN 81 241") belongs only before a chunk with a digit, or as a single final letter
    after one (with ``letters_last``, a group of up to three capitals: a plate's "786 JJS"); an ordinary word
    ends the value, unless it is written in capitals after a digit group (the station letters "UP" of a court URN
    "28 UP 87483 11").
    """
    kept: list[str] = []
    pending: list[str] = []
    for chunk in raw.split(" "):
        core = chunk.rstrip(_TRAILING)
        if not core:
            break
        if _has_digit(core):
            kept.extend(pending)
            pending = []
            kept.append(chunk)
        elif core.isalpha() and len(core) <= 5 and (core.isupper() or len(core) <= 2) \
                and (core.lower() not in _WORDS or core.isupper()):
            if not kept and len(core) >= 4 and gz.is_english_word(core):
                pending = []  # a log's words in capitals before any digit ("MISPER FOUND AT FLAT 3"): not the value's
                if core != chunk:
                    break
                continue
            pending.append(chunk)
        else:
            break
        if core != chunk:  # punctuation after the chunk ends the value
            break
    last = pending[0].rstrip(_TRAILING) if kept and len(pending) == 1 else ""
    if len(last) == 1 or (letters_last and len(last) <= 3 and last.isupper()):
        kept.append(pending[0])  # a final check or suffix letter ("AB 12 34 56 C"), a plate's letters ("786 JJS")
    return kept


def _is_value(value: str, entity: str, label: str = "") -> bool:
    """Whether a labelled value could be an identifier of its kind (a card's last four digits after "ending")."""
    if label.casefold().endswith(("ending", "ending in")) and re.fullmatch(r"\d{4}", value):
        return True
    if not _has_digit(value) or len(value) > MAX_VALUE_CHARS or not could_be_identifier(value) \
            or is_review_code(value):
        return False  # (a review's own reference: "Board ref: CTMSB CPR 2023/04")
    alnum = sum(c.isalnum() for c in value)
    if entity == GENERIC and not label.casefold().startswith("route"):  # a bare "number" or "ref" needs a value with
        # more to it (a route's code is shaped by its label's look-ahead: "Route HB-17")
        return alnum >= 5 and (any(c.isalpha() for c in value) or sum(c.isdigit() for c in value) >= 5)
    return alnum >= 4


def _qualified(text: str, start: int) -> bool:
    """Whether the word before a generic label names what the number is of: a system's or a body's name ("Liquidlogic
    ID", "SystmOne number", "Home Office reference") or an account's kind ("council tax account"); its value may then
    be set off by commas as a named label's may. An article, a determiner or a quantity's word names nothing ("The
    number", "the total number")."""
    m = _QUALIFIER_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    word = m.group(1)
    if word.casefold() in _NOT_QUALIFIERS:
        return False
    return any(c.isupper() for c in word) or word.casefold() in _KIND_QUALIFIERS


def _shape(value: str) -> str:
    """A value's shape: each digit a 9, each letter an A ("44/1123/21" → "99/9999/99")."""
    return "".join("9" if c.isdigit() else "A" if c.isalpha() else c for c in value)


def _listed_after(text: str, end: int, first: str) -> Iterator[tuple[int, int]]:
    """The values of a list that goes on after a labelled value ``first`` ending at ``end``: each of its shape
    exactly ("3390127 (Zayn), 3390128 (Aisha)", "485 777 3456 and 485 777 3457"). A count, a year or a date has
    another shape, and ends the list."""
    shape = _shape(first)
    while (item := _LIST_NEXT.match(text, end)) is not None:
        value = item.group("value")[:len(first)]
        if _shape(value) != shape or text[item.start("value") + len(value):][:1].isalnum():
            return
        end = item.start("value") + len(value)
        yield item.start("value"), end


def find_labelled(text: str) -> Iterator[LabelledValue]:
    """Every value written after an identifying label in ``text``.

    Args:
        text: The text to search.

    Yields:
        One value per label followed by something that could be an identifier.
    """
    taken: set[tuple[int, int]] = set()
    for label in _LABEL_RE.finditer(text):
        if is_review_number(text, label.start()):
            continue  # "Serious Case Review No: 2017/C6969": the review's own number, no one's
        index = next(i for i, g in enumerate(label.groups()) if g is not None)
        entity = LABELS[index][0]
        if (before := _VALUE_BEFORE_BRACKET.search(text, max(0, label.start() - 60), label.start())) is not None \
                and _BRACKET_AFTER_LABEL.match(text, label.end()) and _is_value(before.group("value"), entity) \
                and before.span("value") not in taken:
            taken.add(before.span("value"))
            yield LabelledValue(before.start("value"), before.end("value"), entity, label.group(0))
            continue
        if _NETWORK_LABEL.fullmatch(label.group(0)):
            if (after := _AFTER_LABEL.match(text, label.end())) is not None \
                    and (address := _NETWORK_VALUE.match(text, after.start("value"))) is not None:
                taken.add(address.span())
                yield LabelledValue(address.start(), address.end(), entity, label.group(0))
            continue
        after = (_AFTER_GENERIC_LABEL if entity == GENERIC else _AFTER_LABEL).match(text, label.end())
        if entity == GENERIC and (after is None or not _has_digit(after.group("value").split(" ")[0])) \
                and _qualified(text, label.start()):
            after = _AFTER_LABEL.match(text, label.end()) or after  # (its value set off by commas too)
        if after is None or (after.start("value") == label.end() and text[label.end() - 1].isalnum()):
            continue  # nothing after the label, or the label runs into the value ("NHS943")
        if entity == cat.UK_POSTCODE and (code := _POSTCODE_ABROAD.match(text, after.start("value"))) is not None:
            taken.add((code.start(), code.end()))  # a postcode's own shape ("30-926", "1869 EP"): no range or year
            yield LabelledValue(code.start(), code.end(), entity, label.group(0))
            continue
        chunks = _value_chunks(after.group("value"), letters_last=entity == cat.UK_VEHICLE_REG)
        if not chunks:
            continue
        joined = " ".join(chunks)
        value = joined.rstrip(_TRAILING)
        if value.count("(") == value.count(")") + 1 and joined[len(value):].startswith(")"):
            value += ")"  # its own bracket closes a check digit ("Y582913(4))")
        if value.count("(") != value.count(")"):
            value = value.strip("()")
        start = text.index(value, after.start("value"))
        span = (start, start + len(value))
        if span in taken:  # "NHS number …": the generic "number" adds nothing to "NHS"
            continue
        if _is_value(value, entity, label.group(0)) or is_labelled_sort_code(text, *span):
            taken.add(span)
            yield LabelledValue(*span, entity, label.group(0))
            for item in _listed_after(text, span[1], value):
                if item not in taken:
                    taken.add(item)
                    yield LabelledValue(*item, entity, label.group(0))


class LabelledIdentifierRecognizer(EntityRecognizer):
    """Values after identifying labels, whatever their exact format.

    Examples (invented): ``UPN X123456789012`` (check letter wrong), ``(Metropolitan Police Service,
    CRIS 7654321/16)``, ``crime reference ABC/123/45``, ``NHS no. 123 456 7890`` (check digit
    wrong), ``passport number 305867214``, ``driving licence: HARLO706123JT9XK``, ``UTR 97305
    21846``, ``CHI 1403820635``, ``H&C number 361 205 8738``, ``case no. ZW16X00421``, ``mobile
    +48 512 345 678``. The label and its connectors ("no.", "number", ":", "is") stay readable;
    only the value is reported (score 0.75), under the entity its label names. The value must
    hold a digit and must not be a bare short number, a year, a date or an amount
    (``could_be_identifier``): "incident 3", "NHS 111", "claim in 2016" and "case number 4" are
    not identifiers. A bare "number" or "ref" needs five characters and letters or five digits.
    """

    name: str  # set by EntityRecognizer.__init__ (declared for the type checker)

    def __init__(self, supported_language: str = "en", **kwargs: Any) -> None:
        """Create the recogniser.

        Args:
            supported_language: Language code.
            **kwargs: Passed on to ``EntityRecognizer``.
        """
        entities = list(dict.fromkeys(entity for entity, _ in LABELS))
        super().__init__(supported_entities=entities, supported_language=supported_language, **kwargs)

    def load(self) -> None:
        """Nothing to load: the labels are compiled at import."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        """Report every labelled value.

        Args:
            text: The text to search.
            entities: Entities asked for (an empty list asks for all).
            nlp_artifacts: Unused.

        Returns:
            One result per labelled value.
        """
        results = []
        for hit in find_labelled(text):
            if entities and hit.entity not in entities:
                continue
            explanation = AnalysisExplanation(
                recognizer=self.name, original_score=LABELLED_SCORE, pattern_name="labelled identifier",
                textual_explanation=f"value after the label '{hit.label}'")
            results.append(RecognizerResult(
                hit.entity, hit.start, hit.end, LABELLED_SCORE, explanation,
                {RecognizerResult.RECOGNIZER_NAME_KEY: self.name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        return results
