"""What a table column holds, judged from its header ("Date of birth", "NHS number", "LCS ID" …).

Review drafts often list the family in a table whose cells hold bare values ("5318820") that no
recogniser could call an identifier on their own; the column header supplies the context.
"""

from __future__ import annotations

import re
from typing import Final

from recognizers import catalogue as cat
from recognizers.dates import (
    ISO_REGEX,
    MONTH_NUMBERS,
    MONTH_REGEX,
    NUMERIC_DMY_REGEX,
    SHORT_DMY_REGEX,
    WORD_DMY_REGEX,
    WORD_MDY_REGEX,
    day_of_month,
    parse_date,
)
from recognizers.gazetteer import is_first_name, is_keep_phrase, is_surname, org_head
from recognizers.identifier_value import could_be_identifier
from recognizers.name_judge import ROLE_WORDS, identifying_words_remain
from recognizers.pseudonyms import find_labels

# Header patterns, checked in order; the first that matches decides the column's entity.
_HEADERS: Final = (
    (re.compile(r"\b(d\.?o\.?b\.?|date\s+of\s+birth|birth\s*date|born)\b", re.I), cat.DATE_OF_BIRTH),
    (re.compile(r"\bnhs\b", re.I), cat.UK_NHS),
    (re.compile(r"\b(upn|unique\s+pupil)\b", re.I), cat.UK_UPN),
    (re.compile(r"\b(ni|nino|national\s+insurance)\b", re.I), cat.UK_NINO),
    (re.compile(r"\b(post\s*code)\b", re.I), cat.UK_POSTCODE),
    (re.compile(r"\b(address|lived\s+at|home)\b", re.I), cat.UK_ADDRESS),
    (re.compile(r"\bpassports?\b", re.I), cat.UK_PASSPORT),
    (re.compile(r"\b(driving|driver'?s?)\s+licen[cs]e|\b(dvla|licen[cs]e)\b", re.I), cat.UK_DRIVING_LICENCE),
    (re.compile(r"\b(utr|trn|paye|hmrc|tax(payer)?\s+ref(erence)?)\b", re.I), cat.UK_TAX_REFERENCE),
    (re.compile(r"\bchi\b", re.I), cat.UK_CHI),
    (re.compile(r"\b(h\s?&\s?c|health\s+(and|&)\s+care)\b", re.I), cat.UK_HCN),
    (re.compile(r"\bvat\b", re.I), cat.UK_VAT),
    (re.compile(r"\b(pnc|cro)\b", re.I), cat.PNC_ID),
    (re.compile(r"\b(crime|cris|crn|incident|occurrence|custody|police\s+ref(erence)?|misper|mfh|missing|exhibits?)\b",
                re.I),
     cat.POLICE_REFERENCE),
    (re.compile(r"\b(court|claim)\b", re.I), cat.COURT_CASE_NUMBER),
    (re.compile(r"\b(phone|tel|telephone|mobile|landline)\b", re.I), cat.PHONE_NUMBER),
    (re.compile(r"\b(vehicles?|cars?|vrm|vrn|number\s+plates?)\b", re.I), cat.UK_VEHICLE_REG),
    (re.compile(r"\bcontact\b", re.I), cat.AGENCY_REFERENCE),
    (re.compile(r"\b(lcs|mosaic|liquid\s*logic|carefirst|frameworki|eclipse|ics|case\s+(id|no|number|ref)|"
                r"client\s+id|person\s+id|record)\b", re.I), cat.LA_CASE_ID),
    (re.compile(r"\b(id|ref|refs|reference|references|number|no\.?|urn|sedol|isin|accounts?|sort\s+code|iban)\b",
                re.I),
     cat.AGENCY_REFERENCE),
    (re.compile(r"\bdates?\b", re.I), cat.DATE_DAY),
)
# Columns of counts, ages, amounts and positions: their numbers identify nobody, whatever else the
# header says ("Number of contacts", "Age at referral", "Page ref").
_NOT_IDENTIFIERS: Final = re.compile(
    r"\b(?:(?:number|no\.?)\s+of|age|aged|ages|total|count|counts|amount|cost|score|rank|year|years|page|pages|"
    r"para|paragraph|section|item|row|line|week|weeks|month|months|hours|duration|percentage|%"
    # ... and columns of what a record or an incident says, not of its number ("Record / summary")
    r"|summary|description|narrative)\b",
    re.I,
)
# A cell's prose: four words in lower case, as no identifier's value is written ("Late booking at 27 weeks …").
_PROSE: Final = re.compile(r"(?:(?<![\w.@/-])[a-z]{2,}(?![\w@/-]|\.\w).*?){4}", re.S)
_HAS_DIGIT: Final = re.compile(r"\d")
_VALUE_IN_HEADER: Final = re.compile(r"\d{3}")
# A date inside a longer cell ("date of birth 27.8.05", "4.8.07 (aged 9)"): the column says what it is,
# so a one-digit day or month with a two-digit year needs no date word here.
_DATE_IN_CELL: Final = re.compile(
    rf"(?<![\w/.-])(?:{NUMERIC_DMY_REGEX}|{SHORT_DMY_REGEX}|{ISO_REGEX})(?![\w/]|[.:-]\d)"
    rf"|(?<![\w/.])(?:{WORD_DMY_REGEX}|{WORD_MDY_REGEX})",
    re.I,
)
_LABEL_UNIT: Final = re.compile(r"[A-Za-z]{2,12}\.?(?:\s+(?:no|number|id|ref)\.?)?\s*[:#]?\s+")


# A column of people's names: "Name", "Full name", "Name of family member", "Family member".
_NAME_HEADER: Final = re.compile(
    r"\s*(?:(?:(?:full|given|person'?s?|child'?s?)\s+)?names?(?:\s+of\s+(?:child|person|family\s+member|subject)s?)?"
    r"|family\s+members?|subjects?"
    # ... or of the practitioners a chronology's rows name ("Practitioner", "Completed by")
    r"|practitioners?|professionals?|workers?|staff(?:\s+members?)?|attendees?|(?:completed|recorded|seen|entered)\s+by)"
    r"\s*", re.I)
# Two to four capitalised words, a lower-case particle allowed between them ("Gareth de Breit").
# (a cell's name may wrap onto its next line: "Ilona" / "Szabó-Jennings")
_NAME_CELL: Final = re.compile(
    r"[^\W\d_a-z][^\W\d_]*(?:['\u2019-][^\W\d_]+)*"
    r"(?:[ \u00a0\n]+(?:(?:de|da|di|du|del|der|den|van|von|ter|le|la|al|el|bin|ben|dos|das|y|ap)[ \u00a0]+)?"
    r"[^\W\d_a-z][^\W\d_]*(?:['\u2019-][^\W\d_]+)*){1,3}")


def is_name_column(header: str) -> bool:
    """Whether a column with this header lists people by name."""
    return _NAME_HEADER.fullmatch(header) is not None


# A column of the schools, nurseries, GP practices or hospitals a family used ("School", "GP practice").
_BODY_HEADER: Final = re.compile(
    r"\s*(?:(?:child'?s?\s+)?(?:school|nursery|college|education(?:al)?\s+(?:setting|provision)|setting)s?"
    r"|(?:gp|doctor'?s?)(?:\s+(?:practice|surgery))?|(?:registered\s+)?gp\s+practice|hospital)s?\s*", re.I)
# Its cell: a body's name, two to six capitalised words (some may be "and", "of", "the", "&") ending in the kind's
# head word ("Ward Academy", "Day High School", "St Mary's C of E Primary School").
_BODY_CELL: Final = re.compile(
    r"[^\W\d_a-z][\w'\u2019.-]*"
    r"(?:[ \u00a0\n]+(?:(?:and|of|the|&|de|upon|on)[ \u00a0\n]+)?[^\W\d_a-z][\w'\u2019.-]*){1,5}")
# Words that say what kind a body is, not which ("Primary School", "Church of England High School").
_DESCRIPTORS: Final = frozenset({
    "primary", "junior", "infant", "infants", "nursery", "secondary", "high", "grammar", "community", "catholic",
    "roman", "rc", "church", "of", "england", "c", "e", "ce", "voluntary", "aided", "controlled", "free", "special",
    "school", "academy", "college", "centre", "center", "surgery", "practice", "medical", "health", "hospital",
    "the", "and", "&", "trust", "pre-school", "preschool", "sixth", "form", "upper", "lower", "middle",
    "first", "all-through", "through", "studio", "university", "technical", "unit", "pupil", "referral", "gp",
})


def is_body_column(header: str) -> bool:
    """Whether a column with this header lists the schools, nurseries, GP practices or hospitals a family used."""
    return _BODY_HEADER.fullmatch(header) is not None


def body_in_cell(cell: str) -> tuple[int, int] | None:
    """The span of a body's name filling a school's or GP's cell: capitalised words ending in an organisation's
    head word, one at least no descriptor ("Ward Academy"; "Primary School" alone names none), and no phrase we
    keep."""
    stripped = cell.strip()
    if not stripped or _BODY_CELL.fullmatch(stripped) is None or is_keep_phrase(stripped):
        return None
    words = stripped.split()
    if org_head(words[-1].rstrip(".")) is None and org_head(" ".join(words[-2:])) is None:
        return None
    if all(w.casefold().strip(".") in _DESCRIPTORS for w in words[:-1]):
        return None
    start = cell.index(stripped)
    return (start, start + len(stripped))


# A surname first, in capitals or title case, its comma, then the given names ("ERGÜL, Hıfzullah").
_SURNAME_FIRST_CELL: Final = re.compile(
    r"(?P<surname>[^\W\d_a-z][^\W\d_]*(?:['\u2019-][^\W\d_]+)*),[ \u00a0]+"
    r"(?P<given>[^\W\d_a-z][^\W\d_]*(?:[ \u00a0]+[^\W\d_a-z][^\W\d_]*){0,2})")
# A role or an agency after the name, in brackets or after a comma ("Mürit Şama (SW)", "Akbaş Şafak, Registrar").
_ROLE_AFTER: Final = re.compile(r"(?:,[ \u00a0]*[A-Za-z][\w '&/-]{1,40}|[ \u00a0]*\([^()\n]{1,40}\))[ \u00a0]*$")


def name_in_cell(cell: str) -> tuple[int, int] | None:
    """The span of a person's name filling a name column's cell, or ``None``.

    The cell must be a name and nothing else: two to four capitalised words, none a kinship or role word,
    an organisation word or a public phrase, one at least reading as a name ("Child K" and "Mother" are not);
    or the surname first and its comma ("ERGÜL, Hıfzullah"); or a name of one word or more, then a role or an
    agency in brackets or after a comma ("Gökperi (Housing Officer)": the name's span).
    """
    stripped = cell.strip()
    if not stripped or is_keep_phrase(stripped):
        return None
    start = cell.index(stripped)
    if (first := _SURNAME_FIRST_CELL.fullmatch(stripped)) is not None and _surname_first(first):
        return (start, start + len(stripped))
    role = _ROLE_AFTER.search(stripped)
    if role is not None and role.start() > 0:
        stripped = stripped[:role.start()].rstrip()
    if (_NAME_CELL.fullmatch(stripped) is None and not (role and _ONE_WORD.fullmatch(stripped))) \
            or is_keep_phrase(stripped):
        return None
    words = stripped.split()
    # A surname that is also an organisation word ends a name that opens with a first name ("Stone Hall",
    # a person in a name column); "Kestrel Lodge" stays a home.
    last = len(words) - 1 if len(words) >= 2 and is_first_name(words[0]) and is_surname(words[-1]) else -1
    if any(w.casefold() in ROLE_WORDS or w.isupper() or (org_head(w) is not None and k != last)
           for k, w in enumerate(words)):
        return None
    if not identifying_words_remain(stripped, stripped, cat.PERSON):
        return None
    return (start, start + len(stripped))


_ONE_WORD: Final = re.compile(r"[^\W\d_a-z][^\W\d_]*(?:['\u2019-][^\W\d_]+)*")


def _surname_first(m: re.Match[str]) -> bool:
    """Whether a cell's "Surname, Given" is a person's: no role, organisation or public word, the given names
    listed or no dictionary words, one word at least reading as a name."""
    surname, given = m.group("surname"), m.group("given").split()
    words = [surname.title() if surname.isupper() else surname, *given]
    return not any(w.casefold() in ROLE_WORDS or w.isupper() or org_head(w) is not None or is_keep_phrase(w)
                   for w in words) \
        and all(is_first_name(w) or identifying_words_remain(w, w, cat.PERSON) for w in given) \
        and identifying_words_remain(" ".join(words), " ".join(words), cat.PERSON)


def column_entity(header: str) -> str | None:
    """The entity a column with this header holds, or ``None`` for ordinary columns (name, role …)."""
    header = header.strip()
    if not header or len(header) > 60 or _VALUE_IN_HEADER.search(header):
        return None  # a header cell holding a value is no label ("Education: UPN A1234…", a list item)
    for rx, entity in _HEADERS:
        if rx.search(header):
            if entity != cat.DATE_OF_BIRTH and _NOT_IDENTIFIERS.search(header):
                return None
            return entity
    return None


def cell_value(entity: str, cell: str) -> tuple[int, int] | None:
    """The span of ``cell`` to redact for a column holding ``entity``, or ``None`` if it holds none.

    Empty cells, dashes and "not known" are left alone; identifier columns need a digit in the
    cell; date-of-birth columns need a real date (or a real day of a month: a birthday whose year is cut off).
    """
    stripped = cell.strip()
    if not stripped or not any(ch.isalnum() for ch in stripped):
        return None
    if re.fullmatch(r"(?i)(n/?a|none|not\s+known|unknown|tbc|-+)", stripped):
        return None
    start = cell.index(stripped)
    end = start + len(stripped)
    if entity not in (cat.DATE_OF_BIRTH, cat.UK_ADDRESS, cat.UK_POSTCODE):
        # A leading label stays readable: "NHS 999 123 4567" -> "NHS [redacted]".
        # Only a word that labels a column ("NHS", "ID") or a marked label ("Ref:") is a label:
        # two capitals before the digits ("QQ 123456 C") are the value's own prefix.
        at = start
        while (unit := _LABEL_UNIT.match(cell, at)) and (":" in unit.group() or "#" in unit.group()
                                                          or column_entity(unit.group()) is not None):
            at = unit.end()
        if at > start and _HAS_DIGIT.search(cell, at, end):
            start = at
    if entity == cat.DATE_OF_BIRTH:
        parsed = parse_date(stripped)
        if (parsed is not None and parsed.year is not None) or _birthday(stripped):
            return (start, end)
        return _date_inside(cell)
    if entity == cat.DATE_DAY:
        parsed = parse_date(stripped)
        return (start, end) if parsed is not None and parsed.is_day_precise else _date_inside(cell)
    if entity in (cat.UK_ADDRESS, cat.UK_POSTCODE):
        return (start, end) if _HAS_DIGIT.search(stripped) else None
    if entity == cat.UK_VEHICLE_REG:
        # a plate as any country issues it: letters and digits, in up to three groups ("ZF55 CSC", "FU-158-XJ");
        # a car's make and model ("2014 Vauxhall Corsa") is no plate
        plate = cell[start:end]
        return (start, end) if _PLATE.fullmatch(plate) and re.search(r"[A-Za-z]", plate) \
            and _HAS_DIGIT.search(plate) else None
    # A row number, a count or an age in the column is not an identifier; nor, in a generic "Ref" or "ID" column, a
    # chronology's row label ("C10", "E16"); nor a pseudonym label's number ("Police Force 1" in "Agency / ref").
    if not _HAS_DIGIT.search(stripped) or not could_be_identifier(cell[start:end]) or _PROSE.search(cell, start, end) \
            or (entity == cat.AGENCY_REFERENCE and _ROW_LABEL.fullmatch(cell[start:end])) \
            or _digits_only_in_labels(cell, start, end):
        return None
    return (start, end)


def _digits_only_in_labels(cell: str, start: int, end: int) -> bool:
    """Whether every digit of ``cell[start:end]`` is a pseudonym label's ("Police Force 1 / Health Trust 1")."""
    labels = find_labels(cell)
    return all(any(a <= k < b for a, b in labels) for k in range(start, end) if cell[k].isdigit())


_ROW_LABEL: Final = re.compile(r"[A-Z]{1,2}\.?[ ]?\d{1,3}")
_PLATE: Final = re.compile(r"[A-Za-z0-9]{1,4}(?:[ -]?[A-Za-z0-9]{1,4}){0,2}")
_DAY_AND_MONTH: Final = re.compile(rf"(?i)(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<month>{MONTH_REGEX})")


def _birthday(cell: str) -> bool:
    """Whether a cell is a real day of a month without its year ("16th November"): under a date-of-birth header,
    a birthday whose year a page break cut off, the row running on over the break."""
    m = _DAY_AND_MONTH.fullmatch(cell)
    if m is None:
        return False
    day, month = int(m.group("day")), MONTH_NUMBERS[m.group("month").rstrip(".").casefold()]
    return day_of_month(day, month)


def _date_inside(cell: str) -> tuple[int, int] | None:
    """The first day-precise date written inside a cell's other text, or ``None``."""
    for match in _DATE_IN_CELL.finditer(cell):
        parsed = parse_date(match.group(0))
        if parsed is not None and parsed.is_day_precise:
            return match.span()
    return None
