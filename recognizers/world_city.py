"""Cities and towns abroad where a family lived or has relatives ("relatives in Rawalpindi", "moved from Poznań").

A country of origin is written openly in published reviews; the city is not, because with the family's
story it locates them. A city is found from the shipped list (``world_cities.txt``, GeoNames) only after a
place cue ("in", "from", "near", "moved to"), capitalised, and standing alone: a city name running on into
another capitalised word is part of a longer name ("Lahore Road", "Florence Nightingale").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, ClassVar, Final

from recognizers import gazetteer as gz
from recognizers.base import SpanFinderRecognizer
from recognizers.catalogue import LOCATION

SCORE: Final = 0.6
MAX_WORDS: Final = 4


@dataclass(frozen=True, slots=True)
class CitySpan:
    """A city abroad found in a text."""

    start: int
    end: int
    score: float
    reason: str


_TRAVELLED: Final = (r"moved|returned|travelled|traveled|went|relocated|emigrated|immigrated|migrated|flew"
                     r"|deported|removed|arrived|came")
_CUE: Final = re.compile(
    rf"(?:\b(?i:in|near|from|outside|around)|\b(?i:{_TRAVELLED}|back|trips?|visits?|journey|holiday)[ \t]+to)"
    r"[ \t]+$")
# A journey's end or start: "moved to", "returned to", "deported to", "travelled from … to". A city abroad
# written there is the city, though the name lists hold it as a first name too ("Lagos", "Accra").
JOURNEY_CUE: Final = re.compile(
    rf"\b(?i:(?:{_TRAVELLED}|fled)(?:[ \t]+back)?[ \t]+(?:to|from)|(?:holiday|trips?|journey|flights?)[ \t]+to)"
    r"[ \t]+$")
_WORD: Final = re.compile(r"[^\W\d_][\w'\u2019\u2010-]*")
_CONNECTORS: Final = frozenset({"de", "do", "da", "di", "del", "la", "el", "al", "upon", "am", "an", "der", "sur"})


def find_world_cities(text: str) -> list[CitySpan]:
    """Every city abroad after a place cue in ``text``, the longest name first.

    Args:
        text: Any text.

    Returns:
        The cities found, in order.
    """
    found: list[CitySpan] = []
    for first in _WORD.finditer(text):
        if not first.group()[:1].isupper() or (first.group().isupper() and len(first.group()) > 3):
            continue
        if not _CUE.search(text, max(0, first.start() - 24), first.start()):
            continue
        words = [first]
        while len(words) < MAX_WORDS:
            nxt = _WORD.match(text, words[-1].end() + 1) if text[words[-1].end():words[-1].end() + 1] == " " else None
            if nxt is None:
                break
            words.append(nxt)
        for n in range(len(words), 0, -1):
            last = words[n - 1]
            name = text[first.start():last.end()]
            if not last.group()[:1].isupper() or any(
                    not w.group()[:1].isupper() and w.group() not in _CONNECTORS for w in words[:n]):
                continue
            if not gz.is_world_city(name):
                continue
            if n < len(words) and words[n].group()[:1].isupper():
                break  # runs on into another capitalised word: part of a longer name
            found.append(CitySpan(first.start(), last.end(), SCORE, "city abroad, after a place cue"))
            break
    return found


class WorldCityRecognizer(SpanFinderRecognizer):
    """Cities and towns outside the UK, after a place cue ("in", "from", "moved to")."""

    ENTITY: ClassVar[str] = LOCATION

    def find(self, text: str) -> Iterable[Any]:
        """The hits in ``text``."""
        return find_world_cities(text)
