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
    # a comma before the house number, and a postcode of the country's shape after it
    ("The family moved to Avenida de Mota, 77, 1170-669 Mealhada in 2016.", ["Avenida de Mota, 77, 1170-669 Mealhada"]),
    ("moved to Strada Taliercio, 47, 56011, Gabella (PI) in 2016", ["Strada Taliercio, 47, 56011, Gabella"]),
    # a particle straight after the street's word, and the postcode after the town
    ("moved to Via de Ana Sof\u00eda Sancho 46, Madrid, 02857 in 2016",
     ["Via de Ana Sof\u00eda Sancho 46, Madrid, 02857"]),
    # a Romanian block of flats: number, block, staircase, flat
    ("moved to Intrarea Diaconu Nr. 777 Bl. 71 Sc. 17 Ap. 806, Cisnadie, 250008 in 2016",
     ["Intrarea Diaconu Nr. 777 Bl. 71 Sc. 17 Ap. 806, Cisnadie, 250008"]),
    ("lived at Str. Mihai Viteazu nr. 12, bl. A3, ap. 4, Cluj", ["Str. Mihai Viteazu nr. 12, bl. A3, ap. 4, Cluj"]),
    # a Hungarian street's type after its name; a Dutch canal's; a Czech street and its postcode
    ("moved to Gy\u00f6rgyhalasi utca 121., H-7317 M\u00e1trahetvenv\u00e1ros in 2016",
     ["Gy\u00f6rgyhalasi utca 121., H-7317 M\u00e1trahetvenv\u00e1ros"]),
    ("moved to Gerritsingel 7, 1317 YB, 's-Heer Hendrikskinderen in 2016", ["Gerritsingel 7, 1317 YB"]),
    ("moved to Grammova 8, 777 63 M\u011bstec Kr\u00e1lov\u00e9 in 2016",
     ["Grammova 8, 777 63 M\u011bstec Kr\u00e1lov\u00e9"]),
    # ... and a street's name alone before a Nordic, Baltic, Balkan or Belgian postcode of four or five digits
    ("moved to Dosentinkuja 76, 17066 Rovaniemi in 2016", ["Dosentinkuja 76, 17066 Rovaniemi"]),
    ("moved to Bergr\u00f8a 631, 0669 Ruthnes in 2016", ["Bergr\u00f8a 631, 0669 Ruthnes"]),
    ("moved to Medve\u0161\u010dak 77, 63170 Mursko Sredi\u0161\u0107e in 2016",
     ["Medve\u0161\u010dak 77, 63170 Mursko Sredi\u0161\u0107e"]),
    ("moved to Filipring 6, 7170, Oostkerke-Damme in 2016", ["Filipring 6, 7170, Oostkerke-Damme"]),
    ("moved to Mirje 777, 3170 \u0160empeter pri Gorici in 2016", ["Mirje 777, 3170 \u0160empeter pri Gorici"]),
    ("lived at Husova 12, 549 01 Nov\u00e9 M\u011bsto nad Metuj\u00ed",
     ["Husova 12, 549 01 Nov\u00e9 M\u011bsto nad Metuj\u00ed"]),
    ("moved to Kongsh\u00f8j All\u00e9 444, 7926 \u00c5rslev in 2016",
     ["Kongsh\u00f8j All\u00e9 444, 7926 \u00c5rslev"]),
    # more of the countries' street words, and a German compound name in capitals
    ("moved to Largo Carvalho, 444, 9926-685 Torres Novas in 2016", ["Largo Carvalho, 444, 9926-685 Torres Novas"]),
    ("moved to Rotonda Romana, 44, 00033, Cave (RM) in 2016", ["Rotonda Romana, 44, 00033"]),  # (a town, a word too)
    ("moved to Acceso Petrona Dominguez 44, Palencia, 45646 in 2016", ["Acceso Petrona Dominguez 44, Palencia, 45646"]),
    ("moved to Oswin-Geisler-Allee 5/4, 92668 Prenzlau in 2016", ["Oswin-Geisler-Allee 5/4, 92668 Prenzlau"]),
    ("moved to Rafaeldreef 449, 3909BO, Ouwerkerk in 2016", ["Rafaeldreef 449, 3909BO, Ouwerkerk"]),
    ("moved to Cuesta de Eufemia Bastida 507, Cantabria, 47999 in 2016",
     ["Cuesta de Eufemia Bastida 507, Cantabria, 47999"]),
    ("lived at Carrer de Mallorca 401, 08013 Barcelona", ["Carrer de Mallorca 401, 08013 Barcelona"]),
    # an Irish Eircode
    ("moved to 52 Keally Street R09 X5W8 in 2016", ["R09 X5W8"]), ("Eircode D02 X285.", ["D02 X285"]),
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
    "Appendix 8, 777 pages long", "Table 4, 123 45 were seen",  # no postcode's shape after a word
    "in Via 2, 2019", "Working Together 2018, 1234 AB", "in 2019 12, 123 45 Leeds were seen",
    "Appendix 3, 2019 Ofsted", "Recommendation 4, 2018 Leeds", "Working Together 2018, 2019 Guidance",
    "Child B 3, 2016 Leeds", "Paragraph 12, 1234 Families were",  # a word, a label or a year: no street
    "the M25 J10 junction", "A12 B345", "form C12 and D45 1234",  # no Eircode's shape
])
def test_no_address_abroad(text: str) -> None:
    assert _found(text) == []


def test_recogniser_reports_an_address() -> None:
    results = ForeignAddressRecognizer().analyze("lived at ul. Długa 15/3, 31-147 Kraków.", [])
    assert [(r.entity_type, r.start, r.end) for r in results] == [("UK_ADDRESS", 9, 38)]
