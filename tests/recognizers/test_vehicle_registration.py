"""Tests for the vehicle registration recogniser."""

from __future__ import annotations

import pytest

from recognizers.catalogue import UK_VEHICLE_REG
from recognizers.vehicle_registration import VehicleRegistrationRecognizer
from tests.recognizers.prose import PROSE_SNIPPETS, found, spans_of

POSITIVE = [
    ("seen in AB12 CDE.", "AB12 CDE", 0.6),
    ("AB12CDE", "AB12CDE", 0.6),
    ("(YX69 ZZZ)", "YX69 ZZZ", 0.6),
    ("the car AB12 CDE", "AB12 CDE", 0.85),
    ("vehicle registration: AB19 CDE", "AB19 CDE", 0.85),
    ("car, a silver Ford Focus, A123 BCD", "A123 BCD", 0.7),  # prefix format
    ("car reg K12 ABC and", "K12 ABC", 0.7),
    ("registration: ABC 123D", "ABC 123D", 0.7),  # suffix format
    ("VRM ABC123D", "ABC123D", 0.7),
    ("A123 BCD", "A123 BCD", 0.5),  # prefix format on its own
    ("seen in K1 ABC.", "K1 ABC", 0.5),
    ("M456DEF", "M456DEF", 0.5),
    ("ABC 123D", "ABC 123D", 0.5),  # suffix format on its own
    ("(ABC 1D)", "ABC 1D", 0.5),
    ("DEF456G", "DEF456G", 0.5),
    ("LM14-HGT", "LM14-HGT", 0.6),  # hyphenated
    ("the car, registration lm14 hgt, was", "lm14 hgt", 0.7),  # lower case after a vehicle word
    ("the car's registration was WZ67 UJD.", "WZ67 UJD", 0.85),  # after a vehicle word, letters unchecked
    ("a car, IQ12 ABC", "IQ12 ABC", 0.85),
    ("the car's registration was R347 ZXT.", "R347 ZXT", 0.7),  # prefix format, letters unchecked
    ("a van (registration QZA 482K) was", "QZA 482K", 0.7),  # suffix format, letters unchecked
    # a plate issued abroad, its country's registration said after it
    ("the second, CJ 07 FLO (Romanian reg, not seen since)", "CJ 07 FLO", 0.7),
    # ... or in brackets right after its car
    ("in his own Romanian-registered car (TM 08 CRS). Several", "TM 08 CRS", 0.7),
    # an Irish plate: its year, its county's letters, its number, joined by dashes
    ("an Irish-registered Toyota Corolla (10-G-8812), had not moved", "10-G-8812", 0.6),
    ("the van, 191-D-42371, was seen", "191-D-42371", 0.6),
    # a plate of any country right after its make and model
    ("vehicle: Polish-registered VW Passat EL 4K772", "EL 4K772", 0.7),
    ("a Bulgarian-registered VW Passat (CH 4417 AK), was used", "CH 4417 AK", 0.7),
    # part of a plate a witness saw, after "partial registration" ('a partial registration "FY68"')
    ('a night worker noted a partial registration "FY68". This', "FY68", 0.7),
    ("a partial plate ending in 7KD was reported", "7KD", 0.7),
]

NEGATIVE = [
    "in Year 10 ABC (reg group)", "Room B 12 ABC",  # no plate's country, no registration after it
    "the car (TM 08 CRS was)", "the meeting (TM 08 CRS)",  # no closing bracket after it; no car before it
    "won 10-3 and 12-D", "section 10-A-2", "the 2-G-8 form",  # no county's letters or no number after them
    "a VW Golf GTI 2019 model", "his Audi A3 S line",  # a model's year, a trim's words
    "AB01 CDE",  # 01 was never issued
    "a partial registration of the death", "partial plate 2",  # no plate's letters and digits
    "AB50 CDE",
    "AB99 CDE",  # future or impossible age identifiers
    "AB40 CDE",
    "ab12 cde",  # lower case without a vehicle word
    "the car ab01 cde",  # lower case, never issued
    "IQ12 ABC",  # I and Q are not used (without a vehicle word)
    "R4 CSC to audit closure decisions.", "R5 MPS to review its policy.",  # a recommendation's number and its agency
    "WZ67 UJD",  # Z is no area letter
    "the car AB01 CDE",  # a vehicle word does not make 01 an issued age identifier
    "AB12 CDI",
    "XAB12 CDE",  # no word boundary
    "AB12 CDEF",
    "R347 ZXT",  # prefix format with a Z first letter (never issued), without a vehicle word
    "I123 ABC",  # no I or Q year letter
    "ABC 123I",
    "QZA 482K",  # Q in a suffix mark, without a vehicle word
    "A123 BCDE",  # four letters
    "A1234 BCD",  # four digits
    "S47 and CP plans",
    "the car was seen on the A347 ZXT road",  # no vehicle word right before it: "seen on the" is too far
    "B1 1AA",  # postcodes
    "SW1A 1AA",
    "the car was parked near B12 9QT",
    "CAMHS and MASH and NHS 111",
    "the vehicle was seen by NHS 111 A&E staff",
    *PROSE_SNIPPETS,
]


@pytest.mark.parametrize("text, value, score", POSITIVE)
def test_finds_registration(text: str, value: str, score: float) -> None:
    recognizer = VehicleRegistrationRecognizer()
    assert found(recognizer, text, UK_VEHICLE_REG) == spans_of(text, value)
    assert max(r.score for r in recognizer.analyze(text, [UK_VEHICLE_REG])) == score


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(text: str) -> None:
    assert found(VehicleRegistrationRecognizer(), text, UK_VEHICLE_REG) == []


def test_newest_age_identifiers_follow_the_year(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("recognizers.vehicle_registration._latest_age_identifier", lambda: 25)
    recognizer = VehicleRegistrationRecognizer()
    assert found(recognizer, "AB25 CDE", UK_VEHICLE_REG) == [(0, 8)]
    assert found(recognizer, "AB75 CDE", UK_VEHICLE_REG) == [(0, 8)]
    assert found(recognizer, "AB26 CDE", UK_VEHICLE_REG) == []
    assert found(recognizer, "AB76 CDE", UK_VEHICLE_REG) == []


def test_metadata() -> None:
    recognizer = VehicleRegistrationRecognizer()
    assert recognizer.supported_entities == [UK_VEHICLE_REG]
    assert recognizer.supported_language == "en"
    assert recognizer.name == "VehicleRegistrationRecognizer"
