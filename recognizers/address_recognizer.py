"""Presidio recognisers for UK postcodes and UK street addresses."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

import regex
from presidio_analyzer import AnalysisExplanation, PatternRecognizer, RecognizerResult
from presidio_analyzer.predefined_recognizers import UkPostcodeRecognizer as _PresidioUkPostcodeRecognizer

from recognizers import gazetteer as gz
from recognizers.catalogue import UK_ADDRESS, UK_POSTCODE
from recognizers.gazetteer import is_uk_place
from recognizers.patterns import Pattern, compile_patterns
from recognizers.titles import CIVIC, CLERGY, DOCTOR, HONOURS, NURSING, PERSONAL, POLICE_RANKS, PROFESSOR, alternation

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

# Presidio's postcode pattern: the position-specific letter rules, "\b" at both ends, "\s?" inside.
POSTCODE_REGEX: Final[str] = _PresidioUkPostcodeRecognizer.PATTERNS[0].regex


# The postcode areas (Royal Mail: 121 in the UK, and Guernsey, Jersey and the Isle of Man): a postcode
# not in capitals is read only in one of them ("nr3 6de", not "a1 1st").
POSTCODE_AREAS: Final = frozenset({
    "AB", "AL", "B", "BA", "BB", "BD", "BH", "BL", "BN", "BR", "BS", "BT", "CA", "CB", "CF", "CH", "CM", "CO", "CR",
    "CT", "CV", "CW", "DA", "DD", "DE", "DG", "DH", "DL", "DN", "DT", "DY", "E", "EC", "EH", "EN", "EX", "FK", "FY",
    "G", "GL", "GU", "HA", "HD", "HG", "HP", "HR", "HS", "HU", "HX", "IG", "IP", "IV", "KA", "KT", "KW", "KY", "L",
    "LA", "LD", "LE", "LL", "LN", "LS", "LU", "M", "ME", "MK", "ML", "N", "NE", "NG", "NN", "NP", "NR", "NW", "OL",
    "OX", "PA", "PE", "PH", "PL", "PO", "PR", "RG", "RH", "RM", "S", "SA", "SE", "SG", "SK", "SL", "SM", "SN", "SO",
    "SP", "SR", "SS", "ST", "SW", "SY", "TA", "TD", "TF", "TN", "TQ", "TR", "TS", "TW", "UB", "W", "WA", "WC", "WD",
    "WF", "WN", "WR", "WS", "WV", "YO", "ZE", "GY", "JE", "IM",
})
_AREA: Final = regex.compile(r"[A-Za-z]+")


class UkPostcodeRecognizer(_PresidioUkPostcodeRecognizer):
    """Full UK postcodes ("SW1A 1AA", "NR3 6DE", "GIR 0AA"), never an outward code alone ("NR3").

    Presidio's pattern finds candidates in any case; this class then scores them by shape:
    upper case with a space is canonical; a context word (such as "postcode" or "address") shortly
    before it raises any other shape; an upper-case unspaced shape, or one in lower or mixed case
    ("nr3 6de", "sw1A 0AA", "eh12ng": a postcode's letter-digit shape is no word in any case), is
    still read alone, lower, when its letters are a real postcode area.
    """

    CANONICAL_SCORE: Final = 0.7
    CONTEXT_SCORE: Final = 0.6
    UNSPACED_SCORE: Final = 0.5
    LOWER_CASE_SCORE: Final = 0.45
    CONTEXT_WINDOW: Final = 40  # characters before the postcode searched for a context word
    CONTEXT_REGEX: Final = regex.compile(
        r"\b(?:post\s*code|postal\s+code|address|addresses|lives|lived|living|resides|resided)\b",
        regex.IGNORECASE,
    )

    def __init__(self, supported_entity: str = UK_POSTCODE, **kwargs: Any) -> None:
        """Create the recogniser.

        Args:
            supported_entity: The entity name to emit.
            **kwargs: Passed on to Presidio's ``UkPostcodeRecognizer``.
        """
        super().__init__(supported_entity=supported_entity, **kwargs)

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Find postcodes and score each by its shape and context.

        Args:
            text: The text to search.
            entities: The entities asked for (unused: this recogniser has one).
            nlp_artifacts: Unused; no NLP is needed.
            regex_flags: Unused; candidates are always found case-insensitively.

        Returns:
            Postcodes scored 0.7 (canonical), 0.6 (other shape, with context), 0.5 (upper case,
            unspaced, no context) or 0.45 (lower or mixed case in a postcode area, no context).
        """
        candidates = super().analyze(
            text, entities, nlp_artifacts, regex_flags=regex.IGNORECASE | regex.MULTILINE | regex.DOTALL
        )
        results: list[RecognizerResult] = []
        for result in candidates:
            score = self._score(text, result.start, result.end)
            if score is None:
                continue
            result.score = score
            if result.analysis_explanation is not None:
                result.analysis_explanation.set_improved_score(score)
            results.append(result)
        return results

    def _score(self, text: str, start: int, end: int) -> float | None:
        """Score one candidate, or return ``None`` to drop it."""
        postcode = text[start:end]
        upper = postcode == postcode.upper()
        spaced = any(char.isspace() for char in postcode)
        if upper and spaced:
            return self.CANONICAL_SCORE
        if self.CONTEXT_REGEX.search(text, max(0, start - self.CONTEXT_WINDOW), start):
            return self.CONTEXT_SCORE
        if upper:
            return self.UNSPACED_SCORE
        area = _AREA.match(postcode)
        return self.LOWER_CASE_SCORE if area and area.group().upper() in POSTCODE_AREAS else None


_STREET_SUFFIXES: Final = (
    "Road", "Rd", "Street", "St", "Lane", "Ln", "Avenue", "Ave", "Drive", "Dr", "Close", "Grove",
    "Terrace", "Row", "Way", "Crescent", "Place", "Gardens", "Court", "Hill", "Walk", "Park",
    "Square", "Mews", "Rise", "View", "Green", "Parade", "Vale", "Croft", "Fold", "Lea", "Chase",
    "Meadow", "Meadows", "Hey", "Brow", "Wynd", "Gate", "End", "Yard", "Quay", "Wharf", "Embankment",
    "Boulevard", "Circus", "Approach", "Bank", "Side", "Common", "Heights", "Passage", "Path",
    "Highway", "Broadway", "Causeway", "Esplanade", "Promenade", "Loke", "Drove", "Garth", "Dale",
    "Hollow", "Field", "Fields", "Wood", "Market", "Cottages", "Villas",
)
_BUILDING_SUFFIXES: Final = (
    "Cottage", "Cottages", "House", "Farm", "Farmhouse", "Lodge", "Barn", "Hall", "Manor", "Mill",
    "Villa", "Villas", "Bungalow", "Flats", "Mansions", "Tower", "Towers", "Chambers", "Buildings",
    "Grange", "Rectory", "Vicarage", "Court", "Heights", "Point", "Works", "Block",
    # a site of caravans, park homes or Travellers' pitches ("Plot 47, Sandholme Caravan Park")
    "Caravan Park", "Caravan Site", "Holiday Park", "Mobile Home Park", "Park Homes", "Travellers' Site",
    "Travellers’ Site", "Travellers Site", "Traveller Site",
)
# Capitalised "streets" that are usually something else: courts of law, car parks, headings.
_NOT_STREETS: Final = (
    r"(?:Family|Crown|County|High|Magistrates['’]?|Youth|Coroners['’]?|Supreme|Appeal|Appeals)\s+Court"
    r"|(?:Barclays|Lloyds|NatWest|Santander|Halifax|Food|Baby|Clothes)\s+Bank"
    r"|Car\s+Park|Theme\s+Park|Retail\s+Park|The\s+Way"
)
# Safeguarding jargon that appears in title-case headings but hardly ever in a street name.
_JARGON: Final = (
    "Agency", "Multi", "Multi-Agency", "Multi-agency", "Working", "Together", "Safeguarding",
    "Partnership", "Partnerships", "Protection", "Services", "Social", "Practice", "Review", "Reviews",
    "Learning", "Panel", "Board", "Strategy", "Assessment", "Plan", "Plans", "Conference", "Referral",
    "Referrals", "Meeting", "Meetings", "Children's", "Police", "Health", "Help", "Lessons",
    "Recommendations", "Findings", "Case",
)
# Words before a number that make it a reference or a quantity, not a house number.
_NOT_HOUSE_NUMBER_CUES: Final = (
    "section", "sections", "s", "paragraph", "paragraphs", "para", "paras", "chapter", "appendix", "annex",
    "annexe", "recommendation", "recommendations", "finding", "findings", "page", "pages", "p", "pp",
    "table", "figure", "fig", "part", "schedule", "article", "rule", "regulation", "step", "stage", "level",
    "tier", "phase", "option", "item", "point", "points", "age", "aged", "year", "years", "week", "weeks",
    "day", "days", "month", "months", "version", "v", "term", "box", "question", "q", "line", "clause",
    "theme", "priority", "episode", "incident", "group", "edition", "issue", "volume", "vol", "act",
)
_MONTHS_AND_DAYS: Final = (
    r"(?:Jan|January|Feb|February|Mar|March|Apr|April|May|Jun|June|Jul|July|Aug|August|Sep|Sept|September"
    r"|Oct|October|Nov|November|Dec|December|Mon|Monday|Tue|Tues|Tuesday|Wed|Wednesday|Thu|Thur|Thurs"
    r"|Thursday|Fri|Friday|Sat|Saturday|Sun|Sunday)\b"
)


def _alternation(words: tuple[str, ...]) -> str:
    """A non-capturing alternation, longest words first."""
    return "(?:" + "|".join(sorted(set(words), key=lambda word: (-len(word), word))) + ")"


# A capitalised name word: "Mill", "St", "St.", "Mary's", "O'Neill", "McDonald", "Stoke-on-Trent".
_WORD: Final = (
    r"(?:St\.?(?=\s)|(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:['’]s?)?(?:-(?:[a-z]+-)*[A-Z][a-z]+)*)"
)
_SEP: Final = r"(?:\s*,\s*|\s+)"
# A personal title is no street's first word ("5 Mr Green's licence": a footnote's number and a person);
# "Lady Margaret Road" and "Sir Thomas Street" are streets.
_PERSONAL_TITLE: Final = rf"{alternation(PERSONAL, DOCTOR)}\b"
_STREET_WORD: Final = rf"(?!{_alternation(_JARGON)}(?![\w'’-])){_WORD}"
_FIRST_STREET_WORD: Final = rf"(?!{_PERSONAL_TITLE}){_STREET_WORD}"
# Space inside a street address, never a tab: a tab separates table cells ("3 | Molly Wood | Mother").
_GAP: Final = r"[^\S\t]+"
# Welsh streets and houses put their word first, an article perhaps after it ("Heol y Felin", "Tŷ Gwyn").
_WELSH_STREET_HEADS: Final = ("Heol", "Ffordd", "Stryd", "Lôn", "Lon", "Rhodfa", "Cilgant", "Teras", "Llys", "Clos",
                              "Maes")
_WELSH_STREET: Final = (rf"{_alternation(_WELSH_STREET_HEADS)}(?:{_GAP}(?:y|yr))?(?:{_GAP}{_STREET_WORD}){{1,3}}"
                        r"\b(?!-\w)")
_STREET: Final = (
    rf"(?:{_FIRST_STREET_WORD}{_GAP}(?:{_STREET_WORD}{_GAP}){{0,3}}{_alternation(_STREET_SUFFIXES)}\b(?!-\w)"
    rf"(?<!\b(?:{_NOT_STREETS}))|{_WELSH_STREET})"
)
_BUILDING: Final = (rf"(?:(?:{_WORD}\s+){{1,3}}{_alternation(_BUILDING_SUFFIXES)}\b"
                    rf"|(?:Tŷ|Ty|Plas)\s+{_WORD}(?:\s+{_WORD})?\b)")
_FLAT: Final = (r"(?:[Ff]lat|FLAT|Apartment|Apt\.?|Unit|Room|Suite|Maisonette|[Pp]lot|PLOT|[Pp]itch|PITCH|[Cc]aravan"
                r"|CARAVAN|[Cc]halet)\s+\d{1,4}[A-Za-z]?\b")
# No reference's or quantity's word before it ("section 4", "aged 9").
_NOT_AFTER_NUMBER_CUE: Final = rf"(?<!\b(?i:{_alternation(_NOT_HOUSE_NUMBER_CUES)})\.?\s+)"
_HOUSE_NUMBER: Final = (
    rf"(?<![\w.,:/£$#%-]){_NOT_AFTER_NUMBER_CUE}"
    r"(?<!\b(?i:page)\s+\d{1,4}\s+(?i:of)\s+)"  # a page count ("Page 1 of 37 Piccadilly House")
    r"\d{1,3}(?:[A-Za-z](?![A-Za-z]))?(?:\s?[-–]\s?\d{1,3}(?:[A-Za-z](?![A-Za-z]))?)?"
)
_NUMBERED_STREET: Final = rf"{_HOUSE_NUMBER}{_GAP}(?!{_MONTHS_AND_DAYS}){_STREET}"
_STREET_OF: Final = regex.compile(rf"{_HOUSE_NUMBER}{_GAP}(?!{_MONTHS_AND_DAYS})(?P<street>{_STREET})")
# Streets every town has: written alone they name no one's home ("the High Street shops").
_COMMON_STREETS: Final = frozenset({"high", "church", "station", "main", "market", "mill", "park", "school", "bridge",
                                    "green", "new", "back", "victoria", "king", "queen", "london", "north", "south",
                                    "east", "west", "chapel", "the"})
_HEAD: Final = (
    rf"(?:(?:{_FLAT}{_SEP})?(?:{_BUILDING}{_SEP})?{_NUMBERED_STREET}"
    # (after a flat's number, a block named with "The": "Apartment 5, The Maltings, Wharf Approach")
    rf"|{_FLAT}{_SEP}(?:(?:{_BUILDING}|The(?:{_GAP}{_WORD}){{1,2}}){_SEP})?{_STREET}"
    # (… or a flat in a named block without a street, as a council estate's addresses are: "Flat 12, Corrigan House,
    # Tidemill Estate, Lambridge SE29 4NX")
    rf"|{_FLAT}{_SEP}{_BUILDING})"
)
# "Newcastle upon Tyne", "Gorleston-on-Sea", "King's Lynn", "St Albans": one to three words.
_TOWN: Final = (
    rf"{_WORD}(?:[ \t]+(?:(?:upon|on|under|in|by|le|de|next|the)[ \t]+)?{_WORD}){{0,2}}"
)
# The street makes what follows it a postcode in any case ("nr3 6de", "Sw1a 0aa").
_POSTCODE_TAIL: Final = rf"(?:{_SEP}{_TOWN}){{0,3}}{_SEP}(?i:{POSTCODE_REGEX})"
# Without a postcode, a town must follow a comma or line break and end its clause.
_TOWN_END: Final = (
    r"(?=\s*(?:[.,;:)\]\n]|$)|[ \t]+(?:in|on|with|and|where|from|to|at|for|during|until|when|while|since"
    r"|before|after|between|by|near|but|or|as|under|following|over|through|across|around|because|about"
    r"|regarding|concerning|via|into|within|towards|against|outside)\b)"
)
_TOWN_TAIL: Final = rf"(?:(?:\s*,\s*|[ \t]*\n\s*){_TOWN}){{1,3}}{_TOWN_END}"
# A street name should end there unless a postcode follows: "7 The Way Forward" is a heading.
# When a capitalised word follows on the same line ("12 Park Road Norwich"), the score drops.
_STREET_END: Final = r"(?![ \t]+[A-Z][a-z])"
_STREET_RUNS_ON: Final = r"(?=[ \t]+[A-Z][a-z])"
_ADDRESS_CUE: Final = (
    r"(?i:\b(?:(?:lived|living|lives|live|resided|residing|resides|stayed|staying|stays)\s+(?:at|in|on)"
    r"|moved\s+(?:to|into)|address(?:\s+(?:is|was|of|at))?\s*:?|home\s+(?:in|on|at)))"
)
_STREET_CONTEXT: Final = rf"(?<={_ADDRESS_CUE}\s+)"
_AFTER_ADDRESS_CUE: Final = regex.compile(rf"{_ADDRESS_CUE}\s+$")
_CONTEXT_HEAD: Final = rf"{_STREET_CONTEXT}(?:{_BUILDING}{_SEP})?{_STREET}"
# A street after "in", "on", "off" or "along" whose last word is no surname ("on Albert Street", "in Oak
# Crescent"), or in brackets after "street" ("the same street (Marlborough Close)"); "on Liam Wood" or "in Molly
# Lane" needs an address's cue.
_PLAIN_SUFFIXES: Final = ("Road", "Street", "Avenue", "Close", "Crescent", "Terrace", "Drive", "Gardens", "Mews",
                          "Parade", "Boulevard", "Rise")
_LOCATIVE_HEAD: Final = (
    rf"(?<=\b(?:in|on|off|along)[^\S\t]+|\b(?:street|road)[ \t]*\([ \t]*)"
    rf"{_FIRST_STREET_WORD}{_GAP}(?:{_STREET_WORD}{_GAP}){{0,2}}"
    rf"{_alternation(_PLAIN_SUFFIXES)}\b(?!-\w)"
)


def street_name(address: str) -> str | None:
    """The street of an address ("Ashgrove Terrace" of "Flat 2, 6 Ashgrove Terrace, Keighley BD21 4LP"), where its
    name says more than a street every town has ("High Street")."""
    m = _STREET_OF.search(address)
    if m is None:
        return None
    street = m.group("street")
    words = street.split()[:-1]
    return street if any(w.casefold() not in _COMMON_STREETS for w in words) else None


_BUILDING_OF: Final = regex.compile(rf"{_FLAT}{_SEP}(?P<building>{_BUILDING})")


def building_name(address: str) -> str | None:
    """The block a flat is in ("Linden Court" of "Flat 6, Linden Court, 7 Weddington Terrace, Nuneaton"): written alone
    ("moves to Linden Court") it still says where someone lived."""
    m = _BUILDING_OF.match(address)
    return m.group("building") if m is not None else None


# A part of an address between its first (the home) and its last (the town), as written between commas: a block, a
# street or a district ("Moss Side" of "Flat 12, Halsey Court, Denmark Road, Moss Side, Manchester M15 6FH").
_ADDRESS_PART: Final = regex.compile(r"[A-Z][a-z'\u2019]+(?:-[A-Za-z][a-z'\u2019]*)*"
                                     r"(?:[ ][A-Z][a-z'\u2019]+(?:-[A-Za-z][a-z'\u2019]*)*){0,2}")
# The floor or side of a building, no district ("First Floor", "Rear").
_FLOORS: Final = frozenset({"first", "second", "third", "ground", "top", "upper", "lower", "basement", "rear", "front",
                            "floor", "room", "unit", "block", "apartment", "flat", "plot", "the"})


def district_names(address: str) -> list[str]:
    """The parts of an address between the home and the town that no list of towns knows ("Moss Side", "Lindgate
    Estate", "Halsey Court"): written alone they still say where the family lived. A town the lists know is left to
    the place rules, as is a street every town has ("High Street")."""
    parts = [p.strip() for p in address.split(",")]
    found = []
    for part in parts[1:-1]:
        words = part.split()
        if _ADDRESS_PART.fullmatch(part) is None or words[0].casefold() in _FLOORS \
                or is_uk_place(part) or gz.is_world_city(part) or gz.is_keep_phrase(part) \
                or all(w.casefold() in _COMMON_STREETS or w in _STREET_SUFFIXES for w in words):
            continue
        found.append(part)
    return found


_UNIT_OF: Final = regex.compile(rf"(?P<unit>{_FLAT})(?={_SEP})")


def unit_name(address: str) -> str | None:
    """The flat, plot or pitch an address opens with ("Flat 9" of "Flat 9, Havelock Court, 27 Saltings Road", "Plot
    47" of "Plot 47, Sandholme Caravan Park, …"): written alone in the same draft ("from Flat 9") it is that home."""
    m = _UNIT_OF.match(address)
    return m.group("unit") if m is not None else None


# A street named without a street-type word ("9 Kestrel Reach", "58 March Hollies"): a house number and
# one to three capitalised name words on one line, then a postcode, or a known town ending its clause.
_TITLES: Final = rf"{alternation(PERSONAL, DOCTOR, PROFESSOR, POLICE_RANKS, CIVIC, CLERGY, HONOURS, NURSING)}\b"
_NAMED_HEAD: Final = (
    rf"(?P<number>{_HOUSE_NUMBER})[ ]+(?!{_TITLES})(?P<first>{_STREET_WORD})(?:[ ]+{_STREET_WORD}){{0,2}}"
)
_NAMED_WITH_POSTCODE: Final = regex.compile(rf"(?=[0-9]){_NAMED_HEAD}{_POSTCODE_TAIL}")
# (a known town may also end before what the home was: "4 The Paddocks, Wetherby was overcrowded")
_NAMED_WITH_TOWN: Final = regex.compile(
    rf"(?=[0-9]){_NAMED_HEAD},[ ]*(?P<town>{_TOWN})(?:{_TOWN_END}|(?=[ \t]+(?:was|were|is|are|had|has)\b))")
_MONTH_OR_DAY: Final = regex.compile(_MONTHS_AND_DAYS)
NAMED_STREET_SCORE: Final = 0.8


def _named_streets(text: str) -> list[tuple[int, int]]:
    """Addresses whose street has no street-type word, as ``(start, end)``.

    A month or day name after a number up to 31 is a date ("On 28 March Nurse Hollies, Wakefield"),
    never a street; "58 March Hollies" can be nothing else.
    """
    found: list[tuple[int, int]] = []
    for pattern in (_NAMED_WITH_POSTCODE, _NAMED_WITH_TOWN):
        for m in pattern.finditer(text):
            if _MONTH_OR_DAY.match(m.group("first")) and int(regex.match(r"\d+", m.group("number"))[0]) <= 31:
                continue
            if pattern is _NAMED_WITH_TOWN and not is_uk_place(m.group("town")):
                continue
            if not any(a <= m.start() and m.end() <= b for a, b in found):
                found.append((m.start(), m.end()))
    return found


# -- an address a part to a line ---------------------------------------------------------------------
# "Galley Hill Centre," / "Galley Hill," / "Milton Keynes" / "MK11 1PA": a letter's or a form's address block.
# The postcode's line holds only it (and its town); each line above is an address part: short, of capitalised
# words (a house number and "of", "the", "upon" … aside), ending in a comma, or naming a street or building, or a
# known town. A person's title, a role ("Social Worker") or a sentence stops it; so does a blank line.
_BLOCK_POSTCODE_LINE: Final = regex.compile(rf"(?:{_TOWN}[ \t]*,?[ \t]*)?(?-i:{POSTCODE_REGEX})[ \t]*[,.]?")
_BLOCK_LINE: Final = regex.compile(
    rf"(?!{_PERSONAL_TITLE})(?:(?:{_FLAT}|\d{{1,4}}[A-Za-z]?)[ \t]*,?[ \t]+)?{_WORD}"
    rf"(?:[ \t]+(?:(?:of|the|upon|on|under|in|by|le|de|and|&)[ \t]+)?{_WORD}){{0,5}}[ \t]*(?P<comma>,)?")
_ADDRESS_PART_END: Final = regex.compile(
    rf"(?:{_alternation(_STREET_SUFFIXES + _BUILDING_SUFFIXES + ('Centre', 'Center', 'Estate', 'Offices'))})$")
_POSTCODE_CAPITALS: Final = regex.compile(rf"(?-i:{POSTCODE_REGEX})")
_LINE_INDENT: Final = regex.compile(r"[ \t]*")
BLOCK_LINE_CHARS: Final = 48
BLOCK_LINES: Final = 5
ADDRESS_BLOCK_SCORE: Final = 0.85


def _address_part(line: str) -> bool:
    m = _BLOCK_LINE.fullmatch(line)
    if m is None or len(line) > BLOCK_LINE_CHARS:
        return False
    words = line.rstrip(" \t,")
    return bool(m.group("comma")) or bool(_ADDRESS_PART_END.search(words)) or is_uk_place(words) \
        or words[:1].isdigit()


def _address_blocks(text: str) -> list[tuple[int, int]]:
    """Addresses written a part to a line down to a line holding the postcode, as ``(start, end)``: at least
    two address lines above the postcode's."""
    found: list[tuple[int, int]] = []
    for m in _POSTCODE_CAPITALS.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        if not _BLOCK_POSTCODE_LINE.fullmatch(text[line_start:line_end].strip()):
            continue
        start, lines = line_start, 0
        while start > 0 and lines < BLOCK_LINES:
            above = text.rfind("\n", 0, start - 1) + 1
            line = text[above:start - 1].strip()
            if not line or not _address_part(line):
                break
            start, lines = above, lines + 1
        if lines >= 2:
            found.append((_LINE_INDENT.match(text, start).end(), m.end()))
    return found


def _case_sensitive(pattern: str) -> str:
    """Wrap a pattern so it matches case-sensitively whatever flags Presidio compiles it with.

    Every address starts with a digit, a capital letter or a lower-case "flat"; checking that first keeps the
    costly look-behinds from running at every position.
    """
    return f"(?-i:(?=[0-9A-Z]|flat\\b){pattern})"


# A number and two words alone: "4 Liam Wood" (a footnote's number and a person) or a street of that name.
_NUMBER_AND_TWO_WORDS: Final = regex.compile(r"\d{1,3}[A-Za-z]?[^\S\t]+([A-Z][a-z]+)[^\S\t]+([A-Z][a-z]+)")


def _number_and_person(text: str, result: RecognizerResult) -> bool:
    """Whether a numbered street with no town, postcode or address context is a number before a person's
    name: a listed first name that is no word, and a street-type word that is a surname ("4 Liam Wood gave
    his details", a footnote; "12 Albert Road" stays a street)."""
    explanation = result.analysis_explanation
    if explanation is None or explanation.pattern_name != "Street address":
        return False
    m = _NUMBER_AND_TWO_WORDS.fullmatch(text, result.start, result.end)
    if m is None or _AFTER_ADDRESS_CUE.search(text[max(0, result.start - 40):result.start]):
        return False
    first, last = m.group(1), m.group(2)
    return gz.is_first_name(first) and not gz.is_english_word(first) and gz.is_surname(last)


# An address written in capitals, as police logs and record headers write it, to its postcode ("MISPER FOUND AT
# FLAT 3, 118 PIER AVENUE, CLACTON-ON-SEA CO15 1NJ", "ADDR: 2 CHAPEL ROW, GT SNORING, FAKENHAM, NORFOLK NR21 0HX").
_UPPER_WORD: Final = r"[A-Z][A-Z'’]*[A-Z](?:-[A-Z]+)*"
_UPPER_HEAD: Final = (
    r"(?<![\w/.-])(?:(?:FLAT|APARTMENT|APT|UNIT|ROOM)[ ]+\d{1,4}[A-Z]?[ ]*,?[ ]*)?\d{1,4}[A-Z]?(?:-\d{1,4}[A-Z]?)?[ ]+"
    rf"(?:{_UPPER_WORD}[ ]+){{0,3}}{_alternation(tuple(w.upper() for w in _STREET_SUFFIXES))}\b"
)
_UPPER_POSTCODE_TAIL: Final = (rf"(?:[ ]*,?[ ]*{_UPPER_WORD}(?:[ ]+{_UPPER_WORD}){{0,2}}){{0,3}}"
                                rf"[ ]*,?[ ]*(?-i:{POSTCODE_REGEX})")


# A numbered street in capitals after an address's cue in capitals, as a police log writes it ("ADDRESS 2 PUMP
# COTTAGES DEREHAM RD LITTLE SNORING", "MALE AT 14 HIGH STREET"): the town after it where it is a listed place.
_UPPER_AFTER_CUE: Final = regex.compile(
    r"(?<![A-Za-z/])(?:ADDRESS|ADDR|AT|FROM|O/S|OUTSIDE|ATTENDED|VISITED|LIVES|RESIDES|LIVING)[ \t]*:?[ \t]+"
    rf"(?P<street>{_UPPER_HEAD})(?P<tail>(?:[ ]*,?[ ]*{_UPPER_WORD}){{0,3}})")
_UPPER_TAIL_WORD: Final = regex.compile(rf"[ ]*,?[ ]*({_UPPER_WORD})")


def _upper_streets_after_cue(text: str) -> list[tuple[int, int]]:
    """Streets in capitals after an address's cue in capitals, with the listed town after them, as ``(start, end)``."""
    found = []
    for m in _UPPER_AFTER_CUE.finditer(text):
        words = [(w.start(1), w.end(1)) for w in _UPPER_TAIL_WORD.finditer(m.group("tail"))]
        end = m.end("street")
        for k in range(len(words), 0, -1):  # the longest run of words after the street that is a listed place
            a, b = words[0][0] + m.start("tail"), words[k - 1][1] + m.start("tail")
            if is_uk_place(text[a:b].title()):
                end = b
                break
        found.append((m.start("street"), end))
    return found


# A house number and a street in lower case ("27 wedgwood tce", as an e-mail's subject line writes it): one or two
# words no dictionary holds, then a street-type word or its abbreviation.
_LOWER_CASE_STREET: Final = regex.compile(
    rf"(?<![\w/.,-]){_NOT_AFTER_NUMBER_CUE}\d{{1,4}}[a-z]?[ \t]+(?P<name>(?:[a-z][a-z'\u2019-]+[ \t]+){{1,2}}?)"
    r"(?:rd|road|st|street|tce|terr|terrace|ave|avenue|cres|crescent|gdns|gardens|cl|close|dr|drive|ln|lane|gr|grove)"
    r"(?![\w'\u2019-])")


def _lower_case_streets(text: str) -> list[tuple[int, int]]:
    """Numbered streets written in lower case whose name is no dictionary or function word, and no number's word
    before ("section 4 …")."""
    return [m.span() for m in _LOWER_CASE_STREET.finditer(text)
            if not any(gz.is_english_word(w) or w in gz.FUNCTION_WORDS for w in m.group("name").split())]


# A room by its number, where a home is a room: in a hotel, hostel, B&B or house of rooms the text speaks of ("first in
# Room 214, later Room 118", "guest in room 16"). Not a room of a kind ("Interview Room 2", "quiet room 1:1"), nor
# a year ("Room 2019").
_ROOM: Final = regex.compile(r"\b[Rr]oom[ \t]+(?!(?:19|20)\d\d\b)\d{1,4}[A-Za-z]?(?![\w:/-])")
# ... after a preposition, a verb of going or staying, or where a phrase or a line opens
_ROOM_BEFORE: Final = regex.compile(r"(?:^|[(\[\"\u201c,;:\n\u2013-]"
                                    r"|\b(?i:in|to|at|of|from|into|visited|attended|shared|"
                                    r"entered|occupied|left|later|first|then|and|or))[ \t]*$")
_ROOMS_HOME: Final = regex.compile(r"(?i)\b(?:hotels?|hostels?|B&B|bed[ \t]+and[ \t]+breakfast|guest[ \t]?house|HMO"
                                   r"|house[ \t]+in[ \t]+multiple[ \t]+occupation|bedsit|lodge|guests?|residents?)\b")


def _rooms(text: str) -> list[tuple[int, int]]:
    """Rooms by their number, where the text around speaks of a home of rooms (see ``_ROOM``)."""
    return [m.span() for m in _ROOM.finditer(text)
            if _ROOM_BEFORE.search(text[max(0, m.start() - 20):m.start()])
            and _ROOMS_HOME.search(text, max(0, m.start() - 300), min(len(text), m.end() + 300))]


class UkAddressRecognizer(PatternRecognizer):
    """UK street addresses, from the flat or house number (or house name) to the postcode.

    Examples: "12 Mill Lane", "Flat 6, 12a Park Road, Norwich NR3 6DE", "12-14 St Mary's Road",
    "Rose Cottage, 4 Mill Lane, Little Snoring NR21 0AA". A street without a number is found only
    after "lived at", "moved to", "address" and the like, or after "in", "on", "off" or "along" when its
    street-type word is no surname ("on Albert Street"). Street words must be capitalised. A
    numbered street without a street-type word ("9 Kestrel Reach, Harrogate", "14 Alder Nook, Otley
    LS21 3AB") needs a postcode, or a known town ending its clause after a comma.

    Scores: 0.9 with a postcode, 0.8 for a numbered street (with an optional town after a comma or
    line break), 0.75 for a street after address context, 0.6 for one after "in", "on", "off" or "along"
    whose last word is no surname ("on Albert Street"), and 0.5 when a further capitalised word
    follows the street on the same line with no postcode (it may be a town, or a title-case heading).
    """

    PATTERNS: Final = (
        Pattern("Street address with postcode", _case_sensitive(_HEAD + _POSTCODE_TAIL), 0.9),
        Pattern("Street address in capitals with postcode", _case_sensitive(_UPPER_HEAD + _UPPER_POSTCODE_TAIL), 0.9),
        Pattern("Street address", _case_sensitive(rf"{_HEAD}(?:{_TOWN_TAIL}|{_STREET_END})"), 0.8),
        Pattern(
            "Street after address context with postcode",
            _case_sensitive(_CONTEXT_HEAD + _POSTCODE_TAIL),
            0.9,
        ),
        Pattern(
            "Street after address context",
            _case_sensitive(rf"{_CONTEXT_HEAD}(?:{_TOWN_TAIL}|{_STREET_END})"),
            0.75,
        ),
        Pattern(
            "Street after a place's preposition",
            _case_sensitive(rf"{_LOCATIVE_HEAD}(?:{_POSTCODE_TAIL}|{_TOWN_TAIL}|{_STREET_END})"),
            0.6,
        ),
        Pattern(
            "Street address, capitalised word follows",
            _case_sensitive(rf"(?:{_HEAD}|{_CONTEXT_HEAD}){_STREET_RUNS_ON}"),
            0.5,
        ),
        # A flat in a block, the block by its letter or number ("Flat 14, Block C", "Flat 14 Blk C"): a hall's or an
        # estate's own address.
        Pattern("Flat in a block", _case_sensitive(r"\b(?:[Ff]lat|FLAT|Apartment|Apt\.?)[ \t]+\d{1,4}[A-Za-z]?,?[ \t]+"
                                                   r"(?:Block|BLOCK|Blk\.?)[ \t]+[A-Z0-9]{1,2}\b"), 0.8),
        # A service family's postal address abroad: its British Forces Post Office number names the garrison.
        Pattern("British Forces Post Office number", _case_sensitive(r"\bBFPO[ \t]+\d{1,4}\b"), 0.8),
        # A what3words address, a home's place to three metres: three words and two stops after its slashes
        # ("///ladder.quiet.basins"), or after the service's name ("what3words: filled.count.soap").
        Pattern("what3words address",
                r"(?:(?<![\w/])///|(?<=what3words[ :])|(?<=what3words: )|(?<=w3w[ :])|(?<=w3w: ))"
                r"[a-z]{2,}\.[a-z]{2,}\.[a-z]{2,}(?!\w|\.[a-z])", 0.85),
    )

    def __init__(self, supported_entity: str = UK_ADDRESS, **kwargs: Any) -> None:
        """Create the recogniser.

        Args:
            supported_entity: The entity name to emit.
            **kwargs: Passed on to ``PatternRecognizer``.
        """
        super().__init__(supported_entity=supported_entity, patterns=list(self.PATTERNS), **kwargs)
        compile_patterns(self)

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        """The patterns' addresses, addresses written a part to a line, and streets named without a street-type
        word before a town or postcode."""
        results: list[RecognizerResult] = super().analyze(text, entities, nlp_artifacts, regex_flags)
        results = [r for r in results if not _number_and_person(text, r)]
        for spans, score, name in (
                (_address_blocks(text), ADDRESS_BLOCK_SCORE, "Address a part to a line, to its postcode"),
                (_named_streets(text), NAMED_STREET_SCORE, "Numbered street before a town or postcode"),
                (_upper_streets_after_cue(text), NAMED_STREET_SCORE, "Street in capitals after an address's cue"),
                (_lower_case_streets(text), NAMED_STREET_SCORE, "Numbered street in lower case"),
                (_rooms(text), NAMED_STREET_SCORE, "A room where a home is a room")):
            for start, end in spans:
                if any(r.start <= start and end <= r.end for r in results):
                    continue
                results = [r for r in results if not (start <= r.start and r.end <= end)]
                explanation = AnalysisExplanation(type(self).__name__, score, pattern_name=name)
                results.append(RecognizerResult(self.supported_entities[0], start, end, score, explanation,
                                                {RecognizerResult.RECOGNIZER_NAME_KEY: type(self).__name__,
                                                 RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        return results
