"""The titles written before a person's name, in one place.

Each module that reads or writes names builds what it needs from these groups: the titles a register's
surname forms are written with (``PERSONAL`` and ``DOCTOR``: "Mr Okafor", "Dr Okafor"), the titles that join
a replaced name ("Prof Jane Smith"), the ranks and offices that say a capitalised word is a person's name
("DS Jones", "Cllr Patel"). A title added here reaches every reader that takes its group.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

PERSONAL: Final = ("Mr", "Mrs", "Ms", "Miss", "Mx")
DOCTOR: Final = ("Dr",)
PROFESSOR: Final = ("Prof", "Professor")
POLICE_RANKS: Final = ("PC", "DC", "DS", "DI", "DCI", "Sgt", "PCSO", "Insp", "Supt", "Const")
CIVIC: Final = ("Cllr", "Councillor")
CLERGY: Final = ("Rev", "Revd", "Reverend", "Pastor", "Imam", "Rabbi", "Canon")
HONOURS: Final = ("Sir", "Dame", "Lord", "Lady", "Baroness")
NURSING: Final = ("Nurse", "Sister")
# Armed forces ranks written before a name: one word, abbreviated or in full ("Cpl", "Captain") ...
MILITARY: Final = (
    "Pte", "LCpl", "Cpl", "LSgt", "SSgt", "CSgt", "WO1", "WO2", "Lt", "Capt", "Maj", "Col", "Brig", "Gen", "Rfn",
    "Spr", "Gnr", "Tpr", "Gdsm", "Fus", "Cfn", "Bdr", "LBdr", "Mne", "SAC", "LAC", "Cdr", "Cdre",
    "Corporal", "Lieutenant", "Captain", "Major", "Colonel", "Brigadier", "Private", "Rifleman", "Sapper", "Gunner",
    "Trooper", "Guardsman", "Fusilier", "Marine", "Bombardier", "Craftsman", "Signaller", "Aircraftman", "Commander",
    "Commodore",
)
# ... or two words, or three ("Flt Lt", "Squadron Leader", "Chief Petty Officer").
MILITARY_PAIRS: Final = (
    "Flt Lt", "Sqn Ldr", "Wg Cdr", "Gp Capt", "Lt Col", "Lt Cdr", "Lt Gen", "Maj Gen", "Flt Sgt", "Chf Tech",
    "Plt Off", "Fg Off", "Air Cdre", "Flight Lieutenant", "Squadron Leader", "Wing Commander", "Group Captain",
    "Flight Sergeant", "Chief Technician", "Warrant Officer", "Petty Officer", "Chief Petty Officer", "Able Seaman",
    "Leading Aircraftman", "Senior Aircraftman", "Pilot Officer", "Flying Officer", "Lieutenant Colonel",
    "Lieutenant Commander", "Major General", "Lance Corporal", "Lance Sergeant", "Lance Bombardier", "Staff Sergeant",
    "Colour Sergeant", "Second Lieutenant", "Air Commodore",
)


def titles(*groups: Iterable[str]) -> tuple[str, ...]:
    """The titles of ``groups``, each once, in the order given ("Mr" … "Dr")."""
    return tuple(dict.fromkeys(t for group in groups for t in group))


def alternation(*groups: Iterable[str]) -> str:
    """A regex group matching any title of ``groups`` (longest first, so "DCI" is not read as "DC")."""
    return "(?:" + "|".join(re.escape(t) for t in sorted(titles(*groups), key=len, reverse=True)) + ")"
