"""What must never be changed: the shipped keep vocabulary, the register's keep list, public names
found from context (the publishing board and its area, cited authors, the named independent author),
and the pseudonym labels the draft already uses ("Child K", "LA2")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final, Protocol

from recognizers.gazetteer import keep_phrases
from recognizers.pseudonyms import draft_labels

_NAME: Final = r"(?:[A-Z][\w'\u2019-]+(?:\s+(?:and|of|upon|on)\s+|\s+|-))*[A-Z][\w'\u2019-]+"
# One word of an area name: capitalised, and not itself part of a board's title.
_AREA_WORD: Final = (r"(?!(?i:local|safeguarding|children|childrens|board|partnership|l?scbs?|l?scp)\b)"
                     r"[A-Z][\w'\u2019-]+")
_AREA: Final = rf"{_AREA_WORD}(?:(?:\s+(?:and|of|upon|on)\s+|\s+|-){_AREA_WORD})*"
# "Dudley Safeguarding Children Board", "Kent Local Safeguarding Children's Board", "Derby LSCB".
_BOARD: Final = re.compile(
    rf"\b(?P<area>{_AREA})\s+(?i:(?:Local\s+)?Safeguarding\s+(?:Children(?:['\u2019]s)?|Adults)\s+"
    rf"(?:Board|Partnership|Partners)|Safeguarding\s+Partnership)\b|\b(?P<area2>{_AREA})\s+(?:L?SCBs?|SCP|LSCP)\b"
)
# Cited works: "Brandon et al. (2020)", "Munro (2011)", "(Sidebotham and Brandon, 2016)".
_AUTHORS: Final = rf"{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*"
_CITATION: Final = re.compile(
    rf"\b(?P<authors>{_AUTHORS})(?:\s+et\s+al\.?)?\s*\((?:19|20)\d\d[a-z]?\)"
    rf"|\((?P<inner>{_AUTHORS})(?:\s+et\s+al\.?)?,?\s*(?:19|20)\d\d[a-z]?[);]"
)
# "The independent author, Jane Smith," / "Lead reviewer: Jane Smith" / "written by Jane Smith".
_AUTHOR: Final = re.compile(
    rf"\b(?:independent\s+(?:author|reviewer|chair)|lead\s+reviewer|overview\s+author|report\s+author|"
    rf"written\s+by|authored\s+by)\s*[:,]?\s*(?:(?:Dr|Mr|Mrs|Ms|Professor|Prof)\.?\s+)?(?P<name>{_NAME})",
    re.IGNORECASE,
)


class _HasText(Protocol):
    text: str


def public_names(texts: Iterable[str]) -> list[str]:
    """Names a draft itself shows to be public: board names and areas, cited and independent authors."""
    found: list[str] = []
    for text in texts:
        for m in _BOARD.finditer(text):
            found.append(m.group(0))
            found.append(m.group("area") or m.group("area2"))
        for m in _CITATION.finditer(text):
            authors = m.group("authors") or m.group("inner")
            found.extend(a.strip() for a in re.split(r"\s*(?:,|\band\b|&)\s*", authors) if a.strip())
        for m in _AUTHOR.finditer(text):
            found.append(m.group("name"))
    return [f for f in dict.fromkeys(found) if len(f) > 2]


def default_keep_phrases(document: Iterable[_HasText] | object, register_keep: Iterable[str]) -> list[str]:
    """The keep list for one draft.

    Args:
        document: The draft (anything with ``segments`` of objects with ``text``) or its segments.
        register_keep: The case register's keep list.
    """
    segments = getattr(document, "segments", document)
    texts = [s.text for s in segments]  # type: ignore[attr-defined]
    return list(dict.fromkeys([*register_keep, *sorted(keep_phrases()), *public_names(texts), *draft_labels(texts)]))
