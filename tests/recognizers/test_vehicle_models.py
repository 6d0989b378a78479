"""Cars named by make and model are public words."""

from __future__ import annotations

from pathlib import Path

import pytest

from recognizers.vehicle_models import vehicle_names
from tests.recognizers.prose import analysed_entities


@pytest.mark.parametrize("text, names", [
    ("Jane drove a silver Vauxhall Corsa to the school.", ["Vauxhall Corsa"]),
    ("Tom Hill had a Ford Fiesta.", ["Ford Fiesta"]),
    # in brackets after its registration mark
    ("Both parents arrested. Vehicle PK14 XZD (Vauxhall Corsa, registered to Tracey BRENNAN).", ["Vauxhall Corsa"]),
    # after a person's possessive
    ("CCTV shows that Mr Ashworth-Platt's Vauxhall Corsa, registration MF15 KXR, was parked there.",
     ["Vauxhall Corsa"]),
    ("his black BMW X5 (LV67 XKE) was seen", ["BMW X5"]),
    ("The car, a Land Rover Discovery, belonged to him.", ["Land Rover Discovery"]),
    # a list's field ("Vehicle: black Audi A3"); a colour before a make alone keeps the two together
    ("Vehicle: black Audi A3, YD19 KXT.", ["Audi A3"]), ("a vehicle linked to him (grey Audi) was", ["grey Audi"]),
    # a colour opening a sentence or a table's cell
    ("Vehicle stop on Talbot Road. Black Mercedes A-Class, YX68 FHD, driver", ["Black Mercedes A-Class"]),
    # a model of two words before the registration mark
    ("A vehicle associated with RC, Ford Transit Custom FN70 RZT, bearing", ["Ford Transit Custom"]),
    # a stolen or hired car; the make alone after an article, once the draft names it with a model
    ("a passenger in a stolen Audi A3 (index BD19 XKT). Police followed the Audi for 40 seconds.",
     ["Audi A3", "the Audi"]),
    ("He hired a white Ford Transit; the Ford was found later.", ["Ford Transit", "the Ford"]),
    # a colour before a make and model, after any word; a make and model right before a registration mark
    ("driver of grey Toyota Previa YF14 KZU arrested.", ["grey Toyota Previa"]),
    ("Great Western Hospital. Audi A3 WU16 HVK seen leaving.", ["Audi A3"]),
    # ... or before a plate issued abroad, in brackets or not
    ("Mitko's car, a Bulgarian-registered VW Passat (CH 4417 AK), was used.", ["VW Passat"]),
    ("A Romanian Dacia Logan B 123 ABC was seen.", ["Dacia Logan"]),
    # ... and the model alone after an article, once the draft names it with its make ("dropped off by the Corsa")
    ("He drove a silver Vauxhall Corsa, VRM FV16 RKO. CCTV showed she was dropped off by the Corsa.",
     ["Vauxhall Corsa", "the Corsa"]),
    # a make and a model of letters and digits, wherever it stands; a make after its country's registration
    ("Marcus's car (Audi Q5, MA71 WVZ) was captured by ANPR", ["Audi Q5"]),
    ("M\u00e1ire's car, an Irish-registered Toyota Corolla (10-G-8812), had not moved", ["Toyota Corolla"]),
    # ... after an adjective of any kind, or before its plate after a comma
    ("on Snapchat and drove an uninsured Vauxhall Corsa, FH17 KXW. Police records", ["Vauxhall Corsa"]),
    ("Dean's untaxed Ford Fiesta was seized.", ["Ford Fiesta"]),
    # a make as people shorten it
    ("dropped off by a lad in a black Merc (LB19 WZT) who", ["black Merc"]),
])
def test_vehicle_names(text: str, names: list[str]) -> None:
    assert vehicle_names([text]) == names


@pytest.mark.parametrize("text", [
    "Mercedes Smith visited the family.",      # a first name, no article
    "Harrison Ford visited.", "The family lived in Vauxhall.",
    "Mr Ford said so.",
    # a make alone is no vehicle's name to keep: it is a surname too ("Kelly Ford drove a Ford … Ford was angry")
    "She bought a Mercedes.", "Kelly Ford drove a Ford to the school.",
    "Ms Brown Mercedes",  # a surname that is a colour, then a first name
    "Mercedes Okafor AB12 visited",  # no registration mark's shape after the name
    "Merc Jones visited the school.",
    "Mercedes 12 and her brother", "Mercedes Okafor (12)",  # an age, no model
    "Her aunt Mercedes Okafor visited.", "the mother Mercedes Smith said",  # a kin word or a role before a name
])
def test_no_vehicle(text: str) -> None:
    assert vehicle_names([text]) == []


@pytest.mark.model
def test_a_cars_make_and_model_are_kept_beside_a_named_driver(tmp_path: Path) -> None:
    text = "Jane Smith drove a silver Vauxhall Corsa. Tom Hill had a Ford Fiesta.\n"
    names = {e.name for e in analysed_entities(tmp_path, text)}
    assert names == {"Jane Smith", "Tom Hill"}


@pytest.mark.model
def test_a_make_alone_never_keeps_a_persons_surname(tmp_path: Path) -> None:
    text = "Kelly Ford drove a Ford to the school. Later Mr Ford said so, and Ford was angry.\n"
    covered = {(m.start, m.end) for e in analysed_entities(tmp_path, text) for m in e.mentions}
    last = text.rindex("Ford")
    assert (last, last + 4) in covered
