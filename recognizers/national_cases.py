"""Children whose deaths were the subject of a national inquiry or national review, named in reviews as the
learning they draw on ("the national review into the murders of Arthur Labinjo-Hughes and Star Hobson", "As in
the Peter Connelly case"): public names, kept where the draft writes them.

The list holds the names published by national inquiries (Maria Colwell, Jasmine Beckford, Victoria Climbié,
Holly Wells and Jessica Chapman for the Bichard Inquiry), by the Secretary of State's and the national panel's
reviews (Peter Connelly, Arthur Labinjo-Hughes, Star Hobson) and by reviews that became national references
(Khyra Ishaq, Daniel Pelka, Hamzah Khan, Keanu Williams, Ellie Butler, Logan Mwangi, Finley Boden).

A full name is public wherever it stands. Its first name alone ("As in the cases of Arthur and Star") is public
only in a draft that writes the full name and gives no one else that first name: a child of the draft's own
called Arthur is never kept for the national review's Arthur.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

NATIONAL_CASES: Final = (
    "Maria Colwell", "Jasmine Beckford", "Kimberley Carlile", "Tyra Henry", "Victoria Climbié", "Victoria Climbie",
    "Holly Wells", "Jessica Chapman", "Peter Connelly", "Khyra Ishaq", "Daniel Pelka", "Hamzah Khan",
    "Keanu Williams", "Ellie Butler", "Arthur Labinjo-Hughes", "Star Hobson", "Logan Mwangi", "Finley Boden",
)
# The name the press gave one of them, as reviews still write it.
ALIASES: Final = ("Baby P", "Baby Peter")


def national_case_names(texts: Iterable[str]) -> list[str]:
    """The national cases' names the texts write, whole, and the first names of those written whole that no
    other full name in the texts shares."""
    texts = list(texts)
    found: list[str] = []
    for name in (*NATIONAL_CASES, *ALIASES):
        if any(re.search(rf"(?<![\w'\u2019-]){re.escape(name)}(?![\w-])", text) for text in texts):
            found.append(name)
    for name in [n for n in found if n in NATIONAL_CASES]:
        first, surname = name.split(" ", 1)
        other = re.compile(rf"(?<![\w'\u2019-]){re.escape(first)}[ \t]+(?!{re.escape(surname)}(?![\w-]))"
                           r"(?:[A-Z][\w'\u2019-]+)")
        if not any(other.search(text) for text in texts):
            found.append(first)
    return list(dict.fromkeys(found))
