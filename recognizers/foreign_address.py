"""Street addresses abroad: where a family lived before coming to the UK, or where relatives live.

A UK address has a number, then the street and its type ("27a Kingsley Road"). Abroad the order and the
words differ, and the UK rules miss them ("ul. Długa 15/3, 31-147 Kraków"). Three shapes are read:

- the street's word first, then its name and the house number: Polish "ul. Długa 15", Romanian "Strada
  Mihai Eminescu 24", Italian "Via Roma 21", Spanish "Calle Mayor 8", Portuguese "Rua Augusta 5";
- a compound street name and the number: German "Hauptstraße 12", Dutch "Keizersgracht 12";
- the number first, then a French street word: "14 rue des Lilas".

A postcode and a town after a comma belong to the address ("…, 31-147 Kraków", "…, 80331 München").
The street word must be written as streets are (a capital, or "ul."/"rue" as the language writes them),
with a house number, so "via Manchester", "Place 1" or "Spring 2019" are no address.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, ClassVar, Final

from recognizers import gazetteer as gz
from recognizers.base import SpanFinderRecognizer
from recognizers.catalogue import UK_ADDRESS

SCORE: Final = 0.7

_NAME: Final = r"[A-ZÀ-ÖØ-ÞĀ-ſȘȚ0-9][\w'\u2019.-]*"
_PARTICLE: Final = r"(?:de|di|da|del|della|dei|degli|do|dos|das|la|le|les|des|du|lui|von|van|der|den|y|e|d'|l')"
_NAME_WORDS: Final = rf"{_NAME}(?:[ \t]+(?:{_PARTICLE}[ \t]*)?{_NAME}){{0,3}}?"
_HOUSE: Final = r"\d{1,4}[A-Za-z]?(?:[ \t]*[/-][ \t]*\d{1,4}[A-Za-z]?)?"
# The street's word first, then its name, then the house number.
_STREET_FIRST: Final = (
    r"(?:ul\.|ulica|Ulica|al\.|aleja|Aleja|os\.|osiedle|Osiedle|pl\.|plac|Plac|Strada|Str\.|Stradela|Calea|"
    r"Bulevardul|Bd\.|[ȘŞS]oseaua|Aleea|Pia[țţ]a|Via|Viale|Piazza|Corso|Calle|C/|Avenida|Avda\.|Paseo|Plaza|"
    r"Rua|Pra[çc]a|Travessa|Rruga|Vulytsia|vul\.|Ulitsa|ul\.)")
# A street's compound name ending in its type, then the house number.
_COMPOUND: Final = (r"[A-ZÄÖÜÀ-Þ][\wäöüßà-ÿ'-]*(?:stra(?:ß|ss)e|str\.|gasse|platz|allee|damm|straat|laan|gracht|plein|"
                    r"kade|vej|gade|gatan|vägen|gata|veien|utca)")
_FRENCH: Final = r"(?:rue|avenue|boulevard|bd|chemin|allée|impasse|quai|cours|place|route)"
_TOWN_WORD: Final = r"[A-ZÀ-ÖØ-ÞĀ-ſȘȚ][\w'\u2019-]*"
_TOWN: Final = (r"(?:,[ \t]*(?:(?:[A-Z]{1,2}-)?\d{2}-?\d{3}|\d{4,5})?[ \t]*"
                rf"{_TOWN_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]*)?{_TOWN_WORD}){{0,2}})?")
_ADDRESS: Final = re.compile(
    rf"(?<![\w.])(?P<a>{_STREET_FIRST}[ \t]+{_NAME_WORDS}[ \t]+{_HOUSE}(?![\w/])"
    rf"|{_COMPOUND}[ \t]+{_HOUSE}(?![\w/])"
    rf"|{_HOUSE},?[ \t]+(?i:{_FRENCH})[ \t]+(?:(?:{_PARTICLE})[ \t]*)*{_NAME}(?:[ \t]+{_NAME}){{0,2}})"
    rf"(?P<town>{_TOWN})")
_YEAR: Final = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True, slots=True)
class AddressSpan:
    """An address abroad found in a text."""

    start: int
    end: int
    score: float
    reason: str


def find_foreign_addresses(text: str) -> list[AddressSpan]:
    """Every street address abroad in ``text``.

    Args:
        text: Any text.

    Returns:
        The addresses found, in order.
    """
    found = []
    for m in _ADDRESS.finditer(text):
        street = m.group("a")
        if text[max(0, m.start() - 3):m.start()].endswith("et "):
            continue  # "Brandon et al. 2009": a citation's "al."
        last = street.split()[-1]
        if _YEAR.fullmatch(last):
            continue  # "… Strada 2019": a year, no house number
        head = street.split()[0]
        if gz.is_english_word(head.casefold()) and not head[:1].isdigit() and head not in ("Via", "Plaza", "Corso"):
            continue  # "Offspring 12": an English word, not a street
        end = m.end("town") if m.group("town") and not _ends_in_word(m.group("town")) else m.end("a")
        found.append(AddressSpan(m.start(), end, SCORE, "street address abroad"))
    return found


def _ends_in_word(town: str) -> bool:
    """Whether what follows the comma is an ordinary word ("…, Which"), not a town."""
    last = town.split()[-1]
    return gz.is_english_word(last.casefold()) and not gz.is_world_city(last)


class ForeignAddressRecognizer(SpanFinderRecognizer):
    """Street addresses abroad ("ul. Długa 15/3, 31-147 Kraków", "Hauptstraße 12", "14 rue des Lilas")."""

    ENTITY: ClassVar[str] = UK_ADDRESS

    def find(self, text: str) -> Iterable[Any]:
        """The hits in ``text``."""
        return find_foreign_addresses(text)
