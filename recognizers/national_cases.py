"""Children whose deaths were the subject of a national inquiry or national review, named in reviews as the
learning they draw on ("the national review into the murders of Arthur Labinjo-Hughes and Star Hobson", "since
the death of Victoria Climbié"): public names, kept where the draft writes them.

Only names distinctive enough that no child in a new draft would share them are listed: a common name ("Holly
Wells", "Peter Connelly", "Ellie Butler") is left to the recognisers, whatever it costs a citation.

A full name is public wherever it stands. Its first name alone ("As in the cases of Arthur and Star") is public
only in a draft that writes the full name and gives no one else that first name: a child of the draft's own
called Arthur is never kept for the national review's Arthur.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

NATIONAL_CASES: Final = (
    "Victoria Climbié", "Victoria Climbie", "Daniel Pelka", "Arthur Labinjo-Hughes", "Star Hobson", "Khyra Ishaq",
    "Logan Mwangi", "Maria Colwell", "Jasmine Beckford", "Kimberley Carlile",
    # a young man whose death named the national training every health and care worker takes ("The Oliver McGowan
    # Mandatory Training on Learning Disability and Autism")
    "Oliver McGowan",
    # two boys whose deaths in custody after restraint national reports on restraint name
    "Gareth Myatt", "Adam Rickwood",
)
# The inquiry named for one of them, and the name the press gave another, as reviews still write them.
OTHER_NAMES: Final = ("Climbié Inquiry", "Climbie Inquiry", "Baby P")


def _spelt(name: str) -> str:
    """A pattern of ``name`` that takes a hyphen written as a space too, as the press wrote one ("Arthur Labinjo
    Hughes")."""
    return re.escape(name).replace(r"\-", "[- ]")


# Any of them, at every place one starts (a look-ahead: "Victoria Climbié Inquiry" holds two that overlap).
_ANY_NAME: Final = re.compile(r"(?<![\w'\u2019-])(?=("
                              + "|".join(_spelt(n) for n in sorted((*NATIONAL_CASES, *OTHER_NAMES), key=len,
                                                                   reverse=True))
                              + r")(?![\w-]))", re.IGNORECASE)


def _key(name: str) -> str:
    return name.replace("-", " ").casefold()


def national_case_names(texts: Iterable[str]) -> list[str]:
    """The national cases' names the texts write, whole (in any case: "STAR HOBSON" in a heading), and the first
    names of those written whole that no other full name in the texts shares."""
    texts = list(texts)
    spellings = [m.group(1) for text in texts for m in _ANY_NAME.finditer(text)]  # one pass for them all
    written = {_key(w) for w in spellings}
    found = [name for name in (*NATIONAL_CASES, *OTHER_NAMES) if _key(name) in written]
    # (… as written, where that differs by its hyphen: "Arthur Labinjo Hughes")
    listed = {n.casefold() for n in found}
    found += [w for w in spellings if w.casefold() not in listed]
    for name in [n for n in found if n in NATIONAL_CASES]:
        first, surname = name.split(" ", 1)
        other = re.compile(rf"(?<![\w'\u2019-]){re.escape(first)}[ \t]+(?!(?i:{_spelt(surname)})(?![\w-]))"
                           r"(?:[A-Z][\w'\u2019-]+)")
        if not any(other.search(text) for text in texts):
            found.append(first)
    return list(dict.fromkeys(found))
