"""UK place names (towns, villages, counties, regions, boroughs, islands) found from the gazetteer."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any, ClassVar, Final

from recognizers import gazetteer as gz
from recognizers.base import SpanFinderRecognizer
from recognizers.catalogue import LOCATION
from recognizers.dates import MONTH_NUMBERS, WEEKDAY_NAMES


@dataclass(frozen=True, slots=True)
class PlaceSpan:
    """A UK place name found in a text.

    Attributes:
        start: Offset of the first character.
        end: Offset after the last character.
        score: Confidence, 0..1.
        reason: Which rule found it.
    """

    start: int
    end: int
    score: float
    reason: str


# Words before a place that show it is one ("moved to Reading"); "the" may come between ("in the Wirral").
PLACE_CUES: Final = frozenset({"in", "at", "to", "from", "near", "into", "around", "outside", "towards",
                               "toward", "via", "across", "within", "throughout", "nr", "between",
                               "visited", "visiting", "leaving", "left", "reached"})
# "the town of Reading", "the outskirts of Bath".
_AREA_NOUNS: Final = frozenset({"town", "city", "county", "borough", "village", "area", "outskirts",
                                "centre", "center", "suburbs", "district", "part", "parts", "north", "south",
                                "east", "west", "heart", "streets", "people", "residents"})
# Lower-case words (and "&") allowed inside a place name ("Newcastle upon Tyne", "Telford & Wrekin").
_CONNECTORS: Final = frozenset({"upon", "on", "under", "in", "le", "la", "the", "of", "and", "&", "by", "super",
                                "cum", "en", "de", "next", "juxta", "y", "ar", "nan", "na", "with", "sub",
                                "over", "at", "o'", "a"})
_TITLES: Final = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Sir", "Dame", "Rev", "Cllr",
                            "DC", "PC", "DS", "DI", "DCI", "Sgt", "Baby", "Nurse", "Judge", "MR", "MRS", "MS",
                            "MISS", "DR"})
# Words after a place that make it part of a street or organisation name ("... Road", "... Hospital").
_STREET_WORDS: Final = frozenset({"street", "road", "lane", "avenue", "close", "drive", "way", "crescent",
                                  "terrace", "gardens", "grove", "square", "place", "mews", "walk", "rise",
                                  "row", "parade", "court", "house", "lodge", "hall", "estate"})
_GAP: Final = re.compile(r"[ \u00a0]+(?:\r?\n[ \t]*)?|[ ]*\r?\n[ \t]*")  # a tab ends a table cell
_DOT_GAP: Final = re.compile(r"\.[ \t\u00a0]*")
_MAX_WORDS: Final = 8

SCORE_PLACE: Final = 0.6
SCORE_COUNCIL_AREA: Final = 0.65
SCORE_AMBIGUOUS: Final = 0.5


# The rest of a board's name after its area: "Safeguarding", perhaps "Children" or "Adults", then the board's word,
# or the line's end (a page's end may cut the name).
_BOARD_AFTER: Final = re.compile(
    r"[ \t]+Safeguarding(?:[ \t]+(?:Children(?:['\u2019]s)?|Adults))?"
    r"(?:[ \t]+(?:Boards?|Partnerships?|Partners|Arrangements)\b|[ \t]*(?:\n|$))")


@cache
def _first_words() -> frozenset[str]:
    """The first word of every place key: a cheap test before trying longer matches."""
    return frozenset(key.split(" ", 1)[0] for key in gz.place_keys())


_LINE_WORD: Final = re.compile(r"[A-Za-z]{3,}")


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


class _Finder:
    """One pass over one text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = gz.tokenize(text)
        self.found: list[PlaceSpan] = []
        self.last_match_end = -2  # token index where the previous match ended

    def joined(self, j: int) -> bool:
        gap = self.text[self.tokens[j - 1][1] : self.tokens[j][0]]
        if _GAP.fullmatch(gap):
            return True
        return self.tokens[j - 1][2] in ("St", "ST") and _DOT_GAP.fullmatch(gap) is not None

    def run(self) -> list[PlaceSpan]:
        tokens = self.tokens
        keys = gz.place_keys()
        first_words = _first_words()
        i, n = 0, len(tokens)
        while i < n:
            word = tokens[i][2]
            if not _capitalised(word):
                i += 1
                continue
            key = gz.place_key(word)
            if key.split(" ", 1)[0] not in first_words:
                key = gz.place_key(gz.strip_possessive(word))  # "Leeds's"
                if key.split(" ", 1)[0] not in first_words:
                    i += 1
                    continue
            best: tuple[int, str] | None = None  # (last token, ambiguity flag)
            prefix = ""
            j = i
            while True:
                current = tokens[j][2]
                if _capitalised(current):
                    if key in keys:
                        best = (j, keys[key])
                    elif (stripped := gz.strip_possessive(current)) != current:
                        owner = f"{prefix} {gz.place_key(stripped)}".strip()  # "Leeds's"
                        if owner in keys:
                            best = (j, keys[owner])
                j += 1
                if j >= n or j - i >= _MAX_WORDS or not self.joined(j):
                    break
                nxt = tokens[j][2]
                if not _capitalised(nxt) and nxt.casefold() not in _CONNECTORS:
                    break
                prefix = key
                key = f"{key} {gz.place_key(nxt)}"
            if best is None:
                i += 1
                continue
            last, flag = best
            if self._accept(i, last, flag):
                start = tokens[i][0]
                end = tokens[last][0] + len(gz.strip_possessive(tokens[last][2]))
                score, reason = self._score(flag, self.text[start:end])
                self.found.append(PlaceSpan(start, end, score, reason))
                self.last_match_end = last
            i = last + 1
        keep = gz.KeepPhraseFinder(self.text, tokens)  # drops "London" in "London Child Protection Procedures"
        return [f for f in self.found if not keep.covers(f.start, f.end)]

    def _accept(self, i: int, last: int, flag: str) -> bool:
        tokens, text = self.tokens, self.text
        words = [tokens[k][2] for k in range(i, last + 1)]
        if flag and not all((w[:1].isupper() and not w.isupper()) or w.casefold() in _CONNECTORS for w in words):
            return False  # an ambiguous name in capitals ("READING") or lower case: leave it
        phrase = text[tokens[i][0] : tokens[last][1]]
        if gz.is_keep_phrase(phrase):
            return False
        # Part of a person's name: "Mrs Preston", "Beverley Preston", "Stanley Okafor".
        if i > 0 and self.joined(i):
            previous = tokens[i - 1][2]
            if previous in _TITLES or previous in ("St", "Saint"):
                return False
            if previous == "NHS":
                return False  # "NHS Surrey", "NHS Leeds CCG": the name of a statutory NHS body
            if _capitalised(previous) and previous.casefold() not in gz.FUNCTION_WORDS \
                    and gz.is_first_name(previous) and not gz.is_english_word(previous) \
                    and (not gz.is_uk_place(previous) or gz.place_ambiguity(previous) == "name"):
                return False
        if _BOARD_AFTER.match(text, tokens[last][1]):
            return False  # a board's name, even where a page's end cuts it ("… the Lancashire Safeguarding Children")
        nxt = last + 1
        if nxt < len(tokens) and self.joined(nxt) and (_capitalised(tokens[nxt][2]) or tokens[nxt][2] == "&"):
            following = tokens[nxt][2]
            low = following.casefold()
            if low in _STREET_WORDS or gz.org_head(following) is not None or self._org_head_at(nxt):
                return False  # "Leeds Road", "Leeds City Council", "Thames Valley Police"
            if last == i and gz.is_first_name(words[0]) and gz.is_surname(following) \
                    and not gz.is_english_word(following) and not gz.is_uk_place(following):
                return False  # "Stanley Okafor"
        if not flag:
            return True
        return self._cued(i) and not self._opens_longer_name(last) and not self._heading_capital(i, last)

    def _opens_longer_name(self, last: int) -> bool:
        """Whether "of" and a capitalised word follow: a longer proper name ("Battle of Britain")."""
        tokens, k = self.tokens, last + 1
        return k + 1 < len(tokens) and tokens[k][2] == "of" and self.joined(k) and self.joined(k + 1) \
            and _capitalised(tokens[k + 1][2])

    def _heading_capital(self, i: int, last: int) -> bool:
        """Whether the line is a title-case heading, whose capitals say nothing of a name ("How to Deal with
        Neglect"): its other everyday words (two or more, not function words) are nearly all capitalised."""
        text, start, end = self.text, self.tokens[i][0], self.tokens[last][1]
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start:] if line_end < 0 else text[line_start:line_end]
        words = [w for w in _LINE_WORD.findall(line[:start - line_start] + " " + line[end - line_start:])
                 if w.casefold() not in gz.FUNCTION_WORDS and gz.is_english_word(w)]
        return len(words) >= 2 and sum(_capitalised(w) for w in words) >= 0.8 * len(words)

    def _org_head_at(self, j: int) -> bool:
        """Whether an organisation head of two or three words starts at token ``j`` ("City Council")."""
        tokens = self.tokens
        for length in (2, 3, 4):
            if j + length > len(tokens):
                break
            phrase = " ".join(tokens[k][2] for k in range(j, j + length))
            if gz.org_head(phrase) is not None:
                return True
        return False

    def _cued(self, i: int) -> bool:
        """Whether a cue word stands before token ``i`` ("in Reading", "in the Wirral", "town of Bath")."""
        tokens = self.tokens
        k = i - 1
        if k < 0:
            return False
        if i - 1 == self.last_match_end and re.fullmatch(r"\s*,\s*", self.text[tokens[k][1] : tokens[i][0]]):
            return True  # "Leeds, Bath and Wakefield"
        if not self.joined(i):
            return False
        word = tokens[k][2].casefold()
        if word == "the" and k > 0 and self.joined(k):
            k -= 1
            word = tokens[k][2].casefold()
        if word in PLACE_CUES and tokens[k][2][:1].islower():
            return True
        if word == "of" and k > 0 and tokens[k - 1][2].casefold() in _AREA_NOUNS:
            return True
        # "in Leeds and Bath": after another place.
        return word in ("and", "or") and k - 1 == self.last_match_end

    def _score(self, flag: str, phrase: str) -> tuple[float, str]:
        if flag:
            return SCORE_AMBIGUOUS, f"UK place ({flag}), after a cue word"
        if gz.local_authority(phrase):
            return SCORE_COUNCIL_AREA, "UK council area"
        return SCORE_PLACE, "UK place"


def find_uk_places(text: str) -> list[PlaceSpan]:
    """Every UK place name the gazetteer finds in ``text``, longest match first, without overlaps.

    Args:
        text: Any text.

    Returns:
        The places found, in order.
    """
    found = _Finder(text).run()
    for start, end, reason in _unlisted_places(text):
        if not any(f.start < end and start < f.end for f in found):
            found.append(PlaceSpan(start, end, SCORE_AMBIGUOUS, reason))
    return sorted(found, key=lambda f: f.start)


# Where someone lived or moved ("grew up in Drumchapel", "moved to Easterhouse"): a district no list knows.
# ... or where someone was found, a line ran from or a home is ("running out of Wythenshawe", "found in Trecynon", "the
# house in Penhill"), or an area
# by its name ("the Dogsthorpe area of the city")
_RESIDENCE: Final = re.compile(
    r"\b(?:(?:lived|living|lives|grew[ \t]+up|brought[ \t]+up|moved|moving|resided|residing|stayed|staying|settled"
    r"|relocated|returned)(?:[ \t]+back)?[ \t]+(?:in|to|from|near)"
    r"|(?:found|located|traced|arrested|stopped|sighted)[ \t]+(?:in|near)"
    r"|(?:run|runs|running|ran|operating|operated)[ \t]+(?:out[ \t]+of|from)"
    # (… or where someone's home is: "came to the house in Penhill")
    r"|(?:house|home|flat|maisonette|bungalow|caravan|property)[ \t]+in)[ \t]+"
    r"(?P<name>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)(?![\w'\u2019&-])"
    r"|\bthe[ \t]+(?P<area>[A-Z][a-z]+)[ \t]+area\b")
# A place's own second word ("Zorbeck Vale").
_PLACE_WORDS: Final = frozenset({"vale", "park", "green", "hill", "heath", "bridge", "cross", "end", "side", "wood",
                                 "bank", "moor", "dale", "valley", "village", "town", "estate"})
# A housing estate by name, after a place's preposition ("on the Meadow Well estate").
_ESTATE: Final = re.compile(
    r"\b(?:on|in|from|to|at|near|off|into|of|across|around|within|by)[ \t]+the[ \t]+"
    r"(?P<name>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2})"
    r"[ \t]+[Ee]state\b")


# A numbered road, after a place's preposition ("stops the car on the A671", "walking along the A65 at night"): it runs
# through a few towns, and says where the family was. (A motorway or a one-digit trunk road crosses the country, and
# says nothing; "A4" is a paper size too.)
_ROAD: Final = re.compile(r"\b(?:on|along|off|near|by|onto|from|beside|crossing)[ \t]+the[ \t]+"
                          r"(?P<name>(?-i:[AB])\d{2,4})"
                          r"(?![\w/-])")


def _unlisted_places(text: str) -> list[tuple[int, int, str]]:
    """Districts no list knows where someone lived, moved, was found or a line ran from, or an area by its name (each
    word in no dictionary and no list of first names, a second word perhaps a place's: "Zorbeck Vale"); numbered
    roads; and housing estates by name."""
    found: list[tuple[int, int, str]] = []
    for m in _RESIDENCE.finditer(text):
        group = "name" if m.group("name") else "area"
        words = m.group(group).split()
        if _unknown_word(words[0]) and all(_unknown_word(w) or w.casefold() in _PLACE_WORDS for w in words[1:]) \
                and not gz.is_keep_phrase(m.group(group)) and gz.org_head(words[-1]) is None:
            found.append((m.start(group), m.end(group), "a district no list knows, where someone lived"))
    found.extend((m.start("name"), m.end("name"), "a numbered road") for m in _ROAD.finditer(text))
    for m in _ESTATE.finditer(text):
        words = m.group("name").split()
        if not gz.is_keep_phrase(m.group("name")) and not gz.is_keep_phrase(m.group("name") + " Estate") \
                and any(w.casefold() not in gz.FUNCTION_WORDS and gz.org_head(w) is None for w in words):
            found.append((m.start("name"), m.end("name"), "a housing estate by name"))
    return found


def _unknown_word(word: str) -> bool:
    """A word in no dictionary, no list of first names and no keep list, and no month's or weekday's name."""
    return not gz.is_english_word(word) and not gz.is_first_name(word) and not gz.is_keep_phrase(word) \
        and word.casefold() not in gz.FUNCTION_WORDS and word.casefold() not in MONTH_NUMBERS \
        and word.casefold() not in WEEKDAY_NAMES


class UkPlaceRecognizer(SpanFinderRecognizer):
    """UK places from the gazetteer: cities, towns, villages, counties, regions, boroughs, islands.

    Matches are capitalised and word-bounded, and the longest name wins ("Newcastle upon Tyne",
    "Stoke-on-Trent", "Bath and North East Somerset"). A place whose name is also an everyday word
    ("Reading", "Bath", "Sale") or a common first name ("Shirley", "Stanley") needs a cue before it
    ("in", "at", "to", "from", "near", "the town of" ...): "Reading the report" and "bath time" give
    nothing. Places that are part of a person's name ("Mrs Preston"), a street ("Leeds Road") or an
    organisation ("Leeds City Council", "Thames Valley Police", "NHS Surrey") are left to the other recognisers.
    Scores: 0.6 (0.65 for a council area), 0.5 for a cued ambiguous name. Works without spaCy.
    """

    ENTITY: ClassVar[str] = LOCATION

    def find(self, text: str) -> Iterable[Any]:
        """The hits in ``text``."""
        return find_uk_places(text)

    def preload(self) -> None:
        """Build the look-up indexes now."""
        _first_words()
