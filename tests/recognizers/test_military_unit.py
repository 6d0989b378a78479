"""Armed forces units: by number and kind, numbered battalions of named regiments, their bracketed short forms."""

from __future__ import annotations

import pytest

from recognizers.military_unit import find_units


def _found(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_units(text)]


@pytest.mark.parametrize("text, expected", [
    ("Corporal Kearney of the 2nd Battalion, The Wessex Rifles (2 WR), had been deployed to Estonia.",
     ["2nd Battalion, The Wessex Rifles", "2 WR"]),
    ("Rifleman Gurung of the 3rd Battalion, The Royal Gurkha Rifles (3 RGR), was in Brunei.",
     ["3rd Battalion, The Royal Gurkha Rifles", "3 RGR"]),
    ("He served with 1st Battalion The Royal Scots Borderers (1 SCOTS) until 2020.",
     ["1st Battalion The Royal Scots Borderers", "1 SCOTS"]),
    ("Corporal N (service number 25198233) of 105 Field Squadron, 48 Engineer Regiment was posted.",
     ["105 Field Squadron", "48 Engineer Regiment"]),
    ("when DP was based with 45 Commando in Arbroath", ["45 Commando"]),
    ("DP, of Kestrel Company, 44 Commando Royal Marines, was deployed.",
     ["Kestrel Company, 44 Commando Royal Marines"]),
    ("His regiment, 16 Air Assault Brigade, moved.", ["16 Air Assault Brigade"]),
    ("B Squadron, 2 Royal Tank Regiment (2 RTR) was on exercise.", ["B Squadron, 2 Royal Tank Regiment", "2 RTR"]),
    ("the Second Battalion of the Parachute Regiment", ["Second Battalion of the Parachute Regiment"]),
])
def test_a_unit_and_its_defined_short_form(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "He joined the Army in 2011 and the Brigade of Gurkhas welfare officer visited.",  # no number: a service
    "The RAF Police and the Army Welfare Service shared information.",
    "the battalion's welfare officer saw her; the regiment paid for the flights",  # no name, no number
    "Regulation 5 Regiment of rules",  # a number belongs to what it follows
    "In 2019 Squadron Leader Hale retired.",  # a year
    "Learning Point 3 Commando training was not discussed.",  # "Point 3" is a label's number
    "£45 Commando boots were bought.",
])
def test_no_unit(text: str) -> None:
    assert _found(text) == []
