"""Universities, institutes and journals named as the makers or publishers of research ("an analysis completed by
the University of East Anglia", "Researchers at the University of Central Lancashire", "Published by The British
Journal of Social Work"): public bodies, kept wherever the draft writes them.

A university named otherwise (where a parent studied) is an organisation like any other; only a research cue
before it, or a report's credits bar naming research or a funder, makes it public here. The head word must be a
research body's: a "Centre" or "Service" after the cue ("completed by Westfield Children's Centre") is a local
service and stays an organisation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

_NAME_WORD: Final = r"[A-Z][\w'\u2019&-]*"
_JOIN: Final = r"(?:[ \t]+(?:of|for|and|&|in|on|the)[ \t]+|[ \t]+)"
# A research body's name: a university's ("University of X", "X University"), an institute's, a journal's.
_BODY: Final = (
    rf"(?:[Tt]he[ \t]+)?(?:University[ \t]+of(?:[ \t]+the)?[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}"
    rf"|(?:{_NAME_WORD}[ \t]+){{1,4}}(?:University|Institute|Journal)(?:[ \t]+of(?:[ \t]+{_NAME_WORD}){{1,4}})?"
    rf"|(?:Institute|Journal)[ \t]+(?:of|for)(?:{_JOIN}{_NAME_WORD}){{1,5}})"
)
_CUE: Final = (
    r"\b(?i:researchers?|academics?|study|studies|research(?:[ \t]+(?:teams?|groups?|units?|centres?))?|evaluation"
    r"|analysis|report|paper|article)[ \t]+"
    r"(?i:at|by|from)"
    r"|\b(?i:completed|conducted|carried[ \t]+out|undertaken|published|commissioned|funded|written|led)[ \t]+"
    r"(?i:by|from|in|with)"
)
# A unit of the body first ("the Connect Centre at the University of Central Lancashire"): the body's too.
_UNIT: Final = (rf"(?:[Tt]he[ \t]+)?(?P<unit>(?:{_NAME_WORD}[ \t]+){{1,3}}(?:Centre|Unit|Department|School|Group))"
                r"[ \t]+(?:at|of)[ \t]+")
_RESEARCH_BODY: Final = re.compile(
    rf"(?:{_CUE})[ \t]+(?:{_UNIT})?(?P<first>{_BODY})"
    rf"(?:(?:[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+)(?P<second>{_BODY}))?")


# A report's credits bar: three or more names between bars on one line, one of them a research body's or a funder's
# ("Research in Practice | University of East Anglia | CRCF | University of Warwick | Funded by …").
_CREDITS: Final = re.compile(r"^[^|\n]*(?:\|[^|\n]*){3,}$", re.MULTILINE)
_CREDITS_CUE: Final = re.compile(r"\b(?i:research|funded[ \t]+by|in[ \t]+partnership[ \t]+with)\b")
_BAR_ITEM: Final = re.compile(rf"(?:^|\|)[ \t]*(?P<body>{_BODY})[ \t]*(?=\||$)")


def research_bodies(texts: Iterable[str]) -> list[str]:
    """The universities, institutes and journals the texts name as makers or publishers of research, or as partners
    on a report's credits bar."""
    found: dict[str, None] = {}
    for text in texts:
        for line in _CREDITS.finditer(text):
            if _CREDITS_CUE.search(line.group()):
                for m in _BAR_ITEM.finditer(line.group()):
                    found.setdefault(re.sub(r"^[Tt]he[ \t]+", "", m.group("body")), None)
        for m in _RESEARCH_BODY.finditer(text.replace("\n", " ")):
            for name in (m.group("unit"), m.group("first"), m.group("second")):
                if name:
                    found.setdefault(re.sub(r"^[Tt]he[ \t]+", "", name), None)
    return list(found)
