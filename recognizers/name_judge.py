"""Decide whether a span that spaCy calls a person, place or organisation is an identifying name.

spaCy's small model labels review vocabulary ("Foster Carers", "Care Order", "Learning Point",
"OVERVIEW") as names. A span is kept only if at least one of its words reads as a name here:
not a function word, not safeguarding vocabulary, not an acronym, and either not an ordinary
English word at all ("Okafor", "Grzegorz") or a known name/place that this document never uses as
an ordinary lower-case word ("Carl", "Dudley"; but not "Will" when the draft also says "will").
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Final

from recognizers import catalogue as cat
from recognizers import gazetteer as g
from recognizers.titles import CIVIC, CLERGY, DOCTOR, HONOURS, PERSONAL, POLICE_RANKS, PROFESSOR, titles

_WORD: Final = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
_CALENDAR: Final = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# Kinship and role nouns: never part of a person's name, so a guessed person stops at one ("Sarah Mother"
# read from a family table is Sarah; "Mother Sarah" too).
# Kin and roles the first-name lists also hold ("Gran told …", "Staff described …"): no one's name.
# (Welsh: "Mamgu", "Tadcu", "Nain", "Taid" are a grandmother and grandfather, "Mam" a mother; Urdu and Hindi:
# "Nani" and "Dadi" a grandmother, "Ammi" and "Abbu" a mother and father, "Khala" an aunt; Somali: "Hooyo" and "Aabo" a
# mother and father, "Ayeeyo" a grandmother; Kurdish: "Dayê" a mother, "Bavo" a father; Polish: "Tata" a father,
# "Babcia" and "Dziadek" grandparents; Romanian: "Bunica" a grandmother; Arabic, Persian and Urdu: "Baba" and "Abba" a
# father; Yiddish: "Tatty" and "Tatte" a father, "Bubby" and "Bubbe" a grandmother, "Zaidy" and "Zeidy" a
# grandfather; Romanian: "Tati" a father; Urdu and Punjabi: "Chacha" and "Chachi" a father's brother and his wife,
# "Mamu" a mother's brother, "Phupho" a father's sister; English: "Mumma" a mother.)
LISTED_ROLES: Final = frozenset({"staff", "gran", "granny", "nanny", "aunty", "student", "mentor", "counsellor", "mama",
                                  "papa", "mamgu", "mam-gu", "tadcu", "tad-cu", "nain", "taid", "mam", "nani", "dadi",
                                  "ammi", "abbu", "khala", "hooyo", "aabo", "ayeeyo", "dayê", "daye", "bavo", "tata",
                                  "babcia", "dziadek", "bunica", "baba", "abba", "tatty", "tatte", "bubby",
                                  "bubbe", "zaidy", "zeidy", "chacha", "chachi", "chachu", "mamu", "mamoo",
                                  "phupho", "phuppo", "phuphi", "mumma", "tati"})
# Abbreviations of months and weekdays no one is called ("panel mtg (Feb)", "Mon-Fri", "Weds"), and a note's of a
# telephone and a patient ("Tel consult.", "Pt tearful").
NOT_NAME_ABBREVIATIONS: Final = frozenset({"feb", "apr", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
                                           "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat",
                                           "tel", "pt", "adv", "imp", "wt", "ht"})
ROLE_WORDS: Final = frozenset({
    "mother", "father", "mum", "mummy", "dad", "daddy", "parent", "parents", "carer", "carers", "sibling",
    "siblings", "brother", "sister", "son", "daughter", "grandmother", "grandfather", "grandparent",
    "grandparents", "nan", "grandma", "grandad", "granddad", "grandpa", "granny", "aunt", "auntie", "uncle",
    "cousin", "nephew", "niece",
    "partner", "husband", "wife", "boyfriend", "girlfriend", "stepfather", "stepmother", "stepdad", "stepmum",
    "step-father", "step-mother", "child", "children", "baby", "infant", "subject", "relationship",
    "designation", "victim", "perpetrator", "perp", "worker", "officer", "manager", "nurse", "doctor", "visitor",
    "occupier", "referrer", "caller", "tenant", "landlord", "landlady",
    "midwife", "teacher", "consultant", "paediatrician", "practitioner", "lead", "chair", "headteacher",
    "author", "reviewer", "independent", "maternal", "paternal", "half-sibling", "half-brother", "half-sister",
    "social", "health", "support", "youth", "police", "designated", "safeguarding", "duty", "senior", "principal",
    "team", *LISTED_ROLES, "owner", "builder", "lawyer", "intruder", "patient", "member", "dentist", "lodger",
    "witness", "pastor", "male", "female", "caseworker", "keyworker", "receptionist",
})
_COMPANY_ENDINGS: Final = frozenset({"ltd", "limited", "plc", "llp", "cic", "inc"})
# Acronyms of agencies, services, teams and boards (not of roles, honours, conditions or processes): a name
# that ends in one ("Westshire YOS", "Quillbury CAMHS") is the body's, never a person's.
AGENCY_ACRONYMS: Final = frozenset({
    "YOS", "YOT", "YJS", "MASH", "CAMHS", "CMHT", "CCG", "ICB", "PCT", "LSCB", "LSCP", "SCB", "SCP", "CSP", "SAB",
    "CSC", "EDT", "PPU", "PPIU", "CAIU", "CID", "CPS", "CRC", "NPS", "HMPPS", "FNP", "PRU", "SARC", "YOI",
})

# Word-forming prefixes: a hyphenated word starting with one, the rest ordinary words ("Ante-natal",
# "Non-accidental", "Out-of-hours"), is vocabulary. No name starts so ("Smith-Jones", "Anne-Marie" do not).
_PREFIXES: Final = frozenset({
    "ante", "post", "pre", "non", "anti", "multi", "inter", "intra", "sub", "co", "re", "self", "semi", "mid",
    "over", "under", "out", "cross", "well", "half", "step", "counter", "extra", "mis", "un", "ex"})
_TITLES: Final = frozenset({*(t.casefold() for t in titles(PERSONAL, DOCTOR, PROFESSOR, HONOURS, CLERGY, CIVIC,
                                                             POLICE_RANKS)), "baby", "st", "saint"})


# The endings of a long abstract noun, which no name has ("Bereavement", "Resuscitation", "Radicalisation").
_NOUN_ENDINGS: Final = ("ation", "ations", "ization", "izations", "ment", "ments", "ness", "ship", "ships", "hood",
                        "ology", "ologist", "ologists")


def is_abstract_noun(word: str) -> bool:
    """Whether ``word`` is a long abstract noun by its ending ("Disengagement", "Resuscitation"): nine letters or
    more; the caller first asks whether a list holds it as a name ("Hardiment")."""
    key = word.casefold()
    return len(key) >= 9 and key.endswith(_NOUN_ENDINGS)


def name_like(word: str, lower_words: Collection[str]) -> bool:
    """Whether one capitalised word can be (part of) an identifying name.

    Args:
        word: The word as written.
        lower_words: Words the document uses in lower case (ordinary words there).
    """
    key = word.casefold().replace("\u2019", "'")
    if len(key) < 2 or key in g.FUNCTION_WORDS or key in _TITLES or key in g.generic_words():
        return False
    if key in _CALENDAR:
        return False  # "June", "May", "Friday" alone are dates, not people
    parts = key.split("-")
    if len(parts) > 1 and parts[0] in _PREFIXES and all(
            p in g.FUNCTION_WORDS or g.is_english_word(p) for p in parts[1:]):
        return False
    base = g.strip_possessive(word)
    if (base.isupper() or (base.endswith("s") and base[:-1].isupper() and len(base) > 2)) and len(base) <= 6:
        return False  # acronyms: agencies and processes (MASH, CAMHS, IRO, CSPRs, CHSCP's), not people
    if g.is_keep_phrase(word):
        return False
    named = g.is_first_name(word) or g.is_surname(word) or g.is_uk_place(word)
    if not named and (is_abstract_noun(base) or base.casefold() in ROLE_WORDS):
        return False  # "Bereavement", "Resuscitation", "Caseworker": a noun or a role no list of everyday words holds
    if not g.is_english_word(word):
        return True
    return named and key not in lower_words


def _is_company(words: list[str]) -> bool:
    """Whether a name's words end in a registered company's ending ("Keystone Care Ltd")."""
    return bool(words) and words[-1].casefold() in _COMPANY_ENDINGS


def plausible_name(span: str, entity: str, lower_words: Collection[str] = frozenset()) -> bool:
    """Whether a cleaned NER span is plausibly an identifying name.

    Args:
        span: The span text (already trimmed of bullets, numbering and possessives).
        entity: PERSON, LOCATION or ORGANISATION.
        lower_words: Words the document uses in lower case.
    """
    if g.is_keep_phrase(span):
        return False
    words = _WORD.findall(span)
    if not any(w[:1].isupper() for w in words):
        return False
    if all(g.is_people_word(w) for w in words):
        return False  # "Roma", "Romanian Roma", "Black Fijian": a people, no one's name and no place
    if entity == cat.ORGANISATION and g.is_country(span):
        return False  # "lived in Brunei": a country, whatever a guess calls it
    if entity == cat.LOCATION and g.is_uk_place(span):
        return g.place_ambiguity(span) is None or span.casefold() not in lower_words
    if entity == cat.ORGANISATION and _WORD_LIST.fullmatch(span) and _ordinary_words(words):
        return False  # "Empowerment, Prevention, …, Partnership and Accountability": a list of words, no body
    if entity == cat.ORGANISATION and not _is_company(words) and g.org_kind(span) is None and not any(
            w[:1].isupper() and (not g.is_english_word(w) or g.is_uk_place(w)) for w in words):
        return False  # only dictionary words, and no kind of body ("Critical Analysis Introduction National")
    return identifying_words_remain(span, span, entity, lower_words)


def _ordinary_words(words: list[str]) -> bool:
    """Whether a list's words are ordinary ones: dictionary words, but for one that no list of names or places holds
    either ("Proportionality", a word the dictionary lacks)."""
    items = [w for w in words if w.casefold() not in ("and", "&")]
    unknown = [w for w in items if not g.is_english_word(w)]
    return len(unknown) <= 1 and len(items) - len(unknown) >= 3 and not any(
        g.is_surname(w) or g.is_first_name(w) or g.is_place(w) for w in unknown)


def identifying_words_remain(full: str, rest: str, entity: str, lower_words: Collection[str] = frozenset()) -> bool:
    """Whether ``rest`` (what is left of the name ``full`` once public parts are blanked) still identifies.

    A registered company's name identifies it whatever its words ("Keystone Care Ltd"): any
    distinctive capitalised word left counts. Otherwise a word must read as a name (:func:`name_like`).
    """
    full_words = _WORD.findall(full)
    words = [w for w in _WORD.findall(rest) if w[:1].isupper()]
    if entity == cat.ORGANISATION and _is_company(full_words):
        return any(w.casefold() not in g.generic_words() and w.casefold() not in g.FUNCTION_WORDS
                   and w.casefold() not in _COMPANY_ENDINGS for w in words)
    return any(name_like(w, lower_words) for w in words)


# Three or more capitalised words, each alone, in a list ("Safety, Stability, Permanence", "A, B and C").
_WORD_LIST: Final = re.compile(
    r"[A-Z][\w'\u2019-]*(?:,[ \t]*[A-Z][\w'\u2019-]*)+(?:,?[ \t]+(?:and|&)[ \t]+[A-Z][\w'\u2019-]*)?")
_CAPITALISED_RUN: Final = re.compile(r"[A-Z][\w'\u2019-]*(?:\s+(?:upon|on|under|in|le|the)?\s*[A-Z][\w'\u2019-]*)*")
_COMPANY: Final = re.compile(r"\b(?:Ltd|Limited|plc|PLC|LLP|CIC|Inc)\b")


def could_hold_name(text: str, lower_words: Collection[str] = frozenset()) -> bool:
    """Whether ``text`` has anything :func:`plausible_name` could accept, so NER is worth running on it.

    True when a capitalised word reads as a name, a run of capitalised words is a UK place, or a
    company ending appears. A sentence without any of these cannot yield an accepted NER finding.
    """
    if _COMPANY.search(text):
        return True
    for run in _CAPITALISED_RUN.finditer(text):
        words = run.group().split()
        if any(name_like(w, lower_words) for w in words):
            return True
        if len(words) > 1 and g.is_uk_place(run.group()):
            return True
    return False


def ends_in_agency_acronym(name: str) -> bool:
    """Whether a name's last word is an agency's acronym in capitals after words that are not ("West Mercia
    YOS", "Quillbury LSCB's"; a heading in capitals, "ROSE CSC", says nothing)."""
    words = _WORD.findall(name)
    return len(words) > 1 and not all(w.isupper() for w in words[:-1]) \
        and g.strip_possessive(words[-1]).removesuffix("s") in AGENCY_ACRONYMS


# A language, by what is said of it: spoken, someone's language, or an interpreter's or a speaker's ("speaks Tetum",
# "first language is Dari", "a Masalit speaker", "a Dari rather than a Pashto interpreter").
LANGUAGE_BEFORE: Final = re.compile(r"\b(?:speaks?|spoke|spoken|speaking|(?:first|main|home|fluent|only)[ \t]+language"
                                    r"[ \t]+(?:is|was))[ \t]+$")
LANGUAGE_AFTER: Final = re.compile(r"[ \t]*(?:-speaking|[ \t](?:(?:telephone|phone|video|face-to-face|remote|female"
                                   r"|male|court|qualified)[ \t]+)?"
                                   r"(?:interpreters?|speakers?|translators?|translation)\b"
                                   r"|[ \t]+rather[ \t]+than[ \t]+(?:an?[ \t]+)?[A-Z]\w*[ \t]+interpreter)")


def in_a_languages_place(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` stands where a language does (see ``LANGUAGE_BEFORE``)."""
    return LANGUAGE_BEFORE.search(text, max(0, start - 30), start) is not None \
        or LANGUAGE_AFTER.match(text, end) is not None

