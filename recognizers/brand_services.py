"""Local services named with a brand word before their kind ("Compass Harmful Sexual Behaviour Service", "the Harbour
Team", "Oak Tree Children's Trauma Service", "the Compass service").

Councils, trusts and charities name a local service with an everyday word chosen for its sound (a compass, a harbour,
a phoenix), then say what kind of service it is. The words are all in the dictionary, so nothing else reads them as a
name; yet the service is one place's, and names it. A brand word from the list below, capitalised, then up to four
capitalised words and a service's kind ("Service", "Team", "Project", "Hub" …) is such a service; so is a brand word
right before the kind in lower case ("referred to the Compass service"), where the brand word alone is the name.

The list holds words services take as brands and that name no national programme: "Thrive" (the Thrive Approach),
"Jigsaw" (a national PSHE scheme), "Mosaic" (a records system), "Gateway" and "Pathway" (any council's front door and
a care leaver's plan) are left out.
"""

from __future__ import annotations

import re
from typing import Final

BRAND_WORDS: Final = (
    "Acorn", "Acorns", "Anchor", "Aspire", "Beacon", "Beacons", "Blossom", "Bluebell", "Bridges", "Butterfly",
    "Catalyst", "Compass", "Cornerstone", "Crossroads", "Dove", "Empower", "Endeavour", "Evolve", "Firefly",
    "Footprints", "Forge", "Harbour", "Haven", "Hive", "Horizon", "Horizons", "Ignite", "Inspire", "Kaleidoscope",
    "Keystone", "Kingfisher", "Lantern", "Lifeline", "Lighthouse", "Lotus", "Meadow", "New Leaf", "Nova", "Oak Tree",
    "Oasis", "Open Door", "Orchard", "Phoenix", "Pioneer", "Prism", "Rainbow", "Ripple", "Sanctuary", "Sapling",
    "Solace", "Sovereign", "Spectrum", "Springboard", "Stepping Stones", "Sunflower", "Sunrise", "Umbrella", "Unity",
    "Willow", "Willows",
)
# A service's kind, last in its name.
_KINDS: Final = ("Service", "Services", "Team", "Project", "Hub", "Group", "Programme", "Collective", "Network",
                 "Outreach", "Partnership", "Counselling")
_BRAND: Final = "(?:" + "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in BRAND_WORDS) + ")"
_NAME_WORD: Final = r"[ \t]+(?:[A-Z][\w'\u2019-]*|&|and|for|of)"
_NAMED: Final = re.compile(
    rf"(?<![\w'\u2019&/-])(?:The[ \t]+)?{_BRAND}(?:{_NAME_WORD}){{0,4}}?[ \t]+(?:{'|'.join(_KINDS)})(?![\w'\u2019-])")
# ... or the brand word before the kind in lower case: the brand word is the name ("the Compass service")
_BEFORE_KIND: Final = re.compile(
    rf"(?<![\w'\u2019&/-]){_BRAND}(?=[ \t]+(?:service|team|project|hub|programme|worker|workers|staff)\b)")


def brand_services(text: str) -> list[tuple[int, int]]:
    """The spans of services ``text`` names with a brand word (see the module's notes), the longest at each place."""
    found = [(m.start(), m.end()) for m in _NAMED.finditer(text)]
    found += [(m.start(), m.end()) for m in _BEFORE_KIND.finditer(text)
              if not any(a <= m.start() < b for a, b in found)]
    return sorted(found)
