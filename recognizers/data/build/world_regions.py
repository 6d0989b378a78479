"""Build ``world_regions.txt``: the provinces, states and regions of countries outside the UK.

Run from the project root after ``words.py`` and ``places.py`` (a second)::

    .venv/bin/python recognizers/data/build/world_regions.py

Source: pycountry 26.2.16 (ISO 3166-2 subdivisions, from Debian's iso-codes, LGPL-2.1). A family's country
of origin is written openly in published reviews, and so is its province or state ("from the Punjab", "Fujian
province"): a region of millions locates no one. Only a country's first-level regions are listed (provinces,
states, regions, governorates, divisions, autonomous regions, Länder, voivodeships; never districts,
municipalities, counties or cities, which are smaller, and never the UK's or the crown dependencies'), under
their ISO names, with a Chinese name's province word dropped ("Fujian Sheng": "Fujian") and bracketed parts
dropped, and without names that are everyday English words or UK places.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Final

ROOT: Final = Path(__file__).resolve().parents[3]
DATA_DIR: Final = Path(__file__).resolve().parent.parent
UK_CODES: Final = frozenset({"GB", "IM", "JE", "GG"})
FIRST_LEVEL: Final = frozenset({
    "Province", "Region", "State", "Governorate", "Division", "Autonomous region", "Autonomous community",
    "Autonomous province", "Land", "Voivodship", "Regional state", "Union territory", "Republic", "Emirate",
    "Administrative region", "Pakistan administered area", "Federal territory", "Federal district",
    "Metropolitan region", "Autonomous republic", "Territory", "Special administrative region",
})
# Chinese provinces' and regions' ISO names end in their kind ("Fujian Sheng", "Xizang Zizhiqu").
_KIND_WORD: Final = re.compile(r"\s+(?:Sheng|Shi|Zizhiqu|Tebiexingzhengqu)$")


def build() -> list[str]:
    """The sorted lines of ``world_regions.txt``."""
    import pycountry

    sys.path.insert(0, str(ROOT))
    from recognizers import gazetteer as gz

    names: set[str] = set()
    for sub in pycountry.subdivisions:
        if sub.country_code in UK_CODES or sub.type not in FIRST_LEVEL:
            continue
        name = _KIND_WORD.sub("", re.sub(r"\s*[\[(].*?[\])]", "", sub.name)).strip()
        if len(name) < 3 or gz.is_english_word(name) or gz.is_uk_place(name) or "," in name:
            continue
        names.add(name)
    return sorted(names)


def main() -> None:
    lines = build()
    (DATA_DIR / "world_regions.txt").write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    print(f"world_regions.txt: {len(lines)} regions", file=sys.stderr)


if __name__ == "__main__":
    main()
