"""Case-insensitive look-ups in the shipped name, word, place, council, police and vocabulary lists.

Every list is read once, on first use, from ``recognizers/data/`` (plain UTF-8, or gzip when large);
see ``recognizers/data/README.md`` for sources and licences. All look-ups fold case, treat typographic
and straight apostrophes alike, and ignore surrounding whitespace.
"""

from __future__ import annotations

import bisect
import gzip
import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Final, Literal

PlaceAmbiguity = Literal["word", "name"]
Token = tuple[int, int, str]
"""A word of the text: ``(start, end, text)``."""

# Words with inner apostrophes or hyphens ("O'Neill", "Kerry-Ann", "Stoke-on-Trent", "Children's"), or "&".
TOKEN_RE: Final = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*(?:-[^\W\d_]+(?:['\u2019][^\W\d_]+)*)*|&")

# Lower-case words hyphens join into a place's name ("Chester-le-Street", "Stoke-on-Trent", "Weston-super-Mare"):
# never part of a person's hyphenated name.
PLACE_PARTICLES: Final = frozenset({"le", "la", "les", "on", "upon", "in", "under", "by", "the", "super", "cum",
                                    "next", "en", "sur", "de", "du", "des"})


def is_place_compound(word: str) -> bool:
    """Whether a hyphenated word joins its parts with a place's particle ("Chester-le", "Stoke-on-Trent")."""
    return any(p in PLACE_PARTICLES for p in word.split("-")[1:])


# Lower-case particles inside names ("van der Berg", "bin Rashid", "Nic Aodha", "de Souza").
NAME_PARTICLES: Final = frozenset({
    "van", "von", "der", "den", "de", "da", "di", "du", "dos", "das", "del", "della", "la", "le", "bin",
    "binti", "bint", "ibn", "al", "el", "ter", "ten", "ap", "ferch", "nic", "ní", "ni", "ó", "uí", "mac",
    "mc", "abu", "ould", "ben",
})
# Closed-class words and common sentence openers: never part of a name, even when capitalised.
FUNCTION_WORDS: Final = frozenset({
    "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "as", "of", "in", "on", "at", "to", "for",
    "from", "by", "with", "without", "within", "into", "onto", "upon", "off", "about", "above", "across",
    "after", "against", "along", "amid", "among", "around", "before", "behind", "below", "beneath", "beside",
    "besides", "between", "beyond", "during", "except", "inside", "near", "outside", "over", "past", "per",
    "since", "through", "throughout", "till", "toward", "towards", "under", "underneath", "until", "unto",
    "up", "via", "whilst", "while", "although", "though", "because", "unless", "whereas", "whether", "once",
    "than", "that", "this", "these", "those", "there", "here", "then", "now", "when", "where", "why", "how",
    "what", "which", "who", "whom", "whose", "he", "she", "it", "they", "we", "i", "you", "him", "her", "them",
    "us", "me", "his", "hers", "its", "their", "theirs", "our", "ours", "my", "mine", "your", "yours", "is",
    "was", "were", "are", "be", "been", "being", "am", "has", "had", "have", "having", "do", "did", "does",
    "done", "not", "no", "yes", "all", "any", "both", "each", "either", "neither", "every", "few", "many",
    "most", "much", "several", "some", "such", "other", "another", "same", "own", "only", "also", "too",
    "very", "just", "still", "again", "already", "always", "never", "often", "sometimes", "however",
    "following", "further", "furthermore", "moreover", "therefore", "thus", "hence", "meanwhile",
    "subsequently", "later", "earlier", "previously", "initially", "finally", "eventually", "recently",
    "currently", "overall", "notably", "importantly", "unfortunately", "fortunately", "clearly", "sadly",
    "similarly", "likewise", "instead", "indeed", "additionally", "consequently", "accordingly", "regarding",
    "concerning", "including", "given", "despite", "dear", "please", "today", "yesterday", "tomorrow",
    "tonight", "mr", "mrs", "ms", "miss", "mx", "dr",
})

DATA_DIR: Final = Path(__file__).resolve().parent / "data"
_APOSTROPHES: Final = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})
_SPACES: Final = re.compile(r"\s+")
_PLACE_PUNCT: Final = re.compile(r"[\s,.\-\u2010\u2011\u2013]+")
_SAINT: Final = re.compile(r"^(?:saint|st)\s")
_LA_PREFIX: Final = re.compile(
    r"^(?:the\s)?(?:(?:london|royal|metropolitan|county)\sborough\sof|borough\sof|city\sand\scounty\sof|"
    r"city\sof|county\sof|district\sof)\s"
)
_LA_SUFFIX: Final = re.compile(
    r"\s(?:metropolitan\s(?:borough|district)\s|city\sand\scounty\s|county\sborough\s|city\s|county\s|"
    r"borough\s|district\s|town\s)?(?:council|mbc)$"
    r"|\s(?:local\sauthority|children'?s\sservices|children'?s\ssocial\scare)$"
)


def _read_text(stem: str) -> str:
    """The text of ``<stem>.txt`` or ``<stem>.txt.gz`` in the data directory."""
    packed = DATA_DIR / f"{stem}.txt.gz"
    if packed.is_file():
        return gzip.decompress(packed.read_bytes()).decode("utf-8")
    return (DATA_DIR / f"{stem}.txt").read_text(encoding="utf-8")


def _read_lines(stem: str) -> list[str]:
    """The non-empty lines of a data file."""
    return [line for line in _read_text(stem).splitlines() if line]


def _read_name_keys(stem: str) -> frozenset[str]:
    """A name list as :func:`name_key` keys (done on the whole text at once: 250,000 names load fast)."""
    text = _read_text(stem).casefold().replace("'", "")  # the build writes straight apostrophes only
    keys = frozenset(text.split("\n"))
    return keys - {""}


# A word with a contraction's ending ("We'll", "Shan't"): its letters may spell a name ("Well"), it is none.
_CONTRACTION: Final = re.compile(r"(?i:['\u2019](?:ll|ve|re|m)|n['\u2019]t)$")


def name_key(word: str) -> str:
    """The look-up key of a name: case-folded, without apostrophes ("O'Neill" -> "oneill").

    Args:
        word: A name as written.

    Returns:
        The key used by :func:`is_first_name` and :func:`is_surname`.
    """
    return word.strip().casefold().translate(_APOSTROPHES).replace("'", "")


def phrase_key(phrase: str) -> str:
    """The look-up key of a phrase: case-folded, one space between words, straight apostrophes."""
    return _SPACES.sub(" ", phrase.strip().casefold().translate(_APOSTROPHES))


def place_key(phrase: str) -> str:
    """The look-up key of a place: like :func:`phrase_key`, with hyphens, dots and commas as spaces,
    "&" as "and", "Saint"/"St." as "st", and no leading "the".

    Args:
        phrase: A place name as written ("Stoke-on-Trent", "St. Helens", "the Wirral").

    Returns:
        The key ("stoke on trent", "st helens", "wirral").
    """
    key = phrase.casefold().translate(_APOSTROPHES).replace("&", " and ")
    key = _PLACE_PUNCT.sub(" ", key).strip()
    if key.startswith("the "):
        key = key[4:]
    return _SAINT.sub("st ", key)


@cache
def _first_names() -> frozenset[str]:
    return _read_name_keys("first_names")


@cache
def _surnames() -> frozenset[str]:
    return _read_name_keys("surnames")


@cache
def _english_words() -> frozenset[str]:
    return frozenset(_read_text("english_words").split())


@cache
def _places() -> Mapping[str, str]:
    """Place key -> ambiguity flag ("" when unambiguous)."""
    places: dict[str, str] = {}
    for line in _read_lines("uk_places"):
        name, _, flag = line.partition("\t")
        key = place_key(name)
        # A name listed once as plain and once flagged (two GeoNames entries) stays flagged.
        if flag or key not in places:
            places[key] = flag
    for name in _read_lines("local_authorities"):
        places.setdefault(place_key(name), "")
    # A seaside town goes by its first word ("Clacton" of "Clacton-on-Sea"), flagged as the lists flag words and names.
    for short in [m.group(1) for k in places if (m := _SEASIDE.fullmatch(k)) is not None]:
        places.setdefault(short, "word" if short in _english_words() else "name" if is_first_name(short) else "")
    return places


_SEASIDE: Final = re.compile(r"([a-z]+)[ -](?:on|by)[ -]sea")


@cache
def _local_authorities() -> Mapping[str, str]:
    return {place_key(name): name for name in _read_lines("local_authorities")}


@cache
def _police_forces() -> Mapping[str, str]:
    return {place_key(name): name for name in _read_lines("police_forces")}


@cache
def _org_heads() -> Mapping[str, tuple[str, bool]]:
    heads: dict[str, tuple[str, bool]] = {}
    for line in _read_lines("org_head_words"):
        head, kind, *rest = line.split("\t")
        heads[phrase_key(head)] = (kind, rest == ["weak"])
    return heads


# Raised and lowered digits, for a regex class: a footnote mark a PDF page reads after a word ("Hartley\u00b9") is
# no letter of it, though Unicode counts such digits as word characters.
FOOTNOTE_MARKS: Final = "\u00b2\u00b3\u00b9\u2070-\u209f"
# Characters that show nothing between a word's letters: soft hyphen, zero-width space, non-joiner and joiner, word
# joiner, byte-order mark ("Mar\u200bsh" reads "Marsh" on screen).
INVISIBLE: Final = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
# ... which the recognisers read as spaces, and so the other spaces a draft may hold (no-break, narrow, thin, figure:
# "943\u00a0476\u00a05919", "Kelly\u202fMarsh"), which patterns written with a space or a tab do not match. One
# character for one, so offsets are unchanged.
_AS_SPACES: Final = str.maketrans(dict.fromkeys(
    ["\u00b2", "\u00b3", "\u00b9", *map(chr, range(0x2070, 0x20a0)), "\u00a0", "\u2007", "\u202f",
     *map(chr, range(0x2000, 0x200b))], " "))


def recognised_text(text: str) -> str:
    """``text`` as the recognisers read it: footnote marks and other spaces as spaces (same length)."""
    return text.translate(_AS_SPACES)


# A capital letter of any Latin script, for a regex ("Ş", "Ľ", "Ö"; not "×"). (Latin Extended-A and -B mix capitals
# with small letters, so a word's case is checked where it matters.)
LATIN_CAPITAL: Final = "[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f]"
# A hyphen ending a line (or a line a reader joined with a space) between two capitalised parts: a
# double-barrelled name that wrapped at its hyphen ("Quillon-" / "Abara").
WRAPPED_HYPHEN: Final = re.compile(r"(?<=[^\W\d_])-(?:[ \u00a0]+(?:\r?\n[ \u00a0]*)?|\r?\n[ \u00a0]*)"
                                   r"(?=[A-Z\u00c0-\u00de])")
# A hyphen ending a line before a lower-case letter: a word the line break hyphenated ("McAl-" / "lister").
SOFT_WRAP: Final = re.compile(r"(?<=[^\W\d_])-[ \u00a0]*\r?\n[ \u00a0]*(?=[a-z\u00df-\u00ff])")
_CAPITALISED_BEFORE: Final = re.compile(r"(?<![\w'\u2019-])[A-Z\u00c0-\u00de][\w'\u2019]*$")


def join_soft_wraps(text: str) -> str:
    """``text`` with each capitalised word a line break hyphenated joined ("McAl-" / "lister": "McAllister");
    a compound's hyphen ("multi-" / "agency") stays."""
    if "\n" not in text:
        return text
    return SOFT_WRAP.sub(lambda m: "" if _CAPITALISED_BEFORE.search(text, 0, m.start()) else m.group(), text)


def tokenize(text: str) -> list[Token]:
    """The words of ``text`` (letters with inner apostrophes or hyphens) and "&" signs, in order.

    The person, place and organisation recognisers read each chunk in turn: the last text's words
    are kept for the next to ask (callers must not change the list).

    Args:
        text: Any text.

    Returns:
        ``(start, end, text)`` triples.
    """
    global _last_tokens
    last_text, tokens = _last_tokens
    if text != last_text:
        tokens = [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text)]
        _last_tokens = (text, tokens)
    return tokens


_last_tokens: tuple[str, list[Token]] = ("", [])


def strip_possessive(word: str) -> str:
    """The word without a trailing possessive "'s" ("Aaliyah's" -> "Aaliyah")."""
    if len(word) > 2 and word[-1] in "sS" and word[-2] in "'\u2019":
        return word[:-2]
    return word


# Names that keep phrases borrow ("Fraser Guidelines", "Brook Advisory", the "Lucy Faithfull Foundation", the
# "Maria Colwell" inquiry), and words a local body's name is made of too ("the Royal Life Saving Society", "New Life
# Church"), Welsh words that are English surnames too ("Plant", children, of "Adolygiad Ymarfer Plant"), and names
# national bodies and brands hold ("Ann Craft Trust", "Air Jordan", a "McKenzie friend"): still names elsewhere.
_NAMES_IN_KEEP_PHRASES: Final = frozenset({"fraser", "brook", "lucy", "maria", "jasmine", "star", "faith", "eve",
                                           "day", "life", "din", "river", "plant", "ann", "jordan", "craft", "lawn",
                                           "friend",
                                           # (a theme park's: "Drayton Manor", "Thorpe Park", "Lightwater Valley")
                                           "park", "manor", "towers", "land", "beach", "valley", "world",
                                           # (people's names in charities' and brands' names: "Molly Rose
                                           # Foundation", "Marie Collins Foundation", "Sage Publications")
                                           "molly", "rose", "marie", "collins", "sage", "orange"})


@cache
def generic_words() -> frozenset[str]:
    """Lower-case English words that occur in multi-word keep phrases ("foster", "care", "order").

    A capitalised sequence made only of such words is agency or process vocabulary, not a name.
    """
    words: set[str] = set()
    for phrase in keep_phrases():
        tokens = TOKEN_RE.findall(phrase)
        if len(tokens) > 1:
            words.update(t.casefold().translate(_APOSTROPHES) for t in tokens if is_english_word(t))
    return frozenset(words - _NAMES_IN_KEEP_PHRASES)


def is_first_name(word: str) -> bool:
    """Whether ``word`` is a known first name (any case; "O'Neill" and "Oneill" alike).

    Args:
        word: One token, possibly hyphenated ("Kerry-Ann").

    Returns:
        ``True`` when the list holds it.
    """
    if _CONTRACTION.search(word) is not None:
        return False
    names = _first_names()
    # A listed name written with accents the list does not hold ("León" for Leon) is the same name.
    return name_key(word) in names or (not word.isascii() and name_key(without_accents(word)) in names)


def without_accents(text: str) -> str:
    """``text`` with its Latin letters' accents taken off, as many records and systems write them ("Paweł
    Wiśniewski" -> "Pawel Wisniewski"); letters Unicode does not decompose by what an English keyboard writes."""
    if text.isascii():
        return text
    import unicodedata

    plain = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return "".join(ch for ch in plain if not unicodedata.combining(ch))


def is_surname(word: str) -> bool:
    """Whether ``word`` is a known surname (any case; apostrophes ignored).

    Args:
        word: One token, possibly hyphenated.

    Returns:
        ``True`` when the list holds it.
    """
    return name_key(word) in _surnames() and _CONTRACTION.search(word) is None


def is_english_word(word: str) -> bool:
    """Whether ``word`` is a common lower-case English word ("patience", "reading"), in any case.

    A trailing possessive ("Reading's") is ignored. Proper nouns ("John", "Leeds") are not words.

    Args:
        word: One token.

    Returns:
        ``True`` for dictionary words.
    """
    key = word.strip().casefold().translate(_APOSTROPHES)
    if key.endswith("'s"):
        key = key[:-2]
    words = _english_words()
    if key in words:
        return True
    # A British "ae" or "oe" spelling of a listed American word, as medicine writes them ("anaesthetic", "oedema"),
    # in a word long enough that no short word or name is made ("shoe", "Moe")
    if len(key) >= 6 and (american := _BRITISH_DIGRAPH.sub("e", key)) != key and american in words:
        return True
    # A British spelling of a listed American word or of its verb: "summarise", "prioritised", "analysing".
    m = _BRITISH_ISE.search(key)  # (the list holds the verb: "prioritized" is a word where "prioritize" is)
    if m is None:
        return False
    stem = f"{key[:m.start()]}{m.group(1)}z"
    return f"{stem}{m.group(2)}" in words or f"{stem}e" in words


_BRITISH_ISE: Final = re.compile(r"(?<=[a-z]{3})([iy])s(e|es|ed|ing|ation|ations)$")
_BRITISH_DIGRAPH: Final = re.compile(r"(?:ae|oe)(?=[a-z])")


def is_word_or_plural(word: str) -> bool:
    """Whether ``word`` is a dictionary word (:func:`is_english_word`) or its plural in -s ("Reviews",
    "Teachers")."""
    return is_english_word(word) or (word.endswith("s") and is_english_word(word[:-1]))


def is_verb_ing_form(word: str) -> bool:
    """Whether ``word`` is a verb's -ing form ("Informing", "Revising", "Planning"): its stem, the stem with its
    "e", or the stem less a doubled consonant, is an English word. A listed surname ("Fleming") is the caller's
    to rule out."""
    key = word.casefold()
    if len(key) < 6 or not key.endswith("ing"):
        return False
    stem = key[:-3]
    return any(is_english_word(s) for s in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else ""))


def is_uk_place(phrase: str) -> bool:
    """Whether ``phrase`` names a UK place, county, region, borough, island or council area.

    Args:
        phrase: The place as written ("Stoke-on-Trent", "newcastle upon tyne", "St. Helens").

    Returns:
        ``True`` when the gazetteer holds it.
    """
    return place_key(phrase) in _places()


# Crown dependencies and territories small enough to locate a family: not "a country" for this purpose.
_SMALL_REGIONS: Final = frozenset({"JE", "GG", "IM", "GI", "FK", "SH", "TA", "AC", "PN", "IO", "NF", "CX", "CC",
                                   "TK", "NU", "WF", "BL", "MF", "PM", "AX", "VA", "MC", "SM", "LI", "AD"})


@cache
def _countries() -> frozenset[str]:
    """Place keys of the world's countries and large territories (English names, from the phone
    numbering plan's region names that ``phonenumbers`` ships)."""
    from phonenumbers import COUNTRY_CODE_TO_REGION_CODE

    regions = {r for codes in COUNTRY_CODE_TO_REGION_CODE.values() for r in codes} - _SMALL_REGIONS - {"001"}
    names = {_region_name(r) for r in regions} | _COUNTRIES_OTHER_NAMES
    return frozenset(place_key(n) for n in names if n)


# Countries by the other names drafts call them (the numbering plan gives one: "Ireland", "Côte d'Ivoire").
_COUNTRIES_OTHER_NAMES: Final = frozenset({
    "Republic of Ireland", "Irish Republic", "Eire", "Democratic Republic of the Congo", "Democratic Republic of Congo",
    "DR Congo", "DRC", "Ivory Coast", "The Gambia", "UAE", "USA", "America", "Holland", "Burma", "Czechia",
    "Swaziland", "Macedonia", "Türkiye", "Turkiye",
    # ... and states few others recognise, and regions of millions that families name as their country
    "Kosovo", "Somaliland", "Northern Cyprus", "Transnistria", "Abkhazia", "Tibet", "Kurdistan", "Kurdistan Region",
    "Kurdistan Region of Iraq", "Iraqi Kurdistan", "Kashmir", "Azad Kashmir", "Azad Jammu and Kashmir",
})


def _region_name(region: str) -> str:
    """A region's English name, as ``phonenumbers.geocoder`` gives it."""
    data = _region_names()
    name = data.get(region, {}).get("en", "")
    if name.startswith("*"):  # the name is the one given in another language's entry
        name = data[region].get(name[1:], "")
    return name


@cache
def _region_names() -> Mapping[str, Mapping[str, str]]:
    """``phonenumbers``' table of region names by language.

    Read from its own module file: importing it as usual (or importing ``phonenumbers.geocoder``)
    first loads every area-code description the package ships, about 0.6 s for a table of 250 rows.
    """
    import importlib.util

    import phonenumbers

    path = Path(phonenumbers.__file__).parent / "geodata" / "locale.py"
    spec = importlib.util.spec_from_file_location("phonenumbers.geodata.locale", path)
    if spec is None or spec.loader is None or not path.is_file():
        from phonenumbers.geodata.locale import LOCALE_DATA

        return LOCALE_DATA
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.LOCALE_DATA  # type: ignore[no-any-return]


def is_country(phrase: str) -> bool:
    """Whether ``phrase`` names a country ("Poland", "Nigeria", "United Arab Emirates"), too large to
    locate a family; Crown dependencies and tiny territories are not counted."""
    return place_key(phrase) in _countries()


# Nationalities no ending makes from a country's name: the UK's nations and Ireland, and the irregular ones
# a review meets ("Polish", "Dutch"), and peoples without a country in the numbering plan ("Kurdish", "Roma").
_IRREGULAR_NATIONALITIES: Final = frozenset({
    "british", "english", "scottish", "welsh", "irish", "northern irish", "polish", "french", "dutch", "german",
    "greek", "thai", "swiss", "danish", "swedish", "finnish", "spanish", "portuguese", "czech", "filipino",
    "kurdish", "kurd", "roma", "romany", "traveller", "cypriot", "kosovan", "kosovar", "lao", "burmese",
    "cornish", "manx", "belgian", "peruvian", "norwegian", "icelandic", "argentine", "saudi", "emirati",
    "afghan", "slovak", "uzbek", "kazakh", "tajik", "turkmen", "kyrgyz", "omani", "nepali", "bahraini", "yemeni",
    "kuwaiti", "qatari", "israeli", "iraqi", "pakistani", "bangladeshi", "somali",
    # ... and peoples of a region or language families in the UK name themselves by ("Pakistani Kashmiri")
    "kashmiri", "mirpuri", "punjabi", "pashtun", "pathan", "sylheti", "gujarati", "bengali", "tamil", "sindhi",
    "baloch", "hazara", "oromo", "amhara", "tigrayan", "yoruba", "igbo", "hausa", "akan", "ashanti", "berber",
    "gorani", "kalderash", "gypsy", "gypsies", "travellers", "romani", "romanichal",
})
# How a nationality is made from its country's name: the ending taken off, then what the country's name
# ends in put back ("Nigerian": Nigeria; "Hungarian": Hungary; "Somali": Somalia; "Sudanese": Sudan).
_NATIONALITY_ENDINGS: Final = (("ian", ("", "y", "ia", "a")), ("ean", ("", "e", "ea")), ("an", ("", "a", "e")),
                               ("n", ("",)), ("ese", ("", "a", "o")), ("lese", ("",)), ("i", ("", "a", "ia", "istan")),
                               ("ish", ("ey", "y", "")))


# The colours a people is described by ("Black British", "White Irish", "Black Fijian").
_PEOPLE_COLOURS: Final = frozenset({"black", "white", "brown", "mixed"})


def is_people_word(word: str) -> bool:
    """Whether ``word`` describes a people: a nationality, or the colour an ethnic group is named by ("Black")."""
    return word.casefold() in _PEOPLE_COLOURS or is_nationality(word)


def is_nationality(word: str) -> bool:
    """Whether ``word`` is a nationality or a people ("Romanian", "Pakistani", "Scottish"): never a name.

    Made from the countries' names by the usual endings, with the irregular ones listed; a heritage of two is hyphened
    ("British-Jamaican")."""
    if "-" in word.strip("-"):
        return all(part and is_nationality(part) for part in word.split("-"))
    key = place_key(word)
    if key in _IRREGULAR_NATIONALITIES:
        return True
    if not word[:1].isupper() or len(key) < 4:
        return False
    countries = _countries()
    named = is_first_name(word)  # a one-letter ending makes names too ("Malin", "Ghani"): not on a listed name
    return any(key.endswith(ending) and len(key) - len(ending) >= 3 and key[:len(key) - len(ending)] + back in countries
               and not (named and len(ending) < 2) for ending, backs in _NATIONALITY_ENDINGS for back in backs)


# Letters that Unicode does not decompose into a base letter and a mark.
_UNDECOMPOSED: Final = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i",
                                      "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th",
                                      "ð": "d", "ħ": "h", "Ħ": "H"})


def world_city_key(phrase: str) -> str:
    """The look-up key of a city abroad: :func:`place_key` without accents ("Timișoara", "Timişoara" and
    "Timisoara" are one key)."""
    return place_key(without_accents(phrase))


@cache
def _world_cities() -> frozenset[str]:
    # Most names are plain ASCII, with no accent to take off (a third of the start-up cost otherwise).
    lines = _read_lines("world_cities")
    plain = [line for line in lines if line.isascii()]
    accented = [line for line in lines if not line.isascii()]
    if any("\x00" in line for line in accented):  # not in the shipped list: each line on its own then
        return frozenset([*_place_keys(plain), *(world_city_key(line) for line in accented)])
    # world_city_key of each accented name, done on them all joined at once (each step is character by
    # character, and decomposition never reorders marks across the separator, itself no mark).
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", "\x00".join(accented).translate(_UNDECOMPOSED))
    bare = decomposed.translate({ord(ch): None for ch in set(decomposed) if unicodedata.combining(ch)})
    return frozenset([*_place_keys(plain), *_place_keys(bare.split("\x00") if accented else [])])


def _place_keys(phrases: list[str]) -> list[str]:
    """:func:`place_key` of each phrase: its steps that go character by character (or run by run of
    spaces and punctuation) done on all the phrases joined at once, on a character none of them holds."""
    joined = "\x00".join(phrases)
    if joined.count("\x00") != max(0, len(phrases) - 1):
        return [place_key(p) for p in phrases]
    keys = []
    for key in _PLACE_PUNCT.sub(" ", joined.casefold().translate(_APOSTROPHES).replace("&", " and ")).split("\x00"):
        key = key.strip()
        if key.startswith("the "):
            key = key[4:]
        keys.append(_SAINT.sub("st ", key) if key[:1] == "s" else key)
    return keys if phrases else []


def is_world_city(phrase: str) -> bool:
    """Whether ``phrase`` names a city or town outside the UK ("Rawalpindi", "Poznań", "Rio de Janeiro")."""
    return world_city_key(phrase) in _world_cities()


def is_place(phrase: str) -> bool:
    """Whether ``phrase`` names a UK place, a city or town abroad, or a country."""
    return is_uk_place(phrase) or is_world_city(phrase) or is_country(phrase)


def place_ambiguity(phrase: str) -> PlaceAmbiguity | None:
    """How a UK place name can be read otherwise.

    Args:
        phrase: The place as written.

    Returns:
        ``"word"`` for everyday words ("Reading", "Bath", "Sale"), ``"name"`` for common personal
        names ("Shirley", "Stanley", "Winston"), ``None`` when unambiguous or not a place.
    """
    flag = _places().get(place_key(phrase))
    if flag == "word":
        return "word"
    if flag == "name":
        return "name"
    return None


def place_keys() -> Mapping[str, str]:
    """Every place key (see :func:`place_key`) mapped to its ambiguity flag ("", "word" or "name")."""
    return _places()


def local_authority(phrase: str) -> str | None:
    """The council area a phrase names, as the place name.

    Prefixes and suffixes such as "London Borough of", "City of", "Council", "Metropolitan Borough
    Council" or "Children's Services" are removed when the bare phrase is not itself listed.

    Args:
        phrase: E.g. "Kirklees", "Kirklees Council", "London Borough of Camden", "City of York Council".

    Returns:
        The listed name ("Kirklees", "Camden", "City of York"), or ``None``.
    """
    table = _local_authorities()
    key = place_key(phrase)
    if key in table:
        return table[key]
    for candidate in (_LA_SUFFIX.sub("", key), _LA_PREFIX.sub("", key), _LA_PREFIX.sub("", _LA_SUFFIX.sub("", key))):
        if candidate in table:
            return table[candidate]
    return None


@cache
def _compact_areas() -> frozenset[str]:
    return frozenset(re.sub(r"[^a-z]", "", key) for key in _local_authorities())


def is_area_label(label: str) -> bool:
    """Whether a web address's label is a council area's name, run together or hyphenated ("northsomerset",
    "north-somerset")."""
    return re.sub(r"[^a-z]", "", label.casefold()) in _compact_areas()


def police_force(phrase: str) -> str | None:
    """The police force a phrase names, as listed.

    Args:
        phrase: E.g. "Thames Valley Police", "avon & somerset constabulary", "the Dyfed Powys Police".

    Returns:
        The listed full name ("Thames Valley Police"), or ``None``.
    """
    return _police_forces().get(place_key(phrase))


@cache
def _force_areas() -> Mapping[str, frozenset[str]]:
    """Council area key -> the listed names of the force that polices it."""
    forces = _read_lines("police_forces")
    table: dict[str, set[str]] = {}
    for line in _read_lines("police_force_areas"):
        stems, _, areas = line.partition("\t")
        names = {n for n in forces for stem in stems.split("|") if n.startswith(f"{stem} ")}
        for area in areas.split(";"):
            table.setdefault(place_key(area), set()).update(names)
    return {k: frozenset(v) for k, v in table.items()}


def force_acronym(name: str) -> str | None:
    """A police force's initials, as reviews write them ("GMP" of "Greater Manchester Police", "MPS" of "Metropolitan
    Police Service"): the capitals of a listed force's name of three words or more ("and" left out)."""
    words = [w for w in name.split() if w.casefold() not in ("and", "of", "the")]
    if police_force(name) is None or len(words) < 3 or not all(w[:1].isupper() for w in words):
        return None
    return "".join(w[0] for w in words)


@cache
def police_force_acronyms() -> frozenset[str]:
    """Every listed police force's initials (see :func:`force_acronym`): an agency's letters, no one's initials."""
    return frozenset(a for name in _read_lines("police_forces") if (a := force_acronym(name)) is not None)


def area_police_forces(area: str) -> frozenset[str]:
    """Every listed name of the police force whose area holds a council area ("Medway" -> "Kent Police").

    Args:
        area: A council area or county as written ("Leeds", "City of Bradford", "Kent").

    Returns:
        The force's names ("West Yorkshire Police"), or an empty set for an unknown area.
    """
    table = _force_areas()
    found = table.get(place_key(area))
    if found is None:
        council = local_authority(area)
        found = table.get(place_key(council)) if council else None
    return found or frozenset()


@cache
def _board_regions() -> dict[str, tuple[str, ...]]:
    """Region key -> the council areas its safeguarding board covers (``board_regions.txt``)."""
    table: dict[str, tuple[str, ...]] = {}
    for line in _read_lines("board_regions"):
        names, _, areas = line.partition("\t")
        for name in names.split("|"):
            table[place_key(name)] = tuple(a.strip() for a in areas.split(";"))
    return table


def board_region_areas(region: str) -> tuple[str, ...]:
    """The council areas of a safeguarding board named after a region ("Mid and West Wales" -> Carmarthenshire,
    Ceredigion, Pembrokeshire, Powys); empty for any other name.

    Args:
        region: The words before "Safeguarding Board" as written.
    """
    return _board_regions().get(place_key(region), ())


@cache
def _force_regions() -> frozenset[str]:
    """Keys of the force-area names that are places but no council area ("Thames Valley", "Merseyside")."""
    stems = (stem for line in _read_lines("police_force_areas") for stem in line.partition("\t")[0].split("|"))
    return frozenset(place_key(s) for s in stems if is_uk_place(s) and not local_authority(s))


def is_police_force_region(phrase: str) -> bool:
    """Whether a place is the region a police force is named after and no council's area ("Thames Valley",
    "West Mercia", "Merseyside"): it spans several councils.

    Args:
        phrase: A place name as written.
    """
    return place_key(phrase) in _force_regions()


def police_force_keys() -> Mapping[str, str]:
    """Every police force key (see :func:`place_key`) mapped to the listed name."""
    return _police_forces()


@cache
def keep_phrases() -> frozenset[str]:
    """The default keep list: generic safeguarding vocabulary, as normally written.

    Returns:
        Phrases that must never be flagged ("Children's Social Care", "Care Order", "Learning Point").
        Match them case-insensitively as whole phrases.
    """
    return frozenset(_read_lines("keep_vocabulary"))


@cache
def keep_keys() -> frozenset[str]:
    """The keep list as :func:`phrase_key` keys, for case-insensitive whole-phrase tests."""
    return frozenset(phrase_key(p) for p in keep_phrases())


@cache
def acronym_keys() -> frozenset[str]:
    """The keep vocabulary's one-word acronyms ("CAMHS", "SUDI", "CAIT"), as :func:`phrase_key` keys: entries
    written only in capitals."""
    written_otherwise = {phrase_key(p) for p in keep_phrases() if not p.isupper()}
    return frozenset(key for p in keep_phrases() if p.isupper() and " " not in p and len(p) >= 2
                     and (key := phrase_key(p)) not in written_otherwise)


@cache
def name_acronym_keys() -> frozenset[str]:
    """Keep-list acronyms whose letters in title case spell a first name or surname ("CAIT", the Child Abuse
    Investigation Team, spells Cait; "LEA", "ED"), as :func:`phrase_key` keys. An acronym keeps its capitals:
    such a phrase is kept only where it is written in capitals, never as the name."""
    return frozenset(key for key in acronym_keys() if is_first_name(key.title()) or is_surname(key.title()))


def _in_capitals(written: str) -> bool:
    return not any(c.islower() for c in written)


@cache
def _keep_token_index() -> tuple[frozenset[str], Mapping[str, int]]:
    """Keep phrases as lower-case token sequences joined by spaces, and per first token the most tokens."""
    keys: set[str] = set()
    longest: dict[str, int] = {}
    for phrase in keep_phrases():
        words = [w.casefold().translate(_APOSTROPHES) for w in TOKEN_RE.findall(phrase)]
        if not words or (len(words) == 1 and len(words[0]) < 2):
            continue  # "S.47" has no word to match on
        keys.add(" ".join(words))
        longest[words[0]] = max(longest.get(words[0], 0), len(words))
    return frozenset(keys), longest


def _fold(word: str) -> str:
    folded = word.casefold()
    return folded.translate(_APOSTROPHES) if "\u2019" in folded or "\u2018" in folded else folded


def _gap_ok(gap: str) -> bool:
    """Whether two words with ``gap`` between them can belong to one keep phrase."""
    return len(gap) <= 4 and not gap.strip(" \t\r\n-,.'\u2019()/")


class KeepPhraseFinder:
    """Tells whether a span of a text lies inside an occurrence of a keep phrase.

    Recognisers use it to drop "Clare" in "Clare's Law" or "London" in "London Child Protection
    Procedures". Only the words around each asked-about span are examined.
    """

    def __init__(self, text: str, tokens: list[Token] | None = None) -> None:
        """Prepare for one text.

        Args:
            text: The text.
            tokens: ``tokenize(text)``, when the caller has it already.
        """
        self.text = text
        self.tokens = tokens if tokens is not None else tokenize(text)
        self.starts = [t[0] for t in self.tokens]
        self.keys, self.longest = _keep_token_index()
        self.name_acronyms = name_acronym_keys()
        self.most = max(self.longest.values(), default=1)

    def covers(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies inside a keep phrase occurrence (whole words, any case).

        Args:
            start: Span start offset.
            end: Span end offset.

        Returns:
            ``True`` when some keep phrase in the text spans it.
        """
        tokens, text = self.tokens, self.text
        first = bisect.bisect_right(self.starts, start) - 1
        last = bisect.bisect_left(self.starts, end) - 1
        if first < 0 or last < first:
            return False
        for s in range(max(0, last - self.most + 1), first + 1):
            word = _fold(tokens[s][2])
            most = self.longest.get(word)
            if most is None or s + most - 1 < last:
                continue
            key = word
            for j in range(s, min(len(tokens), s + most)):
                if j > s:
                    if not _gap_ok(text[tokens[j - 1][1] : tokens[j][0]]):
                        break
                    key = f"{key} {_fold(tokens[j][2])}"
                if j >= last and key in self.keys and (
                        key not in self.name_acronyms or _in_capitals(text[tokens[s][0]:tokens[j][1]])):
                    return True
        return False


def is_keep_phrase(phrase: str) -> bool:
    """Whether ``phrase`` is on the default keep list (any case, "the" in front allowed).

    Args:
        phrase: A candidate span's text.

    Returns:
        ``True`` when the whole phrase is generic vocabulary.
    """
    key = phrase_key(phrase)
    if key.startswith("the ") and key not in keep_keys():
        key, phrase = key[4:], phrase.strip()[4:]
    if key not in keep_keys() and " " in key and key.endswith("s") and key[:-1] in keep_keys():
        key, phrase = key[:-1], phrase.strip()[:-1]  # a phrase of words in the plural ("Moses baskets")
    return key in keep_keys() and (key not in name_acronym_keys() or _in_capitals(phrase))


# Kinds of organisation (see :func:`org_kind`) that show where a child was seen, taught or cared for: their
# name, and any number of theirs, identify them even when named after a public area.
PLACES_OF_CARE: Final = frozenset({"school", "college", "nursery", "gp", "hospital", "childrens_home"})


def org_head(phrase: str) -> tuple[str, bool] | None:
    """The kind of organisation a head phrase marks, and whether it is weak (needs context).

    Args:
        phrase: A head as written ("Primary School", "NHS Foundation Trust", "House").

    Returns:
        ``(kind, weak)``, e.g. ``("school", False)`` or ``("childrens_home", True)``, or ``None``.
    """
    return _org_heads().get(phrase_key(phrase))


def org_head_keys() -> Mapping[str, tuple[str, bool]]:
    """Every org head key (see :func:`phrase_key`) mapped to ``(kind, weak)``."""
    return _org_heads()


def org_kind(name: str) -> str | None:
    """The kind of a named organisation, from the longest head word that ends its name.

    Police forces and councils listed by name are recognised whole; "HMP X" is a prison and
    "University of X" a college.

    Args:
        name: E.g. "St Quillon's CE Primary School", "Quillbury Teaching Hospitals NHS Trust".

    Returns:
        ``"school"``, ``"college"``, ``"nursery"``, ``"gp"``, ``"hospital"``, ``"council"``,
        ``"police"``, ``"court"``, ``"childrens_home"``, ``"charity"``, ``"company"``, ``"housing"``,
        ``"religious"``, ``"prison"`` or ``"centre"``; ``None`` when no head word matches.
    """
    if police_force(name):
        return "police"
    key = phrase_key(name)
    words = key.split(" ")
    heads = _org_heads()
    for start in range(len(words)):
        found = heads.get(" ".join(words[start:]))
        if found:
            return found[0]
    if words[0] in ("hmp", "hmyoi", "hmp/yoi"):
        return "prison"
    if key.startswith(("university of ", "the university of ")):
        return "college"
    if words[0] == "royal" and len(words) in (2, 3) and is_uk_place(" ".join(name.split()[1:])) \
            and not is_uk_place(name):
        return "hospital"  # "Royal Sunderland", "Royal Bolton": the town's hospital, as people call it
    if _LA_PREFIX.match(key) and local_authority(name):
        return "council"
    return None


def preload_keep_lists() -> None:
    """Read the lists a draft's keep phrases are found with: first names, surnames, council areas, the
    areas police forces cover, and the keep phrases (the command line reads them before it forks the
    process that finds a draft's keep phrases, so both processes have them, read once)."""
    _first_names()
    _surnames()
    _local_authorities()
    _force_areas()
    keep_phrases()
    name_acronym_keys()


def preload() -> None:
    """Read every list now (the engine calls this at start-up so the first document is not slower)."""
    preload_keep_lists()
    _english_words()
    _places()
    _world_cities()
    _police_forces()
    _org_heads()
    keep_keys()
    generic_words()
    _keep_token_index()


@cache
def _nicknames() -> Mapping[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for line in _read_lines("nicknames"):
        if line.startswith("#") or "\t" not in line:
            continue
        short, full = line.split("\t", 1)
        out[short.strip().casefold()] = frozenset(f.strip().casefold() for f in full.split(","))
    return out


def short_forms_of(full: str) -> frozenset[str]:
    """The common short forms of the first name ``full`` (folded: "Mohammed" -> {"mo", …})."""
    return _short_forms().get(full.casefold(), frozenset())


@cache
def _short_forms() -> Mapping[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for short, fulls in _nicknames().items():
        for full in fulls:
            out.setdefault(full, set()).add(short)
    return {full: frozenset(shorts) for full, shorts in out.items()}


def nickname_of(short: str, full: str) -> bool:
    """Whether ``short`` is a common short form of the first name ``full`` ("Tom" of "Thomas")."""
    return full.casefold() in _nicknames().get(short.casefold(), frozenset())
