"""Build ``police_forces.txt``: the full name of every UK police force, current and recently merged.

Run from the project root::

    .venv/bin/python recognizers/data/build/police.py

Hand-curated from public knowledge (the Home Office list of the 43 territorial forces of England and
Wales, Police Scotland and the eight Scottish forces it replaced in 2013, the Police Service of
Northern Ireland, the special national forces, and the crown dependencies). Where a force is
commonly written two ways both forms are listed ("Metropolitan Police", "Metropolitan Police Service",
"Avon and Somerset Police").
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Final

DATA_DIR: Final = Path(__file__).resolve().parent.parent

ENGLAND_AND_WALES: Final = """
Avon and Somerset Constabulary; Avon and Somerset Police; Bedfordshire Police; Cambridgeshire Constabulary;
Cambridgeshire Police; Cheshire Constabulary; Cheshire Police; City of London Police; Cleveland Police;
Cumbria Constabulary; Cumbria Police; Derbyshire Constabulary; Derbyshire Police;
Devon and Cornwall Police; Devon and Cornwall Constabulary; Dorset Police; Durham Constabulary;
Durham Police; Dyfed-Powys Police; Essex Police; Gloucestershire Constabulary;
Gloucestershire Police; Greater Manchester Police; Gwent Police; Hampshire Constabulary;
Hampshire and Isle of Wight Constabulary; Hampshire Police; Hertfordshire Constabulary;
Hertfordshire Police; Humberside Police; Kent Police; Lancashire Constabulary; Lancashire Police;
Leicestershire Police; Lincolnshire Police; Merseyside Police; Metropolitan Police;
Metropolitan Police Service; Met Police; Norfolk Constabulary; Norfolk Police; North Wales Police;
North Yorkshire Police; Northamptonshire Police; Northumbria Police; Nottinghamshire Police;
South Wales Police; South Yorkshire Police; Staffordshire Police; Suffolk Constabulary; Suffolk Police;
Surrey Police; Sussex Police; Thames Valley Police; Warwickshire Police; West Mercia Police;
West Midlands Police; West Yorkshire Police; Wiltshire Police; Wiltshire Constabulary
"""

SCOTLAND: Final = """
Police Scotland; Central Scotland Police; Dumfries and Galloway Constabulary; Fife Constabulary;
Grampian Police; Lothian and Borders Police; Northern Constabulary; Strathclyde Police; Tayside Police
"""

NORTHERN_IRELAND: Final = """
Police Service of Northern Ireland; Royal Ulster Constabulary
"""

SPECIAL_AND_CROWN_DEPENDENCIES: Final = """
British Transport Police; Ministry of Defence Police; Civil Nuclear Constabulary;
Port of Dover Police; Port of Liverpool Police; Port of Tilbury Police; Port of Felixstowe Police;
Port of Bristol Police; Mersey Tunnels Police; Cambridge University Constabulary;
Isle of Man Constabulary; States of Jersey Police; Guernsey Police; Royal Military Police;
Royal Air Force Police; Royal Navy Police
"""

GROUPS: Final = (ENGLAND_AND_WALES, SCOTLAND, NORTHERN_IRELAND, SPECIAL_AND_CROWN_DEPENDENCIES)


def names() -> list[str]:
    """Every force name, sorted and unique."""
    found = {n.strip() for group in GROUPS for n in group.replace("\n", " ").split(";")}
    return sorted(n for n in found if n)


def main() -> None:
    """Write ``police_forces.txt``."""
    entries = names()
    (DATA_DIR / "police_forces.txt").write_text("".join(f"{n}\n" for n in entries), encoding="utf-8")
    print(f"police_forces.txt: {len(entries)} names", file=sys.stderr)


if __name__ == "__main__":
    main()
