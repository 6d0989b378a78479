"""Recognises armed forces units ("2nd Battalion, The Wessex Rifles", "105 Field Squadron", "45 Commando").

A service family is located by the unit a parent serves in: a battalion or a squadron is based at one garrison or
station, and a review that names it names where the family lived. Units are written by number and kind ("105 Field
Squadron, 48 Engineer Regiment", "44 Commando Royal Marines", "16 Air Assault Brigade"), as a numbered battalion of
a named regiment ("3rd Battalion, The Royal Gurkha Rifles"), with a named or lettered sub-unit before them ("Kestrel
Company, 44 Commando"), and often with their short form defined in brackets ("(2 WR)", "(1 SCOTS)"), which the draft
then writes alone. The services themselves and their national bodies ("the Army", "RAF Police", "the Brigade of
Gurkhas", "Army Welfare Service") name no one and are not matched: a unit always has its number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, ClassVar, Final

from recognizers.base import SpanFinderRecognizer
from recognizers.catalogue import ORGANISATION

_ORDINALS: Final = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth")
_NUMBER: Final = r"(?<![\w,.£$/-])[1-9]\d{0,2}"
_ORDINAL: Final = rf"(?:{_NUMBER}(?:st|nd|rd|th)|(?:{'|'.join(_ORDINALS)}))"
_WORD: Final = r"(?:[A-Z][a-z'\u2019]+|[A-Z]{2,6})"  # "Royal", "Gurkha", "SCOTS"
_HEADS: Final = r"(?:Battalion|Regiment|Squadron|Commando|Brigade|Battery)"
# What a numbered unit's name may end in: the corps or service it belongs to ("44 Commando Royal Marines").
_SERVICE: Final = (r"(?:,?[ \t]+(?:Royal[ \t]+(?:Marines|Engineers|Artillery|Signals|Logistic[ \t]+Corps"
                   r"|Air[ \t]+Force)|Army[ \t]+Air[ \t]+Corps|RM|RE|RA|RLC|RAF|REME))?")
# A numbered unit: its number, up to three words of its kind, its head ("105 Field Squadron", "45 Commando").
_NUMBERED: Final = rf"{_NUMBER}(?:st|nd|rd|th)?(?:[ \t]+{_WORD}){{0,3}}?[ \t]+{_HEADS}(?![\w'\u2019-]){_SERVICE}"
# A numbered battalion of a named regiment ("2nd Battalion, The Wessex Rifles", "1st Battalion The Royal Scots").
_BATTALION: Final = (rf"{_ORDINAL}[ \t]+Battalion,?[ \t]+(?:of[ \t]+)?(?:[Tt]he[ \t]+)?{_WORD}"
                     rf"(?:[ \t]+(?:(?:of|and)[ \t]+(?:[Tt]he[ \t]+)?)?{_WORD}){{0,5}}(?![\w'\u2019-])")
# A named or lettered sub-unit before a numbered unit ("Kestrel Company, 44 Commando", "B Squadron, 2 Regiment").
_SUB_UNIT: Final = r"(?:(?:[A-Z][a-z]+|[A-Z])[ \t]+(?:Company|Squadron|Troop|Battery|Flight|Platoon),?[ \t]+)?"
_HEAD_CUE: Final = re.compile(_HEADS)
_UNIT: Final = re.compile(rf"{_SUB_UNIT}(?:{_BATTALION}|{_NUMBERED})")
# The short form defined in brackets right after the unit: "(2 WR)", "(1 SCOTS)", "(45 Cdo)".
_DEFINED: Final = re.compile(r"[ \t]*\([ \t]*([1-9]\d{0,2}[ \t]?[A-Z][A-Za-z]{0,7})[ \t]*\)")
# A number right after a capitalised word is that word's ("Regulation 5", "Learning Point 3").
_LABELS_NUMBER: Final = re.compile(r"[A-Z][A-Za-z]*[ \t]+$")


@dataclass(frozen=True, slots=True)
class UnitSpan:
    start: int
    end: int
    score: float
    reason: str


def find_units(text: str) -> list[UnitSpan]:
    """Every armed forces unit in ``text`` with a number, and the short form a bracket defines right after it."""
    out: list[UnitSpan] = []
    if _HEAD_CUE.search(text) is None:
        return out  # (most texts name no unit: one quick look for a unit's head word first)
    for m in _UNIT.finditer(text):
        if m.group()[:1].isdigit() and _LABELS_NUMBER.search(text, max(0, m.start() - 30), m.start()):
            continue
        out.append(UnitSpan(m.start(), m.end(), 0.7, "armed forces unit"))
        if (defined := _DEFINED.match(text, m.end())) is not None:
            out.append(UnitSpan(defined.start(1), defined.end(1), 0.7, "armed forces unit's short form"))
    return out


def is_unit(name: str) -> bool:
    """Whether ``name`` is an armed forces unit by its number ("3rd Battalion, The Gurkha Rangers"): one unit, at one
    base, whatever public words its name holds ("Gurkha")."""
    return _UNIT.fullmatch(name) is not None


def short_form_after(text: str, end: int) -> str | None:
    """The short form a bracket defines right after a unit that ends at ``end`` ("2 WR" of "… Rifles (2 WR)")."""
    defined = _DEFINED.match(text, end)
    return defined.group(1) if defined is not None else None


class MilitaryUnitRecognizer(SpanFinderRecognizer):
    """Armed forces units by number ("105 Field Squadron", "2nd Battalion, The Wessex Rifles") and their short
    forms defined in brackets ("2 WR")."""

    ENTITY: ClassVar[str] = ORGANISATION

    def find(self, text: str) -> Iterable[Any]:
        """The hits in ``text``."""
        return find_units(text)
