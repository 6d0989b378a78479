"""Newspapers named by their titles ("Belfast Telegraph", "the Manchester Evening News", "Hull Daily Mail"):
publications, public words, though a title starts with a place.

A title is a place (a UK place, a city or country abroad) and a masthead's word, perhaps with "Daily",
"Evening" or "Sunday" between. The place written on its own elsewhere is still a place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from recognizers import gazetteer as gz

# The words British newspapers' titles end in (the regional press's mastheads).
_MASTHEAD: Final = (
    "Telegraph", "Gazette", "Echo", "Chronicle", "Argus", "Courier", "Herald", "Advertiser", "Examiner", "Observer",
    "Mercury", "Express", "Mirror", "Post", "Times", "News", "Mail", "Journal", "Sentinel", "Standard", "Citizen",
    "Recorder", "Reporter", "Today", "Live", "Press", "Star", "Bugle", "Tribune", "Guardian", "Independent",
)
_TITLE: Final = re.compile(
    r"(?<![\w'\u2019-])(?P<place>[A-Z][\w'\u2019-]*(?:[ \t]+(?:and|&|upon|on|under|[A-Z][\w'\u2019-]*))*?)"
    r"[ \t]+(?P<rest>(?:(?:Daily|Evening|Sunday|Weekly|Morning)[ \t]+)?(?:" + "|".join(_MASTHEAD) + r"))(?![\w-])"
    # (not running on into another capitalised word: "Sylhet Star Travels", "Leeds Post Office" name something else)
    r"(?![ \t]+[A-Z])")


def newspaper_names(texts: Iterable[str]) -> list[str]:
    """The newspapers' titles the texts name, as written (without "the")."""
    found: dict[str, None] = {}
    for text in texts:
        for m in _TITLE.finditer(text):
            words = m.group("place").split()
            # the place is the longest run of the words before the masthead that is one ("in Wigan Today": Wigan)
            for k in range(len(words)):
                place = " ".join(words[k:])
                if gz.is_place(place):
                    found.setdefault(f"{place} {' '.join(m.group('rest').split())}", None)
                    break
    return list(found)
