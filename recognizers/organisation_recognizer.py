"""Named UK organisations that identify a place: schools, GP practices, hospitals, councils, police
forces, children's homes, companies and local charities."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, ClassVar, Final

from recognizers import gazetteer as gz
from recognizers.base import SpanFinderRecognizer
from recognizers.brand_services import brand_services
from recognizers.catalogue import ORGANISATION
from recognizers.dates import MONTH_NAMES, WEEKDAY_NAMES

# A royal's title, which names bodies with its possessive ("Queen's Medical Centre"), as no first name does.
_ROYALS: Final = frozenset({"Queen", "King", "Prince", "Princess"})


@dataclass(frozen=True, slots=True)
class OrgSpan:
    """A named organisation found in a text.

    Attributes:
        start: Offset of the first character ("St" or a capital "The" included, a lower-case "the" not).
        end: Offset after the last character (a possessive "'s" is left out).
        score: Confidence, 0..1.
        kind: "school", "gp", "hospital", "council", "police", "childrens_home", "company" ...
        reason: Which rule found it.
    """

    start: int
    end: int
    score: float
    kind: str
    reason: str


# Descriptive words that do not make a name proper ("Royal", "Community", "Primary").
_GENERIC: Final = frozenset({
    "royal", "university", "city", "county", "borough", "metropolitan", "district", "general", "teaching",
    "community", "primary", "secondary", "junior", "juniors", "infant", "infants", "nursery", "high",
    "special", "grammar", "comprehensive", "catholic", "ce", "cofe", "rc", "c", "e", "methodist", "church",
    "england", "free", "local", "national", "regional", "central", "independent", "private", "specialist",
    "residential", "secure", "children's", "childrens", "children", "child", "family", "families", "youth",
    "young", "adult", "adults", "mental", "health", "social", "care", "services", "service", "education",
    "educational", "gp", "gps", "nhs", "medical", "clinical", "acute", "hospital", "hospitals", "trust",
    "foundation", "partnership", "crown", "magistrates", "magistrates'", "coroner's", "coroners", "police",
    "council", "town", "parish", "unitary", "sixth", "form", "academy", "academies", "school", "schools",
    "college", "women's", "womens", "women", "men's", "mens", "men", "girls'", "boys'", "girls", "boys",
    "maternity", "paediatric", "psychiatric", "dental", "eye", "day", "early", "years", "sure", "start",
    "learning", "multi", "federation", "diocese", "diocesan", "the", "a", "an", "and", "of", "for", "st",
    "saint", "new", "old", "great", "little", "upper", "lower", "north", "south", "east", "west", "mid",
    "practice", "surgery", "centre", "center", "group", "unit", "home", "homes", "house", "housing",
    "association", "society", "project", "fostering", "foster", "adoption", "agency", "agencies", "kinship",
    "emergency", "duty", "out", "hours", "walk-in", "urgent", "integrated", "primary-care", "safeguarding",
    "protection", "multi-agency", "family-centre", "contact", "assessment", "resource", "leisure", "sports",
    "sport", "football", "rugby", "boxing", "cricket", "athletic", "club", "uk", "gb", "hm", "his", "her",
    "majesty's", "british", "english", "welsh", "scottish", "irish", "international",
    # a school's type or specialism ("Technology College", "Business and Enterprise College")
    "technology", "technical", "science", "sciences", "arts", "business", "enterprise", "language",
    "languages", "performing", "visual", "media", "humanities", "engineering", "mathematics", "computing",
    "vocational", "further", "higher", "tertiary", "studio", "boarding", "faith", "pupil", "referral",
})
# Titles end a name on the left: a title starts a person's name, not an organisation's.
# Words that say who people are, not where a group of them is from ("Asian Boys").
_PEOPLES: Final = frozenset({"asian", "black", "white", "mixed", "british", "english", "scottish", "welsh", "irish",
                             "african", "caribbean", "european", "eastern", "traveller", "roma", "gypsy", "muslim",
                             "sikh", "hindu", "christian", "jewish", "local", "young", "older", "younger"})
_TITLES: Final = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Sir", "Dame", "Rev", "Cllr",
                            "DC", "PC", "DS", "DI", "DCI", "Sgt", "Baby", "Nurse", "Judge"})
# "of" may join a name only after these words ("City", "Church", "Lady").
_OF_AFTER: Final = frozenset({"City", "Borough", "County", "Isle", "Isles", "Vale", "Forest", "Church", "C",
                              "Lady", "Sisters", "Brothers", "Order", "Daughters", "Sons", "Friends",
                              "Riding", "Royal", "Institute", "Heart", "Mother"})
# Heads written in lower case ("plc").
_LOWER_HEADS: Final = frozenset({"plc", "ltd", "and sons", "and co", "llp"})  # ("limited" in lower case is a word)
# A regional adoption agency's name (see ``_Finder.adoption_agencies``); its words end at one that is no name's.
_AGENCY_WORD: Final = r"[ \t]+(?!(?:and|of|for|the|in|to|A|An|The)\b)[A-Z][\w'\u2019-]*"
_ADOPTION_AGENCY: Final = re.compile(
    r"(?<![\w'\u2019-])(?:One[ \t]+)?(?:Adopt(?:" + _AGENCY_WORD + r"){1,3}"
    r"|Adoption[ \t]+(?:North|South|East|West|Central)\b(?:" + _AGENCY_WORD + r"){0,2})(?![\w'\u2019-])")
# Prefix forms: "HMP" or "University of" before a name.
_PREFIXES: Final[Mapping[str, str]] = {
    "hmp": "prison", "hmyoi": "prison", "hmp yoi": "prison", "university of": "college",
    "hospital of": "hospital", "royal hospital of": "hospital", "university hospital": "hospital",
    "london borough of": "council", "royal borough of": "council", "metropolitan borough of": "council",
    "borough of": "council", "city and county of": "council", "county borough of": "council",
    # Welsh names put the head first: a school, a surgery ("the surgery": Meddygfa'r), a hospital
    "ysgol": "school", "meddygfa": "gp", "meddygfa'r": "gp", "ysbyty": "hospital",
}
# Welsh articles inside such a name ("Ysgol y Graig", "Ysbyty yr Wyddgrug").
_WELSH_ARTICLES: Final = frozenset({"y", "yr"})
_PREFIX_FIRST_WORDS: Final = frozenset(p.split(" ", 1)[0] for p in _PREFIXES)
# Words near a house or lodge name that make it a children's home or placement.
_HOME_CONTEXT: Final = re.compile(
    r"placed\s+(?:at|in|with)|placements?\b|children['\u2019]?s\s+homes?|residential|hostel|moved\s+(?:to|into)|"
    r"(?:lived|living|resided|residing|stayed|staying|returned)\s+(?:at|to)|supported\s+(?:accommodation|"
    r"lodgings|housing)|semi-independent|care\s+home|refuge|foyer|secure\s+unit|\bunit\b|accommodated|"
    r"(?:missing|absconded|absent)\s+from",
    re.IGNORECASE,
)
# Words that say what kind of work a practice is, not which surgery ("Good Practice", "Social Work Practice").
_PRACTICE_WORDS: Final = frozenset({
    "good", "best", "poor", "bad", "reflective", "professional", "social", "work", "clinical", "safe", "safer",
    "unsafe", "joint", "shared", "effective", "positive", "current", "local", "national", "daily", "direct",
    "frontline", "front-line", "relational", "restorative", "systemic", "multi-agency", "partnership",
    "safeguarding", "nursing", "midwifery", "health", "visiting", "care", "youth", "family", "evidence-based",
    "trauma-informed", "inclusive", "anti-racist", "legal", "private", "dental", "this", "that", "our", "their"})
# ... of which these, right before "Practice", never end a surgery's name ("Riverside Family Practice" may).
_WORK_NOT_SURGERY: Final = frozenset({
    "good", "best", "poor", "bad", "reflective", "professional", "work", "safeguarding", "restorative", "systemic",
    "relational", "multi-agency", "anti-racist", "trauma-informed", "evidence-based", "safe", "safer", "unsafe"})
_REGISTERED_BEFORE: Final = re.compile(r"\bregistered[ \u00a0]+(?:at|with)[ \u00a0]+(?:the[ \u00a0]+)?$")
# Earlier in the same sentence, the family's doctor ("The family's GP changed … to the Willow Practice").
_GP_SENTENCE_BEFORE: Final = re.compile(r"\b(?:GP|GPs|surgery|doctor)\b[^.!?\n]{0,150}$")
# Inside a sentence: a lower-case word, a comma or a bracket just before.
_SENTENCE_GOES_ON: Final = re.compile(r"[a-z,;(][ \u00a0]+$")
_GAP: Final = re.compile(r"[ \u00a0]+")  # a tab ends a table cell
_LINE_GAP: Final = re.compile(r"[ \u00a0]*\r?\n[ \t]*")
_DOT_GAP: Final = re.compile(r"\.[ \t\u00a0]*")
_PLURAL_POSSESSIVE_GAP: Final = re.compile(r"['\u2019][ \u00a0]+")
# Between a table's cells on one line (a typed double space is no column).
_COLUMN_GAP: Final = re.compile(r"\t|[ \u00a0]{3,}")
# A line this much shorter than both lines around it, with the next word added, ends its paragraph (a name
# never wraps early; the margin allows for proportional fonts).
_SHORT_LINE: Final = 0.85
_CONTEXT_BEFORE: Final = 120
_CONTEXT_AFTER: Final = 60
_MAX_NAME_WORDS: Final = 7
# A name, then a comma and what kind of body it is ("Starting Point, the county's children's services front door",
# "Shear Elegance, a salon"): the kind a service's, a business's or a group's, no person's role.
_DESCRIBED_BODY: Final = re.compile(
    r"(?<![\w'\u2019.-])(?P<name>[A-Z][\w'\u2019&-]*(?:[ \t]+[A-Z][\w'\u2019&-]*){0,3}),[ \t]+(?:the|an?)[ \t]+"
    r"(?:[\w'\u2019-]+[ \t]+){0,4}?(?:services?|team|charity|project|provider|hub|salon|caf[eé]|shop|company|business"
    r"|club|gym|front[ \t]+door|setting|nursery|pre-school|agency|organisation|platform|channel|group)\b"
    # (… not someone's role in it: "Okafor, the team manager")
    r"(?![ \t]+(?:manager|leader|lead|member|worker|officer|co-?ordinator|director|head|owner|nurse|user)s?\b)")
_CALENDAR_WORDS: Final = WEEKDAY_NAMES | {m.lower() for m in MONTH_NAMES} | {"today", "yesterday"}

SCORE_LISTED_FORCE: Final = 0.85
SCORE_COUNCIL_AREA: Final = 0.85
SCORE_NAMED: Final = 0.7
SCORE_PREFIX: Final = 0.75
SCORE_HOME_IN_CONTEXT: Final = 0.55
SCORE_NAMED_BY_URN: Final = 0.7
# A name of up to five capitalised words (a "The" first), then its URN set off by a comma or in brackets.
_BEFORE_URN: Final = re.compile(
    r"(?P<name>(?:The[ \t]+)?[A-Z][\w'\u2019-]+(?:[ \t]+(?:of|on|the|[A-Z][\w'\u2019-]+)){0,4})"
    r"[ \t]*(?:,[ \t]*|\([ \t]*)(?:Ofsted[ \t]+)?URN:?[ \t]*(?P<urn>(?:SC)?\d{6,7})\b")
SCORE_WEAK: Final = 0.45
# A drug line's name in quotes before "line" ('running the "DUBZ" line', 'the "Tommo" county line').
_NAMED_LINE: Final = re.compile(r"[\"\u201c\u2018'](?P<name>[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)?)"
                                r"[\"\u201d\u2019'][ \t]+(?:county[ \t]+|drugs?[ \t]+|deal(?:er|ing)[ \t]+)?lines?\b")


def _key(word: str) -> str:
    return word.casefold().replace("\u2019", "'")


@cache
def _head_index() -> tuple[Mapping[str, tuple[str, bool]], frozenset[str], int]:
    """Head word keys (token-joined, lower case) -> (kind, weak); their first words; the longest."""
    heads: dict[str, tuple[str, bool]] = {}
    for head, value in gz.org_head_keys().items():
        words = [_key(w) for _, _, w in gz.tokenize(head)]
        if words:
            heads[" ".join(words)] = value
    firsts = frozenset(k.split(" ", 1)[0] for k in heads)
    return heads, firsts, max(len(k.split(" ")) for k in heads)


@cache
def _force_index() -> tuple[frozenset[str], int]:
    """First words of the police force keys, and the most words in one."""
    keys = gz.police_force_keys()
    return frozenset(k.split(" ", 1)[0] for k in keys), max(len(k.split(" ")) for k in keys)


def _is_cap(word: str) -> bool:
    return word[:1].isupper() or word == "&"


def _is_role(word: str) -> bool:
    """Whether a capitalised word is a job or role on the keep list ("Consultant", "Paediatrician"); not a people's
    word, which describes a community's body ("the Hackney Vietnamese Family Centre")."""
    base = _key(gz.strip_possessive(word))
    return base not in _GENERIC and base not in gz.generic_words() and gz.is_keep_phrase(word) \
        and not gz.is_nationality(gz.strip_possessive(word))


# A board's abbreviation ("QSCP", "WLSCB"): it names the board, whose own groups and units are public.
_BOARD_ABBREVIATION: Final = re.compile(r"[A-Z]{0,4}L?SC[BP]s?")


def _is_proper(word: str) -> bool:
    """Whether a name word is distinctive ("Oakwood", "Limes", "Kirklees"), not a descriptor."""
    base = _key(gz.strip_possessive(word))
    if base in _GENERIC or base in gz.generic_words() or base in gz.FUNCTION_WORDS or len(base) < 2:
        return False
    if _BOARD_ABBREVIATION.fullmatch(gz.strip_possessive(word)):
        return False
    return not gz.is_keep_phrase(gz.strip_possessive(word))


def _hospitals_own_word(word: str) -> bool:
    """Whether a hospital's name word is its own, though a keep phrase holds it too ("Western" of "Great Western
    Hospital"): no descriptor of a body ("General", "City", "Children's") and no function word."""
    base = _key(gz.strip_possessive(word))
    return word[:1].isupper() and len(base) >= 3 and base not in _GENERIC and base not in gz.FUNCTION_WORDS \
        and not gz.is_keep_phrase(gz.strip_possessive(word))


_COMMA_GAP: Final = re.compile(r",[ \t]+")
# A law report's neutral citation names its court by a code ("[2023] UKHL 35", "[2019] EWCA Civ 12"): no name word.
LAW_REPORT_COURTS: Final = frozenset({"UKHL", "UKSC", "UKPC", "UKUT", "UKFTT", "EWCA", "EWHC", "EWFC", "EWCOP", "EWCC",
                                       "Civ", "Crim", "Fam", "NICA", "NIQB", "NIFam", "CSIH", "CSOH", "HCJAC"})


class _Finder:
    """One pass over one text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = gz.tokenize(text)
        self.found: list[OrgSpan] = []

    # -- token helpers ------------------------------------------------------------------------------
    def gap(self, j: int) -> str:
        return self.text[self.tokens[j - 1][1] : self.tokens[j][0]]

    def joined(self, j: int, across_lines: bool = False) -> bool:
        """Whether token ``j`` follows token ``j - 1`` in the same name."""
        gap = self.gap(j)
        if _GAP.fullmatch(gap):
            return not _COLUMN_GAP.search(gap)
        if self.tokens[j - 1][2] in ("St", "ST") and _DOT_GAP.fullmatch(gap):
            return True
        if self.tokens[j - 1][2][-1:] in ("s", "S") and _PLURAL_POSSESSIVE_GAP.fullmatch(gap):
            return True  # a plural's apostrophe in the name: "Longford Meadow Travellers' Site"
        if across_lines and _LINE_GAP.fullmatch(gap):
            # A wrapped line, not a heading above or a table's next row: the word before the break is not
            # alone on its line or in its cell (after a column gap), and the line does not end its paragraph.
            line_start = self.text.rfind("\n", 0, self.tokens[j - 1][0]) + 1
            cell = _COLUMN_GAP.split(self.text[line_start : self.tokens[j - 1][0]])[-1]
            return bool(cell.strip()) and not self.ends_short(j)
        return False

    def ends_short(self, j: int) -> bool:
        """Whether the line before token ``j`` ends well short of both lines around it: token ``j`` would have
        fitted on it, so the break ends a paragraph or list item ("… working in Quillbury" / "Practice across
        all agencies …") rather than wrapping a name. A short line beside it (a table cell's next line, a
        paragraph's last) says nothing."""
        text, (start, end, word) = self.text, self.tokens[j]
        break_at = text.rfind("\n", 0, start)
        line_start = text.rfind("\n", 0, break_at) + 1
        before_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        next_end = text.find("\n", end)
        around = [text[before_start : line_start - 1] if line_start else "", text[break_at + 1 : next_end
                  if next_end != -1 else len(text)]]
        width = min(len(line.strip()) for line in around)
        return len(text[line_start:break_at].strip()) + 1 + len(word) <= _SHORT_LINE * width

    def add(self, start_token: int, end_token: int, score: float, kind: str, reason: str) -> None:
        start = self.tokens[start_token][0]
        s, _, word = self.tokens[end_token]
        end = s + len(gz.strip_possessive(word))
        self.found.append(OrgSpan(start, end, score, kind, reason))

    # -- rules --------------------------------------------------------------------------------------
    def run(self) -> list[OrgSpan]:
        self.police_forces()
        self.prefixed()
        self.royal_towns()
        self.headed()
        self.named_by_urn()
        self.county_lines()
        self.described()
        self.adoption_agencies()
        self.found.extend(OrgSpan(a, b, SCORE_NAMED, "charity", "a brand word before a service's kind")
                          for a, b in brand_services(self.text))
        keep = gz.KeepPhraseFinder(self.text, self.tokens)  # drops names inside national bodies' names
        return [f for f in _without_overlaps(self.found) if not keep.covers(f.start, f.end)
                and not self._head_in_phrase(f, keep)]

    def _head_in_phrase(self, found: OrgSpan, keep: gz.KeepPhraseFinder) -> bool:
        """Whether the finding's last word and the word after it belong to one keep phrase, so the "head"
        is vocabulary ("Practice" in "Child Safeguarding Practice Review"), not the end of a name."""
        i = bisect.bisect_left(keep.starts, found.end)
        if i >= len(self.tokens) or i == 0:
            return False
        return keep.covers(self.tokens[i - 1][0], self.tokens[i][1])

    def adoption_agencies(self) -> None:
        """A regional adoption agency, named for its region: "Adopt" and any capitalised words ("Adopt East", "Adopt
        London North"), or "Adoption" and a compass point's ("Adoption South", "One Adoption West Yorkshire")."""
        if "Adopt" not in self.text:
            return
        for m in _ADOPTION_AGENCY.finditer(self.text):
            if not gz.is_keep_phrase(m.group()):
                self.found.append(OrgSpan(m.start(), m.end(), SCORE_PREFIX, "charity", "regional adoption agency"))

    def named_by_urn(self) -> None:
        """A name right before the Ofsted or DfE URN that registers it ("The Cedars, URN SC447019", "Elmcroft
        (URN 136482)"): the children's home or school it registers, whatever its words."""
        if "URN" not in self.text:
            return
        for m in _BEFORE_URN.finditer(self.text):
            name = m.group("name")
            if gz.is_keep_phrase(name) or not any(_is_proper(w) for w in name.split()[-2:]):
                continue
            kind = "childrens_home" if m.group("urn").upper().startswith("SC") else "school"
            self.found.append(OrgSpan(m.start("name"), m.end("name"), SCORE_NAMED_BY_URN, kind, "name before its URN"))

    def described(self) -> None:
        """A name the draft describes, right after it, as a body ("Starting Point, the county's children's services
        front door", "Shear Elegance, a salon"), inside a sentence: whatever its words, where it opens with no first
        name, holds no place or day and is no keep phrase, and is more than one word or a word no dictionary holds."""
        if "," not in self.text:
            return
        for m in _DESCRIBED_BODY.finditer(self.text):
            name = m.group("name")
            words = name.split()
            if not re.search(r"[a-z][ \t]+$", self.text[max(0, m.start() - 3):m.start()]) \
                    or any(_key(w) in _CALENDAR_WORDS for w in words) \
                    or gz.is_keep_phrase(name) or gz.is_uk_place(name) or gz.is_first_name(words[0]) \
                    or words[0] in _TITLES \
                    or _key(words[0]) in gz.FUNCTION_WORDS or any(gz.is_uk_place(w) for w in words) \
                    or (len(words) == 1 and gz.is_english_word(name)):
                continue
            self.found.append(OrgSpan(m.start("name"), m.end("name"), SCORE_NAMED_BY_URN, "charity",
                                      "a name described as a body"))

    def county_lines(self) -> None:
        """A drug-dealing line by its name in quotes ('the "DUBZ" line', 'a county line known as the "Dizzy" line'):
        police intelligence and the man who runs it go by that name."""
        if "line" not in self.text:
            return
        for m in _NAMED_LINE.finditer(self.text):
            if not gz.is_keep_phrase(m.group("name")):
                self.found.append(OrgSpan(m.start("name"), m.end("name"), SCORE_NAMED_BY_URN, "company",
                                          "a line's name"))

    def police_forces(self) -> None:
        """Forces listed by full name in ``police_forces.txt``."""
        tokens, keys = self.tokens, gz.police_force_keys()
        firsts, longest = _force_index()
        i = 0
        while i < len(tokens):
            word = tokens[i][2]
            if not _is_cap(word) or _key(word) not in firsts:
                i += 1
                continue
            best = None
            for j in range(i, min(len(tokens), i + longest)):
                if j > i and not self.joined(j, across_lines=True):
                    break
                phrase = self.text[tokens[i][0] : tokens[j][0] + len(gz.strip_possessive(tokens[j][2]))]
                # (notes write the last word in lower case too: "Met police", "Kent police")
                if (_is_cap(tokens[j][2]) or (j > i and tokens[j][2] in ("police", "constabulary"))) \
                        and gz.place_key(phrase) in keys:
                    best = j
            if best is None:
                i += 1
                continue
            self.add(i, best, SCORE_LISTED_FORCE, "police", "listed police force")
            i = best + 1

    def prefixed(self) -> None:
        """Names after a prefix: "HMP", "University of", "London Borough of" and the like."""
        tokens = self.tokens
        for i in range(len(tokens)):
            if not _is_cap(tokens[i][2]) or _key(tokens[i][2]) not in _PREFIX_FIRST_WORDS:
                continue
            for length in (3, 2, 1):
                if i + length >= len(tokens):
                    continue
                if any(not self.joined(k) for k in range(i + 1, i + length + 1)):
                    continue
                prefix = " ".join(_key(tokens[k][2]) for k in range(i, i + length))
                kind = _PREFIXES.get(prefix)
                if kind is None:
                    continue
                last = i + length - 1
                j = last + 1
                while j < len(tokens) and j - last <= 4 and self.joined(j) and (
                        (_is_cap(tokens[j][2]) and _key(tokens[j][2]) not in gz.FUNCTION_WORDS)
                        or (tokens[j][2] in _WELSH_ARTICLES and kind != "council" and j + 1 < len(tokens)
                            and self.joined(j + 1) and _is_cap(tokens[j + 1][2]))
                        # a prison's "The" ("HMP The Mount")
                        or (kind == "prison" and j == last + 1 and tokens[j][2] == "The" and j + 1 < len(tokens)
                            and self.joined(j + 1) and _is_cap(tokens[j + 1][2]))):
                    j += 1
                # (after "HMP", any capitalised words name a prison: "HMP The Mount", "HMP Low Newton")
                named = [tokens[k][2] for k in range(last + 1, j)]
                saint = len(named) >= 2 and named[0] in ("St", "St.", "Saint")  # "Hospital of St Cross"
                if named and (any(_is_proper(w) for w in named) or saint or (
                        kind == "prison" and prefix == "hmp" and any(
                        _key(w) not in gz.generic_words() and _key(w) != "the" and gz.org_head(w) is None
                        for w in named))):
                    self.add(i, j - 1, SCORE_PREFIX, kind, f"{prefix} + name")
                break

    def royal_towns(self) -> None:
        """"Royal" and a listed UK town, alone ("seen at Royal Sunderland"): the town's hospital, as people call
        it. Not "Royal Mail" or "the Royal Navy" (no town), and not where a longer name goes on ("Royal Derby
        Hospital" is the head-word rule's)."""
        tokens = self.tokens
        for i in range(len(tokens) - 1):
            if tokens[i][2] != "Royal" or not self.joined(i + 1):
                continue
            for length in (2, 1):
                j = i + length
                if j >= len(tokens) or any(not self.joined(k) or not _is_cap(tokens[k][2])
                                           for k in range(i + 1, j + 1)):
                    continue
                if j + 1 < len(tokens) and self.joined(j + 1) and _is_cap(tokens[j + 1][2]):
                    break  # runs on into a longer name
                town = self.text[tokens[i + 1][0]:tokens[j][1]]
                whole = self.text[tokens[i][0]:tokens[j][1]]
                if gz.is_uk_place(town) and gz.place_ambiguity(town) is None and not gz.is_uk_place(whole):
                    self.add(i, j, SCORE_PREFIX, "hospital", "Royal + town (its hospital)")
                    break

    def headed(self) -> None:
        """A proper name then a head word (a school, council, company ... head)."""
        tokens = self.tokens
        heads, firsts, longest = _head_index()
        for i in range(len(tokens)):
            first = _key(tokens[i][2])
            if first not in firsts and _key(gz.strip_possessive(tokens[i][2])) not in firsts:
                continue
            found = self.head_at(i, heads, longest)
            if found is None:
                continue
            head_end, kind, weak = found
            self.name_before(i, head_end, kind, weak)

    def head_at(self, i: int, heads: Mapping[str, tuple[str, bool]], longest: int
                ) -> tuple[int, str, bool] | None:
        """The longest head starting at token ``i``: (last token, kind, weak)."""
        tokens = self.tokens
        words: list[str] = []
        best: tuple[int, str, bool] | None = None
        for j in range(i, min(len(tokens), i + longest)):
            if j > i and not self.joined(j, across_lines=True):
                break
            words.append(_key(tokens[j][2]))
            key = " ".join(words)
            value = heads.get(key)
            if value is None and words[-1] != _key(gz.strip_possessive(tokens[j][2])):
                value = heads.get(" ".join([*words[:-1], _key(gz.strip_possessive(tokens[j][2]))]))
            if value is not None:
                best = (j, value[0], value[1])
        if best is None:
            return None
        head_text = " ".join(_key(tokens[k][2]) for k in range(i, best[0] + 1))
        if not _is_cap(tokens[i][2]) and head_text not in _LOWER_HEADS:
            return None  # "the local primary school"
        return best

    def persons_hospital_visit(self, parts: list[int], head_end: int) -> bool:
        """Whether a hospital's name that opens with a first name's possessive is a person's visit to one, a noun
        after it ("Kelly's Hospital appointment"), not a hospital named for someone ("Guy's Hospital in London")."""
        tokens = self.tokens
        if not any(gz.strip_possessive(tokens[p][2]) != tokens[p][2] and gz.is_first_name(
                gz.strip_possessive(tokens[p][2])) and not (p > 0 and tokens[p - 1][2] in ("St", "Saint", "ST"))
                   for p in parts):
            return False
        after = tokens[head_end + 1][2] if head_end + 1 < len(tokens) and self.joined(head_end + 1) else ""
        return after[:1].islower() and after.casefold() not in gz.FUNCTION_WORDS

    def name_before(self, head_start: int, head_end: int, kind: str, weak: bool) -> None:
        """Collect the name words left of a head and, when they make a proper name, record it."""
        tokens = self.tokens
        area = self.council_area_before(head_start) if kind in ("council", "police") else None
        if area is not None:
            self.add(area, head_end, SCORE_COUNCIL_AREA, kind, f"council area + {kind} head")
            return
        parts: list[int] = []
        k = head_start - 1
        right_of_and = 0
        while k >= 0 and len(parts) < _MAX_NAME_WORDS and self.joined(k + 1, across_lines=True):
            word = tokens[k][2]
            low = _key(word)
            if word in _TITLES or word in LAW_REPORT_COURTS:
                break
            if parts and "\n" in self.gap(k + 1) and kind == "police" \
                    and gz.police_force(self.text[tokens[k + 1][0]:tokens[head_end][1]]):
                break  # "NHS South London" / "Met Police": a force's whole name on its own line (a list of partners)
            if word == "&" and self.two_bodies(k, parts):
                break
            if _is_cap(word):
                our_lady = low == "our" and k + 1 < len(tokens) and tokens[k + 1][2] == "Lady"
                if low in gz.FUNCTION_WORDS and low != "the" and not our_lady:
                    break
                if gz.strip_possessive(word) != word and kind != "hospital" and not (
                        (k > 0 and tokens[k - 1][2] in ("St", "Saint", "ST")) or not gz.is_first_name(
                            gz.strip_possessive(word)) or gz.strip_possessive(word) in _ROYALS):
                    break  # a first name with "'s" is a person's, not a name (but a hospital's: "Guy's Hospital")
                if _is_role(word):
                    break  # "Consultant Paediatrician | Heatherwood … Trust": a role, not the name
                parts.insert(0, k)
                if low == "the" and not (kind == "hospital" and k > 0 and self.joined(k) and _is_cap(tokens[k - 1][2])
                                         and _key(tokens[k - 1][2]) not in gz.FUNCTION_WORDS
                                         and _key(tokens[k - 1][2]) not in _CALENDAR_WORDS):
                    break  # (inside a hospital's name, "The" is a word of it: "Queen Elizabeth The Queen Mother …")
                if "and" not in (_key(tokens[p][2]) for p in parts):
                    right_of_and += 1
            elif low == "of" and k > 0 and tokens[k - 1][2] in _OF_AFTER and parts:
                parts.insert(0, k)  # "City of ..."
            elif low == "and" and parts and not self.ends_name(k - 1) and not self.two_bodies(k, parts) and (
                    right_of_and == 1 or _key(tokens[parts[0]][2]) == "district" or kind == "hospital"):
                # one word after "and", "and District", or two hospitals in a trust's name ("Heatherwood
                # and Wexham Park Hospitals NHS Trust"); never two names ("… School and … Academy")
                parts.insert(0, k)
            else:
                break
            k -= 1
        # A trust named for a list of towns, commas between ("Barking, Havering and Redbridge University Hospitals
        # NHS Trust"): the towns before "and" are the name's too.
        while kind == "hospital" and k >= 0 and parts and "and" in (_key(tokens[p][2]) for p in parts) \
                and _COMMA_GAP.fullmatch(self.gap(k + 1)) and _is_cap(tokens[k][2]) \
                and gz.is_uk_place(tokens[k][2]) and gz.is_uk_place(tokens[parts[0]][2]):
            parts.insert(0, k)
            k -= 1
        parts = self.trim(parts)
        if not parts:
            return
        name_words = [tokens[p][2] for p in parts]
        if not any(_is_proper(w) or (kind == "hospital" and _hospitals_own_word(w)) for w in name_words):
            return
        if kind == "hospital" and self.persons_hospital_visit(parts, head_end):
            return
        if kind == "gang" and any(gz.is_nationality(w) or _key(w) in _PEOPLES for w in name_words):
            return  # "Asian Boys", "Polish Crew": who they are, no group's name
        start, end = tokens[parts[0]][0], tokens[head_end][1]
        span = self.text[start:end]
        if gz.is_keep_phrase(span) or gz.is_keep_phrase(gz.strip_possessive(span)):
            return
        if a_places_body(self.text, start, span):
            return  # "in a Hackney School": any one of the place's schools, none named
        if kind == "gp" and _key(tokens[parts[-1]][2]) in _WORK_NOT_SURGERY:
            return  # "Hampshire Safeguarding Practice Week": the work, whatever names it
        if weak:
            if kind == "childrens_home":
                if not self.home_context(start, end):
                    return
                self.add(parts[0], head_end, SCORE_HOME_IN_CONTEXT, kind, "house name in placement context")
                return
            if not any(_is_proper(w) and not gz.is_english_word(gz.strip_possessive(w)) for w in name_words) \
                    and not (kind == "gp" and self.named_practice(parts, start)):
                return
            self.add(parts[0], head_end, SCORE_WEAK, kind, f"name + weak {kind} head")
            return
        self.add(parts[0], head_end, SCORE_NAMED, kind, f"name + {kind} head")

    def named_practice(self, parts: list[int], start: int) -> bool:
        """Whether ordinary words before "Practice" name a GP practice ("The Hawthorn Practice", "Oak Tree
        Practice"): none says what kind of work is done ("Good", "Reflective", "Social Work"), and "The" opens the
        name with its capital inside a sentence, the name comes after "registered at" or "with", or the sentence
        is about a GP."""
        words = [_key(self.tokens[p][2]) for p in parts]
        if any(w in _PRACTICE_WORDS for w in words) or not all(_is_cap(self.tokens[p][2]) for p in parts):
            return False
        if _REGISTERED_BEFORE.search(self.text, max(0, start - 40), start) \
                or _GP_SENTENCE_BEFORE.search(self.text, max(0, start - 150), start):
            return True
        return words[0] == "the" and self.tokens[parts[0]][2] == "The" and len(words) >= 2 \
            and _SENTENCE_GOES_ON.search(self.text, max(0, start - 3), start) is not None

    def ends_name(self, k: int) -> bool:
        """Whether token ``k`` ends an organisation's name of its own (a strong head word: "School")."""
        if k < 0:
            return False
        head = gz.org_head(gz.strip_possessive(self.tokens[k][2]))
        return head is not None and not head[1]

    def two_bodies(self, k: int, right: list[int]) -> bool:
        """Whether the "and" (or "&") at token ``k`` joins two bodies: the words before it end in an agency's
        name ("Quillbury Children's Social Care and …") and the name after it has a distinctive word
        ("… Kings College Hospital"), so each side is a body of its own."""
        tokens = self.tokens
        if not any(_is_proper(tokens[p][2]) for p in right):
            return False  # "… Mental Health and Social Care Trust": one body's descriptive words
        for n in range(2, 5):
            first = k - n
            if first < 0 or not all(self.joined(i) for i in range(first + 1, k)):
                break
            if gz.is_keep_phrase(self.text[tokens[first][0] : tokens[k - 1][1]]):
                return True
        return False

    def trim(self, parts: list[int]) -> list[int]:
        """Drop leading connectors, and a left side of "and" made of generic words only."""
        tokens = self.tokens
        keys = [_key(tokens[p][2]) for p in parts]
        if "and" in keys:
            cut = keys.index("and")
            left = [tokens[p][2] for p in parts[:cut]]
            if not any(_is_proper(w) for w in left):
                parts = parts[cut + 1 :]
        while parts and _key(tokens[parts[0]][2]) in ("and", "of", "&"):
            parts = parts[1:]
        return parts

    def council_area_before(self, head_start: int) -> int | None:
        """The first token of a listed council area that ends just before the head ("Kirklees")."""
        tokens = self.tokens
        best = None
        for length in range(1, 7):
            k = head_start - length
            if k < 0 or not self.joined(k + 1, across_lines=True):
                break
            if not _is_cap(tokens[k][2]) and _key(tokens[k][2]) not in ("of", "and", "upon", "on", "with"):
                break
            phrase = self.text[tokens[k][0] : tokens[head_start - 1][1]]
            if _is_cap(tokens[k][2]) and gz.local_authority(phrase):
                best = k
        if best is not None and best > 0 and self.joined(best) and tokens[best - 1][2] == "The":
            best -= 1
        return best

    def home_context(self, start: int, end: int) -> bool:
        window = self.text[max(0, start - _CONTEXT_BEFORE) : end + _CONTEXT_AFTER]
        return _HOME_CONTEXT.search(window) is not None


def _without_overlaps(spans: list[OrgSpan]) -> list[OrgSpan]:
    """Keep the longest of overlapping spans (then the best scored), in text order."""
    starts: list[int] = []  # chosen spans, sorted by start; they never overlap each other
    chosen: list[OrgSpan] = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), -s.score, s.start)):
        at = bisect.bisect_right(starts, span.start)
        if at > 0 and chosen[at - 1].end > span.start:
            continue
        if at < len(chosen) and chosen[at].start < span.end:
            continue
        starts.insert(at, span.start)
        chosen.insert(at, span)
    return chosen


_ARTICLE_BEFORE: Final = re.compile(r"(?<![\w'\u2019-])(?i:a|an)[ \t]+$")


def a_places_body(text: str, start: int, name: str) -> bool:
    """Whether ``name``, at ``start`` in ``text``, is a UK place's name and a head word after "a" or "an": any one of
    the place's bodies, none named ("strip-searched in a Hackney School", "placed in an Essex Children's Home")."""
    if not _ARTICLE_BEFORE.search(text, max(0, start - 4), start):
        return False
    words = name.split()
    return any(gz.is_uk_place(" ".join(words[:k])) and gz.org_head(" ".join(words[k:])) is not None
               for k in range(1, len(words)))


def find_organisations(text: str) -> list[OrgSpan]:
    """Every named organisation the rules find in ``text``, in order, without overlaps.

    Args:
        text: Any text.

    Returns:
        The organisations found.
    """
    return _Finder(text).run()


class UkOrganisationRecognizer(SpanFinderRecognizer):
    """Named organisations that identify a place, found from head words and lists, without NER.

    - a proper name before a head word (from ``org_head_words.txt``): schools and academies
      ("St Quillon's CE Primary School", "Quillbury Academy"), colleges, nurseries, GP practices
      ("The Quinces Surgery", "Quill Road Health Centre"), hospitals and trusts ("Royal Quillbury
      Hospital", "Quillbury Teaching Hospitals NHS Trust"), councils ("Quillbury Borough Council"),
      courts, police ("Quillbury Police"), companies ("Quill Motors Ltd"), housing and charities
      (0.7; weak heads such as "Trust" or "Centre" 0.45);
    - a listed council area before a council head (0.85) and every listed UK police force (0.85);
    - "HMP X", "University of X", "London Borough of X" (0.75);
    - a house name ("Quince House", "Quince Lodge") only near a placement cue such as "placed at",
      "residential" or "children's home" (0.55).

    The name must hold a distinctive word: "the Police", "Primary School", "the GP Surgery" and
    "Independent Fostering Agency" give nothing, nor do keep phrases.
    A capital "The" or "St" that starts the name is included; a lower-case "the" is not.
    """

    ENTITY: ClassVar[str] = ORGANISATION

    def find(self, text: str) -> Iterable[Any]:
        """The hits in ``text``."""
        return find_organisations(text)

    def preload(self) -> None:
        """Build the look-up indexes now."""
        _head_index()
        _force_index()

    def explain(self, span: Any) -> str:
        """The rule and the kind of organisation ("school", "gp" ...)."""
        return f"{span.reason} ({span.kind})"

    def metadata(self, span: Any) -> dict[str, Any]:
        """The kind of organisation, for suggesting a pseudonym."""
        return {"org_kind": span.kind}
