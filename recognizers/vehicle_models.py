"""Cars named by make and model ("a silver Vauxhall Corsa", "his black BMW X5"): public words, no one's name.

A make is also a place ("Vauxhall") or a name ("Mercedes", "Ford"), and spaCy reads a model as a person
("Corsa"). Written after an article, a possessive or a colour, a make and the word after it are a
vehicle, kept whole; the registration number beside it is an identifier of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

# The makes most registered in the UK (the motor industry's yearly registration figures), as written.
MAKES: Final = (
    "Alfa Romeo", "Aston Martin", "Audi", "BMW", "Chevrolet", "Citroen", "Citroën", "Dacia", "Daewoo", "Fiat",
    "Ford", "Honda", "Hyundai", "Jaguar", "Jeep", "Kia", "Land Rover", "Lexus", "Mazda", "Mercedes",
    "Mercedes-Benz", "Merc", "MG", "Mini", "Mitsubishi", "Nissan", "Peugeot", "Porsche", "Proton", "Range Rover",
    "Renault", "Rover", "Saab", "SEAT", "Seat", "Skoda", "Škoda", "Smart", "Subaru", "Suzuki", "Tesla", "Toyota",
    "Vauxhall", "Volkswagen", "VW", "Volvo",
)
_COLOURS: Final = ("silver", "black", "white", "red", "blue", "grey", "gray", "green", "yellow", "gold", "orange",
                   "purple", "brown", "maroon", "dark", "light", "old", "new", "battered", "small", "large", "stolen",
                   "hired", "rented", "borrowed", "unmarked", "marked", "parked", "abandoned")
# Any make, as a pattern (the longest first: "Range Rover" before "Rover").
MAKE: Final = "(?:" + "|".join(sorted(map(re.escape, MAKES), key=len, reverse=True)) + ")"
# Colours only a car's paint has before a make alone: "grey Audi" (not "old", "new", "small").
_PAINT: Final = "(?:" + "|".join(_COLOURS[:14]) + ")"
# ... in capitals where a sentence or a cell opens with it, only before a model of a capital and a digit or a hyphen,
# as no name is ("Black Mercedes A-Class"; "Ms Brown Mercedes" is a surname and a first name)
_PAINT_OPENING: Final = "(?:" + "|".join(c.capitalize() for c in _COLOURS[:14]) + ")"
_VEHICLE: Final = re.compile(
    r"\b(?:(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|car|vehicle|van|Vehicle|[\w-]+['\u2019]s|[\w-]*registered)"
    r":?[ \t]+(?:(?:"
    + "|".join(_COLOURS)
    # (… or an adjective in lower case of a past participle's or a negative's shape: "an uninsured Vauxhall Corsa",
    # "his dented Ford Fiesta"; no kin word or role: "her aunt Mercedes Okafor")
    + rf"|un[a-z]+|[a-z-]+ed|[a-z-]+ish)[ \t]+){{0,3}}(?P<name>{MAKE}[ \t]+[A-Z0-9][\w-]*)"
    rf"|(?P<painted>{_PAINT}[ \t]+{MAKE}(?:[ \t]+[A-Z0-9][\w-]*)?))"
    # ... or a make and model right before a registration mark ("Audi A3 WU16 HVK seen leaving"), a foreign one too,
    # in brackets or not ("VW Passat (CH 4417 AK)", "Dacia Logan B 123 ABC")
    rf"(?![\w-])|\b(?P<marked>{MAKE}[ \t]+[A-Z0-9][\w-]*(?:[ \t]+[A-Z][a-z]+)?)"
    r"(?=,?[ \t]+(?:[A-Z]{2}\d{2}[ \t]?[A-Z]{3}\b|\(?[A-Z]{1,3}[ \t]\d{2,4}[ \t][A-Z]{2,3}\b))"
    # ... or in brackets after its registration mark ("Vehicle PK14 XZD (Vauxhall Corsa, registered to …")
    rf"|(?<=[A-Z0-9][ \t]\()(?P<bracketed>{MAKE}[ \t]+[A-Z0-9][\w-]*)(?![\w-])"
    # ... or before a model of capitals and digits, which no name has ("Audi Q5", "BMW X5", "Peugeot 3008GT")
    rf"|\b(?P<model>(?:{_PAINT_OPENING}[ \t]+)?{MAKE}[ \t]+(?:[A-Z]+\d|\d+[A-Z]|[A-Z]-[A-Z])[\w-]*)(?![\w-])")


def vehicle_names(texts: Iterable[str]) -> list[str]:
    """The make-and-model names the texts give for cars ("Vauxhall Corsa", "BMW X5"). A make alone ("a Ford") is
    no name to keep: it is a surname too, and keeping it would keep "Ford" wherever the draft writes it; after a
    car's colour it is kept with the colour ("grey Audi"), which keeps no one's name elsewhere, and after "the" once
    the draft names that make as a car ("a stolen Audi A3 … followed the Audi")."""
    texts = [text for text in texts if _MAKE_RX.search(text)]  # (no make, no car: most pages are read once, fast)
    names = list(dict.fromkeys(m.group("name") or m.group("painted") or m.group("marked") or m.group("bracketed")
                               or m.group("model")
                               for text in texts for m in _VEHICLE.finditer(text)))
    # ... and the make alone after an article, once the draft names it as a car ("followed the Audi"): the car
    makes = [m.group() for name in names
             if (m := _MAKE_RX.match(name.split(" ", 1)[-1] if name[:1].islower() else name)) is not None]
    # ... and the model alone, a word in letters, after an article ("dropped off by the Corsa")
    models = [model for name in names if len(words := name.split()) >= 2 and (model := words[-1])[:1].isupper()
              and model.isalpha() and not model.isupper() and model not in MAKES]
    for make in sorted(set(makes + models), key=len, reverse=True):
        alone = re.compile(rf"\b[Tt]he[ \t]+{re.escape(make)}(?![\w-]|[ \t]+[A-Z0-9])")
        names.extend(dict.fromkeys(m.group() for text in texts for m in alone.finditer(text)))
    return list(dict.fromkeys(names))


_MAKE_RX: Final = re.compile(MAKE)
