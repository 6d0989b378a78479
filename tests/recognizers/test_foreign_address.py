"""Street addresses abroad, in the shapes their countries write them."""

from __future__ import annotations

import pytest

from recognizers.foreign_address import ForeignAddressRecognizer, find_foreign_addresses


def _found(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_foreign_addresses(text)]


@pytest.mark.parametrize("text, expected", [
    ("the family lived at ul. Długa 15/3, 31-147 Kraków. They", ["ul. Długa 15/3, 31-147 Kraków"]),
    ("live at Strada Mihai Eminescu 24, Iași. The", ["Strada Mihai Eminescu 24, Iași"]),
    ("lives at Hauptstraße 12, 80331 München.", ["Hauptstraße 12, 80331 München"]),
    ("Her cousin lives at 14 rue des Lilas, 59000 Lille.", ["14 rue des Lilas, 59000 Lille"]),
    ("They visited Calle Mayor 8, Madrid, in 2019.", ["Calle Mayor 8, Madrid"]),
    ("The flat was at Via Roma 21, Palermo.", ["Via Roma 21, Palermo"]),
    ("at Rua Augusta 5 in Lisbon", ["Rua Augusta 5"]),
    ("on Keizersgracht 112, Amsterdam", ["Keizersgracht 112, Amsterdam"]),
    ("at al. Jerozolimskie 54 before", ["al. Jerozolimskie 54"]),
])
def test_addresses_abroad(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "they travelled via Manchester 2 days later",  # "via" as English writes it
    "Place 1 and Place 2 were visited",  # a published review's pseudonym
    "In Spring 2019 the family moved",  # an English word and a year
    "(Brandon et al. 2009)",  # a citation
    "the Via 2019 report",  # a year, no house number
    "Offspring 12 was the study",
    "12 Kingsley Road, Southsea",  # a UK address: the UK rules read it
])
def test_no_address_abroad(text: str) -> None:
    assert _found(text) == []


def test_recogniser_reports_an_address() -> None:
    results = ForeignAddressRecognizer().analyze("lived at ul. Długa 15/3, 31-147 Kraków.", [])
    assert [(r.entity_type, r.start, r.end) for r in results] == [("UK_ADDRESS", 9, 38)]
