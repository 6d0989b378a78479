"""Street addresses abroad: where a family lived before coming to the UK, or where relatives live.

A UK address has a number, then the street and its type ("27a Kingsley Road"). Abroad the order and the
words differ, and the UK rules miss them ("ul. Długa 15/3, 31-147 Kraków"). Five shapes are read:

- the street's word first, then its name and the house number: Polish "ul. Długa 15", Romanian "Strada
  Mihai Eminescu 24", Italian "Via Roma 21", Spanish "Calle Mayor 8", Portuguese "Rua Augusta 5";
- a compound street name and the number: German "Hauptstraße 12", Dutch "Keizersgracht 12";
- the number first, then a French street word: "14 rue des Lilas";
- a street's name, then its type as a word of its own: Hungarian "Györgyhalasi utca 121.";
- a street's name and number alone, where a Czech or Slovak postcode follows: "Grammova 8, 777 63 Městec Králové".

An Irish Eircode ("D02 X285") is read wherever it stands.

After the street's name may come a comma, "Nr." and a block of flats' parts ("Intrarea Diaconu Nr. 777 Bl. 71 Sc. 17
Ap. 806"). A postcode of the country's shape, the town, and a postcode after it belong to the address
("…, 31-147 Kraków", "…, 80331 München", "…, 1170-669 Mealhada", "…, 1317 YB", "…, Madrid, 02857").
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
_NAME_WORDS: Final = rf"(?:{_PARTICLE}[ \t]+)?{_NAME}(?:[ \t]+(?:{_PARTICLE}[ \t]*)?{_NAME}){{0,3}}?"
_HOUSE: Final = r"\d{1,4}[A-Za-z]?(?:[ \t]*[/-][ \t]*\d{1,4}[A-Za-z]?)?"
# After a street's name, its house number (a comma may come first, "Nr." before it: "Avenida de Mota, 77",
# "Intrarea Diaconu Nr. 777"), then a block of flats' block, staircase, floor and flat ("Bl. 71 Sc. 17 Ap. 806").
_NUMBERED: Final = (rf",?[ \t]+(?:(?i:nr|no)\.?[ \t]*)?{_HOUSE}"
                    r"(?:,?[ \t]+(?i:bl|sc|et|ap|apt)\.?[ \t]*[A-Za-z]?\d{1,4}[A-Za-z]?){0,4}")
# The street's word first, then its name, then the house number.
_STREET_FIRST: Final = (
    r"(?:ul\.|ulica|Ulica|al\.|aleja|Aleja|os\.|osiedle|Osiedle|pl\.|plac|Plac|Strada|Str\.|Stradela|Calea|"
    r"Bulevardul|Bd\.|[ȘŞS]oseaua|Aleea|Intrarea|Splaiul|Drumul|Pia[țţ]a|Via|Viale|Piazza|Corso|Calle|C/|Avenida|"
    r"Avda\.|Paseo|Plaza|Rua|Pra[çc]a|Travessa|Rruga|Vulytsia|vul\.|Ulitsa|ul\.|"
    # more of Portugal's, Spain's and Italy's street words
    r"Largo|Rotunda|Rotonda|Alameda|Estrada|Beco|Acceso|Camino|Carrera|Ronda|Traves[ií]a|Glorieta|Pasaje|"
    r"Callej[óo]n|Cuesta|Bajada|Subida|Carrer|Piazzale|Vicolo|Contrada|Borgo|Lungomare|Salita)")
# A street's compound name ending in its type, then the house number.
_COMPOUND: Final = (r"[A-ZÄÖÜÀ-Þ][\wäöüßà-ÿ'-]*(?:stra(?:ß|ss)e|str\.|gasse|platz|(?:-A|a)llee|damm|straat|laan|gracht|"
                    r"plein|kade|singel|dijk|dreef|vej|gade|gatan|vägen|gata|veien|utca)")
# A street's name, then its type as a word of its own (Hungarian "Györgyhalasi utca 121.").
_TYPE_AFTER: Final = r"(?:utca|út|útja|tér|körút|köz|sor)"
_FRENCH: Final = r"(?:rue|avenue|boulevard|bd|chemin|allée|impasse|quai|cours|place|route)"
_TOWN_WORD: Final = r"[A-ZÀ-ÖØ-ÞĀ-ſȘȚ][\w'\u2019-]*"
# A postcode abroad: Polish "31-147", Portuguese "1170-669", Dutch "1317 YB", Czech "777 63", Hungarian "H-7317",
# and four to six digits.
_POSTCODE: Final = (r"(?:(?:[A-Z]{1,2}-)?\d{2}-?\d{3}|\d{4}-\d{3}|\d{4}[ \t]?[A-Z]{2}(?![\w'])|\d{3}[ \t]\d{2}"
                    r"|[A-Z]-\d{4}|\d{4,6})")
_POSTCODE_FIRST: Final = re.compile(rf",[ \t]*{_POSTCODE}")
# (a town's particle may be Slavic or German too: "Šempeter pri Gorici", "Nové Město nad Metují", "Frankfurt am Main")
_TOWN_PARTICLE: Final = rf"(?:{_PARTICLE}|pri|na|nad|pod|am|im|an[ \t]+der|sur|sous|upon)"
_TOWN_NAME: Final = rf"{_TOWN_WORD}(?:[ \t]+(?:{_TOWN_PARTICLE}[ \t]*)?{_TOWN_WORD}){{0,2}}"
_TOWN: Final = (rf"(?:,[ \t]*(?:{_POSTCODE}(?:,?[ \t]*{_TOWN_NAME})?|{_TOWN_NAME})(?:,[ \t]*\d{{4,6}}(?![\w-]))?)?")
_ADDRESS: Final = re.compile(
    rf"(?<![\w.])(?P<a>{_STREET_FIRST}[ \t]+{_NAME_WORDS}{_NUMBERED}(?![\w/])"
    rf"|{_COMPOUND}[ \t]+{_HOUSE}\.?(?![\w/])"
    rf"|{_HOUSE},?[ \t]+(?i:{_FRENCH})[ \t]+(?:(?:{_PARTICLE})[ \t]*)*{_NAME}(?:[ \t]+{_NAME}){{0,2}})"
    rf"(?P<town>{_TOWN})")
# Rarer shapes, read only where their sign stands (a cheap scan first): the street's type after its name
# ("Györgyhalasi utca 121."), and a street's name alone (a word or two) before a postcode of Czechia's shape or of
# four or five digits (no year) and the town ("Grammova 8, 777 63", "Dosentinkuja 76, 17066 Rovaniemi",
# "Filipring 6, 7170, Oostkerke-Damme").
_POSTCODE_THEN_TOWN: Final = r",[ \t]*(?:\d{3}[ \t]\d{2}|(?!(?:19|20)\d\d\b)\d{4,5}),?[ \t]+"
_RARE_SIGNS: Final = (re.compile(rf"{_TYPE_AFTER}[ \t]+\d"), re.compile(rf"{_POSTCODE_THEN_TOWN}[A-ZÀ-ÖØ-ÞĀ-ſ]"))
_RARE_ADDRESS: Final = re.compile(
    rf"(?<![\w.])(?P<a>{_TOWN_WORD}[ \t]+{_TYPE_AFTER}[ \t]+{_HOUSE}\.?(?![\w/])"
    rf"|{_TOWN_WORD}(?:[ \t]+{_TOWN_WORD})?[ \t]+{_HOUSE}(?={_POSTCODE_THEN_TOWN}{_TOWN_WORD}))"
    rf"(?P<town>{_TOWN})")
# An Irish Eircode: a routing key (a letter of its set and two digits, or D6W), then four letters and digits of
# the set, which leaves out letters read as digits ("R09 X5W8", "D02 X285").
# (the routing key first, a cheap scan; then what stands before it)
_EIRCODE: Final = re.compile(r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W)(?<![\w-][\s\S]{3})[ \t]?[0-9AC-FHKNPRTV-Y]{4}(?![\w-])")
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
    matches = list(_ADDRESS.finditer(text))
    if any(sign.search(text) for sign in _RARE_SIGNS):
        matches += [m for m in _RARE_ADDRESS.finditer(text)
                    if not any(o.start() <= m.start() < o.end() for o in matches)]
    for m in matches:
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
        if m.group("town") and end == m.end("a") and (code := _POSTCODE_FIRST.match(m.group("town"))) is not None:
            end = m.start("town") + code.end()  # "…, 44, 00033, Cave": the postcode, though the town is also a word
        found.append(AddressSpan(m.start(), end, SCORE, "street address abroad"))
    for m in _EIRCODE.finditer(text):
        if not any(a.start <= m.start() < a.end for a in found) and any(c.isalpha() for c in m.group()[3:]):
            found.append(AddressSpan(m.start(), m.end(), SCORE, "Irish Eircode"))
    return sorted(found, key=lambda a: a.start)


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
