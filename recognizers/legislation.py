"""Statutes and statutory instruments named with their year ("the Domestic Violence, Crime and Victims Act 2004",
"Social Services and Well-being (Wales) Act 2014", "The Care Planning Regulations 2010"): public words, kept whole,
so no word of a title reads as someone's name ("Crime" is a listed first name). So is a Bill before Parliament ("the
Children's Wellbeing and Schools Bill": "Bill" is a first name). So is a reported case, named by its parties before
its citation ("Nzolameso v City of Westminster [2015] UKSC 22", "Re B (Care Proceedings: Standard of Proof) [2008]
UKHL 35"): a judgment the courts published.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

_WORD: Final = r"(?:[A-Z][\w'\u2019-]*|\([A-Z][\w'\u2019-]*(?:[ \t]+[A-Za-z][\w'\u2019-]*){0,3}\))"
_JOINER: Final = r"(?:,?[ \t]+(?:(?:and|of|for|the|in|to|on|from|with|&)[ \t]+)*)"
_STATUTE: Final = re.compile(
    rf"(?<![\w'\u2019-])(?P<name>{_WORD}(?:{_JOINER}{_WORD}){{0,11}}[ \t]+(?:Act|Regulations|Order|Rules|Measure)"
    r"[ \t]+(?:19|20)\d\d)(?!\d)")


# A Bill before Parliament, after "the", its year perhaps: "the Children's Wellbeing and Schools Bill".
_BILL: Final = re.compile(rf"(?:(?<=\bthe[ \t])|(?<=\bThe[ \t]))(?P<name>{_WORD}(?:{_JOINER}{_WORD}){{0,11}}[ \t]+Bill"
                          r"(?:[ \t]+(?:19|20)\d\d)?)(?![\w'\u2019-])")


def statute_names(texts: Iterable[str]) -> list[str]:
    """The statutes and statutory instruments the texts name with their year, and the Bills they name."""
    return list(dict.fromkeys(re.sub(r"^The[ \t]+", "", m.group("name"))
                              for text in texts for rx in (_STATUTE, _BILL) for m in rx.finditer(text)))


# A reported case: its parties ("A v B", "R (G) v Southwark", "Re B (Children)"), then its year in square brackets
# and its court's code or its law report ("[2015] UKSC 22", "[2008] 2 FLR 141").
_PARTY: Final = rf"{_WORD}(?:{_JOINER}{_WORD}){{0,5}}"
_CASE: Final = re.compile(
    rf"(?<![\w'\u2019-])(?P<name>(?:{_PARTY}(?:[ \t]+\([^()\n]{{1,60}}\))?[ \t]+v\.?[ \t]+{_PARTY}"
    rf"|Re[ \t]+[A-Z]{{1,3}}(?:[ \t]+\([^()\n]{{1,60}}\))?)"
    r"[ \t]+\[(?:19|20)\d\d\][ \t]+(?:UKSC|UKHL|UKPC|EWCA|EWHC|EWFC|EWCOP|\d{1,2}[ \t]+(?:FLR|WLR|AC|All[ \t]+ER|FCR))"
    r"(?:[ \t]+(?:Civ|Crim|Fam|Admin))?[ \t]+\d{1,4})")


def reported_cases(texts: Iterable[str]) -> list[str]:
    """The reported cases the texts cite by their parties and citation."""
    return list(dict.fromkeys(m.group("name") for text in texts for m in _CASE.finditer(text)))
