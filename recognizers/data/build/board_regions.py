"""Build ``board_regions.txt``: the council areas of each safeguarding board or partnership that is named after a
region rather than a council ("Mid and West Wales Safeguarding Board" covers Powys), or after areas by short
names ("City and Hackney": the City of London and Hackney).

Run from the project root::

    .venv/bin/python recognizers/data/build/board_regions.py

Hand-curated from public knowledge: Wales's six regional safeguarding boards (Social Services and Well-being
(Wales) Act 2014, with the regions' earlier and later names: Western Bay became West Glamorgan when Bridgend
joined Cwm Taf Morgannwg in 2019; English pages often spell the river "Taff"), and English partnerships named
after a region that spans several councils.
A board named after a list of its areas ("Cambridgeshire and Peterborough") needs no line here: its name
already gives them. Every area is written as ``local_authorities.txt`` writes it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Final

DATA_DIR: Final = Path(__file__).resolve().parent.parent

# region[|other name]  ->  the council areas it covers
BOARD_REGIONS: Final = {
    "North Wales": "Conwy; Denbighshire; Flintshire; Gwynedd; Isle of Anglesey; Anglesey; Wrexham",
    "Mid and West Wales|CYSUR|CWMPAS": "Carmarthenshire; Ceredigion; Pembrokeshire; Powys",
    "Western Bay": "Bridgend; Neath Port Talbot; Swansea",
    "West Glamorgan": "Neath Port Talbot; Swansea",
    "Cwm Taf Morgannwg|Cwm Taff Morgannwg": "Bridgend; Merthyr Tydfil; Rhondda Cynon Taf",
    "Cwm Taf|Cwm Taff": "Merthyr Tydfil; Rhondda Cynon Taf",
    "Cardiff and Vale|Cardiff and the Vale of Glamorgan": "Cardiff; Vale of Glamorgan",
    "Gwent|South East Wales": "Blaenau Gwent; Caerphilly; Monmouthshire; Newport; Torfaen",
    "Pan-Dorset|Pan Dorset": "Dorset; Bournemouth, Christchurch and Poole; Bournemouth; Poole",
    "Pan-Lancashire|Pan Lancashire": "Lancashire; Blackburn with Darwen; Blackpool",
    "Pan-Bedfordshire|Pan Bedfordshire": "Bedford; Central Bedfordshire; Luton",
    "Pan-Cheshire|Pan Cheshire": "Cheshire East; Cheshire West and Chester; Halton; Warrington",
    "Berkshire West": "Reading; West Berkshire; Wokingham",
    "Tri-borough|Tri-Borough": "Hammersmith and Fulham; Kensington and Chelsea; Westminster",
    "Bi-borough|Bi-Borough": "Kensington and Chelsea; Westminster",
    # (a list of areas whose first is the City of London by its short name)
    "City and Hackney|City & Hackney": "City of London; Hackney",
}


def main() -> None:
    """Write ``board_regions.txt``, checking every area against ``local_authorities.txt``."""
    councils = set((DATA_DIR / "local_authorities.txt").read_text(encoding="utf-8").splitlines())
    lines = []
    for names, areas in sorted(BOARD_REGIONS.items()):
        listed = [a.strip() for a in areas.split(";")]
        assert all(a in councils for a in listed), (names, [a for a in listed if a not in councils])
        lines.append(f"{names}\t{'; '.join(listed)}\n")
    (DATA_DIR / "board_regions.txt").write_text("".join(lines), encoding="utf-8")
    print(f"board_regions.txt: {len(lines)} regions", file=sys.stderr)


if __name__ == "__main__":
    main()
