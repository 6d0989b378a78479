"""Cities abroad where a family lived, found after a place cue from the shipped list."""

from __future__ import annotations

import pytest

from recognizers.world_city import find_world_cities


def _found(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_world_cities(text)]


@pytest.mark.parametrize("text, expected", [
    ("Relatives in Rawalpindi could be reached by phone.", ["Rawalpindi"]),
    ("The family moved from Poznań in 2012.", ["Poznań"]),
    ("The family moved from Poznan in 2012.", ["Poznan"]),          # without its accent
    ("She returned to Timișoara with the baby.", ["Timișoara"]),    # comma-below, list has the cedilla
    ("They lived near Łódź before coming to the UK.", ["Łódź"]),
    ("His father stayed in Rio de Janeiro.", ["Rio de Janeiro"]),   # a name of several words
    ("In Lahore, the children attended school.", ["Lahore"]),
    # a large city whose name is also a rare dictionary word ("warsaw" a fish, "porto" port wine)
    ("The maternal grandparents still live in Porto.", ["Porto"]),
    ("The family moved to Warsaw in 2015.", ["Warsaw"]),
    ("Her father was deported to Tripoli.", ["Tripoli"]),
])
def test_a_city_abroad_after_a_place_cue(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "Rawalpindi was mentioned in the notes.",          # no cue
    "The family lived in Leeds.",                      # a UK place: the UK place list's
    "The family came from Poland.",                    # a country is public
    "She lived in Lahore Road, Westbridge.",           # part of a longer name
    "a letter from Florence Nightingale",              # a person
    "They were in Court on Monday.",                   # an English word
    "in rawalpindi",                                   # no capital
    "The weather in Nice was mild; it came in Split form.",  # cities named by everyday words
    "Staff in Reading and those from Mobile units met.",
])
def test_no_city_abroad(text: str) -> None:
    assert _found(text) == []
