"""Short forms of a found organisation's name: the name without its institutional head word.

A draft that names "Royal Peterborough Hospital" once often goes on with "Royal Peterborough" (or
"Brookvale Primary" for "Brookvale Primary School"). Such a short form names the same place of care,
so it is a form of the same entity. It is one only while it is still specific: two or more words,
not a place, council, police force or keep phrase on its own, with a word that is a proper name
(no dictionary word) and no dangling possessive or joining word at its end ("St Mary's" of "St
Mary's Hospital" could be any St Mary's; "Royal Children's" says nothing); or one word coined for the
organisation, which no list of places, names or words holds ("Hollinsbrook" of "Hollinsbrook Primary School").
"""

from __future__ import annotations

from recognizers import gazetteer as gz

# Kinds whose head word can be dropped: places where a child is seen, lives or learns, and companies.
_SHORTENED_KINDS = frozenset({"school", "college", "nursery", "gp", "hospital", "childrens_home", "centre",
                              "company", "charity", "housing"})
_JOINING = frozenset({"and", "&", "of", "the", "for", "at", "in", "on", "de", "la", "le"})


def short_forms(name: str) -> list[str]:
    """The specific short forms of an organisation's name (see the module's doc), shortest first.

    Args:
        name: The organisation's name as found ("Royal Peterborough Hospital").

    Returns:
        E.g. ``["Royal Peterborough"]``; ``[]`` for a name with no droppable head word, or whose rest
        names no one thing ("St Mary's Hospital", "Leeds General Infirmary" -> "Leeds General" is kept
        as specific, "Kestrel House" -> nothing: one dictionary word).
    """
    words = name.split()
    # Each head word that ends the name, longest first ("Primary School", then "School": "Brookvale Primary").
    return [" ".join(words[:cut]) for cut in _headed_cuts(words) if _specific(words[:cut])]


def _headed_cuts(words: list[str]) -> list[int]:
    """Where a name's words may be cut before a head word of a kind whose head can be dropped ("Brookvale" |
    "Primary School", "Brookvale Primary" | "School"), first cut first."""
    heads = gz.org_head_keys()
    return [cut for cut in range(1, len(words))
            if (head := heads.get(gz.phrase_key(" ".join(words[cut:])))) is not None and head[0] in _SHORTENED_KINDS]


def _specific(words: list[str]) -> bool:
    if len(words) == 1:  # (a possessive too, as a hospital is called: "Addenbrooke's")
        return _coined(gz.strip_possessive(words[0]))
    if words[-1].casefold() in _JOINING or words[0].casefold() in _JOINING:
        return False
    if any(gz.strip_possessive(w) != w for w in words) or any(not w[:1].isupper() for w in words):
        return False
    rest = " ".join(words)
    if gz.is_uk_place(rest) or gz.is_country(rest) or gz.is_world_city(rest) or gz.is_keep_phrase(rest) \
            or gz.local_authority(rest) or gz.police_force(rest) or gz.org_head(rest) is not None:
        return False
    return any(not gz.is_english_word(w) and w.casefold() not in gz.generic_words() for w in words)


def _coined(word: str) -> bool:
    """Whether one word left of a name is coined for the organisation ("Hollinsbrook" of "Hollinsbrook Primary
    School"): a proper name no list holds, so no place, no person's name and no dictionary word."""
    return len(word) >= 5 and word.isalpha() and word[0].isupper() and not word[1:].isupper() \
        and not gz.is_english_word(word) and not gz.is_first_name(word) and not gz.is_surname(word) \
        and not gz.is_place(word) and not gz.is_keep_phrase(word) and not gz.local_authority(word) \
        and gz.org_head(word) is None \
        and word.casefold() not in gz.generic_words()


_LEGAL_ENDINGS = frozenset({"ltd", "ltd.", "limited", "plc", "llp", "cic", "cyf", "inc"})


def trading_name(name: str) -> str | None:
    """A company's name without its legal ending ("Pathway Living" of "Pathway Living Ltd"), two words or more of
    which one at least is no common word: the name it trades under. ``None`` for a name with no legal ending, or
    whose rest is one word, common words only ("Family Support Ltd"), a place, a council or a keep phrase."""
    words = name.split()
    if len(words) < 3 or words[-1].casefold() not in _LEGAL_ENDINGS:
        return None
    return _a_name_of_its_own(words[:-1])


def _a_name_of_its_own(words: list[str]) -> str | None:
    """``words`` as a phrase where they can name one body alone: capitalised, no joining word at either end, no
    possessive; no place, council, force, head word or keep phrase; not common words only."""
    if words[0].casefold() in _JOINING or words[-1].casefold() in _JOINING \
            or any(not w[:1].isupper() or gz.strip_possessive(w) != w for w in words):
        return None
    phrase = " ".join(words)
    if gz.is_uk_place(phrase) or gz.is_keep_phrase(phrase) or gz.local_authority(phrase) \
            or gz.police_force(phrase) or gz.org_head(phrase) is not None \
            or all(w.casefold() in gz.generic_words() or gz.is_keep_phrase(w) for w in words):
        return None
    return phrase


def headless_names(name: str) -> list[str]:
    """A provider's name without its head word, two words or more, though ordinary words ("Anchor Point" of "Anchor
    Point Children's Home"), which a draft may write alone for it; no place, council, keep phrase or common words
    only; or the saint it is named for ("St Bede's" of "St Bede's C of E Primary School"). Whether the draft does so
    is for the caller (:func:`short_forms` gives the ones specific on their own)."""
    words = name.split()
    if len(words) >= 3 and words[0] in _SAINT and gz.strip_possessive(words[1]) != words[1] \
            and words[1][:1].isupper():
        return [" ".join(words[:2])]  # the saint a school or a church is named for ("St Bede's")
    return [phrase for cut in _headed_cuts(words) if cut >= 2
            and (phrase := _a_name_of_its_own(words[:cut])) is not None]


_SAINT = frozenset({"St", "St.", "Saint", "Ss", "SS"})


def first_word(name: str) -> str | None:
    """A provider's first word, which a draft may write alone for it ("Horizons" of "Horizons Pathway Ltd",
    "Meadowside" of "Meadowside Care Group"), where the rest is a head word or a legal ending that says what it is;
    no person's name, place, council, keep phrase or common word. Whether the draft does so is for the caller."""
    words = name.split()
    if len(words) < 2:
        return None
    if words[-1].casefold() not in _LEGAL_ENDINGS and not _headed_cuts(words):
        return None
    word = words[0]
    if len(word) < 4 or not word.isalpha() or not word[0].isupper() or word[1:].isupper():
        return None
    if gz.is_first_name(word) or gz.is_surname(word) or gz.is_place(word) or gz.is_keep_phrase(word) \
            or gz.local_authority(word) or gz.police_force(word) or gz.org_head(word) is not None \
            or gz.is_country(word) or gz.is_nationality(word) or word.casefold() in gz.generic_words():
        return None
    return word


# Words an organisation's initials leave out: joining words and a company's legal ending.
_NOT_INITIALLED = _JOINING | _LEGAL_ENDINGS


def acronym(name: str) -> str | None:
    """The initials a draft shortens an organisation's name to ("QEH" of "Queen Elizabeth Hospital", "RHC" of
    "Royal Hospital for Children", "FFP" of "Fenland Fresh Produce Ltd"): each capitalised word's first letter,
    joining words and a legal ending left out. ``None`` for fewer than three letters or more than five, or a name
    with a word in lower case."""
    letters = []
    for word in name.split():
        if word.rstrip(".").casefold() in _NOT_INITIALLED:
            continue
        if not word[:1].isupper():
            return None
        letters.append(word[0])
    return "".join(letters) if 3 <= len(letters) <= 5 else None
